"""The `Most viewed` block, whose entries run together with no separator."""

from __future__ import annotations

from etl.sites.ktkz.stamp_forms import STAMP_IN_TEXT, canonical_stamps_in
from etl.sites.ktkz.stamps import INLINE_STAMP, stamp_from_match
from etl.sites.model import Listing

# A Most viewed title longer than this has run on into whatever followed the block.
MAX_TITLE_CHARS = 300


def parse_most_viewed(block: str, first_position: int = 0) -> tuple[list[Listing], list[str]]:
    """Split `stamp [views]title stamp [views]title...` into listings, and warnings for the
    entries that could not be read.

    Each title runs from the end of one stamp to the start of the next, so a title that
    ends in a digit ("...on January 1" + "31.01.2025, 20:32") keeps its digit: a stamp's
    day is always two digits followed by a dot, which the title's digits cannot be.
    """
    text = canonical_stamps_in(" ".join(block.split()))
    matches = [m for m in INLINE_STAMP.finditer(text) if stamp_from_match(m) is not None]
    listings: list[Listing] = []
    warnings: list[str] = []
    for number, match in enumerate(matches):
        end = matches[number + 1].start() if number + 1 < len(matches) else len(text)
        title = text[match.end() : end].strip()
        if not title:
            warnings.append(
                f"Most viewed entry {number + 1} ({match.group(0)}) has no title (page cut short?): not stored"
            )
            continue
        stamp = stamp_from_match(match)
        assert stamp is not None  # filtered above
        if len(title) > MAX_TITLE_CHARS:  # the last entry ran on into text after the block
            warnings.append(
                f"Most viewed entry {number + 1} ({_short(title)}) has a {len(title):,}-character title: "
                "text after the block read into it?"
            )
        if (problem := stamp.count_problem()) is not None:
            warnings.append(f"Most viewed entry {number + 1} ({_short(title)}): {problem}")
        if (unread := STAMP_IN_TEXT.search(title)) is not None:
            warnings.append(
                f"Most viewed entry {number + 1} ({_short(title)}) holds a stamp that could not be read "
                f"({unread.group(0)!r}): the entry after it is stored as part of this title"
            )
        listings.append(
            Listing(
                published_at=stamp.published_at,
                time_known=stamp.time_known,
                views=stamp.views,
                title=title,
                placement="most_viewed",
                position=first_position + len(listings),
            )
        )
    return listings, warnings


def _short(title: str, limit: int = 60) -> str:
    return repr(title if len(title) <= limit else title[: limit - 1] + "…")
