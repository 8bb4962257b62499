"""A kt.kz text page -> Page: the main article, related news, plain listings, Most viewed."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import takewhile

from etl.errors import PageFormatError
from etl.sites.ktkz.headings import DEFAULT_HEADINGS, Headings, dateline_place, photo_credit
from etl.sites.ktkz.most_viewed import parse_most_viewed
from etl.sites.ktkz.sources import find_source
from etl.sites.ktkz.stamps import Stamp, parse_stamp_line
from etl.sites.model import Listing, Page

# Page furniture that can follow the Most viewed block (an HTML page's footer).
_FOOTER = re.compile(r"^\s*(?:©|\(c\)\s|copyright\b|all rights reserved)", re.I)
# A page whose first 40 lines carry no stamp is some other document, not a kt.kz page.
STAMP_SEARCH_LINES = 40


def is_copyright_line(line: str) -> bool:
    lowered = line.casefold()
    return "may not be reproduced" in lowered or "copyright of materials" in lowered


@dataclass
class _Draft:
    """An article while its lines are being read."""

    stamp: Stamp
    title: str
    placement: str
    position: int
    image_credit: str | None = None
    subtitle: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    closed: bool = False  # the copyright line was seen: later lines are page furniture

    def to_listing(self) -> Listing:
        if self.subtitle is None and len(self.paragraphs) > 1 and _opens_with_dateline(self.paragraphs):
            self.subtitle = self.paragraphs.pop(0)  # the line between the title and the dateline
        source, via = find_source(self.paragraphs)
        body = "\n".join(self.paragraphs) if self.paragraphs else None
        return Listing(
            published_at=self.stamp.published_at,
            time_known=self.stamp.time_known,
            views=self.stamp.views,
            title=self.title,
            placement=self.placement,
            position=self.position,
            image_credit=self.image_credit,
            body=body,
            source=source,
            source_via=via,
            subtitle=self.subtitle,
            dateline=dateline_place(body) if body else None,
        )


def _opens_with_dateline(paragraphs: list[str]) -> bool:
    """The second paragraph opens with the dateline and the first does not: the first is a subtitle."""
    return dateline_place(paragraphs[0]) is None and dateline_place(paragraphs[1]) is not None


def _next_content_line(lines: list[str], start: int) -> int | None:
    for index in range(start, len(lines)):
        if lines[index].strip():
            return index
    return None


def _check_is_kt_page(lines: list[str]) -> None:
    head = [line for line in lines if line.strip()][:STAMP_SEARCH_LINES]
    if not head:
        raise PageFormatError("empty page: no text at all")
    if not any(parse_stamp_line(line) for line in head):
        raise PageFormatError(
            f"not a kt.kz page: no listing stamp (DD.MM.YYYY, HH:MM) in the first {STAMP_SEARCH_LINES} lines"
        )


def parse_page(text: str, headings: Headings = DEFAULT_HEADINGS) -> Page:
    """Parse a kt.kz page given as text lines (any edition: English, Russian, Kazakh); raise
    PageFormatError when it is not one. `headings` names the block headings and furniture lines."""
    lines = text.splitlines()
    _check_is_kt_page(lines)
    drafts: list[_Draft] = []
    most_viewed: list[Listing] = []
    section = "main"
    index = 0
    while index < len(lines):
        line = lines[index].strip()
        lowered = line.casefold()
        index += 1
        if not line:
            continue
        if lowered in headings.related:
            section = "related"
            continue
        if lowered in headings.most_viewed:
            block = list(takewhile(lambda line: not _FOOTER.match(line), lines[index:]))
            most_viewed = parse_most_viewed("\n".join(block), first_position=len(drafts))
            break
        stamp = parse_stamp_line(line)
        if stamp is not None:
            title_index = _next_content_line(lines, index)
            if title_index is None:
                raise PageFormatError(f"truncated page: the stamp on line {index} has no title")
            title = lines[title_index].strip()
            if parse_stamp_line(title) is None and title.casefold() not in headings.most_viewed:
                placement = section if section != "main" or drafts else "main"
                if placement == "main" and drafts:
                    placement = "listing"
                drafts.append(_Draft(stamp, title, placement, len(drafts)))
                if section == "main":
                    section = "listing"
                index = title_index + 1
                continue
        if not drafts or drafts[-1].closed:
            continue  # text before the first article or after a copyright line
        _add_line(drafts[-1], line, headings)
    if not drafts and not most_viewed:
        raise PageFormatError("not a kt.kz page: no article could be read")
    return Page(tuple(draft.to_listing() for draft in drafts) + tuple(most_viewed))


def _add_line(draft: _Draft, line: str, headings: Headings) -> None:
    credit = photo_credit(line, headings) if len(draft.paragraphs) <= 1 and draft.subtitle is None else None
    if credit is not None:
        draft.image_credit = credit or None
        if draft.paragraphs:  # a line between the title and the photo credit is the subtitle
            draft.subtitle = draft.paragraphs.pop()
    elif line.casefold() in headings.tell_a_friend:
        pass
    elif is_copyright_line(line):
        draft.closed = True
    else:
        draft.paragraphs.append(line)
