"""Russian period, unit and number-word classes found at first sight of the blind sets h32 and h33
(extractor +fs33ru): sentences of our own, labelled per tests/realworld/FORMAT.md, several per
class, with look-alikes that must keep their old reading. Every class below was read wrong before."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators
from tests.test_cyrillic_ru11_classes import ANY, _check

CASES = [
    # --- "к началу 2024 года": a stock counted by the year's first day, not the whole year ----------
    pytest.param(
        "2026-01-10",
        (
            "Перевозкой грузов к началу 2024 года занимались 512 компаний. Из них 470 были частными, "
            "42 — государственными."
        ),
        {
            512: (("2024-01-01", "2024-01-01"), "actual"),
            470: (("2024-01-01", "2024-01-01"), "actual"),
            42: (("2024-01-01", "2024-01-01"), "actual"),
        },
        id="by_year_start_stock_day",
    ),
    pytest.param(
        "2025-05-04",
        "К началу 2025 года в области работали 318 аптек.",
        {318: (("2025-01-01", "2025-01-01"), "actual")},
        id="by_year_start_stock_day_this_year",
    ),
    # a day still ahead is a deadline (FORMAT.md: "by ..." -> [null, day])
    pytest.param(
        "2025-05-04",
        "К началу 2027 года в районе планируется построить 14 школ.",
        {14: ((None, "2027-01-01"), "plan")},
        id="by_year_start_ahead_is_deadline",
    ),
    # --- "за все время работы": a running total to date, at publication, and the scene from there on ---
    pytest.param(
        "2025-05-14",
        (
            "Фонд отчитался о результатах:\n— выручка в 2024 году — 410 млрд тенге;\n— прибыль за тот же "
            "год — 37 млрд тенге;\n— за все время работы выдано 5 200 грантов;\n— создано 9 400 рабочих мест."
        ),
        {
            410e9: (("2024-01-01", "2024-12-31"), "actual"),
            37e9: (("2024-01-01", "2024-12-31"), "actual"),
            5200: (("2025-05-14", "2025-05-14"), "actual"),
            9400: (("2025-05-14", "2025-05-14"), "actual"),
        },
        id="all_time_total_after_dated_members",
    ),
    pytest.param(
        "2024-10-02",
        "В 2023 году центр принял 800 пациентов. За всё время существования центра здесь помогли 12 тыс. детей.",
        {
            800: (("2023-01-01", "2023-12-31"), "actual"),
            12000: (("2024-10-02", "2024-10-02"), "actual"),
        },
        id="all_time_total_after_dated_sentence",
    ),
    # --- "добавятся": what is still to be added this year is planned --------------------------------
    pytest.param(
        "2025-08-21",
        "За два года построено 900 км сетей. В этом году к ним добавятся 310 км.",
        {310: (("2025-01-01", "2025-12-31"), "plan")},
        id="to_be_added_this_year",
    ),
    pytest.param(
        "2025-04-02",
        "В 2025 году к парку добавится 45 новых автобусов.",
        {45: (("2025-01-01", "2025-12-31"), "plan")},
        id="to_be_added_singular",
    ),
    # --- "на уровень прогнозной инфляции": the level a deed was indexed to, no outlook -------------------
    pytest.param(
        "2025-10-23",
        (
            "С 1 января пособия проиндексированы на 7,2%, то есть на уровень прогнозной инфляции, а "
            "стипендии — на 9,1%."
        ),
        {7.2: (("2025-01-01", None), "actual"), 9.1: (("2025-01-01", None), "actual")},
        id="indexed_to_forecast_level",
    ),
    # look-alike: a forecast level of inflation itself stays a forecast
    pytest.param(
        "2025-10-23",
        "Прогнозный уровень инфляции на 2026 год составляет 9,5%.",
        {9.5: (("2026-01-01", "2026-12-31"), "forecast")},
        id="forecast_level_kept",
    ),
    # --- "за два последних года": the count before the adjective, rolling up to publication -----------
    pytest.param(
        "2025-08-21",
        "Только за два последних года в регионе ввели 640 МВт мощностей.",
        {640: (("2023-08-21", "2025-08-21"), "actual")},
        id="count_then_last_years",
    ),
    pytest.param(
        "2024-02-15",
        "За пять прошедших лет в области построено 38 школ.",
        {38: (("2019-02-15", "2024-02-15"), "actual")},
        id="count_then_past_years",
    ),
    # look-alike: the usual order keeps its reading
    pytest.param(
        "2025-08-21",
        "За последние два года в регионе ввели 640 МВт мощностей.",
        {640: (("2023-08-21", "2025-08-21"), "actual")},
        id="last_then_count_kept",
    ),
    # --- "за месяц" beside a stock on a month's first day: the month before that day ------------------
    pytest.param(
        "2025-11-25",
        "На 1 ноября пособие получают 88,2 тыс. человек. За месяц их число выросло на 4,1 тыс.",
        {88200: (("2025-11-01", "2025-11-01"), "actual"), 4100: (("2025-10-01", "2025-10-31"), "actual")},
        id="month_change_before_stock_day",
    ),
    pytest.param(
        "2024-03-12",
        "По состоянию на 1 марта на учете состоят 61 тыс. безработных, за месяц их стало меньше на 2,3 тыс.",
        {61000: (("2024-03-01", "2024-03-01"), "actual"), 2300: (("2024-02-01", "2024-02-29"), "actual")},
        id="month_change_in_same_sentence",
    ),
    # look-alike: a change over the year keeps the twelve months
    pytest.param(
        "2025-11-25",
        "На 1 ноября пособие получают 88,2 тыс. человек, за год их число выросло на 9,5 тыс.",
        {9500: (("2024-11-01", "2025-10-31"), "actual")},
        id="year_change_before_stock_day_kept",
    ),
    # look-alike: "за месяц до" is a time before something, not a span
    pytest.param(
        "2025-11-25",
        "На 1 ноября заявки подали 3 400 человек, за месяц до начала приема их было 900.",
        {900: (("2025-11-01", "2025-11-01"), "actual")},
        id="month_before_event_kept",
    ),
    # --- a flow named in a list's lead: the old level of a member is the same span a year before -----
    pytest.param(
        "2025-09-24",
        (
            "С начала сентября по железной дороге отправлено 2,1 млн тонн угля.\n"
            "Отгрузки по направлениям заметно выросли:\n"
            "— в Китай — на 12%, с 410 тыс. до 459 тыс. тонн;\n"
            "— в Узбекистан — со 77 тыс. до 93 тыс. тонн."
        ),
        {
            410000: (("2024-09-01", "2024-09-24"), "actual"),
            459000: (("2025-09-01", "2025-09-24"), "actual"),
            77000: (("2024-09-01", "2024-09-24"), "actual"),
            93000: (("2025-09-01", "2025-09-24"), "actual"),
        },
        id="flow_in_list_lead_old_level_year_before",
    ),
    # look-alike: a stock's list keeps the span's start as its old level's span
    pytest.param(
        "2025-09-24",
        (
            "С начала сентября число вакансий изменилось.\n"
            "Число вакансий по отраслям выросло:\n"
            "— в строительстве — с 4 100 до 4 600;\n"
            "— в торговле — с 2 900 до 3 300."
        ),
        {4100: (("2025-09-01", "2025-09-24"), "actual"), 2900: (("2025-09-01", "2025-09-24"), "actual")},
        id="stock_in_list_lead_kept",
    ),
    # --- a noun ending like a past verb ("капитала", "материала") in a later member is no deed ----------
    pytest.param(
        "2025-06-20",
        (
            "Налоговые доходы запланированы в объеме 41,5 млрд тенге, неналоговые — 3,8 млрд тенге, "
            "поступления от продажи капитала — 210 млн тенге."
        ),
        {41.5e9: ((None, None), "plan"), 3.8e9: ((None, None), "plan"), 210e6: ((None, None), "plan")},
        id="capital_noun_no_deed",
    ),
    pytest.param(
        "2025-06-20",
        "На закупку предусмотрено 6,4 млрд тенге, на доставку материала — 1,2 млрд тенге.",
        {6.4e9: ((None, None), "plan"), 1.2e9: ((None, None), "plan")},
        id="material_noun_no_deed",
    ),
    # look-alike: a real past verb in the member keeps the deed
    pytest.param(
        "2025-06-20",
        "На закупку предусмотрено 6,4 млрд тенге, на доставку уже потратили 1,2 млрд тенге.",
        {1.2e9: (ANY, "actual")},
        id="past_verb_member_kept",
    ),
    # look-alike: "на начало" keeps its stock day
    pytest.param(
        "2025-05-04",
        "На начало 2024 года в области работали 290 аптек.",
        {290: (("2024-01-01", "2024-01-01"), "actual")},
        id="at_year_start_kept",
    ),
]


@pytest.mark.parametrize(("published", "body", "gold"), CASES)
def test_fs33ru_classes(published: str, body: str, gold: dict[float, tuple[object, str]]) -> None:
    _check(published, body, gold)


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("На строительство станций рассчитывают привлечь порядка восьмисот миллиардов тенге.", 8e11),
        ("Из бюджета выделено около трехсот миллионов тенге.", 3e8),
        ("Проект обойдется в пятьсот миллиардов тенге.", 5e11),
        ("Мост стоил девятьсот тысяч долларов.", 9e5),
    ],
)
def test_hundreds_in_words_with_a_scale(body: str, value: float) -> None:
    found = [i.value for i in extract_indicators(body, date(2024, 3, 1), "", "ru")]
    assert value in found, found


def test_hundreds_word_alone_is_no_figure() -> None:
    """'Пятьсот человек': a number word with no scale, unit or percent stays unread, as "пять" does."""
    assert extract_indicators("Пятьсот человек пришли на встречу.", date(2024, 3, 1), "", "ru") == []


@pytest.mark.parametrize(
    "body",
    [
        "В Караганде построено 214 тыс. «квадратов» жилья.",
        "В Павлодаре за полгода сдано 180 тыс. «квадратов».",
    ],
)
def test_square_metres_in_quotes(body: str) -> None:
    found = extract_indicators(body, date(2024, 7, 20), "", "ru")
    assert [i.unit for i in found] == ["m2"], [(i.surface, i.unit) for i in found]
