"""Keyword lists from the configuration files -> one case-insensitive regex."""

from __future__ import annotations

import re

WHOLE_WORD_MAX = 3  # patterns this short ("erg", "uae", "it") must match a whole word
_END = ""  # trie key marking that a keyword ends at this node


def compile_keywords(keywords: list[str]) -> re.Pattern[str]:
    """One pattern matching any keyword (the longest one where several start at the same place);
    callers search casefolded text.

    The keywords are factored into a trie (`\\b(?:eco(?:log|-)|...)`): Python's regex engine
    tries a flat alternation's branches one by one at every position, and topic tagging of a
    large refresh spent most of its time there. At each node the longer continuations come
    before the keyword ending there, and sibling branches start with different characters, so
    the first match is the longest keyword, as in a longest-first alternation."""
    trie: dict = {}
    for keyword in keywords:
        word = keyword.strip().casefold()
        node = trie
        for character in word:
            node = node.setdefault(character, {})
        node[_END] = len(word) <= WHOLE_WORD_MAX
    return re.compile(r"\b" + _render(trie)) if trie else re.compile(r"(?!)")


def _render(node: dict) -> str:
    branches = [
        re.escape(character) + _render(child) for character, child in node.items() if character != _END
    ]
    if _END in node:
        branches.append(r"\b" if node[_END] else "")
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
