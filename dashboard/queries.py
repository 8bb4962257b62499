"""The dashboard's one read-only query layer over the DuckDB store.

Every query goes through `run`, which the app caches (dashboard/data.py installs a
`st.cache_data` runner) on (store path, store version, SQL, parameters): a refresh changes the
version, so new data shows without a restart, and unchanged data is not read again. Pages never
open the store themselves. No Streamlit here: export, report and benchmarks use it too.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple, TypedDict

import duckdb
import numpy as np
import pandas as pd

from dashboard import format as fmt
from dashboard.comparison_periods import default_comparison
from etl.store.database import MIN_DAYS_FOR_RATE, default_db_path
from etl.store.facts import FACT_KEY, fact_rows, interval_sql, item_words_sql
from etl.store.migrations import SCHEMA_VERSION, outdated, schema_version


class FilterChoices(TypedDict):
    """What the sidebar offers: the stored date bounds and the topics, sources and languages."""

    first: date | None
    last: date | None
    topics: dict[str, str]  # id -> label
    sources: list[str]
    languages: list[str]


def _publisher(alias: str = "") -> str:
    """An article's publisher in SQL, a missing one named as fmt.publisher names it, so the
    sidebar's choice, the charts' bars and the tables all say the same words."""
    column = f"{alias}.source" if alias else "source"
    return f"coalesce({column}, '{fmt.UNKNOWN_PUBLISHER}')"


@dataclass(frozen=True)
class Filters:
    """The sidebar's filters; every page applies them to the articles it reads."""

    date_from: date | None = None
    date_to: date | None = None
    topics: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()  # 'en', 'ru', 'kk' (articles.language); empty: all

    def article_clause(self, alias: str = "a", has_source: bool = True) -> tuple[str, list]:
        """SQL condition on `alias` (articles, or latest_views: a table with article_id,
        published_at, source and topics) and its parameters."""
        parts: list[str] = ["TRUE"]
        params: list[Any] = []
        if self.date_from:
            parts.append(f"{alias}.published_at >= ?")
            params.append(self.date_from)
        if self.date_to:
            parts.append(f"{alias}.published_at < ?")
            params.append(self.date_to + timedelta(days=1))
        if self.topics:
            # One list_contains per topic: list_has_any(topics, [...]) was 10x slower in DuckDB 2.0.
            tested = " OR ".join(f"list_contains({alias}.topics, ?)" for _ in self.topics)
            parts.append(f"({tested})")
            params.extend(self.topics)
        if self.sources:
            marks = ", ".join("?" * len(self.sources))
            if has_source:
                parts.append(f"{_publisher(alias)} IN ({marks})")
            else:
                parts.append(f"{alias}.article_id IN (SELECT article_id FROM articles "
                             f"WHERE {_publisher()} IN ({marks}))")  # fmt: skip
            params.extend(self.sources)
        if self.languages:
            # articles only carry the language: one semi-join serves articles, latest_views, indicators
            marks = ", ".join("?" * len(self.languages))
            parts.append(f"{alias}.article_id IN (SELECT article_id FROM articles "
                         f"WHERE coalesce(language, 'en') IN ({marks}))")  # fmt: skip
            params.extend(self.languages)
        return " AND ".join(parts), params

    def figure_clause(self, alias: str = "i") -> tuple[str, list]:
        """The same condition on indicators `alias`, which carry their article's published_at
        and topics."""
        return self.article_clause(alias, has_source=False)


@dataclass(frozen=True)
class Store:
    """A store file and its version (changes whenever a refresh writes it)."""

    path: str
    version: str = field(default="")

    @classmethod
    def open(cls, path: Path | None = None) -> Store:
        target = Path(path or default_db_path())
        return cls(str(target), store_version(target))

    @property
    def exists(self) -> bool:
        return bool(self.version)


def store_version(path: Path) -> str:
    """'' when there is no store; else the slot the store link points at (blue/green: each
    refresh moves it), and that file's and its WAL's modification times and sizes."""
    parts = [os.path.realpath(path)]
    for candidate in (path, path.with_name(path.name + ".wal")):
        if candidate.exists():
            stat = candidate.stat()
            parts.append(f"{stat.st_mtime_ns}:{stat.st_size}")
    return "|".join(parts) if path.exists() else ""


# Read-only connections this thread's `one_connection` block keeps open, per store path.
_held = threading.local()


@contextmanager
def one_connection() -> Iterator[None]:
    """Within the block, this thread's queries of a store share one read-only connection
    (opened at the first, closed at the end). The app wraps each script run in one: opening
    a connection cost ~25 ms of CPU, as much as a page's small queries themselves. Nothing is
    held open between runs, so a refresh finds the slot it will write next free."""
    outer = getattr(_held, "connections", None)
    if outer is not None:  # nested: the outer block owns the connections
        yield
        return
    _held.connections = {}
    try:
        yield
    finally:
        connections, _held.connections = _held.connections, None
        for con in connections.values():
            con.close()


def query(path: str, sql: str, params: tuple = ()) -> pd.DataFrame:
    """Run one read-only query (uncached; benchmarks call this directly), on the connection
    of the enclosing `one_connection` block if any, else on its own."""
    held = getattr(_held, "connections", None)
    if held is None:
        with duckdb.connect(path, read_only=True) as con:
            return con.execute(sql, list(params)).df()
    if path not in held:
        held[path] = duckdb.connect(path, read_only=True)
    return held[path].execute(sql, list(params)).df()


Runner = Callable[[str, str, str, tuple], pd.DataFrame]  # (path, version, sql, params)


def _uncached(path: str, version: str, sql: str, params: tuple) -> pd.DataFrame:
    return query(path, sql, params)


_runner: Runner = _uncached


def use_runner(runner: Runner) -> None:
    """Route every query through `runner` (the app's cache); the version is in its key."""
    global _runner
    _runner = runner


def run(store: Store, sql: str, params: list | tuple = ()) -> pd.DataFrame:
    """A query's result, cached on the store's version; empty when there is no store."""
    if not store.exists:
        return pd.DataFrame()
    return _runner(store.path, store.version, sql, tuple(params))


# --- overview ------------------------------------------------------------------------------


# Whether a page's run recorded its zone (refresh_runs.time_zone): such a run is later than any
# that did not, whatever the clocks read (an older run's was its machine's, maybe hours ahead).
_ZONED = (
    "(SELECT count(*) FROM refresh_runs z WHERE z.run_id = {page}.run_id AND z.time_zone IS NOT NULL) > 0"
)
# A rejected file read later (ktpulse add gave its date) is no longer a rejection. Later: by a run
# that recorded its zone when the rejecting one did not, else at a time no earlier by one clock.
_STILL_REJECTED = f"""r.status = 'rejected' AND NOT EXISTS (
    SELECT 1 FROM pages o WHERE o.location = r.location AND o.status = 'ok'
    AND ({_ZONED.format(page="o")}, o.ingested_at) >= ({_ZONED.format(page="r")}, r.ingested_at))"""


# The latest run: one that recorded its zone (refresh_runs.time_zone) is newer than any that did
# not, whatever their clock readings say (those were another clock's, its zone unknown).
_NEWEST_RUN = "time_zone IS NULL, finished_at DESC"


