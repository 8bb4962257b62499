"""What a work only begun is worth or will hold is still to come (FORMAT.md: plan); how many works
were started, and the worth of works told as finished, are what happened. Sentences of our own, in
the forms of regional investment reporting (etl/extract/begun_works.py)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface

PUBLISHED = date(2025, 5, 6)


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Construction of a 120 MW wind farm worth KZT 70 bln has begun in Akmola region.", "120 MW", "plan"),
        (
            "A Chinese company has begun building a solar power plant valued at KZT 9.8bn.",
            "KZT 9.8bn",
            "plan",
        ),
        (
            "At the forum, a local firm presented its hydropower project, estimated at KZT 14bn.",
            "KZT 14bn",
            "plan",
        ),
        (
            "In 2021 work started on a 300-bed hospital with an investment of KZT 25 bln, the akimat said.",
            "300",
            "plan",
        ),
        (
            "In 2021 work started on a 300-bed hospital with an investment of KZT 25 bln, the akimat said.",
            "KZT 25 bln",
            "plan",
        ),
        ("Preparations are under way for a 50 MW solar station worth EUR 40 mln.", "50 MW", "plan"),
        (
            "Last year 15 investment projects were launched to build greenhouses with a total capacity of "
            "12,000 tonnes of vegetables a year.",
            "12,000 tonnes",
            "plan",
        ),
        (
            "The company is preparing to build a second plant, with the project preliminarily estimated at "
            "about $12 million.",
            "$12 million",
            "plan",
        ),
        ("In 2019 construction began on a 40 MW station with a USD 50 mln investment.", "USD 50 mln", "plan"),
        # how many works were started is a count of what is so
        (
            "Last year 15 investment projects were launched to build greenhouses with a total capacity of "
            "12,000 tonnes of vegetables a year.",
            "15",
            "actual",
        ),
        ("Construction has begun on 12 schools in the region.", "12", "actual"),
        # a work told as finished keeps its past
        (
            "A 100 MW wind farm worth KZT 60 bln was commissioned in Zhambyl region last year.",
            "100 MW",
            "actual",
        ),
        (
            "A 100 MW wind farm worth KZT 60 bln was commissioned in Zhambyl region last year.",
            "KZT 60 bln",
            "actual",
        ),
        ("Construction began in 2021, and the 200-bed hospital opened in March.", "200", "actual"),
    ],
)
def test_worth_of_a_begun_work(text: str, surface: str, kind: str) -> None:
    assert figure_by_surface(text, surface, PUBLISHED, language="en").kind == kind
