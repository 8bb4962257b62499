"""English forms met on the fresh development set d40 at first sight (+fs40en): our own sentences,
labelled by tests/realworld/FORMAT.md before the reader ran, each with look-alikes that keep
their reading."""

from __future__ import annotations

from datetime import date as D

import pytest

from tests.figure_lookup import figure_by_surface, span

P = D(2024, 3, 14)


def _kind(body: str, surface: str, published: D = P) -> str:
    return figure_by_surface(body, surface, published, language="en").kind


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # a forecast cited as the source by a name of several words: its "will" is an outlook
        (
            "According to the national electricity generation forecast, solar plants will account for "
            "about 9 percent of output in 2030.",
            "9 percent",
            "forecast",
        ),
        (
            "According to the ministry's medium-term budget forecast, revenues will reach 21 trillion "
            "tenge in 2026.",
            "21 trillion tenge",
            "forecast",
        ),
        # look-alike: a plan with no forecast named stays a plan
        (
            "According to the national electricity development plan, solar plants will account for "
            "about 9 percent of output in 2030.",
            "9 percent",
            "plan",
        ),
    ],
)
def test_a_forecast_named_in_several_words_is_the_source(body: str, surface: str, expected: str) -> None:
    assert _kind(body, surface) == expected


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # "tasked / entrusted with bringing X to N": the level of a task given is a goal
        (
            "The two ministries have been tasked with bringing freight traffic to 30 million tons.",
            "30 million tons",
            "target",
        ),
        ("The agency was entrusted with bringing the share of online services to 95%.", "95%", "target"),
        # look-alike: a result brought about keeps its reading
        ("Twelve hotels opened last year, bringing the total to 410.", "410", "actual"),
    ],
)
def test_the_level_of_a_task_given_is_a_goal(body: str, surface: str, expected: str) -> None:
    assert _kind(body, surface) == expected


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # money a programme sets aside (present tense) is not yet spent: plan
        (
            "Overall, the programme sets aside more than $200 million for new buses and depots.",
            "$200 million",
            "plan",
        ),
        (
            "Last year 40 clinics were opened. The new programme sets aside 12 billion tenge for rural "
            "ambulances.",
            "12 billion tenge",
            "plan",
        ),
        # look-alike: money spent keeps its deed
        (
            "Overall, the programme spent more than $200 million on new buses in 2022.",
            "$200 million",
            "actual",
        ),
    ],
)
def test_money_a_programme_sets_aside_is_plan(body: str, surface: str, expected: str) -> None:
    assert _kind(body, surface) == expected


@pytest.mark.parametrize(
    ("body", "old", "new"),
    [
        # a level aimed at behind a comma-broken phrase and a qualifier: "from X to about Y"
        (
            "Unemployment must be brought down this year, from 5.1% to about 4.6%, the minister said.",
            "5.1%",
            "4.6%",
        ),
        ("Annual inflation should be cut by half next year, from 12.4% to around 6%.", "12.4%", "6%"),
    ],
)
def test_a_level_aimed_at_from_a_level_now(body: str, old: str, new: str) -> None:
    published = D(2024, 2, 20)
    assert _kind(body, new, published) == "target"
    assert _kind(body, old, published) == "actual"


def test_a_qualified_new_level_links_to_its_old_one() -> None:
    body = "The average price of bread rose from 300 tenge to about 350 tenge last year."
    old = figure_by_surface(body, "300 tenge", P, language="en")
    assert old.role == "from"
    assert old.kind == "actual"


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # a month under a past year's telling, the month of publication not over: that year's month
        (
            "The regulator raised the base rate four times last year. It went up from 8% at the start "
            "of the year to 9% in January, to 10% in March and to 12% in June.",
            "9%",
            (D(2023, 1, 1), D(2023, 1, 31)),
        ),
        (
            "Last year was hard for airlines. Traffic fell to 310,000 passengers in January and "
            "recovered by May.",
            "310,000",
            (D(2023, 1, 1), D(2023, 1, 31)),
        ),
    ],
)
def test_a_month_under_way_is_not_read_under_a_past_years_telling(
    body: str, surface: str, expected: tuple[D, D]
) -> None:
    assert span(figure_by_surface(body, surface, D(2024, 1, 12), language="en")) == expected


