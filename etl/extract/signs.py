"""The minus written before a figure: "−28,5 м", "-30 degrees", "(-3.3%)", "минус 2 метра".

A figure is negative only when the text writes a minus (tests/realworld/FORMAT.md): "fell by 2.4%"
stays 2.4. Hyphens and dashes mostly mean something else, so a dash is a minus only glued to the
digits, after the start, a space or "(", and not the second half of a range: "3-5%",
"2021–2025", "10 -15" are ranges; "— 760,6 млн" is a list bullet and "growth – 5.1%" a clause dash
(both have a space before the digits). The word "minus"/"минус" before a number is a minus too,
but "плюс-минус 5%", "plus or minus 5%" give a spread around a value, not a negative one.
"""

from __future__ import annotations

import re

# Hyphen-minus, the minus sign, and the en dash that typesetting often puts for a minus. Never
# the em dash: it is a clause dash or a bullet.
_MINUS_GLYPHS = "-−–"
# "минус 2 метра", "minus 30 degrees" (the word, then the digits of the figure)
_MINUS_WORD = re.compile(r"(?<![\w±/-])(?:minus|минус)\s+$", re.I)
# "плюс-минус 5%", "plus or minus 5", "плюс/минус": a spread around a value
_PLUS_BEFORE = re.compile(r"(?:plus|плюс)\s*(?:-|/|\s(?:or|или|немесе)\s)?\s*$|±\s*$", re.I)
# a number (or a percentage) then a space: the dash that follows joins a range ("10 -15", "3% -5%")
_RANGE_LOW_BEFORE = re.compile(r"[\d%]\s+$")


# the word before a dash: "2027 жылға –17,3" after "2026 жылға – 12,1" in the same list
_WORD_BEFORE_DASH = re.compile(r"([^\W\d]{3,})\s+$")


def _list_dash_before(text: str, dash: int) -> bool:
    """A dash glued to the digits after a word that, earlier in the text, stood before the same
    dash with a space after it ("2026 жылға – 12,1 трлн, 2027 жылға –17,3 трлн"), or after "жылға"
    before an amount, or after a label in a list whose other labels stand before a spaced dash
    ("cattle - 12.3 thousand, horses -146.6 thousand"; not before a share below half or degrees,
    which a fall or a frost may be): a list's dash typed without its space, no minus."""
    word = _WORD_BEFORE_DASH.search(text, max(0, dash - 40), dash)
    if word is None:
        return False
    if word.group(1).lower() == "жылға" and not _SHARE_AFTER.match(text, dash + 1):
        return True  # "2027жылға –17,3 трлн теңге": the year a sum is for, then the list's dash
    if text[dash] == "–" and re.search(rf"(?<!\w){re.escape(word.group(1))}\s+–\s+\d", text[: word.start()]):
        return True
    signed = _SIGNED_AFTER.match(text, dash + 1)
    return (not signed or _LEVEL_SHARE.match(text, dash + 1) is not None) and any(
        m.start() != word.start() for m in _SPACED_LIST_DASH.finditer(text)
    )


# a share after the dash ("2026 жылға –0,5%"): a fall may be written so, the minus is kept
_SHARE_AFTER = re.compile(r"\d[\d\s]*(?:[.,]\d+)?\s*(?:%|пайыз|процент)", re.I)
# ... and a share's change or a temperature, where a minus in a list is as likely as a typo
_SIGNED_AFTER = re.compile(
    r"\d[\d\s]*(?:[.,]\d+)?\s*(?:%|пайыз|процент|per\s?cent|pct|p\.p\.|°|градус|degree)", re.I
)
# a share of half or more after a list's dash ("Karaganda regions -94%" beside "Mangistau – 98.8%"): a
# level against last year's, which no fall of that size is written as
_LEVEL_SHARE = re.compile(r"(?:[5-9]\d|[1-9]\d\d)(?:[.,]\d+)?\s*(?:%|пайыз|процент|per\s?cent)", re.I)
# a list member's label, then its dash with spaces on both sides, then the digits: "cattle - 12.3"
_SPACED_LIST_DASH = re.compile(r"(?<![\w-])[^\W\d]{3,}\s+[-–]\s+\d")


def minus_at(text: str, start: int) -> int | None:
    """Where the minus written right before the numeral at `start` begins, or None when none is
    written there. The figure's span then starts at the returned index."""
    glyph = text[start - 1 : start] if start else ""
    if glyph == "—" and text[start - 2 : start - 1] == "(":
        return start - 1  # "(—42.3 %)": an em dash glued to the digits inside a bracket is no bullet
    if glyph and glyph in _MINUS_GLYPHS:
        before = text[start - 2 : start - 1]
        if before not in ("", "(") and not before.isspace():
            return None  # "3-5%", "COVID-19", "ЖІӨ-нің": a range or a name, not a sign
        if before.isspace() and _RANGE_LOW_BEFORE.search(text, max(0, start - 12), start - 1):
            return None
        if before.isspace() and _list_dash_before(text, start - 1):
            return None
        return start - 1
    if not glyph.isspace():
        return None
    word = _MINUS_WORD.search(text, max(0, start - 12), start)
    if word is None or _PLUS_BEFORE.search(text, max(0, word.start() - 12), word.start()):
        return None
    return word.start()
