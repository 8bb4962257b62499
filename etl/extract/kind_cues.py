"""The English phrases that make a figure a plan, a target, a cost or a sum set aside rather
than an actual: allocations, projects to come, buildings under way, payments set."""

from __future__ import annotations

import re
from datetime import date
from typing import cast

from etl.extract.indicator_record import Indicator
from etl.extract.literal_gates import literal_gate
from etl.extract.mentions import Mention
from etl.extract.period_shapes import _same_day_in
from etl.extract.periods import Period
from etl.extract.reading_state import _SentenceFacts
from etl.extract.records import replace
from etl.extract.units import CURRENCIES

_PART_OF_AFTER = re.compile(r"\s+of\s+(?:them|which|these|those|this)\b", re.I)


_ALLOTTED_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}(?:grants|places|quotas|scholarships|seats|vouchers)\b", re.I
)
_FOR_BEFORE = re.compile(r"\bfor\s+(?:the\s+)?$", re.I)
# a sentence that turns to another matter: "Separately, ...", "Earlier, ..."
_OTHER_MATTER = re.compile(r"(?:Separately|Earlier|Previously|Also|In\s+addition),\s", re.I)
_ALLOCATING = re.compile(
    r"\b(?:approv|releas|(?:re)?allocat|earmark|redistribut)(?:ed|es|ing|e)\b|\bset\s+aside\b", re.I
)


# money told as come in already, just before the sum: "have already received", "got", "was paid"
_CAME_IN_BEFORE = re.compile(
    r"\b(?:already|received|receive|got|obtained|disbursed|paid|spent|used)\b(?:\s+[\w-]+){0,3}?\s*$", re.I
)
# the part of a sum told as used, paid or spent: "210 billion has been used", "was spent"
_USED_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:has|have|had|was|were)\s+(?:already\s+)?(?:been\s+)?"
    r"(?:used|spent|disbursed|paid|utili[sz]ed|absorbed|transferred)\b",
    re.I,
)
# the sum then the passive of setting it aside: "KZT 1.6 bln was allocated for the construction of",
# "1 trillion of budget funds were allocated", "160 billion tenge were allotted from the reserve"
_GIVEN_AFTER = re.compile(
    # ("100 million tenge (US$190,416) was allocated": the same sum in another currency between)
    r"(?:\s*\([^()]{1,40}\))?"
    # ("2.6 billion tenge from the same source was allocated", "from the reserve were allotted": the
    # source it is drawn from between the sum and its verb)
    r"(?:\s+(?:of|from|out\s+of)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:funds?|money|financing|funding|sources?|reserves?|budgets?))?(?:,?\s+(?:which|that))?"
    r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    # ("4.9 billion tenge was provided from the Government reserve": money given out of a fund)
    r"(?:also\s+|additionally\s+)?(?:allocated|allotted|earmarked|set\s+aside|channell?ed|directed"
    r"|provided(?=\s+(?:from|out\s+of)\s))\b",
    re.I,
)
# works told as done in the same sentence: the money for them has been used ("This year 18 schools
# were repaired, and 6.4 billion was allocated for it")
_WORKS_DONE_IN = re.compile(
    r"\b(?:were|was|has\s+been|have\s+been)\s+(?:built|repaired|renovated|completed|bought|purchased|"
    r"commissioned|constructed|reconstructed|modernized|modernised|paid|spent|used|disbursed)\b",
    re.I,
)
# "Of the 300 billion tenge allocated, ...", "of the 40 schools planned": a whole a participle of
# setting aside or planning qualifies, opening a phrase of its own
_OF_THE_BEFORE_FIGURE = re.compile(r"\b[Oo]f\s+(?:the\s+|all\s+)?$")
_WHOLE_SET_ASIDE_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:allocated|earmarked|planned|budgeted|set\s+aside|scheduled|envisaged|foreseen)"
    # ("Of the 300 billion tenge allocated this year, ...", "allocated for 2025,": its year after it, +pb44en)
    r"(?:\s+(?:for\s+|in\s+)?(?:this|the\s+current|next|last)\s+year|\s+(?:for|in)\s+(?:19|20)\d\d)?\s*,",
    re.I,
)


# a level a figure names: "to 7 trillion", "at 5%", "reach 1 million", "exceed 40%", "up to"
_LEVEL_BEFORE = re.compile(
    r"\b(?:to|at|reach(?:es|ed|ing)?|exceed(?:s|ed|ing)?|top(?:s|ped)?|hit(?:s|ting)?|be|become|of|by)\s+"
    r"(?:(?:about|around|over|some|nearly|almost|approximately|roughly|at\s+least|more\s+than|up\s+to|no\s+less\s+than)\s+)?$",
    re.I,
)


# a sentence that opens on the size of a thing named before it ("Its area is", "Its total length
# will be"), or on what a plan named before it holds ("It includes", "The plan covers")
_ITS_SIZE_OPENING = re.compile(
    r"^\s*(?:Its|Their)\s+(?:total\s+|overall\s+|design\s+)?(?:area|length|capacity|size|floor\s+area)\b",
    re.I,
)
# what it costs: "The project cost is", "Its total cost will be", "The cost of the plant is"
_ITS_COST_OPENING = re.compile(
    r"^\s*(?:(?:Its|Their)|The\s+(?:project|plant|facility|factory|complex|station)(?:s['’]|['’]s)?)\s+"
    r"(?:total\s+|overall\s+|estimated\s+)?(?:cost|value|price)\s+(?:is|will\s+be|stands\s+at|amounts\s+to)\b"
    r"|^\s*The\s+(?:total\s+|overall\s+|estimated\s+)?cost\s+of\s+the\s+(?:project|plant|facility|factory|complex|station)s?"
    r"\s+(?:is|will\s+be|stands\s+at|amounts\s+to)\b"
    # "The project costs KZT 3.5 bln": the verb says it
    r"|^\s*The\s+(?:project|plant|facility|factory|complex|station)s?\s+(?:costs?|will\s+cost)\b",
    re.I,
)
_PROJECTS_TO_COME = re.compile(
    r"\b(?:(?:planned|plans?|set|is|are)\s+to\s+(?:launch|implement|realize|realise|start)"
    # ("129 industrial projects are planned to be implemented by the yearend")
    r"|(?:will|(?:planned|scheduled|expected)\s+to)\s+be\s+(?:implemented|launched|realized|realised)"
    # "We have formed a pool of 368 investment projects to be implemented over the next five years"
    r"|\b(?:pool|portfolio)\s+of\s+[^.;]{0,40}?\bprojects\b|projects\s+(?:are\s+)?(?:to\s+be|being)\s+implemented)\b",
    re.I,
)
# projects told done ("a pool of 45 projects was implemented", "were put into operation")
_PROJECTS_DONE = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been)\s+(?:fully\s+)?(?:implemented|completed|commissioned|put\s+into|launched|finished)\b",
    re.I,
)
_PLAN_HOLDS_OPENING = re.compile(
    r"^\s*(?:It|The\s+(?:plan|programme|program)|This\s+(?:plan|programme|program))\s+"
    r"(?:includes|comprises|covers|envisages|contains|provides\s+for)\b",
    re.I,
)
# what the sentence before says is to be built, or a plan it names
_TO_BE_BUILT = re.compile(
    r"\b(?:will\s+be\s+(?:built|constructed|erected|laid)|(?:is|are)\s+(?:to\s+be|being)\s+(?:built|constructed|laid)"
    r"|under\s+construction|(?:will|plans?\s+to|is\s+to|are\s+to|(?:expected|planned|scheduled)\s+to)\s+(?:build|construct|lay)"
    # "The 2.6-hectare facility will be capable of handling ...": a building told in the future is to come
    r"|(?:facility|plant|factory|station|hospital|clinic|school|complex|centre|center)\s+will\s+(?:be\s+able|be\s+capable|have|serve))\b",
    re.I,
)
_PLAN_NAMED = re.compile(r"\b(?:plan|programme|program|roadmap)\s+(?:for|until|to)\s+(?:19|20)\d\d\b", re.I)
_BUILT_SIZE_UNITS = frozenset(("hectare", "km", "km2", "m2", "m3", "metre", "MW", "GW"))


