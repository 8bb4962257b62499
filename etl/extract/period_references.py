"""Periods an English sentence names by pointing at others: "respectively", "since then",
"over the same period", "this figure", and the start of a span that runs since an earlier year."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import cast

from etl.extract.comparison_base import _moved_into
from etl.extract.indicator_record import Indicator
from etl.extract.mentions import Mention
from etl.extract.period_shapes import (
    _edge_year,
    _is_day,
    _past_years_span,
    _plain,
    _same_day_in,
    _span_a_year_before,
    _year_before,
)
from etl.extract.periods import RESPECTIVELY, Period, find_periods, is_comparison_base
from etl.extract.reading_state import _Scope, _SentenceFacts
from etl.extract.records import replace

_RESPECTIVELY_LATER = re.compile(r"[^.;]*?\brespectively\b", re.I)


_OPENS_WITH_SINCE = re.compile(r"\s*since\b", re.I)


def _since_to_the_day_before(text: str, own: Period, scope: _Scope, published: date) -> Period:
    """'As of October 1, the portfolio stood at 42 trillion tenge. Since the beginning of the
    year, it has grown by 12%.': a change since a start, told right after a level on an earlier
    day, runs to that day (FORMAT.md: "since" on a level dated before publication)."""
    day = scope.last
    if (
        day is not None and own.period_start is not None and own.period_end == published
        and _past_year_told_before(day, published) and scope.last_kind == "actual"
        and own.period_start < cast(date, day.period_start)
        and not _OPENS_WITH_SINCE.match(text)
        # (not "over the past five years", counted back from the report's own day: it ends there)
        and (own.period_start.month, own.period_start.day) != (published.month, published.day)
    ):  # fmt: skip
        # "In 2024, aid went to 413,700 people ... The number has fallen twofold since 2020.": a
        # change since a year, told right after a level of a past year, runs to that year's end
        # ("Since 2016, industrial output has grown by 15.7%" opens a span of its own, up to the
        # report, after the exports of 2018) (+fs38en)
        return replace(own, period_end=day.period_end)
    if (
        day is None or own.period_end != published or own.period_start is None
        or day.period_start is None or day.period_start != day.period_end or scope.last_kind != "actual"
        or not own.period_start < day.period_start < published
        or not _OPENS_WITH_SINCE.match(text)
    ):  # fmt: skip
        return own
    return replace(own, period_end=day.period_start)


def _past_year_told_before(last: Period, published: date) -> bool:
    """A whole calendar year already over: the level told before a change "since <year>"."""
    first, end = last.period_start, last.period_end
    return (
        first is not None
        and end is not None
        and (first.month, first.day, end.month, end.day) == (1, 1, 12, 31)
        and first.year == end.year
        and end < published
    )


_BRACKETED_EQUIVALENT = re.compile(r"\s*\(\s*(?:by\s+)?(?:[a-z]+\s+)?(?:US\$|\$|€|₸)?", re.I)


def _respective_periods(
    text: str, found: list[Mention], periods: list[Period], listed: tuple[Indicator, ...]
) -> list[Period | None] | None:
    """'14.9, 17.3 and 18.7 trillion tenge in 2026-2028, respectively' (or after a sentence with
    one figure in each of those years): the i-th figure takes the i-th year. None when the counts
    differ or a period stands among the figures."""
    plain = [p for p in _plain(periods) if not p.is_weak]
    last_figure = found[-1].quantity.end
    if (
        len(plain) == 1
        and plain[0].end <= found[0].start
        and _RESPECTIVELY_LATER.match(text, last_figure)
        and len(found) > 1
    ):  # "In 2023 and 2024 the region exported 3,100 and 3,600 tons, respectively"
        years = _years_of(plain[0]) or _joined_months_of(text, plain[0])
        if len(years) == len(found):
            return list(years)
        # "by 334.4 billion tenge (by about $2.2 billion) and 141.5 billion tenge (about $0.9 billion)":
        # a sum in another currency in brackets takes the year of the sum before it
        main = [
            not index
            or not _BRACKETED_EQUIVALENT.fullmatch(text, found[index - 1].quantity.end, mention.start)
            for index, mention in enumerate(found)
        ]
        if years and sum(main) == len(years) > 1:
            out: list[Period | None] = []
            year_iter = iter(years)
            for is_main in main:
                out.append(next(year_iter) if is_main else out[-1])
            return out
    if any(p.start < last_figure for p in plain):
        return None
    if len(plain) == 1 and RESPECTIVELY.match(text, plain[0].end):
        years = _years_of(plain[0])
        if len(years) == len(found):
            return list(years)
        return None
    if len(plain) == len(found) and len(found) > 1 and RESPECTIVELY.match(text, plain[-1].end):
        return list(plain)
    spans = {(i.period_start, i.period_end) for i in listed}
    if not plain and len(listed) == len(found) > 1 and len(spans) == len(listed):
        return [Period(0, 0, i.period_start, i.period_end, False) for i in listed]
    return None


def _years_of(period: Period) -> tuple[Period, ...]:
    """The years of a span of whole years ("2026-2028"), else ()."""
    first, last = period.period_start, period.period_end
    if first is None or last is None or (first.month, first.day, last.month, last.day) != (1, 1, 12, 31):
        return ()
    return tuple(
        replace(period, period_start=date(year, 1, 1), period_end=date(year, 12, 31))
        for year in range(first.year, last.year + 1)
    )


_JOINED_BY_AND = re.compile(r"\band\b", re.I)


def _joined_months_of(text: str, period: Period) -> tuple[Period, ...]:
    """'rose in January and February by 2% and 3%, respectively': the months of a span told as
    months joined by "and" (a dash, "January-February", is one span for every figure), else ()."""
    first, last = period.period_start, period.period_end
    if (
        first is None
        or last is None
        or first.day != 1
        or not _JOINED_BY_AND.search(text, period.start, period.end)
    ):
        return ()
    months: list[Period] = []
    day = first
    while day <= last:
        following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
        months.append(replace(period, period_start=day, period_end=following - timedelta(days=1)))
        day = following
    return tuple(months) if months[-1].period_end == last else ()


_SINCE_THEN = re.compile(r"\b[Ss]ince\s+(?:then|that\s+time)\b")


def _named_in(text: str, published: date, year: int | None) -> Period | None:
    """The last dated phrase of a figureless sentence (read only when "then" follows it): "The new
    rules took effect on April 1. Since then, ..." """
    if not text:
        return None
    return next(
        (
            p
            for p in reversed(find_periods(text, published, year))
            if (p.period_start or p.period_end) and not p.is_weak
        ),
        None,
    )


