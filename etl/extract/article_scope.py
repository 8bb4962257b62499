"""The period an English article's narrative is in, carried from sentence to sentence: the
headline's and the lead's, a report's span, a day that interrupts its paragraph, "this year"
read as the report's span, and figures carried into a work's or document's span."""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from datetime import date, timedelta
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from etl.extract import context as ctx
from etl.extract.carried_spans import Span, built_span, may_name_span, period_taken_up, taken_up
from etl.extract.comparison_base import _moved_into
from etl.extract.figure_clause import _CLAUSE_MARK, _ROW_ASIDE
from etl.extract.figure_links import _FROM_BEFORE
from etl.extract.figure_period import _past_deadline, _year_reached
from etl.extract.indicator_record import Indicator
from etl.extract.literal_gates import literal_gate, may_match, sentence_lower
from etl.extract.mentions import mentions
from etl.extract.period_references import as_of_day, open_start
from etl.extract.period_shapes import _is_day, _plain, _scene, _span_of
from etl.extract.periods import Period, find_periods
from etl.extract.present_state import _wholly_ahead
from etl.extract.progress_to_date import _status_day
from etl.extract.reading_state import _Scope
from etl.extract.records import replace
from etl.extract.sentences import Sentence, split_sentences
from etl.extract.units import UnitCode


def _reporting_year(current: int | None, period: Period | None, published: date) -> int | None:
    """The reporting year after the scope took `period` (see _Scope.reporting)."""
    if period is None or period.is_deadline or period.is_comparison:
        return current
    day = period.period_end or period.period_start
    if day is None or day > published:
        return current
    return day.year if current is None or day.year > current else current


def _title_scope(title: str, published: date) -> _Scope:
    found = _scene(find_periods(title, published)) if title else []
    first = found[0] if found else None
    reporting = _reporting_year(None, first, published)
    return _Scope(period=first, headline=first, lead=True, reporting=reporting, published=published)


# How far around a figure its place is read, in its sentence and its paragraph before it: a
# figure costs the same in a short sentence and in a 250 KB line (see _LEFT_WINDOW).
_PLACE_REACH = 400


def _paragraph_before(body: str, offset: int) -> str:
    """The paragraph's text before a sentence starting at `offset` (at most _PLACE_REACH of it):
    read for a figure's place only when the article has one (see figure_place)."""
    paragraph_start = max(body.rfind("\n", max(0, offset - _PLACE_REACH), offset) + 1, offset - _PLACE_REACH)
    return body[max(0, paragraph_start) : offset]


def _moved_into_this_year(scope: _Scope, text: str, published: date) -> _Scope:
    """'The upward trend has carried into this year. In January-May, about 280,000 ...': a sentence
    with no figure that moves the story into the year under way, after a past year's figures,
    gives a yearless span after it that year."""
    if scope.period is None or scope.period.period_end is None or scope.period.period_end >= published:
        return scope
    if any(cue[2] != "actual" for cue in ctx.find_cues(text)):
        return scope  # "expects the sector to keep growing this year": an outlook, not the story's span
    periods = [p for p in find_periods(text, published, scope.year) if not p.is_comparison and not p.is_weak]
    if len(periods) != 1:
        return scope
    (period,) = periods
    first, last = period.period_start, period.period_end
    if first != date(published.year, 1, 1) or last != date(published.year, 12, 31):
        return scope
    return replace(scope, period=period, reporting=published.year)


def _span_so_far(period: Period | None, published: date) -> Period | None:
    """A span from 1 January of the publication year already over ("In January-November",
    "in ten months"), or None; not a year-to-date running to publication ("since the beginning
    of the year"), which is no span over."""
    if period is None or period.is_deadline or period.is_comparison:
        return None
    first, last = period.period_start, period.period_end
    if first != date(published.year, 1, 1) or last is None or last >= published:
        return None
    return period if last < date(published.year, 12, 31) else None


def lead_span_so_far(period: Period | None, lead: str, published: date) -> Period | None:
    """The report's span a lead sentence gives: the span its figures took, else the one span from
    1 January already over that it names for the report ("have so far harvested 98% ..., the minister
    said as he briefed the President on the sector's performance in January–September": the
    figures are today's, the report is on nine months; +ps43en)."""
    span = _span_so_far(period, published)
    if span is not None:
        return span
    named = {
        (p.period_start, p.period_end): p
        for p in find_periods(lead, published)
        if not p.is_comparison and not p.is_weak and _span_so_far(p, published) is not None
    }
    return next(iter(named.values())) if len(named) == 1 else None


# a bare "this year" (not "so far this year", already a year-to-date; not "this year's budget")
_BARE_THIS_YEAR = re.compile(r"(?<!so far )\bthis\s+year\b(?!'s|\s+is\b|\s+will\b)", re.I)
# what holds through the year rather than what the months so far did: work or help under way,
# money set aside for the year, a budget (FORMAT.md: a plan's or forecast's "this year" keeps the year)
_THROUGH_THE_YEAR = re.compile(
    r"\b(?:being|under\s+(?:construction|way)|ongoing|allocated|earmarked|set\s+aside|provided\s+for|"
    r"budget|plann?\w*|expect\w*|will|to\s+be)\b",
    re.I,
)
_DONE_VERB = re.compile(
    r"\b(?:\w{3,}ed|was|were|had|rose|grew|fell|built|paid|sold|spent|made|took|won)\b", re.I
)


