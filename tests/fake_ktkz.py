"""A small fake kt.kz for the crawl tests, served on 127.0.0.1 as an HTTP proxy.

The crawler is pointed at it as its proxy, so it asks for the real-looking http://kt.kz/...
URLs and every request it makes, to any host, arrives here and is logged: a request to a host
off the allow-list would show in the log. The site's time is a controllable clock: articles
appear on index pages, in the feed and in the sitemap once published, and their view counts
grow with their age. The texts are ours, modelled on kt.kz's government reporting.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

KZ_TIME = ZoneInfo("Asia/Almaty")
SITE_HOSTS = ("kt.kz", "www.kt.kz")
OFF_LIST_HOST = "elsewhere.example"
SECTIONS = ("eng", "rus", "kaz")
DISALLOWED_PREFIX = "/eng/private/"
SLOW_PATH = "/kaz/news/slow-report.html"
REDIRECT_PATH = "/eng/news/old-address.html"  # 301 to the first article (published before the month)
AWAY_PATH = "/rus/news/moved-away.html"  # 302 to a host off the allow-list
SLOW_SECONDS = 1.5  # past the tests' 1 s timeout


class SimClock:
    """The simulated time both the site and the crawler read."""

    def __init__(self, start: datetime) -> None:
        self.moment = start

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, delta: timedelta) -> None:
        self.moment += delta


@dataclass(frozen=True)
class FakeArticle:
    number: int
    section: str
    published_at: datetime  # UTC
    channel: str  # where it is announced: 'index', 'feed' or 'sitemap'

    @property
    def path(self) -> str:
        return f"/{self.section}/news/report-{self.number}.html"

    @property
    def title(self) -> str:
        return f"Regional akimat {self.number} reports {120 + self.number * 7} new school places"

    def views(self, at: datetime) -> int:
        """Grows with age: fast in the first day, slowly after."""
        hours = max(0.0, (at - self.published_at).total_seconds() / 3600)
        return 10 + int((150 + self.number * 97 % 500) * hours**0.5)


def make_articles(start: datetime, count: int = 12, spacing_hours: float = 58) -> list[FakeArticle]:
    """Three published before `start` (one per section), the rest every `spacing_hours` after it."""
    articles = [
        FakeArticle(n, SECTIONS[n], start - timedelta(days=n + 1, hours=3), "index") for n in range(3)
    ]
    channels = ("index", "index", "feed", "sitemap")
    for n in range(3, count):
        moment = start + timedelta(hours=5, minutes=17) + timedelta(hours=(n - 3) * spacing_hours)
        articles.append(FakeArticle(n, SECTIONS[n % 3], moment, channels[n % 4]))
    return articles


def _stamp(moment: datetime) -> str:
    return f"{moment.astimezone(KZ_TIME):%d.%m.%Y, %H:%M}"


@dataclass
class FakeSite:
    clock: SimClock
    articles: list[FakeArticle]
    log: list[tuple[float, datetime, str, str]] = field(default_factory=list)  # monotonic, sim, host, path
    lock: threading.Lock = field(default_factory=threading.Lock)
    related: bool = True  # article pages list the two latest other articles, with their counts

    def published(self) -> list[FakeArticle]:
        now = self.clock()
        return sorted((a for a in self.articles if a.published_at <= now), key=lambda a: a.published_at)

    def article_page(self, article: FakeArticle) -> str:
        now = self.clock()
        others = [a for a in self.published() if a is not article][-2:] if self.related else []
        related = "".join(
            f'<article class="related"><div class="date">{_stamp(a.published_at)} <span class="views">'
            f'{a.views(now)}</span></div><h2><a href="{a.path}">{a.title}</a></h2>'
            f"<p>The akimat said the places open in September.</p>"
            f'<p class="copy">This information may not be reproduced without reference to Kazakhstan Today.</p>'
            f"</article>"
            for a in others
        )
        return (
            '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Kazakhstan Today</title>'
            '</head><body>\n<main><article class="main">'
            f'<div class="date">{_stamp(article.published_at)} <span class="views">{article.views(now)}</span>'
            f'</div><h2><a href="{article.path}">{article.title}</a></h2>'
            f"<p>The regional akimat opened {120 + article.number * 7} new places in schools this year, "
            f"the press service reports.</p><p>Construction of {article.number + 2} more schools goes on.</p>"
            '<p class="copy">This information may not be reproduced without reference to Kazakhstan Today.</p>'
            f'</article>\n<section class="related"><h3>relevant news</h3>{related}</section>'
            "</main><footer><p>© Kazakhstan Today</p></footer></body></html>\n"
        )

    def index_page(self, section: str) -> str:
        items = [a for a in self.published() if a.section == section and a.channel == "index"][-8:]
        links = "".join(
            f'<li><span class="date">{_stamp(a.published_at)}</span><a href="{a.path}">{a.title}</a></li>'
            for a in reversed(items)
        )
        if section == "eng":  # a disallowed path, a host off the list, and two redirecting addresses
            links += (
                f'<li><a href="{DISALLOWED_PREFIX}staff-notes.html">Staff notes</a></li>'
                f'<li><a href="http://{OFF_LIST_HOST}/eng/news/copy.html">Elsewhere</a></li>'
                f'<li><a href="{REDIRECT_PATH}">Old address</a></li>'
            )
        if section == "rus":
            links += f'<li><a href="{AWAY_PATH}">Moved away</a></li>'
        if section == "kaz":
            links += f'<li><a href="{SLOW_PATH}">Slow report</a></li>'
        return f"<!DOCTYPE html><html><body><h1>{section}</h1><ul>{links}</ul></body></html>"

    def feed(self) -> str:
        items = "".join(
            f"<item><title>{a.title}</title><link>http://kt.kz{a.path}?utm_source=rss</link>"
            f"<pubDate>{format_datetime(a.published_at.astimezone(UTC), usegmt=True)}</pubDate></item>"
            for a in self.published()
            if a.channel == "feed"
        )
        return f'<?xml version="1.0"?><rss version="2.0"><channel><title>kt.kz</title>{items}</channel></rss>'

    def sitemap(self) -> str:
        urls = "".join(
            f"<url><loc>http://kt.kz{a.path}</loc><lastmod>{a.published_at:%Y-%m-%d}</lastmod></url>"
            for a in self.published()
            if a.channel == "sitemap"
        )
        return f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'

    def answer(self, host: str, path: str) -> tuple[int, dict[str, str], str]:
        """Status, headers and body for one request."""
        if host not in SITE_HOSTS:
            return 502, {}, "off-list host"
        if path == "/robots.txt":
            return 200, {}, f"User-agent: *\nDisallow: {DISALLOWED_PREFIX}\n"
        if path == REDIRECT_PATH:
            return 301, {"Location": self.articles[0].path}, ""
        if path == AWAY_PATH:
            return 302, {"Location": f"http://{OFF_LIST_HOST}/rus/news/copy.html"}, ""
        if path == SLOW_PATH:
            time.sleep(SLOW_SECONDS)
            return 200, {}, self.article_page(self.articles[2])
        if path.lstrip("/") in SECTIONS:
            return 200, {}, self.index_page(path.lstrip("/"))
        if path == "/rss.xml":
            return 200, {"Content-Type": "application/rss+xml"}, self.feed()
        if path == "/sitemap.xml":
            return 200, {"Content-Type": "application/xml"}, self.sitemap()
        for article in self.published():
            if article.path == path:
                return 200, {"Content-Type": "text/html; charset=utf-8"}, self.article_page(article)
        return 404, {}, "not found"


def _handler(site: FakeSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as a real site: a month of runs stays quick
        disable_nagle_algorithm = True  # no 40 ms delayed-ACK stall per kept-alive request

        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            parts = urlsplit(self.path)  # a proxy request carries the absolute URL
            host = (parts.hostname or self.headers.get("Host", "")).lower()
            with site.lock:
                site.log.append((time.monotonic(), site.clock(), host, parts.path))
            status, headers, body = site.answer(host, parts.path)
            data = body.encode("utf-8")
            etag = '"' + hashlib.sha256(data).hexdigest()[:16] + '"'
            if status == 200 and self.headers.get("If-None-Match") == etag:
                status, data = 304, b""
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            if status in (200, 304):
                self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            with contextlib.suppress(BrokenPipeError):  # the crawler gave up on the slow page: as intended
                self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    return Handler


class FakeServer:
    """The site served on 127.0.0.1 in a thread; `proxy` is the URL to give the crawler."""

    def __init__(self, site: FakeSite) -> None:
        self.site = site
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.proxy = f"http://127.0.0.1:{self.server.server_address[1]}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def write_capture(site: FakeSite, article: FakeArticle, moment: datetime, raw: Path) -> Path:
    """The article's page as the site serves it at `moment`, filed as a fetched page with its record."""
    site.clock.moment = moment
    target = raw / f"{moment:%Y%m%dT%H%M%S}-report-{article.number}.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(site.article_page(article), encoding="utf-8")
    record = {"url": f"http://kt.kz{article.path}", "fetched_at": moment.isoformat()}
    target.with_name(target.name + ".fetch.json").write_text(json.dumps(record), encoding="utf-8")
    return target
