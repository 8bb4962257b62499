"""An HTML table's cells with their row and column spans -> a grid whose columns line up.

A cell spanning rows (`rowspan`) is missing from the rows below it, so their cells shift one
column left and a figure lands under the wrong heading; a cell spanning columns (`colspan`)
leaves the columns after it one short. Each spanned slot is given back: empty, so no figure is
read twice, except a heading of a header row ('2023' over two columns heads both) across, and a
label without figures (and whatever stands in a row's first column, its label) down the rows it
spans, since each of them is about it."""

from __future__ import annotations

import re

# No news table is wider: a larger colspan is damaged or hostile, and would only add empty cells.
MAX_COLUMN_SPAN = 50
# HTML's own limit on rowspan; a span past the table's last row ends with it.
MAX_ROW_SPAN = 65_534
_DIGIT = re.compile(r"\d")


def span_of(value: str | None, most: int, zero_means_all: bool = False) -> int:
    """A colspan/rowspan attribute as a count of slots: 1 when missing, no number or 0, at most
    `most`; a rowspan of 0 (to the end of the table) stays 0 with `zero_means_all`."""
    digits = (value or "").strip()
    if not digits.isdigit():
        return 1
    number = int(digits[:12])  # more digits than that are past any limit all the same
    if number == 0:
        return 0 if zero_means_all else 1
    return min(number, most)


def _take(below: dict[int, tuple[int, str]], column: int) -> str:
    """The text a span from above gives this row's slot in `column`, one row fewer to span."""
    left, text = below.pop(column)
    if left > 1:
        below[column] = (left - 1, text)
    return text


def spread(rows: list[list[tuple[str, int, int, bool]]]) -> list[list[str]]:
    """The rows of (text, colspan, rowspan, is a heading) cells as rows of texts, one per slot."""
    below: dict[int, tuple[int, str]] = {}  # column -> (rows still spanned, text to give them)
    grid: list[list[str]] = []
    for number, row in enumerate(rows):
        line: list[str] = []
        header_row = all(heading for *_, heading in row)
        for text, columns, spanned, _ in row:
            while len(line) in below:
                line.append(_take(below, len(line)))
            column = len(line)
            line += [text] + [text if header_row else ""] * (columns - 1)
            rows_down = len(rows) - number - 1 if spanned == 0 else spanned - 1
            if rows_down > 0:
                kept = text if column == 0 or not _DIGIT.search(text) else ""
                for offset in range(columns):
                    below[column + offset] = (rows_down, kept if offset == 0 else "")
        for column in sorted(c for c in below if c >= len(line)):  # spans past the row's own cells
            line += [""] * (column - len(line))
            line.append(_take(below, column))
        grid.append(line)
    return grid
