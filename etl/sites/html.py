"""HTML pages -> the same line structure as the text pages, in one pass of the stdlib's HTML parser.

The markup is never built into a tree: the parser's events are turned into text as they come,
so time grows with the size of the page and memory with its text, however deep the nesting.
"""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser

from etl.sites.table_grid import MAX_COLUMN_SPAN, MAX_ROW_SPAN, span_of, spread

# Elements that start a new line in the rendered text, as a browser's text copy does.
BLOCK_TAGS = frozenset([
    "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
    "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
    "section", "table", "tr", "td", "th", "ul",
])  # fmt: skip
INVISIBLE_TAGS = frozenset(["script", "style", "noscript", "template", "svg", "head", "iframe"])
# Elements that never have content or an end tag (HTML's void elements).
VOID_TAGS = frozenset(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                       "source", "track", "wbr"])  # fmt: skip
_HTML_START = re.compile(r"^\s*(?:<!doctype\s+html|<html|<head|<body|<meta|<div|<!--)", re.I)
# Any other markup a saved page can open with: an XML declaration (XHTML printer versions), a
# tag (a fragment saved from a browser: <article>, <p>, <section>...), with an end tag later.
_MARKUP_START = re.compile(r"^\s*<(?:\?xml\b|!doctype\b|[a-z][a-z0-9-]*[\s/>])", re.I)
_END_TAG = re.compile(r"</[a-z][a-z0-9-]*\s*>", re.I)


def looks_like_html(text: str) -> bool:
    """True for a document that opens like HTML or XHTML, or like a fragment of it (a text page
    opens with a stamp or text, never with a tag)."""
    head = text[:2000]
    return bool(_HTML_START.match(head)) or (
        _MARKUP_START.match(head) is not None and _END_TAG.search(text, 0, 200_000) is not None
    )


# A table cell longer than this is prose (a page laid out in a table), not a figure or a label.
LONGEST_CELL = 80
# What joins the cells of a table row on its line: a bar, which prose hardly uses, so the figure
# readers (etl/extract/tables.py) can tell a row from a sentence and keep its columns apart.
CELL_SEPARATOR = " | "
_TABLE_PARTS = frozenset(["table", "tr", "td", "th"])


class _Table:
    """The rows of one open <table>: each row a list of cells, each cell the text pieces in it."""

    def __init__(self) -> None:
        self.before: list[str] = []  # text in the table outside any cell (its caption)
        self.rows: list[list[list[str]]] = []
        self.spans: list[list[tuple[int, int, bool]]] = []  # each cell's (colspan, rowspan, is a <th>)
        self.cell: list[str] | None = None
        self.in_row = False
        self.nested = False  # a cell holds another table: a layout, never a data table

    def close_cell(self) -> None:
        if self.cell is not None:
            self.rows[-1].append(self.cell)
            self.cell = None

    def close_row(self) -> None:
        self.close_cell()
        self.in_row = False

    def open_row(self) -> None:
        self.close_row()
        self.rows.append([])
        self.spans.append([])
        self.in_row = True

    def open_cell(self, attrs: list[tuple[str, str | None]], heading: bool) -> None:
        self.close_cell()
        if not self.in_row:
            self.open_row()
        self.cell = []
        given = dict(attrs)
        self.spans[-1].append(
            (
                span_of(given.get("colspan"), MAX_COLUMN_SPAN),
                span_of(given.get("rowspan"), MAX_ROW_SPAN, zero_means_all=True),
                heading,
            )
        )

    def text(self) -> str:
        """A data table (rows of two or more short cells) as one line per row, cells joined by
        CELL_SEPARATOR; any other table (layout: one cell per row, long prose cells) as a line
        per cell, as a browser's text copy gives it."""
        rows = [["".join(cell) for cell in row] for row in self.rows]
        folded = [[" ".join(cell.split()) for cell in row] for row in rows]
        # Spanned cells given back, so each cell stands under its own heading (data tables only)
        gridded = spread(
            [
                [(text, *span) for text, span in zip(row, spans, strict=True)]
                for row, spans in zip(folded, self.spans, strict=True)
            ]
        )
        wide = [row for row in gridded if sum(1 for cell in row if cell) >= 2]
        data = (
            not self.nested
            and len(wide) >= 2
            and all(len(cell) <= LONGEST_CELL for row in folded for cell in row)
        )
        lines = ["".join(self.before)]
        for row, raw in zip(gridded, rows, strict=True):
            if data:
                lines.append(CELL_SEPARATOR.join(row) if sum(1 for c in row if c) >= 2 else " ".join(row))
            else:
                lines.extend(raw)
        return "\n" + "\n".join(lines) + "\n"


