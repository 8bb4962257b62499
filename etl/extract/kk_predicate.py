"""The predicate that ends a Kazakh clause, read by its morphology: its tense or aspect, whether it
only reports a figure's level (a copula), and whether it tells a state that holds at publication.

Kazakh puts the verb last and marks tense with regular endings, so one reader of the clause's last
words tells what a figure's clause says about time without a list of phrases: the simple past
("өсті", "берілді", "құрады"), the perfect participle ("өскен", "шоғырланған"), the aorist, a present
or a future ("жұмыс істейді", "салынады", "құрайды"), the progressive ("жүргізілуде", "жүріп
жатыр"), the intent ("салынбақ"), an ability ("сақтай алады", "мүмкіндік береді"), what there is
("бар", "жоқ", "... деңгейінде тұр") and a clause with no verb ("жол ақысы 120 теңге")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

Tense = Literal[
    "past",
    "perfect",
    "aorist",
    "future",
    "progressive",
    "intent",
    "ability",
    "existential",
    "nominal",
    "reported",
]

# the clause's last word, skipping closing punctuation and quotes
_LAST_WORD = re.compile(r"([^\W\d_]+(?:-[^\W\d_]+)?)[\s.,;:!?»\"')]*$")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")
# what a clause's last word with its closing marks spans, as a rule
_END_WINDOW = 16


def _search_at_end(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """pattern.search(text, start, end) for _LAST_WORD or _WORD_BEFORE, read from the last space
    at least _END_WINDOW before `end` first. Their matches are letters (and a hyphen) followed by
    spaces or marks up to `end`, and the search backtracks through every letter of the clause,
    which costs as the square of its length. A match that started before the space would hold it
    and so could have no letter after it: when the window finds a match, it is the search's."""
    space = text.rfind(" ", start, end - _END_WINDOW)
    if space >= 0:
        found = pattern.search(text, space + 1, end)
        if found is not None:
            return found
    return pattern.search(text, start, end)


