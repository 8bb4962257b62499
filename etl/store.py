"""The DuckDB store: connecting, the schema, and bulk writes keyed for idempotence."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import duckdb
import pandas as pd

SCHEMA_FILE = Path(__file__).with_name("schema.sql")
DEFAULT_DB = Path("data") / "ktpulse.duckdb"
DB_ENV = "KTPULSE_DB"
UNINDEXED_TABLES = ("articles", "page_listings", "article_topics", "indicators", "contradictions")


def default_db_path() -> Path:
    """`KTPULSE_DB` when set, else data/ktpulse.duckdb."""
    return Path(os.environ.get(DB_ENV) or DEFAULT_DB)


def connect(path: Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the store; a writable one gets the schema created or updated first."""
    if read_only:
        return duckdb.connect(str(path), read_only=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    # A bounded buffer: DuckDB spills to disk past it, so a large refresh keeps a steady RSS.
    con = duckdb.connect(str(path), config={"memory_limit": os.environ.get("KTPULSE_DUCKDB_MEMORY", "1GB")})
    had_latest_views = "latest_views" in table_names(con)
    _migrate(con)
    con.execute(SCHEMA_FILE.read_text(encoding="utf-8"))
    if not had_latest_views:
        # Stores made before latest_views existed: fill it from every snapshot once.
        con.execute(LATEST_VIEWS_FROM_SNAPSHOTS.format(where="TRUE"))
    return con


# The latest snapshot (highest count of the latest capture) of the articles selected by `where`
# on view_snapshots, as latest_views rows; max over a struct beats a window on millions of rows.
LATEST_VIEWS_FROM_SNAPSHOTS = """
    INSERT INTO latest_views
    SELECT article_id, s.observed_at, s.views FROM (
        SELECT article_id, max(struct_pack(observed_at := observed_at, views := views)) AS s
        FROM view_snapshots WHERE {where} GROUP BY article_id)"""


def _migrate(con: duckdb.DuckDBPyConnection) -> None:
    """Explicit steps for stores made by earlier versions, before the schema is applied."""
    # contradictions was a view over a self-join of indicators; it is a table rebuilt by refresh.
    kind = scalar(con, "SELECT table_type FROM information_schema.tables WHERE table_name = 'contradictions'")
    if kind == "VIEW":
        con.execute("DROP VIEW contradictions")
        con.execute("DELETE FROM meta WHERE key = 'catalog_sha256'")  # forces the rebuild at next refresh
    # The large tables lost their PRIMARY KEY indexes (see schema.sql): copy them without.
    for table in UNINDEXED_TABLES:
        if scalar(
            con,
            "SELECT count(*) FROM duckdb_constraints() WHERE table_name = ? AND constraint_type = 'PRIMARY KEY'",
            [table],
        ):
            con.execute(f"CREATE TABLE _{table}_copy AS SELECT * FROM {table}")
            con.execute(f"DROP TABLE {table} CASCADE")
            con.execute(f"ALTER TABLE _{table}_copy RENAME TO {table}")


def table_names(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Every table and view of the store, sorted."""
    rows = con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY 1"
    ).fetchall()
    return [name for (name,) in rows]


def scalar(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> object:
    """The first value of a query's first row, or None. Reads the whole result: DuckDB refuses
    the next statement on a connection while a result is only partly fetched."""
    rows = con.execute(sql, params or []).fetchall()
    return rows[0][0] if rows else None


def get_meta(con: duckdb.DuckDBPyConnection, key: str) -> str | None:
    value = scalar(con, "SELECT value FROM meta WHERE key = ?", [key])
    return None if value is None else str(value)


def set_meta(con: duckdb.DuckDBPyConnection, key: str, value: str) -> None:
    con.execute(
        "INSERT INTO meta VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )


def insert_frame(
    con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame, columns: Sequence[str]
) -> None:
    """Append a DataFrame's rows to a table, column by column name."""
    if frame.empty:
        return
    con.register("_incoming", frame)
    try:
        names = ", ".join(columns)
        con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _incoming")
    finally:
        con.unregister("_incoming")


def known_hashes(con: duckdb.DuckDBPyConnection) -> set[str]:
    """sha256 of every raw input already recorded, ingested or rejected."""
    return {sha for (sha,) in con.execute("SELECT sha256 FROM pages").fetchall()}
