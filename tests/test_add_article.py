"""Article files without a kt.kz stamp, ingested with metadata given by hand (issue 13 §2)."""

from __future__ import annotations

import json
from datetime import datetime, time
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from dashboard import queries as q
from dashboard.queries import Filters, Store
from etl.cli import app
from etl.pipeline.refresh import refresh
from etl.sites.article_file import parse_article
from etl.transform.article_meta import article_meta
from tests.conftest import SAMPLE_OBSERVED_AT, SAMPLE_PAGE

# Our own text, modelled on agency reporting of IT exports.
STORY = """Kazakhstan's IT exports reach 500 million dollars
Images | Kazinform
Kazakhstan's exports of IT services reached 500 million US dollars in 2024, Kazinform reports.
The Ministry of Digital Development plans to bring IT exports to 1 billion dollars by 2026.
"""
STORY_HTML = """<!doctype html><html><head><title>IT exports | Example agency</title></head><body>
<nav>News Economy</nav><h1>Kazakhstan's IT exports reach 500 million dollars</h1>
<p>Kazakhstan's exports of IT services reached 500 million US dollars in 2024.</p>
<p>The Ministry of Digital Development plans to bring IT exports to 1 billion dollars by 2026.</p>
</body></html>"""


def _invoke(*args: str):
    return CliRunner().invoke(app, [*args])


