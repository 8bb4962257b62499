"""English forms met in p42, the second blind rewrite of the d39 articles (+ps42en): the mechanism a
rule already reads, told in the other ways real reporting tells it. Our own sentences, labelled by
tests/realworld/FORMAT.md before the reader ran, each with look-alikes that keep their reading."""

from __future__ import annotations

from datetime import date as D

import pytest

from etl.extract.indicators import extract_indicators
from etl.extract.periods import find_periods
from tests.figure_lookup import figure_by_surface, span


@pytest.mark.parametrize(
    ("title", "body", "published", "surface", "expected"),
    [
        # a multiplier's base year in the headline ("double its 2022 level") is no year of the report
        (
            "Region's revenue reaches 80 billion tenge, double its 2021 level",
            "TARAZ – The akim reported on the results of January–June.\nExports came to 410 million dollars.",
            D(2024, 8, 5),
            "410 million dollars",
            (D(2024, 1, 1), D(2024, 6, 30)),
        ),
        (
            "Grain harvest hits 3 million tonnes, triple the 2019 figure",
            "KOSTANAY – Farmers summed up January–September.\nMeat output rose to 95,000 tonnes.",
            D(2023, 10, 20),
            "95,000 tonnes",
            (D(2023, 1, 1), D(2023, 9, 30)),
        ),
        (
            "Tourist arrivals at half their 2019 level",
            "ALMATY – The city reviewed January–March.\nHotels earned 12 billion tenge.",
            D(2022, 4, 15),
            "12 billion tenge",
            (D(2022, 1, 1), D(2022, 3, 31)),
        ),
        # look-alike: a headline naming the report's own year still dates the yearless span
        (
            "Region's exports in 2021 reach a record",
            "TARAZ – The akim reported on the results of January–June.\nExports came to 410 million dollars.",
            D(2022, 2, 5),
            "410 million dollars",
            (D(2021, 1, 1), D(2021, 6, 30)),
        ),
    ],
)
def test_a_headline_multiplier_base_is_no_year_of_the_report(
    title: str, body: str, published: D, surface: str, expected: tuple[D, D]
) -> None:
    assert span(figure_by_surface(body, surface, published, title=title, language="en")) == expected


@pytest.mark.parametrize(
    ("text", "is_base"),
    [
        ("Revenue is double its 2022 level", True),
        ("Output reached triple the 2019 volume", True),
        ("Arrivals are at half their 2019 level", True),
        ("Output doubled in 2022", False),  # the year of the change, no base
        ("in the first half of 2022", False),
    ],
)
def test_a_multiplier_word_before_a_year_makes_it_a_base(text: str, is_base: bool) -> None:
    (period,) = [p for p in find_periods(text, D(2025, 3, 1)) if p.has_year]
    assert period.is_comparison is is_base


@pytest.mark.parametrize(
    ("body", "surface", "kind"),
    [
        # the source drawn on, between the sum and its passive of setting aside
        (
            "Earlier, 1.4 billion tenge from the regional budget was allocated to build a clinic.",
            "1.4 billion tenge",
            "plan",
        ),
        (
            "Earlier, 3 billion tenge out of the reserve fund was allotted for new buses.",
            "3 billion tenge",
            "plan",
        ),
        # the building money set aside is to pay for: what it will hold, told after its noun
        ("Earlier, 2 billion tenge was allocated to build a hospital with 150 beds in Taraz.", "150", "plan"),
        (
            "Earlier, 3 billion tenge was allocated to build a kindergarten with 320 places in Aktau.",
            "320",
            "plan",
        ),
        # look-alikes: money told as spent stays done; a building already open holds its places now
        (
            "Last year 1.4 billion tenge from the regional budget was spent on a clinic.",
            "1.4 billion tenge",
            "actual",
        ),
        ("A hospital with 150 beds opened in Taraz last year.", "150", "actual"),
    ],
)
def test_money_set_aside_and_what_it_builds_are_plan(body: str, surface: str, kind: str) -> None:
    assert figure_by_surface(body, surface, D(2025, 11, 11), language="en").kind == kind


