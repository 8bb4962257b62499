"""How an English figure's clause reads: its subject and verb, a contrast that cuts it,
relative and reduced clauses, a list's verb, appositions and asides passed over."""

from __future__ import annotations

import re
from datetime import date

from etl.extract import context as ctx
from etl.extract.en_tense import _MODAL_WORDS, _VERB_WORD, _is_past, _tense
from etl.extract.figure_clause import _FRONTED_AMOUNT, _clause_marks, fronted_main_clause
from etl.extract.literal_gates import literal_gate, may_match, sentence_lower
from etl.extract.mentions import Mention
from etl.extract.periods import Period, aside_spans
from etl.extract.predicate import predicate_before, read_predicate
from etl.extract.present_state import _STOCK
from etl.extract.reading_state import _SentenceFacts
from etl.extract.records import replace
from etl.extract.sentences import LIST_ITEM
from etl.extract.units import CURRENCIES

# "Some 1,200 villages including 3,500 schools, hospitals and akimats, will receive the service",
# "Three hundred new schools, accommodating 740,000 pupils, will open in 2025": a sentence's opening
# subject set off by commas from its verb; the verb, after members and participles, is the figure's
_VERB_OPENS = re.compile(
    r"\s*(?:will|would|shall|should|must|can|could|are|is|were|was|have|has|had)\s+[a-z]", re.I
)
_PARTICIPLE_OR_MEMBER = re.compile(
    r"\s*(?:[a-z]+ing\b|including\b|such\s+as\b|with\b|\(|[a-z]+\s+(?:and|or)\s+[a-z])"
)


def _subject_to_its_verb(text: str, clause: tuple[int, int]) -> tuple[int, int]:
    """The verbless clause opening the sentence, reaching on over members and participles set off
    by commas to the verb they are the subject of; else the clause as it is."""
    if clause[0] != 0 or not text.startswith(", ", clause[1]):
        return clause
    words = [w for w in _VERB_WORD.findall(text, 0, clause[1]) if w.lower() != "hundred"]  # no -ed verb
    if _tense(words, nearest_last=True) is not None:
        return clause
    marks = [m for m in _clause_marks(text) if m >= clause[1] and text[m] == ","]
    for k, mark in enumerate(marks[:8]):
        end = marks[k + 1] if k + 1 < len(marks) else len(text)
        if _VERB_OPENS.match(text, mark + 1):
            return (0, end)
        if not (_PARTICIPLE_OR_MEMBER.match(text, mark + 1) or _NAMED_MEMBER.fullmatch(text, mark + 1, end)):
            return clause
    return clause


# "6 more regions, namely, Almaty, Zhambyl and West Kazakhstan regions, are expected to launch": a
# member that is a name (or "namely") between the subject and its verb
_NAMED_MEMBER = re.compile(
    r"\s*(?:namely|i\.e\.|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}"
    r"(?:\s+(?:and|or)\s+[A-Z][\w’'-]*(?:\s+[A-Za-z][\w’'-]*){0,2})?)\s*"
)


# "94,250 grants have been allocated for the 2024-2025 academic year": a count of awards made keeps
# its verb's reading whatever span ahead they are for (FORMAT.md: grants awarded are no money set aside)
_AWARDED_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:has|have)\s+(?:already\s+)?been\s+(?:allocated|awarded|distributed|granted)\b",
    re.I,
)
# the whole a part already done is counted out of, told first: "As of July 1, of 444,000, 249,000
# new jobs have already been created" (FORMAT.md: the done part of a plan)
_WHOLE_OF_BEFORE = re.compile(r"(?:^|,\s+)of\s+(?:the\s+)?(?:US\$|\$|₸)?$", re.I)
_PART_DONE_AFTER = re.compile(
    r"(?:\s+[a-z]+){0,2},\s+(?:US\$|\$|₸)?\d[^.;]{0,80}?\b(?:already|so\s+far)\b", re.I
)
# a verbless level told as now after a comma: ", now 73%", ", currently about 40,000"
_COMMA_NOW_BEFORE = re.compile(
    r",\s+(?:now|currently|today|at\s+present)\s+(?:(?:about|around|over|some|nearly|almost|more\s+than)\s+)?"
    r"(?:US\$|\$|₸|KZT\s?)?$",
    re.I,
)


# "but", "while", "whereas", "yet" opening a second verb group of the same subject
_CONTRAST = re.compile(
    r"\s+(?:but|whereas|yet)\s+(?:(?:is|are|will|should|could|may|might)\b)"
    # "paid out 45 billion in 2024 and expects payments to reach 60 billion": the same subject's next
    # verb group, an outlook or intention of its own
    r"|\s+and\s+(?:now\s+|also\s+)?(?:expects|plans|intends|aims|hopes|wants|is\s+expected|are\s+expected)\b",
    re.I,
)


def _contrast_cut(text: str, clause: tuple[int, int], mention: Mention) -> tuple[int, int]:
    """'Exports grew by 7% last year but are expected to slow to 3%': a figure told with a past verb
    before a contrast is no part of the outlook or plan after it; its clause ends at the contrast."""
    contrast = _CONTRAST.search(text, mention.quantity.end, clause[1])
    if contrast is None:
        return clause
    predicate = predicate_before(text, (clause[0], contrast.start()), mention.start)
    if predicate is None or predicate.tense != "past":
        return clause
    return (clause[0], contrast.start())


