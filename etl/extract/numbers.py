"""Numerals, scale words and units as kt.kz's English texts write them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.extract.records import quick_init
from etl.extract.signs import minus_at
from etl.extract.split_decimals import split_decimal_spans
from etl.extract.units import CURRENCIES, PREFIXES, UnitCode, after_forms

# "1,500" and "20,286,084" group thousands; "1,5" and "8,6" are decimal commas.
NUMERAL = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?")
# Runs of digits, dots and commas: a simple pattern the regex engine scans several times
# faster than NUMERAL; NUMERAL then splits the rare run it does not match whole ("31.01.2025").
_DIGIT_RUN = re.compile(r"[0-9]+(?:[.,][0-9]+)*")
# Groups of three after a short run: "48 650", "11\u00a0200", the typo "12, 450,000", and a
# decimal point after the last group ("8 759.7 billion tenge").
_GROUP_AFTER = re.compile(
    r"(?:(?:[ \u00a0]\d{3}(?![\d,.]\d))*[ \u00a0]\d{3}\.\d+|(?:[ \u00a0]\d{3}(?![\d,.]\d))+"
    r"|, \d{3}(?:,\d{3})+(?![\d.]\d))(?![ \u00a0]?\d)"
)
_SHORT_RUN = re.compile(r"\d{1,3}")
_MONTH_BEFORE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s$")

# Number words: "one trillion", "nine million", "two and a half billion", "Eleven regions".
_SMALL_WORDS = "one two three four five six seven eight nine ten".split()
_TEEN_WORDS = "eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
WORD_VALUES = {
    **{w: i + 1 for i, w in enumerate(_SMALL_WORDS)}, **{w: i + 11 for i, w in enumerate(_TEEN_WORDS)},
    **{w: 10 * (i + 2) for i, w in enumerate(_TENS_WORDS)}, "hundred": 100, "half": 0.5,
}  # fmt: skip
_BASE_WORD = "|".join(_TENS_WORDS + _TEEN_WORDS + _SMALL_WORDS)
_SCALE_WORD = r"(?:thousand|million|billion|trillion)\b"
# the measures a small number word may stand before as a figure, each holding one of _MEASURE_PARTS
# ("six cubic meters per second", "nine kilometres of road", "four square metres": +fs41en)
_MEASURE_WORD = r"(?:(?:giga|mega|kilo)watts?|tonnes?|tons?|hectares?|(?:cubic|square)\s+met(?:er|re)s?|kilomet(?:er|re)s?)\b"
_MEASURE_PARTS = ("watt", "ton", "hectare", "cubic", "square", "kilomet")
WORD_NUMBER = re.compile(
    rf"\b(?:(?:{_BASE_WORD})(?:[- ](?:{'|'.join(_SMALL_WORDS[:9])}))?(?:\s+hundred)?(?:\s+and\s+a\s+half)?"
    rf"|a\s+half|half\s+a)(?=\s+{_SCALE_WORD}|\s+(?:to|or)\s+(?:{_BASE_WORD})\s+{_SCALE_WORD})"
    # "a million patients by 2030": the article as one before a large scale word (not "a
    # thousand", nor the compound adjective "a billion-dollar plant")
    r"|\ba(?=\s+(?:million|billion|trillion)\b(?!-))"
    # "Three hundred and sixty-nine new schools", "two hundred villages": hundreds with no scale word
    rf"|\b(?:{'|'.join(_SMALL_WORDS[:9])})\s+hundred(?:\s+(?:and\s+)?(?:(?:{'|'.join(_TENS_WORDS)})"
    rf"(?:-(?:{'|'.join(_SMALL_WORDS[:9])}))?|{'|'.join(_TEEN_WORDS + _SMALL_WORDS)}))?(?![-\w])(?!\s+{_SCALE_WORD})"
    rf"|\b(?:{'|'.join(_TENS_WORDS + _TEEN_WORDS)})(?:-(?:{'|'.join(_SMALL_WORDS[:9])}))?\b(?![- ]{_SCALE_WORD})"
    # "accounts for four percent of the mix", "rose by more than five percent": a share, no count
    rf"|\b(?:{'|'.join(_SMALL_WORDS)})(?=\s+per\s?cent\b)"
    # "more than one gigawatt", "two megawatts", "five hectares": a measure, however small, is no
    # optional small count (not "one-megawatt", the compound adjective)
    rf"|\b(?:{'|'.join(_SMALL_WORDS)})(?=\s+{_MEASURE_WORD})",
    re.IGNORECASE,
)
# WORD_NUMBER for lower-cased ASCII text: there a case-insensitive match is a match of the
# lower-cased text (the pattern's literals are all lower case), and the case-sensitive scan is
# about three times as fast (tests/test_fast_paths.py holds it to WORD_NUMBER).
_WORD_NUMBER_LOWER = re.compile(WORD_NUMBER.pattern)
# Cheap test before the word scan: a scale word after a word, a number word of eleven and up, or a
# measure a small word may stand before (_MEASURE_PARTS).
_WORD_HINT = re.compile(
    r"[a-z] (?:thousand|million|billion|trillion|per\s?cent|hundred)\b|eleven|twelve|teen\b"
    r"|(?:twen|thir|for|fif|six|seven|eigh|nine)ty\b|watt|ton|hectare|cubic|square|kilomet",
    re.IGNORECASE,
)

# _WORD_HINT's two halves for lower-cased ASCII text, where case-sensitive matching is the same
# and faster: a scale word after a word (found from the space, a literal the engine skips to),
# and the number words of eleven and up, which hold one of _BIG_WORD_PARTS: `in` tests are far
# cheaper than a scan, and most sentences hold none of them.
_SCALE_AFTER_WORD = re.compile(r" (?<=[a-z] )(?:thousand|million|billion|trillion|per\s?cent|hundred)\b")
_BIG_WORD = re.compile(r"eleven|twelve|teen\b|(?:twen|thir|for|fif|six|seven|eigh|nine)ty\b")
_BIG_WORD_PARTS = ("eleven", "twelve", "teen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
                   "ninety")  # fmt: skip


# Multipliers written in words: "fourfold", "five-fold", "four times", "one and a half times",
# "twice". MULTIPLIER_WORDS stand for a multiplier by themselves; a number word is one only right
# before "times" or "fold".
MULTIPLIER_WORDS = {"twice": 2.0, "thrice": 3.0}
_MULTIPLIER = re.compile(
    rf"\b(?:(?:{'|'.join(_TENS_WORDS)})(?:-(?:{'|'.join(_SMALL_WORDS[:9])}))?"
    rf"|(?:{'|'.join(_TEEN_WORDS + _SMALL_WORDS[1:])}|hundred)(?:\s+and\s+a\s+half)?|one\s+and\s+a\s+half)"
    rf"(?=(?P<times>\s+times\b)|-?fold\b)|\b(?P<alone>{'|'.join(MULTIPLIER_WORDS)})\b",
    re.IGNORECASE,
)
# "N times" and "twice" also count repeats ("eight times a year", "won three times", "twice a
# week"): they are multipliers only before a comparison ("four times more", "twice the 2020
# level", "twice as many"), and "N times" after a verb of change ("rose four times") or "by"
# ("to increase traffic by four times"), not in the passive ("the rate was raised three times":
# three raises). "twice" after such a verb is as often a repeat ("hail fell twice"): not read.
_COMPARED_AFTER = re.compile(
    r"\s+(?:as|more|less|higher|lower|larger|bigger|greater|faster|cheaper|smaller|fewer|above|below|than"
    r"|the|that|what|over\s+the)\b",
    re.IGNORECASE,
)
_CHANGE_BEFORE = re.compile(
    r"(?:(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bis )(?<!\bare )"
    r"\b(?:increas|grow|grew|grown|rose|risen|rise|rising|jump|surg|soar|expand|climb|multipli"
    r"|decreas|declin|fell|fall|drop|shr[aiu]nk)[a-z]*|\b(?:up|down|by))"
    r"(?:\s+by)?(?:\s+(?:almost|nearly|about|around|roughly|some|approximately|over|more\s+than|at\s+least))?\s+$",
    re.IGNORECASE,
)


# "reduced the shortage of pupil places four times.": an active verb of change, its object, then the
# multiplier closing the clause (+fs39en; "the rate was raised three times", a passive, and "reduced
# its debt three times in 2023", with more said after, stay repeats)
_CHANGED_OBJECT_BEFORE = re.compile(
    r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bis )(?<!\bare )"
    r"\b(?:reduced|increased|boosted|expanded|decreased|multiplied)"
    r"(?:\s+(?!(?:a|per|each|every)\b)[\w’'-]+){1,8}\s+$",
    re.IGNORECASE,
)
_CLAUSE_CLOSES = re.compile(r"\s*(?:[.;]|$)")


# "must be cut by half", "reduced the shortage by half": a multiplier of 0.5 after a verb of cutting
# (FORMAT.md: "жарты есеге азайды" is 0.5); "halved" alone is the verb itself (optional, not read)
_BY_HALF = re.compile(
    r"\b(?:cut|cuts|cutting|reduced?|reduces|reducing|lowered|lower|decreased?|declined|fell|fallen|dropped"
    r"|shrank|shrunk|slashed?)\s+(?:(?!by\b)[\w’'-]+\s+){0,3}?(?P<half>by\s+half)\b",
    re.I,
)
HALF_MULTIPLIERS = ("by half",)  # ("cut the cake in half" is a split, not a change: not read)


def multiplier_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the multipliers written in words: the number word of "four times"/"fourfold"
    (its unit read after it like any figure's) or a word like "twice"."""
    spans = []
    for match in _MULTIPLIER.finditer(text):
        if match["times"] or match["alone"]:
            start, end = match.span()
            if not (
                _COMPARED_AFTER.match(text, match.end("times") if match["times"] else end)
                or (match["times"] and _CHANGE_BEFORE.search(text, max(0, start - 48), start))
                or (
                    match["times"]
                    and _CLAUSE_CLOSES.match(text, match.end("times"))
                    and _CHANGED_OBJECT_BEFORE.search(text, max(0, start - 80), start)
                )
            ):
                continue
        spans.append(match.span())
    if "half" in text:
        spans.extend(match.span("half") for match in _BY_HALF.finditer(text))
    return spans


