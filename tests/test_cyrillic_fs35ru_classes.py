"""Russian period and kind classes found at first sight of the blind sets h34 and h35 (extractor
+fs35ru): sentences of our own, labelled per tests/realworld/FORMAT.md, several per class, with
look-alikes that must keep their old reading. Every class below was read wrong before +fs35ru."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators
from tests.test_cyrillic_ru11_classes import ANY, _check

CASES = [
    # --- a day of telling dates what was told then, not a present state of a later paragraph ------
    pytest.param(
        "2025-11-12",
        (
            "11 ноября в городском акимате сообщили, что к отоплению подключено 640 жилых домов.\n"
            "По данным областного управления, в регионе действуют 17 котельных. Протяженность "
            "тепловых сетей составляет 212 км."
        ),
        {
            640: (("2025-11-11", "2025-11-11"), "actual"),
            17: (("2025-11-12", "2025-11-12"), "actual"),
            212: (("2025-11-12", "2025-11-12"), "actual"),
        },
        id="told_day_stops_at_later_paragraph",
    ),
    # look-alike: the day dates an event whose figure comes before the reporting verb; a deed of that
    # event in a later paragraph goes on with its day (the cross-language Taza fixture's shape)
    pytest.param(
        "2025-10-12",
        (
            "11 октября 2025 года в субботнике приняли участие 420 тысяч человек, сообщили в акимате.\n"
            "В ходе субботника высажено 95 тысяч саженцев."
        ),
        {
            420000: (("2025-10-11", "2025-10-11"), "actual"),
            95000: (("2025-10-11", "2025-10-11"), "actual"),
        },
        id="event_day_with_its_figure_before_the_verb_carries",
    ),
    pytest.param(
        "2025-03-06",
        (
            "3 марта на брифинге глава управления рассказал, что готовы 45 единиц техники.\n"
            "В районе работают 9 школ, износ сетей колеблется от 40 до 60%."
        ),
        {
            45: (("2025-03-03", "2025-03-03"), "actual"),
            9: (("2025-03-06", "2025-03-06"), "actual"),
            40: (("2025-03-06", "2025-03-06"), "actual"),
            60: (("2025-03-06", "2025-03-06"), "actual"),
        },
        id="told_day_present_in_next_paragraph",
    ),
    # look-alike: a stock's day told "по состоянию на" keeps dating the stocks after it
    pytest.param(
        "2025-10-25",
        (
            "По состоянию на 23 октября обмолочено 97% площадей, сообщили в министерстве.\n"
            "Уборка подсолнечника проведена на 210 тыс. гектаров, что составляет 71% площадей."
        ),
        {
            97: (("2025-10-23", "2025-10-23"), "actual"),
            210000: (("2025-10-23", "2025-10-23"), "actual"),
            71: (("2025-10-23", "2025-10-23"), "actual"),
        },
        id="status_day_keeps_later_paragraph",
    ),
    # look-alike: a later paragraph's figure with a period of its own keeps it
    pytest.param(
        "2025-03-06",
        (
            "3 марта глава управления сообщил, что в районе действуют 14 котельных.\n"
            "В 2024 году в районе построено 5 котельных."
        ),
        {14: (("2025-03-03", "2025-03-03"), "actual"), 5: (("2024-01-01", "2024-12-31"), "actual")},
        id="told_day_later_paragraph_own_year_kept",
    ),
    # --- a supply laid in for the cold season ahead stands at publication ----------------------
    pytest.param(
        "2025-10-15",
        (
            "Регион завершает подготовку к отопительному сезону. В 2025 году запланирован ремонт 40 "
            "котельных.\nНа угольных складах накоплено 310 тыс. тонн топлива – на 6% больше, чем годом ранее."
        ),
        {
            40: (("2025-01-01", "2025-12-31"), "plan"),
            310000: (("2025-10-15", "2025-10-15"), "actual"),
            6: (("2025-10-15", "2025-10-15"), "actual"),
        },
        id="coal_laid_in_after_plan_year",
    ),
    pytest.param(
        "2024-11-20",
        (
            "Аграрии готовятся к зимовке скота 2024–2025 годов. По данным управления, в области "
            "заготовлено:\n– 1,2 млн тонн сена (108%);\n– 240 тыс. тонн соломы."
        ),
        {
            1.2e6: (("2024-11-20", "2024-11-20"), "actual"),
            108: (("2024-11-20", "2024-11-20"), "actual"),
            240000: (("2024-11-20", "2024-11-20"), "actual"),
        },
        id="feed_list_laid_in_for_winter",
    ),
    # look-alikes: a supply with a span of its own keeps it; with no cold season ahead, as before
    pytest.param(
        "2025-10-15",
        "Регион завершает подготовку к отопительному сезону. За девять месяцев 2025 года на склады завезено "
        "900 тыс. тонн угля.",
        {900000: (("2025-01-01", "2025-09-30"), "actual")},
        id="laid_in_with_own_span_kept",
    ),
    pytest.param(
        "2025-10-15",
        "В 2025 году запланирован ремонт 40 котельных.\nНа угольных складах накоплено 310 тыс. тонн топлива.",
        {310000: (("2025-01-01", "2025-12-31"), "actual")},
        id="laid_in_without_cold_season_unchanged",
    ),
    # --- shares of amounts set out for a span not yet over are plan -----------------------------
    pytest.param(
        "2025-06-10",
        (
            "На программу развития дорог в 2025–2027 годах заложено 90 млрд тенге.\n"
            "Средства распределены так:\n– ремонт мостов – 12 млрд тенге в этом году;\n"
            "– освещение трасс – 4,5 млрд тенге."
        ),
        {12e9: (("2025-01-01", "2025-12-31"), "plan"), 4.5e9: (ANY, "plan")},
        id="money_shared_out_ahead",
    ),
    pytest.param(
        "2024-04-02",
        (
            "Для этого утверждены планы лесоразведения на 2021–2026 годы. Объемы посадок распределены "
            "следующим образом:\n– районы – 31 млн саженцев;\n– города – 9 млн."
        ),
        {31e6: (ANY, "plan"), 9e6: (ANY, "plan")},
        id="work_shared_out_ahead",
    ),
    # look-alike: shares of a year already over keep their reading (awards given out, "Гранты
    # распределены так:", are guarded by the dev page h8-ru-09)
    pytest.param(
        "2025-03-10",
        (
            "В 2024 году на образование направлено 80 млрд тенге. Расходы распределены так:\n"
            "– строительство школ – 50 млрд тенге;\n– ремонт – 30 млрд тенге."
        ),
        {50e9: (("2024-01-01", "2024-12-31"), "actual"), 30e9: (("2024-01-01", "2024-12-31"), "actual")},
        id="shares_of_past_year_kept",
    ),
    # --- a count of years as long as the run of years named before is that run ----------------
    pytest.param(
        "2025-06-10",
        (
            "На 2025–2027 годы на программу заложено 300 млрд тенге. В 2025 году на нее направят 90 млрд "
            "тенге.\nНа ремонт школ выделят 20 млрд тенге в этом году и 70 млрд тенге за три года. На "
            "питание – 11 млрд тенге на весь период, на транспорт – 6 млрд тенге на трехлетку."
        ),
        {
            20e9: (("2025-01-01", "2025-12-31"), "plan"),
            70e9: (("2025-01-01", "2027-12-31"), "plan"),
            11e9: (("2025-01-01", "2027-12-31"), "plan"),
            6e9: (("2025-01-01", "2027-12-31"), "plan"),
        },
        id="years_count_points_back",
    ),
    # a figure naming the plan's years itself in a later paragraph keeps them, not "now"
    pytest.param(
        "2025-06-10",
        "На 2025–2027 годы на программу заложено 300 млрд тенге.\nНа охрану – 72 млрд тенге на 2025–2027 годы.",
        {72e9: (("2025-01-01", "2027-12-31"), "plan")},
        id="own_plan_years_kept_in_later_paragraph",
    ),
    # --- a level a measure must come to is a target; an elided "должна" goes on to the next clause ---
    pytest.param(
        "2026-02-01",
        "К 2028 году доля газифицированных сел должна дойти до 65%, а в городах – до 98%.",
        {65: ((None, "2028-12-31"), "target"), 98: ((None, "2028-12-31"), "target")},
        id="must_come_to_level",
    ),
    pytest.param(
        "2026-02-01",
        "К концу 2028 года покрытие сетью 4G должно достичь 95%, а средняя скорость – превысить 60 Мбит/с.",
        {95: (ANY, "target"), 60: (ANY, "target")},
        id="elided_must_exceed",
    ),
    # look-alikes: the future "превысит" is still an outlook; a plan to exceed stays a plan
    pytest.param(
        "2026-02-01",
        "Ожидается, что в 2026 году экспорт зерна превысит 11 млн тонн. Перевалку планируется превысить 8 млн тонн.",
        {11e6: (ANY, "forecast"), 8e6: (ANY, "plan")},
        id="exceeds_future_kept",
    ),
    # --- an outlook for the year under way frames no deed told in a later paragraph -----------
    pytest.param(
        "2025-02-10",
        (
            "По итогам 2024 года инвестиции в области выросли на 12% и достигли 400 млрд тенге. В текущем "
            "году ожидается ввод еще 15 проектов на 90 млрд тенге.\nКроме того, аграрии региона произвели "
            "продукции на 300 млрд тенге, а экспорт увеличился на 9%."
        ),
        {
            15: (("2025-01-01", "2025-12-31"), "forecast"),
            300e9: (("2024-01-01", "2024-12-31"), "actual"),
            9: (("2024-01-01", "2024-12-31"), "actual"),
        },
        id="deed_after_outlook_for_year",
    ),
    # look-alike: a deed with a span of its own keeps it
    pytest.param(
        "2025-02-10",
        (
            "По итогам 2024 года инвестиции в области выросли на 12%. В текущем году ожидается ввод еще 15 "
            "проектов на 90 млрд тенге.\nВ январе аграрии региона произвели продукции на 30 млрд тенге."
        ),
        {30e9: (("2025-01-01", "2025-01-31"), "actual")},
        id="deed_with_own_month_kept",
    ),
    # --- jobs the projects of a pool counted just before will give are plan ------------------
    pytest.param(
        "2025-03-01",
        (
            "Сегодня портфель области включает 42 проекта стоимостью 900 млрд тенге. Их реализация позволит "
            "обеспечить работой 3,2 тысячи человек."
        ),
        {42: (("2025-03-01", "2025-03-01"), "actual"), 3200: (ANY, "plan")},
        id="jobs_of_pool_next_sentence",
    ),
    # look-alike: a single plant's outcome with no pool stays as read
    pytest.param(
        "2025-03-01",
        "Новый завод позволит обеспечить работой 300 человек.",
        {300: (ANY, "forecast")},
        id="plant_outcome_kept",
    ),
    # --- more of this year's plan, its year carried, frames the done part told after it -------
    pytest.param(
        "2025-09-24",
        (
            "В 2025 году в районе предусмотрен ремонт 12 школ. На сегодня работы завершены в 5 школах.\n"
            "По дорогам запланирован ремонт 80 км. Отремонтированы уже 35 км."
        ),
        {
            80: (("2025-01-01", "2025-12-31"), "plan"),
            35: (("2025-01-01", "2025-09-24"), "actual"),
        },
        id="year_plan_goes_on_next_paragraph",
    ),
    # look-alike: an undated programme's plan frames no year
    pytest.param(
        "2025-09-24",
        "В рамках нацпроекта планируется построить 655 объектов. Отремонтированы уже 35 объектов.",
        {655: ((None, None), "plan"), 35: (("2025-09-24", "2025-09-24"), "actual")},
        id="programme_plan_frames_no_year",
    ),
    # --- the change of money set aside for the year under way is plan too ------------------------
    pytest.param(
        "2025-09-24",
        "На ремонт дорог в этом году выделено 120 млрд тенге, что на 15% больше, чем в прошлом году.",
        {120e9: (("2025-01-01", "2025-12-31"), "plan"), 15: (("2025-01-01", "2025-12-31"), "plan")},
        id="change_of_allocation_ahead",
    ),
    # look-alike: money allocated in a year gone by, and its change, stay actual
    pytest.param(
        "2025-09-24",
        "В прошлом году на ремонт выделено 40 млрд тенге, что на 10% больше, чем годом ранее.",
        {40e9: (("2024-01-01", "2024-12-31"), "actual"), 10: (("2024-01-01", "2024-12-31"), "actual")},
        id="change_of_past_allocation_kept",
    ),
    # --- works promised, a programme's provision, a programme starting, length under construction --
    pytest.param(
        "2025-09-12",
        "Из 300 модульных клиник открыты 240. Оставшиеся 60 обещают сдать до конца текущего года.",
        {60: ((None, "2025-12-31"), "plan")},
        id="promised_to_commission",
    ),
    pytest.param(
        "2024-08-12",
        "Программа предполагает создание 900 км лесных полос. Проект бюджета предполагает ремонт 40 школ.",
        {900: (ANY, "plan"), 40: (ANY, "plan")},
        id="programme_provides_for",
    ),
    pytest.param(
        "2025-08-25",
        "Стартует и программа модернизации 640 больниц, рассчитанная до 2030 года.",
        {640: ((None, "2030-12-31"), "plan")},
        id="programme_starts",
    ),
    pytest.param(
        "2025-07-31",
        "Ведется строительство объездной дороги протяженностью 210 км.",
        {210: (ANY, "plan")},
        id="length_under_construction",
    ),
    # look-alikes: experts supposing, weather promised, a road length now and one built stay as read
    pytest.param(
        "2025-07-31",
        (
            "Эксперты предполагают, что урожай составит 20 млн тонн. Протяженность дорог области составляет "
            "8 тыс. км. В прошлом году завершено строительство дороги протяженностью 120 км."
        ),
        {20e6: (ANY, "forecast"), 8000: (ANY, "actual"), 120: (("2024-01-01", "2024-12-31"), "actual")},
        id="suppose_length_lookalikes",
    ),
    # --- what the heating season needs or is planned for is that season's, October to April ------
    pytest.param(
        "2025-10-07",
        "На отопительный сезон в район планируется завезти 85 тыс. тонн угля.",
        {85000: (("2025-10-01", "2026-04-30"), "plan")},
        id="planned_for_heating_season",
    ),
    pytest.param(
        "2026-02-07",
        "На отопительный сезон городу потребуется 1,2 млн тонн угля.",
        {1.2e6: (("2025-10-01", "2026-04-30"), "plan")},
        id="needed_for_heating_season_under_way",
    ),
    # --- "this year" done under a January-to-month lead is that span, whatever the next clause expects --
    pytest.param(
        "2024-11-14",
        (
            "За январь–октябрь 2024 года в регион прибыли 310 тыс. туристов.\n«В этом году к нам приехали уже "
            "более 300 тысяч гостей, а до конца года мы ожидаем 360 тысяч», – сказал глава управления."
        ),
        {300000: (("2024-01-01", "2024-10-31"), "actual"), 360000: ((None, "2024-12-31"), "forecast")},
        id="this_year_done_beside_outlook_clause",
    ),
    # look-alike: an outlook in the same clause keeps the whole year
    pytest.param(
        "2024-07-26",
        (
            "За первое полугодие 2024 года нацпарки приняли 900 тыс. посетителей. Всего в этом году нацпарки, "
            "по прогнозу, примут около 2 млн посещений."
        ),
        {2e6: (("2024-01-01", "2024-12-31"), "forecast")},
        id="this_year_outlook_same_clause_kept",
    ),
]


@pytest.mark.parametrize(("published", "body", "gold"), CASES)
def test_fs35ru_classes(published: str, body: str, gold: dict[float, tuple[object, str]]) -> None:
    _check(published, body, gold)


def test_years_count_of_another_length_not_pointed_back() -> None:
    """'за три года' after a run of five years named is no pointer to that run."""
    body = (
        "На 2021–2025 годы в области заложено 500 млрд тенге. В 2025 году на ремонт направят 40 млрд "
        "тенге, а за три года построено 60 школ."
    )
    found = {i.value: i for i in extract_indicators(body, date(2025, 6, 10), "", "ru")}
    assert (found[60].period_start, found[60].period_end) != (date(2021, 1, 1), date(2025, 12, 31))
