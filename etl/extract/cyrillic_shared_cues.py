"""The word patterns several steps of the Russian and Kazakh reader look for: past tenses, set-aside
money, work under way, parts, reaches (each used by more than one module, so kept in one place)."""

from __future__ import annotations

import re
import sys

from etl.extract.literal_gates import Gate, literal_gate, may_match, sentence_lower

# "против почти 25 тыс. тонн": a hedge word between "против" and the base value
_BASE_HEDGE = r"(?:почти|около|более|менее|свыше|порядка|примерно|приблизительно|лишь|всего|только)\s+"

_OWN_AFTER = re.compile(r"(?:\s+[^\W\d]+\.?){0,2}\s+в\s*", re.I)

_ANY_DIGIT = re.compile(r"\d")


def sentence_holds(gate: Gate, sentence: str) -> bool:
    """may_match of a pattern's literal gate in the sentence, lower-cased once however many rules ask
    (literal_gates.sentence_lower): False only when no match of the pattern can lie anywhere in the
    sentence, so a scan of it, from any position or of any slice of it, is spared."""
    return may_match(gate, sentence_lower(sentence))


# The scans of a sentence's window (the words before a figure, its clause) behind the pattern's gate,
# read in the whole sentence: no match lies in a window of a sentence that holds none of its words.
def search_in(
    pattern: re.Pattern[str], gate: Gate, sentence: str, pos: int = 0, endpos: int = sys.maxsize
) -> re.Match[str] | None:
    """pattern.search(sentence, pos, endpos) where sentence_holds(gate, sentence), else None."""
    return pattern.search(sentence, pos, endpos) if may_match(gate, sentence_lower(sentence)) else None


def match_in(
    pattern: re.Pattern[str], gate: Gate, sentence: str, pos: int = 0, endpos: int = sys.maxsize
) -> re.Match[str] | None:
    """pattern.match(sentence, pos, endpos) where sentence_holds(gate, sentence), else None."""
    return pattern.match(sentence, pos, endpos) if may_match(gate, sentence_lower(sentence)) else None


# what a population release counts over a span, not at a day: "естественный прирост", "родились",
# "число умерших", "зарегистрировано 95 тыс. браков", "уровень рождаемости"
_RU_SPAN_FLOW = re.compile(
    r"(?<!\w)(?:прирост|родил|рождаем|родивш|умерш|умерл|смертност|брак|развод|прибывш|выбывш|мигра|демографическ)\w*",
    re.I,
)

# a flow told as done: what was produced, shipped or mined ("Производство мяса достигло", "добыто")
_FLOW_DONE = re.compile(
    r"(?<!\w)(?:(?:производств|выпуск|добыч|экспорт|импорт|перевозк|перевалк|выработк|заготовк|надо[йи]|"
    r"грузооборот|товарооборот)\w*\s+[^.;]{0,60}?(?<!\w)(?:составил|достиг|вырос|увеличил|снизил|сократил)\w*|"
    r"(?:произведен|добыт|экспортирован|импортирован|выработан|перевезен|заготовлен|надоен)[оаы]?)(?!\w)",
    re.I,
)

# a Russian past tense among the cues ("составил", "выросли"; not the short participle "занято")
_PAST_CUE = re.compile(r"[^\W\d_]{2,}(?:л|ла|ло|ли)(?:сь|ся)?(?!\w)", re.I)

# "на Алматы приходится 30% этого объема", "из них": a share of the figure before, told in its span
_SHARE_OF_BEFORE = re.compile(
    r"(?<!\w)(?:из\s+них|из\s+которых|(?:эт|данн|указанн)(?:ого|ой|их)\s+(?:объем|числ|количеств|сумм|показател)\w*)(?!\w)",
    re.I,
)

_RU_FORMER_BRACKET = re.compile(r"\(\s*(?:прежде|ранее|раньше)\s*[-–—:]?\s*$", re.I)

# "Демек ...", "Таким образом ...", "Осылайша ...": a consequence of what was just said
_THUS = {
    "ru": re.compile(r"\s*(?:Таким\s+образом|Следовательно|Значит)\b"),
    "kk": re.compile(r"\s*(?:Демек|Осылайша|Сонымен)\b"),
}

