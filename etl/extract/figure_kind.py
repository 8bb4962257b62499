"""The kind of one English figure (actual, plan, target, forecast, ...) from its cues and clause."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from etl.extract import context as ctx
from etl.extract.allotted_money import allotted_for_open_span
from etl.extract.begun_works import worth_of_a_begun_work
from etl.extract.clause_reading import (
    _AND_SUBJECT,
    _BUILDING_BEGUN_ON,
    _COMMA_NOW_BEFORE,
    _PART_DONE_AFTER,
    _PARTICIPLE_OPENING,
    _PLACE_OWN_BEFORE,
    _WHOLE_OF_BEFORE,
    _concession_state,
    _contrast_cut,
    _coordinated_past,
    _estimated_cost,
    _fronted_sum_kind,
    _length_of_a_project,
    _list_verb,
    _lives_in_a_place,
    _names_what_is_to_be_built,
    _opens_own_clause,
    _past_appositions,
    _relative_states,
    _states_own_fact,
    _verb_before_governs,
    _without_subject_relative,
    _works_list_member,
    _worth_of_a_project,
)
from etl.extract.figure_period import PLANNED_FOR_AFTER, _reached_by
from etl.extract.kind_cues import _JOBS_AFTER, _POTENTIAL_BEFORE, _UNDER_WAY, _rate_set_now
from etl.extract.literal_gates import literal_gates, may_match, sentence_lower
from etl.extract.mentions import Mention
from etl.extract.periods import Period
from etl.extract.progress_to_date import _COUNTED_WHOLE_BEFORE
from etl.extract.reading_state import _SentenceFacts
from etl.extract.units import CURRENCIES

_CHANGE_VERB = re.compile(
    r"\b(?:ris(?:e|es|ing)|rose|rais(?:e|es|ed|ing)|increas\w*|decreas\w*|grow\w*|grew|fall\w*|fell|drop\w*|"
    r"declin\w*|reduc\w*|cut\w*|mov(?:e|es|ed)|went|go(?:es)?\s+(?:up|down)|shrink\w*|climb\w*|jump\w*"
    r"|expand\w*|boost\w*)\b",
    re.I,
)


# "increased from 9.7% in 2009 to ": a past change's verb, then its old level and year
_PAST_CHANGE_FROM = re.compile(
    r"\b(?:rose|grew|increased|climbed|jumped|fell|dropped|declined|decreased|went\s+(?:up|down))\s+"
    r"(?:by\s+[^,;]{1,24}?\s+)?from\s+[^,;]{1,40}?\b(?:19|20)\d\d\s+to\s+(?:(?:about|around|nearly|almost|over)\s+)?(?:US\$|\$|₸)?$",
    re.I,
)
# "it was reported that", "it has been announced that": an impersonal telling opening what was told
_IT_WAS_TOLD_THAT = re.compile(
    r"\bit\s+(?:was|has\s+been|had\s+been)\s+(?:reported|announced|stated|noted|said|decided)\s+that\s+", re.I
)


def _kind_of(
    facts: _SentenceFacts,
    index: int,
    period: Period | None,
    previous_kind: str | None,
    published: date,
    as_level: bool = True,
) -> str:
    mention = facts.mentions[index]
    if (
        as_level
        and facts.roles.get(index, (None,))[0] == "from"
        and _CHANGE_VERB.search(facts.text, 0, mention.start)
    ):
        return "actual"  # "will rise from 10.9% to 16.1%": the starting level is where things stand
    if (
        as_level
        and period is not None
        and not period.is_deadline
        and period.period_end is not None
        and period.period_end < published
        and _PAST_CHANGE_FROM.search(facts.text, max(0, mention.start - 80), mention.start)
    ):
        # "It increased from 9.7% in 2009 to 13.9% in 2024 and is expected to reach 19% by 2050":
        # the level a past change came to in a year gone by happened; the outlook is the next
        # clause's (+fs30en)
        return "actual"
    clause = _past_appositions(facts.text, facts.clauses[index], facts.asides)
    joined = facts.text.rfind(" and ", clause[0], mention.start)
    if (
        joined != -1
        and _AND_SUBJECT.fullmatch(facts.text, joined, mention.start)
        and any(clause[0] <= cue[0] < joined for cue in facts.cues)
        and any(
            mention.quantity.end <= cue[0] < clause[1] and cue[3] and facts.text[cue[0] : cue[1]] != "being"
            for cue in facts.cues
        )
    ):
        # "financing will exceed 700 billion tenge and about 2.2 million square metres are to be
        # commissioned": after "and" a new subject has a verb of its own
        clause = (joined + 1, clause[1])
    elif joined != -1 and _coordinated_past(facts, clause, joined, mention):
        clause = (joined, clause[1])
    clause = _contrast_cut(facts.text, clause, mention)
    if (told := _IT_WAS_TOLD_THAT.search(facts.text, clause[0], mention.start)) is not None:
        # "Earlier it was reported that 35 km of ski runs will be built": the telling's past is no
        # verb of what was told (+fs30en)
        clause = (told.end(), clause[1])
    if _COMMA_NOW_BEFORE.search(facts.text, max(0, mention.start - 24), mention.start):
        return "actual"  # "was done for 56%, now 73%, in October planned to reach 100%": the level now
    if _WHOLE_OF_BEFORE.search(
        facts.text, max(0, mention.start - 8), mention.start
    ) and _PART_DONE_AFTER.match(facts.text, mention.quantity.end):
        return "plan"  # "of 444,000, 249,000 new jobs have already been created": the whole planned
    listed = _list_verb(facts, clause, mention)
    if listed is not None:
        return listed
    if (
        previous_kind is not None
        and previous_kind != "actual"
        and _PARTICIPLE_OPENING.match(facts.text, clause[0])
        and _lives_in_a_place(facts.text, mention)
        and _PLACE_OWN_BEFORE.search(facts.text, max(0, mention.start - 40), mention.start)
    ):
        return "actual"  # "..., ensuring care for the city's 200,000 residents": the people there now
    if (
        _PARTICIPLE_OPENING.match(facts.text, clause[0])
        and facts.text[: clause[0]].endswith(",")
        and not any(clause[0] <= cue[0] < clause[1] for cue in facts.cues)
    ):
        # "467 had been completed, giving 80,000 residents access", "will lay 200 km of pipes,
        # connecting 30 villages": a participle clause with no cue tells the result of the clause
        # it hangs on, with that clause's kind; with no figure there, its cue's ("the plant will
        # undergo upgrades, adding 100 MW of capacity, slated for completion by 2028": a plan, not
        # a goal from the deadline)
        hung_on = previous_kind
        if hung_on is None and not _lives_in_a_place(facts.text, mention):
            # ("..., removing the flood risk for two villages with around 5,000 residents": the
            # people there now, see below)
            hung_on = _ahead_cue_before(facts.cues, clause[0])
        if hung_on is not None:
            return hung_on
    cues = facts.cues
    if " of " in facts.text:
        # "96 of the 188 measures scheduled so far have been completed": the participle dates the
        # whole counted against (188), not the part before it
        end = mention.quantity.end
        cues = [
            c for c in cues
            if not (c[0] >= end and facts.text.endswith("ed", c[0], c[1])
                    and _COUNTED_WHOLE_BEFORE.search(facts.text, max(end, c[0] - 48), c[0]))
        ]  # fmt: skip
    cues = _without_subject_relative(facts.text, cues, clause, mention)
    if _verb_before_governs(facts.text, cues, clause, mention):
        return "actual"
    if _concession_state(facts, clause):
        return "actual"  # "..., despite 57% of its networks being worn out": how things stand
    if not any(clause[0] <= c[0] < clause[1] for c in cues) and _works_list_member(facts, clause):
        return "plan"  # "we plan to build new lines, modernize 5,000 km of track, and repair 11,000 km"
    kind = ctx.kind_of(
        cues,
        clause,
        (mention.start, mention.quantity.end),
        bool(period and period.is_deadline) and not _reached_by(facts, clause, mention, period, published),
        previous_kind,
        facts.lead_cues,
    )
    if (
        kind == "plan"
        and facts.lead_cues
        and _LEVEL_ITEM_OPENING.match(facts.text)
        and _TO_LEVEL_BEFORE.search(facts.text, max(0, mention.start - 24), mention.start)
    ):
        # "By 2030 the plan envisages: - increasing the cattle herd from 7.9 million to 12 million
        # head": a list item raising a measure to a level sets that level as a goal, as "intends
        # to bring trade to $10 billion" does; "- building 40 schools" stays a plan
        return "target"
    if kind == "forecast" and _subject_of_an_enabling_verb(facts.text, cues, clause, mention):
        return "plan"  # "the new 369 schools will let admit 740,000 pupils": the means, not the outcome
    if (
        kind == "actual"
        and "potential" in facts.text
        and _POTENTIAL_BEFORE.search(facts.text, max(0, mention.start - 80), mention.start)
    ):
        return "forecast"  # "with a potential to boost exports by $622 million": what may come
    if (
        kind != "actual"
        and _opens_own_clause(facts.text, clause[0])
        and _states_own_fact(facts, clause, mention)
    ):
        return "actual"
    if (
        kind != "actual"
        and _relative_states(facts, clause, mention)
        and not worth_of_a_begun_work(facts.text, mention)
    ):
        # ("Construction of the complex, which comprises a 200-bed hospital and a polyclinic for 500
        # visits, began in 2021": what a relative clause says a work only begun will hold is still plan)
        return "actual"
    if kind == "plan" and _rate_set_now(facts.text, mention.start, period, published):
        return "actual"  # "The basic pension is set at 28,284 tenge this year": a rate in force
    if kind == "actual" and (fronted := _fronted_sum_kind(facts, clause, mention)) is not None:
        return fronted  # "For 80 million tenge, it is planned to irrigate 80 hectares"
    if kind == "actual" and (
        _worth_of_a_project(facts, mention)
        or _length_of_a_project(facts, mention)
        or _estimated_cost(facts, mention)
        or worth_of_a_begun_work(facts.text, mention)
    ):
        return "plan"
    if (
        kind == "forecast"
        and mention.quantity.unit in CURRENCIES
        and _PUT_TO_COST_BEFORE.search(facts.text, max(0, mention.start - 48), mention.start)
    ):
        # "The clinic is estimated to cost KZT 419mn": the price of a work not yet paid for, a
        # sum set aside like "estimated cost of" (FORMAT.md: plan), not an outcome awaited
        return "plan"
    if (
        kind == "forecast"
        and mention.quantity.unit in CURRENCIES
        and _WORTH_OF_A_WORK_AFTER.match(facts.text, mention.quantity.end)
        and _ONE_WORK_BEFORE.search(facts.text, max(0, mention.start - 16), mention.start)
    ):
        # "the Tourism District, a 194 billion tenge investment expected to create 2,000 jobs": the
        # sum names what a project is worth, still to be spent (plan); the jobs are the outlook
        return "plan"
    if (
        kind == "target"
        and _DUTY_TO_PAY_BEFORE.search(facts.text, max(clause[0], mention.start - 60), mention.start)
        and not _DEADLINE_IN.search(facts.text, clause[0], clause[1])
    ):
        # "parents must contribute at least 12 MCI a year", "employers must pay 5% of wages": a
        # payment a scheme in force requires is how things stand (FORMAT.md: a rate in force is
        # actual), not a goal to reach (+fs41en)
        return "actual"
    if kind == "forecast" and _jobs_a_pool_is_to_create(facts.text, mention):
        # "190 projects worth 3.5 trillion tenge that are expected to generate more than 11,800 jobs":
        # the jobs of a pool of projects are part of its plan (FORMAT.md's projects rule); a single
        # plant "expected to create 400 jobs" keeps its outlook
        return "plan"
    if kind == "forecast" and _outcome_of_works_under_way(facts.text, mention):
        # "Among the projects the holding is financing is a car plant that will create 2,200 jobs":
        # FORMAT.md's rule for projects under way: the jobs they will create and the capacity
        # they are built for are plan, not the outlook "will create" gives a lone plant (+fs41en)
        return "plan"
    works = _works_may_match(facts.text) if kind == "actual" else (False, False, False)
    if works[0] and _TO_BE_BUILT_AFTER.match(facts.text, mention.quantity.end):
        # "their joint 1 GW wind power plant, which is to be built in Zhetysu", "a 100-bed centre in
        # Semei, for which 2.6 billion tenge was set aside": the size of a work still to be built
        # or paid for (FORMAT.md: plan) (+fs41en)
        return "plan"
    if kind == "actual" and _names_what_is_to_be_built(facts.text, facts.clauses[index], mention):
        return "plan"
    if works[1] and _WORKS_A_PLAN_SETS_OUT_BEFORE.search(
        facts.text, max(0, mention.start - 100), mention.start
    ):
        # "the Government approved a roadmap for the construction of 100 new landfills": what a
        # plan or programme sets out to build is planned, whenever the document was adopted (+fs42en)
        return "plan"
    if kind == "actual" and PLANNED_FOR_AFTER.match(facts.text, mention.quantity.end):
        return "plan"  # "against the 160,000 planned for the whole of 2024" (+fs30en)
    if works[2] and _BUILDING_BEGUN_ON.search(facts.text, max(0, mention.start - 80), mention.start):
        return "plan"  # "Construction has begun on a 20,000-km network": the size of what is being built
    # ("The aim is 100% access to water for the town's more than 50,000 residents": the people
    # there now under a goal as under a plan, +fs41en)
    if kind in ("plan", "forecast", "target") and _lives_in_a_place(facts.text, mention):
        return "actual"
    if kind == "actual" and allotted_for_open_span(facts.text, mention, period, published):
        return "plan"
    if kind in ("target", "forecast") and _ALLOWED_TO_REACH_BEFORE.search(
        facts.text, max(0, mention.start - 120), mention.start
    ):
        # "These measures allowed us to reach a peak of 17,273 MW", "enabled the region to raise output
        # to 2.3 million tonnes": a level the past tells reached is no goal, it happened
        return "actual"
    if kind == "actual" and _works_a_programme_is_to_do(facts.text, mention):
        # "moved on to a programme to build 350 outpatient clinics worth 360bln tenge": the works a
        # programme is set up to do are its plan, whatever verb tells of the programme
        return "plan"
    if kind == "actual" and _done_once_ahead(facts.text, mention):
        # "Once 655 healthcare facilities are completed this year, ...": works whose completion the
        # sentence waits for are still to be done
        return "plan"
    return kind


# a past of enabling, its object, then the infinitive of reaching or moving a level, no clause between
_ALLOWED_TO_REACH_BEFORE = re.compile(
    r"\b(?:allowed|enabled|helped|made\s+it\s+possible\s+for)\s+(?:[\w’'-]+\s+){0,3}?to\s+"
    r"(?:reach|achieve|attain|hit|raise|lift|bring|increase|boost|cut|reduce|lower|grow|expand)\b[^.;:]*$",
    re.I,
)
# "a programme to build", "the project to reconstruct", "a plan to open more than"
_PROGRAMME_TO_BUILD_BEFORE = re.compile(
    r"\b(?:programme|program|plan|project|initiative|drive)\s+to\s+(?:build|construct|open|repair|renovate|create"
    r"|set\s+up|install|lay|modernise|modernize|reconstruct|equip)\s+(?:(?:about|some|over|nearly|almost|up\s+to"
    r"|more\s+than|another|a\s+further)\s+)?$",
    re.I,
)
# the figure's worth after such works: "350 outpatient clinics ... worth 360bln tenge"
_WORTH_OF_WORKS_BEFORE = re.compile(
    r"\bworth\s+(?:(?:about|some|over|nearly|almost|more\s+than)\s+)?(?:US\$|\$|₸|KZT\s?)?$", re.I
)


def _works_a_programme_is_to_do(text: str, mention: Mention) -> bool:
    """The count of works a programme is to do, or their worth told right after them."""
    before = text[max(0, mention.start - 64) : mention.start]
    if _PROGRAMME_TO_BUILD_BEFORE.search(before):
        return True
    if not _WORTH_OF_WORKS_BEFORE.search(before):
        return False
    wider = text[max(0, mention.start - 160) : mention.start]
    return any(
        _PROGRAMME_TO_BUILD_BEFORE.search(wider, 0, found.end()) for found in re.finditer(r"\d", wider)
    )


# a clause opening "Once", "As soon as", "When" whose present passive tells works finished: a time ahead
_ONCE_DONE_OPENING = re.compile(
    r"\W*(?:Once|As\s+soon\s+as|When)\s+[^,;.]*?\b(?:is|are)\s+(?:fully\s+)?(?:completed|built|finished|opened"
    r"|commissioned|launched|put\s+into\s+(?:operation|service))\b",
    re.I,
)


def _done_once_ahead(text: str, mention: Mention) -> bool:
    found = _ONCE_DONE_OPENING.match(text)
    return found is not None and mention.start < found.end()


# a list item opening with a verb that moves a measure to a level
_LEVEL_ITEM_OPENING = re.compile(
    r"\W*(?:increasing|raising|bringing|lifting|growing|expanding|boosting|doubling|tripling|reducing"
    r"|cutting|lowering)\b",
    re.I,
)
# the level it is moved to: "to 12 million", "to about 40%"
_TO_LEVEL_BEFORE = re.compile(
    r"\bto\s+(?:(?:about|around|nearly|almost|at\s+least|over|more\s+than)\s+)?(?:US\$|\$|₸)?$", re.I
)


# a sum written as the attribute of a project's noun: "a 194 billion tenge (US$368.6 million)
# investment", "a $2 billion development"
_WORTH_OF_A_WORK_AFTER = re.compile(
    r"(?:\s*\([^()]{1,40}\))?\s+(?:investment|project|development|facility|complex|resort|plant)\b", re.I
)
# "is estimated to cost", "are expected to cost about", "was projected to cost US$"
_PUT_TO_COST_BEFORE = re.compile(
    r"\b(?:estimated|expected|projected|forecast|set)\s+to\s+cost\s+(?:(?:about|around|over|some|nearly|almost"
    r"|more\s+than|up\s+to|at\s+least)\s+)?(?:US\$|\$|₸|€|KZT\s?|USD\s?|EUR\s?)?$",
    re.I,
)
# ("a 194 billion tenge investment" is one work; "expects 300 billion tenge investment" an inflow)
_ONE_WORK_BEFORE = re.compile(
    r"\ban?\s+(?:(?:about|around|over|some|nearly|almost)\s+)?(?:US\$|\$|₸|KZT\s?)?$", re.I
)


# a plan, programme or roadmap named as being for building something, right before the figure
_WORKS_A_PLAN_SETS_OUT_BEFORE = re.compile(
    r"\b(?:plans?|programmes?|programs?|roadmaps?|road\s+maps?|strategy|concept|schedule)\s+"
    r"(?:for|on|envisaging|providing\s+for)\s+(?:the\s+)?"
    r"(?:construction|building|creation|opening|reconstruction|modernization|modernisation|renovation|repair)"
    r"\s+of\s+(?:(?:another|some|about|around|up\s+to|at\s+least|over|more\s+than)\s+)?$",
    re.I,
)
# a relative clause after the figure's noun phrase that puts its work ahead
_TO_BE_BUILT_AFTER = re.compile(
    r"[^.;:\d]{0,60}?,\s+(?:which|that)\s+(?:is|are)\s+(?:to\s+be|being|set\s+to\s+be|due\s+to\s+be"
    r"|planned\s+to\s+be|scheduled\s+to\s+be)\s+(?:built|constructed|erected|commissioned|launched)\b"
    r"|[^.;:\d]{0,60}?,\s+(?:which|that)\s+will\s+be\s+(?:built|constructed|erected|commissioned)\b"
    r"|[^.;:\d]{0,60}?,\s+for\s+which\s+(?:[^.;:]|\.(?=\d)){0,40}?\b(?:was|were|has\s+been|have\s+been|is|are)\s+"
    r"(?:set\s+aside|allocated|earmarked|provided)\b",
    re.I,
)
# The literals each of the three works patterns needs (one of every set, literal_gates): most
# sentences lack one, and their actual figures are spared the three scans
_WORKS_GATES = tuple(
    literal_gates(pattern)
    for pattern in (_TO_BE_BUILT_AFTER, _WORKS_A_PLAN_SETS_OUT_BEFORE, _BUILDING_BEGUN_ON)
)


@lru_cache(maxsize=8)
def _works_may_match(text: str) -> tuple[bool, ...]:
    """Whether the sentence may hold a match of each works pattern (in _WORKS_GATES' order): read
    once for the figures of the sentence at hand."""
    lower = sentence_lower(text)
    return tuple(all(may_match(gate, lower) for gate in gates) for gates in _WORKS_GATES)


# a duty to pay told with "must" / "are required to" right before the figure
_DUTY_TO_PAY_BEFORE = re.compile(
    r"\b(?:must|(?:is|are)\s+(?:required|obliged)\s+to|ha(?:ve|s)\s+to)\s+(?:pay|contribute|deposit|transfer|save"
    r"|put\s+in)\s+(?:in\s+)?(?:(?:at\s+least|no\s+less\s+than|a\s+minimum\s+of|up\s+to)\s+)?(?:US\$|\$|₸)?$",
    re.I,
)
_DEADLINE_IN = re.compile(r"\b(?:by|until|till|before)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b", re.I)
# works told as under way in the sentence: a project being financed, built or carried out
_FINANCED_OR_BUILT = re.compile(
    r"\b(?:(?:is|are)\s+(?:now\s+|currently\s+|also\s+)?(?:financing|funding|building|constructing)"
    r"|being\s+(?:financed|funded|built|constructed)|under\s+construction)\b",
    re.I,
)
_SOMEONE_EXPECTS = re.compile(r"\b(?:expects?|predicts?|forecasts?)\b", re.I)
# "with a capacity of 3 million tyres": what a plant is built to turn out
_CAPACITY_OF_BEFORE = re.compile(
    r"\b(?:capacity|capacities)\s+of\s+(?:(?:about|around|up\s+to|some)\s+)?$", re.I
)


def _outcome_of_works_under_way(text: str, mention: Mention) -> bool:
    """A count of jobs, or a capacity, of a project the sentence tells as under way (financed,
    being built, in a pool): FORMAT.md's projects rule makes it plan, whatever "will" says."""
    if not (_UNDER_WAY.search(text) or _FINANCED_OR_BUILT.search(text)) or _SOMEONE_EXPECTS.search(text):
        return False  # ("..., the minister expects": a forecast said in so many words)
    end = mention.quantity.end
    return bool(
        _JOBS_AFTER.match(text, end)
        or _CAPACITY_OF_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    )


_POOL_EXPECTED_TO_EMPLOY = re.compile(
    r"\b(?:projects|they|which|that)\s+(?:are|were)\s+(?:also\s+)?expected\s+to\s+(?:employ|create|generate|provide)\s+"
    r"(?:(?:about|around|over|more\s+than|some|nearly|almost|up\s+to)\s+)?$",
    re.I,
)
# a counted set of projects, a pool or a portfolio ("190 projects", "some 300 investment projects"):
# "Tourism projects are expected to create 3,000 jobs by 2027" names no such set and keeps its outlook
_PROJECTS_WORD = re.compile(r"\d[\d.,]*\s+(?:[\w-]+\s+){0,2}projects\b", re.I)
_PEOPLE_OR_JOBS_AFTER = re.compile(
    r"\s+(?:new\s+|permanent\s+|more\s+)?(?:jobs|workplaces|people|workers)\b", re.I
)


def _jobs_a_pool_is_to_create(text: str, mention: Mention) -> bool:
    """Jobs (or people employed) that a counted set of projects "are expected to" create."""
    return bool(
        _PEOPLE_OR_JOBS_AFTER.match(text, mention.quantity.end)
        and _POOL_EXPECTED_TO_EMPLOY.search(text, max(0, mention.start - 60), mention.start)
        and _PROJECTS_WORD.search(text)
    )


def _ahead_cue_before(cues: list[ctx.Cue], start: int) -> str | None:
    """The kind of the last plan, forecast or goal cue before `start`, None when the last cue
    before it is a deed (or there is none)."""
    before = [cue[2] for cue in cues if cue[1] <= start]
    if not before or before[-1] == "actual":
        return None
    return "target" if before[-1] == ctx.GOAL else before[-1]


_ENABLING = ("let", "allow", "allows", "enable", "enables")


def _subject_of_an_enabling_verb(
    text: str, cues: list[ctx.Cue], clause: tuple[int, int], mention: Mention
) -> bool:
    """The figure counts the subject of 'will let / allow / enable' (what is to be built or done so
    that an outcome follows), with no cue of its own before it in the clause."""
    if any(clause[0] <= c[0] and c[1] <= mention.start for c in cues):
        return False
    after = [c for c in cues if mention.quantity.end <= c[0] < clause[1] and c[3]]
    return bool(after) and text[after[0][0] : after[0][1]].lower().split()[-1] in _ENABLING
