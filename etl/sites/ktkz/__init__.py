"""Kazakhstan Today (kt.kz): listing stamps, page blocks, Most viewed, original sources."""
