"""Russian classes found on the fresh set d42 at first sight (extractor +fs42ru): sentences of our
own, labelled per tests/realworld/FORMAT.md, with look-alikes that keep their reading."""

from __future__ import annotations

import pytest

from tests.test_cyrillic_ru11_classes import ANY, _check

CASES = [
    # --- the perfective future of "занять": land a crop or a project will take is a plan -------------
    pytest.param(
        "2025-04-20",
        "В 2025 году яровой клин области составит 910 тыс. гектаров. Пшеница займет 540 тыс. га, ячмень — 130 тыс. га.",
        {
            910000: (("2025-01-01", "2025-12-31"), "plan"),
            540000: (("2025-01-01", "2025-12-31"), "plan"),
            130000: (("2025-01-01", "2025-12-31"), "plan"),
        },
        id="crop_land_will_take",
    ),
    pytest.param(
        "2025-04-20",
        "В этом году подсолнечник займет 160 тыс. га, что на 12 тыс. га больше, чем годом ранее.",
        {160000: (("2025-01-01", "2025-12-31"), "plan")},
        id="sunflower_will_take_land",
    ),
    pytest.param(
        "2025-06-02",
        "В этом году новый индустриальный парк займет 48 га на окраине города.",
        {48: (("2025-01-01", "2025-12-31"), "plan")},
        id="park_will_take_land",
    ),
    # look-alike: the noun "займов" (loans) is no future
    pytest.param(
        "2025-06-02",
        "В 2024 году фонд выдал 3 200 займов на 14 млрд тенге.",
        {3200: (("2024-01-01", "2024-12-31"), "actual"), 14e9: (("2024-01-01", "2024-12-31"), "actual")},
        id="loans_noun_keeps_actual",
    ),
    # --- a part set aside ("из них ... отведено") of a planned whole is part of the plan ---------------
    pytest.param(
        "2025-04-10",
        "В этом году под пастбища планируется 90 тыс. га, в том числе под выпас овец выделено 25 тыс. га.",
        {90000: (("2025-01-01", "2025-12-31"), "plan"), 25000: (("2025-01-01", "2025-12-31"), "plan")},
        id="part_set_aside_of_planned_land",
    ),
    pytest.param(
        "2025-04-10",
        "В 2025 году технические культуры займут 300 тыс. гектаров, из них под лен отведено 120 тыс. гектаров.",
        {300000: (("2025-01-01", "2025-12-31"), "plan"), 120000: (("2025-01-01", "2025-12-31"), "plan")},
        id="part_allotted_of_crop_plan",
    ),
    # look-alike: the part already done of a plan stays actual, at publication
    pytest.param(
        "2025-05-23",
        "В этом году планируется засеять 500 тыс. га, из них уже засеяно 120 тыс. га.",
        {500000: (("2025-01-01", "2025-12-31"), "plan"), 120000: (("2025-05-23", "2025-05-23"), "actual")},
        id="part_done_of_sowing_plan_kept",
    ),
    # --- the last heating season: October to April of the season before the one under way ------------
    pytest.param(
        "2025-12-03",
        "В минувшем отопительном сезоне аварий на тепловых сетях стало меньше на 18%.",
        {18: (("2024-10-01", "2025-04-30"), "actual")},
        id="last_heating_season_in_december",
    ),
    pytest.param(
        "2026-02-16",
        "За прошлый отопительный сезон котельные города сожгли 410 тыс. тонн угля.",
        {410000: (("2024-10-01", "2025-04-30"), "actual")},
        id="last_heating_season_in_february",
    ),
    pytest.param(
        "2025-08-05",
        "В предыдущем отопительном сезоне ТЭЦ выработала 2,1 млрд кВт·ч электроэнергии.",
        {2.1e9: (("2024-10-01", "2025-04-30"), "actual")},
        id="previous_heating_season_in_summer",
    ),
    # look-alike: the season under way keeps its own months
    pytest.param(
        "2025-12-03",
        "В текущем отопительном сезоне аварий стало меньше на 12%.",
        {12: (("2025-10-01", "2026-04-30"), "actual")},
        id="current_heating_season_kept",
    ),
    # --- the sowing and field works of a season are that season's months -----------------------------
    pytest.param(
        "2025-04-28",
        "В 2025 году аграриям области предоставят льготное топливо. На весенний сев выделено 22 тыс. тонн дизеля.",
        {22000: (("2025-03-01", "2025-05-31"), "plan")},
        id="fuel_for_spring_sowing",
    ),
    pytest.param(
        "2025-05-14",
        "В 2025 году в ходе весенне-полевых работ в районе задействовано 1 800 единиц техники.",
        {1800: (("2025-03-01", "2025-05-31"), "actual")},
        id="machines_in_spring_field_works",
    ),
    # look-alike: a stock got ready for the sowing to come is the stock now
    pytest.param(
        "2025-08-20",
        "К осеннему севу хозяйства подготовили 35 тыс. тонн семян.",
        {35000: (("2025-08-20", "2025-08-20"), "actual")},
        id="stock_ready_for_autumn_sowing",
    ),
    # --- a share told "к объему прошлого года" after a planned figure is that plan's --------------------
    pytest.param(
        "2025-06-10",
        "В этом году в городе планируется ввести 520 тыс. кв. м жилья, что составляет 108% к объему прошлого года.",
        {520000: (("2025-01-01", "2025-12-31"), "plan"), 108: (("2025-01-01", "2025-12-31"), "plan")},
        id="share_of_planned_housing",
    ),
    pytest.param(
        "2025-03-11",
        "В 2026 году аграрии должны собрать 2,4 млн тонн зерна, или 112% к объему 2025 года.",
        {2.4e6: (("2026-01-01", "2026-12-31"), "plan"), 112: (("2026-01-01", "2026-12-31"), "plan")},
        id="share_of_grain_to_gather",
    ),
    # look-alikes: a past volume's share keeps its year; a share of what is done keeps actual
    pytest.param(
        "2025-03-11",
        "В 2024 году перевезено 31 млн тонн грузов, или 104% к объему 2023 года.",
        {31e6: (("2024-01-01", "2024-12-31"), "actual"), 104: (("2024-01-01", "2024-12-31"), "actual")},
        id="share_of_past_volume_kept",
    ),
    # --- what "придется" on a place of a planned total is a plan ---------------------------------------
    pytest.param(
        "2025-06-10",
        "До 2027 года в регионе построят 60 школ. Больше всего новых школ придется на Шымкент — 21 школа.",
        {60: ((None, "2027-12-31"), "plan"), 21: ((None, "2027-12-31"), "plan")},
        id="share_of_schools_will_fall_on",
    ),
    # --- "идет строительство": the size and flats of what is being built are a plan ---------------------
    pytest.param(
        "2025-09-01",
        "Сейчас в городе идет строительство 7 жилых домов общей площадью 64 тыс. кв. м на 820 квартир.",
        {
            7: (("2025-09-01", "2025-09-01"), "actual"),
            64000: (("2025-09-01", "2025-09-01"), "plan"),
            820: (("2025-09-01", "2025-09-01"), "plan"),
        },
        id="houses_being_built_size_plan",
    ),
    pytest.param(
        "2025-09-01",
        "В районе продолжается строительство водовода протяженностью 38 км.",
        {38: (ANY, "plan")},
        id="pipeline_being_built_length_plan",
    ),
    # look-alike: a finished building's size is what stands
    pytest.param(
        "2025-09-01",
        "В городе завершено строительство дома площадью 9 тыс. кв. м.",
        {9000: (ANY, "actual")},
        id="finished_house_size_actual",
    ),
]


@pytest.mark.parametrize(("published", "body", "gold"), CASES)
def test_fs42ru_classes(published: str, body: str, gold: dict) -> None:
    _check(published, body, gold)
