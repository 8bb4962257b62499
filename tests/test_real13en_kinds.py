"""Kind errors seen on real stored English news pages (round real13en), in sentences of our own.

Labelled by tests/realworld/FORMAT.md's kind conventions:
  1. a list whose bullets a web page dropped ("Planned projects include:" then lines "Name — $40
     million", maybe with blank lines between) is still a list under a planning lead: its sums are
     plan, not actual; a blank line inside a bulleted list does not end it.
  2. the worth of a pool or portfolio that "has been formed / was compiled" is plan: gathering
     projects is not doing them ("projects worth X have been completed" stays actual).
  3. money told as "was / were allocated (allotted, earmarked)" after the sum, for the year under
     way or with no span of its own, is set aside, not spent: plan ("In 2022, 3 billion was
     allocated", or works told as built in the same sentence, stay actual); so is "30 billion,
     which has been allotted earlier this year".
  4. what a plant still to be built costs ("The plant will be built in ... The project cost is
     $1.2 billion") is plan, as its size is ("The plant was built in 2019" keeps the cost actual).
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicator_record import Indicator
from etl.extract.indicators import extract_indicators

PUBLISHED = date(2025, 5, 14)


def _by_surface(text: str, surface: str, published: date = PUBLISHED) -> Indicator:
    found = [i for i in extract_indicators(text, published, title="") if i.surface == surface]
    assert found, (
        f"no figure {surface!r} in {[i.surface for i in extract_indicators(text, published, title='')]}"
    )
    return found[0]


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        # 1. a list under a planning lead, its bullets gone
        ("The bank will lend to several programmes.\nPlanned projects include:\n"
         "Rural roads upgrade — $60 million\nWater supply for small towns — $45 million",
         "$45 million", "plan"),
        ("The bank will lend to several programmes.\nPlanned projects include:\n\n"
         "Rural roads upgrade — $60 million\n\nWater supply for small towns — $45 million",
         "$60 million", "plan"),
        ("The ministry listed the works ahead.\nProjects to be financed next year:\n\n"
         "- School heating — 3 billion tenge\n\n- Clinic repairs — 2 billion tenge",
         "2 billion tenge", "plan"),
        # look-alikes: a list of results under a past lead, and lines after a lead-less paragraph
        ("The agency summed up the past season.\nExports last year reached:\n"
         "Wheat — 8 million tons\nBarley — 2 million tons",
         "2 million tons", "actual"),
        ("Wheat exports rose in 2024.\nWheat — 8 million tons\nBarley — 2 million tons",
         "2 million tons", "actual"),
        # 2. a pool or portfolio formed
        ("The government has formed a portfolio of 25 industrial projects worth 3.4 trillion tenge.",
         "3.4 trillion tenge", "plan"),
        ("A pool of 12 investment projects worth 800 billion tenge was compiled for the region.",
         "800 billion tenge", "plan"),
        ("The portfolio of 9 projects with foreign partners worth $2 billion has been drawn up.",
         "$2 billion", "plan"),
        # look-alikes: projects of a portfolio told as done
        ("Projects from the portfolio worth 90 billion tenge have been completed.",
         "90 billion tenge", "actual"),
        ("In the portfolio, 14 projects worth 120 billion tenge were commissioned last year.",
         "120 billion tenge", "actual"),
        # 3. money "was allocated" after the sum
        ("This year the region is building clinics. KZT 2.4 bln was allocated for the construction "
         "of four outpatient centres.", "KZT 2.4 bln", "plan"),
        ("Under the employment programme, 600 billion tenge of budget funds were allocated for road repairs.",
         "600 billion tenge", "plan"),
        ("This year 90 billion tenge has been allocated for water supply. Additionally, 40 billion "
         "tenge were allotted from the reserve fund.", "40 billion tenge", "plan"),
        # look-alikes: a past year, works told as done, money spent
        ("In 2022, 3 billion tenge was allocated for the construction of a sports hall.",
         "3 billion tenge", "actual"),
        ("This year six schools were built in the district, and 5 billion tenge was allocated for them.",
         "5 billion tenge", "actual"),
        ("Last year the akimat finished the bridge. 7 billion tenge was spent on it.",
         "7 billion tenge", "actual"),
        ("Spending on the scheme will reach 80 billion tenge, including 25 billion tenge which has "
         "been allotted earlier this year.", "25 billion tenge", "plan"),
        ("Spending on the scheme reached 80 billion tenge last year, including 25 billion tenge which "
         "was allotted in 2023.", "25 billion tenge", "actual"),
        # 4. the cost of a plant still to be built
        ("A gas chemical plant will be built near Atyrau. The project cost is 2.1 billion US dollars.",
         "2.1 billion US dollars", "plan"),
        ("The company plans to build a glass factory in Kyzylorda.\nThe cost of the factory is 45 billion tenge.",
         "45 billion tenge", "plan"),
        # (a cost told with "will be" was plan already and stays so)
        ("Its total cost will be 60 billion tenge, the akimat said, after the region decided a new "
         "hospital is to be built.", "60 billion tenge", "plan"),
        ("It is planned to launch new rail projects of 3,000 km by 2030. The estimated cost of the "
         "projects is 9 billion US dollars.", "9 billion US dollars", "plan"),
        # look-alikes: a plant already built, a cost with no building named
        ("The cement plant was built in 2019. The project cost is 90 billion tenge.",
         "90 billion tenge", "actual"),
        ("The project cost is 3 billion tenge, the ministry said.", "3 billion tenge", "actual"),
    ],
)  # fmt: skip
def test_kind(text: str, surface: str, kind: str) -> None:
    assert _by_surface(text, surface).kind == kind
