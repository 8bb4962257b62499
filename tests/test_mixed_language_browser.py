"""A real Streamlit server over a store of English, Russian and Kazakh pages, driven by Debian's
Chromium: the Taza, Scholarships and IT pages draw Russian and Kazakh figures, the language
filter narrows every page, and article text is shown in its own language."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect, sync_playwright

from tests.streamlit_server import launch_chromium, serve_dashboard
from tests.test_dashboard_browser import SCREENSHOTS
from tests.test_mixed_language import mixed_store  # noqa: F401  (the store fixture)


@pytest.fixture(scope="module")
def mixed_server(mixed_store: Path) -> Iterator[str]:  # noqa: F811
    with serve_dashboard(mixed_store) as base:  # `ktpulse dashboard`, as a user serves it
        yield base


@pytest.fixture(scope="module")
def browser_page(mixed_server: str) -> Iterator[Page]:
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
        yield context.new_page()
        browser.close()


def _choose_language(page: Page, name: str) -> None:
    languages = page.locator("[data-testid='stSidebar'] [data-testid='stMultiSelect']").filter(
        has_text="Languages"
    )
    languages.click()
    page.keyboard.type(name)
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")  # close the options list


def _go(page: Page, title: str) -> None:
    """Switch pages through the sidebar, which keeps the filters (a new URL would reset them)."""
    page.locator("[data-testid='stSidebarNav'] a").filter(has_text=title).click()


def _settle(page: Page) -> None:
    """Wait for the rerun a filter change starts: Streamlit keeps the old elements, faded, until then."""
    page.wait_for_timeout(500)
    expect(page.locator("[data-stale='true']")).to_have_count(0, timeout=60_000)
    expect(page.locator("[data-testid='stStatusWidget']")).to_have_count(0, timeout=60_000)


def _shot(page: Page, name: str) -> None:
    _settle(page)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.wait_for_timeout(1000)  # let Plotly finish drawing before the picture
    page.screenshot(path=str(SCREENSHOTS / name), full_page=True)


def test_kazakh_and_russian_figures_fill_the_series_pages(
    browser_page: Page, mixed_server: str, tmp_path: Path
) -> None:
    page = browser_page
    page.goto(f"{mixed_server}/taza")
    page.wait_for_selector(".js-plotly-plot", timeout=60_000)
    expect(page.locator("[data-testid='stMain']")).to_contain_text(
        "1.1 B reported", timeout=30_000
    )  # English
    _choose_language(page, "Kazakh")
    expect(page.locator("[data-testid='stSidebar']")).to_contain_text("Kazakh", timeout=30_000)
    _settle(page)
    main = page.locator("[data-testid='stMain']")
    expect(main).not_to_contain_text("1.1 B reported", timeout=30_000)  # the English facts are filtered out
    expect(page.get_by_text("No Taza Kazakstan figure matches these filters.")).to_have_count(0)
    # Kazakh facts as marks on a chart, or as a fact card where a series holds one fact.
    expect(page.locator(".js-plotly-plot, [data-testid='stMetric']").first).to_be_visible(timeout=60_000)
    _shot(page, "mixed-taza-kazakh.png")

    _go(page, "Scholarships")
    expect(page.locator("h1").filter(has_text="State scholarships")).to_be_visible(timeout=30_000)
    expect(page.get_by_text("2 student categories")).to_be_visible(timeout=60_000)  # the Kazakh list's two
    with page.expect_download(timeout=60_000) as download:
        page.get_by_role("button", name="⬇ CSV data").first.click()
    csv_file = tmp_path / download.value.suggested_filename
    download.value.save_as(csv_file)
    text = csv_file.read_text(encoding="utf-8")
    # The Kazakh sentence under the English group name, one series across languages; no English
    # sentence, as the filter keeps Kazakh articles only.
    assert "магистранттарға" in text and "117098" in text and "category,master's students" in text
    assert "for master's students" not in text and "tenge" not in text
    _shot(page, "mixed-scholarships-kazakh.png")

    _go(page, "IT exports")
    # A series with one Kazakh fact is a fact card (value, period, sentence), not a chart.
    expect(page.locator(".js-plotly-plot, [data-testid='stMetric']").first).to_be_visible(timeout=60_000)
    expect(page.locator("[data-testid='stException']")).to_have_count(0)
    _shot(page, "mixed-it-kazakh.png")

    _go(page, "Articles")
    expect(page.locator("h1").filter(has_text="Articles")).to_be_visible(timeout=30_000)
    expect(page.get_by_text("2 articles")).to_be_visible(timeout=30_000)
    body = page.locator("[data-testid='stMain']")
    expect(body).to_contain_text("KAZAKHSTAN TODAY", timeout=30_000)
    expect(body).to_contain_text("экспорты")  # the Kazakh text as written
    _shot(page, "mixed-articles-kazakh.png")

    _choose_language(page, "Russian")  # both languages: more articles
    expect(page.get_by_text("16 articles")).to_be_visible(timeout=30_000)
    _go(page, "Scholarships")
    # Kazakh master's students and interns, Russian master's and doctoral students: the two lists share
    # master's students, one category whatever the language.
    expect(page.get_by_text("3 student categories")).to_be_visible(timeout=60_000)
    _shot(page, "mixed-scholarships-kazakh-russian.png")


def test_the_whole_store_is_not_compared_with_zeros_before_it_and_qualifiers_show(
    browser_page: Page, mixed_server: str
) -> None:
    page = browser_page
    page.goto(f"{mixed_server}/readership")
    page.wait_for_selector(".js-plotly-plot", timeout=60_000)
    _settle(page)
    main = page.locator("[data-testid='stMain']")
    # the default range is the whole store: what precedes it was never read, so no bar of 0 and no
    # "+31 vs previous period" on the cards; two periods of its own are compared instead, and the
    # title says which
    # (a chart's title and subtitles are page text above it since dash21, wrapped at any width)
    expect(main.get_by_text("the chosen period has no previous one", exact=False)).to_have_count(
        1, timeout=60_000
    )
    expect(
        main.locator(".js-plotly-plot text").filter(has_text=re.compile(r"^not in the store$"))
    ).to_have_count(0)
    expect(main).not_to_contain_text("vs previous period")
    _shot(page, "mixed-readership-previous-period.png")
    page.goto(f"{mixed_server}/taza")
    page.wait_for_selector(".js-plotly-plot", timeout=60_000)
    # "over 1.1 billion trees": the progress line and bar say "more than", as the sentence does
    expect(main).to_contain_text("more than 1.1 B reported for 2021–2024", timeout=30_000)
    # its words above its bar, the share on it (dash21: beside a short bar they ran off the plot)
    expect(main.locator(".js-plotly-plot text").filter(has_text="more than 1.1 B of 2 B")).to_have_count(1)
    expect(main.locator(".js-plotly-plot text").filter(has_text=re.compile(r"^55%$"))).to_have_count(1)


def test_contradictions_tab_flags_no_lower_bounds_nor_different_items(
    browser_page: Page, mixed_server: str
) -> None:
    """The mixed store's tree counts for 2021–2024 and 2024 ('1.1 million seedlings', 'more than
    12 million' and 'more than 1.1 billion trees', '3 млн көшет' (2023), 'about 1.6 million trees') can all
    hold: two lower bounds, or different items. The tab says no pair is flagged, the overview
    card counts none, and the Taza progress line carries no disagreement note."""
    page = browser_page
    page.goto(f"{mixed_server}/explorer")
    page.get_by_role("tab", name="Flagged contradictions").click()
    _settle(page)
    main = page.locator("[data-testid='stMain']")
    expect(main).to_contain_text("No contradiction flagged among these articles", timeout=60_000)
    expect(main).not_to_contain_text("apart")
    expect(main).not_to_contain_text("reported: seedlings")
    _shot(page, "mixed-explorer-contradictions.png")
    page.goto(f"{mixed_server}/")
    card = page.locator("[data-testid='stMetric']").filter(has_text="Flagged contradictions")
    expect(card).to_contain_text("0", timeout=60_000)
    _shot(page, "mixed-overview-contradictions.png")
    page.goto(f"{mixed_server}/taza")
    page.wait_for_selector(".js-plotly-plot", timeout=60_000)
    expect(main).to_contain_text("more than 1.1 B reported for 2021–2024", timeout=30_000)
    expect(main).not_to_contain_text("different figures")
    expect(main).not_to_contain_text("cannot all hold")
    _shot(page, "mixed-taza-no-contradiction-note.png")
