"""Russian classes found on the fresh set d41 at first sight (extractor +fs41ru): sentences of our
own, labelled per tests/realworld/FORMAT.md, with look-alikes that keep their reading."""

from __future__ import annotations

import pytest

from tests.test_cyrillic_ru11_classes import _check


# --- what is at work now ("задействованы", "заняты") under a span carried in and still running ------
@pytest.mark.parametrize(
    ("published", "body", "gold"),
    [
        pytest.param(
            "2025-10-02",
            "В этом году хлеборобы района посеяли 310 тыс. гектаров.\n"
            "На полях задействованы 2,7 тыс. комбайнов и 4 100 грузовиков.",
            {
                310000: (("2025-01-01", "2025-12-31"), "actual"),
                2700: (("2025-10-02", "2025-10-02"), "actual"),
                4100: (("2025-10-02", "2025-10-02"), "actual"),
            },
            id="machines_at_work_after_this_year",
        ),
        pytest.param(
            "2025-08-14",
            "С начала года предприятия отрасли выпустили продукции на 1,2 трлн тенге.\n"
            "Сейчас на заводах заняты около 41 тыс. человек.",
            {
                1.2e12: (("2025-01-01", "2025-08-14"), "actual"),
                41000: (("2025-08-14", "2025-08-14"), "actual"),
            },
            id="people_employed_after_year_to_date",
        ),
        # look-alikes: a past year keeps its machines; "были задействованы" is told of that span;
        # land "занято" under a crop is the season's sowing
        pytest.param(
            "2025-10-02",
            "В 2024 году аграрии собрали 1,9 млн тонн зерна. На уборке задействованы 2,5 тыс. комбайнов.",
            {
                1900000: (("2024-01-01", "2024-12-31"), "actual"),
                2500: (("2024-01-01", "2024-12-31"), "actual"),
            },
            id="past_year_keeps_its_machines",
        ),
        pytest.param(
            "2025-10-02",
            "В этом году аграрии засеяли 300 тыс. гектаров. В уборке были задействованы 2 тыс. комбайнов.",
            {2000: (("2025-01-01", "2025-12-31"), "actual")},
            id="were_at_work_keeps_the_year",
        ),
        pytest.param(
            "2025-10-02",
            "В этом году посевы выросли. Под пшеницей занято 120 тыс. гектаров.",
            {120000: (("2025-01-01", "2025-12-31"), "actual")},
            id="land_under_crop_keeps_the_year",
        ),
    ],
)
def test_at_work_now(published: str, body: str, gold: dict) -> None:
    _check(published, body, gold)


# --- a store's capacity: "рассчитаны на", "способны принять" under a running span ---------------------
@pytest.mark.parametrize(
    ("published", "body", "gold"),
    [
        pytest.param(
            "2025-09-20",
            "С начала года элеваторы приняли 1,1 млн тонн зерна.\n"
            "Емкость хранилищ региона рассчитана на 2,3 млн тонн. Еще 400 тыс. тонн способны принять "
            "частные склады.",
            {
                1100000: (("2025-01-01", "2025-09-20"), "actual"),
                2300000: (("2025-09-20", "2025-09-20"), "actual"),
                400000: (("2025-09-20", "2025-09-20"), "actual"),
            },
            id="storage_capacity_now",
        ),
        pytest.param(
            "2025-09-20",
            "В этом году в области собрано 900 тыс. тонн овощей. Мощности овощехранилищ рассчитаны на "
            "350 тыс. тонн, а новые склады способны хранить еще 60 тыс. тонн.",
            {
                900000: (("2025-01-01", "2025-12-31"), "actual"),
                350000: (("2025-09-20", "2025-09-20"), "actual"),
                60000: (("2025-09-20", "2025-09-20"), "actual"),
            },
            id="vegetable_stores_now",
        ),
        # look-alike: what was built in the span keeps its seats ("школы рассчитаны на ... мест")
        pytest.param(
            "2025-09-20",
            "В этом году в области построено 12 школ. Новые школы рассчитаны на 7 200 мест.",
            {12: (("2025-01-01", "2025-12-31"), "actual"), 7200: (("2025-01-01", "2025-12-31"), "actual")},
            id="built_schools_keep_the_year",
        ),
    ],
)
def test_capacity_now(published: str, body: str, gold: dict) -> None:
    _check(published, body, gold)


# --- a season's campaign named by "на" ("на осеннюю уборочную кампанию выделено ...") ----------------
@pytest.mark.parametrize(
    ("published", "body", "gold"),
    [
        pytest.param(
            "2025-09-24",
            "С начала года хозяйства купили 300 тракторов.\n"
            "На осеннюю уборочную кампанию выделено 18 тыс. тонн дизельного топлива.",
            {300: (("2025-01-01", "2025-09-24"), "actual"), 18000: (("2025-09-01", "2025-11-30"), "plan")},
            id="autumn_campaign_fuel",
        ),
        pytest.param(
            "2025-03-12",
            "На весеннюю полевую кампанию аграриям выделят 260 тыс. тонн удешевленного топлива.",
            {260000: (("2025-03-01", "2025-05-31"), "plan")},
            id="spring_campaign_fuel",
        ),
        # look-alike: the heating season ("осенне-зимний период") is no autumn
        pytest.param(
            "2025-09-10",
            "На осенне-зимний период заготовлено 1,2 млн тонн угля.",
            {1200000: (("2025-09-10", "2025-09-10"), "actual")},
            id="heating_season_is_no_autumn",
        ),
    ],
)
def test_campaign_named_with_na(published: str, body: str, gold: dict) -> None:
    _check(published, body, gold)


