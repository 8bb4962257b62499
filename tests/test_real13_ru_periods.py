"""Period classes seen on real stored Russian pages (round real13, left by +real12ru), in
sentences of our own. Labelled by tests/realworld/FORMAT.md:
  1. "Последние три года ...", "В последние пять лет ...": the rolling span up to publication, as
     "за последние три года" already was (not "максимум последних пяти лет", a record's yardstick);
  2. a bare bracketed figure after a present verb ("Жители остаются довольны работой (91%)") is a
     state at publication, as the same figure before the verb was, not the year carried from before;
  3. "С 1 января 2025 года пособие увеличено с 65% до 70%": the old level a rate set from New Year's
     day replaced is the year before's, as Kazakh "...-ден ...-ге дейін" and English already read it
     (not a spread "составит от 52 000 до 60 000 тенге", nor an old level under another start day);
  4. a rule of payment ("Если стаж ..., пенсия равна 70%", "При стаже 20 лет ... составляет",
     "За каждый год сверх 10 лет размер увеличивается на 2%") is in force at publication, not the
     stock day carried from the figures before;
  5. a span from New Year's day opening a sentence after a source ("По информации ведомства, с января
     2026 года выплачено ...") frames the sentences after it, as it does with no source before it.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicator_record import Indicator
from etl.extract.indicators import extract_indicators

P = date(2025, 8, 20)
NOW = (P, P)
Y2023 = (date(2023, 1, 1), date(2023, 12, 31))


def _by_surface(text: str, surface: str) -> Indicator:
    found = [i for i in extract_indicators(text, P) if i.surface == surface]
    assert found, f"no figure {surface!r} in {[i.surface for i in extract_indicators(text, P)]}"
    return found[0]


def _span(figure: Indicator) -> tuple[date | None, date | None]:
    return figure.period_start, figure.period_end


@pytest.mark.parametrize(
    ("text", "surface", "span"),
    [
        ("Последние три года доля просрочки держалась на уровне 6,2%.", "6,2%",
         (date(2022, 8, 20), P)),
        ("В последние пять лет в области открылось 17 поликлиник.", "17",
         (date(2020, 8, 20), P)),
        ("Последние 12 месяцев тарифы на газ росли на 7%.", "7%", (date(2024, 8, 20), P)),
        # look-alikes that keep their reading
        ("За последние три года доля просрочки держалась на уровне 6,2%.", "6,2%",
         (date(2022, 8, 20), P)),
        ("Урожай в 2,1 млн тонн стал максимумом последних пяти лет.", "2,1 млн тонн", NOW),
        ("Последние данные говорят о росте выпуска на 4%.", "4%", NOW),
    ],
)  # fmt: skip
def test_the_last_years_without_za_are_a_rolling_span(
    text: str, surface: str, span: tuple[date | None, date | None]
) -> None:
    assert _span(_by_surface(text, surface)) == span


@pytest.mark.parametrize(
    ("text", "surface", "span"),
    [
        ("В 2023 году социологи опросили 3 тысячи горожан. Большинство жителей остаются довольны "
         "работой транспорта (88%).", "88%", NOW),
        ("В 2023 году экспорт зерна вырос до 9 млн тонн. Главным покупателем остается Узбекистан "
         "(41%).", "41%", NOW),
        # look-alikes: a past verb, a change and a bracket with its own words keep the year
        ("В 2023 году социологи опросили 3 тысячи горожан. Большинство жителей остались довольны "
         "работой транспорта (88%).", "88%", Y2023),
        ("В 2023 году экспорт зерна вырос до 9 млн тонн. Закупки Китая выросли на 11% (на 14% по "
         "пшенице).", "11%", Y2023),
        ("В 2023 году экспорт зерна вырос до 9 млн тонн. Основной прирост дал Узбекистан (41%).",
         "41%", Y2023),
    ],
)  # fmt: skip
def test_a_bracketed_figure_after_a_present_verb_stands_now(
    text: str, surface: str, span: tuple[date | None, date | None]
) -> None:
    assert _span(_by_surface(text, surface)) == span


@pytest.mark.parametrize(
    ("text", "surface", "span"),
    [
        ("С 1 января 2025 года минимальная стипендия увеличена с 48 000 до 55 000 тенге.", "48 000",
         (date(2024, 1, 1), date(2024, 12, 31))),
        ("С 1 января 2025 года доля пособия повышена с 65% до 70% прожиточного минимума.", "65%",
         (date(2024, 1, 1), date(2024, 12, 31))),
        # look-alikes: the new level keeps its start; a spread is no old level; another start day
        ("С 1 января 2025 года доля пособия повышена с 65% до 70% прожиточного минимума.", "70%",
         (date(2025, 1, 1), None)),
        ("С 1 января 2025 года стипендия составит от 48 000 до 55 000 тенге.", "48 000",
         (date(2025, 1, 1), None)),
        # (+screen20: the old level of a change from a day named held up to the day before)
        ("С 1 июля 2025 года тариф на воду повышен с 80 до 92 тенге.", "80", (None, date(2025, 6, 30))),
    ],
)  # fmt: skip
def test_an_old_level_replaced_from_new_year_is_the_year_before(
    text: str, surface: str, span: tuple[date | None, date | None]
) -> None:
    assert _span(_by_surface(text, surface)) == span


STOCK = "По состоянию на 1 июля 2025 года пособие получали 61 тыс. семей. "


@pytest.mark.parametrize(
    ("text", "surface", "span"),
    [
        (STOCK + "Если в семье четверо детей и более, пособие увеличивается на 20%.", "20%", NOW),
        (STOCK + "При стаже 25 лет и более выплата составляет 95% прожиточного минимума.", "95%", NOW),
        (STOCK + "За каждый год работы сверх 10 лет надбавка растет на 3%.", "3%", NOW),
        # look-alikes: a past, an unreal condition and a year of its own keep their reading
        (STOCK + "При этом средний размер пособия составляет 36 тыс. тенге.", "36 тыс. тенге",
         (date(2025, 7, 1), date(2025, 7, 1))),
        (STOCK + "Если в 2024 году пособие составляло 29 тыс. тенге, то теперь оно выше.", "29 тыс. тенге",
         (date(2024, 1, 1), date(2024, 12, 31))),
        (STOCK + "Если бы не индексация, пособие составило бы 31 тыс. тенге.", "31 тыс. тенге",
         (date(2025, 7, 1), date(2025, 7, 1))),
    ],
)  # fmt: skip
def test_a_rule_of_payment_is_in_force_at_publication(
    text: str, surface: str, span: tuple[date | None, date | None]
) -> None:
    assert _span(_by_surface(text, surface)) == span


YTD = (date(2025, 1, 1), P)


@pytest.mark.parametrize(
    ("text", "surface", "span"),
    [
        ("По информации министерства, с января 2025 года на пособия выплачено 88 млрд тенге. "
         "На пособия по уходу за ребенком направлено 21 млрд тенге.", "21 млрд тенге", YTD),
        ("По данным фонда, с начала 2025 года выплачено 64 млрд тенге. На пенсии по инвалидности "
         "ушло 9,5 млрд тенге.", "9,5 млрд тенге", YTD),
        ("Как сообщили в управлении, с начала года отремонтировано 120 км дорог. В селах обновлено "
         "45 км.", "45 км", YTD),
        # look-alikes: with no source the span framed them already; a month keeps its own
        ("С января 2025 года на пособия выплачено 88 млрд тенге. На пособия по уходу за ребенком "
         "направлено 21 млрд тенге.", "21 млрд тенге", YTD),
        ("По информации министерства, в июле 2025 года на пособия выплачено 12 млрд тенге. На пособия "
         "по уходу за ребенком направлено 3 млрд тенге.", "3 млрд тенге", (date(2025, 7, 1), date(2025, 7, 31))),
    ],
)  # fmt: skip
def test_a_span_after_a_source_frames_the_sentences_after_it(
    text: str, surface: str, span: tuple[date | None, date | None]
) -> None:
    assert _span(_by_surface(text, surface)) == span
