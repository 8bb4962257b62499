"""Numbers of Russian and Kazakh sentences: decimal comma ("44,5"), space thousands ("18 304 112"),
scale words and compounds ("7 трлн 300 млрд", "4 млн 75 мың"), units in their case forms, Kazakh case
endings glued with a hyphen ("15%-ке", "3 000-ға"), number words ("полутора миллиардов"); and the
numbers that are no figures (dates, years, ages, ordinals, law numbers) left out."""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.extract.cyrillic_label_lists import without_members_of_label_list
from etl.extract.cyrillic_shared_cues import match_in, sentence_holds
from etl.extract.first_chars import gate_namespace
from etl.extract.languages import LanguageData
from etl.extract.literal_gates import (
    alternative_gates,
    holds_all,
    holds_some,
    literal_gate,
    literal_gates,
    sentence_lower,
)
from etl.extract.mentions import NUMBER_CHAIN_AT, year_span_end
from etl.extract.records import quick_init, replace
from etl.extract.sentences import LIST_ITEM
from etl.extract.signs import minus_at
from etl.extract.speed_bands import speed_band_bounds
from etl.extract.split_decimals import SPLIT_DECIMAL

# "18 304 112", "44,5", "1.5"; a space group needs three digits after it.
# ("Т48,9 млрд", "₸48,9 млрд": a tenge sign glued before the digits, as "$208 млн")
# ("2,442,0 млн. теңге", "1,250,000 теңге": thousands grouped by commas, two groups at least or a
# decimal after them, is one number; "1,250" alone stays a decimal comma)
_NUMERAL = re.compile(
    # ("20, 2%": a decimal with a stray space after its comma, split_decimals.py)
    SPLIT_DECIMAL + r"|(?:(?<![\w.,])|(?<=(?<!\w)[ТT₸]))\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?![\d])"
    r"|(?<![\w.,])\d{1,3}(?:(?:,\d{3}){2,}(?:,\d{1,2})?|,\d{3},\d{1,2})(?![\d,])"
    r"|(?:(?<![\w])|(?<=(?<!\w)[ТT]))\d+(?:[.,]\d+)?"
)
# "-х" after 2, 3 or 4 is the cardinal's case ("4-х жилых домов", "в 2-х экземплярах") unless an
# ordinal's noun follows ("5-х классов", "2-х курсов", "90-х годов")
_RU_CARDINAL_X = re.compile(
    r"-х(?=\s+(?!(?:класс|курс|год|квартал|степен|разряд|полугоди|смен)\w*)(?:[^\W\d]+\s+)?[^\W\d])", re.I
)
_TENGE_SIGN_BEFORE = re.compile(r"(?<!\w)[ТT₸]$")
# a numbered indicator or clause ("2.1.1 индикаторы", "п. 3.2.4"): three or more dotted small parts,
# no figure (a date "01.01.2024" is read above, a decimal has two parts)
_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2}){2,}(?![\d.,]?\d)")
_DATE_TIME = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}:\d{2}")
_POINT_ADJECTIVE = re.compile(r"процентн|пайыздық", re.I)
_POINT_AFTER = re.compile(r"\s+(?:пункт|тармақ)\w*", re.I)
# a site's name that opens with digits ("передает 24.kz", "сообщает 365info.kz"): no figure
_SITE_NAME = re.compile(r"\d+[^\W_]*\.(?:kz|ru|com|org|net|info|media|news|tv|kg|uz|su|ua)(?!\w)", re.I)
_SITE_NAME_GATE = literal_gate(_SITE_NAME)
_DATELINE = re.compile(r"^[^\W\d][\w’'\- ]{1,40}?\.\s+\d{1,2}\s+[^\W\d]+\.?\s+KAZAKHSTAN\s+TODAY\s*[-–—]\s*")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"»”]?\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ\"«“(\d])")
_ABBREVIATION = re.compile(
    # (a scale glued to its digits too: "1млн. 414 тыс. тонн")
    r"(?:\b(?:тыс|млн|млрд|трлн|руб|долл|г|гг|т|ж|кв|мес|куб|ст|п|им|ул|д|см|обл|р-н)|\d(?:тыс|млн|млрд|трлн)|\b[А-ЯA-Z]"
    # a month cut short before its year or day: "на 1 окт. 2025 г.", "янв.-сент. 2025 г."
    r"|\b(?:янв|февр?|мар|апр|авг|сент?|окт|нояб?|дек))\.$"
)
_UNIT_CAPITALS = re.compile(r"(?:ДФЭ|TEU)\b")  # "1 млн 156 тыс. ДФЭ": a unit in capitals ends no sentence
_TONNES_END = re.compile(r"(?:\d|\b(?:тыс|млн|млрд)\.?)\s*т\.$")  # "6,3 тыс. т.", "450 т."
# a year's "г." ends a sentence when the next word is one no name is ("... подключить в 2025 г. Среди
# 6 148 сел ..."); before a name ("в 2024 г. Казахстан экспортировал") it may not
_YEAR_ABBREVIATION = re.compile(r"(?<!\d)\d{4}\s?гг?\.$")
_OPENING_WORD = re.compile(
    r"(?:В|Во|На|По|С|Со|Из|За|К|Для|При|Среди|Кроме|Также|Так|Это|Эти|Этот|Эта|Все|Всего|Однако|Но|А|И|"
    r"Он|Она|Они|Его|Ее|Её|Их|Согласно|После|До|От|Об|О|Сейчас|Сегодня|Ранее|Напомним|Как|Помимо|"
    r"Вместе|Тогда|Затем|Далее|Причем|Причём|Около|Более|Почти|Еще|Ещё|Уже)(?!\w)"
)


def numeral_value(digits: str) -> float:
    """A numeral without spaces as a number: its one comma a decimal one ("44,5"); of several, the
    ones before the last group thousands ("2,442,0" is 2442.0, "1,250,000" 1250000)."""
    whole, comma, tail = digits.rpartition(",")
    if comma and "," in whole:
        return float(whole.replace(",", "") + ("." + tail if len(tail) < 3 else tail))
    return float(digits.replace(",", "."))


# the tens among a language's number words ("двадцать", "семидесяти")
_TENS = frozenset(range(20, 100, 10))


@quick_init
@dataclass(frozen=True)
class CyrillicSentence:
    text: str
    start: int
    lead: str | None  # for list items: the sentence introducing the list


@dataclass
class Figure:
    start: int  # in the sentence (a currency sign before the numeral included)
    end: int  # after the scale, unit and any glued case ending
    value: float
    unit: str | None
    scaled: bool
    raw: float  # the numeral's own value, before the scale


# "Экспорт бағыттар бойынша былай бөлінеді:": a Kazakh lead that only divides the total told in the
# paragraph before it ("is divided as follows"); that paragraph gives the list its time and kind
DIVISION_LEAD = re.compile(r"(?<!\w)(?:былай(?:ша)?|төмендегідей|мынадай)\s+бөлін\w*:\s*$", re.I)


_LIST_NUMBER = re.compile(r"\s*\d{1,2}[.)]")


