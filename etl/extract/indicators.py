"""extract_indicators: every reported figure in an article body, with its sentence and span."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from etl.extract import context as ctx
from etl.extract.languages import detect_language
from etl.extract.mentions import Mention, mentions
from etl.extract.numbers import numeral_value
from etl.extract.period_index import PeriodIndex, ordered
from etl.extract.periods import Period, find_periods, is_comparison_base
from etl.extract.sentences import LIST_ITEM, Sentence, split_sentences
from etl.extract.units import CURRENCIES, UnitCode

EXTRACTOR_VERSION = "4+ru-kk.3"  # bump when output changes: refresh then re-extracts every article

RANGE_BETWEEN = re.compile(r"^\s?[-–—]\s?[+]?$|^\s+to\s+[+]?$|^\s+and\s+[+]?$")
_TO_LEVEL = re.compile(r"\s+to\s+(?:the\s+level\s+of\s+)?")
_OF_WHICH_BEFORE = re.compile(r"\bof\s+(?:which|whom|them|these|those)\s*$", re.I)
# How far the words around a figure are read. Every reader looks closer than this (a subject
# within 160 characters before, a noun phrase within 72 after), so a figure costs the same in a
# short sentence and in a 250 KB line: no slice or scan of the whole sentence per figure.
_LEFT_WINDOW = 256
_RIGHT_WINDOW = 512
_CLAUSE_MARK = re.compile(r"[,;] ")


def _left_of(text: str, start: int) -> str:
    """The words just before text[start] (what the readers of a figure's left look at)."""
    return text[max(0, start - _LEFT_WINDOW) : start]


def _right_of(text: str, end: int) -> str:
    """The words just after text[end] (what the readers of a figure's right look at)."""
    return text[end : end + _RIGHT_WINDOW]


@dataclass(frozen=True)
class Indicator:
    """One reported figure. Offsets are into the article body; `sentence` is verbatim."""

    value: float
    unit: UnitCode  # KZT, USD, percent, tonne, hectare, count, times... (etl/extract/units.py)
    item: str  # what is counted or measured; "" when the text does not say
    qualifier: str | None  # 'more than', 'about', 'up to', 'at least', 'almost', 'less than'
    period_start: date | None
    period_end: date | None
    kind: str  # 'actual' | 'target' | 'plan' | 'forecast'
    is_change: bool  # a change ("grew by", "a 27.4% rise"), not a level
    sentence: str
    sentence_start: int
    start_char: int
    end_char: int
    surface: str
    role: str | None = None  # 'from'/'to' of a change, 'low'/'high' of a range
    partner: int | None = None  # index (in the returned list) of the other end of a change/range


_SIGN_AT_END = re.compile(r"\s?(?:US\$|\$|₸|€|£)$")
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:US\$|\$|₸|[+])?$", re.I)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+\S*$", re.I)
# "tonnes of waste", "98.9% of the acts"
_OF_AFTER_UNIT = re.compile(r"\s+of\s+(?:the\s+|a\s+|an\s+)?")


def _link_ranges(text: str, mentions: list[Mention]) -> list[tuple[int, int, str, str]]:
    """Pairs (i, j, role_i, role_j) for 'from 62 to 183' and '10-15 thousand'; the first end
    borrows the second's scale and unit when it has none of its own."""
    links = []
    for i in range(len(mentions) - 1):
        first, second = mentions[i], mentions[i + 1]
        between = text[first.quantity.end : second.start]
        if second.quantity.currency_before:
            between = _SIGN_AT_END.sub("", between)
        if not RANGE_BETWEEN.match(between):
            continue
        left = _left_of(text, first.start)
        if _FROM_BEFORE.search(left) and "to" in between:
            roles = ("from", "to")
        elif "-" in between or "–" in between or "—" in between or _BETWEEN_BEFORE.search(left):
            roles = ("low", "high")
        elif (
            "to" in between
            and not first.quantity.scaled
            and first.quantity.unit is None
            and second.quantity.scaled
        ):
            roles = ("low", "high")  # "eight to nine million tons"
        else:
            continue
        if first.quantity.unit in (None, second.quantity.unit) and second.quantity.unit is not None:
            scale = 1.0
            if (
                second.quantity.scaled and not first.quantity.scaled
            ):  # "$550-$650 million", "7-8 million tons"
                scale = second.quantity.value / numeral_value(text[second.numeral_start : second.end])
            first.quantity = replace(
                first.quantity, value=first.quantity.value * scale, unit=second.quantity.unit
            )
        links.append((i, i + 1, *roles))
    return links


