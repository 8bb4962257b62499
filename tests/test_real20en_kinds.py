"""Kinds and change flags seen wrong on real stored English news pages (round kind20en), in
sentences of our own.

Labelled by tests/realworld/FORMAT.md:
  1. "it is necessary to attract at least $24 billion", "the city needs to build 40 schools": what
     must be reached is a goal (target; they were actual). Look-alikes: "the sector needs 7,700 more
     doctors" (a shortage now) and "12 billion tenge is necessary to finish the works" (no figure
     after the cue) keep their reading.
  2. "Kazakhstan eyes to construct 103 million square metres": an intended act (plan; actual).
  3. "17 million sq m instead of 15.2 million previously planned": the amount replaced is the plan
     before, not an amount in force now (it was actual at publication). Look-alike: "52,000 tenge
     instead of 47,000 tenge" keeps the old amount actual.
  4. "These are the construction of the second track (836 km), the bypass (75 km)", "Other active
     projects include the Aktobe–Ulgaysyn road (234 km)": the bracketed length of a line named as
     work under way is a size still to be built (plan; actual). Look-alikes: a length after a past
     verb ("completed the construction of the line (836 km)") and a network's length with no work
     named stay actual.
  5. "Construction has begun on a 20,000-kilometre network": the size of what is being built (plan).
  6. "Approximately 1,200 villages including 3,500 schools, hospitals and akimats, will receive the
     service", "Three hundred new schools, accommodating 740,000 pupils, will open": a subject set
     off by commas from its verb takes the verb's kind (plan; actual). Look-alike: "Some 1,200
     villages, which were connected last year, now have internet" stays actual.
  7. "to expand the fleet from 96 planes operating regular flights to 131 by 2025": the old level
     of a planned change, with its noun between the two numbers, is where things stand (actual; it
     was plan). Look-alike: "Parcels were sent from 3 warehouses to 40 schools" links nothing.
  8. "According to estimates, 1.29 million people will have internet": a bare "will" under a cited
     estimate is an outlook (forecast; plan). Look-alike: "According to estimates, the harvest
     amounted to 20 million tons" stays actual.
  9. "I entrust the Government with raising the criterion up to 70%": an order sets a goal
     (target; actual), as "instructed" does; "entrusted the Government to allocate 40 billion"
     stays a plan.
 10. "Now it has 970 such projects for 32 trillion tenge": the worth of projects in a pool is money
     not yet spent (plan; actual). Look-alike: "Last year the fund financed 40 projects for 120
     billion tenge" stays actual.
 11. "37 billion tenge has been additionally allocated for these purposes" after an increase "from
     January 1 this year": money set aside for a span opened this year and left open is a plan.
     Look-alike: "From January 1, 2023, 12 billion tenge was allocated" told in 2024 stays actual.
 12. change flags: a multiple after a change verb and its object ("increase the capacity of this
     route fivefold", "to raise their handling capacity sixfold"; "fivefold" after "route" was
     dropped as a route number); "will boost carrying capacity by 15%", "and lower costs by 12%",
     "will shorten the trip by 40 km", "will reduce the route from Astana to Aktau by 889 km".
     Look-alikes: "They raised the issue three times" (a repeat, no figure) and "The fund was
     boosted by 12 companies joining it" (who boosted it) are no changes.
 13. "Three hundred and sixty-nine new schools" was read as 69: hundreds in words with no scale word
     after them are read whole. Look-alike: "three hundred thousand people" stays 300,000.
 14. "the implementation of the task set by the President on employing about 1 million people": a
     goal carried out is no reference an outcome is measured against (target; actual). Look-alike:
     "The implementation of the plan reached 95%" stays actual.
 15. "was done for 56% on 1 September, now 73%, in October planned to reach 100%": the level told as
     now is actual at publication (it took the October goal). Look-alike: the 100% stays a plan.
 16. "The construction of 41 houses with a total area of 141,300 sq m is carrying on": the area of
     what is under construction is plan (it was actual); the count stays actual, and a finished
     construction keeps its area actual.
 17. "600 million tenge was allocated to build 10 clinics this year": what money set aside is to pay
     for is planned (actual). Look-alike: a past year's "allocated to repair 40 schools, and all of
     them were repaired" stays actual.
 18. "As of July 1, of 444,000, 249,000 new jobs have already been created": the whole a done part
     is counted out of is the plan (it was actual or a target). Look-alike: "Of 120 schools, 80 were
     built last year" stays actual.
 19. "A total of 94,250 grants have been allocated for the 2024-2025 academic year" (told in August):
     a count of awards made keeps its verb's reading (actual; a span ahead made it a target), and so
     do the members of its breakdown. Look-alike: "For 2026, 45 billion tenge has been allocated"
     (money) stays a plan.
 20. "6 more regions, namely, Almaty, Zhambyl and West Kazakhstan regions, are expected to launch":
     names set off by commas between the subject and its verb (forecast; actual).
 21. change flags: "will increase by another 5,000" (a word between "by" and the figure) and a count
     set against an earlier one with its noun or verb between, "45,000 more grants than last year",
     "11 thousand more applicants took part compared to last year". Look-alikes: "120 more schools in
     the city than in the village" and "300 more doctors than it needs" (no base in time) are no changes.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators
from tests.figure_lookup import figure_by_surface

PUBLISHED = date(2024, 5, 15)


def _figure(text: str, surface: str):  # type: ignore[no-untyped-def]
    return figure_by_surface(text, surface, PUBLISHED, "", "en")


KINDS = [
    # 1. "necessary to", "needs to": a goal
    (
        "It is also necessary to attract at least $9 billion of private capital this year.",
        "$9 billion",
        "target",
    ),
    ("Over these five years it is necessary to plant 2 million trees.", "2 million", "target"),
    ("The district needs to build 14 schools.", "14", "target"),
    ("The hospitals of the region need to hire 600 nurses.", "600", "target"),
    ("The sector needs 7,700 more doctors.", "7,700", "actual"),
    ("About 12 billion tenge is necessary to finish the works.", "12 billion tenge", "actual"),
    # 2. "eyes to": an intended act
    (
        "The city eyes to construct 4 million square metres of housing in the next five years.",
        "4 million square metres",
        "plan",
    ),
    # 3. the amount replaced, named as the plan before
    ("The region will lay 60 km of pipes instead of 45 km previously planned.", "45 km", "plan"),
    ("The factory will make 900 buses this year instead of 700 originally planned.", "700", "plan"),
    ("From July the grant will be 52,000 tenge instead of 47,000 tenge.", "47,000 tenge", "actual"),
    # 4. bracketed lengths of lines named as work under way
    (
        "These are the construction of the northern bypass (64 km) and the Zhetysu railway line (210 km).",
        "64 km",
        "plan",
    ),
    (
        "These are the construction of the northern bypass (64 km) and the Zhetysu railway line (210 km).",
        "210 km",
        "plan",
    ),
    ("Other ongoing projects include the Atyrau–Dossor road (96 km).", "96 km", "plan"),
    ("Last year the company completed the construction of the Zhetysu line (210 km).", "210 km", "actual"),
    ("The region's roads (12,400 km) are in poor repair.", "12,400 km", "actual"),
    # 5. "Construction has begun on ..."
    (
        "Construction has begun on a 3,000-kilometre fibre network for the northern villages.",
        "3,000-kilometre",
        "plan",
    ),
    ("Construction has been completed on a 400-km road.", "400-km", "actual"),
    # 6. a subject set off by commas from its verb
    (
        "Some 800 villages including 2,100 schools, clinics and libraries (akimats' buildings), will get "
        "fibre-optic lines.",
        "800",
        "plan",
    ),
    (
        "Some 800 villages including 2,100 schools, clinics and libraries (akimats' buildings), will get "
        "fibre-optic lines.",
        "2,100",
        "plan",
    ),
    (
        "Four hundred new kindergartens, accommodating 60,000 children, will open in 2025, the minister said.",
        "Four hundred",
        "plan",
    ),
    ("Some 1,200 villages, which were connected last year, now have internet.", "1,200", "actual"),
    # 7. the old level of a planned change with a noun between
    (
        "The carrier plans to expand its fleet from 40 aircraft flying scheduled routes to 75 by 2027.",
        "40",
        "actual",
    ),
    (
        "The carrier plans to expand its fleet from 40 aircraft flying scheduled routes to 75 by 2027.",
        "75",
        "plan",
    ),
    ("Parcels were sent from 3 warehouses to 40 schools.", "40", "actual"),
    # 8. a bare "will" under a cited estimate
    (
        "According to estimates, about 600,000 rural residents will have fast internet by the end of the year.",
        "600,000",
        "forecast",
    ),
    (
        "According to the ministry's estimates, the plant will process 2 million tons.",
        "2 million tons",
        "forecast",
    ),
    ("According to estimates, the harvest amounted to 20 million tons.", "20 million tons", "actual"),
    # 9. an order given with "entrust"
    (
        "I entrust the Government with raising the allowance up to 80% of the subsistence minimum.",
        "80%",
        "target",
    ),
    (
        "The President entrusted the Government to allocate 40 billion tenge for the programme.",
        "40 billion tenge",
        "plan",
    ),
    # 10. the worth of projects in a pool
    ("Now the pool has 520 such projects for 14 trillion tenge.", "14 trillion tenge", "plan"),
    ("Last year the fund financed 40 projects for 120 billion tenge.", "120 billion tenge", "actual"),
    # 11. money set aside for a span opened this year and left open
    (
        "From January 1, 2024, 12 billion tenge has been allocated for the new allowance.",
        "12 billion tenge",
        "plan",
    ),
    ("From January 1, 2023, 12 billion tenge was allocated for the allowance.", "12 billion tenge", "actual"),
]


@pytest.mark.parametrize(("text", "surface", "kind"), KINDS)
def test_kinds_seen_on_real_pages(text: str, surface: str, kind: str) -> None:
    assert _figure(text, surface).kind == kind


def test_money_set_aside_after_an_increase_opened_this_year() -> None:
    text = (
        "The allowances will rise by 12% compared to 2023 (counting a rise by 5% from January 1 this year). "
        "21 billion tenge has been additionally allocated from the budget for these purposes."
    )
    assert _figure(text, "21 billion tenge").kind == "plan"


CHANGES = [
    ("The new line will increase the carrying capacity of this busy corridor fivefold.", "fivefold", True),
    ("Two terminals were rebuilt to raise their handling capacity sixfold.", "sixfold", True),
    ("The company boosted its exports almost threefold.", "threefold", True),
    ("The new locomotives will boost carrying capacity by 18%.", "18%", True),
    ("The bypass will cut the trip by two hours and lower fuel costs by 9%.", "9%", True),
    ("The bridge will shorten the trip by 40 km.", "40 km", True),
    (
        "The new highway will reduce the route from Astana to the port of Aktau by 700 kilometres.",
        "700 kilometres",
        True,
    ),
    ("The fund was boosted by 12 companies joining it.", "12", False),
]


@pytest.mark.parametrize(("text", "surface", "is_change"), CHANGES)
def test_change_flags_seen_on_real_pages(text: str, surface: str, is_change: bool) -> None:
    assert _figure(text, surface).is_change is is_change


def test_a_repeat_after_a_raise_is_no_figure() -> None:
    assert extract_indicators("They raised the issue three times.", PUBLISHED, language="en") == []


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Three hundred and sixty-two new schools will open in 2025.", "Three hundred and sixty-two", 362),
        ("Two hundred villages were connected.", "Two hundred", 200),
        ("One hundred and twelve clinics were built.", "One hundred and twelve", 112),
        ("Some three hundred thousand people took part.", "three hundred thousand", 300_000),
    ],
)
def test_hundreds_in_words(text: str, surface: str, value: float) -> None:
    assert _figure(text, surface).value == value


LATER_KINDS = [
    # 14. a goal carried out
    (
        "The ministry reported on the implementation of the task set by the President on employing about "
        "800,000 people this year.",
        "800,000",
        "target",
    ),
    ("The implementation of the plan reached 95%.", "95%", "actual"),
    # 15. the level told as now
    (
        "On 1 September the works were done for 48%, now 71%, in November planned to reach 100%.",
        "71%",
        "actual",
    ),
    (
        "On 1 September the works were done for 48%, now 71%, in November planned to reach 100%.",
        "100%",
        "plan",
    ),
    # 16. the area of what is under construction
    (
        "The construction of 35 apartment blocks with a total area of 96,000 square meters is carrying on.",
        "96,000 square meters",
        "plan",
    ),
    (
        "The construction of 35 apartment blocks with a total area of 96,000 square meters is carrying on.",
        "35",
        "actual",
    ),
    (
        "The construction of 35 blocks with a total area of 96,000 square meters was completed in March.",
        "96,000 square meters",
        "actual",
    ),
    # 17. what money set aside is to pay for
    ("This year 900 million tenge was allocated to build 14 rural clinics.", "14", "plan"),
    (
        "Last year 2 billion tenge was allocated to repair 40 schools, and all of them were repaired.",
        "40",
        "actual",
    ),
    # 18. the whole a done part is counted out of
    ("As of June 1, of 380,000, 150,000 new jobs have already been created.", "380,000", "plan"),
    ("As of June 1, of 380,000, 150,000 new jobs have already been created.", "150,000", "actual"),
    ("Of 120 schools, 80 were built last year.", "120", "actual"),
]


@pytest.mark.parametrize(("text", "surface", "kind"), LATER_KINDS)
def test_later_kinds_seen_on_real_pages(text: str, surface: str, kind: str) -> None:
    assert _figure(text, surface).kind == kind


def test_the_level_told_as_now_is_dated_at_publication() -> None:
    figure = _figure(
        "On 1 September the works were done for 48%, now 71%, in November planned to reach 100%.", "71%"
    )
    assert (figure.period_start, figure.period_end) == (PUBLISHED, PUBLISHED)


THIRD_KINDS = [
    # 19. a count of awards made
    ("A total of 61,300 grants have been allocated for the 2024-2025 academic year.", "61,300", "actual"),
    (
        "A total of 61,300 grants have been allocated for the 2024-2025 academic year. Of these, about 50 "
        "thousand - for bachelor's degree and 1,900 - for doctoral studies.",
        "1,900",
        "actual",
    ),
    ("For 2026, 45 billion tenge has been allocated for grants.", "45 billion tenge", "plan"),
    # (the span ahead the awards are for is not carried on to what the next sentences report)
    (
        "A total of 61,300 grants have been allocated for the 2024-2025 academic year. This year 180 thousand "
        "applicants sat the test. This is 20 thousand more than last year.",
        "20 thousand",
        "actual",
    ),
    # 20. names between the subject and its verb
    (
        "5 more regions, namely, Abai, Zhetysu, Ulytau and North Kazakhstan regions, are expected to open such "
        "centres.",
        "5",
        "forecast",
    ),
]


@pytest.mark.parametrize(("text", "surface", "kind"), THIRD_KINDS)
def test_third_batch_kinds(text: str, surface: str, kind: str) -> None:
    assert _figure(text, surface).kind == kind


THIRD_CHANGES = [
    ("The number of study grants will increase by another 4,000 in 2025.", "4,000", True),
    ("The number of study grants will grow by a further 9,000 by 2027.", "9,000", True),
    (
        "The ministry has awarded 96,000 college grants, which is 31,000 more grants than last year.",
        "31,000",
        True,
    ),
    ("This year, 7 thousand more pupils sat the test compared to last year.", "7 thousand", True),
    ("That is 12 thousand fewer than a year earlier.", "12 thousand", True),
    ("There are 120 more schools in the city than in the village.", "120", False),
    ("The region has 300 more doctors than it needs.", "300", False),
]


@pytest.mark.parametrize(("text", "surface", "is_change"), THIRD_CHANGES)
def test_third_batch_change_flags(text: str, surface: str, is_change: bool) -> None:
    assert _figure(text, surface).is_change is is_change