# "The 12 schools that were to be built under the programme have all been opened": a relative
# clause right after the figure's noun describes it; the main verb after it is the figure's
# ("40 new buses expected to arrive in May will serve": a participle with no relative pronoun)
_SUBJECT_RELATIVE = re.compile(r"\s+(?:[\w’'-]+\s+){0,3}?(?:(?:that|which|who)\s|(?=[a-z]+ed\s))", re.I)


_OF_THE_BEFORE = re.compile(r"\bof\s+(?:the\s+|all\s+)?$", re.I)


def _without_subject_relative(
    text: str, cues: list[ctx.Cue], clause: tuple[int, int], mention: Mention
) -> list[ctx.Cue]:
    """The cues without those of a relative clause on the figure, when the figure is the subject of a
    later verb with a cue of its own (the last verbal cue of the clause)."""
    if (
        not cues
        or cues[-1][0] <= mention.quantity.end
        or any(clause[0] <= c[0] < mention.start for c in cues)
    ):
        return cues
    if _OF_THE_BEFORE.search(text, max(clause[0], mention.start - 12), mention.start):
        return cues  # "96 of the 188 measures scheduled so far have been completed": 96 is the subject
    relative = _SUBJECT_RELATIVE.match(text, mention.quantity.end, clause[1])
    if relative is None:
        return cues
    after = [c for c in cues if relative.end() <= c[0] < clause[1] and c[3]]
    if len(after) < 2:
        return cues
    main = after[-1]
    return [c for c in cues if not (relative.end() <= c[0] < main[0])]


# "featured 37 events designed to bring visitors", "opened 120 courses planned for the unemployed":
# a participle with no auxiliary after the figure's noun describes the noun (a reduced relative)
_REDUCED_AUXILIARIES = frozenset("is are was were be been being has have had".split())


def _verb_before_governs(text: str, cues: list[ctx.Cue], clause: tuple[int, int], mention: Mention) -> bool:
    """The figure is the object of a finite verb before it that tells or states ("featured 45
    concerts", "now has 18 zones"), and the only cues after it are participles describing its noun
    ("designed to draw", "planned for", "expected to be reviewed by June"): the verb governs it."""
    end = mention.quantity.end
    if _cues_in_subject_relative(text, cues, clause, mention):
        return True
    if not cues or cues[-1][0] < end or any(clause[0] <= c[0] < mention.start for c in cues):
        return False  # no cue after the figure (the common case), or a cue before it decides
    after = [c for c in cues if end <= c[0] < clause[1]]
    if not after or not all(_reduced_participle(text, clause, c) for c in after):
        return False
    predicate = predicate_before(text, clause, mention.start)
    return predicate is not None and predicate.tense != "ahead" and not predicate.passive


# a relative pronoun opening a clause on the subject, and the word that shows the main verb after
# it tells how things stand now ("... now contains", "... currently lists")
_SUBJECT_RELATIVE_OPENING = re.compile(r"\b(?:that|which|who)\s", re.I)
_STANDS_NOW = re.compile(r"\b(?:now|currently|today|already)\s+(?:[a-z]+\s+){0,1}$", re.I)


def _cues_in_subject_relative(
    text: str, cues: list[ctx.Cue], clause: tuple[int, int], mention: Mention
) -> bool:
    """'The list of goods that must be bought from local producers now contains 4,500 items': every
    cue of the clause sits in a relative clause on the subject, and the figure's own verb after them
    tells how things stand now: that verb governs it, as "now has 18 zones" does (+ps43en)."""
    in_clause = [c for c in cues if clause[0] <= c[0] < clause[1]]
    if not in_clause or in_clause[-1][0] >= mention.start:
        return False
    opening = _SUBJECT_RELATIVE_OPENING.search(text, clause[0], in_clause[0][0])
    if opening is None or text.find(",", opening.end(), mention.start) != -1:
        return False
    predicate = predicate_before(text, clause, mention.start)
    if predicate is None or predicate.tense == "ahead" or predicate.passive:
        return False
    verb = text.find(predicate.verb, in_clause[-1][1], mention.start)
    return verb != -1 and _STANDS_NOW.search(text, in_clause[-1][1], verb) is not None


def _reduced_participle(text: str, clause: tuple[int, int], cue: ctx.Cue) -> bool:
    first = text[cue[0] : cue[1]].split()[0]
    previous = (_VERB_WORD.findall(text, clause[0], cue[0]) or [""])[-1].lower()
    return first.endswith("ed") and previous not in _REDUCED_AUXILIARIES


