"""Errors seen on real stored English news pages (round real16en), in sentences of our own.

Labelled by tests/realworld/FORMAT.md:
  1. change flags where the change word and the figure stand apart or are not the usual verbs:
     "is estimated to contract by 2.5 percent", "has contracted 1.8%", "for VAT +2.7% yoy",
     "(+0.6 %)", "VAT receipts down by almost 22%" (the verb left out), "is raising all kinds of allowances, including X and Y, by 10%", "pensions will be
     increased, the old-age pension by 11%", "more than in 2017 by 375,000 hectares", "will increase
     on average 1.8 times", a dashed breakdown of a change ("the growth amounted to 3.3%, including in
     food production - 3.6%, pharmaceuticals - 40%"); "increased by 5 percent, to 1.1 million" ends in the new level, no change.
     Look-alikes: "a contract of 5 billion tenge", "households served by 3 suppliers", "rose by 4%,
     driven by 12 new contracts" (a cause, which the gapped-change rule took for a second change),
     "backed up by 3 banks", "broken down by 17 regions".
  2. "due to" naming a cause ("grew ... due to an increased tax take", "due to higher prices") is no
     plan; "is due to open", "is due to be completed" stay plans.
  3. an order to set money aside ("instructed to allocate 380 billion") is an allocation, plan;
     "instructed to bring the share to 15%" stays a goal.
  4. "the potential is 8 to 9 million tons": the range's "to" is no "is to" of a plan, so both ends
     keep one kind; "Two schools are to open" stays a plan.
  5. a subject named as a projection ("the projected amount ... to be produced will stand at", "the
     expected harvest will be") makes the clause's "will" an outlook (forecast); "the city will build
     30 schools at the estimated cost of" stays a plan.
  6. a pension's rise told as a multiplier from a day ahead ("will increase on average 1.8 times from
     July 1") is a rule set (plan), like its rise told in percent.
  7. a budget named as revised or approved, for a year not over ("the revised 2019 budget reached",
     "the approved budget for 2020 totalled"), is money set aside (plan); a budget of a year over,
     and a bare "the budget reached" (which may be its receipts), stay outcomes.
  8. what a budget "will reach", and its part "of which 150 billion in 2020", are money set aside
     (plan), like financing that "will reach".
  9. "it is targeted to create 8,000 jobs" sets a goal; "targeted social assistance" and "the aid is
     targeted at 2,500 families" set none.
 10. "is forecast to be commissioned": the noun "forecast" used as a passive verb is the figure's
     cue after it.
 11. "It should be noted that 310 billion was attracted": a remark, no plan.
 12. "As part of this instruction, the fund bought bonds": the order named is no goal; "the proposal
     to additionally allocate 120 billion" is an allocation (plan), a past year's "used its reserve
     to allocate" stays done.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicator_record import Indicator
from tests.figure_lookup import figure_by_surface

_PUBLISHED = date(2019, 6, 20)


def _by_surface(text: str, surface: str, published: date = _PUBLISHED) -> Indicator:
    return figure_by_surface(text, surface, published, "", "en")


@pytest.mark.parametrize(
    ("text", "surface", "is_change"),
    [
        # 1. change words apart from the figure, or not the usual verbs
        ("The bank expects the economy to contract by 3.1 percent this year.", "3.1 percent", True),
        ("Regional output has contracted 2.4% since January.", "2.4%", True),
        ("Services expanded 6.2% in the first half of the year.", "6.2%", True),
        ("Receipts grew on all main taxes: payroll tax +6.4% yoy, excise +3.9% yoy.", "3.9%", True),
        ("Mining held up: copper ore (+1.7 %) and coal (+0.8 %).", "1.7 %", True),
        (
            "The government is raising all kinds of allowances, including child and disability ones, by 9%.",
            "9%",
            True,
        ),
        (
            "In the second step both kinds of pensions will be increased, the old-age pension by 12%.",
            "12%",
            True,
        ),
        (
            "Sown area reached 3.1 million hectares (more than in 2018 by 240,000 hectares).",
            "240,000 hectares",
            True,
        ),
        ("From July 1 the base payment will increase on average 1.6 times.", "1.6 times", True),
        ("Imports increased by 4 percent, to 2.3 million tons.", "2.3 million tons", False),
        # a dashed breakdown of a change
        (
            "In light industry the growth amounted to 6.1%, including in textiles - 8.2%, footwear - 12%.",
            "12%",
            True,
        ),
        (
            "In light industry the growth amounted to 6.1%, including in textiles - 8.2%, footwear - 12%.",
            "8.2%",
            True,
        ),
        ("Receipts held, with excise receipts down by nearly 18% and land tax up by 6% yoy.", "18%", True),
        ("Receipts held, with excise receipts down by nearly 18% and land tax up by 6% yoy.", "6%", True),
        (
            "Buses carried 4,100,000 riders (city and suburban lines), down by 300,000 riders yoy.",
            "300,000",
            True,
        ),
        # look-alikes: a deal, an agent's "by", a cause's "by", a plain level
        ("The utility signed a contract of 7 billion tenge with the builder.", "7 billion tenge", False),
        ("Fees were raised in May for the 30,000 homes served by 4 suppliers.", "4", False),
        ("Imports increased by 4 percent to 2.3 million tons.", "2.3 million tons", False),
        ("Exports rose by 4 percent, driven by 12 new contracts.", "12", False),
        ("The share of small firms stood at 33.5%.", "33.5%", False),
        ("Unemployment stood at 4.8%, among the young - 3.2%.", "3.2%", False),
        ("The loan for the plant is backed up by 3 banks.", "3", False),
        ("The census results are broken down by 17 regions.", "17", False),
    ],
)
def test_change_words_apart_from_the_figure(text: str, surface: str, is_change: bool) -> None:
    assert _by_surface(text, surface).is_change is is_change


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        # 2. "due to" as a cause
        (
            "Tax receipts in January-May grew by 6.1% due to an increased number of payers.",
            "6.1%",
            "actual",
        ),
        ("Meat output fell 3% due to higher feed prices.", "3%", "actual"),
        ("Passenger traffic dropped 40% due to COVID-19 limits.", "40%", "actual"),
        # look-alikes: a schedule
        ("The terminal is due to open in 2020 and will handle 2 million passengers.", "2 million", "plan"),
        ("The clinic with 150 beds is due to be completed in 2021.", "150", "plan"),
        # 3. an order to allocate money
        (
            "The President instructed to allocate 45 billion tenge for new clinics.",
            "45 billion tenge",
            "plan",
        ),
        (
            "The Prime Minister instructed the akimats to allot 12 billion tenge to road repairs.",
            "12 billion tenge",
            "plan",
        ),
        # look-alike: an order to reach a level stays a goal
        (
            "The President instructed to bring the share of gasified homes to 60% by 2030.",
            "60%",
            "target",
        ),
        # 4. a range's "to" after "is"
        ("The region's export potential is 2 to 3 million tons of flour.", "3 million tons", "actual"),
        ("The yearly catch is 40 to 45 thousand tons.", "45 thousand tons", "actual"),
        # look-alike: "are to" with a verb after it stays a plan
        ("Three bridges are to open in 2020 for 9 billion tenge.", "9 billion tenge", "plan"),
        # 5. a subject named as a projection
        (
            "According to the ministry, the projected volume of barley to be harvested will stand at 3.2 million tons.",
            "3.2 million tons",
            "forecast",
        ),
        ("The expected grain harvest will be 20 million tons.", "20 million tons", "forecast"),
        ("Its anticipated output would total 600,000 tons a year.", "600,000 tons", "forecast"),
        # look-alikes: a plan with an estimate elsewhere in it
        ("The city will build 30 schools at the estimated cost of 50 billion tenge.", "30", "plan"),
        ("The expected growth is 3%, and the ministry will build 40 schools.", "40", "plan"),
    ],
)
def test_kinds_of_causes_orders_ranges_and_projections(text: str, surface: str, kind: str) -> None:
    assert _by_surface(text, surface).kind == kind


@pytest.mark.parametrize(
    ("text", "published", "surface", "kind"),
    [
        # 7. a budget's size for a year not over is money set aside, whatever its past verb
        (
            "Shymkent's revised 2019 budget reached 310 billion tenge.",
            date(2019, 10, 2),
            "310 billion tenge",
            "plan",
        ),
        (
            "The region's approved budget for 2020 totalled 540 billion tenge.",
            date(2020, 3, 5),
            "540 billion tenge",
            "plan",
        ),
        # look-alike: a bare "budget reached" may tell its receipts (test_en18_classes keeps it actual)
        (
            "The town's budget reached 90 billion tenge in 2019.",
            date(2019, 10, 2),
            "90 billion tenge",
            "actual",
        ),
        # look-alike: a year over is an outcome
        (
            "The 2018 budget of the city reached 290 billion tenge.",
            date(2019, 1, 15),
            "290 billion tenge",
            "actual",
        ),
        # 8. what a budget "will reach", and its part in a year, are money set aside
        (
            "The budget of the road programme will reach 600 billion tenge, of which 150 billion in 2020.",
            date(2019, 5, 1),
            "150 billion",
            "plan",
        ),
        # 9. "it is targeted to" sets a goal; "targeted at" families names whom it serves
        ("It is targeted to create 8,000 permanent jobs.", date(2019, 5, 1), "8,000", "target"),
        ("Targeted social assistance was paid to 51,000 people.", date(2019, 5, 1), "51,000", "actual"),
        ("The aid is targeted at 2,500 families.", date(2019, 5, 1), "2,500", "actual"),
        # 10. "is forecast to be commissioned": the noun cue as a passive verb speaks for the figure before it
        (
            "This year 12 million square metres of housing is forecast to be commissioned.",
            date(2019, 5, 1),
            "12 million square metres",
            "forecast",
        ),
        # look-alike: the noun stays a noun
        ("The forecast is 4% for 2020.", date(2019, 5, 1), "4%", "forecast"),
        # 11. "It should be noted that" is a remark, not a goal or a plan
        (
            "It should be noted that 310 billion tenge of investment was attracted.",
            date(2019, 5, 1),
            "310 billion tenge",
            "actual",
        ),
        ("All 25 clinics should be completed by 2021.", date(2019, 5, 1), "25", "plan"),
        # 12. an order named as what an act carries out is no goal; a proposal to allocate is a plan
        (
            "As part of this instruction, on March 3, 2020, the fund bought bonds for 95 billion tenge.",
            date(2020, 5, 1),
            "95 billion tenge",
            "actual",
        ),
        (
            "The President approved the government's proposal to additionally allocate 120 billion tenge for housing.",
            date(2020, 5, 1),
            "120 billion tenge",
            "plan",
        ),
        # look-alikes: a past year's allocation stays done; an instruction to reach a level stays a goal
        (
            "In 2019 the city used its reserve to allocate 3 billion tenge to flood victims.",
            date(2020, 5, 1),
            "3 billion tenge",
            "actual",
        ),
        ("The instruction is to bring the share to 50% by 2025.", date(2020, 5, 1), "50%", "target"),
    ],
)
def test_budgets_and_targeted(text: str, published: date, surface: str, kind: str) -> None:
    assert _by_surface(text, surface, published).kind == kind


@pytest.mark.parametrize(
    ("text", "published", "kind"),
    [
        # 6. a pension's rise as a multiplier from a day ahead is a rule set, plan before the day
        (
            "The basic pension will increase on average 1.6 times from July 1, 2019, with the length of service.",
            date(2019, 6, 20),
            "plan",
        ),
        (
            "The basic pension will increase on average 1.6 times from July 1, 2019, with the length of service.",
            date(2019, 7, 1),
            "actual",
        ),
    ],
)
def test_payment_rise_as_a_multiplier(text: str, published: date, kind: str) -> None:
    assert _by_surface(text, "1.6 times", published).kind == kind