# auxiliaries of a lasting state or an action going on: "істеп тұр", "жүріп жатыр", "деңгейінде тұр"
_AUXILIARY = frozenset(("тұр", "отыр", "жатыр", "жүр"))
# "жүргізілуде", "салынуда"; and the stems of two letters ("білім алуда", "өсуде", "еңбек етуде")
_PROGRESSIVE = re.compile(r"(?:[^\W\d_]{3,}|^(?:ал|өс|ет|ас|ег))(?:уда|уде|юда|юде)$")
# a bracket opening on a figure right after a word: "шығаруда (28)", "өңдеуде (4 жоба)"
_NAMES_BRACKETED_FIGURE = re.compile(r"\s*\(\s*\d")
_INTENT = re.compile(r"[^\W\d_]{2,}(?:мақ|мек|бақ|бек|пақ|пек)(?:шы|ші)?$")  # "салынбақ", "жетпек"
_PERFECT = re.compile(r"[^\W\d_]{2,}(?:ған|ген|қан|кен)$")  # "шоғырланған", "өскен"
_NEGATIVE_AORIST = re.compile(r"[^\W\d_]{2,}[мбп][аеә]йд[ыі]$")  # "аспайды": what is not so
# The aorist: a vowel stem's "-йды/-йді" ("құрайды", "өңдейді"), a consonant stem's "-ады/-еді"
# ("алады", "береді", "салынады"). The same letters end the past of a stem in -ла/-да/-де
# ("жоспарлады", "өңдеді": a consonant before the stem's last syllable) and of the few vowel
# stems in -ра/-са/-ай/-ей whose past reads as an aorist ("құрады", "көбейді").
# (and a stem in -ы/-і's "-иды/-иді": "тасиды", "оқиды"; not "тиді", hit, with one letter before)
_AORIST = re.compile(r"[^\W\d_]{2,}(?:[аеәыіоөұүя]й(?:ды|ді)|(?:ады|еді|иды|иді))$")
_STEM_PAST = re.compile(
    r"[^\W\d_]*[бвгғджзйклмнңпрстфхцчшщқ](?:ла|ле|да|де)(?:ды|ді)$"
    # and of a stem in -та/-те after a consonant: "қымбаттады", "тоқтады", "бастады" (not "артады", "кетеді")
    r"|[^\W\d_]*[тқкс]т(?:ады|еді)$"
)
# the past of a stem in -ла after a vowel ("бақылады": watched), which ends like a passive aorist
# ("жазылады": will be written); their own aorist is "бақылайды". Watched, discussed, assessed,
# announced, supervised, cleaned, elected.
KK_LA_STEM_PAST = re.compile(r"^(?:бақыла|талқыла|бағала|жарияла|қадағала|тазала|сайла)ды$")
_VOWEL_STEM_PAST = re.compile(
    r"^(?:құра|жаса|сана|қара|төле|көбей|азай|ұлғай|ту|үде|бақыла|талқыла|бағала|жарияла|қадағала|тазала|сайла)"
    r"(?:ды|ді)$"
)  # "үдеді": sped up
# a passive stem ("салын-", "беріл-", "төлен-"): what is done to things
_PASSIVE = re.compile(r"(?:[ыі][лн]|[аеә][лн])(?:ады|еді|ды|ді|ған|ген|уда|уде|бақ|бек|мақ|мек)$")
# stems whose -ан/-ал is their own, not a passive: "пайдаланады", "қолданады" (uses; the passive is
# "пайдаланылады", "қолданылады"), "алады" (takes, buys: "сатып алады")
_ACTIVE_IN_N = re.compile(r"^(?:пайдалан|қолдан|ал)(?:ады|ған|ды|уда)$")
_PAST = re.compile(r"[^\W\d_]{2,}(?:ды|ді|ты|ті)$")
# nouns with the possessive "-ы/-і" after a final "т" that end as a past does ("бюджеттің қаражаты": the
# budget's funds; "кәсіпорынның бағыты", "зауыты", "қызметі"): no verb (+k22kk)
KK_NOUNS_LIKE_PAST = frozenset(
    (
        "қаражаты",
        "қызметі",
        "санаты",
        "комбинаты",
        "бағыты",
        "шарты",
        "зауыты",
        "курорты",
        "аманаты",
        "ақпараты",
    )
)
# perfects of a resultative state: where things are or are gathered ("орналасқан", "шоғырланған")
_STATIVE_PERFECT = re.compile(r"^(?:орналас|шоғырлан)(?:қан|ған)$")
# a converb before "алады", an ability: "сақтай", "өңдей" (a vowel stem's), "өндіре", "бере" (a
# consonant stem's; not a noun in -а/-е, "үстеме алады": receives a bonus)
_ABLE_CONVERB = re.compile(r"(?:й|[^\W\d_]{2,}[рлнсткқзшғг][аеә])$")
_CHANGE_CONVERB = re.compile(r"(?:арттыр|ұлғайт|көбейт|азайт|қысқарт|төмендет|өсір)[аеә]$")
_DATIVE = re.compile(r"(?:ға|ге|қа|ке|на|не)$")
# verbs of planning, expecting or aiming, whatever their tense: "көздейді", "жоспарлайды", "күтеді"
_PLANNING = re.compile(r"^(?:көзде|жоспарла|межеле|болжа|күт|мақсат\s?)")
# a change or a creation an ability leads to ("өндіруді 12 млн тоннаға ұлғайтуға мүмкіндік береді",
# "жұмыс орнын ашуға"): an outcome ahead, not what a plant can do now
# (and providing for or employing people: "3 мың отбасын баспанамен қамтамасыз етуге", "жұмыспен қамтуға")
_DEED_STEMS = r"(?:ұлғайт|арттыр|көбейт|азайт|қысқарт|төмендет|жеткіз|құр|аш|сал|тұрғыз|енгіз|үнемде|қамтамасыз\s+ет|қамт)"
_CHANGE_TO_COME = re.compile(_DEED_STEMS + r"(?:уға|уге)\s+$")
# the aorist of such a verb ("Жобалар 4 мың жұмыс орнын ашады"): a deed still to come, not a habit
# ("құрайды" is the aorist of "құра-", to make up, a copula: only a consonant stem's "-ады/-еді")
_DEED_AORIST = re.compile(r"^" + _DEED_STEMS + r"(?:ады|еді)$|^үнемдейді$")

