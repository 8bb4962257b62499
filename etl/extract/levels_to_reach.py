"""A figure that is the level a measure is moved to, or the step it moves by ("raise the share to
60%", "lift production by 26%, to 141.2 billion kWh"): the caller makes it a goal when a plan
names a date it is due by."""

from __future__ import annotations

import re

from etl.extract.mentions import Mention

_ABOUT = (
    r"(?:(?:about|around|over|some|nearly|almost|more\s+than|at\s+least|up\s+to)\s+)?(?:US\$|\$|₸|KZT\s?)?"
)
# a verb moving a measure ("raise", "lift", "bring ... down", "expand", "cut"), then "to" its level
_MOVED_TO_BEFORE = re.compile(
    r"\b(?:rais(?:e|es|ed|ing)|lift(?:s|ed|ing)?|increas(?:e|es|ed|ing)|boost(?:s|ed|ing)?|expand(?:s|ed|ing)?"
    r"|bring(?:s|ing)?|brought|reduc(?:e|es|ed|ing)|cut(?:s|ting)?|lower(?:s|ed|ing)?|grow(?:s|ing)?|ris(?:e|es|ing))\b"
    r"[^.;:]{0,80}?\bto\s+" + _ABOUT + r"$",
    re.I,
)
# the step it moves by, with the level after it: "by 26%, to 141.2 billion kWh"
_MOVED_BY_BEFORE = re.compile(
    r"\b(?:rais(?:e|es|ing)|lift(?:s|ing)?|increas(?:e|es|ing)|boost(?:s|ing)?|expand(?:s|ing)?|grow(?:s|ing)?"
    r"|ris(?:e|es|ing)|reduc(?:e|es|ing)|cut(?:s|ting)?|lower(?:s|ing)?)\b[^.;:]{0,60}?\bby\s+"
    + _ABOUT
    + r"$",
    re.I,
)
_LEVEL_AFTER = re.compile(r"[^.;:]{0,40}?,?\s+to\s+", re.I)


def level_to_reach(text: str, mention: Mention) -> bool:
    before = text[max(0, mention.start - 120) : mention.start]
    if _MOVED_TO_BEFORE.search(before):
        return True
    return bool(_MOVED_BY_BEFORE.search(before) and _LEVEL_AFTER.match(text, mention.quantity.end))