def _may_hold_number_words(text: str) -> bool:
    """False only when _WORD_HINT cannot match: an ASCII text whose lower-cased form neither of
    its halves matches (on ASCII text re.IGNORECASE is exactly a match of the lower-cased text).
    Other texts may hold letters that match ASCII ones only case-insensitively, like 'ſ': they
    get the scan."""
    if not text.isascii():
        return True
    lower = text.lower()
    if _SCALE_AFTER_WORD.search(lower):
        return True
    for part in _MEASURE_PARTS:  # "one gigawatt": a small word before a measure
        if part in lower:
            return True
    for part in _BIG_WORD_PARTS:  # a loop, not any(): no generator made per sentence
        if part in lower:
            return bool(_BIG_WORD.search(lower))
    return False


def find_numerals(text: str) -> list[tuple[int, int]]:
    """Spans of the numerals of a text, in order, number words among them."""
    spans = []
    skip_until = -1
    split_decimals = split_decimal_spans(text)
    for run in _DIGIT_RUN.finditer(text):
        start, end = run.span()
        if start < skip_until:
            continue
        if start in split_decimals:  # "94, 6%": one decimal, a stray space after its comma
            spans.append((start, split_decimals[start]))
            skip_until = split_decimals[start]
            continue
        if end - start <= 3 and (start == 0 or not text[start - 1].isdigit()):
            # _GROUP_AFTER needs a digit (or ", " and a digit) right after the run: most runs
            # have neither, and the test spares the match
            following = text[end + 1 : end + 2]
            groups = (
                _GROUP_AFTER.match(text, end)
                if following.isdigit() or (following == " " and text[end : end + 1] == ",")
                else None
            )
            if groups and text[end] == "," and _MONTH_BEFORE.search(text, max(0, start - 12), start):
                groups = None  # "from January 1 to April 10, 282,000 people": a date, then a figure
            if groups and _SHORT_RUN.fullmatch(text, start, end):
                spans.append((start, groups.end()))
                skip_until = groups.end()
                continue
        if NUMERAL.fullmatch(text, start, end):
            spans.append((start, end))
        else:
            spans.extend((start + m.start(), start + m.end()) for m in NUMERAL.finditer(run.group(0)))
    words: list[tuple[int, int]] = []
    # on ASCII text the hint's halves answer as the whole hint (tests/test_fast_paths.py), which
    # is then not scanned again case-insensitively
    if _may_hold_number_words(text) if text.isascii() else _WORD_HINT.search(text):
        scan = _WORD_NUMBER_LOWER.finditer(text.lower()) if text.isascii() else WORD_NUMBER.finditer(text)
        words = [m.span() for m in scan]
    # substrings that every multiplier word holds (but for one in capitals): most sentences hold none
    if "imes" in text or "fold" in text or "wice" in text or "hrice" in text or " half" in text:
        words = sorted(set(words) | set(multiplier_spans(text)))
    if words:
        spans = sorted(spans + words)
    return spans


