"""HTML pages -> the same line structure as the text pages, in one pass of the stdlib's HTML parser.

The markup is never built into a tree: the parser's events are turned into text as they come,
so time grows with the size of the page and memory with its text, however deep the nesting.
"""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser

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


class _VisibleText(HTMLParser):
    """Collects visible text, with a line break around every block element and at <br>.

    An end tag closes the innermost open element of its name and everything opened inside it
    (as BeautifulSoup's html.parser builder does); an end tag with no open element is ignored.
    Counting open elements per name keeps that check O(1), so mis-nested pages stay linear."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self._open: list[str] = []
        self._open_count: Counter[str] = Counter()
        self._hidden = 0  # open invisible elements: text inside them is not shown

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "br":
            self.pieces.append("\n")
        if tag in BLOCK_TAGS:
            self.pieces.append("\n")
        if tag in VOID_TAGS:
            return
        self._open.append(tag)
        self._open_count[tag] += 1
        self._hidden += tag in INVISIBLE_TAGS

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag == "br" or tag in BLOCK_TAGS:
            self.pieces.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in BLOCK_TAGS:
            self.pieces.append("\n")
        if not self._open_count[tag]:
            return
        while True:
            closed = self._open.pop()
            self._open_count[closed] -= 1
            self._hidden -= closed in INVISIBLE_TAGS
            if closed == tag:
                return

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.pieces.append(data)


def html_notes(markup: str) -> tuple[str, ...]:
    """What is wrong with the markup as a whole, for the page's warnings: a page cut short (its
    text is read up to the cut, as a cut text page is)."""
    if re.search(r"<html", markup[:5000], re.I) and not re.search(r"</html\s*>", markup[-5000:], re.I):
        return ("truncated page: HTML ends without </html>; read up to the cut",)
    return ()


def html_to_text(markup: str) -> str:
    """The page's visible text, one block element per line, whitespace folded."""
    parser = _VisibleText()
    parser.feed(markup)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.pieces).splitlines())
    return "\n".join(line for line in lines if line) + "\n"
