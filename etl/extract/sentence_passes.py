"""Passes over one English sentence's figures read together: named old levels, revised levels,
a change over dated levels, a total and its parts."""

from __future__ import annotations

import re
from datetime import date

from etl.extract.figure_period import _OF_TOTAL_OPENING, _PERFECT_AROUND
from etl.extract.indicator_record import Indicator
from etl.extract.literal_gates import literal_gate
from etl.extract.mentions import Mention
from etl.extract.periods import Period
from etl.extract.records import replace

# "increase transit from today's 18 million tons to 33 million in 2020", "raise the share from the
# current 31% to 38.5%": the old level named as today's is how things stand at publication
_NOW_BEFORE = re.compile(
    r"\bfrom\s+(?:the\s+)?(?:today['’]s|current|present|existing)\s+(?:level\s+of\s+)?(?:about\s+|some\s+)?(?:US\$|\$|₸)?$",
    re.I,
)
# "36% smaller than last year's 20.6 million tonnes", "up from last year's 17.2 million tons":
# a level named as last year's is that year's outcome, whatever the sentence expects of this one
_LAST_YEARS_BEFORE = re.compile(
    r"\b(?:last|the\s+previous|the\s+past)\s+year['’]s\s+(?:record\s+|level\s+of\s+)?"
    r"(?:(?:about|some|nearly|almost|over|more\s+than)\s+)?(?:US\$|\$|₸)?$",
    re.I,
)


def _named_levels(text: str, indicators: list[Indicator], published: date) -> list[Indicator]:
    """A level the sentence names as today's ("from the current 31%": actual, at publication;
    FORMAT.md: a present state) or as last year's (actual, the year before publication)."""
    named = []
    for i in indicators:
        start = i.start_char - i.sentence_start
        if _NOW_BEFORE.search(text, max(0, start - 48), start):
            i = replace(i, kind="actual", period_start=published, period_end=published)
        elif _LAST_YEARS_BEFORE.search(text, max(0, start - 48), start):
            year = published.year - 1
            i = replace(i, kind="actual", period_start=date(year, 1, 1), period_end=date(year, 12, 31))
        named.append(i)
    return named


# "revised the inflation outlook from 7.5% to 8-9% for 2024", "raised its growth forecast for 2025
# from 4.1% to 4.8%": the old level of a revised outlook, goal or plan, not a past outcome
_REVISED_FROM_BEFORE = re.compile(
    r"\b(?:revis|rais|lower|cut|upgrad|downgrad|improv|worsen|adjust|increas|reduc|lift|trimm?)\w*\s+"
    r"(?:[\w’'-]+\s+){0,4}?(?P<noun>forecasts?|outlooks?|estimates?|projections?|guidance|targets?|plans?)\b"
    r"[^.;]{0,60}?\bfrom\s+(?:(?:about|around|some|nearly)\s+)?(?:US\$|\$|₸)?$",
    re.I,
)
_REVISED_GATE = literal_gate(_REVISED_FROM_BEFORE)
_REVISED_NOUN_KIND = {"target": "target", "plan": "plan"}


def _revised_old_levels(text: str, indicators: list[Indicator], first_index: int) -> list[Indicator]:
    """The "from" level of a revised outlook, goal or plan has the kind the noun names and the
    span of the level it was revised to."""
    revised = list(indicators)
    for position, indicator in enumerate(indicators):
        if indicator.role != "from" or indicator.partner is None:
            continue
        start = indicator.start_char - indicator.sentence_start
        match = _REVISED_FROM_BEFORE.search(text, max(0, start - 160), start)
        partner = indicator.partner - first_index
        if match is None or not 0 <= partner < len(indicators):
            continue
        new_level = indicators[partner]
        kind = _REVISED_NOUN_KIND.get(match["noun"].lower().rstrip("s"), "forecast")
        revised[position] = replace(
            indicator, kind=kind, period_start=new_level.period_start, period_end=new_level.period_end
        )
    return revised


# "grew 30%, from", "has grown 1.7 times in recent years, from": a change whose levels follow
_CHANGE_THEN_FROM = re.compile(r",?\s+(?:[a-z]+,?\s+){0,4}?from\s+(?:about\s+|some\s+|nearly\s+)?", re.I)
# "... tons in 2018 to 7,400 tons", "... in 2019 and 9,400 tons": the next level of the same series
_NEXT_LEVEL = re.compile(r"\s+in\s+(?:19|20)\d\d,?\s+(?:to|and|,)\s+(?:about\s+|some\s+|nearly\s+)?", re.I)


