"""Re-deriving stored data when its recipe changes: taxonomy, metric catalog, extractor version,
the contradiction rule (and the parser version, which refresh acts on by re-reading the raw files:
etl/pipeline/refresh.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from functools import partial

import duckdb
import pandas as pd

from etl.extract.catalog import (
    MAPPING_RULES_VERSION,
    FigureFacts,
    ItemNames,
    Metric,
    item_name,
    load_item_names,
    map_metric,
)
from etl.extract.indicators import EXTRACTOR_VERSION
from etl.extract.topics import MATCHING_RULES_VERSION, Taxonomy, classify
from etl.identity import content_id
from etl.sites import PARSER_VERSION
from etl.sites.ktkz.sources import preferred_spelling, source_key
from etl.store import database
from etl.store.facts import FACT_GROUP, FACT_KEY, fact_rows, interval_sql, item_words_sql
from etl.transform.ingest import INDICATOR_COLUMNS, PreviousSentences, figure_rows

TAXONOMY_META_KEY = "taxonomy_sha256"
CATALOG_META_KEY = "catalog_sha256"
EXTRACTOR_META_KEY = "extractor_version"
PARSER_META_KEY = "parser_version"
CONTRADICTION_META_KEY = "contradiction_rule_version"
# Page ids (space-separated) the current parser has still to read: their re-read failed, so
# they keep an older parser's rows until a later refresh reads them.
UNREAD_BY_PARSER_META_KEY = "pages_still_to_reread"

Mapper = Callable[[Callable, Iterable], Iterable]  # map() or a process pool's map


def current_recipe(taxonomy_path, catalog_path) -> dict[str, str]:
    """What the derived data is made with; a store whose meta differs is re-derived."""
    return {
        # likewise the taxonomy file and how its keywords are matched
        TAXONOMY_META_KEY: content_id(taxonomy_path.read_bytes() + MATCHING_RULES_VERSION.encode()),
        # the file and the code that reads it: a change to either re-maps every figure
        CATALOG_META_KEY: content_id(catalog_path.read_bytes() + MAPPING_RULES_VERSION.encode()),
        EXTRACTOR_META_KEY: EXTRACTOR_VERSION,
        PARSER_META_KEY: PARSER_VERSION,
        CONTRADICTION_META_KEY: CONTRADICTION_RULE_VERSION,
    }


def write_indicator_rows(
    con: duckdb.DuckDBPyConnection,
    rows: list[tuple],
    published_at: dict[str, datetime],
    topics: dict[str, list[str]],
) -> None:
    """Insert indicator rows (INDICATOR_COLUMNS order), each with its article's publication
    time and topic ids."""
    frame = pd.DataFrame(rows, columns=list(INDICATOR_COLUMNS))
    frame["published_at"] = pd.to_datetime(frame["article_id"].map(published_at))
    frame["topics"] = frame["article_id"].map(topics)
    database.insert_frame(con, "indicators", frame, [*INDICATOR_COLUMNS, "published_at", "topics"])


# Articles per step of a re-derivation (new taxonomy, extractor or catalog): one step's bodies
# and figures are in memory at a time, so re-deriving a store of any size keeps a bounded RSS.
REDERIVE_CHUNK = 20_000


def _articles_in_chunks(con: duckdb.DuckDBPyConnection, columns: str, where: str = "TRUE") -> Iterator[list]:
    """Rows of `columns` of the articles matching `where`, REDERIVE_CHUNK articles at a time,
    by ranges of article_id. (Not by rowid: DuckDB moves a row whose list column is updated
    to a new rowid, far past the others until the transaction commits.)"""
    starts = [
        first
        for (first,) in con.execute(
            "SELECT article_id FROM (SELECT article_id, row_number() OVER (ORDER BY article_id) - 1 AS n "
            "FROM articles) WHERE n % ? = 0 ORDER BY article_id",
            [REDERIVE_CHUNK],
        ).fetchall()
    ]
    for start, end in zip(starts, [*starts[1:], None], strict=False):
        below_end, params = ("article_id < ?", [start, end]) if end is not None else ("TRUE", [start])
        rows = con.execute(
            f"SELECT {columns} FROM articles WHERE article_id >= ? AND {below_end} AND {where}", params
        ).fetchall()
        if rows:
            yield rows


def fold_source_spellings(con: duckdb.DuckDBPyConnection) -> int:
    """Spellings of one publisher that differ in case or spacing ("EnergyProm", "Energyprom")
    are shown under one name (sources.preferred_spelling), in articles and latest_views alike,
    so readership by source and the source filter count them once. What each article credited
    stays in articles.source_credit. The number of articles renamed."""
    spellings: dict[str, list[str]] = {}
    for table, column in (("articles", "source"), ("articles", "source_via")):
        for (name,) in con.execute(
            f"SELECT DISTINCT {column} FROM {table} WHERE {column} IS NOT NULL"
        ).fetchall():
            spellings.setdefault(source_key(name), []).append(name)
    renames = [
        (name, shown)
        for names in spellings.values()
        if len(set(names)) > 1
        for shown in [preferred_spelling(names)]
        for name in set(names)
        if name != shown
    ]
    if not renames:
        return 0
    con.register("_renamed", pd.DataFrame(renames, columns=["spelled", "shown"]))
    try:
        renamed = con.execute(
            "UPDATE articles SET source = r.shown FROM _renamed r WHERE articles.source = r.spelled"
        ).fetchone()
        con.execute(
            "UPDATE articles SET source_via = r.shown FROM _renamed r WHERE articles.source_via = r.spelled"
        )
        con.execute(
            "UPDATE latest_views SET source = r.shown FROM _renamed r WHERE latest_views.source = r.spelled"
        )
    finally:
        database.unregister(con, "_renamed")
    return int(renamed[0]) if renamed else 0


def sync_taxonomy(con: duckdb.DuckDBPyConnection, taxonomy: Taxonomy, taxonomy_sha: str) -> int:
    """Keep `topics` in step with the taxonomy file; re-tag every article when it changed."""
    if database.get_meta(con, TAXONOMY_META_KEY) == taxonomy_sha:
        return 0
    con.execute("DELETE FROM topics")
    con.executemany("INSERT INTO topics VALUES (?, ?)", [(t.topic_id, t.label) for t in taxonomy.topics])
    con.execute("DELETE FROM article_topics")
    retagged = 0
    for articles in _articles_in_chunks(con, "article_id, title, body"):
        rows = [
            (aid, s.topic, s.score) for aid, title, body in articles for s in classify(taxonomy, title, body)
        ]
        frame = pd.DataFrame(rows, columns=["article_id", "topic", "score"])
        database.insert_frame(con, "article_topics", frame, list(frame.columns))
        retagged += len(articles)
    database.fill_topic_lists(con)
    database.set_meta(con, TAXONOMY_META_KEY, taxonomy_sha)
    return retagged


def _extract_article(args: tuple, catalog: tuple[Metric, ...]) -> tuple[tuple, ...]:
    article, title, body, published_at, _, language = args
    return figure_rows(article, title, body, published_at.date(), catalog, language)


_EXTRACTED_COLUMNS = "article_id, title, body, published_at, topics, language"


def _write_extracted(
    con: duckdb.DuckDBPyConnection, catalog: tuple[Metric, ...], mapper: Mapper, articles: list
) -> None:
    rows = [row for rows in mapper(partial(_extract_article, catalog=catalog), articles) for row in rows]
    write_indicator_rows(
        con,
        rows,
        {article: published_at for article, _, _, published_at, *_ in articles},
        {article: topics for article, _, _, _, topics, _ in articles},
    )


def extractor_changed(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the stored figures were found by another extractor than this one."""
    return database.get_meta(con, EXTRACTOR_META_KEY) != EXTRACTOR_VERSION


