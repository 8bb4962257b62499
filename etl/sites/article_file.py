"""An article file that is not a kt.kz listing page (a copy from another site or an archive,
without a stamp line) -> a Page of one main article, with the date and title given by hand."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from bs4 import BeautifulSoup

from etl.errors import PageFormatError
from etl.sites.ktkz.pages import COPY_LABEL, MAX_TITLE_CHARS, _add_line, _Draft
from etl.sites.ktkz.sources import canonical_source
from etl.sites.ktkz.stamps import Stamp, clean_line, parse_stamp_line
from etl.sites.model import Page


def html_title(markup: str) -> str | None:
    """An HTML article's title: its first <h1>, else its <title>."""
    soup = BeautifulSoup(markup, "html.parser")
    for tag in (soup.find("h1"), soup.find("title")):
        if tag is not None and tag.get_text(strip=True):
            return " ".join(tag.get_text().split())
    return None


def parse_article(
    text: str, published_at: datetime, time_known: bool, title: str | None = None, source: str | None = None
) -> Page:
    """One article from its text lines. Without `title`, its first line is the title; with
    one found among the lines (an HTML page's heading), the body starts after it. Page
    furniture (image credit, "Tell a friend", the copyright line) is read as on kt.kz."""
    lines = [line for line in (clean_line(raw) for raw in text.splitlines()) if line]
    warnings: list[str] = []
    label = COPY_LABEL.match(lines[0]) if lines else None
    if label is not None:  # a stored copy's "date YYYY-MM-DD" label is no part of the article
        warnings.append(f"line 1: the copy's label {label.group(0)!r} ignored: the given date is used")
        rest = lines[0][label.end() :].strip()
        lines = ([rest] if rest else []) + lines[1:]
    if lines and parse_stamp_line(lines[0]) is not None:
        warnings.append(f"line 1: the file's own stamp {lines[0]!r} ignored: the given date is used")
        lines = lines[1:]
    if title is None:
        if not lines:
            raise PageFormatError("article file: no text at all")
        title, lines = lines[0], lines[1:]
        if len(title) > MAX_TITLE_CHARS:
            raise PageFormatError(
                f"article file: the first line is a {len(title):,}-character paragraph, not a title; give --title"
            )
    elif title in lines:
        lines = lines[lines.index(title) + 1 :]
    draft = _Draft(Stamp(published_at, time_known, None), title, "main", 0)
    for line in lines:
        if not draft.closed:
            _add_line(draft, line)
    if not draft.paragraphs:
        raise PageFormatError(f"article file: no body text after the title {title[:60]!r}")
    listing = draft.to_listing()
    if source is not None:
        # the file names its publisher: one name for it, as a credit in the body would get
        listing = replace(listing, source=canonical_source(source), source_via=None, source_credit=source)
    return Page((listing,), tuple(warnings))
