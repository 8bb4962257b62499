"""Issue 12's promises in a real browser over the cross-language store (tests/fixtures/cross_language):
one series per page across English, Russian and Kazakh with each fact drawn once, the language
filter narrowing every page, sentences in their own language around an English app, and the
Russian figure that contradicts the English and Kazakh ones flagged under any language's filter."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect, sync_playwright

from tests.streamlit_server import launch_chromium, serve_dashboard
from tests.test_cross_language_store import cross_store  # noqa: F401  (the store fixture)
from tests.test_mixed_language_browser import _choose_language, _go, _settle, _shot

CYRILLIC = re.compile(r"[\u0400-\u04ff]")


@pytest.fixture(scope="module")
def page(cross_store: Path) -> Iterator[tuple[Page, str]]:  # noqa: F811
    with serve_dashboard(cross_store) as base, sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
        yield context.new_page(), base
        browser.close()


def _open(page: Page, base: str, path: str, language: str | None = None) -> None:
    """A page with the filters reset (a new URL), then one language chosen in the sidebar."""
    page.goto(f"{base}/{path}")
    page.wait_for_selector("[data-testid='stSidebarNav']", timeout=60_000)
    _settle(page)
    if language:
        _choose_language(page, language)
        _settle(page)


def test_the_series_pages_hold_each_fact_once_whatever_its_language(page: tuple[Page, str]) -> None:
    browser, base = page
    main = browser.locator("[data-testid='stMain']")
    _open(browser, base, "taza")
    expect(main).to_contain_text("610,000", timeout=60_000)
    expect(main).to_contain_text("Reported in 3 articles")  # English, Russian and Kazakh: one fact
    _shot(browser, "cross-taza-all.png")
    _go(browser, "Scholarships")
    expect(main).to_contain_text("3 of 3 student categories", timeout=60_000)
    table = main.locator("[data-testid='stDataFrame'], [data-testid='stTable']").first
    expect(table).to_be_visible(timeout=60_000)
    expect(main).not_to_contain_text("no date")  # the English amounts share the others' start
    _shot(browser, "cross-scholarships-all.png")
    _go(browser, "IT exports")
    browser.wait_for_selector(".js-plotly-plot", timeout=60_000)
    bars = main.locator(".js-plotly-plot text")
    expect(bars.filter(has_text="$1 B · 2025")).to_have_count(1, timeout=30_000)  # once, not 3 x $1 B
    expect(bars.filter(has_text="$850 M · 2025")).to_have_count(1)
    _shot(browser, "cross-it-all.png")
    for heading in browser.locator("h1").all_inner_texts():
        assert not CYRILLIC.search(heading), heading


@pytest.mark.parametrize(
    ("language", "taza_sentence", "it_values", "articles"),
    [
        ("Kazakh", "610 мың адам қатысты", ["$1 B"], "4 articles"),
        ("Russian", "приняли участие 610 тысяч человек", ["$1 B · 2025", "$850 M · 2025"], "6 articles"),
        ("English", "drew 610,000 participants", ["$1 B"], "3 articles"),
    ],
)
def test_the_language_filter_narrows_every_page_to_sentences_as_written(
    page: tuple[Page, str], language: str, taza_sentence: str, it_values: list[str], articles: str
) -> None:
    browser, base = page
    main = browser.locator("[data-testid='stMain']")
    name = language.lower()
    _open(browser, base, "taza", language)
    expect(main).to_contain_text(taza_sentence, timeout=60_000)
    expect(main).not_to_contain_text("Reported in 3 articles")  # only this language's report
    _shot(browser, f"cross-taza-{name}.png")
    _go(browser, "Scholarships")
    expect(main).to_contain_text("3 of 3 student categories", timeout=60_000)
    _shot(browser, f"cross-scholarships-{name}.png")
    _go(browser, "IT exports")
    for value in it_values:
        expect(main).to_contain_text(value, timeout=60_000)
    _shot(browser, f"cross-it-{name}.png")
    _go(browser, "Articles")
    # the caption opens with the count ("4 articles; times are Kazakhstan time; views: ...")
    expect(main.get_by_text(re.compile(rf"^{re.escape(articles)};"))).to_be_visible(timeout=60_000)
    _shot(browser, f"cross-articles-{name}.png")
    _go(browser, "Overview")
    card = browser.locator("[data-testid='stMetric']").filter(has_text="Flagged contradictions")
    expect(card).to_contain_text("1", timeout=60_000)  # each language reports one of the two figures
    _shot(browser, f"cross-overview-{name}.png")


def test_the_explorer_shows_a_kazakh_fact_with_its_other_languages_and_flags_the_russian_figure(
    page: tuple[Page, str],
) -> None:
    browser, base = page
    main = browser.locator("[data-testid='stMain']")
    _open(browser, base, "explorer", "Kazakh")
    expect(main).to_contain_text("2025 жылы ІТ-қызметтердің экспорты 1 млрд долларға жетті", timeout=60_000)
    # the newest Kazakh figure, one fact with the English and Russian reports of it, each as written
    expect(main).to_contain_text("Also reported in 2 other articles", timeout=60_000)
    expect(main).to_contain_text("IT services exports reach $1 billion in 2025")
    expect(main).to_contain_text("Экспорт IT-услуг в 2025 году достиг 1 млрд долларов")
    _shot(browser, "cross-explorer-kazakh.png")
    browser.get_by_role("tab", name="Flagged contradictions").click()
    _settle(browser)
    expect(main).to_contain_text("IT services exports: volume · 2025 · actual", timeout=60_000)
    expect(main).to_contain_text("$850,000,000")
    expect(main).to_contain_text("$1,000,000,000")
    _shot(browser, "cross-explorer-contradictions-kazakh.png")
