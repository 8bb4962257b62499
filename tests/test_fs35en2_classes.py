"""English forms left after the first pass on the blind sets h34/h35 (+fs35en2): our own
sentences, labelled by tests/realworld/FORMAT.md before the reader ran, each with look-alikes
that keep their reading."""

from __future__ import annotations

from datetime import date as D

import pytest

from tests.figure_lookup import figure_by_surface, span

P = D(2024, 3, 14)
TODAY = (P, P)


@pytest.mark.parametrize(
    ("title", "body", "surface"),
    [
        (
            "Water pipes 48% worn; ministry aims for 30% by 2029",
            "Pipe wear averages 48%. In Taraz it reaches 79%. Similar levels are also reported in "
            "Shu (75%) and Zhanatas (73%).",
            "75%",
        ),
        (
            "Water pipes 48% worn; ministry aims for 30% by 2029",
            "Pipe wear averages 48%. Heavy wear is recorded in Kentau (66%), as well as in Arys (61%).",
            "61%",
        ),
        (
            "Clinics to be fully staffed by 2028",
            "Staffing of rural clinics is 81%. Low shares are observed in Zhetisu (58%) and Abai (62%).",
            "58%",
        ),
    ],
)
def test_a_level_reported_under_a_deadline_ahead_stands_now(title: str, body: str, surface: str) -> None:
    # the headline's goal year is no span of a level told with a present passive of report
    assert span(figure_by_surface(body, surface, P, title=title)) == TODAY


@pytest.mark.parametrize(
    ("title", "body", "surface", "want"),
    [
        # what has already been done under the deadline is still counted up to the report
        (
            "Region to build 300 clinics by 2029",
            "In all, 174 doctors have been deployed to villages. Wear is recorded in Shu (75%).",
            "174",
            (None, P),
        ),
        # a level with a year of its own keeps that year
        (
            "Water pipes 48% worn; ministry aims for 30% by 2029",
            "Pipe wear averages 48%. In 2023, wear was recorded in Shu (75%).",
            "75%",
            (D(2023, 1, 1), D(2023, 12, 31)),
        ),
    ],
)
def test_reported_level_look_alikes_keep_their_reading(
    title: str, body: str, surface: str, want: tuple[D | None, D | None]
) -> None:
    assert span(figure_by_surface(body, surface, P, title=title)) == want


MONDAY = (D(2024, 3, 11), D(2024, 3, 11))


@pytest.mark.parametrize(
    ("body", "surface", "want"),
    [
        # how many places a movement holds in now: a state, dated by the day it was told
        ("Rice prices are rising in 11 regions, the committee chairman said on Monday.", "11", MONDAY),
        (
            "Petrol is getting dearer as prices are climbing in 6 cities, the agency said on Monday.",
            "6",
            MONDAY,
        ),
        ("Rents are falling in 4 districts of the capital.", "4", TODAY),
    ],
)
def test_places_a_movement_holds_in_now(body: str, surface: str, want: tuple[D | None, D | None]) -> None:
    assert span(figure_by_surface(body, surface, P)) == want


@pytest.mark.parametrize(
    ("body", "surface", "want"),
    [
        # the size of the movement is no place count: it keeps its (absent) period
        ("Rice prices are rising by 11% in Astana, the chairman said on Monday.", "11%", (None, None)),
        # a year of its own stays
        (
            "Output is growing in 2023 by 7%, the minister said on Monday.",
            "7%",
            (D(2023, 1, 1), D(2023, 12, 31)),
        ),
    ],
)
def test_movement_look_alikes_keep_their_reading(
    body: str, surface: str, want: tuple[D | None, D | None]
) -> None:
    assert span(figure_by_surface(body, surface, P)) == want


WEEK = (D(2024, 3, 7), D(2024, 3, 14))
SO_FAR = (D(2024, 1, 1), P)
_WEEK_REPORT = (
    "Since the beginning of the year, fuel has become dearer by 4.1%.\n"
    "Over the week, diesel rose by 0.6% and petrol by 0.2%.\n"
    "Gas was the exception. It went up in 9 regions, the committee said."
)