def _this_year_is_the_span(
    found: list[Indicator], text: str, span: Period, published: date
) -> list[Indicator]:
    """Under a headline or lead reporting a span from 1 January already over, a bare "this year"
    for what was done ("own revenues reached 207 billion tenge this year") is that span, not the
    whole year (FORMAT.md)."""
    if not found or not _BARE_THIS_YEAR.search(text) or _THROUGH_THE_YEAR.search(text):
        return found
    if not _DONE_VERB.search(text) or any(cue[2] != "actual" for cue in ctx.find_cues(text)):
        return found
    year = (date(published.year, 1, 1), date(published.year, 12, 31))
    return [
        replace(i, period_start=span.period_start, period_end=span.period_end)
        if i.kind == "actual" and (i.period_start, i.period_end) == year
        else i
        for i in found
    ]


# what the done part brought or holds, hung on it: "..., creating more than 18,000 jobs", "with 3,500 seats"
_DONE_PART_LINK = re.compile(
    r"^[^,;:.]*,\s*(?:creating|providing|adding)\s+(?:[\w-]+\s+){0,3}$|^\s+(?:[\w-]+\s+){0,2}(?:with|for)\s+$"
    r"|^\s*,\s*or\s+$",  # "536 km, or 99% of the plan, have ...": the same part as a share
    re.I,
)


_ALREADY_DONE_AFTER = re.compile(r"[^;.]*?\b(?:have|has)\s+(?:already|so\s+far)\s+been\s+\w+ed\b", re.I)


def _done_beside_plan(found: list[Indicator], text: str, published: date) -> list[Indicator]:
    """'541 km of networks are to be repaired; 536 km, or 99% of the plan, have already been
    repaired': the part of this year's plan told done beside it, in the plan's unit, runs from
    1 January to publication (FORMAT.md), as "16 of them" does (_done_of_planned)."""
    year_end = date(published.year, 12, 31)
    moved = list(found)
    for n, done in enumerate(found):
        plan = next((p for p in reversed(found[:n]) if p.kind == "plan" and p.unit == done.unit), None)
        if (
            plan is None or plan.period_end != year_end
            or plan.period_start not in (None, date(published.year, 1, 1))
            or done.kind != "actual" or (done.period_start, done.period_end) != (published, published)
            or ";" not in text[plan.end_char - plan.sentence_start : done.start_char - done.sentence_start]
            or not _ALREADY_DONE_AFTER.match(text, done.end_char - done.sentence_start)
        ):  # fmt: skip
            continue
        moved[n] = replace(done, period_start=date(published.year, 1, 1))
    return moved


def _with_the_done_part(found: list[Indicator], text: str, published: date) -> list[Indicator]:
    """'So far, 147 of them have been completed, creating more than 18,000 jobs': what the done part
    of this year's plan created or holds is counted over the same span (FORMAT.md), not today."""
    year_to_date = (date(published.year, 1, 1), published)
    moved = list(found)
    for n in range(1, len(found)):
        done, then = moved[n - 1], found[n]
        if (
            (done.period_start, done.period_end) != year_to_date or done.kind != "actual"
            or then.kind != "actual" or (then.period_start, then.period_end) != (published, published)
            or done.sentence_start != then.sentence_start
        ):  # fmt: skip
            continue
        between = text[done.end_char - done.sentence_start : then.start_char - then.sentence_start]
        if _DONE_PART_LINK.match(between):
            moved[n] = replace(then, period_start=year_to_date[0], period_end=published)
    return moved


def _carried(
    sentence: Sentence,
    found: list[Indicator],
    named: dict[str, Span],
    works: tuple[Span, int] | None,
    published: date,
    year: int | None,
    before: str = "",
) -> tuple[list[Indicator], tuple[Span, int] | None]:
    """A sentence with no period of its own that refers back to a plan or works named with their
    years ("The plan provides for 42 reservoirs" after "the plan for 2024-2028") takes their span.
    After "During construction ...", the undated done figures of the rest of its paragraph ("3,000
    builders took part") are the construction's too."""
    if works is not None and works[1] != sentence.paragraph:
        works = None
    # one scan of the sentence spares each figure its search for the works' years
    if found and may_name_span(sentence.text):
        described = [built_span(sentence.text, i.end_char - i.sentence_start) for i in found]
    else:
        described = []
    if any(described):
        # "The 836-kilometre line, built in 2022-2025, will ...": the size of finished works is
        # what was built over their years, whatever the sentence's verb says of their effect
        found = [
            replace(i, period_start=span[0], period_end=span[1], kind="actual") if span else i
            for i, span in zip(found, described, strict=True)
        ]
    if not found or not (named or works):
        return found, works
    clause_span = period_taken_up(sentence.text, named)
    if clause_span is not None and not any(
        not p.is_comparison and not p.is_weak and p.start >= clause_span[1]
        for p in find_periods(sentence.text, published, year)
    ):
        # "..., and up to 300,000 jobs will be created over the programme period": that clause only
        (first, last), clause_start = clause_span
        return [
            replace(i, period_start=first, period_end=last)
            if i.start_char - i.sentence_start >= clause_start
            else i
            for i in found
        ], works
    if any(not p.is_comparison and not p.is_weak for p in find_periods(sentence.text, published, year)):
        return found, None
    span = taken_up(sentence.text, named, before)
    if span is not None:
        if span == named.get("works"):
            works = (span, sentence.paragraph)
        return [replace(i, period_start=span[0], period_end=span[1]) for i in found], works
    if works is not None:
        first, last = works[0]
        return [
            replace(i, period_start=first, period_end=last)
            if i.kind == "actual" and i.period_start is None and i.period_end is None
            else i
            for i in found
        ], works
    return found, works