def _rows(db: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


@pytest.fixture()
def story(tmp_path: Path) -> Path:
    path = tmp_path / "archive" / "story.txt"
    path.parent.mkdir()
    path.write_text(STORY, encoding="utf-8")
    return path


def test_a_file_without_stamp_is_rejected_saying_how_to_give_its_date(story: Path, tmp_path: Path) -> None:
    result = _invoke("refresh", str(story), "--db", str(tmp_path / "s.duckdb"))
    assert result.exit_code == 1
    assert "not a kt.kz page" not in result.output
    assert "no kt.kz listing stamp" in result.output
    assert "give `ktpulse add FILE --published YYYY-MM-DD` or a FILE.meta.json sidecar" in result.output


def test_add_stores_the_article_with_figures_provenance_and_no_views(story: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    result = _invoke("add", str(story), "--published", "2025-04-14", "--time", "10:30", "--url",
                     "https://example.kz/it-exports", "--source", "Kazinform", "--db", str(db))  # fmt: skip
    assert result.exit_code == 0, result.output
    assert json.loads((story.parent / "story.txt.meta.json").read_text(encoding="utf-8")) == {
        "published": "2025-04-14", "time": "10:30", "url": "https://example.kz/it-exports", "source": "Kazinform"
    }  # fmt: skip
    ((title, published, time_known, source, url, credit, body, topics),) = _rows(
        db, "SELECT title, published_at, time_known, source, url, image_credit, body, topics FROM articles"
    )
    assert (title, published, time_known) == ("Kazakhstan's IT exports reach 500 million dollars",
                                              datetime(2025, 4, 14, 10, 30), True)  # fmt: skip
    assert (source, url, credit) == ("Kazinform", "https://example.kz/it-exports", "Kazinform")
    assert body.startswith("Kazakhstan's exports of IT services") and "digital" in topics
    figures = _rows(
        db, "SELECT value, unit, sentence, start_char, end_char, surface FROM indicators ORDER BY start_char"
    )
    assert [(v, u) for v, u, *_ in figures][:2] == [(500_000_000, "USD"), (1_000_000_000, "USD")]
    for _, _, sentence, start, end, surface in figures:
        assert body[start:end] == surface and surface in sentence
    assert _rows(db, "SELECT placement, views FROM page_listings") == [("main", None)]
    assert _rows(db, "SELECT count(*) FROM latest_views") == [(0,)]  # no view snapshot


def test_refresh_reads_a_sidecar_written_by_hand_and_an_html_article(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "story.md").write_text(STORY, encoding="utf-8")  # any suffix, found through its sidecar
    (folder / "story.md.meta.json").write_text('{"published": "2025-04-14"}', encoding="utf-8")
    (folder / "copy.html").write_text(
        STORY_HTML.replace("500 million dollars<", "500 mln dollars<"), encoding="utf-8"
    )
    (folder / "copy.html.meta.json").write_text('{"published": "2025-04-15T09:05", "source": "Akorda"}')
    db = tmp_path / "s.duckdb"
    summary = refresh(db, [folder], observed_at=SAMPLE_OBSERVED_AT)
    assert (summary.exit_code, summary.files_ingested) == (0, 2), summary.rejected
    assert _rows(
        db, "SELECT title, published_at, time_known, source FROM articles ORDER BY published_at"
    ) == [
        ("Kazakhstan's IT exports reach 500 million dollars", datetime(2025, 4, 14), False, "Kazinform"),
        ("Kazakhstan's IT exports reach 500 mln dollars", datetime(2025, 4, 15, 9, 5), True, "Akorda"),
    ]
    html_body = _rows(db, "SELECT body FROM articles WHERE source = 'Akorda'")[0][0]
    assert html_body.startswith("Kazakhstan's exports") and "News Economy" not in html_body


@pytest.mark.parametrize(
    ("sidecar", "reason"),
    [
        ("{not json", "story.txt.meta.json: not a JSON file"),
        ('{"published": "2025-04-14", "autor": "x"}', "unknown key(s) autor; the keys are published, time"),
        ('{"title": "x"}', 'story.txt.meta.json: no "published" date (YYYY-MM-DD)'),
        ('{"published": "14.04.2025"}', "published: '14.04.2025' is not a date (YYYY-MM-DD)"),
        ('{"published": "2025-04-14", "url": "javascript:alert(1)"}', "is not an http(s) address"),
    ],
)
def test_a_broken_sidecar_rejects_the_file_naming_the_problem(story: Path, tmp_path: Path, sidecar: str,
                                                              reason: str) -> None:  # fmt: skip
    (story.parent / "story.txt.meta.json").write_text(sidecar, encoding="utf-8")
    summary = refresh(tmp_path / "s.duckdb", [story.parent], observed_at=SAMPLE_OBSERVED_AT)
    ((location, error),) = summary.rejected
    assert location == str(story) and reason in error


def test_a_file_rejected_for_its_missing_date_is_read_once_the_date_is_given(
    story: Path, tmp_path: Path
) -> None:
    db = tmp_path / "s.duckdb"
    assert refresh(db, [story.parent], observed_at=SAMPLE_OBSERVED_AT).rejected
    (story.parent / "story.txt.meta.json").write_text('{"published": "2025-04-14"}', encoding="utf-8")
    assert refresh(db, [story.parent], observed_at=SAMPLE_OBSERVED_AT).files_ingested == 1
    (story.parent / "story.txt.meta.json").write_text('{"published": "2025-04-14"}', encoding="utf-8")
    assert refresh(db, [story.parent], observed_at=SAMPLE_OBSERVED_AT).files_skipped == 1  # same bytes
    store = Store.open(db)
    assert q.headline_counts(store, Filters())["pages_rejected"] == 0  # the rejection was made good


def test_a_rejection_by_a_run_on_a_clock_ahead_of_kazakhstan_is_made_good_by_a_later_run(
    story: Path, tmp_path: Path
) -> None:
    # A run before schema step 17 kept the machine's own clock: on a machine in Tokyo (four hours
    # ahead) its rejection reads 14:00 when Kazakhstan's clock said 10:00. The file read at 11:00
    # Kazakhstan time by a run that records its zone is the later reading, whatever the numbers.
    db = tmp_path / "s.duckdb"
    assert refresh(db, [story.parent], observed_at=SAMPLE_OBSERVED_AT).rejected
    for slot in (db.with_name(db.name + ".blue"), db.with_name(db.name + ".green")):  # live and standby
        with duckdb.connect(str(slot)) as con:
            con.execute("UPDATE refresh_runs SET time_zone = NULL")
            con.execute("UPDATE pages SET ingested_at = ingested_at + INTERVAL 4 HOUR")
    (story.parent / "story.txt.meta.json").write_text('{"published": "2025-04-14"}', encoding="utf-8")
    assert refresh(db, [story.parent], observed_at=SAMPLE_OBSERVED_AT).files_ingested == 1
    store = Store.open(db)
    assert q.headline_counts(store, Filters())["pages_rejected"] == 0
    assert q.page_warning_totals(store).rejected == 0
    assert "rejected" not in set(q.page_warnings(store)["problem"])


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--published", "14/04/2025"], "--published: '14/04/2025' is not a date (YYYY-MM-DD)"),
        (["--published", "2025-04-14", "--time", "9h"], "--time: '9h' is not a time of day (HH:MM)"),
        (["--published", "2025-04-14", "--url", "file:///etc/passwd"], "is not an http(s) address"),
        (["--published", "2025-04-14", "--title", "  "], "--title: empty"),
        ([], "Missing option '--published'"),
    ],
)
def test_add_rejects_bad_options_with_exit_2_and_writes_nothing(story: Path, tmp_path: Path, options: list[str],
                                                                 message: str) -> None:  # fmt: skip
    result = _invoke("add", str(story), *options, "--db", str(tmp_path / "s.duckdb"))
    assert result.exit_code == 2
    assert message in result.output
    assert not (story.parent / "story.txt.meta.json").exists() and not (tmp_path / "s.duckdb").exists()


