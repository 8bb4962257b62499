"""A store whose pages an older page parser read: refresh reads every raw file still on disk
again (PARSER_VERSION differs), so the store shows what the current parser reads, with no
duplicate rows, the same capture times and the same article ids; a file no longer on disk keeps
its rows and is counted; a second refresh changes nothing."""

from __future__ import annotations

import shutil
import time
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

import etl.store.derived
import etl.transform.ingest
from bench.synthetic_pages import generate
from etl.cli import app
from etl.pipeline.refresh import FileBudget, refresh
from etl.sites import PARSER_VERSION, ParsedPage, parse
from etl.store.derived import EXTRACTOR_META_KEY, PARSER_META_KEY
from etl.store.writer import RefreshSummary
from tests.conftest import SAMPLE_OBSERVED_AT, SAMPLE_PAGE
from tests.test_integrity import KEYS

OLD_TITLE = " (as an older parser read it)"
# What is compared with a fresh build: every table a page feeds, without run ids and times.
CONTENTS = {
    "articles": "SELECT article_id, published_at, time_known, title, source, source_via, image_credit, body, "
    "url, first_page_id, body_page_id, topics, language FROM articles",
    "page_listings": "SELECT * FROM page_listings",
    "view_snapshots": "SELECT * FROM view_snapshots",
    "pages": "SELECT page_id, location, sha256, observed_at, observed_at_source, status, listings FROM pages",
    "article_topics": "SELECT * FROM article_topics",
    "indicators": "SELECT indicator_id, article_id, value, surface, metric_id, published_at FROM indicators",
    "latest_views": "SELECT * FROM latest_views",
    "metric_facts": "SELECT * FROM metric_facts",
    "contradictions": "SELECT * FROM contradictions",
}


def _rows(db: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql + " ORDER BY ALL").fetchall()


def _contents(db: Path) -> dict[str, list[tuple]]:
    return {table: _rows(db, sql) for table, sql in CONTENTS.items()}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    pages = tmp_path / "pages"
    generate(pages, articles=60, per_page=10, seed=5)
    shutil.copy(SAMPLE_PAGE, pages / SAMPLE_PAGE.name)
    return pages


def _older_parser(monkeypatch: pytest.MonkeyPatch, titles: bool = True, every_title: bool = False) -> None:
    """Parse as a parser of another version would: no publisher read, and (with titles) every
    article with a body (or every entry) under another title, hence another id."""

    def older(raw: bytes) -> ParsedPage:
        parsed = parse(raw)
        listings = tuple(
            replace(item, source=None, source_via=None, title=item.title + (OLD_TITLE if titles else ""))
            if item.body or every_title
            else item
            for item in parsed.page.listings
        )
        return ParsedPage(replace(parsed.page, listings=listings), parsed.encoding)

    monkeypatch.setattr(etl.transform.ingest, "parse", older)
    monkeypatch.setattr(etl.store.derived, "PARSER_VERSION", "older")


def _build_with_older_parser(
    db: Path, paths: list[Path], titles: bool = True, every_title: bool = False
) -> None:
    with pytest.MonkeyPatch.context() as patch:
        _older_parser(patch, titles, every_title)
        summary = refresh(db, paths, observed_at=SAMPLE_OBSERVED_AT)
    assert summary.files_ingested and not summary.reread


