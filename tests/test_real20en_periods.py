"""Period errors seen on real stored English news pages (round real20en), in sentences of our own.

Labelled by tests/realworld/FORMAT.md:
  1. "the corresponding period of 2019" (also "comparable", "analogous") is "the same period of
     2019": a comparison's base, not the figure's period ("or 93.2% to the level of the
     corresponding period of 2019" took 2019, and so did the amount before it). Look-alike: "In
     the corresponding period of 2019, sales were 40 billion" keeps its own clause's year.
  2. "Since January up to August" (also "since January till August") is January to August (it
     ran from 1 January to the report's day). Look-alike: "Since January, 40 schools opened" runs
     to the report.
  3. Roman numerals for parts of the year, "in the II quarter of this year", "the I half of 2009",
     are those parts (the whole year was taken). Look-alike: "I expect output to grow by 4%" (the
     pronoun) dates nothing.
  4. a part of the year opening a bracket, "The unemployment rate (Q3 2018) stood at 4.8
     percent", is that quarter (the whole of 2018 was taken).
  5. "At the end of last year ... cash income of the population increased by 8 percent": a stock
     word as whose or whom ("of the population", "shipped to the population") does not make the
     figure a stock on 31 December; what was done over the year takes the year. Look-alikes: "the
     average salary was 139,000 tenge" and "deposits of the population amounted to ..." stay a
     stock on the year's last day.
  7. "Earlier, September 23 the governor reported on the region's development for the past 8
     months. The industrial output reached KZT 534 bln": a figureless report sentence's span of
     results goes before the day it was told (the figures took 23 September); and a yearless span
     of months there, "reported on the results for January-August", is read at all (the figures
     were undated). Look-alike: "In March, the minister visited the plant." (no report, no span of
     months) sets no span for the figure after it.
  8. "In January-July this year, 66.4 million tons of coal were mined. ... The output of lignite is
     2.6 million tons", "Pavlodar has the highest coal production: 33.9 million tons", "The main
     buyer is Russia: 8.4 million tons, up 15.3% year-on-year": under a span carried from before
     and over by publication, a present verb told of a flow (output, production, exports, ...) or
     beside a year-on-year change gives the span's result (they stood at the report). Look-alikes:
     "The country's coal reserves amount to 33.6 billion tons" and a flow under a span still
     running ("since January") keep the report's day or the span so far.
  9. "... by 0.7 percent up to 15.58 billion cubic meters in January-April 2016, ..., the Statistics
     Committee said May 18": a day right after a verb of telling ("said May 18", "reported April
     20", "on" left out) is the day it was told, no period of a figure (the change took 18 May).
     Look-alike: "The region has 412 dairy farms, the department said May 18" is the state on that
     day.
  10. "this year 18 settlements were gasified. ... In 2016-2020 the work will be financed by the
     operator. KazTransGas will supply gas to 14 settlements": an undated plan right after a
     sentence that named a span still ahead and wholly after the article's span goes on with that
     span (it took this year). Look-alike: a plan after a sentence naming no span ahead keeps the
     article's year.
  11. "This year consumption is expected to increase up to 16.5 bln cu m (in 2019 consumption
     made 16.3 bln cu m)": a period inside a bracket that holds a figure of its own dates that
     figure, not the one before the bracket (16.5 took 2019); "bln cu m" is cubic metres (it was a
     count). Look-alike: "exports grew by 12% (January-June 2021)" keeps the bracket's span.
  12. "As of the year-end the rate of gasification will hit 60%": the year's last day, as "as of
     the end of the year" (it was undated).
  13. "... made it possible to put real GDP growth at 3.1% at the end of 2021. Inflation is forecast
     in the 4-6 percent corridor": the year the forecast before was read as, not the year's last day
     (the 4 and 6 took 31 December). Look-alike: a stock forecast ("deposits will stand at 40
     trillion tenge at the end of 2025") keeps the day.
  14. "The volume of works for 7 months made up 100.7 billion tenge", "For 9 months, the region
     produced ...": "for N months" before a verb of amount or opening the sentence with a comma is
     the report's months from January (it was the whole year, or the base's year). Look-alike: "was
     closed for 7 months and lost 2 billion tenge" (a duration) dates nothing.
  15. "Most of the coal reserves are concentrated in 400 fields": a present passive states how
     things stand, at the report (it took the article's year). Look-alike: "growth rates are
     observed in engineering (+ 21.8%)" after a report's quarter reports the span (observed, noted,
     recorded, expected, ... are no states).
  16. "The indicator achieved over 9 months of the current year are notable ... Industrial output has
     exceeded 1.62 trillion tenge": the singular "indicator" names a report's span as "indicators"
     does (the figures stood at the report); and "gross agricultural output is 30.1 bln tenge or 105%"
     under a past span: an index told with the amount after "or" is the amount's span (it stood at
     the report; +real19en's left case).
  17. "in the end of August", "In the end of 2023" (translated "в конце ..."): as "at the end of"
     (the change stood at the report; the year's flow was undated). Look-alike: "In the end, 5
     companies won the tender" dates nothing.
  6. "For January-August 2020 ... The number of firms as of Sep. 1, 2020, was 51,086. Investments
     amounted to 197.8 billion tenge": a stock's day within the report's span or right after it
     closes that span, it is no new span for the flows told after it (they took 1 September).
     Look-alike: a later day ("As of October 15, ...") still moves the narrative on.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface, span


def _span(text: str, surface: str, published: date) -> tuple[date | None, date | None]:
    return span(figure_by_surface(text, surface, published, "", "en"))


CASES = [
    # 1. the corresponding period of a year is a base
    (
        "The region summed up January-September 2021. Retail sales reached 310.5 billion tenge or 104.2% "
        "to the level of the corresponding period of 2020.",
        date(2021, 10, 20),
        "310.5 billion tenge",
        (date(2021, 1, 1), date(2021, 9, 30)),
    ),
    (
        "The region summed up January-September 2021. Retail sales reached 310.5 billion tenge or 104.2% "
        "to the level of the corresponding period of 2020.",
        date(2021, 10, 20),
        "104.2%",
        (date(2021, 1, 1), date(2021, 9, 30)),
    ),
    (
        "In January-June 2017 the plant shipped 52,000 tons of cement, 6.1% over the comparable period of 2016.",
        date(2017, 7, 14),
        "6.1%",
        (date(2017, 1, 1), date(2017, 6, 30)),
    ),
    (
        "Freight in January-May 2018 came to 14.6 million tons, or 97.5% of the analogous period of 2017.",
        date(2018, 6, 12),
        "97.5%",
        (date(2018, 1, 1), date(2018, 5, 31)),
    ),
    # look-alike: a clause opened by the corresponding period keeps that period
    (
        "Sales in January-March 2022 reached 55 billion tenge. In the corresponding period of 2021, "
        "sales were 40 billion tenge.",
        date(2022, 4, 18),
        "40 billion tenge",
        (date(2021, 1, 1), date(2021, 3, 31)),
    ),
    # 2. "since January up to August"
    (
        "Since January up to August the mines extracted 61.3 million tons of ore.",
        date(2021, 9, 20),
        "61.3 million tons",
        (date(2021, 1, 1), date(2021, 8, 31)),
    ),
    (
        "Since February till June 2019 the farms sold 8,400 tons of wool.",
        date(2019, 8, 2),
        "8,400 tons",
        (date(2019, 2, 1), date(2019, 6, 30)),
    ),
    (
        "Since January up to July the port handled 2.2 million tons. Of this, 0.9 million tons were grain.",
        date(2023, 8, 15),
        "0.9 million tons",
        (date(2023, 1, 1), date(2023, 7, 31)),
    ),
    # look-alike: "since January" alone runs to the report
    (
        "Since January, 40 new schools have opened in the region.",
        date(2023, 8, 15),
        "40",
        (date(2023, 1, 1), date(2023, 8, 15)),
    ),
    # 3. Roman numerals for quarters and halves
    (
        "Despite the slowdown, the economy grew by 2.4% in the II quarter of this year.",
        date(2010, 8, 3),
        "2.4%",
        (date(2010, 4, 1), date(2010, 6, 30)),
    ),
    (
        "Lending to farmers rose by 11% in the I half of 2012.",
        date(2012, 8, 3),
        "11%",
        (date(2012, 1, 1), date(2012, 6, 30)),
    ),
    (
        "In the IV quarter of 2015 the mill produced 38,000 tons of flour.",
        date(2016, 2, 3),
        "38,000 tons",
        (date(2015, 10, 1), date(2015, 12, 31)),
    ),
    # 4. a part of the year in a bracket
    (
        "The jobless rate (Q2 2019) was 4.7 percent, the statistics office said.",
        date(2019, 9, 2),
        "4.7 percent",
        (date(2019, 4, 1), date(2019, 6, 30)),
    ),
    (
        "Grain exports (H1 2020) came to 4.1 million tons.",
        date(2020, 8, 2),
        "4.1 million tons",
        (date(2020, 1, 1), date(2020, 6, 30)),
    ),
    # 5. a stock word as whose or whom does not make a stock
    (
        "At the end of last year the region did well: real incomes of the population grew by 3.1 percent.",
        date(2020, 3, 2),
        "3.1 percent",
        (date(2019, 1, 1), date(2019, 12, 31)),
    ),
    (
        "At the end of 2022, 48 million tons of coal were mined, of which 6 million tons went to the "
        "population, 30.5 million tons to power stations.",
        date(2023, 4, 2),
        "30.5 million tons",
        (date(2022, 1, 1), date(2022, 12, 31)),
    ),
    # look-alikes: the measure itself a stock keeps the day
    (
        "At the end of last year the average salary was 139,000 tenge.",
        date(2020, 3, 2),
        "139,000 tenge",
        (date(2019, 12, 31), date(2019, 12, 31)),
    ),
    (
        "At the end of 2022, deposits of the population amounted to 18.2 trillion tenge.",
        date(2023, 4, 2),
        "18.2 trillion tenge",
        (date(2022, 12, 31), date(2022, 12, 31)),
    ),
    # 6. a stock's day closing the report's span
    (
        "The review covers January-August 2020. The number of small firms as of Sep. 1, 2020, was 51,086. "
        "Fixed investments amounted to 197.8 billion tenge.",
        date(2020, 9, 29),
        "197.8 billion tenge",
        (date(2020, 1, 1), date(2020, 8, 31)),
    ),
    (
        "In January-June 2021 the city built 1.1 million sq m of housing. The queue held 41,000 families "
        "as of June 30, 2021. Construction works amounted to 96 billion tenge.",
        date(2021, 7, 20),
        "96 billion tenge",
        (date(2021, 1, 1), date(2021, 6, 30)),
    ),
    # 7. a report's span before the day it was told; a yearless span of months in a report
    (
        "Earlier, October 14 in Astana the akim reported on the region's development for the past 9 months. Retail "
        "trade reached 412 billion tenge.",
        date(2021, 10, 18),
        "412 billion tenge",
        (date(2021, 1, 1), date(2021, 9, 30)),
    ),
    (
        "The deputy minister reported on the results for January-May. Meat output rose by 3.9 percent.",
        date(2023, 6, 20),
        "3.9 percent",
        (date(2023, 1, 1), date(2023, 5, 31)),
    ),
    (
        "On June 9 the governor briefed the President on the region's results in January-May. Investments "
        "came to 233 billion tenge.",
        date(2023, 6, 12),
        "233 billion tenge",
        (date(2023, 1, 1), date(2023, 5, 31)),
    ),
    # 8. a present verb of a flow under a past span carried from before
    (
        "In January-July this year, the mines produced 61 million tons of coal. The output of lignite is "
        "2.1 million tons, and the output of coke is 0.8 million tons.",
        date(2022, 9, 2),
        "2.1 million tons",
        (date(2022, 1, 1), date(2022, 7, 31)),
    ),
    (
        "From January to June this year, 47 million tons of ore were mined. Karaganda region has the "
        "highest ore production: 19.5 million tons.",
        date(2022, 7, 27),
        "19.5 million tons",
        (date(2022, 1, 1), date(2022, 6, 30)),
    ),
    (
        "In January-May this year, Kazakhstan exported 11.2 million tons of wheat. The main buyer is "
        "Uzbekistan: 4.4 million tons, up 12.5% year-on-year.",
        date(2022, 7, 27),
        "4.4 million tons",
        (date(2022, 1, 1), date(2022, 5, 31)),
    ),
    # look-alikes: a stock keeps the report's day
    (
        "In January-May this year, Kazakhstan mined 45 million tons of coal. The country's coal reserves "
        "amount to 33.6 billion tons.",
        date(2022, 7, 27),
        "33.6 billion tons",
        (date(2022, 7, 27), date(2022, 7, 27)),
    ),
    # 9. a day right after a verb of telling
    (
        "Exports of flour fell by 3.2 percent to 1.1 million tons in January-March 2019, the statistics "
        "committee reported April 20.",
        date(2019, 4, 23),
        "3.2 percent",
        (date(2019, 1, 1), date(2019, 3, 31)),
    ),
    (
        "Kazakhstan raised oil output by 2.4 percent up to 22.1 million tons in January-March 2018, as "
        "compared to the same period of 2017, the energy ministry said April 12.",
        date(2018, 4, 13),
        "2.4 percent",
        (date(2018, 1, 1), date(2018, 3, 31)),
    ),
    # look-alike: a present state told that day
    (
        "The region has 412 dairy farms, the agriculture department said May 18.",
        date(2016, 5, 25),
        "412",
        (date(2016, 5, 18), date(2016, 5, 18)),
    ),
    # 10. an undated plan after a sentence naming a span ahead
    (
        "This year 21 villages were connected to gas. In 2017-2019 the programme will be funded by the "
        "national operator. The operator will lay gas to 16 more villages.",
        date(2016, 11, 7),
        "16",
        (date(2017, 1, 1), date(2019, 12, 31)),
    ),
    # look-alike: no span ahead named before it
    (
        "This year 21 villages were connected to gas. The operator will lay gas to 16 more villages.",
        date(2016, 11, 7),
        "16",
        (date(2016, 1, 1), date(2016, 12, 31)),
    ),
    # 11. a bracket's period is its own figure's
    (
        "This year water use is expected to rise up to 9.4 billion cubic meters (in 2021 water use made "
        "9.1 billion cubic meters).",
        date(2022, 10, 4),
        "9.4 billion cubic meters",
        (date(2022, 1, 1), date(2022, 12, 31)),
    ),
    (
        "This year water use is expected to rise up to 9.4 billion cubic meters (in 2021 water use made "
        "9.1 billion cubic meters).",
        date(2022, 10, 4),
        "9.1 billion cubic meters",
        (date(2021, 1, 1), date(2021, 12, 31)),
    ),
    # look-alike: a bracket holding only a period dates the figure before it
    (
        "Exports of melons grew by 12% (January-June 2021), the ministry said.",
        date(2021, 7, 20),
        "12%",
        (date(2021, 1, 1), date(2021, 6, 30)),
    ),
    # 12. "as of the year-end"
    (
        "As of the year-end the share of paved roads will hit 88%.",
        date(2020, 11, 24),
        "88%",
        (date(2020, 12, 31), date(2020, 12, 31)),
    ),
    # 13. a year-end forecast read as the year carries the year
    (
        "The ministry now projects real GDP growth at 4.2% at the end of 2022. Inflation is forecast in "
        "the 7-9 percent corridor.",
        date(2022, 4, 20),
        "9 percent",
        (date(2022, 1, 1), date(2022, 12, 31)),
    ),
    (
        "Deposits will stand at 40 trillion tenge at the end of 2025, the regulator expects.",
        date(2025, 4, 20),
        "40 trillion tenge",
        (date(2025, 12, 31), date(2025, 12, 31)),
    ),
    # 14. "for N months" of a report
    (
        "Construction keeps growing. The volume of works for 7 months made up 88.1 billion tenge or 104.3% "
        "of the corresponding period of 2021.",
        date(2022, 8, 25),
        "88.1 billion tenge",
        (date(2022, 1, 1), date(2022, 7, 31)),
    ),
    (
        "For 9 months, the region milled 1.2 million tons of flour.",
        date(2022, 10, 25),
        "1.2 million tons",
        (date(2022, 1, 1), date(2022, 9, 30)),
    ),
    (
        "The plant was closed for 7 months and lost 2 billion tenge.",
        date(2022, 10, 25),
        "2 billion tenge",
        (None, None),
    ),
    # 15. a present passive is a state at the report
    (
        "This year the ministry plans to mine 110 million tons of coal. Most of the reserves are "
        "concentrated in 400 coal fields.",
        date(2015, 6, 18),
        "400",
        (date(2015, 6, 18), date(2015, 6, 18)),
    ),
    (
        "The results of the first quarter of 2021 were discussed. Positive growth rates are observed in "
        "engineering (+ 21.8%) and chemicals (+ 14.2%).",
        date(2021, 4, 20),
        "21.8%",
        (date(2021, 1, 1), date(2021, 3, 31)),
    ),
    # 16. a singular "indicator" of a report; an index told with its amount
    (
        "Officials met in the region. The indicator achieved over 9 months of the current year are notable "
        "for positive dynamics. Industrial output has exceeded 1.4 trillion tenge with a growth of 12%.",
        date(2017, 10, 20),
        "1.4 trillion tenge",
        (date(2017, 1, 1), date(2017, 9, 30)),
    ),
    (
        "The first half of 2018 is over. Grain exports reached 4.1 million tons. Flour output is 1.2 "
        "million tons or 104%.",
        date(2018, 7, 12),
        "104%",
        (date(2018, 1, 1), date(2018, 6, 30)),
    ),
    # 17. "in the end of"
    (
        "Water tariffs jumped by 4.1% in the end of May.",
        date(2019, 6, 10),
        "4.1%",
        (date(2019, 5, 31), date(2019, 5, 31)),
    ),
    (
        "In the end of 2023, the region milled 3 million tons of grain.",
        date(2024, 2, 10),
        "3 million tons",
        (date(2023, 1, 1), date(2023, 12, 31)),
    ),
    (
        "In the end, 5 companies won the tender.",
        date(2024, 2, 10),
        "5",
        (None, None),
    ),
    # look-alikes: the stock's day itself, and a part of that stock told after it
    (
        "The review covers January-August 2020. The number of small firms as of Sep. 1, 2020, was 51,086. "
        "Of them, 3,000 work in trade.",
        date(2020, 9, 29),
        "3,000",
        (date(2020, 9, 1), date(2020, 9, 1)),
    ),
    (
        "The review covers January-August 2020. The number of small firms as of Sep. 1, 2020, was 51,086. "
        "Fixed investments amounted to 197.8 billion tenge.",
        date(2020, 9, 29),
        "51,086",
        (date(2020, 9, 1), date(2020, 9, 1)),
    ),
]


@pytest.mark.parametrize(("text", "published", "surface", "expected"), CASES)
def test_real20en_period(
    text: str, published: date, surface: str, expected: tuple[date | None, date | None]
) -> None:
    assert _span(text, surface, published) == expected


def test_month_without_report_sets_no_span() -> None:
    """'In March, the minister visited the plant.': a month named in a figureless sentence that
    reports nothing does not date the next sentence's figure."""
    text = "In March, the minister visited the plant. It employs 1,200 people."
    assert _span(text, "1,200", date(2023, 6, 20)) != (date(2023, 3, 1), date(2023, 3, 31))