# "to renovate the dormitories, which currently house 8,000 students", "to villages where about
# 600,000 people live": a relative clause has its own predicate; the plan's cue before it does not
# reach into it
# ("of which 8,000 km are highways" is a part of the planned whole, no relative clause of its own)
# ("networks that are more than 75% worn out": "that" with a present "is/are" and the figure, +ps41en)
_RELATIVE_OPENING = re.compile(
    r"(?<![\w-])(?<!of\s)(?:which|who|where|whose|that(?=\s+(?:is|are)\s+"
    r"(?:(?:over|more\s+than|about|around|nearly|almost|at\s+least)\s+)?$))\s",  # (searched up to the figure)
    re.I,
)
# the slot right after a subject pronoun is its verb's: "which currently house", "who now live"
_PRONOUN_VERB = re.compile(r"(?:which|who)\s+(?:currently\s+|now\s+|already\s+|still\s+)?([a-z]+)\s", re.I)


_VERB_AUXILIARIES = frozenset("is are was were be been being has have had do does did can cannot".split())


_COMPARED_AFTER = re.compile(
    r"\s+(?:more|less|higher|lower|above|below|up|down)\b(?:\s+than|\s+on|\s+from|\s+compared)", re.I
)


_RESTATES = re.compile(
    r"\s*(?:works?\s+out\s+(?:at|to)|comes?\s+to|equals|amounts?\s+to|translates?\s+(?:in)?to|means)\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than)\s+)?(?:US\$|\$|₸)?$",
    re.I,
)
_ENTAILS_WORKS = re.compile(
    r"\s*(?:entails?|involves?|implies|means|includes?|requires?)\s+(?:the\s+)?[a-z]+ing\b", re.I
)


def _relative_states(facts: _SentenceFacts, clause: tuple[int, int], mention: Mention) -> bool:
    """The figure is in a relative clause with no cue of its own whose verb states how things stand
    or what was done; the planning sentence around it gives it no kind."""
    openings = list(_RELATIVE_OPENING.finditer(facts.text, clause[0], mention.start))
    if not openings:
        return False
    start = openings[-1].start()  # the innermost relative clause before the figure
    if any(start <= cue[0] < clause[1] for cue in facts.cues):
        return False
    if _ENTAILS_WORKS.match(facts.text, openings[-1].end()):
        # "intentions to modernize networks, which entails upgrading 55 heat sources": what the plan
        # consists of, with its kind
        return False
    if _RESTATES.match(facts.text, openings[-1].end(), mention.start):
        # "15 million trees over 2021-2025, which works out at three million a year": the figure
        # before told again in another measure, with its kind, as ", or 3 million every year" (+ps41en)
        return False
    if _COMPARED_AFTER.match(facts.text, mention.quantity.end):
        # "anticipated to rise to 53.5 billion m3, which is 1% more than in 2022": the margin of the
        # level before over a base, with that level's kind
        return False
    predicate = read_predicate(facts.text, (start, clause[1]), mention.start, mention.quantity.end)
    if predicate is None:
        verb = _PRONOUN_VERB.match(facts.text, start, mention.start)
        # a plain present in the verb's slot ("which house 8,000 students"), no auxiliary or infinitive
        return verb is not None and verb.group(1).lower() not in _MODAL_WORDS | _VERB_AUXILIARIES
    return predicate.states_now or predicate.tense == "past"


# "had planned to commission 700,000 m2 of housing and delivered 760,000 m2": after the cue's own
# figure, "and" with a past verb and no subject of its own opens a second predicate
_AND_PAST_VERB = re.compile(r" and\s+(?:then\s+|eventually\s+|actually\s+)?([a-z]+)\s+(?:[a-z]+\s+){0,3}?$")


def _coordinated_past(facts: _SentenceFacts, clause: tuple[int, int], joined: int, mention: Mention) -> bool:
    """The figure belongs to a past verb coordinated after a cue's figure ("planned to build 300
    km and laid 320 km"), not to the cue; coordinated participles ("is to be built and
    commissioned") share the cue's auxiliary and are no new predicate."""
    found = _AND_PAST_VERB.match(facts.text, joined, mention.start)
    if found is None or not _is_past(found.group(1)):
        return False
    before = _VERB_WORD.findall(facts.text, clause[0], joined)
    if not before or _is_past(before[-1].lower()):
        return False
    cue = max((c for c in facts.cues if clause[0] <= c[0] < joined), default=None)
    return cue is not None and cue[2] != "actual" and any(ch.isdigit() for ch in facts.text[cue[1] : joined])


