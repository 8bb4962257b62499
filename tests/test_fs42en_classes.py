"""English forms met on the fresh development set d42 at first sight (+fs42en): our own sentences,
labelled by tests/realworld/FORMAT.md before the reader ran, each with look-alikes that keep
their reading."""

from __future__ import annotations

from datetime import date as D

import pytest

from tests.figure_lookup import figure_by_surface, span, surfaces

P = D(2025, 9, 16)
Span = tuple[D | None, D | None]
YEAR = (D(2025, 1, 1), D(2025, 12, 31))
NOW = (P, P)


def _span(body: str, surface: str, published: D = P) -> Span:
    return span(figure_by_surface(body, surface, published, language="en"))


def _kind(body: str, surface: str, published: D = P) -> str:
    return figure_by_surface(body, surface, published, language="en").kind


# --- "since at least 2007" is a record's yardstick, no period -------------------------------


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        (
            "Rail freight reached 21.4 million tons in August, 6.2% more than a year earlier and the "
            "best monthly result since at least 2010.",
            "6.2%",
            (D(2025, 8, 1), D(2025, 8, 31)),
        ),
        (
            "Exports of flour came to 310,000 tons in July, the largest volume since as far back as 2012.",
            "310,000 tons",
            (D(2025, 7, 1), D(2025, 7, 31)),
        ),
        (
            "Since at least 2015, the lake has lost 4 metres of depth.",
            "4 metres",
            (D(2015, 1, 1), P),
        ),
        # look-alikes: a plain "since" and a record without the hedge keep their reading
        (
            "Since 2015, the lake has lost 4 metres of depth.",
            "4 metres",
            (D(2015, 1, 1), P),
        ),
        (
            "Rail freight reached 21.4 million tons in August, the best monthly result since 2010.",
            "21.4 million tons",
            (D(2025, 8, 1), D(2025, 8, 31)),
        ),
    ],
)
def test_a_hedged_since_is_a_start_or_a_yardstick(body: str, surface: str, expected: Span) -> None:
    assert _span(body, surface) == expected


# --- a plan's "for the full year" is the plan's, not the part done --------------------------


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        (
            "In January-August, 3.1 billion tenge was paid out of the 5 billion tenge planned for the "
            "full year.",
            "3.1 billion tenge",
            (D(2025, 1, 1), D(2025, 8, 31)),
        ),
        (
            "In January-June, 2,400 km of roads were repaired out of 4,000 km scheduled for the whole year.",
            "2,400 km",
            (D(2025, 1, 1), D(2025, 6, 30)),
        ),
        # look-alikes: the planned figure keeps the whole year; a plan named for a year keeps it
        (
            "In January-August, 3.1 billion tenge was paid out of the 5 billion tenge planned for the "
            "full year.",
            "5 billion tenge",
            YEAR,
        ),
        (
            "In January-June, 2,400 km of roads were repaired out of 4,000 km scheduled for 2025.",
            "2,400 km",
            (D(2025, 1, 1), D(2025, 6, 30)),
        ),
    ],
)
def test_the_plans_year_is_not_the_done_parts(body: str, surface: str, expected: Span) -> None:
    assert _span(body, surface) == expected


# --- a past event told on a day its own sentence names is that day's ------------------------

