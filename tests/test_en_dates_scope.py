"""Which dated phrase an English figure belongs to (the en14 classes): a date without a year takes
the reporting year, an aside's "since 2014" dates nothing outside it, the figure's own clause and the
sentence before beat the lead's day, a quarter's or month's end is a day, and a plan or deadline
before current figures makes them no goals. The probe paragraphs (tests/en_dates_scope_probes.py)
were labelled per tests/realworld/FORMAT.md before the extractor was run on them (the second batch
after the fixes, as a check of generality); the few it still misreads are strict expected failures,
so a fix shows up as a pass to promote."""

from __future__ import annotations

import re
from datetime import date

import pytest

from etl.extract.indicators import extract_indicators
from etl.extract.periods import find_periods
from tests.en_dates_scope_probes import PROBES, PROBES_2, Row

# Probe figures still misread, with why (FORMAT.md's reading is the label; the extractor's is not).
_ENTITLEMENT = "an entitlement in force ('can apply for loans of up to ...') gets no [published] period"
_KNOWN_MISSES = {
    # ("a", "9.4 tons", "In the first two months of the year, ..." after a lead on last year) reads
    # this year since +fs30en's periods.opens_on_span_over_this_year
    # the kind is right now; the period is the present-state class, which no rule here reads
    # ("e", "150 million tenge") and ("e", "6 percent") read right since the en13 predicate reader
    ("e", "5 million tenge"): _ENTITLEMENT,
    ("e", "100,000 tenge"): _ENTITLEMENT,
    # "the ring road, due for completion in 2025, laid 14 km in November": reading every "due for /
    # scheduled to / expected to" aside as the subject's schedule cost unseen figures and gained no
    # dev figure, so it was taken out; a narrower reading would fix this one
    ("a", "14 km"): "a schedule aside's year still dates a yearless month outside it",
}


def _cases() -> list[object]:
    cases: list[object] = []
    for batch, probes in (("", PROBES), ("2", PROBES_2)):
        for number, (cls, published, title, body, expected) in enumerate(probes):
            for surface, row in expected.items():
                miss = _KNOWN_MISSES.get((cls, surface))
                marks = [pytest.mark.xfail(strict=True, reason=miss)] if miss else []
                ident = f"{batch}{cls}{number}-{surface}"
                cases.append(pytest.param(published, title, body, surface, row, id=ident, marks=marks))
    return cases


def _read(body: str, published: date, title: str, surface: str) -> Row | None:
    """The row of the figure written at `surface` (not inside a longer number: "3" in "4.3")."""
    at = re.search(r"(?<![\d.,$])" + re.escape(surface), body)
    assert at is not None, surface
    for found in extract_indicators(body, published, title=title, language="en"):
        if at.start() <= found.start_char < at.end():
            return found.period_start, found.period_end, found.kind
    return None


@pytest.mark.parametrize(("published", "title", "body", "surface", "row"), _cases())
def test_probe_figure_takes_its_own_dated_phrase(
    published: date, title: str, body: str, surface: str, row: Row
) -> None:
    assert _read(body, published, title, surface) == row


def test_probes_cover_every_class_with_enough_paragraphs() -> None:
    classes = [cls for cls, *_ in PROBES]
    assert len(PROBES) >= 30
    assert {cls: classes.count(cls) >= 4 for cls in "abcde"} == dict.fromkeys("abcde", True)


# --- the period phrases themselves ---

D = date


@pytest.mark.parametrize(
    ("sentence", "year", "expected"),
    [
        # a quarter's, half's or month's end is a day (a stock's date), "by" it a deadline
        (
            "At the end of the third quarter, deposits stood at 40 trillion.",
            2024,
            (D(2024, 9, 30), D(2024, 9, 30)),
        ),
        (
            "At the end of the first half of 2023, the fleet counted 900 buses.",
            None,
            (D(2023, 6, 30), D(2023, 6, 30)),
        ),
        ("By the end of the first half of 2026, the line will be built.", None, (None, D(2026, 6, 30))),
        ("The number reached 12,000 at the end of October.", 2022, (D(2022, 10, 31), D(2022, 10, 31))),
        ("Loans reached 9 trillion at the end of March 2021.", None, (D(2021, 3, 31), D(2021, 3, 31))),
        # look-alikes: the span itself stays a span
        ("In the third quarter, banks issued 2 trillion in loans.", 2024, (D(2024, 7, 1), D(2024, 9, 30))),
        ("In March 2021 loans grew 2%.", None, (D(2021, 3, 1), D(2021, 3, 31))),
    ],
)
def test_end_of_a_part_or_month_is_a_day(
    sentence: str, year: int | None, expected: tuple[date | None, date | None]
) -> None:
    first = find_periods(
        sentence, D(2024, 11, 20) if year is None or year >= 2024 else D(year, 12, 20), year
    )[0]
    assert (first.period_start, first.period_end) == expected


def test_a_year_in_an_aside_completes_no_date_outside_it() -> None:
    sentence = "The bridge, due for completion in 2027, took 300 workers in May."
    may = [
        p
        for p in find_periods(sentence, D(2024, 8, 1))
        if sentence[p.start : p.end].rstrip(".").endswith("May")
    ]
    assert [(p.period_start, p.period_end) for p in may] == [(D(2024, 5, 1), D(2024, 5, 31))]
    inside = (
        "In 2021 the plant shipped 5,000 tons, and in May it hired 40 people."  # no aside: that year's May
    )
    may = [
        p for p in find_periods(inside, D(2024, 8, 1)) if inside[p.start : p.end].rstrip(".").endswith("May")
    ]
    assert [(p.period_start, p.period_end) for p in may] == [(D(2021, 5, 1), D(2021, 5, 31))]
