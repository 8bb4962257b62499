"""The word patterns only the per-sentence reader (cyrillic_sentence_reader.py) matches, each with
the wording it is for; patterns other steps read too are in cyrillic_shared_cues.py."""

from __future__ import annotations

import re

from etl.extract.cyrillic_shared_cues import _BASE_HEDGE
from etl.extract.literal_gates import literal_gate

# A period phrase after a dash belongs to the figure before it ("оставшиеся 152 — в 2025 году").
_PERIOD_CLAUSE_MARKS = re.compile(r",\s|;\s|:\s|\(|\)")
_KK_AHEAD_CLAUSE = re.compile(r",\s*(?:ал\s+)?(?:болашақта|алдағы\s+уақытта)(?!\w)", re.I)
_NOW_LEVEL_BEFORE = re.compile(r"(?:нынешних|текущих)\s+$", re.I)
# "позволит покрыть имеющийся дефицит в объеме 700 млн кВтч", "существующий дефицит мощности в 300 МВт":
# what exists now, named as what a project will deal with
_RU_EXISTING_BEFORE = re.compile(
    r"(?<!\w)(?:имеющ|существующ)(?:ийся|ий|ая|аяся|ееся|ее|иеся|ие|егося|его|ему|ую|уюся|ихся|их)\s+"
    r"(?:(?!(?:и|а|но|или)\s)[^\W\d]+\s+){0,3}?(?:в\s+(?:объеме|размере)\s+|в\s+)?(?:около\s+|более\s+|свыше\s+|порядка\s+)?$"
    # "газифицировано 144 населенных пункта численностью 800 тыс. человек", "подвести воду до 38 сел с
    # населением 197 тысяч человек": who lives in the places a plan names lives there now
    r"|(?<!\w)(?:с\s+(?:общим\s+)?населением|численностью(?:\s+населения)?)\s+"
    r"(?:около\s+|более\s+|свыше\s+|порядка\s+|почти\s+)?$",
    re.I,
)
# "против 43 млн тонн": last year's level
_BARE_BASE = re.compile(rf"(?<!\w)против\s+(?:{_BASE_HEDGE})?$", re.I)
_BARE_BASE_GATE = literal_gate(_BARE_BASE)

_YEAR_RESULTS_BARE = re.compile(
    r"\s*(?:по\s+итогам\s+года|жыл(?:дың)?\s+қорытындыс(?:ы\s+бойынша|ында))", re.I
)
_YEAR_WORD = re.compile(r"\d|год|жыл|былтыр|биыл|прошл|минувш|өткен|текущ|этом|нынешн|ағымдағы", re.I)
# a Kazakh day and month with no year ("1 қазан", "1 қазан күні", "15-қыркүйекте"): its digits are the day's
_KK_BARE_DAY = re.compile(r"\d{1,2}-?\s*[^\W\d]+(?:\s+күні)?", re.I)
# a half or a quarter with no year of its own ("во втором полугодии", "в четвертом квартале")
_PART_OF_YEAR_BARE = re.compile(r"\s*(?:(?:в|во|за)\s+)?[^\W\d]+\s+(?:полугоди|квартал)\w*", re.I)
_KK_BEFORE_YEAR = re.compile(r"\s*(?:19|20)\d{2}\s*жылға\s+дейін", re.I)
# "formerly" before a figure in its clause: "раньше", "прежде", "ранее", "бұрын" (not "как и раньше",
# "as before", a state that goes on; not "раньше срока", "ahead of time"; not "годом ранее", "a year
# before", nor "5 жыл бұрын", "five years ago", periods of their own; nor "басталмас бұрын", "before it
# begins")
_FORMERLY = {
    "ru": re.compile(
        r"(?<!как\s)(?<!как\sи\s)(?<!годом\s)(?<!годами\s)(?<!месяцем\s)(?<!неделей\s)(?<!днем\s)(?<!днём\s)"
        r"(?<!чем\s)(?<![\w-])(?:раньше|прежде|ранее)(?!\s+(?:срок|чем|намечен|запланир|положен|план))(?![\w-])",
        re.I,
    ),
    "kk": re.compile(r"(?<!жыл\s)(?<!ай\s)(?<!апта\s)(?<!күн\s)(?<![мп][аеә]с\s)(?<!\w)бұрын(?!\w)", re.I),
}

