"""Periods and kinds seen on real stored Russian pages (round real20: harvest and sowing reports,
housing queues and building, vaccination counts, farm credit, 2014-2026), in sentences of our own.
Labelled by tests/realworld/FORMAT.md:
  1. people waiting for a home named after the verb ("ожидают получения жилья") are a queue as it
     stands: actual, at publication (not an outlook; "аналитики ожидают роста" stays one);
  2. deeds done since a day already past ("С 1 марта ... привито 12 тыс. человек") run up to the
     report, as "с 2019 года" does; a rate, a new level or a change that took effect that day keeps
     its start only.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface
from tests.figure_lookup import span as _span

P = date(2025, 8, 12)
TODAY = (P, P)


@pytest.mark.parametrize(
    ("text", "surface", "kind", "period"),
    [
        # 1. waiting for a home, named after the verb
        (
            "В стране 702 тысячи человек ожидают получения жилья от государства.",
            "702 тысячи",
            "actual",
            TODAY,
        ),
        ("В районе 1 300 семей ожидают предоставления арендной квартиры.", "1 300", "actual", TODAY),
        ("В городе 4 тыс. человек ожидают выделения земельного участка.", "4 тыс.", "actual", TODAY),
        (
            "За июль очередь выросла на 3 тыс. человек. Всего 84 тысячи горожан ожидают получения жилья.",
            "84 тысячи",
            "actual",
            TODAY,
        ),
        # look-alikes: an outlook, a queue before the verb (already read)
        ("Аналитики ожидают роста экспорта до 12 млн тонн в этом году.", "12 млн тонн", "forecast", None),
        ("В очереди на жилье ожидают 9 тыс. семей.", "9 тыс.", "actual", TODAY),
    ],
)
def test_real20_ru_waiting_for_a_home(
    text: str, surface: str, kind: str, period: tuple[date, date] | None
) -> None:
    figure = figure_by_surface(text, surface, P)
    assert figure.kind == kind
    if period is not None:
        assert _span(figure) == period


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # 2. deeds done since a past day run up to the report
        (
            "С 15 ноября 2024 года повторную прививку получили 190 тыс. человек.",
            "190 тыс.",
            (date(2024, 11, 15), P),
        ),
        (
            "С 15 ноября 2024 года повторную прививку получили 190 тыс. человек – это 44% от подлежащих.",
            "44%",
            (date(2024, 11, 15), P),
        ),
        ("С 1 марта в области открыто 14 новых аптек.", "14", (date(2025, 3, 1), P)),
        ("Со 2 июня 2025 года выдано 860 льготных кредитов на 9 млрд тенге.", "860", (date(2025, 6, 2), P)),
        (
            "Со 2 июня 2025 года выдано 860 льготных кредитов на 9 млрд тенге.",
            "9 млрд тенге",
            (date(2025, 6, 2), P),
        ),
        # look-alikes: a rate, a level or a change in force from that day; a start still ahead
        (
            "С 1 января 2025 года пособие составляет 46 тысяч тенге.",
            "46 тысяч тенге",
            (date(2025, 1, 1), None),
        ),
        ("С 1 января 2025 года пенсии повышены на 6,5%.", "6,5%", (date(2025, 1, 1), None)),
        (
            "С 1 января 2025 года стипендия повышена до 52 тысяч тенге.",
            "52 тысяч тенге",
            (date(2025, 1, 1), None),
        ),
        (
            "Минимальная зарплата с 1 января 2025 года установлена на уровне 85 000 тенге.",
            "85 000 тенге",
            (date(2025, 1, 1), None),
        ),
        ("С 1 июля 2025 года в области действуют 38 пунктов приема.", "38", (date(2025, 7, 1), None)),
        ("С 1 октября 2025 года тариф составит 19 тенге.", "19 тенге", (date(2025, 10, 1), None)),
    ],
)
def test_real20_ru_since_a_past_day(
    text: str, surface: str, expected: tuple[date | None, date | None]
) -> None:
    assert _span(figure_by_surface(text, surface, P)) == expected
