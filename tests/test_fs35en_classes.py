"""English forms met on the blind sets h34/h35 at first sight (+fs35en): our own sentences,
labelled by tests/realworld/FORMAT.md before the reader ran, each with look-alikes that keep
their reading."""

from __future__ import annotations

from datetime import date as D

import pytest

from etl.extract.indicators import extract_indicators
from tests.figure_lookup import figure_by_surface, span, surfaces

P = D(2024, 3, 17)  # a Sunday
WEEK = (D(2024, 3, 10), D(2024, 3, 17))


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        # a rolling week up to the report, like "over the past year"
        ("Over the week, sugar became cheaper by 2.1%, rice by 0.4%.", "2.1%"),
        ("Over the past week, diesel went up by 0.8% in nine regions.", "0.8%"),
        ("The average price of milk climbed by 1.6% in seven days, the committee said.", "1.6%"),
        (
            "Since the beginning of the year, meat has risen by 4.4%.\n"
            "During the past week, beef rose by 0.9% and lamb by 0.3%.",
            "0.3%",
        ),
    ],
)
def test_a_rolling_week_up_to_the_report(body: str, surface: str) -> None:
    assert span(figure_by_surface(body, surface, P)) == WEEK


@pytest.mark.parametrize(
    ("body", "surface", "want"),
    [
        # "last week" stays the calendar week before the week of publication
        ("Last week, sugar became cheaper by 2.1%.", "2.1%", (D(2024, 3, 4), D(2024, 3, 10))),
        # a week before a date is a comparison, and a start of the year keeps its own span
        (
            "Since the beginning of the year, meat has risen by 4.4%.",
            "4.4%",
            (D(2024, 1, 1), P),
        ),
    ],
)
def test_week_look_alikes_keep_their_reading(
    body: str, surface: str, want: tuple[D | None, D | None]
) -> None:
    assert span(figure_by_surface(body, surface, P)) == want


def test_seven_days_as_a_duration_dates_nothing_new() -> None:
    # "in seven days" as a time to deliver is no span of the report: not the past week
    found = figure_by_surface("The plant will ship 300 tons of flour in seven days.", "300 tons", P)
    assert span(found) != WEEK


@pytest.mark.parametrize(
    ("body", "surface", "published", "want"),
    [
        # a start long past, told as background: "currently" / "now" is the day of the report
        (
            "From January 1, 2024, allowances were raised by 5%. Carer allowances currently amount to "
            "48,210 tenge a month.",
            "48,210 tenge",
            D(2024, 11, 20),
            (D(2024, 11, 20), D(2024, 11, 20)),
        ),
        (
            "Starting from February 1, 2025, the stipend was increased by 12%. The average stipend now "
            "stands at 61,300 tenge.",
            "61,300 tenge",
            D(2025, 9, 30),
            (D(2025, 9, 30), D(2025, 9, 30)),
        ),
        # look-alikes: a report on the day the rates take effect, or weeks after it, keeps the open start
        (
            "Pensions are going up by 8% from January 1, 2025. The minimum pension now amounts to "
            "62,771 tenge.",
            "62,771 tenge",
            D(2025, 1, 1),
            (D(2025, 1, 1), None),
        ),
        (
            "Allowances rose by 6% from January 1, 2025. The allowance now amounts to 23,100 tenge.",
            "23,100 tenge",
            D(2025, 2, 14),
            (D(2025, 1, 1), None),
        ),
    ],
)
def test_now_after_a_start_long_past_is_the_report_day(
    body: str, surface: str, published: D, want: tuple[D | None, D | None]
) -> None:
    assert span(figure_by_surface(body, surface, published)) == want


B = D(2024, 5, 20)


@pytest.mark.parametrize(
    ("body", "surface", "kind"),
    [
        # what buildings under construction will hold is still to come (FORMAT.md: plan) ...
        (
            "Construction of 11 social facilities is under way in the district, including six schools "
            "for 3,300 pupils.",
            "3,300",
            "plan",
        ),
        ("Crews are also working on three kindergartens for 840 children in Kosshy.", "840", "plan"),
        ("Contractors are working on two dormitories with 620 beds near the campus.", "620", "plan"),
        # ... and so is the size of a line or road whose construction has begun
        (
            "In March, builders began work on a 96-kilometre road to the border crossing.",
            "96-kilometre",
            "plan",
        ),
        ("Construction started on the 118-kilometre water pipeline in April.", "118-kilometre", "plan"),
        # look-alikes: buildings finished hold their places now; a size of something built is done
        ("Last year, four schools for 2,400 pupils were built in the district.", "2,400", "actual"),
        ("In 2023, builders completed a 96-kilometre road to the border crossing.", "96-kilometre", "actual"),
        ("The region's 14 schools for 5,100 pupils work in two shifts.", "5,100", "actual"),
    ],
)
def test_capacity_and_size_of_what_is_being_built(body: str, surface: str, kind: str) -> None:
    assert figure_by_surface(body, surface, B).kind == kind


