"""A line that only names a place, heading the section of a round-up about it.

Round-ups of regions ("Астана\\n Елордада ... .\\n Алматы\\n Алматыда ...", "Шымкент\\n ...") give
each place a paragraph of its own under a line with the place's name and nothing else. What one
place's paragraph dates ("1 қазан күні", "Биыл") is that place's account, not the next place's:
the period carried from context stops at such a line and goes back to what the lead had set.
"""

from __future__ import annotations

import re

from etl.extract.places import place_mentions

_DIGIT = re.compile(r"\d")
_MOST_WORDS = 4  # "Солтүстік Қазақстан облысы", "Восточно-Казахстанская область": a name, not a clause
_TRAILING = " \t:–—-"
# the kind of place said after its name ("Алматы қаласы", "город Алматы" is the name's own)
_PLACE_KIND_AFTER = re.compile(r"\s+(?:қаласы|облысы|ауданы|область|район)$", re.I)


def is_place_heading(paragraph: str, language: str) -> bool:
    """True when the paragraph is a place's name alone ("Алматы", "Жетісу облысы", "Шымкент:"),
    with no figure, no sentence stop and nothing but the name."""
    text = paragraph.strip().rstrip(_TRAILING)
    if not text or _DIGIT.search(text) or text.endswith((".", "!", "?")) or len(text.split()) > _MOST_WORDS:
        return False
    mentions = place_mentions(text, language)
    if len(mentions) != 1 or mentions[0].start != 0:
        return False
    return mentions[0].end == len(text) or _PLACE_KIND_AFTER.fullmatch(text, mentions[0].end) is not None
