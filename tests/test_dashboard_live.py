"""A served dashboard follows the store's refreshes: `ktpulse dashboard` as a user starts it,
refreshed twice with new pages, loaded in Chromium after each refresh."""

from __future__ import annotations

import re
import shutil
from datetime import datetime, timedelta
from pathlib import Path

import duckdb
from playwright.sync_api import expect, sync_playwright

from bench.synthetic_pages import PageWriter
from etl.pipeline.refresh import refresh
from tests.conftest import SAMPLE_OBSERVED_AT, SAMPLE_PAGE
from tests.streamlit_server import launch_chromium, serve_dashboard


def _article_count(db: Path) -> int:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]


def _overview_articles(page, base: str) -> str:
    page.goto(base)
    card = page.locator("[data-testid='stMetric']").filter(has_text="Articles").first
    expect(card).to_be_visible(timeout=60_000)
    return card.locator("[data-testid='stMetricValue']").inner_text()


def test_served_dashboard_shows_each_refresh(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(SAMPLE_PAGE, inbox / SAMPLE_PAGE.name)
    db = tmp_path / "live.duckdb"
    assert refresh(db, [inbox], observed_at=SAMPLE_OBSERVED_AT).exit_code == 0
    writer = PageWriter(seed=7)
    seen: list[str] = []
    with serve_dashboard(db) as base, sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        seen.append(_overview_articles(page, base))
        # A product, not a dev server: the viewer toolbar has no "Deploy" button.
        expect(page.get_by_role("button", name="Deploy")).to_have_count(0)
        for number in (1, 2):
            # A new page of ten new articles, captured a day later each time.
            when = datetime(2025, 2, 3, 12, 0) + timedelta(days=number)
            (inbox / f"new_{number}.txt").write_text(writer.page(1000 * number, 10, when), encoding="utf-8")
            assert refresh(db, [inbox], observed_at=when + timedelta(hours=6)).exit_code == 0
            seen.append(_overview_articles(page, base))
            assert seen[-1] == f"{_article_count(db):,}", (seen, Path(db).resolve().name)
        browser.close()
    counts = [int(re.sub(r"\D", "", text)) for text in seen]
    assert counts[0] == 16
    assert counts[0] < counts[1] < counts[2], counts