def headline_counts(store: Store, filters: Filters) -> dict[str, Any]:
    """The Overview's cards. Each follows the sidebar's filters: articles, their pages (the
    ingested pages that list at least one of them), their figures and the contradictions with
    one of them, and how many of the figures a catalog metric holds (the newest-figures table's
    pool); only the rejected pages (which hold no article) and the latest refresh (its finish and
    the zone its run recorded it in) are the whole store's."""
    where, params = filters.article_clause()
    figures_where, figure_params = filters.figure_clause()
    pairs_where, pair_params = _contradiction_filter(filters)
    # Every ingested page when every article is chosen (the sidebar's default; a page of no
    # article still counts); else the pages listing a chosen one.
    pages_sql, pages_params = "SELECT count(*) FROM pages WHERE status = 'ok'", []
    if not _covers_every_article(store, filters):
        pages_sql = (
            "SELECT count(DISTINCT pl.page_id) FROM page_listings pl JOIN pages p USING (page_id) "
            f"WHERE p.status = 'ok' AND pl.article_id IN (SELECT a.article_id FROM articles a WHERE {where})"
        )
        pages_params = params
    frame = run(
        store,
        f"""
        SELECT (SELECT count(*) FROM articles a WHERE {where}) AS articles,
               ({pages_sql}) AS pages_ingested,
               (SELECT count(*) FROM pages r WHERE {_STILL_REJECTED}) AS pages_rejected,
               (SELECT finished_at FROM refresh_runs ORDER BY {_NEWEST_RUN} LIMIT 1) AS latest_refresh,
               (SELECT time_zone FROM refresh_runs ORDER BY {_NEWEST_RUN} LIMIT 1) AS latest_refresh_zone,
               (SELECT count(*) FROM indicators i WHERE {figures_where}) AS indicators,
               (SELECT count(*) FROM indicators i WHERE {figures_where} AND i.metric_id IS NOT NULL)
                   AS metric_indicators,
               (SELECT count(*) FROM contradictions c WHERE {pairs_where}) AS contradictions
        """,
        params + pages_params + figure_params + figure_params + pair_params,
    )
    return frame.iloc[0].to_dict() if not frame.empty else {}


def _has_page_warnings(store: Store) -> bool:
    """False for a store made before pages had warnings."""
    has_column = run(
        store,
        "SELECT count(*) AS n FROM information_schema.columns "
        "WHERE table_name = 'pages' AND column_name = 'warnings'",
    )
    return not has_column.empty and bool(has_column["n"].iloc[0])


def page_warnings(store: Store, limit: int = 200) -> pd.DataFrame:
    """Every file the store could not take whole, newest first: each rejected file with why
    (nothing of it stored) and each warning of an ingested page (what looked like a listing but
    was not stored, or was read with text ignored). Columns location, ingested_at, problem
    ('rejected' or 'damaged'), warning, and time_zone: the zone its run recorded ingested_at in
    (refresh_runs.time_zone; None for runs before it was recorded)."""
    damaged = (
        "SELECT location, ingested_at, run_id, 'damaged' AS problem, unnest(warnings) AS warning "
        "FROM pages WHERE status = 'ok' AND len(warnings) > 0 UNION ALL "
        if _has_page_warnings(store)
        else ""
    )  # a rejected page's warnings are already its reason
    return run(
        store,
        f"""
        SELECT w.location, w.ingested_at, w.problem, w.warning, runs.time_zone FROM (
            {damaged}
            SELECT location, ingested_at, run_id, 'rejected' AS problem,
                   coalesce(error, 'no reason recorded') AS warning
            FROM pages r WHERE {_STILL_REJECTED}
        ) w LEFT JOIN refresh_runs runs ON runs.run_id = w.run_id
        -- newest first: a run that recorded its zone after any that did not (see _ZONED)
        ORDER BY runs.time_zone IS NULL, w.ingested_at DESC, w.location, w.problem LIMIT ?
        """,
        [limit],
    )


class ProblemTotals(NamedTuple):
    """The whole store's, as page_warnings lists only the newest."""

    rejected: int  # files not stored at all
    warnings: int  # warnings of ingested pages
    damaged: int  # ingested pages with a warning


def page_warning_totals(store: Store) -> ProblemTotals:
    """How many files were rejected, and how many warnings the ingested pages carry on how many pages."""
    warned = damaged = "SELECT 0"
    if _has_page_warnings(store):  # one look at the schema for both counts
        warned = "SELECT coalesce(sum(len(warnings)), 0) FROM pages WHERE status = 'ok' AND len(warnings) > 0"
        damaged = "SELECT count(*) FROM pages WHERE status = 'ok' AND len(warnings) > 0"
    frame = run(
        store,
        f"SELECT (SELECT count(*) FROM pages r WHERE {_STILL_REJECTED}) AS rejected, "
        f"({warned}) AS warnings, ({damaged}) AS damaged",
    )
    if frame.empty:
        return ProblemTotals(0, 0, 0)
    return ProblemTotals(*(int(frame[c].iloc[0]) for c in ("rejected", "warnings", "damaged")))


def newest_figures(store: Store, filters: Filters, limit: int = 10) -> pd.DataFrame:
    where, params = filters.figure_clause()
    return run(
        store,
        f"""
        WITH newest AS (
            SELECT i.indicator_id, i.article_id, i.published_at, i.value, i.unit, i.item, i.qualifier, i.kind,
                   i.is_change, i.direction, i.period_start, i.period_end, i.period_basis, i.surface, i.metric_id,
                   i.start_char, i.place, i.sentence
            FROM indicators i
            WHERE {where} AND i.metric_id IS NOT NULL
            ORDER BY i.published_at DESC, i.article_id, i.start_char
            LIMIT ?
        )
        SELECT n.indicator_id, n.published_at, a.title, n.value, n.unit, n.item, n.qualifier, n.kind, n.is_change,
               n.direction,
               n.period_start, n.period_end, n.period_basis, n.surface, n.metric_id,
               coalesce(m.label, n.metric_id) AS label, n.place,
               n.sentence, n.article_id, {_publisher("a")} AS source, a.url  -- for the table's CSV
        FROM newest n JOIN articles a USING (article_id) LEFT JOIN metrics m USING (metric_id)
        ORDER BY n.published_at DESC, n.article_id, n.start_char
        """,
        params + [limit],
    )


# --- readership ----------------------------------------------------------------------------


READERSHIP_ORDERS = ("views", "views_per_day")
# Every ranked list of articles (most read, views per day, growth, views at an age) breaks a tie
# on its value by the newer article first (it reached the value sooner), then by id: the same
# order on every run, never the hash order of ids alone. `ties_past_cut` and a list's `tied`
# column say how many equal articles a cut leaves out.
# A ranked value -> (its latest_views column, the list's own condition beyond the filters).
_RANKED_COLUMNS = {
    "views": ("views", ""),
    "views_per_day": ("views_per_day", ""),
    "views_gained": ("largest_gain", " AND l.largest_gain_to > l.largest_gain_from"),
}


def ties_past_cut(store: Store, filters: Filters, ranked: pd.DataFrame, value: str, limit: int | None) -> int:
    """How many filtered articles a list cut at `limit` leaves out that have the same `value`
    ('views', 'views_per_day' or 'views_gained': `readership` or `readership_growth` rows) as
    its last place; 0 when the list was not cut. A list with a `tied` column (articles sharing
    the row's value, counted before the cut) is answered from it."""
    if not limit or len(ranked) < limit or ranked.empty:
        return 0
    last = ranked[value].iloc[-1]
    shown = int((ranked[value] == last).sum())
    if "tied" in ranked:
        return int(ranked["tied"].iloc[-1]) - shown
    column, condition = _RANKED_COLUMNS[value]
    where, params = filters.article_clause("l")
    frame = run(
        store,
        f"SELECT count(*) AS n FROM latest_views l WHERE {where}{condition} AND l.{column} = ?",
        [*params, last.item() if hasattr(last, "item") else last],
    )
    return 0 if frame.empty else int(frame["n"].iloc[0]) - shown


