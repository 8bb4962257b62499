"""Each dashboard page as the user feels it: a real Streamlit server over a synthetic store, timed
in Chromium from the navigation click until every chart is drawn, with a cold cache and warm.

    python bench/dashboard_browser.py [--articles 100000] [--db build/bench/synthetic_100000.duckdb] [--runs 3]

Builds the store through the real pipeline unless it exists (bench/dashboard_queries.py), so
a second run reuses it. Each run starts a fresh server (an empty query cache), lands on one
page, then clicks every other page's link in the sidebar once (cold: this page's queries and
figures are not cached yet) and then every page again (warm). A page counts as shown when
Streamlit has reported the script run finished (its `script_finished` message), no element of
the previous page is left (stale), and every Plotly chart has drawn its SVG. The landing page
is measured cold in a second server session per run that lands elsewhere. Prints the medians.

On a shared machine the wall times carry everyone's load (the load average is printed), so
each visit's CPU time is printed too: the Streamlit server process's (all its threads, from
/proc) and the page's renderer main thread's (Chrome's TaskDuration). They show which side the
time is spent on; they inflate under load too, less than the wall time.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dashboard_queries import build  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg  # noqa: E402

from dashboard.pages import PAGES  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]  # fmt: skip
TIMEOUT_MS = 120_000

# True once the page is fully shown: the script has finished (checked by the caller, from
# Streamlit's own message), nothing of the previous page is left (stale), and every chart has
# drawn: a chart's element container (stPrintGraphic) exists before Plotly's lazily loaded
# component does, so it is the one counted.
_DRAWN = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') return false;
  if (document.querySelector('[data-stale="true"]')) return false;
  const charts = document.querySelectorAll(
    '[data-testid="stElementContainer"].stPrintGraphic, [data-testid="stPlotlyChart"]');
  return [...charts].every((chart) => chart.querySelector('.js-plotly-plot .main-svg'));
}"""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Visit:
    wall: float  # seconds from the click until the page is fully shown
    server_cpu: float  # CPU seconds of the Streamlit process meanwhile
    browser_cpu: float  # CPU seconds of the page's renderer main thread meanwhile


def _process_cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def _browser_cpu(cdp) -> float:
    metrics = cdp.send("Performance.getMetrics")["metrics"]
    return next(m["value"] for m in metrics if m["name"] == "TaskDuration")


@contextmanager
def serve(db: Path) -> Iterator[tuple[str, int]]:
    """A fresh `streamlit run` of the app over `db` (so an empty query cache); yields its URL
    and process id."""
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard" / "app.py"), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false"],
        env=dict(os.environ, KTPULSE_DB=str(db)), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if urllib.request.urlopen(f"{base}/_stcore/health", timeout=2).read() == b"ok":
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError("streamlit did not start within 60 s") from None
                time.sleep(0.3)
        yield base, process.pid
    finally:
        process.terminate()
        process.wait(timeout=20)


class Tab:
    """A browser page on the app that counts the script runs Streamlit reports finished (its
    `script_finished` message on the websocket): a cached page can run and stop between two
    looks at the DOM, so the running indicator alone can be missed."""

    def __init__(self, browser) -> None:
        self.page = browser.new_page(viewport={"width": 1400, "height": 1000})
        self.cdp = self.page.context.new_cdp_session(self.page)
        self.cdp.send("Performance.enable")
        self.finished = 0
        self.page.on("websocket", lambda socket: socket.on("framereceived", self._frame))

    def _frame(self, payload: bytes | str) -> None:
        if isinstance(payload, bytes):
            message = ForwardMsg()
            message.ParseFromString(payload)
            if message.WhichOneof("type") == "script_finished":
                self.finished += 1

    def _wait_for_run(self, runs_before: int) -> None:
        deadline = time.monotonic() + TIMEOUT_MS / 1000
        while self.finished == runs_before:
            if time.monotonic() > deadline:
                raise TimeoutError("Streamlit reported no finished script run")
            self.page.wait_for_timeout(2)  # lets Playwright deliver the websocket frames

    def land(self, base: str, url_path: str) -> None:
        runs_before = self.finished
        self.page.goto(
            f"{base}/{url_path if url_path != PAGES[0].url_path else ''}"
        )  # the first page is at /
        self._wait_for_run(runs_before)
        self.page.wait_for_function(_DRAWN, timeout=TIMEOUT_MS, polling="raf")

    def click_to(self, name: str, server_pid: int) -> Visit:
        """Click the sidebar link of page `name` and wait until the page is fully shown."""
        link = self.page.locator('[data-testid="stSidebarNav"] a').nth([p.name for p in PAGES].index(name))
        server_before, browser_before = _process_cpu(server_pid), _browser_cpu(self.cdp)
        runs_before = self.finished
        started = time.perf_counter()
        link.click()
        self._wait_for_run(runs_before)
        self.page.wait_for_function(_DRAWN, timeout=TIMEOUT_MS, polling="raf")
        wall = time.perf_counter() - started
        return Visit(wall, _process_cpu(server_pid) - server_before, _browser_cpu(self.cdp) - browser_before)


