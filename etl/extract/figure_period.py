"""The period of one English figure: its own, its clause's, a deadline's, the point a change
goes to, "that month" or "that time", and not another figure's."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import cast

from etl.extract.change_cues import _HABITUAL, _since_start_told_by_when
from etl.extract.clause_reading import _FUTURE_OR_GOAL, _past_aside
from etl.extract.comparison_base import (
    _BASE_OR_FROM_BEFORE,
    _base_period,
    _bracketed_base,
    _same_sum_in_another_currency,
    _value_of_base,
)
from etl.extract.en_tense import _VERB_WORD, _tense
from etl.extract.figure_clause import fronted_main_clause, nearest_period, past_colon
from etl.extract.figure_links import _FROM_BEFORE
from etl.extract.mentions import Mention
from etl.extract.period_shapes import (
    _edge_year,
    _month_end,
    _past_years_span,
    _plain,
    _same_day_in,
    _scene,
    _span_a_year_before,
    _whole_month,
    _within_a_month,
    _year_before,
)
from etl.extract.periods import Period
from etl.extract.predicate import predicate_before
from etl.extract.present_state import _STOCK
from etl.extract.reading_state import _Scope, _SentenceFacts
from etl.extract.records import replace


def _own_period(facts: _SentenceFacts, index: int) -> Period | None:
    """The period the sentence (or its list's lead) gives the figure, comparison bases aside."""
    mention = facts.mentions[index]
    clause = _past_aside(facts.text, facts.clauses[index]) if facts.asides else facts.clauses[index]
    if (main := fronted_main_clause(facts.text, clause, mention)) is not None:
        # "At 500.9 billion tenge, the budget is now ...": the main clause's time (+ps42en)
        clause = (clause[0], main[1])
    period = facts.attached.get(index) or _not_anothers(facts, index, _clause_period(facts, clause, mention))
    period = _since_start_told_by_when(facts, mention, period)
    period = _time_a_when_clause_names(facts, mention) or period
    if (
        period is not None
        and period.start >= clause[1]
        and _HABITUAL.search(facts.text, clause[0], mention.start)
    ):
        # "The country usually exports 6-7 million tons, but last year was a record": a habit, which
        # the later clause's year does not date
        period = None
    if period is not None and not period.is_weak and period.period_end == facts.published:
        # (a span running up to the report is the change's beside the level; "the budget for 2025
        # now amounts to" keeps the year the level is of)
        period = _now_level_of(facts, mention) or period
    if period is not None and period.is_weak and _belongs_to_next(facts, index, period):
        period = None  # "grew to two million and now operates 25 flights": "now" is the 25's
    if period is not None and period.is_weak and _weak_in_a_later_clause(facts, index, period):
        # "brought in 786 bln, with the rest from passengers, which still make up": not the 786's
        period = None
    if period is not None and _in_a_deeds_later_relative(facts, index, period):
        # "has invested 127 billion tenge in the plant, which is scheduled for commissioning next
        # year": the relative clause's time is the plant's, not the sum's
        period = None
    if period is not None and _in_a_present_relative(facts, index, period):
        # "allocated this year to rebuild 107 km of networks whose wear exceeds 75 percent": the
        # networks' state now, not the span of the main clause's deed (+fs39en)
        period = None
    if period is not None and _in_a_later_reason_clause(facts, index, period):
        # "crops contributed 83 billion tenge, as most field crops are harvested in the second half
        # of the year": the reason's time is its own, not the figure's
        period = None
    if period is not None and _anothers_plan_span(facts, index, period):
        # "In January-September, $47 million was disbursed out of the $190 million planned for the
        # full year": the plan's span is the later figure's, not the part done (+fs42en)
        period = _period_before(facts, mention.start, index)
    if period is not None and _opens_next_pair(facts, index, period):
        period = _period_before(facts, mention.start) or period
    if period is not None and _in_anothers_bracket(facts, index, period):
        # ("food - by 7.3% (in June 2024 - 7.4%), non-food - by 5.5%": nor a bracket before it)
        period = _period_before(facts, mention.start, index)
    if period is None and facts.lead_periods:
        plain = _plain(facts.lead_periods)
        period = plain[-1] if plain else None
    if period is None:
        period = _result_deadline(facts, clause) or _level_clause_period(facts, clause)
    if period is None and mention.start < 16 and _OF_TOTAL_OPENING.fullmatch(facts.text, 0, mention.start):
        # "Of the 1,200 households, 310 received aid in November": the total of the breakdown
        # after it counts over the same span
        period = next((p for p in facts.periods if not p.is_comparison and not p.is_weak), None)
    planned = _planned_for_after(facts, mention)
    if planned is not None:
        return planned  # "against the 160,000 planned for the whole of 2024": the plan's own year
    base = _base_period(facts, index, clause) or _value_of_base(facts, index) or _bracketed_base(facts, index)
    if base is None and _same_sum_in_another_currency(facts, index):
        # "compared to 2022 (20.7 trillion tenge, or about $46 billion)": the dollars are the
        # base's own sum told again, so they are dated as the base is
        before = index - 1
        base = (
            _base_period(facts, before, facts.clauses[before])
            or _value_of_base(facts, before)
            or _bracketed_base(facts, before)
        )
    if base is not None:
        return base
    role, partner = facts.roles.get(index, (None, None))
    edge = _level_at_span_edge(facts, index, period, role, partner)
    if edge is not None:
        return edge
    if period is not None and id(period) in facts.old_levels and facts.attached.get(index) is not period:
        # "from 57% in 2022 to 52%": 2022 dates the old level, the new one is the article's; but
        # "21.6 trillion in 2023, up 4.1% from 20.7 trillion in 2022, while exports came to $25.3
        # billion": the change and what follows are the year the sentence reported before the base
        return _reported_before(facts, mention.start)
    if (
        role is None
        and period is not None
        and facts.attached.get(index) is None
        and _undated_base_before(facts.text, facts.mentions, index)
    ):
        return _span_a_year_before(period) or period  # "5.2 million tons in 2023, up from 4.8 million"
    if (
        role in ("from", "to")
        and period is not None
        and partner is not None
        and facts.attached.get(index) is None
        and (years := _past_years_span(period, facts.published)) is not None
        and (partner > index) == (role == "from")
    ):
        # "Between 2006 and 2021, GDP per capita rose from 548,912 to 791,285 tenge": the old level
        # stood in the span's first year, the new one in its last
        return _edge_year(period, years[0] if role == "from" else years[1])
    if (
        role == "from"
        and partner is not None
        and partner > index
        and facts.published is not None
        and facts.attached.get(index) is None
        and _CHANGE_AHEAD_BEFORE.search(facts.text, max(clause[0], mention.start - 72), mention.start)
    ):
        # "capacity will increase from 8,542 MW to 12,717 MW": a change ahead starts from the level
        # today, not from a year before the one the text went on about
        return Period(mention.start, mention.quantity.end, facts.published, facts.published, False)
    if (
        role == "from"
        and period is not None
        and partner is not None
        and partner > index  # "to 2.8 million, up from 1.5 million in 2022": the year is the old level's
        and not (period.start < facts.mentions[partner].start and mention.start < period.end)
    ):
        # "from 62 to 183 in 2024": 2024 dates the new value, not the old one; "last week prices
        # went from 170 to 270 tenge": a rise within a week or a month starts in it; "the rate grew
        # from 9.75 to 10.25 percent on Jan. 25": the old level stood before that day, untold
        return _year_before(period) or (
            period if _within_a_month(period) and period.period_start != period.period_end else None
        )
    return period


# "and currently stands at", "and now totals": the present named right before a level's own verb
_NOW_LEVEL_BEFORE = re.compile(
    r"\b(?P<now>currently|now|today)\s+(?:stands?\s+at|totals?|numbers?|amounts?\s+to|comes?\s+to|is|are)\s+"
    r"(?:(?:about|around|almost|nearly|some|over|roughly|approximately|more\s+than|less\s+than)\s+)?(?:US\$|\$|₸)?$",
    re.I,
)


def _now_level_of(facts: _SentenceFacts, mention: Mention) -> Period | None:
    """'Transit has doubled over the past year and currently stands at 1.5 million tonnes': a
    level whose own verb "now" or "currently" dates is the present one, whatever span the change
    beside it names; None when no such words stand before the figure."""
    now = _NOW_LEVEL_BEFORE.search(facts.text, max(0, mention.start - 48), mention.start)
    if now is None:
        return None
    return next((p for p in facts.periods if p.is_weak and p.start <= now.start("now") < p.end), None)


# "exports almost doubled to", "rose 40% to", "have shrunk from 3.4 billion tenge to": a change
# verb, then the level it went to
_CHANGED_TO_BEFORE = re.compile(
    r"\b(?:rose|risen|grew|grown|increased|climbed|jumped|soared|fell|fallen|dropped|declined|decreased"
    r"|shrunk|shrank|doubled|tripled|trebled|halved|expanded|contracted)\b[^,;:()]{0,48}?\bto\s+"
    r"(?:(?:about|around|almost|nearly|some|over|roughly|approximately|more\s+than|less\s+than)\s+)?"
    r"(?:US\$|\$|₸)?$",
    re.I,
)


def _level_at_span_edge(
    facts: _SentenceFacts, index: int, period: Period | None, role: str | None, partner: int | None
) -> Period | None:
    """'Exports rose from 1.2 billion to 2.1 billion dollars between 2020 and 2024', 'Between 2019
    and 2024 exports almost doubled to 2.1 billion dollars', 'have shrunk from 3.4 billion tenge to
    654 million tenge over the past five years': a level a change went to stood at the end of the
    span the change covers (its last year; the report's day for a span counted back from it), the
    level it went from at the span's start; None for any other figure or span."""
    if period is None or period.is_comparison or facts.published is None:
        return None
    mention = facts.mentions[index]
    if role == "from" and partner is not None and partner > index:
        at_end = False
    elif (role == "to" and partner is not None and partner < index) or (
        role is None
        and _CHANGED_TO_BEFORE.search(facts.text, max(0, mention.start - 72), mention.start) is not None
    ):
        at_end = True
    else:
        return None
    years = _past_years_span(period, facts.published)
    if years is not None:
        return _edge_year(period, years[1] if at_end else years[0])
    first, last = period.period_start, period.period_end
    if (
        first is not None
        and last == facts.published
        and (first.month, first.day) == (last.month, last.day)
        and first.year < last.year
    ):
        # "over the past five years": counted back from the report, so its edges are days
        day = last if at_end else first
        return replace(period, period_start=day, period_end=day)
    return None


# "will increase from", "is expected to grow from", "would rise from": a change still ahead
_CHANGE_AHEAD_BEFORE = re.compile(
    r"\b(?:will|would|(?:is|are)\s+(?:expected|planned|set|projected|going)\s+to)\s+(?:be\s+)?"
    r"(?:increase|rise|grow|expand|decrease|fall|decline|drop|go\s+up|go\s+down)\w*"
    r"(?:\s+[\w'’]+){0,3}?\s+from\s+(?:about\s+|around\s+|some\s+)?(?:US\$|\$|₸)?$",
    re.I,
)
_OF_WHICH_PART = re.compile(r",\s+(?:of\s+(?:which|whom|them)|out\s+of\s+which)\s", re.I)


def _whole_of_part_in(facts: _SentenceFacts, index: int, period: Period | None) -> bool:
    """After the figure come ", of which", a later figure and then a span of the same dates as
    `period` (the part's own)."""
    if period is None or period.period_start is None:
        return False
    end = facts.mentions[index].quantity.end
    link = _OF_WHICH_PART.search(facts.text, end, facts.clauses[index][1] + 16)
    if link is None or not any(other.start >= link.end() for other in facts.mentions[index + 1 :]):
        return False
    return any(
        p.start > link.end()
        and not p.is_comparison
        and (p.period_start, p.period_end) == (period.period_start, period.period_end)
        for p in facts.periods
    )


# "by 2022 the wage will increase by 20 percent and by 2025 – by two times": a period right after
# "and" that another figure follows opens the next pair, not the figure before it
_AND_BETWEEN = re.compile(r",?\s+and\s+(?:(?:in|by|for|during|until|till)\s+)?", re.I)


def _opens_next_pair(facts: _SentenceFacts, index: int, period: Period) -> bool:
    mention = facts.mentions[index]
    following = facts.mentions[index + 1] if index + 1 < len(facts.mentions) else None
    return (
        following is not None
        and period.start >= mention.quantity.end
        and following.start >= period.end
        and _AND_BETWEEN.fullmatch(facts.text, mention.quantity.end, period.start) is not None
    )


def _in_anothers_bracket(facts: _SentenceFacts, index: int, period: Period) -> bool:
    """'is expected to reach 16.5 billion cubic meters this year (in 2019 consumption made 16.3
    billion)': a period inside a bracket that holds a figure of its own dates that figure, not
    the one outside the bracket."""
    text, mention = facts.text, facts.mentions[index]
    if "(" not in text:
        return False
    opening = text.rfind("(", 0, period.start)
    if opening == -1 or ")" in text[opening : period.start]:
        return False
    if opening < mention.quantity.end and (period.start <= mention.start or opening > mention.start):
        # a bracket before the figure, closed before it, whose period labels the figure after it
        # ("rose 14.5% (in June 2024 - 13.8%), non-food - by 7.3%"); not "(2% in June), while
        # others held 0.2%, up from 0.1%", where June is the month before that the base stood in
        closing = text.find(")", period.end)
        if closing == -1 or closing > mention.start:
            return False
        return any(period.end <= other.start < closing for other in facts.mentions)
    if opening < mention.quantity.end:
        return False
    closing = text.find(")", period.end)
    closing = len(text) if closing == -1 else closing
    return any(
        opening < other.start < closing for number, other in enumerate(facts.mentions) if number != index
    )


def _period_before(facts: _SentenceFacts, start: int, index: int | None = None) -> Period | None:
    """The last period of the sentence before `start` that may date a figure (no base, no 'now';
    with `index`, none in a bracket of another figure's)."""
    before = [
        p
        for p in facts.periods
        if p.end <= start
        and not p.is_comparison
        and not p.is_weak
        and (index is None or not _in_anothers_bracket(facts, index, p))
    ]
    return before[-1] if before else None


# ", lifting coverage to at least 95% by 2026": a clause of the result, right after the act's
_RESULT_CLAUSE = re.compile(
    r",\s+(?:thus\s+)?(?:raising|lifting|bringing|increasing|taking|pushing|expanding)\s[^.;:]{0,80}?$", re.I
)


def _result_deadline(facts: _SentenceFacts, clause: tuple[int, int]) -> Period | None:
    """'About 1.5 million residents are to be insured, lifting coverage to 95% by 2026': an undated
    act takes the deadline of the result clause that follows it, not a year from another sentence."""
    for period in facts.periods:
        if period.start < clause[1]:
            continue
        if (
            period.is_deadline
            and not period.is_comparison
            and _RESULT_CLAUSE.search(facts.text, clause[1], period.start)
        ):
            return period
        return None  # only the first period after the clause
    return None


# "Exports grew by 12 percent, reaching 3.4 million tons in 2022": the clause of the level the
# change came to, right after it, dates the change too
_LEVEL_CLAUSE = re.compile(
    r",\s+(?:reaching|amounting\s+to|totall?ing|to\s+reach|standing\s+at)\s(?:[^.;:,]|(?<=\d)[.,](?=\d)){0,80}?$",
    re.I,
)


def _level_clause_period(facts: _SentenceFacts, clause: tuple[int, int]) -> Period | None:
    """An undated figure takes the period of the level clause that follows it (see _LEVEL_CLAUSE)."""
    for period in facts.periods:
        if period.start < clause[1]:
            continue
        if (
            not period.is_comparison
            and not period.is_weak
            and not period.is_deadline
            and _LEVEL_CLAUSE.search(facts.text, clause[1], period.start)
        ):
            return period
        return None  # only the first period after the clause
    return None


# The perfect verb stands just before the figure ("have gathered 20.1 million tons"): a bounded
# look-back keeps a sentence of thousands of figures linear.
_PERFECT_REACH = 80
_PERFECT = re.compile(
    r"\b(?:has|have)\s+(?:already\s+|so\s+far\s+)?(?:been\s+)?(?!been\b)[a-z]+(?:ed|en|wn|ht|lt)\b"
)
# "The list has been expanded from 1,500 to 4,500 items": a passive perfect change, whose new level
# ("to 4,500") is where things stand at the report, as after "has grown from" (+fs38en)
_PASSIVE_PERFECT_FROM = re.compile(
    r"\b(?:has|have)\s+(?:already\s+)?been\s+[a-z]+(?:ed|en|wn)\s+from\s+(?:US\$|\$|₸)?\d[^.;]*$"
)
_PERFECT_AROUND = re.compile(
    r"\b(?:has|have)\s+(?:already\s+|so\s+far\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ht|lt)\b"
)


# the perfect with a short irregular participle too: "has set aside", "have put up", "has cut"
_PERFECT_DEED = re.compile(
    r"\b(?:has|have)\s+(?:already\s+)?(?:been\s+)?(?:[a-z]+(?:ed|en|wn|ht|lt)|set|put|cut|spent|built|sent|made|paid)\b"
)


def perfect_deed_near(text: str, clause: tuple[int, int], mention: Mention) -> bool:
    """A present perfect in the figure's clause before it, irregular participles included."""
    return (
        _PERFECT_DEED.search(text, max(clause[0], mention.start - _PERFECT_REACH), mention.start) is not None
    )


def _perfect_near(text: str, clause: tuple[int, int], mention: Mention) -> bool:
    """A present perfect in the figure's clause, just before or after it."""
    start, end = (
        max(clause[0], mention.start - _PERFECT_REACH),
        min(clause[1], mention.quantity.end + _PERFECT_REACH),
    )
    return "ha" in text[start:end] and bool(_PERFECT_AROUND.search(text, start, end))


def _looked_back(scope: _Scope) -> bool:
    """The narrative moved to a span that ended before the headline's began."""
    current, headline = scope.period, scope.headline
    return (
        current is not None
        and headline is not None
        and current.period_end is not None
        and headline.period_start is not None
        and current.period_end < headline.period_start
    )


# the figure's noun phrase (a relative clause included), then its perfect verb
_PERFECT_AFTER = re.compile(
    r"(?:\s+(?!(?:has|have)\b)[\w’'-]+){0,10}?\s+(?:has|have)\s+(?:already\s+|so\s+far\s+)?(?:been\s+)?(?!been\b)[a-z]+(?:ed|en|wn|ht|lt)\b"
)
_OF_TOTAL_OPENING = re.compile(
    r"\s*(?:Out\s+)?[Oo]f\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+|all\s+)?(?:[\w-]+['’]s\s+)?(?:US\$|\$|₸)?"
)  # "Of the 1,200 households", "Of the country's 77 companies"
_UNDATED_BASE_BEFORE = re.compile(
    r"\b(?:up\s+from|down\s+from|compared\s+(?:to|with)|against|versus|vs\.?)\s+(?:the\s+)?(?:US\$|\$|₸)?$",
    re.I,
)


def _undated_base_before(text: str, found: list[Mention], index: int) -> bool:
    """The figure is the base of a comparison with no date of its own ("up from 4.8 million").
    "against" compares only after a figure it is set against ("1.2 trillion, against 1 trillion");
    "vaccines against 22 diseases" names what they act on."""
    start = found[index].start
    match = _UNDATED_BASE_BEFORE.search(text, max(0, start - 24), start)
    return match is not None and (index > 0 or not match.group(0).lower().startswith("against"))


_ENDED_AT_BEFORE = re.compile(
    r"\b(?:ended|closed|finished)\s+(?P<span>the\s+(?:period|year|month|week|quarter|half|day|session)\s+)?at\s+"
    r"(?:US\$|\$|₸)?$",
    re.I,
)
_QUOTED_LEVELS = {"KZT/USD", "percent", "other"}  # rates, shares and index points "close at" a level


def _ended_at(text: str, mention: Mention, unit: str | None) -> bool:
    """'ended the period at 518.14 tenge', 'the index closed at 5,610 points': a level on the last
    day of the span (a count needs the span named: "the campaign ended at 40 schools" is no level)."""
    ended = _ENDED_AT_BEFORE.search(text, max(0, mention.start - 48), mention.start)
    return ended is not None and (ended["span"] is not None or unit in _QUOTED_LEVELS)


# "against 11.9% the year before last", "versus 40 in the previous quarter": a base dated in words
_TIME_WORDS_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:in|on|at|during|over|for|the|a|last|this|previous|earlier|ago|year|month|quarter)\b",
    re.I,
)


