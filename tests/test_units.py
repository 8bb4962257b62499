"""The one unit table: every code it defines is a UnitCode, and every reader of units reads it."""

from __future__ import annotations

from typing import get_args

from dashboard import format as fmt
from etl.extract.indicators import extract_indicators
from etl.extract.units import NAMES, UNITS, UnitCode


def test_every_unit_of_the_table_is_a_unit_code_and_back() -> None:
    assert {unit.code for unit in UNITS} | {"count"} == set(get_args(UnitCode))


def test_the_dashboard_shows_units_as_the_table_names_and_signs_them() -> None:
    assert fmt.unit_name("tonne") == NAMES["tonne"] == "tonnes"
    assert fmt.figure(1_500, "centner_per_hectare", compact=False) == "1,500 c/ha"
    assert fmt.figure(2_000_000, "USD") == "$2 M"


def test_a_unit_form_of_the_table_is_read_by_the_extractor() -> None:
    from datetime import date

    found = extract_indicators("The plant will add 450 MW of capacity in 2026.", date(2025, 5, 1))
    assert [(f.value, f.unit) for f in found] == [(450.0, "MW")]


def test_containers_counted_in_twenty_foot_equivalents_are_other_in_every_spelling() -> None:
    from datetime import date

    english = extract_indicators(
        "The corridor carried 48,000 twenty-foot equivalent units (TEU) in 2023.", date(2024, 2, 1)
    )
    russian = extract_indicators(
        "Порт перевалил 21 тыс. контейнеров в двадцатифутовом эквиваленте.", date(2024, 2, 1), "", "ru"
    )
    assert [(f.value, f.unit) for f in english] == [(48_000.0, "other")]
    assert [(f.value, f.unit) for f in russian] == [(21_000.0, "other")]
