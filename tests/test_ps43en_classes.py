"""English forms met when the d38 articles were rewritten in other words (p43, +ps43en): the
mechanism a rule already reads, told in the other ways real reporting tells it. Our own sentences,
labelled by tests/realworld/FORMAT.md before the reader ran, each with look-alikes that keep their
reading."""

from __future__ import annotations

from datetime import date as D

import pytest

from tests.figure_lookup import figure_by_surface, span


def _read(body: str, published: D, surface: str) -> tuple[tuple[D | None, D | None], str]:
    figure = figure_by_surface(body, surface, published, language="en")
    return span(figure), figure.kind


@pytest.mark.parametrize(
    ("body", "published", "surface", "expected"),
    [
        # "over the same horizon": the deadline the sentence before named (periods: "over that
        # period"), not the year under way the lead set
        (
            "ASTANA – Some 600 MW of capacity is to come on stream this year, the minister said.\n"
            "The water strategy foresees 40 new reservoirs by 2030. "
            "Another 12 canals are to be rebuilt over the same horizon.",
            D(2024, 5, 14),
            "12",
            (None, D(2030, 12, 31)),
        ),
        (
            "ASTANA – Some 600 MW of capacity is to come on stream this year, the minister said.\n"
            "The grid company intends to lay 3,000 km of new lines by 2029. "
            "Within that timeframe, 150 substations are to be upgraded.",
            D(2025, 2, 3),
            "150",
            (None, D(2029, 12, 31)),
        ),
        # look-alike: "over that period" after a deadline keeps the deadline it carried
        (
            "The strategy foresees 40 new reservoirs by 2030. Another 12 canals are to be rebuilt over that period.",
            D(2024, 5, 14),
            "12",
            (None, D(2030, 12, 31)),
        ),
    ],
)
def test_the_same_horizon_points_back_at_a_deadline(
    body: str, published: D, surface: str, expected: tuple[D | None, D | None]
) -> None:
    assert _read(body, published, surface)[0] == expected


@pytest.mark.parametrize(
    ("body", "published", "surface", "expected"),
    [
        # a day of telling with "said"/"told": the day gone by, not the next one ahead
        (
            "At a briefing on March 3, the akim said that the city has 1,200 buses.",
            D(2024, 9, 10),
            "1,200",
            (D(2024, 3, 3), D(2024, 3, 3)),
        ),
        (
            "At the council meeting on April 16, the minister told deputies that the fund holds 900 billion tenge.",
            D(2023, 8, 1),
            "900 billion tenge",
            (D(2023, 4, 16), D(2023, 4, 16)),
        ),
        # look-alike: a state told with its own year keeps that year
        (
            "At a briefing on March 3, the akim said the city had 1,200 buses in 2022.",
            D(2024, 9, 10),
            "1,200",
            (D(2022, 1, 1), D(2022, 12, 31)),
        ),
    ],
)
def test_a_day_told_with_said_is_a_day_gone_by(
    body: str, published: D, surface: str, expected: tuple[D | None, D | None]
) -> None:
    assert _read(body, published, surface)[0] == expected


@pytest.mark.parametrize(
    ("body", "published", "surface", "kind"),
    [
        # a forecast verb and a long object before "to reach": the forecast speaks
        (
            "The port's director expects cargo handled over the year as a whole to reach 9 million tons.",
            D(2024, 10, 1),
            "9 million tons",
            "forecast",
        ),
        (
            "Analysts are expecting the rate of inflation for the year to reach 8.5%.",
            D(2024, 10, 1),
            "8.5%",
            "forecast",
        ),
        # what growers count on is what they expect
        (
            "Farmers are counting on a harvest of 17 million tons of grain this year.",
            D(2024, 8, 20),
            "17 million tons",
            "forecast",
        ),
        (
            "The operator is banking on 3 million tourists in 2025.",
            D(2024, 8, 20),
            "3 million",
            "forecast",
        ),
        # look-alikes: "to reach" with no forecast before it is a goal; a loan one "may count on" no outlook
        (
            "The ministry has set the task for cargo handled over the year as a whole to reach 9 million tons.",
            D(2024, 10, 1),
            "9 million tons",
            "target",
        ),
        (
            "The airport expects growth, and the government wants traffic to reach 11 million passengers.",
            D(2024, 10, 1),
            "11 million",
            "target",
        ),
    ],
)
def test_forecast_verbs_in_other_words(body: str, published: D, surface: str, kind: str) -> None:
    assert _read(body, published, surface)[1] == kind


