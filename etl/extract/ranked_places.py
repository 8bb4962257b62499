"""A ranking of places, each with its figure in brackets or after a dash (pure: a sentence's
indicators in and out).

"Двузначный прирост зафиксирован в Костанайской (25,9%), Павлодарской (21,4%) и Жамбылской (20,4%)
областях", "Өсім әсіресе Жамбыл облысында (11,1%), Абай облысында (9,4%) байқалды", "Cars more than
two decades old are concentrated in the Almaty region (324,900), the city of Almaty (189,600)": each
member's figure is the list's one measure at that member's place. The words before a bracket name
only the place, so an item read from them alone ("Павлодарской", "Қостанай") or from the lead and
the place together ("Двузначный прирост зафиксирован также в Костанайской") is no name for a chart
legend. Each member takes the measure the lead names (without its verb and its ranking words,
"самая высокая", "ең жылдам", "most"; "Exports grew in: Almaty – 5%"), or the one told after the
list ("Қостанай (4,3%), Түркістан (4,2%) облыстарында өндіріс төмендеді", "... recorded the biggest
increase in production"), or, when neither names a thing ("Следом идут", "followed by"), the
measure of the figure told before the list, with its own place beside it.
"""

from __future__ import annotations

import re

from etl.extract.cyrillic_item_verbs import is_kk_finite, is_ru_verb
from etl.extract.indicator_record import Indicator
from etl.extract.item_cleaning import counter_only, settle_item, where_only
from etl.extract.item_verbs import is_inflected_verb
from etl.extract.records import replace

