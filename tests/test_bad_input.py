"""Bad inputs in a batch: each is recorded as rejected with a specific reason, nothing is lost."""

from __future__ import annotations

import codecs
import shutil
from datetime import datetime
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from etl.cli import app
from etl.pipeline.refresh import refresh
from tests.conftest import SAMPLE_OBSERVED_AT, SAMPLE_PAGE

BAD_INPUTS: dict[str, tuple[bytes, str]] = {
    "empty.txt": (b"", "empty file"),
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
    "broken_utf8.txt": (
        "01.02.2025, 10:00 5\nҚазақ title\n".encode() + b"\xc3\x28 more\n",
        "wrong encoding: invalid UTF-8",
    ),
    "truncated_page.txt": (b"notes\n01.02.2025, 10:00 5\n", "no title (page cut short?)"),
    "not_kt.html": (b"<html><body><p>Weather today</p></body></html>", "no kt.kz listing stamp"),
}


@pytest.fixture()
def batch(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    for name, (raw, _) in BAD_INPUTS.items():
        (folder / name).write_bytes(raw)
    shutil.copy(SAMPLE_PAGE, folder / "good_utf8.txt")
    utf16 = SAMPLE_PAGE.read_text(encoding="utf-8").replace("Olzhas Bektenov introduces", "Copy: Olzhas")
    (folder / "good_utf16.txt").write_bytes(utf16.encode("utf-16"))
    return folder


def test_each_bad_input_is_rejected_with_its_reason_and_the_batch_goes_on(batch: Path) -> None:
    db = batch.parent / "s.duckdb"
    summary = refresh(db, [batch], observed_at=SAMPLE_OBSERVED_AT)
    assert summary.files_ingested == 2
    assert summary.exit_code == 1
    reasons = {Path(location).name: reason for location, reason in summary.rejected}
    assert set(reasons) == set(BAD_INPUTS)
    for name, (_, expected) in BAD_INPUTS.items():
        assert expected in reasons[name], (name, reasons[name])
    with duckdb.connect(str(db), read_only=True) as con:
        stored = dict(con.execute("SELECT location, error FROM pages WHERE status = 'rejected'").fetchall())
        ok = con.execute("SELECT count(*) FROM pages WHERE status = 'ok'").fetchone()[0]
        articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert {Path(k).name: v for k, v in stored.items()} == reasons
    assert ok == 2
    assert articles == 17  # the 16 sample articles and the retitled main article of the UTF-16 copy


def test_rejected_inputs_are_not_retried_until_their_content_changes(batch: Path) -> None:
    db = batch.parent / "s.duckdb"
    refresh(db, [batch], observed_at=SAMPLE_OBSERVED_AT)
    again = refresh(db, [batch], observed_at=SAMPLE_OBSERVED_AT)
    assert (again.files_skipped, again.rejected) == (7, [])
    (batch / "empty.txt").write_text("01.02.2025, 10:00 5\nFixed now\nBody.\n", encoding="utf-8")
    fixed = refresh(db, [batch], observed_at=SAMPLE_OBSERVED_AT)
    assert (fixed.files_ingested, fixed.articles_added) == (1, 1)


def test_a_parser_crash_on_one_page_is_reported_not_raised(batch: Path, monkeypatch) -> None:
    import etl.sites

    real = etl.sites.parse_page

    def crash_on_utf16_copy(text: str, **options):
        if "Copy: Olzhas" in text:
            raise RuntimeError("boom")
        return real(text, **options)

    monkeypatch.setattr(etl.sites, "parse_page", crash_on_utf16_copy)
    summary = refresh(batch.parent / "s.duckdb", [batch], observed_at=SAMPLE_OBSERVED_AT)
    reasons = {Path(location).name: reason for location, reason in summary.rejected}
    assert reasons["good_utf16.txt"] == "internal parser error (RuntimeError: boom)"
    assert summary.files_ingested == 1


def test_a_failing_write_rolls_back_the_whole_run(batch: Path, monkeypatch) -> None:
    db = batch.parent / "s.duckdb"
    shutil.copy(SAMPLE_PAGE, batch.parent / "first.txt")
    refresh(db, [batch.parent / "first.txt"], observed_at=SAMPLE_OBSERVED_AT)
    import etl.store.writer

    def fail(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(etl.store.writer.Refresher, "_write_derived", fail)
    with pytest.raises(RuntimeError, match="disk full"):
        refresh(db, [batch], observed_at=SAMPLE_OBSERVED_AT)
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM pages").fetchone()[0] == 1
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 16


def test_cli_prints_each_rejection_and_exits_1(batch: Path) -> None:
    db = batch.parent / "s.duckdb"
    result = CliRunner().invoke(
        app, ["refresh", str(batch), "--db", str(db), "--observed-at", "2025-02-03T18:00"]
    )
    assert result.exit_code == 1, result.output
    assert "2 ingested" in result.output and "5 rejected" in result.output
    assert "empty.txt: empty file" in result.output


def test_cli_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["refresh", str(tmp_path / "nope"), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 2
    assert "no such file or folder" in result.output


def test_unreadable_file_is_reported_and_the_rest_ingested(tmp_path: Path) -> None:
    shutil.copy(SAMPLE_PAGE, tmp_path / "good.txt")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    summary = refresh(
        tmp_path / "s.duckdb", [tmp_path / "good.txt", tmp_path / "loop.txt"], observed_at=SAMPLE_OBSERVED_AT
    )
    assert summary.files_ingested == 1
    assert summary.unreadable and "cannot read file" in summary.unreadable[0][1]
    assert summary.exit_code == 1


def test_utf16_and_bom_copies_parse_like_the_original(tmp_path: Path) -> None:
    text = SAMPLE_PAGE.read_text(encoding="utf-8")
    (tmp_path / "bom.txt").write_bytes(codecs.BOM_UTF8 + text.encode())
    summary = refresh(tmp_path / "s.duckdb", [tmp_path], observed_at=SAMPLE_OBSERVED_AT)
    assert (summary.articles_added, summary.snapshots_added) == (16, 17)


def test_an_article_stamped_after_the_page_was_captured_is_stored_with_a_warning(tmp_path: Path) -> None:
    text = SAMPLE_PAGE.read_text(encoding="utf-8").replace(
        "23.12.2024, 09:42 183916", "23.12.2099, 09:42 183916"
    )
    (tmp_path / "future.txt").write_text(text, encoding="utf-8")
    summary = refresh(tmp_path / "s.duckdb", [tmp_path / "future.txt"], observed_at=SAMPLE_OBSERVED_AT)
    assert (summary.files_ingested, summary.articles_added, summary.exit_code) == (1, 16, 1)
    ((location, warning),) = summary.warnings
    assert location.endswith("future.txt")
    assert (
        "stamped 23.12.2099 09:42, after the page was captured (2025-02-03 18:00, from --observed-at)"
        in warning
    )


def test_an_article_stamped_minutes_before_the_capture_is_no_warning(tmp_path: Path) -> None:
    summary = refresh(tmp_path / "s.duckdb", [SAMPLE_PAGE], observed_at=datetime(2025, 2, 3, 17, 0))
    assert summary.warnings == []  # the newest stamp, 17:36, is within the hour's slack (clocks differ)


def test_a_page_cut_short_keeps_what_came_before_the_cut_with_a_warning(tmp_path: Path) -> None:
    html = (Path(__file__).parent / "fixtures" / "kt_page_sample.html").read_text(encoding="utf-8")
    text = SAMPLE_PAGE.read_text(encoding="utf-8")
    cut_at = text.index("steady growth trend")  # in the main article's body
    (tmp_path / "cut.html").write_text(html[: html.index("steady growth trend")], encoding="utf-8")
    # cut inside a two-byte character: the copy of a Russian page stopped mid-letter
    (tmp_path / "cut.txt").write_bytes((text[:cut_at] + "Қазақстан").encode()[:-1])
    summary = refresh(tmp_path / "s.duckdb", [tmp_path], observed_at=SAMPLE_OBSERVED_AT)
    assert (summary.files_ingested, summary.rejected, summary.articles_added) == (2, [], 1)
    said = {(Path(location).name, warning.split(";")[0]) for location, warning in summary.warnings}
    assert ("cut.html", "truncated page: HTML ends without </html>") in said
    assert (
        "cut.txt",
        f"truncated file: ends in the middle of a UTF-8 character (byte {len((text[:cut_at] + 'Қазақста').encode())})",
    ) in said
    with duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True) as con:
        ((placement, body),) = set(
            con.execute(
                "SELECT l.placement, a.body FROM page_listings l JOIN articles a USING (article_id)"
            ).fetchall()
        )
    assert placement == "main" and body.startswith("Prime Minister Olzhas Bektenov presented")


def test_files_a_folder_search_cannot_reach_are_named_not_passed_over(tmp_path: Path, monkeypatch) -> None:
    import os

    raw = tmp_path / "raw"
    (raw / "locked").mkdir(parents=True)
    shutil.copy(SAMPLE_PAGE, raw / "good.txt")
    shutil.copy(SAMPLE_PAGE, raw / "locked" / "hidden_from_us.txt")
    (raw / "gone.txt").symlink_to(tmp_path / "moved_away.txt")  # a page's name, leading nowhere
    (raw / "self.html").symlink_to(raw / "self.html")
    (raw / "up").symlink_to(raw)  # a folder link back to the top: searched once, said once
    real_scandir = os.scandir

    def scandir(path):  # as a folder without read permission answers (root reads any folder)
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    summary = refresh(tmp_path / "s.duckdb", [raw], observed_at=SAMPLE_OBSERVED_AT)
    assert (summary.files_ingested, summary.articles_added, summary.exit_code) == (1, 16, 1)
    assert {Path(where).name: reason for where, reason in summary.unreadable} == {
        "gone.txt": "cannot read file: No such file or directory "
        f"(a symbolic link to {tmp_path / 'moved_away.txt'}, which does not exist)",
        "locked": "cannot read folder: Permission denied; its files not read",
        "self.html": f"cannot read file: a symbolic link loop (self.html -> {raw / 'self.html'} leads round to itself)",
        "up": f"symbolic link loop: leads back to {raw.resolve()}; not searched again",
    }


@pytest.mark.parametrize("runs", ["one run", "the cut page first, then the whole one"])
def test_a_body_a_cut_page_gave_is_completed_by_the_whole_page(tmp_path: Path, runs: str) -> None:
    text = SAMPLE_PAGE.read_text(encoding="utf-8")
    cut_in = "Taza Kazakstan: record results of environmental action"
    (tmp_path / "a_part.txt").write_text(
        text[: text.index("For example, the largest") + 30], encoding="utf-8"
    )
    db = tmp_path / "s.duckdb"
    if runs != "one run":
        refresh(db, [tmp_path / "a_part.txt"], observed_at=SAMPLE_OBSERVED_AT)
    shutil.copy(SAMPLE_PAGE, tmp_path / "b_whole.txt")
    summary = refresh(db, [tmp_path], observed_at=datetime(2025, 2, 3, 19, 0))
    clean = tmp_path / "clean" / "s.duckdb"
    refresh(clean, [SAMPLE_PAGE], observed_at=SAMPLE_OBSERVED_AT)
    query = (
        "SELECT a.body, count(i.indicator_id) FROM articles a LEFT JOIN indicators i USING (article_id) "
        "WHERE a.title LIKE ? GROUP BY a.body"
    )
    with duckdb.connect(str(db), read_only=True) as con, duckdb.connect(str(clean), read_only=True) as whole:
        assert (
            con.execute(query, [cut_in + "%"]).fetchall() == whole.execute(query, [cut_in + "%"]).fetchall()
        )
        assert (
            con.execute("SELECT count(*) FROM indicators").fetchone()
            == whole.execute("SELECT count(*) FROM indicators").fetchone()
        )
    if runs != "one run":
        assert summary.articles_updated == 1  # the cut body, completed


def test_a_page_captured_before_many_of_its_articles_were_published_is_one_warning(tmp_path: Path) -> None:
    ru = Path(__file__).parent / "fixtures" / "kt_page_sample_ru.txt"
    summary = refresh(
        tmp_path / "s.duckdb", [ru], observed_at=SAMPLE_OBSERVED_AT
    )  # 2025: a wrong capture time
    ((_, warning),) = summary.warnings
    assert warning.startswith("11 articles stamped, the latest 'Вторую фазу спасения Северного Арала")
    assert "13.03.2026 10:30, after the page was captured (2025-02-03 18:00, from --observed-at)" in warning


def test_compressed_pages_are_read_and_other_files_of_a_folder_are_named(tmp_path: Path) -> None:
    """`page.html.gz` was passed over without a word, and so was any file a folder held under
    another name (`page.txt.bak`, no suffix): the .gz pages are read, the others named in the
    summary (fetch records and sidecars are no others)."""
    import gzip

    raw = tmp_path / "raw"
    raw.mkdir()
    text = SAMPLE_PAGE.read_text(encoding="utf-8")
    (raw / "a.HTML.GZ").write_bytes(gzip.compress(text.encode()))
    (raw / "b.txt").write_text(text.replace("23.12.2024, 09:42", "24.12.2024, 09:42"), encoding="utf-8")
    (raw / "b.txt.fetch.json").write_text('{"fetched_at": "2025-02-03T18:00:00"}', encoding="utf-8")
    (raw / "b.txt.bak").write_text(text, encoding="utf-8")
    (raw / "noext").write_text(text, encoding="utf-8")
    (raw / "x.gz").write_bytes(gzip.compress(b"x"))  # no page suffix inside the .gz
    summary = refresh(tmp_path / "s.duckdb", [raw], observed_at=SAMPLE_OBSERVED_AT)
    assert (summary.files_ingested, summary.rejected, summary.warnings) == (2, [], [])
    assert sorted(Path(name).name for name in summary.not_pages) == ["b.txt.bak", "noext", "x.gz"]
    with duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True) as con:
        encodings = dict(con.execute("SELECT location, encoding FROM pages").fetchall())
    assert encodings[str(raw / "a.HTML.GZ")] == "gzip+utf-8"
    (raw / "c.txt").write_text(text.replace("23.12.2024, 09:42", "25.12.2024, 09:42"), encoding="utf-8")
    result = CliRunner().invoke(
        app, ["refresh", str(raw), "--db", str(tmp_path / "s.duckdb"), "--workers", "1"]
    )
    assert result.exit_code == 0, result.output  # a note, not a problem
    assert "note: 3 other file(s) in the folders are no page by their name" in " ".join(result.output.split())


STORY = "This information may not be reproduced without reference to Kazakhstan Today."


@pytest.mark.parametrize("pages", ["one page", "two pages"])
def test_two_stories_of_one_day_under_one_title_are_two_articles_not_a_silent_merge(
    tmp_path: Path, pages: str
) -> None:
    """An article is its date and title: a second story of that day under the same title, stamped
    at another minute, became the first one without a word (its body dropped, its count counted
    as the first one's). Its minute and its other text tell it apart: it is an article of its own."""
    first = f"01.02.2025, 10:00 500\nWeather warning issued\nStorm expected in Astana.\n{STORY}\n"
    second = f"01.02.2025, 16:00 90\nWeather warning issued\nFrost expected in Almaty.\n{STORY}\n"
    again = f"01.02.2025, 10:00 650\nWeather warning issued\nStorm expected in Astana.\n{STORY}\n"
    if pages == "one page":
        (tmp_path / "a.txt").write_text(first + second, encoding="utf-8")
    else:
        (tmp_path / "a.txt").write_text(first, encoding="utf-8")
        (tmp_path / "b.txt").write_text(second, encoding="utf-8")
    (tmp_path / "c.txt").write_text(again, encoding="utf-8")  # the same story seen again
    summary = refresh(tmp_path / "s.duckdb", [tmp_path], observed_at=SAMPLE_OBSERVED_AT, workers=1)
    assert not summary.warnings and summary.articles_added == 2
    with duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True) as con:
        stories = con.execute(
            "SELECT strftime(a.published_at, '%H:%M'), body, views FROM articles a JOIN latest_views USING (article_id) "
            "ORDER BY a.published_at"
        ).fetchall()
    assert stories == [
        ("10:00", "Storm expected in Astana.", 650),
        ("16:00", "Frost expected in Almaty.", 90),
    ]


