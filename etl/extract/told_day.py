"""The day a present state was told (FORMAT.md, "the day it was told"): "On February 7, the
minister told the meeting that the country has more than 1 million tonnes" (published February 9)
states the stock on February 7, not on the day of publication; so do "7 февраля министр сообщил,
что в стране имеется ..." and "17 қарашада министр ... бар екенін айтты".

The readers date a present state at publication and drop the day of telling as no period of its
own; this pass moves such a state, and only such a state (an actual figure at [published,
published]), to the day its sentence names as the day it was told. A past span or a plan told that
day keeps its own period."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import cast

from etl.extract.indicator_record import Indicator
from etl.extract.periods import find_periods


def told_day(
    sentence: str,
    published: date,
    language: str,
    same_day: bool = False,
    read: dict[str, frozenset[date]] | None = None,
) -> date | None:
    """The one day before publication (or on it, with `same_day`) on which the sentence says its
    content was told, if any. `read` keeps each sentence's days told for the article's other asks."""
    if read is None:
        told = _days_told(sentence, published, language)
    elif (known := read.get(sentence)) is not None:
        told = known
    else:
        told = read[sentence] = _days_told(sentence, published, language)
    if len(told) != 1:
        return None  # none, or two days told in one sentence: which one holds the state is unsaid
    (day,) = told
    return day if day < published or (same_day and day == published) else None


def _days_told(sentence: str, published: date, language: str) -> frozenset[date]:
    """The single days the sentence names as days on which something was told."""
    if language in ("ru", "kk"):
        from etl.extract.cyrillic import LANGUAGE_DATA
        from etl.extract.cyrillic_numbers import reader_for
        from etl.extract.cyrillic_periods import find_cyrillic_periods
        from etl.extract.cyrillic_report_span import is_day_told

        data = LANGUAGE_DATA[language]
        reader = reader_for(data)
        days = [
            p for p in find_cyrillic_periods(sentence, published, data) if is_day_told(reader, sentence, p)
        ]
    else:
        days = find_periods(sentence, published, reporting_days=True)
    return frozenset(
        p.period_start for p in days if p.period_start is not None and p.period_start == p.period_end
    )


# a level stated, not a flow counted: "the peak load was 9,800 MW", "harvested 70% of the area"
# ("reported that 2,300 flats were commissioned" counts a flow over a span the text leaves unnamed)
_LEVEL_BEFORE = re.compile(r"\b(?:was|were|stood\s+at|reached)\s+(?:[^\s\d]+\s+){0,2}$", re.I)


# a sentence going on with what was told the sentence before ("According to the vice minister,
# 143 schools ...", "He added that ..."): its present states are of the same day (FORMAT.md)
_GOES_ON_WITH_IT = re.compile(
    r"\s*(?:According\s+to\s+(?:him|her|the\s+(?:vice\s+|deputy\s+|first\s+deputy\s+)?(?:minister|chairman"
    r"|chairwoman|head|akim|governor|speaker|official))\s*,|(?:He|She)\s+(?:also\s+)?(?:added|noted|said|went\s+on"
    r"|pointed\s+out|stressed)\b)"
)


def _level_told(indicator: Indicator) -> bool:
    at = indicator.start_char - indicator.sentence_start
    return (
        indicator.unit == "percent"
        or _LEVEL_BEFORE.search(indicator.sentence, max(0, at - 40), at) is not None
    )


def dated_on_the_day_told(
    found: list[Indicator],
    published: date,
    language: str,
    days_told: dict[str, frozenset[date]] | None = None,
) -> list[Indicator]:
    """Each present state at publication whose sentence names an earlier day of telling, moved to
    that day. `days_told` keeps each sentence's days told (see told_day) for the passes after."""
    read = {} if days_told is None else days_told
    days: dict[tuple[str, bool], date | None] = {}
    days_named: dict[str, date | None] = {}  # the day told in a sentence that names no period of its own
    out: list[Indicator] = []
    carried: date | None = None  # the day told in the last sentence with figures, for one that goes on
    inherited: date | None = None
    sentence = ""
    for indicator in found:
        if language == "en" and indicator.sentence != sentence:
            told = told_day(indicator.sentence, published, language, read=read)
            goes_on = _GOES_ON_WITH_IT.match(indicator.sentence) is not None
            carried = told if told is not None else (carried if goes_on else None)
            # the day a sentence going on with the one before inherits ("He added that ...")
            inherited = carried if told is None and goes_on else None
            sentence = indicator.sentence
        undated = (
            indicator.period_start is None
            and indicator.period_end is None
            and not indicator.is_change
            and language == "en"  # (this round read English pages only: ru and kk are left as they were)
            and _level_told(indicator)
        )
        if (
            language == "en"
            and indicator.kind == "actual"
            and inherited is not None
            and _rolling_span_to_the_report(indicator, published)
        ):
            # (a span counted back in the sentence that names its own day keeps the report's end,
            # as labelled: "laid over the past two years, ... a press release issued on 6 March")
            indicator = _counted_back_from(indicator, inherited, published)
            out.append(indicator)
            continue
        if (
            language == "en"
            and indicator.kind == "actual"
            and not indicator.is_change
            and _rolling_span_to_the_report(indicator, published)
            and _level_at_span_end(indicator)
        ):
            # "Over the past decade, the number of students has grown by more than 1 million to 3.9
            # million": the level the span ended on is the report's (+fs30en)
            out.append(replace(indicator, period_start=published, period_end=published))
            continue
        if language == "en" and indicator.kind == "actual" and _span_to_the_report(indicator, published):
            day = told_day(indicator.sentence, published, language, read=read)
            # (only beside a level the span brought things to: a flow told alone on a day before
            # publication, "has paid 9.3 billion since the start of 2019, told a meeting on April 9",
            # keeps the report's end, as labelled)
            if day is not None and _LEVEL_REACHED.search(indicator.sentence):
                # "The lake has risen to 21.4 billion m3 after 1.1 billion m3 flowed in since the start
                # of the year, the ministry said on June 24": a span "since" runs to the day it was
                # told, and the level it brought things to is that day's (FORMAT.md, +fs41en)
                level = _LEVEL_REACHED_BEFORE.search(
                    indicator.sentence,
                    max(0, indicator.start_char - indicator.sentence_start - 40),
                    indicator.start_char - indicator.sentence_start,
                )
                start = day if level is not None else indicator.period_start
                out.append(replace(indicator, period_start=start, period_end=day))
                continue
        if (
            language == "en"
            and indicator.kind == "actual"
            and indicator.period_start is not None
            and indicator.period_end is not None
            and indicator.period_end != published
            and _BEFORE_THE_TELLING.search(indicator.sentence)
            and (day := _own_day_told(indicator.sentence, published, days_named, read)) is not None
            and indicator.period_end < day
            and not _PART_OF_THEM.match(indicator.sentence, indicator.end_char - indicator.sentence_start)
        ):
            # "In the first half, mortality fell 3%. At the Aug. 25 meeting, the minister also
            # reported that the shortage of doctors had decreased by 19%": a past event told on a
            # day its own sentence names, with no period of its own, is that day's, not the span
            # carried from the sentence before (FORMAT.md, +fs42en)
            out.append(replace(indicator, period_start=day, period_end=day))
            continue
        if indicator.kind == "actual" and (
            indicator.period_start == indicator.period_end == published or undated
        ):
            # ("Farmers have harvested 70% of the area, the ministry said on September 13": a past
            # event told that day with no date of its own is that day's, the day of publication too)
            key = (indicator.sentence, undated)
            if key not in days:
                days[key] = told_day(indicator.sentence, published, language, same_day=undated, read=read)
            day = days[key] or (carried if not undated else None)
            if day is not None:
                indicator = replace(indicator, period_start=day, period_end=day)
        out.append(indicator)
    return out


