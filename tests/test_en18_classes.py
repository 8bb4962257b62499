"""English error classes of the blind-written articles h20 (round en18), in other wordings.

Our own article-shaped texts, labelled by tests/realworld/FORMAT.md before the extractor ran
(published Tuesday 14 October 2025). Classes (0 = look-alikes that keep their reading):
  6. a short scale glued to the number before a currency ("350bn tenge", "1.2tn tenge") is an
     amount, not a code with letters after it;
  1. money "set aside" with a rate or an aside between it and the verb ("40bn tenge, 8bn tenge a
     year, has been set aside") is still a budget line, plan;
  2. a yearless month, quarter or half followed by "last year" ("in July-September last year")
     is that part of last year, the figure's own period, not the article's;
  4. a change since "the turn (start) of the century" ("grown threefold since ...", "twice as
     much as at the turn of the century") runs from 2000 to publication, like "since 2000";
  5. the done part of a plan the sentence before set for this year ("is to repair 45 roads this
     year. 18 of these have already been repaired") runs from the year's start to publication;
  7. "for the year" right after a figure ("150 out of 2,000 for the year") is the whole year in
     scope, not the month or quarter named for the figure before it;
  8. an undated act followed by its result's deadline (", lifting coverage to 80% by 2028") takes
     that deadline, not the year of the sentence before;
  9. a sentence opening "From 2027 ... will" starts a span with no end, which its later clauses
     take ("..., which will add 90,000"), not a base year nor the year of the sentence before;
  10. the cost of a measure starting on a day ("from July 1 ..., which will cost 80 billion tenge")
     is a budget amount for that year; the measure itself keeps its open start, and a cost "a
     year" stays a rate from the start on;
  11. a lender's terms in the present ("the fund lends to farms at 5% a year") are a rate in force,
     dated at publication, not by the lead's "Since March".
  12. (unit) the first end of "from 1.2 million to 3.5 million square meters" takes the second
     end's unit, not the currency of an amount in the sentence before.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.en_probe_reading import Expected, misses, units_of

D = date
P = D(2025, 10, 14)
Y25 = (D(2025, 1, 1), D(2025, 12, 31))
H1_24 = (D(2024, 1, 1), D(2024, 6, 30))
H1_25 = (D(2025, 1, 1), D(2025, 6, 30))
Q3_24 = (D(2024, 7, 1), D(2024, 9, 30))
Q3_25 = (D(2025, 7, 1), D(2025, 9, 30))
MAY_24 = (D(2024, 5, 1), D(2024, 5, 31))
C21 = (D(2000, 1, 1), P)
SO_FAR = (D(2025, 1, 1), P)
OCT = (D(2025, 10, 1), D(2025, 10, 31))
Y26 = (D(2026, 1, 1), D(2026, 12, 31))
Y30 = (D(2030, 1, 1), D(2030, 12, 31))
BY28 = (None, D(2028, 12, 31))
FROM27 = (D(2027, 1, 1), None)
JUL1 = (D(2025, 7, 1), None)
SEP1 = (D(2025, 9, 1), None)


# (class, body, expected figures by the start of their surface, in order)
PROBES: list = [
    (6, "Farmers received 120bn tenge in subsidies in 2025.", [("120bn tenge", Y25, "actual")]),
    (6, "The region's budget reached 1.2tn tenge in 2025.", [("1.2tn tenge", Y25, "actual")]),
    (
        1,
        "The city will build 5,000 homes by 2027. In all, 40bn tenge, 8bn tenge a year, has been set "
        "aside for this.",
        [("5,000", (None, D(2027, 12, 31)), "plan"), ("40bn tenge", (None, D(2027, 12, 31)), "plan")],
    ),
    (
        1,
        "A total of 90 billion tenge, about a third of the fund, has been earmarked for new roads.",
        [("90 billion", (None, None), "plan")],  # an undated budget line,
    ),
    (
        2,
        "The regional budget ran a deficit of 41 billion tenge in the first half, after a surplus of "
        "12 billion tenge in January-June last year.",
        [("41 billion", H1_25, "actual"), ("12 billion", H1_24, "actual")],
    ),
    (
        2,
        "Exports reached $9.1 billion in the third quarter, against $8.4 billion in July-September "
        "last year.",
        [("$9.1 billion", Q3_25, "actual"), ("$8.4 billion", Q3_24, "actual")],
    ),
    (2, "Retail sales came to 40 billion tenge in May last year.", [("40 billion", MAY_24, "actual")]),
    (4, "Since the turn of the century, wheat exports have grown threefold.", [("threefold", C21, "actual")]),
    (4, "Cargo traffic has risen 40% since the start of the century.", [("40%", C21, "actual")]),
    (
        4,
        "The city now has three times as many cars as it did at the turn of the century.",
        [("three times", C21, "actual")],
    ),
    (
        5,
        "The city plans to hand over 2,900 flats this year. So far, 1,100 of them have been delivered.",
        [("2,900", Y25, "plan"), ("1,100", SO_FAR, "actual")],
    ),
    (
        5,
        "The akimat is to repair 45 roads this year. 18 of these have already been repaired.",
        [("45", Y25, "plan"), ("18", SO_FAR, "actual")],
    ),
    # a plan due by a later year, or a set done last year, gives no span under way to count from
    (
        0,
        "The akimat is to repair 45 roads by 2027. 18 of these have already been repaired.",
        [("45", (None, D(2027, 12, 31)), "plan"), ("18", (P, P), "actual")],
    ),
    (
        7,
        "In October, 120 families got keys; the target for October was 150 homes out of 2,000 for the year.",
        [("120", OCT, "actual"), ("150", OCT, "target"), ("2,000", Y25, "target")],
    ),
    (
        7,
        "The plan for the third quarter is 40 billion tenge out of 150 billion tenge for the year.",
        [("40 billion", Q3_25, "plan"), ("150 billion", Y25, "plan")],
    ),
    (
        8,
        "The budget will spend KZT 40bn on roads in 2026, rising to KZT 60bn in 2030.\n"
        "About 200,000 households are to be connected to gas, lifting coverage to at least 80% by 2028.",
        [
            ("KZT 40bn", Y26, "plan"),
            ("KZT 60bn", Y30, "plan"),
            ("200,000", BY28, "plan"),
            ("80%", BY28, "plan"),
        ],
    ),
    (
        8,
        "The region will spend KZT 12bn on parks in 2026.\nThe city will plant 30,000 trees, raising green "
        "cover to 12% by 2028.",
        [("KZT 12bn", Y26, "plan"), ("30,000", BY28, "plan")],
    ),
    (
        9,
        "The budget will spend KZT 40bn on roads in 2026. From 2027 every farmer will have to register, "
        "which will add around 90,000 people to the system.",
        [("KZT 40bn", Y26, "plan"), ("90,000", FROM27, "plan")],
    ),
    (
        9,
        "Starting from 2027, pensions will be paid monthly to 40,000 more people.",
        [("40,000", FROM27, "plan")],
    ),
    (
        0,
        "From 2019 to 2023 exports grew by 40%.",
        [("40%", (D(2019, 1, 1), D(2023, 12, 31)), "actual")],
    ),
    (
        10,
        "From July 1, teachers are to receive a 15% pay rise, which will cost 80 billion tenge.",
        [("15%", JUL1, "plan"), ("80 billion", Y25, "plan")],
    ),
    (
        10,
        "Starting from September 1, meals will be free for 200,000 pupils at a total cost of 12 billion tenge.",
        [("200,000", SEP1, "plan"), ("12 billion", Y25, "plan")],
    ),
    (
        0,
        "From July 1, teachers are to receive a 15% pay rise, which will cost 80 billion tenge a year.",
        [("15%", JUL1, "plan"), ("80 billion", JUL1, "plan")],
    ),
    (
        11,
        "Since March, farmers have received 1,200 new tractors.\nThe agrarian fund lends to small farms at 5% a year.",
        [("1,200", (D(2025, 3, 1), P), "actual"), ("5%", (P, P), "actual")],
    ),
    (
        0,
        "In 2024 the bank lent 40 billion tenge to farmers at 5% a year.",
        [("40 billion", (D(2024, 1, 1), D(2024, 12, 31)), "actual")],
    ),
    (
        0,
        "Output rose 5% in the third quarter of 2025. In the first half, 12,000 tonnes were shipped.",
        [("5%", Q3_25, "actual"), ("12,000", H1_25, "actual")],
    ),
]

# "5bn people" and "3m tenge" keep their old readings: "bn" only counts glued before a currency,
# and "m" may be metres.
UNITS = [
    (
        "The company invested $1.3 billion. Capacity was expanded from 1.2 million to 3.5 million square meters a year.",
        "1.2 million",
        "m2",
    ),
    (
        "The company invested $1.3 billion. Output grew from 40 million to 65 million tonnes.",
        "40 million",
        "tonne",
    ),
    (
        "The company invested $1.3 billion. Its revenue rose from 2 billion to $3.1 billion.",
        "2 billion",
        "USD",
    ),
    ("The bank lent 350bn tenge to builders.", "350bn", "KZT"),
    ("The fund holds 2tn tenge.", "2tn", "KZT"),
]


def _misses(body: str, expected: Expected) -> list[str]:
    return misses(body, expected, P)


@pytest.mark.parametrize(("klass", "body", "expected"), PROBES)
def test_probe(klass: int, body: str, expected: Expected) -> None:
    assert _misses(body, expected) == []


@pytest.mark.parametrize(("body", "surface", "unit"), UNITS)
def test_units(body: str, surface: str, unit: str) -> None:
    assert units_of(body, surface, P) == [unit]


def test_glued_scale_without_currency_stays_unread() -> None:
    assert units_of("The 5bn project code and 3m tenge.", "5bn", P) == []
