"""English deeds told in the present perfect under a year that only plans have dated (+fs39en).

"Construction of 355 clinics is set to start this year. ... Regional akimats have provided
co-financing for 551 facilities; contracts have been signed for 441": the lead's "this year"
dates a plan, and the article carries it on; the later sentences, with no period of their own,
tell where things stand at the report (FORMAT.md: a present state with no date of its own), not
deeds of the whole year. Once an actual figure of the article has been dated that year, the year
is the report's span and the carried reading stands."""

from __future__ import annotations

import re
from datetime import date

from etl.extract.indicator_record import Indicator
from etl.extract.periods import find_periods
from etl.extract.records import replace

# "have provided co-financing for", "contracts have been signed for", "have been launched for another"
_PERFECT_BEFORE = re.compile(
    r"\b(?:has|have)\s+(?:already\s+)?(?:been\s+)?(?:[a-z]+ed|signed|built|begun|made|done|given)\b"
    r"[^.;:]{0,60}$",
    re.I,
)


def present_deeds_under_a_plan_year(found: list[Indicator], published: date) -> list[Indicator]:
    year = (date(published.year, 1, 1), date(published.year, 12, 31))
    planned = False  # a plan dated the year under way was told before
    settled: list[Indicator] = []
    for indicator in found:
        span = (indicator.period_start, indicator.period_end)
        if span == year and indicator.kind == "actual":
            if not planned or names_a_period(indicator.sentence, published) or not _perfect_deed(indicator):
                return settled + found[len(settled) :]  # the year is the report's: nothing moves
            indicator = replace(indicator, period_start=published, period_end=published)
        elif span == year and indicator.kind == "plan":
            planned = True
        settled.append(indicator)
    return settled


def names_a_period(sentence: str, published: date) -> bool:
    """The sentence names a period of its own (a figure without one carries the article's)."""
    return any(p.period_start or p.period_end for p in find_periods(sentence, published, published.year))


def _perfect_deed(indicator: Indicator) -> bool:
    left = indicator.start_char - indicator.sentence_start
    return (
        not indicator.is_change
        and _PERFECT_BEFORE.search(indicator.sentence, max(0, left - 120), left) is not None
    )