def test_capacity_under_way_is_dated_at_the_report() -> None:
    found = figure_by_surface("Crews are also working on three kindergartens for 840 children.", "840", B)
    assert span(found) == (B, B)


T = D(2024, 4, 11)  # a Thursday


@pytest.mark.parametrize(
    ("body", "surface", "want"),
    [
        # a present state told on a weekday before the report is that day's (FORMAT.md, the day told)
        (
            "There are 4,300 families on the waiting list, the head of the housing department said on "
            "Monday at a briefing.",
            "4,300",
            D(2024, 4, 8),
        ),
        (
            "Speaking at a session of the regional maslikhat on Tuesday, the akim said the city is "
            "short of 1,900 kindergarten places.",
            "1,900",
            D(2024, 4, 9),
        ),
        # the next sentence going on with what was told then is of that day too
        (
            "Speaking at a session of the regional maslikhat on Tuesday, the akim said the city is "
            "short of 1,900 kindergarten places.\nAccording to the akim, 37 kindergartens work beyond "
            "their capacity.",
            "37",
            D(2024, 4, 9),
        ),
        (
            "The head of the department said on Monday that 212 km of gas pipes are worn out.\n"
            "He added that the city has 18 boiler houses on coal.",
            "18",
            D(2024, 4, 8),
        ),
    ],
)
def test_a_present_state_told_on_a_weekday(body: str, surface: str, want: D) -> None:
    assert span(figure_by_surface(body, surface, T)) == (want, want)


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        # told on the day of the report itself: the day of publication
        (
            "The waiting list for rental flats counts 4,300 families, the department said on Thursday.",
            "4,300",
        ),
        # a sentence that does not go on with what was told keeps the day of publication
        (
            "The head of the department said on Monday that 212 km of gas pipes are worn out.\n"
            "The city has 18 boiler houses on coal.",
            "18",
        ),
        # a weekday that is no day of telling dates nothing
        ("The city currently has 4,300 families on the waiting list; the queue opens on Monday.", "4,300"),
    ],
)
def test_weekday_look_alikes_stay_at_publication(body: str, surface: str) -> None:
    assert span(figure_by_surface(body, surface, T)) == (T, T)


H = D(2025, 9, 24)


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        # "this year" dates the area a share is taken of, not the share: a running total told "so far"
        (
            "Farmers have so far harvested 9.1 million tons of wheat.\nThe crop has been cut on 7.2 million "
            "hectares, or 61.4% of the area sown this year.",
            "61.4%",
        ),
        # ... nor the figures told after it, which go on with the running total
        (
            "Farmers have so far harvested 9.1 million tons of wheat.\nThe crop has been cut on 7.2 million "
            "hectares, or 61.4% of the area sown with it this year.\nGrowers have also dug 1.8 million tons "
            "of potatoes.",
            "1.8 million tons",
        ),
        (
            "So far sugar beet has been lifted from 14,300 hectares, 88% of the acreage planted this year, "
            "the ministry said.",
            "88%",
        ),
    ],
)
def test_the_year_of_the_area_sown_is_no_period_of_the_share(body: str, surface: str) -> None:
    assert span(figure_by_surface(body, surface, H)) == (H, H)


def test_a_share_told_this_year_keeps_the_year() -> None:
    # look-alike: the year is the share's own when nothing names the area it is of
    found = figure_by_surface("This year farmers sowed 61.4% of the land with wheat.", "61.4%", H)
    assert span(found) == (D(2025, 1, 1), D(2025, 12, 31))


