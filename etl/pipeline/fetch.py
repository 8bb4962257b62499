"""`ktpulse fetch`: polite downloads of kt.kz pages into data/raw/, each with its fetch record.

One host at a time, a delay between requests, a clear User-Agent, retries with backoff,
conditional GET (ETag / Last-Modified), and only hosts on the allow-list.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from etl import __version__
from etl.pipeline.inputs import FETCH_RECORD_SUFFIX

DEFAULT_ALLOWED_HOSTS = ("kt.kz", "www.kt.kz")
USER_AGENT = f"ktpulse/{__version__} (news analytics; polite crawler; contact: see project README)"
STATE_FILE = ".fetch_state.json"  # per URL: ETag, Last-Modified, last file written
RETRY_STATUSES = {429, 500, 502, 503, 504}


class FetchRefused(ValueError):
    """A URL the fetcher will not request, and why."""


@dataclass
class FetchResult:
    url: str
    status: str  # 'saved', 'unchanged', 'failed', 'refused'
    detail: str = ""
    path: Path | None = None


@dataclass
class FetchSummary:
    results: list[FetchResult] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for result in self.results if result.status == status)

    @property
    def exit_code(self) -> int:
        """0 when every URL was saved or unchanged; 1 when some failed or were refused."""
        return 1 if self.count("failed") or self.count("refused") else 0


def check_allowed(url: str, allowed_hosts: Iterable[str]) -> str:
    """The URL's host, or FetchRefused when it is not http(s) on an allowed host."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchRefused(f"not an http(s) URL: {url}")
    host = parts.hostname.lower()
    if host not in {h.lower() for h in allowed_hosts}:
        raise FetchRefused(f"host {host} is not on the allow-list ({', '.join(allowed_hosts)})")
    return host


def _file_name(url: str, fetched_at: datetime) -> str:
    parts = urlsplit(url)
    slug = re.sub(r"[^A-Za-z0-9]+", "-", parts.path).strip("-")[-60:] or "index"
    digest = hashlib.sha256(url.encode()).hexdigest()[:8]
    return f"{fetched_at:%Y%m%dT%H%M%SZ}-{slug}-{digest}.html"


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
    ) -> None:
        self.out_dir = out_dir
        self.allowed_hosts = tuple(allowed_hosts)
        self.delay, self.retries, self.backoff = delay, retries, backoff
        self.sleep = sleep
        self.client = httpx.Client(
            headers={"User-Agent": USER_AGENT}, timeout=timeout, follow_redirects=True, transport=transport
        )
        self.state_path = out_dir / STATE_FILE
        self.state: dict[str, dict] = self._load_state()
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

    def _wait_turn(self) -> None:
        wait = self._last_request + self.delay - time.monotonic()
        if wait > 0:
            self.sleep(wait)
        self._last_request = time.monotonic()

    def _get(self, url: str) -> httpx.Response:
        known = self.state.get(url, {})
        headers = {}
        if known.get("etag"):
            headers["If-None-Match"] = known["etag"]
        if known.get("last_modified"):
            headers["If-Modified-Since"] = known["last_modified"]
        for attempt in range(self.retries + 1):
            self._wait_turn()
            try:
                response = self.client.get(url, headers=headers)
            except httpx.TransportError:
                if attempt == self.retries:
                    raise
                self.sleep(self.backoff * 2**attempt)
                continue
            if response.status_code in RETRY_STATUSES and attempt < self.retries:
                retry_after = response.headers.get("Retry-After", "")
                self.sleep(float(retry_after) if retry_after.isdigit() else self.backoff * 2**attempt)
                continue
            return response
        raise AssertionError("unreachable")  # the loop returns or raises

    def fetch(self, url: str) -> FetchResult:
        """Fetch one URL; never raises for network or HTTP trouble (it is in the result)."""
        try:
            check_allowed(url, self.allowed_hosts)
        except FetchRefused as error:
            return FetchResult(url, "refused", str(error))
        try:
            response = self._get(url)
        except httpx.HTTPError as error:
            return FetchResult(url, "failed", f"{type(error).__name__}: {error}")
        if response.status_code == 304:
            return FetchResult(url, "unchanged", "304 Not Modified")
        if response.status_code != 200:
            return FetchResult(url, "failed", f"HTTP {response.status_code}")
        fetched_at = datetime.now(UTC).replace(microsecond=0)
        target = self.out_dir / urlsplit(url).hostname / _file_name(url, fetched_at)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(response.content)
        record = {
            "url": url, "final_url": str(response.url), "fetched_at": fetched_at.isoformat(),
            "status": response.status_code, "etag": response.headers.get("ETag"),
            "last_modified": response.headers.get("Last-Modified"),
            "content_type": response.headers.get("Content-Type"),
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
        return FetchResult(url, "saved", f"{len(response.content):,} bytes", target)

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
