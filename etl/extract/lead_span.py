"""A lead figure that only a later sentence dates (Russian).

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
        if _same_months_before(indicator, span):
            moved.append(indicator)  # "Для сравнения, в январе-мае 2014 - 30%": the span's base, dated
            continue
        if not _told_in_the_past(indicator.sentence):
            return found
        if indicator.role == "from":
            moved.append(indicator)  # "с 62 до 183 в 2022 году": the old level is not the span's
        elif _undated(indicator, published) or _year_so_far_of(indicator, span, published):
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


# the sentence's own "с начала года": told there, not carried from the headline
_SINCE_NEW_YEAR = re.compile(
    r"(?<!\w)(?:с\s+начала|от\s+начала)\s+(?:этого\s+|текущего\s+|\d{4}\s+)?года", re.I
)


def _year_so_far_of(indicator: Indicator, span: Indicator, published: date) -> bool:
    """A figure the headline's "с начала года" dated from 1 January up to publication, when the
    report's span runs from that same 1 January: the year so far is the span the release covers
    ("Сколько жилья построено с начала года" over "в период с января по июль 2022 года")."""
    new_year = date(published.year, 1, 1)
    return (
        indicator.kind == "actual"
        and (indicator.period_start, indicator.period_end) == (new_year, published)
        and span.period_start == new_year
        and not _SINCE_NEW_YEAR.search(indicator.sentence)
    )


def _same_months_before(indicator: Indicator, span: Indicator) -> bool:
    """The span's own months in an earlier year: a base the lead compares with, not a period of its own."""
    first, last = indicator.period_start, indicator.period_end
    if first is None or last is None or span.period_start is None or span.period_end is None:
        return False
    back = span.period_start.year - first.year
    return (
        back > 0 and (first.month, first.day) == (span.period_start.month, span.period_start.day)
        and (last.month, last.year + back) == (span.period_end.month, span.period_end.year)
    )  # fmt: skip


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
