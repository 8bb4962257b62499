"""Spans an English article names once and refers back to later (FORMAT.md: the period may come
from the lead or an earlier sentence).

Two shapes: a document named with its span ("the comprehensive plan for the water sector for
2024-2028") and taken up as "the plan provides for building 42 reservoirs"; and a work named
with the years it took ("the line, built in 2022-2025") and taken up as "During construction,
113,000 tonnes of rails were bought". Pure functions over sentence texts.
"""

from __future__ import annotations

import re
from datetime import date

Span = tuple[date, date]

_DOCUMENTS = r"plan|programme|program|concept|strategy|roadmap|project"
_YEARS = r"(\d{4})\s*[-–—]\s*(\d{4})\b"
# "the Plan for 2024-2028", "a comprehensive plan for the water sector for 2024-2028"
# ('the state programme «Digital Kazakhstan» for 2018-2022': a quoted name between)
_NAMED_DOCUMENT = re.compile(
    rf"\b({_DOCUMENTS})\b(?:\s+(?!{_DOCUMENTS})[\w«»“”\"'’-]+){{0,5}}?\s+for\s+{_YEARS}", re.I
)
# "The national project, approved by the government last year, covers 2024-2027": the document as
# the subject of a verb that gives its years (an aside in commas between)
_DOCUMENT_COVERS = re.compile(
    rf"\b({_DOCUMENTS})\b(?:,[^,;]{{1,80}},)?\s+(?:covers|spans|runs\s+over|is\s+designed\s+for)\s+{_YEARS}",
    re.I,
)
# "built in 2022-2025", "constructed between 2021 and 2024" is left out: "between" may be a range
_NAMED_WORKS = re.compile(rf"\b(?:built|constructed|erected|laid|rebuilt)\s+(?:in|over)\s+{_YEARS}", re.I)
# "The plan provides for", "the comprehensive plan for the water sector envisages": the document
# named before, as the subject that lays out what it contains; "the plan for 2030" names its own
_DOCUMENT_TAKEN_UP = re.compile(
    rf"\b(?:the|this|that)\s+(?:[\w-]+\s+){{0,2}}?({_DOCUMENTS})\b(?!\s+for\s+\d)"
    r"(?:\s+(?:for|of|on)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?"
    r"\s+(?:also\s+)?(?:provides|envisages|envisions|foresees|includes|calls|stipulates|covers|involves)\b",
    re.I,
)
# "During construction", "In the course of the works": the works named before
_WORKS_TAKEN_UP = re.compile(
    r"^(?:During|Throughout|In\s+the\s+course\s+of)\s+(?:the\s+)?(?:its\s+)?(?:construction|works|building)\b",
    re.I,
)


def _span(first: str, last: str) -> Span | None:
    start, end = int(first), int(last)
    if not 1900 < start < end < 2100:
        return None
    return date(start, 1, 1), date(end, 12, 31)


def _document(word: str) -> str:
    word = word.lower()
    return "programme" if word == "program" else word


# What every match of _NAMED_DOCUMENT and _NAMED_WORKS holds: one case-free scan for a span of
# years spares most sentences the two case-insensitive searches
_MAY_NAME_SPAN = re.compile(_YEARS)


def may_name_span(text: str) -> bool:
    """False only where the text writes no span of years: then named_spans and built_span find
    nothing in it."""
    # every span of years holds one of the dashes: most sentences hold none and skip the scan
    return ("-" in text or "–" in text or "—" in text) and _MAY_NAME_SPAN.search(text) is not None


def named_spans(text: str) -> dict[str, Span]:
    """{'plan' | 'programme' | ... | 'works': span} for what the sentence names with its years."""
    found: dict[str, Span] = {}
    if not may_name_span(text):
        return found
    for match in [*_NAMED_DOCUMENT.finditer(text), *_DOCUMENT_COVERS.finditer(text)]:
        span = _span(match[2], match[3])
        if span:
            found[_document(match[1])] = span
    for match in _NAMED_WORKS.finditer(text):
        span = _span(match[1], match[2])
        if span:
            found["works"] = span
    return found


# "up to 300,000 jobs will be created over the programme period", "during the plan's term": the
# span of the document named before, for the clause that says so
_DOCUMENT_PERIOD = re.compile(
    rf"\b(?:over|during|throughout|within|in)\s+the\s+(?:whole\s+|entire\s+)?({_DOCUMENTS})(?:'s|’s)?\s+"
    r"(?:period|term|lifetime|duration|timeframe|time\s+frame)\b",
    re.I,
)
_TAKEN_UP_CLAUSE_BREAK = re.compile(r"[,;:]\s")


def period_taken_up(text: str, named: dict[str, Span]) -> tuple[Span, int] | None:
    """The span of a document named before and where the clause that takes it up starts: "...,
    and up to 300,000 jobs will be created over the programme period" (from the ", and")."""
    match = _DOCUMENT_PERIOD.search(text)
    if match is None or _document(match[1]) not in named:
        return None
    starts = [m.end() for m in _TAKEN_UP_CLAUSE_BREAK.finditer(text, 0, match.start())]
    return named[_document(match[1])], starts[-1] if starts else 0


# "It provides for laying lines to 3,000 villages": a sentence opening on "It" and a verb of contents,
# right after the sentence that named the document
_IT_TAKEN_UP = re.compile(
    r"^It\s+(?:also\s+)?(?:provides|envisages|envisions|foresees|stipulates|calls\s+for)\b"
)


def taken_up(text: str, named: dict[str, Span], before: str = "") -> Span | None:
    """The span of a document or works named before that the sentence refers back to; `before`,
    the sentence just before, for a document taken up as "It"."""
    match = _DOCUMENT_TAKEN_UP.search(text)
    if match and _document(match[1]) in named:
        return named[_document(match[1])]
    if _IT_TAKEN_UP.match(text):
        just_named = [span for word, span in named_spans(before).items() if word != "works"]
        if len(just_named) == 1:
            return just_named[0]
    if "works" in named and _WORKS_TAKEN_UP.match(text):
        return named["works"]
    return None


# "The 836-kilometre line, built in 2022-2025, will ...": only the noun a figure describes and a
# comma between the figure and the works' years
_DESCRIBED_GAP = re.compile(r"(?:[\s-]+[\w-]+){0,3}\s*,\s*")


def built_span(text: str, figure_end: int) -> Span | None:
    """The years of the finished works that the figure at `figure_end` describes, when the works'
    years stand right after its noun ("the 836-kilometre line, built in 2022-2025")."""
    for match in _NAMED_WORKS.finditer(text, figure_end):
        if _DESCRIBED_GAP.fullmatch(text, figure_end, match.start()):
            return _span(match[1], match[2])
        break
    return None
