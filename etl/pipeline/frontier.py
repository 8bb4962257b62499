"""The crawl's persistent frontier: every known URL, when it was seen and fetched, and when it is due.

A small SQLite file beside the store (`<store>.frontier.db`), not a table of the store: the
store is published blue/green by swapping slot files (etl/store/publish.py), so a table written
there between refreshes would be lost at the next swap, and the crawl must be able to run
while a refresh holds the store. Times are Unix seconds (UTC).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

FRONTIER_SUFFIX = ".frontier.db"
KINDS = ("article", "index", "feed", "sitemap")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS urls (
    url           TEXT PRIMARY KEY,
    kind          TEXT NOT NULL,      -- 'article' or the seed kind: 'index', 'feed', 'sitemap'
    first_seen    REAL NOT NULL,
    last_fetched  REAL,               -- last answer (saved or 304)
    next_due      REAL,               -- NULL: never again (schedule done, refused or given up)
    published_at  REAL,               -- an article's publication, once a fetch or a feed told it
    article_id    TEXT,               -- the store's id of the article, once fetched
    visits        INTEGER NOT NULL DEFAULT 0,
    covered       INTEGER NOT NULL DEFAULT 0,  -- revisits skipped: a snapshot elsewhere covered them
    failures      INTEGER NOT NULL DEFAULT 0,  -- failed runs in a row
    etag          TEXT,
    last_modified TEXT,
    last_status   TEXT,               -- saved, unchanged, failed, refused, covered
    last_detail   TEXT
);
CREATE INDEX IF NOT EXISTS urls_due ON urls (next_due) WHERE next_due IS NOT NULL;
CREATE INDEX IF NOT EXISTS urls_article ON urls (article_id) WHERE article_id IS NOT NULL;
"""


@dataclass(frozen=True)
class FrontierEntry:
    url: str
    kind: str
    next_due: float | None
    published_at: float | None
    article_id: str | None
    visits: int
    failures: int


def frontier_path(store: Path) -> Path:
    """Where the frontier of a store lives."""
    return store.with_name(store.name + FRONTIER_SUFFIX)


class Frontier:
    """Known URLs and their schedule; `due` reads the index on next_due, so it stays fast at 1M URLs."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.con = sqlite3.connect(path)
        self.con.execute("PRAGMA journal_mode=WAL")
        self.con.execute("PRAGMA synchronous=NORMAL")  # durable at checkpoints; a lost visit is refetched
        self.con.executescript(_SCHEMA)

    def add(self, urls: Iterable[str], kind: str, now: float, published_at: float | None = None) -> int:
        """Add URLs not yet known, due at once; returns how many were new."""
        before = self.con.total_changes
        self.con.executemany(
            "INSERT OR IGNORE INTO urls (url, kind, first_seen, next_due, published_at) VALUES (?, ?, ?, ?, ?)",
            [(url, kind, now, now, published_at) for url in urls],
        )
        self.con.commit()
        return self.con.total_changes - before

    def due(self, now: float, kinds: tuple[str, ...] = KINDS, limit: int = 1000) -> list[FrontierEntry]:
        """URLs of these kinds due at `now`, most overdue first."""
        marks = ",".join("?" * len(kinds))
        rows = self.con.execute(
            "SELECT url, kind, next_due, published_at, article_id, visits, failures FROM urls "
            f"WHERE next_due IS NOT NULL AND next_due <= ? AND kind IN ({marks}) ORDER BY next_due LIMIT ?",
            [now, *kinds, limit],
        ).fetchall()
        return [FrontierEntry(*row) for row in rows]

    def visited(self, url: str, now: float, next_due: float | None, status: str, detail: str = "",
                published_at: float | None = None, article_id: str | None = None,
                etag: str | None = None, last_modified: str | None = None) -> None:  # fmt: skip
        """Record an answer (saved or unchanged) and the next time the URL is due."""
        self.con.execute(
            "UPDATE urls SET last_fetched = ?, next_due = ?, visits = visits + 1, failures = 0, "
            "last_status = ?, last_detail = ?, published_at = coalesce(?, published_at), "
            "article_id = coalesce(?, article_id), etag = coalesce(?, etag), "
            "last_modified = coalesce(?, last_modified) WHERE url = ?",
            [now, next_due, status, detail, published_at, article_id, etag, last_modified, url],
        )
        self.con.commit()

    def covered(self, url: str, next_due: float | None, detail: str) -> None:
        """A revisit skipped because a snapshot from another page already covers it."""
        self.con.execute(
            "UPDATE urls SET next_due = ?, covered = covered + 1, last_status = 'covered', last_detail = ? "
            "WHERE url = ?",
            [next_due, detail, url],
        )
        self.con.commit()

    def failed(self, url: str, next_due: float | None, status: str, detail: str) -> None:
        """Record a failure or refusal; next_due None gives the URL up."""
        self.con.execute(
            "UPDATE urls SET next_due = ?, failures = failures + 1, last_status = ?, last_detail = ? "
            "WHERE url = ?",
            [next_due, status, detail, url],
        )
        self.con.commit()

    def owner_of(self, article_id: str, other_than: str) -> str | None:
        """Another URL already known to be this article (a redirect's target, a second address)."""
        row = self.con.execute(
            "SELECT url FROM urls WHERE article_id = ? AND url <> ? LIMIT 1", [article_id, other_than]
        ).fetchone()
        return row[0] if row else None

    def counts(self) -> dict[str, int]:
        """Known URLs per kind, and how many are still scheduled."""
        counts = dict(self.con.execute("SELECT kind, count(*) FROM urls GROUP BY kind").fetchall())
        counts["scheduled"] = self.con.execute(
            "SELECT count(*) FROM urls WHERE next_due IS NOT NULL"
        ).fetchone()[0]
        return counts

    def close(self) -> None:
        self.con.close()
