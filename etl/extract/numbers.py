"""Numerals, scale words and units as kt.kz's English texts write them."""

from __future__ import annotations

import re
from dataclasses import dataclass

# "1,500" and "20,286,084" group thousands; "1,5" and "8,6" are decimal commas.
NUMERAL = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?")
# Runs of digits, dots and commas: a simple pattern the regex engine scans several times
# faster than NUMERAL; NUMERAL then splits the rare run it does not match whole ("31.01.2025").
_DIGIT_RUN = re.compile(r"[0-9]+(?:[.,][0-9]+)*")


def find_numerals(text: str) -> list[tuple[int, int]]:
    """Spans of the numerals of a text, in order."""
    spans = []
    for run in _DIGIT_RUN.finditer(text):
        start, end = run.span()
        if NUMERAL.fullmatch(text, start, end):
            spans.append((start, end))
        else:
            spans.extend((start + m.start(), start + m.end()) for m in NUMERAL.finditer(run.group(0)))
    return spans


SCALES = {
    "thousand": 1e3, "thousands": 1e3, "thsd": 1e3, "thous": 1e3, "k": 1e3,
    "million": 1e6, "millions": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6,
    "billion": 1e9, "billions": 1e9, "bln": 1e9, "bn": 1e9,
    "trillion": 1e12, "trillions": 1e12, "trln": 1e12, "tn": 1e12,
}  # fmt: skip
# One-letter scales only count glued to a currency figure ("$306m", "$1bn").
_SHORT_SCALES = {"k", "m", "mn", "bn", "tn"}
SCALE = re.compile(
    r"[ \u00a0]?(?P<scale>thousands?|millions?|billions?|trillions?|thsd\.?|thous\.?|mln\.?|bln\.?|trln\.?"
    r"|k|mn|m|bn|tn)(?![\w])",
    re.IGNORECASE,
)

# Units after the figure: (pattern, unit code). Order matters: longer forms first.
_UNIT_AFTER: list[tuple[str, str]] = [
    (r"\s?%", "percent"),
    (r"\s(?:percentage|per\s?cent(?:age)?)\s+points?\b", "percentage_point"),
    (r"\s(?:percent|per\s?cent|pct)\b", "percent"),
    (r"\s?(?:tenge\s+)?per\s+(?:one\s+)?(?:US\s+)?dollar\b", "KZT/USD"),  # exchange rate
    (r"\s?(?:tenge|KZT|₸)(?![\w])", "KZT"),
    (r"\s(?:US|U\.S\.|American)\s+dollars?\b", "USD"),
    (r"\s?(?:USD|dollars?)\b", "USD"),
    (r"\s?(?:euros?|EUR|€)(?![\w])", "EUR"),
    (r"\s?(?:roubles?|rubles?|RUB)\b", "RUB"),
    (r"\s?(?:yuan|CNY)\b", "CNY"),
    (r"\s?(?:pounds sterling|GBP)\b", "GBP"),
    (r"\s(?:metric\s+)?(?:tonnes?|tons?)\b", "tonne"),
    (r"\s?kg\b|\skilograms?\b", "kg"),
    (r"\s(?:hectares?|ha)\b", "hectare"),
    (r"\s(?:square|sq\.?)\s+(?:kilometres?|kilometers?|km)\b|\s?(?:km2|km²)", "km2"),
    (r"\s(?:square|sq\.?)\s+(?:metres?|meters?|m)\b|\s?(?:m2|m²)(?![\w])", "m2"),
    (r"\s(?:cubic)\s+(?:metres?|meters?|m)\b|\s?(?:m3|m³)(?![\w])", "m3"),
    (r"\s?(?:kilometres?|kilometers?|km)\b", "km"),
    (r"\s?(?:MW|megawatts?)\b", "MW"),
    (r"\s?(?:GW|gigawatts?)\b", "GW"),
    (r"\s?(?:kWh|MWh|GWh|TWh)\b", "energy"),
    (r"\s(?:litres?|liters?)\b", "litre"),
    (r"\s?(?:°C|°|degrees? Celsius|degrees?)(?![\w])", "celsius"),
    (r"\s(?:times|fold)\b", "times"),
    (r"-fold\b", "times"),
]
# One alternation, tried in list order at one position: a single regex call per figure.
UNIT_AFTER = re.compile("|".join(f"(?P<u{n}>{pattern})" for n, (pattern, _) in enumerate(_UNIT_AFTER)))
UNIT_CODES = {f"u{n}": unit for n, (_, unit) in enumerate(_UNIT_AFTER)}
# Durations are periods, not reported figures ("for the last 5 years").
DURATION_AFTER = re.compile(r"[\s-](?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\b", re.IGNORECASE)
# Currency written before the figure: "$306 million", "₸52,372", "KZT 1.2 bn".
CURRENCY_BEFORE = re.compile(
    r"(?:(?P<usd>US\$|\$|USD)|(?P<kzt>₸|KZT|tenge)|(?P<eur>€|EUR)|(?P<gbp>£|GBP))\s?$"
)


def numeral_value(text: str) -> float:
    """'1,500' -> 1500, '8,6' -> 8.6, '20,286,084' -> 20286084, '1.5' -> 1.5."""
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", text):
        return float(text.replace(",", ""))
    return float(text.replace(",", "."))


@dataclass(frozen=True)
class Quantity:
    """The part of a figure around the numeral: scale and unit, and where it ends."""

    value: float
    unit: str | None  # None: a bare number (a count, unless it is a year/date/etc.)
    start: int  # index of the currency sign before the numeral, else of the numeral
    end: int  # index just after the scale/unit in the text
    scaled: bool
    currency_before: bool
    duration: bool


# Characters one of which a currency sign before a figure holds: a set test spares the regex.
_CURRENCY_CHARS = set("$₸€£DTRPe")


def read_quantity(text: str, start: int, end: int) -> Quantity:
    """Read the numeral at text[start:end] with the currency before it and scale/unit after."""
    value = numeral_value(text[start:end])
    if start and text[start - 1] in "-−" and text[start - 2 : start - 1] in ("", " ", "("):
        value = -value  # "-25 degrees"; a list dash is followed by a space, a range has a digit before
        start -= 1
    before_text = text[max(0, start - 4) : start]
    before = (
        CURRENCY_BEFORE.search(text, max(0, start - 4), start) if _CURRENCY_CHARS & set(before_text) else None
    )
    unit = None
    if before:
        unit = "USD" if before["usd"] else "KZT" if before["kzt"] else "EUR" if before["eur"] else "GBP"
    position, scaled = end, False
    scale = SCALE.match(text, position)
    if scale:
        word = scale["scale"].lower().rstrip(".")
        glued = scale.group(0)[0] not in " \u00a0"
        if word not in _SHORT_SCALES or (before and (glued or word != "m")):
            value *= SCALES[word]
            position, scaled = scale.end(), True
    match = UNIT_AFTER.match(text, position)
    if match:
        unit, position = UNIT_CODES[match.lastgroup], match.end()
    duration = unit is None and bool(DURATION_AFTER.match(text, position))
    begin = before.start() if before else start
    return Quantity(value, unit, begin, position, scaled, before is not None, duration)
