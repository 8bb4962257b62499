"""The dashboard's one read-only query layer over the DuckDB store.

Every query goes through `run`, cached by `st.cache_data` on (store path, store version,
SQL, parameters): a refresh changes the version, so new data shows without a restart, and
unchanged data is not read again. Pages never open the store themselves.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

from etl.store import default_db_path


@dataclass(frozen=True)
class Filters:
    """The sidebar's filters; every page applies them to the articles it reads."""

    date_from: date | None = None
    date_to: date | None = None
    topics: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()

    def article_clause(self, alias: str = "a") -> tuple[str, list]:
        """SQL condition on articles `alias` and its parameters."""
        parts, params = ["TRUE"], []
        if self.date_from:
            parts.append(f"{alias}.published_at >= ?")
            params.append(self.date_from)
        if self.date_to:
            parts.append(f"{alias}.published_at < ?")
            params.append(self.date_to + timedelta(days=1))
        if self.topics:
            marks = ", ".join("?" * len(self.topics))
            parts.append(
                f"{alias}.article_id IN (SELECT article_id FROM article_topics WHERE topic IN ({marks}))"
            )
            params.extend(self.topics)
        if self.sources:
            marks = ", ".join("?" * len(self.sources))
            parts.append(f"coalesce({alias}.source, 'unknown') IN ({marks})")
            params.extend(self.sources)
        return " AND ".join(parts), params


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
    """'' when there is no store; else its and its WAL's modification times and sizes."""
    parts = []
    for candidate in (path, path.with_name(path.name + ".wal")):
        if candidate.exists():
            stat = candidate.stat()
            parts.append(f"{stat.st_mtime_ns}:{stat.st_size}")
    return "|".join(parts) if path.exists() else ""


def query(path: str, sql: str, params: tuple = ()) -> pd.DataFrame:
    """Run one read-only query (uncached; benchmarks call this directly)."""
    with duckdb.connect(path, read_only=True) as con:
        return con.execute(sql, list(params)).df()


@st.cache_data(show_spinner=False, max_entries=512)
def _cached(path: str, version: str, sql: str, params: tuple) -> pd.DataFrame:
    return query(path, sql, params)


def run(store: Store, sql: str, params: list | tuple = ()) -> pd.DataFrame:
    """A query's result, cached on the store's version; empty when there is no store."""
    if not store.exists:
        return pd.DataFrame()
    return _cached(store.path, store.version, sql, tuple(params))


# --- overview ------------------------------------------------------------------------------


def headline_counts(store: Store, filters: Filters) -> dict[str, object]:
    where, params = filters.article_clause()
    frame = run(
        store,
        f"""
        SELECT (SELECT count(*) FROM articles a WHERE {where}) AS articles,
               (SELECT count(*) FROM pages WHERE status = 'ok') AS pages_ingested,
               (SELECT count(*) FROM pages WHERE status = 'rejected') AS pages_rejected,
               (SELECT max(finished_at) FROM refresh_runs) AS latest_refresh,
               (SELECT count(*) FROM indicators i JOIN articles a USING (article_id) WHERE {where}) AS indicators,
               (SELECT count(*) FROM contradictions) AS contradictions
        """,
        params + params,
    )
    return frame.iloc[0].to_dict() if not frame.empty else {}


def newest_figures(store: Store, filters: Filters, limit: int = 10) -> pd.DataFrame:
    where, params = filters.article_clause()
    return run(
        store,
        f"""
        SELECT i.indicator_id, a.published_at, a.title, i.value, i.unit, i.item, i.kind,
               i.period_start, i.period_end, i.surface, i.metric_id
        FROM indicators i JOIN articles a USING (article_id)
        WHERE {where} AND i.metric_id IS NOT NULL
        ORDER BY a.published_at DESC, i.start_char
        LIMIT ?
        """,
        params + [limit],
    )


# --- readership ----------------------------------------------------------------------------


def readership(store: Store, filters: Filters, limit: int | None = None) -> pd.DataFrame:
    """Latest views per article (with views per day and rank) for the filtered articles."""
    where, params = filters.article_clause()
    return run(
        store,
        f"""
        SELECT r.article_id, r.title, r.published_at, coalesce(r.source, 'unknown') AS source,
               r.observed_at, r.views, r.days_since_publication, r.views_per_day, r.views_rank
        FROM readership_latest r JOIN articles a USING (article_id)
        WHERE {where}
        ORDER BY r.views DESC
        {"LIMIT ?" if limit else ""}
        """,
        params + ([limit] if limit else []),
    )


