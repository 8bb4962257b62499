"""Russian classes found on the paraphrase set p42 (a second rewrite of each d39 article; extractor
+ps42ru): a rule that read the original's wording is widened to the mechanism. Sentences of our own,
labelled per tests/realworld/FORMAT.md, with look-alikes that keep their reading."""

from __future__ import annotations

import pytest

from tests.test_cyrillic_ru11_classes import _check

CASES = [
    # --- "к <day>" after the words of its clause: the day a total stood at, as "К <day>" opening it --
    pytest.param(
        "2019-10-03",
        "",
        "Свыше 18 млн тонн зерна намолотили фермеры к 30 сентября.",
        {18000000: (("2019-09-30", "2019-09-30"), "actual")},
        id="by_day_after_words",
    ),
    pytest.param(
        "2021-06-04",
        "",
        (
            "Вакцину получили 1,2 млн жителей к 1 июня, сообщили в минздраве. Из них обе дозы к этой дате "
            "получили 640 тыс. человек."
        ),
        {1200000: (("2021-06-01", "2021-06-01"), "actual"), 640000: (("2021-06-01", "2021-06-01"), "actual")},
        id="by_day_after_words_carried",
    ),
    pytest.param(
        "2024-04-12",
        "",
        "Посевы яровых в области заняли 45 тыс. гектаров к 10 апреля 2024 года.",
        {45000: (("2024-04-10", "2024-04-10"), "actual")},
        id="by_day_after_words_with_year",
    ),
    # a number of places or an area with "на" in the clause is no change ("убраны на 13,6 млн га")
    pytest.param(
        "2019-10-03",
        "",
        "Подсолнечник убран на 640 тыс. гектаров к 1 октября.",
        {640000: (("2019-10-01", "2019-10-01"), "actual")},
        id="by_day_after_area_on",
    ),
    pytest.param(
        "2019-10-03",
        "",
        "В 12 районах засыпали 3,1 млн тонн зерна к 1 октября.",
        {3100000: (("2019-10-01", "2019-10-01"), "actual")},
        id="by_day_after_places",
    ),
    # look-alike: a change told with its verb keeps the day as its base
    pytest.param(
        "2019-10-03",
        "",
        "Запасы на элеваторах выросли на 2 млн тонн к 1 сентября.",
        {2000000: (("2019-10-03", "2019-10-03"), "actual")},
        id="by_day_base_of_change_verb_kept",
    ),
    # "к концу <the month just gone>": the month's last day, not next year's deadline
    pytest.param(
        "2019-10-03",
        "",
        "К концу сентября хлеборобы обмолотили 14,2 млн гектаров.",
        {14200000: (("2019-09-30", "2019-09-30"), "actual")},
        id="by_end_of_month_just_gone",
    ),
    pytest.param(
        "2019-10-03",
        "",
        "Хлеборобы обмолотили 14,2 млн гектаров к концу сентября.",
        {14200000: (("2019-09-30", "2019-09-30"), "actual")},
        id="by_end_of_month_just_gone_after_words",
    ),
    # look-alike: the month under way stays a deadline
    pytest.param(
        "2019-10-03",
        "",
        "К концу октября планируется обмолотить 15 млн гектаров.",
        {15000000: ((None, "2019-10-31"), "plan")},
        id="by_end_of_month_ahead_kept",
    ),
    # look-alikes: a change told before "к <day>" keeps the day as its base (no period of its own);
    # a yearless day still ahead is no day of last year
    pytest.param(
        "2019-10-03",
        "",
        "Депозиты населения выросли на 7% к 1 января.",
        {7: (("2019-10-03", "2019-10-03"), "actual")},
        id="by_day_base_of_change_kept",
    ),
    pytest.param(
        "2019-10-03",
        "",
        "Портфель кредитов составил 9 трлн тенге, что на 4% больше, чем к 1 июля.",
        {9000000000000: (("2019-10-03", "2019-10-03"), "actual")},
        id="by_day_base_after_cem_kept",
    ),
    pytest.param(
        "2019-10-03",
        "",
        "Аграрии планируют засыпать 20 млн тонн зерна к 1 декабря.",
        {20000000: ((None, None), "plan")},
        id="by_day_ahead_kept",
    ),
    # --- a span told before a source's words set in with commas dates the clause after them -------
    pytest.param(
        "2024-12-20",
        "",
        "В 2020–2024 годах, по данным акимата, уже отремонтировано 340 км дорог.",
        {340: (("2020-01-01", "2024-12-31"), "actual")},
        id="span_before_source_insert",
    ),
    pytest.param(
        "2024-12-20",
        "",
        "В прошлом году, как сообщили в управлении, уже построили 12 школ.",
        {12: (("2023-01-01", "2023-12-31"), "actual")},
        id="last_year_before_source_insert",
    ),
    pytest.param(
        "2024-12-20",
        "",
        "В 2020–2024 годах, несмотря на засуху, уже обводнено 2,3 млн гектаров пастбищ.",
        {2300000: (("2020-01-01", "2024-12-31"), "actual")},
        id="span_before_aside",
    ),
    pytest.param(
        "2024-12-20",
        "",
        "За четыре года, с 2021 по 2024 год, уже газифицировано 160 сел.",
        {160: (("2021-01-01", "2024-12-31"), "actual")},
        id="span_in_apposition",
    ),
    pytest.param(
        "2024-12-20",
        "",
        "В 2022 году, когда программа стартовала, уже работали 35 центров.",
        {35: (("2022-01-01", "2022-12-31"), "actual")},
        id="year_before_when_clause",
    ),
    # look-alikes: "уже" in a clause of its own after a span with a verb keeps publication; a source's
    # day ("по данным на 1 мая") keeps its reading
    pytest.param(
        "2024-12-20",
        "",
        "В прошлом году открыли 10 школ, а сейчас уже строят 14 школ.",
        {10: (("2023-01-01", "2023-12-31"), "actual"), 14: (("2024-12-20", "2024-12-20"), "actual")},
        id="already_own_clause_kept",
    ),
    pytest.param(
        "2024-05-06",
        "",
        "По данным на 1 мая, как сообщили в минздраве, уже привиты 40% детей.",
        {40: (("2024-05-01", "2024-05-01"), "actual")},
        id="source_day_kept",
    ),
    # --- "в первые N месяцев" is "за первые N месяцев" -------------------------------------------
    pytest.param(
        "2023-06-15",
        "",
        "В первые пять месяцев 2022 года из области вывезли 310 тыс. тонн муки.",
        {310000: (("2022-01-01", "2022-05-31"), "actual")},
        id="v_pervye_n_mesyacev",
    ),
    pytest.param(
        "2023-06-15",
        "",
        "Экспорт в первые 3 месяца 2023 года достиг 1,2 млрд долларов, против 0,9 млрд годом ранее.",
        {
            1200000000: (("2023-01-01", "2023-03-31"), "actual"),
            900000000: (("2022-01-01", "2022-03-31"), "actual"),
        },
        id="v_pervye_n_mesyacev_year_before",
    ),
    pytest.param(
        "2023-06-15",
        "",
        "За четыре первых месяца 2022 года порт перевалил 1,9 млн тонн грузов.",
        {1900000: (("2022-01-01", "2022-04-30"), "actual")},
        id="n_pervyh_mesyacev_order",
    ),
    pytest.param(
        "2023-06-15",
        "",
        "В первые полгода 2022 года в область приехали 210 тыс. туристов.",
        {210000: (("2022-01-01", "2022-06-30"), "actual")},
        id="v_pervye_polgoda",
    ),
    pytest.param(
        "2023-06-15",
        "",
        "В первые три квартала 2022 года экспорт мяса составил 42 тыс. тонн.",
        {42000: (("2022-01-01", "2022-09-30"), "actual")},
        id="v_pervye_tri_kvartala",
    ),
    # look-alikes: the first months of something else than a year name no months of a year
    pytest.param(
        "2023-06-15",
        "",
        "В первые месяцы работы центр принял 400 пациентов.",
        {400: (("2023-06-15", "2023-06-15"), "actual")},
        id="v_pervye_mesyacy_kept",
    ),
    pytest.param(
        "2023-06-15",
        "",
        "В первые четыре месяца работы центр принял 450 пациентов.",
        {450: (("2023-06-15", "2023-06-15"), "actual")},
        id="v_pervye_n_mesyacev_raboty_kept",
    ),
    pytest.param(
        "2023-06-15",
        "",
        "В первые полгода после открытия музей посетили 30 тыс. человек.",
        {30000: (("2023-06-15", "2023-06-15"), "actual")},
        id="v_pervye_polgoda_posle_kept",
    ),
    # --- parts that add up to the total just told split it, with no "Из них" opening them --------
    pytest.param(
        "2024-03-12",
        "",
        (
            "По состоянию на 1 марта в области 12 400 получателей пособий. С начала года им выплачено 3,6 "
            "млрд тенге. Пособия по уходу составили 2,1 млрд, по рождению – 1,5 млрд тенге."
        ),
        {
            3600000000: (("2024-01-01", "2024-03-12"), "actual"),
            2100000000: (("2024-01-01", "2024-03-12"), "actual"),
            1500000000: (("2024-01-01", "2024-03-12"), "actual"),
        },
        id="parts_add_up_to_total",
    ),
    # look-alike: parts with periods of their own keep them
    pytest.param(
        "2024-03-12",
        "",
        (
            "По состоянию на 1 марта в области 12 400 получателей пособий. С начала года им выплачено 3,6 "
            "млрд тенге. В январе выплатили 2 млрд, в феврале – 1,6 млрд тенге."
        ),
        {
            2000000000: (("2024-01-01", "2024-01-31"), "actual"),
            1600000000: (("2024-02-01", "2024-02-29"), "actual"),
        },
        id="parts_own_months_kept",
    ),
    # --- a year in the nominative, its noun left out ("2023-й"); "в нынешнем –" in a list ----------
    pytest.param(
        "2024-11-20",
        "",
        "Самым урожайным стал 2022-й, когда собрали 22 млн тонн зерна.",
        {22000000: (("2022-01-01", "2022-12-31"), "actual")},
        id="year_nominative_ordinal",
    ),
    pytest.param(
        "2024-11-20",
        "",
        "В первый год программы, 2022-й, открыли 14 школ, в прошлом году – 20, в текущем – еще 26.",
        {
            14: (("2022-01-01", "2022-12-31"), "actual"),
            20: (("2023-01-01", "2023-12-31"), "actual"),
            26: (("2024-01-01", "2024-12-31"), "actual"),
        },
        id="year_apposition_and_this_year_elided",
    ),
    pytest.param(
        "2024-11-20",
        "",
        "В 2021 году построили 30 км дорог, в прошлом – 42 км, в этом – 55 км.",
        {
            30: (("2021-01-01", "2021-12-31"), "actual"),
            42: (("2023-01-01", "2023-12-31"), "actual"),
            55: (("2024-01-01", "2024-12-31"), "actual"),
        },
        id="last_and_this_year_elided",
    ),
    # look-alikes: "в прошлом – чемпион" is no year; a year's ordinal before its noun stays as read
    pytest.param(
        "2024-11-20",
        "",
        "Тренер сборной, в прошлом – чемпион мира, подготовил 12 призеров.",
        {12: (("2024-11-20", "2024-11-20"), "actual")},
        id="in_the_past_kept",
    ),
]


