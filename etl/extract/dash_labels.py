"""The label of a list member written "label – figure": "coal – 101.6%", "угля – 101,6%",
"көмір – 101,6%". Reports break a total into parts this way ("В том числе в добыче металлических
руд – 107,8%, угля – 101,6%"); each member's words before its dash name what its figure measures,
so the member takes neither the first member's item nor the sentence's subject, and its last word
is a label, not the clause's predicate ("өндіруде – 107,8%" is no present tense).

Only a spaced dash opens a member (a dash glued to digits is a minus or a range: FORMAT.md), the
figure follows the dash with nothing but a hedge between ("– около 5%", "– more than 2 million"),
and the label is a short phrase with no digit of its own (not "в 2022-м – 5%", a year's level).
Whether a label holding a verb is a clause instead ("Далее следуют Актау – ...") is the caller's
question: it knows the language's verbs."""

from __future__ import annotations

import re
from collections.abc import Sequence

# the dash that ends a label, right before the figure's clause
_DASH_BEFORE = re.compile(r"[^\S\n][—–][^\S\n]+$")
# what may stand between the dash and the figure: a hedge or a preposition of a level or a change
_HEDGES = frozenset(
    "около более свыше почти порядка примерно лишь всего только до на плюс минус чуть немногим менее "
    "шамамен жуық тек "
    "about around nearly almost over more than some up to just only by".split()
)
# where a label starts: after the clause mark before it, a line break or the sentence start
_MARK = re.compile(r"[,;:(]\s|\n")
# a label of six words fits in this many characters; no scan of a long line's whole left
_LABEL_REACH = 120
# words that open a list of parts, not part of any member's label
_OPENERS = re.compile(
    r"(?:(?:в\s+том\s+числе|в\s+т\.\s?ч\.|из\s+них|в\s+частности|в\s+их\s+числе|а\s+также|а|и"
    r"|оның\s+ішінде|соның\s+ішінде|олардың\s+ішінде|атап\s+айтқанда|ал|және|сондай-ақ"
    r"|including|of\s+which|in\s+particular|namely|and|while|whereas)(?:\s+|$))+",
    re.I,
)
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
# a figure of the member before (with its unit or ending) and the conjunction after it
_JOINED_MEMBER = re.compile(r"\d\S*(?:\s+[^\W\d_]+\.?){0,2}?\s+(?:және|мен|и|а|and|while)\s+", re.I)
# a label never holds a bracket (the dash then closes an aside inside it) and never opens a
# relative clause ("Акмолинская область, где сосредоточено производство, – 300 штук"), nor says
# how a figure is measured ("в годовом выражении – 12%")
_NOT_A_LABEL = re.compile(
    r"[()]|^(?:где|когда|котор\w*|что|если|мұнда|онда|which|who|where|when|that"
    # nor compares ("ниже среднего показателя по стране (4,6%)": the base's own bracket)
    r"|ниже|выше|больше|меньше|против|чем|below|above|than|against|versus)\b|(?:выражени|исчислени)\w*$",
    re.I,
)
MAX_LABEL_WORDS = 6  # longer, the words before the dash are a clause of their own


_WORD_BEFORE = re.compile(r"(\S+)\s*$")


def dash_label(text: str, figure_start: int, dates: Sequence[tuple[int, int]] = ()) -> tuple[int, int] | None:
    """The span of the label of the list member whose figure starts at `figure_start`, its dash
    right before it or before a hedge or two; None when the figure is no such member. The label
    starts after any of the `dates` (spans of period phrases) inside it: "За полугодие 2025 года
    рост в торговле – 104%" is labelled "рост в торговле"."""
    if "–" not in text and "—" not in text:
        return None  # (most sentences hold no dash: the scans below for one cannot find it)
    end = figure_start
    for _ in range(3):
        dash = _DASH_BEFORE.search(text, max(0, end - 4), end)
        if dash is not None and dash.end() == end:
            break
        word = _WORD_BEFORE.search(text, max(0, end - 24), end)
        if word is None or word.group(1).casefold() not in _HEDGES:
            return None
        end = word.start()
    else:
        return None
    if text[: dash.start()].endswith(","):
        return None  # ", – ": the dash closes an aside, nothing before it labels the figure
    reach = max(0, dash.start() - _LABEL_REACH)
    marks = list(_MARK.finditer(text, reach, dash.start()))
    if not marks and reach > 0:
        return None
    start = marks[-1].end() if marks else 0
    # "химия – 110,6% және металлургия – 104,4%": the member before, joined by a conjunction
    joined = list(_JOINED_MEMBER.finditer(text, start, dash.start()))
    if joined:
        start = joined[-1].end()
    start = max([start] + [end for begin, end in dates if start <= begin and end <= dash.start()])
    opener = _OPENERS.match(text, start, dash.start())
    if opener:
        start = opener.end()
    label = text[start : dash.start()]
    words = label.split()
    if (
        not words
        or len(words) > MAX_LABEL_WORDS
        or _DIGIT.search(label)
        or _NOT_A_LABEL.search(label.strip())
    ):
        return None
    if start == 0 and label.isupper():
        return None  # a dateline, "NUR-SULTAN – "
    start += len(label) - len(label.lstrip())
    return start, dash.start()