def _clause_marks(text: str) -> list[int]:
    """Where every ', ' and '; ' of a sentence stands, found once per sentence."""
    return [match.start() for match in _CLAUSE_MARK.finditer(text)]


def _clause_span(text: str, start: int, end: int, marks: list[int] | None = None) -> tuple[int, int]:
    """The comma- or semicolon-delimited part of the sentence holding text[start:end]; `marks`
    (from _clause_marks) makes it a bisection instead of a scan of the sentence."""
    marks = _clause_marks(text) if marks is None else marks
    before = bisect_right(marks, start - 2)  # a mark ending at or before `start`
    after = bisect_left(marks, end)
    return (marks[before - 1] + 1 if before else 0), (marks[after] if after < len(marks) else len(text))


def nearest_period(periods: list[Period], clause: tuple[int, int], start: int, end: int) -> Period | None:
    """The period phrase in the figure's clause nearest to it, else the nearest before it in
    the sentence, else the first after it."""
    clause_start, clause_end = clause
    in_clause = [p for p in periods if p.start >= clause_start and p.end <= clause_end]
    if in_clause:
        return min(in_clause, key=lambda p: min(abs(p.start - end), abs(start - p.end)))
    before = [p for p in periods if p.end <= start]
    if before:
        return before[-1]
    after = [p for p in periods if p.start >= end]
    return after[0] if after else None


def _list_item_label(sentence: Sentence, mention_start: int) -> str | None:
    """'- for master's students - 117,098 tenge' -> "master's students" (with the lead's subject)."""
    head = LIST_ITEM.sub("", sentence.text[:mention_start])
    label_match = re.match(r"^(?:for\s+)?(?P<label>.+?)\s*[-–—:]\s*$", head)
    tail_match = re.search(r"\bfor\s+(?P<label>[\w’' -]+?)\s*[;.]?$", sentence.text[mention_start:])
    found = label_match or (tail_match if not head.strip() else None)
    if found is None:
        return None
    label = found.group("label").strip()
    subject = _lead_subject(sentence.lead)
    return f"{subject}: {label}" if subject else label


def _lead_subject(lead: str | None) -> str | None:
    if not lead:
        return None
    match = re.search(
        r"\b(?:amounts?|sizes?|rates?|levels?|volumes?|number) of ([\w’' -]+?)\s+(?:will|are|is|were|was|as)\b",
        lead,
        re.I,
    )
    if match:
        return match.group(1).strip()
    return ctx.subject_before(
        re.sub(r"\s*(?:is|are|was|were|will be|as follows)?\s*:\s*$", " ", lead).rstrip() + " is"
    )


def _item(
    text: str, mention: Mention, previous: str | None, previous_end: int | None = None
) -> tuple[str, bool]:
    """(item, inherited) for a figure: the counted noun for counts, else the subject."""
    right = _right_of(text, mention.quantity.end)
    unit = mention.quantity.unit
    which = ctx.of_which_item(right)
    if which is not None:
        return (which or previous or ""), not which
    if unit is None:
        noun = ctx.noun_phrase_after(right)
        if noun:
            return noun, False
    elif unit != "times":
        of_phrase = _OF_AFTER_UNIT.match(right)
        if of_phrase:
            noun = ctx.noun_phrase_after(" " + right[of_phrase.end() :], allow_of=False)
            if noun:
                return noun, False
    left = _left_of(text, mention.start)
    if previous_end is not None and _TO_LEVEL.fullmatch(text, previous_end, mention.start):
        return previous or "", True  # "rose by 17 percent to 9.2 million": the new level of the same thing
    if _OF_WHICH_BEFORE.search(left, max(0, len(left) - 24)):
        return previous or "", True  # "..., of which 91% were eliminated"
    subject = ctx.subject_before(left)
    if subject is None:
        return previous or "", True
    return subject, False


