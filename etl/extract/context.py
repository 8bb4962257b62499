"""What a figure in a sentence is about: qualifier, item, kind (actual/target/plan), change."""

from __future__ import annotations

import re
from functools import lru_cache

from etl.extract.item_verbs import drop_leading_verb, drop_predicate, is_inflected_verb
from etl.extract.units import PREFIX_SIGNS

# Kind cues, read word by word (a dictionary lookup per word is several times faster than a
# regex alternation scanned over the sentence).
_CUE_WORDS = {
    **dict.fromkeys("task tasks goal goals target targets instruction instructions instructed entrust entrusted achieve "
                    "should must shall objective strive pledge pledged committed committing commitment seeks seek aiming tasked targeting wants".split(),
                    "target"),
    **dict.fromkeys("plan plans planned planning will would intend intends intended scheduled envisaged envisages "
                    "envisage envision envisions envisioned foresee foresees foreseen earmarked allocation allocations due being slated "
                    # "the draft proposes 5 billion for grants": a proposal is money or works not yet decided
                    "propose proposes proposed proposing "
                    # "the office had requested additional 12 million tenge": money asked for, not yet given
                    "request requests requested requesting "
                    # "deputies recommended that the government raise the wage to 110,000 tenge": the same
                    "recommend recommends recommended recommending".split(), "plan"),
    **dict.fromkeys("forecast forecasts forecasted projected expected estimate estimates predicted outlook could "
                    "might may assumption assumptions expects expect expecting anticipates anticipated anticipate predicts "
                    "scenario scenarios "
                    # "will allow/enable ... to export 7 million tons": an expected outcome
                    "allow enable "
                    # "is likely to exceed 120 billion kWh": an outcome judged probable
                    "likely unlikely".split(),
                    "forecast"),
    **dict.fromkeys("amounted reached stood totalled totaled hit came".split(), "actual"),
}  # fmt: skip
_CUE_PAIRS = {("aim", "at"): "target", ("aims", "at"): "target", ("aimed", "at"): "target", ("aim", "to"): "target",
              ("aimed", "to"): "target", ("aims", "to"): "target", ("aiming", "to"): "target", ("provided", "for"): "plan", ("provides", "for"): "plan", ("provide", "for"): "plan", ("to", "be"): "plan", ("is", "set"): "plan", ("sets", "aside"): "plan", ("is", "building"): "plan", ("are", "building"): "plan",
              ("is", "constructing"): "plan", ("are", "constructing"): "plan",
              # "has agreed to deliver 900 million kWh": an act both sides have scheduled
              ("agreed", "to"): "plan", ("agrees", "to"): "plan",
              ("are", "set"): "plan", ("was", "set"): "plan", ("were", "set"): "plan", ("stays", "fixed"): "plan",
              ("is", "fixed"): "plan", ("are", "fixed"): "plan", ("under", "construction"): "plan",
              ("on", "track"): "forecast", ("on", "course"): "forecast",
              # "growers are counting on a record crop of 1.2 million tons": what they expect (+ps43en)
              ("counting", "on"): "forecast", ("banking", "on"): "forecast",
              # "it is targeted to create 12,000 jobs": a goal ("targeted social assistance" is none)
              ("is", "targeted"): "target", ("are", "targeted"): "target",
              # "it is necessary to attract at least $24 billion": what must be reached, a goal
              ("necessary", "to"): "target", ("needs", "to"): "target", ("need", "to"): "target",
              # "it is also important to create more than 18,000 jobs": a goal set out as needful
              ("important", "to"): "target",
              # "Kazakhstan eyes to construct 103 million square metres": an intended act
              ("eyes", "to"): "plan", ("eyeing", "to"): "plan",
              # "a plant designed to produce 70,000 cars": a design capacity, not output yet
              ("designed", "to"): "plan",
              # "the new plant is supposed to employ 7,600 people": what a project is meant to do, not
              # done yet ("prices are supposed to grow": a drift, see find_cues)
              ("supposed", "to"): "plan",
              # "is looking into shipping 2 million tons", "is considering building": an intended act
              ("looking", "into"): "plan", ("is", "considering"): "plan", ("are", "considering"): "plan",
              ("was", "considering"): "plan", ("were", "considering"): "plan",
              ("is", "exploring"): "plan", ("are", "exploring"): "plan",
              # "the akimat is working out the issue of building 20,000 sq m": a matter prepared, not
              # done (only after "is/are", see find_cues)
              ("working", "out"): "plan",
              # "there are intentions to modernize 55 heat sources": an intended act, as "intends to"
              ("intention", "to"): "plan", ("intentions", "to"): "plan",
              # "proposals to increase expenses by 20 billion tenge were supported": an act proposed
              # for a budget still to come, as "proposes" is
              ("proposal", "to"): "plan", ("proposals", "to"): "plan",
              # "In 2020 Kazakhstan will harvest 18 million tonnes": what a harvest comes to is an
              # outcome nobody schedules, as "should harvest" ("will be harvested from 15 million ha",
              # the area sown, stays a plan)
              ("will", "harvest"): "forecast", ("would", "harvest"): "forecast",
              # "the raise will lead to higher incomes for 5.1 million people": an expected outcome
              ("will", "lead"): "forecast", ("would", "lead"): "forecast",
              # what a project "would create" is an expected outcome, not a scheduled act
              ("would", "create"): "forecast",
              # what a project "will improve / create", who "will have access": an expected outcome
              ("will", "create"): "forecast", ("will", "improve"): "forecast", ("will", "have"): "forecast",
              # "the raise will affect 1.3 million workers", "this would benefit 1.3 million people":
              # whom a measure reaches, an expected outcome as "will have access"
              ("will", "affect"): "forecast", ("would", "affect"): "forecast", ("will", "benefit"): "forecast",
              ("would", "benefit"): "forecast",
              # "40,000 households will be able to use gas": who gains by it, an expected outcome as
              # "will have access" (only after a counted subject and "will"/"would", see find_cues)
              ("be", "able"): "forecast",
              # what "will"/"should" happen to a quantity is a forecast; what someone will do, a plan
              **{(modal, verb): "forecast" for modal in ("will", "should") for verb in "rise grow increase decrease "
                 "fall decline slow reach exceed accelerate double triple climb".split()},
              # "the country should harvest 352,000 tons": an expected output, not a goal
              **{("should", verb): "forecast" for verb in "harvest produce gather yield receive".split()},
              # "the measures should improve the lives of 5,000 families / add 700,000 people": what a
              # measure is expected to bring about, not a level someone must reach
              **{("should", verb): "forecast" for verb in "improve add create generate save attract benefit "
                 "help".split()},
              # "a plant designed for 70,000 cars a year", "is expanding the station with units totalling
              # 1,080 MW": a design capacity or an extension under way, not built yet
              # "officials estimated that another $580 million would be needed": what an estimate says
              ("estimated", "that"): "forecast", ("estimate", "that"): "forecast", ("estimates", "that"): "forecast",
              ("designed", "for"): "plan", ("is", "expanding"): "plan", ("are", "expanding"): "plan",
              # "is going to issue 5,000 grants": the future of an act, as "will issue"
              ("going", "to"): "plan",
              # "the population is estimated to reach 22 million": an estimate of what is to come
              # ("estimated to have added" is a past outcome, see find_cues; "estimated at" a reading)
              ("estimated", "to"): "forecast", ("projected", "to"): "forecast",
              # "the concept is called to create up to 70,000 farms": what a document sets out to reach
              ("called", "to"): "target", ("called", "upon"): "target",
              # "this measure will let boost exports up to $9.9 billion": as "will allow", an outcome
              ("will", "let"): "forecast", ("would", "let"): "forecast",
              # "That would bring the total number of students to almost 650,000": the outcome a
              # conditional works out, an expectation (+fs41en)
              ("would", "bring"): "forecast", ("would", "take"): "forecast", ("would", "push"): "forecast",
              # "their exports will hit $3.6 billion": "hit" told ahead, not a level reached
              ("will", "hit"): "forecast", ("would", "hit"): "forecast"}  # fmt: skip
# Past participles not ending in -ed: "works were done", "have been built".
IRREGULAR_PARTICIPLES = set(
    """done built made grown given paid sold spent taken seen held begun won brought put cut met shown known
    become come gone risen fallen drawn driven laid sent kept found left lost paid bought caught taught""".split()
)
# "The goal is ...", "the aim was ...": a goal as the subject makes the clause's figures targets,
# whatever "will" or "expected" follows ("the goal is that output will reach 2 million tons").
_GOAL_SUBJECTS = {"goal", "goals", "aim", "aims", "target", "targets", "objective", "objectives", "task"}
_GOAL_VERBS = {"is", "was", "are", "were", "remains"}


def _goal_told_ahead(text: str, end: int) -> bool:
    """'our objective will be to attract', not 'the target will be reached' (a passive)."""
    following = _NEXT_WORD.match(text, end)
    return following is None or (following[1][-2:] != "ed" and following[1] not in IRREGULAR_PARTICIPLES)


GOAL = "goal"  # the cue kind of a goal subject: a target that later cues do not override
# "s": the possessive's ("the ministry's aim is"), split off by the word pattern
_GOAL_DETERMINERS = {"the", "its", "their", "our", "own", "s", "a", "an", "main", "key", "primary", "ultimate",
                     # "the longer-term aim is", "the strategic goal is", "the stated target is"
                     "term", "strategic", "overall", "stated"}  # fmt: skip
_GOAL_REACH = 6  # words between the goal and its verb: "the goal of the national project is"
_GOAL_MEASURES = {"its", "their", "our", "level", "share", "volume", "rate", "number"}
_CHANGE_BEFORE_REACH = {"adding", "rising", "growing", "increasing", "climbing", "up", "gaining", "jumping",
                         # "pork added 0.3% to reach 86 thousand tons": the level a past change reached
                         "added", "rose", "grew", "increased", "climbed", "gained", "jumped"}  # fmt: skip
