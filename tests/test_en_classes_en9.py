"""English period and kind classes the en9 pass took from the dev set's remaining
disagreements, each on sentences of our own with look-alikes that must keep their old reading."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators

D = date
PUBLISHED = D(2025, 9, 15)
YEAR = (D(2025, 1, 1), D(2025, 12, 31))
TODAY = (PUBLISHED, PUBLISHED)

Row = tuple[date | None, date | None, str]


def _read(body: str, title: str = "", published: date = PUBLISHED) -> dict[str, Row]:
    return {
        i.surface: (i.period_start, i.period_end, i.kind)
        for i in extract_indicators(body, published, title=title, language="en")
    }


# --- A plan beside progress to date is the year's whole plan -----------------------------------


@pytest.mark.parametrize(
    ("body", "plan", "done"),
    [
        ("Schools have so far received 3,200 computers, while the plan for the year is 5,000 computers.",
         "5,000", "3,200"),
        ("To date, the districts have been paid 41 billion tenge, or 64% of the 64 billion tenge.",
         "64 billion tenge", "41 billion tenge"),
        ("The feed requirement of 1.2 million tonnes is nearly met, with 95% of it already bought.",
         "1.2 million tonnes", "95%"),
    ],
)  # fmt: skip
def test_a_plan_beside_progress_to_date_is_the_years_plan(body: str, plan: str, done: str) -> None:
    read = _read(body)
    assert read[plan] == (*YEAR, "plan")
    assert read[done] == (*TODAY, "actual")


def test_the_done_part_of_the_years_plan_beside_it_runs_from_january() -> None:
    # FORMAT.md: the part of this year's plan already done runs from 1 January to publication (+lab8;
    # the dev label of en-036 gave publication until then)
    read = _read("Overall, 820 km of roads are to be resurfaced; 610 km have already been finished.")
    assert read["820 km"] == (*YEAR, "plan")
    assert read["610 km"] == (YEAR[0], PUBLISHED, "actual")


def test_the_plan_beside_progress_takes_the_year_the_article_is_about() -> None:
    read = _read(
        "This year, 30 billion tenge is set aside for new pipes. "
        "To date, the towns have received 21 billion tenge, or 70% of the 30 billion tenge."
    )
    assert read["30 billion tenge"][:2] == YEAR
    assert [r for s, r in read.items() if s == "21 billion tenge"] == [(*TODAY, "actual")]


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        # the whole is already done, not planned
        ("So far, 40% of the 2 million tonnes harvested has been sold abroad.", "2 million tonnes"),
        # a share of a whole with no progress to date in the sentence
        ("Exports made up 40% of the 2 million tonnes in 2024.", "2 million tonnes"),
    ],
)
def test_a_whole_that_is_done_or_undated_by_progress_is_no_plan(body: str, surface: str) -> None:
    assert _read(body)[surface][2] == "actual"


def test_a_plan_in_the_clause_of_already_keeps_that_date() -> None:
    # "already" in the plan's own clause: no plan beside progress
    read = _read("The 300 flats already built are to be handed over to families.")
    assert read["300"][:2] != YEAR


# --- What takes effect on a day holds from that day on -----------------------------------------


@pytest.mark.parametrize(
    ("body", "surface", "start"),
    [
        ("The new tariff of 14 tenge per kWh took effect on March 1, 2024.", "14 tenge", D(2024, 3, 1)),
        ("When the fee of 3,500 tenge came into force on 1 July 2023, it covered 900,000 drivers.",
         "900,000", D(2023, 7, 1)),
        ("A levy of 2% takes effect from January 1, 2026.", "2%", D(2026, 1, 1)),
        ("The allowance of 21,000 tenge came into force on July 1.", "21,000 tenge", D(2025, 7, 1)),
    ],
)  # fmt: skip
def test_what_takes_effect_on_a_day_holds_from_it(body: str, surface: str, start: date) -> None:
    assert _read(body)[surface][:2] == (start, None)


@pytest.mark.parametrize(
    ("body", "surface", "day"),
    [
        # a day something happened on, with no rule taking effect
        ("The bridge opened on July 1, 2024, and carried 12,000 cars that day.", "12,000", D(2024, 7, 1)),
        ("On March 1, 2024, the effect of the frost cut output to 140 tonnes.", "140 tonnes", D(2024, 3, 1)),
    ],
)  # fmt: skip
def test_a_day_without_a_rule_taking_effect_stays_a_day(body: str, surface: str, day: date) -> None:
    assert _read(body)[surface][:2] == (day, day)


# --- Present states under a span already over: what a network does, work under way -------------

PAST_SPAN = "In January-June 2025, rail freight rose 4% to 120 million tonnes. "


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        (PAST_SPAN + "Bus lines connect the capital with 240 villages.", "240"),
        (PAST_SPAN + "The port serves 35 shipping lines.", "35"),
        (PAST_SPAN + "The two regions are working on 18 joint projects.", "18"),
        (PAST_SPAN + "About 1,200 people are working at the new plant.", "1,200"),
    ],
)
def test_a_present_state_under_a_past_span_is_todays(body: str, surface: str) -> None:
    assert _read(body)[surface][:2] == TODAY


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        # a past tense: what happened in the span
        (PAST_SPAN + "Bus lines connected the capital with 240 villages.", "240"),
        # an action under way with its object still to come is no level
        (PAST_SPAN + "The ministry is looking into shipping 40,000 tonnes by rail.", "40,000 tonnes"),
        # working in a span the sentence names
        (PAST_SPAN + "In 2023, the two regions were working on 18 joint projects.", "18"),
    ],
)
def test_a_past_or_an_action_under_way_is_no_present_state(body: str, surface: str) -> None:
    assert _read(body)[surface][:2] != TODAY


def test_what_will_connect_is_planned() -> None:
    assert _read(PAST_SPAN + "New lines will connect the capital with 240 villages.")["240"][2] == "plan"


# --- "within N years" runs from the report, as "over the next N years" -------------------------


@pytest.mark.parametrize(
    ("body", "surface", "end"),
    [
        ("The ministry wants to plant 40 million trees within five years.", "40 million", D(2030, 9, 15)),
        ("Within three years the city plans 12,000 new flats.", "12,000", D(2028, 9, 15)),
    ],
)
def test_within_n_years_runs_from_the_report(body: str, surface: str, end: date) -> None:
    assert _read(body)[surface][:2] == (PUBLISHED, end)


def test_within_a_span_of_months_is_no_span_of_years() -> None:
    assert _read("The ministry wants to plant 40 million trees within five months.")["40 million"][:2] != (
        PUBLISHED,
        D(2030, 9, 15),
    )


# --- A change measured between dated levels spans their years -----------------------------------


@pytest.mark.parametrize(
    ("body", "surface", "span"),
    [
        ("Milk output grew 30%, from 100,000 tons in 2019 to 130,000 tons in 2023.", "30%",
         (D(2019, 1, 1), D(2023, 12, 31))),
        ("Tourist arrivals have risen 2.1 times over the period, from 400,000 in 2020 to 650,000 in 2021 "
         "and 840,000 in 2022.", "2.1 times", (D(2020, 1, 1), D(2022, 12, 31))),
    ],
)  # fmt: skip
def test_a_change_between_dated_levels_spans_their_years(
    body: str, surface: str, span: tuple[date, date]
) -> None:
    assert _read(body)[surface][:2] == span


@pytest.mark.parametrize(
    ("body", "surface", "span"),
    [
        # the change names its own year; the levels are another story
        ("In 2024 milk output grew 30%, from 100,000 tons in 2019 to 130,000 tons in 2023.", "30%",
         (D(2024, 1, 1), D(2024, 12, 31))),
    ],
)  # fmt: skip
def test_a_change_with_its_own_year_keeps_it(body: str, surface: str, span: tuple[date, date]) -> None:
    assert _read(body)[surface][:2] == span


def test_a_change_with_one_dated_level_spans_no_years() -> None:
    start, end, _ = _read("Milk output grew 30%, from 100,000 tons to 130,000 tons in 2023.")["30%"]
    assert start is None or end is None or start.year == end.year


# --- Numbers: a month closed by a comma dates no number; rates with their noun; data rates -------


def _units(body: str) -> dict[str, tuple[float, str]]:
    return {i.surface: (i.value, i.unit) for i in extract_indicators(body, PUBLISHED, language="en")}


def test_a_number_after_a_month_and_a_comma_is_a_figure() -> None:
    assert _units("Since March, 41 volunteer events have taken place.")["41"] == (41, "count")


@pytest.mark.parametrize(
    "body", ["On March 14, 41 volunteers came.", "The drive ran from 3 March to 14 March, 2025."]
)
def test_a_day_written_after_its_month_is_no_figure(body: str) -> None:
    assert not any(value in (14, 3) for value, _ in _units(body).values())


@pytest.mark.parametrize(
    ("body", "surface", "value"),
    [
        ("Infant mortality fell to 7.9 deaths per 1,000 births in 2024.", "7.9 deaths per 1,000 births", 7.9),
        ("TB incidence stood at 42 cases per 100,000 people.", "42 cases per 100,000 people", 42),
        ("The average mobile speed was 38.2 megabits per second.", "38.2 megabits per second", 38.2),
        ("Fibre lines give schools 200 Mbps.", "200 Mbps", 200),
    ],
)
def test_rates_with_their_noun_and_data_rates_are_measures(body: str, surface: str, value: float) -> None:
    units = _units(body)
    assert units[surface] == (value, "other")
    assert not any(unit == "count" for _, unit in units.values())


def test_a_rate_keeps_no_period_word_in_its_surface() -> None:
    assert "42 cases per 100,000 people" in _units("There were 42 cases per 100,000 people in 2024.")


# --- An undated base under the article's span is that span a year before ------------------------

REPORT_2023 = "In 2023, tax revenues rose 5% to 18.9 trillion tenge. "


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        (REPORT_2023 + "Excise duties brought in 4.4%, down from 5.1%.", "5.1%"),
        (REPORT_2023 + "Social tax gave 7% and excise duties 4.4%, the latter down from 5.1%.", "5.1%"),
        (REPORT_2023 + "Customs duties came to 2.2 trillion tenge, compared with 1.9 trillion tenge.",
         "1.9 trillion tenge"),
    ],
)  # fmt: skip
def test_an_undated_base_under_the_scope_is_a_year_before(body: str, surface: str) -> None:
    assert _read(body)[surface][:2] == (D(2022, 1, 1), D(2022, 12, 31))


@pytest.mark.parametrize(
    ("body", "surface", "span"),
    [
        # the base names its own year
        (REPORT_2023 + "Excise duties brought in 4.4%, down from 5.1% in 2021.", "5.1%",
         (D(2021, 1, 1), D(2021, 12, 31))),
        # the level itself, not its base
        (REPORT_2023 + "Excise duties brought in 4.4%, down from 5.1%.", "4.4%", (D(2023, 1, 1), D(2023, 12, 31))),
        # a month's base is as often the month before: left to the month
        ("In October 2023, prices rose 1.1%. Food prices rose 1.4%, down from 1.6%.", "1.6%",
         (D(2023, 10, 1), D(2023, 10, 31))),
    ],
)  # fmt: skip
def test_a_dated_base_the_level_and_a_months_base_keep_their_reading(
    body: str, surface: str, span: tuple[date, date]
) -> None:
    assert _read(body)[surface][:2] == span


# --- A level a span ended or closed at is the level on its last day ----------------------------


@pytest.mark.parametrize(
    ("body", "surface", "day"),
    [
        ("Between March 1 and April 1, the dollar gained 2.1% and ended the period at 509.3 tenge.",
         "509.3 tenge", D(2025, 4, 1)),
        ("In 2024 the tenge weakened 13.2% and closed the year at 525.11 per dollar.", "525.11 per dollar",
         D(2024, 12, 31)),
        ("In January-March 2025, the KASE index rose 8% and closed at 5,610 points.", "5,610 points",
         D(2025, 3, 31)),
    ],
)  # fmt: skip
def test_a_level_a_span_ended_at_is_its_last_days(body: str, surface: str, day: date) -> None:
    assert _read(body, published=D(2025, 4, 3))[surface][:2] == (day, day)


@pytest.mark.parametrize(
    ("body", "surface", "span"),
    [
        # the change over the span stays the span's
        ("Between March 1 and April 1, the dollar gained 2.1% and ended the period at 509.3 tenge.", "2.1%",
         (D(2025, 3, 1), D(2025, 4, 1))),
        # a count "ended at" with no span named is what the span did
        ("In 2024 the campaign ended at 40 schools.", "40", (D(2024, 1, 1), D(2024, 12, 31))),
    ],
)  # fmt: skip
def test_the_change_and_a_count_keep_the_span(body: str, surface: str, span: tuple[date, date]) -> None:
    assert _read(body, published=D(2025, 4, 3))[surface][:2] == span


# --- The level a change reached over a span running to the report is today's ------------------

SINCE_2021 = "Since 2021, 640 billion tenge has gone into water projects. "


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        (SINCE_2021 + "Over the same period 8,000 km of pipes were replaced, which brought wear down to 41%.", "41%"),
        (SINCE_2021 + "Over the same period the share of treated sewage rose to 72%.", "72%"),
        (SINCE_2021 + "Over the same period the number of served villages grew to 6,100.", "6,100"),
    ],
)  # fmt: skip
def test_a_level_reached_over_a_span_to_the_report_is_todays(body: str, surface: str) -> None:
    assert _read(body)[surface][:2] == TODAY


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        # where something was brought is a count of the span, not a level
        (SINCE_2021 + "These funds brought piped water to 34 towns.", "34"),
        # a change by an amount stays the span's
        (SINCE_2021 + "Over the same period wear fell by 12%.", "12%"),
    ],
)
def test_a_count_reached_by_an_object_or_a_change_by_stays_the_spans(body: str, surface: str) -> None:
    assert _read(body)[surface][:2] == (D(2021, 1, 1), PUBLISHED)


# --- No figures: the base of a rate, a number named before, a category of families ---------------


@pytest.mark.parametrize(
    ("body", "not_a_figure"),
    [
        ("Every 1,000 residents should have 80 square metres of sports halls.", "1,000"),
        ("In 2023 these 12 polluters released 410,000 tons.", "12"),
        ("The benefit for a family with 5 children rose to 71,000 tenge.", "5"),
        ("Households with 3 or more children get 20,000 tenge a month.", "3"),
    ],
)
def test_rate_bases_repeated_numbers_and_family_categories_are_no_figures(
    body: str, not_a_figure: str
) -> None:
    units = _units(body)
    assert not_a_figure not in units
    assert len(units) >= 1  # the amount beside it is still read


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        ("Every year 300 schools open their doors.", "300"),
        ("Some 4,000 families with children received aid.", "4,000"),
        ("The fund paid 5 families with children 2 million tenge.", "5"),
    ],
)
def test_counts_near_those_words_stay_figures(body: str, surface: str) -> None:
    assert surface in _units(body)


def test_a_breakdown_after_these_and_a_comma_is_a_figure() -> None:
    assert "75,100" in _units("Some 128,000 tourists came. Of these, 75,100 came from Russia.")


# --- Under a rate set from January 1, the level it was raised from is last year's ---------------


def test_the_old_level_under_a_rate_set_from_january_first_is_last_years() -> None:
    read = _read(
        "From January 1, 2026, the minimum wage is going up. "
        "It has been raised from 85,000 tenge to 100,000 tenge a month.",
        published=D(2026, 1, 2),
    )
    assert read["85,000 tenge"][:2] == (D(2025, 1, 1), D(2025, 12, 31))
    assert read["100,000 tenge"][:2] == (D(2026, 1, 1), None)


def test_the_old_level_under_a_start_in_mid_year_is_left_alone() -> None:
    read = _read(
        "From July 1, 2025, the fee is going up. It has been raised from 2,000 tenge to 2,500 tenge.",
        published=D(2025, 7, 2),
    )
    assert read["2,000 tenge"][:2] != (D(2024, 1, 1), D(2024, 12, 31))


# --- The first end of a from-to written out in full borrows no scale ----------------------------


def test_a_first_end_written_in_full_borrows_no_scale() -> None:
    units = _units("The plan is to lift the beet harvest from 412,000 tons to 1.6 mln tons.")
    assert units["412,000 tons"] == (412_000, "tonne")


@pytest.mark.parametrize(
    ("body", "surface", "value"),
    [
        ("Output should rise from 1.5 to 2 million tons.", "1.5", 1_500_000),
        ("The plant will cost $550-$650 million.", "$550", 550_000_000),
    ],
)
def test_a_short_first_end_borrows_the_scale(body: str, surface: str, value: float) -> None:
    assert _units(body)[surface][0] == value
