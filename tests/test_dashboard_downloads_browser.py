"""End to end: no press of a chart's PNG, SVG or HTML button is lost on a reader's first visit.

A new browser's first visit runs the page twice (the table-room measure reports the room and the
page reruns, dashboard/table_room.py). A button whose file was made when pressed got a new file id
at each run, and a press during the rerun gave nothing: 2 to 4 presses in 10 in Chromium
(docs/dashboard.md). The files are now made with the page (dashboard.chart_files)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Download, sync_playwright

from tests.streamlit_server import launch_chromium, serve_dashboard

LABELS = ("⬇ PNG", "⬇ SVG", "⬇ HTML")
# A press this long after the button first shows, one in each new browser: through the first run
# and the measure's rerun. Each label in turn, 15 presses a page (before the fix about a press in
# four was lost; a browser's presses are lost together, so one press a browser).
PRESSES = [(LABELS[n % len(LABELS)], 60 * n) for n in range(15)]
# JavaScript run in every new page: presses the first button labelled `label`, `delay` ms after it
# first shows, as a reader quick on the button would.
PRESSER = """
const label = %s, delay = %d;
window.__pressed = false;
const button = () => [...document.querySelectorAll('button')].find(b => b.innerText.trim() === label);
const look = () => {
  if (button()) { setTimeout(() => { button().click(); window.__pressed = true; }, delay); return; }
  requestAnimationFrame(look);
};
requestAnimationFrame(look);
"""


@pytest.fixture(scope="module")
def served(sample_store: Path) -> Iterator[tuple[str, Browser]]:
    with serve_dashboard(sample_store) as base, sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        # the server's first page starts its image browser (seconds); a reader's first visit,
        # the case here, comes to a server already serving
        warm = browser.new_page()
        deadline = time.monotonic() + 120
        while True:  # until its images are made with the page (its buttons then say nothing more)
            warm.goto(f"{base}/readership")
            warm.get_by_role("button", name="⬇ PNG").first.wait_for(timeout=120_000)
            if warm.get_by_role("button", name="⬇ PNG", exact=True).count() or time.monotonic() > deadline:
                break
            warm.wait_for_timeout(2000)
        warm.close()
        yield base, browser
        browser.close()


@pytest.mark.parametrize("path", ["scholarships", "readership"])
def test_no_press_of_a_charts_file_is_lost_on_a_first_visit(served: tuple[str, Browser], path: str) -> None:
    base, browser = served
    lost: list[str] = []
    for label, delay in PRESSES:
        context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
        context.add_init_script(PRESSER % (json.dumps(label), delay))
        page = context.new_page()
        downloads: list[Download] = []
        page.on("download", lambda download: downloads.append(download))  # noqa: B023 - its page ends with the loop
        page.goto(f"{base}/{path}")
        deadline = time.monotonic() + 90
        while not page.evaluate("window.__pressed") and time.monotonic() < deadline:
            page.wait_for_timeout(50)
        pressed = time.monotonic()
        while not downloads and time.monotonic() - pressed < 20:
            page.wait_for_timeout(100)
        if downloads:
            assert downloads[0].suggested_filename.endswith(f".{label[2:].lower()}")
            assert Path(downloads[0].path()).stat().st_size > 1000
        else:
            lost.append(f"{label} at {delay} ms")
        context.close()
    assert not lost, f"{len(lost)} of {len(PRESSES)} presses gave nothing: {lost}"