# a past verb and the amount of its change just before "to reach": "grew by 5%", "were fulfilled by 99.6%"
# a deed told done in the clause before ", bringing": its own verb in the past, no modal or plan word
_DEED_DONE_BEFORE_BRINGING = re.compile(
    r"(?:^|[.;:]\s)(?:(?!\b(?:will|would|should|must|shall|plans?|planned|to\s+be|is\s+to|are\s+to|aims?|expected)\b)[^.;:])*?"
    r"\b(?:bought|built|opened|sold|purchased|commissioned|launched|delivered|received|added|gained|installed"
    r"|(?:was|were|had|has\s+been|have\s+been)\s+[a-z]+ed)\b"
    r"(?:(?!\b(?:will|would|should|must|shall|plans?|planned|to\s+be|aims?|expected)\b)[^.;:])*,\s*$",
    re.I,
)
# a multiple told done, or an amount added or gained, right before "to reach"
_PAST_DEED_BEFORE_REACH = re.compile(
    r"(?<!\bbe\s)\b(?:(?:has|have|had)\s+)?(?:more\s+than\s+|nearly\s+|almost\s+|about\s+)?"
    r"(?:doubled|tripled|trebled|quadrupled|(?:grew|rose|increased|expanded|jumped|climbed|grown|risen)\s+"
    r"(?:more\s+than\s+|nearly\s+|almost\s+|about\s+)?[a-z]+fold)(?:\s+(?:since|over|in|during)\s+[^,.;:]{1,30}?)?\s*,?\s*$"
    r"|\b(?:added|gained)\s+(?:about\s+|some\s+|over\s+|nearly\s+|more\s+than\s+)?\d[\d.,]*"
    r"(?:\s*(?:%|thousand|million|billion))?(?:\s+[a-z]+){0,3}\s*$",
    re.I,
)
_PAST_CHANGE_BY_BEFORE = re.compile(
    # ("must be increased by 5% to reach": a passive after a modal is no past deed)
    r"(?<!\bbe\s)\b(?:[a-z]+ed|rose|grew|fell|risen|grown|fallen)\s+(?:[a-z]+\s+){0,2}?by\s+(?:[a-z]+\s+)?"
    r"\d[\d.,]*\s*(?:%|percent|per\s+cent|times)?"
    # ("grew by 20% in the first half of 2023 to reach $13.6 billion": the span of the change between)
    r"(?:\s+(?:in|over|during)\s+(?:the\s+)?(?:[a-z]+\s+){0,4}?(?:of\s+)?(?:(?:19|20)\d\d|year))?\s*,?\s*$",
    re.I,
)
_ALLOCATED = {"allocated", "provided", "earmarked", "envisaged", "foreseen", "budgeted"}
# "56% of this year's budget is directed to the social sector": money sent to a use, a budget line
_DIRECTED = {"directed", "channelled", "channeled"}
# "earlier commitments are covered with 99.4 billion", "the works are financed from the local budget
# with 3 billion": money a budget puts to a use, a budget line like "is provided"
_FUNDED = {"covered", "financed", "funded"}
_FUNDED_BY = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,6}?(?:with|by)\s+(?:a\s+total\s+of\s+|some\s+|about\s+)?(?:US\$|\$|₸|KZT\s?)?\d",
    re.I,
)
_TO_A_USE = re.compile(r"\s+(?:to|towards|into|for)\b")
# "26% of the income is provided by transit traffic": where a share comes from, no budget line
# ("is provided by the republican budget" stays one)
_PROVIDED_BY_OTHER = re.compile(
    r"\s+by\s+(?!(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}(?:budgets?|funds?|government|state|reserve|akimats?|ministry|bank|investors?)\b)",
    re.I,
)
_CARRYING_OUT_OF = re.compile(r"\b(?:implementation|implementing|fulfil?ment|fulfilling|execution)\s+$", re.I)
_REFERENCE_BEFORE = {"the", "its", "their", "own", "our", "all"}  # "17% of all planned admissions"
_REFERENCE_VERBS = set(
    "exceeding exceeded exceeds above below over of than beat beating outrun outran surpassing "
    "surpassed under against "
    # "35 projects reached the planned capacity": the adjective names what was reached, no plan
    "reached reaching achieved attained".split()
)
_AUXILIARIES = {"were", "was", "been", "has", "have", "had", "are", "is"}
# what was committed, named as an object: money or funding, not "to" a goal
_COMMITTED_WHAT = re.compile(
    r"\s+(?:(?:their|its|the|a|an|additional|extra)\s+)?(?:co-?financing|co-?funding|financing|funding|funds|money)\b",
    re.I,
)
# "being" before a word of wear tells a state, not works going on
_WORN_STATE = re.compile(r"\s+(?:worn|obsolete|outdated|dilapidated|idle|unused|vacant|depreciated)\b", re.I)
# who "will harvest" an outcome nobody schedules: a country, a region or its farmers
_GROWERS = frozenset("kazakhstan country republic region regions farmers farms growers agrarians".split())
# nouns of works done to reach a goal ("owing to reconstruction of 401 channels")
_WORKS_NOUNS = frozenset(
    "reconstruction construction modernization modernisation digitalization digitalisation repair repairs "
    "renovation building creation introduction implementation expansion upgrading".split()
)
# a participle of money or works set for later, after "had been"
_PLAN_PARTICIPLE_NEXT = re.compile(r"\s+(?:planned|scheduled|earmarked|envisaged|foreseen)\b", re.I)
_FIGURE_BEFORE = re.compile(r"[\d%]\s*$")  # "17% of planned ...": a figure right before "of"
# "nearly one million rural residents will ...": a figure counting the subject right before the modal
_COUNTED_SUBJECT_BEFORE = re.compile(
    r"(?:(?<![\d.,])(?!(?:19|20)\d\d\b)\d[\d.,]*|\b(?:hundred|thousand|million|billion))"  # (not a year: "From 2026 each")
    r"(?:\s+(?!(?:will|would)\b)[A-Za-z'-]+){1,4}\s+$",
    re.I,
)
_WAITING = set("wait waits waited waiting days weeks months years hours long longer".split())
# Verbs that revise a forecast, plan or goal: what follows is still that forecast's, plan's or goal's.
_REVISIONS = set(
    "moved raised lifted lowered revised cut upgraded downgraded changed adjusted increased reduced".split()
)
_REVISED = {"forecast", "plan", "target"}
_WORD = re.compile(r"[a-z]+")
_NEXT_WORD = re.compile(r"\s+([a-z]+)")
_INTEND = {"intend", "intends", "intended"}
# "intends to attract 720 billion of investment": money others are to bring in is aimed at, a goal
_ATTRACT = {"attract", "draw"}
# before "to raise ... to X", words that make it no purpose: "decided to raise the rate to 16%" (a decision),
# "is to bring heat to 41,500 residents" (a scheduled act)
_NOT_PURPOSE = {
    "decided",
    "agreed",
    "voted",
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "used",
    "able",
}
_LEVEL_VERBS = {"bring", "lift", "raise", "increase", "boost", "cut", "reduce", "lower"}
_LEVEL_PARTICIPLES = frozenset("brought lifted raised increased boosted cut reduced lowered".split())
# after such a participle, the level it is to reach: "reduced by half from 20.3% to 9.5%", "increased to 70%"
_PASSIVE_TO_A_LEVEL = re.compile(
    # (a comma may close a word: "must be cut by half this year, from 20.3% to about 9.5%")
    r"(?:\s+(?!to\b)(?:\d[\d.,]*%?|[\w’'-]+),?){0,8}?\s+(?:down\s+|up\s+)?to\s+(?:the\s+level\s+of\s+)?"
    r"(?:(?:about|around|at\s+least|no\s+less\s+than)\s+)?(?:US\$|\$|₸)?\d"
)
# (a word between may be a number: "to raise the share by 2.8 times to 15 percent")
_TO_A_LEVEL = re.compile(
    # ("intends to lift output by 26%, to 141.2 billion kWh": a change told before the level, set off by a comma)
    r"(?:\s+(?!to\b)(?:\d[\d.,]*\d(?:%,)?|\d%,|[\w’'-]+)){1,8}\s+(?:down\s+|up\s+)?to\s+(?:the\s+level\s+of\s+)?(?:US\$|\$|₸)?\d"
)
# "with the purpose to cut losses by 30 percent", "in order to reduce it by a quarter": a change a
# purpose named as such aims at is a goal as much as a level is
_PURPOSE_WORDS = {"purpose", "order"}
# "The key is to raise ...", "the priority is to bring ...": a goal named by what matters most
_AIM_NOUNS = {"key", "priority", "challenge", "mission"}
_AIMED_VERBS = {*_LEVEL_VERBS, "reach", "double", "triple", "halve"}
_BY_A_CHANGE = re.compile(
    r"(?:\s+(?!by\b)[\w’'-]+){1,8}\s+by\s+(?:about\s+|almost\s+|nearly\s+|at\s+least\s+)?\d"
)
_FULFILLED_BEFORE = re.compile(r"\b(?:fulfil|overfulfil|exceed)\w*\s+(?:[\w-]+\s+){0,2}$", re.I)
_MODALS = {"will", "would", "should"}
# what makes "was set" a decision: "set to", "set at 2,000 tenge", "set aside" (not "set at the stadium")
_SET_WHAT = re.compile(
    r"\s+(?:\w+ly\s+)?(?:(?:to|for|aside|as|out|up|by|under|within)\b|at\s+(?!(?:the|a|an|its|their|this)\b))"
)
_SET_TO_CHANGE = re.compile(r"\s+(?:\w+ly\s+|also\s+)?to\s+([a-z]+)")
_DRIFTS = {"grow", "fall", "decline", "slow", "accelerate", "climb", "exceed", "surpass"}
_SERVED_NOW = set("subsidized subsidised paid served treated trained employed taught supported".split())
_PROGRESSIVE_AUXILIARIES = {"is", "are", "been"}
# "tasked / entrusted with bringing ...": a task given, whose level is a goal
_GIVEN_A_TASK = frozenset(("tasked", "entrusted"))
_RAISING = set("raising lifting increasing boosting cutting reducing lowering".split())
_SHARE_VERBS = {"account", "make", "represent", "constitute", "comprise"}
# "with 1,000 projects set for implementation in 500 villages": the participle alone, after what it
# schedules, and a noun of works done ahead ("a record set for the decade" is no such work)
_SET_FOR_WORKS = re.compile(
    r"\s+(?:implementation|construction|completion|commissioning|launch|opening|repair|reconstruction|release)\b",
    re.I,
)
# "decided to build 12 schools": a decision to act is a plan; a rate decided ("decided to raise the base
# rate to 16.5%") is in force from the decision and keeps its reading (actual)
_DECIDED = frozenset(("decided", "decides", "decide"))
# the acts "was/were to" schedules ("the region was to build 20 schools, but only 15 were completed"),
# not "growth was to a large extent" nor "was to be expected" (the "to be" pair)
_ACTS_DUE = frozenset(
    "build construct open commission repair reconstruct create launch plant lay deliver hand purchase buy "
    "install connect implement complete renovate modernize modernise receive employ".split()
)
_RATE_DECIDED = re.compile(r"(?:\s+(?!rates?\b)[\w’'-]+){1,5}?\s+rates?\b", re.I)
# "the Bank projects inflation to be in the range of 9-11%": "projects" as a verb after who forecasts
# and before what it puts at a level ("the bank's 12 projects" stay works)
_PROJECTS = frozenset(("projects", "project"))
_FORECASTERS = frozenset(
    "bank ministry fund imf government regulator economists analysts agency it he she they also now".split()
)
_PROJECTED_LEVEL = re.compile(
    r"\s+(?:[\w’'-]+\s+){1,4}?(?:to\s+(?:be|reach|grow|rise|fall|slow|remain|stay|decline|exceed|increase|decrease"
    r"|accelerate|average)|at)\b",
    re.I,
)
# "ensure that growth reaches at least 3%", "ensuring GDP growth of no less than 4%": a level someone
# must secure is a goal ("the measures ensured that 95% of villages were connected" is an outcome told
# done, and "ensure heating for 12,000 homes" a service, with no level to reach)
# "infrastructure", "the medical infrastructure", "water supply networks", "roads": things worked on
_WORKS_OBJECT = re.compile(
    r"\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:infrastructure|facilities|networks|roads|buildings|clinics|hospitals"
    r"|schools|housing)\b",
    re.I,
)
_ENSURE = frozenset(("ensure", "ensures", "ensuring"))
_ENSURED_LEVEL = re.compile(
    r"\s+(?:that\b|(?:[\w’'-]+\s+){0,8}?(?:at\s+least|no\s+less\s+than|not\s+less\s+than|not\s+lower\s+than"
    r"|not\s+below)\b)",
    re.I,
)
# "It is expected to open / build / commission ...": a deed someone does, not an outcome that comes
_TO_AN_ACT = re.compile(
    r"\s+to\s+(?:open|build|construct|commission|launch|create|put|repair|reconstruct|allocate|implement|install"
    r"|lay|plant|introduce|complete|finish|provide|hold|adopt|purchase|buy|connect|modernize|modernise)\b",
    re.I,
)
# an act that builds, opens or buys ("expects to put into operation 200 schools"), not an outcome
# ("expects to finish the year with", "to hold inflation within 10%", "to provide service to")
_TO_A_WORK = re.compile(
    r"\s+to\s+(?:open|build|construct|commission|launch|put\s+into|repair|reconstruct|install|lay|plant|purchase|buy"
    r"|connect|modernize|modernise)\b",
    re.I,
)
# "suggests allocating 25% of quotas": a proposal of an act ("the data suggests that ..." is no proposal)
_SUGGEST = frozenset(("suggest", "suggests", "suggested"))
_SUGGESTED_ACT = re.compile(
    r"\s+(?:allocating|building|constructing|raising|increasing|introducing|creating|spending|directing|opening"
    r"|reducing|cutting|setting|giving|providing|extending|lowering)\b",
    re.I,
)
_SET_AUXILIARIES = {"is", "are"}  # "is also set to begin in 2026": still "is set"
_PAIR_ADVERBS = {"also", "further", "then", "thus", "significantly", "greatly", "likely", "still"}
Cue = tuple[int, int, str, bool]  # start, end, kind, verbal ("will", "were planted") or a noun ("plan")
# Cue words that are nouns: after a figure they name a reference ("97.3% of the plan"), not a kind.
_NOUN_CUES = set(
    "task tasks goal goals target targets instruction instructions objective commitment plan plans "
    "forecast forecasts estimate estimates outlook scenario scenarios".split()
)


def _names_the_measure(text: str, cue: Cue) -> bool:
    """The cue names what was revised: a noun ("the forecast was raised") or a word after a
    determiner ("the expected corridor"); not "as planned, output was increased"."""
    before = text[: cue[0]].split()
    return not cue[3] or (bool(before) and before[-1].lower() in _GOAL_DETERMINERS)


# "the forecast is premised on oil at $45", "the forecast was made at 360 tenge per dollar": what a
# forecast assumes is part of the forecast, not a price or rate recorded ("premised" assumes whatever
# its subject is; "based / made / calculated on" only after a forecast's noun)
_ASSUMING = frozenset(("premised", "based", "made", "calculated", "built"))
# what is assumed: a price, a rate or a figure ("based on data for 2025, when output was ..." assumes none)
_ASSUMED_ON = re.compile(
    r"\s+(?:on|upon|at)\s+(?:[\w’'-]+\s+){0,4}?(?:prices?|rates?|oil|barrel|(?:US)?\$|(?!(?:19|20)\d\d\b)\d)",
    re.I,
)
_FORECAST_NOUNS = frozenset(
    "forecast forecasts projection projections outlook scenario scenarios estimate estimates".split()
)