@pytest.mark.parametrize(
    ("body", "published", "surface", "expected"),
    [
        # the level a measure pushed / took up to, after a span counted back: today's
        (
            "Over the past two years, the operator has spent 80 billion tenge on its network, pushing "
            "the average mobile speed up to 45 Mbps.",
            D(2025, 3, 12),
            "45 Mbps",
            (D(2025, 3, 12), D(2025, 3, 12)),
        ),
        (
            "Over the past five years, 300 km of pipes were replaced, taking the share of worn networks to 41%.",
            D(2025, 3, 12),
            "41%",
            (D(2025, 3, 12), D(2025, 3, 12)),
        ),
        # look-alike: what was spent over the span keeps the span
        (
            "Over the past two years, the operator has spent 80 billion tenge on its network, pushing "
            "the average mobile speed up to 45 Mbps.",
            D(2025, 3, 12),
            "80 billion tenge",
            (D(2023, 3, 12), D(2025, 3, 12)),
        ),
    ],
)
def test_a_level_pushed_up_to_is_todays(
    body: str, published: D, surface: str, expected: tuple[D | None, D | None]
) -> None:
    assert _read(body, published, surface)[0] == expected


@pytest.mark.parametrize(
    ("body", "published", "surface", "expected"),
    [
        # "since <a company> took over ... in <year>": a span from that year to the report
        (
            "Since Astana Logistics took over the terminal's management in 2020, more than $80 million has "
            "been invested in it.",
            D(2024, 6, 5),
            "$80 million",
            (D(2020, 1, 1), D(2024, 6, 5)),
        ),
        (
            "Since the plant was taken over by a Korean investor in 2019, 600 jobs have been created.",
            D(2024, 6, 5),
            "600",
            (D(2019, 1, 1), D(2024, 6, 5)),
        ),
        # look-alike: a takeover in a year, no "since": that year's deed
        (
            "Astana Logistics took over the terminal in 2020 and invested $80 million in it that year.",
            D(2024, 6, 5),
            "$80 million",
            (D(2020, 1, 1), D(2020, 12, 31)),
        ),
    ],
)
def test_since_a_takeover_in_a_year(
    body: str, published: D, surface: str, expected: tuple[D | None, D | None]
) -> None:
    assert _read(body, published, surface)[0] == expected


@pytest.mark.parametrize(
    ("body", "published", "surface", "expected"),
    [
        # a lead whose figures are today's but which names the report's nine months: a bare
        # "this year" for what was done is those months (FORMAT.md)
        (
            "ASTANA – Builders have so far commissioned 80% of the planned schools, the minister said as he "
            "reported on the sector's work in January–September.\n"
            "This year, contractors have received 120 billion tenge in advances.",
            D(2024, 10, 15),
            "120 billion tenge",
            (D(2024, 1, 1), D(2024, 9, 30)),
        ),
        # look-alikes: a lead naming no span leaves "this year" whole; money allocated holds through the year
        (
            "ASTANA – Builders have so far commissioned 80% of the planned schools, the minister said.\n"
            "This year, contractors have received 120 billion tenge in advances.",
            D(2024, 10, 15),
            "120 billion tenge",
            (D(2024, 1, 1), D(2024, 12, 31)),
        ),
        (
            "ASTANA – Builders have so far commissioned 80% of the planned schools, the minister said as he "
            "reported on the sector's work in January–September.\n"
            "This year, 120 billion tenge has been allocated for advances.",
            D(2024, 10, 15),
            "120 billion tenge",
            (D(2024, 1, 1), D(2024, 12, 31)),
        ),
    ],
)
def test_the_lead_names_the_report_span(
    body: str, published: D, surface: str, expected: tuple[D | None, D | None]
) -> None:
    assert _read(body, published, surface)[0] == expected


@pytest.mark.parametrize(
    ("body", "published", "surface", "kind"),
    [
        # a planning cue in a relative clause on the subject does not reach the figure its own verb
        # governs now
        (
            "The register of firms that are to receive state orders now includes 1,200 companies.",
            D(2024, 11, 21),
            "1,200",
            "actual",
        ),
        (
            "The catalogue of medicines which must be procured locally currently contains 640 items.",
            D(2024, 11, 21),
            "640",
            "actual",
        ),
        # look-alikes: the figure's own verb ahead, or no "now": the plan's cue stays
        (
            "The register of firms that are to receive state orders will include 1,200 companies.",
            D(2024, 11, 21),
            "1,200",
            "plan",
        ),
        (
            "The ministry plans to build 40 schools that now lack 1,200 places.",
            D(2024, 11, 21),
            "40",
            "plan",
        ),
    ],
)
def test_a_cue_in_the_subjects_relative_clause(body: str, published: D, surface: str, kind: str) -> None:
    assert _read(body, published, surface)[1] == kind
