"""English forms met on the fresh development set d41 at first sight (+fs41en): our own sentences,
labelled by tests/realworld/FORMAT.md before the reader ran, each with look-alikes that keep
their reading."""

from __future__ import annotations

from datetime import date as D

import pytest

from tests.figure_lookup import figure_by_surface, span, surfaces

P = D(2024, 5, 29)


def _kind(body: str, surface: str, published: D = P) -> str:
    return figure_by_surface(body, surface, published, language="en").kind


# --- the jobs and capacity of projects under way are plan, whatever "will" says ---------------


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        (
            "The development fund is now financing a dairy complex that will create 140 jobs in the "
            "Kostanay Region.",
            "140",
            "plan",
        ),
        ("A glass factory that will employ about 380 workers is being built near Turkestan.", "380", "plan"),
        ("Two new hospitals are under construction in Aktobe; they will create 900 jobs.", "900", "plan"),
        (
            "Among the projects the agency is funding is a fertiliser plant with a capacity of "
            "1.2 million tons that will open 600 jobs.",
            "600",
            "plan",
        ),
        (
            "The holding is now financing a brick works that will create 250 jobs and have a capacity "
            "of 60 million bricks a year.",
            "60 million",
            "plan",
        ),
        # look-alikes: a plant on its own, an outcome a speaker expects, a change of a measure
        ("The new glass factory will create 380 jobs in the region.", "380", "forecast"),
        (
            "The bank is financing small firms, which will create 3,000 jobs this year, the minister expects.",
            "3,000",
            "forecast",
        ),
        ("Exports will grow by 5% in 2025 as the state is financing new plants.", "5%", "forecast"),
    ],
)
def test_jobs_of_projects_under_way_are_plan(body: str, surface: str, expected: str) -> None:
    assert _kind(body, surface) == expected


# --- a present passive of an irregular participle ("is made up of", "are held") states how things
# stand now, as the -ed ones do: the lead's year does not date it ---------------------------------


def _span(body: str, surface: str, published: D = P) -> tuple[D | None, D | None]:
    return span(figure_by_surface(body, surface, published, language="en"))


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        (
            "Wind and solar plants generated 7.1 billion kWh in 2023. The country now runs 150 such "
            "plants. The fleet is made up of 61 wind farms with 1,512 MW and 48 solar parks with 1,300 MW.",
            "1,300 MW",
            (P, P),
        ),
        (
            "Livestock output rose 4% in 2023. The national herd is made up of 8.4 million cattle, "
            "with 2.1 million of them on large farms.",
            "2.1 million",
            (P, P),
        ),
        (
            "Deposits grew 12% in 2023. Retail savings are held by 22 banks with assets of 31 trillion tenge.",
            "31 trillion tenge",
            (P, P),
        ),
        # look-alikes: a past of the same verbs keeps the year the article carries
        (
            "In 2023, the region made 40 billion tenge of sales, and 300 firms were made members of "
            "the cluster with 5,000 workers.",
            "5,000",
            (D(2023, 1, 1), D(2023, 12, 31)),
        ),
        (
            "The forum was held in 2023 with 4,000 guests, and talks were held with 35 firms worth "
            "$2 billion.",
            "$2 billion",
            (D(2023, 1, 1), D(2023, 12, 31)),
        ),
    ],
)
def test_present_passive_of_make_up_states_now(body: str, surface: str, expected: tuple) -> None:
    assert _span(body, surface) == expected