# Verbs of what is (works, operates, lives, studies) in the present: a level at publication,
# not a figure of a span already over. Kazakh "жұмыс істейді" only: other aorists read as futures too.
_PRESENT_STATE = {
    "ru": re.compile(
        r"(?<!\w)(?:работа(?:ет|ют)|занима(?:ется|ются)|действу(?:ет|ют)|функциониру(?:ет|ют)|"
        r"труд(?:ится|ятся)|прожива(?:ет|ют)|обуча(?:ется|ются)|числ(?:ится|ятся)|"
        r"эксплуатиру(?:ется|ются)|занят[оы]?|"
        # "В перечень входит 19 наименований": what a list or a body is made of now
        r"вход(?:ит|ят)(?=\s+(?:[^\W\d]+\s+){0,2}\d))(?!\w)"
        # "оплата составляет 4 638 тенге в месяц", with no verb "За двухкомнатную – оплата 6 100 тенге
        # в месяц": a rent or fee in force now (not "заработная плата": a span's average)
        r"|(?<!работная\s)(?<=плата\s)(?:(?:за\s+(?:[^\W\d]+\s+){1,3})?составля(?:ет|ют)\s+|(?=\d))"
        r"(?=\d[^.;]{0,40}?\s(?:в|за)\s+(?:месяц|сутки)(?!\w))",
        re.I,
    ),
    # "6,4 мың дәрігер еңбек етеді", "онда 140 кәсіпорын орналасқан" (where things are, ending its
    # clause; not "облыста орналасқан 12 кәсіпорын ... өндірді", a participle before its noun, nor
    # "демалыс орындарына орналасқан", were put up somewhere: a deed, after a dative)
    "kk": re.compile(
        r"(?<!\w)(?:жұмыс\s+істейді|жұмыс\s+істеп\s+келеді|еңбек\s+етеді|(?<!(?:ға|ге|қа|ке|на|не)\s)орналасқан(?=\s*(?:[.,;:!?]|$)))"
        r"(?!\w)",
        re.I,
    ),
}
# ... and how many there are, in a year still under way (under a
# span already over, "насчитывается 48,5 млн голов" is a count of that span's end)
_PRESENT_STOCK = {
    "ru": re.compile(
        r"(?<!\w)(?:насчитыва(?:ет|ется|ются)|работа(?:ет|ют)|действу(?:ет|ют)|"
        r"функциониру(?:ет|ют)|эксплуатиру(?:ется|ются))(?!\w)",
        re.I,
    ),
    # "онда 1480 оқушы тұрады", "170 ауылда мектеп жоқ" under "биыл": who lives there, what there is now
    # (not "өнім кеміген жоқ": did not fall, a past negated)
    "kk": re.compile(
        r"(?<!\w)(?:тұрады|жұмыс\s+істейді|бар(?=\s*(?:[.,;:!?]|$))|(?<!ған\s|ген\s|қан\s|кен\s)жоқ(?=\s*(?:[.,;:!?]|$)))(?!\w)",
        re.I,
    ),
}
# "5 из них", "3 из которых", "оның 5-еуі": a part of what was just counted
_PART_OF = {
    "ru": re.compile(r"\s+из\s+(?:них|которых)\b", re.I),
    "kk": re.compile(r"(?!)"),
}
# "52 тыс. вагонов, из них 9 тыс. нуждаются в обновлении": a part of the count before (not "190
# проектов планируется запустить, из них 147 уже реализованы": what of a plan is done by now is today's)
_RU_PART_AMONG = re.compile(r"(?<!\w)из\s+(?:них|которых)\s+(?:[^\W\d]+\s+){0,2}$", re.I)
_KK_PART_BEFORE = re.compile(r"(?<!\w)(?:оның|олардың)(?:\s+ішінде)?\s+$", re.I)
# a figure with the possessive of a part written on it: "26 666-сы", "3 190-ы", "7-еуі"
_KK_PART_SUFFIX = re.compile(r"\d-(?:ы|і|сы|сі|уы|еуі|ауы)$")
# "12 млн тонн грузов в год, в том числе до 7,5 млн тонн нефти": a part of the figure before
_PART_BEFORE = {
    "ru": re.compile(r"(?<!\w)в\s+том\s+числе\s+(?:[^\W\d]+\s+){0,2}$", re.I),
    "kk": re.compile(r"(?!)"),
}

# the plan named before, taken up again: "Он включает 14 школ", "Программа предусматривает", "в него вошли"
_RU_PLAN_HOLDS = re.compile(
    r"^\s*(?:Он|Она|Оно|Они|В\s+(?:него|нее|неё|них))(?!\w)|(?<!\w)(?:включа|предусматрива|охватыва|содерж)\w*",
    re.I,
)


# a condition of plans carried out opening the sentence: "Если все намеченное будет реализовано, ",
# "В случае реализации проектов ", "При реализации всех планов "
_RU_IF_DONE_OPENING = re.compile(
    r"\W*(?:если\s[^,;.]*(?:реализ|выполн|осуществ|построе|запущ|введ)\w*[^,;.]*,"
    r"|(?:в\s+случае|при)\s+(?:успешной\s+|полной\s+)?(?:реализации|выполнении|запуске|вводе)\s)",
    re.I,
)
_RU_PLANNING_WORD = re.compile(r"(?<!\w)(?:планиру|запланир|предусм|намеч|намет)\w*", re.I)
_RU_TO_OR_BY = re.compile(r"(?<!\w)(?:до|на)\s+$", re.I)  # "вырастет до 900", "то есть на 49%"

# "Қазір ... 18 жоба әзірленіп жатыр": what is being prepared now is still a plan
_PREPARING = re.compile(r"(?<!\w)(?:әзірлен|жобалан)(?:іп|ып|уде|уда)(?!\w)", re.I)


_KK_BASE_BEFORE_LEVEL = re.compile(r"\s*(?:салыстырғанда|қарағанда)?\s*", re.I)


# "с 97,2% в 2019 году до 99,3%": a year between the two levels of a change, attached to the old one
_OLD_LEVEL_YEAR_GAP = re.compile(r"\s*(?:в\s*)?", re.I)
_UP_TO_NEW_LEVEL = re.compile(r"\s+до\s+(?:(?:почти|около|более|свыше|порядка)\s+)?", re.I)

# "soon": "в ближайшее время", "в скором времени", "вскоре"; "later on": "в дальнейшем", "в
# перспективе" (a time ahead that names no span)
_RU_SOON = re.compile(
    r"(?<!\w)(?:в\s+ближайшее\s+время|в\s+скором\s+времени|вскоре|в\s+дальнейшем|в\s+перспективе)(?!\w)", re.I
)


# "(89% в 2020 году)", "(против 1,2 млн в 2023 году)": a bracket holding only a level and its year
_RU_RATE_IN_FORCE = re.compile(
    r"(?<!\w)(?:предусматрива(?:ет|ют)|предусмотрен[аоы]?)\s+[^.;:()]{0,120}?\bв\s+размере\s+(?:до\s+)?$",
    re.I,
)
_RU_PAST_LEVEL_BRACKET = re.compile(r"\s*(?:против\s+|для\s+сравнения:?\s+)?", re.I)
_RU_YEAR_CLOSES_BRACKET = re.compile(
    r"[^()\d]{0,24}?\s+(?:в|за)\s+(?:\d{4}\s+(?:году|г\.?)|прошлом\s+году|предыдущем\s+году)\s*\)", re.I
)


