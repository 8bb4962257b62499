"""A bulleted list's members name the lead that introduces them (+items16, cyrillic_item_names._list_item):
when the paragraph before the list holds several sentences, the last one (ending in ":")
introduces it, not the first; a Kazakh source aside opening the lead ("Статистиктердің мәліметіне
сәйкес,") is no part of the measure. The sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators

PUBLISHED = date(2025, 6, 3)


def _items(text: str, language: str) -> dict[str, str]:
    return {i.surface: i.item for i in extract_indicators(text, PUBLISHED, "", language)}


@pytest.mark.parametrize(
    ("language", "text", "surface", "item"),
    [
        ("ru", "Инфляция в стране в мае составила 10,4%. Цены на бензин в регионах выросли так:\n"
         "- в Актобе – 6,1%;\n- в Уральске – 5,3%.", "5,3%", "Цены бензин регионах: в Уральске"),
        ("kk", "Статистиктердің мәліметіне сәйкес, сүт өндірісінің өсімі:\n- Ақмола облысында – 7,1%;\n"
         "- Қостанай облысында – 5,4%.", "7,1%", "сүт өндірісінің өсімі: Ақмола облысында"),
        # a lead of one sentence reads as before
        ("ru", "Цены на бензин в регионах выросли так:\n- в Актобе – 6,1%;\n- в Уральске – 5,3%.", "6,1%",
         "Цены бензин регионах: в Актобе"),
    ],
)  # fmt: skip
def test_list_member_names_the_sentence_introducing_the_list(
    language: str, text: str, surface: str, item: str
) -> None:
    assert _items(text, language)[surface] == item
