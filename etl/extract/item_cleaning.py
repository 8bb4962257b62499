"""An item's words trimmed to what it names (pure: an item in, an item out).

An item is read from the words around its figure and may keep words that play another part in
the sentence: a function word or hedge at its edge ("roughly", "яғни", "астам"), the speaker
("Agriculture Minister X said"), a comparison or time phrase, a basis ("in real terms", "с учетом
инфляции"), an opening quote. `settle_item` trims those; `counter_only` and `where_only` tell an
item that is only a counting word or only a place. The article-level reading (an item of nothing
but such words takes the one told before it) is item_roles.py's; goal and ranking items
(goal_items.py, ranked_places.py) use these trims too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from etl.extract.cyrillic_item_verbs import (
    is_ru_noun,
    is_ru_verb,
)

_WORD_EDGE = "\"'«»“”()[],;:.!?–—-"


# Words that may stand at an item's edge but name nothing by themselves: function words, hedges,
# comparison bases and reporting words. Trimmed at both edges; an item of nothing else is hollow.
_EDGE = {
    "en": frozenset(
        "a an the of in on at for to by from with and or its their this that these those as per than which "
        "who whose be is are was were will it also already about around roughly some nearly almost over "
        "under another compared against versus vs respectively equal equivalent while when same or between "
        "close more less above below said says told noted added stated reported announced according "
        "explained there here so far then they them contributing reaching amounting totalling totaling "
        "exceeding before".split()
    ),
    "ru": frozenset(
        "в во на по за из с со к ко от до у о об при для и а или но же это что то есть как чем также тоже "
        "почти около более менее свыше всего сразу уже еще ещё даже лишь только порядка примерно больше "
        "меньше плюс минус против сравнению сравнении сравнения прошлого прошлом прошлый прошлым прошлогоднего "
        "прошлогодним текущего текущем аналогичного аналогичным аналогичном предыдущего предыдущим того "
        "тот же тем ранее тогда сейчас сегодня итогам результатам сообщил сообщила сообщили отметил отметила заявил "
        "заявила сказал сказала словам данным он она оно они его её ее их стал стала стало стали них ними которых "
        "которые который которая здесь там тут среди если чуть немногим результате соответственно".split()
    ),
    "kk": frozenset(
        "бұл осы сол ол яғни және мен бен пен да де та те ал ғана тағы шамамен жуық астам артық көп аз "
        "салыстырғанда қарағанда былтыр былтырғы былтырғыдан биыл биылғы биылғыдан өткен алдыңғы бұрын бұрынғы "
        "бұрынғыдан сәйкес тиісті ішінде соңына басынан басында бері дейін кейін деңгейден деңгейінен "
        "көрсеткіштен көрсеткішпен айтуынша сөзінше мәліметінше дерегінше хабарлауынша деді деп "
        "хабарлады мәлімдеді атап өтті айтты сондай-ақ оның оған одан олардың олар бұған соның арқасында "
        "нәтижесінде әсіресе сонымен бұдан бөлек енді тіпті немесе мұнда онда қазір қазіргі таңда бүгін бүгінде "
        "бүгінге дәл уақытта плюс минус сәйкесінше осындай тиісінше".split()
    ),
}


# Time nouns and month names: trimmed where an item opens with them ("жыл ішінде экспорт", "За
# год цены"), not where it closes ("контейнеров в год", "trading days": a rate's or a unit's time).
_TIME = {
    "en": frozenset(
        "year years year's years' month months month's quarter quarter's period periods week weeks day days half "
        "last previous past next "
        "recent recently earlier ago today now since start end beginning".split()
    ),
    "ru": frozenset(
        "год года году годом лет месяц месяца месяцев квартал квартала квартале период периода периоде "
        "периодом полугодие полугодия начала конца началу концу начале конце".split()
    ),
    "kk": frozenset(
        "жыл жылы жылғы жылмен жылдан жылдың жылда жылдағы кезең кезеңде кезеңі кезеңнен кезеңімен "
        "кезеңінен жарты уақытта уақытында кезде".split()
    ),
}


# Words that name nothing where an item opens but may close or stand inside one: an adverb or a
# particle left from the clause ("[as] well as North Kazakhstan", "just", "further development",
# "turned out products"), a relative "where" ("где ввод жилья": the clause of a place told before).
# Closing an item they belong to it ("oil well", "the way out").
#
# Russian and Kazakh counting words too ("839,5 млн [дана]", "9,4 млн [штук] деревьев"): they say the
# thing is counted by pieces, not what it is; opening an item they go ("дана ағаш" -> "ағаш"), alone
# they leave it hollow, so it takes the thing told before. (English "units of machinery" is how
# the thing is named: an English counter alone is hollow, `_COUNTER`, but opening it stays.)
_OPENING_ONLY = {
    "en": frozenset("well just further out".split()),
    "ru": frozenset("где штук штуки штука шт шт. единиц единицы единица ед ед.".split()),
    "kk": frozenset("дана данадан данаға".split()),
}


# Words that name no thing by themselves but may stand inside an item ("growth of exports",
# "рост производства", "өнім өсімі", "жұмыссыздық деңгейі"), and the counters of head and units
# ("8 млн голов", "4.4 million head"): an item of these and edge or time words only is hollow; they
# are not trimmed. (Counters of pieces, "дана", "штук", "pieces", open items only: _OPENING_ONLY.)
_VAGUE = {
    "en": frozenset(
        "increase increases rise growth decrease decline drop fall gain jump change reduction plan up down "
        "goal target level levels figure higher lower kazakhstan country nation republic total another head heads "
        "record all-time high peak historic".split()
    ),
    "ru": frozenset(
        "рост роста росту ростом прирост выше ниже показатель показателя показателем показателю уровня "
        "уровнем уровню снижение снижения сокращение увеличение казахстан казахстане стране страны "
        "республике республика голов головы единиц единицы единицу".split()
    ),
    "kk": frozenset(
        "жоғары төмен өсім өсімі өсу өсуі көрсеткіш көрсеткіші деңгейі деңгейге қазақстан қазақстанда "
        "ел елде еліміз елімізде елдер елдерге елдерден елдерде саны бас басты басқа данадан данаға данасы "
        "дананы".split()
    ),
}


_NUMBER = re.compile(r"[+\-–−]?\d[\d.,%\-–]*\S*|[+\-–−]")


# Scale words in any case form ("тысяч", "тыс.", "мыңға", "млн-нан", "thousand"): part of a
# figure's value, never what it counts ("с 12 тысяч до 30 тысяч", "12 мыңнан 30 мыңға дейін").
_EN_UNIT = re.compile(
    r"(?:tenge|tons?|tonnes?|dollars?|usd|kzt|euros?|rubles?|roubles?|percent|hectares?|km|kilomet(?:er|re)s?"
    r"|square|cubic|met(?:er|re)s?|kwh|mw|gw|mwh|gwh|litres?|liters?)"
)


_ROMAN = re.compile(r"[IVX]{1,4}")


_SCALE = {
    "en": re.compile(r"(?:thousands?|millions?|billions?|trillions?|mln|bln|bn|trln|tn)"),
    "ru": re.compile(r"(?:тыс|тысяч[аиуе]?|тысячами|тысячах|млн|млрд|трлн|(?:миллион|миллиард|триллион)\w*)"),
    "kk": re.compile(r"(?:мың|млн|млрд|трлн|миллион|миллиард|триллион)(?:[-\w]*)"),
}


_TIME_FORM = {
    # dated forms of the time words above ("2024-м", "қаңтар-наурыздан", "айында")
    "en": re.compile(
        r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\S*"
    ),
    "ru": re.compile(
        r"(?:январ|феврал|март|апрел|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*|ма[йяе]"
        r"|год(?:а|у|ом|ы|ов)?|месяц\w*|квартал\w*|полугод\w*|период\w*|сутки|суток"
    ),
    "kk": re.compile(
        # (not "қазандық", a boiler house, which begins like "қазан", October)
        r"(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан(?!дық|дығ)|қараша|желтоқсан)[\w-]*"
        r"|ай|айда|айында|айларында|тоқсан\w*|кезең\w*|жылдардағы|былтыр\w*|биыл\w*"
        r"|жыл(?:ы|ғы|мен|дан|дың|да|дағы|ға|ғыдан|ғымен|дары)?"
    ),
}


# A level or a measure's other names, in any form: hollow alone ("на уровне", "деңгейінде").
_VAGUE_FORM = {
    "en": re.compile(r"levels?|figures?|indicators?"),
    "ru": re.compile(r"уров\w*|показател\w*"),
    "kk": re.compile(r"деңге\w*|көрсеткіш\w*"),
}


# A Russian past or adverbial participle ("вырос", "увеличившись", "сократились") and a Kazakh
# reported verb ("ұлғайғанын", "керектігін") or finite change verb ("өсті", "артқан") at an edge.
_EDGE_VERB = {
    "en": re.compile(r"(?:grew|rose|fell|dropped|climbed|increased|decreased|declined|went|came|reached)"),
    "ru": re.compile(
        r"\w+(?:вшись|лся|лась|лось|лись)|(?:вы|у|с|по|при|)(?:рос|росл[аои]|рост[иу]т?)"
        r"|\w{3,}(?:ил|ила|ило|или|ал|ала|ало|али|ел|ела|ело|ели)"
    ),
    "kk": re.compile(
        r"\w+(?:ған|ген|қан|кен)(?:ын|ін|дығын|дігін)|\w+(?:тіг|тығ|діг|дығ)(?:ін|ын)"
        r"|\w+(?:ады|еді|йды|йді|ылды|ілді)"
        r"|(?:өс|арт|ұлғай|көбей|азай|төменде|қысқар)(?:ті|ты|ді|ды|кен|қан|ген|ған|іп|ып|ады|еді|уде|уда)"
    ),
}


# A Kazakh participle closing the item is the predicate of a clause on the noun after the figure
# ("жалпы құны [1,5 трлн теңге] болатын 190 жоба"); opening it, it is an adjective ("жаңартылатын").
_CLOSING_PARTICIPLE = re.compile(r"\w+(?:атын|етін|йтын|йтін)(?:ын|ін)?")  # "бөлінетінін": told as reported


# Speakers: a title, then the person's names ("Agriculture Minister Aidarbek Saparov", "министрі
# Серік Жұманғарин", "министр Ерлан Ақкенженов"); an office reporting ("Министрлік").
_TITLE = {
    "en": re.compile(
        r"(?:vice-|deputy\s)?(?:minister|president|governor|akim|chairman|chairwoman|head|spokesman|spokeswoman|ceo|director)",
        re.I,
    ),
    "ru": re.compile(
        r"(?:вице-)?(?:министр|президент|аким|глава|председател|руководител|директор|премьер)\w*", re.I
    ),
    "kk": re.compile(r"(?:вице-)?(?:министр|президент|әкім|төраға|басшы|директор|премьер)[\w-]*", re.I),
}


# The words that close a comparison's base ("өткен жылмен салыстырғанда", "compared to last year")
_COMPARED = frozenset("салыстырғанда қарағанда сравнению сравнении compared against than".split())


_RU_PREPOSITIONS = frozenset("в во на по за из с со к ко от до у о об при для".split())


_CAPITALISED = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’.-]*")


# A word's verdict depends on the word alone, and items repeat their words across an article's
# figures and the articles: each distinct word (as written, with its punctuation) is read once.
@lru_cache(maxsize=1 << 16)
def _edge_word(word: str, language: str, opening: bool = False) -> bool:
    plain = word.strip(_WORD_EDGE).casefold()
    return (
        not plain
        or plain in _EDGE[language]
        or (opening and (plain in _TIME[language] or bool(_TIME_FORM[language].fullmatch(plain))))
        or (opening and plain in _OPENING_ONLY[language])
        or (not opening and language == "kk" and bool(_CLOSING_PARTICIPLE.fullmatch(plain)))
        or bool(_NUMBER.fullmatch(plain))
        or bool(_SCALE[language].fullmatch(plain))
        # an ordinal opening the item ("III тоқсан"); closing it, it names a group ("group II")
        or (opening and bool(_ROMAN.fullmatch(word.strip(_WORD_EDGE))))
        or (bool(_EDGE_VERB[language].fullmatch(plain)) and not (language == "ru" and is_ru_noun(plain)))
        # "[он] составит", "[их] стало"; closing, a verb after a count says what the counted did
        or (opening and language == "ru" and is_ru_verb(plain))
    )


# An English counting word: an item of nothing else names no thing ("planted 2.1 million [units]")
_COUNTER = {"en": frozenset("pieces piece units unit items".split()), "ru": frozenset(), "kk": frozenset()}


def _names_nothing(word: str, language: str) -> bool:
    plain = word.strip(_WORD_EDGE).casefold()
    return (
        _edge_word(word, language, opening=True)
        or plain in _COUNTER[language]
        or plain in _VAGUE[language]
        or bool(_VAGUE_FORM[language].fullmatch(plain))
    )


# A title in its plain form is the clause's subject, so a speaker wherever it stands among an
# item's first words ("баспасөз конференциясында әкім тартылған инвестиция көлемі"); its other
# forms ("министрлігінің деректері", "Президенттің бағдарламасы") belong to a noun phrase.
_BARE_TITLE = {
    "en": re.compile(r"(?!)"),
    "ru": re.compile(r"(?:вице-)?(?:министр|министерство|аким|акимат|премьер-министр)", re.I),
    "kk": re.compile(r"(?:вице-)?(?:министр|министрлік|әкім|әкімдік|премьер-министр|төраға)", re.I),
}


_ATTRIBUTION = frozenset("айтуынша сөзінше мәліметінше дерегінше хабарлауынша пікірінше".split())


# What a speaker named by title alone does before what they said ("the Prime Minister wants ...")
_EN_SPEAKER_VERBS = frozenset(
    "wants expects plans hopes said says told noted added believes estimates".split()
)


def _without_speaker(words: list[str], language: str) -> list[str]:
    """The words after a speaker who opens the item: a title and the names after it, or an office
    ('министрі Серік Жұманғарин өңдеу өнімі' -> 'өңдеу өнімі', 'Prime Minister wants FDI
    inflows' -> 'FDI inflows'); a title inside a noun phrase ("minister's decree") stays."""
    title = next(
        (i for i, w in enumerate(words[:5]) if _TITLE[language].fullmatch(w.strip(_WORD_EDGE))), None
    )
    if title is None:
        return words
    end = title + 1
    complement = end
    while (
        complement < min(end + 3, len(words)) and words[complement].isalpha() and words[complement].islower()
    ):
        complement += 1  # "министр энергетики [Арман Беков]": the office the title names
    if language == "ru" and complement < len(words) and _CAPITALISED.fullmatch(words[complement]):
        end = complement
    while end < len(words) and (_CAPITALISED.fullmatch(words[end]) or _TITLE[language].fullmatch(words[end])):
        end += 1  # the person's names (and a second title: "Prime Minister")
    named = end > title + 1 and any(_CAPITALISED.fullmatch(w) for w in words[title + 1 : end])
    rest = words[end:]
    if language == "en":
        told = bool(rest) and rest[0].casefold() in _EN_SPEAKER_VERBS
        if told and all(_CAPITALISED.fullmatch(w) for w in words[:title]):
            return rest[1:]  # "Agriculture Minister X said", "Prime Minister wants"
        return rest if named else words
    if rest and rest[0].casefold() in _ATTRIBUTION:
        return rest[1:]  # "Министрдің айтуынша ...", "Әкімнің сөзінше ...": according to the speaker
    bare = _BARE_TITLE[language].fullmatch(words[title].strip(_WORD_EDGE)) and len(rest) >= 2
    if named or bare:
        return rest  # "министрі Серік Жұманғарин ...", "... әкім тартылған ...", "Министрлік ..."
    return words


# The figures of a sentence often share their item (one subject, a list's lead): each distinct
# item is settled once. Kept small, so it spans a sentence or two, not the articles read before.
@lru_cache(maxsize=16)
def settle_item(item: str, language: str) -> str:
    """The item without a speaker who opens it and the edge words around it; "" when nothing that
    names a thing is left ("increase", "больше прошлогоднего показателя", "бұл 2024 жылғы
    деңгейден", "Agriculture Minister X said")."""
    if language not in _EDGE:
        return item
    if language == "ru":
        item = _RU_CONNECTIVE.sub("", item)  # "При этом цены на платные услуги" -> "цены на платные услуги"
    basis = _BASIS[language].match(item) if language in _BASIS else None
    if basis is not None:  # "в натуральном выражении поставки" -> "поставки в натуральном выражении"
        rest = item[basis.end() :]
        settled = settle_item(rest, language)
        if settled or not rest.strip():
            return f"{settled} {_lowered(basis.group().strip(' ,'))}" if settled else ""
        # ("В денежном выражении показатель": the basis names the measure more than the rest does)
    words = _without_speaker(item.split(), language)
    if language == "kk":
        words = _kk_without_hedges_and_sources(words)
    compared = [i for i, w in enumerate(words[1:-1], 1) if w.strip(_WORD_EDGE).casefold() in _COMPARED]
    if language == "kk" and compared:
        # "III тоқсанмен салыстырғанда медианалық жалақы", "егісі өткен жылмен салыстырғанда": the base
        # (the word before "салыстырғанда" and its time or edge words) goes, what is compared stays
        base = compared[-1] - 1
        while base > 0 and _edge_word(words[base - 1], language, opening=True):
            base -= 1
        words = words[:base] + words[compared[-1] + 1 :]
    opening = 0
    while opening < len(words) and (
        _edge_word(words[opening], language, opening=True)
        # the unit of the figure before, left where the item opens and followed by a function or time
        # word ("[billion] tenge and peasant farms", "tons of fish", "tons last year"): it measures
        # that figure, it names nothing here
        or (
            language == "en"
            and opening + 1 < len(words)
            and _EN_UNIT.fullmatch(words[opening].casefold()) is not None
            and _edge_word(
                words[opening + 1], language, opening=True
            )  # not a modifier: "tenge exchange rate"
        )
    ):
        opening += 1
    while language == "ru" and 0 < opening < len(words) and words[opening - 1].casefold() in _RU_PREPOSITIONS:
        opening -= 1  # "на выплаты пособий": a purpose or a part keeps its preposition
    words = words[opening:]
    based = False  # a comparison closing the item takes its base's time words with it
    while words and _edge_word(words[-1], language, opening=based):
        closing = words.pop().strip(_WORD_EDGE).casefold()
        based = based or closing in _COMPARED
    words = _without_closing_period(words, language)
    if all(_names_nothing(w, language) for w in words):
        return ""
    return _without_open_quote(" ".join(words).strip(" ,;:-–—"))


# Kazakh number words that may count a period ("бір жыл ішінде", "екі жылда")
_KK_PERIOD_COUNT = frozenset("бір екі үш төрт бес алты жеті сегіз тоғыз он".split())


def _without_closing_period(words: list[str], language: str) -> list[str]:
    """A Kazakh item without the time words that close it and a number before them ("Зейнеткерлер
    саны бір жылда" -> "Зейнеткерлер саны", "жұмыссыздар саны жыл [ішінде]"): the period of a
    change, told by the figure's period. (A Russian "за месяц" / "за год" stays: monthly and annual
    growth are two series.) An item of nothing else keeps them."""
    if language != "kk" or len(words) < 2:
        return words

    def timed(word: str) -> bool:
        plain = word.strip(_WORD_EDGE).casefold()
        return plain in _TIME[language] or bool(_TIME_FORM[language].fullmatch(plain))

    end = len(words)
    while end > 0 and timed(words[end - 1]):
        end -= 1
    if end == len(words):
        return words
    while end > 0 and (
        words[end - 1].strip(_WORD_EDGE).casefold() in _KK_PERIOD_COUNT
        or _NUMBER.fullmatch(words[end - 1].strip(_WORD_EDGE)) is not None
    ):
        end -= 1
    if all(_names_nothing(w, language) for w in words[:end]):
        return words  # ("бір жыл": nothing else is named)
    return words[:end]


# A Russian connective opening the item's clause: it ties the sentence to the one before and names
# nothing ("При этом", "Кроме того", "причем", "когда"); "при" alone is a preposition and stays
_RU_CONNECTIVE = re.compile(
    r"^(?:(?:при\s+этом|кроме(?:\s+того)?|так\s+что|в\s+то\s+же\s+время|вместе\s+с\s+тем|между\s+тем|"
    r"в\s+свою\s+очередь|однако|причем|причём|когда|тогда|если)(?:\s+|,\s*|$))+",
    re.I,
)


# The basis a figure is told on: prices, terms, inflation or VAT counted or not ("в натуральном
# выражении", "с учетом инфляции", "без НДС или с НДС", "in real terms"). It tells one series from
# another (real and nominal growth), so it stays, but after what is counted: a legend opens on its
# thing. An item of nothing else is hollow and takes its neighbour's.
_BASIS_PHRASE = {
    "ru": r"(?:(?:в|во)\s+(?:натуральном|денежном|реальном|стоимостном|номинальном|долларовом|физическом)"
    r"\s+выражении|в\s+(?:действующих|сопоставимых|текущих|постоянных)\s+ценах"
    r"|(?:с|без)\s+учет(?:ом|а)\s+(?:инфляции|НДС)|(?:с|без)\s+НДС)",
    "en": r"(?:in\s+(?:real|nominal|dollar|monetary|physical|value)\s+terms"
    r"|at\s+(?:current|constant|comparable)\s+prices|(?:with|without|excluding|including)\s+VAT)",
}


_OR = {"ru": r"(?:или|и)", "en": r"(?:or|and)"}


_BASIS = {
    language: re.compile(rf"^(?:{phrase}(?:\s+{_OR[language]}\b|,)?(?:\s+|$))+", re.I)
    for language, phrase in _BASIS_PHRASE.items()
}


def _lowered(phrase: str) -> str:
    """A phrase moved inside an item, its first letter lowered ("В денежном выражении", "С НДС")."""
    return phrase[:1].lower() + phrase[1:]


# Kazakh hedges of a value ("177 мың гектардан астам жерге", "20 млрд долларға жуық қаржы",
# "шамамен 1500 тонна"): they tell how near the figure is, wherever the figure left them in the item
_KK_HEDGES = frozenset("астам астамы жуық жуығы шамамен аса ғана".split())


# the nouns of a source or a date before "бойынша" ("1 қарашадағы жағдай бойынша", "жыл қорытындысы
# бойынша", "Бюро деректері бойынша", "болжам бойынша"): by what or when the figure is told
# ("жағдайы бойынша", in the case of, names a benefit's ground: "асыраушысынан айырылу жағдайы бойынша")
_KK_SOURCE = re.compile(r"жағдай|(?:қорытынды|дерек|мәлімет|болжам|есеп|бағалау|нәтиже)\w*", re.I)


def _kk_without_hedges_and_sources(words: list[str]) -> list[str]:
    """A Kazakh item's words without the hedges of its value and without an opening source or date
    phrase ending in "бойынша" ("жағдай бойынша елдегі зейнеткерлер саны" -> "елдегі зейнеткерлер
    саны", "ел бойынша астам қалдық" -> "ел бойынша қалдық"; a place before "бойынша" is a scope
    and stays)."""
    kept = [w for w in words if w.strip(_WORD_EDGE).casefold() not in _KK_HEDGES]
    for n, word in enumerate(kept[1:4], 1):
        if word.strip(_WORD_EDGE).casefold() == "бойынша" and _KK_SOURCE.fullmatch(
            kept[n - 1].strip(_WORD_EDGE)
        ):
            rest = kept[n + 1 :]
            # (not before a measure named again alone, "жағдай бойынша олардың саны": read on as it is)
            return kept if all(_names_nothing(w, "kk") for w in rest) else rest
    return kept


def _without_open_quote(item: str) -> str:
    """An item without a quote that a sentence's opening quotation left at its start
    ('«Өңдеу өнеркәсібі өнімінің көлемі'); a quoted name inside it keeps its marks."""
    if not item:
        return item
    if item[0] == "«" and "»" not in item or item[0] in '"“' and item.count(item[0]) + item.count("”") == 1:
        return item[1:].lstrip()
    return item


# Counters of people: a count's noun that says only that people are counted ("13 mln people",
# "8 тыс. человек", "225 мың адам"), not who they are
_PEOPLE = {
    "en": re.compile(r"people|persons?|individuals", re.I),
    "ru": re.compile(r"человека?|людей|граждан", re.I),
    "kk": re.compile(r"адам(?:ға|нан|ды|ның|ы|дар|дарға|дардың)?", re.I),
}


# asked of the same item by several rules of a figure and of the figures after it in its sentence
@lru_cache(maxsize=16)
def counter_only(item: str, language: str) -> bool:
    """Whether an item is a counter of people and edge words only ("people", "человек", "адамға")."""
    # (a time word after it makes a rate, "человек в сутки", "people an hour": a capacity, not a count)
    words = [w for w in item.split() if not _edge_word(w, language)]
    return bool(words) and all(_PEOPLE[language].fullmatch(w.strip(_WORD_EDGE)) for w in words)


# the nouns of a place's name ("Almaty region", "Алматинской области", "Түркістан облысында")
_PLACE_NOUN = {
    "en": re.compile(r"regions?|city|district|oblast|province", re.I),
    "ru": re.compile(r"(?:област|район|город|регион)\w*", re.I),
    "kk": re.compile(r"(?:облыс|аудан|қала|өңір)\w*", re.I),
}


# A phrase of where from or to that names a foreign country or a place the place table does not
# hold: a preposition with a name ("из России", "в Узбекистан", "from China", "to Tajikistan") or a
# Kazakh name in the ablative, dative or locative ("Ресейден", "Өзбекстанға", "Түркияда"; not an
# abbreviation, "МӘСҚ-тан": a fund or a body, not a place)
_ORIGIN = {
    "en": re.compile(r"\b(?:from|to)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"),
    "ru": re.compile(r"(?<!\w)(?:из|в|во|на)\s+[А-ЯЁ][\w-]*(?:\s+[А-ЯЁ][\w-]*)?"),
    "kk": re.compile(
        r"(?<!\w)[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі][\w-]*(?:дан|ден|тан|тен|нан|нен|ға|ге|қа|ке|на|не|да|де|та|те|нда|нде)(?!\w)"
    ),
}


# A sentence's figures ask this of the same few items again and again (the one before, the list's
# measure): 2,526 of 4,098 calls a pass over the en dev bodies repeat one of the last 16. Kept small,
# as settle_item's, so it spans a sentence or two, not the articles read before.
@lru_cache(maxsize=16)
def _unplaced(item: str, language: str, origins: bool = False) -> tuple[tuple[str, ...], bool]:
    """The item's words other than the places it names and their nouns, and whether it names one
    (with `origins`, a phrase of a country it comes from or goes to counts as a place too)."""
    from etl.extract.places import place_mentions  # places.py is a table reader; imported when needed

    spans = [(m.start, m.end) for m in place_mentions(item, language)]
    if origins:
        spans += [
            m.span()
            for m in _ORIGIN[language].finditer(item)
            if not any(a < m.end() and m.start() < b for a, b in spans)
        ]
    rest = item
    for start, end in sorted(spans, key=lambda span: -span[0]):
        rest = rest[:start] + " " + rest[end:]
    words = tuple(w for w in rest.split() if not _PLACE_NOUN[language].fullmatch(w.strip(_WORD_EDGE)))
    return words, bool(spans)


def _place_only(item: str, language: str, origins: bool = False) -> bool:
    """Whether an item names a place and nothing else ("Almaty region", "в Шымкенте", "Атырау
    облысында"; with `origins`, "из России", "Ресейден"): the place's name, its nouns and edge words."""
    words, named = _unplaced(item, language, origins)
    return named and all(_edge_word(w, language) for w in words)


def where_only(item: str, language: str) -> bool:
    """Whether an item says only where: a place, or where what it counts came from or went to."""
    return _place_only(item, language, origins=True)
