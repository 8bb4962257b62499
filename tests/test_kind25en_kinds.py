"""Kinds left by rounds kind24en and real22 on real stored English pages, and kinds of new pages read
in round kind25en, told again in sentences of our own.

Labelled by tests/realworld/FORMAT.md:
  1. "The new plant is supposed to employ 7,600 people": what a project is meant to do, still to be
     done (plan; it was actual). "Exports are supposed to grow by 5%" is a drift nobody decides
     (forecast).
  2. "expects that the forecasted harvest will be reached this year (20.5 mln tonnes)": a level
     expected to be reached, as "will reach" (forecast; it was actual from "reached"). "Output of 3
     million tonnes was reached in 2024" stays actual, and so does a deed after "The goal will be
     reached:" (no outlook told before it).
  3. A bracket of a figure and its own past time after a forecast ("20 mln tonnes this year (17.1
     mln tonnes last year)") is the base, what happened (actual; it was forecast). A bracketed
     conversion or a part ahead keeps the figure's kind.
  4. "will provide income growth for 1.6 million people": whom a measure's gain reaches, an
     expected outcome (forecast; it was plan), as "will lead to higher incomes for" already was.
     "will provide 5 billion tenge for grants" stays a plan.
  5. "there are 104 investment projects valued at 6.7 trillion tenge": "valued" names a worth, no
     deed done; the worth of projects to come is plan (it was actual). Projects valued at a sum and
     commissioned stay actual.
  6. "The estimated / preliminary cost of ... is": a cost named as an estimate is money not yet
     spent (plan; it was actual), also for the members of a list after "as follows:". The estimated
     cost of damage or of living, and a cost told of a finished work, stay actual.
  7. "will undergo upgrades, adding 100 MW of capacity, slated for completion by 2028": a
     participle clause with no figure before it takes the cue of the clause it hangs on (plan; it was
     a target from the deadline). After a deed told done it stays actual.
  8. "has made a 127 billion tenge investment in the plant, which is scheduled for commissioning
     next year": the relative clause's time and cue are the plant's; the sum invested is actual (it
     was plan, dated next year).
  9. "The project, approved on December 25, outlines the creation of 27 new facilities": what a
     project sets out is work to do (plan; it was actual, dated the day of approval).
 10. "Annual financing needs amount to 300 billion tenge", "a funding requirement of": money a
     measure still needs is money to be set aside (plan; it was actual). Needs that "amounted to" a
     sum in a past year stay actual.
 11. "proposals to increase expenses by 20 billion tenge were supported": an act proposed for a
     budget to come (plan; it was actual). "received 1,200 proposals to improve the law" counts what
     was received (actual).
 13. "an increase in the income of 4.2 million people, of which: – about 2.3 million pensioners, who
     will receive a 7% raise; – 1.9 million recipients of benefits": a dashed member of a breakdown
     takes its whole's kind (forecast; it was plan, from the 7% raise before it). Members of a
     breakdown of what was done stay actual.
 14. "the Tourism District, a 194 billion tenge investment expected to create 2,000 jobs": a sum
     written as the attribute of one work ("a ... investment / development / project") is what the
     work is worth (plan; it was forecast from the outlook of the jobs). "The fund expects 300
     billion tenge investment" (an inflow, no article) stays a forecast.
 15. "284 facilities appeared in 2022, bringing their total number to nearly 4,000": a total a deed
     brought about (actual; it was target, read as "bringing its volume to"). "bringing its output
     to 3 million tonnes" after a plan stays a target.
 16. "design and estimate documentation for 80 households was developed", "design estimates": a
     works paper (проектно-сметная документация), no outlook (actual; it was forecast from
     "estimate"). "Analysts' estimates put growth at 4%" stays a forecast.
 17. "Medium repairs are currently underway on 318 streets totaling 264 kilometers": the size of
     works under way is plan (FORMAT.md; it was actual); how many streets stays actual, and the same
     words after "repaired" or "were completed" stay actual.
 18. "Twenty-five of the 35 kilometers of new roads planned have already been put into operation":
     "planned" dates the whole counted against (35), not the part done (actual; it was plan), as
     "96 of the 188 measures scheduled so far" already was, now with a noun of four words.
 19. "95% of which were paid until June 1 of this year", told in December: this year's June 1, gone
     by (actual; it was a target of next June, the nearest June 1). "will be finished by June 1"
     with no year keeps the nearest one.
 12. "Construction of 12 schools began in June", told in March: a deed done, so last June (it was
     the June ahead, and the figure a target from it). "will have opened 4 clinics by June" stays
     ahead.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface, span

DAY = date(2025, 3, 10)

KIND_CASES = [
    # 1. what a project is supposed to do
    ("The new smelter is supposed to employ 2,300 people.", "2,300", "plan"),
    ("The factory is supposed to assemble 40,000 buses a year.", "40,000", "plan"),
    ("Grain exports are supposed to grow by 6% next year.", "6%", "forecast"),
    (
        "The mill was supposed to open in 2020 with 500 jobs, but it employed only 120 people.",
        "120",
        "actual",
    ),
    # 2. a level expected to be reached
    (
        "The ministry expects that the forecasted cotton harvest will be reached this year (410,000 tonnes).",
        "410,000 tonnes",
        "forecast",
    ),
    ("Output of 3 million tonnes was reached in 2024.", "3 million tonnes", "actual"),
    ("The goal will be reached: 280 clinics were built.", "280", "actual"),
    ("The target of 70% should be reached by 2030.", "70%", "target"),
    # 3. a bracketed base of its own past time
    (
        "The harvest will reach 21 mln tonnes this year (18.4 mln tonnes last year).",
        "18.4 mln tonnes",
        "actual",
    ),
    (
        "The harvest will reach 21 mln tonnes this year (18.4 mln tonnes last year).",
        "21 mln tonnes",
        "forecast",
    ),
    ("Exports are expected to total $6 billion in 2026 ($4.9 billion in 2024).", "$4.9 billion", "actual"),
    ("The city will build 60 schools by 2027 (15 schools in 2026).", "15", "plan"),
    ("The budget will allocate 1.8 trillion tenge ($4 billion) in 2026.", "$4 billion", "plan"),
    # 4. whom a measure's gain reaches
    ("The new minimum wage will provide income growth for 1.4 million workers.", "1.4 million", "forecast"),
    ("The reform will ensure a pay rise for about 310,000 nurses.", "310,000", "forecast"),
    ("The indexation will bring higher pensions to 2.6 million pensioners.", "2.6 million", "forecast"),
    ("The state will provide 5 billion tenge for grants.", "5 billion tenge", "plan"),
    ("The budget will provide funding for 1,200 schools.", "1,200", "plan"),
    # 5. a worth told by "valued at"
    (
        "In the region, there are 96 investment projects valued at 4.1 trillion tenge.",
        "4.1 trillion tenge",
        "plan",
    ),
    ("In the region, there are 96 investment projects valued at 4.1 trillion tenge.", "96", "actual"),
    ("Projects valued at 90 billion tenge were commissioned in 2024.", "90 billion tenge", "actual"),
    # 6. a cost named as an estimate
    ("The estimated cost of the new bridge is 46 billion tenge.", "46 billion tenge", "plan"),
    (
        "The preliminary cost of each plant is as follows: Taraz plant – 310 billion tenge, Aktau plant – "
        "455 billion tenge.",
        "455 billion tenge",
        "plan",
    ),
    ("The estimated cost of the damage is 5 billion tenge.", "5 billion tenge", "actual"),
    ("The estimated cost of living is 120,000 tenge a month.", "120,000 tenge", "actual"),
    ("The bridge was opened in 2023; its estimated cost was 40 billion tenge.", "40 billion tenge", "actual"),
    # 7. a participle clause on a planned clause with no figure before it
    (
        "The Pavlodar plant will undergo an overhaul, adding 120 MW of capacity, slated for completion by 2028.",
        "120 MW",
        "plan",
    ),
    (
        "Coal exports are expected to rise, reaching 40 million tonnes by 2027.",
        "40 million tonnes",
        "forecast",
    ),
    ("The plant was upgraded in 2020, adding 100 MW of capacity.", "100 MW", "actual"),
    (
        "The new dam will hold back floods, removing the risk for two villages with around 4,000 residents.",
        "4,000",
        "actual",
    ),
    # 8. a deed before a relative clause of its own time
    (
        "The investor has made a 98 billion tenge investment in the plant, which is scheduled for "
        "commissioning in September next year.",
        "98 billion tenge",
        "actual",
    ),
    ("The city built 14 schools, which will open in September.", "14", "actual"),
    (
        "The investor will invest 98 billion tenge in the plant, which is due to open next year.",
        "98 billion tenge",
        "plan",
    ),
    # 9. what a project sets out
    (
        "The project, approved on December 25 by the government, outlines the creation of 31 new workshops.",
        "31",
        "plan",
    ),
    ("The programme envisages the construction of 31 new workshops.", "31", "plan"),
    ("The project, launched in 2019, covered 300 km of roads.", "300 km", "actual"),
    # 10. money still needed
    ("Annual financing needs amount to 240 billion tenge.", "240 billion tenge", "plan"),
    ("The programme has a funding requirement of 12 billion tenge.", "12 billion tenge", "plan"),
    ("Financing needs amounted to 300 billion tenge in 2019.", "300 billion tenge", "actual"),
    # 13. the members of a breakdown
    (
        "This will lead to higher incomes for 3.1 million people, of which: – about 1.8 million pensioners, "
        "who will receive a pension raise of 6%; – 1.3 million recipients of benefits.",
        "1.3 million",
        "forecast",
    ),
    (
        "In 2024, 3 million tonnes were exported, of which: – 2 million tonnes of wheat; – 1 million tonnes of barley.",
        "1 million tonnes",
        "actual",
    ),
    # 14. a sum as the attribute of one work
    (
        "Key projects include the Riverside Park, a 150 billion tenge (US$290 million) investment expected "
        "to create 1,800 jobs, and the Lake Resort, a 95 billion tenge development in the north.",
        "150 billion tenge",
        "plan",
    ),
    (
        "Key projects include the Riverside Park, a 150 billion tenge (US$290 million) investment expected "
        "to create 1,800 jobs, and the Lake Resort, a 95 billion tenge development in the north.",
        "95 billion tenge",
        "plan",
    ),
    (
        "Key projects include the Riverside Park, a 150 billion tenge (US$290 million) investment expected "
        "to create 1,800 jobs, and the Lake Resort, a 95 billion tenge development in the north.",
        "1,800",
        "forecast",
    ),
    ("The fund expects 300 billion tenge investment in 2026.", "300 billion tenge", "forecast"),
    # 15. a total a deed brought about
    (
        "In 2022, 190 new hotels appeared in the region, bringing their total number to nearly 2,600.",
        "2,600",
        "actual",
    ),
    (
        "The region plans to build 40 plants, bringing its output to 3 million tonnes.",
        "3 million tonnes",
        "target",
    ),
    # 16. a works paper
    ("Design and estimate documentation for the overhaul of 80 households was developed.", "80", "actual"),
    ("Analysts' estimates put growth at 4%.", "4%", "forecast"),
    # 17. the size of works under way
    (
        "Medium repairs are currently underway on 210 streets totaling 175 kilometers.",
        "175 kilometers",
        "plan",
    ),
    ("Medium repairs are currently underway on 210 streets totaling 175 kilometers.", "210", "actual"),
    ("Last year the city repaired 210 streets totaling 175 kilometers.", "175 kilometers", "actual"),
    (
        "The city is upgrading its roads, with medium repairs currently underway on 210 streets totaling 175 km.",
        "175 km",
        "plan",
    ),
    # 18. the part done of a planned whole
    (
        "Twenty-five of the 35 kilometers of new roads planned have already been put into operation.",
        "Twenty-five",
        "actual",
    ),
    (
        "Twenty-five of the 35 kilometers of new roads planned have already been put into operation.",
        "35 kilometers",
        "plan",
    ),
    # 11. an act proposed
    (
        "Overall, proposals to increase spending by 25 billion tenge were supported.",
        "25 billion tenge",
        "plan",
    ),
    (
        "The senators backed a proposal to raise school spending by 15 billion tenge.",
        "15 billion tenge",
        "plan",
    ),
    ("The ministry received 1,200 proposals to improve the law.", "1,200", "actual"),
    ("Of the 450 proposals submitted, 120 were accepted.", "120", "actual"),
]


@pytest.mark.parametrize(("text", "surface", "kind"), KIND_CASES)
def test_kind(text: str, surface: str, kind: str) -> None:
    assert figure_by_surface(text, surface, DAY).kind == kind


def test_relative_clause_time_does_not_date_a_deed() -> None:
    text = "The city built 14 schools, which will open in September."
    assert span(figure_by_surface(text, "14", DAY)) != (date(2025, 9, 1), date(2025, 9, 30))


def test_day_a_project_was_approved_does_not_date_its_works() -> None:
    text = (
        "The project, approved on December 25 by the government, outlines the creation of 31 new workshops."
    )
    assert span(figure_by_surface(text, "31", DAY)) == (None, None)


PAST_MONTH_CASES = [
    ("Construction of 12 schools began in June.", "12", (date(2024, 6, 1), date(2024, 6, 30))),
    ("The akimat opened 4 clinics in June.", "4", (date(2024, 6, 1), date(2024, 6, 30))),
    ("The akimat will have opened 4 clinics by June.", "4", (None, date(2025, 6, 30))),
]


@pytest.mark.parametrize(("text", "surface", "period"), PAST_MONTH_CASES)
def test_a_month_after_a_past_verb_is_the_one_gone_by(
    text: str, surface: str, period: tuple[date | None, date | None]
) -> None:
    assert span(figure_by_surface(text, surface, DAY)) == period


def test_a_deed_begun_in_a_month_gone_by_is_actual() -> None:
    assert figure_by_surface("Construction of 12 schools began in June.", "12", DAY).kind == "actual"


DECEMBER = date(2022, 12, 12)


def test_a_day_of_this_year_told_in_december_is_gone_by() -> None:
    text = "Aid reached 1,200 firms for 14 billion tenge, 92% of which were paid until June 1 of this year."
    figure = figure_by_surface(text, "92%", DECEMBER)
    assert (figure.kind, span(figure)) == ("actual", (date(2022, 6, 1), date(2022, 6, 1)))


def test_a_yearless_deadline_ahead_keeps_the_nearest_day() -> None:
    text = "The remaining 8% will be paid by June 1."
    assert span(figure_by_surface(text, "8%", DECEMBER)) == (None, date(2023, 6, 1))
