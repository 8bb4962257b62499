"""`ktpulse fetch`: polite downloads of kt.kz pages into data/raw/, each with its fetch record.

One host at a time, a delay between requests, a clear User-Agent, retries with backoff,
conditional GET (ETag / Last-Modified), robots.txt honoured, and only hosts on the allow-list:
redirects are followed here, hop by hop, so every hop is checked before it is requested.
Each URL has a size cap and a total deadline, so no server can hold the fetcher or fill memory.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import socket
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from etl import __version__
from etl.pipeline.inputs import FETCH_RECORD_SUFFIX

DEFAULT_ALLOWED_HOSTS = ("kt.kz", "www.kt.kz")
USER_AGENT = f"ktpulse/{__version__} (news analytics; polite crawler; contact: see project README)"
STATE_FILE = ".fetch_state.json"  # per URL: ETag, Last-Modified, last file written
RETRY_STATUSES = {429, 500, 502, 503, 504}
REDIRECT_STATUSES = {301, 302, 303, 307, 308}
MAX_REDIRECTS = 10
DEFAULT_MAX_BYTES = 20_000_000  # a kt.kz page is ~300 KB; a bigger answer is not a page
DEFAULT_DEADLINE = 120.0  # seconds per URL, retries and redirects included
ROBOTS_MAX_BYTES = 500_000  # RFC 9309 asks crawlers to read at least 500 KiB
# Unreachable or forbidden robots.txt: the origin is taken as disallowing everything (RFC 9309).
_DISALLOW_EVERYTHING = ["User-agent: *", "Disallow: /"]


class FetchRefused(ValueError):
    """A URL the fetcher will not request, and why."""


class FetchStopped(Exception):
    """A download stopped for a reason a retry cannot fix (too large, past the deadline)."""


@dataclass
class FetchResult:
    url: str
    status: str  # 'saved', 'unchanged', 'failed', 'refused'; 'read' when not saved
    detail: str = ""
    path: Path | None = None
    content: bytes | None = None  # the body, when fetched with save=False (feeds, sitemaps)


@dataclass
class FetchSummary:
    results: list[FetchResult] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for result in self.results if result.status == status)

    @property
    def exit_code(self) -> int:
        """0 when every URL was saved or unchanged; 1 when some failed or were refused."""
        return 1 if self.count("failed") or self.count("refused") else 0


@dataclass(frozen=True)
class Download:
    """One complete answer: status, headers, body (at most the cap) and the URL that gave it."""

    status: int
    headers: httpx.Headers
    content: bytes
    final_url: str


@dataclass(frozen=True)
class _Robots:
    rules: RobotFileParser
    unreadable: str = ""  # why robots.txt could not be read (then nothing on the host is fetched)


class _Deadline:
    """The time one URL may take. Our own polite waits between requests do not count against it;
    the server's (Retry-After, slow answers) do."""

    def __init__(self, seconds: float) -> None:
        self.at = time.monotonic() + seconds

    def remaining(self) -> float:
        return self.at - time.monotonic()

    def extend(self, seconds: float) -> None:
        self.at += seconds


class _Watchdog:
    """Shuts the request's socket down at the deadline. httpx has no total timeout, only one per
    read, so a server sending its headers a byte at a time would otherwise never be cut off.
    The socket is learnt from httpcore's documented trace events (connections are not reused)."""

    def __init__(self, deadline: _Deadline) -> None:
        self._sockets: list[socket.socket] = []
        self._timer = threading.Timer(max(0.0, deadline.remaining()), self._expire)
        self._timer.daemon = True

    def trace(self, event: str, info: dict) -> None:
        if event in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            stream = info.get("return_value")
            sock = stream.get_extra_info("socket") if stream is not None else None
            if sock is not None:
                self._sockets.append(sock)

    def _expire(self) -> None:
        for sock in self._sockets:
            with contextlib.suppress(OSError):  # already closed, or handed over to TLS
                sock.shutdown(socket.SHUT_RDWR)  # wakes a blocked read: it sees the end of the stream

    def __enter__(self) -> _Watchdog:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()