_HALF = "In the first half of 2025, the number of road accidents fell by 8%, the minister said.\n"


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        (
            _HALF + "At the briefing on Aug. 12, the minister also said that the number of traffic "
            "deaths had decreased by 11% compared with the previous year.",
            "11%",
            (D(2025, 8, 12), D(2025, 8, 12)),
        ),
        (
            _HALF + "Speaking to reporters on July 30, he added that fines had brought in 4.2 billion "
            "tenge and that 2,300 cameras were installed.",
            "2,300",
            (D(2025, 7, 30), D(2025, 7, 30)),
        ),
        # look-alikes: the sentence before keeps its span; a part of a whole told before keeps
        # the whole's; a figure with a period of its own keeps it
        (
            _HALF + "At the briefing on Aug. 12, the minister also said that deaths had decreased by 11%.",
            "8%",
            (D(2025, 1, 1), D(2025, 6, 30)),
        ),
        (
            "In 2024, the region built 40 schools.\nOn March 3, the akim told a briefing that 12 of "
            "them were in villages.",
            "12",
            (D(2024, 1, 1), D(2024, 12, 31)),
        ),
        (
            _HALF + "At the briefing on Aug. 12, the minister said that in 2024 deaths had fallen by 5%.",
            "5%",
            (D(2024, 1, 1), D(2024, 12, 31)),
        ),
    ],
)
def test_a_past_event_told_on_a_named_day(body: str, surface: str, expected: Span) -> None:
    assert _span(body, surface) == expected


# --- a level in years after "stood at" / "reached" is a measure, not a duration --------------


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        ("In 2023 the indicator stood at 74.1 years, the highest on record.", "74.1 years", (74.1, "other")),
        ("For women, the figure rose to 78.6 years last year.", "78.6 years", (78.6, "other")),
        ("By 2024, the average had reached 73 years.", "73 years", (73.0, "other")),
    ],
)
def test_a_level_in_years_is_a_measure(body: str, surface: str, expected: tuple[float, str]) -> None:
    figure = figure_by_surface(body, surface, P, language="en")
    assert (figure.value, figure.unit) == expected


@pytest.mark.parametrize(
    "body",
    [
        "The bridge has served the city for 60 years.",
        "The retirement age for women reached 61 years in 2024.",
        "Loans are issued for 50 years at 2%.",
    ],
)
def test_a_span_or_an_age_in_years_stays_no_figure(body: str) -> None:
    assert not [s for s in surfaces(body, P, language="en") if "years" in s]


# --- what the things the figure before counts employ or hold stands on its day -----------------


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        (
            "This year, around 2 billion tenge has been allocated from the budget for the park's upkeep."
            "\nThe number of the park's residents has exceeded 1.2 thousand companies employing more "
            "than 12 thousand people.",
            "12 thousand",
            NOW,
        ),
        # look-alike: a present "has" dated both already
        (
            "This year, around 2 billion tenge has been allocated from the budget for the park's upkeep."
            "\nThe hub now has 1.2 thousand member firms employing about 14 thousand engineers.",
            "14 thousand",
            NOW,
        ),
        (
            "This year, 2 billion tenge has been allocated to the park.\nAs of September 1, the "
            "region had 140 hotels with 9,000 beds.",
            "9,000",
            (D(2025, 9, 1), D(2025, 9, 1)),
        ),
        # look-alikes: a plan's things keep the plan's year; a flow's keep the flow's span
        (
            "In 2026, 20 hotels with 800 beds will open in the region.",
            "800",
            (D(2026, 1, 1), D(2026, 12, 31)),
        ),
        (
            "In 2024, the region opened 12 hotels with 3,000 beds.",
            "3,000",
            (D(2024, 1, 1), D(2024, 12, 31)),
        ),
    ],
)
def test_what_the_things_before_hold(body: str, surface: str, expected: Span) -> None:
    assert _span(body, surface) == expected


# --- a year named ahead within a carried deadline dates the plan told right after it ------------

_LEAD = "The country will commission 9 gigawatts of new capacity by 2030, the minister said.\n"


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        (
            _LEAD + "Next year, the gas plants in Atyrau and Aktau must be finished. The Atyrau plant will "
            "produce 310 megawatts of power once it is running.",
            "310 megawatts",
            (D(2026, 1, 1), D(2026, 12, 31)),
        ),
        (
            _LEAD
            + "In 2027, the first wind farms will be connected. The largest will add 150 MW to the grid.",
            "150 MW",
            (D(2027, 1, 1), D(2027, 12, 31)),
        ),
        # look-alike: the lead's own figure keeps its deadline
        (
            _LEAD
            + "Next year, the gas plants must be finished. The Atyrau plant will produce 310 megawatts.",
            "9 gigawatts",
            (None, D(2030, 12, 31)),
        ),
    ],
)
def test_a_nearer_step_of_a_carried_deadline(body: str, surface: str, expected: Span) -> None:
    assert _span(body, surface) == expected


