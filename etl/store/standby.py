"""Bringing the standby store up to date with the live one, by copying only what changed.

The standby is the store as it was one or more completed refreshes ago (etl/publish.py). Runs
that ingest pages change the rows of those pages and of the articles listed on them; they
append refresh_runs rows, and rebuild the small derived tables. So the catch-up copies, from
the live store attached read-only: the new pages, their listings, the listed articles' rows
in every article-keyed table, the contradictions of their figures' metric/period groups, new
runs, and the small tables whole. Runs that re-derive
everything (a new taxonomy, catalog or extractor) change `meta`, and a standby that is not a
strict past of the live store cannot be caught up this way: both raise StandbyDiverged, and
the caller copies the live store instead. The result is checked table by table.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from etl.store import database
from etl.store.derived import GROUP_KEYS, in_group

PAGE_KEYED = ("pages", "page_listings")
ARTICLE_KEYED = ("articles", "article_topics", "indicators", "latest_views")
RUN_KEYED = ("refresh_runs",)
COPIED_WHOLE = ("meta", "topics", "metrics")
GROUP_KEYED = ("contradictions", "metric_facts")
TABLES = PAGE_KEYED + ARTICLE_KEYED + RUN_KEYED + COPIED_WHOLE + GROUP_KEYED
LIVE = "ktpulse_live_store"  # the live store's name while attached; unlike any store file's name


class StandbyDiverged(RuntimeError):
    """The standby cannot be brought up to date by copying the changed rows."""


def _tables(con: duckdb.DuckDBPyConnection, database: str) -> dict[str, list[tuple[str, str]]]:
    rows = con.execute(
        "SELECT table_name, column_name, data_type FROM duckdb_columns() "
        "WHERE database_name = ? AND schema_name = 'main' AND NOT internal "
        "AND table_name IN (SELECT table_name FROM duckdb_tables() WHERE database_name = ?) "
        "ORDER BY table_name, column_index",
        [database, database],
    ).fetchall()
    tables: dict[str, list[tuple[str, str]]] = {}
    for table, column, kind in rows:
        tables.setdefault(table, []).append((column, kind))
    return tables


def _check_same_shape(con: duckdb.DuckDBPyConnection) -> None:
    standby, live = _tables(con, str(database.scalar(con, "SELECT current_database()"))), _tables(con, LIVE)
    if standby != live or set(live) != set(TABLES):
        raise StandbyDiverged("the two stores' tables differ")
    recipe_differs = database.scalar(
        con, f"SELECT count(*) FROM (SELECT * FROM meta EXCEPT SELECT * FROM {LIVE}.meta)"
    )
    if recipe_differs:
        raise StandbyDiverged("the live store was re-derived (taxonomy, catalog or extractor)")
    ahead = database.scalar(
        con, f"SELECT count(*) FROM (SELECT page_id FROM pages EXCEPT SELECT page_id FROM {LIVE}.pages)"
    )
    if ahead:
        raise StandbyDiverged("the standby holds pages the live store does not")


def _copy_changes(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        f"CREATE TEMP TABLE _new_pages AS SELECT page_id FROM {LIVE}.pages EXCEPT SELECT page_id FROM pages"
    )
    (listed,) = con.execute(
        f"SELECT coalesce(list(DISTINCT article_id), []) FROM {LIVE}.page_listings "
        "WHERE page_id IN (SELECT page_id FROM _new_pages)"
    ).fetchall()[0]
    of_listed = "article_id = ANY(?::VARCHAR[])"  # applied inside the scan (etl/derived.py)
    for table in PAGE_KEYED:
        con.execute(
            f"INSERT INTO {table} BY NAME SELECT * FROM {LIVE}.{table} "
            "WHERE page_id IN (SELECT page_id FROM _new_pages)"
        )
    # Contradictions and metric facts change only in the metric/period groups of the listed
    # articles' figures (etl/derived.py rebuilds just those), so just those groups are copied.
    con.execute(
        f"CREATE TEMP TABLE _groups AS SELECT DISTINCT {', '.join(GROUP_KEYS)} FROM {LIVE}.indicators "
        f"WHERE metric_id IS NOT NULL AND {of_listed}",
        [listed],
    )
    for table in GROUP_KEYED:
        con.execute(
            f"DELETE FROM {table} WHERE rowid IN (SELECT c.rowid FROM {table} c JOIN _groups g ON {in_group('c')})"
        )
        con.execute(
            f"INSERT INTO {table} BY NAME SELECT c.* FROM {LIVE}.{table} c JOIN _groups g ON {in_group('c')}"
        )
    for table in ARTICLE_KEYED:
        con.execute(f"DELETE FROM {table} WHERE {of_listed}", [listed])
        # Rows by rowid: a scan of article_id alone, then only those rows read whole; filtering
        # `SELECT *` directly decodes every body and sentence of the table (10x slower).
        (rows,) = con.execute(
            f"SELECT list(rowid) FROM {LIVE}.{table} WHERE {of_listed}", [listed]
        ).fetchall()[0]
        con.execute(
            f"INSERT INTO {table} BY NAME SELECT * FROM {LIVE}.{table} WHERE rowid = ANY(?::BIGINT[])",
            [rows or []],
        )
    con.execute(
        f"INSERT INTO refresh_runs BY NAME SELECT * FROM {LIVE}.refresh_runs "
        "WHERE run_id NOT IN (SELECT run_id FROM refresh_runs)"
    )
    for table in COPIED_WHOLE:
        con.execute(f"DELETE FROM {table}")
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM {LIVE}.{table}")
    for temporary in ("_new_pages", "_groups"):
        con.execute(f"DROP TABLE {temporary}")


def _check_same_rows(con: duckdb.DuckDBPyConnection) -> None:
    counts = ", ".join(f"(SELECT count(*) FROM {t}) - (SELECT count(*) FROM {LIVE}.{t})" for t in TABLES)
    differences = con.execute(f"SELECT {counts}").fetchall()[0]
    mismatched = [table for table, difference in zip(TABLES, differences, strict=True) if difference]
    if mismatched:
        raise StandbyDiverged(f"row counts differ after the catch-up: {', '.join(mismatched)}")


def catch_up(con: duckdb.DuckDBPyConnection, live: Path) -> None:
    """Make the store open on `con` (the standby) hold what `live` holds, in one transaction."""
    quoted = str(live).replace("'", "''")
    con.execute(f"ATTACH '{quoted}' AS {LIVE} (READ_ONLY)")
    try:
        con.execute("BEGIN TRANSACTION")
        try:
            _check_same_shape(con)
            _copy_changes(con)
            _check_same_rows(con)
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")
    finally:
        con.execute(f"DETACH {LIVE}")
