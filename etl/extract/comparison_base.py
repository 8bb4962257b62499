"""The base an English figure is compared with ("against 2023", "than a year before"): the
base's period and value, a pool's figure, and a plan's span named last."""

from __future__ import annotations

import re
from datetime import date

from etl.extract.en_tense import _MODAL_WORDS, _PAST_VERBS, _VERB_WORD, _is_past
from etl.extract.figure_clause import _LEFT_WINDOW
from etl.extract.indicator_record import Indicator
from etl.extract.kind_cues import (
    _JOBS_AFTER,
    _POOL_HOLDS_BEFORE,
    _PROJECT_MEASURES,
    _PROJECTS_AFTER,
    _PROJECTS_WORTH_BEFORE,
    _UNDER_WAY,
)
from etl.extract.mentions import Mention
from etl.extract.period_shapes import _same_day_in, _span_of
from etl.extract.periods import Period
from etl.extract.reading_state import _Scope, _SentenceFacts
from etl.extract.records import replace
from etl.extract.units import CURRENCIES

# what a project pool "is expected to create": the jobs of its projects, a plan like their worth
_POOL_OUTCOME_CUE = re.compile(
    r"\b(?:expected|projected|set|due|forecast)\s+to\s+(?:create|generate|provide|employ|open|add)\b", re.I
)


def _relative_clause_head(text: str, clause_start: int) -> int:
    """Where the words a clause opening with "which" or "that" hangs on start: the clause before
    it ("An investment pool, which includes ..." reads back to "An investment pool")."""
    opening = (
        clause_start
        + len(text[clause_start : clause_start + 2])
        - len(text[clause_start : clause_start + 2].lstrip())
    )
    if not text.startswith(("which ", "that "), opening):
        return clause_start
    return text.rfind(", ", 0, max(0, opening - 2)) + 2 if ", " in text[: max(0, opening - 2)] else 0


def _pool_figure(text: str, mention: Mention, clause_start: int) -> str | None:
    """The kind FORMAT.md gives a figure of a project pool or portfolio whose sentence words the
    pool's outcome as expected: 'actual' for the number of projects it holds, 'plan' for their
    worth or the jobs they will create; None for any other figure."""
    if not (_UNDER_WAY.search(text) and _POOL_OUTCOME_CUE.search(text)):
        return None
    start, end = mention.start, mention.quantity.end
    unit = mention.quantity.unit
    if unit in (None, "count") and _PROJECTS_AFTER.match(text, end):
        holds = _POOL_HOLDS_BEFORE.search(text, max(0, start - 80), start)
        return "actual" if holds else None
    if unit in _PROJECT_MEASURES and _PROJECTS_WORTH_BEFORE.search(text, max(0, start - 120), start):
        return "plan"
    if unit in (None, "count") and _JOBS_AFTER.match(text, end):
        return "plan" if _POOL_OUTCOME_CUE.search(text, max(0, start - 40), start) else None
    return None


_POSSESSIVE_BASE_BEFORE = re.compile(
    r"\b(?:from|than|against|compared\s+(?:to|with)|versus)\s+(?P<year>(?:last|the\s+previous|the\s+past)\s+year|(?:19|20)\d\d)"
    r"['’]s\s+(?:[a-z-]+\s+){1,3}?(?:of\s+)?(?:(?:about|around|some|nearly|almost|just)\s+)?(?:US\$|\$|₸)?$",
    re.I,
)
# what every match of _POSSESSIVE_BASE_BEFORE holds: an apostrophe's "s"
_MAY_OWN_A_BASE = re.compile(r"['’]s", re.I)
_BASE_BEFORE = re.compile(
    r"\b(?:than|against|compared\s+(?:to|with)|versus|vs\.?|from)\s+(?:the\s+)?$"
    # "54% above the 152,500 TEU"
    r"|\b(?:above|below|over|under|exceeding|surpassing|times|fold|twice|thrice)\s+the\s+(?:US\$|\$|₸)?$"
    # "an increase of 8.1% on the 3.3 trillion tenge recorded a year earlier"
    r"|(?:\d\s*%|\bper\s?cent|\bincrease|\brise|\bgrowth|\bgain|\bup|\bdown)\s+on\s+the\s+(?:US\$|\$|₸)?$",
    re.I,
)