def _resumed(scope: _Scope, sentence: Sentence, published: date) -> _Scope:
    """A new paragraph goes back to the span a day interrupted, unless it compares with a day
    ("Compared with July 1 last year, the population grew by ...": still a stock at the day)."""
    periods = find_periods(sentence.text, published, scope.year)
    if any(p.is_comparison and _is_day(p) for p in periods):
        return replace(scope, paragraph=sentence.paragraph)
    return replace(scope, period=scope.resume, resume=None)


def _last_stretch_of(inner: Period | None, outer: Period | None) -> bool:
    """`inner` is a later, shorter span ending on the day `outer` ends (a month of a run of months)."""
    if inner is None or outer is None or _is_day(inner) or outer.is_deadline:
        return False
    first, last = inner.period_start, inner.period_end
    return (
        first is not None
        and last is not None
        and outer.period_start is not None
        and first > outer.period_start
        and last == outer.period_end
    )


def _headline_span(period: Period | None, headline: Period | None) -> bool:
    """`period` is the very span the headline names ("Food prices flat over the week"): the
    report's own span, no aside of a longer one."""
    return (
        period is not None
        and headline is not None
        and (period.period_start, period.period_end) == (headline.period_start, headline.period_end)
    )


def _day_interrupts(scope: _Scope, before: _Scope, paragraph: int, published: date) -> _Scope:
    """A sentence moved the scope: to a day after a span, remember the span to resume it at
    the next paragraph; to anything else, forget what was remembered. The report's own day
    ("to date", "so far") is its present, which later paragraphs stay in."""
    if scope.period is not None and scope.period.period_start == published:
        return replace(scope, resume=None)
    if _is_day(scope.period) and before.period is not None and not _is_day(before.period):
        return replace(scope, resume=before.period, paragraph=paragraph)
    if _last_stretch_of(scope.period, before.period) and not _headline_span(scope.period, scope.headline):
        # "in the first five months ... Prices fell by 3.5% over the month of May.": the report's
        # last month is an aside, and the next paragraph's exports are the five months' again
        return replace(scope, resume=before.period, paragraph=paragraph)
    if _is_day(scope.period) and before.resume is not None:
        return replace(scope, resume=before.resume, paragraph=paragraph)
    # (a day after a day: nothing to resume, but where the day was set still tells which
    # paragraph it dates: see indicators' deed in the perfect after a stock's day)
    return replace(scope, resume=None, paragraph=paragraph if _is_day(scope.period) else scope.paragraph)


# A list's lead sentence is read once for all its items, not once per item (results not mutated).
@lru_cache(maxsize=64)
def _lead_periods(lead: str, published: date, year: int | None) -> list[Period]:
    return find_periods(lead, published, year)


@lru_cache(maxsize=64)
@lru_cache(maxsize=64)
def _lead_cues(lead: str) -> list[ctx.Cue]:
    # "Stocks will last until spring. As of January 19, 850,000 tonnes were in storage:": the
    # sentence that gives the list's total is its lead; a cue of an earlier sentence is not the
    # breakdown's ("The ministry plans 20 schools this year. They include:" keeps the plan)
    last = split_sentences(lead)[-1].text if ". " in lead else lead
    return ctx.find_cues(last if last != lead and mentions(last) else lead)


# "GDP grew by 9.3% over the period", "3,600 were without work during the quarter": the span the
# report covers, named by its kind, not "the period of 2024" or "the quarter when ..."
_REPORT_SPAN = re.compile(
    r"\b(?:over|in|during|for)\s+the\s+(?:(?:reporting\s+)?(?P<period>period)|(?P<quarter>quarter)|(?P<half>half[-\s]year))\b"
    r"(?!\s+(?:of|from|to|between|when|since|under|in\s+which|ending|ended|that|before|after)\b)",
    re.I,
)

_REPORT_SPAN_GATE = literal_gate(_REPORT_SPAN)  # no scan where the sentence lacks its words


def _report_span(text: str, periods: list[Period], scope: _Scope) -> list[Period]:
    """'over the period', 'during the quarter': the headline's span (else the scope's), when it is
    a span of that kind already over at publication; the narrative may have looked back since
    ("A year earlier ...")."""
    match = _REPORT_SPAN.search(text) if may_match(_REPORT_SPAN_GATE, sentence_lower(text)) else None
    if match is None or any(p.start < match.end() and match.start() < p.end for p in periods):
        return periods
    for span in (scope.headline, scope.period):
        if span is None or span.period_start is None or span.period_end is None or span.is_comparison:
            continue
        months = (
            (span.period_end.year - span.period_start.year) * 12
            + span.period_end.month
            - span.period_start.month
            + 1
        )
        fits = months == 3 if match["quarter"] else months == 6 if match["half"] else months >= 1
        if (
            fits and span.period_start < span.period_end and span.period_start.day == 1
            and (scope.published is None or span.period_end < scope.published)  # not a span to date
        ):  # fmt: skip
            found = replace(span, start=match.start(), end=match.end(), is_weak=False, is_deadline=False)
            return sorted([*periods, found], key=lambda p: p.start)
        break  # the headline's span decides when it is one; the scope only when the headline has none
    return periods


