"""The DuckDB store: schema, migrations, writer, derived tables, blue/green publishing."""
