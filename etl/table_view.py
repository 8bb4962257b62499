"""`tables show`: a table's rows as text a person can read at any terminal width.

A table whose columns fit the width is drawn as a grid; a wider one as records, one block
per row with a line per column, so no cell shrinks to "…" and no header disappears. NULL
is shown empty (never `nan`), lists as comma-separated items, page text as plain text."""

from __future__ import annotations

import math
from collections.abc import Sequence

from rich.table import Table
from rich.text import Text

LAYOUTS = ("auto", "table", "records")
CELL_CHARS = 60  # a grid cell shows at most this much
NARROWEST_COLUMN = 12  # a grid column narrower than its content down to this still reads


def cell_text(value: object) -> str:
    """One value as one line of text: NULL (and NaN) empty, lists as `a, b`."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(cell_text(item) for item in value)
    return " ".join(str(value).split())


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def fits_as_table(columns: Sequence[str], rows: Sequence[Sequence[str]], width: int) -> bool:
    """Whether every column gets its header or content width (down to NARROWEST_COLUMN)."""
    needed = 1
    for index, column in enumerate(columns):
        content = max([len(column), *(len(_clip(row[index], CELL_CHARS)) for row in rows)])
        needed += min(content, max(len(column), NARROWEST_COLUMN)) + 3
    return needed <= width


def as_table(columns: Sequence[str], rows: Sequence[Sequence[str]]) -> Table:
    table = Table()
    for column in columns:
        table.add_column(Text(column))
    for row in rows:
        table.add_row(*[Text(_clip(cell, CELL_CHARS)) for cell in row])
    return table


def as_records(columns: Sequence[str], rows: Sequence[Sequence[str]], width: int) -> list[Text]:
    """Each row as a block: a rule line, then `column  value` lines clipped to the width."""
    label = max(len(column) for column in columns)
    lines: list[Text] = []
    for number, row in enumerate(rows, start=1):
        lines.append(Text(f"── row {number} ".ljust(width, "─"), style="dim"))
        for column, cell in zip(columns, row, strict=True):
            lines.append(Text(f"{column:<{label}}  {_clip(cell, max(width - label - 2, 10))}"))
    return lines


def render(
    columns: Sequence[str], values: Sequence[Sequence[object]], width: int, layout: str = "auto"
) -> list[Table | Text]:
    """What to print for these rows: a grid or records (`auto`: a grid when it fits)."""
    rows = [[cell_text(value) for value in row] for row in values]
    if layout == "table" or (layout == "auto" and fits_as_table(columns, rows, width)):
        return [as_table(columns, rows)]
    records: list[Table | Text] = [*as_records(columns, rows, width)]
    return records
