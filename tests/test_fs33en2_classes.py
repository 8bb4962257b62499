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
