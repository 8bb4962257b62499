"""Russian classes found on the paraphrase set p41 (each d39 article told in other words; extractor
+ps41ru): a rule that read the original's wording is widened to the mechanism. Sentences of our own,
labelled per tests/realworld/FORMAT.md, with look-alikes that keep their reading."""

from __future__ import annotations

import pytest

from tests.test_cyrillic_ru11_classes import ANY, _check

CASES = [
    # --- "за 12 месяцев" with no year is a span of a year, as "за год": the level's month ------------
    pytest.param(
        "2024-04-03",
        "",
        (
            "В марте 2024 года годовая инфляция в стране замедлилась до 8,7%. За 12 месяцев хлеб "
            "подорожал на 6,2%, а овощи – на 11,4%."
        ),
        {
            8.7: (("2024-03-01", "2024-03-31"), "actual"),
            6.2: (("2024-03-01", "2024-03-31"), "actual"),
            11.4: (("2024-03-01", "2024-03-31"), "actual"),
        },
        id="twelve_months_beside_a_month",
    ),
    pytest.param(
        "2023-09-05",
        "",
        (
            "По итогам августа 2023 года цены на платные услуги выросли на 12,1% в годовом выражении. "
            "Тарифы на газ за 12 месяцев поднялись на 9,3%."
        ),
        {
            12.1: (("2023-08-01", "2023-08-31"), "actual"),
            9.3: (("2023-08-01", "2023-08-31"), "actual"),
        },
        id="twelve_months_mid_sentence",
    ),
    # look-alikes: twelve months of a named year keep that year; "первых 12 месяцев" too
    pytest.param(
        "2024-02-10",
        "",
        "За 12 месяцев 2023 года в регионе родились 41 тыс. детей.",
        {41000: (("2023-01-01", "2023-12-31"), "actual")},
        id="twelve_months_of_a_year_kept",
    ),
    pytest.param(
        "2025-02-11",
        "",
        "За 2024 год в области зарегистрировано 9 200 браков. Число умерших за 12 месяцев составило 6 310 человек.",
        {
            9200: (("2024-01-01", "2024-12-31"), "actual"),
            6310: (("2024-01-01", "2024-12-31"), "actual"),
        },
        id="twelve_months_after_a_named_year",
    ),
    # --- "the same span" of a year worded "за те же месяцы", "за этот период", and what goes on with it --
    pytest.param(
        "2023-07-20",
        "",
        (
            "В первом полугодии 2023 года порты региона перевалили 3,8 млн тонн грузов. За те же месяцы "
            "2022 года через них прошло 3,1 млн тонн, а в 2021 году – 2,9 млн."
        ),
        {
            3.8e6: (("2023-01-01", "2023-06-30"), "actual"),
            3.1e6: (("2022-01-01", "2022-06-30"), "actual"),
            2.9e6: (("2021-01-01", "2021-06-30"), "actual"),
        },
        id="same_months_of_a_year",
    ),
    pytest.param(
        "2024-10-15",
        "",
        (
            "За девять месяцев 2024 года музеи области приняли 412 тыс. посетителей. За этот период 2023 "
            "года их было 380 тыс. против 301 тыс. годом ранее."
        ),
        {
            412000: (("2024-01-01", "2024-09-30"), "actual"),
            380000: (("2023-01-01", "2023-09-30"), "actual"),
            301000: (("2022-01-01", "2022-09-30"), "actual"),
        },
        id="this_period_of_a_year_and_a_year_before",
    ),
    # --- an elliptic year after months of a year named outright goes on with those months -----------
    pytest.param(
        "2021-08-18",
        "",
        "В январе–июле 2021 года в столице зарегистрировали 14,2 тыс. новых автомобилей, в 2020-м – 11,6 тыс.",
        {
            14200: (("2021-01-01", "2021-07-31"), "actual"),
            11600: (("2020-01-01", "2020-07-31"), "actual"),
        },
        id="months_named_then_elliptic_year",
    ),
    # look-alikes: after a single month or a whole year the elliptic year is that whole year
    pytest.param(
        "2022-06-05",
        "",
        "В мае 2022 года цены на бензин выросли на 1,3%, в 2021 году – на 9,8%.",
        {1.3: (("2022-05-01", "2022-05-31"), "actual"), 9.8: (("2021-01-01", "2021-12-31"), "actual")},
        id="single_month_then_year_kept",
    ),
    pytest.param(
        "2024-03-01",
        "",
        "В 2023 году в области построили 610 км дорог, в 2022-м – 540 км.",
        {610: (("2023-01-01", "2023-12-31"), "actual"), 540: (("2022-01-01", "2022-12-31"), "actual")},
        id="whole_year_then_year_kept",
    ),
    pytest.param(
        "2024-08-05",
        "",
        "В январе–июне 2024 года на вокзалах продано 7,2 млн билетов, в 2023-м – 15,1 млн за весь год.",
        {7.2e6: (("2024-01-01", "2024-06-30"), "actual"), 15.1e6: (("2023-01-01", "2023-12-31"), "actual")},
        id="elliptic_year_told_as_whole_year_kept",
    ),
]


@pytest.mark.parametrize(("published", "title", "body", "gold"), CASES)
def test_ps41ru_classes(published: str, title: str, body: str, gold: dict[float, tuple[object, str]]) -> None:
    _check(published, body, gold, title)


