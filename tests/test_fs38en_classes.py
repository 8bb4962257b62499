"""English forms met on the fresh development set d38 at first sight (+fs38en): our own sentences,
labelled by tests/realworld/FORMAT.md before the reader ran, each with look-alikes that keep
their reading."""

from __future__ import annotations

from datetime import date as D

import pytest

from tests.figure_lookup import figure_by_surface, span, surfaces

P = D(2024, 10, 9)
NINE_MONTHS = (D(2024, 1, 1), D(2024, 9, 30))


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        # a year of plans ahead does not hold the narrative: the months reported after it carry on
        (
            "In 2025, the fund is to grow to 900 billion tenge.\n"
            "In livestock farming, 796,000 tons of meat were produced in January-September. "
            "Milk output rose by 4.2% to 2.8 million tons.",
            "2.8 million tons",
        ),
        (
            "In 2025, the region plans to build 14 schools.\n"
            "Industry produced goods worth 3 trillion tenge in nine months of this year. "
            "Exports reached 1.9 billion US dollars.",
            "1.9 billion US dollars",
        ),
        (
            "Next year, the ministry will open 30 new clinics.\n"
            "Doctors carried out 12,000 operations in January-September. Of these, 4,100 were on children.",
            "4,100",
        ),
    ],
)
def test_months_reported_after_a_plan_year_carry_on(body: str, surface: str) -> None:
    assert span(figure_by_surface(body, surface, P)) == NINE_MONTHS


@pytest.mark.parametrize(
    ("body", "surface", "want"),
    [
        # look-alikes: the plan year keeps its own plans, an undated plan after it stays in it
        (
            "In 2025, the fund is to grow to 900 billion tenge. Of this, 200 billion tenge will go to leasing.",
            "200 billion tenge",
            (D(2025, 1, 1), D(2025, 12, 31)),
        ),
        (
            "In January-September, 796,000 tons of meat were produced. Milk output rose by 4.2%.",
            "4.2%",
            NINE_MONTHS,
        ),
    ],
)
def test_a_plan_year_keeps_its_own(body: str, surface: str, want: tuple[D, D]) -> None:
    assert span(figure_by_surface(body, surface, P)) == want


Y2020 = (D(2020, 1, 1), D(2020, 12, 31))


@pytest.mark.parametrize(
    ("body", "surface", "want"),
    [
        # "that year" points at the year the sentence before named
        (
            "The number of recipients has fallen since 2020. That year, 936,200 people received aid.",
            "936,200",
            Y2020,
        ),
        (
            "The fleet has doubled since 2020. That year, the company had 40 aircraft.",
            "40",
            Y2020,
        ),
        (
            "Investment has grown steadily since 2020. In that year it totalled 1.1 trillion tenge.",
            "1.1 trillion tenge",
            Y2020,
        ),
        # "over that period" points at the widest span it named
        (
            "The government aims to connect all villages to gas by 2030.\n"
            "A programme for 2024-2026 was adopted in March. About 900 km of pipelines will be laid during that period.",
            "900 km",
            (D(2024, 1, 1), D(2026, 12, 31)),
        ),
        (
            "Every child is to have a place in a kindergarten by 2028.\n"
            "To reach it, a plan for 2023-2027 has been approved. About 300,000 places are to open over that period.",
            "300,000",
            (D(2023, 1, 1), D(2027, 12, 31)),
        ),
    ],
)
def test_that_year_and_that_period_point_back(body: str, surface: str, want: tuple[D, D]) -> None:
    assert span(figure_by_surface(body, surface, D(2025, 2, 18))) == want


@pytest.mark.parametrize(
    ("body", "surface", "want"),
    [
        # look-alikes: a base "than that year" and "that year's level" date nothing; a sentence with
        # its own year keeps it; "that" as a conjunction is no pointer
        (
            "Output peaked in 2020. In 2024 it reached 5.1 million tons, more than that year.",
            "5.1 million tons",
            (D(2024, 1, 1), D(2024, 12, 31)),
        ),
        (
            "The plant opened in 2019. In 2024, it processed 40,000 tons of waste, that year's level doubled.",
            "40,000 tons",
            (D(2024, 1, 1), D(2024, 12, 31)),
        ),
        (
            "In 2023, port handling rose by 86% to 2.8 million tons, up from 1.5 million tons in 2022. "
            "That year, 1.2 million tons of oil were shipped.",
            "1.2 million tons",
            (D(2023, 1, 1), D(2023, 12, 31)),
        ),
        (
            "The census was held in 2021. The ministry said that year-end stocks stood at 3,100 tons in 2023.",
            "3,100 tons",
            (D(2023, 1, 1), D(2023, 12, 31)),
        ),
    ],
)
def test_that_year_look_alikes_keep_their_reading(body: str, surface: str, want: tuple[D, D]) -> None:
    assert span(figure_by_surface(body, surface, D(2025, 2, 18))) == want


