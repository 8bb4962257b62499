"""Russian period and kind classes found at first sight of a fresh dev set (d31, ten articles labelled
by a writer who never saw the code; extractor +fs31ru): sentences of our own, labelled per
tests/realworld/FORMAT.md, several per class, with look-alikes that must keep their old reading.
Every class below was read wrong before +fs31ru."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators
from tests.test_cyrillic_ru11_classes import ANY, _check

CASES = [
    # --- a share's base named by a planning participle is no plan; "засеяно" is a past ---------------
    pytest.param(
        "2025-05-20",
        "На 15 мая в области посеяно 410 тыс. гектаров, или 64% от намеченной площади.",
        {410000: (("2025-05-15", "2025-05-15"), "actual"), 64: (("2025-05-15", "2025-05-15"), "actual")},
        id="share_of_planned_area",
    ),
    pytest.param(
        "2025-07-01",
        "Отремонтировано 120 км дорог – 80% запланированного объема. Засеяно 2 млн гектаров, что "
        "составляет 97% от предусмотренной площади.",
        {120: (ANY, "actual"), 80: (ANY, "actual"), 2e6: (ANY, "actual"), 97: (ANY, "actual")},
        id="share_of_planned_volume",
    ),
    pytest.param(
        "2025-03-01",
        "В этом году 20% запланированных средств будет направлено на ремонт школ.",
        {20: (("2025-01-01", "2025-12-31"), "plan")},  # the verb after it still plans
        id="share_of_planned_money_still_plan",
    ),
    # --- a bare "весной" / "осенью" is that season of the year in scope ---------------------------
    pytest.param(
        "2025-06-20",
        (
            "На 2025 год в районе запланировали обработку 50 тыс. гектаров. Весной культивация проведена "
            "на 21 тыс. гектаров. Осенью работы охватят еще 29 тыс. гектаров."
        ),
        {
            50000: (("2025-01-01", "2025-12-31"), "plan"),
            21000: (("2025-03-01", "2025-05-31"), "actual"),
            29000: (("2025-09-01", "2025-11-30"), "plan"),
        },
        id="bare_seasons_of_plan_year",
    ),
    pytest.param(
        "2025-02-10",
        "В 2024 году лесхоз высадил 3 млн саженцев. Весной было высажено 1,2 млн, осенью – еще 1,8 млн.",
        {
            3e6: (("2024-01-01", "2024-12-31"), "actual"),
            1.2e6: (("2024-03-01", "2024-05-31"), "actual"),
            1.8e6: (("2024-09-01", "2024-11-30"), "actual"),
        },
        id="bare_seasons_of_past_year",
    ),
    pytest.param(
        "2024-05-10",
        "Весной этого года засеяно 1,1 млн га. Осенью прошлого года вспахано 800 тыс. га.",
        {1.1e6: (("2024-03-01", "2024-05-31"), "actual"), 800000: (("2023-09-01", "2023-11-30"), "actual")},
        id="seasons_with_their_year_unchanged",
    ),
    # --- a present estimate of a size under a deadline carried from before is today's ---------------
    pytest.param(
        "2025-10-01",
        (
            "Работы идут в рамках задачи построить 500 км дорог до 2027 года. Протяженность сети "
            "оценивается в 9 тыс. км. Число жителей района оценивается в 120 тыс. человек."
        ),
        {
            500: ((None, "2027-12-31"), "target"),
            9000: (("2025-10-01", "2025-10-01"), "actual"),
            120000: (("2025-10-01", "2025-10-01"), "actual"),
        },
        id="estimated_size_after_deadline",
    ),
    pytest.param(
        "2025-06-01",
        "Программа рассчитана до 2030 года. Запасы угля в бассейне оцениваются в 12 млрд тонн.",
        {12e9: (("2025-06-01", "2025-06-01"), "actual")},
        id="estimated_reserves_after_deadline",
    ),
    pytest.param(
        "2025-03-01",
        "В 2025 году дефицит мощности оценивается в 0,9 ГВт.",
        {0.9: (("2025-01-01", "2025-12-31"), "forecast")},  # its own span not over: an outlook
        id="estimate_of_span_ahead_unchanged",
    ),
    # --- pools: "на стадии ...", a portfolio's count, the seats of schools counted under way ---------
    pytest.param(
        "2025-03-05",
        "На стадии реализации находятся 12 проектов общей стоимостью 80 млрд тенге.",
        {12: (("2025-03-05", "2025-03-05"), "actual"), 80e9: (("2025-03-05", "2025-03-05"), "plan")},
        id="pool_at_stage",
    ),
    pytest.param(
        "2025-08-30",
        "По данным правительства, на стадии запуска находятся 45 совместных проектов общей стоимостью "
        "свыше 9,5 млрд долларов.",
        {45: (("2025-08-30", "2025-08-30"), "actual"), 9.5e9: (("2025-08-30", "2025-08-30"), "plan")},
        id="pool_at_launch_stage",
    ),
    pytest.param(
        "2025-03-05",
        (
            "Инвестиционный портфель региона до 2027 года включает 70 проектов стоимостью 2,5 трлн тенге, "
            "их реализация позволит открыть 6,3 тыс. рабочих мест. В портфеле области до 2028 года 30 "
            "проектов на 1,2 трлн тенге."
        ),
        {
            70: (("2025-03-05", "2025-03-05"), "actual"),
            2.5e12: ((None, "2027-12-31"), "plan"),
            30: (("2025-03-05", "2025-03-05"), "actual"),
            1.2e12: ((None, "2028-12-31"), "plan"),
        },
        id="portfolio_count_with_horizon",
    ),
    pytest.param(
        "2025-03-05",
        "До 2028 года планируется реализовать 30 проектов на 1,2 трлн тенге.",
        {30: ((None, "2028-12-31"), "plan"), 1.2e12: ((None, "2028-12-31"), "plan")},
        id="projects_planned_by_deadline_unchanged",
    ),
    pytest.param(
        "2025-11-20",
        "Сейчас в области строятся 14 школ на 12,6 тыс. мест.",
        {14: (("2025-11-20", "2025-11-20"), "actual"), 12600: (("2025-11-20", "2025-11-20"), "plan")},
        id="seats_of_schools_counted_under_way",
    ),
    # --- a year in an aside with a figure of its own dates that figure only ----------------------
    pytest.param(
        "2025-12-20",
        (
            "С нового года минимальная пенсия составит 69 049 тенге. Максимальный размер, который в 2025 "
            "году был равен 110%, поднимется до 118%."
        ),
        {
            69049: (("2026-01-01", None), "plan"),
            110: (("2025-01-01", "2025-12-31"), "actual"),
            118: (("2026-01-01", None), "plan"),
        },
        id="relative_clause_year",
    ),
    pytest.param(
        "2025-12-20",
        (
            "В 2026 году МРП составит 4 325 тенге. Минимальная пенсия установлена на уровне 69 049 тенге "
            "(62 771 тенге в 2025 году). Минимальная заработная плата останется прежней – 85 000 тенге."
        ),
        {
            62771: (("2025-01-01", "2025-12-31"), "actual"),
            85000: (("2026-01-01", "2026-12-31"), "plan"),
        },
        id="bracketed_year_sets_no_scene",
    ),
    pytest.param(
        "2025-12-22",
        (
            "Благодаря анализу расходов, который ведется с 2022 года, область сэкономила 108 млрд тенге. "
            "Обследование, которое проводилось в июле 2025 года, охватило 24 тыс. человек. Большинство – "
            "73,1% – приехали в страну с личными целями."
        ),
        {
            108e9: (("2022-01-01", "2025-12-22"), "actual"),
            73.1: (("2025-07-01", "2025-07-31"), "actual"),
        },
        id="aside_with_no_figure_still_dates",
    ),
    pytest.param(
        "2025-07-20",
        (
            "Экспорт, который в январе–июне 2025 года составил 3,1 млрд долларов, увеличился на 12%. "
            "Импорт сократился на 4%."
        ),
        {12: (("2025-01-01", "2025-06-30"), "actual"), 4: (("2025-01-01", "2025-06-30"), "actual")},
        id="aside_span_goes_on_in_past_main_clause",
    ),
    # --- a plan after a sentence about a span already begun is the time ahead named before ------------
    pytest.param(
        "2025-12-20",
        (
            "С 1 января 2026 года стипендии вырастут на 15%. В 2025 году студент получал 52 000 тенге. "
            "После индексации стипендия вырастет до 59 800 тенге."
        ),
        {
            15: (("2026-01-01", None), "plan"),
            52000: (("2025-01-01", "2025-12-31"), "actual"),
            59800: (("2026-01-01", None), "plan"),
        },
        id="indexed_level_after_this_year",
    ),
    pytest.param(
        "2025-06-20",
        "С 2026 года тарифы вырастут. В этом году построено 10 школ. Еще 5 школ будут сданы.",
        {5: (("2025-01-01", "2025-12-31"), "plan")},  # "еще": more of the same span
        id="more_of_this_year_unchanged",
    ),
    pytest.param(
        "2025-09-05",
        (
            "На 2026 год намечено привлечь 1 трлн тенге. В 2022–2026 годах нацпроект должен привлечь 13 "
            "трлн тенге. Средства направят на обновление 86 тыс. км сетей."
        ),
        {86000: (("2022-01-01", "2026-12-31"), "plan")},  # a programme's years, nothing told done in them
        id="programme_years_unchanged",
    ),
    # --- "со X, которые ... сейчас, до Y": the old level stands today --------------------------------
    pytest.param(
        "2025-12-20",
        (
            "Пособие с 1 января увеличится со 149 416 тенге, которые выплачиваются сейчас, до 164 350 "
            "тенге. Тариф с 1 июля вырастет с 20 тенге, что действует сегодня, до 25 тенге."
        ),
        {
            149416: (("2025-12-20", "2025-12-20"), "actual"),
            164350: (("2026-01-01", None), "plan"),
            20: (("2025-12-20", "2025-12-20"), "actual"),
            25: (("2026-07-01", None), "plan"),
        },
        id="from_level_with_aside",
    ),
    # --- "В эту цифру входят ...": a part of the total just given --------------------------------
    pytest.param(
        "2025-09-19",
        (
            "В январе-августе 2025 года экспорт вырос на 3,8% и достиг 20 млн тонн. В эту цифру входят "
            "254,4 тыс. контейнеров, что на 46% больше, чем годом ранее."
        ),
        {
            254400: (("2025-01-01", "2025-08-31"), "actual"),
            46: (("2025-01-01", "2025-08-31"), "actual"),
        },
        id="this_figure_includes",
    ),
    pytest.param(
        "2025-04-10",
        "За первый квартал 2025 года область получила 80 млрд тенге. В эту сумму входят 12 млрд тенге иностранных вложений.",
        {12e9: (("2025-01-01", "2025-03-31"), "actual")},
        id="this_sum_includes",
    ),
    # --- the high end of a base range after "против" ----------------------------------------------
    pytest.param(
        "2025-09-19",
        "Через станции сейчас проходит 75-77 поездов в сутки против 50-60 в прошлом году.",
        {
            77: (("2025-09-19", "2025-09-19"), "actual"),
            50: (("2024-01-01", "2024-12-31"), "actual"),
            60: (("2024-01-01", "2024-12-31"), "actual"),
        },
        id="base_range_high_end",
    ),
    pytest.param(
        "2025-09-19",
        "Сейчас в парке 300-320 автобусов против 210-240 в 2023 году.",
        {240: (("2023-01-01", "2023-12-31"), "actual"), 320: (("2025-09-19", "2025-09-19"), "actual")},
        id="base_range_high_end_year",
    ),
    # --- "since" told right after a level dated before publication runs to that level's date ---------
    pytest.param(
        "2025-09-19",
        "В 2024 году экспорт мяса достиг 90 тыс. тонн, а с 2015 года он вырос в 3 раза. С 2020 года построено 40 школ.",
        {
            3: (("2015-01-01", "2024-12-31"), "actual"),
            40: (("2020-01-01", "2025-09-19"), "actual"),  # no level beside it: up to publication
        },
        id="since_up_to_level",
    ),
    pytest.param(
        "2025-09-19",
        "По итогам 2024 года в области работали 1 200 фермерских хозяйств, и с 2019 года их число увеличилось на 35%.",
        {35: (("2019-01-01", "2024-12-31"), "actual")},
        id="since_up_to_level_and",
    ),
    # --- the outcome expected once plans are carried out is a forecast -----------------------------
    pytest.param(
        "2025-05-02",
        (
            "Если проекты будут реализованы, производство молока вырастет до 900 тыс. тонн. В случае "
            "реализации программы экспорт увеличится на 20%."
        ),
        {900000: (ANY, "forecast"), 20: (ANY, "forecast")},
        id="outcome_if_plans_done",
    ),
    pytest.param(
        "2026-02-02",
        "«Если все намеченное будет выполнено, мощность станций увеличится с 5 100 МВт до 7 400 МВт, то есть на 45%».",
        {5100: (("2026-02-02", "2026-02-02"), "actual"), 7400: (ANY, "forecast"), 45: (ANY, "forecast")},
        id="outcome_if_plans_done_from_to",
    ),
    pytest.param(
        "2025-05-02",
        "При реализации проекта планируется построить дорогу до 40 км.",
        {40: (ANY, "plan")},  # a plan said outright
        id="plan_under_condition_unchanged",
    ),
]


@pytest.mark.parametrize(("published", "body", "gold"), CASES)
def test_fs31ru_classes(published: str, body: str, gold: dict) -> None:
    _check(published, body, gold)


# --- a series with its verb left out names each member before the dash ---------------------------
GAPPED = [
    pytest.param(
        "Объем строительных работ увеличился на 12,3%, услуги связи – на 8,5%, транспорт – на 7,4%.",
        {12.3: "Объем строительных работ", 8.5: "услуги связи", 7.4: "транспорт"},
        id="sectors_grew_by",
    ),
    pytest.param(
        "Экспорт сократился до 2 млн тонн, импорт – до 1,5 млн тонн.",
        {2e6: "Экспорт", 1.5e6: "импорт"},
        id="levels_fell_to",
    ),
    pytest.param(
        "Выпуск цемента вырос на 6%, розничная торговля – на 4,2%.",
        {6: "Выпуск цемента", 4.2: "розничная торговля"},
        id="output_and_trade",
    ),
    pytest.param(
        "Экспорт в Узбекистан вырос на 14%. Киргизия, напротив, заметно сократила закупки — до 12 тыс. тонн.",
        {12000: "Киргизия"},  # a verb before the dash: no series member, the subject names it
        id="verb_before_dash_unchanged",
    ),
]


@pytest.mark.parametrize(("body", "items"), GAPPED)
def test_gapped_series_items(body: str, items: dict[float, str]) -> None:
    found = {round(i.value, 6): i.item for i in extract_indicators(body, date(2025, 8, 13), "", "ru")}
    for value, item in items.items():
        assert found[round(value, 6)] == item, (value, found[round(value, 6)])