# verbs that report a figure's level, not a state of their own: "құрады/құрайды", "жетті/жетеді",
# "асты/асады", "болды/болады", "тең"
_COPULA = re.compile(r"^(?:құра(?:ды|йды|ған)|жет(?:ті|еді|кен)|ас(?:ты|ады|қан)|бол(?:ды|ады|ған)|тең)$")
# the aorist of what is so and goes on: lives, runs, studies, is engaged in; works ("жұмыс істейді", "еңбек етеді")
_STATE_AORIST = re.compile(r"^(?:тұрады|қатынайды|жүреді|оқиды|айналысады|шұғылданады)$")
_STATE_PAIRS = frozenset(
    (
        ("жұмыс", "істейді"),
        ("жұмыс", "жасайды"),
        ("еңбек", "етеді"),
        ("қызмет", "көрсетеді"),
        ("білім", "алады"),
        ("білім", "береді"),  # teaches ("Оқушыларға 340 мың ұстаз білім береді"), as "білім алады" studies
    )
)
# what a reporting verb says ("... жетеді деп күтілуде", "... деп хабарлады"): another's words
_SAID = frozenset(("деп", "деді", "дейді"))
# "екенін", "екендігін" before a verb of saying: that it is, a state reported
_THAT_IT_IS = frozenset(("екенін", "екендігін"))
# a verb of meaning or showing after what it tells ("20 пайызға артқанын білдіреді", "өскендігін
# көрсетеді"): the participle it takes is the figure's own predicate, the verb dates nothing
KK_MEANS = frozenset(("білдіреді", "көрсетеді", "дәлелдейді", "аңғартады"))
_THAT_IT_DID = re.compile(r"[^\W\d_]{2,}(?:ған|ген|қан|кен)(?:дығ|діг|дық|дік)?(?:ын|ін|ы|і)$")
# the first word of a verb of saying in two words: "атап өтті", "атап көрсетті", "мәлім етті", "айтып өтті"
_SAYING_FIRST = frozenset(("атап", "мәлім", "айтып"))
# an adjective that tells what a thing costs now ("қант 18 пайызға қымбат")
_PRICE_STATE = frozenset(("қымбат", "арзан"))


@dataclass(frozen=True)
class ClausePredicate:
    """The last word of a clause read as its predicate."""

    word: str
    tense: Tense
    copular: bool  # only reports a level ("құрады", "жетеді")
    stative: bool  # tells a state that holds as the text is written ("бар", "жұмыс істейді")
    passive: bool  # "салынады", "беріледі": what is done to things (an aorist of it is a deed ahead)
    planning: bool  # a verb of planning or expecting ("көздейді", "күтеді"): a plan or an outlook
    start: int  # (of the word before too, when two words make the predicate: "жұмыс істейді")
    end: int


