"""Page layouts: raw page text -> Page (pure). One package per site layout."""