@dataclass(frozen=True)
class _Scope:
    """What the article said before a sentence that the sentence may leave unsaid: the period its
    narrative is in (set by the headline, the lead, then each sentence reporting actual figures
    in a period of its own) and the currency of the last amount, for "12.1 trillion" after tenge."""

    period: Period | None = None
    currency: UnitCode | None = None
    last: Period | None = None  # the period the previous sentence's last figure had: "over the same period"

    @property
    def year(self) -> int | None:
        if self.period is None:
            return None
        day = self.period.period_end or self.period.period_start
        return day.year if day else None


def _plain(periods: list[Period]) -> list[Period]:
    """The periods that may date a figure: no comparison bases."""
    return [p for p in periods if not p.is_comparison]


def _scene(periods: list[Period]) -> list[Period]:
    """The periods that may set the article's scope: no comparison bases, no 'already'."""
    return [p for p in periods if not p.is_comparison and not p.is_weak]


def _title_scope(title: str, published: date) -> _Scope:
    found = _scene(find_periods(title, published)) if title else []
    return _Scope(period=found[0] if found else None)


def extract_indicators(
    body: str, published: date, title: str = "", language: str | None = None
) -> list[Indicator]:
    """Every reported figure of the body, in order. Pure: text in, records out. The headline
    (`title`) may set the period the body's figures cover when they do not repeat it.
    `language` ('en', 'ru', 'kk') is detected from the text when not given; Russian and Kazakh
    go to their own reader (etl/extract/cyrillic.py)."""
    language = language or detect_language(body)
    if language in ("ru", "kk"):
        # imported here: the Cyrillic reader builds the Indicator records this module defines
        from etl.extract.cyrillic import extract_cyrillic_indicators

        return extract_cyrillic_indicators(body, published, language, title)
    results: list[Indicator] = []
    scope = _title_scope(title, published)
    for sentence in split_sentences(body):
        previous = results[-1].item if results else None  # for "5 of them" opening a sentence
        found, scope = _sentence_indicators(sentence, published, len(results), previous, scope)
        results.extend(found)
    return results


# A list's lead sentence is read once for all its items, not once per item (results not mutated).
@lru_cache(maxsize=64)
def _lead_periods(lead: str, published: date, year: int | None) -> list[Period]:
    return find_periods(lead, published, year)


@lru_cache(maxsize=64)
def _lead_cues(lead: str) -> list[ctx.Cue]:
    return ctx.find_cues(lead)


@dataclass
class _SentenceFacts:
    """What every figure of one sentence is read against."""

    text: str
    mentions: list[Mention]
    periods: list[Period]  # the sentence's own, comparison bases marked
    lead_periods: list[Period]  # of the list's lead sentence, for list items
    cues: list[ctx.Cue]
    lead_cues: list[ctx.Cue]
    roles: dict[int, tuple[str, int]]
    attached: dict[int, Period] = field(default_factory=dict)  # mention index -> the period right after it
    scope: Period | None = None  # the article's period before this sentence
    clauses: list[tuple[int, int]] = field(default_factory=list)  # each mention's clause span
    # the dating periods indexed (all, and those not weak) with the ids of the attached ones;
    # None when the periods overlap and each figure scans them all instead
    dating: tuple[PeriodIndex, PeriodIndex, set[int]] | None = None


# Between a figure and a period that is its own: "88,000 in 2022", "27.7 trillion tenge, in 2026".
_ATTACHED_GAP = re.compile(r"[\s,]*(?:(?:in|for|during|over|at|through)\s+(?:the\s+)?)?")