# what may follow an amount whose currency was written once: a mark, "и", or a preposition
# naming what it is for ("155,1 млрд по линии страхования и 119,3 млрд на бесплатный пакет")
# ("на больницы – 2,5 млрд в 2025 году": or the year it is for, the sentence's time)
# ("из них 316,7 млрд пришлось на республиканский бюджет": a verb of a sum's share, no noun counted)
_BARE_SCALED_END = re.compile(
    r"\s*(?:[,;.)]|$|\s+(?:и|а|или|және|мен|на|по|для|пришл(?:ось|ись)|приходи(?:тся|лось)|ушл[оа]|ушли)\s"
    # ("около 6,5 млн — на индивидуальное жилье": "пришлось" left out after a dash; +fs38ru)
    r"|\s+[—–]\s+(?:на|для)\s"
    # ("263,9 млрд – ушла на солидарные пенсии": the verb of a sum's share after a closing dash; +ps41ru)
    r"|\s+[—–]\s+(?:пришл(?:ось|ись)|приходи(?:тся|лось)|ушл[оаи])\s"
    r"|\s+в\s+(?:\d{4}[\s-]|(?:этом|текущем|прошлом|следующем)\s+году))"
)

# "тогда", "ол кезде" inside a sentence: at the time named before it ("тогда как" is "whereas")
_THEN_INSIDE = {
    "ru": re.compile(r"(?<!\w)(?:тогда(?!\s+как)|в\s+то\s+время(?!\s+как)|на\s+тот\s+момент)(?!\w)", re.I),
    "kk": re.compile(r"(?<!\w)(?:ол|сол)\s+(?:кезде|уақытта)(?!\w)", re.I),
}

_SET_ASIDE = re.compile(
    r"(?<!\w)(?:выделен[оаы]?|предусмотрен[оаы]?|заложен[оаы]?|бөлін(?:ген|ді)|қарастырыл(?:ған|ды)|"
    r"көзделген|көзделді)(?!\w)",
    re.I,
)
_SET_ASIDE_GATE = literal_gate(_SET_ASIDE)  # (gated_search: literal_gates.py)

_ATTACHED_GAP = re.compile(r"[\s,]*")

_KK_ATTRIBUTIVE = re.compile(r"(?:ғы|гі|қы|кі)$", re.I)  # "қаңтар-сәуірдегі", "былтырғы": of that span

_KK_DATIVE = re.compile(r"(?:ға|ге|қа|ке)$")

_KK_ABLATIVE_END = re.compile(r"(?:нан|нен|дан|ден|тан|тен)$")

_STATE_REACH = 80

# a deed done, told in the past or by a short participle: "построены", "было введено", "открыли"
_RU_DONE_WORD = re.compile(
    r"(?<!\w)(?:[^\W\d_]{3,}(?:ены|аны|ено|ано|ыты|ыто|яты|ято)|[^\W\d_]{3,}(?:ли|ло|ла))(?!\w)", re.I
)

# "растет на 7%": a rate of change is measured against a base, over the span in scope
_BY_BEFORE = re.compile(r"(?<!\w)на\s+(?:более\s+|почти\s+|около\s+|порядка\s+)?$", re.I)

# a time clause, "when (it) is launched": "іске қосылғанда", "аяқталғанда" (not "салыстырғанда",
# "қарағанда", "шаққанда": a comparison or a rate)
_KK_WHEN = re.compile(
    r"(?<!\w)(?!салыстыр|қара|шақ|есепте)[^\W\d_]{3,}(?:ғанда|генде|қанда|кенде)(?!\w)", re.I
)
_KK_WHEN_GATE = literal_gate(_KK_WHEN)


_KK_THEIR_OPENING = re.compile(r"\s*(?:оның|олардың)\s", re.I)

_STATUS_DAY_REACH = 31  # days: a stock day this close to the report is its status day

