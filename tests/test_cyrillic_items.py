"""A Russian or Kazakh figure's item names what is measured, without the period phrase or the
verb around it, so one series reads the same from article to article and language to language."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators

PUBLISHED = date(2025, 2, 1)


@pytest.mark.parametrize(
    ("language", "sentence", "surface", "item"),
    [
        ("kk", "2024 жылы IT-қызметтер экспорты 500 млн АҚШ долларына жетті.", "500 млн АҚШ долларына",
         "IT-қызметтер экспорты"),
        ("kk", "Биыл облыста 45 мектеп салынды.", "45", "мектеп"),
        ("kk", "Акцияға 2,9 млн адам қатысты.", "2,9 млн", "адам"),
        ("ru", "В 2024 году экспорт IT-услуг достиг 500 млн долларов.", "500 млн долларов", "экспорт IT-услуг"),
        ("ru", "За 10 месяцев собрано более 1,6 млн тонн отходов.", "1,6 млн тонн", "отходов"),
        ("ru", "Урожай зерна составил 20 млн тонн.", "20 млн тонн", "Урожай зерна"),
    ],
)  # fmt: skip
def test_item_leaves_out_the_period_and_the_verb(
    language: str, sentence: str, surface: str, item: str
) -> None:
    found = {i.surface: i.item for i in extract_indicators(sentence, PUBLISHED, "", language)}
    assert found[surface] == item


def test_an_item_that_is_only_a_verb_keeps_its_words() -> None:
    # nothing but the verb after the figure: the item is not left empty
    found = extract_indicators("Көрсеткіш 12 пайызға жетті.", PUBLISHED, "", "kk")
    assert found and all(i.item for i in found)
