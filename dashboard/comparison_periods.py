"""Which two periods the Readership page compares when the chosen range has no previous period
in the store (the default range is the whole store, so nothing before it was ever read).

An analyst's "against the previous period" is the latest full month against the month before
(or, in a range too short for two months, the latest full week against the week before): two
periods of a calendar's length at the end of the range, both covered by it. The range's two
halves were compared before, and over a store whose articles thin out into the past that set
2017–2026 (626 articles) against 2008–2017 (16): true, but no comparison anyone asks for.
The halves remain for a range shorter than two full weeks."""

from __future__ import annotations

from datetime import date, timedelta
from typing import NamedTuple


class Period(NamedTuple):
    label: str  # the chart's name for it: "latest full month", "month before", "later half", ...
    first: date
    last: date


# The labels of each pair, latest first: the chart's title and colours read them.
MONTHS = ("latest full month", "month before")
WEEKS = ("latest full week", "week before")
HALVES = ("later half", "earlier half")
LATEST = frozenset(labels[0] for labels in (MONTHS, WEEKS, HALVES))


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _full_months(start: date, end: date) -> tuple[Period, Period] | None:
    """The last calendar month wholly inside start..end and the month before, if it is too."""
    after_last = _month_start(end + timedelta(days=1))  # the first day after the last full month
    last_month = _month_start(after_last - timedelta(days=1))
    before = _month_start(last_month - timedelta(days=1))
    if before < start:
        return None
    return (
        Period(MONTHS[0], last_month, after_last - timedelta(days=1)),
        Period(MONTHS[1], before, last_month - timedelta(days=1)),
    )


def _full_weeks(start: date, end: date) -> tuple[Period, Period] | None:
    """The last Monday-to-Sunday week wholly inside start..end and the week before, if it is too."""
    last_sunday = end - timedelta(days=(end.weekday() + 1) % 7)
    latest_monday = last_sunday - timedelta(days=6)
    if latest_monday - timedelta(days=7) < start:
        return None
    return (
        Period(WEEKS[0], latest_monday, last_sunday),
        Period(WEEKS[1], latest_monday - timedelta(days=7), latest_monday - timedelta(days=1)),
    )


def _halves(start: date, end: date) -> tuple[Period, Period] | None:
    """start..end's later half and the earlier half of the same length just before it (with an
    odd number of days the first is in neither); None under two days."""
    half = ((end - start).days + 1) // 2
    if half < 1:
        return None
    later_from = end - timedelta(days=half - 1)
    return (
        Period(HALVES[0], later_from, end),
        Period(HALVES[1], later_from - timedelta(days=half), later_from - timedelta(days=1)),
    )


def default_comparison(start: date, end: date) -> tuple[Period, Period] | None:
    """The two periods to compare inside start..end (both days included), latest first: full
    months, else full weeks, else halves; None when the range is shorter than two days."""
    return _full_months(start, end) or _full_weeks(start, end) or _halves(start, end)
