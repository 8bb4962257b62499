"""English kind and period classes of the en11 pass: projects under way or in a pool (FORMAT.md,
Kind conventions) and the classes our own article-shaped sentences showed; each with look-alikes
that keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators

D = date
PUBLISHED = D(2025, 5, 20)
TODAY = (PUBLISHED, PUBLISHED)
YEAR = (D(2025, 1, 1), D(2025, 12, 31))
YEAR_2024 = (D(2024, 1, 1), D(2024, 12, 31))

Row = tuple[date | None, date | None, str]


def _read(body: str, title: str = "", published: date = PUBLISHED) -> dict[str, Row]:
    return {
        i.surface: (i.period_start, i.period_end, i.kind)
        for i in extract_indicators(body, published, title=title, language="en")
    }


# --- projects under way or in a pool: how many is a present state, their worth is planned --------


def test_the_worth_of_projects_being_worked_on_is_planned() -> None:
    read = _read(
        "The city is working on 31 investment projects worth 520 billion tenge, which are to create 4,100 jobs."
    )
    assert read["31"] == (*TODAY, "actual")
    assert read["520 billion tenge"] == (*TODAY, "plan")
    assert read["4,100"][2] == "plan"


@pytest.mark.parametrize(
    ("sentence", "count", "worth"),
    [
        (
            "Its pool of industrial projects comprises 58 projects worth 1.6 trillion tenge.",
            "58",
            "1.6 trillion tenge",
        ),
        (
            "The regional investment pool includes 58 projects valued at 1.6 trillion tenge.",
            "58",
            "1.6 trillion tenge",
        ),
        (
            "The portfolio contains 140 projects worth 2.9 trillion tenge to be carried out until 2029.",
            "140",
            "2.9 trillion tenge",
        ),
    ],
)
def test_a_pool_holds_its_projects_now_and_plans_their_worth(sentence: str, count: str, worth: str) -> None:
    read = _read(sentence)
    assert read[count] == (*TODAY, "actual")
    assert read[worth][2] == "plan"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        (
            "Seven investment projects with a combined value of $2.4 billion are under way in chemicals.",
            "$2.4 billion",
        ),
        ("Four more projects worth over $96 million are being implemented in the region.", "$96 million"),
        ("The region's pool includes 12 renewable projects with a total capacity of 900 MW.", "900 MW"),
        ("The region is implementing 24 investment projects worth 610 billion tenge.", "610 billion tenge"),
    ],
)
def test_worth_and_capacity_of_projects_under_way_are_planned(sentence: str, surface: str) -> None:
    assert _read(sentence)[surface] == (*TODAY, "plan")


@pytest.mark.parametrize(
    ("sentence", "surface", "row"),
    [
        # look-alikes: money already put in, projects finished or opened, jobs already created
        (
            "In 2024, 1.2 trillion tenge was invested in 46 projects.",
            "1.2 trillion tenge",
            (*YEAR_2024, "actual"),
        ),
        ("In 2024, 1.2 trillion tenge was invested in 46 projects.", "46", (*YEAR_2024, "actual")),
        (
            "Last year 17 projects worth 130 billion tenge came on stream.",
            "130 billion tenge",
            (*YEAR_2024, "actual"),
        ),
    ],
)
def test_money_already_put_into_projects_stays_an_outcome(sentence: str, surface: str, row: Row) -> None:
    assert _read(sentence)[surface] == row


def test_projects_of_a_pool_already_completed_stay_done() -> None:
    read = _read("Of the pool, nine projects worth 48 billion tenge have already been completed.")
    assert read["48 billion tenge"][2] == "actual"


def test_jobs_already_created_by_projects_under_way_stay_done() -> None:
    read = _read(
        "The two regions are working on 40 projects worth $1.5 billion, which have created 6,000 jobs."
    )
    assert read["$1.5 billion"][2] == "plan"
    assert read["6,000"] == (*TODAY, "actual")


def test_the_region_implementing_projects_is_a_present_state() -> None:
    read = _read(
        "Industrial output rose by 6.1% in January-April 2025.\n"
        "The region is implementing 24 investment projects, and unemployment stands at 4.6%."
    )
    assert read["24"] == (*TODAY, "actual")
    # look-alike: what the region did in a year named stays that year's
    assert _read("In 2024 the region implemented 24 projects.")["24"] == (
        D(2024, 1, 1),
        D(2024, 12, 31),
        "actual",
    )


# --- the whole year beside progress so far ---------------------------------------------------


def test_the_amount_planned_for_the_year_is_the_years() -> None:
    read = _read(
        "Since the beginning of the year, 21 billion tenge has been paid out, out of 89 billion tenge "
        "planned for the year."
    )
    assert read["21 billion tenge"] == (D(2025, 1, 1), PUBLISHED, "actual")
    assert read["89 billion tenge"] == (*YEAR, "plan")


@pytest.mark.parametrize(
    "sentence",
    [
        "For the whole year, revenues are forecast at 22.4 trillion tenge.",
        "Revenues for the year as a whole are forecast at 22.4 trillion tenge.",
        "For the full year, revenues are forecast at 22.4 trillion tenge.",
    ],
)
def test_a_forecast_for_the_whole_year_is_the_years(sentence: str) -> None:
    body = "Budget revenues reached 3.2 trillion tenge in January-February 2025.\n" + sentence
    assert _read(body)["22.4 trillion tenge"] == (*YEAR, "forecast")


def test_the_annual_plan_as_subject_is_the_years_and_sets_no_scene() -> None:
    read = _read(
        "In January-April 2025, 4.1 million square metres of housing were commissioned.\n"
        "The annual plan is 19 million square metres.\n"
        "Individual builders put up 1.6 million square metres."
    )
    assert read["19 million square metres"] == (*YEAR, "plan")
    assert read["1.6 million square metres"] == (D(2025, 1, 1), D(2025, 4, 30), "actual")


def test_a_share_of_the_annual_plan_keeps_the_span_so_far() -> None:
    read = _read(
        "In January-April 2025, road funds reached 90 billion tenge.\n"
        "Officials said 34% of the annual plan has been spent.\n"
        "Repairs covered 800 km."
    )
    assert read["34%"][:2] != YEAR
    assert read["800 km"] == (D(2025, 1, 1), D(2025, 4, 30), "actual")


# --- "was being provided": what was going on, not a plan ----------------------------------------


def test_a_past_progressive_is_no_plan() -> None:
    read = _read("As of May 1, assistance was being provided to 274,000 people from 51,000 families.")
    assert read["274,000"] == (D(2025, 5, 1), D(2025, 5, 1), "actual")
    # look-alike: what is being built is still planned work
    assert _read("Nine schools with 8,100 places are being built.")["8,100"][2] == "plan"


# --- a change set to take effect on a day is scheduled -----------------------------------------


def test_a_rise_from_a_day_is_scheduled() -> None:
    read = _read("From July 1, basic pensions will rise by 8.5%.")
    assert read["8.5%"] == (D(2025, 7, 1), None, "plan")
    read = _read("Tariffs will increase by 12% from 1 September.")
    assert read["12%"][2] == "plan"
    # look-alikes: an expected change over a year stays a forecast
    assert _read("Output will grow by 5% in 2026.")["5%"][2] == "forecast"
    assert _read("Prices will rise by 7% next year.")["7%"][2] == "forecast"


# --- the level a change from a dated past level has reached is today's ---------------------------


def test_a_level_reached_since_a_dated_base_is_todays() -> None:
    read = _read(
        "In the first quarter of 2025, 30 rural clinics were opened.\n"
        "The shortage of doctors has fallen to 3,600 from 4,400 in 2021."
    )
    assert read["3,600"] == (*TODAY, "actual")
    assert read["4,400"] == (D(2021, 1, 1), D(2021, 12, 31), "actual")
    # look-alike: a past tense with its own year keeps it
    read = _read("In 2023 the shortage fell to 3,900 from 4,400 in 2021.")
    assert read["3,900"][:2] == (D(2023, 1, 1), D(2023, 12, 31))


# --- a daily or monthly rate in the present simple holds now ------------------------------------


def test_a_daily_rate_is_todays() -> None:
    read = _read(
        "This year 600 buses have been delivered to the city.\n"
        "Public transport carries some 1.2 million passengers a day."
    )
    assert read["1.2 million"] == (*TODAY, "actual")
    # look-alike: what was carried in a span named stays that span's
    read = _read("In 2024 public transport carried 410 million passengers.")
    assert read["410 million"][:2] == YEAR_2024


# --- a revised budget is still money set aside ---------------------------------------------------


def test_a_budget_raised_to_a_sum_is_a_budget_line() -> None:
    read = _read("The city's budget for 2025 has been raised to 612 billion tenge, the maslikhat decided.")
    assert read["612 billion tenge"] == (*YEAR, "plan")
    # look-alike: revenues a budget received are an outcome
    read = _read("In January-April 2025, the city budget received 190 billion tenge in revenues.")
    assert read["190 billion tenge"][2] == "actual"


def test_money_allocated_for_the_year_under_way_is_a_budget_line() -> None:
    # the year under way comes from the lead; the allocation has no span of its own
    read = _read(
        "This year 4,300 km of local roads are to be repaired.\n"
        "The ministry has allocated 410 billion tenge for the work."
    )
    assert read["410 billion tenge"] == (*YEAR, "plan")
    # look-alike: an allocation under a year already over is what was done
    read = _read(
        "Last year 3,900 km of local roads were repaired.\nThe ministry allocated 300 billion tenge for the work."
    )
    assert read["300 billion tenge"] == (*YEAR_2024, "actual")


# --- "and is now X": the level today, not the change's span --------------------------------------


def test_the_level_a_change_has_reached_now_is_todays() -> None:
    read = _read("The average pension has increased by 9% since January and is now 139,000 tenge.")
    assert read["9%"] == (D(2025, 1, 1), PUBLISHED, "actual")
    assert read["139,000 tenge"] == (*TODAY, "actual")
    found = {
        i.surface: i
        for i in extract_indicators(
            "The average pension has increased by 9% since January and is now 139,000 tenge.",
            PUBLISHED,
            language="en",
        )
    }
    assert found["9%"].is_change and not found["139,000 tenge"].is_change


# --- "Of them, N ...": a verbless part of a planned total keeps the plan --------------------------


def test_a_verbless_part_of_a_planned_total_keeps_the_plan() -> None:
    read = _read(
        "This year 95,000 state grants will be awarded.\nOf them, 40,000 are for engineering specialities."
    )
    assert read["40,000"] == (*YEAR, "plan")
    # look-alikes: a part told with a verb of its own is what was done; a part of an outcome stays one
    read = _read("This year 23 schools are to be opened.\nOf them, 9 have already been commissioned.")
    assert read["9"][2] == "actual"
    read = _read("In 2024, 88,000 grants were awarded.\nOf them, 35,000 went to engineering specialities.")
    assert read["35,000"] == (*YEAR_2024, "actual")


# --- a plan's year ahead does not date what has already happened ----------------------------------


def test_a_perfect_after_a_plan_for_next_year_stands_at_the_report() -> None:
    read = _read(
        "This year 2,700 km of roads have been repaired.\n"
        "In 2026, another 1,900 km are to be repaired.\n"
        "The share of local roads in good condition has reached 82%."
    )
    assert read["1,900 km"] == (D(2026, 1, 1), D(2026, 12, 31), "plan")
    assert read["82%"] == (*TODAY, "actual")
    # look-alike: a forecast after the plan keeps the year ahead
    read = _read("In 2026, another 1,900 km are to be repaired.\nThe share of good roads should rise to 90%.")
    assert read["90%"][:2] == (D(2026, 1, 1), D(2026, 12, 31))