def test_a_store_of_an_older_parser_reads_its_files_again_and_equals_a_fresh_build(
    tmp_path: Path, folder: Path
) -> None:
    old, fresh = tmp_path / "old.duckdb", tmp_path / "fresh.duckdb"
    _build_with_older_parser(old, [folder])
    assert _rows(old, f"SELECT count(*) FROM articles WHERE title LIKE '%{OLD_TITLE}'")[0][0] > 10
    assert _rows(old, "SELECT count(*) FROM articles WHERE source IS NOT NULL") == [(0,)]
    ids_before = set(_rows(old, "SELECT article_id FROM articles"))
    # No --observed-at now: the files' capture times are the stored ones, not their mtimes.
    summary = refresh(old, [folder])
    refresh(fresh, [folder], observed_at=SAMPLE_OBSERVED_AT)
    files = len(list(folder.iterdir()))
    assert (len(summary.reread), summary.files_skipped, summary.parsed_earlier_gone) == (files, 0, 0)
    ids_after = set(_rows(old, "SELECT article_id FROM articles"))
    # A new title is a new id: the older reading's ids of those articles are gone, none left twice.
    # The new ids are what the new parser reads of known pages, not new articles.
    assert summary.articles_first_read == len(ids_after - ids_before) > 10
    assert (summary.files_ingested, summary.articles_added, summary.indicators_added) == (0, 0, 0)
    assert summary.articles_reread == len(ids_after)  # every file was read again
    assert summary.indicators_reread == _rows(old, "SELECT count(*) FROM indicators")[0][0] > 100
    assert summary.articles_dropped == len(ids_before - ids_after) > 10
    assert _rows(old, f"SELECT count(*) FROM articles WHERE title LIKE '%{OLD_TITLE}'") == [(0,)]
    assert _rows(old, "SELECT count(*) FROM articles WHERE source IS NOT NULL")[0][0] > 0
    assert _contents(old) == _contents(fresh)
    for table, key in KEYS.items():
        duplicates = f"SELECT count(*) FROM (SELECT {key} FROM {table} GROUP BY ALL HAVING count(*) > 1)"
        assert _rows(old, duplicates) == [(0,)], table
    assert _rows(old, f"SELECT value FROM meta WHERE key = '{PARSER_META_KEY}'") == [(PARSER_VERSION,)]


def test_a_second_refresh_after_reading_again_changes_nothing(tmp_path: Path, folder: Path) -> None:
    db = tmp_path / "s.duckdb"
    _build_with_older_parser(db, [folder])
    assert len(refresh(db, [folder], workers=2).reread) == len(list(folder.iterdir()))  # read in a pool
    before, runs = _contents(db), _rows(db, "SELECT count(*) FROM refresh_runs")
    summary = refresh(db, [folder])
    assert (summary.reread, summary.files_ingested, summary.parsed_earlier_gone) == ([], 0, 0)
    assert summary.files_skipped == len(list(folder.iterdir()))
    assert _contents(db) == before and _rows(db, "SELECT count(*) FROM refresh_runs") == runs


def test_article_ids_and_views_history_survive_reading_again(tmp_path: Path, folder: Path) -> None:
    db = tmp_path / "s.duckdb"
    _build_with_older_parser(db, [folder], titles=False)  # the older parser read the same titles
    history = "SELECT article_id, observed_at, views, page_id FROM view_snapshots"
    ids, snapshots = _rows(db, "SELECT article_id FROM articles"), _rows(db, history)
    seen_twice = "SELECT count(*) FROM (SELECT article_id FROM view_snapshots GROUP BY 1 HAVING count(*) > 1)"
    assert _rows(db, seen_twice)[0][0] > 5  # articles whose views were counted on several pages
    latest = _rows(db, "SELECT article_id, views, snapshots, captures FROM latest_views")
    summary = refresh(db, [folder])
    assert summary.reread and summary.articles_added == 0 and summary.snapshots_added == 0
    assert _rows(db, "SELECT article_id FROM articles") == ids
    assert _rows(db, history) == snapshots
    assert _rows(db, "SELECT article_id, views, snapshots, captures FROM latest_views") == latest