# "the minister said on Aug. 12 that deaths had decreased by 11%": a past perfect, what had come
# about by the telling; "exports grew by 6.1%, the ministry said on Nov. 4" reports the span the
# headline or lead set, and keeps it
_BEFORE_THE_TELLING = re.compile(
    r"\bhad\s+(?:(?:not|also|already|since)\s+)?[a-z]+(?:ed|en|wn|ght|ne|ut|id)\b", re.I
)

# "12 of them were in villages": a part of a whole told before, which keeps the whole's span
_PART_OF_THEM = re.compile(r"\s+(?:of|among)\s+(?:them|these|those|which|whom)\b", re.I)


def _own_day_told(
    sentence: str, published: date, seen: dict[str, date | None], read: dict[str, frozenset[date]]
) -> date | None:
    """The day the sentence says it was told, when it names no period of its own (a comparison's
    base aside) for its figures to take."""
    if sentence not in seen:
        day = told_day(sentence, published, "en", read=read)
        own = day is not None and any(not p.is_comparison for p in find_periods(sentence, published))
        seen[sentence] = None if own else day
    return seen[sentence]


# a span from a start written in the sentence up to the telling: "since the start of the year",
# "since 2019", "so far this year", "to date"
_SINCE_OR_TO_DATE = re.compile(r"\b(?:since|so\s+far|to\s+date|year\s+to\s+date)\b", re.I)
# "has risen to", "has reached", "now stands at": the level a span brought things to
_LEVEL_REACHED_WORDS = (
    r"\b(?:(?:has|have)\s+(?:now\s+)?(?:risen|grown|increased|climbed|fallen|dropped|declined|decreased"
    r"|recovered|returned)\s+to|(?:has|have)\s+(?:now\s+)?reached|now\s+stands?\s+at)\s+"
)
_LEVEL_REACHED = re.compile(_LEVEL_REACHED_WORDS + r"[^,;]{0,12}\d", re.I)
_LEVEL_REACHED_BEFORE = re.compile(
    _LEVEL_REACHED_WORDS + r"(?:(?:about|around|nearly|almost|over|some|more\s+than)\s+)?(?:US\$|\$|₸)?$",
    re.I,
)


