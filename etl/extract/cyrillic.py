"""extract_cyrillic_indicators: the figures of a Russian or Kazakh article body, as Indicators.

Same records and provenance as the English extractor (etl/extract/indicators.py): value, unit,
period, kind, change, the verbatim sentence and offsets into the body. The period a sentence
does not state comes from the sentences before it, then from the headline, as for English."""

from __future__ import annotations

import re
from datetime import date
from typing import cast

from etl.extract.cyrillic_numbers import (
    CyrillicSentence,
    Figure,
    Reader,
    reader_for,
    split_cyrillic_sentences,
)
from etl.extract.cyrillic_periods import find_cyrillic_periods
from etl.extract.indicators import Indicator, nearest_period
from etl.extract.languages.kk import KAZAKH
from etl.extract.languages.ru import RUSSIAN
from etl.extract.periods import Period
from etl.extract.units import UnitCode

LANGUAGE_DATA = {"ru": RUSSIAN, "kk": KAZAKH}
_RANGE_DASH = re.compile(r"^\s?[-–—]\s?$")
_RANGE_TO = re.compile(r"^\s+(?:до|по)\s+$", re.I)
_RANGE_FROM = re.compile(r"(?:\bот|\bс|\bсо)\s+$", re.I)
_KK_FROM_TO = re.compile(r"^-?(?:дан|ден|тан|тен|нан|нен)\s+$")
_CLAUSE_MARKS = re.compile(r",\s|;\s|\s[—–]\s|:\s|\(|\)")
# A period phrase after a dash belongs to the figure before it ("оставшиеся 152 — в 2025 году").
_PERIOD_CLAUSE_MARKS = re.compile(r",\s|;\s|:\s|\(|\)")
_ITEM_STOP = re.compile(r"[,.;:()«»\"—–]")
_BASE_BETWEEN = re.compile(r"\b(?:против|вместо|чем|по\s+сравнению|салыстырғанда|қарағанда)\b", re.I)
_BASE_BEFORE = re.compile(r"(?:против|вместо|с\s+нынешних|с\s+текущих)\s+$", re.I)
_KIND_ORDER = {"target": 3, "forecast": 2, "plan": 1, "actual": 0}


def extract_cyrillic_indicators(
    body: str, published: date, language: str, title: str = ""
) -> list[Indicator]:
    """Every reported figure of a Russian ('ru') or Kazakh ('kk') body, in order. Pure."""
    data = LANGUAGE_DATA[language]
    reader = reader_for(data)
    results: list[Indicator] = []
    title_periods = [
        p for p in find_cyrillic_periods(title, published, data) if p.period_start or p.period_end
    ]
    scope: Period | None = title_periods[0] if title_periods else None
    for sentence in split_cyrillic_sentences(body):
        periods = find_cyrillic_periods(sentence.text, published, data)
        figures = [f for f in reader.figures(sentence.text) if not _inside_period(f, periods)]
        stated = [p for p in periods if not _is_comparison(reader, sentence.text, p)]
        if figures:
            found = _sentence_indicators(reader, sentence, figures, stated, scope, published, len(results))
            results.extend(found)
        if stated:
            scope = _scope_after(stated, scope, published)
    return results


def _inside_period(figure: Figure, periods: list[Period]) -> bool:
    """A bare number inside a period phrase is part of it: "за 9 месяцев", "10 айында"."""
    return figure.unit is None and not figure.scaled and any(p.start <= figure.start < p.end for p in periods)


def _scope_after(stated: list[Period], scope: Period | None, published: date) -> Period | None:
    """The period later sentences inherit: the sentence's last stated one, but not a "since ..."
    span ("с начала года": one figure's measure); "с момента старта" frames what follows."""
    spans = [p for p in stated if not (p.period_end == published and p.period_start not in (None, published))]
    return spans[-1] if spans else scope


