"""English forms met on the fresh development set d39 at first sight (+fs39en): our own sentences,
labelled by tests/realworld/FORMAT.md before the reader ran, each with look-alikes that keep
their reading."""

from __future__ import annotations

from datetime import date as D

import pytest

from tests.figure_lookup import figure_by_surface, span, surfaces

P = D(2025, 11, 11)
NINE_MONTHS = (D(2025, 1, 1), D(2025, 9, 30))


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        # a figureless sentence naming months from January, the span not opening it
        (
            "The district now has 41 clinics, the akim said.\n"
            "In 2022, when the district was formed, it had 30 clinics.\n"
            "According to the akim, the local economy kept growing in January-September 2025. "
            "Retail trade reached 104.2% of last year's level.",
            "104.2%",
        ),
        (
            "The budget came to 61 billion tenge in 2023.\n"
            "Industry did well in the first nine months of 2025. Output rose by 6.1%.",
            "6.1%",
        ),
        (
            "The region has 12 airports.\n"
            "Farmers had a good season from January to September. They sold 1.4 million tonnes of wheat.",
            "1.4 million tonnes",
        ),
    ],
)
def test_a_figureless_sentence_naming_months_from_january_sets_the_span(body: str, surface: str) -> None:
    assert span(figure_by_surface(body, surface, P, language="en")) == NINE_MONTHS


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # a whole year or a single month named by a figureless sentence not opening it sets no span
        (
            "The region has 12 airports.\nIn 2021, the region exported 3 million tonnes of grain.\n"
            "The airline was founded in 2019. It carried 2.1 million passengers.",
            "2.1 million",
            (D(2021, 1, 1), D(2021, 12, 31)),
        ),
        (
            "The region has 12 airports.\nIn 2021, the region exported 3 million tonnes of grain.\n"
            "The minister visited the plant in March. It employs 400 people.",
            "400",
            (P, P),
        ),
    ],
)
def test_a_whole_year_or_one_month_named_aside_sets_no_span(
    body: str, surface: str, expected: tuple[D, D]
) -> None:
    assert span(figure_by_surface(body, surface, P, language="en")) == expected


Y23 = D(2023, 9, 12)
PLAN_23 = (D(2023, 1, 1), D(2023, 12, 31))
DONE_23 = (D(2023, 1, 1), Y23)


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        # the done part of this year's plan told in the next sentence, counting the same things
        (
            "This year the utilities plan to replace 420 kilometres of water pipes and 96 pumping stations. "
            "To date, 310 kilometres of pipes and 71 pumping stations have been replaced.",
            "71",
        ),
        (
            "This year the utilities plan to replace 420 kilometres of water pipes and 96 pumping stations. "
            "To date, 310 kilometres of pipes and 71 pumping stations have been replaced.",
            "310 kilometres",
        ),
        (
            "The city is to repair 64 schools and 18 clinics this year. "
            "Work is going on at 20 schools, while repairs have already been finished at 31 schools and 9 clinics.",
            "9",
        ),
        (
            "Farmers are to plant 2,000 hectares of orchards this year. "
            "So far, 1,150 hectares of orchards have been planted.",
            "1,150 hectares",
        ),
    ],
)
def test_the_done_part_of_this_years_plan_in_the_next_sentence(body: str, surface: str) -> None:
    assert span(figure_by_surface(body, surface, Y23, language="en")) == DONE_23


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # things the plan did not count, or a state, keep the report's day
        (
            "This year the utilities plan to replace 420 kilometres of water pipes. "
            "To date, 71 pumping stations have been replaced.",
            "71",
            (Y23, Y23),
        ),
        # a sentence before that also tells a deed is no plan of this year alone
        (
            "Last year 105 schools were built, and 112 more schools are to open this year. "
            "To date, 61 schools have been built with recovered assets.",
            "61",
            (Y23, Y23),
        ),
    ],
)
def test_other_things_or_a_state_after_a_plan_keep_the_day(
    body: str, surface: str, expected: tuple[D, D]
) -> None:
    assert span(figure_by_surface(body, surface, Y23, language="en")) == expected


def test_the_whole_a_done_part_is_told_of_is_no_done_part() -> None:
    body = (
        "The ministry is to open 355 rural clinics this year. "
        "So far, 102 of the 655 rural clinics planned by the project have been completed."
    )
    assert span(figure_by_surface(body, "655", Y23, language="en")) != DONE_23


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # the first object of a verb shares the period after the last member
        (
            "Builders put up 12 schools, 49 clinics and 54 sports halls in 2022.",
            "12",
            (D(2022, 1, 1), D(2022, 12, 31)),
        ),
        ("Power plants are to overhaul 10 power units, 49 boilers and 54 turbines this year.", "10", PLAN_23),
        (
            "The region produced 12 thousand tonnes of wheat, 49 thousand tonnes of barley and 54 thousand "
            "tonnes of oats in 2022.",
            "12 thousand tonnes",
            (D(2022, 1, 1), D(2022, 12, 31)),
        ),
    ],
)
def test_the_first_object_of_a_list_shares_its_period(body: str, surface: str, expected: tuple[D, D]) -> None:
    assert span(figure_by_surface(body, surface, Y23, language="en")) == expected


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        # a last member with a verb of its own keeps its period to itself
        (
            "Kazakhstan produced 20 million tonnes of grain, and 15 million tonnes are expected in 2024.",
            "20 million tonnes",
        ),
        ("Output reached 5.2 million tons, while in 2022 it was 4.8 million.", "5.2 million tons"),
    ],
)
def test_a_last_member_with_its_own_verb_dates_only_itself(body: str, surface: str) -> None:
    assert span(figure_by_surface(body, surface, Y23, language="en")) == (None, None)