# "a tender was held to build GRES-3, a 2,600 MW plant": an apposition naming what is to be built
# gives its size, capacity or worth, none of it built yet
_TO_BUILD_BEFORE = re.compile(
    r"\bto\s+(?:build|construct|erect|lay|set\s+up)\s+(?:[^,;.:]|\.(?=\d)){1,50}$", re.I
)
_APPOSITION_OPENING = re.compile(r"\s*(?:a|an|the)\s", re.I)
_SET_ASIDE_FOR_WORKS = (
    # ("125.6 billion tenge is needed to build the 655 facilities": money still wanted, +fs39en)
    r"\b(?:allocated|allotted|earmarked|set\s+aside|(?:is|are)\s+(?:still\s+)?(?:needed|required))\s+"
    r"(?:[^,;.]{0,60}?\s)?(?:to\s+"
    r"(?:build|construct|erect|repair|renovate|buy|purchase|acquire|open|create"
    # ("to rebuild about 107 kilometres of heating networks": works of renewal, +fs39en)
    r"|rebuild|reconstruct|overhaul|modernise|modernize|upgrade|replace|lay)"
    # ("for building a 100-bed centre": the purpose as a gerund, +fs39en)
    r"|for\s+(?:building|constructing|erecting|the\s+construction\s+of))\s+"
    r"(?:(?:a|an|the)\s+)?"
)
_SET_ASIDE_TO_BUILD = re.compile(
    _SET_ASIDE_FOR_WORKS + r"(?:(?:about|some|over|more\s+than|another|up\s+to|nearly)\s+)?$", re.I
)
# "allocated to build a medical centre with 100 beds", "for building a school for 600 pupils": what
# the works will hold, told after their noun (the caller wants the held noun after the figure, +ps42en)
_SET_ASIDE_TO_BUILD_HOLDING = re.compile(
    _SET_ASIDE_FOR_WORKS + r"(?:[\w’'-]+\s+){1,6}?(?:with|for)\s+(?:(?:about|some|over|nearly)\s+)?$", re.I
)
# "In total, 125.6 billion tenge is needed to build ...": money still wanted is not spent (+fs39en)
_MONEY_NEEDED_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:is|are)\s+(?:still\s+)?(?:needed|required)\s+(?:to|for)\s", re.I
)
_BUILDING_BEGUN_ON = re.compile(
    r"\b(?:construction|building|work|works)\s+(?:has|have)\s+(?:already\s+)?(?:begun|started|commenced)"
    r"\s+on\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,2}$"
    # "This year marks the launch of a large-scale modernization of 3,000 km of track": the size of
    # works begun, still to be done
    r"|\b(?:launch|start|beginning)\s+of\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,2}?(?:modernization|modernisation"
    r"|reconstruction|construction|renovation|repair|overhaul)\s+of\s+(?:(?:about|around|over|some|nearly|almost"
    r"|more\s+than)\s+)?$",
    re.I,
)


def _names_what_is_to_be_built(text: str, clause: tuple[int, int], mention: Mention) -> bool:
    start = clause[0]
    return bool(
        start
        and text[start - 1] == ","
        and _APPOSITION_OPENING.match(text, start, mention.start)
        and _TO_BUILD_BEFORE.search(text, max(0, start - 80), start - 1)
    )


# "removing the flood risk for two villages with around 5,000 residents", "10 cities of over one
# million people": how many live in a place describes the place as it is, whatever the sentence
# plans for it (a goal's "connecting 2,120 settlements with 11.7 million residents" stays the goal's)
_PLACE_WITH_BEFORE = re.compile(
    r"(?:\b(?:villages?|towns?|cities|city|settlements?|districts?|communities|auls?)\b[^.;,]{0,40}?"
    r"\b(?:with|of|home\s+to)"
    # "ensuring care for the city's 200,000 residents": a place's own people, as it stands
    r"|\b(?:village|town|city|settlement|district|region|country|capital|community|aul)(?:['’]s|s['’]))"
    r"\s+(?:(?:about|around|over|some|nearly|almost|more\s+than)\s+)?$",
    re.I,
)
_PLACE_OWN_BEFORE = re.compile(
    r"\b(?:village|town|city|settlement|district|region|country|capital|community|aul)(?:['’]s|s['’])"
    r"\s+(?:(?:about|around|over|some|nearly|almost|more\s+than)\s+)?$",
    re.I,
)
_DWELLERS_AFTER = re.compile(r"\s+(?:residents|inhabitants|people|dwellers)\b", re.I)


def _lives_in_a_place(text: str, mention: Mention) -> bool:
    return bool(
        mention.quantity.unit in (None, "count")
        and _DWELLERS_AFTER.match(text, mention.quantity.end)
        and _PLACE_WITH_BEFORE.search(text, max(0, mention.start - 80), mention.start)
    )


# "the Tengiz expansion project worth $38 billion", "the costliest project is the new highway,
# worth 560 billion tenge": what a project is worth, with no verb saying it was done, is money
# still to be spent (FORMAT.md: the worth of projects under way is plan)
_PROJECT_WORTH = re.compile(
    r"\b(?:projects?|highways?|plants?|facilit(?:y|ies)|stations?|complex(?:es)?)\b[^.;:]{0,60}?"
    # ("77 projects with a total value of around $40 billion": the wording of _POOL_WORTH, +ps42en)
    r"\b(?:worth|costing|valued\s+at|with\s+a\s+(?:total\s+)?(?:cost|value|worth)\s+of)\s+"
    r"(?:(?:about|around|over|some|nearly|almost|up\s+to|more\s+than)\s+)?$"
    # "the pool now has 970 such projects for 32 trillion tenge": their total worth
    r"|\bprojects\s+for\s+(?:(?:about|around|over|some|nearly|almost|more\s+than)\s+)?(?:US\$|\$|₸|KZT\s?)?$",
    re.I,
)


_PROJECT_WORTH_GATE = literal_gate(_PROJECT_WORTH)


# "the implementation of three projects: Tengiz Future Growth Project ($36.8bn), ...": a project's
# worth in a bracket after its name, in a sentence about projects being carried out
_PROJECT_BRACKET = re.compile(r"\b[Pp]rojects?\b[^.;()]{0,48}\(\s*(?:US\$|\$|₸|KZT\s?)?$")
_IMPLEMENTING = re.compile(r"\bimplementation\s+of\b|\bbeing\s+implemented\b|\bunder\s*way\b", re.I)