SCALES = {
    "thousand": 1e3, "thousands": 1e3, "thsd": 1e3, "thous": 1e3, "k": 1e3,
    "million": 1e6, "millions": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6,
    "billion": 1e9, "billions": 1e9, "bln": 1e9, "bn": 1e9,
    "trillion": 1e12, "trillions": 1e12, "trln": 1e12, "trn": 1e12, "trl": 1e12, "tln": 1e12, "tn": 1e12,
}  # fmt: skip
# One-letter scales only count glued to a currency figure ("$306m", "$1bn").
_SHORT_SCALES = {"k", "m", "mn", "bn", "tn"}
SCALE = re.compile(
    r"[ \u00a0]?(?P<scale>thousands?|millions?|billions?|trillions?|thsd\.?|thous\.?|mln\.?|bln\.?|trln\.?|trn\.?|trl\.?|tln\.?"
    r"|k|mn|m|bn|tn)(?![\w])",
    re.IGNORECASE,
)

# The first letters of SCALE's words in either case (a non-ASCII letter, such as the Kelvin
# sign for 'k', may match one case-insensitively: it is tried).
_SCALE_FIRST = frozenset("tmbkTMBK")

# A compound adjective: "the 10-million-ton level", "a 2-billion-dollar plant".
_HYPHEN_SCALE = re.compile(r"-(?P<scale>thousand|million|billion|trillion)(?=-[a-z])", re.IGNORECASE)

