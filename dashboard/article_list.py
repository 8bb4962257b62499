"""The Articles page's list: one row per article, its cells of the types a click on a column's
header sorts rightly (a date as a date, a count as a number), and what its view counts are."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import format as fmt
from dashboard.components import (
    CHECKBOXES,
    NARROW_ROWS_WHOLE,
    ORIGINAL_LINK,
    TABLE_ROOM_900,
    _wrapped_lines,
    link_column,
    text_or_blank,
    within_lines,
)
from dashboard.sidebar import LANGUAGE_NAMES

# The columns in sight at a 1280 px window (~800 px for the table); rows wrap (as the figure
# tables' do), so a long title or a publisher's full name is read whole, never cut. Dates and
# counts were text ("20.03.2026 21:01", "55,905"): sorted by their header they ran by day of
# the month and by first digit (9,036 above 55,905). The time is as wide as it is written: at 84 px
# it read "03.02.2025 17". At a 900 px window (a table ~438 px wide, with the row's checkbox) the
# time, title, language and figure count are in sight: the title gave up the room (264 px before,
# when the list showed only the day and title there) and its row grows to its lines, up to seven;
# a longer title ends in "…" there, whole in the article's heading when its row is selected.
# The widths checked in Chromium (dash24), a few pixels more than the cell text needs
# (grid_text_width gives 42, 56 and 113 px): room for a header's sort arrow, and a time cell
# is cut, not wrapped.
_LANGUAGE_WIDTH, _FIGURES_WIDTH, _PUBLISHED_WIDTH = 43, 58, 125
TITLE_WIDTH = TABLE_ROOM_900 - CHECKBOXES - _PUBLISHED_WIDTH - _LANGUAGE_WIDTH - _FIGURES_WIDTH
ARTICLE_COLUMNS = {
    "published": st.column_config.DatetimeColumn("published", format="DD.MM.YYYY HH:mm", width=_PUBLISHED_WIDTH,
                                                 help=f"Publication time ({fmt.KZ_WORDS})"),
    "title": st.column_config.TextColumn("title", width=TITLE_WIDTH),
    "lang": st.column_config.TextColumn("lang", width=_LANGUAGE_WIDTH,
                                        help="The article's language: en English, ru Russian, kk Kazakh"),
    "figures": st.column_config.NumberColumn("figures", width=_FIGURES_WIDTH,
                                             help="How many figures the article reports (select its row for them)"),
    "source": st.column_config.TextColumn("source", width=130),
    "views": st.column_config.NumberColumn("views", format="localized", width=70,
                                           help="The count kt.kz printed at the article's latest capture (the "
                                           "caption above says when); 'None' where no count was printed"),
    "text": st.column_config.TextColumn("text", width=74),
    "original": ORIGINAL_LINK,
}  # fmt: skip
# A window too narrow for the list's columns (a 900 px window: a table ~436 px wide) scrolled the
# grid sideways, its source, views and text past the window's edge (dash28). There it keeps the
# columns a reader sorts by, the publication time and the views, and one column holds the rest
# of the row's cells as words: "Title · Kazinform · English · 4 figures · full text". A click on a
# header still sorts by time or views (typed cells); the link is in the selected row's cite block.
_VIEWS_WIDTH = int(ARTICLE_COLUMNS["views"]["width"] or 0)
NARROW_ARTICLE_HELP = ("The title, then the publisher (where the page names one), the language, how many figures "
                       "the article reports (select its row for them) and whether its text was read (full text) "
                       "or only its listing; a long title ends in …, whole in the article's heading when its row "
                       "is selected. A wider window gives each its own column")  # fmt: skip
# The list's CSV: each article's own columns as stored (the time as a timestamp, counts as numbers)
ARTICLE_DATA_COLUMNS = ("article_id", "published_at", "title", "language", "figures", "source", "views",
                        "views_observed_at", "has_body", "url")  # fmt: skip
ARTICLES_HELP = ("Each article with its id, publication time, title, language, figure count, publisher, latest view "
                 "count and when it was captured, whether its text was read, and its URL")  # fmt: skip


def article_rows(found: pd.DataFrame, title_width: int = TITLE_WIDTH) -> pd.DataFrame:
    """queries.articles' rows as the list shows them: publication time and views as a datetime
    and a number (missing: <NA>, which the grid shows as "None"), the original's link only where
    some article has one, a title longer than seven lines of `title_width` px ending in "…"."""
    table = pd.DataFrame({"published": pd.to_datetime(found["published_at"]),
                          "title": [within_lines(title, title_width) for title in text_or_blank(found["title"])], "lang": text_or_blank(found["language"]),
                          "figures": pd.to_numeric(found["figures"]).astype("Int64"),
                          "source": [fmt.source_label(s) for s in text_or_blank(found["source"])],
                          "views": pd.to_numeric(found["views"]).astype("Int64"),
                          "text": found["has_body"].map({True: "full", False: "listing only"}),
                          "original": link_column(found["url"])})  # fmt: skip
    return table if table["original"].any() else table.drop(columns="original")


def _about(row: pd.Series) -> str:
    """The words after a narrow list's title: publisher (where named), language, figures, text."""
    code = _text(row.get("language")) or "en"
    figures = row.get("figures")
    parts = (
        fmt.named_publisher(row.get("source")),
        LANGUAGE_NAMES.get(code, code),
        fmt.plural(int(figures), "figure") if figures is not None and not pd.isna(figures) else "",
        "full text" if row.get("has_body") else "listing only",
    )
    return " · ".join(part for part in parts if part)


