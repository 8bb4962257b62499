"""extract_indicators: every reported figure in an article body, with its sentence and span."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from etl.extract import context as ctx
from etl.extract.languages import detect_language
from etl.extract.numbers import Quantity, find_numerals, numeral_value, read_quantity
from etl.extract.periods import MONTHS, Period, find_periods
from etl.extract.sentences import LIST_ITEM, Sentence, split_sentences

EXTRACTOR_VERSION = "3+ru-kk"  # bump when output changes: refresh then re-extracts every article

_MONTH_WORD = "|".join(m.capitalize() for m in MONTHS) + "|" + "|".join(m[:3].capitalize() for m in MONTHS)
DAY_BEFORE_MONTH = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_WORD})\b")
MONTH_WORDS = set(MONTHS) | {m[:3] for m in MONTHS}
# Dates, times and phone numbers, tried where a numeral starts (or at the '+'/'(' before it).
NOT_A_FIGURE_AT = re.compile(
    r"\d{1,2}[./]\d{1,2}[./]\d{2,4}(?!\d)|\d{4}-\d{2}-\d{2}(?!\d)"
    r"|\d{1,2}:\d{2}(?!\d)|\d{1,2}(?:[.:]\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)"
    r"|(?:\+\d{1,3}\s?)?\(?\d{3,4}\)?[\s-]\d{2,3}[\s-]\d{2}[\s-]\d{2}(?!\d)"
    r"|\+\d[\d\s()-]{8,}\d|\d\s\d{3}\s\d{3}\s\d{2}\s?\d{2}(?!\d)"
    r"|(?:\+?\d{1,3}\s?)?\(\d{3,5}\)\s?\d{1,3}[\s-]?\d{2}[\s-]?\d{2}(?!\d)"  # 8 (7172) 74-04-53
)
# Words after which a number is a label, not a figure ("Article 5", "No. 123", "Stage 2").
NUMBERING_WORDS = set(
    """no nos № # article articles clause paragraph chapter section part item point decree resolution
    order law phase stage season episode route room grade level version block lot line platform terminal
    unit page category class group team round window""".split()
)
PERIOD_WORDS = set(
    "in by since from until till to of for between and through year years early late mid".split()
)
QUOTES_OPEN = "‘“\"'«"
QUOTES_CLOSE = "’”\"'»"
ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th)\b")
RANGE_BETWEEN = re.compile(r"^\s?[-–—]\s?[+]?$|^\s+to\s+[+]?$|^\s+and\s+[+]?$")
YEAR_NUMERAL = re.compile(r"(?:19|20)\d{2}")
_TO_LEVEL = re.compile(r"\s+to\s+(?:the\s+level\s+of\s+)?")
_OF_WHICH_BEFORE = re.compile(r"\bof\s+(?:which|whom|them|these|those)\s*$", re.I)
# A date, time or phone number goes on right after its first numeral with one of these (or a
# space and a digit): only then is NOT_A_FIGURE_AT tried.
_DATE_TIME_PHONE_NEXT = set(".:/-)ap")
_AFTER_SPACE = set("0123456789(ap")


@dataclass(frozen=True)
class Indicator:
    """One reported figure. Offsets are into the article body; `sentence` is verbatim."""

    value: float
    unit: str  # KZT, USD, percent, tonne, hectare, count, times...
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


@dataclass
class _Mention:
    start: int  # in the sentence, including a currency sign before the numeral
    numeral_start: int
    end: int  # end of the numeral
    quantity: Quantity


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < b and a < end for a, b in spans)


def _word_before(text: str, start: int) -> str:
    words = text[max(0, start - 24) : start].lower().split()
    return words[-1].strip(",.") if words else ""


def _is_year(text: str, start: int, end: int, quantity: Quantity) -> bool:
    """A bare 1900-2100 integer is a year unless a counted noun follows it outside a period phrase."""
    if quantity.unit or quantity.scaled or not YEAR_NUMERAL.fullmatch(text, start, end):
        return False
    if _word_before(text, start) in PERIOD_WORDS:
        return True
    following = ctx.noun_phrase_after(text[quantity.end :], allow_of=False)
    return not (following and following.split()[0].islower() and following.split()[-1].endswith("s"))


def _skip(text: str, start: int, end: int, quantity: Quantity) -> str | None:
    """Why a number is not a reported figure (year, date, code, numbering...); None when it is one."""
    before, after = text[start - 1 : start], text[end : end + 1]
    if quantity.duration:
        return "duration"
    if before.isalpha() or (before == "-" and text[start - 2 : start - 1].isalpha()) or before in ("@", "/"):
        return "part of a name or code"  # COVID-19, A320, @bot1
    if after.isalpha() and quantity.end == end:
        return "letters glued after"  # 5G, 1st, 3D
    word_before = _word_before(text, start)
    if ORDINAL_AFTER.match(text, end):
        return "ordinal"
    if word_before in NUMBERING_WORDS or before in ("#", "№"):
        return f"numbering ({word_before or before} N)"
    if quantity.unit is None and not quantity.scaled and quantity.value <= 31:
        if DAY_BEFORE_MONTH.match(text, end) or word_before in MONTH_WORDS:
            return "day of a date"  # 25 April, January 1
    if before and before in QUOTES_OPEN and after and after in QUOTES_CLOSE:
        return "quoted name"  # film project '38'
    if start == 0 and LIST_ITEM.match(text) and re.match(r"[.)]\s", text[end : end + 2]):
        return "list numbering"  # "1. ..."
    return "year" if _is_year(text, start, end, quantity) else None


def _join_compound(text: str, found: list[_Mention]) -> list[_Mention]:
    """'1 trillion 200 billion tenge' is one figure: a scaled number without a unit followed
    directly by a smaller scaled one."""
    joined: list[_Mention] = []
    for mention in found:
        last = joined[-1] if joined else None
        if (
            last is not None and last.quantity.scaled and last.quantity.unit is None and mention.quantity.scaled
            and not text[last.quantity.end : mention.start].strip() and mention.quantity.value < last.quantity.value
        ):  # fmt: skip
            merged = replace(
                mention.quantity, value=last.quantity.value + mention.quantity.value, start=last.start
            )
            joined[-1] = _Mention(last.start, last.numeral_start, last.end, merged)
        else:
            joined.append(mention)
    return joined


def _mentions(text: str, skipped: list[tuple[int, int, str]] | None = None) -> list[_Mention]:
    """The figures of a sentence; the numbers passed over go to `skipped` (span, reason) if given."""
    found: list[_Mention] = []
    skip_until = -1
    for start, end in find_numerals(text):
        if start < skip_until:
            continue  # inside a date, phone number or the previous figure's unit ("m2")
        probe = start - 1 if start and text[start - 1] in "+(" else start
        following = text[end : end + 2]
        not_figure = (
            NOT_A_FIGURE_AT.match(text, probe)
            if probe != start or following[:1] in _DATE_TIME_PHONE_NEXT or following[1:] in _AFTER_SPACE
            else None
        )
        if not_figure:
            skip_until = not_figure.end()
            if skipped is not None:
                skipped.append((not_figure.start(), not_figure.end(), "date, time or phone number"))
            continue
        quantity = read_quantity(text, start, end)
        skip_until = quantity.end
        reason = _skip(text, start, end, quantity)
        if reason is None:
            found.append(_Mention(quantity.start, start, end, quantity))
        elif skipped is not None:
            skipped.append((start, end, reason))
    return _join_compound(text, found)


def skipped_numbers(body: str) -> list[tuple[int, int, str]]:
    """(start, end, reason) in the body of every number the extractor does not report, in order:
    what `ktpulse eval --explain` shows."""
    skipped: list[tuple[int, int, str]] = []
    for sentence in split_sentences(body):
        passed: list[tuple[int, int, str]] = []
        _mentions(sentence.text, passed)
        skipped.extend((sentence.start + a, sentence.start + b, why) for a, b, why in passed)
    return skipped


def _link_ranges(text: str, mentions: list[_Mention]) -> list[tuple[int, int, str, str]]:
    """Pairs (i, j, role_i, role_j) for 'from 62 to 183' and '10-15 thousand'; the first end
    borrows the second's scale and unit when it has none of its own."""
    links = []
    for i in range(len(mentions) - 1):
        first, second = mentions[i], mentions[i + 1]
        between = text[first.quantity.end : second.start]
        if second.quantity.currency_before:
            between = re.sub(r"\s?(?:US\$|\$|₸|€|£)$", "", between)
        if not RANGE_BETWEEN.match(between):
            continue
        left = text[: first.start]
        if re.search(r"\bfrom\s+(?:US\$|\$|₸|[+])?$", left, re.I) and "to" in between:
            roles = ("from", "to")
        elif "-" in between or "–" in between or "—" in between or re.search(r"\bbetween\s+\S*$", left, re.I):
            roles = ("low", "high")
        else:
            continue
        if first.quantity.unit is None and second.quantity.unit is not None:
            scale = 1.0
            if second.quantity.scaled and not first.quantity.scaled:
                scale = second.quantity.value / numeral_value(text[second.numeral_start : second.end])
            first.quantity = replace(
                first.quantity, value=first.quantity.value * scale, unit=second.quantity.unit
            )
        links.append((i, i + 1, *roles))
    return links


