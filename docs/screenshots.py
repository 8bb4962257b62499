"""Screenshots of every dashboard page over the bundled sample, into docs/screenshots/.

    .venv/bin/python docs/screenshots.py [--out docs/screenshots]

Builds the sample store in a temporary folder (captured 3 February 2025, as `make demo` does),
serves it with `ktpulse dashboard`, and photographs each page of the registry
(dashboard/pages.py) in Debian's Chromium once every chart is drawn."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playwright.sync_api import Page, sync_playwright  # noqa: E402

from dashboard.pages import PAGES  # noqa: E402
from etl.pipeline.refresh import refresh  # noqa: E402
from tests.streamlit_server import launch_chromium, serve_dashboard  # noqa: E402

SAMPLE = ROOT / "data" / "kt_page_sample.txt"
SAMPLE_OBSERVED_AT = datetime(2025, 2, 3, 18, 0)
VIEWPORT = {"width": 1400, "height": 1000}


def _settle(page: Page) -> None:
    """Wait until the script run is over and Plotly has drawn every chart."""
    page.wait_for_selector("h1", timeout=60_000)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=60_000
    )
    page.wait_for_function(
        "() => [...document.querySelectorAll('.js-plotly-plot')].every(p => p._fullLayout)", timeout=60_000
    )
    page.wait_for_timeout(1500)


def _content_height(page: Page) -> int:
    """The page's full height once it stops growing (charts size themselves after the run)."""
    height = 0
    for _ in range(30):
        page.wait_for_timeout(700)
        now = page.evaluate("() => document.querySelector('[data-testid=\"stMain\"]').scrollHeight")
        if now == height:
            break
        height = now
    return int(height)


def take(out: Path) -> list[Path]:
    """Serve the sample store and write one full-page PNG per page; returns the files."""
    out.mkdir(parents=True, exist_ok=True)
    taken = []
    with tempfile.TemporaryDirectory() as folder:
        inbox = Path(folder) / "pages"
        inbox.mkdir()
        shutil.copy(SAMPLE, inbox / SAMPLE.name)
        db = Path(folder) / "ktpulse.duckdb"
        refresh(db, [inbox], observed_at=SAMPLE_OBSERVED_AT)
        with serve_dashboard(db) as base, sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            page = browser.new_page(viewport=VIEWPORT)
            for number, app_page in enumerate(PAGES):
                page.set_viewport_size(VIEWPORT)
                page.goto(f"{base}/{'' if number == 0 else app_page.url_path}")  # the first is served at /
                _settle(page)
                # Streamlit scrolls inside its main block, not the window: grow the window to fit it.
                page.set_viewport_size(
                    {"width": VIEWPORT["width"], "height": min(_content_height(page), 12_000)}
                )
                _settle(page)
                path = out / f"{app_page.url_path}.png"
                page.screenshot(path=str(path))
                taken.append(path)
                if app_page.name == "explorer":  # its second tab: the flagged contradictions
                    page.set_viewport_size(VIEWPORT)
                    # The tab is built when opened: a rerun to wait for.
                    page.get_by_role("tab", name="Flagged contradictions").click()
                    page.wait_for_timeout(1000)
                    _settle(page)
                    page.set_viewport_size(
                        {"width": VIEWPORT["width"], "height": min(_content_height(page), 12_000)}
                    )
                    _settle(page)
                    path = out / "explorer-contradictions.png"
                    page.screenshot(path=str(path))
                    taken.append(path)
            for path in taken:
                print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
            browser.close()
    return taken


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    take(options.parse_args().out)


if __name__ == "__main__":
    main()
