"""English phrasing classes of extractor +en7, each on sentences of our own with look-alikes
that must keep their old reading (see tests/test_periods_classes.py for the earlier classes)."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import Indicator, extract_indicators

PUBLISHED = date(2025, 10, 20)
D = date


def _read(body: str, title: str = "", published: date = PUBLISHED) -> list[Indicator]:
    return extract_indicators(body, published, title=title, language="en")


def _units(body: str) -> list[tuple[str, float, str]]:
    return [(i.surface, i.value, i.unit) for i in _read(body)]


# --- Units the sentence leaves implicit ---------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Barley gave 18 centners on irrigated land.", [("18 centners", 18, "centner_per_hectare")]),
        (
            "Typical yields in the south were 31-34 quintals.",
            [("31", 31, "centner_per_hectare"), ("34 quintals", 34, "centner_per_hectare")],
        ),
    ],
)
def test_a_bare_centner_is_a_yield(body: str, expected: list[tuple[str, float, str]]) -> None:
    assert _units(body) == expected


def test_centners_of_a_crop_are_no_yield() -> None:
    ((surface, _, unit),) = _units("The cooperative sold 4 million centners of barley.")
    assert unit != "centner_per_hectare"


@pytest.mark.parametrize(
    ("body", "low"),
    [
        ("Diesel sold for 310 to 340 tenge per litre in the north.", ("310", 310, "KZT")),
        ("Each lot weighed 40 to 55 tonnes.", ("40", 40, "tonne")),
    ],
)
def test_the_low_end_of_a_range_takes_the_high_ends_unit(body: str, low: tuple[str, float, str]) -> None:
    assert _units(body)[0] == low


def test_a_number_far_below_the_next_figure_is_no_range_end() -> None:
    # "by 3 to 60,000 tonnes": a change of 3 and a new level, not the range 3..60,000
    found = _units("The quota was cut by 3 to 60,000 tonnes.")
    assert found[0][2] != "tonne"


@pytest.mark.parametrize(
    "body",
    [
        "Rice yields ranged from 40 to 62 centners per hectare this season.",
        "Rice yields varied from 40 to 62 centners per hectare this season.",
    ],
)
def test_a_spread_from_x_to_y_is_a_range_not_a_change(body: str) -> None:
    low, high = _read(body, published=D(2025, 10, 20))
    assert (low.role, high.role) == ("low", "high")
    assert low.period_start == high.period_start  # not last year's level, as "rose from 40 to 62" would be


def test_a_change_from_x_to_y_keeps_its_old_level() -> None:
    low, high = _read("Rice yields rose from 40 to 62 centners per hectare this year.")
    assert (low.role, high.role) == ("from", "to")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Kostanay farms threshed 14-16 centners per hectare, and the Mendykara farms about 19.",
            ["centner_per_hectare"] * 3,
        ),
        (
            "The first section runs 42 km, the second up to 57, and the third as much as 61.",
            ["km"] * 3,
        ),
    ],
)
def test_a_bare_number_ending_its_clause_repeats_the_measure_before_it(body: str, expected: list[str]) -> None:
    assert [unit for _, _, unit in _units(body)] == expected


@pytest.mark.parametrize(
    "body",
    [
        "The district built 9 km of roads, and 14 bridges.",  # a counted noun of its own
        "A third of 270 hectares is sown, 35% of them with wheat, and the remaining 40, with barley.",
        "Output rose 4%, and 12 new plants opened.",
        "The plant repaired 30 km, while 900 were waiting.",  # far from the km figure's order
    ],
)
def test_counts_after_a_measure_stay_counts(body: str) -> None:
    found = _units(body)
    assert found[-1][2] == "count"


@pytest.mark.parametrize(
    "body",
    [
        "The reform should cut the wait from 45 to 25 days.",
        "Terms were extended to 10-15 years.",
        "Licences now run for 3 to 5 years.",
    ],
)
def test_the_first_end_of_a_range_of_durations_is_no_figure(body: str) -> None:
    assert _read(body) == []


def test_a_range_of_amounts_before_days_is_still_read() -> None:
    # "from 45 to 25 tenge a day": money, not a duration
    assert [i.surface for i in _read("The fee fell from 45 to 25 tenge a day.")] == ["45", "25 tenge"]


def test_a_scale_inside_a_compound_adjective_is_read() -> None:
    (figure,) = _read("Exports crossed the 3-million-ton mark in August.")
    assert (figure.value, figure.unit) == (3e6, "tonne")


def test_a_hyphenated_scale_without_a_unit_is_left_alone() -> None:
    assert [i.value for i in _read("Officials named it a 5-billion-dollar question.")] != [5e9]