# What makes "the same period of 2024" a base rather than the period of its own clause.
# ("This figure exceeds the same period of 2023 by 10.2 percent": a verb of comparing is one too)
_COMPARING = re.compile(
    r"\d|\b(?:than|compared|comparison|against|versus|vs|relative|from|on|over|up|down|above|below"
    # "twice as many as in the same period of 2023": the base of a multiplier (+fs30en)
    r"|as\s+(?:much|many|high|large|great|big)\s+as"
    r"|(?:exceed|surpass|outpac|outstrip)\w*)\b",
    re.I,
)


# "and 41.3 percent " before "a year ago": a list member that is a figure alone
_DATED_MEMBER = re.compile(r"(?:and\s+)?(?:US\$|\$|₸)?\d[\d.,]*\s*(?:%|percent|per\s+cent)\s+", re.I)


def _own_same_spans(text: str, periods: list[Period], scope: Period | None) -> list[Period]:
    """'In the same period of 2024, shipments were 4.8 million tons', 'A year earlier, they were
    ...': with no figure or comparing word before it in its clause, the phrase dates its clause,
    as the article's span moved into that year."""
    marks = [m.end() for m in _CLAUSE_MARK.finditer(text)]
    if "(" in text:  # "(in the same period of 2024 – 1.1 trillion tenge)": a row aside opens a clause
        marks = sorted(marks + [aside.start() + 2 for aside in _ROW_ASIDE.finditer(text)])
    own: list[Period] = []
    for period in periods:
        if period.same_span:
            before = bisect_right(marks, period.start)
            clause_start = marks[before - 1] if before else 0
            named = [p for p in own if not p.same_span and not p.is_comparison and not p.is_weak]
            if not _COMPARING.search(text, clause_start, period.start):
                # "In January–October 2025, ... (in the same period of 2024 – 1.1 trillion)": the
                # span the sentence itself named before it, else the article's
                period = _moved_into(named[-1] if named else scope, period, text)
            elif named and before and _DATED_MEMBER.fullmatch(text, clause_start, period.start):
                # "42.8% in February 2017, 42.5% in January 2017, and 41.3% a year ago": the last
                # member of a list of figures each with its own period; a year before the latest
                latest = max(named, key=lambda p: p.period_end or date.min)
                period = _moved_into(latest, period, text)
            else:  # "down 2.1% from the same period last year": the base
                period = replace(period, is_comparison=True)
        own.append(period)
    return own


_DATELINE_DAY = (
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
    r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)(?:,?\s+(?:19|20)\d\d)?"
)
# "ASTANA.", "ASTANA, Kazakhstan, January 1." (the wire's town, country and day), or a dateline the
# splitter cut in two ("Astana." then "June 5."): the lead is the sentence after it
_DATELINE = re.compile(
    rf"[A-Z][A-Z-]+(?:\s+[A-Z][A-Z-]+)*(?:,\s+[A-Z][a-z]+)?(?:,?\s+{_DATELINE_DAY})?[.,]?"
    rf"|[A-Z][a-z]+(?:-[A-Z][a-z]+)?\.|{_DATELINE_DAY}\."
)
_SCOPE_WORDS = re.compile(r"\d{4}|\b(?:year|half|quarter|months)\b", re.I)
# "The governor reported on the results for January-August.": a yearless span of months names the
# report's span as well ("In March, the minister visited the plant." sets none)
# (the same span told "between January and September", as the month-span reader itself takes it, +ps41en)
_MONTH_SPAN_WORDS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s?(?:[-–—]|\s(?:up\s+)?to\s|\still\s|\sthrough\s)\s?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"|\bbetween\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+and\s+"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    re.I,
)


# "the region's economy kept expanding in January-September": a yearless span of months from
# January is a report's span, not the day of an event, report word or none (+fs39en)
_FROM_JANUARY_SPAN = re.compile(
    r"\bjan[a-z]*\s?(?:[-–—]|\s(?:up\s+)?to\s|\still\s|\sthrough\s)\s?[a-z]"
    r"|\bbetween\s+jan[a-z]*\s+and\s+[a-z]",
    re.I,
)


def _may_set_scope(text: str) -> bool:
    return (
        bool(_SCOPE_WORDS.search(text))
        or (_REPORT_GATE.search(text) is not None and _MONTH_SPAN_WORDS.search(text) is not None)
        or _FROM_JANUARY_SPAN.search(text) is not None
    )


