"""Russian period, kind and unit classes found at first sight of the fresh development set d38
(extractor +fs38ru): sentences of our own, labelled per tests/realworld/FORMAT.md, several per
class, with look-alikes that must keep their old reading. Every class below was read wrong before
+fs38ru."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators
from tests.test_cyrillic_ru11_classes import ANY, _check

CASES = [
    # --- a list's lead told "now" leaves the span before: its members are today's -----------------
    pytest.param(
        "2025-10-21",
        (
            "За последнюю неделю темпы сева заметно выросли.\n"
            "На сегодня в хозяйствах заготовлены:\n"
            "• 640 тыс. тонн сена;\n"
            "• 95 тыс. тонн силоса.\n"
            "Больше всего кормов у сельхозпредприятий: ими запасено 410 тыс. тонн."
        ),
        {
            640000: (("2025-10-21", "2025-10-21"), "actual"),
            95000: (("2025-10-21", "2025-10-21"), "actual"),
            410000: (("2025-10-21", "2025-10-21"), "actual"),
        },
        id="now_list_lead_after_last_week",
    ),
    pytest.param(
        "2025-10-20",
        (
            "В январе–сентябре 2025 года выпуск продукции в области вырос на 4,2%.\n"
            "В настоящее время в регионе работают:\n"
            "– 38 крупных предприятий;\n"
            "– 215 малых цехов."
        ),
        {
            4.2: (("2025-01-01", "2025-09-30"), "actual"),
            38: (("2025-10-20", "2025-10-20"), "actual"),
            215: (("2025-10-20", "2025-10-20"), "actual"),
        },
        id="now_list_lead_after_months_of_year",
    ),
    # look-alike: a list's lead with a span of its own keeps it for its members
    pytest.param(
        "2025-10-20",
        (
            "На сегодня уборка почти завершена.\n"
            "За январь–сентябрь 2025 года в области произведены:\n"
            "– 12,4 тыс. тонн масла;\n"
            "– 3,1 тыс. тонн сыра."
        ),
        {
            12400: (("2025-01-01", "2025-09-30"), "actual"),
            3100: (("2025-01-01", "2025-09-30"), "actual"),
        },
        id="span_list_lead_keeps_its_span",
    ),
    # --- a change of the current amount against an older one is of the span reported -------------
    pytest.param(
        "2025-12-20",
        (
            "В январе–ноябре 2025 года в страну ввезли 12 тыс. тонн рыбы.\n"
            "Больше всего закупали в январе–ноябре 2021 года, но и тот объем текущий импорт превышает на 9%.\n"
            "На долю России пришлось 70% поставок."
        ),
        {
            12000: (("2025-01-01", "2025-11-30"), "actual"),
            9: (("2025-01-01", "2025-11-30"), "actual"),
            70: (("2025-01-01", "2025-11-30"), "actual"),
        },
        id="current_amount_over_older_span",
    ),
    pytest.param(
        "2025-09-10",
        (
            "За январь–июль 2025 года музеи области приняли 240 тыс. посетителей.\n"
            "В 2021 году за весь год их было 150 тыс., так что нынешняя посещаемость выросла в 1,6 раза."
        ),
        {
            150000: (("2021-01-01", "2021-12-31"), "actual"),
            1.6: (("2025-01-01", "2025-07-31"), "actual"),
        },
        id="current_amount_multiplier_after_old_year",
    ),
    # --- told done or going on days before the school year opens: what stands then, not a plan ------
    pytest.param(
        "2024-08-28",
        (
            "В 2024–2025 учебном году в колледжи области зачислены 14,2 тыс. первокурсников. Новый "
            "учебный год начинают 61 тыс. студентов."
        ),
        {
            14200: (("2024-09-01", "2025-05-31"), "actual"),
            61000: (("2024-09-01", "2025-05-31"), "actual"),
        },
        id="school_year_at_hand_done_and_present",
    ),
    # look-alikes: planned or future in the clause stays a plan
    pytest.param(
        "2024-08-28",
        (
            "В 2024–2025 учебном году в колледжи планируется принять 15 тыс. первокурсников. В новом "
            "учебном году откроются 12 колледжей."
        ),
        {
            15000: (("2024-09-01", "2025-05-31"), "plan"),
            12: (("2024-09-01", "2025-05-31"), "plan"),
        },
        id="school_year_at_hand_planned_kept",
    ),
    # --- a rule's bound ("не может быть ниже") is in force now, no outlook ---------------------------
    pytest.param(
        "2026-03-05",
        (
            "С прошлого года пособие назначается по новым правилам.\n"
            "Пособие выплачивается ежемесячно. Оно равно 40% среднего дохода, но не может быть ниже 60% "
            "прожиточного минимума. Размер компенсации не может превышать 150 тыс. тенге."
        ),
        {
            40: (("2026-03-05", "2026-03-05"), "actual"),
            60: (("2026-03-05", "2026-03-05"), "actual"),
            150000: (("2026-03-05", "2026-03-05"), "actual"),
        },
        id="rule_bound_in_force",
    ),
    # look-alike: "может" with no negated bound stays an outlook
    pytest.param(
        "2026-03-05",
        "По оценкам аграриев, в этом году урожай может быть ниже 20 млн тонн.",
        {2e7: (("2026-01-01", "2026-12-31"), "forecast")},
        id="may_be_lower_stays_outlook",
    ),
    # --- "в этом учебном году" days before 1 September, in an article about the coming school year ---
    pytest.param(
        "2024-08-27",
        (
            "В 2024–2025 учебном году в школы области придут 21 тыс. первоклассников.\n"
            "В этом учебном году в школах региона работают 14,8 тыс. учителей."
        ),
        {14800: (("2024-09-01", "2025-05-31"), "actual")},
        id="this_school_year_in_august_is_the_coming_one",
    ),
    # look-alike: with no school year named before, "в этом учебном году" in June is the one ending
    pytest.param(
        "2024-06-20",
        "В этом учебном году ЕНТ сдавали 120 тыс. выпускников.",
        {120000: (("2023-09-01", "2024-05-31"), "actual")},
        id="this_school_year_in_june_is_the_one_ending",
    ),
    # --- a lead's future before a colon does not make a figure told with its own verb a plan ---------
    pytest.param(
        "2024-08-27",
        (
            "В 2024–2025 учебном году в школы области придут 21 тыс. первоклассников.\n"
            "Рекордным станет и число выпускников: в 2024–2025 учебном году в 11-х классах обучаются "
            "9,4 тыс. человек. Новинкой станет и формат: в пилотном проекте участвуют 35 школ."
        ),
        {
            9400: (("2024-09-01", "2025-05-31"), "actual"),
            35: (ANY, "actual"),
        },
        id="colon_lead_future_not_figure_kind",
    ),
    # look-alike: a planning lead before a colon with no verb after it keeps the list's plan
    pytest.param(
        "2025-05-14",
        "В этом году планируется: построить 40 школ и 12 поликлиник.",
        {40: (("2025-01-01", "2025-12-31"), "plan")},
        id="planning_colon_lead_kept",
    ),
    # --- a rate after a dash takes the present verb before it: in force now, not the plan's year ----
    pytest.param(
        "2026-03-10",
        (
            "На программу в текущем году в бюджете предусмотрено 40 млрд тенге.\n"
            "Многодетные семьи получают ежемесячную надбавку — 2 МРП на каждого ребенка. Студенты "
            "из таких семей получают стипендию — 52 тыс. тенге в месяц."
        ),
        {
            4e10: (("2026-01-01", "2026-12-31"), "plan"),
            2: (("2026-03-10", "2026-03-10"), "actual"),
            52000: (("2026-03-10", "2026-03-10"), "actual"),
        },
        id="rate_after_dash_in_force_now",
    ),
    # look-alike: the verb before the dash in the past keeps the span
    pytest.param(
        "2026-03-10",
        (
            "В 2025 году на программу направили 38 млрд тенге.\n"
            "Многодетные семьи получили единовременную выплату — 3 МРП на каждого ребенка."
        ),
        {3: (("2025-01-01", "2025-12-31"), "actual")},
        id="past_before_dash_keeps_year",
    ),
    # --- money paid "since the start of the year" runs to publication, though a stock day came before
    pytest.param(
        "2026-03-12",
        (
            "На 1 марта 2026 года пособие получают 61,4 тыс. семей. С начала года на выплаты направлено "
            "4,8 млрд тенге."
        ).replace("тенge", "тенге"),
        {
            61400: (("2026-03-01", "2026-03-01"), "actual"),
            4.8e9: (("2026-01-01", "2026-03-12"), "actual"),
        },
        id="money_since_year_start_after_stock_day",
    ),
    # look-alike: a change of the stock since the start of the year keeps the days to the stock day
    pytest.param(
        "2025-11-04",
        "На 1 октября 2025 года население области составило 1,2 млн человек. С начала года оно выросло на 9 тыс.",
        {9000: (("2025-01-01", "2025-09-30"), "actual")},
        id="stock_change_since_year_start_kept",
    ),
]


@pytest.mark.parametrize(("published", "body", "gold"), CASES)
def test_fs38ru_classes(published: str, body: str, gold: dict[float, tuple[object, str]]) -> None:
    _check(published, body, gold)


# --- people per one (a ratio of two counts) is "other", like a rate per 1,000 (FORMAT.md) -----------
PER_ONE = [
    ("В районе работают 212 учителей, в среднем 19 учеников на одного педагога.", 19, "other"),
    ("В Павлодаре на одного терапевта приходится около 2100 жителей.", 2100, "other"),
    ("В среднем 27 пациентов на одну медсестру приходится в городских больницах.", 27, "other"),
    # look-alikes: a head count, a measure or money per head keep their units
    ("В районе работают 212 учителей, в среднем 19 учеников на одного педагога.", 212, "count"),
    ("На одного жителя в среднем пришлось 14 яиц за месяц.", 14, "count"),
    ("На одного туриста пришлось 85 тыс. тенге расходов.", 85000, "KZT"),
    ("На одного казахстанца пришлось 4,2 кг рыбы.", 4.2, "kg"),
]


@pytest.mark.parametrize(("body", "value", "unit"), PER_ONE)
def test_people_per_one_is_other(body: str, value: float, unit: str) -> None:
    found = {i.value: i.unit for i in extract_indicators(body, date(2025, 9, 13), "", "ru")}
    assert found[value] == unit, found


# --- a bare scaled amount before "— на ..." (the verb left out) takes the sentence's unit -----------
DASH_PARTS = [
    ("Всего освоено 42,5 млрд тенге: 30,1 млрд пришлось на дороги, а 12,4 млрд — на мосты.", 12.4e9, "KZT"),
    (
        "Собрано 3,2 млн тонн зерна, из них 2,1 млн — на севере области и 1,1 млн — для семенного фонда.",
        1.1e6,
        "tonne",
    ),
    # look-alike: a count with its noun keeps its unit
    ("Выделено 5,2 млрд тенге, из них 1,2 млн — на 40 тыс. семей.", 40000, "count"),
]


@pytest.mark.parametrize(("body", "value", "unit"), DASH_PARTS)
def test_bare_scaled_before_dash_takes_unit(body: str, value: float, unit: str) -> None:
    found = {round(i.value, 3): i.unit for i in extract_indicators(body, date(2025, 6, 1), "", "ru")}
    assert found[round(value, 3)] == unit, found
