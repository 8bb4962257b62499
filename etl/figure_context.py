"""What a figure in a sentence is about: qualifier, item, kind (actual/target/plan), change."""

from __future__ import annotations

import re

_QUALIFIERS = [
    (r"(?:more than|over|above|in excess of|exceed(?:s|ed|ing)?|surpass(?:es|ed)?)", "more than"),
    (r"(?:not less than|at least|no less than|minimum of)", "at least"),
    (r"(?:about|around|approximately|approx\.|roughly|some|circa|an estimated|estimated)", "about"),
    (r"(?:almost|nearly|close to|just under)", "almost"),
    (r"(?:up to|at most|no more than|not more than|maximum of)", "up to"),
    (r"(?:less than|under|below|fewer than)", "less than"),
]
QUALIFIER_BEFORE = [
    (re.compile(rf"\b{pattern}\s+(?:the\s+)?(?:US\$|\$|₸|€|£)?\s?$", re.I), name)
    for pattern, name in _QUALIFIERS
]

TARGET_CUE = re.compile(
    r"\b(?:tasks?|goals?|targets?(?!\s+range)|aim(?:s|ed)?\s+(?:at|to)|instructions?|instructed|to bring|"
    r"bringing|achieve|to reach|should|must|objective|strive|pledged?|commit(?:ted|ment))\b",
    re.I,
)
PLAN_CUE = re.compile(
    r"\b(?:plans?|planned|planning|will|intends?|intended|scheduled|envisaged|envisages|"
    r"is to be|are to be|to be (?:built|allocated|created|implemented|launched)|provided for)\b",
    re.I,
)
FORECAST_CUE = re.compile(
    r"\b(?:forecasts?|forecasted|projected|expected|estimates?|predicted|outlook)\b", re.I
)

_ROUGHLY = r"(?:more than\s+|over\s+|about\s+|almost\s+|nearly\s+|some\s+)?(?:US\$|\$|₸)?"
CHANGE_BEFORE = re.compile(
    r"\b(?:(?:grew|grown|grow|grows|increased|increase[sd]?|decreased|decrease[sd]?|rose|risen|rise|fell|"
    r"fallen|declined|dropped|jumped|climbed|reduced|growth|increase|decline|reduction|drop)\s+(?:by|of)"
    rf"|up|down)\s+{_ROUGHLY}$",
    re.I,
)
CHANGE_AFTER = re.compile(r"^\s*(?:rise|increase|growth|decrease|drop|decline|jump|gain|reduction)\b", re.I)
# "24% more", "10% lower": comparisons only make a percentage a change.
PERCENT_CHANGE_AFTER = re.compile(r"^\s*(?:more|less|higher|lower)\b", re.I)
CHANGE_NOUN = re.compile(r"^(?:the\s+)?(?:growth|increase|rise|decrease|decline|reduction|change)\b", re.I)

# Words that end a noun phrase read to the right of a figure.
_STOP = set(
    """a an the were was are is be been being have has had will would can could should must may might
    in on at by for from to with and or but nor which that who whom whose where when per than as into
    across over under within during since until till through throughout this these those their its his
    her it they we each every annually yearly monthly daily weekly including worth according while
    if then so also already only not more less about around some all both other such same there here
    one two three respectively total totalling totaling""".split()
)
_LINK_TAIL = re.compile(
    r"(?:\s+(?:amount(?:s|ed)? to|amounting to|stood at|stands at|stand at|(?:stood|was|were|is|remained)\s+"
    r"(?:with)?in\s+(?:the\s+)?(?:\w+\s+)?range\s+of|was at|were at|is at|are at|reached|reach(?:es)?|hit|hits|"
    r"was|were|is|are|totall?ed|total(?:s)?|exceed(?:ed|s)?|made up|makes up|of|at|to|by|grew by|"
    r"increased by|rose by|fell by|decreased by|grew|increased|rose|fell|decreased|equal(?:led)? to|"
    r"(?:doubled|tripled|halved|changed|went|increased|decreased|grew|rose|fell)(?:\s+from)?|from|has|have|had|"
    r"constitut(?:ed|es)|accounted for|estimated at|valued at|worth|in the amount of|the amount of|"
    r"more than|over|about|almost|nearly|around|approximately|up to|at least|less than|some|"
    r"the|a|an|US\$|\$|₸|€|-|–|—|:))+\s*$",
    re.I,
)
_TOKEN = re.compile(r"[\w’'()\-./&]+")
_CONJUNCTION_END = re.compile(r"(?:^|\s)(?:and|or|but|while|whereas|with)\s*$", re.I)
_OF_WHICH = re.compile(r"^\s+of\s+(?:which|whom|them|these|those)\b", re.I)


def qualifier_before(left: str) -> str | None:
    """'more than', 'about'... when the words right before the figure state one."""
    for pattern, name in QUALIFIER_BEFORE:
        if pattern.search(left[-40:]):
            return name
    return None


def _is_stop(word: str) -> bool:
    return word.lower() in _STOP and not (word.isupper() and len(word) > 1)  # "IT" is not "it"


