"""Scans spared at positions where no match can start: a pattern prefixed with a look-ahead of the
characters its matches can start with.

Python's `re` skips ahead to where a match can start only when a pattern opens with a character
(or class) it can read off and compares case-sensitively. A pattern that opens with a look-behind
("(?<!\\w)", "(?<![\\w.,])") or is case-insensitive gets tried in full at every position of the
text: a long alternation of words, or a number's four forms, once per character. The same
pattern behind "(?=[first characters])" is tried only where one of them stands, which one class
test settles elsewhere. Every match consumes one of those characters first (the set is read from
the parsed pattern, and a pattern that can match the empty string gets no look-ahead), so the
prefixed pattern finds exactly the matches, spans and groups of the original. (A pattern that can
start with any letter or space gets none either: the test would pass almost everywhere.)
(tests/test_fast_paths_cyrillic.py checks each gated pattern on the dev sentences).
"""

from __future__ import annotations

import re
from collections.abc import MutableMapping
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))


class _NoGate(Exception):
    """The pattern may start with a character not read here, or with too many to pay: any
    letter, any space, anything but a few ("\\w", "\\s", "[^,]")."""


def _narrow_items(items) -> list[str]:  # noqa: ANN001 (sre_parse items have no public type)
    """The sources of a class's items ("а-я", "\\d", "к"), when each is a character, a range
    or a digit."""
    out = []
    for op, argument in items:
        if op is sre.LITERAL:
            out.append(re.escape(chr(argument)))
        elif op is sre.RANGE:
            out.append(f"{re.escape(chr(argument[0]))}-{re.escape(chr(argument[1]))}")
        elif op is sre.CATEGORY and argument is sre.CATEGORY_DIGIT:
            out.append(r"\d")
        else:
            raise _NoGate
    return out


def _first(items, into: list[str]) -> bool:  # noqa: ANN001
    """Adds to `into` the class items a match of the sequence can start with; True when the
    sequence can match the empty string."""
    for op, argument in items:
        if op in _ZERO_WIDTH:
            continue
        if op is sre.LITERAL:
            into.append(re.escape(chr(argument)))
            return False
        if op is sre.IN:
            into += _narrow_items(argument)
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
        raise _NoGate  # ANY, NOT_LITERAL, back-references, conditionals
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


def first_char_items(pattern: re.Pattern[str]) -> list[str] | None:
    """The class items one of which every match of `pattern` starts with, or None when that is
    not read (an item such as "." or "\\w", a back-reference, a match that may be empty)."""
    try:
        items: list[str] = []
        if _first(sre_parse.parse(pattern.pattern, pattern.flags), items):
            return None
    except (_NoGate, re.error, RecursionError):
        return None
    return list(dict.fromkeys(items))


def first_char_gate(pattern: re.Pattern[str]) -> str | None:
    """The look-ahead "(?=[...])" of first_char_items, or None."""
    items = first_char_items(pattern)
    return None if items is None else "(?=[" + "".join(items) + "])"


def _cased(item: str) -> bool:
    """A class item a case-insensitive match reads through its case forms ("к", "а-я")."""
    return item != r"\d" and ("-" in item[1:] or item.lower() != item.upper())


def gated(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` behind its first-character look-ahead where that spares work (opening with a
    look-around or an anchor, or case-insensitive with a letter first), else `pattern` itself."""
    if not isinstance(pattern, re.Pattern) or not isinstance(pattern.pattern, str):
        return pattern
    if pattern.flags & re.VERBOSE:
        return pattern  # (a comment at its end would swallow the closing parenthesis)
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except (re.error, RecursionError):
        return pattern
    items = first_char_items(pattern)
    if items is None:
        return pattern
    # (re skips to a first character itself when the pattern opens with one, compared as is)
    if not (_opens_with_zero_width(parsed) or (pattern.flags & re.IGNORECASE and any(map(_cased, items)))):
        return pattern
    gate = "(?=[" + "".join(items) + "])"
    try:
        return re.compile(f"{gate}(?:{pattern.pattern})", pattern.flags)
    except re.error:  # a global flag such as "(?i)" at the pattern's start
        return pattern


# each pattern gated so far with its twin: a pattern imported under several names stays one object
_TWINS: dict[re.Pattern[str], re.Pattern[str]] = {}


def twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """gated(pattern), made once."""
    found = _TWINS.get(pattern)
    if found is None:
        found = _TWINS[pattern] = gated(pattern)
    return found


def _twin_of(value: object) -> object:
    return twin(value) if isinstance(value, re.Pattern) else value


def gate_namespace(namespace: MutableMapping[str, object]) -> None:
    """Every compiled pattern of a module's (or an object's) namespace, and of its dicts, lists
    and tuples one level down, replaced by its gated twin."""

    for name, value in list(namespace.items()):
        if name.startswith("__"):
            continue
        if isinstance(value, re.Pattern):
            namespace[name] = _twin_of(value)
        elif isinstance(value, dict):
            for key, inner in list(value.items()):
                if isinstance(inner, re.Pattern):
                    value[key] = _twin_of(inner)
        elif isinstance(value, list):
            for index, inner in enumerate(value):
                if isinstance(inner, re.Pattern):
                    value[index] = _twin_of(inner)
        elif isinstance(value, tuple) and any(isinstance(inner, re.Pattern) for inner in value):
            namespace[name] = tuple(_twin_of(inner) for inner in value)