def _attached_periods(text: str, found: list[Mention], periods: list[Period]) -> dict[int, Period]:
    """Mention index -> the period standing right after it: the first period after the figure
    that is no comparison base, when only _ATTACHED_GAP's words lie between."""
    attached = {}
    starts = [p.start for p in periods]
    if starts != sorted(starts):  # find_periods gives them earliest first; never seen otherwise
        return _attached_by_scan(text, found, periods)
    following = [len(periods)] * (len(periods) + 1)  # index -> the first non-comparison from it on
    for index in range(len(periods) - 1, -1, -1):
        following[index] = following[index + 1] if periods[index].is_comparison else index
    for index, mention in enumerate(found):
        first = following[bisect_left(starts, mention.quantity.end)]
        if first < len(periods) and _ATTACHED_GAP.fullmatch(text, mention.quantity.end, periods[first].start):
            attached[index] = periods[first]
    return attached


def _attached_by_scan(text: str, found: list[Mention], periods: list[Period]) -> dict[int, Period]:
    attached = {}
    for index, mention in enumerate(found):
        for period in periods:
            if period.start >= mention.quantity.end and not period.is_comparison:
                if _ATTACHED_GAP.fullmatch(text, mention.quantity.end, period.start):
                    attached[index] = period
                break
    return attached


def _sentence_indicators(
    sentence: Sentence, published: date, first_index: int, previous_item: str | None, scope: _Scope
) -> tuple[list[Indicator], _Scope]:
    text = sentence.text
    found = mentions(text)
    periods = find_periods(text, published, scope.year) if found or _may_set_scope(text) else []
    if scope.last is not None and found:
        periods = _same_period(text, periods, scope.last)
    if not found:
        return [], _next_scope(scope, sentence, periods, [], [])
    _carry_currency(text, found, scope.currency)
    _exchange_rates(text, found)
    links = _link_ranges(text, found)
    marks = _clause_marks(text)
    clauses = [_clause_span(text, m.start, m.quantity.end, marks) for m in found]
    facts = _SentenceFacts(
        text=text,
        mentions=found,
        periods=periods,
        lead_periods=_lead_periods(sentence.lead, published, scope.year) if sentence.lead else [],
        # Cues after the last figure's clause can change no figure's kind.
        cues=ctx.find_cues(text[: _past_appositions(text, clauses[-1])[1]]),
        lead_cues=_lead_cues(sentence.lead) if sentence.lead else [],
        roles={i: (role_i, j) for i, j, role_i, _ in links} | {j: (role_j, i) for i, j, _, role_j in links},
    )
    facts.attached = _attached_periods(text, found, periods)
    plain = _plain(periods)
    if plain and ordered(plain):  # (no periods: the scan of none is the cheapest)
        taken = {id(p) for p in facts.attached.values()}
        facts.dating = (
            PeriodIndex(plain, taken),
            PeriodIndex([p for p in plain if not p.is_weak], taken),
            taken,
        )
    facts.scope = scope.period
    facts.clauses = clauses
    indicators: list[Indicator] = []
    previous_verb_change = False
    own_periods: list[Period | None] = []
    for index, mention in enumerate(found):
        quantity = mention.quantity
        previous_end = found[index - 1].quantity.end if index else None
        item, inherited = _item_of(sentence, mention, previous_item, previous_end)
        qualifier, verb_change = ctx.qualifier_and_change(
            _left_of(text, mention.start), _right_of(text, quantity.end), quantity.unit
        )
        is_change = _is_change(
            item, inherited, verb_change, previous_verb_change, text, previous_end, mention
        )
        if inherited and quantity.unit not in {"percent", "percentage_point"}:
            item = ctx.CHANGE_NOUN.sub("", item).strip().removeprefix("of ").strip()
        own = _own_period(facts, index)
        period = own or _from_scope(facts, index, scope.period)
        kind = _kind_of(facts, index, own, indicators[-1].kind if indicators else None)
        own_periods.append(own)
        role, partner = facts.roles.get(index, (None, None))
        indicators.append(
            Indicator(
                value=quantity.value,
                unit=quantity.unit or "count",
                item=item,
                qualifier=qualifier,
                period_start=period.period_start if period else None,
                period_end=period.period_end if period else None,
                kind=kind,
                is_change=is_change,
                sentence=text,
                sentence_start=sentence.start,
                start_char=sentence.start + mention.start,
                end_char=sentence.start + quantity.end,
                surface=text[mention.start : quantity.end],
                role=role,
                partner=first_index + partner if partner is not None else None,
            )
        )
        previous_item, previous_verb_change = item, verb_change
    currency = next(
        (m.quantity.unit for m in reversed(found) if m.quantity.unit in CURRENCIES), scope.currency
    )
    next_scope = _next_scope(scope, sentence, periods, indicators, own_periods, currency)
    return _share_items_within_links(indicators, first_index), next_scope


