"""Money a budget or programme allots for a span still running or to come is planned (FORMAT.md:
"money allocated but not yet spent is plan"): "Education is allotted 1.5 trillion tenge, or 17.6%",
"the programme earmarks more than $360 million", "the special fund has channelled 2.4 billion tenge
into the reconstruction of ...", "the deficit is capped at 3.21 trillion tenge". The allotting
verb stands before the sum in its clause, in the present or the perfect; the sum's share told
beside it ("or 17.6%") goes with it. A span already over, money told as spent or paid, works told
as done and a total counted "so far" keep their past."""

from __future__ import annotations

import re
from datetime import date

from etl.extract.kind_cues import _SO_FAR, _WORKS_DONE_IN
from etl.extract.mentions import Mention
from etl.extract.periods import Period
from etl.extract.units import CURRENCIES

# the allotting verb, then up to a clause's length of words to the sum (no sentence or clause end)
_ALLOTTED_BEFORE = re.compile(
    r"\b(?:(?:is|are|has\s+been|have\s+been)\s+(?:also\s+|additionally\s+)?"
    r"(?:allotted|allocated|earmarked|budgeted|set\s+aside|capped\s+at|put\s+at|planned\s+at)"
    r"|allots|allocates|earmarks|(?:has|have)\s+(?:also\s+|additionally\s+)?"
    r"(?:allocated|allotted|earmarked|channell?ed|directed|set\s+aside)"
    r"|goes\s+to)\b[^.;:!?]{0,90}$"
    # "next year's money goes to two departments: education, with 214.1 billion tenge": a list of
    # the shares after a colon
    # (money named before it: "the bulk of the exports goes to two markets: China, with $1.2 billion" is a flow)
    r"|\b(?:money|funds?|budget|allocations?|financing|spending)\b[^.;!?]{0,40}?\b(?:goes|go)\s+to\b"
    r"[^.;!?]{0,60}:[^.;!?]{0,60}\bwith\s+(?:(?:about|around|some|over|nearly|almost|more\s+than)\s+)?$",
    re.I,
)
# "1.5 trillion tenge, or 17.6%": the share of the budget the sum is
_SHARE_OF_SUM_BEFORE = re.compile(
    r"(?:tenge|bn|billion|trillion|million|mln|bln|KZT|USD|\$)\s*,?\s+or\s+$", re.I
)
# fuel, seed or fertiliser allotted to farmers by the tonne ("the government has allocated 52,200 tons of
# subsidised diesel"): planned as money allotted is (FORMAT.md: fuel or seed allocated for a campaign
# still running is plan)
_BULK_UNITS = frozenset(("tonne", "litre"))
_FARM_INPUTS = re.compile(r"\b(?:diesel|fuel|seeds?|fertili[sz]ers?|petrol|gasoline)\b", re.I)
# money told as spent or paid anywhere in the sentence (a total counted "so far" and works told
# done are kind_cues' _SO_FAR and _WORKS_DONE_IN)
_SPENT = re.compile(r"\b(?:spent|used|paid|disbursed|utili[sz]ed|absorbed)\b", re.I)


def allotted_for_open_span(text: str, mention: Mention, period: Period | None, published: date) -> bool:
    """The figure is a sum (or its share) a budget allots, or farm inputs allotted by the tonne, for a
    span not over at publication."""
    unit = mention.quantity.unit
    before = text[max(0, mention.start - 120) : mention.start]
    if (
        unit not in CURRENCIES
        and not (unit == "percent" and _SHARE_OF_SUM_BEFORE.search(before))
        and not (unit in _BULK_UNITS and _FARM_INPUTS.search(text))
    ):
        return False
    if period is not None and period.period_end is not None and period.period_end < published:
        return False  # the span it was allotted for is over: it was spent
    return bool(_ALLOTTED_BEFORE.search(before)) and not (
        _SPENT.search(text) or _SO_FAR.search(text) or _WORKS_DONE_IN.search(text)
    )
