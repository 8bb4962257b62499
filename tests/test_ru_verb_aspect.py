"""Russian verbs whose aspect or tense the endings cannot show, read from the dictionary
(etl/extract/ru_aspect.py, pymorphy3): a perfective future in the singular or reflexive is a deed
ahead, a consonant stem's past is done, and a passive of an imperfective stays the present.
Sentences of our own, in the forms of regional and ministry reporting."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.ru_aspect import dictionary_past, perfective_future
from tests.figure_lookup import figure_by_surface

PUBLISHED = date(2025, 4, 15)


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        # the singular and the reflexive of a perfective: what will be done
        (
            "Инвестор на первом этапе вложит свыше 58 млрд тенге в строительство завода.",
            "58 млрд тенге",
            "plan",
        ),
        ("Из этой суммы 6,2 млрд тенге уйдет на оснащение онкологического центра.", "6,2 млрд тенге", "plan"),
        ("Площадь зоны отдыха расширится до 3 000 гектаров.", "3 000 гектаров", "plan"),
        ("Картофель и овощи разместятся на 8 700 гектарах.", "8 700 гектарах", "plan"),
        ("В поле выйдет свыше 12 тыс. единиц сельхозтехники.", "12 тыс.", "plan"),
        ("С нового года доступ к бесплатной помощи получат около 900 тысяч человек.", "900 тысяч", "plan"),
        # the first person plural of a perfective (or its "let us"): what "we" will do
        ("В этом году мы продолжим обновление 35 автобусных маршрутов.", "35", "plan"),
        ("До конца года завершим ремонт 120 км дорог.", "120 км", "plan"),
        # ... and of an imperfective, what "we" do now
        ("Сегодня мы строим 14 школ.", "14", "actual"),
        # a past the endings rules miss: done
        ("Закупить семена вовремя помогло финансирование на 70 млрд тенге.", "70 млрд тенге", "actual"),
        # imperfectives in the present stay how things are
        ("Ежегодно в страну завозится порядка 41 тысячи тонн рыбы.", "41 тысячи тонн", "actual"),
        ("Ставка по займу составляет 7% годовых.", "7%", "actual"),
        ("В регионе работают 507 школ.", "507", "actual"),
    ],
)
def test_kind_from_the_verbs_aspect(text: str, surface: str, kind: str) -> None:
    assert figure_by_surface(text, surface, PUBLISHED, language="ru").kind == kind


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("сдадут", True),
        ("вложит", True),
        ("расширится", True),
        ("работают", False),  # an imperfective present
        ("стоит", False),
        ("школа", False),  # no verb reading at all
        ("займу", False),  # no third-person ending ("of a loan", or "I will take"): not looked up
        ("завозится", None),  # the dictionary's "завозиться" hides the passive of "завозить"
        ("реконструируют", None),  # both aspects
        ("фыврапролдит", None),  # not in the dictionary
    ],
)
def test_perfective_future(word: str, expected: bool | None) -> None:
    assert perfective_future(word) is expected


def test_dictionary_past() -> None:
    assert dictionary_past("помогло") and dictionary_past("достигли")
    assert not dictionary_past("стали")  # steel, or "became": not only a past
    assert not dictionary_past("работают")
