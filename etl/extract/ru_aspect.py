"""Is a Russian verb form a perfective future ("сдадут", "вложит", "расширится")?

Russian writes the perfective future with the present's endings: "построят" (will build) looks like
"строят" (are building). Which verbs are perfective is a fact of the lexicon, not of the ending:
prefixes make most perfectives ("с-дадут", "вы-йдет") but also many imperfectives ("при-ходят",
"со-держат"), and "примут", "уйдет" have no stem a rule could see. pymorphy3's dictionary (the
OpenCorpora lexicon, maintained) knows each form's aspect and tense, so it is asked, once a word.
"""

from __future__ import annotations

from functools import lru_cache

import pymorphy3

_ANALYZER: pymorphy3.MorphAnalyzer | None = None
# the third person of the present and the perfective future ("вложит", "сдадут", "расширится"), and
# the first person plural ("продолжим", "завершим", "откроем": what "we" will do, as officials say it)
_FUTURE_ENDINGS = ("т", "тся", "им", "ем", "ём")
# a past: "-л", "-ла", "-ло", "-ли" and reflexives, or a consonant stem's bare masculine ("помог",
# "вырос", "достиг", "умер")
_PAST_ENDINGS = ("л", "ла", "ло", "ли", "лся", "лась", "лось", "лись", "г", "к", "с", "з", "р", "б", "п")


# modals whose perfective future only frames the verb after it ("сможем обеспечить рост на 4,1%")
_MODALS = frozenset(("смочь",))


def _analyzer() -> pymorphy3.MorphAnalyzer:
    # built on first use: loading the dictionary takes ~60 ms, and English-only runs never need it
    global _ANALYZER
    if _ANALYZER is None:
        _ANALYZER = pymorphy3.MorphAnalyzer(lang="ru")
    return _ANALYZER


def _known_readings(word: str) -> list[pymorphy3.analyzer.Parse]:
    """The dictionary's readings of a word it knows (none for a word it only guesses at)."""
    return [p for p in _analyzer().parse(word) if p.is_known]


@lru_cache(maxsize=1 << 16)
def perfective_future(word: str) -> bool | None:
    """True when every finite-verb reading of a dictionary word is the perfective future; False when
    the dictionary reads it another way (a present, a past, a noun...); None for a word it does not
    know or a form it reads both ways ("реконструируют": both aspects), where the caller's own
    rules decide."""
    word = word.lower()
    if not word.endswith(_FUTURE_ENDINGS):
        return False  # no finite form of the present or future ends otherwise: no lookup (~50 µs)
    parses = _known_readings(word)
    if not parses:
        return None
    if any(p.tag.POS != "VERB" for p in parses):
        # a word with another reading too ("займу": of a loan, or I will take) is left to the
        # context rules; a word with no verb reading is none
        return False if all(p.tag.POS != "VERB" for p in parses) else None
    if any(p.normal_form in _MODALS for p in parses):
        return None  # "сможем обеспечить": the verb after the modal decides, as the rules read it
    futures = [
        p.tag.aspect == "perf"
        and (
            (p.tag.tense == "futr" and (p.tag.person == "3per" or (p.tag.person == "1per" and p.tag.number == "plur")))
            # "продолжим" is also "let us continue", the inclusive imperative: ahead all the same
            or (p.tag.mood == "impr" and p.tag.involvement == "incl")
        )
        for p in parses
    ]  # fmt: skip
    if not all(futures):
        return None if any(futures) else False
    if word.endswith(("ся", "сь")) and perfective_future(word[:-2]) is not True:
        # the dictionary lists no passive "-ся" of an imperfective: "завозится" is read as the
        # perfective "завозиться" (to start fussing), where the text means "завозит" + "-ся", is
        # imported; the bare form's own reading decides
        return None
    return True


@lru_cache(maxsize=1 << 16)
def dictionary_past(word: str) -> bool:
    """Every reading of a dictionary word is a past-tense verb ("помогло", "достигли", "вырос"):
    the endings rules miss the pasts of consonant stems ("помог-ло") and of stems they list as nouns."""
    word = word.lower()
    if not word.endswith(_PAST_ENDINGS):
        return False
    parses = _known_readings(word)
    return bool(parses) and all(p.tag.POS == "VERB" and p.tag.tense == "past" for p in parses)


@lru_cache(maxsize=1 << 12)
def imperfective_past_participle(word: str) -> bool:
    """Every reading of a dictionary word is an imperfective active past participle ("составлявшая",
    "действовавших", "выпускавшее": what was so then, told against now); False for a perfective
    ("составившие", "обслуживший") or a word the dictionary does not know."""
    parses = _known_readings(word.lower())
    return bool(parses) and all(
        p.tag.POS == "PRTF" and p.tag.aspect == "impf" and p.tag.tense == "past" and p.tag.voice == "actv"
        for p in parses
    )
