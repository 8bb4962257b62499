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