# --- a list's members share the "already" of the verb after both ------------------------------


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        (
            "The station's key units, three boilers of 120 MW each and a 60 MW turbine, have already "
            "been delivered.",
            "120 MW",
            NOW,
        ),
        ("A 50 MW solar park and a 20 MW wind farm are already operating.", "50 MW", NOW),
    ],
)
def test_list_members_share_already(body: str, surface: str, expected: Span) -> None:
    assert _span(body, surface) == expected


# --- a share that a span brought to where it stands is at the report ---------------------------


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        (
            "Over the past four years, 1.1 billion dollars has been put into solar parks, and their share "
            "in power output has exceeded 5%.",
            "5%",
            NOW,
        ),
        (
            "Over the past three years, 400 km of roads were rebuilt, and the share of roads in good "
            "condition has reached 82%.",
            "82%",
            NOW,
        ),
        # look-alikes: the span's own flow and a change over it keep the span
        (
            "Over the past four years, 1.1 billion dollars has been put into solar parks, and their share "
            "in power output has exceeded 5%.",
            "1.1 billion dollars",
            (D(2021, 9, 16), P),
        ),
        (
            "Over the past three years, the share of renewables grew by 3%.",
            "3%",
            (D(2022, 9, 16), P),
        ),
    ],
)
def test_a_share_reached_over_a_span(body: str, surface: str, expected: Span) -> None:
    assert _span(body, surface) == expected


# --- "comply with" / "meet" the norms is a standing condition ----------------------------------


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        ("Only 35% of the country's bridges comply with safety norms, the minister said.", "35%", NOW),
        ("Just 40% of rural schools meet the new standards.", "40%", NOW),
        # look-alike: a past "met" keeps its year
        ("In 2024, 300 schools met the norms.", "300", (D(2024, 1, 1), D(2024, 12, 31))),
    ],
)
def test_a_standing_condition(body: str, surface: str, expected: Span) -> None:
    assert _span(body, surface) == expected


# --- kinds: an estimate of how things stood; what a plan sets out to build; "can plan a" --------


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        (
            "In 2022, the ministry estimated that the region's villages were short of 230 teachers.",
            "230",
            "actual",
        ),
        ("The agency estimated that the city had about 15,000 stray dogs last year.", "15,000", "actual"),
        # look-alike: an estimate of what is to come stays a forecast
        ("Officials estimated that another 4 billion tenge would be needed.", "4 billion tenge", "forecast"),
        (
            "In 2024, the Government approved a programme for the construction of 60 new clinics.",
            "60",
            "plan",
        ),
        ("Last year the akimat adopted a plan for the repair of 25 bridges.", "25", "plan"),
        (
            "At the end of 2022, the ministry approved a roadmap for the construction of 45 sports halls.",
            "45",
            "plan",
        ),
        (
            "In 2021, experts estimated that the country's farms were short of 12,000 tractors.",
            "12,000",
            "actual",
        ),
        # look-alike: the construction told as done
        ("In 2024, the construction of 60 clinics was completed.", "60", "actual"),
        (
            "Under the scheme, families can plan a trip at home and save: by booking early, travellers "
            "can save up to 25%.",
            "25%",
            "actual",
        ),
        (
            "Through the programme, parents can plan a camp stay in advance and get back up to 40% of "
            "the cost.",
            "40%",
            "actual",
        ),
        # look-alike: a body's plan stays a plan
        ("The akimat plans a 15% cut in fares.", "15%", "plan"),
    ],
)
def test_kinds_met_on_d42(body: str, surface: str, expected: str) -> None:
    assert _kind(body, surface) == expected
