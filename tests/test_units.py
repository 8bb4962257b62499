"""The one unit table: every code it defines is a UnitCode, and every reader of units reads it."""

from __future__ import annotations

from typing import get_args

import pytest

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


def test_a_bare_m_is_a_million_before_a_unit_or_a_counted_plural_and_metres_before_a_size() -> None:
    from datetime import date

    def read(sentence: str) -> list[tuple[float, str]]:
        return [(f.value, f.unit) for f in extract_indicators(sentence, date(2025, 5, 1))]

    assert read("The fund raised $28.5 m last year.") == [(28_500_000.0, "USD")]
    assert read("The mines produced 28.5 m tonnes of coal.") == [(28_500_000.0, "tonne")]
    assert read("About 2.5 m people and 40 k tourists came.") == [(2_500_000.0, "count"), (40_000.0, "count")]
    assert read("The new pier is 28.5 m long.") == [(28.5, "metre")]
    assert read("The channel was dredged to 7 m.") == [(7.0, "metre")]
    # a singular noun after it says neither: the number is kept as it is written
    assert read("The 100 m track was resurfaced.") == [(100.0, "count")]


def test_a_figure_in_a_unit_without_a_code_points_to_its_sentence_not_a_bare_number() -> None:
    # "480 Gcal/h" and "22.55 per 1,000 people" are stored as "other": "480" alone would be quoted unitless
    assert fmt.figure(480, "other") == "480 (unit as in the sentence)"
    assert fmt.reported(22.55, "other", "about") == "about 22.55 (unit as in the sentence)"
    assert fmt.unit_name("other") == "other units (as in the sentence)"


@pytest.mark.parametrize(
    ("value", "unit", "shown"),
    [(0.025, "other", "0.025 (unit as in the sentence)"), (1.125, "percent", "1.125 %"), (22.55, "other", "22.55 (unit as in the sentence)"),
     (8.6, "percent", "8.6 %"), (48_650, "tonne", "48,650 t")],
)  # fmt: skip
def test_a_figure_below_a_million_keeps_every_decimal_it_was_written_with(
    value: float, unit: str, shown: str
) -> None:
    # "теплоснабжение — до 0,025 Гкал" showed as "up to 0.03": a reader would quote a figure never reported
    assert fmt.figure(value, unit) == shown