_OVER_THE_YEAR = re.compile(
    r"\b(?:over\s+the\s+(?:past\s+)?year|year[-\s]on[-\s]year|annually|in\s+annual\s+terms|on\s+an\s+annual\s+basis"
    r"|over\s+(?:the\s+)?(?:past\s+)?(?:12|twelve)\s+months|annual\s+growth)\b",
    re.I,
)


# "904,000 tenge at the end of the month": the last day of the month (quarter, half) the figure
# is in, a stock on a day, not the whole span
_END_OF_THAT_SPAN = re.compile(
    r"\b(?:at|as\s+of|as\s+at|by)\s+the\s+end\s+of\s+the\s+(?:month|quarter|half[-\s]year|reporting\s+period)\b",
    re.I,
)


def _at_span_end(text: str, clause: tuple[int, int], period: Period) -> Period:
    """The day a stock stood on when its clause says "at the end of the month" of its span."""
    first, last = period.period_start, period.period_end
    if first is None or last is None or first == last or (last - first).days > 190:
        return period
    if not _END_OF_THAT_SPAN.search(text, *clause):
        return period
    return replace(period, period_start=last, is_deadline=False)


_YEAR_ON_YEAR_ONLY = re.compile(r"year[-\s]on[-\s]year", re.I)


def _to_date_of(scope: Period | None, deadline: Period) -> bool:
    """A deadline later in the year of a span that starts on January 1 ("by the end of September"
    in a report on January-August)."""
    if scope is None or scope.period_start is None or scope.period_end is None:
        return False
    end = deadline.period_end
    return (
        deadline.period_start is None
        and end is not None
        and (scope.period_start.month, scope.period_start.day) == (1, 1)
        and scope.period_start.year == end.year
        and scope.period_end < end
    )


