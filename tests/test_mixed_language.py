"""A store of English, Russian and Kazakh pages: one fact across languages, the language filter,
and the Taza/Scholarships/IT series filled from every edition (queries and a real browser)."""

from __future__ import annotations

import re
import shutil
from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from dashboard import charts
from dashboard import queries as q
from dashboard.queries import Filters, Store
from etl.pipeline.refresh import refresh
from etl.store import database, migrations
from etl.store.publish import live_slot
from tests.conftest import SAMPLE_PAGE

FIXTURES = Path(__file__).resolve().parent / "fixtures"
RU_OBSERVED_AT = datetime(2026, 3, 14, 12, 0)
MIXED_PAGES = [SAMPLE_PAGE, FIXTURES / "kt_page_sample_ru.txt", *sorted((FIXTURES / "mixed").glob("*.txt"))]


@pytest.fixture(scope="session")
def mixed_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real DuckDB file built by `refresh` from pages of all three editions."""
    folder = tmp_path_factory.mktemp("mixed_store")
    for page in MIXED_PAGES:
        shutil.copy(page, folder / page.name)
    db = folder / "ktpulse.duckdb"
    # Captured after every page's newest stamp: a page cannot list an article not yet published.
    summary = refresh(db, [folder], observed_at=RU_OBSERVED_AT)
    assert summary.exit_code == 0, (summary.rejected, summary.warnings)
    return db


def _sql(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def test_every_article_carries_its_language(mixed_store: Path) -> None:
    counts = dict(_sql(mixed_store, "SELECT language, count(*) FROM articles GROUP BY 1"))
    assert set(counts) == {"en", "ru", "kk"} and counts["en"] == 16
    titles = dict(_sql(mixed_store, "SELECT title, language FROM articles"))
    assert titles["Шәкіртақы өседі"] == "kk"
    assert titles["Стипендии студентов вырастут с 1 сентября"] == "ru"


def test_the_same_figure_in_english_and_russian_is_one_fact_with_both_sources(mixed_store: Path) -> None:
    rows = _sql(
        mixed_store,
        "SELECT f.sources, list(DISTINCT a.language ORDER BY a.language) FROM metric_facts f "
        "JOIN indicators i ON i.metric_id = f.metric_id AND i.value = f.value AND i.kind = f.kind "
        " AND i.period_start IS NOT DISTINCT FROM f.period_start AND i.period_end IS NOT DISTINCT FROM f.period_end "
        "JOIN articles a ON a.article_id = i.article_id "
        "WHERE f.metric_id = ? AND f.value = ? GROUP BY f.sources",
        ["taza.participants", 6.2e6],
    )
    assert rows == [(3, ["en", "ru"])]  # two English articles and one Russian, one fact
    target = _sql(mixed_store, "SELECT sources FROM metric_facts WHERE metric_id = 'it.exports_target_usd'")
    assert target == [(2,)]  # "$1 billion by 2026" in English and "1 млрд долларов к 2026 году"


def test_taza_scholarship_and_it_series_fill_from_russian_and_kazakh(mixed_store: Path) -> None:
    store = Store.open(mixed_store)
    for language, prefix, expected in [
        ("ru", "taza.", {6.2e6, 1.1e6, 1.6e6}),
        ("kk", "taza.", {3e6}),
        ("ru", "scholarship.", {117098, 262500}),
        ("kk", "scholarship.", {117098, 94862}),
        ("kk", "it.", {5e8}),
        ("ru", "it.", {1e9}),
    ]:
        facts = q.metric_values(store, Filters(languages=(language,)), prefix)
        assert set(facts["value"]) == expected, (language, prefix)
    english_only = q.metric_values(store, Filters(languages=("en",)), "taza.")
    everything = q.metric_values(store, Filters(), "taza.")
    assert 3e6 not in set(english_only["value"]) and 3e6 in set(everything["value"])


def test_language_filter_narrows_articles_readership_and_choices(mixed_store: Path) -> None:
    store = Store.open(mixed_store)
    assert q.filter_choices(store)["languages"] == ["en", "kk", "ru"]
    assert q.headline_counts(store, Filters(languages=("kk",)))["articles"] == 2
    assert q.headline_counts(store, Filters(languages=("ru", "kk")))["articles"] == 16
    found = q.indicators(store, Filters(languages=("kk",)))
    assert set(found["title"]) == {
        "IT-қызметтер экспорты 2024 жылы 500 млн долларға жетті",
        "Шәкіртақы өседі",
    }
    detail = q.indicator_detail(store, found["indicator_id"].iloc[0])
    assert "теңге" in detail["sentence"].iloc[0] or "долларына" in detail["sentence"].iloc[0]  # as written


def test_a_store_made_before_languages_gets_them_from_its_texts(mixed_store: Path, tmp_path: Path) -> None:
    old = tmp_path / "old.duckdb"
    shutil.copyfile(live_slot(mixed_store), old)
    expected = sorted(_sql(old, "SELECT article_id, language FROM articles"))
    with duckdb.connect(str(old)) as con:
        con.execute("ALTER TABLE articles DROP COLUMN language")
        step = migrations.MIGRATIONS.index(migrations._articles_carry_language)  # the version before it
        con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(step)])
    database.connect(old).close()  # a writable open migrates
    assert sorted(_sql(old, "SELECT article_id, language FROM articles")) == expected


def test_pages_ingested_follows_the_filters_like_the_other_cards(mixed_store: Path) -> None:
    store = Store.open(mixed_store)
    everything = q.headline_counts(store, Filters())
    assert everything["pages_ingested"] == len(MIXED_PAGES)
    kazakh = q.headline_counts(store, Filters(languages=("kk",)))
    listing = _sql(mixed_store, "SELECT count(DISTINCT l.page_id) FROM page_listings l JOIN articles a "
                                "USING (article_id) WHERE a.language = 'kk'")  # fmt: skip
    assert kazakh["pages_ingested"] == listing[0][0] < everything["pages_ingested"]
    assert q.headline_counts(store, Filters(topics=("no-such-topic",)))["pages_ingested"] == 0


# Cyrillic letters: the app's own words (series names, axis titles, bar labels) are English.
CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def test_series_legends_and_bar_labels_never_name_an_item_in_russian_or_kazakh(mixed_store: Path) -> None:
    store = Store.open(mixed_store)
    items = {i for (i,) in _sql(mixed_store, "SELECT item FROM indicators WHERE metric_id IS NOT NULL")}
    assert any(CYRILLIC.search(i or "") for i in items)  # the store has such items to leave out
    every = [Filters(), Filters(languages=("ru",)), Filters(languages=("kk",))]  # only their own items
    for chart in [chart for filters in every for build in (charts.taza, charts.it_exports, charts.scholarships,
                                                           charts.explorer) for chart in build(store, filters)]:  # fmt: skip
        layout = chart.figure.layout
        named = [trace.name or "" for trace in chart.figure.data]
        named += [str(y) for trace in chart.figure.data if trace.type == "bar" for y in trace.y]
        named += [
            getattr(layout[axis].title, "text", None) or ""
            for axis in layout
            if axis.startswith(("xaxis", "yaxis"))
        ]
        named += [layout.title.text or ""]
        assert not [name for name in named if CYRILLIC.search(name)], chart.name
        if "label" in chart.data:  # the progress rows' labels, which the page writes out
            assert not [label for label in chart.data["label"] if CYRILLIC.search(str(label))], chart.name
