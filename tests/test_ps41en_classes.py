"""English forms met when the d39 articles were rewritten in other words (p41, +ps41en): the
mechanism a rule already reads, told in the other ways real reporting tells it. Our own sentences,
labelled by tests/realworld/FORMAT.md before the reader ran, each with look-alikes that keep their
reading."""

from __future__ import annotations

from datetime import date as D

import pytest

from tests.figure_lookup import figure_by_surface, span, surfaces


@pytest.mark.parametrize(
    ("body", "published", "surface", "expected"),
    [
        (
            "ALMATY – The city's economy was reviewed at a briefing on Monday.\n"
            "Retail trade kept growing between January and August, the akim said. "
            "Turnover came to 310 billion tenge.",
            D(2024, 10, 7),
            "310 billion tenge",
            (D(2024, 1, 1), D(2024, 8, 31)),
        ),
        (
            "PAVLODAR – The region's akim met reporters on Friday.\n"
            "Industry held up well between January and October, he noted. "
            "The index of industrial output reached 104.2%. Some 2,300 jobs were created.",
            D(2023, 11, 24),
            "2,300",
            (D(2023, 1, 1), D(2023, 10, 31)),
        ),
        # look-alike: months not from January are no report's span; a present state keeps its day
        (
            "PAVLODAR – The region's akim met reporters on Friday.\n"
            "Between May and June the plant was shut for repairs. It employs 2,300 people.",
            D(2023, 11, 24),
            "2,300",
            (D(2023, 11, 24), D(2023, 11, 24)),
        ),
    ],
)
def test_a_figureless_between_january_and_month_sets_the_span(
    body: str, published: D, surface: str, expected: tuple[D, D]
) -> None:
    assert span(figure_by_surface(body, surface, published, language="en")) == expected


@pytest.mark.parametrize(
    ("body", "published", "surface", "expected"),
    [
        # a colon closes the clause before it when the figure's side names its own span
        (
            "Housing is back on the rise after last year's dip: 5.5 million sq m of homes was "
            "commissioned in January-May 2023.",
            D(2023, 7, 12),
            "5.5 million sq m",
            (D(2023, 1, 1), D(2023, 5, 31)),
        ),
        (
            "Exporters shrugged off the 2022 slump: grain sales abroad reached 6.1 million tonnes "
            "in the first half of 2024.",
            D(2024, 8, 1),
            "6.1 million tonnes",
            (D(2024, 1, 1), D(2024, 6, 30)),
        ),
        (
            "Car sales recovered after last year's slump: 98,000 cars were sold in January-June 2024.",
            D(2024, 10, 1),
            "98,000",
            (D(2024, 1, 1), D(2024, 6, 30)),
        ),
        # look-alikes: nothing dated after the colon, the span before it dates the figure
        (
            "In 2023: exports reached 5 billion tenge.",
            D(2024, 2, 1),
            "5 billion tenge",
            (D(2023, 1, 1), D(2023, 12, 31)),
        ),
        (
            "The results for January-May were mixed: housing rose to 5.5 million sq m.",
            D(2023, 7, 12),
            "5.5 million sq m",
            (D(2023, 1, 1), D(2023, 5, 31)),
        ),
        # "the first decline since 2009" measures the figure against the years since, as a record does
        (
            "In 2022 the market went the other way. Only 15.7 million sq m of housing was delivered, "
            "7.4% less than a year before, the first decline in commissioning since 2009.",
            D(2023, 7, 12),
            "15.7 million sq m",
            (D(2022, 1, 1), D(2022, 12, 31)),
        ),
        (
            "Last year was difficult for steelmakers. Output fell to 4.2 million tonnes, their first "
            "drop the plant had seen since 2015.",
            D(2024, 3, 1),
            "4.2 million tonnes",
            (D(2023, 1, 1), D(2023, 12, 31)),
        ),
        # look-alike: a plain "since" still spans to publication
        (
            "Exports have grown by 40% since 2019.",
            D(2023, 7, 12),
            "40%",
            (D(2019, 1, 1), D(2023, 7, 12)),
        ),
    ],
)
def test_a_span_told_apart_from_an_aside_before_the_figure(
    body: str, published: D, surface: str, expected: tuple[D, D]
) -> None:
    assert span(figure_by_surface(body, surface, published, language="en")) == expected


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # "at the close of" a year is its last day, as "at the end of" is (and as "at the close of
        # April" already was)
        (
            "The country's housing stock stood at 405.2 million sq m at the close of last year.",
            "405.2 million sq m",
            (D(2022, 12, 31), D(2022, 12, 31)),
        ),
        (
            "Deposits came to 31 trillion tenge at the close of 2022, the regulator said.",
            "31 trillion tenge",
            (D(2022, 12, 31), D(2022, 12, 31)),
        ),
        (
            "As at the close of the previous year the fleet numbered 4,120 buses.",
            "4,120",
            (D(2022, 12, 31), D(2022, 12, 31)),
        ),
        # look-alikes: a year's flow, and "the close" of something else, keep their reading
        (
            "Last year the plants produced 3.4 million tonnes of steel.",
            "3.4 million tonnes",
            (D(2022, 1, 1), D(2022, 12, 31)),
        ),
        (
            "In 2022 the close of the old mine cost 12 billion tenge.",
            "12 billion tenge",
            (D(2022, 1, 1), D(2022, 12, 31)),
        ),
    ],
)
def test_the_close_of_a_year_is_its_last_day(body: str, surface: str, expected: tuple[D, D]) -> None:
    assert span(figure_by_surface(body, surface, D(2023, 7, 12), language="en")) == expected


