"""English figures that state where things stand: present levels and stocks, a year or level
reached, levels since a year, flows over a span so far."""

from __future__ import annotations

import re
from datetime import date

from etl.extract.comparison_base import _OF_NAMED_WHOLE
from etl.extract.context import _MAY_BE_CHANGED, _UNDER_A_RULE
from etl.extract.en_tense import _VERB_WORD, _is_past, _tense
from etl.extract.figure_clause import fronted_main_clause
from etl.extract.indicator_record import Indicator
from etl.extract.literal_gates import literal_gate, may_match, sentence_lower
from etl.extract.mentions import Mention
from etl.extract.period_references import _long_since, _since_before, _start_year
from etl.extract.periods import Period, find_periods
from etl.extract.predicate import read_predicate
from etl.extract.reading_state import _SentenceFacts
from etl.extract.records import replace


def _states_now(text: str, clause: tuple[int, int], mention: Mention) -> bool:
    """The clause's own verb group states a present level (the predicate reader alone: no clause
    without a verb of its own follows a neighbour here)."""
    predicate = read_predicate(text, clause, mention.start, mention.quantity.end)
    return (
        predicate is not None
        and predicate.states_now
        and not _of_whole_named_before(text, mention.quantity.end)
    )


# "High figures are also reported in Stepnogorsk (82%)": a present passive of report whose figure
# is a level in parentheses after a place; no verb of its own carries a deadline still ahead
_LEVEL_REPORTED_IN = re.compile(
    r"\b(?:is|are)\s+(?:also\s+|likewise\s+)?(?:reported|recorded|observed|noted|registered|seen)\s+in\b",
    re.I,
)


def _level_reported_now(text: str, clause: tuple[int, int], mention: Mention) -> bool:
    """A level told in parentheses under a present passive of report ("High figures are also
    reported in Stepnogorsk (82%) and Atbasar (76.5%)"): how things stand at the report."""
    return (
        mention.quantity.unit == "percent"
        and text.rfind("(", clause[0], mention.start) > text.rfind(")", clause[0], mention.start)
        # the list may run on past "as well as": the passive is the sentence's, before the figure
        and _LEVEL_REPORTED_IN.search(text, 0, mention.start) is not None
    )


# "Under the rules, regions may contract up to 50% of their demand": what a rule in force allows
_ALLOWED_UNDER_A_RULE = re.compile(
    _UNDER_A_RULE.pattern + r"[^.;]*?\bmay(?!" + _MAY_BE_CHANGED.pattern + r")\s"
)


def _allowed_by_a_rule(text: str, mention: Mention) -> bool:
    """A figure a rule in force allows, told with "may" after "Under the rules, ...": how things
    stand at the report (FORMAT.md: a rule in force is actual), not the span told around it."""
    found = _ALLOWED_UNDER_A_RULE.match(text)
    return found is not None and found.end() <= mention.start


def _apposed_tense(text: str, clause: tuple[int, int], mention: Mention, state_end: int) -> str | None:
    """The tense of a verbless apposition ('Almaty is home to the largest group, 50 companies', 'The
    region remains the main supplier - 40% of the volume') from the state clause before it, ending at
    `state_end`: the figure's own words first, else the verb opening that clause (beyond the eight
    words the figure's own reading looks back on)."""
    tense = _present_state(text, (0, clause[1]), mention)
    if tense is None:
        tense = _tense(_VERB_WORD.findall(text, 0, state_end)[:8], nearest_last=False)
    return tense


def _of_whole_named_before(text: str, end: int) -> bool:
    """'18% of that sum', '40% of the total': a share of a whole the text named before (counted when
    that whole was); not 'over 70% of the total volume of the region's output', whose whole is
    named right there."""
    whole = _OF_NAMED_WHOLE.match(text, end)
    return (
        whole is not None
        and not _NAMED_HERE.match(text, whole.end())
        and not (whole.group().endswith("total") and _TOTAL_NAMED_HERE.match(text, whole.end()))
    )


