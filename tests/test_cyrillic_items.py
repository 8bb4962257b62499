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


# A sentence that opens with its place: the item is the measured noun, with the place after it
# (Russian) or made its modifier (Kazakh); the country itself is every series' scope and goes.
@pytest.mark.parametrize(
    ("language", "sentence", "surface", "item"),
    [
        ("ru", "В Северном Арале вылов рыбы составил 8 тыс. тонн.", "8 тыс. тонн", "вылов рыбы в Северном Арале"),
        ("ru", "В Казахстане добыча угля составила 80 млн тонн.", "80 млн тонн", "добыча угля"),
        ("ru", "В Павлодарской области выпущено продукции на 900 млрд тенге.", "900 млрд тенге",
         "продукции в Павлодарской области"),
        ("ru", "В селе Жалпак Каракиякского района построили 12 км сетей.", "12 км",
         "сетей в селе Жалпак Каракиякского района"),
        ("ru", "В Костанае выловили 40 тонн рыбы.", "40 тонн", "рыбы в Костанае"),
        ("ru", "В том числе нефти перевалено 2 млн тонн.", "2 млн тонн", "нефти"),
        ("kk", "Қазақстанда көмір өндіру 90 млн тоннаға жетті.", "90 млн тоннаға", "көмір өндіру"),
        ("kk", "Маңғыстауда орташа жалақы 500 мың теңгені құрады.", "500 мың теңгені",
         "Маңғыстаудағы орташа жалақы"),
        ("kk", "Мұнда астық өнімі 2 млн тоннаға жетті.", "2 млн тоннаға", "астық өнімі"),
    ],
)  # fmt: skip
def test_an_opening_place_gives_way_to_the_measured_noun(
    language: str, sentence: str, surface: str, item: str
) -> None:
    found = {i.surface: i.item for i in extract_indicators(sentence, PUBLISHED, "", language)}
    assert found[surface] == item


@pytest.mark.parametrize(
    ("language", "sentence", "surface", "item"),
    [
        # a purpose or a part is not a place: "на выплаты" may be what the money is
        ("ru", "На выплаты пособий направлено 4 млрд тенге.", "4 млрд тенге", "На выплаты пособий"),
        # a name in the possessive that names the next word is no locative ("Қызылорда облысы")
        ("kk", "Қызылорда облысында жалпы құны 700 млрд теңгені құрайды.", "700 млрд теңгені",
         "Қызылорда облысында жалпы құны"),
        # a word that only ends like a locative ("Сауда", trade)
        ("kk", "Сауда көлемі 10 трлн теңгеден асты.", "10 трлн теңгеден", "Сауда көлемі"),
    ],
)  # fmt: skip
def test_what_only_looks_like_an_opening_place_stays(
    language: str, sentence: str, surface: str, item: str
) -> None:
    found = {i.surface: i.item for i in extract_indicators(sentence, PUBLISHED, "", language)}
    assert found[surface] == item
