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
import sys
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

Gate = tuple[str, ...] | None  # None: no literal is certain, the pattern is always tried

# Where lower() changes no length and a case-insensitive match of one character is equality
# of the lower-cased pair (tests/test_fast_paths.py checks every character of it).
PLAIN_TEXT = re.compile("[\x00-\x7f\u0400-\u04ff\u00a0«»‘’“”„–—…№₸]*")
# Only a plain character of a pattern becomes part of a gate ("İ" matches "i" case-insensitively,
# yet lower-cases to two characters): any other literal just ends the run of literals.
_PLAIN_CHARACTER = re.compile(PLAIN_TEXT.pattern[:-1])


def literal_gate(pattern: re.Pattern[str], within: bool = False) -> Gate:
    """Lower-cased literals one of which every match of `pattern` holds; None when the pattern
    may match without any (every literal optional, or inside a negative look-around). With
    `within`, only literals inside the matched span count (none from a look-behind, which may
    read the text before it)."""
    return _gate(sre_parse.parse(pattern.pattern, pattern.flags), within)


def literal_gates(pattern: re.Pattern[str], within: bool = False) -> tuple[tuple[str, ...], ...]:
    """Every gate a match of `pattern` passes at once (literal_gate gives the most selective
    one): "and is now" holds "and" and "now". `within` as for literal_gate. Longer literals
    first: the rarer words close more often."""
    gates = set(_all_gates(sre_parse.parse(pattern.pattern, pattern.flags), within))
    return tuple(sorted(gates, key=lambda gate: (-min(map(len, gate)), gate)))


def may_match(gate: Gate, lower: str | None) -> bool:
    """False only when `lower` (the plain text lower-cased, None for other text) holds none of
    the gate's literals: then the pattern cannot match."""
    return gate is None or lower is None or any(literal in lower for literal in gate)


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


def _better(new: Gate, old: Gate) -> Gate:
    """The more selective gate: the longer shortest literal, then the fewer literals."""
    if new is None:
        return old
    if old is None:
        return new
    return new if (min(map(len, new)), -len(new)) > (min(map(len, old)), -len(old)) else old


def _gate(items, within: bool = False) -> Gate:  # items: an sre_parse.SubPattern (re has no public type)
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
            best = _better(_gate(argument[-1], within), best)  # (group, add flags, del flags, pattern)
        elif op is sre.ATOMIC_GROUP:
            best = _better(_gate(argument, within), best)
        elif op is sre.BRANCH:
            alternatives = [_gate(alternative, within) for alternative in argument[1]]
            if all(gate is not None for gate in alternatives):
                best = _better(tuple(sorted({lit for gate in alternatives for lit in gate or ()})), best)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and argument[0] >= 1:
            best = _better(_gate(argument[2], within), best)  # (min, max, pattern): at least once
        elif op is sre.ASSERT and not (within and argument[0] < 0):
            best = _better(_gate(argument[1], within), best)  # a look-around that must match: in the text too
    return best


def _all_gates(items, within: bool) -> list[tuple[str, ...]]:  # items: an sre_parse.SubPattern
    """The gates of every item a sequence must match (see _gate): literal runs, required
    groups, repeats and look-arounds read inside, an alternation as one gate."""
    gates: list[tuple[str, ...]] = []
    run = ""
    for op, argument in [*items, (None, None)]:
        if op is sre.LITERAL and _PLAIN_CHARACTER.fullmatch(chr(argument)):
            run += chr(argument).lower()
            continue
        if run:
            gates.append((run,))
            run = ""
        if op is sre.SUBPATTERN:
            gates += _all_gates(argument[-1], within)
        elif op is sre.ATOMIC_GROUP:
            gates += _all_gates(argument, within)
        elif op is sre.BRANCH:
            union = _gate([(op, argument)], within)
            if union is not None:
                gates.append(union)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and argument[0] >= 1:
            gates += _all_gates(argument[2], within)
        elif op is sre.ASSERT and not (within and argument[0] < 0):
            gates += _all_gates(argument[1], within)
    return gates


# The last text a GatedPattern read and its plain_lower(), shared by all of them: the rules of
# one sentence try their patterns on the same string one after another. One entry, replaced
# whole: nothing is kept beyond the sentence being read.
_LAST_LOWER: tuple[str, str | None] = ("", "")


def _lower_of(text: str) -> str | None:
    global _LAST_LOWER
    last = _LAST_LOWER
    if last[0] is text:
        return last[1]
    lower = plain_lower(text)
    _LAST_LOWER = (text, lower)
    return lower


class GatedPattern:
    """A compiled pattern tried only where its literals are: the rules that read the words
    around a figure search a window of the sentence with a case-insensitive alternation, which
    re tries at every position, while most windows (and most sentences) hold none of the words
    the rule needs. On plain text (see plain_lower) the window is tested with `find` for the
    literals every match holds within its span (none from a look-behind), after a test of the
    whole sentence made once per sentence; otherwise, and whenever one is there, re's answer is
    returned unchanged (a match of text[pos:endpos] lies inside it)."""

    __slots__ = ("pattern", "_sentence_gates", "_window_gates", "_last")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._sentence_gates = literal_gates(pattern)
        self._window_gates = literal_gates(pattern, within=True)
        # the last text read: (text, its plain lower-cased form or None, whether the sentence
        # holds none of the literals)
        self._last: tuple[str, str | None, bool] = ("", None, False)

    def _open(self, text: str, pos: int, endpos: int) -> bool:
        """False only when no match can lie in text[pos:endpos]."""
        last = self._last
        if last[0] is not text:
            lower = _lower_of(text)
            closed = lower is not None and not all(may_match(gate, lower) for gate in self._sentence_gates)
            last = self._last = (text, lower, closed)
        lower = last[1]
        if lower is None:
            return True
        if last[2]:
            return False
        if pos < 0 or endpos < 0:  # (str.find reads negative bounds from the end)
            return True
        for gate in self._window_gates:
            for literal in gate:
                if lower.find(literal, pos, endpos) != -1:
                    break
            else:
                return False  # none of this gate's literals in the window
        return True

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.search(text, pos, endpos) if self._open(text, pos, endpos) else None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.match(text, pos, endpos) if self._open(text, pos, endpos) else None

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.fullmatch(text, pos, endpos) if self._open(text, pos, endpos) else None

    def __getattr__(self, name: str) -> object:
        return getattr(self.pattern, name)  # finditer, pattern, flags...: the pattern's own, ungated


def gate_patterns(namespace: dict[str, object], names: list[str]) -> None:
    """Replace each named compiled pattern of a module's namespace by its GatedPattern: the
    module's functions, which read their patterns from it when called, search the gated one.
    Only for patterns searched with search/match/fullmatch on a sentence's text (or a window
    of it): on other strings the answers stay the same, but each new string is lower-cased."""
    for name in names:
        pattern = namespace[name]
        if not isinstance(pattern, re.Pattern):
            raise TypeError(f"{name} is no compiled pattern")
        namespace[name] = GatedPattern(pattern)
