"""Russian classes found on the paraphrase set p43 (each d38 article told in other words; extractor
+ps43ru): a rule that read the original's wording is widened to the mechanism. Sentences of our own,
labelled per tests/realworld/FORMAT.md, with look-alikes that keep their reading."""

from __future__ import annotations

import pytest

from tests.test_cyrillic_ru11_classes import _check

CASES = [
    # --- a look back a week from the report's day, in other words than "неделей ранее" -------------
    pytest.param(
        "2024-09-17",
        "",
        (
            "По данным на 17 сентября, пшеница убрана на 61% площадей. За неделю до этого этот показатель "
            "составлял 48%."
        ),
        {61: (("2024-09-17", "2024-09-17"), "actual"), 48: (("2024-09-10", "2024-09-10"), "actual")},
        id="week_before_za_nedelyu_do_etogo",
    ),
    pytest.param(
        "2023-06-05",
        "",
        "Семь дней назад в хранилищах оставалось 120 тыс. тонн воды, сейчас – 95 тыс. тонн.",
        {120000: (("2023-05-29", "2023-05-29"), "actual"), 95000: (("2023-06-05", "2023-06-05"), "actual")},
        id="week_before_sem_dney_nazad",
    ),
    pytest.param(
        "2022-10-03",
        "",
        "Неделю тому назад цена литра бензина составляла 205 тенге.",
        {205: (("2022-09-26", "2022-09-26"), "actual")},
        id="week_before_nedelyu_tomu_nazad",
    ),
    # look-alike: "за неделю до выборов" is no look back from now
    pytest.param(
        "2022-10-03",
        "",
        "За неделю до выборов в 2021 году явка в опросах составляла 40%.",
        {40: (("2021-01-01", "2021-12-31"), "actual")},
        id="week_before_elections_kept",
    ),
    # --- "за семь дней" is "за неделю": the week up to the report --------------------------------
    pytest.param(
        "2025-10-21",
        "",
        (
            "По состоянию на 21 октября намолочено 26,3 млн тонн. Неделей ранее намолот составлял 25,9 млн "
            "тонн. Таким образом, за семь дней сбор вырос на 400 тыс. тонн."
        ),
        {
            26300000: (("2025-10-21", "2025-10-21"), "actual"),
            25900000: (("2025-10-14", "2025-10-14"), "actual"),
            400000: (("2025-10-14", "2025-10-21"), "actual"),
        },
        id="seven_days_the_week",
    ),
    # --- a lead told at the report's day is not moved to the day a week looked back to ----------
    pytest.param(
        "2025-10-21",
        "",
        (
            "Аграрии засыпали в закрома 26,3 млн тонн зерна. По состоянию на 21 октября обмолочено 15,7 млн "
            "га. За неделю до этого намолот составлял 25,9 млн тонн."
        ),
        {
            26300000: (("2025-10-21", "2025-10-21"), "actual"),
            15700000: (("2025-10-21", "2025-10-21"), "actual"),
            25900000: (("2025-10-14", "2025-10-14"), "actual"),
        },
        id="lead_not_dated_by_a_look_back",
    ),
    # look-alike (ps41ru): a report's day named after an undated lead still dates it
    pytest.param(
        "2024-10-02",
        "",
        "Урожай перевалил за 20 млн тонн. На 30 сентября зерновые обмолочены на 13,6 млн га.",
        {
            20000000: (("2024-09-30", "2024-09-30"), "actual"),
            13600000: (("2024-09-30", "2024-09-30"), "actual"),
        },
        id="lead_dated_by_report_day_kept",
    ),
    # --- a tally told now, in a running list, leaves the year before it (the bulleted list did) ----
    pytest.param(
        "2025-10-21",
        "",
        (
            "Всего в текущем году под зерновыми находится свыше 16 млн гектаров.\n"
            "Масличных к настоящему времени собрано 3 млн тонн, картофеля — 2,9 млн тонн, овощей — 3,9 млн "
            "тонн.\nСреди овощей лидирует лук: его накопано 1,2 млн тонн."
        ),
        {
            16000000: (("2025-01-01", "2025-12-31"), "actual"),
            3000000: (("2025-10-21", "2025-10-21"), "actual"),
            1200000: (("2025-10-21", "2025-10-21"), "actual"),
        },
        id="tally_now_in_prose_leaves_the_year",
    ),
    pytest.param(
        "2024-09-12",
        "",
        (
            "В этом году сахарную свеклу посеяли на 22 тыс. га. На сегодня накопано 180 тыс. тонн свеклы, "
            "моркови – 40 тыс. тонн. Больше всего собрали в Жамбылской области – 95 тыс. тонн."
        ),
        {
            22000: (("2024-01-01", "2024-12-31"), "actual"),
            180000: (("2024-09-12", "2024-09-12"), "actual"),
            95000: (("2024-09-12", "2024-09-12"), "actual"),
        },
        id="tally_now_in_prose_second",
    ),
    # look-alike: one told-now figure leaves the year's scene as it was (h32-ru-03, d31-ru-01)
    pytest.param(
        "2025-09-23",
        "",
        (
            "Всего в этом году под зерновые отведено 16 млн гектаров, из них на сегодня убрано 64%. По "
            "прогнозу, урожай составит 24 млн тонн."
        ),
        {
            16000000: (("2025-01-01", "2025-12-31"), "actual"),
            24000000: (("2025-01-01", "2025-12-31"), "forecast"),
        },
        id="single_now_figure_keeps_the_year",
    ),
    # --- the poverty line the law sets is in force now, after a past year's figures ------------
    pytest.param(
        "2026-02-09",
        "",
        (
            "В 2025 году помощь получили 292,7 тыс. человек. Черта бедности составляет 35% медианного "
            "дохода в регионе."
        ),
        {292700: (("2025-01-01", "2025-12-31"), "actual"), 35: (("2026-02-09", "2026-02-09"), "actual")},
        id="poverty_line_now",
    ),
    pytest.param(
        "2024-03-01",
        "",
        "В 2023 году выплаты выросли на 12%. Порог бедности определяется на уровне 70% прожиточного минимума.",
        {12: (("2023-01-01", "2023-12-31"), "actual"), 70: (("2024-03-01", "2024-03-01"), "actual")},
        id="poverty_threshold_now",
    ),
    # look-alike: a share of the poor over the year keeps the year
    pytest.param(
        "2026-02-09",
        "",
        "В 2025 году доля населения с доходами ниже черты бедности составила 5,2%.",
        {5.2: (("2025-01-01", "2025-12-31"), "actual")},
        id="share_below_the_line_kept",
    ),
    # --- a current amount exceeding an older one, in other words ("превосходит", across a dash) --
    pytest.param(
        "2025-12-26",
        "",
        (
            "За 11 месяцев импортировано 3,8 тыс. тонн мяса. Прежний рекорд был установлен в январе–ноябре "
            "2022 года, но нынешний импорт превосходит и его — на 12% по объему и на 17% по стоимости."
        ),
        {
            3800: (("2025-01-01", "2025-11-30"), "actual"),
            12: (("2025-01-01", "2025-11-30"), "actual"),
            17: (("2025-01-01", "2025-11-30"), "actual"),
        },
        id="current_amount_exceeds_across_dash",
    ),
    pytest.param(
        "2024-10-10",
        "",
        (
            "За девять месяцев добыто 51 млн тонн угля. Лучшим был результат января–сентября 2019 года, "
            "но текущая добыча превосходит его на 4%."
        ),
        {51000000: (("2024-01-01", "2024-09-30"), "actual"), 4: (("2024-01-01", "2024-09-30"), "actual")},
        id="current_amount_exceeds_verb",
    ),
    # --- a verbless part ("в том числе") of a count told as the school year opens -----------------
    pytest.param(
        "2023-08-31",
        "",
        "Новый учебный год начинают около 3,9 млн школьников, в том числе порядка 382 тыс. первоклассников.",
        {3900000: (("2023-09-01", "2024-05-31"), "actual"), 382000: (("2023-09-01", "2024-05-31"), "actual")},
        id="school_year_part_goes_with_its_verb",
    ),
    pytest.param(
        "2024-08-30",
        "",
        "В новом учебном году в первые классы зачислены 120 тыс. детей, в том числе 14 тыс. в сельских школах.",
        {120000: (("2024-09-01", "2025-05-31"), "actual"), 14000: (("2024-09-01", "2025-05-31"), "actual")},
        id="school_year_part_iz_nih",
    ),
    # look-alike: a part of a count still expected stays an outlook
    pytest.param(
        "2023-08-31",
        "",
        "В новом учебном году ожидается 3,9 млн школьников, из них 382 тыс. первоклассников.",
        {
            3900000: (("2023-09-01", "2024-05-31"), "forecast"),
            382000: (("2023-09-01", "2024-05-31"), "forecast"),
        },
        id="school_year_part_expected_kept",
    ),
    # --- the old level's own span between "с" and "до", in other words than "в 2023 году" ---------
    pytest.param(
        "2024-11-20",
        "",
        (
            "Экспорт за девять месяцев 2024 года вырос на 54,5%. Производство увеличилось на 3,2%: с 50,3 "
            "тыс. тонн за январь–сентябрь прошлого года до 51,9 тыс. тонн."
        ),
        {50300: (("2023-01-01", "2023-09-30"), "actual"), 51900: (("2024-01-01", "2024-09-30"), "actual")},
        id="old_level_span_between_from_and_to",
    ),
    pytest.param(
        "2024-08-01",
        "",
        "За первое полугодие 2024 года добыто 5 млн тонн угля. Добыча руды выросла с 1,1 млн тонн в январе–июне прошлого года до 1,4 млн тонн.",
        {
            1100000: (("2023-01-01", "2023-06-30"), "actual"),
            1400000: (("2024-01-01", "2024-06-30"), "actual"),
        },
        id="old_level_last_year_between",
    ),
    # --- "учебный год встречают / начинают N детей": the school year begun (as Kazakh "оқу жылын бастайды")
    pytest.param(
        "2023-08-31",
        "",
        ("Сейчас в стране работают 7,7 тыс. школ. В новых зданиях учебный год встречают 55 тыс. детей."),
        {7700: (("2023-08-31", "2023-08-31"), "actual"), 55000: (("2023-09-01", "2024-05-31"), "actual")},
        id="school_year_met",
    ),
    pytest.param(
        "2024-08-28",
        "",
        "В регионе действуют 420 школ. В сельской местности начинают учебный год 61 тыс. учеников.",
        {420: (("2024-08-28", "2024-08-28"), "actual"), 61000: (("2024-09-01", "2025-05-31"), "actual")},
        id="school_year_begun_verb_first",
    ),
]


@pytest.mark.parametrize(("published", "title", "body", "gold"), CASES)
def test_ps43ru_classes(published: str, title: str, body: str, gold: dict[float, tuple[object, str]]) -> None:
    _check(published, body, gold, title)


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        # people per one, the place and "в среднем" between, or the one as the subject
        ("На одного врача в Жамбылской области в среднем приходится около 344 жителей.", "344", "other"),
        ("В Алматы один врач обслуживал 146 пациентов.", "146", "other"),
        ("На одну медсестру в сельских районах области приходится 520 человек.", "520", "other"),
        # look-alikes: a count of things, or of people with no "per one", keeps its unit
        ("Один завод выпустил 146 тракторов.", "146", "count"),
        ("В области работают 3 548 врачей.", "3 548", "count"),
    ],
)
def test_ps43ru_units(text: str, surface: str, unit: str) -> None:
    from datetime import date

    from tests.figure_lookup import figure_by_surface

    assert figure_by_surface(text, surface, date(2025, 9, 13), language="ru").unit == unit