_SAME_PERIOD = re.compile(r"\b(?:over|in|during|for)\s+the\s+same\s+(?:period|time|months|days)\b", re.I)


def _same_period(text: str, periods: list[Period], last: Period) -> list[Period]:
    """'The city collected 4.3 trillion tenge in taxes over the same period': the period the
    previous sentence's figures had ("compared to the same period" stays a comparison)."""
    if text.isascii() and "same" not in text.lower():
        return periods  # spares the case-insensitive scan (other texts: 'ſ' matches 's' in it)
    match = _SAME_PERIOD.search(text)
    if match is None or any(p.start < match.end() and match.start() < p.end for p in periods):
        return periods
    if is_comparison_base(text, match.start() + len(match.group(0).split()[0]) + 1):
        return periods  # "higher than in the same period of last year"
    same = replace(last, start=match.start(), end=match.end(), is_comparison=False, is_weak=False)
    return sorted([*periods, same], key=lambda p: p.start)


_SCOPE_WORDS = re.compile(r"\d{4}|\b(?:year|half|quarter|months)\b", re.I)


def _may_set_scope(text: str) -> bool:
    return bool(_SCOPE_WORDS.search(text))


def _next_scope(
    scope: _Scope,
    sentence: Sentence,
    periods: list[Period],
    indicators: list[Indicator],
    own: list[Period | None],
    currency: UnitCode | None = None,
) -> _Scope:
    """The scope after a sentence. A period that opens the sentence (or stands in the body's
    first sentence) sets the scene for what follows, unless it dates only forecasts or targets;
    elsewhere the period of an actual figure moves the scope on, never back in time ("65 % of
    the housing built in the whole of 2022" does not make what follows a 2022 figure)."""
    currency = currency or scope.currency
    dated = [i for i in indicators if i.period_start or i.period_end]
    last = Period(0, 0, dated[-1].period_start, dated[-1].period_end, False) if dated else scope.last
    opening = [
        p for p in _plain(periods) if p.sets_scene and (sentence.start == 0 or _opens(sentence.text, p))
    ]
    actual_periods = [p for i, p in zip(indicators, own, strict=True) if p is not None and i.kind == "actual"]
    scene_periods = [
        p for i, p in zip(indicators, own, strict=True) if p is not None and i.kind in ("actual", "plan")
    ]
    for period in opening:
        if (not indicators and not period.is_deadline) or any(p is period for p in scene_periods):
            return _Scope(period, currency, last)  # a figureless "By the end of the year, ..." sets none
    for period in reversed(actual_periods):
        if not period.is_deadline and not period.is_weak and _not_earlier(period, scope.period):
            return _Scope(period, currency, last)
    return _Scope(scope.period, currency, last)


_THIRD_WORD = re.compile(r"\s*\S+\s+\S+\s+\S")


def _opens(text: str, period: Period) -> bool:
    """At most two words stand before the period."""
    return not _THIRD_WORD.match(text, 0, period.start)


def _not_earlier(period: Period, current: Period | None) -> bool:
    if current is None:
        return True
    new_end, old_start = period.period_end or period.period_start, current.period_start or current.period_end
    return new_end is None or old_start is None or new_end >= old_start


