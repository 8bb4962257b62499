"""Units an English figure leaves unsaid, carried from a neighbour: the currency of the last
amount, a list's shared unit, scale or measure, and exchange rates."""

from __future__ import annotations

import re
from typing import cast

from etl.extract import context as ctx
from etl.extract.currency_terms import currency_in_terms
from etl.extract.figure_clause import _right_of
from etl.extract.figure_links import RANGE_BETWEEN
from etl.extract.kind_cues import _PART_OF_AFTER, _PART_OF_WHICH_BEFORE
from etl.extract.literal_gates import literal_gate, may_match, sentence_lower
from etl.extract.mentions import Mention
from etl.extract.numbers import numeral_value
from etl.extract.records import replace
from etl.extract.shared_units import list_scales
from etl.extract.units import CURRENCIES, UnitCode

_PARTICIPLE_OF_FLOW = re.compile(
    # (the sum in another currency may stand in brackets between: "132.7 billion (US$371 million) coming")
    r"(?:\s*\([^()]{0,40}\))?\s+(?:coming|going|flowing|provided|allocated|earmarked|channelled|channeled|directed)\s+(?:from|to|for|by|towards)\b",
    re.I,
)


def _carry_named_terms(text: str, found: list[Mention]) -> None:
    """'22.5 billion in dollar terms', 'In dollar terms, trade reached 22.5 billion': a bare scaled
    amount takes the currency the phrase beside it names (currency_terms.py), before the article's."""
    for mention in found:
        quantity = mention.quantity
        if quantity.unit is None and quantity.scaled:
            named = currency_in_terms(text, mention.start, quantity.end)
            if named is not None:
                mention.quantity = replace(quantity, unit=cast(UnitCode, named))


def _carry_currency(text: str, found: list[Mention], currency: UnitCode | None) -> None:
    """'10.7 trillion tenge in 2026, 12.1 trillion in 2027': a scaled amount without a unit takes
    the currency of the amount before it in the sentence (else of the article's last amount)."""
    # "allocated 50 million for roads, after KZT 40 billion for schools": before the sentence's own
    # first currency, an amount takes that currency rather than the article's last one
    later = next((m.quantity.unit for m in found if m.quantity.unit in CURRENCIES), None)
    last = later or currency
    own = False  # the currency is written before the amount in this sentence, not only in the article
    for index, mention in enumerate(found):
        quantity = mention.quantity
        if quantity.unit in CURRENCIES:
            # "300 billion tenge (US$600 million)": the bracket converts the sum, the sentence's money
            # stays in tenge
            if not (own and text[: mention.start].rstrip().endswith("(")):
                last, own = quantity.unit, True
        elif (
            quantity.unit is None
            and quantity.scaled
            and not _range_to_other_unit(text, found, index)
            and last
            and quantity.value >= 1e6
            and (
                not ctx.noun_phrase_after(_right_of(text, quantity.end))
                # "with 132.7 billion coming from the national budget": a participle and where the
                # money comes from or goes, no noun counted
                or (own and _PARTICIPLE_OF_FLOW.match(text, quantity.end))
                # "loans totalling 238 billion tenge, of which 150 billion went to housing": a part
                # of this sentence's sum is money whatever word follows it
                or (own and _PART_OF_WHICH_BEFORE.search(text, max(0, mention.start - 36), mention.start))
            )
            # "the number of users rose from 23 million": a count, whatever the article's money
            and (own or not _COUNT_SUBJECT.search(text, 0, mention.start))
        ):
            mention.quantity = replace(quantity, unit=last)


# between two members of a list: a comma or "and", after the member's own place ("2,345 thousand
# tons to Uzbekistan, ... and 1,146 thousand to Afghanistan")
# (or the next member's own label of a word or two: "6,355.8 thousand square meters, individual houses
# 5,310.9 thousand")
_MEMBER_GAP = re.compile(
    r"(?:\s+(?:to|in|from|for)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?\s*,?\s*(?:and\s+)?"
    r"(?:(?!(?:of|to|in|from|for|by|was|were|is|are|had|has|have|than|with)\b)[a-z][a-z-]+\s+){0,2}"
)


def _carry_shared_unit(text: str, found: list[Mention]) -> None:
    """'2,345 thousand tons to Uzbekistan, 7.6 thousand tons to Kyrgyzstan, and 1,146 thousand to
    Afghanistan': a scaled amount with no unit and no noun after it, right after a list member of
    the same scale whose unit is no money (money is _carry_currency's), takes that unit, as
    cyrillic_unit_sharing._shared_scaled_units reads "17,8 млн, ... 19,1 млн шаршы метр"."""
    for index in range(1, len(found)):
        before, quantity = found[index - 1].quantity, found[index].quantity
        if (
            quantity.unit is None
            and quantity.scaled
            and before.scaled
            and before.unit is not None
            and before.unit not in CURRENCIES
            and before.unit not in ("percent", "times")
            and _MEMBER_GAP.fullmatch(text, before.end, found[index].start)
            and not ctx.noun_phrase_after(_right_of(text, quantity.end))
        ):
            found[index].quantity = replace(quantity, unit=before.unit)


