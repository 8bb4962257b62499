"""The verbs a Russian or Kazakh item must not keep (pure: words in, words out).

A Russian item is read from the words before its figure, so it may open with the predicate of a
plan or a report: "должны сокращать расходы бюджета", "планируется запустить 190 проектов",
"поставлена цель нарастить", or be nothing but one: "составили около", "оценивается в". A
Kazakh item may close with its verb, the language puts it last: "ет өндірісі болған", "төсек
ашылады", "ағаш отырғызу жоспарланған". Verbs are told by their endings and a few auxiliaries;
the nouns whose endings look like verbs ("капитал", "показатели", "дефицит", "аумақ") are kept.
A neuter short participle ("собрано отходов", "введено жилья") stays: it names what was done, as
the dev sets' own labels write it.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Russian: an infinitive, a finite verb in the present or future, a past form, a feminine or
# plural short participle, a modal or impersonal predicate.
_RU_VERB = re.compile(
    r"[^\W\d_]{2,}(?:ать|ять|ить|еть|уть|ыть|оть|чь)(?:ся)?"
    r"|[^\W\d_]{2,}(?:ает|яет|еет|ует|ают|яют|еют|уют|ится|ется|ются|ятся|ет|ут|ют|[дтрвзжчш]ят|оят)"
    r"|[^\W\d_]{3,}(?:ил|ила|или|ал|ала|али|ял|яла|яли|ел|ела|лся|лась|лось|лись|ило|ало|яло)"
    r"|[^\W\d_]{3,}(?:ена|ены)"
    r"|составит|превысит|сократит|снизит|увеличит|выделит|направит|получит|потратит|позволит|предстоит"
    r"|достиг|достигла|достигло|достигли|будет|будут|может|могут|должен|должна|должно|должны|нужно"
    r"|необходимо|намерен|намерена|намерены|предусмотрено|поставлена|поставлены",
    re.I,
)
# Infinitives in -ти, whose ending nouns share ("части", "области").
_RU_TI_VERB = re.compile(r"(?:вы|до|при|раз|под|за|у|на|пере|про)?(?:расти|вести|нести|везти)(?:сь)?", re.I)
_RU_INFINITIVE = re.compile(r"[^\W\d_]{2,}(?:ть|ти|чь)(?:ся|сь)?", re.I)
_NUMBER = re.compile(r"\d[\d.,]*")
_RU_SCALE_WORDS = frozenset("тыс. тыс млн млн. млрд млрд. трлн трлн. тысяч тысячи миллиона миллионов".split())
_RU_BASE_WORDS = frozenset("против вместо".split())  # "61% против 58%": the base's phrase
# Particles, hedges and conjunctions, which may open what is left before a figure but no item.
_RU_PARTICLES = frozenset(
    "не ни бы же ли уже ещё еще только лишь даже также тоже всего около более менее свыше почти порядка "
    "примерно и а или но что чтобы это как ежегодно ежемесячно".split()
)
_RU_PREPOSITIONS = frozenset(
    "в во на по за из с со к ко от до у о об при для без через под над между".split()
)
# Nouns whose forms end like the verbs above, in any case: stems that may close a compound
# ("получатели", "госбюджет"), then whole words ("цели", "правила", "совет").
_RU_CASE_ENDINGS = r"(?:ь|и|я|ей|ям|ями|ях|а|у|ом|е|ы|ов|ам|ами|ах|о)?"
_RU_NOUNS = re.compile(
    r"[^\W\d_]*(?:тел|мобил|кредит|лимит|дефицит|профицит|депозит|транзит|бюджет|интернет|институт"
    r"|маршрут|квартал|капитал|материал|персонал|потенциал|интервал|магистрал|метрополитен)"
    + _RU_CASE_ENDINGS
    + r"|(?:дел|цел|сил|правил|начал|цен|смен|замен|стен|арен|времен|имен|совет|ответ|счет|счёт|свет"
    r"|предмет|пакет|билет|кабинет|паритет|приоритет|минут|валют|канал|сигнал|финал|журнал|вокзал|сериал"
    r"|предел|раздел|отдел|детал|визит)"
    + _RU_CASE_ENDINGS
    + r"|[^\W\d_]*(?:[оая]сть|[оая]сти|[оая]стью|[оая]стей|ол)|сеть|сети|треть|путь|пути|суть",
    re.I,
)
# What is left when a predicate's object was a pronoun: "нарастить [их] до 31,5 трлн".
_RU_PRONOUNS = frozenset(
    "их его её ее это эти этот эта они он она оно им них него ней которых которые".split()
)
# Kazakh: a finite verb, a participle or converb closing the item, or an auxiliary.
_KK_VERB = re.compile(
    r"[^\W\d_]{2,}(?:ады|еді|йды|йді|ылды|ілді|ынды|ған|ген|қан|кен|мақ|мек|бақ|бек|пақ"
    r"|пек|атын|етін|йтын|йтін|ып|іп|ыпты|іпті)"
    r"|болып|болған|болды|болады|болмақ|болатын|еді|отыр|тұр|жатыр|тиіс|керек|деп",
    re.I,
)
_KK_NOUNS = re.compile(r"[^\W\d_]*(?:тамақ|аумақ|көмек|бақ|дүкен|мекен|шамамен|кәсіп)", re.I)
# A passive past ("сақталды", "салынды", "өндірілді", "жүргізілді") and the plain pasts of the
# verbs a level is told with ("жетті", "асты", "толықты", "азайды"): their ending is also a noun's
# accusative ("ауылды", "автожолды") or an adjective's ("бейінді"), so the passive is "-л-" after a
# vowel on a stem of three letters or "-ын-/-ін-" after "л" ("салынды", "бөлінді"), and the nouns
# whose stem ends like a passive ("жол", "мал", "ауыл") are kept.
_KK_PAST = re.compile(
    r"[^\W\d_]{3,}[аеәоөұүыі]л(?:ды|ді)|[^\W\d_]+л[ыі]н(?:ды|ді)"
    r"|(?:жет|ас|өс|арт|толық|түс|шық)(?:ты|ті)|(?:азай|көбей|ұлғай|қысқар|төменде|кемі|қал)(?:ды|ді)"
    # their conditional, a clause's verb before the next ("саны 248,7 мыңға жетсе, ауылда ...")
    r"|(?:жет|ас|өс|арт|толық|түс|шық|азай|көбей|ұлғай|қысқар|төменде|кемі|қал|құра|бол)(?:са|се)",
    re.I,
)
_KK_PAST_NOUNS = re.compile(
    r"[^\W\d_]*(?:жол|мал|көл|қол|ауыл|тіл|жыл|гүл|бал|мекен|шекар|орын|үлгін)(?:ды|ді)", re.I
)


@lru_cache(maxsize=1 << 16)
def is_ru_noun(word: str) -> bool:
    """A Russian noun whose form ends like a verb's ("потенциал", "показатели", "дефицит")."""
    return bool(_RU_NOUNS.fullmatch(word))