def _next_scope(
    scope: _Scope,
    sentence: Sentence,
    periods: list[Period],
    indicators: list[Indicator],
    own: list[Period | None],
    currency: UnitCode | None = None,
    bases: list[bool] | None = None,
    published: date | None = None,
) -> _Scope:
    """The scope after a sentence (see _moved_scope), with the sentence's last dated phrase."""
    # "took effect on April 1, and applications are now accepted. Since then, ...": the event's day,
    # not "now"
    named = next((p for p in reversed(periods) if (p.period_start or p.period_end) and not p.is_weak), None)
    moved = _moved_scope(scope, sentence, periods, indicators, own, currency, bases, published, named)
    status = _status_day(sentence.text, periods) if sentence.text[:3] in ("As ", "AS ") else None
    if (
        status is None
        and _span_of(moved.period) == _span_of(scope.period)
        # ("As of July 1, there are 2.3 million pensioners. Since the beginning of the year, 1.6
        # trillion has been paid": a sentence opening on a span of its own ends the day's scene)
        and not any(_opens(sentence.text, p) for p in _scene(periods) if p.period_start != p.period_end)
    ):
        status = scope.status  # the status day holds until the narrative moves to another span
    last_kind = indicators[-1].kind if indicators else scope.last_kind
    reporting = scope.reporting
    if published is not None and moved.period is not scope.period:
        reporting = _reporting_year(reporting, moved.period, published)
    return replace(
        moved,
        before=sentence.text,
        status=status,
        last_kind=last_kind,
        reporting=reporting,
        published=scope.published,
        as_of=as_of_day(sentence.text, periods) or scope.as_of,
        opened=open_start(periods) or scope.opened,
    )


def _moved_scope(
    scope: _Scope,
    sentence: Sentence,
    periods: list[Period],
    indicators: list[Indicator],
    own: list[Period | None],
    currency: UnitCode | None = None,
    bases: list[bool] | None = None,
    published: date | None = None,
    named: Period | None = None,
) -> _Scope:
    """The scope after a sentence, `named` its last dated phrase. A period that opens the
    sentence (or stands in the body's first sentence) sets the scene for what follows, unless it
    dates only forecasts or targets; elsewhere the period of an actual figure moves the scope on,
    never back in time ("65 % of the housing built in the whole of 2022" does not make what
    follows a 2022 figure)."""
    if scope.lead and _DATELINE.fullmatch(sentence.text):
        return replace(scope, named=named)  # "ASTANA.": the lead is the sentence after it
    currency = currency or scope.currency
    dated = [
        i
        for i, base in zip(indicators, bases or [False] * len(indicators), strict=True)
        if (i.period_start or i.period_end) and not base
    ]
    last = Period(0, 0, dated[-1].period_start, dated[-1].period_end, False) if dated else scope.last
    listed = tuple(dated)
    ahead = scope.ahead
    if published is not None and periods:
        # a start still ahead counts too ("new scholarships from 1 September 2024. Master's
        # students will receive ..."), as a Russian or Kazakh lead's "с 1 сентября" does
        ahead = next(
            (
                # ("... GDP growth to 3.1% at the end of 2021. Inflation is forecast at 4-6%": the
                # year the forecast before was read as, not the year's last day)
                _flow_as_read(p, indicators, ("actual", "plan", "forecast", "target"))
                for p in reversed(_scene(periods))
                if (p.period_end or p.period_start or published) > published
            ),
            ahead,
        )
    candidates = [p for p in _plain(periods) if p.sets_scene and not p.same_span]
    opening = [p for p in candidates if _opens(sentence.text, p)]
    if not indicators and _REPORT_GATE.search(sentence.text):
        # "He reported on the main results of the company's activity in 2022.", "presented a report
        # on the Government's work in the past 7 months of 2017": a figureless sentence naming the
        # span whose results a report gives sets it, wherever it stands, and before the day the
        # report was given ("On September 23 the governor reported on the results for January-August.")
        results = [
            p for p in candidates if _RESULTS_OF_BEFORE.search(sentence.text, max(0, p.start - 80), p.start)
        ]
        opening = results + [p for p in opening if p not in results]
    if not indicators and published is not None:
        # "According to the akim, the economy kept expanding in January-September.": a figureless
        # sentence naming months from January already over, wherever they stand, sets the span the
        # next sentences report in, as an opening "In January-September," does (+fs39en)
        opening += [p for p in candidates if p not in opening and _months_from_january_over(p, published)]
    if scope.lead:
        # the lead's other periods, but not an old level's: "grown from 65,000 in 2020 to 88,000 in 2022"
        old = {
            id(p)
            for i, p in zip(indicators, own, strict=True)
            if p is not None and _is_old_level(sentence.text, i.start_char - sentence.start)
        }
        opening += [p for p in candidates if not _opens(sentence.text, p) and id(p) not in old]
    # "11 regions grew in 11 months of 2016, compared to 8 regions last year": a base value's
    # period is no span the next sentences report in (2016's is, and what follows is 2016's too)
    base_flags = bases or [False] * len(indicators)
    actual_periods = [
        p
        for i, p, base in zip(indicators, own, base_flags, strict=True)
        if p is not None and i.kind == "actual" and not base
    ]
    scene_periods = [
        p
        for i, p, base in zip(indicators, own, base_flags, strict=True)
        if p is not None and i.kind in ("actual", "plan") and not base
    ]
    for period in opening:
        if _open_after_span(period, scope.period):
            continue  # "From January 1, the minimum wage is ...": a rate's start, not the report's new span
        if not indicators and published is not None and _wholly_ahead(period, published):
            continue  # "The scheme will be revised next year.": what is ahead dates later plans via `ahead`
        if published is not None and _plans_ahead_after_a_past_span(
            period, indicators, own, scope.period, published
        ):
            continue
        if (not indicators and not period.is_deadline) or any(p is period for p in scene_periods):
            if published is not None and _read_as_year_reached(period, indicators, published):
                # "By the end of 2024, traffic saw a 10% uptick. Over this period, 1.08 billion
                # tons were carried": the year its figures were read as, not its last day
                period = _year_reached(period) or period
            return _Scope(
                _flow_as_read(period, indicators),
                currency,
                last,
                scope.headline,
                listed=listed,
                ahead=ahead,
                named=named,
            )  # a figureless "By the end of the year, ..." sets none
    for period in reversed(actual_periods):
        if _aside_span(sentence, period, indicators, published):
            continue  # "..., where 40 breakdowns occurred over the past two years": an aside's span
        if (
            not period.is_deadline
            and not period.is_weak
            and (period.sets_scene or period.period_end != published)  # "grown by 91% in a year"
            # "cut emissions by 20% within the next five years": a span from the report on is the
            # clause's own act ahead, not a narrative span the next sentences report in
            and not (
                published is not None and period.period_start == published and period.period_end != published
            )
            and not _day_closing_span(period, scope.period)
            and (
                _not_earlier(period, scope.period, published)
                or _after_a_plan_ahead(scope, published)
                or _flow_after_stock(period, scope.period, actual_periods)
                or _earlier_report_span(sentence.text, period, own, indicators)
                or _earlier_month_told(sentence.text, period, own, indicators)
                or _day_named_after_today(period, scope.period, published)
                or _months_to_the_month(period, scope.period)
                # "production totalled 808 million tons in 2022, when Kazakhstan ranked 14th": the
                # sentence dwells on that earlier year, and the next ones ("The top three were ...") too
                or _dwells_on_year(sentence.text, period, own)
            )
        ):
            period = _flow_as_read(period, indicators)
            return _Scope(period, currency, last, scope.headline, listed=listed, ahead=ahead, named=named)
    return _Scope(scope.period, currency, last, scope.headline, listed=listed, ahead=ahead, named=named)


