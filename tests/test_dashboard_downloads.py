"""A table's download is read by programs: the value a number, the unit, kind and period's days
in columns of their own, whatever the screen folds into a cell ("target: 5 %" at a 900 px window).
And what a 900 px window shows of the Articles list and the Taza series, in a real browser."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from playwright.sync_api import Page, WebSocket, expect, sync_playwright

from dashboard import queries as q
from dashboard.article_list import ARTICLE_COLUMNS, article_data, article_rows
from dashboard.components import CHECKBOXES, TABLE_ROOM_900
from dashboard.queries import Filters, Store
from dashboard.table_downloads import figure_data
from tests.streamlit_server import launch_chromium, serve_dashboard

MACHINE_COLUMNS = {
    "value",
    "unit",
    "kind",
    "qualifier",
    "period_start",
    "period_end",
    "item",
    "sentence",
    "url",
}


def test_a_figures_table_downloads_its_value_as_a_number_and_its_kind_apart(sample_store: Path) -> None:
    store = Store.open(sample_store)
    for found in (q.newest_figures(store, Filters()), q.indicators(store, Filters())):
        data = figure_data(found)
        assert set(data.columns) >= MACHINE_COLUMNS, list(data.columns)
        assert pd.api.types.is_float_dtype(data["value"])
        assert pd.api.types.is_datetime64_any_dtype(data["period_start"])
        # the inflation target the screen writes "target: 5 %"
        target = data[(data["kind"] == "target") & (data["unit"] == "percent") & (data["value"] == 5.0)]
        assert len(target) >= 1 and target["sentence"].str.contains("5%").all()


def test_an_articles_own_figures_download_with_the_article_they_are_in(sample_store: Path) -> None:
    store = Store.open(sample_store)
    article = q.articles(store, Filters(), "National Fund").iloc[0]
    data = figure_data(q.article_indicators(store, article["article_id"]), title=article["title"], url="u")
    assert {"value", "kind", "sentence", "title", "url"} <= set(data.columns)
    assert set(data["title"]) == {article["title"]}


def test_the_articles_list_gives_each_articles_language_and_figure_count(sample_store: Path) -> None:
    found = q.articles(Store.open(sample_store), Filters())
    assert set(found["language"]) == {"en"}
    assert found["figures"].sum() == q.headline_counts(Store.open(sample_store), Filters())["indicators"]
    table = article_rows(found)
    assert list(table.columns[:4]) == ["published", "title", "lang", "figures"]
    # the four end within a 900 px window's table, beside the row's checkbox
    assert CHECKBOXES + sum(ARTICLE_COLUMNS[name]["width"] for name in table.columns[:4]) <= TABLE_ROOM_900
    assert {"article_id", "published_at", "language", "figures", "views", "url"} <= set(
        article_data(found).columns
    )


@pytest.fixture(scope="module")
def browser_page(sample_store: Path) -> Iterator[tuple[Page, str]]:
    with serve_dashboard(sample_store) as base, sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        yield browser.new_page(viewport={"width": 1400, "height": 1000}), base
        browser.close()


@pytest.mark.parametrize(
    ("path", "key", "search"),
    [
        ("overview", "newest_figures", None),
        ("explorer", "explorer_figures", None),
        ("articles", "articles_list", None),
        ("articles", "figures_of_", ("Search titles and text", "inflation")),  # the article's own figures
    ],
)
def test_a_tables_download_is_machine_readable_and_its_grids_own_is_hidden(
    browser_page: tuple[Page, str], path: str, key: str, search: tuple[str, str] | None
) -> None:
    page, base = browser_page
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.goto(f"{base}/{path}")
    page.wait_for_selector("h1", timeout=60_000)
    if search:
        page.get_by_label(search[0]).fill(search[1])
        page.keyboard.press("Enter")
    holder = page.locator(f"[class*='st-key-{key}']").first
    grid = holder.locator("[data-testid='stDataFrame']")
    expect(grid).to_be_visible(timeout=60_000)
    page.wait_for_timeout(1000)
    grid.hover()
    # the toolbar is drawn on hover: its search is there, its download of the cells as shown is not
    expect(holder.get_by_role("button", name="Search")).to_be_visible(timeout=10_000)
    expect(holder.locator("button[aria-label='Download as CSV']")).to_be_hidden()
    with page.expect_download() as download:
        page.locator(f"[class*='st-key-download-{key}']").get_by_role("button").click()
    rows = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8"))))
    assert rows
    if path == "articles" and key == "articles_list":
        assert {"published_at", "language", "figures", "views", "url"} <= set(rows[0])
        assert all(row["figures"].isdigit() for row in rows)
        return
    assert set(rows[0]) >= MACHINE_COLUMNS, list(rows[0])
    for row in rows:
        float(row["value"])  # a number, never "target: 5 %"
        assert row["kind"] in {"actual", "target", "plan", "forecast"}


def test_every_taza_series_is_named_whole_at_a_900_px_window_without_scrolling(
    browser_page: tuple[Page, str],
) -> None:
    # dash24 left the series in tabs whose row scrolled sideways at 900 px ("Events he›")
    page, base = browser_page
    page.set_viewport_size({"width": 900, "height": 1000})
    try:
        page.goto(f"{base}/taza")
        choices = page.locator("[data-testid='stRadio'] label")
        expect(choices.first).to_be_visible(timeout=60_000)
        page.wait_for_timeout(500)
        boxes = [choices.nth(n).bounding_box() for n in range(choices.count())]
        names = choices.all_inner_texts()
        main = page.locator("[data-testid='stMain']").bounding_box()
    finally:
        page.set_viewport_size({"width": 1400, "height": 1000})
    assert len(names) >= 5 and all(names), names
    assert main and all(box and box["x"] >= main["x"] and box["x"] + box["width"] <= 900 for box in boxes), (
        boxes
    )


def test_a_tables_spare_room_goes_to_its_article_and_a_span_breaks_after_its_dash() -> None:
    from dashboard.components import FIGURE_COLUMNS, period_cells, spare_room_to

    table = pd.DataFrame(columns=["figure", "item", "period", "article", "published"])
    assert spare_room_to(FIGURE_COLUMNS, table, "article", None) is FIGURE_COLUMNS  # not measured yet
    wide = spare_room_to(FIGURE_COLUMNS, table, "article", 900, selectable=True)
    assert sum(wide[name]["width"] for name in table.columns) + 48 == 900
    assert wide["item"] == FIGURE_COLUMNS["item"]  # the others keep their widths
    assert spare_room_to(FIGURE_COLUMNS, table, "article", 400) is FIGURE_COLUMNS  # no room to spare
    days = pd.to_datetime(pd.Series(["2026-01-01", "2024-01-01", "2025-09-01"]))
    ends = pd.to_datetime(pd.Series(["2028-12-31", "2024-12-31", "2026-03-31"]))
    # the grid broke "2026–2028" into "2026–202" and "8" in a 76 px column
    assert period_cells(days, ends) == ["2026– 2028", "2024", "Sep 2025– Mar 2026"]


# The explorer's article cells, as the grid's accessible table holds them.
ARTICLE_CELLS = r"""() => {
    const grid = document.querySelector(".st-key-explorer_figures [data-testid='stDataFrame']");
    if (!grid) return null;
    const headers = [...grid.querySelectorAll('[role=columnheader]')].map(h => h.textContent);
    // a narrow window's grid (dash28b) writes the day before the article: "24.01.2025 · Title"
    const column = headers.includes('article') ? headers.indexOf('article') : headers.indexOf('date · article');
    return [...grid.querySelectorAll('[role=row]')].slice(1)
        .map(row => row.querySelectorAll('[role=gridcell]')[column]?.textContent).filter(Boolean)
        .map(cell => cell.replace(/^\d\d\.\d\d\.\d{4} · /, ''));
}"""


def test_the_explorers_article_column_takes_a_wide_windows_room(browser_page: tuple[Page, str]) -> None:
    # dash24: the grid shares a wider window's room among all nine columns alike, and at 1400 px
    # the article kept ~116 px, its titles in seven lines (ending in "…" since dash25)
    page, base = browser_page
    cut: dict[int, int] = {}
    for width in (900, 1400):
        page.set_viewport_size({"width": width, "height": 1000})
        page.goto(f"{base}/explorer")
        page.wait_for_selector("h1", timeout=60_000)
        page.get_by_label("Search item and sentence").fill("IT services")  # a long title's figures
        page.keyboard.press("Enter")
        page.wait_for_function(f"() => ({ARTICLE_CELLS})()?.length > 0", timeout=60_000)
        page.wait_for_timeout(3000)  # the room measured, the page run again
        cells = page.evaluate(ARTICLE_CELLS)
        cut[width] = sum(cell.endswith("…") for cell in cells)
    page.set_viewport_size({"width": 1400, "height": 1000})
    assert cut[900] > 0 and cut[1400] == 0, cut


def _measure_reports(page: Page) -> list[bytes]:
    """The websocket frames in which the table-room measure reports a room (each reruns the page)."""
    reports: list[bytes] = []

    def watch(socket: WebSocket) -> None:
        socket.on(
            "framesent",
            lambda frame: (
                reports.append(frame) if isinstance(frame, bytes) and b"table_room_measure" in frame else None
            ),
        )

    page.on("websocket", watch)
    return reports


def test_a_link_to_a_page_opens_that_page_and_a_known_room_reruns_nothing(
    browser_page: tuple[Page, str],
) -> None:
    # dash25's measure reported before the browser knew its page, and that rerun opened the
    # default page: a link to /taza showed the Overview (seen in a fresh-clone CI, and by hand)
    page, base = browser_page
    context = page.context.browser.new_context(viewport={"width": 1400, "height": 1000})  # type: ignore[union-attr]
    fresh = context.new_page()
    reports = _measure_reports(fresh)
    for path in ("taza", "scholarships", "it-exports", "explorer"):
        for remembered in (False, True):
            if not remembered:
                context.clear_cookies()
            before = len(reports)
            fresh.goto(f"{base}/{path}")
            fresh.wait_for_selector(".js-plotly-plot, [data-testid='stDataFrame']", timeout=60_000)
            fresh.wait_for_timeout(2500)  # a report, and the run it starts
            assert fresh.url.endswith(f"/{path}"), (path, remembered, fresh.url)
            expect(fresh.locator("h1").first).not_to_contain_text("at a glance")
            # a new visit starts with the room the browser measured before, and reports only a change
            assert len(reports) - before == (0 if remembered else 1), (path, remembered)
    room = {c["name"]: c["value"] for c in context.cookies()}["ktpulse_table_room"]
    assert int(room) % 20 == 0 and 900 < int(room) < 1400, room
    context.close()


def test_a_title_whose_first_word_fits_its_column_is_not_cut_to_that_word(
    browser_page: tuple[Page, str],
) -> None:
    # dash27: the width estimate made "primeminister.kz" 121 px, and the explorer's 116 px article
    # column at a 900 px window showed "primeminister…" alone; the grid draws the word in 99.6 px
    # of the column's 100 (tests/test_dashboard_reader_lines.py: the grid's breaks, seen in Chromium)
    page, base = browser_page
    page.set_viewport_size({"width": 900, "height": 1000})
    try:
        page.goto(f"{base}/explorer")
        page.wait_for_selector("h1", timeout=60_000)
        page.get_by_label("Search item and sentence").fill("post-secondary")
        page.keyboard.press("Enter")
        # the search's rows only (the table of every figure is there first)
        page.wait_for_function(
            f"() => {{ const cells = ({ARTICLE_CELLS})(); "
            "return cells?.length > 0 && cells.every(cell => cell.startsWith('primeminister')); }",
            timeout=60_000,
        )
        page.wait_for_timeout(3000)  # the room measured, the page run again
        cells = page.evaluate(ARTICLE_CELLS)
    finally:
        page.set_viewport_size({"width": 1400, "height": 1000})
    assert cells and all(cell.startswith("primeminister.kz — Improving") for cell in cells), cells