@pytest.mark.parametrize(
    ("body", "published", "surface", "expected"),
    [
        # a level placed first, "At X, ...": the main clause after it says when
        (
            "SHYMKENT – At 310 billion tenge, the city's budget is now the largest in the south, the akim "
            "said as he reported on January–June.",
            D(2024, 7, 20),
            "310 billion tenge",
            (D(2024, 7, 20), D(2024, 7, 20)),
        ),
        (
            "At around 4,200, the number of start-ups registered in the hub today is the highest ever, the "
            "agency said in its review of January–March.",
            D(2023, 4, 14),
            "4,200",
            (D(2023, 4, 14), D(2023, 4, 14)),
        ),
        # look-alike: a fronted level whose main clause names its own past span keeps it
        (
            "At 12.1%, inflation was the highest in 2022, the bank said.",
            D(2024, 3, 1),
            "12.1%",
            (D(2022, 1, 1), D(2022, 12, 31)),
        ),
        (
            "ATYRAU – At 4.8 million, passenger traffic today is four times as heavy as in 2015, the "
            "director said in a review of January–August.",
            D(2024, 9, 10),
            "4.8 million",
            (D(2024, 9, 10), D(2024, 9, 10)),
        ),
        # a ", when ..." clause after a comparison's base year is of that year
        (
            "SHYMKENT – At 95 billion tenge, the city's tax take is now three times as large as in 2018, when "
            "the city became a region and its revenue came to 31 billion tenge, the akim said as he "
            "reported on January–June.",
            D(2024, 7, 20),
            "31 billion tenge",
            (D(2018, 1, 1), D(2018, 12, 31)),
        ),
        # "as heavy as in 2015" is a base as "as large as" is: the multiplier is today's
        (
            "ATYRAU – Passenger traffic is now four times as heavy as in 2015, when the airport was rebuilt "
            "and it handled 1.2 million passengers, the director said in a review of January–August.",
            D(2024, 9, 10),
            "four times",
            (D(2024, 9, 10), D(2024, 9, 10)),
        ),
        # look-alike: a figure in a ", when" clause after a span of its own keeps that span
        (
            "Output peaked in June, when the plant shipped 40,000 tonnes, the company said.",
            D(2024, 9, 10),
            "40,000 tonnes",
            (D(2024, 6, 1), D(2024, 6, 30)),
        ),
    ],
)
def test_a_figure_takes_the_time_of_the_clause_it_belongs_to(
    body: str, published: D, surface: str, expected: tuple[D, D]
) -> None:
    assert span(figure_by_surface(body, surface, published, language="en")) == expected


@pytest.mark.parametrize(
    ("body", "published", "surface", "expected"),
    [
        # a record's yardstick with a possessive before "first" is no span of the figure
        (
            "Last year the region built 410,000 square metres of housing, 9% less than a year before – the "
            "region's first decline since 2012.",
            D(2024, 3, 1),
            "9%",
            (D(2023, 1, 1), D(2023, 12, 31)),
        ),
        (
            "Last year exports came to 8 million tonnes, 6% less than a year before – Kazakhstan's first "
            "drop since 2016.",
            D(2024, 3, 1),
            "6%",
            (D(2023, 1, 1), D(2023, 12, 31)),
        ),
        # look-alike: "since" with no record word still runs to the report
        (
            "Exports have grown 40% since 2016.",
            D(2023, 3, 1),
            "40%",
            (D(2016, 1, 1), D(2023, 3, 1)),
        ),
    ],
)
def test_a_possessive_first_since_is_a_yardstick(
    body: str, published: D, surface: str, expected: tuple[D, D]
) -> None:
    assert span(figure_by_surface(body, surface, published, language="en")) == expected


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # a clause whose verb is left out shares the stock verb of the clause before
        (
            "At the end of last year, the region's forests stood at 2.1 million hectares. Pine held 58% of "
            "the area, birch only 30%.",
            "30%",
            (D(2023, 12, 31), D(2023, 12, 31)),
        ),
        (
            "At the end of last year, the region's herd stood at 900,000 head. Farms held 61% of it, "
            "households just 39%.",
            "39%",
            (D(2023, 12, 31), D(2023, 12, 31)),
        ),
        # look-alike: a gapped clause after a flow keeps the flow's span
        (
            "At the end of last year, the herd stood at 900,000 head. Over the year farms sold 40,000 head, "
            "households 12,000.",
            "12,000",
            (D(2023, 1, 1), D(2023, 12, 31)),
        ),
    ],
)
def test_a_gapped_clause_takes_the_verb_before(body: str, surface: str, expected: tuple[D, D]) -> None:
    assert span(figure_by_surface(body, surface, D(2024, 4, 10), language="en")) == expected


