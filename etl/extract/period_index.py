"""A sentence's periods indexed once, so that finding each figure's period is a bisection.

A long sentence with a figure and a period every few words would otherwise cost every figure
a pass over every period of the sentence: quadratic in the sentence's length.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable

from etl.extract.periods import Period


def ordered(periods: list[Period]) -> bool:
    """True when the periods are non-empty spans, earliest first and none overlapping (what
    find_periods promises): then their starts and their ends both rise strictly."""
    return all(p.start < p.end for p in periods) and all(
        a.end <= b.start for a, b in zip(periods, periods[1:], strict=False)
    )


class PeriodIndex:
    """Ordered periods (see `ordered`) with their starts and ends for bisection."""

    def __init__(self, periods: list[Period], taken: set[int]) -> None:
        self.periods = periods
        self.starts = [p.start for p in periods]
        self.ends = [p.end for p in periods]
        self.free_count = sum(id(p) not in taken for p in periods)

    def in_span(self, first: int, last: int) -> tuple[int, int]:
        """(lo, hi): periods[lo:hi] are those lying within text[first:last]."""
        lo = bisect_left(self.starts, first)
        return lo, max(lo, bisect_right(self.ends, last))

    def nearest(
        self, clause: tuple[int, int], start: int, end: int, skip: Callable[[Period], bool]
    ) -> Period | None:
        """The period in the figure's clause nearest to text[start:end], else the nearest before
        it, else the first after it; periods for which `skip` is true are passed over. The same
        answer as scanning every period (first of the nearest on a tie), in logarithmic time:
        before the figure the nearest is the last, after it the first."""
        lo, hi = self.in_span(*clause)
        if lo < hi:
            before_end = bisect_right(self.ends, start, lo, hi)
            after_start = max(before_end, bisect_left(self.starts, end, lo, hi))
            candidates = [self._back(before_end, lo, skip)]
            candidates += [p for p in self.periods[before_end:after_start] if not skip(p)]
            candidates.append(self._forward(after_start, hi, skip))
            found = [p for p in candidates if p is not None]
            if found:
                return min(found, key=lambda p: min(abs(p.start - end), abs(start - p.end)))
        before = self._back(bisect_right(self.ends, start), 0, skip)
        if before is not None:
            return before
        return self._forward(bisect_left(self.starts, end), len(self.periods), skip)

    def _back(self, stop: int, floor: int, skip: Callable[[Period], bool]) -> Period | None:
        for index in range(stop - 1, floor - 1, -1):
            if not skip(self.periods[index]):
                return self.periods[index]
        return None

    def _forward(self, begin: int, stop: int, skip: Callable[[Period], bool]) -> Period | None:
        for index in range(begin, stop):
            if not skip(self.periods[index]):
                return self.periods[index]
        return None