def _assumption_of_a_forecast(text: str, word: str, end: int, cues: list[Cue]) -> bool:
    """'is premised on', or a forecast's noun at most four words before 'was made at'."""
    if word not in _ASSUMING or not _ASSUMED_ON.match(text, end):
        return False
    if word == "premised":
        return True
    if not cues or cues[-1][2] != "forecast" or cues[-1][3]:
        return False
    noun = text[cues[-1][0] : cues[-1][1]].lower()
    return noun in _FORECAST_NOUNS and len(text[cues[-1][1] : end].split()) <= 4


def _same_phrase(between: str) -> bool:
    """At most eight words and no clause break between a forecast and the 'to reach' after it
    ("expects traffic for 2024 as a whole to reach": the object may carry its own span, +ps43en)."""
    return len(between.split()) <= 8 and not any(mark in between for mark in ",;:")


# a sentence opening on the rule it tells ("Under the rules, ...", "Under the law ...")
_UNDER_A_RULE = re.compile(
    r"\s*(?:Under|According\s+to|In\s+line\s+with)\s+(?:the\s+)?(?:current\s+|new\s+|existing\s+)?"
    r"(?:rules?|law|regulations?|legislation|code|decree)\b"
)
# ("Under the rules, the cap may be raised to 40%": a change the rule may see, still an outlook)
_MAY_BE_CHANGED = re.compile(r"\s+(?:not|have|be)\b")
# "may (also) apply for / obtain / receive ...": what someone is entitled to, not a possible outcome
_CAP_MODALS = {"may", "must", "shall"}
_CAPPED = re.compile(r"\s+not\s+(?:be\s+(?:higher|more|lower|less|greater)\s+than|exceed|surpass)\b", re.I)
_ENTITLED = re.compile(
    r"\s+(?:also\s+|still\s+|now\s+)?(?:apply|obtain|receive|get|claim|borrow|qualify|count\s+on|take\s+out)\b",
    re.I,
)


# "growth ... is fixed at 6.2%", "in waste collection it is fixed at 6.2%" (the growth): a change
# recorded, as translated news renders "зафиксирован"; a price or rate "is fixed at" stays set
_CHANGE_NOUN = r"\b(?:growth|rise|increase|decrease|decline|drop|slowdown|dynamics)"
RECORDED_CHANGE = re.compile(
    rf"{_CHANGE_NOUN}\s+(?:\w+\s+)?(?:(?:is|are)\s+)?$|{_CHANGE_NOUN}\b(?:[^.;]|(?<=\d)\.(?=\d)){{0,120}}\bit\s+(?:is\s+)?$",
    re.I,
)


# what "it is important / necessary to" may lead to that sets no goal: a remark on what follows
_REMARKS_TO_MAKE = frozenset(
    "note mention stress emphasize emphasise say add recall remember underline point highlight".split()
)
_REMARK_VERBS = frozenset(
    "noted said mentioned recalled reminded stressed emphasized emphasised added underlined".split()
)
# "due to strong dynamics", "due to the floods", "due to increased output": a cause; "due to open
# in 2026", "due to be completed": an act scheduled (a verb's base after "to")
_CAUSE_AFTER_DUE = re.compile(
    r"\s+to\s+(?:(?:the|a|an|this|that|these|those|its|their|his|her|our|high|higher|low|lower|strong|weak|"
    r"good|poor|bad|favourable|favorable|unfavourable|unfavorable|new|large|lower|rising|growing|falling|"
    r"several|many|various)\b|[a-z]+(?:ing|ed|ion|ions|ment|ments|ity|ness|[^s\W]s)\b)",
    re.I,
)


# what an act is expected to do to a level: "which should raise / bring / lift ... to 61.8%"
_EFFECT_VERBS = frozenset("raise bring lift push boost reduce cut lower".split())