def _change_to_point(text: str, clause: tuple[int, int], period: Period) -> Period:
    """'reached 41.5 trillion as of the end of 2024, up 18% over the year': a change up to a day
    covers the twelve months that end there (to June 30 for "as of July 1")."""
    first, last = period.period_start, period.period_end
    if first is None or last is None or not _OVER_THE_YEAR.search(text, *clause):
        return period
    if first == last:
        if _YEAR_ON_YEAR_ONLY.fullmatch(_OVER_THE_YEAR.search(text, *clause).group(0)):  # type: ignore[union-attr]
            # "5.7 trillion at the end of July, up 16.4% year on year": the year-earlier level is
            # the base, not the span; the change is dated at the level's day (FORMAT.md, h14, h21)
            return period
        end = first - timedelta(days=1) if first.day == 1 else first
    elif first.day == 1 and last == _month_end(first) and _STOCK.search(text, 0, clause[0] + 1):
        end = last  # "assets grew 33.5% year-on-year" in June: a stock's twelve months to June 30
    else:
        return period  # "output grew 5% year-on-year in June": June against June
    start = _same_day_in(end, end.year - 1) + timedelta(days=1)
    return replace(period, period_start=start, period_end=end)


_THAT_MONTH = re.compile(r"\bthat\s+month\b", re.I)


