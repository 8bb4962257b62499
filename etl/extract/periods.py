"""Period expressions ("in 2024", "Q2 2021", "first half of the year", "by 2027", "Oct. 23") -> dates.

Each phrase is read into a kind and its parts (year, month, day, part of the year...), and a
table from kind to resolver turns the parts into (start, end, deadline). A phrase without a
year ("in the first half of the year", "as of July 1") takes the year in scope, else the
publication year. A period that is only the base of a comparison ("than in 2021", "the same
period of 2024") is marked so: it dates no figure.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache

from dateutil.relativedelta import relativedelta

from etl.extract.legal_acts import may_name_an_english_act, names_a_legal_act
from etl.extract.literal_gates import at_word_starts, opens_a_word, sentence_lower
from etl.extract.records import quick_init, replace

_YEAR = r"(?:19|20)\d{2}"
MONTHS = "january february march april may june july august september october november december".split()
# Full names and the abbreviations news agencies write ("Sept.", "Oct.").
_MONTH_NAMES = {name: number for number, name in enumerate(MONTHS, 1)} | {
    name[:3]: number for number, name in enumerate(MONTHS, 1) if name != "may"
} | {"sept": 9}  # fmt: skip
_MONTH = r"(?:" + "|".join(sorted(_MONTH_NAMES, key=len, reverse=True)) + r")\b\.?"
_COUNT_WORDS = {
    w: n for n, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split(), 1)
}
_COUNT = r"(?:\d{1,2}|" + "|".join(_COUNT_WORDS) + ")"


@quick_init
@dataclass(frozen=True)
class Period:
    start: int  # span in the sentence
    end: int
    period_start: date | None
    period_end: date | None
    is_deadline: bool  # "by 2027", "until 2029": the date a target is due
    is_comparison: bool = False  # "than in 2021", "the same period of 2024": a base, not the figure's period
    has_year: bool = True  # False for "in the first half of the year": its year came from the scope
    is_weak: bool = (
        False  # "already", "the programme for 2021-2030": unless the sentence names another period
    )
    sets_scene: bool = True  # False for "now": it dates its figure but not the sentences after it
    # "at the end of 2024", "at the end of the first half of 2023" (not "as of"): the day for a
    # stock ("the average salary was"), the whole year or half for what was done in it ("at the end
    # of 2024, the campaigns covered 6.2 million"); this is the first day of that year or half
    flow_start: date | None = None
    # "the same period of 2024", "a year earlier": the article's span in another year; a base
    # after "than"/"compared with", else the period of its own clause ("A year earlier, exports were")
    same_span: bool = False
    # "после корректировки за четыре месяца": months counted back from publication after an event,
    # which frame the sentences after it as a span named does (unlike "since ...", one measure's)
    counted_back: bool = False


Groups = Mapping[str, str | None]
Resolved = tuple[date | None, date | None, bool]


def month_number(word: str) -> int:
    return _MONTH_NAMES[word.strip().rstrip(".").lower()]


def _month_range(year: int, month: int) -> tuple[date, date]:
    # calendar's month length: the same last day as relativedelta, at a fraction of its cost
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _day(year: int, month: str, day: str | None) -> date | None:
    try:
        return date(year, month_number(month), int(day or 1))
    except ValueError:
        return None  # "31 September"


_PART_OF_YEAR = {
    "first half": (1, 6), "second half": (7, 12), "1st half": (1, 6), "2nd half": (7, 12), "h1": (1, 6),
    "h2": (7, 12), "first quarter": (1, 3), "second quarter": (4, 6), "third quarter": (7, 9),
    "fourth quarter": (10, 12), "1st quarter": (1, 3), "2nd quarter": (4, 6), "3rd quarter": (7, 9),
    "4th quarter": (10, 12), "q1": (1, 3), "q2": (4, 6), "q3": (7, 9), "q4": (10, 12),
    "half-year": (1, 6), "half year": (1, 6),  # "at the half-year mark": the first six months
    "first half-year": (1, 6), "second half-year": (7, 12), "first half year": (1, 6), "second half year": (7, 12),
    "1st half-year": (1, 6), "2nd half-year": (7, 12), "1st half year": (1, 6), "2nd half year": (7, 12),
    "last quarter": (10, 12), "final quarter": (10, 12),  # "the final quarter of 2024" (with its year)
    # analysts' shorthand, "1H 2025", "3Q 2025"
    "1h": (1, 6), "2h": (7, 12), "1q": (1, 3), "2q": (4, 6), "3q": (7, 9), "4q": (10, 12),
    # Roman numerals, as translated news writes "во II квартале": "in the II quarter", "the I half"
    "i quarter": (1, 3), "ii quarter": (4, 6), "iii quarter": (7, 9), "iv quarter": (10, 12),
    "i half": (1, 6), "ii half": (7, 12),
}  # fmt: skip
# the Roman numerals of _PART_OF_YEAR, in capitals only ("I" alone is no part of a year in lower case)
_ROMAN_PART = r"(?-i:I{1,3}|IV)\s+quarter|(?-i:II?)\s+half"
_ORDINAL_QUARTER = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
# The seasons of FORMAT.md: (first month, last month); winter runs December to February
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}


def _range(g: Groups, year: int, published: date) -> Resolved:
    first, last = int(g["a"] or year), g["b"] or ""
    last_year = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
    if last_year < first:
        return None, None, False
    return date(first, 1, 1), date(last_year, 12, 31), False


def _school_year(g: Groups, year: int, published: date) -> Resolved:
    """'the 2025-2026 academic year': 1 September to 31 May; years not back to back are a range."""
    first, last = _range(g, year, published)[:2]
    if first is None or last is None or last.year != first.year + 1:
        return first, last, False
    return date(first.year, 9, 1), date(last.year, 5, 31), False


def _part(g: Groups, year: int, published: date) -> Resolved:
    first, last = _PART_OF_YEAR[" ".join((g["part"] or "").lower().split())]
    return date(year, first, 1), _month_range(year, last)[1], False


def _part_end(g: Groups, year: int, published: date) -> Resolved:
    """'at the end of the second quarter': the part's last day, a stock's date; 'by the end of
    the first half': a deadline on that day."""
    last = _month_range(year, _PART_OF_YEAR[" ".join((g["part"] or "").lower().split())][1])[1]
    if (g.get("lead") or "").lower() in ("by", "until", "till"):
        return None, last, True
    return last, last, False


def _month_end_point(g: Groups, year: int, published: date) -> Resolved:  # "at the end of April"
    last = _month_range(year, month_number(g["m"] or ""))[1]
    return last, last, False


def _month_start_point(g: Groups, year: int, published: date) -> Resolved:  # "at the start of January"
    first = _month_range(year, month_number(g["m"] or ""))[0]
    return first, first, False


def _year_to(g: Groups, year: int, published: date) -> Resolved:
    """'in the year to June', 'the 12 months to September 30': twelve months up to that day."""
    month = month_number(g["m"] or "")
    last = (_day(year, g["m"] or "", g.get("d")) if g.get("d") else None) or _month_range(year, month)[1]
    return last - relativedelta(years=1) + timedelta(days=1), last, False


def _first_month(g: Groups, year: int, published: date) -> Resolved:  # "in the first month of the year"
    return *_month_range(year, 1), False


def _months_of(g: Groups, year: int, published: date) -> Resolved:
    count = _COUNT_WORDS.get((g["n"] or "").lower()) or int(g["n"] or 12)
    count *= 3 if g.get("quarters") else 1  # "the first three quarters of 2025": nine months
    if g.get("past") and g.get("n") and not g.get("of_year") and count != published.month - 1:
        # "over the past two months": the months up to the report, rolling like "over the past
        # three years" (FORMAT.md), not January on ("over the past nine months" told in October
        # are this year's months to September: the calendar span, as our probe battery labels it)
        return published - relativedelta(months=count), published, False
    return date(year, 1, 1), _month_range(year, min(max(count, 1), 12))[1], False


def _deadline(g: Groups, year: int, published: date) -> Resolved:
    if g.get("m"):
        end = (
            _day(year, g["m"] or "", g.get("d"))
            if g.get("d")
            else _month_range(year, month_number(g["m"] or ""))[1]
        )
        return None, end, end is not None
    if g.get("mid"):
        return None, date(year, 6, 30), True  # "by the middle of 2023"
    return None, date(year, 12, 31), True


def _before(g: Groups, year: int, published: date) -> Resolved:  # "21% before 2024": up to the year before
    return None, date(year - 1, 12, 31), False


def _day_of(g: Groups, year: int, published: date) -> Resolved:
    day = _day(year, g["m"] or "", g["d"])
    return day, day, False


def _year_start_to(
    g: Groups, year: int, published: date
) -> Resolved:  # "from the start of the year to April 1"
    if g.get("whole"):  # "through May": to the month's end
        last: date | None = _month_range(year, month_number(g["whole"] or ""))[1]
    else:
        last = _day(year, g["m"] or "", g.get("d"))
    return (date(year, 1, 1), last, False) if last is not None else (None, None, False)


def _day_span(
    g: Groups, year: int, published: date
) -> Resolved:  # "Sept. 7-13", "between January 1 and February 1"
    first, last = _day(year, g["m"] or "", g["d"]), _day(year, g.get("m2") or g["m"] or "", g["d2"])
    if first is None or last is None or last < first:
        return None, None, False
    return first, last, False


def _month_to_day(g: Groups, year: int, published: date) -> Resolved:  # "from January to December 1"
    first, last = _month_range(year, month_number(g["m1"] or ""))[0], _day(year, g["m"] or "", g.get("d"))
    return (first, last, False) if last is not None and first <= last else (None, None, False)


def _month_span(g: Groups, year: int, published: date) -> Resolved:  # "January-October 2025"
    first, last = month_number(g["m1"] or ""), month_number(g["m"] or "")
    if last < first:
        # "the 2023/2024 agricultural year (July-June)": months across a new year, whose years the
        # words do not give; no span at all rather than one that ends before it starts
        return None, None, False
    return _month_range(year, first)[0], _month_range(year, last)[1], False


def _from(g: Groups, year: int, published: date) -> Resolved:  # "from September 1, 2025"
    start = _day(year, g["m"] or "", g.get("d")) if g.get("m") else date(year, 1, 1)
    return start, None, False


def _since(g: Groups, year: int, published: date) -> Resolved:
    start = _day(year, g["m"] or "", g.get("d")) if g.get("m") else date(year, 1, 1)
    if start and start > published and g.get("from_word") and not g.get("m"):
        return start, None, False  # "grow by 5% a year from 2030": a start ahead, with no end given
    return (start, published, False) if start and start <= published else (None, None, False)