def readership(
    store: Store, filters: Filters, limit: int | None = None, order_by: str = "views"
) -> pd.DataFrame:
    """Latest views per article (with views per day) for the filtered articles, the highest
    `order_by` first. Ranked by views per day, only articles at least MIN_DAYS_FOR_RATE old at
    their latest snapshot. The top rows come from latest_views alone; titles are joined to them."""
    if order_by not in READERSHIP_ORDERS:
        raise ValueError(f"order_by must be one of {READERSHIP_ORDERS}")
    where, params = filters.article_clause("l")
    if order_by == "views_per_day":
        where += " AND l.views_per_day IS NOT NULL"  # a rate only from a day old (latest_views)
    return run(
        store,
        f"""
        WITH top AS (
            SELECT l.article_id, l.published_at, l.source, l.observed_at, l.views, l.days_since_publication,
                   l.views_per_day
            FROM latest_views l WHERE {where}
            ORDER BY l.{order_by} DESC, l.published_at DESC, l.article_id
            {"LIMIT ?" if limit else ""}
        )
        SELECT t.article_id, a.title, t.published_at, {_publisher("t")} AS source,
               t.observed_at, t.views, t.days_since_publication,
               t.views_per_day
        FROM top t JOIN articles a USING (article_id)
        ORDER BY t.{order_by} DESC, t.published_at DESC, t.article_id
        """,
        params + ([limit] if limit else []),
    )


def readership_totals(store: Store, filters: Filters) -> pd.DataFrame:
    """Articles and views in the filtered period and in the previous period of the same length
    (mean views per day over the articles at least a day old; how many were younger). `stored`
    says how much of each period the store's articles cover ('whole', 'part', or 'none' when the
    period ends before the store's first article: its zeros are not counts, nothing was read),
    `stored_from` the store's first day."""
    if not (filters.date_from and filters.date_to):
        return pd.DataFrame()
    windows = (("current", filters), ("previous", _previous_period(filters)))
    return _readership_in(store, windows, date_bounds(store)["first"])


def readership_comparison(store: Store, filters: Filters) -> pd.DataFrame:
    """readership_totals' frame, unless no day of the previous period is in the store (as when
    the filtered period is the whole store): then two periods at the end of the stored part of
    the filtered period (from the store's first day, when it starts earlier), both read, as
    comparison_periods.default_comparison chooses them: the latest full month and the month
    before, else the latest full week and the week before, else its two halves. Empty when that
    part is shorter than two days."""
    if not (filters.date_from and filters.date_to):
        return pd.DataFrame()
    first = date_bounds(store)["first"]
    previous = _previous_period(filters)
    if _stored(previous, first) != "none":
        return _readership_in(store, (("current", filters), ("previous", previous)), first)
    start = max(filters.date_from, first) if first else filters.date_from
    periods = default_comparison(start, filters.date_to)
    if periods is None:
        return pd.DataFrame()
    windows = tuple((p.label, replace(filters, date_from=p.first, date_to=p.last)) for p in periods)
    return _readership_in(store, windows, first)


def _previous_period(filters: Filters) -> Filters:
    """The filters over the days just before the filtered period (which has both dates), as many."""
    start, end = filters.date_from, filters.date_to
    assert start is not None and end is not None
    return replace(
        filters, date_from=start - (end - start) - timedelta(days=1), date_to=start - timedelta(days=1)
    )


def _readership_in(
    store: Store, windows: tuple[tuple[str, Filters], ...], first: date | None
) -> pd.DataFrame:
    """Articles, views and mean views per day of each labelled window (with both dates), one row
    each, with how much of it a store whose first day is `first` covers (`stored`) and that day."""
    frames = []
    for label, window in windows:
        where, params = window.article_clause("l")
        frame = run(
            store,
            f"""
            SELECT ? AS period, ? AS date_from, ? AS date_to, count(*) AS articles,
                   coalesce(sum(l.views), 0) AS views,
                   avg(l.views_per_day) AS mean_views_per_day,
                   count(*) FILTER (WHERE l.days_since_publication < {MIN_DAYS_FOR_RATE}) AS younger_than_a_day
            FROM latest_views l WHERE {where}
            """,
            [label, window.date_from, window.date_to] + params,
        )
        frames.append(frame)
    return pd.concat(frames, ignore_index=True).assign(
        stored=[_stored(window, first) for _, window in windows], stored_from=first
    )


def _stored(window: Filters, first: date | None) -> str:
    """How much of `window` (with both dates) lies on or after the store's first day."""
    if first is None or window.date_to < first:  # type: ignore[operator]
        return "none"
    return "part" if window.date_from < first else "whole"  # type: ignore[operator]


def readership_growth(store: Store, filters: Filters, limit: int = 50) -> pd.DataFrame:
    """The filtered articles whose views grew most between two consecutive captures, one row
    per article (its largest gain, kept in latest_views by refresh); only gains above zero
    between different capture times. A gain per day only over captures a day apart or more: a
    few hours' gain times 24 is no count anyone saw."""
    where, params = filters.article_clause("l")
    return run(
        store,
        f"""
        WITH top AS (
            SELECT l.article_id, l.published_at, l.largest_gain, l.largest_gain_from, l.largest_gain_to, l.largest_gain_from_views
            FROM latest_views l
            WHERE {where} AND l.largest_gain > 0 AND l.largest_gain_to > l.largest_gain_from
            ORDER BY l.largest_gain DESC, l.published_at DESC, l.article_id
            LIMIT ?
        )
        SELECT t.article_id, a.title, t.largest_gain_from AS previous_observed_at, t.largest_gain_to AS observed_at,
               t.largest_gain_from_views AS previous_views, t.largest_gain_from_views + t.largest_gain AS views,
               t.largest_gain AS views_gained,
               date_diff('minute', t.largest_gain_from, t.largest_gain_to) / 60.0 AS hours_between,
               CASE WHEN date_diff('minute', t.largest_gain_from, t.largest_gain_to) >= {MIN_DAYS_FOR_RATE} * 1440
                    THEN t.largest_gain / (date_diff('minute', t.largest_gain_from, t.largest_gain_to) / 1440.0)
               END AS views_gained_per_day
        FROM top t JOIN articles a USING (article_id)
        ORDER BY t.largest_gain DESC, t.published_at DESC, t.article_id
        """,
        params + [limit],
    )


def readership_by(store: Store, filters: Filters, dimension: str) -> pd.DataFrame:
    """Views by 'topic' or by 'source' over the filtered articles' latest snapshots. An article
    with several topics counts in each of them, so topics can add up to more than the total; one
    with none counts under fmt.NO_TOPIC, so no article's views drop out of the chart."""
    where, params = filters.article_clause("l")
    if dimension == "topic":
        # The row's own topic list (the same ids as article_topics, kept with it by refresh):
        # unnesting it took 0.08 s at 1M articles, the join to article_topics 0.2-0.5 s.
        sql = f"""
            WITH tagged AS (
                SELECT unnest(CASE WHEN len(coalesce(l.topics, [])) > 0 THEN l.topics ELSE ['{fmt.NO_TOPIC}'] END)
                       AS topic, l.views, l.views_per_day
                FROM latest_views l WHERE {where}
            )
            SELECT coalesce(t2.label, t.topic) AS topic, count(*) AS articles, sum(t.views) AS views,
                   avg(t.views_per_day) AS mean_views_per_day
            FROM tagged t LEFT JOIN topics t2 ON t2.topic = t.topic
            GROUP BY 1 ORDER BY views DESC, 1"""
    else:
        sql = f"""
            SELECT {_publisher("l")} AS source, count(*) AS articles, sum(l.views) AS views,
                   avg(l.views_per_day) AS mean_views_per_day
            FROM latest_views l
            WHERE {where} GROUP BY 1 ORDER BY views DESC, 1"""
    return run(store, sql, params)


