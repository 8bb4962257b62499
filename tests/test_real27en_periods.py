"""Periods found wrong on real stored English pages in round real27en, in sentences of our own
(labelled by tests/realworld/FORMAT.md):

  1. "Inflation reached 8.1% in May 2024. ... Annual inflation came to 9.8 percent in December 2023.
     Food prices over the year rose by 8.5 percent": a whole month written with its year, dating
     every actual figure of a sentence (not opening it), is the month the next sentences go on
     about (they took the lead's May). Look-alikes: a month that dates only a base ("up from 9.8% in
     December 2023") and a month dating one figure of several keep the narrative where it was.
  2. "Kazakhstan has 148 plants with 2,903 MW. These include 59 wind farms with 1,409 MW": a
     sentence opening "These/They include" lists the parts of the whole told before and takes its
     period (the parts took the lead's half year). Look-alike: after projects and the jobs they are
     to create (a plan), "They include a plant to make 70,000 cars" keeps its own reading.
  3. "1.3 million tons of oilseeds, 2.4 million tons of potatoes with a yield of 229 c/ha, and 3.2
     million tons of vegetables have been collected as of October 2": figures opening verbless
     members of a list share the verb and period of the last member (only the last took the day).
     Look-alikes: a member with a verb of its own ("Output reached 5.2 million tons, while in 2022
     it was 4.8 million") and a member opened by "while" keep theirs.
  4. "As of now, 12.7 million ha have been harvested. 19.8 million tons have been threshed": "as of
     now" sets the scene as "as of today" and "to date" do (the second sentence was undated).
  5. "Farmers harvested 70% of the area, the ministry said on September 13" (published that
     day): a past event told on a named day with no date of its own is that day's, the day of
     publication too (it was undated); so is a level that "was" so. Look-alikes: a change told that
     day stays undated, and so does a flow counted ("reported that 2,300 flats were commissioned",
     kept by tests/test_real23en_periods.py).
  6. 'put into operation ... under the program "Affordable Housing - 2020"': a year closing a quoted
     name is no period (the figures took 2020 and read as plans).
  7. "Basic pensions, which previously comprised 15,274 tenge or 54 percent of the minimum" under a
     headline's month: an amount told as what it was before, in a sentence naming no time of its
     own, is of no day the text names (it took the headline's July). Look-alikes: "..., now employs
     800" after a comma stays the present's; a former amount with its year keeps the year.
  8. "Last year 264.7 sq. m were built. ... In the second half of the year the company will invest
     8.3 billion": a yearless span in a sentence that tells only what will be is of the year under
     way at the earliest (it took the second half of the year before). Look-alike: a past sentence
     after "last year" keeps that year's half.
  9. "This year 66 billion has been allocated. In the coming years, it is planned to rebuild 4,700
     km": "in the coming years" runs from the report with no end told (it took the carried year).
     Look-alikes: "two years ahead of schedule", "for years to come" name no period, and a later
     sentence's "this year" is its own.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface, span

_MAY_2024 = date(2024, 6, 4)
_DECEMBER_2023 = (date(2023, 12, 1), date(2023, 12, 31))
_MAY = (date(2024, 5, 1), date(2024, 5, 31))

_INFLATION = (
    "Consumer prices rose 8.1 percent year on year in May 2024, the bureau said.\n"
    "Annual inflation came to 9.8 percent in December 2023. Prices of food over the year went up by "
    "8.4 percent, those of other goods by 9.2 percent. The monthly rate stood at 0.7 percent."
)


@pytest.mark.parametrize("surface", ["8.4 percent", "9.2 percent", "0.7 percent"])
def test_month_told_mid_sentence_is_carried_to_the_next(surface: str) -> None:
    assert span(figure_by_surface(_INFLATION, surface, _MAY_2024)) == _DECEMBER_2023


def test_month_told_mid_sentence_keeps_its_own_figure() -> None:
    assert span(figure_by_surface(_INFLATION, "9.8 percent", _MAY_2024)) == _DECEMBER_2023


def test_month_of_a_base_alone_is_not_carried() -> None:
    text = (
        "Consumer prices rose 8.1 percent year on year in May 2024, the bureau said.\n"
        "Annual inflation slowed to 8.1 percent, down from 9.8 percent in December 2023. Prices of food "
        "over the year went up by 8.4 percent."
    )
    assert span(figure_by_surface(text, "8.4 percent", _MAY_2024)) == _MAY


def test_month_dating_one_figure_of_several_is_not_carried() -> None:
    text = (
        "Consumer prices rose 8.1 percent year on year in May 2024, the bureau said.\n"
        "Services rose 13.9 percent, after a peak of 15 percent in December 2023. Prices of food over the "
        "year went up by 8.4 percent."
    )
    assert span(figure_by_surface(text, "8.4 percent", _MAY_2024)) == _MAY


_ENERGY = (
    "The country generated 58.2 billion kWh in the first half of 2024, the minister reported.\n"
    "According to the ministry, the country has 151 green power plants with a capacity of 3,010 MW. "
    "These include 61 wind farms with a capacity of 1,450 MW and 48 solar parks with 1,230 MW."
)
_JULY_30 = date(2024, 7, 30)


@pytest.mark.parametrize("surface", ["61", "1,450 MW", "48", "1,230 MW"])
def test_parts_listed_after_a_present_whole_stand_at_publication(surface: str) -> None:
    assert span(figure_by_surface(_ENERGY, surface, _JULY_30)) == (_JULY_30, _JULY_30)


def test_parts_of_a_flow_take_the_flows_span() -> None:
    text = (
        "The country generated 58.2 billion kWh in the first half of 2024, the minister reported.\n"
        "Green plants produced 3.8 billion kWh. They include 2.2 billion kWh from wind farms."
    )
    figure = figure_by_surface(text, "2.2 billion kWh", _JULY_30)
    assert span(figure) == (date(2024, 1, 1), date(2024, 6, 30))


def test_members_of_a_plan_keep_their_reading() -> None:
    text = (
        "Industrial output reached 1.5 trillion tenge since January, the governor said.\n"
        "The region is building 11 large plants worth 300 billion tenge, which are to create 2,900 jobs. "
        "They include a tractor plant designed to make 9,000 tractors."
    )
    figure = figure_by_surface(text, "9,000", date(2025, 8, 20))
    assert span(figure) == (None, None)


_HARVEST = (
    "0.9 million tons of sunflower seed, 2.1 million tons of potatoes with a yield of 215.4 "
    "centners/hectare, and 2.8 million tons of vegetables have been gathered as of October 4."
)
_OCTOBER_5 = date(2023, 10, 5)


@pytest.mark.parametrize(
    "surface", ["0.9 million tons", "2.1 million tons", "215.4 centners/hectare", "2.8 million tons"]
)
def test_verbless_list_members_share_the_last_members_day(surface: str) -> None:
    assert span(figure_by_surface(_HARVEST, surface, _OCTOBER_5)) == (date(2023, 10, 4), date(2023, 10, 4))


def test_member_with_a_verb_of_its_own_keeps_its_reading() -> None:
    text = "Output reached 5.2 million tons, and 4.8 million tons were exported in 2022."
    figure = figure_by_surface(text, "5.2 million tons", _OCTOBER_5)
    assert span(figure) != (date(2022, 1, 1), date(2022, 12, 31))


def test_member_after_while_keeps_its_own_year() -> None:
    text = "Wheat exports of 5.2 million tons, while 4.8 million tons were exported in 2022."
    figure = figure_by_surface(text, "5.2 million tons", _OCTOBER_5)
    assert span(figure) != (date(2022, 1, 1), date(2022, 12, 31))


def test_as_of_now_sets_the_scene_for_the_next_sentence() -> None:
    text = (
        "As of now, 11.9 million hectares, or 76% of the area, have been harvested. 18.7 million tons of "
        "grain have been threshed."
    )
    assert span(figure_by_surface(text, "18.7 million tons", _OCTOBER_5)) == (_OCTOBER_5, _OCTOBER_5)


def test_past_event_told_on_the_day_of_publication_is_that_days() -> None:
    text = "Farmers harvested nearly 65% of the grain area, the ministry reported on September 14."
    published = date(2022, 9, 14)
    assert span(figure_by_surface(text, "65%", published)) == (published, published)


def test_past_event_told_before_publication_is_the_told_days() -> None:
    text = "Farmers harvested nearly 65% of the grain area, the ministry reported on September 14."
    assert span(figure_by_surface(text, "65%", date(2022, 9, 16))) == (date(2022, 9, 14), date(2022, 9, 14))


def test_change_told_on_a_day_stays_undated() -> None:
    text = "The harvest grew by 12%, the ministry reported on September 14."
    assert span(figure_by_surface(text, "12%", date(2022, 9, 14))) == (None, None)


@pytest.mark.parametrize(
    "name",
    ['the program "Affordable Housing - 2020"', "the “Nurly Zher-2020” program", 'the "Housing 2020" plan'],
)
def test_year_closing_a_quoted_name_is_no_period(name: str) -> None:
    text = f"0.95 million square meters of housing were put into operation in the region under {name}."
    figure = figure_by_surface(text, "0.95 million square meters", date(2016, 2, 18))
    assert span(figure) == (None, None)
    assert figure.kind == "actual"


def test_year_outside_quotes_still_dates() -> None:
    text = 'Under the "Affordable Housing" program 0.95 million square meters were built in 2015.'
    figure = figure_by_surface(text, "0.95 million square meters", date(2016, 2, 18))
    assert span(figure) == (date(2015, 1, 1), date(2015, 12, 31))


_JULY_HEADLINE = "Pension rules change in July"
_JULY_2 = date(2018, 7, 2)


@pytest.mark.parametrize("surface", ["16,120 tenge", "US$47.3", "56 percent"])
def test_amount_told_as_former_is_undated(surface: str) -> None:
    text = (
        "The base pension, which previously comprised 16,120 tenge (US$47.3) or 56 percent of the "
        "subsistence minimum, now depends on the years of work."
    )
    figure = figure_by_surface(text, surface, _JULY_2, title=_JULY_HEADLINE)
    assert span(figure) == (None, None)


def test_present_clause_after_a_former_amount_keeps_the_present() -> None:
    text = "The plant, which previously employed 450 people, now employs 720."
    figure = figure_by_surface(text, "720", _JULY_2, title=_JULY_HEADLINE)
    assert span(figure) == (_JULY_2, _JULY_2)


def test_former_amount_with_its_year_keeps_the_year() -> None:
    text = "The allowance previously stood at 21,000 tenge in 2017."
    figure = figure_by_surface(text, "21,000 tenge", _JULY_2, title=_JULY_HEADLINE)
    assert span(figure) == (date(2017, 1, 1), date(2017, 12, 31))


def test_yearless_half_in_a_sentence_ahead_is_of_the_year_under_way() -> None:
    text = (
        "Last year houses of 251.3 thousand sq. m were built. In the second half of the year the "
        "development company will invest 7.9 billion tenge in housing."
    )
    figure = figure_by_surface(text, "7.9 billion tenge", date(2018, 6, 5))
    assert span(figure) == (date(2018, 7, 1), date(2018, 12, 31))


def test_yearless_half_in_a_past_sentence_keeps_the_year_told() -> None:
    text = (
        "Last year houses of 251.3 thousand sq. m were built. In the second half of the year the "
        "development company invested 7.9 billion tenge in housing."
    )
    figure = figure_by_surface(text, "7.9 billion tenge", date(2018, 6, 5))
    assert span(figure) == (date(2017, 7, 1), date(2017, 12, 31))


def test_day_named_after_a_scene_at_the_report_is_carried() -> None:
    text = (
        "As of now, 11.9 million hectares have been harvested. 2.6 million tons of vegetables have been "
        "collected as of October 4. In addition, 401,200 tons of cabbage have been secured."
    )
    figure = figure_by_surface(text, "401,200 tons", _OCTOBER_5)
    assert span(figure) == (date(2023, 10, 4), date(2023, 10, 4))


def test_day_long_before_a_scene_at_the_report_is_not_carried() -> None:
    text = (
        "As of now, 11.9 million hectares have been harvested. The first 0.2 million tons had been "
        "collected by August 1. In addition, 401,200 tons of cabbage have been secured."
    )
    figure = figure_by_surface(text, "401,200 tons", _OCTOBER_5)
    assert span(figure) == (_OCTOBER_5, _OCTOBER_5)


def test_level_that_was_told_on_a_day_is_that_days() -> None:
    text = "The winter peak load was 9,650 MW, the grid operator said on March 3."
    assert span(figure_by_surface(text, "9,650 MW", date(2024, 3, 5))) == (date(2024, 3, 3), date(2024, 3, 3))


_ROADS = (
    "This year, more than 61 billion tenge has been allocated for roads. In the coming years, it is "
    "planned to rebuild highways with a length of 4,450 km and to repair 3,900 km of regional roads. "
    "The ministry will also repair 480 km this year."
)
_JANUARY_31 = date(2024, 1, 31)


@pytest.mark.parametrize("surface", ["4,450 km", "3,900 km"])
def test_coming_years_run_from_the_report(surface: str) -> None:
    assert span(figure_by_surface(_ROADS, surface, _JANUARY_31)) == (_JANUARY_31, None)


def test_this_year_after_the_coming_years_is_its_own() -> None:
    assert span(figure_by_surface(_ROADS, "480 km", _JANUARY_31)) == (date(2024, 1, 1), date(2024, 12, 31))


@pytest.mark.parametrize(
    "text",
    [
        "The line was finished two years ahead of schedule and carried 31 million tons.",
        "Output will keep growing for years to come and carried 31 million tons.",
    ],
)
def test_years_ahead_without_the_coming_name_no_period(text: str) -> None:
    assert span(figure_by_surface(text, "31 million tons", _JANUARY_31)) == (None, None)
