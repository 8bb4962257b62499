"""Contradictions are stored (etl/store/derived.py rebuilds the table at refresh; the dashboard
reads it), so a change to the rule that flags them carries a version in the store's meta: a
store flagged by another version has every pair recomputed by the next refresh, even when no
page is new, as a new extractor version re-extracts. Real stores built by `refresh`."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

import etl.store.derived
from etl.pipeline.refresh import describe_refresh, refresh
from etl.store.derived import CONTRADICTION_META_KEY, CONTRADICTION_RULE_VERSION
from tests.conftest import SAMPLE_OBSERVED_AT, SAMPLE_PAGE

EVENTS_2024 = "metric_id = 'taza.events' AND value = 183 AND year(period_end) = 2024"


def _rows(db: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


def _flagged(db: Path) -> list[tuple]:
    return _rows(db, "SELECT metric_id, value_a, value_b FROM contradictions ORDER BY ALL")


@pytest.fixture()
def unflagged_store(tmp_path: Path) -> tuple[Path, Path]:
    """The sample store (no contradiction flagged in it) with a second, synthetic report of the
    2024 Taza events that cannot hold with the page's 183, left unflagged in the store, as a
    rule that did not flag such a pair would have left it. Returns (store, folder of pages)."""
    folder = tmp_path / "pages"
    folder.mkdir()
    shutil.copy(SAMPLE_PAGE, folder / SAMPLE_PAGE.name)
    db = tmp_path / "ktpulse.duckdb"
    refresh(db, [folder], observed_at=SAMPLE_OBSERVED_AT)
    with duckdb.connect(str(db)) as con:
        (template,) = con.execute(f"SELECT indicator_id FROM indicators WHERE {EVENTS_2024}").fetchone()
        con.execute(
            "INSERT INTO indicators SELECT * REPLACE (? AS indicator_id, 900.0 AS value, "
            "sentence_start + 1000 AS sentence_start) FROM indicators WHERE indicator_id = ?",
            [f"{template}-other", template],
        )  # another sentence: reports of one sentence are never compared
    assert _flagged(db) == []
    return db, folder


def test_a_refreshed_store_records_the_contradiction_rule(unflagged_store: tuple[Path, Path]) -> None:
    db, _ = unflagged_store
    assert _rows(db, f"SELECT value FROM meta WHERE key = '{CONTRADICTION_META_KEY}'") == [
        (CONTRADICTION_RULE_VERSION,)
    ]


def test_a_new_contradiction_rule_recomputes_every_pair_at_refresh(
    unflagged_store: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    db, folder = unflagged_store
    monkeypatch.setattr(etl.store.derived, "CONTRADICTION_RULE_VERSION", "test-next")
    summary = refresh(db, [folder], observed_at=SAMPLE_OBSERVED_AT)
    assert summary.contradictions_recomputed and summary.files_ingested == 0
    assert "contradictions recomputed (their rule changed)" in describe_refresh(summary)
    assert _flagged(db) == [("taza.events", 183.0, 900.0)]
    assert _rows(db, f"SELECT value FROM meta WHERE key = '{CONTRADICTION_META_KEY}'") == [("test-next",)]
    runs = _rows(db, "SELECT count(*) FROM refresh_runs")
    again = refresh(db, [folder], observed_at=SAMPLE_OBSERVED_AT)  # now in step: nothing to do
    assert not again.contradictions_recomputed and _rows(db, "SELECT count(*) FROM refresh_runs") == runs


def test_a_store_without_a_recorded_rule_is_recomputed(unflagged_store: tuple[Path, Path]) -> None:
    db, folder = unflagged_store
    with duckdb.connect(str(db)) as con:  # as a store built before the rule had a version
        con.execute(f"DELETE FROM meta WHERE key = '{CONTRADICTION_META_KEY}'")
    assert refresh(db, [folder], observed_at=SAMPLE_OBSERVED_AT).contradictions_recomputed
    assert _flagged(db) == [("taza.events", 183.0, 900.0)]


def test_the_same_rule_leaves_the_stored_pairs_alone(unflagged_store: tuple[Path, Path]) -> None:
    # what the version is for: with nothing new and the same rule, refresh does not recompute
    db, folder = unflagged_store
    summary = refresh(db, [folder], observed_at=SAMPLE_OBSERVED_AT)
    assert not summary.contradictions_recomputed and summary.files_skipped == 1
    assert _flagged(db) == []