# what follows a figure up to its clause's end: the condition things are in, no verb ("-ы жақсы және
# қанағаттанарлық жағдайда."; not "... жағдайда қалды", "... жағдайда жөнделді": a deed)
_KK_IN_CONDITION = re.compile(r"(?:-?[^\W\d_]*)?(?:\s+[^\W\d_]+){1,4}?\s+жағдайда(?:\s+тұр)?[\s.;!?]*$", re.I)


# "біткен соң", "аяқталғаннан кейін", "іске қосылған соң": after something still to come is done
_KK_AFTER_DONE = re.compile(r"[^\W\d_]{3,}(?:ған|ген|қан|кен)(?:нан|нен)?\s+(?:соң|кейін)(?!\w)", re.I)

# "Қалған" (the rest) right before a sum, and a clause that ends on work going on or to come
_KK_REMAINING_BEFORE = re.compile(r"(?<!\w)қалған\s+$", re.I)
_KK_STILL_GOING_END = re.compile(
    r"(?:[^\W\d_]{2,}(?:уда|уде)|\s(?:жатыр|отыр)|[^\W\d_]{2,}(?:[ыі]л|[ыі]н|н)(?:ады|еді)|бөлінеді)[\s.,;!»\"]*$",
    re.I,
)
# for a campaign or season: "егіс науқанына", "жылыту маусымына", "күзгі-қысқы кезеңге"
_KK_FOR_A_SEASON = re.compile(r"(?<!\w)(?:науқан|маусым|кезең)(?:ына|іне|ға|ге)(?!\w)", re.I)
# ("бөлдік": a minister's "we allocated", the same deed in the first person; "бөлінгенін айтты": reported)
_KK_ALLOTTED_END = re.compile(
    r"(?<!\w)(?:бөлін(?:ді|ген)|бөлді(?:к|м)?|бөлінгенін\s+(?:айт|хабарла|мәлімде|жеткіз)\w*(?:\s+еді)?)"
    r"[\s.,;!?»\"')]*$",
    re.I,
)
# the size of a building: "300 орындық", "250 адамға арналған / есептелген", "224 төсектік" (not "200 төсек
# ашылады": the beds)
_KK_SIZE_AFTER = re.compile(
    r"(?:-?[^\W\d]{0,3})?\s+(?:орындық|төсектік|(?:адам|оқушы|бала|науқас)(?:ға|қа)\s+(?:арналған|есептелген))(?!\w)",
    re.I,
)
_KK_AT_LEAST_BEFORE = re.compile(r"(?<!\w)(?:кемінде|ең\s+кемі)\s+$", re.I)
_KK_MUST_END = re.compile(r"(?<!\w)(?:тиіс|керек|қажет)[\s.,;!?»\"')]*$", re.I)