def readership_younger_than_a_day(store: Store, filters: Filters) -> int:
    """How many filtered articles were under MIN_DAYS_FOR_RATE old at their latest snapshot."""
    where, params = filters.article_clause("l")
    frame = run(
        store,
        f"SELECT count(*) AS n FROM latest_views l WHERE {where} AND l.days_since_publication < {MIN_DAYS_FOR_RATE}",
        params,
    )
    return 0 if frame.empty else int(frame.iloc[0]["n"])


def readership_capture_from_file_time(store: Store, filters: Filters) -> int:
    """How many filtered articles have their latest count from a page whose capture time is only
    its file's modification time (no fetch record, no --observed-at): their ages and views per day
    count from a time that may not be when kt.kz printed the count."""
    where, params = filters.article_clause("l")
    frame = run(
        store,
        "SELECT count(DISTINCT l.article_id) AS n FROM latest_views l "
        "JOIN view_snapshots v ON v.article_id = l.article_id AND v.observed_at = l.observed_at "
        f"JOIN pages p ON p.page_id = v.page_id WHERE {where} AND p.observed_at_source = 'mtime'",
        params,
    )
    return 0 if frame.empty else int(frame.iloc[0]["n"])


# --- metric series -------------------------------------------------------------------------


def _covers_every_article(store: Store, filters: Filters) -> bool:
    """Whether the filters leave every stored article in (the sidebar's default)."""
    if filters.topics or filters.sources or filters.languages:
        return False
    if filters.date_from is None and filters.date_to is None:
        return True
    # only the date bounds: the sidebar's other choices (every source, every language) cost a
    # scan of the articles each, three times a series page when not cached
    bounds = date_bounds(store)
    return (
        filters.date_from is None or bounds["first"] is None or filters.date_from <= bounds["first"]
    ) and (filters.date_to is None or bounds["last"] is None or filters.date_to >= bounds["last"])


# A fact's report shown with it (its item, figure as written, sentence and article), as
# metric_values joins it to every fact and fact_provenance to a few.
PROVENANCE = ("item", "surface", "sentence", "title", "published_at", "source", "source_via", "url")
# How a fact's period was found, from the most direct report of it (fact_bases): its basis, that
# report's id (the one whose sentence is shown), how many reports have that basis, and that
# report's qualifier ("more than"), which the fact's value is shown with.
BASIS_COLUMNS = ("period_basis", "basis_indicator_id", "basis_mentions", "qualifier")
# Most direct first: a period its own sentence writes, then one dated at publication, then one
# carried from the headline or an earlier sentence.
BASIS_ORDER = ("sentence", "publication", "context", "none")


def _chosen_facts(
    store: Store, filters: Filters, prefixes: tuple[str, ...], national_only: bool = False
) -> tuple[str, list[Any]]:
    """SQL for the facts of the metrics whose id starts with one of `prefixes` (`national_only`:
    those of no region or city), counting only the reports in filtered articles (unfiltered,
    metric_facts, kept by refresh), and its parameters."""
    chosen = " OR ".join("starts_with(i.metric_id, ?)" for _ in prefixes)
    if national_only:
        chosen = f"({chosen}) AND i.place IS NULL"
    if _covers_every_article(store, filters):
        fact_columns = ", ".join(
            f"i.{c}" for c in (*FACT_KEY, "sources", "mentions", "indicator_id", "first_published_at")
        )
        return f"SELECT {fact_columns} FROM metric_facts i WHERE {chosen}", list(prefixes)
    where, params = filters.figure_clause()
    return fact_rows("indicators i", f"({chosen}) AND {where}"), [*prefixes, *params]


FACT_ORDER = "f.metric_id, f.period_end NULLS LAST, f.period_start NULLS FIRST, f.kind, f.value, f.category"


def metric_values(
    store: Store,
    filters: Filters,
    prefixes: str | tuple[str, ...],
    most_reported: int | None = None,
    provenance: bool = True,
    series: dict[str, tuple[str, ...]] | None = None,
    national_only: bool = False,
) -> pd.DataFrame:
    """Facts (as in the store's metric_values view) of the metrics whose id starts with one of
    `prefixes`, counting only the reports in filtered articles; only the `most_reported` facts
    with the most sources when given (with `series`, chart name -> its metric ids: that many
    per series, each row naming its `series` and how many facts the series has in all,
    `series_facts`). Unfiltered, they are read from metric_facts (kept by refresh); filtered,
    aggregated from the indicators of the filtered articles. Each fact carries how its period
    was found and the report it is shown with (`with_provenance`: its first report, unless a
    later one writes the period in its own sentence and the first does not): item, figure as
    written, sentence and article (title, published_at, source, source_via, url), unless
    `provenance` is False: then the caller picks the facts it shows and reads theirs with
    `with_provenance`. Each fact names its `place` (None: national); `national_only` keeps the
    country's facts only, as a series chart draws them."""
    prefixes = (prefixes,) if isinstance(prefixes, str) else prefixes
    facts, params = _chosen_facts(store, filters, prefixes, national_only)
    named, extra = "SELECT * FROM facts", ""
    if series:
        cases = " ".join(f"WHEN metric_id IN ({', '.join('?' * len(ids))}) THEN ?" for ids in series.values())
        named = f"SELECT *, CASE {cases} END AS series FROM facts"
        params += [value for name, ids in series.items() for value in (*ids, name)]
        extra = ", f.series, f.series_facts"
    ranked = ("SELECT *, count(*) OVER (PARTITION BY series) AS series_facts FROM named WHERE series IS NOT NULL"
              if series else "SELECT * FROM named")  # fmt: skip
    keep = ("QUALIFY row_number() OVER (" + ("PARTITION BY series " if series else "") +
            "ORDER BY sources DESC, mentions DESC, indicator_id) <= ?") if most_reported else ""  # fmt: skip
    values = run(
        store,
        f"""
        WITH facts AS ({facts}), named AS ({named}), kept AS (SELECT * FROM ({ranked}) {keep})
        SELECT f.metric_id, m.label, f.category, f.kind, f.is_change, f.direction, f.period_start, f.period_end,
               f.value, f.unit, f.place, f.sources, f.mentions, f.indicator_id, f.first_published_at{extra}
        FROM kept f JOIN metrics m USING (metric_id)
        ORDER BY {FACT_ORDER}
        """,
        params + ([most_reported] if most_reported else []),
    )  # fmt: skip
    return with_provenance(store, values, filters) if provenance else values


def placed_facts(store: Store, filters: Filters, prefixes: tuple[str, ...]) -> dict[str, int]:
    """How many facts of each metric of `prefixes` are a region's or a city's (a series chart,
    national only, says how many it leaves to the explorer), counting filtered articles only."""
    facts, params = _chosen_facts(store, filters, prefixes)
    counted = run(
        store,
        f"SELECT metric_id, count(*) AS facts FROM ({facts}) WHERE place IS NOT NULL GROUP BY metric_id",
        params,
    )
    return {} if counted.empty else dict(zip(counted["metric_id"], counted["facts"].astype(int), strict=True))


def with_provenance(
    store: Store, facts: pd.DataFrame, filters: Filters | None = None, bases: pd.DataFrame | None = None
) -> pd.DataFrame:
    """`facts` (metric_values rows) with how each one's period was found (BASIS_COLUMNS, from its
    most direct report in the filtered articles) and that report's PROVENANCE columns, looked up
    for these facts only: a join would read every article's title and URL. A fact whose period
    one report writes in its own sentence shows that report, and is not called inferred because
    another report left the period to its headline. `bases`: `fact_bases` rows already read for
    these facts (and maybe others)."""
    if "indicator_id" not in facts:  # no store
        return facts
    facts = with_bases(store, facts, filters, bases)
    shown = facts["basis_indicator_id"].fillna(facts["indicator_id"])
    reports = fact_provenance(store, list(shown)) if len(facts) else pd.DataFrame()
    if "indicator_id" not in reports:
        return facts.reindex(columns=[*facts.columns, *PROVENANCE])
    return (
        facts.assign(_shown=shown)
        .merge(reports.rename(columns={"indicator_id": "_shown"}), on="_shown", how="left")
        .drop(columns="_shown")
        .set_axis(facts.index)
    )


