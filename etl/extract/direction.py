"""Which way a change went: 'up', 'down', or None when the text does not say ("changed by 3%",
"a difference of 12"). Change figures are stored unsigned (tests/realworld/FORMAT.md), so the
direction is read from the change's own words: its verb or noun ("fell by", "снизился на",
"22,2%-ға қысқарды"), a comparative after it ("24% more", "на 14,3% меньше", "58 тоннаға аз") or a
written sign ("-3,3%", "+26%"). Pure: text in, a word out."""

from __future__ import annotations

import re
from typing import Literal

from etl.extract.literal_gates import sentence_lower

Direction = Literal["up", "down"]

# Words of each class, as stems: a verb in any tense, its noun, a comparative. "up"/"down" and the
# comparatives also come as qualifiers ("up to 5%", "more than 5%"); _qualifier_word drops those.
_UP = {
    "en": r"rose|risen|rises?|rising|gr[eo]w[sn]?|growing|growth|increas\w*|up|gain\w*|add(?:s|ed|ing)?|"
    r"climb\w*|jump\w*|surg\w*|soar\w*|expand\w*|boost\w*|rais(?:e|es|ed|ing)|rebound\w*|"
    r"higher|more|above|plus|dearer|doubl\w*|tripl\w*|(?:\w+)fold",
    "ru": r"вырос\w*|выросл\w*|выраст\w*|раст[её]т|растут|рос(?:ли|ла|ло|т)?|рост\w*|прирост\w*|увелич\w*|"
    r"прибав\w*|больше|выше|дороже|подорож\w*|повыс\w*|повыш\w*|нарост\w*|нараст\w*|нарастить|плюс|"
    r"превыс\w*|превыша\w*|подня\w*|поднял\w*|добав\w*|удво\w*|утро\w*",
    "kk": r"өс\w*|арт(?:ты|қан|ып|ады|уы|қа|са|тыр)\w*|артық|ұлғай\w*|ұлға\w*|көбей\w*|көп|жоғары\w*|"
    r"көтеріл\w*|қымбатта\w*|ас(?:ты|ып|қан|ады)|еселен\w*|кеңей\w*|индекстел\w*|оз(?:ды|ған|ып|ады)",
}
_DOWN = {
    "en": r"fell|fall(?:s|en|ing)?|declin\w*|decreas\w*|drop\w*|down|lost|los(?:e|es|ing)|shr[iau]nk\w*|"
    r"lower\w*|less|fewer|cut|cuts|cutting|reduc\w*|slump\w*|plung\w*|slid|slid(?:e|es|ing)|slipp?\w*|"
    r"contract(?:ed|ing|ion|s)|tumbl\w*|minus|below|cheaper|halv\w*",
    "ru": r"сниз\w*|сниж\w*|сократ\w*|сокращ\w*|уменьш\w*|упал\w*|упад\w*|паден\w*|меньше|ниже|дешевле|"
    r"подешев\w*|минус|потерял\w*|убыл\w*|убав\w*|обвал\w*|спад\w*|просел\w*|просед\w*|пониз\w*|пониж\w*",
    "kk": r"азай\w*|төменде\w*|төмен|қысқар\w*|кеми\w*|кеміді|кеміп|кем|аз(?!\s+ғана)|арзанда\w*|"
    r"құлдыра\w*|түс(?:ті|кен|іп)",
}
# words that name a change without its way: they end the search, so another figure's verb is
# not borrowed ("exports rose 5%, while imports changed by 2%")
_NEUTRAL = {
    "en": r"chang\w*|differ\w*|fluctuat\w*|vari(?:ed|ation)",
    "ru": r"измен\w*|разниц\w*|отклон\w*|колеба\w*",
    "kk": r"өзгер\w*|айырма\w*|ауытқ\w*",
}


def _words(language: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w-])(?:(?P<up>{_UP[language]})|(?P<down>{_DOWN[language]})|(?P<none>{_NEUTRAL[language]}))(?!\w)",
        re.I,
    )


_WORDS = {language: _words(language) for language in ("en", "ru", "kk")}


