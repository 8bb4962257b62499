"""Numbered schema migrations. `meta.schema_version` says which steps a store has had.

A step runs before schema.sql is applied, on a store whose version is below the step's number;
then the version is set to SCHEMA_VERSION. Stores made before versions existed have none and
are taken as version 0: each of the first steps checks what it changes, since such a store may
have had some of them. A new step appends one function to MIGRATIONS; it may assume the
version number alone tells what the store holds."""

from __future__ import annotations

from collections.abc import Callable

import duckdb
import pandas as pd

from etl.extract.languages import detect_language
from etl.store.tables import (
    TOPIC_LISTED_TABLES,
    UNINDEXED_TABLES,
    columns,
    fill_topic_lists,
    scalar,
    table_names,
)

VERSION_KEY = "schema_version"


def _contradictions_become_a_table(con: duckdb.DuckDBPyConnection) -> None:
    """contradictions was a view over a self-join of indicators; refresh now keeps a table."""
    kind = scalar(con, "SELECT table_type FROM information_schema.tables WHERE table_name = 'contradictions'")
    if kind == "VIEW":
        con.execute("DROP VIEW contradictions")
        con.execute("DELETE FROM meta WHERE key = 'catalog_sha256'")  # forces the rebuild at next refresh


def _large_tables_lose_primary_keys(con: duckdb.DuckDBPyConnection) -> None:
    """The large tables have no PRIMARY KEY indexes (see schema.sql): copy them without."""
    for table in UNINDEXED_TABLES:
        if scalar(
            con,
            "SELECT count(*) FROM duckdb_constraints() WHERE table_name = ? AND constraint_type = 'PRIMARY KEY'",
            [table],
        ):
            con.execute(f"CREATE TABLE _{table}_copy AS SELECT * FROM {table}")
            con.execute(f"DROP TABLE {table} CASCADE")
            con.execute(f"ALTER TABLE _{table}_copy RENAME TO {table}")


def _indicators_carry_published_at(con: duckdb.DuckDBPyConnection) -> None:
    """Date filters on indicators without a join."""
    if "indicators" in table_names(con) and "published_at" not in columns(con, "indicators"):
        con.execute("ALTER TABLE indicators ADD COLUMN published_at TIMESTAMP")
        con.execute(
            "UPDATE indicators SET published_at = a.published_at FROM articles a "
            "WHERE indicators.article_id = a.article_id"
        )


def _rows_carry_topic_lists(con: duckdb.DuckDBPyConnection) -> None:
    """articles, latest_views and indicators carry their article's topic ids (filters without a join)."""
    if "articles" in table_names(con) and "topics" not in columns(con, "articles"):
        # (a latest_views without largest_gain is dropped and refilled by the next step)
        kept = [t for t in TOPIC_LISTED_TABLES if t in table_names(con)
                and (t != "latest_views" or "largest_gain" in columns(con, t))]  # fmt: skip
        for table in kept:
            con.execute(f"ALTER TABLE {table} ADD COLUMN topics VARCHAR[]")
        fill_topic_lists(con, kept)


def _metric_facts_are_kept(con: duckdb.DuckDBPyConnection) -> None:
    """metric_facts is kept by refresh: forget the catalog so the next refresh re-maps and fills it."""
    if "indicators" in table_names(con) and "metric_facts" not in table_names(con):
        con.execute("DELETE FROM meta WHERE key = 'catalog_sha256'")


def _latest_views_is_kept(con: duckdb.DuckDBPyConnection) -> None:
    """latest_views did not exist, or lacked the columns readership queries read: it is dropped
    here and refilled from every snapshot once the schema is applied (see `needs_latest_views`)."""
    if "largest_gain" not in columns(con, "latest_views"):
        con.execute("DROP VIEW IF EXISTS readership_latest CASCADE")
        con.execute("DROP TABLE IF EXISTS latest_views CASCADE")


def _pages_and_runs_carry_warnings(con: duckdb.DuckDBPyConnection) -> None:
    """pages list what of them was not stored; refresh_runs count it. Pages ingested before
    have no record of it (NULL), runs before counted none (0)."""
    tables = table_names(con)
    if "pages" in tables and "warnings" not in columns(con, "pages"):
        con.execute("ALTER TABLE pages ADD COLUMN warnings VARCHAR[]")
    if "refresh_runs" in tables and "warnings" not in columns(con, "refresh_runs"):
        con.execute("ALTER TABLE refresh_runs ADD COLUMN warnings INTEGER DEFAULT 0")


