"""Whether an English figure is a change rather than a level ("grew by 5%", "to the level of"),
and the start a "since ..., when" names."""

from __future__ import annotations

import re

from etl.extract import context as ctx
from etl.extract.literal_gates import literal_gate, may_match, sentence_lower
from etl.extract.mentions import Mention
from etl.extract.periods import Period, find_periods
from etl.extract.reading_state import _SentenceFacts
from etl.extract.records import replace


def _is_change(
    item: str,
    inherited: bool,
    verb_change: bool,
    previous_verb_change: bool,
    text: str,
    previous_end: int | None,
    mention: Mention,
) -> bool:
    # "rose by 17 percent to 9.2 million": the figure after "to" is the new level, not a change
    # ("increased by 5 percent, to 1.1 million": a comma before the "to" changes nothing)
    new_level = previous_end is not None and bool(
        _COMMA_TO_LEVEL.fullmatch(text, previous_end, mention.start)
    )
    # "a decline of 2.8 percent year-on-year, amounting to 4.6 trillion tenge": the level it came to
    new_level = new_level or bool(_AMOUNTING_TO.search(text, max(0, mention.start - 24), mention.start))
    # "has increased by 5% and amounted to 4.4 trillion", "and in total exceeded 445 billion": a
    # second verb of level after "and" tells the level the change came to
    new_level = new_level or bool(_AND_LEVEL_VERB.search(text, max(0, mention.start - 48), mention.start))
    # "will rise to 164,350 tenge", "is set to increase to 12%": the verb's bare form, read as the
    # item ("rise"), names no change; the figure after "to" is the level reached
    named_change = bool(ctx.CHANGE_NOUN.match(item)) and not (
        _VERB_TO_LEVEL.search(text, max(0, mention.start - 48), mention.start)
        # "plans to increase fertilizer production to 4 million tons": the verb, its object, then
        # "to" and the level to reach (the item read is "increase production", no change noun)
        or _VERB_OBJECT_TO_LEVEL.search(text, max(0, mention.start - 90), mention.start)
        # "is expected to increase up to 16.5 billion cubic meters": "up to" a level of a measure
        # ("will rise up to 20 percent" may be the change's own ceiling: left a change)
        or (
            mention.quantity.unit not in ("percent", "percentage_point")
            and _VERB_UP_TO_LEVEL.search(text, max(0, mention.start - 48), mention.start) is not None
        )
    )
    if may_match(_THAN_GATE, sentence_lower(text)) and _THAN_BEFORE.search(
        text, max(0, mention.start - 40), mention.start
    ):
        return False  # "49% more than the 254,000 tons delivered last year": the base compared with
    return (
        verb_change
        # "the wages of 1.3 million employees will increase up to 30% on average": a wage is no
        # percent, so the percent is its rise ("the share will increase up to 30%" stays a level)
        or (
            mention.quantity.unit == "percent"
            and _VERB_UP_TO_LEVEL.search(text, max(0, mention.start - 48), mention.start) is not None
            and _MONEY_SUBJECT_BEFORE.search(text, max(0, mention.start - 120), mention.start) is not None
        )
        or bool(_LIST_AFTER_CHANGE.search(text, max(0, mention.start - 320), mention.start))
        or (
            mention.quantity.unit == "percent"
            and bool(_BRACKETED_AFTER_CHANGE.search(text, max(0, mention.start - 320), mention.start))
        )
        # "food output is expected to grow by 10.9% and beverages by 7%": the verb left out
        or (
            previous_verb_change
            and previous_end is not None
            and bool(_GAPPED_BY.fullmatch(text, previous_end, mention.start))
        )
        or (named_change and not inherited)
        or (inherited and previous_verb_change and not new_level)
    )


