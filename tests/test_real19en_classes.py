"""Errors seen on real stored English news pages (round real19en), in sentences of our own.

Labelled by tests/realworld/FORMAT.md:
  1. "Prices rose in January and February by 2% and 3%, respectively": months joined by "and"
     with one figure each and "respectively" give each figure its own month (both took the two
     months). Look-alikes: "In January-February, ... 2 and 3 billion dollars, respectively" (a dash
     is one span for every figure), and "In January and February ... 5 and 7 billion in total".
  2. a past verb of change with words between it and "by" is a change: "rose in January by 2%",
     "devalued the tenge by 19 percent", "fell in the third quarter by 4%". Look-alikes: "a plant
     run by 12 workers" and "grew, driven by exports" (no change verb before "by" / a participle
     between) keep their reading; "each bus reduces emissions by 0.5 tons" (present simple) too.
  3. the members of a gapped list after a change: "rose by 87%, public administration, social
     protection by 74.1%" (a member's name holding a comma), "cucumbers – by 2.9-3.5 percent,
     onion – by 3.5 percent" (after a range), "by 0.4 percent (top-grade flour – by 0.5%), pasta –
     by 0.2 percent" (a bracketed member and the one after it) are changes. Look-alike: "rose by 4%,
     driven by 12 new contracts" keeps its count.
  4. ", due to rise in price of rye bread by 2 percent": after a comma "due to" and a change noun
     name a cause, not a schedule (the figure was a plan, undated). Look-alike: "Fares are due to
     rise in July by 5 percent" stays a plan.
  5. "The price index in January compared with December, 2017 was 100.7 percent" (told in February
     2018): a yearless month told against a dated month is the first such month after it (January
     2018; it took 2017, and the next sentence's figures carried it). A comma before the year,
     "December, 2017", dates the month as "December 2017" does. Look-alikes: "in March compared
     with February 2019" (March 2019), "On December 5, 2017" (the day).
  6. "According to the Bureau of National Statistics of the Agency for Strategic Planning and
     Reforms, ... grew by 20%": the capitalised "Planning" of a name is no planning cue (the
     figures were plans, undated). Look-alikes: "the akimat is planning to build 5 schools" and a
     headline-cased "is Planning to build" stay plans.
  7. "the first quarter of year 2016", "the first half of the year 2018": a part of the year named
     with "year" before its number is that part (the figure took the whole year). Look-alikes: "In
     the first quarter of the year, 2016 saw ..." (a comma: the yearless quarter), "In the year 2016"
     (the whole year).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface, span


def _span(text: str, surface: str, published: date) -> tuple[date | None, date | None]:
    return span(figure_by_surface(text, surface, published, "", "en"))


# 1. months joined by "and", one figure each, "respectively"
RESPECTIVE_MONTHS = [
    (
        "Bread prices climbed in January and February by 1.5% and 2.5% respectively.",
        date(2019, 3, 10),
        "2.5%",
        (date(2019, 2, 1), date(2019, 2, 28)),
    ),
    (
        "Bread prices climbed in January and February by 1.5% and 2.5% respectively.",
        date(2019, 3, 10),
        "1.5%",
        (date(2019, 1, 1), date(2019, 1, 31)),
    ),
    (
        "In March and April, the mill shipped 40 thousand and 55 thousand tons of flour, respectively.",
        date(2018, 5, 14),
        "55 thousand tons",
        (date(2018, 4, 1), date(2018, 4, 30)),
    ),
    # look-alikes: a dashed span is one span for every figure; no "respectively", no split
    (
        "In January-February, exports and imports came to $2 billion and $3 billion, respectively.",
        date(2019, 3, 10),
        "$3 billion",
        (date(2019, 1, 1), date(2019, 2, 28)),
    ),
    (
        "In January and February, the two ports handled 5 and 7 million tons in total.",
        date(2019, 3, 10),
        "7 million tons",
        (date(2019, 1, 1), date(2019, 2, 28)),
    ),
]


@pytest.mark.parametrize(("text", "published", "surface", "expected"), RESPECTIVE_MONTHS)
def test_months_joined_by_and_go_to_figures_respectively(
    text: str, published: date, surface: str, expected: tuple[date, date]
) -> None:
    assert _span(text, surface, published) == expected


# 2. a past change verb, words, then "by"
CHANGES = [
    ("Consumer prices rose in January by 2%.", "2%", True),
    ("The central bank devalued the tenge by 19 percent in August 2015.", "19 percent", True),
    ("Cement output fell in the third quarter by 4%, the agency said.", "4%", True),
    ("Wheat exports grew last year by 12 percent.", "12 percent", True),
    # look-alikes
    ("The plant, run by 12 workers, opened in May.", "12", False),
    ("Output grew, driven by 40 new projects.", "40", False),
    ("Each electric bus reduces emissions by 0.5 tons a year.", "0.5 tons", False),
]


@pytest.mark.parametrize(("text", "surface", "is_change"), CHANGES)
def test_past_change_verb_with_words_before_by_is_a_change(text: str, surface: str, is_change: bool) -> None:
    figure = figure_by_surface(text, surface, date(2016, 9, 20), "", "en")
    assert figure.is_change is is_change


# 3. gapped members after a change
GAPPED = [
    ("Spending on health rose by 40%, culture, sport and tourism by 22.5%, roads by 9%.", "22.5%", True),
    ("Apple prices rose by 3.1%, pears – by 1.5-2.5 percent, plums – by 2.2 percent.", "2.2 percent", True),
    (
        "Sugar rose in price by 0.6 percent (white sugar – by 0.9%), salt – by 0.3 percent.",
        "0.3 percent",
        True,
    ),
    ("Sugar rose in price by 0.6 percent (white sugar – by 0.9%), salt – by 0.3 percent.", "0.9%", True),
    # look-alike: a cause after the change keeps its count
    ("Output rose by 4%, driven by 12 new contracts.", "12", False),
]


@pytest.mark.parametrize(("text", "surface", "is_change"), GAPPED)
def test_gapped_members_after_a_change_are_changes(text: str, surface: str, is_change: bool) -> None:
    figure = figure_by_surface(text, surface, date(2019, 3, 4), "", "en")
    assert figure.is_change is is_change


# 4. ", due to rise in ..." names a cause
DUE_TO = [
    ("Meat got dearer by 1.1 percent, due to rise in price of beef by 2 percent.", "2 percent", "actual"),
    ("Bread cost 0.3% more, due to growth in flour prices by 4%.", "4%", "actual"),
    # look-alike: a schedule
    ("Bus fares are due to rise in July by 5 percent.", "5 percent", "plan"),
]


@pytest.mark.parametrize(("text", "surface", "kind"), DUE_TO)
def test_due_to_a_change_after_a_comma_is_a_cause(text: str, surface: str, kind: str) -> None:
    assert figure_by_surface(text, surface, date(2019, 3, 4), "", "en").kind == kind


# 5. a yearless month against a dated month
MONTH_AGAINST_BASE = [
    (
        "The price index in January compared with December, 2017 was 100.7 percent.",
        date(2018, 2, 6),
        "100.7 percent",
        (date(2018, 1, 1), date(2018, 1, 31)),
    ),
    (
        "In January compared to January 2020, retail sales grew by 4.2%. Food sales rose by 3%.",
        date(2021, 2, 15),
        "3%",
        (date(2021, 1, 1), date(2021, 1, 31)),
    ),
    (
        "Tariffs in March compared with February 2019 rose by 0.4%.",
        date(2019, 4, 8),
        "0.4%",
        (date(2019, 3, 1), date(2019, 3, 31)),
    ),
    (
        "In December, 2017 the mill ground 30 thousand tons of wheat.",
        date(2018, 6, 1),
        "30 thousand tons",
        (date(2017, 12, 1), date(2017, 12, 31)),
    ),
]


@pytest.mark.parametrize(("text", "published", "surface", "expected"), MONTH_AGAINST_BASE)
def test_yearless_month_against_a_dated_month_follows_it(
    text: str, published: date, surface: str, expected: tuple[date, date]
) -> None:
    assert _span(text, surface, published) == expected


# 6. "Planning" in a name
PLANNING_NAME = [
    (
        "According to the Agency for Strategic Planning and Reforms, wheat exports grew by 14% in 2023.",
        "14%",
        "actual",
    ),
    (
        "The statistics bureau of the Agency for Strategic Planning and Reforms said 8,200 flats were "
        "built last year.",
        "8,200",
        "actual",
    ),
    ("The akimat is planning to build 5 schools.", "5", "plan"),
    ("The Akimat Is Planning to Build 5 Schools.", "5", "plan"),
]


@pytest.mark.parametrize(("text", "surface", "kind"), PLANNING_NAME)
def test_planning_in_a_name_is_no_plan(text: str, surface: str, kind: str) -> None:
    assert figure_by_surface(text, surface, date(2024, 2, 2), "", "en").kind == kind


# 7. "the first quarter of year 2016"
PART_OF_YEAR_NUMBER = [
    (
        "In the first quarter of year 2019, cement output grew by 5%.",
        "5%",
        (date(2019, 1, 1), date(2019, 3, 31)),
    ),
    (
        "In the first half of the year 2018 the region exported 40 thousand tons of flour.",
        "40 thousand tons",
        (date(2018, 1, 1), date(2018, 6, 30)),
    ),
    (
        "In the year 2018 the region exported 90 thousand tons of flour.",
        "90 thousand tons",
        (date(2018, 1, 1), date(2018, 12, 31)),
    ),
]


@pytest.mark.parametrize(("text", "surface", "expected"), PART_OF_YEAR_NUMBER)
def test_part_of_year_before_year_and_number(text: str, surface: str, expected: tuple[date, date]) -> None:
    assert _span(text, surface, date(2020, 2, 1)) == expected