# "79 projects are included in the Business Support Map for the amount of 967 billion tenge": the
# worth of projects entered in a map, pool or programme is money still to be spent (FORMAT.md);
# how many there are stays a present count
_POOL_WORTH = re.compile(
    r"\bprojects?\b[^.;:]{0,40}?\b(?:included|entered|listed)\s+in(?:to)?\b[^.;:]{0,90}?"
    r"\b(?:for\s+(?:the|a)\s+(?:total\s+)?amount\s+of|worth|totall?ing|with\s+a\s+total\s+(?:cost|value|worth)\s+of)"
    r"\s+(?:(?:about|around|over|some|nearly|almost|up\s+to|more\s+than)\s+)?(?:US\$|\$|₸|KZT\s?)?$",
    re.I,
)


def _worth_of_a_project(facts: _SentenceFacts, mention: Mention) -> bool:
    left = max(0, mention.start - 120)
    if (
        mention.quantity.unit in CURRENCIES
        and ("nclude" in facts.text or "ntered" in facts.text or "listed" in facts.text)
        and _POOL_WORTH.search(facts.text[max(0, mention.start - 200) : mention.start])
    ):
        return True
    if (
        mention.quantity.unit in CURRENCIES
        and "(" in facts.text
        and _PROJECT_BRACKET.search(facts.text, max(0, mention.start - 64), mention.start)
        and _IMPLEMENTING.search(facts.text)
    ):
        return True
    # no scan where the sentence lacks the pattern's words (asked once per figure)
    if not may_match(_PROJECT_WORTH_GATE, sentence_lower(facts.text)) or not _PROJECT_WORTH.search(
        facts.text[left : mention.start]
    ):
        return False
    return _told_undone(facts)


def _cost_of_work_to_come(facts: _SentenceFacts, mention: Mention) -> bool:
    """'the cost of the project is 38 million tenge', told beside the plan that names it: what the
    work costs is still to be spent (FORMAT.md), unless a past verb says the work was done."""
    return (
        mention.quantity.unit in CURRENCIES
        and "cost" in facts.text
        and _PROJECT_COST_IS.search(facts.text, max(0, mention.start - 80), mention.start) is not None
        and not _told_done(facts, _NOT_A_DEED_AFTER)
    )


def _estimated_cost(facts: _SentenceFacts, mention: Mention) -> bool:
    """'The estimated cost of the new bridge is 40 billion tenge', 'The preliminary cost of each
    plant is as follows: Kokshetau - 347 billion tenge, ...': a cost named as an estimate is money
    not yet spent (FORMAT.md: plan), unless a past deed in the sentence says the work was done."""
    if mention.quantity.unit not in CURRENCIES or "cost" not in facts.text:
        return False
    if _COST_NOT_SPENT.search(facts.text) or not _COST_ESTIMATE_BEFORE.search(
        facts.text, max(0, mention.start - 200), mention.start
    ):
        return False
    words = [w.lower() for w in _VERB_WORD.findall(facts.text)]
    return not any(
        (word.endswith("ed") and len(word) > 4 or word in ctx.IRREGULAR_PARTICIPLES)
        and word not in _WORTH_PARTICIPLES
        and word not in ctx._REPORTING
        and (position == 0 or words[position - 1] not in _NOT_A_DEED_AFTER)
        for position, word in enumerate(words)
    )


# a cost named as an estimate, then its verb ("is", "will be") or a list of members after a colon
_COST_ESTIMATE_BEFORE = re.compile(
    r"\b(?:estimated|preliminary|projected|approximate|tentative|indicative|expected)\s+(?:total\s+)?costs?\b"
    r"(?:\s+of\s+(?:[\w’'-]+\s+){1,5}?)?\s*(?:is|are|will\s+be|stands\s+at|amounts\s+to|totals)\s+"
    r"(?:as\s+follow(?:s|ing)\s*:(?:[^.;]|\.(?=\d)){0,160}?[–—-]\s*"
    r"|(?:(?:about|around|over|some|nearly|almost|more\s+than|up\s+to)\s+)?)(?:US\$|\$|₸|KZT\s?)?$",
    re.I,
)
# "the estimated cost of the damage is 5 billion", "the estimated cost of living": a loss assessed or
# a price level, not money to be spent on works
_COST_NOT_SPENT = re.compile(r"\bcosts?\s+of\s+(?:the\s+)?(?:damage|losses|harm|living)\b", re.I)


# a project's cost told in the present: "Its project cost is", "the cost of the project is"
_PROJECT_COST_IS = re.compile(
    r"\b(?:(?:project|estimated|design)\s+cost|cost\s+of\s+the\s+(?:[\w-]+\s+){0,2}?project)\s+(?:is|stands\s+at"
    r"|amounts\s+to|will\s+be)\s+(?:(?:about|around|over|some|nearly|almost|more\s+than)\s+)?(?:US\$|\$|₸|KZT\s?)?$",
    re.I,
)


