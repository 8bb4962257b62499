"""Period errors seen on real stored English news pages (round real23en), in sentences of our own.

Labelled by tests/realworld/FORMAT.md:
  1. "The school will be fully ready by December" told in January: a deadline without a year in a
     clause speaking ahead is the month still to come (it took the December just gone). Look-alikes:
     a past deed ("was complete by December" told in January) keeps the December gone by; a deadline
     ahead told in October keeps this December.
  2. "Farmers sowed 2.1 million hectares this year, exceeding last year's figure by 448,000 ha": a
     year's figure a margin is counted over, with no "the" before it, is the base, not the margin's
     year (the 448,000 took last year). Look-alike: "against last year's 7.8 million tons" keeps
     last year for the base's own value.
  3. Under a headline on ten months: "This year 17 billion tenge were spent ... 13.9 billion of them
     came from ...": a part of the figure just moved into the headline's span divides that span's
     figure (it kept the whole year). Look-alike: with no span in the headline the part keeps the
     whole year.
  4. "A million families have bought homes within 25 years of independence": the years since 16
     December 1991, as "over the years of independence" (it took the next 25 years). Look-alike:
     "within 25 years" with no independence stays the years ahead.
  5. "At its latest meeting on 25 July, the National Bank decided to raise its base rate to 14.5%,
     following its decision to stand pat in early June": the day of a board's meeting where it
     decided is the figure's own day, not a day something was told (the rate took June). Look-
     alikes: a minister speaking or reporting at a meeting on a day keeps the day out.
  6. "The industrial sector has grown 3.1 percent, which is 331.6 billion tenge": the same figure
     told in another measure after ", which is" takes the period of the one it restates (the "is" was
     read as a state at the report). Look-alike: under a status day both stay that day.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface, span


def _span(text: str, surface: str, published: date, title: str = "") -> tuple[date | None, date | None]:
    return span(figure_by_surface(text, surface, published, title, "en"))


CASES = [
    # 1. a yearless deadline in a clause speaking ahead
    (
        "The new clinic in the district will be 100% ready by December, the akim's office said.",
        date(2024, 1, 12),
        "100%",
        (None, date(2024, 12, 31)),
    ),
    (
        "The ring road is expected to be 85% finished by November.",
        date(2023, 1, 20),
        "85%",
        (None, date(2023, 11, 30)),
    ),
    (
        "The holding plans to deliver 60,000 tons of fertiliser to farmers by October.",
        date(2022, 2, 4),
        "60,000 tons",
        (None, date(2022, 10, 31)),
    ),
    # look-alikes: a past deed keeps the December gone by; told before December, this December
    (
        "The new clinic in the district was 100% ready by December, the akim's office said.",
        date(2024, 1, 12),
        "100%",
        (None, date(2023, 12, 31)),
    ),
    (
        "The region will commission 450 flats by December.",
        date(2024, 10, 3),
        "450",
        (None, date(2024, 12, 31)),
    ),
    # 2. a margin over last year's figure
    (
        "This year farmers sowed 2.1 million hectares of sunflower, exceeding last year's figure by 448,000 ha.",
        date(2024, 6, 10),
        "448,000 ha",
        (date(2024, 1, 1), date(2024, 12, 31)),
    ),
    (
        "In 2023 the port handled 6.4 million tons, surpassing last year's level by 0.9 million tons.",
        date(2024, 2, 10),
        "0.9 million tons",
        (date(2023, 1, 1), date(2023, 12, 31)),
    ),
    # look-alike: the base's own value keeps last year
    (
        "This year exports reached 9 million tons against last year's 7.8 million tons.",
        date(2024, 6, 10),
        "7.8 million tons",
        (date(2023, 1, 1), date(2023, 12, 31)),
    ),
    # 4. within N years of independence
    (
        "A million families have bought homes within 25 years of independence.",
        date(2016, 11, 20),
        "A million",
        (date(1991, 12, 16), date(2016, 11, 20)),
    ),
    (
        "The country has opened 1,100 new schools within the 30 years of independence.",
        date(2021, 12, 10),
        "1,100",
        (date(1991, 12, 16), date(2021, 12, 10)),
    ),
    # 5. a board's meeting day with its decision
    (
        "At its latest meeting on 12 March, the regulator decided to lower the base rate to 15.25%, "
        "after holding it in early February.",
        date(2024, 3, 14),
        "15.25%",
        (date(2024, 3, 12), date(2024, 3, 12)),
    ),
    (
        "At a session on 9 October the monetary policy committee kept the base rate at 9.5%.",
        date(2021, 10, 11),
        "9.5%",
        (date(2021, 10, 9), date(2021, 10, 9)),
    ),
    # look-alikes: a day something was told at a meeting
    (
        "Speaking at a government meeting on 25 July, the minister said output grew by 4.4% in the first "
        "half of the year.",
        date(2022, 7, 27),
        "4.4%",
        (date(2022, 1, 1), date(2022, 6, 30)),
    ),
    (
        "At the government meeting on 25 July, the minister reported that 2,300 flats were commissioned.",
        date(2022, 7, 27),
        "2,300",
        (None, None),
    ),
    # look-alike: within N years ahead
    (
        "Within 25 years, 1.5 million families will buy homes under the programme.",
        date(2016, 11, 20),
        "1.5 million",
        (date(2016, 11, 20), date(2041, 11, 20)),
    ),
]


@pytest.mark.parametrize(("text", "published", "surface", "expected"), CASES)
def test_real23en_periods(
    text: str, published: date, surface: str, expected: tuple[date | None, date | None]
) -> None:
    assert _span(text, surface, published) == expected


PARAGRAPHS = [
    # look-alikes: the same start and a half, a year within decades move the story on
    (
        "In January-July 2020 meat output rose by 3%. In January-June 2020 poultry exports came to 9,000 "
        "tons.\n\nEggs exports reached 1,200 tons.",
        date(2020, 8, 20),
        "1,200 tons",
        (date(2020, 1, 1), date(2020, 6, 30)),
    ),
    (
        "Output has doubled over the past 25 years. In 2024 plants made 115 billion kWh.\n\nThe grid "
        "gained 900 km of lines.",
        date(2025, 12, 15),
        "900 km",
        (date(2024, 1, 1), date(2024, 12, 31)),
    ),
    # 6. the same figure in another measure after ", which is"
    (
        "Some 410 billion tenge was invested in the first seven months of this year.\n\nThe city's "
        "industry has grown 4.2 percent, which is 280.5 billion tenge.",
        date(2018, 8, 20),
        "280.5 billion tenge",
        (date(2018, 1, 1), date(2018, 7, 31)),
    ),
    (
        "In January-September, the region's farm output has risen by 6 percent, which is about 95 billion tenge.",
        date(2021, 10, 12),
        "95 billion tenge",
        (date(2021, 1, 1), date(2021, 9, 30)),
    ),
    # look-alike: a status day
    (
        "As of October 2, farmers have threshed 9.4 million hectares, which is 61% of the sown area.",
        date(2021, 10, 4),
        "61%",
        (date(2021, 10, 2), date(2021, 10, 2)),
    ),
]


@pytest.mark.parametrize(("text", "published", "surface", "expected"), PARAGRAPHS)
def test_real23en_quarter_aside(
    text: str, published: date, surface: str, expected: tuple[date | None, date | None]
) -> None:
    assert _span(text, surface, published) == expected


TITLED = [
    # 3. a part of a figure moved into the headline's span
    (
        "Over 400 billion tenge attracted to the region within 10 months of 2020",
        "This year 17 billion tenge were spent on the streets of the city. 12.6 billion of them came "
        "from the national budget.",
        date(2020, 11, 6),
        "12.6 billion",
        (date(2020, 1, 1), date(2020, 10, 31)),
    ),
    (
        "Airports served 9.1 million passengers in nine months of 2019",
        "This year the capital's airport served 3.2 million passengers. 410,000 of them were in transit.",
        date(2019, 10, 20),
        "410,000",
        (date(2019, 1, 1), date(2019, 9, 30)),
    ),
    # look-alike: no span in the headline
    (
        "Street repairs in the city",
        "This year 17 billion tenge were spent on the streets of the city. 12.6 billion of them came "
        "from the national budget.",
        date(2020, 11, 6),
        "12.6 billion",
        (date(2020, 1, 1), date(2020, 12, 31)),
    ),
]


@pytest.mark.parametrize(("title", "text", "published", "surface", "expected"), TITLED)
def test_real23en_titled(
    title: str, text: str, published: date, surface: str, expected: tuple[date | None, date | None]
) -> None:
    assert _span(text, surface, published, title) == expected
