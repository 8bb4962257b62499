"""The DuckDB store: connecting, the schema, and bulk writes keyed for idempotence."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa

from etl.store.migrations import migrate, outdated, record_version
from etl.store.tables import (
    TOPIC_LISTED_TABLES,
    UNINDEXED_TABLES,
    columns,
    fill_topic_lists,
    scalar,
    table_names,
)

# The face of the store: callers use database.X for these too.
__all__ = [
    "TOPIC_LISTED_TABLES", "UNINDEXED_TABLES", "columns", "fill_topic_lists", "outdated", "scalar", "table_names",
    "connect", "default_db_path", "get_meta", "set_meta", "insert_frame", "known_hashes", "LATEST_VIEWS_OF",
    "MIN_DAYS_FOR_RATE",
]  # fmt: skip

SCHEMA_FILE = Path(__file__).with_name("schema.sql")
DEFAULT_DB = Path("data") / "ktpulse.duckdb"
DB_ENV = "KTPULSE_DB"


def default_db_path() -> Path:
    """`KTPULSE_DB` when set, else data/ktpulse.duckdb."""
    return Path(os.environ.get(DB_ENV) or DEFAULT_DB)


def memory_limit() -> str:
    """A bounded buffer for writing connections: DuckDB spills to disk past it, so a large
    refresh keeps a steady RSS."""
    return os.environ.get("KTPULSE_DUCKDB_MEMORY", "1GB")


def connect(path: Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the store; a writable one gets the schema created or updated first."""
    if read_only:
        return duckdb.connect(str(path), read_only=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(path), config={"memory_limit": memory_limit()})
    refill_latest_views = migrate(con)
    con.execute(SCHEMA_FILE.read_text(encoding="utf-8"))
    if refill_latest_views:
        con.execute(LATEST_VIEWS_OF.format(where="TRUE"))
    record_version(con)
    return con


# latest_views rows of the articles selected by `where` (on article_id), from their snapshots:
# each capture's highest count; the max over a (observed_at, views) struct is the latest
# capture's; the max over (gain, ...) the largest gain between consecutive captures (two
# counts of one capture, the article in two blocks of one page, are not a gain); `captures`
# every capture's count in time order.
# Views per day only from this age on: a count after a few hours is no daily rate (it would
# make a 2-hour-old story read 270,000 views a day). Younger articles keep views, not a rate.
MIN_DAYS_FOR_RATE = 1.0
LATEST_VIEWS_OF = """
    INSERT INTO latest_views
    WITH captures AS (
        SELECT article_id, observed_at, max(views) AS views, count(*) AS counts
        FROM view_snapshots WHERE {where} GROUP BY article_id, observed_at
    ), ordered AS (
        SELECT article_id, observed_at, views, counts,
               lag(observed_at) OVER w AS previous_observed_at, lag(views) OVER w AS previous_views
        FROM captures
        WINDOW w AS (PARTITION BY article_id ORDER BY observed_at)
    ), latest AS (
        SELECT article_id, max(struct_pack(observed_at := observed_at, views := views)) AS snapshot,
               sum(counts)::INTEGER AS snapshots,
               list(struct_pack(observed_at := observed_at, views := views) ORDER BY observed_at) AS captures,
               max(struct_pack(gain := views - previous_views, observed_at := observed_at,
                               previous_observed_at := previous_observed_at, previous_views := previous_views))
                   FILTER (WHERE previous_views IS NOT NULL) AS growth
        FROM ordered GROUP BY article_id
    ), aged AS (
        SELECT a.article_id, a.published_at, a.source, l.snapshot.observed_at AS observed_at,
               l.snapshot.views AS views, l.snapshots, l.growth, a.time_known, l.captures, a.topics,
               greatest(date_diff('minute', a.published_at, l.snapshot.observed_at) / 1440.0, 1.0 / 24) AS days
        FROM latest l JOIN articles a USING (article_id)
        WHERE {where}
    )
    SELECT article_id, published_at, source, observed_at, views, days,
           CASE WHEN days >= {min_days} THEN views / days END, snapshots,
           growth.gain, growth.previous_observed_at, growth.observed_at, growth.previous_views, time_known, captures, topics
    FROM aged""".replace("{min_days}", str(MIN_DAYS_FOR_RATE))


def get_meta(con: duckdb.DuckDBPyConnection, key: str) -> str | None:
    value = scalar(con, "SELECT value FROM meta WHERE key = ?", [key])
    return None if value is None else str(value)


def set_meta(con: duckdb.DuckDBPyConnection, key: str, value: str) -> None:
    con.execute(
        "INSERT INTO meta VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )


# DuckDB column types -> Arrow types, for the columns the writers insert.
_ARROW_TYPES = {
    "VARCHAR": pa.string(),
    "VARCHAR[]": pa.list_(pa.string()),
    "BOOLEAN": pa.bool_(),
    "INTEGER": pa.int32(),
    "BIGINT": pa.int64(),
    "DOUBLE": pa.float64(),
    "DATE": pa.date32(),
    "TIMESTAMP": pa.timestamp("us"),
}


def typed_rows(
    con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame, columns: Sequence[str]
) -> pa.Table:
    """These columns of a frame as an Arrow table typed like the stored table's columns, to
    register with DuckDB. Left to itself, DuckDB infers a pandas column's type from a sample
    of rows: a list column whose sampled rows are all empty gets type NULL[], and a later
    non-empty list then fails the statement."""
    declared = dict(
        con.execute(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = 'main' AND table_name = ?",
            [table],
        ).fetchall()
    )
    schema = pa.schema([(name, _ARROW_TYPES[declared[name]]) for name in columns])
    return pa.Table.from_pandas(frame[list(columns)], schema=schema, preserve_index=False, safe=False)


def insert_frame(
    con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame, columns: Sequence[str]
) -> None:
    """Append a DataFrame's rows to a table, column by column name, with the table's types."""
    if frame.empty:
        return
    con.register("_incoming", typed_rows(con, table, frame, columns))
    try:
        names = ", ".join(columns)
        con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _incoming")
    finally:
        unregister(con, "_incoming")


def unregister(con: duckdb.DuckDBPyConnection, name: str) -> None:
    """Drop a registered frame. After a failed statement DuckDB refuses even this ("Current
    transaction is aborted"): that must not hide the failure itself, and the rollback that
    follows drops the registration anyway."""
    with contextlib.suppress(duckdb.Error):
        con.unregister(name)


def known_hashes(con: duckdb.DuckDBPyConnection) -> set[str]:
    """sha256 of every raw input already recorded, ingested or rejected."""
    return {sha for (sha,) in con.execute("SELECT sha256 FROM pages").fetchall()}