def _of_what_is_to_come(text: str, unit: str | None, before: str) -> bool:
    if unit in _BUILT_SIZE_UNITS and _ITS_SIZE_OPENING.match(text):
        return _TO_BE_BUILT.search(before) is not None
    if unit in CURRENCIES and _ITS_COST_OPENING.match(text):
        # "The plant will be built ... The project cost is $1.4 billion", "it is planned to launch new
        # projects ... The estimated cost of the projects is $15 billion"
        return _TO_BE_BUILT.search(before) is not None or (
            _PROJECTS_TO_COME.search(before) is not None and _PROJECTS_DONE.search(before) is None
        )
    if unit in (None, "count") and _PLAN_HOLDS_OPENING.match(text):
        return _PLAN_NAMED.search(before) is not None
    return False


# "120 billion tenge in total, of which 40 billion has been spent": the part used told after the whole
_OF_WHICH_USED_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,3}?,\s+of\s+which\s+[^,.;]{0,40}?\b(?:has|have|had|was|were)\s+(?:already\s+)?(?:been\s+)?"
    r"(?:spent|used|disbursed|paid(?:\s+out)?|utili[sz]ed|absorbed)\b",
    re.I,
)


# "540 of the 655 planned clinics have been built": a part counted right before the whole, and
# the whole named planned right after it
_PART_BEFORE_WHOLE = re.compile(r"\d[\d.,]*\s*(?:%|percent|per\s+cent)?\s+of\s+(?:the\s+|all\s+)?$", re.I)
_PLANNED_RIGHT_AFTER = re.compile(r"\s+(?:planned|scheduled|envisaged|foreseen|intended)\s+[a-z]", re.I)
_NOUN_THEN_COMMA = re.compile(r"\s+\w+(?:\s+[\w-]+){1,4}?\s*,")


def _whole_set_aside(text: str, start: int, end: int) -> bool:
    return (
        (
            _OF_THE_BEFORE_FIGURE.search(text, max(0, start - 12), start) is not None
            and _WHOLE_SET_ASIDE_AFTER.match(text, end) is not None
        )
        or _OF_WHICH_USED_AFTER.match(text, end) is not None
        or (
            _PLANNED_RIGHT_AFTER.match(text, end) is not None
            and (
                _PART_BEFORE_WHOLE.search(text, max(0, start - 32), start) is not None
                # "Of the 40 planned schools, 31 were opened": the part after the comma
                or (
                    _OF_THE_BEFORE_FIGURE.search(text, max(0, start - 12), start) is not None
                    and _NOUN_THEN_COMMA.match(text, end) is not None
                )
            )
        )
    )


# a payment the state sets (not a market's "average wage"), named before its figure in the sentence
_SET_PAYMENT_BEFORE = re.compile(
    r"\b(?<!average\s)(?<!median\s)(?:pensions?|allowances?|benefits?|stipends?|scholarships?|(?:minimum\s+)?wages?"
    r"|salar(?:y|ies)|social\s+payments?|payments?)\b(?:[^.]|\.(?=\d)){0,200}$",
    re.I,
)
# money set aside, spent or budgeted, told right after the sum: not the payment's own amount
_MONEY_SET_ASIDE_AFTER = re.compile(
    r"[^.;,]{0,40}?\b(?:allocat|allott|earmark|set\s+aside|spent|spend|budget|financ|fund)", re.I
)
# a share of the living wage or subsistence minimum a payment is set at
_OF_LIVING_WAGE_AFTER = re.compile(r"\s+of\s+the\s+(?:living\s+wage|subsistence\s+(?:minimum|level))\b", re.I)


def _set_payment(text: str, start: int, end: int, unit: str | None, is_change: bool) -> bool:
    """A payment's amount or its rise, named as such before the figure, or its rate against the
    living wage ("will be raised from 110% to 118% of the living wage")."""
    if unit == "percent" and _OF_LIVING_WAGE_AFTER.match(text, end):
        return True
    # a rise told as a multiplier ("will increase on average 1.8 times from July 1") as a percentage
    if unit not in CURRENCIES and not (unit in ("percent", "times") and is_change):
        return False
    if _MONEY_SET_ASIDE_AFTER.match(text, end) or _ALLOCATING.search(text, max(0, start - 48), start):
        return False  # "9 billion tenge has been allocated for it": money set aside for the payment
    return _SET_PAYMENT_BEFORE.search(text, max(0, start - 240), start) is not None


# an outcome's base named by its adjective after a word of comparing: "instead of the planned"
_NAMED_BASE_BEFORE = re.compile(
    r"\b(?:instead\s+of|against|versus|vs\.?|compared\s+(?:to|with)|exceed(?:ing|ed|s)?|surpass(?:ing|ed|es)?"
    r"|above|below|short\s+of|than|over|with)\s+the\s+(?:initially\s+|originally\s+|earlier\s+)?"
    r"(?P<adjective>planned|scheduled|targeted|target|forecast|forecasted|projected|expected|anticipated|predicted)"
    r"\s+(?:(?:about|around|nearly|almost|over|some|more\s+than)\s+)?(?:US\$|\$|₸|KZT\s?)?$",
    re.I,
)
_BASE_ADJECTIVE_KIND = {"planned": "plan", "scheduled": "plan", "targeted": "target", "target": "target"}


def _named_base_kind(text: str, start: int) -> str | None:
    """The kind of the plan, goal or outlook an outcome is compared with, when its adjective names
    it just before the figure ("against the planned 3.6 million"); None otherwise."""
    match = _NAMED_BASE_BEFORE.search(text, max(0, start - 64), start)
    if match is None:
        return None
    return _BASE_ADJECTIVE_KIND.get(match["adjective"].lower(), "forecast")


def _in_force(own: Period | None, published: date) -> bool:
    """The figure's own span runs from a past day up to the report ("Since January 1, 2024, the
    minimum wage has been set at 85,000 tenge"): a level fixed and in force is actual (FORMAT.md)."""
    return bool(
        own is not None
        and not own.is_deadline
        and own.period_start is not None
        and own.period_start < published
        and own.period_end == published
    )


