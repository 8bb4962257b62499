"""A lead figure that only a later sentence dates (Russian, Kazakh, English; in English also a
figure restated later with its span).

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
from collections.abc import Callable
from datetime import date

from etl.extract.indicator_record import Indicator
from etl.extract.kk_predicate import read_predicate as kk_predicate
from etl.extract.predicate import read_predicate as en_predicate
from etl.extract.records import replace
from etl.extract.ru_tense import clause_tenses

# how far after the first figure the span may be named (the lead paragraph and the next one)
_REACH = 700
# how long before publication the span may have ended: a release's latest months, not a past year
_RECENT_DAYS = 100
# "4 трлн тг, против 3,4 трлн тг годом ранее": the same span a year back once the span is known
_YEAR_EARLIER = re.compile(r"(?<!\w)(?:годом\s+ранее|год\s+назад)(?!\w)", re.I)


def dated_by_a_later_span(found: list[Indicator], published: date, language: str = "ru") -> list[Indicator]:
    """The figures that open the article undated and told in the past, given the span the first
    dated figure after them reports, when that span ended shortly before publication."""
    anchor = next(
        (
            n
            for n, i in enumerate(found)
            if _is_recent_span(i, published) or _is_report_day(i, published, language)
        ),
        None,
    )
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
        if indicator.sentence_start == span.sentence_start:
            moved.append(indicator)  # "9 айында 64 мың адам тұратын ауданда": the span's own sentence read it
            continue
        if not _TOLD_IN_THE_PAST[language](indicator):
            return found
        if not indicator.is_change and indicator.unit != "percent" and _only_changes(found, span):
            # "саны 655 мыңға жетті. ... тек қаңтарда 19 793 адамға көбейген": the level reached is
            # no total of the month it grew in (a rate, "инфляция 18,9%", is the span's)
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


def _only_changes(found: list[Indicator], span: Indicator) -> bool:
    """The span's sentence tells only changes over it ("тек қаңтарда 19 793 адамға көбейген"), no
    level of it ("grew by 5.1% to 24 trillion tenge" has one)."""
    return all(
        i.is_change
        for i in found
        if i.sentence_start == span.sentence_start
        and (i.period_start, i.period_end) == (span.period_start, span.period_end)
    )


def _is_recent_span(indicator: Indicator, published: date) -> bool:
    first, last = indicator.period_start, indicator.period_end
    return (
        indicator.kind == "actual"
        and first is not None and last is not None and first < last < published
        and (published - last).days <= _RECENT_DAYS
        and (not _one_month(first, last) or _month_before(first, published))
    )  # fmt: skip


# how long before publication a stock's day may be to date the lead's running total (a weekly report's
# "на 30 сентября" told on 2 October), not a day of a story told
_REPORT_DAY_DAYS = 7


def _is_report_day(indicator: Indicator, published: date, language: str) -> bool:
    """A Russian stock on a day shortly before publication ("на 30 сентября зерновые обмолочены на 13,6 млн
    га"): the day of the report whose total the lead told undated ("Урожай перевалил за 20 млн тонн"),
    as a span named after the lead is (+ps41ru)."""
    first, last = indicator.period_start, indicator.period_end
    return (
        language == "ru" and indicator.kind == "actual"
        and first is not None and first == last and first < published
        and (published - first).days <= _REPORT_DAY_DAYS
        and not _LOOKED_BACK.search(indicator.sentence)
    )  # fmt: skip


# "За неделю до этого хлеб был убран с 96,8% площадей": a day looked back to from the report's, which the
# lead told (+ps43ru)
_LOOKED_BACK = re.compile(r"(?<!\w)(?:ранее|раньше|назад|до\s+(?:этого|того))(?!\w)", re.I)


def _one_month(first: date, last: date) -> bool:
    return (first.year, first.month) == (last.year, last.month)


def _month_before(first: date, published: date) -> bool:
    """A month's release comes out the month after it: an earlier month is a step of a story told
    ("былтыр желтоқсанда 25 үй берілді" in late February), not the span a report covers."""
    return (first.year * 12 + first.month) + 1 == published.year * 12 + published.month


def _undated(indicator: Indicator, published: date) -> bool:
    return indicator.kind == "actual" and (
        indicator.period_start == indicator.period_end == published
        or (indicator.period_start is None and indicator.period_end is None)
    )


# the sentence's own "с начала года": told there, not carried from the headline
_SINCE_NEW_YEAR = re.compile(
    r"(?<!\w)(?:с\s+начала|от\s+начала)\s+(?:этого\s+|текущего\s+|\d{4}\s+)?года"
    # Kazakh "жыл басынан бері", "биылғы жылдың басынан бері" (+fs38kk)
    r"|(?<!\w)(?:жыл|жылдың)\s+басынан\s+(?:бері|бергі)(?!\w)",
    re.I,
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


# the reporter's present ("..., сообщает Петропавловск.news", "передает агентство"): who tells it, no
# present of how things stand
_RU_REPORTING = re.compile(
    r"(?:сообща|переда|информиру|уточня|отмеча|заявля)(?:ет|ют)(?!\w)|пиш(?:ет|ут)(?!\w)", re.I
)


def _ru_told_in_the_past(indicator: Indicator) -> bool:
    """A past or a state reached, and no present of how things stand, plan or future."""
    sentence = indicator.sentence
    tenses = {
        tense
        for position, tense in clause_tenses(sentence, 0, len(sentence))
        if not (tense == "present" and _RU_REPORTING.match(sentence, position))
    }
    return bool(tenses & {"past", "done"}) and not tenses & {"present", "future"}


# a Kazakh clause's end: a comma, semicolon or a dash between clauses
_KK_CLAUSE_END = re.compile(r"[,;]\s|\s[–—]\s")
# how things stand or are to come: "құрайды", "жұмыс істейді", "салынуда", "салынбақ", "бар"
_KK_NOT_PAST = frozenset(("aorist", "future", "progressive", "intent", "ability", "existential"))


def _kk_told_in_the_past(indicator: Indicator) -> bool:
    """Some clause of the sentence ends on a past ("азайды", "құрады", "болды") or a perfect
    participle ("артқан"), and none on a present, a plan or what there is; a clause with no verb
    ("Қырғызстанға — 2 есе") or the reporter's ("деп хабарлайды") says nothing of time."""
    sentence = indicator.sentence.rstrip()
    tenses: set[str] = set()
    start = 0
    for end in [m.start() for m in _KK_CLAUSE_END.finditer(sentence)] + [len(sentence)]:
        clause = sentence[start:end].strip()
        start = end + 1
        if clause.startswith("деп "):
            continue
        found = kk_predicate(clause, 0, len(clause))
        if found is not None:
            tenses.add(found.tense)
    return bool(tenses & {"past", "perfect"}) and not tenses & _KK_NOT_PAST


# a span up to the report written beside the figure: no figure of a span the lead names later
_EN_UP_TO_NOW = re.compile(
    r"\b(?:recently|so\s+far|to\s+date|over\s+the\s+(?:past|last)|currently|now)\b", re.I
)


def _en_told_in_the_past(indicator: Indicator) -> bool:
    """The figure's own verb group is a past simple ("reached", "amounted to", "rose"), not a
    present, a perfect ("has reached") or a modal, and no span up to the report is named."""
    sentence = indicator.sentence
    start, end = (
        indicator.start_char - indicator.sentence_start,
        indicator.end_char - indicator.sentence_start,
    )
    found = en_predicate(sentence, (0, len(sentence)), start, end)
    return (
        found is not None and found.tense == "past" and not found.perfect
        and not _EN_UP_TO_NOW.search(sentence)
    )  # fmt: skip


_TOLD_IN_THE_PAST: dict[str, Callable[[Indicator], bool]] = {
    "ru": _ru_told_in_the_past,
    "kk": _kk_told_in_the_past,
    "en": _en_told_in_the_past,
}


def told_in_the_past(indicator: Indicator, language: str) -> bool:
    """Whether the figure is told in the past by the language's reader above (English: its own
    verb group; Russian and Kazakh: the sentence's verbs)."""
    return _TOLD_IN_THE_PAST.get(language, _en_told_in_the_past)(indicator)


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