def _carry_list_scale(text: str, found: list[Mention]) -> None:
    """'368.7 and 322.2 thousand tons', '1.5, 2 and 3 billion tenge': the bare members of a list take
    the scale and unit of its last member (shared_units.list_scales)."""
    scales = [
        m.quantity.value / raw
        if m.quantity.scaled and (raw := numeral_value(text[m.numeral_start : m.end]))
        else 1.0
        for m in found
    ]
    for index, (unit, scale) in list_scales(text, [m.quantity for m in found], scales).items():
        quantity = found[index].quantity
        found[index].quantity = replace(
            quantity, value=quantity.value * scale, unit=cast(UnitCode, unit), scaled=True
        )


def _range_to_other_unit(text: str, found: list[Mention], index: int) -> bool:
    """'from 1.2 million to 3.5 million square meters': the first end of a range whose second end
    names a unit that is no money shares that unit, whatever the article's currency."""
    if index + 1 >= len(found):
        return False
    following = found[index + 1].quantity
    return (
        following.unit is not None
        and following.unit not in CURRENCIES
        and bool(RANGE_BETWEEN.match(text[found[index].quantity.end : found[index + 1].start]))
    )


_CLAUSE_ENDS_AFTER = re.compile(r"\s*(?:[,.;)]|$)|\s+(?:and|or|but|while|whereas)\b")


def _carry_measure(text: str, found: list[Mention]) -> None:
    """'Samar district gathered 12-14 centners per hectare, and Ulan district about 15': a bare
    number that ends its clause, just after a measured figure of the same order, is one more of
    that measure ("53 cooperatives, 46 of which", "rose 4%, and 12 plants", "40% of them, and the
    remaining 112" stay counts)."""
    for previous, mention in zip(found, found[1:], strict=False):
        quantity, unit = mention.quantity, previous.quantity.unit
        if (
            quantity.unit is None
            and not quantity.scaled
            # a share is followed by a count as often as by one more share: "40% of them, and the remaining 112"
            and unit not in (None, "times", "count", "percent", "percentage_point")
            and quantity.value > 0
            and previous.quantity.value / 10 <= quantity.value <= previous.quantity.value * 10
            and _CLAUSE_ENDS_AFTER.match(text, quantity.end)
        ):
            mention.quantity = replace(quantity, unit=unit)
        elif (
            quantity.unit is None
            and unit not in (None, "times", "count", "percent", "percentage_point")
            and unit not in CURRENCIES  # the currency has its own carry
            and 0 < quantity.value <= previous.quantity.value
            and _PART_OF_AFTER.match(text, quantity.end)
        ):
            # "spans 4.4 million hectares, more than 2.3 million of them covered by forest": a part
            # of a measured whole is measured in its unit
            mention.quantity = replace(quantity, unit=unit)


_COUNT_SUBJECT = re.compile(r"\b(?:number|numbers|population)\b", re.I)
_DOLLAR_PRICED = re.compile(r"\b(?:the\s+(?:US\s+)?dollar|dollar\s+rate|exchange\s+rate)\b", re.I)


# "with a coefficient of 1.3", "a multiplier of 2": a bare ratio named before it, no count of things
_RATIO_BEFORE = re.compile(
    r"\b(?:coefficients?|multipliers?|ratios?|factors?)\s+(?:of\s+|at\s+|is\s+|was\s+|equal\s+to\s+)(?:about\s+|around\s+)?$",
    re.I,
)
_RATIO_GATE, _DOLLAR_GATE = literal_gate(_RATIO_BEFORE), literal_gate(_DOLLAR_PRICED)


def _exchange_rates(text: str, found: list[Mention]) -> None:
    """'the dollar ended the period at 518.14 tenge': a price of the dollar in tenge, not an amount."""
    lower = sentence_lower(text)  # a pattern whose words the sentence lacks is not scanned
    ratio, priced = may_match(_RATIO_GATE, lower), may_match(_DOLLAR_GATE, lower)
    for mention in found:
        quantity = mention.quantity
        if (
            ratio
            and quantity.unit is None
            and not quantity.scaled
            and _RATIO_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        ):
            mention.quantity = replace(quantity, unit="other")
            continue
        if (
            priced
            and quantity.unit == "KZT"
            and not quantity.scaled
            and _DOLLAR_PRICED.search(text, 0, mention.start)
        ):
            mention.quantity = replace(quantity, unit="KZT/USD")
