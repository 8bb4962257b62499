"""The refresh summary keeps new work apart from reprocessing: files not read before and what
they brought (new articles, view snapshots, figures, stored articles they completed) are counted
apart from files read again by a new parser and figures re-extracted by a new extractor. Every
count is checked against what the store holds, read by another route (SQL over the pages)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

import etl.pipeline.refresh
import etl.store.derived
from bench.synthetic_pages import generate
from etl.cli import app
from etl.pipeline.refresh import refresh
from tests.conftest import SAMPLE_OBSERVED_AT, SAMPLE_PAGE
from tests.test_reparse import _build_with_older_parser, _rows


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    pages = tmp_path / "pages"
    generate(pages, articles=60, per_page=10, seed=5)
    shutil.copy(SAMPLE_PAGE, pages / SAMPLE_PAGE.name)
    return pages


def _page_ids(db: Path, files: list[Path]) -> list[str]:
    locations = ", ".join(f"'{file}'" for file in files)
    return [page for (page,) in _rows(db, f"SELECT page_id FROM pages WHERE location IN ({locations})")]


def _in(pages: list[str]) -> str:
    return "(" + ", ".join(f"'{page}'" for page in pages) + ")"


def test_new_files_and_files_read_again_in_one_run_are_counted_apart(tmp_path: Path, folder: Path) -> None:
    files = sorted(folder.iterdir())
    known, new = files[:4], files[4:]
    db = tmp_path / "s.duckdb"
    _build_with_older_parser(db, known)
    before = set(_rows(db, "SELECT article_id FROM articles"))
    summary = refresh(db, [folder], observed_at=SAMPLE_OBSERVED_AT)
    new_pages, reread_pages = _page_ids(db, new), _page_ids(db, known)
    assert (summary.files_ingested, len(summary.reread)) == (len(new), len(known)) == (len(new_pages), 4)
    created = set(_rows(db, "SELECT article_id FROM articles")) - before
    by_new = set(
        _rows(db, f"SELECT DISTINCT article_id FROM page_listings WHERE page_id IN {_in(new_pages)}")
    )
    by_reread = _rows(
        db, f"SELECT count(DISTINCT article_id) FROM page_listings WHERE page_id IN {_in(reread_pages)}"
    )
    assert summary.articles_added == len(created & by_new) > 0
    assert summary.articles_first_read == len(created - by_new) > 0  # the older parser titled them otherwise
    assert summary.articles_reread == by_reread[0][0]
    new_views = f"SELECT count(views) FROM page_listings WHERE page_id IN {_in(new_pages)}"
    assert summary.snapshots_added == _rows(db, new_views)[0][0] > 0
    figures_of = "SELECT count(*) FROM indicators JOIN articles USING (article_id) WHERE body_page_id IN {}"
    assert summary.indicators_added == _rows(db, figures_of.format(_in(new_pages)))[0][0] > 0
    assert summary.indicators_reread == _rows(db, figures_of.format(_in(reread_pages)))[0][0] > 0


def test_reading_known_files_again_is_neither_new_nor_an_update(tmp_path: Path, folder: Path) -> None:
    db = tmp_path / "s.duckdb"
    _build_with_older_parser(db, [folder], titles=False)  # same titles: the same article ids
    articles = _rows(db, "SELECT count(*) FROM articles")[0][0]
    summary = refresh(db, [folder])
    assert summary.reread and summary.files_ingested == 0
    assert (summary.articles_added, summary.articles_updated, summary.snapshots_added) == (0, 0, 0)
    assert (summary.indicators_added, summary.articles_first_read, summary.articles_dropped) == (0, 0, 0)
    assert summary.articles_reread == articles
    assert summary.indicators_reread == _rows(db, "SELECT count(*) FROM indicators")[0][0] > 100


def test_a_new_extractor_counts_the_figures_it_rewrote_apart_from_a_new_pages(
    tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = sorted(folder.iterdir())
    db = tmp_path / "s.duckdb"
    refresh(db, files[:4], observed_at=SAMPLE_OBSERVED_AT)
    stored = _rows(db, "SELECT count(*) FROM articles WHERE body IS NOT NULL")[0][0]
    monkeypatch.setattr(etl.store.derived, "EXTRACTOR_VERSION", "a later extractor")
    summary = refresh(db, files[:5], observed_at=SAMPLE_OBSERVED_AT)
    (page,) = _page_ids(db, files[4:5])
    figures_of = "SELECT count(*) FROM indicators JOIN articles USING (article_id) WHERE body_page_id {}"
    assert (summary.files_ingested, summary.reextracted) == (1, stored)
    assert summary.indicators_added == _rows(db, figures_of.format(f"= '{page}'"))[0][0] > 0
    assert summary.indicators_reextracted == _rows(db, figures_of.format(f"<> '{page}'"))[0][0] > 100


def test_the_printed_summary_says_what_is_new_and_what_was_read_again(tmp_path: Path, folder: Path) -> None:
    files = sorted(folder.iterdir())
    db = tmp_path / "s.duckdb"
    _build_with_older_parser(db, files[:4])
    result = CliRunner().invoke(
        app, ["refresh", str(folder), "--db", str(db), "--workers", "1", "--observed-at", "2026-05-20T10:00"]
    )
    assert result.exit_code == 0, result.output
    line = " ".join(result.stdout.split())  # the console wraps long lines
    new, again = line.split("; reprocessed, not new: ")
    assert f"{len(files) - 4} ingested" in new and "new articles" in new and "updated by new pages" in new
    assert again.startswith("re-read 4 known files (parser changed): ") and "not read before" in again


def test_a_new_extractor_re_extracts_on_the_workers_even_when_no_file_is_new(
    tmp_path: Path, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Re-extraction alone is most of a release's refresh on a large store: it takes the workers
    # it is given, not one core, and finds what one process finds.
    files = sorted(folder.iterdir())
    pooled, alone = tmp_path / "pooled.duckdb", tmp_path / "alone.duckdb"
    for db in (pooled, alone):
        refresh(db, files, observed_at=SAMPLE_OBSERVED_AT)
    monkeypatch.setattr(etl.store.derived, "EXTRACTOR_VERSION", "a later extractor")
    started: list[int] = []
    real_start = etl.pipeline.refresh.start_pool
    monkeypatch.setattr(
        etl.pipeline.refresh,
        "start_pool",
        lambda workers, *rest: started.append(workers) or real_start(workers, *rest),
    )
    summary = refresh(pooled, files, workers=2)
    assert started == [2] and summary.files_ingested == 0
    assert (
        summary.reextracted
        == _rows(pooled, "SELECT count(*) FROM articles WHERE body IS NOT NULL")[0][0]
        > 10
    )
    refresh(alone, files, workers=1)
    assert started == [2]
    figures = (
        "SELECT indicator_id, value, unit, item, period_start, period_end, kind, metric_id FROM indicators"
    )
    assert _rows(pooled, figures) == _rows(alone, figures)