def _articles_carry_language(con: duckdb.DuckDBPyConnection) -> None:
    """articles.language (en/ru/kk): stored articles get it from their text; their figures are
    re-extracted by the next refresh (the extractor version changed with the Cyrillic reader)."""
    if "articles" in table_names(con) and "language" not in columns(con, "articles"):
        con.execute("ALTER TABLE articles ADD COLUMN language VARCHAR")
        rows = con.execute("SELECT article_id, title, coalesce(body, '') FROM articles").fetchall()
        if rows:
            frame = pd.DataFrame(
                [(aid, detect_language(title + "\n" + body)) for aid, title, body in rows],
                columns=["article_id", "language"],
            )
            con.register("_languages", frame)
            try:
                con.execute(
                    "UPDATE articles SET language = l.language FROM _languages l "
                    "WHERE articles.article_id = l.article_id"
                )
            finally:
                con.unregister("_languages")


def _latest_views_by_capture_and_age(con: duckdb.DuckDBPyConnection) -> None:
    """latest_views' largest gain is between different capture times, and views per day only
    from a day old: it is dropped and refilled from every snapshot (see `migrate`)."""
    con.execute("DROP TABLE IF EXISTS latest_views CASCADE")


def _latest_views_keep_captures(con: duckdb.DuckDBPyConnection) -> None:
    """latest_views keeps each article's captures and whether its publication minute is known
    (views at an age and the last day's growth read them there instead of grouping every
    snapshot and joining every article): it is dropped and refilled from every snapshot (see
    `migrate`)."""
    con.execute("DROP TABLE IF EXISTS latest_views CASCADE")


def _metric_facts_carry_first_report(con: duckdb.DuckDBPyConnection) -> None:
    """Each fact keeps its first report's article, item, figure as written and sentence: the
    dashboard reads a chart's provenance there instead of among every indicator."""
    if "metric_facts" in table_names(con) and "sentence" not in columns(con, "metric_facts"):
        for column in ("article_id", "item", "surface", "sentence"):
            con.execute(f"ALTER TABLE metric_facts ADD COLUMN {column} VARCHAR")
        con.execute(
            "UPDATE metric_facts SET article_id = i.article_id, item = i.item, surface = i.surface, "
            "sentence = i.sentence FROM indicators i WHERE metric_facts.indicator_id = i.indicator_id"
        )


def _indicators_carry_period_basis(con: duckdb.DuckDBPyConnection) -> None:
    """indicators.period_basis says how each figure's period was decided: stored figures get it
    when the next refresh re-extracts every body (forgetting the extractor version forces it)."""
    if "indicators" in table_names(con) and "period_basis" not in columns(con, "indicators"):
        con.execute("ALTER TABLE indicators ADD COLUMN period_basis VARCHAR")
        if "meta" in table_names(con):
            con.execute("DELETE FROM meta WHERE key = 'extractor_version'")


def _articles_carry_source_credit(con: duckdb.DuckDBPyConnection) -> None:
    """articles.source_credit keeps the publisher's name as credited, `source` its one shown
    name. Stored articles start with their stored name; the parser version that came with the
    column re-reads their pages at the next refresh, which writes the credit as written."""
    if "articles" in table_names(con) and "source_credit" not in columns(con, "articles"):
        con.execute("ALTER TABLE articles ADD COLUMN source_credit VARCHAR")
        con.execute("UPDATE articles SET source_credit = source WHERE source IS NOT NULL")


def _figures_carry_place(con: duckdb.DuckDBPyConnection) -> None:
    """indicators.place names the region or city a figure is about, and a fact is one per place:
    metric_facts and contradictions are dropped (schema.sql makes them again with the column in
    the key's order) and refilled by the next refresh, which re-extracts every body (the
    extractor version changed with places) and so rebuilds them."""
    tables = table_names(con)
    if "indicators" in tables and "place" not in columns(con, "indicators"):
        con.execute("ALTER TABLE indicators ADD COLUMN place VARCHAR")
    for table in ("metric_facts", "contradictions"):
        if table in tables and "place" not in columns(con, table):
            con.execute(f"DROP TABLE {table}")
    if "meta" in tables:
        con.execute("DELETE FROM meta WHERE key IN ('extractor_version', 'catalog_sha256')")