_NAMED_HERE = re.compile(r"(?:\s+[a-z]+)?\s+of\s+(?:the\s+)?[a-z]", re.I)
# "25% of the total tourist flow", "40% of the total cattle herd": "total" as an adjective before the
# whole's own noun phrase, which ends its clause (+fs30en; not "of the total was spent", "of the total
# amount", "of the total went to")
_TOTAL_NAMED_HERE = re.compile(
    r"\s+(?!(?:sum|amount|figure|volume|increase|rise|addition|number|value|was|were|is|are|has|have|had|"
    r"went|came|will|would|goes|go)\b)[a-z]+\s+(?!(?:was|were|is|are|has|have|had|went|will|would)\b)"
    r"[a-z]+(?=\s*(?:[,.;]|\s+and\b|$))"
)


# the noun of a level, what a thing stands at ("share", "level", "population", "herd", "reserves",
# "coverage"), and a verb that says where it came to ("reached", "rose to", "fell to"): as in the
# Cyrillic reader (cyrillic_figure_roles._level_reached_now), the level as of now, not a flow over the span
_LEVEL_NOUN = re.compile(
    r"\b(?:share|level|population|herd|livestock|reserves|coverage|wear|headcount)s?\b", re.I
)
_LEVEL_REACHED = re.compile(
    r"\b(?:reached|(?:rose|grew|increased|climbed|fell|dropped|declined|decreased)\s+to)\s+"
    r"(?:(?:almost|nearly|about|around|over|more\s+than|a\s+record)\s+)?(?:US\$|\$|₸)?$",
    re.I,
)

_LEVEL_RAISED = re.compile(
    r"\b(?:(?:has|have)\s+(?:raised|lifted|brought|boosted|increased|pushed|taken)"
    r"|raising|lifting|boosting|pushing|taking|bringing)\s+"
    # ("pushing the average internet speed in the country up to 94 Mbps", +ps43en)
    r"(?:[\w’'-]+\s+){0,5}?(?:capacity|speed|share|level|coverage)\s+(?:[\w’'-]+\s+){0,4}?(?:up\s+)?to\s+"
    r"(?:(?:almost|nearly|about|around|over|more\s+than)\s+)?(?:US\$|\$|₸)?$",
    re.I,
)


def _level_raised_by_then(text: str, span_end: int, start: int, own: Period, published: date) -> bool:
    """'... invested over the past three years, raising the average speed to 94 Mbps': a span up to
    the report, then a result clause naming the level a measure was raised to (see _LEVEL_RAISED)."""
    return (
        own.period_start is not None
        and own.period_start < published
        and text.find(",", span_end, start) != -1
        and _LEVEL_RAISED.search(text, max(span_end, start - 80), start) is not None
    )


def _level_reached_now(
    text: str, clause: tuple[int, int], mention: Mention, period: Period | None, published: date
) -> bool:
    """True for a figure whose clause names a level before it and tells where the level came to,
    under a span carried from before that runs at publication ("In 2025 ... . The share of online
    services rose to 91%")."""
    if (
        period is None or period.period_start is None or period.period_end is None
        or not period.period_start < published <= period.period_end
    ):  # fmt: skip
        return False
    low = max(clause[0], mention.start - 80)
    reach = _LEVEL_REACHED.search(text, low, mention.start)
    if reach is None:
        # "Since 2021, ... The terminal has raised the airport's capacity to 14 million": the level
        # an act brought a measure to, under a span running up to the report, stands at the report
        # too (+fs38en); under a calendar year under way ("In 2025 ... accelerators went into
        # operation, raising coverage to 61%") it is that year's result
        return period.period_end == published and _LEVEL_RAISED.search(text, low, mention.start) is not None
    return _LEVEL_NOUN.search(text, low, reach.start()) is not None


