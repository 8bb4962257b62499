"""Fetching from a local HTTP server (127.0.0.1 only), HTML pages, and the schedule."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from etl.cli import app
from etl.pipeline.fetch import USER_AGENT, Fetcher
from etl.pipeline.refresh import refresh
from etl.pipeline.schedule import parse_interval, run_schedule
from etl.sites.html import html_to_text
from etl.sites.ktkz.pages import parse_page
from tests.conftest import SAMPLE_PAGE

HTML_FIXTURE = Path(__file__).resolve().parent / "fixtures" / "kt_page_sample.html"


class KtHandler(BaseHTTPRequestHandler):
    """Serves the HTML fixture with an ETag; /flaky fails twice first; logs what it saw."""

    seen: list[dict] = []
    flaky_failures = 0

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        KtHandler.seen.append({"path": self.path, "agent": self.headers.get("User-Agent"),
                               "if_none_match": self.headers.get("If-None-Match")})  # fmt: skip
        if self.path == "/flaky" and KtHandler.flaky_failures < 2:
            KtHandler.flaky_failures += 1
            self.send_response(503)
            self.end_headers()
            return
        if self.path == "/missing":
            self.send_response(404)
            self.end_headers()
            return
        if self.path == "/slow":
            time.sleep(0.4)  # an answer slower than the delay
        body = HTML_FIXTURE.read_bytes()
        if self.headers.get("If-None-Match") == '"v1"':
            self.send_response(304)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("ETag", '"v1"')
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:  # keep test output quiet
        pass


@pytest.fixture()
def site() -> Iterator[str]:
    KtHandler.seen, KtHandler.flaky_failures = [], 0
    server = ThreadingHTTPServer(("127.0.0.1", 0), KtHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def _fetcher(raw: Path) -> Fetcher:
    return Fetcher(raw, allowed_hosts=("127.0.0.1",), delay=0.0, backoff=0.01)


def test_html_page_parses_exactly_like_its_text_copy() -> None:
    from_text = parse_page(SAMPLE_PAGE.read_text(encoding="utf-8")).listings
    from_html = parse_page(html_to_text(HTML_FIXTURE.read_text(encoding="utf-8"))).listings
    assert from_html == from_text


def test_fetch_saves_page_and_record_then_refresh_uses_url_and_fetch_time(site: str, tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    fetcher = _fetcher(raw)
    result = fetcher.fetch(f"{site}/en/news/taza")
    fetcher.close()
    assert result.status == "saved" and result.path.read_bytes() == HTML_FIXTURE.read_bytes()
    assert KtHandler.seen[0]["agent"] == USER_AGENT
    summary = refresh(tmp_path / "s.duckdb", [raw])
    assert (summary.files_ingested, summary.articles_added, summary.snapshots_added) == (1, 16, 17)
    with duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True) as con:
        ((url, origin, encoding),) = con.execute(
            "SELECT url, observed_at_source, encoding FROM pages"
        ).fetchall()
        (main_url,) = con.execute("SELECT url FROM articles WHERE url IS NOT NULL").fetchall()[0]
    assert (url, origin, encoding) == (f"{site}/en/news/taza", "fetch", "utf-8")
    assert main_url == url


def test_second_fetch_is_a_conditional_get_and_saves_nothing(site: str, tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    first = _fetcher(raw)
    first.fetch(f"{site}/page")
    first.close()
    again = _fetcher(raw)  # a new process would read the same state file
    result = again.fetch(f"{site}/page")
    again.close()
    assert result.status == "unchanged"
    assert KtHandler.seen[-1]["if_none_match"] == '"v1"'
    assert len(list(raw.rglob("*.html"))) == 1


def test_server_errors_are_retried_with_backoff(site: str, tmp_path: Path) -> None:
    pauses: list[float] = []
    fetcher = Fetcher(tmp_path, allowed_hosts=("127.0.0.1",), delay=0.0, backoff=0.5, sleep=pauses.append)
    result = fetcher.fetch(f"{site}/flaky")
    fetcher.close()
    assert result.status == "saved"
    assert [p for p in pauses if p > 0] == [0.5, 1.0]  # backoff doubles
    assert sum(1 for seen in KtHandler.seen if seen["path"] == "/flaky") == 3


def test_requests_keep_the_delay_between_them(site: str, tmp_path: Path) -> None:
    pauses: list[float] = []
    fetcher = Fetcher(tmp_path, allowed_hosts=("127.0.0.1",), delay=5.0, sleep=pauses.append)
    summary = fetcher.fetch_all([f"{site}/a", f"{site}/b", f"{site}/missing"])
    fetcher.close()
    assert [r.status for r in summary.results] == ["saved", "saved", "failed"]
    assert summary.results[2].detail == "HTTP 404"
    # robots.txt is the first request to the host; every later one waits its turn
    assert len([p for p in pauses if p > 4]) == 3


def test_the_delay_runs_from_the_answer_of_a_slow_request(site: str, tmp_path: Path) -> None:
    """A request answered after longer than the delay does not let the next one follow at once:
    the host gets the delay between one answer and the next request (a loaded machine once sent two
    requests 2 ms apart when the first one's sending lagged)."""
    pauses: list[float] = []
    fetcher = Fetcher(tmp_path, allowed_hosts=("127.0.0.1",), delay=0.2, sleep=pauses.append)
    fetcher.fetch_all([f"{site}/slow", f"{site}/a"])
    fetcher.close()
    # robots.txt, then /slow (0.4 s to answer), then /a: it waits about the whole delay after /slow
    assert len(pauses) == 2 and pauses[-1] > 0.15, pauses


def test_hosts_off_the_allow_list_are_refused_without_a_request(site: str, tmp_path: Path) -> None:
    fetcher = Fetcher(tmp_path, delay=0.0)  # default allow-list: kt.kz only
    refused = fetcher.fetch(f"{site}/page")
    not_http = fetcher.fetch("ftp://kt.kz/file")
    fetcher.close()
    assert refused.status == not_http.status == "refused"
    assert "host 127.0.0.1 is not on the allow-list (kt.kz, www.kt.kz)" in refused.detail
    assert KtHandler.seen == []


def test_cli_fetch_reports_each_url_and_exits_1_on_failures(site: str, tmp_path: Path) -> None:
    urls = tmp_path / "urls.txt"
    urls.write_text(f"# kt.kz pages\n{site}/one\n\n{site}/missing\n")
    result = CliRunner().invoke(app, ["fetch", "--urls", str(urls), "--out", str(tmp_path / "raw"), "--delay", "0",
                                      "--allow-host", "127.0.0.1"])  # fmt: skip
    assert result.exit_code == 1, result.output
    assert "fetch: 1 saved, 0 unchanged, 1 failed, 0 refused" in result.output


def test_truncated_html_is_read_up_to_the_cut_with_a_warning(tmp_path: Path) -> None:
    page = tmp_path / "cut.html"
    page.write_text(HTML_FIXTURE.read_text()[:3000])
    summary = refresh(tmp_path / "s.duckdb", [page])
    assert summary.rejected == [] and summary.articles_added == 2  # the main article and one related
    assert summary.warnings[0] == (str(page), "truncated page: HTML ends without </html>; read up to the cut")


@pytest.mark.parametrize(("text", "seconds"), [("90s", 90), ("30m", 1800), ("2h", 7200), ("1d", 86400)])
def test_intervals(text: str, seconds: float) -> None:
    assert parse_interval(text) == seconds


def test_bad_interval_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["schedule", "--every", "soon", "--db", str(tmp_path / "s.duckdb")])
    assert result.exit_code == 2 and "not an interval: 'soon'" in result.output