def _changes_carry_direction(con: duckdb.DuckDBPyConnection) -> None:
    """indicators.direction and metric_facts.direction say which way a change went (up, down).
    Stored figures get it when the next refresh re-extracts every body (forgetting the extractor
    version forces it), which also refills metric_facts, whose key now includes it."""
    tables = table_names(con)
    if "indicators" in tables and "direction" not in columns(con, "indicators"):
        con.execute("ALTER TABLE indicators ADD COLUMN direction VARCHAR")
        if "meta" in tables:
            con.execute("DELETE FROM meta WHERE key = 'extractor_version'")
    if "metric_facts" in tables and "direction" not in columns(con, "metric_facts"):
        con.execute("ALTER TABLE metric_facts ADD COLUMN direction VARCHAR")
        if "indicators" in tables:  # each fact's way is its first report's (none until re-extracted)
            con.execute(
                "UPDATE metric_facts SET direction = i.direction FROM indicators i "
                "WHERE metric_facts.indicator_id = i.indicator_id"
            )


def _unattributed_readership_is_unknown_publisher(con: duckdb.DuckDBPyConnection) -> None:
    """readership_by_source names an article that credits no publisher 'unknown publisher', as
    the dashboard does, not 'unknown': the view is dropped here and made again by schema.sql. The
    step's version is what makes the next refresh open an older store for writing to get it."""
    con.execute("DROP VIEW IF EXISTS readership_by_source")


def _runs_name_their_time_zone(con: duckdb.DuckDBPyConnection) -> None:
    """refresh_runs.time_zone: runs from now on keep their times (and their pages' ingested_at) in
    Kazakhstan time and say so. Earlier runs kept the refreshing machine's own clock, whose zone
    nobody recorded: they stay NULL and are shown as that, never converted by a guessed offset."""
    if "refresh_runs" in table_names(con) and "time_zone" not in columns(con, "refresh_runs"):
        con.execute("ALTER TABLE refresh_runs ADD COLUMN time_zone VARCHAR")


def _merged_stories_are_read_again(con: duckdb.DuckDBPyConnection) -> None:
    """Nothing to change in the tables: the refresh that runs this step re-reads the pages on
    which an older refresh merged two stories of one date and title, as they read now. Those
    pages are found in the published store before the standby is migrated (a run's files are
    chosen first), by etl/store/merged_stories.py; the step's version is what says it was done."""


# Step n (1-based) brings a store from version n-1 to n.
MIGRATIONS: tuple[Callable[[duckdb.DuckDBPyConnection], None], ...] = (
    _contradictions_become_a_table,
    _large_tables_lose_primary_keys,
    _indicators_carry_published_at,
    _rows_carry_topic_lists,
    _metric_facts_are_kept,
    _latest_views_is_kept,
    _pages_and_runs_carry_warnings,
    _articles_carry_language,
    _latest_views_by_capture_and_age,
    _latest_views_keep_captures,
    _metric_facts_carry_first_report,
    _indicators_carry_period_basis,
    _articles_carry_source_credit,
    _figures_carry_place,  # 14
    _changes_carry_direction,  # 15
    _unattributed_readership_is_unknown_publisher,  # 16
    _runs_name_their_time_zone,  # 17
    _merged_stories_are_read_again,  # 18
)
SCHEMA_VERSION = len(MIGRATIONS)
MERGED_STORIES_STEP = MIGRATIONS.index(_merged_stories_are_read_again) + 1


def schema_version(con: duckdb.DuckDBPyConnection) -> int | None:
    """The store's version; None for a store with no tables yet, 0 for one made before versions."""
    tables = table_names(con)
    if "pages" not in tables:
        return None
    if "meta" not in tables:
        return 0
    value = scalar(con, "SELECT value FROM meta WHERE key = ?", [VERSION_KEY])
    return int(str(value)) if value is not None else 0


def outdated(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether a store (open read-only) predates the current schema: the next refresh must open
    it for writing, to migrate it, even with nothing new to ingest."""
    version = schema_version(con)
    return version is not None and version < SCHEMA_VERSION


def migrate(con: duckdb.DuckDBPyConnection) -> bool:
    """Run the steps the store lacks (before schema.sql is applied). True when latest_views must
    be filled from every snapshot once the schema is applied."""
    version = schema_version(con)
    if version is None or version >= SCHEMA_VERSION:
        return False
    for step in MIGRATIONS[version:]:
        step(con)
    tables = table_names(con)
    return "latest_views" not in tables and "page_listings" in tables


def record_version(con: duckdb.DuckDBPyConnection) -> None:
    """Mark the store as having every step (after schema.sql is applied)."""
    if scalar(con, "SELECT value FROM meta WHERE key = ?", [VERSION_KEY]) == str(SCHEMA_VERSION):
        return
    con.execute(
        "INSERT INTO meta VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [VERSION_KEY, str(SCHEMA_VERSION)],
    )