def _present_state(text: str, clause: tuple[int, int], mention: Mention) -> str | None:
    """'present' when the figure's clause states a present level ("the network totals 95,000 km",
    "1,420 need an overhaul"), 'past' for what happened ("were completed", "have taken place"),
    None when the clause has no verb to tell."""
    lower = sentence_lower(text)  # a pattern whose words the sentence lacks is not scanned
    if "followed" in text and _RANKING_GOES_ON.match(text, 0, mention.start):
        return None  # "They are followed by rice (5.2%)": the ranking before goes on, no state now (+fs39en)
    if may_match(_RULE_CAP_GATE, lower) and _RULE_CAP_BEFORE.search(
        text, max(clause[0], mention.start - 48), mention.start
    ):
        return "present"  # "that share may not be higher than 10%": a cap in force now
    reported = (
        _REPORTED_THAT.search(text, max(clause[0], mention.start - 48), mention.start)
        if may_match(_REPORTED_THAT_GATE, lower)
        else None
    )
    if reported is not None:
        # "the research found that 23% of prescriptions are irrational": the figure opens the
        # reported clause, whose own verb tells its tense
        clause = (reported.end(), clause[1])
    if (main := fronted_main_clause(text, clause, mention)) is not None:
        # "At 500.9 billion tenge, the budget is now ...": the main clause's verb (+ps42en)
        clause = (clause[0], main[1])
    if clause[0] and _APPOSED_ESTIMATE_OPENING.match(text, clause[0]):
        clause = (0, clause[1])  # "possesses reserves, estimated at 33 billion tons": the clause before tells
    window = _VERB_WORD.findall(text, max(clause[0], mention.start - 80), mention.start)
    before = window[-8:]
    tense = _tense(before, nearest_last=True, word_before=window[-9] if len(window) > 8 else "")
    if tense is None:
        end = mention.quantity.end
        tense = _tense(_VERB_WORD.findall(text, end, min(clause[1], end + 72))[:8], nearest_last=False)
    if tense is None and _RESTATED_SUBJECT.match(text, clause[1]):
        # "More than 7.7 million people, or 41% of the population, live in rural areas": the subject's
        # present verb comes after the share that restates it
        tense = "present"
    if tense is None and _yearly_habit_now(text, clause):
        return "present"  # "up to 80 million tonnes of salt rise from the dry bottom every year" (+fs30en)
    if tense is None and (_HABIT_RATE.search(text, clause[0], clause[1]) or _HABIT_OPENING.match(text)):
        # "Every day, nearly 400,000 people consult physicians": a rate of a habit, with a verb no
        # list knows, says how things go now
        return "present"
    if tense != "present":
        # the predicate reader knows state verbs by their stems ("employ", "keeps", "can store"),
        # where the words above know a list of forms
        predicate = read_predicate(text, clause, mention.start, mention.quantity.end)
        if predicate is None or not predicate.states_now:
            return tense
    # "Foreign investors account for 18% of that sum": a share of a whole named before is counted
    # when that whole was
    return "past" if _of_whole_named_before(text, mention.quantity.end) else "present"


# a sentence opening "They are followed by ...", "Astana is followed by ...": the next places of a
# ranking the sentence before opened, in its span
_RANKING_GOES_ON = re.compile(
    r"\W*(?:[A-Z][\w'’-]*)(?:\s+[\w'’-]+){0,4}?\s+(?:is|are)\s+(?:closely\s+)?followed\s+by\s", re.I
)


# ", or 41% of the country's population, ": a share restating the subject before its verb (+fs30en)
_RESTATED_SUBJECT = re.compile(
    r",\s+or\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?\d[\d.,]*\s*%[^,;.]{0,60},\s+"
    r"(?:live|reside|work|are\s+(?:based|employed|registered|located))\s+(?:in|at|on|abroad)\b"
)
_APPOSED_ESTIMATE_OPENING = re.compile(r"\s*(?:estimated|valued|assessed)\s+at\b", re.I)
_HABIT_RATE = re.compile(r"\b(?:every|each)\s+(?:day|week|month)\b|\bdaily\b", re.I)
_YEARLY_HABIT = re.compile(r"\b(?:every|each)\s+year\b", re.I)
# simple pasts the -ed test misses: a habit told in them is a past one
_SIMPLE_PASTS = frozenset("rose fell grew came went was were had took gave made brought sold".split())


def _yearly_habit_now(text: str, clause: tuple[int, int]) -> bool:
    """'Up to 80 million tonnes of salt rise from the dry bottom every year': a yearly habit told in
    the present (no past verb in the clause) is how things go now."""
    if _YEARLY_HABIT.search(text, clause[0], clause[1]) is None:
        return False
    words = [w.lower() for w in _VERB_WORD.findall(text, clause[0], clause[1])]
    return not any(w in _SIMPLE_PASTS or _is_past(w) for w in words)


