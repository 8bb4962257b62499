"""Shared fixtures: the bundled sample page, its gold file, and a store built from it."""

from __future__ import annotations

import json
import shutil
from datetime import datetime
from pathlib import Path

import pytest

from etl.pipeline.refresh import refresh

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_PAGE = ROOT / "data" / "kt_page_sample.txt"
GOLD_FILE = ROOT / "tests" / "fixtures" / "kt_page_sample.gold.json"
SAMPLE_OBSERVED_AT = datetime(2025, 2, 3, 18, 0)


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE_PAGE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def gold() -> dict:
    return json.loads(GOLD_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real DuckDB file built by `refresh` from the sample page (read it, don't write it)."""
    folder = tmp_path_factory.mktemp("sample_store")
    shutil.copy(SAMPLE_PAGE, folder / SAMPLE_PAGE.name)
    db = folder / "ktpulse.duckdb"
    summary = refresh(db, [folder], observed_at=SAMPLE_OBSERVED_AT)
    assert summary.exit_code == 0, summary.rejected
    return db


# How many figures of the sample the disagreeing store contradicts.
DISAGREEING_FIGURES = 4


@pytest.fixture(scope="session")
def disagreeing_store(sample_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample store, where no two reports contradict, with a second report three times as
    large for DISAGREEING_FIGURES of its exact dated figures, in another sentence of the same
    article (so it keeps that article's topics): pairs that cannot both hold, to flag."""
    from etl.store import database
    from etl.store.derived import rebuild_metric_tables

    db = tmp_path_factory.mktemp("disagreeing_store") / "ktpulse.duckdb"
    shutil.copy(sample_store, db)
    con = database.connect(db)
    try:
        con.execute(
            f"""
            INSERT INTO indicators BY NAME
            SELECT * REPLACE (indicator_id || '-x' AS indicator_id, value * 3 AS value,
                              sentence_start - 1 AS sentence_start, 'a later report' AS sentence)
            FROM indicators
            WHERE metric_id IS NOT NULL AND qualifier IS NULL AND NOT is_change AND period_end IS NOT NULL
            ORDER BY indicator_id LIMIT {DISAGREEING_FIGURES}
            """
        )
        rebuild_metric_tables(con)
    finally:
        con.close()
    return db
