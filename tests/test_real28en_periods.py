"""Periods found wrong on real stored English pages in round real28en, in sentences of our own
(labelled by tests/realworld/FORMAT.md):

  1. "Some 448,000 visitors came during the summer, the ministry said in September. Almaty received
     139,000": a bare season told in the past, over just before the report, frames the sentences
     after it as "this summer" does (they were undated); "over the three summer months" is read as
     the summer. Look-alikes: a summer told in a December review does not frame what follows, and
     a habit "during the summer season" stays undated.
  2. "Projects worth 430 billion tenge (US$963.7 million) are under way": the same sum in another
     currency is of the tenge's date (the dollars were undated).
  3. "In three regions output rose. These are Almaty region – by 8 thousand tons, ...": "These are"
     before a name lists the members of the count told before, at its period (they took the
     publication day). Look-alike: "They are expected to ..." is no list.
  4. "Around 1,000 enterprises are functioning in the region. They ensure over 70% of the total
     volume of its output", "The region remains the main supplier of power - 40% of the volume":
     present states (undated, or the carried year). Look-alike: "40% of the total" after a whole
     told before keeps that whole's span.
  5. "The GRP, 55 percent of which is accounted for by small firms, reached 6 trillion in 2018": a
     share "of which" of the whole the sentence dates is of that date (it took the publication
     day). Look-alike: a sentence naming no period keeps the present.
  6. "a yield of 1.2 t/ha (0.89 t/ha as of the same date in 2021)" after "As of September 13": the
     bracket's figure is that day in 2021 (it took the report's day), and the figure before the
     bracket ("grain from 5.1 million ha") keeps the report's day (it took the bracket's 2021).
  7. "In early August 2018 compared to the same date in 2017, the number of cattle increased by ...":
     a month opened by "early" and set against a date is its first day (it took the whole month); in
     the next paragraph a yield "against the same period last year" goes back to the lead's
     January-July. Look-alike: an event "in early August" keeps the month.
  8. "capacity will increase from 8,542 MW to 12,717 MW" after "Last year ...": the old level of a
     change still ahead is today's (it took the year before the carried year). Look-alike: a change
     done last year keeps its old level a year before.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface, span

_SEPTEMBER_2023 = date(2023, 9, 20)
_SUMMER_2023 = (date(2023, 6, 1), date(2023, 8, 31))

_TOURISTS = (
    "Some 512,000 visitors from abroad came to the country during the summer, the ministry said on "
    "Sept. 19. The capital leads the list with nearly 141,000 guests, followed by Shymkent with some "
    "57,000. Over the three summer months, more than 26,000 foreigners arrived in the Kostanay Region."
)


@pytest.mark.parametrize("surface", ["141,000", "57,000"])
def test_summer_just_over_frames_the_next_sentences(surface: str) -> None:
    assert span(figure_by_surface(_TOURISTS, surface, _SEPTEMBER_2023)) == _SUMMER_2023


def test_three_summer_months_are_the_summer() -> None:
    assert span(figure_by_surface(_TOURISTS, "26,000", _SEPTEMBER_2023)) == _SUMMER_2023


def test_summer_in_a_year_end_review_frames_nothing_after_it() -> None:
    text = (
        "During the summer, the park received 90,000 visitors. The museum has 45 halls and "
        "employs 120 guides."
    )
    found = figure_by_surface(text, "120", date(2023, 12, 20))
    assert span(found) != _SUMMER_2023


def test_summer_habit_stays_unread() -> None:
    text = "During the summer season the resort's occupancy exceeds 85%."
    assert span(figure_by_surface(text, "85%", _SEPTEMBER_2023)) != _SUMMER_2023


@pytest.mark.parametrize(
    ("text", "tenge", "dollars"),
    [
        (
            "Some 250 investment projects worth 380 billion tenge (US$840.2 million) are at the "
            "implementation stage.",
            "380 billion tenge",
            "US$840.2 million",
        ),
        (
            "Nearly 40 tourism projects worth 61 billion tenge (about $130 million) are now under "
            "construction in the region.",
            "61 billion tenge",
            "$130 million",
        ),
    ],
)
def test_sum_in_another_currency_shares_its_date(text: str, tenge: str, dollars: str) -> None:
    published = date(2024, 6, 7)
    assert span(figure_by_surface(text, dollars, published)) == span(
        figure_by_surface(text, tenge, published)
    )


_NOVEMBER_2018 = (date(2018, 11, 1), date(2018, 11, 30))
_MILK = (
    "Cow milk output in November fell to 331.2 thousand tons from 380.4 thousand tons in October. "
    "Not every region saw a decline. In three of them output grew. These are Zhambyl region – by "
    "6 thousand tons, Mangystau – by 1.3 thousand tons and Turkestan – by 0.6 thousand tons."
)


@pytest.mark.parametrize("surface", ["6 thousand tons", "1.3 thousand tons", "0.6 thousand tons"])
def test_these_are_lists_the_members_of_the_count_before(surface: str) -> None:
    assert span(figure_by_surface(_MILK, surface, date(2018, 12, 18))) == _NOVEMBER_2018


def test_they_are_before_a_verb_is_no_list() -> None:
    text = "In 2023 the region built 14 schools. They are expected to hold 9,000 pupils, the akim said."
    assert span(figure_by_surface(text, "9,000", date(2024, 2, 1))) != (date(2023, 1, 1), date(2023, 12, 31))


_AUGUST_2016 = date(2016, 8, 6)
_TODAY_2016 = (_AUGUST_2016, _AUGUST_2016)


def test_enterprises_functioning_and_their_share_stand_now() -> None:
    text = (
        "The region has 6 coal mines. Around 900 industrial firms are functioning in the region. "
        "They ensure over 65% of the total volume of the region's industrial output."
    )
    assert span(figure_by_surface(text, "900", _AUGUST_2016)) == _TODAY_2016
    assert span(figure_by_surface(text, "65%", _AUGUST_2016)) == _TODAY_2016


def test_dash_apposition_after_remains_stands_now() -> None:
    text = (
        "The sector grew by 103.4% during the year. Today metallurgy makes up 55% of the region's "
        "industry, according to the governor. The region remains the main supplier of power in the "
        "country - 35% of the overall volume."
    )
    assert span(figure_by_surface(text, "35%", date(2018, 2, 16))) == (date(2018, 2, 16), date(2018, 2, 16))


def test_share_of_a_whole_told_before_keeps_its_span() -> None:
    text = "In 2023 the region invested 800 billion tenge. Private money accounts for 40% of the total."
    assert span(figure_by_surface(text, "40%", date(2024, 2, 1))) == (date(2023, 1, 1), date(2023, 12, 31))


def test_share_of_which_of_a_dated_whole_is_of_that_date() -> None:
    text = (
        "The city's gross regional product, 48 percent of which is accounted for by small firms, "
        "reached 5.2 trillion tenge in 2018."
    )
    assert span(figure_by_surface(text, "48 percent", date(2019, 1, 25))) == (
        date(2018, 1, 1),
        date(2018, 12, 31),
    )


def test_share_of_which_with_no_period_stays_present() -> None:
    text = "The company, 35 percent of which is owned by the state, employs 2,400 people."
    published = date(2019, 1, 25)
    assert span(figure_by_surface(text, "35 percent", published)) == (published, published)


_HARVEST_DAY = date(2022, 9, 14)


@pytest.mark.parametrize(
    ("tail", "day"),
    [
        ("(0.93 t/ha as of the same date in 2021)", date(2021, 9, 14)),
        ("(0.93 t/ha a year earlier)", date(2021, 9, 14)),
    ],
)
def test_bracketed_same_date_moves_the_day(tail: str, day: date) -> None:
    text = f"As of September 14, farmers have threshed grain from 4.7 million ha with a yield of 1.3 t/ha {tail}."
    assert span(figure_by_surface(text, "0.93 t/ha", _HARVEST_DAY)) == (day, day)
    assert span(figure_by_surface(text, "4.7 million ha", _HARVEST_DAY)) == (_HARVEST_DAY, _HARVEST_DAY)
    assert span(figure_by_surface(text, "1.3 t/ha", _HARVEST_DAY)) == (_HARVEST_DAY, _HARVEST_DAY)


_EARLY_AUGUST = (
    "In January-July the region produced 512.3 thousand tons of milk. In early August 2019 compared to "
    "the same date in 2018, the number of cattle increased by 38.6 thousand head (3.1 percent). The "
    "number of sheep decreased by 112.4 thousand heads.\n\nThe average milk yield per cow amounted to "
    "1,205 kg (100.8 percent against the same period last year)."
)


@pytest.mark.parametrize("surface", ["38.6 thousand", "3.1 percent", "112.4 thousand"])
def test_early_month_against_a_date_is_its_first_day(surface: str) -> None:
    day = date(2019, 8, 1)
    assert span(figure_by_surface(_EARLY_AUGUST, surface, date(2019, 8, 26))) == (day, day)


def test_same_period_after_an_early_month_count_is_the_span_before() -> None:
    found = figure_by_surface(_EARLY_AUGUST, "1,205 kg", date(2019, 8, 26))
    assert span(found) == (date(2019, 1, 1), date(2019, 7, 31))


def test_early_month_of_an_event_stays_the_month() -> None:
    text = "In early August 2019, floods damaged 140 houses in the district."
    assert span(figure_by_surface(text, "140", date(2019, 8, 26))) == (date(2019, 8, 1), date(2019, 8, 31))


def test_old_level_of_a_change_ahead_is_today() -> None:
    text = (
        "Last year the region generated 47.3 billion kWh. If every project is built, the region's "
        "installed capacity will increase from 8,300 MW to 11,900 MW."
    )
    published = date(2025, 10, 1)
    assert span(figure_by_surface(text, "8,300 MW", published)) == (published, published)


def test_old_level_of_a_change_done_stays_a_year_back() -> None:
    text = "Last year output rose from 4.3 million tons to 4.9 million tons, the ministry said."
    published = date(2025, 10, 1)
    assert span(figure_by_surface(text, "4.3 million tons", published)) == (
        date(2023, 1, 1),
        date(2023, 12, 31),
    )