def _is_comparison(reader: Reader, text: str, period: Period) -> bool:
    """'по сравнению с 2024 годом', 'өткен жылмен салыстырғанда': a comparison base, not a period."""
    if reader.language.code == "kk":
        return bool(re.match(r"\S*\s+(?:салыстырғанда|қарағанда)", text[period.end : period.end + 30]))
    return bool(reader.comparison.search(text[max(0, period.start - 30) : period.start]))


def _link_ranges(text: str, figures: list[Figure]) -> dict[int, tuple[str, int]]:
    """'с 6,4 до 10 млн', '3-5%', '110%-ынан 118%-ына': the first end borrows the second's scale
    and unit when it has none of its own. Returns index -> (role, partner)."""
    roles: dict[int, tuple[str, int]] = {}
    for i in range(len(figures) - 1):
        first, second = figures[i], figures[i + 1]
        between = text[first.end : second.start]
        if _RANGE_DASH.match(between):
            role = ("low", "high")
        elif (
            _RANGE_TO.match(between)
            and _RANGE_FROM.search(text[max(0, first.start - 8) : first.start])
            or _KK_FROM_TO.match(between)
            or re.search(r"(?:дан|ден|тан|тен|нан|нен)\s+$", text[first.start : second.start])
        ):
            role = ("from", "to")
        else:
            continue
        if first.unit is None and second.unit is not None:
            first.unit = second.unit
        if second.scaled and not first.scaled and first.raw < second.raw:
            first.value = first.raw * (second.value / second.raw if second.raw else 1.0)
            first.scaled = True
        roles[i], roles[i + 1] = (role[0], i + 1), (role[1], i)
    return roles


def _clause(text: str, start: int, end: int, marks: re.Pattern[str] = _CLAUSE_MARKS) -> tuple[int, int]:
    before = [m.end() for m in marks.finditer(text, 0, start)]
    after = marks.search(text, end)
    return (before[-1] if before else 0), (after.start() if after else len(text))


def _period_for(
    periods: list[Period], clause: tuple[int, int], start: int, end: int, text: str
) -> Period | None:
    """The period phrase in the figure's clause nearest to it, else the nearest before it in the
    sentence, else the first after it. A phrase after a comparison is its base's: in
    "вырастет до 4 325 тенге против 3 932 тенге в 2025 году" the year dates 3 932 only."""
    periods = [p for p in periods if p.start < start or not _BASE_BETWEEN.search(text, end, p.start)]
    return nearest_period(periods, clause, start, end)  # then as in English


def _cues(reader: Reader, text: str) -> list[tuple[int, str]]:
    """(position, kind) of every kind cue word of a text: the language's cue stems, then verb
    endings (Russian past tense: actual; Kazakh clause-final past: actual, aorist: plan)."""
    cues = []
    kazakh = reader.language.code == "kk"
    for match in re.finditer(r"[^\W\d_]+", text):
        word = match.group(0).lower()
        kind = next((k for stem, k in reader.cues if _cue_matches(word, stem)), None)
        if kind is None and len(word) > 4:
            kind = _kazakh_verb_kind(word, text, match.end()) if kazakh else _russian_verb_kind(word)
        if kind:
            cues.append((match.start(), kind))
    return cues


def _cue_matches(word: str, stem: str) -> bool:
    """A cue is a stem ("планир" for "планируется"), or a whole word when it ends in '='
    ("мүмкін=": "may", but not "мүмкіндік", "opportunity")."""
    return word == stem[:-1] if stem.endswith("=") else word.startswith(stem)


_RUSSIAN_PAST = re.compile(r"(?:ил|ал|ел|ыл|ял|ен|ан|ят)[аоиы]?(?:сь|ся)?$")
_KAZAKH_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)—–-]|$|еді\b|деп\b|болатын\b)")


def _russian_verb_kind(word: str) -> str | None:
    return "actual" if _RUSSIAN_PAST.search(word) else None  # "составил", "введено", "выросли"