PLAN_DAY = D(2023, 9, 12)
SO_FAR_THIS_YEAR = (D(2023, 1, 1), PLAN_DAY)
TODAY = (PLAN_DAY, PLAN_DAY)


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # the done part told before this year's plan for the same things, in the very next sentence
        (
            "Grid companies have so far repaired 514 substations and 22,700 km of lines. "
            "Their plan for the year is to overhaul 567 substations and 25,300 km of lines.",
            "514",
            SO_FAR_THIS_YEAR,
        ),
        (
            "Grid companies have so far repaired 514 substations and 22,700 km of lines. "
            "Their plan for the year is to overhaul 567 substations and 25,300 km of lines.",
            "22,700 km",
            SO_FAR_THIS_YEAR,
        ),
        (
            "To date, 41 bridges have already been rebuilt in the region. "
            "This year the akimat plans to rebuild 60 bridges.",
            "41",
            SO_FAR_THIS_YEAR,
        ),
        # the done part told as a state of finished work after this year's plan
        (
            "The schedule approved for 2023 provides for overhauls of 49 boilers and 54 turbines. "
            "So far 17 boilers and 13 turbines are already back from repair.",
            "17",
            SO_FAR_THIS_YEAR,
        ),
        # look-alikes: work under way, a plan in the done sentence, other things planned after
        (
            "Work is now going on at 23 boilers, while 17 boilers have already been repaired. "
            "This year the plants plan to overhaul 49 boilers.",
            "23",
            TODAY,
        ),
        (
            "To date, 61 schools have been built, and 28 more will be erected. "
            "The city is set to build 15 new schools this year.",
            "61",
            TODAY,
        ),
        (
            "So far 300 families have already been rehoused. This year the akimat plans to repair 40 km of roads.",
            "300",
            TODAY,
        ),
    ],
)
def test_the_done_part_of_this_years_plan_in_either_order(
    body: str, surface: str, expected: tuple[D, D]
) -> None:
    assert span(figure_by_surface(body, surface, PLAN_DAY, language="en")) == expected


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # a state told of a noun in a "that are ... worn out" relative: the state now, actual,
        # as "whose wear exceeds 75 percent" is
        (
            "This year 69.4 billion tenge has been earmarked to rebuild 107 km of heating networks "
            "that are more than 75% worn out.",
            "75%",
            (TODAY, "actual"),
        ),
        (
            "In 2023 the city will replace 40 km of water pipes that are over 80% worn.",
            "80%",
            (TODAY, "actual"),
        ),
        # look-alike: the plan's own figures keep their reading
        (
            "This year 69.4 billion tenge has been earmarked to rebuild 107 km of heating networks "
            "that are more than 75% worn out.",
            "107 km",
            ((D(2023, 1, 1), D(2023, 12, 31)), "plan"),
        ),
    ],
)
def test_a_state_in_a_that_relative_is_today(
    body: str, surface: str, expected: tuple[tuple[D, D], str]
) -> None:
    figure = figure_by_surface(body, surface, PLAN_DAY, language="en")
    assert (span(figure), figure.kind) == expected


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # "since" an undated event told as a clause runs to the report, as "since its reorganisation" does
        (
            "This year the plant will add 300 jobs. Since it was reorganised, the council has settled "
            "issues on 77 investment projects.",
            "77",
            (None, D(2024, 8, 3)),
        ),
        ("Since they were founded, the two hubs have attracted 120 firms.", "120", (None, D(2024, 8, 3))),
        # look-alike: a causal "since" with a present verb dates nothing
        (
            "Since it is cheaper, farmers bought 5,000 tonnes of it in 2023.",
            "5,000 tonnes",
            (D(2023, 1, 1), D(2023, 12, 31)),
        ),
    ],
)
def test_since_an_event_told_as_a_clause(body: str, surface: str, expected: tuple[D | None, D]) -> None:
    assert span(figure_by_surface(body, surface, D(2024, 8, 3), language="en")) == expected


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # the cost of works under way told by their noun ("reconstruction and overhaul of ... is
        # under way") is not yet spent, as "construction of ... is under way" already read
        (
            "Reconstruction and overhaul of 309 km of heat networks is under way in 2024, costing around "
            "154 billion tenge.",
            "154 billion tenge",
            "plan",
        ),
        (
            "Repair of the Almaty–Kapshagai road is now under way at a cost of 42 billion tenge.",
            "42 billion tenge",
            "plan",
        ),
        # look-alike: the cost of works told finished is spent
        (
            "Repair of the Almaty–Kapshagai road was completed in 2023 at a cost of 42 billion tenge.",
            "42 billion tenge",
            "actual",
        ),
    ],
)
def test_the_cost_of_works_under_way_told_by_their_noun(body: str, surface: str, expected: str) -> None:
    assert figure_by_surface(body, surface, D(2024, 8, 3), language="en").kind == expected