F23 = D(2023, 2, 14)


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # "They are followed by ...": the ranking of the sentence before goes on in its span
        (
            "Prices of buckwheat rose the most in 2022, by 41%. They are followed by sugar (28%) and flour (19%).",
            "19%",
            (D(2022, 1, 1), D(2022, 12, 31)),
        ),
        (
            "In January-June 2022, Astana recorded the highest wage growth, 14.2%. "
            "It is followed by Almaty with 11.8% and Shymkent with 9.9%.",
            "11.8%",
            (D(2022, 1, 1), D(2022, 6, 30)),
        ),
        (
            "Onions have gone up the most since the start of the year, by 22.5%. "
            "They are followed by rice (5.2%) and milk (3.1%).",
            "5.2%",
            (D(2023, 1, 1), F23),
        ),
        # a present state with no ranking before it stays the report's day
        ("Prices of buckwheat rose the most in 2022, by 41%. The city has 900 shops.", "900", (F23, F23)),
    ],
)
def test_a_ranking_goes_on_after_followed_by(body: str, surface: str, expected: tuple[D, D]) -> None:
    assert span(figure_by_surface(body, surface, F23, language="en")) == expected


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # "at / on / as of that date": the day last named "as of"
        (
            "In 2023, the fleet grew by 4%.\nAs of 1 January 2024, the city had 1,200 buses. "
            "Most of them were bought abroad.\nAt that date, 18% of the buses were older than ten years.",
            "18%",
            (D(2024, 1, 1), D(2024, 1, 1)),
        ),
        (
            "In 2023, deposits rose by 11%.\nAs of the end of 2023, households held 19 trillion tenge in banks.\n"
            "As of that date, 42% of the deposits were in foreign currency.",
            "42%",
            (D(2023, 12, 31), D(2023, 12, 31)),
        ),
        # with no day named "as of" before, the phrase points at nothing the reader knows
        (
            "In 2023, the fleet grew by 4%.\nThe depot opened in spring. On that day, 18% of the buses were idle.",
            "18%",
            (D(2023, 1, 1), D(2023, 12, 31)),
        ),
    ],
)
def test_that_date_is_the_day_named_as_of(body: str, surface: str, expected: tuple[D, D]) -> None:
    assert span(figure_by_surface(body, surface, D(2024, 3, 5), language="en")) == expected


@pytest.mark.parametrize(
    ("body", "surface", "kind"),
    [
        # the size of works money set aside or still needed pays for, and money still needed: plan
        (
            "This year 40 billion tenge has been allocated to rebuild about 96 kilometres of water mains.",
            "96 kilometres",
            "plan",
        ),
        (
            "This year 9 billion tenge has been earmarked to modernise 1,200 square metres of wards.",
            "1,200 square metres",
            "plan",
        ),
        ("Earlier, 3.1 billion tenge was allocated for building a 150-bed hospital in Taraz.", "150", "plan"),
        ("In total, 48 billion tenge is needed to build the 210 schools.", "48 billion tenge", "plan"),
        ("In total, 48 billion tenge is needed to build the 210 schools.", "210", "plan"),
        (
            "About 12 billion tenge is still required for the new airport terminal.",
            "12 billion tenge",
            "plan",
        ),
        # works whose span is over, and money spent, keep their reading
        (
            "In 2022, 5 billion tenge was allocated to rebuild 107 kilometres of roads.",
            "107 kilometres",
            "actual",
        ),
        (
            "Since 2020, 12 billion tenge has been spent to rebuild 300 kilometres of roads.",
            "300 kilometres",
            "actual",
        ),
    ],
)
def test_what_money_set_aside_or_needed_pays_for_is_plan(body: str, surface: str, kind: str) -> None:
    assert figure_by_surface(body, surface, D(2024, 8, 3), language="en").kind == kind


