"""Kazakh kinds, periods, units and false hits seen wrong on real stored news pages (round real18kk),
in sentences of our own.

Labelled by tests/realworld/FORMAT.md:
  1. the one unit a price is for ("1 литрінің бағасы 160 теңге", "1 текше метрі үшін 267,6 теңге",
     "1 кВт·сағат үшін 35,67 теңге") was a figure of 1 litre, 1 m3, 1 kWh; "70 квт/сағат" (the
     abbreviation in small letters) was a count; a tariff per "1 квт/сағат үшін" paid in the aorist
     was a plan, as "бір ... үшін" was not.
  2. a start day with no year told in the aorist ("1 қаңтардан бастап 95 950 теңге болады", "...
     16 теңгеге түседі") in December was the January gone by and the level "actual" since then; it
     is the January ahead, a plan (the nearer of the two, so a day a month back keeps its year).
  3. "биылғыдан" (than this year's) was read as this year, the period of a figure of next year.
  4. "мүмкін емес" (impossible: "орнату мүмкін емес үйлерде") was read as a hedge: a forecast.
  5. a fuel's grade written with a space ("АИ 92 маркалы") was a count, and a bare price whose twin in
     the next clause writes the tenge ("Алматыда 151, Астанада 152 теңге", "бензин 205, ал дизель 295
     теңге") was a count.
  6. an ordinal in a case ("2-шісінде", "2-шіден") and a grade ("3-сыныпты астық") were counts.
  7. "2030-шы жылға қарай" (the year said as an ordinal) was the whole year 2030, not a deadline.
  8. money budgeted for the year under way ("ағымдағы жылы ... 100,6 млн теңге қаралған") was read as
     spent; "қаралды / қаралған" gives money as "бөлінді" does.
  9. "шқ." (шақырым cut short) was a count.
 10. years in brackets ("Тәуелсіздік жылдарында (1991-2015 ж.ж.)") lost to the phrase before them and,
     with the abbreviation "ж.ж." left in the bracket, dated nothing.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicator_record import Indicator
from etl.extract.indicators import extract_indicators

P = date(2024, 12, 18)


def _all(text: str, published: date = P) -> list[Indicator]:
    return extract_indicators(text, published, language="kk")


def _find(text: str, surface: str, published: date = P) -> Indicator:
    found = [i for i in _all(text, published) if i.surface == surface]
    assert found, f"no figure written {surface!r}"
    return found[0]


def _period(indicator: Indicator) -> tuple[date | None, date | None]:
    return indicator.period_start, indicator.period_end


@pytest.mark.parametrize(
    "text",
    [
        "Қазір қалада дизель отынының 1 литрінің орташа бағасы 290 теңгені құрайды.",
        "Ауыз судың 1 текше метрі үшін тұрғындар 95,4 теңге төлейді.",
        "Жаңа тариф бойынша 1 кВт·сағат үшін 31,2 теңге алынады.",
        "Сұйытылған газдың бағасы 1 литріне 85 теңгеге дейін түсті.",
        "Диірмен бидайдың 1 тоннасын 95 мың теңгеден сатып алады.",
    ],
)
def test_the_one_unit_a_price_is_for_is_no_figure(text: str) -> None:
    values = [i.value for i in _all(text)]
    assert 1.0 not in values, values


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("Ауыл шаруашылары биыл 1 тонна бал жинады.", "1 тонна", 1.0, "tonne"),
        ("Жаңа ұңғыма тәулігіне 1 текше метр су береді.", "1 текше метр", 1.0, "m3"),
    ],
)
def test_one_unit_told_as_an_amount_stays_a_figure(text: str, surface: str, value: float, unit: str) -> None:
    found = _find(text, surface)
    assert (found.value, found.unit) == (value, unit)


def test_kilowatt_hours_in_small_letters_are_energy() -> None:
    found = _find("Әр тұрғын айына 90 квт/сағат электр қуатын пайдалана алады.", "90 квт/сағат")
    assert (found.value, found.unit) == (90.0, "kWh")


def test_a_tariff_per_one_unit_paid_in_the_aorist_is_the_price_now() -> None:
    found = _find("Шектен асқанда тұрғындар 1 квт/сағат үшін 27,4 теңге төлейді.", "27,4 теңге")
    assert (found.kind, _period(found)) == ("actual", (P, P))


def test_a_tariff_paid_from_a_day_ahead_stays_to_come() -> None:
    found = _find("1 ақпаннан бастап тұрғындар 1 квт/сағат үшін 29 теңге төлейді.", "29 теңге")
    assert (found.kind, _period(found)) == ("plan", (date(2025, 2, 1), None))


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("1 қаңтардан бастап бір реттік жәрдемақы 140 200 теңге болады.", "140 200 теңге"),
        ("1 қаңтардан бастап электр қуатының бағасы 18 теңгеге түседі.", "18 теңгеге"),
        ("1 қаңтардан бастап мүгедектік бойынша жәрдемақы 96 400 теңгеге дейін өседі.", "96 400 теңгеге"),
        (
            '"Былтыр төлем 120 мың теңге болған. 1 қаңтардан бастап 128 мың теңге болады", – дейді '
            "бөлім басшысы.",
            "128 мың теңге",
        ),
    ],
)
def test_a_start_day_told_in_the_aorist_in_december_is_the_january_ahead(text: str, surface: str) -> None:
    found = _find(text, surface)
    assert (found.kind, _period(found)) == ("plan", (date(2025, 1, 1), None))


@pytest.mark.parametrize(
    ("text", "surface", "published", "start"),
    [
        # a day gone by told in the past keeps its year
        (
            "1 қаңтардан бастап бір реттік жәрдемақы 140 200 теңге болды.",
            "140 200 теңге",
            P,
            date(2024, 1, 1),
        ),
        # a day a month back told in the aorist is the one just gone by (a raise in force)
        (
            "1 шілдеден бастап мұғалімдердің жалақысы 20 пайызға өседі.",
            "20 пайызға",
            date(2024, 8, 10),
            date(2024, 7, 1),
        ),
    ],
)
def test_a_start_day_near_behind_or_told_in_the_past_keeps_its_year(
    text: str, surface: str, published: date, start: date
) -> None:
    assert _find(text, surface, published).period_start == start


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("2025 жылы зейнетақы биылғыдан 4 800 теңгеге көбейеді.", "4 800 теңгеге"),
        ("Келесі жылы дәрігерлердің жалақысы биылғыдан 15 пайызға өседі.", "15 пайызға"),
    ],
)
def test_than_this_years_is_a_base_not_the_period(text: str, surface: str) -> None:
    assert _period(_find(text, surface)) == (date(2025, 1, 1), date(2025, 12, 31))


def test_this_year_itself_still_dates() -> None:
    found = _find("Биылғы 11 айда өнім көлемі 4 пайызға артты.", "4 пайызға")
    assert _period(found) == (date(2024, 1, 1), date(2024, 11, 30))


def test_impossible_names_the_thing_and_is_no_hedge() -> None:
    text = "Есептегіш қою мүмкін емес пәтерлерде жылу бағасы бір гигакалорий үшін 5 120 теңгені құрайды."
    found = _find(text, "5 120 теңгені")
    assert (found.kind, _period(found)) == ("actual", (P, P))


def test_possible_is_still_a_hedge() -> None:
    assert _find("Жылу тарифі 12 пайызға көтерілуі мүмкін.", "12 пайызға").kind == "forecast"


@pytest.mark.parametrize(
    "text",
    [
        "Бекеттерде АИ 92 маркалы бензиннің литрі 210 теңге тұр.",
        "Облыста АИ 95 бензинінің қоры 4 мың тонна.",
    ],
)
def test_a_fuel_grade_written_with_a_space_is_no_figure(text: str) -> None:
    values = [i.value for i in _all(text)]
    assert 92.0 not in values and 95.0 not in values, values


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Бензин ең қымбат Ақтауда, литрі 214 теңге. Шымкентте 206, Таразда 208 теңге.", "206", "KZT"),
        ("Жаңа бағамен бензин 215, ал дизель отыны 300 теңге болады.", "215", "KZT"),
    ],
)
def test_a_bare_price_takes_the_unit_of_its_twin(text: str, surface: str, unit: str) -> None:
    assert _find(text, surface).unit == unit


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Ауданда мектеп саны 40, оның 35 пайызы ауылда.", "40"),
        ("Ауданға 12, ал қалаға 300 мың теңге бөлінді.", "12"),
    ],
)
def test_no_twin_for_a_part_or_another_size(text: str, surface: str) -> None:
    assert _find(text, surface).unit == "count"


@pytest.mark.parametrize(
    "text",
    [
        "Бірінші деңгейде баға 15 теңге, 2-шісінде 20 теңге.",
        "Элеваторларға 3-сыныпты бидайдың 40 мың тоннасы құйылды.",
        "Жарыста 2-шіден 6 спортшы өтті.",
    ],
)
def test_an_ordinal_in_a_case_or_a_grade_is_no_figure(text: str) -> None:
    values = [i.value for i in _all(text)]
    assert 2.0 not in values and 3.0 not in values, values


def test_a_year_said_as_an_ordinal_is_a_deadline() -> None:
    text = "2035-ші жылға қарай қала тұрғын үй қорының алаңы 40 млн шаршы метрге жетуі керек."
    assert _period(_find(text, "40 млн шаршы метрге")) == (None, date(2035, 12, 31))


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        # money budgeted ("қаралған", "қаралды") for the year under way is a plan, as "бөлінді" is
        ("Биыл аудандық бюджеттен көше жарығына барлығы 64,2 млн теңге қаралған.", "64,2 млн теңге", "plan"),
        ("Ағымдағы жылы ауыл жолдарына 310 млн теңге қаралды.", "310 млн теңге", "plan"),
        # for a year gone by it was spent, and for works told as done it has been used
        ("2023 жылы ауыл жолдарына 280 млн теңге қаралды.", "280 млн теңге", "actual"),
        ("Биыл 9 көше жөнделді, оған 120 млн теңге қаралған.", "120 млн теңге", "actual"),
    ],
)
def test_money_budgeted_for_this_year_is_a_plan(text: str, surface: str, kind: str) -> None:
    assert _find(text, surface).kind == kind


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Облыста 38 шқ. жергілікті жол орташа жөндеуден өтті.", "38 шқ."),
        ("Ауыл ішіндегі 6,4 шқ жолға асфальт төселді.", "6,4 шқ"),
    ],
)
def test_the_short_kilometre_is_a_length(text: str, surface: str) -> None:
    assert _find(text, surface).unit == "km"


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        # the years in brackets restate the phrase before them, and their abbreviation closes the bracket
        (
            "Егемендік жылдарында (1992-2020 ж.ж.) ауданда 65 ауылға газ тартылды.",
            "65",
            (date(1992, 1, 1), date(2020, 12, 31)),
        ),
        ("Облыста 140 балабақша ашылды (2016-2020 жж.).", "140", (date(2016, 1, 1), date(2020, 12, 31))),
    ],
)
def test_years_in_brackets_are_the_period(text: str, surface: str, period: tuple[date, date]) -> None:
    assert _period(_find(text, surface)) == period


def test_brackets_with_a_figure_of_their_own_date_only_it() -> None:
    text = "Облыста 140 балабақша ашылды (оның 30-ы 2020 жылы)."
    assert _period(_find(text, "140")) == (P, P)
