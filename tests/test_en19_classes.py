"""English error classes that recur across the blind-written sets (round en19), in other wordings.

Our own article-shaped texts, labelled by tests/realworld/FORMAT.md before the extractor ran
(published Tuesday 14 October 2025). Classes (0 = look-alikes that keep their reading):
  1. the other side of a comparison gives its period to no other figure: "X, against Y a month
     earlier" and "X (Y a month before)" date Y the month before X's; "(Y in July)" dates only the
     bracket's Y, while X before the bracket and Z after it keep the sentence's month.
  2. a past level "by the end of <year>" told with a past copula after the figure ("four million
     people, or 27.4% of them, were engaged ... by the end of 2024") is the level on that day,
     actual, not a deadline nor a goal; "until 2001, when it bottomed out at X" is that year's X.
  3. ages bounding an age group are no figures (below).
  5. a stock on a day: "904,000 tenge at the end of the month" is the month's last day, not the
     month; a change "year on year" beside a level on a day is dated at that day (the year-earlier
     level is its base, not its span), while a flow "in July ... year on year" keeps July.
  6. kind by FORMAT.md's pool rule, not by the cue word: in "the pool includes 67 projects worth
     ... that are expected to create 4,600 jobs", the count is actual and the worth and the jobs
     are plan, as the pool stands at publication; a single plant "expected to create 500 jobs"
     keeps its forecast.
  8. "from <year>" after a rate ("grow by 4.5-5% a year from 2030") is a start ahead with no end
     given, not a comparison base nor the programme's deadline; "from 2024 levels" stays a base.
  9. "over the programme period" / "over the plan's term" takes the span of the programme or plan
     named before with its years (a quoted name may stand between: "programme «X» for 2018-2022"),
     for that clause only; a programme named without years gives nothing.
  10. a span from the report on ("cut emissions by 20% within the next five years") is its own
     clause's act ahead; the sentences after keep the article's frame (the lead's "by 2030").
  11. a headline's "at start of 2025" (no article) is the stock's day, January 1, as "at the start
     of 2025" is; the change in the stock the body gives after it is dated there too.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators
from tests.en_probe_reading import misses

D = date
P = D(2025, 10, 14)
JUL = (D(2025, 7, 1), D(2025, 7, 31))
AUG = (D(2025, 8, 1), D(2025, 8, 31))
SEP = (D(2025, 9, 1), D(2025, 9, 30))
Y24 = (D(2024, 1, 1), D(2024, 12, 31))
Y23 = (D(2023, 1, 1), D(2023, 12, 31))
Q3 = (D(2025, 7, 1), D(2025, 9, 30))
JAN_SEP = (D(2025, 1, 1), D(2025, 9, 30))
H1 = (D(2025, 1, 1), D(2025, 6, 30))
END24 = (D(2024, 12, 31), D(2024, 12, 31))
Y01 = (D(2001, 1, 1), D(2001, 12, 31))

# (class, body, expected figures by the start of their surface, in order)
PROBES: list = [
    (
        1,
        "Monthly inflation was 0.7% in August, against 0.4% a month earlier.",
        [("0.7%", AUG, "actual"), ("0.4%", JUL, "actual")],
    ),
    (
        1,
        "The bank's share reached 4.8% in August (4.6% a month before).",
        [("4.8%", AUG, "actual"), ("4.6%", JUL, "actual")],
    ),
    (
        1,
        "In September deposits grew 1.2%, after 0.9% a month ago.",
        [("1.2%", SEP, "actual"), ("0.9%", AUG, "actual")],
    ),
    (
        1,
        "Inflation reached 8.6% in August. Services were the main driver, with prices up 14.5% year on "
        "year (13.8% in July).",
        [("8.6%", AUG, "actual"), ("14.5%", AUG, "actual"), ("13.8%", JUL, "actual")],
    ),
    (
        1,
        "In August banks held 92.9% of the market. Pawnshops came third with 2.1% (2% in July), while other "
        "lenders held 0.2%, up from 0.1%.",
        [("92.9%", AUG, "actual"), ("2.1%", AUG, "actual"), ("2%", JUL, "actual"), ("0.2%", AUG, "actual")],
    ),
    (
        2,
        "More than four million people, or about 27.4% of the population, were regularly engaged in sport "
        "by the end of 2024, the minister said.",
        [("four million", END24, "actual"), ("27.4%", END24, "actual")],
    ),
    (
        2,
        "By the end of 2024, 1.2 million households were connected to gas.",
        [("1.2 million", END24, "actual")],
    ),
    (
        2,
        "The birth rate fell steadily until 2001, when it bottomed out at 14.9, or 220,000 births.",
        [("220,000", Y01, "actual")],
    ),
    (
        0,
        "About 1,200 schools were to be connected to fibre by the end of 2024.",
        [("1,200", (None, D(2024, 12, 31)), "plan")],
    ),
    (0, "By the end of 2026, some 2,000 homes will be built.", [("2,000", (None, D(2026, 12, 31)), "plan")]),
    (
        0,
        "Exports are to grow until 2030, when they should reach $5 billion.",
        [("$5 billion", (None, D(2030, 12, 31)), "forecast")],
    ),
    (
        0,
        "Industrial output reached 1.4 trillion tenge in January-September. In the first half of the year, "
        "gross product came to 1.9 trillion tenge. Trade grew 1.1% to 1.2 trillion tenge.",
        [("1.9 trillion", H1, "actual"), ("1.1%", H1, "actual")],
    ),
    (
        5,
        "Retail loans reached 5.7 trillion tenge in July. The average debt per borrower was 904,000 "
        "tenge at the end of the month.",
        [("5.7 trillion", JUL, "actual"), ("904,000", (D(2025, 7, 31), D(2025, 7, 31)), "actual")],
    ),
    (
        5,
        "In the third quarter exports rose to $9 billion; reserves were $40 billion at the end of the quarter.",
        [("$9 billion", Q3, "actual"), ("$40 billion", (D(2025, 9, 30), D(2025, 9, 30)), "actual")],
    ),
    (
        5,
        "The loan book stood at 5.7 trillion tenge at the end of July, up 16.4% year on year.",
        [
            ("5.7 trillion", (D(2025, 7, 31), D(2025, 7, 31)), "actual"),
            ("16.4%", (D(2025, 7, 31), D(2025, 7, 31)), "actual"),
        ],
    ),
    (0, "Lending in July rose 16.4% year on year.", [("16.4%", JUL, "actual")]),
    (
        0,
        "Exports reached $9 billion in July, and by the end of the month another deal was signed.",
        [("$9 billion", JUL, "actual")],
    ),
    (
        6,
        "The region is also carrying out its part of the national project pool, which includes 67 projects "
        "worth 726.7 billion tenge that are expected to create 4,600 jobs.",
        [("67", (P, P), "actual"), ("726.7 billion", (P, P), "plan"), ("4,600", (P, P), "plan")],
    ),
    (
        6,
        "The regional portfolio includes 45 projects worth 300 billion tenge, which are expected to generate "
        "2,000 permanent jobs.",
        [("45", (P, P), "actual"), ("300 billion", (P, P), "plan"), ("2,000", (P, P), "plan")],
    ),
    (0, "The new plant is expected to create 500 jobs.", [("500", (None, None), "forecast")]),
    (
        0,
        "Tourism projects are expected to create 3,000 jobs by 2027.",
        [("3,000", (None, D(2027, 12, 31)), "forecast")],
    ),
    (8, "The economy should grow by 5% a year from 2030.", [("5%", (D(2030, 1, 1), None), "forecast")]),
    (
        8,
        "The programme runs until 2028. It should help output grow by 4.5-5% a year from 2030, with 1.6 "
        "percentage points of that growth coming from new plants.",
        [("4.5", (D(2030, 1, 1), None), "forecast"), ("1.6", (D(2030, 1, 1), None), "forecast")],
    ),
    (
        0,
        "Exports are expected to rise 5% from 2024 levels by 2027.",
        [("5%", (None, D(2027, 12, 31)), "forecast")],
    ),
    (
        9,
        "The government reviewed the draft state programme «Digital Qazaqstan» for 2026-2030. E-commerce is "
        "to account for 2.6% of retail trade by 2030, and up to 300,000 jobs will be created over the "
        "programme period.",
        [
            ("2.6%", (None, D(2030, 12, 31)), "forecast"),
            ("300,000", (D(2026, 1, 1), D(2030, 12, 31)), "plan"),
        ],
    ),
    (
        9,
        "The plan for 2026-2028 was approved. Over the plan's term, 40 schools will be built.",
        [("40", (D(2026, 1, 1), D(2028, 12, 31)), "plan")],
    ),
    (
        0,
        "The region adopted a programme. Over the programme period, 40 schools will be built.",
        [("40", (None, None), "plan")],
    ),
    (
        10,
        "Kazakhstan intends to plant 2 billion trees by 2030, the ministry said. The first strand requires the "
        "16 biggest plants to cut their emissions by 20% within the next five years. The saplings are "
        "expected to have a survival rate of no less than 65%.",
        [("2 billion", (None, D(2030, 12, 31)), "plan"), ("65%", (None, D(2030, 12, 31)), "forecast")],
    ),
    # look-alikes: a bracket that dates its own sentence, a bracket with its own year, a plain month
    (0, "Exports reached $2 billion (in the third quarter).", [("$2 billion", Q3, "actual")]),
    (
        0,
        "Output rose 5% in 2024 (12 million tonnes in 2023), the ministry said.",
        [("5%", Y24, "actual"), ("12 million", Y23, "actual")],
    ),
    (0, "Output grew 5% in August (in July, 4%).", [("5%", AUG, "actual"), ("4%", JUL, "actual")]),
    (0, "In August the index stood at 0.6%, the same as a month earlier.", [("0.6%", AUG, "actual")]),
]


@pytest.mark.parametrize(("cls", "body", "expected"), PROBES)
def test_recurring_class(cls: int, body: str, expected: list) -> None:
    assert misses(body, expected, P) == []


# A part of the article's span named inside one subject ("The region's gross product for the first
# half of the year came to ...") should date that subject only, the next sentences keeping the lead's
# span. en19 had a rule for it; it fixed eight figures of one development article and cost five on
# the unseen English sets (scored commit by commit, scores only), so it was taken out. Strict xfail:
# a reading that gets this right without that cost should lift it.
@pytest.mark.xfail(strict=True, reason="sub-span inside a subject: rule removed for its unseen cost")
def test_a_sub_span_inside_a_subject_dates_that_subject_only() -> None:
    body = (
        "Industrial output reached 1.4 trillion tenge in January-September. The region's gross product for "
        "the first half of the year came to 1.9 trillion tenge. Trade grew 1.1% to 1.2 trillion tenge."
    )
    expected = [
        ("1.4 trillion", JAN_SEP, "actual"),
        ("1.9 trillion", H1, "actual"),
        ("1.1%", JAN_SEP, "actual"),
    ]
    assert misses(body, expected, P) == []


# 3. ages that bound a group ("the 18-29 and 30-58 age groups", "15-24-year-olds") are no
#    figures (FORMAT.md); a count of groups ("the 12 age groups") still is.
AGE_PROBES: list = [
    ("Poverty was highest in the 18-29 and 30-58 age groups, at 7.2%.", ["7.2%"]),
    ("Unemployment among 15-24-year-olds fell to 3.1%.", ["3.1%"]),
    ("Most buyers were in the 25 to 34 age bracket, which took 41% of loans.", ["41%"]),
    ("The 12 age groups in the survey covered 5,000 people.", ["12", "5,000"]),
]


@pytest.mark.parametrize(("body", "surfaces"), AGE_PROBES)
def test_age_bounds_are_no_figures(body: str, surfaces: list[str]) -> None:
    found = extract_indicators(body, P, title="", language="en")
    assert [i.surface.split()[0] for i in found] == surfaces


# 7. (unit) "visited 6.1 million times" counts visits (no multiplier runs to millions); "2.5
#    times" stays a multiplier; cubic kilometres are given in cubic metres (km3 is no unit code).
UNIT_PROBES: list = [
    ("Museums were visited 6.1 million times in 2024.", "6.1 million", ["count"], 6.1e6),
    ("The app was downloaded 2.5 thousand times last month.", "2.5 thousand", ["count"], 2500),
    ("Exports grew 2.5 times in 2024.", "2.5 times", ["times"], 2.5),
    ("The reservoir holds 4 cubic kilometres of water.", "4 cubic", ["m3"], 4e9),
    ("Water losses are to be cut by 1.7 km3.", "1.7 km3", ["m3"], 1.7e9),
]


@pytest.mark.parametrize(("body", "surface", "units", "value"), UNIT_PROBES)
def test_units_of_counts_and_volumes(body: str, surface: str, units: list[str], value: float) -> None:
    found = [i for i in extract_indicators(body, P, title="", language="en") if i.surface.startswith(surface)]
    assert [i.unit for i in found] == units
    assert found[0].value == pytest.approx(value)


def test_a_headline_start_of_year_is_the_stocks_day() -> None:
    body = (
        "The assets of the fund totalled 28.6 trillion tenge as of January 1, 2025, the ministry said.\n"
        "That is 613 billion tenge more than a year earlier."
    )
    found = extract_indicators(
        body, D(2025, 1, 6), title="Fund assets reach 28.6 trillion tenge at start of 2025", language="en"
    )
    jan1 = (D(2025, 1, 1), D(2025, 1, 1))
    assert [(i.period_start, i.period_end) for i in found] == [jan1, jan1]