@pytest.mark.parametrize(
    ("body", "surface", "want"),
    [
        # "more than twofold" is a qualified multiplier: the year after it is its period, no base
        (
            "The number of recipients has fallen more than twofold since 2020.",
            "twofold",
            (D(2020, 1, 1), D(2025, 2, 18)),
        ),
        ("Exports of flour grew more than twofold in 2023.", "twofold", (D(2023, 1, 1), D(2023, 12, 31))),
        (
            "Cargo traffic rose more than three times in 2022.",
            "three times",
            (D(2022, 1, 1), D(2022, 12, 31)),
        ),
        # look-alikes: a base after "than" stays a base
        ("Exports in 2024 were more than twice the 2020 level.", "twice", (D(2024, 1, 1), D(2024, 12, 31))),
        ("In 2024 the harvest was 12% higher than in 2020.", "12%", (D(2024, 1, 1), D(2024, 12, 31))),
    ],
)
def test_a_qualified_multiplier_keeps_its_year(body: str, surface: str, want: tuple[D, D]) -> None:
    assert span(figure_by_surface(body, surface, D(2025, 2, 18))) == want


@pytest.mark.parametrize(
    ("body", "surface", "want"),
    [
        # a change "since <year>" right after a level of a past year runs to that year's end
        (
            "In 2024, aid was assigned to 413,700 people. The number of recipients has fallen twofold since 2020.",
            "twofold",
            (D(2020, 1, 1), D(2024, 12, 31)),
        ),
        (
            "Exports of wheat reached 9 million tons last year. They have grown by 40% since 2019.",
            "40%",
            (D(2019, 1, 1), D(2024, 12, 31)),
        ),
        # look-alikes: with no past level before it the change runs to the report; a level of this
        # year's months keeps "since" to the report
        ("The number of recipients has fallen by 12% since 2020.", "12%", (D(2020, 1, 1), D(2025, 2, 18))),
        # a sentence opening on "Since <year>," sets its own span, up to the report
        (
            "By the end of 2023, exports of services reached 7.3 billion US dollars. "
            "Since 2016, industrial output has grown by 15.7%.",
            "15.7%",
            (D(2016, 1, 1), D(2025, 2, 18)),
        ),
        (
            "In January, 41,000 people received aid. Since 2020, the number has fallen by 12%.",
            "12%",
            (D(2020, 1, 1), D(2025, 2, 18)),
        ),
    ],
)
def test_a_change_since_a_year_runs_to_the_level_told_before(
    body: str, surface: str, want: tuple[D, D]
) -> None:
    assert span(figure_by_surface(body, surface, D(2025, 2, 18))) == want


@pytest.mark.parametrize(
    ("body", "absent"),
    [
        # an ordinal written apart from its number is no figure
        ("The day we greet our 20 millionth passenger is not far off.", "20"),
        ("The bank issued its 5 millionth card this week.", "5"),
        ("The museum welcomed its 2 thousandth visitor of the season on Friday.", "2"),
    ],
)
def test_an_ordinal_written_apart_is_no_figure(body: str, absent: str) -> None:
    assert absent not in surfaces(body, D(2024, 11, 21))


def test_a_count_beside_an_ordinal_stays() -> None:
    # look-alike: "3 million passengers" is a figure, "1 millionth" beside it is not
    body = "The airport greeted its 1 millionth visitor of the year and has served 3 million passengers."
    assert surfaces(body, D(2024, 11, 21)) == ["3 million"]


@pytest.mark.parametrize(
    ("body", "surface", "want"),
    [
        # the share a part is to make up of a whole planned just before is planned too
        (
            "Kazakhstan plans to put 621.5 MW of new capacity into operation in 2025. "
            "Conventional power plants are to account for 166 MW of the new capacity.",
            "166 MW",
            "plan",
        ),
        (
            "The city will build 40 km of new roads this year. Asphalt roads are to make up 32 km of them.",
            "32 km",
            "plan",
        ),
        (
            "The region plans to commission 1.2 million square metres of housing in 2025. "
            "Rental flats are to account for 300,000 square metres.",
            "300,000 square metres",
            "plan",
        ),
        # look-alike: of a whole projected, the share stays a forecast
        (
            "Total shipments are projected at 5.2 million tons. Dry cargo is to account for 2.5 million tons.",
            "2.5 million tons",
            "forecast",
        ),
    ],
)
def test_the_share_of_a_planned_whole_is_planned(body: str, surface: str, want: str) -> None:
    assert figure_by_surface(body, surface, D(2025, 7, 8)).kind == want


def test_a_percent_share_after_a_plan_is_no_part_of_it() -> None:
    # a level aimed at (a programme's indicator), not a part of what was planned
    body = "Productivity is to rise by 20% by 2022. E-commerce is to account for 2.6% of retail trade."
    assert figure_by_surface(body, "2.6%", D(2018, 1, 15)).kind != "plan"


NOV21 = (D(2024, 11, 21), D(2024, 11, 21))