_WHEN_AFTER = re.compile(r",\s+when\s")
_THAN_OR_OF_BEFORE = re.compile(r"\b(?:than|of|from|compared|against|since)\b")


def _dwells_on_year(text: str, period: Period, own: list[Period | None]) -> bool:
    """'... totalled 808 million tons in 2022, when Kazakhstan ranked 14th': a whole year that dates
    every figure of the sentence and that a ", when" clause goes on about; not a base ("fewer than
    in the first half of 2021, when ...", "65% of the housing built in the whole of 2022, when ...")."""
    return (
        _WHEN_AFTER.match(text, period.end) is not None
        and period.period_start is not None
        and period.period_end is not None
        and (
            period.period_start.month,
            period.period_start.day,
            period.period_end.month,
            period.period_end.day,
        )
        == (1, 1, 12, 31)
        and period.period_start.year == period.period_end.year
        and all(p is period for p in own)
        and not _THAN_OR_OF_BEFORE.search(text, max(0, period.start - 40), period.start)
    )


_WHERE_CLAUSE_BEFORE = re.compile(r",\s+(?:where|when)\s[^,;]*$", re.I)


def _aside_span(
    sentence: Sentence, period: Period, indicators: list[Indicator], published: date | None
) -> bool:
    """True when `period` stands in a ", where ..." clause that tells an aside. Not when the clause
    carries the sentence's news: "The sharpest fall was seen in Almaty region, where inflation in
    October eased to 5.5%" has no figure before "where", and its month is a calendar span already
    over, so the next sentence ("Ulytau region was second, with 6.3%") goes on in that month; a span
    rolled up to the report ("where 40 breakdowns occurred over the past two years") stays an aside."""
    where = _WHERE_CLAUSE_BEFORE.search(sentence.text, max(0, period.start - 120), period.start)
    if where is None:
        return False
    clause_start = sentence.start + where.start()
    return (
        published is None
        or period.period_start is None
        or period.period_end is None
        or period.period_end >= published
        or period.is_comparison
        or any(i.start_char < clause_start for i in indicators)
    )


# ("led the country in the main macroeconomic indicators in January this year": the indicators
# the next sentences give; "reported on the plans for 2025" names what is to come, no results)
_RESULTS_OF_BEFORE = re.compile(
    # ("The indicator achieved over 9 months of the current year ...": the singular, as translated)
    # ("The Governor reported to the President on the region's development in eight months of 2022")
    r"\b(?:results\s+(?:of|for)|report(?:s|ed)?\s+(?:to\s+(?:the\s+)?[\w-]+\s+)?on|briefed\s+(?:[\w-]+\s+){0,4}?on"
    r"|indicators?)\b"
    r"(?:(?!\b(?:plans?|prospects|tasks|goals|targets|outlook|forecasts?)\b)[^.;,]){0,70}$",
    re.I,
)
_REPORT_GATE = re.compile(r"esults |report|briefed|indicator")


def _flow_as_read(
    period: Period, indicators: list[Indicator], kinds: tuple[str, ...] = ("actual",)
) -> Period:
    """'At the end of the first half of 2023, GRP amounted to ...': the half its actual figures
    (or figures of `kinds`) were read as (_stock_or_year), not its last day, is what the next
    sentences report in."""
    start = period.flow_start
    if start is None or not any(
        i.kind in kinds and i.period_start == start and i.period_end == period.period_end for i in indicators
    ):
        return period
    return replace(period, period_start=start, flow_start=None)