def _year_under_way(period: Period, published: date) -> bool:
    """A span the report falls inside and that runs on after it ("This year ... the budget has
    provided 410 billion tenge"): money set aside for it is a budget line, not money spent."""
    start, end = period.period_start, period.period_end
    if start is not None and end is None:
        # "from January 1 this year": a span opened this year and left open runs on after the report
        return start.year == published.year and start <= published
    return start is not None and end is not None and start <= published < end


# "signed a decree allocating 39.9 billion tenge", "approved a resolution releasing": an act that
# sets money aside, named right before its verb
_ACT_ALLOCATING_BEFORE = re.compile(
    r"\b(?:decree|resolution|order|decision|regulation)\s+(?:on\s+)?(?:allocating|releasing|earmarking|"
    r"allotting)\s+(?:[^\s\d]+\s+){0,2}$",
    re.I,
)


def _set_aside_by_an_act(period: Period, text: str, start: int, published: date) -> bool:
    """Money a decree set aside on a day of the year under way ("At the end of May, the Prime Minister
    signed a decree allocating 39.9 billion tenge from the reserve"): a budget line for work ahead
    (FORMAT.md), the day being the act's, not the day the money was spent."""
    day = period.period_start
    return (
        day is not None
        and day == period.period_end
        and day.year == published.year
        and day <= published
        and _ACT_ALLOCATING_BEFORE.search(text, max(0, start - 60), start) is not None
    )


# "The document also fixes the compensation ... at 3,739 tenge", "the bill sets the fee at": a level an
# act sets, its verb in the present
_SETS_AT = re.compile(r"\b(?:fixes|sets|establishes|sets\s+out)\b[^.;]*?\bat\s+$", re.I)


def _set_for_a_span_ahead(period: Period | None, text: str, start: int, published: date) -> bool:
    """A level an act sets ("fixes ... at 3,739 tenge") for a span wholly after the report (a draft
    budget's next year): scheduled, a plan (FORMAT.md), as a payment set from a day still ahead is."""
    return (
        period is not None
        and period.period_start is not None
        and period.period_start > published
        and _SETS_AT.search(text, 0, start) is not None
    )


_EQUIVALENT_GAP = re.compile(r"\s*\(\s*(?:(?:roughly|about|around|approximately|some|or|nearly)\s+)?")
_PART_OF_WHICH_BEFORE = re.compile(
    r"\bof\s+(?:which|whom|them|these|those)\s+(?:(?:over|about|around|nearly|almost|more\s+than|up\s+to|some)\s+)?"
    r"(?:US\$|\$|₸)?$",
    re.I,
)
# a clause of work done, opening just before its figure: "after directing", "having laid", "which
# allowed" / "which made it possible to commission"
_DONE_OPENING = re.compile(
    r"\b(?:(?P<gerund>after|since|having)\s+(?:been\s+)?[a-z]+(?:ing|ed|id|ut|ent|uilt|ade|aid|old)"
    r"|(?:which|that|and)\s+(?:has\s+|have\s+)?(?:allowed|enabled|helped|made\s+it\s+possible\s+to\s+[a-z]+))"
    r"\s+(?:(?:some|about|around|over|nearly|almost|more\s+than|up\s+to)\s+)?(?:US\$|\$|₸)?$",
    re.I,
)
# a sentence opening with a participle of where a place lies or how far it reaches, up to its comma
_STATE_OPENER = re.compile(
    r"(?:Set|Situated|Located|Lying|Perched|Nestled|Standing|Sitting|Rising|Stretching|Covering|Spanning)"
    r"\s(?:[^,;]|,(?=\d)){0,80},"
)
# a present clause, then a comma and the figure ("is home to the largest group, 50 companies")
_APPOSITION_AFTER_STATE = re.compile(
    # ("The region remains the main supplier of power - 40% of the volume": a dash sets it off too)
    r"^[^,;:]{0,80}\b(?:is|are|remains?)\b[^,;:]{0,60}(?:,|\s[-–—])\s+(?:(?:about|around|over|some|nearly|almost|more\s+than)\s+)?(?:US\$|\$|₸)?$"
)
_TRUE_NUMBER_BEFORE = re.compile(
    r"\b(?:real|true|actual)\s+(?:number|figure|count|total)\s+(?:is|was|may\s+be|might\s+be|could\s+be)\s+"
    r"(?:closer\s+to|nearer(?:\s+to)?|near|about|around|at\s+least|as\s+high\s+as|up\s+to)?\s*$",
    re.I,
)
_ONCE_OPENING = re.compile(r"\s*(?:Once|When|As\s+soon\s+as|After)\s", re.I)
# the future clause such a condition opens: "..., residents will have", "..., are expected to get"
_FUTURE_AFTER_CONDITION = re.compile(r"\s(?:will|would|(?:is|are)\s+expected\s+to|should)\s", re.I)
_SPENDING_WILL_BEFORE = re.compile(
    # ("the budget for the programme will reach 300 billion tenge, of which 120 billion in 2026")
    r"\b(?:investments?|financing|funding|spending|expenditures?|budgets?)\s+(?:(?!will\b)[\w’'-]+\s+){0,10}will\s+"
    r"(?:exceed|reach|total|amount\s+to|be)\s+(?:(?:up\s+to|over|about|around|nearly|almost|more\s+than|at\s+least)\s+)?"
    r"(?:US\$|\$|₸|KZT\s?)?$",
    re.I,
)
_HARM_ASSESSED = re.compile(r"\b(?:damage|damages|loss|losses|harm|debts?|arrears)\b[^.;]{0,48}$", re.I)
_COST_BEFORE = re.compile(
    r"\b(?:(?:is|are)\s+(?:\w+\s+)?estimated\s+at|(?:is|are)\s+worth|with\s+a\s+(?:total\s+)?budget\s+of"
    # "the revised budget for 2024 amounts to", "the budget provides", "out of a total package of": a budget's or a
    # package's size is money set aside ("budget revenues amounted to", "was executed at" are outcomes)
    # ("budget expenditures amount to": what a budget is to spend, in the present)
    # ("The programme's budget for this year is", "This year's budget for the programme is": +pb44en)
    r"|\bbudgets?\s+(?:for\s+(?:(?:19|20)\d\d(?:[-–](?:19|20)?\d\d)?|(?:this|next|the\s+current)\s+year"
    r"|the\s+(?:programme|program|project))\s+)?(?:(?:expenditures?|spending)\s+(?=amount|total|stand))?"
    r"(?:amounts?\s+to|totals?|stands?\s+at|comes?\s+to|is|are|provides|allocates|sets\s+aside"
    # "the budget for 2024 has been raised to 612 billion tenge": a revised budget is still money set aside
    r"|(?:(?:has|have)\s+been|was|were)\s+(?:raised|increased|cut|reduced|revised|adjusted|lowered)\s+to"
    r")"
    # "the revised 2024 budget reached 950 billion tenge" in October: a budget named as revised or
    # approved is the year's money set aside (a span over, "the modified 2016 budget made 433.5
    # billion" told in 2017, stays an outcome; a bare "the budget reached" may be its receipts)
    r"|\b(?:revised|adjusted|updated|approved|modified|amended|clarified)\s+(?:(?:19|20)\d\d\s+)?budgets?\s+"
    r"(?:for\s+(?:19|20)\d\d\s+)?(?:reached|amounted\s+to|made|totall?ed)"
    # "Annual financing needs amount to 300 billion tenge", "with a funding requirement of": money a
    # measure still needs is money to be set aside, not spent
    r"|\b(?:financing|funding|investment)\s+(?:needs?|requirements?)\s+(?:(?:amounts?|comes?)\s+to|totals?|is|are|of"
    r"|stands?\s+at|will\s+be)"
    r"|\b(?:total|overall|whole)\s+(?:package|envelope|allocation|funding)\s+of)"
    r"\s+(?:(?:up\s+to|over|about|around|nearly|almost|some|more\s+than|at\s+least)\s+)?(?:US\$|\$|₸|KZT\s?)?$",
    re.I,
)
_COST_GATE = literal_gate(_COST_BEFORE)
# a project's or programme's present verb of scope before its figures, nothing past between
# ("The project, approved on December 25, outlines the creation of 27 new facilities": an aside
# between, and the verbs that set out what is to be done)
_PROJECT_SCOPE_BEFORE = re.compile(
    r"\b(?:project|programme|program)(?:,[^,.;:]{1,80},)?\s+(?:also\s+)?(?P<verb>covers|includes|involves|comprises"
    r"|outlines|envisages|envisions|foresees|sets\s+out|calls\s+for)\s+[^.;:]*$",
    re.I,
)
# projects under way or held in a pool or portfolio (FORMAT.md: their number is actual, their worth plan)
_UNDER_WAY = re.compile(
    r"\b(?:under\s*way|in\s+progress|being\s+(?:implemented|carried\s+out|realised|realized|developed|fulfilled)"
    r"|(?:is|are)\s+(?:currently\s+|now\s+|also\s+)?(?:working\s+on|implementing|developing|carrying\s+out)"
    # "Projects with a total capacity of 10 GW are at various stages of development" (+fs38en)
    r"|at\s+(?:various|different|several)\s+stages\s+of\s+(?:development|implementation|construction|preparation)"
    r"|pool|portfolio|pipeline)\b",
    re.I,
)
_PROJECT_MEASURES = frozenset({*CURRENCIES, "MW", "GW"})
_PROJECTS_WORTH_BEFORE = re.compile(
    r"\bprojects?\b[^.;:]{0,80}?\b(?:worth|valued\s+at|totall?ing|to\s+the\s+tune\s+of"
    r"|(?:with\s+)?(?:an?\s+)?(?:(?:total|combined|overall|estimated|declared)\s+)?(?:value|cost|investments?|capacity)\s+of)"
    r"\s+(?:(?:up\s+to|over|about|around|nearly|almost|some|more\s+than|at\s+least|roughly)\s+)?(?:US\$|\$|₸|KZT\s?)?$",
    re.I,
)
_MONTH_NAMED = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
)
# a payment the state sets, the subject of "will rise / grow / increase": "Scholarships for
# students will grow twofold", "the minimum wage will rise to", "pensions will be increased by"
# (not "pension assets / savings / funds", money held, not paid)
_PAYMENT_WORD = re.compile(
    r"\b(?:scholarships?|stipends?|pensions?|benefits?|allowances?|minimum\s+(?:wage|salary)"
    r"|salaries\s+of\s+(?:teachers|doctors|civil\s+servants|public\s+sector\s+workers))\b"
    r"(?!\s+(?:assets?|savings|funds?|system|contributions?|reform|age|accounts?)\b)",
    re.I,
)
_WILL_CHANGE_TAIL = re.compile(
    r"\bwill\s+(?:also\s+)?(?:be\s+)?(?:rise|increase|grow|go\s+up|raised|increased|indexed|doubled)"
    r"(?:\s+(?:by|to))?\s+(?:(?:about|around|nearly|almost|up\s+to)\s+)?(?:US\$|\$|₸)?$",
    re.I,
)
# "..., while those for master's students will increase 1.75 times": the payment named before
_THOSE_OPENING = re.compile(r"\W*(?:while|and|whereas|but)\s+(?:those|that)\s+(?:for|of)\b", re.I)


