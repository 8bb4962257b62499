"""Lists of numbers whose last member is a label, not a figure: "70 және 75 жастан асқан" (ages),
"на 1, 2 и 3-го ребенка" (a birth order), "1, 2, 3-балаға". The reader drops the last member by its
ending (an age, an ordinal); the members before it share that ending unsaid and are labels too, not
counts of 70 or 1 and 2."""

from __future__ import annotations

import re
from typing import Protocol, TypeVar

# only a comma or a conjunction between two members of one list
_LIST_JOIN = re.compile(r"\s*,\s*|\s*,?\s+(?:и|или|және|мен|бен|пен|немесе)\s+", re.I)
_LARGEST_LABEL = 150  # ages, birth orders and grades are small whole numbers


class BareFigure(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def unit(self) -> str | None: ...
    @property
    def scaled(self) -> bool: ...
    @property
    def raw(self) -> float: ...


F = TypeVar("F", bound=BareFigure)


def without_members_of_label_list(text: str, found: list[F], label_start: int) -> list[F]:
    """`found` without the bare small whole numbers that run, joined by commas or conjunctions, up to
    the label number at `label_start`."""
    keep = len(found)
    position = label_start
    while keep:
        member = found[keep - 1]
        if (
            member.unit is not None or member.scaled or member.raw != int(member.raw)
            or not 0 < member.raw <= _LARGEST_LABEL
            or not _LIST_JOIN.fullmatch(text, member.end, position)
        ):  # fmt: skip
            break
        keep, position = keep - 1, member.start
    return found[:keep]
