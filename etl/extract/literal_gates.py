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


def literal_gates(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    """Every gate of `pattern`, each one a match must pass (literal_gate is the most selective):
    "19|20" and "маркетингов|мг" both, for a marketing year."""
    return tuple(_gates(sre_parse.parse(pattern.pattern, pattern.flags)))


Gates = tuple[tuple[str, ...], ...]  # every gate of a pattern (literal_gates), each one a match passes


def alternative_gates(pattern: re.Pattern[str]) -> tuple[Gates, ...] | None:
    """Every gate of each alternative of a pattern that is one alternation (look-aheads before
    it, as first_chars' twins have, passed over): a match is one alternative's, so it passes all
    of that one's gates. Sharper than literal_gate where one alternative's best literal is common
    ("он" of the Kazakh tens in "тонн") and another literal of it rare. None for another pattern."""
    items = [item for item in sre_parse.parse(pattern.pattern, pattern.flags) if item[0] is not sre.ASSERT]
    while len(items) == 1 and items[0][0] is sre.SUBPATTERN:
        items = list(items[0][1][-1])  # (group, add flags, del flags, pattern)
    if len(items) != 1 or items[0][0] is not sre.BRANCH:
        return None
    return tuple(tuple(_gates(alternative)) for alternative in items[0][1][1])


def holds_all(gates: Gates, lower: str | None) -> bool:
    """may_match of every gate (`lower` as for may_match)."""
    return lower is None or _all_hold(gates, lower)


def holds_some(alternatives: tuple[Gates, ...] | None, lower: str | None) -> bool:
    """Whether some alternative's gates all hold (alternative_gates; `lower` as for may_match)."""
    if alternatives is None or lower is None:
        return True
    for gates in alternatives:  # noqa: SIM110 (a loop: no generator made per call)
        if _all_hold(gates, lower):
            return True
    return False


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
    """The gates of a pattern table turned round: each literal with the patterns it opens. The
    literals form a forest by containment ("год" holds up "года", "году", "годом"): a literal is
    tested only when the one it contains is in the text, as a text without "год" holds no "года".
    The roots (literals that contain no other) are found by one scan of the text, a trie in a
    look-ahead tried at each position: at most one root can open at a position (of two that did,
    one would open the other and contain it), so the scan finds every root the text holds, where
    one `in` test a root cost a Python step each. `further` gives a pattern's other gates, each
    tested once its own gate opens it: a year's digits open most sentences, "маркетингов" or a
    dash after them far fewer."""

    def __init__(self, gates: list[Gate], further: list[tuple[tuple[str, ...], ...]] | None = None) -> None:
        self.every = tuple(range(len(gates)))
        self.always = frozenset(i for i, gate in enumerate(gates) if gate is None)
        opened: dict[str, set[int]] = {}
        for i, gate in enumerate(gates):
            for literal in gate or ():
                opened.setdefault(literal, set()).add(i)
        self.opens = {literal: frozenset(indexes) for literal, indexes in opened.items()}
        self.inside, roots = _containment_forest(opened)
        # (a pattern that never matches when no literal is gated: "(?!)")
        self.roots = re.compile(f"(?=({_trie(frozenset(roots))}))" if roots else "(?!)")
        self.further = {i: others for i, others in enumerate(further or ()) if others}

    @classmethod
    def of(cls, patterns: list[re.Pattern[str]]) -> GateIndex:
        """The index of a pattern table: each pattern opened by its most selective gate, then
        held to its other gates."""
        gates = [literal_gate(pattern) for pattern in patterns]
        further = [
            tuple(other for other in literal_gates(pattern) if other != gate)
            for pattern, gate in zip(patterns, gates, strict=True)
        ]
        return cls(gates, further)

    def open(self, lower: str | None) -> tuple[int, ...]:
        """The indexes, in table order, of the patterns that may match the text (`lower` as
        for may_match)."""
        if lower is None:
            return self.every
        found = set(self.always)
        opens, inside = self.opens, self.inside
        pending = list(set(self.roots.findall(lower)))
        while pending:
            literal = pending.pop()
            found |= opens[literal]
            pending.extend(longer for longer in inside.get(literal, ()) if longer in lower)
        further = self.further
        return tuple(i for i in sorted(found) if i not in further or _all_hold(further[i], lower))


def _all_hold(gates: tuple[tuple[str, ...], ...], lower: str) -> bool:
    """may_match of every gate (loops, not any() and all(): no generator made per call)."""
    for gate in gates:
        for literal in gate:
            if literal in lower:
                break
        else:
            return False
    return True


def _containment_forest(opened: dict[str, set[int]]) -> tuple[dict[str, list[str]], list[str]]:
    """The literals as a forest: the literals each one holds up (those placed under it: each
    literal under the longest other literal it contains; any will do for exactness, the longest
    prunes most), and the roots, which contain no other."""
    inside: dict[str, list[str]] = {}
    roots: list[str] = []
    for literal in sorted(opened, key=len):  # parents, being shorter, are placed first
        inner = [other for other in opened if len(other) < len(literal) and other in literal]
        if inner:
            inside.setdefault(max(inner, key=lambda other: (len(other), other)), []).append(literal)
        else:
            roots.append(literal)
    return inside, roots


def plain_lower(text: str) -> str | None:
    """The lower-cased text when it is plain (see PLAIN_TEXT), else None."""
    return text.lower() if PLAIN_TEXT.fullmatch(text) else None


@lru_cache(maxsize=8)
def sentence_lower(text: str) -> str | None:
    """plain_lower of the sentence at hand, read once however many figures' gates ask for it."""
    return plain_lower(text)


def gated_search(pattern: re.Pattern[str], gate: Gate, text: str) -> re.Match[str] | None:
    """pattern.search(text), not tried on a text that holds none of the gate's literals (read in
    the text's plain_lower, kept for the sentence at hand): for the scans of whole sentences that
    most sentences cannot match."""
    return pattern.search(text) if may_match(gate, sentence_lower(text)) else None


def _better(new: Gate, old: Gate) -> Gate:
    """The more selective gate: the longer shortest literal, then the fewer literals."""
    if new is None:
        return old
    if old is None:
        return new
    return new if (min(map(len, new)), -len(new)) > (min(map(len, old)), -len(old)) else old


_MAX_SPELLINGS = 16  # a run read through small classes: at most this many literals for it


def _small_class(items) -> tuple[str, ...] | None:
    """The lower-cased letters of a class of a few plain literals ("[йяе]"), None for any other."""
    if len(items) > 4 or any(
        op is not sre.LITERAL or not _PLAIN_CHARACTER.fullmatch(chr(a)) for op, a in items
    ):
        return None
    return tuple(sorted({chr(a).lower() for _, a in items}))


def _gate(items) -> Gate:  # items: an sre_parse.SubPattern (re has no public type for it)
    """The most selective of a sequence's gates (see _gates)."""
    best: Gate = None
    for gate in _gates(items):
        best = _better(gate, best)
    return best


def _gates(items) -> list[tuple[str, ...]]:
    """Every gate of a sequence, in order: each item's gates hold, as each item must match;
    consecutive literals make one longer literal."""
    found: list[tuple[str, ...]] = []
    runs: tuple[str, ...] = (
        "",
    )  # the literal run so far, one string per way a small class ("ма[йяе]") reads it
    for op, argument in [*items, (None, None)]:
        if op is sre.LITERAL and _PLAIN_CHARACTER.fullmatch(chr(argument)):
            runs = tuple(run + chr(argument).lower() for run in runs)
            continue
        letters = _small_class(argument) if op is sre.IN else None
        if letters is not None and len(runs) * len(letters) <= _MAX_SPELLINGS:
            runs = tuple(run + letter for run in runs for letter in letters)
            continue
        if runs[0]:
            found.append(tuple(sorted(set(runs))))
            runs = ("",)
        if op is sre.SUBPATTERN:
            found += _gates(argument[-1])  # (group, add flags, del flags, pattern)
        elif op is sre.ATOMIC_GROUP:
            found += _gates(argument)
        elif op is sre.BRANCH:
            alternatives = [_gate(alternative) for alternative in argument[1]]
            if all(gate is not None for gate in alternatives):
                found.append(tuple(sorted({lit for gate in alternatives for lit in gate or ()})))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and argument[0] >= 1:
            found += _gates(argument[2])  # (min, max, pattern): at least once
        elif op is sre.ASSERT:
            found += _gates(argument[1])  # a look-around that must match: in the text too
    return found


_WORD_CHARACTER = re.compile(r"\w", re.ASCII)


def opens_a_word(pattern: re.Pattern[str]) -> bool:
    """True when the pattern, read in ASCII mode, can only match from the start of a word: a \\b
    or a look-behind ending in a non-word character, then a word character, on every path.
    False when that is not certain."""
    return _opens(list(sre_parse.parse(pattern.pattern, pattern.flags)), False)


def at_word_starts(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern (in ASCII mode) tried only where an ASCII word starts: for a pattern that
    opens_a_word, its finditer finds what the pattern's own finditer finds. One test of the word
    start at each character spares the engine trying every branch of a long alternation there."""
    return re.compile(rf"\b(?=\w)(?:{pattern.pattern})", pattern.flags & ~re.UNICODE | re.ASCII)


def _word_first(op, argument) -> bool:  # noqa: ANN001 (sre_parse items have no public type)
    """The item consumes a word character first."""
    if op is sre.LITERAL:
        return bool(_WORD_CHARACTER.fullmatch(chr(argument)))
    if op is sre.IN:
        return all(
            (kind is sre.LITERAL and _WORD_CHARACTER.fullmatch(chr(value)))
            or (
                kind is sre.RANGE
                and all(_WORD_CHARACTER.fullmatch(chr(c)) for c in range(value[0], value[1] + 1))
            )
            or (kind is sre.CATEGORY and value in (sre.CATEGORY_WORD, sre.CATEGORY_DIGIT))
            for kind, value in argument
        )
    return False


def _ends_off_word(items) -> bool:  # noqa: ANN001
    """A look-behind's last item matches no word character ('\\s', ' ', '%')."""
    if not items:
        return False
    op, argument = items[-1]
    if op is sre.LITERAL:
        return not _WORD_CHARACTER.fullmatch(chr(argument))
    if op is sre.IN:
        return all(
            (kind is sre.LITERAL and not _WORD_CHARACTER.fullmatch(chr(value)))
            or (kind is sre.CATEGORY and value is sre.CATEGORY_SPACE)
            for kind, value in argument
        )
    return False


def _opens(items: list, word_edge: bool) -> bool:
    """Every match of the sequence starts a word; `word_edge`: what stands before the start is
    known to be no word character (a \\b or a look-behind said so)."""
    for index, (op, argument) in enumerate(items):
        rest = items[index + 1 :]
        if op is sre.AT and argument is sre.AT_BOUNDARY:
            word_edge = True  # with a word character next (checked below), the start is a word's
        elif op is sre.ASSERT_NOT:
            continue  # zero width, and it says nothing of what stands before
        elif op is sre.ASSERT:
            direction, inner = argument
            if direction < 0 and _ends_off_word(list(inner)):
                word_edge = True
        elif op is sre.SUBPATTERN:
            return _opens(list(argument[-1]) + rest, word_edge)
        elif op is sre.BRANCH:
            return all(_opens(list(alternative) + rest, word_edge) for alternative in argument[1])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            low, _, inner = argument
            taken = _opens(list(inner) + rest, word_edge)
            return taken and (low >= 1 or _opens(rest, word_edge))
        else:
            return word_edge and _word_first(op, argument)
    return False  # the sequence may match empty


_MAX_OPENINGS = 256  # more strings than this: the openings are read shorter


def openings(pattern: re.Pattern[str], length: int) -> frozenset[str] | None:
    """Strings of up to `length` characters, one of which opens every match of `pattern` (a
    shorter one where the pattern may go on otherwise); None when no opening is certain (the
    first character may be any, or is matched case-insensitively)."""
    if pattern.flags & re.IGNORECASE:
        return None
    found = _openings(list(sre_parse.parse(pattern.pattern, pattern.flags)), length)
    return None if found is None or "" in found else frozenset(found)


def _openings(items: list, length: int) -> set[str] | None:  # items: as for _gate
    """The openings of a sequence: its literals and small classes read from the start, look-arounds
    and anchors passed over (they consume nothing), until `length` characters or another item."""
    found = {""}
    for index, (op, argument) in enumerate(items):
        if all(len(opening) >= length for opening in found):
            break
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue
        following: set[str] | None = None
        if op is sre.SUBPATTERN and not argument[1] & re.IGNORECASE:  # (group, add flags, del flags, pattern)
            following = _openings(list(argument[-1]) + items[index + 1 :], length)
        elif op is sre.BRANCH:
            ways = [_openings(list(alternative) + items[index + 1 :], length) for alternative in argument[1]]
            following = None if None in ways else {way for each in ways for way in each or ()}
        elif op is sre.LITERAL:
            following = {chr(argument)}
        elif op is sre.IN and all(kind is sre.LITERAL for kind, _ in argument):
            following = {chr(value) for _, value in argument}
        longer = _after(found, following, length)
        if longer is None:
            break  # what follows is not known: the openings stay as long as read so far
        found = longer
        if op in (sre.SUBPATTERN, sre.BRANCH):
            break  # the rest of the sequence was read with the group
    return None if "" in found else found


def _after(found: set[str], following: set[str] | None, length: int) -> set[str] | None:
    """Each opening so far continued by each following string, cut at `length`; None when the
    following ones are unknown or too many would combine."""
    if following is None or len(found) * len(following) > _MAX_OPENINGS:
        return None
    return {
        opening if len(opening) >= length else (opening + rest)[:length]
        for opening in found
        for rest in following
    }


def opening_lookahead(strings: frozenset[str]) -> str:
    """A look-ahead that holds where one of `strings` opens the text: a trie, so that the engine
    rejects most positions by comparing one character with the literals of one alternation."""
    if "" in strings:
        return "(?=)"
    return f"(?={_trie(strings)})"


def literal_trie(strings: frozenset[str]) -> str:
    """A pattern matching where one of `strings` opens the text (as their alternation would, up to
    which one of several alike-opening strings it reports), written as a trie: the engine rejects
    most positions by comparing one character with the literals of one alternation."""
    return _trie(strings)


def _trie(strings: set[str] | frozenset[str]) -> str:
    if "" in strings:
        return ""  # a shorter string opens everything the longer ones would
    by_first: dict[str, set[str]] = {}
    for string in strings:
        by_first.setdefault(string[0], set()).add(string[1:])
    branches = []
    for first, rests in sorted(by_first.items()):
        rest = _trie(rests)
        branches.append(re.escape(first) + (f"(?:{rest})" if "|" in rest else rest))
    return "|".join(branches)