# The rules of one sentence ask for the same clause's predicate several times (about a third of
# the calls repeat one of the last 16); a few clauses back is enough, the answer is frozen.
@lru_cache(maxsize=16)
def read_predicate(text: str, start: int, end: int) -> ClausePredicate | None:
    """The predicate of the clause text[start:end], read from its last word (and the word before
    it, for an auxiliary or an ability); None when the clause ends on no word."""
    last = _search_at_end(_LAST_WORD, text, start, end)
    if last is None:
        return None
    word = last.group(1).lower()
    before_match = _search_at_end(_WORD_BEFORE, text, start, last.start(1))
    before = before_match.group(1).lower() if before_match else ""
    if before in _SAYING_FIRST and before_match is not None:
        # "... 40% екенін атап өтті": a saying of two words, the word before it tells what was said
        said_match = _search_at_end(_WORD_BEFORE, text, start, before_match.start(1))
        if said_match is not None and said_match.group(1).lower() in _THAT_IT_IS:
            before_match, before = said_match, said_match.group(1).lower()
    if before in _SAID:
        return ClausePredicate(word, "reported", False, False, False, False, last.start(1), last.end(1))
    if before in _THAT_IT_IS and before_match is not None:
        # "қоры 33 млрд тонна екенін хабарлаған": the figure's own predicate is "екен", what is
        return ClausePredicate(
            before, "existential", False, True, False, False, before_match.start(1), last.end(1)
        )
    if word in KK_MEANS and before_match is not None and _THAT_IT_DID.match(before):
        return ClausePredicate(
            before, "perfect", False, False, False, False, before_match.start(1), before_match.end(1)
        )
    tense, stative, two_words = _tense(word, before)
    if (
        tense == "progressive"
        and _NAMES_BRACKETED_FIGURE.match(text, last.end(1))
        and not _PASSIVE.search(word)
    ):
        # "құрылыс материалдарын шығаруда (28)", "ағаш өңдеуде (4)": the locative of a verbal noun naming
        # a field, its figure in the bracket after it, no verb going on (+ps41kk)
        tense, stative, two_words = "nominal", False, False
    if (
        tense == "ability" and word == "береді" and before_match is not None
        and _CHANGE_TO_COME.search(text[start : before_match.start(1)])
    ):  # fmt: skip
        tense, stative, two_words = "aorist", False, False
    first = before_match.start(1) if two_words and before_match else last.start(1)
    return ClausePredicate(
        word,
        tense,
        copular=bool(_COPULA.match(word)),
        stative=stative,
        passive=bool(_PASSIVE.search(word)) and not _ACTIVE_IN_N.match(word),
        # (the converb before an auxiliary plans too: "көздеп отыр", "жоспарлап отыр")
        planning=bool(_PLANNING.match(word) or (two_words and _PLANNING.match(before))),
        start=first,
        end=last.end(1),
    )


def _tense(word: str, before: str) -> tuple[Tense, bool, bool]:
    """(tense, stative, whether the word before is part of the predicate)"""
    if word in ("бар", "жоқ"):
        return "existential", True, False
    if word in _AUXILIARY:
        # "істеп тұр", "жүріп жатыр": going on now; "деңгейінде тұр", "сақтаулы тұр": where it stands
        return "progressive", True, True
    if word == "алады" and _ABLE_CONVERB.search(before):
        # "сақтай алады", "өндіре алады": can hold, can make, a state now; "арттыра алады": can raise,
        # a change it may bring, no state that holds at publication
        return "ability", not _CHANGE_CONVERB.match(before), True
    if word == "береді" and before == "мүмкіндік":
        return "ability", True, True  # "өңдеуге мүмкіндік береді": what a plant can do
    if _PROGRESSIVE.search(word):
        # (a passive one, "жаңартылуда", "жүргізілуде", is work on things, the span's while it runs)
        return "progressive", not _PASSIVE.search(word), False
    if _INTENT.search(word):
        return "intent", False, False
    if _NEGATIVE_AORIST.search(word) and not _VOWEL_STEM_PAST.match(word):
        # (not "көбейді", increased: the past of "көбей-", whose "-бейді" only looks like a negative)
        return "aorist", True, False  # "аспайды": what is not so now
    if _PERFECT.search(word):
        # (not after a dative, "демалыс орындарына орналасқан": were put up somewhere, a deed)
        return "perfect", bool(_STATIVE_PERFECT.match(word)) and not _DATIVE.search(before), False
    if _AORIST.search(word) and not _STEM_PAST.search(word) and not _VOWEL_STEM_PAST.match(word):
        pair = (before, word) in _STATE_PAIRS
        return (
            ("future", False, False)
            if _DEED_AORIST.match(word)
            else ("aorist", bool(_STATE_AORIST.match(word)) or pair, pair)
        )
    if _PAST.search(word) and word not in KK_NOUNS_LIKE_PAST:
        return "past", False, False
    return "nominal", word in _PRICE_STATE, False


