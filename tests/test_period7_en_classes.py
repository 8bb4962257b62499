"""English classes the blind set d29 showed (period7): a proposal is a plan; a decimal after
space-grouped thousands. Sentences are our own; each class keeps look-alikes that must not move."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators

PUBLISHED = date(2024, 5, 14)


def _read(body: str, title: str = "") -> dict[str, tuple[str | None, str | None, str]]:
    return {
        i.surface: (
            i.period_start.isoformat() if i.period_start else None,
            i.period_end.isoformat() if i.period_end else None,
            i.kind,
        )
        for i in extract_indicators(body, PUBLISHED, title=title, language="en")
    }


# --- "proposes": money or works someone puts forward are not done yet ------------------------


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("The finance ministry proposes to add 42 billion tenge to this year's road fund.", "42 billion tenge"),
        ("The amended bill also proposes 3.5 billion tenge for rural clinics.", "3.5 billion tenge"),
        ("Deputies proposed raising the allowance by 15% from July.", "15%"),
    ],
)
def test_a_proposal_is_a_plan(sentence: str, surface: str) -> None:
    assert _read(sentence)[surface][2] == "plan"


def test_a_figure_beside_a_proposal_named_as_done_keeps_its_kind() -> None:
    # the proposal is the clause's object, the figure a past count
    read = _read("Last year the council received 120 proposals from residents.")
    assert read["120"][2] == "actual"


# --- "8 759.7 billion": space-grouped thousands with a decimal point --------------------------


def test_space_grouped_thousands_take_a_decimal_point() -> None:
    found = {i.surface: i.value for i in extract_indicators(
        "Revenues were raised to 8 759.7 billion tenge, spending to 9 643 billion tenge.",
        PUBLISHED, language="en")}
    assert found["8 759.7 billion tenge"] == pytest.approx(8.7597e12)
    assert found["9 643 billion tenge"] == pytest.approx(9.643e12)


def test_a_number_after_a_year_is_no_thousands_group() -> None:
    found = [i.surface for i in extract_indicators("In 2023 120.5 tons were sold.", PUBLISHED, language="en")]
    assert found == ["120.5 tons"]
