"""The fetcher against hostile local servers (127.0.0.1 and 127.0.0.2 only): redirects off the
allow-list, huge, endless and dripping answers, robots.txt and Retry-After."""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from etl.pipeline.fetch import Fetcher, parse_retry_after

GIGABYTE = 1 << 30
CHUNK = b"\0" * 65536
ROBOTS = b"User-agent: *\nDisallow: /private\n"


class HostileHandler(BaseHTTPRequestHandler):
    """One server per test; `seen` lists the paths it was asked for, `other` is where it redirects."""

    protocol_version = "HTTP/1.1"  # for chunked answers
    seen: list[str]
    other: str
    robots_txt: bytes = ROBOTS
    retry_dates_sent: int

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        type(self).seen.append(self.path)
        handler = getattr(self, "serve_" + self.path.strip("/").replace("-", "_").replace(".", "_"), None)
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the fetcher hung up, as it should
            (handler or self.serve_page)()

    def _head(self, status: int, **headers: str) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()

    def serve_page(self) -> None:
        body = b"<html><body><p>ok</p></body></html>"
        self._head(200, Content_Type="text/html", Content_Length=str(len(body)))
        self.wfile.write(body)

    def serve_robots_txt(self) -> None:
        robots = type(self).robots_txt
        self._head(200, Content_Type="text/plain", Content_Length=str(len(robots)))
        self.wfile.write(robots)

    def serve_away(self) -> None:
        self._head(302, Location=f"{type(self).other}/stolen", Content_Length="0")

    def serve_to_file(self) -> None:
        self._head(302, Location="file:///etc/passwd", Content_Length="0")

    def serve_gigabyte(self) -> None:  # announces its size
        self._head(200, Content_Length=str(GIGABYTE))
        self._stream(GIGABYTE)

    def serve_unannounced_gigabyte(self) -> None:  # no length: the body runs until the server closes
        self.close_connection = True
        self._head(200, Connection="close")
        self._stream(GIGABYTE)

    def serve_endless(self) -> None:
        self._head(200, Transfer_Encoding="chunked")
        while True:
            self.wfile.write(b"%x\r\n%s\r\n" % (len(CHUNK), CHUNK))

    def serve_drip(self) -> None:
        self._head(200, Content_Length="100000")
        for _ in range(100000):
            self.wfile.write(b"x")
            self.wfile.flush()
            time.sleep(0.2)

    def serve_drip_headers(self) -> None:  # the answer's headers never end
        self.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
        for _ in range(100000):
            self.wfile.write(b"a")
            self.wfile.flush()
            time.sleep(0.2)

    def serve_retry_date(self) -> None:
        if type(self).retry_dates_sent == 0:
            type(self).retry_dates_sent += 1
            when = datetime.now(UTC) + timedelta(seconds=40)
            self._head(503, Retry_After=format_datetime(when, usegmt=True), Content_Length="0")
            return
        self.serve_page()

    def _stream(self, size: int) -> None:
        for _ in range(size // len(CHUNK)):
            self.wfile.write(CHUNK)

    def log_message(self, *args) -> None:
        pass


def _serve(address: str, name: str) -> tuple[ThreadingHTTPServer, type[HostileHandler]]:
    handler = type(name, (HostileHandler,), {"seen": [], "other": "", "retry_dates_sent": 0})
    server = ThreadingHTTPServer((address, 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, handler


@pytest.fixture()
def sites() -> Iterator[tuple[str, type[HostileHandler], type[HostileHandler]]]:
    """An allowed server on 127.0.0.1 and another host, 127.0.0.2, that is not on the list."""
    allowed, allowed_log = _serve("127.0.0.1", "Allowed")
    other, other_log = _serve("127.0.0.2", "Other")
    allowed_log.other = f"http://127.0.0.2:{other.server_address[1]}"
    yield f"http://127.0.0.1:{allowed.server_address[1]}", allowed_log, other_log
    allowed.shutdown()
    other.shutdown()


def _fetcher(raw: Path, **options) -> Fetcher:
    return Fetcher(raw, allowed_hosts=("127.0.0.1",), delay=0.0, backoff=0.01, **options)


def test_redirect_to_another_host_is_refused_and_that_host_sees_no_request(sites, tmp_path: Path) -> None:
    site, allowed_log, other_log = sites
    fetcher = _fetcher(tmp_path)
    result = fetcher.fetch(f"{site}/away")
    fetcher.close()
    assert result.status == "refused"
    assert (
        "redirect to http://127.0.0.2:" in result.detail
        and "host 127.0.0.2 is not on the allow-list" in result.detail
    )
    assert other_log.seen == []
    assert allowed_log.seen.count("/away") == 1  # refused at once, not retried
    assert list(tmp_path.rglob("*.html")) == []


def test_redirect_to_a_file_url_is_refused_at_once(sites, tmp_path: Path) -> None:
    site, allowed_log, _ = sites
    pauses: list[float] = []
    fetcher = _fetcher(tmp_path, sleep=pauses.append)
    result = fetcher.fetch(f"{site}/to-file")
    fetcher.close()
    assert result.status == "refused"
    assert result.detail == "redirect to file:///etc/passwd refused: not an http(s) URL: file:///etc/passwd"
    assert allowed_log.seen.count("/to-file") == 1 and pauses == []


_FETCH_IN_CHILD = """
import json, resource, sys
from pathlib import Path
from etl.pipeline.fetch import Fetcher
fetcher = Fetcher(Path(sys.argv[1]), allowed_hosts=("127.0.0.1",), delay=0.0, retries=0, deadline=60)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
result = fetcher.fetch(sys.argv[2])
growth = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
print(json.dumps({"status": result.status, "detail": result.detail, "peak_growth_mb": growth / 1024}))
"""


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/gigabyte", "response of 1,073,741,824 bytes is over the 20,000,000-byte cap (--max-bytes)"),
        ("/unannounced-gigabyte", "response passed the 20,000,000-byte cap (--max-bytes); stopped reading"),
        ("/endless", "response passed the 20,000,000-byte cap (--max-bytes); stopped reading"),
    ],
)
def test_huge_and_endless_answers_stop_at_the_cap_with_bounded_memory(
    sites, tmp_path: Path, path: str, message: str
) -> None:
    site, _, _ = sites
    # A fresh interpreter, so its peak RSS is the fetch's own and not this test run's.
    finished = subprocess.run([sys.executable, "-c", _FETCH_IN_CHILD, str(tmp_path), site + path],
                              capture_output=True, text=True, timeout=120, check=True)  # fmt: skip
    outcome = json.loads(finished.stdout)
    assert (outcome["status"], outcome["detail"]) == ("failed", message)
    assert outcome["peak_growth_mb"] < 100, outcome  # the default cap is 20 MB; unbounded reads took GBs
    assert list(tmp_path.rglob("*.html")) == []


@pytest.mark.parametrize("path", ["/drip", "/drip-headers"])
def test_a_dripping_server_is_dropped_at_the_deadline(sites, tmp_path: Path, path: str) -> None:
    site, _, _ = sites
    fetcher = _fetcher(tmp_path, deadline=1.5, retries=0)
    started = time.monotonic()
    result = fetcher.fetch(site + path)
    elapsed = time.monotonic() - started
    fetcher.close()
    assert result.status == "failed"
    assert "the 1.5 s deadline (--deadline)" in result.detail and "stopped" in result.detail
    assert elapsed < 5  # about the deadline, not the 100,000 drips the server offers


def test_robots_txt_is_honoured_and_read_once_per_host(sites, tmp_path: Path) -> None:
    site, allowed_log, _ = sites
    fetcher = _fetcher(tmp_path)
    summary = fetcher.fetch_all([f"{site}/private/report", f"{site}/public", f"{site}/private"])
    fetcher.close()
    assert [r.status for r in summary.results] == ["refused", "saved", "refused"]
    assert summary.results[0].detail == f"robots.txt of {site} disallows this URL"
    assert allowed_log.seen == ["/robots.txt", "/public"]


def test_crawl_delay_raises_the_delay_and_polite_waits_do_not_count_against_the_deadline(
    sites, tmp_path: Path
) -> None:
    site, allowed_log, _ = sites
    allowed_log.robots_txt = ROBOTS + b"Crawl-delay: 2\n"  # whole seconds, as urllib.robotparser reads it
    fetcher = _fetcher(tmp_path, deadline=1.0)  # shorter than the wait before each request
    started = time.monotonic()
    summary = fetcher.fetch_all([f"{site}/one", f"{site}/two"])
    fetcher.close()
    assert [r.status for r in summary.results] == ["saved", "saved"], summary.results
    assert time.monotonic() - started >= 4.0  # robots.txt, then 2 s, /one, then 2 s, /two


def test_retry_after_as_an_http_date_is_waited_for(sites, tmp_path: Path) -> None:
    site, allowed_log, _ = sites
    pauses: list[float] = []
    fetcher = _fetcher(tmp_path, sleep=pauses.append)
    result = fetcher.fetch(f"{site}/retry-date")
    fetcher.close()
    assert result.status == "saved"
    assert len(pauses) == 1 and 35 < pauses[0] <= 40
    assert allowed_log.seen.count("/retry-date") == 2


def test_a_retry_after_past_the_deadline_gives_up_with_the_reason(sites, tmp_path: Path) -> None:
    site, _, _ = sites
    fetcher = _fetcher(tmp_path, deadline=10, sleep=lambda _: None)
    result = fetcher.fetch(f"{site}/retry-date")
    fetcher.close()
    assert result.status == "failed"
    assert result.detail.startswith("HTTP 503; waiting 3")
    assert result.detail.endswith("s more would pass the 10 s deadline")


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("120", 120.0),
        ("Wed, 25 Nov 2026 12:01:30 GMT", 90.0),
        ("Wed, 25 Nov 2026 11:00:00 GMT", 0.0),  # a date already past: retry now
        ("soon", None),
        ("", None),
    ],
)
def test_retry_after_reads_seconds_and_http_dates(header: str, seconds: float | None) -> None:
    now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    assert parse_retry_after(header, now) == seconds


def test_cli_fetch_takes_a_size_cap_and_a_deadline(sites, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from etl.cli import app

    site, _, _ = sites
    result = CliRunner().invoke(app, ["fetch", f"{site}/page", f"{site}/drip", "--out", str(tmp_path), "--delay", "0",
                                      "--allow-host", "127.0.0.1", "--max-bytes", "20", "--deadline", "1"])  # fmt: skip
    assert result.exit_code == 1, result.output
    assert "response of 35 bytes is over the 20-byte cap (--max-bytes)" in result.output
    assert "response of 100,000 bytes is over the 20-byte cap" in result.output
    assert "fetch: 0 saved, 0 unchanged, 2 failed, 0 refused" in result.output