def test_bln_cu_m_is_cubic_metres() -> None:
    """'16.5 bln cu m': the wire's short form of cubic metres, not a count."""
    figure = figure_by_surface(
        "Gas output reached 16.5 bln cu m in 2019.", "16.5 bln cu m", date(2020, 2, 1), "", "en"
    )
    assert (figure.unit, figure.value) == ("m3", 16.5e9)


def test_increase_up_to_a_level_is_no_change() -> None:
    """'is expected to increase up to 16.5 billion cubic meters': the level reached (it was read
    as a change once the unit was known); 'will rise up to 20 percent' stays a change."""
    level = figure_by_surface(
        "Gas use is expected to increase up to 16.5 billion cubic meters this year.",
        "16.5 billion cubic meters",
        date(2020, 11, 24),
        "",
        "en",
    )
    ceiling = figure_by_surface(
        "Wages will rise up to 20 percent.", "20 percent", date(2020, 11, 24), "", "en"
    )
    assert (level.is_change, ceiling.is_change) == (False, True)


def test_pronoun_i_is_no_quarter() -> None:
    """'I expect ...': a capital I before a noun other than quarter/half dates nothing."""
    text = "I expect output to grow by 4% in the coming months, the minister said."
    assert _span(text, "4%", date(2010, 8, 3)) != (date(2010, 1, 1), date(2010, 3, 31))