def find_cues(text: str) -> list[Cue]:
    """Every kind cue of a text, in order: 'task to bring' (target), 'plans' (plan),
    'expected' (forecast), 'were planted' / 'amounted' (actual)."""
    cues: list[Cue] = []
    cue_words, pairs, auxiliaries, nouns = _CUE_WORDS, _CUE_PAIRS, _AUXILIARIES, _NOUN_CUES
    word2 = word1 = ""  # the two words before this one, and where they start
    start2 = start1 = 0
    pending_target: Cue | None = None  # "target" waits for its next word: "target range" is no cue
    pending_reference: Cue | None = None  # "exceeding the target [of] 19.2 million": only "of" keeps it
    pending_bringing: int | None = (
        None  # "bringing the total to" (actual) or "bringing its volume to" (target)
    )
    goal_subject: tuple[int, int] | None = None  # where "the goal" stood, and the words read since
    acts_on_next = _ACTS_ON_NEXT
    idle = True  # nothing pending (the four above): one test per word instead of four
    for match in _WORD.finditer(text.lower()):
        word = match.group()
        if idle and word not in _ACTIVE_WORDS and word1 not in acts_on_next and word[-2:] != "ed":
            # most words: no cue, no pair, nothing pending; only the two-word window moves on
            word2, start2, word1, start1 = word1, start1, word, match.start()
            continue
        start, end = match.span()
        if word == "may" and text[start] == "M":
            word = "month"  # the month, not the verb
        elif word == "planning" and start and text[start] == "P" and not text.startswith(" to ", end):
            word = "Planning"  # a name's word: "the Agency for Strategic Planning and Reforms" plans nothing
        elif word == "plan" and word1 in ("can", "could") and _ARTICLE_AFTER.match(text, end):
            # "families can plan a holiday": what people are able to arrange, no plan of anyone's
            # figures (+fs42en)
            word = "arrange"
        if pending_target:
            # ("target transfers", a rendering of "целевые трансферты": money sent for a set use)
            if word not in ("range", "transfer", "transfers"):
                cues.append(pending_target)
            pending_target = None
        if pending_reference:
            if word == "of":
                cues.append(pending_reference)
            pending_reference = None
        if pending_bringing is not None and word != "the":
            # "bringing its volume / the share to X" sets a goal; "bringing the total to X" is a result
            kind_of_result = "target" if word in _GOAL_MEASURES else "actual"
            if (
                kind_of_result == "target"
                and (following := _NEXT_WORD.match(text, end))
                and following[1] == "total"
            ):
                kind_of_result = (
                    "actual"  # "284 hotels appeared, bringing their total number to 4,000": a result
                )
            if kind_of_result == "target" and _DEED_DONE_BEFORE_BRINGING.search(
                text, max(0, pending_bringing - 120), pending_bringing
            ):
                # "This year the city bought 422 new buses, bringing the number of vehicles in service
                # to 1,749": the level a deed done has brought a measure to is a result, not a goal
                kind_of_result = "actual"
            cues.append((pending_bringing, end, kind_of_result, True))
            pending_bringing = None
        if word == "bringing" and word1 != "of" and not (word1 == "with" and word2 in _GIVEN_A_TASK):
            # "the task of bringing 95 percent", "have been tasked with bringing trade to $10 billion":
            # the task speaks
            pending_bringing = start
        if goal_subject is not None:
            goal_start, words_since = goal_subject
            # ("In 2017, our objective will be to attract 350 billion": the goal told ahead)
            if word in _GOAL_VERBS or (
                word == "be" and word1 in ("will", "would") and _goal_told_ahead(text, end)
            ):
                cues.append((goal_start, end, GOAL, False))  # "the goal (of the national project) is"
                goal_subject = None
            else:
                goal_subject = (goal_start, words_since + 1) if words_since < _GOAL_REACH else None
        if word in _GOAL_SUBJECTS and word1 in _GOAL_DETERMINERS:
            goal_subject = (start, 0)
        pair = pairs.get((word1, word))
        if pair == "target" and word == "to" and word1 in ("necessary", "important"):
            following = _NEXT_WORD.match(text, end)
            if following and following[1] in _REMARKS_TO_MAKE:
                pair = None  # "It is important to note that 40% was spent": a remark, nothing aimed at
        if pair == "forecast" and word == "harvest" and word2 not in _GROWERS:
            pair = None  # "the ministry will harvest 2 million tons of seed for the reserve": an act planned
        if pair == "forecast" and word1 == "will" and word == "improve" and _WORKS_OBJECT.match(text, end):
            # "will improve medical infrastructure in 650 rural settlements": works a project does,
            # scheduled (not "will improve the incomes of 1.8 million people", an outcome) (+fs30en)
            pair = "plan"
        if pair == "plan" and word1 == "working" and word2 not in ("is", "are"):
            pair = None  # "the scheme worked well; working out a budget took months": no act under way
        if pair == "plan" and word1 == "looking" and word2 not in ("is", "are", "be", "been"):
            pair = None  # "Looking into the data, analysts found ...": no act intended
        if word == "targeted" and pair and not text.startswith(" to ", end):
            pair = None  # "aid is targeted at 3,000 families": whom it serves, no goal
        if pair == "plan" and word1 == "designed":
            following = _NEXT_WORD.match(text, end)
            if following and following[1] in _LEVEL_VERBS:
                pair = "forecast"  # "designed to lift output by 12 million tonnes": an expected effect
        if pair is None and word1 in ("should", "would") and word2 == "which" and word in _EFFECT_VERBS:
            # "128 settlements are to be connected, which should raise gasification to 61.8%": what an
            # act told before is expected to bring about, no goal of anyone's (+fs39en)
            pair = "forecast"
        if pair is None and word == "to" and word1 in _DECIDED and not _RATE_DECIDED.match(text, end):
            pair = "plan"  # "the akimat decided to build 12 schools": an act decided, still to be done
        if pair is None and word == "to" and word1 in ("was", "were"):
            following = _NEXT_WORD.match(text, end)
            if following and following[1].lower() in _ACTS_DUE:
                pair = (
                    "plan"  # "last year the region was to build 20 schools": an act scheduled then (+pb44en)
                )
        if pair is None and word == "for" and word1 == "set" and _SET_FOR_WORKS.match(text, end):
            pair = "plan"  # "1,000 projects set for implementation": work scheduled, told by the participle
        if pair == "plan" and word1 == "supposed":
            following = _NEXT_WORD.match(text, end)
            if following and following[1] in _DRIFTS:
                pair = "forecast"  # "exports are supposed to grow by 5%": a change nobody decides, expected
        if pair == "plan" and word == "set" and word1 in _SET_AUXILIARIES:
            following = _SET_TO_CHANGE.match(text, end)
            if following and following[1] in _DRIFTS:
                # "freight flows are set to grow fivefold": a change nobody decides, expected; "stipends
                # are set to increase" is someone's decision and stays a plan
                pair = "forecast"
        if pair == "plan" and word == "considering" and word1 in ("was", "were"):
            following = _NEXT_WORD.match(text, end)
            if following is None or following[1][-3:] != "ing":
                pair = None  # "the court was considering 1,200 cases": work done then, no act intended
        if pair == "plan" and word1 in ("agreed", "agrees"):
            following = _NEXT_WORD.match(text, end)
            if following and following[1] in _LEVEL_VERBS:
                pair = None  # "agreed to raise trade to $35 billion": a level aimed at, read as before
        if pair == "plan" and word == "set" and word1 in ("was", "were") and not _SET_WHAT.match(text, end):
            pair = "actual"  # "274 records were set between 1972 and 1991": done ("was set at", "were set to" plan)
        if (
            pair == "plan"
            and word == "fixed"
            and word1 in ("is", "are")
            and RECORDED_CHANGE.search(text, max(0, start - 160), start)
        ):
            pair = "actual"  # "The positive growth is fixed in 14 regions": recorded (зафиксирован), no level set
        if pair == "plan" and word == "be" and word2 in _WAITING:
            pair = None  # "wait longer than 20 days to be admitted": no scheduled action
        if (
            pair == "plan"
            and word == "to"
            and word1 == "going"
            and (
                word2 not in _BE_FORMS
                or (following := _NEXT_WORD.match(text, end)) is None
                or following[1] in _NOT_AN_ACT
            )
        ):
            # "prices kept going to new highs", "4 billion is going to 5,489 families": no future of
            # "be going to" with a verb after it
            pair = None
        if (
            pair == "forecast"
            and word1 == "estimated"
            and ((following := _NEXT_WORD.match(text, end)) is not None and following[1] in ("have", "be"))
        ):
            # "are estimated to have added $625,000": an estimate of what happened; "is estimated to
            # be" a reading of a level, the cue before decides
            pair = None
        if (
            pair == "forecast"
            and word1 in ("estimated", "estimate", "estimates")
            and word == "that"
            and (told := _ESTIMATED_STATE_AFTER.match(text, end)) is not None
            and not _MODAL_WORD.search(told.group())
        ):
            # "the ministry estimated that cities were short of at least 84 landfills": an
            # estimate of how things stood, not of what is to come (+fs42en)
            pair = None
        if pair == "forecast" and word == "able":
            if word2 in ("will", "would") and _COUNTED_SUBJECT_BEFORE.search(
                text, max(0, start2 - 80), start2
            ):
                if cues and cues[-1][0] == start2:
                    cues[-1] = (start2, end, pair, True)  # the modal's cue read as the whole "will be able"
                    pair = None
            else:
                pair = None  # "entrepreneurs will be able to borrow up to 5 million": what a rule allows
        if word == "reach" and word1 == "to" and word2 in _FELL_SHORT:
            pair = "actual"  # "output failed to reach 2 million tonnes": what happened, no goal
        elif (
            word == "reach"
            and word1 == "to"
            # ("grew by 20% in the first half of 2023 to reach": the span's last word before "to")
            and (word2 == "by" or word2 in ("of", "year", "in"))
            and _PAST_CHANGE_BY_BEFORE.search(text, max(0, start1 - 64), start1)
        ):
            pair = None  # "exports grew by 5% to reach $3 billion", "were fulfilled by 99.6% to reach": the result
        elif (
            word == "reach"
            and word1 == "to"
            and _PAST_DEED_BEFORE_REACH.search(text, max(0, start1 - 80), start1)
        ):
            pair = None  # "has more than tripled since 2018 to reach", "added 5.5 thousand visitors to reach": the result
        elif word == "reach" and word1 == "to" and word2 not in _CHANGE_BEFORE_REACH:
            pair = pair or "target"  # "to reach 70% by 2027"; "adding 10.1% to reach 2.5 trillion" is a level
        if (
            word1 == "to"
            and word2 in _INTEND
            and cues
            and cues[-1][0] == start2
            and (
                word == "reach" or word in _ATTRACT or (word in _LEVEL_VERBS and _TO_A_LEVEL.match(text, end))
            )
        ):
            # "intends to reach 50%", "intend to bring their trade to $10 billion": an intended
            # level is a goal; "intends to buy 400 buses" stays a plan
            cues[-1] = (start2, end, "target", True)
            pair = None
        if word == "be" and word1 in ("must", "should") and cues and cues[-1][0] == start1:
            following = _NEXT_WORD.match(text, end)
            if following and following[1] in _TELLING_PARTICIPLES:
                cues.pop()  # "It should be noted that 455 billion was attracted": a remark, no goal or plan
            elif following and following[1] in _REMARK_VERBS and word2 == "it":
                cues.pop()  # "It should be noted, ...": a remark of the writer's, nothing aimed at
            elif (
                following
                and following[1] in _LEVEL_PARTICIPLES
                and _PASSIVE_TO_A_LEVEL.match(text, following.end())
            ):
                pass  # "inflation should be reduced from 20.3% to 9.5%", "must be increased to 70%": a level aimed at
            elif following and (following[1][-2:] == "ed" or following[1] in IRREGULAR_PARTICIPLES):
                # "217 schools must be finished by the year-end": work scheduled, not a level aimed at
                cues[-1] = (start1, end, "plan", True)
        if word == "have" and word1 == "will" and not text.startswith(" access", end):
            pair = None  # "the line will have 18 stations": a design, planned; "will have access": an outcome
        kind = cue_words.get(word)
        if (
            word == "reached"
            and word1 == "be"
            and word2 in ("will", "would")
            and cues
            and cues[-1][0] == start2
            and any(cue[2] == "forecast" for cue in cues)
        ):
            # "the ministry expects that the forecasted harvest will be reached this year (20.5 mln
            # tonnes)": a level expected to be reached, as "will reach" is; not a level reached ("The
            # target will be reached: 300 schools were built" keeps its reading)
            cues.pop()
            cues.append((start2, end, "forecast", True))
            kind = None
        if word == "expected" and word1 in ("is", "was") and word2 == "it" and _TO_AN_ACT.match(text, end):
            kind = "plan"  # "It is expected to open 140 stations": officialese for what is planned
        if word in ("commit", "commits") and _COMMITTED_TO_AN_ACT.match(text, end):
            kind = "plan"  # "memorandums commit cooperatives to deliver 1,000 tons": a delivery undertaken
        if kind == "actual" and word == "hit" and word1 == "to":
            kind = None  # "is expected to hit a record 1.4 million hectares": an infinitive, nothing hit yet
        if word in ("expects", "expect") and _TO_A_WORK.match(text, end):
            kind = "plan"  # "the country expects to put into operation 200 schools": its own act, scheduled
        if (
            kind == "plan"
            and word1 == "which"
            and cues
            and cues[-1][2] == "target"
            and not cues[-1][3]
            and len(text[cues[-1][1] : start].split()) <= 8
        ):
            kind = "target"  # "the targets set in the programme, which envisioned 15.9 million sq m": the goal's content
        if word in _PROJECTS and word1 in _FORECASTERS and _PROJECTED_LEVEL.match(text, end):
            kind = "forecast"  # "the Bank projects inflation to be 9%": the verb, not works ("investment projects")
        if word in _ENSURE and _ENSURED_LEVEL.match(text, end):
            kind = "target"  # "will ensure that growth reaches at least 3%": a level to be secured, a goal
        if word in _SUGGEST and _SUGGESTED_ACT.match(text, end):
            kind = "plan"  # "the ministry suggests allocating 25% of quotas": a proposal, as "proposes" is
        if (
            kind == "forecast"
            and word in ("estimate", "estimates")
            and (
                word1 == "design"
                or (word1 == "and" and word2 == "design")
                or text.startswith(" documentation", end)
            )
        ):
            # "design and estimate documentation for 80 households was developed", "the development
            # of design estimates" (проектно-сметная документация): a works paper, no outlook
            kind = None
        if (
            kind == "forecast"
            and word in ("estimate", "estimates")
            and (
                text.startswith(" that ", end) or _ACCORDING_TO_BEFORE.search(text, max(0, start - 40), start)
            )
            and (told := _ESTIMATED_STATE_AFTER.match(text, end)) is not None
            and not _MODAL_WORD.search(told.group())
            and not _BY_A_YEAR.search(text, end)
            and not _ESTIMATE_OF_WHAT_IS_AHEAD.search(text)
        ):
            # "According to the latest official estimates, the country is home to 140-180 snow
            # leopards", "the ministry estimates that the country meets 80% of its demand": the source
            # of a reading of how things stand, no outlook
            kind = None
        if word == "recommended" and word1 in _GOAL_DETERMINERS:
            kind = None  # "the recommended daily intake is": a norm named, no proposal made
        if (
            (word == "may" and _ENTITLED.match(text, end))
            or (word in _CAP_MODALS and _CAPPED.match(text, end))
            # "Under the rules, regions may contract up to 50% of their demand": what a rule allows
            or (word == "may" and _UNDER_A_RULE.match(text) and not _MAY_BE_CHANGED.match(text, end))
        ):
            # "entrepreneurs may apply for loans of up to 20 mln", "that share may not be higher than
            # 10%": a rule in force, no forecast
            kind = None
        if kind == "target" and word in _ORDERS and _TO_ALLOCATE.match(text, end):
            kind = "plan"  # "instructed to allocate 380 billion": an allocation ordered, not a level aimed at
        if (
            word in _ALLOCATE_VERBS
            and (found := _PROPOSAL_TO.search(text, max(0, start - 48), start)) is not None
            and not (cues and cues[-1][1] > found.start())
        ):
            # "approved the proposal to additionally allocate 390 billion tenge": an allocation
            # proposed or decided, money set aside (plan); "in 2019 the city used the reserve to
            # allocate" keeps the past year's reading
            cues.append((found.start(), end, "plan", True))
        if (
            kind == "target"
            and word in _ORDERS
            and _UNDER_AN_ORDER.search(text, max(0, start - 40), start)
            # ("In line with the President's instruction to supply 100% of the population with
            # water, ...": the order's own level, a goal (+fs30en))
            and not _ORDERS_OWN_LEVEL.match(text, end)
        ):
            kind = (
                None  # "As part of this instruction, the bank acquired bonds for 180 billion": the verb tells
            )
        if word == "due" and (
            _BECAUSE_OF.match(text, end)
            or (text[:start].rstrip().endswith(",") and _TO_A_CHANGE.match(text, end))
        ):
            kind = None  # "grew by 8.2% due to an increased tax take": a cause, nothing scheduled
        if word == "committed" and word1 in ("have", "has", "had") and _COMMITTED_WHAT.match(text, end):
            # "akimats have committed co-financing for 551 facilities": money pledged and given, as
            # "have provided co-financing" tells, not a goal ("have committed to building", +ps41en)
            kind = None
        if word == "being" and word1 in ("was", "were"):
            kind = None  # "assistance was being provided to 274,000 people": what was going on, no plan
        elif word == "being" and _WORN_STATE.match(text, end):
            kind = None  # "despite 57% of its networks being worn out": a state now, no works under way
        elif word == "being" and word1 in ("is", "are"):
            following = _NEXT_WORD.match(text, end)
            if following and following[1] in _SERVED_NOW:
                # "19 routes are being subsidized this year", "3,000 patients are being treated": a
                # payment or service in force is how things stand (FORMAT.md), not work ahead
                kind = "actual"
        if word == "due" and _CAUSE_AFTER_DUE.match(text, end):
            kind = None  # "grew 2.3 percent due to strong dynamics in trade": a cause, nothing scheduled
        if word == "possible" and word1 == "it" and word2 == "make":
            pair = "forecast"  # "will make it possible to create 1,500 jobs": an expected outcome
        if (
            (pair == "target" or (pair == "plan" and word == "be" and word1 == "to"))
            and cues
            and cues[-1][2] == "forecast"
            and _same_phrase(text[cues[-1][1] : start1])
        ):
            # "expects it to reach", "expects the enrolment rate to reach", "projects inflation to be
            # 9%": the forecast speaks
            pass
        elif pair:
            if cues and cues[-1][0] == start1 and cues[-1][2] in ("plan", "forecast"):
                # "residents will have access": the pair, not its modal alone, is the cue after a figure
                cues[-1] = (start1, end, pair, True)
            elif not (cues and cues[-1][1] == start2 + len(word2)):
                # "expected to reach" stays a forecast; a noun's pair is no verb after a figure ("received
                # 1,200 proposals to improve the law": what was received)
                cues.append((start1, end, pair, word1 not in _PROPOSALS))
        elif kind:
            if (
                (
                    word1 in _REFERENCE_BEFORE
                    and word2 in _REFERENCE_VERBS
                    # "on the implementation of the task set by the President on employing 1 million":
                    # the goal carried out, not a reference an outcome is measured against
                    and not (
                        word in _GOAL_SUBJECTS and _CARRYING_OUT_OF.search(text, max(0, start2 - 24), start2)
                    )
                )
                or (
                    word1 == "of"
                    and word[-2:] == "ed"
                    and word not in nouns
                    and _FIGURE_BEFORE.search(text, 0, start1)
                )
            ):  # "17% of planned admissions", "of the planned coal": the adjective names a reference
                if word in nouns:
                    pending_reference = (start, end, kind, False)  # "exceeding the plan by 5%": a reference
                # else "93% of the planned coal": an adjective naming the reference
            elif word1 == "than":
                pass  # "more than scheduled"
            elif word in nouns and _FULFILLED_BEFORE.search(text, max(0, start - 40), start):
                pass  # "fulfilling the state plan by 101.2%": the plan is the reference of an outcome
            elif kind == "target" and word.startswith("target"):
                pending_target = (start, end, kind, False)
            elif word in _PASSIVE_NOUN_CUES and word1 in _BE_FORMS:
                cues.append((start, end, kind, True))  # "is forecast to be commissioned": the verb
            else:
                cues.append((start, end, kind, word not in nouns))
        elif (word == "pipeline" and word1 == "the" and word2 == "in") or (
            word == "board" and word1 == "drawing" and word2 == "the"
        ):
            cues.append((start2, end, "plan", True))  # "projects worth $44.5 billion are in the pipeline"
        elif word1 == "had" and word == "been" and _PLAN_PARTICIPLE_NEXT.match(text, end):
            pass  # "388 million tenge had been planned for this year": the participle's own cue tells
        elif word1 == "had" or (word1 == "already" and word2 == "had"):
            cues.append(
                (start1 if word1 == "had" else start2, end, "actual", True)
            )  # "had fallen", "had come"
        elif (
            word in _ALLOCATED
            and word1 in ("is", "are")
            and not (word == "provided" and _PROVIDED_BY_OTHER.match(text, end))
            or (word in _DIRECTED and word1 in ("is", "are") and _TO_A_USE.match(text, end))
            or (word in _FUNDED and word1 in ("is", "are") and _FUNDED_BY.match(text, end))
        ):
            cues.append(
                (start1, end, "plan", True)
            )  # "93 billion tenge is provided/allocated": a budget line
        elif (
            word == "to"
            and word1 in ("is", "are")
            # "the potential is 8 to 9 million tons": a range's "to", the words skip its number
            and text[start1 + len(word1) : start].isspace()
            and word2 not in cue_words
            # "is likely to exceed": the adverb's forecast, no "is to" of a plan
            and not (cues and cues[-1][2] == "forecast" and text[cues[-1][1] : start].isspace())
        ):
            following = _NEXT_WORD.match(text, end)
            # "monopolies are to reconstruct 69 km" (plan); "dry cargo is to account for 2.5 million
            # tons": the share a part will make up of an expected whole is an outcome (forecast)
            share = following is not None and following[1] in _SHARE_VERBS
            # "The key is to raise exports by 2.9 times": a level or change aimed at, as "the goal is"
            aimed = word2 in _AIM_NOUNS and following is not None and following[1] in _AIMED_VERBS
            cues.append((start1, end, "forecast" if share else "target" if aimed else "plan", True))
        elif word[-2:] == "ed" or word in IRREGULAR_PARTICIPLES:
            if (
                word in _REVISIONS
                and cues
                and cues[-1][2] in _REVISED
                and len(text[cues[-1][1] : start].split()) <= 3
                and _names_the_measure(text, cues[-1])
            ):
                pass  # "the expected corridor was moved up from 5.5-7.5%": still the forecast's figures
            elif word1 in auxiliaries and _assumption_of_a_forecast(text, word, end, cues):
                cues.append((start1, end, "forecast", True))  # "the forecast is premised on $45 oil"
            elif word1 in auxiliaries:
                cues.append((start1, end, "actual", True))  # "were planted", "has formed"
            elif word1 == "already" and word2 in auxiliaries:
                cues.append((start2, end, "actual", True))
        if (
            word1 == "to"
            and word in _LEVEL_VERBS
            and word2 not in cue_words
            and word2 not in _NOT_PURPOSE
            and (_TO_A_LEVEL.match(text, end) or (word2 in _PURPOSE_WORDS and _BY_A_CHANGE.match(text, end)))
            and not (cues and cues[-1][1] == start2 + len(word2))
        ):
            # "1,600 km of networks, to bring wear down to 40%": a level a purpose aims at is a goal
            # (not verbal: it speaks for no figure before it)
            cues.append((start1, end, "target", False))
        if word == "up" and word1 == "set" and cues and cues[-1][1] == start1 + 3:
            # "19 centres were set up": done ("is set to" stays a plan)
            if word2 in ("was", "were"):
                cues[-1] = (cues[-1][0], end, "actual", True)
            else:
                cues.pop()
        if (
            word in _RAISING
            and (
                word1 in _PROGRESSIVE_AUXILIARIES
                or (word1[-2:] == "ly" and word2 in _PROGRESSIVE_AUXILIARIES)
            )
            and _TO_A_LEVEL.match(text, end)
        ):
            # "has been gradually raising the pension to 70% of the minimum", "is lifting coverage to
            # 95%": a level worked towards and not yet reached is a goal
            cues.append((start1, end, "target", True))
        if (
            word in _WORKS_NOUNS
            and (word1 in ("through", "via") or (word1 == "to" and word2 in ("owing", "thanks")))
            and cues
            and cues[-1][2] in ("target", GOAL)
        ):
            # "It is targeted to cut losses by 4 sq km owing to reconstruction of 401 channels": the
            # works a goal is reached by are planned, as "by carrying out 86 projects" below
            cues.append((start, end, "plan", True))
        if word1 == "by" and word[-3:] == "ing" and cues and cues[-1][2] == "target":
            # "intends to lift the share to 60% by carrying out 86 projects": the means of a goal
            # are planned work
            cues.append((start1, end, "plan", True))
        idle = (
            pending_target is None
            and pending_reference is None
            and pending_bringing is None
            and goal_subject is None
        )
        if word in _PAIR_ADVERBS and (word1 in _MODALS or word1 in _SET_AUXILIARIES):
            continue  # "will also improve", "is also set to": the first word pairs with the one after the adverb
        word2, start2, word1, start1 = word1, start1, word, start
    if pending_target:
        cues.append(pending_target)
    if "put" in text:
        # "SK Construction put the three-year cost at 2.6 trillion": someone's estimate of what a
        # job will cost is money not yet spent, a plan ("statistics put trade at" stays a reading)
        estimates = [(m.start(), m.end(), "plan", True) for m in _COST_PUT_AT.finditer(text)]
        # "the ministry puts the economic effect of the project at 1.5 billion tenge": an effect
        # someone estimates is an expected outcome
        estimates += [(m.start(), m.end(), "forecast", True) for m in _EFFECT_PUT_AT.finditer(text)]
        if estimates:
            cues = sorted(cues + estimates)
    if "so that" in text:
        cues = _purpose_clause(text, cues)
    if "forecast" in text or "projection" in text or "estimates" in text:
        cues = _told_by_forecast(text, cues)
    if "ected" in text or "forecast" in text or "ated " in text:
        cues = _forecast_subject(text, cues)
    if (
        "believ" in text
        or "confident" in text
        or "convinced" in text
        or "posed that" in text
        or "umed that" in text
    ):
        cues = _believed(text, cues)
    if "arvest" in text or "yield" in text:
        cues = _harvest_outlook(text, cues)
    if ("will " in text or "would " in text) and (" for " in text or " to " in text):
        cues = _gain_for_people(text, cues)
    return cues


