"""A unit written once after a list of numbers: "by 28, 26 and 20 percent", "на 28, 26 и 20%",
"28, 26 және 20 пайызға" give three percentages, not two counts and a percentage."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

# Only a comma or a conjunction between two figures of one list; anything else ends the list.
# (Kazakh "мен" is "бен" or "пен" after some sounds: "13 500 бен 15 000 теңге аралығында")
_LIST_GAP = re.compile(r"\s*,\s*|\s*,?\s+(?:and|or|и|или|және|мен|бен|пен|немесе)\s+", re.I)
# ", and" after a single number joins two clauses ("around 4,800, and 93% have been cleared"),
# not two members of a list; after two or more ("28, 26, and 20 percent") it closes the list.
_CLAUSE_JOIN = re.compile(r"\s*,\s+(?:and|or|и|или|және|мен|немесе)\s+", re.I)

# "подготовлено 4 271 объектов из 9 656 или 44%", "из 24 объектов подключены 23 или 96%": a count of a
# whole's part restated as its share, not two shares
_OR_GAP = re.compile(r"\s*,?\s+или\s+", re.I)
_PART_OF_WHOLE_BEFORE = re.compile(r"(?<!\w)из\s+\d[^.;!?]*$", re.I)


class ListFigure(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...  # after the figure's unit, if it has one
    @property
    def unit(self) -> str | None: ...
    @property
    def scaled(self) -> bool: ...


def list_units(text: str, figures: Sequence[ListFigure]) -> dict[int, str]:
    """{index: unit} for the bare numbers of a list whose last figure carries the unit. A list
    ending in a scaled amount ("1.5, 2 and 3 billion tenge") is left alone: its bare members
    need the scale too, which list_scales gives where they are written in it."""
    shared: dict[int, str] = {}
    run: list[int] = []
    for index, figure in enumerate(figures):
        if run and not _LIST_GAP.fullmatch(text, figures[run[-1]].end, figure.start):
            run = []
        if figure.unit is None and not figure.scaled:
            run.append(index)
            continue
        joins_clauses = len(run) == 1 and _CLAUSE_JOIN.fullmatch(text, figures[run[0]].end, figure.start)
        restated = len(run) == 1 and _restated_share(text, figures[run[0]], figure)
        if run and figure.unit is not None and not figure.scaled and not joins_clauses and not restated:
            shared.update(dict.fromkeys(run, figure.unit))
        run = []
    for index in range(1, len(figures)):
        before, figure = figures[index - 1], figures[index]
        if (
            figure.unit is None and not figure.scaled and before.unit is not None and not before.scaled
            and _CURRENCY_SIGN.match(text, before.start) and _RANGE_DASH.fullmatch(text, before.end, figure.start)
        ):  # fmt: skip
            # "$150–160 a year": the range's upper end in the money its sign gives the lower one, as
            # "150-160 US dollars" gives both the unit after them (+ps41en)
            shared[index] = before.unit
    return shared


_CURRENCY_SIGN = re.compile(r"US\$|\$|€|£|₸")
_RANGE_DASH = re.compile(r"\s?[-–—]\s?")


# A list's bare members may take the scale of its last, scaled, member only when they are written in
# that scale: below a thousand and of about the last one's size ("368.7 and 322.2 thousand tons")
_IN_LIST_SCALE_BELOW = 1000
_LIST_SIZE_RATIO = 20.0


class ValuedFigure(ListFigure, Protocol):
    @property
    def value(self) -> float: ...


def list_scales(
    text: str, figures: Sequence[ValuedFigure], scales: Sequence[float]
) -> dict[int, tuple[str, float]]:
    """{index: (unit, scale)} for the bare numbers of a list whose last member carries a scale and a
    unit: "368.7 and 322.2 thousand tons", "1.5, 2 and 3 billion tenge", "368,7 и 322,2 тыс. тонн"
    give tonnes and tenge in the last one's scale. `scales[i]` is figure i's scale (1 for none).
    Not a member of another size
    ("250 and 3 million tenge"), nor one number before ", and" (two clauses: list_units)."""
    shared: dict[int, tuple[str, float]] = {}
    run: list[int] = []
    for index, figure in enumerate(figures):
        if run and not _LIST_GAP.fullmatch(text, figures[run[-1]].end, figure.start):
            run = []
        if figure.unit is None and not figure.scaled:
            run.append(index)
            continue
        scale = scales[index]
        joins_clauses = len(run) == 1 and _CLAUSE_JOIN.fullmatch(text, figures[run[0]].end, figure.start)
        if run and figure.unit is not None and figure.scaled and scale > 1 and not joins_clauses:
            last = figure.value / scale
            if last > 0 and all(
                0 < figures[n].value < _IN_LIST_SCALE_BELOW
                and max(figures[n].value, last) <= _LIST_SIZE_RATIO * min(figures[n].value, last)
                for n in run
            ):
                shared.update(dict.fromkeys(run, (str(figure.unit), scale)))
        run = []
    return shared


def _restated_share(text: str, bare: ListFigure, share: ListFigure) -> bool:
    """A bare number, then "или" and a percent, with a whole counted "из N" before it or in it."""
    return (
        share.unit == "percent"
        and bool(_OR_GAP.fullmatch(text, bare.end, share.start))
        and bool(_PART_OF_WHOLE_BEFORE.search(text, max(0, bare.start - 80), bare.end))
    )


# Two clauses of one report, each with its own label, the first leaving out the unit its twin writes:
# "Алматыда 151, Нұр-Сұлтанда 152 теңге", "бензин 205, ал дизель отыны 295 теңге": a comma right after
# the bare number, a label of a word or three (no digit), then the twin with its unit
# (not a part of the first, "Мектеп саны 40, оның 35 пайызы ауылда", nor what it is, "яғни")
_TWIN_GAP = re.compile(
    r",\s+(?!(?:оның|олардың|соның|бұның|бұл|ол|яғни|оған|одан)(?!\w))(?:ал\s+)?(?:[^\W\d]+[\s-]+){0,2}[^\W\d]+\s+",
    re.I,
)
_TWIN_UNITS = frozenset({"KZT", "USD", "percent"})
_TWIN_RATIO = 2.0  # a price beside a price; "ауданда 12, ал қалада 300 мың теңге" are no twins


def twin_units(text: str, figures: Sequence[ValuedFigure]) -> dict[int, str]:
    """{index: unit} for a bare number whose twin in the next clause, of about its size, carries
    a money or percent unit: "ең қымбат Өскеменде 156 теңге. Алматыда 151, Нұр-Сұлтанда 152 теңге"."""
    shared: dict[int, str] = {}
    for index, (bare, twin) in enumerate(zip(figures, figures[1:], strict=False)):
        if (
            bare.unit is None and not bare.scaled and twin.unit in _TWIN_UNITS and not twin.scaled
            and _TWIN_GAP.fullmatch(text, bare.end, twin.start)
            and bare.value > 0 and twin.value > 0
            and max(bare.value, twin.value) <= _TWIN_RATIO * min(bare.value, twin.value)
        ):  # fmt: skip
            shared[index] = str(twin.unit)
    return shared


# A paragraph that goes on as a list: it ends with ";" ("питание — 760,6 млн тенге;"), or it and
# the next both open with a bullet ("— 578,8 млн", "- 2,3 млрд").
_BULLET = re.compile(r"\s*[-–—•*]\s")
# The member's own value right after its label's dash or colon: "проживание — 554,5", "тамаққа: 120"
_VALUE_AFTER_DASH = re.compile(r"[-–—:]\s*$")
# The amount ends its member: "— 578,8 млн;", "— 67,1 млн.", or its change in brackets follows:
# "— 546 тыс. (−20,7%);" (not "578,8 млн человек")
_MEMBER_END = re.compile(r"\s*(?:[,;.)]|$|\([^()\w]*\d[\d\s.,]*%\s*\))")
# A bare member written in the list's scale is small ("— 578,8" after "— 760,6 млн тенге")
_IN_SCALE_BELOW = 1000


class ListAmount(ListFigure, Protocol):
    @property
    def value(self) -> float: ...
    @property
    def raw(self) -> float: ...  # the numeral's own value, before the scale


def list_runs(body: str) -> list[list[tuple[int, int]]]:
    """The (start, end) spans of the paragraphs of each list of two or more members written one a
    line: members ending with ";" (the last ends otherwise), or opening with a bullet."""
    spans, offset = [], 0
    for line in body.split("\n"):
        spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    runs: list[list[tuple[int, int]]] = []
    run: list[tuple[int, int]] = []
    for start, end in spans:
        line = body[start:end]
        if run:
            before = body[run[-1][0] : run[-1][1]]
            goes_on = before.rstrip().endswith(";") or (
                bool(_BULLET.match(before)) and bool(_BULLET.match(line))
            )
            if goes_on and line.strip():
                run.append((start, end))
                continue
            if len(run) > 1:
                runs.append(run)
        run = [(start, end)] if line.strip() else []
    if len(run) > 1:
        runs.append(run)
    return runs


def member_units(
    texts: Sequence[str], figures: Sequence[Sequence[ListAmount]], inline: bool = False
) -> dict[tuple[int, int], tuple[str, float]]:
    """{(member, figure): (unit, scale)} for the amounts of a list's members that leave out what the
    list's other amounts write. Every amount of the list that has a unit must have the same one.
    A scaled member of a scale those amounts have takes the unit ("питание — 760,6 млн тенге;
    покупки — 578,8 млн": tenge, scale 1 as its own is written; not "население — 21 млн" beside
    "бюджет — 24 трлн тенге"). When they have one scale, a bare member below a thousand right
    after its label's dash and after one of them ("— 578,8;") takes the unit and that scale. Only
    amounts that end their member: "1,2 млн человек" counts people. `inline`: one sentence holds
    the list ("на питание — 760,6 млн тенге; на покупки — 578,8"), whose members are the amounts
    right after a label's dash (not "получателей было 126,8 тысячи, им выплатили 3,7 млрд
    тенге": a count and a sum)."""
    with_unit = [f for members in figures for f in members if f.scaled and f.unit is not None]
    if len({f.unit for f in with_unit}) != 1:
        return {}
    unit = str(with_unit[0].unit)
    scales = {float(f"{f.value / f.raw:.9g}") for f in with_unit if f.raw}
    shared: dict[tuple[int, int], tuple[str, float]] = {}
    seen_unit = False
    for m, (text, members) in enumerate(zip(texts, figures, strict=True)):
        for n, figure in enumerate(members):
            seen_unit = seen_unit or (figure.scaled and figure.unit == unit)
            if figure.unit is not None or not _MEMBER_END.match(text, figure.end):
                continue
            after_dash = bool(_VALUE_AFTER_DASH.search(text, max(0, figure.start - 4), figure.start))
            if inline and not after_dash:
                continue
            if figure.scaled:
                if (
                    figure.raw and float(f"{figure.value / figure.raw:.9g}") in scales
                ):  # not "21 млн" beside "24 трлн тенге"
                    shared[m, n] = (unit, 1.0)
            elif (
                seen_unit and len(scales) == 1 and 0 < figure.raw < _IN_SCALE_BELOW and after_dash
            ):  # fmt: skip
                shared[m, n] = (unit, next(iter(scales)))
    return shared
