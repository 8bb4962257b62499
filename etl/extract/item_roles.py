"""Items that name no measured thing (pure: indicators in, indicators out).

An item is read from the words around its figure, so it may be left with words that play another
part in the sentence: the change's verb or comparison ("больше", "up from", "өткен жылмен
салыстырғанда 11%-ға көп"), the time phrase ("over the same period", "жыл ішінде"), the speaker
("Agriculture Minister X said", "министрі X ... деді"), a hedge or a function word ("roughly",
"яғни", "+"). This module trims those words at an item's edges and, when nothing else is left,
gives the figure the item of the figure told before it: a change or a base told beside a level
("Exports reached $5 bn, up 12%", "Это на 3,2% больше") is of the level's thing.

The word classes are general (function words, time words, comparison and change words, speakers),
not phrases of any one article.
"""

from __future__ import annotations

import re

from etl.extract.cyrillic_item_verbs import (
    drop_kk_predicate,
    drop_ru_predicate,
    is_kk_verb,
    is_ru_verb,
)
from etl.extract.goal_items import goal_measure
from etl.extract.indicator_record import Indicator
from etl.extract.item_cleaning import (
    _BASIS,
    _BASIS_PHRASE,
    _EN_UNIT,
    _OR,
    _ORIGIN,
    _PEOPLE,
    _TIME_FORM,
    _VAGUE_FORM,
    _WORD_EDGE,
    _edge_word,
    _lowered,
    _names_nothing,
    _place_only,
    _unplaced,
    counter_only,
    settle_item,
    where_only,
)
from etl.extract.item_verbs import is_inflected_verb
from etl.extract.people_groups import group_by_verb, is_group_verb
from etl.extract.ranked_places import rank_items
from etl.extract.records import replace

_BASIS_CLOSING = {
    language: re.compile(rf"(?:(?:^|[\s,]+)(?:{_OR[language]}\s+)?{phrase})+$", re.I)
    for language, phrase in _BASIS_PHRASE.items()
}


def _on_own_basis(item: str, previous: str, language: str) -> str | None:
    """For an item of nothing but bases ("без НДС или с НДС"), the thing of the figure before with
    the item's last basis in place of its own ("тариф для бюджетных организаций без НДС" -> "тариф
    для бюджетных организаций с НДС"), "" when that figure names no thing; None for any other item."""
    phrase = _BASIS_PHRASE.get(language)
    whole = _BASIS[language].match(item) if phrase else None
    if phrase is None or whole is None or whole.end() < len(item.rstrip()):
        return None
    thing = _BASIS_CLOSING[language].sub("", previous).strip()
    return f"{thing} {_lowered(re.findall(phrase, item, re.I)[-1])}" if thing else ""


# A clause that refers its figure back to one told before: it opens with a demonstrative ("Это на
# 3,2% больше", "Бұл ... 47%-ға көп", "That is an increase of ..."), a part of it ("Из них",
# "Оның 17,8 млн шаршы метрі") or "that is" ("яғни"), or compares with a base.
_TOLD_OF_BEFORE = {
    "en": re.compile(r"^\W*(?:this|that|it|these)\b|\b(?:compared|against|than|up from|down from)\b", re.I),
    "ru": re.compile(
        r"^\W*(?:это|этот|эта|оно|он|она|из\s+них|из\s+которых|то\s+есть)(?!\w)|сравнени|против|(?<!\w)чем(?!\w)",
        re.I,
    ),
    "kk": re.compile(
        r"^\W*(?:бұл|ол|осы|оның|олардың|оған|одан|яғни)(?!\w)|салыстырғанда|қарағанда|былтырғыдан|(?:деңгей|кезең|көрсеткіш)\w*[дтн][аеі]н(?!\w)",
        re.I,
    ),
}
# English time phrases a subject may hold ("Gas production over the same period came to"), blanked
# before the subject is read again.
_EN_TIME_PHRASE = re.compile(
    r"\b(?:(?:over|in|during|for|since|at|by)\s+)?(?:the\s+)?(?:(?:same|previous|last|this|next|past|"
    r"first|whole|reporting)\s+)*(?:period|year|month|quarter|half|week)(?:'s)?(?:\s+of\s+\d{4})?\b"
    r"|\byear[- ]on[- ]year\b|\b(?:in\s+)?(?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december)(?:[-–](?:\w+))?(?:\s+\d{4})?\b|\b(?:in\s+)?\d{4}\b",
    re.I,
)


def _told_of_before(indicator: Indicator, language: str) -> bool:
    if indicator.is_change:
        return True
    left = indicator.sentence[: indicator.start_char - indicator.sentence_start]
    return bool(_TOLD_OF_BEFORE[language].search(left))


# A reporting verb whose clause holds the figure: "X said [preferential lending ...] would amount to"
_EN_REPORTED = re.compile(
    r".*\b(?:said|says|told|noted|added|stated|announced|explained|expects|wants|hopes|believes)\b(?:\s+that\b)?",
    re.I,
)


