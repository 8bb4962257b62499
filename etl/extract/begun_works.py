"""The worth, capacity or size of a work that has only begun is still to come (FORMAT.md: plan).

"Construction of a 100 MW wind farm worth KZT 82 bln has begun", "has begun building a solar plant
valued at KZT 11.5bn", "presented its wind project, estimated at KZT 16.5bn", "preparations are
under way for a 100 MW station": the start of the works happened, but the megawatts are not yet
built and the money not yet spent. Only the figures that describe the work itself are read so
(what it is worth or will hold); how many works were started is a count of what is so now, and a
sentence that also tells the work finished ("commissioned", "opened") keeps its past.
"""

from __future__ import annotations

import re

from etl.extract.mentions import Mention
from etl.extract.units import CURRENCIES

# the start of works, or works told as under way or in preparation
_WORK_BEGUN = re.compile(
    r"\b(?:construction|building|work|works)\s+(?:(?:has|have|had)\s+)?(?:already\s+)?"
    r"(?:begun|began|started|commenced|kicked\s+off|got\s+under\s*way)\b"
    r"|\b(?:has|have|had)\s+(?:already\s+)?(?:begun|started|commenced)\s+(?:building|constructing)\b"
    r"|\b(?:began|begun|started|commenced)\s+(?:building|constructing|construction\s+of|work\s+on)\b"
    # "Construction of a 100 MW wind farm worth KZT 82.5 bln has begun"
    r"|\b(?:construction|building|reconstruction)\s+of\b[^.;]{0,80}?\b(?:has|have|had)\s+(?:already\s+)?"
    r"(?:begun|started|commenced)\b"
    # "Construction of the complex, which comprises a 200-bed hospital ..., began in 2021"
    r"|\b(?:construction|building|reconstruction)\s+of\b[^.;]{0,120}?\b(?:began|started|commenced)\b"
    r"|\bunder\s+construction\b"
    r"|\b(?:is|are|was|were)\s+being\s+(?:built|constructed|set\s+up|prepared|studied|designed)\b"
    r"|\bpreparations?\s+(?:is|are|was|were)\s+under\s*way\b"
    r"|\bpreparing\s+to\s+(?:build|construct|launch|set\s+up|open)\b"
    r"|\bpresented\s+(?:its|their|a|an|the)\b[^.;]{0,40}?\bprojects?\b"
    r"|\b(?:was|were|has\s+been|have\s+been)\s+(?:also\s+|already\s+)?launched\s+to\s+(?:build|construct|set\s+up|create|produce)\b"
    r"|\blaid\s+the\s+(?:foundation|first\s+stone|cornerstone)\b|\bbroke\s+ground\b",
    re.I,
)
# works told as finished: their size and worth are what was built and spent
_WORK_DONE = re.compile(
    r"\b(?:commissioned|completed|inaugurated|finished|opened|put\s+into\s+(?:operation|service)"
    r"|operating|in\s+operation|operational|came\s+on\s*(?:stream|line)|(?:was|were|has\s+been|have\s+been)\s+(?:built|constructed|spent|invested))\b",
    re.I,
)
# what the work is worth: "worth", "valued at", "estimated at", "with an investment of", "costing"
_WORTH_BEFORE = re.compile(
    r"\b(?:worth|valued\s+at|estimated\s+at|costing|priced\s+at|(?:total\s+)?cost\s+of|investments?\s+of"
    r"|at\s+a\s+cost\s+of|budget\s+of)\s+(?:an?\s+(?:combined|total|estimated)\s+)?"
    r"(?:(?:about|around|over|some|nearly|almost|up\s+to|more\s+than)\s+)?"
    r"(?:US\$|\$|₸|€|KZT\s?|USD\s?|EUR\s?)?$",
    re.I,
)
# "a USD 60 mln investment": the sum names the investment after it
_INVESTMENT_AFTER = re.compile(r"\s*\)?\s*(?:of\s+)?(?:investments?|project)\b", re.I)
# what the work will hold: "a capacity of", "for almost 100,000 students", "a 300-bed hospital"
_CAPACITY_BEFORE = re.compile(
    r"\bcapacit(?:y|ies)\s+of\s+(?:(?:about|around|over|some|nearly|almost|up\s+to|more\s+than)\s+)?$", re.I
)
_HELD_AFTER = re.compile(r"(?:-|\s+)(?:beds?|seats?|places|pupils|students|visits)\b", re.I)
_FOR_BEFORE = re.compile(
    r"\bfor\s+(?:(?:about|around|over|some|nearly|almost|up\s+to|more\s+than)\s+)?$", re.I
)
_POWER = frozenset(("MW", "GW"))


def _describes_the_work(text: str, mention: Mention) -> bool:
    before = text[max(0, mention.start - 40) : mention.start]
    unit = mention.quantity.unit
    if unit in CURRENCIES:
        return bool(_WORTH_BEFORE.search(before) or _INVESTMENT_AFTER.match(text, mention.quantity.end))
    if unit in _POWER or _CAPACITY_BEFORE.search(before):
        return True
    return unit in (None, "count") and bool(
        _HELD_AFTER.match(text, mention.quantity.end)
        and (text.startswith("-", mention.quantity.end) or _FOR_BEFORE.search(before))
    )


def worth_of_a_begun_work(text: str, mention: Mention) -> bool:
    """The figure is what a work only begun is worth or will hold, and nothing in the sentence tells
    the work finished."""
    # (the figure's own words first: most figures are no work's worth, and the sentence scans cost more)
    return (
        _describes_the_work(text, mention) and bool(_WORK_BEGUN.search(text)) and not _WORK_DONE.search(text)
    )
