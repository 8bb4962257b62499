"""Figures in the rows of a table kept in an article body, read by row and column.

A table reaches the body as one line per row (etl/sites/html.py joins an HTML table's cells with
" | "; a text copy may join them with tabs, runs of spaces or spaced dashes). A sentence reader
would take each cell figure alone, with no item and the article's year: here the header row's
years give each column its period, the row's first cell gives the item, and a unit in the header
or the caption line gives the bare cells their unit. A figure whose column names no period stays
undated. Pure: the language's own readers of figures and periods are passed in.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date


@dataclass(frozen=True)
class CellFigure:
    """A figure a language's reader finds in a cell (offsets in the cell's text)."""

    start: int
    end: int
    value: float
    unit: str | None  # None: a bare number
    scaled: bool  # a scale word came with it ("120 млрд")


CellReader = Callable[[str], list[CellFigure]]
Span = tuple[date | None, date | None]
Unit = tuple[str, float] | None  # a unit code and the factor its heading's scale gives
# The span a text names ("Q1 2024", "9 месяцев 2024 года"), or None when it names none.
PeriodReader = Callable[[str], tuple[date | None, date | None] | None]


@dataclass(frozen=True)
class TableFigure:
    value: float
    unit: str | None
    item: str
    period_start: date | None
    period_end: date | None
    kind: str
    is_change: bool
    line: str  # the row's line, verbatim
    line_start: int  # offset of the line in the body
    start: int  # offsets of the figure in the body
    end: int


@dataclass(frozen=True)
class TableRead:
    figures: list[TableFigure]
    rows: list[tuple[int, int]]  # body spans of the lines read as table rows (header included)


# Separators a row's cells are joined with, strongest first; the weaker ones count only in a block
# of rows with the same number of cells under a header (prose has double spaces and dashes too).
_SEPARATORS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("bar", re.compile(r"[ \t]*\|[ \t]*")),
    ("tab", re.compile(r" *\t[ \t]*")),
    ("spaces", re.compile(r" {2,}")),
    ("dash", re.compile(r" [–—-] ")),
)
_LONGEST_CELL = 80  # a longer cell is prose: the line is no table row
_LONGEST_CAPTION = 160
# A year heading a column: "2023", "2023 год", "2023 г.", "2023 ж.", "2023 жыл", "FY2023", with a
# note after a comma or in brackets ("2023, %", "2025 (план)").
_YEAR_CELL = re.compile(
    r"(?:FY\s?)?(?P<year>(?:19|20)\d{2})(?:\s*(?:год\w*|гг?\.?|ж\.?|жыл\w*|years?)(?!\w))?\.?\s*(?P<note>[,(].*)?",
    re.I,
)
# What may stay in a value cell beside its figure: footnote marks and brackets.
_CELL_LEFTOVER = re.compile(r"[\s*()\[\]¹²³†.,]*")
_EMPTY_CELL = re.compile(r"[-–—…*]*|n/?a|н/д|x|х", re.I)
_PLAN = re.compile(r"(?<!\w)(?:plan\w*|targets?|план\w*|жоспар\w*|цел\w*)(?!\w)", re.I)
_FORECAST = re.compile(
    r"(?<!\w)(?:forecast\w*|projected|estimates?|прогноз\w*|оценк\w*|болжам\w*)(?!\w)", re.I
)
_CHANGE = re.compile(
    r"(?<!\w)(?:change|growth|increase|y/y|yoy|изменени\w*|рост|прирост\w*|динамик\w*|өзгеріс\w*|өсім\w*)(?!\w)"
    r"|%\s*(?:к|to|vs)\s",  # "в % к 2023"
    re.I,
)
# "2024/2023", "2024 к 2023": a later year over an earlier one is a change; "2023/2024" is a
# season or school year, a span of its own
_YEAR_OVER_YEAR = re.compile(r"((?:19|20)\d{2})\s*(?:/|к|vs\.?|to)\s*((?:19|20)\d{2})", re.I)
_UNIT_PARTS = re.compile(r"[,(;:]")


def _cells(line: str, separator: re.Pattern[str], bar: bool) -> list[tuple[int, str]]:
    """(offset in the line, text) of each cell; bars at both ends of the line ("| a | b |") open
    and close the row, no cell. A bar at one end only is an empty cell: the corner over a
    header's row labels ("| 2023 | 2024"), an empty last cell; without it the header's columns
    stood one to the left of their cells."""
    cells, position = [], 0
    for match in separator.finditer(line):
        cells.append((position, line[position : match.start()]))
        position = match.end()
    cells.append((position, line[position:]))
    stripped = line.strip()
    framed = len(stripped) > 1 and stripped.startswith("|") and stripped.endswith("|")
    if cells and not cells[0][1].strip() and (framed or (not bar and line[:1].isspace())):
        cells = cells[1:]
    if cells and not cells[-1][1].strip() and (framed or (not bar and line[-1:].isspace())):
        cells = cells[:-1]
    return [(start + len(text) - len(text.lstrip()), text.strip()) for start, text in cells]


def _split_row(line: str) -> tuple[str, list[tuple[int, str]]] | None:
    """The separator kind and cells of a line that may be a table row: two or more cells, none
    of them long prose."""
    for kind, separator in _SEPARATORS:
        if not separator.search(line.strip()):
            continue
        cells = _cells(line, separator, kind == "bar")
        if len(cells) >= 2 and all(len(text) <= _LONGEST_CELL for _, text in cells):
            return kind, cells
        return None  # the strongest separator present decides: a long cell is prose
    return None


@dataclass(frozen=True)
class _Column:
    period: tuple[date | None, date | None] | None
    unit: tuple[str, float] | None
    kind: str
    is_change: bool
    label: str


def _unit_in(text: str, read: CellReader) -> tuple[str, float] | None:
    """The unit a heading or caption names ("млрд тенге", "thousand tonnes", "%"), with its scale:
    read as the figure "1 <part>" is, for each part after a comma or in brackets, or the whole."""
    parts = [text, *_UNIT_PARTS.split(text)[1:]]
    for part in parts:
        part = part.strip(" )")
        if not part or re.search(r"\d", part):
            continue
        words = part.split(maxsplit=1)
        probes = [f"1 {part}", f"1{part}"]
        if len(words) == 2:  # "$ bn", "KZT bn", "US$ million": the sign or code comes first
            probes += [f"{words[0]}1 {words[1]}", f"{words[0]} 1 {words[1]}"]
        for probe in probes:
            found = read(probe)
            if len(found) == 1 and found[0].start == 0 and found[0].end >= len(probe) - 1:
                figure = found[0]
                if figure.unit is not None:
                    return figure.unit, figure.value
    return None


def _period_of(text: str, read_period: PeriodReader) -> tuple[date | None, date | None] | None:
    year = _YEAR_CELL.fullmatch(text)
    if year:
        number = int(year["year"])
        return date(number, 1, 1), date(number, 12, 31)
    return read_period(text) if re.search(r"\d", text) else None


def _column(text: str, read: CellReader, read_period: PeriodReader) -> _Column:
    period = _period_of(text, read_period)
    kind = "forecast" if _FORECAST.search(text) else "plan" if _PLAN.search(text) else "actual"
    ratio = _YEAR_OVER_YEAR.search(text)
    change = bool(_CHANGE.search(text)) or (ratio is not None and int(ratio[1]) > int(ratio[2]))
    return _Column(None if change else period, _unit_in(text, read), kind, change, text)


def _heads_column(text: str, column: _Column, read: CellReader) -> bool:
    """A header cell: a period ("2023 год", "Q1 2024") or words ("Change, %"), no figure of its own."""
    if column.period is not None:
        return _YEAR_CELL.fullmatch(text) is not None or not any(
            figure.unit is not None or figure.scaled for figure in read(text)
        )
    return _figures_of(text, read) is None


def _figures_of(text: str, read: CellReader) -> list[CellFigure] | None:
    """The figures of a value cell, or None when the cell is words (a label, a note)."""
    if _EMPTY_CELL.fullmatch(text):
        return []
    found = read(text)
    if not found:
        return None
    rest = (
        text[: found[0].start]
        + "".join(text[a.end : b.start] for a, b in zip(found, found[1:], strict=False))
        + text[found[-1].end :]
    )
    return found if _CELL_LEFTOVER.fullmatch(rest) else None


SECTION = "section"  # the kind of a section line: words heading the rows below it in a table


@dataclass(frozen=True)
class _Line:
    start: int
    text: str
    kind: str
    cells: list[tuple[int, str]]


def _blocks(body: str) -> list[tuple[str, list[_Line]]]:
    """Runs of consecutive row lines joined the same way, each with the line before it (its
    caption: '' when it is none). A short line of words between two bar or tab rows of the same
    width stays in the run as a section line ("Regions", an HTML row spanning the table)."""
    texts = body.split("\n")
    splits = [_split_row(text) if text.strip() else None for text in texts] + [None]
    blocks: list[tuple[str, list[_Line]]] = []
    offset, previous = 0, ""
    run: list[_Line] = []
    caption = ""
    for index, text in enumerate([*texts, ""]):
        split = splits[index]
        line = _Line(offset, text, split[0], split[1]) if split else None
        if (
            line is None
            and run
            and _is_section(text, run[-1], splits[index + 1] if index < len(texts) else None)
        ):
            line = _Line(offset, text, SECTION, [])
        same = (
            line is not None
            and run
            and (line.kind == SECTION or line.kind == run[-1].kind or run[-1].kind == SECTION)
            and (line.kind in ("bar", "tab", SECTION) or len(line.cells) == len(run[-1].cells))
        )
        if run and not same:
            blocks.append((caption, run))
            run = []
        if line is not None:
            if not run:
                caption = previous if len(previous) <= _LONGEST_CAPTION else ""
            run.append(line)
        previous = text.strip()
        offset += len(text) + 1
    return blocks


def _is_section(text: str, last: _Line, following: tuple[str, list[tuple[int, str]]] | None) -> bool:
    """A line of words heading the rows below it inside a table: short, after a bar or tab row
    and before one joined the same way with as many cells."""
    if last.kind not in ("bar", "tab") or following is None or not text.strip():
        return False
    kind, cells = following
    return kind == last.kind and len(cells) == len(last.cells) and len(text.strip()) <= _LONGEST_CELL


def _caption_context(caption: str) -> str:
    """The caption's subject: its words before a unit or note ("Tax revenue, bn tenge")."""
    if not caption or caption.rstrip()[-1:] in ".!?:":
        return ""  # a sentence before the table (or one leading into it), no caption
    head = _UNIT_PARTS.split(caption, maxsplit=1)[0].strip().rstrip(":")
    return head if head and len(head) <= 60 and not re.search(r"\d", head) else ""