def _that_month(text: str, last: Period | None) -> Period | None:
    """'rose to 106.2 points that month': the month of the last dated figure before it."""
    if last is None or "month" not in text or not _THAT_MONTH.search(text):
        return None
    day = last.period_end or last.period_start
    if day is None or (last.period_start is not None and last.period_start.month != day.month):
        return None  # the last figure covers several months: "that month" is not one of them
    return Period(0, 0, day.replace(day=1), _month_end(day), False)


def _deadline_ahead(period: Period | None, published: date) -> bool:
    return (
        period is not None
        and period.period_start is None
        and period.period_end is not None
        and period.period_end > published
    )


def _past_deadline(period: Period | None, published: date) -> bool:
    """A deadline at a year's end already past: "by the end of 2018"."""
    if period is None or not period.is_deadline or period.period_start is not None:
        return False
    end = period.period_end
    return end is not None and end < published and (end.month, end.day) == (12, 31)


def _reached_by(
    facts: _SentenceFacts, clause: tuple[int, int], mention: Mention, period: Period | None, published: date
) -> bool:
    """A deadline already past with a past verb before the figure ("climbed to $44.2 billion by the
    end of November 2024"): what was reached by then, not a goal."""
    if period is None or period.period_end is None or period.period_end >= published:
        return False
    words = _VERB_WORD.findall(facts.text, max(clause[0], mention.start - 80), mention.start)[-8:]
    if _tense(words, nearest_last=True) == "past" or any(w.lower() in _SIMPLE_PASTS for w in words):
        return True
    if period.end <= mention.start and _WHEN_CLAUSE_AFTER.match(facts.text, period.end):
        return True  # "slid until 1999, when it bottomed out at 85,872": what stood then, no goal
    # "More than four million people, or 27.4%, were engaged in sport by the end of 2016": the
    # past level told after the figure, before the deadline, and no goal word between
    return _level_told_after(facts.text, mention, period)