def split_cyrillic_sentences(body: str) -> list[CyrillicSentence]:
    """Sentences of a body with their offsets (paragraphs are lines); "тыс." and "г." end none,
    and the dateline ("Астана. 3 ноября. KAZAKHSTAN TODAY - ") is no sentence of its own."""
    sentences: list[CyrillicSentence] = []
    offset = dateline_length(body)
    lead: str | None = None
    previous = ""  # the paragraph before, no list item
    for paragraph in body[offset:].split("\n"):
        is_item = bool(LIST_ITEM.match(paragraph))
        start = 0
        for match in _SENTENCE_END.finditer(paragraph):
            if start == 0 and _LIST_NUMBER.fullmatch(paragraph, 0, match.start()):
                continue  # "1. Установить ...": a list's numbering opens the sentence, ends none (sentences.py)
            if (
                _ABBREVIATION.search(paragraph[max(start, match.start() - 6) : match.start()])
                and not (
                    paragraph[match.end() : match.end() + 1].isupper()
                    and not _UNIT_CAPITALS.match(paragraph, match.end())
                    and (
                        paragraph[max(start, match.start() - 6) : match.start()].rstrip(". ").split(" ")[-1]
                        in ("тыс", "млн", "млрд", "трлн")
                        # "поступило 6,3 тыс. т. План на 2026 год": tonnes after a number end it too
                        or _TONNES_END.search(paragraph, max(start, match.start() - 16), match.start())
                    )
                )
                and not (
                    _YEAR_ABBREVIATION.search(paragraph, max(start, match.start() - 8), match.start())
                    and _OPENING_WORD.match(paragraph, match.end())
                )
            ):
                continue
            sentences.append(
                CyrillicSentence(paragraph[start : match.start()], offset + start, lead if is_item else None)
            )
            start = match.end()
        if paragraph[start:].strip():
            sentences.append(
                CyrillicSentence(paragraph[start:].rstrip(), offset + start, lead if is_item else None)
            )
        if not is_item:
            lead = paragraph.strip() if paragraph.rstrip().endswith(":") else None
            if lead is not None and DIVISION_LEAD.search(lead) and previous.strip():
                lead = f"{previous.strip()} {lead}"  # (the total it divides, and that total's words)
            previous = paragraph
        offset += len(paragraph) + 1
    return sentences


# the low end of a range: "1 до 30", "31-60"
_RANGE_TO_NUMBER = re.compile(r"(?:\s*[-–—]\s*|\s+(?:до|по)\s+)\d+", re.I)
# school grades: "учащиеся 1–4 классов", "5-11 классы", "1-4 сынып оқушылары" (both ends; "8 классов"
# alone may be a count)
# (also a range of Kazakh categories, "1-3 шұғыл санаттағы шақыртулар": the categories named, +fs30kk)
_GRADE_WORD = r"(?:класс(?:а|ов|ах|е|ы|ам)?|сынып\w*|(?:[^\W\d]+\s+)?санат\w*)(?!\w)"
_GRADE = re.compile(r"\s+" + _GRADE_WORD, re.I)
_GRADE_RANGE_LOW = re.compile(r"\s*[-–—]\s*\d{1,2}\s+" + _GRADE_WORD, re.I)
# an age the law sets, written after its noun: "зейнет жасы ерлер үшін – 63", "пенсионный возраст
# для мужчин — 63" (an age is no figure; "63 жас" after the number is a duration already)
_AGE_NOUN_BEFORE = re.compile(
    r"(?:зейнет\w*\s+жас\w*|пенсионн\w*\s+возраст\w*)(?:\s+[^\W\d]+){0,3}\s*[-–—:]?\s*$", re.I
)
_GRADE_RANGE_HIGH = re.compile(r"(?<!\d)\d{1,2}\s*[-–—]\s*$")
# "более 2000 нарушений", "около 1900 человек", "шамамен 2000 адам": a count, not a year
_COUNT_BEFORE = re.compile(
    r"(?<!\w)(?:более|свыше|около|почти|менее|порядка|примерно|шамамен|жуық|қарийб|қарийыб)\s+$", re.I
)
# the possessive on a Kazakh numeral, "22-сі", "6-уы", "1 230-ы": that many of a whole named before
_KK_POSSESSIVE_CASE = re.compile(r"-(?:сы|сі|ы|і|уы|уі|еуі|ауы)")
_KK_QUALIFIER_GAP = re.compile(r"\s+(?:жуық|астам|аса|артық)(?=\s)", re.I)
_CAPACITY_AFTER = re.compile(
    r"[\s-]?(?:орындық|орынды|төсектік|пәтерлі|пәтерлік|орынға|мест(?:о|а)?|ученическ\w+\s+мест)(?!\w)", re.I
)
_NOUN_AFTER = re.compile(r"\s+(?!год|г\.|гг\.|жыл|ж\.)[^\W\d]{3,}", re.I)
# people or things counted right after a year-like number ("2000 человек", "2000-нан астам адам"): a
# count whatever stands before it (a year is told with its noun, "2000 году", "2000 жылы")
_COUNTED_AFTER = re.compile(
    r"(?:\s+(?:жуық|астам|аса|артық))?\s+(?:человек|волонт[её]р\w*|жител\w*|участник\w*|команд\w*|студент\w*"
    r"|школьник\w*|детей|саженц\w*|деревьев|адам\w*|ерікті\w*|тұрғын\w*|қатысушы\w*|оқушы\w*"
    r"|бала(?:лар\w*)?|көшет\w*|ағаш\w*)(?!\w)",
    re.I,
)
# the units after a compound's thousands: "503 тысячи 159", "177 тыс. 650" (not a decimal, not a
# scale or percent of its own), before the people or the unit counted or a stop ("5 млн 20 тыс. 15
# проектам": a sum, then a count of its own)
_ONES_AFTER_THOUSANDS = re.compile(
    r"\s(\d{1,3})(?=\s*(?:[,;:)]|\.(?!\d)|$)|\s+(?:человек|жител\w*|тенге|тонн\w*|голов\w*|единиц\w*"
    # (Kazakh: "847 млн 640 мың 500 теңге", "12 мың 40 адам")
    r"|теңге\w*|тонна\w*|адам\w*|гектар\w*)(?!\w))",
    re.I,
)
# (the Kazakh "мың" is always the word in full: "9 мың 300 тонна")
_THOUSANDS_IN_FULL = re.compile(r"(?<!\w)(?:тысяч[аи]?|мың)$", re.I)
# the ones before a noun that is no month, year, scale or unit of their own ("тысяч 15 апреля")
_ONES_BEFORE_NOUN = re.compile(
    # (a Kazakh case ending may follow the ones: "7 мың 200-ге жуық нәресте")
    r"\s(\d{1,3})(?=(?:-(?:ге|ке|ға|қа|ден|тен|дан|тан|нен|нан))?\s+(?!(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр|год|г\.|"
    r"тыс|млн|млрд|трлн|миллион|миллиард|процент|%"
    # (nor a Kazakh month, year, scale or percent: "5 мың 15 қаңтарда", "2 мың 30 пайыз")
    r"|қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан|жыл|ж\.|мың|миллиард|пайыз"
    r")[\w.]*)[^\W\d]{3,})",
    re.I,
)
_KK_MYN_END = re.compile(r"(?<!\w)мың$", re.I)
# the ones after "мың", before a noun that is no year, month, scale, percent or share of its own
_KK_ONES_AFTER_MYN = re.compile(
    r"\s(\d{1,3})(?![\d,.]\d)(?=\s+(?!(?:жыл|қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|"
    r"қараша|желтоқсан|мың|млн|млрд|трлн|миллион|миллиард|пайыз|процент|есе|%)[\w.]*)[^\W\d]{2,})",
    re.I,
)
# "қазандық" (a boiler house) begins like "қазан" (October), which never takes "-дық"
_KAZANDYK = re.compile(r"\s*қазанды[қғ]", re.I)
# "56 с небольшим тысяч", "300 с лишним миллионов"
_A_LITTLE_OVER = re.compile(r"\s+с\s+(?:небольшим|лишним|гаком)(?=\s)", re.I)
_A_LITTLE_OVER_GATE = literal_gate(_A_LITTLE_OVER)
# "АИ-95/96", "Аи-92/93": a code's letters and digits before the slash
_CODE_BEFORE_SLASH = re.compile(r"[^\W\d]-?\d+/$")
# the letters of a petrol grade before its octane number: "АИ 92", "Аи 95"
_FUEL_GRADE = frozenset({"аи", "ai"})
# "2 сен", "15 окт.": a month shortened, as wire datelines write it
_MONTH_SHORT = re.compile(r"\s(?:янв|фев|мар|апр|июн|июл|авг|сен|сент|окт|ноя|нояб|дек)\.?(?![^\W\d])", re.I)
# before the one unit a price is for: "цена 1 кг", "стоимость 1 литра", "за 1 кг"
_WRITTEN_ONE = re.compile(r"1(?![\d.,]?\d|[\s\u00a0\u202f]\d{3}(?!\d))")  # (not "1,5", "1 000")
_PRICED_UNITS = ("kg", "litre", "tonne", "kWh", "MW", "m3", "m2", "hectare", "km")
_PRICE_OF_ONE = re.compile(r"(?<!\w)(?:цен[аыеу]|стоимост[ьи]|за)\s+$", re.I)
# Kazakh says the one unit a price is for with the unit's possessive ("1 литрі 140 теңге", "1
# литрінің бағасы", "1 текше метріне 25 теңге") or "үшін" after it ("1 кВт·сағат үшін 35,67 теңге")
_KK_ONE_UNIT_OWNED = re.compile(r"(?:і|ы|сы|сі|ын|ін|сын|сін|інің|ының|іне|ына|сына|сіне)$", re.I)
# a measure's name with the dash typed glued to its number ("бағасы-139 теңге", "Литрі-9 теңгеге"):
# the dash of "X – N", not a name or code such as "АИ-92" or "COVID-19"
_KK_MEASURE_DASH = re.compile(
    r"(?<!\w)(?:бағасы|құны|литрі|келісі|тоннасы|көлемі|саны|мөлшері|сомасы)-$", re.I
)
_KK_FOR_AFTER = re.compile(r"\s*үшін(?!\w)", re.I)
# or a bare unit followed by the goods whose price it is ("1 литр дизель отынының орташа бағасы 192
# теңге") or by a price each in the ablative ("1 литр дизельді ... 204 теңгеден жеткізіп жатыр")
_KK_ONE_UNIT_OF_GOODS = re.compile(
    r"\s+(?:[^\W\d_]+\s+){0,2}[^\W\d_]+(?:ның|нің|дың|дің|тың|тің)\s+(?:[^\W\d_]+\s+)?(?:бағасы|құны)(?!\w)"
    r"|[^.;:\d]{0,50}\d[\d\s,]*(?:\s*(?:мың|млн))?\s*(?:теңгеден|тиыннан)(?!\w)",
    re.I,
)
# "1 пәтердің жалпы ауданы 82,5 ш/м", "1 үйдің құны 20 млн теңге": a measure of one thing, a number after it
_KK_ONE_THING_MEASURED = re.compile(
    r"\s+[^\W\d_]+(?:ның|нің|дың|дің|тың|тің)\s+(?:жалпы\s+|орташа\s+)?(?:ауданы|құны|бағасы|салмағы)"
    r"\s+(?:[^\W\d_]+\s+)?\d",
    re.I,
)
# people per one ("344 человек на одного врача", "на одного врача приходилось 146 пациентов"): a
# ratio of two counts, "other" like a rate per 1,000 (FORMAT.md), not a head count (+fs38ru)
_RU_PEOPLE = (
    r"(?:человек|жител\w*|пациент\w*|горожан\w*|ученик\w*|учащ\w*|школьник\w*|студент\w*|дет(?:ей|и))"
)
_RU_PER_ONE = r"на\s+(?:одного|одну|1)\s+[^\W\d]+"
_RU_PEOPLE_PER_ONE_AFTER = re.compile(rf"\s+{_RU_PEOPLE}\s+{_RU_PER_ONE}", re.I)
# (the place and "в среднем" may stand between: "На одного врача в Жамбылской области в среднем приходится
# около 344 жителей"; and the one may be the subject: "один врач обслуживал 146 пациентов", +ps43ru)
_RU_PER_ONE_BEFORE = re.compile(
    rf"(?:{_RU_PER_ONE}\s+(?:[^\W\d]+\s+){{0,6}}?приход\w*"
    rf"|(?<!\w)(?:один|одна|одно|1)\s+[^\W\d]+\s+(?:[^\W\d]+\s+){{0,3}}?(?:обслужива|принима|приход)\w*)"
    rf"\s+(?:(?:в\s+среднем|около|свыше|более|почти|порядка)\s+)*$",
    re.I,
)
_RU_PEOPLE_AT = re.compile(rf"\s+{_RU_PEOPLE}(?!\w)", re.I)