# "the new minimum wage will provide income growth for 1.6 million people": whom a measure's gain
# reaches is an expected outcome (forecast), as "will lead to higher incomes for" is; "will provide
# 5 billion tenge for grants" (no gain named between) stays a plan
_GAIN_FOR = re.compile(
    r"\b(will|would)\s+(?:also\s+)?(?:provide|ensure|bring|mean|give|secure)\s+(?:an?\s+)?(?:[a-z’'-]+\s+){0,2}?"
    r"(?:growth|increases?|rises?|raises?|gains?|higher\s+[a-z]+)\s+(?:in\s+(?:the\s+)?[a-z’'-]+\s+)?(?:for|to)\s+"
    r"(?:(?:about|around|over|some|nearly|almost|more\s+than|at\s+least)\s+)?\d",
    re.I,
)


def _gain_for_people(text: str, cues: list[Cue]) -> list[Cue]:
    modals = {m.start(1) for m in _GAIN_FOR.finditer(text)}
    if not modals:
        return cues
    return [(c[0], c[1], "forecast", c[3]) if c[2] == "plan" and c[0] in modals else c for c in cues]


# "the total harvest this year will make some 20 million tons", "the grain yield will be about 14
# centners": what a harvest comes to is an outcome nobody schedules, a forecast (FORMAT.md), as
# "should harvest" is; "the crops will be harvested from 15 million ha" (the area sown) stays a plan
_HARVEST_WILL = re.compile(
    r"\b(?:harvest|yield)s?\s+(?:[\w’'-]+\s+){0,3}?(will|would)\s+(?:(?:total|make|amount|reach|exceed|come)\b"
    r"|be\s+(?=(?:about|around|some|over|nearly|almost|roughly|at\s+least|up\s+to|\d)))",
    re.I,
)


def _harvest_outlook(text: str, cues: list[Cue]) -> list[Cue]:
    modals = {m.start(1) for m in _HARVEST_WILL.finditer(text)}
    if not modals:
        return cues
    return [(c[0], c[1], "forecast", c[3]) if c[2] == "plan" and c[0] in modals else c for c in cues]


# "we believe that we will be able to bring it down to 5%", "is confident the harvest will reach":
# what the speaker believes will happen is an outlook, not an act scheduled
_BELIEF = re.compile(
    r"\b(?:believes?|believed|(?:is|are|am|was|were)\s+(?:confident|convinced))\s+(?:that\s+)?"
    # "It is assumed that investment will amount to 1 billion": the same outlook, told impersonally
    r"|\bit\s+(?:is|was)\s+(?:assumed|presumed|supposed)\s+that\s+",
    re.I,
)
_BELIEF_REACH = 40  # the believed clause's subject: "we", "the economy", "inflation in 2026"
# "we believe the volumes can be increased up to 6.8 million": a bare "can/could" in the believed
# clause sets no cue of its own; what it says is possible is the outlook
_POSSIBLE_MODAL = re.compile(r"\b(?:can|could)\b", re.I)


def believed_before(text: str, at: int) -> bool:
    """'It is assumed that investment will amount to': an outlook someone holds opens the clause
    before text[at] (what someone will spend is otherwise a plan)."""
    return any(not any(m in text[found.end() : at] for m in ",;:") for found in _BELIEF.finditer(text, 0, at))


def _believed(text: str, cues: list[Cue]) -> list[Cue]:
    beliefs = [m.end() for m in _BELIEF.finditer(text)]
    if not beliefs:
        return cues
    # ("it is assumed that": its participle told no deed done)
    said = [(m.start(), m.end()) for m in _BELIEF.finditer(text)]
    cues = [c for c in cues if not any(start <= c[0] < end for start, end in said)]
    for at in beliefs:
        modal = _POSSIBLE_MODAL.search(text, at, at + _BELIEF_REACH)
        if (
            modal is not None
            and not any(m in text[at : modal.start()] for m in ",;:")
            and not any(c[0] == modal.start() for c in cues)
        ):
            cues = sorted([*cues, (modal.start(), modal.end(), "plan", True)])  # made an outlook below
    return [
        (c[0], c[1], "forecast", c[3])
        if c[2] == "plan"
        and text[c[0] : c[1]].lower() in ("will", "would", "can", "could")
        and any(
            at <= c[0] <= at + _BELIEF_REACH and not any(m in text[at : c[0]] for m in ",;:")
            for at in beliefs
        )
        else c
        for c in cues
    ]


_ARTICLE_AFTER = re.compile(r"\s+(?:an?|their|its|his|her|your|our)\s", re.I)
# the reported clause of "estimated that ..." up to its first figure, when its verb is a finite
# past or present of "be" or "have" ("cities were short of 84 landfills")
_ESTIMATED_STATE_AFTER = re.compile(
    r"[^\d.;]{0,80}?\b(?:were|was|are|is|had|has|have|stood|stands"
    # a present of how things stand: "the ministry estimates that the country meets 80% of its demand"
    r"|meets|covers|accounts|makes\s+up|exceeds|totals|numbers|employs|consumes|produces|remains|lacks"
    r"|needs|uses|holds|owns|serves|supplies)\b[^\d.;]{0,60}"
)
# "commit local cooperatives to deliver": whom an undertaking binds, then the act ("commit to fixed
# prices", "commits 0.15% of GDP to research" undertake no act)
_COMMITTED_TO_AN_ACT = re.compile(
    r"\s+(?:[\w-]+\s+){1,4}?to\s+(?:deliver|supply|build|invest|buy|purchase|provide|create|open|export|ship|sell)\b",
    re.I,
)
# an estimate of what is still ahead keeps its outlook: "this year's harvest", "over the next five years"
_ESTIMATE_OF_WHAT_IS_AHEAD = re.compile(
    r"\b(?:preliminary|this\s+year['’]s|next\s+year|(?:the\s+)?(?:next|coming)\s+(?:\w+\s+)?(?:years?|months?))\b",
    re.I,
)
_BY_A_YEAR = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b", re.I)  # a need by a date is ahead
_ACCORDING_TO_BEFORE = re.compile(r"\baccording\s+to\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}$", re.I)
_MODAL_WORD = re.compile(r"\b(?:would|will|could|should|may|might|must|to\s+be|going)\b", re.I)


# "the projected amount of wheat to be produced will stand at 16 million tons", "the expected
# harvest will be 21 million": a subject named as someone's projection makes the clause's "will"
# / "to be" an outlook, not a scheduled act
# (and a clause someone's estimate introduces: "the ministry estimated that each child would receive
# $150", as "estimated that $150 would be credited" reads, +ps41en)
_FORECAST_SUBJECT = re.compile(
    r"\b(?:the|its|this|their)\s+(?:projected|expected|forecast|anticipated|estimated)\s+(?=[a-z])"
    # ("estimated that the project would require 206.5 billion": a cost estimate stays a plan)
    r"|\b(?:estimated|estimates|projected|forecast|forecasts|calculated)\s+that\s+"
    r"(?![^.;,]{0,60}?\b(?:will|would)\s+(?:require|cost|need|take)\b)",
    re.I,
)
_FORECAST_SUBJECT_REACH = 80


