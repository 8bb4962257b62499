"""Errors seen on real stored English news pages (round real14en), in sentences of our own.

Labelled by tests/realworld/FORMAT.md:
  1. a wire dateline with its country and day ("ASTANA, Kazakhstan, January 1.") or one the
     splitter cut in two ("Astana." then "June 5.") is no lead: the lead is the sentence after it,
     so a span named later (a budget law "for 2026-2028") does not replace the lead's start day
     for the rates told after it.
  2. a payment set by law from a day (a pension, an allowance, a stipend, the minimum wage, or a
     share of the living wage) that "will be" or "will rise to" an amount is a rule, not an
     outlook: plan before that day, actual (in force) once it has come; a market's average wage
     or a plant's output that "will rise to" stays a forecast.
  3. "will rise to 164,350 tenge", "is set to increase to 12%": the level reached, not a change
     (the verb's bare form is no change noun); "rose by 5%" and "the rise in prices was 5%" stay
     changes.
  4. a comparison's base ("..., compared to 8 regions last year") dates its own figure but does not
     move the span the next sentences report in.
  5. "according to the results of four months", "following the results of five months" (renderings
     of "по итогам N месяцев") are the report's months from January, like "in four months".
  6. the figure an outcome is set against, named by its adjective after a word of comparing
     ("instead of the planned 19.5 million", "above the targeted 3 million", "against the expected
     ..."), is that plan, goal or outlook; "The planned 40 schools were built" keeps its verb.
  7. a year glued by a hyphen to a capitalised name ("the BRM-2020 programme", "Business
     Roadmap-2025") is no period; "mid-2024" and "Mid-2025 output" stay periods.
  8. "26% of the income is provided by transit traffic": where a share comes from, not a budget
     line (plan); "is provided by the republican budget" and "is provided for" stay plan.
  9. the old level of a revised outlook, goal or plan ("revised the inflation outlook from 7.5% to
     8-9% for 2024", "lowered its harvest target from 20 to 18 million tons") is that outlook, goal
     or plan for the same span, not a past outcome a year before; "rose from 4.1 million tons in
     2023 to 4.8 million in 2024" keeps its past level.
 10. how many projects a pool holds is actual also in a relative clause after the pool ("An
     investment pool for 2025-2027, which includes 128 projects worth ..., was formed"); the worth
     stays plan.
 11. a figureless sentence naming the span whose results are reported ("He reported on the main
     results of the company's activity in 2022") dates the figures after it; "reported on the plans
     for 2023" does not.
 12. money "(US$190,416) was allocated" with its other currency in a bracket between is set aside
     like "was allocated" right after it (plan); what a facility told in the future ("The facility
     will be capable of ...") costs is plan; "the city's 200,000 residents" in a participle clause
     after a plan are the people there now (actual); "which is 1% more than in 2022" after an
     outlook is that outlook's margin (forecast); a project's worth in a bracket after its name, in
     a sentence on projects being carried out, is plan.
 13. "will be increased since July 1" (a rendering of "с 1 июля") is a start ahead, as "from July
     1" is (a verb of telling, "the minister reminded that", is no past of the sentence's own);
     "Since January, exports increased ..." and "has paid since 2005" stay spans to date; "from
     July 1 to 12,025 tenge" is no span of days to the 12th.
 14. after a month just told ("In August, 26 million tons were carried"), the months of the year up
     to it ("January to July 2023") are the report's span again for the sentences that follow.
 15. in a report on next year's budget, money "reallocated" to uses is plan, and so are "budget
     expenditures amount to" (a budget line in the present); figures "in 2011 and 2012 ...,
     respectively" with their sums in another currency in brackets take the years in turn, each
     bracket its sum's year.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicator_record import Indicator
from tests.figure_lookup import figure_by_surface


def _by_surface(text: str, surface: str, published: date) -> Indicator:
    return figure_by_surface(text, surface, published, "", "en")


def _span(indicator: Indicator) -> tuple[str | None, str | None]:
    return (
        indicator.period_start.isoformat() if indicator.period_start else None,
        indicator.period_end.isoformat() if indicator.period_end else None,
    )


@pytest.mark.parametrize(
    ("text", "published", "surface", "span"),
    [
        # 1. wire datelines: the lead's start day holds past a budget law's years
        (
            "ALMATY, Kazakhstan, January 1. The country raises child benefits by 8% from January 1, 2026.\n"
            "The rise is set out in the Law on the Republican Budget for 2026-2028.\n"
            "The monthly allowance for a family with five children will be 80,500 tenge.",
            date(2026, 1, 1),
            "80,500 tenge",
            ("2026-01-01", None),
        ),
        (
            "BAKU, Azerbaijan, Jan. 2. Kazakhstan is raising student stipends by 15% starting January 1, 2026.\n"
            "The change is foreseen by the law on the budget for 2026-2028.\n"
            "A first-year student's stipend will be 52,000 tenge.",
            date(2026, 1, 2),
            "52,000 tenge",
            ("2026-01-01", None),
        ),
        (
            "Astana. 3 March. The ministry raises the burial grant from April 1, 2025.\n"
            "This is provided for by the plan for 2025-2027.\n"
            "The grant will be 110,000 tenge.",
            date(2025, 3, 3),
            "110,000 tenge",
            ("2025-04-01", None),
        ),
        # look-alikes: a dateline before a lead that reports a span, whose later figures keep it
        (
            "ASTANA, Kazakhstan, May 20. Kazakhstan exported 3.4 million tons of wheat in January-April 2025.\n"
            "Uzbekistan bought 1.3 million tons.",
            date(2025, 5, 20),
            "1.3 million tons",
            ("2025-01-01", "2025-04-30"),
        ),
        (
            "ASTANA. Kazakhstan exported 3.4 million tons of wheat in January-April 2025.\n"
            "Uzbekistan bought 1.3 million tons.",
            date(2025, 5, 20),
            "1.3 million tons",
            ("2025-01-01", "2025-04-30"),
        ),
    ],
)
def test_wire_dateline_is_no_lead(
    text: str, published: date, surface: str, span: tuple[str | None, str | None]
) -> None:
    assert _span(_by_surface(text, published=published, surface=surface)) == span


@pytest.mark.parametrize(
    ("text", "published", "surface", "kind"),
    [
        # 2. a payment set from a day: plan before it, actual once in force
        (
            "From January 1, 2026, the disability allowance for group II will rise to 91,300 tenge.",
            date(2025, 12, 12),
            "91,300 tenge",
            "plan",
        ),
        (
            "From January 1, 2026, the disability allowance for group II will rise to 91,300 tenge.",
            date(2026, 1, 5),
            "91,300 tenge",
            "actual",
        ),
        (
            "Starting from July 1, 2025, the solidary pension of this retiree will increase to 128,400 tenge.",
            date(2025, 7, 2),
            "128,400 tenge",
            "actual",
        ),
        (
            "Kazakhstan indexes all state benefits from January 1, 2026. The one-off birth grant will be "
            "171,200 tenge, and the monthly care allowance will increase to 62,900 tenge for one child and "
            "to 98,100 tenge for twins.",
            date(2025, 12, 20),
            "98,100 tenge",
            "plan",
        ),
        (
            "From January 1, 2026, the maximum basic pension will be raised from 112% to 118% of the living wage.",
            date(2026, 1, 3),
            "118%",
            "actual",
        ),
        # look-alikes: money set aside for a payment, a market's average wage, a plant's output
        (
            "Rural doctors will receive a monthly allowance starting this year. The allowance covers "
            "about 6,000 doctors, and 4 billion tenge has been allocated for it.",
            date(2025, 3, 3),
            "4 billion tenge",
            "plan",
        ),
        (
            "From January 1, 2026, the average wage in the region will rise to 480,000 tenge, analysts say.",
            date(2025, 11, 20),
            "480,000 tenge",
            "forecast",
        ),
        (
            "From July 1, 2026, the refinery's output will rise to 2.4 million tons a year.",
            date(2025, 11, 20),
            "2.4 million tons",
            "forecast",
        ),
    ],
)
def test_payment_set_from_a_day(text: str, published: date, surface: str, kind: str) -> None:
    assert _by_surface(text, published=published, surface=surface).kind == kind


@pytest.mark.parametrize(
    ("text", "surface", "is_change"),
    [
        # 3. "will rise to" names the level reached
        ("Grain exports will rise to 12 million tons next year.", "12 million tons", False),
        ("The key rate is set to increase to 17% in March.", "17%", False),
        ("The fee for a permit would go up to 45,000 tenge under the draft.", "45,000 tenge", False),
        # look-alikes: a change by a figure, and a change noun, stay changes
        ("Grain exports will rise by 12% next year.", "12%", True),
        ("Consumer prices rose by 5% in May.", "5%", True),
        ("The rise in prices was 5% in May.", "5%", True),
    ],
)
def test_rise_to_is_a_level(text: str, surface: str, is_change: bool) -> None:
    assert _by_surface(text, published=date(2025, 11, 20), surface=surface).is_change is is_change


@pytest.mark.parametrize(
    ("text", "published", "surface", "span"),
    [
        # 4. a base's year does not carry
        (
            "The minister named the regions with the fastest industrial growth.\n"
            "Output rose in 12 regions in ten months of 2017, compared to 9 regions last year.\n"
            "The fastest growth was in Pavlodar region - 6.1%.",
            date(2017, 11, 21),
            "6.1%",
            ("2017-01-01", "2017-10-31"),
        ),
        (
            "The ministry gave the first figures.\n"
            "Exports reached 5.2 million tons in January-May 2024, against 4.1 million tons a year earlier.\n"
            "Wheat made up 3.9 million tons.",
            date(2024, 6, 18),
            "3.9 million tons",
            ("2024-01-01", "2024-05-31"),
        ),
        # look-alike: the base itself keeps its own year
        (
            "The minister named the regions with the fastest industrial growth.\n"
            "Output rose in 12 regions in ten months of 2017, compared to 9 regions last year.",
            date(2017, 11, 21),
            "9",
            ("2016-01-01", "2016-10-31"),
        ),
        # 5. "according to the results of N months"
        (
            "According to the results of four months, 3.8 million square metres of housing were built.",
            date(2024, 5, 20),
            "3.8 million square metres",
            ("2024-01-01", "2024-04-30"),
        ),
        (
            "Following the results of seven months, the region harvested 210,000 tons of vegetables.",
            date(2023, 8, 14),
            "210,000 tons",
            ("2023-01-01", "2023-07-31"),
        ),
        # look-alike: a duration stays no span
        (
            "The new terminal will be built in 18 months for 12 billion tenge.",
            date(2023, 8, 14),
            "12 billion tenge",
            (None, None),
        ),
        # 7. a year glued to a name
        (
            "Some 240 million tenge will go to loan subsidies under the BRM-2020 programme.",
            date(2018, 10, 10),
            "240 million tenge",
            (None, None),
        ),
        (
            "Under the Business Roadmap-2025 programme, 75 million tenge will be spent on grants.",
            date(2021, 3, 2),
            "75 million tenge",
            (None, None),
        ),
        # look-alike: a time word glued to a year
        (
            "Output reached 4 million tons in mid-2024.",
            date(2025, 3, 2),
            "4 million tons",
            ("2024-01-01", "2024-12-31"),
        ),
    ],
)
def test_carried_and_named_spans(
    text: str, published: date, surface: str, span: tuple[str | None, str | None]
) -> None:
    assert _span(_by_surface(text, published=published, surface=surface)) == span


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        # 6. a base named by its adjective
        (
            "Instead of the planned 19.5 million tons, farmers threshed 21.7 million tons.",
            "19.5 million tons",
            "plan",
        ),
        (
            "The region collected 3.4 million tons, above the targeted 3 million tons.",
            "3 million tons",
            "target",
        ),
        (
            "Revenue reached 810 billion tenge against the expected 760 billion tenge.",
            "760 billion tenge",
            "forecast",
        ),
        ("The mill shipped 96,000 tons compared with the scheduled 90,000 tons.", "90,000 tons", "plan"),
        # look-alikes: the outcome beside it, and a planned thing told as done
        (
            "Instead of the planned 19.5 million tons, farmers threshed 21.7 million tons.",
            "21.7 million tons",
            "actual",
        ),
        ("The planned 40 schools were all built in 2023.", "40", "plan"),
    ],
)
def test_base_named_by_its_adjective(text: str, surface: str, kind: str) -> None:
    assert _by_surface(text, published=date(2024, 10, 15), surface=surface).kind == kind


@pytest.mark.parametrize(
    ("text", "published", "surface", "kind", "span"),
    [
        # 8. a share "provided by" a source
        (
            "About 31 percent of the railway's revenue is provided by transit cargo.",
            date(2019, 5, 6),
            "31 percent",
            "actual",
            ("2019-05-06", "2019-05-06"),
        ),
        (
            "Some 4.2 billion tenge is provided by the regional budget for the new clinic.",
            date(2019, 5, 6),
            "4.2 billion tenge",
            "plan",
            (None, None),
        ),
        # 9. a revised outlook's old level
        (
            "The central bank revised its inflation outlook upward from 6.5% to 7-8% for 2025.",
            date(2025, 2, 14),
            "6.5%",
            "forecast",
            ("2025-01-01", "2025-12-31"),
        ),
        (
            "The ministry lowered its harvest target from 20 million tons to 18 million tons this year.",
            date(2024, 9, 3),
            "20 million tons",
            "target",
            ("2024-01-01", "2024-12-31"),
        ),
        (
            "The fund raised its growth forecast for 2026 from 3.9% to 4.6%.",
            date(2025, 10, 8),
            "3.9%",
            "forecast",
            ("2026-01-01", "2026-12-31"),
        ),
        # look-alike: a past level stays one
        (
            "Output rose from 4.1 million tons in 2023 to 4.8 million tons in 2024.",
            date(2025, 2, 14),
            "4.1 million tons",
            "actual",
            ("2023-01-01", "2023-12-31"),
        ),
        # 10. a pool's count in a relative clause
        (
            "A pool for 2026-2028, which includes 96 projects worth 1.9 trillion tenge, has been formed.",
            date(2025, 9, 12),
            "96",
            "actual",
            ("2025-09-12", "2025-09-12"),
        ),
        (
            "A pool for 2026-2028, which includes 96 projects worth 1.9 trillion tenge, has been formed.",
            date(2025, 9, 12),
            "1.9 trillion tenge",
            "plan",
            ("2026-01-01", "2028-12-31"),
        ),
        # 11. the span whose results a figureless sentence names
        (
            "The President received the head of the port company on Monday.\n"
            "He reported on the main results of the company's work in 2024 and on plans ahead.\n"
            "Cargo handling reached 7.1 million tons, a record.",
            date(2025, 1, 20),
            "7.1 million tons",
            "actual",
            ("2024-01-01", "2024-12-31"),
        ),
        (
            "The President received the head of the port company on Monday.\n"
            "He reported on the plans for 2025.\n"
            "Cargo handling reached 7.1 million tons, a record.",
            date(2025, 1, 20),
            "7.1 million tons",
            "actual",
            (None, None),
        ),
    ],
)
def test_kinds_and_spans_round_two(
    text: str, published: date, surface: str, kind: str, span: tuple[str | None, str | None]
) -> None:
    found = _by_surface(text, published=published, surface=surface)
    assert (found.kind, _span(found)) == (kind, span)


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        # 12. money, costs, people and margins in these shapes
        (
            "The fund has allocated 3.1 billion tenge to build a clinic in the town. The project's total "
            "cost is 3.3 billion tenge, and 200 million tenge (US$390,000) was allocated from the local budget.",
            "200 million tenge",
            "plan",
        ),
        (
            "The fund has allocated 3.1 billion tenge to build a clinic in the town. The new facility will be "
            "able to receive 300 patients a day. The project's total cost is 3.3 billion tenge.",
            "3.3 billion tenge",
            "plan",
        ),
        (
            "The fund will finance a new ambulance station, serving the city's 150,000 residents.",
            "150,000",
            "actual",
        ),
        (
            "Wheat output is expected to rise to 17 million tons this year, which is 4% more than in 2023.",
            "4%",
            "forecast",
        ),
        (
            "Growth comes from the implementation of two projects: the Steel Expansion Project ($1.2bn) and "
            "the Coke Plant Project ($300m).",
            "$300m",
            "plan",
        ),
        # look-alikes: money spent, a built plant's cost, settlements to be connected, a past margin
        (
            "The fund has allocated 3.1 billion tenge to build a clinic in the town. The project's total "
            "cost is 3.3 billion tenge, and 200 million tenge (US$390,000) was spent from the local budget.",
            "200 million tenge",
            "actual",
        ),
        (
            "The clinic was built in 2021. The project's total cost was 3.3 billion tenge.",
            "3.3 billion tenge",
            "actual",
        ),
        ("Wheat output rose to 17 million tons last year, which is 4% more than in 2022.", "4%", "actual"),
        (
            "The goal is to bring gas to 70% of homes by 2027, connecting 900 villages with 2.1 million residents.",
            "2.1 million",
            "target",
        ),
    ],
)
def test_money_costs_people_and_margins(text: str, surface: str, kind: str) -> None:
    assert _by_surface(text, published=date(2024, 2, 2), surface=surface).kind == kind


@pytest.mark.parametrize(
    ("text", "published", "surface", "span"),
    [
        # 13. "since" a day in a sentence about what will be
        (
            "The minimum wage will be raised since July 1 from 9,750 tenge to 10,515 tenge.",
            date(2007, 5, 22),
            "10,515 tenge",
            ("2007-07-01", None),
        ),
        (
            "Since January 1, 2009, base pensions will be indexed by 9%.",
            date(2008, 11, 4),
            "9%",
            ("2009-01-01", None),
        ),
        (
            "The minister reminded that the living wage will be increased since July 1 to 12,025 tenge.",
            date(2008, 5, 27),
            "12,025 tenge",
            ("2008-07-01", None),
        ),
        # look-alikes: a past or a perfect since a day
        (
            "Since January, exports increased by 5% and will keep growing.",
            date(2008, 5, 27),
            "5%",
            ("2008-01-01", "2008-05-27"),
        ),
        (
            "Since 2005, the fund has paid out 40 billion tenge, and it will go on paying.",
            date(2008, 5, 27),
            "40 billion tenge",
            ("2005-01-01", "2008-05-27"),
        ),
        # 14. the months to the month just told
        (
            "In August, 27 million tons were carried, up 6% on a year before.\n"
            "Loading reached 151.2 million tons from January to July 2024. Coal made up 62 million tons of it.",
            date(2024, 9, 16),
            "62 million tons",
            ("2024-01-01", "2024-07-31"),
        ),
        # look-alike: a year before, named in a later sentence, does not take over
        (
            "In August, 27 million tons were carried.\n"
            "In 2022, 260 million tons were carried in all. Coal made up 62 million tons in August.",
            date(2023, 9, 16),
            "62 million tons",
            ("2023-08-01", "2023-08-31"),
        ),
    ],
)
def test_starts_ahead_and_months_to_date(
    text: str, published: date, surface: str, span: tuple[str | None, str | None]
) -> None:
    assert _span(_by_surface(text, published=published, surface=surface)) == span


@pytest.mark.parametrize(
    ("text", "surface", "kind", "span"),
    [
        # 15. next year's budget
        (
            "The draft budget for 2027 was discussed.\nFunds were reallocated as follows: 25 billion tenge for "
            "regional roads and 900 billion tenge for priority areas.",
            "900 billion tenge",
            "plan",
            ("2027-01-01", "2027-12-31"),
        ),
        (
            "Revenues in 2027 are projected at 24.5 trillion tenge. Budget expenditures amount to 29.1 trillion tenge.",
            "29.1 trillion tenge",
            "plan",
            ("2027-01-01", "2027-12-31"),
        ),
        (
            "In 2027 and 2028, revenue is expected to grow by 410 billion tenge (by about $0.8 billion) and "
            "520 billion tenge (about $1 billion), respectively.",
            "$1 billion",
            "forecast",
            ("2028-01-01", "2028-12-31"),
        ),
        (
            "In 2027 and 2028, revenue is expected to grow by 410 billion tenge (by about $0.8 billion) and "
            "520 billion tenge (about $1 billion), respectively.",
            "410 billion tenge",
            "forecast",
            ("2027-01-01", "2027-12-31"),
        ),
        # look-alikes: money reallocated in a year over, and budget revenues that came in
        (
            "In 2024, funds were reallocated: 25 billion tenge went to regional roads.",
            "25 billion tenge",
            "actual",
            ("2024-01-01", "2024-12-31"),
        ),
        (
            "In 2024, budget revenues amounted to 20.1 trillion tenge.",
            "20.1 trillion tenge",
            "actual",
            ("2024-01-01", "2024-12-31"),
        ),
    ],
)
def test_next_years_budget(text: str, surface: str, kind: str, span: tuple[str | None, str | None]) -> None:
    found = _by_surface(text, published=date(2026, 10, 20), surface=surface)
    assert (found.kind, _span(found)) == (kind, span)