# --- a span "since" beside a level, told on a day before publication, runs to that day, and the
# level it brought things to is that day's (FORMAT.md: "since" on a level dated before publication)


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        (
            "Reservoir stocks have risen to 3.2 billion cubic meters after 400 million cubic meters "
            "flowed in since the start of the year, the water committee said on May 27.",
            "3.2 billion cubic meters",
            (D(2024, 5, 27), D(2024, 5, 27)),
        ),
        (
            "Reservoir stocks have risen to 3.2 billion cubic meters after 400 million cubic meters "
            "flowed in since the start of the year, the water committee said on May 27.",
            "400 million cubic meters",
            (D(2024, 1, 1), D(2024, 5, 27)),
        ),
        (
            "Since January, the fund's assets have reached $4.1 billion after it drew in $600 million, "
            "its chairman told a briefing on May 20.",
            "$600 million",
            (D(2024, 1, 1), D(2024, 5, 20)),
        ),
        # look-alikes: a flow told alone that day keeps the report's end; with no day told, the report's
        (
            "The state has paid 9.1 billion tenge in benefits since the start of the year, the minister "
            "told a meeting on May 27.",
            "9.1 billion tenge",
            (D(2024, 1, 1), P),
        ),
        (
            "Reservoir stocks have risen to 3.2 billion cubic meters after 400 million cubic meters "
            "flowed in since the start of the year.",
            "400 million cubic meters",
            (D(2024, 1, 1), P),
        ),
    ],
)
def test_since_beside_a_level_runs_to_the_day_told(body: str, surface: str, expected: tuple) -> None:
    assert _span(body, surface) == expected


# --- "since the <thing> was <done> in <year>": any passive of an event opens a span to the report


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        (
            "Since the canal was completed in 2011, 9.4 billion cubic meters of water have reached the "
            "fields, an official said.",
            "9.4 billion cubic meters",
            (D(2011, 1, 1), P),
        ),
        (
            "Since the bridge was opened in 2019, 12 million vehicles have crossed it.",
            "12 million",
            (D(2019, 1, 1), P),
        ),
        (
            "Since the plant was rebuilt in 2016, it has turned out 3 million tons of cement.",
            "3 million tons",
            (D(2016, 1, 1), P),
        ),
        # look-alike: no "since": the year of the event dates its own figure
        (
            "The canal was completed in 2011, and 9.4 billion cubic meters of water reached the fields in 2011.",
            "9.4 billion cubic meters",
            (D(2011, 1, 1), D(2011, 12, 31)),
        ),
    ],
)
def test_since_a_passive_event_runs_to_the_report(body: str, surface: str, expected: tuple) -> None:
    assert _span(body, surface) == expected


# --- a level the text calls "current" is today's, not the span the article carries -------------


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        (
            "In January-April 2024, card payments came to 52 trillion tenge. Spending per card averaged "
            "310,000 tenge a month, above the current average pension of 95,000 tenge and the average "
            "wage of 370,000 tenge.",
            "95,000 tenge",
            (P, P),
        ),
        (
            "In January-April 2024, card payments came to 52 trillion tenge. Spending per card averaged "
            "310,000 tenge a month, above the current average pension of 95,000 tenge and the average "
            "wage of 370,000 tenge.",
            "370,000 tenge",
            (P, P),
        ),
        # look-alikes: the figure before keeps the span; "current prices" is no date
        (
            "In January-April 2024, card payments came to 52 trillion tenge. Spending per card averaged "
            "310,000 tenge a month, above the current average pension of 95,000 tenge.",
            "310,000 tenge",
            (D(2024, 1, 1), D(2024, 4, 30)),
        ),
        (
            "In January-April 2024, output in current prices reached 9 trillion tenge.",
            "9 trillion tenge",
            (D(2024, 1, 1), D(2024, 4, 30)),
        ),
    ],
)
def test_a_current_level_is_todays(body: str, surface: str, expected: tuple) -> None:
    assert _span(body, surface) == expected


# --- "up $5.4 billion from 2023": a change told by an amount has its base year as "up 6% from" ---


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        (
            "Trade with Turkey reached $7.1 billion in 2023, up $1.3 billion from 2022, customs data show.",
            "$1.3 billion",
            (D(2023, 1, 1), D(2023, 12, 31)),
        ),
        (
            "Coal shipments came to 61 million tons in 2023, down 2.4 million tons from 2022.",
            "2.4 million tons",
            (D(2023, 1, 1), D(2023, 12, 31)),
        ),
        (
            "Tax revenue hit 19 trillion tenge in 2023, an increase of 1.6 trillion tenge from 2022.",
            "1.6 trillion tenge",
            (D(2023, 1, 1), D(2023, 12, 31)),
        ),
        # look-alikes: "since"/"from" opening a span keeps it
        (
            "From 2021, the fund has paid out 300 billion tenge to farmers.",
            "300 billion tenge",
            (D(2021, 1, 1), P),
        ),
        ("Since 2019, exporters have received 2.1 trillion tenge.", "2.1 trillion tenge", (D(2019, 1, 1), P)),
    ],
)
def test_a_change_by_an_amount_from_a_year_is_based_on_it(body: str, surface: str, expected: tuple) -> None:
    assert _span(body, surface) == expected


