"""The predicate of an English figure's clause: one reading of its verb group for the period and
kind decisions.

A report dates what happened with past and perfect verbs ("amounted to", "were built", "have
received") and states how things stand with present ones ("accounts for 40%", "the service has
1,618 crews", "prices hold at", "the plant can process 12 million tons a year"). FORMAT.md dates a
present state with no time phrase of its own at publication, whatever span the lead named; a
past or perfect verb keeps the span the article carries; a modal or future verb is ahead.

English has no inflection that tells a verb from a noun ("numbers", "counts", "holds"), so a word
is read as a verb only when it is an auxiliary or modal, a past form, or a form of a verb in
`_STATE_VERBS` (its inflections are generated from the stem, not listed), and a word that could be
a noun only in a verb's slot (after a subject, right before the figure).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from etl.extract.context import IRREGULAR_PARTICIPLES, RECORDED_CHANGE
from etl.extract.literal_gates import literal_gate, may_match, sentence_lower

# Verbs whose present simple states a level, a holding, a share or a capacity ("the region accounts
# for", "the farm keeps", "the fleet consists of", "the wing can accommodate"; "20% of landfills
# comply with / meet the norms": a standing condition, +fs42en) or a rate that holds
# now ("the sector generates 31% of GDP", "the landfill receives 1,000 tons a day"): stems.
_STATE_VERBS = frozenset(
    """account amount total number count have hold stand remain stay exceed comprise contain include consist
    cover employ own keep host range vary reach equal represent make serve connect link operate accommodate
    occupy stretch weigh cost boast possess hover rank estimate maintain run manage offer unite feature
    control need lack train live reside replace comply meet""".split()
    # flows whose present simple is a standing rate
    + """process produce generate handle grow export import supply consume receive use welcome attract emit
    ship harvest catch lose pay earn carry transport treat spend invest seat come ensure add""".split()
)
# The prepositions a state verb takes ("accounts for", "consists of", "amounts to", "stands at"):
# before any of these a state verb's form with another verb is a noun ("exports of", "the range of")
_PARTICLES = {
    "for": {"account"},
    "of": {"consist"},
    "to": {"amount", "equal"},
    "at": {"stand", "remain", "stay", "hold", "hover"},
    "from": {"range", "vary", "come"},
    "up": {"make"},
    "in": set(),
    "on": set(),
    "by": set(),
}
# Words that are nouns at least as often as verbs: a verb only right before the figure, after a
# word that can end a subject ("its collection numbers 1.2 million", not "the numbers 5 and 6").
_NOUN_LIKE = frozenset("number numbers count counts total totals measure measures stand stands".split())
_QUALIFIER_PAIRS = frozenset({("up", "to"), ("at", "least"), ("more", "than")})
_AFTER_DETERMINER = frozenset("the a an its their this that these those of in on for and or with by".split())
_BE = frozenset("is are am".split())
# after these a verb form is no finite verb: "was equal to", "to reach", "have been paying"
_NOT_FINITE_AFTER = frozenset("to was were is are be been being do does did".split())
# plural subjects that do not end in -s: "people employ", "children need"
_SUBJECT_PREPOSITIONS = frozenset("in of at from across on".split())
# a relative pronoun stands for its noun, plural as often as not: "the dormitories, which house"
_PLURAL_WORDS = frozenset("they we you i people children women men staff police cattle which who".split())
_PAST_BE = frozenset("was were".split())
_HAVE = frozenset("has have".split())
_MODALS = frozenset("will would shall should must could may might".split())
_AUXILIARIES = _BE | _PAST_BE | _HAVE | _MODALS
_NEW_CLAUSE = frozenset("and or but while whereas which that who whom where when".split())
_ABILITY = frozenset({"can"})
_QUALIFIERS = frozenset(
    "more than about around over almost nearly some up to at least approximately roughly only just "
    "currently now still today also already".split()
)
# "is able to process", "are capable of handling": a capacity, read as "can"
_ABLE = re.compile(r"\b(?:is|are)\s+(?:now\s+)?(?:able\s+to|capable\s+of)\s+\w+", re.I)
# words that open a phrase of its own before a figure: a comparison or an attendant detail
_ATTENDANT = frozenset("with than against versus including among compared".split())
_LAST_DIGIT = re.compile(r"\d\D*\Z")
_WORD = re.compile(r"[A-Za-z’']+")
_REACH = 80  # characters before the figure that hold its verb group
_AFTER_REACH = 72


@dataclass(frozen=True, slots=True)
class Predicate:
    """The verb group nearest a figure in its clause."""

    verb: str  # the lexical verb as written ("accounts", "amounted", "process"; "are" for a copula)
    tense: str  # "present", "past" or "ahead" (a modal or future: "will reach", "should")
    perfect: bool = False  # "have received", "has risen"
    progressive: bool = False  # "is handling"
    passive: bool = False  # "are employed", "were built"
    ability: bool = False  # "can process", "is able to"
    state_verb: bool = False  # a verb of `_STATE_VERBS` or a copula

    @property
    def states_now(self) -> bool:
        """How things stand at the report: a present (or ability) state, not an act done or ahead."""
        if self.tense != "present" or self.perfect:
            return False
        if self.progressive or self.passive:
            return self.state_verb
        return self.state_verb or self.ability


def _stem(word: str) -> str | None:
    """The stem of a present form of a state verb ("accounts" -> "account", "carries" -> "carry")."""
    if word in _STATE_VERBS:
        return word
    for suffix, replacement in (("ies", "y"), ("es", ""), ("s", "")):
        if word.endswith(suffix) and word[: -len(suffix)] + replacement in _STATE_VERBS:
            return word[: -len(suffix)] + replacement
    if word == "has":
        return "have"
    return None


def _participle_stem(word: str) -> str | None:
    """'employed' -> 'employ', 'handling' -> 'handle', 'kept' -> 'keep', 'held' -> 'hold'."""
    irregular = {"kept": "keep", "held": "hold", "had": "have", "made": "make", "stood": "stand"}
    if word in irregular:
        return irregular[word]
    for suffix in ("ed", "ing"):
        if word.endswith(suffix):
            base = word[: -len(suffix)]
            for candidate in (
                base,
                base + "e",
                base[:-1] if len(base) > 2 and base[-1] == base[-2] else base,
            ):
                if candidate in _STATE_VERBS:
                    return candidate
            if base.endswith("i") and base[:-1] + "y" in _STATE_VERBS:
                return base[:-1] + "y"  # "supplied"
    return None


def _agrees(word: str, stem: str, previous: str, previous_but_one: str = "") -> bool:
    """A present form agrees with the word before it as its subject: "-s" after no determiner or
    preposition ("the farm keeps", not "the counts"), a base form after a plural or a modal
    ("businesses employ", "can process"; "its forest cover", "flour cost" are none)."""
    if previous.endswith(("'s", "’s")):
        return False  # "the country's total power output": a possessive before a noun
    if word != stem and word != "have":
        return previous not in _AFTER_DETERMINER
    if previous in _MODALS or previous in _ABILITY or previous in _PLURAL_WORDS or previous_but_one == "and":
        return True  # "can process", "people employ", "oil and gas make up"
    return _plural(previous)


def _plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _plural_head_before(words: tuple[str, ...], position: int) -> bool:
    """A plural noun with a prepositional phrase after it ends just before `position`: "dairy
    farms in the region keep", "companies from abroad employ"."""
    for back in range(max(0, position - 5), position - 1):
        if _plural(words[back]) and words[back + 1] in _SUBJECT_PREPOSITIONS:
            return True
    return False


