"""What a reader sees of an article's source line and of a long word in a narrow column (dash26).

An article naming no publisher spent a line on "unknown publisher" (its heading's line, its cite
block, a hover, the explorer's 116 px article cell: "unknown publisher —" took two of its seven
lines); a word wider than a column broke anywhere ("инвестпроекто" / "в" read as two words)."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard import format as fmt
from dashboard.components import _wrapped_lines, dash_breaks, grid_text_width, within_lines
from tests.apptest_page import app_on_page as _app
from tests.test_mixed_language import mixed_store  # noqa: F401  (the store fixture)

LONG_WORD_TITLE = "Alatau City: портфель инвестпроектов нового города оценен в 1,8 трлн тенге"


def test_an_article_naming_no_publisher_gives_its_time_and_language_and_no_unknown_publisher(
    sample_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _app(sample_store, monkeypatch, "app_pages/articles.py")
    # the newest sample article, selected first, names no publisher
    (line,) = [text.value for text in app.text if "(Kazakhstan time)" in text.value]
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d \(Kazakhstan time\) · English", line), line
    cite = app.code[0].value
    assert fmt.UNKNOWN_PUBLISHER not in cite and "publisher" not in cite and "URL: " in cite


def test_an_articles_line_names_its_language_and_its_publisher_only_when_it_has_one() -> None:
    from dashboard.article_list import article_line

    when = pd.Timestamp(2026, 3, 13, 10, 30)
    unnamed = pd.Series({"published_at": when, "language": "ru", "source": fmt.UNKNOWN_PUBLISHER,
                         "source_credit": None, "source_via": None, "image_credit": None})  # fmt: skip
    assert article_line(unnamed) == "13.03.2026 10:30 (Kazakhstan time) · Russian"
    named = unnamed.copy()
    named[["language", "source", "source_credit", "source_via", "image_credit"]] = [
        "kk", "Akorda", "Акорда", "Kazinform", "Akorda press service"
    ]  # fmt: skip
    assert article_line(named) == (
        "13.03.2026 10:30 (Kazakhstan time) · Kazakh · publisher: Akorda (credited as “Акорда”) via Kazinform"
        " · image: Akorda press service"
    )
    relayed = unnamed.copy()
    relayed[["language", "source", "source_via"]] = [None, None, "Kazinform"]  # a store from before languages
    assert article_line(relayed) == "13.03.2026 10:30 (Kazakhstan time) · English · via Kazinform"


def _whole_words(cell: str, title: str, width: int) -> bool:
    """Every word of `cell` a word of `title` (a compound's parts after its hyphen count), each
    within a line of a column `width` px wide; the last may be cut short with "…"."""
    words = dash_breaks(title, width).split(" ")
    *whole, last = cell.split(" ")
    return (
        all(word in words for word in whole)
        and (last in words or (last.endswith("…") and any(w.startswith(last[:-1]) for w in words)))
        and all(grid_text_width(word) <= width for word in cell.split(" "))
    )


def test_a_title_breaks_between_words_and_a_word_wider_than_its_column_ends_it() -> None:
    cut = within_lines(LONG_WORD_TITLE, 116)
    # the grid broke "инвестпроектов" as "инвестпроекто" / "в" in the 116 px column (dash25)
    assert cut.startswith("Alatau City: портфель инвестпро") and cut.endswith("…")
    assert _whole_words(cut, LONG_WORD_TITLE, 116) and _wrapped_lines(cut, 116) <= 7
    # as many letters as fit with the "…" on a line that starts with the space broken at (the
    # grid's advances, dashboard.grid_font; dash27): " инвестпроект…" takes 102.2 px, more than the
    # 100 px of text of a 116 px column, and its "…" went to a line of its own (dash26)
    assert cut.split(" ")[-1] == "инвестпроек…"
    assert grid_text_width(" инвестпроект…") > 116 >= grid_text_width(" инвестпроек…")
    assert within_lines(LONG_WORD_TITLE, 300) == LONG_WORD_TITLE  # in a wide column, whole
    # a compound breaks after its hyphen, where its parts fit; a short one is left as written
    assert dash_breaks("проектно-сметных документаций", 110) == "проектно- сметных документаций"
    assert dash_breaks("работать «по-новому»", 110) == "работать «по-новому»"
    assert dash_breaks("проектно-сметных документаций", 300) == "проектно-сметных документаций"


def test_the_explorers_article_cells_name_no_unknown_publisher_and_break_between_words(
    mixed_store: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from dashboard import queries as q

    app = _app(mixed_store, monkeypatch, "app_pages/explorer.py")
    table = app.dataframe[0].value
    found = q.indicators(app.session_state["store"], app.session_state["filters"], q.FigureCriteria())
    # the publisher and title where one is named, the title alone where none is
    written = [
        f"{named} — {title}" if (named := fmt.named_publisher(source)) else title
        for source, title in zip(found["source"], found["title"], strict=True)
    ]
    assert any(re.search("[а-я]", text) and " — " not in text[:20] for text in written)  # Russian, unnamed
    width = 116  # the explorer's article column before the browser reports its room (AppTest)
    for cell, text in zip(table["article"], written, strict=True):
        assert not cell.startswith(fmt.UNKNOWN_PUBLISHER) and _whole_words(cell, text, width), (cell, text)
    # the compound the item column cannot hold breaks after its hyphen ("проектно-смет" / "ных" before)
    assert "проектно- сметных документаций" in set(table["item"])


def test_a_figure_keeps_its_unit_on_its_line_where_they_fit() -> None:
    from dashboard.components import NO_BREAK_SPACE, figure_cells

    cells = figure_cells(["▲ more than +7.5 %", "about 1.8 T ₸", "forecast: 34 B m³", "6.2 M people"], 84)
    # the grid broke "▲ more than +7.5" / "%" and "about 1.8 T" / "₸" in the 84 px column
    assert [cell.replace(NO_BREAK_SPACE, "_") for cell in cells] == [
        "▲ more than +7.5_%", "about 1.8_T_₸", "forecast: 34_B_m³", "6.2 M people"  # too wide to glue
    ]  # fmt: skip


def test_a_metrics_longest_word_is_whole_in_the_overviews_newest_figures(
    sample_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    from dashboard.components import TABLE_ROOM_1280

    app = _app(sample_store, monkeypatch, "app_pages/overview.py")
    table = app.dataframe[-1].value  # the newest figures, the page's last table
    widths = {key: column.get("width") for key, column in json.loads(app.dataframe[-1].proto.columns).items()}
    longest = max(grid_text_width(word) for metric in table["metric"] for word in metric.split())
    # "State scholarship: monthly amount per student category" broke "scholarship" / ":" in 87 px
    # (seen in Chromium, dash27: "scholarship:" takes 71.2 px, an 88 px column 72 of text)
    assert longest == 88 and widths["metric"] >= longest
    assert sum(widths[name] for name in table.columns) <= TABLE_ROOM_1280  # all in sight at 1280 px


@pytest.mark.parametrize(
    ("page", "labels"),
    [
        ("app_pages/scholarships.py", {"⬇ CSV data"}),
        ("app_pages/it_exports.py", {"⬇ CSV data", "⬇ CSV of this list"}),
        ("app_pages/overview.py", {"⬇ CSV data", "⬇ CSV of this table"}),
        ("app_pages/explorer.py", {"⬇ CSV data", "⬇ CSV of this table"}),
        ("app_pages/articles.py", {"⬇ CSV of this table"}),
    ],
)
def test_a_csv_download_keeps_its_file_across_a_rerun(
    sample_store: Path, monkeypatch: pytest.MonkeyPatch, page: str, labels: set[str]
) -> None:
    """A button whose data was made when pressed got a new id at every run, and a press during the
    rerun the table-room measure starts on a first visit was lost (1 in 8 to 10 in Chromium)."""

    def files(app: AppTest) -> dict[str, str]:
        buttons = [button.proto for button in app.get("download_button") if button.proto.label in labels]
        assert {button.label for button in buttons} == labels, page
        return {button.id: button.url or button.deferred_file_id for button in buttons}

    app = _app(sample_store, monkeypatch, page)
    first = files(app)
    app.run()
    assert files(app) == first and all(first.values())


def test_a_word_that_fits_its_column_is_never_cut() -> None:
    """dash27: the estimate (the Plotly labels' text_width, scaled) made "primeminister.kz" 121 px
    wide, and the explorer's 116 px article column at a 900 px window showed "primeminister…" for
    "primeminister.kz — Improving transparency of scholarship process in Kazakhstan"; in Chromium
    the grid draws it in 99.6 of the column's 100 px of text (tests/test_dashboard_downloads.py)."""
    title = "primeminister.kz — Improving transparency of scholarship process in Kazakhstan"
    assert within_lines(title, 116) == title
    # a word the estimate made too narrow ("%" as a letter) is not kept whole where it breaks
    assert grid_text_width("100%") > grid_text_width("100x") + 3
    # the grid's own breaks, seen in Chromium in columns 112 to 120 px wide (room: width less 16)
    for word, fits, breaks in (
        ("инвестпроектов", 117, 116),
        ("primeminister.kz", 116, 114),
        ("nnnnnnnnnnnnn", 116, 114),
    ):
        assert grid_text_width(word) <= fits and grid_text_width(word) > breaks, word
        assert _wrapped_lines(word, fits) == 1 and _wrapped_lines(word, breaks) == 2, word
    # a line after the first starts with the space it broke at (the grid's splitMultilineText):
    # "resident doctors", 95.9 px, fits 112 px alone but not after "scholarships:"
    item = "state scholarships: resident doctors and master's students of medical specialities"
    assert [_wrapped_lines(item, width) for width in (112, 114, 115, 116)] == [8, 8, 7, 7]
    assert _wrapped_lines("resident doctors", 112) == 1
    assert _wrapped_lines("scholarships: resident doctors and", 112) == 3


def test_a_wide_windows_room_takes_a_line_off_every_row_before_it_widens_the_article(
    sample_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """dash27: every row of a grid is as tall as its tallest cell; at 1400 px the Overview's rows
    were seven lines high for one item ("state scholarships: resident doctors and master's
    students of medical specialities" in 110 px) while the article column held its titles in
    two. The room now first widens the columns whose cells set the height."""
    import json

    from dashboard.components import _MOST_LINES, WRAPPED_ROW_HEIGHT
    from dashboard.table_room import ROOM

    def newest(room: int | None) -> tuple[int, dict[str, int], pd.DataFrame]:
        monkeypatch.setenv("KTPULSE_DB", str(sample_store))
        app = AppTest.from_file(
            str(Path(__file__).resolve().parent.parent / "dashboard" / "app.py"), default_timeout=60
        )
        if room is not None:
            app.session_state[ROOM] = room
        app.run()
        grid = app.dataframe[-1]  # the newest figures
        columns = json.loads(grid.proto.columns)
        return (
            grid.proto.row_height,
            {key: column.get("width") for key, column in columns.items()},
            grid.value,
        )

    narrow_height, narrow, table = newest(None)  # not measured yet: the widths a 1280 px window fits
    assert narrow_height == WRAPPED_ROW_HEIGHT + (_MOST_LINES - 4) * 18  # seven lines, for one item
    height, widths, _ = newest(960)  # a 1400 px window's room
    assert height == WRAPPED_ROW_HEIGHT  # four lines, the least a row has
    assert widths["item"] > narrow["item"] and widths["article"] > narrow["article"]
    assert sum(widths[name] for name in table.columns) == 960 - 4
    for name in ("item", "metric", "article"):
        assert max(_wrapped_lines(cell, widths[name]) for cell in table[name]) <= 4, name