# "104 projects valued at 6.7 trillion tenge", "an estimated cost of": a participle naming what
# something is worth tells no deed done
_WORTH_PARTICIPLES = frozenset(("valued", "estimated", "priced"))


def _told_done(facts: _SentenceFacts, not_after: frozenset[str] = frozenset({"is", "are"})) -> bool:
    """A past verb in the sentence (not after 'is/are') tells the work it names was done; not one
    whose object is the issues around the work ("has resolved issues concerning 77 projects worth
    $40 billion": the projects are not done), nor one of a "since it was ..." clause dating the
    subject (+ps42en)."""
    words = [w.lower() for w in _VERB_WORD.findall(facts.text)]
    return any(
        _is_past(word)
        and word not in _WORTH_PARTICIPLES
        and (position == 0 or words[position - 1] not in not_after)
        and word not in ctx._REPORTING  # ("..., the minister said": the telling, as _estimated_cost reads it)
        and not _ISSUES.intersection(words[position + 1 : position + 3])
        and not any(words[k : k + 2] in _SINCE_SUBJECT for k in (position - 2, position - 3) if k >= 0)
        for position, word in enumerate(words)
    )


# "resolved issues concerning", "settled the problems of": the object of the deed, not the work
_ISSUES = frozenset(("issues", "problems", "questions", "obstacles"))
_ISSUES_AFTER = re.compile(r"\s+(?:the\s+)?(?:issues|problems|questions|obstacles)\b", re.I)
# "since it was reorganised", "since they were set up": when the subject came to be, no deed on the work
_SINCE_SUBJECT = (["since", "it"], ["since", "they"])
_SINCE_SUBJECT_BEFORE = re.compile(r"\bsince\s+(?:it|they)\s+$", re.I)


# "plans to put into operation": an infinitive or a future, no deed told
_NOT_A_DEED_AFTER = frozenset({"is", "are", "to", "will", "would", "be"})


def _told_undone(facts: _SentenceFacts) -> bool:
    """No cue and no past verb in the sentence says the work it names was done or decided."""
    # ("has resolved issues concerning 77 projects": a deed on the issues, not the work, +ps42en)
    cues = [
        cue
        for cue in facts.cues
        if not _ISSUES_AFTER.match(facts.text, cue[1])
        and not _SINCE_SUBJECT_BEFORE.search(facts.text, max(0, cue[0] - 12), cue[0])
    ]
    if cues or facts.lead_cues or LIST_ITEM.match(facts.text):
        # (a list item takes its kind from its lead, even a lead with no cue of its own)
        return False  # "58 projects worth 340 billion were put into operation": a verb decided it
    # "put 126 projects into operation, worth ...", "... worth 7.3 billion came on stream": a past
    # verb anywhere in the sentence tells it was done
    return not _told_done(facts)


# "These are the construction of the second track (836 km), the bypass (75 km)", "Other active
# projects include Aktobe–Ulgaysyn (234 km)": the length of a line or road named as work under way,
# in a bracket after its name, is a size still to be built (FORMAT.md: plan)
_LENGTH_BRACKET = re.compile(r"\(\s*(?:about\s+|some\s+|over\s+)?$", re.I)
_WORK_UNDER_WAY = re.compile(
    r"\bconstruction\s+of\b|\bprojects?\s+(?:include|includes|are|is)\b"
    r"|\b(?:active|ongoing|current|new|major)\s+projects?\b|\bunder\s*(?:construction|way)\b",
    re.I,
)
_LENGTH_UNITS = frozenset({"km", "metre"})


def _length_of_a_project(facts: _SentenceFacts, mention: Mention) -> bool:
    return bool(
        mention.quantity.unit in _LENGTH_UNITS
        and _LENGTH_BRACKET.search(facts.text, max(0, mention.start - 12), mention.start)
        and _WORK_UNDER_WAY.search(facts.text)
        and _told_undone(facts)
    )


# ", and the overall pool includes 69 projects", ", and 128,000 of them are already in the ground":
# a joined clause with a verb of its own and no cue states a fact, whatever the clause before plans
_JOINED_CLAUSE = re.compile(r"\s*(?:and|but|while|whereas)\s", re.I)
_JOINED_OR_RELATIVE = re.compile(r"\s*(?:and|but|while|whereas|which|who|where)\s", re.I)
_STATE_VERBS = set(
    "is are was were has have had includes include contains contain totals counts numbers".split()
)


def _opens_own_clause(text: str, start: int) -> bool:
    """A clause joined by "and", "but", "while" or set off by a semicolon ("aims to attract 400
    billion in 2025; in 2024 it attracted 350 billion"): it may have a subject and verb of its own."""
    return bool(_JOINED_CLAUSE.match(text, start)) or text[max(0, start - 3) : start].rstrip().endswith(";")


