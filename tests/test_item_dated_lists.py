"""A list whose members only say when ("- 2026 жылы – 4,2 млрд теңге", "2021 год – 110 тыс. га")
names its measure in the lead that introduces it: every member takes the lead's subject whole
(+items21, cyrillic_item_names.dated_member_item). Before, such members read an empty item or a lone
preposition. Members that name a part of their own keep the lead-and-label item of +items16. The
sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface

PUBLISHED = date(2025, 10, 1)

KK_BULLETED = (
    "Облыс бюджетінен жолдарға бөлінетін қаражат мынадай болады:\n"
    "- 2026 жылы – 4,2 миллиард теңге,\n- 2027 жылы – 5,1 миллиард теңге.\n"
    "Орташа жалақы мөлшері:\n- 2026 жылы – 310 500 теңге,\n- 2027 жылы – 335 000 теңге."
)
RU_BULLETED = (
    "Расходы областного бюджета на дороги составят:\n- в 2026 году – 4,2 млрд тенге,\n"
    "- в 2027 году – 5,1 млрд тенге."
)
RU_BARE = (
    "За пять лет посадки заняли 600 тыс. гектаров. По годам площади посадок выглядят так:\n"
    "2021 год – 110 тыс. га;\n2022 год – 240 тыс. га;\n2023 год – 180 тыс. га."
)
KK_BARE = (
    "Вице-министр облыстарға берілетін трансферттердің көлемін атады. Республикалық бюджеттен "
    "трансферттерге:\n2026 жылға – 5,3 трлн теңге;\n2027 жылға – 6,1 трлн теңге."
)


@pytest.mark.parametrize(
    ("text", "surface", "item"),
    [
        (KK_BULLETED, "5,1 миллиард теңге", "Облыс бюджетінен жолдарға бөлінетін қаражат"),
        (KK_BULLETED, "310 500 теңге", "Орташа жалақы мөлшері"),
        (RU_BULLETED, "4,2 млрд тенге", "Расходы областного бюджета на дороги"),
        (RU_BARE, "240 тыс. га", "площади посадок"),
        (RU_BARE, "180 тыс. га", "площади посадок"),
        (KK_BARE, "6,1 трлн теңге", "Республикалық бюджеттен трансферттерге"),
    ],
)  # fmt: skip
def test_a_dated_member_takes_the_lead_subject(text: str, surface: str, item: str) -> None:
    assert figure_by_surface(text, surface, PUBLISHED).item == item


@pytest.mark.parametrize(
    ("text", "surface", "item"),
    [
        # a member with a name of its own keeps the lead's first words and its name (+items16)
        ("Размеры стипендий с 1 сентября составят:\n- для магистрантов — 117 098 тенге;\n"
         "- для докторантов — 160 000 тенге.", "160 000 тенге", "Размеры стипендий: докторантов"),
        # a year told inside a sentence, no member of a list, is read as before
        ("Облыстың жол қоры 2026 жылы 4,2 миллиард теңге болады.", "4,2 миллиард теңге", "Облыстың жол қоры"),
    ],
)  # fmt: skip
def test_named_members_and_plain_sentences_read_as_before(text: str, surface: str, item: str) -> None:
    assert figure_by_surface(text, surface, PUBLISHED).item == item