def noun_phrase_after(right: str, allow_of: bool = True, max_words: int = 5) -> str:
    """The noun phrase right after a figure: '6.2 million [people] who...' -> 'people'."""
    words: list[str] = []
    position = 0
    used_of = False
    tokens = list(_TOKEN.finditer(right))
    for number, match in enumerate(tokens):
        gap = right[position : match.start()]
        if words and gap.strip() or (not words and gap.strip(" \u00a0")):
            break  # punctuation ends the phrase
        word = match.group(0).strip(".")
        lower = word.lower()
        if lower == "of" and allow_of and words and not used_of:
            used_of = True
            words.append(word)
        elif _is_stop(word) or re.fullmatch(r"[\d.,]+", word):
            break
        elif lower.endswith("ed") and len(lower) > 4 and not _adjectival(tokens, number, right):
            break  # a verb: "6.2 million people [collected]"
        else:
            words.append(word)
        position = match.end()
        if len(words) >= max_words:
            break
    while words and words[-1].lower() == "of":
        words.pop()
    return " ".join(words)


def _adjectival(tokens: list[re.Match[str]], number: int, text: str) -> bool:
    """'specially [protected] natural areas': a participle followed by a noun phrase word."""
    if number + 1 >= len(tokens):
        return False
    following = tokens[number + 1]
    return not text[tokens[number].end() : following.start()].strip() and not _is_stop(following.group(0))


def subject_before(left: str, max_words: int = 7) -> str | None:
    """The noun phrase a figure is predicated of: 'the Bank's reserves hit' -> "Bank's reserves".

    None when the clause gives none because its subject was elided after a conjunction
    ("... and reached 17.8%"): the caller then inherits the previous figure's item.
    """
    clause = re.split(r"[,;:]\s|\s[-–—]\s", left)[-1]
    opened = clause.rfind("(")
    if opened > clause.rfind(")"):
        clause = clause[opened + 1 :]  # the figure stands inside an open parenthesis
    clause = _LINK_TAIL.sub("", " " + clause).strip()
    if not clause or _CONJUNCTION_END.search(" " + clause):
        return None
    tokens = _TOKEN.findall(clause)
    words: list[str] = []
    for word in reversed(tokens):
        lower = word.lower()
        if lower in {"of", "and"} and words:
            words.append(word)
            continue
        if _is_stop(word) or re.fullmatch(r"[\d.,]+", word) or (lower.endswith("ed") and len(lower) > 4):
            break
        words.append(word)
        if len(words) >= max_words:
            break
    while words and words[-1].lower() in {"of", "and"}:
        words.pop()
    phrase = " ".join(reversed(words))
    return phrase or _first_noun_phrase(tokens)


def _first_noun_phrase(tokens: list[str]) -> str | None:
    """The clause's opening noun phrase, when nothing stands right before the figure:
    'Ulba Metallurgical Plant for the last 5 years allocated 2.7 billion tenge'."""
    words: list[str] = []
    for word in tokens:
        if word.lower() == "of" and words:
            words.append(word)
            continue
        if (
            _is_stop(word)
            or word.lower() == "of"
            or re.fullmatch(r"[\d.,]+", word)
            or (word.lower().endswith("ed") and len(word) > 4)
        ):
            if words:
                break
            continue
        words.append(word)
        if len(words) >= 5:
            break
    while words and words[-1].lower() == "of":
        words.pop()
    return " ".join(words) or None


def of_which_item(right: str) -> str | None:
    """'400 [of which are foreign participants]' -> 'foreign participants'."""
    match = _OF_WHICH.match(right)
    if not match:
        return None
    rest = right[match.end() :]
    verb = re.match(r"\s+(?:are|were|is|was)\s+", rest)
    return noun_phrase_after(" " + rest[verb.end() :], allow_of=False) if verb else ""


ACTUAL_AFTER = re.compile(
    r"^[^,;]*?\b(?:were|was|have been|has been|are|is)\s+(?:already\s+)?\w+ed\b|^[^,;]*?\b(?:amounted|reached)\b",
    re.I,
)
PLAN_AFTER = re.compile(r"^[^,;]*?\b(?:will|is planned|are planned|is expected|are expected)\b", re.I)


ACTUAL_CUE = re.compile(
    r"\b(?:(?:were|was|have been|has been|had been|has|have|are|is)\s+(?:already\s+)?\w+ed|amounted|reached|stood|"
    r"totall?ed|hit)\b",
    re.I,
)


def _last_cue(text: str, with_actual: bool = False) -> str | None:
    cues = []
    patterns = [("target", TARGET_CUE), ("plan", PLAN_CUE), ("forecast", FORECAST_CUE)]
    for kind, pattern in patterns + ([("actual", ACTUAL_CUE)] if with_actual else []):
        for match in pattern.finditer(text):
            cues.append((match.end(), kind))
    return max(cues)[1] if cues else None


def kind_of(
    clause_before: str, clause_after: str, sentence_before: str, deadline: bool, previous: str | None
) -> str:
    """'target', 'plan', 'forecast' or 'actual'.

    A deadline ("by 2027") makes a target; else the last cue before the figure in its clause
    ("task to bring", "plans to", "were planted"); else the verb after it in the clause
    ("will be", "were planted"); else the kind of the sentence's previous figure ("..., including
    127 thousand hectares"); else a cue earlier in the sentence.
    """
    if deadline:
        return "target"
    in_clause = _last_cue(clause_before, with_actual=True)
    if in_clause:
        return in_clause
    if PLAN_AFTER.match(clause_after):
        return "plan"
    if ACTUAL_AFTER.match(clause_after):
        return "actual"
    return previous or _last_cue(sentence_before) or "actual"


def change_cue(left: str, right: str, unit: str | None) -> bool:
    """A change figure by its words: 'grew by 4.5 billion', 'a 27.4% rise', '24% more'."""
    if CHANGE_BEFORE.search(left[-60:]) or CHANGE_AFTER.match(right):
        return True
    return unit == "percent" and bool(PERCENT_CHANGE_AFTER.match(right))