def _read_as_year_reached(period: Period, indicators: list[Indicator], published: date) -> bool:
    """A past year-end deadline whose actual figures were dated its whole year (_year_reached)."""
    if not _past_deadline(period, published) or period.period_end is None:
        return False
    first = date(period.period_end.year, 1, 1)
    return any(
        i.kind == "actual" and i.period_start == first and i.period_end == period.period_end
        for i in indicators
    )


def _is_old_level(text: str, start: int) -> bool:
    return bool(_FROM_BEFORE.search(text, max(0, start - 16), start))


def _open_after_span(period: Period, current: Period | None) -> bool:
    """True for a start without an end ("from January 1, 2025") when the scope is a span."""
    return (
        period.period_end is None
        and current is not None
        and current.period_start is not None
        and current.period_end is not None
        and current.period_start < current.period_end
    )


_THIRD_WORD = re.compile(r"\s*\S+\s+\S+\s+\S")


# "For the whole of 2023, ...", "Over the full year 2023, ...": the words that say the span is
# whole open the sentence with the period
_WHOLE_OF = re.compile(r"\b(?:the\s+)?(?:whole|full|entire)\s+(?:(?:calendar\s+)?year\s+)?(?:of\s+)?$", re.I)


# "At the end of two months of this year, ..." (a rendering of "по итогам двух месяцев"): the
# words that close the span open the sentence with it
_AT_THE_END_OF = re.compile(r"\b(?:at|by)\s+the\s+end\s+of\s+(?:the\s+)?$", re.I)


def _plans_ahead_after_a_past_span(
    period: Period,
    indicators: list[Indicator],
    own: list[Period | None],
    current: Period | None,
    published: date,
) -> bool:
    """'The governor reported on 2023. ... This year will develop 28 more projects worth 180 billion
    tenge. ... Small businesses produced goods worth 864.9 billion': a year not yet over that dates
    only plans does not replace a report's span already over; `ahead` dates the plans after it."""
    if (
        current is None
        or current.period_start is None
        or current.period_end is None
        or current.period_end >= published
        # (a day, "As of November 1, ...", is a stock's: the year's plans after it start a new scene)
        or (current.period_end.year == published.year and current.period_start >= current.period_end)
    ):
        return False  # a report on an earlier year, or on months of this year already over (+fs30en:
        # "In January-April ... . This year the industry plans 21 projects ... . Machine building
        # expanded by 22%") ...
    if (period.period_start, period.period_end) != (date(published.year, 1, 1), date(published.year, 12, 31)):
        return (
            False  # ... then the year under way ("In 2024-2025 the ministry intends" may be the story's span)
        )
    dated = [i for i, p in zip(indicators, own, strict=True) if p is period]
    return bool(dated) and all(i.kind != "actual" for i in dated)


def _months_from_january_over(period: Period, published: date) -> bool:
    """January to the end of a later month before December, over by the report: a year-to-date
    report's span ("January-September", "the first nine months of 2025"), not a whole year (a
    figureless "The company was founded in 2019." sets no scene)."""
    start, end = period.period_start, period.period_end
    return (
        start is not None
        and end is not None
        and not period.is_comparison
        and not period.is_deadline
        and (start.month, start.day) == (1, 1)
        and start.year == end.year
        and 1 < end.month < 12
        and end == _month_end(end)
        and end < published
    )


def _month_end(day: date) -> date:
    return date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])


def _opens(text: str, period: Period) -> bool:
    """At most two words stand before the period (words saying it is whole or that close it not
    counted)."""
    start = period.start
    if (whole := _WHOLE_OF.search(text, max(0, start - 30), start)) is not None:
        start = whole.start()
    elif (closing := _AT_THE_END_OF.search(text, max(0, start - 20), start)) is not None:
        start = closing.start()
    elif _REPORTING_ON_OPENING.match(text, 0, start) and text.startswith(",", period.end):
        return True
    return not _THIRD_WORD.match(text, 0, start)


# "Reporting on the sector's performance in 2024, the minister said ...", "Summing up the results of
# 2023, ...": an opening clause on the results of a span sets it as the scene, as "In 2024," does
_REPORTING_ON_OPENING = re.compile(
    r"(?:Reporting|Summing\s+up|Reviewing|Presenting|Speaking\s+about)\s+(?:on\s+)?(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,5}?(?:performance|results?|work|outcomes?|achievements)\s+(?:in|for|of)\s+(?:the\s+)?$"
)


def _flow_after_stock(period: Period, current: Period | None, actual: list[Period]) -> bool:
    """'As of January 1, children made up 29.9% ... SMEs produced 26.5 trillion tenge last year.
    Small enterprises accounted for 68.7% of the total': after a stock's day, a sentence whose
    every actual figure is dated by one earlier span (a year's or a quarter's flow) moves the
    narrative to that span; a day is no span that an earlier one would step back from."""
    return (
        _is_day(current)
        and period.period_start is not None
        and period.period_end is not None
        and period.period_start < period.period_end
        and all(p is period for p in actual)
    )