def _header(line: _Line, read: CellReader, read_period: PeriodReader) -> list[_Column] | None:
    """The columns a row heads, or None when it is no header row (a figure of its own, no heading)."""
    if line.kind == SECTION:
        return None
    texts = [text for _, text in line.cells]
    columns = [_column(text, read, read_period) for text in texts]
    heads = all(
        _heads_column(text, column, read) for column, text in zip(columns[1:], texts[1:], strict=True)
    ) and any(column.period is not None or text for column, text in zip(columns[1:], texts[1:], strict=True))
    return columns if heads else None


def _tables_in(
    caption: str, lines: list[_Line], read: CellReader, read_period: PeriodReader
) -> list[tuple[str, list[_Line]]]:
    """A block cut into its tables, each with its caption. Two tables one after the other (an
    HTML page's, with no line between) were read as one, and so was a bar line after them: a
    table's rows have as many cells as its first, so a row of another width starts another
    table, and so does a section line with a header under it (the line is that table's caption)."""
    tables: list[tuple[str, list[_Line]]] = [(caption, [lines[0]])]
    for number, line in enumerate(lines[1:], start=1):
        current = tables[-1][1]
        following = lines[number + 1] if number + 1 < len(lines) else None
        if line.kind == SECTION and following is not None and _header(following, read, read_period):
            tables.append((line.text.strip(), []))  # a header under the line: another table
        elif line.kind != SECTION and current and len(line.cells) != len(current[0].cells):
            tables.append(("", [line]))
        else:
            current.append(line)
    return [(title, rows) for title, rows in tables if rows]


