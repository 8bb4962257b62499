"""Pure per-input work: one raw input -> records ready for the store (runs in a pool)."""