def _forecast_subject(text: str, cues: list[Cue]) -> list[Cue]:
    subjects = [m.end() for m in _FORECAST_SUBJECT.finditer(text)]
    if not subjects:
        return cues
    kept = []
    for cue in cues:
        opening = next((at for at in subjects if at <= cue[0] <= at + _FORECAST_SUBJECT_REACH), None)
        if (
            opening is not None
            and cue[2] == "plan"
            and text[cue[0] : cue[1]].lower() in ("will", "would", "to be")
            and not any(mark in text[opening : cue[0]] for mark in (",", ";", " and ", " while "))
        ):
            cue = (cue[0], cue[1], "forecast", cue[3])
        kept.append(cue)
    return kept


# "According to the forecast, the deficit will be 2.7%", "..., the forecast says": a forecast the
# sentence cites as its source makes its bare "will" an outlook, not a scheduled act
_FORECAST_SOURCE = re.compile(
    # ("according to the national electricity generation forecast": up to three words name it)
    r"\baccording\s+to\s+(?:the\s+|its\s+|their\s+|[\w'’]+\s+)?(?:[\w'’-]+\s+){0,3}(?:forecasts?|projections?|estimates)\b"
    r"|\b(?:forecasts?|projections?)\s+(?:says?|shows?|suggests?|predicts?|assumes?)\b",
    re.I,
)


def _told_by_forecast(text: str, cues: list[Cue]) -> list[Cue]:
    if _FORECAST_SOURCE.search(text) is None:
        return cues
    return [
        (c[0], c[1], "forecast", c[3])
        if c[2] == "plan" and text[c[0] : c[1]].lower() in ("will", "would")
        else c
        for c in cues
    ]


# "promised to build 30 kindergartens so that by 2027 every child would have a place, bringing
# coverage to 100%", "cheap loans so that the herd can grow to 10 million head": what a purpose
# clause wants is a goal. After an expectation ("the work is expected to bring gas to 167,000
# residents, so that 11.4 million will have access") the clause tells its expected result instead.
_SO_THAT = re.compile(r"\bso\s+that\b")
_WORKS_CAN_START = re.compile(
    r"\s+(?:the\s+)?(?:construction|building|reconstruction|repairs?|works?|modernisation|modernization)\s+(?:of|on)\s"
    r"[^.;]{0,80}?\b(?:can|could|may)\s+(?:begin|start|commence|get\s+under\s*way)\b",
    re.I,
)


def _purpose_clause(text: str, cues: list[Cue]) -> list[Cue]:
    found = _SO_THAT.search(text)
    if found is None:
        return cues
    opening = found.start()
    if any(kind == "forecast" for start, _, kind, _ in cues if start < opening):
        return cues
    if _WORKS_CAN_START.match(text, found.end()):
        # "to allocate money this year so that construction of 194 facilities can begin": the works
        # the money starts are the plan's own, as "to start building 194 facilities" is (+ps41en)
        return cues
    kept = [
        (cue[0], cue[1], "target", cue[3])
        if cue[0] >= opening and text.startswith("bringing", cue[0])
        else cue
        for cue in cues
    ]
    return sorted([*kept, (opening, found.end(), "target", False)])


_EFFECT_PUT_AT = re.compile(
    r"\bput(?:s|ting)?\s+(?:the\s+|its\s+|their\s+|an?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:effect|effects|benefit|benefits|savings|return|returns|gain|gains|impact)(?:\s+[\w-]+){0,4}?\s+at\b",
    re.I,
)
_COST_PUT_AT = re.compile(
    r"\bput(?:s|ting)?\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w-]+\s+){0,3}?"
    # "the price tag of the new bypass at", "the investment needed at": the cost's own words may follow
    r"(?:cost|costs|price|price\s+tag|bill|investment|investments|budget)(?:\s+[\w-]+){0,4}?\s+at\b",
    re.I,
)


# Every word find_cues may act on (a cue, the second word of a pair, a participle, a word it
# waits for...); any other word, when nothing is pending and the word before is none of
# _ACTS_ON_NEXT, only moves the two-word window.
# "the proposal to (additionally) allocate 390 billion": an allocation decided (plan)
_ALLOCATE_VERBS = frozenset("allocate allot earmark".split())
_PROPOSALS = frozenset(("proposal", "proposals"))
_PROPOSAL_TO = re.compile(
    r"\b(?:proposals?|decisions?|initiatives?|requests?)\s+to\s+(?:[a-z]+ly\s+)?$", re.I
)
_ACTIVE_WORDS = frozenset(
    {*_CUE_WORDS, *(second for _, second in _CUE_PAIRS), *_GOAL_SUBJECTS, *_ALLOCATED, *_DIRECTED, *_FUNDED, *IRREGULAR_PARTICIPLES,
     *_PAIR_ADVERBS, *_LEVEL_VERBS, "reach", "possible", "pipeline", "board", "to", "bringing", "may",
     "be", "have", "up", "commit", "commits", *_WORKS_NOUNS, *_ATTRACT, *_RAISING, *_ALLOCATE_VERBS, *_SUGGEST, *_ENSURE, *_PROJECTS}
)  # fmt: skip
_BE_FORMS = frozenset("is are was were am be been".split())
_NOT_AN_ACT = frozenset(
    "the a an this that these those its their his her our about around over some more nearly almost".split()
)
# "failed to reach", "did not manage to reach": the level was not reached, an outcome
_FELL_SHORT = frozenset("failed fails fail managed unable".split())
# "had fallen", "already had come": the word after them is a cue; "by carrying out": a means
_ACTS_ON_NEXT = frozenset({"had", "already", "by"})


# ("a 10 percent uptick", "a 4% dip", "a 12% surge": the news wires' words for a change too)
CHANGE_AFTER = re.compile(
    r"^\s*(?:rise|increase|growth|decrease|drop|decline|jump|gain|reduction"
    r"|uptick|upturn|upswing|downturn|surge|slump|fall|dip|plunge|contraction)\b",
    re.I,
)
# "24% more", "10% lower", "four times more": comparisons only make a percentage or a multiplier a change.
PERCENT_CHANGE_AFTER = re.compile(r"^\s*(?:more|less|higher|lower|smaller|larger|bigger|greater)\b", re.I)
# "1.2 million tons more than in 2022", "0.3 million ha less than in 2017": an amount set against a
# base named right after it is the difference, a change ("more than 5 million" before it is a qualifier)
# ("335 billion tenge more against the current year plan", "more compared to 2024": the base said otherwise)
AMOUNT_MORE_THAN_AFTER = re.compile(
    r"^\s*(?:more|less|fewer|higher|lower)\s+(?:than|against|compared\s+(?:to|with)|versus)\b", re.I
)
# a count "more/fewer" than a base in time, its noun (and a verb) between
_COUNT_MORE_THAN_BASE = re.compile(
    r"^\s*(?:more|fewer|less)\s+(?:[^.;,()]{0,80}?\s)?(?:than|compared\s+(?:to|with))\s+(?:in\s+)?"
    r"(?:last\s+year|(?:19|20)\d\d\b|a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|last|past)\s+year"
    r"|the\s+same\s+period|(?:a|the)\s+(?:month|week)\s+(?:earlier|before))",
    re.I,
)
CHANGE_NOUN = re.compile(r"^(?:the\s+)?(?:growth|increase|rise|decrease|decline|reduction|change)\b", re.I)

# Words that end a noun phrase read to the right of a figure.
_STOP = set(
    """a an the were was are is be been being have has had will would can could should must may might
    in on at by for from to with and or but nor which that who whom whose where when per than as into
    across over under within during since until till through throughout this these those their its his
    her it they we he she him them us you each every annually yearly monthly daily weekly including worth according while
    if then so also already only not more less about around some all both other such same there here
    one two three respectively total totalling totaling""".split()
)
# Words that link a subject to its figure ("reserves [hit] 45.8 billion", "inflation [stood
# within the target range of] 8.6%"), stripped from the end of the text before a figure.
_LINK_WORDS = set(
    """amount amounts amounted amounting to stood stands stand at within in range of was were is are remained
    reached reach reaches hit hits totalled totaled total totals exceeded exceeds exceed made makes up by grew
    increased rose fell decreased equal equalled doubled tripled halved changed went from has have had
    constituted constitutes accounted for estimated valued worth tune marking the a an more than over about almost nearly
    around approximately least less some target - – — : us$""".split()
)
_CONJUNCTIONS = {"and", "or", "but", "while", "whereas", "with"}
# Stop words to the right of a figure ("5 tonnes monthly") but part of a subject before it
# ("Monthly inflation stood at 0.7%"): monthly and annual rates are different measures.
_RATE_ADJECTIVES = frozenset({"monthly", "yearly", "daily", "weekly", "quarterly"})
_REPORTING = {
    "said", "says", "told", "noted", "stated", "added", "reported", "announced",
    "stressed", "emphasized", "emphasised", "underlined", "explained", "recalled",
}  # fmt: skip
REPORTING_VERBS = frozenset(_REPORTING)  # a telling, no deed: "This was reported by ..." (plan_lead)
# A deed that names what its figure measures when the clause's subject is the doer ("the region
# saved 108 billion tenge": the saving, not the region nor the speaker who told it)
_DEED_NOUNS = {
    "saved": "savings",
    "spent": "spending",
    "invested": "investment",
    "earned": "earnings",
    "exported": "exports",
    "imported": "imports",
    "disbursed": "disbursement",
}
_DEED_BEFORE = re.compile(
    r"\b(?P<verb>"
    + "|".join(_DEED_NOUNS)
    + r")(?:\s+(?:about|around|over|nearly|almost|some|more\s+than))?\s*$",
    re.I,
)
_DEED_FOR = re.compile(r"\s+(?:on|for|into)\s")  # (not "in": "earned 5 billion in May" is its time)
_TIME_TAIL = re.compile(r"\s+(?:last|this|next|past|previous)\s+(?:year|month|quarter|week)\b.*$", re.I)
_CLAUSE_MARKS = (", ", "; ", ": ", " - ", " – ", " — ")
# Up to the end of the last clause mark: one backward regex scan instead of a search per mark
# (no two marks can start at the same place, so the last to start is the last to end).
_UP_TO_LAST_CLAUSE_MARK = re.compile(".*(?:" + "|".join(map(re.escape, _CLAUSE_MARKS)) + ")", re.S)
_TOKEN = re.compile(r"[\w’'()\-./&]+")
_OF_WHICH = re.compile(r"^\s+of\s+(?:which|whom|them|these|those)\b", re.I)


_QUALIFIER_PHRASES = {
    **dict.fromkeys(["more than", "over", "above", "in excess of", "exceeds", "exceeded", "exceeding", "exceed",
                     "surpassed", "surpasses"], "more than"),
    **dict.fromkeys(["not less than", "at least", "no less than", "minimum of"], "at least"),
    **dict.fromkeys(["about", "around", "approximately", "approx.", "roughly", "some", "circa", "an estimated",
                     "estimated"], "about"),
    **dict.fromkeys(["almost", "nearly", "close to", "just under"], "almost"),
    **dict.fromkeys(["up to", "at most", "no more than", "not more than", "maximum of"], "up to"),
    **dict.fromkeys(["less than", "under", "below", "fewer than"], "less than"),
}  # fmt: skip
# Every phrase ends in one of these words: most figures' words end in none, which spares the
# lookups of their last three, two and one words.
_QUALIFIER_LAST_WORDS = {phrase.split()[-1] for phrase in _QUALIFIER_PHRASES}
# A character class, not str.translate: blanking by regex is several times faster on short text.
_CURRENCY_SIGNS = re.compile("[" + re.escape(PREFIX_SIGNS) + "]")


def _tail_words(left: str, count: int = 6) -> list[str]:
    """The last words before a figure, lower-cased, currency signs dropped."""
    return _CURRENCY_SIGNS.sub(" ", left[-48:]).lower().replace("us ", " ").split()[-count:]


def _ending_qualifier(words: list[str]) -> tuple[str | None, int]:
    """The qualifier the words end with (longest phrase first) and how many words it takes."""
    if words and words[-1] == "the":
        words = words[:-1]
    if not words or words[-1] not in _QUALIFIER_LAST_WORDS:
        return None, 0
    for size in (3, 2, 1):
        if len(words) >= size:
            name = _QUALIFIER_PHRASES.get(" ".join(words[-size:]))
            if name:
                return name, size
    return None, 0


# verbs whose "up by" / "down by" names an agent or a breakdown, not a change
_PHRASAL_UP_DOWN = frozenset(
    "set back make makes take takes put puts sum sums break breaks broke split pick picks step steps "
    "shut close closes open opens build builds pay pays add adds".split()
)
# "make up 55%", "takes up 20% of the area": a share, not "up 55%"
_SHARE_OF_UP = frozenset("make makes made making take takes took taking".split())