_WHEN_CLAUSE_AFTER = re.compile(r",?\s+when\s", re.I)
# "..., were regularly engaged", "made up 15.3%": a past level told after its figure (its verb
# within a few words), with no goal or future word ("were to be engaged") before the deadline
_LEVEL_VERB_AFTER = re.compile(
    r"(?:\s+[a-z’'-]+){0,3}?,?\s+(?:was|were|stood|numbered|totall?ed|amounted|made\s+up)\b(?!\s+to\b)",
    re.I,
)


def _level_told_after(text: str, mention: Mention, period: Period | None) -> bool:
    """A deadline already past whose figure a past copula follows, after any apposition of the
    figure ("four million people, or 27.4% of the population, were ..."): a level reached."""
    if period is None:
        return False
    end = mention.quantity.end
    stop = period.start if period.start >= end else len(text)
    aside = re.match(r"[^,;()]{0,40},\s+or\s+[^,;()]{0,60},", text[end:stop])
    at = end + aside.end() - 1 if aside else end
    told = _LEVEL_VERB_AFTER.match(text, at)
    return told is not None and not _FUTURE_OR_GOAL.search(text, told.end(), stop)


# Simple pasts that are no participle: "rose to", "grew to", "fell to", "hit"; "by the end of 2024
# the sector saw a 10 percent uptick"
_SIMPLE_PASTS = {"rose", "grew", "fell", "went", "hit", "stood", "came", "saw"}


def _stock_reached(text: str, mention: Mention, period: Period | None, published: date) -> bool:
    """A stock ("reserves", "deposits") reached by a day already past: a level on that day."""
    return (
        period is not None
        and period.is_deadline
        and period.period_start is None
        and period.period_end is not None
        and period.period_end < published
        and bool(_STOCK.search(text, 0, mention.quantity.end))
    )


def _year_reached(period: Period | None) -> Period | None:
    """'By the end of 2018, exports had reached $15.7 billion': a deadline already past, for what
    happened, is the result of that year (see _past_deadline)."""
    if period is None or period.period_end is None:
        return period
    return replace(period, period_start=date(period.period_end.year, 1, 1), is_deadline=False)


def _belongs_to_next(facts: _SentenceFacts, index: int, period: Period) -> bool:
    """A 'now'/'already' after the figure with another figure after it in the clause."""
    following = facts.mentions[index + 1] if index + 1 < len(facts.mentions) else None
    # "and now operates 25 flights", "14,417 have been resolved and 302 are still being reviewed":
    # the next figure, before or after the word, is the one it speaks of
    return (
        period.start >= facts.mentions[index].quantity.end
        and following is not None
        and following.start < facts.clauses[index][1]
        # "61 schools with 74,400 places are already in operation", "644 flights a week now
        # operated on 51 routes": one subject, one "already"
        and bool(
            _JOINED.search(facts.text, facts.mentions[index].quantity.end, min(period.start, following.start))
        )
        # "591,000 tons of coal and 54,000 tons of fuel oil are already stored up": two subjects of
        # one verb, which comes after both
        and not (
            following.start < period.start
            and _NOUNS_JOINED.fullmatch(facts.text, facts.mentions[index].quantity.end, following.start)
        )
    )


_JOINED = re.compile(r"\b(?:and|while|whereas|but)\b")
# " of coal and ", " of heating oil and about ": only nouns between two figures joined by "and"
_NOUNS_JOINED = re.compile(
    r"\s+(?:of\s+)?(?!(?:is|are|was|were|has|have|had|will|be|been)\b)(?:[a-z-]+\s+){0,3}and\s+"
    # ("two turbines of 176 MW each and a 95 MW turbine": an article opens the next member, +fs42en)
    r"(?:(?:about|some|over|nearly|almost|more\s+than|an?|another)\s+)?",
    re.I,
)
# a relative or contrasting clause after the figure's own: its "still"/"already"/"now" is its own
# ", Finance Minister X said at " right before the weak word: the speaker's tail after a closed aside
_TOLD_AT_BEFORE = re.compile(
    r",\s+[^,;]{0,60}\b(?:said|told|reported|noted|announced|stated)\s+(?:at|during)\s+$"
)
_RELATIVE_AFTER_FIGURE = re.compile(r",\s+(which|who|whose|where|while|whereas|but)\b", re.I)


def _weak_in_a_later_clause(facts: _SentenceFacts, index: int, period: Period) -> bool:
    """A 'still'/'already'/'now' in a relative or contrasting clause after the figure's clause."""
    end = facts.clauses[index][1]
    if period.start < end:
        return False
    relative = _RELATIVE_AFTER_FIGURE.search(facts.text, end - 1, period.start)
    if relative is None:
        return False
    if _TOLD_AT_BEFORE.search(facts.text, relative.end(), period.start):
        # "..., where assets are accumulated, the minister said at today's meeting": the aside has
        # closed, and the day told dates the whole sentence
        return False
    # "Astana accounts for 7 of them, which are now under construction": a "which" right after the
    # figure's own few words speaks of what the figure counts, and its "now" dates the figure
    # ("Wheat made up 1.5 million tons, which is now a record": a past figure judged today, no)
    return not (
        relative.start() <= end
        and relative.group(1).lower() in ("which", "who")
        and end - facts.mentions[index].quantity.end <= _OWN_WORDS_REACH
        and _PRESENT_STATE_VERB.search(facts.text, facts.clauses[index][0], facts.mentions[index].start)
    )


