"""English phrasing classes of extractor +en8 (kinds and the periods left over), each on
sentences of our own with look-alikes that must keep their old reading."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicator_record import Indicator
from etl.extract.indicators import extract_indicators

PUBLISHED = date(2025, 7, 19)
D = date


def _read(body: str, title: str = "", published: date = PUBLISHED) -> list[Indicator]:
    return extract_indicators(body, published, title=title, language="en")


def _by_surface(body: str, title: str = "", published: date = PUBLISHED) -> dict[str, Indicator]:
    return {i.surface: i for i in _read(body, title, published)}


# --- Periods -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "part",
    [
        "the first quarter of this year",
        "the first quarter of the current year",
        "the first six months of this year",
    ],
)
def test_a_part_of_this_year_is_the_publication_years_after_a_look_back(part: str) -> None:
    found = _by_surface(f"Last year the park sold 820,000 tickets. In {part} it sold 190,000 tickets.")
    assert found["190,000"].period_start == D(2025, 1, 1)
    assert found["820,000"].period_start == D(2024, 1, 1)


def test_a_part_of_the_year_keeps_the_year_in_scope() -> None:
    # "of the year" names no year: the one the article speaks of
    found = _by_surface(
        "Last year the park sold 820,000 tickets. In the first quarter of the year it sold 190,000."
    )
    assert found["190,000"].period_start == D(2024, 1, 1)


@pytest.mark.parametrize(
    "span", ["the first six months of 2023", "the first half of 2023", "six months of 2023"]
)
def test_a_base_value_in_the_first_months_of_a_year_is_that_span(span: str) -> None:
    found = _by_surface(
        f"Anglers caught 51 thousand tonnes in January-June, against 47 thousand tonnes in {span}.",
        title="Catch grows in first half of 2024",
        published=D(2024, 8, 1),
    )
    base = found["47 thousand tonnes"]
    assert (base.period_start, base.period_end) == (D(2023, 1, 1), D(2023, 6, 30))
    assert found["51 thousand tonnes"].period_start == D(2024, 1, 1)


def test_the_first_months_of_a_year_still_date_a_figure_before_them() -> None:
    found = _by_surface(
        "Output grew by 12.4% in the first seven months of 2024 to 66 billion tenge.", published=D(2024, 9, 1)
    )
    assert (found["66 billion tenge"].period_start, found["66 billion tenge"].period_end) == (
        D(2024, 1, 1),
        D(2024, 7, 31),
    )


# --- Kinds ---------------------------------------------------------------------------------------


def _kinds(body: str, published: date = PUBLISHED) -> dict[str, str]:
    return {i.surface: i.kind for i in _read(body, published=published)}


def test_a_list_before_its_auxiliary_and_cue_takes_the_cue() -> None:
    kinds = _kinds("Next spring 40 tractors, 12 combines and 9 seeders are due to arrive in the district.")
    assert kinds["40"] == "plan"
    assert kinds["12"] == "plan"


def test_a_list_with_a_verb_of_its_own_keeps_it() -> None:
    kinds = _kinds("The farm bought 40 tractors, and 12 combines are due to arrive in spring.")
    assert kinds["40"] == "actual"


@pytest.mark.parametrize("cue", ["is on course to", "is on track to"])
def test_on_course_is_a_forecast(cue: str) -> None:
    assert _kinds(f"The resort {cue} welcome 2.3 million skiers this season.")["2.3 million"] == "forecast"


def test_a_golf_course_is_no_forecast() -> None:
    assert _kinds("The club opened a course on 45 hectares.")["45 hectares"] == "actual"


@pytest.mark.parametrize(
    "body",
    [
        "The mine extracted 4.1 million tonnes of ore in January-May, fulfilling the annual plan by 103.4%.",
        "The mine extracted 4.1 million tonnes of ore in January-May and exceeded its plan by 103.4%.",
    ],
)
def test_a_plan_fulfilled_by_a_share_is_an_outcome(body: str) -> None:
    assert _kinds(body)["103.4%"] == "actual"


def test_a_figure_under_a_plan_not_fulfilled_yet_is_planned() -> None:
    assert (
        _kinds("Under the plan, 4.1 million tonnes of ore will be extracted.")["4.1 million tonnes"] == "plan"
    )


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        ("The region intends to reach 85% coverage by 2027.", "85%"),
        ("The two countries intend to bring their trade to $5 billion.", "$5 billion"),
        ("The ministry intends to cut the wear of the networks down to 45%.", "45%"),
    ],
)
def test_an_intended_level_is_a_goal(body: str, surface: str) -> None:
    assert _kinds(body)[surface] == "target"


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        ("The city intends to buy 300 trolleybuses this year.", "300"),
        ("The ministry intends to cut 2,000 posts.", "2,000"),
        ("The company plans to raise output to 2.4 million tonnes this year.", "2.4 million tonnes"),
    ],
)
def test_intended_work_and_planned_output_stay_plans(body: str, surface: str) -> None:
    assert _kinds(body)[surface] == "plan"


def test_the_means_of_an_intended_level_are_planned() -> None:
    kinds = _kinds("The region intends to lift the share to 70% by building 14 substations.")
    assert (kinds["70%"], kinds["14"]) == ("target", "plan")


def test_what_a_ministry_wants_is_a_goal() -> None:
    assert _kinds("The ministry wants local dairies to cover 75% of demand.")["75%"] == "target"


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        (
            "The cabinet approved 12 billion tenge from the reserve for new boilers in Semey.",
            "12 billion tenge",
        ),
        ("The minister signed an order releasing 4.5 billion tenge to rebuild the dam.", "4.5 billion tenge"),
        (
            "Earlier the akimat approved 800 million tenge for school buses, 1.2 billion tenge for roads.",
            "1.2 billion tenge",
        ),
    ],
)
def test_money_set_aside_with_no_span_is_a_budget_line(body: str, surface: str) -> None:
    assert _kinds(body)[surface] == "plan"


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        ("Last year the akimat approved 800 million tenge for school buses.", "800 million tenge"),
        ("So far 620 billion tenge has been allocated to the programme.", "620 billion tenge"),
        ("The committee approved 34 applications from farmers.", "34"),
    ],
)
def test_allocations_with_a_span_done_and_approved_counts_stay_outcomes(body: str, surface: str) -> None:
    assert _kinds(body)[surface] == "actual"


def test_a_past_aside_inside_a_planning_sentence_is_what_happened() -> None:
    body = (
        "The cabinet has released 9 billion tenge for water pipes in three towns. "
        "The rest is intended for new pipes in Aksu, where 35 accidents occurred over the past three years. "
        "Earlier, the cabinet approved 2 billion tenge for pumps."
    )
    found = _by_surface(body, published=D(2024, 6, 1))
    assert found["35"].kind == "actual"
    assert (found["35"].period_start, found["35"].period_end) == (D(2021, 6, 1), D(2024, 6, 1))
    # the aside's span sets no scene for the next sentence
    assert found["2 billion tenge"].period_start is None
    assert found["2 billion tenge"].kind == "plan"


def test_a_future_aside_stays_planned() -> None:
    kinds = _kinds(
        "The rest is intended for Aksu, where 35 km of pipes will be replaced over the next three years."
    )
    assert kinds["35 km"] == "plan"


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        ("The total cost of the bypass is estimated at 84 billion tenge.", "84 billion tenge"),
        ("The three bridges are together estimated at 12 billion tenge.", "12 billion tenge"),
        ("The contract is worth over 310 billion tenge.", "310 billion tenge"),
        (
            "It belongs to a programme for 2025-2028 with a budget of up to 2.2 trillion tenge.",
            "2.2 trillion tenge",
        ),
    ],
)
def test_the_cost_of_work_still_ahead_is_planned_spending(body: str, surface: str) -> None:
    assert _kinds(body)[surface] == "plan"


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        ("In 2024 the wool clip was worth about 9 billion tenge.", "9 billion tenge"),
        ("Domestic demand is estimated at 1.5 million tons a year.", "1.5 million tons"),
        ("Last year the damage was estimated at 40 billion tenge.", "40 billion tenge"),
    ],
)
def test_past_values_and_estimated_levels_stay_outcomes(body: str, surface: str) -> None:
    assert _kinds(body, published=D(2025, 7, 19))[surface] == "actual"


def test_the_verb_after_a_which_aside_speaks_for_the_subject() -> None:
    body = "In all, 7.4 billion tenge from the regional budget, which covers 14 districts, is to be spent on roads."
    kinds = _kinds(body)
    assert kinds["7.4 billion tenge"] == "plan"


def test_the_verb_and_year_after_a_with_aside_speak_for_the_subject() -> None:
    body = "Last year 61 clinics were opened, and the remaining 48, with 3,900 beds, are due this year."
    found = _by_surface(body, published=D(2025, 3, 1))
    assert found["61"].kind == "actual" and found["61"].period_start == D(2024, 1, 1)
    for surface in ("48", "3,900"):
        assert found[surface].kind == "plan"
        assert found[surface].period_start == D(2025, 1, 1)


def test_a_closing_with_clause_is_no_aside() -> None:
    # no verb after the "with" clause: it describes the figure before it and changes nothing
    kinds = _kinds(
        "Exports reached 5.1 million tons, with grain making up 3.2 million tons, the ministry said."
    )
    assert kinds["5.1 million tons"] == "actual"
    assert kinds["3.2 million tons"] == "actual"


@pytest.mark.parametrize(
    "body",
    [
        "Investment by the two operators in the new cable will exceed 40 billion tenge (US$80 million).",
        "This year the fund's financing will exceed 40 billion tenge (about US$80 million).",
    ],
)
def test_what_someone_will_spend_is_a_plan_and_its_equivalent_too(body: str) -> None:
    kinds = _kinds(body)
    assert kinds["40 billion tenge"] == "plan"
    assert next(v for k, v in kinds.items() if "80 million" in k) == "plan"


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        ("Retail sales will exceed 40 billion tenge this year, analysts expect.", "40 billion tenge"),
        ("Investment in the region will grow by 12%.", "12%"),
    ],
)
def test_markets_and_growth_rates_ahead_stay_forecasts(body: str, surface: str) -> None:
    assert _kinds(body)[surface] == "forecast"


def test_a_level_a_purpose_aims_at_is_a_goal_and_the_means_stay_planned() -> None:
    body = (
        "The programme foresees the following work:\n"
        "- gas networks: about KZT 900 billion for 2,100 km of pipes, to bring wear down to 38%;\n"
        "- heat networks: KZT 1.1 trillion for 1,300 km, to cut losses to 9%."
    )
    kinds = _kinds(body)
    assert (kinds["38%"], kinds["9%"]) == ("target", "target")
    assert kinds["KZT 900 billion"] == "plan"


@pytest.mark.parametrize(
    ("body", "surface", "kind"),
    [
        ("The bank decided to raise the base rate to 16.5%.", "16.5%", "actual"),
        ("The new main is to bring heat to 12,000 residents.", "12,000", "plan"),
        ("The regulator will be unable to bring inflation down to 5% by 2026.", "5%", "target"),
    ],
)
def test_decisions_and_scheduled_acts_are_no_purpose(body: str, surface: str, kind: str) -> None:
    assert _kinds(body, published=D(2025, 7, 19))[surface] == kind


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Fourteen screening centres were set up in the regions.", "actual"),
        ("The levy is set to rise to 14% next year.", "plan"),
    ],
)
def test_set_up_is_done_and_set_to_is_planned(body: str, kind: str) -> None:
    found = _read(body)
    assert found[0].kind == kind


def test_a_joined_clause_with_a_verb_of_its_own_states_a_fact() -> None:
    body = (
        "Last year the region opened 9 plants. Another 14 projects are to be carried out this year, "
        "and the region's pipeline includes 52 projects worth 1.4 trillion tenge. "
        "Farms sold produce worth 310 billion tenge."
    )
    found = _by_surface(body, published=D(2024, 1, 20))
    assert found["14"].kind == "plan"
    assert found["52"].kind == "actual"
    # FORMAT.md (Kind conventions): a pool's worth is planned, its number of projects a present state
    assert found["1.4 trillion tenge"].kind == "plan"
    # the plan's year is not the pipeline's, and does not become the article's
    assert found["310 billion tenge"].period_start == D(2023, 1, 1)


def test_a_joined_clause_that_plans_stays_planned() -> None:
    kinds = _kinds("The city bought 40 buses last year, and 60 more are due to arrive in 2026.")
    assert kinds["60"] == "plan"


def test_the_part_of_a_projected_total_keeps_the_forecast() -> None:
    body = "Traffic is expected to grow, with freight projected at 8.1 million tons, of which 3.3 million tons will be grain."
    kinds = _kinds(body)
    assert (kinds["8.1 million tons"], kinds["3.3 million tons"]) == ("forecast", "forecast")


def test_the_part_of_a_planned_total_stays_planned() -> None:
    kinds = _kinds("The city will build 40 schools, of which 12 will be in villages.")
    assert (kinds["40"], kinds["12"]) == ("plan", "plan")


def test_a_design_that_will_have_figures_is_planned_and_access_is_an_outcome() -> None:
    kinds = _kinds("The new tram line will have 14 stops along 11.2 kilometres.")
    assert (kinds["14"], kinds["11.2 kilometres"]) == ("plan", "plan")
    assert (
        _kinds("After the upgrade, 90,000 residents will have access to clean water.")["90,000"] == "forecast"
    )


def test_work_a_future_clause_waits_for_is_planned() -> None:
    kinds = _kinds("Once all 120 substations are rebuilt, outages will fall by 30%.")
    assert kinds["120"] == "plan"
    assert kinds["30%"] == "forecast"


def test_a_past_when_clause_stays_an_outcome() -> None:
    kinds = _kinds(
        "When 120 substations were rebuilt in 2023, outages fell by 30%.", published=D(2025, 7, 19)
    )
    assert kinds["120"] == "actual"


@pytest.mark.parametrize(
    ("phrase", "end"),
    [
        ("by end-2027", D(2027, 12, 31)),
        ("by mid-2026", D(2026, 6, 30)),
        ("by the end of 2027", D(2027, 12, 31)),
    ],
)
def test_a_glued_end_or_mid_of_a_year_is_a_deadline(phrase: str, end: date) -> None:
    (found,) = _read(f"The operator will connect 2,400 villages {phrase}.")
    assert (found.period_start, found.period_end) == (None, end)


def test_a_headline_deadline_dates_the_plans_after_it() -> None:
    body = "About 70% of the lines will be laid underground."
    (found,) = _read(body, title="Kazakhstan to connect 2,400 villages by end-2027")
    assert (found.period_start, found.period_end) == (None, D(2027, 12, 31))


def test_a_range_of_years_with_a_dash_stays_a_range() -> None:
    (found,) = _read("Output rose by 14% in 2019-2024.")
    assert (found.period_start, found.period_end) == (D(2019, 1, 1), D(2024, 12, 31))


def test_the_part_of_a_budget_keeps_the_budgets_kind() -> None:
    body = "It is part of a programme with a budget of up to 900 billion tenge, of which over 700 billion tenge is expected to come from private investors."
    kinds = _kinds(body)
    assert (kinds["900 billion tenge"], kinds["700 billion tenge"]) == ("plan", "plan")


@pytest.mark.parametrize(
    ("body", "surface", "kind"),
    [
        ("Under the project, 64 clinics must be finished by the year-end.", "64", "plan"),
        ("The share of renewables must reach 15% by 2030.", "15%", "target"),
        ("The reserve must be at least 20% of spending.", "20%", "target"),
    ],
)
def test_work_that_must_be_done_is_planned_and_a_level_that_must_be_reached_a_goal(
    body: str, surface: str, kind: str
) -> None:
    assert _kinds(body)[surface] == kind


def test_a_base_at_the_present_is_where_things_stand() -> None:
    kinds = _kinds("Wages will make up 31% of spending next year, down from 34% now.")
    assert (kinds["31%"], kinds["34%"]) == ("plan", "actual")


def test_a_new_subject_after_and_takes_its_own_verb() -> None:
    body = "This year the bank's lending will exceed 90 billion tenge and about 400,000 square metres of housing are to be built."
    kinds = _kinds(body)
    assert kinds["400,000 square metres"] == "plan"


@pytest.mark.parametrize(
    ("body", "surface", "kind"),
    [
        # an object after "and drilled all" is no new subject; "still being reviewed" is no plan
        ("The crews had built 40 wells and drilled all 22 drains foreseen by the project.", "22", "actual"),
        ("Of the complaints, 900 have been resolved and 120 are still being reviewed.", "120", "actual"),
    ],
)
def test_objects_and_work_under_way_after_and_keep_their_reading(body: str, surface: str, kind: str) -> None:
    assert _kinds(body)[surface] == kind


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Farmers should harvest about 2.1 million tons of potatoes this year.", "forecast"),
        ("Every school should have 3 nurses.", "target"),
    ],
)
def test_an_output_that_should_come_is_expected_and_a_norm_a_goal(body: str, kind: str) -> None:
    assert _read(body)[0].kind == kind


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Beef output added 1.2% to reach 540 thousand tons in 2024.", "actual"),
        ("The ministry aims to reach 540 thousand tons of beef by 2028.", "target"),
    ],
)
def test_the_level_a_past_change_reached_is_an_outcome(body: str, kind: str) -> None:
    assert _kinds(body)["540 thousand tons"] == kind