# a level told as a record ("Trade hit a record $31.2 billion", "earned a record", "an all-time
# high of"): the subject is what set it
_EN_RECORD = re.compile(
    r"\b(?:a|an)\s+(?:new\s+)?(?:record|all-time\s+high|historic\s+high|peak)(?:\s+of)?\s*$", re.I
)
# a counter closing the words before the figure ("reached 19.6 million head"): the subject counts
_EN_COUNTED = re.compile(
    r"\b(?:reached|totall?ed|stood at|stands at|amounted to|rose to|grew to|fell to|was|were|is|are)\s+[^,;]*$"
    # a change of the subject's level: "the population grew by [245,000 people]", "grew 2.2% ... to"
    r"|\b(?:rose|grew|increased|decreased|fell|declined|dropped|shrank|expanded)\b[^,;]*\b(?:to|by)\s+"
    r"(?:about|around|some|nearly|almost|over|more\s+than)?\s*$",
    re.I,
)


# (English) a participle after a comma that gives the clause's share of a whole: "Services were the
# main driver, contributing [2.1 points] to growth", "Oil led, accounting for [58%]": the share is
# of the clause's subject
_EN_SHARE_OF_CLAUSE = re.compile(
    r",\s*(?:contributing|accounting\s+for|making\s+up|adding)\s+(?:about|around|some|nearly|almost|over|"
    r"more\s+than|up\s+to)?\s*$",
    re.I,
)
_EN_BE = frozenset("is are was were has have had will would".split())


def _clause_opening_subject(clause: str) -> str:
    """The words a clause opens with up to its first verb ('Services were the main driver' ->
    'Services'), settled; "" when a verb opens it or more than eight words stand before one."""
    words = clause.split()
    verb = next(
        (
            n
            for n, w in enumerate(words)
            # ("remained", "stayed": a past the verb table does not hold)
            if w.casefold() in _EN_BE or is_inflected_verb(w.casefold()) or (len(w) > 4 and w.endswith("ed"))
        ),
        None,
    )
    if not verb or verb > 8:
        return ""
    return settle_item(" ".join(words[:verb]), "en")


def _subject_again(indicator: Indicator) -> str:
    """(English) the subject read again from the words before the figure, after a reporting verb
    and without time phrases: 'Gas production over the same period came to' -> 'Gas production',
    'Minister X said preferential lending would amount to' -> 'preferential lending'."""
    from etl.extract.context import subject_before  # context.py imports the verb tables only

    left = indicator.sentence[: indicator.start_char - indicator.sentence_start]
    share = _EN_SHARE_OF_CLAUSE.search(left)
    if share:
        return _clause_opening_subject(left[: share.start()])
    record = _EN_RECORD.search(left)
    if record:
        left = left[: record.start()]  # "hit [a record]": what hit it is told before the verb
    counted = bool(record or _EN_COUNTED.search(left))
    bracketed = left.rstrip().endswith("(")  # "the largest number of international guests (333,300)"
    if bracketed:
        left = left.rstrip().removesuffix("(")
    reported = _EN_REPORTED.match(left)
    blanked = _EN_TIME_PHRASE.sub(" ", left[reported.end() :] if reported else left)
    if blanked == left and not counted and not bracketed:
        return ""
    return settle_item(subject_before(re.sub(r"\s+", " ", blanked)) or "", "en")


# (Russian) a reporting verb before the figure and what it names ("назвал объем ремонта сетей – 300 млрд")
_RU_REPORTED = re.compile(
    r".*(?<!\w)(?:назвал|называл|сообщил|заявил|отметил|рассказал|уточнил|привел|привёл)\w*\s+(?P<named>[^,.;]+?)[\s–—:-]*$",
    re.I,
)


# where the clause that holds a figure opens: a comma, a colon, a dash or a bracket before it
_CLAUSE_OPENING = re.compile(r".*[,;:()–—]\s", re.S)


def _clause_subject(indicator: Indicator, language: str) -> str:
    """(Russian, Kazakh) the words of the figure's clause before it without the predicate they
    close with: 'Поголовье лошадей в области достигло [425 тыс. голов]' -> 'Поголовье лошадей в
    области', 'Кітап қоры [4 млн данадан] асады' -> 'Кітап қоры'."""
    left = indicator.sentence[: indicator.start_char - indicator.sentence_start]
    opening = _CLAUSE_OPENING.match(left)
    words = left[opening.end() if opening else 0 :].split()[-6:]
    if language == "ru":
        while words and (is_ru_verb(words[-1]) or _edge_word(words[-1], language)):
            words.pop()
        words = drop_ru_predicate(words)
    else:
        words = drop_kk_predicate(words)
    return settle_item(" ".join(words), language)


def _read_again(indicator: Indicator, language: str) -> str:
    """A hollow item read again from the sentence: (English) the subject after a reporting verb and
    without time phrases; (Russian) what a reporting verb names before the figure; (Russian,
    Kazakh) else the words of its clause before it, without their predicate."""
    if language == "en":
        return _subject_again(indicator)
    if language == "ru":
        reported = _RU_REPORTED.match(indicator.sentence, 0, indicator.start_char - indicator.sentence_start)
        if reported:
            return settle_item(reported["named"], "ru")
    return _clause_subject(indicator, language)


