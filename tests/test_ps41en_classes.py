"""English forms met when the d39 articles were rewritten in other words (p41, +ps41en): the
mechanism a rule already reads, told in the other ways real reporting tells it. Our own sentences,
labelled by tests/realworld/FORMAT.md before the reader ran, each with look-alikes that keep their
reading."""

from __future__ import annotations

from datetime import date as D

import pytest

from tests.figure_lookup import figure_by_surface, span


@pytest.mark.parametrize(
    ("body", "published", "surface", "expected"),
    [
        (
            "ALMATY – The city's economy was reviewed at a briefing on Monday.\n"
            "Retail trade kept growing between January and August, the akim said. "
            "Turnover came to 310 billion tenge.",
            D(2024, 10, 7),
            "310 billion tenge",
            (D(2024, 1, 1), D(2024, 8, 31)),
        ),
        (
            "PAVLODAR – The region's akim met reporters on Friday.\n"
            "Industry held up well between January and October, he noted. "
            "The index of industrial output reached 104.2%. Some 2,300 jobs were created.",
            D(2023, 11, 24),
            "2,300",
            (D(2023, 1, 1), D(2023, 10, 31)),
        ),
        # look-alike: months not from January are no report's span; a present state keeps its day
        (
            "PAVLODAR – The region's akim met reporters on Friday.\n"
            "Between May and June the plant was shut for repairs. It employs 2,300 people.",
            D(2023, 11, 24),
            "2,300",
            (D(2023, 11, 24), D(2023, 11, 24)),
        ),
    ],
)
def test_a_figureless_between_january_and_month_sets_the_span(
    body: str, published: D, surface: str, expected: tuple[D, D]
) -> None:
    assert span(figure_by_surface(body, surface, published, language="en")) == expected
