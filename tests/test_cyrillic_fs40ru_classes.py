"""Russian classes found on the fresh set d40 at first sight (extractor +fs40ru): sentences of our
own, labelled per tests/realworld/FORMAT.md, with look-alikes that keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators
from tests.test_cyrillic_ru11_classes import ANY, _check

PUBLISHED = date(2026, 2, 3)
ANY_KIND = "any"


def _read(text: str, published: date = PUBLISHED) -> list[tuple[str, float, str | None]]:
    return [(i.surface, i.value, i.unit) for i in extract_indicators(text, published, language="ru")]


# --- a rate per a base written in full, "на 100 тысяч населения": one figure, unit other ----------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Смертность от инсульта сейчас держится на уровне 48,7 случая на 100 тысяч населения.",
            [("48,7 случая на 100 тысяч населения", 48.7, "other")],
        ),
        (
            "Заболеваемость корью выросла до 21,4 на 100 тысяч человек.",
            [("21,4 на 100 тысяч человек", 21.4, "other")],
        ),
        (
            "Рождаемость в области составила 17,9 на 1 тысячу жителей.",
            [("17,9 на 1 тысячу жителей", 17.9, "other")],
        ),
        (
            "Обеспеченность врачами – 31,2 на 10 тысяч населения.",
            [("31,2 на 10 тысяч населения", 31.2, "other")],
        ),
        # look-alikes: a head count of a hundred thousand is a count, not a rate's base
        ("В новом микрорайоне будут жить 100 тысяч человек.", [("100 тысяч", 100000.0, "count")]),
        ("Скрининг прошли 100 тысяч жителей области.", [("100 тысяч", 100000.0, "count")]),
    ],
)
def test_rate_per_base_written_in_full(text: str, want: list[tuple[str, float, str]]) -> None:
    assert _read(text) == want


# --- "пока" (so far) marks the done part of this year's plan, like "уже" ---------------------------
DONE_SO_FAR = [
    pytest.param(
        "2025-08-12",
        "В этом году в районе запланировано заменить 24 км водопровода, пока работы выполнены на 9,5 км, или на 40%.",
        {
            24: (("2025-01-01", "2025-12-31"), "plan"),
            9.5: (("2025-01-01", "2025-08-12"), "actual"),
            40: (("2025-01-01", "2025-08-12"), "actual"),
        },
        id="so_far_done_part_of_year_plan",
    ),
    pytest.param(
        "2025-06-03",
        "На этот год намечен капремонт 36 школ. Пока что работы завершены в 11 из них.",
        {36: (("2025-01-01", "2025-12-31"), "plan"), 11: (("2025-01-01", "2025-06-03"), "actual")},
        id="so_far_next_sentence",
    ),
    pytest.param(
        "2025-10-20",
        "В текущем году планируется построить 18 км дорог, на данный момент уложено 7 км асфальта.",
        {18: (("2025-01-01", "2025-12-31"), "plan"), 7: (("2025-01-01", "2025-10-20"), "actual")},
        id="at_this_moment_done_part",
    ),
    # look-alike: "пока не" is not yet done; it keeps the reading it had
    pytest.param(
        "2025-08-12",
        "В этом году запланировано отремонтировать 40 школ, пока не сданы 12 из них.",
        {40: (("2025-01-01", "2025-12-31"), "plan")},
        id="not_yet_keeps",
    ),
]


@pytest.mark.parametrize(("published", "body", "gold"), DONE_SO_FAR)
def test_done_part_told_so_far(published: str, body: str, gold: dict[float, tuple[object, str]]) -> None:
    _check(published, body, gold)


# --- a stock's day from the lead dates its own tally, not a new paragraph's present states ---------
STOCK_DAY_LEFT = [
    pytest.param(
        "2025-09-05",
        (
            "По состоянию на 4 сентября школы области готовы к учебному году на 92%.\n"
            "Итоги подготовки озвучил на брифинге руководитель управления образования. В регионе работают "
            "412 школ, из них 38 – малокомплектные. Общий износ зданий составляет 41%."
        ),
        {
            92: (("2025-09-04", "2025-09-04"), "actual"),
            412: (("2025-09-05", "2025-09-05"), "actual"),
            38: (("2025-09-05", "2025-09-05"), "actual"),
            41: (("2025-09-05", "2025-09-05"), "actual"),
        },
        id="stock_day_then_briefing_paragraph",
    ),
    pytest.param(
        "2024-11-14",
        (
            "На 13 ноября котельные города обеспечены углем на 87%.\n"
            "Об этом сообщили в городском акимате. Теплоснабжение жителей обеспечивают 2 ТЭЦ и 64 "
            "котельные, протяженность сетей составляет 740 км."
        ),
        {
            87: (("2024-11-13", "2024-11-13"), "actual"),
            2: (("2024-11-14", "2024-11-14"), "actual"),
            64: (("2024-11-14", "2024-11-14"), "actual"),
            740: (("2024-11-14", "2024-11-14"), "actual"),
        },
        id="stock_day_then_source_paragraph",
    ),
    # look-alikes: a new paragraph that goes straight on with the day's tally keeps its day
    pytest.param(
        "2024-09-20",
        (
            "По состоянию на 19 сентября убрано 8,2 млн гектаров зерновых, намолочено 12,1 млн тонн.\n"
            "Пшеница обмолочена на 6,1 млн га, ее собрано 8,9 млн тонн, урожайность составляет 14,6 ц/га."
        ),
        {
            8.2e6: (("2024-09-19", "2024-09-19"), "actual"),
            8.9e6: (("2024-09-19", "2024-09-19"), "actual"),
            14.6: (("2024-09-19", "2024-09-19"), "actual"),
        },
        id="stock_day_tally_goes_on",
    ),
    pytest.param(
        "2026-02-16",
        (
            "На 1 января 2026 года портфель банков составил 41 трлн тенге.\n"
            "На займы населению приходится 17 трлн тенге, на бизнес – 24 трлн тенге."
        ),
        {
            17e12: (("2026-01-01", "2026-01-01"), "actual"),
            24e12: (("2026-01-01", "2026-01-01"), "actual"),
        },
        id="stock_day_parts_go_on",
    ),
]


@pytest.mark.parametrize(("published", "body", "gold"), STOCK_DAY_LEFT)
def test_stock_day_left_by_a_new_paragraph(
    published: str, body: str, gold: dict[float, tuple[object, str]]
) -> None:
    _check(published, body, gold)


# --- "с начала года" in a paragraph opened on something new after a stock's day: to publication ----
YEAR_SO_FAR_PAST_STOCK_DAY = [
    pytest.param(
        "2025-09-05",
        (
            "На 4 сентября к отопительному сезону готовы 88% котельных.\n"
            "«Работы идут по графику», – сказал руководитель управления. С начала года заменено 46 км "
            "тепловых сетей и 12 котлов."
        ),
        {
            88: (("2025-09-04", "2025-09-04"), "actual"),
            46: (("2025-01-01", "2025-09-05"), "actual"),
            12: (("2025-01-01", "2025-09-05"), "actual"),
        },
        id="year_so_far_after_quote_paragraph",
    ),
    pytest.param(
        "2024-06-11",
        (
            "По состоянию на 10 июня в области засеяно 94% площадей.\n"
            "Ход посевной обсудили на совещании в акимате. С начала текущего года аграриям выдано 3,2 тыс. "
            "тонн семян."
        ),
        {3200: (("2024-01-01", "2024-06-11"), "actual")},
        id="year_so_far_after_meeting_paragraph",
    ),
    # look-alikes: the year so far beside its stock day, in its paragraph or going on with its tally,
    # runs up to that day
    pytest.param(
        "2024-10-20",
        "На 1 октября население области составило 1,1 млн человек. С начала года оно выросло на 6 тыс.",
        {6000: (("2024-01-01", "2024-09-30"), "actual")},
        id="year_so_far_beside_stock_day",
    ),
    pytest.param(
        "2024-10-20",
        (
            "На 1 октября население области составило 1,1 млн человек.\n"
            "С начала года оно выросло на 6 тыс. человек."
        ),
        {6000: (("2024-01-01", "2024-09-30"), "actual")},
        id="year_so_far_next_paragraph_of_tally",
    ),
]


@pytest.mark.parametrize(("published", "body", "gold"), YEAR_SO_FAR_PAST_STOCK_DAY)
def test_year_so_far_past_a_stock_day(
    published: str, body: str, gold: dict[float, tuple[object, str]]
) -> None:
    _check(published, body, gold)


# --- a plan for a month gone by, told in the past, is that month's plan (not next year's) -----------
PLAN_TOLD_PAST = [
    pytest.param(
        "2025-05-14",
        "В апреле выплаты планировалось назначить еще 1 200 семьям.",
        {1200: (("2025-04-01", "2025-04-30"), "plan")},
        id="planned_in_past_month",
    ),
    pytest.param(
        "2024-11-20",
        "В октябре в районе предполагалось ввести 45 квартир.",
        {45: (("2024-10-01", "2024-10-31"), "plan")},
        id="supposed_in_past_month",
    ),
    # look-alike: a plan told ahead for a month gone by this year is next year's month
    pytest.param(
        "2025-05-14",
        "В апреле ключи вручат еще 150 семьям.",
        {150: (("2026-04-01", "2026-04-30"), "plan")},
        id="future_month_next_year",
    ),
]


@pytest.mark.parametrize(("published", "body", "gold"), PLAN_TOLD_PAST)
def test_plan_told_in_the_past(published: str, body: str, gold: dict[float, tuple[object, str]]) -> None:
    _check(published, body, gold)


# --- the day a source's data stand at, in the opening clause, dates the running total after "уже" ----
SOURCE_DATA_DAY = [
    pytest.param(
        "2025-04-08",
        "По данным акимата на 1 апреля, уже газифицировано 58 сел района.",
        {58: (("2025-04-01", "2025-04-01"), "actual")},
        id="source_data_day_already",
    ),
    pytest.param(
        "2024-12-16",
        "Согласно сведениям управления по состоянию на 10 декабря, в рамках акции уже высажено 12 400 деревьев.",
        {12400: (("2024-12-10", "2024-12-10"), "actual")},
        id="source_as_of_day_already",
    ),
    # look-alike: a source with no day leaves "уже" at publication
    pytest.param(
        "2025-04-08",
        "По данным акимата, уже газифицировано 58 сел района.",
        {58: (("2025-04-08", "2025-04-08"), "actual")},
        id="source_without_day",
    ),
]


@pytest.mark.parametrize(("published", "body", "gold"), SOURCE_DATA_DAY)
def test_source_data_day_dates_running_total(
    published: str, body: str, gold: dict[float, tuple[object, str]]
) -> None:
    _check(published, body, gold)


# --- the worth of projects told as begun is plan, though the year they began is over --------------
PROJECTS_BEGUN = [
    pytest.param(
        "2025-01-15",
        "В 2024 году в области стартовали 42 проекта общей стоимостью 180 млрд тенге.",
        {42: (("2024-01-01", "2024-12-31"), "actual"), 180e9: (("2024-01-01", "2024-12-31"), "plan")},
        id="projects_started_last_year",
    ),
    pytest.param(
        "2025-02-03",
        "В прошлом году начата реализация 15 проектов стоимостью 64 млрд тенге.",
        {15: (("2024-01-01", "2024-12-31"), "actual"), 64e9: (("2024-01-01", "2024-12-31"), "plan")},
        id="projects_begun_last_year",
    ),
    # look-alike: projects told finished have spent their worth
    pytest.param(
        "2025-01-15",
        "В 2024 году в области завершены 42 проекта общей стоимостью 180 млрд тенге.",
        {180e9: (("2024-01-01", "2024-12-31"), "actual")},
        id="projects_finished_keep_actual",
    ),
]


@pytest.mark.parametrize(("published", "body", "gold"), PROJECTS_BEGUN)
def test_worth_of_projects_begun(published: str, body: str, gold: dict[float, tuple[object, str]]) -> None:
    _check(published, body, gold)


# --- "в предстоящем отопительном сезоне": the coming heating season, October to April --------------
HEATING_SEASON_AHEAD = [
    pytest.param(
        "2024-08-20",
        "В предстоящем отопительном сезоне котельные города сожгут 410 тыс. тонн угля.",
        {410000: (("2024-10-01", "2025-04-30"), ANY_KIND)},
        id="coming_season_in_summer",
    ),
    pytest.param(
        "2025-02-11",
        "В предстоящем отопительном сезоне планируется подключить к теплу 36 домов.",
        {36: (("2025-10-01", "2026-04-30"), "plan")},
        id="coming_season_told_in_season",
    ),
    pytest.param(
        "2023-09-05",
        "Две котельные будут введены в предстоящем отопительном сезоне. Вместе они дадут 640 Гкал/ч тепла.",
        {640: (("2023-10-01", "2024-04-30"), "plan")},
        id="heat_unit_is_no_past_verb",
    ),
    # look-alike: the season under way, told in it
    pytest.param(
        "2025-02-11",
        "В отопительном сезоне котельные города сожгли 380 тыс. тонн угля.",
        {380000: (("2024-10-01", "2025-04-30"), "actual")},
        id="season_under_way",
    ),
]


@pytest.mark.parametrize(("published", "body", "gold"), HEATING_SEASON_AHEAD)
def test_coming_heating_season(published: str, body: str, gold: dict[float, tuple[object, str]]) -> None:
    found = {
        round(i.value, 6): (i.period_start, i.period_end, i.kind)
        for i in extract_indicators(body, date.fromisoformat(published), language="ru")
    }
    for value, (period, kind) in gold.items():
        start, end, got_kind = found[round(value, 6)]
        assert (start, end) == tuple(date.fromisoformat(d) for d in period), (value, start, end)
        assert kind == ANY_KIND or got_kind == kind, (value, got_kind)


# --- an event scheduled, "пройдет", "состоится": plan ------------------------------------------------
EVENT_SCHEDULED = [
    pytest.param(
        "2025-03-03",
        "Олимпиада пройдет в 17 региональных центрах.",
        {17: (ANY, "plan")},
        id="will_be_held_in_centres",
    ),
    pytest.param(
        "2025-03-03",
        "В апреле состоится ярмарка, в которой примут участие 120 фермеров.",
        {120: (ANY, "plan")},
        id="fair_will_take_place",
    ),
    pytest.param(
        "2025-03-03",
        "Обучение пройдут 450 молодых специалистов.",
        {450: (ANY, "plan")},
        id="will_undergo_training",
    ),
    # look-alike: held already
    pytest.param(
        "2025-03-03",
        "Олимпиада прошла в 17 региональных центрах.",
        {17: (ANY, "actual")},
        id="was_held_keeps_actual",
    ),
]


@pytest.mark.parametrize(("published", "body", "gold"), EVENT_SCHEDULED)
def test_event_scheduled_is_plan(published: str, body: str, gold: dict[float, tuple[object, str]]) -> None:
    _check(published, body, gold)


# --- a yearly limit or plan beside a part of the year: the whole year, target or plan ---------------
YEARLY_BOUND = [
    pytest.param(
        "2024-08-14",
        "За первое полугодие 2024 года ТЭЦ выбросила 41,2 тыс. тонн загрязняющих веществ при годовом лимите 96 тыс. тонн.",
        {41200: (("2024-01-01", "2024-06-30"), "actual"), 96000: (("2024-01-01", "2024-12-31"), "target")},
        id="yearly_limit_beside_half_year",
    ),
    pytest.param(
        "2025-10-09",
        "За девять месяцев 2025 года выловлено 18,3 тыс. тонн рыбы, годовая квота – 26 тыс. тонн.",
        {26000: (("2025-01-01", "2025-12-31"), "target")},
        id="yearly_quota_beside_nine_months",
    ),
    # look-alike: a limit with no "yearly" keeps the span it is told in
    pytest.param(
        "2024-08-14",
        "За первое полугодие 2024 года ТЭЦ выбросила 41,2 тыс. тонн загрязняющих веществ.",
        {41200: (("2024-01-01", "2024-06-30"), "actual")},
        id="no_bound_keeps_span",
    ),
]


@pytest.mark.parametrize(("published", "body", "gold"), YEARLY_BOUND)
def test_yearly_bound_beside_part_of_year(
    published: str, body: str, gold: dict[float, tuple[object, str]]
) -> None:
    _check(published, body, gold)


# --- a level of trade or output a programme foresees is a goal ---------------------------------------
OUTCOME_LEVEL_FORESEEN = [
    pytest.param(
        "2025-06-10",
        "Дорожная карта предусматривает увеличение взаимного товарооборота до 3 млрд долларов к 2028 году.",
        {3e9: ((None, "2028-12-31"), "target")},
        id="roadmap_foresees_trade_level",
    ),
    pytest.param(
        "2025-06-10",
        "Соглашение предполагает рост экспорта зерна в Китай до 2 млн тонн к 2027 году, то есть втрое.",
        {2e6: ((None, "2027-12-31"), "target"), 3: ((None, "2027-12-31"), "target")},
        id="agreement_foresees_export_level",
    ),
    # look-alike: works a programme foresees stay plan
    pytest.param(
        "2025-06-10",
        "Программа предусматривает строительство 14 школ к 2028 году.",
        {14: ((None, "2028-12-31"), "plan")},
        id="works_foreseen_stay_plan",
    ),
]


@pytest.mark.parametrize(("published", "body", "gold"), OUTCOME_LEVEL_FORESEEN)
def test_outcome_level_foreseen_is_target(
    published: str, body: str, gold: dict[float, tuple[object, str]]
) -> None:
    _check(published, body, gold)


# --- a tally told done as of a day, right after a figureless sentence naming the start: from it -----
TALLY_FROM_NAMED_START = [
    pytest.param(
        "2025-04-02",
        "Прием документов на субсидии идет с начала года. По состоянию на 25 марта субсидии получили 1 840 фермеров.",
        {1840: (("2025-01-01", "2025-03-25"), "actual")},
        id="year_start_named_then_day",
    ),
    pytest.param(
        "2025-09-22",
        "Вакцинация от гриппа стартовала 1 сентября. На 19 сентября прививку получили 64 тыс. человек.",
        {64000: (("2025-09-01", "2025-09-19"), "actual")},
        id="start_day_named_then_day",
    ),
    # look-alike: a stock told in the present on that day stays the day's
    pytest.param(
        "2025-04-02",
        "Прием документов на субсидии идет с начала года. По состоянию на 25 марта в очереди стоят 312 фермеров.",
        {312: (("2025-03-25", "2025-03-25"), "actual")},
        id="present_stock_keeps_day",
    ),
]


@pytest.mark.parametrize(("published", "body", "gold"), TALLY_FROM_NAMED_START)
def test_tally_from_a_named_start(published: str, body: str, gold: dict[float, tuple[object, str]]) -> None:
    _check(published, body, gold)


# --- a consequence clause after the figure's (", что позволит ...") does not set the figure's kind --
CONSEQUENCE_CLAUSE = [
    pytest.param(
        "2024-06-04",
        "До конца года будут введены 2 котельные. Вместе они дадут городу 240 Гкал/ч тепла, что позволит закрыть дефицит.",
        {240: ((None, "2024-12-31"), "plan")},
        id="capacity_to_come_before_consequence",
    ),
    pytest.param(
        "2024-06-04",
        "В этом году будут введены 2 новые подстанции. Они дадут району 80 МВт мощности, что позволит подключить новых потребителей.",
        {80: (("2024-01-01", "2024-12-31"), "plan")},
        id="capacity_given_is_plan",
    ),
    pytest.param(
        "2024-06-04",
        "В прошлом году в районе отремонтировали 14 км дорог, что поможет снизить аварийность.",
        {14: (ANY, "actual")},
        id="deed_before_consequence",
    ),
    # look-alike: the figure inside the consequence clause keeps its outlook
    pytest.param(
        "2024-06-04",
        "Завод модернизируют, что позволит сократить выбросы на 12%.",
        {12: (ANY, "forecast")},
        id="figure_inside_consequence",
    ),
]


@pytest.mark.parametrize(("published", "body", "gold"), CONSEQUENCE_CLAUSE)
def test_consequence_clause_sets_no_kind(
    published: str, body: str, gold: dict[float, tuple[object, str]]
) -> None:
    _check(published, body, gold)


# --- a harvest outlook under a report's span of this year already over is the whole year's ---------
HARVEST_OUTLOOK_CARRIED = [
    pytest.param(
        "2025-08-05",
        "За первое полугодие 2025 года экономика района выросла на 4,1%. Урожай зерновых ожидается на уровне 850 тыс. тонн.",
        {850000: (("2025-01-01", "2025-12-31"), "forecast")},
        id="harvest_outlook_after_half_year",
    ),
    pytest.param(
        "2024-08-20",
        "За семь месяцев 2024 года инвестиции составили 96 млрд тенге. Аграрии планируют намолотить 1,2 млн тонн зерна.",
        {1.2e6: (("2024-01-01", "2024-12-31"), "plan")},
        id="harvest_plan_after_seven_months",
    ),
    # look-alike: an outlook that is no harvest keeps the report's span
    pytest.param(
        "2025-08-05",
        "За первое полугодие 2025 года экономика района выросла на 4,1%. Объем строительства, по прогнозу, составит 120 млрд тенге.",
        {120e9: (("2025-01-01", "2025-06-30"), ANY_KIND)},
        id="non_harvest_outlook_keeps_span",
    ),
]


@pytest.mark.parametrize(("published", "body", "gold"), HARVEST_OUTLOOK_CARRIED)
def test_harvest_outlook_is_the_years(
    published: str, body: str, gold: dict[float, tuple[object, str]]
) -> None:
    found = {
        round(i.value, 6): (i.period_start, i.period_end, i.kind)
        for i in extract_indicators(body, date.fromisoformat(published), language="ru")
    }
    for value, (period, kind) in gold.items():
        start, end, got_kind = found[round(value, 6)]
        assert (start, end) == tuple(date.fromisoformat(d) for d in period), (value, start, end)
        assert kind == ANY_KIND or got_kind == kind, (value, got_kind)


# --- "неделей ранее": the day a week back, a look back that does not reach "то есть ... прибавил" ---
WEEK_BEFORE = [
    pytest.param(
        "2024-10-08",
        (
            "Уборка за последнюю неделю ускорилась. Неделей ранее было обмолочено 81% площадей и собрано "
            "14,2 млн тонн, то есть за семь дней сбор прибавил 1,3 млн тонн."
        ),
        {
            81: (("2024-10-01", "2024-10-01"), "actual"),
            14.2e6: (("2024-10-01", "2024-10-01"), "actual"),
            1.3e6: (("2024-10-01", "2024-10-08"), "actual"),
        },
        id="week_before_then_change",
    ),
    pytest.param(
        "2024-03-15",
        "Неделю назад в очереди на технику стояли 640 хозяйств.",
        {640: (("2024-03-08", "2024-03-08"), "actual")},
        id="week_ago_is_a_day",
    ),
    # look-alike: "за неделю" is the week's span
    pytest.param(
        "2024-03-15",
        "За неделю в области засеяно 42 тыс. гектаров.",
        {42000: (("2024-03-08", "2024-03-15"), "actual")},
        id="over_the_week_keeps_span",
    ),
]


@pytest.mark.parametrize(("published", "body", "gold"), WEEK_BEFORE)
def test_a_week_back(published: str, body: str, gold: dict[float, tuple[object, str]]) -> None:
    _check(published, body, gold)
