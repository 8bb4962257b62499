"""refresh on a real DuckDB file: the sample's tables, idempotence, incremental updates."""

from __future__ import annotations

import json
import shutil
from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from etl.extract.indicators import extract_indicators
from etl.extract.period_basis import period_basis
from etl.identity import article_id
from etl.pipeline.refresh import refresh
from tests.conftest import SAMPLE_OBSERVED_AT, SAMPLE_PAGE

TABLES = ("pages", "articles", "page_listings", "view_snapshots", "article_topics", "refresh_runs")


def _counts(db: Path) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def _query(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def test_sample_gives_16_articles_9_bodies_17_snapshots(sample_store: Path) -> None:
    assert _query(sample_store, "SELECT count(*), count(body) FROM articles") == [(16, 9)]
    assert _counts(sample_store)["view_snapshots"] == 17
    assert _counts(sample_store)["page_listings"] == 18


def test_snapshots_carry_the_exact_gold_views(sample_store: Path, gold: dict) -> None:
    rows = _query(
        sample_store,
        "SELECT strftime(a.published_at, '%d.%m.%Y %H:%M'), s.views, a.title, s.placement "
        "FROM view_snapshots s JOIN articles a USING (article_id)",
    )
    expected = [(e["stamp"], e["views"], e["title"], e["placement"]) for e in gold["page"] if e["views"]]
    assert sorted(rows) == sorted(expected)


def test_no_count_entry_is_a_listing_without_snapshot(sample_store: Path) -> None:
    rows = _query(
        sample_store,
        "SELECT l.views, l.placement FROM page_listings l JOIN articles a USING (article_id) "
        "WHERE a.title LIKE 'Kazakhstan and Iran%'",
    )
    assert rows == [(None, "most_viewed")]


def test_taza_implementation_article_has_two_snapshots(sample_store: Path) -> None:
    rows = _query(
        sample_store,
        "SELECT s.views FROM view_snapshots s JOIN articles a USING (article_id) "
        "WHERE a.title = 'Implementation of Taza Kazakhstan environmental action considered by "
        "Government' ORDER BY s.views",
    )
    assert rows == [(199191,), (199501,)]


def test_titles_are_exact_and_ids_follow_date_and_title(sample_store: Path, gold: dict) -> None:
    rows = dict(_query(sample_store, "SELECT title, article_id FROM articles"))
    for entry in gold["page"]:
        stamp = datetime.strptime(entry["stamp"], "%d.%m.%Y %H:%M")
        assert rows[entry["title"]] == article_id(stamp, entry["title"])


def test_page_row_records_capture_time_and_its_origin(sample_store: Path) -> None:
    rows = _query(sample_store, "SELECT status, error, observed_at, observed_at_source, encoding FROM pages")
    assert rows == [("ok", None, SAMPLE_OBSERVED_AT, "option", "utf-8")]


def test_readership_latest_uses_the_highest_latest_count(sample_store: Path) -> None:
    rows = _query(
        sample_store,
        "SELECT views, views_rank, round(days_since_publication, 3) FROM readership_latest "
        "WHERE title LIKE 'Implementation of Taza%'",
    )
    # Published 21.01.2025 13:26, observed 03.02.2025 18:00: 13 days 4 h 34 min.
    assert rows == [(199501, 1, round((13 * 1440 + 4 * 60 + 34) / 1440, 3))]


def test_rerun_on_same_inputs_changes_nothing(tmp_path: Path) -> None:
    shutil.copy(SAMPLE_PAGE, tmp_path / "page.txt")
    db = tmp_path / "store.duckdb"
    refresh(db, [tmp_path], observed_at=SAMPLE_OBSERVED_AT)
    before = _counts(db)
    ids_before = _query(db, "SELECT article_id FROM articles ORDER BY 1")
    summary = refresh(db, [tmp_path], observed_at=SAMPLE_OBSERVED_AT)
    assert (summary.files_skipped, summary.files_ingested, summary.articles_added) == (1, 0, 0)
    assert _counts(db) == before
    assert _query(db, "SELECT article_id FROM articles ORDER BY 1") == ids_before


def test_same_content_under_another_name_is_skipped(tmp_path: Path) -> None:
    shutil.copy(SAMPLE_PAGE, tmp_path / "a.txt")
    shutil.copy(SAMPLE_PAGE, tmp_path / "b.txt")
    summary = refresh(tmp_path / "s.duckdb", [tmp_path], observed_at=SAMPLE_OBSERVED_AT)
    assert (summary.files_ingested, summary.files_skipped) == (1, 1)


def test_later_page_adds_snapshot_growth_and_fills_a_missing_body(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "first.txt").write_text(
        "01.02.2025, 10:00 100\nMain one\nBody one.\nMost viewed\n31.01.2025, 09:00 50Listed only\n",
        encoding="utf-8",
    )
    refresh(db, [raw], observed_at=datetime(2025, 2, 1, 12, 0))
    (raw / "second.txt").write_text(
        "31.01.2025, 09:00 80\nListed only\nImages | Akorda\nNow with a body, Akorda reports.\n",
        encoding="utf-8",
    )
    summary = refresh(db, [raw], observed_at=datetime(2025, 2, 2, 12, 0))
    assert (summary.files_ingested, summary.files_skipped) == (1, 1)
    assert (summary.articles_added, summary.articles_updated) == (0, 1)
    assert _query(db, "SELECT body, source, image_credit FROM articles WHERE title = 'Listed only'") == [
        ("Now with a body, Akorda reports.", "Akorda", "Akorda")
    ]
    growth = _query(
        db,
        "SELECT previous_views, views, views_gained, hours_between, views_gained_per_day "
        "FROM readership_growth",
    )
    assert growth == [(50, 80, 30, 24.0, 30.0)]


def _story(views: int) -> str:
    return f"01.02.2025, 10:00 {views}\nStorm warning\nSnow expected in Astana.\n"


@pytest.mark.parametrize(
    ("first", "second", "runs"),
    [
        ((datetime(2025, 2, 1, 12), 900), (datetime(2025, 2, 2, 12), 90), 2),  # a later capture falls
        ((datetime(2025, 2, 2, 12), 90), (datetime(2025, 2, 1, 12), 900), 2),  # an older file read later
        ((datetime(2025, 2, 1, 12), 900), (datetime(2025, 2, 2, 12), 90), 1),  # both in one run
    ],
)
def test_a_view_count_that_falls_at_a_later_capture_is_kept_with_a_warning(
    tmp_path: Path, first: tuple[datetime, int], second: tuple[datetime, int], runs: int
) -> None:
    """A damaged count lower than an earlier one silently became the article's latest: the later
    capture's count still is, and the page that brings the fall says so, naming both files."""
    db, raw = tmp_path / "s.duckdb", tmp_path / "raw"
    raw.mkdir()
    summaries = []
    for name, (captured, views) in zip(("a.txt", "b.txt"), (first, second), strict=True):
        (raw / name).write_text(_story(views), encoding="utf-8")
        record = json.dumps({"fetched_at": captured.isoformat()})
        (raw / f"{name}.fetch.json").write_text(record, encoding="utf-8")
        if runs == 2:
            summaries.append(refresh(db, [raw / name]))
    if runs == 1:
        summaries.append(refresh(db, [raw], workers=1))
    ((where, warning),) = [w for summary in summaries for w in summary.warnings]
    assert where == str(raw / "b.txt")
    earlier, later = sorted([("a.txt", *first), ("b.txt", *second)], key=lambda capture: capture[1])
    assert warning == (
        f"'Storm warning': views went down from 900 ({raw / earlier[0]}, captured "
        f"{earlier[1]:%Y-%m-%d %H:%M}) to 90 ({raw / later[0]}, captured {later[1]:%Y-%m-%d %H:%M}): "
        "kt.kz counts never fall, so a count is damaged or a capture time wrong (both stored; the later "
        "one is shown as the latest)"
    )
    assert _query(db, "SELECT views, snapshots FROM latest_views") == [(90, 2)]
    assert _query(db, "SELECT count(*) FROM pages WHERE len(warnings) > 0") == [(1,)]


def test_a_count_that_grows_or_two_counts_of_one_capture_are_no_fall(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(_story(90), encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        _story(900) + "Most viewed\n01.02.2025, 10:00 850Storm warning\n", encoding="utf-8"
    )
    assert (
        refresh(tmp_path / "s.duckdb", [tmp_path / "a.txt"], observed_at=datetime(2025, 2, 1, 12)).warnings
        == []
    )
    assert (
        refresh(tmp_path / "s.duckdb", [tmp_path / "b.txt"], observed_at=datetime(2025, 2, 2, 12)).warnings
        == []
    )


def test_date_only_sighting_then_full_stamp_is_one_article_with_the_time(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    (tmp_path / "a.txt").write_text("30.05.2024\nSame story\nBody.\n", encoding="utf-8")
    refresh(db, [tmp_path / "a.txt"], observed_at=datetime(2024, 6, 1))
    (tmp_path / "b.txt").write_text("30.05.2024, 14:05 9\nSame story\n", encoding="utf-8")
    refresh(db, [tmp_path / "b.txt"], observed_at=datetime(2024, 6, 2))
    assert _query(db, "SELECT published_at, time_known, body FROM articles") == [
        (datetime(2024, 5, 30, 14, 5), True, "Body.")
    ]


def test_capture_time_defaults_to_file_mtime_in_kazakhstan_time(tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    page.write_text("01.02.2025, 10:00 5\nTitle\nBody.\n", encoding="utf-8")
    moment = datetime(2025, 2, 1, 6, 0).timestamp()  # local machine time, converted below
    import os

    os.utime(page, (moment, moment))
    refresh(tmp_path / "s.duckdb", [page])
    ((observed, origin),) = _query(tmp_path / "s.duckdb", "SELECT observed_at, observed_at_source FROM pages")
    from zoneinfo import ZoneInfo

    expected = datetime.fromtimestamp(moment, ZoneInfo("Asia/Almaty")).replace(tzinfo=None)
    assert (observed, origin) == (expected, "mtime")


def test_fetch_record_beside_a_page_gives_url_and_capture_time(tmp_path: Path) -> None:
    page = tmp_path / "p.html.txt"
    page.write_text("01.02.2025, 10:00 5\nTitle\nBody.\n", encoding="utf-8")
    (tmp_path / "p.html.txt.fetch.json").write_text(
        '{"url": "https://www.kt.kz/en/news/x", "fetched_at": "2025-02-01T05:00:00+00:00"}'
    )
    refresh(tmp_path / "s.duckdb", [tmp_path])
    assert _query(tmp_path / "s.duckdb", "SELECT observed_at, observed_at_source, url FROM pages") == [
        (datetime(2025, 2, 1, 10, 0), "fetch", "https://www.kt.kz/en/news/x")
    ]
    assert _query(tmp_path / "s.duckdb", "SELECT url FROM articles") == [("https://www.kt.kz/en/news/x",)]


@pytest.mark.parametrize(
    ("record", "problem", "url"),
    [
        ('{"url": "https://www.kt.kz/en/news/x", "fetched_at": "2025-02-01', "is no valid JSON", None),
        ('{"url": "https://www.kt.kz/en/news/x", "fetched_at": "yesterday"}', "has no readable fetched_at",
         "https://www.kt.kz/en/news/x"),
        ('["https://www.kt.kz/en/news/x"]', "is no JSON object", None),
    ],
)  # fmt: skip
def test_a_damaged_fetch_record_is_a_warning_not_a_silent_mtime(
    tmp_path: Path, record: str, problem: str, url: str | None
) -> None:
    """A record that is there but cannot be used was passed over: the page took its file's
    modification time, and the note said there was no fetch record at all."""
    page = tmp_path / "p.html"
    page.write_text("01.02.2025, 10:00 5\nTitle\nBody.\n", encoding="utf-8")
    (tmp_path / "p.html.fetch.json").write_text(record, encoding="utf-8")
    summary = refresh(tmp_path / "s.duckdb", [tmp_path])
    ((where, warning),) = summary.warnings
    assert where == str(page) and summary.exit_code == 1
    assert warning.startswith(f"fetch record p.html.fetch.json {problem}")
    assert "capture time taken from the file's modification time" in warning
    assert _query(tmp_path / "s.duckdb", "SELECT observed_at_source, url FROM pages") == [("mtime", url)]


def test_parallel_workers_give_the_same_store(tmp_path: Path) -> None:
    for number in range(6):
        (tmp_path / f"p{number}.txt").write_text(
            f"0{number + 1}.02.2025, 10:00 {number}\nTitle {number}\nBody {number}.\n", encoding="utf-8"
        )
    serial = refresh(tmp_path / "a.duckdb", [tmp_path], observed_at=SAMPLE_OBSERVED_AT, workers=1)
    parallel = refresh(tmp_path / "b.duckdb", [tmp_path], observed_at=SAMPLE_OBSERVED_AT, workers=2)
    assert serial.articles_added == parallel.articles_added == 6
    sql = "SELECT article_id, title, body FROM articles ORDER BY 1"
    assert _query(tmp_path / "a.duckdb", sql) == _query(tmp_path / "b.duckdb", sql)


def test_non_page_files_in_a_folder_are_ignored(tmp_path: Path) -> None:
    shutil.copy(SAMPLE_PAGE, tmp_path / "page.txt")
    (tmp_path / "notes.md").write_text("# not a page")
    (tmp_path / "topics.toml").write_text("x = 1")
    summary = refresh(tmp_path / "s.duckdb", [tmp_path], observed_at=SAMPLE_OBSERVED_AT)
    assert (summary.files_seen, summary.exit_code) == (1, 0)


@pytest.mark.parametrize("name", ["kt_page_sample.txt"])
def test_bundled_sample_has_its_attribution(name: str) -> None:
    readme = (SAMPLE_PAGE.parent / "README.md").read_text(encoding="utf-8")
    assert name in readme and "Kazakhstan Today" in readme


def test_views_per_day_is_only_a_rate_from_a_day_old_in_the_store_and_its_views(sample_store: Path) -> None:
    with duckdb.connect(str(sample_store), read_only=True) as con:
        young = con.execute(
            "SELECT views, views_per_day FROM readership_latest WHERE days_since_publication < 1"
        ).fetchall()
        aged = con.execute(
            "SELECT count(*) FROM latest_views WHERE days_since_publication >= 1 AND views_per_day IS NULL"
        ).fetchone()
    assert young and all(views > 0 and rate is None for views, rate in young)  # 16:42 story, 1.3 h old
    assert aged == (0,)


def test_growth_view_never_pairs_two_counts_of_one_capture(sample_store: Path) -> None:
    with duckdb.connect(str(sample_store), read_only=True) as con:
        same_capture = con.execute(
            "SELECT count(*) FROM readership_growth WHERE observed_at = previous_observed_at"
        ).fetchone()
        listed_twice = con.execute(
            "SELECT count(*) FROM (SELECT article_id FROM view_snapshots GROUP BY article_id, observed_at "
            "HAVING count(*) > 1)"
        ).fetchone()
    assert listed_twice[0] > 0  # the sample lists one article in two blocks of one capture
    assert same_capture == (0,)


def test_every_figure_stores_how_its_period_was_decided(sample_store: Path) -> None:
    stored = dict(_query(sample_store, "SELECT indicator_id, period_basis FROM indicators"))
    articles = _query(
        sample_store,
        "SELECT article_id, title, body, published_at, language FROM articles WHERE body IS NOT NULL",
    )
    expected = {
        f"{aid}-{f.start_char:06d}": period_basis(f, published.date(), language)
        for aid, title, body, published, language in articles
        for f in extract_indicators(body, published.date(), title=title, language=language)
    }
    assert stored == expected  # read from the whole sentence, in the article's language
    # a headline's or earlier sentence's period is kept apart from one the sentence states
    assert {"sentence", "context"} <= set(stored.values())
