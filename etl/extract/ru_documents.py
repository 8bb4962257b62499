"""Spans a Russian article gives a document once and refers back to later (FORMAT.md: the period
may come from an earlier sentence), as etl/extract/carried_spans.py does for English.

A plan, programme, concept, strategy, road map or national project named with its years
("комплексный план развития водного хозяйства на 2024–2028 годы") and taken up later as the
subject that lays out what it contains ("План предусматривает строительство 42 водохранилищ",
"Документ охватывает ...") lends those years to the figures of that sentence. Pure functions.
"""

from __future__ import annotations

import re
from datetime import date

from etl.extract.cyrillic_shared_cues import sentence_holds
from etl.extract.literal_gates import literal_gate

Span = tuple[date, date]

# the nouns of a document, each keyed by its stem; "документ" takes up whichever was named last
_DOCUMENT = (
    r"(план|программ|концепци|стратеги|дорожн\w*\s+карт|нацпроект|национальн\w*\s+проект|"
    r"комплексн\w*\s+план)"
)
_YEARS = r"(\d{4})\s*[-–—]\s*(\d{4})\s*(?:годы|годов|гг\.?)"
# "план развития курортной зоны на 2025–2029 годы", "программа «Ауыл – Ел бесігі» на 2023–2027 годы":
# up to six words (a quoted name included) between the noun and its years
_NAMED = re.compile(
    rf"(?<!\w){_DOCUMENT}\w*(?:\s+(?!на\b)[\w«»\"“”'’-]+){{0,6}}?\s+на\s+{_YEARS}",
    re.I,
)
_NAMED_GATE = literal_gate(_NAMED)  # (a sentence holding none of its words is not scanned)
# "План предусматривает", "Этот документ включает", "Программа нацелена на": the document as the
# subject of a verb of content, opening the sentence (not "план на 2030 год ...", which names its own)
_TAKEN_UP = re.compile(
    rf"^\s*(?:(?:Эт(?:от|а|о)|Данн(?:ый|ая|ое)|Указанн(?:ый|ая|ое)|Нов(?:ый|ая|ое))\s+)?"
    rf"(?:{_DOCUMENT}\w*|(документ))(?!\s+на\s+\d)"
    r"(?:\s+(?!предусматр|включа|охватыва|нацелен|подразумева)[^\W\d]+){0,3}?"
    r"\s+(?:предусматрива\w*|включа\w*|охватыва\w*|нацелен\w*|подразумева\w*)(?!\w)",
    re.I,
)


def _key(noun: str) -> str:
    return re.sub(r"\s+", " ", noun.lower()).split()[-1][:6]


def named_documents(text: str) -> dict[str, Span]:
    """The documents a sentence names with their years, by the stem of their noun; "документ"
    holds the last one named."""
    found: dict[str, Span] = {}
    for match in _NAMED.finditer(text) if sentence_holds(_NAMED_GATE, text) else ():
        first, last = int(match.group(2)), int(match.group(3))
        if first <= last:
            span = (date(first, 1, 1), date(last, 12, 31))
            found[_key(match.group(1))] = span
            found["документ"] = span
    return found


def document_taken_up(text: str, named: dict[str, Span]) -> Span | None:
    """The years of the document a sentence opens with as its subject ("План предусматривает ..."),
    when an earlier sentence named it with them; else None."""
    if not named:
        return None
    match = _TAKEN_UP.match(text)
    if match is None:
        return None
    noun = match.group(1) or match.group(2)
    return named.get("документ" if match.group(2) else _key(noun))
