"""The words either side of an English figure and the clause it sits in: the reading windows,
the clause marks and span, and the period nearest a figure within its clause."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from etl.extract.mentions import Mention
from etl.extract.periods import Period

_OF_WHICH_BEFORE = re.compile(r"\bof\s+(?:which|whom|them|these|those)\s*$", re.I)
# How far the words around a figure are read. Every reader looks closer than this (a subject
# within 160 characters before, a noun phrase within 72 after), so a figure costs the same in a
# short sentence and in a 250 KB line: no slice or scan of the whole sentence per figure.
_LEFT_WINDOW = 256
_RIGHT_WINDOW = 512
_CLAUSE_MARK = re.compile(r"[,;] ")


def _left_of(text: str, start: int) -> str:
    """The words just before text[start] (what the readers of a figure's left look at)."""
    return text[max(0, start - _LEFT_WINDOW) : start]


def _right_of(text: str, end: int) -> str:
    """The words just after text[end] (what the readers of a figure's right look at)."""
    return text[end : end + _RIGHT_WINDOW]


def _clause_marks(text: str) -> list[int]:
    """Where every ', ' and '; ' of a sentence stands, found once per sentence; and both ends of
    an aside in brackets that gives a row, a period and a dash before its figure ("(in 2023 – 1.1
    trillion tenge)"): its period is its own figure's, not the one before the brackets."""
    marks = [match.start() for match in _CLAUSE_MARK.finditer(text)]
    if marks and ("(" in text or " – " in text or " — " in text or " - " in text):
        # "655 facilities – outpatient clinics, first-aid posts and stations – are to open", "(clinics,
        # posts and stations)": the commas of a list set in between dashes or in brackets part no
        # clauses, so the figure before the aside keeps the verb after it
        inside = [(m.start(), m.end()) for m in _LIST_ASIDE.finditer(text)]
        if inside:
            marks = [mark for mark in marks if not any(a < mark < b for a, b in inside)]
    if "(" in text:
        for aside in _ROW_ASIDE.finditer(text):
            marks += [aside.start(), aside.end() - 1]
        marks.sort()
    if " – " in text or " — " in text:
        # "reached 1.2 trillion tenge – up 5.3% year on year – and in October alone ...": a dash
        # before a joined clause closes the clause before it, as a comma would
        marks = sorted(marks + [match.start() for match in _DASH_JOIN.finditer(text)])
    if " and " in text:
        # "grew by 11 percent to 852,000 and is expected to exceed one million by the end of the
        # year": a second verb of outlook joined with no subject of its own closes the clause of
        # the deed before it (its deadline and its kind are the outlook's)
        joins = [
            match.start()
            for match in _OUTLOOK_JOIN.finditer(text)
            if _DEED_DONE.search(text, 0, match.start()) and not _AHEAD_BEFORE.search(text, 0, match.start())
        ]
        if joins:
            marks = sorted(marks + joins)
    return marks


# (the clause before must tell a deed done: "plans to build 12 schools ... and is also set to open 5
# clinics in 2026" is one plan, its year for both)
_DEED_DONE = re.compile(r"\b(?:grew|rose|fell|shrank|[a-z]{3,}ed)\b", re.I)
_AHEAD_BEFORE = re.compile(
    r"\b(?:plans?|will|would|to\s+be|is\s+to|are\s+to|set\s+to|expected|aims?|intends?)\b", re.I
)
_OUTLOOK_JOIN = re.compile(
    r"(?<=[a-z\d%])\s(?=and\s+(?:is|are)\s+(?:also\s+|now\s+)?(?:expected|projected|forecast|likely|set|due)\s+to\s)"
)
_DASH_JOIN = re.compile(r"\s[–—]\s(?=(?:and|while|whereas|but)\s)")


# a list of words with no figure or verb of its own, in brackets or between two dashes of one kind
_LIST_ASIDE = re.compile(r"\((?=[^()]*,)[^()\d;:]*\)|\s([–—-])\s(?=[^–—\d;:.]*,)[^–—\d;:.]*?\s\1\s")
_ROW_ASIDE = re.compile(r"\s\((?=[^()]*\w\s[-–—]\s\d)[^()]*\)")


def _clause_span(text: str, start: int, end: int, marks: list[int] | None = None) -> tuple[int, int]:
    """The comma- or semicolon-delimited part of the sentence holding text[start:end]; `marks`
    (from _clause_marks) makes it a bisection instead of a scan of the sentence."""
    marks = _clause_marks(text) if marks is None else marks
    before = bisect_right(marks, start - 2)  # a mark ending at or before `start`
    after = bisect_left(marks, end)
    return (marks[before - 1] + 1 if before else 0), (marks[after] if after < len(marks) else len(text))


def past_colon(text: str, clause: tuple[int, int], start: int, periods: list[Period]) -> tuple[int, int]:
    """The part of the clause after the last ': ' before text[start] when a period stands there
    (a colon then closes a clause as a comma does, +ps41en); else the clause itself, so that "In
    2023: 5 billion" keeps the span before its colon."""
    colon = text.rfind(": ", clause[0], start)
    if colon < 0:
        return clause
    after = colon + 2
    if any(after <= p.start and p.end <= clause[1] and not p.is_comparison for p in periods):
        return after, clause[1]
    return clause


def nearest_period(periods: list[Period], clause: tuple[int, int], start: int, end: int) -> Period | None:
    """The period phrase in the figure's clause nearest to it, else the nearest before it in
    the sentence, else the first after it."""
    clause_start, clause_end = clause
    in_clause = [p for p in periods if p.start >= clause_start and p.end <= clause_end]
    if in_clause:
        return min(in_clause, key=lambda p: min(abs(p.start - end), abs(start - p.end)))
    before = [p for p in periods if p.end <= start]
    if before:
        return before[-1]
    after = [p for p in periods if p.start >= end]
    return after[0] if after else None


_FRONTED_AMOUNT = (
    r"\s+(?:(?:about|around|over|some|nearly|almost|up\s+to|more\s+than)\s+)?(?:US\$|\$|₸|KZT\s?)?$"
)
# "At 500.9 billion tenge, the budget is now twice as large": a level placed first is what the clause
# after it says of its subject, and takes that clause's time (+ps42en; after a dateline, "SEMEY – At")
_FRONTED_LEVEL = re.compile(r"\s*(?:[A-Z][A-Za-z .'-]{1,40}\s[–—-]\s+)?(?:At|For|With)" + _FRONTED_AMOUNT)


def fronted_main_clause(
    text: str, clause: tuple[int, int], mention: Mention, opening: re.Pattern[str] = _FRONTED_LEVEL
) -> tuple[int, int] | None:
    """The span of the clause after a figure placed first in its sentence, on its own before the
    comma ("At 500.9 billion tenge, ..."); None for any other figure."""
    if (
        clause[0] != 0
        or not text.startswith(", ", clause[1])
        or not opening.fullmatch(text, 0, mention.start)
    ):
        return None
    following = text.find(", ", clause[1] + 2)
    return clause[1], following if following != -1 else len(text)
