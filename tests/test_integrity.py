"""Keys stay unique without PRIMARY KEY indexes, and incremental upkeep equals a full build."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from bench.synthetic_pages import generate
from etl.refresh import refresh
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
