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
     the report names a few sentences on, when that span ended shortly before publication;
  8. population releases: a new paragraph counting a flow (births, "естественный прирост", rates)
     goes on with the span a stock's day closes; "за данный/рассматриваемый период" is the span last
     reported, never the stock's day; growth "за год" beside a stock on 1 January is the year
     before, and so is the growth told next; "К 1 января 2024 года ... достигла" is a stock's day;
     a headline's stock day is no reporting span once the year it closes is named;
  9. "рекордный за последние 10 лет" is a record's yardstick; "(июль 2024 - июнь 2025)" a span;
     "По сравнению с 1 января 2024 года ... увеличилась" a base; "Урожай-2012" in a headline the year;
 10. "В прошлом году за это время" is the span in view a year back, and last year named beside part of
     this one does not become the scene of the next paragraphs; "по итогам ушедшего/истекшего года" is
     last year; ", включая 7,2 тыс. граждан" shares its whole's period; "последний раз — в I квартале
     2023 года" is a record's aside.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicator_record import Indicator
from tests.figure_lookup import figure_by_surface
from tests.figure_lookup import span as _span

P = date(2025, 9, 20)
NOW = (P, P)
JAN_JUL = (date(2025, 1, 1), date(2025, 7, 31))


def _by_surface(text: str, surface: str, published: date = P, title: str = "") -> Indicator:
    return figure_by_surface(text, surface, published, title, None)


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


# Population and harvest releases (the second set of pages of the round)
N12 = date(2024, 11, 12)
_POPULATION = (
    "По данным бюро, население страны на 1 октября 2024 года составило 20,2 млн человек.\n"
    "За девять месяцев текущего года родились 281,4 тыс. детей, умерли 97,2 тыс. человек.\n"
    "Таким образом, естественный прирост составил 184,2 тыс. человек.\n"
    "Выше всего рождаемость в Туркестанской области (24,9 на 1 тыс. жителей)."
)


@pytest.mark.parametrize(
    ("text", "surface", "span"),
    [
        (_POPULATION, "184,2 тыс.", (date(2024, 1, 1), date(2024, 9, 30))),
        (_POPULATION, "24,9", (date(2024, 1, 1), date(2024, 9, 30))),
        # look-alikes: the stock keeps its day; a new paragraph of stocks goes back to it
        (_POPULATION, "20,2 млн", (date(2024, 10, 1), date(2024, 10, 1))),
        ("Население страны на 1 октября 2024 года составило 20,2 млн человек. За девять месяцев родились "
         "281,4 тыс. детей.\nГорожан в стране 12,7 млн человек.", "12,7 млн",
         (date(2024, 10, 1), date(2024, 10, 1))),
    ],
)  # fmt: skip
def test_a_flow_paragraph_goes_on_with_the_span(
    text: str, surface: str, span: tuple[date | None, date | None]
) -> None:
    assert _span(_by_surface(text, surface, published=N12)) == span


F20 = date(2018, 2, 20)


@pytest.mark.parametrize(
    ("text", "surface", "span"),
    [
        ("Население на 1 января 2018 года составило 18,2 млн человек.\n«Число родившихся за январь-декабрь "
         "2017 года составило 392,1 тыс.», — сообщили в комитете.\nЕстественный прирост за данный период "
         "составил 258,3 тыс. человек.", "258,3 тыс.", (date(2017, 1, 1), date(2017, 12, 31))),
        ("Население на 1 ноября 2022 года превысило 19,7 млн человек.\nЗа январь-октябрь 2022 года родились "
         "331,2 тыс. детей, что на 11% меньше, чем за тот же период 2021 года (372,4 тыс.).\n"
         "Число умерших за рассматриваемый период составило 110,3 тыс. человек.", "110,3 тыс.",
         (date(2022, 1, 1), date(2022, 10, 31))),
    ],
)  # fmt: skip
def test_this_period_points_at_the_span_not_the_stock_day(
    text: str, surface: str, span: tuple[date | None, date | None]
) -> None:
    published = F20 if "2018" in text else date(2022, 12, 13)
    assert _span(_by_surface(text, surface, published=published)) == span