def _bracket_of_another(facts: _SentenceFacts, end: int, start: int) -> bool:
    """'threshed grain from 5.1 million ha with a yield of 1.2 t/ha (0.89 t/ha as of the same date
    in 2021)': a base period inside a bracket that holds a figure of its own dates that figure,
    not one before the bracket."""
    opened = facts.text.rfind("(", end, start)
    return opened >= 0 and any(opened < m.start < start for m in facts.mentions)


_HEDGED_MULTIPLE = re.compile(r"\b(?:more|less|fewer|almost|nearly)\s+than\s+$", re.I)
# what follows a change compared with its base: "26 percent above the 2019 level", "5% up on"
_CHANGE_AFTER = re.compile(
    r"\s+(?:above|below|higher\s+than|lower\s+than|more\s+than|less\s+than|fewer\s+than|up\s+on|down\s+on"
    r"|up\s+from|down\s+from|over)\b",
    re.I,
)


def _base_period(facts: _SentenceFacts, index: int, clause: tuple[int, int]) -> Period | None:
    """'up from 665,000 tons a year earlier', 'against US$17.3 billion in the same period of 2019':
    a comparison's base value is dated by the comparison's period, in the scope's months."""
    mention = facts.mentions[index]
    # (the possessive needs "'s" or "’s", and the rest a comparison's period after the figure: most
    # figures have neither, and the `in` tests spare them the three backward searches)
    owned = (
        _POSSESSIVE_BASE_BEFORE.search(facts.text, max(0, mention.start - 72), mention.start)
        if _MAY_OWN_A_BASE.search(facts.text, max(0, mention.start - 72), mention.start)
        else None
    )
    if owned is not None:
        # "up from last year's rate of six cubic meters per second": the base's own year, named as
        # the owner of the base value (+fs41en)
        named = [p for p in facts.periods if p.start <= owned.start("year") < p.end]
        if named and named[0].period_start is not None:
            return named[0]
    end = mention.quantity.end
    if not any(p.is_comparison and end <= p.start < clause[1] for p in facts.periods):
        return None  # (no base period after the figure: nothing below could be found)
    if not _BASE_BEFORE.search(facts.text, max(0, mention.start - 24), mention.start):
        return None
    hedged = _HEDGED_MULTIPLE.search(facts.text, max(0, mention.start - 24), mention.start)
    if hedged and (mention.quantity.unit == "times" or _CHANGE_AFTER.match(facts.text, end)):
        # "more than three times the 2014 figure", "more than 26 percent above the 2019 level": the
        # multiple or the change is the figure ("than" its qualifier), 2014 and 2019 its base's
        return None
    after = [
        p
        for p in facts.periods
        if p.is_comparison
        and mention.quantity.end <= p.start < clause[1]
        and not _bracket_of_another(facts, mention.quantity.end, p.start)
    ]
    if not after:
        return None
    # the span compared is the sentence's own before the base ("in January-February, ... against 2.3
    # million in the same months of 2023"), else the article's
    compared = [p for p in facts.periods if not p.is_comparison and not p.is_weak and p.end <= mention.start]
    return _moved_into(compared[-1] if compared else facts.scope, after[0], facts.text)


# "fewer than in the first half of 2021, when 216,200 babies were born", "than in January-June
# 2021 (1,688)", "4.4 times more against 2021 with 47 billion": what stands between a
# comparison's base period and the base's own value
_BASE_VALUE_GAP = re.compile(
    r"\s*(?:,\s*when\s+(?:[A-Za-z’'-]+\s+){0,6}|\(|,?\s*with\s+(?:only\s+|just\s+)?)(?:US\$|\$|₸)?"
)


# "20.7 trillion tenge, or about $46 billion", "(20.7 trillion tenge or $46 billion)"
_OR_ABOUT = re.compile(
    r"(?:,?\s+or\s+|\s*\(\s*)(?:about\s+|around\s+|nearly\s+|some\s+|approximately\s+)?(?:US\$|\$|€|₸)?", re.I
)


def _same_sum_in_another_currency(facts: _SentenceFacts, index: int) -> bool:
    """Mention `index` restates the sum right before it in another currency, joined by "or"."""
    if index == 0:
        return False
    first, second = facts.mentions[index - 1].quantity, facts.mentions[index].quantity
    return (
        first.unit in CURRENCIES
        and second.unit in CURRENCIES
        and first.unit != second.unit
        and bool(_OR_ABOUT.fullmatch(facts.text, first.end, facts.mentions[index].start))
    )