# the verbs of a field campaign's tally: "бастырылды", "орылды", "жиналды", "себілді", "егілді"
_KK_FIELD_TALLY = re.compile(
    r"(?<!\w)(?:бастырыл|орыл|жинал|жинап\s+алын|себіл|егіл)(?:ды|ді|ған|ген)(?!\w)", re.I
)
# a sentence opening on a share as its subject: "Асыл тұқымды ірі қара малдың үлесі ..."
# of a stock (a herd, a fund), not of a span's flow ("Оның ішінде ШОБ үлесі 30%": of the output told)
_KK_SHARE_SUBJECT = re.compile(
    r"\s*(?:[^\W\d]+\s+){0,4}?(?:мал|тұқым|қор|мүлік|жер)[^\W\d]*\s+(?:[^\W\d]+\s+){0,2}?үлесі(?!\w)", re.I
)
# a deadline told as an attribute of the things counted right after it: "2030 жылға дейін болатын",
# "2030 жылға дейін іске асырылатын"
_KK_TERM_OF_THINGS = re.compile(r"\s*(?:дейін\s+)?(?:[^\W\d]+\s+)?[^\W\d]+(?:атын|етін|йтын|йтін)\s+", re.I)
# the list the counted things make up: "145 жобаның тізбесі", "30 жобадан тұратын пул"
_KK_LIST_OF_THINGS = re.compile(
    r"\s+(?:[^\W\d]+\s+)?[^\W\d]+(?:ның|нің|дың|дің|тың|тің)\s+(?:тізбе|тізім|пул|портфел)\w*"
    r"|\s+(?:[^\W\d]+\s+)?[^\W\d]+(?:дан|ден|тан|тен|нан|нен)\s+тұратын\s+(?:тізбе|тізім|пул|портфел)\w*",
    re.I,
)
# a term of years counted with no start: "жеті жыл ішінде", "бес жыл ішінде" (not "соңғы бес жылда")
_KK_YEARS_COUNTED = re.compile(
    r"(?<!\w)(?<!соңғы\s)(?<!алдағы\s)(?:екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|\d{1,2})\s+жыл\s+ішінде(?!\w)",
    re.I,
)
_KK_YEARS_COUNTED_GATE = literal_gate(_KK_YEARS_COUNTED)
# ("бастамалар қолға алынып отыр": initiatives being taken up, work begun and going on)
# the work still to be started: "құрылысты бастау үшін", "құрылысын бастауға" (its worth not yet spent)
_KK_TO_START = re.compile(r"(?<!\w)бастау(?:\s+үшін|ға)(?!\w)", re.I)
_KK_PROJECTS_GOING_ON = re.compile(
    r"(?<!\w)(?:(?:жүзеге|іске)\s+асырыл|қолға\s+алын)(?:ып\s+жатыр|ып\s+отыр|уда)(?!\w)", re.I
)
# work begun or gathered, whose worth and size are still to be spent or built (FORMAT.md: projects under
# way, in a pool): "құрылысы басталып жатыр", "зауыттың құрылысын бастады / бастаған", "құрылысы
# басталды", "жобаны бастады", "жобалар жинақталды", "пул жасақталды" (kept out of _KK_UNDER_WAY, whose
# progressive also keeps a year's span for the figures of the sentence)
_KK_WORK_BEGUN = re.compile(
    r"(?<!\w)(?:құрылыс\w*|жоба\w*)\s+(?:баста(?:ды|ған|п)|басталды|басталып\s+жатыр|басталуда)(?!\w)"
    r"|(?<!\w)(?:жинақталды|жасақталды|жасақталған)(?!\w)"
    # the first stone laid: "станциясының іргетасы қаланды", "зауыттың іргетасын қалады" (not the participle
    # "іргетасы қаланған", which also tells a place founded long ago; +fs39kk)
    r"|(?<!\w)(?:іргетасы\s+қаланды|іргетасын\s+қалады)(?!\w)",
    re.I,
)
_KK_WORK_BEGUN_GATE = literal_gate(_KK_WORK_BEGUN)
# the worth or size told after the figure, before the work it belongs to: "753 млрд теңге болатын 14
# жобаның", "130 млрд теңгеден асатын 8 кәсіпорын"; or a capacity told as what the work is designed
# for or holds: "300 мегаватт қуатқа есептелген станцияның", "300 МВт қуатты станцияның" (+ps42kk)
_KK_WORTH_AFTER = re.compile(
    r"(?:-?[^\W\d_]{0,4})?\s+(?:(?:қуат(?:қа|ты|тық|ы)?\s+)?(?:болатын|асатын|есептелген)|қуатты|қуаттық)(?!\w)",
    re.I,
)
# a plant's yearly output named before its figure: "қуаты жылына 3 млн тонна", "жылына 800 мың тонна"
_KK_YEARLY_BEFORE = re.compile(r"(?<!\w)(?:қуаты\s+)?жылына\s+(?:шамамен\s+)?$", re.I)
# what a plant makes, told by a participle after the figure: "130 мың тонна қант ... шығаратын"
_KK_MAKING_AFTER = re.compile(r"[^.;]{0,80}?(?<!\w)(?:шығаратын|өндіретін|өңдейтін)(?!\w)", re.I)
_SIZE_UNITS = frozenset(("m2", "hectare", "km", "km2", "MW", "GW", "m3"))
# "7 020 орындық", "300 төсекке арналған", "600 оқушыға арналған", "267 мың оқушы орнына арналған":
# the size of a place (designed for it too: "1 200 орынға есептелген", +ps42kk)
_KK_CAPACITY_AFTER = re.compile(
    r"[\s-]?(?:орындық|орынды|төсектік|төсекті|пәтерлі|пәтерлік|(?:орын|төсек(?:-орын)?|оқушы|бала|адам|келуші)(?:ға|ке|қа|ге)\s+(?:арналған|есептелген)"
    r"|(?:оқушы|бала|адам|төсек)\s+орн[ыа]на\s+(?:арналған|есептелген))(?!\w)",
    re.I,
)
_KK_CAPACITY_AFTER_GATE = literal_gate(_KK_CAPACITY_AFTER)
# the figure named in a plan's noun phrase: "40 мектеп салу жоспары", "60 жобаны іске қосу жоспары"
_KK_IN_PLAN_PHRASE = re.compile(
    r"(?:-?[^\W\d_]*)?\s+(?:[^\W\d_]+\s+){0,2}?[^\W\d_]+[уү]\s+жоспар(?:ы|ын|ының|ына)(?!\w)", re.I
)
_KK_IN_PLAN_PHRASE_GATE = literal_gate(_KK_IN_PLAN_PHRASE)
# a design capacity named before its figure ("вышла на проектную мощность" names none)
_DESIGN_CAPACITY_BEFORE = {
    # (and a planned indicator: "Плановый показатель — 95%", "плановый объем —")
    "ru": re.compile(
        r"(?<!\w)(?:проектн(?:ая|ой)\s+мощност(?:ь|и)|планов(?:ый|ое|ая|ого)\s+(?:показател|объ[её]м|значени)\w*)"
        r"(?:\s+[^\W\d]+){0,3}?\s*(?:[-–—:]|составля\w+|составит)?\s*(?:около|более|свыше|порядка|до)?\s*$",
        re.I,
    ),
    "kk": re.compile(
        r"(?<!\w)жобалық\s+қуат(?:ы|тылығы)(?:\s+[^\W\d]+){0,2}?\s*[-–—:]?\s*(?:шамамен)?\s*$", re.I
    ),
}
# money named as what is to be allocated: "выделение 12 млрд тенге", "12 млрд теңге бөлуді"
_ALLOCATING_NOUN_BEFORE = re.compile(
    r"(?<!\w)(?:выделени[еяю]|направлени[еяю])\s+(?:[^\W\d]+\s+){0,2}?$", re.I
)
_ALLOCATING_NOUN_AFTER = re.compile(r"\s+(?:[^\W\d]+\s+){0,2}?(?:бөлуді|бөлуге|бағыттауды)(?!\w)", re.I)
_SPENT_WORD = {
    "ru": re.compile(r"(?<!\w)(?:освоен|израсходова|потрачен|выплачен|использова)\w*", re.I),
    "kk": re.compile(r"(?<!\w)(?:игеріл|жұмсал|төлен|пайдаланыл)\w*", re.I),
}
# the cost of a thing estimated: "көпірдің құны 24 млрд теңге деп бағаланады"
_KK_COST_ESTIMATED = re.compile(r"\s+(?:[^\W\d_]+\s+)?(?:деп\s+)?бағалан(?:ады|уда|ып\s+отыр)(?!\w)", re.I)
# the building a sum or a size is for, still to come: "мектеп салуға", "салу үшін", "құрылысына"
_KK_TO_BUILD = re.compile(r"(?<!\w)(?:салуға|тұрғызуға|салу\s+үшін|тұрғызу\s+үшін|құрылысына)(?!\w)", re.I)
_KK_WORTH_BEFORE = re.compile(r"(?<!\w)құны\s+(?:шамамен\s+)?$", re.I)  # "жалпы құны 36 млрд теңге"
_KK_WORTH_BEFORE_GATE = literal_gate(_KK_WORTH_BEFORE)
# a stock named with a dash before its figure: "көмірдің қоры – 434 мың тонна", "қалдығы – 12 мың"
_KK_STOCK_IS = re.compile(r"(?<!\w)(?:қоры|қорлары|қоймадағы\s+\w+|қалдығы)\s+[—–-]\s+$", re.I)
# the size of what stands, in the present: "алқабының ауданы 1,8 млн гектарды құрайды", "желінің
# ұзындығы 16 мың шақырымға жетеді", "тозуы 57%-дан асады"
_KK_SIZE_STANDS = re.compile(
    r"(?<!\w)(?:ауданы|ұзындығы|қуаты|тозуы)\s[^.;]{0,100}?(?<!\w)(?:құрайды|жетеді|асады)(?!\w)"
    # the territory of a place: "облыстың жалпы аумағы 30 062 000 гектарды құрайды" (not a park's or a
    # plant's, which may be works still ahead)
    r"|(?<!\w)(?:облыс|аудан|қала|ел|өңір|ауыл|республика)\w*(?:ның|нің|дың|дің|тың|тің)\s+(?:жалпы\s+)?аумағы\s"
    r"[^.;]{0,60}?(?<!\w)(?:құрайды|жетеді|асады)(?!\w)"
    # a herd, a fleet, a tariff or a price as it stands: "ірі қара мал басы 310 мың басты құрайды",
    # "автопаркі 2 900 автобусты құрайды", "электр энергиясының тарифі 32 теңгені құрайды"
    r"|(?<!\w)(?:(?:мал|қой|ешкі|жылқы|түйе|сиыр|құс|шошқа)\s+басы|автопаркі|тарифі|тарифтері)\s[^.;]{0,60}?(?<!\w)(?:құрайды|жетеді|асады)(?!\w)"
    # a subsidy per unit in force: "бір литр сүтке берілетін субсидия 25 теңгені құрайды"
    r"|(?<!\w)бір\s+(?:литр|килограмм|тонна|бас|гектар|шаршы\s+метр)\w*\s[^.;]{0,40}?субсидия\w*\s"
    r"[^.;]{0,40}?(?<!\w)құрайды(?!\w)"
    # the count of those who do something now, a present participle ("жұмыс істейтіндер саны",
    # "тұратындар саны"; not a past one, "келген туристер саны": the span's flow)
    r"|(?<!\w)[^\W\d_]{2,}(?:йтін|атын|етін)(?:дар|дер|тар|тер)?\s+(?:[^\W\d_]+\s+)?саны\s"
    r"[^.;]{0,60}?(?<!\w)(?:құрайды|жетеді|асады)(?!\w)"
    # and how many there are: "пайдаланушылар саны 14 млн адамнан асады", "орындарының саны 450-ге
    # жетеді" (not "құрайды", as often the span's count; nor of those who came, "келген туристер
    # саны", a past participle's flow)
    r"|(?<!\w)саны\s[^.;]{0,60}?(?<!\w)(?:жетеді|асады)(?!\w)",
    re.I,
)
_KK_SIZE_STANDS_GATE = literal_gate(_KK_SIZE_STANDS)
# "келген туристер саны": the number of those who came, a past participle's flow, the span's
_KK_COUNT_OF_DEEDS = re.compile(
    r"(?<!\w)[^\W\d_]{2,}(?:ған|ген|қан|кен)\s+(?:[^\W\d_]+\s+){0,2}саны(?!\w)", re.I
)
_KK_THEIR = re.compile(r"(?<!\w)(?:оның|олардың)\s+(?:жалпы\s+)?$", re.I)  # "олардың жалпы қуаты"
# the works a size is of, in the dative: "30 шақырым жолды жөндеуге" (a count of projects "11 жобаны
# іске асыруға" stays what there is: FORMAT.md, projects)
_KK_WORKS_AFTER = re.compile(r"(?:[\s-][^\W\d_]+){0,4}?\s+[^\W\d_]{2,}[уү](?:ға|ге)(?!\w)", re.I)


