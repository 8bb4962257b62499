"""Period errors seen on real stored English news pages (round real21en), in sentences of our own.

Labelled by tests/realworld/FORMAT.md:
  1. "since the initiative's launch in 2021", "since the programme's start in 2019": a possessive
     before the start word is still the start of a running count, from that year to the report (the
     whole year 2021 was taken). Look-alike: "the initiative's launch in 2021 drew 300 guests" (no
     "since") keeps the year.
  2. "Since the beginning of year ..." (the article left out, as translated news writes it) runs from
     1 January to the report like "since the beginning of the year" (it was undated, and the
     bracketed members took the whole year).
  3. "Over the past three summer months, 448,000 tourists came": the last summer over (it was
     undated). Look-alike: "over the past three months" keeps the report's months.
  4. "As of today, 66,014 flats have been commissioned this year": a span right after a verb of
     done work, in a sentence opening with a status day, runs from the span's start to that day (it
     took the day alone). Look-alike: "As of August 8, the government had used 47% of the funds set
     aside for the programme in 2023" stays the state on the day; "As of today, the region has
     66,014 flats" too.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface, span


def _span(text: str, surface: str, published: date) -> tuple[date | None, date | None]:
    return span(figure_by_surface(text, surface, published, "", "en"))


CASES = [
    # 1. since a possessive's launch in a year
    (
        "Over 1.1 billion saplings have been planted since the initiative's launch in 2021.",
        date(2025, 1, 23),
        "1.1 billion",
        (date(2021, 1, 1), date(2025, 1, 23)),
    ),
    (
        "The fund has paid out 48 billion tenge since the programme's start in 2019.",
        date(2023, 5, 4),
        "48 billion tenge",
        (date(2019, 1, 1), date(2023, 5, 4)),
    ),
    (
        "Some 12,400 families have moved into new flats since the project's launch in 2020.",
        date(2022, 11, 2),
        "12,400",
        (date(2020, 1, 1), date(2022, 11, 2)),
    ),
    # look-alike: no "since", the launch year is the figure's year
    (
        "The initiative's launch in 2021 drew 300 guests.",
        date(2025, 1, 23),
        "300",
        (date(2021, 1, 1), date(2021, 12, 31)),
    ),
    # 2. since the beginning of year
    (
        "Since the beginning of year the region registered 20 cases of measles.",
        date(2022, 10, 20),
        "20",
        (date(2022, 1, 1), date(2022, 10, 20)),
    ),
    (
        "Since the beginning of year, 41 cases of brucellosis were found (12 cases in Zhambyl region, 9 cases "
        "in Turkestan region).",
        date(2021, 6, 3),
        "12",
        (date(2021, 1, 1), date(2021, 6, 3)),
    ),
    (
        "From the start of year the airport served 2.1 million passengers.",
        date(2019, 7, 9),
        "2.1 million",
        (date(2019, 1, 1), date(2019, 7, 9)),
    ),
    # 3. the past three summer months
    (
        "Over the past three summer months, 448,000 foreign tourists came to the country.",
        date(2023, 9, 12),
        "448,000",
        (date(2023, 6, 1), date(2023, 8, 31)),
    ),
    (
        "In the last three summer months the resorts of Burabay hosted 310,000 guests.",
        date(2019, 9, 20),
        "310,000",
        (date(2019, 6, 1), date(2019, 8, 31)),
    ),
    # 4. a status day opening a sentence, a span of done work after it
    (
        "As of today, 66,014 flats have been commissioned this year.",
        date(2021, 8, 11),
        "66,014",
        (date(2021, 1, 1), date(2021, 8, 11)),
    ),
    (
        "As of today, over 5,200 flats, including 1,300 private houses, have been commissioned throughout "
        "the region this year.",
        date(2022, 9, 14),
        "1,300",
        (date(2022, 1, 1), date(2022, 9, 14)),
    ),
    (
        "As of September 1, 2,400 km of roads have been repaired this year.",
        date(2023, 9, 12),
        "2,400 km",
        (date(2023, 1, 1), date(2023, 9, 1)),
    ),
    # look-alikes: the state on the day
    (
        "As of August 8, the government had used 47% of the funds set aside for the programme in 2023.",
        date(2023, 9, 12),
        "47%",
        (date(2023, 8, 8), date(2023, 8, 8)),
    ),
    (
        "As of today, the region has 66,014 flats, and this year it will build 500 more.",
        date(2023, 9, 12),
        "66,014",
        (date(2023, 9, 12), date(2023, 9, 12)),
    ),
]


@pytest.mark.parametrize(("text", "published", "surface", "expected"), CASES)
def test_real21en_period(
    text: str, published: date, surface: str, expected: tuple[date | None, date | None]
) -> None:
    assert _span(text, surface, published) == expected


def test_past_three_months_keeps_the_report_months() -> None:
    """'over the past three months' without a season stays what it was (the report's months)."""
    text = "Over the past three months, 448,000 foreign tourists came to the country."
    assert _span(text, "448,000", date(2023, 9, 12)) != (date(2023, 6, 1), date(2023, 8, 31))