# A member's label often says only what differs from the member before it: "средний заработок в
# Туркестанской области – 350 тыс., в Жамбылской – 300 тыс." The label then stands in the earlier
# item for the words it matches: the phrase opened by the same preposition, or an adjective of the
# same ending ("минимальный размер ... – 5, максимальный – 8").
_RU_PREPOSITIONS = frozenset("в во на с со по у для из от к при среди".split())
_RU_ADJECTIVE = re.compile(r"[^\W\d_]{3,}(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ых|их|ую|юю|ым|им|ом|ем)", re.I)
_KK_LOCATIVE = re.compile(r"[^\W\d_]{2,}(?:да|де|та|те)", re.I)


# verbs that only say a change was seen: "Рост наблюдается в транспортной отрасли — 123,4%" labels
# the growth in transport
_RU_NOTED = re.compile(
    r"(?:наблюда|отмеча|фиксиру|регистриру)(?:ется|ются)|(?:отмечен|зафиксирован)\w*", re.I
)


def without_noted(words: list[str]) -> list[str]:
    """(Russian) a label's words without a verb of noting ("Рост наблюдается в связи" -> "Рост в связи")."""
    kept = [w for w in words if not _RU_NOTED.fullmatch(w)]
    return kept if kept else words


def ru_label_in_item(words: list[str], previous: str, extend: bool = False) -> str | None:
    """The item of the member before with `words`, a Russian label, standing in for the words it
    matches; when a prepositional label matches nothing there, the item before with the label
    after it if `extend` (the figure before was no dash member: "посажено 17 808 тыс. деревьев,
    в Актюбинской – 5 537 тыс." -> "деревьев в Актюбинской"), else None (an item of its own)."""
    earlier = previous.split()
    first = words[0].casefold()
    if first in _RU_PREPOSITIONS and len(words) > 1:
        same = {first, "в", "во"} if first in ("в", "во") else {first}
        at = next((i for i in range(len(earlier) - 1, -1, -1) if earlier[i].casefold() in same), None)
        if at is None:
            return " ".join(earlier + words) if extend and earlier else None
        # the phrase replaced ends at the word the label ends with ("в бюджет" in "в бюджет налогов"
        # for "в областной бюджет"), else runs as long as the label ("в Туркестанской" for "в Жамбылской")
        head = words[-1][:4].casefold()
        end = next(
            (k + 1 for k in range(at, len(earlier)) if earlier[k][:4].casefold() == head), at + len(words)
        )
        return " ".join(earlier[:at] + words + earlier[end:])
    if len(words) == 1 and _RU_ADJECTIVE.fullmatch(words[0]):
        ending = first[-2:]
        at = next(
            (
                i
                for i, w in enumerate(earlier)
                if _RU_ADJECTIVE.fullmatch(w) and w.casefold().endswith(ending)
            ),
            None,
        )
        if at is not None:
            return " ".join(earlier[:at] + words + earlier[at + 1 :])
    return None


def kk_label_in_item(words: list[str], previous: str) -> str | None:
    """(Kazakh) a place label in the locative ("Солтүстік Қазақстан облысында – 6%") before the
    words of the member before that follow that member's own place: "... облысында желілердің"."""
    earlier = previous.split()
    if len(words) > 2 and [w.casefold() for w in words[-2:]] in (["бұл", "көрсеткіш"], ["осы", "көрсеткіш"]):
        words = words[:-2]  # "... облысында бұл көрсеткіш – 6%": this measure, the one before
    if not _KK_LOCATIVE.fullmatch(words[-1]):
        return None
    at = next((i for i in range(len(earlier) - 1, -1, -1) if _KK_LOCATIVE.fullmatch(earlier[i])), None)
    if at is None or at == len(earlier) - 1:
        return None
    return " ".join(words + earlier[at + 1 :])


