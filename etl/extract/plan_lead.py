"""A year the headline or lead names as a plan does not date a past deed (English, Russian, Kazakh).

"In 2025, Kazakhstan will continue to ..." (told on 21 January 2025) names the year of work still to
come; a later sentence of reported speech that tells past work with no period of its own ("The
Minister also spoke about the organisation of more than 15 thousand events", "717 memorial sites
... were reconstructed") is not work of that year, which has barely begun. The readers carry the
headline's or lead's span onto every undated figure; this pass takes it back from an actual figure
told in the past when that span is a plan's: named by the headline or lead told as a plan (a cue
of plan, forecast or target and none of a deed), and mostly still ahead of the publication day.
The text then gives no way to tell the deed's period: none (FORMAT.md).

Look-alikes keep the carried span: a lead reporting a span over or running ("In 2024, ... rose",
"In January-September 2025 ..."), a year to date, the plan lead's own plan figures, a perfect
("have already been planted": the done part of the plan), and every deed after the article has
reported a figure of that span in a sentence of its own ("In 2025, 3 schools were opened")."""

from __future__ import annotations

import re
from datetime import date

from etl.extract import context as ctx
from etl.extract.indicator_record import Indicator
from etl.extract.item_verbs import is_base_verb
from etl.extract.lead_span import told_in_the_past
from etl.extract.period_basis import period_basis, sentence_periods
from etl.extract.predicate import read_predicate
from etl.extract.records import replace
from etl.extract.sentences import split_sentences

Span = tuple[date, date]

# a body's first sentence shorter than this is a dateline ("ASTANA.", "Astana, January 21."), not the lead
_LEAD_WORDS = 6
# the lead lies within the body's first characters: a long body is not split again for it
_LEAD_REACH = 2000
_WORD = re.compile(r"[A-Za-z’']+")


def undated_past_deeds(
    found: list[Indicator], body: str, title: str, published: date, language: str
) -> list[Indicator]:
    """The figures with the plan year carried onto a deed told in the past left undated (see the
    module's docstring); every other figure as it was."""
    if not any(i.kind == "actual" and _mostly_ahead(i.period_start, i.period_end, published) for i in found):
        return found  # (most articles: the headline and lead are not read again)
    year = _plan_year(title, _lead(body, language), published, language)
    if year is None:
        return found
    out: list[Indicator] = []
    reported = False  # a figure of the year told in its own sentence: the year is reported, not only planned
    for indicator in found:
        if indicator.kind == "actual" and (indicator.period_start, indicator.period_end) == year:
            basis = period_basis(indicator, published, language)
            if basis == "sentence":
                reported = True
            elif basis == "context" and not reported and _past_deed(indicator, language):
                indicator = replace(indicator, period_start=None, period_end=None)
        out.append(indicator)
    return out


def _lead(body: str, language: str) -> str:
    """The body's first sentence (past a dateline)."""
    if language in ("ru", "kk"):
        from etl.extract.cyrillic_numbers import split_cyrillic_sentences  # (the Cyrillic reader's splitter)

        return next((s.text for s in split_cyrillic_sentences(body[:_LEAD_REACH])), "")
    opening = split_sentences(body[:_LEAD_REACH])
    return next((s.text for s in opening if len(s.text.split()) >= _LEAD_WORDS), "")


def _plan_year(title: str, lead: str, published: date, language: str) -> Span | None:
    """The span the lead (else the headline) names first, when it is mostly still ahead of
    publication and the headline and lead tell it as a plan."""
    named = [_first_span(text, published, language) for text in (lead, title) if text]
    year = next((span for span in named if span is not None), None)
    if year is None or not _mostly_ahead(*year, published):
        return None  # a span over, running to the report or half gone: its deeds may be its own
    kinds = _cue_kinds(title, language, headline=True) | _cue_kinds(lead, language)
    return year if kinds and "actual" not in kinds else None


def _mostly_ahead(first: date | None, last: date | None, published: date) -> bool:
    """More of the span lies after publication than before it."""
    return first is not None and last is not None and (last - published) > (published - first)


def _first_span(text: str, published: date, language: str) -> Span | None:
    for period in sentence_periods(text, published, language):
        if period.is_comparison or period.is_weak:
            continue
        first, last = period.period_start, period.period_end
        return (first, last) if first is not None and last is not None and first < last else None
    return None


# an English headline's future: "Region to plant 2 million trees in 2025", "Kazakhstan set to build ..."
_EN_HEADLINE_TO = re.compile(r"\bto\s+([a-z]+)\b")


def _cue_kinds(text: str, language: str, headline: bool = False) -> set[str]:
    """The kinds the sentence's cue words give ("will continue": plan; "were planted": actual; not
    a telling, "This was reported at the session")."""
    if language in ("ru", "kk"):
        from etl.extract.cyrillic import LANGUAGE_DATA
        from etl.extract.cyrillic_kinds import find_cues
        from etl.extract.cyrillic_numbers import reader_for

        return {kind for _, kind in find_cues(reader_for(LANGUAGE_DATA[language]), text)}
    kinds = {
        "target" if cue[2] == ctx.GOAL else cue[2]
        for cue in ctx.find_cues(text)
        if not (cue[2] == "actual" and text[cue[0] : cue[1]].split()[-1].lower() in ctx.REPORTING_VERBS)
    }
    if headline and any(is_base_verb(m.group(1)) for m in _EN_HEADLINE_TO.finditer(text)):
        kinds.add("plan")
    return kinds


def _past_deed(indicator: Indicator, language: str) -> bool:
    """Told in the simple past: the figure's own verb (lead_span's readers); in English, when the
    figure's clause shows no verb of its own ("spoke about the organisation of 15 thousand events"),
    the sentence's finite verbs."""
    if told_in_the_past(indicator, language):
        return True
    if language != "en":
        return False
    sentence = indicator.sentence
    start = indicator.start_char - indicator.sentence_start
    end = indicator.end_char - indicator.sentence_start
    return read_predicate(sentence, (0, len(sentence)), start, end) is None and _en_past_sentence(sentence)


# finite verbs of a present, a perfect or what is ahead, and words of a time up to the report
_EN_NOT_PAST = frozenset(
    "is are am has have will shall can may must should would now currently today".split()
)
_EN_UP_TO_NOW = re.compile(r"\b(?:so\s+far|to\s+date|over\s+the\s+(?:past|last))\b", re.I)
# the simple pasts of the verbs a report tells deeds and speech with
_EN_PAST = frozenset(
    """was were spoke said told rose grew fell came went took gave held made built kept saw won met began
    brought bought sold spent paid led ran sent stood hit found became""".split()
)
# words after which an "-ed" form is no finite verb ("the improved", "of increased", "to be raised")
_EN_NOT_FINITE_AFTER = frozenset(
    "the a an of and or to be been being by with for in on its their this".split()
)


def _en_past_sentence(sentence: str) -> bool:
    """Some finite verb of the sentence is a simple past, and none a present, perfect or modal."""
    words = [w.lower() for w in _WORD.findall(sentence)]
    if any(w in _EN_NOT_PAST for w in words) or _EN_UP_TO_NOW.search(sentence):
        return False
    return any(
        w in _EN_PAST or (len(w) > 4 and w.endswith("ed") and n and words[n - 1] not in _EN_NOT_FINITE_AFTER)
        for n, w in enumerate(words)
    )