_EDGE_MARKS = "\"'«»“”()[],;:.!?–—-"
_JOIN = {"en": ", ", "ru": " ", "kk": " "}
# A member's where: a name in capitals (one to three words, "Северо-Казахстанской", "Батыс
# Қазақстан", "North Kazakhstan"), with a place noun after it, closing the words before the bracket;
# the preposition before it goes with it in Russian ("в Шымкенте", "у Астаны")
_WHERE = {
    "en": re.compile(
        r"(?:(?<=\s)|^)(?:the\s+city\s+of\s+)?(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*"
        r"(?:\s+(?:region|city|district|oblast|province))?$"
    ),
    "ru": re.compile(
        r"(?:(?<=\s)|^)(?:(?:в|во|у)\s+)?(?:[А-ЯЁ][\w-]*\s+){0,2}[А-ЯЁ][\w-]*"
        r"(?:\s+(?:област|район|город|регион)\w*)?$"
    ),
    "kk": re.compile(
        r"(?:(?<=\s)|^)(?:[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*\s+){0,2}[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*"
        r"(?:\s+(?:облыс|аудан|қала|өңір)\w*)?$"
    ),
}
# Place nouns of any form, plural too ("областях", "облыстарында", "regions")
_PLACE_NOUN = {
    "en": re.compile(r"regions?|cities|city|districts?|oblasts?|provinces?|areas?", re.I),
    "ru": re.compile(r"(?:област|район|город|регион|столиц|стран|мегаполис)\w*", re.I),
    "kk": re.compile(r"(?:облыс|аудан|қала|өңір|аймақ)\w*", re.I),
}
# a list of regions closing on their plural noun
_REGIONS_CLOSE = {
    "en": re.compile(r"\)\s+regions\b"),
    "ru": re.compile(r"\)\s+област(?:ях|ей|и)\b"),
    "kk": re.compile(r"\)\s+облыстар\w*"),
}
_REGION = {"en": "region", "kk": "облысында"}
_EN_PAST = re.compile(r"[a-z]{4,}ed")
_EN_BE = frozenset("is are was were has have had includes include comprises accounts".split())
# a Russian short participle ("зафиксирован", "отмечен", "зарегистрированы")
_RU_SHORT_PARTICIPLE = re.compile(r"\w{4,}(?:ован|лен|чен|шен|жен|ден|тен|нен|рен)[аоы]?")
# Ranking words: they say where a member stands in the list, not what is measured
_RANKING = {
    "en": re.compile(
        r"highest|lowest|largest|smallest|biggest|greatest|most|least|fastest|slowest|strongest|weakest|"
        r"top|leading|leaders?|led|followed|also|numbers?|figures?|values?|first|second|third|place[sd]?",
        re.I,
    ),
    "ru": re.compile(
        r"сам\w+|наибольш\w*|наименьш\w*|наивысш\w*|максимальн\w*|минимальн\w*|высок\w*|низк\w*|"
        r"больше|меньше|всего|всех|чаще|реже|дороже|дешевле|заметнее|сильнее|быстрее|медленнее|"
        r"лидер\w*|лидиру\w*|также|далее|следом|затем|списке|среди|значени\w*|показател\w*|двузначн\w*|"
        r"мест[оаеу]?|местах|перв\w*|втор\w*|трет\w*|четв[её]рт\w*|пят\w*|тройк\w*|пят[её]рк\w*|десятк\w*|"
        r"одинаков\w*|разрезе|разбивке|выше|ниже",
        re.I,
    ),
    "kk": re.compile(
        r"ең|жоғары\w*|төмен\w*|жылдам|көп|аз|көбірек|азырақ|әсіресе|айтарлықтай|мән\w*|көрсеткіш\w*|"
        r"көшбасшы\w*|алдыңғы|қатар\w*|тізім\w*|сондай-ақ|ал|керісінше|сонымен|бірінші|екінші|"
        r"үшінші|үшт\w*|бест\w*|ондық\w*|кейінгі|жартысы\w*|астамы|топта|тобында|орында|орынға|орындарда|"
        r"көбі|азы",
        re.I,
    ),
}
# words that name nothing in a lead ("Следом идут", "followed by", "Керісінше,")
_NOTHING = {
    "en": frozenset(
        "a an the and of to for at on in as by with from while whereas then next ahead where this these those "
        "its their except year years month months among two three four five six seven eight nine ten".split()
    ),
    "ru": frozenset(
        "в во на по у о и а из с к от до при для это то же где когда идут следуют вошли вошла попали попала "
        "входят входит оказались замыкают приростом ростом снижением этих этой этом этот эти эта тех ключевых "
        "двух трех трёх четырех четырёх пяти шести семи восьми девяти десяти среднего".split()
    ),
    "kk": frozenset(
        "және мен бен пен да де та те бойынша үшін бұл осы екі үш төрт бес алты жеті сегіз тоғыз он".split()
    ),
}
# a name inside a lead, whose capital the sentence's start did not give ("Туркестанская",
# "Жетісудан", "Zhambyl"): a place or a body, not a measure (an abbreviation, "ВРП", is all capitals)
_NAME = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі'’-]+")
MAX_MEASURE_WORDS = 8
# between a member's figure and the next member: the bracket's close, or the bracket of its former
# value after a dash ("Tajikistan — 19% (22.4%), and Kyrgyzstan"), and a comma or "and"
_NEXT_MEMBER = re.compile(
    r"(?:[^()]{0,60}\))?(?:\s*\([^()]{0,40}\))?[\s,;]*"
    r"(?:(?:и|а\s+также|and|as\s+well\s+as|және|мен|бен|пен|сондай-ақ)\s+)?(?:the\s+)?",
    re.I,
)
# a member's former or other value in brackets right after its figure ("Tajikistan — 19% (22.4%)",
# "Таджикистан — 44% (в прошлом сезоне 47,5%)")
_BRACKET_AFTER = re.compile(r"\s*\([^()\d]{0,40}")
# the figure opens a bracket after its member's name ("(4,3%", "(+13,6%", "(на 4,8%"), or stands
# after the name and a dash ("Almaty – 5%", "Маңғыстау облысында – 9,9%")
_OPENS_MEMBER = re.compile(r"(?:\(|\s[–—-])\s*(?:[+~≈]|на\s+|by\s+|up\s+|плюс\s+|минус\s+)?$", re.I)


