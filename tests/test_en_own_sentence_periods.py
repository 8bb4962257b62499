"""English period phrases in a figure's own sentence that the reader used to misread (round rden).

Each class is checked on sentences of our own through the whole extractor, with look-alikes
beside it that must keep their old reading.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators

PUBLISHED = date(2025, 6, 10)
D = date

Span = tuple[date | None, date | None]


def _spans(body: str, published: date = PUBLISHED) -> dict[str, Span]:
    return {i.surface: (i.period_start, i.period_end) for i in extract_indicators(body, published)}


# --- A comma list of consecutive years ending in "and" is one span ------------------------------


@pytest.mark.parametrize(
    ("body", "surface", "span"),
    [
        ("The draft caps transfers at 4.2 trillion tenge a year for 2026, 2027 and 2028.",
         "4.2 trillion tenge", (D(2026, 1, 1), D(2028, 12, 31))),
        ("In 2022, 2023 and 2024 the region planted 1.3 million trees.",
         "1.3 million", (D(2022, 1, 1), D(2024, 12, 31))),
        ("Over 2021, 2022, 2023 and 2024 the airline carried 9.6 million passengers.",
         "9.6 million", (D(2021, 1, 1), D(2024, 12, 31))),
    ],
)  # fmt: skip
def test_year_list_is_one_span(body: str, surface: str, span: Span) -> None:
    assert _spans(body)[surface] == span


@pytest.mark.parametrize(
    ("body", "surface", "span"),
    [
        # "respectively": each figure keeps its own year, not the list's span
        ("Spending is to reach 21 trillion, 23 trillion and 25 trillion tenge in 2026, 2027 and 2028, respectively.",
         "21 trillion", (D(2026, 1, 1), D(2026, 12, 31))),
        # years that do not follow one another are no span: the figure keeps the year after it
        ("The fund paid out 3.1 billion tenge in 2020, 2022 and 2024.",
         "3.1 billion tenge", (D(2020, 1, 1), D(2020, 12, 31))),
    ],
)  # fmt: skip
def test_year_list_look_alikes(body: str, surface: str, span: Span) -> None:
    assert _spans(body)[surface] == span


# --- "by the end of next year" is a deadline, not next year as a whole --------------------------


@pytest.mark.parametrize(
    ("body", "surface", "span"),
    [
        ("The ministry wants the number of grants to reach 5,000 by the end of next year.",
         "5,000", (None, D(2026, 12, 31))),
        ("Some 120 schools are to be connected to fibre by next year.", "120", (None, D(2026, 12, 31))),
    ],
)  # fmt: skip
def test_deadline_next_year(body: str, surface: str, span: Span) -> None:
    assert _spans(body)[surface] == span


def test_next_year_as_a_whole_stays() -> None:
    spans = _spans("The plant will process 40,000 tons of wool next year.")
    assert spans["40,000 tons"] == (D(2026, 1, 1), D(2026, 12, 31))


# --- "at the start of January" is the month's first day -----------------------------------------


@pytest.mark.parametrize(
    ("body", "surface", "span"),
    [
        ("The reserve now exceeds the 12.4 billion dollars it held at the start of January.",
         "12.4 billion dollars", (D(2025, 1, 1), D(2025, 1, 1))),
        ("Deposits stood at 38.2 trillion tenge at the beginning of March 2024.",
         "38.2 trillion tenge", (D(2024, 3, 1), D(2024, 3, 1))),
    ],
)  # fmt: skip
def test_month_start_is_a_day(body: str, surface: str, span: Span) -> None:
    assert _spans(body)[surface] == span


@pytest.mark.parametrize(
    ("body", "surface", "span"),
    [
        ("Farmers sowed 2.1 million hectares in early April.", "2.1 million hectares", (D(2025, 4, 1), D(2025, 4, 30))),
        ("The fair drew 15,000 visitors in March 2024.", "15,000", (D(2024, 3, 1), D(2024, 3, 31))),
    ],
)  # fmt: skip
def test_month_look_alikes_stay_months(body: str, surface: str, span: Span) -> None:
    assert _spans(body)[surface] == span


# --- "compared with <value> last year": the value's date is a base, not the figure's period -----

JAN_OCT_2022 = "Industrial output reached 1.4 trillion tenge in January-October 2022. "


@pytest.mark.parametrize(
    ("sentence", "figure", "base"),
    [
        ("Retail grew to 220.7 billion tenge, compared with 210.9 billion tenge last year.",
         "220.7 billion tenge", "210.9 billion tenge"),
        ("Loans came to 77 billion tenge compared to 70 billion tenge the previous year.",
         "77 billion tenge", "70 billion tenge"),
        ("Mining yielded 500 billion tenge, up from 450 billion tenge last year.",
         "500 billion tenge", "450 billion tenge"),
    ],
)  # fmt: skip
def test_base_value_dated_last_year(sentence: str, figure: str, base: str) -> None:
    spans = _spans(JAN_OCT_2022 + sentence, published=D(2022, 11, 20))
    assert spans[figure] == (D(2022, 1, 1), D(2022, 10, 31))
    assert spans[base] == (D(2021, 1, 1), D(2021, 10, 31))


def test_explicit_base_year_and_qualifier_than_stay() -> None:
    spans = _spans(
        "The savings bank now has 709,000 depositors, up from 430,000 in 2014. "
        "The region harvested more than 5,000 tons of apples last year.",
        published=D(2016, 11, 10),
    )
    assert spans["430,000"] == (D(2014, 1, 1), D(2014, 12, 31))
    assert spans["5,000 tons"] == (D(2015, 1, 1), D(2015, 12, 31))


# --- A figure whose clause names a period keeps it, even when another figure stands before it ----


def test_own_clause_period_beats_another_clauses() -> None:
    spans = _spans(
        "The old mill will get new rollers adding 20,000 tons of capacity at a cost of 9 billion tenge "
        "by 2027, while a second mill will need 15 billion tenge and should open by 2029."
    )
    assert spans["20,000 tons"] == (None, D(2027, 12, 31))
    assert spans["9 billion tenge"] == (None, D(2027, 12, 31))
    assert spans["15 billion tenge"] == (None, D(2029, 12, 31))


def test_clause_without_a_period_still_skips_a_later_clauses() -> None:
    spans = _spans(
        "In 2024 the region reported its output. Output reached 5.2 million tons, while in 2022 it was 4.8 million."
    )
    assert spans["5.2 million tons"] == (D(2024, 1, 1), D(2024, 12, 31))
    assert spans["4.8 million"] == (D(2022, 1, 1), D(2022, 12, 31))


# --- The part of this year's plan already done, in a present tense, counts to the report --------


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        ("The town plans to plant 40,000 poplars this year, and about 15,000 of them are already in the ground.",
         "15,000"),
        ("The city will resurface 300 streets this year; 120 of them are already open to traffic.", "120"),
    ],
)  # fmt: skip
def test_done_part_of_this_years_plan(body: str, surface: str) -> None:
    assert _spans(body)[surface] == (D(2025, 1, 1), PUBLISHED)


def test_a_stated_fact_beside_this_years_plan_stays_today() -> None:
    spans = _spans("31 projects are to be carried out this year, and the pool includes 74 projects.")
    assert spans["74"] == (PUBLISHED, PUBLISHED)


# --- "during the quarter", "over the period": the report's span, named by its kind -------------


def _titled(body: str, title: str, published: date) -> dict[str, Span]:
    return {
        i.surface: (i.period_start, i.period_end) for i in extract_indicators(body, published, title=title)
    }


Q3_TITLE = "Jobless rate at 4.9% in third quarter of 2024"


@pytest.mark.parametrize(
    "body",
    [
        "Unemployment fell to 4.9%. Some 2,100 people were still on furlough during the quarter because of the floods.",
        "Unemployment fell to 4.9%. In the third quarter of 2023 it stood at 5.3%. "
        "Some 2,100 people found work through job fairs during the quarter.",
    ],
)
def test_during_the_quarter_is_the_reports(body: str) -> None:
    assert _titled(body, Q3_TITLE, D(2024, 11, 12))["2,100"] == (D(2024, 7, 1), D(2024, 9, 30))


H1_TITLE = "Airports served 5 million passengers in January-June 2024"


def test_report_span_look_alikes() -> None:
    # a period named after the phrase is read as written
    named = _titled(
        "Passenger traffic reached 5 million. Airlines added 40 aircraft over the period from 2019 to 2023.",
        H1_TITLE,
        D(2024, 7, 20),
    )
    assert named["40"] == (D(2019, 1, 1), D(2023, 12, 31))
    # "the quarter" in a half-year report is no quarter of it: the article's span stays
    half = _titled(
        "Passenger traffic reached 5 million. Airlines added 40 aircraft during the quarter.",
        H1_TITLE,
        D(2024, 7, 20),
    )
    assert half["40"] == (D(2024, 1, 1), D(2024, 6, 30))


# --- "which started on November 16": a span opened that day, not the day itself -----------------


@pytest.mark.parametrize(
    ("body", "surface", "span"),
    [
        # a past start without a year is the last such day, not one still ahead
        ("The bank said the sales, which started on November 16, cost $2 billion.", "$2 billion", (D(2024, 11, 16), None)),
        ("The drive, which began on March 3, 2025, has drawn 40,000 volunteers.", "40,000", (D(2025, 3, 3), None)),
    ],
)  # fmt: skip
def test_started_on_opens_a_span(body: str, surface: str, span: Span) -> None:
    assert _spans(body)[surface] == span


def test_a_day_without_a_start_stays_a_day() -> None:
    assert _spans("On May 16 the bank sold $200 million.")["$200 million"] == (D(2025, 5, 16), D(2025, 5, 16))


# --- Reader gaps with no instance in the dev set: "end-2024", "the year to June", "in H1", "1st" --

NOV = D(2025, 11, 20)


@pytest.mark.parametrize(
    ("body", "surface", "span"),
    [
        ("Household deposits stood at 41.3 trillion tenge as of end-2024.", "41.3 trillion tenge",
         (D(2024, 12, 31), D(2024, 12, 31))),
        ("Household deposits stood at 41.3 trillion tenge at end-September.", "41.3 trillion tenge",
         (D(2025, 9, 30), D(2025, 9, 30))),
        ("Consumer prices rose 11.2% in the year to June.", "11.2%", (D(2024, 7, 1), D(2025, 6, 30))),
        ("Consumer prices rose 11.2% in the 12 months to September 2025.", "11.2%", (D(2024, 10, 1), D(2025, 9, 30))),
        ("The miner's revenue fell 6% in the year ended March 31, 2025.", "6%", (D(2024, 4, 1), D(2025, 3, 31))),
        ("Cement output grew 7.5% in H1.", "7.5%", (D(2025, 1, 1), D(2025, 6, 30))),
        ("Cement output grew 7.5% in Q3.", "7.5%", (D(2025, 7, 1), D(2025, 9, 30))),
        ("Deposits stood at 41.3 trillion tenge on 1st October 2025.", "41.3 trillion tenge",
         (D(2025, 10, 1), D(2025, 10, 1))),
    ],
)  # fmt: skip
def test_reader_gaps(body: str, surface: str, span: Span) -> None:
    assert _spans(body, published=NOV)[surface] == span


@pytest.mark.parametrize(
    ("body", "surface", "span"),
    [
        ("Exports will reach 6 million tons by end-2027.", "6 million tons", (None, D(2027, 12, 31))),
        ("Exports grew 4% in the first nine months.", "4%", (D(2025, 1, 1), D(2025, 9, 30))),
        ("Deposits stood at 41.3 trillion tenge in October 2025.", "41.3 trillion tenge",
         (D(2025, 10, 1), D(2025, 10, 31))),
    ],
)  # fmt: skip
def test_reader_gap_look_alikes(body: str, surface: str, span: Span) -> None:
    assert _spans(body, published=NOV)[surface] == span


# --- "against" before the first figure names what a thing acts on, not a comparison's base ------


def test_against_without_a_figure_before_is_no_base() -> None:
    got = {
        i.surface: (i.period_start, i.period_end, i.kind)
        for i in extract_indicators(
            "Vaccines against 14 diseases of sheep are to be bought this year.", PUBLISHED
        )
    }
    assert got["14"] == (D(2025, 1, 1), D(2025, 12, 31), "plan")


def test_against_after_a_figure_stays_a_base() -> None:
    spans = _spans("Trade rose to 1.2 trillion tenge in 2024, against 1 trillion tenge.")
    assert spans["1 trillion tenge"] == (D(2023, 1, 1), D(2023, 12, 31))


# --- A yearless month after a past tense is the last such month, not the one ahead --------------

AUG = D(2018, 8, 28)


@pytest.mark.parametrize(
    ("body", "surface", "span"),
    [
        ("The low point came in February, when sales totalled 1,250 cars.", "1,250", (D(2018, 2, 1), D(2018, 2, 28))),
        ("Exports reached 3 million tons in October.", "3 million tons", (D(2017, 10, 1), D(2017, 10, 31))),
    ],
)  # fmt: skip
def test_past_month_is_behind(body: str, surface: str, span: Span) -> None:
    assert _spans(body, published=AUG)[surface] == span


def test_future_month_stays_ahead() -> None:
    assert _spans("The plant will open in February with 300 jobs.", published=AUG)["300"] == (
        D(2019, 2, 1),
        D(2019, 2, 28),
    )