_PAST_IRREGULAR = frozenset("stood held had kept made rose grew fell came went hit took gave".split())


def _is_past_form(word: str) -> bool:
    return (word.endswith("ed") and len(word) > 4) or word in IRREGULAR_PARTICIPLES or word in _PAST_IRREGULAR


@lru_cache(maxsize=4096)
def _group(words: tuple[str, ...]) -> Predicate | None:
    """The verb group ending nearest the end of `words` (lower-case words before a figure)."""
    count = len(words)
    for position in range(count - 1, -1, -1):
        word = words[position]
        if word in _QUALIFIERS:
            continue
        previous = words[position - 1] if position else ""
        before_previous = words[position - 2] if position > 1 else ""
        if word in _ATTENDANT:
            return None  # "remains the largest buyer with 1.5 million tons": not the verb's own figure
        if word in ("to", "for", "of", "at", "by", "on", "up", "from"):
            continue  # the particle of "amounts to", "accounts for", "consists of", "stands at"
        following = words[position + 1] if position + 1 < count else ""
        if (following, words[position + 2] if position + 2 < count else "") in _QUALIFIER_PAIRS:
            following = ""  # "covers up to 45%", "employs at least 300": a qualifier, no particle
        if word in _NOUN_LIKE and (
            previous in _AFTER_DETERMINER
            or not previous
            # right before the figure, or before its own preposition ("its portfolio stands at")
            or (following and not (position == count - 2 and _stem(word) in _PARTICLES.get(following, ())))
        ):
            continue
        if previous in _ABILITY and word.isalpha():
            return Predicate(word, "present", ability=True)  # "its elevators can store 2.5 million tons"
        stem = _stem(word)
        if stem is not None and stem not in _PARTICLES.get(following, {stem}):
            continue  # "grain exports of 5 million tons", "the range of": a noun before its preposition
        if stem is not None and not (
            word in _HAVE and position + 1 < count and words[position + 1] == "been"
        ):
            if previous in _NOT_FINITE_AFTER or not (
                _agrees(word, stem, previous, before_previous)
                or (
                    word == stem
                    and previous not in _AFTER_DETERMINER
                    and _plural_head_before(words, position)
                )
            ):
                continue
            if previous in _MODALS or (before_previous in _MODALS and previous in _QUALIFIERS):
                return Predicate(word, "ahead", state_verb=True)
            if previous in _ABILITY or (before_previous in _ABILITY and previous in _QUALIFIERS):
                return Predicate(word, "present", ability=True, state_verb=True)
            if word in _HAVE and position + 1 < count and _is_past_form(words[position + 1]):
                return Predicate(words[position + 1], "present", perfect=True)
            return Predicate(word, "present", state_verb=True)
        if word in _BE:
            return Predicate(word, "present", state_verb=True)  # "is 4.6%", "are under construction"
        if word in _PAST_BE:
            return Predicate(word, "past", state_verb=True)
        if word in _MODALS:
            return Predicate(word, "ahead")
        if word == "been" or (word.endswith("ing") and previous == "been"):
            return Predicate(
                word, "past" if "had" in (previous, before_previous) else "present", perfect=True
            )
        if word.endswith("ing") and previous in _BE:
            stem = _participle_stem(word)
            return Predicate(word, "present", progressive=True, state_verb=stem is not None)
        if _is_past_form(word):
            if previous in _HAVE or (previous == "been" and before_previous in _HAVE):
                return Predicate(word, "present", perfect=True, passive=previous == "been")
            if previous in _BE:
                return Predicate(word, "present", passive=True, state_verb=_participle_stem(word) is not None)
            if previous in _PAST_BE or previous == "been" or previous == "had":
                return Predicate(word, "past", passive=previous != "had")
            if previous in _MODALS or previous == "be":
                return Predicate(word, "ahead")
            return Predicate(word, "past")
    return None