# a repeat over time before the figure: every year, day, month; per day, per year; all year round
_HABITUAL = re.compile(
    r"(?<!\w)(?:(?:жыл|күн|ай|апта)\s+сайын|тәулігіне|жылына|айына|күніне|жыл\s+бойы"
    # a rule for each unit: "өтілдің әр қосымша жылы үшін", "әрбір артық жыл үшін" (+ps42kk)
    r"|әр(?:бір)?\s+(?:[^\W\d]+\s+){1,2}?үшін)(?!\w)",
    re.I,
)


def kk_habitual_present(text: str, start: int, figure_start: int, predicate: ClausePredicate) -> bool:
    """A rate told in the present ("Жыл сайын 110 млн тонна көмір өндіріледі", "тәулігіне 180 мың
    жолаушы тасиды"): a repeat word before the figure in its clause and an aorist predicate (a passive
    one too: a repeat is no single deed ahead). What holds at publication (FORMAT.md's present state)."""
    return predicate.tense == "aorist" and _HABITUAL.search(text, start, figure_start) is not None


_CONDITIONAL = re.compile(r"[^\W\d_]{2,}(?:са|се)$")  # "болса", "қамтылса", "экспортталса"


# a word that ends a clause: before a mark, a closing quote or the sentence's end
_CLAUSE_LAST = re.compile(r"([^\W\d_]+)(?=[\s»\"')]*(?:[.,;:!?]|$))")


def kk_told_done(text: str, start: int) -> bool:
    """The first verb to end a clause after `start` is the simple past ("биыл 700 мыңнан астам
    келушіні қабылдады", "биыл ... 12 пайызға, ал ... 25 пайызға өсті"): a deed told done, of the
    months gone by, not a rate or an explanation ("... көтерілуімен түсіндіреді"). Clause ends that
    are no verb ("12 пайызға,") are passed over."""
    for match in _CLAUSE_LAST.finditer(text, start):
        tense, _, _ = _tense(match.group(1).lower(), "")
        if tense != "nominal":
            return tense == "past"
    return False


# a sentence ending on a plan's word: "... 1 турбоагрегатты жөндеу жоспарланған", "салу көзделіп отыр"
_PLAN_TOLD_END = re.compile(r"(?<!\w)(?:жоспарлан|көздел)\w*(?:\s+(?:отыр|болатын|еді))?[\s.!»\"]*$", re.I)


def kk_tells_plan(text: str) -> bool:
    """The sentence tells a plan ("Петропавлдағы ЖЭО-2-де 5 қазандықты жөндеу жоспарланған"): work to
    come, no state of the present a sentence before named ("Қазіргі уақытта ... жөнделіп жатыр")."""
    return _PLAN_TOLD_END.search(text) is not None


def ends_conditional(text: str, start: int, end: int) -> bool:
    """A clause ending on the conditional "-са/-се" ("былтыр 1 283 отбасы үймен қамтылса, биыл ..."):
    in a news contrast the first half of a pair, each half with its own time and kind."""
    last = _search_at_end(_LAST_WORD, text, start, end)
    return last is not None and bool(_CONDITIONAL.search(last.group(1).lower()))


_PROVIDED = frozenset(("қарастырылған", "белгіленген"))


# "(көмектің) мөлшері 3 АЕК-тен ...": the size of a payment or a fee, named before the figure; and a
# price, fare, tariff or interest rate ("жол ақысы 120 теңге болып белгіленген", "тарифі", "мөлшерлемесі")
_RATE_SIZE = re.compile(r"(?<!\w)(?:мөлшері|ақысы|тарифі|бағасы|мөлшерлемесі)(?!\w)", re.I)


def kk_rate_in_force(text: str, start: int, figure_start: int, predicate: ClausePredicate) -> bool:
    """A payment rate set by the rules, a repeat word before the figure and "қарастырылған" or
    "белгіленген" ending the clause ("әр балаға ай сайын 1,5 АЕК ... төлем қарастырылған"), or its
    size, a price, a fare or a tariff set ("Жәрдемақы мөлшері 2 АЕК-тен 4 АЕК-ке дейін белгіленген",
    "жол ақысы 120 теңге болып белгіленген": the perfect, set and standing): in force at publication,
    actual, as English reads a level fixed and in force (FORMAT.md; kind_cues._in_force; a sum set
    aside for a period, with no repeat, stays a plan, and a plan's figure, "жоспар 71 млн тонна деп
    белгіленген", names no price)."""
    if predicate.word not in _PROVIDED:
        return False
    return _HABITUAL.search(text, start, figure_start) is not None or (
        predicate.word == "белгіленген" and _RATE_SIZE.search(text, start, figure_start) is not None
    )


