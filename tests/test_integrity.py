"""Keys stay unique without PRIMARY KEY indexes, and incremental upkeep equals a full build."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from bench.synthetic_pages import generate
from etl.extract.catalog import DEFAULT_CATALOG
from etl.extract.topics import DEFAULT_TAXONOMY
from etl.pipeline.refresh import refresh
from etl.store import database
from etl.store.database import LATEST_VIEWS_OF
from etl.store.facts import FACT_KEY
from tests.conftest import SAMPLE_OBSERVED_AT, SAMPLE_PAGE

KEYS = {
    "articles": "article_id",
    "page_listings": "page_id, position",
    "article_topics": "article_id, topic",
    "indicators": "indicator_id",
    "contradictions": "indicator_id_a, indicator_id_b",
    "pages": "page_id",
}
CONTRADICTION_FACTS = "SELECT metric_id, category, kind, period_start, period_end, value_a, value_b FROM contradictions ORDER BY ALL"


def _rows(db: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


@pytest.fixture(scope="module")
def more_pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("more")
    generate(folder, articles=300, per_page=10, seed=3)
    return folder


def test_incremental_refreshes_equal_one_full_build(tmp_path: Path, more_pages: Path) -> None:
    step_by_step, all_at_once = tmp_path / "steps.duckdb", tmp_path / "once.duckdb"
    refresh(step_by_step, [SAMPLE_PAGE], observed_at=SAMPLE_OBSERVED_AT)
    pages = sorted(more_pages.iterdir())
    for start in range(0, len(pages), 7):
        refresh(step_by_step, pages[start : start + 7], observed_at=SAMPLE_OBSERVED_AT)
    refresh(all_at_once, [SAMPLE_PAGE, more_pages], observed_at=SAMPLE_OBSERVED_AT)
    assert len(_rows(all_at_once, CONTRADICTION_FACTS)) > 1
    assert _rows(step_by_step, CONTRADICTION_FACTS) == _rows(all_at_once, CONTRADICTION_FACTS)
    for table in ("articles", "indicators", "article_topics", "page_listings"):
        count = f"SELECT count(*) FROM {table}"
        assert _rows(step_by_step, count) == _rows(all_at_once, count), table


@pytest.mark.parametrize(("table", "key"), KEYS.items())
def test_keys_are_unique_after_repeated_and_overlapping_refreshes(tmp_path: Path, more_pages: Path, table: str,
                                                                   key: str) -> None:  # fmt: skip
    db = tmp_path / "s.duckdb"
    for _ in range(2):
        refresh(db, [SAMPLE_PAGE, more_pages], observed_at=SAMPLE_OBSERVED_AT)
    (duplicates,) = _rows(
        db, f"SELECT count(*) FROM (SELECT {key} FROM {table} GROUP BY ALL HAVING count(*) > 1)"
    )
    assert duplicates == (0,)
    assert _rows(db, f"SELECT count(*) FROM {table}")[0][0] > 0


def _assert_topic_lists_match_article_topics(db: Path) -> None:
    """articles, latest_views and indicators carry each article's topic ids (what a topic
    filter reads): they must be article_topics' list, empty for an untagged article."""
    for table in ("articles", "latest_views", "indicators"):
        stale = _rows(
            db,
            f"SELECT count(*), count(*) FILTER (WHERE len(x.topics) > 0) FROM {table} x "
            "LEFT JOIN (SELECT article_id, list(topic ORDER BY topic) AS topics FROM article_topics GROUP BY 1) t "
            "USING (article_id) WHERE x.topics IS DISTINCT FROM coalesce(t.topics, [])",
        )
        assert stale == [(0, 0)], table
        assert _rows(db, f"SELECT count(*) FROM {table} WHERE len(topics) > 0")[0][0] > 100, table