# "guests spend on average 177,000 tenge", "farms keep in total 2,500 head": an adverbial between
# the verb and its figure, which would read the verb as a noun before its preposition
_ADVERBIALS = frozenset({("on", "average"), ("in", "total"), ("in", "all")})


def _without_adverbials(words: list[str]) -> list[str]:
    """`words` without the two-word adverbials that stand between a verb and its figure."""
    if len(words) < 2 or (words[-2].lower(), words[-1].lower()) not in _ADVERBIALS:
        return words
    return words[:-2]


def predicate_before(text: str, clause: tuple[int, int], start: int) -> Predicate | None:
    """The verb group before the figure at `start` in its `clause` ("the region accounts for",
    "featured"), None when the figure comes before its verb or has none."""
    window = max(clause[0], start - _REACH)
    # a verb before another figure is that figure's ("houses 5,310.9 thousand and dormitories 52,499")
    digit = _LAST_DIGIT.search(text, window, start)
    if digit is not None:
        window = digit.start() + 1
    before = _without_adverbials(_WORD.findall(text, window, start)[-10:])[-8:]
    able = _ABLE.search(text, window, start) if text.find("ble ", window, start) != -1 else None
    if able is not None:
        return Predicate(able.group(0).split()[-1], "present", ability=True, state_verb=True)
    return _group(tuple(w.lower() for w in before))


def read_predicate(text: str, clause: tuple[int, int], start: int, end: int) -> Predicate | None:
    """The verb group of the figure at `start`..`end` in its `clause`: the nearest before the
    figure ("the region accounts for 40%"), else the first after it ("2,900 have been resolved",
    "12,000 are under construction"); None when the clause shows no verb."""
    found = predicate_before(text, clause, start)
    if found is not None:
        return found
    after = _WORD.findall(text, end, min(clause[1], end + _AFTER_REACH))[:8]
    words = [w.lower() for w in after]
    # a figure in the subject: the clause's verb comes after it ("2,900 have been resolved",
    # "25,000 households employing 70,000 people grow cotton")
    for position, word in enumerate(words):
        if word in _NEW_CLAUSE:
            return None  # "... to two million passengers a year and now operates 25 flights": another verb's
        if word in _AUXILIARIES:
            return _group_after(tuple(words[position : position + 3]))
        stem = _stem(word)
        if (
            stem is not None
            and word != stem
            and position == len(words) - 1
            and end + _AFTER_REACH >= clause[1]
        ):
            # "or 12% of non-primary exports.": an -s form ending the clause with nothing after it is
            # the noun the figure is a share of, not a verb (+fs41en)
            continue
        if (
            stem is not None
            and position
            and _agrees(word, stem, words[position - 1], words[position - 2] if position > 1 else "")
        ):
            return Predicate(word, "present", state_verb=True)
    return None


