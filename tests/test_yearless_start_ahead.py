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


def test_a_start_ahead_in_a_sentence_without_figures_dates_the_plans_after_it() -> None:
    """As "Размер стипендии с 1 сентября 2024 года ... Магистранты будут получать 107 061 тенге"
    is read in Russian and Kazakh: the English amounts are one fact with theirs."""
    body = ("The ministry has announced new monthly state scholarships from 1 September 2024. "
            "Bachelor's students will receive KZT 47,135 and master's students KZT 107,061.")  # fmt: skip
    figures = extract_indicators(body, date(2024, 6, 15), "Scholarships to rise", language="en")
    assert [(f.value, f.kind, f.period_start, f.period_end) for f in figures] == [
        (47_135, "plan", date(2024, 9, 1), None),
        (107_061, "plan", date(2024, 9, 1), None),
    ]
