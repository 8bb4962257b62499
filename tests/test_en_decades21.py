"""Decades as periods ("in the 1990s", "by the end of the 1980s", "since the 2000s"): a year
phrase never read them, so their figures took no period or the article's. Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface

PUBLISHED = date(2013, 6, 18)


@pytest.mark.parametrize(
    ("text", "surface", "period", "kind"),
    [
        (
            "In the 1990s farmers harvested up to 30 million tons.",
            "30 million tons",
            (date(1990, 1, 1), date(1999, 12, 31)),
            "actual",
        ),
        (
            "By the end of the 1980s, the annual catch was 80-90 thousand tons, with 40-45 thousand tons from the Ural basin.",
            "45 thousand tons",
            (None, date(1989, 12, 31)),
            "actual",
        ),
        (
            "Since the 2000s output has doubled to 5 million tons.",
            "5 million tons",
            (date(2000, 1, 1), PUBLISHED),
            "actual",
        ),
        (
            "In the early 2000s the plant employed 1,200 people.",
            "1,200",
            (date(2000, 1, 1), date(2003, 12, 31)),
            "actual",
        ),
    ],
)
def test_a_decade_dates_its_figures(text: str, surface: str, period: tuple, kind: str) -> None:
    found = figure_by_surface(text, surface, PUBLISHED, language="en")
    assert ((found.period_start, found.period_end), found.kind) == (period, kind)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Incidence fell 32% over the past two months.", (date(2024, 3, 13), date(2024, 5, 13))),
        ("Over the last three months, exports rose by 12%.", (date(2024, 2, 13), date(2024, 5, 13))),
        ("In the first two months, exports rose by 12%.", (date(2024, 1, 1), date(2024, 2, 29))),
    ],
)
def test_the_past_n_months_run_up_to_the_report(text: str, period: tuple) -> None:
    """ "over the past two months" rolls back from the report, as "over the past three years" does
    (FORMAT.md); "the first two months" still count from January."""
    found = figure_by_surface(text, "12%" if "12%" in text else "32%", date(2024, 5, 13), language="en")
    assert (found.period_start, found.period_end) == period


def test_last_years_in_the_possessive_after_a_multiple_is_its_base() -> None:
    """ "1.2 times last year's": the year measured against, not the figure's own (FORMAT.md)."""
    text = "In 2016 farmers brought in a record crop. Their gross harvest is 1.2 times last year's."
    found = figure_by_surface(text, "1.2 times", date(2016, 10, 11), language="en")
    assert found.period_start != date(2015, 1, 1)
    own = figure_by_surface(
        "Last year's harvest was 20 million tons.", "20 million tons", date(2016, 10, 11), language="en"
    )
    assert (own.period_start, own.period_end) == (date(2015, 1, 1), date(2015, 12, 31))


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        (
            "For the spring campaign, the government has allocated 52,200 tons of subsidised diesel.",
            "52,200 tons",
            (date(2025, 3, 1), date(2025, 5, 31)),
        ),
        (
            "The state has earmarked 140 billion tenge for this year's spring sowing campaign.",
            "140 billion tenge",
            (date(2025, 3, 1), date(2025, 5, 31)),
        ),
        ("This spring's floods damaged 400 homes in 2025.", "400", (date(2025, 1, 1), date(2025, 12, 31))),
    ],
)
def test_a_farm_campaign_dates_its_allotments_by_its_season(text: str, surface: str, period: tuple) -> None:
    """FORMAT.md: spring / "весенняя кампания" runs March to May."""
    found = figure_by_surface(text, surface, date(2025, 2, 21), language="en")
    assert (found.period_start, found.period_end) == period


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        (
            "Back in January the ministry said 400 billion tenge would go to road repairs this year.",
            "400 billion tenge",
            (date(2025, 1, 1), date(2025, 12, 31)),
        ),
        (
            "In August, the akim had reported 150.2 billion tenge of investment for January–July, including 120.7 billion tenge from private investors.",
            "120.7 billion tenge",
            (date(2025, 1, 1), date(2025, 7, 31)),
        ),
        ("In June, the ministry said exports rose 12%.", "12%", (date(2025, 6, 1), date(2025, 6, 30))),
    ],
)
def test_the_month_of_telling_dates_no_figure_with_a_span_of_its_own_or_ahead(
    text: str, surface: str, period: tuple
) -> None:
    found = figure_by_surface(text, surface, date(2025, 9, 17), language="en")
    assert (found.period_start, found.period_end) == period