def _since_then(text: str, periods: list[Period], named: Period | None, published: date) -> list[Period]:
    """'Subsidies were introduced in 2014. Since then the area has grown by 7.2 thousand ha': from the
    start of what the sentence before dated up to the report."""
    match = _SINCE_THEN.search(text)
    if match is not None:
        # "Back in 2014 there were 661, and since then ...": the year the sentence named before it
        earlier = [
            p for p in periods
            if p.end <= match.start() and not p.is_comparison and not p.is_weak and (p.period_start or p.period_end)
        ]  # fmt: skip
        named = earlier[-1] if earlier else named
    if named is None:
        return periods
    first = named.period_start or named.period_end
    if match is None or first is None or first >= published or _overlapping_any(match, periods):
        return periods
    since = Period(match.start(), match.end(), first, published, False)
    return sorted([*periods, since], key=lambda p: p.start)


# "Since the water came, ...", "since its launch, ...", "since the start of the programme": from an
# event the text does not date, up to the report (Russian "с начала ...", Kazakh "басталғалы бері")
# ("Since it was reorganised, ...", "Since they were founded, ...": the event told as a clause, +ps41en)
_SINCE_UNDATED = re.compile(
    r"\b[Ss]ince\s+(?:(?:the|its|their)\s+(?!(?:beginning|start)\s+of\s+(?:the|this)\s+year)"
    r"|(?:it|they)\s+(?=(?:(?:was|were|has\s+been|have\s+been)\s+)?[a-z]+(?:ed|en)\b))[^\d,.;:]{3,48}?(?=,)"
)


