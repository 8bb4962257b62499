"""Issue 12's promises end to end on a fresh store of English, Russian and Kazakh kt.kz pages that
tell the same facts (tests/fixtures/cross_language, sources in its README): each article's language
from its text and its page's URL, one series across languages without summing a fact's reports,
one fact with a source per language, the language filter, sentences as written, and a figure in
one language that contradicts another language's flagged."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from dashboard import queries as q
from dashboard.queries import Filters, Store
from etl.extract.catalog import load_catalog
from etl.extract.topics import load_taxonomy
from etl.pipeline.refresh import refresh
from etl.transform.ingest import RawInput, parse_input

CROSS_LANGUAGE = Path(__file__).resolve().parent / "fixtures" / "cross_language"
OBSERVED_AT = datetime(2026, 2, 1, 12, 0)  # as the pages' fetch records say


def build_store(folder: Path, pages: list[str] | None = None) -> Path:
    """A store made by `refresh` from the fixture pages (all, or the named ones) with their fetch records."""
    for page in sorted(CROSS_LANGUAGE.glob("*.txt")):
        if pages is None or page.name in pages:
            shutil.copy(page, folder / page.name)
            shutil.copy(page.with_name(page.name + ".fetch.json"), folder / (page.name + ".fetch.json"))
    db = folder / "ktpulse.duckdb"
    summary = refresh(db, [folder])
    assert summary.exit_code == 0 and not summary.warnings, (summary.rejected, summary.warnings)
    return db


@pytest.fixture(scope="session")
def cross_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("cross_language"))


def _sql(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def _fact_languages(db: Path, metric_id: str, value: float) -> list[tuple]:
    """(sources, languages of the reporting articles) of each fact of this metric and value."""
    return _sql(
        db,
        "SELECT f.sources, list(DISTINCT a.language ORDER BY a.language) FROM metric_facts f "
        "JOIN indicators i ON i.metric_id = f.metric_id AND i.value = f.value AND i.kind = f.kind "
        " AND i.category IS NOT DISTINCT FROM f.category "
        " AND i.period_start IS NOT DISTINCT FROM f.period_start AND i.period_end IS NOT DISTINCT FROM f.period_end "
        "JOIN articles a ON a.article_id = i.article_id "
        "WHERE f.metric_id = ? AND f.value = ? GROUP BY f.sources, f.period_start ORDER BY f.sources",
        [metric_id, value],
    )


def test_each_article_has_the_language_of_its_text_and_its_page_url(cross_store: Path) -> None:
    languages = dict(_sql(cross_store, "SELECT title, language FROM articles"))
    assert len(languages) == 13
    assert languages["IT services exports reach $1 billion in 2025"] == "en"
    assert languages["В Астане открылся новый ледовый каток"] == "ru"  # a related item: from its text
    assert languages["Алматыда кітап көрмесі ашылды"] == "kk"
    assert sorted(set(languages.values())) == ["en", "kk", "ru"]
    # each page's main article keeps the URL its fetch record gives, whose path names the edition
    urls = _sql(cross_store, "SELECT language, url FROM articles WHERE url IS NOT NULL ORDER BY url")
    assert [(language, url.split("/")[3]) for language, url in urls] == [
        ("en", "eng"), ("kk", "kaz"), ("ru", "rus"), ("ru", "rus")]  # fmt: skip


def test_an_added_articles_url_names_its_edition_as_a_fetched_pages_does() -> None:
    """A kt.kz/kaz article that quotes a Russian statement: its edition is in its URL, whether the
    URL comes from a fetch record or from the sidecar `ktpulse add --url` writes."""
    body = "Министр: «Экспорт IT-услуг в 2025 году составил 1 млрд долларов»".encode()
    url = "https://www.kt.kz/kaz/economy/it-eksport"
    sidecar = f'{{"published": "2026-01-15", "title": "IT экспорты", "url": "{url}"}}'.encode()
    taxonomy, catalog = load_taxonomy(), load_catalog()
    added = parse_input(RawInput("story.txt", body, OBSERVED_AT, "mtime", None, sidecar), taxonomy, catalog)
    (listing,) = added.listings
    assert (listing.listing.language, added.url) == ("kk", url)
    unsaid = sidecar.replace(b"/kaz/", b"/news/")  # a path that names no edition: the text decides
    assert parse_input(RawInput("story.txt", body, OBSERVED_AT, "mtime", None, unsaid), taxonomy,
                       catalog).listings[0].listing.language == "ru"  # fmt: skip


@pytest.mark.parametrize(
    "metric_id, value",
    [("taza.participants", 610_000), ("taza.trees_planted", 180_000), ("it.exports_usd", 1e9)],
)
def test_the_same_figure_in_three_languages_is_one_fact_with_a_source_in_each(
    cross_store: Path, metric_id: str, value: float
) -> None:
    assert _fact_languages(cross_store, metric_id, value) == [(3, ["en", "kk", "ru"])]


def test_the_scholarship_amounts_of_three_languages_are_one_fact_per_student_group(cross_store: Path) -> None:
    """The English amounts take their start from the sentence before them ("new monthly state
    scholarships from 1 September 2024"), as the Russian and Kazakh lists take theirs."""
    for value in (47_135, 107_061, 240_000):
        assert _fact_languages(cross_store, "scholarship.monthly_amount", value) == [(3, ["en", "kk", "ru"])]


def test_every_language_fills_the_taza_scholarship_and_it_series_never_summing_a_fact(
    cross_store: Path,
) -> None:
    store = Store.open(cross_store)
    for languages in [("en",), ("ru",), ("kk",), ()]:
        filters = Filters(languages=languages)
        taza = q.metric_values(store, filters, "taza.")
        assert sorted(taza["value"]) == [180_000, 610_000], languages  # one row a fact, never 3 x 610,000
        scholarships = q.metric_values(store, filters, "scholarship.")
        assert set(scholarships["value"]) == {47_135, 107_061, 240_000}, languages
        assert set(scholarships["category"]) == {
            "bachelor's students",
            "master's students",
            "doctoral students",
        }
        it = q.metric_values(store, filters, "it.")
        assert sorted(it["value"]) == ([850e6, 1e9] if languages in [("ru",), ()] else [1e9]), languages
    everything = q.metric_values(store, Filters(), "taza.")
    assert sorted(everything["sources"]) == [3, 3]


def test_the_language_filter_narrows_every_count(cross_store: Path) -> None:
    store = Store.open(cross_store)
    counts = {code: q.headline_counts(store, Filters(languages=(code,))) for code in ("en", "ru", "kk")}
    assert [counts[code]["articles"] for code in ("en", "ru", "kk")] == [3, 6, 4]
    assert q.headline_counts(store, Filters())["articles"] == 13
    assert {code: counts[code]["pages_ingested"] for code in counts} == {"en": 1, "ru": 2, "kk": 1}
    for code in ("en", "ru", "kk"):
        languages = {q.article(store, a)["language"].iloc[0]
                     for a in q.articles(store, Filters(languages=(code,)))["article_id"]}  # fmt: skip
        assert languages == {code}


def test_a_figure_is_shown_with_its_sentence_as_written(cross_store: Path) -> None:
    store = Store.open(cross_store)
    for code, words in [("ru", "экспорт IT-услуг составил 850 млн долларов"), ("kk", "610 мың адам қатысты")]:
        found = q.indicators(store, Filters(languages=(code,)))
        sentences = [q.indicator_detail(store, i)["sentence"].iloc[0] for i in found["indicator_id"]]
        assert any(words in sentence for sentence in sentences), (code, sentences)


def test_a_figure_contradicting_another_languages_is_flagged(tmp_path: Path) -> None:
    """'850 млн долларов' in Russian against '$1 billion' and '1 млрд долларға' in English and
    Kazakh, with no Russian report of $1 billion: the items are worded in three languages, and
    the catalog names them all 'exports of IT services'."""
    db = build_store(tmp_path, ["en_it_exports.txt", "ru_taza.txt", "kk_scholarships.txt"])
    pairs = _sql(
        db,
        "SELECT c.metric_id, c.value_a, c.value_b, a.language, b.language FROM contradictions c "
        "JOIN articles a ON a.article_id = c.article_id_a JOIN articles b ON b.article_id = c.article_id_b",
    )
    assert [pair[:4] for pair in pairs] == [("it.exports_usd", 850e6, 1e9, "ru")]
    assert pairs[0][4] in ("en", "kk")


def test_a_flagged_pair_counts_under_the_filter_of_either_figures_reports(cross_store: Path) -> None:
    """The pair is shown by the first report of each figure (Russian here); the Kazakh and English
    articles also report $1 billion, so the pair touches their selection too."""
    store = Store.open(cross_store)
    assert q.contradiction_count(store) == 1
    for code in ("en", "ru", "kk"):
        assert q.contradiction_count(store, Filters(languages=(code,))) == 1, code
        assert q.headline_counts(store, Filters(languages=(code,)))["contradictions"] == 1, code
    assert len(q.contradictions(store, Filters(languages=("kk",)))) == 1
    taza_only = Filters(topics=("ecology",))
    assert q.contradiction_count(store, taza_only) == 0
    # the Kazakh report prints "ІТ" in Cyrillic letters: still Digital & IT, still the exports series
    assert q.contradiction_count(store, Filters(topics=("digital",), languages=("kk",))) == 1