JULY_DAY = D(2024, 7, 23)


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # money committed as an object is given, not a goal, as "have provided co-financing" reads
        (
            "Local akimats have committed co-financing from their budgets for 551 facilities.",
            "551",
            ((JULY_DAY, JULY_DAY), "actual"),
        ),
        # the part done of a project's whole told in the next sentence is a state today, as
        # "102 of the 655 facilities have been completed" is
        (
            "Work on 355 clinics is to start this year. The national project provides for 655 clinics "
            "in all. To date, 102 of them have been finished.",
            "102",
            ((JULY_DAY, JULY_DAY), "actual"),
        ),
        # look-alikes: a commitment to a goal stays a target; this year's plan keeps its done part
        (
            "The akimat has committed to building 40 schools by 2026.",
            "40",
            ((None, D(2026, 12, 31)), "target"),
        ),
        (
            "In all, 190 projects are to be commissioned by the year-end. So far, 147 of them have been completed.",
            "147",
            ((D(2024, 1, 1), JULY_DAY), "actual"),
        ),
    ],
)
def test_a_commitment_given_and_a_projects_done_part(
    body: str, surface: str, expected: tuple[tuple[D | None, D], str]
) -> None:
    figure = figure_by_surface(body, surface, JULY_DAY, language="en")
    assert (span(figure), figure.kind) == expected


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # works a plan's money lets start, told as a purpose, are the plan's own
        (
            "The Government intends to allocate money from its reserve this year so that construction of "
            "194 clinics can begin.",
            "194",
            "plan",
        ),
        (
            "The akimat will set aside funds so that repairs on 35 km of streets can start in May.",
            "35 km",
            "plan",
        ),
        # look-alike: an outcome a purpose clause wants stays a goal
        ("The bank gives cheap loans so that the herd can grow to 10 million head.", "10 million", "target"),
    ],
)
def test_works_a_plan_lets_start_are_plan(body: str, surface: str, expected: str) -> None:
    assert figure_by_surface(body, surface, JULY_DAY, language="en").kind == expected


