"""The tense of the English words before a figure: past or present verbs, modifiers,
auxiliaries and modals."""

from __future__ import annotations

import re

from etl.extract import context as ctx

_MODAL_WORDS = {"will", "would", "should", "could", "may", "might", "must", "shall", "to"}


# The verb nearest a figure says whether it states how things stand now ("the network totals
# 95,000 km", "1,420 need an overhaul") or what happened ("was", "were built", "had").
_PRESENT_VERBS = set(
    """is are has have totals stands remains remain exceeds amounts comprises employs contains need lack operate
    operates owns holds stand exceed comprise contain hold possess possesses""".split()
) | {  # third persons that follow no modal: "wear ranges from 65% to 90%", "the sector counts 96 firms"
    "ranges", "varies", "reaches", "accounts", "represents", "equals", "counts",
    # what a network does now: "flights connect the country with 115 destinations"
    "connect", "connects", "serve", "serves", "link", "links",
    # a rate in force or an extent as it stands: "the state subsidises 50% of the cost", "the fund spans"
    "subsidises", "subsidizes", "covers", "spans",
    # ("the programme directs 50% of the fund's income to children's accounts": a share a scheme in
    # force sends, as "subsidises" is the share it pays, +ps42en)
    "directs", "channels",
    # an extent as it stands: "the heating networks stretch for 13,000 km" (+fs35en)
    "stretch", "stretches", "extend", "extends",
    # the terms a lender sets now: "the bank lends to farms at 2% a year" ("charges" may be a noun)
    "lends",
    # who is at work now: "312 building companies work in the region" (as "operate"); who studies
    # now: "about 3,500 students study at the university" (+pb44en)
    "work", "study",
    # what a network gives now: "5,000 medical organizations provide rural medical assistance" (not
    # "the project provides for 55 departments", the content of a plan: see _tense)
    "provide", "provides",
    # how far a set of levels spreads now, in the plural too: "subsidised fares range from 8,000 to
    # 18,000 tenge" ("subsidised" is no past tense of the clause) (+fs30en)
    "range", "vary",
    # what a part gives or a service offers now: "small hydropower plants contribute 280 MW", "the bank
    # offers a rate from 14.6%", "36 routes go to China", "100 flights a week run", "buyers save 15%"
    "contribute", "contributes", "offer", "offers", "go", "run", "runs", "save", "saves", "account",
}  # fmt: skip
_CHANGE_NOUN_AFTER = {"growth", "increase", "rise", "decline", "decrease", "drop", "fall", "reduction"}
_PRESENT_BEFORE_TO = {"amount"}  # "reserves amount to 33.6 billion tons"; "in the amount of" is a noun
_PAST_VERBS = set("""was were had did been will would could should must""".split())
_VERB_WORD = re.compile(r"[A-Za-z’']+")


# the simple pasts of a change or a deed that are no participle ("traffic grew by 11% to 852,000")
_IRREGULAR_SIMPLE_PASTS = frozenset("grew rose fell shrank sank went came took gave brought sold".split())


def _is_past(word: str) -> bool:
    return (
        word in _PAST_VERBS
        or (word.endswith("ed") and len(word) > 4)
        or word in ctx.IRREGULAR_PARTICIPLES
        or word in _IRREGULAR_SIMPLE_PASTS
    )


_APPOSED_ESTIMATES = {"estimated", "valued", "assessed"}
_AUXILIARIES_BEFORE = {
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "it",
    "they",
    "we",
}


def _apposed(words: list[str], position: int) -> bool:
    """'reserves, estimated at ...': a participle opening its clause or right after a noun, before
    'at' (no auxiliary or subject pronoun before it), describes the noun; it is no verb of the clause."""
    following = words[position + 1].lower() if position + 1 < len(words) else ""
    previous = words[position - 1].lower() if position else ""
    return following == "at" and previous not in _AUXILIARIES_BEFORE


