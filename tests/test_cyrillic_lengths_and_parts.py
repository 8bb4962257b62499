"""Russian and Kazakh lengths written as abbreviations ("1,2 м", "4 см", "12 мм") are metres,
speeds ("94 Мбит/с", "15 м/с") are no length; and a part of a sum told after "из них / в том числе /
оның ішінде" is of the sum's unit at any scale. Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators

PUBLISHED = date(2025, 6, 1)


def _read(text: str) -> list[tuple[str, float, str | None]]:
    return [(i.surface, i.value, i.unit) for i in extract_indicators(text, PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("За тридцать лет уровень озера упал на 1,2 м, в среднем на 4 см в год.",
         [(1.2, "metre"), (0.04, "metre")]),
        ("Глубина нового канала составит 7,5 м.", [(7.5, "metre")]),
        ("За сутки выпало 12 мм осадков.", [(0.012, "metre")]),
        ("Көл деңгейі 1,2 м төмендеді, жылына орта есеппен 4 см.", [(1.2, "metre"), (0.04, "metre")]),
        ("Средняя скорость мобильного интернета достигла 94 Мбит/с.", [(94.0, "other")]),
        ("Порывы ветра усилятся до 15 м/с.", [(15.0, "other")]),
        ("Введено 5 млн кв. м жилья и построено 120 м3 резервуаров.", [(5e6, "m2"), (120.0, "m3")]),
    ],
)  # fmt: skip
def test_abbreviated_lengths_are_metres_and_speeds_are_not(text: str, expected: list) -> None:
    assert [(value, unit) for _, value, unit in _read(text)] == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Вложения превысили 4,1 млрд долларов, из них около 320 млн пришлось на прошлый год.",
         [(4.1e9, "USD"), (3.2e8, "USD")]),
        ("На программу направят 45 млрд тенге, в том числе 9 млрд из местных бюджетов.",
         [(4.5e10, "KZT"), (9e9, "KZT")]),
        ("Бағдарламаға 45 млрд теңге бөлінді, оның ішінде 9 млрд жергілікті бюджеттен.",
         [(4.5e10, "KZT"), (9e9, "KZT")]),
        # a part of the people counted just before, not of the tenge before them
        ("Надбавка до 90 тыс. тенге коснулась 2,1 млн человек, в том числе 400 тыс. учителей.",
         [(9e4, "KZT"), (2.1e6, "count"), (4e5, "count")]),
    ],
)  # fmt: skip
def test_a_part_after_its_sum_takes_the_sums_unit(text: str, expected: list) -> None:
    assert [(value, unit) for _, value, unit in _read(text)] == [(pytest.approx(v), u) for v, u in expected]
