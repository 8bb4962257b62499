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
    refill_latest_views = _migrate(con)
    con.execute(SCHEMA_FILE.read_text(encoding="utf-8"))
    if refill_latest_views:
        con.execute(LATEST_VIEWS_OF.format(where="TRUE"))
    return con


# latest_views rows of the articles selected by `where` (on article_id), from their snapshots:
# each capture's highest count; the max over a (observed_at, views) struct is the latest
# capture's; the max over (gain, ...) the largest gain between consecutive captures (two
# counts of one capture, the article in two blocks of one page, are not a gain).
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
               max(struct_pack(gain := views - previous_views, observed_at := observed_at,
                               previous_observed_at := previous_observed_at, previous_views := previous_views))
                   FILTER (WHERE previous_views IS NOT NULL) AS growth
        FROM ordered GROUP BY article_id
    ), aged AS (
        SELECT a.article_id, a.published_at, a.source, l.snapshot.observed_at AS observed_at,
               l.snapshot.views AS views, l.snapshots, l.growth, a.topics,
               greatest(date_diff('minute', a.published_at, l.snapshot.observed_at) / 1440.0, 1.0 / 24) AS days
        FROM latest l JOIN articles a USING (article_id)
        WHERE {where}
    )
    SELECT article_id, published_at, source, observed_at, views, days, views / days, snapshots,
           growth.gain, growth.previous_observed_at, growth.observed_at, growth.previous_views, topics
    FROM aged"""

TOPIC_LISTED_TABLES = ("articles", "latest_views", "indicators")  # tables with a `topics` column


def fill_topic_lists(con: duckdb.DuckDBPyConnection, tables: Sequence[str] = TOPIC_LISTED_TABLES) -> None:
    """Set `topics` of every row of these tables from article_topics (after a re-tag
    or a migration; refresh keeps it for the articles it writes). ~20 s at 1M articles."""
    con.execute(
        "CREATE TEMP TABLE _topic_lists AS "
        "SELECT article_id, list(topic ORDER BY topic) AS topics FROM article_topics GROUP BY article_id"
    )
    try:
        for table in tables:
            con.execute(
                f"UPDATE {table} SET topics = coalesce("
                f"(SELECT t.topics FROM _topic_lists t WHERE t.article_id = {table}.article_id), [])"
            )
    finally:
        con.execute("DROP TABLE _topic_lists")


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> set[str]:
    rows = con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = 'main' AND table_name = ?",
        [table],
    ).fetchall()
    return {name for (name,) in rows}


def outdated(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether a store (open read-only) predates the current schema: the next refresh must open
    it for writing, to migrate it, even with nothing new to ingest."""
    tables = table_names(con)
    if "pages" not in tables:
        return False
    return (
        "metric_facts" not in tables
        or "largest_gain" not in _columns(con, "latest_views")
        or "published_at" not in _columns(con, "indicators")
        or "topics" not in _columns(con, "articles")
    )


def _migrate(con: duckdb.DuckDBPyConnection) -> bool:
    """Explicit steps for stores made by earlier versions, before the schema is applied.
    True when latest_views must be filled from every snapshot once the schema is applied."""
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
    # indicators carry their article's publication time (date filters without a join).
    if "indicators" in table_names(con) and "published_at" not in _columns(con, "indicators"):
        con.execute("ALTER TABLE indicators ADD COLUMN published_at TIMESTAMP")
        con.execute(
            "UPDATE indicators SET published_at = a.published_at FROM articles a "
            "WHERE indicators.article_id = a.article_id"
        )
    # articles, latest_views and indicators carry their article's topic ids (filters without a join).
    if "articles" in table_names(con) and "topics" not in _columns(con, "articles"):
        # (a latest_views without largest_gain is dropped and refilled below)
        kept = [t for t in TOPIC_LISTED_TABLES if t in table_names(con)
                and (t != "latest_views" or "largest_gain" in _columns(con, t))]  # fmt: skip
        for table in kept:
            con.execute(f"ALTER TABLE {table} ADD COLUMN topics VARCHAR[]")
        fill_topic_lists(con, kept)
    # metric_facts is kept by refresh: forget the catalog so the next refresh re-maps and fills it.
    if "indicators" in table_names(con) and "metric_facts" not in table_names(con):
        con.execute("DELETE FROM meta WHERE key = 'catalog_sha256'")
    # latest_views did not exist, or lacked the columns readership queries read.
    if "largest_gain" in _columns(con, "latest_views"):
        return False
    con.execute("DROP VIEW IF EXISTS readership_latest CASCADE")
    con.execute("DROP TABLE IF EXISTS latest_views CASCADE")
    return "page_listings" in table_names(con)


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
