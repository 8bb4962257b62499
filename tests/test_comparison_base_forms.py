"""English comparison bases in the forms reporting uses: the figure keeps the span it reports and a
base value takes the base's span ("an increase of 3.7% on the previous year" is a 2019 change, not a
2018 figure). Sentences of our own; the forms failing before this file are marked in comments."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators
from tests.figure_lookup import figure_by_surface

Span = tuple[date, date]
Y24: Span = (date(2024, 1, 1), date(2024, 12, 31))
Y23: Span = (date(2023, 1, 1), date(2023, 12, 31))
H24: Span = (date(2024, 1, 1), date(2024, 6, 30))
H23: Span = (date(2023, 1, 1), date(2023, 6, 30))
M9_24: Span = (date(2024, 1, 1), date(2024, 9, 30))
M9_23: Span = (date(2023, 1, 1), date(2023, 9, 30))
AFTER_YEAR = date(2025, 2, 10)
IN_YEAR = date(2024, 10, 20)

CASES: list[tuple[date, str, dict[str, Span]]] = [
    # "on the previous year" after a change: failed (read as 2023, and carried into the next clause)
    (AFTER_YEAR, "Exports reached 2.1 billion dollars in 2024, an increase of 12% on the previous year.", {"12%": Y24}),
    (AFTER_YEAR, "Exports reached 2.1 billion dollars in 2024, up 12% on the preceding year.", {"12%": Y24}),
    (AFTER_YEAR, "In 2023 farmers gathered 1.2 million tonnes of sunflower. Abay region led with 373.9 thousand tonnes, "
                 "up 19% on the previous year, while Pavlodar region gathered 334.6 thousand tonnes, down 7% year on year.",
     {"19%": Y23, "334.6 thousand tonnes": Y23, "7%": Y23}),
    # a base value after "on the", dated by "a year earlier": failed (read as 2024)
    (AFTER_YEAR, "Exports reached 2.1 billion dollars in 2024, an increase of 12% on the 1.9 billion dollars recorded a year earlier.",
     {"12%": Y24, "1.9 billion dollars": Y23}),
    # "of the 2023 level" without a possessive: failed (read as 2023)
    (AFTER_YEAR, "Exports reached 2.1 billion dollars in 2024, or 112% of the 2023 level.", {"112%": Y24}),
    # a base value "in the whole of 2023": failed (read as 2022, the year before a base it did not see)
    (AFTER_YEAR, "Exports reached 2.1 billion dollars in 2024, compared with 1.9 billion dollars in the whole of 2023.",
     {"1.9 billion dollars": Y23}),
    (IN_YEAR, "So far this year exports have reached 1.5 billion dollars, compared with 1.9 billion dollars in the whole of last year.",
     {"1.9 billion dollars": Y23}),
    # forms that were read right before, kept so
    (AFTER_YEAR, "Exports reached 2.1 billion dollars in 2024, a 12% increase on the year before.", {"12%": Y24}),
    (AFTER_YEAR, "Exports reached 2.1 billion dollars in 2024, 12% above the previous year's level.", {"12%": Y24}),
    (AFTER_YEAR, "Exports reached 2.1 billion dollars in 2024, up from 1.9 billion dollars in 2023.",
     {"2.1 billion dollars": Y24, "1.9 billion dollars": Y23}),
    (AFTER_YEAR, "Exports reached 2.1 billion dollars in 2024, against 1.9 billion dollars a year earlier.", {"1.9 billion dollars": Y23}),
    (AFTER_YEAR, "Exports reached 2.1 billion dollars in 2024. A year earlier the figure was 1.9 billion dollars.", {"1.9 billion dollars": Y23}),
    (AFTER_YEAR, "In 2024 exports grew by 12% on 2023 to 2.1 billion dollars.", {"12%": Y24, "2.1 billion dollars": Y24}),
    (AFTER_YEAR, "Last year inflation slowed to 8.6% from 9.8% a year before.", {"8.6%": Y24, "9.8%": Y23}),
    (IN_YEAR, "In January-September 2024 exports totalled 1.5 billion dollars, an 8% increase on the same period last year.",
     {"8%": M9_24, "1.5 billion dollars": M9_24}),
    (IN_YEAR, "In January-September 2024 exports totalled 1.5 billion dollars, compared with 1.4 billion dollars in the same period of 2023.",
     {"1.4 billion dollars": M9_23}),
    (IN_YEAR, "Output in the first half of 2024 was 600 billion tenge, an increase of 5% on the corresponding period of last year.", {"5%": H24}),
    (IN_YEAR, "Output in the first half of 2024 was 600 billion tenge, against 570 billion tenge a year earlier.", {"570 billion tenge": H23}),
]  # fmt: skip


@pytest.mark.parametrize(("published", "text", "expected"), CASES, ids=[c[1][:60] for c in CASES])
def test_comparison_base_forms(published: date, text: str, expected: dict[str, Span]) -> None:
    found = {
        i.surface: (i.period_start, i.period_end) for i in extract_indicators(text, published, language="en")
    }
    assert {surface: found.get(surface) for surface in expected} == expected


def test_on_the_year_is_not_a_base() -> None:
    """'on the' makes a base only of an earlier span named after it, not of a bare 'the year'."""
    found = extract_indicators("Prices rose 5% on the year in 2024.", AFTER_YEAR, language="en")
    assert [(i.period_start, i.period_end) for i in found] == [Y24]


@pytest.mark.parametrize(
    ("text", "surface", "span"),
    [
        # a change in the figure's own unit before "on last year" is this year's
        (
            "This year wheat was sown on 12.1 million hectares, up 0.4 million hectares on last year, while "
            "barley was planted on 2.2 million hectares.",
            "0.4 million hectares",
            (date(2024, 1, 1), date(2024, 12, 31)),
        ),
        (
            "This year wheat was sown on 12.1 million hectares, up 0.4 million hectares on last year, while "
            "barley was planted on 2.2 million hectares.",
            "2.2 million hectares",
            (date(2024, 1, 1), date(2024, 12, 31)),
        ),
        # a base value with its unit, then the first months that date it: the change is the figure's span
        (
            "In January-April 2024 the route carried 120.5 thousand TEU, a 9% rise compared with 110.2 "
            "thousand TEU in the first four months of 2023.",
            "9%",
            (date(2024, 1, 1), date(2024, 4, 30)),
        ),
        (
            "In January-April 2024 the route carried 120.5 thousand TEU, a 9% rise compared with 110.2 "
            "thousand TEU in the first four months of 2023.",
            "110.2 thousand TEU",
            (date(2023, 1, 1), date(2023, 4, 30)),
        ),
        # a base value's own year stays its period
        (
            "Over the nine months of 2024 more than 180,000 tons of grain were shipped, compared with 70,200 "
            "tons in 2023.",
            "70,200 tons",
            (date(2023, 1, 1), date(2023, 12, 31)),
        ),
    ],
)
def test_base_value_forms(text: str, surface: str, span: tuple[date, date]) -> None:
    found = figure_by_surface(text, surface, date(2024, 7, 10), language="en")
    assert (found.period_start, found.period_end) == span
