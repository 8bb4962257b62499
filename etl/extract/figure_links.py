"""English figures read as one: ranges ("5-7%", "from 3 to 5") and a sum with its conversion in
brackets ("₸5 billion ($10 million)"), with the money and unit cues their readers share."""

from __future__ import annotations

import re

from etl.extract.figure_clause import _left_of
from etl.extract.mentions import Mention
from etl.extract.numbers import numeral_value
from etl.extract.records import replace
from etl.extract.units import CURRENCIES

RANGE_BETWEEN = re.compile(r"^\s?[-–—]\s?[+]?$|^\s+to\s+[+]?$|^\s+and\s+[+]?$")
_TO_LEVEL = re.compile(r"\s+to\s+(?:the\s+level\s+of\s+)?")


_SIGN_AT_END = re.compile(r"\s?(?:US\$|\$|₸|€|£)$")
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:US\$|\$|₸|[+])?$", re.I)
_TO_BEFORE = re.compile(r"\bto\s+(?:US\$|\$|₸|[+])?$", re.I)
_FROM_AFTER = re.compile(r",?\s+(?:(?:up|down)\s+)?from\s+(?:US\$|\$|₸)?$", re.I)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+\S*$", re.I)
# "tonnes of waste", "98.9% of the acts"
_OF_AFTER_UNIT = re.compile(r"\s+of\s+(?:the\s+|a\s+|an\s+)?")
# "1.2 trillion tenge in investments", "100 billion tenge in taxes": money named by the kind of
# money it is, whoever attracted or paid it
_MONEY_KIND_AFTER = re.compile(
    r"\s+(?:in|worth\s+of)\s+(?P<kind>(?:(?:new|additional|private|foreign|direct|fixed|capital)\s+){0,2}"
    r"(?:investments?|taxes|tax\s+revenues?|revenues?|subsidies|loans|grants|payments|profits?|dividends|sales"
    r"|deposits|fines))\b",
    re.I,
)


_BY_BEFORE = re.compile(r"\bby\s+$", re.I)
_QUALIFIER_AFTER_TO = re.compile(
    r"^\s+to\s+(?:about|around|roughly|approximately|nearly|almost|some|over|more\s+than|at\s+least)\s+(?=$|[+]$)",
    re.I,
)
# "Kazakhstan generates from 4 million to 5 million tons a year": a present verb of an amount, not
# of a change, before "from" spans a range of estimates (not "rises / grows from ... to")
_AMOUNT_VERB_FROM_BEFORE = re.compile(
    r"\b(?:generates|produces|consumes|earns|costs|employs|spends|collects|emits|requires|pays|receives"
    r"|accommodates|hosts|attracts|serves)\s+(?:(?:about|around|roughly|some|an\s+estimated)\s+)?from\s+"
    r"(?:US\$|\$|₸)?$",
    re.I,
)
_SPREAD_FROM_BEFORE = re.compile(
    r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+from\s+(?:US\$|\$|₸)?$", re.I
)


def _same_order(first: Mention, second: Mention) -> bool:
    """'50,000 to 80,000 tenge': a bare number just below a figure with a unit is the low end of
    its range ("cut by 5 to 80,000 tons" is no range: 5 is far below)."""
    low, high = first.quantity.value, second.quantity.value
    return second.quantity.unit not in (None, "times") and 0 < low < high <= 10 * low