def payment_will_change(text: str, clause: tuple[int, int], start: int) -> bool:
    """The figure at `start` is how much a payment the state sets will rise ("Scholarships will
    grow twofold", "the minimum wage will rise to 85,000 tenge"): a scheduled raise."""
    tail = _WILL_CHANGE_TAIL.search(text, max(clause[0], start - 48), start)
    if tail is None:
        return False
    if _PAYMENT_WORD.search(text, max(clause[0], tail.start() - 90), tail.start()):
        return True
    return bool(_THOSE_OPENING.match(text, clause[0]) and _PAYMENT_WORD.search(text, 0, clause[0]))


# a forecast said in so many words
_SAID_TO_BE_EXPECTED = re.compile(r"\b(?:expected|expects|forecasts?|projected|predicts?|estimates?)\b", re.I)
_WILL_CHANGE_BEFORE = re.compile(
    r"\bwill\s+(?:be\s+)?(?:rise|increase|grow|go\s+up|raised|increased|indexed)\s+(?:by\s+)?(?:about\s+|around\s+)?$",
    re.I,
)
_PERFECT_TO_BEFORE = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|since\s+)?(?:fallen|dropped|declined|decreased|risen|grown|increased|climbed|gone\s+(?:up|down)"
    r"|shrunk|narrowed|reached)\s+(?:to\s+)?(?:(?:about|around|nearly|almost|over|some)\s+)?(?:US\$|\$|₸)?$",
    re.I,
)
_FROM_DATED_AFTER = re.compile(
    r"(?:\s+[\w%-]+){0,3}?,?\s+(?:up\s+|down\s+)?from\s+(?:about\s+|around\s+|some\s+)?[\d$₸](?:[^,.;]|[,.](?=\d)){0,40}?\s+in\s+(?:19|20)\d\d\b",
    re.I,
)
_NOW_LEVEL_BEFORE = re.compile(
    r"\band\s+(?:is|are|stands\s+at|totals|amounts\s+to)\s+now"
    r"\s+(?:at\s+)?(?:(?:about|around|over|some|nearly|almost|more\s+than)\s+)?(?:US\$|\$|₸)?$",
    re.I,
)
_JOBS_AFTER = re.compile(r"\s+(?:new\s+|permanent\s+|more\s+)?(?:jobs|workplaces)\b", re.I)
# done: a perfect or past of completion, or "already"/"so far" (not "are being implemented"; nor a
# pool "has been formed / compiled / selected": gathering projects spends, builds or creates nothing)
_DONE = re.compile(
    # ("are already at various stages of development", "already under way": still going on, +fs38en)
    r"\b(?:already(?!\s+(?:at\s+\w+\s+stages|under\s*way|in\s+progress|being)\b)|so\s+far|completed|commissioned|launched|came\s+on\s+stream|put\s+into|invested|financed|created"
    r"|generated|opened|built|(?:were|was|have|has|had)\s+(?:been\s+)?"
    r"(?!being\b|been\b|formed\b|compiled\b|assembled\b|drawn\b|selected\b|identified\b|shortlisted\b)[a-z]+(?:ed|en|wn|lt|ht|ne)\b)",
    re.I,
)