# --- a ranking told by any comparative with "всего" keeps the report's span ---------------------------
@pytest.mark.parametrize(
    ("published", "body", "gold"),
    [
        pytest.param(
            "2024-02-10",
            "В 2022 году предприятия области сбросили 61 млн кубометров сточных вод. Сильнее всего "
            "загрязняет реки металлургия — 24 млн кубометров.",
            {61e6: (("2022-01-01", "2022-12-31"), "actual"), 24e6: (("2022-01-01", "2022-12-31"), "actual")},
            id="strongest_polluter",
        ),
        pytest.param(
            "2024-02-10",
            "В 2023 году в стране продали 140 тыс. новых машин. Активнее всего покупают кроссоверы — "
            "62 тыс. штук.",
            {
                140000: (("2023-01-01", "2023-12-31"), "actual"),
                62000: (("2023-01-01", "2023-12-31"), "actual"),
            },
            id="most_actively_bought",
        ),
    ],
)
def test_comparative_ranking_keeps_span(published: str, body: str, gold: dict) -> None:
    _check(published, body, gold)


# --- all of a planned whole, named as a preposition's object with its participle after the noun ------
@pytest.mark.parametrize(
    ("published", "body", "gold"),
    [
        pytest.param(
            "2024-07-23",
            "Проекты прошли экспертизу по всем 480 объектам, запланированным в рамках программы. "
            "На сегодня построено 95.",
            {480: ((None, None), "plan"), 95: (("2024-07-23", "2024-07-23"), "actual")},
            id="all_planned_objects",
        ),
        pytest.param(
            "2024-07-23",
            "Для всех 36 поликлиник, предусмотренных нацпроектом, уже подобраны участки.",
            {36: ((None, None), "plan")},
            id="all_provided_clinics",
        ),
        # look-alike: a count built, its noun qualified by the plan it belonged to, stays what was done
        pytest.param(
            "2024-07-23",
            "На сегодня построено 40 школ, запланированных программой.",
            {40: (("2024-07-23", "2024-07-23"), "actual")},
            id="built_of_planned_stays_actual",
        ),
    ],
)
def test_all_of_planned_whole(published: str, body: str, gold: dict) -> None:
    _check(published, body, gold)


# --- money for works whose outcome is told as reached is actual, even for the year under way -----------
@pytest.mark.parametrize(
    ("published", "body", "gold"),
    [
        pytest.param(
            "2025-11-28",
            "Аким подвел итоги водоснабжения области в 2025 году.\nЗа год к питьевой воде подключены 48 сел, "
            "доступ к ней получили 61 тыс. жителей. На реализацию этих проектов направлено 27 млрд тенге.",
            {27e9: (("2025-01-01", "2025-12-31"), "actual")},
            id="money_for_these_projects_after_access_gained",
        ),
        pytest.param(
            "2025-11-28",
            "В этом году на расширение сетей связи выделено 6,5 млрд тенге. В результате интернет стал "
            "доступен 240 селам.",
            {6.5e9: (("2025-01-01", "2025-12-31"), "actual")},
            id="money_then_as_a_result",
        ),
        # look-alikes: money for works still to come, or a result told only as expected, stays a plan
        pytest.param(
            "2025-11-28",
            "В этом году на строительство водопроводов выделено 9 млрд тенге. Работы завершат в 2026 году.",
            {9e9: (("2025-01-01", "2025-12-31"), "plan")},
            id="works_still_to_come",
        ),
        pytest.param(
            "2025-11-28",
            "В этом году на газификацию выделено 14 млрд тенге. В результате газ получат 30 сел.",
            {14e9: (("2025-01-01", "2025-12-31"), "plan")},
            id="result_still_ahead",
        ),
    ],
)
def test_money_for_outcome_reached(published: str, body: str, gold: dict) -> None:
    _check(published, body, gold)


# --- a place's population named as its attribute ("с населением N") is how many live there now ---------
@pytest.mark.parametrize(
    ("published", "body", "gold"),
    [
        pytest.param(
            "2025-12-15",
            "Аким подвел итоги газификации района в 2025 году.\nЗа год к газу подключены 70 сел, газ пришел в "
            "райцентр с населением около 38 тыс. "
            "человек.",
            {38000: (("2025-12-15", "2025-12-15"), "actual")},
            id="district_centre_population",
        ),
        pytest.param(
            "2025-12-15",
            "В этом году в области построены две дороги.\nК городу с численностью населения 52 тыс. "
            "жителей проложен новый водовод.",
            {52000: (("2025-12-15", "2025-12-15"), "actual")},
            id="town_population_by_numbers",
        ),
        # look-alike: a population's growth over the year keeps the year
        pytest.param(
            "2025-12-15",
            "В этом году население города выросло на 9 тыс. человек.",
            {9000: (("2025-01-01", "2025-12-31"), "actual")},
            id="population_growth_keeps_year",
        ),
    ],
)
def test_population_attribute_now(published: str, body: str, gold: dict) -> None:
    _check(published, body, gold)
