"""A level a plan moves a measure to by a date, and the step it moves by, are goals (FORMAT.md:
target, "must reach by 2029"); the same level from a date on, or with no date, stays a plan.
Sentences of our own (etl/extract/levels_to_reach.py)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface

PUBLISHED = date(2025, 3, 12)


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("The dry port plans to lift its throughput to 600,000 TEU a year by 2028.", "600,000 TEU", "target"),
        (
            "The ministry intends to raise wind and solar output by 30%, to 12 billion kWh, by 2030.",
            "30%",
            "target",
        ),
        (
            "The ministry intends to raise wind and solar output by 30%, to 12 billion kWh, by 2030.",
            "12 billion kWh",
            "target",
        ),
        ("Network wear is planned to be brought down to 45% by the end of 2029.", "45%", "target"),
        # a rate from a date on is a scheduled deed, not a goal
        ("The minimum wage will be raised to 90,000 tenge from January 1, 2026.", "90,000 tenge", "plan"),
    ],
)
def test_level_to_reach(text: str, surface: str, kind: str) -> None:
    assert figure_by_surface(text, surface, PUBLISHED, language="en").kind == kind