def _in_a_deeds_later_relative(facts: _SentenceFacts, index: int, period: Period) -> bool:
    """The period stands in a relative clause (", which ...") after the figure's clause, and a verb
    before the figure tells a deed done ("has invested", "built"): the time is the later noun's."""
    clause = facts.clauses[index]
    if period.start < clause[1] or not _RELATIVE_ON_A_NOUN.search(facts.text, clause[1] - 1, period.start):
        return False
    predicate = predicate_before(facts.text, clause, facts.mentions[index].start)
    return (
        predicate is not None
        and not predicate.passive
        and (predicate.tense == "past" or (predicate.perfect and predicate.tense == "present"))
    )


def _in_a_present_relative(facts: _SentenceFacts, index: int, period: Period) -> bool:
    """The figure ends a present-tense relative clause on a noun's attribute ("whose wear exceeds 75
    percent", "whose capacity is 90 seats") and the period stands before that clause."""
    start = facts.mentions[index].start
    relative = _PRESENT_RELATIVE_BEFORE.search(facts.text, max(0, start - 60), start)
    if relative is None:
        # "networks that are more than 75% worn out": a state adjective after the figure (+ps41en)
        relative = _STATE_RELATIVE_BEFORE.search(facts.text, max(0, start - 40), start)
        if relative is None or not _STATE_AFTER.match(facts.text, facts.mentions[index].quantity.end):
            return False
    return period.end <= relative.start()


# "whose wear exceeds", "whose capacity is": a present state told of a noun
_PRESENT_RELATIVE_BEFORE = re.compile(
    # (only "whose": "which is 10% more than a year earlier" sets a change against the figure before)
    r"\bwhose\s+(?:[\w’'-]+\s+){1,3}?(?:exceeds|is|are|stands\s+at|remains|totals|amounts\s+to)\s+"
    r"(?:(?:over|more\s+than|about|around|nearly|almost|up\s+to|at\s+least)\s+)?$",
    re.I,
)
_STATE_RELATIVE_BEFORE = re.compile(
    r"\b(?:that|which)\s+(?:is|are)\s+(?:(?:over|more\s+than|about|around|nearly|almost|up\s+to|at\s+least)\s+)?$",
    re.I,
)
_STATE_AFTER = re.compile(r"\s+(?:worn(?:\s+out)?|depreciated|dilapidated|obsolete|outdated)\b", re.I)
_RELATIVE_ON_A_NOUN = re.compile(r",\s+(?:which|that|where)\s", re.I)
# ", as most crops are harvested", ", because prices were": a clause giving a reason, present or past
_REASON_OPENING = re.compile(
    r",\s+(?:as|because)\s+(?!(?:of|well|a\s+result|part|planned|expected|in|at|on|with|compared|usual|before)\b)"
)


def _in_a_later_reason_clause(facts: _SentenceFacts, index: int, period: Period) -> bool:
    """The period stands in a reason clause after the figure's clause, with no figure between."""
    end = facts.clauses[index][1]
    if period.start < end:
        return False
    reason = _REASON_OPENING.search(facts.text, end - 1, period.start)
    return reason is not None and not any(
        reason.start() < m.start < period.start for m in facts.mentions[index + 1 :]
    )


_OWN_WORDS_REACH = 24  # "7 of them", "12 new schools": the figure's counted words before its clause ends
_PRESENT_STATE_VERB = re.compile(
    r"\b(?:is|are|has|have|accounts?\s+for|holds?|counts?|includes?|numbers?|comprises?|makes?\s+up|stands?"
    r"|remains?|operates?|owns?)\b",
    re.I,
)


# "..., and 460 had already been opened at that time / by then": the day or span named before
_THAT_TIME = re.compile(
    r"\b(?:at\s+that\s+(?:time|point|date)|by\s+(?:then|that\s+(?:time|point|date)))\b", re.I
)


def _anothers_plan_span(facts: _SentenceFacts, index: int, period: Period) -> bool:
    """Whether `period` is the span a later figure of the sentence is planned for ("out of the 190
    million planned for the full year")."""
    mention = facts.mentions[index]
    if period.start < mention.quantity.end:
        return False
    for later in facts.mentions[index + 1 :]:
        after = PLANNED_FOR_AFTER.match(facts.text, later.quantity.end)
        if after is not None and after.start() < period.start <= after.end():  # ("for the full year")
            return True
    return False


def _planned_for_after(facts: _SentenceFacts, mention: Mention) -> Period | None:
    """'46,000 vehicles assembled in four months against the 160,000 planned for the whole of
    2024': the period a plan named right after its figure is for is the figure's own, even where
    the figure is the base an outcome is set against (+fs30en)."""
    after = PLANNED_FOR_AFTER.match(facts.text, mention.quantity.end)
    if after is None:
        return None
    own = next((p for p in facts.periods if p.start == after.end() and p.period_end is not None), None)
    return (
        None
        if own is None
        else replace(own, is_comparison=False, start=mention.start, end=mention.quantity.end)
    )


# "160,000 planned for the whole of", "300 tonnes envisaged for": a plan's figure, its span next
PLANNED_FOR_AFTER = re.compile(
    r"(?:\s+[a-z]+)?\s+(?:planned|scheduled|envisaged|earmarked|targeted)\s+for\s+(?:the\s+(?:whole|full)\s+of\s+)?",
    re.I,
)


def _time_a_when_clause_names(facts: _SentenceFacts, mention: Mention) -> Period | None:
    """'including 178,686 tonnes in June, when production was 16.2% higher than in June 2019': a
    figure in a ', when ...' clause right after a period is of that period, not of the span the
    sentence opened on (+fs30en). The period may be a comparison's base: "twice as large as in
    2022, when its budget came to 251.3 billion tenge" dates the base's own figure (+ps42en)."""
    if ", when " not in facts.text:
        return None
    before = [
        p for p in facts.periods
        if p.end <= mention.start and not p.is_weak and p.period_end is not None
    ]  # fmt: skip
    if not before or not _WHEN_CLAUSE_TO.fullmatch(facts.text, before[-1].end, mention.start):
        return None
    return replace(before[-1], start=mention.start, end=mention.quantity.end, is_comparison=False)