def sync_extractor(
    con: duckdb.DuckDBPyConnection,
    catalog: tuple[Metric, ...],
    mapper: Mapper,
    rereading: list[str] | None = None,
) -> int:
    """Re-extract every stored body when the extractor's output changed since it was stored.

    Articles listed only on the pages in `rereading` are left out: reading those pages again
    replaces them, figures and all (and a page whose new reading fails has its articles put
    back and extracted then, see extract_articles), so extracting them here would be thrown
    away. The number of articles re-extracted."""
    if not extractor_changed(con):
        return 0
    con.execute("DELETE FROM indicators")
    where = "body IS NOT NULL"
    if rereading:
        con.execute(
            "CREATE OR REPLACE TEMP TABLE _replaced_by_rereading AS SELECT article_id FROM page_listings "
            "GROUP BY article_id HAVING bool_and(page_id = ANY(?::VARCHAR[]))",
            [rereading],
        )
        where += " AND article_id NOT IN (SELECT article_id FROM _replaced_by_rereading)"
    extracted = 0
    try:
        for articles in _articles_in_chunks(con, _EXTRACTED_COLUMNS, where):
            _write_extracted(con, catalog, mapper, articles)
            extracted += len(articles)
    finally:
        con.execute("DROP TABLE IF EXISTS _replaced_by_rereading")
    database.set_meta(con, EXTRACTOR_META_KEY, EXTRACTOR_VERSION)
    return extracted


