"""What an English figure counts: its item from a list label, the lead's subject, the words
around it or a dash label, and items shared within a linked range."""

from __future__ import annotations

import re

from etl.extract import context as ctx
from etl.extract.dash_labels import bracket_label, dash_label, label_after
from etl.extract.figure_clause import _OF_WHICH_BEFORE, _left_of, _right_of
from etl.extract.figure_links import _MONEY_KIND_AFTER, _OF_AFTER_UNIT, _TO_LEVEL
from etl.extract.indicator_record import Indicator
from etl.extract.item_verbs import is_inflected_verb, is_verb_after_count
from etl.extract.mentions import Mention
from etl.extract.records import replace
from etl.extract.sentences import LIST_ITEM, Sentence
from etl.extract.units import CURRENCIES


def _list_item_label(sentence: Sentence, mention_start: int, clean: bool = True) -> str | None:
    """'- for master's students - 117,098 tenge' -> "master's students" (with the lead's subject)."""
    head = LIST_ITEM.sub("", sentence.text[:mention_start])
    label_match = re.match(r"^(?:for\s+)?(?P<label>.+?)\s*[-–—:]\s*$", head)
    tail_match = re.search(r"\bfor\s+(?P<label>[\w’' -]+?)\s*[;.]?$", sentence.text[mention_start:])
    found = label_match or (tail_match if not head.strip() else None)
    if found is None:
        return None
    label = found.group("label").strip()
    subject = _lead_subject(sentence.lead, clean)
    return f"{subject}: {label}" if subject else label


def _lead_subject(lead: str | None, clean: bool = True) -> str | None:
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
        re.sub(r"\s*(?:is|are|was|were|will be|as follows)?\s*:\s*$", " ", lead).rstrip() + " is", clean=clean
    )


Reading = tuple[str, bool]  # (item, inherited from the figure before)


def _item(
    text: str, mention: Mention, previous: str | None, previous_end: int | None = None
) -> tuple[Reading, Reading]:
    """(item, inherited) for a figure, the counted noun for counts, else the subject: as shown,
    without a predicate's verb (+itemv), and as the words stand ("is expected to rise"), which
    decide whether the figure is a change as they did before the verb was dropped."""
    right = _right_of(text, mention.quantity.end)
    unit = mention.quantity.unit
    which = ctx.of_which_item(right)
    if which is not None:
        reading = (which or previous or ""), not which
        return reading, reading
    as_read: Reading | None = None
    if unit is None:
        noun = ctx.noun_phrase_after(right)
        if noun:
            if not is_verb_after_count(noun.split()[0]):
                return (noun, False), (noun, False)
            as_read = (noun, False)  # "of which 33 make medicines": shown with the total's item
    elif unit in CURRENCIES and (kind := _MONEY_KIND_AFTER.match(right)):
        noun = kind.group("kind")
        return (noun, False), (noun, False)
    elif unit != "times":
        of_phrase = _OF_AFTER_UNIT.match(right)
        if of_phrase:
            noun = ctx.noun_phrase_after(" " + right[of_phrase.end() :], allow_of=False)
            if noun:
                return (noun, False), (noun, False)
    left = _left_of(text, mention.start)
    shown: Reading
    if previous_end is not None and _TO_LEVEL.fullmatch(text, previous_end, mention.start):
        shown = previous or "", True  # "rose by 17 percent to 9.2 million": the new level of the same thing
    elif _OF_WHICH_BEFORE.search(left, max(0, len(left) - 24)):
        # "..., of which 91% were eliminated"; "of which 10 billion came from foreign vehicles"
        sourced = ctx.part_source_item(previous or "", right) or ctx.part_kind_item(right)
        shown = (sourced, False) if sourced else (previous or "", True)
    elif unit is not None and (revenue := ctx.revenue_item(right)):
        shown = revenue, False  # "48 billion tenge was received in the budget from toll roads"
    elif unit not in (None, "times", "percent") and (deed := ctx.deed_item(left, right)):
        shown = deed, False  # "the region saved 108 billion tenge": the saving it made
    else:
        subject = ctx.subject_before(left)
        told = (
            ctx.part_kind_item(right) if subject is None else None
        )  # "and another 4,000 km are local roads"
        shown = (told, False) if told else (previous or "", True) if subject is None else (subject, False)
        if as_read is None:
            raw = ctx.subject_before(left, clean=False)
            as_read = (previous or "", True) if raw is None else (raw, False)
    return shown, as_read or shown


def _item_of(
    sentence: Sentence, mention: Mention, previous_item: str | None, previous_end: int | None
) -> tuple[Reading, Reading]:
    """The figure's item as shown and as read (see `_item`); a list item's label for both."""
    if sentence.is_list_item:
        label = _list_item_label(sentence, mention.start)
        if label:
            return (label, False), (_list_item_label(sentence, mention.start, clean=False) or label, False)
    dashed = _dash_label(sentence.text, mention)
    if dashed:
        return (dashed, False), (dashed, False)
    # "including 21.1 thousand – private houses", "metallurgy (+0.7%)" (a place alone, "followed by
    # Mangystau (42.2%)", is set beside the sentence's measure by settle_items)
    named = label_after(sentence.text, mention.start, mention.quantity.end) or bracket_label(
        sentence.text, mention.start
    )
    if named and not any(is_inflected_verb(w.casefold()) for w in sentence.text[named[0] : named[1]].split()):
        return (sentence.text[named[0] : named[1]], False), (sentence.text[named[0] : named[1]], False)
    return _item(sentence.text, mention, previous_item, previous_end)


_DASHED_VERBS = frozenset("is are was were has have had will".split())


def _dash_label(text: str, mention: Mention) -> str | None:
    """'coal – 101.6%': a list member's label before its dash (dash_labels), unless the words before
    the dash hold a verb and are a clause of their own ('output rose – by 5%'). A count's own noun
    after it ('in Almaty – 1,200 schools') names it first."""
    span = dash_label(text, mention.start)
    if span is None:
        return None
    words = text[span[0] : span[1]].split()
    if any(
        w.casefold() in _DASHED_VERBS or (is_inflected_verb(w.casefold()) and not w.endswith("ing"))
        for w in words
    ):  # (a gerund names an activity: "brick making – 110.7%")
        return None
    label = " ".join(words)
    if mention.quantity.unit is None:
        noun = ctx.noun_phrase_after(_right_of(text, mention.quantity.end))
        if noun:
            return f"{noun} {label}"
    return label


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
