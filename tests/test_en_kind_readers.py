"""English kind readers on new text: probe sentences in our own words, modelled on how
government news in English phrases plans, goals and results, labelled before the extractor ran on
them. Each row names its grammatical class (what governs the figure's clause). Rows the extractor
still reads wrongly are strict xfails with the reason, so a fix shows as an unexpected pass."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators

PUBLISHED = date(2025, 4, 15)


def _kind(sentence: str, surface: str) -> str | None:
    """The kind of the first figure whose surface starts with `surface` (None when none is read)."""
    for indicator in extract_indicators(sentence, PUBLISHED, language="en"):
        if indicator.surface.startswith(surface) or surface.startswith(indicator.surface + " "):
            return indicator.kind
    return None


def _xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(reason=reason, strict=True)


PROBES = [
    (
        "modal",
        "The akimat will repair 240 km of rural roads this year, the regional office said.",
        "240 km",
        "plan",
    ),
    (
        "modal",
        "Last year 180 km of rural roads were repaired, and this year another 240 km will be repaired.",
        "180 km",
        "actual",
    ),
    (
        "modal",
        "Last year 180 km of rural roads were repaired, and this year another 240 km will be repaired.",
        "240 km",
        "plan",
    ),
    (
        "modal",
        "Wheat exports could reach 9 million tons in the current marketing year, analysts say.",
        "9 million tons",
        "forecast",
    ),
    pytest.param(
        "modal",
        "The new line should cut travel time to 4 hours, the operator believes.",
        "4 hours",
        "forecast",
        marks=_xfail("no figure is read: a duration in hours is not a unit the extractor knows"),
    ),
    ("modal", "Every district must open at least 2 youth centres by 2027.", "2 youth", "target"),
    ("modal", "The new plant will employ 650 people once it reaches full capacity.", "650 people", "plan"),
    (
        "modal",
        "Around 3,400 families received keys to new flats in 2024, and 4,000 more will do so this year.",
        "3,400 families",
        "actual",
    ),
    (
        "gov",
        "Grain output is expected to reach 22 million tons this year after 26.7 million tons in 2024.",
        "22 million tons",
        "forecast",
    ),
    (
        "gov",
        "Grain output is expected to reach 22 million tons this year after 26.7 million tons in 2024.",
        "26.7 million tons",
        "actual",
    ),
    (
        "gov",
        "The ministry projects inflation at 8.5% by the end of the year, while in March it stood at 10.2%.",
        "8.5%",
        "forecast",
    ),
    (
        "gov",
        "The ministry projects inflation at 8.5% by the end of the year, while in March it stood at 10.2%.",
        "10.2%",
        "actual",
    ),
    (
        "gov",
        "The region aims to attract 400 billion tenge of investment in 2025; in 2024 it attracted 350 billion tenge.",
        "400 billion tenge",
        "target",
    ),
    (
        "gov",
        "The region aims to attract 400 billion tenge of investment in 2025; in 2024 it attracted 350 billion tenge.",
        "350 billion tenge",
        "actual",
    ),
    ("gov", "Passenger traffic at the airport is projected to grow by 12% this year.", "12%", "forecast"),
    ("gov", "The country seeks to bring the share of renewable power to 15% by 2030.", "15%", "target"),
    (
        "gov",
        "Kazakhstan expects bilateral trade to exceed $5 billion next year, up from $3.8 billion now.",
        "$5 billion",
        "forecast",
    ),
    (
        "lead",
        "Next year the programme provides for the following:\n- 14 new schools;\n- 6 outpatient clinics;\n- 320 km of water pipes.",
        "14 new",
        "plan",
    ),
    (
        "lead",
        "Next year the programme provides for the following:\n- 14 new schools;\n- 6 outpatient clinics;\n- 320 km of water pipes.",
        "320 km",
        "plan",
    ),
    (
        "lead",
        "Over the past year the region commissioned:\n- 9 schools;\n- 4 hospitals;\n- 150 km of gas pipelines.",
        "9 schools",
        "actual",
    ),
    (
        "lead",
        "Over the past year the region commissioned:\n- 9 schools;\n- 4 hospitals;\n- 150 km of gas pipelines.",
        "150 km",
        "actual",
    ),
    (
        "lead",
        "The roadmap sets the following goals for 2028:\n- raise the literacy score to 85%;\n- cut dropout rates to 2%.",
        "85%",
        "target",
    ),
    (
        "speech",
        "The minister said that 1,200 km of motorways would be rebuilt by the end of 2026.",
        "1,200 km",
        "plan",
    ),
    ("speech", "The minister said that 1,100 km of motorways were rebuilt last year.", "1,100 km", "actual"),
    (
        "speech",
        "According to the deputy akim, the city plans to plant 50,000 trees this spring.",
        "50,000 trees",
        "plan",
    ),
    ("speech", "He noted that the unemployment rate had fallen to 4.7%.", "4.7%", "actual"),
    pytest.param(
        "speech",
        "She stressed that the share of local content should reach 40% within three years.",
        "40%",
        "target",
        marks=_xfail(
            "the enk convention reads 'should reach' (a quantity's change under should) as a forecast"
        ),
    ),
    ("speech", "Officials reported that 95% of the spring field work had been completed.", "95%", "actual"),
    (
        "relative",
        "The region has 45 district hospitals, which will receive 6 billion tenge for new equipment next year.",
        "45 district",
        "actual",
    ),
    (
        "relative",
        "The region has 45 district hospitals, which will receive 6 billion tenge for new equipment next year.",
        "6 billion tenge",
        "plan",
    ),
    pytest.param(
        "relative",
        "A new sports complex, which will seat 3,000 spectators, is being built in Taraz.",
        "3,000 spectators",
        "plan",
        marks=_xfail("a seating capacity under 'which will seat' is read as the building's present state"),
    ),
    (
        "relative",
        "The bridge, which opened in 2023, carries 12,000 vehicles a day.",
        "12,000 vehicles",
        "actual",
    ),
    (
        "relative",
        "Investors are building a cement plant, which is expected to produce 1.5 million tons a year.",
        "1.5 million tons",
        "forecast",
    ),
    (
        "relative",
        "The city has 120 buses that run on gas, and 60 more will arrive in autumn.",
        "120 buses",
        "actual",
    ),
    (
        "relative",
        "The city has 120 buses that run on gas, and 60 more will arrive in autumn.",
        "60 more",
        "plan",
    ),
    (
        "purpose",
        "The government will spend 90 billion tenge to build 50 schools in fast-growing districts.",
        "50 schools",
        "plan",
    ),
    (
        "purpose",
        "The government will spend 90 billion tenge to build 50 schools in fast-growing districts.",
        "90 billion tenge",
        "plan",
    ),
    ("purpose", "The fund is investing in new boilers to bring heat losses down to 12%.", "12%", "target"),
    (
        "purpose",
        "Farmers will receive cheaper loans so as to raise the irrigated area to 2 million hectares.",
        "2 million hectares",
        "target",
    ),
    ("purpose", "Last year 14 billion tenge was spent to renovate 38 clinics.", "14 billion tenge", "actual"),
    ("cond", "If the new tariff is approved, household bills could rise by 18%.", "18%", "forecast"),
    (
        "cond",
        "Should prices stay high, oil revenue may exceed $25 billion this year.",
        "$25 billion",
        "forecast",
    ),
    ("cond", "Unless new capacity is added, the power deficit might reach 2 GW by 2029.", "2 GW", "forecast"),
    pytest.param(
        "cond",
        "With the new terminal in place, the port would handle up to 10 million tons a year.",
        "10 million tons",
        "forecast",
        marks=_xfail(
            "'would' after a conditional phrase ('With the terminal in place') is read as a plan cue"
        ),
    ),
    pytest.param(
        "done",
        "The plan called for 2 million trees, and volunteers planted 2.3 million by the end of May.",
        "2.3 million",
        "actual",
        marks=_xfail(
            "the probe's own date slips: 'by the end of May' lies after the test's publication day (15 April), so the extractor rightly refuses an outcome ahead; kept as written"
        ),
    ),
    (
        "done",
        "The region had planned to commission 700,000 square metres of housing and delivered 760,000 square metres.",
        "760,000 square metres",
        "actual",
    ),
    (
        "done",
        "The annual plan of 1,500 new jobs was exceeded: 1,720 jobs were created in 2024.",
        "1,720 jobs",
        "actual",
    ),
    (
        "done",
        "The 12 schools that were to be built under the programme have all been opened.",
        "12 schools",
        "actual",
    ),
    ("deadline", "By 2030 the share of processed goods in exports is to reach 50%.", "50%", "target"),
    (
        "deadline",
        "By 2030 the country intends to build 5 GW of wind and solar capacity; today it has 2.9 GW.",
        "2.9 GW",
        "actual",
    ),
    pytest.param(
        "deadline",
        "Forest cover should grow to 5% of the territory by 2030.",
        "5%",
        "target",
        marks=_xfail("'should grow to' a level by a deadline is read as a forecast under the enk convention"),
    ),
    ("deadline", "By 2023 the number of such schools had fallen to 1,400.", "1,400", "actual"),
    ("deadline", "The country wants to increase gas processing to 15 bcm by 2030.", "15 bcm", "target"),
    ("upto", "Up to 30,000 new jobs will be created at the industrial park.", "30,000 new", "plan"),
    (
        "upto",
        "Up to 2,000 tourists visited the festival in Turkestan last weekend.",
        "2,000 tourists",
        "actual",
    ),
    ("upto", "The programme aims to connect up to 90% of villages to the internet.", "90%", "target"),
    ("upto", "Wind gusts may reach up to 25 metres per second, forecasters warn.", "25 metres", "forecast"),
    ("isto", "Under the programme, 230 km of new tram lines are to be laid.", "230 km", "plan"),
    ("isto", "From January, the basic pension is to rise by 8%.", "8%", "plan"),
    ("isto", "Next year's budget provides 1.2 trillion tenge for healthcare.", "1.2 trillion tenge", "plan"),
    pytest.param(
        "result",
        "The plant will process 300,000 tons of beets a year, raising the sugar self-sufficiency level to 45%.",
        "45%",
        "target",
        marks=_xfail("a result participle ('raising ... to 45%') after 'will' takes the plan cue"),
    ),
    (
        "result",
        "The company launched a second line in March, raising output to 12,000 tons a month.",
        "12,000 tons",
        "actual",
    ),
    ("result", "The state bought 15 new planes, bringing the fleet to 48 aircraft.", "48 aircraft", "actual"),
    (
        "state",
        "The ministry plans to renovate the dormitories, which currently house 8,000 students.",
        "8,000 students",
        "actual",
    ),
    (
        "state",
        "The government intends to extend gas supply to villages where about 600,000 people live.",
        "600,000 people",
        "actual",
    ),
    # a second batch, labelled before its first run: sums fixed at a level, levels in force,
    # purpose clauses, coordinated and semicolon clauses, relative clauses
    (
        "fixed",
        "The subsidy for each hectare of wheat was initially set at 12,000 tenge for the 2025 season.",
        "12,000 tenge",
        "plan",
    ),
    (
        "fixed",
        "Next year's transfer from the National Fund is currently capped at 2 trillion tenge.",
        "2 trillion tenge",
        "plan",
    ),
    (
        "fixed",
        "The grant pool for 2026 was originally fixed at 40 billion tenge but has since been raised.",
        "40 billion tenge",
        "plan",
    ),
    (
        "fixed",
        "The fund for road repairs is now budgeted at 310 billion tenge for 2026.",
        "310 billion tenge",
        "plan",
    ),
    (
        "inforce",
        "Since January 1, 2025, the monthly calculation index has been set at 3,932 tenge.",
        "3,932 tenge",
        "actual",
    ),
    ("inforce", "Since March 1, the lending rate for farmers has been fixed at 5%.", "5%", "actual"),
    ("inforce", "From July 1 the allowance will be set at 25,000 tenge.", "25,000 tenge", "plan"),
    ("inforce", "The minimum pension for 2026 has been set at 70,000 tenge.", "70,000 tenge", "plan"),
    (
        "purpose",
        "The akimat promised to build 30 kindergartens so that by 2027 every child would have a place, bringing coverage to 100%.",
        "100%",
        "target",
    ),
    (
        "purpose",
        "The ministry will add 5,000 hospital beds in order to raise provision to 60 beds per 10,000 people.",
        "60 beds",
        "target",
    ),
    (
        "purpose",
        "Herders are receiving cheap loans so that the cattle herd can grow to 10 million head.",
        "10 million head",
        "target",
    ),
    (
        "coord",
        "The region was to lay 200 km of water pipes last year and actually laid 214 km.",
        "214 km",
        "actual",
    ),
    ("coord", "Contractors were to repair 60 bridges and finished 58 of them by December.", "58", "actual"),
    ("coord", "The company plans to drill 40 wells and build 12 km of pipeline.", "12 km", "plan"),
    (
        "semi",
        "The ministry intends to train 20,000 teachers by 2027; so far 6,500 have completed courses.",
        "6,500",
        "actual",
    ),
    (
        "semi",
        "The city wants to plant 1 million trees; last autumn volunteers planted 120,000.",
        "120,000",
        "actual",
    ),
    (
        "rel",
        "The state will modernise 12 airports, which served 11 million passengers last year.",
        "11 million passengers",
        "actual",
    ),
    pytest.param(
        "rel",
        "Funding will go to border villages, whose population numbers about 90,000.",
        "90,000",
        "actual",
        marks=_xfail(
            "'whose population numbers about 90,000': 'numbers' after a noun subject is not read as the relative clause's verb"
        ),
    ),
    # a third batch, labelled before its first run: a participle after the figure's noun (a reduced
    # relative) against the finite verb that governs the figure
    (
        "reduced",
        "Last year the festival featured 45 concerts designed to draw foreign visitors.",
        "45 concerts",
        "actual",
    ),
    ("reduced", "In 2024 the agency opened 120 courses planned for the unemployed.", "120 courses", "actual"),
    pytest.param(
        "reduced",
        "The ministry received 3,400 applications expected to be reviewed by June.",
        "3,400 applications",
        "actual",
        marks=_xfail(
            "the date of the participle phrase ('by June', 'in August') is taken as the figure's own span, wholly ahead, which makes no outcome"
        ),
    ),
    (
        "reduced",
        "The region now has 18 industrial zones intended to attract foreign investors.",
        "18 industrial",
        "actual",
    ),
    pytest.param(
        "reduced",
        "Farmers sowed 2.1 million hectares scheduled for harvest in August.",
        "2.1 million hectares",
        "actual",
        marks=_xfail(
            "the date of the participle phrase ('by June', 'in August') is taken as the figure's own span, wholly ahead, which makes no outcome"
        ),
    ),
    ("reduced", "The fund will finance 60 projects designed to cut emissions.", "60 projects", "plan"),
    ("reduced", "About 40 new buses expected to arrive in May will serve suburban routes.", "40 new", "plan"),
    ("reduced", "Some 25 bridges are expected to be repaired this summer.", "25 bridges", "forecast"),
    # a fourth batch, labelled before its first run: a participle clause (", giving ...") after a
    # clause that tells what was done or what will be, with a later clause of plans
    (
        "participle",
        "By March, 120 km of the road had been rebuilt, connecting 12 villages to the highway, and the remaining 60 km are to be finished in the autumn.",
        "12 villages",
        "actual",
    ),
    (
        "participle",
        "Last year 5 new schools were opened, adding 3,600 pupil places, and 4 more are scheduled for 2026.",
        "3,600 pupil",
        "actual",
    ),
    (
        "participle",
        "The plant was launched in January, creating 450 jobs, while a second line is planned for next year.",
        "450 jobs",
        "actual",
    ),
    (
        "participle",
        "In 2024 the region laid 300 km of gas pipes, bringing gas to 45,000 homes, and 200 km more will be laid this year.",
        "45,000 homes",
        "actual",
    ),
    (
        "participle",
        "The region will lay 200 km of pipes, connecting 30 villages, and another 100 km are planned for 2027.",
        "30 villages",
        "plan",
    ),
    (
        "participle",
        "Two clinics opened in February, serving about 20,000 residents, and three more are due to open by December.",
        "20,000 residents",
        "actual",
    ),
]


@pytest.mark.parametrize(("reading", "sentence", "surface", "kind"), PROBES)
def test_kind_of_a_probe_follows_the_verb_that_governs_its_clause(
    reading: str, sentence: str, surface: str, kind: str
) -> None:
    assert _kind(sentence, surface) == kind, reading


# Look-alikes of the readers this file brought in (a semicolon clause, a coordinated past verb, a
# relative clause, "after" a past base), and cases written after the fixes: each keeps the kind of
# the verb that governs it.
@pytest.mark.parametrize(
    ("sentence", "surface", "kind"),
    [
        # a semicolon clause with a cue of its own stays that cue's
        ("In 2026 the city plans to open 5 clinics; another 3 are to follow in 2027.", "3", "plan"),
        # a base verb after "and" is still under the plan's "to"
        ("The akimat plans to build 300 km of roads and repair 120 km of bridges.", "120 km", "plan"),
        # coordinated participles share the cue's auxiliary
        ("By 2027, 14 schools are to be built and equipped, with 9,600 places in all.", "14 schools", "plan"),
        # a past verb after "and" with an actual cue before it stays actual
        (
            "Builders had also laid 42 km of pipes and drilled all 18 wells foreseen by the design.",
            "18 wells",
            "actual",
        ),
        # a partitive "of which" is part of the planned whole, no relative clause
        (
            "Next year 900 km of roads are to be repaired, of which 600 km are national highways.",
            "600 km",
            "plan",
        ),
        # a relative clause with a cue of its own keeps it
        ("The city will build a new school, which will have 1,200 places.", "1,200 places", "plan"),
        # a relative clause on a subject figure: the main verb after it decides; alone, it still does
        (
            "The 40 schools which were built under the programme will be repaired next year.",
            "40 schools",
            "plan",
        ),
        ("The audit counted 12 schools that were to be built.", "12 schools", "plan"),
        # "after" a figure of a year not over yet is no past base
        (
            "The fund expects to pay 12 billion tenge in 2027 after 9 billion tenge in 2026.",
            "9 billion tenge",
            "forecast",
        ),
        # a relative clause telling what was done is actual, whatever the plan around it
        (
            "The ministry will expand the hospital, which treated 40,000 patients last year.",
            "40,000 patients",
            "actual",
        ),
    ],
)
def test_a_clause_of_its_own_keeps_its_own_verb_s_kind(sentence: str, surface: str, kind: str) -> None:
    assert _kind(sentence, surface) == kind


def test_so_that_after_an_expectation_sets_no_goal() -> None:
    # the clause tells the expected result of the works, not a goal (its own "will" decides)
    sentence = "The works are expected to connect 40 villages, so that 90% of homes will have gas."
    assert _kind(sentence, "90%") != "target"