def _states_own_fact(facts: _SentenceFacts, clause: tuple[int, int], mention: Mention | None = None) -> bool:
    """The clause, free of cues, tells a fact by its own verb: a state ("the pool includes 69
    projects") or, read from the figure's verb group, a past act ("and volunteers planted 2.3
    million", "in 2024 it attracted 350 billion")."""
    start, end = clause
    if any(start <= cue[0] < end for cue in facts.cues):
        return False
    # "May" the month is no modal ("by the end of May")
    words = [w.lower() for w in _VERB_WORD.findall(facts.text, start, end) if w != "May"]
    for position, word in enumerate(words):
        if word in _MODAL_WORDS:
            return False
        if word in _STATE_VERBS:
            following = words[position + 1] if position + 1 < len(words) else ""
            return not following.endswith("ing") and following not in ("to", "due", "set", "expected")
    if mention is None:
        return False
    predicate = read_predicate(facts.text, clause, mention.start, mention.quantity.end)
    return predicate is not None and predicate.tense == "past"


_PARTICIPLE_OPENING = re.compile(r"\s*[a-z]{3,}ing\s")
_LIST_AUXILIARY = re.compile(r"\s(?:is|are|were|was|will\s+be|have\s+been|has\s+been)\s+$")
_AND_SUBJECT = re.compile(
    r"\s+and\s+(?:(?:about|around|over|some|nearly|almost|more\s+than|another|a\s+further)\s+)?"
)
_NOT_A_LIST = re.compile(
    r"[;:]|\b(?:is|are|was|were|has|have|had|will|which|that|while|whereas|but|with)\b|\bof\s+(?:them|these)\b",
    re.I,
)


def _list_verb(facts: _SentenceFacts, clause: tuple[int, int], mention: Mention) -> str | None:
    """'12 power units, 46 boilers and 63 turbines are to be repaired': a figure in a clause
    without a cue, followed only by more listed figures, takes the kind of the list's verb."""
    cues = facts.cues
    if not cues or cues[-1][0] < clause[1]:
        return None  # no cue after the clause: the common case, decided without a scan
    following = next((cue for cue in cues if cue[0] >= clause[1] and cue[3]), None)
    if following is None or any(clause[0] <= start < clause[1] for start, _, _, _ in cues):
        return None
    # "600 buses, 100 electric buses and 112 trolleybuses are due to arrive": the list's own
    # auxiliary before a cue word is no verb between the figures
    between = _LIST_AUXILIARY.sub("", facts.text[mention.quantity.end : following[0]])
    if not any(character.isdigit() for character in between) or _NOT_A_LIST.search(between):
        return None
    if _tense(_VERB_WORD.findall(facts.text, clause[0], clause[1]), nearest_last=True):
        return None  # the figure's clause has a verb of its own ("opened 140 schools")
    if _PARTICIPLE_OPENING.match(facts.text, clause[0]):
        return None  # ", giving 80,000 residents access": a participle clause, its verb its own
    return following[2]


_APPOSITION = re.compile(r"\s*or ")
_ASIDE_OPENING = re.compile(r"\s*(?:which|who|with)\s")
_ASIDE = re.compile(r",\s+(?:which|who|with)\s(?:[^,;:]|,(?=\S))*")  # "206,000" inside is no clause mark
_VERB_OPENING = re.compile(r",\s+(?:is|are|was|were|has|have|had|will|would|can|may|should|must)\b")


_FUTURE_OR_GOAL = re.compile(
    r"\b(?:will|would|shall|plans?|planned|aims?|intends?|targets?|goal|expected|expects|should|must|to\s+be)\b",
    re.I,
)


# a level, not a flow counted up to the day: "the number of ... had fallen to 236", "grew 19% to 4.3 trillion"
_LEVEL_TOLD = re.compile(
    r"\bnumber\s+of\b|\bto\s+(?:[$₸€£]|US\$|KZT\s*)?\d"
    # "467 of them had been completed": the done part of a set named before is a stock on the day
    r"|\d\s+of\s+(?:them|these|those|the\s+[\w\s-]{1,40}?)\s+(?:had|have)\s+been\b",
    re.I,
)
_LATER_CLAUSE = re.compile(r",\s+and\s+|;\s+")


def _days_reached(text: str, periods: list[Period], published: date) -> list[Period]:
    """'By the end of the second quarter, the number had fallen to 236': a deadline already past
    in a sentence told in the past, at a quarter's or month's end, is the day the level stood on
    (a year's end keeps its own reading, see _past_deadline); no plan or goal is in sight."""
    # "By the end of April, 467 of them had been completed, ..., and the rest are due by year-end":
    # a later clause joined by "and" has its own tense; the day's clause is read up to it
    deadline = next((p for p in periods if p.is_deadline and p.period_start is None), None)
    joined = _LATER_CLAUSE.search(text, deadline.end) if deadline is not None else None
    if joined is not None:
        text = text[: joined.start()]
    if _FUTURE_OR_GOAL.search(text) or _tense(_VERB_WORD.findall(text), nearest_last=False) != "past":
        return periods
    if not (_LEVEL_TOLD.search(text) or _STOCK.search(text)):
        return periods  # "By the end of November, 6.3 million tons had been shipped": counted up to then
    return [
        replace(p, period_start=p.period_end, is_deadline=False)
        if p.is_deadline and p.period_start is None and p.period_end is not None and p.period_end < published
        and (p.period_end.month, p.period_end.day) != (12, 31) and not p.is_comparison
        else p
        for p in periods
    ]  # fmt: skip


