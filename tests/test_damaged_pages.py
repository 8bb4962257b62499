"""Damaged copies of the real sample page: every article that can be read is read as from the
clean page, and each thing that could not be read is a warning naming its line, never a loss
without a word (issue 13 §1)."""

from __future__ import annotations

import duckdb
import pytest
from typer.testing import CliRunner

from etl.cli import app
from etl.pipeline.refresh import refresh
from etl.sites.ktkz.pages import parse_page
from etl.store import database, migrations
from tests.conftest import SAMPLE_OBSERVED_AT, SAMPLE_PAGE

LINES = SAMPLE_PAGE.read_text(encoding="utf-8").splitlines()
FIRST_STAMP = LINES[0]  # "23.12.2024, 09:42 183916", the main article's
SCHOLARSHIP_STAMP = LINES.index("24.01.2025, 17:09 145111")  # a related article's, 0-based
SCHOLARSHIP_TITLE = "Improving transparency of scholarship process in Kazakhstan"


def _articles(text: str) -> list[tuple]:
    return [
        (a.published_at, a.views, a.title, a.placement, a.body, a.source) for a in parse_page(text).listings
    ]


def _with(index: int, *replacement: str) -> str:
    return "\n".join(LINES[:index] + list(replacement) + LINES[index + 1 :]) + "\n"


CLEAN = _articles("\n".join(LINES))


@pytest.mark.parametrize(
    "damaged",
    [
        "  " + FIRST_STAMP,  # leading spaces
        "\ufeff" + FIRST_STAMP,  # a byte-order mark
        FIRST_STAMP.replace(".2024", ".\ufeff2024").replace(", ", ",\u00a0"),  # BOM mid-line, no-break space
        "\t" + FIRST_STAMP + " \u200b",  # a tab, a zero-width space after
    ],
)
def test_invisible_damage_to_a_stamp_reads_as_the_clean_page(damaged: str) -> None:
    page = parse_page(_with(0, damaged))
    assert _articles(_with(0, damaged)) == CLEAN
    assert page.warnings == ()


def test_a_stored_copys_date_label_on_the_first_line_is_not_page_text() -> None:
    for label in ("date 2025-02-05", "  date 2025-02-05  \ufeff"):
        text = _with(0, f"{label} {FIRST_STAMP}")
        page = parse_page(text)
        assert _articles(text) == CLEAN
        assert page.warnings == ()


@pytest.mark.parametrize("label", ["Published:", "Posted on", "date 2025-02-05 by the editor"])
def test_a_label_before_the_main_stamp_keeps_the_main_article_and_says_what_was_ignored(label: str) -> None:
    text = _with(0, f"{label} {FIRST_STAMP}")
    page = parse_page(text)
    assert _articles(text) == CLEAN  # the main article keeps its body and its placement
    (warning,) = page.warnings
    assert (
        warning.startswith("line 1: text before the listing stamp ignored")
        and label.strip(" \ufeff") in warning
    )


def test_a_stamp_too_damaged_to_read_leaves_the_main_body_reported_not_lost() -> None:
    text = _with(0, "Published on the website of the Kazakhstan Today agency on " + FIRST_STAMP)
    page = parse_page(text)
    assert [a[2] for a in _articles(text)] == [a[2] for a in CLEAN[1:]]
    assert any(
        "before the first listing stamp not read" in w and "-character paragraph" in w for w in page.warnings
    )


@pytest.mark.parametrize("halves", [("24.01.2025,", "17:09 145111"), ("24.01.2025", "17:09 145111")])
def test_a_stamp_split_across_two_lines_is_joined(halves: tuple[str, str]) -> None:
    text = _with(SCHOLARSHIP_STAMP, *halves)
    assert _articles(text) == CLEAN
    assert parse_page(text).warnings == ()


def test_a_missing_title_skips_that_entry_with_a_warning_and_spares_its_neighbours() -> None:
    text = _with(SCHOLARSHIP_STAMP + 1)  # the title line removed
    page = parse_page(text)
    assert _articles(text) == [a for a in CLEAN if a[2] != SCHOLARSHIP_TITLE]  # nothing merged elsewhere
    (warning,) = page.warnings
    assert warning.startswith(f"line {SCHOLARSHIP_STAMP + 1}: listing stamp with no title")
    assert "'Images | primeminister.kz'" in warning and "line(s) after it not stored" in warning