def _tense(words: list[str], nearest_last: bool, word_before: str = "") -> str | None:
    """'present', 'past' or None: the verb of `words` nearest the figure ("have taken" is past)."""
    count = len(words)
    for position in range(count - 1, -1, -1) if nearest_last else range(count):
        word = words[position].lower()
        if word in _PRESENT_VERBS or (
            word in _PRESENT_BEFORE_TO and position + 1 < count and words[position + 1].lower() == "to"
        ):
            following = words[position + 1].lower() if position + 1 < count else ""
            if word in ("provide", "provides") and following in ("for", "that"):
                continue  # "the project provides for 55 departments": what a plan holds
            if word in ("is", "are") and _CHANGE_NOUN_AFTER.intersection(
                w.lower() for w in words[position + 1 : position + 4]
            ):
                # "There is significant growth in Almaty with 9 million passengers": a change over
                # the span told, not how things stand now
                return "past"
            if word in ("is", "are") and following.endswith("ing"):
                # "is looking into shipping": an action under way, not a level; but "are working
                # on 69 projects" says how things stand
                if following in _MOVING_PROGRESSIVES and position + 3 == count and words[-1].lower() == "in":
                    # "Flour prices are rising in 13 regions": how many places it holds in now
                    return "present"
                return "present" if following in _STATE_PROGRESSIVES else None
            return "past" if word in ("has", "have") and _is_past(following) else "present"
        if word in _APPOSED_ESTIMATES and _apposed(words, position):
            continue  # "possesses coal reserves, estimated at around 33 billion tons": the clause's verb tells
        if _is_past(word) and not _modifier(words, position):
            # (the word before the window counts: "cases are | detected in the country each year
            # and about 13,000 ..." cut after "are", +fs38en)
            if (
                (words[position - 1] if position else word_before).lower() in ("is", "are")
                and (word.endswith("ed") or word.lower() in _STATE_IRREGULAR_PARTICIPLES)
                and word not in _SPAN_PASSIVES
            ):
                # "reserves are concentrated in 400 fields", "74% of power is produced from coal":
                # the present passive states how things stand
                return "present"
            if (
                position > 1
                and word in _WHERE_PARTICIPLES
                and [w.lower() for w in words[position - 2 : position]] == ["can", "be"]
            ):
                # "140 wind and solar plants can be found in the country": where things stand now
                return "present"
            return "past"
    return None


_WHERE_PARTICIPLES = {"found", "seen", "located"}
# irregular participles whose present passive states a make-up or a holding ("the fleet is made up
# of 59 wind farms with 1,409 MW", "deposits are held in 22 banks", "the herd is kept on 40 farms"),
# as the -ed ones above do (+fs41en)
_STATE_IRREGULAR_PARTICIPLES = {"made", "held", "kept"}
# "growth rates are observed in engineering (+21.8%)", "is expected to fall": a present passive that
# reports what a span showed or what is foreseen, no state at the report
_SPAN_PASSIVES = {
    "observed", "noted", "recorded", "registered", "reported", "marked", "fixed", "expected", "estimated",
    "projected", "forecasted", "planned", "scheduled", "needed", "required",
}  # fmt: skip


# "prices are rising in 13 regions": a movement under way, read as a state only for the places
# (the figure right after "in") where it holds now
_MOVING_PROGRESSIVES = {"rising", "falling", "growing", "climbing", "declining", "increasing", "decreasing"}


# "are working on 69 projects", "is implementing 24 projects": how things stand, not an act ahead
_STATE_PROGRESSIVES = {
    "working", "implementing", "developing",
    # how many sites are being worked on now: "is renovating 36 hospitals", "are upgrading 12 schools"
    "renovating", "repairing", "upgrading", "modernising", "modernizing", "reconstructing", "overhauling",
    # how many are at work now: "around 1,000 enterprises are functioning in the region"
    "functioning", "operating",
    # who is where now: "3,500 students are studying at the university", "1,200 families are waiting
    # for housing", "60 patients are undergoing treatment" (+pb44en)
    "studying", "residing", "waiting", "undergoing", "serving",
}  # fmt: skip


def _modifier(words: list[str], position: int) -> bool:
    """'11,436 kindergartens, attended by about one million children': a participle with its
    agent and no auxiliary before it describes a noun; it is no past tense."""
    if position and words[position - 1].lower() in _ARTICLES:
        return True  # "with a combined capacity of": an adjective after its article
    return (
        position + 1 < len(words)
        and words[position + 1].lower() == "by"
        and words[position].lower().endswith("ed")
        and (position == 0 or words[position - 1].lower() not in _AUXILIARY_BEFORE)
    )


_ARTICLES = {"a", "an", "the"}


_AUXILIARY_BEFORE = {"was", "were", "been", "be", "is", "are", "has", "have", "had", "being", "already"}


# "will invest", "is to be built", "are planned to": a sentence that speaks only of what is to come
_AHEAD_WORDS = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:to\s+be|planned\s+to|expected\s+to|due\s+to))\b", re.I
)
_PAST_WORDS = re.compile(
    r"\b(?:was|were|had|did|ago|last|previous(?:ly)?|earlier)\b|\b\w+ed\s+(?:in|on|by)\b", re.I
)


def told_ahead_only(text: str) -> bool:
    """The sentence tells what will be and nothing that was ("In the second half of the year the
    company will invest 8.3 billion"): a yearless span in it cannot lie in a year gone by."""
    return _AHEAD_WORDS.search(text) is not None and _PAST_WORDS.search(text) is None
