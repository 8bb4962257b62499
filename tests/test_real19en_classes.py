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