# The other order, "figure – label": "Оның ішінде 21,1 мың – жеке үйлер, 1,1 мың – көппәтерлі
# үйлер", "including 21.1 thousand – private houses". The figure opens its member (nothing but a
# list opener before it since the last clause mark) and the words after its dash, up to the next
# mark, name it.
_DASH_AFTER = re.compile(r"[^\S\n][—–][^\S\n]+")
_LABEL_END = re.compile(r"[,;.:()!?]|\s[—–]\s|\n")
_MEMBER_START = re.compile(r"(?:[,;:(]\s|\n)")
_NOT_A_NAME = re.compile(
    r"^(?:это|этот|то|бұл|осы|ол|this|that|it|which|жоғары|выше|больше|more|less)\b", re.I
)
MAX_NAME_WORDS = 4


def label_after(text: str, figure_start: int, figure_end: int) -> tuple[int, int] | None:
    """The span of the words naming a figure that opens its list member and is followed by a
    spaced dash ("21,1 мың – жеке үйлер,"); None when the figure is no such member."""
    dash = _DASH_AFTER.match(text, figure_end)
    if dash is None:
        return None
    reach = max(0, figure_start - _LABEL_REACH)
    marks = list(_MEMBER_START.finditer(text, reach, figure_start))
    start = marks[-1].end() if marks else (0 if reach == 0 else figure_start)
    before = text[start:figure_start]
    opener = _OPENERS.match(before)
    if before.strip() and (opener is None or before[opener.end() :].strip()):
        return None
    stop = _LABEL_END.search(text, dash.end(), dash.end() + _LABEL_REACH)
    end = stop.start() if stop else min(len(text), dash.end() + _LABEL_REACH)
    name = text[dash.end() : end]
    words = name.split()
    if not words or len(words) > MAX_NAME_WORDS or _DIGIT.search(name) or _NOT_A_NAME.match(name):
        return None
    return dash.end(), dash.end() + len(name.rstrip())


# A member told "label (figure)": "metallurgy (+0.7%), mechanical engineering (+11.5%)",
# "Қызылорда (+44,6%), Солтүстік Қазақстан (+41,5%)", "Астане (13,0%) и Шымкенте (13,2%)". The words
# before the bracket since the last mark, a closed bracket or "such as", name the figure inside it.
# (the sign may be written as a word: "Түркістан облысы (плюс 27,4%)", "Актобе (плюс 1,1%)",
# "Нур-Султане (сразу плюс 1,5%)", "(минус 3,1%)")
_BRACKET_BEFORE = re.compile(
    r"\(\s*(?:[+~≈]|на\s+|by\s+|up\s+|about\s+|(?:сразу\s+)?(?:плюс|минус|plus|minus)\s+)?$", re.I
)
# ("Slowdown was recorded in Mangistau region (-30.4%)": where a change was seen opens the label)
_BRACKET_MARK = re.compile(
    r"[,;:]\s|\)\s|\n|\s[—–]\s|\b(?:such\s+as|including|like|in\s+particular|followed\s+by"
    r"|(?:recorded|observed|seen|registered|noted|reported|posted|logged)\s+in)\s",
    re.I,
)
MAX_BRACKET_WORDS = 5


def bracket_label(text: str, figure_start: int) -> tuple[int, int] | None:
    """The span of the words naming a figure that opens a bracket right after them ("metallurgy
    (+0.7%)"); None when the figure is no such member or the words before hold a figure of their
    own ("was 38.2% (36.9% a year earlier)": the bracket is that figure's aside)."""
    opened = _BRACKET_BEFORE.search(text, max(0, figure_start - 16), figure_start)
    if opened is None:
        return None
    end = opened.start()
    reach = max(0, end - _LABEL_REACH)
    marks = list(_BRACKET_MARK.finditer(text, reach, end))
    if not marks and reach > 0:
        return None
    start = marks[-1].end() if marks else 0
    opener = _OPENERS.match(text, start, end)
    if opener:
        start = opener.end()
    label = text[start:end]
    words = label.split()
    if not _LETTER.search(label) or len(words) > MAX_BRACKET_WORDS or _DIGIT.search(label):
        return None
    if _NOT_A_LABEL.search(label.strip()) or "(" in label:
        return None
    start += len(label) - len(label.lstrip())
    return start, start + len(label.strip())