def _where(left: str, language: str) -> str:
    """The where closing the words before a member's bracket ("в Костанайской", "Жетісу
    облысында", "the city of Almaty" -> "city of Almaty"); "" when they close on no name."""
    found = _WHERE[language].search(left)
    if found is None:
        return ""
    where = found.group()
    if language == "en":
        where = re.sub(r"^the\s+", "", where)
    words = where.split()
    while len(words) > 1 and words[0][:1].isupper() and _named_nothing(words[0], language):
        words = words[1:]  # "Ал Қостанай", "Also Almaty": a connective opening the sentence
    where = " ".join(words)
    if found.start() == 0 and not _is_place(where, language):
        return ""  # a sentence's first word is capitalised anyway: a place's name only
    return where


def _named_nothing(word: str, language: str) -> bool:
    plain = word.strip(_EDGE_MARKS)
    return bool(_RANKING[language].fullmatch(plain)) or plain.casefold() in _NOTHING[language]


def _with_region(where: str, sentence: str, language: str) -> str:
    """A region's name told without its noun, the list closing on the plural ("Костанайской
    (25,9%), Павлодарской (21,4%) ... областях", "Қостанай (4,3%) ... облыстарында", "Mangistau
    (15,000) and Atyrau (16,200) regions"), with the noun: "в Павлодарской области", "Қостанай
    облысында", "Atyrau region"."""
    if _PLACE_NOUN[language].fullmatch(where.split()[-1]) or not _REGIONS_CLOSE[language].search(sentence):
        return where
    if language == "ru":
        name = where.split()[-1]
        if name.endswith(("ская", "цкая")):
            return f"{name} область"
        if name.endswith(("ской", "цкой")):
            return f"в {name} области"
        return where
    return f"{where} {_REGION[language]}"


def _is_place(text: str, language: str) -> bool:
    from etl.extract.places import place_mentions  # places.py is a table reader; imported when needed

    return bool(place_mentions(text, language))


def _verb(word: str, language: str) -> bool:
    plain = word.strip(_EDGE_MARKS)
    if language == "ru":
        return is_ru_verb(plain.casefold()) or bool(_RU_SHORT_PARTICIPLE.fullmatch(plain))
    if language == "kk":
        return is_kk_finite(plain.casefold())
    lower = plain.casefold()
    # (a regular past, "recorded", "concentrated", of a verb the verb list does not hold)
    return is_inflected_verb(lower) or bool(_EN_PAST.fullmatch(lower)) or lower in _EN_BE


def _measure_words(words: list[str], language: str, opens: bool = False) -> list[str]:
    """The words of a lead that name the measure: before its verb (Russian, English: after the
    verb when nothing stands before it, "Дороже всего обходится съемное жилье"), without ranking
    words, place nouns and places."""
    # the sentence's capital names nothing (a place's does: "Алматы объем ..." keeps its place out)
    opening = words[0] if opens and words and not _is_place(words[0].strip(_EDGE_MARKS), language) else ""
    if opening:
        words = [opening[:1].lower() + opening[1:], *words[1:]]
    verbs = [n for n, w in enumerate(words) if _verb(w, language)]
    if verbs and language != "kk":
        before, after = words[: verbs[0]], words[verbs[-1] + 1 :]
        words = before if _plain(before, language) else after
    elif verbs:
        words = words[: verbs[0]]
    kept = _plain(words, language)
    if kept and opening and kept[0].casefold() == opening.casefold():
        kept[0] = opening
    return kept


def _lead_measure(lead: str, language: str, opens: bool = False, change: bool = False) -> str:
    """The measure a list's lead (or the words after it) names: that of its first part between
    commas that names one ("Инфляция в этих регионах, а также в ключевых городах –" -> "Инфляция")."""
    for number, part in enumerate(lead.split(",")):
        if _REPORTED.search(part):
            continue  # "The fastest growth, the ministry said, was seen in": a speaker's aside
        words = [
            w.strip(_EDGE_MARKS) for w in _measure_words(part.split(), language, opens=opens and number == 0)
        ]
        measure = settle_item(" ".join(words), language)
        if change and words and all(_CHANGE_NOUN[language].fullmatch(w) for w in words):
            # (with `change`, when nothing else names the measure: a change noun alone, "growth" of "The
            # fastest growth", is what a ranking of changes ranks)
            measure = " ".join(words)
        if measure:
            return measure
    return ""


