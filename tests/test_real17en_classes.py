"""Errors seen on real stored English news pages (round real17en), in sentences of our own.

Labelled by tests/realworld/FORMAT.md:
  1. a figureless sentence saying whose report the next ones give, named with its span ("presented
     a report on the ministry's work in the past 7 months of 2017", "reported on the district's
     development for the first six months of 2025", "led the country in the main indicators in
     January this year") sets the span its figures are carried in, though it is not the lead and
     does not open with it. Look-alikes: a report on plans ahead, a figureless sentence naming no
     report.
  2. "At the end of the first half of 2023, GRP amounted to X": a flow over the half (a stock such
     as deposits, or "the rate was", stays at the half's last day), and what follows is in the
     half; "At the end of two months of this year, ..." opens its sentence and sets the span.
  3. "in the first month of the year" is January; "since the year beginning" runs from 1 January.
  4. statements of intent and forecasts: "intends to raise the share by 2.8 times to 15 percent"
     (the number between verb and level hid the goal), "with the purpose to cut losses by 30
     percent" / "in order to reduce ... by 25 percent" (a change a purpose aims at), "The key is to
     raise exports by 2.9 times" are goals (target); "we believe (that) we will be able to bring it
     down to 5%" is an outlook (forecast). Look-alikes: "intends to buy 400 buses" (plan), "managed
     to cut water use by 12 percent last year" (no purpose), "hopes to bring inflation down to 7%"
     (target), "The key is to open 12 schools" (no level aimed at: plan).
  5. a phased increase "to 70% over five years", told ahead, covers the five years from
     publication, or from the year it started in ("Since 2023 ... over five years": 2023-2027);
     "Over six years, output has tripled" and "is repaid over five years" get no such span.
  6. the old level of a change ahead named as today's ("from today's 18 million tons to 33
     million in 2020", "from the current 31%") is the state at publication, actual.
  7. "13 projects ... are being developed", "54 projects are being fulfilled": how many projects
     are under way is a present state (actual), as "being implemented" was.
  8. "13.5trn tenge": "trn" is a scale word like "trln".
  9. proposals: "deputies recommended that the government increase the wage from 85,000 to 110,000
     tenge", "the government was considering raising the wage to 90,000 tenge" are plans (the old
     level stays actual). Look-alikes: "the court was considering 1,200 cases" (work done), "the
     recommended daily intake is 2,000 calories" (a norm named).
 10. bases and spans of tourism and harvest reports: "For January-June, 2017" (a comma before the
     year) is the half, not the year; "in comparison with the last year" is a base, like "compared
     with"; a sentence opening "It is 28.7% more than ..." sets its figure against whatever it
     names after "than", however far ("the number of guests served for January-June of last
     year"); "That is 12 million tons more than in 2022" takes the figure before's span, as "This
     is 2.8 percent more" did; an amount right before "more/less than" is a change ("1.2 million
     tons more than in 2022", FORMAT.md's "58 billion more than"), "more than 5 million" before
     it stays a qualifier.
 11. a level named as last year's in a forecast ("36% smaller than last year's 20.6 million
     tonnes", "up from last year's 17.2 million tons") is last year's outcome (actual, the year
     before publication), not this year's forecast; "36% smaller than" is a change.
 12. what a harvest or yield "will make / total / be about" is an expected outcome (forecast), as
     "should harvest" is. Look-alikes: "the crops will be harvested from 15 million ha" (the area
     sown, plan), "the harvest will be stored in 30 new elevators", "the ministry will harvest 2
     million tons of seed grain" (an act, plan).
 13. "by 2022 the wage will increase by 20 percent and by 2025 by two times", "In 2023 exports grew
     by 5% and in 2024 by 7%": a period right after "and" with another figure after it opens the
     next pair; the figure before it keeps the period named before it. Look-alikes: "to reach 6%
     by 2025 and 10% by 2030" (each period after its figure), "grew by 5% and in 2024 they rose by
     7%" (no period before the first figure: as before).
 14. a share written with a small number word ("accounts for four percent of the mix", "rose by
     more than five percent") is a figure; FORMAT.md leaves only small counts ("two countries")
     optional, and they are still not read.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicator_record import Indicator
from etl.extract.indicators import extract_indicators
from tests.figure_lookup import figure_by_surface, span


def _figure(text: str, surface: str, published: date) -> Indicator:
    return figure_by_surface(text, surface, published, "", "en")


# 1. a report named with its span in a figureless sentence that is not the lead
REPORT_SPAN = [
    (
        "The President met the Prime Minister at his residence today, the press office said.\n"
        "During the meeting, the Prime Minister presented a report on the work of the Cabinet in the "
        "past 7 months of 2017.\n"
        '"The economy grew by 4.2% and unemployment was recorded at 4.9%," he said.',
        date(2017, 8, 7),
        "4.9%",
        (date(2017, 1, 1), date(2017, 7, 31)),
    ),
    (
        "The head of state received the governor of the region on Tuesday.\n"
        "The governor reported on the socioeconomic development of the region for the first six "
        "months of 2025.\n"
        "Farm output grew by 3.1 percent and 2,300 jobs were created.",
        date(2025, 7, 22),
        "2,300",
        (date(2025, 1, 1), date(2025, 6, 30)),
    ),
    (
        "The district held a meeting of its administration on Monday.\n"
        '"The district led the province in the main economic indicators in January this year. '
        'Retail trade rose by 6.4 per cent," the deputy akim said.',
        date(2023, 2, 20),
        "6.4 per cent",
        (date(2023, 1, 1), date(2023, 1, 31)),
    ),
]


@pytest.mark.parametrize(("text", "published", "surface", "expected"), REPORT_SPAN)
def test_a_figureless_sentence_naming_a_reports_span_carries_it(
    text: str, published: date, surface: str, expected: tuple[date, date]
) -> None:
    assert span(_figure(text, surface, published)) == expected


def test_a_report_on_plans_ahead_carries_no_span() -> None:
    text = (
        "The mayor met the press on Monday.\n"
        "He reported on the city's plans for 2026.\n"
        "The city has 41 clinics."
    )
    figure = _figure(text, "41", date(2025, 11, 3))
    assert span(figure) == (date(2025, 11, 3), date(2025, 11, 3))


# 2. "at the end of" a half or of N months: the span for a flow, the day for a stock
def test_gross_product_at_the_end_of_a_half_is_the_half_and_carried() -> None:
    text = (
        "At the end of the first half of 2023, the gross regional product amounted to 2.4 trillion "
        "tenge, an increase of 6.1 percent.\n"
        "Retail trade grew by 3.2 percent, reaching 0.9 trillion tenge."
    )
    published = date(2023, 11, 20)
    half = (date(2023, 1, 1), date(2023, 6, 30))
    assert span(_figure(text, "2.4 trillion tenge", published)) == half
    assert span(_figure(text, "3.2 percent", published)) == half


@pytest.mark.parametrize(
    "text",
    [
        "At the end of the first half of 2023, deposits amounted to 40 trillion tenge.",
        "At the end of the first half of 2023, the unemployment rate was 4.7%.",
    ],
)
def test_a_stock_at_the_end_of_a_half_stays_at_its_last_day(text: str) -> None:
    figure = extract_indicators(text, date(2023, 11, 20), language="en")[0]
    assert span(figure) == (date(2023, 6, 30), date(2023, 6, 30))


def test_a_figureless_sentence_opening_at_the_end_of_two_months_sets_the_span() -> None:
    text = (
        "Budget spending is planned to grow by 1.1 trillion tenge over the next three years. "
        "At the end of two months of this year, a quarter of spending went to social aid. "
        "Spending on schools amounted to 402 billion tenge."
    )
    figure = _figure(text, "402 billion tenge", date(2020, 3, 20))
    assert span(figure) == (date(2020, 1, 1), date(2020, 2, 29))


# 3. "the first month of the year", "since the year beginning"
@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            "In the first month of the year, 64,000 square meters of housing were commissioned.",
            "64,000 square meters",
            (date(2023, 1, 1), date(2023, 1, 31)),
        ),
        (
            "The district has built 210,400 square meters of housing since the year beginning.",
            "210,400 square meters",
            (date(2023, 1, 1), date(2023, 2, 22)),
        ),
        (
            "Since the year's start, 1,240 apartments have been handed over.",
            "1,240",
            (date(2023, 1, 1), date(2023, 2, 22)),
        ),
    ],
)
def test_first_month_and_since_the_year_beginning(
    text: str, surface: str, expected: tuple[date, date]
) -> None:
    assert span(_figure(text, surface, date(2023, 2, 22))) == expected


# 4. statements of intent, purposes and beliefs
@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        (
            "The country intends to raise wind power output by 3.4 times to 12 percent of generation by 2030.",
            "12 percent",
            "target",
        ),
        (
            "The country intends to raise wind power output by 3.4 times to 12 percent of generation by 2030.",
            "3.4 times",
            "target",
        ),
        (
            "The strategy was adopted with the purpose to cut water losses by 30 percent before 2029.",
            "30 percent",
            "target",
        ),
        (
            "The scheme was launched in order to reduce heat losses by 25 percent by 2028.",
            "25 percent",
            "target",
        ),
        ("The key is to raise exports of farm machinery by 2.9 times.", "2.9 times", "target"),
        ("The priority is to bring the share of processed goods to 55%.", "55%", "target"),
        (
            '"We expect inflation at 8% next year, and we believe that we will be able to bring it down '
            'to 5.5% in 2027," the governor said.',
            "5.5%",
            "forecast",
        ),
        ("We believe we will bring the deficit down to 1.8% of GDP by 2028.", "1.8%", "forecast"),
        ("The minister is confident the harvest will exceed 20 million tons.", "20 million tons", "forecast"),
        # look-alikes that keep their reading
        ("The city intends to buy 400 buses next year.", "400", "plan"),
        ("The bank hopes to bring inflation down to 7% next year.", "7%", "target"),
        ("The key is to open 12 schools in the suburbs.", "12", "plan"),
        ("Farmers managed to cut water use by 12 percent last year.", "12 percent", "actual"),
    ],
)
def test_intent_purpose_and_belief_kinds(text: str, surface: str, kind: str) -> None:
    assert _figure(text, surface, date(2025, 11, 14)).kind == kind


def test_a_purposed_cut_by_a_share_is_a_change() -> None:
    figure = _figure(
        "The strategy was adopted with the purpose to cut water losses by 30 percent before 2029.",
        "30 percent",
        date(2025, 11, 14),
    )
    assert figure.is_change


# 5. "over N years" told ahead
@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            "The minimum pension will be raised in stages to 70% of the subsistence minimum over five years.",
            "70%",
            (date(2025, 11, 14), date(2030, 11, 14)),
        ),
        (
            "It is planned to bring the share of gasified homes to 65% over three years.",
            "65%",
            (date(2025, 11, 14), date(2028, 11, 14)),
        ),
        (
            "Since 2023 the minimum pension has been raised each year and will reach 70% of the "
            "subsistence minimum over five years.",
            "70%",
            (date(2023, 1, 1), date(2027, 12, 31)),
        ),
        (
            "The region will spend 2.3 trillion tenge over three years, from 2024 to 2026, on roads.",
            "2.3 trillion tenge",
            (date(2024, 1, 1), date(2026, 12, 31)),
        ),
    ],
)
def test_over_n_years_told_ahead(text: str, surface: str, expected: tuple[date, date]) -> None:
    assert span(_figure(text, surface, date(2025, 11, 14))) == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Over six years, car output has tripled to 120,000 units.", "120,000"),
        ("The loan is repaid over five years at 6% a year.", "6%"),
    ],
)
def test_over_n_years_not_told_ahead_gets_no_span_ahead(text: str, surface: str) -> None:
    end = _figure(text, surface, date(2025, 11, 14)).period_end
    assert end is None or end <= date(2025, 11, 14)


# 6. the old level named as today's
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "The country should increase transit from today's 20 million tons up to 35 million tons in 2029.",
            "20 million tons",
        ),
        ("The plan is to raise the share of wages in GDP from the current 31% to 38.5% by 2025.", "31%"),
        ("The fleet will grow from the present 300 buses to 500 by 2027.", "300"),
    ],
)
def test_an_old_level_named_as_todays_is_the_state_at_publication(text: str, surface: str) -> None:
    published = date(2025, 11, 14)
    figure = _figure(text, surface, published)
    assert (figure.kind, span(figure)) == ("actual", (published, published))


def test_the_new_level_after_todays_keeps_its_own_reading() -> None:
    text = "The country should increase transit from today's 20 million tons up to 35 million tons in 2029."
    figure = _figure(text, "35 million tons", date(2025, 11, 14))
    assert figure.kind != "actual" and span(figure) == (date(2029, 1, 1), date(2029, 12, 31))


# 7. how many projects are under way
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("He added that 54 water supply projects are being fulfilled as part of the programme.", "54"),
        (
            "13 large investment projects worth 337 billion tenge, creating over 3,400 jobs, are being "
            "developed in the region.",
            "13",
        ),
    ],
)
def test_projects_under_way_are_counted_as_they_stand(text: str, surface: str) -> None:
    assert _figure(text, surface, date(2025, 8, 18)).kind == "actual"


def test_the_worth_of_projects_under_way_stays_plan() -> None:
    text = (
        "13 large investment projects worth 337 billion tenge, creating over 3,400 jobs, are being "
        "developed in the region."
    )
    assert _figure(text, "337 billion tenge", date(2025, 8, 18)).kind == "plan"


# 8. "trn"
def test_trn_is_a_trillion() -> None:
    figure = _figure(
        "In January-December 2019, budget spending made 13.5trn tenge.", "13.5trn tenge", date(2020, 3, 2)
    )
    assert (figure.value, figure.unit) == (13.5e12, "KZT")


# 9. proposals
@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        (
            "Deputies recommended on October 22 that the government increase the stipend from 42,000 tenge "
            "to 55,000 tenge.",
            "55,000 tenge",
            "plan",
        ),
        (
            "Deputies recommended on October 22 that the government increase the stipend from 42,000 tenge "
            "to 55,000 tenge.",
            "42,000 tenge",
            "actual",
        ),
        (
            "In June the ministry was considering raising the allowance to 31,000 tenge.",
            "31,000 tenge",
            "plan",
        ),
        ("The union recommends lifting the allowance to 33,000 tenge.", "33,000 tenge", "plan"),
        # look-alikes
        ("In 2019 the court was considering 1,200 cases.", "1,200", "actual"),
        ("The recommended daily intake is 2,000 calories.", "2,000", "actual"),
    ],
)
def test_proposals_are_plans(text: str, surface: str, kind: str) -> None:
    assert _figure(text, surface, date(2025, 10, 22)).kind == kind


# 10. bases and spans of tourism and harvest reports
@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            "For January-June, 2017 about 2.9 million tourists arrived in the country.",
            "2.9 million",
            (date(2017, 1, 1), date(2017, 6, 30)),
        ),
        (
            "In the first half of 2018 the resorts served 1.4 million people. The increase amounts to 21.5% and "
            "reached 3.9 billion tenge in comparison with the last year.",
            "21.5%",
            (date(2018, 1, 1), date(2018, 6, 30)),
        ),
        (
            "In only six months of the current year hotels have accepted 302,000 foreign guests. It is 19.4% more "
            "than the number of the nonresident guests served for January-June of last year.",
            "19.4%",
            (date(2017, 1, 1), date(2017, 6, 30)),
        ),
        (
            "Rail carried 388 million tons in 2023. That is 12 million tons more than in 2022.",
            "12 million tons",
            (date(2023, 1, 1), date(2023, 12, 31)),
        ),
    ],
)
def test_report_spans_against_their_bases(text: str, surface: str, expected: tuple[date, date]) -> None:
    published = date(2017, 9, 25) if expected[0].year == 2017 else date(2018, 9, 13)
    assert span(_figure(text, surface, published)) == expected


@pytest.mark.parametrize(
    ("text", "surface", "is_change"),
    [
        ("Exports reached 5 million tons, 1.2 million tons more than in 2022.", "1.2 million tons", True),
        (
            "Rail carried 388 million tons in 2023. That is 12 million tons more than in 2022.",
            "12 million tons",
            True,
        ),
        ("Exports reached more than 5 million tons in 2022.", "5 million tons", False),
        ("The plant will cut emissions by 14% by 2030.", "14%", True),
    ],
)
def test_an_amount_more_than_a_base_is_a_change(text: str, surface: str, is_change: bool) -> None:
    assert _figure(text, surface, date(2024, 9, 13)).is_change is is_change


# 11. last year's level beside an outlook
@pytest.mark.parametrize(
    "text",
    [
        "The harvest this year will weigh in at an expected 11.5 million tonnes, 30% smaller than last year's "
        "16.4 million tonnes.",
        "The harvest is expected to reach 19 million tons, up from last year's 16.4 million tons.",
    ],
)
def test_last_years_level_beside_an_outlook_is_last_years_outcome(text: str) -> None:
    figure = _figure(
        text, "16.4 million tonnes" if "tonnes" in text else "16.4 million tons", date(2010, 7, 20)
    )
    assert (figure.kind, span(figure)) == ("actual", (date(2009, 1, 1), date(2009, 12, 31)))


def test_smaller_than_a_base_is_a_change_and_the_outlook_keeps_its_kind() -> None:
    text = "The harvest this year will weigh in at an expected 11.5 million tonnes, 30% smaller than last year's 16.4 million tonnes."
    assert _figure(text, "30%", date(2010, 7, 20)).is_change
    assert _figure(text, "11.5 million tonnes", date(2010, 7, 20)).kind == "forecast"


# 12. what a harvest will come to
@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        (
            "It was noted that the total harvest this year will make some 19 million tons.",
            "19 million tons",
            "forecast",
        ),
        ("The harvest will total around 12 million tons.", "12 million tons", "forecast"),
        ("The grain yield will be about 13.8 centners per hectare.", "13.8 centners per hectare", "forecast"),
        ("This year the crops will be harvested from 14 million ha.", "14 million ha", "plan"),
        ("The harvest will be stored in 30 new elevators.", "30", "plan"),
        ("The ministry will harvest 2 million tons of seed grain for the reserve.", "2 million tons", "plan"),
    ],
)
def test_what_a_harvest_will_come_to_is_a_forecast(text: str, surface: str, kind: str) -> None:
    assert _figure(text, surface, date(2018, 9, 18)).kind == kind


# 13. "X by 2022 and by 2025 Y"
@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            "By 2022 their wage will increase by 20 percent and by 2025 by two times.",
            "20 percent",
            (None, date(2022, 12, 31)),
        ),
        (
            "By 2022 their wage will increase by 20 percent and by 2025 by two times.",
            "two times",
            (None, date(2025, 12, 31)),
        ),
        ("In 2023 exports grew by 5% and in 2024 by 7%.", "5%", (date(2023, 1, 1), date(2023, 12, 31))),
        ("In 2023 exports grew by 5% and in 2024 by 7%.", "7%", (date(2024, 1, 1), date(2024, 12, 31))),
        ("The plan is to reach 6% by 2025 and 10% by 2030.", "6%", (None, date(2025, 12, 31))),
        ("The plan is to reach 6% by 2025 and 10% by 2030.", "10%", (None, date(2030, 12, 31))),
    ],
)
def test_a_period_after_and_opens_the_next_pair(
    text: str, surface: str, expected: tuple[date | None, date | None]
) -> None:
    assert span(_figure(text, surface, date(2021, 9, 2))) == expected


# 14. small number words before "percent"
@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Renewable sources account for four percent of the energy mix.", "four percent", 4.0),
        ("Manufacturing rose by more than five percent in January.", "five percent", 5.0),
        ("Three per cent of households use solar panels.", "Three per cent", 3.0),
    ],
)
def test_a_share_in_small_number_words_is_a_figure(text: str, surface: str, value: float) -> None:
    figure = _figure(text, surface, date(2023, 2, 22))
    assert (figure.value, figure.unit) == (value, "percent")


def test_small_counts_in_words_stay_unread() -> None:
    found = extract_indicators("Two countries signed four agreements.", date(2023, 2, 22), language="en")
    assert found == []
