"""General classes of English period and kind phrasing (issue 10), each on sentences of our own.

Every class has a look-alike beside it that must keep its old reading, so that a rule cannot
pass by reading every sentence the new way.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators

PUBLISHED = date(2025, 11, 20)
D = date

Row = tuple[date | None, date | None, str]


def _read(body: str, title: str = "", published: date = PUBLISHED) -> dict[str, Row]:
    return {
        i.surface: (i.period_start, i.period_end, i.kind)
        for i in extract_indicators(body, published, title=title)
    }


JAN_SEP = (D(2025, 1, 1), D(2025, 9, 30))
JAN_OCT = (D(2025, 1, 1), D(2025, 10, 31))


# --- A reporting date dates the report, not the figure -----------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Kazakhstan exported 8.1 million tons of grain, the Agriculture Ministry said on Nov. 13.",
        "The agency reported on 5 November that industrial output grew by 6.1%.",
        "Industrial output grew by 6.1%, the statistics bureau announced on Monday.",
        "Speaking at a briefing on November 4, the minister said output grew by 6.1%.",
        "Industrial output grew by 6.1%, the press service of the ministry reported on November 4, 2025.",
        "ASTANA, Nov. 4 – Industrial output grew by 6.1%.",
        "Industrial output grew by 6.1%, according to data released on November 4.",
        "On November 4, the ministry reported that industrial output grew by 6.1%.",
    ],
)
def test_a_reporting_date_gives_way_to_the_headline_period(body: str) -> None:
    title = "Kazakhstan's economy grows in nine months of 2025"
    (row,) = _read(body, title).values()
    assert row[:2] == JAN_SEP


def test_a_date_that_is_the_figures_own_still_dates_it() -> None:
    title = "Kazakhstan's economy grows in nine months of 2025"
    (row,) = _read("On November 4, the reserves stood at 48.2 billion dollars.", title).values()
    assert row[:2] == (D(2025, 11, 4), D(2025, 11, 4))


def test_a_reporting_date_sets_no_scope_for_the_sentences_after_it() -> None:
    body = (
        "The ministry said on Nov. 13 that the harvest was nearly complete. "
        "Farmers have gathered 26.5 million tons of grain."
    )
    found = _read(body, "Grain harvest in January-October 2025")
    assert found["26.5 million tons"][:2] == JAN_OCT


# --- Month ranges without a year --------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Between January and October, exports reached 61.3 billion dollars.",
        "From January to October, exports reached 61.3 billion dollars.",
        "Exports reached 61.3 billion dollars in January–October.",
        "Over the ten months, exports reached 61.3 billion dollars.",
        "In ten months, exports reached 61.3 billion dollars.",
    ],
)
def test_a_month_range_without_a_year_takes_the_publication_year(body: str) -> None:
    (row,) = _read(body).values()
    assert row[:2] == JAN_OCT


def test_a_month_range_with_its_year_keeps_the_year() -> None:
    (row,) = _read("From January to September 2024, exports reached 58 billion dollars.").values()
    assert row[:2] == (D(2024, 1, 1), D(2024, 9, 30))


def test_a_month_range_ending_after_publication_is_last_years() -> None:
    (row,) = _read("Between January and October, exports reached 61.3 billion dollars.",
                   published=D(2025, 2, 10)).values()  # fmt: skip
    assert row[:2] == (D(2024, 1, 1), D(2024, 10, 31))


def test_a_headline_in_ten_months_sets_the_scope() -> None:
    found = _read("Tax revenue reached 14.2 trillion tenge.", "Tax revenue up 9% in ten months")
    assert found["14.2 trillion tenge"][:2] == JAN_OCT


def test_a_duration_in_months_is_no_period() -> None:
    (row,) = _read("The plant will be built in 18 months at a cost of 40 billion tenge.").values()
    assert row[:2] == (None, None)


# --- Comparison bases -------------------------------------------------------------------------


def test_a_base_value_takes_the_scope_span_in_the_base_year() -> None:
    body = "Foreign visitors numbered 688,500, compared with 609,800 in the same period of 2022."
    found = _read(body, "Inbound tourism in January-September 2023", published=D(2023, 11, 2))
    assert found["688,500"][:2] == (D(2023, 1, 1), D(2023, 9, 30))
    assert found["609,800"][:2] == (D(2022, 1, 1), D(2022, 9, 30))


@pytest.mark.parametrize(
    ("body", "main", "base"),
    [
        ("Exports reached 15,000 tons, versus 12,000 tons last year.", "15,000 tons", "12,000 tons"),
        ("Exports reached 15,000 tons against 12,000 tons in 2024.", "15,000 tons", "12,000 tons"),
        ("Exports reached 15,000 tons, up from 12,000 tons a year earlier.", "15,000 tons", "12,000 tons"),
    ],
)
def test_the_base_value_takes_the_base_year_and_the_figure_keeps_the_scope(
    body: str, main: str, base: str
) -> None:
    found = _read(body, "Grain exports in 2025")
    assert found[main][:2] == (D(2025, 1, 1), D(2025, 12, 31))
    assert found[base][:2] == (D(2024, 1, 1), D(2024, 12, 31))


def test_a_change_against_the_same_period_keeps_the_current_period() -> None:
    found = _read(
        "Shipments were 13% more than in the same period of 2024.", "Cargo in January-September 2025"
    )
    assert found["13%"][:2] == JAN_SEP


# --- Breakdowns after a scope-setting sentence ------------------------------------------------


def test_a_breakdown_inherits_the_scope_not_a_date_mentioned_elsewhere() -> None:
    body = (
        "In January-September 2025, Kazakhstan received 1.2 million foreign visitors, "
        "the tourism committee said on October 28. "
        "Of these, 75,131 came from Russia, 40,210 from China and 12,900 from Uzbekistan."
    )
    found = _read(body)
    for surface in ("75,131", "40,210", "12,900"):
        assert found[surface][:2] == JAN_SEP


# --- Relative years and year-end stocks -------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "period"),
    [
        ("This year the fund paid out 12.4 billion tenge.", (D(2025, 1, 1), D(2025, 12, 31))),
        ("Last year the fund paid out 11.1 billion tenge.", (D(2024, 1, 1), D(2024, 12, 31))),
        ("In the previous year the fund paid out 11.1 billion tenge.", (D(2024, 1, 1), D(2024, 12, 31))),
        ("At the end of 2024, the average salary was 398,000 tenge.", (D(2024, 12, 31), D(2024, 12, 31))),
        ("As of the end of 2024, deposits stood at 42 trillion tenge.", (D(2024, 12, 31), D(2024, 12, 31))),
        (
            "As of the end of the year, reserves stood at 46 billion dollars.",
            (D(2025, 12, 31), D(2025, 12, 31)),
        ),
        ("At the end of last year, deposits stood at 42 trillion tenge.", (D(2024, 12, 31), D(2024, 12, 31))),
        ("By the end of 2027, deposits are expected to reach 50 trillion tenge.", (None, D(2027, 12, 31))),
    ],
)
def test_relative_years_and_year_end_points(body: str, period: tuple) -> None:
    (row,) = _read(body).values()
    assert row[:2] == period


def test_at_the_end_of_a_year_dates_what_was_done_over_that_year() -> None:
    (row,) = _read("At the end of 2024, farmers exported 11.3 million tons of grain.").values()
    assert row[:2] == (D(2024, 1, 1), D(2024, 12, 31))


# --- Each clause keeps its own year -----------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Output reached 5.2 million tons in 2023, while in 2022 it was 4.8 million tons.",
        "In 2023 output reached 5.2 million tons, while in 2022 it was 4.8 million tons.",
        "Output reached 5.2 million tons in 2023, whereas 4.8 million tons were produced in 2022.",
    ],
)
def test_each_clause_keeps_its_own_year(body: str) -> None:
    found = _read(body)
    assert found["5.2 million tons"][:2] == (D(2023, 1, 1), D(2023, 12, 31))
    assert found["4.8 million tons"][:2] == (D(2022, 1, 1), D(2022, 12, 31))


def test_a_later_clauses_year_does_not_leak_back_onto_an_undated_figure() -> None:
    found = _read("Output reached 5.2 million tons, while in 2022 it was 4.8 million tons.", "Output in 2025")
    assert found["5.2 million tons"][:2] == (D(2025, 1, 1), D(2025, 12, 31))
    assert found["4.8 million tons"][:2] == (D(2022, 1, 1), D(2022, 12, 31))


def test_a_year_after_a_figure_in_a_clause_with_no_figure_still_dates_it() -> None:
    (row,) = _read(
        "Exports reached 4.8 million tons, the highest level since independence, in 2024."
    ).values()
    assert row[:2] == (D(2024, 1, 1), D(2024, 12, 31))


# --- Programmes: plan, forecast, target -------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "surface", "kind"),
    [
        ("The programme foresees 120 new schools by 2030.", "120", "plan"),
        ("The programme envisages 120 new schools by 2030.", "120", "plan"),
        (
            "Under the programme for 2021-2030, output is expected to reach 2 million tons.",
            "2 million tons",
            "forecast",
        ),
        ("The goal is 95% broadband coverage by 2027.", "95%", "target"),
        ("The goal is that 95% of villages will have broadband by 2027.", "95%", "target"),
        ("The goal is that output will reach 2 million tons by 2030.", "2 million tons", "target"),
        (
            "The main aim was that exports would be expected at 12 billion dollars.",
            "12 billion dollars",
            "target",
        ),
        ("Reaching the goal will take 5 trillion tenge of investment.", "5 trillion tenge", "plan"),
        (
            "The goal of the national project is to raise the share of processed goods to 70%.",
            "70%",
            "target",
        ),
        # a goal owned by someone ("the ministry's aim is"): the possessive is a determiner like "its"
        ("The ministry's aim is to bring exports to $1 billion by 2026.", "$1 billion", "target"),
        ("The agency’s goal is to lift the share of renewables to 15% by 2030.", "15%", "target"),
        ("The ministry's report is that exports came to $1 billion in 2024.", "$1 billion", "actual"),
        ("The authorities are targeting 6% growth next year.", "6%", "target"),
        ("The ministry expects wheat exports of 10 million tons.", "10 million tons", "forecast"),
        ("The region aims to reach a 30% share of processed goods.", "30%", "target"),
        ("The programme sets a target of 30% for processed goods.", "30%", "target"),
        ("The new terminal aims to handle 12 million passengers a year.", "12 million", "target"),
        ("The new terminal will handle 12 million passengers a year.", "12 million", "plan"),
        ("The terminal handled 12 million passengers last year.", "12 million", "actual"),
    ],
)
def test_programme_kinds(body: str, surface: str, kind: str) -> None:
    assert _read(body)[surface][2] == kind


def test_a_deadline_under_a_programme_span_is_the_deadline() -> None:
    body = "By 2030, under the programme for 2021-2030, 120 schools are to be built."
    assert _read(body)["120"] == (None, D(2030, 12, 31), "plan")


def test_a_programme_span_dates_its_allocation() -> None:
    body = "The programme for 2021-2030 provides for 1.2 trillion tenge of funding."
    assert _read(body)["1.2 trillion tenge"] == (D(2021, 1, 1), D(2030, 12, 31), "plan")


# --- A present level with no period of its own is dated at publication -------------------------


@pytest.mark.parametrize(
    "body",
    [
        "The regional road network totals 12,400 km.",
        "The district has 48 schools and 12 clinics.",
        "Of these villages, 310 need new water pipes.",
    ],
)
def test_a_present_level_is_dated_at_publication_not_by_the_reporting_span(body: str) -> None:
    for row in _read(body, "Road repairs in January-October 2025").values():
        assert row[:2] == (PUBLISHED, PUBLISHED)


@pytest.mark.parametrize(
    "body",
    [
        "In total, 310 villages were connected to water pipes.",
        "Twelve clean-up events have taken place with 4,100 volunteers.",
        "Output is 13% higher than a year earlier.",
    ],
)
def test_what_happened_in_the_span_keeps_the_reporting_span(body: str) -> None:
    found = _read(body, "Road repairs in January-October 2025")
    assert all(row[:2] == JAN_OCT for row in found.values())


def test_a_present_level_keeps_a_scope_that_is_a_day() -> None:
    body = "As of 1 July 2025, the population reached 20.3 million. Some 12.4 million people live in cities."
    assert _read(body)["12.4 million"][:2] == (D(2025, 7, 1), D(2025, 7, 1))


def test_a_number_after_a_comma_is_no_label_of_the_word_before() -> None:
    found = _read("In the first phase, 27 measures are to be carried out under Stage 2 of the plan.")
    assert list(found) == ["27"]


def test_a_rates_start_date_does_not_replace_the_reporting_span() -> None:
    body = "From January 1, 2025, the minimum wage has been 85,000 tenge. Wages in construction rose by 9.2%."
    found = _read(body, "Average wage up 11% in the second quarter of 2025")
    assert found["85,000 tenge"][:2] == (D(2025, 1, 1), None)
    assert found["9.2%"][:2] == (D(2025, 4, 1), D(2025, 6, 30))


def test_a_start_date_opening_an_article_without_a_span_sets_its_scope() -> None:
    body = "From January 1, pensions were raised by 10%. The minimum pension is 35,596 tenge."
    found = _read(body, published=D(2026, 1, 3))
    assert found["35,596 tenge"][:2] == (D(2026, 1, 1), None)


# --- A base value in the past is what happened, whatever the plan around it -------------------


@pytest.mark.parametrize(
    ("body", "base", "kind"),
    [
        ("Exports are expected to reach 12 million tons this year, up from 10.4 million tons in 2024.",
         "10.4 million tons", "actual"),
        ("The company plans to raise output to 96 million tons this year from 88 million tons in 2024.",
         "88 million tons", "actual"),
        ("The deficit will fall to 2.1% in 2026, compared with 2.9% in 2025.", "2.9%", "forecast"),
    ],
)  # fmt: skip
def test_a_past_base_value_is_actual_and_a_base_still_ahead_is_not(body: str, base: str, kind: str) -> None:
    assert _read(body)[base][2] == kind


# --- "Since" a month or an event -------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("Since January, volunteers have held 281 clean-up events.", D(2025, 1, 1)),
        ("Since its launch in June 2024, the service has received 15,806 complaints.", D(2024, 6, 1)),
        ("Since it was introduced in 2021, the fund has financed 300 projects.", D(2021, 1, 1)),
        ("Since December, 40 plants have opened.", D(2024, 12, 1)),
    ],
)
def test_a_count_since_a_month_or_an_event_runs_to_publication(body: str, start: date) -> None:
    (row,) = _read(body).values()
    assert row[:2] == (start, PUBLISHED)


def test_in_a_year_after_a_launch_word_is_still_that_year() -> None:
    (row,) = _read("The service was launched in 2024 and received 9,100 complaints in 2025.").values()
    assert row[:2] == (D(2025, 1, 1), D(2025, 12, 31))


# --- A verbless apposition follows the figure before it ---------------------------------------


def test_an_apposition_without_a_verb_shares_the_present_of_the_figure_before() -> None:
    body = "The region has 640 villages, home to about 900,000 people, or 41% of its population."
    found = _read(body, "Rural programme in 2025")
    assert {row[:2] for row in found.values()} == {(PUBLISHED, PUBLISHED)}


def test_a_figure_in_a_past_clause_after_a_present_level_keeps_the_span() -> None:
    body = "The region has 640 villages, and 2,100 units of equipment have been purchased."
    found = _read(body, "Rural programme in January-October 2025")
    assert found["640"][:2] == (PUBLISHED, PUBLISHED)
    assert found["2,100"][:2] == JAN_OCT


# --- "The same period of 2024" and "a year earlier" as the period of their own clause ---------


@pytest.mark.parametrize(
    "body",
    [
        "In the same period of 2024, shipments were 4.8 million tons.",
        "A year earlier, shipments were 4.8 million tons.",
        "Shipments totalled 5.2 million tons, while in the same period last year they were 4.8 million tons.",
        "Shipments rose to 5.2 million tons from 4.8 million tons in the same period of 2024.",
    ],
)
def test_the_same_period_of_another_year_dates_its_own_clause(body: str) -> None:
    found = _read(body, "Cargo in January-September 2025", published=D(2025, 10, 20))
    assert found["4.8 million tons"][:2] == (D(2024, 1, 1), D(2024, 9, 30))
    if "5.2 million tons" in found:
        assert found["5.2 million tons"][:2] == JAN_SEP


def test_a_glance_at_the_year_before_does_not_move_the_articles_scope() -> None:
    body = "A year earlier, shipments were 4.8 million tons. Transit grew by 12%."
    found = _read(body, "Cargo in January-September 2025", published=D(2025, 10, 20))
    assert found["12%"][:2] == JAN_SEP


def test_a_change_from_the_same_period_last_year_keeps_the_current_span() -> None:
    body = (
        "Turnover totalled $66.1 billion in the first half of 2025, down 2.1% from the same period last year."
    )
    found = _read(body)
    assert found["2.1%"][:2] == (D(2025, 1, 1), D(2025, 6, 30))


def test_a_change_on_the_same_period_keeps_the_current_span() -> None:
    body = "Shipments grew by 8%, up 3 points on the same period of 2024."
    found = _read(body, "Cargo in January-September 2025", published=D(2025, 10, 20))
    assert found["8%"][:2] == JAN_SEP


@pytest.mark.parametrize(
    ("body", "base_period"),
    [
        ("Exports reached 5.2 million tons in 2023, up from 4.8 million tons.", (D(2022, 1, 1), D(2022, 12, 31))),
        ("Exports reached 5.2 million tons in January-June 2025, against 4.8 million tons.",
         (D(2024, 1, 1), D(2024, 6, 30))),
        # a month's base is as often the month before: left as the text's month
        ("Inflation slowed to 8.6% in October, down from 9.1%.", (D(2025, 10, 1), D(2025, 10, 31))),
    ],
)  # fmt: skip
def test_an_undated_base_value_is_the_same_span_a_year_before(body: str, base_period: tuple) -> None:
    rows = list(_read(body).values())
    assert rows[-1][:2] == base_period


def test_more_than_is_a_qualifier_not_a_base() -> None:
    found = _read("The output could climb to more than 17 trillion tenge in 2023.", published=D(2023, 3, 1))
    assert found["17 trillion tenge"] == (D(2023, 1, 1), D(2023, 12, 31), "forecast")


def test_a_breakdown_in_the_present_tense_still_inherits_the_scope() -> None:
    body = "Over the ten months, 1,200 new enterprises were registered. Of them, 320 are in manufacturing."
    found = _read(body, "New businesses in ten months")
    assert found["320"][:2] == JAN_OCT


# --- Event dates, change bases, leap days, the total a breakdown divides ----------------------


def test_when_the_subject_came_to_be_dates_none_of_its_figures() -> None:
    found = _read("The new terminal, opened in 2023, aims to handle 14 million passengers a year.")
    assert found["14 million"] == (None, None, "target")


def test_a_year_after_a_change_and_from_is_the_changes_base() -> None:
    found = _read("Last year, airports served 16.5 million passengers, up 12% from 2022.")
    assert found["12%"][:2] == (D(2024, 1, 1), D(2024, 12, 31))


def test_from_a_year_to_a_year_is_still_a_range() -> None:
    (row,) = _read("Exports grew from 2019 to 2023 by 40%.").values()
    assert row[:2] == (D(2019, 1, 1), D(2023, 12, 31))


def test_a_base_in_the_same_months_of_the_year_before_a_leap_february() -> None:
    body = "In January-February 2024, airports handled 2.6 million passengers, against 2.3 million in the same months of 2023."
    found = _read(body, published=D(2024, 3, 12))
    assert found["2.3 million"][:2] == (D(2023, 1, 1), D(2023, 2, 28))


def test_a_breakdown_divides_the_reported_figure_not_its_base() -> None:
    body = (
        "In January-February 2024, airports handled 2.6 million passengers, against 2.3 million in the same months "
        "of 2023. Of these, 1.1 million flew on international routes."
    )
    found = _read(body, published=D(2024, 3, 12))
    assert found["1.1 million"][:2] == (D(2024, 1, 1), D(2024, 2, 29))


def test_a_price_at_the_end_of_a_year_is_dated_on_its_last_day() -> None:
    (row,) = _read("At the end of 2023, the average ticket price was 35,000 tenge.").values()
    assert row[:2] == (D(2023, 12, 31), D(2023, 12, 31))


def test_a_plan_left_undated_is_not_put_in_a_span_already_over() -> None:
    body = (
        "In 2024, renewables generated 7.1 billion kWh. "
        "The ministry intends to auction 1,000 MW of new capacity."
    )
    found = _read(body, "Kazakhstan to commission 2.6 GW of renewables in 2025", published=D(2025, 3, 4))
    assert found["7.1 billion kWh"][:2] == (D(2024, 1, 1), D(2024, 12, 31))
    assert found["1,000 MW"] == (D(2025, 1, 1), D(2025, 12, 31), "plan")


def test_a_verb_after_a_list_of_figures_gives_all_of_them_its_kind() -> None:
    found = _read("This year, 12 power units, 46 boilers and 63 turbines are to be repaired.")
    assert {row[2] for row in found.values()} == {"plan"}


def test_a_list_with_a_verb_of_its_own_keeps_it() -> None:
    found = _read("Exports reached 5 million tons, 20% of them to China, and imports will grow by 3%.")
    assert found["5 million tons"][2] == "actual"


def test_the_year_of_an_old_level_does_not_date_the_new_one() -> None:
    found = _read("The wear of heating networks fell from 57% in 2022 to 52%.", "Heating networks in 2025")
    assert found["57%"][:2] == (D(2022, 1, 1), D(2022, 12, 31))
    assert found["52%"][:2] == (D(2025, 1, 1), D(2025, 12, 31))


# --- Stocks at a year's end, changes over the year, years counted back from the scope ---------

BANKS = "Kazakhstan's banks: deposits up 18% in 2024"


def test_a_change_over_the_year_to_a_day_covers_the_twelve_months_to_it() -> None:
    body = "As of the end of 2024, deposits reached 41.5 trillion tenge, up 18% over the year."
    found = _read(body, BANKS, published=D(2025, 2, 14))
    assert found["41.5 trillion tenge"][:2] == (D(2024, 12, 31), D(2024, 12, 31))
    assert found["18%"][:2] == (D(2024, 1, 1), D(2024, 12, 31))


def test_a_change_to_the_first_of_a_month_ends_the_day_before() -> None:
    body = "As of July 1, 2019, bank assets reached 24.9 trillion tenge, up 6% over the year."
    found = _read(body, published=D(2019, 7, 24))
    assert found["6%"][:2] == (D(2018, 7, 1), D(2019, 6, 30))


def test_a_change_year_on_year_to_a_day_stays_at_the_day() -> None:
    # en19: "year-on-year" names the comparison base, not a span (FORMAT.md; the h14 and h21
    # adjudications date "up 11.7% year on year to 1.3 million at the end of April" at that day)
    body = "As of July 1, 2019, bank assets reached 24.9 trillion tenge, up 6% year-on-year."
    found = _read(body, published=D(2019, 7, 24))
    assert found["6%"][:2] == (D(2019, 7, 1), D(2019, 7, 1))


def test_a_change_to_a_day_without_a_span_word_stays_at_the_day() -> None:
    body = "As of July 1, 2019, bank assets reached 24.9 trillion tenge, up 1.5% in the month."
    found = _read(body, published=D(2019, 7, 24))
    assert found["1.5%"][:2] != (D(2018, 7, 1), D(2019, 6, 30))


@pytest.mark.parametrize(
    ("body", "surface", "period"),
    [
        ("As of the end of 2024, deposits reached 41.5 trillion tenge. A year earlier, they stood at 35.2 trillion tenge.",
         "35.2 trillion tenge", (D(2023, 12, 31), D(2023, 12, 31))),
        ("In 2024, consumer loans were 45% of the loan portfolio. In the previous year, the share was 41%.",
         "41%", (D(2023, 1, 1), D(2023, 12, 31))),
        ("The loan portfolio grew to 32.9 trillion tenge, compared with 26.1 trillion at the end of 2023.",
         "26.1 trillion", (D(2023, 12, 31), D(2023, 12, 31))),
    ],
)  # fmt: skip
def test_years_counted_back_from_the_reported_year(body: str, surface: str, period: tuple) -> None:
    assert _read(body, BANKS, published=D(2025, 2, 14))[surface][:2] == period


def test_the_past_n_years_in_words() -> None:
    (row,) = _read("Over the past five years, the cotton area has grown by 20%.").values()
    assert row[:2] == (D(2020, 11, 20), PUBLISHED)


def test_a_yearless_span_is_not_put_in_a_planned_year_ahead() -> None:
    body = (
        "In 2026, the region plans to expand cotton fields to 125,000 hectares. "
        "Cotton exports reached $120 million in January-October."
    )
    found = _read(body)
    assert found["125,000 hectares"][:2] == (D(2026, 1, 1), D(2026, 12, 31))
    assert found["$120 million"][:2] == JAN_OCT


def test_a_stocks_year_on_year_change_in_a_month_covers_twelve_months_and_its_monthly_change_the_month() -> (
    None
):
    body = "In June 2019, the bank's assets increased by 7.2% over the month and by 33.5% year-on-year."
    found = _read(body, published=D(2019, 7, 24))
    assert found["7.2%"][:2] == (D(2019, 6, 1), D(2019, 6, 30))
    assert found["33.5%"][:2] == (D(2018, 7, 1), D(2019, 6, 30))


def test_a_flows_year_on_year_change_in_a_month_stays_in_the_month() -> None:
    (row,) = _read(
        "In June 2019, industrial output grew by 5.1% year-on-year.", published=D(2019, 7, 24)
    ).values()
    assert row[:2] == (D(2019, 6, 1), D(2019, 6, 30))


def test_n_of_them_after_a_total_takes_the_totals_period() -> None:
    body = "Since January, the service has received 15,806 complaints; 14,417 of them were resolved."
    found = _read(body)
    assert found["14,417"][:2] == (D(2025, 1, 1), PUBLISHED)


def test_a_stock_at_the_start_of_a_year_is_its_first_day() -> None:
    (row,) = _read("At the start of 2025, the fleet numbered 102 aircraft.").values()
    assert row[:2] == (D(2025, 1, 1), D(2025, 1, 1))


def test_now_before_a_later_figure_is_that_figures() -> None:
    body = "The airport expanded from 300,000 to two million passengers and now operates 25 flights."
    found = _read(body, "Regional airports in 2024", published=D(2025, 1, 23))
    assert found["two million"][:2] == (D(2024, 1, 1), D(2024, 12, 31))
    assert found["25"][:2] == (D(2025, 1, 23), D(2025, 1, 23))


def test_what_is_being_built_is_a_plan() -> None:
    found = _read("A company is building a cargo terminal for up to 250,000 tons a year.")
    assert found["250,000 tons"][2] == "plan"


@pytest.mark.parametrize(
    ("body", "period"),
    [
        ("By the end of 2018, manufactured exports had grown to $15.7 billion.", (D(2018, 1, 1), D(2018, 12, 31))),
        ("By the end of last year, generation had reached 117.9 billion kWh.", (D(2024, 1, 1), D(2024, 12, 31))),
        # a share reached by then stays a level at the deadline; a stock is the stock on that day
        ("By the end of last year, the share of renewables had come close to 7%.", (None, D(2024, 12, 31))),
        ("By the end of last year, deposits had reached 42 trillion tenge.", (D(2024, 12, 31), D(2024, 12, 31))),
        # still ahead: a deadline
        ("By the end of 2027, exports are expected to reach $20 billion.", (None, D(2027, 12, 31))),
    ],
)  # fmt: skip
def test_a_past_deadline_for_what_happened_is_that_years_result(body: str, period: tuple) -> None:
    (row,) = _read(body).values()
    assert row[:2] == period


# --- Issue 10, third round: the blind set's classes --------------------------------------------

SEVEN_MONTHS = "Kazakhstan mined 61.4 million tons of coal in seven months"
JAN_JUL = (D(2025, 1, 1), D(2025, 7, 31))


@pytest.mark.parametrize(
    "body",
    [
        "Coal exports reached 18.2 million tons, according to the Energy Ministry's data released on Aug. 15.",
        "Coal exports reached 18.2 million tons, the ministry's press service reported on Aug. 15.",
        "Coal exports reached 18.2 million tons, as the ministry told on Aug. 15.",
        "According to the ministry on Aug. 15, coal exports reached 18.2 million tons.",
    ],
)
def test_a_source_with_a_date_keeps_the_articles_scope(body: str) -> None:
    (row,) = _read(body, SEVEN_MONTHS, published=D(2025, 8, 20)).values()
    assert row[:2] == JAN_JUL


def test_according_to_figures_of_a_day_is_still_that_day() -> None:
    body = "According to the ministry, on Aug. 15 coal stocks at power plants stood at 4.1 million tons."
    (row,) = _read(body, SEVEN_MONTHS, published=D(2025, 8, 20)).values()
    assert row[:2] == (D(2025, 8, 15), D(2025, 8, 15))


@pytest.mark.parametrize(
    "body",
    [
        "Kazakhstan has 49 coal deposits with reserves of 33.6 billion tons.",
        "The country's coal reserves amount to 33.6 billion tons.",
        "There are 193 million cubic metres of gas storage in the country.",
        "The region is home to 12 coal deposits.",
        "Two open pits hold reserves of 3.2 billion tons.",
    ],
)
def test_a_present_stock_is_dated_at_publication(body: str) -> None:
    published = D(2025, 8, 20)
    for row in _read(body, SEVEN_MONTHS, published=published).values():
        assert row[:2] == (published, published)


@pytest.mark.parametrize(
    "body",
    [
        "The Karaganda basin produced 20.1 million tons.",
        "The Karaganda basin has produced 20.1 million tons.",
        # "amount" as a noun is no present verb
        "Miners were paid bonuses in the amount of 2.1 billion tenge.",
    ],
)
def test_a_flow_keeps_the_articles_scope(body: str) -> None:
    (row,) = _read(body, SEVEN_MONTHS, published=D(2025, 8, 20)).values()
    assert row[:2] == JAN_JUL


@pytest.mark.parametrize(
    ("body", "period"),
    [
        ("Since January 1, 2023 the minimum wage has been 70,000 tenge.", (D(2023, 1, 1), PUBLISHED)),
        ("Since 1 January 2023 the minimum wage has been 70,000 tenge.", (D(2023, 1, 1), PUBLISHED)),
        ("From January 1, 2022 the minimum wage was raised to 60,000 tenge.", (D(2022, 1, 1), None)),
        ("The minimum wage was 42,500 tenge in 2019-2021.", (D(2019, 1, 1), D(2021, 12, 31))),
        # a day without 'since' or 'from' stays a day
        ("On January 1, 2023 the fund held 70,000 tenge per account.", (D(2023, 1, 1), D(2023, 1, 1))),
    ],
)  # fmt: skip
def test_a_level_set_from_a_date_runs_on_from_it(body: str, period: tuple) -> None:
    (row,) = _read(body).values()
    assert row[:2] == period


def test_a_yearless_month_in_a_report_on_last_year_is_that_years() -> None:
    body = "Of the 1,200 households surveyed, 310 received aid in November."
    found = _read(body, "Poverty in January-November 2024", published=D(2025, 8, 20))
    assert found["310"][:2] == (D(2024, 11, 1), D(2024, 11, 30))


def test_a_yearless_month_ahead_of_a_plan_is_the_coming_one() -> None:
    body = "The plant will open in November with 310 jobs."
    found = _read(body, "Poverty in January-November 2024", published=D(2025, 8, 20))
    assert found["310"][:2] == (D(2025, 11, 1), D(2025, 11, 30))


def test_a_yearless_month_already_this_year_stays_this_years() -> None:
    body = "In February, currency sales may reach $550 million."
    found = _read(body, "Tenge in 2024", published=D(2025, 2, 3))
    assert found["$550 million"][:2] == (D(2025, 2, 1), D(2025, 2, 28))


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("The target is to raise gasification to 60 percent by the end of the year.", "target"),
        ("The ministry aims to raise gasification to 60 percent.", "target"),
        ("Output is expected to reach 5 million tons.", "forecast"),
        ("The plant will allow the region to export 300,000 tons.", "forecast"),
        ("The plant would create 300 jobs.", "forecast"),
        ("Exports could reach 2 billion dollars.", "forecast"),
        ("Projects worth $44.5 billion are planned.", "plan"),
        ("Projects worth $44.5 billion are in the pipeline.", "plan"),
        ("Projects worth $44.5 billion are to be implemented.", "plan"),
        ("The plan was fulfilled by 101.2%.", "actual"),
        ("Output reached 101.2% of the plan.", "actual"),
        # look-alikes: a reported 'would' is a plan, a pipeline built is an actual
        ("He said defence spending next year would equal 1% of GDP.", "plan"),
        ("The company laid 300 km of the pipeline.", "actual"),
    ],
)  # fmt: skip
def test_kind_of_goals_outcomes_plans_and_fulfilment(body: str, kind: str) -> None:
    rows = list(_read(body).values())
    assert rows[-1][2] == kind


def test_the_lead_after_a_dateline_sets_the_scope() -> None:
    body = (
        "ASTANA. The minimum wage will be raised to 85,000 tenge from January 1, 2026, the minister said.\n"
        "The increase is expected to benefit about 1.8 million people."
    )
    found = _read(body)
    assert found["1.8 million"][:2] == (D(2026, 1, 1), None)


def test_the_old_level_of_a_lead_sets_no_scope() -> None:
    body = (
        "ASTANA. The number of grants has grown from 65,000 in 2020 to 88,000 in 2022, the minister said.\n"
        "From Sept. 1, students will receive KZT 36,000 a month."
    )
    found = _read(body, published=D(2022, 8, 9))
    assert found["KZT 36,000"][:2] == (D(2022, 9, 1), None)


def test_now_under_rates_set_from_a_day_this_year_is_that_open_start() -> None:
    body = "The minimum pension now amounts to 35,596 tenge."
    found = _read(body, "Pensions rise 10% from Jan. 1", published=D(2026, 1, 1))
    assert found["35,596 tenge"][:2] == (D(2026, 1, 1), None)


def test_now_under_a_start_in_an_earlier_year_is_the_publication_day() -> None:
    body = "From January 1, 2022 the wage was raised to 60,000 tenge. The shadow wage fund today exceeds 30 percent."
    found = _read(body, published=D(2023, 9, 1))
    assert found["30 percent"][:2] == (D(2023, 9, 1), D(2023, 9, 1))


@pytest.mark.parametrize(
    "body",
    [
        "Spending is projected at 14.9 trillion, 17.3 trillion and 18.7 trillion tenge in 2026-2028, respectively.",
        "Spending is projected at 14.9 trillion, 17.3 trillion and 18.7 trillion tenge in 2026, 2027 and 2028, respectively.",
        "Revenue is forecast at 10.7 trillion tenge in 2026, 12.1 trillion in 2027 and 13.3 trillion in 2028. "
        "Spending is projected at 14.9 trillion, 17.3 trillion and 18.7 trillion tenge, respectively.",
    ],
)  # fmt: skip
def test_respectively_gives_each_figure_its_own_year(body: str) -> None:
    found = _read(body)
    assert [found[s][:2] for s in ("14.9 trillion", "17.3 trillion", "18.7 trillion tenge")] == [
        (D(year, 1, 1), D(year, 12, 31)) for year in (2026, 2027, 2028)
    ]


def test_respectively_after_one_period_shares_it() -> None:
    body = "In 2024, Abai and Almaty regions came second and third with 128% and 103.5%, respectively."
    found = _read(body)
    assert found["128%"][:2] == found["103.5%"][:2] == (D(2024, 1, 1), D(2024, 12, 31))


@pytest.mark.parametrize(
    ("body", "row"),
    [
        ("In 2024, investment reached 5 trillion tenge. The ministry expects it to reach 7 trillion tenge by 2027.",
         (None, D(2027, 12, 31), "forecast")),
        ("In 2024, investment reached 5 trillion tenge. Projects worth 7 trillion tenge are in the pipeline through 2029.",
         (None, D(2029, 12, 31), "plan")),
        ("In 2024, investment reached 5 trillion tenge. The project will make it possible to create 7 trillion tenge in value.",
         (None, None, "forecast")),
        # look-alikes: a goal to reach stays a target; a deadline stays past the scope
        ("In 2024, investment reached 5 trillion tenge. The task is to reach 7 trillion tenge by 2027.",
         (None, D(2027, 12, 31), "target")),
    ],
)  # fmt: skip
def test_plans_and_forecasts_after_a_past_scope_keep_their_own_deadline(body: str, row: Row) -> None:
    found = _read(body, "Investment grew 12% in 2024", published=D(2025, 8, 20))
    assert found["7 trillion tenge"] == row


def test_from_a_year_through_another_is_a_span() -> None:
    (row,) = _read("From 2025 through 2029, projects worth 7 trillion tenge will be built.").values()
    assert row[:2] == (D(2025, 1, 1), D(2029, 12, 31))


@pytest.mark.parametrize(
    ("body", "present"),
    [
        ("Its fleet numbers 1,200 coal wagons.", True),
        ("The company's assets total 3.2 trillion tenge.", True),
        ("A total of 1,200 coal wagons were repaired.", False),
        ("Coal exports reached 18.2 million tons, according to the ministry's report of Aug. 15.", False),
    ],
)
def test_stock_verbs_and_report_dates(body: str, present: bool) -> None:
    published = D(2025, 8, 20)
    (row,) = _read(body, SEVEN_MONTHS, published=published).values()
    assert row[:2] == ((published, published) if present else JAN_JUL)


@pytest.mark.parametrize(
    ("body", "period"),
    [
        ("In mid-November, 310 households received aid.", (D(2025, 11, 1), D(2025, 11, 30))),
        ("In November, 310 households received aid.", (D(2025, 11, 1), D(2025, 11, 30))),
        ("Late November brought 310 new applications.", (D(2025, 11, 1), D(2025, 11, 30))),
        ("Some 310 households received aid last month.", (D(2025, 10, 1), D(2025, 10, 31))),
        ("Some 310 households have received aid this month.", (D(2025, 11, 1), D(2025, 11, 30))),
        # look-alikes: a day of the month, a month of a year
        ("On November 5, 310 households received aid.", (D(2025, 11, 5), D(2025, 11, 5))),
        ("In November 2024, 310 households received aid.", (D(2024, 11, 1), D(2024, 11, 30))),
    ],
)  # fmt: skip
def test_a_month_as_the_only_time_word_dates_the_figure(body: str, period: tuple) -> None:
    found = _read(body)
    assert found["310"][:2] == period


def test_the_total_opening_a_breakdown_shares_its_period() -> None:
    found = _read("Of the 1,200 households surveyed, 310 received aid in November.")
    assert found["1,200"][:2] == found["310"][:2] == (D(2025, 11, 1), D(2025, 11, 30))


def test_a_total_in_its_own_clause_keeps_its_own_reading() -> None:
    found = _read("The survey covered 1,200 households, while in November 310 received aid.")
    assert found["1,200"][:2] == (None, None)


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("The harvest will fully cover domestic needs and allow Kazakhstan to export 7 million tons.", "forecast"),
        ("The new line will enable the plant to produce 300,000 tons.", "forecast"),
        # a rule that allows something states how things stand
        ("The law allows banks to charge up to 5% a year.", "actual"),
    ],
)  # fmt: skip
def test_what_something_will_allow_is_a_forecast(body: str, kind: str) -> None:
    rows = list(_read(body).values())
    assert rows[-1][2] == kind


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("For 2025, the expected corridor was moved up from 5.5-7.5% to 6.5-8.5%.", "forecast"),
        ("The growth forecast was lowered to 4.1%.", "forecast"),
        ("The output target was raised to 12 million tons.", "target"),
        # look-alikes: what was done as planned, and a plan fulfilled, happened
        ("As planned, investment was increased to 5 trillion tenge.", "actual"),
        ("The plan was fulfilled by 101.2%.", "actual"),
    ],
)  # fmt: skip
def test_a_revised_forecast_plan_or_goal_keeps_its_kind(body: str, kind: str) -> None:
    rows = list(_read(body).values())
    assert rows[-1][2] == kind


def test_a_present_perfect_total_with_no_period_anywhere_is_the_total_so_far() -> None:
    (row,) = _read("Farmers have gathered 20.1 million tons of grain, the minister said.").values()
    assert row[:2] == (PUBLISHED, PUBLISHED)


@pytest.mark.parametrize(
    "body",
    [
        "Farmers gathered 20.1 million tons of grain, the minister said.",  # a past with no date: unknown
        "The harvest has been 20.1 million tons of grain.",
    ],
)
def test_a_simple_past_with_no_period_stays_undated(body: str) -> None:
    (row,) = _read(body).values()
    assert row[:2] == (None, None)


def test_a_present_perfect_under_a_scope_keeps_the_scope() -> None:
    (row,) = _read(
        "Farmers have gathered 20.1 million tons of grain.", "Harvest in January-October 2025"
    ).values()
    assert row[:2] == JAN_OCT


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Some 300 projects will be launched, bringing investment to 7 trillion tenge by 2027.", "plan"),
        ("The regulator cannot bring inflation down to 7 trillion tenge in 2026.", "target"),
        # look-alikes: what a thing is stays actual; a deadline already past is a result
        ("Among the projects are a rowing canal and an 11,000-seat arena in Kyzylorda, "
         "due for completion in December 2026.", "actual"),
        ("By 2024, exports had grown to 7 trillion tenge.", "actual"),
    ],
)  # fmt: skip
def test_a_figure_whose_own_period_lies_ahead_is_no_outcome(body: str, kind: str) -> None:
    found = _read(body)
    assert found.get("11,000", found.get("7 trillion tenge"))[2] == kind


# --- A stock's day dates its own paragraph; the next paragraph is back in the report's span ----


def test_a_stock_day_does_not_date_the_next_paragraphs_flows() -> None:
    body = (
        "The region recorded 41,300 births in January-June 2025, the statistics office said.\n"
        "As of July 1, the region's population stood at 2,150,400. Townspeople numbered 1,204,000.\n"
        "Deaths fell by 3.1% to 18,900."
    )
    found = _read(body)
    assert found["2,150,400"][:2] == (D(2025, 7, 1), D(2025, 7, 1))
    assert found["1,204,000"][:2] == (D(2025, 7, 1), D(2025, 7, 1))  # same paragraph: the day
    assert found["18,900"][:2] == (D(2025, 1, 1), D(2025, 6, 30))  # next paragraph: the span


def test_a_paragraph_comparing_with_a_day_stays_at_the_day() -> None:
    body = (
        "The region recorded 41,300 births in January-June 2025, the statistics office said.\n"
        "As of July 1, the region's population stood at 2,150,400.\n"
        "Compared with July 1 last year, the population grew by 12,600 people."
    )
    assert _read(body)["12,600"][:2] == (D(2025, 7, 1), D(2025, 7, 1))


def test_the_reports_own_day_carries_into_later_paragraphs() -> None:
    # "to date" is the report's present: the paragraphs after it stay there
    body = (
        "This year, 40 billion tenge is provided for repairs of 120 km of networks.\n"
        "To date, contractors have received 31 billion tenge.\n"
        "Repairs have covered 96 km of water pipes, or 80% of the plan."
    )
    found = _read(body)
    assert found["96 km"][:2] == (PUBLISHED, PUBLISHED)


# --- "since it started in July 2018": the count runs from the event to the report ---------------


@pytest.mark.parametrize(
    "body",
    [
        "Drivers have filed 3,140 claims since it started in March 2023.",
        "Since they opened in March 2023, the centres have handled 3,140 claims.",
    ],
)
def test_since_an_event_in_a_month_runs_to_the_report(body: str) -> None:
    assert _read(body)["3,140"][:2] == (D(2023, 3, 1), PUBLISHED)


def test_an_event_in_a_month_without_since_is_that_month() -> None:
    assert _read("The scheme started in March 2023 and received 3,140 claims that month.")["3,140"][:2] == (
        D(2023, 3, 1),
        D(2023, 3, 31),
    )


# --- "so far this year": from the year's start to the report, not the whole year ---------------


@pytest.mark.parametrize(
    "body",
    [
        "So far this year, 14 bridges with 2,300 metres of spans have been repaired.",
        "The region has repaired 14 bridges this year so far.",
    ],
)
def test_so_far_this_year_runs_to_the_report(body: str) -> None:
    assert _read(body)["14"][:2] == (D(2025, 1, 1), PUBLISHED)


def test_this_year_or_so_far_alone_keep_their_reading() -> None:
    assert _read("This year, 14 bridges were repaired in the region.")["14"][:2] == (
        D(2025, 1, 1),
        D(2025, 12, 31),
    )
    found = _read("So far, 14 bridges have been repaired, and 20 more are due this year.")
    assert found["14"][:2] != (D(2025, 1, 1), PUBLISHED)  # "so far" alone is no span of the year
    assert found["20"][:2] == (D(2025, 1, 1), D(2025, 12, 31))


# --- "a regime, launched in November, ...": the month an event happened dates no figure --------


NINE_MONTHS = "Kazakhstan received 500,000 visitors in January-September 2025, the ministry said.\n"


def test_the_month_an_event_happened_does_not_date_the_figures() -> None:
    body = NINE_MONTHS + (
        "Uzbekistan sent 61,200 visitors, and a new air route, launched in October, will add more.\n"
        "Georgia sent 12,400 visitors."
    )
    found = _read(body)
    assert found["61,200"][:2] == JAN_SEP
    assert found["12,400"][:2] == JAN_SEP  # the event's month did not become the scope


def test_a_figure_reported_in_a_month_keeps_the_month() -> None:
    body = NINE_MONTHS + "In October, the country received 71,000 visitors."
    assert _read(body)["71,000"][:2] == (D(2025, 10, 1), D(2025, 10, 31))


# --- "now that X is in force" is a cause, not the present -------------------------------------


def test_now_that_is_no_present() -> None:
    body = NINE_MONTHS + "Georgia sent 12,400 visitors, and more are coming now that flights have resumed."
    assert _read(body)["12,400"][:2] == JAN_SEP


def test_now_alone_is_the_present() -> None:
    body = NINE_MONTHS + "Georgia now sends 12,400 visitors a month."
    assert _read(body)["12,400"][:2] == (PUBLISHED, PUBLISHED)


# --- "before the year is out": the end of the publication year, a deadline ---------------------


def test_before_the_year_is_out_is_a_year_end_deadline() -> None:
    body = "In 2024, 40 depots were completed, and before the year is out the city plans to build another 25 depots."
    found = _read(body)
    assert found["40"][:2] == (D(2024, 1, 1), D(2024, 12, 31))  # the clause's own year stays
    assert found["25"][:2] == (None, D(2025, 12, 31))


def test_before_a_named_year_is_not_the_year_end_phrase() -> None:
    # "before 2024" compares with the past; it is no deadline of this year
    assert _read("Output reached 25 tons, against 12 tons before 2024.")["25 tons"][:2] != (
        None,
        D(2025, 12, 31),
    )


# --- a deadline ahead does not date what has already happened --------------------------------


DEADLINE_LEAD = "The region plans to open the remaining 40 clinics by the end of 2026, the governor said.\n"


def test_done_under_a_deadline_ahead_is_counted_to_the_report() -> None:
    found = _read(DEADLINE_LEAD + "The new buildings have added 320 hospital beds.")
    assert found["320"][:2] == (None, PUBLISHED)
    assert found["40"][:2] == (None, D(2026, 12, 31))  # the planned figure keeps its deadline


def test_planned_under_a_deadline_ahead_keeps_the_deadline() -> None:
    found = _read(DEADLINE_LEAD + "The clinics will add 320 hospital beds.")
    assert found["320"][1] == D(2026, 12, 31)


# --- "to Y, up from X": the old level after the new one is a year before ----------------------


JAN_OCT_LEAD = "Farms produced 410,000 tons of meat in January-October 2025, the bureau said.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Egg output rose 4% to 3,120 million, up from 3,000 million.",
        "Egg output climbed to 3,120 million from 3,000 million.",
        "Egg output fell to 3,120 million, down from 3,000 million.",
    ],
)
def test_the_old_level_after_the_new_one_is_a_year_before(sentence: str) -> None:
    found = _read(JAN_OCT_LEAD + sentence)
    assert found["3,120 million"][:2] == JAN_OCT
    assert found["3,000 million"][:2] == (D(2024, 1, 1), D(2024, 10, 31))


def test_an_old_level_with_its_own_year_keeps_it() -> None:
    found = _read("Cargo rose to 2.8 million tons in 2024, up from 1.5 million tons in 2022.")
    assert found["1.5 million tons"][:2] == (D(2022, 1, 1), D(2022, 12, 31))


def test_a_figure_of_another_unit_after_from_is_no_old_level() -> None:
    # "from 14 countries" after tons: the source, not the base of a change
    found = _read(JAN_OCT_LEAD + "Imports grew to 52,000 tons, from 14 countries.")
    assert found["14"][:2] != (D(2024, 1, 1), D(2024, 10, 31))


# --- "the register counts 120 plants": a present stock, dated at the report -------------------


YEAR_2024_LEAD = "The country mined 110 million tons of ore in 2024, the ministry said.\n"


def test_a_stock_noun_that_counts_is_a_present_level() -> None:
    found = _read(YEAR_2024_LEAD + "The national fleet counts 120 ore carriers.")
    assert found["120"][:2] == (PUBLISHED, PUBLISHED)


def test_counts_as_a_noun_or_after_a_flow_is_no_present_level() -> None:
    # "counts" after no stock noun: the year of the report stays
    found = _read(YEAR_2024_LEAD + "Inspectors' counts found 120 illegal pits.")
    assert found["120"][:2] == (D(2024, 1, 1), D(2024, 12, 31))


# --- "over the same eight months": the report's months again, not the scope a side remark set --


def test_the_same_n_months_are_the_reports_months() -> None:
    body = (
        "Railways carried 12.4 million passengers in January-August 2025, the ministry said.\n"
        "Some 40 new coaches have arrived since the start of the year. "
        "Over the same eight months, airlines carried 6.1 million passengers."
    )
    assert _read(body)["6.1 million"][:2] == (D(2025, 1, 1), D(2025, 8, 31))


def test_the_same_months_of_another_year_stay_a_base() -> None:
    body = "Airlines carried 6.1 million passengers in January-August 2025, against 5.2 million in the same eight months of 2024."
    found = _read(body)
    assert found["6.1 million"][:2] == (D(2025, 1, 1), D(2025, 8, 31))
    assert found["5.2 million"][:2] == (D(2024, 1, 1), D(2024, 8, 31))


# --- what a project "will (also) improve / create", who "will have": an expected outcome -------


@pytest.mark.parametrize(
    "sentence",
    [
        "The new canal will improve irrigation on 48,000 hectares.",
        "The new canal will also improve irrigation on 48,000 hectares.",
        "The plant will create 48,000 jobs in the region.",
        "The plant will further create 48,000 jobs in the region.",
    ],
)
def test_an_outcome_of_will_is_a_forecast(sentence: str) -> None:
    figure = next(k for k in _read(sentence) if k.startswith("48,000"))
    assert _read(sentence)[figure][2] == "forecast"


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry will build 48 schools next year.",
        "The ministry will also build 48 schools next year.",
    ],
)
def test_an_act_someone_will_do_stays_a_plan(sentence: str) -> None:
    assert _read(sentence)["48"][2] == "plan"


def test_an_outcome_pair_after_the_figure_is_a_forecast() -> None:
    found = _read("Once the lines are laid, 48,000 households will have access to gas.")
    assert found["48,000"][2] == "forecast"


def test_a_plain_will_after_the_figure_stays_a_plan() -> None:
    assert _read("In 2026, 48 schools will be built in the region.")["48"][2] == "plan"


# --- "told a Dec. 19 government meeting": the day names the meeting, not the figures ----------


def test_a_meetings_day_does_not_date_the_figures() -> None:
    body = "Airlines carried 8.2 million passengers in January-October, 14% more than a year earlier, the minister told a Nov. 12 government meeting."
    found = _read(body)
    assert found["14%"][:2] == JAN_OCT
    assert found["8.2 million"][:2] == JAN_OCT


def test_a_day_of_something_else_keeps_dating_its_figure() -> None:
    found = _read("At the Nov. 12 auction, 120 land plots were sold.")
    assert found["120"][:2] == (D(2025, 11, 12), D(2025, 11, 12))


# --- "the year before": the year before the report's year ------------------------------------


def test_the_year_before_is_the_year_before_the_scope() -> None:
    body = (
        YEAR_2024_LEAD
        + "Copper made up 12.5% of output, slightly more than the 11.9% recorded the year before."
    )
    found = _read(body)
    assert found["12.5%"][:2] == (D(2024, 1, 1), D(2024, 12, 31))
    assert found["11.9%"][:2] == (D(2023, 1, 1), D(2023, 12, 31))


def test_the_year_before_last_is_not_the_year_before() -> None:
    found = _read(YEAR_2024_LEAD + "Copper made up 12.5% of output, against 11.9% the year before last.")
    assert found["11.9%"][:2] != (D(2023, 1, 1), D(2023, 12, 31))


# --- "the number of users rose from 23 million": a count, not the article's currency ---------


MONEY_LEAD = "Card payments reached 95.1 trillion tenge in 2024, the regulator said.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "The number of app users rose from 23 million to 25.9 million.",
        "Sheep numbers climbed 2.7% to 16.9 million.",
    ],
)
def test_a_counted_subject_keeps_bare_millions_counts(sentence: str) -> None:
    units = {i.surface: i.unit for i in extract_indicators(MONEY_LEAD + sentence, PUBLISHED)}
    assert all(unit in ("count", "percent") for surface, unit in units.items() if "95.1" not in surface)


@pytest.mark.parametrize(
    "sentence",
    [
        "Transfers between people rose to 41.2 million.",  # no counted subject: the article's currency
        "The number of grants doubled, and their value rose to 5.5 billion tenge from 2.5 billion.",
    ],
)
def test_bare_millions_after_money_stay_money(sentence: str) -> None:
    units = [i.unit for i in extract_indicators(MONEY_LEAD + sentence, PUBLISHED)]
    assert units[-1] == "KZT"


# --- "by 10 to 30 percent": a range of percentages, its low end a percentage too -------------


@pytest.mark.parametrize(
    "sentence", ["Pay will rise by 10 to 30 percent.", "Efficiency is expected to rise by 10 to 30%."]
)
def test_the_low_end_of_a_percent_range_is_a_percent(sentence: str) -> None:
    found = {i.surface: (i.unit, i.role) for i in extract_indicators(sentence, PUBLISHED)}
    assert found["10"] == ("percent", "low")


def test_from_a_bare_number_to_a_percent_stays_a_change_from_to() -> None:
    found = {i.surface: i.role for i in extract_indicators("The share rose from 10 to 30%.", PUBLISHED)}
    assert found["10"] == "from"


# --- "Sept. 7-13": both ends of a span of days are dates, not figures ------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "During the week of Sept. 7-13, hotels registered 12,400 guests.",
        "During the week of 7-13 September, hotels registered 12,400 guests.",
    ],
)
def test_the_ends_of_a_span_of_days_are_no_figures(sentence: str) -> None:
    assert [i.surface for i in extract_indicators(sentence, PUBLISHED)] == ["12,400"]


def test_a_range_of_figures_before_a_month_name_in_a_phrase_stays() -> None:
    surfaces = [
        i.surface for i in extract_indicators("Hotels hired 7-13 staff each in September.", PUBLISHED)
    ]
    assert "13 staff" in surfaces or "13" in surfaces


# --- "that month": the month of the last dated figure ----------------------------------------


def test_that_month_is_the_month_of_the_last_dated_figure() -> None:
    body = (
        "Exports fell by 9% in January-September 2025.\n"
        "On Aug. 14, the exchange rate hit 548 tenge per dollar.\n"
        "Analysts blamed weak demand. Oil prices fell 6% that month."
    )
    assert _read(body)["6%"][:2] == (D(2025, 8, 1), D(2025, 8, 31))


def test_that_month_after_a_span_of_months_is_no_month() -> None:
    body = "Exports fell by 9% in January-September 2025.\nOil prices fell 6% that month."
    assert _read(body)["6%"][:2] == JAN_SEP
