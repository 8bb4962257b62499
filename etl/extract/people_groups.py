"""Who the people of a count are, named by what the clause says they do (pure: text in, a noun out).

A count of people often names them only by its verb: "в городах проживают 12,3 млн человек" (the
residents), "в отрасли заняты 224 тыс. человек" (those employed), "в авариях погибли 52 человека"
(those killed), "салада 30 мыңға жуық адам еңбек етеді" (the workers), "settlements home to eight
million people" (the population), "трудоустроено 3 500 человек", "the plant employed 1,200 people"
(those employed). A legend that reads "человек" or "адам" tells a reader nothing;
the noun of the verb's doers does. Only verbs whose doers are one plain group are listed: "получили
28,5 тыс. человек" (recipients of what?) needs its object and is left to the clause readers.
"""

from __future__ import annotations

import re

# (Russian) the verb right before or right after the count, and the group it makes of its doers
_RU_GROUPS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.I), group)
    for pattern, group in (
        (r"(?:про)?жива(?:ют|ет|ли|л[оа]?)|живут|живёт|живет|жили", "жители"),
        (r"занят[оыа]?|работа(?:ют|ет|ли|л[оа]?)|труд(?:ятся|ится|ились|илось)", "занятые"),
        (r"погиб(?:ли|ло|ла|ает|ают)?|гибнут|гибнет", "погибшие"),
        (r"пострада(?:ли|ло|л[а]?|ют|ет)", "пострадавшие"),
        (r"умер(?:ли|ло|ла)?|умирают", "умершие"),
        (r"родил(?:ись|ось|ся|ась)|рождаются", "родившиеся"),
        (r"прибыл[иоа]?|прибывают", "прибывшие"),
        (r"выехал[иоа]?|выбыл[иоа]?|выбывают", "выбывшие"),
        (r"трудоустро(?:ены|ено|ен[аы]?|или|ились|ятся)", "трудоустроенные"),
    )
)

# (Kazakh) the verb after the count ("адам тұрады", "адам еңбек етеді", "адам қаза тапты")
_KK_GROUPS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.I), group)
    for pattern, group in (
        (r"тұрады|тұрған|тұратын|тұрып", "тұрғындар"),
        (r"еңбек\s+ет(?:еді|кен|іп|ті)|жұмыс\s+іст(?:ейді|еген|еп|еді)", "жұмыскерлер"),
        (r"қаза\s+тап(?:ты|қан|ады)|қайтыс\s+бол(?:ды|ған)", "қаза тапқандар"),
        (r"зардап\s+шек(?:ті|кен|еді)", "зардап шеккендер"),
        (r"жұмыспен\s+қамтыл(?:ды|ған|ады)", "жұмысқа орналасқандар"),
    )
)

# (English) the words before the count that name its people's group ("home to [eight million people]")
_EN_BEFORE = re.compile(r"\b(?:home\s+to|population\s+of|inhabited\s+by)\s+(?:\w+\s+){0,2}$", re.I)
# ("the plant employed 1,200 people", "will hire 300 people": the doers are the firm's staff)
_EN_STAFF_BEFORE = re.compile(r"\b(?:employ(?:s|ed|ing)?|hir(?:e|es|ed|ing))\s+(?:\w+\s+){0,2}$", re.I)
_EN_AFTER = re.compile(r"\s*(?:\w+\s+){0,1}?(?:live|lived|living|reside|resided|residing)\s+in\b", re.I)

# hedges and counters that may stand between the verb and the figure or after it
_RU_BETWEEN = re.compile(
    r"(?:\s+(?:сейчас|ныне|около|порядка|примерно|более|свыше|почти|уже|всего|лишь|ежегодно|ежедневно))*\s*$",
    re.I,
)
_RU_COUNTER_AFTER = re.compile(r"\s*(?:человека?|людей)?\s*", re.I)
_KK_COUNTER_AFTER = re.compile(
    r"\s*(?:[а-яәғқңөұүһі]*(?:нан|нен|дан|ден|тан|тен|ға|ге|қа|ке)\s+)?(?:(?:астам|аса|жуық|шамасында)\s+)?"
    r"адам\s+",
    re.I,
)


_CLAUSE_OPENING = re.compile(r"[,;:()–—]")


def _ru_group(word: str) -> str:
    plain = word.strip(',.;:()«»"')
    return next((group for pattern, group in _RU_GROUPS if pattern.fullmatch(plain)), "")


def is_group_verb(word: str, language: str) -> bool:
    """Whether a word is a verb that names its doers' group ("выехали", "погибли"): a count told
    after it is of that group, not of the one counted before it."""
    return language == "ru" and bool(_ru_group(word))


def group_by_verb(sentence: str, start: int, end: int, language: str) -> str:
    """The group a count of people (at `start`..`end` of `sentence`) is by the verb told of them:
    'в стране проживали [20,4 млн] человек' -> 'жители'; "" when no listed verb stands there."""
    if language == "ru":
        # the clause's last words before the figure ("выехали из страны [3518]") or the first after it
        before = _CLAUSE_OPENING.split(sentence[:start])[-1]
        hedged = _RU_BETWEEN.search(before)
        last = before[: hedged.start() if hedged else len(before)].split()[-3:]
        after = sentence[end:]
        counter = _RU_COUNTER_AFTER.match(after)
        first = after[counter.end() if counter else 0 :].split()[:1]
        for word in [*reversed(last), *first]:
            group = _ru_group(word)
            if group:
                return group
        return ""
    if language == "kk":
        counter = _KK_COUNTER_AFTER.match(sentence, end)
        if counter is None:
            return ""
        rest = " ".join(sentence[counter.end() :].split()[:2]).strip(',.;:()«»"')
        for pattern, group in _KK_GROUPS:
            if pattern.match(rest):
                return group
        return ""
    if language == "en":
        if _EN_BEFORE.search(sentence[:start]):
            return "population"
        people = re.match(r"\s*(?:people|persons|workers)\b", sentence[end:])
        if people and _EN_STAFF_BEFORE.search(sentence[max(0, start - 40) : start]):
            return "employees"
        after = sentence[end:]
        people = re.match(r"\s*(?:people|persons|residents)?", after)
        if _EN_AFTER.match(after, people.end() if people else 0):
            return "population"
    return ""
