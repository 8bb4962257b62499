"""English error classes of the blind-written articles h18 (round en17), in other wordings.

Our own article-shaped texts, labelled by tests/realworld/FORMAT.md before the extractor ran
(published Tuesday 14 October 2025). Classes (0 = look-alikes that keep their reading):
  3. a time marker opening a later paragraph ("At the half-year mark ...") sets its sentence's
     span, not the article's main span;
  5. units left implicit or with no code: traffic in passenger-kilometres and a ratio named
     before its number ("a coefficient of 1.3") are "other", never a count; a part of a measured
     whole ("4.4 million hectares, 2.3 million of them") takes the whole's unit.
  2. a hedged multiple ("more than three times the 2014 figure") keeps its own period, and a year
     naming a signed document ("under the 2021 agreement") does not date what is done under it;
  6. "By the end of April, 467 of them had been completed": the done part of a set is a stock on
     that day, even when a later "and ..." clause looks ahead.
  1. undated present states and rules ("subsidises 50%", "spans 4.4 million hectares", "is
     renovating 36 hospitals", "may not be higher than 10%") are dated at publication, actual.
  4. money set aside for the year under way ("has been provided for", ", set at ... this year")
     is plan.
  7. "has agreed to deliver / supply" is a scheduled act (plan); "agreed to raise ... to" stays a target.
  8. "from the new academic year" is a start with no end given.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.en_probe_reading import Expected, misses, units_of

D = date
P = D(2025, 10, 14)
TODAY = (P, P)
H1 = (D(2025, 1, 1), D(2025, 6, 30))
NINE = (D(2025, 1, 1), D(2025, 9, 30))
Y24 = (D(2024, 1, 1), D(2024, 12, 31))
Y25 = (D(2025, 1, 1), D(2025, 12, 31))


# (class, body, expected figures by the start of their surface, in order)
PROBES: list = [
    (
        3,
        "Seaports handled 41 million tonnes of cargo in January-September 2025.\n"
        "At the half-year mark, the ports had handled 26.5 million tonnes, 4.1% more than a year before.",
        [("41 million", NINE, "actual"), ("26.5 million", H1, "actual"), ("4.1%", H1, "actual")],
    ),
    (
        3,
        "Small firms paid 812 billion tenge in taxes in the first nine months of the year.\n"
        "At the half-year point they had paid 530 billion tenge.",
        [("812 billion", NINE, "actual"), ("530 billion", H1, "actual")],
    ),
    (
        3,
        "Over nine months of 2025 airports served 9.4 million passengers. As of the half-year mark, "
        "6.1 million had flown on domestic routes.",
        [("9.4 million", NINE, "actual"), ("6.1 million", H1, "actual")],
    ),
    (
        0,
        "In January-September 2025 mills produced 2.9 million tonnes of flour. In the first half of "
        "2024 output had been 1.8 million tonnes.",
        [("2.9 million", NINE, "actual"), ("1.8 million", (D(2024, 1, 1), D(2024, 6, 30)), "actual")],
    ),
    # class 1 in this short shape already held before en17 (the h18 misses need more context)
    (
        1,
        "Last year rangers planted saxaul on 3,000 hectares. The reserve stretches over 130,000 hectares of steppe.",
        [("3,000", (D(2024, 1, 1), D(2024, 12, 31)), "actual"), ("130,000", TODAY, "actual")],
    ),
    (
        6,
        "By the end of May, 212 of the schools had been repaired.",
        [("212", (D(2025, 5, 31), D(2025, 5, 31)), "actual")],
    ),
    pytest.param(
        6,
        "By the end of August, 54 of the 90 planned bridges had been rebuilt, and the others are to be finished next year.",
        [("54", (D(2025, 8, 31), D(2025, 8, 31)), "actual")],
        marks=pytest.mark.xfail(
            strict=True, reason="'planned' in the set's own name reads as a goal in the day's clause"
        ),
    ),
    (
        0,
        "By the end of July, 6.3 million tonnes of grain had been shipped abroad.",
        [("6.3 million", (None, D(2025, 7, 31)), "actual")],
    ),
]

# class 2: a hedged multiple ("more than three times the 2014 figure") is the sentence's own
# figure; the year after it dates the base, not the multiple
PROBES += [
    (
        2,
        "Last year the region exported 1.2 million tonnes of wheat, more than twice the 2019 volume.",
        [("1.2 million", Y24, "actual"), ("twice", Y24, "actual")],
    ),
    (
        2,
        "In 2024 tourism revenue reached 420 billion tenge, almost four times the 2016 level.",
        [("420 billion", Y24, "actual"), ("four times", Y24, "actual")],
    ),
    (
        0,
        "Exports reached 3 million tonnes in 2024, against 2.1 million tonnes in 2020.",
        [("3 million", Y24, "actual"), ("2.1 million", (D(2020, 1, 1), D(2020, 12, 31)), "actual")],
    ),
]

# class 2: a year naming a signed document ("under the 2021 agreement") does not date what is done under it
PROBES += [
    (
        2,
        "Last year the plant shipped 40,000 tonnes of sugar under the 2019 contract.",
        [("40,000", Y24, "actual")],
    ),
    (
        2,
        "This year the two countries exchanged 300 million kWh under the 2022 agreement.",
        [("300 million", (D(2025, 1, 1), D(2025, 12, 31)), "actual")],
    ),
    (
        0,
        "Under the agreement, 300 million kWh were delivered in 2023.",
        [("300 million", (D(2023, 1, 1), D(2023, 12, 31)), "actual")],
    ),
]

# class 1: undated present states and rules in force, dated at publication
PROBES += [
    (
        1,
        "The state subsidizes 30% of the interest rate on such loans.",
        [("30%", TODAY, "actual")],
    ),
    (
        1,
        "Last year the park received 90,000 visitors. The park spans 52,000 hectares of mountain forest.",
        [("90,000", Y24, "actual"), ("52,000", TODAY, "actual")],
    ),
    (
        1,
        "The regional akimat is repairing 48 schools and 12 clinics, the governor said.",
        [("48", TODAY, "actual"), ("12", TODAY, "actual")],
    ),
    (
        1,
        "This year the region paid 2 billion tenge in benefits. The payment may not exceed 15% of the family's income.",
        [("2 billion", Y25, "actual"), ("15%", TODAY, "actual")],
    ),
    (
        1,
        "Interest on such loans must not be higher than 6%.",
        [("6%", TODAY, "actual")],
    ),
    (
        0,
        "Inflation may exceed 12% next year.",
        [("12%", (D(2026, 1, 1), D(2026, 12, 31)), "forecast")],
    ),
    (
        0,
        "Last year the city repaired 48 schools.",
        [("48", Y24, "actual")],
    ),
]

# class 4: money set aside for the year under way is plan
PROBES += [
    (
        4,
        "This year 75 billion tenge has been provided for road repairs in the region.",
        [("75 billion", Y25, "plan")],
    ),
    (
        4,
        "Subsidies to farmers, set at 600 billion tenge this year, will be raised next year.",
        [("600 billion", Y25, "plan")],
    ),
    (
        0,
        "Last year loans worth 40 billion tenge were provided to 1,200 farmers.",
        [("40 billion", Y24, "actual"), ("1,200", Y24, "actual")],
    ),
]

# class 7: "has agreed to deliver" is a scheduled act (plan); "agreed to raise ... to" a level aimed at
PROBES += [
    (
        7,
        "Next year the company has agreed to supply 2 million tonnes of coal to the plant.",
        [("2 million", (D(2026, 1, 1), D(2026, 12, 31)), "plan")],
    ),
    (
        7,
        "The neighbours agreed to ship 500,000 tonnes of grain between January and June 2026.",
        [("500,000", (D(2026, 1, 1), D(2026, 6, 30)), "plan")],
    ),
    (
        0,
        "The two governments agreed to raise trade to $10 billion by 2030.",
        [("$10 billion", (None, D(2030, 12, 31)), "target")],
    ),
]

# class 8: "from the new / next academic year" starts a span with no end given
PROBES += [
    (
        8,
        "From the next school year, teachers in villages will receive a bonus of 25%.",
        [("25%", (D(2026, 9, 1), None), "plan")],
    ),
    (
        8,
        "Starting with the new academic year, 1,200 more places will be funded.",
        [("1,200", (D(2025, 9, 1), None), "plan")],
    ),
    (
        0,
        "In the new academic year, 1,200 more places will be funded.",
        [("1,200", (D(2025, 9, 1), D(2026, 5, 31)), "plan")],
    ),
]

# (body, figure, unit code)
UNITS = [
    ("Airlines flew 9.8 billion passenger-kilometres in January-August.", "9.8 billion", "other"),
    ("Suburban trains performed 640 million passenger kilometres last year.", "640 million", "other"),
    ("Bus operators reported 120 million passenger-km over the nine months.", "120 million", "other"),
    ("Pensions in the north are paid with a coefficient of 1.5.", "1.5", "other"),
    ("The regional allowance is calculated with a multiplier of 2 for mountain villages.", "2", "other"),
    ("The region returns the gas in winter at a ratio of 1.2.", "1.2", "other"),
    # a part of a measured whole with its unit left out
    ("The district has 120,000 hectares of pasture, 45,000 of them irrigated.", "45,000", "hectare"),
    ("The port handled 3.1 million tonnes, 1.2 million of which was grain.", "1.2 million", "tonne"),
    ("The region has 53 cooperatives, 46 of which are dairy farms.", "46", "count"),
    # look-alikes: the ratio word is not right before the number, or a unit follows it
    ("The coefficient was approved for 14 regions.", "14", "count"),
    ("Rail carried 255 billion ton-kilometres of freight.", "255 billion", "tonne_km"),
    ("The depot's 300 passengers per day use the new hall.", "300", "count"),
]


def _misses(body: str, expected: Expected) -> list[str]:
    return misses(body, expected, P)


@pytest.mark.parametrize(("klass", "body", "expected"), PROBES)
def test_probe(klass: int, body: str, expected: Expected) -> None:
    assert _misses(body, expected) == []


@pytest.mark.parametrize(("body", "surface", "unit"), UNITS)
def test_units_left_implicit(body: str, surface: str, unit: str) -> None:
    assert units_of(body, surface, P) == [unit]
