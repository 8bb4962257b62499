"""The date of a legal act names the act: it dates no figure (English, Russian, Kazakh).

"Размеры стипендий установлены постановлением правительства от 7 февраля 2008 года", "the amounts
are set by a government decree of 2008", "Үкіметтің 2008 жылғы 7 ақпандағы қаулысымен": the day or
year is the decree's, not the span of the amounts it sets, so neither the sentence's figures nor those
of the sentences after it take it. (A law's name in quotes with its years is read by
cyrillic_periods._law_titles.) Pure functions of a sentence and a period's place in it.
"""

from __future__ import annotations

import re

from etl.extract.literal_gates import literal_gate, may_match, sentence_lower

# "a government decree of 2008", "Resolution No. 116 of February 7, 2008", "the law dated 1 July 2021"
_EN_ACT_BEFORE = re.compile(
    r"\b(?:decrees?|resolutions?|laws?|regulations?|ordinances?|edicts?|orders?|acts?)"
    r"(?:\s+(?:No\.?|№|#)\s*[\w/-]+)?\s+(?:of|dated|signed\s+on|adopted\s+on|issued\s+on)\s+(?:the\s+)?$",
    re.I,
)
# "the 2008 decree", "a 2021 law": the year before the act's noun
_EN_ACT_AFTER = re.compile(
    r"\s+(?:government\s+|presidential\s+|ministerial\s+)?(?:decree|resolution|law|regulation|ordinance)s?\b",
    re.I,
)
_EN_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|its|their)\s+$", re.I)
# "постановлением правительства от 7 февраля 2008 года", "приказ министра № 116 от 2008 года"
_RU_ACT_BEFORE = re.compile(
    r"(?<!\w)(?:постановлени|приказ|указ|закон|распоряжени|кодекс)\w*(?:\s+[^\s,;:.]+){0,6}?\s+от\s+"
    r"(?:\d{1,2}\s+(?:[^\W\d]+\s+)?)?$",  # (and a part of the date: "от 7 февраля 2008 года")
    re.I,
)
# "Үкіметтің 2008 жылғы 7 ақпандағы № 116 қаулысымен", "2021 жылғы заңы": a date told as an
# attribute ("жылғы", "-дағы") before the act's noun
_KK_ATTRIBUTE_END = re.compile(r"(?:жылғы|[дт][аеә]ғы|[дт]егі)$", re.I)
_KK_ACT_AFTER = re.compile(
    r"(?:\s+(?:№\s*)?[^\s,;:.]+){0,4}?\s+(?:қаулы|бұйры[ғқ]|жарлы[ғқ]|заң|өкім|кодекс)\w*(?!\w)", re.I
)
_REACH = 100  # how far before a date its act's noun is looked for
# The act nouns one of which every match of the two English patterns holds: a plain sentence
# holding none (most do) names no act, and its periods skip both searches.
_EN_ACT_GATES = (literal_gate(_EN_ACT_BEFORE), literal_gate(_EN_ACT_AFTER))
_EN_ACT_GATE = (
    None if None in _EN_ACT_GATES else tuple(sorted({w for gate in _EN_ACT_GATES for w in gate or ()}))
)


def may_name_an_english_act(lower: str | None) -> bool:
    """False when an English sentence, lower-cased as sentence_lower reads it, holds none of the
    act nouns: then none of its periods names a legal act (names_a_legal_act says False for each)."""
    return may_match(_EN_ACT_GATE, lower)


def names_a_legal_act(sentence: str, start: int, end: int, language: str) -> bool:
    """The period phrase at sentence[start:end] is the date of a decree, resolution, order or law."""
    before = sentence[max(0, start - _REACH) : start]
    if language == "ru":
        return _RU_ACT_BEFORE.search(before) is not None
    if language == "kk":
        return (
            _KK_ATTRIBUTE_END.search(sentence, 0, end) is not None
            and _KK_ACT_AFTER.match(sentence, end) is not None
        )
    if not may_match(_EN_ACT_GATE, sentence_lower(sentence)):
        return False
    return _EN_ACT_BEFORE.search(before) is not None or (
        _EN_ACT_AFTER.match(sentence, end) is not None and _EN_DETERMINER_BEFORE.search(before) is not None
    )
