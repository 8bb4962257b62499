"""Kinds and change flags seen on real stored English pages of round kind23en (housing after the
floods, district plans, national projects, budgets), in sentences of our own.

Labelled by tests/realworld/FORMAT.md:
  1. How many buildings are under construction or repair is a present state (actual; it was plan)
     also when the buildings carry up to three words of kind ("90 single-family 3-room residential
     houses are under construction"), when the list has more members before its verb ("7 flats and 26
     houses are being repaired"), when the verb is active ("crews are building 191 houses", and the
     crews at work are counted now too) and when the worth sits between ("31 projects to the tune of
     KZT76bn are being carried out"). Look-alikes: what a plant under way will hold, a school's places
     and "will build 40 houses" stay plans.
  2. "plans to increase fertilizer production to 4 million tons": the verb, its object, then "to" and
     the level to reach is a level, not a change (it was a change); "by 4 million tons" stays a change.
  3. "the cost of the project is 38 million tenge", "Its project cost is 718 million tenge", told of
     work to come: money still to be spent (plan; it was actual). Look-alike: after "was opened" the
     cost stays actual.
  4. Cues: "shall reach 7%" is a goal (target; it was actual); "the concept is called to create up to
     70,000 farms" is what a document sets out to reach (target; actual); "with a potential of import
     substitution up to KZT 130 bln", "a potential to boost exports by $622 million" is what may come
     (forecast; actual); "thus committing to a reduction of emissions by 20%" is a pledge (target;
     actual). Look-alikes: "12 potential investors" and "9 ports with a high export
     potential" stay counts now.
  5. Change flags: "revenue will increase by 1.5 trillion tenge and exceed 19 trillion" gives the
     level after "and exceed" (it was a change), and "335 billion tenge more against the current
     year plan" is a difference from a base (a change; it was a level). Look-alike: "rose by 5% and
     reached 3 million tons" keeps the level.
  6. "this measure will let boost exports up to $9.9 billion": as "will allow", and "their exports
     will hit $3.6 billion", an expected outcome (forecast; plan, actual); "hit $2.8 billion last
     year" stays actual, and so does a project's cost told after the sentence that opened it. "The
     projects worth KZT1.1 trillion will create 17,000 jobs": the jobs are the outcome foreseen, the
     worth is money still to be spent (plan; forecast). "37bn tenge has been allocated for the repair of 705km of roads": the works
     money set aside pays for are still to be done (plan; actual). Look-alikes: the same told of last
     year, and money spent on the repair of roads in 2020, stay actual.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface

PUBLISHED = date(2025, 8, 14)


def _figure(text: str, surface: str):  # type: ignore[no-untyped-def]
    return figure_by_surface(text, surface, PUBLISHED, "", "en")


UNDER_WAY = [
    (
        "In the village of Aksu, 84 single-family 3-room residential houses are under construction.",
        "84",
        "actual",
    ),
    ("In the old quarter, 9 flats and 31 houses are being repaired.", "9", "actual"),
    ("In the old quarter, 9 flats and 31 houses are being repaired.", "31", "actual"),
    (
        "In two villages, 52 standard houses and 14 two-family houses are being built for the evacuated families.",
        "52",
        "actual",
    ),
    ("On the western edge of town, 12 contractors are building 164 standard houses.", "164", "actual"),
    ("On the western edge of town, 12 contractors are building 164 standard houses.", "12", "actual"),
    ("In the region, 27 projects to the tune of KZT54bn are being carried out.", "27", "actual"),
    # look-alikes that keep their readings
    ("In the region, 27 projects to the tune of KZT54bn are being carried out.", "KZT54bn", "plan"),
    ("The company is building a plant with a capacity of 400,000 tons.", "400,000 tons", "plan"),
    ("The city is building 9 schools for 7,200 pupils.", "7,200", "plan"),
    ("Crews will build 40 houses and 12 schools next year.", "40", "plan"),
]


@pytest.mark.parametrize(("text", "surface", "kind"), UNDER_WAY)
def test_buildings_under_way_are_counted_now(text: str, surface: str, kind: str) -> None:
    assert _figure(text, surface).kind == kind


@pytest.mark.parametrize(
    ("text", "surface", "is_change"),
    [
        (
            "The minister outlined plans to increase fertilizer output to 4 million tons by 2030.",
            "4 million tons",
            False,
        ),
        ("The akimat intends to raise the share of paved roads to 92% by 2029.", "92%", False),
        ("The region aims to bring the number of dairy farms to 140 next year.", "140", False),
        ("The ministry plans to increase output by 4 million tons by 2030.", "4 million tons", True),
        ("The plan is to increase output by 20%, to 4 million tons.", "20%", True),
    ],
)
def test_a_verb_and_its_object_before_to_name_a_level(text: str, surface: str, is_change: bool) -> None:
    assert _figure(text, surface).is_change is is_change


CUES = [
    (
        "A farm for 600 heads is to open in spring, and the cost of the project is 45 million tenge.",
        "45 million tenge",
        "plan",
    ),
    (
        "A dormitory with 250 beds will be built. Its project cost is 910 million tenge.",
        "910 million tenge",
        "plan",
    ),
    (
        "The company plans to open a farm, and the cost of the project is 45 million tenge.",
        "45 million tenge",
        "plan",
    ),
    (
        "The dairy was opened in 2021; the cost of the project is 38 million tenge.",
        "38 million tenge",
        "actual",
    ),
    ("The rate of fleet renewal shall reach 8% thanks to leasing.", "8%", "target"),
    ("The programme is called to create up to 50,000 new farms.", "50,000", "target"),
    (
        "The new plants have a potential of import substitution up to KZT 150 bln a year.",
        "KZT 150 bln",
        "forecast",
    ),
    (
        "They are export projects with a potential to boost exports by $500 million.",
        "$500 million",
        "forecast",
    ),
    ("The region has 12 potential investors.", "12", "actual"),
    (
        "The country has 9 ports with a high export potential of green hydrogen.",
        "9",
        "actual",
    ),
    (
        "The country joined the accord, thus committing to a reduction of methane emissions by 20%.",
        "20%",
        "target",
    ),
]


@pytest.mark.parametrize(("text", "surface", "kind"), CUES)
def test_costs_goals_and_potentials(text: str, surface: str, kind: str) -> None:
    assert _figure(text, surface).kind == kind


@pytest.mark.parametrize(
    ("text", "surface", "is_change"),
    [
        (
            "This year, revenue will increase by 1.2 trillion tenge and exceed 21 trillion.",
            "21 trillion",
            False,
        ),
        (
            "This year, revenue will increase by 1.2 trillion tenge and exceed 21 trillion.",
            "1.2 trillion tenge",
            True,
        ),
        (
            "Spending on courts in 2026 will exceed 2 trillion tenge, which is 240 billion tenge more against "
            "the current year plan.",
            "240 billion tenge",
            True,
        ),
        ("Grain exports rose by 5% and reached 3 million tons.", "3 million tons", False),
    ],
)
def test_levels_after_and_and_differences_against_a_base(text: str, surface: str, is_change: bool) -> None:
    assert _figure(text, surface).is_change is is_change


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("This measure will let boost meat exports up to $1.4 billion.", "$1.4 billion", "forecast"),
        ("Their overall volume of export will hit $2.8 billion.", "$2.8 billion", "forecast"),
        ("The projects worth KZT900 billion will create more than 15,000 jobs.", "KZT900 billion", "plan"),
        ("The projects worth KZT900 billion will create more than 15,000 jobs.", "15,000", "forecast"),
        ("Analysts expect projects worth KZT900 billion to be approved.", "KZT900 billion", "forecast"),
        ("Exports hit $2.8 billion last year.", "$2.8 billion", "actual"),
        (
            "A farm in the district opened a meat factory in May. The cost of the project is 150 million tenge.",
            "150 million tenge",
            "actual",
        ),
        ("KZT41bn has been allocated for the repair of 630km of roads.", "630km", "plan"),
        ("This year 12bn tenge has been allocated for the construction of 9 schools.", "9", "plan"),
        ("KZT41bn was allocated for the repair of 630km of roads last year.", "630km", "actual"),
        ("In 2020, 41bn tenge was spent on the repair of 630km of roads.", "630km", "actual"),
    ],
)
def test_outcomes_let_and_works_money_pays_for(text: str, surface: str, kind: str) -> None:
    assert _figure(text, surface).kind == kind


# 7. "It is also important to create more than 18,000 permanent jobs": a goal set out as needful
#    (target; it was actual), as "it is necessary to"; "It is important / necessary to note that 40% of
#    the funds were spent" is a remark on what follows and keeps the deed's reading (the "necessary"
#    one was a target before).
@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("It is also important to create more than 16,000 permanent jobs.", "16,000", "target"),
        ("It is important to note that 35% of the funds were spent.", "35%", "actual"),
        ("It is necessary to note that 35% of the funds were spent.", "35%", "actual"),
        ("The share of important projects grew to 35%.", "35%", "actual"),
    ],
)
def test_what_is_important_to_do(text: str, surface: str, kind: str) -> None:
    assert _figure(text, surface).kind == kind


# 8. "This year the inflation rate should be reduced by half from 20.3% to 9.5%", "must be increased
#    to 70% by 2027": a level someone must bring a measure to is a goal (target; it was plan), as
#    "should be about 9.5%" already was. Look-alikes: "217 schools must be finished by the year-end"
#    (work scheduled) and "Salaries must be raised by 20%" (a change, no level) stay plans.
@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("This year the inflation rate should be reduced by half from 18.2% to 9%.", "9%", "target"),
        ("The share of processed goods must be increased to 65% by 2028.", "65%", "target"),
        ("Inflation should be brought down to 6% next year.", "6%", "target"),
        ("190 schools must be finished by the year-end.", "190", "plan"),
        ("Salaries must be raised by 15% next year.", "15%", "plan"),
    ],
)
def test_a_level_a_measure_must_be_brought_to(text: str, surface: str, kind: str) -> None:
    assert _figure(text, surface).kind == kind
