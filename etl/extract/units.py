"""THE unit vocabulary: every unit's code, how texts write it, and how people read it.

Adding a unit is one entry in UNITS. The extractor (numbers.py) builds its patterns from
`after` and `before`; context.py reads the currency signs; dashboard/format.py the display.
`after` holds regular expressions tried right after a figure (and its scale word), in table
order, so a longer form must come before a shorter one it starts with; a language adds its
forms to the same entries. A form may carry a factor that normalises its value ("5 GWh" is
5e6 kWh).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

UnitCode = Literal[
    "count", "percent", "percentage_point", "KZT", "USD", "EUR", "RUB", "CNY", "GBP", "KZT/USD",
    "tonne", "kg", "hectare", "km", "km2", "km3", "m2", "m3", "metre", "MW", "GW", "kWh", "litre",
    "celsius", "times", "centner_per_hectare", "tonne_km", "other",
]  # fmt: skip


@dataclass(frozen=True)
class Unit:
    code: UnitCode
    display: str  # after the number ("117,098 ₸", "8.6 %"), or before it when `display_before`
    after: tuple[str | tuple[str, float], ...] = ()  # regex forms after the figure, or (form, factor)
    before: tuple[str, ...] = ()  # signs and codes written before the figure: "$", "KZT" (literal text)
    display_before: bool = False
    currency: bool = False
    name: str = ""  # for an axis title ("tonnes"); the display sign when empty


UNITS: tuple[Unit, ...] = (
    Unit("percent", "%", (r"\s?%",), name="%"),
    Unit(
        "percentage_point",
        "pp",
        (
            r"[\s-](?:percentage|per\s?cent(?:age)?)[\s-]+points?\b",
            r"\s?p\.p\.",
            # "cut the rate by 25 basis points": a hundredth of a point each, never a count
            (r"[\s-]basis[\s-]points?\b|\s?bps?\b", 0.01),
        ),
        name="percentage points",
    ),
    # "a 3-percent decrease": the hyphenated form is a percent too, never a count
    # ("21pct": the wires' short form glued to the digits)
    Unit("percent", "%", (r"[\s-](?:percent|per\s?cent|pct)\b|pct\b",)),
    Unit(
        "KZT/USD",
        "₸/$",
        # ("364 to the dollar", "340 tenges to the U.S. dollar": an exchange rate as wire copy writes it)
        (r"\s?(?:tenges?\s+)?(?:per|to\s+the)\s+(?:one\s+)?(?:U\.?S\.?\s+)?dollar\b",),
        name="tenge per US dollar (₸/$)",
    ),
    Unit(
        "centner_per_hectare",
        "c/ha",
        # a bare "centners" is a yield, as in Kazakh: "typical yields were 20-25 centners"; "2 million
        # centners of grain" is a weight
        (
            r"\s(?:centners?|quintals?|c|q|hundred\s?kg|hundredweights?)\s?(?:per|/)\s?(?:hectare|ha)\b",
            r"\s(?:centners?|quintals?)\b(?!\s+of\b)",
            # a yield in tonnes per hectare ("25 t/ha") is ten centners a hectare: no tonnes on the chart
            (r"[\s-]?(?:t|tonnes?|tons?)\s?(?:per|/)\s?(?:hectare|ha)\b", 10.0),
        ),
        name="centners per hectare",  # "c/ha" on a figure, the words where there is room
    ),
    # ("230 billion t-km": the short form, before tonnes take its "t")
    Unit(
        "tonne_km",
        "t·km",
        (r"[\s-]?(?:tonnes?|tons?)[\s-]?(?:km|kilometres?|kilometers?)\b", r"\s?(?:tkm|t-km)\b"),
    ),
    Unit(
        "KZT",
        "₸",
        # "336 billion digital tenge": the digital form is the same national currency; "318 billion
        # Kazakh tenge" (foreign wires) names its country
        (r"\s?(?:(?:digital|electronic|Kazakh|Kazakhstani)\s+)?(?:tenge|KZT|₸)(?![\w])",),
        ("₸", "KZT", "tenge"),
        currency=True,
        name="tenge (₸)",
    ),
    Unit(
        "USD",
        "$",
        (r"\s(?:US|U\.S\.|American)\s+dollars?\b", r"\s?(?:USD|dollars?)\b"),
        ("US$", "$", "USD"),
        display_before=True,
        currency=True,
        name="US dollars ($)",
    ),  # fmt: skip
    Unit(
        "EUR",
        "€",
        (r"\s?(?:euros?|EUR|€)(?![\w])",),
        ("€", "EUR"),
        display_before=True,
        currency=True,
        name="euros (€)",
    ),
    Unit(
        "RUB",
        "₽",
        (r"\s?(?:roubles?|rubles?|RUB|₽)(?![\w])",),
        ("₽", "RUB"),
        currency=True,
        name="roubles (₽)",
    ),
    Unit("CNY", "¥", (r"\s?(?:yuan|CNY)\b",), ("CNY",), currency=True, name="yuan (¥)"),
    Unit(
        "GBP",
        "£",
        (r"\s?(?:pounds sterling|GBP)\b",),
        ("£", "GBP"),
        display_before=True,
        currency=True,
        name="pounds sterling (£)",
    ),
    Unit("tonne", "t", (r"[\s-](?:metric\s+)?(?:tonnes?|tons?)\b", r"\s?t\b(?!\.)"), name="tonnes"),
    Unit("kg", "kg", (r"\s?kg\b|\skilograms?\b",)),
    Unit("hectare", "ha", (r"[\s-](?:hectares?|ha)\b",), name="hectares"),
    Unit("km2", "km²", (r"\s(?:square|sq\.?)\s+(?:kilometres?|kilometers?|km)\b|\s?(?:km2|km²|sq\.\s?km)",)),
    Unit(
        "m2",
        "m²",
        (
            # ("168.97 thousand sq. M.": the metre in a capital, as some wires type it)
            r"\s(?:square|sq\.?)\s+(?:metres?|meters?|m)\b|\s?(?:m2|m²)(?![\w])|\s?sq\.\s?[mM]\b\.?"
            # "10 thousand squares of housing": the Russian "квадратов" (square metres) translated
            # ("28,000 sq of rental housing": the wire's "sq" alone, an adjective before the housing)
            r"|\s(?:squares|sq)\b(?=\s+of\s+(?:[a-z]+\s+)?(?:housing|living|residential|floor|space"
            r"|accommodation|homes)\b)",
        ),
    ),
    Unit("km3", "km³", (r"\s(?:cubic)\s+(?:kilometres?|kilometers?|km)\b|\s?(?:km3|km³)(?![\w])",)),
    # a flow ("35,000 cubic metres per hour", "500 m3/s"): a rate with no code of its own, before m3
    Unit(
        "other",
        "",
        (
            r"\s?(?:(?:cubic|cu\.?)\s+(?:metres?|meters?|m)\b|m3|m³)(?:\s+(?:of\s+)?[a-z]+)?"
            r"(?:\s+(?:per|an|a)\s+(?:hour|second|minute)\b|\s?/\s?(?:h|hr|s|sec)\b)",
        ),
    ),
    # ("16.5 bln cu m", "cu. m": the wire's short form)
    Unit("m3", "m³", (r"\s(?:cubic|cu\.?)\s+(?:metres?|meters?|m)\b|\scu\.?\s+M\b\.?|\s?(?:m3|m³)(?![\w])",)),
    # a speed is no length ("from 10 to 20 km/h", a fine's bounds) and an engine's size no count
    # ("engines up to 2,000 cc"): measures with no code of their own, before km takes the "km"
    Unit(
        "other",
        "",
        (
            r"\s?(?:km\s?/\s?h|kmph|kph)(?![\w])|\s(?:kilomet(?:re|er)s?)\s+(?:per|an|a)\s+hour\b",
            r"\s?(?:cc|cm3|cm³)(?![\w])|\scubic\s+centimet(?:re|er)s?\b",
        ),
    ),
    Unit("km", "km", (r"[\s-]?(?:kilometres?|kilometers?|km)\b",)),
    Unit(
        "metre",
        "m",
        (
            r"[\s-](?:metres?|meters?)\b",
            # a bare "m" is metres only where a size or a clause's end follows: "a 120 m tower" is
            # not enough to tell, "120 m high", "dredged to 7 m." are ("$7 m" is read as a scale first)
            r"\s?m(?=\s+(?:long|high|tall|deep|wide|thick|in\s+(?:length|height|depth|width|diameter)"
            r"|across|above|below|underground)\b|[.,;:)](?!\d)|$)",
        ),
    ),
    # ("600MWt", "2 GWt": thermal megawatts, the heat plants' own spelling)
    # ("over 100 kW": a small plant's power in thousandths of a megawatt, not a count; "kWh" is energy)
    Unit("MW", "MW", (r"\s?(?:MWt?|megawatts?)\b", (r"\s?(?:kW|kilowatts?)\b(?![\s-]hours?)", 0.001))),
    Unit("GW", "GW", (r"\s?(?:GWt?|gigawatts?)\b",)),
    Unit(
        "kWh",
        "kWh",
        (
            r"\s?(?:kWh|kilowatt[\s-]hours?)\b",
            (r"\s?(?:MWh|megawatt[\s-]hours?)\b", 1e3),
            (r"\s?(?:GWh|gigawatt[\s-]hours?)\b", 1e6),
            (r"\s?(?:TWh|terawatt[\s-]hours?)\b", 1e9),
        ),
    ),  # fmt: skip
    Unit("litre", "l", (r"\s(?:litres?|liters?)\b",)),
    Unit("celsius", "°C", (r"\s?(?:°C|°|degrees? Celsius|degrees?)(?![\w])",)),
    Unit("times", "×", (r"\s(?:times|fold)\b", r"-?fold\b"), name="times"),  # "2.5-fold", "fourfold"
    Unit(
        "other",
        "",
        (
            r"\s(?:barrels?(?:\s+of\s+oil(?:\s+equivalent)?)?(?:\s+(?:per|a)\s+day)?|TEU|points?"
            r"|twenty-foot\s+equivalent\s+units?(?:\s+\(TEU\))?)\b",
            # a rate with its noun before the base: "61 cases per 100,000 people"
            r"(?:\s[a-z]+)?\sper\s+(?:1,000|1 000|10,000|100,000|100 000|thousand|hundred thousand)"
            r"(?:\s+(?!(?:in|on|at|for|from|by|and|or|of|to|the|a|an|than|over|since)\b)[a-z]+){0,2}\b",
            # a data rate: "43.6 megabits per second", "100 Mbps"
            r"\s(?:kilo|mega|giga)bits?\s+per\s+second\b|\s?(?:[kMG]bps|[kMG]bit/s)(?![\w])",
            # heat and electrical measures with no code of their own, per hour or not ("520 Gcal per
            # hour", "300 Gcal/h", "110 kV", "80 MVA"): "other", never a count
            r"\s(?:[kMG]cal|gigacalories?|megacalories?|[kM]V|[kM]VA|[kMG]Pa)"
            r"(?:\s?/\s?h\b|\s+(?:per|an|a)\s+hour\b)?(?![\w])",
            # traffic measured per person carried ("12.2 billion passenger-kilometres"): no unit of its own
            r"[\s-]passengers?[\s-]?(?:km|kilometres?|kilometers?)\b|\s?(?:pkm|p-km|pass\.?-km)\b",
            # multiples of the monthly calculation index, in which fees and fines are set
            r"\s(?:of\s+(?:the\s+)?)?(?:MCIs?|MRPs?|monthly\s+calculation\s+ind(?:ex|ices))\b",
        ),
    ),
)

DISPLAY: dict[str, str] = {}  # code -> its sign for people, the first entry of a code wins
for _unit in UNITS:
    DISPLAY.setdefault(_unit.code, _unit.display)
# code -> what an axis title calls it: "tonnes", "US dollars ($)"; a plain count is a "number".
NAMES: dict[str, str] = {"count": "number"}
for _unit in UNITS:
    NAMES.setdefault(_unit.code, _unit.name or _unit.display or _unit.code)
DISPLAY_BEFORE = frozenset(u.code for u in UNITS if u.display_before)
CURRENCIES = frozenset(u.code for u in UNITS if u.currency)
# Signs and codes written before a figure, longest first: "US$" before "$".
PREFIXES: tuple[tuple[str, UnitCode], ...] = tuple(
    sorted(((sign, u.code) for u in UNITS for sign in u.before), key=lambda pair: -len(pair[0]))
)
# The non-letter signs among them ("$", "₸"): context.py blanks them when reading words.
PREFIX_SIGNS = "".join(sorted({sign for sign, _ in PREFIXES if len(sign) == 1 and not sign.isalpha()}))


def after_forms() -> list[tuple[str, UnitCode, float]]:
    """Every (form, code, factor) of `after`, in table order."""
    forms: list[tuple[str, UnitCode, float]] = []
    for unit in UNITS:
        for form in unit.after:
            pattern, factor = form if isinstance(form, tuple) else (form, 1.0)
            forms.append((pattern, unit.code, factor))
    return forms