def _span_to_the_report(indicator: Indicator, published: date) -> bool:
    """A span from a written start up to publication ("since the start of the year")."""
    return (
        indicator.period_end == published
        and indicator.period_start is not None
        and indicator.period_start < published
        and not indicator.is_change
        and _SINCE_OR_TO_DATE.search(indicator.sentence) is not None
        and _ROLLING_SPAN.search(indicator.sentence) is None
    )


# "over the past decade", "in the last five years": a span counted back from the telling
_ROLLING_SPAN = re.compile(
    r"\b(?:over|in|during|for)\s+the\s+(?:past|last)\s+(?:decade|(?:\w+\s+)?(?:years|months|weeks|days))\b",
    re.I,
)
# "... has grown by 1 million and has reached 3.7 million": the level at the span's end
_REACHED_BEFORE = re.compile(r"\b(?:has|have)\s+reached\s+(?:[^\s\d]+\s+){0,2}$", re.I)


def _rolling_span_to_the_report(indicator: Indicator, published: date) -> bool:
    """A span up to publication that the sentence counts back ("over the past decade")."""
    return (
        indicator.period_end == published
        and indicator.period_start is not None
        and indicator.period_start < published
        and _ROLLING_SPAN.search(indicator.sentence) is not None
    )


# "has grown by more than 1 million to ", "have risen by 12% to ": the level a change came to
_CHANGED_TO_BEFORE = re.compile(
    r"\b(?:has|have)\s+(?:grown|risen|increased|climbed|fallen|dropped|declined|decreased)\s+by\s+"
    r"[^,;:]{1,40}?\s+to\s+(?:(?:about|around|nearly|almost|over|some|more\s+than)\s+)?(?:US\$|\$|₸)?$",
    re.I,
)


