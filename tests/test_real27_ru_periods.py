"""Periods seen on real stored Russian pages (round real27), in sentences of our own.
Labelled by tests/realworld/FORMAT.md:
  1. a change told with "уже" and a verb of its own after a start day already past ("С 1 января лук
     уже стал дороже на 5,4%", "со 2 марта бензин уже подорожал на 12%") is a drift gathered since
     that day, up to the report (FORMAT "since"), not a level in force from that day on; a change
     with no "уже", or "уже" with a short participle ("пенсии уже повышены на 7%": a rule that took
     effect that day), keeps its start only.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface
from tests.figure_lookup import span as _span


@pytest.mark.parametrize(
    ("text", "published", "surface", "expected"),
    [
        (
            "С 1 января 2023 года гречка уже стала дороже на 4,2%, мука – на 2%.",
            date(2023, 1, 13),
            "4,2%",
            (date(2023, 1, 1), date(2023, 1, 13)),
        ),
        (
            "С 1 января 2023 года гречка уже стала дороже на 4,2%, мука – на 2%.",
            date(2023, 1, 13),
            "2%",
            (date(2023, 1, 1), date(2023, 1, 13)),
        ),
        (
            "Со 2 марта 2022 года дизельное топливо в области уже подорожало на 12%.",
            date(2022, 5, 20),
            "12%",
            (date(2022, 3, 2), date(2022, 5, 20)),
        ),
        (
            "С 1 июля цены на сахар в магазинах района уже выросли на 9%.",
            date(2024, 8, 5),
            "9%",
            (date(2024, 7, 1), date(2024, 8, 5)),
        ),
        # look-alikes: no "уже", or "уже" with a short participle, is a change in force from the day
        (
            "С 1 июля зарплаты медиков выросли на 20%.",
            date(2024, 8, 5),
            "20%",
            (date(2024, 7, 1), None),
        ),
        (
            "С 1 января пенсии уже повышены на 7%.",
            date(2023, 1, 13),
            "7%",
            (date(2023, 1, 1), None),
        ),
    ],
)
def test_drift_since_a_day_runs_to_the_report(
    text: str, published: date, surface: str, expected: tuple[date, date | None]
) -> None:
    assert _span(figure_by_surface(text, surface, published, language="ru")) == expected
