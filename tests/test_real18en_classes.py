"""Errors seen on real stored English news pages (round real18en), in sentences of our own.

Labelled by tests/realworld/FORMAT.md:
  1. "In January and February of this year, freight grew by 10 percent": two months side by side
     after "in" are one span, as "January-February" is (not the whole year). Look-alikes: "rose by
     4% in January and by 6% in February" (each month its own figure).
  2. "the first half-year of 2021" is the half, as "the first half of 2021" is, for the figures
     after it in the sentence too (they took the whole year, and one before a later "last year"
     took the half of the year before).
  3. "by the yearend" (one word) is the year-end deadline, as "by the year-end": "to around one
     million by the yearend and up to 1.66 million by 2025" dated the million 2025.
  4. "Of this, 1.5 trillion tenge came from livestock": a sentence opening on the whole the
     sentence before named is a breakdown with that whole's span. Look-alikes: "Of this year's
     harvest, 40% went abroad" (no comma: not a breakdown word).
  5. a headline deadline still ahead ("... Harvest by Year-End") is no span the narrative reports
     in: a later sentence dated in a past year moves the scope there, so the next sentence's
     undated figures are not dated the report's day. A deadline already passed ("By the end of
     November, 6.3 million tons had been shipped") is the span so far and keeps its hold.
  6. "12 schools by 2025 and 30 kindergartens by 2027": a deadline right after a counted noun is
     that count's own (the second count took the clause's first deadline), as "in 2025" after the
     noun already was. Look-alikes: a count whose noun is followed by "of" keeps the old reading.
  7. change flags: "was raised by 30%", "lowered by 0.5 percentage points" are changes ("the funds
     raised by 12 companies" is no rise); a dashed member after a change, "increased by 31.6%, in
     agriculture – by 25.3%", and the members of a colon list after a verb of change, "fell in four
     regions: Aktobe region – by 8.4%, Atyrau region – by 2.1%", are changes. Look-alikes: "grew in
     the regions: Almaty region – 8.4%" (no "by": a level or index, left as it was).
  8. "starting next month" runs from the next month's first day; a bare "next month" is that month
     (a weak period: it yields to a period named beside it and sets no scene, so a headline's "next
     month" does not date a plant's capacity). "from July 1 to 14 tenge" is a start and a level, not
     the days 1-14 July. "starting next month" is a start that the next sentence's change carries
     ("For the 17th group, the increase is bigger: from $0.027 to $0.032") rather than a deadline
     named a paragraph before.
  9. "In 2017, our objective will be to attract 350 billion tenge": a goal subject told with "will
     be" is a goal as with "is" (target). Look-alike: "The target will be reached: 300 schools were
     built" (a passive: no goal told).
 10. exchange rates as wire copy writes them: "364 to the dollar", "340 tenges to the U.S. dollar"
     are tenge per dollar, not counts; "rose 5% to the dollar zone" keeps its percent. "On the first
     day of the new year" is 1 January of the report's year, though the narrative looked back on
     the year before; "the tenge was devalued by 19%" is a change.
 11. "due to growth in the ore-mining sector (4.6%), processing industry (14.1%) and light industry
     (4.4%)": each bracketed share after a change noun and "in" is that member's change.
     Look-alikes: "The share of processing industry (14.1%) was stable" (no change noun), a colon
     list after "Growth in the regions was uneven:" (members after a colon, left as they were).
 12. "whose salaries will grow by an average of 35%": a change, the verb's "by" read past "an
     average of". Look-alike: "An average of 35% of workers were covered" (no verb of change).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface, span


def _span(text: str, surface: str, published: date, title: str = "") -> tuple[date | None, date | None]:
    return span(figure_by_surface(text, surface, published, title, "en"))


# 1. two months joined by "and" after "in"
MONTH_PAIRS = [
    (
        "In January and February of this year, rail freight increased by 10 percent to 70 million tonnes.",
        date(2021, 3, 16),
        "70 million tonnes",
        (date(2021, 1, 1), date(2021, 2, 28)),
    ),
    (
        "Coal output reached 19 million tons in March and April, the ministry said.",
        date(2022, 5, 12),
        "19 million tons",
        (date(2022, 3, 1), date(2022, 4, 30)),
    ),
    (
        "During October and November 2019, the region exported 240,000 tons of flour.",
        date(2020, 1, 20),
        "240,000 tons",
        (date(2019, 10, 1), date(2019, 11, 30)),
    ),
    # look-alike: each month with its own figure
    (
        "Exports rose by 4% in January and by 6% in February.",
        date(2021, 3, 16),
        "6%",
        (date(2021, 2, 1), date(2021, 2, 28)),
    ),
]


@pytest.mark.parametrize(("text", "published", "surface", "expected"), MONTH_PAIRS)
def test_two_months_joined_by_and_are_one_span(
    text: str, published: date, surface: str, expected: tuple[date, date]
) -> None:
    assert _span(text, surface, published) == expected


# 2. "half-year" with its year
HALF_YEARS = [
    (
        "Last year traffic stood at 876,000 TEU. Traffic reached 800,000 TEU in the first half-year "
        "of 2021, rising by 36% on the same period of last year.",
        date(2021, 7, 26),
        "800,000 TEU",
        (date(2021, 1, 1), date(2021, 6, 30)),
    ),
    (
        "Traffic reached 800,000 TEU in the first half-year of 2021, rising by 36% on a year earlier.",
        date(2021, 7, 26),
        "36%",
        (date(2021, 1, 1), date(2021, 6, 30)),
    ),
    (
        "Retail sales grew by 2.5% in the second half year of 2019, to 4.1 trillion tenge.",
        date(2020, 2, 3),
        "4.1 trillion tenge",
        (date(2019, 7, 1), date(2019, 12, 31)),
    ),
]


@pytest.mark.parametrize(("text", "published", "surface", "expected"), HALF_YEARS)
def test_a_half_year_with_its_year_is_the_half(
    text: str, published: date, surface: str, expected: tuple[date, date]
) -> None:
    assert _span(text, surface, published) == expected


# 3. "by the yearend"
def test_by_the_yearend_is_this_years_deadline_for_its_own_figure() -> None:
    text = (
        "The volume is to be increased to around one million containers by the yearend and up to "
        "1.7 million containers by 2025."
    )
    assert _span(text, "one million", date(2021, 7, 26))[1] == date(2021, 12, 31)
    assert _span(text, "1.7 million", date(2021, 7, 26))[1] == date(2025, 12, 31)


def test_by_yearend_without_article_is_the_deadline() -> None:
    text = "The operator plans to buy 400 freight cars by yearend."
    assert _span(text, "400", date(2022, 3, 1))[1] == date(2022, 12, 31)


# 4. "Of this," opening a breakdown
BREAKDOWNS = [
    (
        "The ministry forecasts a harvest of 17 million tons by the end of 2024.\n\n"
        "In the first six months of 2024, farm output grew by 3.4% to 1.6 trillion tenge (US$3.3 "
        "billion). Of this, 1.5 trillion tenge came from livestock and 83 billion tenge from crops.",
        "Wheat Harvest Expected by Year-End",
        date(2024, 7, 24),
        "83 billion tenge",
        (date(2024, 1, 1), date(2024, 6, 30)),
    ),
    (
        "The fund expects to pay 2.4 trillion tenge by the end of 2023.\n"
        "The fund paid out 500 billion tenge in January-March. Of that sum, 200 billion tenge went "
        "to pensions.",
        "Fund Payments to Rise by Year-End",
        date(2023, 4, 20),
        "200 billion tenge",
        (date(2023, 1, 1), date(2023, 3, 31)),
    ),
]


@pytest.mark.parametrize(("text", "title", "published", "surface", "expected"), BREAKDOWNS)
def test_of_this_opening_a_sentence_breaks_down_the_whole_before(
    text: str, title: str, published: date, surface: str, expected: tuple[date, date]
) -> None:
    assert _span(text, surface, published, title) == expected


def test_of_this_years_harvest_is_no_breakdown() -> None:
    text = "Of this year's harvest, 40% went abroad."
    assert _span(text, "40%", date(2024, 10, 1)) == (date(2024, 1, 1), date(2024, 12, 31))


# 5. a headline deadline ahead does not hold the narrative
def test_a_headline_deadline_ahead_lets_a_past_year_date_the_next_sentence() -> None:
    title = "Ministry Expects 17 Million Tons of Wheat by Year-End"
    text = (
        "The ministry forecasts a wheat harvest of 17 million tons by the end of 2024.\n\n"
        "The global wheat harvest reached 808 million tons in 2022. The leaders were China with "
        "138 million tons and India with 108 million tons."
    )
    assert _span(text, "138 million tons", date(2024, 7, 24), title) == (date(2022, 1, 1), date(2022, 12, 31))


def test_a_deadline_passed_keeps_the_span_so_far() -> None:
    text = (
        "By the end of November, 6.3 million tons of grain had been shipped.\n"
        "Tajikistan received 377,000 tons, 49% more than the 254,000 tons delivered last year.\n"
        "Exports to China grew by 17% to 355,000 tons."
    )
    assert _span(text, "355,000 tons", date(2024, 12, 6)) == (None, date(2024, 11, 30))


# 6. a deadline right after a counted noun
COUNTED_DEADLINES = [
    ("The city will build 12 schools by 2025 and 30 kindergartens by 2027.", "30", date(2027, 12, 31)),
    ("The city will build 12 schools by 2025 and 30 kindergartens by 2027.", "12", date(2025, 12, 31)),
    ("Sales are to reach 1,000 cars by the year-end and 1,700 cars by 2025.", "1,700", date(2025, 12, 31)),
    ("Sales are to reach 1,000 cars by the year-end and 1,700 cars by 2025.", "1,000", date(2022, 12, 31)),
    (
        "The operator will buy 200 wagons by 2024 and 450 new passenger cars by 2026.",
        "450",
        date(2026, 12, 31),
    ),
]


@pytest.mark.parametrize(("text", "surface", "end"), COUNTED_DEADLINES)
def test_a_deadline_after_a_counted_noun_is_the_counts_own(text: str, surface: str, end: date) -> None:
    assert _span(text, surface, date(2022, 3, 1))[1] == end


# 7. change flags
CHANGES = [
    ("The coal price was raised by 30% to $6.39 per ton.", "30%", True),
    ("The coal price is going to be raised by 30% to $6.39 per ton by the end of the year.", "30%", True),
    ("The base rate was lowered by 0.5 percentage points.", "0.5 percentage points", True),
    ("The funds raised by 12 companies were returned.", "12", False),
    (
        "Investments in mining increased by 31.6%, in agriculture – by 25.3% and in housing – by 3%.",
        "25.3%",
        True,
    ),
    (
        "Investments in mining increased by 31.6%, in agriculture – by 25.3% and in housing – by 3%.",
        "3%",
        True,
    ),
    (
        "Industrial output fell in four regions: Aktobe region – by 8.4%, Atyrau region – by 2.1%.",
        "8.4%",
        True,
    ),
    (
        "Industrial output fell in four regions: Aktobe region – by 8.4%, Atyrau region – by 2.1% and "
        "Abai region – by 1.5%.",
        "1.5%",
        True,
    ),
    ("Output grew in the regions: Almaty region – 8.4%.", "8.4%", False),
]


@pytest.mark.parametrize(("text", "surface", "change"), CHANGES)
def test_change_flags_of_raised_and_dashed_members(text: str, surface: str, change: bool) -> None:
    assert figure_by_surface(text, surface, date(2022, 6, 14), "", "en").is_change is change


# 8. next month; a start and a level after "to"
NEXT_MONTH = [
    (
        "The tariff for group 2 is going to be increased from $0.012 to $0.014 (+10.4%) starting next month.",
        "$0.014",
        (date(2022, 7, 1), None),
    ),
    (
        "Prices rose by 3% last month and will rise by 2% next month.",
        "2%",
        (date(2022, 7, 1), date(2022, 7, 31)),
    ),
    ("The plant will open next month with 300 jobs.", "300", (date(2022, 7, 1), date(2022, 7, 31))),
    ("The tariff will rise starting from July 1 to 14 tenge.", "14 tenge", (date(2022, 7, 1), None)),
]


@pytest.mark.parametrize(("text", "surface", "expected"), NEXT_MONTH)
def test_next_month_and_a_start_before_a_level(
    text: str, surface: str, expected: tuple[date, date | None]
) -> None:
    assert _span(text, surface, date(2022, 6, 14)) == expected


def test_a_headline_next_month_does_not_date_the_design_capacity() -> None:
    text = "The plant is designed for a capacity of about 240 MW. Construction will start next month."
    title = "Power plant moves to full construction next month"
    assert _span(text, "240 MW", date(2026, 3, 5), title) == (None, None)


# 9. a goal told with "will be"
GOALS_AHEAD = [
    ("In 2017, our objective will be to attract 350bln tenge of investments.", "350bln tenge", "target"),
    ("Next year the main task will be to raise exports to $5 billion.", "$5 billion", "target"),
    ("The target will be reached: 300 schools were built.", "300", "actual"),
]


@pytest.mark.parametrize(("text", "surface", "kind"), GOALS_AHEAD)
def test_a_goal_told_with_will_be_is_a_target(text: str, surface: str, kind: str) -> None:
    assert figure_by_surface(text, surface, date(2017, 2, 17), "", "en").kind == kind


# 10. exchange rates and the new year's first day
RATES = [
    ("By January 13, the tenge had dropped to 364 to the dollar.", "364 to the dollar"),
    (
        "At the start of July, the rate had been about 182 tenges to the U.S. dollar.",
        "182 tenges to the U.S. dollar",
    ),
    ("The rate fell to 340 tenge per dollar.", "340 tenge per dollar"),
]


@pytest.mark.parametrize(("text", "surface"), RATES)
def test_a_rate_to_the_dollar_is_tenge_per_dollar(text: str, surface: str) -> None:
    assert figure_by_surface(text, surface, date(2016, 2, 10), "", "en").unit == "KZT/USD"


def test_the_first_day_of_the_new_year_is_january_first_of_the_reports_year() -> None:
    text = (
        "Emerging from 2015, the economy was in poor shape; the tenge had lost half its value over "
        "the course of the year.\n\n"
        "On the first day of the new year, the exchange rate was about 340 tenges to the U.S. dollar."
    )
    assert _span(text, "340 tenges to the U.S. dollar", date(2016, 2, 10)) == (
        date(2016, 1, 1),
        date(2016, 1, 1),
    )


def test_devalued_by_is_a_change() -> None:
    found = figure_by_surface("The tenge was devalued by 19% in February.", "19%", date(2014, 3, 1), "", "en")
    assert found.is_change


# 11. bracketed members after "growth in"
BRACKETED = [
    (
        "It was possible due to growth in the mining sector (4.6%), processing (14.1%) and light industry (4.4%).",
        "4.6%",
        True,
    ),
    (
        "It was possible due to growth in the mining sector (4.6%), processing (14.1%) and light industry (4.4%).",
        "14.1%",
        True,
    ),
    (
        "It was possible due to growth in the mining sector (4.6%), processing (14.1%) and light industry (4.4%).",
        "4.4%",
        True,
    ),
    ("A decline in coal output (-3.2%) and gas (-1.1%) held the index back.", "-1.1%", True),
    ("The share of processing industry (14.1%) was stable.", "14.1%", False),
    ("Growth in the regions was uneven: Almaty (4.6%).", "4.6%", False),
]


@pytest.mark.parametrize(("text", "surface", "change"), BRACKETED)
def test_bracketed_members_after_growth_in_are_changes(text: str, surface: str, change: bool) -> None:
    assert figure_by_surface(text, surface, date(2019, 2, 24), "", "en").is_change is change


# 12. "by an average of"
AVERAGE = [
    (
        "The increase will cover 275,000 employees, whose salaries will grow by an average of 35%.",
        "35%",
        True,
    ),
    ("Wages grew by an average of 12% last year.", "12%", True),
    ("An average of 35% of workers were covered.", "35%", False),
]


@pytest.mark.parametrize(("text", "surface", "change"), AVERAGE)
def test_by_an_average_of_is_a_change(text: str, surface: str, change: bool) -> None:
    assert figure_by_surface(text, surface, date(2018, 10, 5), "", "en").is_change is change


def test_a_start_next_month_is_carried_by_the_next_change() -> None:
    text = (
        "However, the ministry has a detailed tariff plan for each power station up until 2025.\n\n"
        "The tariff for group 2 is going to be increased from $0.012 to $0.014 (+10.4%) starting next "
        "month. For the 17th group, the increase is going to be bigger: from $0.027 to $0.032 (+17.7%)."
    )
    assert _span(text, "17.7%", date(2022, 6, 14)) == (date(2022, 7, 1), None)