# a change noun and "there is" after a figure: "14,6 пайызға өсім бар" (there is growth of 14.6%)
_KK_CHANGE_THERE_IS = re.compile(
    r"\s+(?:өсім|өсу|азаю|төмендеу|ұлғаю|кему|құлдырау)\s+(?:бар|жоқ)(?!\w)", re.I
)

# work under way: a progressive of building or carrying out ("салынып жатыр", "салынуда", "құрылысы
# жүріп жатыр", "жүргізілуде", "іске асырылуда")
_KK_UNDER_WAY = re.compile(
    # ("450 шақырым жол жөнделіп жатыр", "жөнделуде": repair going on, the works' length still to be done)
    r"(?<!\w)(?:салын|тұрғызыл|жүргізіл|іске\s+асырыл|жаңғыртыл|жөндел|құрылысы\s+жүр)(?:ып\s+жатыр|іп\s+жатыр|уда|уде)\w*"
    # a building going up, told of the building ("балабақшалар бой көтеруде", "орталық бой көтеріп
    # келеді") or of its builders ("тұрғындар өз қаражатына тұрғызуда"), and a pipe being laid ("газ
    # желісі тартылып жатыр"; not "инвестиция тартылып жатыр", money being drawn in) (+k21kk)
    r"|(?<!\w)бой\s+көтер(?:уде|іп\s+жатыр|іп\s+келеді)(?!\w)|(?<!\w)тұрғыз(?:уда|ып\s+жатыр)(?!\w)"
    r"|(?<!\w)(?:құбыр|желі)\w*\s+тартыл(?:ып\s+жатыр|уда)(?!\w)"
    # an adverb of pace between: "үйдің құрылысы қарқынды жүруде", "құрылысы жедел жүргізілуде"
    r"|(?<!\w)құрылысы\s+(?:қарқынды|жедел|белсенді|қызу|сәтті|жоспарлы)\s+(?:жүр|жүргізіл)(?:ып\s+жатыр|іп\s+жатыр|уда|уде)(?!\w)"
    # "5 мектептің құрылысы аяқталуға жақын": near its end, still being built
    # ("құрылысы аяқталып жатыр", "аяқталуда": being finished, not yet done)
    r"|(?<!\w)құрылыс\w*\s+(?:аяқталуға\s+жақын|аяқталып\s+жатыр|аяқталуда)(?!\w)"
    # "аурухананың құрылысы 87%-ға аяқталды", "... 60 пайызға дайын": a share of it done, the rest still
    # being built (+fs42kk)
    r"|(?<!\w)құрылыс\w*\s+\d+(?:[,.]\d+)?\s*(?:%|пайыз)-?\w*\s+(?:аяқталды|аяқталған|дайын)(?!\w)",
    re.I,
)
_KK_UNDER_WAY_GATE = literal_gate(_KK_UNDER_WAY)  # (gated_search: literal_gates.py)

# (not a sown area, "егіс алқабының ауданы 12 млн гектарды құрайды": the season's)
_KK_SOWN = re.compile(r"(?<!\w)(?:егіс|егін|егіл|себіл)\w*", re.I)
# the figure inside a purpose phrase: a verbal noun (object case or none) before "үшін", "in order to"
_KK_PURPOSE_AFTER = re.compile(
    r"(?:[\s-][^\W\d_]+){0,4}?\s+[^\W\d_]{2,}[уү](?:ды|ді|ын|ін)?\s+үшін(?!\w)", re.I
)
_KK_PURPOSE_AFTER_GATE = literal_gate(_KK_PURPOSE_AFTER)

_KK_ALLOCATED = re.compile(r"(?<!\w)(?:бөлін|қарастырыл|бағыттал|көзделг|көзделі)\w*", re.I)
_KK_CONVERB = re.compile(r"(?<!\w)[^\W\d_]{2,}(?:[ыі]п|[аеә]п)\s*$")  # "артып", "азайып", "төмендеп"

_MONEY = frozenset(("KZT", "USD", "EUR", "RUB", "CNY", "GBP"))

# a level in the genitive before "орнына" (instead of): "172 500 теңгенің орнына" (not "оқушы орнына",
# for pupil places, with no genitive)
_KK_INSTEAD = re.compile(
    r"[\d\s\u00a0,.]+(?:[^\W\d_]+\s+)?[^\W\d_]*?(?:ның|нің|дың|дің|тың|тің)\s+орнына(?!\w)", re.I
)