def qualifier_and_change(left: str, right: str, unit: str | None) -> tuple[str | None, bool]:
    """The stated qualifier ('more than', 'about'...) and whether the words make the figure a
    change: 'grew by 4.5 billion', 'grew by over 7.5%', 'a 27.4% rise', '24% more'."""
    words = _tail_words(left)
    qualifier, size = _ending_qualifier(words)
    words = words[: len(words) - size]
    if words[-4:] == ["by", "an", "average", "of"] or words[-4:] == ["by", "a", "total", "of"]:
        # "will grow by an average of 35%", "were raised twice, by a total of 10%": the verb's "by"
        words = words[:-3]
    elif words and words[-1] in ("another", "further", "additional"):
        # "will increase by another 5,000", "grow by a further 9,000": the verb's "by" is what counts
        if len(words) > 1 and words[-2] == "by":
            words = words[:-1]
        elif len(words) > 2 and words[-2] in ("a", "an") and words[-3] == "by":
            words = words[:-2]
    if (
        words
        and (
            (words[-1] in ("up", "down") and not (len(words) > 1 and words[-2] in _SHARE_OF_UP))
            or (
                words[-1] in ("by", "of")
                and len(words) > 1
                and words[-2] in _CHANGE_WORDS
                # ("the funds raised by 12 companies": who raised them, not a rise)
                and not (words[-2] in ("raised", "lowered", "boosted") and unit in (None, "count"))
            )
            or (words[-1] == "by" and len(words) > 2 and words[-2] in ("up", "down") and words[-3] in _WENT)
            # "with VAT receipts down by almost 22% and imports up by 17%": the verb left out, not a
            # phrasal verb's agent ("backed up by 3 banks", "broken down by 14 regions")
            or (
                words[-1] == "by"
                and len(words) > 2
                and words[-2] in ("up", "down")
                # ("... transit passengers), down by 500,000": the clause mark goes)
                and (before := words[-3].rstrip(",);")) not in _PHRASAL_UP_DOWN
                and before not in IRREGULAR_PARTICIPLES
                and before[-2:] not in ("ed", "en")
                and before.isalpha()
            )
        )
    ):
        return qualifier, True
    if CHANGE_AFTER.match(right):
        return qualifier, True
    if words and words[-1] == "by" and _PRICE_MOVE_BY.search(left, max(0, len(left) - 48)):
        return qualifier, True  # "went up in price by 17.5%", "got cheaper by 1.1%"
    if words and words[-1] == "by" and _EXCEEDED_BY.search(left, max(0, len(left) - 72)):
        return qualifier, True  # "exceeding the 2023 figure by 5 percent": the margin over a base
    if unit == "times" and words and words[-1].lower() in _CHANGE_WORDS:
        return qualifier, True  # "grew fourfold", "increased 3.8 times"
    if unit == "times" and len(words) > 2 and words[-2:] == ["on", "average"] and words[-3] in _CHANGE_WORDS:
        return qualifier, True  # "will increase on average 1.8 times"
    if unit == "times" and _CHANGED_THEN_MULTIPLE.search(left, max(0, len(left) - 100)):
        # "to raise their handling capacity sixfold": the verb, its object, the multiple
        return qualifier, True
    if words and words[-1] == "by" and len(words) > 1 and words[-2] in _CHANGE_BY_ONLY:
        return qualifier, True  # "is estimated to contract by 2.5 percent": "contract of" is a deal
    if unit in ("percent", "percentage_point") and left.endswith("+"):
        return qualifier, True  # "for CIT +10.5% yoy", "iron ore (+0.6 %)": a signed rise
    if words and words[-1] == "by" and _ROUTE_CUT_BY.search(left, max(0, len(left) - 120)):
        return qualifier, True  # "will reduce the transit route from Astana to Aktau by 889 km"
    if words and words[-1] == "by" and _CHANGED_THEN_BY.search(left, max(0, len(left) - 120)):
        # "is increasing all types of benefits, including pensions, by 10%", "both pensions will be
        # increased, solidarity pension by 11%", "more than in 2017 by 375,000 hectares": the verb
        # or comparison stands apart from its "by"
        return qualifier, True
    if unit in ("percent", "percentage_point") and words and words[-1].lower() in _PERCENT_CHANGE_VERBS:
        return qualifier, True
    if unit not in (None, "percent", "times") and AMOUNT_MORE_THAN_AFTER.match(right):
        return qualifier, True  # "1.2 million tons more than in 2022" (FORMAT.md: "58 billion more than")
    if unit in (None, "count") and _COUNT_MORE_THAN_BASE.match(right):
        # "45,000 more grants than last year", "11 thousand more applicants took part compared to
        # last year": a count set against an earlier one is the difference
        return qualifier, True
    return qualifier, unit in ("percent", "times") and bool(PERCENT_CHANGE_AFTER.match(right))


def _is_stop(word: str) -> bool:
    return word.lower() in _STOP and not (word.isupper() and len(word) > 1)  # "IT" is not "it"


_PHRASE_REACH = 72


def noun_phrase_after(right: str, allow_of: bool = True, max_words: int = 5) -> str:
    """The noun phrase right after a figure: '6.2 million [people] who...' -> 'people'."""
    words: list[str] = []
    position = 0
    used_of = False
    # a phrase of five words ends well before 72 characters; the words are read lazily, as most
    # phrases end at the first or second
    for match in _TOKEN.finditer(right, 0, _PHRASE_REACH):
        gap = right[position : match.start()]
        if words and gap.strip() or (not words and gap.strip(" \u00a0")):
            break  # punctuation ends the phrase
        word = match.group(0).strip(".")
        lower = word.lower()
        if lower == "of" and allow_of and words and not used_of:
            used_of = True
            words.append(word)
        elif _is_stop(word) or word[:1].isdigit():
            break
        elif lower.endswith("ed") and len(lower) > 4 and not _adjectival(match, right):
            break  # a verb: "6.2 million people [collected]"
        else:
            words.append(word)
        position = match.end()
        if len(words) >= max_words:
            break
    while words and words[-1].lower() == "of":
        words.pop()
    return " ".join(words)


def _adjectival(token: re.Match[str], text: str) -> bool:
    """'specially [protected] natural areas': a participle followed by a noun phrase word."""
    following = _TOKEN.search(text, token.end(), _PHRASE_REACH)
    if following is None:
        return False
    return not text[token.end() : following.start()].strip() and not _is_stop(following.group(0))


# Words a noun phrase may hold between its nouns, read backwards from a figure.
_INNER_LINKS = {"of", "and", "per", "in", "for", "within"}  # "grain transportation within the country"
_ARTICLES = {"the", "a", "an"}
_BOUND_LINKS = {"to", "from"}  # inner links before a name only
_CALENDAR = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)


@lru_cache(maxsize=4)
def _clause_tokens(left: str) -> tuple[str, ...]:
    """The words of the figure's own clause before it: read once for the item as shown and the
    item as read, which ask for the same `left`."""
    tail = left[-160:]
    marked = _UP_TO_LAST_CLAUSE_MARK.match(tail)
    clause = tail[marked.end() :] if marked else tail
    opened = clause.rfind("(")
    if opened > clause.rfind(")"):
        clause = clause[opened + 1 :]  # the figure stands inside an open parenthesis
    return tuple(_TOKEN.findall(clause))


def subject_before(left: str, max_words: int = 8, clean: bool = True) -> str | None:
    """The noun phrase a figure is predicated of: 'the Bank's reserves hit' -> "Bank's reserves".

    None when the clause gives none because its subject was elided after a conjunction
    ("... and reached 17.8%"): the caller then inherits the previous figure's item.
    """
    tokens = list(_clause_tokens(left))
    while tokens:
        if tokens[-1].lower() in _LINK_WORDS or (clean and tokens[-1].lower() == "another"):
            tokens.pop()  # "amounted to", "stood within the target range of", "grew by more than"
        elif len(tokens) > 1 and tokens[-2].lower() in _AUXILIARIES:
            del tokens[-2:]  # "was kept (at)": a verb after an auxiliary
        else:
            break
    if not tokens or tokens[-1].lower() in _CONJUNCTIONS:
        return None
    # "is expected to grow (by)", "will also receive": the subject stands before the predicate;
    # a clause that is nothing but one ("..., climbing by 66%") leaves the subject to the caller
    if clean:
        tokens = drop_predicate(tokens)
        if not tokens:
            return None
    words: list[str] = []
    for position in range(len(tokens) - 1, -1, -1):
        word = tokens[position]
        lower = word.lower()
        before = tokens[position - 1].lower() if position else ""
        if words and (lower in _INNER_LINKS or (lower in _ARTICLES and before in _INNER_LINKS)):
            words.append(word)  # "volume of industrial production in Kazakhstan", "salary in the country"
            continue
        if words and lower in _BOUND_LINKS and words[-1][:1].isupper() and words[-1] not in _CALENDAR:
            words.append(word)  # "Exports to Azerbaijan", "tourists from China": where they went or came from
            continue
        if words and lower in _RATE_ADJECTIVES:
            words.append(word)  # "Monthly inflation": a rate's own word, not the adverb that ends a phrase
            continue
        if _is_stop(word) or word[:1].isdigit() or (lower.endswith("ed") and len(lower) > 4):
            break
        if clean and lower in _REPORTING:
            break  # "Nurbek said stipends are set to ..."
        words.append(word)
        if len(words) >= max_words:
            break
    while words and words[-1].lower() in _INNER_LINKS | _ARTICLES:
        words.pop()
    start = len(tokens) - len(words)  # the phrase's first token ("of"/"and" links are words too)
    words.reverse()
    phrase = " ".join(drop_leading_verb(words, tokens[start - 1] if start > 0 else "") if clean else words)
    return phrase or _first_noun_phrase(tokens)


def _first_noun_phrase(tokens: list[str]) -> str | None:
    """The clause's opening noun phrase, when nothing stands right before the figure:
    'Ulba Metallurgical Plant for the last 5 years allocated 2.7 billion tenge'."""
    words: list[str] = []
    for at, word in enumerate(tokens):
        if word.lower() == "of" and words:
            words.append(word)
            continue
        following = tokens[at + 1] if at + 1 < len(tokens) else ""
        if words and word.lower() in _BOUND_LINKS and following[:1].isupper() and following not in _CALENDAR:
            words.append(word)  # "Shipments to Mongolia climbed by 21%"
            continue
        if (
            _is_stop(word)
            or word.lower() == "of"
            or word[:1].isdigit()
            or (word.lower().endswith("ed") and len(word) > 4)
        ):
            if words:
                break
            continue
        words.append(word)
        if len(words) >= 5:
            break
    while words and words[-1].lower() in {"of"} | _BOUND_LINKS:
        words.pop()
    return " ".join(words) or None


def deed_item(left: str, right: str) -> str | None:
    """'the region saved [108 billion tenge]' -> 'region savings'; 'he spent [12 billion tenge] on
    roads' -> 'spending on roads': the noun of the deed, after its doer when the doer is named (a
    pronoun or a speaker is not); None when no such deed stands right before the figure."""
    deed = _DEED_BEFORE.search(left, max(0, len(left) - 40))
    if deed is None:
        return None
    noun = _DEED_NOUNS[deed.group("verb").lower()]
    doer = subject_before(left[: deed.start()] + " is")
    purpose = _DEED_FOR.match(right)
    aim = _TIME_TAIL.sub("", noun_phrase_after(" " + right[purpose.end() :])) if purpose else ""
    aim = f"{purpose.group(0).strip()} {aim}" if purpose and aim else ""
    return " ".join(w for w in (doer, noun, aim) if w)


# "48 billion tenge was received in the budget from toll roads": money that came in, named by
# where it went and where it came from; "of which 10 billion came from foreign vehicles": a part
# of it, named by its own source
_RECEIVED_AFTER = re.compile(
    r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:received|collected|paid|raised|earned|transferred)"
    r"\s+(?:in|into|to)\s+(?:the\s+)?(?P<where>[\w-]+)\s+from\s",
    re.I,
)
_CAME_FROM_AFTER = re.compile(r"\s+(?:came|come|comes|was\s+received|were\s+received)\s+from\s", re.I)


# "[20 billion tenge] was allocated from the national budget for the purchase of housing": money
# told as the subject of a passive of giving or spending, named by what it is for
_SPENT_AFTER = re.compile(
    r"\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are|will\s+be)\s+(?:also\s+)?"
    r"(?P<verb>allocated|spent|invested|directed|channell?ed|earmarked|disbursed|provided)"
    r"(?:\s+from\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:budget|fund|funds|reserve)(?:\s+of\s+[\w-]+)?)?"
    r"\s+(?P<prep>for|on|into)\s+(?:the\s+)?",
    re.I,
)
_SPENT_NOUNS = {"spent": "spending", "invested": "investment", "disbursed": "disbursement"}


