"""A link or bookmark to each page, typed into a new browser, opens that page at a 900 and a 1400 px
window; a download works as soon as its page is shown; the sidebar's filters survive a page
switch and the rerun the table-room measure asks for (dashboard/table_room.py).

The measure reports the room a page's tables have, and its report reruns the page: mounted
before st.navigation() (dash25) that rerun opened the default page, so a link to /taza showed the
Overview. Each check waits for the state it checks (the measure's cookie, the end of the run),
never on a sleep alone: a fresh-clone CI on a slower machine failed two browser tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect, sync_playwright

from dashboard.pages import PAGES
from dashboard.table_room import COOKIE
from tests.streamlit_server import launch_chromium, serve_dashboard

HEADINGS = {
    "overview": "Kazakhstan Today at a glance",
    "readership": "Readership",
    "taza": "Taza Kazakstan",
    "scholarships": "State scholarships",
    "it-exports": "IT services exports",
    "explorer": "Indicator explorer",
    "articles": "Articles",
}
SLOW = 90_000  # ms: a first run on a slow machine builds every cached query


@pytest.fixture(scope="module")
def served(sample_store: Path) -> Iterator[tuple[Browser, str]]:
    with serve_dashboard(sample_store) as base, sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        yield browser, base
        browser.close()


def _new_visit(browser: Browser, width: int) -> tuple[BrowserContext, Page]:
    """A new browser context: no cookie, so the measure reports its room once and reruns the page."""
    context = browser.new_context(viewport={"width": width, "height": 1000}, accept_downloads=True)
    return context, context.new_page()


def _measured_and_settled(page: Page) -> None:
    """Wait until the measure has reported (its cookie is set just before) and the run that report
    starts is over: Streamlit marks the elements of a run in progress stale and shows its status."""
    page.wait_for_function(f"() => document.cookie.includes('{COOKIE}=')", timeout=SLOW)
    page.wait_for_timeout(300)  # the rerun's first message: then its stale marks and status show
    expect(page.locator("[data-testid='stStatusWidget']")).to_have_count(0, timeout=SLOW)
    expect(page.locator("[data-stale='true']")).to_have_count(0, timeout=SLOW)


@pytest.mark.parametrize("width", [900, 1400])
def test_a_link_typed_into_a_new_browser_opens_its_page(served: tuple[Browser, str], width: int) -> None:
    browser, base = served
    assert set(HEADINGS) == {page.url_path for page in PAGES}
    for app_page in PAGES:
        context, page = _new_visit(browser, width)
        page.goto(f"{base}/{app_page.url_path}")
        heading = page.locator("h1").first
        expect(heading).to_have_text(HEADINGS[app_page.url_path], timeout=SLOW)
        _measured_and_settled(page)
        # still that page once the measure's rerun is over (dash25's opened the Overview here)
        expect(heading).to_have_text(HEADINGS[app_page.url_path])
        assert page.url == f"{base}/{app_page.url_path}", (width, page.url)
        expect(page.locator("[data-testid='stException']")).to_have_count(0)
        context.close()


@pytest.mark.parametrize(
    ("path", "button", "first_line"),
    [
        ("scholarships", "⬇ CSV data", "metric_id,label,"),  # a chart's data, made before the page is sent
        ("overview", "⬇ CSV of this table", "indicator_id,value,"),  # a table's, made with the page too
    ],
)
def test_a_download_works_as_soon_as_its_page_is_shown(
    served: tuple[Browser, str], path: str, button: str, first_line: str, tmp_path: Path
) -> None:
    browser, base = served
    context, page = _new_visit(browser, 900)  # the measure's rerun may come while it is pressed
    page.goto(f"{base}/{path}")
    pressed = page.get_by_role("button", name=button).first
    expect(pressed).to_be_visible(timeout=SLOW)
    with page.expect_download(timeout=SLOW) as download:
        pressed.click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    text = saved.read_text(encoding="utf-8-sig")
    assert text.startswith(first_line) and len(text.splitlines()) > 1, text[:200]
    context.close()


def test_the_sidebar_filters_survive_a_page_switch_and_a_resize(served: tuple[Browser, str]) -> None:
    browser, base = served
    context, page = _new_visit(browser, 900)
    page.goto(f"{base}/")
    _measured_and_settled(page)
    articles = page.locator("[data-testid='stMetric']").filter(has_text="Articles")
    expect(articles).to_contain_text("16", timeout=SLOW)
    topics = page.locator("[data-testid='stSidebar'] [data-testid='stMultiSelect']").filter(has_text="Topics")
    topics.click()
    page.keyboard.type("Justice")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")  # close the options list, which makes the rest of the page inert
    expect(articles).not_to_contain_text("16", timeout=SLOW)
    expect(articles).to_contain_text("1")
    page.locator("[data-testid='stSidebarNav'] a").filter(has_text="Articles").click()
    expect(page.locator("h1").first).to_have_text("Articles", timeout=SLOW)
    caption = page.get_by_text("1 article;")
    expect(caption).to_be_visible(timeout=SLOW)
    expect(topics).to_contain_text("Justice")
    # a wider window: the measure reports a new room and reruns the page, which keeps the filter
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.wait_for_function(
        f"() => Number((document.cookie.match(/{COOKIE}=(\\d+)/) || [])[1]) > 700", timeout=SLOW
    )
    _measured_and_settled(page)
    expect(page.locator("h1").first).to_have_text("Articles")
    expect(topics).to_contain_text("Justice")
    expect(caption).to_be_visible()
    context.close()