def _span_ahead(text: str, own: Period | None, published: date) -> Period | None:
    """The figure's own span moved into the publication year when the text names no year and so
    moved it is not over at publication ("in January-April" in January, "in November-December"
    in October); None otherwise."""
    if (
        own is None
        or own.period_start is None
        or own.period_end is None
        or own.period_end > published
        or _ANY_YEAR_IN.search(text, own.start, own.end)
        or not _MONTH_NAME.search(text, own.start, own.end)  # "last year's" has its year
    ):
        return None
    shift = published.year - own.period_end.year
    if shift <= 0:
        return None
    moved = replace(
        own,
        period_start=_same_day_in(own.period_start, own.period_start.year + shift),
        period_end=_same_day_in(own.period_end, published.year),
    )
    return moved if cast(date, moved.period_end) > published else None


_ESTIMATED_AT = re.compile(
    r"\b(?:is|are)\s+(?:\w+\s+)?estimated\s+at\s+(?:(?:about|around|over|some|nearly|almost|up\s+to|more\s+than)\s+)?$",
    re.I,
)
_ANY_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")
_MONTH_NAME = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)


def _announced_measure(
    text: str, clause: tuple[int, int], mention: Mention, before: str, indicators: list[Indicator]
) -> bool:
    """Money set aside but not said to be spent ("12 billion tenge has been allocated", "the fund
    has received 22.5 billion tenge to equip ..."), who will benefit from it ("to equip 510,000
    students"), or who a new measure announced in the sentence before will cover."""
    end = mention.quantity.end
    if mention.quantity.unit in CURRENCIES:
        if _SO_FAR.search(text, clause[0], clause[1]):
            return False  # "So far 620 billion tenge has been allocated": progress counted to date
        return bool(
            _SET_ASIDE_AFTER.match(text, end)
            or (_RECEIVED_BEFORE.search(text, max(clause[0], mention.start - 40), mention.start)
                and _PURPOSE_AFTER.match(text, end))
        )  # fmt: skip
    if mention.quantity.unit not in (None, "count"):
        return False
    last = indicators[-1] if indicators else None
    if (
        last is not None
        and last.kind == "plan"
        and last.unit in CURRENCIES
        and _PURPOSE_BEFORE.fullmatch(text, last.end_char - last.sentence_start, mention.start)
    ):
        return True  # "22.5 billion tenge to equip 510,000 students"
    return bool(_NEW_MEASURE_COVERS.search(text, clause[0], mention.start) and _WILL_START.search(before))


_SO_FAR = re.compile(r"\b(?:so\s+far|to\s+date|already|since)\b", re.I)
# the money is "allocated", "set aside", "earmarked", and nothing says it is spent
_SET_ASIDE_AFTER = re.compile(
    # a rate or a short aside may stand between: "350bn tenge, 50bn tenge annually, has been set aside"
    r"(?:\s+(?:annually|a\s+year|per\s+year|each\s+year))?(?:,\s[^,.;]{1,40},)?"
    r"\s+(?:has|have)\s+(?:already\s+)?been\s+(?:allocated|earmarked|set\s+aside|reserved|approved"
    # "has been provided for measures": set aside for a use ("provided to 300 farmers" is paid out)
    r"|provided(?=\s+for\b))\b",
    re.I,
)
_RECEIVED_BEFORE = re.compile(
    r"\b(?:has|have)\s+(?:also\s+)?received\s+(?:an?\s+)?(?:additional|extra|further|another)?\s*"
    r"(?:(?:about|around|over|some|nearly|almost|more\s+than|up\s+to)\s+)?(?:US\$|\$|₸)?$",
    re.I,
)
_PURPOSE_AFTER = re.compile(r"\s+(?:in\s+\w+\s+)?to\s+(?!be\b)[a-z]+", re.I)
_PURPOSE_BEFORE = re.compile(r"\s+(?:in\s+\w+\s+)?to\s+(?!be\b)[a-z]+(?:\s+[a-z]+){0,3}?\s+(?:for\s+)?", re.I)
_NEW_MEASURE_COVERS = re.compile(
    r"\b(?:new|this)\s+(?:measure|benefit|scheme|allowance|payment|rule|programme|program|initiative|"
    r"subsidy|entitlement)\s+(?:will\s+)?(?:covers?|appl(?:y|ies)\s+to|benefits?|extends?\s+to|reach(?:es)?)\s+"
    r"(?:(?:about|around|over|some|nearly|almost|more\s+than|up\s+to)\s+)?$",
    re.I,
)
# the sentence before announces what will start: "will receive ... starting this year"
_WILL_START = re.compile(r"\bwill\b|\b(?:is|are)\s+to\s+(?:be\s+)?\w+|\b(?:starting|from)\s+next\b", re.I)


def _done_before_plan(
    text: str, facts: _SentenceFacts, index: int, period: Period | None, published: date
) -> bool:
    """The figure opens a clause of work done ("after directing 2.35 trillion last year", "which
    allowed 3 million m2 to be commissioned") in a sentence whose plan cue is another clause's, and
    its period is over by the report."""
    mention = facts.mentions[index]
    opening = _DONE_OPENING.search(text, max(facts.clauses[index][0], mention.start - 48), mention.start)
    if opening is None or (
        period is not None and (period.period_end is None or period.period_end > published)
    ):
        return False
    if opening.group("gerund") is None:
        return True  # "which allowed 2,500 jobs to be created": the infinitive is what was allowed
    # no cue of its own between the opening and the clause's end ("after agreeing to build 40 km")
    return not any(opening.start() <= cue[0] < facts.clauses[index][1] for cue in facts.cues)


# what a building holds: "(a school) for 624 places", "with 300 beds"
_HELD_AFTER = re.compile(r"\s+(?:pupils?|students?|places|seats|beds|children|visits)\b", re.I)
# readiness short of whole: "is 16% ready", "its readiness is 95%", "construction is 40 percent complete"
_PART_READY = re.compile(
    r"\b(?:readiness|ready|completion)\b(?:[^.;%]|\.(?=\d)){0,40}?(?<![\d.,])\d{1,2}(?:[.,]\d+)?\s*(?:%|percent)"
    r"|(?<![\d.,])\d{1,2}(?:[.,]\d+)?\s*(?:%|percent)\s+(?:ready|complete|completed|done)\b",
    re.I,
)


# how much of a plan is done, told in the present or past: "is 111% complete", "was 95% fulfilled"
_SHARE_DONE_AFTER = re.compile(r"\s+(?:complete|completed|fulfilled|done|ready|executed)\b", re.I)
_IS_NOW_BEFORE = re.compile(r"\b(?:is|are|was|were)\s+(?:now\s+|already\s+|currently\s+|only\s+)?$", re.I)
# "8.900 families": a dot grouping thousands before people or things counted one by one (no family
# comes in fractions), as some outlets write it
_DOT_GROUPED = re.compile(r"\d{1,3}\.\d{3}")
_COUNTED_ONE_BY_ONE_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:families|people|persons|residents|households|children|pupils|students|citizens"
    r"|jobs|workers|employees|houses|apartments|flats|schools|farms|enterprises|companies|patients|teachers|doctors)\b",
    re.I,
)