# (English) a measure named by a bare noun and the thing it is of, told before it: "facilities
# with a total capacity of [163 MW]", "new boilers ... at an estimated cost of [140 billion]", "The
# road will cost [382 billion]"
_EN_MEASURES = frozenset("capacity cost value worth price budget area length volume".split())
_EN_MEASURE_OF = re.compile(
    r"(?P<owner>.*?)\s*(?:,\s*)?\b(?:with|at|for)\s+(?:an?\s+|the\s+|its\s+)?(?:(?:total|combined|installed|"
    r"estimated|overall|design|annual|projected)\s+)*(?P<measure>capacity|cost|value|worth|price|budget|area|length|"
    r"volume)\s+of\s*(?:about|around|some|nearly|almost|over|more\s+than|up\s+to)?\s*$"
    r"|(?P<payer>.*?)\s+(?:will|would|is\s+to|are\s+to|should|could|to)?\s*(?P<verb>cost)s?\s*"
    r"(?:about|around|some|nearly|almost|over|more\s+than|up\s+to)?\s*$",
    re.I | re.S,
)


def _measure_of(indicator: Indicator, item: str) -> str:
    """(English) 'capacity of <the facilities>' for an item that is a bare measure noun whose
    owner stands before "with/at ... capacity of" or "will cost"; "" when there is none."""
    if item.casefold() not in _EN_MEASURES:
        return ""
    from etl.extract.context import subject_before  # context.py imports the verb tables only

    left = indicator.sentence[: indicator.start_char - indicator.sentence_start]
    found = _EN_MEASURE_OF.fullmatch(left)
    if found is None:
        return ""
    owner_text = found["owner"] if found["measure"] else found["payer"]
    owner = settle_item(subject_before(owner_text or "") or "", "en")
    words = owner.split()
    # a unit ("adding 100 MW at a cost of") or a long run of clause words is no owner
    if (
        not words
        or len(words) > 5
        or owner.casefold() in _EN_MEASURES
        or _EN_UNIT.fullmatch(words[-1].casefold())
    ):
        return ""
    return f"{(found['measure'] or found['verb']).casefold()} of {owner}"


# A measure named again: a demonstrative or a possessive with a measure noun ("этот показатель",
# "бұл көрсеткіш", "their number", "оның көлемі", "олардың саны"), or a bare measure noun that is the
# whole item ("Показатель составлял 12,9%", "The volume reached"). It stands for the thing told
# before, as "it" does; a noun with a complement of its own ("уровень безработицы", "туристер саны",
# "the number of births") names its thing and is left alone.
_MEASURE_AGAIN = {
    "en": re.compile(
        r"\b(?:this|that|these|those|the|its|their)\s+(?P<noun>figure|number|indicator|volume|amount|total|level)s?\b"
        r"(?!\s+(?:of|for)\b)",
        re.I,
    ),
    "ru": re.compile(
        r"(?<!\w)(?P<pointer>(?:этот|эта|это|эти|данный|данная|данные|его|её|ее|их)\s+)?"
        r"(?P<noun>показател[ьи]|объ[её]мы?|числ[оа]|количество|цифр[аы])(?!\w)",
        re.I,
    ),
    "kk": re.compile(
        r"(?<!\w)(?P<pointer>(?:бұл|осы|оның|олардың)\s+)?(?P<noun>көрсеткіш|көрсеткіші|көлем|көлемі|саны)(?!\w)",
        re.I,
    ),
}
# a qualifier that may stay beside the thing named again: where it was measured ("Маңғыстау
# облысында бұл көрсеткіш", "В западных областях этот показатель", "Жеңіл өнеркәсіпте")
_KK_LOCATIVE = re.compile(r"\w+(?:да|де|та|те|нда|нде|дағы|дегі|тағы|тегі)", re.I)
_RU_WHERE = frozenset("в во на".split())