# a dashed member of a breakdown: ", including in food production - ", ", pharmaceuticals - "
_DASH_MEMBER = re.compile(r",\s*(?:and\s+)?(?:including\s+)?(?:in\s+)?[A-Za-z][\w’' -]{0,60}?\s[-–—]\s*")
_COMMA_TO_LEVEL = re.compile(r",?\s+to\s+(?:the\s+level\s+of\s+)?")
_VERB_UP_TO_LEVEL = re.compile(
    r"\b(?:will|would|to|shall|may|could|should|must)\s+(?:rise|increase|grow|climb|go\s+up)\s+up\s+to\s+"
    r"(?:US\$|\$|₸|KZT\s?)?$",
    re.I,
)
# an amount of money as the subject of the clause before the figure
_MONEY_SUBJECT_BEFORE = re.compile(
    r"\b(?:wages?|salar(?:y|ies)|pay|pensions?|stipends?|scholarships?|allowances?|benefits?|prices?|tariffs?"
    r"|fees?|rents?)\b[^.;:,]{0,90}?\b(?:will|would|to|shall|may|could|should|must)\s+(?:rise|increase|grow|climb"
    r"|go\s+up)\s+up\s+to\s+(?:US\$|\$|₸|KZT\s?)?$",
    re.I,
)
_VERB_TO_LEVEL = re.compile(
    r"\b(?:will|would|to|shall|may|could|should|must)\s+(?:be\s+)?(?:rise|increase|grow|climb|go\s+up|fall|decrease|decline"
    r"|drop|raised|increased|reduced|lowered)\s+to\s+(?:(?:about|around|nearly|almost|over|some|up\s+to)\s+)?"
    r"(?:US\$|\$|₸|KZT\s?)?$",
    re.I,
)
_VERB_OBJECT_TO_LEVEL = re.compile(
    r"\b(?:will|would|to|shall|may|could|should|must)\s+(?:further\s+)?(?:increase|raise|grow|boost|expand|reduce"
    r"|decrease|lower|cut|bring)\s+(?:(?!by\b|from\b|to\b)[A-Za-z’'-]+,?\s+){1,6}to\s+"
    r"(?:(?:about|around|nearly|almost|over|some|up\s+to|at\s+least|more\s+than)\s+)?(?:US\$|\$|₸|KZT\s?)?$",
    re.I,
)
_AND_LEVEL_VERB = re.compile(
    # ("will increase by 1.5 trillion tenge and exceed 19 trillion": the modal's verb, shared)
    r"\band\s+(?:(?:in\s+total|in\s+all|overall|thus)\s+)?(?:amounted\s+to|reached|exceeded|totall?ed|made\s+up"
    r"|stood\s+at|came\s+to|(?:will\s+)?(?:exceed|reach|amount\s+to|total|stand\s+at))\s+(?:(?:about|around|over|nearly|almost|more\s+than|some)\s+)?(?:US\$|\$|₸|KZT\s?)?$",
    re.I,
)
_AMOUNTING_TO = re.compile(r"\b(?:amounting|totall?ing|reaching)\s+(?:to\s+)?(?:US\$|\$|₸)?$", re.I)
# a comparison's base after its difference ("49% more than the 254,000", "$2 billion less than"),
# not a qualifier ("grew by more than 5%")
_THAN_BEFORE = re.compile(
    r"(?:\d%?|percent|times|billion|million|thousand)\s+(?:more|less|fewer|higher|lower)\s+than\s+(?:the\s+)?(?:US\$|\$|₸)?$",
    re.I,
)
_THAN_GATE = literal_gate(_THAN_BEFORE)  # no scan where the sentence lacks its words
# no verb among the words: "and was followed by 30 trucks" is no gapped change
# ("cars by 16.3%, furniture by 13.3%": a comma list leaves it out too)
_GAPPED_BY = re.compile(
    # ("rose by 0.4% (top-grade flour – by 0.5%), pasta – by 0.2%": a bracketed member and the one after it)
    r"\)?(?:,\s*(?:and\s+)?|\s+and\s+|\s*\(\s*)(?:(?!(?:is|are|was|were|be|been|has|have|had|will|would"
    # nor an irregular participle: "rose by 4%, driven by 12 new contracts" names a cause
    # ("rose by 87%, public administration, social protection by 74.1%": a member's name may hold a comma)
    r"|driven|given|taken|shown|brought|made|led|held|caught|won|offset|hit)\b)[A-Za-z’'-]+(?<!ed),?\s+){1,4}"
    # ("increased by 31.6%, in agriculture – by 25.3%": a dash for the verb left out)
    r"(?:[–—]\s*)?by\s+(?:US\$|\$|₸)?"
)
# "Output fell in four regions: Aktobe region – by 8.4%, Atyrau region – by 2.1%": the members of
# a list after a colon, its verb of change in the lead before the colon
_LIST_AFTER_CHANGE = re.compile(
    r"\b(?:increas|decreas|grew|grow|rose|rise|fell|fall|declin|drop|reduc|shr[aiu]nk|jump|surg)[a-z]*\b"
    r"[^.:;]{0,80}:\s*(?:(?:[^.:;]|\.(?=\d)){0,160}?(?:,|\band)\s+)?[A-Z][\w’' -]{0,60}?\s[-–—]\s*by\s+(?:US\$|\$|₸)?$"
)


# "due to growth in the ore-mining sector (4.6%), processing industry (14.1%) and light industry
# (4.4%)": each bracketed share after a change noun and "in" is that member's change
_BRACKETED_AFTER_CHANGE = re.compile(
    r"\b(?:growth|increase|rise|decline|decrease|drop|fall)\s+in\s+"
    r"(?:[^().;:]{1,60}\(\s*[+-]?\d[\d.,]*\s?%\s*\)\s*(?:,\s*|\s+and\s+|,\s*and\s+))*[^().;:]{1,60}\(\s*[+-]?$",
    re.I,
)


# "since February 2016 when the base rate was raised to 17%": a "when" clause (no comma in it)
# between a "since" span and the figure tells what happened at the span's start
_SINCE_THEN_WHEN = re.compile(r"\s*,?\s+when\s[^,;]*$", re.I)
_SINCE_WORD = re.compile(r"(?:ever\s+)?since\s+", re.I)


def _since_start_told_by_when(
    facts: _SentenceFacts, mention: Mention, period: Period | None
) -> Period | None:
    """The month or year a "since" span starts, for a figure of the "when" clause right after it."""
    if period is None or period.period_start is None or period.end > mention.start or facts.published is None:
        return period
    since = _SINCE_WORD.match(facts.text, period.start)
    if since is None or not _SINCE_THEN_WHEN.match(facts.text[: mention.start], period.end):
        return period
    start = [
        p for p in find_periods("in " + facts.text[since.end() : period.end], facts.published) if p.has_year
    ]
    return replace(start[0], start=period.start, end=period.end) if len(start) == 1 else period


_HABITUAL = re.compile(r"\b(?:usually|typically|normally|traditionally|as\s+a\s+rule)\b", re.I)