@pytest.mark.parametrize(
    "title",
    ["Fuel prices edge up over the week", "Fuel: prices up 0.4% over the past week"],
)
def test_the_headlines_week_is_no_aside_of_the_year(title: str) -> None:
    # the week the headline names is the report's span: the next paragraph stays in it
    assert span(figure_by_surface(_WEEK_REPORT, "9", P, title=title)) == WEEK


def test_a_week_the_headline_does_not_name_stays_an_aside() -> None:
    # look-alike: under a headline with no span the year to date is resumed at the next paragraph
    assert span(figure_by_surface(_WEEK_REPORT, "9", P, title="Fuel prices in Kazakhstan")) == SO_FAR


DEC1 = (D(2024, 12, 1), D(2024, 12, 1))
Q = D(2024, 12, 18)


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        (
            "Some 212,000 families were receiving housing aid as of December 1, 2024, the ministry said.\n"
            "From January 1, 2024, the aid was raised by 5%.\n"
            "As of the same date, 8,400 families were on the waiting list.",
            "8,400",
        ),
        (
            "As of December 1, 2024, 64,000 students held state grants.\n"
            "The grant currently stands at 52,000 tenge.\n"
            "As at the same date, 3,100 of them studied abroad.",
            "3,100",
        ),
    ],
)
def test_as_of_the_same_date_is_the_day_last_named_as_of(body: str, surface: str) -> None:
    assert span(figure_by_surface(body, surface, Q)) == DEC1


def test_as_of_the_same_date_in_a_year_stays_a_base() -> None:
    # look-alike: "as of the same date in 2023" names that year's day, a base of its own
    body = (
        "As of December 1, 2024, 64,000 students held state grants, against 59,000 "
        "as of the same date in 2023."
    )
    assert span(figure_by_surface(body, "59,000", Q)) != DEC1


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        (
            "The student grant will be 52,000 tenge from September 1, 2025, the draft says.\n"
            "The draft sets these rates for the next academic year:\n"
            "• master's grant – 78,000 tenge;\n"
            "• doctoral grant – 140,000 tenge.\n"
            "Hostel fees are to be cut by 4% from the same date.",
            "4%",
        ),
        (
            "The water tariff will be 90 tenge from September 1, 2025.\n"
            "In 2025, the region plans to use 41 million cubic metres of water.\n"
            "Heating tariffs will go up by 6% from the same date.",
            "6%",
        ),
    ],
)
def test_from_the_same_date_is_the_open_start_named_last(body: str, surface: str) -> None:
    assert span(figure_by_surface(body, surface, Q)) == (D(2025, 9, 1), None)


def test_a_year_between_keeps_its_own_figure() -> None:
    # look-alike: the year named between the start and "from the same date" still dates its figure
    body = (
        "The water tariff will be 90 tenge from September 1, 2025.\n"
        "In 2025, the region plans to use 41 million cubic metres of water.\n"
        "Heating tariffs will go up by 6% from the same date."
    )
    assert span(figure_by_surface(body, "41 million cubic metres", Q)) == (D(2025, 1, 1), D(2025, 12, 31))


TUESDAY = D(2024, 3, 12)
_TOLD_TUESDAY = "Speaking at a forum on Tuesday, the minister said the city lacks some 9,000 hospital beds. "


@pytest.mark.parametrize(
    ("body", "surface", "want"),
    [
        (
            _TOLD_TUESDAY + "He added that over the past decade the number of doctors has grown by 4,200 "
            "and has reached 31,000.",
            "4,200",
            (D(2014, 3, 12), TUESDAY),
        ),
        (
            _TOLD_TUESDAY + "He added that over the past decade the number of doctors has grown by 4,200 "
            "and has reached 31,000.",
            "31,000",
            (TUESDAY, TUESDAY),
        ),
        (
            _TOLD_TUESDAY + "She noted that in the last five years the fleet of ambulances has grown by 340.",
            "340",
            (D(2019, 3, 12), TUESDAY),
        ),
    ],
)
def test_a_span_counted_back_by_a_sentence_going_on(
    body: str, surface: str, want: tuple[D | None, D | None]
) -> None:
    # "He added that ..." goes on with what was told on Tuesday: its past decade ends on Tuesday
    assert span(figure_by_surface(body, surface, P)) == want


