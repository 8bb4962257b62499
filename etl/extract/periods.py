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

# Year-bearing phrases. Each is tried only at a year: the ones after it by `match` at the
# year's end, the ones before it by a search of the short stretch just before the year.
_DASH_RANGE = re.compile(rf"\s?[-–—/]\s?(?P<b>{_YEAR}|\d{{2}})\b")
_TO_RANGE = re.compile(rf"\s+(?:to|and|till|until)\s+(?P<b>{_YEAR})\b", re.I)
_RANGE_FROM = re.compile(r"\b(?:from|between)\s+$", re.I)
_BEFORE_YEAR_PHRASES = {
    "part": re.compile(
        r"\b(?:the\s+)?(?P<part>first half|second half|1st half|2nd half|first quarter|second quarter|"
        r"third quarter|fourth quarter|Q[1-4])\s+(?:of\s+)?$",
        re.I,
    ),
    "months_of": re.compile(r"\b(?P<n>\d{1,2}|nine|six|three)\s+months\s+of\s+$", re.I),
    "deadline": re.compile(rf"\b(?:by|until|till|up to)\s+(?:the\s+end\s+of\s+)?(?P<m>{_MONTH}\s+)?$", re.I),
    "as_of": re.compile(rf"\b(?:as of|as at|on)\s+(?P<d>\d{{1,2}})\s+(?P<m>{_MONTH})\s+$", re.I),
    "from_month": re.compile(
        rf"\b(?:from|since|starting(?:\s+from)?|as of)\s+(?:\d{{1,2}}\s+)?(?P<m>{_MONTH})\s+$", re.I
    ),
    "month_range": re.compile(rf"\b(?P<m1>{_MONTH})\s?[-–—]\s?(?P<m>{_MONTH})\s+$", re.I),
    "since": re.compile(r"\b(?:since|from)\s+$", re.I),
    "month": re.compile(rf"\b(?:\d{{1,2}}\s+)?(?P<m>{_MONTH})\s+$", re.I),
}
# Which phrases the last word before a year allows, in priority order.
_BY_LAST_WORD = {
    **dict.fromkeys(["of", "half", "quarter", "q1", "q2", "q3", "q4"], ("part", "months_of", "deadline")),
    **dict.fromkeys(MONTHS, ("as_of", "from_month", "month_range", "deadline", "month")),
    **dict.fromkeys(["by", "until", "till", "to"], ("deadline",)),
    **dict.fromkeys(["since", "from"], ("since",)),
}
_RELATIVE_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(?:this|the current)\s+year\b|\bcurrent year\b", re.I), "this_year"),
    (re.compile(r"\b(?:last|past|previous)\s+year\b", re.I), "last_year"),
    (re.compile(r"\bnext\s+year\b", re.I), "next_year"),
    (re.compile(r"\b(?:for|over|in)\s+the\s+(?:last|past)\s+(?P<n>\d{1,2})\s+years\b", re.I), "last_n_years"),
    (re.compile(r"\b(?:as of today|to date|today|currently|at present|now)\b", re.I), "today"),
]


def _resolve(
    kind: str, match: re.Match[str] | dict[str, str | None], published: date
) -> tuple[date | None, date | None, bool]:
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
    if kind == "as_of":  # a day: "as of 1 October 2025"
        try:
            day = date(int(match["y"]), MONTHS.index(match["m"].lower()) + 1, int(match["d"]))
        except ValueError:
            return None, None, False  # "31 September": read as the year alone
        return day, day, False
    if kind == "month_range":  # "January-October 2025"
        year = int(match["y"])
        first = _month_range(year, MONTHS.index(match["m1"].lower()) + 1)[0]
        return first, _month_range(year, MONTHS.index(match["m"].lower()) + 1)[1], False
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


_ANY_YEAR = re.compile(rf"\b{_YEAR}\b")
_RELATIVE_WORDS = re.compile(r"\b(?:year|years|today|date|currently|present|now)\b", re.I)
_BEFORE_YEAR = 45  # the longest phrase before a year: "starting from 1 September "


def _year_phrase(sentence: str, year: re.Match[str]) -> tuple[str, int, int, dict[str, str | None]]:
    """(kind, start, end, groups) of the period phrase built around one year."""
    start, end = year.span()
    groups: dict[str, str | None] = {"y": year.group(0), "a": year.group(0)}
    before_start = max(0, start - _BEFORE_YEAR)
    before = sentence[before_start:start]
    opening = _RANGE_FROM.search(before)
    to_range = _TO_RANGE.match(sentence, end) if opening else None
    if opening and to_range:
        return "range", before_start + opening.start(), to_range.end(), groups | {"b": to_range["b"]}
    dash = _DASH_RANGE.match(sentence, end)
    if dash:
        return "range", start, dash.end(), groups | {"b": dash["b"]}
    words = before.split()
    last = (
        words[-1].lower().strip(",").replace("–", "-").replace("—", "-").rsplit("-", 1)[-1] if words else ""
    )
    for kind in _BY_LAST_WORD.get(last, ()):
        phrase = _BEFORE_YEAR_PHRASES[kind].search(before)
        if phrase:
            return kind, before_start + phrase.start(), end, groups | phrase.groupdict()
    return "year", start, end, groups


def find_periods(sentence: str, published: date) -> list[Period]:
    """Every period expression in the sentence, earliest first, none overlapping."""
    periods: list[Period] = []
    consumed = -1
    for year in _ANY_YEAR.finditer(sentence):
        if year.start() < consumed:
            continue  # the second year of "from 2019 to 2023"
        kind, start, end, groups = _year_phrase(sentence, year)
        period_start, period_end, deadline = _resolve(kind, groups, published)
        if period_start is None and period_end is None:
            kind, start, end = "year", year.start(), year.end()
            period_start, period_end, deadline = _resolve(kind, groups, published)
        consumed = end
        periods.append(Period(start, end, period_start, period_end, deadline))
    if _RELATIVE_WORDS.search(sentence):
        for pattern, kind in _RELATIVE_PATTERNS:
            for match in pattern.finditer(sentence):
                if any(match.start() < p.end and p.start < match.end() for p in periods):
                    continue
                period_start, period_end, deadline = _resolve(kind, match, published)
                periods.append(Period(match.start(), match.end(), period_start, period_end, deadline))
    return sorted(periods, key=lambda p: p.start)