def _lower_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern read case-sensitively, for plain text lower-cased (literal_gates.py): its
    literals are all lower-case, so there it finds what the case-insensitive one finds in the
    text as written, at the same places, about twice as fast."""
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


_WORDS_LOWER = {language: _lower_twin(pattern) for language, pattern in _WORDS.items()}
# a comparative or "up"/"down" used as a qualifier of the figure after it, no direction: "more
# than 5%", "больше чем на", "up to 5%" (a ceiling), "down to 3,900" (a level)
_QUALIFIER_AFTER = re.compile(r"\s+(?:than|чем|to)\b", re.I)
_QUALIFYING = frozenset("more less fewer больше меньше up down".split())
# where a clause ends: punctuation, a spaced dash, a contrast ("зато", "while", "ал")
_CLAUSE_END = re.compile(
    r"[,;:()]|\s[–—-]\s|\b(?:while|whereas|but|зато|тогда\s+как|а|но|ал|бірақ|ал\s+енді)\s", re.I
)
_CLAUSE_END_LOWER = _lower_twin(_CLAUSE_END)
# between a figure and its comparative: "23 тоннаға немесе 11,8%-ға көп", "$8.3 billion, or 23.1%,
# more than a year earlier"
_ALTERNATIVE = re.compile(r",?\s+(?:or|или|немесе|яғни)\s+[-+]?\d[\d\s.,]*\S*,?", re.I)
# how far a change's word is looked for: a clause, or a gapped list's verb ("cucumbers rose 23.5%,
# tomatoes 18% and eggs 10.5%"; "қант – 8,5%-ға; ... 2,5%-ға қымбаттаған")
_REACH = 240
# English and Russian: a comparative or noun right after the figure, at most one word between ("a
# 14% rise", "24% more", "3 points lower"), not a later clause's verb ("fell 3% and imports rose")
_ADJACENT = re.compile(
    r"[\s\u00a0]*(?:(?!(?:and|or|to|in|on|at|from|for|и|в|до|с|к|а|за)\s)[^\W\d]+[\s\u00a0]+)?", re.I
)
# Russian "на X ... больше": the comparative of a figure after "на" ends its clause, past its noun
# ("на 9 млн тонн сырой нефти больше", "на 730 тысяч больше")
_RU_BY_BEFORE = re.compile(r"(?<!\w)на\s+(?:[^\W\d]+\s+){0,2}$", re.I)
_RU_COMPARATIVE = frozenset("больше меньше выше ниже дороже дешевле".split())


def change_direction(language: str, text: str, start: int, end: int) -> Direction | None:
    """The direction of the change figure text[start:end] (its surface), from the words of its own
    clause first, then the sentence's nearest ones; None when they do not say."""
    sign = _sign(text, start)
    if sign is not None:
        return sign
    language = language if language in _WORDS else "en"
    # the words are read in the lower-cased sentence where that finds the same (plain text)
    lower = sentence_lower(text)
    scanned, words, clause_end = (
        (text, _WORDS[language], _CLAUSE_END)
        if lower is None
        else (lower, _WORDS_LOWER[language], _CLAUSE_END_LOWER)
    )
    left_from = max(0, start - _REACH)
    right_to = min(len(text), end + _REACH)
    alternative = _ALTERNATIVE.match(text, end, right_to)
    skip = alternative.end() if alternative else end
    clause_right = clause_end.search(scanned, skip, right_to)
    right_clause_end = clause_right.start() if clause_right else right_to
    left_clause = [m.end() for m in clause_end.finditer(scanned, left_from, start)]
    left_clause_start = left_clause[-1] if left_clause else left_from
    after = list(words.finditer(scanned, skip, right_to))
    before = [m for m in words.finditer(scanned, left_from, start) if not _qualifier_word(m, text, start)]
    near_after = [m for m in after if m.start() < right_clause_end]
    near_before = [m for m in before if m.start() >= left_clause_start]
    order: tuple[list[re.Match[str]], ...]
    if language == "kk":
        # the Kazakh verb follows its figure: "22,2%-ға қысқарды", "58 тоннаға аз"
        order = (near_after[:1], near_before[-1:], after[:1], before[-1:])
    else:
        close = [m for m in near_after[:1] if _ADJACENT.fullmatch(text, skip, m.start())]
        if language == "ru" and _RU_BY_BEFORE.search(text, max(0, start - 40), start):
            close = [m for m in near_after if m.group(0).lower() in _RU_COMPARATIVE][:1] or close
        order = (close, near_before[-1:], near_after[:1], before[-1:], after[:1])
    for found in order:
        if found:
            return _class_of(found[0])
    return None


def _sign(text: str, start: int) -> Direction | None:
    """A sign written on the figure ("-3,3%", "+26%"), not a range's dash ("5-7%")."""
    if start == 0 or text[start - 1] not in "-−+":
        return None
    if start >= 2 and (text[start - 2].isalnum()):
        return None
    return "up" if text[start - 1] == "+" else "down"


def _qualifier_word(match: re.Match[str], text: str, start: int) -> bool:
    if match.group(0).lower() not in _QUALIFYING:
        return False
    qualifier = _QUALIFIER_AFTER.match(text, match.end())
    # the qualifier has to run up to the figure: "more than 5%", not "higher than in 2023 by 5%"
    return qualifier is not None and start - qualifier.end() <= 6


def _class_of(match: re.Match[str]) -> Direction | None:
    if match.group("up") is not None:
        return "up"
    if match.group("down") is not None:
        return "down"
    return None
