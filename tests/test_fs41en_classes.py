"""English forms met on the fresh development set d41 at first sight (+fs41en): our own sentences,
labelled by tests/realworld/FORMAT.md before the reader ran, each with look-alikes that keep
their reading."""

from __future__ import annotations

from datetime import date as D

import pytest

from tests.figure_lookup import figure_by_surface

P = D(2024, 5, 29)


def _kind(body: str, surface: str, published: D = P) -> str:
    return figure_by_surface(body, surface, published, language="en").kind


# --- the jobs and capacity of projects under way are plan, whatever "will" says ---------------


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        (
            "The development fund is now financing a dairy complex that will create 140 jobs in the "
            "Kostanay Region.",
            "140",
            "plan",
        ),
        ("A glass factory that will employ about 380 workers is being built near Turkestan.", "380", "plan"),
        ("Two new hospitals are under construction in Aktobe; they will create 900 jobs.", "900", "plan"),
        (
            "Among the projects the agency is funding is a fertiliser plant with a capacity of "
            "1.2 million tons that will open 600 jobs.",
            "600",
            "plan",
        ),
        (
            "The holding is now financing a brick works that will create 250 jobs and have a capacity "
            "of 60 million bricks a year.",
            "60 million",
            "plan",
        ),
        # look-alikes: a plant on its own, an outcome a speaker expects, a change of a measure
        ("The new glass factory will create 380 jobs in the region.", "380", "forecast"),
        (
            "The bank is financing small firms, which will create 3,000 jobs this year, the minister expects.",
            "3,000",
            "forecast",
        ),
        ("Exports will grow by 5% in 2025 as the state is financing new plants.", "5%", "forecast"),
    ],
)
def test_jobs_of_projects_under_way_are_plan(body: str, surface: str, expected: str) -> None:
    assert _kind(body, surface) == expected