def _kazakh_verb_kind(word: str, text: str, end: int) -> str | None:
    """A Kazakh verb ends its clause; the same endings on a word inside it mark a case
    ("жұмысты" is an object, not "worked")."""
    if re.search(r"(?:мақ|мек|бақ|бек|пақ|пек)$", word):
        return "plan"  # intention: "салынбақ", "болмақ"
    if not _KAZAKH_CLAUSE_END.match(text, end):
        return None
    if word.endswith(("ады", "еді")):
        return None  # the aorist ("өседі", will grow) and a past of a vowel stem ("хабарлады") alike
    if word.endswith(("ды", "ді", "ты", "ті", "ған", "ген", "қан", "кен")):
        return "actual"  # "жетті", "артты", "жиналған"
    return None


def _kind(cues: list[tuple[int, str]], clause: tuple[int, int], start: int, end: int,
          deadline: bool, lead_kind: str | None, verb_final: bool) -> str:  # fmt: skip
    """The nearest cue in the figure's clause: before it first, then after it (in Kazakh,
    whose verb ends the clause, after it first, a forecast verb winning: "жетеді деп күтеді");
    else the sentence's cues; else a deadline makes a target; else the list lead's kind."""
    in_clause = [(p, k) for p, k in cues if clause[0] <= p < clause[1]]
    before = [k for p, k in in_clause if p < start]
    after = [k for p, k in in_clause if p >= end]
    if verb_final and after:
        return max(after, key=lambda k: _KIND_ORDER[k]) if "forecast" in after else after[0]
    if before:
        return before[-1]
    if after:
        return after[0]
    sentence_kinds = [k for _, k in cues]
    if sentence_kinds:
        return (
            max(sentence_kinds, key=lambda k: _KIND_ORDER[k])
            if "actual" not in sentence_kinds
            else (next(k for p, k in sorted(cues, key=lambda c: abs(c[0] - start))))
        )
    if deadline:
        return "target"
    return lead_kind or "actual"


def _item(text: str, figure: Figure, clause: tuple[int, int]) -> str:
    """What the figure counts or measures, in the text's words: the words after a bare count,
    else the words before the figure in its clause and the noun right after its unit."""
    after = " ".join(_ITEM_STOP.split(text[figure.end : figure.end + 60], 1)[0].split()[:3])
    if figure.unit is None and after:
        return after
    before = " ".join(text[clause[0] : figure.start].split()[-6:]).strip(" -–—")
    return f"{before} {after}".strip()  # "собрано более [1,6 млн тонн] отходов"


_ITEM_LABEL = re.compile(r"^\s*(?:[-–—•*]|\d{1,2}[.)])\s+(?:для\s+)?(?P<label>[^\d:]+?)\s*[-–—:]\s*$")


def _list_item(reader: Reader, sentence: CyrillicSentence, figure: Figure, published: date) -> str | None:
    """'- для магистрантов — 117 098 тенге;' under 'Размеры стипендий с 1 сентября составят:'
    -> 'Размеры стипендий: магистрантов' (the lead's words without its dates and verb)."""
    label = _ITEM_LABEL.match(sentence.text[: figure.start]) if sentence.lead else None
    if label is None or sentence.lead is None:
        return None
    lead = sentence.lead
    for period in reversed(find_cyrillic_periods(lead, published, reader.language)):
        lead = lead[: period.start] + lead[period.end :]
    words = [
        w
        for w in re.findall(r"[^\W\d_][\w-]*", lead)
        if not any(w.lower().startswith(c) for c, _ in reader.cues)
    ]
    words = [w for w in words if w.lower() not in {"бастап", "с", "со", "по", "в", "на", "до", "жылғы"}]
    subject = " ".join(words[:3])
    return f"{subject}: {label['label'].strip()}" if subject else label["label"].strip()