def _carry_currency(text: str, found: list[Mention], currency: UnitCode | None) -> None:
    """'10.7 trillion tenge in 2026, 12.1 trillion in 2027': a scaled amount without a unit takes
    the currency of the amount before it in the sentence (else of the article's last amount)."""
    last = currency
    for mention in found:
        quantity = mention.quantity
        if quantity.unit in CURRENCIES:
            last = quantity.unit
        elif (
            quantity.unit is None
            and quantity.scaled
            and last
            and quantity.value >= 1e6
            and not ctx.noun_phrase_after(_right_of(text, quantity.end))
        ):
            mention.quantity = replace(quantity, unit=last)


_DOLLAR_PRICED = re.compile(r"\b(?:the\s+(?:US\s+)?dollar|dollar\s+rate|exchange\s+rate)\b", re.I)


def _exchange_rates(text: str, found: list[Mention]) -> None:
    """'the dollar ended the period at 518.14 tenge': a price of the dollar in tenge, not an amount."""
    for mention in found:
        quantity = mention.quantity
        if quantity.unit == "KZT" and not quantity.scaled and _DOLLAR_PRICED.search(text, 0, mention.start):
            mention.quantity = replace(quantity, unit="KZT/USD")


def _item_of(
    sentence: Sentence, mention: Mention, previous_item: str | None, previous_end: int | None
) -> tuple[str, bool]:
    label = _list_item_label(sentence, mention.start) if sentence.is_list_item else None
    return (label, False) if label else _item(sentence.text, mention, previous_item, previous_end)


def _is_change(
    item: str,
    inherited: bool,
    verb_change: bool,
    previous_verb_change: bool,
    text: str,
    previous_end: int | None,
    mention: Mention,
) -> bool:
    # "rose by 17 percent to 9.2 million": the figure after "to" is the new level, not a change
    new_level = previous_end is not None and bool(_TO_LEVEL.fullmatch(text, previous_end, mention.start))
    return (
        verb_change
        or bool(ctx.CHANGE_NOUN.match(item) and not inherited)
        or (inherited and previous_verb_change and not new_level)
    )


def _own_period(facts: _SentenceFacts, index: int) -> Period | None:
    """The period the sentence (or its list's lead) gives the figure, comparison bases aside."""
    mention = facts.mentions[index]
    clause = facts.clauses[index]
    period = facts.attached.get(index) or _clause_period(facts, clause, mention)
    if period is None and facts.lead_periods:
        plain = _plain(facts.lead_periods)
        period = plain[-1] if plain else None
    base = _base_period(facts, index, clause)
    if base is not None:
        return base
    role, partner = facts.roles.get(index, (None, None))
    if (
        role == "from"
        and period is not None
        and partner is not None
        and not (period.start < facts.mentions[partner].start and mention.start < period.end)
    ):
        return _year_before(period)  # "from 62 to 183 in 2024": 2024 dates the new value, not the old one
    return period


def _clause_period(facts: _SentenceFacts, clause: tuple[int, int], mention: Mention) -> Period | None:
    """The period of a figure no period stands right after: the nearest in its clause, else
    before it, else after it; one attached to another figure only when no other is left."""
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
    others = {id(p) for p in facts.attached.values()}
    plain = _plain(facts.periods)
    if any(not p.is_weak and p.start >= clause[0] and p.end <= clause[1] for p in plain) or not any(
        p.is_weak and p.start >= clause[0] and p.end <= clause[1] for p in plain
    ):
        plain = [p for p in plain if not p.is_weak] or plain
    free = [p for p in plain if id(p) not in others]
    return nearest_period(free or plain, clause, mention.start, mention.quantity.end)


_BASE_BEFORE = re.compile(
    r"\b(?:than|against|compared\s+(?:to|with)|versus|vs\.?|up\s+from|down\s+from)\s+(?:the\s+)?$", re.I
)


def _base_period(facts: _SentenceFacts, index: int, clause: tuple[int, int]) -> Period | None:
    """'up from 665,000 tons a year earlier', 'against US$17.3 billion in the same period of 2019':
    a comparison's base value is dated by the comparison's period, in the scope's months."""
    mention = facts.mentions[index]
    if not _BASE_BEFORE.search(facts.text, max(0, mention.start - 24), mention.start):
        return None
    after = [p for p in facts.periods if p.is_comparison and mention.quantity.end <= p.start < clause[1]]
    if not after:
        return None
    return _in_year_of(facts.scope, after[0])


