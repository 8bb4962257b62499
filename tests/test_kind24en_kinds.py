"""Kinds and change flags left by rounds kind23en and real27en on real stored English pages, told
again in sentences of our own.

Labelled by tests/realworld/FORMAT.md:
  1. An outlook someone holds: "we believe grain exports can be raised up to 12 million tonnes" and
     "It is assumed that private investment will amount to 2 billion tenge" are forecasts (they were
     actual and plan). Look-alikes: "analysts believe the real figure is closer to 650,000" stays
     actual, and "investment in the port will amount to 2 billion tenge" with no one's assumption
     stays a plan (what someone will spend).
  2. A share the next sentence gives of a planned sum ("The budget for 2026 is planned at 540 billion
     tenge. This constitutes almost 14% of all spending") is planned too (it was actual). After a
     sum told as spent it stays actual.
  3. A sum placed first, "For 60 million tenge, it is planned to repair 12 schools", takes the kind
     of the clause after its comma (plan; it was actual); "For 60 million tenge, the city repaired
     12 schools" stays actual.
  4. The worth of projects entered in a support map or pool ("for the amount of 540 billion tenge")
     is money still to be spent (plan; actual); how many projects there are stays actual.
  5. "22 plants reached the planned capacity": "planned" names what was reached (actual; plan).
  6. A payment or rate in force: "The basic pension is set at 30,100 tenge this year" (actual; it
     was plan). "From next January the pension is set at 32,000 tenge" stays a plan.
  7. "The akimat is working out the issue of building 15 thousand square metres of housing": a
     matter prepared, not done (plan; it was actual).
  8. Change flag: "The salaries of teachers will increase up to 25% on average": a salary is no
     percent, so the percent is its rise (a change; it was a level). "The share of renewables will
     increase up to 15%" stays a level.

Then, from new pages read in this round (our own sentences):
  9. Money "had been planned / allotted" for works, and money "requested", is money set aside, not
     spent (plan; they were actual). "In 2019 ... had been allotted" stays actual (a past year).
 10. "In 2021 the country will harvest 17 million tonnes of grain, up 4% on 2020": what a harvest
     comes to is an outlook (forecast; it was plan).
 11. "There are intentions to upgrade 40 boiler houses": an intended act (plan; it was actual).
 12. "It is targeted to cut losses by 3 sq km owing to reconstruction of 120 canals": the works a
     goal is reached by are planned (plan; it was target); the goal's figure stays a target.
 13. "The new 250 schools will let admit 500,000 pupils": the schools are the means, to be built
     (plan; it was forecast); the pupils stay the outcome (forecast).
 14. Change flag: "provides for increasing irrigated lands by 500,000 ha": a participle in the
     object no longer hides the change ("Output increased, driven by 12 new plants" keeps none).
 15. "The new minimum will lead to higher incomes for 3.2 million people": whom a measure reaches,
     an expected outcome (forecast; it was plan). "The ministry will harvest 2 million tons of seed
     for the reserve" stays a plan (only a country, region or farmers harvest an outcome).
 16. Change flags: "were indexed by 6%", "were raised twice, by a total of 12%" (changes; they were
     levels). "amounted to 36,000 tenge" stays a level.
 17. "despite 40% of its networks being worn out": a state now (actual; it was plan, "being" read as
     works going on); "12 schools are being built" stays as before.
 18. "marks the launch of a large-scale modernization of 2,000 km of track": the size of works begun
     (plan; it was actual).
 19. "we plan to build new depots, modernize 4,000 km of track, and repair another 9,000 km by 2030":
     later works verbs of the list share the plan (they were targets from "by 2030").
 20. "there are intentions to renovate grids, which entails upgrading 30 boiler houses": a relative
     clause telling what the plan consists of keeps the plan (it was actual); "a campus which houses
     8,000 students" stays actual.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface

DAY = date(2025, 3, 10)

KIND_CASES = [
    # 1. an outlook someone holds
    (
        "We believe that grain exports can be increased up to 12 million tonnes.",
        "12 million tonnes",
        "forecast",
    ),
    ("Experts believe the harvest could be raised to 20 million tonnes.", "20 million tonnes", "forecast"),
    ("Analysts believe the real figure is closer to 650,000.", "650,000", "actual"),
    (
        "It is assumed that private investment in the port will amount to 2 billion tenge.",
        "2 billion tenge",
        "forecast",
    ),
    ("Private investment in the port will amount to 2 billion tenge.", "2 billion tenge", "plan"),
    # 2. a share of a planned sum, told in the next sentence
    (
        "The regional budget for 2026 is planned at 540 billion tenge. This constitutes almost 14% of "
        "the overall spending.",
        "14%",
        "plan",
    ),
    (
        "Last year the region spent 410 billion tenge on roads. This constitutes almost 12% of the "
        "overall spending.",
        "12%",
        "actual",
    ),
    # 3. a sum placed first
    ("For 60 million tenge, it is planned to repair 12 schools.", "60 million tenge", "plan"),
    ("With 5 billion tenge, the akimat will renovate 30 clinics.", "5 billion tenge", "plan"),
    ("For 60 million tenge, the city repaired 12 schools in 2019.", "60 million tenge", "actual"),
    # 4. a pool's worth
    (
        "In total, 64 projects are included in the regional support map for the amount of 540 billion tenge.",
        "540 billion tenge",
        "plan",
    ),
    (
        "In total, 64 projects are included in the regional support map for the amount of 540 billion tenge.",
        "64",
        "actual",
    ),
    # 5. what was reached
    ("Last year 22 plants reached the planned capacity.", "22", "actual"),
    ("By 2027, 40 plants are planned to reach full capacity.", "40", "plan"),
    # 6. a rate in force
    ("The basic pension is set at 30,100 tenge this year.", "30,100 tenge", "actual"),
    ("The minimum wage is currently set at 85,000 tenge.", "85,000 tenge", "actual"),
    ("From January 1, 2026, the basic pension is set at 32,000 tenge.", "32,000 tenge", "plan"),
    # 9. money planned, allotted or requested
    ("She said 45 million tenge had been planned for museums this year.", "45 million tenge", "plan"),
    ("He said 9 billion tenge had been allotted for construction of new clinics.", "9 billion tenge", "plan"),
    (
        "In 2019, 9 billion tenge had been allotted for construction of new clinics.",
        "9 billion tenge",
        "actual",
    ),
    ("The office had requested additional 30 million tenge for design works.", "30 million tenge", "plan"),
    ("The city had spent 30 million tenge on design works.", "30 million tenge", "actual"),
    # 10. a harvest told in the future
    (
        "In 2021, the country will harvest 17 million tonnes of grain, up 4% on 2020.",
        "17 million tonnes",
        "forecast",
    ),
    ("In 2021, the country will harvest 17 million tonnes of grain, up 4% on 2020.", "4%", "forecast"),
    ("Grain will be harvested from 15 million hectares.", "15 million hectares", "plan"),
    # 11. intentions
    ("There are intentions to upgrade 40 boiler houses.", "40", "plan"),
    # 12. the works a goal is reached by
    (
        "It is targeted to cut water losses by 3 sq km owing to reconstruction of 120 canals.",
        "120",
        "plan",
    ),
    (
        "It is targeted to cut water losses by 3 sq km owing to reconstruction of 120 canals.",
        "3 sq km",
        "target",
    ),
    ("The ministry aims to reach 80% coverage through modernization of 300 schools.", "300", "plan"),
    # 13. the means of an outcome
    ("The new 250 schools will let admit 500,000 pupils.", "250", "plan"),
    ("The new 250 schools will let admit 500,000 pupils.", "500,000", "forecast"),
    # 15. whom a measure reaches
    ("The new minimum will lead to higher incomes for 3.2 million people.", "3.2 million", "forecast"),
    ("The ministry will harvest 2 million tons of seed for the reserve.", "2 million tons", "plan"),
    # 17. a state of wear
    ("The city will renovate its heating, despite 40% of its networks being worn out.", "40%", "actual"),
    ("The budget was cut, despite plans to build 40 schools.", "40", "plan"),
    # 20. what a plan consists of
    (
        "The city will also renovate its grids, which entails upgrading 30 boiler houses.",
        "30",
        "plan",
    ),
    ("The city will build a new road to the campus, which houses 8,000 students.", "8,000", "actual"),
    # 18. works launched
    (
        "This year marks the launch of a large-scale modernization of 2,000 kilometers of track.",
        "2,000 kilometers",
        "plan",
    ),
    ("Last year the company modernized 2,000 kilometers of track.", "2,000 kilometers", "actual"),
    # 19. a list of works verbs after a plan
    (
        "By 2030, we plan to build new depots, modernize 4,000 kilometers of track, and repair another 9,000 kilometers.",
        "4,000 kilometers",
        "plan",
    ),
    (
        "By 2030, we plan to build new depots, modernize 4,000 kilometers of track, and repair another 9,000 kilometers.",
        "9,000 kilometers",
        "plan",
    ),
    ("The goal is to bring the share to 70% by 2030, and build 300 km of roads.", "70%", "target"),
    # 7. a matter prepared
    (
        "The akimat is working out the issue on the construction of 15 thousand sq. meters of housing.",
        "15 thousand sq. meters",
        "plan",
    ),
]


@pytest.mark.parametrize(("text", "surface", "kind"), KIND_CASES)
def test_kind(text: str, surface: str, kind: str) -> None:
    assert figure_by_surface(text, surface, DAY).kind == kind


CHANGE_CASES = [
    ("The salaries of 900 thousand teachers will increase up to 25% on average.", "25%", True),
    ("Pensions will rise up to 12% next year.", "12%", True),
    ("The share of renewables will increase up to 15% by 2030.", "15%", False),
    ("Wages rose to 410,000 tenge in 2024.", "410,000 tenge", False),
    ("The programme provides for increasing irrigated lands by 500,000 ha.", "500,000 ha", True),
    ("Output increased, driven by 12 new plants.", "12", False),
    ("Last year the benefits were indexed by 6%.", "6%", True),
    ("In 2020 the allowances were raised twice, by a total of 12%.", "12%", True),
    ("In 2021 the allowance amounted to 36,000 tenge.", "36,000 tenge", False),
]


@pytest.mark.parametrize(("text", "surface", "change"), CHANGE_CASES)
def test_change_flag(text: str, surface: str, change: bool) -> None:
    assert figure_by_surface(text, surface, DAY).is_change is change
