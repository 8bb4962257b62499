"""A Russian or Kazakh item that opens with where (or among what) it was measured, put noun first.

The words before a figure are read as its item, and a sentence often opens with its place: "В
Северном Арале вылов рыбы составил ...", "Қазақстанда мұнай өндіру ...". The item is the measured
noun ("вылов рыбы"); the place is kept after it in Russian ("вылов рыбы в Северном Арале", as a
heading would say it) and as a modifier in Kazakh ("Солтүстік Аралдағы ..."). The country itself
("в Казахстане", "елімізде") is every series' default scope and is left out, so one series reads
the same with or without it. Connectives ("в том числе", "из них") go. A phrase is only moved
when a noun is left to come first; an item that is nothing but the phrase stays as it was.
"""

from __future__ import annotations

import re

_PUNCT = " ,.;:()«»\"'"

# Russian: what opens a place phrase, and the words of one.
_RU_PLACE_PREPOSITIONS = frozenset({"в", "во", "на", "по"})
# "по итогам", "из них": a connective or a share "of them", not what is measured
_RU_CONNECTIVE = re.compile(
    r"^(?:в\s+том\s+числе|в\s+целом|в\s+общей\s+сложности|в\s+итоге|в\s+частности|по\s+(?:итогам|результатам)"
    r"|при\s+этом|кроме\s+того|из\s+(?:них|которых|этого\s+числа|общего\s+числа))(?:\s|$)",
    re.I,
)
# Administrative and geographic units: "в области", "по району", "на территории", "в мире".
_RU_PLACE_NOUN = re.compile(
    r"(?:област|район|регион|город|столиц|стран|республик|сел|аул|округ|кра[ея]|мегаполис|территори"
    r"|мир|провинци|месторождени|бассейн|акимат)\w*",
    re.I,
)
# the country where ("в Казахстане", "по стране"), not where to ("в Казахстан": arrivals, imports)
_RU_COUNTRY = re.compile(r"казахстане|стране|республике|рк", re.I)
# an adjective or participle before its noun ("в Северном Арале", "по Западно-Казахстанской области")
_RU_ADJECTIVE = re.compile(
    r"[^\W\d_][\w-]*(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ых|их|ыми|ими)", re.I
)
# a verb or short participle a moved phrase leaves at the front ("В ... выпущено продукции")
_RU_PREDICATE = re.compile(
    r"[^\W\d_]{2,}(?:л|ла|ло|ли|лся|лась|лось|лись)|[^\W\d_]{3,}(?:ано|ено|ото|ыто|ато|ется|ится|ются|ятся)"
    r"|[^\W\d_]{3,}(?:ть|ться)|уже|также|всего|более|менее|свыше|около|почти|порядка|примерно|и|а|еще|ещё",
    re.I,
)
# A word that can name what is measured: not a verb, hedge, number or short function word.
_RU_FUNCTION = re.compile(r"[^\W\d_]{1,2}|против|через|после|между|которых|которые|них|этого|этой|этом", re.I)

# Kazakh: a first word in the plain locative ("Қазақстанда", "өңірде", "Аралда"); the possessive
# locative ("облысында", "құрамында") ties the word to what stood before it and is not read.
_KK_LOCATIVE = re.compile(r"(?P<stem>[^\W\d_][\w-]{3,}?)(?P<ending>да|де|та|те)", re.I)  # not "Сауда"
# the word after a name in the possessive is what the name names ("Қызылорда облысында"): no locative
_KK_POSSESSED = re.compile(r"\w+(?:ы|і|сы|сі|ында|інде|нда|нде)", re.I)
_KK_POSSESSIVE_LOCATIVE = re.compile(r"\w*(?:ында|інде|сында|сінде)", re.I)
_KK_PLACE_NOUN = re.compile(r"(?:облыс|аудан|өңір|аймақ|қала|ауыл|ел|әлем|республика)\w*", re.I)
_KK_COUNTRY = re.compile(r"(?:қазақстан|еліміз|республика)\w*", re.I)
_KK_HERE = frozenset({"мұнда", "бұнда", "онда", "сонда", "осында"})
_KK_ATTRIBUTIVE = {"да": "дағы", "де": "дегі", "та": "тағы", "те": "тегі"}


def _bare(word: str) -> str:
    return word.strip(_PUNCT)


