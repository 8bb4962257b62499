"""Cheap pre-filters for long pattern tables: the literal words every match of a pattern holds.

Most sentences hold none of the words a period phrase needs ("полугоди", "тоқсан", a month's
stem), yet a case-insensitive scan of a Cyrillic sentence tries the pattern at every word. A
pattern's *gate* is a set of lower-cased literals, derived from the pattern itself, one of
which every match contains; a sentence whose lower-cased text holds none of them is not
scanned. The answer is exactly the scan's on *plain* text (ASCII, the Cyrillic block and common
punctuation), where a case-insensitive match of a literal is a match of its lower-cased form in
the lower-cased text. Other text (letters that match others only case-insensitively, such as
'ſ' for 's' or 'ᲀ' for 'в') is always scanned.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

Gate = tuple[str, ...] | None  # None: no literal is certain, the pattern is always tried

# Where lower() changes no length and a case-insensitive match of one character is equality
# of the lower-cased pair (tests/test_fast_paths.py checks every character of it).
PLAIN_TEXT = re.compile("[\x00-\x7f\u0400-\u04ff\u00a0«»‘’“”„–—…№₸]*")
# Only a plain character of a pattern becomes part of a gate ("İ" matches "i" case-insensitively,
# yet lower-cases to two characters): any other literal just ends the run of literals.
_PLAIN_CHARACTER = re.compile(PLAIN_TEXT.pattern[:-1])


def literal_gate(pattern: re.Pattern[str]) -> Gate:
    """Lower-cased literals one of which every match of `pattern` holds; None when the pattern
    may match without any (every literal optional, or inside a negative look-around)."""
    return _gate(sre_parse.parse(pattern.pattern, pattern.flags))


def may_match(gate: Gate, lower: str | None) -> bool:
    """False only when `lower` (the plain text lower-cased, None for other text) holds none of
    the gate's literals: then the pattern cannot match."""
    if gate is None or lower is None:
        return True
    for literal in gate:  # noqa: SIM110 (a loop, not any(): no generator made per call)
        if literal in lower:
            return True
    return False


class GateIndex:
    """The gates of a pattern table turned round: each literal with the patterns it opens, so a
    sentence costs one `in` test per distinct literal instead of one per pattern."""

    def __init__(self, gates: list[Gate]) -> None:
        self.every = tuple(range(len(gates)))
        self.always = frozenset(i for i, gate in enumerate(gates) if gate is None)
        opened: dict[str, set[int]] = {}
        for i, gate in enumerate(gates):
            for literal in gate or ():
                opened.setdefault(literal, set()).add(i)
        self.by_literal = [(literal, frozenset(indexes)) for literal, indexes in opened.items()]

    def open(self, lower: str | None) -> tuple[int, ...]:
        """The indexes, in table order, of the patterns that may match the text (`lower` as
        for may_match)."""
        if lower is None:
            return self.every
        found = set(self.always)
        for literal, indexes in self.by_literal:
            if literal in lower:
                found |= indexes
        return tuple(sorted(found))


def plain_lower(text: str) -> str | None:
    """The lower-cased text when it is plain (see PLAIN_TEXT), else None."""
    return text.lower() if PLAIN_TEXT.fullmatch(text) else None


@lru_cache(maxsize=4)
def sentence_lower(text: str) -> str | None:
    """plain_lower of the sentence at hand, read once however many figures' gates ask for it."""
    return plain_lower(text)


def _better(new: Gate, old: Gate) -> Gate:
    """The more selective gate: the longer shortest literal, then the fewer literals."""
    if new is None:
        return old
    if old is None:
        return new
    return new if (min(map(len, new)), -len(new)) > (min(map(len, old)), -len(old)) else old


def _gate(items) -> Gate:  # items: an sre_parse.SubPattern (re has no public type for it)
    """The gate of a sequence: any item's gate holds, as each item must match; consecutive
    literals make one longer literal."""
    best: Gate = None
    run = ""
    for op, argument in [*items, (None, None)]:
        if op is sre.LITERAL and _PLAIN_CHARACTER.fullmatch(chr(argument)):
            run += chr(argument).lower()
            continue
        if run:
            best, run = _better((run,), best), ""
        if op is sre.SUBPATTERN:
            best = _better(_gate(argument[-1]), best)  # (group, add flags, del flags, pattern)
        elif op is sre.ATOMIC_GROUP:
            best = _better(_gate(argument), best)
        elif op is sre.BRANCH:
            alternatives = [_gate(alternative) for alternative in argument[1]]
            if all(gate is not None for gate in alternatives):
                best = _better(tuple(sorted({lit for gate in alternatives for lit in gate or ()})), best)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and argument[0] >= 1:
            best = _better(_gate(argument[2]), best)  # (min, max, pattern): at least once
        elif op is sre.ASSERT:
            best = _better(_gate(argument[1]), best)  # a look-around that must match: in the text too
    return best
