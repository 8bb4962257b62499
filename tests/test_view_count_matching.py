"""A view count is its article's only where the page says it is that story.

An article is its publication date and title, so two stories of one day under one title are one
article id: the second story's count was counted as the first one's, and Readership showed the
other story's number for a real one (the dev store's "Baiterek to channel 2.41 trillion tenge
into housing this year", 13:10 and 19:41 on 10 March 2026: the 13:10 story read 49,886 views,
the 19:41 story's count, and then "fell" to 13,485). Pages here are in our own words."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import duckdb

from etl.pipeline.refresh import describe_refresh, refresh
from etl.store.writer import RefreshSummary

COPYRIGHT = "This information may not be reproduced without reference to Kazakhstan Today."
TITLE = "Weather warning issued"
STORM = "Storm expected in Astana on Saturday."
FROST = "Frost expected in Almaty overnight."


def _block(stamp: str, body: str | None = None, title: str = TITLE) -> str:
    return f"{stamp}\n{title}\n" + (f"{body}\n{COPYRIGHT}\n" if body else "")


def _capture(tmp_path: Path, name: str, text: str, day: int) -> RefreshSummary:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "page.txt").write_text(text, encoding="utf-8")
    return refresh(tmp_path / "s.duckdb", [folder], observed_at=datetime(2025, 2, day, 12, 0), workers=1)


def _minutes(tmp_path: Path) -> list[str]:
    """The publication minute of every stored article titled TITLE."""
    with duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True) as con:
        rows = con.execute(
            "SELECT strftime(published_at, '%H:%M') FROM articles WHERE title = ? ORDER BY 1", [TITLE]
        ).fetchall()
    return [minute for (minute,) in rows]


def _counts(tmp_path: Path, minute: str = "10:00") -> tuple[list[int], int, list[str]]:
    """Every stored count of the article titled TITLE published at `minute` on 1 February 2025,
    its latest count, and every page warning."""
    with duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True) as con:
        story = "SELECT article_id FROM articles WHERE title = ? AND strftime(published_at, '%H:%M') = ?"
        counts = [
            views
            for (views,) in con.execute(
                f"SELECT views FROM view_snapshots WHERE article_id IN ({story}) ORDER BY views",
                [TITLE, minute],
            ).fetchall()
        ]
        (latest,) = con.execute(
            f"SELECT views FROM latest_views WHERE article_id IN ({story})", [TITLE, minute]
        ).fetchone() or (None,)
        warnings = [w for (w,) in con.execute("SELECT unnest(warnings) FROM pages").fetchall()]
    return counts, latest, warnings


def _body(tmp_path: Path, minute: str) -> str | None:
    with duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True) as con:
        (body,) = con.execute(
            "SELECT body FROM articles WHERE title = ? AND strftime(published_at, '%H:%M') = ?",
            [TITLE, minute],
        ).fetchone() or (None,)
    return body


def test_another_storys_count_under_the_same_date_and_title_is_not_the_articles(tmp_path: Path) -> None:
    page = (
        "01.02.2025, 10:00 {a}\n"
        + f"{TITLE}\n{STORM}\n{COPYRIGHT}\n"
        + "01.02.2025, 16:00 {b}\n"
        + (f"{TITLE}\n{FROST}\n{COPYRIGHT}\n")
    )
    _capture(tmp_path, "first", page.format(a=500, b=9000), 3)
    summary = _capture(tmp_path, "second", page.format(a=650, b=9500), 4)
    assert not summary.restamped  # each story at its own minute: none stamped again
    counts, latest, warnings = _counts(tmp_path)
    assert counts == [500, 650] and latest == 650  # the 10:00 story's, never the 16:00 one's 9,500
    assert not warnings  # no count fell, nothing was lost
    # the 16:00 story is an article of its own, with its text and its counts
    assert _counts(tmp_path, "16:00")[:2] == ([9000, 9500], 9500) and _body(tmp_path, "16:00") == FROST
    assert _body(tmp_path, "10:00") == STORM


def test_a_most_viewed_entry_at_the_second_storys_minute_is_that_storys(tmp_path: Path) -> None:
    both = _block("01.02.2025, 10:00 500", STORM) + _block("01.02.2025, 16:00 9000", FROST)
    _capture(tmp_path, "first", both, 3)
    other = _block("02.02.2025, 09:00 40", "Roads reopen after the storm.", title="Roads reopen")
    _capture(tmp_path, "second", other + "Most viewed\n01.02.2025, 16:00 9900" + TITLE + "\n", 4)
    assert _counts(tmp_path, "16:00")[:2] == ([9000, 9900], 9900)
    assert _counts(tmp_path)[:2] == ([500], 500)


def test_a_most_viewed_entry_at_another_minute_gives_its_count_to_neither_story(tmp_path: Path) -> None:
    # a Most viewed entry has no text: at 16:00 it may be another story or this one stamped again
    page = _block("01.02.2025, 10:00 500", STORM) + "Most viewed\n01.02.2025, 16:00 9000" + TITLE + "\n"
    _capture(tmp_path, "first", page, 3)
    counts, latest, warnings = _counts(tmp_path)
    assert counts == [500] and latest == 500
    assert any(
        "another story or the same one stamped again" in w
        and "its count of 9,000 views is stored for neither" in w
        for w in warnings
    ), warnings


def test_the_same_story_stamped_again_keeps_its_count(tmp_path: Path) -> None:
    # the same text at 10:05 is the story stamped again: its count is the article's, as before
    _capture(tmp_path, "first", _block("01.02.2025, 10:00 500", STORM), 3)
    _capture(tmp_path, "second", _block("01.02.2025, 10:05 700", STORM), 4)
    counts, latest, _ = _counts(tmp_path)
    assert counts == [500, 700] and latest == 700


def test_the_other_storys_text_is_never_taken_for_the_articles(tmp_path: Path) -> None:
    # the 10:00 story first seen without its text (Most viewed): the 16:00 story's text, read
    # later, is not given to it (it was, with its figures, since the article had no body); with
    # no text to compare it may be the same story stamped again, so it is no article's
    other = _block("02.02.2025, 09:00 40", "Roads reopen after the storm.", title="Roads reopen")
    _capture(tmp_path, "first", other + "Most viewed\n01.02.2025, 10:00 500" + TITLE + "\n", 3)
    _capture(tmp_path, "second", _block("01.02.2025, 16:00 9000", FROST), 4)
    counts, latest, _ = _counts(tmp_path)
    assert _body(tmp_path, "10:00") is None and _body(tmp_path, "16:00") is None
    assert counts == [500] and latest == 500


def test_a_date_only_count_of_a_title_stamped_at_two_minutes_is_stored_for_neither(tmp_path: Path) -> None:
    page = (
        _block("01.02.2025, 10:00 500", STORM)
        + _block("01.02.2025, 16:00 9000", FROST)
        + _block("01.02.2025 777", "A third report under the same title.")
    )
    _capture(tmp_path, "first", page, 3)
    counts, latest, warnings = _counts(tmp_path)
    assert counts == [500] and latest == 500
    assert any("without a time" in w and "its count of 777 views could be either's" in w for w in warnings), (
        warnings
    )


def test_a_second_storys_count_that_falls_is_a_warning_like_any_articles(tmp_path: Path) -> None:
    both = _block("01.02.2025, 10:00 500", STORM) + _block("01.02.2025, 16:00 9000", FROST)
    _capture(tmp_path, "first", both, 3)
    _capture(tmp_path, "second", _block("01.02.2025, 16:00 7000", FROST), 4)
    warnings = _counts(tmp_path, "16:00")[2]
    assert any("views went down from 9,000" in w and "to 7,000" in w for w in warnings), warnings


def test_two_stories_of_one_headline_are_two_bars_named_by_their_time() -> None:
    import pandas as pd

    from dashboard import figures

    frame = pd.DataFrame(
        dict(
            title=[TITLE, TITLE, "Roads reopen"],
            views=[9000, 500, 40],
            published_at=pd.to_datetime(["2025-02-01 16:00", "2025-02-01 10:00", "2025-02-02 09:00"]),
        )
    )
    (bars,) = figures.top_articles(frame).data
    assert list(bars.y) == [
        "Roads reopen",
        f"{TITLE} (01.02.2025 10:00)",
        f"{TITLE} (01.02.2025 16:00)",
    ]


def test_a_date_only_count_of_a_title_stored_as_two_stories_is_stored_for_neither(tmp_path: Path) -> None:
    # the two stories were read by an earlier run: the store, not the run, knows the title twice
    both = _block("01.02.2025, 10:00 500", STORM) + _block("01.02.2025, 16:00 9000", FROST)
    _capture(tmp_path, "first", both, 3)
    other = _block("02.02.2025, 09:00 40", "Roads reopen after the storm.", title="Roads reopen")
    _capture(tmp_path, "second", other + _block("01.02.2025 777"), 4)
    assert _counts(tmp_path)[:2] == ([500], 500) and _counts(tmp_path, "16:00")[:2] == ([9000], 9000)
    warnings = _counts(tmp_path)[2]
    assert any("stamped 10:00 and another 16:00: its count of 777 views" in w for w in warnings), warnings


def test_a_second_story_stamped_again_with_its_text_is_that_story(tmp_path: Path) -> None:
    # kt.kz restamps the 16:00 story 16:05 and the 10:00 one 10:02 between captures: each is found
    # by its text among the stories of its title (the 16:05 one was a third article, with its
    # own count: a reader saw the 16:00 story twice, each with part of its readership)
    both = _block("01.02.2025, 10:00 500", STORM) + _block("01.02.2025, 16:00 9000", FROST)
    _capture(tmp_path, "first", both, 3)
    again = _block("01.02.2025, 16:05 9500", FROST) + _block("01.02.2025, 10:02 650", STORM)
    summary = _capture(tmp_path, "second", again, 4)
    assert _minutes(tmp_path) == ["10:00", "16:00"]  # two stories, still apart
    assert _counts(tmp_path, "16:00")[:2] == ([9000, 9500], 9500)
    assert _counts(tmp_path)[:2] == ([500, 650], 650)
    assert not summary.warnings and summary.articles_added == 0
    notes = [note for _, note in summary.restamped]
    assert (
        len(notes) == 2
        and "stamped 01.02.2025 16:05, and 16:00 where the story of that title and text was read before"
        in notes[0]
    )
    assert "2 sightings of a story stamped again at a new minute" in describe_refresh(summary)


def test_a_most_viewed_entry_at_a_restamped_minute_is_the_story_its_page_found_there(tmp_path: Path) -> None:
    # the page prints the story at 10:42 with its text (found to be the 10:37 story) and its Most
    # viewed block lists it at 10:42 too: that count was stored for neither, with a warning
    _capture(tmp_path, "first", _block("01.02.2025, 10:37 500", STORM), 3)
    page = _block("01.02.2025, 10:42 700", STORM) + "Most viewed\n01.02.2025, 10:42 710" + TITLE + "\n"
    summary = _capture(tmp_path, "second", page, 4)
    counts, latest, warnings = _counts(tmp_path, "10:37")
    assert counts == [500, 700, 710] and latest == 710 and not warnings
    assert _minutes(tmp_path) == ["10:37"] and len(summary.restamped) == 1


def test_another_storys_text_at_a_new_minute_is_still_a_story_of_its_own(tmp_path: Path) -> None:
    # dash16's case beside a restamp: the 16:05 text is neither stored story's, so a third story
    _capture(
        tmp_path, "first", _block("01.02.2025, 10:00 500", STORM) + _block("01.02.2025, 16:00 9000", FROST), 3
    )
    summary = _capture(tmp_path, "second", _block("01.02.2025, 16:05 30", "Hail expected in Shymkent."), 4)
    assert _minutes(tmp_path) == ["10:00", "16:00", "16:05"] and not summary.restamped
    assert _counts(tmp_path, "16:05")[:2] == ([30], 30)