def _measure_again(indicator: Indicator, item: str, language: str, nearby: bool = False) -> str | None:
    """The words of an item that names a measure again ("Маңғыстау облысында бұл көрсеткіш" ->
    "Маңғыстау облысында", "этот показатель" -> ""), or None when it names its own thing."""
    if language == "en":
        # English items lose their determiner: the bare noun is read again in its clause
        if item.casefold().rstrip("s") not in {
            "figure",
            "number",
            "indicator",
            "volume",
            "amount",
            "total",
            "level",
        }:
            return None
        left = indicator.sentence[: indicator.start_char - indicator.sentence_start]
        said = [
            m
            for m in _MEASURE_AGAIN["en"].finditer(left)
            if m["noun"].casefold() == item.casefold().rstrip("s")
        ]
        return "" if said and _points_back(said[-1], left, language, nearby) else None
    found = _MEASURE_AGAIN[language].search(item)
    if found is None:
        return None
    left = indicator.sentence[: indicator.start_char - indicator.sentence_start]
    told = list(_MEASURE_AGAIN[language].finditer(left))
    # (the item may have lost the pointer: "оның [көлемі]")
    if told and told[-1]["pointer"] and not _points_back(told[-1], left, language, nearby):
        return None  # "создать Венчурный фонд, доведя его объем до": its owner is in the clause
    told_rest = (item[: found.start()] + " " + item[found.end() :]).strip()
    basis = _BASIS[language].match(told_rest) if language in _BASIS else None
    if basis is not None and basis.end() == len(told_rest):
        return _lowered(basis.group().strip(" ,"))  # "В денежном выражении показатель": the measure so told
    rest = settle_item(told_rest, language)
    words = [w for w in rest.split() if not _names_nothing(w, language)]
    if not found["pointer"] and words and not _place_only(rest, language):
        return None  # "уровень безработицы", "туристер саны": the noun has its own complement
    if not words:
        return ""
    if _place_only(rest, language) or (
        len(words) <= 3
        and (
            (language == "kk" and _KK_LOCATIVE.fullmatch(words[-1].strip(_WORD_EDGE)) is not None)
            or (language == "ru" and rest.split()[0].casefold() in _RU_WHERE)
        )
    ):
        return " ".join(
            w for w in rest.split() if not _VAGUE_FORM[language].fullmatch(w.strip(_WORD_EDGE).casefold())
        )
    return ""


# A possessive ("its volume", "их число", "оның көлемі") or the article ("the figure") may point at
# a noun of its own clause ("the Venture Fund, bringing its volume to"); a demonstrative ("this
# figure", "этот показатель", "бұл көрсеткіш") points back past it.
_DEMONSTRATIVE = frozenset("this that these those the этот эта это эти данный данная данные бұл осы".split())


# words that open a sentence comparing with what was told ("Для сравнения", "Салыстыру үшін",
# "For comparison") or date it ("1 желтоқсандағы жағдай бойынша": as of 1 December; "Бес жыл
# бұрын", "пять лет назад": a number word of a time ago)
_POINTER_LEADS = frozenset(
    "для сравнения салыстыру үшін жағдай бойынша for comparison by ago назад бұрын "
    "one two three four five six seven eight nine ten один два три четыре пять шесть семь восемь девять "
    "десять бір екі үш төрт бес алты жеті сегіз тоғыз он".split()
)


def _points_back(pointer: re.Match[str], left: str, language: str, nearby: bool) -> bool:
    """Whether a measure named again points at the thing told before its sentence: a demonstrative
    always does; a possessive or "the" only when the words before it in the sentence name no thing
    of their own (a time, a place, "Regionally,": "In 2024, their number", "Бір жылда олардың
    саны", "Қостанай облысында олардың саны"), or when a figure before it in its sentence told
    the thing ("About 20 thousand grants are offered, and their number")."""
    if nearby or pointer.group(0).split()[0].casefold() in _DEMONSTRATIVE:
        return True
    before = " ".join(
        w for w in left[: pointer.start()].split() if not w.strip(_WORD_EDGE).casefold().endswith("ly")
    )
    before = settle_item(
        " ".join(w for w in before.split() if w.strip(_WORD_EDGE).casefold() not in _POINTER_LEADS), language
    )
    return not before or _place_only(before, language) or _qualifier_only(before, language)


def _qualifier_only(item: str, language: str) -> bool:
    """Whether an item is only a phrase of where ("темекі өнімдерінде", "в центральном Казахстане")."""
    words = item.split()
    if language == "kk":
        return len(words) <= 3 and _KK_LOCATIVE.fullmatch(words[-1].strip(_WORD_EDGE)) is not None
    return language == "ru" and words[0].casefold() in _RU_WHERE


def _people_named(indicator: Indicator, language: str) -> str:
    """Who the people of a count of people are, read again from its clause: the subject a level
    is told of ('The number of domestic tourists reached 3.4 million people'), the words of the
    clause before the figure ('внутренних туристов насчитали 816,5 тыс. человек'); "" when the
    clause names nobody."""
    left = indicator.sentence[: indicator.start_char - indicator.sentence_start]
    if language == "en" and not _EN_COUNTED.search(left):
        return ""  # "actions covered 6.2 million people": a subject that is not the people counted
    named = _read_again(indicator, language)
    if not named or _place_only(named, language):
        return ""
    tokens = named.split()
    while len(tokens) > 1 and _edge_word(tokens[-1], language, opening=True):
        tokens.pop()  # "туристер саны [2021 жылы]": the time of the count, not who
    named = " ".join(tokens)
    words = [w.strip(_WORD_EDGE) for w in tokens]
    if any(_PEOPLE[language].fullmatch(w) for w in words):
        return ""  # "4,1 млн адамнан өткен жылы [5,9 млн адамға]": another count of people
    if all(_names_nothing(w, language) or _TIME_FORM[language].fullmatch(w.casefold()) for w in words):
        return ""  # "в этом году", "жазғы маусымда"
    if language == "en":
        first = words[0].casefold()
        if is_inflected_verb(first) or first.endswith("ing") or first in _EN_NO_GROUP:
            return ""  # "providing jobs", "add", "percent": a verb or a measure, not who
    elif language == "ru":
        # the subject of a count of people is in the nominative: a preposition or a relative word
        # opening, or a verb at either end, is the clause's adverbial or predicate ("где занято",
        # "в авариях", "метро перевезло")
        if (
            words[0].casefold() in _RU_NOT_SUBJECT
            or any(is_ru_verb(w) for w in words)
            or any(
                _RU_PAST.fullmatch(w.casefold()) and w.casefold() not in _RU_NOUNS_LIKE_PASTS
                for w in (words[0], words[-1])  # "Проведено 11 мероприятий с участием"
            )
            or (len(words) == 1 and _RU_ADJECTIVE.fullmatch(words[0].casefold()))
        ):
            return ""
    elif _KK_OBLIQUE.fullmatch(words[-1].casefold()) or words[-1].casefold() in _KK_NOT_SUBJECT:
        return ""  # "облысқа", "аймағына", "кәсіпорында", "ұлттық спортпен", "оны": a case that is no subject
    return named


