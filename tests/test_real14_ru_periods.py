"""Period classes seen on real stored Russian pages (round real14: periods carried from the
headline, the lead or the sentences before, and comparison bases), in sentences of our own.
Labelled by tests/realworld/FORMAT.md:
  1. "рост возобновился после «кризисного» 2020-го, когда ...": the year a change is told after is a
     point looked back to; the paragraphs after it keep the span the lead reported;
  2. "(в сравнении с аналогичным временным периодом 2021 года)", "по сравнению с «допандемийным» 2019
     годом": comparison bases, with a word between, not the figures' period;
  3. "в І полугодии 2025 года" with the Kazakh letter І typed for the Roman numeral: the first half;
  4. a dateline's day split off as a sentence ("Алматы. 5 марта. Центр информации.") is no span the
     article reports on, so a later quote «В 2018 году ... отремонтировано ...» keeps its year;
  5. headline "с начала года", lead "за январь-март": "за отчётный период" is January to March;
  6. "..., что соответствует 113,2% к аналогичному периоду": a report's copula, the span's figure;
  7. figures opening an article whose headline names no period, told in the past, take the span
     the report names a few sentences on, when that span ended shortly before publication.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import Indicator, extract_indicators

P = date(2025, 9, 20)
NOW = (P, P)
JAN_JUL = (date(2025, 1, 1), date(2025, 7, 31))


def _by_surface(text: str, surface: str, published: date = P, title: str = "") -> Indicator:
    found = [i for i in extract_indicators(text, published, title=title) if i.surface == surface]
    assert found, f"no figure {surface!r} in {[i.surface for i in extract_indicators(text, published)]}"
    return found[0]


def _span(figure: Indicator) -> tuple[date | None, date | None]:
    return figure.period_start, figure.period_end


_AFTER_A_YEAR = (
    "Выпуск мебели за январь–июль 2025 года составил 84 млрд тенге. В этом году рост вернулся после "
    "«провального» 2023-го, когда выпуск за те же месяцы упал на 9%.\n"
    "Больше всего мебели выпустили в Алматы: 31 млрд тенге. На втором месте Шымкент с 12 млрд тенге."
)


@pytest.mark.parametrize(
    ("text", "surface", "span"),
    [
        (_AFTER_A_YEAR, "31 млрд тенге", JAN_JUL),
        (_AFTER_A_YEAR, "12 млрд тенге", JAN_JUL),
        ("Перевозки за восемь месяцев 2025 года выросли до 61 млн тонн. Рост продолжился после кризисного "
         "2022 года, когда они сократились.\nПо железной дороге перевезли 44 млн тонн.", "44 млн тонн",
         (date(2025, 1, 1), date(2025, 8, 31))),
        # look-alikes that keep their reading: a year opening the next paragraph is its scene; "после"
        # before a span that is no year
        ("Выпуск мебели за январь–июль 2025 года составил 84 млрд тенге.\nВ 2023 году выпуск составил 70 "
         "млрд тенге. Больше всего мебели тогда выпустили в Алматы: 26 млрд тенге.", "26 млрд тенге",
         (date(2023, 1, 1), date(2023, 12, 31))),
        ("Выпуск мебели за январь–июль 2025 года составил 84 млрд тенге. После смены поставщиков за три "
         "месяца удалось сэкономить 2 млрд тенге. С линий сняли 14 станков.", "14", (date(2025, 6, 20), P)),
    ],
)  # fmt: skip
def test_a_year_told_after_is_no_scene(
    text: str, surface: str, span: tuple[date | None, date | None]
) -> None:
    assert _span(_by_surface(text, surface)) == span


_EIGHT_MONTHS = "Какие товары подорожали за 8 месяцев 2025 года"


@pytest.mark.parametrize(
    ("text", "surface", "span"),
    [
        ("Статистики сравнили цены (в сравнении с аналогичным временным периодом 2024 года). Услуги "
         "подорожали на 11%, продукты — на 14,5%.", "11%", (date(2025, 1, 1), date(2025, 8, 31))),
        ("Цены на продукты по сравнению с аналогичным временным периодом прошлого года выросли на 14,5%.",
         "14,5%", (date(2025, 1, 1), date(2025, 8, 31))),
        # look-alike: the same base without "временным" read as before
        ("Статистики сравнили цены (в сравнении с аналогичным периодом 2024 года). Услуги подорожали "
         "на 11%.", "11%", (date(2025, 1, 1), date(2025, 8, 31))),
    ],
)  # fmt: skip
def test_a_same_time_span_is_a_comparison_base(
    text: str, surface: str, span: tuple[date | None, date | None]
) -> None:
    assert _span(_by_surface(text, surface, title=_EIGHT_MONTHS)) == span


@pytest.mark.parametrize(
    ("text", "surface", "span"),
    [
        ("В августе продажи грузовиков выросли на 12%, а по сравнению с «доковидным» 2019 годом рост "
         "составил 41%.", "41%", (date(2025, 8, 1), date(2025, 8, 31))),
        ("В августе продажи выросли на 12%, а по сравнению с рекордным 2021 годом — на 3%.", "3%",
         (date(2025, 8, 1), date(2025, 8, 31))),
        # look-alike: "по сравнению с 2019 годом" was a base already
        ("В августе продажи выросли на 12%, а по сравнению с 2019 годом рост составил 41%.", "41%",
         (date(2025, 8, 1), date(2025, 8, 31))),
    ],
)  # fmt: skip
def test_a_base_year_after_its_own_words_is_a_base(
    text: str, surface: str, span: tuple[date | None, date | None]
) -> None:
    assert _span(_by_surface(text, surface)) == span


@pytest.mark.parametrize(
    ("text", "surface", "span"),
    [
        ("В І полугодии 2025 года в область привлечено 96 млрд тенге инвестиций.", "96 млрд тенге",
         (date(2025, 1, 1), date(2025, 6, 30))),
        ("Во ІІ полугодии 2024 года экспорт составил 3,2 млрд долларов.", "3,2 млрд долларов",
         (date(2024, 7, 1), date(2024, 12, 31))),
        # look-alike: the Latin numeral as before
        ("В I полугодии 2025 года в область привлечено 96 млрд тенге инвестиций.", "96 млрд тенге",
         (date(2025, 1, 1), date(2025, 6, 30))),
    ],
)  # fmt: skip
def test_a_half_year_with_the_kazakh_letter(
    text: str, surface: str, span: tuple[date | None, date | None]
) -> None:
    assert _span(_by_surface(text, surface)) == span


M5 = date(2019, 3, 5)
_DATELINE = (
    "Костанай. 5 марта. Центр информации. В этом году на ремонт мостов направят 4 млрд тенге, сообщил "
    "руководитель управления.\nДоля мостов в хорошем состоянии за 2018 год составила 71%.\n"
    "«В 2018 году отремонтировано 12 мостов и 140 км подъездов, на это ушло 3,1 млрд тенге»."
)


@pytest.mark.parametrize(
    ("text", "surface", "span"),
    [
        (_DATELINE, "12", (date(2018, 1, 1), date(2018, 12, 31))),
        (_DATELINE, "3,1 млрд тенге", (date(2018, 1, 1), date(2018, 12, 31))),
        # look-alikes: a day with words of its own still dates its stock; the plan keeps its year
        ("На 5 марта в области открыто 14 пунктов обогрева.", "14", (M5, M5)),
        (_DATELINE, "4 млрд тенге", (date(2019, 1, 1), date(2019, 12, 31))),
    ],
)  # fmt: skip
def test_a_datelines_day_is_no_report_span(
    text: str, surface: str, span: tuple[date | None, date | None]
) -> None:
    assert _span(_by_surface(text, surface, published=M5)) == span


A12 = date(2022, 4, 12)
_REPORTING = (
    "Министр сообщил, что добыча угля за январь-март 2022 года составила 31 млн тонн. За отчётный "
    "период на экспорт отправлено 7,4 млн тонн угля, что на 3% больше, чем годом ранее."
)


@pytest.mark.parametrize(
    ("text", "title", "surface", "span"),
    [
        (_REPORTING, "31 млн тонн угля добыли с начала года", "7,4 млн тонн",
         (date(2022, 1, 1), date(2022, 3, 31))),
        (_REPORTING, "31 млн тонн угля добыли с начала года", "3%", (date(2022, 1, 1), date(2022, 3, 31))),
        # look-alike: with no narrower span named, the report's count from New Year's day stands
        ("Министр рассказал о добыче угля. За отчётный период на экспорт отправлено 7,4 млн тонн угля.",
         "Уголь: итоги с начала года", "7,4 млн тонн", (date(2022, 1, 1), A12)),
    ],
)  # fmt: skip
def test_the_reporting_span_is_the_months_named(
    text: str, title: str, surface: str, span: tuple[date | None, date | None]
) -> None:
    assert _span(_by_surface(text, surface, published=A12, title=title)) == span


D23 = date(2025, 12, 23)


@pytest.mark.parametrize(
    ("text", "surface", "span"),
    [
        ("За январь-октябрь выпуск цемента составил 9,8 млн тонн, что соответствует 104,1% к аналогичному "
         "периоду 2024 года.", "104,1%", (date(2025, 1, 1), date(2025, 10, 31))),
        ("За январь-октябрь выпуск цемента составил 9,8 млн тонн, что соответствуют плану.", "9,8 млн тонн",
         (date(2025, 1, 1), date(2025, 10, 31))),
        # look-alike: the copula it joins ("составляет") read the same way already
        ("За январь-октябрь выпуск цемента составил 9,8 млн тонн, что составляет 104,1% к аналогичному "
         "периоду 2024 года.", "104,1%", (date(2025, 1, 1), date(2025, 10, 31))),
    ],
)  # fmt: skip
def test_corresponds_is_a_reports_copula(
    text: str, surface: str, span: tuple[date | None, date | None]
) -> None:
    assert _span(_by_surface(text, surface, published=D23)) == span


_LEAD_LATER = (
    "По областям больше всего жилья было введено в Алматы: 1,9 млн кв. м, против 1,6 млн кв. м годом "
    "ранее. Меньше всего построили в Улытауской области — 41 тыс. кв. м жилья.\n"
    "Всего, по данным бюро, за январь–июль 2025 года в стране введено 9,3 млн кв. м жилья."
)


@pytest.mark.parametrize(
    ("text", "surface", "span"),
    [
        (_LEAD_LATER, "1,9 млн кв. м", JAN_JUL),
        (_LEAD_LATER, "41 тыс. кв. м", JAN_JUL),
        (_LEAD_LATER, "1,6 млн кв. м", (date(2024, 1, 1), date(2024, 7, 31))),
        ("Выработка электроэнергии выросла на 4%. Об этом сообщил министр. «За семь месяцев "
         "выработано 71 млрд кВт·ч», — сказал он.", "4%", JAN_JUL),
        # look-alikes that keep their reading: a present state opening the article, a span running up
        # to publication, a span long over
        ("В области работают 312 школ. За январь–июль 2025 года построено 9 школ.", "312", NOW),
        ("Ключи от квартир вручили 210 семьям. За последние три года в области ввели 2,1 млн кв. м "
         "жилья.", "210", NOW),
        ("Ключи от квартир вручили 210 семьям. В 2023 году в области ввели 0,7 млн кв. м жилья.", "210",
         NOW),
    ],
)  # fmt: skip
def test_a_lead_dated_by_the_span_named_next(
    text: str, surface: str, span: tuple[date | None, date | None]
) -> None:
    assert _span(_by_surface(text, surface)) == span
