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

A story kt.kz stamps again at a new minute between two captures (10:37, then 10:42) is found by
its text among every story of its date and title, the second ones too: it is that story, with
its count, said in a note of the refresh (no warning: nothing is lost), and a later sighting at
the new minute in the run is that story's too. Only text tells a story stamped again from
another story of its title, so a sighting at a new minute with no text stays no story's.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import NamedTuple

import duckdb

from etl.identity import normalise_title, story_id
from etl.transform.ingest import ParsedInput, ParsedListing


def _same_text(one: str, other: str) -> bool:
    """One story's text as two pages print it: equal, or one cut short of the other."""
    return one.startswith(other) or other.startswith(one)


class SortedPage(NamedTuple):
    """A page's sightings given to their stories (see `StampClashes.sort`)."""

    parsed: ParsedInput  # each sighting under its story's id, the counts that are no story's removed
    foreign: frozenset[int]  # positions of the sightings that are no story's (merged into no article)
    warnings: tuple[str, ...]  # what of the page is no story's, each said once
    restamps: tuple[str, ...]  # sightings found to be a known story stamped at a new minute


class StampClashes:
    """The publication minute and text of a batch's articles, as stored or first read, and which
    of them were seen at another minute: each page's sightings are sorted against them in turn."""

    def __init__(self, con: duckdb.DuckDBPyConnection, times: dict[str, datetime]) -> None:
        self.con = con
        self.times = times  # article id -> its publication minute (stored, or first read in the run)
        self.bodies: dict[str, str] = {}  # article id -> its text, when read in this run
        self.clashed: dict[str, datetime] = {}  # article id -> another minute it was seen at
        self.stories: set[str] = set()  # ids of second stories (etl.identity.story_id) known so far
        # article id -> its second stories with their text: {story id: (minute, text)}
        self.told: dict[str, dict[str, tuple[datetime, str]]] = {}
        # (article id, minute) -> the story a sighting at that minute was found to be, in this run
        self.minutes: dict[tuple[str, datetime], str] = {}
        self.looked_up: set[str] = set()  # articles whose stored second stories are in `told`
        self._restamps: dict[str, None] = {}  # the notes of the page being sorted, each once

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

    def sort(self, parsed: ParsedInput) -> SortedPage:
        """The page with each sighting given to its own story (another story of the date and
        title under its own id) and the counts that are no story's removed, the positions of
        the sightings that are no story's (nothing of them is merged into an article), a
        warning for each of those (one for sightings it would say alike of), and a note for
        each sighting found to be a known story stamped at a new minute."""
        listings: list[ParsedListing] = []
        foreign: set[int] = set()
        warnings: dict[str, None] = {}  # in page order, each once
        self._restamps = {}
        for item in parsed.listings:
            kept, warning = self._sorted(item)
            if warning is not None:
                warnings.setdefault(warning)
            if kept is None:
                foreign.add(item.listing.position)
                kept = replace(item, listing=replace(item.listing, views=None))
            listings.append(kept)
        return SortedPage(
            replace(parsed, listings=tuple(listings)),
            frozenset(foreign),
            tuple(warnings),
            tuple(self._restamps),
        )

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
        story = story_id(listing.published_at, listing.title)
        found = self.minutes.get((article, listing.published_at))
        # at a minute no known story has: a known story stamped again, if its text is one's
        if (
            found is None
            and listing.body
            and not self._stored_story(story)
            and (found := self._restamped(item, listing.body))
        ):
            self.minutes[(article, listing.published_at)] = found  # later sightings at this minute
        if found is not None:
            return (item if found == article else _as_story(item, found)), None
        own = self._body(article)
        self.clashed.setdefault(article, listing.published_at)
        if (listing.body and own) or self._stored_story(story):
            self.stories.add(story)  # its text differs, or that story was read with its text before
            if listing.body:
                self.told.setdefault(article, {}).setdefault(story, (listing.published_at, listing.body))
            return _as_story(item, story), None
        count = f", and its count of {listing.views:,} views is stored for neither" if listing.views else ""
        return None, (
            f"{listing.title[:60]!r}: stamped {listing.published_at:%d.%m.%Y %H:%M}, but {first:%H:%M} where an "
            "article of that date and title was read first: another story or the same one stamped again (no "
            f"text on both to tell), so nothing of it is stored as that article's{count}"
        )

    def _restamped(self, item: ParsedListing, body: str) -> str | None:
        """The known story of the sighting's date and title whose text is the sighting's `body`
        (the article, or a second story of it), noted as stamped again at the sighting's minute."""
        listing, article = item.listing, item.article_id
        own = self._body(article) or ""
        stories = {article: (self.times[article], own), **self._second_stories(item)}
        for story, (minute, text) in stories.items():
            if text and _same_text(body, text):
                self._restamps.setdefault(
                    f"{listing.title[:60]!r}: stamped {listing.published_at:%d.%m.%Y %H:%M}, and {minute:%H:%M} where "
                    "the story of that title and text was read before: the same story stamped again, so its count "
                    "is that story's"
                )
                return story
        return None

    def _second_stories(self, item: ParsedListing) -> dict[str, tuple[datetime, str]]:
        """The second stories of the sighting's date and title with their minute and text, read
        in this run or stored (looked up once per article, and only for a restamp)."""
        article = item.article_id
        known = self.told.setdefault(article, {})
        if article not in self.looked_up:
            self.looked_up.add(article)
            stored = self.con.execute(
                "SELECT article_id, published_at, title, body FROM articles "
                "WHERE time_known AND body IS NOT NULL AND published_at::DATE = ? AND article_id <> ?",
                [item.listing.published_at.date(), article],
            ).fetchall()
            for story, published, title, body in stored:
                if story == story_id(published, title) and normalise_title(title) == normalise_title(
                    item.listing.title
                ):
                    known.setdefault(story, (published, body))
        return known

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