# --- "taking the test 326,000 times": a number of a thousand or more before "times" counts events


@pytest.mark.parametrize(
    ("body", "surface", "value", "unit"),
    [
        (
            "Some 150,000 school leavers sat the exam, taking it 281,000 times in all.",
            "281,000",
            281000,
            "count",
        ),
        ("The e-government portal was used 4,600 times a minute on peak days.", "4,600", 4600, "count"),
        # look-alikes: a multiplier stays one
        ("Card payments grew 2.5 times in 2023.", "2.5 times", 2.5, "times"),
        ("Prices rose 1,000-fold over the decade.", "1,000-fold", 1000, "times"),
    ],
)
def test_thousands_of_times_count_events(body: str, surface: str, value: float, unit: str) -> None:
    figure = figure_by_surface(body, surface, P, language="en")
    assert (figure.value, figure.unit) == (value, unit)


# --- "for the same period" after a span the sentence itself named is that span ------------------


_SAME_PERIOD_BODY = (
    "The central bank counted 12.4 million payment cards as of May 1. In January-April 2024, "
    "card payments came to 41 trillion tenge, or 1.9 times retail trade over the same period. "
    "About 70% of them were made by phone."
)


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        (_SAME_PERIOD_BODY, "1.9 times", (D(2024, 1, 1), D(2024, 4, 30))),
        (_SAME_PERIOD_BODY, "70%", (D(2024, 1, 1), D(2024, 4, 30))),
        # look-alikes: with no span of its own the sentence before's period holds
        (
            "In January-April 2024, card payments came to 41 trillion tenge. Transfers reached 9 trillion "
            "tenge over the same period.",
            "9 trillion tenge",
            (D(2024, 1, 1), D(2024, 4, 30)),
        ),
        (_SAME_PERIOD_BODY, "12.4 million", (D(2024, 5, 1), D(2024, 5, 1))),
    ],
)
def test_same_period_after_own_span_is_that_span(body: str, surface: str, expected: tuple) -> None:
    assert _span(body, surface) == expected


# --- "the state adds an annual premium of 5%": a present "add" states a standing rate ------------


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        (
            "Each pupil gets 40,000 tenge in 2024. The state adds a yearly bonus of 6% to every account.",
            "6%",
            (P, P),
        ),
        (
            "Exports reached $3 billion in 2023. Every new pipeline adds 12 million tons a year to capacity.",
            "12 million tons",
            (P, P),
        ),
        # look-alikes: a past or future "add" keeps its own time
        ("In 2023, the new line added 300 MW to the grid.", "300 MW", (D(2023, 1, 1), D(2023, 12, 31))),
        ("The plant will add 300 MW in 2026.", "300 MW", (D(2026, 1, 1), D(2026, 12, 31))),
    ],
)
def test_a_present_add_states_a_standing_rate(body: str, surface: str, expected: tuple) -> None:
    assert _span(body, surface) == expected


# --- the people a place has, told with no date (under a goal or plan), are its people at publication


@pytest.mark.parametrize(
    ("body", "surface", "expected_kind", "expected_span"),
    [
        (
            "The goal is full access to clean water for the district's more than 32,000 residents.",
            "32,000",
            "actual",
            (P, P),
        ),
        (
            "Some 410 million tenge is being spent to finish the sewer network, which is to serve the "
            "town's nearly 21,000 inhabitants.",
            "21,000",
            "actual",
            (P, P),
        ),
        (
            "The pipeline will bring gas to 40 villages with 25,000 residents.",
            "25,000",
            "actual",
            (P, P),
        ),
        # look-alikes: a population forecast by a year, and a dated count, keep theirs
        (
            "The town's population could exceed 150,000 residents by 2038.",
            "150,000",
            "forecast",
            (None, D(2038, 12, 31)),
        ),
        (
            "In 2023, gas reached 40 villages with 25,000 residents.",
            "25,000",
            "actual",
            (D(2023, 1, 1), D(2023, 12, 31)),
        ),
    ],
)
def test_residents_of_a_place_are_todays(
    body: str, surface: str, expected_kind: str, expected_span: tuple
) -> None:
    figure = figure_by_surface(body, surface, P, language="en")
    assert (figure.kind, span(figure)) == (expected_kind, expected_span)