def test_a_month_under_way_keeps_this_year_with_no_past_year_told() -> None:
    body = "Retail sales reached 1.2 trillion tenge in January, the statistics bureau said."
    assert span(figure_by_surface(body, "1.2 trillion tenge", D(2024, 1, 30), language="en")) == (
        D(2024, 1, 1),
        D(2024, 1, 31),
    )


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # the whole a part is counted against, named planned right after it: plan
        ("So far 31 of the 48 planned bridges have been rebuilt.", "48", "plan"),
        ("Under the programme, 12 of 20 scheduled pipelines have already been laid.", "20", "plan"),
        ("Of the 40 planned schools, 31 were opened last year.", "40", "plan"),
        # look-alikes: the part keeps its deed; a whole not named planned, or all of them done, stays actual
        ("So far 31 of the 48 planned bridges have been rebuilt.", "31", "actual"),
        ("Of the 40 schools, 31 were opened last year.", "40", "actual"),
        ("The 40 planned schools were opened last year.", "40", "actual"),
    ],
)
def test_the_planned_whole_a_part_is_counted_against(body: str, surface: str, expected: str) -> None:
    assert _kind(body, surface, D(2024, 9, 16)) == expected


AUG_20 = (D(2024, 8, 20), D(2024, 8, 20))


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        # the next sentence of the paragraph, in the present perfect, goes on with what was told that day
        (
            "Ministers met on 2 September to discuss the budget.\n"
            "Reporting to the Government on August 20, the minister said that the harvest had reached "
            "18 million tons in 2023. Compared with the previous year, the number of farms has grown by 4%.",
            "4%",
        ),
        (
            "Ministers met on 2 September to discuss the budget.\n"
            "Speaking at a briefing on August 20, the akim said that 40 schools had opened in 2023. "
            "Since then, the shortage of teachers has decreased by 11%, and that of nurses is down 6%.",
            "6%",
        ),
    ],
)
def test_a_present_perfect_going_on_with_a_day_told(body: str, surface: str) -> None:
    assert span(figure_by_surface(body, surface, D(2024, 9, 10), language="en")) == AUG_20


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # look-alikes: a new paragraph, a past verb, or a telling of its own keep the reading
        (
            "Reporting to the Government on August 20, the minister said that the harvest had reached "
            "18 million tons in 2023.\nIn the first half of 2024, the number of farms has grown by 4%.",
            "4%",
            (D(2024, 1, 1), D(2024, 6, 30)),
        ),
        (
            "Reporting to the Government on August 20, the minister said that the harvest had reached "
            "18 million tons in 2023. In the first half of 2024, exports rose by 4%.",
            "4%",
            (D(2024, 1, 1), D(2024, 6, 30)),
        ),
    ],
)
def test_a_sentence_with_its_own_time_keeps_it(body: str, surface: str, expected: tuple[D, D]) -> None:
    assert span(figure_by_surface(body, surface, D(2024, 9, 10), language="en")) == expected


def test_a_report_to_the_president_names_its_day() -> None:
    body = "Reporting to the President on August 20, the minister said that the country has 1,210 clinics."
    assert span(figure_by_surface(body, "1,210", D(2024, 9, 10), language="en")) == AUG_20


LIST_BODY = (
    "The government has approved a fisheries plan.\n"
    "By 2030 the plan envisages:\n"
    "- increasing fish farming output from the current 9,000 tons to 270,000 tons;\n"
    "- raising the number of fish farms from 400 to 945;\n"
    "- lifting the share of processed fish to 60%;\n"
    "- building 545 new fish farms;\n"
    "- cutting the catch quota by 12%."
)


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        # a list item moving a measure to a level under a planning lead: the level is a goal
        ("270,000 tons", "target"),
        ("945", "target"),
        ("60%", "target"),
        # look-alikes: works to do and a change by an amount stay plans; the level now stays actual
        ("545", "plan"),
        ("12%", "plan"),
        ("9,000 tons", "actual"),
    ],
)
def test_a_list_item_moving_a_measure_to_a_level_sets_a_goal(surface: str, expected: str) -> None:
    assert _kind(LIST_BODY, surface, D(2025, 10, 14)) == expected


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        # the old level of a goal ahead, in a sentence naming no period: no day the text names
        (
            "Last year the region harvested 2.1 million tons of grain.\n"
            "The akimat aims to increase forest cover from 13.7 million hectares to 14.5 million hectares "
            "by 2030.",
            "13.7 million hectares",
        ),
        (
            "In 2024 the sector grew by 4%.\nBy 2030 the plan envisages:\n"
            "- raising the number of sheep from 20.2 million to 28 million head;\n"
            "- bringing wool output to 40,000 tons.",
            "20.2 million",
        ),
    ],
)
def test_the_undated_old_level_of_a_goal_has_no_period(body: str, surface: str) -> None:
    assert span(figure_by_surface(body, surface, D(2025, 10, 14), language="en")) == (None, None)


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # look-alikes: an old level with a year or "current" of its own keeps it
        (
            "The plan aims to double exports from 82,000 tons last year to 165,000 tons by 2030.",
            "82,000 tons",
            (D(2024, 1, 1), D(2024, 12, 31)),
        ),
        (
            "The plan aims to increase the herd from the current 7.9 million to 12 million head by 2030.",
            "7.9 million",
            (D(2025, 10, 14), D(2025, 10, 14)),
        ),
    ],
)
def test_an_old_level_of_a_goal_with_a_time_of_its_own_keeps_it(
    body: str, surface: str, expected: tuple[D, D]
) -> None:
    assert span(figure_by_surface(body, surface, D(2025, 10, 14), language="en")) == expected


