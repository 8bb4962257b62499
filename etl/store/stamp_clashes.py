"""Sightings of one article id stamped at another minute: which story is it?

An article's id is its publication date and title (etl/identity.py), so two stories of one day
under one title ("Baiterek to channel 2.41 trillion tenge into housing this year" at 13:10 and
at 19:41), or one story stamped again, share it. The article is the story read first, at its
minute. A sighting at another minute with the article's own text is that story stamped again,
and is the article's. One with other text is another story: it is stored as an article of its
own, under an id of its minute and title (`story_id`), with its text, figures and count, as is
every later sighting at that minute. A sighting at another minute with no text on both sides to
compare (a Most viewed entry, a listing) is the second story when that one is known, else it
could be either: it is kept as a listing of the page, but nothing of it is an article's, its
count least of all (stored for neither story, never one story's count shown as the other's). So
is the count of a date-only sighting of a date and title seen at two minutes (in the run, or two
stored stories). Each such sighting
says so in a warning of its page.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import duckdb

from etl.identity import normalise_title, story_id
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
        self.stories: set[str] = set()  # ids of second stories (etl.identity.story_id) known so far

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
        """The page with each sighting given to its own story (another story of the date and
        title under its own id) and the counts that are no story's removed, the positions of
        the sightings that are no story's (nothing of them is merged into an article), and a
        warning for each of those (one for sightings it would say alike of)."""
        listings: list[ParsedListing] = []
        foreign: set[int] = set()
        warnings: dict[str, None] = {}  # in page order, each once
        for item in parsed.listings:
            kept, warning = self._sorted(item)
            if warning is not None:
                warnings.setdefault(warning)
            if kept is None:
                foreign.add(item.listing.position)
                kept = replace(item, listing=replace(item.listing, views=None))
            listings.append(kept)
        return replace(parsed, listings=tuple(listings)), frozenset(foreign), tuple(warnings)

    def _sorted(self, item: ParsedListing) -> tuple[ParsedListing | None, str | None]:
        """The sighting as its story's (None: no story's) and a warning when it is no story's."""
        listing, article = item.listing, item.article_id
        if not listing.time_known:
            if listing.views is None or (minutes := self._minutes_of(item)) is None:
                return item, None
            first, other = minutes
            return None, (
                f"{listing.title[:60]!r}: dated {listing.published_at:%d.%m.%Y} without a time, and a story of "
                f"that date and title is stamped {first:%H:%M} and another {other:%H:%M}: its count of "
                f"{listing.views:,} views could be either's and is stored for neither"
            )
        first = self.times.setdefault(article, listing.published_at)
        if first == listing.published_at:
            if listing.body:
                self.bodies.setdefault(article, listing.body)
            return item, None
        own = self._body(article)
        if listing.body and own and _same_text(listing.body, own):
            return item, None  # the same story stamped again: its count is the article's
        self.clashed.setdefault(article, listing.published_at)
        story = story_id(listing.published_at, listing.title)
        if (listing.body and own) or self._stored_story(story):
            self.stories.add(story)  # its text differs, or that story was read with its text before
            return _as_story(item, story), None
        count = f", and its count of {listing.views:,} views is stored for neither" if listing.views else ""
        return None, (
            f"{listing.title[:60]!r}: stamped {listing.published_at:%d.%m.%Y %H:%M}, but {first:%H:%M} where an "
            "article of that date and title was read first: another story or the same one stamped again (no "
            f"text on both to tell), so nothing of it is stored as that article's{count}"
        )

    def _minutes_of(self, item: ParsedListing) -> tuple[datetime, datetime] | None:
        """Two minutes a date and title are stamped at (seen in this run, or two stored stories
        of that day under that title), or None when one story is known of them."""
        article = item.article_id
        if article in self.clashed:
            first, other = sorted((self.times[article], self.clashed[article]))
            return first, other
        title = normalise_title(item.listing.title)
        stamped = sorted(
            published
            for published, stored_title in self.con.execute(
                "SELECT published_at, title FROM articles WHERE time_known AND published_at::DATE = ?",
                [item.listing.published_at.date()],
            ).fetchall()
            if normalise_title(stored_title) == title
        )
        return (stamped[0], stamped[1]) if len(stamped) > 1 else None

    def _stored_story(self, story: str) -> bool:
        """Whether a second story of this id was read in this run or is stored."""
        if story not in self.stories:
            (found,) = self.con.execute(
                "SELECT count(*) FROM articles WHERE article_id = ?", [story]
            ).fetchone() or (0,)
            if found:
                self.stories.add(story)
        return story in self.stories


def _as_story(item: ParsedListing, story: str) -> ParsedListing:
    """The sighting under its story's id, its figures' ids with it (`article-position`)."""
    cut = len(item.article_id)

    def moved(indicator: str | None) -> str | None:
        return None if indicator is None else story + indicator[cut:]

    rows = tuple((moved(r[0]), story, *r[2:11], moved(r[11]), *r[12:]) for r in item.indicators)
    return replace(item, article_id=story, indicators=rows)
