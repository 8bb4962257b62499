"""View counts that go down between captures of one article: damaged input, said, not hidden.

A kt.kz count only ever grows, so a later capture with fewer views than an earlier one means one
of the two counts is damaged (or a capture time is wrong, e.g. a file's modification time). Both
are stored as read and the latest capture's count stays the article's latest, as for any
article; the page that brings the drop gets a warning naming the article, both files and both
counts, so the fall in the dashboard is never taken for a real one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import duckdb

from etl.transform.ingest import ParsedInput


@dataclass(frozen=True)
class Capture:
    """The highest count of an article in one capture (two blocks of one page are one capture)."""

    observed_at: datetime
    views: int
    location: str


class ViewDrops:
    """The counts seen so far of a batch's articles, in the store and in the batch's pages."""

    def __init__(self, con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> None:
        self.con = con
        self.captures: dict[str, list[Capture]] = {}
        self.read: set[str] = set()  # articles whose stored counts are read
        self._read_stored(article_ids)

    def _read_stored(self, article_ids: list[str]) -> None:
        rows = self.con.execute(
            "SELECT l.article_id, p.observed_at, max(l.views), arg_max(p.location, l.views) "
            "FROM page_listings l JOIN pages p USING (page_id) "
            "WHERE l.views IS NOT NULL AND l.article_id = ANY(?::VARCHAR[]) GROUP BY ALL",
            [article_ids],
        ).fetchall()
        for article, observed, views, location in rows:
            self.captures.setdefault(article, []).append(Capture(observed, views, location))
        self.read |= set(article_ids)

    def check(self, parsed: ParsedInput) -> tuple[str, ...]:
        """Warnings for the page's counts that are out of order with a count seen before (each
        pair once: from the page read second), then the page's counts join those seen."""
        counts: dict[str, tuple[int, str]] = {}
        for item in parsed.listings:
            views = item.listing.views
            if views is not None and views > counts.get(item.article_id, (-1, ""))[0]:
                counts[item.article_id] = (views, item.listing.title)
        # a second story's id (etl/store/stamp_clashes.py) is known only once its page is sorted
        if unread := [article for article in counts if article not in self.read]:
            self._read_stored(unread)
        warnings = []
        for article, (views, title) in counts.items():
            here = Capture(parsed.observed_at, views, parsed.location)
            conflict = _worst_conflict(here, self.captures.get(article, []))
            if conflict is not None:
                warnings.append(_drop_warning(title, *conflict))
            self.captures.setdefault(article, []).append(here)
        return tuple(warnings)


def _worst_conflict(here: Capture, seen: list[Capture]) -> tuple[Capture, Capture] | None:
    """(earlier, later) for the largest fall between this capture and one seen, or None."""
    falls = [
        (earlier, later)
        for other in seen
        if other.observed_at != here.observed_at
        for earlier, later in [sorted((here, other), key=lambda capture: capture.observed_at)]
        if later.views < earlier.views
    ]
    return max(falls, key=lambda pair: pair[0].views - pair[1].views, default=None)


def _drop_warning(title: str, earlier: Capture, later: Capture) -> str:
    shown = title if len(title) <= 60 else title[:59] + "…"
    return (
        f"{shown!r}: views went down from {earlier.views:,} ({earlier.location}, captured "
        f"{earlier.observed_at:%Y-%m-%d %H:%M}) to {later.views:,} ({later.location}, captured "
        f"{later.observed_at:%Y-%m-%d %H:%M}): kt.kz counts never fall, so a count is damaged or a "
        "capture time wrong (both stored; the later one is shown as the latest)"
    )