_HABIT_OPENING = re.compile(r"\s*(?:Every|Each)\s+(?:day|week|month)\b")  # the clause after its comma
_RULE_CAP_BEFORE = re.compile(
    r"\b(?:may|must|shall|can)\s*not\s+(?:be\s+(?:higher|more|lower|less|greater)\s+than|exceed)\s+(?:US\$|\$|₸)?$",
    re.I,
)
_REPORTED_THAT = re.compile(
    r"\b(?:found|showed|shown|revealed|said|says|noted|reported|concluded|estimated|believes?|believed)\s+that\s+"
    r"(?:(?:about|around|over|some|nearly|almost|more\s+than|up\s+to|only|just)\s+)?(?:US\$|\$|₸)?$",
    re.I,
)
_RULE_CAP_GATE, _REPORTED_THAT_GATE = literal_gate(_RULE_CAP_BEFORE), literal_gate(_REPORTED_THAT)
_COMPARED_REACH = 48  # "22,600, or 5.6%, higher than in 2019": the base a little after the figure


def _compared_with_a_year(facts: _SentenceFacts, index: int) -> bool:
    """A comparison base stands in the figure's clause or just after the figure."""
    start, end = facts.clauses[index][0], facts.mentions[index].quantity.end + _COMPARED_REACH
    return any(
        p.is_comparison and start <= p.start < max(end, facts.clauses[index][1]) for p in facts.periods
    )


_SHARE_VERB = re.compile(r"\b(?:accounts\s+for|makes\s+up|represents)\s+(?:\S+\s+){0,2}$", re.I)


# "of all loans granted", "of the housing built": a whole counted by what was done over the span
# ("of the country's grain harvest" is a standing share)
_OF_WHAT_WAS_DONE = re.compile(
    r"\s+of\s+(?:[\w’'-]+\s+){0,4}?(?:[a-z]+ed|built|made|sold|paid|given|taken|spent)\b"
)


def _share_of_span_so_far(
    text: str, clause: tuple[int, int], mention: Mention, period: Period | None, published: date
) -> bool:
    """'Astana accounts for 40% of all loans granted' under "since July 2018": a share of what the
    span running to the report counted, which stays that span's."""
    return (
        period is not None
        and period.period_end == published
        and period.period_start is not None
        and period.period_start < published
        and bool(_SHARE_VERB.search(text, max(clause[0], mention.start - 40), mention.start))
        and bool(_OF_WHAT_WAS_DONE.match(text, mention.quantity.end, clause[1]))
    )


# What is counted over a span, not at a date: "the output of lignite is", "has the highest coal
# production:", and a change against a year before told beside the figure ("8.4 million tons, up
# 15.3% year-on-year", "with an annual growth of 4.9%")
_FLOW_NOUN = re.compile(
    r"\b(?:output|production|exports?|imports?|consumption|turnover|revenues?|shipments?|sales|harvest)\b",
    re.I,
)
_YEAR_ON_YEAR_AFTER = re.compile(
    r"(?:[^.;]|\.(?=\d)){0,40}?\b(?:year[-\s]on[-\s]year|annual\s+(?:growth|increase|decrease|decline|rise|fall))\b",
    re.I,
)


# ", almost 19% more than a year earlier", ", up 8% year on year": a change against the level a
# year before, worded as a comparison, set right after a level
_LEVEL_THEN_CHANGE_GAP = re.compile(
    r"(?:\s+[a-z’'-]+){0,3}?,\s+(?:(?:up|down|an?\s+increase\s+of|a\s+rise\s+of|a\s+decrease\s+of|or)\s+)?"
    r"(?:(?:about|around|almost|nearly|some|over|roughly|more\s+than|less\s+than|just\s+over)\s+)?(?:US\$|\$|₸)?"
)
_YEAR_BACK_COMPARED_AFTER = re.compile(
    r"\s+(?:(?:more|less|fewer|higher|lower|up|down|above|below)\s+)?(?:than|from|on|compared\s+(?:to|with))?\s*"
    r"(?:a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|preceding)\s+year)\b"
    r"|\s+(?:more\s+|less\s+)?(?:year[-\s]on[-\s]year|in\s+annual\s+terms)\b",
    re.I,
)


