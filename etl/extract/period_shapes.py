"""Small facts about a period's shape and its date arithmetic: a day, a whole month, a span's
bounds, the same day a year before; and which periods may date a figure or set the scope."""

from __future__ import annotations

from datetime import date, timedelta

from etl.extract.periods import Period
from etl.extract.records import replace


def _plain(periods: list[Period]) -> list[Period]:
    """The periods that may date a figure: no comparison bases."""
    return [p for p in periods if not p.is_comparison]


def _scene(periods: list[Period]) -> list[Period]:
    """The periods that may set the article's scope: no comparison bases, no 'already'."""
    return [p for p in periods if not p.is_comparison and not p.is_weak]


def _is_day(period: Period | None) -> bool:
    return period is not None and period.period_start is not None and period.period_start == period.period_end


def _span_of(period: Period | None) -> tuple[date | None, date | None] | None:
    return None if period is None else (period.period_start, period.period_end)


def _past_years_span(period: Period, published: date | None) -> tuple[int, int] | None:
    """The first and last year of a span of whole years over before publication ("between 2006
    and 2021", "(2006–2013)"), else None."""
    first, last = period.period_start, period.period_end
    if first is None or last is None or period.is_deadline or published is None or last >= published:
        return None
    if (first.month, first.day, last.month, last.day) != (1, 1, 12, 31) or first.year >= last.year:
        return None
    return first.year, last.year


def _edge_year(period: Period, year: int) -> Period:
    return replace(period, period_start=date(year, 1, 1), period_end=date(year, 12, 31))


def _within_a_month(period: Period) -> bool:
    first, last = period.period_start, period.period_end
    return first is not None and last is not None and (last - first).days <= 31


def _point_or_month(period: Period) -> bool:
    first, last = period.period_start, period.period_end
    return first is not None and last is not None and (first == last or (last - first).days < 31)


def _month_end(day: date) -> date:
    following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return following - timedelta(days=1)


def _same_day_in(day: date, year: int) -> date:
    """The day in another year; the end of February stays its end (28 and 29 February)."""
    if day.month == 2 and day.day >= 28:
        return date(year, 3, 1) - timedelta(days=1)
    return day.replace(year=year)


def _span_a_year_before(period: Period) -> Period | None:
    """A year or a span from January ("January-September 2025") moved a year back: the usual
    base of "up from X" when the text names none. None for months and days, whose base is as
    often the month before."""
    first, last = period.period_start, period.period_end
    if first is None or last is None or first.year != last.year or (first.month, first.day) != (1, 1):
        return None
    return replace(
        period, period_start=first.replace(year=first.year - 1), period_end=_same_day_in(last, last.year - 1)
    )


def _whole_month(period: Period) -> bool:
    first, last = period.period_start, period.period_end
    return (
        first is not None
        and last is not None
        and first.day == 1
        and (first.year, first.month) == (last.year, last.month)
        and (last + timedelta(days=1)).month != last.month
    )


def _year_before(period: Period) -> Period | None:
    """'This year the pension rose from 65% to 70%': the old level is last year's; so it is under a
    rate set from January 1 ("From January 1, 2026 ... raised from 110% to 118%")."""
    first, last = period.period_start, period.period_end
    if first and last is None and (first.month, first.day) == (1, 1):
        return replace(
            period, period_start=date(first.year - 1, 1, 1), period_end=date(first.year - 1, 12, 31)
        )
    if (
        first
        and last
        and (first.month, first.day, last.month, last.day) == (1, 1, 12, 31)
        and first.year == last.year
    ):
        return replace(
            period, period_start=date(first.year - 1, 1, 1), period_end=date(first.year - 1, 12, 31)
        )
    return None