def narrow_article_rows(found: pd.DataFrame, room: int) -> tuple[pd.DataFrame, dict]:
    """queries.articles' rows as a table `room` pixels wide shows them when every column does not
    fit: the publication time, the views (both sorted by a click on their header) and one
    "article" column of the title and the words of the other cells (_about), its rows as tall as
    NARROW_ROWS_WHOLE of them need (four to seven lines); a longer title ends in "…", never the
    words after it. Returns the table and its column config."""
    width = max(room - CHECKBOXES - _PUBLISHED_WIDTH - _VIEWS_WIDTH, 120)
    titles = list(text_or_blank(found["title"]))
    about = [_about(row) for _, row in found.iterrows()]
    needed = sorted(_wrapped_lines(f"{t} · {a}", width) for t, a in zip(titles, about, strict=True))
    lines = min(
        max(needed[min(int(len(needed) * NARROW_ROWS_WHOLE), len(needed) - 1)] if needed else 4, 4), 7
    )
    cells = []
    for title, words in zip(titles, about, strict=True):
        cell = f"{title} · {words}"
        if _wrapped_lines(cell, width) > lines:  # the title cut, its words kept whole
            left = max(lines - _wrapped_lines(words, width), 1)
            cell = f"{within_lines(title, width, left)} · {words}"
            while _wrapped_lines(cell, width) > lines and left > 1:
                left -= 1
                cell = f"{within_lines(title, width, left)} · {words}"
        cells.append(cell)
    table = pd.DataFrame({"published": pd.to_datetime(found["published_at"]), "article": cells,
                          "views": pd.to_numeric(found["views"]).astype("Int64")})  # fmt: skip
    columns = {
        "published": ARTICLE_COLUMNS["published"],
        "article": st.column_config.TextColumn("article", width=width, help=NARROW_ARTICLE_HELP),
        "views": ARTICLE_COLUMNS["views"],
    }
    return table, columns


def article_data(found: pd.DataFrame) -> pd.DataFrame:
    """queries.articles' rows as the list's CSV gives them (ARTICLE_DATA_COLUMNS)."""
    return found[[name for name in ARTICLE_DATA_COLUMNS if name in found]]


def views_counted(found: pd.DataFrame) -> str:
    """When the listed articles' view counts were printed (Kazakhstan time, as the caption's
    other times): a count is the one of each article's latest capture, which differs between
    articles of a long store ('' when none has one)."""
    captured = pd.to_datetime(found["views_observed_at"]).dropna() if "views_observed_at" in found else None
    if captured is None or captured.empty:
        return ""
    first, last = captured.min(), captured.max()
    when = (
        f"at {last:%d.%m.%Y %H:%M}"
        if first == last
        else f"between {first:%d.%m.%Y %H:%M} and {last:%d.%m.%Y %H:%M}"
    )
    return f"views: each article's count as kt.kz printed it at its latest capture, {when}"


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def article_line(article: pd.Series) -> str:
    """The line under an article's heading (a row of queries.article): its publication time,
    language and publisher, with the words the body credited it with when they differ, via whom,
    and the image's credit. A publisher is named only when the article names one: "publisher:
    unknown publisher" took a line of its own at a 900 px window for each of the mixed store's
    Russian articles and told a reader nothing."""
    published = article.get("published_at")
    time = "" if published is None or pd.isna(published) else f"{published:%d.%m.%Y %H:%M} ({fmt.KZ_WORDS})"
    code = _text(article.get("language")) or "en"  # a store from before languages held English only
    named = fmt.named_publisher(article.get("source"))
    written = _text(article.get("source_credit"))
    credited = f" (credited as \u201c{written}\u201d)" if named and written and written != named else ""
    via = f"via {article['source_via']}" if _text(article.get("source_via")) else ""
    image = f"image: {article['image_credit']}" if _text(article.get("image_credit")) else ""
    publisher = " ".join(part for part in (f"publisher: {named}{credited}" if named else "", via) if part)
    return " · ".join(part for part in (time, LANGUAGE_NAMES.get(code, code), publisher, image) if part)