def _earlier_report_span(text: str, period: Period, own: list[Period | None], found: list[Indicator]) -> bool:
    """'Meanwhile, industrial output amounted to 46.4 trillion tenge (about $102.5 billion) from
    January through December 2023. Compared to 2022, it grew by 4.3 percent': a span of months
    written out with its year, dating every actual figure of its sentence, is an earlier report
    the narrative now gives, as a statistics release lays out last year after this year's months
    ("65% of the housing built in the whole of 2022" dates its figure alone: not every figure's)."""
    return (
        period.has_year
        and period.period_start is not None
        and period.period_end is not None
        and period.period_start < period.period_end
        and not period.is_comparison
        and _MONTH_SPAN_WORDS.search(text, period.start, period.end) is not None
        # every figure its own ("2.3% fewer than in January-June 2021 (1,688)" dates a base only)
        and all(p is period for i, p in zip(found, own, strict=True) if i.kind == "actual")
    )


def _earlier_month_told(text: str, period: Period, own: list[Period | None], found: list[Indicator]) -> bool:
    """'Annual inflation reached 8.1% in May 2024. ... Annual inflation amounted to 9.8 percent in
    December 2023. Food prices over the year rose by 8.5 percent, non-food by 9.1 percent': a whole
    calendar month written with its year, dating every actual figure of its sentence (two or more
    words into it), is the month the next sentences go on about, as a span of months is
    (_earlier_report_span); a month that dates a base ("up from 9.8% in December 2023") is none."""
    first, last = period.period_start, period.period_end
    return (
        period.has_year
        and first is not None
        and last is not None
        and first.day == 1
        and last == first + relativedelta(months=1) - timedelta(days=1)
        and not period.is_comparison
        and _MONTH_WORD.match(text, period.start) is not None
        and all(p is period for i, p in zip(found, own, strict=True) if i.kind == "actual")
    )


# the period's phrase opens on its month's name ("December 2023", not "the last month of 2023")
_MONTH_WORD = re.compile(
    r"(?:in\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{4}|of\s)", re.I
)


def _day_named_after_today(period: Period, current: Period | None, published: date | None) -> bool:
    """'As of now, 12.7 million ha have been harvested. ... 3.2 million tons of vegetables have been
    collected as of October 2. In addition, 427,500 tons of cabbage have been secured': a day named
    in the days just before the report, after a scene set at the report ("as of now", "to date"),
    is the day the figures were counted; the sentences after it go on at that day."""
    day = period.period_start
    return (
        published is not None
        and current is not None
        and current.period_start == current.period_end == published
        and day is not None
        and day == period.period_end
        and published - timedelta(days=31) <= day < published
    )


def _months_to_the_month(period: Period, current: Period | None) -> bool:
    """ "In August 26 million tons were carried ... The volume for January-July was 145.9 million":
    the months of the year up to the month just told are the report's span again, not a look back."""
    if current is None or period.period_start is None or period.period_end is None:
        return False
    first, last = current.period_start, current.period_end
    return (
        first is not None
        and last is not None
        and first.day == 1
        and last == first + relativedelta(months=1) - timedelta(days=1)
        and (period.period_start.month, period.period_start.day) == (1, 1)
        and period.period_start.year == first.year
        and period.period_end == first - timedelta(days=1)
    )


def _day_closing_span(period: Period, current: Period | None) -> bool:
    """'For January-August 2020 ... The number of firms as of Sep. 1, 2020, amounted to 51,086':
    a stock's day within the report's span or the day right after it is the span's status day,
    no new span for the flows told after it."""
    day, first, last = period.period_start, *(_span_of(current) or (None, None))
    return (
        day is not None
        and day == period.period_end
        and first is not None
        and last is not None
        and first < last
        and first <= day <= last + timedelta(days=1)
    )


def _after_a_plan_ahead(scope: _Scope, published: date | None) -> bool:
    """'Kazakhstan plans to plant 336.5 million trees in 2025. ... 6.2 million people took part in
    the campaign in 2024': a year still running at the report whose last figure was planned is no
    span the narrative reports in, so a past year's deeds may move the scope back (+fs30en)."""
    current = scope.period
    return (
        published is not None
        and current is not None
        and current.period_end is not None
        and current.period_end > published
        and scope.last_kind in ("plan", "forecast", "target")
    )


def _not_earlier(period: Period, current: Period | None, published: date | None = None) -> bool:
    if current is None:
        return True
    if (
        current.is_deadline
        and published is not None
        and current.period_end is not None
        and current.period_end > published
    ):  # a deadline still ahead ("... Harvest by Year-End" in a headline) is no span the narrative
        # reports in: "The harvest reached 808 million tons in 2022. China led with ..." is 2022's
        # ("By the end of November, 6.3 million tons had been shipped" is the span so far: kept)
        return True
    if (
        published is not None
        and current.period_start is not None
        and current.period_start > published
        and period.period_end is not None
        and period.period_end <= published
    ):  # a year of plans still ahead ("In 2025, the amount is to grow to 900 billion") is no span
        # the narrative reports in: "Meat output was 796,000 tons in January-September. Milk
        # production rose by 4.2%" is the months' (+fs38en)
        return True
    new_end, old_start = period.period_end or period.period_start, current.period_start or current.period_end
    return new_end is None or old_start is None or new_end >= old_start
