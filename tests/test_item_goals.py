"""English items that name a goal instead of what it measures (+items16, etl/extract/goal_items.py):
"the ministry's goal", "aim", "goal of securing" name nothing on a chart legend; the item is what the
goal's verb acts on. The sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators

PUBLISHED = date(2025, 6, 2)


def _items(text: str) -> dict[str, str]:
    return {i.surface: i.item for i in extract_indicators(text, PUBLISHED, "", "en")}


@pytest.mark.parametrize(
    ("text", "surface", "item"),
    [
        # the words after the goal's gerund
        ("The cabinet has set the goal of ensuring wage growth of 9% next year.", "9%", "wage growth"),
        # the goal verb's object, before the figure and its preposition
        ("Some 400 new buses will arrive, and the aim is to raise the share of electric buses from 12% to 30%.",
         "30%", "share of electric buses"),
        # the phrase the figure's unit is of
        ("The region has set a goal of attracting at least $3 billion in foreign capital this year.",
         "$3 billion", "foreign capital"),
        # "it": the figure told before in the sentence
        ("The number of rural clinics has already grown to 240, and the aim is to bring it to 310.", "310",
         "number of rural clinics"),
    ],
)  # fmt: skip
def test_goal_item_names_what_the_goal_measures(text: str, surface: str, item: str) -> None:
    assert _items(text)[surface] == item


@pytest.mark.parametrize(
    ("text", "surface", "item"),
    [
        # the goal word is what is counted
        ("The strategy sets out 14 target indicators.", "14", "target indicators"),
        # a measure with no goal word keeps its reading
        ("The share of electric buses rose to 12% last year.", "12%", "share of electric buses"),
    ],
)  # fmt: skip
def test_items_that_count_goals_or_name_none_keep_their_reading(text: str, surface: str, item: str) -> None:
    assert _items(text)[surface] == item