def _in_year_of(scope: Period | None, comparison: Period) -> Period:
    """The scope's span moved into the comparison's year: Jan-Jun 2020 against 2019 -> Jan-Jun 2019."""
    year = (comparison.period_end or comparison.period_start or date.min).year
    if scope is None or comparison.period_start is None or comparison.period_end is None:
        return replace(comparison, is_comparison=False)
    if (comparison.period_start.month, comparison.period_start.day, comparison.period_end.month) != (
        1,
        1,
        12,
    ):
        return replace(comparison, is_comparison=False)  # not a whole year: the comparison says it all
    first, last = scope.period_start, scope.period_end
    years = {d.year for d in (first, last) if d}
    if len(years) != 1:
        return replace(comparison, is_comparison=False)
    try:
        moved = [d.replace(year=year) if d else None for d in (first, last)]
    except ValueError:  # 29 February
        return replace(comparison, is_comparison=False)
    return replace(comparison, period_start=moved[0], period_end=moved[1], is_comparison=False)


def _from_scope(facts: _SentenceFacts, index: int, scope: Period | None) -> Period | None:
    """The article's period for a figure the sentence leaves undated; the old level of a change
    ("doubled from 147 to 261") is the year before's."""
    if scope is not None and facts.roles.get(index, (None,))[0] == "from":
        return _year_before(scope)
    return scope


def _year_before(period: Period) -> Period | None:
    """'This year the pension rose from 65% to 70%': the old level is last year's."""
    first, last = period.period_start, period.period_end
    if (
        first
        and last
        and (first.month, first.day, last.month, last.day) == (1, 1, 12, 31)
        and first.year == last.year
    ):
        return replace(
            period, period_start=date(first.year - 1, 1, 1), period_end=date(first.year - 1, 12, 31)
        )
    return None


_CHANGE_VERB = re.compile(
    r"\b(?:ris(?:e|es|ing)|rose|rais(?:e|es|ed|ing)|increas\w*|decreas\w*|grow\w*|grew|fall\w*|fell|drop\w*|"
    r"declin\w*|reduc\w*|cut\w*|mov(?:e|es|ed)|went|go(?:es)?\s+(?:up|down)|shrink\w*|climb\w*|jump\w*)\b",
    re.I,
)


def _kind_of(facts: _SentenceFacts, index: int, period: Period | None, previous_kind: str | None) -> str:
    mention = facts.mentions[index]
    if facts.roles.get(index, (None,))[0] == "from" and _CHANGE_VERB.search(facts.text, 0, mention.start):
        return "actual"  # "will rise from 10.9% to 16.1%": the starting level is where things stand
    return ctx.kind_of(
        facts.cues,
        _past_appositions(facts.text, facts.clauses[index]),
        (mention.start, mention.quantity.end),
        bool(period and period.is_deadline),
        previous_kind,
        facts.lead_cues,
    )


_APPOSITION = re.compile(r"\s*or ")


def _past_appositions(text: str, clause: tuple[int, int]) -> tuple[int, int]:
    """'536 km, or 99% of the plan, have been repaired': the verb after an ', or ...,' apposition
    still speaks for the figure before it."""
    start, end = clause
    if _APPOSITION.match(text, start, end) and end < len(text):  # the apposition itself
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


def _share_items_within_links(indicators: list[Indicator], first_index: int) -> list[Indicator]:
    """'from 62 to 183 events': both ends count what the far end names, which is where the
    counted noun stands."""
    shared = list(indicators)
    for index, indicator in enumerate(indicators):
        if indicator.partner is None:
            continue
        partner = indicators[indicator.partner - first_index]
        if (indicator.role in ("from", "low") and partner.item) or not indicator.item:
            shared[index] = replace(indicator, item=partner.item)
    return shared