def year_back_change_beside(text: str, level_end: int, mention: Mention) -> bool:
    """'Installed capacity has reached 2,500 MW, almost 19% more than a year earlier': a change
    against a year before told right after a level takes the level's period (FORMAT.md)."""
    return (
        _LEVEL_THEN_CHANGE_GAP.fullmatch(text, level_end, mention.start) is not None
        and _YEAR_BACK_COMPARED_AFTER.match(text, mention.quantity.end) is not None
    )


def _flow_of_span_over(
    text: str, clause: tuple[int, int], mention: Mention, period: Period | None, published: date
) -> bool:
    """'From January to June, 57.4 million tons were mined. Pavlodar has the highest coal
    production: 33.9 million tons': under a span carried from before and over by publication, a
    present verb told of a flow gives the span's result, not a state at the report."""
    return (
        period is not None
        and period.period_start is not None
        and period.period_end is not None
        and period.period_start < period.period_end < published
        # ("trade makes up 60% of total turnover in the EU": a share is a standing ratio; "output is
        # 30.1 bln tenge or 105%": the index told with the amount is the amount's)
        and (
            mention.quantity.unit not in ("percent", "percentage_point")
            or text.endswith(" or ", 0, mention.start)
        )
        and (
            _FLOW_NOUN.search(text, max(clause[0], mention.start - 60), mention.start) is not None
            or _YEAR_ON_YEAR_AFTER.match(text, mention.quantity.end) is not None
        )
    )


def _compound_adjective(text: str, mention: Mention) -> bool:
    """'an 11,000-seat stadium': a figure that describes a thing, whatever is planned for it."""
    end = mention.quantity.end
    surface = text[mention.start : end]
    glued = text[end : end + 2]
    return ("-" in surface and surface[-1].isalpha()) or (glued[:1] == "-" and glued[1:].isalpha())


def _wholly_ahead(period: Period | None, published: date) -> bool:
    """A period that starts after publication, or a deadline still ahead with no start."""
    if period is None:
        return False
    if period.period_start is not None:
        return period.period_start > published
    return period.is_deadline and period.period_end is not None and period.period_end > published


def _open_start(period: Period | None, published: date) -> bool:
    """A start without an end reached lately: "from January 1" in a report of that day or of the
    weeks after it. A start in an earlier year, or months before the report, has since been
    overtaken: "From January 1, 2024, benefits were raised by 7%. Benefits currently amount to ..."
    told in December is the level at publication."""
    return (
        period is not None
        and period.period_end is None
        and period.period_start is not None
        and period.period_start <= published
        and period.period_start.year == published.year
        and (published - period.period_start).days <= _LATELY_DAYS
    )


# how long after a start the report's "now" still means "from that start on": a quarter
_LATELY_DAYS = 92


def _span_or_none(period: Period | None) -> bool:
    """A present level replaces an undated figure's scope when the scope is a span or a
    deadline; a scope that is a day ("as of July 1") or an open start ("from Jan. 1") stays."""
    if period is None:
        return True
    first, last = period.period_start, period.period_end
    return last is not None and (first is None or first < last)


# What is counted at a date rather than over a span: "the average salary", "deposits", "reserves".
_STOCK = re.compile(
    r"\b(?:salar(?:y|ies)|wages?|pensions?|deposits?|reserves?|debts?|assets?|loans?|portfolio|population|"
    r"balance|capital|stocks?|exchange\s+rate|base\s+rate|network|fleet|capacity|subscribers|residents|"
    r"prices?|tariffs?)\b",
    re.I,
)


def _stock_or_year(
    text: str, clause: tuple[int, int], mention: Mention, period: Period | None
) -> Period | None:
    """'At the end of 2024' dates a stock on 31 December, a flow over the year (see Period), 'at
    the end of the first half of 2023' a flow over the half: a stock named up to the figure, or a
    verb of having ("the bank had", "5,322 villages had access", "held", "stood at"), says it is
    a stock."""
    if period is None or period.flow_start is None or period.period_end is None:
        return period
    if _names_stock(text, mention.quantity.end) or _held(
        text, _with_gapped_verb(text, clause, mention), mention
    ):
        return period
    return replace(period, period_start=period.flow_start)


