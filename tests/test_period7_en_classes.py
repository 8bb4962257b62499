"""English classes the blind set d29 showed (period7): a proposal is a plan; a decimal after
space-grouped thousands. Sentences are our own; each class keeps look-alikes that must not move."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators

PUBLISHED = date(2024, 5, 14)


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


# --- "proposes": money or works someone puts forward are not done yet ------------------------


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        (
            "The finance ministry proposes to add 42 billion tenge to this year's road fund.",
            "42 billion tenge",
        ),
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
    found = {
        i.surface: i.value
        for i in extract_indicators(
            "Revenues were raised to 8 759.7 billion tenge, spending to 9 643 billion tenge.",
            PUBLISHED,
            language="en",
        )
    }
    assert found["8 759.7 billion tenge"] == pytest.approx(8.7597e12)
    assert found["9 643 billion tenge"] == pytest.approx(9.643e12)


def test_a_number_after_a_year_is_no_thousands_group() -> None:
    found = [i.surface for i in extract_indicators("In 2023 120.5 tons were sold.", PUBLISHED, language="en")]
    assert found == ["120.5 tons"]


# --- "For the whole of 2023, ...": a period opening its sentence behind words saying it is whole ---


def test_a_whole_year_opening_a_sentence_dates_the_next_one() -> None:
    body = (
        "Factories shipped goods worth 3.1 trillion tenge in January-March 2024. "
        "For the whole of 2023, shipments came to 12.8 trillion tenge. "
        "Food makers supplied 2.2 trillion tenge of that, a 17.2% share."
    )
    read = _read(body)
    assert read["2.2 trillion tenge"][:2] == ("2023-01-01", "2023-12-31")
    assert read["17.2%"][:2] == ("2023-01-01", "2023-12-31")
    assert read["3.1 trillion tenge"][:2] == ("2024-01-01", "2024-03-31")


def test_a_whole_year_in_mid_sentence_sets_no_scene() -> None:
    body = (
        "Factories shipped goods worth 3.1 trillion tenge in January-March 2024. "
        "That is a quarter of what they shipped in the whole of 2023. "
        "Food makers supplied 0.6 trillion tenge."
    )
    assert _read(body)["0.6 trillion tenge"][:2] == ("2024-01-01", "2024-03-31")


# --- "..., when X" after "the same period a year earlier": the sentence's own span is compared ---


def test_a_base_value_in_a_when_clause_takes_the_sentences_own_span() -> None:
    body = (
        "Exports of flour rose by 12% in January-September. "
        "This year, the plan is to ship 1.1 million tons. "
        "Over the nine months, 820,000 tons have been shipped, 12% more than in the same "
        "period a year earlier, when 732,000 tons left the country."
    )
    read = _read(body, published=date(2024, 10, 21))
    assert read["732,000 tons"][:2] == ("2023-01-01", "2023-09-30")
    assert read["820,000 tons"][:2] == ("2024-01-01", "2024-09-30")


# --- "still"/"already" in a relative clause after the figure's own is that clause's ------------


def test_still_in_a_relative_clause_does_not_date_the_figure_before_it() -> None:
    body = (
        "Airlines carried 4.2 million passengers in January-April 2024. "
        "Domestic routes took the bulk, 3.1 million, with the rest on foreign routes, which still "
        "make up a small part of traffic."
    )
    assert _read(body)["3.1 million"][:2] == ("2024-01-01", "2024-04-30")


def test_already_in_the_figures_own_clause_still_dates_it() -> None:
    body = (
        "Airlines carried 4.2 million passengers in January-April 2024. "
        "Some 120 new aircraft seats have already been installed."
    )
    assert _read(body)["120"][:2] == ("2024-05-14", "2024-05-14")


# --- "29-30 May": a span of days written day first -------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface", "span"),
    [
        ("The fair, held on 12-14 September, drew 8,000 visitors.", "8,000", ("2023-09-12", "2023-09-14")),
        ("The fair on 12–14 September 2023 drew 8,000 visitors.", "8,000", ("2023-09-12", "2023-09-14")),
        ("The fair on September 12-14, 2023 drew 8,000 visitors.", "8,000", ("2023-09-12", "2023-09-14")),
    ],
)
def test_a_span_of_days_written_day_first(sentence: str, surface: str, span: tuple[str, str]) -> None:
    assert _read(sentence, published=date(2023, 10, 2))[surface][:2] == span


def test_a_single_day_stays_a_day() -> None:
    assert _read("On 14 September 2023 the fair drew 8,000 visitors.")["8,000"][:2] == (
        "2023-09-14",
        "2023-09-14",
    )


# --- "spend on average 177,000 tenge": an adverbial between a present verb and its figure ---------


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Foreign guests spend on average 95,000 tenge a day in the city.", "95,000 tenge"),
        ("Households in the region keep in total 41,000 head of cattle.", "41,000"),
    ],
)
def test_a_present_habit_with_an_adverbial_is_dated_at_publication(sentence: str, surface: str) -> None:
    body = "The 2024 festival is expected to bring in 1.2 billion tenge. " + sentence
    assert _read(body)[surface][:2] == ("2024-05-14", "2024-05-14")


# --- "did better still": "still" after a comparative means "even", not "now" --------------------


def test_still_after_a_comparative_is_no_time() -> None:
    body = (
        "Food output grew in January-March 2024. "
        "Dairies did better still, with an index of 108.1% against the same months of 2023."
    )
    assert _read(body)["108.1%"][:2] == ("2024-01-01", "2024-03-31")


def test_still_before_a_present_state_is_now() -> None:
    body = "Food output grew in January-March 2024. The old dairy still employs 240 people."
    assert _read(body)["240"][:2] == ("2024-05-14", "2024-05-14")


# --- "are covered/financed/funded with X": a budget line, like "is provided" -------------------


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("Pending obligations are covered with a total of 14.2 billion tenge.", "14.2 billion tenge"),
        ("The new wing is financed from the city budget with 3.6 billion tenge.", "3.6 billion tenge"),
        ("Rural roads are funded with some 22 billion tenge this year.", "22 billion tenge"),
    ],
)
def test_money_a_budget_puts_to_a_use_is_a_plan(sentence: str, surface: str) -> None:
    assert _read(sentence)[surface][2] == "plan"


def test_works_financed_in_a_past_year_stay_done() -> None:
    assert _read("In 2022 the repairs were financed with 3 billion tenge.")["3 billion tenge"][2] == "actual"
