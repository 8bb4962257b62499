"""Signed values (FORMAT.md: only a minus written in the text makes a value negative), in English,
Russian and Kazakh sentences of our own: a minus glued to the digits or the word minus/минус is a
sign; a range's dash, a list bullet, a clause dash and "plus or minus" are not. A range whose
members each carry a sign shares its unit."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators
from etl.extract.signs import minus_at

PUBLISHED = date(2025, 3, 14)


def _read(body: str, language: str) -> list[tuple[float, str]]:
    """(value, unit) of every figure of the body, in order."""
    return [(round(i.value, 6), i.unit) for i in extract_indicators(body, PUBLISHED, "", language)]


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        ("The lake's surface now lies at −27.9 metres.", "en", [(-27.9, "metre")]),
        ("Frosts of minus 35 degrees are forecast for the north.", "en", [(-35.0, "celsius")]),
        ("The region closed the year with a deficit of -2.6% of its budget.", "en", [(-2.6, "percent")]),
        ("The balance moved by −0.7 percentage points over the quarter.", "en", [(-0.7, "percentage_point")]),
        ("Two districts saw output shrink (-6.1%).", "en", [(-6.1, "percent")]),
        ("Отметка уровня озера опустилась до −27,9 м.", "ru", [(-27.9, "metre")]),
        ("Ночью столбик термометра опустится до минус 35 градусов.", "ru", [(-35.0, "celsius")]),
        ("Сальдо торговли составило -2,6% к прошлому году.", "ru", [(-2.6, "percent")]),
        ("Ночью аяз минус 35 градусқа дейін күшейеді.", "kk", [(-35.0, "celsius")]),
        ("Көлдің деңгейі −27,9 м-ге дейін төмендеді.", "kk", [(-27.9, "metre")]),
        ("Екі ауданда көрсеткіш -6,1%-ды құрады.", "kk", [(-6.1, "percent")]),
    ],
)
def test_a_written_minus_makes_the_value_negative(body: str, language: str, expected: list) -> None:
    assert _read(body, language) == expected


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        # a range's dash, with or without a space before its second half
        ("Prices are expected to rise by 4-6% in 2026.", "en", [(4.0, "percent"), (6.0, "percent")]),
        ("Tariffs will grow by 7 -9% next year.", "en", [(7.0, "percent"), (9.0, "percent")]),
        ("Тарифы вырастут на 7 –9% в следующем году.", "ru", [(7.0, "percent"), (9.0, "percent")]),
        # a clause dash and a list bullet have a space before the digits
        ("Growth in construction – 5.1%.", "en", [(5.1, "percent")]),
        ("Рост в строительстве – 5,1%.", "ru", [(5.1, "percent")]),
        ("Расходы распределились так:\n— 812,4 млн тенге на питание.", "ru", [(812_400_000.0, "KZT")]),
        # a spread around a value is no negative value
        ("The forecast error is plus or minus 3 degrees.", "en", [(3.0, "celsius")]),
        ("Погрешность прогноза — плюс-минус 3 градуса.", "ru", [(3.0, "celsius")]),
        # a change told by its verb stays unsigned
        ("Output fell by 2.4% in 2024.", "en", [(2.4, "percent")]),
        ("Өндіріс 2,4%-ға төмендеді.", "kk", [(2.4, "percent")]),
    ],
)
def test_dashes_that_are_no_minus_leave_the_value_unsigned(body: str, language: str, expected: list) -> None:
    assert _read(body, language) == expected


def test_the_word_minus_beside_plus_gives_signed_changes() -> None:
    body = (
        "Среди областей выделились Северная (4,1 тыс. тонн, минус 3,8%) и Южная (2,9 тыс. тонн, плюс 12,5%)."
    )
    assert _read(body, "ru") == [
        (4100.0, "tonne"), (-3.8, "percent"), (2900.0, "tonne"), (12.5, "percent"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        (
            "Forecasts put the level between −31.2 and −33 metres by 2060.",
            "en",
            [(-31.2, "metre"), (-33.0, "metre")],
        ),
        ("Nights will bring from -4 to -9 degrees.", "en", [(-4.0, "celsius"), (-9.0, "celsius")]),
        (
            "К 2060 году уровень может опуститься до отметок от −31,2 до −33 м.",
            "ru",
            [(-31.2, "metre"), (-33.0, "metre")],
        ),
        ("Ночью ожидается от минус 4 до минус 9 градусов.", "ru", [(-4.0, "celsius"), (-9.0, "celsius")]),
        ("Түнде -4-тен -9 градусқа дейін суық болады.", "kk", [(-4.0, "celsius"), (-9.0, "celsius")]),
        ("Деңгей −31,2-ден −33 метрге дейін төмендеуі мүмкін.", "kk", [(-31.2, "metre"), (-33.0, "metre")]),
    ],
)
def test_a_range_of_signed_members_shares_its_unit(body: str, language: str, expected: list) -> None:
    assert _read(body, language) == expected


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("-5 градусов", 1, 0),
        ("уровень (−28,5 м)", 10, 9),
        ("до минус 2 метров", 9, 3),
        ("3-5%", 2, None),
        ("COVID-19", 6, None),
        ("— 760,6 млн", 2, None),
        ("в 2021 -2025 годах", 8, None),
        ("плюс-минус 5%", 11, None),
        ("plus or minus 5%", 14, None),
        ("номинус 5", 8, None),
    ],
)
def test_minus_at_finds_only_a_sign_glued_to_the_digits_or_the_word_minus(
    text: str, start: int, expected: int | None
) -> None:
    assert minus_at(text, start) == expected