def one_run(browser, db: Path) -> tuple[dict[str, Visit], dict[str, Visit]]:
    """(cold, warm) visits per page name for one fresh server."""
    cold: dict[str, Visit] = {}
    warm: dict[str, Visit] = {}
    landing, other = PAGES[0], PAGES[-1]
    with serve(db) as (base, pid):
        tab = Tab(browser)
        tab.land(base, landing.url_path)
        for app_page in PAGES[1:]:
            cold[app_page.name] = tab.click_to(app_page.name, pid)
        for app_page in PAGES:
            warm[app_page.name] = tab.click_to(app_page.name, pid)
        tab.page.close()
    with serve(db) as (base, pid):  # the landing page's own cold time: land elsewhere first
        tab = Tab(browser)
        tab.land(base, other.url_path)
        cold[landing.name] = tab.click_to(landing.name, pid)
        tab.page.close()
    return cold, warm


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--articles", type=int, default=100_000)
    options.add_argument("--db", type=Path, help="default: build/bench/synthetic_ARTICLES.duckdb")
    options.add_argument("--runs", type=int, default=3)
    args = options.parse_args()
    db = args.db or ROOT / "build" / "bench" / f"synthetic_{args.articles}.duckdb"
    if not db.exists():
        db.parent.mkdir(parents=True, exist_ok=True)
        build(db, args.articles)
    colds: dict[str, list[Visit]] = {p.name: [] for p in PAGES}
    warms: dict[str, list[Visit]] = {p.name: [] for p in PAGES}
    loads = [os.getloadavg()[0]]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for run in range(args.runs):
            cold, warm = one_run(browser, db)
            loads.append(os.getloadavg()[0])
            for name in cold:
                colds[name].append(cold[name])
                warms[name].append(warm[name])
            print(f"run {run + 1}: " + ", ".join(f"{n} {cold[n].wall:.2f}/{warm[n].wall:.2f}" for n in cold),
                  flush=True)  # fmt: skip
        browser.close()
    print(f"\nstore {db} ({args.articles:,} articles); medians of {args.runs} runs; "
          f"click -> every chart drawn; {os.cpu_count()} cores, load average "
          f"{min(loads):.1f}-{max(loads):.1f} during the runs")  # fmt: skip
    print(f"{'':14}{'wall time, s':>16}{'server CPU, s':>18}{'browser CPU, s':>18}")
    print(f"{'page':<14}" + f"{'cold':>8}{'warm':>8}" * 3 + f"{'CPU sum cold/warm':>20}")
    for app_page in PAGES:
        row = [
            statistics.median(getattr(v, field) for v in visits)
            for field in ("wall", "server_cpu", "browser_cpu")
            for visits in (colds[app_page.name], warms[app_page.name])
        ]
        sums = f"{row[2] + row[4]:.2f} / {row[3] + row[5]:.2f}"
        print(f"{app_page.name:<14}" + "".join(f"{value:8.2f}" for value in row) + f"{sums:>20}")


if __name__ == "__main__":
    main()