def with_bases(
    store: Store, facts: pd.DataFrame, filters: Filters | None = None, bases: pd.DataFrame | None = None
) -> pd.DataFrame:
    """`facts` (rows with a report's `indicator_id`; rows without one stay unknown) with the
    BASIS_COLUMNS of `fact_bases` (read here unless given as `bases`)."""
    if "indicator_id" not in facts:  # no store
        return facts
    ids = [i for i in facts["indicator_id"] if isinstance(i, str)]
    if bases is None:
        bases = fact_bases(store, ids, filters) if ids else pd.DataFrame()
    if "indicator_id" not in bases:
        return facts.reindex(columns=[*facts.columns, *BASIS_COLUMNS])
    return facts.merge(bases, on="indicator_id", how="left").set_axis(facts.index)


def fact_bases(store: Store, indicator_ids: list[str], filters: Filters | None = None) -> pd.DataFrame:
    """For the fact of each of these reports (FACT_KEY), how its period was found by its most
    direct report among the filtered articles (BASIS_ORDER): `period_basis`, one such report
    (`basis_indicator_id`: the given one if it is, else the first, as metric_facts takes the
    smallest id), how many reports have that basis (`basis_mentions`) and that report's
    `qualifier` ('more than'). Keyed by the given `indicator_id`; read for these facts only."""
    where, params = (filters or Filters()).figure_clause("i")
    same_fact = " AND ".join(f"i.{column} IS NOT DISTINCT FROM f.{column}" for column in FACT_KEY)
    rank = " ".join(f"WHEN '{basis}' THEN {n}" for n, basis in enumerate(BASIS_ORDER))
    bases = ", ".join(f"'{basis}'" for basis in BASIS_ORDER)
    # Plain aggregates over the join (no window, no ordering by struct): a fact may have
    # thousands of reports.
    return run(
        store,
        f"""
        WITH facts AS (SELECT * FROM indicators WHERE indicator_id IN (SELECT unnest(?::VARCHAR[]))),
             reports AS (
                SELECT f.indicator_id, i.indicator_id AS report_id,
                       coalesce(CASE i.period_basis {rank} END, {len(BASIS_ORDER)}) AS directness
                FROM facts f JOIN indicators i ON {same_fact}
                WHERE {where}
             ),
             by_basis AS (
                SELECT indicator_id, directness, count(*) AS basis_mentions,
                       CASE WHEN bool_or(report_id = indicator_id) THEN indicator_id ELSE min(report_id) END
                           AS basis_indicator_id,
                       row_number() OVER (PARTITION BY indicator_id ORDER BY directness) AS nth
                FROM reports GROUP BY indicator_id, directness
             )
        SELECT b.indicator_id, [{bases}][b.directness + 1] AS period_basis, b.basis_indicator_id,
               b.basis_mentions, i.qualifier
        FROM by_basis b LEFT JOIN indicators i ON i.indicator_id = b.basis_indicator_id
        WHERE b.nth = 1
        """,
        [sorted(set(indicator_ids)), *params],
    )


def target_progress_inputs(store: Store, filters: Filters, prefixes: tuple[str, ...]) -> pd.DataFrame:
    """What progress to targets needs of the figures of `prefixes`, not every fact: the targets
    with a deadline and the actual levels with a period, one row per fact (FACT_KEY) and item
    wording (`item_words`, which progress names in English across languages, as contradictions
    compare items; `item` one report's words as written), counting only the reports in
    filtered articles: how many articles report it (`sources`), when it was first published, the loosest interval its reports allow together
    (`low`, `high`, as etl/store/facts.py reads a qualifier), whether any report writes its
    period in its own sentence (`period_stated`), its first report's `indicator_id`
    (to read how its period was found, `with_bases`) and metric `label`. Which of them a bar
    compares is `progress.progress_to_targets`'s choice."""
    chosen = " OR ".join("starts_with(i.metric_id, ?)" for _ in prefixes)
    where, params = ("TRUE", []) if _covers_every_article(store, filters) else filters.figure_clause()
    low, high = interval_sql("i.value", "i.qualifier")
    key = ", ".join(f"i.{column}" for column in FACT_KEY)
    return run(
        store,
        f"""
        SELECT {key}, m.label, {item_words_sql("i.item")} AS item_words, arg_min(i.item, i.indicator_id) AS item,
               count(DISTINCT i.article_id) AS sources, min(i.published_at) AS first_published_at,
               min(i.indicator_id) AS indicator_id, min({low}) AS low, max({high}) AS high,
               coalesce(bool_or(i.period_basis = 'sentence'), FALSE) AS period_stated
        FROM indicators i JOIN metrics m USING (metric_id)
        WHERE ({chosen}) AND ({where}) AND i.period_end IS NOT NULL
          AND (i.kind = 'target' OR (i.kind = 'actual' AND NOT i.is_change))
        GROUP BY ALL
        ORDER BY ALL
        """,
        [*prefixes, *params],
    )


def fact_provenance(store: Store, indicator_ids: list[str]) -> pd.DataFrame:
    """The reports `indicator_ids` of some facts: each one's item, figure as written, sentence
    and article, the columns of PROVENANCE. metric_facts keeps them for each fact's first
    report in the whole store; another report (the first among filtered articles only, or the
    one that writes the period in its own sentence) is looked up among the indicators (a
    longer scan)."""
    wanted = sorted(set(indicator_ids))
    kept = _reports_in(store, "metric_facts", wanted)
    if "indicator_id" not in kept:  # no store to read
        return kept
    missing = sorted(set(wanted) - set(kept["indicator_id"]))
    if not missing:
        return kept
    looked_up = _reports_in(store, "indicators", missing)
    return pd.concat([kept, looked_up], ignore_index=True) if not kept.empty else looked_up


def _reports_in(store: Store, table: str, indicator_ids: list[str]) -> pd.DataFrame:
    """PROVENANCE of the rows of `table` (metric_facts or indicators) with these indicator ids."""
    return run(
        store,
        f"""
        SELECT r.indicator_id, r.item, r.surface, r.sentence, a.title, a.published_at, a.source,
               a.source_via, a.url
        FROM {table} r LEFT JOIN articles a ON a.article_id = r.article_id
        WHERE r.indicator_id IN (SELECT unnest(?::VARCHAR[]))
        """,
        [indicator_ids],
    )


# --- indicators ----------------------------------------------------------------------------


def indicator_choices(store: Store) -> dict[str, list]:
    """Values the explorer's filters offer."""
    frame = run(
        store,
        """
        SELECT (SELECT list(DISTINCT unit ORDER BY unit) FROM indicators) AS units,
               (SELECT list(DISTINCT kind ORDER BY kind) FROM indicators) AS kinds,
               (SELECT list(DISTINCT metric_id ORDER BY metric_id) FROM indicators WHERE metric_id IS NOT NULL)
                   AS metrics,
               (SELECT list(DISTINCT year(period_end) ORDER BY year(period_end)) FROM indicators
                   WHERE period_end IS NOT NULL) AS years,
               (SELECT list(DISTINCT place ORDER BY place) FROM indicators WHERE place IS NOT NULL) AS places
        """,
    )
    if frame.empty:
        return {"units": [], "kinds": [], "metrics": [], "years": [], "places": []}
    row = frame.iloc[0]
    # a list of nothing is NULL, which pandas gives as None or NA (figures none of which maps to a metric)
    # plain Python values: a numpy integer handed back as a query parameter is refused by DuckDB
    return {
        key: [] if _is_null(row[key]) else [_plain(value) for value in row[key]]
        for key in ("units", "kinds", "metrics", "years", "places")
    }