def extract_articles(
    con: duckdb.DuckDBPyConnection, catalog: tuple[Metric, ...], article_ids: list[str]
) -> None:
    """Extract these articles' figures afresh (rows put back from an older store, after this
    run re-extracted or re-mapped the others)."""
    con.execute("DELETE FROM indicators WHERE article_id = ANY(?::VARCHAR[])", [article_ids])
    articles = con.execute(
        f"SELECT {_EXTRACTED_COLUMNS} FROM articles WHERE article_id = ANY(?::VARCHAR[]) AND body IS NOT NULL",
        [article_ids],
    ).fetchall()
    _write_extracted(con, catalog, map, articles)


def _remap(con: duckdb.DuckDBPyConnection, catalog: tuple[Metric, ...], articles: list) -> int:
    """Re-map the figures of these (article_id, title, body) articles onto the catalog."""
    texts = {article: (title, body) for article, title, body in articles}
    stored = con.execute(
        "SELECT indicator_id, unit, item, kind, is_change, sentence, start_char - sentence_start, "
        "article_id, start_char, place FROM indicators WHERE article_id = ANY(?::VARCHAR[])",
        [list(texts)],
    ).fetchall()
    mapped = []
    previous: dict[str, PreviousSentences] = {}  # each body split once, not once per figure
    for figure, unit, item, kind, is_change, sentence, offset, article, start_char, place in stored:
        title, body = texts[article]
        if article not in previous:
            previous[article] = PreviousSentences(body)
        facts = FigureFacts(
            unit, item, kind, is_change, sentence, offset, title, previous[article].before(start_char), place
        )
        mapped.append((figure, *(map_metric(catalog, facts) or (None, None))))
    if mapped:
        columns = ["indicator_id", "metric_id", "category"]
        con.register(
            "_mapped", database.typed_rows(con, "indicators", pd.DataFrame(mapped, columns=columns), columns)
        )
        try:
            con.execute(
                "UPDATE indicators SET metric_id = m.metric_id, category = m.category FROM _mapped m "
                "WHERE indicators.indicator_id = m.indicator_id AND indicators.article_id = ANY(?::VARCHAR[])",
                [list(texts)],
            )
        finally:
            database.unregister(con, "_mapped")
    return len(mapped)


def sync_catalog(con: duckdb.DuckDBPyConnection, catalog: tuple[Metric, ...], catalog_sha: str) -> int:
    """Keep `metrics` in step with the catalog file; re-map every indicator when it changed."""
    if database.get_meta(con, CATALOG_META_KEY) == catalog_sha:
        return 0
    con.execute("DELETE FROM metrics")
    con.executemany(
        "INSERT INTO metrics VALUES (?, ?, ?, ?)", [(m.metric_id, m.label, m.topic, m.unit) for m in catalog]
    )
    remapped = sum(
        _remap(con, catalog, articles)
        for articles in _articles_in_chunks(con, "article_id, title, body", "body IS NOT NULL")
    )
    database.set_meta(con, CATALOG_META_KEY, catalog_sha)
    return remapped


# The contradictions table is stored, not computed when the dashboard reads it, so a store keeps
# the pairs its last rebuild flagged. Change this whenever what is flagged changes (this SQL, the
# qualifier bounds or item wording of etl/store/facts.py): refresh then recomputes every pair of
# a store built by another version (rule_changed), as EXTRACTOR_VERSION re-extracts.
CONTRADICTION_RULE_VERSION = "2026-11-27.intervals-same-item-any-language-same-place-direction-stated-periods"
# Per metric, category, kind and period, the values compared are the most-reported ones: a
# real series has a handful of values, and this bounds the pairs on any store.
CONTRADICTION_VALUES_PER_GROUP = 20
# What makes a group of comparable figures.
GROUP_KEYS = ("metric_id", "kind", "category", "period_start", "period_end")
_FIGURE_COLUMNS = ("indicator_id", "article_id", "metric_id", "category", "kind", "is_change", "period_start",
                   "period_end", "unit", "value", "qualifier", "item", "surface", "sentence", "sentence_start",
                   "published_at", "place", "direction", "period_basis")  # fmt: skip