def _dot_thousands(text: str, mention: Mention) -> float | None:
    """'8.900 families' -> 8900; None for any other figure."""
    quantity = mention.quantity
    if (
        quantity.unit is not None
        or quantity.scaled
        or not _DOT_GROUPED.fullmatch(text, mention.numeral_start, mention.end)
    ):
        return None
    if not _COUNTED_ONE_BY_ONE_AFTER.match(text, mention.end):
        return None
    return float(text[mention.numeral_start : mention.end].replace(".", ""))


def _capacity_of_unfinished(text: str, start: int, end: int) -> bool:
    """'The school for 624 places is 16% ready': the figure is what a building told as partly
    ready will hold."""
    return bool(
        _CAPACITY_FOR_BEFORE.search(text, max(0, start - 16), start)
        and _HELD_AFTER.match(text, end)
        and _PART_READY.search(text)
    )


# buildings named right before what they will hold: "14 schools for 5,600", "dormitories with 1,200"
_BUILDINGS_HOLDING_BEFORE = re.compile(
    r"\b(?:schools|kindergartens|dormitories|hospitals|clinics|polyclinics|hostels|hotels|stadiums|sports\s+centres"
    r"|sports\s+centers|buildings|facilities)\s+(?:for|with)\s+(?:(?:up\s+to|about|over|some|nearly)\s+)?$",
    re.I,
)


def _capacity_of_buildings_under_way(text: str, start: int, end: int) -> bool:
    """'Construction of 24 facilities is under way, including 14 schools for 5,600 pupils',
    'Builders are working on five kindergartens for 1,200 children': what buildings under
    construction will hold is not yet built (FORMAT.md: their capacity is plan)."""
    return bool(
        _BUILDINGS_HOLDING_BEFORE.search(text, max(0, start - 40), start)
        and _HELD_AFTER.match(text, end)
        and _BUILDING_UNDER_WAY.search(text)
        and not _BUILT_ALREADY.search(text)
    )


# "projects are being prepared to produce seats with a capacity of 100,000 units": a pool of projects
# in preparation, told as it stands now
_PROJECTS_IN_PREPARATION = re.compile(
    r"\bprojects\s+(?:are|were)\s+being\s+(?:prepared|developed|designed|worked\s+out)\b", re.I
)


def _output_of_projects_in_preparation(text: str, start: int) -> bool:
    """What projects being prepared are to produce ("projects are being prepared to produce seats with
    a capacity of 100,000 units, plastic parts for 150,000 units"): a plan standing at the report,
    not the year of a plan told before."""
    found = _PROJECTS_IN_PREPARATION.search(text, 0, start)
    return found is not None and found.end() <= start


# a size glued to what is being built: "work began on a 74-kilometre line", "the 500-megawatt plant"
_GLUED_SIZE = re.compile(r"\d-[a-z]+$", re.I)
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.I)


def _glued_size_of_a_thing(text: str, start: int, end: int) -> bool:
    """A size written as the adjective of one thing ("a 74-kilometre line"), not a quantity."""
    return bool(
        _GLUED_SIZE.search(text, start, end) and _ARTICLE_BEFORE.search(text, max(0, start - 6), start)
    )


def _buildings_under_way(text: str, start: int, end: int) -> bool:
    """'10 schools for 6,900 pupils are being built', '4 bus depots are being reconstructed',
    'Construction of 19 schools is under way': the figure counts buildings under construction."""
    buildings = _BUILDINGS_AFTER.match(text, end)
    if buildings:
        # "7 flats and 26 houses are being repaired": the verb comes after the list's last member
        after = _MORE_BUILDINGS_AFTER.match(text, buildings.end())
        if _BUILT_NOW_AFTER.match(text, after.end() if after else buildings.end()):
            return True
        if _BUILDING_NOW_BEFORE.search(text, max(0, start - 48), start):
            return True  # "17 companies are building 191 standard houses": the houses under way
    if _BUILDERS_AT_WORK_AFTER.match(text, end):
        return True  # "17 construction companies are building ...": who is at work now, counted now
    if _THINGS_BUILT_NOW_AFTER.match(text, end) and not _CAPACITY_FOR_BEFORE.search(
        text, max(0, start - 16), start
    ):
        return True
    if _BUILT_NOW_AFTER.match(text, end) and not text.startswith(" for", end):
        return True  # "Another 12,000 are under construction": the buildings named before, counted now
    return bool(
        _WORKS_OF_BEFORE.search(text, max(0, start - 60), start) and _WORKS_UNDER_WAY_AFTER.match(text, end)
    )