# ", the state only 2.3%", "and rural areas 141.2 million": a clause whose verb is left out, the
# verb of the clause before standing for it (the subject, a word of degree, the figure)
_GAPPED_CLAUSE = re.compile(
    r",\s+(?:and\s+|while\s+|whereas\s+)?(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,2}?"
    r"\s+(?:(?:only|just|a\s+mere|about|some|nearly|almost)\s+)?$",
    re.I,
)


def _with_gapped_verb(text: str, clause: tuple[int, int], mention: Mention) -> tuple[int, int]:
    """The figure's clause, reaching back over the clause before when its own verb is left out
    ("Private owners held 97.7% of the stock, the state only 2.3%": "held" is the 2.3%'s too,
    +ps42en)."""
    if not clause[0] or not _GAPPED_CLAUSE.fullmatch(text, clause[0] - 1, mention.start):
        return clause
    if _tense(_VERB_WORD.findall(text, clause[0], clause[1]), nearest_last=True) is not None:
        return clause
    return text.rfind(", ", 0, clause[0] - 1) + 1, clause[1]


# "cash income of the population", "coal shipped to the population": a stock word as whose or whom,
# not the measure
_STOCK_AS_MODIFIER = re.compile(r"\b(?:of|to|for|among)\s+(?:the\s+)?$", re.I)


def _names_stock(text: str, end: int) -> bool:
    """Whether a stock is the measure named up to `end` (see _stock_or_year)."""
    return any(
        not _STOCK_AS_MODIFIER.search(text, max(0, match.start() - 12), match.start())
        for match in _STOCK.finditer(text, 0, end)
    )


# Verbs of having or standing at a level: what a figure was at a date, not what was done over a span.
_HOLDING_VERBS = {"had", "held", "stood", "numbered", "counted", "totalled", "totaled", "owned", "employed"}
_COPULAS = {"was", "were"}


def _held(text: str, clause: tuple[int, int], mention: Mention) -> bool:
    """True when the verb nearest the figure in its clause is one of having or being ("had 294.2
    tons", "had reached 1,257", "was 35,000 tenge"), not one of doing ("exported", "were built")."""
    before = _VERB_WORD.findall(text, max(clause[0], mention.start - 80), mention.start)[-8:]
    end = mention.quantity.end
    after = _VERB_WORD.findall(text, end, min(clause[1], end + 72))[:8]
    for words, nearest_last in ((before, True), (after, False)):
        positions = range(len(words) - 1, -1, -1) if nearest_last else range(len(words))
        for position in positions:
            word = words[position].lower()
            if word in _HOLDING_VERBS:
                return True
            if word in _COPULAS:
                following = words[position + 1].lower() if position + 1 < len(words) else ""
                return not _is_past(following)  # "was 35,000", not "were exported"
            if _is_past(word):
                return position > 0 and words[position - 1].lower() == "had"  # "had reached"
    return False


# a change verb and the level it reached: "brought network wear down to", "has risen to"
_LEVEL_REACHED_BEFORE = re.compile(
    r"\b(?:brought|brings|bringing|cut|reduced|lowered|raised|lifted|increased|decreased|rose|risen|grown|grew|"
    r"fell|fallen|dropped|declined)\s+(?P<object>(?:(?!(?:by|from|in|to)\b)[\w’'-]+\s+){0,4}?)(?P<way>down\s+|up\s+)?"
    # "grew by 12% to 4,500": the change told between the verb and the level it reached
    r"(?:by\s+\d[\d.,]*\s*(?:%|percent|per\s+cent|times)?,?\s+)?"
    r"to\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?(?:US\$|\$|₸)?$",
    re.I,
)


def _level_reached(text: str, mention: Mention) -> bool:
    """A level a change verb reached ("wear fell to 38%", "brought wear down to 38%"); a count after
    a verb with an object ("brought water to 34 cities") is where something went, not a level."""
    reached = _LEVEL_REACHED_BEFORE.search(text, max(0, mention.start - 64), mention.start)
    if reached is None:
        return False
    return mention.quantity.unit not in (None, "count") or bool(reached["way"]) or not reached["object"]


