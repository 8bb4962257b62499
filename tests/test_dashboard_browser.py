"""End to end: a real `streamlit run` server, driven by Debian's headless Chromium via Playwright."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect, sync_playwright

from dashboard import format as fmt
from dashboard import queries as q
from dashboard.queries import Filters, Store

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
# Without the background-networking flags Chromium keeps dialling out on a closed network.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]  # fmt: skip
SCREENSHOTS = Path(os.environ.get("KTPULSE_SCREENSHOTS", ROOT / "build" / "screenshots"))
PAGES = {
    "overview": 1,
    "readership": 6,  # 5 + the last day's growth (the sample is one capture: no equal-age values, no curve)
    "taza": 2,  # progress, then the chosen series (one at a time)
    "scholarships": 1,
    "it-exports": 2,  # the exports and the Hub companies; no target has a bar, so they are listed, not charted
    "explorer": 1,
    "articles": 0,
}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server(sample_store: Path) -> Iterator[str]:
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard" / "app.py"), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false", "--client.toolbarMode", "viewer"],
        env=dict(os.environ, KTPULSE_DB=str(sample_store)), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if urllib.request.urlopen(f"{base}/_stcore/health", timeout=2).read() == b"ok":
                break
        except OSError:
            time.sleep(0.5)
    else:
        process.kill()
        pytest.fail(f"streamlit did not start: {process.stdout.read().decode()[-2000:]}")
    yield base
    process.terminate()
    process.wait(timeout=20)


@pytest.fixture(scope="module")
def page(server: str) -> Iterator[Page]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
        yield context.new_page()
        browser.close()


def _open(page: Page, server: str, path: str) -> None:
    page.goto(f"{server}/{path}")
    page.wait_for_selector("h1", timeout=60_000)


@pytest.mark.parametrize(("path", "charts"), PAGES.items())
def test_every_page_renders_its_charts_in_a_real_browser(
    page: Page, server: str, path: str, charts: int
) -> None:
    _open(page, server, path)
    expect(page.locator(".js-plotly-plot")).to_have_count(charts, timeout=60_000)
    expect(page.locator("[data-testid='stException']")).to_have_count(0)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.wait_for_timeout(1000)  # let Plotly finish drawing before the picture
    page.screenshot(path=str(SCREENSHOTS / f"{path or 'overview'}.png"))


def test_sidebar_navigation_and_a_topic_filter_change_the_page(page: Page, server: str) -> None:
    _open(page, server, "")
    articles = page.locator("[data-testid='stMetric']").filter(has_text="Articles")
    expect(articles).to_contain_text("16")
    topics = page.locator("[data-testid='stSidebar'] [data-testid='stMultiSelect']").first
    topics.click()
    page.keyboard.type("Justice")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")  # close the options list, which makes the rest of the page inert
    expect(articles).to_contain_text("1", timeout=30_000)
    expect(articles).not_to_contain_text("16")
    page.locator("[data-testid='stSidebarNav'] a").filter(has_text="Articles").click()
    expect(page.locator("h1").filter(has_text="Articles")).to_be_visible(timeout=30_000)
    expect(page.locator("[data-testid='stSidebar']")).to_contain_text(
        "Justice"
    )  # the filter survived the switch
    page.screenshot(path=str(SCREENSHOTS / "articles-filtered-justice.png"))


def test_chart_downloads_give_csv_data_and_a_png_image(page: Page, server: str, tmp_path: Path) -> None:
    _open(page, server, "scholarships")
    with page.expect_download(timeout=60_000) as download:
        page.get_by_role("button", name="⬇ CSV data").first.click()
    csv_file = tmp_path / download.value.suggested_filename
    download.value.save_as(csv_file)
    assert csv_file.name == "scholarships-monthly-amount.csv"
    assert "master's students" in csv_file.read_text() and "117098" in csv_file.read_text()
    # each amount says how its period was found (the sample's year comes from an earlier sentence)
    header, first = csv_file.read_text().splitlines()[:2]
    assert "period_basis" in header.split(",") and "from the headline or an earlier sentence" in first
    with page.expect_download(timeout=120_000) as download:
        page.get_by_role("button", name="⬇ PNG").first.click()
    png_file = tmp_path / download.value.suggested_filename
    download.value.save_as(png_file)
    assert png_file.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert png_file.stat().st_size > 10_000


def test_explorer_shows_each_periods_basis_and_keeps_only_stated_ones_on_demand(
    page: Page, server: str, sample_store: Path, tmp_path: Path
) -> None:
    found = q.indicators(Store.open(sample_store), Filters())
    stated = int((found["period_basis"] == "sentence").sum())
    assert 0 < stated < len(found)  # the sample's figures are dated more than one way
    _open(page, server, "explorer")
    caption = page.locator("[data-testid='stCaptionContainer']").filter(
        has_text=re.compile(r"^[\d,]+ figures?")
    )
    expect(caption).to_contain_text(fmt.plural(len(found), "figure"), timeout=60_000)
    grid = page.locator("[data-testid='stDataFrame']").first
    # the grid draws its cells after the caption; under load (a shared CI machine) later than the
    # default 5 s, once twice in a row
    expect(grid).to_contain_text("period basis", timeout=30_000)
    # short labels that fit the column (the help gives the full words), never a cut long one
    expect(grid).to_contain_text(fmt.period_basis_short("sentence"), timeout=30_000)
    grid.hover()
    page.mouse.wheel(0, 600)  # the sample's inferred periods are past the grid's first rows (wrapped, tall)
    expect(grid).to_contain_text(fmt.period_basis_short("context"), timeout=30_000)
    expect(grid).not_to_contain_text("from the headline or")
    page.screenshot(path=str(SCREENSHOTS / "explorer-period-basis.png"))
    with page.expect_download(timeout=60_000) as download:  # the chart's data names every basis in words
        page.get_by_role("button", name="⬇ CSV data").first.click()
    csv_file = tmp_path / download.value.suggested_filename
    download.value.save_as(csv_file)
    text = csv_file.read_text()
    assert "period_basis" in text.splitlines()[0] and "in its sentence" in text
    page.get_by_text("Periods stated in the figure's own sentence only").click()
    expect(caption).to_contain_text(fmt.plural(stated, "figure"), timeout=30_000)
    expect(grid).not_to_contain_text(fmt.period_basis_short("context"))
    expect(page.locator("[data-testid='stException']")).to_have_count(0)
    page.screenshot(path=str(SCREENSHOTS / "explorer-stated-only.png"))


# Each fact chart's labels as its data has them and as the page's plotly.js drew them.
LABELS = """() => [...document.querySelectorAll('.js-plotly-plot')].map(gd => ({
    given: gd._fullData.flatMap(t => (Array.isArray(t.text) ? t.text : [])).filter(s => s && s.trim()).sort(),
    drawn: [...gd.querySelectorAll('.textpoint text')].map(t => t.textContent).filter(s => s.trim()).sort(),
    faded: gd._fullData.filter(t => t.opacity < 1).map(t => t.name),
}))"""


def test_every_span_label_and_the_undated_mark_are_drawn_on_the_taza_events_chart(
    page: Page, server: str
) -> None:
    """The app's plotly.js dropped labels of a trace whose other marks had empty labels (the
    second of two spans of one item went unlabelled); the events chart has two stated spans and
    one figure with no period stated ("more than 15 thousand events", past work told under the
    lead's plan year, +carry18), drawn faded."""
    _open(page, server, "taza")
    page.locator("[data-testid='stRadio'] label").filter(has_text="Events held").click()
    page.wait_for_function(
        "() => [...document.querySelectorAll('.js-plotly-plot')].some(gd => gd._fullData.some(t => t.opacity < 1))",
        timeout=60_000,
    )
    (events,) = [chart for chart in page.evaluate(LABELS) if chart["faded"]]
    assert events["drawn"] == events["given"] and len(events["given"]) == 3, events
    assert events["faded"] == ["events · actual (undated)"]


def test_the_overview_is_served_at_its_own_path_as_well_as_at_the_root(page: Page, server: str) -> None:
    for path in ("overview", ""):
        _open(page, server, path)
        expect(page.locator("h1").filter(has_text="Kazakhstan Today at a glance")).to_be_visible(
            timeout=30_000
        )
        expect(page.get_by_text("Page not found")).to_have_count(0)
    # listed once in the menu, under its title
    expect(page.locator("[data-testid='stSidebarNav'] a").filter(has_text="Overview")).to_have_count(1)
