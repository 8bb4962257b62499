"""How a figure's period was decided, read back from the extractor's output (pure).

A period written in the figure's own sentence is right far more often than one carried from the
headline, the lead or an earlier sentence, so readers of the figures are told which it was. The
answer is worked out after extraction, from the figure's period, its sentence and the
publication date, by reading the sentence's period phrases again: the extractor's rules are not
consulted and need not record anything.

- "sentence": a period phrase of the sentence resolves to the figure's span, or to the span it
  was derived from: "by the end of September" read as January-September, "so far" as the year
  to date, a yearless "in January-May" given the article's year, the "from" level of a change
  dated a year before the sentence's span ("448,620 in Q2 2025, up from 403,251 a year earlier").
- "publication": dated at the publication day by no phrase of the sentence (a present state).
- "context": any other period, which the sentence does not name.
- "none": no period.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from etl.extract.cyrillic_periods import find_cyrillic_periods
from etl.extract.indicator_record import Indicator
from etl.extract.languages.kk import KAZAKH
from etl.extract.languages.ru import RUSSIAN
from etl.extract.periods import Period, find_periods

BASES = ("sentence", "publication", "context", "none")
# What a reader is shown for each basis (dashboard tables, CSV)
BASIS_LABELS = {
    "sentence": "in its sentence",
    "publication": "publication date",
    "context": "from the headline or an earlier sentence",
    "none": "not stated",
}

Span = tuple[date | None, date | None]
_YEAR_DIGITS = re.compile(r"(?:19|20)\d{2}")
_READERS: dict[str, Callable[[str, date], list[Period]]] = {
    "en": find_periods,
    "ru": lambda text, published: find_cyrillic_periods(text, published, RUSSIAN),
    "kk": lambda text, published: find_cyrillic_periods(text, published, KAZAKH),
}


def sentence_periods(sentence: str, published: date, language: str) -> list[Period]:
    """The period phrases of one sentence read on its own (no headline, no earlier sentence)."""
    return _READERS.get(language, find_periods)(sentence, published)


def _shifted(span: Span, years: int) -> Span:
    return (
        span[0] + relativedelta(years=years) if span[0] else None,
        span[1] + relativedelta(years=years) if span[1] else None,
    )


def _within(inner: Span, outer: Span) -> bool:
    """inner lies in outer (an open end reaches as far as it needs)."""
    return (outer[0] is None or (inner[0] is not None and outer[0] <= inner[0])) and (
        outer[1] is None or (inner[1] is not None and inner[1] <= outer[1])
    )


def _derived(span: Span, stated: Span) -> bool:
    """The figure's span is one the extractor derives from a stated one: a part or a whole
    sharing its last day ("by the end of September" -> January-September, "between January 1 and
    February 1 ... ended at" -> February 1, "so far" -> the year to date), or sharing its first
    day ("from April 1" -> April 1 onwards)."""
    nested = _within(span, stated) or _within(stated, span)
    same_end = stated[1] is not None and span[1] == stated[1]
    same_start = stated[0] is not None and span[0] == stated[0]
    return nested and (same_end or same_start)


def _same_days_other_year(span: Span, stated: Span) -> bool:
    """The same months and days in another year: a phrase without a year ("in January-May")
    that the extractor gave the article's year."""
    first, stated_first = span[0], stated[0]
    if first is None or stated_first is None or span[1] is None or stated[1] is None:
        return False
    years = first.year - stated_first.year
    return years != 0 and _shifted(stated, years) == span


@dataclass(frozen=True)
class _Stated:
    """What a sentence's period phrases resolve to, each span once."""

    exact: frozenset[Span]  # every phrase's span, comparison bases included
    own: tuple[tuple[Span, bool], ...]  # spans of phrases that are not bases, with "has no year written"


# Consecutive figures of a sentence share its reading: a long line with a figure every few words
# is read once, not once per figure.
@lru_cache(maxsize=16)
def _stated(sentence: str, published: date, language: str) -> _Stated:
    exact: set[Span] = set()
    own: dict[tuple[Span, bool], None] = {}
    for period in sentence_periods(sentence, published, language):
        span: Span = (period.period_start, period.period_end)
        if span == (None, None):
            continue
        exact.add(span)
        if not period.is_comparison:  # a base ("than in 2023") dates only the figure it names exactly
            own[span, not _YEAR_DIGITS.search(sentence, period.start, period.end)] = None
    return _Stated(frozenset(exact), tuple(own))


def period_basis(indicator: Indicator, published: date, language: str = "en") -> str:
    """How the figure's period was decided: "sentence", "publication", "context" or "none"
    (see the module's docstring). `language` picks the period reader ('en', 'ru', 'kk')."""
    span: Span = (indicator.period_start, indicator.period_end)
    if span == (None, None):
        return "none"
    stated = _stated(indicator.sentence, published, language)
    if span in stated.exact:
        return "sentence"
    for own, yearless in stated.own:
        if _derived(span, own):
            return "sentence"
        if indicator.role == "from" and _shifted(own, -1) == span:
            return "sentence"  # the old level of a change: the stated span a year before
        if yearless and _same_days_other_year(span, own):
            return "sentence"
    if span == (published, published):
        return "publication"
    return "context"