def _value_of_base(facts: _SentenceFacts, index: int) -> Period | None:
    """The base period of a comparison for the figure standing in a 'when' clause or brackets
    right after it."""
    start = facts.mentions[index].start
    for period in facts.periods:
        if (
            period.is_comparison
            and period.end <= start
            and _BASE_VALUE_GAP.fullmatch(facts.text, period.end, start)
        ):
            # as in _base_period: the span compared is the sentence's own before the base ("Over
            # the ten months, ... than in the same period a year earlier, when ..."), else the scope
            compared = [
                p for p in facts.periods if not p.is_comparison and not p.is_weak and p.end <= period.start
            ]
            return _moved_into(compared[-1] if compared else facts.scope, period, facts.text)
    return None


# "reached $1.5 billion ($1.4 billion over the same period of 2022)": a bracket opened by the
# base's value, its span after it
_ASIDE_OPEN = re.compile(r"\(\s*$")
_ASIDE_SPAN_AFTER = re.compile(
    r"\s+(?:over|in|for|during)\s+the\s+(?:same|reporting)\s+[a-z]+\s+(?:of\s+)?(?:the\s+)?", re.I
)


def _bracketed_base(facts: _SentenceFacts, index: int) -> Period | None:
    """The span of a base value that opens a bracket and names its span after it, the article's
    span (or the sentence's own before it) moved into that year."""
    mention = facts.mentions[index]
    if not _ASIDE_OPEN.search(facts.text, max(0, mention.start - 4), mention.start):
        return None
    for period in facts.periods:
        if period.same_span and _ASIDE_SPAN_AFTER.fullmatch(facts.text, mention.quantity.end, period.start):
            compared = [
                p for p in facts.periods if not p.is_comparison and not p.is_weak and p.end <= mention.start
            ]
            return _moved_into(compared[-1] if compared else facts.scope, period, facts.text)
    return None


def _moved_into(reference: Period | None, comparison: Period, text: str) -> Period:
    """The compared span in the comparison's year: "the same period of 2022" names the year;
    "a year earlier", "the same period last year" count back from the span compared (an annual
    report published the next January compares 2024 with 2023)."""
    if reference is None or any(c.isdigit() for c in text[comparison.start : comparison.end]):
        return _in_year_of(reference, comparison)
    first, last = reference.period_start, reference.period_end
    if first is None or last is None:
        return _in_year_of(reference, comparison)
    if _NAMED_MONTH.search(text, comparison.start, comparison.end) and not _COUNTED_BACK.search(
        text, comparison.start, comparison.end
    ):
        # "rose by 13.9% against 13.5% in April": a month named is the base's own, not the span
        # compared a year back (+fs30en)
        return replace(comparison, is_comparison=False)
    return replace(
        comparison,
        period_start=_same_day_in(first, first.year - 1),
        period_end=_same_day_in(last, last.year - 1),
        is_comparison=False,
    )


_NAMED_MONTH = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
_COUNTED_BACK = re.compile(r"\b(?:same|earlier|ago|before|last|previous|prior)\b", re.I)


_BASE_OR_FROM_BEFORE = re.compile(
    # "expected to reach 22 million tons this year after 26.7 million tons in 2024": "after" a
    # figure dated wholly in the past is the same comparison base as "from" or "against"
    # ("up from around one million last year": a hedge before the base changes nothing)
    r"\b(?:against|compared\s+(?:to|with)|versus|vs\.?|from|after)\s+(?:the\s+)?(?:level\s+of\s+)?"
    r"(?:(?:about|around|some|nearly|almost|roughly|approximately)\s+)?(?:US\$|\$|₸)?$",
    re.I,
)


# "will reach 20 million tons this year (17.1 million tons last year)": a bracket holding only a
# figure and its own past time, the base set beside the figure before it
_BRACKET_OPENING_BEFORE = re.compile(r"\(\s*(?:about\s+|some\s+|nearly\s+)?(?:US\$|\$|₸)?$")
_BRACKET_PAST_TIME_AFTER = re.compile(
    r"(?:\s+[a-z]+){0,3}?\s+(?:in\s+(?:19|20)\d\d|last\s+year|a\s+year\s+(?:earlier|ago|before)"
    r"|(?:in\s+)?the\s+previous\s+year|in\s+the\s+same\s+period\s+of\s+(?:19|20)\d\d)\s*\)",
    re.I,
)