def _since_undated(text: str, periods: list[Period], published: date) -> list[Period]:
    match = _SINCE_UNDATED.search(text)
    if (
        match is None
        or _overlapping_any(match, periods)
        or any(p.start < match.end() + 4 and p.start > match.end() for p in periods)
    ):
        return periods
    # the event's span is its sentence's: what follows goes back to the article's own time
    since = Period(match.start(), match.end(), None, published, False, is_weak=True, sets_scene=False)
    return sorted([*periods, since], key=lambda p: p.start)


def since_event_in_year(text: str, periods: list[Period], published: date) -> list[Period]:
    """'1.1 billion trees have been planted since the greening drive started in 2021': the year an
    event named after "since" came about opens a span running to the report, as "since 2021"
    does (+fs30en)."""
    moved = []
    for p in periods:
        if (
            p.has_year
            and p.period_start is not None
            and p.period_end is not None
            and (p.period_start.month, p.period_start.day, p.period_end.month, p.period_end.day)
            == (1, 1, 12, 31)
            and p.period_end < published
            and _SINCE_EVENT_IN.search(text, max(0, p.start - 100), p.start)
        ):
            p = replace(p, period_end=published, is_comparison=False)
        moved.append(p)
    return moved


# "since the nationwide greening initiative started in ", "since the programme was launched in "
# (+ps43en: any subject, a company's name too, and a takeover with its object: "Since TAV Airports
# took over the airport's operations in 2021"; +fs41en: any passive of an event, "since the dam was
# completed in", "since the bridge was opened in", "since the plant was built in")
_SINCE_EVENT_IN = re.compile(
    r"\b[Ss]ince\s+(?:(?:the|its|their|this|that)\s+)?[^\d,.;:]{3,60}?\s(?:started|began"
    r"|(?:was|were|had\s+been)\s+(?:first\s+|officially\s+|fully\s+)?[a-z]{3,}(?:ed|en|wn|lt|ht|un)(?:\s+up)?"
    r"|came\s+into\s+force|took\s+effect|got\s+under\s+way"
    r"|(?:was\s+taken|took|taking)\s+over(?:\s+[^\d,.;:]{1,60}?)?)\s+in\s+$"
)


def _overlapping_any(match: re.Match[str], periods: list[Period]) -> bool:
    return any(p.start < match.end() and match.start() < p.end for p in periods)


# "That year, when ...", "over that period", "in that year": the year or span the sentence before
# named, pointed back at (+fs38en); "than that year" and "that year's level" are bases
# (+ps43en: "over the same horizon", "within that timeframe": a horizon points back at a deadline too)
_THAT_PERIOD = re.compile(
    r"\b(?:(?:[Ii]n|[Oo]ver|[Dd]uring|[Ff]or|[Ww]ithin)\s+)?\b(?:[Tt]hat\s+(year|period|horizon|time\s?frame)"
    r"|the\s+same\s+(horizon|time\s?frame))\b(?!['’])"
)
_OLD_LEVEL_IN = re.compile(r"\bfrom\s+(?:US\$|\$|₸)?\d[\d.,]*\s+(?:[\w%]+\s+){0,3}(?:in|of)\s+$", re.I)
_BASE_BEFORE_THAT = re.compile(r"\b(?:than|compared\s+(?:with|to)|against|from|since)\s+$", re.I)


