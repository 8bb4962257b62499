"""English kind and period classes of the en12 pass: buildings under construction or repair
(FORMAT.md, Kind conventions: their number is a present state, their capacity and worth a plan) and
the classes our own article-shaped sentences showed; each with look-alikes that keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators

D = date
PUBLISHED = D(2025, 5, 20)
TODAY = (PUBLISHED, PUBLISHED)
YEAR = (D(2025, 1, 1), D(2025, 12, 31))

Row = tuple[date | None, date | None, str]


def _read(body: str, title: str = "", published: date = PUBLISHED) -> dict[str, Row]:
    return {
        i.surface: (i.period_start, i.period_end, i.kind)
        for i in extract_indicators(body, published, title=title, language="en")
    }


# --- buildings under construction: how many is a present state, what they will hold is planned ---


@pytest.mark.parametrize(
    ("sentence", "count", "places"),
    [
        ("In Turkestan region 9 kindergartens for 2,700 children are under construction.", "9", "2,700"),
        ("In the region 14 hospitals with 3,100 beds are being built.", "14", "3,100"),
        (
            "In Karaganda, 6 more dormitories for 1,800 students are currently being constructed.",
            "6",
            "1,800",
        ),
    ],
)
def test_buildings_under_construction_are_counted_now_their_places_planned(
    sentence: str, count: str, places: str
) -> None:
    read = _read(sentence)
    assert read[count] == (*TODAY, "actual")
    assert read[places][2] == "plan"


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        (
            "The roofs of 23 rural schools are being repaired this summer, with the work due by September.",
            "23",
        ),
        ("Meanwhile, 11 district hospitals are being turned into multi-profile centres.", "11"),
        ("Construction of 19 schools is under way in the southern districts.", "19"),
    ],
)
def test_buildings_under_repair_or_conversion_are_a_present_state(sentence: str, count: str) -> None:
    read = _read(sentence)
    assert read[count][2] == "actual"
    assert read[count][:2] == TODAY or read[count][:2] == YEAR


def test_a_year_named_for_the_building_programme_stays() -> None:
    read = _read("In 2025, 16 schools for 9,400 pupils are being built in the region.")
    assert read["16"] == (*YEAR, "actual")
    assert read["9,400"][2] == "plan"


@pytest.mark.parametrize(
    ("sentence", "surface", "kind"),
    [
        ("Last year 12 schools were built in the region.", "12", "actual"),
        ("The region will build 12 schools next year.", "12", "plan"),
        ("A further 12 schools are to be built by 2027.", "12", "plan"),
        ("Another 12 schools will be under construction from the spring.", "12", "plan"),
    ],
)
def test_built_or_to_be_built_keeps_its_reading(sentence: str, surface: str, kind: str) -> None:
    assert _read(sentence)[surface][2] == kind


def test_what_a_building_under_way_costs_or_holds_is_planned() -> None:
    read = _read("Workers are laying a 14-kilometre water main costing 820 million tenge.")
    assert read["820 million tenge"][2] == "plan"
    read = _read("Construction of a cement plant with a capacity of 1.2 million tons a year has begun.")
    assert read["1.2 million tons"][2] == "plan"


def test_what_a_finished_building_cost_is_done() -> None:
    read = _read("A 14-kilometre water main costing 820 million tenge has already been laid.")
    assert read["820 million tenge"][2] == "actual"
    read = _read("Last year a cement plant with a capacity of 1.2 million tons a year was commissioned.")
    assert read["1.2 million tons"][2] == "actual"


def test_the_worth_of_a_building_under_way_stands_at_the_report() -> None:
    read = _read(
        "A heat plant with a capacity of 320 MW worth 210 billion tenge is under construction in Semey."
    )
    assert read["210 billion tenge"] == (*TODAY, "plan")
    assert read["320 MW"][2] == "plan"


@pytest.mark.parametrize(
    "sentence",
    [
        "In Kostanay region 5 new dairy farms for 4,000 cows are being built.",
        "Near the capital 3 grain elevators for 60,000 tons are under construction.",
    ],
)
def test_farms_and_elevators_under_construction_are_counted_now(sentence: str) -> None:
    read = _read(sentence)
    count = next(surface for surface in read if surface in ("5", "3"))
    assert read[count] == (*TODAY, "actual")


# --- classes from our own article-shaped sentences (agriculture, industry, trade, energy, education) ---


@pytest.mark.parametrize(
    ("sentence", "surface", "period"),
    [
        (
            "In the 2025-2026 academic year, 3.9 million pupils are expected at school.",
            "3.9 million",
            (D(2025, 9, 1), D(2026, 5, 31)),
        ),
        (
            "In the 2023-2024 school year 402,000 children started first grade.",
            "402,000",
            (D(2023, 9, 1), D(2024, 5, 31)),
        ),
        # a span of years that is no school year stays a range
        ("In 2024-2026, the region will build 30 schools.", "30", (D(2024, 1, 1), D(2026, 12, 31))),
        (
            "The 2023-2025 academic years saw 81,000 grants awarded.",
            "81,000",
            (D(2023, 1, 1), D(2025, 12, 31)),
        ),
    ],
)
def test_a_named_school_year_runs_from_september_to_may(
    sentence: str, surface: str, period: tuple[date, date]
) -> None:
    assert _read(sentence)[surface][:2] == period


@pytest.mark.parametrize(
    ("sentence", "surface", "kind"),
    [
        ("The state has allocated 96,000 university grants for this year's admissions.", "96,000", "plan"),
        ("The government has approved 12 billion tenge for 2025 school meals.", "12 billion tenge", "plan"),
        # done: an allocation in a year over, or what was allocated without a year it is for
        ("In 2024, the state allocated 88,000 university grants.", "88,000", "actual"),
        (
            "Last year the ministry allocated 9 billion tenge for 2024 school meals.",
            "9 billion tenge",
            "actual",
        ),
    ],
)
def test_what_is_allocated_for_the_year_under_way_is_planned(sentence: str, surface: str, kind: str) -> None:
    assert _read(sentence)[surface][2] == kind


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("In Almaty 4 bus depots are being reconstructed.", "4"),
        ("Along the Ishim river 17 pedestrian crossings are under construction.", "17"),
    ],
)
def test_any_things_under_a_verb_of_building_are_counted_now(sentence: str, count: str) -> None:
    assert _read(sentence)[count] == (*TODAY, "actual")


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Three more campuses for 2,400 students are being built.", "2,400"),
        ("A new wing with 320 beds is under construction.", "320"),
    ],
)
def test_what_buildings_under_way_hold_stays_planned(sentence: str, surface: str) -> None:
    assert _read(sentence)[surface][2] == "plan"