def check_allowed(url: str, allowed_hosts: Iterable[str]) -> str:
    """The URL's host, or FetchRefused when it is not http(s) on an allowed host."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchRefused(f"not an http(s) URL: {url}")
    host = parts.hostname.lower()
    if host not in {h.lower() for h in allowed_hosts}:
        raise FetchRefused(f"host {host} is not on the allow-list ({', '.join(allowed_hosts)})")
    return host


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delay-seconds or an HTTP date), None if unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:  # HTTP dates are GMT; a zone-less one is read as such
        moment = moment.replace(tzinfo=UTC)
    return max(0.0, (moment - (now or datetime.now(UTC))).total_seconds())


def _file_name(url: str, fetched_at: datetime) -> str:
    parts = urlsplit(url)
    slug = re.sub(r"[^A-Za-z0-9]+", "-", parts.path).strip("-")[-60:] or "index"
    digest = hashlib.sha256(url.encode()).hexdigest()[:8]
    return f"{fetched_at:%Y%m%dT%H%M%SZ}-{slug}-{digest}.html"


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


class Fetcher:
    """Downloads URLs one at a time with a delay, retries and conditional requests."""

    def __init__(
        self,
        out_dir: Path,
        allowed_hosts: Iterable[str] = DEFAULT_ALLOWED_HOSTS,
        delay: float = 2.0,
        retries: int = 3,
        backoff: float = 2.0,
        timeout: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
        transport: httpx.BaseTransport | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
        deadline: float = DEFAULT_DEADLINE,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.out_dir = out_dir
        self.allowed_hosts = tuple(allowed_hosts)
        self.delay, self.retries, self.backoff = delay, retries, backoff
        self.timeout, self.max_bytes, self.deadline = timeout, max_bytes, deadline
        self.sleep = sleep
        self.clock = clock  # the fetch records' capture time; a crawl's tests run on a simulated one
        # Redirects are followed by _download, which checks each hop before requesting it.
        # No kept-alive connections: each request opens its own, which its watchdog can shut.
        self.client = httpx.Client(
            headers={"User-Agent": USER_AGENT}, timeout=timeout, follow_redirects=False, transport=transport,
            limits=httpx.Limits(max_keepalive_connections=0),
        )  # fmt: skip
        self.state_path = out_dir / STATE_FILE
        self.state: dict[str, dict] = self._load_state()
        self._robots: dict[str, _Robots] = {}  # per origin, read once per Fetcher
        self._last_request = 0.0

    def _load_state(self) -> dict[str, dict]:
        try:
            state = json.loads(self.state_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return state if isinstance(state, dict) else {}

    def _save_state(self) -> None:
        self.out_dir.mkdir(parents=True, exist_ok=True)
        temporary = self.state_path.with_suffix(".tmp")
        temporary.write_text(json.dumps(self.state, indent=1, sort_keys=True), encoding="utf-8")
        temporary.replace(self.state_path)

    def _wait_turn(self, delay: float) -> float:
        """Keep `delay` seconds since the last request's answer (see _answered); returns the seconds
        waited."""
        wait = self._last_request + delay - time.monotonic()
        if wait > 0:
            self.sleep(wait)
        self._last_request = time.monotonic()
        return max(0.0, wait)

    def _answered(self) -> None:
        """The delay runs from the answer, not only from the start: a request whose sending lagged
        (a loaded machine, a slow connect) must not let the next one reach the host right after it."""
        self._last_request = time.monotonic()

    def _host_delay(self, url: str) -> float:
        robots = self._robots.get(_origin(url))
        crawl_delay = robots.rules.crawl_delay(USER_AGENT) if robots and not robots.unreadable else None
        return max(self.delay, float(crawl_delay or 0))

    def _download(self, url: str, headers: dict[str, str], deadline: _Deadline, cap: int) -> Download:
        """One GET, redirects followed hop by hop; a hop off the allow-list raises FetchRefused
        before any request is sent to it."""
        for _ in range(MAX_REDIRECTS + 1):
            check_allowed(url, self.allowed_hosts)
            deadline.extend(self._wait_turn(self._host_delay(url)))
            remaining = deadline.remaining()
            if remaining <= 0:
                raise FetchStopped(f"no answer within the {self.deadline:g} s deadline (--deadline)")
            timeout = httpx.Timeout(min(self.timeout, remaining))
            with (
                _Watchdog(deadline) as watchdog,
                self.client.stream(
                    "GET", url, headers=headers, timeout=timeout, extensions={"trace": watchdog.trace}
                ) as response,
            ):
                location = response.headers.get("Location")
                if response.status_code in REDIRECT_STATUSES and location:
                    target = urljoin(url, location)
                    try:
                        check_allowed(target, self.allowed_hosts)
                    except FetchRefused as refusal:
                        raise FetchRefused(f"redirect to {target} refused: {refusal}") from None
                    url, headers = target, {}  # conditional headers belong to the first URL
                    self._answered()
                    continue
                content = self._read_capped(response, cap, deadline)
                self._answered()
                return Download(response.status_code, response.headers, content, url)
        raise FetchStopped(f"more than {MAX_REDIRECTS} redirects")

    def _read_capped(self, response: httpx.Response, cap: int, deadline: _Deadline) -> bytes:
        """The body, streamed: stops past `cap` bytes or past the deadline (memory stays ~cap)."""
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > cap:
            raise FetchStopped(
                f"response of {int(declared):,} bytes is over the {cap:,}-byte cap (--max-bytes)"
            )
        body = bytearray()
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > cap:
                raise FetchStopped(f"response passed the {cap:,}-byte cap (--max-bytes); stopped reading")
            if deadline.remaining() < 0:
                raise FetchStopped(
                    f"response still arriving after the {self.deadline:g} s deadline (--deadline); "
                    f"stopped after {len(body):,} bytes"
                )
        return bytes(body)

    def _pause(self, seconds: float, deadline: _Deadline, why: str) -> None:
        if seconds > deadline.remaining():
            raise FetchStopped(
                f"{why}; waiting {seconds:g} s more would pass the {self.deadline:g} s deadline"
            )
        self.sleep(seconds)

    def _get(self, url: str) -> Download:
        deadline = _Deadline(self.deadline)
        known = self.state.get(url, {})
        headers = {}
        if known.get("etag"):
            headers["If-None-Match"] = known["etag"]
        if known.get("last_modified"):
            headers["If-Modified-Since"] = known["last_modified"]
        for attempt in range(self.retries + 1):
            try:
                download = self._download(url, headers, deadline, self.max_bytes)
            except httpx.TransportError as error:
                if deadline.remaining() <= 0:
                    raise FetchStopped(
                        f"no complete answer within the {self.deadline:g} s deadline (--deadline); stopped"
                    ) from None
                if attempt == self.retries:
                    raise
                self._pause(self.backoff * 2**attempt, deadline, f"{type(error).__name__}")
                continue
            if download.status in RETRY_STATUSES and attempt < self.retries:
                wait = parse_retry_after(download.headers.get("Retry-After"))
                self._pause(
                    self.backoff * 2**attempt if wait is None else wait,
                    deadline,
                    f"HTTP {download.status}",
                )
                continue
            return download
        raise AssertionError("unreachable")  # the loop returns or raises

    def _read_robots(self, origin: str) -> _Robots:
        """robots.txt of one origin, read by RFC 9309: 4xx means no rules, 401/403 or an
        unreachable file (5xx, network error, a redirect off the list) means fetch nothing."""
        rules = RobotFileParser(origin + "/robots.txt")
        deadline = _Deadline(min(self.deadline, self.timeout))
        try:
            download = self._download(origin + "/robots.txt", {}, deadline, ROBOTS_MAX_BYTES)
        except (httpx.HTTPError, FetchStopped, FetchRefused) as error:
            rules.parse(_DISALLOW_EVERYTHING)
            return _Robots(rules, f"{type(error).__name__}: {error}")
        if download.status == 200:
            rules.parse(download.content.decode("utf-8", errors="replace").splitlines())
        elif download.status in (401, 403) or download.status >= 500:
            rules.parse(_DISALLOW_EVERYTHING)
            return _Robots(rules, f"HTTP {download.status}")
        else:
            rules.parse([])  # no rules: everything allowed
        return _Robots(rules)

    def robots_refusal(self, url: str) -> str | None:
        """Why robots.txt keeps us from this URL, or None when it allows it (read once per origin)."""
        origin = _origin(url)
        if origin not in self._robots:
            self._robots[origin] = self._read_robots(origin)
        robots = self._robots[origin]
        if robots.unreadable:
            return f"robots.txt of {origin} could not be read ({robots.unreadable}); fetching nothing there"
        if not robots.rules.can_fetch(USER_AGENT, url):
            return f"robots.txt of {origin} disallows this URL"
        return None

    def fetch(self, url: str, save: bool = True) -> FetchResult:
        """Fetch one URL; never raises for network or HTTP trouble (it is in the result).

        With save=False the body comes back in the result, status 'read', instead of being
        written to the raw folder (feeds and sitemaps, which are not pages to ingest)."""
        try:
            check_allowed(url, self.allowed_hosts)
        except FetchRefused as error:
            return FetchResult(url, "refused", str(error))
        refusal = self.robots_refusal(url)
        if refusal:
            return FetchResult(url, "refused", refusal)
        try:
            download = self._get(url)
        except FetchRefused as error:
            return FetchResult(url, "refused", str(error))
        except FetchStopped as error:
            return FetchResult(url, "failed", str(error))
        except httpx.HTTPError as error:
            return FetchResult(url, "failed", f"{type(error).__name__}: {error}")
        if download.status == 304:
            return FetchResult(url, "unchanged", "304 Not Modified")
        if download.status != 200:
            return FetchResult(url, "failed", f"HTTP {download.status}")
        if not save:
            return FetchResult(url, "read", f"{len(download.content):,} bytes", content=download.content)
        return self._save(url, download)

    def _save(self, url: str, download: Download) -> FetchResult:
        fetched_at = self.clock().astimezone(UTC).replace(microsecond=0)
        target = self.out_dir / (urlsplit(url).hostname or "unknown-host") / _file_name(url, fetched_at)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(download.content)
        record = {
            "url": url, "final_url": download.final_url, "fetched_at": fetched_at.isoformat(),
            "status": download.status, "etag": download.headers.get("ETag"),
            "last_modified": download.headers.get("Last-Modified"),
            "content_type": download.headers.get("Content-Type"),
        }  # fmt: skip
        target.with_name(target.name + FETCH_RECORD_SUFFIX).write_text(
            json.dumps(record, indent=1), encoding="utf-8"
        )
        self.state[url] = {
            "etag": record["etag"],
            "last_modified": record["last_modified"],
            "file": str(target),
        }
        self._save_state()
        return FetchResult(url, "saved", f"{len(download.content):,} bytes", target)

    def fetch_all(
        self, urls: Iterable[str], on_result: Callable[[FetchResult], None] | None = None
    ) -> FetchSummary:
        """Every URL in order (so one host at a time), with the delay between requests."""
        summary = FetchSummary()
        for url in urls:
            result = self.fetch(url)
            summary.results.append(result)
            if on_result:
                on_result(result)
        return summary

    def close(self) -> None:
        self.client.close()


def read_url_file(path: Path) -> list[str]:
    """URLs from a file: one per line; blank lines and # comments skipped."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