def _that_period(
    text: str, periods: list[Period], before: str, published: date, year: int | None
) -> list[Period]:
    """'The number fell twofold since 2020. That year, aid went to 936,200 people': "that year" is
    the year the sentence before named (a span since that year: its first year); "over that
    period" is the span it named ("a plan for 2023-2027 ... 300,000 places over that period")."""
    match = _THAT_PERIOD.search(text)
    if match is None or not before or _overlapping_any(match, periods):
        return periods
    if _BASE_BEFORE_THAT.search(text, max(0, match.start() - 20), match.start()):
        return periods
    # ("the programme for 2024-2026" is weak as a figure's own period, but names the span pointed at)
    named = [
        p
        for p in find_periods(before, published, year)
        if (p.period_start or p.period_end)
        and not p.is_comparison
        and not _OLD_LEVEL_IN.search(before, max(0, p.start - 60), p.start)
    ]  # ("up from 1.5 million tons in 2022. That year, ...": an old level's year is not pointed at)
    noun = match.group(1) or match.group(2)
    if noun == "year":
        if not named:
            return periods
        last = named[-1]
        first, end = last.period_start, last.period_end
        if first is None or end is None or (first.month, first.day) != (1, 1):
            return periods
        if first.year != end.year and end != published:
            return periods  # a span of several years is no one year
        end = date(first.year, 12, 31)
    else:
        # the widest span named ("a programme for 2024-2026 adopted in March": the years)
        spans = [p for p in named if p.period_start and p.period_end and p.period_start < p.period_end]
        if not spans and noun != "period":
            # ("more than 26 GW by 2035. ... another 5 GW over the same horizon": the deadline named)
            deadlines = [p for p in named if p.is_deadline and p.period_start is None and p.period_end]
            if deadlines:
                that = Period(match.start(), match.end(), None, deadlines[-1].period_end, True)
                return sorted([*periods, that], key=lambda p: p.start)
        if not spans:
            return periods
        widest = max(spans, key=lambda p: cast(date, p.period_end) - cast(date, p.period_start))
        first, end = widest.period_start, widest.period_end
    that = Period(match.start(), match.end(), first, end, False)
    return sorted([*periods, that], key=lambda p: p.start)


# ("for the above period", "over the said period": the same span named by pointing back)
_SAME_PERIOD = re.compile(
    r"\b(?:over|in|during|for)\s+the\s+(?:same\s+(?:period|time|months|days)"
    r"|(?:above|said|aforementioned|above-mentioned)\s+period)\b",
    re.I,
)
# "This is 2.8 percent more than in 2022", "This figure exceeds ...": the figure of the sentence
# before, set against a base; what it measures is that figure's span
_THIS_FIGURE_OPENING = re.compile(
    r"\s*(?:This|That|It|The)\s+(?:figure\s+|volume\s+|amount\s+|result\s+)?"
    r"(?:(?:is|was|represents|represented|marks|marked)\s+(?:(?:about|nearly|almost|some|over|more\s+than)\s+)?"
    r"(?:\d[\d.,]*\s*(?:%|percent\b|per\s?cent\b|times\b)\s*(?:more|less|higher|lower|above|below|up|down)\b"
    # "That is 0.3 million ha and 0.8 million ha less than in 2017": amounts with their units
    r"|\d[\d.,]*(?:\s+(?:and\s+)?(?:\d[\d.,]*|[a-z]+\.?)){1,7}?\s+(?:more|less|higher|lower)\s+than\b)"
    r"|(?:exceeds|exceeded|surpasses|surpassed)\b)"
)


_AS_OF_SAME_DATE = re.compile(
    r"\bas\s+(?:of|at)\s+the\s+same\s+(?:date|day)\b(?!\s+(?:in|of|last|a)\b)"
    # "At that date, 97.7% of the stock was privately owned": the day pointed back at (+fs39en)
    r"|\b(?:as\s+(?:of|at)|at|on)\s+that\s+(?:date|day)\b",
    re.I,
)
_AS_OF_BEFORE = re.compile(r"\bas\s+(?:of|at)\s+$", re.I)
_AS_OF_OPENING = re.compile(r"as\s+(?:of|at)\s", re.I)  # the phrase read with its day


def as_of_day(text: str, periods: list[Period]) -> Period | None:
    """The last day a sentence names after "as of" ("were receiving benefits as of December 1, 2024")."""
    days = [
        p
        for p in periods
        if _is_day(p)
        and (_AS_OF_BEFORE.search(text, max(0, p.start - 8), p.start) or _AS_OF_OPENING.match(text, p.start))
    ]
    return days[-1] if days else None


def _as_of_same_date(text: str, periods: list[Period], as_of: Period | None) -> list[Period]:
    """'As of the same date, 101,100 people were receiving payments': the day last named "as of",
    however many sentences with other dates came between ("As of the same date in 2021" is a base
    of its own and stays)."""
    if as_of is None or ("same d" not in text and "that d" not in text):
        return periods
    match = _AS_OF_SAME_DATE.search(text)
    if match is None or any(p.start < match.end() and match.start() < p.end for p in periods):
        return periods
    same = replace(as_of, start=match.start(), end=match.end(), is_comparison=False, is_weak=False)
    return sorted([*periods, same], key=lambda p: p.start)