_STARTED = re.compile(r"\b(?:started|began|begun|launched|commenced|kicked\s+off)\b", re.I)


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with `spans` blanked (offsets kept): cues there speak for no figure outside."""
    for start, end in spans:
        text = text[:start] + ", " + " " * (end - start - 4) + ", " + text[end:]
    return text


def _figureless_asides(text: str, found: list[Mention]) -> list[tuple[int, int]]:
    """The asides that hold no figure: their "since 2014" or "due in 2025" tells the subject's
    history or schedule, and neither dates the main clause's figures, sets the scope, nor gives
    them its kind ("The number of unemployed, which had been declining since 2014, rose ...")."""
    return [
        (m.start(), m.end())
        for m in aside_spans(text)
        if not any(m.start() <= f.start < m.end() for f in found) and not _STARTED.search(m.group(0))
    ]


def _past_aside(text: str, clause: tuple[int, int]) -> tuple[int, int]:
    """'21.5 billion tenge, which pools returned assets, has been earmarked', 'the remaining 112,
    with 206,000 seats, are due this year': the verb (and period) after an aside speak for the
    subject before it, and for the aside itself."""
    start, end = clause
    if end >= len(text) or (", wh" not in text and ", with " not in text):
        return clause
    aside = _ASIDE.match(text, end)
    if aside and _VERB_OPENING.match(text, aside.end()):
        following = text.find(", ", aside.end() + 2)
        return start, following if following != -1 else len(text)
    if _ASIDE_OPENING.match(text, start, end) and _VERB_OPENING.match(text, end):  # the aside itself
        following = text.find(", ", end + 2)
        return start, following if following != -1 else len(text)
    return clause


def _past_appositions(text: str, clause: tuple[int, int], asides: bool = True) -> tuple[int, int]:
    """'536 km, or 99% of the plan, have been repaired': the verb after an ', or ...,' apposition
    still speaks for the figure before it."""
    start, end = clause
    if _APPOSITION.match(text, start, end) and end < len(text):  # the apposition itself
        following = text.find(", ", end + 2)
        return start, following if following != -1 else len(text)
    if asides:
        beyond = _past_aside(text, clause)
        if beyond != clause:
            return beyond
    if not start:
        subject = _subject_to_its_verb(text, clause)
        if subject != clause:
            return subject
    if (
        start
        and _VERB_OPENING.match(text, end)
        and _tense(_VERB_WORD.findall(text, start, end), nearest_last=True) is None
    ):
        # "half of the budget, 56% or 477.6 billion tenge, is directed to schools": a verbless
        # figure set off by commas is the subject of the verb right after it
        following = text.find(", ", end + 2)
        return start, following if following != -1 else len(text)
    while text.startswith(", or ", end):
        following = text.find(", ", end + 5)
        end = following if following != -1 else len(text)
    if end != clause[1] and text.find(", ", end + 2) != -1:
        end = text.find(", ", end + 2)
    elif end != clause[1]:
        end = len(text)
    return start, end


# "For 80 million tenge, it is planned to irrigate 80 hectares", "With 5 billion tenge, the akimat
# will repair 12 schools": a sum placed first, before the comma, is what the clause after it does
# with it, and takes that clause's kind
_FRONTED_SUM = re.compile(r"\s*(?:For|With)" + _FRONTED_AMOUNT)


def _fronted_sum_kind(facts: _SentenceFacts, clause: tuple[int, int], mention: Mention) -> str | None:
    """The kind of the clause after a sum placed first in its sentence; None for any other figure."""
    if mention.quantity.unit not in CURRENCIES:
        return None
    main = fronted_main_clause(facts.text, clause, mention, _FRONTED_SUM)
    if main is None:
        return None
    kinds = [kind for start, _, kind, verbal in facts.cues if main[0] < start < main[1] and verbal]
    return kinds[0] if kinds else None


# "we plan to build new lines, modernize 5,000 km of track, and repair another 11,000 km": a later
# member of a list of works verbs shares the plan cue of the first ("by 2030" makes no goal of it)
_WORKS_VERB_OPENING = re.compile(
    r",\s+(?:and\s+)?(?:build|construct|reconstruct|modernize|modernise|repair|renovate|upgrade|lay|install"
    r"|replace|overhaul|commission|open|create)\s",
    re.I,
)


def _works_list_member(facts: _SentenceFacts, clause: tuple[int, int]) -> bool:
    """The clause is a later works verb of a list whose first verb follows a plan cue."""
    if not _WORKS_VERB_OPENING.match(facts.text, clause[0] - 1 if clause[0] else 0):
        return False
    earlier = [cue for cue in facts.cues if cue[1] <= clause[0]]
    return bool(earlier) and earlier[-1][2] == "plan"


# ", despite 57% of its networks being worn out": a concession states how things stand, whatever
# the main clause plans
_DESPITE_OPENING = re.compile(r"\s*(?:despite|in\s+spite\s+of)\s", re.I)


def _concession_state(facts: _SentenceFacts, clause: tuple[int, int]) -> bool:
    return bool(
        _DESPITE_OPENING.match(facts.text, clause[0])
        and not any(clause[0] <= cue[0] < clause[1] and cue[2] != "actual" for cue in facts.cues)
    )
