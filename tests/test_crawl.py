"""`ktpulse crawl` against a fake kt.kz on 127.0.0.1, over a simulated month (no internet)."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from etl.cli import app
from etl.config_files import ConfigError
from etl.pipeline.crawl import Crawl, CrawlSummary, next_visit
from etl.pipeline.crawl_config import CrawlConfig, load_crawl_config
from etl.pipeline.fetch import Fetcher
from etl.pipeline.frontier import Frontier
from etl.pipeline.inputs import FETCH_RECORD_SUFFIX, KZ_TIME
from etl.pipeline.refresh import refresh
from etl.pipeline.schedule import run_once
from etl.store import database
from tests.fake_ktkz import (
    AWAY_PATH,
    DISALLOWED_PREFIX,
    OFF_LIST_HOST,
    REDIRECT_PATH,
    SLOW_PATH,
    FakeServer,
    FakeSite,
    SimClock,
    make_articles,
)

START = datetime(2025, 3, 3, 0, 0, tzinfo=UTC)
RUN_EVERY = timedelta(hours=1)
HOURS = 3600.0
AGES_H = (1, 3, 12, 24, 72, 168, 720)

CONFIG = """
[crawl]
article_pattern = '^/(eng|rus|kaz)/(news|private)/'
revisit_ages = ["1h", "3h", "12h", "1d", "3d", "7d", "30d"]
discover_every = "1h"
delay = {delay}
max_pages = {max_pages}
run_deadline = "{deadline}"
timeout = 1.0  # generous: a loaded machine must not make a quick page fail
retries = 0
max_failures = 2

[[seeds]]
url = "http://kt.kz/eng"
[[seeds]]
url = "http://kt.kz/rus"
[[seeds]]
url = "http://kt.kz/kaz"
[[seeds]]
url = "http://kt.kz/rss.xml"
kind = "feed"
[[seeds]]
url = "http://kt.kz/sitemap.xml"
kind = "sitemap"
"""


def write_config(folder: Path, delay: float = 0, max_pages: int = 100, deadline: str = "10m") -> CrawlConfig:
    path = folder / "crawl.toml"
    path.write_text(CONFIG.format(delay=delay, max_pages=max_pages, deadline=deadline), encoding="utf-8")
    return load_crawl_config(path)


class KeptOpen(httpx.BaseTransport):
    """One proxy transport for every run (building one costs ~60 ms of SSL setup); runs may close it."""

    def __init__(self, proxy: str) -> None:
        self.inner = httpx.HTTPTransport(proxy=proxy)
        self.sent: list[float] = []  # when each request left the crawler (monotonic)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(time.monotonic())
        return self.inner.handle_request(request)

    def close(self) -> None:
        pass


@pytest.fixture
def site():
    clock = SimClock(START)
    fake = FakeSite(clock, make_articles(START))
    server = FakeServer(fake)
    server.transport = KeptOpen(server.proxy)
    yield fake, server
    server.transport.inner.close()
    server.close()


def crawl_once(config: CrawlConfig, frontier: Frontier, raw: Path, site: FakeSite, server: FakeServer,
               store: Path | None = None) -> CrawlSummary:  # fmt: skip
    """One run as `ktpulse crawl` makes it: a new Fetcher (robots.txt read afresh), the site's clock."""
    transport = server.transport
    fetcher = Fetcher(raw, allowed_hosts=config.allowed_hosts, delay=config.delay, retries=config.retries,
                      timeout=config.timeout, transport=transport, clock=site.clock)  # fmt: skip
    try:
        return Crawl(config, frontier, fetcher, store=store, clock=site.clock).run()
    finally:
        fetcher.close()


def main_snapshot_ages(db: Path) -> dict[str, list[tuple[float, int]]]:
    """Per article title: (age in hours, views) of each distinct capture of its own page."""
    with database.connect(db, read_only=True) as con:
        rows = con.execute(
            "SELECT DISTINCT a.title, a.published_at, s.observed_at, s.views FROM view_snapshots s "
            "JOIN articles a USING (article_id) WHERE s.placement = 'main' ORDER BY 1, 3"
        ).fetchall()
    ages: dict[str, list[tuple[float, int]]] = {}
    for title, published, observed, views in rows:
        hours = (observed.replace(tzinfo=KZ_TIME) - published.replace(tzinfo=KZ_TIME)).total_seconds() / HOURS
        ages.setdefault(title, []).append((hours, views))
    return ages


def test_next_visit_is_the_first_planned_moment_after_the_visit_then_never() -> None:
    ages = tuple(h * HOURS for h in AGES_H)
    assert next_visit(0.0, 0.0, ages) == 1 * HOURS
    assert next_visit(0.0, 5 * HOURS, ages) == 12 * HOURS
    assert next_visit(0.0, 720 * HOURS, ages) is None