_FROM_SAME_DATE = re.compile(
    r"\b(?:from|since|starting)\s+the\s+same\s+(?:date|day)\b(?!\s+(?:in|of|last|a)\b)", re.I
)


def open_start(periods: list[Period]) -> Period | None:
    """The last span a sentence opens on a day and leaves open ("from January 1, 2024")."""
    starts = [
        p
        for p in periods
        if p.period_start is not None and p.period_end is None and not (p.is_deadline or p.is_comparison)
    ]
    return starts[-1] if starts else None


def _from_same_date(text: str, periods: list[Period], opened: Period | None) -> list[Period]:
    """'Pensions are to be increased by 9% from the same date': the open start named last ("from
    January 1, 2024"), not the span of a list in between."""
    if opened is None or "same d" not in text:
        return periods
    match = _FROM_SAME_DATE.search(text)
    if match is None or any(p.start < match.end() and match.start() < p.end for p in periods):
        return periods
    same = replace(opened, start=match.start(), end=match.end(), is_comparison=False, is_weak=False)
    return sorted([*periods, same], key=lambda p: p.start)


def _same_period(text: str, periods: list[Period], last: Period, span: Period | None = None) -> list[Period]:
    """'The city collected 4.3 trillion tenge in taxes over the same period': the period the
    previous sentence's figures had ("compared to the same period" stays a comparison); when
    that was a day after the start of the article's span (`span`), from that start to the day."""
    if text.isascii() and "same" not in text.lower() and "period" not in text.lower():
        return periods  # spares the case-insensitive scan (other texts: 'ſ' matches 's' in it)
    match = _SAME_PERIOD.search(text)
    if match is None or any(p.start < match.end() and match.start() < p.end for p in periods):
        return periods
    if is_comparison_base(text, match.start() + len(match.group(0).split()[0]) + 1):
        return periods  # "higher than in the same period of last year"
    named_before = [
        p for p in periods
        if p.end <= match.start() and not p.is_comparison and p.period_start is not None and p.period_end is not None
    ]  # fmt: skip
    if named_before:
        # "In January-May 2025, payments came to 70.8 trillion tenge, or 2.3 times the GDP for the
        # same period": the span the sentence itself named before it, not the sentence before's (+fs41en)
        last = named_before[-1]
    elif not _is_day(last) and _past_deed_under_a_plan(text, last, span):
        # "15 million trees are to be planted between 2021 and 2025. Over the same period, forest
        # reclamation covered 500 thousand hectares", in a report on 2021-2023: a deed done cannot
        # cover the plan's years still ahead; the report's span over is its period (+fs40en)
        last = cast(Period, span)
    elif (
        _is_day(last)
        and span is not None
        and span.period_start is not None
        and last.period_start is not None
        and span.period_start < last.period_start
    ):  # "In 2021, only 90% had access. Today coverage stands at 100%. Over the same period, ...": 2021 to today
        last = replace(last, period_start=span.period_start)
    same = replace(last, start=match.start(), end=match.end(), is_comparison=False, is_weak=False)
    return sorted([*periods, same], key=lambda p: p.start)


# a deed told done, and words of what is still to come
_PAST_DEED = re.compile(r"\b(?:was|were|had|covered|[a-z]{3,}ed)\b", re.I)
_STILL_AHEAD = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|to\s+be|planned|plans?|expected)\b", re.I)


def _past_deed_under_a_plan(text: str, last: Period, span: Period | None) -> bool:
    """The sentence tells a deed done, the period before runs past the report's span that is over,
    from the same start."""
    return (
        span is not None
        and span.period_start is not None
        and span.period_end is not None
        and last.period_end is not None
        and last.period_start == span.period_start
        and last.period_end > span.period_end
        and _PAST_DEED.search(text) is not None
        and _STILL_AHEAD.search(text) is None
    )


_BASE_CLAUSE_END = re.compile(r"[,;:]\s|\s(?:and|while|but|whereas)\s")


