"""Defect classes seen on real stored English news pages (round real11en), in sentences of our own.

Labelled by tests/realworld/FORMAT.md:
  1. units written the news wires' way: "a 4-percent fall" is a percent (not the count 4), "210
     billion Kazakh tenge" is tenge (not a count), "95 billion tons-kilometers" is a tonne-km.
  2. a comparison's base named with a verb of comparing ("exceeding the 2023 figure by 5 percent",
     "This figure exceeds the same period of 2023 by 9 percent", "a 6 percent increase over the
     previous year") is no period of the figure, which keeps the report's span; and the margin
     after "by" is a change.
  3. "By the end of 2024, freight saw a 7 percent uptick": a past year-end with a past verb is
     what happened that year (actual, the whole year, a change), and the next sentence of the
     report ("Over this period, ...") is that year too, not its last day.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicator_record import Indicator
from etl.extract.indicators import extract_indicators


def _by_surface(text: str, surface: str, published: date) -> Indicator:
    found = [i for i in extract_indicators(text, published, title="") if i.surface == surface]
    assert found, (
        f"no figure {surface!r} in {[i.surface for i in extract_indicators(text, published, title='')]}"
    )
    return found[0]


MAR = date(2024, 3, 20)
JAN_FEB = (date(2024, 1, 1), date(2024, 2, 29))
YEAR_2024 = (date(2024, 1, 1), date(2024, 12, 31))
FEB_2025 = date(2025, 2, 10)


@pytest.mark.parametrize(
    ("text", "surface", "unit", "value", "is_change"),
    [
        ("Bus ridership reached 41 million in January-February 2024, a 4-percent fall on a year before.",
         "4-percent", "percent", 4.0, True),
        ("Grain shipments in January-February 2024 rose to 2.2 million tons, marking a 12-percent increase.",
         "12-percent", "percent", 12.0, True),
        ("The share of private clinics stood at 7.5-percent in January-February 2024.",
         "7.5-percent", "percent", 7.5, False),
        ("Tax receipts in January-February 2024 totalled 210 billion Kazakh tenge, the ministry said.",
         "210 billion Kazakh tenge", "KZT", 210e9, False),
        ("The region spent 4.5 billion Kazakhstani tenge on road repairs in January-February 2024.",
         "4.5 billion Kazakhstani tenge", "KZT", 4.5e9, False),
        ("Freight turnover by road in January-February 2024 came to 95 billion tons-kilometers.",
         "95 billion tons-kilometers", "tonne_km", 95e9, False),
        # look-alikes that keep their reading
        ("Freight turnover by road in January-February 2024 came to 95 billion ton-kilometers.",
         "95 billion ton-kilometers", "tonne_km", 95e9, False),
        ("Tax receipts in January-February 2024 totalled 210 billion tenge, the ministry said.",
         "210 billion tenge", "KZT", 210e9, False),
        ("The cooperative delivered 30 tons of potatoes to Kazakh schools in January-February 2024.",
         "30 tons", "tonne", 30.0, False),
    ],
)  # fmt: skip
def test_wire_units(text: str, surface: str, unit: str, value: float, is_change: bool) -> None:
    figure = _by_surface(text, surface, MAR)
    assert (figure.unit, figure.value, figure.is_change) == (unit, value, is_change)


@pytest.mark.parametrize(
    ("text", "surface", "period", "is_change"),
    [
        ("In January-February 2024, airports served 1.9 million passengers. This figure exceeds the "
         "same period of 2023 by 9 percent.", "9 percent", JAN_FEB, True),
        ("In January-February 2024, the mines shipped 14 million tons of coal. The volume surpassed the "
         "same months of 2023 by 3.4 percent.", "3.4 percent", JAN_FEB, True),
        ("Pipeline exports in 2024 reached 71 million tons, exceeding the 2023 figure by 5 percent.",
         "5 percent", YEAR_2024, True),
        ("Retail sales in 2024 came to 19 trillion tenge, above the 2023 level by 8 percent.",
         "8 percent", YEAR_2024, True),
        ("Port handling in January-February 2024 rose to 2.1 million tons, a 6 percent increase over the "
         "previous year.", "6 percent", JAN_FEB, True),
        ("Cement output in January-February 2024 was 1.3 million tons, a 2.5 percent growth over 2023.",
         "2.5 percent", JAN_FEB, True),
        # look-alikes: a span after "over" stays the figure's own, a plain base still dates a base
        ("Wheat prices grew by 8 percent over the past year, the exchange said.",
         "8 percent", (date(2023, 3, 20), MAR), True),
        ("In the same period of 2023, airports served 1.7 million passengers.",
         "1.7 million", (date(2023, 1, 1), date(2023, 12, 31)), False),
    ],
)  # fmt: skip
def test_base_named_by_a_verb_of_comparing(
    text: str, surface: str, period: tuple[date, date], is_change: bool
) -> None:
    figure = _by_surface(text, surface, MAR)
    assert ((figure.period_start, figure.period_end), figure.is_change) == (period, is_change)


@pytest.mark.parametrize(
    ("text", "surface", "kind", "period", "is_change"),
    [
        ("By the end of 2024, freight traffic saw a 7 percent uptick across all modes, the bureau said.",
         "7 percent", "actual", YEAR_2024, True),
        ("By the end of 2024, the tourism sector saw a 15% surge in foreign arrivals.",
         "15%", "actual", YEAR_2024, True),
        ("By the end of 2024, freight traffic saw a 7 percent uptick. Over this period, a total of 890 "
         "million tons of cargo was carried.", "890 million tons", "actual", YEAR_2024, False),
        ("By the end of 2024, cargo traffic grew by 6 percent. In all, 890 million tons of cargo was "
         "carried.", "890 million tons", "actual", YEAR_2024, False),
        ("Livestock farms saw a 3% dip in milk yields in 2024.", "3%", "actual", YEAR_2024, True),
        # look-alikes: a stock reached by the year-end stays at that day, and so does the next stock
        ("By the end of 2024, deposits reached 40 trillion tenge. Loans stood at 31 trillion tenge.",
         "31 trillion tenge", "actual", (date(2024, 12, 31), date(2024, 12, 31)), False),
        ("By the end of 2026, the fleet will see 300 new buses.", "300", "plan", (None, date(2026, 12, 31)), False),
    ],
)  # fmt: skip
def test_year_end_already_past(
    text: str, surface: str, kind: str, period: tuple[date | None, date], is_change: bool
) -> None:
    figure = _by_surface(text, surface, FEB_2025)
    assert (figure.kind, (figure.period_start, figure.period_end), figure.is_change) == (
        kind,
        period,
        is_change,
    )


JAN_2023 = date(2023, 1, 16)
YEAR_2023 = (date(2023, 1, 1), date(2023, 12, 31))


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        # 4. a sentence that only sets the figure before against a base takes that figure's span,
        # and "for the above period" is the span of the figure before
        ("In January-February 2024, ports handled 3.1 million tons. Meanwhile, ports handled 19.6 million tons "
         "in January-December 2023. This is 4.1 percent more than in 2022.", "4.1 percent", YEAR_2023),
        ("In January-February 2024, ports handled 3.1 million tons. Meanwhile, ports handled 19.6 million tons "
         "in January-December 2023. That was 4.1 percent less than in 2022.", "4.1 percent", YEAR_2023),
        ("In January-February 2024, ports handled 3.1 million tons. Meanwhile, ports handled 19.6 million tons "
         "in January-December 2023. Transit traffic for the above period came to 7.7 million tons.",
         "7.7 million tons", YEAR_2023),
        ("Ports handled 3.1 million tons in January-February 2024. Container traffic over the said period "
         "reached 41,000 TEU.", "41,000 TEU", JAN_FEB),
        # look-alikes: a sentence with its own period keeps it
        ("In January-February 2024, ports handled 3.1 million tons. Meanwhile, ports handled 19.6 million tons "
         "in January-December 2023. This is 4.1 percent more than in 2022, and in January-February 2024 "
         "exports rose 3 percent.", "3 percent", JAN_FEB),
        ("In January-February 2024, ports handled 3.1 million tons. It is planned to handle 21 million "
         "tons in 2024.", "21 million tons", YEAR_2024),
    ],
)  # fmt: skip
def test_this_figure_and_the_above_period(text: str, surface: str, period: tuple[date, date]) -> None:
    figure = _by_surface(text, surface, MAR)
    assert (figure.period_start, figure.period_end) == period


@pytest.mark.parametrize(
    ("text", "surface", "kind", "period"),
    [
        # 5. months told after "last year" in their sentence are last year's (a January report does
        # not make them the January under way or months still ahead), and a list's later month
        # members with their "in" left out ("in April (14%), July (14.5%)") are months of their own
        ("Last year, the regulator raised the base rate five times: in January (to 10.5%), in March "
         "(12%), June (13%), September (14.25%) and November (15%).", "10.5%", "actual",
         (date(2022, 1, 1), date(2022, 1, 31))),
        ("Last year, the regulator raised the base rate five times: in January (to 10.5%), in March "
         "(12%), June (13%), September (14.25%) and November (15%).", "13%", "actual",
         (date(2022, 6, 1), date(2022, 6, 30))),
        ("Last year, the regulator raised the base rate five times: in January (to 10.5%), in March "
         "(12%), June (13%), September (14.25%) and November (15%).", "15%", "actual",
         (date(2022, 11, 1), date(2022, 11, 30))),
        ("In 2022 the bank cut its deposit rate three times: in May (9%), August (8.5%) and December (8%).",
         "8.5%", "actual", (date(2022, 8, 1), date(2022, 8, 31))),
        ("Last year the plant shipped 40,000 tons in February and 52,000 tons in October.", "52,000 tons",
         "actual", (date(2022, 10, 1), date(2022, 10, 31))),
        # look-alikes: "last year" as a comparison's base does not date the month after it; a year
        # written after "last year" dates what follows it
        ("Last year output fell, but in 2023 the plant expects to ship 45,000 tons in March.",
         "45,000 tons", "forecast", (date(2023, 3, 1), date(2023, 3, 31))),
        ("Prices rose by 2% in December, against 3% in December last year.", "2%", "actual",
         (date(2022, 12, 1), date(2022, 12, 31))),
    ],
)  # fmt: skip
def test_months_after_last_year(text: str, surface: str, kind: str, period: tuple[date, date]) -> None:
    figure = _by_surface(text, surface, JAN_2023)
    assert (figure.kind, (figure.period_start, figure.period_end)) == (kind, period)


@pytest.mark.parametrize(
    ("text", "surface", "item"),
    [
        # 6. a bracketed member after "recorded in", "observed in": the place or branch before the
        # bracket names it, not the item of the sentence before (+items16: a ranking of places puts the
        # lead's noun beside it, ranked_places.py)
        ("Output rose most in Kostanay region (+14.2%). A slowdown was recorded in Atyrau region (-8.1%) "
         "and Aktobe (-2.4%).", "-8.1%", "slowdown, Atyrau region"),
        ("Sales of cars grew by 9% in 2024. Declines were observed in furniture (-3.5%) and textiles (-1.2%).",
         "-3.5%", "furniture"),
        ("Investment rose in 2024. Growth was reported in mining (+17%) and agriculture (+6.3%).",
         "17%", "mining"),
        # look-alikes: members with no such verb keep their place (+items16: beside the lead's measure)
        ("Output rose most in Kostanay (+14.2%), Pavlodar (+9%) and Abai regions (+7.7%).", "9%",
         "Output, Pavlodar"),
    ],
)  # fmt: skip
def test_bracket_member_after_a_verb_of_noting(text: str, surface: str, item: str) -> None:
    assert _by_surface(text, surface, MAR).item == item


@pytest.mark.parametrize(
    ("text", "surface", "is_change"),
    [
        # 7. the level a change came to, told with "amounting to" / "totalling" / "reaching" and no
        # noun of its own, is a level, not a second change
        ("In January-February 2024 tax receipts saw a fall of 3.1 percent year-on-year, amounting to 2.2 "
         "trillion tenge.", "2.2 trillion tenge", False),
        ("In January-February 2024 the budget posted a drop of 4 percent, totalling 1.9 trillion tenge.",
         "1.9 trillion tenge", False),
        ("In January-February 2024 output saw a rise of 6 percent on a year earlier, reaching 800 billion "
         "tenge.", "800 billion tenge", False),
        # look-alikes: the change itself stays a change
        ("In January-February 2024 tax receipts saw a fall of 3.1 percent year-on-year, amounting to 2.2 "
         "trillion tenge.", "3.1 percent", True),
    ],
)  # fmt: skip
def test_level_a_change_came_to(text: str, surface: str, is_change: bool) -> None:
    assert _by_surface(text, surface, MAR).is_change is is_change


@pytest.mark.parametrize(
    ("text", "surface", "is_change"),
    [
        # 8. a comma list of changes with the verb left out after its first member ("rose by 6%,
        # shoes by 4.2%, toys by 3%") and price moves told as "went up in price by", "got cheaper by"
        ("In February 2024 clothing prices rose by 6%, shoes by 4.2%, toys by 3% and books by 1.5%.",
         "4.2%", True),
        ("In February 2024 clothing prices rose by 6%, shoes by 4.2%, toys by 3% and books by 1.5%.",
         "3%", True),
        ("In February 2024 detergents went up in price by 12.5%, paper goods by 7.1%, and soap by 2%.",
         "12.5%", True),
        ("In February 2024 detergents went up in price by 12.5%, paper goods by 7.1%, and soap by 2%.",
         "7.1%", True),
        ("In February 2024 district heating got cheaper by 1.8%, while gas became more expensive by 2.6%.",
         "1.8%", True),
        ("In February 2024 district heating got cheaper by 1.8%, while gas became more expensive by 2.6%.",
         "2.6%", True),
        # look-alikes: shares in a comma list after a level stay levels
        ("In February 2024 food made up 41%, services 23% and fuel 9% of spending.", "23%", False),
        ("In February 2024 the bank raised its rate to 14%, its reserve ratio to 5%.", "5%", False),
    ],
)  # fmt: skip
def test_gapped_comma_changes(text: str, surface: str, is_change: bool) -> None:
    assert _by_surface(text, surface, MAR).is_change is is_change


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        # 9. a change told before the level it came to, whose clause names the period ("grew by 4.1%,
        # reaching 878,700 tons in the first half of 2024"), covers that period too
        ("Poultry output grew by 4.6%, reaching 212,300 tons in the first half of 2023.", "4.6%",
         (date(2023, 1, 1), date(2023, 6, 30))),
        ("Coal exports fell by 2.2 percent, totalling 31.4 million tons in 2023.", "2.2 percent", YEAR_2023),
        ("Tourist arrivals rose 8%, amounting to 1.1 million in January-February 2024.", "8%", JAN_FEB),
        # look-alikes: a deadline after "reaching" is the level's goal, not the change's period
        ("Poultry output grew by 4.6% in 2023 and is set to keep growing, reaching 250,000 tons by 2027.",
         "4.6%", YEAR_2023),
    ],
)  # fmt: skip
def test_change_before_a_dated_level(text: str, surface: str, period: tuple[date, date]) -> None:
    figure = _by_surface(text, surface, MAR)
    assert (figure.period_start, figure.period_end) == period