def _plain(value: object) -> object:
    return value.item() if isinstance(value, np.generic) else value


def _is_null(value: object) -> bool:
    return value is None or (pd.api.types.is_scalar(value) and bool(pd.isna(value)))


# Search boxes find the typed text itself: % and _ are not wildcards there.
LIKE_ESCAPE = "ESCAPE '\\'"


def contains_pattern(text: str) -> str:
    """An ILIKE pattern (used with LIKE_ESCAPE) matching values that contain `text` literally."""
    literal = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{literal}%"


@dataclass(frozen=True)
class FigureCriteria:
    """The explorer's own filters, on top of the sidebar's: units, kinds, the period's year, text
    in the item or sentence, periods stated in the figure's own sentence only (period_basis
    'sentence'), and places (None among them: national or unstated). One object, so the table's
    query and the chart's count cannot drift apart."""

    units: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    year: int | None = None
    text: str = ""
    stated_only: bool = False
    places: tuple[str | None, ...] = ()


ANY_FIGURE = FigureCriteria()  # no filter of the explorer's own


def _figure_conditions(filters: Filters, criteria: FigureCriteria) -> tuple[str, list]:
    """The WHERE clause (over `indicators i`) of the explorer's filters, and its parameters."""
    units, kinds, year, text = criteria.units, criteria.kinds, criteria.year, criteria.text
    stated_only, places = criteria.stated_only, criteria.places
    where, params = filters.figure_clause()
    conditions = [where]
    if units:
        conditions.append(f"i.unit IN ({', '.join('?' * len(units))})")
        params += list(units)
    if kinds:
        conditions.append(f"i.kind IN ({', '.join('?' * len(kinds))})")
        params += list(kinds)
    if year:
        conditions.append("year(coalesce(i.period_end, i.period_start)) = ?")
        params.append(year)
    if text:
        conditions.append(f"(i.item ILIKE ? {LIKE_ESCAPE} OR i.sentence ILIKE ? {LIKE_ESCAPE})")
        params += [contains_pattern(text)] * 2
    if stated_only:
        conditions.append("i.period_basis = 'sentence'")
    if places:
        named = [place for place in places if place is not None]
        either = [f"i.place IN ({', '.join('?' * len(named))})"] if named else []
        either += ["i.place IS NULL"] if None in places else []
        conditions.append(f"({' OR '.join(either)})")
        params += named
    return " AND ".join(conditions), params


def indicators(
    store: Store, filters: Filters, criteria: FigureCriteria = ANY_FIGURE, limit: int = 2000
) -> pd.DataFrame:
    """The newest figures matching the explorer's filters (at most `limit`)."""
    where, params = _figure_conditions(filters, criteria)
    return run(
        store,
        f"""
        WITH found AS (
            SELECT i.indicator_id, i.article_id, i.published_at, i.value, i.unit, i.item, i.qualifier,
                   i.kind, i.is_change, i.direction, i.period_start, i.period_end, i.period_basis, i.metric_id,
                   i.category, i.surface, i.start_char, i.place, i.sentence
            FROM indicators i
            WHERE {where}
            ORDER BY i.published_at DESC, i.article_id, i.start_char
            LIMIT ?
        )
        SELECT f.indicator_id, f.published_at, {_publisher("a")} AS source, a.title, a.url,
               f.value, f.unit, f.item, f.qualifier, f.kind, f.is_change, f.direction, f.period_start, f.period_end,
               f.period_basis, f.metric_id, m.label, f.category, f.surface, f.place,
               f.sentence, f.article_id  -- for the table's CSV
        FROM found f JOIN articles a USING (article_id) LEFT JOIN metrics m USING (metric_id)
        ORDER BY f.published_at DESC, f.article_id, f.start_char
        """,
        params + [limit],
    )


def figure_counts(store: Store, filters: Filters, criteria: FigureCriteria = ANY_FIGURE) -> pd.DataFrame:
    """How many figures match the explorer's filters (all of them, not `indicators`' newest
    few), per unit, kind and how the period was found: columns unit, kind, period_basis, figures."""
    where, params = _figure_conditions(filters, criteria)
    return run(
        store,
        f"""
        SELECT i.unit, i.kind, i.period_basis, count(*) AS figures
        FROM indicators i
        WHERE {where}
        GROUP BY ALL
        ORDER BY i.unit, i.kind, i.period_basis
        """,
        params,
    )


def indicator_detail(store: Store, indicator_id: str) -> pd.DataFrame:
    return run(
        store,
        """
        SELECT i.*, m.label, a.title, a.published_at AS article_published_at, a.source, a.source_via, a.url
        FROM indicators i JOIN articles a USING (article_id) LEFT JOIN metrics m USING (metric_id)
        WHERE i.indicator_id = ?
        """,
        [indicator_id],
    )


def same_fact_elsewhere(store: Store, indicator_id: str) -> pd.DataFrame:
    """Other articles reporting the same fact (same metric, period, kind, value, unit, place and,
    for a change, direction). A value in tenge and one in percent, or Astana's figure and
    Almaty's, are other facts however equal their numbers."""
    return run(
        store,
        f"""
        SELECT i2.indicator_id, i2.article_id, a.published_at, a.title, {_publisher("a")} AS source,
               i2.sentence, i2.period_basis, a.url
        FROM indicators i1
        JOIN indicators i2
          ON i2.metric_id = i1.metric_id AND i2.value = i1.value AND i2.kind = i1.kind
         AND i2.unit = i1.unit AND i2.place IS NOT DISTINCT FROM i1.place
         AND i2.period_start IS NOT DISTINCT FROM i1.period_start
         AND i2.period_end IS NOT DISTINCT FROM i1.period_end
         AND i2.category IS NOT DISTINCT FROM i1.category
         AND i2.is_change = i1.is_change AND i2.direction IS NOT DISTINCT FROM i1.direction
         AND i2.article_id <> i1.article_id
        JOIN articles a ON a.article_id = i2.article_id
        WHERE i1.indicator_id = ?
        ORDER BY a.published_at
        """,
        [indicator_id],
    )


def _contradiction_filter(filters: Filters | None) -> tuple[str, list]:
    """Pairs touching the selection: a report of either fact of the pair is in an article that
    passes the sidebar filters. Not only the two reports a pair is shown by: a Kazakh article's
    "1 млрд долларов" against a Russian "850 млн" is flagged under a Kazakh filter, though the
    pair is shown by the first reports of its figures, which may be in Russian. The selection's
    facts are collected once and each side looked up in them (a correlated look-up per pair was
    three times slower); nested values compare NULL fields as equal, as IS NOT DISTINCT FROM."""
    if filters is None or filters == Filters():
        return "TRUE", []
    where, params = filters.figure_clause("fi")
    key = ("metric_id", "kind", "category", "period_start", "period_end", "unit", "place")
    chosen = f"(SELECT struct_pack({', '.join(key)}, value) FROM indicators fi WHERE fi.metric_id IS NOT NULL AND {where})"

    def side(value: str) -> str:
        return f"struct_pack({', '.join('c.' + column for column in key)}, value := c.{value})"

    return f"({side('value_a')} IN {chosen} OR {side('value_b')} IN {chosen})", params + params


