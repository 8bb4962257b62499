"""IO: finding and fetching raw inputs, refresh runs, schedules."""