def test_a_file_gone_from_disk_keeps_its_rows_and_is_reported(tmp_path: Path, folder: Path) -> None:
    db = tmp_path / "s.duckdb"
    _build_with_older_parser(db, [folder])
    gone = folder / SAMPLE_PAGE.name
    sample_page = _rows(db, f"SELECT page_id FROM pages WHERE location = '{gone}'")
    kept = f"SELECT * FROM page_listings WHERE page_id = '{sample_page[0][0]}'"
    listed = f"SELECT a.* FROM articles a JOIN ({kept}) l USING (article_id)"
    before_listings, before_articles = _rows(db, kept), _rows(db, listed)
    assert any(OLD_TITLE in row[3] for row in before_articles)
    gone.unlink()
    result = CliRunner().invoke(app, ["refresh", str(folder), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "1 stored pages parsed by an older parser whose files are gone" in result.output
    assert f"{len(list(folder.iterdir()))} known files (parser changed)" in result.output
    assert _rows(db, kept) == before_listings and _rows(db, listed) == before_articles
    assert _rows(db, "SELECT count(*) FROM articles WHERE title LIKE '%" + OLD_TITLE + "'")[0][0] == sum(
        OLD_TITLE in row[3] for row in before_articles
    )
    second = CliRunner().invoke(app, ["refresh", str(folder), "--db", str(db), "--workers", "1"])
    assert "parsed by an older parser" not in second.output  # said once: the store is now current


def test_an_article_also_on_a_gone_page_takes_its_new_body_from_the_page_read_again(
    tmp_path: Path, folder: Path
) -> None:
    # The sample page's own article also listed (without a body) on a page whose file is gone.
    db = tmp_path / "s.duckdb"
    sample = folder / SAMPLE_PAGE.name
    main = parse(sample.read_bytes()).page.listings[0]
    stamp = f"{main.published_at:%d.%m.%Y, %H:%M} 999"
    listing_page = tmp_path / "elsewhere" / "listing.txt"
    listing_page.parent.mkdir()
    listing_page.write_text(f"Latest news\n{stamp}\n{main.title}\n", encoding="utf-8")
    _build_with_older_parser(db, [listing_page, sample], titles=False)
    of_main = f"SELECT source, body_page_id IS NOT NULL FROM articles WHERE title = '{main.title}'"
    assert _rows(db, of_main) == [(None, True)]
    listing_page.unlink()
    summary = refresh(db, [sample])
    assert (len(summary.reread), summary.parsed_earlier_gone) == (1, 1)
    assert _rows(db, of_main) == [(main.source, True)] and main.source
    views = f"SELECT views FROM view_snapshots v JOIN articles a USING (article_id) WHERE a.title = '{main.title}'"
    assert (999,) in _rows(db, views)


def test_a_body_the_new_reading_gives_to_another_id_leaves_the_old_id_kept_for_a_gone_page(
    tmp_path: Path, folder: Path
) -> None:
    # The older parser titled an article of the sample differently on both pages that show it;
    # the listing page is gone, so the old id stays (its sighting), but its body, read from the
    # sample page, now belongs to the new title's id: kept twice, its figures would count twice.
    db = tmp_path / "s.duckdb"
    sample = folder / SAMPLE_PAGE.name
    main = parse(sample.read_bytes()).page.listings[1]  # a related entry with a body and figures
    listing_page = tmp_path / "elsewhere" / "listing.txt"
    listing_page.parent.mkdir()
    listing_page.write_text(
        f"Latest news\n{main.published_at:%d.%m.%Y, %H:%M} 999\n{main.title}\n", encoding="utf-8"
    )
    _build_with_older_parser(db, [listing_page, sample], every_title=True)
    old_title = main.title + OLD_TITLE
    of = "SELECT body IS NOT NULL, source, (SELECT count(*) FROM indicators i WHERE i.article_id = a.article_id) FROM articles a WHERE title = ?"
    with duckdb.connect(str(db), read_only=True) as con:
        has_body, _, figures = con.execute(of, [old_title]).fetchall()[0]
    assert has_body and figures > 0
    listing_page.unlink()
    refresh(db, [sample])
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute(of, [old_title]).fetchall() == [(False, None, 0)]
        (new,) = con.execute(of, [main.title]).fetchall()
        assert new == (True, main.source, figures)  # the same body's figures, under the new id only
        views = "SELECT views FROM view_snapshots v JOIN articles a USING (article_id) WHERE a.title = ?"
        assert con.execute(views, [old_title]).fetchall() == [(999,)]


def _failing_for_the_sample(monkeypatch: pytest.MonkeyPatch, how: str) -> FileBudget:
    """The current parser, failing on the sample page (a parser error, past the time budget) or
    a budget the sample page is too large for; the budget to refresh with."""
    if how == "too large":
        return FileBudget(max_bytes=SAMPLE_PAGE.stat().st_size - 1)

    def failing(raw: bytes) -> ParsedPage:
        if raw == SAMPLE_PAGE.read_bytes():
            if how == "error":
                raise RuntimeError("a parser bug")
            time.sleep(3)
        return parse(raw)

    monkeypatch.setattr(etl.transform.ingest, "parse", failing)
    return FileBudget(seconds=1.0)


# Every row the sample page gave (its own and its articles'), with its capture time.
_LISTED = "article_id IN (SELECT article_id FROM page_listings WHERE page_id = $page)"
OF_THE_PAGE = {
    "pages": "SELECT * FROM pages WHERE page_id = $page",
    "page_listings": "SELECT * FROM page_listings WHERE page_id = $page",
    "articles": f"SELECT * FROM articles WHERE {_LISTED}",
    "article_topics": f"SELECT * FROM article_topics WHERE {_LISTED}",
    "indicators": f"SELECT * FROM indicators WHERE {_LISTED}",
    "view_snapshots": "SELECT * FROM view_snapshots WHERE page_id = $page",
    "latest_views": f"SELECT * FROM latest_views WHERE {_LISTED}",
}
FAILURES = ["error", "too slow", "too large"]


def _page_rows(db: Path, page: str) -> dict[str, list[tuple]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {
            t: con.execute(sql + " ORDER BY ALL", {"page": page}).fetchall() for t, sql in OF_THE_PAGE.items()
        }


def _refresh_failing_on_the_sample(
    db: Path, folder: Path, how: str
) -> tuple[dict[str, list[tuple]], RefreshSummary]:
    """Built by the older parser, refreshed by a current one that fails on the sample page:
    the sample page's rows before, and the summary."""
    _build_with_older_parser(db, [folder])
    sample = str(folder / SAMPLE_PAGE.name)
    (page,) = _rows(db, f"SELECT page_id FROM pages WHERE location = '{sample}'")[0]
    before = _page_rows(db, page)
    assert before["articles"] and before["indicators"] and before["view_snapshots"]
    assert any(OLD_TITLE in row[3] for row in before["articles"])
    with pytest.MonkeyPatch.context() as patch:
        summary = refresh(db, [folder], budget=_failing_for_the_sample(patch, how))
    assert _page_rows(db, page) == before  # nothing of it lost, its capture time included
    return before, summary


@pytest.mark.parametrize("how", FAILURES)
def test_a_failed_re_read_keeps_the_older_rows_and_says_so(tmp_path: Path, folder: Path, how: str) -> None:
    db, sample = tmp_path / "s.duckdb", str(folder / SAMPLE_PAGE.name)
    before, summary = _refresh_failing_on_the_sample(db, folder, how)
    reported = dict(summary.unreadable + summary.rejected)
    assert list(reported) == [sample], reported
    assert reported[sample].endswith("; kept as read by the older parser; read again next time")
    assert "tried again" not in reported[sample]  # one way of saying it, not two
    assert sorted(summary.reread) == sorted(str(p) for p in folder.iterdir() if p.name != SAMPLE_PAGE.name)
    # The others were read by the new parser: the older titles left are the kept page's.
    assert _rows(db, f"SELECT count(*) FROM articles WHERE title LIKE '%{OLD_TITLE}'")[0][0] == sum(
        OLD_TITLE in row[3] for row in before["articles"]
    )


@pytest.mark.parametrize("how", FAILURES)
def test_the_next_refresh_reads_a_page_whose_re_read_failed(tmp_path: Path, folder: Path, how: str) -> None:
    db, sample = tmp_path / "s.duckdb", str(folder / SAMPLE_PAGE.name)
    _refresh_failing_on_the_sample(db, folder, how)
    again = refresh(db, [folder])  # a working parser, the default budget
    files = len(list(folder.iterdir()))
    assert (again.reread, again.files_skipped, again.unreadable, again.rejected) == (
        [sample],
        files - 1,
        [],
        [],
    )
    fresh = tmp_path / "fresh.duckdb"
    refresh(fresh, [folder], observed_at=SAMPLE_OBSERVED_AT)
    assert _contents(db) == _contents(fresh)
    assert refresh(db, [folder]).reread == []  # then the store is current


def _build_with_older_parser_and_extractor(db: Path, folder: Path) -> None:
    """A store of `folder` as an older parser read it and an older extractor found its figures."""
    _build_with_older_parser(db, [folder], titles=False)
    with duckdb.connect(str(db)) as con:
        con.execute(f"UPDATE meta SET value = 'older' WHERE key = '{EXTRACTOR_META_KEY}'")
        con.execute("UPDATE indicators SET value = value + 1")  # what an older extractor found


def test_a_page_kept_while_the_extractor_changed_has_its_figures_extracted_anew(
    tmp_path: Path, folder: Path
) -> None:
    # Its figures are put back from the older store; the run re-extracted every other article.
    db, fresh = tmp_path / "s.duckdb", tmp_path / "fresh.duckdb"
    _build_with_older_parser_and_extractor(db, folder)
    with pytest.MonkeyPatch.context() as patch:
        summary = refresh(db, [folder], budget=_failing_for_the_sample(patch, "error"))
    assert summary.reextracted and summary.rejected
    refresh(fresh, [folder], observed_at=SAMPLE_OBSERVED_AT)
    assert _contents(db)["indicators"] == _contents(fresh)["indicators"]


def test_a_page_both_parsers_reject_is_reported_once_and_not_kept_for_later(
    tmp_path: Path, folder: Path
) -> None:
    db = tmp_path / "s.duckdb"
    (folder / "not_a_page.txt").write_text("nothing a kt.kz page shows\n", encoding="utf-8")
    _build_with_older_parser(db, [folder])
    summary = refresh(db, [folder])
    assert [location for location, _ in summary.rejected] == [str(folder / "not_a_page.txt")]
    assert not summary.rejected[0][1].endswith("read again next time")
    again = refresh(db, [folder])
    assert (again.reread, again.rejected, again.files_skipped) == ([], [], len(list(folder.iterdir())))


def test_pages_read_again_are_not_also_re_extracted_when_the_extractor_changed_too(
    tmp_path: Path, folder: Path
) -> None:
    # Every page is read again, which replaces every article's figures: extracting the stored
    # bodies first would be thrown away (at 100k pages, minutes of one core).
    db, fresh = tmp_path / "s.duckdb", tmp_path / "fresh.duckdb"
    _build_with_older_parser_and_extractor(db, folder)
    extracted: list[int] = []
    with pytest.MonkeyPatch.context() as patch:
        original = etl.store.derived._write_extracted
        patch.setattr(
            etl.store.derived,
            "_write_extracted",
            lambda con, catalog, mapper, articles: (
                extracted.append(len(articles)) or original(con, catalog, mapper, articles)
            ),
        )
        summary = refresh(db, [folder])
    assert len(summary.reread) == len(list(folder.iterdir()))
    assert (summary.reextracted, summary.indicators_reextracted, extracted) == (0, 0, [])
    refresh(fresh, [folder], observed_at=SAMPLE_OBSERVED_AT)
    assert _contents(db) == _contents(fresh)
    assert _rows(db, f"SELECT value FROM meta WHERE key = '{EXTRACTOR_META_KEY}'") != [("older",)]


def test_an_article_a_page_not_read_again_also_lists_is_still_re_extracted(
    tmp_path: Path, folder: Path
) -> None:
    # The sample's file is gone, so its page is not read again: its articles' figures come from
    # the stored bodies, by the new extractor.
    db = tmp_path / "s.duckdb"
    _build_with_older_parser_and_extractor(db, folder)
    gone = folder / SAMPLE_PAGE.name
    listed = (
        f"SELECT DISTINCT article_id FROM page_listings JOIN pages USING (page_id) WHERE location = '{gone}'"
    )
    stays = _rows(db, f"SELECT article_id FROM articles WHERE body IS NOT NULL AND article_id IN ({listed})")
    shutil.copy(gone, tmp_path / SAMPLE_PAGE.name)
    gone.unlink()
    summary = refresh(db, [folder])
    assert summary.parsed_earlier_gone == 1
    assert summary.reextracted >= len(stays) > 0
    fresh = tmp_path / "fresh.duckdb"
    refresh(fresh, [folder, tmp_path / SAMPLE_PAGE.name], observed_at=SAMPLE_OBSERVED_AT)
    figures = (
        "SELECT article_id, value, surface FROM indicators WHERE article_id IN (SELECT article_id FROM ({}))"
    )
    listed = (
        f"SELECT DISTINCT article_id FROM page_listings JOIN pages USING (page_id) WHERE location = '{gone}'"
    )
    assert _rows(db, figures.format(listed)) == _rows(
        fresh,
        figures.format(
            "SELECT DISTINCT article_id FROM page_listings JOIN pages USING (page_id) "
            f"WHERE location = '{tmp_path / SAMPLE_PAGE.name}'"
        ),
    )
