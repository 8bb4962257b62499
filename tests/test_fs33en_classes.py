"""English forms met on the blind sets h32/h33 at first sight (+fs33en): our own sentences,
labelled by tests/realworld/FORMAT.md before the reader ran, each with look-alikes that keep
their reading."""

from __future__ import annotations

from datetime import date as D

import pytest

from etl.extract.indicators import extract_indicators
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


P3 = D(2025, 4, 10)
Y2024 = (D(2024, 1, 1), D(2024, 12, 31))


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        # an opening clause on the results of a year sets the scene, as "In 2024," does
        (
            "Reporting on the sector's performance in 2024, the minister said airlines carried 9.1"
            " million passengers. Airports served 21.4 million people.",
            "21.4 million",
        ),
        (
            "Summing up the results of 2024, the akim said 3,100 jobs were created. Exports grew by 7.2%.",
            "7.2%",
        ),
        # a year followed by ", when ..." is a year the text dwells on, and its list goes on in it
        (
            "Output totalled 640 million tons in 2022, when the country ranked 9th.\n"
            "The top two were Brazil with 98 million tons and Canada with 71 million tons.",
            "71 million tons",
        ),
    ],
)
def test_a_results_clause_or_a_when_year_sets_the_scene(body: str, surface: str) -> None:
    found = figure_by_surface("The ministry plans 12 new routes this year.\n" + body, surface, P3)
    wanted = (D(2022, 1, 1), D(2022, 12, 31)) if "2022" in body else Y2024
    assert span(found) == wanted


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        # a year named late in a sentence after "this year" still moves nothing back in time
        (
            "This year 40 routes were opened, against 25 in 2024. Airports served 21.4 million people.",
            "21.4 million",
        ),
        # a speaker's aside on a report, with no results of a span in its words
        (
            "Reporting to the President in 2024, the minister said airlines carried 9.1 million"
            " passengers this year. Airports served 21.4 million people.",
            "21.4 million",
        ),
    ],
)
def test_look_alikes_keep_the_current_year(body: str, surface: str) -> None:
    found = figure_by_surface(body, surface, P3)
    assert span(found) == (D(2025, 1, 1), D(2025, 12, 31))


H1 = (D(2024, 1, 1), D(2024, 6, 30))
P4 = D(2024, 7, 24)


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        # a reason clause after the figure names its own time, which is not the figure's
        (
            "From January to June 2024, farm output rose to 1.2 trillion tenge. Crops contributed 61"
            " billion tenge, as most grain is harvested in the second half of the year.",
            "61 billion tenge",
        ),
        (
            "From January to June 2024, farm output rose to 1.2 trillion tenge. Crops gave 61 billion"
            " tenge, because the harvest starts in August.",
            "61 billion tenge",
        ),
    ],
)
def test_a_later_reason_clause_dates_nothing(body: str, surface: str) -> None:
    assert span(figure_by_surface(body, surface, P4)) == H1


def test_a_clause_as_in_a_year_is_no_reason() -> None:
    # ", as in 2023," compares with a year; the sentence's own "in the first half" stays
    found = figure_by_surface(
        "In the first half of 2024, crops gave 61 billion tenge, as in the first half of 2023.",
        "61 billion tenge",
        P4,
    )
    assert span(found) == H1


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        # a ", when" year that is a base or the whole a share is of moves nothing back
        (
            "In January-May 2023, 41,200 cars were sold, 6% fewer than in 2022, when 43,800 were sold.\n"
            "Imports made up 17,300 cars.",
            "17,300",
        ),
        (
            "In January-May 2023, 41,200 cars were sold, or 35% of those sold in the whole of 2022,"
            " when demand peaked.\nImports made up 17,300 cars.",
            "17,300",
        ),
    ],
)
def test_a_when_year_that_is_a_base_keeps_the_scene(body: str, surface: str) -> None:
    assert span(figure_by_surface(body, surface, D(2023, 6, 20))) == (D(2023, 1, 1), D(2023, 5, 31))


@pytest.mark.parametrize(
    ("body", "surface", "kind"),
    [
        # a past change with its span before "to reach": the level reached, an outcome
        ("Trade grew by 18% in the first half of 2023 to reach $9.4 billion.", "$9.4 billion", "actual"),
        ("Exports rose by 12% in 2023 to reach $4.1 billion.", "$4.1 billion", "actual"),
        ("Imports increased by 8% over the year to reach $2.2 billion.", "$2.2 billion", "actual"),
        # look-alikes: a change still to be made keeps its goal or forecast
        ("Output must be increased by 5% in 2025 to reach 3 million tons.", "3 million tons", "target"),
        ("Exports will grow by 10% in 2025 to reach $5 billion.", "$5 billion", "forecast"),
    ],
)
def test_a_past_change_over_a_span_to_reach_a_level(body: str, surface: str, kind: str) -> None:
    assert figure_by_surface(body, surface, D(2024, 3, 1)).kind == kind


TODAY = D(2025, 12, 16)


@pytest.mark.parametrize(
    "body",
    [
        # the speaker's tail after a closed ", where ..." aside: its day told dates the sentence
        "The region is financing 64 school projects worth 80 billion tenge with money from the fund,"
        " where returned assets are accumulated, Finance Minister Aidar Serikov said at today's meeting.",
        "The ministry is supporting 30 projects worth 12 billion tenge in Abai region, where the"
        " programme began, the vice minister told at today's briefing.",
        # (these two were read so before too)
        "The city is building 41 schools with money from the regional fund, where returned assets are"
        " kept, the akim said at today's session.",
        "Some 2,300 families receive the benefit in Turkestan, where the scheme was first tried, the"
        " minister told at today's briefing.",
    ],
)
def test_the_day_told_after_a_closed_aside_dates_the_sentence(body: str) -> None:
    figures = extract_indicators(body, TODAY, language="en")
    assert figures and all(span(f) == (TODAY, TODAY) for f in figures)


def test_a_now_inside_the_relative_clause_stays_its_own() -> None:
    # "which is now ..." after the figure's clause: the relative's "now" is not the figure's
    found = figure_by_surface(
        "Wheat output reached 1.5 million tons in 2023, which is now a record.", "1.5 million tons", TODAY
    )
    assert span(found) == (D(2023, 1, 1), D(2023, 12, 31))


P5 = D(2024, 1, 22)


@pytest.mark.parametrize(
    ("body", "surface", "want"),
    [
        # a past yearless day whose sentence names its year after it, with no figure between
        (
            "Together with the 6.2% indexation carried out on January 1, the total rise in 2023 came to 19%.",
            "6.2%",
            D(2023, 1, 1),
        ),
        (
            "Pensions were raised by 8.5% on January 1, and the total increase in 2023 amounted to 23%.",
            "8.5%",
            D(2023, 1, 1),
        ),
        # look-alikes: a base's year after a figure, and a day with no year named keep the nearest day
        ("Pensions were raised by 8.5% on January 1, up from 7% in 2023.", "8.5%", D(2024, 1, 1)),
        ("Pensions were raised by 8.5% on January 1, the ministry said.", "8.5%", D(2024, 1, 1)),
    ],
)
def test_a_past_day_takes_the_year_its_sentence_names_after_it(body: str, surface: str, want: D) -> None:
    assert span(figure_by_surface(body, surface, P5)) == (want, want)