# ", when production was ", ", when output rose by ": the clause up to its figure, no figure between
_WHEN_CLAUSE_TO = re.compile(r",\s+when\s+[^,;()\d]{0,60}")


def _that_time(facts: _SentenceFacts, index: int) -> Period | None:
    """'As of June, 91.3 billion had been spent, and 460 facilities had already been opened at that
    time': a figure whose clause points back to a time takes the last period its sentence named before
    it (None when it named none: the words may point to an earlier sentence)."""
    mention = facts.mentions[index]
    clause = facts.clauses[index]
    if not _THAT_TIME.search(facts.text, clause[0], clause[1]):
        return None
    before = [
        p for p in facts.periods
        if p.end <= mention.start and not p.is_comparison and not p.is_weak and p.period_end is not None
    ]  # fmt: skip
    return replace(before[-1], start=mention.start, end=mention.quantity.end) if before else None


def _reported_before(facts: _SentenceFacts, start: int) -> Period | None:
    """The last period before `start` that dates a level the sentence reports (attached to a
    figure, neither an old level's nor a comparison's nor "now"): None when there is none."""
    levels = {id(p) for p in facts.attached.values()} - facts.old_levels
    before = [
        p for p in facts.periods
        if p.end <= start and id(p) in levels and not p.is_comparison and not p.is_weak
    ]  # fmt: skip
    return before[-1] if before else None


def _old_levels(text: str, found: list[Mention], attached: dict[int, Period]) -> set[int]:
    """Ids of the periods standing right after a figure that follows 'from' ("from 57% in 2022")."""
    return {
        id(period)
        for other, period in attached.items()
        if _FROM_BEFORE.search(text, max(0, found[other].start - 16), found[other].start)
    }


def _not_anothers(facts: _SentenceFacts, index: int, period: Period | None) -> Period | None:
    """None for a period found after the figure's clause in a clause that holds a figure of its
    own: "Output reached 5.2 million tons, while in 2022 it was 4.8 million" dates only 4.8."""
    clause = facts.clauses[index]
    if period is None or period.start < clause[1]:
        return period
    for other, (start, end) in enumerate(facts.clauses):
        if other != index and start <= period.start and period.end <= end:
            if _members_sharing_a_verb(facts, index, other) or _objects_sharing_a_verb(facts, index, other):
                return period
            # "adding 100 MW at a cost of 140 billion tenge by 2028, while ... by 2030": the
            # figure's own clause names a period, though one that stands after another figure
            own = [p for p in _scene(facts.periods) if clause[0] <= p.start and p.end <= clause[1]]
            return nearest_period(
                own, clause, facts.mentions[index].start, facts.mentions[index].quantity.end
            )
    return period


def _members_sharing_a_verb(facts: _SentenceFacts, index: int, other: int) -> bool:
    """'1.3 million tons of oilseeds, 2.4 million tons of potatoes with a yield of 229.2 c/ha, and
    3.2 million tons of vegetables have been collected as of October 2': figures opening verbless
    members of a list are the subjects of the verb the last member holds, and share its period
    ("Output reached 5.2 million tons, while in 2022 it was 4.8 million" holds a verb: no list)."""
    text, mentions, clauses = facts.text, facts.mentions, facts.clauses
    last = clauses[other]
    if not _MEMBER_OPENING.fullmatch(text, last[0], mentions[other].start):
        return False
    for k in range(index, other):
        start, end = clauses[k]
        if k > index and clauses[k] == clauses[k - 1]:
            continue  # a second figure of the same member ("with a yield of 229.2 c/ha")
        first = min(j for j in range(k + 1) if clauses[j] == clauses[k])  # the member's opening figure
        if start > 0 and not _MEMBER_OPENING.fullmatch(text, start, mentions[first].start):
            return False
        if _tense(_VERB_WORD.findall(text, start, end), nearest_last=True) is not None:
            return False
    return True


def _objects_sharing_a_verb(facts: _SentenceFacts, index: int, other: int) -> bool:
    """'are to overhaul 10 power units, 49 boilers and 54 turbines this year': the objects of one
    verb standing before the first of them, each member from its figure on verbless, share the
    period after the last (+fs39en; "20 million tonnes, and 15 million tonnes are expected in
    2024" holds a verb of its own in the last member: no list)."""
    text, mentions, clauses = facts.text, facts.mentions, facts.clauses
    if _tense(_VERB_WORD.findall(text, clauses[index][0], mentions[index].start), nearest_last=True) is None:
        return False  # no verb before the first member: a subject list is _members_sharing_a_verb's
    for k in range(index, other + 1):
        start, end = clauses[k]
        first = min(j for j in range(k + 1) if clauses[j] == clauses[k])
        if k > index and not _MEMBER_OPENING.fullmatch(text, start, mentions[first].start):
            return False
        if _tense(_VERB_WORD.findall(text, mentions[first].start, end), nearest_last=True) is not None:
            return False
    return True


# a list member opening on its figure: ", 2.4 million", ", and 3.2 million", "; $5 million"
_MEMBER_OPENING = re.compile(r"[,;]?\s*(?:and\s+)?(?:US\$|\$|₸|KZT\s?)?", re.I)


def _clause_period(facts: _SentenceFacts, clause: tuple[int, int], mention: Mention) -> Period | None:
    """The period of a figure no period stands right after: the nearest in its clause, else
    before it, else after it; one attached to another figure only when no other is left."""
    # "back on the rise after last year's dip: 5.5 million sq m was commissioned in the first five
    # months of 2023": a colon closes the clause before it when the figure's side names its own span
    clause = past_colon(facts.text, clause, mention.start, facts.periods)
    if facts.dating is None:
        return _clause_period_by_scan(facts, clause, mention)
    every, strong, taken = facts.dating
    low, high = every.in_span(*clause)
    strong_low, strong_high = strong.in_span(*clause)
    has_weak = high - low > strong_high - strong_low
    # "already" yields to a period named beside it
    pool = strong if (strong_high > strong_low or not has_weak) and strong.periods else every
    if pool.free_count:
        return pool.nearest(clause, mention.start, mention.quantity.end, lambda p: id(p) in taken)
    return pool.nearest(clause, mention.start, mention.quantity.end, lambda p: False)