def _since_century_start(g: Groups, year: int, published: date) -> Resolved:
    start = date(published.year // 100 * 100, 1, 1)  # this century's, as kt.kz counts it: 2000
    return (start, published, False) if start < published else (None, None, False)


def _since_independence(g: Groups, year: int, published: date) -> Resolved:
    return date(1991, 12, 16), published, False


def _first_days(g: Groups, year: int, published: date) -> Resolved:  # "the first two weeks of September"
    count = _COUNT_WORDS.get((g.get("n") or "").lower()) or int(g.get("n") or 1)
    first = date(year, month_number(g["m"] or ""), 1)
    days = count * 7 if (g["unit"] or "").lower().startswith("week") else count
    last = min(first + relativedelta(days=days - 1), _month_range(year, first.month)[1])
    return first, last, False


def _month(g: Groups, year: int, published: date) -> Resolved:
    return (*_month_range(year, month_number(g["m"] or "")), False)


def _quarter_number(code: str) -> int:
    code = code.lower()
    return _ORDINAL_QUARTER.get(code) or int(code.strip("q"))


def _quarter_span(
    g: Groups, year: int, published: date
) -> Resolved:  # "Q1-Q3 2025", "the second and third quarters"
    first, last = _quarter_number(g["q1"] or ""), _quarter_number(g["q2"] or "")
    if last <= first:
        return None, None, False
    return date(year, first * 3 - 2, 1), _month_range(year, last * 3)[1], False


def _months_to(g: Groups, year: int, published: date) -> Resolved:
    """'the nine months to September', 'the quarter to June', 'the three quarters to September':
    so many months up to that month's end."""
    if g.get("q"):
        count = 3
    elif g.get("h"):
        count = 6
    else:
        count = (_COUNT_WORDS.get((g["n"] or "").lower()) or int(g["n"] or 0)) * (
            3 if g.get("quarters") else 1
        )
    if not 1 <= count <= 12:
        return None, None, False
    last = _month_range(year, month_number(g["m"] or ""))[1]
    return last.replace(day=1) - relativedelta(months=count - 1), last, False


def _season_of(name: str, year: int) -> tuple[date, date]:
    """The season of that name in a year (a winter: the one starting in that year's December)."""
    first, last = _SEASON_MONTHS[name.lower()]
    return date(year, first, 1), _month_range(year + (1 if last < first else 0), last)[1]


def _season(g: Groups, year: int, published: date) -> Resolved:
    """'this summer', 'last winter', 'in the summer', 'in spring 2025' (FORMAT.md: spring March to
    May, summer June to August, autumn September to November; winter December to February)."""
    name = g["season"] or ""
    words = (g.get("season_which") or "").lower().split()
    which = "last" if words[:2] == ["this", "past"] else " ".join(words[-1:])
    year_word = " ".join((g.get("season_year") or "").lower().split()[-1:])
    if year_word:  # "the summer of this / last year"
        first, last = _season_of(name, published.year - (0 if year_word in ("this", "current") else 1))
        return first, last, False
    if which in ("last", "past", "previous"):  # the last one over before the report
        over = [_season_of(name, y) for y in range(published.year - 2, published.year + 1)]
        first, last = max(span for span in over if span[1] < published)
    elif which in ("next", "coming"):  # the next one to start after the report
        ahead = [_season_of(name, y) for y in range(published.year, published.year + 2)]
        first, last = min(span for span in ahead if span[0] > published)
    elif which in ("this", "current") and name.lower() == "winter":
        # the one under way or ahead; from March to June, the one just over (a report in May of what
        # was reached "this winter" looks back on it, as no winter is near)
        first, last = _season_of(name, published.year - (1 if published.month <= 6 else 0))
    else:
        first, last = _season_of(name, published.year if which else year)
    return first, last, False


def _heating_season(g: Groups, year: int, published: date) -> Resolved:
    """The heating season, 1 October to 30 April (FORMAT.md): 'the 2024-2025 heating season',
    'this / last / the heating season' (the one under way, else the last one over or the next)."""
    if g.get("b"):
        first, last = int(g["a"] or year), g["b"] or ""
        last_year = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
        if last_year != first + 1:
            return None, None, False
        return date(first, 10, 1), date(last_year, 4, 30), False
    running = (
        published.year if published.month >= 10 else published.year - 1 if published.month <= 4 else None
    )  # the season under way at the report, if any
    which = ((g.get("heat_which") or g.get("heat_which2") or "").lower().split() or [""])[-1]
    if which in ("last", "past", "previous"):
        first = running - 1 if running is not None else published.year - 1
    elif which in ("next", "coming"):
        first = running + 1 if running is not None else published.year
    else:  # this, current, or none: the one under way, else the one ahead
        first = running if running is not None else published.year
    return date(first, 10, 1), date(first + 1, 4, 30), False


def _marketing_year(g: Groups, year: int, published: date) -> Resolved:
    """'the 2024/25 marketing year' (FORMAT.md): 1 July to 30 June; years not back to back are a range."""
    first, last = _range(g, year, published)[:2]
    if first is None or last is None or last.year != first.year + 1:
        return first, last, False
    return date(first.year, 7, 1), date(last.year, 6, 30), False


def _glued(g: Groups, year: int, published: date) -> Resolved:
    """Analysts' shorthand glued to its year: 'FY2024', '9M25', '1H2025', '3Q25'."""
    digits = g["gy"] or ""
    own = int(digits) if len(digits) == 4 else 2000 + int(digits)
    if g.get("fy"):
        return date(own, 1, 1), date(own, 12, 31), False  # Kazakhstan's fiscal year is the calendar year
    if g.get("n"):
        return _months_of({"n": g["n"]}, own, published)
    return _part({"part": g["part"]}, own, published)


def _since_last_year_start(g: Groups, year: int, published: date) -> Resolved:
    return date(published.year - 1, 1, 1), published, False


def _month_edge(g: Groups, year: int, published: date) -> Resolved:
    """'at the end of last month', 'at the start of this month': that day."""
    month = published.replace(day=1)
    if (g.get("edge_which") or "").lower().split()[-1] in ("last", "previous"):
        month -= relativedelta(months=1)
    first, last = _month_range(month.year, month.month)
    day = last if (g.get("edge") or "").lower() == "end" else first
    return day, day, False


def _yesterday(g: Groups, year: int, published: date) -> Resolved:
    day = published - timedelta(days=1)
    return day, day, False


def _year_to_date(g: Groups, year: int, published: date) -> Resolved:  # "so far in 2025", "in 2025 to date"
    return date(year, 1, 1), min(published, date(year, 12, 31)), False


def _years_ago(g: Groups, year: int, published: date) -> Resolved:
    """'two years ago': the calendar year so many before the report's; 'the year before last': two
    before the year in scope (as 'the year before' is the one before it)."""
    if not g.get("ago"):
        return date(year - 2, 1, 1), date(year - 2, 12, 31), False
    count = _COUNT_WORDS.get((g.get("ago") or "").lower()) or int(g.get("ago") or 2)
    return date(published.year - count, 1, 1), date(published.year - count, 12, 31), False


def _last_decade(g: Groups, year: int, published: date) -> Resolved:  # "over the past decade"
    return published - relativedelta(years=10), published, False


def _next_span(
    g: Groups, year: int, published: date
) -> Resolved:  # "over the next 12 months", "the coming decade"
    return published, published + relativedelta(years=10 if g.get("decade") else 1), False


def _year(g: Groups, year: int, published: date) -> Resolved:
    return date(year, 1, 1), date(year, 12, 31), False


def _this_year(g: Groups, year: int, published: date) -> Resolved:
    return date(published.year, 1, 1), date(published.year, 12, 31), False


def _from_year_rel(g: Groups, year: int, published: date) -> Resolved:
    which = (g.get("from_which") or "").lower()
    first = published.year + (1 if which in ("next", "the coming", "the new") else 0)
    return date(first, 1, 1), None, False


def _last_year(g: Groups, year: int, published: date) -> Resolved:
    return date(published.year - 1, 1, 1), date(published.year - 1, 12, 31), False


def _whole_year(g: Groups, year: int, published: date) -> Resolved:  # "for the year as a whole": the scope's
    return date(year, 1, 1), date(year, 12, 31), False


def _previous_year(g: Groups, year: int, published: date) -> Resolved:  # "in the previous year"
    return date(year - 1, 1, 1), date(year - 1, 12, 31), False


def _next_year(g: Groups, year: int, published: date) -> Resolved:
    return date(published.year + 1, 1, 1), date(published.year + 1, 12, 31), False


def _last_n_years(g: Groups, year: int, published: date) -> Resolved:  # "over the past five years"
    count = _COUNT_WORDS.get((g["n"] or "").lower()) or int(g["n"] or 1)
    return published - relativedelta(years=count), published, False


def _past_year(g: Groups, year: int, published: date) -> Resolved:  # "grown by 91% in a year"
    return published - relativedelta(years=1), published, False


def _past_week(g: Groups, year: int, published: date) -> Resolved:  # "over the past week", "in seven days"
    # a rolling week up to the report, like "over the past year"; "last week" is the calendar week
    return published - timedelta(days=7), published, False


def _relative_school_year(g: Groups, year: int, published: date) -> Resolved:
    """'last academic year', 'this school year', 'the next academic year' (1 September to 31 May):
    the one under way from September; in the summer break the last one is the one just over."""
    which = (g["school_which"] or "").lower().split()[-1]
    current = published.year if published.month >= 9 else published.year - 1
    if which in ("last", "past", "previous"):
        first = current if 6 <= published.month <= 8 else current - 1
    elif which in ("next", "coming"):
        first = current + 1
    elif which == "new":
        first = published.year  # the one starting this September (or started in it)
    else:  # this, current
        # (in the summer break, with "last" the one just over, "this" is the one ahead, +fs41en)
        first = published.year if 6 <= published.month <= 8 else current
    if g.get("school_from"):
        return date(first, 9, 1), None, False  # "from the new academic year": open end
    return date(first, 9, 1), date(first + 1, 5, 31), False


def _school_year_due(g: Groups, year: int, published: date) -> Resolved:
    """'by the beginning of the new school year': due by the 1 September it opens on (the next one
    once this year's has passed)."""
    first = published.year if (published.month, published.day) <= (9, 1) else published.year + 1
    if (g.get("school_due") or "").lower() in ("next", "coming") and published.month >= 9:
        first = published.year + 1
    return None, date(first, 9, 1), True


def _next_n_years(g: Groups, year: int, published: date) -> Resolved:  # "over the next five years"
    count = _COUNT_WORDS.get((g["ahead"] or "").lower()) or int(g["ahead"] or 1)
    return published, published + relativedelta(years=count), False


_STARTED_IN_YEAR = re.compile(
    r"\b(?:[Ss]ince|[Ff]rom|[Ss]tarting\s+(?:from|in)|[Bb]eginning\s+(?:from|in))\s+((?:19|20)\d\d)\b"
)


def _over_n_years(g: Groups, year: int, published: date) -> Resolved:  # "will rise to 70% over five years"
    return _next_n_years({"ahead": g["over"] or g.get("over_in")}, year, published)


def _years_to(g: Groups, year: int, published: date) -> Resolved:  # "in the five years to 2022"
    count = _COUNT_WORDS.get((g["n"] or "").lower()) or int(g["n"] or 1)
    return date(year - count + 1, 1, 1), date(year, 12, 31), False


def _coming_years(g: Groups, year: int, published: date) -> Resolved:  # "in the coming years"
    return published, None, False


def _today(g: Groups, year: int, published: date) -> Resolved:
    return published, published, False


def _last_month(g: Groups, year: int, published: date) -> Resolved:  # "last month": the calendar month before
    previous = published.replace(day=1) - relativedelta(months=1)
    return (*_month_range(previous.year, previous.month), False)


def _last_week(g: Groups, year: int, published: date) -> Resolved:
    # "last week": the calendar week (Monday to Sunday) before the week of publication
    monday = published - timedelta(days=published.weekday() + 7)
    return monday, monday + timedelta(days=6), False


def _next_month(g: Groups, year: int, published: date) -> Resolved:
    following = published.replace(day=1) + relativedelta(months=1)
    first, last = _month_range(following.year, following.month)
    return first, (None if g.get("from_next") else last), False


def _this_month(g: Groups, year: int, published: date) -> Resolved:
    return (*_month_range(published.year, published.month), False)


def _last_year_end(g: Groups, year: int, published: date) -> Resolved:
    return None, date(published.year - 1, 12, 31), True


def _next_year_end(g: Groups, year: int, published: date) -> Resolved:
    return None, date(published.year + 1, 12, 31), True


def _since_year_start(g: Groups, year: int, published: date) -> Resolved:
    return date(published.year, 1, 1), published, False


def _year_end(g: Groups, year: int, published: date) -> Resolved:
    return None, date(published.year, 12, 31), True


def _new_year_day(g: Groups, year: int, published: date) -> Resolved:
    return date(published.year, 1, 1), date(published.year, 1, 1), False


def _year_start_point(g: Groups, year: int, published: date) -> Resolved:  # "at the start of 2025"
    return date(year, 1, 1), date(year, 1, 1), False


def _year_end_point(g: Groups, year: int, published: date) -> Resolved:  # "as of the end of 2024": a stock
    return date(year, 12, 31), date(year, 12, 31), False


def _last_year_end_point(g: Groups, year: int, published: date) -> Resolved:
    return date(published.year - 1, 12, 31), date(published.year - 1, 12, 31), False


RESOLVERS: dict[str, Callable[[Groups, int, date], Resolved]] = {
    "range": _range, "school_year": _school_year, "part": _part, "months_of": _months_of, "first_month": _first_month, "months_in": _months_of, "month_words": _month_span, "deadline": _deadline, "day": _day_of,
    "day_span": _day_span, "day_range": _day_span, "year_start_to": _year_start_to, "month_to_day": _month_to_day, "first_days": _first_days, "month_range": _month_span, "from": _from, "since": _since, "month": _month,
    "year": _year, "this_year": _this_year, "from_year_rel": _from_year_rel, "last_year": _last_year, "previous_year": _previous_year, "next_year": _next_year, "whole_year": _whole_year,
    "last_n_years": _last_n_years, "past_year": _past_year, "next_n_years": _next_n_years, "over_n_years": _over_n_years, "years_to": _years_to, "today": _today, "coming_years": _coming_years, "now": _today, "last_month": _last_month, "next_month": _next_month, "from_next_month": _next_month, "new_year_day": _new_year_day, "last_week": _last_week, "past_week": _past_week, "this_month": _this_month, "already": _today, "last_year_end": _last_year_end, "next_year_end": _next_year_end, "since_year_start": _since_year_start, "year_end": _year_end,
    "year_end_point": _year_end_point, "last_year_end_point": _last_year_end_point, "since_century_start": _since_century_start, "since_independence": _since_independence, "school_year_due": _school_year_due,
    "year_start_point": _year_start_point, "before": _before, "part_end": _part_end, "month_end_point": _month_end_point,
    "month_start_point": _month_start_point,
    "year_to": _year_to,
    "quarter_span": _quarter_span, "months_to": _months_to, "quarters_of": _months_of, "n_month_period": _months_of, "season": _season,
    "heating": _heating_season, "day_span_words": _day_span, "since_last_year_start": _since_last_year_start,
    "month_edge": _month_edge, "yesterday": _yesterday, "marketing_year": _marketing_year, "glued": _glued,
    "year_to_date": _year_to_date, "years_ago": _years_ago, "year_before_last": _years_ago, "last_decade": _last_decade, "next_span": _next_span,
    "school_year_rel": _relative_school_year,
}  # fmt: skip

# Year-bearing phrases. Each is tried only at a year: the ones after it by `match` at the
# year's end, the ones before it by a search of the short stretch just before the year.
_DASH_RANGE = re.compile(rf"\s?[-–—/]\s?(?P<b>{_YEAR}|\d{{2}})\b")
# what may follow a figure, not a year: a scale word, a unit, a decimal part
_VALUE_AFTER = re.compile(
    r"[.,]\d|\s*(?:%|per\s*cent|thousand|million|billion|trillion|bn|mln|tonnes?|tons?|km|head|square|kwh)",
    re.I,
)


def _short_second_year(first: str, second: str, sentence: str, end: int) -> bool:
    """'2022-23', '2021–25': a two-digit year closing a range is a later year close by, and no
    value's scale or unit follows it."""
    gap = int(second) - int(first) % 100
    return 0 < gap <= 10 and not _VALUE_AFTER.match(sentence, end)


_TO_RANGE = re.compile(rf"\s+(?:to|and|till|until|through)\s+(?P<b>{_YEAR})\b", re.I)
_SCHOOL_YEAR_AFTER = re.compile(r"\s+(?:academic|school)\s+years?\b", re.I)
# "the 2024/25 marketing year" (July to June); "the 2024/25 season" of grain is the same year
_MARKETING_AFTER = re.compile(r"\s+(?:marketing\s+years?|(?P<season>season))\b", re.I)
_MARKETING_BEFORE = re.compile(r"\bmarketing\s+year\s+$", re.I)
_GRAIN_WORDS = re.compile(
    r"\b(?:grain|wheat|barley|flour|oilseeds?|harvest\w*|crops?|exports?|exported)\b", re.I
)
_HEATING_AFTER = re.compile(r"\s+heating\s+seasons?\b", re.I)
_WINTER_BEFORE = re.compile(r"\bwinter\s+(?:of\s+)?$", re.I)
_SEASON_AFTER = re.compile(r"\s+(?P<season>summer|spring|autumn)\s+season\b", re.I)
_SINCE_START_OF = re.compile(r"\bsince\s+the\s+(?:start|beginning|opening)\s+of\s+(?:the\s+)?$", re.I)
# "so far in 2025", "in 2025 to date": from January 1 of that year to the report
_SO_FAR_IN = re.compile(r"\b(?:so|thus)\s+far\s+in\s+$", re.I)
_TO_DATE_AFTER = re.compile(r"\s+(?:to\s+date|so\s+far|thus\s+far)\b", re.I)
# "beginning in 2026", "starting in 2026": a start with no end given
_STARTING_IN = re.compile(r"\b(?:starting|beginning)\s+in\s+$", re.I)
# "Q1-Q3 2025", "1Q-3Q 2025": a span of quarters (its last word alone would be the last quarter)
_QUARTER_CODES_BEFORE = re.compile(
    r"\b(?P<q1>Q[1-4]|[1-4]Q)\s?[-–—]\s?(?P<q2>Q[1-4]|[1-4]Q)\s+(?:of\s+)?$", re.I
)
_QUARTER_AFTER = re.compile(r"\s+(?P<part>Q[1-4]|H[12])\b")
_RANGE_FROM = re.compile(r"\b(?:from|between)\s+$", re.I)
# "since its launch in June 2024", "since it was introduced / it started in 2021": the count runs from then
_SINCE_EVENT = (
    # ("since the initiative's launch in 2021": a possessive names whose start it was)
    r"(?:(?:its|their|the(?:\s+[a-z]+['’]s)?)\s+(?:launch|start|opening|creation|introduction|inception)"
    # ("since it started work in 2021", "since they began operations in 2019": the verb's object)
    r"|(?:it|they)\s+(?:(?:was|were)\s+)?(?:[a-z]+ed|began|begun)(?:\s+(?:work|operations?|operating|production|trading))?)\s+in\s+"
)
# "the rate took effect on January 1, 2022", "came into force on July 1": what holds from that day on
# "the interventions, which started on November 16, cost $1 billion": a span opened that day
_STARTED_ON = r"(?:started|began|begun|commenced)\s+on"
_IN_FORCE = r"(?:t[ao]ok|takes?|taking)\s+effect\s+(?:on|from)|(?:c[ao]me|comes|coming)\s+into\s+(?:force|effect)\s+(?:on|from)"
# "1 October", "1st October", "October 1", "October 1st,"
# the days a month can end on, read as that month's end ("the nine months to September 30")
_MONTH_LAST_DAY = r"(?:2[89]|3[01])(?:st|nd|th)?"
_DAY_MONTH = rf"(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{_MONTH})|(?P<m_>{_MONTH})\s+(?P<d_>\d{{1,2}})(?:st|nd|rd|th)?,?)"
_PART_NAME = (
    rf"(?:first|second|1st|2nd)\s+half|(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|{_ROMAN_PART}"
)
_BEFORE_YEAR_PHRASES = {
    # "at the end of the fourth quarter of 2019": a day; "by the end of the first half of 2026": a deadline
    "part_end": re.compile(
        rf"\b(?:(?P<lead>by|until|till|at|as\s+of|as\s+at)\s+)?the\s+end\s+of\s+(?:the\s+)?"
        rf"(?P<part>{_PART_NAME}|Q[1-4]|H[12])\s+(?:of\s+)?$",
        re.I,
    ),
    "month_end_point": re.compile(
        rf"\b(?:(?:at|as\s+of|as\s+at)\s+(?:the\s+(?:end|close)\s+of\s+|end-)|in\s+the\s+end\s+of\s+)(?P<m>{_MONTH})\s+$",
        re.I,
    ),
    # "from 1 January to 30 September 2025", "between January 1 and September 30, 2025"
    "day_range": re.compile(
        rf"\b(?:between|from)\s+(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{_MONTH})|(?P<m_>{_MONTH})\s+(?P<d_>\d{{1,2}})"
        rf"(?:st|nd|rd|th)?)\s+(?:and|to|till|until|through)\s+(?:(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH})"
        rf"|(?P<m2_>{_MONTH})\s+(?P<d2_>\d{{1,2}})(?:st|nd|rd|th)?,?)\s+$",
        re.I,
    ),
    # "the nine months to September 2025", "the quarter to June 2025"
    "months_to": re.compile(
        rf"\b(?:the\s+)?(?:(?P<n>{_COUNT})\s+(?:months|(?P<quarters>quarters))|(?P<q>quarter)|(?P<h>half[-\s]year))"
        rf"\s+(?:to|through|ended|ending)\s+(?:the\s+end\s+of\s+)?(?P<m>{_MONTH})\s+$",
        re.I,
    ),
    # "the second and third quarters of 2025"
    "quarter_span": re.compile(
        r"\b(?:the\s+)?(?P<q1>first|second|third)\s+(?:and|to|through)\s+(?P<q2>second|third|fourth)\s+quarters\s+(?:of\s+)?$",
        re.I,
    ),
    # "summer 2025", "the spring of 2025", "in the fall of 2024" (a winter's year is left unread)
    "season": re.compile(
        r"\b(?:(?P<season>summer|spring|autumn)|(?:the|in)\s+(?P<season_>fall))\s+(?:season\s+)?(?:of\s+)?$",
        re.I,
    ),
    # "in the year to June 2025", "the 12 months to September 30, 2025": twelve months to that day
    "year_to": re.compile(
        rf"\b(?:in|over|during|for)\s+the\s+(?:year|12\s+months|twelve\s+months)\s+(?:to|through|ended|ending)\s+"
        rf"(?:the\s+end\s+of\s+)?(?:{_DAY_MONTH}|(?P<m__>{_MONTH}))\s+$",
        re.I,
    ),
    # "the fund held at the start of January 2025": the month's first day, not the month; so is a
    # stock "as of January 2023" (FORMAT.md: a month without a day is its first day)
    "month_start_point": re.compile(
        rf"\b(?:(?:at|as\s+of|as\s+at|on)\s+the\s+(?:start|beginning)\s+of\s+(?P<m>{_MONTH})"
        rf"|(?:as\s+of|as\s+at)\s+(?P<m_>{_MONTH}))\s+$",
        re.I,
    ),
    "part": re.compile(
        # ("the first half-year of 2021": the half, as "the first half of 2021")
        rf"\b(?:the\s+)?(?P<part>(?:first|second|1st|2nd)\s+half(?:[-\s]year)?|(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|Q[1-4]|H[12]|{_ROMAN_PART}"
        # ("the first quarter of year 2016", "the first half of the year 2019": the year named so)
        r"|(?:last|final)\s+quarter(?=\s+of\s))\s+(?:of\s+(?:the\s+)?(?:year\s+)?)?$",
        re.I,
    ),
    "months_of": re.compile(rf"\b(?P<n>{_COUNT})\s+(?:months|(?P<quarters>quarters))\s+of\s+$", re.I),
    # "in the five years to 2022": the years that end with that one
    "years_to": re.compile(
        rf"\b(?:in|over|during)\s+the\s+(?:past\s+|last\s+)?(?P<n>{_COUNT})\s+years\s+(?:to|through)\s+$",
        re.I,
    ),
    "deadline": re.compile(
        # "by the end of 2027", "by the close of 2027", "by end-2027", "by the middle of 2026"
        rf"\b(?:by|until|till|up to|through|no\s+later\s+than|before(?=\s+the\s+end\s))\s+"
        rf"(?:the\s+(?:end|close|(?P<mid>middle))\s+of\s+|(?:end|(?P<mid_>mid))-)?"
        rf"(?:{_DAY_MONTH}\s+|(?P<m__>{_MONTH})\s+)?$",
        re.I,
    ),
    "from": re.compile(
        rf"\b(?:from|starting(?:\s+(?:from|in))?|beginning\s+(?:in|from)|effective|{_IN_FORCE}|{_STARTED_ON})\s+"
        rf"(?:{_DAY_MONTH}|(?P<m__>{_MONTH}),?)\s+$",
        re.I,
    ),
    # "on 29-30 May 2025", "May 29-30, 2025": a span of days
    "day_span": re.compile(
        rf"\b(?:(?P<d>\d{{1,2}})\s?[-–]\s?(?P<d2>\d{{1,2}})\s+(?P<m>{_MONTH})"
        rf"|(?P<m_>{_MONTH})\s+(?P<d_>\d{{1,2}})\s?[-–]\s?(?P<d2_>\d{{1,2}}),?)\s+$",
        re.I,
    ),
    "day": re.compile(rf"\b(?:(?:as of|as at|on)\s+)?{_DAY_MONTH}\s+$", re.I),
    "since": re.compile(
        # "since January 1, 2023": a day as well as a month starts the count
        # ("since early 2022": from that year's start, as "since the beginning of 2022")
        # ("since at least 2007", "since as far back as 2015": a hedge on the start, +fs42en)
        rf"\b(?:since|(?P<from_word>from))\s+(?:(?:at\s+least|as\s+(?:far\s+back|early)\s+as)\s+)?"
        rf"(?:the\s+(?:beginning|start)\s+of\s+|early\s+|{_SINCE_EVENT})?"
        rf"(?:{_DAY_MONTH}\s+|(?P<m__>{_MONTH})\s+)?$",
        re.I,
    ),
    "month_range": re.compile(
        rf"\b(?:(?P<m1>{_MONTH})\s?[-–—]\s?|(?:between\s+(?P<m1_>{_MONTH})\s+and|(?:(?:from|since)\s+)?(?P<m1__>{_MONTH})\s+"
        # ("For January-June, 2017": a comma before the year, as some wire copy writes it)
        # ("in January and February of 2021": two months side by side after "in" are one span)
        rf"(?:(?:up\s+)?to|through|till|until)|(?:in|during|for|over)\s+(?P<m1___>{_MONTH})\s+and)\s+)(?P<m>{_MONTH}),?\s+(?:period\s+)?(?:of\s+|in\s+)?$",
        re.I,
    ),
    # "as of end-2024", "at end-2024": the year's last day, as "as of the end of 2024"
    # ("in the end of 2023": the translated "в конце 2023 года")
    "year_end_point": re.compile(
        r"\b(?:(?:as\s+of|as\s+at|at)\s+(?:(?:the\s+)?(?:end|close)\s+of\s+|end-|year[-\s]end\s+)|in\s+the\s+end\s+of\s+)$",
        re.I,
    ),
    # ("at start of 2023": a headline drops the article)
    "year_start_point": re.compile(
        r"\b(?:as\s+of|as\s+at|at|on)\s+(?:the\s+)?(?:start|beginning)\s+of\s+$", re.I
    ),
    # ("compared with December, 2017": a comma before the year, as in "January-June, 2017")
    "month": re.compile(rf"\b(?P<m>{_MONTH}),?\s+(?:of\s+)?$", re.I),
    "before": re.compile(r"\bbefore\s+$", re.I),
}
_POINT_WORD = {
    "year_end_point": ("end", "close"),
    "year_start_point": ("of",),
    "part_end": ("end",),
    "month_end_point": ("end",),
}  # what the phrase needs before the year (one of these words)
_DAY_AND_MONTH = (
    "day_range",
    "year_to",
    "months_to",
    "month_range",  # "from January through September 2025": not a deadline "through September"
    "deadline",
    "month_end_point",
    "month_start_point",
    "from",
    "since",
    "day_span",
    "day",
    "month",
)
# Which phrases the last word before a year allows, in priority order.
_BY_LAST_WORD = {
    **dict.fromkeys(["half", "quarter", "q1", "q2", "q3", "q4", "h1", "h2"], ("part_end", "part", "months_of", "deadline", "month")),
    **dict.fromkeys(_MONTH_NAMES, _DAY_AND_MONTH),
    **dict.fromkeys(["by", "until", "till", "to", "through"], ("years_to", "deadline")),
    **dict.fromkeys(["end", "mid"], ("deadline", "year_end_point")),  # "by end-2027", "by mid-2026", "as of end-2024"
    **dict.fromkeys(["since", "from", "early"], ("since",)),  # ("since early 2022")
    **dict.fromkeys(["least", "as"], ("since",)),  # "since at least 2007", "since as early as 2015"
    "in": ("since", "month_range"),  # "from January to June in 2020": one span
    "before": ("before",),
    **dict.fromkeys(["of"], ("part_end", "part", "months_of", "quarter_span", "since", "deadline", "year_end_point", "year_start_point", "month_range", "season", "month")),
    "quarters": ("quarter_span",),
    **dict.fromkeys(["summer", "spring", "autumn", "fall", "season"], ("season",)),
    "period": ("month_range",),  # "the January-October period 2025"
    "year": ("part",),  # "the first quarter of year 2016", "the first half of the year 2019"
    "than": ("deadline",),  # "no later than 2027"
}  # fmt: skip
_DAY_WORD = re.compile(r"\d{1,2}(?:st|nd|rd|th)?,?")
# the last word before a year in analysts' shorthand: "9m" (months), "1h", "3q" (lower-cased)
_SHORTHAND = re.compile(r"(?P<n>[1-9]|1[01])m|(?P<part>[12]h|[1-4]q)")

# Phrases without a year, tried over the whole sentence in this order.
# "the first five months of last year", "the first half of the previous year": the year before the
# publication's (last) or the scope's (previous), one span with its part, not two periods
_YEAR_BEFORE = r"(?P<last>last|the\s+past)|(?P<previous>the\s+previous|the\s+preceding)"
_YEAR_BEFORE_ = r"(?P<last_>last|the\s+past)|(?P<previous_>the\s+previous|the\s+preceding)"
_YEARLESS: list[tuple[re.Pattern[str], str]] = [  # fmt: skip
    # "from the beginning of the year to April 1": the span the start opens and the day closes;
    # "since the start of this year through May", "... to the end of May": that month's last day
    (re.compile(rf"\b(?:from|since)\s+the\s+(?:beginning|start)\s+of\s+(?:the|(?P<this>this))\s+year\s+"
                rf"(?:to|till|until|through)\s+(?:{_DAY_MONTH}|(?:the\s+end\s+of\s+)?(?P<whole>{_MONTH})(?![.\s]*\d))",
                re.I), "year_start_to"),
    # "since / from the beginning of the year" (not "from the beginning of the year to April 1", above)
    # ("since the year beginning", "since the year's start": the same, as translated news writes it)
    # ("since the beginning of year": the article left out, as translated news often does)
    (re.compile(r"\b(?:since|from)\s+the\s+(?:(?:beginning|start)\s+of\s+(?:(?:the|this|the\s+current)\s+)?year"
                r"|year(?:['’]s)?\s+(?:beginning|start))\b", re.I), "since_year_start"),
    # ("since last year": from the start of that year, as "since 2023" is)
    (re.compile(r"\bsince\s+(?:the\s+(?:beginning|start)\s+of\s+)?last\s+year\b", re.I), "since_last_year_start"),
    (re.compile(r"\b(?:by|until|till|before)\s+(?:the\s+)?(?:end\s+of\s+(?:the|this|the\s+current)\s+year|year[-\s]?end|year['’]s\s+end)\b"
                r"|\bbefore\s+the\s+year\s+is\s+(?:out|over)\b", re.I), "year_end"),  # ("by year's end")
    # "In 2023 the city allocated ...; by the middle of that year ...": the year named before
    (re.compile(r"\b(?:by|until|till)\s+the\s+(?:end|(?P<mid>middle))\s+of\s+(?:that|the\s+same)\s+year\b", re.I),
     "that_year_deadline"),
    (re.compile(r"\b(?:(?:as of|as at|on)\s+)?(?:the\s+)?(?:beginning|start)\s+of\s+(?:the|this)\s+year\b", re.I),
     "year_start"),
    # "On the first day of the new year, the rate was about 340": 1 January of the year the report
    # is in, whatever year the narrative was looking back on
    (re.compile(r"\b(?:on\s+)?the\s+first\s+day\s+of\s+the\s+new\s+year\b", re.I), "new_year_day"),
    # ("As of the year-end the rate will hit 60%": the year's last day, as "as of the end of the year")
    (re.compile(r"\b(?:as\s+of|as\s+at|at)\s+(?:the\s+)?(?:(?:end|close)\s+of\s+(?:the|this)\s+year|year[-\s]end)\b", re.I),
     "year_end_point"),
    # "by the end of the second quarter, ... had fallen to 236": the quarter's last day, not the quarter
    (re.compile(rf"\b(?:(?P<lead>by|until|till|at|as\s+of|as\s+at)\s+)?the\s+end\s+of\s+the\s+(?P<part>{_PART_NAME})"
                rf"(?:\s+of\s+(?:the|(?P<this>this|the\s+current)|{_YEAR_BEFORE})\s+year)?\b", re.I), "part_end"),
    # "the second and third quarters", "Q1-Q3": a span of quarters; "the first three quarters": nine months
    (re.compile(r"\b(?:the\s+)?(?P<q1>first|second|third)\s+(?:and|to|through)\s+(?P<q2>second|third|fourth)\s+quarters\b"
                rf"(?:\s+of\s+(?:the|(?P<this>this|the\s+current)|{_YEAR_BEFORE})\s+year)?", re.I), "quarter_span"),
    (re.compile(r"\b(?P<q1>(?-i:Q[1-4]))\s?[-–—]\s?(?P<q2>(?-i:Q[1-4]))\b(?![\s,]*(?:of\s+)?(?:19|20)\d{2})", re.I),
     "quarter_span"),
    (re.compile(r"\b(?:the\s+)?first\s+(?P<n>two|three|2|3)\s+(?P<quarters>quarters)\b"
                rf"(?:\s+of\s+(?:the|(?P<this>this|the\s+current)|{_YEAR_BEFORE})\s+year)?", re.I), "quarters_of"),
    (re.compile(rf"\b(?:the\s+)?(?P<part>(?:first|second|1st|2nd)\s+half(?:[-\s]year)?|(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|{_ROMAN_PART}"
                r"|(?:last|final)\s+quarter(?=\s+of\s+(?:the|this|last|the\s+current|the\s+previous)\s+year\b))"
                rf"(?:\s+of\s+(?:the|(?P<this>this|the\s+current)|{_YEAR_BEFORE})\s+year)?\b", re.I), "part"),
    # "in H1", "in Q3", "in 3Q": the part of the year in scope (written in capitals; not before a year, read there)
    (re.compile(r"\b(?:in|during|for|over)\s+(?:the\s+)?(?P<part>(?-i:Q[1-4]|H[12])|[1-4](?-i:Q)|[12](?-i:H))\b"
                r"(?![\s,]*(?:of\s+)?(?:19|20)\d{2})", re.I), "part"),
    # "the nine-month period", "over the 10-month period": the report's months from January
    (re.compile(rf"\b(?:in|over|during|for)\s+the\s+(?:first\s+)?(?P<n>{_COUNT})-month\s+period\b"
                rf"(?![\s,]*(?:of\s+)?(?:19|20)\d{{2}})", re.I), "n_month_period"),
    # "at the half-year mark", "by the half-year point": a report's first six months, the "mark" not a deadline
    (re.compile(r"\b(?:at|by|as\s+of)\s+the\s+(?P<part>half[-\s]year)\s+(?:mark|point|stage)\b", re.I), "part"),
    # "in the year to June", "the 12 months to September 30": twelve months to that day
    (re.compile(rf"\b(?:in|over|during|for)\s+the\s+(?:year|12\s+months|twelve\s+months)\s+(?:to|through|ended|ending)\s+"
                rf"(?:the\s+end\s+of\s+)?(?:{_DAY_MONTH}|(?P<m__>{_MONTH}))(?![.\s]*\d)", re.I), "year_to"),
    # "the nine months to September", "the quarter to June": so many months up to that month
    # ("the nine months to September 30", "the six months ended 30 June": the month's last day
    # closes the same span, no day of its own)
    (re.compile(rf"\b(?:the\s+)?(?:(?P<n>{_COUNT})\s+(?:months|(?P<quarters>quarters))|(?P<q>quarter)|(?P<h>half[-\s]year))"
                rf"\s+(?:to|through|ended|ending)\s+(?:the\s+end\s+of\s+|{_MONTH_LAST_DAY}\s+(?={_MONTH}))?(?P<m>{_MONTH})"
                rf"(?:\s+{_MONTH_LAST_DAY}\b)?(?![.,\s]*\d)", re.I), "months_to"),
    # "over the past 12 months": the twelve months up to the report, not a count of months from January
    (re.compile(r"\b(?:over|in|during|for)\s+the\s+(?:past|last)\s+(?:12|twelve)\s+months\b", re.I), "past_year"),
    # "FY2024", "9M25", "1H2025", "3Q25": analysts' shorthand glued to its year
    (re.compile(r"\b(?:(?P<fy>(?-i:FY))|(?P<n>1[01]|[1-9])(?-i:M)|(?P<part>[12](?-i:H)|[1-4](?-i:Q)))"
                r"(?P<gy>(?:19|20)\d{2}|\d{2})\b", re.I), "glued"),
    # "in the first month of the year" (a rendering of "за первый месяц года"): January
    (re.compile(r"\bthe\s+first\s+month\s+of\s+(?:the|this|the\s+current)\s+year\b", re.I), "first_month"),
    # "over the same six months": the report's months again
    (re.compile(rf"\b(?:the\s+(?:first\s+|(?P<past>past\s+|last\s+)|same\s+)?|first\s+)(?P<n>{_COUNT})\s+months\b"
                rf"(?P<of_year>\s+of\s+(?:the|(?P<this>this|the\s+current)|{_YEAR_BEFORE})\s+year)?"
                rf"|\b(?P<n_>{_COUNT})\s+months\s+of\s+(?:the|(?P<this_>this|the\s+current)|{_YEAR_BEFORE_})\s+year\b", re.I), "months_of"),
    # "in ten months", "over the ten months", "according to the results of four months" (a rendering
    # of "по итогам четырёх месяцев"): a report's span; "will be built in 18 months" is a duration
    # ("In the space of 5 months, 24.7 billion tenge have been invested": the same span)
    (re.compile(rf"\b(?:in(?:\s+the\s+space\s+of)?|over|during|(?:according\s+to|following|based\s+on|on|by)\s+(?:the\s+)?results\s+of)"
                rf"\s+(?:the\s+)?(?P<n>{_COUNT})\s+months\b"
                rf"(?!\s+(?:time|ahead|later|after|before|from)\b)", re.I), "months_in"),
    # "The volume of works for 7 months made up 100.7 billion", "For 7 months, the region produced":
    # a rendering of "за 7 месяцев" (a bare "for 7 months" after a verb is a duration: "closed for 7 months")
    # ("For six months the retail trade has amounted to 4 trillion": the subject, then a verb of amount)
    (re.compile(rf"(?:^|(?<=[.!?]\s))For\s+(?:the\s+)?(?P<n>{_COUNT})\s+months\b"
                r"(?=\s*,|\s+[^.,;!?]{0,60}?\b(?:has\s+|have\s+)?(?:made\s+up|amounted|reached|totall?ed|came\s+to)\b)"
                rf"|\bfor\s+(?:the\s+)?(?P<n_>{_COUNT})\s+months\b(?=\s+(?:made\s+up|amounted|reached|totall?ed|came\s+to"
                r"|stood|grew|rose|increased|decreased|fell|declined)\b)"), "months_in"),
    # "from January to December 1": the first month's start to the day that closes the span
    (re.compile(rf"\b(?:from|since)\s+(?P<m1>{_MONTH})\s+(?:(?:up\s+)?to|till|until|through)\s+{_DAY_MONTH}"
                rf"(?!\s*,?\s*{_YEAR})", re.I), "month_to_day"),
    # "in January and February of this year": two months side by side after "in" are one span, as
    # "January-February" is (not "in January and 7% in February": a figure between them)
    # ("Since January up to August", "since January till August": a span closed by its last month)
    (re.compile(rf"\b(?:between\s+(?P<m1>{_MONTH})\s+and|(?:(?:from|since)\s+)?(?P<m1_>{_MONTH})\s+(?:(?:up\s+)?to|through|till|until)"
                rf"|(?:in|during|for|over)\s+(?P<m1__>{_MONTH})\s+and)"
                rf"\s+(?P<m>{_MONTH})(?![.\s]*\d)", re.I), "month_words"),
    (re.compile(rf"\b(?:between|from)\s+{_DAY_MONTH}\s+(?:and|to|till|until)\s+"
                rf"(?:(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH})|(?P<m2_>{_MONTH})\s+(?P<d2_>\d{{1,2}}))", re.I), "day_range"),
    (re.compile(rf"\b(?:by|until|till)\s+(?:the\s+end\s+of\s+|end-)?(?P<m>{_MONTH})(?![.\s]*\d)", re.I), "deadline"),
    # "rose to 1.3 million at the end of April": a stock on the month's last day
    # ("in the end of August": the translated "в конце августа")
    (re.compile(rf"\b(?:(?:at|as\s+of|as\s+at)\s+(?:the\s+(?:end|close)\s+of\s+|end-)|in\s+the\s+end\s+of\s+)(?P<m>{_MONTH})(?![.\s]*\d)", re.I),
     "month_end_point"),
    (re.compile(rf"\b(?:(?:at|as\s+of|as\s+at|on)\s+the\s+(?:start|beginning)\s+of\s+(?P<m>{_MONTH})"
                rf"|(?:as\s+of|as\s+at)\s+(?P<m_>{_MONTH}))(?![.\s]*\d)", re.I), "month_start_point"),
    (re.compile(rf"\bsince\s+(?:the\s+(?:beginning|start)\s+of\s+|{_SINCE_EVENT})?(?P<m>{_MONTH})(?![.\s]*\d)", re.I),
     "since"),
    (re.compile(rf"\b(?:the\s+)?first\s+(?:(?P<n>{_COUNT})\s+)?(?P<unit>weeks?|days?)\s+of\s+(?P<m>{_MONTH})", re.I), "first_days"),
    (re.compile(rf"\b(?P<m1>{_MONTH})\s?[-–—]\s?(?P<m>{_MONTH})", re.I), "month_range"),
    (re.compile(rf"\b(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}})\s?[-–]\s?(?P<d2>\d{{1,2}})\b", re.I), "day_span"),
    # "between 1 and 15 November", "from November 1 to 15": a span of days in words
    (re.compile(rf"\bbetween\s+(?P<d>\d{{1,2}})\s+and\s+(?P<d2>\d{{1,2}})\s+(?P<m>{_MONTH})(?!\s*,?\s*{_YEAR})"
                # (not "will rise from July 1 to 14 tenge": a level after "to", not a day)
                rf"|\bfrom\s+(?P<m_>{_MONTH})\s+(?P<d_>\d{{1,2}})\s+(?:to|till|until|through)\s+(?P<d2_>\d{{1,2}})\b(?![.,]\d)(?!\s*,?\s*{_YEAR})"
                r"(?!\s*(?:%|per\s?cent|percent|tenge|KZT|dollars?|euros?|roubles?|rubles?|thousand|million|billion|trillion"
                r"|tons?|tonnes?|times|degrees|hours|days|years|months|weeks)\b)",
                re.I), "day_span_words"),
    # "on 29-30 May": the same span with the day first
    (re.compile(rf"\b(?P<d>\d{{1,2}})\s?[-–]\s?(?P<d2>\d{{1,2}})\s+(?P<m>{_MONTH})(?!\s*,?\s*{_YEAR})", re.I), "day_span"),
    (re.compile(rf"\b{_DAY_MONTH}(?!\s*,?\s*{_YEAR})", re.I), "day"),
    # "by month: July – 41 thousand tonnes; August – 43 thousand tonnes": a month heading its row
    # (not "May – 2025 was a record month": a year after the dash)
    # (a row reports what was: "started", so not the month still ahead)
    (re.compile(rf"(?:(?<=: )|(?<=; )|(?<=\n)|^)(?P<m>{_MONTH})(?!\s*[-–—]\s*(?:19|20)\d{2}(?!\d))(?=(?P<started>\s*[-–—]\s*\d))", re.I), "month"),
    # "in April (14%), July (14.5%) and October (16%)": a list's month members after the first,
    # each heading its bracketed figure, their "in" left out
    (re.compile(rf"(?:(?<=, )|(?<=\band ))(?P<m>{_MONTH})(?=\s*\(\s*(?:from\s+|to\s+)?[-+−]?\d)", re.I), "month"),
    # "compared with 11.6% last October": a named month of the year before the report's (read only
    # where that is plain: see _last_month_plain)
    (re.compile(rf"\b(?P<last>last)\s+(?P<m>{_MONTH})(?!\s*\d|\s*,?\s*{_YEAR}\b)", re.I), "month"),
    # "in May last year", "the level of May of last year": that month of the year before the report's
    # (the year is written: no doubt left for _last_month_plain to weigh)
    (re.compile(rf"\b(?:(?:in|during|for|over)\s+)?(?P<m>{_MONTH})\s+(?:of\s+)?(?P<last>last)(?P<year_named>\s+year)\b", re.I),
     "month"),
    # "June alone contributed 220,671 tonnes": a month as the subject, singled out of a span told
    # before (+fs30en)
    (re.compile(rf"(?:^|(?<=\. ))(?P<m>{_MONTH})(?=\s+alone\b)", re.I), "month"),
    # "in November", "in mid-November", "late November"
    (re.compile(rf"\b(?:(?:in|during|for|over)\s+(?:the\s+month\s+of\s+)?(?:(?:early|mid|late)[-\s])?|(?:early|mid|late)[-\s])(?P<m>{_MONTH})"
                rf"(?!\s*\d|\s*,?\s*{_YEAR}\b)", re.I), "month"),  # not a day's or a year's month
]  # fmt: skip
_PART_CODE = re.compile(r"\b(?:[QH][1-4]|[1-4][QH])\b")  # "in H1", "in Q3", "in 3Q"
_GLUED_HINT = re.compile(r"FY\d|\d[MHQ]\d")  # "FY2024", "9M25", "1H2025"
# every match of _GLUED_HINT (case-sensitive) holds one of these: four `in` tests spare most
# sentences the scan, which tries the pattern at every character
_GLUED_LETTERS = ("M", "H", "Q", "FY")


def _may_be_glued(sentence: str) -> bool:
    """Whether _GLUED_HINT finds a glued code in the sentence."""
    for letters in _GLUED_LETTERS:
        if letters in sentence:
            return bool(_GLUED_HINT.search(sentence))
    return False


# What each kind needs in the sentence: a cheap test spares most sentences most patterns.
_GATE = {"n_month_period": "n_month", "day_span_words": "month", "since_last_year_start": "year", "quarter_span": "part", "quarters_of": "part", "months_to": "month", "past_year": "months", "glued": "glued", "part_end": "part", "month_end_point": "month", "month_start_point": "month", "year_to": "month", "year_start_to": "year", "month_to_day": "month", "since_year_start": "year", "year_end": "year", "that_year_deadline": "year", "year_start": "year", "new_year_day": "year", "year_end_point": "year_end", "month_words": "month_words", "part": "part", "months_of": "months", "months_in": "months", "first_month": "year",
         "day_range": "month", "deadline": "month", "since": "since", "first_days": "month", "month_range": "month", "day_span": "month", "day": "month",
         "month": "month"}  # fmt: skip
# ... and on printable ASCII text, with typographic marks or without (where an ASCII word
# matches only its own letters in any case) one of these lower-cased words, which every match of
# the kind's pattern holds.
_GATE_WORDS = {"day_span_words": ("between", "from"), "since_last_year_start": ("since",), "months_to": ("months", "quarter", "half"), "quarters_of": ("quarters",), "part_end": ("end",), "month_end_point": ("end", "close"), "month_start_point": ("start", "beginning", "as "), "year_start_to": ("beginning", "start"), "month_to_day": ("from", "since"), "since_year_start": ("since", "from"), "year_end": ("end", "before"), "that_year_deadline": ("that", "same"), "year_start": ("beginning", "start"), "new_year_day": ("first day",),
               "day_range": ("between", "from"), "deadline": ("by", "until", "till"), "first_days": ("first",), "first_month": ("first",),
               "month_range": ("-", "–", "—"), "day_span": ("-", "–", "—")}  # fmt: skip
_ANY_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)
_IN_FORCE_AT = re.compile(_IN_FORCE, re.I)
_LEAD_BEFORE = re.compile(
    rf"\b(?P<lead>{_IN_FORCE}|{_STARTED_ON}|as of|as at|on|by|until|till|from|since|starting from|effective)\s+$",
    re.I,
)
_STARTED_ON_AT = re.compile(_STARTED_ON, re.I)
_RELATIVE_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(?:a|one)\s+year\s+(?:earlier|ago|before)\b", re.I), "last_year"),
    (
        re.compile(r"\b(?:by|until)\s+the\s+end\s+of\s+(?:last|the\s+previous|the\s+past)\s+year\b", re.I),
        "last_year_end",
    ),
    (
        re.compile(
            # ("at the close of last year": the same day, as "at the close of April" is, +ps41en)
            r"\b(?:as\s+of|as\s+at|at)\s+the\s+(?:end|close)\s+of\s+(?:last|the\s+previous|the\s+past)\s+year\b",
            re.I,
        ),
        "last_year_end_point",
    ),
    # "is to reach 40 thousand by the end of next year": a deadline, not the whole year
    (
        re.compile(r"\b(?:by|until|till)\s+(?:the\s+end\s+of\s+)?(?:next|the\s+coming)\s+year\b", re.I),
        "next_year_end",
    ),
    # "at the end of last month", "at the start of this month": a stock's day
    (
        re.compile(
            r"\b(?:at|as\s+of|as\s+at)\s+the\s+(?P<edge>end|start|beginning)\s+of\s+"
            r"(?P<edge_which>last|this|the\s+current|the\s+previous)\s+month\b",
            re.I,
        ),
        "month_edge",
    ),
    (re.compile(r"\byesterday\b", re.I), "yesterday"),
    (re.compile(r"\blast\s+month\b", re.I), "last_month"),
    # "is going to be increased ... starting next month": from the next month's first day on (a start,
    # which the next sentence's change may carry); a bare "next month" is that month, a weak period
    (
        re.compile(
            r"\b(?P<from_next>(?:starting|beginning|effective)\s+(?:from\s+)?|from\s+)next\s+month\b", re.I
        ),
        "from_next_month",
    ),
    (re.compile(r"\bnext\s+month\b", re.I), "next_month"),
    (re.compile(r"\b(?:last|the\s+previous)\s+week\b", re.I), "last_week"),
    # "over the past week", "over the week", "in seven days": the seven days up to the report
    # ("in seven days" only right after a change in percent: "rose by 1.3% in seven days")
    (
        re.compile(
            r"\b(?:over|during)\s+the\s+(?:(?:past|last)\s+)?week\b(?!\s+(?:earlier|before|ago))"
            r"|\b(?:over|during|in)\s+the\s+(?:past|last)\s+(?:week\b(?!\s+(?:earlier|before|ago))|seven\s+days\b)"
            r"|(?<=% )in\s+seven\s+days\b",
            re.I,
        ),
        "past_week",
    ),
    (re.compile(r"\b(?:this|the\s+current)\s+month\b", re.I), "this_month"),
    # "so far this year": from the year's start to the report, not the whole year
    # "year to date", "thus far this year", "so far in the year"
    (
        re.compile(
            r"\b(?:so|thus)\s+far\s+(?:in\s+)?(?:this|the|the\s+current)\s+year\b|\b(?:this|the)\s+year\s+(?:so|thus)\s+far\b"
            r"|\b(?:(?:in|over)\s+)?(?:the\s+)?year[-\s]to[-\s]date\b",
            re.I,
        ),
        "since_year_start",
    ),
    # "this summer", "last winter", "in the spring", "during the summer season" (FORMAT.md's seasons)
    (
        re.compile(
            # ("over the past three summer months": the last summer over, told by its months)
            r"\b(?:(?P<season_which>this(?:\s+past)?|last|next|the\s+coming|the\s+past|the\s+previous)\s+"
            r"(?:(?:three|3)\s+(?=(?:summer|spring|autumn|winter)\s+months\b))?"
            r"|(?:in|during|over|through|throughout)\s+(?:the\s+"
            r"(?:(?:three|3)\s+(?=(?:summer|spring|autumn|winter)\s+months\b))?"
            # ("in spring", "during summer" without "the", as "in the spring": +pb44en)
            r"|(?=(?:summer|spring|autumn|winter)\b))"
            # "for the spring campaign", "for this year's spring sowing campaign": a farm campaign's season
            # ("spring field work" is labelled both as the season and as the year: left to the year)
            r"|(?:for|during|in)\s+(?:the\s+|this\s+year['’]s\s+)?(?=(?:spring|autumn)\s+"
            r"(?:sowing\s+|field\s+|harvest(?:ing)?\s+)?campaign\b))"
            # ("this spring's floods": the season names an event, it dates nothing)
            r"(?P<season>summer|spring|autumn|winter|fall(?!\s+(?:in|of)\b))\b(?!['’]s\b)(?:\s+season\b)?"
            r"(?P<campaign>\s+(?:sowing\s+|field\s+|harvest(?:ing)?\s+)?campaign\b)?"
            # "in the summer of this year"
            r"(?:\s+of\s+(?P<season_year>this|last|the\s+current|the\s+previous)\s+year\b)?",
            re.I,
        ),
        "season",
    ),
    # "this heating season", "during the heating season": October to April
    (
        re.compile(
            r"\b(?:(?P<heat_which>this|last|next|the\s+coming|the\s+past|the\s+previous|the\s+current)\s+"
            # (not "stockpiled for the heating season": what it is for, not when)
            r"|(?:in|during|over|throughout)\s+the\s+(?:(?P<heat_which2>current|coming|next|last|past|previous)\s+)?)"
            r"heating\s+season\b",
            re.I,
        ),
        "heating",
    ),
    # "the year before last", "two years ago": the calendar year so many before the report's
    (
        re.compile(
            r"\b(?P<ago>two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+years\s+ago\b",
            re.I,
        ),
        "years_ago",
    ),
    (re.compile(r"\b(?:in\s+)?the\s+year\s+before\s+last\b", re.I), "year_before_last"),
    # "over the past year" (a rolling twelve months; "last year" alone is the calendar year)
    (
        re.compile(r"\bover\s+the\s+(?:past|last)\s+year\b(?!\s+(?:earlier|ago|before))", re.I),
        "past_year",
    ),
    (re.compile(r"\b(?:over|in|during|for)\s+the\s+(?:past|last)\s+decade\b", re.I), "last_decade"),
    (
        re.compile(
            r"\b(?:over|in|during|within|for)\s+the\s+(?:next|coming)\s+(?:(?:12|twelve)\s+months|(?P<decade>decade))\b",
            re.I,
        ),
        "next_span",
    ),
    # "those projects still delivered 31.6 million tonnes": "still" before a past tense is "even so"
    (
        re.compile(
            # "did better still", "higher still": "still" after a comparative is "even", no time
            r"\b(?:already|so\s+far|(?<!better\s)(?<!worse\s)(?<!higher\s)(?<!lower\s)(?<!faster\s)(?<!greater\s)"
            r"(?<!further\s)(?<!more\s)(?<!less\s)"
            r"still(?!\s+(?:[a-z]+ed|grew|rose|fell|made|brought|gave|took|saw|had|was|"
            r"were|came|went|won|sold|paid|kept|held)\b))\b",
            re.I,
        ),
        "already",
    ),
    # "revenues are forecast at 22.4 trillion for the whole year", "out of 89 billion planned for the year",
    # "the annual plan is 19 million": the whole year in scope beside progress to date, not the span so far
    (
        re.compile(
            # (not "for the full year 2023": that year's, read at the year)
            r"\bfor\s+the\s+(?:whole|full|entire)\s+year\b(?!\s+(?:of\s+)?(?:19|20)\d{2})|\b(?:for\s+)?the\s+year\s+as\s+a\s+whole\b"
            # "the plan for May was 1,200 out of 6,000 for the year": the year right after a figure
            # (a number, its scale or its currency just before)
            # (each look-ahead below only repeats the literal after it: the look-behinds are not
            # tried at every position of the sentence, which made this the costliest alternative)
            r"|(?=for\s)(?:(?<=\d\s)|(?<=thousand\s)|(?<=million\s)|(?<=billion\s)|(?<=trillion\s)|(?<=tenge\s)"
            r"|(?<=dollars\s))for\s+the\s+year\b(?!\s+(?:so\s+far|to\s+date))"
            r"|\b(?:planned|scheduled|envisaged|budgeted|earmarked)\s+for\s+the\s+year\b"
            # "expects to close the year with 150,000 TEU", "plans to end the year with": what the
            # whole year comes to
            r"|\b(?:close|end|finish)(?:s|ed|ing)?\s+the\s+(?:current\s+)?year\s+(?:with|at)\b"
            # the annual plan as a subject ("74% of the annual plan" is a reference, no period)
            r"|(?=annual)(?<!of\s)(?<!of\sthe\s)\bannual\s+plan\s+(?:is|was|stands|amounts|totals|calls)\b"
            # "the plan for the year is 2.3 million m2": the same plan named after its noun
            r"|(?=plan\s|target\s)(?<!of\s)(?<!of\sthe\s)\b(?:plan|target)\s+for\s+the\s+year\s+"
            r"(?:is|was|stands|amounts|totals|calls)\b",
            re.I,
        ),
        "whole_year",
    ),
    # "80 schools will open by the beginning of the new school year", "in time for the new academic
    # year": due by the 1 September it starts on
    (
        re.compile(
            r"\b(?:by|before|until|ahead\s+of|in\s+time\s+for)\s+(?:the\s+(?:beginning|start)\s+of\s+)?"
            r"the\s+(?P<school_due>new|next|coming)\s+(?:academic|school)\s+year\b",
            re.I,
        ),
        "school_year_due",
    ),
    (
        re.compile(
            # not "in time for / by / ahead of the new school year": a day things are due by
            # (every match starts a word: the look-ahead spares the look-behinds at other positions)
            r"(?=\b\w)(?<!for\sthe\s)(?<!by\sthe\s)(?<!of\sthe\s)(?<!before\sthe\s)"
            # "from the new academic year, colleges will receive ...": a start with no end given
            r"(?:\b(?P<school_from>from|starting(?:\s+(?:from|with))?|beginning\s+with)\s+the\s+(?=(?:new|next|coming)\s))?"
            r"\b(?P<school_which>last|past|previous|this|current|next|coming|new)\s+(?:academic|school)\s+year\b",
            re.I,
        ),
        "school_year_rel",
    ),
    # "will receive free meals starting this year", "from next year": a start with no end given
    (
        re.compile(
            r"\b(?:starting|beginning|from)\s+(?P<from_which>this|the\s+current|next|the\s+coming|the\s+new)\s+year\b",
            re.I,
        ),
        "from_year_rel",
    ),
    # ("Earlier in the year, a price spike was reported": as "earlier this year")
    (
        re.compile(
            r"\b(?:this|the current)\s+year\b|\bcurrent year\b|\b(?<=earlier\s)in\s+the\s+year\b", re.I
        ),
        "this_year",
    ),
    (re.compile(r"\b(?:last|past)\s+year\b", re.I), "last_year"),
    # before the year in scope: "the previous year", "the 10.1% recorded the year before"
    (re.compile(r"\bprevious\s+year\b|\bthe\s+year\s+before\b(?!\s+last\b)", re.I), "previous_year"),
    (re.compile(r"\b(?:next|the\s+coming)\s+year\b", re.I), "next_year"),
    # "In the coming years, it is planned to reconstruct 4,700 km": from the report on, no end told
    # (not the year a sentence before carried; "for years to come", "two years ahead of" are none)
    (
        re.compile(
            r"\b(?:in|over|during|within)\s+the\s+(?:coming|next\s+(?:few|several))\s+years\b"
            r"|\b(?:in|over|during)\s+the\s+years\s+(?:ahead|to\s+come)\b",
            re.I,
        ),
        "coming_years",
    ),
    # "has grown by 91% in a year", "prices rose 12% over a year": a change over the year to the report
    (
        re.compile(
            r"(?<=% )(?:in|over)\s+(?:a|one|the\s+(?:past|last))\s+year\b(?!\s+(?:earlier|ago|before))", re.I
        ),
        "past_year",
    ),
    (
        re.compile(rf"\b(?:for|over|in|during)\s+the\s+(?:last|past)\s+(?P<n>{_COUNT})\s+years\b", re.I),
        "last_n_years",
    ),
    # "cut emissions by 20% over the next five years", "within ten years": from the report on
    (
        re.compile(
            # ("in the nearest two years": a rendering of "в ближайшие два года")
            rf"\b(?:(?:for|over|in|during|within)\s+the\s+(?:next|coming|nearest)|within)\s+(?P<ahead>{_COUNT})\s+years\b"
            r"(?!\s+of\s+independence)",
            re.I,
        ),
        "next_n_years",
    ),
    # "will be raised to 70% over five years": the years from the report on, in a sentence that
    # speaks ahead (see find_periods; "is repaid over five years" is a term, no period)
    # ("63 schools are to be built in the region in three years": likewise; not "in 10 years of
    # independence", nor "in five years' time", a point)
    (
        re.compile(
            rf"\bover\s+(?:a\s+period\s+of\s+)?(?P<over>{_COUNT})\s+years\b"
            rf"|\bin\s+(?P<over_in>{_COUNT})\s+years\b(?!['’]|\s+(?:of|time|ago|later|earlier|before|after)\b)",
            re.I,
        ),
        "over_n_years",
    ),
    # "grown threefold since the turn of the century", "twice as much as it did at the turn of the
    # century": a change from the century's first year to the report, rolling like "since 2000"
    (
        re.compile(
            r"\b(?:since|as\s+(?:(?:it|they|there)\s+(?:did|was|were|had)\s+)?(?:at|in))\s+the\s+"
            r"(?:turn|start|beginning)\s+of\s+(?:the|this)\s+century\b",
            re.I,
        ),
        "since_century_start",
    ),
    # "Over the years of independence, 1,312 clinics have been built", "since independence": from
    # 16 December 1991 (a rendering of "за годы независимости") to the report
    (
        re.compile(
            r"\b(?:(?:over|during|in|for|throughout|within)\s+(?:the\s+)?(?:(?:\d{2}|twenty[-\s]\w+|thirty[-\s]?\w*)\s+)?"
            r"years\s+of\s+(?:(?:Kazakhstan['’]s|the\s+country['’]s|our)\s+)?|since\s+(?:the\s+)?)independence\b",
            re.I,
        ),
        "since_independence",
    ),
    # ("As of now, 12.7 million ha have been harvested. 19.8 million tons have been threshed": as "to date")
    (re.compile(r"\b(?:as of (?:today|now)|to date)\b", re.I), "today"),
    # "now that the regime is in force": a cause, not the present
    (re.compile(r"\b(?:today|currently|at present|now(?!\s+that\b))\b", re.I), "now"),
]
# What every pattern of a kind needs in a printable ASCII sentence: one of these lower-cased
# words. There the scan is an alternation of only the patterns whose words are in the sentence
# (a kind not listed is always scanned for).
_RELATIVE_NEEDS = {"since_year_start": ("far", "date"), "season": ("summer", "spring", "autumn", "fall", "winter"), "heating": ("heating",),
                   "years_ago": ("ago",), "year_before_last": ("last",), "last_decade": ("decade",), "next_span": ("decade", "months"), "previous_year": ("year",), "last_year": ("year",), "last_year_end": ("year",), "next_year_end": ("next", "coming"), "already": ("already", "far", "still"),
                   "this_year": ("year",), "from_year_rel": ("year",), "next_year": ("next", "coming"), "whole_year": ("year", "annual"), "last_n_years": ("years",), "past_year": ("year",), "next_n_years": ("years",), "over_n_years": ("years",),
                   "today": ("today", "date", "now"), "month_edge": ("month",), "yesterday": ("yesterday",), "now": ("today", "currently", "present", "now"),
                   "last_month": ("month",), "next_month": ("month",), "from_next_month": ("month",), "last_week": ("week",), "past_week": ("week", "days"), "this_month": ("month",), "school_year_rel": ("academic", "school"), "since_century_start": ("century",), "since_independence": ("independence",), "school_year_due": ("academic", "school")}  # fmt: skip
