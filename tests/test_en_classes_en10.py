"""English period and kind classes the en10 pass took from blind set h10 and the dev set's
remaining disagreements, each on sentences of our own with look-alikes that keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators
from etl.extract.numbers import find_numerals
from etl.extract.periods import find_periods

D = date
PUBLISHED = D(2025, 4, 15)
YEAR = (D(2025, 1, 1), D(2025, 12, 31))
TODAY = (PUBLISHED, PUBLISHED)

Row = tuple[date | None, date | None, str]


def _read(body: str, title: str = "", published: date = PUBLISHED) -> dict[str, Row]:
    return {
        i.surface: (i.period_start, i.period_end, i.kind)
        for i in extract_indicators(body, published, title=title, language="en")
    }


# --- "the first five months of last year": one span in the year before ------------------------


@pytest.mark.parametrize(
    ("phrase", "span"),
    [
        ("in the first five months of last year", (D(2024, 1, 1), D(2024, 5, 31))),
        ("in the first half of last year", (D(2024, 1, 1), D(2024, 6, 30))),
        ("over nine months of the previous year", (D(2024, 1, 1), D(2024, 9, 30))),
        ("in the first quarter of the past year", (D(2024, 1, 1), D(2024, 3, 31))),
        # look-alikes: this year's and the scope's year stay as they were
        ("in the first three months of this year", (D(2025, 1, 1), D(2025, 3, 31))),
        ("in the first half of the year", (D(2025, 1, 1), D(2025, 6, 30))),
    ],
)
def test_a_part_of_last_year_is_one_span(phrase: str, span: tuple[date, date]) -> None:
    periods = find_periods(f"Exports reached 3 million tons {phrase}.", PUBLISHED, 2025)
    assert [(p.period_start, p.period_end) for p in periods] == [span]


def test_a_base_value_in_part_of_last_year_is_that_span() -> None:
    read = _read(
        "Sales to Turkey jumped by 40% to 210,000 tons, compared with 150,000 tons in the first "
        "three months of last year.",
        title="Grain exports in the first quarter of 2025",
    )
    assert read["150,000 tons"] == (D(2024, 1, 1), D(2024, 3, 31), "actual")
    assert read["210,000 tons"] == (D(2025, 1, 1), D(2025, 3, 31), "actual")


# --- a change "above the X recorded in <span>": the span is the base's --------------------------


def test_a_change_above_a_dated_base_takes_the_article_span() -> None:
    read = _read(
        "On the northern route, shipments came to 80,000 TEU, which is 20% above the 66,700 TEU "
        "recorded in January-March 2024.",
        title="Container traffic in the first quarter of 2025",
    )
    assert read["20%"][:2] == (D(2025, 1, 1), D(2025, 3, 31))
    assert read["66,700 TEU"][:2] == (D(2024, 1, 1), D(2024, 3, 31))


def test_above_without_the_is_a_qualifier_not_a_base() -> None:
    read = _read("Output rose to above 500 tonnes in 2023.", title="Mining in 2025")
    assert read["500 tonnes"][:2] == (D(2023, 1, 1), D(2023, 12, 31))


# --- design capacity and "is also set to" are plans -----------------------------------------


@pytest.mark.parametrize(
    ("body", "surface", "kind"),
    [
        ("The list includes a steel plant designed to produce 400,000 tons a year.", "400,000 tons", "plan"),
        ("A new terminal designed to handle 2 million passengers is under discussion.", "2 million", "plan"),
        # an effect a project is designed to have on a quantity is expected, not scheduled
        ("The expansion is designed to lift output by 3 million tonnes.", "3 million tonnes", "forecast"),
        ("Work on a 120-bed hospital is also set to begin next year.", "120", "plan"),
        # look-alikes: what was produced or built stays done
        ("The plant produced 400,000 tons last year.", "400,000 tons", "actual"),
        ("A 120-bed hospital was also opened last year.", "120", "actual"),
    ],
)  # fmt: skip
def test_design_capacity_and_set_to(body: str, surface: str, kind: str) -> None:
    assert _read(body)[surface][2] == kind


# --- a budget's or a package's size is money set aside ----------------------------------------


@pytest.mark.parametrize(
    ("body", "surface", "kind"),
    [
        ("With the amendments, the city's budget for 2025 amounts to 980 billion tenge.", "980 billion tenge",
         "plan"),
        ("This year's regional budget provides 45 billion tenge for road repairs.", "45 billion tenge", "plan"),
        ("Twelve firms have already drawn 30 billion tenge out of a total package of 75 billion tenge.",
         "75 billion tenge", "plan"),
        # look-alikes: what a budget collected, spent or was executed at is an outcome
        ("Budget revenues amounted to 12 trillion tenge in January-March.", "12 trillion tenge", "actual"),
        ("The republican budget spent 4 trillion tenge in January-March.", "4 trillion tenge", "actual"),
        ("Twelve firms have already drawn 30 billion tenge out of a total package of 75 billion tenge.",
         "30 billion tenge", "actual"),
    ],
)  # fmt: skip
def test_a_budget_or_package_size_is_a_plan(body: str, surface: str, kind: str) -> None:
    assert _read(body)[surface][2] == kind


# --- a breakdown of a sum named before takes that sum's kind -----------------------------------


def test_a_breakdown_of_an_earlier_planned_sum_is_planned() -> None:
    read = _read(
        "The region has raised this year's spending plan by 20 billion tenge. "
        "Deputies approved the changes on Tuesday. "
        "The additional money comprises 12 billion tenge for schools and 8 billion tenge for roads."
    )
    assert read["12 billion tenge"] == (*YEAR, "plan")
    assert read["8 billion tenge"] == (*YEAR, "plan")


def test_a_breakdown_after_an_actual_sum_stays_actual() -> None:
    read = _read(
        "This year the region has spent 20 billion tenge on repairs. "
        "Deputies heard the report on Tuesday. "
        "The additional money comprises 12 billion tenge for schools and 8 billion tenge for roads."
    )
    assert read["12 billion tenge"][2] == "actual"


def test_a_sentence_without_a_back_reference_keeps_its_own_kind() -> None:
    read = _read(
        "The region plans to spend 20 billion tenge on repairs this year. "
        "The regional economy comprises 3,100 firms."
    )
    assert read["3,100"][2] == "actual"


# --- "since then" after a figureless sentence that names a day ----------------------------------


def test_since_then_starts_at_the_day_named_before() -> None:
    read = _read(
        "The new rules took effect on March 1, and claims are now filed online. "
        "Since then, about 52,000 people have applied."
    )
    assert read["52,000"][:2] == (D(2025, 3, 1), PUBLISHED)


# --- a status day opening a sentence -------------------------------------------------------------


def test_progress_as_of_a_day_stands_at_that_day() -> None:
    read = _read(
        "As of April 10, the ministry had used 38% of the money set aside for the programme in 2025. "
        "The allocation for the year totals 400 billion tenge. "
        "Of this, 152 billion tenge has been disbursed.",
        title="Programme spending this year",
    )
    day = (D(2025, 4, 10), D(2025, 4, 10))
    assert read["38%"][:2] == day
    assert read["152 billion tenge"][:2] == day
    assert read["400 billion tenge"] == (*YEAR, "plan")


def test_a_span_ending_before_the_status_day_is_kept() -> None:
    read = _read("As of April 1, exports in January-March had reached 2 million tons.")
    assert read["2 million tons"][:2] == (D(2025, 1, 1), D(2025, 3, 31))


# --- a habitual present with "every year" is a rate at publication ------------------------------


@pytest.mark.parametrize(
    ("body", "period"),
    [
        ("The country produces more than 4.5 million tons of household waste every year.", TODAY),
        ("Farmers harvest about 20 million tons of grain annually.", TODAY),
        # look-alikes: a past tense is the year's; a plan keeps its kind and span
        ("The country produced more than 4.5 million tons of household waste every year.", YEAR),
    ],
)
def test_a_habitual_present_is_the_rate_today(body: str, period: tuple[date, date]) -> None:
    assert next(iter(_read(body, title="Waste recycling in 2025").values()))[:2] == period


# --- spans up to a day -------------------------------------------------------------------------


def test_a_day_before_a_figure_is_no_part_of_it() -> None:
    text = "From January 1 to April 10, 282,000 people applied; the typo 12, 450,000 tons stays one."
    assert [text[a:b] for a, b in find_numerals(text)] == ["1", "10", "282,000", "12, 450,000"]


@pytest.mark.parametrize(
    ("body", "span"),
    [
        ("From January 1 to April 10, 282,000 people received aid.", (D(2025, 1, 1), D(2025, 4, 10))),
        ("From the beginning of the year to April 1, 45 schools were repaired.", (D(2025, 1, 1), D(2025, 4, 1))),
        ("Since the start of the year, 45 schools have been repaired.", (D(2025, 1, 1), PUBLISHED)),
    ],
)  # fmt: skip
def test_a_span_from_the_year_start(body: str, span: tuple[date, date]) -> None:
    assert next(iter(_read(body).values()))[:2] == span


# --- a project's scope of work is planned ---------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "surface", "kind"),
    [
        ("The project covers 900 km of water mains, 400 km of sewers and treatment plants in 12 towns.",
         "400 km", "plan"),
        ("The programme includes 35 new schools and 14 hospitals.", "14", "plan"),
        # look-alikes: what a project covered is done; a pool of projects counts what exists
        ("The project covered 900 km of water mains last year.", "900 km", "actual"),
        ("Last year the regional programme built 35 schools.", "35", "actual"),
    ],
)  # fmt: skip
def test_a_projects_scope_is_planned(body: str, surface: str, kind: str) -> None:
    assert _read(body)[surface][2] == kind


def test_a_share_of_an_earlier_planned_sum_is_planned() -> None:
    read = _read(
        "This year, 50 billion tenge is provided for 200 km of heating networks. "
        "Regional transfers account for 30 billion tenge for 120 km."
    )
    assert read["30 billion tenge"] == (*YEAR, "plan")
    assert read["120 km"][2] == "plan"


@pytest.mark.parametrize(
    "body",
    [
        # the share names its own whole
        "The city intends to issue 2,000 more certificates. Astana accounts for 40% of all loans granted.",
        # the sum before was spent, not planned
        "This year the region spent 50 billion tenge on networks. Regional transfers account for 30 billion tenge.",
    ],
)
def test_a_share_of_its_own_whole_or_of_a_spent_sum_stays_actual(body: str) -> None:
    assert list(_read(body).values())[-1][2] == "actual"


# --- a part counted against a planned whole -------------------------------------------------------


def test_a_part_of_a_planned_whole_is_done() -> None:
    read = _read("So far, 41 of the 90 measures scheduled for this year have been completed.")
    assert read["41"][2] == "actual"
    assert read["90"][2] == "plan"


def test_figures_that_are_scheduled_themselves_stay_planned() -> None:
    read = _read("Another 41 and 90 more measures are scheduled for this year.")
    assert read["41"][2] == "plan"


# --- an undated plan takes the last period ahead the article named ----------------------------------


def test_an_undated_plan_takes_the_period_ahead_named_before() -> None:
    read = _read(
        "Crops are expected to cover 23.8 million hectares this year. "
        "The oilseed area will be expanded by 373,000 hectares.",
        title="Sowing campaign under way",
    )
    assert read["373,000 hectares"] == (*YEAR, "plan")


def test_an_undated_plan_with_nothing_ahead_named_stays_undated() -> None:
    read = _read(
        "Farms sowed 1.5 million hectares last year. The oilseed area will be expanded by 373,000 hectares.",
        title="Sowing campaign under way",
    )
    assert read["373,000 hectares"] == (None, None, "plan")


# --- a "with" clause stands when its main clause does -----------------------------------------------


def test_a_with_clause_takes_its_main_clauses_period() -> None:
    read = _read(
        "Farmers have gathered 12 million tons of grain, with threshing completed on 85% of the area."
    )
    assert read["12 million tons"][:2] == TODAY
    assert read["85%"][:2] == TODAY


def test_a_with_clause_after_an_undated_figure_stays_undated() -> None:
    read = _read("The company exported wheat worth $5 million, with Italy taking 30%.")
    assert read["30%"][:2] == (None, None)


# --- a total told in the perfect before its part done so far ------------------------------------


def test_a_total_before_its_part_done_so_far_counts_to_the_same_day() -> None:
    read = _read(
        "Some 48 irrigation projects have been approved, and 17 of them have already received funding.",
        title="Irrigation in 2025",
    )
    assert read["17"][:2] == TODAY
    assert read["48"][:2] == TODAY


def test_a_total_with_its_own_span_keeps_it() -> None:
    read = _read(
        "In January-March, 48 irrigation projects were approved, and 17 of them have already received funding.",
        title="Irrigation in 2025",
    )
    assert read["48"][:2] == (D(2025, 1, 1), D(2025, 3, 31))


# --- "count"/"number" after a plural subject is a stock held now -----------------------------------


@pytest.mark.parametrize(
    ("body", "period"),
    [
        ("District offices count 12,300 large families.", TODAY),
        ("Its branches number 120 across the country.", TODAY),
        # look-alikes: a count as a noun, and a stock with its own year
        ("The head count of 5,000 was reached.", (D(2025, 1, 1), D(2025, 3, 31))),
        ("District offices count 12,300 large families in 2024.", (D(2024, 1, 1), D(2024, 12, 31))),
    ],
)
def test_a_plural_subject_counting_is_a_stock_now(body: str, period: tuple[date, date]) -> None:
    assert next(iter(_read(body, title="Aid in January-March 2025").values()))[:2] == period


# --- considering or looking into an act is intending it -------------------------------------------


@pytest.mark.parametrize(
    ("body", "surface", "kind"),
    [
        ("The ministry is considering building 12 new grain terminals.", "12", "plan"),
        ("The company is also looking into exporting up to 300,000 tons to Iran.", "300,000 tons", "plan"),
        # look-alikes: no act intended
        ("Looking into the data, analysts counted 300 new firms last year.", "300", "actual"),
        ("Considering that prices rose, farmers sold 2 million tons last year.", "2 million tons", "actual"),
    ],
)  # fmt: skip
def test_considering_an_act_is_a_plan(body: str, surface: str, kind: str) -> None:
    assert _read(body)[surface][2] == kind


def test_the_status_day_ends_when_the_narrative_moves_on() -> None:
    read = _read(
        "As of July 1, the programme had used 40% of the funds set aside for 2025.\n"
        "Since January, farmers have received 2 million tenge.\n"
        "Another 150 million tenge has been disbursed.",
        published=D(2025, 7, 10),
    )
    assert read["40%"][:2] == (D(2025, 7, 1), D(2025, 7, 1))
    assert read["150 million tenge"][:2] == (D(2025, 1, 1), D(2025, 7, 10))
