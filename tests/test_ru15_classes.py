"""Russian classes blind sets h14/h15 showed (extractor +ru15): units dropped so a measure reads as a
bare count, a lead's span spreading onto a present state, the worth or capacity of funded or unbuilt
projects read as actual, the done part of this year's plan, a comparison year taken as the period, a
plan cue from another clause spreading onto done figures. Sentences of our own in the shapes regional
news uses, labelled per tests/realworld/FORMAT.md before the extractor ran on them; each class has
look-alikes that must keep their reading. A gold period of None is not checked (as the eval scores
only figures with a gold period); the unit is checked for every figure.

The first 32 cases (63 figures) were labelled before any run. Main read 24 of them wrong (7 units,
6 periods, 11 kinds) and this round reads 3 wrong, each left as a strict xfail with its reason. Two
labels were corrected where FORMAT.md's conventions, as the dev sets apply them, say otherwise (noted
at the case). The last 9 cases (18 figures) were written after the fixes. Main reads 12 of them wrong; this round read 2 wrong at first
(the noun "замена" read as a past participle, since fixed, and a label corrected as noted)."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators

Gold = dict[float, tuple[str, object, str]]  # value -> (unit, period or None, kind)


def _found(body: str, published: date) -> dict[float, tuple]:
    # keyed on six significant digits: "4,1 трлн" parses to 4.0999...e12
    return {
        float(f"{i.value:.6g}"): (i.unit, i.period_start, i.period_end, i.kind)
        for i in extract_indicators(body, published, "", "ru")
    }


def _misread(published: str, body: str, gold: Gold) -> list[str]:
    """What the extractor reads otherwise than the gold (empty when all is right)."""
    found = _found(body, date.fromisoformat(published))
    wrong = []
    for value, (unit, period, kind) in gold.items():
        got = found.get(float(f"{value:.6g}"))
        if got is None:
            wrong.append(f"{value}: missed")
            continue
        got_unit, start, end, got_kind = got
        if got_unit != unit:
            wrong.append(f"{value}: unit {got_unit}")
        if period is not None:
            assert isinstance(period, tuple)
            want = tuple(None if d is None else date.fromisoformat(d) for d in period)
            if (start, end) != want:
                wrong.append(f"{value}: period {start}..{end}")
        if got_kind != kind:
            wrong.append(f"{value}: kind {got_kind}")
    return wrong


CASES = [
    # --- 1. a measure with no unit code is "other", never a bare count; "$" in brackets is USD ---
    pytest.param(
        "2025-09-10",
        "За январь–август 2025 года пассажирооборот железной дороги составил 11,2 млрд пассажиро-километров.",
        {11.2e9: ("other", ("2025-01-01", "2025-08-31"), "actual")},
        id="u_passenger_km",
    ),
    pytest.param(
        "2025-02-14",
        "В 2024 году станция выработала 2,4 млн Гкал тепловой энергии и 3,1 млрд кВт·ч электроэнергии.",
        {
            2.4e6: ("other", ("2024-01-01", "2024-12-31"), "actual"),
            3.1e9: ("kWh", ("2024-01-01", "2024-12-31"), "actual"),
        },
        id="u_gcal_next_to_kwh",
    ),
    pytest.param(
        "2025-08-01",
        "В июле на подстанции смонтировали трансформатор мощностью 63 МВА. Котельная мощностью 450 Гкал/ч работает с 2019 года.",
        {
            # (first labelled July; a capacity named as the thing's attribute, "мощностью 63 МВА",
            # stands now, as the dev sets label "ТЭЦ-2 мощностью 1 917 Гкал/ч", so corrected)
            63: ("other", ("2025-08-01", "2025-08-01"), "actual"),
            450: ("other", None, "actual"),
        },
        id="u_mva_gcal_per_hour",
    ),
    pytest.param(
        "2025-05-14",
        "Протяженность новой линии электропередачи напряжением 500 кВ составит 140 км.",
        {500: ("other", None, "plan"), 140: ("km", None, "plan")},
        id="u_kilovolt_line",
    ),
    pytest.param(
        "2025-03-03",
        "В 2024 году на строительстве комбината отработано 1,6 млн человеко-часов без происшествий.",
        {1.6e6: ("other", ("2024-01-01", "2024-12-31"), "actual")},
        id="u_man_hours",
    ),
    pytest.param(
        "2025-08-01",
        "Экспорт за первое полугодие 2025 года составил 4,1 трлн тенге ($8,2 млрд).",
        {
            4.1e12: ("KZT", ("2025-01-01", "2025-06-30"), "actual"),
            8.2e9: ("USD", ("2025-01-01", "2025-06-30"), "actual"),
        },
        id="u_dollar_sign_in_brackets",
    ),
    pytest.param(
        "2025-03-20",
        "Выручка компании за 2024 год составила 310 млрд тенге (около $655 млн), чистая прибыль – 42 млрд тенге.",
        {
            310e9: ("KZT", ("2024-01-01", "2024-12-31"), "actual"),
            655e6: ("USD", ("2024-01-01", "2024-12-31"), "actual"),
            42e9: ("KZT", ("2024-01-01", "2024-12-31"), "actual"),
        },
        id="u_dollar_sign_after_about",
    ),
    pytest.param(
        "2025-10-02",
        "В сентябре на городские маршруты вышли 40 новых автобусов, а в школах открыли 12 кружков робототехники.",
        {
            40: ("count", ("2025-09-01", "2025-09-30"), "actual"),
            12: ("count", ("2025-09-01", "2025-09-30"), "actual"),
        },
        id="u_counted_nouns_stay_counts",
    ),
    # --- 2. a present state or a nearer "в этом году" is not the lead's span ---
    pytest.param(
        "2025-11-20",
        (
            "За десять месяцев 2025 года авиакомпании перевезли 8,1 млн пассажиров. Сейчас из аэропорта "
            "столицы выполняется 420 рейсов в неделю по 95 направлениям."
        ),
        {
            8.1e6: ("count", ("2025-01-01", "2025-10-31"), "actual"),
            420: ("count", ("2025-11-20", "2025-11-20"), "actual"),
            95: ("count", ("2025-11-20", "2025-11-20"), "actual"),
        },
        id="p_weekly_flights_now",
    ),
    pytest.param(
        "2025-12-05",
        (
            "За январь–ноябрь 2025 года порт обработал 5,2 млн тонн грузов. Терминал способен принимать "
            "до 8 млн тонн в год."
        ),
        {
            5.2e6: ("tonne", ("2025-01-01", "2025-11-30"), "actual"),
            8e6: ("tonne", ("2025-12-05", "2025-12-05"), "actual"),
        },
        id="p_capacity_per_year_now",
    ),
    pytest.param(
        "2025-11-25",
        (
            "За январь–октябрь 2025 года аэропорт обслужил 3,3 млн пассажиров. В этом году регулярность "
            "вылетов составила 96,2%."
        ),
        {
            3.3e6: ("count", ("2025-01-01", "2025-10-31"), "actual"),
            96.2: ("percent", ("2025-01-01", "2025-12-31"), "actual"),
        },
        id="p_this_year_beats_lead",
        marks=pytest.mark.xfail(
            strict=True,
            reason="'в этом году' in its own sentence under a January-October lead is read as the months so far (the year-to-date rule, which dev set h5-ru-02 needs)",
        ),
    ),
    pytest.param(
        "2025-11-18",
        (
            "За январь–октябрь 2025 года завод выпустил 3 200 вагонов. Предприятие производит до 4 тыс. "
            "вагонов в год и обеспечивает работой 2 500 человек."
        ),
        {
            3200: ("count", ("2025-01-01", "2025-10-31"), "actual"),
            4000: ("count", ("2025-11-18", "2025-11-18"), "actual"),
            2500: ("count", ("2025-11-18", "2025-11-18"), "actual"),
        },
        id="p_output_capacity_now",
    ),
    pytest.param(
        "2025-07-15",
        (
            "В первом полугодии 2025 года областная больница приняла 40 тыс. пациентов. Стационар "
            "рассчитан на 300 коек."
        ),
        {
            40000: ("count", ("2025-01-01", "2025-06-30"), "actual"),
            300: ("count", ("2025-07-15", "2025-07-15"), "actual"),
        },
        id="p_existing_capacity_now",
        marks=pytest.mark.xfail(
            strict=True,
            reason="what a standing facility is designed for ('рассчитан на 300 коек') keeps the lead's span; reading it as now costs dev figures (ru-012 'Школы нацпроекта рассчитаны на 206 тыс. мест' is labelled with the year)",
        ),
    ),
    pytest.param(
        "2025-10-10",
        (
            "За девять месяцев 2025 года в регионе отремонтировано 320 км дорог. Сегодня сеть местных "
            "дорог охватывает 640 сел."
        ),
        {
            320: ("km", ("2025-01-01", "2025-09-30"), "actual"),
            640: ("count", ("2025-10-10", "2025-10-10"), "actual"),
        },
        id="p_network_covers_now",
    ),
    # --- 3. the worth, capacity or size of funded or unbuilt projects is plan ---
    pytest.param(
        "2025-09-03",
        "Область получила из республиканского бюджета 9,4 млрд тенге на строительство трех школ.",
        {9.4e9: ("KZT", None, "plan")},
        id="j_received_for_building",
    ),
    pytest.param(
        "2025-06-11",
        "На реконструкцию водопровода в селе выделено 860 млн тенге, работы начнутся в июле.",
        {860e6: ("KZT", None, "plan")},
        id="j_allocated_for",
        marks=pytest.mark.xfail(
            strict=True,
            reason="'работы начнутся в июле' told in June dates the money to last July (a yearless month after a future verb in another clause), and a span already over keeps it actual",
        ),
    ),
    pytest.param(
        "2025-04-22",
        (
            "В пригороде возводят завод по переработке молока. Объем инвестиций в проект – 42 млрд тенге, "
            "предприятие рассчитано на переработку 500 тонн молока в сутки."
        ),
        {42e9: ("KZT", None, "plan"), 500: ("tonne", None, "plan")},
        id="j_investment_and_capacity",
    ),
    pytest.param(
        "2025-05-30",
        "Строящаяся поликлиника рассчитана на 500 посещений в смену.",
        {500: ("count", None, "plan")},
        id="j_clinic_under_way",
    ),
    pytest.param(
        "2025-08-19",
        "Через реку строится мост протяженностью 1,2 км, стоимость работ оценивается в 27 млрд тенге.",
        {1.2: ("km", None, "plan"), 27e9: ("KZT", None, "plan")},
        id="j_bridge_length_and_cost",
    ),
    pytest.param(
        "2025-10-08",
        (
            "На модернизацию сетей выделено 5 млрд тенге. Из них уже освоено 2,3 млрд тенге, в 2024 году "
            "на эти цели было потрачено 1,9 млрд тенге."
        ),
        {
            5e9: ("KZT", None, "plan"),
            2.3e9: ("KZT", None, "actual"),
            1.9e9: ("KZT", ("2024-01-01", "2024-12-31"), "actual"),
        },
        id="j_spent_part_is_actual",
    ),
    # --- 4. the done part of this year's plan runs from January to publication ---
    pytest.param(
        "2025-09-12",
        "В 2025 году планируется заменить 40 км теплосетей. На сегодня заменено 26 км.",
        {
            40: ("km", ("2025-01-01", "2025-12-31"), "plan"),
            26: ("km", ("2025-01-01", "2025-09-12"), "actual"),
        },
        id="d_replaced_so_far",
    ),
    pytest.param(
        "2025-06-20",
        "В этом году намечено ввести 18 школ, 5 из них уже открыты.",
        {
            18: ("count", ("2025-01-01", "2025-12-31"), "plan"),
            5: ("count", ("2025-01-01", "2025-06-20"), "actual"),
        },
        id="d_part_of_this_years_plan",
    ),
    pytest.param(
        "2025-08-05",
        "На текущий год запланирован ремонт 120 дворов. Работы уже завершены в 45 дворах.",
        {
            120: ("count", ("2025-01-01", "2025-12-31"), "plan"),
            45: ("count", ("2025-01-01", "2025-08-05"), "actual"),
        },
        id="d_yards_done",
    ),
    # --- 5. the year of a comparison base is not the period ---
    pytest.param(
        "2025-08-15",
        (
            "За январь–июль 2025 года предприятия области произвели продукции на 900 млрд тенге. Рост к "
            "аналогичному периоду 2024 года – 4,5%."
        ),
        {
            900e9: ("KZT", ("2025-01-01", "2025-07-31"), "actual"),
            4.5: ("percent", ("2025-01-01", "2025-07-31"), "actual"),
        },
        id="c_growth_dash_base",
    ),
    pytest.param(
        "2025-05-12",
        (
            "В первом квартале 2025 года выпуск продукции составил 610 млрд тенге. Прирост к первому "
            "кварталу 2024 года – 3,1%."
        ),
        {
            610e9: ("KZT", ("2025-01-01", "2025-03-31"), "actual"),
            3.1: ("percent", ("2025-01-01", "2025-03-31"), "actual"),
        },
        id="c_quarter_base",
    ),
    pytest.param(
        "2025-02-10",
        "В 2024 году добыто 90 млн тонн угля. Снижение относительно уровня 2023 года – 2,2%.",
        {
            90e6: ("tonne", ("2024-01-01", "2024-12-31"), "actual"),
            2.2: ("percent", ("2024-01-01", "2024-12-31"), "actual"),
        },
        id="c_level_of_year_base",
    ),
    # --- 6. a plan cue of another clause or the lead does not make done figures plan ---
    pytest.param(
        "2025-11-01",
        "Из 40 дворов района благоустроено 32, остальные войдут в программу следующего года.",
        {
            40: ("count", ("2025-11-01", "2025-11-01"), "actual"),
            32: ("count", ("2025-11-01", "2025-11-01"), "actual"),
        },
        id="f_rest_next_year",
    ),
    pytest.param(
        "2025-11-05",
        "На 12 улицах работы уже завершены, еще 6 улиц включены в план на 2026 год.",
        {
            12: ("count", ("2025-11-05", "2025-11-05"), "actual"),
            6: ("count", ("2026-01-01", "2026-12-31"), "plan"),
        },
        id="f_done_and_planned_streets",
    ),
    pytest.param(
        "2025-10-20",
        (
            "В следующем году город закупит 50 автобусов. Износ нынешнего парка составлял от 60% до 75%, "
            "поэтому часть машин простаивала."
        ),
        {
            50: ("count", ("2026-01-01", "2026-12-31"), "plan"),
            60: ("percent", None, "actual"),
            75: ("percent", None, "actual"),
        },
        id="f_lead_next_year_past_wear",
    ),
    pytest.param(
        "2025-09-01",
        "По расчетам специалистов, модернизация должна сократить выбросы примерно на 20 тыс. тонн в год.",
        {20000: ("tonne", None, "forecast")},
        id="f_by_estimates_should",
    ),
    pytest.param(
        "2025-12-10",
        "В 2026 году капремонт пройдут 60 домов. В этом году отремонтировано 48 домов.",
        {
            60: ("count", ("2026-01-01", "2026-12-31"), "plan"),
            48: ("count", ("2025-01-01", "2025-12-31"), "actual"),
        },
        id="f_next_year_then_this_year",
    ),
    pytest.param(
        "2025-09-25",
        "Ожидается, что в следующем году пассажиропоток вырастет на 10%. В августе он составил 1,1 млн человек.",
        {
            10: ("percent", ("2026-01-01", "2026-12-31"), "forecast"),
            1.1e6: ("count", ("2025-08-01", "2025-08-31"), "actual"),
        },
        id="f_forecast_then_august",
    ),
    # --- written after the fixes above, labelled before they ran: the same classes in other words ---
    pytest.param(
        "2025-09-18",
        (
            "За январь–август ж/д перевозчики отправили 14,2 млн пассажиров, а пассажирооборот составил "
            "9,8 млрд пассажиро-километров. Рост к тому же периоду 2024 года – 3,4% и 5,1% соответственно."
        ),
        {
            14.2e6: ("count", ("2025-01-01", "2025-08-31"), "actual"),
            9.8e9: ("other", ("2025-01-01", "2025-08-31"), "actual"),
            3.4: ("percent", ("2025-01-01", "2025-08-31"), "actual"),
            5.1: ("percent", ("2025-01-01", "2025-08-31"), "actual"),
        },
        id="x_same_period_respectively",
    ),
    pytest.param(
        "2025-04-15",
        "В первом квартале 2025 года выпуск цемента составил 2,1 млн тонн. Рост по отношению к 2024 году – 6%.",
        {
            2.1e6: ("tonne", ("2025-01-01", "2025-03-31"), "actual"),
            6: ("percent", ("2025-01-01", "2025-03-31"), "actual"),
        },
        id="x_in_relation_to_year",
    ),
    pytest.param(
        "2025-11-28",
        (
            "За десять месяцев 2025 года железная дорога перевезла 21 млн пассажиров. Пригородное "
            "сообщение расширено до 48 маршрутов с частотой 310 поездов в неделю."
        ),
        {
            21e6: ("count", ("2025-01-01", "2025-10-31"), "actual"),
            48: ("count", ("2025-11-28", "2025-11-28"), "actual"),
            310: ("count", ("2025-11-28", "2025-11-28"), "actual"),
        },
        id="x_weekly_schedule_now",
    ),
    pytest.param(
        "2025-10-03",
        (
            "За пять лет в городе заменено 90 км водопроводных сетей. Всего в городе насчитывается около "
            "1 200 км сетей, так что обновлено примерно 8% сетей."
        ),
        {
            1200: ("km", ("2025-10-03", "2025-10-03"), "actual"),
            8: ("percent", ("2025-10-03", "2025-10-03"), "actual"),
        },
        id="x_total_in_present",
    ),
    pytest.param(
        "2025-03-12",
        "Всего с начала программы построено 46 школ.",
        {46: ("count", (None, "2025-03-12"), "actual")},
        id="x_total_built_so_far",
    ),
    pytest.param(
        "2025-10-29",
        "Из 35 запланированных остановок обновлены 27, а оставшиеся восемь перенесены на следующий год.",
        {
            # (first labelled actual at publication; a total the sentence calls planned is the plan,
            # as the Kazakh "салынуы тиіс 655 нысанның" rule reads it, so corrected)
            35: ("count", None, "plan"),
            27: ("count", ("2025-10-29", "2025-10-29"), "actual"),
        },
        id="x_rest_moved_to_next_year",
    ),
    pytest.param(
        "2025-07-07",
        (
            "На 2025 год запланирована замена 300 лифтов. На сегодня установлено 120 новых лифтов, "
            "работы продолжаются."
        ),
        {
            300: ("count", ("2025-01-01", "2025-12-31"), "plan"),
            120: ("count", ("2025-01-01", "2025-07-07"), "actual"),
        },
        id="x_lifts_so_far",
    ),
    pytest.param(
        "2025-06-02",
        "Правительство выделило 12 млрд тенге на строительство второй очереди водовода.",
        {12e9: ("KZT", None, "plan")},
        id="x_government_allocated_for_building",
    ),
    pytest.param(
        "2025-06-02",
        "В 2024 году на строительство водовода было выделено и освоено 8 млрд тенге.",
        {8e9: ("KZT", ("2024-01-01", "2024-12-31"), "actual")},
        id="x_allocated_in_past_year",
    ),
]


@pytest.mark.parametrize(("published", "body", "gold"), CASES)
def test_ru15_classes(published: str, body: str, gold: Gold) -> None:
    assert _misread(published, body, gold) == []
