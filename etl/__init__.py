"""ktpulse ETL: raw Kazakhstan Today pages -> tidy DuckDB tables."""

__version__ = "0.1.0"
