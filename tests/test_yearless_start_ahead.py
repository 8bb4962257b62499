"""A start day told without a year ("С 1 января", "1 қаңтардан бастап") that is already behind the
report is next year's when the sentence tells its figure ahead, and this year's otherwise."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators

NOVEMBER = date(2025, 11, 20)


def _start(text: str, language: str) -> date | None:
    (figure,) = extract_indicators(text, NOVEMBER, "", language=language)
    return figure.period_start


@pytest.mark.parametrize(
    ("text", "language", "start"),
    [
        ("С 1 января минимальная зарплата составит 85 000 тенге.", "ru", date(2026, 1, 1)),
        ("С 1 января пособие будет 42 000 тенге.", "ru", date(2026, 1, 1)),
        ("С 1 сентября в школах будут работать 120 психологов.", "ru", date(2026, 9, 1)),
        ("1 қаңтардан бастап ең төменгі жалақы 85 000 теңге болмақ.", "kk", date(2026, 1, 1)),
        # look-alikes: told as done or in force, the day gone by stays this year's
        ("С 1 января в области выплачено 12 млрд тенге.", "ru", date(2025, 1, 1)),
        ("С 1 января пособие составляло 40 000 тенге.", "ru", date(2025, 1, 1)),
        ("1 қаңтардан бастап облыста 12 млрд теңге төленді.", "kk", date(2025, 1, 1)),
        # a day still ahead this year needs no move
        ("С 1 декабря тарифы вырастут на 12%.", "ru", date(2025, 12, 1)),
    ],
)
def test_a_yearless_start_day_told_ahead_is_next_years(text: str, language: str, start: date) -> None:
    assert _start(text, language) == start
