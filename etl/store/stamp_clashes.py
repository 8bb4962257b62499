"""Sightings of one article id stamped at another minute: whose view count is it?

An article's id is its publication date and title (etl/identity.py), so two stories of one day
under one title ("Baiterek to channel 2.41 trillion tenge into housing this year" at 13:10 and
at 19:41), or one story stamped again, share it. The article is the story read first, at its
minute. A sighting gives the article its count (and its body, time, credit, URL) only where the
page says it is that story: stamped at the article's minute, or at another minute with the
article's own text (the same story stamped again). A sighting at another minute with other text
is another story; one with no text to compare (a Most viewed entry, a listing) could be either;
so could a date-only sighting of a date and title stamped at two minutes. Such a sighting is kept
as a listing of the page, but nothing of it is the article's, its count least of all: a count
stored for neither story, never one story's count shown as the other's. Each says so in a
warning of its page.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import duckdb

from etl.transform.ingest import ParsedInput, ParsedListing


def _same_text(one: str, other: str) -> bool:
    """One story's text as two pages print it: equal, or one cut short of the other."""
    return one.startswith(other) or other.startswith(one)


class StampClashes:
    """The publication minute and text of a batch's articles, as stored or first read, and which
    of them were seen at another minute: each page's sightings are sorted against them in turn."""

    def __init__(self, con: duckdb.DuckDBPyConnection, times: dict[str, datetime]) -> None:
        self.con = con
        self.times = times  # article id -> its publication minute (stored, or first read in the run)
        self.bodies: dict[str, str] = {}  # article id -> its text, when read in this run
        self.clashed: dict[str, datetime] = {}  # article id -> another minute it was seen at

    def _body(self, article: str) -> str | None:
        """The article's text: read in this run, else stored (looked up only for a clash)."""
        if article not in self.bodies:
            (stored,) = self.con.execute(
                "SELECT any_value(body) FROM articles WHERE article_id = ?", [article]
            ).fetchone() or (None,)
            if stored is None:
                return None
            self.bodies[article] = stored
        return self.bodies[article]

    def sort(self, parsed: ParsedInput) -> tuple[ParsedInput, frozenset[int], tuple[str, ...]]:
        """The page with the counts that are not its articles' removed, the positions of the
        sightings that are not their article's (nothing of them is merged into it), and a
        warning for each (one for sightings it would say alike of)."""
        listings: list[ParsedListing] = []
        foreign: set[int] = set()
        warnings: dict[str, None] = {}  # in page order, each once
        for item in parsed.listings:
            verdict = self._verdict(item)
            if verdict is None:
                listings.append(item)
                continue
            foreign.add(item.listing.position)
            warnings.setdefault(verdict)
            listings.append(replace(item, listing=replace(item.listing, views=None)))
        return replace(parsed, listings=tuple(listings)), frozenset(foreign), tuple(warnings)

    def _verdict(self, item: ParsedListing) -> str | None:
        """None for a sighting of the article itself, else the warning saying what it is."""
        listing, article = item.listing, item.article_id
        count = f"its count of {listing.views:,} views" if listing.views is not None else None
        if not listing.time_known:
            if article not in self.clashed or listing.views is None:
                return None
            first, other = sorted((self.times[article], self.clashed[article]))
            return (
                f"{listing.title[:60]!r}: dated {listing.published_at:%d.%m.%Y} without a time, and a story of "
                f"that date and title is stamped {first:%H:%M} and another {other:%H:%M}: its count of "
                f"{listing.views:,} views could be either's and is stored for neither"
            )
        first = self.times.setdefault(article, listing.published_at)
        if first == listing.published_at:
            if listing.body:
                self.bodies.setdefault(article, listing.body)
            return None
        own = self._body(article)
        where = (
            f"{listing.title[:60]!r}: stamped {listing.published_at:%d.%m.%Y %H:%M}, but {first:%H:%M} where "
            "an article of that date and title was read first"
        )
        if listing.body and own and _same_text(listing.body, own):
            return None  # the same story stamped again: its count is the article's
        self.clashed.setdefault(article, listing.published_at)
        if listing.body and own:
            return f"{where}: another story (its text differs): its text and figures are not stored" + (
                f", and {count} is not counted as that article's" if count else ""
            )
        return (
            f"{where}: another story or the same one stamped again (no text on both to tell): nothing of "
            "it is stored as that article's" + (f", and {count} is stored for neither" if count else "")
        )
