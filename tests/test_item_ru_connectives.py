"""Russian items without the connective opening their clause (+items16, item_roles.settle_item):
"При этом", "причем", "когда", "так что" tie a clause to the one before and name nothing, so a
chart legend reading "При этом тарифы на воду" or "когда поступления" carries them as raw words.
"при" alone is a preposition of the item and stays. The sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators

PUBLISHED = date(2025, 3, 5)


def _items(text: str) -> dict[str, str]:
    return {i.surface: i.item for i in extract_indicators(text, PUBLISHED, "", "ru")}


@pytest.mark.parametrize(
    ("text", "surface", "item"),
    [
        ("При этом тарифы на воду остались на прежнем уровне – 6%, а цены на газ выросли на 9%.", "6%",
         "тарифы на воду"),
        ("Выпуск цемента составил 2,1 млн тонн, причем доля экспорта превысила 14%.", "14%", "доля экспорта"),
        ("В 2024 году бюджет получил 310 млрд тенге, тогда как годом ранее, когда поступления составили "
         "250 млрд тенге, план не выполнили.", "250 млрд тенге", "поступления"),
        ("Так что обновлением охвачено около 15% жилого фонда.", "15%", "обновлением жилого фонда"),
    ],
)  # fmt: skip
def test_russian_item_leaves_out_the_connective_opening_it(text: str, surface: str, item: str) -> None:
    assert _items(text)[surface] == item


@pytest.mark.parametrize(
    ("text", "surface", "item"),
    [
        # "при" with its own noun is part of what is measured
        ("Расходы при строительстве дорог составили 45 млрд тенге.", "45 млрд тенге",
         "Расходы при строительстве дорог"),
    ],
)  # fmt: skip
def test_a_preposition_of_the_item_stays(text: str, surface: str, item: str) -> None:
    assert _items(text)[surface] == item