def revenue_item(right: str) -> str | None:
    """'[48 billion tenge] was received in the budget from toll roads' -> 'budget revenue from
    toll roads'; '[20 billion tenge] was allocated from the budget for the purchase of housing' ->
    'funding for purchase of housing'; None when the figure is not money told as received from
    somewhere or given for something."""
    spent = _SPENT_AFTER.match(right)
    if spent is not None:
        aim = noun_phrase_after(" " + right[spent.end() :])
        noun = _SPENT_NOUNS.get(spent.group("verb").lower(), "funding")
        return f"{noun} {spent.group('prep').lower()} {aim}" if aim else None
    received = _RECEIVED_AFTER.match(right)
    if received is None:
        return None
    source = noun_phrase_after(" " + right[received.end() :], allow_of=False)
    return f"{received.group('where')} revenue from {source}" if source else None


def part_source_item(whole: str, right: str) -> str | None:
    """'of which [10 billion] came from foreign vehicles' after 'budget revenue from toll roads' ->
    'budget revenue from foreign vehicles': the whole's item with the part's own source."""
    came = _CAME_FROM_AFTER.match(right)
    if came is None or not whole:
        return None
    source = noun_phrase_after(" " + right[came.end() :], allow_of=False)
    if not source:
        return None
    return f"{whole.split(' from ')[0]} from {source}"


_PART_IS_AFTER = re.compile(r"\s+(?:were|was|are|is)\s+(?=[a-z])", re.I)


# what a part "is" that names no thing: "300 billion is due in 2026"
_PREDICATIVE = frozenset(
    "due expected planned available needed required ready set likely able left still already also now being "
    "sent put built paid spent made given taken brought sold bought held kept lost won run cut".split()
)  # (and the irregular participles of a passive: "were sent abroad", "was put into service")


def part_kind_item(right: str) -> str | None:
    """'of which [1.4 trillion tenge] were private investments' -> 'private investments'; None
    when no noun follows ('is due in 2026')."""
    told = _PART_IS_AFTER.match(right)
    if told is None:
        return None
    noun = noun_phrase_after(" " + right[told.end() :], allow_of=False)
    first = noun.split()[0].lower() if noun else ""
    if (
        not first
        or first in _PREDICATIVE | {"still", "already", "also", "now", "being"}
        or is_inflected_verb(first)
    ):
        return None  # "were sent abroad", "are still under review": a predicate, no name
    return noun


def of_which_item(right: str) -> str | None:
    """'400 [of which are foreign participants]' -> 'foreign participants'."""
    match = _OF_WHICH.match(right)
    if not match:
        return None
    rest = right[match.end() :]
    verb = re.match(r"\s+(?:are|were|is|was)\s+", rest)
    return noun_phrase_after(" " + rest[verb.end() :], allow_of=False) if verb else ""


def kind_of(
    cues: list[Cue],
    clause: tuple[int, int],
    figure: tuple[int, int],
    deadline: bool,
    previous: str | None,
    lead_cues: list[Cue],
) -> str:
    """'target', 'plan', 'forecast' or 'actual' from the sentence's cues (see _kind_from_cues);
    a goal as the subject of the figure's clause before it makes a target."""
    if any(kind == GOAL and start >= clause[0] and end <= figure[0] for start, end, kind, _ in cues):
        return "target"
    kind = _kind_from_cues(cues, clause, figure, deadline, previous, lead_cues)
    return "target" if kind == GOAL else kind


def _kind_from_cues(
    cues: list[Cue],
    clause: tuple[int, int],
    figure: tuple[int, int],
    deadline: bool,
    previous: str | None,
    lead_cues: list[Cue],
) -> str:
    """The last cue before the figure in its clause ("task to bring", "plans to", "were planted");
    else the first plan/forecast/actual cue after it in the clause ("will be", "were planted");
    else the sentence's previous figure's kind when not actual ("..., 3 million of them"); else
    a target/plan/forecast cue of the list's lead; else a deadline ("by 2027") makes a target;
    else the previous figure's kind; else a target/plan/forecast cue earlier in the sentence.
    """
    clause_start, clause_end = clause
    figure_start, figure_end = figure
    before = [
        kind for start, end, kind, _ in cues if start >= clause_start and end <= figure_start and kind != GOAL
    ]
    if before:
        return before[-1]
    after = [
        kind
        for start, _, kind, verbal in cues
        if figure_end <= start < clause_end and verbal and kind != "target"
    ]
    if after:
        return after[0]
    if previous and previous != "actual":
        return previous  # "3.6 million trees are to be planted, 3 million of them by ERG"
    lead = [kind for _, _, kind, _ in lead_cues if kind != "actual"]
    if lead:
        return lead[-1]  # a list under a planning lead
    if deadline:
        return "target"
    if previous:
        return previous
    earlier = [kind for _, end, kind, _ in cues if end <= figure_start and kind != "actual"]
    return earlier[-1] if earlier else "actual"


_CHANGE_WORDS = set(
    """grew grown grow grows increased increase increases decreased decrease decreases rose risen rise fell
    fallen declined dropped jumped climbed reduced growth decline reduction drop shrank shrunk shrink
    slumped plunged slid tumbled soared surged expanded contracted climbing rising falling growing
    changed change fall falls surge uptick dip slump raised lowered devalued depreciated appreciated
    boost boosted boosts boosting increasing decreasing reducing shrinking declining
    indexed indexing""".split()
)
# "it should be noted that ...": a remark on what follows, not a goal nor a plan
_TELLING_PARTICIPLES = frozenset(
    "noted mentioned stressed emphasized emphasised underlined recalled reminded added said pointed".split()
)
# a noun cue that is a verb after "is": "15 million square metres is forecast to be commissioned"
_PASSIVE_NOUN_CUES = frozenset(("forecast",))
# an order to set money aside is an allocation (plan, FORMAT.md); "instructed to bring the share
# to 50%" stays a goal
_ORDERS = frozenset("instructed instruction instructions tasked entrust entrusted".split())
_TO_ALLOCATE = re.compile(
    r"\s+(?:the\s+government\s+|the\s+cabinet\s+|(?:the\s+)?akimats?\s+)?to\s+"
    # "instructed the government to support exports in the next three years and allocate 500 billion",
    # "the instruction to the National Bank to allocate 600 billion": whom the order goes to, or a
    # first task, before the allocation (no clause break between)
    r"(?:(?:[^\W\d][\w’'-]*\s+){1,12}?(?:and|to)\s+)?"  # (no figure between: it is the order's own)
    r"(?:allocate|allot|earmark|channel|set\s+aside|direct|spend)\b",
    re.I,
)
# an order named as what an act carries out: "As part of this instruction", "in pursuance of the
# President's instructions"
_UNDER_AN_ORDER = re.compile(
    r"\b(?:on|upon|at|part\s+of|pursuance\s+of|pursuant\s+to|accordance\s+with|line\s+with|under|following|implementing)\s+"
    r"(?:the|this|that|these|those|his|her|its|their)\s+(?:[\w’'-]+\s+){0,2}$",
    re.I,
)
# "instruction to supply 100% of", "instructions to bring 95% of": the level the order itself sets
_ORDERS_OWN_LEVEL = re.compile(r"\s+to\s+[a-z]+\s+(?:(?:about|at\s+least|over)\s+)?\d[\d.,]*\s*%")
# "due to" naming a cause ("due to the drought", "due to higher prices", "due to rising demand",
# "due to COVID-19"), not a schedule ("is due to open in May", "due to be completed")
_BECAUSE_OF = re.compile(
    r"\s+to\s+(?:(?:the|a|an|its|their|his|her|this|that|these|those|our|higher|lower|greater|better|worse"
    r"|high|low|strong|weak|poor|good|bad|growth|demand|inflation|weather|drought)\b"
    r"|(?!(?:exceed|proceed|succeed|need|feed)\b)[a-z]{3,}(?:ed|ing)\b|[A-Z0-9])"
)
# ", due to rise in price of rye bread": after a comma, "due to" and a change noun name a cause
# ("prices are due to rise in July" is a schedule: no comma before it)
_TO_A_CHANGE = re.compile(r"\s+to\s+(?:rise|growth|increase|decline|decrease|drop|fall|reduction)\b", re.I)
# change verbs only before "by": "contract by 2.5%" is a change, "a contract of 5 billion" a deal
_CHANGE_BY_ONLY = frozenset("contract contracts contracting expand expands expanding".split())
# a change verb (or a comparison) and its "by" with other words between; none of those words a
# verb of its own ("driven", "was") nor another "by", "to" or "than" that would take the figure.
# The present simple is left out: "each bus replaced reduces emissions by 0.5 tons a year" states
# a standing effect, no change reported
_CHANGED_THEN_BY = re.compile(
    r"(?:\b(?:increas|rais|reduc|decreas|lower)(?:e|ed|ing)\b,?|\bindex(?:ed|ing)?\b,?|\bcut(?:s|ting)?\b"
    # "will boost carrying capacity by 15%", "will lower costs by 12%"
    r"|\b(?:boost|shorten)(?:s|ed|ing)?\b|\b(?:will|to|would|can|could|and)\s+lower\b"
    # "prices rose in January by 2%", "devalued the tenge by 19%": the past of a change verb too
    r"|\b(?:rose|risen|rising|grew|grown|growing|fell|fallen|falling|declined|declining|dropped|dropping"
    r"|jumped|climbed|devalued|devaluing|depreciated|appreciated)\b,?"
    r"|\b(?:more|less|higher|lower|greater|fewer)\s+than)"
    r"(?:\s+(?!(?:by|to|than|is|are|was|were|be|been|has|have|had|will|which|that|who)\b)"
    # (a participle right before "by" names an agent, "driven by"; "increasing irrigated lands by" is an object)
    r"(?![\w’'-]*(?:ed|en)(?:\b(?!\s+[a-z])|\s+by\b))[\w’'()-]+,?){1,10}\s+by\s+(?:a\s+total\s+of\s+|(?:[a-z]+\s+){0,2})$",
    re.I,
)
# a verb of change, its object and the multiple after it ("increase the capacity of the route
# fivefold", "boosted exports almost threefold"); none of the words between a verb of its own
_CHANGED_THEN_MULTIPLE = re.compile(
    r"\b(?:(?:increas|rais|reduc|decreas|boost|expand|multipl|lift)(?:e|es|ed|ing|y|ied|ies)?"
    r"|grow|grows|grew|grown|growing|cut|cuts|cutting)\b"
    r"(?:\s+(?!(?:by|to|than|is|are|was|were|be|been|has|have|had|will|which|that|who|and|or)\b)"
    r"(?![\w’'-]*(?:ed|en)\b)[\w’'-]+){1,8}\s+(?:(?:almost|nearly|about|some|more\s+than|over)\s+)?$",
    re.I,
)
# a route named from one place to another between the verb and its "by" (the "to" of the route is
# no level): "will reduce the transit route from Astana to the port of Aktau by 889 km"
_ROUTE_CUT_BY = re.compile(
    r"\b(?:reduc|shorten|cut|lower|decreas)\w*\s+(?:[\w’'-]+\s+){0,4}from\s+(?:[\w’'-]+\s+){1,4}to\s+"
    r"(?:[\w’'-]+\s+){1,5}by\s+(?:[a-z]+\s+){0,2}$",
    re.I,
)
# "exceeds the same period of 2023 by 10.2 percent", "surpassed the plan by 3 billion": a margin
_EXCEEDED_BY = re.compile(
    r"\b(?:(?:exceed|surpass|outpac|outstrip)\w*|above|below)\s+(?:[\w’'-]+\s+){1,6}by\s+(?:[a-z]+\s+){0,3}$",
    re.I,
)
_PRICE_MOVE_BY = re.compile(
    r"\b(?:(?:went|gone|go|goes|going)\s+(?:up|down)\s+in\s+price"
    r"|(?:got|get|gets|getting|became|become|becomes)\s+(?:cheaper|dearer|(?:more\s+|less\s+)?expensive))"
    r"\s+by\s+(?:[a-z]+\s+){0,2}$",
    re.I,
)
# "went down by 4.6%", "has gone up by 12%"
_WENT = frozenset("went gone go goes going".split())
# a past verb of change right before a share: "fell 39.1 percent", "cucumbers rose 23.5%"
_PERCENT_CHANGE_VERBS = frozenset(
    """grew rose fell declined dropped jumped climbed slumped plunged slid tumbled soared surged gained added
    shrank increased decreased contracted expanded""".split()
)