FEB_DAY = D(2024, 2, 1)


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # a span of days after the counted noun's participle dates the noun ("born from ... to ..."),
        # as "opened in 2021" dates a plant, not the figure
        (
            "The fund said 6,919,131 children born from 1 January 2006 to 31 December 2023 were eligible "
            "as of the start of 2024.",
            "6,919,131",
            (D(2024, 1, 1), D(2024, 1, 1)),
        ),
        (
            "Some 12,400 people born between 1 January 1960 and 31 December 1963 are retiring now.",
            "12,400",
            (FEB_DAY, FEB_DAY),
        ),
        # look-alike: a span of days with no participle before it is the figure's own
        (
            "Exports from 1 January 2023 to 31 December 2023 came to 1.2 million tonnes.",
            "1.2 million tonnes",
            (D(2023, 1, 1), D(2023, 12, 31)),
        ),
    ],
)
def test_a_span_the_nouns_participle_dates(body: str, surface: str, expected: tuple[D, D]) -> None:
    assert span(figure_by_surface(body, surface, FEB_DAY, language="en")) == expected


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # a clause someone's estimate introduces is an outlook, whatever its subject
        (
            "In February 2023 the ministry estimated that each child would receive roughly $150 a year.",
            "$150",
            "forecast",
        ),
        (
            "Analysts calculated that the plant would produce 40,000 tonnes a year.",
            "40,000 tonnes",
            "forecast",
        ),
        # look-alikes: a cost estimate stays a plan; a plain report of a plan stays a plan
        (
            "The ministry earlier estimated that the project would require up to 206.5 billion tenge.",
            "206.5 billion tenge",
            "plan",
        ),
        ("The ministry said that 40 schools will be built this year.", "40", "plan"),
    ],
)
def test_a_clause_an_estimate_introduces_is_an_outlook(body: str, surface: str, expected: str) -> None:
    assert figure_by_surface(body, surface, FEB_DAY, language="en").kind == expected


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # a range's upper end takes the money its sign gives the lower one
        ("Each child would get $150–160 a year.", "160", "USD"),
        ("Tickets will cost US$40-55 this summer.", "55", "USD"),
        # look-alikes: a count after a money amount, and a range with its unit after both, keep theirs
        ("The fund paid $150 to 160 families.", "160", "count"),
        ("Each child would get 150-160 dollars a year.", "150", "USD"),
    ],
)
def test_a_range_shares_its_currency_sign(body: str, surface: str, expected: str) -> None:
    assert figure_by_surface(body, surface, FEB_DAY, language="en").unit == expected


@pytest.mark.parametrize(
    ("body", "ages", "figures"),
    [
        # an age after "the age of" followed by "this year" is an age, as after "turns"
        ("Of these, 304,815 will reach the age of 18 this year.", ["18"], ["304,815"]),
        ("Some 2,100 teachers will reach the age of 63 this autumn.", ["63"], ["2,100"]),
        # look-alike: the age of things counted stays a count
        ("The age of 120 buses is over 15 years.", [], ["120"]),
    ],
)
def test_the_age_of_then_this_year(body: str, ages: list[str], figures: list[str]) -> None:
    read = surfaces(body, FEB_DAY, language="en")
    assert [s for s in figures if s in read] == figures
    assert [s for s in ages if s in read] == []


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # a plan's figure told again in another measure by a "which works out at" relative keeps its kind
        (
            "The national plan calls for planting 15 million trees over 2021–2025, which works out at "
            "three million a year.",
            "three million",
            "plan",
        ),
        (
            "The region will spend 12 billion tenge on roads in 2025, which comes to about 1 billion a month.",
            "1 billion",
            "plan",
        ),
        (
            "The programme provides for 30,000 new jobs over 2024–2026, which works out at 10,000 jobs a year.",
            "10,000",
            "plan",
        ),
        # look-alike: a present state in a relative clause is actual
        ("The city will renovate the dormitories, which currently house 8,000 students.", "8,000", "actual"),
    ],
)
def test_a_plan_told_again_by_a_relative_keeps_its_kind(body: str, surface: str, expected: str) -> None:
    assert figure_by_surface(body, surface, D(2024, 2, 22), language="en").kind == expected