# All of them in one alternation: one scan of the sentence; group r<i> says which matched.
_RELATIVE = re.compile(
    "|".join(f"(?P<r{i}>{p.pattern})" for i, (p, _) in enumerate(_RELATIVE_PATTERNS)), re.I
)
# the present, and (since +fen8) times named loosely: they yield to a period named beside them;
# a season or heating season named without a year sets no scope either
_WEAK = {"already", "today", "now", "years_ago", "season", "heating", "yesterday", "next_month"}
# "Now the total has grown to...": a contrast with the past, not the article's period; "for the
# whole year": the plan or forecast beside progress so far, which the next sentence does not take up
# ("in time for the new academic year": a school year beside a deadline dates its own clause only)
# (a season or heating season named without a year dates its own sentence only)
_NO_SCENE = {"now", "whole_year", "school_year_rel", "past_year", "since_century_start", "season", "heating"}
_NO_SCENE |= {"coming_years"}  # a horizon of the sentence's plans, no span the next sentences report in
_NO_SCENE |= {"since_independence"}  # an aside on how far the country came: its own sentence only
_ALWAYS_COMPARISON = re.compile(r"\b(?:a|one)\s+year\s+(?:earlier|ago|before)\b", re.I)
# Words that make the period after them a comparison's base: "than in 2021", "compared to
# the same period of 2024", "up 1.5% on 2022", "against 67,000 tons in 2023".
# "lost 15% against the dollar in 2024": a currency's rate against another, no base
_CURRENCY_PAIR = r"(?!\s+(?:the\s+)?(?:US\s+)?(?:dollar|euro|rouble|ruble|yuan|tenge)\b)"
_AGAINST = r"\bagainst" + _CURRENCY_PAIR
_COMPARISON_BEFORE = re.compile(
    rf"(?:\bthan|\bcompared\s+(?:to|with)|\bin\s+comparison\s+(?:to|with)|{_AGAINST}|\bversus|\bvs\.?|\brelative\s+to"
    # ("four times as heavy as in 2015", "half as big as in 2019": any measure's adjective, +ps42en)
    r"|\bas\s+(?:much|many|high|large|great|big|heavy|busy|strong|fast|low|small|expensive|costly|cheap)\s+as)\s+(?![\d$₸€£])"
    # "has fallen more than twofold since 2020", "grew more than three times in 2023": "than" of a
    # multiplier's qualifier, no base (+fs38en)
    r"(?!(?:[a-z]+fold|twice|thrice|(?:two|three|four|five|six|seven|eight|nine|ten)\s+times)\s+(?:(?:in|since|during|over|for)\s+)?$)"
    rf"(?:[\w%$₸.,’'-]+\s+){{0,4}}$|(?:{_AGAINST}|\b(?:versus|vs\.?))\s+(?:[\w%$₸.,]+\s+){{0,4}}$"
    r"|\b(?:same|corresponding|comparable|analogous)\s+(?:\w+\s+){0,2}(?:of|in|as|last)\s+(?:the\s+)?$|\bthat\s+of\s+$"
    # "grow by 5% a year from 2025": a rate's start, not a base
    # ("From January-June 2024, ..." opening its clause is the span told, no base: "from" needs a word before it)
    r"|(?<!\ba\syear\s)(?<!\bper\syear\s)(?<!\bannually\s)(?<!\beach\syear\s)(?<=\S\s)\bfrom\s+(?:the\s+)?$"
    r"|\bthe\s+same\s+$"  # "the same eight months of 2024"
    # "477bln tenge, which surpasses the last year indicator by 4%": the level it exceeds
    r"|\b(?:surpass(?:es|ed)?|exceed(?:s|ed)?|outstrip(?:s|ped)?|outpac(?:es|ed))\s+(?:the\s+|its\s+|their\s+)?$"
    # "almost twice the 2020 level", "double its 2022 level", "half the 2019 figure"
    r"|\b(?:times|fold|twice|thrice|double|triple|treble|quadruple|half)\s+(?:the|its|their)\s+$"
    # "54% above the 152,500 TEU recorded in January-October 2017": the span of a base value
    # that a comparison names with its figure
    # ("4.4 times the 47 billion collected in 2021": a multiplier's base value, dated likewise)
    r"|\b(?:above|below|over|under|exceeding|surpassing|than|times|fold|twice|thrice)\s+the\s+(?:US\$|\$|₸)?\d[\d.,]*\s+"
    r"(?:[\w%’'-]+\s+){0,3}(?:in|during|for)\s+(?:the\s+)?$"
    # "the goal, initially set for 2025, has been extended until 2027": the date given up is a base
    r"|\b(?:initially|originally|previously)\s+(?:set|planned|scheduled|due|targeted|slated)\s+(?:for|to|by|in)\s+$"
    # "96.8% of the area sown with them this year": the whole a share is taken of, dated as a base
    r"|\d\s*(?:%|percent\b|per\s?cent\b)\s+of\s+the\s+(?:total\s+)?(?:area|acreage|fields?|land)\s+"
    r"(?:sown|planted|seeded|under\s+crops)(?:\s+(?:with|to)\s+(?:them|it|\w+))?\s+$",
    re.I,
)
# "up 1.5% on 2022": a change before "on" ("reports on January-May results" compares nothing);
# "a 7.6 percent increase over the previous year": likewise before "over" ("grew 8% over the year",
# "118.6% over 11 months" are spans: only a year or an earlier span named, _OVER_BASE_AFTER);
# tried only when the words end with "on" or "over (the)"
_ON_BASE = re.compile(
    r"(?:\d%?|\bpercent|\bper\s?cent|\bup|\bdown|\bhigher|\blower|\bmore|\bless|\bfewer|\bgrowth|\brise|\bfall|"
    r"\bdecline|\bincrease|\bdecrease|\bgain|\bdrop|\bjump)\s+(?:on|over)(?:\s+the)?\s+$"
    # "up 0.4 million hectares on last year": a change in the figure's own unit before "on"
    r"|\b(?:up|down|higher|lower|more|less|fewer)\s+(?:by\s+)?(?:(?:about|around|some|nearly|almost)\s+)?"
    r"(?:US\$|\$|₸)?\d[\d.,]*\s+(?:[\w’'-]+\s+){1,3}(?:on|over)(?:\s+the)?\s+$"
    # "a 12% increase in value on 2023", "a 35.4% increase in physical volume on 2022": what the
    # change is measured in, between the change and its base
    r"|\b(?:increase|decrease|rise|fall|growth|decline|gain|drop|jump)\s+in\s+(?:[a-z-]+\s+){1,2}(?:on|over)(?:\s+the)?\s+$",
    re.I,
)
_OVER_BASE_AFTER = re.compile(
    r"(?:the\s+)?(?:previous|preceding|prior|same|corresponding|comparable|analogous)\b|(?:19|20)\d\d\b(?!\s*[-–—/])"
    r"|last\s+year\b",
    re.I,
)
# "52.7% above the pre-pandemic level of 2019", "back to the level of 2021", "tops the previous
# record year of 1987"; tried only when one of its nouns is in the words
_LEVEL_BASE = re.compile(
    r"\b(?:above|below|exceed\w*|surpass\w*|beat\w*|top(?:s|ped|ping)?|over|under|to|reach\w*|regain\w*)\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}(?:levels?|records?|peak|high)\s+(?:year\s+)?"
    r"(?:of|in|seen\s+in|recorded\s+in|set\s+in)\s+(?:the\s+)?$",
    re.I,
)
_CLAUSE_END = re.compile(r"[,;:(]\s|\b(?:and|while|whereas|which|when)\s")
# "a 9% rise compared with 110.2 thousand TEU in the first four months of 2023": a base value with
# its unit, then the first months of a year that date it (tried before "the first"; "compared with
# 76,500 tons in 2017" is not: a base value's own year is read as that value's period)
_BASE_VALUE_THEN_FIRST = re.compile(
    r"\b(?:compared\s+(?:to|with)|relative\s+to)\s+(?:(?:about|around|some|nearly|almost)\s+)?"
    r"(?:US\$|\$|₸)?\d[\d.,]*\s+(?:[\w%’'-]+\s+){0,3}(?:in|during|for|over)\s+(?:the\s+)?$",
    re.I,
)
_FIRST_AFTER = re.compile(r"(?:the\s+)?first\s", re.I)
# "compared with 210.9 billion tenge last year", "up from 450 billion tenge the previous year": a
# base value and the year before that dates it (unlike "than", which may be a qualifier: "more
# than 5,000 people last year"); tried for those relative years only
_BASE_VALUE_BEFORE = re.compile(
    r"\b(?:compared\s+(?:to|with)|relative\s+to|(?:up|down)\s+from)\s+(?:US\$|\$|₸)?\d[\d.,]*\s+"
    r"(?:[\w%’'-]+\s+){0,3}$",
    re.I,
)