def _clause_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The comma- or semicolon-delimited part of the sentence holding text[start:end]."""
    clause_start = max(text.rfind(", ", 0, start), text.rfind("; ", 0, start)) + 1
    ends = [i for i in (text.find(", ", end), text.find("; ", end)) if i != -1]
    return clause_start, min(ends) if ends else len(text)


def _period_for(periods: list[Period], clause: tuple[int, int], start: int, end: int) -> Period | None:
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
    if not (label_match or (not head.strip() and tail_match)):
        return None
    label = (label_match or tail_match).group("label").strip()
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
    text: str, mention: _Mention, previous: str | None, previous_end: int | None = None
) -> tuple[str, bool]:
    """(item, inherited) for a figure: the counted noun for counts, else the subject."""
    right = text[mention.quantity.end :]
    unit = mention.quantity.unit
    which = ctx.of_which_item(right)
    if which is not None:
        return (which or previous or ""), not which
    if unit is None:
        noun = ctx.noun_phrase_after(right)
        if noun:
            return noun, False
    elif unit != "times":
        of_phrase = re.match(
            r"\s+of\s+(?:the\s+|a\s+|an\s+)?", right
        )  # "tonnes of waste", "98.9% of the acts"
        if of_phrase:
            noun = ctx.noun_phrase_after(" " + right[of_phrase.end() :], allow_of=False)
            if noun:
                return noun, False
    left = text[: mention.start]
    if previous_end is not None and _TO_LEVEL.fullmatch(text, previous_end, mention.start):
        return previous or "", True  # "rose by 17 percent to 9.2 million": the new level of the same thing
    if _OF_WHICH_BEFORE.search(left, max(0, len(left) - 24)):
        return previous or "", True  # "..., of which 91% were eliminated"
    subject = ctx.subject_before(left)
    if subject is None:
        return previous or "", True
    return subject, False


def extract_indicators(
    body: str, published: date, title: str = "", language: str | None = None
) -> list[Indicator]:
    """Every reported figure of the body, in order. Pure: text in, records out. The title (the
    headline) may set the period the body's figures cover. `language` ('en', 'ru', 'kk') is
    detected from the text when not given; Russian and Kazakh go to their own reader."""
    if (language or detect_language(body)) in ("ru", "kk"):
        # imported here: the Cyrillic reader builds the Indicator records this module defines
        from etl.extract.cyrillic import extract_cyrillic_indicators

        return extract_cyrillic_indicators(body, published, language or detect_language(body), title)
    results: list[Indicator] = []
    for sentence in split_sentences(body):
        previous = results[-1].item if results else None  # for "5 of them" opening a sentence
        results.extend(_sentence_indicators(sentence, published, len(results), previous))
    return results


def _sentence_indicators(
    sentence: Sentence, published: date, first_index: int, previous_item: str | None
) -> list[Indicator]:
    text = sentence.text
    mentions = _mentions(text)
    if not mentions:
        return []
    periods = find_periods(text, published)
    lead_periods = find_periods(sentence.lead, published) if sentence.lead else []
    # Cues after the last figure's clause can change no figure's kind.
    cues = ctx.find_cues(text[: _clause_span(text, mentions[-1].start, mentions[-1].quantity.end)[1]])
    lead_cues = ctx.find_cues(sentence.lead) if sentence.lead else []
    links = _link_ranges(text, mentions)
    roles = {i: (role_i, j) for i, j, role_i, _ in links} | {j: (role_j, i) for i, j, _, role_j in links}
    indicators: list[Indicator] = []
    previous_verb_change = False
    for index, mention in enumerate(mentions):
        quantity = mention.quantity
        left, right = text[: mention.start], text[quantity.end :]
        label = _list_item_label(sentence, mention.start) if sentence.is_list_item else None
        previous_end = mentions[index - 1].quantity.end if index else None
        item, inherited = (label, False) if label else _item(text, mention, previous_item, previous_end)
        # "rose by 17 percent to 9.2 million": the figure after "to" is the new level, not a change
        new_level = previous_end is not None and bool(_TO_LEVEL.fullmatch(text, previous_end, mention.start))
        if inherited and quantity.unit not in {"percent", "percentage_point"}:
            item = ctx.CHANGE_NOUN.sub("", item).strip().removeprefix("of ").strip()
        qualifier, verb_change = ctx.qualifier_and_change(left, right, quantity.unit)
        is_change = (
            verb_change
            or bool(ctx.CHANGE_NOUN.match(item) and not inherited)
            or (inherited and previous_verb_change and not new_level)
        )
        clause = _clause_span(text, mention.start, quantity.end)
        period = _period_for(periods, clause, mention.start, quantity.end)
        if period is None and lead_periods:
            period = lead_periods[-1]
        role, partner = roles.get(index, (None, None))
        if (
            role == "from"
            and period is not None
            and not _overlaps(period.start, period.end, [(mention.start, mentions[partner].start)])
        ):
            period = None  # "from 62 to 183 in 2024": 2024 dates the new value, not the old one
        kind = ctx.kind_of(
            cues,
            clause,
            (mention.start, quantity.end),
            bool(period and period.is_deadline),
            indicators[-1].kind if indicators else None,
            lead_cues,
        )
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
    return _share_items_within_links(indicators, first_index)


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
