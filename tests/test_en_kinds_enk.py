"""English kind classes of the enk pass: an outcome a measure "should" bring is a forecast, a
change "set to" happen by itself is a forecast, and a design capacity or a project still on paper
or under extension is a plan. Sentences are our own; each class keeps look-alikes that must not move."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators

PUBLISHED = date(2025, 4, 15)


def _kinds(body: str) -> dict[str, str]:
    return {i.surface: i.kind for i in extract_indicators(body, PUBLISHED, language="en")}


# --- "should <bring about>": an expected outcome, not a goal ------------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("The new subsidy should improve the diet of 12,000 schoolchildren, the minister said.", "12,000"),
        ("The programme should add about 4,500 farmers to the register next year.", "4,500"),
        ("Together the two plants should create 1,300 jobs in the region.", "1,300"),
        ("The reform should save the budget 40 billion tenge a year.", "40 billion tenge"),
    ],
)
def test_what_a_measure_should_bring_about_is_a_forecast(sentence: str, surface: str) -> None:
    assert _kinds(sentence)[surface] == "forecast"


@pytest.mark.parametrize(
    ("sentence", "surface", "kind"),
    [
        # "should" over what someone must do stays a goal; over works to finish, a plan
        ("Each region should plant at least 2 million trees by 2027.", "2 million", "target"),
        ("Akimats should spend no more than 15% of the fund on administration.", "15%", "target"),
        ("217 schools should be finished by the end of the year.", "217", "plan"),
    ],
)
def test_should_with_a_level_or_works_keeps_its_kind(sentence: str, surface: str, kind: str) -> None:
    assert _kinds(sentence)[surface] == kind


# --- "is set to grow": a change nobody decides is expected ------------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Transit volumes through the port are set to grow three times by 2030.", "three times"),
        ("Grain stocks are set to exceed 4 million tons by the summer.", "4 million tons"),
        ("Tourist arrivals are set to climb by 15% this year.", "15%"),
    ],
)
def test_a_drift_set_to_happen_is_a_forecast(sentence: str, surface: str) -> None:
    assert _kinds(sentence)[surface] == "forecast"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # someone's decision to raise or build stays a plan
        ("Pensions are set to increase by 8% from January.", "8%"),
        ("The ministry is set to build 40 schools this year.", "40"),
    ],
)
def test_a_decision_set_to_happen_stays_a_plan(sentence: str, surface: str) -> None:
    assert _kinds(sentence)[surface] == "plan"


# --- design capacity, projects on paper, extensions under way: plan -----------------------------


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Construction has started on a cement works designed for 1.5 million tons a year.", "1.5 million tons"),
        ("Three more dairy projects are on the drawing board, with a combined capacity of 90,000 tons of milk.",
         "90,000 tons"),
        ("The utility is expanding the Almaty station with three new units totalling 450 MW.", "450 MW"),
    ],
)  # fmt: skip
def test_a_capacity_not_yet_built_is_a_plan(sentence: str, surface: str) -> None:
    assert _kinds(sentence)[surface] == "plan"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # capacity already in service, and a board that is no drawing board, stay actual
        ("Last year four wind farms with a total capacity of 210 MW were put into operation.", "210 MW"),
        ("The board approved 35 loans in March.", "35"),
        ("The region's sugar plants have a daily capacity of 3,000 tons.", "3,000 tons"),
    ],
)
def test_a_capacity_in_service_stays_actual(sentence: str, surface: str) -> None:
    assert _kinds(sentence)[surface] == "actual"


# --- someone "puts the cost at X": an estimate of money not yet spent, a plan ------------------


@pytest.mark.parametrize(
    ("sentence", "surfaces"),
    [
        ("Last spring the operator put the total cost at 310 billion tenge for 52 clinics.",
         ("310 billion tenge", "52")),
        ("The akimat puts the price tag of the new bypass at 48 billion tenge.", ("48 billion tenge",)),
        ("Engineers put the investment needed at about $2 billion.", ("$2 billion",)),
    ],
)  # fmt: skip
def test_a_cost_someone_puts_at_a_sum_is_a_plan(sentence: str, surfaces: tuple[str, ...]) -> None:
    kinds = _kinds(sentence)
    assert [kinds[surface] for surface in surfaces] == ["plan"] * len(surfaces)


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # a measured quantity someone "puts at" is a reading of what is, not a cost ahead
        ("In 2022, customs statistics put bilateral trade at 24.1 billion dollars.", "24.1 billion dollars"),
        ("The ministry put the number of new jobs at 8,200 last year.", "8,200"),
    ],
)
def test_a_reading_someone_puts_at_a_figure_stays_actual(sentence: str, surface: str) -> None:
    assert _kinds(sentence)[surface] == "actual"


# --- what a project is worth, with no verb of completion: money still to be spent, a plan ------


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("The biggest item is the Shymkent ring road project, worth 210 billion tenge.", "210 billion tenge"),
        ("Its flagship is a gas chemical complex costing about $6 billion.", "$6 billion"),
    ],
)
def test_the_worth_of_a_project_without_a_done_verb_is_a_plan(sentence: str, surface: str) -> None:
    assert _kinds(sentence)[surface] == "plan"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # a past verb, before or after, and goods rather than a project keep it actual
        ("Last year 12 projects worth 95 billion tenge came on stream.", "95 billion tenge"),
        ("The region opened 40 new plants worth 310 billion tenge last year.", "310 billion tenge"),
        ("The two countries traded goods worth $4 billion.", "$4 billion"),
    ],
)
def test_the_worth_of_a_finished_project_or_of_goods_stays_actual(sentence: str, surface: str) -> None:
    assert _kinds(sentence)[surface] == "actual"


def test_a_list_item_worth_takes_its_leads_kind() -> None:
    body = (
        "The fund has so far financed 120 projects worth 90 billion tenge. They include:\n"
        "- 70 water projects for 50 billion tenge;\n"
        "- five sports projects worth 12 billion tenge."
    )
    assert _kinds(body)["12 billion tenge"] == "actual"


# --- "is to account for": the share a part will make up is an expected outcome ---------------------


@pytest.mark.parametrize(
    ("sentence", "surface", "kind"),
    [
        (
            "Containers are to account for 1.2 million tons of the expected cargo.",
            "1.2 million tons",
            "forecast",
        ),
        ("Wind power is to make up 15% of generation by 2030.", "15%", "forecast"),
        # look-alikes: what someone is to do stays a plan
        ("Utilities are to reconstruct 69 km of heating networks.", "69 km", "plan"),
        ("The city is to buy 300 buses next year.", "300", "plan"),
    ],
)
def test_is_to_account_for_is_a_forecast(sentence: str, surface: str, kind: str) -> None:
    assert _kinds(sentence)[surface] == kind


# --- a verbless figure set off by commas takes the verb right after it --------------------------


@pytest.mark.parametrize(
    ("sentence", "surface", "kind"),
    [
        ("A third of the fund, 30 billion tenge, is allocated to roads.", "30 billion tenge", "plan"),
        ("Most of the money, 62% or 80 billion tenge, is earmarked for schools.", "62%", "plan"),
        ("The bulk of the harvest, 1.2 million tons, was exported to China.", "1.2 million tons", "actual"),
    ],
)
def test_a_figure_between_commas_takes_the_verb_after_it(sentence: str, surface: str, kind: str) -> None:
    assert _kinds(sentence)[surface] == kind


# --- projects under way: their number is actual, whatever the worth written between ---------------


@pytest.mark.parametrize("worth", ["1.1 trillion tenge", "900 billion tenge", "$2.5 billion"])
def test_the_number_of_projects_under_way_is_actual_with_a_decimal_worth(worth: str) -> None:
    kinds = _kinds(f"In the region 46 projects worth {worth} are being implemented.")
    assert (kinds["46"], kinds[worth]) == ("actual", "plan")


# --- a payment or service under way now is how things stand: actual -------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface", "kind"),
    [
        (
            "This year 24 bus routes are being subsidized with 3.1 billion tenge.",
            "3.1 billion tenge",
            "actual",
        ),
        ("Some 4,000 jobseekers are being trained at the regional centres.", "4,000", "actual"),
        ("About 52,000 families are being paid the new allowance.", "52,000", "actual"),
        # look-alike: work still being prepared stays a plan
        ("Designs for 14 new bridges are being prepared.", "14", "plan"),
    ],
)
def test_a_payment_or_service_under_way_is_actual(sentence: str, surface: str, kind: str) -> None:
    assert _kinds(sentence)[surface] == kind


# --- a level someone "is raising" a measure to: a goal not yet reached ------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface", "kind"),
    [
        ("The government has been steadily raising the minimum wage to 40% of the median.", "40%", "target"),
        ("The city is lifting gas coverage to 95% of homes.", "95%", "target"),
        ("Regulators are cutting the loss rate to 8% of supply.", "8%", "target"),
        # look-alikes: a raise already done, and a raise by an amount, keep their readings
        ("Last year the government raised the minimum wage to 85,000 tenge.", "85,000 tenge", "actual"),
    ],
)
def test_a_level_being_raised_to_is_a_target(sentence: str, surface: str, kind: str) -> None:
    assert _kinds(sentence)[surface] == kind


def test_a_raise_by_an_amount_is_no_level_aimed_at() -> None:
    assert _kinds("The bank is raising its capital by 12 billion tenge.")["12 billion tenge"] != "target"


# --- an effect someone "puts at" a sum is an expected outcome ----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface", "kind"),
    [
        (
            "The agency puts the annual savings from the reform at 12 billion tenge.",
            "12 billion tenge",
            "forecast",
        ),
        ("Analysts put the economic effect of the new line at $300 million.", "$300 million", "forecast"),
        # look-alike: the cost of the work stays a plan
        ("Analysts put the cost of the new line at $300 million.", "$300 million", "plan"),
    ],
)
def test_an_effect_someone_puts_at_a_sum_is_a_forecast(sentence: str, surface: str, kind: str) -> None:
    assert _kinds(sentence)[surface] == kind


# --- what an estimate says ("estimated that ... would") is a forecast --------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface", "kind"),
    [
        (
            "Engineers estimated that a further 40 billion tenge would be needed.",
            "40 billion tenge",
            "forecast",
        ),
        ("The ministry estimates that 2,000 more teachers will be required by 2027.", "2,000", "forecast"),
        # look-alike: a sum a budget sets aside after the estimate stays a plan
        ("The city will allocate 40 billion tenge next year.", "40 billion tenge", "plan"),
    ],
)
def test_what_an_estimate_says_is_a_forecast(sentence: str, surface: str, kind: str) -> None:
    assert _kinds(sentence)[surface] == kind


# --- what a scenario sees is a forecast ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface", "kind"),
    [
        ("The bank's base scenario sees inflation easing to 9% next year.", "9%", "forecast"),
        (
            "Under the pessimistic scenario, oil output drops to 85 million tons in 2026.",
            "85 million tons",
            "forecast",
        ),
        # look-alike: a scenario named after a figure is the reference it is measured against
        ("Output came in 3% above the baseline scenario.", "3%", "actual"),
    ],
)
def test_what_a_scenario_sees_is_a_forecast(sentence: str, surface: str, kind: str) -> None:
    assert _kinds(sentence)[surface] == kind


# --- how many live in a place describes it as it is ----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface", "kind"),
    [
        ("The new dam will protect three villages with about 7,000 residents.", "7,000", "actual"),
        ("The airline could fly to 12 cities of over two million people.", "two million", "actual"),
        # look-alikes: the places themselves stay planned, and a goal's places stay the goal's
        ("The new dam will protect 12 villages with about 7,000 residents.", "12", "plan"),
        (
            "The target is to connect 900 settlements with 2.1 million residents by 2027.",
            "2.1 million",
            "target",
        ),
        # people a plan provides for are no place's population
        ("New housing will be built for 4,000 residents.", "4,000", "plan"),
    ],
)
def test_how_many_live_in_a_place_is_actual(sentence: str, surface: str, kind: str) -> None:
    assert _kinds(sentence)[surface] == kind


# --- the length or size of what work has begun on is not yet built: plan --------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface", "kind"),
    [
        (
            "Reconstruction has also begun on the canal, which stretches for 64 kilometres.",
            "64 kilometres",
            "plan",
        ),
        ("Work has now started on a bypass with a length of 38 km.", "38 km", "plan"),
        # look-alikes: a finished canal's length, and one with no work begun, stay actual
        (
            "Reconstruction of the canal, which stretches for 64 kilometres, was completed.",
            "64 kilometres",
            "actual",
        ),
        ("The old canal stretches for 64 kilometres.", "64 kilometres", "actual"),
    ],
)
def test_the_length_of_what_work_has_begun_on_is_a_plan(sentence: str, surface: str, kind: str) -> None:
    assert _kinds(sentence)[surface] == kind


# --- an apposition naming what is to be built gives its size: plan ----------------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface", "kind"),
    [
        (
            "A contract was signed last week to build Turgusun-2, a 90 MW hydropower plant in the east.",
            "90 MW",
            "plan",
        ),
        ("Bids were invited to lay the new main, a 48 km pipeline from Aral.", "48 km", "plan"),
        # look-alikes: an apposition after a finished building, and one after a visit, stay actual
        ("The company built Turgusun-1, a 25 MW hydropower plant, in 2021.", "25 MW", "actual"),
        ("The minister visited Ekibastuz, a town of 150,000 people.", "150,000", "actual"),
    ],
)
def test_an_apposition_naming_what_is_to_be_built_is_a_plan(sentence: str, surface: str, kind: str) -> None:
    assert _kinds(sentence)[surface] == kind