_AFTER_FORMS = after_forms()
# One alternation, tried in table order at one position: a single regex call per figure.
UNIT_AFTER = re.compile("|".join(f"(?P<u{n}>{pattern})" for n, (pattern, _, _) in enumerate(_AFTER_FORMS)))
UNIT_CODES = {f"u{n}": (code, factor) for n, (_, code, factor) in enumerate(_AFTER_FORMS)}

# Scales that are never a unit of their own, unlike "m" (metres) or "k".
_GLUED_MONEY_SCALES = frozenset({"mn", "bn", "tn"})


def _glued_before_currency(text: str, scale: re.Match[str]) -> bool:
    """A short scale glued to the number and followed by a currency: "350bn tenge", "2tn KZT"."""
    word = scale["scale"].lower()
    if word not in _GLUED_MONEY_SCALES or scale.group(0)[0] in " \u00a0":
        return False
    unit = UNIT_AFTER.match(text, scale.end())
    return bool(unit and UNIT_CODES[str(unit.lastgroup)][0] in CURRENCIES)


# A plural noun after "2.5 m": what is counted, in millions ("2.5 m people", "15 m trees"); a size
# takes a singular noun ("a 100 m sprint") or a word ending in s that is no plural ("28 m across").
_COUNTED_PLURAL = re.compile(r"\s(?:people|(?!(?:across|less|plus|this|thus|unless|whereas)\b)[a-z]{3,}s)\b")