# --- the end of a span of years is a year, whatever verb in -s follows it ------------------------


@pytest.mark.parametrize(
    "body",
    [
        "The city's master plan for 2024-2030 comprises 85 measures.",
        "The roadmap for 2025–2027 includes 40 projects worth 90 billion tenge.",
        "The strategy for 2023-2029 envisages 12 new parks.",
    ],
)
def test_year_range_end_is_no_figure(body: str) -> None:
    found = surfaces(body, P, language="en")
    assert not any(s.startswith("20") and len(s) == 4 for s in found), found


def test_a_count_after_a_year_range_is_kept() -> None:
    assert "2000" in surfaces("In 2020-2023 2000 tourists came to the reserve.", P, language="en")


# --- the size of a work a relative clause puts ahead ("which is to be built", "for which ... was
# set aside") is plan ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        (
            "Officials inspected the site of a 500 MW solar park, which is to be built near Balkhash by a "
            "Chinese firm.",
            "500 MW",
            "plan",
        ),
        (
            "The governor presented a 300-seat school in Kosshy, for which 1.4 billion tenge has been allocated.",
            "300",
            "plan",
        ),
        (
            "Talks covered a 2 GW wind farm, which will be constructed in the Zhambyl Region.",
            "2 GW",
            "plan",
        ),
        # look-alikes: a work told as built keeps its reading
        ("In 2023 the region opened a 100-bed hospital, which was built in two years.", "100", "actual"),
        ("The 1 GW plant, which was commissioned in 2022, produced 3 billion kWh.", "1 GW", "actual"),
    ],
)
def test_size_of_a_work_put_ahead_is_plan(body: str, surface: str, expected: str) -> None:
    assert _kind(body, surface) == expected


# --- "or 12% of non-primary exports.": an -s form ending the clause is a noun, not a present verb


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        (
            "In 2023, the fund backed 400 firms. They sold goods worth 2 trillion tenge, or 11% of all "
            "output and 9% of processed exports.",
            "9%",
            (D(2023, 1, 1), D(2023, 12, 31)),
        ),
        (
            "In 2023, the region shipped grain abroad. It sent 4 million tons, or 30% of the harvest and "
            "12% of national imports.",
            "12%",
            (D(2023, 1, 1), D(2023, 12, 31)),
        ),
        # look-alike: a present verb with its object after the figure still states how things stand
        (
            "In 2023, exports rose. Some 2,000 people now work there, and 300 of them are women.",
            "300",
            (P, P),
        ),
    ],
)
def test_an_s_form_ending_the_clause_is_a_noun(body: str, surface: str, expected: tuple) -> None:
    assert _span(body, surface) == expected


# --- "On the President's instructions, ...": an order named before the clause is no goal of its
# figures; the verb tells ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        (
            "On the President's instructions, the recovered money is going to 190 schools and clinics.",
            "190",
            "actual",
        ),
        ("Upon the minister's instruction, 40 clinics were repaired in 2024.", "40", "actual"),
        # look-alike: a duty told with "must" stays a goal
        ("On the President's instructions, the government must build 300 schools by 2026.", "300", "target"),
    ],
)
def test_an_order_before_the_clause_leaves_the_verb_to_tell(body: str, surface: str, expected: str) -> None:
    assert _kind(body, surface) == expected


# --- "this academic year" in the summer break is the one ahead (as "last" is the one just over);
# "would bring ... to" works out an expected outcome --------------------------------------------

AUG = D(2024, 8, 7)