# Projects under way, in a pool or a portfolio: "реализуется 81 проект", "пул из 120 проектов",
# "в портфеле 40 проектов", "находятся в работе"
_PROJECTS_HELD = re.compile(
    r"\b(?:реализу(?:ется|ются|емых|емые|емого)|пул\w*|портфел\w*|(?:находятся|находится)\s+в\s+работе|"
    r"в\s+работе\s+(?:находятся|находится)|"
    # "на стадии запуска находятся 45 проектов", "в стадии строительства"
    r"(?:в|на)\s+стадии\s+(?:реализации|запуска|строительства)|"
    # "в регионе идет реализация 20 проектов", "сформирован пакет из 76 проектов" (+k21ru)
    r"(?:ид[её]т|вед[её]тся|продолжается)\s+реализаци[яи]|пакет\s+из)\b",
    re.I,
)

_JOBS_AFTER = re.compile(r"\s+(?:[^\W\d]+\s+){0,2}?рабоч(?:их|его|ее)\s+мест", re.I)  # "6 361 рабочего места"
_JOBS_AFTER_GATE = literal_gate(_JOBS_AFTER)

# "оның ішінде", "олардың ішінде", "тұрғындарының ішінде": a part of a whole named in the genitive (not
# the place or time "қала ішінде", "жыл ішінде": within the town, within the year); "олардың қатарында",
# "олардың арасында": among them
_PART_WORD = re.compile(
    r"(?<!\w)(?:[^\W\d_]+(?:ның|нің|дың|дің|тың|тің)\s+(?:ішінде|қатарында|арасында)|из\s+них|в\s+том\s+числе)(?!\w)",
    re.I,
)
_PART_WORD_GATE = literal_gate(_PART_WORD)
_RUSSIAN_PAST_TENSE = re.compile(r"[^\W\d_]+(?:л|ла|ло|ли)(?:сь|ся)?(?!\w)", re.I)  # "составил", "выросли"

# Flows counted over a span: "Отгрузки в Узбекистан увеличились на 41% — с 872 тыс. до 1 232 тыс. тонн"
# under "с начала сентября" compares the stretch so far with the same stretch a year before (not a
# level at the span's start and one now, as "число безработных сократилось с 351 до 340")
_RU_FLOW_NOUN = re.compile(
    r"(?<!\w)(?:экспорт|импорт|отгрузк|поставк|перевозк|перевалк|производств|добыч|ввоз|вывоз|"
    r"грузооборот|товарооборот)\w*",
    re.I,
)

_KK_POOL = re.compile(r"(?<!\w)(?:пул|портфел)\w*", re.I)

# projects done: "іске қосылды", "іске асырылды", "жүзеге асты", "пайдалануға берілді", or a worth in
# the past ("құны 933,4 млн теңге болды")
_KK_PROJECTS_DONE = re.compile(
    # (past forms only: "іске асырылмақ" is still to come)
    r"(?<!\w)(?:іске\s+(?:қосыл|асырыл)(?:ды|ған)|іске\s+асты|жүзеге\s+(?:асты|асырыл(?:ды|ған))|"
    r"пайдалануға\s+беріл(?:ді|ген)|аяқтал(?:ды|ған)|болды)(?!\w)",
    re.I,
)
# money already put in: spent, used, invested, paid ("игерілді", "жұмсалды", "инвестиция салынды")
_KK_SPENT = re.compile(
    r"(?<!\w)(?:игеріл|жұмсал|төлен|қаржыландырыл|инвестиция\w*\s+салын|(?:инвестиция\w*\s+)?тартыл)\w*", re.I
)


# "төлем мөлшері", "жәрдемақы мөлшерлері": the sizes of a payment, set for a year and in force
_KK_PAYMENT_SIZES = re.compile(r"(?<!\w)(?:төлем|жәрдемақы|зейнетақы|стипендия|тариф)\w*\s+мөлшер\w*", re.I)