def _dates_base_value(sentence: str, start: int) -> bool:
    before = sentence[max(0, start - 60) : start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
    return bool(_BASE_VALUE_BEFORE.search(before, cut))


_ANY_YEAR = re.compile(rf"\b{_YEAR}\b")
# "since July 1", "since January 1, 2009" in a sentence about what will be: a start, not a span to date
_SINCE_AHEAD = re.compile(rf"\bsince(?=\s+(?:the\s+)?(?:\d{1, 2}\s+|{_MONTH}))", re.I)
_FUTURE_VERB = re.compile(r"\b(?:will|shall)\s+(?!have\b)|\b(?:is|are)\s+to\s+be\b", re.I)
# a perfect or a past of its own in the sentence: "Since January, exports grew by 5% and will ..."
_PERFECT_VERB = re.compile(
    r"\b(?:has|have|had)\s+(?:already\s+|been\s+|now\s+)*[a-z]+(?:ed|en|wn|un|ung|id|ot)\b"
    r"|\b(?:was|were|did|grew|rose|fell|paid|built|made|took|gave|spent|went|came|saw|got|reached|amounted)\b"
    # (not a verb of telling: "The Minister reminded that ... will be increased since July 1")
    r"|(?<!\bbe\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)"
    r"\b(?!(?:remind|not|stat|report|add|explain|inform|announc|stress|emphasiz|emphasis|underlin|point)ed\b)[a-z]{3,}ed\b",
    re.I,
)
# a capitalised name a year is glued to by a hyphen ("BRM-2020", "Roadmap-2025"), not a time word
# ("Mid-2025", "End-2024" opening a sentence)
_NAME_GLUED_BEFORE = re.compile(r"\b(?!(?:Mid|End|Early|Late|Pre|Post|Since|Until|Circa)-)[A-Z][^\W\d_]*-$")
# a capitalised name a year closes before "program(me)" ("the Regional Development 2025 program", "the
# Astana 2020 development program"): the year is part of the name, as in "Roadmap-2025"
_NAME_BEFORE_YEAR = re.compile(
    r"\b(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"In|By|Since|Until|Till|For|From|Of|To|And|As|At|On|Before|After|The)\s$)[A-Z][a-z]+\s$"
)
# a quoted name a year closes ('the program "Affordable Housing - 2020"', "«Nurly Zher-2020»"): an
# opening quote, a capitalised word and no other quote before the year, a closing quote right after it
_QUOTED_NAME_BEFORE = re.compile(r"[\"“«][A-Z][^\"“”«»]{0,60}$")
_QUOTE_CLOSES = re.compile(r"[\"”»]")
_PROGRAMME_AFTER_YEAR = re.compile(r"(?:\s+(?:development|state|national|regional))?\s+programm?e?s?\b", re.I)
_RELATIVE_WORDS = re.compile(
    r"\b(?:year|years|month|months|week|today|date|currently|present|now|already|far|still|annual|century|"
    r"summer|spring|autumn|fall|winter|heating|decade|yesterday|independence|days)\b"
    r"|year-to-date",
    re.I,
)
# What every match of _RELATIVE_WORDS and of _ANY_MONTH holds, lower-cased: cheap `in` tests
# that spare most sentences the case-insensitive scans.
_RELATIVE_PARTS = (
    "independence",
    "days",
    "year",
    "month",
    "week",
    "today",
    "date",
    "currently",
    "present",
    "now",
    "already",
    "far",
    "still",
    "annual",
    "century",
    "summer",
    "spring",
    "autumn",
    "fall",
    "winter",
    "heating",
    "decade",
    "yesterday",
)
_MONTH_PARTS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _ascii_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern in ASCII mode: on printable ASCII text it matches exactly what the Unicode one
    does (no character there has a Unicode-only case form or space class), and its
    case-insensitive scans run about 1.5x as fast."""
    return re.compile(pattern.pattern, pattern.flags & ~re.UNICODE | re.ASCII)


# Typographic marks English news carries beside ASCII ("2021–2025", "“Astana”", "country’s"):
# none is a word character, a digit or a space, and none has a case form, in either mode; the
# ASCII twins read a text of printable ASCII and these as the Unicode patterns do.
_TYPOGRAPHIC_MARKS = "–—‘’“”«»…"
_PRINTABLE_ASCII_OR_MARKS = re.compile(f"[\x20-\x7e{_TYPOGRAPHIC_MARKS}]*")


def _printable_ascii(sentence: str) -> bool:
    """True where the _ASCII twins may stand in for the Unicode patterns: printable ASCII, with
    typographic marks or without."""
    if sentence.isascii():
        return sentence.isprintable()
    return _PRINTABLE_ASCII_OR_MARKS.fullmatch(sentence) is not None


_YEARLESS_ASCII = [(_ascii_twin(pattern), kind) for pattern, kind in _YEARLESS]
_ANY_MONTH_ASCII = _ascii_twin(_ANY_MONTH)
# A whole month word (_MONTH) where a word starts, as _RELATIVE_WORDS_LOWER: case-sensitive in the
# lower-cased printable ASCII sentence, the same answer as a case-insensitive scan. Every pattern
# gated "month", "month_words" or "since" holds one (after a space, a dash or the start), so a
# sentence whose "dec", "mar" or "sep" only open "decreased", "market" or "separate" skips them all;
# "month_words" (from one month to another) holds two (tests/test_fast_paths.py)
_MONTH_WORD_LOWER = re.compile(r"\b" + _MONTH, re.ASCII)
# _YEARLESS in table order with each pattern's ASCII twin, gate and gate words (empty: none),
# read in one tuple: the scan of a sentence looks up no dictionary per pattern.
_YEARLESS_GATED = [
    (pattern, twin, kind, _GATE[kind], _GATE_WORDS.get(kind, ()))
    for (pattern, kind), (twin, _) in zip(_YEARLESS, _YEARLESS_ASCII, strict=True)
]


@cache
def _relative_in_ascii(indexes: tuple[int, ...]) -> re.Pattern[str]:
    """_RELATIVE's ASCII twin with only the patterns `indexes`: where the others cannot match,
    it finds exactly what _RELATIVE finds (the leftmost match, the first pattern that fits)."""
    alternatives = "|".join(f"(?P<r{i}>{_RELATIVE_PATTERNS[i][0].pattern})" for i in indexes)
    return _ascii_twin(re.compile(alternatives or "(?!)", re.I))


# Whether each relative pattern can only match from the start of a word (all do, but a pattern
# added later may not): then the scan tries the alternation at each word's start only.
_RELATIVE_OPENS_A_WORD = [opens_a_word(pattern) for pattern, _ in _RELATIVE_PATTERNS]


def _relative_matches(sentence: str, indexes: tuple[int, ...] | None) -> Iterable[re.Match[str]]:
    """What _RELATIVE.finditer finds in the sentence; `indexes`: the patterns that may match it
    when it is printable ASCII (None for other text, which is scanned whole)."""
    if indexes is None:
        return _RELATIVE.finditer(sentence)
    if all(_RELATIVE_OPENS_A_WORD[i] for i in indexes):
        return _relative_at_word_starts(indexes).finditer(sentence)
    return _relative_in_ascii(indexes).finditer(sentence)


@cache
def _relative_at_word_starts(indexes: tuple[int, ...]) -> re.Pattern[str]:
    """_relative_in_ascii(indexes) tried only where a word starts (literal_gates.at_word_starts)."""
    return at_word_starts(_relative_in_ascii(indexes))


_RELATIVE_WORDS_ASCII = _ascii_twin(_RELATIVE_WORDS)
# The same words matched case-sensitively in the lower-cased sentence: on printable ASCII text the
# same answer as _RELATIVE_WORDS_ASCII (its literals are lower-case, \b knows no case), found
# about three times as fast as a case-insensitive scan
_RELATIVE_WORDS_LOWER = re.compile(_RELATIVE_WORDS.pattern, re.ASCII)
_ANY_YEAR_ASCII = _ascii_twin(_ANY_YEAR)


def _may_hold(sentence: str, parts: tuple[str, ...]) -> bool:
    """False only when the sentence is ASCII and holds none of `parts` in any case (a text with
    other letters may match an ASCII word only case-insensitively, 'ſ' for 's')."""
    if not sentence.isascii():
        return True
    lower = sentence.lower()
    return any(part in lower for part in parts)


def _lower_holds(is_ascii: bool, lower: str, parts: tuple[str, ...]) -> bool:
    """_may_hold of a sentence read once: its isascii() and lower()."""
    if not is_ascii:
        return True
    for part in parts:  # noqa: SIM110 (a loop, not any(): no generator made per sentence and table)
        if part in lower:
            return True
    return False


# _RELATIVE_NEEDS the other way round: each needed word with the patterns that need it, and the
# patterns that need none (always scanned). One `in` test per word, not per pattern.
_RELATIVE_ALWAYS = frozenset(
    i for i, (_, kind) in enumerate(_RELATIVE_PATTERNS) if kind not in _RELATIVE_NEEDS
)
_RELATIVE_BY_WORD = {
    word: frozenset(
        i for i, (_, kind) in enumerate(_RELATIVE_PATTERNS) if word in _RELATIVE_NEEDS.get(kind, ())
    )
    for word in sorted({word for words in _RELATIVE_NEEDS.values() for word in words})
}


def _needed_relative(lower: str) -> tuple[int, ...]:
    """The indexes of the relative patterns whose needed words the lower-cased sentence holds."""
    needed = set(_RELATIVE_ALWAYS)
    for word, indexes in _RELATIVE_BY_WORD.items():
        if word in lower:
            needed |= indexes
    return tuple(sorted(needed))


_BEFORE_YEAR = 48  # the longest phrase before a year: "starting from 1 September "


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
    so_far = _SO_FAR_IN.search(before)
    if so_far:  # "so far in 2025"
        return "year_to_date", before_start + so_far.start(), end, groups
    to_date = _TO_DATE_AFTER.match(sentence, end)
    if to_date and before.lower().endswith("in "):  # "in 2025 to date"
        return "year_to_date", start - 3, to_date.end(), groups
    dash = _DASH_RANGE.match(sentence, end)
    if (
        dash
        and len(dash["b"]) == 2
        and not _short_second_year(year.group(0), dash["b"], sentence, dash.end())
    ):
        dash = None  # "2022 – 95 billion tenge; 2023 – 310 billion": a row's year and its value
    if dash:
        school = _SCHOOL_YEAR_AFTER.match(sentence, dash.end())
        if school:  # "the 2025-2026 academic year" (FORMAT.md): 1 September to 31 May
            return "school_year", start, school.end(), groups | {"b": dash["b"]}
        heating = _HEATING_AFTER.match(sentence, dash.end())
        since = _SINCE_START_OF.search(before)  # "since the start of the 2025/26 marketing year"
        first = before_start + since.start() if since else start
        since_start = {"since_start": "1"} if since else {}
        if heating:  # "the 2024-2025 heating season": 1 October to 30 April
            return "heating", first, heating.end(), groups | {"b": dash["b"]} | since_start
        marketing = _MARKETING_AFTER.match(sentence, dash.end())
        if marketing and (not marketing["season"] or _GRAIN_WORDS.search(sentence)):
            return "marketing_year", first, marketing.end(), groups | {"b": dash["b"]} | since_start
        winter = _WINTER_BEFORE.search(before)
        if winter and int(dash["b"][-2:]) == (int(year.group(0)) + 1) % 100:  # "the winter of 2024-2025"
            return "season", before_start + winter.start(), dash.end(), groups | {"season": "winter"}
        if dash.group(0).strip().startswith("/") and _GRAIN_WORDS.search(
            sentence
        ):  # "exported 9 million tons of wheat in 2024/25": a split year of grain is its marketing year
            return "marketing_year", start, dash.end(), groups | {"b": dash["b"]}
        named_first = _MARKETING_BEFORE.search(before)
        if named_first:  # "marketing year 2024/25"
            return "marketing_year", before_start + named_first.start(), dash.end(), groups | {"b": dash["b"]}
        return "range", start, dash.end(), groups | {"b": dash["b"]}
    season = _SEASON_AFTER.match(sentence, end)
    if season:  # "the 2025 summer season"
        return "season", start, season.end(), groups | {"season": season["season"]}
    quarter = _QUARTER_AFTER.match(sentence, end)
    if quarter:
        return "part", start, quarter.end(), groups | {"part": quarter["part"]}
    words = before.split()
    # "(Q3 2018)": a bracket opens the part, the word is what follows it
    word = words[-1].lower().strip(",.").lstrip("(") if words else ""
    last = (
        # "end-" of "by end-2027" is the word before the year
        word.replace("–", "-").replace("—", "-").rstrip("-").rsplit("-", 1)[-1]
    )
    if not last and words and words[-1].lower() == "end-":
        last = "end"  # "by end-2027"
    if _DAY_WORD.fullmatch(last) and len(words) > 1:
        last = words[-2].lower().strip(",.")  # "October 1, 2025": the month decides
    codes = _QUARTER_CODES_BEFORE.search(before) if "q" in last else None
    if codes:  # "Q1-Q3 2025"
        return (
            "quarter_span",
            before_start + codes.start(),
            end,
            groups | {"q1": codes["q1"], "q2": codes["q2"]},
        )
    starting = _STARTING_IN.search(before) if last == "in" else None
    if starting:  # "beginning in 2026": a start, no end given
        return "from", before_start + starting.start(), end, groups | {"m": None}
    shorthand = _SHORTHAND.fullmatch(last)
    if shorthand:  # "9M 2025": the first nine months; "1H 2025", "3Q 2025": a half or a quarter
        word_start = before_start + len(before.rstrip()) - len(words[-1])
        if shorthand["n"]:
            return "months_of", word_start, end, groups | {"n": shorthand["n"]}
        return "part", word_start, end, groups | {"part": shorthand["part"]}
    for kind in _BY_LAST_WORD.get(last, ()):
        if last == "in" and kind == "since" and "since" not in before.lower():
            continue  # "in 2024" is a year unless "since its launch in 2024"
        if last == "in" and kind == "month_range" and not _MONTH_TO_MONTH_IN.search(before):
            break  # ... or "from January to June in 2020"
        if kind in _POINT_WORD and not any(word in before.lower() for word in _POINT_WORD[kind]):
            continue  # "of 2024" after anything but "the end": spares the search
        phrase = _BEFORE_YEAR_PHRASES[kind].search(before)
        if phrase:
            found = {k.rstrip("_"): v for k, v in phrase.groupdict().items() if v is not None}
            if kind == "deadline" and found.get("m") is None:
                found["m"] = None
            return kind, before_start + phrase.start(), end, groups | found
    return "year", start, end, groups


_MONTH_TO_MONTH_IN = re.compile(
    rf"\b(?:{_MONTH})\s+(?:to|through|till|until|and)\s+(?:{_MONTH})\s+in\s+$|[-–—]\s?(?:{_MONTH})\s+in\s+$",
    re.I,
)


# "the number of unemployed fell to 1967 people", "In 2014, 2019 teachers ...", "More than 2000 people
# from 245 teams": a year-like count of people or things (not after a word that opens a period: "in
# 2019 people moved"); the figure reader reads the same numbers as counts (mentions._is_year)
_COUNTED_AFTER = re.compile(
    r"\s+(?:people|persons|residents|families|children|pupils|students|teachers|doctors|workers|employees|"
    r"households|pensioners|tourists|visitors|jobs|apartments|houses|schools|units|cars|heads|tons|tonnes|hectares|"
    r"volunteers|participants|activists|teams|trees|seedlings|saplings)\b",
    re.I,
)
_PERIOD_LEAD_BEFORE = re.compile(
    r"\b(?:in|of|since|for|by|during|until|till|from|through|before|after|between|and|the|year)\s+$", re.I
)


def counted_not_a_year(sentence: str, start: int, end: int) -> bool:
    """The year-like number at sentence[start:end] counts the people or things named after it."""
    return bool(_COUNTED_AFTER.match(sentence, end)) and not _PERIOD_LEAD_BEFORE.search(
        sentence, max(0, start - 12), start
    )


# "under the programme for 2021-2030": the span names the programme; it dates a figure only when
# the sentence names no other period ("by 2030, under the programme for 2021-2030, ..." is a deadline).
# "under the 2021 agreement": the year names a signed document, it does not date what is done under it
_DOCUMENT_AFTER = re.compile(
    r"\s+(?:intergovernmental\s+|bilateral\s+)?(?:agreements?|treaty|accords?|memorandum|protocol|contracts?|deal)\b",
    re.I,
)
_DOCUMENT_DETERMINER = re.compile(r"\b(?:the|its|their|a)\s+$", re.I)
_PROGRAMME_BEFORE = re.compile(
    r"\b(?:programmes?|programs?|plans?|strategy|strategies|concept|roadmap|project)\s+(?:for|of)\s+(?:the\s+)?$",
    re.I,
)


# ("in the reporting period of 2023": the span reported, in the year named, like "the same period")
# ("the corresponding period of 2019", "the comparable period", "the analogous period": translated
# news's words for the same span)
_SAME_SPAN_BEFORE = re.compile(
    r"\b(?:same|reporting|corresponding|comparable|analogous)\s+(?:period|time|months|quarter|half|date)\s+"
    r"(?:of\s+|in\s+)?(?:the\s+)?$",
    re.I,
)


# "up 12% from 2022", "2.5 times from 2019": the change's base year
_CHANGE_FROM = re.compile(
    r"(?:\d\s?%|\bpercent|\bup|\bdown|\btimes|\bfold|\brose|\bfell|\bgrew|\bdeclined|\bdropped|\bjumped)\s+from\s+$"
    # "up $5.4 billion from 2023", "rose by 120,000 tons from 2022", "an increase of 3 billion tenge
    # from 2021": a change told by an amount, its base year the same way (+fs41en)
    r"|\b(?:up|down|rose|fell|grew|increased|decreased|declined|dropped|jumped|climbed|increase|decrease|rise|drop"
    r"|growth|gain)\s+(?:by\s+|of\s+)?(?:(?:about|around|some|nearly|almost|over|more\s+than|roughly)\s+)?"
    r"(?:US\$|\$|₸)?\d[\d.,]*(?:\s*(?:thousand|million|billion|trillion|bn|mln))?(?:\s+[a-z]+){0,2}\s+from\s+$",
    re.I,
)
# "Launched in 2019, the project ...", "the terminal, opened in 2023, ...": when the subject came to be,
# which dates none of the figures said of it
_EVENT_BEFORE = re.compile(
    r"(?:^|[,(]\s*)(?:(?:which|that)\s+(?:was|were)\s+)?(?:opened|launched|started|founded|established|introduced|"
    r"commissioned|created|built|begun|initiated|set\s+up)\s+(?:in\s+)?$",
    re.I,
)


_EVENT_PARTICIPLES = {"opened", "launched", "started", "founded", "established", "introduced", "commissioned",
                      "created", "built", "begun", "initiated", "up", "born"}  # fmt: skip


def _is_event_date(sentence: str, start: int, end: int | None = None) -> bool:
    words = sentence[max(0, start - 24) : start].lower().split()[-2:]
    if not any(word in _EVENT_PARTICIPLES for word in words):
        return False  # spares the search for nearly every year
    if _EVENT_BEFORE.search(sentence, max(0, start - 40), start):
        return True
    # "Medium repairs started last year will go on along 4,000 km": a participle after its noun
    # with the clause's own verb after the date
    return (
        end is not None
        and bool(_MAIN_VERB_AFTER.match(sentence, end))
        and bool(_REDUCED_EVENT_BEFORE.search(sentence, max(0, start - 40), start))
    )


# "..., the minister told the government meeting last week": when it was said, not the figures' span
_SAID_BEFORE = re.compile(
    r"\b(?:told|said|says|reported|announced|stated|noted|wrote|added)\b(?:\s+(?:the|a|an|reporters|journalists|"
    r"[a-z]+’s|[a-z]+'s)?\s*[a-z]*){0,4}\s+$",
    re.I,
)
# ("children born from 1 January 2006 to 31 December 2023 were eligible": the span the counted
# noun's participle dates, told as days from/between, +ps41en)
_REDUCED_EVENT_BEFORE = re.compile(
    r"\b(?:[a-z]+s|children|people)\s+(?:opened|launched|started|founded|established|introduced|commissioned|created|built|begun|"
    r"initiated|born)\s+(?:in\s+|from\s+|between\s+)?$",
    re.I,
)
_MAIN_VERB_AFTER = re.compile(
    r",?\s+(?:will|would|are|is|were|was|continue|continues|remain|remains)\b", re.I
)


# "6% growth - the highest rate in the past decade", "the lowest level since 2008", "a record
# for the past 15 years": the yardstick of a record, which dates neither the figure nor what follows
# ("the first decline in commissioning since 2009", "the first slowdown the industry had seen since
# 2009": a first of its kind is measured against the years since as a record is, +ps41en)
_RECORD_BEFORE = re.compile(
    r"\b(?:highest|lowest|biggest|largest|smallest|fastest|slowest|strongest|weakest|best|worst|"
    # ("the industry's first slowdown since 2009": a possessive before "first", +ps42en)
    r"sharpest|steepest|deepest|record|peak|maximum|minimum|first\s+time|(?:the|its|their|a|[\w-]+['’]s?)\s+first)\b"
    r"(?:\s+[\w-]+){0,5}\s+$",
    re.I,
)
_LOOK_BACK_SPANS = ("last_decade", "last_n_years", "since_independence")


def _season_over(kind: str, match: re.Match[str], resolved: Resolved, published: date) -> bool:
    """'Over the past three summer months, 448,000 tourists came': a season named as this or the
    last one and over by the report frames the sentences after it ('Almaty received 139,000').
    A bare 'during the summer' (read only when told in the past, `_told_season`) frames them too
    when the report comes in the season right after it: the summer just over, not a season
    looked back on in a year's review."""
    if kind != "season" or resolved[1] is None or resolved[1] >= published:
        return False
    return bool(match["season_which"]) or (published - resolved[1]).days <= _NEXT_SEASON_DAYS


