"""The verbs an English item must not keep: 'food production is expected to [grow] by 10.9%',
'to [lift] exports of IT goods to $500 million', '[raising] coverage to 61%'.

An item is the noun phrase a figure measures. Read backwards from a figure, the words before it
often end with the predicate that links the subject to the figure; the words after a count may
be a verb whose subject was left out ("of which 33 make medicines"). These functions tell the
verb of such a predicate from the nouns around it, by its form: a base form after "to", a modal
or an auxiliary, a form inflected for tense or person, a participle in -ing opening a clause.
Only verbs that report figures are listed, so that a noun such as "exports" or "funding" is
never taken for one.
"""

from __future__ import annotations

# Verbs that move, set, give or take a quantity: the predicates of reported figures.
_BASE_VERBS = frozenset(
    """grow rise climb fall drop decline lift raise bring cut reduce lower boost increase double triple
    halve expand reach exceed keep hold get make take give provide allocate invest build attract
    create train ship spend maintain achieve receive pay sell buy supply deliver plant collect
    repair connect open launch employ hire generate save cover serve treat surge jump soar slip
    shrink slow ease edge top hit total amount stand come go add gain lose return earn account
    approach surpass produce harvest export import process transport carry see""".split()
)
# Irregular forms of the verbs above (past, participle).
_IRREGULAR = frozenset(
    """grew grown rose risen fell fallen brought cut kept held got gotten made took taken gave given
    built spent paid sold bought hit stood came gone went lost earned shrank shrunk saw seen""".split()
)
# Gerunds that are nouns in their own right: "spending on education", "processing capacity".
_NOUN_GERUNDS = frozenset(
    """spending processing training building buildings holding holdings shipping shipments harvesting
    planting opening openings offering savings earnings landing gathering meeting lending funding
    financing housing heating mining""".split()
)
# Words that may stand between a modal or "to" and its verb: "will also receive", "to further cut".
_ADVERBS = frozenset("also already further still then now only even again thus gradually".split())
_INFINITIVE_MARKS = frozenset("to will would shall should must may might can could not".split())
_AUXILIARIES = frozenset("be been being is are was were has have had do does did".split())
# "is [expected] to grow", "[intends] to spend": what may stand before the "to" of the predicate.
_TAKES_INFINITIVE = frozenset(
    """expected projected forecast forecasted set planned due likely going estimated poised seen intend intends
    intended plan plans aim aims aimed seek seeks hope hopes want wants need needs expect expects expected
    decided agreed promised pledged managed continue continues""".split()
)
_PARTICLES = frozenset("down up out".split())


def _base(word: str) -> str | None:
    """The listed base verb this word is a form of, if any ('climbing' -> 'climb', 'raises' ->
    'raise'); irregular forms are their own."""
    lower = word.lower()
    if lower in _BASE_VERBS or lower in _IRREGULAR:
        return lower
    for ending in ("ing", "ed", "es", "s"):
        if lower.endswith(ending):
            stem = lower[: -len(ending)]
            for candidate in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
                if candidate in _BASE_VERBS:
                    return candidate
    return None


def is_inflected_verb(word: str) -> bool:
    """A listed verb in a form that is not also a noun's: -ing, -ed, an irregular past."""
    lower = word.lower()
    if lower in _IRREGULAR:
        return True
    if lower in _NOUN_GERUNDS:
        return False
    return (lower.endswith("ing") or lower.endswith("ed")) and _base(word) is not None


def is_base_verb(word: str) -> bool:
    """A listed verb in its base or third-person form ('grow', 'receives')."""
    base = _base(word)
    return base is not None and not is_inflected_verb(word)


# Listed verbs that are also common count nouns: "12 plants", "a total".
_NOUNS_TOO = frozenset(
    "plant total export import process transport amount account return top hit cover treat stand drop cut".split()
)


def is_verb_after_count(word: str) -> bool:
    """'of which 33 [make] medicines': a count whose noun is left out, followed by its verb."""
    lower = word.lower()
    return lower in _BASE_VERBS and lower not in _NOUNS_TOO


def _marked(tokens: list[str], position: int) -> bool:
    """The verb at `position` follows "to", a modal or an auxiliary, adverbs aside."""
    at = position - 1
    while at >= 0 and (tokens[at].lower() in _ADVERBS or tokens[at].lower().endswith("ly")):
        at -= 1
    return at >= 0 and tokens[at].lower() in _INFINITIVE_MARKS | _AUXILIARIES


def is_predicate_verb(tokens: list[str], position: int) -> bool:
    """The token at `position` is the verb of a predicate, not a noun: an inflected form of a
    listed verb, or a base form after "to", a modal or an auxiliary."""
    word = tokens[position]
    if is_inflected_verb(word):
        return True
    return is_base_verb(word) and _marked(tokens, position)


def drop_predicate(tokens: list[str]) -> list[str]:
    """The tokens before a figure without the predicate they end with: 'food production is
    expected to grow' -> 'food production'; 'the government intends to spend' -> 'the
    government'. Unchanged when they end with no such verb, or with a regular past in -ed, which
    the caller reads as before (the clause's first noun phrase: "Visits to museums climbed")."""
    end = len(tokens)
    if end > 1 and tokens[end - 1].lower() in _PARTICLES and is_predicate_verb(tokens, end - 2):
        end -= 1  # "has paid out", "is set to double up"
    if not end or not is_predicate_verb(tokens, end - 1) or _regular_past(tokens[end - 1]):
        return tokens
    end -= 1
    while end > 1 and tokens[end - 1].lower() in ("and", "or") and is_predicate_verb(tokens, end - 2):
        end -= 2  # "were built and bought"
    while end:
        lower = tokens[end - 1].lower()
        if lower == "to" and end > 1 and tokens[end - 2].lower() in _TAKES_INFINITIVE:
            end -= 2  # "intends to", "is expected to"
        elif lower in _ADVERBS or lower.endswith("ly") or lower in _INFINITIVE_MARKS or lower in _AUXILIARIES:
            end -= 1
        else:
            break
    return tokens[:end]


def _regular_past(word: str) -> bool:
    return word.lower().endswith("ed") and word.lower() not in _IRREGULAR


def drop_leading_verb(words: list[str], before: str) -> list[str]:
    """A noun phrase read backwards may open with the verb whose object it is: 'to [lift] exports
    of IT goods', '[raising] radiation therapy coverage', 'has [brought] water losses down'. The
    phrase without that verb (and a closing "down"/"up"); `before` is the word before the phrase."""
    if len(words) < 2:
        return words
    first, before = words[0].lower(), before.lower()
    marked = before in _INFINITIVE_MARKS | _AUXILIARIES | _ADVERBS
    verb = _base(first) is not None and first not in _NOUN_GERUNDS
    # an irregular past is no adjective; a gerund opening its clause has an object, not a noun
    if verb and (first in _IRREGULAR or marked or (first.endswith("ing") and not before)):
        rest = words[1:]
        if len(rest) > 1 and rest[-1].lower() in _PARTICLES:
            rest = rest[:-1]
        return rest
    return words
