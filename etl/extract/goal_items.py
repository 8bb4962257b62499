"""English items that name a goal instead of what it measures (pure: an indicator and its item in,
an item out).

"The government's goal is to cover 1.1 million hectares of the seabed", "set a goal of securing at
least $24 billion in foreign capital", "the aim is to raise the share of household waste that is
processed from 18% to 34%": the words before the figure say that it is a goal, and the kind field
says so already; on a chart legend "government's goal" or "aim" names nothing. The item is what the
goal's verb acts on: the words after a gerund in the item ("goal of ensuring GDP growth" -> "GDP
growth"), else the object between the goal's verb and the figure ("the share of household waste"),
else the noun phrase the figure's unit is of ("hectares of the seabed with saxaul plantations").
"" when none is told ("the aim is to bring it to 210"): the item is then hollow and takes the one
told before it.
"""

from __future__ import annotations

import re

from etl.extract.indicator_record import Indicator
from etl.extract.item_cleaning import settle_item

_GOAL_WORD = r"(?:goal|aim|target|objective|task)s?"
# an item that is a goal: an owner or article, an adjective, the goal word, "of" and a gerund
_GOAL_ITEM = re.compile(
    r"(?:(?:the|a|an|our|its|their|this|[\w-]+(?:'s|’s|s'))\s+)?"
    r"(?:(?:main|key|fundamental|primary|ultimate|ambitious|overall|new)\s+)?"
    + _GOAL_WORD
    + r"(?:\s+of)?(?:\s+(?P<verb>[a-z]+ing))?(?:\s+(?P<rest>.*))?",
    re.I,
)
# in the sentence before the figure: "goal is to raise ...", "goal of securing ...", "aim was to bring"
_GOAL_VERB = re.compile(
    r"\b"
    + _GOAL_WORD
    + r"\s+(?:is\s+|was\s+|will\s+be\s+)?(?:to|of)\s+(?:\w+ly\s+)?[a-z]+\s+(?P<object>.*)$",
    re.I,
)
# the noun phrase a figure's unit is of ("1.1 million hectares of the seabed with ...", "$24 billion
# in foreign capital this year"), up to a time, a purpose or the clause's end
_OF_AFTER = re.compile(
    r"\s*(?:of|in)\s+(?:the\s+)?(?P<phrase>[a-z][\w-]*(?:\s+(?!by\b|in\b|this\b|that\b|for\b|and\b|from\b|to\b)"
    r"[a-z][\w-]*){0,5})"
)
# what closes an object before its figure: a relative clause, the figure's preposition or a hedge
_OBJECT_END = re.compile(
    r"\s+(?:that|which|who)\b.*$|(?:\s+(?:from|to|by|at|up|least|nearly|about|around|almost|over|more|than))+\s*$",
    re.I,
)
_FIGURE = re.compile(r"[\d$₸€]")
_LAST_VERB = re.compile(r"\bto\s+(?:\w+ly\s+)?[a-z]+\s+(?P<object>[^\d$₸€]*)$", re.I)
_PRONOUN = frozenset("it them this that these those".split())


def goal_measure(indicator: Indicator, item: str) -> str | None:
    """What a goal that an English item names measures (module docstring): the item's words after
    its gerund, the goal verb's object or the phrase the figure is of; "" when none is told; None
    when the item names no goal, or the goal word is the noun counted ("12 target indicators")."""
    found = _GOAL_ITEM.fullmatch(item.strip())
    if found is None:
        return None
    after = indicator.sentence[indicator.end_char - indicator.sentence_start :]
    if after.lstrip().casefold().startswith(item.casefold()):
        return None  # "12 target indicators": the goal word is what is counted
    rest = settle_item(found["rest"] or "", "en")
    if found["verb"] and rest:
        return rest  # "goal of ensuring GDP growth"
    left = indicator.sentence[: indicator.start_char - indicator.sentence_start]
    verb = _GOAL_VERB.search(left)
    if verb is not None:
        told = verb["object"]
        if _FIGURE.search(told):
            # "to double the annual inflow to $24 billion ... and to raise the total to $150 billion":
            # the object of the last verb before this figure
            last = _LAST_VERB.search(left)
            told = last["object"] if last else ""
        words = _OBJECT_END.sub("", told).split()
        measure = settle_item(" ".join(words), "en")
        if measure and measure.casefold() not in _PRONOUN:
            return measure  # "the aim is to raise the share of household waste that is processed from"
    of = _OF_AFTER.match(after)
    return settle_item(of["phrase"], "en") if of else ""
