"""A flagged pair in a real browser (Debian's Chromium): the explorer's Contradictions tab on a
store where reports that cannot both hold exist says what is compared, and each side names its item."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import expect, sync_playwright

from tests.streamlit_server import launch_chromium, serve_dashboard
from tests.test_dashboard_browser import SCREENSHOTS


def test_a_flagged_pair_names_its_items_and_what_makes_it_a_contradiction(disagreeing_store: Path) -> None:
    with serve_dashboard(disagreeing_store) as base, sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = browser.new_context(viewport={"width": 1400, "height": 1000}).new_page()
        page.goto(f"{base}/explorer")
        page.get_by_role("tab", name="Flagged contradictions").click()
        main = page.locator("[data-testid='stMain']")
        expect(main).to_contain_text("cannot both hold", timeout=60_000)
        expect(main).to_contain_text("differently worded items are not compared", timeout=60_000)
        expect(main.get_by_text("3.0× apart").first).to_be_visible(timeout=60_000)
        expect(main.locator("[data-testid='stMetric']").filter(has_text="reported: ").first).to_be_visible(
            timeout=60_000
        )
        page.wait_for_timeout(1000)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "explorer-flagged-pair.png"), full_page=True)
        browser.close()