def _ru_place(words: list[str], start: int) -> int:
    """The end (exclusive) of a place phrase opening at words[start], or start when none does."""
    if _bare(words[start]).casefold() not in _RU_PLACE_PREPOSITIONS:
        return start
    end = start + 1
    while end < len(words) - 1 and _RU_ADJECTIVE.fullmatch(_bare(words[end])):
        end += 1
    if end >= len(words):
        return start
    head = _bare(words[end])
    named = any(_bare(w)[:1].isupper() for w in words[start + 1 : end + 1])
    if not (named or _RU_PLACE_NOUN.fullmatch(head)):
        return start  # "на выплаты", "в выпуске": a purpose or a part, which may be the item itself
    end += 1
    while end < len(words):
        word = _bare(words[end])
        # "в городе Алматы", "в селе X Алакольского района"
        if word[:1].isupper() or _RU_PLACE_NOUN.fullmatch(word):
            end += 1
        elif (
            _RU_ADJECTIVE.fullmatch(word)
            and end + 1 < len(words)
            and (_bare(words[end + 1])[:1].isupper() or _RU_PLACE_NOUN.fullmatch(_bare(words[end + 1])))
        ):
            end += 2
        elif words[end] == "и" and end + 1 < len(words) and _bare(words[end + 1])[:1].isupper():
            end += 2  # "на Алматы и Астану"
        else:
            break
    return end


def _ru_noun_first(words: list[str]) -> tuple[list[str], list[str]] | None:
    """(the words after the opening phrases, the places to keep), or None when nothing opens one."""
    places: list[str] = []
    index = 0
    while index < len(words):
        connective = _RU_CONNECTIVE.match(" ".join(_bare(w) for w in words[index:]))
        if connective:
            index += len(connective.group().split())
            continue
        end = _ru_place(words, index)
        if end == index:
            break
        phrase = words[index:end]
        if not _RU_COUNTRY.fullmatch(_bare(phrase[-1])):
            place = " ".join(phrase).strip(_PUNCT)
            places.append(place[:1].lower() + place[1:])  # "В Риддере" moved after its noun: "в Риддере"
        index = end
    if index == 0:
        return None
    rest = words[index:]
    while rest and _RU_PREDICATE.fullmatch(_bare(rest[0])):
        rest = rest[1:]
    named = [w for w in rest if not (_RU_PREDICATE.fullmatch(_bare(w)) or _RU_FUNCTION.fullmatch(_bare(w)))]
    if not any(any(c.isalpha() for c in w) for w in named):
        return [], places  # "и приблизилось к": no noun left before the figure
    return rest, places


def _kk_noun_first(words: list[str]) -> tuple[list[str], list[str]] | None:
    """(the words after an opening locative, the modifier it becomes, if any), or None."""
    if not words:
        return None
    if _bare(words[0]).casefold() in _KK_HERE:
        return words[1:], []
    # "Солтүстік Аралда": a name of more words, all capitalised, ending in the locative
    span = 0
    while span < min(len(words), 3) - 1 and _bare(words[span])[:1].isupper():
        if _KK_LOCATIVE.fullmatch(_bare(words[span])):
            break
        span += 1
    last = _bare(words[span])
    locative = _KK_LOCATIVE.fullmatch(last)
    if not locative or _KK_POSSESSIVE_LOCATIVE.fullmatch(last):
        return None
    if span + 1 < len(words) and _KK_POSSESSED.fullmatch(_bare(words[span + 1])) and last[:1].isupper():
        return None
    if span and not all(_bare(w)[:1].isupper() for w in words[: span + 1]):
        return None
    if not (last[:1].isupper() or _KK_PLACE_NOUN.fullmatch(last)):
        return None  # "кезеңде", "жағдайда": a time or a state, not a place
    if span == 0 and _KK_COUNTRY.fullmatch(last):
        return words[1:], []
    ending = locative.group("ending")
    attributive = locative.group("stem") + _KK_ATTRIBUTIVE[ending.casefold()]
    if ending.isupper():
        attributive = attributive.upper()
    return words[span + 1 :], [" ".join([*(_bare(w) for w in words[:span]), attributive])]


def noun_first(language: str, words: list[str], after: str) -> str | None:
    """The item with its opening place phrase moved (Russian) or made a modifier (Kazakh), from
    the words before the figure and the noun after its unit; None when it does not open with one
    or no noun would be left to come first."""
    read = _ru_noun_first(words) if language == "ru" else _kk_noun_first(words) if language == "kk" else None
    if read is None:
        return None
    rest, places = read
    if not rest and after.split()[:1] and _bare(after.split()[0]).casefold() in _RU_PLACE_PREPOSITIONS:
        return None  # "... 5,8% в 2024 году": the words after the figure are no noun either
    noun = " ".join([*rest, after]).strip(" -–—")
    if not any(c.isalpha() for c in noun):
        return None
    if language == "ru":
        return " ".join([noun, *places])
    return " ".join([*places, noun])
