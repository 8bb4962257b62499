"""Counting words, a scale word's case ending and bare counts of people as items (+items22,
item_cleaning / cyrillic_item_names / item_roles / people_groups). A count told by pieces ("дана",
"штук", "units") is of the thing told before it; the rest of "млннан" is the figure's, not what it
counts; a count of people takes the group its verb names ("проживают" -> "жители"), or what the
change or share before it was told of; a Kazakh item loses the period words closing it; an English
share told by "contributing" is of its clause's subject. The sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.item_cleaning import settle_item
from tests.figure_lookup import figure_by_surface

PUBLISHED = date(2025, 10, 1)


@pytest.mark.parametrize(
    ("text", "surface", "item"),
    [
        # (1) a counting word alone takes the thing told before it; opening an item it goes
        ("Жыл басынан бері ауданда 2,6 млн дана тал егу жоспарланса, қазірдің өзінде 1,9 млн дана егілді.",
         "1,9 млн", "тал егу"),
        ("Жыл басынан бері ауданда 2,6 млн дана тал егу жоспарланса, қазірдің өзінде 1,9 млн дана егілді.",
         "2,6 млн", "тал егу"),
        ("В сезон ремонта планировали заменить 40 тыс. штук окон, к осени заменено 31,5 тыс. штук.",
         "31,5 тыс.", "окон"),
        ("The park service planted 40,000 saplings in spring and another 12,000 units in autumn.",
         "12,000", "saplings"),
        # (2) the rest of the scale word the figure ends inside
        ("Осы маусымда облыс бойынша 3,2 млннан аса тал егілді.", "3,2 млн", "тал"),
        # (3) counts of people: the group its verb names
        ("В селах района проживают около 46 тыс. человек.", "46 тыс.", "жители"),
        ("На стройке комбината сейчас заняты 1 200 человек.", "1 200", "занятые"),
        ("За неделю в авариях на дорогах области погибли 14 человек.", "14", "погибшие"),
        ("В область за год прибыли 9 410 человек, выбыли из нее 12 005.", "9 410", "прибывшие"),
        ("В область за год прибыли 9 410 человек, выбыли из нее 12 005.", "12 005", "выбывшие"),
        ("Ауданда 85 мыңға жуық адам тұрады.", "85 мыңға", "тұрғындар"),
        ("Зауытта 640 адам еңбек етеді.", "640", "жұмыскерлер"),
        ("The valley's 40 villages, home to about 300,000 people, get water from the canal.",
         "300,000", "population"),
        # (3) ... or what the change before it was told of
        ("Зейнеткерлер саны бір жылда 1,4%-ға өсіп, 2,4 млн адамға жетті.", "2,4 млн", "Зейнеткерлер саны"),
        ("Число безработных за год сократилось на 3,1%, до 412 тыс. человек.", "412 тыс.",
         "Число безработных за год"),
        # (4) words of the clause: a Kazakh period closing the item, an English participle
        ("Зейнеткерлер саны бір жылда 1,4%-ға өсіп, 2,4 млн адамға жетті.", "1,4%-ға", "Зейнеткерлер саны"),
        ("Services were the main driver, contributing 2.1 percentage points to growth.",
         "2.1 percentage points", "Services"),
        # look-alikes: another group set against the one before; calves born are no "родившиеся";
        # English "units of" names the thing
        ("Pensioners numbered 2.4 million, or 12.5% of the total, while 3.1 million people worked in "
         "the public sector.", "3.1 million", "people worked in the public sector"),
        ("За год на фермах области родилось 310 тыс. телят.", "310 тыс.", "телят"),
        ("The ministry bought 1,500 units of road machinery this year.", "1,500", "units of road machinery"),
    ],
)  # fmt: skip
def test_items_in_sentences(text: str, surface: str, item: str) -> None:
    assert figure_by_surface(text, surface, PUBLISHED).item == item


@pytest.mark.parametrize(
    ("item", "language", "settled"),
    [
        ("дана ағаш", "kk", "ағаш"),
        ("штук деревьев", "ru", "деревьев"),
        ("дана", "kk", ""),
        ("units", "en", ""),
        ("Жұмыссыздар саны бір жылда", "kk", "Жұмыссыздар саны"),
        ("жұмыссыздар саны жыл ішінде", "kk", "жұмыссыздар саны"),
        ("infants died before reaching", "en", "infants died"),
        # look-alikes: a closing counter names the thing; a Russian "за месяц" tells one series from another;
        # a period alone keeps its words
        ("housing units", "en", "housing units"),
        ("рост цен за месяц", "ru", "рост цен за месяц"),
        ("бір жыл", "kk", "бір жыл"),
    ],
)  # fmt: skip
def test_settled_counters_and_periods(item: str, language: str, settled: str) -> None:
    assert settle_item(item, language) == settled


def test_group_verbs_need_a_listed_verb() -> None:
    # (imported here: the module is new in +items22, and the tests above run on older code too)
    from etl.extract.people_groups import group_by_verb

    text = "В отрасли работают 11 тыс. человек, а получили выплаты 3 тыс. человек."
    first = text.index("11 тыс.")
    assert group_by_verb(text, first, first + len("11 тыс."), "ru") == "занятые"
    second = text.index("3 тыс.")
    assert group_by_verb(text, second, second + len("3 тыс."), "ru") == ""  # recipients of what: not listed