Y2022 = (date(2022, 1, 1), date(2022, 12, 31))
JAN1_2023 = (date(2023, 1, 1), date(2023, 1, 1))
_GROWTH = (
    "Численность населения на 1 января 2023 года составила 19,8 млн человек. Общий прирост населения за "
    "год составил 263 тыс. человек.\nВ Астане прирост населения составил 57,9 тыс. человек. Отрицательные "
    "демографические показатели у Костанайской области (-3,4 тыс. человек)."
)


@pytest.mark.parametrize(
    ("text", "surface", "span"),
    [
        (_GROWTH, "263 тыс.", Y2022),
        (_GROWTH, "57,9 тыс.", Y2022),
        (_GROWTH, "-3,4 тыс.", Y2022),
        # look-alikes: the stock keeps its day; a stock named before a bracketed growth stays at the day
        (_GROWTH, "19,8 млн", JAN1_2023),
        ("Численность населения на 1 января 2023 года составила 19,8 млн человек. Общий прирост населения за "
         "год составил 263 тыс. человек.\nГорожане – 12,4 млн человек (прирост – 1,9%).", "12,4 млн", JAN1_2023),
    ],
)  # fmt: skip
def test_growth_over_the_year_before_a_stock_day(
    text: str, surface: str, span: tuple[date | None, date | None]
) -> None:
    assert _span(_by_surface(text, surface, published=date(2023, 2, 1))) == span


@pytest.mark.parametrize(
    ("text", "title", "surface", "span"),
    [
        # "к 1 января" opening the sentence: by that day, a stock (not the base of a change)
        ("Данные охватывают период с января по декабрь прошлого года. К 1 января 2024 года численность "
         "жителей достигла 20,03 млн человек.", "", "20,03 млн", (date(2024, 1, 1), date(2024, 1, 1))),
        # the headline's stock day is no reporting span once the year it closes is named
        ("Бюро опубликовало данные с января по декабрь прошлого года. За отчетный период население выросло "
         "на 267 тыс. человек.", "Сколько казахстанцев было на 1 января 2024 года", "267 тыс.",
         (date(2023, 1, 1), date(2023, 12, 31))),
        # look-alike: "к" after the change is its base, as before
        ("Численность жителей выросла на 1,3% к 1 января 2023 года.", "", "1,3%",
         (date(2024, 2, 9), date(2024, 2, 9))),
    ],
)  # fmt: skip
def test_a_day_after_k_and_the_span_a_stock_day_closes(
    text: str, title: str, surface: str, span: tuple[date | None, date | None]
) -> None:
    assert _span(_by_surface(text, surface, published=date(2024, 2, 9), title=title)) == span


S2 = date(2025, 9, 2)


@pytest.mark.parametrize(
    ("text", "surface", "span"),
    [
        ("В 2024 году страна собрала рекордный за последние 10 лет урожай в 26,1 млн тонн зерна.",
         "26,1 млн тонн", (date(2024, 1, 1), date(2024, 12, 31))),
        ("В июле были установлены рекорды по отгрузке зерна за последние три года – 910 тыс. тонн.",
         "910 тыс. тонн", (date(2025, 7, 1), date(2025, 7, 31))),
        ("По итогам маркетингового года (июль 2024 - июнь 2025) страна экспортировала 11,6 млн тонн зерна.",
         "11,6 млн тонн", (date(2024, 7, 1), date(2025, 6, 30))),
        ("По сравнению с 1 января 2024 года численность населения увеличилась на 229,8 тыс. человек. "
         "Сейчас в стране 20,3 млн человек.", "229,8 тыс.", (S2, S2)),
        # look-alikes: the rolling span with no record word; a range of years
        ("За последние три года отгрузка зерна выросла на 18%.", "18%", (date(2022, 9, 2), S2)),
        ("В 2023–2024 годах отгружено 21 млн тонн зерна.", "21 млн тонн", (date(2023, 1, 1), date(2024, 12, 31))),
    ],
)  # fmt: skip
def test_record_yardsticks_month_year_spans_and_bases(
    text: str, surface: str, span: tuple[date | None, date | None]
) -> None:
    assert _span(_by_surface(text, surface, published=S2)) == span


