"""Period expressions ("in 2024", "2021-2024", "first half of 2024", "by 2027") -> dates."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta

_YEAR = r"(?:19|20)\d{2}"
MONTHS = "january february march april may june july august september october november december".split()
_MONTH = "(?:" + "|".join(MONTHS) + ")"


@dataclass(frozen=True)
class Period:
    start: int  # span in the sentence
    end: int
    period_start: date | None
    period_end: date | None
    is_deadline: bool  # "by 2027", "until 2029": the date a target is due


def _year_range(first: int, last: int) -> tuple[date, date]:
    return date(first, 1, 1), date(last, 12, 31)


def _month_range(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    return first, first + relativedelta(months=1, days=-1)


_PART_OF_YEAR = {
    "first half": (1, 6), "second half": (7, 12), "1st half": (1, 6), "2nd half": (7, 12),
    "first quarter": (1, 3), "second quarter": (4, 6), "third quarter": (7, 9),
    "fourth quarter": (10, 12), "q1": (1, 3), "q2": (4, 6), "q3": (7, 9), "q4": (10, 12),
}  # fmt: skip

# (pattern, handler) in priority order; each handler gets the match and the article date.
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(rf"\b(?:from|between)\s+(?P<a>{_YEAR})\s+(?:to|and|till|until)\s+(?P<b>{_YEAR})\b", re.I),
        "range",
    ),
    (re.compile(rf"\b(?P<a>{_YEAR})\s?[-–—/]\s?(?P<b>{_YEAR}|\d{{2}})\b"), "range"),
    (
        re.compile(
            rf"\b(?:the\s+)?(?P<part>first half|second half|1st half|2nd half|first quarter|second quarter|"
            rf"third quarter|fourth quarter|Q[1-4])\s+(?:of\s+)?(?P<y>{_YEAR})\b",
            re.I,
        ),
        "part",
    ),
    (re.compile(rf"\b(?P<n>\d{{1,2}}|nine|six|three)\s+months\s+of\s+(?P<y>{_YEAR})\b", re.I), "months_of"),
    (
        re.compile(
            rf"\b(?:by|until|till|up to)\s+(?:the\s+end\s+of\s+)?(?P<m>{_MONTH}\s+)?(?P<y>{_YEAR})\b", re.I
        ),
        "deadline",
    ),
    (
        re.compile(
            rf"\b(?:from|since|starting(?:\s+from)?|as of)\s+(?:\d{{1,2}}\s+)?(?P<m>{_MONTH})\s+(?P<y>{_YEAR})\b",
            re.I,
        ),
        "from_month",
    ),
    (re.compile(rf"\b(?:since|from)\s+(?P<y>{_YEAR})\b", re.I), "since"),
    (re.compile(rf"\b(?:\d{{1,2}}\s+)?(?P<m>{_MONTH})\s+(?P<y>{_YEAR})\b", re.I), "month"),
    (re.compile(rf"\b(?P<y>{_YEAR})\b"), "year"),
    (re.compile(r"\b(?:this|the current)\s+year\b|\bcurrent year\b", re.I), "this_year"),
    (re.compile(r"\b(?:last|past|previous)\s+year\b", re.I), "last_year"),
    (re.compile(r"\bnext\s+year\b", re.I), "next_year"),
    (re.compile(r"\b(?:for|over|in)\s+the\s+(?:last|past)\s+(?P<n>\d{1,2})\s+years\b", re.I), "last_n_years"),
    (re.compile(r"\b(?:as of today|to date|today|currently|at present|now)\b", re.I), "today"),
]


def _resolve(kind: str, match: re.Match[str], published: date) -> tuple[date | None, date | None, bool]:
    if kind == "range":
        first, last = int(match["a"]), match["b"]
        last_year = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
        if last_year < first:
            return None, None, False
        return (*_year_range(first, last_year), False)
    if kind == "part":
        months = _PART_OF_YEAR[match["part"].lower()]
        year = int(match["y"])
        return date(year, months[0], 1), _month_range(year, months[1])[1], False
    if kind == "months_of":
        words = {"nine": 9, "six": 6, "three": 3}
        count = words.get(match["n"].lower()) or int(match["n"])
        year = int(match["y"])
        return date(year, 1, 1), _month_range(year, min(count, 12))[1], False
    if kind == "deadline":
        year = int(match["y"])
        end = (
            _month_range(year, MONTHS.index(match["m"].strip().lower()) + 1)[1]
            if match["m"]
            else date(year, 12, 31)
        )
        return None, end, True
    if kind == "from_month":
        return _month_range(int(match["y"]), MONTHS.index(match["m"].lower()) + 1)[0], None, False
    if kind == "since":
        return date(int(match["y"]), 1, 1), published, False
    if kind == "month":
        return (*_month_range(int(match["y"]), MONTHS.index(match["m"].lower()) + 1), False)
    if kind == "year":
        return (*_year_range(int(match["y"]), int(match["y"])), False)
    if kind == "this_year":
        return (*_year_range(published.year, published.year), False)
    if kind == "last_year":
        return (*_year_range(published.year - 1, published.year - 1), False)
    if kind == "next_year":
        return (*_year_range(published.year + 1, published.year + 1), False)
    if kind == "last_n_years":
        return published - relativedelta(years=int(match["n"])), published, False
    return published, published, False  # today


def find_periods(sentence: str, published: date) -> list[Period]:
    """Every period expression in the sentence, earliest first, none overlapping."""
    taken: list[tuple[int, int]] = []
    periods: list[Period] = []
    for pattern, kind in _PATTERNS:
        for match in pattern.finditer(sentence):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            period_start, period_end, deadline = _resolve(kind, match, published)
            if period_start is None and period_end is None:
                continue
            taken.append((match.start(), match.end()))
            periods.append(Period(match.start(), match.end(), period_start, period_end, deadline))
    return sorted(periods, key=lambda p: p.start)


def year_spans(sentence: str) -> list[tuple[int, int]]:
    """Spans of the years inside period expressions, which are never figures themselves."""
    return [(m.start(), m.end()) for m in re.finditer(rf"(?<![\d,.]){_YEAR}(?![\d,]|\.\d)", sentence)]
