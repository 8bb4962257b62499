"""English period forms read since +fen8 (our own sentences, labelled by tests/realworld/FORMAT.md
before the reader ran), each with a look-alike that must keep its old reading."""

from __future__ import annotations

from datetime import date as D

import pytest

from etl.extract.indicators import extract_indicators
from etl.extract.periods import find_periods

P = D(2025, 11, 20)
Span = tuple[D | None, D | None]


def _phrase(sentence: str, published: D = P, year_in_scope: int | None = None) -> list[Span]:
    return [
        (p.period_start, p.period_end)
        for p in find_periods(sentence, published, year_in_scope)
        if not p.is_comparison and (p.period_start or p.period_end)
    ]


def _figures(body: str, title: str = "", published: D = P) -> dict[str, Span]:
    return {
        f.surface: (f.period_start, f.period_end)
        for f in extract_indicators(body, published, title=title, language="en")
    }


@pytest.mark.parametrize(
    ("sentence", "published", "want"),
    [
        # seasons (FORMAT.md: spring March-May, summer June-August, autumn September-November; winter
        # December-February, by the same rule), with a year, or this / last / next one
        ("Resorts received 420,000 visitors this summer.", P, (D(2025, 6, 1), D(2025, 8, 31))),
        ("Boilers burned 1.4 million tons last winter.", P, (D(2024, 12, 1), D(2025, 2, 28))),
        ("Boilers burned 1.4 million tons last winter.", D(2025, 3, 10), (D(2024, 12, 1), D(2025, 2, 28))),
        ("Boilers will need 1.4 million tons this winter.", D(2026, 1, 15), (D(2025, 12, 1), D(2026, 2, 28))),
        ("Farmers sowed 2 million hectares in spring 2025.", P, (D(2025, 3, 1), D(2025, 5, 31))),
        ("The park drew 40,000 people in the fall of 2024.", P, (D(2024, 9, 1), D(2024, 11, 30))),
        # heating seasons, October to April; marketing years, July to June
        (
            "Boilers burned 1.4 million tons during the 2024-2025 heating season.",
            P,
            (D(2024, 10, 1), D(2025, 4, 30)),
        ),
        ("Boilers burned 1.4 million tons last heating season.", P, (D(2024, 10, 1), D(2025, 4, 30))),
        (
            "Boilers burned 1.4 million tons last heating season.",
            D(2025, 7, 1),
            (D(2024, 10, 1), D(2025, 4, 30)),
        ),
        (
            "The country exported 9 million tons of grain in the 2024/25 season.",
            P,
            (D(2024, 7, 1), D(2025, 6, 30)),
        ),
        (
            "The country exported 9 million tons in marketing year 2024/25.",
            P,
            (D(2024, 7, 1), D(2025, 6, 30)),
        ),
        # year to date, rolling spans
        ("Exports have reached 3 billion dollars year to date.", P, (D(2025, 1, 1), P)),
        ("Exports have reached 3 billion dollars so far in 2025.", P, (D(2025, 1, 1), P)),
        ("From the beginning of the year exports reached 3 billion dollars.", P, (D(2025, 1, 1), P)),
        ("Prices have risen 12% over the past year.", P, (D(2024, 11, 20), P)),
        ("Output has doubled over the past decade.", P, (D(2015, 11, 20), P)),
        ("The region plans to build 14 schools over the next 12 months.", P, (P, D(2026, 11, 20))),
        # quarters: spans, the last one, so many months to a month
        ("Output grew by 5% in Q1-Q3 2025.", P, (D(2025, 1, 1), D(2025, 9, 30))),
        ("Output grew by 5% in the second and third quarters.", P, (D(2025, 4, 1), D(2025, 9, 30))),
        ("Output grew by 5% in the first three quarters.", P, (D(2025, 1, 1), D(2025, 9, 30))),
        ("Output grew by 5% in the final quarter of 2024.", P, (D(2024, 10, 1), D(2024, 12, 31))),
        ("Output grew by 5% in the three months to September.", P, (D(2025, 7, 1), D(2025, 9, 30))),
        ("Output grew by 5% in the nine months to September 2025.", P, (D(2025, 1, 1), D(2025, 9, 30))),
        # shorthand glued to its year
        ("Revenue rose 5% in FY2024.", P, (D(2024, 1, 1), D(2024, 12, 31))),
        ("Revenue rose 5% in 9M25.", P, (D(2025, 1, 1), D(2025, 9, 30))),
        ("Revenue rose 5% in 1H2025.", P, (D(2025, 1, 1), D(2025, 6, 30))),
        # days and deadlines
        ("Output grew by 5% from 1 January to 30 September 2025.", P, (D(2025, 1, 1), D(2025, 9, 30))),
        (
            "The region produced 12,500 tons from January 1 to September 30.",
            P,
            (D(2025, 1, 1), D(2025, 9, 30)),
        ),
        ("The plan is to build 14 schools no later than 2027.", P, (None, D(2027, 12, 31))),
        ("The plan is to build 14 schools before the end of 2026.", P, (None, D(2026, 12, 31))),
        ("The allowance will be 12,500 tenge beginning in 2026.", P, (D(2026, 1, 1), None)),
        ("Two years ago the region produced 12,500 tons.", P, (D(2023, 1, 1), D(2023, 12, 31))),
    ],
)
def test_new_forms(sentence: str, published: D, want: Span) -> None:
    assert want in _phrase(sentence, published)