_EN_NO_GROUP = frozenset("add accommodate percent number share payments".split())
_RU_NOT_SUBJECT = frozenset(
    "в во на к ко за с со по из от для где куда которых которые ею ней нем нём них ним этой этим этот "
    "зимой летом весной осенью хотя так".split()
)
# a Kazakh noun closing with a dative, locative, ablative or instrumental ending
_KK_OBLIQUE = re.compile(
    r"\w+(?:ға|ге|қа|ке|[ыі]на|[ыі]не|да|де|та|те|дағы|дегі|тағы|тегі|нан|нен|дан|ден|тан|тен|мен|бен|пен|ды|ді|ты|ті)",
    re.I,
)
# a Russian plural or neuter past at either end ("умерли", "выбыли", "перевезло", "Проведено") and
# a lone adjective ("вступительные"): the predicate or a modifier of the people counted, not who
_RU_PAST = re.compile(r"\w{3,}(?:ли|ло|но|то|ив|ав|ев|нув|вшись)")  # and "составив", "достигнув"
_RU_NOUNS_LIKE_PASTS = frozenset(
    "число село место лето масло стекло окно зерно золото состав актив архив".split()
)
_RU_ADJECTIVE = re.compile(r"\w+(?:ые|ых|ий|ый|ая|ое|ие|их)")
_KK_NOT_SUBJECT = frozenset("оны оларды оған оларға оларда онда мұнда".split())


# (English) the predicate that follows a count of people and says what they did or are: an
# auxiliary or modal, or a past form ("13.1 mln people [travelled by train]", "370 people [will
# work at the plant]", "2.3 million people [were in need of housing]"); "who", a comma or "or" do not
_EN_PEOPLE_PREDICATE = re.compile(
    r"\s*(?:people|persons|individuals)?\s+(?P<predicate>(?:(?:will|would|were|was|are|is|have|has|had|can|could|"
    r"should|must|still|also|officially)\s+)*(?:[a-z]{3,}ed|[a-z]+ing|went|came|took|saw|got|left|made|"
    r"will|were|are|have|had)\b[^,;:.()–—\d]*)",
)


_EN_PREPOSITIONS = frozenset("during in at on for with by to from of into after before since".split())


def _people_doing(indicator: Indicator, language: str) -> str:
    """(English) 'people' with the predicate after the count, up to its clause's end and six words:
    '13.1 mln people travelled by train' -> 'people travelled by train'; "" with none."""
    if language != "en":
        return ""
    after = indicator.sentence[indicator.end_char - indicator.sentence_start :]
    found = _EN_PEOPLE_PREDICATE.match(after)
    if found is None:
        return ""
    words = re.split(r"\s+(?:and|or|but|while|which|when)\s+", found["predicate"])[0].split()[:6]
    while words and (
        _edge_word(words[-1], language, opening=True) or words[-1].casefold() in _EN_PREPOSITIONS
    ):
        words.pop()  # "visited the ethnic village [and took ...]", "without work [during]", "in Astana [from June]"
    return f"people {' '.join(words)}" if words else ""


def _counts_people(sentence: str, language: str) -> bool:
    return any(_PEOPLE[language].fullmatch(w.strip(_WORD_EDGE)) for w in sentence.split())


def _group_by_verb(indicator: Indicator, language: str) -> str:
    """The group of a count of people named by the verb told of them (people_groups.py)."""
    start = indicator.start_char - indicator.sentence_start
    return group_by_verb(indicator.sentence, start, start + len(indicator.surface), language)


# a Kazakh conditional or converb between two figures ("3,4 млн адам болса, ... 11 млн адамға жетті")
_KK_LINKING_VERB = re.compile(r"\w+(?:са|се|ып|іп|п)", re.I)