def test_kept_copies_match_their_sources_after_incremental_refreshes(
    tmp_path: Path, more_pages: Path
) -> None:
    """latest_views and indicators.published_at are kept by refresh; they must equal what the
    snapshots and articles say, however the pages arrived (a later page can add a snapshot,
    a body, or the time of an article first seen date-only)."""
    db = tmp_path / "steps.duckdb"
    (tmp_path / "date_only.txt").write_text("30.05.2024\nSame story\nIn 2024, 17 enterprises joined.\n")
    refresh(db, [tmp_path / "date_only.txt"], observed_at=SAMPLE_OBSERVED_AT)
    refresh(db, [SAMPLE_PAGE], observed_at=SAMPLE_OBSERVED_AT)
    (tmp_path / "stamped.txt").write_text("30.05.2024, 14:05 9\nSame story\n")
    refresh(db, [tmp_path / "stamped.txt"], observed_at=SAMPLE_OBSERVED_AT)
    assert _rows(db, "SELECT i.published_at, l.published_at, l.views FROM indicators i "
                     "JOIN latest_views l USING (article_id) JOIN articles a USING (article_id) WHERE a.title = 'Same story'") == [
        (datetime(2024, 5, 30, 14, 5), datetime(2024, 5, 30, 14, 5), 9)
    ]  # fmt: skip
    # A story listed without its body (no topic from its title), then read in full (ecology).
    (tmp_path / "listed.txt").write_text("31.05.2024, 10:00 5\nHearing on the matter\n")
    (tmp_path / "read.txt").write_text(
        "31.05.2024, 10:00 8\nHearing on the matter\nTaza Kazakstan volunteers collected 40 tonnes of waste. "
        "The ecological campaign planted 500 trees. Recycling grew by 20%.\n"
    )
    for name in ("listed.txt", "read.txt"):
        refresh(db, [tmp_path / name], observed_at=SAMPLE_OBSERVED_AT)
    assert _rows(db, "SELECT a.topics, l.topics, l.views FROM articles a JOIN latest_views l USING (article_id) "
                     "WHERE a.title = 'Hearing on the matter'") == [(["ecology"], ["ecology"], 8)]  # fmt: skip
    pages = sorted(more_pages.iterdir())
    for start in range(0, len(pages), 9):
        refresh(db, pages[start : start + 9], observed_at=SAMPLE_OBSERVED_AT)
    stale_times = _rows(
        db,
        "SELECT count(*) FROM indicators i JOIN articles a USING (article_id) "
        "WHERE i.published_at IS DISTINCT FROM a.published_at",
    )
    assert stale_times == [(0,)]
    _assert_topic_lists_match_article_topics(db)
    with duckdb.connect(str(db), read_only=True) as con:
        kept = con.execute("SELECT * FROM latest_views ORDER BY ALL").fetchall()
        con.execute("CREATE TEMP TABLE latest_views AS SELECT * FROM main.latest_views LIMIT 0")
        con.execute(
            LATEST_VIEWS_OF.replace("INSERT INTO latest_views", "INSERT INTO temp.latest_views").format(
                where="TRUE"
            )
        )
        recomputed = con.execute("SELECT * FROM temp.latest_views ORDER BY ALL").fetchall()
    assert len(kept) > 300 and kept == recomputed
    facts = "SELECT metric_id, category, kind, is_change, period_start, period_end, value, unit, {} FROM {} ORDER BY ALL"
    assert _rows(
        db, facts.format("sources, mentions, indicator_id, first_published_at", "metric_facts")
    ) == _rows(
        db, facts.format("sources, mentions, list_min(indicator_ids), first_published_at", "metric_values")
    )


def test_re_deriving_in_small_chunks_equals_a_fresh_build(
    tmp_path: Path, more_pages: Path, monkeypatch
) -> None:
    """Re-tagging, re-extracting and re-mapping walk the articles REDERIVE_CHUNK at a time (to
    bound memory); with chunks of 7 the result must equal a build made with the new recipe."""
    import etl.store.derived

    db, fresh = tmp_path / "old.duckdb", tmp_path / "fresh.duckdb"
    refresh(db, [SAMPLE_PAGE, more_pages], observed_at=SAMPLE_OBSERVED_AT)
    taxonomy, catalog = tmp_path / "topics.toml", tmp_path / "metrics.toml"
    taxonomy.write_text(
        DEFAULT_TAXONOMY.read_text()
        + '\n[topics.trees]\nlabel = "Trees"\nkeywords = ["tree", "seedling", "saxaul"]\n'
    )
    catalog.write_text(
        '[metrics."courts.acts_upheld_pct"]\nlabel = "Judicial acts upheld"\ntopic = "justice"\n'
        'unit = "percent"\nitems = ["judicial acts"]\n' + DEFAULT_CATALOG.read_text()
    )
    monkeypatch.setattr(etl.store.derived, "EXTRACTOR_VERSION", "test-next")
    monkeypatch.setattr(etl.store.derived, "REDERIVE_CHUNK", 7)
    summary = refresh(db, [SAMPLE_PAGE, more_pages], observed_at=SAMPLE_OBSERVED_AT, taxonomy_path=taxonomy,
                      catalog_path=catalog)  # fmt: skip
    assert summary.retagged == summary.reextracted + 7 == 316 and summary.remapped > 1000
    refresh(fresh, [SAMPLE_PAGE, more_pages], observed_at=SAMPLE_OBSERVED_AT, taxonomy_path=taxonomy,
            catalog_path=catalog)  # fmt: skip
    for table in ("article_topics", "indicators", "contradictions", "metrics", "topics"):
        everything = f"SELECT * FROM {table} ORDER BY ALL"
        assert _rows(db, everything) == _rows(fresh, everything), table
    assert _rows(db, "SELECT count(*) FROM article_topics WHERE topic = 'trees'")[0][0] > 10
    _assert_topic_lists_match_article_topics(db)
    assert _rows(db, "SELECT count(*) FROM latest_views WHERE list_contains(topics, 'trees')")[0][0] > 10


def test_the_metric_values_view_groups_by_the_one_definition_of_a_fact() -> None:
    schema = (Path(database.__file__).with_name("schema.sql")).read_text(encoding="utf-8")
    view = schema[schema.index("CREATE OR REPLACE VIEW metric_values") :]
    grouped = view[view.index("GROUP BY") + len("GROUP BY") : view.index(";")]
    columns = [name.strip().removeprefix("i.").removeprefix("m.") for name in grouped.split(",")]
    assert [c for c in columns if c not in ("label", "topic")] == list(FACT_KEY)
