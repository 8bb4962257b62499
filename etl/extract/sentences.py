"""Sentences of an article body with their character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.extract.records import quick_init

# A sentence ends at . ! ? followed by space and a capital, quote or digit, unless the
# word before is an abbreviation ("JSC. " is not an end, "No. 5" neither).
_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[A-Z\"“‘(\d])")
_ABBREVIATIONS = {
    "no",
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "art",
    "approx",
    "vs",
    "etc",
    "e.g",
    "i.e",
    "u.s",
    "jr",
    # a measure's short word: "168.97 thousand sq. M. of housing", "16 bln cu. M." (a capital after it)
    "sq",
    "cu",
    # month abbreviations: "by Sept. 1", "on Nov. 28"
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
}
# a scale word cut short inside a compound: "1 mln. 414 thousand tons" is one figure, not two sentences
_SCALE_ABBREVIATIONS = {"mln", "bln", "bn", "trln"}
_COMPOUND_REST = re.compile(r"\d{1,3}\s+(?:thousand|thous\.|th\.)", re.I)
_MAYBE_END = re.compile(r"[.!?][\"”’]?\s")
_LAST_WORD = re.compile(r"([\w.]+)\.[\"”’]?$")
LIST_ITEM = re.compile(r"^\s*(?:[-–—•*]|\d{1,2}[.)])\s+")
# A list member whose bullet a web page dropped: a short name, a dash, a figure and nothing more
# ("North Aral Sea restoration — $100 million"), read as an item only under a lead ending in ":"
_BARE_ITEM = re.compile(r"^\s*[^\W\d][^.!?:;\n]{0,100}?\s[—–]\s*[$₸€]?\s?\d[^!?;:\n]{0,40}$")


@quick_init
@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # offset of text[0] in the body
    paragraph: int  # 0-based paragraph number
    is_list_item: bool
    lead: str | None  # for list items: the sentence introducing the list ("... as follows:")


def _split_paragraph(paragraph: str) -> list[tuple[int, int]]:
    if not _MAYBE_END.search(paragraph):
        return [(0, len(paragraph))] if paragraph.strip() else []  # one sentence: no boundary to look for
    spans, start = [], 0
    for match in _BOUNDARY.finditer(paragraph):
        word = _LAST_WORD.search(paragraph[max(start, match.start() - 12) : match.start() + 1].rstrip())
        if word and word.group(1).lower() in _ABBREVIATIONS:
            continue
        if (
            word
            and word.group(1).lower().lstrip("0123456789") in _SCALE_ABBREVIATIONS
            and _COMPOUND_REST.match(paragraph, match.end())
        ):
            continue
        if LIST_ITEM.match(paragraph[start : match.end()]) and start == 0 and match.start() < 4:
            continue  # "1. Strengthen control...": list numbering, not a sentence end
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(paragraph)))
    return [(a, b) for a, b in spans if paragraph[a:b].strip()]


def split_sentences(body: str) -> list[Sentence]:
    """Every sentence of the body (paragraphs are separated by newlines), in order."""
    sentences: list[Sentence] = []
    offset = 0
    lead: str | None = None
    previous_paragraph = ""
    for number, paragraph in enumerate(body.split("\n")):
        if lead is not None and not paragraph.strip():
            offset += len(paragraph) + 1
            continue  # a blank line between a list's members does not end the list
        is_item = bool(LIST_ITEM.match(paragraph)) or (lead is not None and bool(_BARE_ITEM.match(paragraph)))
        if not is_item:
            lead = None
        for start, end in _split_paragraph(paragraph):
            text = paragraph[start:end].rstrip()
            sentences.append(Sentence(text, offset + start, number, is_item, lead if is_item else None))
        if not is_item and paragraph.rstrip().endswith(":"):
            # "Among them:" says too little alone: the paragraph before it introduces the list
            short = len(paragraph.split()) <= 4 and number > 0 and previous_paragraph.strip()
            lead = f"{previous_paragraph.strip()} {paragraph.strip()}" if short else paragraph.strip()
        previous_paragraph = paragraph
        offset += len(paragraph) + 1
    return sentences


def previous_sentence(body: str, sentence_start: int) -> str:
    """The sentence just before the one starting at `sentence_start` ('' at the body's start)."""
    before = body[:sentence_start].rstrip()
    if not before:
        return ""
    last_paragraph = before.rsplit("\n", 1)[-1]
    spans = _split_paragraph(last_paragraph)
    return last_paragraph[spans[-1][0] : spans[-1][1]].strip() if spans else ""