def _ru_people_per_one(text: str, figure: Figure) -> bool:
    """A bare count of people told per one person or thing: "344 человек на одного медика", "на
    одного врача приходилось 146 пациентов" (not money or a measure per head, which keeps its unit)."""
    if figure.unit:
        return False
    if _RU_PEOPLE_PER_ONE_AFTER.match(text, figure.end):
        return True
    return bool(
        _RU_PEOPLE_AT.match(text, figure.end)
        and _RU_PER_ONE_BEFORE.search(text, max(0, figure.start - 80), figure.start)
    )


_MONEY_NEAR = re.compile(r"(?<!\w)(?:теңге|тенге|тиын|доллар)", re.I)
_KNOWN_WORDS = 50_000  # the words a Reader remembers the cue kind of


# A name in guillemets: at most a few words, and the number closes it («Хабар 24») or a noun that
# names a programme, channel, project or firm follows it («100 мектеп, 100 аурухана» бағдарламасы).
# A quoted sentence («Биыл 5 мектеп салынды», – деді) is longer or ends on its verb.
_NAME_NOUN_AFTER = re.compile(
    r"\s*»\s*(?:бағдарлама|жоба|телеарна|арна(?:сы|ның)?(?!\w)|акция|марафон|кешен|компания|ЖШС|АҚ|қор(?:ы|ының)?(?!\w)|"
    r"программ|проект|телеканал|канал|акци|комплекс|компани|ТОО|АО|фонд)",
    re.I,
)
# ... or after the noun, before the name: "в рамках проекта «100 школ»", "программы «1000 мектеп»"
_NAME_NOUN_BEFORE = re.compile(
    r"(?<!\w)(?:бағдарлама|жоба|программ|проект|акци|марафон|телеканал|фонд)\w*\s*$", re.I
)
_NAME_WORDS = 4
# Kazakh numbering told after the number: an article, clause, annex or chapter ("Бюджет кодексінің
# 75-бабы 2-тармағына", "1) тармақшасына", "1, 2 және 3-қосымшаларға"), and the category of a family
# or a birth ("4 баласы бар отбасыларға", "1, 2, 3 бала туған кезде", "4 және одан көп бала туған")
# (FORMAT.md: article numbers and categories of families are no figures); a list's members share it
_KK_NUMBERED_AFTER = re.compile(
    r"(?:(?:\s*,\s*|\s+(?:және|мен|бен|немесе)\s+)\d+)*"
    # ("1, 2, 3-балаға": the first, second, third child of a family, a birth order, no count)
    # ("4-санатқа", "4-санаттағы шақыртулар": the category numbered so, +fs30kk)
    r"(?:-(?:бап|баб|тармақ|тармағ|қосымша|бөлім|тарау|бала|санат)\w*|\)\s*тармақша\w*"
    # ("1, 2, 3 бала туғанда", "10 баласы барларға": the same categories, other case endings)
    r"|\s+(?:және\s+одан\s+(?:да\s+)?көп\s+)?бала(?:сы\s+бар(?:ларға|лар)?|\s+туған(?:да)?)(?!\w)"
    # ("4 және одан көп балаға": families of four children and more, a category)
    r"|\s+және\s+одан\s+(?:да\s+)?(?:көп|артық)\s+бала\w*)",
    re.I,
)