@lru_cache(maxsize=1 << 16)  # a word's answer is its own: each distinct word read once
def is_ru_verb(word: str) -> bool:
    """A Russian word that is a verb form or a modal predicate, not a noun (nor a name with a
    capital inside, "АрселорМиттал")."""
    if _RU_TI_VERB.fullmatch(word):
        return True
    named = any(c.isupper() for c in word[1:])
    return not named and bool(_RU_VERB.fullmatch(word)) and not _RU_NOUNS.fullmatch(word)


@lru_cache(maxsize=1 << 16)
def is_kk_verb(word: str) -> bool:
    """A Kazakh word that is a verb form or an auxiliary, not a noun."""
    return bool(_KK_VERB.fullmatch(word)) and not _KK_NOUNS.fullmatch(word)


def is_kk_finite(word: str) -> bool:
    """A Kazakh finite verb, a participle or an auxiliary, with the pasts whose ending a noun's
    accusative shares ("сақталды", "жетті", "асты"): a finite verb is never part of an item."""
    plain = word.strip(",.;:!?»«()\"'")
    return is_kk_verb(plain) or (bool(_KK_PAST.fullmatch(plain)) and not _KK_PAST_NOUNS.fullmatch(plain))


def drop_ru_predicate(words: list[str], noun_after: bool = False) -> list[str]:
    """A Russian item's words without the predicate in them: the verbs and particles it opens with
    ('должны сокращать расходы бюджета' -> 'расходы бюджета'); then, around an infinitive still
    inside, its object after it ('министерство планирует довести экспорт' -> 'экспорт'), or the
    noun after the figure when the infinitive ends the words and `noun_after` ('предстоит
    реконструировать [4 тыс. км] автодорог': []), or else the words before the predicate
    ('переработку меди планируется увеличить' -> 'переработку меди'). [] when the words are
    nothing but a predicate or a pronoun."""
    start = 0
    while start < len(words) and (is_ru_verb(words[start]) or words[start].lower() in _RU_PARTICLES):
        start += 1
    rest = words[start:]
    infinitives = [i for i, w in enumerate(rest) if _RU_INFINITIVE.fullmatch(w) and is_ru_verb(w)]
    if infinitives:
        after = rest[infinitives[-1] + 1 :]
        while after and (_NUMBER.fullmatch(after[0]) or after[0].lower() in _RU_SCALE_WORDS):
            after = after[1:]  # "реализовать [29] инвестиционных проектов": the object's own count
        first = after[0].lower() if after else ""
        if first[:1].isalpha() and first not in _RU_PREPOSITIONS | _RU_PARTICLES:
            rest = after
        elif not after and noun_after:
            rest = []
        else:
            verb = next(i for i, w in enumerate(rest) if is_ru_verb(w))  # "планируется" before "увеличить"
            rest = rest[:verb]
    return [] if all(w.lower() in _RU_PRONOUNS for w in rest) else rest


def noun_words_ru(words: list[str]) -> list[str]:
    """The words after a Russian figure up to the first that opens a phrase of its own: a
    comparison ("против 58%"), a particle, a verb or another figure."""
    for at, word in enumerate(words):
        lower = word.lower()
        if not lower[:1].isalpha() or lower in _RU_BASE_WORDS or is_ru_verb(word):
            return words[:at]
    return words


def drop_kk_predicate(words: list[str]) -> list[str]:
    """A Kazakh item's words without the verbs it closes with: 'ет өндірісі болған' -> 'ет
    өндірісі'; [] when the words are nothing but verbs."""
    end = len(words)
    while end and is_kk_finite(words[end - 1]):
        end -= 1
    return words[:end]


# Words that never close a Kazakh noun phrase: conjunctions and the hedges of a figure.
_KK_OPEN_ENDS = frozenset("және мен бен пен немесе шамамен жуық астам дейін тағы да де сәл".split())


def trim_open_end(item: str, language: str) -> str:
    """An item without the words left hanging at its end by the clause it was cut from: a
    preposition, a conjunction or a particle ("потери воды при транспортировке до", "теплиц в
    области и", "туристер ағыны шамамен")."""
    words = item.split()
    hanging = _RU_PREPOSITIONS | _RU_PARTICLES if language == "ru" else _KK_OPEN_ENDS
    while words and words[-1].casefold().strip(",;:") in hanging:
        words.pop()
        if language == "kk":
            words = drop_kk_predicate(words)  # "көрсеткіш болған [шамамен]": the verb it hid
    return " ".join(words)
