"""The figures of a sentence: numerals with their unit and scale, minus what is not a figure.

A number is passed over when it is a year, a date, a time, a phone number, a code ("A320"),
numbering ("Article 5"), an ordinal or a duration; `skipped_numbers` says which and why.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from etl.extract import context as ctx
from etl.extract.literal_gates import literal_gate, may_match, sentence_lower
from etl.extract.numbers import Quantity, find_numerals, numeral_value, read_quantity
from etl.extract.periods import MONTHS, counted_not_a_year
from etl.extract.records import replace
from etl.extract.sentences import LIST_ITEM, split_sentences
from etl.extract.speed_bands import speed_band_bounds

_MONTH_WORD = (
    "|".join(m.capitalize() for m in MONTHS) + "|" + "|".join(m[:3].capitalize() for m in MONTHS) + "|Sept"
)
DAY_BEFORE_MONTH = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_WORD})\b")
# the other end of a span of days: "Sept. 7-13", "7-13 September"
_DAY_SPAN_BEFORE = re.compile(rf"\b(?:{_MONTH_WORD})\.?\s+\d{{1,2}}\s?[-–]\s?$")
_DAY_SPAN_AFTER = re.compile(rf"\s?[-–]\s?\d{{1,2}}\s+(?:{_MONTH_WORD})\b")
MONTH_WORDS = set(MONTHS) | {m[:3] for m in MONTHS} | {"sept"}
# Dates, times and phone numbers, tried where a numeral starts (or at the '+'/'(' before it).
NOT_A_FIGURE_AT = re.compile(
    r"\d{1,2}[./]\d{1,2}[./]\d{2,4}(?!\d)|\d{4}-\d{2}-\d{2}(?!\d)"
    r"|\d{1,2}:\d{2}(?!\d)|\d{1,2}(?:[.:]\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)"
    r"|(?:\+\d{1,3}\s?)?\(?\d{3,4}\)?[\s-]\d{2,3}[\s-]\d{2}[\s-]\d{2}(?!\d)"
    r"|\+\d[\d\s()-]{8,}\d|\d\s\d{3}\s\d{3}\s\d{2}\s?\d{2}(?!\d)"
    r"|(?:\+?\d{1,3}\s?)?\(\d{3,5}\)\s?\d{1,3}[\s-]?\d{2}[\s-]?\d{2}(?!\d)"  # 8 (7172) 74-04-53
)
# Words after which a number is a label, not a figure ("Article 5", "No. 123", "Stage 2").
NUMBERING_WORDS = set(
    """no nos № # article articles clause paragraph chapter section part item point decree resolution
    order law phase stage season episode route room grade level version block lot line platform terminal
    unit page category class group team round window""".split()
)
PERIOD_WORDS = set(
    "in by since from until till to of for between and through year years early late mid".split()
)
QUOTES_OPEN = "‘“\"'«"
QUOTES_CLOSE = "’”\"'»"
# ("our 20 millionth passenger", "the 5 billionth tenge": an ordinal written apart too, +fs38en)
ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th)\b|[- ](?:hundredth|thousandth|millionth|billionth)\b")
_ORDINAL_FIRST = ("s", "n", "r", "t", "-", " ")  # what an ORDINAL_AFTER match starts with (case-sensitive)
RANGE_BETWEEN = re.compile(r"^\s?[-–—]\s?[+]?$|^\s+to\s+[+]?$|^\s+and\s+[+]?$")
YEAR_NUMERAL = re.compile(r"(?:19|20)\d{2}")
# A date, time or phone number goes on right after its first numeral with one of these (or a
# space and a digit): only then is NOT_A_FIGURE_AT tried.
_DATE_TIME_PHONE_NEXT = set(".:/-)ap")
# Three or more numbers joined by hyphens name a programme or a code ("the 7-20-25 mortgage"):
# a range has two ends.
NUMBER_CHAIN_AT = re.compile(r"\d{1,3}(?:-\d{1,3}){2,}(?![\d-])")
_AFTER_SPACE = set("0123456789(ap")


@dataclass
class Mention:
    start: int  # in the sentence, including a currency sign before the numeral
    numeral_start: int
    end: int  # end of the numeral
    quantity: Quantity


_COMMA_BEFORE = re.compile(r",\s*$")
_CATEGORY_BEFORE = re.compile(
    r"\b(?:famil(?:y|ies)|households?|mothers?|parents?)\s+with\s+(?:up\s+to\s+|at\s+least\s+|more\s+than\s+)?$",
    re.I,
)
# "aged 16", "aged between 6 and 10", "aged 6 to 10": the number after "aged" is an age
_AGE_BEFORE = re.compile(
    r"\baged\s+(?:(?:between|from|over|under)\s+)?(?:\d{1,3}\s*(?:-|–|to|and)\s*)?$"
    # "children under 15 make up 29.9%", "people over 65"
    # ("for each child under 18 and under 23 if studying": the singular, and a second bound after the first)
    r"|\b(?:child|children|kids?|people|persons?|adults?|youths?|pupils?|students?|residents|women|men|those)"
    r"\s+(?:under|over|below|above)\s+(?:\d{1,3}\s+(?:and|or)\s+(?:under|over|below|above)\s+)?$"
    # "over the age of 18", "from the age of 16", "at age 63": the age itself (not "the age of 120
    # buses": _AGE_OF_THINGS)
    r"|\b(?:the\s+)?(?P<age_of>age)\s+(?:of\s+)?(?:\d{1,3}\s*(?:-|–|to|and)\s*)?$"
    # "8.7 million people were younger than 25, ... older than 65" (+fs30en)
    r"|\b(?:younger|older)\s+than\s+$",
    re.I,
)
# "..., 9.7 million were between 25 and 65": the bounds of an age band, in a sentence that tells
# ages by "younger / older than" (+fs30en)
_AGE_BAND_BEFORE = re.compile(r"\bbetween\s+(?:\d{1,3}\s+and\s+)?$", re.I)
# "will turn 18", "turns 16": the age a person reaches ("the plant turned 40 tonnes of scrap into ..."
# counts things, _THINGS_AFTER_AGE)
_TURNS_AGE_BEFORE = re.compile(r"\b(?:turns?|turned|turning)\s+$", re.I)
_THINGS_AFTER_AGE = re.compile(
    r"\s*(?:%|percent\b|per\s+cent\b)|\s+(?!years\b|this\b|was\b|has\b|is\b)[a-z]{2,}s\b|\s+into\b", re.I
)
_AGES_TOLD = re.compile(r"\b(?:younger|older)\s+than\s+\d{1,3}\b", re.I)
_AGE_GATE = literal_gate(_AGE_BEFORE)
# "the age of 120 buses": how old the things are (not "reach the age of 18 this year": the words that
# are no plural noun, as after "turns 18", +ps41en)
_AGE_OF_THINGS = re.compile(r"\s+(?!years\b|this\b|was\b|has\b|is\b)[a-z]{3,}s\b")
# "in the 18-29 and 30-58 age groups", "among 15-24-year-olds": ages bounding a group, before the
# group's noun, with the other bounds of a list of groups between
_AGE_BOUND = r"\d{1,3}(?:\s*(?:-|–|to)\s*\d{1,3})?"
_RANGE_END_BEFORE = re.compile(r"\d\s*(?:-|–|to)\s*$")
_AGE_GROUP_AFTER = re.compile(
    rf"(?:\s*(?:-|–|to)\s*\d{{1,3}})?(?:\s*(?:,|and|or)\s*{_AGE_BOUND})*"
    r"(?:\s+age[\s-](?:groups?|brackets?|ranges?|cohorts?|categor(?:y|ies))\b|[\s-]+year[\s-]olds\b)",
    re.I,
)
# an age told with its years: "30 years old", "between 30 and 44 years old", "18 to 25 years of age"
_YEARS_OLD_AFTER = re.compile(r"(?:\s*(?:-|–|to|and)\s*\d{1,3})?\s+years?(?:[\s-]old\b|\s+of\s+age\b)", re.I)
# "for every KZT 1 of budget money", "each $1 invested": the base of a ratio; "KZT 1 to KZT 8": its
# first term, the other a sum in the same money (not "rose from KZT 1 to KZT 3": a range or a change)
_RATIO_BASE_BEFORE = re.compile(r"\b(?:every|each|per)\s+$", re.I)
_RATIO_TERM_AFTER = re.compile(r"\s+to\s+(?:KZT|US\$|\$|₸|USD|€|EUR)\s?\d")
_RANGE_OPENS_BEFORE = re.compile(r"\b(?:from|between)\s+$", re.I)


def _is_one_unit_base(text: str, quantity: Quantity) -> bool:
    return bool(
        _RATIO_BASE_BEFORE.search(text, max(0, quantity.start - 8), quantity.start)
        or (
            _RATIO_TERM_AFTER.match(text, quantity.end)
            and not _RANGE_OPENS_BEFORE.search(text, max(0, quantity.start - 9), quantity.start)
        )
    )


# a number glued by a hyphen to the rooms or floors a building or flat has: its kind, not a count
_SIZE_LABEL_AFTER = re.compile(r"-(?:rooms?|bedrooms?|storeys?|stor(?:y|ies)|floors?|apartment)\b", re.I)
# a house number before its street's name: "at 12 Abay street", "24 Kabanbay Batyr Avenue"
_ADDRESS_AFTER = re.compile(
    r"\s(?:[A-Z][\w'’-]+\s+){1,3}(?:[Ss]treet|[Ss]tr\.|[Aa]venue|[Aa]ve\.|[Bb]oulevard|[Pp]rospekt)(?!\w)"
)
# "the top 10 exporters", "in the TOP-5": a rank's size, no count of anything reported
_TOP_BEFORE = re.compile(r"\btop[\s-]$", re.I)
# "Of 85, KZT 32 billion went to ...": a total the text gave before, named again to take a part of
# it (FORMAT.md: a count needs its thing; "Of 85 projects, 32 are done" keeps both)
_PART_OF_BEFORE = re.compile(r"(?:^|[.;:]\s*|,\s+)[Oo]f\s+$")
# ... when the part after it is money ("Of 85, KZT 32 billion"); a count of the same thing after it
# ("of 380,000, 150,000 new jobs have been created") makes the bare number that thing's whole
_MONEY_PART_AFTER = re.compile(r",\s*(?:KZT|USD|EUR|RUB|US\$|\$|€|₸)", re.I)
# "the price of one tonne of wheat is KZT 100,000", "KZT 5,000 for 1 hectare", "One tonne of coal costs":
# the one unit a price is told for (a sentence with money in it), no amount of the thing
_PRICED_MEASURES = frozenset({"tonne", "kg", "hectare", "litre", "m2", "m3", "kWh", "km"})
_PRICE_BASE_BEFORE = re.compile(
    r"\b(?:(?:price|cost|tariff|fee)s?\s+(?:of|for|per)|for|per|each|every)\s+$", re.I
)
_COSTS_AFTER = re.compile(
    r"(?:\s+of\s+[\w\s-]{1,30}?)?\s+(?:now\s+)?(?:costs?|sells?\s+for|is\s+priced)\b", re.I
)
_MONEY_IN = re.compile(r"KZT|tenge|[$₸€]|USD|dollars?", re.I)
_CATEGORY_AFTER = re.compile(r"\s+(?:or\s+more\s+)?(?:children|kids|members|dependants|dependents)\b", re.I)


# what a year before it names ("the 2025 budget", "the 2027 roadmap"): never things counted
_DATED_BY_A_YEAR = frozenset(
    "budget roadmap plan programme program strategy season campaign harvest census election elections "
    "report concept law forecast edition agenda action".split()
)


# a programme's or project's noun after a quoted name or before it: 'the "100 schools" programme',
# 'under the project "1000 Schools"' (as cyrillic_numbers._in_quoted_name reads «100 мектеп» жобасы)
_NAME_NOUN_AFTER = re.compile(
    r"\s*[\"”’»]\s*(?:programmes?|programs?|projects?|initiatives?|campaigns?|schemes?|plans?|marathons?"
    r"|TV|channels?|foundations?|funds?|companies|company|LLP|JSC)\b",
    re.I,
)
_NAME_NOUN_BEFORE = re.compile(
    r"\b(?:programmes?|programs?|projects?|initiatives?|campaigns?|schemes?|plans?)\s+(?:called\s+|named\s+)?$",
    re.I,
)
_NAME_WORDS = 4
_QUOTE_MARKS = '"“«'


def _in_quoted_name(text: str, start: int, end: int) -> bool:
    """A number opening or inside a short quoted name that a programme's noun names: the "100 schools"
    programme, project «1000 мектеп» (a name, no count: FORMAT.md's slogans and names)."""
    opened = max(text.rfind(mark, max(0, start - 40), start) for mark in _QUOTE_MARKS)
    if opened < 0 or text[opened] == '"' and text.count('"', 0, opened) % 2:
        return False  # no quote opened before it (a straight quote after an odd count closes one)
    closed = next((i for i in range(end, min(len(text), end + 40)) if text[i] in '"”»'), -1)
    if (
        closed < 0
        or any(c in text[opened + 1 : start] for c in '"”»')
        or len(text[opened + 1 : closed].split()) > _NAME_WORDS
    ):
        return False
    return bool(
        _NAME_NOUN_AFTER.match(text, closed) or _NAME_NOUN_BEFORE.search(text, max(0, opened - 24), opened)
    )


# "for the period of 2016-17", "in 2019-20": a year span's second year cut to its last two digits
_FULL_YEAR_DASH_BEFORE = re.compile(r"(?<!\d)((?:19|20)\d{2})[-–/]$")


def year_span_end(text: str, start: int, end: int) -> bool:
    """The two digits at text[start:end] end a span of years whose first is written in full, and
    follow it by one year: "2016-17" (not "2016-45", a range of something else)."""
    year = _FULL_YEAR_DASH_BEFORE.search(text, max(0, start - 5), start)
    return year is not None and end - start == 2 and int(text[start:end]) == (int(year.group(1)) + 1) % 100


def _word_before(text: str, start: int) -> str:
    words = text[max(0, start - 24) : start].lower().split()
    return words[-1].strip(",.(") if words else ""  # "(November 29)": the month inside a bracket


_YEAR_RANGE_OPENS_BEFORE = re.compile(r"\b(?:19|20)\d\d\s?[-–—]\s?$")


def _is_year(text: str, start: int, end: int, quantity: Quantity, word_before: str) -> bool:
    """A bare 1900-2100 integer is a year unless a counted noun follows it outside a period phrase."""
    if quantity.unit or quantity.scaled or not YEAR_NUMERAL.fullmatch(text, start, end):
        return False
    if word_before in PERIOD_WORDS:
        return True
    if _YEAR_RANGE_OPENS_BEFORE.search(text, max(0, start - 6), start):
        return True  # "the plan for 2025-2029 comprises 100 measures": the end of a span of years (+fs41en)
    if counted_not_a_year(text, start, end):
        return False  # "More than 2000 people": the count the period reader leaves as no year
    # noun_phrase_after reads 72 characters at most: no slice to the sentence's end per number
    following = ctx.noun_phrase_after(text[quantity.end : quantity.end + 128], allow_of=False)
    if following and following.split()[0].lower() in _DATED_BY_A_YEAR:
        return True  # "the new 2027 roadmap includes 270 projects": the year names the document
    return not (following and following.split()[0].islower() and following.split()[-1].endswith("s"))


def _skip(text: str, start: int, end: int, quantity: Quantity) -> str | None:
    """Why a number is not a reported figure (year, date, code, numbering...); None when it is one."""
    before, after = text[start - 1 : start], text[end : end + 1]
    if quantity.duration:
        return "duration"
    glued_code = before.isalpha() and not quantity.currency_before  # "KZT120bn" is an amount
    if glued_code or (before == "-" and text[start - 2 : start - 1].isalpha()) or before in ("@", "/"):
        return "part of a name or code"  # COVID-19, A320, @bot1
    if after.isalpha() and quantity.end == end:
        return "letters glued after"  # 5G, 1st, 3D
    if before in "-–/" and quantity.unit is None and not quantity.scaled and year_span_end(text, start, end):
        return "year"  # "for the period of 2016-17": the span's second year
    if after == " " and quantity.unit is None and not quantity.scaled and _ADDRESS_AFTER.match(text, end):
        return "house number"  # "at 12 Abay street" (FORMAT.md: addresses are no figures)
    if after == "-" and quantity.unit is None and _SIZE_LABEL_AFTER.match(text, end):
        return "a size label"  # "3-room flats", "a 9-storey block": what kind of thing, no count
    word_before = _word_before(text, start)
    if text[end : end + 1] in _ORDINAL_FIRST and ORDINAL_AFTER.match(text, end):
        return "ordinal"
    if (
        word_before in NUMBERING_WORDS
        and "," not in text[start - 3 : start]
        # "raise the capacity of the route fivefold": a multiplier is no label's number
        and quantity.unit != "times"
    ) or before in ("#", "№"):
        return f"numbering ({word_before or before} N)"  # not "In the first phase, 27 measures"
    if (
        quantity.unit is None
        and not quantity.scaled
        and quantity.value <= 31
        and (
            DAY_BEFORE_MONTH.match(text, end)
            # "Since January, 28 events were held": a comma after the month ends its phrase
            or (word_before in MONTH_WORDS and not _COMMA_BEFORE.search(text, max(0, start - 3), start))
            or (before in "-–" and _DAY_SPAN_BEFORE.search(text, max(0, start - 16), start))
            or _DAY_SPAN_AFTER.match(text, end)
        )
    ):
        return "day of a date"  # 25 April, January 1, Sept. 7-13, 7-13 September
    if (
        word_before in ("every", "these", "those")
        and quantity.unit is None
        and not quantity.scaled
        and not _COMMA_BEFORE.search(text, max(0, start - 3), start)  # "Of these, 75,131 came from"
    ):
        # "Every 1,000 residents should have 80 m²": the base of a rate; "these 16 companies": a
        # number the text gave before
        return "rate base or a number named before"
    if (
        quantity.currency_before
        and quantity.value == 1
        and not quantity.scaled
        and _is_one_unit_base(text, quantity)
    ):
        return "the one unit of money a ratio is told for"  # "KZT 8 for every KZT 1", "KZT 1 to KZT 8"
    if (
        quantity.unit in _PRICED_MEASURES
        and quantity.value == 1
        and not quantity.scaled
        and (
            _PRICE_BASE_BEFORE.search(text, max(0, start - 16), start)
            or _COSTS_AFTER.match(text, quantity.end)
        )
        and _MONEY_IN.search(text)
    ):
        return "the one unit a price is told for"  # "the price of one tonne of wheat is KZT 100,000"
    if quantity.unit is None and not quantity.scaled and _TOP_BEFORE.search(text, max(0, start - 5), start):
        return "the size of a ranking"  # "entered the top 10 exporters"
    if (
        quantity.unit is None
        and not quantity.scaled
        and word_before == "of"
        and _MONEY_PART_AFTER.match(text, end)
        and _PART_OF_BEFORE.search(text, max(0, start - 6), start)
    ):
        return "a total named before"  # "Of 85, KZT 32 billion ..."
    if (
        quantity.unit is None
        and "with" in text[max(0, start - 24) : start]
        and _CATEGORY_BEFORE.search(text, max(0, start - 40), start)
        and _CATEGORY_AFTER.match(text, end)
    ):
        return "a category of families"  # "for a family with 4 children": who gets the amount
    if (before and before in QUOTES_OPEN and after and after in QUOTES_CLOSE) or (
        quantity.unit is None and not quantity.scaled and _in_quoted_name(text, start, end)
    ):
        return "quoted name"  # film project '38', the "100 schools" programme
    if (
        quantity.unit is None
        and not quantity.scaled
        and may_match(_AGE_GATE, sentence_lower(text))  # no scan where the sentence lacks its words
        and (age := _AGE_BEFORE.search(text, max(0, start - 32), start)) is not None
        and not (age["age_of"] and _AGE_OF_THINGS.match(text, end))
    ):
        return "age"  # "residents aged 16 and over", "children aged 6 to 10" (FORMAT.md: ages are no figures)
    if (
        quantity.unit is None
        and not quantity.scaled
        and quantity.value < 130
        and "turn" in text
        and _TURNS_AGE_BEFORE.search(text, max(0, start - 12), start)
        and not _THINGS_AFTER_AGE.match(text, end)
    ):
        return "age"  # "304,815 will turn 18 this year", "after a participant turns 18" (+fs39en)
    if (
        quantity.unit is None
        and not quantity.scaled
        and quantity.value < 130
        and "than" in text
        and _AGE_BAND_BEFORE.search(text, max(0, start - 16), start)
        and _AGES_TOLD.search(text)
    ):
        return "age"  # "younger than 25, ... between 25 and 65, ... older than 65"
    if (
        quantity.unit is None
        and not quantity.scaled
        and quantity.value < 130
        and ("age" in text or "olds" in text)
        and (group := _AGE_GROUP_AFTER.match(text, end)) is not None
        # a bound of a range ("30-58"), not a count of groups ("the 12 age groups")
        and (
            any(c.isdigit() for c in group.group(0))
            or _RANGE_END_BEFORE.search(text, max(0, start - 8), start)
        )
    ):
        return "age"  # "the 18-29 and 30-58 age groups", "15-24-year-olds"
    if (
        quantity.unit is None
        and not quantity.scaled
        and quantity.value < 130
        and ("old" in text or "of age" in text)
        and _YEARS_OLD_AFTER.match(text, end)
    ):
        return "age"  # "most guests were between 30 and 44 years old" (+fs35en): both bounds are ages
    if start == 0 and LIST_ITEM.match(text) and re.match(r"[.)]\s", text[end : end + 2]):
        return "list numbering"  # "1. ..."
    return "year" if _is_year(text, start, end, quantity, word_before) else None


def _join_compound(text: str, found: list[Mention]) -> list[Mention]:
    """'1 trillion 200 billion tenge' is one figure: a scaled number without a unit followed
    directly by a smaller scaled one, or by the ones below its scale ('4 mln 200 hectares' is
    4,000,200 hectares, as FORMAT.md reads '4 млн 75 мың': the parts as written, summed)."""
    joined: list[Mention] = []
    for mention in found:
        last = joined[-1] if joined else None
        if (
            last is not None and last.quantity.scaled
            and (mention.quantity.scaled or _ones_after_scale(last, mention))
            and not text[last.quantity.end : mention.start].strip() and mention.quantity.value < last.quantity.value
            and (last.quantity.unit is None or _currency_led_then_less(last, mention))
        ):  # fmt: skip
            merged = replace(
                mention.quantity,
                value=last.quantity.value + _compound_rest(text, last, mention),
                start=last.start,
                unit=mention.quantity.unit or last.quantity.unit,
            )
            joined[-1] = Mention(last.start, last.numeral_start, last.end, merged)
        else:
            joined.append(mention)
    return joined


_MORE_PARTS_AFTER = re.compile(r"\s\d")


def _compound_rest(text: str, last: Mention, mention: Mention) -> float:
    """The second part of a compound: as written, but for "1 trillion 360 million" alone, a translation
    of "1 трлн 360 млрд" whose "млрд" became "million" (a trillion and a few hundred million is no
    round sum anyone tells), read in billions as the source meant."""
    rest = mention.quantity.value
    if not mention.quantity.scaled or _MORE_PARTS_AFTER.match(text, mention.quantity.end):
        return rest  # "1 trillion 360 million 500 thousand": a sum written out to the tenge is as written
    first_raw = numeral_value(text[last.numeral_start : last.end])
    raw = numeral_value(text[mention.numeral_start : mention.end])
    if (
        first_raw and 0 < raw < 1000
        and math.isclose(last.quantity.value / first_raw, 1e12) and math.isclose(rest / raw, 1e6)
    ):  # fmt: skip
        return raw * 1e9
    return rest


def _ones_after_scale(last: Mention, mention: Mention) -> bool:
    """'4 mln 200 hectares': a whole number below a thousand right after a unitless scaled one,
    with a unit of its own that is no currency sign written before it."""
    ones = mention.quantity
    return (
        last.quantity.unit is None
        and ones.unit is not None
        and not ones.currency_before
        and ones.value < 1000
        and ones.value == int(ones.value)
        and last.quantity.value >= 1e6
    )


def _currency_led_then_less(last: Mention, mention: Mention) -> bool:
    """'KZT 301 bln 800 mln': a unit written before the first number, the second with no unit of its
    own and less than one of the first's scale (not a second figure of the same unit)."""
    scale = 1000.0 ** int(math.log(last.quantity.value, 1000)) if last.quantity.value >= 1 else 1.0
    return (
        last.numeral_start > last.start
        and mention.quantity.unit in (None, last.quantity.unit)
        and mention.numeral_start == mention.start
        and mention.quantity.value < scale
        and last.quantity.value % scale == 0  # "KZT 1.2 billion 300 million more": no whole first part
    )


_TIMES_AFTER_SCALE = re.compile(r"(?:\s+times|-?fold)$", re.I)


# the other term of a ratio of money to its one unit: "KZT 1 to KZT 8", "KZT 8 for every KZT 1"
_RATIO_ONE_BEFORE = re.compile(r"(?:KZT|US\$|\$|₸|USD|€|EUR)\s?1\s+to\s+$")
_RATIO_ONE_AFTER = re.compile(
    r"\s+(?:for|per|to)\s+(?:every|each)\s+(?:KZT|US\$|\$|₸|USD|€|EUR)\s?1(?![\d.,]?\d)"
)


def _normalised(text: str, quantity: Quantity) -> Quantity:
    """'visited 6.1 million times', 'sat 326,000 times': a number of times counts events (no
    multiplier runs to thousands), so the figure is the count before "times"; cubic kilometres are no unit code
    (FORMAT.md), so their volume is given in cubic metres; the money told against one unit of the
    same money ("KZT 1 to KZT 8": each tenge brings eight) is a multiplier, no sum."""
    if quantity.currency_before and not quantity.scaled:
        one = _RATIO_ONE_BEFORE.search(text, max(0, quantity.start - 12), quantity.start)
        if (
            one is not None and not _RANGE_OPENS_BEFORE.search(text, max(0, one.start() - 9), one.start())
        ) or _RATIO_ONE_AFTER.match(text, quantity.end):
            return replace(quantity, unit="times")  # ("rose from KZT 1 to KZT 3": a change, two sums)
    # (a number of a thousand or more written out, "taking the test 326,000 times", counts them as
    # well, +fs41en)
    if quantity.unit == "times" and quantity.value >= 1000:
        suffix = _TIMES_AFTER_SCALE.search(text, quantity.start, quantity.end)
        if suffix is not None and (
            quantity.scaled or "fold" not in suffix[0].lower()
        ):  # "1,000-fold": a multiplier
            return replace(quantity, unit=None, end=suffix.start())
    if quantity.unit == "km3":
        return replace(quantity, unit="m3", value=quantity.value * 1e9)
    if quantity.duration and 30 <= quantity.value < 130 and "expectancy" in text:
        # "life expectancy rose from 70.23 years to 75.44 years": a measure in years, not a span
        # of time (FORMAT.md: "other"), when the measure is named before it (+fs30en)
        years = _YEARS_AFTER.match(text, quantity.end)
        if years is not None and _EXPECTANCY_BEFORE.search(
            text, max(0, quantity.start - 160), quantity.start
        ):
            return replace(quantity, unit="other", duration=False, end=years.end())
    if quantity.duration and 50 <= quantity.value < 100:
        # "In 2024 the indicator stood at 75.4 years": a level a measure in years stood at or
        # reached (life expectancy named in an earlier sentence) is that measure, as above;
        # an age is no figure (+fs42en)
        years = _YEARS_AFTER.match(text, quantity.end)
        if (
            years is not None
            and not _OLD_AFTER.match(text, years.end())
            and _LEVEL_IN_YEARS_BEFORE.search(text, max(0, quantity.start - 40), quantity.start)
            and not _AGE_WORD_BEFORE.search(text, max(0, quantity.start - 80), quantity.start)
        ):
            return replace(quantity, unit="other", duration=False, end=years.end())
    return quantity


# "stood at", "reached", "rose to": a level, never a span of time ("for 75 years", "in 50 years")
_LEVEL_IN_YEARS_BEFORE = re.compile(
    r"\b(?:stood|stands|stand|was|is|were)\s+at\s+(?:about\s+|around\s+|almost\s+|nearly\s+)?$"
    r"|\b(?:reached|reaches|(?:rose|risen|increased|grown|grew|fell|fallen|dropped|declined|decreased)\s+to)"
    r"\s+(?:about\s+|around\s+|almost\s+|nearly\s+)?$",
    re.I,
)
_AGE_WORD_BEFORE = re.compile(r"\bage[sd]?\b|\bretire", re.I)
_OLD_AFTER = re.compile(r"\s+(?:old|of\s+age)\b", re.I)


_YEARS_AFTER = re.compile(r"\s+years\b")
# the measure named before the figure in its clause (not ", and loans are given for 30 years")
_EXPECTANCY_BEFORE = re.compile(r"\blife\s+expectancy\b(?:(?!,\s+(?:and|while|but|whereas)\s)[^;])*$", re.I)


def mentions(text: str, skipped: list[tuple[int, int, str]] | None = None) -> list[Mention]:
    """The figures of a sentence; the numbers passed over go to `skipped` (span, reason) if given."""
    found: list[Mention] = []
    skip_until = -1
    for start, end in find_numerals(text):
        if start < skip_until:
            continue  # inside a date, phone number or the previous figure's unit ("m2")
        probe = start - 1 if start and text[start - 1] in "+(" else start
        following = text[end : end + 2]
        not_figure = (
            NOT_A_FIGURE_AT.match(text, probe)
            if probe != start or following[:1] in _DATE_TIME_PHONE_NEXT or following[1:] in _AFTER_SPACE
            else None
        )
        if not_figure:
            skip_until = not_figure.end()
            if skipped is not None:
                skipped.append((not_figure.start(), not_figure.end(), "date, time or phone number"))
            continue
        chain = NUMBER_CHAIN_AT.match(text, start) if following[:1] == "-" else None
        if chain:
            skip_until = chain.end()
            if skipped is not None:
                skipped.append((chain.start(), chain.end(), "numbers joined by hyphens: a name or code"))
            continue
        quantity = _normalised(text, read_quantity(text, start, end))
        skip_until = quantity.end
        reason = _skip(text, start, end, quantity)
        if reason is None:
            found.append(Mention(quantity.start, start, end, quantity))
        elif skipped is not None:
            skipped.append((start, end, reason))
    found = _join_compound(text, found)
    bands = (
        speed_band_bounds(text, [(m.start, m.quantity.end) for m in found])
        if "km" in text or "KM" in text
        else set()
    )
    for n in sorted(bands):
        if skipped is not None:
            skipped.append((found[n].numeral_start, found[n].end, "a bound of a fine's speed band"))
    return [m for n, m in enumerate(found) if n not in bands]


def skipped_numbers(body: str) -> list[tuple[int, int, str]]:
    """(start, end, reason) in the body of every number the extractor does not report, in order:
    what `ktpulse eval --explain` shows."""
    skipped: list[tuple[int, int, str]] = []
    for sentence in split_sentences(body):
        passed: list[tuple[int, int, str]] = []
        mentions(sentence.text, passed)
        skipped.extend((sentence.start + a, sentence.start + b, why) for a, b, why in passed)
    return skipped