@pytest.mark.parametrize(("published", "title", "body", "gold"), CASES)
def test_ps42ru_classes(published: str, title: str, body: str, gold: dict[float, tuple[object, str]]) -> None:
    _check(published, body, gold, title)


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        # a list of projects told with a verb or headed by the projects: their sizes are to be built
        (
            "К крупнейшим проектам региона относятся ветропарк на 150 МВт и солнечная станция на 50 МВт.",
            "150 МВт",
            "plan",
        ),
        ("В число приоритетных проектов входят подстанция на 80 МВт и дорога длиной 42 км.", "42 км", "plan"),
        ("Крупнейшие проекты года – трасса длиной 120 км и мост на 800 метров.", "120 км", "plan"),
        # look-alikes: projects told finished keep their size a deed
        (
            "В прошлом году были завершены крупные проекты — две дороги общей протяженностью 311 км.",
            "311 км",
            "actual",
        ),
        (
            "К крупнейшим проектам относится ветропарк на 100 МВт, который запустили в мае.",
            "100 МВт",
            "actual",
        ),
    ],
    ids=[
        "k_proektam_otnosyatsya",
        "v_chislo_proektov_vhodyat",
        "proekty_dash",
        "finished_projects_kept",
        "launched_member_kept",
    ],
)
def test_ps42ru_projects_listed(text: str, surface: str, kind: str) -> None:
    from datetime import date

    from tests.figure_lookup import figure_by_surface

    assert figure_by_surface(text, surface, date(2025, 8, 25), language="ru").kind == kind


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        # the money a need was told to come to, in reported words: expected, as "оценивала потребность в"
        (
            "В 2022 году министр говорил, что на ремонт школ понадобится около 90 млрд тенге.",
            "90 млрд тенге",
            "forecast",
        ),
        (
            "Тогда аким заявил, что на реконструкцию сетей потребуется 14 млрд тенге.",
            "14 млрд тенге",
            "forecast",
        ),
        # "понадобится" is "потребуется": money still to be spent on work ahead is planned
        ("На ремонт дорог в этом году понадобится 5 млрд тенге.", "5 млрд тенге", "plan"),
        # look-alikes: a need reckoned now stays planned spending; money told spent stays a deed
        (
            "По расчетам управления, на субсидии в этом году потребуется около 8 млрд тенге.",
            "8 млрд тенге",
            "plan",
        ),
        ("Аким сообщил, что на ремонт уже потрачено 3 млрд тенге.", "3 млрд тенге", "actual"),
    ],
    ids=[
        "need_told_ponadobitsya",
        "need_told_potrebuetsya",
        "ponadobitsya_plan",
        "need_reckoned_kept",
        "spent_kept",
    ],
)
def test_ps42ru_need_told(text: str, surface: str, kind: str) -> None:
    from datetime import date

    from tests.figure_lookup import figure_by_surface

    assert figure_by_surface(text, surface, date(2025, 12, 10), language="ru").kind == kind


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        # a level to bring something to, told "вывести/выйти на": a goal's level, as "довести до"
        ("Министерство предложило вывести экспорт зерна на уровень 12 млн тонн.", "12 млн тонн", "target"),
        ("Отрасли предстоит к 2030 году выйти на выручку в объеме 2 трлн тенге.", "2 трлн тенге", "target"),
        ("Правительству предстоит вывести туризм на 5% ВВП к 2029 году.", "5%", "target"),
        # look-alikes: a planning verb makes it a plan; reckoning on a level stays an outlook; a deed ahead
        # stays a plan
        ("Компания планирует выйти на 45 млрд тенге выручки.", "45 млрд тенге", "plan"),
        ("Фермеры рассчитывают выйти на 3 млн тонн урожая.", "3 млн тонн", "forecast"),
        ("В 2026 году лесхозам предстоит высадить свыше 208 млн сеянцев.", "208 млн", "plan"),
    ],
    ids=[
        "vyvesti_na_uroven",
        "vyyti_v_obeme",
        "vyvesti_na_percent",
        "planned_kept",
        "reckoned_kept",
        "deed_kept",
    ],
)
def test_ps42ru_reach_level(text: str, surface: str, kind: str) -> None:
    from datetime import date

    from tests.figure_lookup import figure_by_surface

    assert figure_by_surface(text, surface, date(2023, 10, 4), language="ru").kind == kind


@pytest.mark.parametrize(
    ("text", "surface", "unit", "value"),
    [
        # a part told before its whole takes the whole's unit (and scale, when it has none of its own)
        ("Орошается лишь 1,4 млн из 2,1 млн гектаров пашни.", "1,4 млн", "hectare", 1.4e6),
        ("Вывезено 8,2 из 11 млн тонн угля.", "8,2", "tonne", 8.2e6),
        ("Освоено 41 млрд из 60 млрд тенге.", "41 млрд", "KZT", 4.1e10),
        # look-alike: a part of a count of things stays a count
        ("Планы выполнили 15 из 20 районов.", "15", "count", 15),
    ],
    ids=["part_of_whole_scaled", "part_of_whole_bare", "part_of_whole_money", "count_kept"],
)
def test_ps42ru_part_of_whole_unit(text: str, surface: str, unit: str, value: float) -> None:
    from datetime import date

    from tests.figure_lookup import figure_by_surface

    figure = figure_by_surface(text, surface, date(2025, 12, 19), language="ru")
    assert (figure.unit, figure.value) == (unit, pytest.approx(value))