_CHANGE_NOUN = {
    "en": re.compile(r"(?i)growth|increase|rise|decline|decrease|drop"),
    "ru": re.compile(r"(?i)рост|прирост|снижение|увеличение|сокращение"),
    "kk": re.compile(r"(?i)өсім|өсімі|өсу|төмендеу|азаю"),
}


# a speaker's aside between commas ("the ministry said", "according to the minister", "по словам
# министра", "министрдің айтуынша")
_REPORTED = re.compile(
    r"(?i)\b(?:said|says|told|noted|according)\b|(?<!\w)(?:сообщ\w*|по\s+словам|по\s+данным|отметил\w*|"
    r"айтуынша|мәліметінше|дерегінше|деді)(?!\w)"
)


def _plain(words: list[str], language: str) -> list[str]:
    """The words that name a measure: no ranking words, place nouns, places, names or figures, nor
    function words at the edges; [] when no common noun is left."""
    kept = [
        w
        for w in words
        if (plain := w.strip(_EDGE_MARKS))
        and not _RANKING[language].fullmatch(plain)
        and not _PLACE_NOUN[language].fullmatch(plain)
        and not _is_place(plain, language)
        and not _NAME.fullmatch(plain)
        and not any(c.isdigit() for c in plain)
    ]
    while kept and kept[0].strip(_EDGE_MARKS).casefold() in _NOTHING[language]:
        kept = kept[1:]
    while kept and kept[-1].strip(_EDGE_MARKS).casefold() in _NOTHING[language]:
        kept = kept[:-1]
    inner = [w for w in kept if w.strip(_EDGE_MARKS).casefold() not in _NOTHING[language]]
    return kept if len(inner) <= MAX_MEASURE_WORDS and any(w[:1].islower() for w in inner) else []


def _from_item(item: str, language: str) -> str:
    """The measure in an item told before the list, without its verb, place and ranking words; ""
    for a counter ("адамға", "человек")."""
    measure = settle_item(" ".join(_measure_words(item.split(), language, opens=True)), language)
    if counter_only(measure, language) or not any(w[:1].islower() for w in measure.split()):
        return ""  # a counter, or a name alone ("Zhambyl")
    return measure


def _members(indicators: list[Indicator], language: str) -> list[tuple[int, str, int]]:
    """(index, where, where's start in the sentence) of each figure that opens a bracket right after
    a name, the first run of two such members or more told one after another ("Павлодар (3,1%),
    Ақтөбе (2,2%) және Атырау (1,4%)"; not a member of a clause of its own after it, ", ал жалақы
    Түркістан облысында (+12%)")."""
    runs: list[list[tuple[int, str, int]]] = []
    for index, indicator in enumerate(indicators):
        sentence = indicator.sentence
        left = sentence[: indicator.start_char - indicator.sentence_start]
        opened = _OPENS_MEMBER.search(left)
        where = _where(left[: opened.start()].rstrip(" –—-:"), language) if opened else ""
        if not where:
            continue
        start = left.rindex(where, 0, opened.start()) if opened else 0
        last = indicators[runs[-1][-1][0]] if runs else None
        gap = sentence[last.end_char - last.sentence_start : start] if last else ""
        if last is None or not _NEXT_MEMBER.fullmatch(gap):
            runs.append([])
        runs[-1].append((index, where, start))
    return next((run for run in runs if len(run) >= 2), [])


def _own_measure(item: str, where: str, language: str) -> bool:
    """Whether a member's item names a measure of its own; not when it is the lead's words with the
    member's name, a ranking word or a verb among them ("Двузначный прирост зафиксирован также в
    Костанайской", "Тұрғын үй құрылысы ең жылдам Жетісу")."""
    words = item.split()
    name = next(w for w in where.split() if w[:1].isupper())
    if name not in words:
        return True
    rest = [w for w in words if w not in where.split()]
    return bool(rest) and not any(
        _verb(w, language) or (_named_nothing(w, language) and w.casefold() not in _NOTHING[language])
        for w in rest
    )