def _told_here(figure: Indicator, language: str) -> bool:
    """Whether a figure's item is read in its own sentence: its first word stands before the figure
    there, or a measure named again does ("олардың саны 1,2%-ға азайып"), not one carried from an
    earlier sentence ("The self-employed accounted for 23.6 percent" read as "population")."""
    words = figure.item.split()
    if not words:
        return False
    left = figure.sentence[: figure.start_char - figure.sentence_start]
    return words[0].strip(_WORD_EDGE).casefold()[:5] in left.casefold() or bool(
        _MEASURE_AGAIN[language].search(left)
    )


# words that set one group against another ("59.6% of the total, while 7,766,700 people")
_CONTRAST = frozenset("while whereas but а тогда как ал бірақ алайда".split())


def _counts_on(before: Indicator, indicator: Indicator, language: str) -> bool:
    """Whether a count of people goes on counting what the figure before it in the sentence
    counted: nothing but counters, times, verbs and function words between them ("4,1 мың
    адамнан 5,2 мың адамға", "2010 жылы 3,4 млн адам болса, 2022 жылы 11 млн адамға жетті"), not
    another thing ("disability benefits ... to 520.8 thousand people, and survivor benefits to")."""
    if indicator.unit != "count":
        return False
    counted = before.unit == "count"
    if not counted and not (before.is_change or before.unit == "percent"):
        return False  # "142 projects worth 96.1 billion tenge, which gave 285,000 people"
    # a change, then the level it led to ("саны 0,1%-ға көбейіп, 453,5 мың адамға жетті", "rose 1.1%,
    # to 442,900 people"), or a share, then the people it is ("23.6 percent of them, or 2.1 million
    # people"): the count is of what the change or the share was told of, when only function words
    # and verbs stand between them ("59.6% of the total, while 7,766,700 people": another group)
    if not counted and (
        not _told_here(before, language)
        or counter_only(before.item, language)
        # (a measure named again, "their number", or a place alone, "rural areas", names no group)
        or all(_names_nothing(w, language) or w.casefold() == "number" for w in before.item.split())
        or where_only(before.item, language)
    ):
        return False
    start = before.end_char - before.sentence_start
    between = indicator.sentence[max(start, 0) : indicator.start_char - indicator.sentence_start]
    for word in between.split():
        plain = word.strip(_WORD_EDGE)
        if (not counted and plain.casefold() in _CONTRAST) or is_group_verb(plain, language):
            return False  # ("прибыли 11 267 человек, выехали из страны 3518": another group)
        if not (
            (_names_nothing(plain, language) if counted else _edge_word(plain, language, opening=True))
            or _PEOPLE[language].fullmatch(plain)
            or (language == "kk" and (is_kk_verb(plain) or _KK_LINKING_VERB.fullmatch(plain)))
            or (language == "ru" and is_ru_verb(plain))
            or (language == "en" and is_inflected_verb(plain))  # "245,000 people, reaching 18,877,100"
        ):
            return False
    return True


def _named_before(
    indicator: Indicator, item: str, antecedent: str | None, language: str, nearby: bool
) -> str:
    """An item that names a measure again takes the thing named before it (`antecedent`: the
    sentence's figure before it, else the last figure's before the sentence), with the place or
    branch it keeps of its own: 'Өткен жылы бұл көрсеткіш' -> 'Газдандыру деңгейі', 'Ұлытау
    облысында бұл көрсеткіш' -> 'тұрғын үй бағасы Ұлытау облысында'. "" when it names its own
    thing or nothing was named before."""
    if not item or not antecedent or language not in _MEASURE_AGAIN:
        return ""
    qualifier = _measure_again(indicator, item, language, nearby)
    if qualifier is None or _measure_again(indicator, antecedent, language) is not None:
        return ""
    measure = _without_places(antecedent, language) if qualifier else antecedent
    if not measure or counter_only(measure, language) or _qualifier_only(measure, language):
        return ""  # a counter ("человек") or a place's phrase ("темекі өнімдерінде") names no measure
    return f"{measure}{_PLACE_JOIN[language]}{qualifier}" if qualifier else measure


