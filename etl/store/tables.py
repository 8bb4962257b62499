"""Reading the store's catalogue and small shared statements (no schema, no migrations)."""

from __future__ import annotations

from collections.abc import Sequence

import duckdb

UNINDEXED_TABLES = ("articles", "page_listings", "article_topics", "indicators", "contradictions")
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


def columns(con: duckdb.DuckDBPyConnection, table: str) -> set[str]:
    rows = con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = 'main' AND table_name = ?",
        [table],
    ).fetchall()
    return {name for (name,) in rows}


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