_RU_PREPOSITION = re.compile(r"(?:в|во|у)\s", re.I)
# a lead closing on where the members are ("в ключевых городах –", "в регионах:")
_RU_LEAD_PREPOSITION = re.compile(
    r"(?<!\w)(в|во)\s+(?:[а-яё]+\s+)?(?:город|област|регион|район|столиц)\w*\s*[–—:-]?\s*$", re.I
)


def _ru_preposition(lead: str, first: str) -> str:
    """The preposition the members of a Russian list share: the first member's own ("в Таразе", "у
    Астаны"), else one closing the lead ("в ключевых городах – Астане"); "" when none is told."""
    own = _RU_PREPOSITION.match(first)
    if own:
        return own.group().strip().lower()
    told = _RU_LEAD_PREPOSITION.search(lead)
    return told.group(1).lower() if told else ""


def rank_items(
    language: str, read: list[Indicator], indicators: list[Indicator], before: str | None
) -> list[Indicator]:
    """The sentence's indicators with each bracketed member of a ranking of places named by the
    list's measure and its own where (module docstring); the others as they were. `read` are the
    same indicators with the items read from their own words, before a measure told earlier was
    lent to a place alone ("Қостанай" -> "өнеркәсіп Қостанай"): a member that names a measure of
    its own there keeps its item."""
    members = _members(indicators, language)
    if not members:
        return indicators
    first_index, _, first_start = members[0]
    sentence = indicators[first_index].sentence
    told = indicators[first_index - 1] if first_index else None
    lead_start = told.end_char - told.sentence_start if told else 0
    measure = _lead_measure(sentence[lead_start:first_start], language, opens=lead_start == 0)
    if not measure:
        # "Akmola (13.1%), Kostanay (7.9%) ... recorded the biggest increase in production", "Қостанай
        # (4,3%) ... облыстарында өндіріс төмендеді": the measure told after the list
        last = indicators[members[-1][0]]
        close = sentence.find(")", last.end_char - last.sentence_start)
        measure = _lead_measure(sentence[close + 1 :], language) if close >= 0 else ""
    if not measure:
        measure = _from_item((told.item if told else before) or "", language)
    if not measure:
        measure = _lead_measure(sentence[lead_start:first_start], language, lead_start == 0, change=True)
    if not measure:
        return indicators
    settled = list(indicators)
    preposition = _ru_preposition(sentence[lead_start:first_start], members[0][1]) if language == "ru" else ""
    # (an item the reader lent from the figure before the list, "11 regions ... compared to 8 regions
    # last year. The highest growth rates ... in East Kazakhstan region - 4,9%", is none of its own)
    lent = read[first_index - 1].item if first_index else before
    for index, where, _ in members:
        item = read[index].item or ""
        own = item != lent and _own_measure(item, where, language)
        if item and not where_only(item, language) and own:
            continue  # "жалақы Алматы мен Шымкент қалаларында (+13,6%)": a member names its measure
        named = _with_region(where, sentence, language)
        if preposition and named == where and not _RU_PREPOSITION.match(where):
            named = f"{preposition} {where}"  # "в Таразе (2100 тенге) и Семее (2300 тенге)": "в Семее"
        where = named
        settled[index] = replace(indicators[index], item=f"{measure}{_JOIN[language]}{where}")
        after = indicators[index + 1] if index + 1 < len(indicators) else None
        if after is not None and _bracketed_after(indicators[index], after):
            settled[index + 1] = replace(after, item=settled[index].item)
    return settled


def _bracketed_after(member: Indicator, after: Indicator) -> bool:
    """Whether `after` stands in brackets right after the member's figure, alone in them: the same
    measure at the same place told at another time ("19% (22.4%)")."""
    sentence = member.sentence
    gap = sentence[member.end_char - member.sentence_start : after.start_char - after.sentence_start]
    close = sentence[after.end_char - after.sentence_start :].lstrip()
    return bool(_BRACKET_AFTER.fullmatch(gap)) and close.startswith(")")