# a participle of obligation or planning right before a figure, which it qualifies ("салынуы тиіс
# 655 нысанның", "жоспарланған 370 млн көшеттің")
# (and the future participle of building or opening: "биыл салынатын 14 мектептің", "ашылатын"; and
# "in the plan", "жоспардағы 1 921 мың гектардың орнына": the plan an outcome is set against)
# a sum a request is made for: "24 млрд теңгеге бюджеттік өтінім", "3 млрд теңгеге өтінім берді"
_KK_REQUEST_AFTER = re.compile(r"\s+(?:[^\W\d_]+\s+){0,2}?өтінім(?!\w)", re.I)
_KK_PLANNED_BEFORE = re.compile(
    r"(?<!\w)(?:(?P<noun>[^\W\d_]+(?:уы|уі))\s+(?:тиіс|керек|қажет)|жоспарланған|көзделген|жоспардағы|жоспарлы|"
    r"(?:салын|ашыл|жөндел|тұрғызыл|іске\s+қосыл|пайдалануға\s+беріл)(?:атын|етін))\s+$",
    re.I,
)
_KK_PLANNED_BEFORE_GATE = literal_gate(_KK_PLANNED_BEFORE)
# a forecast, plan or goal in the accusative right before a figure: the object its verb revises
# ("болжам да 5,5-7,5%-дан ... қайта қаралды": the subject of a passive revision, a range's low before)
_KK_REVISED_BEFORE = re.compile(
    r"(?<!\w)(?:болжам|жоспар|меже|мақсат)(?:\w*(?:ын|ін|ды|ді|ны|ні)|(?:ы|і)?\s+(?:да|де|та|те))\s+"
    r"(?:\d[\d\s,.]*\s*[-–]\s*)?$",
    re.I,
)