ALLOCATION = "This year 12 billion tenge has been allocated for repairs at the city's heating plant. "


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # a part of money set aside, told beside a part spent past a contrast: the whole's kind
        (
            ALLOCATION + "Of this amount, 8 billion tenge comes from the plant's own investment programme, "
            "while 4 billion tenge has been spent from the city reserve.",
            "8 billion tenge",
            "plan",
        ),
        (
            ALLOCATION + "Of this, 7 billion tenge goes to the boilers, whereas 5 billion tenge has already "
            "been paid out to contractors.",
            "7 billion tenge",
            "plan",
        ),
        # look-alikes: the part spent keeps its deed; a part spent told in the figure's own clause too
        (
            ALLOCATION + "Of this amount, 8 billion tenge comes from the plant's own investment programme, "
            "while 4 billion tenge has been spent from the city reserve.",
            "4 billion tenge",
            "actual",
        ),
        (ALLOCATION + "Of this, 5 billion tenge, or 42%, has been disbursed.", "5 billion tenge", "actual"),
    ],
)
def test_a_part_of_money_set_aside_beside_a_part_spent(body: str, surface: str, expected: str) -> None:
    assert _kind(body, surface, D(2024, 8, 20)) == expected


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # money "provided from" a reserve or budget this year is set aside, not yet spent
        (
            "The governor reported on the region's results for January-July 2024.\n"
            + ALLOCATION
            + "In addition, 3.5 billion tenge was provided from the Government reserve.",
            "3.5 billion tenge",
            "plan",
        ),
        # look-alike: help provided to people is a deed
        (
            "The governor reported on the region's results for January-July 2024.\n"
            "Assistance was provided to 3,500 families.",
            "3,500",
            "actual",
        ),
    ],
)
def test_money_provided_from_a_reserve_is_set_aside(body: str, surface: str, expected: str) -> None:
    assert _kind(body, surface, D(2024, 8, 20)) == expected


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # the size of a plant to be built, dated ahead: plan, not a level aimed at
        (
            "The biggest project is a hydropower plant with a capacity of 300 megawatts, whose "
            "construction is scheduled for 2026.",
            "300 megawatts",
            "plan",
        ),
        (
            "The new road, with a total length of 420 km, is to be laid in 2026.",
            "420 km",
            "plan",
        ),
        # look-alike: a level to reach ahead stays a goal
        ("Wind power output is to reach 300 megawatts in 2026.", "300 megawatts", "target"),
    ],
)
def test_the_size_of_a_thing_to_be_built_is_plan(body: str, surface: str, expected: str) -> None:
    assert _kind(body, surface, D(2024, 6, 6)) == expected


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # the capacity of a plant being prepared or built, told with a modal: plan
        (
            "The district is preparing a new solar plant whose first stage may reach 80 megawatts.",
            "80 megawatts",
            "plan",
        ),
        ("The investor is building a wind park that could reach 1.2 GW.", "1.2 GW", "plan"),
        # look-alike: a national capacity foreseen stays a forecast
        ("Installed wind capacity may reach 5 GW by 2030.", "5 GW", "forecast"),
    ],
)
def test_the_capacity_of_a_plant_in_the_works_is_plan(body: str, surface: str, expected: str) -> None:
    assert _kind(body, surface, D(2024, 6, 6)) == expected


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        # "by half" after a verb of cutting: a multiplier of 0.5, a change (FORMAT.md: "жарты есеге азайды")
        ("The waiting list for kindergartens was reduced by half in 2023.", "actual"),
        ("Road deaths must be cut by half by 2030, from 2,100 to about 1,050 a year.", "target"),
        # (a cut with no level named is a scheduled act, as "Salaries must be raised by 15%" is: plan)
        ("Road deaths must be cut by half by 2030, the minister said.", "plan"),
        ("Ticket prices fell by half after the new airline arrived.", "actual"),
    ],
)
def test_by_half_after_a_cut_is_a_multiplier(body: str, kind: str) -> None:
    figure = figure_by_surface(body, "by half", P, language="en")
    assert (figure.value, figure.unit, figure.is_change, figure.kind) == (0.5, "times", True, kind)


