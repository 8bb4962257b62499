"""English phrasing classes of extractor +en7, each on sentences of our own with look-alikes
that must keep their old reading (see tests/test_periods_classes.py for the earlier classes)."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicator_record import Indicator
from etl.extract.indicators import extract_indicators

PUBLISHED = date(2025, 10, 20)
D = date


def _read(body: str, title: str = "", published: date = PUBLISHED) -> list[Indicator]:
    return extract_indicators(body, published, title=title, language="en")


def _units(body: str) -> list[tuple[str, float, str]]:
    return [(i.surface, i.value, i.unit) for i in _read(body)]


# --- Units the sentence leaves implicit ---------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Barley gave 18 centners on irrigated land.", [("18 centners", 18, "centner_per_hectare")]),
        (
            "Typical yields in the south were 31-34 quintals.",
            [("31", 31, "centner_per_hectare"), ("34 quintals", 34, "centner_per_hectare")],
        ),
    ],
)
def test_a_bare_centner_is_a_yield(body: str, expected: list[tuple[str, float, str]]) -> None:
    assert _units(body) == expected


def test_centners_of_a_crop_are_no_yield() -> None:
    ((surface, _, unit),) = _units("The cooperative sold 4 million centners of barley.")
    assert unit != "centner_per_hectare"


@pytest.mark.parametrize(
    ("body", "low"),
    [
        ("Diesel sold for 310 to 340 tenge per litre in the north.", ("310", 310, "KZT")),
        ("Each lot weighed 40 to 55 tonnes.", ("40", 40, "tonne")),
    ],
)
def test_the_low_end_of_a_range_takes_the_high_ends_unit(body: str, low: tuple[str, float, str]) -> None:
    assert _units(body)[0] == low


def test_a_number_far_below_the_next_figure_is_no_range_end() -> None:
    # "by 3 to 60,000 tonnes": a change of 3 and a new level, not the range 3..60,000
    found = _units("The quota was cut by 3 to 60,000 tonnes.")
    assert found[0][2] != "tonne"


@pytest.mark.parametrize(
    "body",
    [
        "Rice yields ranged from 40 to 62 centners per hectare this season.",
        "Rice yields varied from 40 to 62 centners per hectare this season.",
    ],
)
def test_a_spread_from_x_to_y_is_a_range_not_a_change(body: str) -> None:
    low, high = _read(body, published=D(2025, 10, 20))
    assert (low.role, high.role) == ("low", "high")
    assert low.period_start == high.period_start  # not last year's level, as "rose from 40 to 62" would be


def test_a_change_from_x_to_y_keeps_its_old_level() -> None:
    low, high = _read("Rice yields rose from 40 to 62 centners per hectare this year.")
    assert (low.role, high.role) == ("from", "to")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Kostanay farms threshed 14-16 centners per hectare, and the Mendykara farms about 19.",
            ["centner_per_hectare"] * 3,
        ),
        (
            "The first section runs 42 km, the second up to 57, and the third as much as 61.",
            ["km"] * 3,
        ),
    ],
)
def test_a_bare_number_ending_its_clause_repeats_the_measure_before_it(
    body: str, expected: list[str]
) -> None:
    assert [unit for _, _, unit in _units(body)] == expected


@pytest.mark.parametrize(
    "body",
    [
        "The district built 9 km of roads, and 14 bridges.",  # a counted noun of its own
        "A third of 270 hectares is sown, 35% of them with wheat, and the remaining 40, with barley.",
        "Output rose 4%, and 12 new plants opened.",
        "The plant repaired 30 km, while 900 were waiting.",  # far from the km figure's order
    ],
)
def test_counts_after_a_measure_stay_counts(body: str) -> None:
    found = _units(body)
    assert found[-1][2] == "count"


@pytest.mark.parametrize(
    "body",
    [
        "The reform should cut the wait from 45 to 25 days.",
        "Terms were extended to 10-15 years.",
        "Licences now run for 3 to 5 years.",
    ],
)
def test_the_first_end_of_a_range_of_durations_is_no_figure(body: str) -> None:
    assert _read(body) == []


def test_a_range_of_amounts_before_days_is_still_read() -> None:
    # "from 45 to 25 tenge a day": money, not a duration
    assert [i.surface for i in _read("The fee fell from 45 to 25 tenge a day.")] == ["45", "25 tenge"]


def test_a_scale_inside_a_compound_adjective_is_read() -> None:
    (figure,) = _read("Exports crossed the 3-million-ton mark in August.")
    assert (figure.value, figure.unit) == (3e6, "tonne")


def test_a_hyphenated_scale_without_a_unit_is_left_alone() -> None:
    assert [i.value for i in _read("Officials named it a 5-billion-dollar question.")] != [5e9]


# --- Spans written as a start and an end, or counted from the report ---------------------------


def _period(body: str, published: date = PUBLISHED) -> list[tuple[date | None, date | None]]:
    return [(i.period_start, i.period_end) for i in _read(body, published=published)]


@pytest.mark.parametrize(
    ("body", "span"),
    [
        (
            "From March 3, 2024 to January 10, 2025, the levy raised 420 million tenge.",
            (D(2024, 3, 3), D(2025, 1, 10)),
        ),
        (
            "From October 1, 2024 until March 31, 2025 the heating tariff stood at 6,100 tenge.",
            (D(2024, 10, 1), D(2025, 3, 31)),
        ),
        ("From May 5 until June 30 the depot shipped 40 tons.", (D(2025, 5, 5), D(2025, 6, 30))),
    ],
)
def test_a_start_and_the_day_that_ends_it_are_one_span(body: str, span: tuple[date, date]) -> None:
    assert _period(body) == [span]


def test_a_start_and_a_later_day_in_another_clause_stay_apart() -> None:
    rows = _period("From January 1, 2025, the rate is 5%, and on March 1, 2025 it was cut to 4%.")
    assert rows == [(D(2025, 1, 1), None), (D(2025, 3, 1), D(2025, 3, 1))]


@pytest.mark.parametrize(
    ("body", "span"),
    [
        ("Airlines must cut fuel use by 15% over the next four years.", (PUBLISHED, D(2029, 10, 20))),
        ("The city will open 30 clinics in the coming three years.", (PUBLISHED, D(2028, 10, 20))),
        ("Over the past three years, 75 clinics were opened.", (D(2022, 10, 20), PUBLISHED)),
    ],
)
def test_years_counted_from_the_report(body: str, span: tuple[date, date]) -> None:
    assert _period(body) == [span]


def test_a_duration_of_years_ahead_is_no_span_from_the_report() -> None:
    # "in three years' time" / "for five years" name how long, not which years
    assert _period("The plant will be repaid in three years' time, with 30 clinics built.")[0] != (
        PUBLISHED,
        D(2028, 10, 20),
    )


# --- A level of another year is a comparison base ----------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "That is 8.4% more than in 2023 and 31.5% above the pre-pandemic level of 2019.",
        "Passenger traffic was 14% below the level of 2019.",
        "Output returned to the level seen in 2021, growing 6.2%.",
    ],
)
def test_the_level_of_another_year_is_no_period_of_the_figure(sentence: str) -> None:
    title = "Almaty hosted 2.4 million visitors in 2024"
    body = "Almaty hosted 2.4 million visitors in 2024. " + sentence
    rows = [(i.period_start, i.period_end) for i in _read(body, title=title)]
    assert set(rows) == {(D(2024, 1, 1), D(2024, 12, 31))}


def test_a_year_with_a_figure_of_its_own_after_above_still_dates_it() -> None:
    body = "This year it will cover 700 km, well above last year, when works were done on 510 km."
    rows = _period(body)
    assert rows[1] == (D(2024, 1, 1), D(2024, 12, 31))


# --- A look back, then the report's own span again ---------------------------------------------

_LOOK_BACK_TITLE = "Kostanay region reports on January-June results"
_LOOK_BACK = (
    "In January-June 2025 the region's industrial output reached 900 billion tenge. "
    "Last year the region opened 11 clinics with 640 beds. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Under the clean-up campaign, 8,400 tons of waste have been collected.",
        "Volunteers have planted 52,000 trees in the region's parks.",
    ],
)
def test_a_present_perfect_after_a_look_back_is_the_reports_span(sentence: str) -> None:
    *_, last = _read(_LOOK_BACK + sentence, title=_LOOK_BACK_TITLE)
    assert (last.period_start, last.period_end) == (D(2025, 1, 1), D(2025, 6, 30))


def test_a_past_tense_after_a_look_back_stays_in_that_year() -> None:
    body = _LOOK_BACK + "Under the clean-up campaign, 8,400 tons of waste were collected."
    *_, last = _read(body, title=_LOOK_BACK_TITLE)
    assert (last.period_start, last.period_end) == (D(2024, 1, 1), D(2024, 12, 31))


def test_a_headline_reporting_on_a_span_sets_the_scope() -> None:
    (figure,) = _read("The region's retail sales reached 410 billion tenge.", title=_LOOK_BACK_TITLE)
    assert (figure.period_start, figure.period_end) == (D(2025, 1, 1), D(2025, 6, 30))


def test_a_change_on_a_year_is_still_a_base() -> None:
    (figure,) = _read("Retail sales rose 4.2% on 2024 in January-June.")
    assert (figure.period_start, figure.period_end) == (D(2025, 1, 1), D(2025, 6, 30))


# --- Kind words that name no plan or goal of the figure -----------------------------------------


def _kinds(body: str, title: str = "") -> list[str]:
    return [i.kind for i in _read(body, title=title)]


@pytest.mark.parametrize(
    "body",
    [
        "Some 41,000 pupils, or 12% of all planned places, still study in three shifts.",
        "Clinics handled 8,300 visits, or 96% of planned visits.",
        "About 3,100 residents wait more than 30 days to be connected to the grid.",
    ],
)
def test_a_planned_reference_or_a_wait_makes_no_plan(body: str) -> None:
    assert set(_kinds(body)) == {"actual"}


@pytest.mark.parametrize(
    "body",
    [
        "The planned 340 beds will open in March.",
        "A further 2,100 flats are to be built next year.",
    ],
)
def test_a_plan_before_the_figure_is_still_a_plan(body: str) -> None:
    assert _kinds(body) == ["plan"]


def test_expecting_a_measure_to_reach_a_level_is_a_forecast() -> None:
    assert _kinds("The ministry expects the share of renewables to reach 6% this year.") == ["forecast"]


def test_a_goal_to_reach_a_level_is_a_target() -> None:
    # a clause break: "expects" no longer speaks for "to reach"
    body = "The ministry expects growth, and its task is to reach 38% this year."
    assert _kinds(body) == ["target"]


def test_a_forecast_from_a_past_base_to_a_new_level_stays_a_forecast() -> None:
    body = (
        "A new smelter is expected to triple zinc output by 2030, from 120,000 tons in 2024 to 360,000 tons."
    )
    assert _kinds(body) == ["actual", "forecast"]


def test_a_target_from_a_past_base_stays_a_target() -> None:
    body = "The ministry aims to raise zinc output by 2030, from 120,000 tons in 2024 to 360,000 tons."
    assert _kinds(body) == ["actual", "target"]


# --- A forecast after the narrative's span is over ------------------------------------------------

_FIRST_QUARTER = "Chemical output grew by 3.1% in the first quarter of 2025, the ministry said."


def test_an_undated_forecast_takes_the_year_ahead_the_article_named() -> None:
    body = (
        _FIRST_QUARTER + " The ministry expects the industry to keep growing this year. "
        "Fertiliser output is projected to reach 2.6 million tons."
    )
    *_, last = _read(body, published=D(2025, 5, 12))
    assert (last.period_start, last.period_end, last.kind) == (D(2025, 1, 1), D(2025, 12, 31), "forecast")


def test_an_undated_forecast_with_nothing_ahead_named_stays_undated() -> None:
    body = _FIRST_QUARTER + " Fertiliser output is projected to reach 2.6 million tons."
    *_, last = _read(body, published=D(2025, 5, 12))
    assert (last.period_start, last.period_end) == (None, None)


def test_an_actual_figure_keeps_the_narratives_span() -> None:
    body = (
        _FIRST_QUARTER + " The ministry expects the industry to keep growing this year. "
        "Fertiliser output reached 610,000 tons."
    )
    *_, last = _read(body, published=D(2025, 5, 12))
    assert (last.period_start, last.period_end) == (D(2025, 1, 1), D(2025, 3, 31))


def test_a_forecast_from_a_starting_level_to_a_new_one_stays_a_forecast() -> None:
    body = "Cement output is forecast to go up in 2025, from 12.1 million tons to 12.9 million tons."
    assert [i.kind for i in _read(body, published=D(2025, 5, 12))] == ["actual", "forecast"]


def test_a_change_that_happened_from_a_level_to_another_is_actual() -> None:
    body = "Cement output went up in 2024, from 12.1 million tons to 12.9 million tons."
    assert _kinds(body) == ["actual", "actual"]


def test_a_budget_line_ahead_without_a_cue_is_a_plan() -> None:
    body = (
        "The regional budget narrows after that, to 512 billion tenge in 2027 and 498 billion tenge in 2028."
    )
    assert _kinds(body) == ["plan", "plan"]


def test_a_level_ahead_without_a_cue_or_budget_is_still_a_target() -> None:
    body = "Bringing coverage to 95% in 2027 and to 99% in 2028, the region closes the gap."
    assert _kinds(body) == ["target", "target"]


def test_now_dates_a_forecast_not_the_figure() -> None:
    body = (
        "This year's barley yields in the region ranged from 11 to 38 centners per hectare. "
        "Estimates now put the regional average at 19.5 centners."
    )
    *_, last = _read(body)
    assert (last.period_start, last.period_end, last.kind) == (D(2025, 1, 1), D(2025, 12, 31), "forecast")


def test_now_still_dates_a_present_level() -> None:
    body = (
        "This year's barley yields in the region ranged from 11 to 38 centners per hectare. "
        "Barley now sells for 61,000 tenge per ton."
    )
    *_, last = _read(body)
    assert (last.period_start, last.period_end) == (PUBLISHED, PUBLISHED)


# --- Present words that do not make the figure today's -----------------------------------------

_SEVEN_MONTHS = "Kazakhstan mined 61.2 million tonnes of coal in January-July 2025. "


def test_still_before_a_past_tense_is_even_so() -> None:
    body = _SEVEN_MONTHS + "The two largest pits still delivered 31.4 million tonnes."
    *_, last = _read(body, published=D(2025, 8, 14))
    assert (last.period_start, last.period_end) == (D(2025, 1, 1), D(2025, 7, 31))


def test_still_before_a_present_is_the_present() -> None:
    body = _SEVEN_MONTHS + "The two largest pits still employ 9,200 miners."
    *_, last = _read(body, published=D(2025, 8, 14))
    assert (last.period_start, last.period_end) == (D(2025, 8, 14), D(2025, 8, 14))


def test_a_present_word_after_the_next_figure_of_the_breakdown_is_that_figures() -> None:
    body = (
        "Since its launch in March 2024, the hotline has received 9,240 calls; "
        "8,870 of them have been answered and 370 are still being checked."
    )
    rows = {i.surface: (i.period_start, i.period_end) for i in _read(body)}
    assert rows["8,870"] == (D(2024, 3, 1), PUBLISHED)
    assert rows["370"] == (PUBLISHED, PUBLISHED)


def test_a_present_word_for_one_subject_with_two_figures_dates_both() -> None:
    body = "Another 70 clinics for 9,000 patients are being built. Of these, 41 clinics with 5,300 beds are already open."
    rows = [(i.period_start, i.period_end) for i in _read(body)][2:]
    assert rows == [(PUBLISHED, PUBLISHED)] * 2


def test_over_the_same_period_after_a_year_and_today_runs_from_that_year_to_today() -> None:
    body = (
        "In 2022, only 81% of villages had gas. Today coverage stands at 93%. "
        "Over the same period, 4,100 km of pipelines were laid."
    )
    *_, last = _read(body)
    assert (last.period_start, last.period_end) == (D(2022, 1, 1), PUBLISHED)


def test_over_the_same_period_after_a_span_is_that_span() -> None:
    body = "In January-September 2025, 2,600 km of pipelines were laid. Over the same period, 310 villages got gas."
    *_, last = _read(body)
    assert (last.period_start, last.period_end) == (D(2025, 1, 1), D(2025, 9, 30))


@pytest.mark.parametrize(
    "sentence",
    [
        "The number is 14,200, or 4.1%, higher than in 2023.",
        "The total tops the previous record year of 2014 by 3,900 births.",
    ],
)
def test_a_present_tense_comparison_with_a_year_is_the_articles_span(sentence: str) -> None:
    body = "Kazakhstan registered 401,000 births in 2024, the bureau said. " + sentence
    *_, last = _read(body, title="Births hit a record in 2024", published=D(2025, 2, 14))
    assert (last.period_start, last.period_end) == (D(2024, 1, 1), D(2024, 12, 31))


def test_a_present_level_without_a_comparison_is_today() -> None:
    body = "Kazakhstan registered 401,000 births in 2024, the bureau said. The population is 20.3 million."
    *_, last = _read(body, title="Births hit a record in 2024", published=D(2025, 2, 14))
    assert (last.period_start, last.period_end) == (D(2025, 2, 14), D(2025, 2, 14))


# --- The value of a comparison's base --------------------------------------------------------------

_H1 = "Kazakhstan registered 187,400 marriages in January-June 2025. "


@pytest.mark.parametrize(
    "sentence",
    [
        "That is 3.2% fewer than in the first half of 2024, when 193,600 couples married.",
        "Divorces fell 1.1% against January-June 2024 (41,800).",
    ],
)
def test_a_value_right_after_a_base_period_is_the_bases(sentence: str) -> None:
    *_, last = _read(_H1 + sentence, published=D(2025, 8, 11))
    assert (last.period_start, last.period_end) == (D(2024, 1, 1), D(2024, 6, 30))


def test_a_when_clause_after_a_period_of_its_own_keeps_it() -> None:
    body = _H1 + "Most weddings were held in June 2025, when 41,800 couples married."
    *_, last = _read(body, published=D(2025, 8, 11))
    assert (last.period_start, last.period_end) == (D(2025, 6, 1), D(2025, 6, 30))


@pytest.mark.parametrize(
    "sentence",
    [
        "Turkestan region reached 131.5% of the previous year's level.",
        "Turkestan region reached 131.5% of 2024's figure.",
    ],
)
def test_a_share_of_another_years_level_is_the_articles_span(sentence: str) -> None:
    *_, last = _read(_H1 + sentence, published=D(2025, 8, 11))
    assert (last.period_start, last.period_end) == (D(2025, 1, 1), D(2025, 6, 30))


def test_the_previous_year_as_a_figures_own_period_still_dates_it() -> None:
    *_, last = _read(
        _H1 + "In the previous year the region registered 4,900 marriages.", published=D(2025, 8, 11)
    )
    assert last.period_start is not None and last.period_start.year == 2024


# --- "that year", the middle of a year, participles, fee multiples ------------------------------


def test_by_the_middle_of_that_year_is_the_year_named_before() -> None:
    body = "In 2022 the region spent 12 billion tenge on the bridge; by the middle of that year 4,300 tons of steel had been laid."
    *_, last = _read(body)
    assert (last.period_start, last.period_end) == (None, D(2022, 6, 30))


def test_by_the_middle_of_a_year_is_its_june() -> None:
    (figure,) = _read("By the middle of 2027, 52 new buses will run on the route.")
    assert (figure.period_start, figure.period_end) == (None, D(2027, 6, 30))


def test_by_the_end_of_a_year_is_still_its_december() -> None:
    (figure,) = _read("By the end of 2027, 52 new buses will run on the route.")
    assert (figure.period_start, figure.period_end) == (None, D(2027, 12, 31))


def test_a_participle_with_its_agent_is_no_past_tense() -> None:
    body = "Some 2,300 clinics opened in January-September 2025. The country has 7,900 clinics, visited by about 40 million patients."
    *_, last = _read(body)
    assert (last.period_start, last.period_end) == (PUBLISHED, PUBLISHED)


def test_a_passive_past_with_its_agent_is_still_past() -> None:
    body = "Some 2,300 clinics opened in January-September 2025. The clinics were visited by about 40 million patients."
    *_, last = _read(body)
    assert (last.period_start, last.period_end) == (D(2025, 1, 1), D(2025, 9, 30))


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("The fine for littering is 20 MCI.", 20),
        ("The daily fee was set at 0.5 of the monthly calculation index.", 0.5),
    ],
)
def test_a_multiple_of_the_calculation_index_is_no_count(body: str, value: float) -> None:
    (figure,) = _read(body)
    assert (figure.value, figure.unit) == (value, "other")


def test_now_right_after_a_figures_noun_is_that_figures() -> None:
    body = (
        "Some 2,300 clinics opened in January-September 2025. "
        "Mobile care has grown, with up to 410 visits a week now made on 36 routes."
    )
    *_, before, last = _read(body)
    assert (before.period_start, before.period_end) == (PUBLISHED, PUBLISHED)
    assert (last.period_start, last.period_end) == (PUBLISHED, PUBLISHED)


def test_now_after_and_belongs_to_the_figure_after_it() -> None:
    body = "Some 2,300 clinics opened in January-September 2025. The network expanded to 410 clinics and now employs 36 mobile teams."
    *_, before, last = _read(body)
    assert (before.period_start, before.period_end) == (D(2025, 1, 1), D(2025, 9, 30))
    assert (last.period_start, last.period_end) == (PUBLISHED, PUBLISHED)


@pytest.mark.parametrize(
    "body",
    [
        "Bridge works started last year will go on along 310 km this season.",
        "Projects launched in 2024 will continue on 310 km this season.",
    ],
)
def test_a_date_a_thing_started_is_no_period_of_its_figures(body: str) -> None:
    (figure,) = _read(body, title="Road works to cover 9,000 km in 2025")
    assert (figure.period_start, figure.period_end) == (D(2025, 1, 1), D(2025, 12, 31))


def test_a_past_verb_with_its_date_still_dates_the_figure() -> None:
    (figure,) = _read(
        "Bridge works started last year on 310 km.", title="Road works to cover 9,000 km in 2025"
    )
    assert (figure.period_start, figure.period_end) == (D(2024, 1, 1), D(2024, 12, 31))


_EIGHT_MONTHS = "Industrial output grew by 4.4% in January-August 2025. "


def test_growth_by_the_end_of_a_later_month_runs_from_the_spans_start() -> None:
    body = (
        _EIGHT_MONTHS + "By the end of September, chemicals are expected to grow by 8.2% and textiles by 3%."
    )
    rows = [(i.period_start, i.period_end, i.is_change) for i in _read(body, published=D(2025, 9, 15))][1:]
    assert rows == [(D(2025, 1, 1), D(2025, 9, 30), True)] * 2


def test_a_level_by_the_end_of_a_later_month_stays_a_deadline() -> None:
    body = _EIGHT_MONTHS + "By the end of September, chemical output is expected to reach 610,000 tons."
    *_, last = _read(body, published=D(2025, 9, 15))
    assert (last.period_start, last.period_end) == (None, D(2025, 9, 30))


def test_a_gapped_figure_after_a_level_is_no_change() -> None:
    body = "Chemicals reached 610,000 tons and textiles, by contrast, 95,000 tons."
    assert [i.is_change for i in _read(body)] == [False, False]


# --- Look-alikes the new readings must leave alone -----------------------------------------------


def test_a_change_by_a_number_to_a_level_is_no_range() -> None:
    change, level = _read("Output rose by 10 to 95 tons.")
    assert (change.unit, change.is_change, change.role) == ("count", True, None)
    assert level.unit == "tonne"


def test_a_verb_after_and_makes_no_gapped_change() -> None:
    *_, last = _read("Prices went up 2.1% and were followed by 30 trucks.")
    assert not last.is_change


@pytest.mark.parametrize("phrase", ["up 4% on 2024", "an increase of 4% on 2024", "4% more on 2024"])
def test_a_change_on_a_year_keeps_it_a_base(phrase: str) -> None:
    *_, change = _read(f"Exports reached 61 billion dollars in January-June 2025, {phrase}.")
    assert (change.period_start, change.period_end) == (D(2025, 1, 1), D(2025, 6, 30))


def test_planned_after_a_word_is_still_a_plan() -> None:
    assert _kinds("Workers began the repair of planned 12 km of road.") == ["plan"]


def test_before_a_year_ends_the_year_before() -> None:
    *_, base = _read("Seed renewal reached 35% in 2024, compared with 19% before 2022.")
    assert (base.period_start, base.period_end) == (None, D(2021, 12, 31))


def test_in_a_year_after_before_something_is_that_year() -> None:
    # "before" that is no preposition of the year: the year is its own
    (figure,) = _read("Before the reform, in 2021 the plant produced 300 tons.")
    assert (figure.period_start, figure.period_end) == (D(2021, 1, 1), D(2021, 12, 31))