def _short_scale_before_unit(text: str, scale: re.Match[str]) -> bool:
    """A one-letter scale with a unit or a counted plural after it is a scale, not metres or a
    stray letter: "28.5 m tonnes", "2.5 m tenge", "2.5 m people", "120 k hectares"."""
    if scale["scale"].lower() not in _SHORT_SCALES:
        return False
    return bool(UNIT_AFTER.match(text, scale.end()) or _COUNTED_PLURAL.match(text, scale.end()))


# "grew by a factor of 2.5": the multiplier told before its number (not "a correction factor of 1.3",
# a coefficient: unit_carrying.py)
_FACTOR_OF_BEFORE = re.compile(
    r"\bby\s+a\s+factor\s+of\s+(?:(?:almost|nearly|about|around|roughly|some|more\s+than|over)\s+)?$", re.I
)

# Durations are periods, not reported figures ("for the last 5 years").
# ("during 10 recent years", "for 5 consecutive years": a word for which span between, the noun
# plural: "hire 500 next year" is a count)
DURATION_AFTER = re.compile(
    r"[\s-](?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\b"
    r"|\s(?:recent|past|last|next|consecutive|previous|straight|coming)\s+(?:years|months|weeks|days|decades)\b",
    re.IGNORECASE,
)
# The first end of a range of durations: "cut the wait from 30 to 20 days", "10-15 years".
_DURATION_RANGE_AFTER = re.compile(
    r"(?:\s?[-–]\s?|\s+to\s+)\d{1,3}\s(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\b",
    re.IGNORECASE,
)
# Currency written before the figure: "$306 million", "₸52,372", "KZT 1.2 bn", "KZT120bn".
CURRENCY_BEFORE = re.compile("(?:" + "|".join(re.escape(sign) for sign, _ in PREFIXES) + r")\s?$")
_PREFIX_CODES = dict(PREFIXES)

_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")  # "20,286,084": commas group thousands


def numeral_value(text: str) -> float:
    """'1,500' -> 1500, '8,6' -> 8.6, '20,286,084' -> 20286084, '1.5' -> 1.5, '48 650' -> 48650,
    'two and a half' -> 2.5."""
    if text[:1].isalpha():
        return _word_value(text)
    if " " in text or "\u00a0" in text:
        text = text.replace(", ", ",").replace(" ", "").replace("\u00a0", "")
    if _GROUPED.fullmatch(text):
        return float(text.replace(",", ""))
    return float(text.replace(",", "."))


def _word_value(text: str) -> float:
    if text in ("a", "A"):
        return 1.0  # "a million"
    total = 0.0
    for word in re.split(r"[\s-]+", text.lower()):
        if word == "hundred":
            total = (total or 1) * 100
        elif word == "half":
            total += 0.5
        elif word in MULTIPLIER_WORDS:
            total += MULTIPLIER_WORDS[word]
        else:
            total += WORD_VALUES.get(word, 0)
    return total


@quick_init
@dataclass(frozen=True)
class Quantity:
    """The part of a figure around the numeral: scale and unit, and where it ends."""

    value: float
    unit: UnitCode | None  # None: a bare number (a count, unless it is a year/date/etc.)
    start: int  # index of the currency sign before the numeral, else of the numeral
    end: int  # index just after the scale/unit in the text
    scaled: bool
    currency_before: bool
    duration: bool


# Characters one of which a currency sign before a figure holds: a test for them (a character
# class, faster than building a set of the text) spares the regex.
_CURRENCY_CHARS = re.compile("[" + re.escape("".join({sign[-1] for sign, _ in PREFIXES})) + "]")


