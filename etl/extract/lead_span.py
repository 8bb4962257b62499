"""A lead figure that only a later sentence dates (Russian; English when the figure is restated).

A report whose headline names no period may open on its figures and name their span a few
sentences on: "В региональном разрезе наибольший объём розничной торговли был зафиксирован в
Алматы: 4 трлн тг ... «... за январь–июль 2025-го ...»", "Добыча нефти на Кашагане превысила
годовой план на 46%. ... Так, за 11 месяцев года добыто 7,3 млн тонн". The sentence readers see
no period for the opening figures (the span comes after them) and date them at publication; told
in the past, they are the span's figures (FORMAT.md: the period may come from the lead or the
sentences around). Only a span over shortly before publication dates them back (not one running
up to it, "за последние три года"), and only when nothing but undated past figures came before it:
a present state stays at publication, and a lead that names a period of its own keeps it."""

from __future__ import annotations

import re
from datetime import date

from etl.extract.indicators import Indicator
from etl.extract.records import replace
from etl.extract.ru_tense import clause_tenses

# how far after the first figure the span may be named (the lead paragraph and the next one)
_REACH = 700
# how long before publication the span may have ended: a release's latest months, not a past year
_RECENT_DAYS = 100
# "4 трлн тг, против 3,4 трлн тг годом ранее": the same span a year back once the span is known
_YEAR_EARLIER = re.compile(r"(?<!\w)(?:годом\s+ранее|год\s+назад)(?!\w)", re.I)


def dated_by_a_later_span(found: list[Indicator], published: date) -> list[Indicator]:
    """The figures that open the article undated and told in the past, given the span the first
    dated figure after them reports, when that span ended shortly before publication."""
    anchor = next((n for n, i in enumerate(found) if _is_recent_span(i, published)), None)
    if anchor is None or anchor == 0:
        return found
    span = found[anchor]
    if span.sentence_start - found[0].sentence_start > _REACH:
        return found
    opening = found[:anchor]
    moved: list[Indicator] = []
    for indicator in opening:
        if not _told_in_the_past(indicator.sentence):
            return found
        if _undated(indicator, published):
            moved.append(replace(indicator, period_start=span.period_start, period_end=span.period_end))
        elif _year_before_publication(indicator, published) and _YEAR_EARLIER.search(indicator.sentence):
            moved.append(_a_year_back(indicator, span))
        else:
            return found  # a lead with a period of its own: the span after it is another's
    return moved + found[anchor:]


def _is_recent_span(indicator: Indicator, published: date) -> bool:
    first, last = indicator.period_start, indicator.period_end
    return (
        indicator.kind == "actual"
        and first is not None and last is not None and first < last < published
        and (published - last).days <= _RECENT_DAYS
    )  # fmt: skip


def _undated(indicator: Indicator, published: date) -> bool:
    return indicator.kind == "actual" and (
        indicator.period_start == indicator.period_end == published
        or (indicator.period_start is None and indicator.period_end is None)
    )


def _year_before_publication(indicator: Indicator, published: date) -> bool:
    year = published.year - 1
    return (indicator.period_start, indicator.period_end) == (date(year, 1, 1), date(year, 12, 31))


def _a_year_back(indicator: Indicator, span: Indicator) -> Indicator:
    first, last = span.period_start, span.period_end
    assert first is not None and last is not None
    return replace(
        indicator,
        period_start=first.replace(year=first.year - 1),
        period_end=_same_day_a_year_back(last),
    )


def _same_day_a_year_back(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def _told_in_the_past(sentence: str) -> bool:
    """A past or a state reached, and no present of how things stand, plan or future."""
    tenses = {tense for _, tense in clause_tenses(sentence, 0, len(sentence))}
    return bool(tenses & {"past", "done"}) and not tenses & {"present", "future"}


def restated_later(found: list[Indicator], published: date) -> list[Indicator]:
    """English: "The average monthly wage is 152.8 thousand tenge for the current period. ... In
    January-May, the average monthly wage reached 152.8 thousand tenge": an undated figure of the
    first sentence with figures, restated (same value, unit and change) within the next few
    sentences with a span over shortly before publication, is that span's figure."""
    if not found:
        return found
    lead = found[0].sentence_start
    moved: list[Indicator] = []
    for indicator in found:
        if indicator.sentence_start == lead and _undated(indicator, published):
            again = next(
                (
                    later
                    for later in found
                    if lead < later.sentence_start <= lead + _REACH
                    and (later.value, later.unit, later.is_change)
                    == (indicator.value, indicator.unit, indicator.is_change)
                    and _is_recent_span(later, published)
                ),
                None,
            )
            if again is not None:
                indicator = replace(indicator, period_start=again.period_start, period_end=again.period_end)
        moved.append(indicator)
    return moved