@pytest.mark.parametrize(
    "sentence",
    [
        # a habit, a plan's timing, an aside on when the subject came to be, an event's name
        "During the summer season hotel occupancy in the region exceeds 90%.",
        "In the autumn, seeds are to be sown on about 5,700 hectares.",
        "The festival, opened in Almaty in the spring, featured 37 events.",
        "Families hit by this spring's floods have received 57 billion tenge.",
        # a purpose, not a span; "fall" as a noun of change
        "The city has stockpiled 1.2 million tons of coal for the heating season.",
        "Investors sold 12% of their bonds during the fall in oil prices.",
    ],
)
def test_look_alikes_name_no_season(sentence: str) -> None:
    for start, end in _phrase(sentence):
        assert not (
            start is not None
            and end is not None
            and start.month in (3, 6, 9, 10, 12)
            and (end - start).days < 220
        )


def test_a_split_year_season_of_something_other_than_grain_stays_a_range() -> None:
    assert _phrase("The club sold 12,000 tickets in the 2024/25 season.") == [
        (D(2024, 1, 1), D(2025, 12, 31))
    ]


def test_a_yearless_day_ahead_stays_ahead_for_what_will_be() -> None:
    assert _phrase("As of January 1 the allowance will be 12,500 tenge.") == [(D(2026, 1, 1), D(2026, 1, 1))]
    assert _phrase("As of January 1 the herd numbered 12,500 head.") == [(D(2025, 1, 1), D(2025, 1, 1))]


def test_the_year_before_last_counts_from_the_year_in_scope() -> None:
    assert _phrase("In the year before last the region produced 12,500 tons.") == [
        (D(2023, 1, 1), D(2023, 12, 31))
    ]
    assert _phrase("In the year before last the region produced 12,500 tons.", P, 2024) == [
        (D(2022, 1, 1), D(2022, 12, 31))
    ]


def test_a_headline_season_sets_no_scope() -> None:
    found = _figures(
        "At present, 14,000 foreign nationals study here, up from 13,000 a year earlier.",
        title="Foreign student numbers may reach 20,000 this autumn",
        published=D(2018, 5, 10),
    )
    assert found["13,000"] == (D(2017, 1, 1), D(2017, 12, 31))


def test_a_year_change_beside_an_earlier_stock_day_runs_to_that_day() -> None:
    found = _figures("Deposits reached 24 trillion tenge as of 1 October, up 17% over the past 12 months.")
    assert found["17%"] == (D(2024, 10, 1), D(2025, 9, 30))
    assert _figures("Deposits have grown 17% over the past 12 months.")["17%"] == (D(2024, 11, 20), P)


def test_since_the_start_of_a_marketing_year_runs_to_the_report() -> None:
    found = _figures(
        "Kazakhstan has exported 6.2 million tons of grain since the start of the 2025/26 marketing year."
    )
    assert found["6.2 million tons"] == (D(2025, 7, 1), P)


def test_years_opening_a_sentence_go_to_the_figures_respectively() -> None:
    found = _figures("In 2023 and 2024 the region exported 3,100 and 3,600 tons of flour, respectively.")
    assert found["3,100"] == (D(2023, 1, 1), D(2023, 12, 31))
    assert found["3,600 tons"] == (D(2024, 1, 1), D(2024, 12, 31))
    # without "respectively" the two years are one span
    assert _figures("In 2023 and 2024 the region exported 6,700 tons of flour.")["6,700 tons"] == (
        D(2023, 1, 1),
        D(2024, 12, 31),
    )


def test_the_done_part_of_this_years_plan_runs_from_january() -> None:
    done = _figures(
        "The region plans to launch 60 projects this year. Of them, 16 have already been launched."
    )
    assert done["16"] == (D(2025, 1, 1), P)
    # a state, not work done: the report's day
    state = _figures(
        "The region plans to launch 60 projects this year. Of these, 16 are already in operation."
    )
    assert state["16"] == (P, P)