def test_schedule_runs_on_its_interval_and_survives_a_failing_run() -> None:
    calls, pauses = [], []

    def once() -> int:
        calls.append(len(calls))
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return 0

    code = run_schedule(60, 3, once, sleep=pauses.append)
    assert calls == [0, 1, 2] and code == 0
    assert len(pauses) == 2 and all(55 < p <= 60 for p in pauses)


def test_cli_schedule_fetches_refreshes_and_logs_each_run(site: str, tmp_path: Path) -> None:
    urls = tmp_path / "urls.txt"
    urls.write_text(f"{site}/en/news/taza\n")
    db, raw, log = tmp_path / "s.duckdb", tmp_path / "raw", tmp_path / "schedule.log"
    result = CliRunner().invoke(app, ["schedule", "--every", "1s", "--runs", "2", "--fetch", str(urls), "--raw", str(raw),
                                      "--delay", "0", "--allow-host", "127.0.0.1", "--db", str(db),
                                      "--log-file", str(log)])  # fmt: skip
    assert result.exit_code == 0, result.output
    runs = [line for line in log.read_text().splitlines() if " refresh " in line]
    assert (
        "fetch: 1 saved, 0 unchanged" in log.read_text() and "fetch: 0 saved, 1 unchanged" in log.read_text()
    )
    assert len(runs) == 2
    assert "1 ingested" in runs[0] and "16 new articles" in runs[0]
    assert "0 ingested" in runs[1] and "1 unchanged" in runs[1]
