"""Period errors seen on real stored English news pages (round real21en), in sentences of our own.

Labelled by tests/realworld/FORMAT.md:
  1. "since the initiative's launch in 2021", "since the programme's start in 2019": a possessive
     before the start word is still the start of a running count, from that year to the report (the
     whole year 2021 was taken). Look-alike: "the initiative's launch in 2021 drew 300 guests" (no
     "since") keeps the year.
  2. "Since the beginning of year ..." (the article left out, as translated news writes it) runs from
     1 January to the report like "since the beginning of the year" (it was undated, and the
     bracketed members took the whole year).
  3. "Over the past three summer months, 448,000 tourists came": the last summer over (it was
     undated). Look-alike: "over the past three months" keeps the report's months.
  4. "As of today, 66,014 flats have been commissioned this year": a span right after a verb of
     done work, in a sentence opening with a status day, runs from the span's start to that day (it
     took the day alone). Look-alike: "As of August 8, the government had used 47% of the funds set
     aside for the programme in 2023" stays the state on the day; "As of today, the region has
     66,014 flats" too.
  5. "For six months the retail trade has amounted to nearly 4 trillion tenge": a sentence opening
     "For N months" with no comma, then a subject and a verb of amount, is the report's months from
     January (the whole year, or the report's day, was taken). Look-alike: "For six months the plant
     stood idle and lost 2 billion tenge" (a duration) is not those months.
  6. "42.8% in February 2017, 42.5% in January 2017, and 41.3% a year ago": the last member of a
     list of figures each with its own period, a figure alone before "a year ago / earlier", is the
     latest member's period a year before (it took the member before it). Look-alike: "up 1.5
     percent a year ago" (a change) keeps the span it is told beside.
  7. "Earlier in the year, a price spike of 27% was reported": as "earlier this year", the year (the
     month the sentence before named was carried). Look-alike: "In the year, prices rose by 27
     percent" stays undated.
  8. "Meanwhile, 591,000 tons of coal and 54,000 tons of fuel oil are already stored up": two
     subjects of one verb after both share its "already" (the first took the year carried from
     before). Look-alike: "14,417 complaints have been resolved and 302 are still being reviewed"
     (two verbs): "still" is the 302's alone.
  9. "Over the years of independence, Kazakhstan has built 1,312 clinics", "Since independence ...":
     from 16 December 1991 to the report (they stood at the report; "since independence" was
     undated). Look-alikes: "for the first time since independence", "the highest number ... in the
     years of independence was registered in 2021" are a record's yardstick, no period.
  10. "140 kindergartens opened doors since early 2022": from 1 January 2022 to the report (the whole
     year was taken). Look-alike: "In early 2022, prices rose by 12%" keeps the year.
  11. "80 schools will open by the beginning of the new school year", "in time for the new academic
     year": due by the 1 September that school year opens on (it was undated, or took a day carried
     from the headline as its span). Look-alike: "In the new school year, 3.8 million pupils will go
     to school" keeps the school year.
  12. "In January-November, airlines carried 12.3 million passengers. There is significant growth in
     Almaty with 9 million (+34%) passengers": "is" before a change noun (growth, increase, decline)
     tells a change over the span, not a state now (the 9 million stood at the report). Look-alike:
     "Almaty is the largest hub with 9 million seats" stays the state at the report.
  13. "More than 5,000 medical organizations provide rural medical assistance, including 790 health
     posts": "provide" states how things stand, at the report (they took a plan's span carried from
     before, or none). Look-alike: "The project provides for 55 departments" is what a plan holds.
  14. "Over the past three summer months, 448,000 tourists came. ... Over 28,000 tourists visited
     Mangistau region": a season named as this or the last one and over by the report frames the
     sentences after it (they were undated). Look-alike: a season still ahead ("may reach 20,000
     this autumn") or without "this/last" frames nothing after it.
  16. "The export forecast for the 2023/2024 agricultural year (July-June) is 6 million tonnes": a
     yearless span of months whose last month comes before its first crosses a new year the words do
     not give; it is no span (it gave 1 July to 30 June of one year, a span ending before it starts),
     and the marketing year named beside it dates the figure.
  17. "Kazakhstan usually exports six to seven million tons of grain, but last year was a record": a
     habit ("usually", "typically", "as a rule") is not dated by a year in a later clause (it took
     last year). Look-alike: "exported 7 million tons, but last year was a record" is not a habit.
  18. "As of September 19, farmers have harvested 6.9 million ha of grain, which is 40% of the planted
     area": a present state in a relative clause of a sentence opening with a status day is that
     day's (it stood at the report). Look-alike: "In 2024 exports grew 10%, while the country's share
     of the market is 3%" keeps the report's day for the share.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface, span


def _span(text: str, surface: str, published: date) -> tuple[date | None, date | None]:
    return span(figure_by_surface(text, surface, published, "", "en"))


CASES = [
    # 1. since a possessive's launch in a year
    (
        "Over 1.1 billion saplings have been planted since the initiative's launch in 2021.",
        date(2025, 1, 23),
        "1.1 billion",
        (date(2021, 1, 1), date(2025, 1, 23)),
    ),
    (
        "The fund has paid out 48 billion tenge since the programme's start in 2019.",
        date(2023, 5, 4),
        "48 billion tenge",
        (date(2019, 1, 1), date(2023, 5, 4)),
    ),
    (
        "Some 12,400 families have moved into new flats since the project's launch in 2020.",
        date(2022, 11, 2),
        "12,400",
        (date(2020, 1, 1), date(2022, 11, 2)),
    ),
    # look-alike: no "since", the launch year is the figure's year
    (
        "The initiative's launch in 2021 drew 300 guests.",
        date(2025, 1, 23),
        "300",
        (date(2021, 1, 1), date(2021, 12, 31)),
    ),
    # 2. since the beginning of year
    (
        "Since the beginning of year the region registered 20 cases of measles.",
        date(2022, 10, 20),
        "20",
        (date(2022, 1, 1), date(2022, 10, 20)),
    ),
    (
        "Since the beginning of year, 41 cases of brucellosis were found (12 cases in Zhambyl region, 9 cases "
        "in Turkestan region).",
        date(2021, 6, 3),
        "12",
        (date(2021, 1, 1), date(2021, 6, 3)),
    ),
    (
        "From the start of year the airport served 2.1 million passengers.",
        date(2019, 7, 9),
        "2.1 million",
        (date(2019, 1, 1), date(2019, 7, 9)),
    ),
    # 3. the past three summer months
    (
        "Over the past three summer months, 448,000 foreign tourists came to the country.",
        date(2023, 9, 12),
        "448,000",
        (date(2023, 6, 1), date(2023, 8, 31)),
    ),
    (
        "In the last three summer months the resorts of Burabay hosted 310,000 guests.",
        date(2019, 9, 20),
        "310,000",
        (date(2019, 6, 1), date(2019, 8, 31)),
    ),
    # 4. a status day opening a sentence, a span of done work after it
    (
        "As of today, 66,014 flats have been commissioned this year.",
        date(2021, 8, 11),
        "66,014",
        (date(2021, 1, 1), date(2021, 8, 11)),
    ),
    (
        "As of today, over 5,200 flats, including 1,300 private houses, have been commissioned throughout "
        "the region this year.",
        date(2022, 9, 14),
        "1,300",
        (date(2022, 1, 1), date(2022, 9, 14)),
    ),
    (
        "As of September 1, 2,400 km of roads have been repaired this year.",
        date(2023, 9, 12),
        "2,400 km",
        (date(2023, 1, 1), date(2023, 9, 1)),
    ),
    # look-alikes: the state on the day
    (
        "As of August 8, the government had used 47% of the funds set aside for the programme in 2023.",
        date(2023, 9, 12),
        "47%",
        (date(2023, 8, 8), date(2023, 8, 8)),
    ),
    (
        "As of today, the region has 66,014 flats, and this year it will build 500 more.",
        date(2023, 9, 12),
        "66,014",
        (date(2023, 9, 12), date(2023, 9, 12)),
    ),
]


CASES += [
    # 5. "For N months" opening a sentence with no comma, before a verb of amount
    (
        "For six months the retail trade in the country has amounted to nearly 4 trillion tenge.",
        date(2017, 7, 20),
        "4 trillion tenge",
        (date(2017, 1, 1), date(2017, 6, 30)),
    ),
    (
        "For 9 months the exports of grain reached 5.2 million tons.",
        date(2019, 10, 25),
        "5.2 million tons",
        (date(2019, 1, 1), date(2019, 9, 30)),
    ),
    (
        "For eight months the region's farms made up 61 billion tenge of output.",
        date(2020, 9, 16),
        "61 billion tenge",
        (date(2020, 1, 1), date(2020, 8, 31)),
    ),
    # 6. a list member alone before "a year ago"
    (
        "The share of the capital was 42.8 percent in February 2017, 42.5 percent in January 2017, and 41.3 "
        "percent a year ago.",
        date(2017, 3, 24),
        "41.3 percent",
        (date(2016, 2, 1), date(2016, 2, 29)),
    ),
    (
        "Unemployment was 4.8% in the third quarter of 2016, 4.9% in the second quarter, and 5.1% a year earlier.",
        date(2016, 11, 20),
        "5.1%",
        (date(2015, 7, 1), date(2015, 9, 30)),
    ),
    # look-alike: a change told beside the month keeps it
    (
        "The share rose to 42.8 percent in February 2017, up 1.5 percent a year ago.",
        date(2017, 3, 24),
        "1.5 percent",
        (date(2017, 2, 1), date(2017, 2, 28)),
    ),
    # 7. earlier in the year
    (
        "Food prices rose by 9.1 percent in November. Earlier in the year, a spike of 27 percent for garlic "
        "was reported in Almaty.",
        date(2016, 12, 5),
        "27 percent",
        (date(2016, 1, 1), date(2016, 12, 31)),
    ),
    (
        "Earlier in the year, the city bought 120 new buses.",
        date(2019, 10, 2),
        "120",
        (date(2019, 1, 1), date(2019, 12, 31)),
    ),
    # 8. two subjects of one verb with "already" after both
    (
        "In 2015 the utilities planned to repair 59 boilers. Meanwhile, 591 thousand tons of coal and 54 "
        "thousand tons of fuel oil are already stored up.",
        date(2015, 8, 7),
        "591 thousand tons",
        (date(2015, 8, 7), date(2015, 8, 7)),
    ),
    (
        "This year the region plans to sow 2 million hectares. So far, 800,000 hectares of wheat and about "
        "120,000 hectares of barley have already been sown.",
        date(2021, 5, 12),
        "800,000 hectares",
        (date(2021, 5, 12), date(2021, 5, 12)),
    ),
    # look-alike: two verbs, the "still" is the second figure's
    (
        "In 2015 the office planned 40 reviews. 14,417 complaints have been resolved and 302 are still being "
        "reviewed.",
        date(2015, 8, 7),
        "14,417",
        (date(2015, 1, 1), date(2015, 12, 31)),
    ),
]


CASES += [
    # 9. over the years of independence
    (
        "Over the years of independence, the country has built and commissioned 1,312 clinics.",
        date(2016, 11, 17),
        "1,312",
        (date(1991, 12, 16), date(2016, 11, 17)),
    ),
    (
        "During the 30 years of independence, Kazakhstan has laid 9,000 km of new roads.",
        date(2021, 12, 10),
        "9,000 km",
        (date(1991, 12, 16), date(2021, 12, 10)),
    ),
    (
        "Since independence the region has opened 412 schools.",
        date(2019, 5, 6),
        "412",
        (date(1991, 12, 16), date(2019, 5, 6)),
    ),
    # look-alikes: a record's yardstick
    (
        "Air traffic rose 15% in 2022 and crossed 10 million passengers for the first time since independence.",
        date(2023, 1, 5),
        "10 million",
        (date(2022, 1, 1), date(2022, 12, 31)),
    ),
    (
        "The highest number of births in the years of independence was registered in 2021, when 446,000 "
        "children were born.",
        date(2023, 11, 20),
        "446,000",
        (date(2021, 1, 1), date(2021, 12, 31)),
    ),
    # 10. since early 2022
    (
        "The premier said 140 kindergartens opened their doors since early 2022.",
        date(2022, 7, 14),
        "140",
        (date(2022, 1, 1), date(2022, 7, 14)),
    ),
    (
        "Since early 2019, bread prices in the city rose by 12%.",
        date(2019, 6, 3),
        "12%",
        (date(2019, 1, 1), date(2019, 6, 3)),
    ),
    # look-alike: "in early 2022" is the year
    (
        "In early 2022, bread prices rose by 12%.",
        date(2022, 7, 14),
        "12%",
        (date(2022, 1, 1), date(2022, 12, 31)),
    ),
]


CASES += [
    # 11. by the beginning of the new school year
    (
        "Some 80 schools will open their doors by the beginning of the new school year.",
        date(2022, 8, 31),
        "80",
        (None, date(2022, 9, 1)),
    ),
    (
        "Repairs at 40 schools will be finished in time for the new academic year.",
        date(2023, 6, 14),
        "40",
        (None, date(2023, 9, 1)),
    ),
    (
        "The city plans to open 12 kindergartens before the start of the next school year.",
        date(2021, 10, 5),
        "12",
        (None, date(2022, 9, 1)),
    ),
    # look-alike: in the new school year is the school year
    (
        "In the new school year, 3.8 million pupils will go to school.",
        date(2022, 8, 31),
        "3.8 million",
        (date(2022, 9, 1), date(2023, 5, 31)),
    ),
]


CASES += [
    # 12. "There is growth ... with N": a change over the span carried
    (
        "In January-November, airlines carried 12.3 million passengers. There is significant growth in "
        "Almaty with 9 million (+34%) passengers.",
        date(2023, 12, 20),
        "9 million",
        (date(2023, 1, 1), date(2023, 11, 30)),
    ),
    (
        "In the first half of 2021, the ports handled 4.1 million tons. There is an increase in Aktau with "
        "2.6 million tons.",
        date(2021, 7, 22),
        "2.6 million tons",
        (date(2021, 1, 1), date(2021, 6, 30)),
    ),
    # look-alike: a state
    (
        "In January-November, airlines carried 12.3 million passengers. Almaty is the largest hub with 9 "
        "million seats.",
        date(2023, 12, 20),
        "9 million",
        (date(2023, 12, 20), date(2023, 12, 20)),
    ),
]


CASES += [
    # 13. "provide" states how things stand
    (
        "«The project will improve clinics in 650 villages over the next two years,» the minister told a "
        "briefing. As stated there, 32 district hospitals will be updated. More than 5,000 medical "
        "organizations provide rural medical assistance, including 790 health posts.",
        date(2022, 9, 9),
        "790",
        (date(2022, 9, 9), date(2022, 9, 9)),
    ),
    (
        "The ministry will open 40 clinics in 2024. Today 87% of the country's clinics provide emergency care.",
        date(2023, 11, 17),
        "87%",
        (date(2023, 11, 17), date(2023, 11, 17)),
    ),
]


CASES += [
    # 14. a season over frames what follows
    (
        "Over the past three summer months, 448,000 foreign tourists came to the country. Over 28,000 of "
        "them visited Mangistau region.",
        date(2023, 9, 12),
        "28,000",
        (date(2023, 6, 1), date(2023, 8, 31)),
    ),
    (
        "This summer the resorts of Burabay hosted 310,000 guests. Some 41,000 tourists came from abroad.",
        date(2019, 9, 20),
        "41,000",
        (date(2019, 6, 1), date(2019, 8, 31)),
    ),
]


CASES += [
    # 16. months across a new year
    (
        "The export forecast for the 2023/2024 agricultural year (July-June) is 6 million tonnes.",
        date(2023, 9, 20),
        "6 million tonnes",
        (date(2023, 7, 1), date(2024, 6, 30)),
    ),
    (
        "Gas use in the 2022/2023 heating season (October-April) reached 9.8 billion cubic meters.",
        date(2023, 5, 20),
        "9.8 billion cubic meters",
        (date(2022, 10, 1), date(2023, 4, 30)),
    ),
    # 17. a habit before a later clause's year
    (
        "The country usually exports six to seven million tons of grain, but last year was record-breaking.",
        date(2023, 3, 10),
        "seven million tons",
        (date(2023, 3, 10), date(2023, 3, 10)),
    ),
    (
        "The region typically harvests 4 million tons of wheat, but in 2022 the drought cut the crop.",
        date(2023, 1, 12),
        "4 million tons",
        (date(2023, 1, 12), date(2023, 1, 12)),
    ),
    # look-alike: no habit
    (
        "The country exported 7 million tons of grain, but last year was record-breaking.",
        date(2023, 3, 10),
        "7 million tons",
        (date(2022, 1, 1), date(2022, 12, 31)),
    ),
]


CASES += [
    # 18. a state in a relative clause under a status day
    (
        "As of September 19, farmers have harvested 6.9 million hectares of grain, which is 40% of the planted area.",
        date(2023, 9, 20),
        "40%",
        (date(2023, 9, 19), date(2023, 9, 19)),
    ),
    (
        "As of October 1, the region has 412 schools, which is 12 more than a year ago.",
        date(2021, 10, 8),
        "12",
        (date(2021, 10, 1), date(2021, 10, 1)),
    ),
    # look-alike: no status day
    (
        "In 2024 exports grew 10%, while the country's share of the market is 3%.",
        date(2025, 9, 20),
        "3%",
        (date(2025, 9, 20), date(2025, 9, 20)),
    ),
]


@pytest.mark.parametrize(("text", "published", "surface", "expected"), CASES)
def test_real21en_period(
    text: str, published: date, surface: str, expected: tuple[date | None, date | None]
) -> None:
    assert _span(text, surface, published) == expected


def test_past_three_months_keeps_the_report_months() -> None:
    """'over the past three months' without a season stays what it was (the report's months)."""
    text = "Over the past three months, 448,000 foreign tourists came to the country."
    assert _span(text, "448,000", date(2023, 9, 12)) != (date(2023, 6, 1), date(2023, 8, 31))


def test_for_months_of_idleness_is_no_report_span() -> None:
    """'For six months the plant stood idle and lost 2 billion tenge': a duration, not January-June."""
    text = "For six months the plant stood idle and lost 2 billion tenge."
    assert _span(text, "2 billion tenge", date(2017, 7, 20)) != (date(2017, 1, 1), date(2017, 6, 30))


def test_in_the_year_alone_dates_nothing() -> None:
    """Only 'earlier in the year' is this year; a bare 'In the year' stays undated."""
    assert _span("In the year, prices rose by 27 percent.", "27 percent", date(2016, 12, 5)) == (None, None)


def test_provides_for_is_a_plans_content() -> None:
    """'The project provides for opening 55 departments': a plan's content, not a state now."""
    text = "The renovation project provides for opening 55 specialized departments with 2,718 beds."
    assert _span(text, "55", date(2026, 2, 19)) != (date(2026, 2, 19), date(2026, 2, 19))


def test_a_season_ahead_frames_nothing_after_it() -> None:
    """'Arrivals may reach 20,000 this autumn. Some 9,000 came in July': the autumn is ahead, it
    does not date the next sentence."""
    text = "Arrivals may reach 20,000 this autumn. Some 9,000 tourists came to the lake."
    assert _span(text, "9,000", date(2019, 8, 2)) != (date(2019, 9, 1), date(2019, 11, 30))