# "..., and their share in the energy balance has exceeded 7%": a share or level the span brought
# to where it now stands (+fs42en)
_SHARE_REACHED_BEFORE = re.compile(
    r"\b(?:share|level|coverage|proportion)\b[^,;:\d]{0,60}?\b(?:has|have)\s+(?:now\s+)?"
    r"(?:exceeded|reached|surpassed|topped|passed|(?:risen|grown|climbed|increased|fallen|dropped|declined)\s+to)\s+"
    r"(?:(?:about|around|nearly|almost|over|some|more\s+than)\s+)?$",
    re.I,
)


def _level_at_span_end(indicator: Indicator) -> bool:
    at = indicator.start_char - indicator.sentence_start
    return (
        _CHANGED_TO_BEFORE.search(indicator.sentence, max(0, at - 80), at) is not None
        or _SHARE_REACHED_BEFORE.search(indicator.sentence, max(0, at - 120), at) is not None
    )


def _counted_back_from(indicator: Indicator, day: date, published: date) -> Indicator:
    """'He added that over the past decade the number has grown by 1 million and has reached 3.7
    million', told on Tuesday: the decade up to Tuesday, and the level reached is Tuesday's."""
    at = indicator.start_char - indicator.sentence_start
    if _REACHED_BEFORE.search(indicator.sentence, max(0, at - 40), at):
        return replace(indicator, period_start=day, period_end=day)
    start = cast(date, indicator.period_start) - (published - day)
    return replace(indicator, period_start=start, period_end=day)


# "has decreased by 19%", "have grown", "is down 16%": a change told as standing now (at the telling)
_PRESENT_PERFECT = re.compile(
    r"\b(?:has|have)\s+(?:\w+ly\s+|also\s+|already\s+)?(?:[a-z]+ed|grown|risen|fallen|shrunk)\b"
    r"|\b(?:is|are)\s+(?:now\s+)?(?:down|up)\b",
    re.I,
)
# a past or future verb, or a telling of its own: the sentence is not the state at the telling before
_OTHER_TIME = re.compile(
    r"\b(?:was|were|fell|rose|grew|went|came|will|would|shall|said|says|told|tells|noted|added|stressed"
    r"|according|reported|announced)\b",
    re.I,
)


def _names_own_period(sentence: str, published: date) -> bool:
    """The sentence names a period other than a comparison base ("compared with the previous year")."""
    return any(
        (p.period_start or p.period_end) and not p.is_comparison
        for p in find_periods(sentence, published, published.year)
    )


def present_changes_going_on(
    found: list[Indicator], body: str, published: date, days_told: dict[str, frozenset[date]] | None = None
) -> list[Indicator]:
    """'Reporting on August 25, the minister said that life expectancy had reached 75.4 years in
    2024. Compared with the previous year, the shortage of doctors has decreased by 19%': the next
    sentence of the paragraph, told in the present perfect with no telling and no period of its own,
    goes on with what was told that day (FORMAT.md), so its actual figures read from the context
    are that day's (English). `days_told`: the sentences' days told, as dated_on_the_day_told read them."""
    read = {} if days_told is None else days_told
    out: list[Indicator] = []
    told: date | None = None  # the day the last sentence with figures names as its telling
    last_end = -1  # where that sentence ended in the body
    going_on = False
    sentence = ""
    for indicator in found:
        if indicator.sentence != sentence:
            sentence = indicator.sentence
            start = indicator.sentence_start
            adjacent = told is not None and 0 <= last_end <= start and body[last_end:start].strip(" ") == ""
            going_on = (
                adjacent
                and _PRESENT_PERFECT.search(sentence) is not None
                and _OTHER_TIME.search(sentence) is None
                and told_day(sentence, published, "en", read=read) is None
            )
            day = told if going_on else None
            told = told_day(sentence, published, "en", read=read)
            last_end = start + len(sentence)
        if (
            going_on
            and day is not None
            and indicator.kind == "actual"
            and (indicator.period_start, indicator.period_end) != (day, day)
            and not _names_own_period(sentence, published)
        ):
            indicator = replace(indicator, period_start=day, period_end=day)
        out.append(indicator)
    return out