_NEXT_SEASON_DAYS = 92  # a season's length: the report falls in the season after the one it tells


def _record_yardstick(sentence: str, start: int) -> bool:
    return bool(_RECORD_BEFORE.search(sentence, max(0, start - 48), start))


_SAME_SPAN_WORDS = ("same", "reporting", "corresponding", "comparable", "analogous")


def _is_same_span(sentence: str, start: int) -> bool:
    """After 'the same period (of)': the article's span in another year."""
    before = sentence[max(0, start - 32) : start].lower()
    return any(word in before for word in _SAME_SPAN_WORDS) and bool(
        _SAME_SPAN_BEFORE.search(sentence, max(0, start - 32), start)
    )


def _flow_start(kind: str, groups: Groups, sentence: str, start: int, day: date | None) -> date | None:
    """The first day of the year or part of it that "at the end of ..." closes (see Period)."""
    if day is None or sentence[start : start + 2].lower() == "as":
        return None
    if kind in ("year_end_point", "last_year_end_point"):
        return date(day.year, 1, 1)
    if kind == "part_end" and (groups.get("lead") or "at").lower() == "at":
        return date(day.year, _PART_OF_YEAR[" ".join((groups.get("part") or "").lower().split())][0], 1)
    return None


_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$", re.I)
_OF_THE_BEFORE = re.compile(r"\bof\s+the\s+$", re.I)
_LEVEL_WORD_AFTER = re.compile(r"\s+levels?\b", re.I)
_LEVEL_AFTER = re.compile(r"['’]s?\s+(?:level|figure|result|volume|total)s?\b", re.I)
# "exceeding the 2023 figure by 5 percent", "above the 2019 level": a year's figure that another
# figure is set against (a possessive is not needed after a word of comparing)
_SET_AGAINST_BEFORE = re.compile(
    r"\b(?:exceed\w*|surpass\w*|outpac\w*|above|below|over|under)\s+(?:the\s+)?$", re.I
)
_LEVEL_AFTER_BARE = re.compile(r"(?:['’]s?)?\s+(?:level|figure|result|volume|total)s?\b", re.I)