def settle_items(language: str, indicators: list[Indicator], before: str | None) -> list[Indicator]:
    """Each indicator with its item settled (`settle_item`). A hollow item takes the item of the
    figure before it in the sentence; else the item read again (`_read_again`); else `before`, the last figure's before the sentence, when the clause refers back to
    it (a change, "Это на 3,2% больше", "compared with"); it stays as it was when there is none."""
    settled: list[Indicator] = []
    # the measure a list of places shares ("housing commissioning" in "..., Almaty region 10.9%, East
    # Kazakhstan 8.4%") and the last item composed of it
    measure, composed = "", ""
    for indicator in indicators:
        item = indicator.item or ""
        if (
            item or language != "en"
        ):  # an empty Russian or Kazakh item is hollow too ("Это на 5,6 тыс. тонн больше")
            kept = settle_item(item, language)
            if language == "en" and item:
                # "government's goal", "goal of securing": what the goal measures (goal_items.py)
                goal = goal_measure(indicator, kept or item)
                kept = kept if goal is None else goal
            if language == "ru":
                kept = _without_verb_before_where(kept)
            if (
                (not kept or is_group_verb(kept.split()[0], language))  # "выбыли из нее [12 005]"
                and indicator.unit == "count"
                and _counts_people(indicator.sentence, language)
            ):
                # "прибыли 11 267 человек, выехали из страны 3518": a bare count beside a verb that
                # names its group is of that group, not of the figure's before it (only in a
                # sentence that counts people: "Телят родилось 2,8 млн" are not "родившиеся")
                kept = _group_by_verb(indicator, language) or kept
            previous = (
                settled[-1].item
                if settled
                else (_read_again(indicator, language) if not kept else "")
                or (before if _told_of_before(indicator, language) else None)
            )
            part = _PART_OPENING.sub("", kept)  # "в том числе 12 тыс. тонн в Китай"
            if part and previous and _place_only(part, language, origins=True):
                # "Almaty region 10.9%, East Kazakhstan 8.4%", "из них 800 тыс. из Узбекистана",
                # "Ресейден 95 мың": a place alone is where the measure told before was taken, or
                # where what it counts came from or went to, not a measure of its own
                measure = (
                    measure if previous == composed else _without_places(previous, language, origins=True)
                )
                if measure:
                    kept = composed = f"{measure}{_PLACE_JOIN[language]}{part}"
            if language == "en" and kept:
                kept = _measure_of(indicator, kept) or kept
                kept = _en_member_bound(indicator, kept, previous or "") or kept
            if kept and counter_only(kept, language):
                # "reached 3.4 million people", "внутренних туристов насчитали 816,5 тыс. человек":
                # who the people are is told in the clause; a count that goes on from the figure
                # before it ("4,1 мың адамнан 5,2 мың адамға") counts what that one counted
                same = bool(settled) and _counts_on(settled[-1], indicator, language)
                kept = (
                    # "Қытайдан 120 мың, Ресейден 95 мың, Өзбекстаннан 60 мың адам келді": the last
                    # member of a list of wheres, its counter closing the list, is of the list's measure
                    (_where_before(indicator, measure, language) if previous and previous == composed else "")
                    or _people_named(indicator, language)
                    or (settled[-1].item if same else "")
                    # "в городах проживают 12,3 млн человек": the residents (people_groups.py)
                    or _group_by_verb(indicator, language)
                    or _people_doing(indicator, language)
                    or kept
                )
            # "этот показатель", "бұл көрсеткіш", "their number": the thing named before it
            antecedent = settled[-1].item if settled else before
            named = kept or item
            if language != "en" and counter_only(named, language):
                # "В Алматы этот показатель достиг 1,8 млн [человек]": the measure named again is in
                # the clause, not among the counter's words
                named = _clause_subject(indicator, language) or named
            kept = _named_before(indicator, named, antecedent, language, bool(settled)) or kept
            # "56,44 тенге без НДС или 63,21 тенге с НДС": the neighbour's thing on this figure's basis
            on_basis = _on_own_basis(item, previous, language) if not kept and previous else None
            # (a neighbour of nothing but a basis lends none: "28,19 тенге без НДС или 31,57 тенге с НДС")
            item = kept or on_basis or (previous if on_basis is None else item) or item
        if settled and item and item != indicator.item:
            settled[-1] = _first_member_where(settled[-1], item, language)
        if settled and _between_ends(settled[-1], indicator, item):
            item = settled[-1].item  # "76 950 теңгеден 86 987 теңгеге": the new level of the same thing
        settled.append(replace(indicator, item=item) if item != indicator.item else indicator)
    return rank_items(language, indicators, settled, before)


_PLACE_JOIN = {"en": ", ", "ru": " ", "kk": " "}
# the words opening a part of the total told before ("в том числе", "из них", "including")
_PART_OPENING = re.compile(r"^(?:в\s+том\s+числе|из\s+них|including|of\s+which|оның\s+ішінде)\s+", re.I)


def _without_places(item: str, language: str, origins: bool = False) -> str:
    """The measure an item names without its place ("construction, Kyzylorda" -> "construction"):
    "" when nothing but a place and edge words is left."""
    words, _ = _unplaced(item, language, origins)
    # a measure is named by a common noun, not by a name's leftover ("Западно-Казахстанской") nor a
    # connective opening a sentence ("Есесіне бұл көрсеткіш"); a capital opening a noun phrase of
    # more words is the sentence's first ("Жұмыссыздық деңгейі Астанада", "Туристер саны")
    opening = (
        origins
        and len(words) >= 2
        and not _names_nothing(words[0], language)
        and all(w[:1].islower() for w in words[1:])
    )
    if not opening and not any(w[:1].islower() and not _names_nothing(w, language) for w in words):
        return ""
    # (a Kazakh participle is an attribute inside a noun phrase, "берілген тұрғын үй": its verb ends it)
    told = words[-1:] if language == "kk" else words
    if origins and any(_told_verb(w.strip(_WORD_EDGE), language) for w in told):
        return ""  # "186 тонн ушло в Узбекистан, 176 тонн — в Турцию": a clause's words, no measure
    return settle_item(" ".join(words), language)