# buildings under construction or repair (FORMAT.md: their number is actual, their capacity plan)
# ("90 single-family 3-room residential houses": up to three words of kind before the noun)
_BUILDINGS_AFTER = re.compile(
    r"\s+(?:more\s+|new\s+|other\s+)?(?:[a-z-]+\s+|\d+-[a-z]+\s+){0,3}(?:schools|hospitals|clinics|polyclinics|kindergartens"
    r"|dormitories|buildings|facilities|centres|centers|houses|bridges|stadiums|plants|factories|zones|parks|terminals"
    r"|airports|stations|substations|blocks|sites|complexes|dams|reservoirs|roads|monuments|farms|greenhouses|warehouses"
    r"|hotels|hostels|mills|elevators|workshops|libraries|museums|theatres|apartments|flats|homes|cottages|projects)\b",
    re.I,
)
# after the buildings, only prepositional phrases ("for 6,900 pupils", "with 28,000 places") before the verb
_BUILT_NOW_AFTER = re.compile(
    # ("worth 1.1 trillion tenge": a decimal point is no sentence end)
    r"(?:\s+(?:for|with|of|in|at|on|across|worth|to\s+the\s+tune\s+of)\s+(?:(?!\b(?:were|was|will|would|have|has|had|are|is|and|but|to)\b)"
    r"(?:[^.;:]|\.(?=\d))){0,60}?)?"
    r",?\s+(?:is|are)\s+(?:currently\s+|now\s+|also\s+|still\s+)?(?:being\s+(?:built|constructed|erected|repaired|renovated"
    r"|reconstructed|modernised|modernized|upgraded|overhauled|refurbished|formed|created|set\s+up|turned\s+into|converted"
    r"|financed|equipped|implemented|fulfilled|developed|carried\s+out|realised|realized)|under\s+(?:construction|reconstruction|repair"
    r"|renovation|implementation))\b",  # "46 projects worth 1.1 trillion are being implemented" (FORMAT.md)
    re.I,
)
# any plural thing under a verb of building or repair ("4 bus depots are being reconstructed"), but not
# what the buildings hold ("for 6,900 pupils are being built" names no buildings)
_THINGS_BUILT_NOW_AFTER = re.compile(
    r"\s+(?:more\s+|new\s+|other\s+)?(?:[a-z-]+\s+){0,2}(?!(?:pupils|students|children|people|residents|patients|beds|places"
    r"|seats|visitors|tourists|cows|head|workers|jobs|families|households|rooms|passengers)\b)[a-z]+s"
    r",?\s+(?:is|are)\s+(?:currently\s+|now\s+|also\s+|still\s+)?(?:being\s+(?:built|constructed|erected|reconstructed"
    r"|renovated|repaired|overhauled)|under\s+(?:construction|reconstruction|repair|renovation))\b",
    re.I,
)
# the list's further members before its verb: ", 5 schools and 26 houses", " and 10 two-family houses"
_MORE_BUILDINGS_AFTER = re.compile(
    r"(?:(?:,\s*(?:and\s+)?|\s+and\s+)\d[\d,.]*\s+(?:[a-z-]+\s+|\d+-[a-z]+\s+){0,3}[a-z]+s\b)+", re.I
)
# an active verb of building before the figure: "crews are building 191 houses"
_BUILDING_NOW_BEFORE = re.compile(
    r"\b(?:is|are)\s+(?:currently\s+|now\s+|also\s+|still\s+)?(?:building|constructing|erecting|repairing"
    r"|renovating|reconstructing)\s+(?:another\s+|a\s+further\s+|(?:about|around|over|some|nearly|more\s+than)\s+)?$",
    re.I,
)
# the builders at work now: "17 construction companies are building", "800 workers are repairing"
_BUILDERS_AT_WORK_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}(?:companies|firms|contractors|crews|teams|brigades|organi[sz]ations)"
    r"\s+(?:is|are)\s+(?:currently\s+|now\s+|also\s+|still\s+)?(?:building|constructing|erecting|repairing"
    r"|renovating|reconstructing)\b",
    re.I,
)
_CAPACITY_FOR_BEFORE = re.compile(
    r"\b(?:for|with|of\s+up\s+to)\s+(?:(?:up\s+to|about|over|some|nearly)\s+)?$", re.I
)
_WORKS_OF_BEFORE = re.compile(
    r"\b(?:construction|renovation|reconstruction|repairs?|modernisation|modernization|overhaul|building)\s+(?:work\s+|works\s+)?"
    r"(?:of|at|on)\s+(?:(?:another|the|a\s+further|some|about|over|nearly)\s+)?$",
    re.I,
)
_WORKS_UNDER_WAY_AFTER = re.compile(
    r"\s+(?:more\s+|new\s+|other\s+)?(?:[a-z-]+\s+){0,3}(?:is|are)\s+(?:currently\s+|now\s+|also\s+|still\s+)?"
    r"(?:under\s*way|in\s+progress|ongoing|continuing)\b",
    re.I,
)
_PROJECT_PUT_AT_BEFORE = re.compile(
    r"\b(?:plant|station|project|projects|facility|complex|line|pipeline|railway|road|bridge|terminal|factory"
    r"|construction|cost|costs)\b(?:\s+(?:in|of|for|at)\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:was|were|is|are|has\s+been"
    r"|have\s+been)\s+(?:now\s+)?(?:estimated|put|valued|priced)\s+at\s+(?:(?:about|around|over|some|nearly"
    r"|almost|more\s+than|up\s+to)\s+)?(?:US\$|\$|₸|KZT\s?)?$",
    re.I,
)
# what follows a size written into a project's name: "(the 360 MW) station in Semey was put at"
_VALUED_PROJECT_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:plant|station|project|facility|complex|line|pipeline|railway|road|bridge|terminal"
    r"|factory|park|farm|unit|substation|reservoir)\b(?:\s+(?:in|of|for|at|near)\s+[\w-]+(?:\s+[\w-]+)?)?"
    r"\s+(?P<verb>was|were|is|are|has\s+been|have\s+been)\s+(?:now\s+)?(?:estimated|put|valued|priced)\s+at\b",
    re.I,
)
_LAND_SET_ASIDE_AFTER = re.compile(
    r"(?:\s+of\s+(?:land|area))?\s+(?:has|have)\s+(?:already\s+)?been\s+(?:allocated|set\s+aside|designated|reserved"
    r"|assigned|earmarked)\b",
    re.I,
)
_DESIGNED_FOR = re.compile(
    r"\b(?:is|are|was|were)\s+(?:being\s+)?designed\s+(?:for|to\s+(?:hold|handle|produce|process))\b", re.I
)
_DESIGNED_GATE = literal_gate(_DESIGNED_FOR)
_WORTH_OR_CAPACITY_BEFORE = re.compile(
    # "which stretches for 192 kilometres": the length of what is being built; "repairs are under way
    # on 318 streets totaling 264 kilometers": their size
    r"\b(?:costing|worth|valued\s+at|totall?ing|(?:(?:design|total|annual)\s+)?(?:capacity|cost|value|length|area)\s+of"
    r"|(?:stretch|stretches|stretching|extends|extending|runs|running)\s+(?:for|over))"
    r"\s+(?:a\s+total\s+of\s+)?(?:(?:up\s+to|over|about|around|nearly|almost|some|more\s+than)\s+)?(?:US\$|\$|₸|KZT\s?)?$",
    re.I,
)
# "working on six boilers with 7.2 billion tenge from the Government reserve": money drawn from a
# reserve, budget or fund for works told as under way, set aside as "was allocated from" says (+ps42en)
_FUNDED_WITH_BEFORE = re.compile(
    r"\b(?:with|using)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?(?:US\$|\$|₸|KZT\s?)?$",
    re.I,
)
_DRAWN_FROM_AFTER = re.compile(
    r"\s+(?:from|out\s+of)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:reserve|budget|fund)s?\b", re.I
)


def _funds_drawn_for_works(text: str, start: int, end: int) -> bool:
    """A sum told as the money works use, drawn from a named source (see _FUNDED_WITH_BEFORE); the
    caller wants the works under way in the sentence."""
    return bool(
        _FUNDED_WITH_BEFORE.search(text, max(0, start - 24), start) and _DRAWN_FROM_AFTER.match(text, end)
    )


