"""Periods seen on real stored Russian pages (round real25), in sentences of our own.
Labelled by tests/realworld/FORMAT.md:
  1. "в позапрошлом учебном году" is the school year before the last one (1 September to 31 May),
     not the publication day; "в прошлом учебном году" keeps the last one.
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
            "В позапрошлом учебном году в области открыли 17 новых школ.",
            date(2024, 11, 12),
            "17",
            (date(2022, 9, 1), date(2023, 5, 31)),
        ),
        (
            "В позапрошлом учебном году гранты получили 3 400 выпускников колледжей.",
            date(2021, 7, 20),
            "3 400",
            (date(2019, 9, 1), date(2020, 5, 31)),
        ),
        (
            "В позапрошлом учебном году на питание школьников направили 2,6 млрд тенге.",
            date(2019, 3, 4),
            "2,6 млрд тенге",
            (date(2016, 9, 1), date(2017, 5, 31)),
        ),
        # look-alike: the last school year keeps its reading
        (
            "В прошлом учебном году в области открыли 9 новых школ.",
            date(2024, 11, 12),
            "9",
            (date(2023, 9, 1), date(2024, 5, 31)),
        ),
    ],
)
def test_school_year_before_last(text: str, published: date, surface: str, expected: tuple[date, date]) -> None:
    assert _span(figure_by_surface(text, surface, published)) == expected