def _link_ranges(text: str, mentions: list[Mention]) -> list[tuple[int, int, str, str]]:
    """Pairs (i, j, role_i, role_j) for 'from 62 to 183' and '10-15 thousand'; the first end
    borrows the second's scale and unit when it has none of its own."""
    links = []
    for i in range(len(mentions) - 1):
        first, second = mentions[i], mentions[i + 1]
        between = text[first.quantity.end : second.start]
        # "from 20,949 tenge ($54) to 26,186 tenge": the old level's sum in another currency between
        converted = _converted(text, mentions, i)
        if converted is not None:
            second, between = mentions[i + 2], text[converted : mentions[i + 2].start]
        if second.quantity.currency_before:
            between = _SIGN_AT_END.sub("", between)
        if _FROM_BEFORE.search(_left_of(text, first.start)):
            # "from 20.3% to about 9.5%": the new level's qualifier is no break between the two ends
            between = _QUALIFIER_AFTER_TO.sub(" to ", between)
        if not RANGE_BETWEEN.match(between):
            if _counted_from_to(text, first, second, between):
                links.append((i, i + 1, "from", "to"))
            continue
        left = _left_of(text, first.start)
        if _FROM_BEFORE.search(left) and "to" in between:
            # "yields ranged from 12 to 50 centners": the ends of a spread, not a change
            roles = (
                ("low", "high")
                if _SPREAD_FROM_BEFORE.search(left) or _AMOUNT_VERB_FROM_BEFORE.search(left)
                else ("from", "to")
            )
        elif "-" in between or "–" in between or "—" in between or _BETWEEN_BEFORE.search(left):
            roles = ("low", "high")
        elif (
            "to" in between
            and not first.quantity.scaled
            and first.quantity.unit is None
            and (
                second.quantity.scaled
                or second.quantity.unit == "percent"
                # "rose by 10 to 95 tons" is a change and a new level
                or (_same_order(first, second) and not _BY_BEFORE.search(left))
            )
        ):
            # "eight to nine million tons", "by 10 to 30 percent", "selling for 50,000 to 80,000 tenge"
            roles = ("low", "high")
        else:
            continue
        if first.quantity.unit in (None, second.quantity.unit) and second.quantity.unit is not None:
            scale = 1.0
            # "$550-$650 million", "7-8 million tons"; not "from 332,000 tons to 1.8 mln tons", whose
            # first end is written out in full
            if second.quantity.scaled and not first.quantity.scaled and first.quantity.value < 1000:
                scale = second.quantity.value / numeral_value(text[second.numeral_start : second.end])
            first.quantity = replace(
                first.quantity, value=first.quantity.value * scale, unit=second.quantity.unit
            )
        links.append((i, i + 1 if converted is None else i + 2, *roles))
    linked = {k for link in links for k in link[:2]}
    for i in range(len(mentions) - 1 if "from" in text else 0):
        first, second = mentions[i], mentions[i + 1]
        if i in linked or i + 1 in linked:
            continue
        # "rose 5% to 3,491 tons, up from 3,324 tons", "edged up to 86.7% from 86.2%": the new
        # level first, the old one after it
        if first.quantity.unit != second.quantity.unit:
            continue  # "grew to 52,000 tons, from 14 countries": a source, not an old level
        if _TO_BEFORE.search(_left_of(text, first.start)) and _FROM_AFTER.match(
            text[first.quantity.end : second.start]
        ):
            links.append((i + 1, i, "from", "to"))
    return links


# "to expand the fleet from 96 planes operating regular flights to 131 by 2025": a count changed
# from one level to another, its noun between them (the old level actual, FORMAT.md)
_CHANGED_FROM = re.compile(
    r"\b(?:expand|increas|rais|grow|reduc|cut|bring|lift|boost)\w*\s+(?:[\w’'-]+\s+){0,5}from\s+$", re.I
)
_NOUN_THEN_TO = re.compile(
    r"\s+(?:(?!(?:to|from|by|than|in|of|per|a|an)\b)[^\W\d][\w’'-]*\s+){1,6}to\s+", re.I
)


def _counted_from_to(text: str, first: Mention, second: Mention, between: str) -> bool:
    return bool(
        first.quantity.unit in (None, "count")
        and second.quantity.unit in (None, "count")
        and not first.quantity.scaled
        and _NOUN_THEN_TO.fullmatch(between)
        and _CHANGED_FROM.search(text, max(0, first.start - 80), first.start)
    )


_CONVERTED_OPEN = re.compile(r"\s*\(\s*")
_CONVERTED_CLOSE = re.compile(r"\s*\)")


def _converted(text: str, mentions: list[Mention], i: int) -> int | None:
    """Where the text goes on after a sum in another currency bracketed right after mention i
    ("20,949 tenge ($54) to 26,186 tenge"), when a figure of i's currency follows it; else None."""
    if i + 2 >= len(mentions):
        return None
    first, aside, after = (m.quantity for m in mentions[i : i + 3])
    if first.unit not in CURRENCIES or aside.unit not in CURRENCIES or aside.unit == first.unit:
        return None
    if after.unit not in (None, first.unit) or not _CONVERTED_OPEN.fullmatch(
        text, first.end, mentions[i + 1].start
    ):
        return None
    closed = _CONVERTED_CLOSE.match(text, aside.end)
    return closed.end() if closed is not None else None