# Articles are matched with `article_id = ANY(?::VARCHAR[])`: DuckDB applies it inside the scan
# (a hash lookup per row: 20 or 20,000 ids cost about the same), where a join would read more.


def _contradictions_sql() -> str:
    """INSERT INTO contradictions from `{figures}`: per fact (its place included: a region's figure
    never contradicts the country's) and item wording, the interval its
    reports allow together (the loosest: from the lowest low to the highest high, so that a
    pair is flagged only when no report of one fact can hold with any report of the other);
    two facts of one group, unit and item contradict when those intervals do not meet. An item
    is its catalog English name where `_item_families` gives one ("экспорт IT-услуг" and
    "exports of IT services" are one item), else its wording (item_words_sql), as the
    dashboard's progress compares items. Each side is shown by its first report of that item.

    Only facts whose period some report writes in its own sentence are compared: a period taken
    from the headline, an earlier sentence or the publication day says nothing sure about the
    span a figure covers ("11 events held" this year so far in the south and west, dated 2025 by
    the sentence before it, is no contradiction of "more than 15 thousand events" the campaign
    held, dated 2025 by the article's lead)."""
    low, high = interval_sql("value", "qualifier")
    key = ", ".join(FACT_KEY)
    group = ", ".join(FACT_GROUP)
    return f"""
        INSERT INTO contradictions
        WITH reports AS (
            SELECT {key}, indicator_id, coalesce(n.family, {item_words_sql("r.item")}) AS item_words,
                   {low} AS low, {high} AS high, period_basis
            FROM {{figures}} r LEFT JOIN _item_families n ON n.item = r.item
            WHERE metric_id IS NOT NULL AND (period_start IS NOT NULL OR period_end IS NOT NULL)
        ), facts AS (
            SELECT {key}, item_words, count(*) AS mentions, min(indicator_id) AS indicator_id,
                   min(low) AS low, max(high) AS high
            FROM reports GROUP BY {key}, item_words
            HAVING bool_or(period_basis = 'sentence')
        ), ranked AS (
            SELECT *, row_number() OVER (
                PARTITION BY {group}, item_words ORDER BY mentions DESC, indicator_id) AS rank_in_group
            FROM facts
        ), compared AS (SELECT * FROM ranked WHERE rank_in_group <= {CONTRADICTION_VALUES_PER_GROUP})
        SELECT a.metric_id, a.category, a.kind, a.period_start, a.period_end, a.unit, a.place,
               a.indicator_id, b.indicator_id, a.value, b.value,
               abs(b.value) / nullif(abs(a.value), 0),
               ia.article_id, ib.article_id, ia.sentence, ib.sentence
        FROM compared a
        JOIN compared b
          ON a.metric_id = b.metric_id AND a.kind = b.kind AND a.is_change = b.is_change
         -- changes are compared with changes the same way: a rise of 5% beside a fall of 3% is
         -- no disagreement of sizes (values are stored unsigned)
         AND a.direction IS NOT DISTINCT FROM b.direction
         AND a.category IS NOT DISTINCT FROM b.category
         AND a.period_start IS NOT DISTINCT FROM b.period_start
         AND a.period_end IS NOT DISTINCT FROM b.period_end
         AND a.unit IS NOT DISTINCT FROM b.unit
         AND a.place IS NOT DISTINCT FROM b.place
         AND abs(a.value) < abs(b.value)
         AND a.item_words = b.item_words
        JOIN {{figures}} ia ON ia.indicator_id = a.indicator_id
        JOIN {{figures}} ib ON ib.indicator_id = b.indicator_id
        WHERE (a.high < b.low OR b.high < a.low)
          AND NOT (ia.article_id = ib.article_id AND ia.sentence_start = ib.sentence_start)
        -- one row per pair of facts, whichever item wording they share
        QUALIFY row_number() OVER (
            PARTITION BY {", ".join("a." + c for c in FACT_KEY)}, b.value, b.unit
            ORDER BY a.indicator_id, b.indicator_id) = 1
        """


_CONTRADICTIONS = _contradictions_sql()


def in_group(alias: str, groups: str = "g") -> str:
    return " AND ".join(f"{alias}.{key} IS NOT DISTINCT FROM {groups}.{key}" for key in GROUP_KEYS)


