"""`ktpulse crawl`: find new articles from the seeds and revisit each on a decaying schedule.

One run reads the seeds that are due (read, not saved: refresh would take an index page's
first listing for the page's own article and give it the index's URL), adds the article URLs it has not
seen to the frontier, then fetches the articles that are due, most overdue first, into the raw
folder with their fetch records, where `refresh` ingests them as it ingests any fetched page.
An article is fetched when discovered, then at each revisit age after its publication, then
never. A revisit is skipped when the store already holds a view count of the article taken
after the planned moment (from another page's Most viewed or related block).
Every request goes through the Fetcher: allow-list checked per redirect hop, robots.txt, the
delay, conditional GET. A run stops at its page cap or its deadline; what is left stays due.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from etl.errors import PageFormatError
from etl.identity import article_id
from etl.pipeline.crawl_config import CrawlConfig
from etl.pipeline.discovery import entries_in_feed, links_in_page, read_sitemap
from etl.pipeline.fetch import Fetcher, FetchResult
from etl.pipeline.frontier import Frontier, FrontierEntry, frontier_path
from etl.pipeline.inputs import KZ_TIME
from etl.sites.decoding import decode_page
from etl.sites.html import html_to_text, looks_like_html
from etl.sites.ktkz.pages import parse_page
from etl.store import database

log = logging.getLogger("ktpulse.crawl")
SEED_KINDS = ("index", "feed", "sitemap")


@dataclass
class CrawlSummary:
    """What one run did; `stopped` says why it ended early ('max_pages' or 'deadline')."""

    seeds_read: int = 0
    discovered: int = 0
    saved: int = 0
    unchanged: int = 0
    covered: int = 0
    requests: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)
    given_up: list[tuple[str, str]] = field(default_factory=list)
    stopped: str | None = None

    @property
    def exit_code(self) -> int:
        """0 when every request was answered; 1 when some failed or were refused."""
        return 1 if self.failed or self.refused else 0


@dataclass(frozen=True)
class ArticleSeen:
    """What the crawl needs from a fetched article page: its id and publication (Unix seconds)."""

    article_id: str
    published_at: float


def next_visit(published_at: float, seen_at: float, ages: tuple[float, ...]) -> float | None:
    """The first planned moment (publication + age) after `seen_at`; None when the schedule is done."""
    return next((published_at + age for age in ages if published_at + age > seen_at), None)


def read_article(raw: bytes) -> ArticleSeen | None:
    """The main article of a fetched page, or None when the page has none (PageFormatError caught)."""
    try:
        text, _ = decode_page(raw)
        page = parse_page(html_to_text(text) if looks_like_html(text) else text)
    except PageFormatError:
        return None
    main = next((listing for listing in page.listings if listing.placement == "main"), None)
    if main is None:
        return None
    published = main.published_at.replace(tzinfo=KZ_TIME).timestamp()
    return ArticleSeen(article_id(main.published_at, main.title), published)


def latest_snapshots(store: Path | None, article_ids: list[str]) -> dict[str, float]:
    """Per article, the time of its latest view count in the published store (read only)."""
    if store is None or not article_ids or not store.exists():
        return {}
    try:
        with database.connect(store, read_only=True) as con:
            rows = con.execute(
                "SELECT article_id, max(observed_at) FROM view_snapshots "
                "WHERE article_id IN (SELECT unnest(?::VARCHAR[])) GROUP BY article_id",
                [article_ids],
            ).fetchall()
    except duckdb.Error as error:  # no snapshots to skip by: every due article is fetched
        log.warning("cannot read snapshots from %s: %s", store, error)
        return {}
    return {article: moment.replace(tzinfo=KZ_TIME).timestamp() for article, moment in rows}


class Crawl:
    """One crawl run over a frontier with one Fetcher (so one host at a time, with its delay)."""

    def __init__(self, config: CrawlConfig, frontier: Frontier, fetcher: Fetcher, store: Path | None = None,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                 monotonic: Callable[[], float] = time.monotonic) -> None:  # fmt: skip
        self.config, self.frontier, self.fetcher, self.store = config, frontier, fetcher, store
        self.clock, self.monotonic = clock, monotonic
        self.summary = CrawlSummary()
        self._deadline_at = 0.0
        self._url_deadline = fetcher.deadline

    def now(self) -> float:
        return self.clock().timestamp()

    def run(self) -> CrawlSummary:
        """Seeds due, then articles due, until done, the page cap or the deadline."""
        self._deadline_at = self.monotonic() + self.config.run_deadline
        for kind in SEED_KINDS:
            self.frontier.add([seed.url for seed in self.config.seeds if seed.kind == kind], kind, self.now())
        configured = {seed.url for seed in self.config.seeds}  # a seed taken out of the config is not read
        for entry in self.frontier.due(self.now(), SEED_KINDS, limit=self.config.max_pages):
            if entry.url not in configured:
                continue
            if not self._may_request():
                return self.summary
            self._read_seed(entry)
        due = self.frontier.due(self.now(), ("article",), limit=self.config.max_pages)
        seen = latest_snapshots(self.store, [entry.article_id for entry in due if entry.article_id])
        for entry in due:
            if self._skip_covered(entry, seen.get(entry.article_id or "")):
                continue
            if not self._may_request():
                return self.summary
            self._visit_article(entry)
        return self.summary

    def _may_request(self) -> bool:
        """False (and the reason kept) once the run has used its pages or its time."""
        if self.summary.requests >= self.config.max_pages:
            self.summary.stopped = "max_pages"
        elif self.monotonic() >= self._deadline_at:
            self.summary.stopped = "deadline"
        return self.summary.stopped is None

    def _fetch(self, url: str, save: bool = True) -> FetchResult:
        self.summary.requests += 1
        # No download may run past the run's deadline, whatever the per-URL deadline allows.
        self.fetcher.deadline = max(0.001, min(self._url_deadline, self._deadline_at - self.monotonic()))
        result = self.fetcher.fetch(url, save=save)
        if result.status == "failed":
            self.summary.failed.append((url, result.detail))
        elif result.status == "refused":
            self.summary.refused.append((url, result.detail))
        return result

    def _give_up_or_retry(self, entry: FrontierEntry, result: FetchResult) -> None:
        if result.status == "refused" or entry.failures + 1 >= self.config.max_failures:
            self.summary.given_up.append((entry.url, result.detail))
            self.frontier.failed(entry.url, None, result.status, result.detail)
        else:  # due again at the next run
            self.frontier.failed(entry.url, self.now(), result.status, result.detail)

    def _read_seed(self, entry: FrontierEntry) -> None:
        result = self._fetch(entry.url, save=False)
        if result.status != "read" or result.content is None:
            self._give_up_or_retry(entry, result)
            return
        self.summary.seeds_read += 1
        config = self.config
        found = []
        try:
            if entry.kind == "index":
                found = links_in_page(result.content, entry.url, config.article_pattern, config.allowed_hosts)
            elif entry.kind == "feed":
                found = entries_in_feed(result.content, config.article_pattern, config.allowed_hosts)
            else:
                found = self._read_sitemap(result.content)
        except ValueError as error:
            log.warning("seed %s unreadable: %s", entry.url, error)
            self.summary.failed.append((entry.url, str(error)))
        for item in found:
            self.summary.discovered += self.frontier.add([item.url], "article", self.now(), item.published_at)
        self.frontier.visited(entry.url, self.now(), self.now() + config.discover_every, result.status,
                              f"{len(found)} article links")  # fmt: skip

    def _read_sitemap(self, content: bytes) -> list:
        config = self.config
        sitemap = read_sitemap(content, config.article_pattern, config.allowed_hosts)
        found = list(sitemap.articles)
        for child in sitemap.children[: config.sitemap_children]:
            if not self._may_request():
                break
            result = self._fetch(child, save=False)
            if result.content is not None:
                found += read_sitemap(result.content, config.article_pattern, config.allowed_hosts).articles
        return found

    def _skip_covered(self, entry: FrontierEntry, snapshot_at: float | None) -> bool:
        """Skip a revisit when the store has a count of the article taken after its planned moment."""
        if entry.published_at is None or entry.next_due is None or snapshot_at is None:
            return False
        if entry.visits == 0 or snapshot_at < entry.next_due:
            return False
        following = next_visit(entry.published_at, snapshot_at, self.config.revisit_ages)
        stamp = datetime.fromtimestamp(snapshot_at, UTC).isoformat()
        self.frontier.covered(entry.url, following, f"covered by a view count taken at {stamp}")
        self.summary.covered += 1
        return True

    def _visit_article(self, entry: FrontierEntry) -> None:
        result = self._fetch(entry.url)
        now = self.now()
        if result.status == "unchanged":
            self.summary.unchanged += 1
            following = (
                next_visit(entry.published_at, now, self.config.revisit_ages) if entry.published_at else None
            )
            self.frontier.visited(entry.url, now, following, "unchanged", result.detail)
            return
        if result.status != "saved" or result.path is None:
            self._give_up_or_retry(entry, result)
            return
        self.summary.saved += 1
        seen = read_article(result.path.read_bytes())
        if seen is None:
            detail = "saved, but no main article could be read from it: not revisited"
            self.frontier.visited(entry.url, now, None, "saved", detail)
            self.summary.given_up.append((entry.url, detail))
            return
        owner = self.frontier.owner_of(seen.article_id, other_than=entry.url)
        following = None if owner else next_visit(seen.published_at, now, self.config.revisit_ages)
        detail = f"same article as {owner}: revisited there" if owner else result.detail
        etag = self.fetcher.state.get(entry.url, {}).get("etag")
        # A duplicate keeps no article id, so the article has one owner to revisit.
        self.frontier.visited(entry.url, now, following, "saved", detail, seen.published_at,
                              None if owner else seen.article_id, etag)  # fmt: skip


DEFAULT_CRAWL_CONFIG = Path(__file__).parent / "defaults" / "crawl.toml"


def run_crawl(config: CrawlConfig, store: Path, raw_dir: Path) -> CrawlSummary:
    """One crawl run for a store: its frontier beside it, the pages into `raw_dir` (refresh them next)."""
    frontier = Frontier(frontier_path(store))
    fetcher = Fetcher(raw_dir, allowed_hosts=config.allowed_hosts, delay=config.delay, retries=config.retries,
                      timeout=config.timeout)  # fmt: skip
    try:
        return Crawl(config, frontier, fetcher, store=store).run()
    finally:
        fetcher.close()
        frontier.close()


def describe(summary: CrawlSummary) -> str:
    """One line for the log and the console."""
    line = (
        f"crawl: {summary.requests} requests, {summary.seeds_read} seeds read, {summary.discovered} new articles, "
        f"{summary.saved} pages saved, {summary.unchanged} unchanged, {summary.covered} revisits covered by "
        f"other pages, {len(summary.failed)} failed, {len(summary.refused)} refused, "
        f"{len(summary.given_up)} given up"
    )
    return line + (f"; stopped early: {summary.stopped}" if summary.stopped else "")
