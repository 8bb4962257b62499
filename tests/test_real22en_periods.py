"""Period errors seen on real stored English news pages (round real22en), in sentences of our own.

Labelled by tests/realworld/FORMAT.md:
  1. "In the first five months of 2023 the country exported 3.3 million tons of grain. Prices fell by
     3.5% over the month of May. [new paragraph] Most of it, 2.3 million tons, went to Uzbekistan": the
     report's last month told of in an aside is no new span for the next paragraph, which is the
     five months' again (the 2.3 million took May). Look-alikes: the same paragraph keeps May; a month
     after the report's span ("in June") moves the story on.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface, span


def _span(text: str, surface: str, published: date) -> tuple[date | None, date | None]:
    return span(figure_by_surface(text, surface, published, "", "en"))


CASES = [
    # 1. the report's last month as an aside, then a new paragraph
    (
        "In January-May 2023 the country exported 3.3 million tons of grain. Flour prices fell by 2.1% "
        "over the month of May.\n\nMost of the grain, 2.3 million tons, went to Uzbekistan.",
        date(2023, 8, 16),
        "2.3 million tons",
        (date(2023, 1, 1), date(2023, 5, 31)),
    ),
    (
        "Over the first nine months of 2019, the region's plants made 41,000 tonnes of steel. In "
        "September alone, output grew by 6%.\n\nThe works in Temirtau produced 30,500 tonnes.",
        date(2019, 10, 20),
        "30,500 tonnes",
        (date(2019, 1, 1), date(2019, 9, 30)),
    ),
    (
        "In the first half of 2021, retail sales reached 5.2 trillion tenge. Sales of cars rose by 11% "
        "in the second quarter.\n\nFood made up 1.9 trillion tenge of the total.",
        date(2021, 7, 25),
        "1.9 trillion tenge",
        (date(2021, 1, 1), date(2021, 6, 30)),
    ),
    # look-alike: within the same paragraph the month holds
    (
        "In January-May 2023 the country exported 3.3 million tons of grain. Flour prices fell by 2.1% "
        "over the month of May. Flour shipments came to 310,000 tons.",
        date(2023, 8, 16),
        "310,000 tons",
        (date(2023, 5, 1), date(2023, 5, 31)),
    ),
    # look-alike: a month after the report's span moves the story on
    (
        "In January-May 2023 the country exported 3.3 million tons of grain. In June, exports came to "
        "0.6 million tons.\n\nMost of the June grain, 410,000 tons, went to Uzbekistan.",
        date(2023, 8, 16),
        "410,000 tons",
        (date(2023, 6, 1), date(2023, 6, 30)),
    ),
]


@pytest.mark.parametrize(("text", "published", "surface", "expected"), CASES)
def test_real22en_periods(text: str, published: date, surface: str, expected: tuple[date, date]) -> None:
    assert _span(text, surface, published) == expected
