"""A present state with a verb of giving or going ("contribute", "offers", "go", "run", "save",
"account for") after a lead that dates a year is the state at publication (FORMAT.md: a
present-tense state with no date of its own), as "totals" or "employs" already was; the same verbs
after a modal keep the plan's year. Sentences of our own, labelled before the extractor ran."""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface

PUBLISHED = date(2024, 3, 13)
LEAD = "In 2023 renewable output grew 8%. "


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Small hydropower plants contribute 280 MW and bioenergy plants 1.8 MW.", "280 MW"),
        ("Another 36 routes go to China and eight to Kyrgyzstan.", "36"),
        ("More than 100 flights a week run between the two cities.", "100"),
        ("The bank offers loans of up to 20 million tenge.", "20 million tenge"),
        ("Without the duty, buyers save 15% of a car's customs value.", "15%"),
        ("Wind farms account for 958 MW.", "958 MW"),
    ],
)
def test_a_present_state_is_dated_at_publication(sentence: str, surface: str) -> None:
    found = figure_by_surface(LEAD + sentence, surface, PUBLISHED, language="en")
    assert (found.period_start, found.period_end) == (PUBLISHED, PUBLISHED)


def test_the_same_verb_after_a_modal_keeps_the_plan_year() -> None:
    found = figure_by_surface("Next year 12 new trains will run on the line.", "12", PUBLISHED, language="en")
    assert (found.period_start, found.period_end, found.kind) == (
        date(2025, 1, 1),
        date(2025, 12, 31),
        "plan",
    )


def test_list_items_under_a_lead_telling_what_a_whole_holds_now_are_dated_at_publication() -> None:
    text = "The region's clinic network consists of:\n- 40 rural outpatient clinics;\n- 95 first-aid posts."
    found = figure_by_surface(text, "95", PUBLISHED, language="en")
    assert (found.period_start, found.period_end) == (PUBLISHED, PUBLISHED)
    built = "In 2023 the programme built:\n- 40 rural outpatient clinics;\n- 95 first-aid posts."
    found = figure_by_surface(built, "95", PUBLISHED, language="en")
    assert (found.period_start, found.period_end) == (date(2023, 1, 1), date(2023, 12, 31))


@pytest.mark.parametrize(
    "text",
    [
        "Once all phases are completed, the number of lifts is expected to climb from 12 to 30.",
        "The region plans to raise the share of gasified homes from 12 to 75 percent by 2027.",
    ],
)
def test_the_level_a_change_ahead_starts_from_stands_at_publication(text: str) -> None:
    found = figure_by_surface(text, "12", date(2025, 11, 19), language="en")
    assert (found.period_start, found.period_end, found.kind) == (
        date(2025, 11, 19),
        date(2025, 11, 19),
        "actual",
    )