def _group_after(words: tuple[str, ...]) -> Predicate | None:
    """'are under construction', 'have been resolved', 'will be built' after a figure."""
    head = words[0]
    rest = words[1:]
    if head in _MODALS:
        return Predicate(head, "ahead")
    if head in _HAVE:
        return Predicate(rest[-1] if rest else head, "present", perfect=True)
    if head in _PAST_BE:
        return Predicate(head, "past", state_verb=True)
    following = rest[0] if rest else ""
    if following.endswith("ing"):
        return Predicate(
            following, "present", progressive=True, state_verb=_participle_stem(following) is not None
        )
    if _is_past_form(following):
        return Predicate(
            following, "present", passive=True, state_verb=_participle_stem(following) is not None
        )
    return Predicate(head, "present", state_verb=True)


# A plan document as the subject ("the revenue plan for 2025 has been raised by", "the revised city
# budget amounts to") or the object of a revision ("the maslikhat raised the city's 2025 budget by"):
# its figures are planned, nothing is collected or spent yet; a budget's revenues, receipts or
# execution are what came in.
_PLAN_SUBJECT = re.compile(
    r"\b(?:(?:revenue|spending|expenditure|budget|investment|financing|funding|production|output)\s+plans?"
    r"|(?:revised|updated|amended|adjusted|clarified|refined|draft|approved)\s+(?:[\w’'-]+\s+){0,2}?budget"
    r"(?!\s+(?:revenues?|receipts|execution|spending|expenditures?|deficit|funds)))\b",
    re.I,
)
_PLAN_REVISED = re.compile(
    r"\b(?:rais|increas|cut|reduc|revis|amend|adjust|expand)(?:e|es|ed|ing)?\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[\w’'-]+\s+){0,3}?(?:budgets?|plans?)\s+(?:for\s+(?:19|20)\d\d\s+)?(?:by|to)\b"
    # "the city's budget for 2025 was clarified and now amounts to": a budget revised in the passive
    r"|\bbudgets?(?:\s+[\w’'-]+){0,3}?\s+(?:was|were|has\s+been|have\s+been)\s+(?:revised|clarified|amended|adjusted"
    r"|updated|raised|increased|cut|reduced|expanded)\b",
    re.I,
)
# a sum decided, not yet spent: "the guaranteed transfer for 2023 was fixed at", "is set at"
_FIXED_AT = re.compile(
    # "Transfers, set at 2.8 trillion this year, ...": the reduced clause fixes a sum the same way
    # an adverb may stand inside the verb group: "was first budgeted at", "is now capped at"
    r"(?:\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:first\s+|initially\s+|originally\s+|now\s+|\w+ly\s+)?"
    r"|(?<=,\s))(?:set|fixed|capped|approved|budgeted)\s+at\s+"
    r"(?:(?:about|around|over|some|nearly|almost|up\s+to)\s+)?(?:US\$|\$|₸)?$",
    re.I,
)
_EXECUTED = re.compile(
    r"\b(?:executed|fulfilled|overfulfilled|collected|received|spent|disbursed|used|absorbed|came\s+in)\b",
    re.I,
)

_FIXED_AT_GATE, _PLAN_REVISED_GATE, _PLAN_SUBJECT_GATE, _EXECUTED_GATE = map(
    literal_gate, (_FIXED_AT, _PLAN_REVISED, _PLAN_SUBJECT, _EXECUTED)
)


def plan_figure(text: str, clause: tuple[int, int], start: int, end: int) -> bool:
    """The figure is a plan's by its predicate: a plan document as the subject of a present,
    perfect or future verb ("has been raised", "amounts to", "will total"; not "the 2023 budget
    amounted to"), a revision of a plan before it in the sentence ("raised the budget by 45
    billion, bringing it to 980 billion"), or a sum fixed at a level ("was set at"); never where
    the sentence tells the plan's execution ("the plan was fulfilled", "revenues collected")."""
    # a pattern whose words the sentence lacks is not scanned, once per figure (literal_gates)
    lower = sentence_lower(text)
    fixed = may_match(_FIXED_AT_GATE, lower) and _FIXED_AT.search(text, max(clause[0], start - 40), start)
    if fixed and RECORDED_CHANGE.search(text, max(0, fixed.start() - 160), fixed.start()):
        fixed = None  # "growth ... it is fixed at 6.2%": a change recorded, no sum decided
    if fixed or (may_match(_PLAN_REVISED_GATE, lower) and _PLAN_REVISED.search(text, 0, start)):
        return not (may_match(_EXECUTED_GATE, lower) and _EXECUTED.search(text, 0, clause[1]))
    if not may_match(_PLAN_SUBJECT_GATE, lower) or _PLAN_SUBJECT.search(text, clause[0], start) is None:
        return False
    if may_match(_EXECUTED_GATE, lower) and _EXECUTED.search(text, 0, clause[1]):
        return False
    predicate = read_predicate(text, clause, start, end)
    return predicate is not None and predicate.tense != "past"
