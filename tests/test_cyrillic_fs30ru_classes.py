"""Russian classes found on the blind sets h30 and h31 at first sight (extractor +fs30ru): sentences
of our own, labelled per tests/realworld/FORMAT.md, with look-alikes that keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators
from tests.figure_lookup import surfaces
from tests.test_cyrillic_ru11_classes import ANY, _check

CASES = [
    # --- a goal's own value in apposition ("ориентир ..., составляющий N, ...") is the goal's ----------
    pytest.param(
        "2025-12-10",
        "",
        "Ориентир государственной программы на 2025 год, составляющий 4,2 млн тонн, уже превышен.",
        {4.2e6: (("2025-01-01", "2025-12-31"), "target")},
        id="goal_value_in_apposition_exceeded",
    ),
    pytest.param(
        "2024-12-20",
        "",
        "Целевой показатель на 2024 год, составлявший 120 школ, перевыполнен: построено 131 школа.",
        {120: (("2024-01-01", "2024-12-31"), "target"), 131: (("2024-01-01", "2024-12-31"), "actual")},
        id="goal_value_past_participle_then_done",
    ),
    pytest.param(
        "2025-11-05",
        "",
        "План на этот год, составляющий 40 объектов, выполнен на 90%.",
        {40: (("2025-01-01", "2025-12-31"), "plan"), 90: (("2025-01-01", "2025-12-31"), "actual")},
        id="plan_value_in_apposition_met",
    ),
    # look-alike: the participle after no goal keeps the deed's reading
    pytest.param(
        "2025-11-05",
        "",
        "Расходы, составляющие 3 трлн тенге, уже освоены.",
        {3e12: (("2025-11-05", "2025-11-05"), "actual")},
        id="apposition_without_goal_kept",
    ),
    # --- a goal for the year under way does not carry onto a later paragraph's deeds of the report ---
    pytest.param(
        "2025-11-12",
        "Выпуск автомобилей за десять месяцев",
        (
            "С января по октябрь 2025 года в стране выпущено 41 тыс. автомобилей. "
            "Целевой показатель на текущий год установлен на уровне 50 тыс. машин.\n"
            "Экспорт автомобилей вырос на 12,4% и достиг 9 тыс. единиц."
        ),
        {
            50000: (("2025-01-01", "2025-12-31"), "target"),
            12.4: (("2025-01-01", "2025-10-31"), "actual"),
            9000: (("2025-01-01", "2025-10-31"), "actual"),
        },
        id="deed_after_goal_for_year_takes_report_months",
    ),
    pytest.param(
        "2024-08-14",
        "",
        (
            "За январь–июль 2024 года в области введено 610 тыс. кв. м жилья. "
            "Ориентир на 2024 год составляет 1 млн кв. м.\n"
            "Объем строительных работ увеличился на 8,2%."
        ),
        {8.2: (("2024-01-01", "2024-07-31"), "actual")},
        id="deed_after_orientir_takes_report_months",
    ),
    # look-alikes: a plan for the year (not a goal) leaves the carried year; a run of plan years too
    pytest.param(
        "2025-12-22",
        "",
        (
            "По итогам 11 месяцев 2025 года ВРП области составил 2 трлн тенге. "
            "К концу года его объем планируется увеличить до 2,4 трлн тенге.\n"
            "Бюджет области достиг 600 млрд тенге."
        ),
        {6e11: (("2025-01-01", "2025-12-31"), "actual")},
        id="deed_after_plan_for_year_kept",
    ),
    pytest.param(
        "2026-01-28",
        "",
        (
            "В 2025 году область посетили 38 тыс. туристов. "
            "На 2025–2027 годы целевой показатель установлен на уровне 150 тыс. туристов.\n"
            "Для гостей заработала карта, на которую нанесено 70 объектов."
        ),
        {70: (("2026-01-28", "2026-01-28"), "actual")},
        id="deed_after_goal_for_years_kept",
    ),
    # --- "по итогам прошлого года" after a lead on this year's month opens a new scene ---------------
    pytest.param(
        "2019-05-27",
        "",
        (
            "В апреле 2019 года сутки в гостинице стоили в среднем 10,4 тыс. тенге.\n"
            "Музеи страны по итогам прошлого года приняли 2,4 млн посетителей. "
            "Еще 600 тыс. человек побывали в театрах."
        ),
        {2.4e6: (("2018-01-01", "2018-12-31"), "actual"), 600000: (("2018-01-01", "2018-12-31"), "actual")},
        id="last_year_results_set_the_scene",
    ),
    pytest.param(
        "2023-07-20",
        "",
        (
            "В июне 2023 года цены на бензин выросли на 1,2%.\n"
            "Фермеры по итогам минувшего года собрали 17 млн тонн зерна. "
            "Еще 2 млн тонн пришлось на масличные."
        ),
        {2e6: (("2022-01-01", "2022-12-31"), "actual")},
        id="last_year_results_after_month_lead",
    ),
    # look-alike: last year named beside this year's part as a comparison stays a look back
    pytest.param(
        "2025-07-25",
        "",
        (
            "С 1 июня по 23 июля область посетили 250 тыс. туристов. "
            "В прошлом году этот же показатель составлял 210 тыс.\n"
            "Гостиницы приняли 90 тыс. гостей."
        ),
        {90000: (("2025-06-01", "2025-07-23"), "actual")},
        id="last_year_comparison_kept",
    ),
    # --- parts of a total told before ("Из общего числа ...") take the total's period ----------------
    pytest.param(
        "2025-12-30",
        "",
        (
            "За 2022–2025 годы в области построено 120 школ. Строительство шло поэтапно: в 2024 году сдано "
            "40 школ, в текущем году — еще 35.\n"
            "Из общего числа 70 школ открыты в селах, а 45 — в городах."
        ),
        {70: (("2022-01-01", "2025-12-31"), "actual"), 45: (("2022-01-01", "2025-12-31"), "actual")},
        id="parts_of_total_take_total_years",
    ),
    pytest.param(
        "2025-06-10",
        "",
        (
            "За пять месяцев банки выдали 900 кредитов. В мае выдано 300 кредитов.\n"
            "Из этого числа 500 получили фермеры, а 350 – предприниматели."
        ),
        {500: (("2025-01-01", "2025-05-31"), "actual"), 350: (("2025-01-01", "2025-05-31"), "actual")},
        id="parts_of_total_skip_smaller_member",
    ),
    # look-alikes: the last member holds them (most recent large enough), or a period of their own
    pytest.param(
        "2025-06-10",
        "",
        "В 2024 году открыто 50 школ. В 2025 году – еще 30. Из них 20 – в селах.",
        {20: (("2025-01-01", "2025-12-31"), "actual")},
        id="parts_of_last_member_kept",
    ),
    pytest.param(
        "2025-06-10",
        "",
        "За 2022–2025 годы построено 120 школ. В 2024 году сдано 40. Из них 20 открыли в 2023 году.",
        {20: (("2023-01-01", "2023-12-31"), "actual")},
        id="parts_with_own_year_kept",
    ),
    # --- a bare year's end told in the past, in an account of a whole past year: that year's last day --
    pytest.param(
        "2020-03-10",
        "",
        "Музеи области подвели итоги 2019 года. За год их посетили 1,2 млн человек. К концу года в фондах было собрано 45 тыс. экспонатов.",
        {45000: (("2019-12-31", "2019-12-31"), "actual")},
        id="year_end_past_in_past_year_account",
    ),
    pytest.param(
        "2021-02-15",
        "",
        "Статистики подвели итоги 2020 года: за год открыто 40 аптек. На конец года в области работали 312 аптек.",
        {312: (("2020-12-31", "2020-12-31"), "actual")},
        id="year_end_stock_in_past_year_account",
    ),
    # look-alikes: what is to come by the year's end, or a year still running, keep the deadline
    pytest.param(
        "2021-02-15",
        "",
        "За 2020 год открыто 40 аптек. К концу года будет открыто еще 20 аптек.",
        {20: ((None, "2021-12-31"), "plan")},
        id="year_end_ahead_kept",
    ),
    pytest.param(
        "2025-10-20",
        "",
        "За девять месяцев 2025 года открыто 40 аптек. К концу года в области было открыто 55 аптек.",
        {55: ((None, "2025-12-31"), "actual")},
        id="year_end_in_running_year_kept",
    ),
    # --- last year's mark whose value a "when" clause tells: the span in scope a year before --------
    pytest.param(
        "2024-04-20",
        "",
        "За январь–март 2024 года область посетили 41 тыс. туристов – на 12% больше прошлогоднего показателя, когда их было 36,6 тыс.",
        {
            36600: (("2023-01-01", "2023-03-31"), "actual"),
            12: (("2024-01-01", "2024-03-31"), "actual"),
        },
        id="last_years_mark_when_clause",
    ),
    pytest.param(
        "2023-08-02",
        "",
        "Экспорт за полугодие 2023 года составил 5 млрд долларов, что выше прошлогоднего уровня, когда он был равен 4,1 млрд долларов.",
        {4.1e9: (("2022-01-01", "2022-06-30"), "actual")},
        id="last_years_level_when_clause",
    ),
    # look-alike: a year of its own with a "when" clause dates that clause's figure
    pytest.param(
        "2023-08-02",
        "",
        "Впервые с 2021 года, когда цены подскочили на 51,2%, рост замедлился до 3%.",
        {51.2: (("2021-01-01", "2021-12-31"), "actual")},
        id="since_year_when_clause_kept",
    ),
    # --- kinds: a budget of the year amended and grown, money that "пойдет на", a utility that "придет" --
    pytest.param(
        "2024-04-12",
        "",
        "Депутаты областного маслихата уточнили бюджет на текущий год, увеличив его на 12,4 млрд тенге.",
        {12.4e9: (("2024-01-01", "2024-12-31"), "plan")},
        id="budget_amended_grown_by",
    ),
    pytest.param(
        "2024-04-12",
        "",
        "В 2024 году компания нарастила выпуск, увеличив его на 12%.",
        {12: (("2024-01-01", "2024-12-31"), "actual")},
        id="output_grown_by_kept",
    ),
    pytest.param(
        "2024-04-12",
        "",
        "Крупнейшая часть трансферта – 3,1 млрд тенге – пойдет на строительство арендного жилья.",
        {3.1e9: (ANY, "plan")},
        id="money_will_go_to_works",
    ),
    pytest.param(
        "2025-09-01",
        "",
        "До конца года газ придет еще в 35 сел области.",
        {35: ((None, "2025-12-31"), "plan")},
        id="utility_to_come_by_year_end",
    ),
    pytest.param(
        "2025-09-01",
        "",
        "Интернет, как ожидается, придет в 120 сел.",
        {120: (ANY, "forecast")},
        id="utility_expected_kept",
    ),
    # --- the size of what work going on brings in is a plan; a finished build's size is actual ---------
    pytest.param(
        "2025-09-05",
        "",
        "Министерство ведет работу по вводу до 2030 года новых станций общей мощностью около 6 ГВт.",
        {6: ((None, "2030-12-31"), "plan")},
        id="capacity_of_work_going_on",
    ),
    pytest.param(
        "2025-09-05",
        "",
        "В области ведется работа по строительству 12 школ.",
        {12: (("2025-09-05", "2025-09-05"), "actual")},
        id="count_of_work_going_on_kept",
    ),
    pytest.param(
        "2026-01-15",
        "",
        "В Аральске завершилось строительство тепличного комплекса площадью 12 гектаров.",
        {12: (ANY, "actual")},
        id="size_of_finished_build",
    ),
    pytest.param(
        "2026-01-15",
        "",
        "В Аральске с весны начнется строительство тепличного комплекса площадью 12 гектаров.",
        {12: (ANY, "plan")},
        id="size_of_build_to_start_kept",
    ),
    pytest.param(
        "2026-01-15",
        "",
        "Под Шымкентом создается индустриальная зона площадью до 200 гектаров.",
        {200: ((None, None), "plan")},
        id="size_of_thing_being_made",
    ),
    # --- after the year's last day dates a stock, "за год" still covers the year ---------------------
    pytest.param(
        "2020-03-10",
        "",
        "Музеи области подвели итоги 2019 года. К концу года в фондах было собрано 45 тыс. экспонатов. Всего за год проведено 900 выставок.",
        {900: (("2019-01-01", "2019-12-31"), "actual")},
        id="year_goes_on_after_year_end_stock",
    ),
    # --- "к концу срока плана": the last day of the run of years of the plan in view -----------------
    pytest.param(
        "2026-02-20",
        "",
        (
            "В рамках программы на 2025–2028 годы в городе появятся 40 новых парков. "
            "Это позволит к концу срока программы увеличить площадь зеленых зон до 900 гектаров."
        ),
        {900: ((None, "2028-12-31"), "forecast")},
        id="term_end_of_plan_years",
    ),
    pytest.param(
        "2026-02-20",
        "",
        "По плану на 2024–2027 годы построят 12 школ. До окончания реализации плана появятся еще 3 детсада.",
        {3: ((None, "2027-12-31"), "plan")},
        id="until_plan_ends",
    ),
    # look-alike: with no run of years in view, the term's end names no date
    pytest.param(
        "2026-02-20",
        "",
        "К концу срока программы в городе появятся 40 новых парков.",
        {40: ((None, None), "plan")},
        id="term_end_without_years_kept",
    ),
    # --- "к тому же сроку": the end of the term in view ---------------------------------------------
    pytest.param(
        "2024-05-24",
        "",
        "По комплексному плану на 2024–2027 годы построят 300 школ. К тому же сроку в селах откроют 150 амбулаторий.",
        {150: ((None, "2027-12-31"), "plan")},
        id="same_term_as_plan_years",
    ),
    pytest.param(
        "2024-05-24",
        "",
        "Президент поручил к 2026 году газифицировать 90% сел. В те же сроки 120 сел получат интернет.",
        {120: ((None, "2026-12-31"), "plan")},
        id="same_term_as_deadline",
    ),
    # --- "в общей сложности" in what things are designed for: their sum now, no tally so far ----------
    pytest.param(
        "2025-05-20",
        "",
        "В области строятся 12 больниц, рассчитанных в общей сложности на 3 тысячи коек.",
        {3000: (("2025-05-20", "2025-05-20"), "plan")},
        id="designed_for_in_total_is_now",
    ),
    # look-alike: a tally told in the past keeps its open start
    pytest.param(
        "2025-05-20",
        "",
        "В общей сложности по программе построено 120 школ.",
        {120: ((None, "2025-05-20"), "actual")},
        id="tally_in_total_kept",
    ),
    # --- a present that opens the sentence dates its later, verbless clauses too ----------------------
    pytest.param(
        "2026-02-24",
        "",
        (
            "Со 2 марта 2026 года фонд будет выдавать жилье только после проверки. "
            "На сегодня акиматы передали фонду 9 100 квартир: 6 200 из них предназначены для аренды, 2 900 — для продажи."
        ),
        {2900: (("2026-02-24", "2026-02-24"), "actual")},
        id="opening_now_dates_elided_member",
    ),
    pytest.param(
        "2025-09-23",
        "",
        "В 2025 году под зерновые отведено 16 млн гектаров.\nНа сегодня убрано 64% площадей, намолочено 15,5 млн тонн.",
        {15.5e6: (("2025-09-23", "2025-09-23"), "actual")},
        id="opening_now_dates_second_clause",
    ),
    # look-alike: a later clause with a period of its own keeps it
    pytest.param(
        "2026-02-24",
        "",
        "На сегодня передано 9 100 квартир, а в 2025 году – 7 400.",
        {7400: (("2025-01-01", "2025-12-31"), "actual")},
        id="opening_now_own_period_kept",
    ),
    # --- the level a deed of a span running now brought something to is today's -----------------------
    pytest.param(
        "2025-10-21",
        "",
        "За последние пять лет в водоснабжение вложено 400 млрд тенге. Это позволило довести охват сел водой до 96%.",
        {96: (("2025-10-21", "2025-10-21"), "actual"), 400e9: (("2020-10-21", "2025-10-21"), "actual")},
        id="level_brought_to_after_rolling_span",
    ),
    pytest.param(
        "2025-10-21",
        "",
        "С начала года на ремонт дорог направлено 90 млрд тенге. Это позволило снизить долю дорог в плохом состоянии до 12%.",
        {12: (("2025-10-21", "2025-10-21"), "actual")},
        id="level_brought_to_after_year_to_date",
    ),
    # look-alike: after a year already over the level stays that year's
    pytest.param(
        "2025-10-21",
        "",
        "В 2023 году в отрасль вложено 300 млрд тенге. Это позволило поднять скорость до 60 Мбит/с.",
        {60: (("2023-01-01", "2023-12-31"), "actual")},
        id="level_brought_to_in_past_year_kept",
    ),
    pytest.param(
        "2025-10-21",
        "",
        "С 2022 года в мобильную связь вложено 500 млрд тенге. Это позволило увеличить число абонентов мобильного интернета до 15 млн.",
        {15e6: (("2025-10-21", "2025-10-21"), "actual")},
        id="level_brought_to_after_since_year",
    ),
    # --- what money keeps going exists now: how many there are is a count at publication -------------
    pytest.param(
        "2024-08-12",
        "",
        "На 2024–2026 годы заложено 40 млрд тенге. Средства пойдут на содержание 14 городских парков и на посадку деревьев.",
        {14: (("2024-08-12", "2024-08-12"), "actual"), 40e9: (("2024-01-01", "2026-12-31"), "plan")},
        id="count_of_what_money_keeps_going",
    ),
    # look-alike: money for building new things keeps their count a plan
    pytest.param(
        "2024-08-12",
        "",
        "На 2024–2026 годы заложено 40 млрд тенге. Средства пойдут на строительство 14 городских парков.",
        {14: (ANY, "plan")},
        id="count_of_what_money_builds_kept",
    ),
    # --- a rule told in the present under a span still running is the rule in force now ----------------
    pytest.param(
        "2025-10-23",
        "",
        (
            "С 2024 по 2028 год поэтапно повышается размер стипендии. "
            "Если студент учится на отлично, стипендия равна 120% от базовой."
        ),
        {120: (("2025-10-23", "2025-10-23"), "actual")},
        id="rule_in_force_under_running_span",
    ),
    # look-alike: a span that has not begun leaves the rule to it
    pytest.param(
        "2025-10-23",
        "",
        "С 2026 по 2028 год повысят размер стипендии. Если студент учится на отлично, стипендия составит 120% от базовой.",
        {120: (ANY, "plan")},
        id="rule_ahead_kept",
    ),
    # --- a share told in the present of money planned just before is a share of that plan --------------
    pytest.param(
        "2025-06-20",
        "",
        (
            "Расходы городского бюджета в 2025 году составят 410 млрд тенге.\n"
            "Основную часть затрат формирует социальная сфера: на нее приходится 230 млрд тенге, или 56%."
        ),
        {230e9: (("2025-01-01", "2025-12-31"), "plan"), 56: (("2025-01-01", "2025-12-31"), "plan")},
        id="share_of_planned_budget",
    ),
    # look-alike: after money already spent the share stays a deed of its span
    pytest.param(
        "2025-06-20",
        "",
        (
            "В 2024 году из городского бюджета израсходовано 390 млрд тенге.\n"
            "На социальную сферу приходится 210 млрд тенге."
        ),
        {210e9: (("2024-01-01", "2024-12-31"), "actual")},
        id="share_of_spent_budget_kept",
    ),
    # --- works a task still holds ("задачей остается модернизация 32 больниц") are a plan -------------
    pytest.param(
        "2026-03-13",
        "",
        "Следующей задачей программы остается реконструкция 18 котельных.",
        {18: (ANY, "plan")},
        id="works_a_task_still_holds",
    ),
    # look-alike: what remains with no task before it is a state now
    pytest.param(
        "2026-03-13",
        "",
        "Актуальной остается проблема 40 аварийных школ.",
        {40: (("2026-03-13", "2026-03-13"), "actual")},
        id="what_remains_without_task_kept",
    ),
]


def test_bed_days_are_a_measure_not_a_count() -> None:
    """FORMAT.md: "count" is things; "койко-дней", "человеко-дней" are days of a bed or a person."""
    found = extract_indicators(
        "Всего за 2020 год проведено 62,6 тыс. койко-дней, или 1 200 человеко-дней.",
        date(2021, 5, 18),
        language="ru",
    )
    assert [(i.surface, i.unit) for i in found] == [
        ("62,6 тыс. койко-дней", "other"),
        ("1 200 человеко-дней", "other"),
    ]


@pytest.mark.parametrize(("published", "title", "body", "gold"), CASES)
def test_fs30ru_classes(published: str, title: str, body: str, gold: dict[float, tuple[object, str]]) -> None:
    _check(published, body, gold, title)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("За лето ремонт прошел в тысяче сельских школ.", ["тысяче"]),
        ("Новый асфальт уложен на тысяче километров дорог.", ["тысяче километров"]),
        # look-alikes: the plural after a number word, and "тысячи" after "свыше", keep their reading
        ("Ремонт прошел в двух тысячах школ.", ["двух тысячах"]),
        ("Ремонт прошел в свыше тысячи школ.", ["тысячи"]),
    ],
)
def test_one_thousand_in_the_prepositional_is_a_figure(text: str, want: list[str]) -> None:
    assert surfaces(text, date(2025, 8, 25), language="ru") == want