def _level_of_another(sentence: str, start: int, end: int) -> bool:
    """'156.7% of the previous year's level', 'of 2022's figure': the reference of a share;
    'exceeding the 2023 figure': the reference of a comparison."""
    if _LEVEL_AFTER.match(sentence, end) and _OF_BEFORE.search(sentence, max(0, start - 8), start):
        return True
    # "112% of the 2023 level": a level is what a share is taken of ("20% of the 2023 total" is
    # not: that share is of the year's own total)
    if _OF_THE_BEFORE.search(sentence, max(0, start - 8), start) and _LEVEL_WORD_AFTER.match(sentence, end):
        return True
    return bool(_LEVEL_AFTER_BARE.match(sentence, end)) and bool(
        _SET_AGAINST_BEFORE.search(sentence, max(0, start - 16), start)
    )


_THE_FIRST_BEFORE = re.compile(r"\b(?:the\s+)?first\s+$", re.I)


def _before_first(sentence: str, start: int) -> int:
    """Where "the first" before a count of months starts ("the first six months of 2023")."""
    match = _THE_FIRST_BEFORE.search(sentence, max(0, start - 12), start)
    return match.start() if match else start


# What every match of _COMPARISON_BEFORE holds, lower-cased; with "on" at the end (_ON_BASE) and
# _LEVEL_BASE's nouns, what the 60 characters before a period must hold to make it a base.
_COMPARISON_PARTS = ("than", "compared", "comparison", "against", "versus", "vs", "relative", "same", "corresponding",
                     "comparable", "analogous", "that", "from", "above", "exceed", "surpass", "outstrip", "outpac",
                     "below", "over", "under", "exceeding", "surpassing", "level", "record", "peak", "high",
                     "times", "fold", "twice", "thrice", "double", "triple", "treble", "quadruple", "half", "sown", "planted", "seeded", "crops", "initially", "originally", "previously",
                     # "as large as", "as heavy as" (_COMPARISON_BEFORE's "as ... as")
                     "much", "many", "large", "great", "big", "heavy", "busy", "strong", "fast", "low", "small",
                     "expensive", "costly", "cheap")  # fmt: skip


# A sentence opening with a year to start from, and a future or duty in it
_FROM_YEAR_OPENING = re.compile(r"\s*(?:From|Starting\s+(?:from|in)|Beginning\s+(?:from|in))\s+$")
_YEAR_RANGE_AFTER = re.compile(r"\s*(?:[-–—]|to\b|until\b|till\b|through\b|and\b)", re.I)
_AHEAD_VERB = re.compile(r"\b(?:will|shall|(?:is|are|has|have)\s+to)\b", re.I)


def _opening_start_ahead(sentence: str, year: re.Match[str]) -> bool:
    """'From 2027 every farmer will have to register': a start, not a comparison's base year."""
    return (
        _FROM_YEAR_OPENING.fullmatch(sentence, 0, year.start()) is not None
        and not _YEAR_RANGE_AFTER.match(sentence, year.end())
        and _AHEAD_VERB.search(sentence, year.end()) is not None
    )


# "1.2 times last year's", "15% above last year's (level)": a multiple or a share measured against
# the year named in the possessive after it
_MEASURED_AGAINST_BEFORE = re.compile(r"(?:\btimes|%|\bpercent|\babove|\bbelow)\s+$", re.I)


def is_comparison_base(sentence: str, start: int) -> bool:
    """True when the words before `start` make what follows the base of a comparison ("than in")."""
    before = sentence[max(0, start - 60) : start]
    if before.isascii():
        # the words read below are the end of `before`: most periods have none of the words a
        # base needs, and `in` tests spare them the clause scan and the three searches
        lower = before.lower()
        if not lower.rstrip().endswith(("on", "on the")):
            for part in _COMPARISON_PARTS:  # a loop, not any(): no generator made per period
                if part in lower:
                    break
            else:
                return False
    cut = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
    words = before[cut:]
    if _COMPARISON_BEFORE.search(words):
        return True
    if _FIRST_AFTER.match(sentence, start) and _BASE_VALUE_THEN_FIRST.search(words):
        return True
    lower = words.lower()
    tail = lower.rstrip()
    if (
        tail.endswith("on")
        or (tail.endswith(("over", "over the", "on the")) and _OVER_BASE_AFTER.match(sentence, start))
    ) and (_ON_BASE.search(words)):
        return True
    return ("level" in lower or "record" in lower or "peak" in lower or "high" in lower) and bool(
        _LEVEL_BASE.search(words)
    )


def _overlapping(start: int, end: int, periods: list[Period]) -> bool:
    return any(start < p.end and p.start < end for p in periods)


def find_periods(
    sentence: str, published: date, year_in_scope: int | None = None, *, reporting_days: bool = False
) -> list[Period]:
    """Every period expression in the sentence, earliest first, none overlapping. Phrases
    without a year take `year_in_scope` (the article's), else the publication year. With
    `reporting_days`, only the days on which something was told ("told the meeting on February 7"),
    which are otherwise dropped: they date no figure of their own (see told_day.py)."""
    # (no year in scope reads as the publication year's: every use of it below falls back to
    # published.year, so both ask for one reading)
    sentence, read = _phrases_read(sentence, published, year_in_scope or published.year)
    ordered = list(read)  # (a fresh list: the callers may change theirs)
    if reporting_days:
        ordered = sorted([*ordered, *_weekdays_told(sentence, published, ordered)], key=lambda p: p.start)
        return [p for p in ordered if _is_reporting_date(sentence, p)]
    if any(p.period_start is not None and p.period_start == p.period_end for p in ordered):
        ordered = [p for p in ordered if not _is_reporting_date(sentence, p)]
        ordered = _year_to_the_day(ordered, published)
    if "early " in sentence and _SAME_DATE.search(sentence):
        ordered = _early_month_to_its_day(sentence, ordered)
    if ordered and ordered[0].start < 16 and (told := _TOLD_IN_A_MONTH.match(sentence)) is not None:
        ordered = _without_the_month_of_telling(sentence, ordered, told.end())
    return _joined(sentence, _month_after_its_base(sentence, ordered))


# "In June, the President said ...", "Back in January the ministry said ...", "In August, the akim had
# reported ...": the month something was told, opening the sentence before its teller and verb
_TOLD_IN_A_MONTH = re.compile(
    r"\s*(?:(?:Back|Earlier|Already)\s+)?in\s+" + _MONTH + r"(?:\s+(?:19|20)\d\d)?,?\s+"
    r"(?:(?!\d)[\w’'.-]+\s+){1,8}?(?:(?:had|has)\s+)?(?:said|told|reported|announced|stated|noted)\b",
    re.I,
)
_AHEAD_TOLD = re.compile(r"\b(?:would|will|plans?|planned|to\s+be|intends?|is\s+to|are\s+to)\b", re.I)


def _without_the_month_of_telling(sentence: str, ordered: list[Period], told_end: int) -> list[Period]:
    """The month of telling dates no figure told then when what was told has a span of its own
    ("reported 188.2 billion tenge for January–July") or lies ahead ("said 444 billion tenge would go
    to repairs"): the figures take that span, or the article's."""
    month = ordered[0]
    if month.period_start is None or month.period_end is None or month.period_start.day != 1:
        return ordered
    if month.period_end.month != month.period_start.month or month.period_end.year != month.period_start.year:
        return ordered
    first_told = _FIRST_TOLD_CLAUSE_END.search(sentence, told_end)
    if len(ordered) > 1 or _AHEAD_TOLD.search(
        sentence, told_end, first_told.start() if first_told else len(sentence)
    ):
        # (only the first thing told: "reported that 85% had been threshed and that 120 combines
        # would arrive next week" dates the 85% by the month)
        return ordered[1:]
    return ordered


_FIRST_TOLD_CLAUSE_END = re.compile(r",\s|;|\s(?:and|while|but)\s")


# An article asks for a sentence's phrases more than once: its reader (with the scope's year, mostly
# the publication year's), then the told-day passes (told_day.py) and the tests of its periods in
# article_scope.py and plan_year_deeds.py. The reading is a pure function of its arguments (frozen
# records, handed out as a tuple), so the last 64 are kept, and none can go stale. (An English dev
# pass: 2,540 of 6,550 asks answered so, as many as with no bound; few enough that the sample page's
# bodies, read in a loop by bench/extraction_benchmark.py, never find theirs again.)
# a decade: "in the 1990s", "by the end of the 1980s", "since the 2000s"
_DECADE = re.compile(
    r"\b(?:(?P<by_end>by\s+the\s+end\s+of)|(?P<since>since)|in|during|throughout|over)\s+the\s+"
    r"(?:(?P<part>early|late)\s+)?(?P<decade>(?:19|20)\d0)s\b",
    re.I,
)


_BUILT_IN_BEFORE = re.compile(
    r"\b(?:built|founded|established|constructed|opened|created|erected|set\s+up|launched)\s+in\s*$", re.I
)


def _decades(sentence: str, published: date, read: list[Period]) -> list[Period]:
    """The decades a sentence names (a year phrase never reads "1990s": the year must end there)."""
    found = []
    for match in _DECADE.finditer(sentence):
        if _overlapping(match.start(), match.end(), read) or _BUILT_IN_BEFORE.search(
            sentence, max(0, match.start() - 24), match.start() + 3
        ):
            continue  # ("The plant, built in the 1970s, produces ...": when a thing was made dates no figure)
        first = int(match["decade"])
        if match["part"]:
            first, last = (first, first + 3) if match["part"].lower() == "early" else (first + 7, first + 9)
        else:
            last = first + 9
        if match["by_end"]:
            # (a decade long over: the level it had come to, not a date a goal is due)
            span: tuple[date | None, date | None, bool] = (None, date(last, 12, 31), last >= published.year)
        elif match["since"]:
            span = (date(first, 1, 1), published, False)
        else:
            span = (date(first, 1, 1), date(last, 12, 31), False)
        if span[1] is not None and span[1] > published and not match["by_end"]:
            continue  # a decade not over is no span of figures told (its years are read one by one)
        found.append(Period(match.start(), match.end(), *span))
    return found