def _in_quoted_name(text: str, start: int, end: int) -> bool:
    opened = text.rfind("«", max(0, start - 40), start)
    if opened < 0 or "»" in text[opened:start]:
        return False
    closed = text.find("»", end, end + 40)
    if closed < 0 or len(text[opened + 1 : closed].split()) > _NAME_WORDS:
        return False
    return (
        not text[end:closed].strip()
        or bool(_NAME_NOUN_AFTER.match(text, closed))
        or bool(_NAME_NOUN_BEFORE.search(text, max(0, opened - 24), opened))
    )


class Reader:
    """Compiled patterns of one language."""

    def __init__(self, language: LanguageData) -> None:
        self.language = language
        # (Kazakh glues a scale with its case ending to the digits by a hyphen: "240-мыңға жуық")
        glue = r"(?:[ \u00a0]|-(?=мың|млн|млрд))?" if language.code == "kk" else r"[ \u00a0]?"
        self.scale = re.compile(
            glue + "(?:" + "|".join(f"(?P<s{n}>{p})" for n, (p, _) in enumerate(language.scales)) + ")",
            re.I,
        )
        self.scale_values = {f"s{n}": value for n, (_, value) in enumerate(language.scales)}
        self.unit = re.compile("|".join(f"(?P<u{n}>{p})" for n, (p, _, _) in enumerate(language.units)))
        self.unit_codes = {f"u{n}": (code, factor) for n, (_, code, factor) in enumerate(language.units)}
        self.case = re.compile(language.case_suffix)
        self.ordinal = re.compile(language.ordinal_suffix)
        self.duration = re.compile(language.duration_after, re.I)
        self.month = re.compile(r"[\s-]*(?:" + "|".join(language.months) + r")\w*", re.I)
        words = sorted(language.number_words, key=len, reverse=True)
        # tens that may stand before a unit word: "двадцать пять процентов" is 25, not 5
        # (a Kazakh teen is ten and a unit too: "он бес мың" is 15 thousand, not 5; +ps42kk)
        teen_tens = (10,) if language.code == "kk" else ()
        tens = [
            word
            for word in words
            if language.number_words[word] in _TENS or language.number_words[word] in teen_tens
        ]
        scale_words = "|".join(p for p, _ in language.scales)
        tens_before = (
            rf"(?:(?P<tens>{'|'.join(tens) or '(?!)'})\s+(?=\w+\s+(?:процент|пайыз|{scale_words})))?"
        )
        self.number_word = re.compile(
            r"(?<!\w)" + tens_before + r"(?P<w>" + "|".join(words) + r")"
            r"(?P<half>\s+" + (language.half_word or "(?!)") + r")?"
            r"(?:\s*(?P<scale>" + scale_words + r")|(?P<pct>\s+(?:процент\w*|пайыз\w*))"
            r"|(?P<times>\s+(?:" + language.times_after + r")(?!\w))"
            # "на два метра", "три гектара", "екі тонна": a measure, however small, is no optional count
            r"|(?P<measure>(?=\s+" + _MEASURE_WORDS + r")))",
            re.I,
        )
        self.times_before = re.compile(language.times_before, re.I)
        self.multiplier = re.compile(
            r"(?<!\w)(?:"
            + "|".join(f"(?P<m{n}>{p})" for n, (p, _) in enumerate(language.multiplier_words))
            + r")(?!\w)"
            if language.multiplier_words
            else r"(?!)",
            re.I,
        )
        self.multiplier_values = {f"m{n}": float(v) for n, (_, v) in enumerate(language.multiplier_words)}
        # substrings one of which a text must hold to hold a number word the reader reads: a scale
        # word or "процент"/"пайыз" ("м", "п"), a multiplier ("раз", "есе", "вдвое", "вчетверо")
        self.number_word_hints = (
            "м",
            "М",
            "п",
            "П",
            "раз",
            "есе",
            "ое",
            "еро",
            "тонн",
            "гектар",
            "шақырым",
            "надцат",
            # (a Kazakh count in words: tens, "жүз"; +ps42kk)
            "жиырма",
            "отыз",
            "қырық",
            "елу",
            "алпыс",
            "жетпіс",
            "сексен",
            "жүз",
        )
        # "2 жарым миллион", "2 с половиной миллиона": digits and a half before a scale word
        self.half_after_digits = re.compile(rf"\s+(?:{_HALF_AFTER_DIGITS.get(language.code, '(?!)')})", re.I)
        # "полмиллиона", "полумиллиона", "жарты миллион": half of the scale
        self.half_scale = re.compile(
            r"(?<!\w)(?:полу?|жарты\s+)(?P<scale>миллион\w*|миллиард\w*|триллион\w*)"
            # "мың жарым гектар", "миллион жарым": one and a half of a scale told alone (not after
            # digits, "2 мың", read with them)
            r"|(?<!\d)(?<!\d\s)(?<!\w)(?P<scale_and_half>мың|миллион|миллиард)\s+жарым(?!\w)",
            re.I,
        )
        # each number-word scan of a sentence only when it holds a word of every gate of the pattern
        # (a number word and a scale, percent, times or measure word after it), or, for the one-of-a-
        # scale words, every gate of one of its alternatives ("он" of the Kazakh tens is in "тонн",
        # their units "бір", "екі" ... rarely in Russian): few sentences hold a multiplier or "полмиллиона"
        self.number_word_gates = tuple(literal_gates(p) for p in (self.number_word, self.multiplier))
        self.half_scale_gates = literal_gates(self.half_scale)
        self.one_scale_gates = alternative_gates(_ONE_SCALE)
        self.qualifiers = [(re.compile(p, re.I), name) for p, name in language.qualifiers]
        self.qualifier_gates = [literal_gate(p) for p, _ in self.qualifiers]
        self.range_start = re.compile(language.range_start_before, re.I)
        self.change = re.compile(language.change_words, re.I)
        self.now = re.compile(language.now_words, re.I)
        self.present = re.compile(language.present_words, re.I)
        self.comparison = re.compile(language.comparison_words, re.I)
        reporting = language.reporting_words
        self.reported_before = re.compile(rf"(?<!\w){reporting}\s+(?:\w+\s+)?$", re.I)  # "сообщили 13 ноября"
        self.reported_after = re.compile(rf"\s+(?:\w+\s+){{0,2}}{reporting}", re.I)  # "13 қарашада хабарлады"
        self.reported_word = re.compile(reporting, re.I)
        self.revision = re.compile(rf"(?<!\w){language.revision_words}", re.I)
        self.must = re.compile(language.must_words, re.I)
        self.current = re.compile(language.current_words, re.I)
        self.plan_noun = re.compile(language.plan_nouns, re.I)
        self.habitual = re.compile(language.habitual_words, re.I)
        self.habitual_gate = literal_gate(self.habitual)
        self.level_verb = re.compile(language.level_verbs, re.I)
        self.breakdown = re.compile(language.breakdown_words, re.I)
        self.address = re.compile(language.address_before, re.I)
        self.same_measure = re.compile(language.look_back_words, re.I)
        self.total = re.compile(language.total_words, re.I)
        self.total_gate = literal_gate(self.total)
        self.rate_base = re.compile(language.rate_base_before, re.I)
        self.cues = sorted(language.cues, key=lambda c: -len(c[0]))
        # every cue in one pattern, longest first: the first alternative to match is the longest stem
        self.cue = re.compile(
            "|".join(
                f"(?P<c{n}>{re.escape(stem[:-1])}$)" if stem.endswith("=") else f"(?P<c{n}>{re.escape(stem)})"
                for n, (stem, _) in enumerate(self.cues)
            )
        )
        self.cue_kinds = {f"c{n}": kind for n, (_, kind) in enumerate(self.cues)}
        # word -> cue_kind: news repeats its words, and the alternation of every stem is tried
        # per word otherwise; bounded, as the words of a whole archive are many
        self._cue_kind_of: dict[str, str | None] = {}
        self._reported: dict[str, bool] = {}
        self._last_rate_bases: tuple[str | None, tuple[re.Match[str], ...]] = (None, ())
        # (last, once every gate above is read from the patterns as written)
        gate_namespace(vars(self))

    def rate_bases(self, text: str) -> tuple[re.Match[str], ...]:
        """The rate bases ("на 1000 жителей") of a sentence: read once for its figures and again by the
        sentence after it (whether a rate was just given), so the last sentence's are kept."""
        if self._last_rate_bases[0] != text:
            self._last_rate_bases = (text, tuple(self.rate_base.finditer(text)))
        return self._last_rate_bases[1]

    def is_reported_word(self, word: str) -> bool:
        """Whether the whole word is a verb of reporting ("сообщили", "хабарлады"), remembered as cue_kind is."""
        known = self._reported
        if word in known:
            return known[word]
        reported = self.reported_word.fullmatch(word) is not None
        if len(known) < _KNOWN_WORDS:
            known[word] = reported
        return reported

    def cue_kind(self, word: str) -> str | None:
        """The kind of the longest cue stem a (lower-case) word starts with; '=' cues whole words only."""
        known = self._cue_kind_of
        if word in known:
            return known[word]
        match = self.cue.match(word)
        kind = self.cue_kinds[str(match.lastgroup)] if match else None
        if len(known) < _KNOWN_WORDS:
            known[word] = kind
        return kind

    def read_scale(self, text: str, position: int) -> tuple[float, int] | None:
        match = self.scale.match(text, position)
        if not match:
            return None
        return self.scale_values[str(match.lastgroup)], match.end()

    def figures(self, text: str, skip_before: int = 0) -> list[Figure]:
        """The figures of a sentence, in order, with the numbers that are no figures left out."""
        found: list[Figure] = []
        consumed = skip_before
        sites = sentence_holds(_SITE_NAME_GATE, text)  # (read once for all the numbers of the text)
        for match in _NUMERAL.finditer(text):
            start, end = match.span()
            if start < consumed:
                continue
            date_or_time = (
                _DATE_TIME.match(text, start)
                or NUMBER_CHAIN_AT.match(text, start)
                or _SECTION_NUMBER.match(text, start)
                or (_SITE_NAME.match(text, start) if sites else None)
            )
            if date_or_time:  # a date, a clock time, a site, or a name like "7-20-25"
                consumed = date_or_time.end()
                continue
            figure = self._read(text, start, end, match.group(0))
            if figure is None:
                if found and self._label_ending(text, end):
                    found = without_members_of_label_list(text, found, start)  # "70 және 75 жастан"
                continue
            consumed = figure.end
            if self._unit_of_price(text, figure):
                continue
            found.append(figure)
        words = self._number_words(text, found, skip_before)
        # a digit part of a number word's compound ("три триллиона 100 миллиардов") is in the word's figure
        if words:
            found = [f for f in found if not any(w.start < f.start < w.end for w in words)] + words
        found.sort(key=lambda f: f.start)
        if "км" in text:  # "за превышение скорости от 20 до 40 км/ч": the bounds of a fine's speed bands
            bands = speed_band_bounds(text, [(f.start, f.end) for f in found])
            found = [f for n, f in enumerate(found) if n not in bands]
        return self._per_base_rates(text, _with_tiyn(text, found))

    def _unit_after(self, text: str, position: int, scaled: bool) -> tuple[re.Match[str] | None, int]:
        """The unit written at the position and where it ends; after a scale's dot the unit may be
        glued with no space ("2,4 млн.тонна"), which the unit forms (a space first) are read as having."""
        unit = self.unit.match(text, position)
        if unit is not None:
            return unit, unit.end()
        if scaled and text[position - 1 : position] == "." and text[position : position + 1].isalpha():
            glued = self.unit.match(f"{text[:position]} {text[position:]}", position)
            if glued is not None:
                return glued, glued.end() - 1
        return None, position

    def _label_ending(self, text: str, end: int) -> bool:
        """Whether the number ending at `end` is an age, a span or an ordinal by its ending ("75
        жастан", "5 лет", "3-го", "3-балаға"), which the members of a list before it share."""
        if text[end : end + 1] == "-":
            return bool(self.ordinal.match(text, end) or _KK_NUMBERED_AFTER.match(text, end))
        return bool(self.duration.match(text, end) or _KK_NUMBERED_AFTER.match(text, end))

    def _times_at(self, text: str, position: int) -> bool:
        """Whether a multiplier's word ("есе", "раза") is written at the position."""
        unit = self.unit.match(text, position)
        return unit is not None and self.unit_codes[str(unit.lastgroup)][0] == "times"

    def _unit_of_price(self, text: str, figure: Figure) -> bool:
        """'Цена 1 кг говядины', 'за 1 литр', 'тенге за 1 кВт·ч', 'за 1 кубометр', '1 литрінің бағасы 160
        теңге', '1 текше метрі үшін 267,6 теңге': the one unit a price or tariff is given for, no figure
        ('за 1 кВт/час' is read as a kilowatt, whose value is 0.001 MW: the written '1' is checked)."""
        if figure.scaled:
            return False
        if self.language.code == "ru":
            return (
                figure.unit in _PRICED_UNITS and bool(_WRITTEN_ONE.match(text, figure.start))
                and bool(_PRICE_OF_ONE.search(text, max(0, figure.start - 24), figure.start))
            )  # fmt: skip
        if (
            self.language.code == "kk" and figure.unit is None and figure.value == 1
            and bool(_WRITTEN_ONE.match(text, figure.start))
            and _KK_ONE_THING_MEASURED.match(text, figure.end) is not None
        ):  # fmt: skip
            return True  # "1 пәтердің жалпы ауданы 82,5 ш/м": the one thing a measure is told for
        # a Kazakh unit owned or followed by "үшін", with money told beside it ("1 тонна сүт өндірілді" stays)
        return (
            self.language.code == "kk" and figure.value == 1 and figure.unit in ("kg", "litre", "tonne", "m3", "kWh")
            and bool(
                _KK_ONE_UNIT_OWNED.search(text[figure.start : figure.end])
                or _KK_FOR_AFTER.match(text, figure.end)
                or _KK_ONE_UNIT_OF_GOODS.match(text, figure.end)
            )
            and bool(_MONEY_NEAR.search(text, max(0, figure.start - 40), figure.end + 60))
        )  # fmt: skip

    def _per_base_rates(self, text: str, found: list[Figure]) -> list[Figure]:
        """'1000 тұрғынға шаққанда 22,55': the base is no figure; a bare number after it and below
        it is a rate per that base (a count of 216 200 births later in the sentence is not)."""
        if self.language.code == "ru":
            found = [replace(f, unit="other") if _ru_people_per_one(text, f) else f for f in found]
        for base in self.rate_bases(text):
            size = float(re.sub(r"\D", "", base["base"])) * (
                1000 if re.search("мың|тыс", base["base"]) else 1
            )
            found = [
                f
                if f.start < base.end() or f.unit or f.scaled or f.value >= size
                else replace(f, unit="other")
                for f in found
                if not (base.start("base") <= f.start < base.end("base"))
            ]
        return found

    def _compound(self, text: str, value: float, scale: tuple[float, int]) -> tuple[float, int]:
        """The smaller scaled parts after a scaled number: "27 трлн 270 млрд", "4 млн 75 мың",
        "три триллиона 100 миллиардов"; the value and the end of the last part."""
        position, parts = scale[1], 1
        while True:
            more = _NUMERAL.match(text, position + 1) if text[position : position + 1] == " " else None
            if not more:
                break
            inner = self.read_scale(text, more.end())
            if not inner or inner[0] >= scale[0]:
                break
            value += numeral_value(more.group(0).replace(" ", "")) * inner[0]
            position, scale = inner[1], inner
            parts += 1
        # "19 миллионов 503 тысячи 159 человек", "18 млн 177 тыс. 650": the units after the thousands
        ones = _ONES_AFTER_THOUSANDS.match(text, position) if parts > 1 and scale[0] == 1000 else None
        if ones is None and parts == 1 and scale[0] == 1000 and _THOUSANDS_IN_FULL.search(text, 0, position):
            # "798 тысяч 576 пассажиров", "14 тысячи 353 самолётовылетов": the ones after the
            # thousands written in full, before the thing counted
            ones = _ONES_BEFORE_NOUN.match(text, position)
        if ones is None and parts == 1 and scale[0] == 1000 and self.language.code == "kk":
            # "9 мың 300 тонна көмір", "12 мың 450 бас мал": Kazakh writes the ones after "мың" so too
            ones = _KK_ONES_AFTER_MYN.match(text, position) if _KK_MYN_END.search(text, 0, position) else None
        if ones:
            value, position = value + int(ones.group(1)), ones.end(1)
        return value, position

    def _read(self, text: str, start: int, end: int, numeral: str) -> Figure | None:
        digits = numeral.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
        raw = numeral_value(digits)
        before = text[max(0, start - 2) : start]
        if text[start - 1 : start] in ("№", "#") or before.rstrip()[-1:] == "№":
            return None
        previous_word = _previous_word(text, start)
        if previous_word in self.language.numbering_before or previous_word in _FUEL_GRADE:
            return None  # ("АИ 92 маркалы бензин": a fuel's grade written with a space, as "АИ-92" is)
        if self.address.search(text, max(0, start - 60), start):
            return None  # a house number in a street address
        # "Т48,9 млрд": a tenge sign glued before an amount with its scale (not "Т34", a model's name);
        # "₸500": the sign itself
        tenge_sign = bool(_TENGE_SIGN_BEFORE.search(text, max(0, start - 2), start)) and (
            text[start - 1 : start] == "₸" or bool(self.read_scale(text, end))
        )
        if (text[start - 1 : start].isalpha() and not tenge_sign) or (
            text[start - 1 : start] == "-"
            and text[start - 2 : start - 1].isalpha()
            and not (self.language.code == "kk" and _KK_MEASURE_DASH.search(text, max(0, start - 12), start))
        ):
            return None  # part of a name or code: COVID-19, A320
        if text[start - 1 : start] == "/" and _CODE_BEFORE_SLASH.search(text, max(0, start - 12), start):
            return None  # "АИ-95/96": the second grade of a fuel's code
        after = text[end : end + 1]
        if after.isalpha() and not self.read_scale(text, end):
            return None  # "5G", "3D" (not a scale glued to its digits, "1млн. 414 тыс. тонн")
        value, position, scaled = raw, end, False
        half = self.half_after_digits.match(text, position) if digits.isdigit() else None
        if half and self.duration.match(text, half.end()):
            return None  # "2 жарым сағат", "2 с половиной часа": a span of time
        if half and (self.read_scale(text, half.end()) or self._times_at(text, half.end())):
            # "2 жарым миллион адам": 2.5 million, not 2; "4 жарым есеге өсті": 4.5 times
            value, position = raw + 0.5, half.end()
        unit: str | None = None
        if text[max(0, start - 2) : start].strip().endswith("$"):  # "$208 млн", "($208 млн)"
            unit = "USD"
        elif tenge_sign:  # "Т48,9 млрд", "₸48,9 млрд"
            unit = "KZT"
        # a scale, then compounds "27 трлн 270 млрд", "4 млн 75 мың"
        # "56 с небольшим тысяч": a little over, the scale after the words that say so
        over = (
            match_in(_A_LITTLE_OVER, _A_LITTLE_OVER_GATE, text, position)
            if self.language.code == "ru"
            else None
        )
        scale = self.read_scale(text, position) or (self.read_scale(text, over.end()) if over else None)
        if scale:
            value, position = self._compound(text, value * scale[0], scale)
            scaled = True
        unit_match, unit_end = self._unit_after(text, position, scaled)
        if unit_match and unit is None:
            code, factor = self.unit_codes[str(unit_match.lastgroup)]
            unit, value, position = code, value * factor, unit_end
            if (
                code == "times" and scaled and self.language.code == "ru"
                and not self.times_before.search(text, max(0, start - 8), start)
            ):  # fmt: skip
                unit = "count"  # "посетили 5,1 млн раз": visits counted, no "в 5 раз" multiplier
        elif unit_match and unit == "USD":
            position = unit_end
        elif unit is None and scaled and self.language.code == "kk":
            # "5 миллионға жуық шаршы метр", "120 мыңнан астам тонна": the unit after the qualifier that
            # follows a scale in a case is the figure's (the surface stays before the qualifier, read as such)
            gap = _KK_QUALIFIER_GAP.match(text, position)
            gapped_unit = self.unit.match(text, gap.end()) if gap else None
            if gapped_unit is not None and self.unit_codes[str(gapped_unit.lastgroup)][0] not in (
                "times",
                "other",
            ):
                code, factor = self.unit_codes[str(gapped_unit.lastgroup)]
                unit, value = code, value * factor
        case = self.case.match(text, position) if text[position : position + 1] == "-" else None
        if case is None and self.language.code == "ru" and 2 <= raw <= 4 and digits == numeral:
            case = _RU_CARDINAL_X.match(text, position)  # "4-х жилых домов": четырёх, not an ordinal
        if case:
            position = case.end()
            # "больше 20-ти тонн мусора", "до 5-ти процентов": the unit after the numeral's case ending
            # (Kazakh ends the last word of a figure with its case, never the numeral before a unit)
            after_case = (
                self.unit.match(text, position) if unit is None and self.language.code == "ru" else None
            )
            if after_case is not None:
                code, factor = self.unit_codes[str(after_case.lastgroup)]
                unit, value, position = code, value * factor, after_case.end()
        elif text[position : position + 1] == "-" and self.ordinal.match(text, position):
            return None  # "1-го", "2027-ші"
        # "Олардың 22-сі жыл соңына дейін ...": "N of them" counts what was named before, so the "жыл"
        # after it opens the next phrase, no duration of its own (+fs30kk)
        of_them = case is not None and _KK_POSSESSIVE_CASE.fullmatch(case.group(0)) is not None
        if unit is None and not scaled:
            if self.duration.match(text, position) and not of_them or self.duration.match(text, end):
                return None  # "5 лет", "с 60 лет", "3 жыл", "70 жастағы"
            to_high = _RANGE_TO_NUMBER.match(text, position)
            if to_high and self.duration.match(text, to_high.end()):
                return None  # "от 1 до 30 дней", "31-60 дней", "5-7 жыл": a span of time, both ends
            if (
                digits == numeral and "." not in digits and "," not in digits and 1900 <= raw <= 2100
                and not (_COUNT_BEFORE.search(text, max(0, start - 16), start) and _NOUN_AFTER.match(text, position))
                # ("1920 орындық 4 мектеп", "школа на 2000 мест": a building's size, not a year)
                and not _CAPACITY_AFTER.match(text, position)
                and not _COUNTED_AFTER.match(text, position)
            ):  # fmt: skip
                return None  # a year (not "более 2000 нарушений", "2000 адам": a count of things)
            if raw <= 31 and self.month.match(text, position) and not _KAZANDYK.match(text, position):
                return None  # "7 января", "1 қыркүйек" (not "15 қазандық", fifteen boiler houses)
            if raw <= 31 and self.language.code == "ru" and _MONTH_SHORT.match(text, position):
                return None  # "АСТАНА, 2 сен (Рейтер)": a wire's dateline day
            if (
                raw <= 12 and digits == numeral
                and (_GRADE_RANGE_LOW.match(text, position) or (
                    _GRADE_RANGE_HIGH.search(text, max(0, start - 8), start) and _GRADE.match(text, position)))
            ):  # fmt: skip
                return None  # "школьники 5–11 классов": the grades, not counts
            if raw < 100 and _AGE_NOUN_BEFORE.search(text, max(0, start - 60), start):
                return None  # "зейнет жасы ерлер үшін – 63": the age itself
            if start == 0 and LIST_ITEM.match(text) and re.match(r"[.)]\s", text[end : end + 2]):
                return None  # list numbering
            if text[start - 1 : start] in "-–/" and year_span_end(text, start, end):
                return None  # "2016-17 жылдары", "в 2019-20 годах": the span's second year
            if _in_quoted_name(text, start, position):
                return None  # «Хабар 24», «100 мектеп, 100 аурухана» бағдарламасы: a name
            if _KK_NUMBERED_AFTER.match(text, end):
                return None  # "75-бабы", "1) тармақшасы", "1, 2 және 3-қосымшалар", "4 баласы бар": a number naming
        elif unit is None and self.duration.match(text, position):
            return None  # "1,5 тыс. лет"
        minus = minus_at(text, start)
        if minus is not None:  # "−32,4 м", "минус 2 метра", "-3,3%" (signs.py: not "3-5%", "— 760")
            return Figure(minus, position, -value, unit, scaled, -raw)
        signed = (unit == "USD" and text[start - 1 : start] == "$") or (
            unit == "KZT" and text[start - 1 : start] in ("Т", "T", "₸")
        )
        return Figure(start - (1 if signed else 0), position, value, unit, scaled, raw)

    def _number_words(self, text: str, found: list[Figure], skip_before: int) -> list[Figure]:
        """'полутора миллиардов', 'один миллион', 'три процента', 'бір жарым миллион', 'полмиллиона'."""
        if not any(hint in text for hint in self.number_word_hints):
            return []
        words: list[Figure] = []
        taken = [(f.start, f.end) for f in found]
        lower = sentence_lower(text)  # (plain_lower, read once for the sentence's readers)
        number_word, multiplier = (holds_all(gates, lower) for gates in self.number_word_gates)
        one_scale = holds_some(self.one_scale_gates, lower)
        half_scale = holds_all(self.half_scale_gates, lower)
        for match in self.number_word.finditer(text) if number_word else ():
            if match.start() < skip_before or any(match.start() < b and a < match.end() for a, b in taken):
                continue
            value = self.language.number_words[match["w"].lower()] + (0.5 if match["half"] else 0.0)
            if match["tens"] and value < 10:
                value += self.language.number_words[match["tens"].lower()]
            position, scaled, unit = match.end(), False, None
            if match["scale"]:
                scale = self.read_scale(text, match.start("scale"))
                if scale is None:
                    continue
                value, position = self._compound(text, value * scale[0], scale)
                scaled = True
            elif match["measure"] is not None:
                if value < 2:
                    continue  # "стоимость одной тонны", "бір тоннасы": the one unit a price is told for
                # (the measure's unit is read below)
            elif match["times"]:
                if value == int(value) and not self.times_before.search(
                    text, max(0, match.start() - 12), match.start()
                ):
                    continue  # "пять раз в год": a repeat, not a multiplier
                unit = "times"  # "в полтора раза", "в семь раз", "бір жарым есе", "екі есеге"
            else:
                unit = "percent"
                point = (
                    _POINT_AFTER.match(text, position)
                    if _POINT_ADJECTIVE.search(match["pct"] or "")
                    else None
                )
                if (
                    point is not None
                ):  # "на один процентный пункт", "бір пайыздық тармақ": points, not a percent
                    unit, position = "percentage_point", point.end()
            unit_match = self.unit.match(text, position)
            if unit_match and unit is None:
                code, factor = self.unit_codes[str(unit_match.lastgroup)]
                unit, value, position = code, value * factor, unit_match.end()
            words.append(Figure(match.start(), position, value, unit, scaled, value))
        for match in self.multiplier.finditer(text) if multiplier else ():  # "вдвое больше", "жарты есеге"
            if match.start() >= skip_before and not any(
                match.start() < b and a < match.end() for a, b in taken
            ):
                value = self.multiplier_values[str(match.lastgroup)]
                words.append(Figure(match.start(), match.end(), value, "times", False, value))
        # "свыше тысячи сельчан": over one thousand
        for match in _ONE_SCALE.finditer(text) if one_scale else ():
            if match["kk_tens"] or match["kk_hundred"]:
                if (
                    match.start() >= skip_before
                    and not any(
                        match.start() < b and a < match.end()
                        for a, b in [*taken, *((w.start, w.end) for w in words)]
                    )
                    and not _after_number_word(self, text, match.start())
                ):
                    value = (
                        self.language.number_words[match["kk_tens_word"].lower()]
                        + self.language.number_words[match["kk_unit_word"].lower()]
                        if match["kk_tens"]
                        else 100.0
                    )
                    words.append(Figure(match.start(), match.end(), value, None, False, value))
                continue
            if match["teen"]:
                if match.start() >= skip_before and not any(
                    match.start() < b and a < match.end()
                    for a, b in [*taken, *((w.start, w.end) for w in words)]
                ):
                    value = 10.0 + _RU_TEEN_UNITS[match["teen_unit"].lower()]
                    words.append(Figure(match.start(), match.end(), value, None, False, value))
                continue
            group = (
                "scale"
                if match["scale"]
                else "scale_loc"
                if match["scale_loc"]
                else "one"
                if match["one"]
                else "scale_kk"
            )
            if match.start(group) < skip_before or any(
                match.start(group) < b and a < match.end() for a, b in taken
            ):
                continue
            if (match["one"] or match["kk"]) and (
                any(w.start <= match.start() < w.end for w in words)
                or _after_number_word(self, text, match.start())
            ):
                continue  # "три миллиард": the scale of the number word before it
            scale = self.read_scale(text, match.start(group))
            if scale is None:
                continue
            position, unit, value = match.end(group), None, scale[0]
            unit_match = self.unit.match(text, position)
            if unit_match:  # "около миллиона тенге"
                code, factor = self.unit_codes[str(unit_match.lastgroup)]
                unit, value, position = code, value * factor, unit_match.end()
            words.append(Figure(match.start(group), position, value, unit, True, 1.0))
        for match in self.half_scale.finditer(text) if half_scale else ():
            one_and_half = match["scale_and_half"] is not None
            group = "scale_and_half" if one_and_half else "scale"
            scale = self.read_scale(text, match.start(group))
            if scale is None or match.start() < skip_before:
                continue
            if one_and_half and (
                any(a <= match.start() < b for a, b in taken) or _after_number_word(self, text, match.start())
            ):
                continue  # "екі мың жарым", "2 мың": the scale of the number before it
            half = 1.5 if one_and_half else 0.5
            position, unit, value = match.end(), None, half * scale[0]
            unit_match = self.unit.match(text, position)
            if unit_match:
                code, factor = self.unit_codes[str(unit_match.lastgroup)]
                unit, value, position = code, value * factor, unit_match.end()
            words.append(Figure(match.start(), position, value, unit, True, half))
        return words


