"""Hostile and huge pages (the families of bench/adversarial.py): each step is linear, a figure
stores a bounded window of its sentence, every file has a size and time budget, and parser
processes die with the refresh that started them."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from bench.adversarial import line, nesting, sentences
from etl.pipeline.refresh import FileBudget, refresh
from etl.sites.html import html_to_text
from etl.sites.ktkz.pages import parse_page
from etl.store.publish import RefreshLocked, refresh_lock
from etl.transform.ingest import SENTENCE_WINDOW, PreviousSentences, sentence_window
from tests.conftest import ROOT, SAMPLE_OBSERVED_AT, SAMPLE_PAGE


def _write(folder: Path, page: tuple[str, str]) -> Path:
    name, content = page
    path = folder / name
    path.write_text(content, encoding="utf-8")
    return path


def test_html_nested_100k_levels_gives_the_article_text() -> None:
    _, markup = nesting(100_000)
    text = html_to_text(markup)
    assert text.splitlines()[:3] == [
        "05.02.2025, 16:42 6486",
        "Astana schools report on new places",
        "Tell a friend",
    ]
    (listing,) = parse_page(text).listings
    assert listing.body == "The city opened 12 schools with 9,600 places."


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("<div>a<span>b</div>c<p>d<br>e<br/>f</p>", "ab\nc\nd\ne\nf\n"),
        (
            "<p>shown</p><script>if (a < b) {}</script><style>p {}</style><svg><text>hidden</text></svg>",
            "shown\n",
        ),
        ("<div><svg><path></div>after the unclosed svg", "after the unclosed svg\n"),  # </div> closes it
        ("<p>a &amp; b&nbsp;c</p><!-- note --></span>d", "a & b c\nd\n"),  # stray end tag ignored
        ("<td>1</td><td>2</td><li>x<hr>y<img src=a>z</li>", "1\n2\nx\nyz\n"),
    ],
)
def test_html_to_text_keeps_lines_of_blocks_and_drops_invisible_parts(markup: str, text: str) -> None:
    assert html_to_text(markup) == text


def test_previous_sentence_is_found_from_any_position_of_a_sentence() -> None:
    body = 'Output rose. "Yes," he said. Also, exports grew 5 percent.\nThe port grew 3 percent.'
    previous = PreviousSentences(body)
    assert previous.before(0) == "" and previous.before(5) == ""
    assert previous.before(body.index("he said")) == "Output rose."
    assert previous.before(body.index("5 percent")) == '"Yes," he said.'
    assert previous.before(body.index("The port")) == "Also, exports grew 5 percent."


def test_in_a_cyrillic_body_the_sentence_before_in_the_same_paragraph_is_read() -> None:
    # the English splitter ends a sentence only before a Latin capital: a Cyrillic paragraph was one
    # sentence, so the text before its second sentence was the paragraph before, not its first
    body = "Министрлік брифинг өткізді.\nIT экспорты бес есе өсті. Мемлекет басшысы көрсеткішті 500 млн долларға жеткізуді тапсырды."
    before = PreviousSentences(body).before(body.index("500"))
    assert "IT экспорты бес есе өсті." in before
    assert "Министрлік брифинг өткізді." in before  # the paragraph before is still read, as it was
    assert PreviousSentences(body).before(body.index("IT")) == "Министрлік брифинг өткізді."
    assert PreviousSentences(body).before(3) == ""


def test_a_short_sentence_is_stored_whole() -> None:
    sentence = "The city opened 12 schools."
    assert sentence_window(sentence, 40, 56, 58) == (sentence, 40)


def test_a_figure_in_an_endless_sentence_stores_a_window_around_it_cut_at_spaces() -> None:
    body = "Intro. " + " ".join(f"item{n} cost {n} tenge" for n in range(2000))
    start = body.index("cost 1234 tenge") + 5
    window, offset = sentence_window(body[7:], 7, start, start + 4)
    assert len(window) <= SENTENCE_WINDOW
    assert body[offset : offset + len(window)] == window
    assert offset <= start and start + 4 <= offset + len(window)
    assert body[offset - 1] == " " and not window.endswith(" ")  # whole words only


def test_a_page_that_is_one_long_line_of_figures_stores_bounded_sentences(tmp_path: Path) -> None:
    page = _write(tmp_path, line(30_000))
    refresh(tmp_path / "s.duckdb", [page], observed_at=SAMPLE_OBSERVED_AT)
    with duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True) as con:
        rows = con.execute(
            "SELECT i.sentence, i.sentence_start, i.start_char, i.end_char, a.body "
            "FROM indicators i JOIN articles a USING (article_id)"
        ).fetchall()
    assert len(rows) == 30_000 // 15
    for sentence, sentence_start, start, end, body in rows:
        assert len(sentence) <= SENTENCE_WINDOW
        assert body[sentence_start : sentence_start + len(sentence)] == sentence  # highlighting works
        assert sentence_start <= start < end <= sentence_start + len(sentence)


@pytest.mark.parametrize("workers", [1, 2])
def test_a_file_over_the_size_budget_is_reported_unread_and_the_batch_goes_on(
    tmp_path: Path, workers: int
) -> None:
    shutil.copy(SAMPLE_PAGE, tmp_path / "good.txt")
    big = _write(tmp_path, sentences(60_000))
    summary = refresh(tmp_path / "s.duckdb", [tmp_path], observed_at=SAMPLE_OBSERVED_AT, workers=workers,
                      budget=FileBudget(max_bytes=50_000))  # fmt: skip
    assert summary.files_ingested == 1 and summary.exit_code == 1
    assert summary.unreadable == [
        (str(big), f"over the per-file budget: {big.stat().st_size:,} bytes, more than 50,000 (--max-file-bytes); "
                   "not read, tried again on the next refresh")
    ]  # fmt: skip


# The sample page parses in about 0.3 s of CPU, but a loaded two-core machine stretched that past a
# 0.5 s budget (the good page went unread); the slow file (killed at the budget, so its size costs
# no time) needs many times this budget even on a fast machine.
BUSY_MACHINE_SECONDS = 3.0


@pytest.mark.parametrize("workers", [1, 2])
def test_a_file_past_its_time_budget_is_reported_and_the_batch_goes_on(tmp_path: Path, workers: int) -> None:
    shutil.copy(SAMPLE_PAGE, tmp_path / "good.txt")
    slow = _write(tmp_path, line(12_000_000))  # 800,000 figures: far past the budget even at a linear MB/s
    summary = refresh(tmp_path / "s.duckdb", [tmp_path], observed_at=SAMPLE_OBSERVED_AT, workers=workers,
                      budget=FileBudget(seconds=BUSY_MACHINE_SECONDS))  # fmt: skip
    assert summary.files_ingested == 1 and summary.articles_added == 16
    assert summary.unreadable == [
        (str(slow), f"over the per-file budget: not parsed within {BUSY_MACHINE_SECONDS:g} s (--file-timeout); "
                    "not stored, tried again on the next refresh")
    ]  # fmt: skip
    again = refresh(
        tmp_path / "s.duckdb",
        [tmp_path],
        observed_at=SAMPLE_OBSERVED_AT,
        budget=FileBudget(seconds=BUSY_MACHINE_SECONDS),
    )
    assert again.files_skipped == 1 and len(again.unreadable) == 1  # not recorded: tried again


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads worker pids from /proc (Linux)")
def test_after_kill_9_of_refresh_no_worker_keeps_the_store_locked(tmp_path: Path) -> None:
    for size in (500_000, 510_000, 520_000, 530_000):  # slow pages: the workers stay busy
        _write(tmp_path, line(size))
    db = tmp_path / "s.duckdb"
    command = [sys.executable, "-m", "etl.cli", "refresh", str(tmp_path), "--db", str(db), "--workers", "2",
               "--file-timeout", "600", "--observed-at", "2025-02-05T18:00"]  # fmt: skip
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 30
        while len(workers := _children(process.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert len(workers) == 2, "the refresh did not start its workers"
        time.sleep(1.0)  # the workers are busy parsing
        assert process.poll() is None, "the refresh ended before it could be killed"
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        deadline = time.monotonic() + 5
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not any(_alive(pid) for pid in workers)
        with refresh_lock(db):  # RefreshLocked if an orphan still held the lock
            pass
    finally:
        if process.poll() is None:
            process.kill()
        for pid in workers:  # were this test to fail, leave no orphan running
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)


def test_refresh_lock_is_really_exclusive(tmp_path: Path) -> None:
    with (
        refresh_lock(tmp_path / "s.duckdb"),
        pytest.raises(RefreshLocked),
        refresh_lock(tmp_path / "s.duckdb"),
    ):
        pass


SAMPLE_HTML = (ROOT / "tests" / "fixtures" / "kt_page_sample.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "markup",
    [
        '<?xml version="1.0" encoding="utf-8"?>\n'
        + SAMPLE_HTML.split("\n", 1)[1],  # XHTML (printer versions)
        SAMPLE_HTML[SAMPLE_HTML.index("<main>") :],  # a fragment saved from a browser
        "<p>" + SAMPLE_HTML[SAMPLE_HTML.index("<article") :],
        "\n  <SECTION class=x>" + SAMPLE_HTML[SAMPLE_HTML.index("<article") :],
    ],
)
def test_markup_that_opens_otherwise_is_still_read_as_html(markup: str) -> None:
    """A page opening with an XML declaration or a tag other than <html>/<div> was read as a
    text page: rejected for having no stamp, though its stamps were all there."""
    from etl.sites import parse

    expected = [(a.title, a.views) for a in parse(SAMPLE_HTML.encode()).page.listings]
    assert [(a.title, a.views) for a in parse(markup.encode()).page.listings] == expected


@pytest.mark.parametrize("text", ["<<Quoted>> title\n01.02.2025, 10:00 5\nTitle\nBody.\n", "<b> alone\n"])
def test_a_text_page_opening_with_an_angle_bracket_is_not_taken_for_markup(text: str) -> None:
    from etl.sites.html import looks_like_html

    assert not looks_like_html(text)


@pytest.mark.parametrize("cut_after", ['<p class="copy', "<p cla", "</p", "<!-- end of", "<"])
def test_a_page_cut_inside_a_tag_keeps_no_piece_of_markup_in_the_body(cut_after: str) -> None:
    """A download cut inside a tag ended the body with the tag's opening ('... before.\\n<p cla'):
    the stdlib parser hands an unfinished tag on as text when it is closed."""
    from etl.sites import parse

    end = SAMPLE_HTML.index("</p>", SAMPLE_HTML.index("<article")) + len("</p>")
    parsed = parse((SAMPLE_HTML[:end] + cut_after).encode())
    main = parsed.page.listings[0]
    assert main.body is not None and "<" not in main.body
    assert main.body.endswith("Serik Zhumangarin, primeminister.kz reports.")
    assert any("stops inside a tag" in warning for warning in parsed.page.warnings)


def test_a_page_ending_in_text_with_an_angle_bracket_keeps_it() -> None:
    from etl.sites.html import html_notes

    markup = "<p>Prices rose 3 < 4 per cent"
    assert html_to_text(markup) == "Prices rose 3 < 4 per cent\n"
    assert not html_notes(markup)
