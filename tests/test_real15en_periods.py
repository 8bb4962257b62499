"""Period classes seen on real stored English news pages (round real15en), in sentences of our own.

Labelled by tests/realworld/FORMAT.md:
  1. "in the reporting period of 2023", "over the reporting period of 2022", "at the same date last
     year": the report's span (or day) in the year named, like "the same period of 2022"; and a base
     value opening a bracket with its span after it ("$1.5 billion ($1.4 billion over the same
     period of 2022)") is that span a year back, not the report's.
  2. "From January to June in 2020": one span, not the whole year.
  3. "11 regions grew in 11 months of 2016, compared to 8 regions last year": the base value's
     period is no span the next sentences report in.
  4. The kind cues that left a carried period blank: "growth ... is fixed at 6.2%" (recorded, as
     translated news renders "зафиксирован"), "due to strong dynamics in trade (+ 9.1 percent)" (a
     cause, nothing scheduled), "It should be noted, ..." (a remark, no goal).
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicator_record import Indicator
from tests.figure_lookup import figure_by_surface


def _by_surface(text: str, surface: str, published: date, title: str = "") -> Indicator:
    return figure_by_surface(text, surface, published, title, None)


def _period(indicator: Indicator) -> tuple[date | None, date | None]:
    return indicator.period_start, indicator.period_end


JUN_2024 = date(2024, 6, 12)
JAN_MAY_2024 = (date(2024, 1, 1), date(2024, 5, 31))
JAN_MAY_2023 = (date(2023, 1, 1), date(2023, 5, 31))


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        # the reporting period named with a year: the report's months in that year
        (
            "Fruit imports from Uzbekistan in January-May 2024 grew by 9 percent. In the reporting period of 2024, "
            "grapes worth $12.4 million were shipped.",
            "$12.4 million",
            JAN_MAY_2024,
        ),
        (
            "Fruit imports from Uzbekistan in January-May 2024 grew by 9 percent. In the reporting period of 2024, "
            "grapes worth $12.4 million were shipped, against $10.1 million over the same period of 2023.",
            "$10.1 million",
            JAN_MAY_2023,
        ),
        (
            "Fruit imports in January-May 2024 grew by 9 percent. The share of grapes fell by 0.3 percentage points "
            "year-on-year (6.1 percent over the reporting period of 2023).",
            "6.1 percent",
            JAN_MAY_2023,
        ),
        # a base value opening a bracket, its span after it
        (
            "Cargo at the port in January-May 2024 reached 2.1 million tons (1.8 million tons over the same period "
            "of 2023).",
            "1.8 million tons",
            JAN_MAY_2023,
        ),
        (
            "Cargo at the port in January-May 2024 reached 2.1 million tons (1.8 million tons over the same period "
            "of 2023).",
            "2.1 million tons",
            JAN_MAY_2024,
        ),
        # look-alikes: a bracketed part of the figure's own span keeps it
        (
            "Cargo at the port in January-May 2024 reached 2.1 million tons (including 0.4 million tons of grain).",
            "0.4 million tons",
            JAN_MAY_2024,
        ),
        (
            "Cargo at the port reached 2.1 million tons in 2023 (1.8 million tons in 2022).",
            "1.8 million tons",
            (date(2022, 1, 1), date(2022, 12, 31)),
        ),
    ],
)
def test_reporting_period_and_bracketed_base(text: str, surface: str, period: tuple[date, date]) -> None:
    assert _period(_by_surface(text, surface, JUN_2024)) == period


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        (
            "On August 20, farms had threshed 1.9 million tons of grain. At the same date last year, 1.4 million "
            "tons had been threshed.",
            "1.4 million tons",
            (date(2023, 8, 20), date(2023, 8, 20)),
        ),
        (
            "As of August 20, 310,000 hectares were sown with winter wheat. At the same date last year, farms "
            "had sown 280,000 hectares.",
            "280,000 hectares",
            (date(2023, 8, 20), date(2023, 8, 20)),
        ),
        # look-alike: last year alone is the whole year
        (
            "On August 20, farms had threshed 1.9 million tons of grain. Last year, 17 million tons were harvested.",
            "17 million tons",
            (date(2023, 1, 1), date(2023, 12, 31)),
        ),
    ],
)
def test_same_date_last_year(text: str, surface: str, period: tuple[date, date]) -> None:
    assert _period(_by_surface(text, surface, date(2024, 8, 22))) == period


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        (
            "From January to June in 2021, retail sales came to 9.8 trillion tenge.",
            "9.8 trillion tenge",
            (date(2021, 1, 1), date(2021, 6, 30)),
        ),
        (
            "Between March and May in 2022, the airport served 1.3 million passengers.",
            "1.3 million",
            (date(2022, 3, 1), date(2022, 5, 31)),
        ),
        (
            "Prices for buckwheat rose by 18% in January-April in 2022.",
            "18%",
            (date(2022, 1, 1), date(2022, 4, 30)),
        ),
        # look-alikes: a month apart from the year keeps the year whole
        (
            "Sales fell from January, and in 2021 they came to 9.8 trillion tenge.",
            "9.8 trillion tenge",
            (date(2021, 1, 1), date(2021, 12, 31)),
        ),
        (
            "Since its launch in 2019, the plant has produced 45,000 tons.",
            "45,000 tons",
            (date(2019, 1, 1), date(2024, 8, 22)),
        ),
    ],
)
def test_month_to_month_in_a_year(text: str, surface: str, period: tuple[date, date]) -> None:
    assert _period(_by_surface(text, surface, date(2024, 8, 22))) == period


NOV_2016 = (date(2016, 1, 1), date(2016, 11, 30))
_LEAD = "The akim named the districts with the highest growth of milk output. "


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        (
            _LEAD
            + '"11 districts raised milk output in 11 months of 2016, compared to 6 districts last year," the akim '
            "said. The best results were in Shortandy district - 7.2% and Zerendi district - 5.9%.",
            "7.2%",
            NOV_2016,
        ),
        (
            "The ministry named the leading exporters. Exports of flour grew in 11 months of 2016 to 1.9 million tons against 1.6 million tons last year. "
            "Shipments to Afghanistan rose by 12%.",
            "12%",
            NOV_2016,
        ),
        # the base itself keeps the base's span
        (
            _LEAD
            + '"11 districts raised milk output in 11 months of 2016, compared to 6 districts last year," the akim '
            "said.",
            "6",
            (date(2015, 1, 1), date(2015, 11, 30)),
        ),
        # look-alike: a period of its own told next is the next sentences' scene
        (
            _LEAD
            + '"11 districts raised milk output in 11 months of 2016, compared to 6 districts last year," the akim '
            "said. In 2015 the region produced 410,000 tons of milk.",
            "410,000 tons",
            (date(2015, 1, 1), date(2015, 12, 31)),
        ),
    ],
)
def test_base_value_sets_no_scene(text: str, surface: str, period: tuple[date, date]) -> None:
    assert _period(_by_surface(text, surface, date(2016, 12, 20))) == period


JAN_JUL_2023 = (date(2023, 1, 1), date(2023, 7, 31))


@pytest.mark.parametrize(
    ("text", "surface", "kind", "period"),
    [
        (
            "Industrial output in January-July 2023 grew by 3.6%. Growth in water supply made 5.1% and in "
            "waste collection it is fixed at 4.4%.",
            "4.4%",
            "actual",
            JAN_JUL_2023,
        ),
        (
            "Industrial output in January-July 2023 grew by 3.6%. A rise is fixed in 11 regions.",
            "11",
            "actual",
            JAN_JUL_2023,
        ),
        (
            "Industrial output in January-July 2023 grew by 3.6%. Services grew by 2.1 percent due to strong "
            "dynamics in retail (+ 7.2 percent).",
            "7.2 percent",
            "actual",
            JAN_JUL_2023,
        ),
        (
            "Industrial output in January-July 2023 grew by 3.6%. This became possible due to high investment in "
            "machinery (+ 41.5 percent).",
            "41.5 percent",
            "actual",
            JAN_JUL_2023,
        ),
        (
            "Industrial output in January-July 2023 grew by 3.6%. It should be noted that 14 regions reported "
            "growth.",
            "14",
            "actual",
            JAN_JUL_2023,
        ),
        # look-alikes: a price fixed, a scheduled opening, a duty stay plans
        ("The price of bread is fixed at 160 tenge.", "160 tenge", "plan", (None, None)),
        (
            "For 2024 the wage was raised; it is fixed at 85,000 tenge.",
            "85,000 tenge",
            "plan",
            (date(2024, 1, 1), date(2024, 12, 31)),
        ),
        (
            "The hospital, due to open in 2025, will have 300 beds.",
            "300",
            "plan",
            (date(2025, 1, 1), date(2025, 12, 31)),
        ),
        (
            "The 12 km bypass is due to be completed in 2025.",
            "12 km",
            "plan",
            (date(2025, 1, 1), date(2025, 12, 31)),
        ),
    ],
)
def test_kind_cues_that_blanked_a_carried_period(
    text: str, surface: str, kind: str, period: tuple[date | None, date | None]
) -> None:
    figure = _by_surface(text, surface, date(2023, 8, 21))
    assert (figure.kind, _period(figure)) == (kind, period)


MAR_2025 = date(2025, 3, 17)
YEAR_2024 = (date(2024, 1, 1), date(2024, 12, 31))


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        # a record's yardstick dates neither the figure nor what follows
        (
            "In 2024 alone, 95 plants were opened in the food sector. As a result, the sector grew by almost 7% - the "
            "fastest pace in the past decade.",
            "7%",
            YEAR_2024,
        ),
        (
            "In 2024 alone, 95 plants were opened in the food sector. As a result, the sector grew by almost 7% - the "
            "fastest pace in the past decade. Output of flour reached 3.1 million tons.",
            "3.1 million tons",
            YEAR_2024,
        ),
        (
            "In 2024, the tenge lost 14% against the dollar, the biggest fall over the past five years.",
            "14%",
            YEAR_2024,
        ),
        (
            "In 2024, imports of cars reached 160,000 units, the highest figure since 2013.",
            "160,000",
            YEAR_2024,
        ),
        # look-alikes: a span of its own with no record stays the figure's
        ("Over the past five years, exports of flour grew by 40%.", "40%", (date(2020, 3, 17), MAR_2025)),
        ("Since 2019, the region has built 61 schools.", "61", (date(2019, 1, 1), MAR_2025)),
        (
            "The record harvest of 26.5 million tons was gathered in 2011.",
            "26.5 million tons",
            (date(2011, 1, 1), date(2011, 12, 31)),
        ),
    ],
)
def test_record_yardstick_is_no_period(text: str, surface: str, period: tuple[date, date]) -> None:
    assert _period(_by_surface(text, surface, MAR_2025)) == period


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        # "from X to Y" under a span of whole years over: X the first year's, Y the last year's
        (
            "Between 2010 and 2020, the average pension grew from 23,000 to 81,000 tenge.",
            "23,000",
            (date(2010, 1, 1), date(2010, 12, 31)),
        ),
        (
            "Between 2010 and 2020, the average pension grew from 23,000 to 81,000 tenge.",
            "81,000 tenge",
            (date(2020, 1, 1), date(2020, 12, 31)),
        ),
        (
            "Steady growth (2016–2019): the share of gasified homes rose from 48% to 55%.",
            "48%",
            (date(2016, 1, 1), date(2016, 12, 31)),
        ),
        (
            "Steady growth (2016–2019): the share of gasified homes rose from 48% to 55%.",
            "55%",
            (date(2019, 1, 1), date(2019, 12, 31)),
        ),
        # carried from the sentence before
        (
            "Between 2010 and 2020, the average pension grew by 3.5 times. The minimum wage also rose from 17,439 to "
            "42,500 tenge.",
            "17,439",
            (date(2010, 1, 1), date(2010, 12, 31)),
        ),
        (
            "Between 2010 and 2020, the average pension grew by 3.5 times. The minimum wage also rose from 17,439 to "
            "42,500 tenge.",
            "42,500 tenge",
            (date(2020, 1, 1), date(2020, 12, 31)),
        ),
        # look-alikes: the change over the span keeps it; an old level with a year of its own keeps it
        (
            "Between 2010 and 2020, the average pension grew by 3.5 times.",
            "3.5 times",
            (date(2010, 1, 1), date(2020, 12, 31)),
        ),
        (
            "Between 2010 and 2020, the average pension grew from 23,000 tenge in 2011 to 81,000 tenge.",
            "23,000 tenge",
            (date(2011, 1, 1), date(2011, 12, 31)),
        ),
        (
            "In 2020, the average pension grew from 74,000 to 81,000 tenge.",
            "74,000",
            (date(2019, 1, 1), date(2019, 12, 31)),
        ),
    ],
)
def test_old_and_new_level_at_a_past_span_s_ends(text: str, surface: str, period: tuple[date, date]) -> None:
    assert _period(_by_surface(text, surface, MAR_2025)) == period


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        ("Another 240,000 jobs will be created by year's end.", "240,000", (None, date(2025, 12, 31))),
        (
            "The ministry expects to connect 120 villages to the internet by the year’s end.",
            "120",
            (None, date(2025, 12, 31)),
        ),
        # look-alike: "this year" with no "by" is the whole year
        (
            "Another 240,000 jobs will be created this year.",
            "240,000",
            (date(2025, 1, 1), date(2025, 12, 31)),
        ),
    ],
)
def test_by_year_s_end_is_a_deadline(text: str, surface: str, period: tuple[date | None, date]) -> None:
    assert _period(_by_surface(text, surface, MAR_2025)) == period


@pytest.mark.parametrize(
    ("text", "published", "surface", "period"),
    [
        # a quarter told ahead is the one still to come, with the year named before it if any
        (
            "Analysts expect exports of 310,000 tons in the third quarter.",
            date(2021, 5, 12),
            "310,000 tons",
            (date(2021, 7, 1), date(2021, 9, 30)),
        ),
        (
            "The ministry forecasts that in 2022 output will peak in the fourth quarter at 9.4 million tons.",
            date(2021, 5, 12),
            "9.4 million tons",
            (date(2022, 10, 1), date(2022, 12, 31)),
        ),
        (
            "It is necessary to keep growth at 4.2% in the fourth quarter.",
            date(2021, 5, 12),
            "4.2%",
            (date(2021, 10, 1), date(2021, 12, 31)),
        ),
        # numerals for ordinals
        (
            "Unemployment fell to 4.8% in the 2nd quarter of this year.",
            date(2021, 8, 20),
            "4.8%",
            (date(2021, 4, 1), date(2021, 6, 30)),
        ),
        (
            "Exports rose by 7% in the 3rd quarter of 2020.",
            date(2021, 8, 20),
            "7%",
            (date(2020, 7, 1), date(2020, 9, 30)),
        ),
        # look-alikes: a quarter told as done is the last one over
        (
            "Growth in the fourth quarter was 4.1%.",
            date(2021, 5, 12),
            "4.1%",
            (date(2020, 10, 1), date(2020, 12, 31)),
        ),
        (
            "Output fell by 3% in the third quarter.",
            date(2021, 5, 12),
            "3%",
            (date(2020, 7, 1), date(2020, 9, 30)),
        ),
    ],
)
def test_quarters_ahead_and_numbered(
    text: str, published: date, surface: str, period: tuple[date, date]
) -> None:
    assert _period(_by_surface(text, surface, published)) == period


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        # a year-like count of people is no year dating the sentence
        (
            "In the first half of the year, 1984 residents found jobs, and 42% of them were young people.",
            "42%",
            (date(2014, 1, 1), date(2014, 6, 30)),
        ),
        ("In 2013, 1967 people found jobs.", "1967", (date(2013, 1, 1), date(2013, 12, 31))),
        # look-alike: a year before a plural noun after "in" is a year
        (
            "In 2012 pensioners received 40,000 tenge a month on average.",
            "40,000 tenge",
            (date(2012, 1, 1), date(2012, 12, 31)),
        ),
    ],
)
def test_year_like_count_is_no_year(text: str, surface: str, period: tuple[date, date]) -> None:
    assert _period(_by_surface(text, surface, date(2014, 8, 6))) == period


JUL_2018 = date(2018, 7, 10)


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        # an undated lead figure restated later with the span it covers
        (
            "The average pension is 96,400 tenge for the current period. The minister spoke at the government "
            "meeting. In January-May, the average pension reached 96,400 tenge.",
            "96,400 tenge",
            (date(2018, 1, 1), date(2018, 5, 31)),
        ),
        (
            "Retail sales grew by 6.2 percent, the ministry said. In the first half of the year, retail sales grew by "
            "6.2 percent to 5.1 trillion tenge.",
            "6.2 percent",
            (date(2018, 1, 1), date(2018, 6, 30)),
        ),
        # look-alikes: another value, a lead with its own period, a restatement in a long-past year
        (
            "The average pension is 97,000 tenge. In January-May, the average pension reached 96,400 tenge.",
            "97,000 tenge",
            (JUL_2018, JUL_2018),
        ),
        (
            "In 2017, retail sales grew by 6.2 percent. In the first half of the year, retail sales grew by 6.2 "
            "percent.",
            "6.2 percent",
            (date(2017, 1, 1), date(2017, 12, 31)),
        ),
        (
            "The average pension is 96,400 tenge. In 2015, the average pension was 96,400 tenge.",
            "96,400 tenge",
            (JUL_2018, JUL_2018),
        ),
    ],
)
def test_lead_figure_restated_later(text: str, surface: str, period: tuple[date, date]) -> None:
    assert _period(_by_surface(text, surface, JUL_2018)) == period


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        # the old level of a change told on a day stood before that day: not that day
        (
            "On Jan. 25, the base rate was raised from 9.75 percent to 10.25 percent.",
            "9.75 percent",
            (None, None),
        ),
        ("As of March 1, the herd grew from 4.1 million to 4.3 million heads.", "4.1 million", (None, None)),
        # look-alikes: the new level keeps the day; a rise within a week starts in it
        (
            "On Jan. 25, the base rate was raised from 9.75 percent to 10.25 percent.",
            "10.25 percent",
            (date(2022, 1, 25), date(2022, 1, 25)),
        ),
        ("Last week prices went from 170 to 270 tenge.", "170", (date(2022, 2, 21), date(2022, 2, 27))),
    ],
)
def test_old_level_of_a_day_s_change(
    text: str, surface: str, period: tuple[date | None, date | None]
) -> None:
    assert _period(_by_surface(text, surface, date(2022, 3, 5))) == period