def _read_block(
    caption: str, lines: list[_Line], read: CellReader, read_period: PeriodReader
) -> TableRead | None:
    weak = lines[0].kind != "bar"  # tabs, spaces, dashes: prose has them too
    if lines[0].kind in ("spaces", "dash") and len(lines) < 2:
        return None  # a line with double spaces or spaced dashes alone is prose
    columns = _header(lines[0], read, read_period)
    if columns is None and weak:
        return None  # joined by tabs, spaces or dashes: a table only under its header
    if lines[0].kind in ("spaces", "dash") and any(column.period is None for column in (columns or [])[1:]):
        return None  # prose has double spaces and dashes: only a header of periods makes a table
    rows = lines[1:] if columns else lines
    if columns is None and sum(1 for line in rows if line.kind != SECTION) < 2:
        return None  # one bar line in prose ("Курс | 470 тенге") is a sentence, not a table
    header_cells = [text for _, text in lines[0].cells] if columns else []
    table_unit = _unit_in(caption, read) or (_unit_in(header_cells[0], read) if columns else None)
    # the caption names what the table measures ("Tax revenue, bn tenge"); else the header's
    # first cell says what the rows are ("Region")
    table = _TableFrame(
        columns or [], _caption_context(caption) or (header_cells[0] if columns else ""), table_unit
    )
    figures: list[TableFigure] = []
    spans = [(lines[0].start, lines[0].start + len(lines[0].text))] if columns else []
    section = ""
    for line in rows:
        if line.kind == SECTION:
            section = line.text.strip()  # the rows below are its own ("Regions", "South")
            continue
        found = _row_figures(line, table, section, weak, read, read_period)
        if found is None:
            return None  # a row of words under a weak separator: prose, not a table
        if found:
            spans.append((line.start, line.start + len(line.text)))
            figures += found
    if not figures:
        return None
    return TableRead(figures, spans)