@pytest.mark.parametrize(
    ("body", "surface", "expected_kind", "expected_span"),
    [
        (
            "About 90,000 school leavers are expected to enrol. That would bring the number of students "
            "this academic year to nearly 610,000, the ministry said.",
            "610,000",
            "forecast",
            (D(2024, 9, 1), D(2025, 5, 31)),
        ),
        (
            "This school year, 2,400 young teachers will start work in village schools.",
            "2,400",
            "plan",
            (D(2024, 9, 1), D(2025, 5, 31)),
        ),
        # look-alikes: "last" in summer is the year just over; a "will bring" of works stays a plan
        (
            "Last academic year, 1,900 teachers left the profession.",
            "1,900",
            "actual",
            (D(2023, 9, 1), D(2024, 5, 31)),
        ),
        (
            "The new schools will bring the total to 300 by 2026.",
            "300",
            "plan",
            (None, D(2026, 12, 31)),
        ),
    ],
)
def test_summer_academic_year_and_would_bring(
    body: str, surface: str, expected_kind: str, expected_span: tuple
) -> None:
    figure = figure_by_surface(body, surface, AUG, language="en")
    assert (figure.kind, span(figure)) == (expected_kind, expected_span)


# --- a payment the state sets "will rise / grow / increase": a scheduled raise (plan) -----------


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        ("Student stipends will grow 1.5 times in 2025.", "1.5 times", "plan"),
        ("The minimum wage will rise to 85,000 tenge next year.", "85,000 tenge", "plan"),
        (
            "Allowances for large families will increase by 12% in 2025, while those for carers will "
            "increase by 9%.",
            "9%",
            "plan",
        ),
        # look-alikes: money held, an economy's outlook, a forecast said in so many words
        ("Pension assets will grow to 25 trillion tenge by 2026.", "25 trillion tenge", "forecast"),
        ("Exports will grow twofold by 2030.", "twofold", "forecast"),
        ("Pensions will rise by 6% in 2026, the ministry expects.", "6%", "forecast"),
    ],
)
def test_a_payment_raised_on_a_schedule_is_plan(body: str, surface: str, expected: str) -> None:
    assert _kind(body, surface) == expected


# --- a small number word before a measure ("six cubic meters", "nine kilometres") is a figure; a
# base named as the possession of a year ("last year's rate of six ...") is of that year ---------


@pytest.mark.parametrize(
    ("body", "surface", "unit", "expected"),
    [
        (
            "The reservoir now takes in 40 cubic meters of water per second, up from last year's rate of "
            "seven cubic meters per second.",
            "seven cubic meters per second",
            "other",
            (D(2023, 1, 1), D(2023, 12, 31)),
        ),
        (
            "Bread now costs 250 tenge a loaf, up from last year's average price of 190 tenge.",
            "190 tenge",
            "KZT",
            (D(2023, 1, 1), D(2023, 12, 31)),
        ),
        (
            "In 2023 the town laid nine kilometres of new pipes.",
            "nine kilometres",
            "km",
            (D(2023, 1, 1), D(2023, 12, 31)),
        ),
        # look-alike: the figure beside it keeps today's date
        (
            "Bread now costs 250 tenge a loaf, up from last year's average price of 190 tenge.",
            "250 tenge",
            "KZT",
            (P, P),
        ),
    ],
)
def test_small_measures_and_possessive_bases(body: str, surface: str, unit: str, expected: tuple) -> None:
    figure = figure_by_surface(body, surface, P, language="en")
    assert (figure.unit, span(figure)) == (unit, expected)


# --- a payment a scheme in force requires ("must contribute at least 12 MCI a year") is actual at
# publication, not a goal ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "surface", "expected_kind", "expected_span"),
    [
        (
            "Pupils get a starting grant of 50 MCI in 2024. Families must contribute at least 10 MCI a year.",
            "10 MCI",
            "actual",
            (P, P),
        ),
        (
            "Under the new rules, employers must pay 3.5% of wages into the fund.",
            "3.5%",
            "actual",
            (P, P),
        ),
        # look-alikes: a duty with a deadline, and one that is not a payment, stay goals
        (
            "Investors must contribute 40 billion tenge by 2027.",
            "40 billion tenge",
            "target",
            (None, D(2027, 12, 31)),
        ),
        (
            "The region must plant 2 million trees a year until 2030.",
            "2 million",
            "target",
            (None, D(2030, 12, 31)),
        ),
    ],
)
def test_a_payment_a_scheme_requires_is_actual(
    body: str, surface: str, expected_kind: str, expected_span: tuple
) -> None:
    figure = figure_by_surface(body, surface, P, language="en")
    assert (figure.kind, span(figure)) == (expected_kind, expected_span)
