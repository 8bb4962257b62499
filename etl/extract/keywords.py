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


def compile_cased_keywords(keywords: list[str]) -> re.Pattern[str]:
    """As `compile_keywords`, searched in the text as written (not casefolded): a keyword in
    capitals only ("IT", "ICT", "ИТ", "ERG") matches only in capitals, as a whole word, so the
    pronoun "it" in "make it possible" is not the IT sector; the rest match in any case."""
    acronyms = [k.strip() for k in keywords if k.strip().isupper() and len(k.strip().rstrip("-")) > 1]
    words = [k for k in keywords if k.strip() not in acronyms]
    branches = [compile_keywords(words).pattern] if words else []
    if acronyms:
        cased = [
            re.escape(a) + ("" if a.endswith("-") else r"(?!\w)")
            for a in sorted(acronyms, key=len, reverse=True)
        ]
        branches.append(r"\b(?-i:" + "|".join(cased) + ")")
    return (
        re.compile("|".join(f"(?:{b})" for b in branches), re.IGNORECASE) if branches else re.compile(r"(?!)")
    )
