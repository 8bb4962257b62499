"""Kazakh list members that share the verb of the last one (+k22kk). A Kazakh sentence puts its verb
last: in "Айнакөл көшесінде ауданы 5023 шаршы метр, Мирзоян көшесінде 6994 шаршы метр ... болатын
балабақшалар бой көтеруде" or "Соның ішінде тұқымға 11,4 млрд теңге, тыңайтқышқа 31,3 млрд теңге,
пестицидке 32,5 млрд теңге қарастырылды" each member but the last ends on its noun, and the verb after
the last is the verb of them all; so is the reading it gives (FORMAT.md: the size of buildings going up
is plan, and so are the parts of money set aside)."""

from __future__ import annotations

import re

from etl.extract.cyrillic_kinds import find_cues
from etl.extract.cyrillic_numbers import Reader
from etl.extract.indicator_record import Indicator
from etl.extract.kk_predicate import read_predicate
from etl.extract.records import replace

# what may stand between two members: the next member's label, set off by a comma or "және"
_MEMBERS_JOINED = re.compile(r",\s|\sжәне\s", re.I)
# what ends a list or starts a clause of its own between two figures: a stop, brackets, a contrast
# ("ал"), a condition ("болса"), "тағы" (more besides: "қазір 140 мектеп, тағы 30 мектеп салынады"),
# a year or another number
_NOT_ONE_LIST = re.compile(
    r"[.;:!?()«»\"\d]|[—–]|(?<!\w)(?:ал|алайда|бірақ|тағы|тағы\s+да|сондай-ақ|қосымша|болса|болып|"
    r"қазір\w*|бүгін\w*|әзірге|жыл\w*|ай|айда|айында|оның|олардың|соның|"
    # a time of the member's own: "биыл", "былтыр", a month, a quarter, "өткен", "келесі", "алдағы"
    r"биыл\w*|былтыр\w*|өткен|келесі|алдағы|ағымдағы|тоқсан\w*|кезең\w*|маусым\w*|"
    r"қаңтар\w*|ақпан\w*|наурыз\w*|сәуір\w*|мамыр\w*|шілде\w*|тамыз\w*|қыркүйек\w*|қазан\w*|"
    r"қараша\w*|желтоқсан\w*)(?!\w)",
    re.I,
)
# a converb closing a member's clause ("11,5 пайызға дейін ұлғайып, ..."): a verb of its own
# (not a noun in -ап/-еп: "талап", "жауап", "кітап", "себеп")
_CONVERB_BEFORE = re.compile(
    r"(?<!\w)(?!(?:талап|жауап|кітап|себеп)\s*$)[^\W\d_]{2,}(?:ып|іп|ап|еп)\s*$", re.I
)
# the last member's verb ends the sentence: nothing after it but words (no other clause or figure)
_ONE_VERB_AFTER = re.compile(r"\s*[^\W\d_]+(?:[\s-]+[^\W\d_]+)*\s*[.!;]?\s*$")


def kk_members_share_last_verb(reader: Reader, text: str, found: list[Indicator]) -> list[Indicator]:
    """Members of a list of like figures (one unit, none a change) joined by commas or "және", with
    nothing between them but their labels (no verb or cue word, no stop, year, "тағы" or contrast), and
    the sentence's one verb after the last: each member read as a plain state, "actual", takes the
    kind and time of the last member when that is a plan, target or forecast."""
    if len(found) < 2:
        return found
    last = found[-1]
    if last.kind == "actual" or last.is_change:
        return found
    last_end = last.end_char - last.sentence_start
    if not _ONE_VERB_AFTER.match(text, last_end):
        return found
    cues = [p for p, _ in find_cues(reader, text)]
    changed = list(found)
    index = len(found) - 1
    while index > 0:
        member, following = found[index - 1], found[index]
        left = member.end_char - member.sentence_start
        right = following.start_char - following.sentence_start
        between = text[left:right]
        joined = _MEMBERS_JOINED.search(between)
        if (
            member.unit != last.unit
            or member.is_change
            or joined is None
            or _NOT_ONE_LIST.search(between)
            or any(left <= p < right for p in cues)
            or not _ends_on_noun(text, left, left + joined.start())
        ):
            break
        if member.kind == "actual":
            changed[index - 1] = replace(
                member, kind=last.kind, period_start=last.period_start, period_end=last.period_end
            )
        elif member.kind != last.kind:
            break
        index -= 1
    return changed


def _ends_on_noun(text: str, start: int, end: int) -> bool:
    """The words after a member up to the comma that ends it are its noun, no verb ("49 мектептің
    құрылысы жүргізіліп жатыр, ..." has one of its own, and so has a converb, "ұлғайып, ...")."""
    if _CONVERB_BEFORE.search(text, start, end) and text[start:end].strip():
        return False
    predicate = read_predicate(text, start, end)
    return predicate is None or predicate.tense == "nominal"


_COLON = re.compile(r":\s")
# what tells the figures after the colon are no parts: a comparison ("ол өткен жылғы 5 млрд теңгеден көп"),
# a pronoun standing for the total, a time of their own
_NO_PARTS = re.compile(
    r"(?<!\w)(?:ол|бұл|көп|аз|артық|кем|жоғары|төмен|салыстырғанда|өткен|былтыр\w*|биыл\w*|жыл\w*)(?!\w)"
    r"|\w+(?:нан|нен|дан|ден|тан|тен)\s+(?:көп|аз|артық|кем|жоғары|төмен)",
    re.I,
)


def kk_parts_after_colon(reader: Reader, text: str, found: list[Indicator]) -> list[Indicator]:
    """'Бұған 81,2 млрд теңге бөлінді: форвардтық сатып алуға 21,2 млрд теңге, тауарлық кредит арқылы 60
    млрд теңге': verbless parts after a colon, in the unit of the total told just before it and no more
    than it all together, are that money split up; they take the total's reading (FORMAT.md: money
    allocated for the year under way is plan, and so is each part of it). Parts with a verb or cue of
    their own ("... : 3 млрд теңгесі игерілді") keep theirs."""
    colon = _COLON.search(text)
    if colon is None or len(found) < 2:
        return found
    before = [i for i in found if i.end_char - i.sentence_start <= colon.start()]
    parts = [i for i in found if i.start_char - i.sentence_start >= colon.end()]
    if not before or not parts or len(before) + len(parts) != len(found):
        return found
    total = before[-1]
    if (
        total.kind == "actual" or total.is_change
        or any(i.unit != total.unit or i.is_change for i in parts)
        or sum(i.value for i in parts) > total.value * 1.01
        or any(p >= colon.end() for p, _ in find_cues(reader, text))
        or not _ends_on_noun(text, colon.end(), len(text))
        or _NO_PARTS.search(text, colon.end()) is not None
    ):  # fmt: skip
        return found
    return [
        replace(i, kind=total.kind, period_start=total.period_start, period_end=total.period_end)
        if i in parts and i.kind == "actual"
        else i
        for i in found
    ]