def test_a_campaign_named_with_its_year_in_the_headline() -> None:
    text = "По оперативным данным, валовой сбор зерна ожидается на уровне 12,3 млн тонн."
    figure = _by_surface(text, "12,3 млн тонн", published=date(2012, 10, 15), title="Урожай-2012: прогноз")
    assert _span(figure) == (date(2012, 1, 1), date(2012, 12, 31))


# Tourism, housing and wage pages (the third set of pages of the round)
J25 = date(2023, 7, 25)
SUMMER_SO_FAR = (date(2023, 6, 1), date(2023, 7, 23))
_TOURISTS = (
    "С 1 июня по 23 июля в гостиницах страны остановились 251 тыс. иностранцев. Это втрое больше, чем "
    "годом ранее. В прошлом году за это время в отелях отдохнули 78 тыс. иностранцев.\n"
    "Гостей из стран СНГ было 181 тыс., или 72% от общего числа. В прошлом году этот показатель "
    "составлял 77%.\nЧисло туристов из Индии выросло в 4,7 раза (с 1 245 до 5 887)."
)


@pytest.mark.parametrize(
    ("text", "surface", "span"),
    [
        (_TOURISTS, "78 тыс.", (date(2022, 6, 1), date(2022, 7, 23))),
        (_TOURISTS, "181 тыс.", SUMMER_SO_FAR),
        (_TOURISTS, "5 887", SUMMER_SO_FAR),
        (_TOURISTS, "1 245", (date(2022, 6, 1), date(2022, 7, 23))),
        # look-alike: a year named with its number after part of this one still sets the scene
        ("С 1 июня по 23 июля в гостиницах остановились 251 тыс. иностранцев.\nВ 2022 году отели приняли "
         "1,2 млн гостей. Больше всего тогда приехало из России – 410 тыс.", "410 тыс.",
         (date(2022, 1, 1), date(2022, 12, 31))),
    ],
)  # fmt: skip
def test_last_year_beside_part_of_this_one_is_a_look_back(
    text: str, surface: str, span: tuple[date | None, date | None]
) -> None:
    assert _span(_by_surface(text, surface, published=J25)) == span


@pytest.mark.parametrize(
    ("text", "published", "surface", "span"),
    [
        ("По итогам ушедшего года в области обеспечены жильем 3 120 семей.", date(2023, 7, 23), "3 120",
         (date(2022, 1, 1), date(2022, 12, 31))),
        ("По итогам истекшего года выпуск мебели составил 12 млрд тенге.", date(2023, 3, 10), "12 млрд тенге",
         (date(2022, 1, 1), date(2022, 12, 31))),
        ("В 2023–2025 годах в области ввели 1,1 млн кв. м жилья. В очереди на жилье находятся 21,4 тыс. "
         "человек, включая 7,2 тыс. граждан из уязвимых категорий.", date(2025, 12, 12), "7,2 тыс.",
         (date(2025, 12, 12), date(2025, 12, 12))),
        ("В II квартале средняя зарплата составила 451 тыс. тенге. Падение было лишь дважды, последний раз — "
         "в I квартале 2023 года (-0,6%).\nСильнее всего реальная зарплата упала в строительстве — на 9,7%.",
         date(2025, 8, 20), "9,7%", (date(2025, 4, 1), date(2025, 6, 30))),
        # look-alikes: "по итогам прошлого года" as before; a part in its own unit keeps its reading
        ("По итогам прошлого года в области обеспечены жильем 3 120 семей.", date(2023, 7, 23), "3 120",
         (date(2022, 1, 1), date(2022, 12, 31))),
        ("В I квартале 2023 года зарплата снизилась на 0,6%.", date(2025, 8, 20), "0,6%",
         (date(2023, 1, 1), date(2023, 3, 31))),
    ],
)  # fmt: skip
def test_year_gone_by_parts_and_record_asides(
    text: str, published: date, surface: str, span: tuple[date | None, date | None]
) -> None:
    assert _span(_by_surface(text, surface, published=published)) == span