# one for each: "әр балаға", "әр литрі", "ай сайын", "айына"
_FOR_EACH = re.compile(r"(?<!\w)(?:әр|әрбір|ай\s+сайын|жыл\s+сайын|айына|жылына)(?!\w)", re.I)
# a rate's form: "160 теңгеден", "4 АЕК мөлшерінде"
_RATE_ABLATIVE = re.compile(r"(?:дан|ден|тан|тен|нан|нен)$", re.I)
_RATE_MEASURE = re.compile(r"\s+мөлшер(?:інде|де)(?!\w)", re.I)
# paid, charged, sold or bought at it: "төленеді", "есептеледі", "босатылады", "сатып алады"
_PAID_AORIST = re.compile(
    r"^(?:төлен|есептел|беріл|босатыл|сатыл|аударыл)(?:еді|ады)$|(?:^|\s)(?:алады|төлейді)$"
)


def kk_rate_paid(text: str, clause: tuple[int, int], figure_start: int, figure_end: int) -> bool:
    """'Әр балаға 4 АЕК мөлшерінде қосымша есептеледі', 'әр литрі 160 теңгеден босатылады': a sum
    for each one, paid at a rate in the aorist, is a rate in force, actual (FORMAT.md), not a
    payment still to come."""
    if _FOR_EACH.search(text, clause[0], figure_start) is None:
        return False
    if not (_RATE_ABLATIVE.search(text, figure_start, figure_end) or _RATE_MEASURE.match(text, figure_end)):
        return False
    predicate = read_predicate(text, figure_end, clause[1])
    return predicate is not None and bool(_PAID_AORIST.match(predicate.word))


# a share as the clause's subject: "70%-ы", "60 пайызы" (the possessive nominative; "25 пайызға", by how much, is a change)
_SHARE_SUBJECT = re.compile(r"\d[\d\s\u00a0,.]*?(?:\s?%-?[ыі]|\s+(?:пайыз|процент)[ыі])(?!\w)", re.I)
# a time still ahead in the sentence: next year, the coming years, until, from now on
_AHEAD = re.compile(r"(?<!\w)(?:келесі|алдағы|болашақта|дейін|бастап|биыл\w*)(?!\w)", re.I)


def kk_share_standing(text: str, clause: tuple[int, int], figure_start: int, figure_end: int) -> bool:
    """'Өнімнің 70%-ы ішкі нарыққа жөнелтіледі', 'сүттің 60 пайызы ... сатылса, 40 пайызы ...
    жөнелтіледі': a share as the subject of an aorist with no time ahead in the sentence tells how a
    whole is divided as things stand, a state at publication (actual), not a deed still to come. A
    clause ending on the conditional "-са/-се" is the first half of such a pair: the verb of the next
    clause speaks for it."""
    if _SHARE_SUBJECT.match(text, figure_start) is None:
        return False
    sentence_start = max(text.rfind(". ", 0, figure_start) + 1, 0)
    sentence_end = text.find(".", figure_end)
    sentence_end = len(text) if sentence_end < 0 else sentence_end
    if _AHEAD.search(text, sentence_start, sentence_end):
        return False
    predicate = read_predicate(text, figure_end, clause[1])
    if predicate is None or predicate.tense == "nominal" or _CONDITIONAL.search(predicate.word):
        # a list of names split by commas ("30%-ы Ресей, Өзбекстан ... нарығына экспортталады") or the
        # first half of a pair: the verb that ends the sentence speaks
        predicate = read_predicate(text, figure_end, sentence_end)
    return predicate is not None and predicate.tense in ("aorist", "future") and not predicate.planning