_COST = re.compile(r"(?<!\w)стоимост\w*", re.I)
# a present estimate of what is: "площадь оценивается в", "запасы оцениваются в"
_RU_SIZE_ESTIMATED = re.compile(r"(?<!\w)оценива(?:ется|ются)\s+в(?!\w)", re.I)
# the money a need is estimated at: "оценивала потребность в средствах на строительство ... в 200 млрд",
# "потребность в финансировании оценивается в" (+fs39ru)
_RU_NEED_ESTIMATED = re.compile(
    r"(?<!\w)(?:оценива|оценил)\w*\s+(?:[^\W\d]+\s+)?потребност\w*"
    r"|(?<!\w)потребност\w*(?:\s+[^\W\d]+){0,8}?\s+(?:оценива|оценил)\w*",
    re.I,
)
# ... and the money a need was told to come to, in reported words: "говорила, что на строительство
# понадобится порядка 200 млрд", "заявил, что потребуется 40 млрд" (+ps42ru)
_RU_NEED_TOLD = re.compile(
    r"(?<!\w)(?:говорил|сообщал|заявлял|заявил|оценивал|оценил|подсчитал|считал|прогнозировал|указывал|отмечал)"
    r"[аи]?,?\s+что(?:\s+[^\W\d]+){0,8}?\s+(?:понадоб|потребу)\w*",
    re.I,
)
_WORKS_COSTED = re.compile(
    r"(?<!\w)(?:проект|ремонт|строительств|реконструкци|модернизаци|работ)\w*\s+(?:[^\W\d]+\s+){0,3}?оценива",
    re.I,
)
# the worth of what is still to be invested or built, estimated: "общий объем вложений оценивается в",
# "инвестиции в проект оцениваются в", and a facility told as to come, "завод, который будет выпускать
# блоки, оценивается в" (FORMAT.md: the worth of projects is plan until the text says it is spent)
_RU_WORTH_AHEAD_ESTIMATED = re.compile(
    r"(?<!\w)(?:вложени|капвложени|инвестици|затрат)\w*\s+(?:[^\W\d]+\s+){0,3}?оценива"
    r"|,\s*котор\w+\s+(?:[^\W\d]+\s+){0,2}?(?:будет|будут|планиру\w+|предстоит)\s[^.]*?,\s*оценива(?:ется|ются)\s",
    re.I,
)
# a long past participle of a deed ("построенных", "введенного"; not "запланированных")
_DONE_PARTICIPLE = re.compile(
    r"(?<!\w)(?!запланирова|планируе)[^\W\d_]{3,}(?:енн|ённ|анн)(?:ых|ого|ой|ая|ые|ое|ую)(?!\w)", re.I
)
_BUDGET = re.compile(r"(?<!\w)бюджет\w*", re.I)
_RU_BUDGET_STANDS = re.compile(
    r"(?<!\w)бюджет\w*(?:\s+[^\W\d]+){0,10}?\s+составля(?:ет|ют)\s+(?:[^\W\d]+\s+)?$", re.I
)
_BUDGET_SPENT = re.compile(r"(?<!\w)(?:исполн|освоен|израсходова|поступ|потрачен)\w*", re.I)
# a plan named as a heading: "В планах – строительство 45 км сетей", "В планах акимата: ..."
# a forecast, plan or goal named before the old figure of a from-to pair: that figure is the old forecast
# "с 18,4 млн до 27,4 млн": a move from a level ("от 125 до 330" is a spread, no old level)
_RU_FROM_WORD = re.compile(r"(?<!\w)(?:с|со)\s+$", re.I)
_RU_REVISED_FROM = re.compile(r"(?<!\w)(?:прогноз|план|ориентир|коридор|целев|цел[ьи])\w*", re.I)
# the size of what is to be built, after the noun of its construction: "строительство установок мощностью",
# "возведению энергоисточника мощностью", "строительство двух заводов мощностью"
_RU_SIZE_OF_BUILDING = re.compile(
    r"(?<!\w)(?:строительств|возведени)\w*\s+(?:[^\W\d]+\s+){1,4}?"
    r"(?:(?:общей|суммарной)\s+)?(?:мощностью|протяженностью|площадью|вместимостью|стоимостью)\s+(?:около\s+|до\s+)?$",
    re.I,
)
# the next member of a list of builds, its size told by "на" or again "мощностью": "строительство
# электростанции мощностью 1000 МВт в Туркестанской области и ТЭЦ на 240 МВт" (+fs39ru)
_RU_SIZE_OF_NEXT_BUILDING = re.compile(
    r"(?<!\w)(?:строительств|возведени)\w*\s+(?:[^\W\d]+\s+){1,4}?"
    r"(?:мощностью|протяженностью|площадью|вместимостью)\s+[^.;!?]{1,80}?\s(?:и|а\s+также)\s+"
    r"(?:[^\W\d]+\s+){1,3}?(?:мощностью|протяженностью|площадью|вместимостью|на)\s+(?:около\s+|до\s+)?$",
    re.I,
)
# what a deed allowed to bring a level to: "позволило поднять среднюю скорость до", "удалось довести охват до"
_RU_BROUGHT_TO_BEFORE = re.compile(
    r"(?<!\w)(?:позволил[аио]?|удалось)\s+(?:поднять|повысить|увеличить|довести|снизить|сократить|нарастить)"
    r"\s+(?:[^\W\d]+\s+){0,5}?до\s+(?:около\s+|более\s+|почти\s+|свыше\s+)?$",
    re.I,
)
# a participle of what a thing is designed for: "рассчитанных (в общей сложности) на"
_RU_DESIGNED_FOR = re.compile(r"(?<!\w)рассчитан\w*(?!\w)", re.I)
# the construction told done: "завершено строительство", "введены", "построены", "сданы", "открыты",
# "завершилось строительство" (+fs30ru)
_RU_BUILT = re.compile(
    r"(?<!\w)(?:заверш[её]н|введен|введён|построен|сдан|открыт)\w*|(?<!\w)завершил(?:ось|ся|ась|ись)(?!\w)",
    re.I,
)


