"""Kazakh kinds and false hits seen wrong on real stored news pages (round real19kk: fuel for the
field campaigns, fuel prices, tourists, regional housing and budgets), in sentences of our own.

Labelled by tests/realworld/FORMAT.md:
  1. fuel set aside for a campaign told in the first person ("науқанына ... 413 мың тонна бөлдік") or
     reported ("... бөлінгенін айтты") was read as actual; it is a plan, as "бөлінді" is.
  2. a seller's price in the ablative ("литріне 185 теңгеден сатамыз") was a plan; it is the price now.
  3. "болуы керек", "келуі тиіс" with a figure (a level that must be, an arrival no one here does) were
     plans; they are goals. A deed owed ("ұшақ жеткізілуі тиіс") and the size of a thing still to be
     built ("мектеп бой көтеруі керек, онда 600 оқушы болуы керек") stay plans.
  4. "2027 жылға дейін ... жыл сайын 7-8 пайызға қымбаттайды / қымбаттап отырады": rises every year up to
     a year named were a goal; they are a schedule, a plan (as "өседі" was). With no year named the
     yearly habit keeps its reading.
  5. "1 литр дизель отынының бағасы 192 теңге", "1 литр дизельді ... 204 теңгеден": the one unit a
     price is for, written bare, was a figure of 1 litre.
  6. "бағасы-139 теңге" (the dash typed glued to the number) was missed as a name like "АИ-92".
  7. a numbered indicator ("2.1.1 индикаторы") was read as figures 2.1 and 1.
  8. "Қалған 14 үйдің құрылысын жүргізу үшін ... әзірленуде" under a quarter gone by was a state now
     (actual); the houses a purpose aims at are still to come, a plan.
  9. "Қалған 5 млн теңге бойынша конкурстық рәсімдер өтуде": the rest of the money, still in tender,
     was actual; it is not yet spent, a plan.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicator_record import Indicator
from etl.extract.indicators import extract_indicators

P = date(2025, 3, 12)


def _all(text: str, published: date = P) -> list[Indicator]:
    return extract_indicators(text, published, language="kk")


def _find(text: str, surface: str, published: date = P) -> Indicator:
    found = [i for i in _all(text, published) if i.surface == surface]
    assert found, f"no figure written {surface!r}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Егіс науқанына биыл шаруаларға 380 мың тонна дизель отынын бөлдік.", "380 мың тонна"),
        (
            "Вице-министр көктемгі науқанға облыстарға 295 мың тонна жанармай бөлінгенін айтты.",
            "295 мың тонна",
        ),
        (
            "Бұған дейін министр егін жинау науқанына 410 мың тонна отын бөлінгенін хабарлаған еді.",
            "410 мың тонна",
        ),
    ],
)
def test_fuel_for_a_campaign_we_allocated_or_reported_is_a_plan(text: str, surface: str) -> None:
    assert _find(text, surface).kind == "plan"


def test_fuel_allocated_for_a_campaign_gone_by_stays_actual() -> None:
    text = "Өткен жылы егіс науқанына 350 мың тонна жанармай бөлдік."
    assert _find(text, "350 мың тонна").kind == "actual"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Дизельді фермерлерге литріне 215 теңгеден сатамыз.", "215 теңгеден"),
        ("Зауыт қантты келісіне 480 теңгеден сатады.", "480 теңгеден"),
    ],
)
def test_a_price_we_sell_at_is_the_price_now(text: str, surface: str) -> None:
    found = _find(text, surface)
    assert found.kind == "actual"
    assert (found.period_start, found.period_end) == (P, P)


def test_a_price_sold_at_from_a_day_on_stays_to_come() -> None:
    found = _find("1 сәуірден бастап бензинді литріне 230 теңгеден сатамыз.", "230 теңгеден")
    assert found.kind != "actual" or found.period_start == date(2025, 4, 1)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Жаңа элеватордың сыйымдылығы 120 мың тонна болуы керек.", "120 мың тонна"),
        ("Биыл облысқа кемінде 2 млн турист келуі тиіс.", "2 млн"),
        ("Демалыс аймағына жазда 300 мың адам келуі керек.", "300 мың"),
    ],
)
def test_a_level_that_must_be_is_a_goal(text: str, surface: str) -> None:
    assert _find(text, surface).kind == "target"


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Келісімге сәйкес 6 жаңа локомотив жеткізілуі тиіс.", "6", "plan"),
        ("Жаңа мектеп 2026 жылы бой көтеруі керек, онда 900 оқушы болуы керек.", "900", "plan"),
        ("Бір пәтердің орташа құны 25 млн теңге шамасында болуы керек.", "25 млн теңге", "forecast"),
    ],
)
def test_a_deed_owed_a_size_or_a_guess_keeps_its_kind(text: str, surface: str, kind: str) -> None:
    assert _find(text, surface).kind == kind


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("2028 жылға дейін жылу тарифі жыл сайын 9 пайызға қымбаттайды.", "9 пайызға"),
        ("2027 жылға дейін газдың бағасы жыл сайын 12 пайызға қымбаттап отырады.", "12 пайызға"),
    ],
)
def test_yearly_rises_up_to_a_year_named_are_a_plan(text: str, surface: str) -> None:
    found = _find(text, surface)
    assert found.kind == "plan"
    assert found.period_end is not None and found.period_end.year in (2027, 2028)


def test_a_yearly_habit_with_no_year_named_keeps_its_reading() -> None:
    assert _find("Жұмысшылар айына 350 мың теңге алып отырады.", "350 мың теңге").kind == "actual"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Бекеттерде 1 литр дизель отынының орташа бағасы 288 теңге.", "288 теңге"),
        ("Операторлар 1 литр дизельді шаруаларға 240 теңгеден жеткізіп жатыр.", "240 теңгеден"),
        ("Шаруа 1 тонна арпаны 85 мың теңгеден сатты.", "85 мың теңгеден"),
    ],
)
def test_a_bare_one_unit_a_price_is_for_is_no_figure(text: str, surface: str) -> None:
    found = _all(text)
    assert [i.surface for i in found] == [surface]


def test_one_unit_gathered_stays_a_figure() -> None:
    found = _find("Омарташы биыл 1 тонна бал жинады, оның бағасы 4 млн теңге.", "1 тонна")
    assert (found.value, found.unit) == (1.0, "tonne")


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Қалада АИ-92 бензинінің бағасы-205 теңге болды.", "205 теңге", 205.0),
        ("Көмірдің тоннасы-24 мың теңге.", "24 мың теңге", 24000.0),
    ],
)
def test_a_measure_with_a_glued_dash_is_read(text: str, surface: str, value: float) -> None:
    assert _find(text, surface).value == value


def test_a_name_with_a_dash_is_still_no_figure() -> None:
    assert _all("Әуежайға Ил-76 ұшағы қонды, АИ-95 бензині жеткізілді.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Мәселен, 3.2.1 индикаторының мәні 6,8%-дан 4,1%-ға дейін төмендеді.",
        "Бағдарламаның 1.4.2 тармағы бойынша үлес 12,5% болды.",
    ],
)
def test_a_numbered_indicator_is_no_figure(text: str) -> None:
    assert all(i.value not in (3.2, 1.4, 1.0, 2.0) for i in _all(text))
    assert {i.unit for i in _all(text)} == {"percent"}


def test_a_decimal_with_a_point_stays_a_figure() -> None:
    assert _find("Өсім 2.5 пайыз болды.", "2.5 пайыз").value == 2.5


def test_the_things_a_purpose_aims_at_under_a_quarter_gone_by_are_a_plan() -> None:
    text = (
        "Ағымдағы жылдың І тоқсанында ауылда 2 үйге күрделі жөндеу жүргізілді.\n"
        "Қалған 11 үйдің құрылысын жүргізу үшін жер телімдері анықталып, құжаттары әзірленуде."
    )
    assert _find(text, "11", date(2025, 4, 22)).kind == "plan"


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Қалған 3 млн 200 мың теңге бойынша конкурстық рәсімдер өтуде.", "3 млн 200 мың теңге", "plan"),
        ("Қалған 900 млн теңге жол жөндеуге жұмсалды.", "900 млн теңге", "actual"),
    ],
)
def test_the_rest_of_the_money_still_in_tender_is_a_plan(text: str, surface: str, kind: str) -> None:
    assert _find(text, surface).kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "Өткен жылдың IІІ тоқсанында облысқа 420 мың турист келген.",  # a Latin I, then two Kazakh І
        "Өткен жылдың ІIІ тоқсанында облысқа 420 мың турист келген.",
    ],
)
def test_a_quarter_numeral_typed_in_mixed_letters_is_the_quarter(text: str) -> None:
    found = _find(text, "420 мың", date(2025, 1, 24))
    assert (found.period_start, found.period_end) == (date(2024, 7, 1), date(2024, 9, 30))


def test_a_quarter_numeral_in_one_script_is_read_as_before() -> None:
    found = _find("Өткен жылдың ІІ тоқсанында облысқа 310 мың турист келген.", "310 мың", date(2025, 1, 24))
    assert (found.period_start, found.period_end) == (date(2024, 4, 1), date(2024, 6, 30))