@dataclass(frozen=True)
class _TableFrame:
    """What a table gives every row: its columns (none without a header), what it measures
    (caption or header's first cell), and the unit its caption or header names."""

    columns: list[_Column]
    context: str
    unit: Unit


def _row_figures(
    line: _Line, table: _TableFrame, section: str, weak: bool, read: CellReader, read_period: PeriodReader
) -> list[TableFigure] | None:
    """The figures of a row; [] for a row of words (left to the sentence readers), None for
    one under a weak separator (the block is prose)."""
    cells, columns = line.cells, table.columns
    labels = 1  # the row's label cells: its first, and under a bar the words after it
    while (
        not weak
        and labels < len(cells) - 1
        and cells[labels][1]
        and _figures_of(cells[labels][1], read) is None
        and (labels >= len(columns) or columns[labels].period is None)
    ):
        labels += 1  # "Astana | Tax, bn tenge | 120": a region's rows (rowspan) name their item
    read_cells = [_figures_of(text, read) for _, text in cells[labels:]]
    if not any(read_cells) or (weak and any(found is None for found in read_cells)):
        return None if weak else []
    # a cell of words beside figure cells ("120 (est.)") still sits in its column
    read_cells = [
        read(text) if found is None else found
        for found, (_, text) in zip(read_cells, cells[labels:], strict=True)
    ]
    label = cells[0][1]
    row_period = _period_of(label, read_period) if label else None
    names, row_unit = [], None
    for _, text in cells[:labels]:
        # "ВВП, трлн тенге": a row may name its unit after its item
        unit = _unit_in(text, read) if text and row_period is None else None
        row_unit = unit or row_unit
        names.append((_caption_context(text) or text) if unit else text)
    name = ", ".join(part for part in names if part)
    figures = []
    for index, found in enumerate(read_cells, start=labels):
        column = columns[index] if index < len(columns) else None
        # a year in the row's first cell dates the row and the column heading names the item
        # (a table on its side); otherwise the row names the item and the column the period
        period: Span | None
        if row_period is not None:
            period, item = row_period, _caption_context(column.label) if column else ""
            item = f"{section}: {item}" if section and item else item
        else:
            period = column.period if column else None
            item = ": ".join(part for part in (table.context, section, name) if part) if name else ""
        given = row_unit or (column.unit if column else None) or table.unit
        figures += [_figure(figure, line, index, item, period, column, given) for figure in found or []]
    return figures


def _figure(
    figure: CellFigure,
    line: _Line,
    index: int,
    item: str,
    period: Span | None,
    column: _Column | None,
    given: Unit,
) -> TableFigure:
    value, unit = figure.value, figure.unit
    if unit is None and given is not None:
        unit = given[0]
        value = value if figure.scaled else value * given[1]  # "120 млрд" under "млрд тенге": scaled once
    cell_start = line.start + line.cells[index][0]
    return TableFigure(
        value=value,
        unit=unit,
        item=item,
        period_start=period[0] if period else None,
        period_end=period[1] if period else None,
        kind=column.kind if column else "actual",
        is_change=column.is_change if column else False,
        line=line.text,
        line_start=line.start,
        start=cell_start + figure.start,
        end=cell_start + figure.end,
    )


def read_tables(
    body: str, read: CellReader, read_period: PeriodReader, published: date | None = None
) -> TableRead:
    """Every figure in the body's table rows, and the spans of the lines read as rows (for the
    sentence readers to pass over). A column dated wholly after `published`, with no word for its
    kind, is a forecast: no actual figure is known for it yet."""
    figures: list[TableFigure] = []
    rows: list[tuple[int, int]] = []
    if not any(mark in body for mark in ("|", "\t", "  ", " – ", " — ", " - ")):
        return TableRead(figures, rows)  # no separator anywhere: no line to look at
    tables = [
        table for caption, lines in _blocks(body) for table in _tables_in(caption, lines, read, read_period)
    ]
    for caption, lines in tables:
        found = _read_block(caption, lines, read, read_period)
        if found is not None:
            figures.extend(
                replace(f, kind="forecast")
                if published and f.kind == "actual" and f.period_start and f.period_start > published
                else f
                for f in found.figures
            )
            rows.extend(found.rows)
    return TableRead(figures, rows)


def masked(body: str, rows: list[tuple[int, int]]) -> str:
    """The body with the table rows blanked (same length, so every offset holds)."""
    if not rows:
        return body
    pieces, position = [], 0
    for start, end in rows:
        pieces.append(body[position:start])
        pieces.append(" " * (end - start))
        position = end
    pieces.append(body[position:])
    return "".join(pieces)