# "T15.5 trillion", "T402 billion": the tenge sign ₸ typed as a capital T (not "T34", a model's
# name, nor "KZT" or "VAT": no letter before it); cyrillic_numbers.py reads "Т48,9 млрд" so
_TENGE_LETTER = re.compile(r"(?<![\w.-])T$")
_MONEY_SCALES = frozenset(
    {"million", "billion", "trillion", "mln", "bln", "trln", "trn", "tln", "bn", "mn", "tn"}
)


def _tenge_letter_before(text: str, start: int, scale: re.Match[str] | None) -> bool:
    """A capital T glued before the numeral, the amount scaled by millions or more."""
    return (
        text[start - 1 : start] == "T"
        and scale is not None
        and scale["scale"].lower().rstrip(".").rstrip("s") in _MONEY_SCALES
        and _TENGE_LETTER.search(text, max(0, start - 2), start) is not None
    )


# the half written after a whole number in digits, before its scale word
_AND_A_HALF = re.compile(rf"\s+and\s+a\s+half(?=\s+{_SCALE_WORD})", re.I)


def read_quantity(text: str, start: int, end: int) -> Quantity:
    """Read the numeral at text[start:end] with the currency before it and scale/unit after."""
    value = numeral_value(text[start:end])
    minus = minus_at(text, start)
    if minus is not None:
        value, start = -value, minus  # "-25 degrees", "minus 30 degrees" (signs.py: not "3-5%")
    before = (
        CURRENCY_BEFORE.search(text, max(0, start - 6), start)
        if _CURRENCY_CHARS.search(text, max(0, start - 6), start)
        else None
    )
    unit = _PREFIX_CODES[before.group(0).rstrip()] if before else None
    position, scaled = end, False
    half = _AND_A_HALF.match(text, end) if text[start:end].isdigit() else None
    if half:  # "2 and a half million people": 2.5 million, not 2
        value, position, end = value + 0.5, half.end(), half.end()
    if text[end : end + 1] != "-":
        # every scale word starts with one of _SCALE_FIRST, right after the numeral or a space
        first = text[end + 1 : end + 2] if text[end : end + 1] in (" ", "\u00a0") else text[end : end + 1]
        scale = SCALE.match(text, position) if first in _SCALE_FIRST or not first.isascii() else None
    else:  # only with a unit of the table after it: "10-million-ton", not "2-billion-dollar"
        scale = _HYPHEN_SCALE.match(text, position)
        scale = scale if scale and UNIT_AFTER.match(text, scale.end()) else None
    if scale:
        word = scale["scale"].lower().rstrip(".")
        if (
            word not in _SHORT_SCALES
            or before is not None
            or _glued_before_currency(text, scale)
            or _short_scale_before_unit(text, scale)
        ):
            value *= SCALES[word]
            position, scaled = scale.end(), True
    if scaled and before is None and _tenge_letter_before(text, start, scale):
        # "T15.5 trillion": a tenge sign typed as the letter, glued before an amount with its scale
        unit, before = "KZT", _TENGE_LETTER.search(text, start - 2, start)
    match = UNIT_AFTER.match(text, position)
    if match:
        (unit, factor), position = UNIT_CODES[str(match.lastgroup)], match.end()
        value *= factor
    elif (
        text[start:end].lower() in MULTIPLIER_WORDS
        or " ".join(text[start:end].lower().split()) in HALF_MULTIPLIERS
    ):
        unit = "times"  # "twice", "by half"
    elif unit is None and not scaled and "factor" in text[max(0, start - 40) : start]:
        unit = "times" if _FACTOR_OF_BEFORE.search(text, max(0, start - 40), start) else None
    duration = unit is None and bool(
        DURATION_AFTER.match(text, position) or (not scaled and _DURATION_RANGE_AFTER.match(text, position))
    )
    begin = before.start() if before else start
    return Quantity(value, unit, begin, position, scaled, before is not None, duration)