def _scope_to_changed_groups(con: duckdb.DuckDBPyConnection, changed_articles: list[str]) -> None:
    """_figures: the indicators of every metric/period group a changed article has a figure
    in; and those groups' contradictions deleted. One scan of indicators for the groups, one
    for their figures, instead of one per join of the comparison."""
    keys = ", ".join(GROUP_KEYS)
    con.execute(
        f"CREATE TEMP TABLE _groups AS SELECT DISTINCT {keys} FROM indicators "
        "WHERE metric_id IS NOT NULL AND article_id = ANY(?::VARCHAR[])",
        [changed_articles],
    )
    con.execute(
        f"CREATE TEMP TABLE _figures AS SELECT {', '.join('i.' + c for c in _FIGURE_COLUMNS)} "
        f"FROM indicators i JOIN _groups g ON {in_group('i')}"
    )
    for table in ("contradictions", "metric_facts"):
        con.execute(
            f"DELETE FROM {table} WHERE rowid IN "
            f"(SELECT c.rowid FROM {table} c JOIN _groups g ON {in_group('c')})"
        )


def contradiction_rule_changed(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the store's contradictions were flagged by another CONTRADICTION_RULE_VERSION
    (or by none recorded: a store from before the version): then all are to be recomputed."""
    return database.get_meta(con, CONTRADICTION_META_KEY) != CONTRADICTION_RULE_VERSION


# by name: a column a migration added (direction) stands last in an older store's table
_METRIC_FACT_COLUMNS = ", ".join(
    (
        *FACT_KEY,
        "sources",
        "mentions",
        "indicator_id",
        "first_published_at",
        "article_id",
        "item",
        "surface",
        "sentence",
    )
)


def _write_item_families(con: duckdb.DuckDBPyConnection, figures: str, names: ItemNames) -> None:
    """_item_families: each mapped item of `figures` that names one [item_names] entry, with that
    English name's words casefolded (as item_words_sql writes them). Looked up once per distinct
    item, not per report: a store repeats its items many times."""
    items = [item for (item,) in con.execute(
        f"SELECT DISTINCT item FROM {figures} WHERE metric_id IS NOT NULL AND item IS NOT NULL").fetchall()]  # fmt: skip
    named = [(item, name) for item in items if (name := item_name(names, item)) is not None]
    frame = pd.DataFrame(named, columns=["item", "name"])
    con.execute("CREATE OR REPLACE TEMP TABLE _item_families (item VARCHAR, family VARCHAR)")
    if named:
        con.register("_item_names_frame", frame)
        con.execute(
            f"INSERT INTO _item_families SELECT item, {item_words_sql('name')} FROM _item_names_frame"
        )
        con.unregister("_item_names_frame")


def rebuild_metric_tables(
    con: duckdb.DuckDBPyConnection,
    changed_articles: list[str] | None = None,
    item_names: ItemNames | None = None,
) -> None:
    """Recompute metric_facts and contradictions: all of them, or (given the articles whose
    figures or publication time changed) only the metric/period groups their figures belong
    to, so that a one-page refresh of a large store does not redo every group. A full rebuild
    records the contradiction rule it flagged with (CONTRADICTION_RULE_VERSION). `item_names`:
    the catalog's [item_names] (default: the shipped catalog's), which make one item of its
    wordings in every language when contradictions are looked for."""
    if changed_articles is not None and not changed_articles:
        return
    scoped = changed_articles is not None
    if changed_articles is not None:
        _scope_to_changed_groups(con, changed_articles)
        figures = "_figures"
    else:
        con.execute("DELETE FROM contradictions")
        con.execute("DELETE FROM metric_facts")
        figures = "indicators"
    try:
        con.execute(
            f"INSERT INTO metric_facts ({_METRIC_FACT_COLUMNS}) SELECT f.*, i.article_id, i.item, i.surface, i.sentence "
            f"FROM ({fact_rows(figures)}) f JOIN {figures} i USING (indicator_id)"
        )
        _write_item_families(con, figures, load_item_names() if item_names is None else item_names)
        con.execute(_CONTRADICTIONS.format(figures=figures))
        if not scoped:
            database.set_meta(con, CONTRADICTION_META_KEY, CONTRADICTION_RULE_VERSION)
    finally:
        if scoped:
            for temporary in ("_groups", "_figures"):
                con.execute(f"DROP TABLE IF EXISTS {temporary}")
        con.execute("DROP TABLE IF EXISTS _item_families")