def test_a_stamp_followed_by_a_paragraph_has_no_title() -> None:
    first_paragraph = next(i for i in range(SCHOLARSHIP_STAMP, len(LINES)) if len(LINES[i]) > 300)
    text = "\n".join(LINES[: SCHOLARSHIP_STAMP + 1] + LINES[first_paragraph:])  # title, credit... gone
    (warning,) = parse_page(text).warnings
    assert "-character paragraph" in warning and "entry not stored" in warning


def test_a_body_cut_mid_sentence_is_stored_as_read_and_reported() -> None:
    cut_line = SCHOLARSHIP_STAMP + 4
    paragraph = LINES[cut_line]
    cut = "\n".join(LINES[:cut_line] + [paragraph[: len(paragraph) // 2].rstrip(" .")])
    page = parse_page(cut)
    scholarship = next(item for item in page.listings if item.title == SCHOLARSHIP_TITLE)
    assert scholarship.body.endswith(paragraph[: len(paragraph) // 2].rstrip(" ."))
    assert _articles(cut)[:-1] == CLEAN[: len(page.listings) - 1]
    (warning,) = page.warnings
    assert SCHOLARSHIP_TITLE[:20] in warning and "ends mid-sentence" in warning


def test_a_page_cut_right_after_a_stamp_keeps_what_came_before() -> None:
    page = parse_page("\n".join(LINES[: SCHOLARSHIP_STAMP + 1]))
    assert [a.title for a in page.listings] == [a[2] for a in CLEAN[:2]]
    (warning,) = page.warnings
    assert warning.startswith(
        f"line {SCHOLARSHIP_STAMP + 1}: listing stamp at the end of the page with no title"
    )


def test_an_impossible_stamp_mid_page_is_reported_and_not_taken_for_body_text() -> None:
    text = _with(SCHOLARSHIP_STAMP, "34.01.2025, 17:09 145111")
    page = parse_page(text)
    assert _articles(text) == [a for a in CLEAN if a[2] != SCHOLARSHIP_TITLE]
    (warning,) = page.warnings
    assert f"line {SCHOLARSHIP_STAMP + 1}: '34.01.2025, 17:09 145111' looks like a listing stamp" in warning


def test_a_most_viewed_entry_without_title_is_reported_and_the_rest_kept() -> None:
    text = "\n".join(LINES) + " 02.02.2025, 10:00 77"
    page = parse_page(text)
    assert _articles(text) == CLEAN
    (warning,) = page.warnings
    assert "Most viewed entry" in warning and "has no title" in warning


@pytest.fixture()
def damaged_batch(tmp_path):
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "label.txt").write_text(_with(0, f"Published: {FIRST_STAMP}"), encoding="utf-8")
    (folder / "no_title.txt").write_text(
        _with(SCHOLARSHIP_STAMP + 1).replace("Olzhas", "Mr"), encoding="utf-8"
    )
    return folder


def test_refresh_stores_counts_prints_warnings_and_exits_1(damaged_batch, tmp_path) -> None:
    db = tmp_path / "s.duckdb"
    result = CliRunner().invoke(
        app,
        [
            "refresh",
            str(damaged_batch),
            "--db",
            str(db),
            "--observed-at",
            "2025-02-03T18:00",
            "--workers",
            "1",
        ],
    )
    assert result.exit_code == 1, result.output
    assert "2 warnings (damaged pages: what was repaired, or not stored)" in result.output
    assert "warning " in result.output and "no_title.txt: line" in result.output
    with duckdb.connect(str(db), read_only=True) as con:
        stored = dict(
            con.execute("SELECT regexp_extract(location, '[^/]+$'), warnings FROM pages").fetchall()
        )
        runs = con.execute("SELECT files_ingested, warnings FROM refresh_runs").fetchall()
        mains = con.execute(
            "SELECT count(*) FROM articles WHERE body LIKE 'Prime Minister Olzhas%'"
        ).fetchone()
    assert len(stored["label.txt"]) == 1 and "text before the listing stamp ignored" in stored["label.txt"][0]
    assert "listing stamp with no title" in stored["no_title.txt"][0]
    assert runs == [(2, 2)]
    assert mains == (1,)  # the labelled copy's main article kept its body


def test_a_clean_page_has_no_warnings_and_exits_0(tmp_path) -> None:
    summary = refresh(tmp_path / "s.duckdb", [SAMPLE_PAGE], observed_at=SAMPLE_OBSERVED_AT)
    assert (summary.exit_code, summary.warnings) == (0, [])
    with duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True) as con:
        assert con.execute("SELECT warnings FROM pages").fetchall() == [([],)]


def test_a_store_without_warning_columns_is_migrated(tmp_path) -> None:
    db = tmp_path / "old.duckdb"  # a plain file, as the version before warnings left it
    with database.connect(db) as con:
        con.execute("ALTER TABLE pages DROP COLUMN warnings")
        con.execute("ALTER TABLE refresh_runs DROP COLUMN warnings")
        step = migrations.MIGRATIONS.index(migrations._pages_and_runs_carry_warnings)
        con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(step)])
    with database.connect(db, read_only=True) as con:
        assert database.outdated(con)
    summary = refresh(db, [SAMPLE_PAGE], observed_at=SAMPLE_OBSERVED_AT)
    assert summary.exit_code == 0
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT warnings FROM refresh_runs").fetchall() == [(0,)]
        assert con.execute("SELECT warnings FROM pages").fetchall() == [([],)]


def test_overview_lists_the_warnings_of_the_store(damaged_batch, tmp_path, monkeypatch) -> None:
    from pathlib import Path

    from streamlit.testing.v1 import AppTest

    db = tmp_path / "s.duckdb"
    refresh(db, [damaged_batch], observed_at=SAMPLE_OBSERVED_AT)
    monkeypatch.setenv("KTPULSE_DB", str(db))
    app = AppTest.from_file(
        str(Path(__file__).resolve().parent.parent / "dashboard" / "app.py"), default_timeout=60
    )
    app.run()
    assert not app.exception, [e.message for e in app.exception]
    assert (
        app.expander[0].label
        == "⚠ 2 warnings: 2 ingested pages were damaged (what was repaired, or not stored)"
    )
    shown = app.dataframe[0].value
    assert sorted(shown["location"].str.rsplit("/", n=1).str[-1]) == ["label.txt", "no_title.txt"]
    assert shown["reason"].str.contains("listing stamp with no title").any()


def test_a_date_and_time_inside_a_body_stays_body_text() -> None:
    """Only between articles is a labelled or impossible stamp read as one."""
    body_line = LINES[2 + LINES[2:].index(next(line for line in LINES[2:] if len(line) > 200))]
    for inserted in ("Updated 03.02.2025, 16:42", "Session of 34.01.2025, 17:09"):
        text = "\n".join(LINES).replace(body_line, f"{body_line}\n{inserted}", 1)
        page = parse_page(text)
        assert page.warnings == ()
        assert f"{body_line}\n{inserted}" in page.listings[0].body


# A copy that opens in the middle of the page's own article: its stamp and title were cut off,
# so the first stamp read belongs to the next entry down (written for this test; the layout is
# that of stored kt.kz/eng copies that start at a title or a paragraph).
OPENS_MID_ARTICLE = """\
Regional council backs a new plan for district heating, says its chair
The chair of the regional council said on Tuesday that deputies had backed a five-year plan to replace worn heating mains in three district towns, adding that the work would start before the cold season and that the budget for the first year had already been set aside by the akimat.
Residents of the towns have complained for several winters about outages, the chair said.
05.03.2025, 11:20 4210
Road repairs to begin on the northern bypass next month
Crews will close one lane at a time while the surface is relaid, the city's roads department said.
"""


def test_a_copy_opening_mid_article_stores_its_first_stamped_entry_as_a_listing_not_the_main() -> None:
    page = parse_page(OPENS_MID_ARTICLE)
    (entry,) = page.listings
    assert (entry.title, entry.placement) == (
        "Road repairs to begin on the northern bypass next month",
        "listing",
    )
    (warning,) = page.warnings
    assert "before the first listing stamp not read" in warning and "page's own article" in warning


def test_short_furniture_before_the_first_stamp_leaves_the_main_article_in_place() -> None:
    page = parse_page("Kazakhstan Today\nNews | Society\n" + OPENS_MID_ARTICLE.split("\n", 3)[3])
    assert [(entry.placement, entry.views) for entry in page.listings] == [("main", 4210)]
    assert page.warnings == ()


@pytest.mark.parametrize(
    ("count", "views", "warned"),
    [
        ("-183916", None, True),  # a sign: no count of views
        ("n/a", None, True),
        ("99999999999999999999999", None, True),  # more than a BIGINT: it crashed the whole refresh
        ("183 916", 183916, False),  # digit groups are the same count
        ("183,916", 183916, False),
    ],
)
def test_a_stamp_whose_count_is_no_count_keeps_the_main_article_and_says_so(
    count: str, views: int | None, warned: bool
) -> None:
    text = _with(0, FIRST_STAMP.replace("183916", count))
    page = parse_page(text)
    main = page.listings[0]
    assert (main.placement, main.title, main.views) == ("main", CLEAN[0][2], views)
    assert _articles(text)[1:] == CLEAN[1:]
    if warned:
        (warning,) = page.warnings
        assert warning.startswith(f"line 1: view count {count!r} is not a believable count")
    else:
        assert page.warnings == ()


def test_an_absurd_count_in_the_most_viewed_block_is_reported_and_the_entry_kept() -> None:
    text = "\n".join(LINES).replace(
        "26421Kazakhstan and Bulgaria", "99999999999999999999Kazakhstan and Bulgaria"
    )
    page = parse_page(text)
    entry = next(item for item in page.listings if item.title.startswith("Kazakhstan and Bulgaria"))
    assert entry.views is None
    (warning,) = page.warnings
    assert "Most viewed entry 2" in warning and "'99999999999999999999' is not a believable count" in warning


def test_refresh_goes_on_past_a_page_with_an_absurd_count(tmp_path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "absurd.txt").write_text(
        _with(SCHOLARSHIP_STAMP, "24.01.2025, 17:09 9223372036854775808").replace("Olzhas", "Mr"),
        encoding="utf-8",
    )
    (raw / "clean.txt").write_text("\n".join(LINES) + "\n", encoding="utf-8")
    result = CliRunner().invoke(
        app, ["refresh", str(raw), "--db", str(tmp_path / "s.duckdb"), "--observed-at", "2025-02-03T18:00"]
    )
    assert result.exit_code == 1, result.output
    assert "2 ingested" in result.output
    assert f"absurd.txt: line {SCHOLARSHIP_STAMP + 1}: view count '9223372036854775808'" in result.output


COPYRIGHT_LINE = LINES[8]
RELATED_HEADING = LINES[9]  # "relevant news"
MOST_VIEWED_AT = LINES.index("Most viewed")


def test_a_related_heading_glued_to_the_copyright_line_with_the_next_stamp_is_read_as_its_lines() -> None:
    text = _with(8, f"{COPYRIGHT_LINE} {RELATED_HEADING} {LINES[10]}").replace(
        f"\n{RELATED_HEADING}\n{LINES[10]}\n", "\n", 1
    )
    assert f"{RELATED_HEADING} {LINES[10]}\n{LINES[11]}" in text  # the stamp is glued, its line gone
    assert _articles(text) == CLEAN
    assert parse_page(text).warnings == ()


def test_a_most_viewed_heading_glued_to_the_line_before_keeps_the_block() -> None:
    glued = (
        LINES[: MOST_VIEWED_AT - 1]
        + [f"{LINES[MOST_VIEWED_AT - 1]} Most viewed"]
        + LINES[MOST_VIEWED_AT + 1 :]
    )
    text = "\n".join(glued) + "\n"
    assert _articles(text) == CLEAN
    assert parse_page(text).warnings == ()


def test_a_heading_named_inside_a_sentence_is_body_text() -> None:
    text = _with(6, LINES[6] + " Read also the most viewed report.")
    assert LINES[6] + " Read also the most viewed report." in _articles(text)[0][4]


def test_a_page_joined_after_the_most_viewed_block_is_read_not_swallowed_as_titles() -> None:
    fixture = SAMPLE_PAGE.parent.parent / "tests" / "fixtures" / "kt_page_sample_ru.txt"
    ru = "".join(
        line for line in fixture.read_text(encoding="utf-8").splitlines(True) if not line.startswith("#")
    )
    page = parse_page("\n".join(LINES) + "\n" + ru)
    alone = parse_page(ru).listings
    assert [a[2:5] for a in _articles("\n".join(LINES))] == [
        (item.title, item.placement, item.body) for item in page.listings[: len(CLEAN)]
    ]
    joined = page.listings[len(CLEAN) :]
    assert [(item.title, item.body) for item in joined] == [(item.title, item.body) for item in alone]
    assert all(len(item.title) <= 300 for item in page.listings)
    assert [item.position for item in page.listings] == list(range(len(page.listings)))
    (warning,) = page.warnings
    assert "articles after the Most viewed block" in warning


def test_an_entry_after_a_copyright_line_without_its_stamp_is_reported() -> None:
    text = "\n".join(LINES[:SCHOLARSHIP_STAMP] + LINES[SCHOLARSHIP_STAMP + 1 :])  # the stamp line lost
    page = parse_page(text)
    assert SCHOLARSHIP_TITLE not in [a[2] for a in _articles(text)]
    assert any("text after an article's copyright line" in w and "not stored" in w for w in page.warnings)


def test_text_run_on_into_the_last_most_viewed_title_is_reported() -> None:
    text = "\n".join(LINES) + "\n" + "A note added below the page by whoever stored it, " * 8 + "\n"
    (warning,) = parse_page(text).warnings
    assert warning.startswith("Most viewed entry 9") and "-character title: text after the block" in warning


def test_a_page_cut_inside_a_stamp_after_a_copyright_line_says_so() -> None:
    text = "\n".join(LINES[:10]) + "\n" + LINES[10][:14]  # '24.01.2025, 19', the rest cut off
    page = parse_page(text)
    assert _articles(text) == CLEAN[:1]
    (warning,) = page.warnings
    assert warning.startswith("line 11: text after an article's copyright line ('24.01.2025, 19')")


def test_a_main_article_whose_body_is_missing_is_reported() -> None:
    text = "\n".join(LINES[:4] + LINES[9:])  # stamp, title, credit, 'Tell a friend', then the related block
    page = parse_page(text)
    assert (page.listings[0].placement, page.listings[0].body) == ("main", None)
    (warning,) = page.warnings
    assert "the page's own article has no body, though other entries on the page have theirs" in warning


def test_an_index_page_of_bodiless_entries_is_no_warning() -> None:
    stamps = ["05.02.2025, 16:42 6486", "05.02.2025, 15:00 120", "04.02.2025, 10:05 77"]
    text = "\n".join(f"{stamp}\nTitle number {n}" for n, stamp in enumerate(stamps))
    page = parse_page(text)
    assert len(page.listings) == 3 and page.warnings == ()


MAIN_PARAGRAPH = LINES.index(CLEAN[0][4].split("\n")[1])  # the main article's second paragraph


@pytest.mark.parametrize(
    "rows",
    [
        [
            "The schedule:",
            "15.03.2025",
            "Opening of the plant.",
            "01.04.2025",
            "First output.",
        ],  # dates alone
        ["Month\tOutput", "01.10.2024\t1234", "01.11.2024\t1456"],  # a table copied row by row (tabs)
    ],
)
def test_a_date_without_a_time_inside_a_body_is_body_text_not_a_new_entry(rows: list[str]) -> None:
    """A page whose stamps carry their time: a date alone in a body (a schedule, a table's date
    column) is a date of the text; taken for a date-only stamp, it cut the body and stored its
    next line as an article's title."""
    page = parse_page(_with(MAIN_PARAGRAPH, LINES[MAIN_PARAGRAPH], *rows))
    assert [a[2] for a in _articles(_with(MAIN_PARAGRAPH, LINES[MAIN_PARAGRAPH], *rows))] == [
        a[2] for a in CLEAN
    ]
    assert page.listings[0].body == CLEAN[0][4].replace(
        LINES[MAIN_PARAGRAPH], "\n".join([LINES[MAIN_PARAGRAPH], *(" ".join(r.split()) for r in rows)])
    )
    assert page.warnings == ()


def test_a_page_of_date_only_stamps_still_reads_each_as_an_entry() -> None:
    text = "30.05.2024\nFirst title\nBody one.\n31.05.2024 1520\nSecond title\nBody two.\n"
    assert [(a.title, a.views) for a in parse_page(text).listings] == [
        ("First title", None),
        ("Second title", 1520),
    ]


@pytest.mark.parametrize("space", ["\u2009", "\u200a", "\u2008", "\u3000"])
def test_a_count_grouped_with_a_thin_space_is_read(space: str) -> None:
    """Russian typography groups digits with thin spaces: the stamp was taken for a damaged one
    and the page's own article was not stored."""
    text = "\n".join([FIRST_STAMP.replace("183916", f"183{space}916"), *LINES[1:]])
    assert _articles(text) == CLEAN and parse_page(text).warnings == ()


@pytest.mark.parametrize("count", ["183916", "183 916"])
def test_a_count_on_the_line_after_its_stamp_is_the_count_not_the_title(count: str) -> None:
    """An HTML layout with the count in its own block gives `DD.MM.YYYY, HH:MM` then the count on
    a line of its own: the count was stored as the article's title and the title as its body."""
    date, time_ = "23.12.2024,", "09:42"
    for stamp_lines in ([f"{date} {time_}", count], [date, time_, count]):
        assert _articles("\n".join([*stamp_lines, *LINES[1:]])) == CLEAN


def test_a_most_viewed_count_in_digit_groups_is_read_whole() -> None:
    """'26 421Title' (the count grouped, the title glued on): the count was 26 and the title
    began with '421'."""
    block = LINES[LINES.index("Most viewed") + 1]
    assert "15:39 26421Kazakhstan" in block
    text = "\n".join(LINES).replace("15:39 26421Kazakhstan", "15:39 26 421Kazakhstan")
    viewed = [(a.title, a.views) for a in parse_page(text).listings if a.placement == "most_viewed"]
    assert viewed == [(a[2], a[1]) for a in _articles("\n".join(LINES)) if a[3] == "most_viewed"]


@pytest.mark.parametrize(
    "stamp",
    [
        "23.12.2024 09:42 183916",
        "23.12.2024 | 09:42 183916",
        "23.12.2024, 09:42:07 183916",
        "23.12.2024, 09:42183916",  # time and count in two elements with no space between
        "23.12.2024, 09:42183 916",
    ],
)
def test_a_date_and_time_in_two_elements_read_as_the_stamp(stamp: str) -> None:
    """An HTML page with the date, the time and the count in elements of their own gives them
    with a space or a bar between, or none (a <time> element may add seconds): reported as 'no
    readable date and time', the page's own article was not stored."""
    text = "\n".join([stamp, *LINES[1:]])
    assert _articles(text) == CLEAN and parse_page(text).warnings == ()


@pytest.mark.parametrize(
    "stamp",
    [
        "23.12.202409:42 183916",  # date and time glued: the year is four digits
        "2024-12-23 09:42 183916",
        "2024-12-23T09:42 183916",
        "2024-12-23T09:42:00+05:00 183916",
        "2024-12-23T04:42:00Z 183916",  # UTC: brought to Almaty time, as kt.kz prints it
        "23.12.24 09:42 183916",
        "23.12.24, 09:42 183916",
        "23/12/2024 09:42 183916",  # slashes: 23 can only be the day
    ],
)
def test_a_stamp_written_another_way_is_read_when_it_names_one_moment(stamp: str) -> None:
    """Glued, ISO, two-digit-year and slashed stamps were 'no readable date and time' (or not
    even seen as stamps): the page's own article was not stored."""
    text = "\n".join([stamp, *LINES[1:]])
    assert _articles(text) == CLEAN and parse_page(text).warnings == ()


@pytest.mark.parametrize(
    ("stamp", "problem"),
    [
        (
            "05/06/2024 09:42 183916",
            "its date '05/06/2024' is ambiguous (day/month or month/day: 05.06 or 06.05)",
        ),
        ("2024-12-23T09:42+25:00 183916", "its time zone offset '+25:00' is no real one"),
        ("2024-13-23 09:42 183916", "is no real date and time"),
        ("31.02.24 09:42 183916", "is no real date and time"),
    ],
)
def test_a_stamp_that_names_no_one_moment_says_why_it_was_not_read(stamp: str, problem: str) -> None:
    page = parse_page("\n".join([stamp, *LINES[1:]]))
    assert page.warnings[0].startswith(
        f"line 1: {stamp!r} looks like a listing stamp but {problem}: entry not stored"
    )


@pytest.mark.parametrize(
    "stamp_lines",
    [
        ["23.12.2024, 09:42 Просмотров: 183916"],
        ["23.12.2024, 09:42 Views: 183 916"],
        ["23.12.2024, 09:42 Қаралым: 183916"],
        ["23.12.2024, 09:42 183 916 просмотров"],
        ["23.12.2024, 09:42 | 183916"],
        ["23.12.2024, 09:42", "Просмотров: 183916"],  # the labelled count on a line of its own
        ["2024-12-23 09:42", "Views: 183,916"],
    ],
)
def test_a_labelled_view_count_is_read_as_the_count(stamp_lines: list[str]) -> None:
    """A count printed with its label was no count: the stamp was taken for body text, the page's
    own article not stored, or the label line became its title."""
    text = "\n".join([*stamp_lines, *LINES[1:]])
    assert _articles(text) == CLEAN and parse_page(text).warnings == ()


@pytest.mark.parametrize("count", ["n/a", "-5", "1.2K"])
def test_a_labelled_count_that_is_no_count_keeps_the_article_and_says_so(count: str) -> None:
    page = parse_page("\n".join([f"23.12.2024, 09:42 Views: {count}", *LINES[1:]]))
    assert page.listings[0].views is None and page.listings[0].title == CLEAN[0][2]
    assert page.warnings == (
        f"line 1: view count {count!r} is not a believable count of views: stored without one",
    )


def test_most_viewed_stamps_with_a_space_before_the_time_are_split() -> None:
    block = LINES[LINES.index("Most viewed") + 1]
    text = "\n".join(LINES).replace(block, block.replace(".2025, ", ".2025 "))
    assert _articles(text) == CLEAN


@pytest.mark.parametrize(
    "stamp",
    [
        "2025-02-03 15:39 26421",
        "03.02.25 15:39 26421",
        "03.02.202515:39 26421",
        "03.02.2025, 15:39 Views: 26421",
    ],
)
def test_a_most_viewed_stamp_written_another_way_is_read(stamp: str) -> None:
    """The entry's stamp was not seen: its title and count ran on into the entry before it, without a word."""
    block = LINES[LINES.index("Most viewed") + 1]
    text = "\n".join(LINES).replace(block, block.replace("03.02.2025, 15:39 26421", stamp))
    assert _articles(text) == CLEAN and parse_page(text).warnings == ()


def test_a_most_viewed_stamp_that_cannot_be_read_is_named_in_the_title_it_ran_into() -> None:
    block = LINES[LINES.index("Most viewed") + 1]
    text = "\n".join(LINES).replace(block, block.replace("03.02.2025, 15:39", "03/04/2025 15:39"))
    (warning,) = parse_page(text).warnings
    assert warning.startswith("Most viewed entry 1 ('Kazakhstan and Iran Strengthen Cooperation")
    assert warning.endswith(
        "holds a stamp that could not be read ('03/04/2025 15:39'): the entry after it is stored as part of this title"
    )


def test_overview_counts_every_warning_though_it_lists_the_newest(
    damaged_batch, tmp_path, monkeypatch
) -> None:
    """Past the list's limit, the heading gave the length of the list ('200 warnings') as the
    store's count."""
    from pathlib import Path

    from streamlit.testing.v1 import AppTest

    from dashboard import queries

    db = tmp_path / "s.duckdb"
    refresh(db, [damaged_batch], observed_at=SAMPLE_OBSERVED_AT)
    real = queries.page_warnings
    monkeypatch.setattr(queries, "page_warnings", lambda store, limit=1: real(store, limit))
    monkeypatch.setenv("KTPULSE_DB", str(db))
    app = AppTest.from_file(
        str(Path(__file__).resolve().parent.parent / "dashboard" / "app.py"), default_timeout=60
    )
    app.run()
    assert not app.exception, [e.message for e in app.exception]
    assert app.expander[0].label == (
        "⚠ 2 warnings: 2 ingested pages were damaged (what was repaired, or not stored); the newest 1 listed"
    )
    assert len(app.dataframe[0].value) == 1


def test_overview_lists_every_rejected_file_with_its_reason_newest_first(
    damaged_batch, tmp_path, monkeypatch
) -> None:
    """A rejected file was only a count in the Pages card's tooltip: which file, and why, was not
    shown anywhere on the dashboard."""
    from pathlib import Path

    from streamlit.testing.v1 import AppTest

    from dashboard import queries

    db = tmp_path / "s.duckdb"
    refresh(db, [damaged_batch], observed_at=SAMPLE_OBSERVED_AT)
    later = tmp_path / "later"
    later.mkdir()
    (later / "empty.txt").write_text("", encoding="utf-8")
    (later / "elsewhere.html").write_text("<html><body><h1>Weather</h1><p>Sunny.</p></body></html>")
    assert refresh(db, [later], observed_at=SAMPLE_OBSERVED_AT).exit_code == 1
    real = queries.page_warnings
    monkeypatch.setattr(queries, "page_warnings", lambda store, limit=3: real(store, limit))
    monkeypatch.setenv("KTPULSE_DB", str(db))
    app = AppTest.from_file(
        str(Path(__file__).resolve().parent.parent / "dashboard" / "app.py"), default_timeout=60
    )
    app.run()
    assert not app.exception, [e.message for e in app.exception]
    assert app.expander[0].label == (
        "⚠ 2 files rejected (nothing of them stored); 2 warnings: 2 ingested pages were damaged "
        "(what was repaired, or not stored); the newest 3 listed"
    )
    shown = app.dataframe[0].value
    names = list(shown["location"].str.rsplit("/", n=1).str[-1])
    assert names[:2] == ["elsewhere.html", "empty.txt"]  # the later run's, first
    assert list(shown["problem"]) == ["rejected", "rejected", "damaged"]
    assert shown["reason"].iloc[1].startswith("empty file")
    assert "no kt.kz listing stamp" in shown["reason"].iloc[0]


def test_overview_rows_of_rejected_files_are_as_tall_as_their_longest_reason(tmp_path, monkeypatch) -> None:
    """The rejected and damaged files' rows were four lines whatever they held: a long location
    or reason (the stamp warning runs to six lines of its column) was cut at the row's foot."""
    from pathlib import Path

    from streamlit.testing.v1 import AppTest

    from dashboard.components import PROBLEM_COLUMNS, WRAPPED_ROW_HEIGHT, wrapped_row_height

    inbox = tmp_path / "a_folder_of_saved_copies_from_the_archive_of_the_newsroom_2025"
    inbox.mkdir()
    (inbox / "newsletter_copy_without_any_listing_stamp_saved_from_the_mail_2025.txt").write_text(
        "A newsletter about the weather in Almaty.\nNothing of kt.kz here.\n", encoding="utf-8"
    )
    db = tmp_path / "s.duckdb"
    assert refresh(db, [inbox], observed_at=SAMPLE_OBSERVED_AT).exit_code == 1
    monkeypatch.setenv("KTPULSE_DB", str(db))
    app = AppTest.from_file(
        str(Path(__file__).resolve().parent.parent / "dashboard" / "app.py"), default_timeout=60
    )
    app.run()
    assert not app.exception, [e.message for e in app.exception]
    shown = app.dataframe[0].value
    assert list(shown["problem"]) == ["rejected"]
    needed = wrapped_row_height(shown, PROBLEM_COLUMNS)
    assert needed > WRAPPED_ROW_HEIGHT and app.dataframe[0].proto.row_height == needed


def test_one_damaged_page_is_counted_in_the_singular() -> None:
    # dash24: the mixed-language store's Overview read "1 warnings: 1 ingested pages were damaged"
    from dashboard import format as fmt

    assert (
        fmt.damaged_pages(1, 1) == "1 warning: 1 ingested page was damaged (what was repaired, or not stored)"
    )
    assert (
        fmt.damaged_pages(2, 2)
        == "2 warnings: 2 ingested pages were damaged (what was repaired, or not stored)"
    )