_BUILDING_UNDER_WAY = re.compile(
    # "61 projects in the implementation stage with a total value of ...", "at the construction phase"
    r"\b(?:being\s+(?:built|constructed|laid|erected|implemented)|under\s+(?:construction|implementation)"
    r"|(?:in|at)\s+the\s+(?:implementation|construction)\s+(?:stage|phase)|(?:is|are)\s+(?:now\s+|currently\s+)?"
    r"(?:building|constructing|laying)|construction\s+of\b(?:[^.;]|\.(?=\d)){0,120}\b(?:has|have)\s+(?:begun|started)"
    # "Reconstruction has also begun on the irrigation system"
    r"|(?:construction|reconstruction|work|works)\s+(?:has\s+|have\s+)?(?:also\s+|now\s+|already\s+)?(?:begun|started|began)\s+on"
    # "builders began work on a 74-kilometre line", "crews are also working on five kindergartens"
    r"|(?:began|begun|started|starts?|begins?)\s+(?:work|construction)\s+on"
    r"|\b(?:builders|crews|contractors|workers)\s+(?:are|is)\s+(?:also\s+|now\s+|currently\s+|still\s+)?working\s+on"
    # "Medium repairs are currently underway on 318 streets", "with repairs underway on": works going
    # on, told by their noun
    r"|\b(?:repairs?|works?|reconstruction|renovation|construction)\s+(?:(?:are|is)\s+)?(?:currently\s+|now\s+|still\s+)?"
    r"(?:under\s*way|underway|ongoing|in\s+progress)\s+on\b"
    # "The construction of 41 houses with a total area of 141,300 sq m is carrying on"
    # ("reconstruction and overhaul of 309 km of networks is under way": any works told by their noun, +ps41en)
    r"|(?:construction|overhaul|repairs?|renovation|moderni[sz]ation)(?:\s+and\s+[a-z]+)?\s+of\b"
    r"(?:[^.;]|\.(?=\d)){0,120}\b(?:is|are)\s+(?:still\s+|now\s+)?"
    r"(?:under\s*way|underway|ongoing|in\s+progress|continuing|carrying\s+on|going\s+on))\b",
    re.I,
)
_BUILT_ALREADY = re.compile(
    r"\b(?:already|so\s+far|completed|commissioned|put\s+into|opened"
    r"|(?:were|was|have|has|had)\s+(?:been\s+)?(?:built|constructed|spent|invested|laid))\b",
    re.I,
)
_PROJECTS_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}projects\b", re.I)
_POOL_HOLDS_BEFORE = re.compile(
    r"\b(?:pool|portfolio|pipeline|list|map)\b[^.;]{0,60}\b(?:contains|comprises|includes|consists\s+of|numbers|counts|holds)"
    r"\s+(?:(?:about|around|over|some|nearly|almost|more\s+than)\s+)?$",
    re.I,
)
_BUDGET = re.compile(r"\b(?:budgets?|revenues?|spending|expenditures?|allocations?)\b", re.I)
# "projects with a potential of import substitution up to KZT 130 bln", "a potential to boost
# exports by $622 million": what may come of them, not a level reached (read for the figure the
# phrase leads to only: "top 8 countries with high export potential" keeps its count)
_POTENTIAL_BEFORE = re.compile(
    r"\bpotential\s+(?:of|to)\s+(?:[A-Za-z’'-]+\s+){0,5}?(?:(?:up\s+to|by|of|about|around|over|some|nearly)\s+)?"
    r"(?:US\$|\$|₸|KZT\s?)?$",
    re.I,
)
# "37bn tenge has been allocated for the repair of 705km of roads": the works a sum set aside pays
# for, told right after it (read only when that sum is a plan: the works are still to be done)
_WORKS_FUNDED_BETWEEN = re.compile(
    r"[^.;:]{0,80}?\bfor\s+(?:the\s+)?(?:repair|construction|reconstruction|purchase|building|renovation|overhaul"
    r"|acquisition|laying|modernisation|modernization)(?:\s+and\s+[a-z]+)?\s+of\s+"
    r"(?:(?:about|around|over|some|nearly|almost|more\s+than|at\s+least)\s+)?",
    re.I,
)


# "The basic pension is set at 28,284 tenge this year", "the minimum wage is currently set at
# 85,000 tenge": a payment or rate fixed for the span the report falls in is in force, actual
# (FORMAT.md); "from next January the pension is set at 30,000" is still to come and stays a plan
_RATE_SET_AT = re.compile(
    r"\b(?:pensions?|wages?|salar(?:y|ies)|allowances?|benefits?|stipends?|scholarships?|payments?|tariffs?"
    r"|rates?|fees?|minimum|(?P<price>prices?))\b[^.;,]{0,64}?\b(?:(?:is|are)\s+(?:now\s+|currently\s+)?set"
    # ("the price of fuel has been fixed at 232 tenge": a price fixed before the report, in force)
    r"|(?P<perfect>(?:has|have)\s+(?:now\s+)?been\s+(?:set|fixed)))\s+at\s+"
    r"(?:(?:about|around|over|some|nearly|almost|more\s+than)\s+)?(?:US\$|\$|₸|KZT\s?)?$",
    re.I,
)
_NOW_WORDS = re.compile(r"\b(?:this\s+year|currently|now|today|at\s+present)\b", re.I)


def _rate_set_now(text: str, start: int, own: Period | None, published: date) -> bool:
    """A payment or rate 'is set at' the figure for the time the report falls in."""
    if ("set at" not in text and "fixed at" not in text) or not (
        match := _RATE_SET_AT.search(text, max(0, start - 100), start)
    ):
        return False
    if match["price"] and (not match["perfect"] or own is not None or " and " in match[0]):
        # "the price is set at ...": a plan as much as a price in force; "... depends on the oil
        # price and has been fixed at $3.9 billion a year for 2025-2027": not the price's level
        return False
    if own is not None:
        begins, ends = own.period_start, own.period_end
        return begins is not None and begins <= published and (ends is None or published <= ends)
    if match["perfect"] and not _AHEAD_IN_SENTENCE.search(text, _sentence_start(text, start), start):
        return True  # "has been fixed at": fixed before the report and in force at it
    return _NOW_WORDS.search(text) is not None


# "From next January the pension has been set at 30,000": fixed now, in force only ahead
_AHEAD_IN_SENTENCE = re.compile(r"\b(?:next|coming|will|shall|from|starting|as\s+of)\b", re.I)


def _sentence_start(text: str, start: int) -> int:
    return max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)


# "The 2025 budget is planned at 540 billion tenge. This constitutes almost 11% of all spending":
# a share the next sentence gives of the figure just told is part of it and takes its kind
_THIS_SHARE_OPENING = re.compile(
    r"\s*(?:This|That|It|Which|This\s+sum|This\s+amount)\s+(?:constitutes|makes\s+up|accounts\s+for|represents|equals)\s+"
    r"(?:(?:about|around|over|some|nearly|almost|roughly|more\s+than|less\s+than)\s+)?$"
)


def _share_of_the_figure_before(text: str, start: int, unit: str | None) -> bool:
    return unit == "percent" and _THIS_SHARE_OPENING.fullmatch(text, 0, start) is not None


# "Conventional plants are to account for 166 MW of the new capacity": the part a whole is to be
# made of, read as an outcome (forecast) by the "is to" cue (context.py)
_IS_TO_SHARE_BEFORE = re.compile(
    r"\b(?:is|are)\s+to\s+(?:account\s+for|make\s+up|represent|constitute|comprise)\b[^.;]*$", re.I
)


def _share_of_a_planned_whole(text: str, start: int, unit: str | None, last_kind: str | None) -> bool:
    """'Kazakhstan plans to put 621.5 MW into operation in 2025. Conventional power plants are to
    account for 166 MW of the new capacity': the share a part is to make up of a planned whole
    told just before is planned as the whole is (+fs38en); of a whole projected ("shipments are
    projected at 5.2 million tons ... Dry cargo is to account for 2.5 million") it stays a forecast.
    A percent is no part of what was planned but a level aimed at ("E-commerce is to account for
    2.6% of retail trade", a programme's target indicator)."""
    return (
        last_kind == "plan"
        and unit not in ("percent", "percentage_point")
        and _IS_TO_SHARE_BEFORE.search(text, 0, start) is not None
    )
