"""Money a budget allots for a span still running or to come is planned (FORMAT.md); money of a
span over, or told as spent, keeps its past. Sentences of our own, in the forms of budget reporting
(etl/extract/allotted_money.py)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface

PUBLISHED = date(2025, 11, 20)


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        (
            "In next year's budget, healthcare is allotted 2.1 trillion tenge, or 12.4%.",
            "2.1 trillion tenge",
            "plan",
        ),
        ("In next year's budget, healthcare is allotted 2.1 trillion tenge, or 12.4%.", "12.4%", "plan"),
        (
            "This year the regional programme earmarks more than $210 million for new buses.",
            "$210 million",
            "plan",
        ),
        (
            "This year the special fund has channelled 3.1 billion tenge into the repair of two district hospitals.",
            "3.1 billion tenge",
            "plan",
        ),
        (
            "Under the 2026 budget law, the deficit is capped at 4.1 trillion tenge.",
            "4.1 trillion tenge",
            "plan",
        ),
        # a year over, or money told as spent, happened
        ("In 2023 healthcare was allotted 1.7 trillion tenge.", "1.7 trillion tenge", "actual"),
        (
            "This year the special fund has channelled 3.1 billion tenge into the repair of two hospitals, "
            "and both have been completed.",
            "3.1 billion tenge",
            "actual",
        ),
    ],
)
def test_allotted_money(text: str, surface: str, kind: str) -> None:
    assert figure_by_surface(text, surface, PUBLISHED, language="en").kind == kind