KIND_CASES = [
    # --- a list of projects opened by "В числе/Среди ... проектов –": their size is a plan -------------
    pytest.param(
        "2025-06-12",
        "",
        (
            "В 2024 году в области обновили 40 км теплосетей. В числе ключевых проектов – ветропарк на "
            "150 МВт и солнечная станция на 50 МВт."
        ),
        {40: (("2024-01-01", "2024-12-31"), "actual"), 150: (ANY, "plan"), 50: (ANY, "plan")},
        id="among_projects_size_is_plan",
    ),
    # look-alike: a project told as built keeps its capacity actual
    pytest.param(
        "2025-06-12",
        "",
        "В 2024 году введены новые мощности. Среди проектов – ТЭЦ на 120 МВт, которую сдали в декабре.",
        {120: (ANY, "actual")},
        id="among_projects_built_stays_actual",
    ),
    # --- a count of years told with what a plan provides for, after a past year: the years ahead ------
    pytest.param(
        "2025-05-14",
        "",
        (
            "В прошлом году на станциях заменили 12 котлов. В течение пяти лет в стране предусмотрено "
            "строительство 3 500 км газопроводов."
        ),
        {12: (("2024-01-01", "2024-12-31"), "actual"), 3500: (("2025-05-14", "2030-05-14"), "plan")},
        id="years_ahead_after_a_past_year",
    ),
    # --- a rule's worked example told with "с N-летним стажем": in force now ------------------------
    pytest.param(
        "2025-03-20",
        "",
        (
            "На 1 марта 2025 года средняя пенсия составила 150 200 тенге. Например, пенсионер с "
            "25-летним стажем получит 100% прожиточного минимума."
        ),
        {150200: (("2025-03-01", "2025-03-01"), "actual"), 100: (("2025-03-20", "2025-03-20"), "actual")},
        id="worked_example_with_length_of_service",
    ),
    # --- the present passive "модернизируются" is works under way, a state now ----------------------
    pytest.param(
        "2025-11-05",
        "",
        (
            "В этом году построено 48 амбулаторий. Кроме того, 17 поликлиник модернизируются по новому "
            "стандарту. В 2026 году модернизируют еще 9 поликлиник."
        ),
        {
            48: (("2025-01-01", "2025-12-31"), "actual"),
            17: (("2025-11-05", "2025-11-05"), "actual"),
            9: (("2026-01-01", "2026-12-31"), "plan"),
        },
        id="modernised_now_vs_ahead",
    ),
    # --- a lead's running total told undated, its report's day named in the next sentence -------------
    pytest.param(
        "2023-09-18",
        "",
        (
            "Аграрии области намолотили более 3 млн тонн зерна. По данным управления сельского хозяйства, на "
            "15 сентября убрано 1,9 млн га, урожайность составила 15,6 ц/га."
        ),
        {
            3e6: (("2023-09-15", "2023-09-15"), "actual"),
            1.9e6: (("2023-09-15", "2023-09-15"), "actual"),
        },
        id="lead_total_dated_by_the_report_day_after_it",
    ),
    # look-alikes: a present state in the lead stays at publication; a day long before is no report's day
    pytest.param(
        "2023-09-18",
        "",
        "В области работают 46 элеваторов. На 15 сентября убрано 1,9 млн га.",
        {46: (("2023-09-18", "2023-09-18"), "actual"), 1.9e6: (("2023-09-15", "2023-09-15"), "actual")},
        id="lead_present_state_kept",
    ),
    pytest.param(
        "2023-09-18",
        "",
        "Аграрии намолотили более 3 млн тонн зерна. На 1 августа было убрано 0,4 млн га.",
        {3e6: (("2023-09-18", "2023-09-18"), "actual")},
        id="lead_total_not_dated_by_an_old_day",
    ),
]


@pytest.mark.parametrize(("published", "title", "body", "gold"), KIND_CASES)
def test_ps41ru_kinds(published: str, title: str, body: str, gold: dict[float, tuple[object, str]]) -> None:
    _check(published, body, gold, title)


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        (
            "Рожь убрали с 40 тыс. га, получая по 12,5 центнера с каждого гектара.",
            "12,5 центнера с каждого гектара",
            "centner_per_hectare",
        ),
        ("В городе построят 120-мегаваттную станцию.", "120-мегаваттную", "MW"),
        ("Рядом заработает 2-гигаваттная АЭС.", "2-гигаваттная", "GW"),
        # a base set against a level right after it takes the level's unit at the same scale
        ("Шымкент оказал услуг на 40,2 млрд тенге против 31,7 млрд за тот же период.", "31,7 млрд", "KZT"),
        (
            "Всего выплачено 90 млрд тенге. Большая часть – 61,5 млрд – ушла на пенсии, остальное – 28,5 млрд тенге – на пособия.",
            "61,5 млрд",
            "KZT",
        ),
        # look-alikes: a count after "против" keeps its noun; a scale unlike the level's is left alone
        ("Привлекли 5 млрд тенге против 300 млн человек в прошлом году.", "300 млн", "count"),
        ("Собрано 2,1 млн тонн зерна против 900 тыс. в прошлом году.", "900 тыс.", "count"),
    ],
)
def test_ps41ru_units(text: str, surface: str, unit: str) -> None:
    from datetime import date

    from tests.figure_lookup import figure_by_surface

    assert figure_by_surface(text, surface, date(2024, 6, 1), language="ru").unit == unit