@pytest.mark.parametrize(
    ("body", "published", "surface", "expected"),
    [
        # a start on the report's own day: that day's figure
        (
            "Free school meals for 410,000 pupils began on 2 September, the ministry said.",
            D(2024, 9, 2),
            "410,000",
            (D(2024, 9, 2), D(2024, 9, 2)),
        ),
        # look-alike: a start days before the report stays open
        (
            "The interventions, which started on 16 November, cost 900 million tenge.",
            D(2023, 12, 5),
            "900 million tenge",
            (D(2023, 11, 16), None),
        ),
        # a share a scheme in force sends is how things stand now, not the year the lead named
        (
            "Each child received 95 dollars for 2022.\nThe programme directs 50% of the annual investment "
            "income of the fund to savings accounts.",
            D(2023, 2, 1),
            "50%",
            (D(2023, 2, 1), D(2023, 2, 1)),
        ),
        (
            "Each farm received 2 million tenge for 2022.\nThe programme channels 20% of the annual subsidy "
            "budget to young farmers.",
            D(2023, 2, 1),
            "20%",
            (D(2023, 2, 1), D(2023, 2, 1)),
        ),
        # look-alike: the past "directed" stays the year's
        (
            "Each child received 95 dollars for 2022.\nThe programme directed 50% of the annual investment "
            "income of the fund to savings accounts.",
            D(2023, 2, 1),
            "50%",
            (D(2022, 1, 1), D(2022, 12, 31)),
        ),
    ],
)
def test_a_state_on_the_report_day(
    body: str, published: D, surface: str, expected: tuple[D, D | None]
) -> None:
    assert span(figure_by_surface(body, surface, published, language="en")) == expected


@pytest.mark.parametrize(
    ("body", "published", "surface", "expected"),
    [
        # years named beside a span counted back say which years it is
        (
            "Farmers planted 2.4 million saplings over the past three years, from 2021 to 2023.",
            D(2024, 2, 22),
            "2.4 million",
            (D(2021, 1, 1), D(2023, 12, 31)),
        ),
        (
            "The city repaired 310 km of roads over the last two years (2022–2023), the akim said.",
            D(2024, 1, 30),
            "310 km",
            (D(2022, 1, 1), D(2023, 12, 31)),
        ),
        # look-alike: a span counted back alone stays rolling
        (
            "Farmers planted 2.4 million saplings over the past three years.",
            D(2024, 2, 22),
            "2.4 million",
            (D(2021, 2, 22), D(2024, 2, 22)),
        ),
    ],
)
def test_years_restating_a_span_counted_back(
    body: str, published: D, surface: str, expected: tuple[D, D]
) -> None:
    assert span(figure_by_surface(body, surface, published, language="en")) == expected


@pytest.mark.parametrize(
    ("body", "surface", "kind"),
    [
        # a deed on the issues around projects does not make their worth money spent
        (
            "Since it was set up, the agency has resolved issues on 40 projects worth 900 billion tenge, the "
            "minister said.",
            "900 billion tenge",
            "plan",
        ),
        (
            "The council has, since it was reorganised, removed obstacles for 12 projects with a total value "
            "of $3 billion.",
            "$3 billion",
            "plan",
        ),
        (
            "The investment headquarters has settled problems of 25 plants worth 300 billion tenge, the akim "
            "noted.",
            "300 billion tenge",
            "plan",
        ),
        # look-alikes: a deed on the projects themselves says they are done
        (
            "Since it was reorganised, the council has launched 12 projects worth $3 billion.",
            "$3 billion",
            "actual",
        ),
        (
            "Last year 58 projects with a total value of 340 billion tenge were put into operation, the "
            "minister said.",
            "340 billion tenge",
            "actual",
        ),
    ],
)
def test_the_worth_of_projects_whose_issues_were_settled_is_plan(body: str, surface: str, kind: str) -> None:
    assert figure_by_surface(body, surface, D(2024, 8, 3), language="en").kind == kind


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        # money drawn from a source for works told as under way: set aside, not spent
        (
            "In Aktau, contractors are working on a new water main with 3.1 billion tenge from the regional budget.",
            "plan",
        ),
        (
            "In Ridder, contractors are working on four boilers with 2 billion tenge from the Government reserve.",
            "plan",
        ),
        (
            "Builders are currently working on the ring road with about 12 billion tenge from the republican budget.",
            "plan",
        ),
        # look-alikes: works finished, and money told as spent, stay done
        (
            "Last year builders finished the water main with 3.1 billion tenge from the regional budget.",
            "actual",
        ),
        (
            "Contractors are working on a new water main; so far 3.1 billion tenge from the regional budget has "
            "been spent.",
            "actual",
        ),
    ],
)
def test_money_drawn_from_a_source_for_works_under_way_is_plan(body: str, kind: str) -> None:
    figure = next(f for f in extract_indicators(body, D(2024, 6, 1), language="en") if f.unit == "KZT")
    assert figure.kind == kind
