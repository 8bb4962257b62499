"""Russian levels at the ends of a span and the present after it, sentences of our own in the forms of
regional and statistics reporting (published 10 February 2025; FORMAT.md: a change covers its span,
the levels it moved between stand at its ends, and a level told "now" is the state at publication).
Each of the first three groups was read as the whole span before etl/extract/ru_span_edges.py and
cyrillic_clause_time._ru_long_since; the fourth as the span before cyrillic_figure_period's "и сейчас"."""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface, span

PUBLISHED = date(2025, 2, 10)
NOW = (PUBLISHED, PUBLISHED)


def _year(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


CASES = [
    # the old and the new level of a change over past years: its first year and its last
    ("С 2020 по 2024 год экспорт зерна вырос с 6,2 млн до 9,8 млн тонн.", "6,2 млн", _year(2020)),
    ("С 2020 по 2024 год экспорт зерна вырос с 6,2 млн до 9,8 млн тонн.", "9,8 млн тонн", _year(2024)),
    ("В 2019–2023 годах доля сельских школ с интернетом выросла с 61% до 87%.", "61%", _year(2019)),
    ("В 2019–2023 годах доля сельских школ с интернетом выросла с 61% до 87%.", "87%", _year(2023)),
    # the level reached after a change told over the years: the last year; the change keeps them all
    ("За 2019–2024 годы выпуск молока почти удвоился и достиг 2,4 млн тонн.", "2,4 млн тонн", _year(2024)),
    ("За 2019–2024 годы выпуск молока вырос на 38% и составил 2,4 млн тонн.", "2,4 млн тонн", _year(2024)),
    ("За 2019–2024 годы выпуск молока вырос на 38% и составил 2,4 млн тонн.", "38%", (date(2019, 1, 1), date(2024, 12, 31))),
    # a total over the years keeps them
    ("За 2019–2024 годы в общей сложности вывезено 41,2 млн тонн зерна.", "41,2 млн тонн", (date(2019, 1, 1), date(2024, 12, 31))),
    # where a change over a span up to the report came to: where things stand now
    ("За последние пять лет число фермерских хозяйств выросло с 190 тыс. до 243 тыс.", "243 тыс.", NOW),
    ("С 2019 года число станций техосмотра сократилось с 410 до 356.", "356", NOW),
    # since a year: the old level is that year's
    ("С 2019 года число станций техосмотра сократилось с 410 до 356.", "410", _year(2019)),
    # years up to this one: the new level is this year's
    ("За 2021–2025 годы выпуск увеличился на 48%: со 115 млрд до 262 млрд тенге.", "115 млрд", _year(2021)),
    ("За 2021–2025 годы выпуск увеличился на 48%: со 115 млрд до 262 млрд тенге.", "262 млрд тенге", _year(2025)),
    # a rule in force from a start keeps the start
    ("Начиная с 2023 года ставка налога повышена с 10% до 12%.", "12%", (date(2023, 1, 1), None)),
    # "и сейчас" after a span's deed: the level now
    ("За последний год транзит через порт удвоился и сейчас составляет 1,5 млн тонн.", "1,5 млн тонн", NOW),
    ("За последний год транзит через порт вырос на 20% и в настоящее время составляет 1,5 млн тонн.", "1,5 млн тонн", NOW),
    # "уже" is no present of its own: the span's figure stays the span's
    ("В 2023 году уже построено 20 школ.", "20", _year(2023)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "expected"), CASES, ids=[f"{c[1]}:{c[0][:40]}" for c in CASES])
def test_span_edges_and_now(text: str, surface: str, expected: tuple[date | None, date | None]) -> None:
    assert span(figure_by_surface(text, surface, PUBLISHED, language="ru")) == expected


_ROLLING = [
    # a count of years up to the report, with "последние" or alone before a deed gone by: rolling
    ("За последние семь лет средняя зарплата медсестер выросла в 2,4 раза.", "2,4 раза",
     (date(2018, 2, 10), PUBLISHED)),
    ("За шесть лет очередь на жилье сократилась почти в четыре раза.", "четыре раза", (date(2019, 2, 10), PUBLISHED)),
    ("За два года дефицит учителей уменьшился на 18,2%.", "18,2%", (date(2023, 2, 10), PUBLISHED)),
    # a span ahead keeps its own reading
    ("За пять лет планируется высадить 2 млрд деревьев.", "2 млрд", (PUBLISHED, date(2030, 2, 10))),
    # "N лет назад" after a span up to the report: the year that many back
    ("За последние семь лет зарплата врачей выросла в 2,8 раза. Сегодня врач получает 442 тыс. тенге, тогда как "
     "семь лет назад эта сумма составляла 159 тыс. тенге.", "159 тыс. тенге", _year(2018)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "expected"), _ROLLING, ids=[c[1] for c in _ROLLING])
def test_years_up_to_the_report(text: str, surface: str, expected: tuple[date | None, date | None]) -> None:
    assert span(figure_by_surface(text, surface, PUBLISHED, language="ru")) == expected


# the works a programme of building is to do, and their worth: plan (as the English reader has it)
_PROGRAMME = [
    ("Министерство приступило к программе строительства 350 поликлиник стоимостью 360 млрд тенге.", "350", "plan"),
    ("Министерство приступило к программе строительства 350 поликлиник стоимостью 360 млрд тенге.", "360 млрд тенге", "plan"),
    # works told done under a programme keep their past
    ("В рамках программы строительства в 2023 году построено 120 школ.", "120", "actual"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "kind"), _PROGRAMME)
def test_works_of_a_programme(text: str, surface: str, kind: str) -> None:
    assert figure_by_surface(text, surface, PUBLISHED, language="ru").kind == kind


def test_fuel_allotted_in_an_article_about_a_campaign_is_planned() -> None:
    """FORMAT.md: fuel or seed allotted for a campaign still running is plan, the campaign named in the
    article before the sentence that allots it."""
    text = (
        "Область приступит к уборке урожая 20 августа. Для аграриев выделено 64,2 тыс. тонн дизельного "
        "топлива по сниженной цене."
    )
    assert figure_by_surface(text, "64,2 тыс. тонн", date(2022, 8, 4), language="ru").kind == "plan"
    # with no campaign named, an allotment of fuel keeps its reading
    alone = "Для аграриев выделено 64,2 тыс. тонн дизельного топлива по сниженной цене."
    assert figure_by_surface(alone, "64,2 тыс. тонн", date(2022, 8, 4), language="ru").kind == "actual"
