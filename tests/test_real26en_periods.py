"""Periods and one kind found wrong on real stored English pages in round real26en, in sentences of
our own (labelled by tests/realworld/FORMAT.md):

  1. "Oct 14 (Interfax) - Freight totalled X in January-September, a year-on-year rise of 9%": the
     day of a wire's dateline left opening the sentence (the splitter cut "ASTANA." off) is the day
     the report was filed, no period of a figure (the change took that day). Look-alikes: "October
     1 - 10" and "September 1 – October 10" are spans, and a day told of in the sentence keeps it.
  2. "... in comparison with the corresponding period of 2017 has increased from 10.5 to 27.1
     percent": "comparison" is a comparing word, so the same-span phrase is the base, not the
     figure's period; the old level ("from") stands in that base span, the new one in the
     article's span. Look-alike: with no base named, the old level keeps its reading.
  3. "Investments of 522 billion, 81% of which are private, were attracted" under a span carried
     from the lead: the share "of which" is of the figure before it, at its period (it took the
     publication day as a present state). Look-alike: a present count "30 of which are new" stays
     at the report.
  4. "As of July 1, there are 2.3 million pensioners. Since the beginning of the year, ... 1.6
     trillion ... has been paid. Of this amount, 506 billion has been allocated for basic pensions":
     a sentence opening on a span of its own ends the status day's scene, and a share "Of this
     amount" of money told paid out is paid out (actual), not money set aside (plan). Look-alike:
     "Of this amount" of a plan for the year stays a plan.
  5. "In the nearest two years ..." is "in the next two years" (report on, two years); "In the space
     of 5 months, ..." is the report's five months from January, as "In 5 months" already was.
  6. "non-food - by 7.3% (in June 2024 - 7.4%), food - by 5.5%": a period labelling the figure
     after it inside a bracket dates only that figure (the figures after the bracket took June, not
     the article's July); "(in the previous month - 0.4%)", "(prior month: 1 percent)" are the
     month before. Look-alike: the bracket's own figure keeps its month. (A dev article's "(2% in
     June), while others held 0.2%, up from 0.1%", June for the old level, is kept by reading only
     a bracket whose period stands before its figure.)
  8. "The governor reported on 2023. ... This year the region will develop 28 more projects worth
     180 billion tenge. ... Small businesses produced goods worth 864.9 billion": a plan for the year
     under way, opening its sentence, does not move a report on a year already over into that year
     (the actual figures after it took the new year). Look-alikes: the plans keep the year under way;
     a span of several years ahead ("In 2024-2025 ...") is left to set the scene, as before.
  9. "The Governor reported to the President on the region's development in eight months of 2022."
     after a lead with no figures: "reported to the President on" names the report's span as
     "reported on" does (the figures after it took the publication day); "X, which surpasses the
     last year indicator by 4%": the year after "surpasses the" is the base, not the change's period.
 10. "63 schools are to be built in the region in three years": in a sentence that speaks ahead,
     "in N years" is the N years from the report, as "over N years" is (it took the five years of
     the sentence before). Look-alikes: "in 5 years of independence", "in five years' time" and a
     past "In 3 years, output doubled" stay undated.
 11. "Kazakhstan possesses vast coal reserves, estimated at around 33 billion tons": "possesses" states
     how things stand, and a participle "estimated/valued at" opening a clause after a noun is no verb
     of its own, so the clause before tells the tense (the figure was undated). Look-alikes: "the
     government estimated losses at" in a dated year, "valued at ..., was completed in 2020".
  7. Kinds: "local budgets received target transfers of 1.5 trillion" ("целевые трансферты", money
     sent for a set use) is received, no target; "The total cost of the projects is ..." after
     projects "planned to be implemented", and "The project costs ..." after "It is expected to
     build 141 houses", are plans, as the cost after "will be built" already was; projects "slated
     for this year" are planned. Look-alikes: "The target for transfers is"; a project's cost after
     a past year's building; schools "slated for repair" that "were repaired" last year.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface, span

CASES = [
    # 1. a dateline's day is no figure's period
    (
        "Oct 14 (Interfax) - Freight traffic came to 180.5 billion tonne-km in January-September "
        "2010, which is a year-on-year rise of 9.2%, the statistics agency said.",
        date(2010, 10, 14),
        "9.2%",
        (date(2010, 1, 1), date(2010, 9, 30)),
    ),
    (
        "March 3 (Kazinform) - Coal output reached 21.4 million tons in January-February, "
        "or 4.5% more than a year earlier.",
        date(2016, 3, 3),
        "4.5%",
        (date(2016, 1, 1), date(2016, 2, 29)),
    ),
    (
        "Nov. 2 – Retail sales totalled 14 trillion tenge in the first ten months, up 6.1% year on year.",
        date(2023, 11, 2),
        "6.1%",
        (date(2023, 1, 1), date(2023, 10, 31)),
    ),
    # look-alikes: spans opening a sentence; a day the sentence tells of
    (
        "October 1 - 10 the fair sold 640 tons of vegetables.",
        date(2021, 10, 14),
        "640 tons",
        (date(2021, 10, 1), date(2021, 10, 10)),
    ),
    (
        "On October 12 the city had 3,200 unemployed.",
        date(2021, 10, 14),
        "3,200",
        (date(2021, 10, 12), date(2021, 10, 12)),
    ),
    # 2. the old level of a change compared with the same span of another year
    (
        "Since the beginning of the year, 412 billion tenge has been invested in the city. The share of "
        "foreign money in comparison with the corresponding period of 2017 has increased from 12.5 "
        "percent to 21.3 percent.",
        date(2018, 8, 15),
        "12.5 percent",
        (date(2017, 1, 1), date(2017, 8, 15)),
    ),
    (
        "Since the beginning of the year, 412 billion tenge has been invested in the city. The share of "
        "foreign money in comparison with the corresponding period of 2017 has increased from 12.5 "
        "percent to 21.3 percent.",
        date(2018, 8, 15),
        "21.3 percent",
        (date(2018, 1, 1), date(2018, 8, 15)),
    ),
    (
        "In January-July, exports came to 3.1 billion dollars. Compared with the same period last "
        "year, the share of grain has grown from 18 percent to 26 percent.",
        date(2019, 8, 20),
        "18 percent",
        (date(2018, 1, 1), date(2018, 7, 31)),
    ),
    (
        "In January-July, exports came to 3.1 billion dollars. Compared with the same period last "
        "year, the share of grain has grown from 18 percent to 26 percent.",
        date(2019, 8, 20),
        "26 percent",
        (date(2019, 1, 1), date(2019, 7, 31)),
    ),
    # 3. a share "of which" of the figure before it
    (
        "The governor reported on the region's results in 9 months of 2021. Investments worth 522 "
        "billion tenge, 81% of which are private, were attracted to the region.",
        date(2021, 10, 20),
        "81%",
        (date(2021, 1, 1), date(2021, 9, 30)),
    ),
    (
        "In January-May, the farms sold 14,000 tons of milk, 60% of which is processed in the region.",
        date(2022, 6, 15),
        "60%",
        (date(2022, 1, 1), date(2022, 5, 31)),
    ),
    # look-alike: a present count and its part stand at the report
    (
        "The district has 120 schools, 30 of which are new.",
        date(2022, 6, 15),
        "30",
        (date(2022, 6, 15), date(2022, 6, 15)),
    ),
    # 5. "the nearest N years"; "in the space of N months"
    (
        "In the nearest two years, the region plans to build 450 thousand square meters of housing.",
        date(2024, 12, 10),
        "450 thousand square meters",
        (date(2024, 12, 10), date(2026, 12, 10)),
    ),
    (
        "In the space of 5 months, 18.2 billion tenge have been invested into housing. 1,940 flats "
        "have been commissioned in the region.",
        date(2020, 6, 22),
        "1,940",
        (date(2020, 1, 1), date(2020, 5, 31)),
    ),
    # 6. a bracket's labelled period is its own figure's only; the month before in a bracket
    (
        "Inflation in July 2024 came to 8.1% over the year. Paid services rose by 12.5% "
        "(in June 2024 - 11.9%), non-food goods - by 6.3% (in June 2024 - 6.6%), food - by 4.2%.",
        date(2024, 8, 2),
        "6.3%",
        (date(2024, 7, 1), date(2024, 7, 31)),
    ),
    (
        "Inflation in July 2024 came to 8.1% over the year. Paid services rose by 12.5% "
        "(in June 2024 - 11.9%), non-food goods - by 6.3% (in June 2024 - 6.6%), food - by 4.2%.",
        date(2024, 8, 2),
        "4.2%",
        (date(2024, 7, 1), date(2024, 7, 31)),
    ),
    (
        "In March 2023 food prices rose by 9.4 percent (in December 2022, 11.2 percent), "
        "for non-food goods, by 7.7 percent.",
        date(2023, 4, 3),
        "7.7 percent",
        (date(2023, 3, 1), date(2023, 3, 31)),
    ),
    (
        "Inflation in July 2024 was 8.1% for the year (in June 2024 - 7.9%), for the month - 0.6% "
        "(in the previous month - 0.3%).",
        date(2024, 8, 2),
        "0.3%",
        (date(2024, 6, 1), date(2024, 6, 30)),
    ),
    (
        "In October the monthly rate was 0.9 percent (prior month: 1.1 percent).",
        date(2023, 11, 2),
        "1.1 percent",
        (date(2023, 9, 1), date(2023, 9, 30)),
    ),
    # 8. a plan for the year under way does not move a past year's report
    (
        "The governor reported on the region's development for 2023. Capital investments grew by 12.1%. "
        "This year the region will develop 31 more projects worth 210 billion tenge. Small businesses "
        "produced goods worth 640.5 billion tenge.",
        date(2024, 1, 24),
        "640.5 billion tenge",
        (date(2023, 1, 1), date(2023, 12, 31)),
    ),
    (
        "The governor reported on the region's development for 2023. Capital investments grew by 12.1%. "
        "This year the region will develop 31 more projects worth 210 billion tenge. Small businesses "
        "produced goods worth 640.5 billion tenge.",
        date(2024, 1, 24),
        "210 billion tenge",
        (date(2024, 1, 1), date(2024, 12, 31)),
    ),
    # 9. the span of a report told "to the President on"; a base after "surpasses the"
    (
        "The President received the governor of the region, the press service said.\n\nThe governor "
        "reported to the President on the region's development in seven months of 2022.\n\nIndustrial "
        "output has reached 418bln tenge.",
        date(2022, 8, 30),
        "418bln tenge",
        (date(2022, 1, 1), date(2022, 7, 31)),
    ),
    (
        "In January-August, farm output has made 391bln tenge, which surpasses the last year indicator by 6%.",
        date(2022, 9, 23),
        "6%",
        (date(2022, 1, 1), date(2022, 8, 31)),
    ),
    (
        "In 2021, output exceeded 2 million tons.",
        date(2022, 9, 23),
        "2 million tons",
        (date(2021, 1, 1), date(2021, 12, 31)),
    ),
    # 10. "in N years" ahead
    (
        "It is planned to lift the region's own revenues to 90 billion tenge in the next five years. "
        "Under the national project, 48 schools are to be built in the region in three years.",
        date(2024, 1, 16),
        "48",
        (date(2024, 1, 16), date(2027, 1, 16)),
    ),
    (
        "In 5 years of independence the country built 300 schools.",
        date(1997, 1, 16),
        "300",
        (None, None),
    ),
    (
        "In 3 years, output doubled to 40 tons.",
        date(2024, 1, 16),
        "40 tons",
        (None, None),
    ),
    # 11. a present state told with an apposed estimate
    (
        "The country possesses large gold reserves, estimated at around 290 tons.",
        date(2025, 3, 4),
        "290 tons",
        (date(2025, 3, 4), date(2025, 3, 4)),
    ),
    (
        "In 2023 the government estimated losses at 4.2 billion tenge.",
        date(2025, 3, 4),
        "4.2 billion tenge",
        (date(2023, 1, 1), date(2023, 12, 31)),
    ),
    (
        "The bridge, valued at 9.5 billion tenge, was completed in 2020.",
        date(2025, 3, 4),
        "9.5 billion tenge",
        (date(2020, 1, 1), date(2020, 12, 31)),
    ),
    # look-alike: the bracket's own figure keeps its month
    (
        "Inflation in July 2024 came to 8.1% over the year. Paid services rose by 12.5% "
        "(in June 2024 - 11.9%), non-food goods - by 6.3% (in June 2024 - 6.6%), food - by 4.2%.",
        date(2024, 8, 2),
        "6.6%",
        (date(2024, 6, 1), date(2024, 6, 30)),
    ),
]


@pytest.mark.parametrize(("text", "published", "surface", "expected"), CASES)
def test_period(text: str, published: date, surface: str, expected: tuple[date, date]) -> None:
    assert span(figure_by_surface(text, surface, published, "", "en")) == expected


def test_status_day_ends_at_a_span_of_its_own() -> None:
    # 4. under a headline on the year to date, a status day told first does not date the share
    # "Of this amount" after a sentence opening on the year to date
    text = (
        "As of July 1, 2023, there are 2.1 million pensioners.\n\nSince the beginning of the year, "
        "pensions of 1.4 trillion tenge have been paid from the budget. Of this amount, 430 billion "
        "tenge has been allocated for basic pensions."
    )
    title = "1.4 trillion tenge paid in pensions since the beginning of the year"
    figure = figure_by_surface(text, "430 billion tenge", date(2023, 7, 20), title, "en")
    assert span(figure) == (date(2023, 1, 1), date(2023, 7, 20))
    # the pensioners' day keeps its figure
    figure = figure_by_surface(text, "2.1 million", date(2023, 7, 20), title, "en")
    assert span(figure) == (date(2023, 7, 1), date(2023, 7, 1))


KINDS = [
    # 4. a share of money told paid out is paid out; of a plan for the year it stays planned
    (
        "Since the beginning of the year, pensions of 1.4 trillion tenge have been paid from the budget. "
        "Of this amount, 430 billion tenge has been allocated for basic pensions.",
        date(2023, 7, 20),
        "430 billion tenge",
        "actual",
    ),
    (
        "This year 300 billion tenge is provided for roads. Of this amount, 120 billion tenge has been "
        "allocated for repairs.",
        date(2023, 7, 20),
        "120 billion tenge",
        "plan",
    ),
    # 7. target transfers are received; the cost of projects to come is planned
    (
        "In 11 months of 2019, revenues were 7.9 trillion tenge. In the reporting period local budgets "
        "received target transfers to the amount of 1.4 trillion tenge.",
        date(2019, 12, 13),
        "1.4 trillion tenge",
        "actual",
    ),
    (
        "The target for transfers this year is 1.4 trillion tenge.",
        date(2019, 12, 13),
        "1.4 trillion tenge",
        "target",
    ),
    (
        "Some 86 industrial projects are planned to be implemented by the yearend. The total cost of "
        "the projects is 420 billion tenge.",
        date(2012, 7, 20),
        "420 billion tenge",
        "plan",
    ),
    (
        "It is expected to build 96 houses for 190 flats in 8 villages. The project costs 2.7 billion tenge.",
        date(2020, 7, 10),
        "2.7 billion tenge",
        "plan",
    ),
    (
        "Some 37 housing projects worth 8.6 billion tenge are slated for this year, thus creating 410 jobs.",
        date(2020, 6, 22),
        "8.6 billion tenge",
        "plan",
    ),
    (
        "Last year 12 schools slated for repair were repaired.",
        date(2020, 6, 22),
        "12",
        "actual",
    ),
    (
        "Last year the region built 40 schools. The project cost 12 billion tenge.",
        date(2020, 7, 10),
        "12 billion tenge",
        "actual",
    ),
]


@pytest.mark.parametrize(("text", "published", "surface", "kind"), KINDS)
def test_kind(text: str, published: date, surface: str, kind: str) -> None:
    assert figure_by_surface(text, surface, published, "", "en").kind == kind