def test_a_month_of_hourly_runs_discovers_every_article_and_snapshots_it_at_the_planned_ages(
    site, tmp_path: Path
) -> None:
    fake, server = site
    config = write_config(tmp_path)
    raw, db = tmp_path / "raw", tmp_path / "ktpulse.duckdb"
    frontier = Frontier(tmp_path / "frontier.db")
    end = START + timedelta(days=31)
    summaries = []
    while fake.clock() <= end:
        summaries.append(crawl_once(config, frontier, raw, fake, server))
        fake.clock.advance(RUN_EVERY)
    assert all(summary.stopped is None for summary in summaries)
    first_seen: dict[str, datetime] = {}  # path -> simulated time of its first request
    for _, moment, _, path in fake.log:
        first_seen.setdefault(path, moment)

    requested = [(host, path) for _, _, host, path in fake.log]
    assert not [r for r in requested if r[0] == OFF_LIST_HOST], "a host off the allow-list was requested"
    assert not [r for r in requested if r[1].startswith(DISALLOWED_PREFIX)], "robots.txt was not honoured"
    assert ("kt.kz", AWAY_PATH) in requested and ("kt.kz", REDIRECT_PATH) in requested
    slow = [r for r in requested if r[1] == SLOW_PATH]
    assert len(slow) == config.max_failures, "the slow page is retried, then given up"

    summary = refresh(db, [raw])
    assert summary.exit_code == 0, summary.rejected
    ages = main_snapshot_ages(db)
    for article in fake.articles:
        assert article.title in ages, f"article {article.number} ({article.channel}) never fetched"
        published = article.published_at
        discovered = first_seen[article.path]
        assert discovered - max(published, START) <= RUN_EVERY, f"article {article.number} found late"
        observed = ages[article.title]
        age_at_discovery = (discovered - published).total_seconds() / HOURS
        planned = [h for h in AGES_H if h > age_at_discovery and published + timedelta(hours=h) <= end]
        status = frontier.con.execute(
            "SELECT last_status, last_detail FROM urls WHERE url = ?", [f"http://kt.kz{article.path}"]
        ).fetchone()
        assert len(observed) == 1 + len(planned), (article.number, observed, planned, status)
        for hours in planned:  # each planned age taken by the first run after it
            assert any(hours <= age < hours + 1 for age, _ in observed), (article.number, hours, observed)
        views = [count for _, count in observed]
        assert views == sorted(views) and len(set(views)) == len(views), "counts grow between visits"

    counts = frontier.counts()
    assert counts["article"] == len(fake.articles) + 4  # + disallowed, redirect, moved away, slow
    details = dict(frontier.con.execute("SELECT url, last_detail FROM urls").fetchall())
    assert "robots.txt" in details[f"http://kt.kz{DISALLOWED_PREFIX}staff-notes.html"]
    assert OFF_LIST_HOST in details[f"http://kt.kz{AWAY_PATH}"]
    assert (
        "same article as" in details[f"http://kt.kz{REDIRECT_PATH}"]
        or "same article as" in details[f"http://kt.kz{fake.articles[0].path}"]
    )
    frontier.close()


def test_a_run_keeps_the_delay_between_requests_and_stops_at_its_page_cap(site, tmp_path: Path) -> None:
    fake, server = site
    fake.clock.advance(timedelta(days=20))
    config = write_config(tmp_path, delay=0.1, max_pages=7)
    frontier = Frontier(tmp_path / "frontier.db")
    summary = crawl_once(config, frontier, tmp_path / "raw", fake, server)
    assert summary.stopped == "max_pages"
    assert summary.requests == 7
    pages = [entry for entry in fake.log if entry[3] != "/robots.txt"]
    assert len(pages) == 7  # one more request per redirect hop at most; none here
    # Measured where requests leave the crawler: the server's arrival times jitter under load.
    moments = server.transport.sent
    assert len(moments) == len(fake.log)
    gaps = [later - earlier for earlier, later in zip(moments, moments[1:], strict=False)]
    # The fetcher waits the delay from each answer (fetch._answered); a send still lags its start by
    # a few ms (tens on a loaded machine: the first send's lag once made the run 0.03 s short), so
    # each gap and the whole run within half a delay of the spacing, which a fetcher that ignored the
    # delay (gaps of a few ms) would fail by far. (Spacing only the starts once let a send that
    # lagged 0.25 s under a load of 8 be followed by the next 2 ms later.)
    assert min(gaps) >= 0.1 / 2, gaps
    assert moments[-1] - moments[0] >= 0.1 * (len(moments) - 1) - 0.1 / 2, gaps
    due_later = frontier.due(fake.clock().timestamp(), ("article",))
    assert due_later, "what the cap left stays due for the next run"


def test_a_run_stops_at_its_deadline_and_leaves_the_rest_due(site, tmp_path: Path) -> None:
    fake, server = site
    fake.clock.advance(timedelta(days=20))
    config = write_config(tmp_path, delay=0.15, max_pages=100, deadline="1s")
    frontier = Frontier(tmp_path / "frontier.db")
    started = time.monotonic()
    summary = crawl_once(config, frontier, tmp_path / "raw", fake, server)
    elapsed = time.monotonic() - started
    assert summary.stopped == "deadline"
    assert elapsed < 1.0 + config.timeout + 0.5, elapsed
    assert summary.requests < 100
    assert frontier.due(fake.clock().timestamp(), ("article",))


