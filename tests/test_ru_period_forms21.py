"""Russian period forms read wrong across several writers' held-out articles, in sentences of our own
(other words, numbers and places), each labelled by tests/realworld/FORMAT.md before any run.

- a participle aside with a year of its own (", составлявшая в прошлом году 105% ...,", ", действовавших
  в 2025 году,") dates what it says of, not the figure of the main clause told after it;
- a named season dates its figure: what the coming heating season needs is that season's (October to
  April), a count "с начала отопительного сезона" runs from 1 October to the report, what is set aside
  "на посевную" is the spring's (March to May);
- "годом ранее" after a span ending on 29 February is the same months a year back (to 28 February), not
  the whole year before.
Each group holds look-alikes that kept their reading."""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface, span


def _year(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def _day(day: date) -> tuple[date, date]:
    return day, day


_ASIDES = [
    # the aside's own figure keeps the aside's year; the main clause's figures after it do not take it
    ("2026-01-05", "С 1 января минимальная пенсия составляет 41 200 тенге, а максимальная, составлявшая в прошлом "
     "году 105% прожиточного минимума, поднята до 112%, или до 57 300 тенге.", "105%", _year(2025)),
    ("2026-01-05", "С 1 января минимальная пенсия составляет 41 200 тенге, а максимальная, составлявшая в прошлом "
     "году 105% прожиточного минимума, поднята до 112%, или до 57 300 тенге.", "112%", (date(2026, 1, 1), None)),
    ("2026-01-05", "С 1 января минимальная пенсия составляет 41 200 тенге, а максимальная, составлявшая в прошлом "
     "году 105% прожиточного минимума, поднята до 112%, или до 57 300 тенге.", "57 300 тенге",
     (date(2026, 1, 1), None)),
    # the aside right after the old level dates that level; the new level is the year the sentence names
    ("2026-01-10", "На 2026 год ставка сбора увеличена с 3 500 тенге, действовавших в 2025 году, до 3 900 тенге.",
     "3 500 тенге", _year(2025)),
    ("2026-01-10", "На 2026 год ставка сбора увеличена с 3 500 тенге, действовавших в 2025 году, до 3 900 тенге.",
     "3 900 тенге", _year(2026)),
    ("2026-01-10", "Плата за вывоз мусора поднята с 610 тенге, действовавших в прошлом году, до 680 тенге в месяц.",
     "610 тенге", _year(2025)),
    # a plan told after the aside names no time of its own: no period (FORMAT: null)
    ("2025-03-01", "Предприятие, выпускавшее в 2019 году 12 тыс. тонн сыра, планирует нарастить выпуск до 20 тыс. "
     "тонн.", "12 тыс. тонн", _year(2019)),
    ("2025-03-01", "Предприятие, выпускавшее в 2019 году 12 тыс. тонн сыра, планирует нарастить выпуск до 20 тыс. "
     "тонн.", "20 тыс. тонн", (None, None)),
    ("2025-11-28", "Аэропорт Шымкента, обслуживший в 2024 году 3,2 млн пассажиров, намерен увеличить пропускную "
     "способность до 9 млн человек в год.", "9 млн", (None, None)),
    # look-alikes: a main clause told in the past goes on in the aside's span; "сейчас" dates its own clause
    ("2025-11-20", "Инвестиции, составившие в январе–октябре 640 млрд тенге, выросли на 7%.", "7%",
     (date(2025, 1, 1), date(2025, 10, 31))),
    ("2025-03-01", "Комбинат, выпускавший в 2020 году 40 тыс. тонн продукции, сейчас производит 65 тыс. тонн.",
     "65 тыс. тонн", _day(date(2025, 3, 1))),
    ("2025-03-01", "Порт, открытый в 2018 году, в прошлом году обработал 2,4 млн тонн грузов.", "2,4 млн тонн",
     _year(2024)),
]  # fmt: skip


@pytest.mark.parametrize(("published", "text", "surface", "expected"), _ASIDES, ids=[c[2] for c in _ASIDES])
def test_participle_aside_dates_its_own(
    published: str, text: str, surface: str, expected: tuple[date | None, date | None]
) -> None:
    figure = figure_by_surface(text, surface, date.fromisoformat(published), language="ru")
    assert span(figure) == expected
