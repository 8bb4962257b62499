"""English classes the first sight of dev set d31 (fs31en) showed. Sentences are our own, several
per class; each class keeps look-alikes that must not move."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators

PUBLISHED = date(2025, 6, 17)


def _read(
    body: str, title: str = "", published: date = PUBLISHED
) -> dict[str, tuple[str | None, str | None, str]]:
    return {
        i.surface: (
            i.period_start.isoformat() if i.period_start else None,
            i.period_end.isoformat() if i.period_end else None,
            i.kind,
        )
        for i in extract_indicators(body, published, title=title, language="en")
    }


# --- "since the start of this year through May": the span ends with that month ----------------


@pytest.mark.parametrize(
    ("sentence", "surface", "span"),
    [
        ("Since the beginning of this year through May, cement output has grown by 4.2%.", "4.2%",
         ("2025-01-01", "2025-05-31")),
        ("From the start of the year through April, exporters shipped 1.9 million tons of flour.",
         "1.9 million tons", ("2025-01-01", "2025-04-30")),
        ("From the beginning of the year to the end of May, banks issued 310 billion tenge in car loans.",
         "310 billion tenge", ("2025-01-01", "2025-05-31")),
        # after a look-back year in the same sentence: "this year" is the publication's
        ("The sector's share reached 12.3% in 2024, and since the start of this year through May "
         "it has expanded by 3.8%.", "3.8%", ("2025-01-01", "2025-05-31")),
    ],
)  # fmt: skip
def test_a_year_to_date_closed_by_a_month_ends_with_that_month(
    sentence: str, surface: str, span: tuple[str, str]
) -> None:
    assert _read(sentence)[surface][:2] == span


def test_a_year_to_date_closed_by_a_day_keeps_the_day() -> None:
    read = _read("From the beginning of the year to April 1, farmers sold 90,000 tons of wheat.")
    assert read["90,000 tons"][:2] == ("2025-01-01", "2025-04-01")


def test_a_bare_year_to_date_still_runs_to_the_report() -> None:
    read = _read("Since the beginning of the year, farmers have sold 90,000 tons of wheat.")
    assert read["90,000 tons"][:2] == ("2025-01-01", "2025-06-17")


# --- "consumption over four months" in a February report: a duration, not last year's months -----


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("The reserve norm equals 25% of the city's demand over three months.", "25%"),
        ("Each warehouse must keep a stock equal to 40% of sales over five months.", "40%"),
        ("Stocks in the country stand at 120%. The norm is 30% of consumption over four months.", "30%"),
    ],
)
def test_a_count_of_months_long_over_is_a_duration(sentence: str, surface: str) -> None:
    start = _read(sentence, published=date(2024, 2, 12))[surface][0]
    assert start is None or start.startswith("2024-02")  # not last year's first months


def test_a_present_norm_over_months_is_at_publication() -> None:
    read = _read(
        "The reserve norm equals 25% of the city's demand over three months.", published=date(2024, 2, 12)
    )
    assert read["25%"][:2] == ("2024-02-12", "2024-02-12")


def test_a_count_of_months_just_over_is_still_last_years_report() -> None:
    read = _read(
        "In eleven months, the railway carried 260 million tons of freight.", published=date(2024, 1, 15)
    )
    assert read["260 million tons"][:2] == ("2023-01-01", "2023-11-30")


def test_a_count_of_months_this_year_is_the_report_span() -> None:
    read = _read(
        "In four months, the railway carried 96 million tons of freight.", published=date(2024, 5, 20)
    )
    assert read["96 million tons"][:2] == ("2024-01-01", "2024-04-30")


# --- "X in 2023, up 4.1% from Y in 2022, while Z ...": the change and the rest keep 2023 ----------


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Miners extracted 96.4 million tons of coal in 2023, up 2.7% from 93.9 million tons in 2022.", "2.7%"),
        ("Retail sales came to 19.2 trillion tenge in 2023, up 5.1% from 18.3 trillion tenge in 2022, "
         "while online sales reached 2.6 trillion tenge.", "2.6 trillion tenge"),
        ("Retail sales came to 19.2 trillion tenge in 2023, up 5.1% from 18.3 trillion tenge in 2022, "
         "while online sales reached 2.6 trillion tenge.", "5.1%"),
    ],
)  # fmt: skip
def test_figures_after_a_dated_base_keep_the_sentences_reported_year(sentence: str, surface: str) -> None:
    assert _read(sentence)[surface][:2] == ("2023-01-01", "2023-12-31")


def test_the_base_keeps_its_own_year() -> None:
    read = _read(
        "Miners extracted 96.4 million tons of coal in 2023, up 2.7% from 93.9 million tons in 2022."
    )
    assert read["93.9 million tons"][:2] == ("2022-01-01", "2022-12-31")


def test_a_change_from_a_dated_old_level_with_no_reported_year_stays_undated() -> None:
    read = _read("The share fell from 57% in 2022 to 52%.")
    assert read["52%"][:2] == (None, None)


# --- "As of June, ..." and "... at that time": a month's first day, and the same day again ---------


@pytest.mark.parametrize(
    ("sentence", "surface", "day"),
    [
        ("As of June, 74.5 billion tenge had been spent on the programme.", "74.5 billion tenge", "2025-06-01"),
        ("As of March, the fund held 3.1 trillion tenge.", "3.1 trillion tenge", "2025-03-01"),
        ("As of September 2024, 48 kindergartens had been opened.", "48", "2024-09-01"),
    ],
)  # fmt: skip
def test_a_stock_as_of_a_month_is_that_months_first_day(sentence: str, surface: str, day: str) -> None:
    assert _read(sentence, published=date(2025, 12, 30))[surface][:2] == (day, day)


@pytest.mark.parametrize(
    ("sentence", "surface", "day"),
    [
        ("As of June, 74.5 billion tenge had been spent, and 280 clinics had already opened at that time.",
         "280", ("2025-06-01", "2025-06-01")),
        ("In 2023 the fund paid out 5 billion tenge, and by then 1,200 families had received help.",
         "1,200", ("2023-01-01", "2023-12-31")),
    ],
)  # fmt: skip
def test_at_that_time_points_back_to_the_period_named_before(
    sentence: str, surface: str, day: tuple[str, str]
) -> None:
    assert _read(sentence, published=date(2025, 12, 30))[surface][:2] == day


def test_already_without_a_pointer_back_is_still_the_report() -> None:
    read = _read("Some 120 new aircraft seats have already been installed.")
    assert read["120"][:2] == ("2025-06-17", "2025-06-17")


# --- "7 of them, which are now under construction": "now" in a which-clause on the figure ---------


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        ("Another 90 schools will be commissioned by the end of 2025. Shymkent accounts for 11 of them, "
         "which are now under construction.", "11"),
        ("The programme covers 40 clinics by the end of 2025. The region has 12 new clinics, "
         "which are already open.", "12"),
    ],
)  # fmt: skip
def test_now_in_a_which_clause_on_the_figure_dates_a_present_figure(body: str, surface: str) -> None:
    assert _read(body)[surface][:2] == ("2025-06-17", "2025-06-17")


def test_now_in_a_which_clause_does_not_date_a_past_figure() -> None:
    read = _read(
        "Exports reached 2.1 million tons in 2024. Wheat made up 1.5 million tons, which is now a record."
    )
    assert read["1.5 million tons"][:2] == ("2024-01-01", "2024-12-31")


def test_still_in_a_later_contrasting_clause_still_does_not_date_the_figure() -> None:
    body = (
        "Airlines carried 4.2 million passengers in January-April 2024. "
        "Domestic routes took the bulk, 3.1 million, with the rest on foreign routes, which still "
        "make up a small part of traffic."
    )
    assert _read(body)["3.1 million"][:2] == ("2024-01-01", "2024-04-30")


# --- "nearly one million residents will be able to ...": who gains is an expected outcome ----------


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("When the pipeline is finished, 40,000 households will be able to use gas.", "40,000"),
        ("After the bridge opens, about 12,000 vehicles will be able to cross the river every day.", "12,000"),
        ("Once the new wards are staffed, some 2,500 patients a year will be able to get treatment locally.",
         "2,500"),
    ],
)  # fmt: skip
def test_those_who_will_be_able_to_are_a_forecast(sentence: str, surface: str) -> None:
    assert _read(sentence)[surface][2] == "forecast"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("From July, entrepreneurs will be able to borrow up to 5 million tenge.", "5 million tenge"),
        ("The plant will be able to process 300,000 tons of grain a year.", "300,000 tons"),
    ],
)
def test_what_someone_will_be_able_to_do_with_an_amount_stays_a_plan(sentence: str, surface: str) -> None:
    assert _read(sentence)[surface][2] == "plan"


# --- "61 projects in the implementation stage with a total value of ...": their worth is plan -------


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("The region currently has 35 industrial projects in the implementation stage with a total value "
         "of 210 billion tenge.", "210 billion tenge"),
        ("There are 25 projects at the implementation phase worth a total of 300 billion tenge.",
         "300 billion tenge"),
        ("Twelve logistics centres with a total cost of 80 billion tenge are at the construction stage.",
         "80 billion tenge"),
    ],
)  # fmt: skip
def test_the_worth_of_projects_at_a_stage_under_way_is_plan(sentence: str, surface: str) -> None:
    assert _read(sentence)[surface][2] == "plan"


def test_the_count_of_projects_at_a_stage_under_way_stays_actual() -> None:
    read = _read(
        "The region currently has 35 industrial projects in the implementation stage with a total value "
        "of 210 billion tenge."
    )
    assert read["35"][2] == "actual"


# --- "the 360 MW station in Semey was put at 518 billion tenge": the size of a valued project ------


@pytest.mark.parametrize(
    ("sentence", "surface", "span"),
    [
        ("Under the programme, the 450 MW station near Ekibastuz was put at 390 billion tenge.", "450 MW",
         (None, None)),
        ("The 80 km pipeline in Mangystau was estimated at 60 billion tenge.", "80 km", (None, None)),
        ("In Taraz, the new 120 MW plant is valued at 95 billion tenge.", "120 MW", ("2025-06-17", "2025-06-17")),
    ],
)  # fmt: skip
def test_the_size_of_a_project_valued_at_an_estimate_is_plan(
    sentence: str, surface: str, span: tuple[str | None, str | None]
) -> None:
    assert _read(sentence)[surface] == (*span, "plan")


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("The 240 MW plant produced 1.2 billion kWh last year.", "240 MW"),
        ("The 50 MW solar park, built in 2019, is valued at 30 billion tenge.", "50 MW"),
    ],
)
def test_the_size_of_a_working_plant_stays_actual(sentence: str, surface: str) -> None:
    assert _read(sentence)[surface][2] == "actual"