def contradictions(store: Store, filters: Filters | None = None, limit: int = 50) -> pd.DataFrame:
    """The `limit` most divergent flagged pairs (largest ratio first) with an article in the
    filtered selection, with their articles and each figure's item, qualifier and period basis."""
    where, params = _contradiction_filter(filters)
    return run(
        store,
        f"""
        WITH top AS (
            SELECT * FROM contradictions c WHERE {where}
            ORDER BY ratio DESC NULLS LAST, indicator_id_a, indicator_id_b
            LIMIT ?
        )
        SELECT c.metric_id, m.label, c.category, c.kind, c.period_start, c.period_end, c.unit, c.place,
               c.value_a, c.value_b, c.ratio, aa.title AS title_a, ab.title AS title_b,
               aa.published_at AS published_a, ab.published_at AS published_b,
               aa.source AS source_a, ab.source AS source_b, aa.source_via AS source_via_a,
               ab.source_via AS source_via_b, aa.url AS url_a, ab.url AS url_b,
               c.sentence_a, c.sentence_b, c.indicator_id_a, c.indicator_id_b,
               ia.item AS item_a, ib.item AS item_b, ia.qualifier AS qualifier_a, ib.qualifier AS qualifier_b,
               ia.period_basis AS period_basis_a, ib.period_basis AS period_basis_b
        FROM top c
        JOIN metrics m USING (metric_id)
        JOIN articles aa ON aa.article_id = c.article_id_a
        JOIN articles ab ON ab.article_id = c.article_id_b
        -- what each figure counts, as its sentence qualifies it, and how its period was found:
        -- "1.1 million seedlings" against "over 1.1 billion trees" is seldom a contradiction
        LEFT JOIN (SELECT indicator_id, item, qualifier, period_basis FROM indicators
                   WHERE indicator_id IN (SELECT indicator_id_a FROM top UNION SELECT indicator_id_b FROM top)) ia
               ON ia.indicator_id = c.indicator_id_a
        LEFT JOIN (SELECT indicator_id, item, qualifier, period_basis FROM indicators
                   WHERE indicator_id IN (SELECT indicator_id_a FROM top UNION SELECT indicator_id_b FROM top)) ib
               ON ib.indicator_id = c.indicator_id_b
        ORDER BY c.ratio DESC NULLS LAST, c.indicator_id_a, c.indicator_id_b
        """,
        params + [limit],
    )


def contradiction_count(store: Store, filters: Filters | None = None) -> int:
    """Flagged pairs with an article in the filtered selection."""
    where, params = _contradiction_filter(filters)
    frame = run(store, f"SELECT count(*) AS pairs FROM contradictions c WHERE {where}", params)
    return 0 if frame.empty else int(frame.iloc[0]["pairs"])


# --- articles ------------------------------------------------------------------------------


def articles(store: Store, filters: Filters, text: str = "", limit: int = 500) -> pd.DataFrame:
    """The newest filtered articles (at most `limit`) with their latest view count and when it
    was captured, and in `total` how many match in all."""
    where, params = filters.article_clause()
    if text:
        where += f" AND (a.title ILIKE ? {LIKE_ESCAPE} OR a.body ILIKE ? {LIKE_ESCAPE})"
        params += [contains_pattern(text)] * 2
    return run(
        store,
        f"""
        WITH newest AS (
            SELECT a.article_id, a.published_at, a.title, {_publisher("a")} AS source, a.url, a.language,
                   a.body_page_id IS NOT NULL AS has_body,  -- set exactly when a body was read
                   count(*) OVER () AS total  -- every match, before the limit
            FROM articles a
            WHERE {where}
            ORDER BY a.published_at DESC, a.article_id
            LIMIT ?
        )
        SELECT n.*, l.views, l.observed_at AS views_observed_at, coalesce(f.figures, 0) AS figures
        FROM newest n LEFT JOIN latest_views l USING (article_id)
        LEFT JOIN (SELECT article_id, count(*) AS figures FROM indicators
                   WHERE article_id IN (SELECT article_id FROM newest) GROUP BY article_id) f USING (article_id)
        ORDER BY n.published_at DESC, n.article_id
        """,
        params + [limit],
    )


def article(store: Store, article_id: str) -> pd.DataFrame:
    return run(store, "SELECT * FROM articles WHERE article_id = ?", [article_id])


def article_topics(store: Store, article_id: str) -> pd.DataFrame:
    return run(
        store,
        "SELECT coalesce(t.label, x.topic) AS topic, x.score FROM article_topics x "
        "LEFT JOIN topics t USING (topic) WHERE x.article_id = ? ORDER BY x.score DESC",
        [article_id],
    )


def article_views(store: Store, article_id: str) -> pd.DataFrame:
    return run(
        store,
        "SELECT observed_at, views, placement, page_id FROM view_snapshots WHERE article_id = ? "
        "ORDER BY observed_at, views",
        [article_id],
    )


def article_indicators(store: Store, article_id: str) -> pd.DataFrame:
    return run(
        store,
        "SELECT i.indicator_id, i.surface, i.value, i.unit, i.item, i.qualifier, i.kind, i.is_change, i.direction, "
        "i.period_start, i.period_end, i.period_basis, i.metric_id, m.label, i.sentence, i.place FROM indicators i "
        "LEFT JOIN metrics m USING (metric_id) "
        "WHERE i.article_id = ? ORDER BY i.start_char",
        [article_id],
    )


# --- sidebar -------------------------------------------------------------------------------


def date_bounds(store: Store) -> dict[str, date | None]:
    """The first and last publication day in the store ({'first': None, 'last': None} if empty)."""
    bounds = run(
        store, "SELECT min(published_at)::DATE AS first, max(published_at)::DATE AS last FROM articles"
    )
    first, last = (bounds.iloc[0]["first"], bounds.iloc[0]["last"]) if not bounds.empty else (None, None)
    return {
        "first": None if first is None or pd.isna(first) else pd.Timestamp(first).date(),
        "last": None if last is None or pd.isna(last) else pd.Timestamp(last).date(),
    }


def filter_choices(store: Store) -> FilterChoices:
    """Date bounds, topics (id -> label) and sources for the sidebar."""
    bounds = date_bounds(store)
    topics = run(store, "SELECT topic, label FROM topics ORDER BY label")
    sources = run(store, f"SELECT DISTINCT {_publisher()} AS source FROM articles ORDER BY 1")
    languages = run(store, "SELECT DISTINCT coalesce(language, 'en') AS language FROM articles ORDER BY 1")
    return {
        "first": bounds["first"],
        "last": bounds["last"],
        "topics": dict(zip(topics["topic"], topics["label"], strict=True)) if not topics.empty else {},
        "sources": list(sources["source"]) if not sources.empty else [],
        "languages": list(languages["language"]) if not languages.empty else [],
    }


def store_exists_message(store: Store) -> str | None:
    """What to tell the user when there is nothing to show yet, or a store this version cannot read."""
    if not Path(store.path).exists():
        return f"No store at `{store.path}` yet. Run `ktpulse refresh data/` (or `make demo`) first."
    return _outdated_message(store.path, store.version)


@lru_cache(maxsize=8)
def _outdated_message(path: str, version: str) -> str | None:
    """A store made by an older ktpulse lacks columns the pages read: say so instead of failing
    on a missing column. Cached per store version (a refresh migrates and changes it)."""
    with duckdb.connect(path, read_only=True) as con:
        if not outdated(con):
            return None
        found = schema_version(con)
    return (
        f"The store at `{path}` was made by an older ktpulse (schema version {found}; this one reads "
        f"{SCHEMA_VERSION}). Run `ktpulse refresh --db {path}` once to bring it up to date: nothing is "
        "downloaded again."
    )


