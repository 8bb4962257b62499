"""A store refreshed before dash16 kept a second story of one date and title as the first one:
its count credited to the first story, its text and figures dropped. The refresh that brings
such a store to schema step 18 reads again the pages listing an article a merge warning names,
so the two stories come apart as they do now; a page whose file is gone keeps its rows and is
named in a warning (etl/store/merged_stories.py). Pages here are in our own words."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from etl.identity import story_id
from etl.pipeline.refresh import describe_refresh, refresh
from etl.store import database
from etl.store.migrations import MERGED_STORIES_STEP, SCHEMA_VERSION
from etl.store.publish import slot_paths

COPYRIGHT = "This information may not be reproduced without reference to Kazakhstan Today."
TITLE = "Weather warning issued"
STORM = "Storm expected in Astana on Saturday."
FROST = "Frost expected in Almaty overnight."
ROADS = f"02.02.2025, 09:00 40\nRoads reopen\nRoads reopen after the storm.\n{COPYRIGHT}\n"
# the warning a refresh between 26 November 2026 and dash16 wrote on the page of the other minute
OLD_WARNING = (
    f"{TITLE!r}: stamped 01.02.2025 16:00, but 10:00 where an article of that date and title was read first: "
    "stored as that one article (its publication time, and its body unless it had none), so if this is "
    "another story its text and figures are not stored and its count is counted as that article's"
)


def _block(stamp: str, body: str | None = None) -> str:
    return f"{stamp}\n{TITLE}\n" + (f"{body}\n{COPYRIGHT}\n" if body else "")


def _captures(tmp_path: Path) -> tuple[Path, list[Path]]:
    """Two captures: both stories with their text, then the 16:00 one in Most viewed."""
    first = _block("01.02.2025, 10:00 500", STORM) + _block("01.02.2025, 16:00 9000", FROST)
    second = ROADS + "Most viewed\n01.02.2025, 16:00 9500" + TITLE + "\n"
    db, folders = tmp_path / "s.duckdb", []
    for day, text in ((3, first), (4, second)):
        folder = tmp_path / f"day{day}"
        folder.mkdir()
        (folder / "page.txt").write_text(text, encoding="utf-8")
        refresh(db, [folder], observed_at=datetime(2025, 2, day, 12, 0), workers=1)
        folders.append(folder)
    return db, folders


def _as_before_dash16(db: Path, warning: str = OLD_WARNING) -> None:
    """Leave the store as a refresh before dash16 did: the 16:00 story's sightings under the
    10:00 story's id (its row, text and figures gone), each such page warned, schema step 17."""
    second = story_id(datetime(2025, 2, 1, 16, 0), TITLE)
    for slot in slot_paths(db):
        with duckdb.connect(str(slot)) as con:
            (first,) = con.execute(
                "SELECT article_id FROM articles WHERE title = ? AND article_id <> ?", [TITLE, second]
            ).fetchone() or ("",)
            pages = [
                p
                for (p,) in con.execute(
                    "SELECT page_id FROM page_listings WHERE article_id = ?", [second]
                ).fetchall()
            ]
            con.execute("UPDATE page_listings SET article_id = ? WHERE article_id = ?", [first, second])
            for table in ("articles", "indicators", "article_topics", "latest_views"):
                con.execute(f"DELETE FROM {table} WHERE article_id = ?", [second])
            con.execute("DELETE FROM latest_views WHERE article_id = ?", [first])
            con.execute(database.LATEST_VIEWS_OF.format(where="article_id = ?"), [first, first])
            con.execute("UPDATE pages SET warnings = [?] WHERE page_id = ANY(?::VARCHAR[])", [warning, pages])
            con.execute(
                "UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(MERGED_STORIES_STEP - 1)]
            )


def _counts(db: Path) -> dict[str, list[int]]:
    """Each stored story titled TITLE (by its minute) with its counts, oldest first."""
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(
            "SELECT strftime(a.published_at, '%H:%M'), list(v.views ORDER BY v.observed_at) FILTER (v.views IS NOT NULL) "
            "FROM articles a LEFT JOIN view_snapshots v USING (article_id) WHERE a.title = ? GROUP BY 1",
            [TITLE],
        ).fetchall()
    return dict(rows)


def test_the_merged_store_is_what_an_older_refresh_left(tmp_path: Path) -> None:
    db, _ = _captures(tmp_path)
    assert _counts(db) == {"10:00": [500], "16:00": [9000, 9500]}
    _as_before_dash16(db)
    assert _counts(db) == {"10:00": [500, 9000, 9500]}  # one story, with the other's readership


@pytest.mark.parametrize("order", ["as captured", "last capture first"])
def test_a_store_merged_before_dash16_is_read_again_and_its_stories_come_apart(
    tmp_path: Path, order: str
) -> None:
    # pages are read again oldest capture first, as the store was built, whatever order the
    # folders are named in: the 16:00 Most viewed entry read first would make 16:00 the first
    # story's minute, with no text to tell the 10:00 story from it
    db, folders = _captures(tmp_path)
    _as_before_dash16(db)
    summary = refresh(db, folders if order == "as captured" else folders[::-1], workers=1)
    assert _counts(db) == {"10:00": [500], "16:00": [9000, 9500]}
    assert sorted(Path(p).parent.name for p in summary.stories_reread) == ["day3", "day4"]
    assert "re-read 2 known files (an older refresh merged two stories of one date and title on them)" in (
        describe_refresh(summary)
    )
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute(
            "SELECT body FROM articles WHERE published_at = '2025-02-01 16:00'"
        ).fetchone() == (FROST,)
        assert database.get_meta(con, "schema_version") == str(SCHEMA_VERSION)
    again = refresh(db, folders, workers=1)  # once: the step is done
    assert not again.reread and again.files_skipped == 2


def test_a_merged_page_whose_file_is_gone_keeps_its_rows_and_is_named(tmp_path: Path) -> None:
    db, folders = _captures(tmp_path)
    _as_before_dash16(db)
    gone = folders[1] / "page.txt"
    gone.unlink()
    summary = refresh(db, folders, workers=1)
    # the page read again gives the 16:00 story its text and count; the gone page's 9,500 stays
    # where the older refresh put it, and the refresh says so, naming the file and the title
    assert _counts(db) == {"10:00": [500, 9500], "16:00": [9000]}
    ((where, warning),) = summary.warnings
    assert where == str(gone) and f"{TITLE!r}" in warning and "the file is gone" in warning
    assert "that article's counts may hold the other story's" in warning


def test_a_store_at_step_17_with_no_merge_warning_reads_nothing_again(tmp_path: Path) -> None:
    db, folders = _captures(tmp_path)
    _as_before_dash16(db, warning="another warning")  # merged before the warning existed: not told
    summary = refresh(db, folders, workers=1)
    assert not summary.reread and not summary.warnings
    assert _counts(db) == {"10:00": [500, 9000, 9500]}
