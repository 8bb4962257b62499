"""Decimals typed with a stray space after the comma: "94, 6%" and "20, 2%" are one share each.

A typist's space after a decimal comma splits one number in two ("инфляция составила 20, 2%"), and
a chart would then show a 20 beside a 2 %. Only a short whole part (no year, no thousands), then
one digit glued to its percent sign, is read as one: a list of shares ("5, 6 and 7%") or "in 2024,
6%" keeps its numbers.
"""

from __future__ import annotations

import re

# (not after another "N, ": a list "1, 2, 3%"; not inside a longer number)
SPLIT_DECIMAL = r"(?<![\d.,])(?<!\d,\s)\d{1,3},\s\d(?=\s?%)"
_SPLIT_DECIMAL = re.compile(SPLIT_DECIMAL)


def split_decimal_spans(text: str) -> dict[int, int]:
    """Start -> end of every decimal split by a stray space ("94, 6" of "94, 6%")."""
    if ", " not in text or "%" not in text:
        return {}
    return {match.start(): match.end() for match in _SPLIT_DECIMAL.finditer(text)}
