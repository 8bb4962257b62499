"""A unit written once after a list of numbers: "by 28, 26 and 20 percent", "на 28, 26 и 20%",
"28, 26 және 20 пайызға" give three percentages, not two counts and a percentage."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

# Only a comma or a conjunction between two figures of one list; anything else ends the list.
_LIST_GAP = re.compile(r"\s*,\s*|\s*,?\s+(?:and|or|и|или|және|мен|немесе)\s+", re.I)
# ", and" after a single number joins two clauses ("around 4,800, and 93% have been cleared"),
# not two members of a list; after two or more ("28, 26, and 20 percent") it closes the list.
_CLAUSE_JOIN = re.compile(r"\s*,\s+(?:and|or|и|или|және|мен|немесе)\s+", re.I)


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
    would need the scale too, and a wrong value is worse than a count."""
    shared: dict[int, str] = {}
    run: list[int] = []
    for index, figure in enumerate(figures):
        if run and not _LIST_GAP.fullmatch(text, figures[run[-1]].end, figure.start):
            run = []
        if figure.unit is None and not figure.scaled:
            run.append(index)
            continue
        joins_clauses = len(run) == 1 and _CLAUSE_JOIN.fullmatch(text, figures[run[0]].end, figure.start)
        if run and figure.unit is not None and not figure.scaled and not joins_clauses:
            shared.update(dict.fromkeys(run, figure.unit))
        run = []
    return shared