# --- readership at equal ages (crawled stores: several snapshots per article) --------------

# Every query here reads an article's counts from latest_views.captures: one count per capture
# (a page can list an article twice, main and Most viewed; the higher count is the later
# reading), oldest first, kept by refresh.


def views_at_age(store: Store, filters: Filters, hours: float, limit: int = 20) -> pd.DataFrame:
    """Each filtered article's views `hours` after publication, the most first.

    Read from the snapshot at that moment, or interpolated linearly between the real snapshots
    just before and just after it (`interpolated` true); an article without a snapshot on both
    sides of the moment is left out: never extrapolated. Only articles whose publication
    minute is known (a date-only stamp gives no age)."""
    where, params = filters.article_clause("l")
    return run(
        store,
        f"""
        WITH targets AS (
            SELECT l.article_id, l.published_at, l.observed_at, l.captures,
                   l.published_at + to_microseconds(CAST(? * 3600e6 AS BIGINT)) AS target_at
            FROM latest_views l
            WHERE {where} AND l.time_known AND l.snapshots > 1
        ),
        -- The captures either side of each article's moment, from its own captures in
        -- latest_views (grouping every snapshot took 0.6 s at 1M articles); both sides required.
        sides AS (
            SELECT article_id, published_at, target_at,
                   list_filter(captures, lambda c: c.observed_at <= target_at)[-1] AS before,
                   list_filter(captures, lambda c: c.observed_at >= target_at)[1] AS after
            FROM targets WHERE observed_at >= target_at  -- its latest capture reached the moment
        ),
        bracketed AS (
            SELECT article_id, published_at, target_at,
                   before.observed_at AS before_at, before.views AS before_views,
                   after.observed_at AS after_at, after.views AS after_views
            FROM sides WHERE before IS NOT NULL AND after IS NOT NULL
        ),
        valued AS (
            SELECT *, before_at <> target_at AS interpolated,
                   CASE WHEN before_at = target_at THEN before_views
                        ELSE before_views + (after_views - before_views)
                             * (epoch(target_at) - epoch(before_at)) / (epoch(after_at) - epoch(before_at))
                   END AS views_at_age
            FROM bracketed
        ),
        ranked AS (
            SELECT *, count(*) OVER (PARTITION BY round(views_at_age)) AS tied FROM valued
            ORDER BY round(views_at_age) DESC, published_at DESC, article_id
            LIMIT ?
        )
        SELECT v.article_id, a.title, v.published_at, round(v.views_at_age) AS views_at_age, v.interpolated,
               v.before_at, v.before_views, v.after_at, v.after_views, v.tied
        FROM ranked v JOIN articles a USING (article_id)
        ORDER BY round(v.views_at_age) DESC, v.published_at DESC, v.article_id
        """,
        [hours, *params, limit],
    )


def age_curve_choices(
    store: Store, filters: Filters, min_snapshots: int = 3, limit: int = 200
) -> pd.DataFrame:
    """Articles captured at `min_snapshots` times or more and with a known publication minute, the
    most read first: the ones whose views-against-age curve says something. Captures, not counts
    (latest_views.snapshots): the synthetic store's stories, each printed seven times on pages of
    one capture, were offered as "3 or more snapshots" and drawn as one mark each, at one age."""
    where, params = filters.article_clause("l")
    return run(
        store,
        f"""
        WITH top AS (
            SELECT l.article_id, l.published_at, l.views, len(l.captures) AS snapshots FROM latest_views l
            WHERE {where} AND len(l.captures) >= ?
            ORDER BY l.views DESC, l.published_at DESC, l.article_id LIMIT ?
        )
        SELECT t.article_id, a.title, t.views, t.snapshots
        FROM top t JOIN articles a USING (article_id)
        WHERE a.time_known
        ORDER BY t.views DESC, t.published_at DESC, t.article_id
        """,
        [*params, min_snapshots, limit],
    )


def views_by_age(store: Store, article_ids: list[str]) -> pd.DataFrame:
    """Every count of the chosen articles with its age in hours at capture (one per capture)."""
    if not article_ids:
        return pd.DataFrame(columns=["article_id", "title", "observed_at", "age_hours", "views"])
    return run(
        store,
        """
        WITH captures AS (
            SELECT article_id, unnest(captures, recursive := true)
            FROM latest_views WHERE article_id = ANY(?::VARCHAR[])
        )
        SELECT c.article_id, a.title, c.observed_at,
               (epoch(c.observed_at) - epoch(a.published_at)) / 3600.0 AS age_hours, c.views
        FROM captures c JOIN articles a USING (article_id)
        WHERE a.time_known AND c.observed_at >= a.published_at
        ORDER BY a.title, c.observed_at
        """,
        [article_ids],
    )


def fastest_growing(store: Store, filters: Filters, limit: int = 15) -> pd.DataFrame:
    """Views gained in the store's last day (the 24 h before its latest capture), the most first.

    The count at the start of the day is a real snapshot there, or interpolated between the
    real ones around it; for an article published within the day it is 0 (its count at
    publication). An article with no count before the day's start and published before it is
    left out: never extrapolated. The gain runs to the article's latest capture (`until`)."""
    where, params = filters.article_clause("l")
    return run(
        store,
        f"""
        WITH window_end AS (SELECT max(observed_at) AS until FROM latest_views),
        recent AS (
            SELECT l.article_id, l.published_at, l.views, l.observed_at, l.captures,
                   (SELECT until FROM window_end) - INTERVAL 1 DAY AS since, l.time_known
            FROM latest_views l
            WHERE {where} AND l.observed_at > (SELECT until FROM window_end) - INTERVAL 1 DAY
              -- one count, taken within the day: no start count unless published within it
              AND (l.snapshots > 1 OR (l.time_known AND l.published_at >= (SELECT until FROM window_end) - INTERVAL 1 DAY))
        ),
        -- The day's start is one moment for every article: the captures either side of it come
        -- from the article's own captures in latest_views (grouping every snapshot took 1.3 s
        -- of the page's time at 1M articles).
        started AS (
            SELECT r.*, b.observed_at AS before_at, b.views AS before_views,
                   f.observed_at AS after_at, f.views AS after_views
            FROM (SELECT recent.*,
                         list_filter(captures, lambda c: c.observed_at <= since)[-1] AS b,
                         list_filter(captures, lambda c: c.observed_at >= since)[1] AS f
                  FROM recent) r
        ),
        gains AS (
            SELECT article_id, published_at, since, observed_at AS until, views,
                   CASE WHEN time_known AND published_at >= since THEN 0
                        WHEN before_at = since THEN before_views
                        WHEN before_at IS NOT NULL AND after_at IS NOT NULL
                        THEN before_views + (after_views - before_views)
                             * (epoch(since) - epoch(before_at)) / (epoch(after_at) - epoch(before_at))
                   END AS views_at_start,
                   CASE WHEN time_known AND published_at >= since THEN 'published within the day'
                        WHEN before_at = since THEN 'snapshot'
                        ELSE 'interpolated' END AS start_from
            FROM started
        ),
        gained AS (
            SELECT *, round(views - views_at_start) AS views_gained FROM gains WHERE views_at_start IS NOT NULL
        ),
        top AS (
            SELECT *, count(*) OVER (PARTITION BY views_gained) AS tied FROM gained
            ORDER BY views_gained DESC, published_at DESC, article_id LIMIT ?
        )
        SELECT t.article_id, a.title, t.published_at, t.since, t.until, round(t.views_at_start) AS views_at_start,
               t.views, t.views_gained, t.start_from, t.tied
        FROM top t JOIN articles a USING (article_id)
        ORDER BY t.views_gained DESC, t.published_at DESC, t.article_id
        """,
        [*params, limit],
    )
