"""A kt.kz text page -> Page: the main article, related news, plain listings, Most viewed."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import takewhile

from etl.errors import PageFormatError
from etl.sites.ktkz.most_viewed import parse_most_viewed
from etl.sites.ktkz.sources import find_source
from etl.sites.ktkz.stamps import Stamp, parse_stamp_line
from etl.sites.model import Listing, Page

RELATED_MARKERS = {"relevant news", "related news", "read also"}
MOST_VIEWED_MARKERS = {"most viewed", "most read", "popular"}
TELL_A_FRIEND = "tell a friend"
# Page furniture that can follow the Most viewed block (an HTML page's footer).
_FOOTER = re.compile(r"^\s*(?:©|\(c\)\s|copyright\b|all rights reserved)", re.I)
IMAGE_PREFIX = "images |"
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
    paragraphs: list[str] = field(default_factory=list)
    closed: bool = False  # the copyright line was seen: later lines are page furniture

    def to_listing(self) -> Listing:
        source, via = find_source(self.paragraphs)
        return Listing(
            published_at=self.stamp.published_at,
            time_known=self.stamp.time_known,
            views=self.stamp.views,
            title=self.title,
            placement=self.placement,
            position=self.position,
            image_credit=self.image_credit,
            body="\n".join(self.paragraphs) if self.paragraphs else None,
            source=source,
            source_via=via,
        )


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


def parse_page(text: str) -> Page:
    """Parse a kt.kz page given as text lines; raise PageFormatError when it is not one."""
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
        if lowered in RELATED_MARKERS:
            section = "related"
            continue
        if lowered in MOST_VIEWED_MARKERS:
            block = list(takewhile(lambda line: not _FOOTER.match(line), lines[index:]))
            most_viewed = parse_most_viewed("\n".join(block), first_position=len(drafts))
            break
        stamp = parse_stamp_line(line)
        if stamp is not None:
            title_index = _next_content_line(lines, index)
            if title_index is None:
                raise PageFormatError(f"truncated page: the stamp on line {index} has no title")
            title = lines[title_index].strip()
            if parse_stamp_line(title) is None and title.casefold() not in MOST_VIEWED_MARKERS:
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
        _add_line(drafts[-1], line)
    if not drafts and not most_viewed:
        raise PageFormatError("not a kt.kz page: no article could be read")
    return Page(tuple(draft.to_listing() for draft in drafts) + tuple(most_viewed))


def _add_line(draft: _Draft, line: str) -> None:
    lowered = line.casefold()
    if lowered.startswith(IMAGE_PREFIX) and not draft.paragraphs:
        draft.image_credit = line.split("|", 1)[1].strip() or None
    elif lowered == TELL_A_FRIEND:
        pass
    elif is_copyright_line(line):
        draft.closed = True
    else:
        draft.paragraphs.append(line)
