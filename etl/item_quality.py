"""How well an extracted item names what a gold item names (pure: two strings in, a score out).

`ktpulse eval` scores each matched figure's item against its gold item (etl/evaluation.py). The
measures are deliberately crude, so that they do not share the extractor's own word lists:

- **word F1**: the content words of both items (casefolded, function words dropped) compared
  by a crude stem — an English word without its plural or -ed/-ing ending, a Russian or Kazakh
  word's first five letters, so "экспорта"/"экспорт" or "exports"/"export" are one word;
- **empty**: the item is empty where the gold names one;
- **verbal**: the item is clause junk rather than a noun phrase: its first word (Kazakh: its
  last, the language puts the verb last) is a verb, an infinitive or a particle ("to reach",
  "will grow", "увеличить экспорт", "не менее", "экспорт өсті").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"[^\W\d_][\w'’-]*")

_FUNCTION_WORDS = {
    "en": frozenset(
        "a an the of in on at for to by from with and or its their his her this that these those as per "
        "into over than which who whose be is are was were will it they he she".split()
    ),
    "ru": frozenset(
        "в во на по за из с со к ко от до у о об при для и а или но же его ее её их это этот эта эти "
        "который которая которые также как что чем".split()
    ),
    "kk": frozenset("және мен бен пен да де та те бұл осы сол ол үшін бойынша мен".split()),
}

# English: auxiliaries, modals and the particle "to" are never an item's first word; nor are
# the verbs reports put before a figure, in any form but the one that doubles as a noun.
_EN_VERBAL = re.compile(
    r"(?:to|will|would|shall|should|must|can|could|may|might|be|been|being|is|are|was|were|has|have|"
    r"had|did|does|do|not|grows?|grew|grown|growing|reach(?:es|ed|ing)?|lift(?:s|ed|ing)?|"
    r"rais(?:es|ed|ing)|rises?|rose|risen|rising|falls?|fell|fallen|climb(?:s|ed|ing)?|"
    r"exceed(?:s|ed|ing)?|hit|hits|stood|stands|came|comes|brings?|brought|totall?ed|amounted|"
    r"amounts|increased|decreased|boost(?:s|ed)|double[sd]|tripled|receive[sd]?|received|got|gets|"
    r"take[sn]?|took|make[s]?|made|said|says|plans|expects|aims|aimed|provides|"
    r"provided|allocated|allocates|invested|invests|bought|sold|built|opened|launched|become|became)",
    re.I,
)
# Russian: infinitives, finite verbs and plural or feminine short participles by their endings,
# and particles. The noun endings that look like them ("квартал", "капитал", "цена",
# "получатели") are not matched; nor is the neuter short participle, which the gold writes
# itself for what was done ("собрано отходов").
_RU_VERBAL = re.compile(
    r"(?:\w+(?:ать|ять|ить|ыть|оть|уть|еть)(?:ся)?|\w+чь(?:ся)?|(?:вы|до|при|в|раз)?(?:расти|вести|нести)|"
    r"\w+(?:ает|яет|ует|еет|ают|яют|уют|еют|ится|ется|ются|ятся|лся|лась|лось|лись)|"
    r"\w{3,}(?:ил|ила|ило|или|ала|ало|али|ела|ело|ели|ял|яла|яло|яли)|\w{4,}(?:ены|аны|ена|ана)|"
    r"будет|будут|был|была|было|были|может|могут|должен|должна|должно|должны|составит|составил|"
    r"составила|составило|составили|достигнет|достиг|достигла|не|ни|бы|ли|же|уже|ещё|еще|лишь|"
    r"только|даже|чтобы|также|вот)",
    re.I,
)
_RU_NOUNS_LIKE_VERBS = frozenset(
    "квартал капитал материал канал персонал сигнал потенциал финал интервал арсенал журнал "
    "вокзал генерал цена замена смена стена арена охрана страна сторона сеть треть путь суть ртуть нить".split()
)
_RU_NOUN_ENDINGS = re.compile(r"\w+(?:тели|мобили|дели|цели)")  # "получатели", "автомобили", "недели"
# Kazakh: a finite verb or a participle closing the item (past, present, intention, progressive),
# where a noun phrase would end on its head noun.
_KK_VERBAL = re.compile(
    r"\w+(?:ады|еді|йды|йді|ылды|ілді|лды|лді|нды|нді|ған|ген|қан|кен|мақ|мек|бақ|бек|пақ|пек|уда|уде|"
    r"ыпты|іпті|йтын|йтін|атын|етін|ып|іп)|бар|жоқ|тиіс|керек",
    re.I,
)
_KK_NOUNS_LIKE_VERBS = frozenset("тамақ аумақ шамамен".split())


def _stem(word: str, language: str) -> str:
    word = word.casefold().replace("’", "'").removesuffix("'s").removesuffix("'")
    if language == "en":
        for ending, replacement in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
            if word.endswith(ending) and len(word) - len(ending) >= 3:
                return word[: len(word) - len(ending)] + replacement
        return word
    return word[:5]


def content_words(item: str, language: str) -> set[str]:
    """The stems of an item's content words."""
    stop = _FUNCTION_WORDS.get(language, frozenset())
    return {_stem(w, language) for w in _WORD.findall(item) if w.casefold() not in stop}


def word_f1(item: str, gold: str, language: str) -> float:
    """Token F1 of the item's content words against the gold item's (0 when either has none)."""
    got, want = content_words(item, language), content_words(gold, language)
    common = len(got & want)
    if not common:
        return 0.0
    precision, recall = common / len(got), common / len(want)
    return 2 * precision * recall / (precision + recall)


def is_verbal(item: str, language: str) -> bool:
    """The item opens (Kazakh: closes) with a verb, an infinitive or a particle, not a noun."""
    words = _WORD.findall(item)
    if not words:
        return False
    if language == "kk":
        last = words[-1].casefold()
        return last not in _KK_NOUNS_LIKE_VERBS and bool(_KK_VERBAL.fullmatch(last))
    first = words[0].casefold()
    if language == "ru":
        nounlike = first in _RU_NOUNS_LIKE_VERBS or _RU_NOUN_ENDINGS.fullmatch(first)
        return not nounlike and bool(_RU_VERBAL.fullmatch(first))
    return bool(_EN_VERBAL.fullmatch(first))


@dataclass(frozen=True)
class ItemScore:
    """The item measures over a set's matched figures that have a gold item."""

    scored: int
    f1: float  # mean word F1
    empty: float  # share of items left empty
    verbal: float  # share of items opening (Kazakh: closing) with a verb or particle

    def __str__(self) -> str:
        return (
            f"item word F1 {self.f1:.3f}, empty {self.empty:.1%}, verbal {self.verbal:.1%} "
            f"(of {self.scored} found figures with a gold item)"
        )


def item_score(pairs: list[tuple[str, str]], language: str) -> ItemScore:
    """Score (item, gold item) pairs; pairs whose gold item is empty are left out."""
    scored = [(item, gold) for item, gold in pairs if gold.strip()]
    if not scored:
        return ItemScore(0, 1.0, 0.0, 0.0)
    count = len(scored)
    return ItemScore(
        scored=count,
        f1=sum(word_f1(item, gold, language) for item, gold in scored) / count,
        empty=sum(1 for item, _ in scored if not item.strip()) / count,
        verbal=sum(1 for item, _ in scored if is_verbal(item, language)) / count,
    )