@lru_cache(maxsize=64)
def _phrases_read(sentence: str, published: date, year_in_scope: int) -> tuple[str, tuple[Period, ...]]:
    """The sentence as read (a start ahead written "since" reads "from") and its period phrases,
    earliest first, none overlapping, legal acts' dates left out (find_periods finishes them)."""
    if (
        "ince " in sentence
        and _SINCE_AHEAD.search(sentence)
        and _FUTURE_VERB.search(sentence)
        and not _PERFECT_VERB.search(sentence)
    ):
        # "will be increased since July 1" (a rendering of "с 1 июля"): a start ahead, read as
        # "from July 1"; the words keep their places, "since" and "from " being of one length
        sentence = _SINCE_AHEAD.sub(lambda m: "From " if m[0][0] == "S" else "from ", sentence)
    periods: list[Period] = []
    consumed = -1
    ascii_text = _printable_ascii(sentence)
    # (a typographic mark lower-cases to itself and matches no ASCII letter: as ASCII for the gates)
    is_ascii, lower = sentence.isascii() or ascii_text, sentence.lower()  # read once for every gate below
    for year in (_ANY_YEAR_ASCII if ascii_text else _ANY_YEAR).finditer(sentence):
        if year.start() < consumed:
            continue  # the second year of "from 2019 to 2023"
        if sentence[year.start() - 1 : year.start()] == "-" and _NAME_GLUED_BEFORE.search(
            sentence, max(0, year.start() - 32), year.start()
        ):
            continue  # "the BRM-2020 programme", "Business Roadmap-2025": a name, not a span
        if _PROGRAMME_AFTER_YEAR.match(sentence, year.end()) and _NAME_BEFORE_YEAR.search(
            sentence, max(0, year.start() - 32), year.start()
        ):
            continue  # "under the Regional Development 2025 program": a name, not a span
        if _QUOTE_CLOSES.match(sentence, year.end()) and _QUOTED_NAME_BEFORE.search(
            sentence, max(0, year.start() - 64), year.start()
        ):
            continue  # 'under the program "Affordable Housing - 2020"': the year closes a quoted name
        kind, start, end, groups = _year_phrase(sentence, year)
        if kind == "year" and counted_not_a_year(sentence, year.start(), year.end()):
            continue  # "fell to 1967 people": a count, as the figure reader reads it
        resolved = RESOLVERS[kind](groups, int(year.group(0)), published)
        if groups.get("since_start") and resolved[0] is not None and resolved[0] <= published:
            resolved = (resolved[0], published, False)  # since a season's start: up to the report
        if (resolved[0] is None and resolved[1] is None) or (
            kind == "since" and _CHANGE_FROM.search(sentence, max(0, start - 72), start + 5)
        ):  # "up 12% from 2022": a base year, not a start
            kind, start, end = "year", year.start(), year.end()
            resolved = _year(groups, int(year.group(0)), published)
        opens_ahead = kind == "year" and _opening_start_ahead(sentence, year)
        if opens_ahead:  # "From 2027 every farmer will have to register": a start with no end given
            kind, start, resolved = "from", 0, (date(int(year.group(0)), 1, 1), None, False)
        consumed = end
        named = (kind == "range" and bool(_PROGRAMME_BEFORE.search(sentence, max(0, start - 40), start))) or (
            kind == "year"
            and bool(_DOCUMENT_AFTER.match(sentence, end))
            and _DOCUMENT_DETERMINER.search(sentence, 0, start) is not None
        )
        periods.append(
            Period(
                start,
                end,
                *resolved,
                # "against 186 thousand in the first six months of 2023": the base's words stand
                # before "the first", which the phrase leaves out
                is_comparison=not opens_ahead
                and is_comparison_base(
                    sentence, _before_first(sentence, start) if kind == "months_of" else start
                )
                or _is_event_date(sentence, start, end)
                or _level_of_another(sentence, start, end)
                or (kind == "since" and _record_yardstick(sentence, start)),
                is_weak=named,
                flow_start=_flow_start(kind, groups, sentence, start, resolved[1]),
                same_span=kind == "year" and _is_same_span(sentence, start),
            )
        )
    periods.extend(_yearless(sentence, published, year_in_scope, periods, (is_ascii, lower)))
    if "0s" in sentence:
        periods.extend(_decades(sentence, published, periods))
    if _lower_holds(is_ascii, lower, _RELATIVE_PARTS) and (
        _RELATIVE_WORDS_LOWER.search(lower) if ascii_text else _RELATIVE_WORDS.search(sentence)
    ):
        for match in _relative_matches(sentence, _needed_relative(lower) if ascii_text else None):
            kind = _RELATIVE_PATTERNS[int(str(match.lastgroup)[1:])][1]  # r<i>: an inner group closes first
            if _overlapping(match.start(), match.end(), periods):
                continue
            if (
                kind == "season"
                and not match["season_which"]
                and not match["season_year"]
                and not match["campaign"]  # a campaign's season dates its allotments, ahead or done
                and not _told_season(sentence, match.start(), match.end())
            ):
                continue
            if kind == "over_n_years" and not _AHEAD_WORDS.search(sentence):
                continue  # "Over six years, output has tripled", "is repaid over five years"
            if kind == "yesterday" and _REPORTED_NEAR.search(
                sentence, max(0, match.start() - 48), min(len(sentence), match.end() + 32)
            ):
                continue  # "the ministry said yesterday": the day of the report, no figure's

            resolved = RESOLVERS[kind](
                match.groupdict(),
                _year_named_before(sentence, periods, match.start(), kind) or year_in_scope or published.year,
                published,
            )
            if kind == "over_n_years" and (started := _STARTED_IN_YEAR.search(sentence)):
                # "Since 2023 the pension has been raised each year and will reach 70% over five
                # years", "over three years, from 2023 to 2025": counted from the year named
                first = int(started[1])
                over = match["over"] or match["over_in"]
                count = _COUNT_WORDS.get(over.lower()) or int(over)
                resolved = date(first, 1, 1), date(first + count - 1, 12, 31), False
            always = bool(_ALWAYS_COMPARISON.fullmatch(match.group(0)))
            comparison = (
                always
                or is_comparison_base(sentence, match.start())
                or (kind in _LOOK_BACK_SPANS and _record_yardstick(sentence, match.start()))
                or _level_of_another(sentence, match.start(), match.end())
                or (kind in ("last_year", "previous_year") and _dates_base_value(sentence, match.start()))
                or (
                    kind in ("last_year", "previous_year")
                    and sentence.startswith(("'s", "’s"), match.end())
                    and _MEASURED_AGAINST_BEFORE.search(sentence, max(0, match.start() - 24), match.start())
                    is not None
                )
                or _is_event_date(sentence, match.start(), match.end())
                or (
                    kind == "last_week"
                    and bool(_SAID_BEFORE.search(sentence, max(0, match.start() - 60), match.start()))
                )
            )
            if kind == "year_before_last" and comparison:
                continue  # as a base it is left to the base readers, which count from the figure's span
            same = always or (
                kind in ("last_year", "previous_year") and _is_same_span(sentence, match.start())
            )
            periods.append(
                Period(
                    match.start(),
                    match.end(),
                    *resolved,
                    is_comparison=comparison,
                    is_weak=kind in _WEAK,
                    sets_scene=kind not in _NO_SCENE or _season_over(kind, match, resolved, published),
                    flow_start=_flow_start(kind, match.groupdict(), sentence, match.start(), resolved[1]),
                    same_span=same,
                )
            )
    # "set by a government decree of 2008": the act's date dates no figure (most sentences name no
    # act's noun: their periods are not asked one by one)
    # (printable ASCII is plain text: its lower() is the one sentence_lower would make)
    if periods and may_name_an_english_act(lower if ascii_text else sentence_lower(sentence)):
        periods = [p for p in periods if not names_a_legal_act(sentence, p.start, p.end, "en")]
    return sentence, tuple(sorted(periods, key=lambda p: p.start))


def _year_named_before(sentence: str, periods: list[Period], start: int, kind: str) -> int | None:
    """'Inflation was 8.6% in 2024 and 9.8% in the previous year', 'net profit in 2024 was 120
    billion tenge, compared to 95 billion in the previous year': 'the previous year' is the one
    before the year its sentence named last (not a base), not the year before the article's
    (+pb44en)."""
    if kind != "previous_year":
        return None
    named = [
        p.period_start.year
        for p in periods
        if p.end <= start
        and not p.is_comparison
        and p.period_start is not None
        and _ANY_YEAR.search(sentence, p.start, p.end)
    ]
    return named[-1] if named else None


_SAME_DATE = re.compile(r"\bsame\s+date\b", re.I)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ON_WEEKDAY = re.compile(r"\bon\s+(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _weekdays_told(sentence: str, published: date, taken: list[Period]) -> list[Period]:
    """'the chairman said on Monday', 'speaking at a session on Tuesday': a weekday names the last
    such day up to the report (the day of publication itself when it is that weekday). Read for the
    days of telling only: a weekday dates no figure of its own."""
    if "day" not in sentence:
        return []
    found = []
    for match in _ON_WEEKDAY.finditer(sentence):
        if _overlapping(match.start(), match.end(), taken):
            continue
        back = (published.weekday() - _WEEKDAYS.index(match["weekday"].lower())) % 7
        day = published - timedelta(days=back)
        found.append(Period(match.start(), match.end(), day, day, False))
    return found


_EARLY_BEFORE = re.compile(r"\bearly\s+$", re.I)
_EARLY_OPENING = re.compile(r"(?:in\s+)?early\s+", re.I)


def _early_month_to_its_day(sentence: str, periods: list[Period]) -> list[Period]:
    """'In early August 2018 compared to the same date in 2017, the number of cattle increased':
    a month opened by "early" and set against a date is its first day (the stock's count date), not
    the whole month."""
    return [
        replace(p, period_end=p.period_start)
        if _is_one_month(p)
        and (
            _EARLY_BEFORE.search(sentence, max(0, p.start - 8), p.start)
            or _EARLY_OPENING.match(sentence, p.start)  # a yearless month's span holds its "in early"
        )
        else p
        for p in periods
    ]


_COMPARED_WITH = re.compile(r"\s*,?\s+(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:the\s+)?", re.I)


def _is_one_month(period: Period) -> bool:
    first, last = period.period_start, period.period_end
    return (
        first is not None and last is not None and first.day == 1
        and (first.year, first.month) == (last.year, last.month) and (last + timedelta(days=1)).day == 1
    )  # fmt: skip


def _month_after_its_base(sentence: str, periods: list[Period]) -> list[Period]:
    """'in January compared with December 2017': a yearless month told against a dated month is
    the first such month after it (January 2018), not the report's or the scope's January."""
    out = list(periods)
    for index, (month, base) in enumerate(zip(periods, periods[1:], strict=False)):
        if (
            month.has_year or not base.has_year or not base.is_comparison or month.is_comparison
            or not _is_one_month(month) or not _is_one_month(base)
            or not _COMPARED_WITH.fullmatch(sentence, month.end, base.start)
        ):  # fmt: skip
            continue
        assert month.period_start is not None and base.period_start is not None  # (one month each)
        year = base.period_start.year + (month.period_start.month <= base.period_start.month)
        first = date(year, month.period_start.month, 1)
        out[index] = replace(month, period_start=first, period_end=first + relativedelta(months=1, days=-1))
    return out


def _year_to_the_day(periods: list[Period], published: date) -> list[Period]:
    """'deposits reached 24 trillion as of 1 October, up 17% over the past 12 months': a year's
    change beside a stock on an earlier day covers the twelve months up to that day (FORMAT.md),
    not the twelve months up to the report; and a change 'since the start of the year' beside it
    runs to that day ("since" on a level dated before publication)."""
    out: list[Period] = []
    day: date | None = None
    for period in periods:
        start, end = period.period_start, period.period_end
        if start is not None and start == end and start < published and not period.is_comparison:
            day = start
        elif (
            day is not None
            and end == published
            and start == published - relativedelta(years=1)
            and not period.is_comparison
        ):
            period = replace(
                period, period_start=day - relativedelta(years=1), period_end=day - timedelta(days=1)
            )
        elif (
            day is not None
            and end == published
            and start is not None
            and start < day
            and not period.is_comparison
            and not period.is_weak
        ):
            period = replace(period, period_end=day)
        out.append(period)
    return out


# "the ministry said on Nov. 13", "reported on 5 March", "at a briefing on Tuesday": the day of
# the report or the event where it was told, never the period of the figures in it.
_REPORTING_WORDS = (
    r"said|says|reported|reports|announced|announces|told|tells|stated|states|noted|notes|informed|"
    r"informs|added|adds|wrote|writes|published|publishes|declared|confirmed|explained|emphasized|emphasised|"
    r"released|issued|presented|disclosed|unveiled|posted|revealed|"
    r"briefing|session|meeting|conference|interview|forum|statement|release|speech|address|according\s+to"
)
# ("..., the Statistics Committee said May 18.": a verb of telling right before the day, "on" left out)
_REPORTING_BEFORE = re.compile(
    rf"\b(?:{_REPORTING_WORDS})(?:\s+[\w’'.-]+){{0,3}}?\s+on\s+$|\b(?:report|statement|release)\s+(?:of|dated)\s+$"
    r"|\b(?:said|reported|announced|stated|informed|declared|added)\s+$",
    re.I,
)
# "On Nov. 13, the ministry reported that ...": the verb of report right after the opening date
_REPORTING_AFTER = re.compile(
    r",?\s+(?:[\w’'.-]+\s+){0,6}?(?:said|reported|announced|told|stated|informed|noted|declared)\b", re.I
)
# "ASTANA, Nov. 13 –", "ALMATY. November 13. KAZINFORM": a dateline
_DATELINE_BEFORE = re.compile(r"^\s*[A-Z][A-Z-]+(?:\s+[A-Z][A-Z-]+)?[.,]\s+$")
# "Oct 14 (Interfax) - Cargo traffic ...": the day left opening the sentence when the splitter cut
# the town ("ASTANA.") off, followed by the wire's name in brackets or by the dateline's dash
# (not "October 14 - 20" nor "September 1 – December 31": a span)
_DATELINE_DAY_AFTER = re.compile(
    r"\s*(?:\([A-Z][\w .-]{1,30}\)\s*)?[-–—]\s+"
    r"(?!\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
)
_ON_AT_START = re.compile(r"on\s+", re.I)
# ("Reporting to the President on August 25, the minister said": a report given that day, too)
_SPEAKING_AT_BEFORE = re.compile(
    r"\b(?:speaking|reporting)\s+(?:at|to|before|during)\s+[^,.;:]{0,100}\s+on\s+$", re.I
)


def _is_reporting_date(sentence: str, period: Period) -> bool:
    if period.period_start is None or period.period_start != period.period_end:
        return False
    lead = _ON_AT_START.match(sentence, period.start)
    before = sentence[max(0, period.start - 60) : lead.end() if lead else period.start]
    if _DATELINE_BEFORE.match(sentence[: period.start]):
        return True
    if not sentence[: period.start].strip() and _DATELINE_DAY_AFTER.match(sentence, period.end):
        return True
    if _SPEAKING_AT_BEFORE.search(sentence, max(0, period.start - 120), lead.end() if lead else period.start):
        return True  # "Speaking at a session of the Majilis committee on Tuesday, the minister said"
    if _REPORTING_BEFORE.search(before):
        # "At its meeting on 25 July, the National Bank decided to raise its base rate to 14.5%": the
        # day a board decided, the figure's own day, not a day something was told
        return not (_BOARD_MEETING_BEFORE.search(before) and _DECIDED_AFTER.match(sentence, period.end))
    if _ARTICLE_BEFORE.search(sentence, max(0, period.start - 8), period.start) and _MEETING_AFTER.match(
        sentence, period.end
    ):
        return True  # "told a Dec. 19 government meeting": the day names the meeting
    return (
        bool(lead)
        and not _THIRD_WORD_BEFORE.match(sentence, 0, period.start)
        and bool(_REPORTING_AFTER.match(sentence, period.end))
    )


_THIRD_WORD_BEFORE = re.compile(r"\s*\S+\s+\S+\s+\S")
_BOARD_MEETING_BEFORE = re.compile(r"\b(?:meeting|session)\s+on\s+$", re.I)
_DECIDED_AFTER = re.compile(
    r",?\s+(?:[\w’'().-]+\s+){0,8}?(?:decided|voted|raised|lowered|cut|kept|left|set|hiked|reduced)\b", re.I
)
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her)\s+$", re.I)
_MEETING_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:meeting|briefing|session|conference|forum|interview|speech|address|summit|hearing)\b",
    re.I,
)


_AND_BETWEEN = re.compile(r"\s+and\s+(?:in\s+)?(?:the\s+)?(?:first\s+)?$")
RESPECTIVELY = re.compile(r",?\s+respectively\b")  # "in 2023 and 2024, respectively"
# "for 2026, 2027 and 2028": the rest of a list of years, which a comma joins only when "and" ends it
_YEAR_LIST_REST = re.compile(rf"(?:,\s+{_YEAR}\b)*,?\s+and\s+{_YEAR}\b")


def _listed_next_year(sentence: str, last: Period, period: Period) -> bool:
    """'2026, 2027 and 2028': the next whole year of a comma list of consecutive years."""
    if sentence[last.end : period.start] != ", " or not _YEAR_LIST_REST.match(sentence, last.end):
        return False
    rest = _YEAR_LIST_REST.match(sentence, last.end)
    if rest is None or RESPECTIVELY.match(sentence, rest.end()):
        return False
    whole = [(p.period_start, p.period_end) for p in (last, period)]
    return (
        all(a is not None and b is not None and (a.month, a.day, b.month, b.day) == (1, 1, 12, 31) for a, b in whole)
        and whole[0][1] is not None and whole[1][0] is not None and whole[1][0].year == whole[0][1].year + 1
        and not last.is_comparison and not period.is_comparison
    )  # fmt: skip


_PRESENT_VERB_AFTER = re.compile(r"\s+(?:stands?|totals?|numbers?|amounts?|comes?|is|are|has|have)\b", re.I)


def _joined(sentence: str, periods: list[Period]) -> list[Period]:
    """'In 2023 and 2024', 'in 2024 and the first six months of 2025': one period over both."""
    joined: list[Period] = []
    for period in periods:
        last = joined[-1] if joined else None
        if (
            last is not None and _AND_BETWEEN.match(sentence[last.end : period.start])
            and not RESPECTIVELY.match(sentence, period.end)
            # "has doubled over the past year and currently stands at": "and" joins two clauses, the
            # present being the second one's time
            and not (period.is_weak and _PRESENT_VERB_AFTER.match(sentence, period.end))
            and not last.is_comparison and not period.is_comparison and not last.is_deadline and not period.is_deadline
            and last.period_start and period.period_end and last.period_start < period.period_end
            and (period.period_start is None or last.period_start <= period.period_start)
        ):  # fmt: skip
            joined[-1] = replace(
                last,
                end=period.end,
                period_end=period.period_end,
                is_comparison=_is_event_date(sentence, last.start, period.end),  # "born between ... and ..."
            )
        elif last is not None and _listed_next_year(sentence, last, period):
            joined[-1] = replace(last, end=period.end, period_end=period.period_end)
        elif last is not None and _part_then_its_year(sentence, last, period):
            # "in July-September last year", "in the third quarter last year": the part of that year
            year = period.period_start.year if period.period_start else 0
            joined[-1] = replace(
                last,
                end=period.end,
                period_start=_in_year(last.period_start, year),
                period_end=_in_year(last.period_end, year),
                has_year=True,
                is_comparison=last.is_comparison or period.is_comparison,
                same_span=False,
            )
        elif last is not None and _years_restating_look_back(sentence, last, period):
            # "over the past three years, from 2021 to 2023": the years named restate the span
            # counted back, and are what it covers (+ps42en)
            joined[-1] = replace(period, start=last.start)
        elif last is not None and _start_then_end(sentence, last, period):
            # "From January 17, 2023 to February 1, 2024", "from May 5 until June 30": one span
            # ("children born from 1 January 2006 to 31 December 2023 were eligible": the whole span
            # dates the noun's birth, not the figure, +ps41en)
            joined[-1] = replace(
                last,
                end=period.end,
                period_end=period.period_end,
                is_deadline=False,
                is_comparison=last.is_comparison or _is_event_date(sentence, last.start, period.end),
            )
        else:
            joined.append(period)
    return joined


_OF_BETWEEN = re.compile(r"\s+(?:of\s+)?")
# ", from 2021 to 2023", " (2021-2023)", " – in 2021–2023": whole years set beside a span counted back
_RESTATED_BETWEEN = re.compile(r"\s*(?:,|\(|[–—])\s*(?:(?:from|in|between|i\.e\.|that\s+is,?)\s+)?", re.I)


def _years_restating_look_back(sentence: str, back: Period, years: Period) -> bool:
    """A span counted back from the report ("over the past three years") right before as many
    whole years named ("from 2021 to 2023"): the years say which it is."""
    if back.is_comparison or years.is_comparison or back.is_deadline or years.is_deadline:
        return False
    first, last, start, end = back.period_start, back.period_end, years.period_start, years.period_end
    if first is None or last is None or start is None or end is None or (first.month, first.day) == (1, 1):
        return False  # a span counted back starts on the report's day of the year
    if (start.month, start.day, end.month, end.day) != (1, 1, 12, 31) or end.year - start.year < 1:
        return False
    return (
        last.year - first.year == end.year - start.year + 1
        and start.year in (first.year, first.year + 1)
        and _RESTATED_BETWEEN.fullmatch(sentence, back.end, years.start) is not None
    )


def _part_then_its_year(sentence: str, part: Period, year: Period) -> bool:
    """A yearless month, quarter or half right before a relative whole year ("last year")."""
    return (
        not part.has_year and not part.is_deadline and not year.is_deadline
        and part.period_start is not None and part.period_end is not None
        and part.period_start.year == part.period_end.year
        and year.period_start is not None and year.period_end is not None
        and (year.period_start.month, year.period_start.day, year.period_end.month, year.period_end.day) == (1, 1, 12, 31)
        and year.period_start.year == year.period_end.year
        and not any(c.isdigit() for c in sentence[year.start : year.end])  # "May 2024" is read whole already
        and bool(_OF_BETWEEN.fullmatch(sentence, part.end, year.start))
    )  # fmt: skip


def _in_year(day: date | None, year: int) -> date | None:
    """The same month and day in another year (29 February falls back to the 28th)."""
    if day is None:
        return None
    return (
        day.replace(year=year, day=min(day.day, 28))
        if (day.month, day.day) == (2, 29)
        else day.replace(year=year)
    )


_TO_BETWEEN = re.compile(r",?\s+(?:(?:to|until|till|through)\s+)?(?:the\s+end\s+of\s+)?")


_CLOSING_WORD = re.compile(r",?\s+(?:to|until|till|through)\s+", re.I)
_CLOSING_GAP = re.compile(r",?\s*")  # the closing word may open the day's own phrase ("till 1 December")


def _start_then_end(sentence: str, first: Period, second: Period) -> bool:
    """A start without an end right before the day (or deadline) that ends it; or a "since"
    span (which runs to the report) closed by a day before it: "Since 2016 till 1st December 2017"."""
    gap = sentence[first.end : second.start]
    since_closed = (
        first.period_end is not None and sentence[first.start : first.end].lower().startswith("since ")
        and second.period_end is not None and second.period_end < first.period_end
        and bool(
            _CLOSING_WORD.fullmatch(gap)
            or (_CLOSING_GAP.fullmatch(gap) and _CLOSING_WORD.match(" " + sentence[second.start : second.end]))
        )
    )  # fmt: skip
    return (
        first.period_start is not None and (first.period_end is None or since_closed)
        and not first.is_comparison and not second.is_comparison
        and second.period_end is not None and second.period_end > first.period_start
        and (second.is_deadline or second.period_start == second.period_end)
        and bool(_TO_BETWEEN.fullmatch(gap)) and (second.is_deadline or gap.strip(", ") != "")
    )  # fmt: skip


