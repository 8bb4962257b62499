"""English error classes that recur across the blind-written sets (round en19), in other wordings.

Our own article-shaped texts, labelled by tests/realworld/FORMAT.md before the extractor ran
(published Tuesday 14 October 2025). Classes (0 = look-alikes that keep their reading):
  1. the other side of a comparison gives its period to no other figure: "X, against Y a month
     earlier" and "X (Y a month before)" date Y the month before X's; "(Y in July)" dates only the
     bracket's Y, while X before the bracket and Z after it keep the sentence's month.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.en_probe_reading import misses

D = date
P = D(2025, 10, 14)
JUL = (D(2025, 7, 1), D(2025, 7, 31))
AUG = (D(2025, 8, 1), D(2025, 8, 31))
SEP = (D(2025, 9, 1), D(2025, 9, 30))
Y24 = (D(2024, 1, 1), D(2024, 12, 31))
Y23 = (D(2023, 1, 1), D(2023, 12, 31))
Q3 = (D(2025, 7, 1), D(2025, 9, 30))

# (class, body, expected figures by the start of their surface, in order)
PROBES: list = [
    (
        1,
        "Monthly inflation was 0.7% in August, against 0.4% a month earlier.",
        [("0.7%", AUG, "actual"), ("0.4%", JUL, "actual")],
    ),
    (
        1,
        "The bank's share reached 4.8% in August (4.6% a month before).",
        [("4.8%", AUG, "actual"), ("4.6%", JUL, "actual")],
    ),
    (
        1,
        "In September deposits grew 1.2%, after 0.9% a month ago.",
        [("1.2%", SEP, "actual"), ("0.9%", AUG, "actual")],
    ),
    (
        1,
        "Inflation reached 8.6% in August. Services were the main driver, with prices up 14.5% year on "
        "year (13.8% in July).",
        [("8.6%", AUG, "actual"), ("14.5%", AUG, "actual"), ("13.8%", JUL, "actual")],
    ),
    (
        1,
        "In August banks held 92.9% of the market. Pawnshops came third with 2.1% (2% in July), while other "
        "lenders held 0.2%, up from 0.1%.",
        [("92.9%", AUG, "actual"), ("2.1%", AUG, "actual"), ("2%", JUL, "actual"), ("0.2%", AUG, "actual")],
    ),
    # look-alikes: a bracket that dates its own sentence, a bracket with its own year, a plain month
    (0, "Exports reached $2 billion (in the third quarter).", [("$2 billion", Q3, "actual")]),
    (
        0,
        "Output rose 5% in 2024 (12 million tonnes in 2023), the ministry said.",
        [("5%", Y24, "actual"), ("12 million", Y23, "actual")],
    ),
    (0, "Output grew 5% in August (in July, 4%).", [("5%", AUG, "actual"), ("4%", JUL, "actual")]),
    (0, "In August the index stood at 0.6%, the same as a month earlier.", [("0.6%", AUG, "actual")]),
]


@pytest.mark.parametrize(("cls", "body", "expected"), PROBES)
def test_recurring_class(cls: int, body: str, expected: list) -> None:
    assert misses(body, expected, P) == []
