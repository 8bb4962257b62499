"""HTML pages -> the same line structure as the text pages, through BeautifulSoup."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup

from etl.errors import PageFormatError

# Elements that start a new line in the rendered text, as a browser's text copy does.
BLOCK_TAGS = [
    "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
    "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
    "section", "table", "tr", "td", "th", "ul",
]  # fmt: skip
INVISIBLE_TAGS = ["script", "style", "noscript", "template", "svg", "head", "iframe"]
_HTML_START = re.compile(r"^\s*(?:<!doctype\s+html|<html|<head|<body|<meta|<div|<!--)", re.I)


def looks_like_html(text: str) -> bool:
    """True for a document that opens like HTML (a text page opens with a stamp or text)."""
    return bool(_HTML_START.match(text[:2000]))


def html_to_text(markup: str) -> str:
    """The page's visible text, one block element per line, whitespace folded."""
    if re.search(r"<html", markup[:5000], re.I) and not re.search(r"</html\s*>", markup[-5000:], re.I):
        raise PageFormatError("truncated page: HTML ends without </html>")
    soup = BeautifulSoup(markup, "html.parser")
    for tag in soup.find_all(INVISIBLE_TAGS):
        tag.decompose()
    for tag in soup.find_all("br"):
        tag.replace_with("\n")
    for tag in soup.find_all(BLOCK_TAGS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    lines = (" ".join(line.split()) for line in soup.get_text().splitlines())
    return "\n".join(line for line in lines if line) + "\n"
