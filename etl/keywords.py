"""Keyword lists from the configuration files -> one case-insensitive regex."""

from __future__ import annotations

import re

WHOLE_WORD_MAX = 3  # patterns this short ("erg", "uae", "it") must match a whole word


def keyword_regex(keyword: str) -> str:
    """A word-prefix pattern ('ecolog' matches 'ecological'); short keywords match whole words."""
    escaped = re.escape(keyword.strip().casefold())
    return rf"\b{escaped}\b" if len(keyword.strip()) <= WHOLE_WORD_MAX else rf"\b{escaped}"


def compile_keywords(keywords: list[str]) -> re.Pattern[str]:
    """One pattern matching any keyword; callers search casefolded text."""
    return re.compile("|".join(keyword_regex(k) for k in keywords))