def _change_over_dated_levels(
    text: str, found: list[Mention], indicators: list[Indicator], own_periods: list[Period | None]
) -> list[Indicator]:
    """'Output grew 30%, from 100 tons in 2019 to 130 tons in 2023': a change with no period of
    its own spans the years of the levels it is measured between, from the first to the last."""
    result = list(indicators)
    for index in range(len(found) - 2):
        change, own = indicators[index], own_periods[index]
        if change.unit not in ("percent", "times") or (own is not None and not own.is_weak):
            continue
        if not _CHANGE_THEN_FROM.fullmatch(text, found[index].quantity.end, found[index + 1].start):
            continue
        first = last = index + 1
        while (
            last + 1 < len(found)
            and indicators[last + 1].unit == indicators[first].unit
            and _NEXT_LEVEL.fullmatch(text, found[last].quantity.end, found[last + 1].start)
        ):
            last += 1
        start, end = indicators[first].period_start, indicators[last].period_end
        if last == first or start is None or end is None or end.year <= start.year:
            continue
        result[index] = replace(change, period_start=start, period_end=end)
    return result


def _total_as_its_part(text: str, indicators: list[Indicator]) -> list[Indicator]:
    """'Of the country's 77 generating companies, 19 have worn equipment': a total opening a
    breakdown with no period of its own counts at the date of its part (here the present)."""
    if len(indicators) < 2:
        return indicators
    total, part = indicators[0], indicators[1]
    offset = total.start_char - total.sentence_start
    if offset >= 40 or not _OF_TOTAL_OPENING.fullmatch(text, 0, offset) or total.kind != part.kind:
        return indicators
    return [replace(total, period_start=part.period_start, period_end=part.period_end), *indicators[1:]]


# between a total and the part that follows it: "63 projects have been approved, and 22 of them ..."
_PART_FOLLOWS = re.compile(r"[^.;:,]*,\s+(?:and\s+|while\s+)?$")
_OF_THEM = re.compile(r"\s+of\s+them\s")


def _total_before_its_part(
    text: str, indicators: list[Indicator], own: list[Period | None], published: date
) -> list[Indicator]:
    """'63 projects have been approved, and 22 of them have already received funds': a total with no
    period of its own, told in the perfect, counts up to the same day as its part done so far."""
    result = list(indicators)
    for index in range(len(indicators) - 1):
        total, part = indicators[index], indicators[index + 1]
        total_end, part_start = total.end_char - total.sentence_start, part.start_char - part.sentence_start
        part_end = part.end_char - part.sentence_start
        if (
            own[index] is None
            and total.kind == part.kind == "actual"
            and part.period_start == part.period_end == published
            and total.period_start is not None
            and total.period_end is not None
            and total.period_start < published <= total.period_end
            and _PART_FOLLOWS.fullmatch(text, total_end, part_start)
            and _OF_THEM.match(text, part_end)
            and _PERFECT_AROUND.search(text, total_end, part_start)
        ):
            result[index] = replace(total, period_start=published, period_end=published)
    return result


# "an increase in the income of 4.2 million people, of which: – about 2.3 million pensioners, ...;
# – 1.9 million recipients of social benefits": a breakdown opened by a colon, its members by dashes
_BREAKDOWN_OPENING = re.compile(r",?\s*(?:of\s+(?:which|whom)|including|among\s+them)\s*:", re.I)
_DASHED_MEMBER_BEFORE = re.compile(
    r"[;:]\s*[–—-]\s*(?:(?:about|around|over|some|nearly|almost|more\s+than|up\s+to)\s+)?(?:US\$|\$|₸)?$",
    re.I,
)
_AHEAD_KINDS = ("plan", "forecast", "target")


def _members_of_a_breakdown(text: str, indicators: list[Indicator]) -> list[Indicator]:
    """The dashed members of a breakdown after 'of which:' take the kind of the whole before it when
    both are told ahead: a member's own clause ("who will receive a raise of 7%") kinds the figures
    inside it, not the next member's count."""
    result = list(indicators)
    whole: Indicator | None = None
    for index, figure in enumerate(indicators):
        start, end = figure.start_char - figure.sentence_start, figure.end_char - figure.sentence_start
        if (
            whole is not None
            and figure.unit == whole.unit
            and figure.kind in _AHEAD_KINDS
            and figure.kind != whole.kind
            and _DASHED_MEMBER_BEFORE.search(text, max(0, start - 24), start)
        ):
            result[index] = replace(figure, kind=whole.kind)
        opening = _BREAKDOWN_OPENING.search(text, end, min(len(text), end + 60))
        if (
            opening is not None
            and figure.kind in _AHEAD_KINDS
            and not _DIGIT.search(text, end, opening.start())
        ):
            whole = figure  # "4.2 million people, of which:": the whole its members break down
    return result


_DIGIT = re.compile(r"\d")