# the measures a small number word may stand before as a figure (numbers.py _MEASURE_WORD for English)
_MEASURE_WORDS = r"(?:метр|тонн|гектар|километр|шақырым|мегаватт|гигаватт)\w*"


# the half written after a whole number and before its scale word, by language
_HALF_AFTER_DIGITS = {"kk": "жарым", "ru": r"с\s+половиной"}


# a scale word alone after "over", "about": one of it ("свыше тысячи", "около миллиона"; in Kazakh
# before the word: "мыңнан астам", "миллионға жуық"; not "2 мыңнан астам", read with its number)
_ONE_SCALE = re.compile(
    r"(?<!\w)(?:свыше|более|около|почти|порядка)\s+(?P<scale>тысячи|миллиона|миллиарда)(?!\w)"
    # "в тысяче сельских школ": one thousand in the prepositional, after its preposition (+fs30ru)
    r"|(?<!\w)(?:в|во|на|о|об|при)\s+(?P<scale_loc>тысяче)(?=\s+[^\W\d]{3,})"
    # "оставляли почти миллион тенге", "проект на миллион долларов": one of the scale, told alone (not
    # after digits or a number word: "21 миллион", "сто миллион" are read with them; "миллион жарым" is
    # one and a half, read as a half scale)
    r"|(?<!\d)(?<!\d\s)(?<!\w)(?P<one>миллион|миллиард)(?!\s+жарым)(?=\s+[^\W\d]{3,})"
    # (after a word too: "оларда миллионнан астам бала", +fs38kk; not after a number word, below)
    r"|(?<!\d)(?<!\d\s)(?<!\w)(?P<kk>(?P<scale_kk>мыңнан|миллионнан|миллиардтан|мыңға|миллионға|миллиардқа))"
    r"\s+(?:астам|аса|артық|жуық)(?!\w)"
    # "ввод жилья вырос в пятнадцати регионах": a Russian teen written as a word, a count of the noun
    # after it (not a span of time, "одиннадцать месяцев", nor a repeat, "двенадцать раз"; +fs39ru)
    r"|(?<!\w)(?P<teen>(?P<teen_unit>один|две|три|четыр|пят|шест|сем|восем|девят)надцат(?:ь|и|ью))"
    r"(?=\s+(?!(?:месяц|лет|год|дн|дей|недел|час|минут|сут|раз|сезон|квартал)\w*)[^\W\d]{3,})"
    # a Kazakh count written as tens and units, "елу екі ауыл тұрғыны" (52), before the noun it counts
    # (not a span of time, "жиырма бес күн", nor an age or a repeat, nor a scale or a percent after it,
    # whose number the tens alone do not make), and "жүз" (100) before the size of a place, "жүз орындық
    # мектеп", or the people it counts (a bare "жүз" is also a face or swimming; +ps42kk)
    r"|(?<!\w)(?P<kk_tens>(?P<kk_tens_word>он|жиырма|отыз|қырық|елу|алпыс|жетпіс|сексен)\s+"
    r"(?P<kk_unit_word>бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз))"
    r"(?=\s+(?!(?:жыл|ай|күн|апта|сағат|минут|рет|жас|мың|миллион|миллиард|пайыз|есе)\w*)[^\W\d]{3,})"
    # (not "бірнеше жүз адам": several hundred, no number)
    r"|(?<!\w)(?<!бірнеше\s)(?P<kk_hundred>жүз)(?=\s+(?:орынды|орындық|төсекті|төсектік|пәтерлі|пәтерлік)(?!\w)"
    # (or before the people it counts: "жүз баланы қабылдайтын", "жүз отбасы")
    r"|\s+(?:бала|оқушы|адам|отбасы|тұрғын|науқас|маман)(?:ны|ні|ға|ге|дың|дің|ның|нің|ын|ін)?(?!\w))",
    re.I,
)
# the units of the Russian teens ("пятнадцать" is 10 + 5)
_RU_TEEN_UNITS = {
    "один": 1,
    "две": 2,
    "три": 3,
    "четыр": 4,
    "пят": 5,
    "шест": 6,
    "сем": 7,
    "восем": 8,
    "девят": 9,
}