def _since_levels(
    facts: _SentenceFacts, index: int, period: Period | None, scope: Period | None
) -> Period | None:
    """'Since 2014 the area has grown from 21.7 to 28.9 thousand ha': under a span from an earlier
    year up to the report, the old level of a change is the span's first year's and the new one
    where things stand now (either end with a period of its own keeps it: "to 205,000 tons last
    year"); what the sentence's scope is stays as it was."""
    role, partner = facts.roles.get(index, (None, None))
    mention = facts.mentions[index]
    if (
        role is None
        and period is not None
        and period.period_end == facts.published
        and index not in facts.attached
        and _long_since(period, facts.published)
        and _level_reached(facts.text, mention)
    ):
        # "Since 2021 ... which brought network wear down to 38%": the level a change reached
        # over a span running to the report is where things stand now
        return Period(mention.start, mention.quantity.end, facts.published, facts.published, False)
    if role is None or partner is None or index in facts.attached or facts.published is None:
        return period
    if role == "to" and _long_since(period, facts.published):
        return Period(mention.start, mention.quantity.end, facts.published, facts.published, False)
    if role == "from" and partner > index:
        since = _since_before(facts, mention.start) or _long_since(scope, facts.published)
        return _start_year(since) if since is not None else period
    return period


# "the current average monthly income of 224,000 tenge", "its current capacity of 500 MW": a level
# the text calls current, named right before its figure ("current prices", "the current account",
# "the current year", "current repairs / expenses" are no level of today)
_CURRENT_LEVEL_BEFORE = re.compile(
    r"\b(?:the|its|their|a|his|her)\s+current\s+(?!prices?\b|accounts?\b|year\b|month\b|quarter\b"
    r"|season\b|repairs?\b|expenses?\b|expenditures?\b|assets?\b|liabilities\b|transfers?\b)"
    r"(?:[a-z-]+\s+){0,4}?(?:of|at|is|are|stands\s+at|totals|amounts\s+to)\s+"
    r"(?:(?:about|around|some|nearly|almost|over|more\s+than|just\s+over|roughly)\s+)?(?:US\$|\$|₸)?$",
    re.I,
)
# "... and the average salary of ": the next level of the same list, read as current too
_AND_THE_OF = re.compile(
    r"\s*(?:tenge|dollars|euros|rubles|KZT|percent|%)?,?\s+and\s+(?:the|its|their)\s+(?:[a-z-]+\s+){0,4}?of\s+"
    r"(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?(?:US\$|\$|₸)?",
    re.I,
)


def _current_level(text: str, mention: Mention, window_start: int) -> bool:
    """The figure is a level its noun phrase calls current ("the current average monthly income
    of 224,000 tenge"), with no other figure between that word and it."""
    return (
        _CURRENT_LEVEL_BEFORE.search(text, max(window_start, mention.start - 70), mention.start) is not None
    )


# "1.5 thousand companies employing 26 thousand people", "40 hotels with 3,000 beds": a figure in a
# phrase on the things the figure right before counts, which holds them at the same time (+fs42en)
_HELD_BY_THINGS_BETWEEN = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){1,3}(?:employing|housing|serving|accommodating|covering|having|holding|with)\s+"
    r"(?:(?:more|fewer|less)\s+than\s+|over\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+|up\s+to\s+)?",
    re.I,
)


def held_with_the_things_before(found: list[Indicator], published: date) -> list[Indicator]:
    """Each figure in a phrase on the things the figure right before it counts ("1.5 thousand
    companies employing more than 26 thousand specialists"), with no period of its own written
    after that figure, at the day that figure stands on."""
    out: list[Indicator] = []
    for indicator in found:
        before = out[-1] if out else None
        if (
            before is not None
            and before.sentence_start == indicator.sentence_start
            and before.period_start is not None
            and before.period_start == before.period_end
            and indicator.kind == before.kind == "actual"
            and not indicator.is_change
            and (indicator.period_start, indicator.period_end) != (before.period_start, before.period_end)
            and _HELD_BY_THINGS_BETWEEN.fullmatch(
                indicator.sentence,
                before.end_char - before.sentence_start,
                indicator.start_char - indicator.sentence_start,
            )
            and not find_periods(indicator.sentence[before.end_char - before.sentence_start :], published)
        ):
            indicator = replace(indicator, period_start=before.period_start, period_end=before.period_end)
        out.append(indicator)
    return out