def test_a_span_counted_back_in_a_sentence_of_its_own_keeps_the_report() -> None:
    # look-alike: no sentence it goes on with, so the span still ends at the report
    body = "Hospitals opened in 2023. Over the past decade the number of doctors has grown by 4,200."
    assert span(figure_by_surface(body, "4,200", P)) == (D(2014, 3, 14), P)


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        (
            "Over the week, rice got cheaper by 0.4%.\n"
            "Under the rules, akimats may buy up to 30% of their quarterly need for fuel in advance.",
            "30%",
        ),
        (
            "Over the week, rice got cheaper by 0.4%.\n"
            "Under the current law, a tenant may sublet up to 25% of the floor space.",
            "25%",
        ),
    ],
)
def test_what_a_rule_in_force_allows_stands_now(body: str, surface: str) -> None:
    found = figure_by_surface(body, surface, P)
    assert (found.kind, span(found)) == ("actual", TODAY)


@pytest.mark.parametrize(
    ("body", "surface", "kind"),
    [
        # look-alikes: "may" of an outlook, with no rule opening the sentence, stays a forecast
        ("Analysts say grain prices may rise by up to 12% next spring.", "12%", "forecast"),
        # and a rule that may be revised says nothing of its figure's standing now
        ("Under the rules, the cap may be raised to 40% next year.", "40%", "forecast"),
    ],
)
def test_may_look_alikes_keep_their_kind(body: str, surface: str, kind: str) -> None:
    assert figure_by_surface(body, surface, P).kind == kind


J = D(2024, 6, 5)


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        (
            "On May 28, the cabinet approved a resolution allocating 12 billion tenge for rural roads.",
            "12 billion tenge",
        ),
        (
            "At the end of May, the prime minister signed a decree releasing 4.5 billion tenge from the reserve "
            "to rebuild flooded homes.",
            "4.5 billion tenge",
        ),
    ],
)
def test_money_a_decree_sets_aside_on_a_day_is_a_budget_line(body: str, surface: str) -> None:
    assert figure_by_surface(body, surface, J).kind == "plan"


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        # look-alikes: money paid out on a day, and a decree of a past year, stay done
        ("On May 28, the fund paid out 12 billion tenge to flood victims.", "12 billion tenge"),
        (
            "In March 2021, the cabinet signed a decree allocating 7 billion tenge for rural roads.",
            "7 billion tenge",
        ),
    ],
)
def test_money_paid_or_of_a_past_year_stays_actual(body: str, surface: str) -> None:
    assert figure_by_surface(body, surface, J).kind == "actual"


@pytest.mark.parametrize(
    ("title", "body", "surface"),
    [
        (
            "Student grant to rise in 2026",
            "The draft budget also fixes the monthly hostel allowance at 12,400 tenge.",
            "12,400 tenge",
        ),
        (
            "Fees for 2026 approved in first reading",
            "The bill sets the state duty for a passport at 4,600 tenge.",
            "4,600 tenge",
        ),
    ],
)
def test_a_level_an_act_sets_for_a_span_ahead_is_a_plan(title: str, body: str, surface: str) -> None:
    assert figure_by_surface(body, surface, P, title=title).kind == "plan"


def test_a_level_set_for_the_span_under_way_stays_actual() -> None:
    # look-alike: a rate the bank sets at its meeting for now is in force, actual
    body = "The National Bank sets the base rate at 14.75%, the regulator said on Monday."
    assert figure_by_surface(body, "14.75%", P).kind == "actual"


_PLAN_LEAD = "In total, 90,000 tractors are planned to be assembled this year.\n"


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        (
            _PLAN_LEAD
            + "\u201cIn the Kostanay zone, projects are being prepared to make tyres with a capacity "
            "of 400,000 units and 20,000 gearboxes,\u201d the minister said.",
            "400,000",
        ),
        (
            _PLAN_LEAD + "Projects are being developed to produce 20,000 gearboxes a year in Pavlodar.",
            "20,000",
        ),
    ],
)
def test_output_of_projects_in_preparation_stands_at_the_report(body: str, surface: str) -> None:
    found = figure_by_surface(body, surface, P)
    assert (found.kind, span(found)) == ("plan", TODAY)


def test_the_plan_of_the_year_keeps_its_year() -> None:
    # look-alike: the plan lead itself keeps "this year"
    found = figure_by_surface(_PLAN_LEAD, "90,000", P)
    assert span(found) == (D(2024, 1, 1), D(2024, 12, 31))