# a past or a short participle ("ушло", "поступили", "отправлено"), not a noun so ended
_RU_TOLD = re.compile(r"\w{2,}(?:ло|ли|ано|ено|ято|ыто|лась|лось|лись)|(?:вы|под|за)рос(?:ла)?")
_RU_NOUNS_LIKE_TOLD = frozenset("земли доли соли роли цели сели".split())


# "..., including 2.1 million tonnes to Uzbekistan", "of which 4 million tonnes went to China": where
# a member of a list went or came from, told right after it (a verb or two of its own before it)
_EN_CALENDAR = "|".join(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)
_EN_BOUND_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?P<bound>(?:to|from)\s+(?:the\s+)?(?!(?:" + _EN_CALENDAR + r")\b)"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
)


def _en_member_bound(indicator: Indicator, item: str, previous: str) -> str:
    """A member of a list that shares the measure of the figure before it ("Exports of wheat"), or
    a count named by its own noun ("33,000 tourists"), with where it went or came from told after
    it: 'Exports of wheat to Uzbekistan', 'tourists from China'; "" else."""
    bound = _EN_BOUND_AFTER.match(indicator.sentence, indicator.end_char - indicator.sentence_start)
    if bound is None:
        return ""  # (read first: most figures have no where after them, and the tests below cost more)
    after = indicator.sentence[indicator.end_char - indicator.sentence_start :]
    # "33,000 tourists came from China": the count's own noun, in its surface or right after it
    own = any(item.casefold() in text.casefold() for text in (indicator.surface, after[: len(item) + 1]))
    if (
        _EN_UNIT.fullmatch(item)
        or not any(w[:1].islower() for w in item.split())
        or (not own and item not in (previous, _without_places(previous, "en", True)))
    ):
        return ""  # (a unit, "24 billion tenge from the Government reserve", or a name names nothing to go beside)
    # (a measure that holds the member before's where, "Sales to Uzbekistan", takes this one's instead)
    return f"{' '.join(_ORIGIN['en'].sub(' ', item).split()) or item} {bound['bound']}"


_RU_ALL = frozenset("все всё всех всего всем".split())


def _without_verb_before_where(item: str) -> str:
    """A Russian item told as a clause of a subject, its past verb and where ('цены выросли в
    Актобе', 'гостей приезжало из Индии'): the subject and the where without the verb."""
    words = item.split()
    verbs = [n for n, word in enumerate(words) if _told_verb(word.strip(_WORD_EDGE), "ru")]
    if len(verbs) != 1 or not 0 < verbs[0] < len(words) - 1:
        return item
    head, where = words[: verbs[0]], words[verbs[0] + 1 :]
    if not where_only(" ".join(where), "ru") or any(
        _names_nothing(w, "ru") or w.casefold() in _RU_ALL for w in head[-1:]
    ):  # ("Больше всех внесет Алматы": no subject before the verb)
        return item
    return " ".join(head + where)


def _where_before(indicator: Indicator, measure: str, language: str) -> str:
    """`measure` with the where phrase standing right before the figure ('Өзбекстаннан 60 мың'); ""
    when none stands there."""
    left = indicator.sentence[: indicator.start_char - indicator.sentence_start].rstrip(" –—-:(")
    where = next(
        (m for m in _ORIGIN[language].finditer(left, max(0, len(left) - 48)) if m.end() == len(left)), None
    )
    if not measure or where is None:
        return ""
    return f"{measure}{_PLACE_JOIN[language]}{where.group()}"


def _first_member_where(first: Indicator, member: str, language: str) -> Indicator:
    """The figure before a list member that took the shared measure with its own where
    ('туристов из России'), when it kept the bare measure ('туристов') and its own where stands
    right before it ('больше всего туристов приехало из Китая — 120 тыс.'): that measure with its
    where, 'туристов из Китая'. Else the figure as it was."""
    measure = first.item
    if not measure or not member.startswith(measure) or not where_only(member[len(measure) :], language):
        return first
    item = _where_before(first, measure, language)
    return replace(first, item=item) if item else first


def _told_verb(word: str, language: str) -> bool:
    """Whether a word of an item is a verb or a participle telling what was done ("ушло",
    "следуют", "жөнелтілді")."""
    plain = word.casefold()
    if language == "ru":
        told = _RU_TOLD.fullmatch(plain) and plain not in _RU_NOUNS_LIKE_PASTS | _RU_NOUNS_LIKE_TOLD
        return is_ru_verb(plain) or bool(told)
    if language == "kk":
        return is_kk_verb(plain)
    return is_inflected_verb(plain)


def _between_ends(first: Indicator, second: Indicator, item: str) -> bool:
    """Whether `second` is the "to" end of the range or change `first` opens and its item was read
    from the first end and the words up to the second (the first end's unit, "теңгеден")."""
    if first.role != "from" or second.role != "to" or not first.item or not item:
        return False
    # the first end's own words count: its surface holds its unit ("76 950 теңгеден")
    between = first.sentence[
        first.start_char - first.sentence_start : second.start_char - second.sentence_start
    ]
    return item in between
