"""Pages on which a refresh before schema step 18 merged two stories of one date and title.

Until dash16 (27 November 2026) an article was its date and title whatever its minute, so a
second story of that day under the same title was stored as the first: its text and figures
dropped, its count credited to the first story (the dev store's 13:10 Baiterek story read the
19:41 one's 49,886 views, then "fell" to its own 13,485). Stored rows cannot undo that: a
listing keeps no minute, so nothing stored says which of an article's counts were the other
story's, and a count that falls or two counts of one capture can as well be one story (kt.kz
corrects counts; two blocks of a page print them at different moments). But every refresh
since 26 November said so in a warning of the page that held the other minute ("… stamped
01.02.2025 16:00, but 10:00 where an article of that date and title was read first: stored
as that one article …"), and the page files hold the minutes. So the refresh that brings a
store to step 18 reads again, as they read now (etl/store/stamp_clashes.py), every page that
lists an article one of those warnings names; a page whose file is gone keeps its rows and is
named in a warning of that refresh. A store whose merges predate the warning (refreshed before
26 November and never re-read since) cannot be told from its rows: docs/schema.md says so.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from datetime import datetime

import duckdb

from etl.identity import normalise_title
from etl.store.tables import columns

# The warning refreshes wrote from 26 November 2026 until dash16 (the title as Python's repr,
# cut at 60 characters).
_MERGE_WARNING = re.compile(
    r"^(?P<title>'.*'|\".*\"): stamped (?P<day>\d\d\.\d\d\.\d{4}) \d\d:\d\d, but \d\d:\d\d where an article "
    r"of that date and title was read first: stored as that one article"
)
_MERGE_WORDS = "where an article of that date and title was read first: stored as that one article"


@dataclass(frozen=True)
class MergedStories:
    """The articles a pre-step-18 refresh merged another story into, and the pages listing them."""

    articles: dict[str, str]  # article id -> its title
    pages: dict[str, tuple[str, list[str]]]  # page id -> its file's location, the titles it lists of them


def merged_stories(con: duckdb.DuckDBPyConnection) -> MergedStories:
    """Every article a page's merge warning names (its date and title listed on that page),
    and every stored page that lists one of them (read-only)."""
    if "warnings" not in columns(con, "pages"):
        return MergedStories({}, {})
    warned = con.execute(
        "SELECT page_id, warning FROM (SELECT page_id, unnest(warnings) AS warning FROM pages) "
        "WHERE contains(warning, ?)",
        [_MERGE_WORDS],
    ).fetchall()
    articles: dict[str, str] = {}
    for page, warning in warned:
        if (named := _named(warning)) is None:
            continue
        title, day = named
        listed = con.execute(
            "SELECT DISTINCT a.article_id, a.title, a.published_at FROM page_listings l "
            "JOIN articles a USING (article_id) WHERE l.page_id = ?",
            [page],
        ).fetchall()
        articles |= {
            article: stored_title
            for article, stored_title, published in listed
            if published.date() == day.date() and normalise_title(stored_title).startswith(title)
        }
    pages = {
        page: (location, sorted(titles))
        for page, location, titles in con.execute(
            "SELECT p.page_id, p.location, list(DISTINCT a.title) FROM page_listings l "
            "JOIN pages p USING (page_id) JOIN articles a USING (article_id) "
            "WHERE l.article_id = ANY(?::VARCHAR[]) GROUP BY ALL",
            [sorted(articles)],
        ).fetchall()
    }
    return MergedStories(articles, pages)


def _named(warning: str) -> tuple[str, datetime] | None:
    """The normalised start of the title and the day a merge warning names."""
    found = _MERGE_WARNING.match(warning)
    if found is None:
        return None
    try:
        title = ast.literal_eval(found["title"])
    except (SyntaxError, ValueError):
        return None
    return normalise_title(title), datetime.strptime(found["day"], "%d.%m.%Y")


def gone_warning(titles: list[str]) -> str:
    """What a refresh says of a page of merged stories whose file it cannot read again."""
    named = "; ".join(repr(title[:60]) for title in titles)
    return (
        f"an older refresh (before schema step 18) stored another story of the same date and title as {named} "
        "on this page, its count credited to that article; the file is gone, so it cannot be read again "
        "to tell them apart: its rows are kept as they were, and that article's counts may hold the "
        "other story's"
    )