_HALF_WORDS = frozenset(("жарты", "жарым", "пол", "половина", "половину", "половиной"))


def _after_number_word(reader: Reader, text: str, start: int) -> bool:
    """Whether the word right before `start` is a number word or a half ("бір миллион", "жарты
    миллион", "2 жарым миллион"): the scale is that word's, read with it."""
    words = text[max(0, start - 24) : start].split()
    last = words[-1].lower().strip(",.;:") if words else ""
    return last in reader.language.number_words or last in _HALF_WORDS


# the tiyn after a whole tenge amount: "17 теңге 29 тиыннан", "20 тенге 02 тиына" (a hundredth of a tenge)
_TIYN_AFTER = re.compile(r"\s+(\d{1,2})\s+тиын\w*", re.I)


def _with_tiyn(text: str, found: list[Figure]) -> list[Figure]:
    """'квт-на 17 теңге 29 тиыннан төлейді': one amount of 17.29 tenge, not 17 tenge and a count of 29."""
    merged: list[Figure] = []
    skip: int | None = None
    for figure in found:
        if figure.start == skip:
            continue
        tiyn = _TIYN_AFTER.match(text, figure.end)
        if figure.unit == "KZT" and not figure.scaled and figure.value == int(figure.value) and tiyn:
            figure = replace(figure, value=figure.value + int(tiyn.group(1)) / 100, end=tiyn.end())
            skip = tiyn.start(1)
        merged.append(figure)
    return merged


def dateline_length(body: str) -> int:
    """How many characters the 'Астана. 8 декабря. KAZAKHSTAN TODAY - ' dateline takes (0 without)."""
    match = _DATELINE.match(body)
    return match.end() if match else 0


def _previous_word(text: str, start: int) -> str:
    # ("пункт «3-1»": an opening quote alone before the digits is no word; the one before it is)
    words = [w for w in (w.strip(',.:(«"') for w in text[max(0, start - 20) : start].lower().split()) if w]
    return words[-1] if words else ""


_READERS: dict[str, Reader] = {}


def reader_for(language: LanguageData) -> Reader:
    reader = _READERS.get(language.code)
    if reader is None:
        reader = _READERS[language.code] = Reader(language)
    return reader