def _past_base(text: str, mention: Mention, period: Period | None, published: date) -> bool:
    """'plans to raise output to 96 million tons from 88 million tons in 2024': the base of a
    plan or forecast that lies wholly before publication is what happened; so is a bracket of a
    figure and its past year after a forecast ('20 million tons this year (17.1 million last year)')."""
    if period is None or period.period_end is None:
        return False
    # "will make up 12.3% of spending, down from 15% now": a base at the present is where things stand
    if not (period.period_end < published or (period.is_weak and period.period_end == published)):
        return False
    if _BASE_OR_FROM_BEFORE.search(text, max(0, mention.start - 24), mention.start):
        return True
    return bool(
        _BRACKET_OPENING_BEFORE.search(text, max(0, mention.start - 12), mention.start)
        and period.period_end < published
        and _BRACKET_PAST_TIME_AFTER.match(text, mention.quantity.end)
    )


def _told_in_past(facts: _SentenceFacts, index: int, own: Period | None, published: date) -> bool:
    """'The rest is intended for Aksu, where more than 40 breakdowns occurred over the past two
    years': a clause of its own, with no cue, a past verb after the figure and a span already
    over, tells what happened whatever the sentence plans."""
    if own is None or own.is_deadline or own.period_start is None or own.period_end is None:
        return False
    if own.period_end > published or own.period_start >= published:
        return False
    start, end = facts.clauses[index]
    if any(start <= cue[0] < end for cue in facts.cues):
        return False
    words = [w.lower() for w in _VERB_WORD.findall(facts.text, facts.mentions[index].quantity.end, end)]
    if any(w in _MODAL_WORDS for w in words):
        return False
    return any(w not in _PAST_VERBS and _is_past(w) for w in words[:4])


def _in_year_of(scope: Period | None, comparison: Period) -> Period:
    """The scope's span moved into the comparison's year: Jan-Jun 2020 against 2019 -> Jan-Jun 2019."""
    year = (comparison.period_end or comparison.period_start or date.min).year
    if scope is None or comparison.period_start is None or comparison.period_end is None:
        return replace(comparison, is_comparison=False)
    if (comparison.period_start.month, comparison.period_start.day, comparison.period_end.month) != (
        1,
        1,
        12,
    ):
        return replace(comparison, is_comparison=False)  # not a whole year: the comparison says it all
    first, last = scope.period_start, scope.period_end
    years = {d.year for d in (first, last) if d}
    if len(years) != 1:
        return replace(comparison, is_comparison=False)
    moved = [_same_day_in(d, year) if d else None for d in (first, last)]
    return replace(comparison, period_start=moved[0], period_end=moved[1], is_comparison=False)


def _plan_span_named_last(period: Period | None, scope: _Scope) -> Period | None:
    """'this year 18 settlements were gasified. ... In 2016-2020 the work will be financed by the
    operator. It will supply gas to 14 settlements': an undated plan right after the figureless
    sentence that named a span still ahead and wholly after the article's span goes on with that
    span."""
    ahead, named = scope.ahead, scope.named
    if (
        period is None
        or scope.listed  # the sentence before gave figures: its year is theirs ("... 23.2 trillion in 2028")
        or ahead is None
        or named is None
        or _span_of(ahead) != _span_of(named)
        or ahead.period_start is None
        or period.period_end is None
        or (ahead.period_start <= period.period_end and not _within_deadline(ahead, period))
    ):
        return period
    return ahead


def _within_deadline(span: Period, deadline: Period) -> bool:
    """'... 26 GW by 2035. Next year, the plants must be commissioned. The new plant will generate
    240 MW': a span named ahead that ends by a deadline carried from before is a nearer step of
    that plan, and the plan told right after it goes on with it (+fs42en)."""
    return (
        deadline.period_start is None
        and deadline.period_end is not None
        and span.period_end is not None
        and span.period_end <= deadline.period_end
    )