class _VisibleText(HTMLParser):
    """Collects visible text, with a line break around every block element and at <br>; a data
    table's rows each on one line (see _Table.text).

    An end tag closes the innermost open element of its name and everything opened inside it
    (as BeautifulSoup's html.parser builder does); an end tag with no open element is ignored.
    Counting open elements per name keeps that check O(1), so mis-nested pages stay linear."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self._open: list[str] = []
        self._open_count: Counter[str] = Counter()
        self._hidden = 0  # open invisible elements: text inside them is not shown
        self._tables: list[_Table] = []  # open tables, innermost last

    def _emit(self, text: str) -> None:
        """Text goes to the open table's cell (or its caption), else to the page."""
        if not self._tables:
            self.pieces.append(text)
            return
        table = self._tables[-1]
        (table.cell if table.cell is not None else table.before).append(text)

    def _table_start(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            if self._tables and self._tables[-1].cell is not None:
                self._tables[-1].nested = True
            self._tables.append(_Table())
        elif self._tables:
            table = self._tables[-1]
            table.open_row() if tag == "tr" else table.open_cell(attrs, tag == "th")
        else:
            self._emit("\n")  # a cell or row outside any table: a line, as before

    def _table_end(self, tag: str) -> None:
        if not self._tables:
            self._emit("\n")
            return
        table = self._tables[-1]
        if tag == "table":
            table.close_row()
            self._tables.pop()
            self._emit(table.text())
        elif tag == "tr":
            table.close_row()
        else:
            table.close_cell()

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "br":
            self._emit("\n")
        if tag in _TABLE_PARTS:
            self._table_start(tag, attrs)
        elif tag in BLOCK_TAGS:
            self._emit("\n")
        if tag in VOID_TAGS:
            return
        self._open.append(tag)
        self._open_count[tag] += 1
        self._hidden += tag in INVISIBLE_TAGS

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag == "br" or tag in BLOCK_TAGS:
            self._emit("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in BLOCK_TAGS and tag not in _TABLE_PARTS:
            self._emit("\n")
        if not self._open_count[tag]:
            if tag in _TABLE_PARTS and not self._tables:
                self._emit("\n")
            return
        while True:
            closed = self._open.pop()
            self._open_count[closed] -= 1
            self._hidden -= closed in INVISIBLE_TAGS
            if closed in _TABLE_PARTS:
                self._table_end(closed)  # closed by its own end tag or by an outer one
            if closed == tag:
                return

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self._emit(data)

    def finish(self) -> None:
        """Tables left open at the end of the page (a cut file) are read up to the cut."""
        while self._tables:
            self._table_end("table")


# A page cut inside a tag, a comment or a declaration ends in its opening: '<', then a letter,
# '/', '!' or '?' (or nothing), and no '>' after it.
_UNFINISHED_TAG = re.compile(r"<(?:[a-z/!?][^<>]*)?\Z", re.I)


def unfinished_tag(markup: str) -> str | None:
    """The tag, comment or declaration a cut page stops inside ('<p cla'), or None. The stdlib
    parser hands such a tail on as text when it is closed, so it would end the body as '<p cla'."""
    match = _UNFINISHED_TAG.search(markup, max(0, len(markup) - 5000))
    return match.group(0) if match else None


def html_notes(markup: str) -> tuple[str, ...]:
    """What is wrong with the markup as a whole, for the page's warnings: a page cut short (its
    text is read up to the cut, as a cut text page is), inside a tag (which is dropped)."""
    notes = []
    if re.search(r"<html", markup[:5000], re.I) and not re.search(r"</html\s*>", markup[-5000:], re.I):
        notes.append("truncated page: HTML ends without </html>; read up to the cut")
    tail = unfinished_tag(markup)
    if tail is not None:
        shown = tail if len(tail) <= 40 else tail[:39] + "…"
        notes.append(f"truncated page: HTML stops inside a tag ({shown!r}); the unfinished tag is dropped")
    return tuple(notes)


def html_to_text(markup: str) -> str:
    """The page's visible text, one block element per line, whitespace folded."""
    parser = _VisibleText()
    tail = unfinished_tag(markup)
    parser.feed(markup[: len(markup) - len(tail)] if tail else markup)
    parser.close()
    parser.finish()
    lines = (" ".join(line.split()) for line in "".join(parser.pieces).splitlines())
    return "\n".join(line for line in lines if line) + "\n"