def test_a_broken_link_named_on_the_command_line_is_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    """A link looping to itself, or to a file that is gone, stopped the whole refresh as a usage
    error, 'no such file or folder', though the link is there (and a folder's own were read)."""
    shutil.copy(SAMPLE_PAGE, tmp_path / "good.txt")
    (tmp_path / "loop.html").symlink_to("loop.html")
    (tmp_path / "gone.html").symlink_to("moved-away.html")
    names = [str(tmp_path / name) for name in ("good.txt", "loop.html", "gone.html")]
    result = CliRunner().invoke(
        app, ["refresh", *names, "--db", str(tmp_path / "s.duckdb"), "--observed-at", "2025-02-03T18:00"]
    )
    assert result.exit_code == 1, result.output
    assert "1 ingested" in result.output
    output = " ".join(result.output.split())
    assert "loop.html: cannot read file: a symbolic link loop (loop.html -> loop.html" in output
    assert (
        "gone.html: cannot read file: No such file or directory (a symbolic link to moved-away.html, which does not exist)"
        in output
    )


def test_copies_of_one_page_in_a_run_are_named_not_only_counted_as_unchanged(tmp_path: Path) -> None:
    """A second copy of a page was counted among the 'unchanged (skipped)' files with no name, as if
    the store had read it before: a user looking for it in the store found no page of that file."""
    shutil.copy(SAMPLE_PAGE, tmp_path / "a.txt")
    shutil.copy(SAMPLE_PAGE, tmp_path / "b.txt")
    db = tmp_path / "s.duckdb"
    args = [
        "refresh",
        str(tmp_path),
        str(tmp_path / "a.txt"),
        "--db",
        str(db),
        "--observed-at",
        "2025-02-03T18:00",
    ]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    output = " ".join(result.output.split())
    assert "1 ingested" in output
    assert (
        f"1 file(s) hold the same bytes as another file of this run, which was read for them (counted as unchanged): {tmp_path / 'b.txt'} (same as {tmp_path / 'a.txt'})"
        in output
    )


def test_a_file_named_and_found_in_a_folder_given_is_one_file(tmp_path: Path) -> None:
    """Named and in a folder given, a broken link was reported twice and counted as two files
    seen; a ZIP named was also listed among the folder's files 'not read (name a file to read it)'."""
    shutil.copy(SAMPLE_PAGE, tmp_path / "good.txt")
    (tmp_path / "loop.html").symlink_to("loop.html")
    (tmp_path / "pages.zip").write_bytes(b"PK\x03\x04" + bytes(40))
    named = [tmp_path, tmp_path / "loop.html", tmp_path / "pages.zip", tmp_path / "good.txt"]
    summary = refresh(tmp_path / "s.duckdb", named, observed_at=SAMPLE_OBSERVED_AT)
    assert summary.files_seen == 3
    assert [Path(where).name for where, _ in summary.unreadable] == ["loop.html"]
    assert summary.not_pages == []
    assert [(Path(where).name, reason.split(",")[0]) for where, reason in summary.rejected] == [
        ("pages.zip", "binary file: a ZIP archive (or a .docx/.xlsx/.epub")
    ]
