"""The metric catalog on realistic sentences (tests/fixtures/catalog_sentences.toml): each goes
through the real extractor and catalog, the path `refresh` takes, and its figure must land in
the expected series (or in none) with the expected category."""

from __future__ import annotations

import tomllib
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from etl.extract.catalog import load_catalog
from etl.transform.ingest import INDICATOR_COLUMNS, figure_rows

FIXTURES = Path(__file__).parent / "fixtures" / "catalog_sentences.toml"
CASES = tomllib.loads(FIXTURES.read_text(encoding="utf-8"))["case"]
CATALOG = load_catalog()
SURFACE, METRIC, CATEGORY = (INDICATOR_COLUMNS.index(c) for c in ("surface", "metric_id", "category"))


def _mapped(case: dict) -> tuple[str | None, str | None]:
    rows = figure_rows("fixture", case["title"], case["text"], date(2025, 6, 1), CATALOG)
    found = [row for row in rows if row[SURFACE] == case["figure"]]
    surfaces = [row[SURFACE] for row in rows]
    assert len(found) >= 1, f"the extractor did not find {case['figure']!r}; it found {surfaces}"
    row = found[-1]  # a figure printed twice in a case is tested at its last mention
    return row[METRIC], row[CATEGORY]


@pytest.mark.parametrize("case", CASES, ids=[f"{c['series']}-{n}" for n, c in enumerate(CASES)])
def test_sentence_maps_to_its_series(case: dict) -> None:
    metric, category = _mapped(case)
    assert metric == (case["metric"] or None), case["text"]
    if "category" in case:
        assert category == case["category"], case["text"]


def test_every_case_cites_its_source_and_every_page_has_twenty() -> None:
    assert all(case["source"].startswith(("https://", "http://")) for case in CASES)
    per_series = Counter(case["series"] for case in CASES)
    assert set(per_series) == {"taza", "scholarships", "it_exports", "population"}
    assert min(per_series.values()) >= 20, per_series
    positives = Counter(case["series"] for case in CASES if case["metric"])
    negatives = Counter(case["series"] for case in CASES if not case["metric"])
    assert min(positives.values()) >= 5 and min(negatives.values()) >= 5, (positives, negatives)
