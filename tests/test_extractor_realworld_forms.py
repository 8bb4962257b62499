"""The forms of real reporting the extractor reads (issue 10), each on a sentence of our own."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators
from etl.extract.units import DISPLAY, UNITS

PUBLISHED = date(2025, 10, 14)


def _figures(body: str, title: str = "", published: date = PUBLISHED) -> dict[str, tuple]:
    return {
        i.surface: (i.value, i.unit, i.period_start, i.period_end, i.kind)
        for i in extract_indicators(body, published, title=title)
    }


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The region harvested one million 250 thousand tons of wheat.", 1_250_000, "tonne"),
        ("The forum drew nearly seven million participants.", 7e6, "count"),
        ("The fund will receive two and a half billion tenge.", 2.5e9, "KZT"),
        ("The average wage reached 48 650 tenge.", 48_650, "KZT"),
        ("The plant issued KZT120bn of bonds.", 120e9, "KZT"),
        ("The bank raised USD3.5mln from investors.", 3.5e6, "USD"),
        ("Exports of grain earned ₸45bn.", 45e9, "KZT"),
        ("The average yield was 14.2 centners per hectare.", 14.2, "centner_per_hectare"),
        ("Freight turnover reached 30.1 billion tonne-km.", 30.1e9, "tonne_km"),
        ("The plants generated 5 GWh of power.", 5e6, "kWh"),
        ("The reservoir holds 2.4 cubic kilometres of water.", 2.4e9, "m3"),  # no km3 code (FORMAT.md)
        ("The new pipeline is 850 metres long.", 850, "metre"),
        ("Farmers sowed 120 thousand-hectare fields of flax.", 120e3, "hectare"),
    ],
)
def test_number_forms_and_units(text: str, value: float, unit: str) -> None:
    found = extract_indicators(text, PUBLISHED)
    assert [(round(i.value, 3), i.unit) for i in found] == [(value, unit)]


def test_a_range_with_spaces_gives_both_ends() -> None:
    found = extract_indicators("Rents range from 11 200 KZT up to 13 400 KZT a month.", PUBLISHED)
    assert [(i.value, i.unit) for i in found] == [(11_200, "KZT"), (13_400, "KZT")]


def test_a_currency_given_once_carries_to_the_amounts_after_it() -> None:
    found = extract_indicators(
        "Spending will total 30 billion tenge in 2026 and 34 billion in 2027.", PUBLISHED
    )
    assert [(i.value, i.unit) for i in found] == [(30e9, "KZT"), (34e9, "KZT")]


def test_dates_are_no_figures() -> None:
    assert extract_indicators("The session opens on Oct. 23 and the school year on Sept. 1.", PUBLISHED) == []


def test_the_headline_dates_the_body_that_does_not_repeat_it() -> None:
    body = "Exporters shipped 2.1 million tons of flour.\nShipments to China reached 400,000 tons."
    found = _figures(body, title="Flour exports grow in the first nine months of 2025")
    for surface in ("2.1 million tons", "400,000 tons"):
        assert found[surface][2:4] == (date(2025, 1, 1), date(2025, 9, 30))


def test_a_sentence_opening_with_a_period_sets_the_scene_for_the_next() -> None:
    body = "In the first half of the year, 189,500 children were born.\nDeaths totalled 63,600."
    found = _figures(body, published=date(2023, 8, 11))
    assert found["63,600"][2:4] == (date(2023, 1, 1), date(2023, 6, 30))


def test_a_comparison_base_is_not_the_figures_period() -> None:
    body = "Tax receipts rose to 58 billion tenge in January-March 2025, 12% more than in 2021."
    found = _figures(body)
    assert found["12%"][2:4] == (date(2025, 1, 1), date(2025, 3, 31))


def test_each_clause_has_its_own_year() -> None:
    found = _figures("The country opened 140 schools in 2024, and 95 will be built in 2025.")
    assert found["140"][2:5] == (date(2024, 1, 1), date(2024, 12, 31), "actual")
    assert found["95"][2:5] == (date(2025, 1, 1), date(2025, 12, 31), "plan")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Output grew by 4% in Q2 2021.", date(2021, 4, 1), date(2021, 6, 30)),
        ("Since the beginning of the year, 35 parks have opened.", date(2025, 1, 1), PUBLISHED),
        ("Some 40 clinics will open by the year-end.", None, date(2025, 12, 31)),
        ("The plan allots 300 billion tenge for 2025-2027.", date(2025, 1, 1), date(2027, 12, 31)),
    ],
)
def test_period_forms(text: str, start: date | None, end: date | None) -> None:
    (figure,) = extract_indicators(text, PUBLISHED)
    assert (figure.period_start, figure.period_end) == (start, end)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The deficit is set to shrink to 2% of GDP.", "plan"),
        ("Some 12 new bridges are foreseen under the programme.", "plan"),
        ("Ten plants with 300 MW will be put into service.", "plan"),
        ("Exports are expected to reach $2 billion by 2028.", "forecast"),
        ("By 2023 the number had fallen to 3,900.", "actual"),
        ("The project added 70 km, bringing the total to 1,240 km.", "actual"),
    ],
)
def test_kinds(text: str, kind: str) -> None:
    assert extract_indicators(text, PUBLISHED)[-1].kind == kind


def test_bullets_under_a_planning_lead_are_plans() -> None:
    body = "Four schools are to be handed over by Sept. 1.\nAmong them:\n- a school for 1,200 pupils;\n- a 600-seat school."
    found = extract_indicators(body, date(2025, 7, 31))
    assert [i.kind for i in found[-2:]] == ["plan", "plan"]


def test_every_unit_code_has_a_display() -> None:
    """One table: a code added to UNITS is known to the dashboard's formatter at once."""
    assert {u.code for u in UNITS} <= set(DISPLAY)