# A relative clause or an appositive one set off by commas, about the subject's earlier course
# ("The number of unemployed, which had been declining since 2014, rose ...", "Oil, whose share has
# shrunk since 2014, made up ...", "Coal mining, a sector that has lost ground since 2015, added ...")
_SUBJECT_ASIDE = re.compile(
    r",\s+(?:which|who|whose|where|(?:an?|the)\s+(?:[\w-]+\s+){1,3}(?:that|which|whose|where)"
    # "the ring road, due for completion in 2025, ...": the subject's own schedule
    r")\b"
    r"(?:[^,;:()]|,(?=\S))*,\s"
)


# "the interventions, which started on November 16, cost $1 billion": the start of what is counted


def aside_spans(sentence: str) -> list[re.Match[str]]:
    """The asides of a sentence (see _SUBJECT_ASIDE), earliest first."""
    return list(_SUBJECT_ASIDE.finditer(sentence)) if ", " in sentence else []


def _year_before_in(taken: list[Period], start: int, asides: list[re.Match[str]] | None = None) -> int | None:
    """The year of the sentence's last dated phrase before `start` that is no base ("lost 15% in 2024
    and went past 500 in November": that November is 2024's, whatever year the article was in), nor
    in an aside that `start` is outside ("the road, due for completion in 2025, ... in November")."""
    outside = [a for a in asides or () if not a.start() <= start < a.end()]
    years = [
        p.period_end.year
        for p in taken
        if p.end <= start and not p.is_comparison and p.period_start is not None and p.period_end is not None
        and p.period_start.year == p.period_end.year
        and not any(a.start() <= p.start and p.end <= a.end() for a in outside)
    ]  # fmt: skip
    return years[-1] if years else None


def _whole_year_after_in(taken: list[Period], end: int, sentence: str) -> int | None:
    """The year of the sentence's first whole calendar year after `end` that is no base, with no
    figure between ("on January 1, up from 7% in 2023": that year is the base's)."""
    for p in taken:
        if (
            p.start >= end
            and not p.is_comparison
            and not p.is_deadline
            and not any(c.isdigit() for c in sentence[end : p.start])
            and p.period_start is not None
            and p.period_end is not None
            and (p.period_start.month, p.period_start.day, p.period_end.month, p.period_end.day)
            == (1, 1, 12, 31)
            and p.period_start.year == p.period_end.year
        ):
            return p.period_start.year
    return None


_LAST_YEAR_WORDS = re.compile(r"\blast\s+year\b(?!['’])", re.I)


def _last_year_told_before(sentence: str, start: int, taken: list[Period]) -> bool:
    """'Last year, the bank raised the rate in January (to 10.25%) ...': a month or a part told after
    "last year" in its sentence is last year's, unless a year written between dates it, or
    "last year" is a comparison's base ("than last year; in March ...")."""
    if "ast year" not in sentence[:start]:
        return False
    told = [
        m
        for m in _LAST_YEAR_WORDS.finditer(sentence, 0, start)
        if not is_comparison_base(sentence, m.start())
    ]
    if not told:
        return False
    since = told[-1].end()
    return not any(p.has_year and since <= p.start < start for p in taken)


def _yearless(
    sentence: str,
    published: date,
    year_in_scope: int | None,
    taken: list[Period],
    read: tuple[bool, str] | None = None,
) -> list[Period]:
    """The phrases without a year; `read` is the sentence's (isascii(), lower()) when known."""
    is_ascii, lower = read or (sentence.isascii() or _printable_ascii(sentence), sentence.lower())
    ascii_text = is_ascii and _printable_ascii(sentence)
    gates = {
        "year": "year" in lower,
        # (a code holds a capital Q or H: most sentences hold neither and skip the scan)
        "part": "half" in lower
        or "quarter" in lower
        or (("Q" in sentence or "H" in sentence) and bool(_PART_CODE.search(sentence))),
        "months": "months" in lower,
        "month": _lower_holds(is_ascii, lower, _MONTH_PARTS)
        and bool(_MONTH_WORD_LOWER.search(lower) if ascii_text else _ANY_MONTH.search(sentence)),
    }
    gates["glued"] = _may_be_glued(sentence)
    gates["n_month"] = "-month" in lower
    gates["year_end"] = gates["year"] and ("end" in lower or "close" in lower)
    gates["since"] = gates["month"] and "since" in lower
    gates["month_words"] = (
        gates["month"]
        and any(word in lower for word in _MONTH_RANGE_WORDS)
        and (not ascii_text or len(_MONTH_WORD_LOWER.findall(lower)) > 1)
    )
    if not any(gates.values()):
        return []
    found: list[Period] = []
    asides: list[re.Match[str]] | None = None
    for pattern, twin, kind, gate, words in _YEARLESS_GATED:
        if not gates[gate]:
            continue
        if ascii_text:
            pattern = twin
            if words:
                for word in words:
                    if word in lower:
                        break
                else:
                    continue  # none of the words every match holds
        for match in pattern.finditer(sentence):
            start, end = match.span()
            if _overlapping(start, end, taken + found):
                continue
            groups = {k.rstrip("_"): v for k, v in match.groupdict().items() if v is not None}
            if kind == "months_in" and _is_duration(sentence, start, groups):
                continue
            if (
                kind == "month"
                and "last" in groups
                and "year_named" not in groups
                and not _last_month_plain(sentence, start, groups, published)
            ):
                continue
            if kind == "day":
                lead = _LEAD_BEFORE.search(sentence, max(0, start - 24), start)
                if lead:
                    start, groups["lead"] = lead.start(), lead["lead"]
                    if _STARTED_ON_AT.fullmatch(groups["lead"]):
                        groups["started"] = groups["lead"]  # a past start: not a day still ahead
                    if _IN_FORCE_AT.fullmatch(groups["lead"]) or groups.get("started"):
                        groups["lead"] = "from"
            # "the first quarter of this year" after "Last year ...": the publication year, not the scope's
            if asides is None:
                asides = aside_spans(sentence)  # read once, for the first phrase that needs it
            in_scope = None if "this" in groups else (_year_before_in(taken, start, asides) or year_in_scope)
            if (
                kind == "day"
                and "this" not in groups
                and _year_before_in(taken, start, asides) is None
                and _told_past(sentence, start, end)
                and (later_year := _whole_year_after_in(taken, end, sentence)) is not None
            ):
                # "Together with the 8.5% indexation carried out on January 1, the total increase in
                # 2023 amounted to 23%": a past day's year is the one the sentence names after it
                in_scope = later_year
                groups["told_year"] = "named"  # that year's day, not the nearest one gone by
            if "this" not in groups and _last_year_told_before(sentence, start, taken):
                in_scope = published.year - 1  # "Last year, the bank raised the rate in January ..."
                groups["told_year"] = "last"  # that year's month, not the nearest one
            if "last" in groups:
                in_scope = published.year - 1
                if kind == "month":
                    groups["told_year"] = "last"  # "last October": that year's, not the nearest one
            elif "previous" in groups:
                in_scope = (in_scope or published.year) - 1
            elif (
                kind in ("day", "deadline") and "this" not in groups and _THIS_YEAR_AFTER.match(sentence, end)
            ):
                # "95% of which were paid until June 1 of this year", told in December: this year's
                # June 1, not the nearest one ahead
                in_scope = published.year
                groups["told_year"] = "this"
            that_year = None
            if kind == "that_year_deadline":
                named = [p.period_end.year for p in taken if p.period_end is not None and p.end <= start]
                that_year = named[-1] if named else year_in_scope or published.year
            if kind == "month" and _FUTURE_BEFORE.search(sentence, _clause_start(sentence, start), start):
                in_scope = None  # "will open in November": the November ahead, not the scope's
            elif kind == "deadline" and _SPEAKS_AHEAD.search(sentence, _clause_start(sentence, start), start):
                groups["ahead"] = "1"  # "will be complete by December" told in January: this December
            elif kind == "month" and _PAST_BEFORE.search(sentence, _clause_start(sentence, start), start):
                groups["started"] = "past"  # "The low point came in February": not the February ahead
            elif (
                kind in ("day", "day_range")
                and groups.get("lead", "as of").lower() in ("as of", "as at", "on", "from", "between")
                and _told_past(sentence, start, end, telling=kind == "day")
            ) or (kind == "month_start_point" and not _AHEAD_WORDS.search(sentence)):
                # "As of January 1 the herd numbered ...": the January 1 gone by; "As of May, the fund
                # holds ...": a stock is told at a month's start already reached
                groups["started"] = "past"
            resolved = (
                _resolve_yearless(
                    kind,
                    groups,
                    published,
                    in_scope,
                    ahead=kind in _PARTS and bool(_SPEAKS_AHEAD.search(sentence)),
                )
                if that_year is None
                else _deadline(groups, that_year, published)
            )
            if resolved is None:
                continue
            if kind == "day" and resolved[:2] == (published, None) and _STARTED_ON_AT.match(sentence, start):
                # "first payments to 6.9 million children began on 1 February", told that day: a
                # start on the report's own day has run for none, its figures are that day's (+ps42en)
                resolved = (published, published, *resolved[2:])
            # "a visa-free regime, launched in November, ...": when the subject came to be
            comparison = (
                is_comparison_base(sentence, start)
                or (kind in ("month", "day") and _is_event_date(sentence, start))
                or ("last" in groups and kind == "month" and _after_base_figure(sentence, start))
            )
            found.append(
                Period(
                    start,
                    end,
                    *resolved,
                    is_comparison=comparison,
                    has_year=False,
                    flow_start=_flow_start(kind, groups, sentence, start, resolved[1]),
                )
            )
    return found


def opens_on_span_over_this_year(sentence: str, published: date) -> bool:
    """'In January-June, the region's short-term indicator reached 110.7%' (told in August, after a
    paragraph on last year): a yearless span from 1 January opening the sentence, over by the
    report in the publication year, is this year's; a report does not give last year's first half
    without naming the year (+fs30en)."""
    opening = _YEARLESS_SPAN_OPENING.match(sentence)
    if opening is None:
        return False
    found = find_periods(opening.group(), published, published.year)
    first = found[0] if found else None
    return (
        first is not None
        and not first.has_year
        and not first.is_comparison
        and first.period_start == date(published.year, 1, 1)
        and first.period_end is not None
        and first.period_end < published
    )


# "In January-June,", "Over the first five months,", "In the first half of the year,"
_YEARLESS_SPAN_OPENING = re.compile(r"(?:In|Over|During|For)\s+(?!\d)[^,\d]{4,48},")


def _last_month_plain(sentence: str, start: int, groups: dict[str, str], published: date) -> bool:
    """'last October' is the year before's October when this year's is still ahead ("last October",
    told in March) or when it is a base ("compared with 11.6% last October", told in November about
    this October); told after this year's month as a plain date, it may mean either, so is not read."""
    if month_number(groups["m"]) >= published.month or is_comparison_base(sentence, start):
        return True
    return _after_base_figure(sentence, start)


def _after_base_figure(sentence: str, start: int) -> bool:
    """'compared with 11.6% last October': the phrase dates the base figure just before it."""
    return _BASE_FIGURE_BEFORE.search(sentence, max(0, start - 48), start) is not None


# "compared with 11.6% last October", "up from 9.1 billion last March": a base figure just before
_BASE_FIGURE_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|against|versus|from|than)\s+(?:about\s+|around\s+)?[-+−]?\d[\d.,]*"
    r"\s*(?:%|per\s?cent|percent|(?:thousand|million|billion|trillion)?\s*[a-z]*)\s+$",
    re.I,
)


# "June 1 of this year", "by May this year": the publication year named after a yearless day or month
_THIS_YEAR_AFTER = re.compile(r",?\s+(?:of\s+)?(?:this|the\s+current)\s+year\b", re.I)
# a past tense before a yearless month in its clause
_PAST_BEFORE = re.compile(
    r"\b(?:was|were|came|went|saw|fell|rose|grew|peaked|totalled|totaled|amounted|reached|recorded|hit"
    # "Construction of 12 schools began in June", "the akimat opened 4 clinics in June" (told in
    # March): a deed done, so last June, not the June ahead
    r"|began|started|built|opened|launched|completed|commissioned|finished|spent|paid)\b",
    re.I,
)
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|would|shall|to\s+be|within|next|another|take|takes|took|plans?|expected)\b", re.I
)


_REPORTED_NEAR = re.compile(rf"\b(?:{_REPORTING_WORDS})\b", re.I)
# a past verb; a plan or expectation
_PAST_VERB = re.compile(
    r"\b(?:was|were|had|did|came|went|saw|grew|rose|fell|made|took|gave|brought|sold|paid|built|spent|won|\w{3,}ed)\b",
    re.I,
)
# the irregular past of telling: "At a meeting on February 28, he said that ..." (a day gone by;
# only for a day of telling: "hotel occupancy exceeds 90% in summer, he said" is no past summer)
_TOLD_VERB = re.compile(r"\b(?:said|told|spoke|met)\b", re.I)
_AHEAD_WORDS = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:to|due|set|expected|planned)|plans?|expects?)\b", re.I
)
# ", opened in Beijing in the spring,": a participle aside telling when its subject came to be
_PARTICIPLE_ASIDE = re.compile(r",\s+[a-z]+(?:ed|en)\b[^,;:]*$")


def _told_season(sentence: str, start: int, end: int) -> bool:
    """Whether 'in the summer' (a season with no 'this', 'last' or year) dates its sentence: only
    in a report of what was done (a past verb, nothing ahead), not a habit ('during the summer
    season occupancy exceeds 90%'), the timing inside a plan ('in the autumn seeds are to be
    sown') or an aside on when the subject came to be."""
    if not _PAST_VERB.search(sentence) or _AHEAD_WORDS.search(sentence):
        return False
    return not (_PARTICIPLE_ASIDE.search(sentence, 0, start) and sentence[end : end + 1] == ",")


def _told_past(sentence: str, start: int, end: int, telling: bool = False) -> bool:
    """A past verb in the clause of a date (before or after it), and nothing ahead in the sentence;
    with `telling`, a past verb of telling counts too (+ps43en)."""
    after = _CLAUSE_END.search(sentence, end + 1)
    clause = sentence[_clause_start(sentence, start) : after.start() if after else len(sentence)]
    past = _PAST_VERB.search(clause) or (telling and _TOLD_VERB.search(clause))
    return bool(past) and not _AHEAD_WORDS.search(sentence)


def _clause_start(sentence: str, start: int) -> int:
    return max((m.end() for m in _CLAUSE_END.finditer(sentence, 0, start)), default=0)


def _is_duration(sentence: str, start: int, groups: dict[str, str | None]) -> bool:
    """'will be built in 18 months', 'to be repaid over six months': a duration, not the span
    a report covers (months counted from January can be at most twelve)."""
    count = _COUNT_WORDS.get((groups.get("n") or "").lower()) or int(groups.get("n") or 0)
    if not 2 <= count <= 12:
        return True
    return bool(_FUTURE_BEFORE.search(sentence, _clause_start(sentence, start), start))


_MONTH_RANGE_WORDS = (" to ", "between", "through", "till", "until", " and ")
_LEADS = {"by": "deadline", "until": "deadline", "till": "deadline", "from": "from", "since": "since",
          "starting from": "from", "effective": "from"}  # fmt: skip
# Reported spans without a year that would start after publication are last year's.
_REPORTING_KINDS = {
    "n_month_period",
    "year_to",
    "months_to",
    "quarter_span",
    "quarters_of",
    "part",
    "months_of",
    "first_month",
    "months_in",
    "month_range",
    "month_words",
    "year_start_to",
    "month_to_day",
}
_NEAREST_KINDS = {
    "day_span_words",
    "day",
    "day_span",
    "day_range",
    "month",
    "first_days",
    "deadline",
    "from",
    "since",
    "month_end_point",
    "month_start_point",
}


# "EIA expects output of 1.69 million bpd in the third quarter", "growth must be kept at 4% in the
# fourth quarter": a quarter or half told ahead is the one still to come, not the last one over
_PARTS = ("part",)
_SPEAKS_AHEAD = re.compile(
    r"\b(?:will|shall|expects?|expected|forecasts?|projected|projects|plans?|planned|necessary|needs?\s+to|"
    r"must|should|aims?\s+to)\b",
    re.I,
)


def _resolve_yearless(
    kind: str,
    groups: dict[str, str | None],
    published: date,
    year_in_scope: int | None,
    *,
    ahead: bool = False,
) -> Resolved | None:
    year = year_in_scope or published.year
    if kind in _REPORTING_KINDS and year > published.year and not ahead:
        year = published.year  # a span reported without its year is not one still ahead
    if kind == "year_start":
        day = date(year, 1, 1)
        return day, day, False
    if kind == "day":
        kind = _LEADS.get((groups.get("lead") or "").lower(), "day")
        if kind == "deadline":
            groups["d"] = groups.get("d") or "1"
    if (
        kind in _NEAREST_KINDS
        and (year_in_scope is None or abs(year_in_scope - published.year) <= 1)
        and not groups.get("told_year")
    ):
        nearest = _nearest(kind, groups, published)
        if (
            groups.get("started")
            and nearest is not None
            and nearest[0] is not None
            and nearest[0] > published
        ):
            return RESOLVERS[kind](groups, nearest[0].year - 1, published)
        if groups.get("ahead") and nearest is not None and nearest[1] is not None and nearest[1] < published:
            return RESOLVERS[kind](groups, nearest[1].year + 1, published)
        if (
            kind == "month"
            and year_in_scope is not None
            and year_in_scope < published.year
            and nearest is not None
            and nearest[0] is not None
        ):
            # "310 received aid in November" in a report on last year: that year's November, not one
            # still ahead of the report
            if nearest[0] > published:
                return _month(groups, year_in_scope, published)
            # "Last year the bank raised the rate ... to 10.25% in January", told on 11 January: the
            # month under way is not over, so no level of it is told; that year's January is (told in
            # the past: "In February, sales may reach" stays this one)
            if nearest[1] is not None and nearest[0] <= published <= nearest[1] and groups.get("started"):
                return _month(groups, year_in_scope, published)
        return nearest
    resolved = RESOLVERS[kind](groups, year, published)
    if resolved[0] is None and resolved[1] is None:
        return None
    if (
        kind in _REPORTING_KINDS
        and year == published.year
        and not ahead
        and _after_publication(kind, resolved, published)
    ):
        resolved = RESOLVERS[kind](
            groups, year - 1, published
        )  # "the first half of the year" in a January report
        if kind == "months_in" and _long_over(resolved, published):
            return None  # "consumption over four months" in a February report: a duration
    return resolved


# How long after a span's end a report on it still comes out without naming its year: "in eleven
# months" in a January report is last year's January-November
_REPORT_LAG_MONTHS = 3


def _long_over(resolved: Resolved, published: date) -> bool:
    """A bare "in/over N months" read as last year's first N months that ended long before the
    report: no one reports so stale a span without its year, so the words are a duration."""
    last = resolved[1]
    return last is not None and last + relativedelta(months=_REPORT_LAG_MONTHS) < published.replace(day=1)


def _after_publication(kind: str, resolved: Resolved, published: date) -> bool:
    """A yearless span a report covers cannot lie ahead of it: "January-October" in a February
    report ends after the month of publication, so it is last year's."""
    first, last = resolved[0], resolved[1]
    if kind != "part" and last is not None:
        return last > _month_range(published.year, published.month)[1]
    return first is not None and first > published


def _nearest(kind: str, groups: dict[str, str | None], published: date) -> Resolved | None:
    """A date without a year is the one nearest the publication: "on Nov. 28" in a February
    report is last November's, "by Sept. 1" in July this September's."""
    best: Resolved | None = None
    for year in (published.year - 1, published.year, published.year + 1):
        resolved = RESOLVERS[kind](groups, year, published)
        day = resolved[0] or resolved[1]
        if day is None:
            continue
        if best is None or abs((day - published).days) < abs(((best[0] or best[1] or day) - published).days):
            best = resolved
    return best
