"""Look-alikes of this session's English readers that must keep their reading (a probe of sentences
of our own, each labelled by FORMAT.md before any run, found these misread by the first versions
of the rules; the rules were narrowed until they read right)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface


@pytest.mark.parametrize(
    ("published", "text", "surface", "kind"),
    [
        # a flow split by destination is no money allotted
        (
            date(2025, 10, 20),
            "In January-September 2025 the region exported goods worth $2.5 billion. The bulk of the exports goes to two markets: China, with $1.2 billion, and Russia, with $0.6 billion.",
            "$1.2 billion",
            "actual",
        ),
        # "commit to" a price, or a share of GDP committed, undertakes no act
        (
            date(2025, 3, 5),
            "Last year, cooperatives that commit to fixed prices delivered 12,000 tonnes of vegetables.",
            "12,000 tonnes",
            "actual",
        ),
        # an estimate of what is still ahead keeps its outlook
        (
            date(2025, 6, 15),
            "According to preliminary estimates, this year's grain harvest is 22 million tonnes.",
            "22 million tonnes",
            "forecast",
        ),
        # an outcome expected, not a work scheduled
        (
            date(2025, 10, 1),
            "The company expects to finish 2025 with revenue of $500 million.",
            "$500 million",
            "forecast",
        ),
        # a pool of projects told done: its cost was spent
        (
            date(2025, 3, 1),
            "In 2024, a pool of 45 projects was implemented in the region. Their total cost is 210 billion tenge.",
            "210 billion tenge",
            "actual",
        ),
        # a work in operation is no work only begun
        (
            date(2025, 3, 1),
            "Construction of the second stage started this year, while the first stage, with a capacity of 100 MW, has been operating since 2021.",
            "100 MW",
            "actual",
        ),
        # a target exceeded is no goal of what was done
        (
            date(2025, 3, 1),
            "The final target of 5,000 km was exceeded: 5,300 km of roads were repaired in 2024.",
            "5,300 km",
            "actual",
        ),
        # a change to reach a level by a date is planned, not a multiple told done
        (
            date(2025, 3, 1),
            "The plan is for output to rise twofold to reach 2 million tonnes by 2027.",
            "2 million tonnes",
            "target",
        ),
    ],
)
def test_kind(published: date, text: str, surface: str, kind: str) -> None:
    assert figure_by_surface(text, surface, published, language="en").kind == kind


@pytest.mark.parametrize(
    ("published", "text", "surface", "period"),
    [
        # a share "of last year's" total is of that year
        (
            date(2025, 3, 1),
            "Education received 18% of last year's budget, or 1.2 trillion tenge.",
            "18%",
            (date(2024, 1, 1), date(2024, 12, 31)),
        ),
        # the month of telling dates the first thing told when that is done, whatever follows
        (
            date(2025, 10, 10),
            "In August, the akim reported that 85% of the harvest had been threshed and that 120 combines would arrive next week.",
            "85%",
            (date(2025, 8, 1), date(2025, 8, 31)),
        ),
        # when a thing was built dates no figure of it
        (
            date(2025, 11, 10),
            "The plant, built in the 1970s, produces 200,000 tonnes of cement a year.",
            "200,000 tonnes",
            (date(2025, 11, 10), date(2025, 11, 10)),
        ),
        # a list under a lead of a whole under a headline's year takes that year
        (
            date(2025, 2, 10),
            "Kazakhstan exported 10 million tonnes of grain in 2024.\nThe list of buyers includes:\n- Uzbekistan, 3.5 million tonnes;\n- Tajikistan, 1.2 million tonnes.",
            "3.5 million tonnes",
            (date(2024, 1, 1), date(2024, 12, 31)),
        ),
        # one plan, one year: no clause cut between two acts ahead
        (
            date(2025, 6, 10),
            "The akimat plans to build 12 schools for 7,200 pupils and is also set to open 5 clinics in 2026.",
            "7,200",
            (date(2026, 1, 1), date(2026, 12, 31)),
        ),
    ],
)
def test_period(published: date, text: str, surface: str, period: tuple) -> None:
    found = figure_by_surface(text, surface, published, language="en")
    assert (found.period_start, found.period_end) == period


def test_the_past_n_months_under_a_report_of_as_many_months_from_january_are_those_months() -> None:
    text = "Industry grew 6.3% in January-October 2025. Over the past ten months, manufacturing grew 7.2%."
    found = figure_by_surface(text, "7.2%", date(2025, 11, 14), language="en")
    assert (found.period_start, found.period_end) == (date(2025, 1, 1), date(2025, 10, 31))
