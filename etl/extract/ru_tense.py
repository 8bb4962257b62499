"""The tense of a Russian clause's predicate, read from word endings (pure, no dictionary).

Russian marks tense on the finite verb: the past by -л/-ла/-ло/-ли, the present (and the
perfective future, which looks the same) by the third-person endings -ет/-ит/-ют/-ят/-ут/-ат and
their reflexive -ся forms, a state reached by a short passive participle (-ано, -ены), the
compound future by "будет"/"будут". Nouns share some of those endings ("школа", "кредит",
"отрасли"), so each ending is read only where it is safe: a first-conjugation ending after a
vowel, a reflexive ending, the second conjugation outside a short list of nouns, the past after a
vowel or a stem consonant outside a list of nouns. Checked against pymorphy3's tags on the
Russian development articles (bench extras): see docs/extraction.md, "A clause's own tense".

A reporting copula ("составляет", "приходится", "насчитывается", "отмечается") is told apart:
Russian reports use it in the present for the figures of a span already over, so it says
nothing of the date, while another verb in the present ("работают", "включает", "проводится")
tells how things stand when the article is written."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

Tense = Literal["past", "present", "copula", "done", "future"]

_WORD = re.compile(r"[^\W\d_]+")
# the compound future and the modal of a plan
_FUTURE = re.compile(r"(?:будет|будут|станет|станут)", re.I)
# a finite verb in the present: first conjugation after a vowel ("включает", "обслуживают",
# "уют" excepted), any reflexive ("проводится", "держатся"), the second conjugation ("трудит",
# "проходит", "стоят") and the sibilant stems ("держат", "лежат"), a few consonant stems ("идет",
# "ведут", "растет", "ждут", "живут")
_PRESENT = re.compile(
    r"[^\W\d_]+(?:[аеиоуыяюё](?:ет|ют|ёт)|(?:е|ё|ю|и|я|а|у)тся|[жчшщ]ат|ит|ят)"
    r"|[^\W\d_]*(?:вед|ид|жив|раст|нес|вез|жд|бер|зов)(?:ет|ёт|ут)",
    re.I,
)
_NOT_PRESENT = re.compile(
    r"[^\W\d_]*(?:кредит|лимит|транзит|визит|депозит|аудит|дефицит|профицит|магнит|гранит|аппетит|"
    r"реквизит|бандит|ребят|котят|поросят|ягнят|телят|жеребят|цыплят|утят|гусят|быт|десят)|приют|уют",
    re.I,
)
# a past tense: "-л(а|о|и)(сь|ся)" after a vowel or after the stem consonants of "вырос",
# "достиг", "принес", "перевез" ("выросли", "достигла"), minus nouns with the same endings
_PAST = re.compile(
    r"[^\W\d_]+(?:[аеиоуыяё]л|[аеиоуыяё]л[аои]|[сзгкхш]л[аои])(?:сь|ся)?"
    r"|(?:вы|под|воз|раз|до|за|пере)?рос|(?:до|по|пре)?стиг|с?мог",
    re.I,
)
_NOT_PAST = re.compile(
    r"[^\W\d_]*(?:школ|отрасл|числ|масл|ремесл|стекл|весл|смысл|промысл|материал|капитал|потенциал|"
    r"сигнал|канал|филиал|персонал|вокзал|интервал|финал|генерал|журнал|арсенал|терминал|протокол|"
    r"футбол|модел|автомобил|фестивал|идеал|минерал|ритуал|квартал|начал|отдел|раздел|предел|"
    r"поселк|поселок|земл|мысл|котл|угл|жител|причал|портал)[аиоы]?"
    r"|(?:дол|рол|цел|сил|сел|дел|пол|стол|зал|мол|бал|мил|бол|сол|вол|пыл|сал|пил|мал|вал|тыл|тел)[аиоы]?"
    # ("Гкал", "ккал": a heat unit, "1100 Гкал/ч", no past)
    r"|около|тепло|если|[гмк]?кал",
    re.I,
)
# a short passive participle: a state reached ("построено", "введены", "зарегистрировано")
_DONE = re.compile(
    r"[^\W\d_]{3,}(?:ано|ено|ёно|ято|ыто|аны|ены|ёны|яты|ыты)"
    # the masculine and feminine: "сформирован", "установлен", "завершена", "отмечен"
    r"|[^\W\d_]{2,}(?:[оеыи]ван|[лдтчжшщ][её]н)а?"
    # the short stem "сдан": "сдано 32", "сданы в эксплуатацию" (+pb44ru)
    r"|сдан[аоы]?",
    re.I,
)
_NOT_DONE = re.compile(
    r"[^\W\d_]*(?:стран|замен|измен|экран|океан|ресторан|роман|баран|стакан|колен|полен|карман|"
    r"банан|вулкан|орган|фонтан|тюльпан|пропан|метан|титан|талан|сторон|семен|времен|имен)[аоы]"
    r"|(?:член|[^\W\d_]*елен|колен|полен|тюлен|диван|караван|иван|орден|[^\W\d_]*стан|долж[её]н)[аы]?",
    re.I,
)
# the copulas of a report: they carry a figure of any span, past ones included
_COPULA = re.compile(
    r"(?:составля(?:ет|ют)|приход(?:ится|ятся)|насчитыва(?:ет|ют|ется|ются)|отмеча(?:ет|ют|ется|ются)|"
    r"наблюда(?:ет|ют|ется|ются)|фиксиру(?:ет|ют|ется|ются)|регистриру(?:ет|ют|ется|ются)|соответству(?:ет|ют)|"
    r"оценива(?:ет|ют|ется|ются)|явля(?:ет|ют)ся|сто(?:ит|ят)|равня(?:ет|ют)ся|"
    r"достига(?:ет|ют)|превыша(?:ет|ют)|занима(?:ет|ют)|получа(?:ет|ют)ся|прид(?:ется|ётся|утся)|"
    # a ranking's verbs go on with the report's list: "далее следуют ...", "идут", "замыкает"
    r"следу(?:ет|ют)|ид(?:ет|ёт|ут)|лидиру(?:ет|ют)|замыка(?:ет|ют)|возглавля(?:ет|ют))",
    re.I,
)


# a word's tense is its own: each distinct word is read once (a clause's words are read per figure)
@lru_cache(maxsize=1 << 16)
def word_tense(word: str) -> Tense | None:
    """The tense a single Russian word marks, or None for a word that is no finite verb form."""
    if _FUTURE.fullmatch(word):
        return "future"
    if _COPULA.fullmatch(word):
        return "copula"
    if _PRESENT.fullmatch(word) and not _NOT_PRESENT.fullmatch(word):
        return "present"
    if _PAST.fullmatch(word) and not _NOT_PAST.fullmatch(word):
        return "past"
    if _DONE.fullmatch(word) and not _NOT_DONE.fullmatch(word):
        return "done"
    return None


def clause_tenses(text: str, start: int, end: int) -> list[tuple[int, Tense]]:
    """(position, tense) of every finite verb form in text[start:end]."""
    found: list[tuple[int, Tense]] = []
    for match in _WORD.finditer(text, start, end):
        tense = word_tense(match.group(0))
        if tense is not None:
            found.append((match.start(), tense))
    return found
