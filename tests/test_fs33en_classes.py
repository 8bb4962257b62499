"""English forms met on the blind sets h32/h33 at first sight (+fs33en): our own sentences,
labelled by tests/realworld/FORMAT.md before the reader ran, each with look-alikes that keep
their reading."""

from __future__ import annotations

from datetime import date as D

import pytest

from tests.figure_lookup import figure_by_surface, span

P = D(2024, 11, 12)
SEPTEMBER = (D(2024, 9, 1), D(2024, 9, 30))
OCTOBER = (D(2024, 10, 1), D(2024, 10, 31))
LEAD = "In September 2024, annual inflation stood at 8.3%, down from 11.8% a year earlier.\n"


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        # a ", where ..." clause that holds the sentence's only figures is its news: its month goes on
        (
            "The sharpest fall was seen in Pavlodar region, where annual inflation in October eased to"
            " 5.1%. Kostanay region came next, with price growth down to 6.4%.",
            "6.4%",
        ),
        (
            "Food prices fell most in Turkestan region, where in October they dropped by 1.2%."
            " Shymkent followed with a drop of 0.9%.",
            "0.9%",
        ),
        (
            "The biggest rise was recorded in Atyrau, where rents in October grew by 4.5%."
            " In Aktau they went up by 3.8%.",
            "3.8%",
        ),
    ],
)
def test_a_where_clause_that_carries_the_news_sets_its_month(body: str, surface: str) -> None:
    assert span(figure_by_surface(LEAD + body, surface, P)) == OCTOBER


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        # a figure before "where" makes the clause an aside: the lead's month goes on
        (
            "Inflation reached 7.9% in Pavlodar region, where in October prices of coal rose."
            " Kostanay region came next with 6.4%.",
            "6.4%",
        ),
        # a span rolled up to the report is the subject's history, no month of the narrative
        (
            "Repairs focused on Aksu, where many breakdowns occurred over the past two years."
            " Kostanay region came next with 6.4%.",
            "6.4%",
        ),
    ],
)
def test_an_aside_where_clause_keeps_the_lead_month(body: str, surface: str) -> None:
    assert span(figure_by_surface(LEAD + body, surface, P)) == SEPTEMBER


PROJECT = (D(2024, 1, 1), D(2027, 12, 31))
P2 = D(2024, 6, 13)
FIRST = "The first stage starts this year and covers 40 villages home to 30,000 people.\n"


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        # a project named as the subject of "covers <years>", taken up as "It provides for"
        (
            "The national project, adopted at the end of last year, covers 2024-2027 and is worth"
            " 900 billion tenge, of which 700 billion is to come from private sources. It provides for connecting 2,500 villages to fibre lines.",
            "2,500",
        ),
        (
            "The water programme spans 2024-2027. It envisages building 35 reservoirs.",
            "35",
        ),
        # "The project also envisages": the document word, "also", the verb of contents
        (
            "The national project, adopted at the end of last year, covers 2024-2027 and is worth"
            " 900 billion tenge, of which 700 billion is to come from private sources.\nThe project also envisages installing 300 towers along the highways.",
            "300",
        ),
    ],
)
def test_a_document_named_with_covers_is_taken_up(body: str, surface: str) -> None:
    assert span(figure_by_surface(FIRST + body, surface, P2)) == PROJECT


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        # "It" after a sentence that names no document with its years refers to nothing dated
        (
            "The national project was adopted at the end of last year.\n"
            "It provides for connecting 2,500 villages to fibre lines this year.",
            "2,500",
        ),
        # a project "for" a span still names it; a covers-verb with no document word names none
        (
            "The survey covers 2024-2027. It provides for 2,500 interviews this year.",
            "2,500",
        ),
    ],
)
def test_it_with_no_document_just_named_keeps_its_reading(body: str, surface: str) -> None:
    assert span(figure_by_surface(FIRST + body, surface, P2)) == (D(2024, 1, 1), D(2024, 12, 31))
