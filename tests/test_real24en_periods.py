"""Period errors seen on real stored English news pages (round real24en), in sentences of our own.

Labelled by tests/realworld/FORMAT.md:
  1. "Wheat worth 2 million tons was shipped from January to November 15": a month after "from" and a
     day after "to" are one span, the month's first day to that day (the day alone was taken, as a
     point). Look-alikes: "from July 1 to 14 tenge" (a level after "to") and "from March to May" (a
     span of whole months) keep their readings.
  2. "Since 2018 till 1 October 2020, 640 farms were registered": a "since" span closed by a day before
     the report ends on that day (the start was dropped, the figure left with only the day as a
     deadline). Look-alikes: "Since 2018, ... by October 1" (a deadline in another clause) and "Since
     2018 output grew, and by 2030 it will double" keep their readings.
  3. "Output rose by 3% compared to 2021 (12.4 trillion tenge, or about $27 billion)": a sum restated
     in another currency after "or" or in a bracket of its own is the same sum, dated as the base is
     (the dollars took the report's year while the tenge took the base's). Look-alike: the sum of the
     year reported, restated in dollars, keeps that year.
  4. "More than 140 wind and solar plants can be found in the country, producing 2,300 megawatts": "can
     be found" (seen, located) says where things stand now, at the report (the figures were undated).
     Look-alike: "were seen last year" keeps its year.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface, span


def _span(text: str, surface: str, published: date) -> tuple[date | None, date | None]:
    return span(figure_by_surface(text, surface, published, "", "en"))


CASES = [
    # 1. a month then a closing day
    (
        "Some 2.4 million tons of wheat was shipped abroad from January to November 15.",
        date(2019, 12, 3),
        "2.4 million tons",
        (date(2019, 1, 1), date(2019, 11, 15)),
    ),
    (
        "From February to October 20, the farmers of the region sold 41,000 head of cattle.",
        date(2021, 11, 2),
        "41,000",
        (date(2021, 2, 1), date(2021, 10, 20)),
    ),
    (
        "Since March until 1 September, 3,700 families received the allowance.",
        date(2022, 9, 14),
        "3,700",
        (date(2022, 3, 1), date(2022, 9, 1)),
    ),
    # look-alike: whole months keep their span
    (
        "From March to May, 3,700 families received the allowance.",
        date(2022, 9, 14),
        "3,700",
        (date(2022, 3, 1), date(2022, 5, 31)),
    ),
    # 2. "since" closed by a day
    (
        "Since 2018 till 1 October 2020, 640 farm cooperatives have been registered in the region.",
        date(2020, 10, 20),
        "640",
        (date(2018, 1, 1), date(2020, 10, 1)),
    ),
    (
        "Since 2015 until December 1, 2019, the fund has issued 1,250 loans.",
        date(2019, 12, 20),
        "1,250",
        (date(2015, 1, 1), date(2019, 12, 1)),
    ),
    # look-alike: a plain "since" runs to the report
    (
        "Since 2018, 640 farm cooperatives have been registered in the region.",
        date(2020, 10, 20),
        "640",
        (date(2018, 1, 1), date(2020, 10, 20)),
    ),
    # 3. a sum restated in another currency
    (
        "Output rose by 3 percent compared to 2021 (12.4 trillion tenge, or about $27 billion).",
        date(2023, 2, 10),
        "$27 billion",
        (date(2021, 1, 1), date(2021, 12, 31)),
    ),
    (
        "Retail sales reached 14 trillion tenge in 2022, up from 12.1 trillion tenge (about $28 billion) a year "
        "earlier.",
        date(2023, 2, 10),
        "$28 billion",
        (date(2021, 1, 1), date(2021, 12, 31)),
    ),
    (
        "Budget revenue grew by 9% against 2020 (8.9 trillion tenge or $21 billion).",
        date(2022, 1, 25),
        "$21 billion",
        (date(2020, 1, 1), date(2020, 12, 31)),
    ),
    # 4. "can be found": a state now
    (
        "About 90 wind and solar plants can be found in the country, producing some 1,900 megawatts.",
        date(2022, 10, 20),
        "1,900 megawatts",
        (date(2022, 10, 20), date(2022, 10, 20)),
    ),
    (
        "Some 35 museums can be found in the old town.",
        date(2023, 5, 4),
        "35",
        (date(2023, 5, 4), date(2023, 5, 4)),
    ),
    (
        "Over 2,000 saigas can be seen in the reserve.",
        date(2023, 5, 4),
        "2,000",
        (date(2023, 5, 4), date(2023, 5, 4)),
    ),
    (
        "Last year 300 flamingos were seen at the lake.",
        date(2023, 5, 4),
        "300",
        (date(2022, 1, 1), date(2022, 12, 31)),
    ),
    # look-alike: the reported year's sum in dollars keeps that year
    (
        "Retail sales reached 14 trillion tenge, or about $30 billion, in 2022, up from 12.1 trillion tenge "
        "in 2021.",
        date(2023, 2, 10),
        "$30 billion",
        (date(2022, 1, 1), date(2022, 12, 31)),
    ),
]


@pytest.mark.parametrize(("text", "published", "surface", "expected"), CASES)
def test_real24en_periods(
    text: str, published: date, surface: str, expected: tuple[date | None, date | None]
) -> None:
    assert _span(text, surface, published) == expected


def test_a_level_after_to_is_no_closing_day() -> None:
    text = "The fare will rise from July 1 to 140 tenge."
    assert _span(text, "140 tenge", date(2023, 6, 1))[0] == date(2023, 7, 1)