def test_a_change_since_january_after_a_level_on_a_day_runs_to_that_day() -> None:
    found = _figures(
        "As of October 1, the loan portfolio of banks stood at 42 trillion tenge.\n"
        "Since the beginning of the year, it has grown by 12%."
    )
    assert found["12%"] == (D(2025, 1, 1), D(2025, 10, 1))
    # with no level on a day before it, the change runs to the report
    alone = _figures(
        "In 2024, banks issued 9 trillion tenge.\nSince the beginning of the year, lending has grown by 12%."
    )
    assert alone["12%"] == (D(2025, 1, 1), P)


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("Output grew by 5% in the nine-month period.", (D(2025, 1, 1), D(2025, 9, 30))),
        ("Output grew by 5% in the January–October period of 2025.", (D(2025, 1, 1), D(2025, 10, 31))),
        ("Output grew by 5% in 3Q.", (D(2025, 7, 1), D(2025, 9, 30))),
        ("The herd numbered 12,500 head at the end of last month.", (D(2025, 10, 31), D(2025, 10, 31))),
        ("The herd numbered 12,500 head at the start of this month.", (D(2025, 11, 1), D(2025, 11, 1))),
        ("The region plans to build 14 schools by the end of the current year.", (None, D(2025, 12, 31))),
        ("From the new year, the allowance will be 12,500 tenge.", (D(2026, 1, 1), None)),
        ("Since the start of last year the region has produced 12,500 tons.", (D(2024, 1, 1), P)),
        ("The region has produced 12,500 tons in the year so far.", (D(2025, 1, 1), P)),
        ("The region produced 12,500 tons in the summer of this year.", (D(2025, 6, 1), D(2025, 8, 31))),
        ("The region produced 12,500 tons this past summer.", (D(2025, 6, 1), D(2025, 8, 31))),
        ("The region produced 12,500 tons in the 2025 summer season.", (D(2025, 6, 1), D(2025, 8, 31))),
        ("Boilers burned 12,500 tons during the winter of 2024-2025.", (D(2024, 12, 1), D(2025, 2, 28))),
        ("The region produced 12,500 tons between 1 and 15 November.", (D(2025, 11, 1), D(2025, 11, 15))),
        ("The region produced 12,500 tons from November 1 to 15.", (D(2025, 11, 1), D(2025, 11, 15))),
        ("The region plans to build 14 schools in the coming year.", (D(2026, 1, 1), D(2026, 12, 31))),
        ("Yesterday the region produced 12,500 tons.", (D(2025, 11, 19), D(2025, 11, 19))),
    ],
)
def test_fourth_round_forms(sentence: str, want: Span) -> None:
    assert want in _phrase(sentence)


def test_winter_of_years_not_back_to_back_stays_a_range() -> None:
    assert _phrase("Boilers burned 12,500 tons in the winters of 2021-2024.") == [
        (D(2021, 1, 1), D(2024, 12, 31))
    ]


def test_yesterday_of_the_report_dates_nothing() -> None:
    assert _figures("Exports reached 3 billion dollars in January-September, the ministry said yesterday.")[
        "3 billion dollars"
    ] == (D(2025, 1, 1), D(2025, 9, 30))
    told = _figures("The minister told reporters yesterday that 14 schools will open next year.")
    assert told["14"] == (D(2026, 1, 1), D(2026, 12, 31))


def test_a_change_since_january_beside_a_level_on_a_day_in_one_sentence() -> None:
    found = _figures(
        "As of October 1, deposits stood at 40 trillion tenge, having grown by 12% since the start of the year."
    )
    assert found["12%"] == (D(2025, 1, 1), D(2025, 10, 1))
    assert found["40 trillion tenge"] == (D(2025, 10, 1), D(2025, 10, 1))


def test_a_bare_split_year_of_grain_is_a_marketing_year() -> None:
    found = _figures(
        "Wheat exports in the 2024/25 marketing year reached 9.1 million tons, "
        "and the ministry expects 10 million tons in 2025/26."
    )
    assert found["10 million tons"] == (D(2025, 7, 1), D(2026, 6, 30))
    wheat = _figures("Kazakhstan exported 9 million tons of wheat in 2024/25.")
    assert wheat["9 million tons"] == (D(2024, 7, 1), D(2025, 6, 30))
    # a split year of something other than grain stays two calendar years
    assert _phrase("The club sold 12,000 season tickets in 2024/25.") == [(D(2024, 1, 1), D(2025, 12, 31))]
