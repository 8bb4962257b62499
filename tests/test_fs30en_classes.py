"""English forms found wrong at first sight of the blind sets h30/h31 (+fs30en): our own
sentences, labelled by tests/realworld/FORMAT.md before the reader ran, each with look-alikes
that keep their reading."""

from __future__ import annotations

from datetime import date as D

import pytest

from tests.figure_lookup import figure_by_surface, span, surfaces

P = D(2024, 5, 6)
TODAY = (P, P)
LAST_YEAR = (D(2023, 1, 1), D(2023, 12, 31))
PAST = "Last year, the resorts hosted more than 640,000 visitors.\n"


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        # the plural "range" / "vary" (a participle before it is no past tense of the clause)
        ("Subsidised ski passes range from 9,000 to 14,000 tenge.", "14,000 tenge"),
        ("Regulated tariffs vary from 12 to 19 tenge per kWh.", "19 tenge"),
        # "of the total" with the whole's own noun after it: a standing share, not a share of a
        # total counted last year
        ("Aktau accounts for 40% of the total cargo flow.", "40%"),
        ("Shymkent, the south's main hub, receives about 30% of the total transit cargo.", "30%"),
        # the subject's verb after a share that restates it
        ("Some 2.1 million people, or 11% of the population, live in mountain villages.", "2.1 million"),
        ("Some 2.1 million people, or 11% of the population, live in mountain villages.", "11%"),
        ("About 64,000 doctors, or 38% of all medics, work in rural clinics.", "64,000"),
    ],
)
def test_a_present_state_after_a_past_year_stands_now(body: str, surface: str) -> None:
    assert span(figure_by_surface(PAST + body, surface, P)) == TODAY


@pytest.mark.parametrize(
    ("body", "surface", "want"),
    [
        # a share of a total named before is counted when the total was
        ("Foreign guests account for 18% of the total.", "18%", LAST_YEAR),
        # "live" as an adjective, and a restated subject whose verb tells a deed
        ("Infant mortality was 7.1 per 1,000 live births: 1,390 babies died.", "1,390", LAST_YEAR),
        ("In 2023, 2,100 pupils, or 30% of graduates, went abroad to study.", "2,100", LAST_YEAR),
        # a year of its own is kept
        ("Last year, Shymkent received about 30% of all transit cargo.", "30%", LAST_YEAR),
    ],
)
def test_present_state_look_alikes_keep_their_reading(
    body: str, surface: str, want: tuple[D | None, D | None]
) -> None:
    assert span(figure_by_surface(PAST + body, surface, P)) == want


AUG = D(2024, 8, 19)


@pytest.mark.parametrize(
    ("body", "surface", "want"),
    [
        (
            "Last year, 14 new hotels opened in the region.\nIn January-June, retail sales grew by 6.1%.",
            "6.1%",
            (D(2024, 1, 1), D(2024, 6, 30)),
        ),
        (
            "In 2023, the district built 9 schools.\nOver the first seven months, 412 flats were handed over.",
            "412",
            (D(2024, 1, 1), D(2024, 7, 31)),
        ),
        (
            "Exports reached $3 billion last year. In the first half of the year, they rose by 4%.",
            "4%",
            (D(2024, 1, 1), D(2024, 6, 30)),
        ),
    ],
)
def test_a_yearless_span_over_this_year_after_last_year_is_this_years(
    body: str, surface: str, want: tuple[D, D]
) -> None:
    assert span(figure_by_surface(body, surface, AUG)) == want


@pytest.mark.parametrize(
    ("body", "surface", "want", "published"),
    [
        # told in February, January-June of this year is still ahead: last year's
        (
            "Last year, 14 new hotels opened.\nIn January-June, retail sales grew by 6.1%.",
            "6.1%",
            (D(2023, 1, 1), D(2023, 6, 30)),
            D(2024, 2, 10),
        ),
        # a span not opening its sentence keeps the year the paragraph is on
        (
            "Last year, 14 new hotels opened. Retail sales grew by 6.1% in January-June.",
            "6.1%",
            (D(2023, 1, 1), D(2023, 6, 30)),
            AUG,
        ),
        # a year of its own is kept
        (
            "Last year, 14 new hotels opened.\nIn January-June 2023, retail sales grew by 6.1%.",
            "6.1%",
            (D(2023, 1, 1), D(2023, 6, 30)),
            AUG,
        ),
    ],
)
def test_yearless_span_look_alikes_keep_their_reading(
    body: str, surface: str, want: tuple[D, D], published: D
) -> None:
    assert span(figure_by_surface(body, surface, published)) == want


JAN = D(2025, 2, 3)


@pytest.mark.parametrize(
    "body",
    [
        "Of the 4.1 million residents, 1.6 million were younger than 18 and 0.5 million older than 63.",
        "Some 39% of voters were younger than 30, 44% were between 30 and 60, and 17% were older than 60.",
    ],
)
def test_ages_told_by_younger_or_older_than_are_no_figures(body: str) -> None:
    assert not {"18", "63", "30", "60"} & set(surfaces(body, JAN))


def test_an_age_band_look_alike_keeps_its_counts() -> None:
    # no ages told in the sentence: "between 25 and 65 firms" counts firms
    assert {"25", "65"} <= set(surfaces("Between 25 and 65 firms applied for the grants.", JAN))


@pytest.mark.parametrize(
    ("body", "surface", "value"),
    [
        ("Life expectancy rose from 71.4 years in 2022 to 74.2 years in 2024.", "74.2 years", 74.2),
        ("In 2023, life expectancy at birth reached 75.1 years, the ministry said.", "75.1 years", 75.1),
        ("Healthy life expectancy is 64 years for men.", "64 years", 64.0),
    ],
)
def test_life_expectancy_in_years_is_a_figure(body: str, surface: str, value: float) -> None:
    figure = figure_by_surface(body, surface, JAN)
    assert (figure.value, figure.unit) == (value, "other")


def test_a_duration_beside_life_expectancy_stays_a_duration() -> None:
    body = "Life expectancy reached 74.4 years in 2023, and mortgages are given for 30 years."
    assert "30 years" not in surfaces(body, JAN)
