"""Kinds and units left by round kind21en on real stored English pages (round kind22en), in
sentences of our own.

Labelled by tests/realworld/FORMAT.md:
  1. "will ensure that output reaches at least 20 million tons", "ensuring GDP growth of no less
     than 5%": a level someone must secure is a goal (target; it was plan or actual). Look-alikes:
     "the measures ensured that 95% of villages were connected" (an outcome told done) stays actual,
     and "will ensure heating for 12,000 homes" (no level to reach) stays a plan.
  2. "the forecast is premised on an oil price of $60", "the forecast was made at 480 tenge per
     dollar": what a forecast assumes belongs to the forecast (forecast; it was actual, and a price at
     publication). Look-alikes: "The decision was made at a meeting of 12 ministers" and a past
     export price "made at $62" stay actual.
  3. "the programme envisioned 2.4 million square metres" is foreseen (plan, as "envisaged"; it was
     actual); after "the targets set in the programme, which envisioned ..." it is the target's
     content (target). Look-alike: "The plan, which envisaged 300 schools" stays a plan.
  4. units: "40 billion tenge ..., with 12.5 billion coming from the national budget" is money of
     the sentence's currency (it was a count), also past a bracketed conversion ("90.5 billion
     (US$181 million) coming from"), and a bracketed dollar sum does not lend its currency to the
     tenge sums after it. Look-alike: "1.5 million residents coming from other regions" stays a count.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators
from tests.figure_lookup import figure_by_surface

PUBLISHED = date(2026, 3, 10)


def _figure(text: str, surface: str):  # type: ignore[no-untyped-def]
    return figure_by_surface(text, surface, PUBLISHED, "", "en")


KINDS = [
    # 1. a level someone must ensure
    (
        "The ministry will ensure that wheat output reaches at least 20 million tons.",
        "20 million tons",
        "target",
    ),
    ("The cabinet's job is ensuring that economic growth remains at 4%.", "4%", "target"),
    ("The akimat will ensure GDP growth of no less than 5% this year.", "5%", "target"),
    ("The measures ensured that 95% of villages were connected last year.", "95%", "actual"),
    ("The new plant will ensure heating for 12,000 homes.", "12,000", "plan"),
    # 2. what a forecast assumes
    ("The new budget forecast is premised on an oil price of $60 per barrel.", "$60", "forecast"),
    ("The budget is premised on a Brent price of $58 per barrel.", "$58", "forecast"),
    (
        "The forecast was made at an exchange rate of 480 tenge per dollar.",
        "480 tenge per dollar",
        "forecast",
    ),
    ("The decision was made at a meeting of 12 ministers.", "12", "actual"),
    ("Exports of oil were made at a price of $62 per barrel last year.", "$62", "actual"),
    # 3. what a programme envisioned
    (
        "The regional programme envisioned the commissioning of 2.4 million square meters of housing.",
        "2.4 million square meters",
        "plan",
    ),
    (
        "The region met the targets set in the governor's programme, which envisioned the commissioning "
        "of 2.6 million square meters.",
        "2.6 million square meters",
        "target",
    ),
    ("The plan, which envisaged 300 new schools, was adopted in 2022.", "300", "plan"),
]


@pytest.mark.parametrize(("text", "surface", "kind"), KINDS)
def test_kinds_left_by_round_21(text: str, surface: str, kind: str) -> None:
    assert _figure(text, surface).kind == kind


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        (
            "This year 40 billion tenge was allocated for roads, with 12.5 billion coming from the national budget.",
            "12.5 billion",
            "KZT",
        ),
        ("The fund holds 3 trillion tenge, with 1.2 billion going to housing loans.", "1.2 billion", "KZT"),
        (
            "This year the programme received 300 billion tenge (US$600 million), with 90.5 billion "
            "(US$181 million) coming from the national budget.",
            "90.5 billion",
            "KZT",
        ),
        (
            "The city has 2 billion tenge in reserve, and 1.5 million residents coming from other regions.",
            "1.5 million",
            "count",
        ),
    ],
)
def test_money_coming_from_a_source_keeps_the_sentence_currency(text: str, surface: str, unit: str) -> None:
    assert _figure(text, surface).unit == unit


def test_a_bracketed_conversion_lends_no_currency() -> None:
    text = "Exports reached $3 billion (1.4 trillion tenge), and 2 billion of them went to China."
    units = {r.surface: r.unit for r in extract_indicators(text, PUBLISHED)}
    assert units["2 billion"] == "USD"


# Seen on further real pages of this round (National Bank decisions, presidential addresses):
#  5. "the Bank projects inflation to be in the range of 9-11%", "expects inflation to be 9%": the
#     forecast speaks, not the "to be" of a scheduled act (forecast; it was plan). Look-alikes: "the
#     bank's 12 projects to be launched" and "projects worth 40 billion tenge are to be launched"
#     stay plans.
#  6. "instructed the government to support exports in the next three years and allocate 500 billion
#     tenge", "the instruction to the National Bank to allocate 600 billion tenge": an allocation
#     ordered (plan; it was target). Look-alikes: "instructed to bring the share to 70 percent and to
#     allocate funds" and "instructed the government to raise the minimum wage to 42,000 tenge"
#     keep their levels as goals.
FORECASTS_AND_ORDERS = [
    (
        "Looking ahead, the Bank projects inflation to be in the range of 9.0%–11.0% this year.",
        "11.0%",
        "forecast",
    ),
    ("The Bank expects inflation to be in the range of 8-10% this year.", "10%", "forecast"),
    ("The IMF also projects growth at 3.5% in 2027.", "3.5%", "forecast"),
    ("The bank's 12 projects to be launched this year are worth 40 billion tenge.", "12", "plan"),
    ("Investment projects worth 40 billion tenge are to be launched this year.", "40 billion tenge", "plan"),
    (
        "The President instructed the government to support the processing industry and non-oil exports in "
        "the next three years and allocate an additional 300 billion tenge for these purposes.",
        "300 billion tenge",
        "plan",
    ),
    (
        "A key point was the President's instruction to the National Bank to allocate long-term liquidity "
        "in the amount of 700 billion tenge.",
        "700 billion tenge",
        "plan",
    ),
    (
        "The President instructed to bring the share of processed goods to 70 percent and to allocate funds for it.",
        "70 percent",
        "target",
    ),
    (
        "The President instructed the government to raise the minimum wage to 42,000 tenge.",
        "42,000 tenge",
        "target",
    ),
]


@pytest.mark.parametrize(("text", "surface", "kind"), FORECASTS_AND_ORDERS)
def test_forecasts_told_by_their_verb_and_allocations_ordered(text: str, surface: str, kind: str) -> None:
    assert _figure(text, surface).kind == kind


#  7. "the raise will affect 1.3 million workers", "this would benefit 1.2 million people": whom a
#     measure reaches is an expected outcome, as "will have access" (forecast; it was plan).
#     Look-alike: "The floods affected 1,200 homes" stays actual.
@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("The raise, he believes, will affect as many as 1.3 million workers.", "1.3 million", "forecast"),
        ("The President said that this would benefit 1.2 million people.", "1.2 million", "forecast"),
        ("The floods affected 1,200 homes last spring.", "1,200", "actual"),
    ],
)
def test_whom_a_measure_reaches(text: str, surface: str, kind: str) -> None:
    assert _figure(text, surface).kind == kind