# "... 1,2 млн тонна өнім шығарған компания": up to two words, a past participle, then its noun
_KK_PAST_ATTRIBUTE_AFTER = re.compile(
    r"(?:-?[^\W\d_]*)?(?:\s+[^\W\d_]+){0,2}?\s+(?P<participle>[^\W\d_]{3,}(?:ған|ген|қан|кен))\s+(?!болатын|еді)[^\W\d_]{3,}",
    re.I,
)


# "123 млн теңгеге күрделі жөндеу жүргізілген №65 мектеп", "2 млрд теңгеге салынған мектеп": the past
# participle of works done right after the figure qualifies the next noun (not "бөлінген", set aside)
_KK_WORKS_DONE_ATTRIBUTE_AFTER = re.compile(
    r"(?:-?[^\W\d_]*)?(?:\s+[^\W\d_]+){0,2}?\s+(?:жүргізіл|жөндел|салын|орындал|аяқтал|тұрғызыл|келтіріл)"
    r"(?:ген|ған)\s+(?:№\s?\d|[^\W\d_]{3,})",
    re.I,
)


_PLANS_HEAD = re.compile(
    r"(?<!\w)(?:в\s+(?:ближайших\s+)?планах|среди\s+планов|в\s+числе\s+планов)(?:\s+[^\W\d]+){0,3}\s*[–—:-]\s*$",
    re.I,
)
_PLANS_HEAD_GATE = literal_gate(_PLANS_HEAD)
# an aim: "намерены увеличить площадь на 300 тыс. га", as "намерен довести" (not "рассчитывают выйти
# на 45 млрд", an expectation as the ru11 round labels it)
_INTEND_TO = re.compile(
    r"(?<!\w)намерен[аоы]?\s+(?:[^\s,.;:]+\s+){0,4}?"
    r"(?:привлечь|увеличить|нарастить|повысить|поднять|сократить|снизить|довести|достичь|достигнуть|вывести|"
    r"выйти|удвоить|утроить)(?!\w)",
    re.I,
)
# a level to bring something to, told as "вывести/выйти на": "предложил вывести товарооборот на уровень 15
# млрд", "предстоит к 2026 году выйти на экспорт в объеме 1 млрд" (a goal's level, as "довести до" is,
# unless a planning word governs it: "планирует вывести на 1 млрд", as "планирует довести до"; +ps42ru)
_RU_REACH_LEVEL = re.compile(
    r"(?<!\w)(?:вывести|выйти)(?:\s+[^\s,.;:]+){0,6}?\s+(?:на|в\s+объеме|в\s+объёме)"
    r"(?:\s+(?:уровень|рубеж|отметку|показатель|объем|объём))?\s+(?:(?:более|около|почти|свыше|порядка)\s+)?$",
    re.I,
)
# a level of trade or output a programme foresees: "программа предусматривает увеличение товарооборота до
# 10 млрд долларов к 2030 году", "соглашение предполагает рост экспорта до ..." (a goal, as dev labels read
# "довести товарооборот до", not work scheduled; +fs40ru)
_RU_OUTCOME_LEVEL_FORESEEN = re.compile(
    r"(?<!\w)(?:предусматрива|предполага)\w*\s+(?:[^\s,.;:]+\s+){0,2}?"
    r"(?:увеличени|рост|наращивани|доведени)\w*\s+(?:[^\s,.;:]+\s+){0,3}?"
    r"(?:товарооборот|торговл|экспорт|ВРП|ВВП|валов\w+\s+(?:регионального|внутреннего)\s+продукт)\w*"
    r"(?:\s+[^\s,.;:\d]+){0,4}?\s+до\s+",
    re.I,
)
# "будут запущены 12 проектов, что позволит создать 3 500 рабочих мест": the jobs scheduled work will
# create are plan (FORMAT.md)
_JOBS_TO_CREATE = re.compile(
    r"(?<!\w)позвол(?:ит|ят)\s+(?:дополнительно\s+)?(?:создать|открыть)\s+(?:[^\W\d]+\s+){0,2}$", re.I
)
# funding kept at a level: "объем финансирования сохранен на уровне", "бюджет программы оставлен прежним"
_RU_FUNDING_KEPT = re.compile(
    r"(?<!\w)(?:финансировани|ассигновани|бюджет|субсиди)\w*(?:[^.;\d]|(?:19|20)\d\d){0,60}?(?<!\w)(?:сохран[её]н|оставлен)\w*"
    r"\s+(?:на\s+(?:прежнем\s+|том\s+же\s+)?уровне|прежн\w+|без\s+изменени\w*)",
    re.I,
)
_ALLOCATED = re.compile(r"(?<!\w)(?:выделен|направлен|одобрен|утвержден|утверждён)\w*", re.I)
_PROJECT_COUNT = re.compile(
    r"\s+(?:[^\W\d]+\s+){0,2}?(?:проект|инвестпроект|инвестиционн\w+\s+проект)\w*", re.I
)
_RELATIVE_OPEN = re.compile(r"\s*(?:где|куда|котор(?:ые|ых|ым|ый|ая|ое|ой|ом|ую))\s", re.I)