@pytest.mark.parametrize(
    ("body", "surface", "want"),
    [
        # an extent as it stands: the state at the report, not the headline's deadline ahead
        ("The city's water mains stretch for about 4,100 kilometres.", "4,100 kilometres", (B, B)),
        ("The irrigation canals extend for 2,750 km across the region.", "2,750 km", (B, B)),
        # look-alike: an extent dated in the past keeps its year
        (
            "In 2019 the city's water mains stretched for about 3,900 kilometres.",
            "3,900 kilometres",
            (D(2019, 1, 1), D(2019, 12, 31)),
        ),
    ],
)
def test_an_extent_as_it_stands(body: str, surface: str, want: tuple[D | None, D | None]) -> None:
    title = "Water mains 60% worn out; city targets 35% by 2030"
    found = [f for f in extract_indicators(body, B, title=title, language="en") if f.surface == surface]
    assert found and span(found[0]) == want


@pytest.mark.parametrize(
    ("body", "surface", "kind"),
    [
        # a hedged base of an outlook, dated in the past, is what happened
        (
            "The airport expects to serve 9 million passengers this year, up from about 7.4 million last year.",
            "7.4 million",
            "actual",
        ),
        (
            "Exports are forecast to reach 12 million tons this year, after around 10.3 million tons in 2023.",
            "10.3 million tons",
            "actual",
        ),
        # look-alike: the hedged outlook itself stays a forecast
        (
            "The airport expects to serve about 9 million passengers this year, up from 7.4 million last year.",
            "9 million",
            "forecast",
        ),
    ],
)
def test_a_hedged_past_base_of_an_outlook(body: str, surface: str, kind: str) -> None:
    assert figure_by_surface(body, surface, B).kind == kind


S = D(2024, 6, 15)


@pytest.mark.parametrize(
    ("body", "surface", "want"),
    [
        # "since last year" runs from that year's start to the report, as "since 2023" does
        ("Sixty-two rural clinics have opened since last year.", "Sixty-two", (D(2023, 1, 1), S)),
        ("The fund has paid out 14 billion tenge since last year.", "14 billion tenge", (D(2023, 1, 1), S)),
        # look-alikes: "last year" alone is that year; a comparison with it dates nothing
        ("Sixty-two rural clinics opened last year.", "Sixty-two", (D(2023, 1, 1), D(2023, 12, 31))),
    ],
)
def test_since_last_year(body: str, surface: str, want: tuple[D | None, D | None]) -> None:
    assert span(figure_by_surface(body, surface, S)) == want


@pytest.mark.parametrize(
    "body",
    [
        # ages told with their years are no figures (FORMAT.md), both bounds of a range included
        "Most of the volunteers were between 19 and 27 years old.",
        "Applicants must be 18 to 35 years of age.",
        "Two thirds of the borrowers are 25-39 years old.",
    ],
)
def test_ages_in_years_are_no_figures(body: str) -> None:
    assert surfaces(body, B) == []


def test_a_count_beside_an_age_stays() -> None:
    # look-alike: the workers are counted, the plant's years are its age
    assert surfaces("The plant employs 440 people and is 30 years old.", B) == ["440"]


@pytest.mark.parametrize(
    ("body", "surface", "want"),
    [
        # a date given up ("initially set for 2025") is no period of the goal: the new one is
        (
            "The goal of building 500 sports grounds, initially set for 2024, has been extended until the end of 2026.",
            "500",
            (None, D(2026, 12, 31)),
        ),
        (
            "The target of 1,000 MW of new wind capacity, originally planned for 2025, now runs until 2027.",
            "1,000 MW",
            (None, D(2027, 12, 31)),
        ),
        # look-alike: a goal set for a year keeps it
        (
            "The goal of building 500 sports grounds is set for 2024.",
            "500",
            (D(2024, 1, 1), D(2024, 12, 31)),
        ),
    ],
)
def test_a_date_given_up_is_no_period(body: str, surface: str, want: tuple[D | None, D | None]) -> None:
    assert span(figure_by_surface(body, surface, S)) == want


@pytest.mark.parametrize(
    ("body", "surface", "kind"),
    [
        # what a condition still to be met counts is to come, not a state now
        (
            "Once all 48 substations are in operation, outages are expected to fall by a third.",
            "48",
            "plan",
        ),
        ("When the 12 new clinics are open, 90,000 villagers will be served nearby.", "12", "plan"),
        # look-alikes: a condition met in the past, and a state told plainly, stay actual
        ("After 12 new clinics opened, waiting times fell by a third.", "12", "actual"),
        ("The district has 48 substations in operation.", "48", "actual"),
    ],
)
def test_a_condition_ahead(body: str, surface: str, kind: str) -> None:
    assert figure_by_surface(body, surface, B).kind == kind