def test_a_revisit_covered_by_a_snapshot_from_another_page_is_skipped(site, tmp_path: Path) -> None:
    fake, server = site
    config = write_config(tmp_path)
    raw, db = tmp_path / "raw", tmp_path / "ktpulse.duckdb"
    frontier = Frontier(tmp_path / "frontier.db")
    fake.clock.advance(timedelta(hours=6))  # article 3 was published at 05:17
    crawl_once(config, frontier, raw, fake, server, store=db)
    target = fake.articles[3]
    url = f"http://kt.kz{target.path}"
    (entry,) = [e for e in frontier.due(1e12, ("article",)) if e.url == url]
    planned = entry.next_due
    # Another page, captured after the planned moment, shows the article's count in its related block.
    fake.clock.moment = datetime.fromtimestamp(planned, UTC) + timedelta(minutes=20)
    later = fake.articles[4]
    fake.articles[4] = type(later)(
        later.number, later.section, fake.clock() - timedelta(minutes=5), later.channel
    )
    other = raw / "elsewhere" / "other.html"
    other.parent.mkdir(parents=True)
    other.write_text(fake.article_page(fake.articles[4]), encoding="utf-8")
    record = {"url": "http://kt.kz/other", "fetched_at": fake.clock().isoformat()}
    other.with_name(other.name + FETCH_RECORD_SUFFIX).write_text(json.dumps(record), encoding="utf-8")
    assert refresh(db, [raw]).exit_code == 0
    fake.clock.advance(timedelta(minutes=30))
    fake.log.clear()
    summary = crawl_once(config, frontier, raw, fake, server, store=db)
    assert summary.covered >= 1
    assert target.path not in [path for *_, path in fake.log], "a covered revisit was fetched"
    status, following = frontier.con.execute(
        "SELECT last_status, next_due FROM urls WHERE url = ?", [url]
    ).fetchone()
    assert status == "covered" and following > planned


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("[crawl]\nrevisit_ages = ['3h', '1h']\n[[seeds]]\nurl = 'http://kt.kz/eng'\n", "ages must increase"),
        ("[crawl]\ndelay = -1\n[[seeds]]\nurl = 'http://kt.kz/eng'\n", "'crawl.delay': must be 0 or more"),
        ("[[seeds]]\nurl = 'http://kt.kz/eng'\nkind = 'atom'\n", "'seeds[1].kind'"),
        ("[[seeds]]\nurl = 'kt.kz/eng'\n", "not an http(s) URL"),
        ("[crawl]\ndiscover_every = 'soon'\n[[seeds]]\nurl = 'http://kt.kz/eng'\n", "not a duration"),
        ("[crawl]\n", "entry 'seeds'"),
    ],
)
def test_a_bad_crawl_config_names_the_file_the_entry_and_the_problem(
    tmp_path: Path, text: str, problem: str
) -> None:
    path = tmp_path / "crawl.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load_crawl_config(path)
    assert str(path) in str(error.value) and problem in str(error.value)


def test_ktpulse_crawl_fetches_then_refreshes_and_says_what_it_did(site, tmp_path: Path, monkeypatch) -> None:
    fake, server = site
    write_config(tmp_path)
    monkeypatch.setenv("HTTP_PROXY", server.proxy)  # httpx takes the proxy from the environment
    db, raw = tmp_path / "ktpulse.duckdb", tmp_path / "raw"
    args = ["crawl", "--config", str(tmp_path / "crawl.toml"), "--db", str(db), "--raw", str(raw)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1, result.output  # the slow page failed, the redirect off the list was refused
    assert "new articles" in result.output and "refresh " in result.output
    with database.connect(db, read_only=True) as con:
        fetched = con.execute("SELECT count(*) FROM articles WHERE url IS NOT NULL").fetchone()[0]
    assert fetched == 3  # the articles published before the simulated start


def test_ktpulse_crawl_with_a_bad_config_names_the_problem(tmp_path: Path) -> None:
    path = tmp_path / "crawl.toml"
    path.write_text("[crawl]\nmax_pages = 0\n[[seeds]]\nurl = 'http://kt.kz/eng'\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["crawl", "--config", str(path), "--db", str(tmp_path / "k.duckdb")])
    assert result.exit_code == 2
    assert "crawl.max_pages" in result.output and "must be positive" in result.output


def test_a_scheduled_run_with_a_crawl_config_crawls_then_refreshes(site, tmp_path: Path, monkeypatch) -> None:
    fake, server = site
    config = write_config(tmp_path)
    monkeypatch.setenv("HTTP_PROXY", server.proxy)
    db, raw = tmp_path / "ktpulse.duckdb", tmp_path / "raw"
    raw.mkdir()
    code = run_once(db, [raw], None, raw, config.delay, config.allowed_hosts, crawl=config)
    assert code == 0
    assert [path for *_, path in fake.log if path.startswith("/eng/news/report-")]
    with database.connect(db, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles WHERE url IS NOT NULL").fetchone()[0] == 3