def readership_totals(store: Store, filters: Filters) -> pd.DataFrame:
    """Articles and views in the filtered period and in the previous period of the same length."""
    if not (filters.date_from and filters.date_to):
        return pd.DataFrame()
    length = filters.date_to - filters.date_from + timedelta(days=1)
    previous = Filters(
        filters.date_from - length, filters.date_from - timedelta(days=1), filters.topics, filters.sources
    )
    frames = []
    for label, window in (("current", filters), ("previous", previous)):
        where, params = window.article_clause()
        frame = run(
            store,
            f"""
            SELECT ? AS period, ? AS date_from, ? AS date_to, count(*) AS articles,
                   coalesce(sum(r.views), 0) AS views, avg(r.views_per_day) AS mean_views_per_day
            FROM readership_latest r JOIN articles a USING (article_id) WHERE {where}
            """,
            [label, window.date_from, window.date_to] + params,
        )
        frames.append(frame)
    return pd.concat(frames, ignore_index=True)


def readership_growth(store: Store, filters: Filters, limit: int = 50) -> pd.DataFrame:
    where, params = filters.article_clause()
    return run(
        store,
        f"""
        SELECT a.title, g.previous_observed_at, g.observed_at, g.previous_views, g.views,
               g.views_gained, g.hours_between, g.views_gained_per_day
        FROM readership_growth g JOIN articles a USING (article_id)
        WHERE {where}
        ORDER BY g.views_gained DESC
        LIMIT ?
        """,
        params + [limit],
    )


def readership_by(store: Store, filters: Filters, dimension: str) -> pd.DataFrame:
    """Views by 'topic' or by 'source' over the filtered articles' latest snapshots."""
    where, params = filters.article_clause()
    if dimension == "topic":
        sql = f"""
            SELECT coalesce(t2.label, t.topic) AS topic, count(*) AS articles, sum(r.views) AS views,
                   avg(r.views_per_day) AS mean_views_per_day
            FROM readership_latest r JOIN articles a USING (article_id)
            JOIN article_topics t USING (article_id) LEFT JOIN topics t2 ON t2.topic = t.topic
            WHERE {where} GROUP BY 1 ORDER BY views DESC"""
    else:
        sql = f"""
            SELECT coalesce(a.source, 'unknown') AS source, count(*) AS articles, sum(r.views) AS views,
                   avg(r.views_per_day) AS mean_views_per_day
            FROM readership_latest r JOIN articles a USING (article_id)
            WHERE {where} GROUP BY 1 ORDER BY views DESC"""
    return run(store, sql, params)


# --- metric series -------------------------------------------------------------------------