def _qualifier(reader: Reader, text: str, figure: Figure) -> str | None:
    left, right = text[max(0, figure.start - 30) : figure.start], text[figure.end : figure.end + 20]
    for pattern, name in reader.qualifiers:
        if pattern.pattern.startswith("^"):
            if pattern.match(right):
                return name
        elif pattern.search(left):
            return name
    return None


def _is_change(reader: Reader, text: str, figure: Figure, clause: tuple[int, int]) -> bool:
    if reader.language.code == "ru":
        left = text[clause[0] : figure.start]
        return bool(
            re.search(r"\bна\s+(?:более\s+|почти\s+|около\s+)?$", left) and reader.change.search(left)
        ) or bool(
            figure.unit == "percent" and re.match(r"\s+(?:больше|меньше|выше|ниже)\b", text[figure.end :])
        )
    right = text[figure.end : clause[1]]
    glued = text[figure.start : figure.end]
    return bool(re.search(r"-(?:ға|ге|қа|ке)$", glued) and reader.change.match(right.strip()))


def _sentence_indicators(
    reader: Reader,
    sentence: CyrillicSentence,
    figures: list[Figure],
    periods: list[Period],
    scope: Period | None,
    published: date,
    first_index: int,
) -> list[Indicator]:
    text = sentence.text
    roles = _link_ranges(text, figures)
    cues = _cues(reader, text)
    lead_cues = _cues(reader, sentence.lead) if sentence.lead else []
    lead_kind = max((k for _, k in lead_cues), key=lambda k: _KIND_ORDER[k], default=None)
    indicators: list[Indicator] = []
    for index, figure in enumerate(figures):
        clause = _clause(text, figure.start, figure.end)
        period = _period_for(periods, _clause(text, figure.start, figure.end, _PERIOD_CLAUSE_MARKS),
                             figure.start, figure.end, text)  # fmt: skip
        role, partner = roles.get(index, (None, None))
        if role == "from" and period is not None and period.start > figure.start:
            period = None  # "от 62 до 183 в 2024 году": the year dates the new value
        if period is None and not periods:
            period = scope
            # "сейчас ..." before the figure in its clause; "вместо нынешних" after it names the base
            now = reader.now.search(text, clause[0], figure.start)
            if now and (scope is None or scope.period_end is None or scope.is_deadline):
                period = Period(now.start(), now.end(), published, published, False)
        deadline = period is not None and period.is_deadline
        kind = _kind(
            cues, clause, figure.start, figure.end, deadline, lead_kind, reader.language.code == "kk"
        )
        present = reader.now.search(text, clause[0], figure.start)
        if (
            role == "from"
            or _BASE_BEFORE.search(text, max(0, figure.start - 24), figure.start)
            or (present and kind == "plan")
        ):  # "Қазір олар 31 423 теңге алса": what is paid now, whatever comes next
            kind = "actual"  # "с нынешних 32 360 тенге", "76 950 теңгеден 86 987 теңгеге": the level before
        elif (
            kind == "actual"
            and not cues
            and period is not None
            and (period.period_start or date.min) > published
        ):
            kind = "plan"  # a figure for a period still ahead is no outcome
        if period is None and kind == "actual":
            period = Period(0, 0, published, published, False)  # a state reported without a date: today's
        unit = cast(UnitCode, figure.unit or "count")  # the language tables map onto units.py's codes
        indicators.append(
            Indicator(
                value=figure.value,
                unit=unit,
                item=_list_item(reader, sentence, figure, published) or _item(text, figure, clause),
                qualifier=_qualifier(reader, text, figure),
                period_start=period.period_start if period else None,
                period_end=period.period_end if period else None,
                kind=kind,
                is_change=_is_change(reader, text, figure, clause),
                sentence=text,
                sentence_start=sentence.start,
                start_char=sentence.start + figure.start,
                end_char=sentence.start + figure.end,
                surface=text[figure.start : figure.end],
                role=role,
                partner=first_index + partner if partner is not None else None,
            )
        )
    return indicators