def _clause_period_by_scan(facts: _SentenceFacts, clause: tuple[int, int], mention: Mention) -> Period | None:
    plain = _plain(facts.periods)
    if not plain:
        return None  # most sentences: no period to choose from
    others = {id(p) for p in facts.attached.values()}
    if any(not p.is_weak and p.start >= clause[0] and p.end <= clause[1] for p in plain) or not any(
        p.is_weak and p.start >= clause[0] and p.end <= clause[1] for p in plain
    ):
        plain = [p for p in plain if not p.is_weak] or plain
    free = [p for p in plain if id(p) not in others]
    return nearest_period(free or plain, clause, mention.start, mention.quantity.end)


# "0.4% a month earlier", "(4.6% a month before)": the figure is the month before its sentence's
_MONTH_BACK_AFTER = re.compile(
    r"\s*\)?\s*(?:a|one)\s+month\s+(?:earlier|before|ago)\b|\s+(?:in|for)\s+the\s+previous\s+month\b", re.I
)
_MONTH_BACK_BEFORE = re.compile(
    r"[;,]\s+(?:a|one)\s+month\s+(?:earlier|before),?\s+(?:by\s+|at\s+)?$"
    # "(in the previous month - 0.4%)", "(prior month: 1 percent)": a bracket's label before its figure
    r"|\(\s*(?:in\s+the\s+previous|(?:in\s+the\s+)?prior)\s+month\s*[-–—:,]\s*$",
    re.I,
)
_YEAR_ON_AFTER = re.compile(r"(?:\s+[a-z-]+){0,2}\s+(?:a|one)\s+year\s+later\b", re.I)
_YEAR_BACK_AFTER = re.compile(r"\s+(?:a|one)\s+year\s+(?:earlier|before|ago)\s*\)", re.I)
# "(0.89 t/ha as of the same date in 2021)"
_SAME_DATE_AFTER = re.compile(
    r"\s+(?:(?:as\s+of|as\s+at|on|at)\s+)?the\s+same\s+(?:date|day)\s+(?:in|of)\s+(?P<year>(?:19|20)\d\d)\s*\)",
    re.I,
)


def _day_in_year(period: Period, years: int) -> Period | None:
    """A day moved `years` years (back when negative); None for a period that is no single day."""
    day = period.period_start
    if day is None or day != period.period_end or years == 0:
        return None
    moved = _same_day_in(day, day.year + years)
    return replace(period, period_start=moved, period_end=moved)


def _month_a_year_before(period: Period) -> Period | None:
    """A whole month moved a year back: "in October ... (X a year earlier)"."""
    if not _whole_month(period):
        return None
    first, last = cast(date, period.period_start), cast(date, period.period_end)
    return replace(
        period, period_start=first.replace(year=first.year - 1), period_end=_same_day_in(last, last.year - 1)
    )


# "(13.8% in June)": a bracketed figure followed by its own period and the bracket's end
_IN_BEFORE_PERIOD = re.compile(r"\s*(?:in|for|at)?\s*", re.I)


def _comparison_side(
    text: str, mention: Mention, period: Period | None, periods: list[Period], scene: Period | None
) -> Period | None:
    """The other side of a comparison gives the figure no period of its own: "X, against Y a
    month earlier" and "X (Y a month before)" date Y a month before X; "X year on year (Y in
    June)" and "X (Y in June), while Z ..." date only Y by the bracket's month, X and Z keep the
    sentence's scene. Pure: returns the figure's period, changed or not."""
    end = mention.quantity.end
    if (
        period is not None
        and _whole_month(period)
        and (
            _MONTH_BACK_AFTER.match(text, end)
            # "rose by 0.8%; a month earlier, by 0.6%": the look back told before its figure
            or _MONTH_BACK_BEFORE.search(text, max(0, mention.start - 32), mention.start)
        )
    ):
        first = cast(date, period.period_start)
        back_end = first - timedelta(days=1)
        return replace(period, period_start=back_end.replace(day=1), period_end=back_end, is_comparison=False)
    if (
        period is not None and period.period_start is not None and period.period_end is not None
        # (the span named before it: not "a year later, in 2024", the figure's own year after it)
        and period.end <= mention.start and _YEAR_ON_AFTER.match(text, end)
    ):  # fmt: skip
        # "396 thousand tonnes in 2023 and 412 thousand tonnes a year later": the span before it, a year on
        first, last = period.period_start, period.period_end
        return replace(
            period,
            period_start=_same_day_in(first, first.year + 1),
            period_end=_same_day_in(last, last.year + 1),
        )
    opened = text.rfind("(", 0, mention.start)
    inside = opened >= 0 and text.find(")", opened, mention.start) < 0
    if inside and period is not None and _YEAR_BACK_AFTER.match(text, end):
        # "was 38.2% (36.9% a year earlier)": the bracket's figure is the sentence's span a year before
        back = _span_a_year_before(period) or _month_a_year_before(period) or _day_in_year(period, -1)
        if back is not None:
            return replace(back, is_comparison=False)
    if inside and period is not None and (same_date := _SAME_DATE_AFTER.match(text, end)):
        # "a yield of 1.2 t/ha (0.89 t/ha as of the same date in 2021)": the sentence's day in that year
        told = period.period_start
        back = _day_in_year(period, int(same_date["year"]) - told.year) if told else None
        if back is not None:
            return replace(back, is_comparison=False)
    if inside:
        # the bracket's own period right after its figure: "(13.8% in June)"
        for own in periods:
            if (
                own.start >= end
                and not own.is_comparison
                and _IN_BEFORE_PERIOD.fullmatch(text, end, own.start)
                and text[own.end : own.end + 1] == ")"
            ):
                return Period(mention.start, end, own.period_start, own.period_end, False)
        return period
    if period is None or scene is None or scene.period_start is None or all(p is not period for p in periods):
        return period
    if _BASE_OR_FROM_BEFORE.search(text, max(0, mention.start - 24), mention.start):
        return period  # "up from 0.1%": a base keeps the period its comparison gave it
    left = text.rfind("(", 0, period.start)
    if left < 0 or text.find(")", left, period.start) >= 0 or text.find(")", period.end) < 0:
        return period  # the period is not in a bracket (the figure is outside any: see above)
    if not any(c.isdigit() for c in text[left : period.start]):
        return period  # "(in June)": a bracket that dates the figure itself
    return Period(mention.start, end, scene.period_start, scene.period_end, False)