@pytest.mark.parametrize(
    ("body", "surface", "want"),
    [
        # the new level of a passive perfect change ("has been expanded from X to Y") stands now
        (
            "The list of goods bought from domestic producers has been expanded from 1,500 to 4,500 items.",
            "4,500",
            NOV21,
        ),
        ("The quota has been raised from 20,000 to 35,000 tons.", "35,000 tons", NOV21),
        ("The list of subsidised drugs has already been extended from 900 to 1,300 names.", "1,300", NOV21),
        # look-alike: a past change with its year keeps the year
        (
            "In 2023 the quota was raised from 20,000 to 35,000 tons.",
            "35,000 tons",
            (D(2023, 1, 1), D(2023, 12, 31)),
        ),
    ],
)
def test_the_new_level_of_a_passive_perfect_change_stands_now(
    body: str, surface: str, want: tuple[D, D]
) -> None:
    assert span(figure_by_surface(body, surface, D(2024, 11, 21))) == want


@pytest.mark.parametrize(
    ("body", "surface", "want"),
    [
        # projects "at various stages of development" are under way: their capacity and worth are planned
        (
            "Projects with a total capacity of 10 GW are already at various stages of development.",
            "10 GW",
            "plan",
        ),
        (
            "Some 40 projects worth 2.1 trillion tenge are at different stages of implementation in the region.",
            "2.1 trillion tenge",
            "plan",
        ),
        ("Projects worth 500 billion tenge are already under way.", "500 billion tenge", "plan"),
        # look-alikes: projects already done keep their reading; the number of projects is actual
        ("Projects worth 900 billion tenge have already been completed.", "900 billion tenge", "actual"),
        (
            "Some 40 projects worth 2.1 trillion tenge are at different stages of implementation in the region.",
            "40",
            "actual",
        ),
    ],
)
def test_projects_at_stages_of_development_are_under_way(body: str, surface: str, want: str) -> None:
    assert figure_by_surface(body, surface, D(2025, 7, 8)).kind == want


@pytest.mark.parametrize(
    ("body", "surface", "want"),
    [
        # the level an act raised a measure to, after a span up to the report, stands at the report
        (
            "Since 2021, 200 million dollars has been invested.\n"
            "The new terminal has raised the airport's capacity to 14 million passengers a year.",
            "14 million",
            NOV21,
        ),
        (
            "More than 1 trillion tenge has been invested over the past three years, "
            "raising the average internet speed to 94 Mbps.",
            "94 Mbps",
            NOV21,
        ),
        ("Over the past five years, the network grew by 400 km, lifting coverage to 92%.", "92%", NOV21),
        # look-alikes: a year's act keeps its year, under a year under way too; the change over the
        # span keeps the span
        (
            "In 2024, the health service received 30 billion tenge.\n"
            "Six new accelerators went into operation, raising radiation therapy coverage to 61%.",
            "61%",
            (D(2024, 1, 1), D(2024, 12, 31)),
        ),
        (
            "In 2023, the new line raised the plant's capacity to 2 million tons.",
            "2 million tons",
            (D(2023, 1, 1), D(2023, 12, 31)),
        ),
        (
            "Over the past five years, the network grew by 400 km, lifting coverage to 92%.",
            "400 km",
            (D(2019, 11, 21), D(2024, 11, 21)),
        ),
    ],
)
def test_a_level_raised_by_a_span_up_to_the_report_stands_now(
    body: str, surface: str, want: tuple[D, D]
) -> None:
    assert span(figure_by_surface(body, surface, D(2024, 11, 21))) == want


@pytest.mark.parametrize(
    ("body", "surface", "want"),
    [
        # a present passive whose "are" falls just before the words read for the next figure still
        # states how things stand: the second figure of a sentence told on a day is that day's
        (
            "Last year, 39,000 new cases were registered.\n"
            "Speaking at a briefing on February 28, the minister said that over 37,000 new cases are detected "
            "in the country each year and about 13,000 people die of the disease annually.",
            "13,000",
            (D(2023, 2, 28), D(2023, 2, 28)),
        ),
        (
            "Last year the city planted 5,000 trees.\n"
            "On 3 May, the akim said that 2,000 seedlings are watered in city parks each week "
            "and nearly 400 are replaced each season.",
            "400",
            (D(2023, 5, 3), D(2023, 5, 3)),
        ),
        (
            "In 2022 the service handled 9,000 calls.\n"
            "At a briefing on 14 March, the head said that 800 calls are received on the hotline every day "
            "and about 70 need a visit.",
            "70",
            (D(2023, 3, 14), D(2023, 3, 14)),
        ),
        # look-alike: a past sentence keeps its year
        (
            "In 2022, 39,000 new cancer cases were detected in the country during the year and 13,000 people "
            "died of the disease.",
            "13,000",
            (D(2022, 1, 1), D(2022, 12, 31)),
        ),
    ],
)
def test_a_present_passive_cut_at_the_window_edge_stays_present(
    body: str, surface: str, want: tuple[D, D]
) -> None:
    assert span(figure_by_surface(body, surface, D(2023, 10, 6))) == want
