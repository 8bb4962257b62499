"""Kinds seen wrong on real stored English news pages (round kind21en), in sentences of our own.

Labelled by tests/realworld/FORMAT.md:
  1. Money an actor sets aside, with the verb before it, for a span ahead ("ordered to allocate an
     additional 10 billion tenge ... in the next three years") or for the year under way ("the
     country allocated 94 billion tenge to the programme in 2024", told in May 2024) is not yet spent
     (plan; it was actual). Look-alikes: a past year's allocation, one beside works told as done and
     one told as spent keep their reading (actual), and so does money "already received" after an
     approval.
  2. "with 1,000 projects set for implementation in 500 villages": the participle "set for" and a
     noun of works schedules them (plan; actual). Look-alike: "the 200 records set for the decade"
     is no such work.
  3. "the akimat decided to build 12 schools", "decided to increase funding from KZT 420,000 to KZT 1
     million": an act decided is still to be done (plan; actual, and the wage raised "from January 1"
     ahead was a target). Look-alikes: a rate decided ("decided to raise the base rate to 16.5%",
     "decided to keep the policy rate at 14.75%") is in force and stays actual, and so does the level
     the change starts from.
  4. "It is expected to open 140 health posts in 137 villages": officialese for what is planned, a
     deed with a dummy "it" (plan; forecast). Look-alikes: "It is expected to reach 5% growth" and
     "Output is expected to grow to 3 million tons" stay forecasts.
  5. "The ministry suggests allocating 25% of quotas to the north": a proposal of an act (plan, as
     "proposes"; actual). Look-alike: "The data suggests that output grew by 5%" stays actual.
  6. "The school for 624 places is 16% ready": what a building told as partly ready will hold is
     not yet built (plan; actual). Look-alikes: a school opened last year and one 100% ready keep
     their places actual, and the readiness itself stays actual.
  7. "for each child under 18 and under 23 if studying": ages are no figures (they were counts),
     the singular noun and a second bound after the first too. Look-alike: "120,000 children under
     18" keeps the count.
  8. "8.900 families": a dot grouping thousands before things counted one by one (8900; it was
     8.9). Look-alikes: "1.250 points" and "8.900 percent" keep their decimals.
  9. "Exports grew by 5% to reach $3 billion", "the expenses were fulfilled by 99.6% to reach 22.4
     trillion": after a past change and its amount, "to reach" tells the result (actual; target).
     Look-alikes: "must be increased by 5% to reach" and "plans to increase ... by 5% to reach" stay
     goals.
 10. "the annual plan of the Program is 111% complete", "was 95% fulfilled": how far a plan is done
     (actual; plan). Look-alike: "The school will be 100% complete by December" stays a plan.
 11. change flags: "reached 9.8% reducing twofold", "shrinking threefold": a multiple after a
     present participle of change (it was no change).
 12. "the new 2027 roadmap includes 270 projects", "the 2025 budget includes": a year naming a
     document is no count (it was one, because "includes" ends in s). Look-alike: "Some 2025
     families received flats" keeps the count.
 13. change flags: "output has increased by 5% and amounted to 4.4 trillion tenge", "increased by
     more than 15% and in total exceeded 445 billion": the level after a second verb is no change
     (it took the first verb's). Look-alike: "Exports rose by 5% and imports by 3%" (the verb left
     out) stays a change.
 14. units: "600MWt", "2 GWt" (thermal megawatts) are MW and GW (600MWt was missed, "2 GWt" a
     count of 2).
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
    # 1. money set aside, the verb before it, for a span ahead or the year under way
    (
        "Besides, the President ordered to allocate an additional 20 billion tenge for small towns in "
        "the next three years.",
        "20 billion tenge",
        "plan",
    ),
    (
        "The country allocated 94 billion tenge to its rural programme in 2024, the minister said.",
        "94 billion tenge",
        "plan",
    ),
    (
        "This year the ministry allocated 12 billion tenge to fertiliser subsidies.",
        "12 billion tenge",
        "plan",
    ),
    ("In 2022 the akimat allocated 5 billion tenge to repair roads.", "5 billion tenge", "actual"),
    (
        "This year 18 clinics were repaired, and the akimat allocated 6.4 billion tenge for it.",
        "6.4 billion tenge",
        "actual",
    ),
    (
        "This year the fund allocated 3 billion tenge to 40 farms, and all of it was spent.",
        "3 billion tenge",
        "actual",
    ),
    (
        "In January-April the bank allocated 40 billion tenge in loans to farmers.",
        "40 billion tenge",
        "actual",
    ),
    (
        "This year 48 projects have been approved, and 15 of them have already received 61.2 billion tenge "
        "out of a total package of 140 billion tenge.",
        "61.2 billion tenge",
        "actual",
    ),
    # 2. "set for" and a noun of works
    ("The work goes on this year, with 700 projects set for implementation in 300 villages.", "700", "plan"),
    ("Some 40 schools set for construction next year will take 12,000 pupils.", "40", "plan"),
    ("The 200 records set for the decade were broken.", "200", "actual"),
    # 3. "decided to" an act; a rate decided stays in force
    ("The akimat decided to build 12 new kindergartens.", "12", "plan"),
    (
        "We decided to raise the average grant from the current KZT 450,000 to KZT 1.2 million.",
        "KZT 1.2 million",
        "plan",
    ),
    (
        "We decided to raise the average grant from the current KZT 450,000 to KZT 1.2 million.",
        "KZT 450,000",
        "actual",
    ),
    (
        "The Cabinet decided to raise the minimum wage to 95,000 tenge from January 1, 2025.",
        "95,000 tenge",
        "plan",
    ),
    ("The regulator decided to lower the base rate to 14.25%.", "14.25%", "actual"),
    ("The committee decided to keep the policy rate at 14.75%.", "14.75%", "actual"),
    # 4. "It is expected to" a deed
    ("It is expected to open 90 health posts in 85 villages worth KZT 6.1 bln.", "90", "plan"),
    ("This year it is expected to build 300 km of roads.", "300 km", "plan"),
    ("It is expected to reach 5% growth this year.", "5%", "forecast"),
    ("Output is expected to grow to 3 million tons.", "3 million tons", "forecast"),
    # 5. "suggests" an act
    ("The ministry suggests allocating 30% of quotas to the northern regions.", "30%", "plan"),
    ("The data suggests that output grew by 5% last year.", "5%", "actual"),
    # 6. capacity of a building partly ready
    ("The school for 624 places is 16% ready.", "624", "plan"),
    (
        "In Aksu a school for 310 places has readiness of 95%, and a kindergarten for 140 places is 60% complete.",
        "140",
        "plan",
    ),
    ("The school for 624 places is 16% ready.", "16%", "actual"),
    ("The school for 1,200 places is 100% ready.", "1,200", "actual"),
    ("The school for 624 places was opened last year; 95% of pupils study in one shift.", "624", "actual"),
    # 9. "to reach" after a past change
    ("Exports grew by 5% to reach $3 billion.", "$3 billion", "actual"),
    (
        "The budget expenses were fulfilled by 98.2% to reach 20.1 trillion tenge.",
        "20.1 trillion tenge",
        "actual",
    ),
    ("Exports must be increased by 5% to reach $3 billion.", "$3 billion", "target"),
    ("The ministry plans to increase exports by 5% to reach $3 billion.", "$3 billion", "target"),
    # 10. how far a plan is done
    ("The total housing construction for the annual plan of the Program is 108% complete.", "108%", "actual"),
    ("The plan for housing was 95% fulfilled.", "95%", "actual"),
    ("The school will be 100% complete by December.", "100%", "plan"),
]


@pytest.mark.parametrize(("text", "surface", "kind"), KINDS)
def test_kinds_seen_on_real_pages(text: str, surface: str, kind: str) -> None:
    assert _figure(text, surface).kind == kind


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("The state will pay 21,000 tenge for each child under 18 and under 23 if they study.", ("18", "23")),
        ("Every student under 23 gets a grant of 40,000 tenge.", ("23",)),
    ],
)
def test_ages_are_no_figures(text: str, ages: tuple[str, ...]) -> None:
    surfaces = {i.surface for i in extract_indicators(text, PUBLISHED, title="")}
    assert not surfaces & set(ages)


def test_a_count_of_children_under_an_age_stays() -> None:
    found = extract_indicators("The region has 120,000 children under 18.", PUBLISHED, title="")
    assert [i.surface for i in found] == ["120,000"]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Some 7.400 families received housing last year.", "7.400", 7400.0),
        ("In the region 12.350 pupils passed the test.", "12.350", 12350.0),
        ("The index stood at 1.250 points.", "1.250 points", 1.25),
        ("Inflation was 8.900 percent.", "8.900 percent", 8.9),
    ],
)
def test_a_dot_grouping_thousands_of_things_counted(text: str, surface: str, value: float) -> None:
    assert _figure(text, surface).value == value


@pytest.mark.parametrize(
    ("text", "surface", "is_change"),
    [
        ("The annual inflation reached 8.4% reducing twofold.", "twofold", True),
        ("Imports fell to $2 billion, shrinking threefold.", "threefold", True),
        ("Imports fell to $2 billion, shrinking threefold.", "$2 billion", False),
    ],
)
def test_multiples_after_a_participle_of_change(text: str, surface: str, is_change: bool) -> None:
    assert _figure(text, surface).is_change is is_change


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The new 2027 roadmap includes 270 construction projects.", ["270"]),
        ("The 2026 budget includes 40 billion tenge for roads.", ["40 billion tenge"]),
        ("Some 2025 families received flats.", ["2025"]),
    ],
)
def test_a_year_naming_a_document_is_no_count(text: str, kept: list[str]) -> None:
    assert [i.surface for i in extract_indicators(text, PUBLISHED, title="")] == kept


@pytest.mark.parametrize(
    ("text", "surface", "is_change"),
    [
        ("The output has increased by 6% and amounted to 3.9 trillion tenge.", "3.9 trillion tenge", False),
        (
            "Investments increased by more than 12 % and in total exceeded 300 billion tenge.",
            "300 billion tenge",
            False,
        ),
        ("The output has increased by 6% and amounted to 3.9 trillion tenge.", "6%", True),
        ("Exports rose by 5% and imports by 3%.", "3%", True),
    ],
)
def test_a_level_after_a_second_verb_is_no_change(text: str, surface: str, is_change: bool) -> None:
    assert _figure(text, surface).is_change is is_change


@pytest.mark.parametrize(
    ("text", "surface", "unit", "value"),
    [
        (
            "This year the plants with a capacity of more than 500MWt will be modernised.",
            "500MWt",
            "MW",
            500.0,
        ),
        ("New gas projects with a total capacity of 3 GWt will be launched in 2026.", "3 GWt", "GW", 3.0),
    ],
)
def test_thermal_megawatts(text: str, surface: str, unit: str, value: float) -> None:
    figure = _figure(text, surface)
    assert (figure.unit, figure.value) == (unit, value)
