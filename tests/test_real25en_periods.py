"""Period errors left by round real24en on real stored English pages, in sentences of our own.

Labelled by tests/realworld/FORMAT.md:
  1. "Inflation will be 4%–6% this year before slowing in 2022": the period right after a spread's
     high end dates its low end too (the low end took the later clause's year). Look-alikes: a spread
     with its year before it, and "from ... to" (a change, old level and new) keep their readings.
  2. "About 900 new firms open each month in the city": a present rate of a habit "each/every month"
     stands at the report, as "each day" and "each week" already did (it was undated, or took a span
     carried from the sentence before). Look-alike: a past deed "each month" in a dated year keeps it.
  3. "The plan for the year is 1.8 million square metres": the plan for the year as a subject is the
     year in scope, as "the annual plan is" already was (it was undated); after "In 2019 ..." that year. Look-alike: "85% of the plan
     for the year" stays undated (a reference to the plan, no period of its own).
  4. "Since March 2015 when the rate was cut to 12%, loans have doubled": a figure of the "when" clause
     right after a "since" span is dated at the span's start (it took the span to the report). Look-
     alikes: the figure of the main clause keeps the span; a "when" clause set off by commas with no
     figure leaves the main clause's figure its span.
  5. "Since 2018 until now, the number of firms grew by 14% to 7,300": the level a change "by N%"
     reached over a span from an earlier year to the report stands now, as "has grown to 7,300" already
     did (it took the span). Look-alikes: the change keeps the span; "In 2020 ... grew by 14% to 7,300"
     keeps 2020; "cut fares by 10% to 25 towns" (a place, not a level) keeps the span.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface, span


def _span(text: str, surface: str, published: date) -> tuple[date | None, date | None]:
    return span(figure_by_surface(text, surface, published, "", "en"))


CASES = [
    # 1. a spread's low end takes the period after its high end
    (
        "Inflation will be 4%–6% this year before slowing in 2022.",
        date(2021, 3, 2),
        "4%",
        (date(2021, 1, 1), date(2021, 12, 31)),
    ),
    (
        "The bank sees output growing 2.5-3 percent in 2024 and then faster in 2025.",
        date(2024, 2, 20),
        "2.5",
        (date(2024, 1, 1), date(2024, 12, 31)),
    ),
    # look-alikes: the year before the spread; a change from one level to another
    (
        "In 2023 yields ranged from 9 to 14 centners per hectare, after the drought of 2021.",
        date(2024, 1, 10),
        "9",
        (date(2023, 1, 1), date(2023, 12, 31)),
    ),
    (
        "The rate rose from 9 to 14 percent in 2023.",
        date(2024, 1, 10),
        "14 percent",
        (date(2023, 1, 1), date(2023, 12, 31)),
    ),
    # 2. a habit each month stands at the report
    (
        "About 900 new firms open each month in the city.",
        date(2022, 8, 5),
        "900",
        (date(2022, 8, 5), date(2022, 8, 5)),
    ),
    (
        "In January-June the city registered 6,100 firms. Some 900 new shops open every month in Shymkent.",
        date(2022, 8, 5),
        "900",
        (date(2022, 8, 5), date(2022, 8, 5)),
    ),
    (
        "Every month, about 250 families apply for the housing queue.",
        date(2022, 8, 5),
        "250",
        (date(2022, 8, 5), date(2022, 8, 5)),
    ),
    # look-alike: a past deed each month in a year named keeps the year
    (
        "In 2020 the fund paid 40,000 tenge each month to 120 families.",
        date(2022, 8, 5),
        "120",
        (date(2020, 1, 1), date(2020, 12, 31)),
    ),
    # 3. the plan for the year as a subject
    (
        "The plan for the year is 1.8 million square metres of housing.",
        date(2021, 4, 12),
        "1.8 million square metres",
        (date(2021, 1, 1), date(2021, 12, 31)),
    ),
    (
        "In 2019 the region handed over 1.5 million square metres. The target for the year was 1.7 million "
        "square metres.",
        date(2021, 4, 12),
        "1.7 million square metres",
        (date(2019, 1, 1), date(2019, 12, 31)),
    ),
    # 4. a "when" clause after a "since" span
    (
        "Since March 2015 when the rate was cut to 12%, loans have doubled to 900 billion tenge.",
        date(2017, 6, 1),
        "12%",
        (date(2015, 3, 1), date(2015, 3, 31)),
    ),
    (
        "Ever since 2016 when the scheme started with 35 farms, 410 farms have joined it.",
        date(2019, 6, 1),
        "35",
        (date(2016, 1, 1), date(2016, 12, 31)),
    ),
    # look-alikes: the main clause keeps the span
    (
        "Ever since 2016 when the scheme started with 35 farms, 410 farms have joined it.",
        date(2019, 6, 1),
        "410",
        (date(2016, 1, 1), date(2019, 6, 1)),
    ),
    (
        "Since 2017, when the law took effect, 52 schools have been built.",
        date(2019, 6, 1),
        "52",
        (date(2017, 1, 1), date(2019, 6, 1)),
    ),  # 5. the level a change "by N%" reached since an earlier year stands now
    (
        "Since 2018 until now, the number of small firms grew by 14% to 7,300.",
        date(2021, 3, 9),
        "7,300",
        (date(2021, 3, 9), date(2021, 3, 9)),
    ),
    (
        "Since 2015, the flock has increased by 25 percent, to 2.1 million head.",
        date(2021, 3, 9),
        "2.1 million",
        (date(2021, 3, 9), date(2021, 3, 9)),
    ),
    # look-alikes: the change keeps the span; a level in a year of its own keeps the year; a place
    # reached by a change is no level
    (
        "Since 2018 until now, the number of small firms grew by 14% to 7,300.",
        date(2021, 3, 9),
        "14%",
        (date(2018, 1, 1), date(2021, 3, 9)),
    ),
    (
        "In 2020 the number of small firms grew by 14% to 7,300.",
        date(2021, 3, 9),
        "7,300",
        (date(2020, 1, 1), date(2020, 12, 31)),
    ),
    (
        "Since 2018 the carrier cut fares by 10% to 25 towns.",
        date(2021, 3, 9),
        "25",
        (date(2018, 1, 1), date(2021, 3, 9)),
    ),
]


@pytest.mark.parametrize(("text", "published", "surface", "expected"), CASES)
def test_real25en_periods(
    text: str, published: date, surface: str, expected: tuple[date | None, date | None]
) -> None:
    assert _span(text, surface, published) == expected


def test_a_reference_to_the_plan_for_the_year_stays_undated() -> None:
    text = "The city has met 85% of the plan for the year."
    assert _span(text, "85%", date(2021, 4, 12)) == (None, None)
