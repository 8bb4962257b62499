"""A figure that is a share of GDP (revenue, spending, a deficit as a part of it, or bracketed
shares listed after one) is not GDP growth: mapped there, a 15.1 % spending share and a 2.5 %
deficit were drawn in one series with growth rates and flagged as contradicting them. Sentences
of our own; the shapes follow budget reports (kt.kz, primeminister.kz)."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.catalog import load_catalog
from etl.transform.ingest import INDICATOR_COLUMNS, figure_rows

CATALOG = load_catalog()
SURFACE, METRIC = (INDICATOR_COLUMNS.index(c) for c in ("surface", "metric_id"))
GROWTH = "economy.gdp_growth_pct"


def _metric(text: str, figure: str) -> str | None:
    rows = figure_rows("fixture", "Budget for the next three years", text, date(2025, 10, 1), CATALOG)
    found = [row for row in rows if row[SURFACE] == figure]
    assert found, [row[SURFACE] for row in rows]
    return found[-1][METRIC]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Budget revenues are expected to reach 21.4 trillion tenge next year, or 11.2% of GDP.", "11.2%"),
        (
            "Spending is planned at 30.1 trillion tenge in 2026 (16.4% of GDP) and 31.5 trillion in 2027 (15%).",
            "15%",
        ),
        ("The deficit will narrow from 2.7% of GDP next year to 1.1% of GDP by 2028.", "2.7%"),
        ("Defence outlays will stay at 1.2% of the country's GDP.", "1.2%"),
        ("The share of spending on industry rises from 9.8% to 14.2%, the minister said.", "14.2%"),
    ],
)
def test_a_share_of_gdp_is_no_growth_rate(text: str, figure: str) -> None:
    assert _metric(text, figure) != GROWTH


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Over the first nine months GDP grew by 6.3%, the national economy ministry reported.", "6.3%"),
        ("Kazakhstan's GDP expanded by 5.9% in January–October.", "5.9%"),
    ],
)
def test_growth_of_gdp_still_maps(text: str, figure: str) -> None:
    assert _metric(text, figure) == GROWTH