# a price or rate per unit: "бір шаршы метр үшін", "әр литрі", "айына", "тәулігіне", "бір тәуліктік баға"
_KK_PER_UNIT = re.compile(
    # ("1 квт/сағат үшін": the one unit written as a digit)
    r"(?<!\w)(?:(?:әр|бір|1)\s+(?:[^\W\d]+[/·]?\s*){0,2}?(?:үшін|тәуліктік|айлық)|айына|тәулігіне|сағатына"
    # "тоннасына 14 700 теңгеден басталады", "литріне": a price for one of the unit (+fs33kk)
    r"|тоннасына|литріне|келісіне|килосына|данасына|(?:шаршы|текше)\s+метріне)(?!\w)",
    re.I,
)
# a clause ending on the aorist: "төленеді", "басталады", "алады"
_KK_AORIST_END = re.compile(r"[^\W\d_]{2,}(?:ады|еді|йды|йді)\s*[.,;!]?\s*$", re.I)
# a design figure: "жобалық қуаты", "қуаттылығы ... болатын"
_KK_A_YEAR = re.compile(r"(?<!\w)(?:жылына|айына|тәулігіне|күніне|сағатына)(?!\w)", re.I)
# (and the future told outright, "шығаратын болады", or once works are done, "құрылыс аяқталғаннан кейін")
_KK_DESIGN = re.compile(
    r"(?<!\w)(?:жобалық|салын|іске\s+қос|ашыл|құрылыс)\w*|(?:атын|етін|йтын|йтін)\s+болады(?!\w)", re.I
)
# what is still ahead said outright: a plan, a duty, an outlook, a start to come
_KK_AHEAD_WORDS = re.compile(
    r"(?<!\w)(?:жоспар|көзде|тиіс|болжа|күтіл|келесі\s+жыл|алдағы|жаңа\s+жылдан|бастап)\w*", re.I
)

# "2022 жылдың соңына қарай", "жыл аяғына дейін": by a year's end
# "биылғы 1 қазанға дейін", "ағымдағы жылғы 1 шілдеге дейін": a day of this year as the end of what was done
# ("Биыл 1 тамызға дейін": the adverb before the day, the same)
_KK_THIS_YEARS_DAY_BY = re.compile(
    r"\s*(?:биылғы|биыл|ағымдағы\s+жылғы|осы\s+жылғы)\s+\d{1,2}\s+[^\W\d]+\s+дейін", re.I
)
_KK_YEAR_END_BY = re.compile(r"(?<!\w)жыл(?:дың)?\s+(?:соңына|аяғына)\s+(?:дейін|қарай)", re.I)
# a clause ending on a past verb: "жетті", "артты", "көбейді" (not the aorist "-ады/-еді": "жетеді")
_KK_PAST_END = re.compile(r"[^\W\d_]{2,}(?<![ае])(?:ды|ді|ты|ті)\s*[.,;!]?\s*$", re.I)
# a clause ending on the perfect: "тіркелген", "жеткен", "өскен" (the past a source's figure is told in)
_KK_PERFECT_END = re.compile(r"[^\W\d_]{2,}(?:ған|ген|қан|кен)\s*[.,;!]?\s*$", re.I)


_YEARLY = re.compile(r"(?<!\w)(?:в\s+год|ежегодно|в\s+сутки)(?!\w)", re.I)
# (not "обрабатывающая промышленность", manufacturing: a sector, no plant's handling; nor "при выходе на
# полную (проектную) мощность", reaching full capacity: when the outcome is due, no capacity of the figure)
_HANDLES = re.compile(
    r"(?<!\w)(?:(?<!полную\s)(?<!проектную\s)(?<!производственную\s)мощност|перерабатыва|обрабатыва(?!ющ)|"
    r"выпуска|производить|принимать|пропуска|пропускн)\w*",
    re.I,
)


_KK_POOL_REACH = 80  # "құны 2,6 трлн теңге болатын 111 инвестициялық жобадан тұратын пул"
_KK_FINANCE = re.compile(r"(?<!\w)(?:зейнетақы|несие|кредит|депозит|актив|банк|қор\s+нарығ)\w*", re.I)
# "оның 4,4 млрд теңгесі игерілді": a part of the sum just named, spent
_KK_PART_SPENT = re.compile(
    r"[,;]\s*оның\s+(?:[^\W\d]+\s+){0,2}?\d[^.;]{0,40}?(?:сі|сы|і|ы)\s+(?:[^\W\d]+\s+){0,2}?"
    r"(?:игеріл|жұмсал|төлен)\w*",
    re.I,
)


# what follows the first half of a pair when the second tells the level from now on: ", енді ол ..."
_KK_FROM_NOW_ON = re.compile(r",\s+енді(?!\w)", re.I)

# ", ал 163 мектеп ...": a clause set against the one before it (+fs35kk)
_KK_BUT_CLAUSE = re.compile(r"[\s,;]*ал\s", re.I)