def _ahead(
    period: Period | None, headline: Period | None, published: date, named: Period | None = None
) -> Period | None:
    """A plan, forecast or target left undated by its sentence is not about a span already over:
    when the article's scope has moved into the past ("In 2024, they generated ..."), it takes
    the headline's period if that is still ahead, else the last period still ahead that the
    article named ("expects the sector to grow this year. Output is projected to reach ..."),
    else none."""
    if period is None:
        return named
    if period.period_end is None or period.period_end > published:
        return period
    if headline is not None and (headline.period_end is None or headline.period_end > published):
        return headline
    return named


# ", which is about": what lies between a figure and the same figure in another measure
_WHICH_IS_BETWEEN = re.compile(r",\s+which\s+is\s+(?:about\s+|some\s+|approximately\s+|nearly\s+|almost\s+)?")


def _total_broken_down(
    text: str, breakdowns: list[int], mention: Mention, indicators: list[Indicator], last: Period | None
) -> Period | None:
    """The period of the total a breakdown ("Of these, 75,131 came from Russia", "14,417 of them
    have been resolved") divides: the sentence's previous figure, else the previous sentence's
    last; None for no breakdown (`breakdowns`: where the sentence's breakdown words end)."""
    if not any(_divides(text, end, mention.start) for end in breakdowns) and not (
        _OF_THEM_AFTER.match(text, mention.quantity.end)
    ):
        return None
    if indicators:
        before = indicators[-1]
        if before.period_start is None and before.period_end is None:
            return None
        return Period(0, 0, before.period_start, before.period_end, False)
    return last


def _divides(text: str, end: int, start: int) -> bool:
    """A breakdown word ending at `end` speaks for the figure at `start`: "Of these, 75,131", "including
    21.5 billion tons ... and 12.1 billion tons", not "including smaller farms and household plots, the
    area has grown from 30.3" (a clause without a figure between the words and the figures)."""
    if not start - _LEFT_WINDOW <= end <= start:
        return False
    between = text[end:start].lstrip(", ")
    first_digit = next((i for i, character in enumerate(between) if character.isdigit()), len(between))
    if ", " in between[:first_digit]:
        return False
    # "including 16.7 million hectares under grain, and fieldwork is 99.7% complete": a clause with
    # a subject and a present verb of its own ends the breakdown (+fs30en)
    return _STATE_CLAUSE_BEFORE.search(text, max(end, start - 60), start) is None


# ", and fieldwork is ", ", while the harvest stands at "; not ", and the rest is " (a part still)
_STATE_CLAUSE_BEFORE = re.compile(
    r",\s+(?:and|but|while|whereas)\s+(?!(?:the\s+)?(?:rest|remainder|remaining|others?)\b)[a-z][a-z'’\s-]{1,40}?"
    r"\s(?:is|are|stands|remains)\s+(?:now\s+)?(?:at\s+)?(?:(?:about|around|over|nearly|almost)\s+)?$",
    re.I,
)


_MAY_BREAK_DOWN = re.compile(r"[Oo]f (?:th|wh)|ncluding|mong them")
_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|these|those|which)\b", re.I)  # ("92% of which are private")
_BREAKDOWN = re.compile(r"\b(?:of\s+(?:them|these|those|which|whom)|among\s+them|including)\b", re.I)
# "Of this, 1.5 trillion came from livestock": a sentence opening on the whole before, a comma after
# (after a status day, "As of April 10 ... Of this, 152 billion has been disbursed", the day rules)
_OF_THIS_OPENING = re.compile(
    r"^\W*of\s+(?:this|that)(?:\s+(?:sum|amount|total|figure|volume))?(?=\s*,)", re.I
)

# "Kazakhstan has 148 facilities. These include 59 wind farms ...": a sentence opening on the whole
# before as its subject lists the whole's parts (at the whole's period: a stock's day, a flow's span);
# "In three regions output rose. These are Almaty region – by 8 thousand tons, ...": "are" before a
# name lists the members the count before told of ("They are expected to ..." is no list)
_PARTS_OPENING = re.compile(r"^\W*(?:these|they|those)\s+(?:include|comprise|are(?=\s+(?-i:[A-Z])))\b", re.I)


# "of that sum", "of the increase": a whole the text named before
_OF_NAMED_WHOLE = re.compile(
    r"(?:\s+[a-z]+){0,2}?\s+of\s+(?:that|this|these|those|them|it|the\s+(?:total|sum|amount|figure|volume|increase|rise"
    r"|addition))\b",
    re.I,
)
