"""English forms left after the first pass over h32/h33 (+fs33en2): our own sentences, labelled
by tests/realworld/FORMAT.md before the reader ran, each with look-alikes that keep their reading."""

from __future__ import annotations

from datetime import date as D

import pytest

from tests.figure_lookup import figure_by_surface, span

NOVEMBER_2024 = D(2024, 11, 12)
MARCH_2025 = D(2025, 3, 4)


@pytest.mark.parametrize(
    ("body", "surface", "published", "expected"),
    [
        # "last <month>" after a base figure: that month a year back, the news being this year's month
        (
            "In October, bread prices in Kostanay rose by 4.2% compared with 6.9% last October.",
            "6.9%",
            NOVEMBER_2024,
            (D(2023, 10, 1), D(2023, 10, 31)),
        ),
        (
            "Retail sales in September reached 3.4 trillion tenge, up from 2.9 trillion tenge last September.",
            "2.9 trillion tenge",
            NOVEMBER_2024,
            (D(2023, 9, 1), D(2023, 9, 30)),
        ),
        (
            "In October the jobless rate in Karaganda stood at 4.6% against 5.2% last October.",
            "5.2%",
            NOVEMBER_2024,
            (D(2023, 10, 1), D(2023, 10, 31)),
        ),
        # told before this year's month: "last November" can only be the year before's
        (
            "Gas output last November came to 4.4 billion cubic metres.",
            "4.4 billion cubic metres",
            MARCH_2025,
            (D(2024, 11, 1), D(2024, 11, 30)),
        ),
    ],
)
def test_last_named_month_is_the_year_before(
    body: str, surface: str, published: D, expected: tuple[D, D]
) -> None:
    assert span(figure_by_surface(body, surface, published)) == expected


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # the news figure of the same sentence keeps this year's month
        (
            "In October, bread prices in Kostanay rose by 4.2% compared with 6.9% last October.",
            "4.2%",
            (D(2024, 10, 1), D(2024, 10, 31)),
        ),
        (
            "In October the jobless rate in Karaganda stood at 4.6% against 5.2% last October.",
            "4.6%",
            (D(2024, 10, 1), D(2024, 10, 31)),
        ),
        # "in October" with no "last": this year's
        (
            "Bread prices in Kostanay rose by 4.2% in October.",
            "4.2%",
            (D(2024, 10, 1), D(2024, 10, 31)),
        ),
    ],
)
def test_look_alikes_keep_this_years_month(body: str, surface: str, expected: tuple[D, D]) -> None:
    assert span(figure_by_surface(body, surface, NOVEMBER_2024)) == expected


def test_last_month_told_after_it_as_a_plain_date_is_not_read() -> None:
    # told in November, "last October" with no base may mean either October: not read as one
    figure = figure_by_surface(
        "The plant shipped 1,200 tonnes of flour last October.", "1,200 tonnes", NOVEMBER_2024
    )
    assert span(figure) != (D(2023, 10, 1), D(2023, 10, 31))


FEBRUARY_2025 = D(2025, 2, 18)


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # "has been fixed / set at": a level fixed before the report and in force at it is actual
        ("The price of coal at the mine has been fixed at 14,500 tenge per tonne.", "14,500 tenge", "actual"),
        ("The price of a loaf of bread has been set at 180 tenge.", "180 tenge", "actual"),
        ("The minimum pension has been set at 57,000 tenge.", "57,000 tenge", "actual"),
        # look-alikes: a level still ahead, or fixed for a span of years to come, stays a plan
        ("The price of a loaf of bread will be set at 180 tenge.", "180 tenge", "plan"),
        ("From next January the pension has been set at 60,000 tenge.", "60,000 tenge", "plan"),
        (
            "The transfer depends on the oil price and has been fixed at $3.9 billion a year for 2025-2027.",
            "$3.9 billion",
            "plan",
        ),
    ],
)
def test_level_fixed_before_the_report_is_in_force(body: str, surface: str, expected: str) -> None:
    assert figure_by_surface(body, surface, FEBRUARY_2025).kind == expected