@pytest.mark.parametrize(
    "body",
    [
        # look-alikes: a split, a time of day, a half of something
        "The builders cut the old pipe in half and 40 workers replaced it.",
        "By half past nine, 400 people had arrived at the polling station.",
        "Half of the 40 new buses arrived by half-term.",
    ],
)
def test_half_that_is_no_multiplier(body: str) -> None:
    from tests.figure_lookup import surfaces

    assert not any("half" in s for s in surfaces(body, P, language="en"))


STOCK_LEAD = "ALMATY – The share of waste recycled reached 31.4% as of March 2024, analysts said.\n"


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # a deed in the perfect two paragraphs after the lead's stock day stands at the report
        (
            STOCK_LEAD + "Most landfills fail to meet sanitary rules.\n"
            "The government has approved a pool of 50 projects, including 12 new plants.",
            "50",
            (D(2024, 5, 2), D(2024, 5, 2)),
        ),
        (
            STOCK_LEAD + "Most landfills fail to meet sanitary rules.\n"
            "The government has approved a pool of 50 projects, including 12 new plants.",
            "12",
            (D(2024, 5, 2), D(2024, 5, 2)),
        ),
        # look-alike: a present state told further on keeps the stock's day, as the dev labels read
        (
            "ASTANA – As of July 1, 2023, the population reached 19.9 million people.\n"
            "Women make up 51.2% of the population.",
            "51.2%",
            (D(2023, 7, 1), D(2023, 7, 1)),
        ),
    ],
)
def test_a_lead_stock_day_does_not_date_later_deeds_in_the_perfect(
    body: str, surface: str, expected: tuple[D, D]
) -> None:
    assert span(figure_by_surface(body, surface, D(2024, 5, 2), language="en")) == expected


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # the level a stock at a day is set against, "at the end of" a year: that year's last day
        (
            "Household deposits reached 14.2 trillion tenge as of 1 March 2024, compared with 13.1 "
            "trillion tenge at the end of 2023.",
            "13.1 trillion tenge",
            (D(2023, 12, 31), D(2023, 12, 31)),
        ),
        (
            "The share of cashless payments stood at 86% as of April 2024, up from 81% at the end of 2022.",
            "81%",
            (D(2022, 12, 31), D(2022, 12, 31)),
        ),
        # look-alike: a flow against a flow keeps the year
        (
            "Exports rose to $2.1 billion in January-March 2024, compared with $1.8 billion at the end of "
            "2023.",
            "$1.8 billion",
            (D(2023, 1, 1), D(2023, 12, 31)),
        ),
    ],
)
def test_a_stock_is_set_against_a_stock(body: str, surface: str, expected: tuple[D, D]) -> None:
    assert span(figure_by_surface(body, surface, D(2024, 5, 2), language="en")) == expected


@pytest.mark.parametrize(
    ("body", "low", "high"),
    [
        # a present verb of an amount before "from X to Y": a range of estimates, both now
        (
            "The city generates from 600,000 to 700,000 tons of household waste a year.",
            "600,000",
            "700,000 tons",
        ),
        ("A new flat costs from 400,000 to 550,000 tenge per square metre.", "400,000", "550,000 tenge"),
    ],
)
def test_an_amount_verb_before_from_to_reads_a_range(body: str, low: str, high: str) -> None:
    first = figure_by_surface(body, low, P, language="en")
    second = figure_by_surface(body, high, P, language="en")
    assert (first.role, second.role) == ("low", "high")
    assert span(first) == span(second)


def test_a_change_verb_before_from_to_keeps_old_and_new_levels() -> None:
    body = "Output grows from 600,000 tons to 700,000 tons a year under the plan."
    first = figure_by_surface(body, "600,000 tons", P, language="en")
    assert first.role == "from"


PLAN_THEN_SAME = (
    "ASTANA – Some 4.2 million trees were planted in cities in 2021-2023, the committee said.\n"
    "Under the plan, 9 million trees are to be planted between 2021 and 2026, or 1.5 million a year. "
)


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # a deed done "over the same period" after a plan running past the report: the report's span
        (
            PLAN_THEN_SAME + "Over the same period, forest was restored on 120 thousand hectares.",
            "120 thousand hectares",
            (D(2021, 1, 1), D(2023, 12, 31)),
        ),
        # look-alike: a plan over the same period keeps the plan's span
        (
            PLAN_THEN_SAME + "Over the same period, forest is to be restored on 120 thousand hectares.",
            "120 thousand hectares",
            (D(2021, 1, 1), D(2026, 12, 31)),
        ),
    ],
)
def test_a_deed_over_the_same_period_as_a_plan(body: str, surface: str, expected: tuple[D, D]) -> None:
    assert span(figure_by_surface(body, surface, D(2024, 2, 22), language="en")) == expected