@pytest.mark.parametrize(
    "body",
    [
        # an age a person reaches is no figure
        "Of the participants, 304,815 will turn 18 this year.",
        "After a participant turns 18, the savings are kept for ten years.",
        "Pupils who turned 16 last year may apply.",
    ],
)
def test_an_age_reached_is_no_figure(body: str) -> None:
    assert "18" not in surfaces(body, D(2024, 2, 1), language="en")
    assert "16" not in surfaces(body, D(2024, 2, 1), language="en")


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        # things turned into something, and shares, stay figures
        ("The plant turned 40 tonnes of scrap into steel.", "40 tonnes"),
        ("The firm turned 30 shops into cafes.", "30"),
    ],
)
def test_things_turned_into_others_stay_figures(body: str, surface: str) -> None:
    assert surface in surfaces(body, D(2024, 2, 1), language="en")


@pytest.mark.parametrize(
    ("body", "found"),
    [
        # an active verb of change, its object, then "N times" closing the clause: a multiplier
        ("The new schools reduced the shortage of pupil places four times.", True),
        ("The new plants increased the output of cement three times.", True),
        ("Irrigation expanded the area under vegetables five times; yields rose too.", True),
        # a passive, a repeat, or more said after: no multiplier
        ("The rate was raised three times.", False),
        ("The central bank raised the rate three times.", False),
        ("The region reduced its debt three times in 2023.", False),
        ("The team won three times.", False),
    ],
)
def test_n_times_after_a_changed_object(body: str, found: bool) -> None:
    multipliers = [s for s in surfaces(body, D(2025, 9, 3), language="en") if s.endswith("times")]
    assert bool(multipliers) == found


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # a present state told in a "whose ..." clause is the state at the report
        (
            "This year 30 billion tenge has been allocated to replace 80 km of water pipes whose wear exceeds 70 percent.",
            "70 percent",
            (Y23, Y23),
        ),
        (
            "In 2022 the city bought 40 buses whose capacity is 90 passengers.",
            "90",
            (Y23, Y23),
        ),
        # a change told of the figure before, or a "whose" clause with its own past span, keeps it
        (
            "In 2022 the city repaired 40 bridges, which is 10% more than a year earlier.",
            "10%",
            (D(2022, 1, 1), D(2022, 12, 31)),
        ),
        (
            "In 2022 the city bought 40 buses, whose price rose by 12% that year.",
            "12%",
            (D(2022, 1, 1), D(2022, 12, 31)),
        ),
    ],
)
def test_a_present_state_in_a_whose_clause(body: str, surface: str, expected: tuple[D, D]) -> None:
    assert span(figure_by_surface(body, surface, Y23, language="en")) == expected


@pytest.mark.parametrize(
    ("body", "surface", "kind"),
    [
        # "which should raise / bring ... to N": what an act told before is expected to bring about
        (
            "By the end of the year, 90 more villages are expected to get piped water, which should raise "
            "coverage to 97.4%.",
            "97.4%",
            "forecast",
        ),
        (
            "The region will open 12 schools, which should bring the share of one-shift schools to 90%.",
            "90%",
            "forecast",
        ),
        # someone who should raise a level is set a goal
        ("The ministry should raise the share of one-shift schools to 90% by 2027.", "90%", "target"),
    ],
)
def test_what_an_act_should_bring_about_is_a_forecast(body: str, surface: str, kind: str) -> None:
    assert figure_by_surface(body, surface, D(2024, 8, 3), language="en").kind == kind


J24 = D(2024, 7, 23)


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # deeds in the present perfect, with no period of their own, under a year only plans dated
        (
            "Construction of 120 rural schools is set to begin this year, the minister said.\n"
            "Local budgets have provided co-financing for 96 schools, or 80% of the total.",
            "96",
            (J24, J24),
        ),
        (
            "Construction of 120 rural schools is set to begin this year, the minister said.\n"
            "Building contracts have been signed for 71 schools.",
            "71",
            (J24, J24),
        ),
        # once an actual figure was dated the year, the year is the report's span
        (
            "This year 40 schools were opened, and 120 more are to be built this year.\n"
            "Local budgets have provided co-financing for 96 schools.",
            "96",
            (D(2024, 1, 1), D(2024, 12, 31)),
        ),
        # a deed naming the year itself keeps it
        (
            "Construction of 120 rural schools is set to begin this year.\n"
            "This year 12 schools have been repaired.",
            "12",
            (D(2024, 1, 1), D(2024, 12, 31)),
        ),
    ],
)
def test_present_deeds_under_a_plan_year(body: str, surface: str, expected: tuple[D, D]) -> None:
    assert span(figure_by_surface(body, surface, J24, language="en")) == expected


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        # works money set aside pays for, under a carried span already over: still to be built
        (
            "In January-September 2025, output rose by 5%. "
            "Earlier, 3.1 billion tenge was allocated for building a 150-bed hospital in Taraz.",
            "plan",
        ),
        # under a span of the sentence's own that is over, the works keep their reading
        ("In 2022, 3.1 billion tenge was allocated for building a 150-bed hospital in Taraz.", "actual"),
    ],
)
def test_works_paid_for_under_a_carried_span_over(body: str, kind: str) -> None:
    assert figure_by_surface(body, "150", P, language="en").kind == kind