def metric_values(store: Store, filters: Filters, prefix: str) -> pd.DataFrame:
    """Facts (as in the store's metric_values view) of the metrics whose id starts with
    `prefix`, counting only the reports in filtered articles."""
    where, params = filters.article_clause()
    return run(
        store,
        f"""
        SELECT i.metric_id, m.label, i.category, i.kind, i.is_change, i.period_start, i.period_end,
               i.value, i.unit, count(DISTINCT i.article_id) AS sources, count(*) AS mentions,
               min(i.indicator_id) AS indicator_id, min(a.published_at) AS first_published_at
        FROM indicators i JOIN articles a USING (article_id) JOIN metrics m USING (metric_id)
        WHERE i.metric_id LIKE ? || '%' AND {where}
        GROUP BY i.metric_id, m.label, i.category, i.kind, i.is_change, i.period_start, i.period_end, i.value, i.unit
        ORDER BY i.metric_id, i.period_end NULLS LAST, i.period_start NULLS FIRST, i.kind
        """,
        [prefix] + params,
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
               (SELECT list(DISTINCT year(period_end) ORDER BY 1) FROM indicators WHERE period_end IS NOT NULL)
                   AS years
        """,
    )
    if frame.empty:
        return {"units": [], "kinds": [], "metrics": [], "years": []}
    row = frame.iloc[0]
    return {
        key: list(row[key]) if row[key] is not None else [] for key in ("units", "kinds", "metrics", "years")
    }


def indicators(
    store: Store,
    filters: Filters,
    units: tuple[str, ...] = (),
    kinds: tuple[str, ...] = (),
    year: int | None = None,
    text: str = "",
    limit: int = 2000,
) -> pd.DataFrame:
    where, params = filters.article_clause()
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
        conditions.append("(i.item ILIKE ? OR i.sentence ILIKE ?)")
        params += [f"%{text}%", f"%{text}%"]
    return run(
        store,
        f"""
        SELECT i.indicator_id, a.published_at, coalesce(a.source, 'unknown') AS source, a.title,
               i.value, i.unit, i.item, i.qualifier, i.kind, i.is_change, i.period_start, i.period_end,
               i.metric_id, i.category, i.surface
        FROM indicators i JOIN articles a USING (article_id)
        WHERE {" AND ".join(conditions)}
        ORDER BY a.published_at DESC, i.article_id, i.start_char
        LIMIT ?
        """,
        params + [limit],
    )


def indicator_detail(store: Store, indicator_id: str) -> pd.DataFrame:
    return run(
        store,
        """
        SELECT i.*, a.title, a.published_at, a.source, a.source_via, a.url
        FROM indicators i JOIN articles a USING (article_id) WHERE i.indicator_id = ?
        """,
        [indicator_id],
    )


def same_fact_elsewhere(store: Store, indicator_id: str) -> pd.DataFrame:
    """Other articles reporting the same fact (same metric, period, kind and value)."""
    return run(
        store,
        """
        SELECT i2.indicator_id, a.published_at, a.title, coalesce(a.source, 'unknown') AS source, i2.sentence
        FROM indicators i1
        JOIN indicators i2
          ON i2.metric_id = i1.metric_id AND i2.value = i1.value AND i2.kind = i1.kind
         AND i2.period_start IS NOT DISTINCT FROM i1.period_start
         AND i2.period_end IS NOT DISTINCT FROM i1.period_end
         AND i2.category IS NOT DISTINCT FROM i1.category
         AND i2.article_id <> i1.article_id
        JOIN articles a ON a.article_id = i2.article_id
        WHERE i1.indicator_id = ?
        ORDER BY a.published_at
        """,
        [indicator_id],
    )


def contradictions(store: Store) -> pd.DataFrame:
    return run(
        store,
        """
        SELECT c.metric_id, m.label, c.category, c.kind, c.period_start, c.period_end, c.unit,
               c.value_a, c.value_b, c.ratio, aa.title AS title_a, ab.title AS title_b,
               aa.published_at AS published_a, ab.published_at AS published_b,
               c.sentence_a, c.sentence_b, c.indicator_id_a, c.indicator_id_b
        FROM contradictions c
        JOIN metrics m USING (metric_id)
        JOIN articles aa ON aa.article_id = c.article_id_a
        JOIN articles ab ON ab.article_id = c.article_id_b
        ORDER BY c.ratio DESC
        """,
    )


# --- articles ------------------------------------------------------------------------------


def articles(store: Store, filters: Filters, text: str = "", limit: int = 500) -> pd.DataFrame:
    where, params = filters.article_clause()
    if text:
        where += " AND (a.title ILIKE ? OR a.body ILIKE ?)"
        params += [f"%{text}%", f"%{text}%"]
    return run(
        store,
        f"""
        SELECT a.article_id, a.published_at, a.title, coalesce(a.source, 'unknown') AS source,
               a.body IS NOT NULL AS has_body, r.views
        FROM articles a LEFT JOIN readership_latest r USING (article_id)
        WHERE {where}
        ORDER BY a.published_at DESC
        LIMIT ?
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
        "SELECT indicator_id, surface, value, unit, item, qualifier, kind, period_start, period_end, metric_id, "
        "sentence FROM indicators WHERE article_id = ? ORDER BY start_char",
        [article_id],
    )


# --- sidebar -------------------------------------------------------------------------------


def filter_choices(store: Store) -> dict[str, object]:
    """Date bounds, topics (id -> label) and sources for the sidebar."""
    bounds = run(
        store, "SELECT min(published_at)::DATE AS first, max(published_at)::DATE AS last FROM articles"
    )
    topics = run(store, "SELECT topic, label FROM topics ORDER BY label")
    sources = run(store, "SELECT DISTINCT coalesce(source, 'unknown') AS source FROM articles ORDER BY 1")
    first, last = (bounds.iloc[0]["first"], bounds.iloc[0]["last"]) if not bounds.empty else (None, None)
    return {
        "first": None if first is None or pd.isna(first) else pd.Timestamp(first).date(),
        "last": None if last is None or pd.isna(last) else pd.Timestamp(last).date(),
        "topics": dict(zip(topics["topic"], topics["label"], strict=True)) if not topics.empty else {},
        "sources": list(sources["source"]) if not sources.empty else [],
    }


def store_exists_message(store: Store) -> str | None:
    """What to tell the user when there is nothing to show yet."""
    if not os.path.exists(store.path):
        return f"No store at `{store.path}` yet. Run `ktpulse refresh data/` (or `make demo`) first."
    return None
