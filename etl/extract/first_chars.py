"""Scans spared at positions where no match can start: a pattern prefixed with a look-ahead of the
characters its matches can start with.

Python's `re` skips ahead to where a match can start only when a pattern opens with a character
(or class) it can read off and compares case-sensitively. A pattern that opens with a look-behind
("(?<!\\w)", "(?<![\\w.,])") or is case-insensitive gets tried in full at every position of the
text: a long alternation of words, or a number's four forms, once per character. The same
pattern behind "(?=[first characters])" is tried only where one of them stands, which one class
test settles elsewhere. Every match consumes one of those characters first (the set is read from
the parsed pattern, and a pattern that can match the empty string gets no look-ahead), so the
prefixed pattern finds exactly the matches, spans and groups of the original
(tests/test_fast_paths_cyrillic.py checks each gated pattern on the dev sentences).
"""

from __future__ import annotations

import re
from collections.abc import MutableMapping
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))


class _NoGate(Exception):
    """The pattern holds an item whose first character is not read here."""


def _class_items(items) -> str:  # noqa: ANN001 (sre_parse items have no public type)
    """The source of a class's items ("a-z\\d"), NEGATE excluded."""
    out = []
    for op, argument in items:
        if op is sre.LITERAL:
            out.append(re.escape(chr(argument)))
        elif op is sre.RANGE:
            out.append(f"{re.escape(chr(argument[0]))}-{re.escape(chr(argument[1]))}")
        elif op is sre.CATEGORY and argument in _CATEGORIES:
            out.append(_CATEGORIES[argument])
        else:
            raise _NoGate
    return "".join(out)


def _first(items, into: list[str]) -> bool:  # noqa: ANN001
    """Adds to `into` what a match of the sequence can start with (a class's items, or a whole
    negated class "[^...]"); True when the sequence can match the empty string."""
    for op, argument in items:
        if op in _ZERO_WIDTH:
            continue
        if op is sre.LITERAL:
            into.append(re.escape(chr(argument)))
            return False
        if op is sre.NOT_LITERAL:
            into.append(f"[^{re.escape(chr(argument))}]")
            return False
        if op is sre.IN:
            negated = bool(argument) and argument[0][0] is sre.NEGATE
            source = _class_items(argument[1:] if negated else argument)
            if not source:
                raise _NoGate
            into.append(f"[^{source}]" if negated else source)
            return False
        if op is sre.SUBPATTERN:
            _, add_flags, del_flags, inner = argument
            if add_flags or del_flags:
                raise _NoGate  # (?i:...) inside: the look-ahead would read it with other flags
            if not _first(inner, into):
                return False
            continue
        if op is sre.ATOMIC_GROUP:
            if not _first(argument, into):
                return False
            continue
        if op is sre.BRANCH:
            empty = False
            for alternative in argument[1]:
                empty = _first(alternative, into) or empty
            if not empty:
                return False
            continue
        if op in _REPEATS:
            low, high, inner = argument
            if high == 0:
                continue
            empty = _first(inner, into)
            if low >= 1 and not empty:
                return False
            continue
        raise _NoGate  # ANY, back-references, conditionals
    return True


def _opens_with_zero_width(items) -> bool:  # noqa: ANN001
    """The pattern's first item is a look-around or an anchor (in any alternative): `re` then
    cannot skip to a first character by itself."""
    if not items:
        return False
    op, argument = items[0]
    if op in _ZERO_WIDTH:
        return True
    if op is sre.SUBPATTERN:
        return _opens_with_zero_width(argument[3])
    if op is sre.BRANCH:
        return any(_opens_with_zero_width(alternative) for alternative in argument[1])
    return False


def first_char_gate(pattern: re.Pattern[str]) -> str | None:
    """The look-ahead "(?=[...]|[...])" of the characters every match of `pattern` starts with,
    or None when they are not read (an item such as "." or a back-reference, a match that may
    be empty)."""
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
        classes: list[str] = []
        if _first(parsed, classes):
            return None
    except (_NoGate, re.error, RecursionError):
        return None
    negated = [source for source in dict.fromkeys(classes) if source.startswith("[^")]
    items = "".join(source for source in dict.fromkeys(classes) if not source.startswith("[^"))
    return "(?=" + "|".join(([f"[{items}]"] if items else []) + negated) + ")"


def gated(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` behind its first-character look-ahead where that spares work (case-insensitive,
    or opening with a look-around or an anchor), else `pattern` itself."""
    if not isinstance(pattern, re.Pattern) or not isinstance(pattern.pattern, str):
        return pattern
    if pattern.flags & re.VERBOSE:
        return pattern  # (a comment at its end would swallow the closing parenthesis)
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except (re.error, RecursionError):
        return pattern
    if not (pattern.flags & re.IGNORECASE or _opens_with_zero_width(parsed)):
        return pattern
    gate = first_char_gate(pattern)
    if gate is None:
        return pattern
    try:
        return re.compile(f"{gate}(?:{pattern.pattern})", pattern.flags)
    except re.error:  # a global flag such as "(?i)" at the pattern's start
        return pattern


# each pattern gated so far with its twin: a pattern imported under several names stays one object
_TWINS: dict[re.Pattern[str], re.Pattern[str]] = {}


def twin(value: object) -> object:
    """gated(value) for a compiled pattern, made once; any other value as it is."""
    if isinstance(value, re.Pattern):
        found = _TWINS.get(value)
        if found is None:
            found = _TWINS[value] = gated(value)
        return found
    return value


def gate_namespace(namespace: MutableMapping[str, object]) -> None:
    """Every compiled pattern of a module's (or an object's) namespace, and of its dicts, lists
    and tuples one level down, replaced by its gated twin."""

    for name, value in list(namespace.items()):
        if name.startswith("__"):
            continue
        if isinstance(value, re.Pattern):
            namespace[name] = twin(value)
        elif isinstance(value, dict):
            for key, inner in list(value.items()):
                if isinstance(inner, re.Pattern):
                    value[key] = twin(inner)
        elif isinstance(value, list):
            for index, inner in enumerate(value):
                if isinstance(inner, re.Pattern):
                    value[index] = twin(inner)
        elif isinstance(value, tuple) and any(isinstance(inner, re.Pattern) for inner in value):
            namespace[name] = tuple(twin(inner) for inner in value)