def test_add_of_a_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    result = _invoke("add", str(tmp_path / "nope.txt"), "--published", "2025-04-14")
    assert result.exit_code == 2 and "no such file" in result.output


def test_an_iso_moment_gives_the_time_too() -> None:
    assert article_meta("2025-04-14T10:30").time == time(10, 30)
    assert article_meta("2025-04-14").time is None


def test_refresh_says_when_view_counts_are_dated_by_file_time(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(SAMPLE_PAGE.read_bytes())
    result = _invoke("refresh", str(page), "--db", str(tmp_path / "s.duckdb"))
    assert result.exit_code == 0
    assert (
        "capture time of 1 page(s) with view counts taken from the file's modification time" in result.output
    )
    other = tmp_path / "other.txt"
    other.write_text(SAMPLE_PAGE.read_text(encoding="utf-8").replace("Olzhas", "Mr"), encoding="utf-8")
    result = _invoke(
        "refresh", str(other), "--db", str(tmp_path / "s.duckdb"), "--observed-at", "2025-02-03T18:00"
    )
    assert result.exit_code == 0 and "modification time" not in result.output


# A stored copy of a kt.kz/kaz or kt.kz/rus page that kept no stamp: it opens with the copy's own
# "date" label, then the title (or a photo credit), the credit and the body (our own words).
STORED_COPY_KK = """ date 2026-02-27 Жаңа көпір ашылды
Сурет: gov.kz
Өзен арқылы өтетін көпір 3 айда салынды, деп хабарлайды gov.kz.
"""
STORED_COPY_RU = """ date 2026-03-02 Фото: пресс-служба

Астана. 1 марта. KAZAKHSTAN TODAY - Отменены 12 рейсов.
"""


def test_a_stored_copys_date_label_is_kept_out_of_the_title_and_body() -> None:
    page = parse_article(STORED_COPY_KK, datetime(2026, 2, 26), time_known=False)
    (article,) = page.listings
    assert (article.title, article.image_credit) == ("Жаңа көпір ашылды", "gov.kz")
    assert article.body.startswith("Өзен арқылы") and "2026-02-27" not in article.body
    assert page.warnings == ("line 1: the copy's label 'date 2026-02-27' ignored: the given date is used",)

    page = parse_article(STORED_COPY_RU, datetime(2026, 3, 1), time_known=False, title="Рейсы отменены")
    (article,) = page.listings
    assert (article.image_credit, article.subtitle, article.dateline) == ("пресс-служба", None, "Астана")


def test_refresh_says_a_stampless_copys_label_is_not_its_publication_date(tmp_path: Path) -> None:
    path = tmp_path / "copy.txt"
    path.write_text(STORED_COPY_RU, encoding="utf-8")
    result = _invoke("refresh", str(path), "--db", str(tmp_path / "s.duckdb"))
    assert result.exit_code == 1
    assert "'date 2026-03-02' label is when it was stored, not published" in result.output
    assert "its dateline reads 'Астана. 1 марта. KAZAKHSTAN TODAY'" in result.output