def _this_figure(text: str, periods: list[Period], last: Period) -> list[Period]:
    """'Rail carried 416 million tons in 2023. This is 2.8 percent more than in 2022.': a sentence
    that only sets the figure before against a base takes that figure's span."""
    match = _THIS_FIGURE_OPENING.match(text) if text[:2] in ("Th", "It") else None
    if match is None:
        return periods
    # "It is 28.7% more than the number of guests served for January-June of last year": what the
    # opening sets the figure against, however far after "than" in its clause, is the base ("...
    # and already equals 65% of the housing built in the whole of 2022" dates its own figure)
    following = _BASE_CLAUSE_END.search(text, match.end())
    until = following.start() if following else len(text)
    periods = [replace(p, is_comparison=True) if match.end() <= p.start < until else p for p in periods]
    if any(not p.is_comparison and not p.is_weak for p in periods):
        return periods
    if last.period_start is None and last.period_end is None:
        return periods
    this = replace(last, start=match.start(), end=match.end(), is_comparison=False, is_weak=False)
    return sorted([*periods, this], key=lambda p: p.start)


def _long_since(period: Period | None, published: date | None) -> Period | None:
    """A span from a day of an earlier year up to the report ("since 2014", "since then"), else None."""
    if period is None or published is None or period.period_start is None or period.is_deadline:
        return None
    return period if period.period_end == published and period.period_start.year < published.year else None


def _since_before(facts: _SentenceFacts, start: int) -> Period | None:
    """The last span from an earlier year up to the report that the sentence names before `start`."""
    spans = [
        p for p in facts.periods if not p.is_comparison and p.end <= start and _long_since(p, facts.published)
    ]
    return spans[-1] if spans else None


def _start_year(since: Period) -> Period:
    """The year a span from an earlier year starts in: where the level it changed from stood; for
    a span counted back from the report ("over the past five years"), the day it starts on."""
    first = cast(date, since.period_start)
    last = since.period_end
    if last is not None and (first.month, first.day) == (last.month, last.day) != (1, 1):
        return replace(since, period_start=first, period_end=first)
    return replace(since, period_start=date(first.year, 1, 1), period_end=date(first.year, 12, 31))


def _same_span_base(facts: _SentenceFacts, scope: Period) -> Period | None:
    """The sentence's one comparison base that names the article's span in another year ("the
    same period of 2017"), moved into that year."""
    bases = [p for p in facts.periods if p.is_comparison and p.same_span and p.period_start is not None]
    return _moved_into(scope, bases[0], facts.text) if len(bases) == 1 else None


def _from_scope(facts: _SentenceFacts, index: int, scope: Period | None) -> Period | None:
    """The article's period for a figure the sentence leaves undated; the old level of a change
    ("doubled from 147 to 261") is the year before's."""
    role, partner = facts.roles.get(index, (None, None))
    years = _past_years_span(scope, facts.published) if scope is not None else None
    if (
        scope is not None
        and years is not None
        and partner is not None
        and role in ("from", "to")
        and (partner > index) == (role == "from")
    ):
        # "Between 2006 and 2021, ... Consumption also grew from 279,891 to 500,529 tenge": the span
        # carried from before, its first year the old level's, its last the new one's
        return _edge_year(scope, years[0] if role == "from" else years[1])
    if scope is not None and role == "from":
        if partner is not None and partner > index and (base := _same_span_base(facts, scope)) is not None:
            # "The share, in comparison with the corresponding period of 2017, has increased from
            # 10.5 to 27.1 percent": the old level stood in the span the sentence compares with
            return base
        if partner is not None and partner < index:
            # "to 3,491 tons, up from 3,324 tons": like "up from X", the span a year before
            if scope.period_start is None and scope.period_end is not None:  # "by the end of November"
                return replace(scope, period_end=_same_day_in(scope.period_end, scope.period_end.year - 1))
            return _year_before(scope) or _span_a_year_before(scope)
        # "went up from 248 billion tenge to 316 billion tenge" under January-August: the old level
        # is the same months a year before, as "up from" after the new level is (+fs30en)
        return _year_before(scope) or _span_a_year_before(scope)
    return scope
