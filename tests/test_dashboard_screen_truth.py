"""What the screen shows, checked where a reader saw it wrong (dash28b): a short series' date
axis, whole target labels over progress bars, and figures tables at a 900 px window."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from tests.apptest_page import app_on_page


def _spec(app: AppTest, name: str) -> dict:
    """The figure of the page's chart named `name` (dashboard.charts)."""
    charts = app.get("plotly_chart")
    found = [json.loads(chart.proto.spec) for chart in charts if chart.proto.id.endswith(f"chart-{name}")]
    assert found, [chart.proto.id for chart in charts]
    return found[0]


def test_two_figures_of_one_day_are_drawn_on_an_axis_of_days_ticked_at_that_day(
    sample_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """IT exports' Astana Hub chart: 'more than 1,500' and '400' companies, both of 21 Jan 2025,
    were drawn on an axis padded 45 days a side and ticked Dec 15 … Feb 23: a span of three
    months that nobody reported."""
    app = app_on_page(sample_store, monkeypatch, "app_pages/it_exports.py")
    axis = _spec(app, "astana-hub-companies")["layout"]["xaxis"]
    first, last = (pd.Timestamp(end) for end in axis["range"])
    assert last - first <= pd.Timedelta(days=7), axis["range"]
    assert axis["ticktext"] == ["21 Jan 2025"]
    assert [pd.Timestamp(tick) for tick in axis["tickvals"]] == [pd.Timestamp("2025-01-21")]


def test_a_progress_bars_target_label_is_whole_on_the_chart(
    sample_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Taza's progress chart wrote "Greening: saxaul plantations on the dried Aral… (2021–2024)"
    over its bar, the target's words cut, while the line above the chart gave them whole."""
    app = app_on_page(sample_store, monkeypatch, "app_pages/taza.py")
    layout = _spec(app, "taza-progress-to-targets")["layout"]
    labels = [note["text"] for note in layout["annotations"] if "saxaul" in note["text"]]
    assert len(labels) == 1
    words = labels[0].split("<br>" + "475,000")[0].replace("<b>", "").replace("</b>", "").replace("<br>", " ")
    assert words == "Greening: saxaul plantations on the dried Aral Sea bed (2021–2024)"
    assert "…" not in labels[0]


# A 900 px window's table room, as the browser's measure reports it (table_room: 440 less borders)
ROOM_900 = 440


def _at_room(db: Path, monkeypatch: pytest.MonkeyPatch, page: str, room: int) -> AppTest:
    from dashboard.table_room import ROOM

    monkeypatch.setenv("KTPULSE_DB", str(db))
    app = AppTest.from_file(
        str(Path(__file__).resolve().parent.parent / "dashboard" / "app.py"), default_timeout=60
    )
    app.session_state[ROOM] = room
    app.run()
    if page:
        app.switch_page(page).run()
    assert not app.exception, [e.message for e in app.exception]
    return app


def test_the_explorers_table_at_a_900_px_window_holds_every_column_in_sight_in_rows_most_need(
    sample_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At a 900 px window the explorer's grid ran past the window's edge (published, period basis,
    place and metric out of sight) and every row was seven lines high for its longest title. Now
    three columns hold every cell, in rows as tall as nine in ten of them need; a taller cell ends
    in "…"."""
    from dashboard.components import _wrapped_lines

    grid = _at_room(sample_store, monkeypatch, "app_pages/explorer.py", ROOM_900).dataframe[0]
    columns = json.loads(grid.proto.columns)
    table = grid.value
    widths = {name: column["width"] for name, column in columns.items() if name in table.columns}
    assert set(widths) == set(table.columns) == {"figure", "item", "article"}
    assert [columns[name]["label"] for name in table.columns] == [
        "figure · period", "item · metric · place", "date · article"
    ]  # fmt: skip
    assert sum(widths.values()) + 48 <= ROOM_900 - 4  # the rows' checkboxes: 48 px
    lines = (grid.proto.row_height - 76) // 18 + 4
    whole = [all(not cell.endswith("…") for cell in row) for row in table.itertuples(index=False)]
    assert lines == 7 or sum(whole) >= 0.9 * len(table)  # seven at the most (the sample's long titles)
    for name in widths:
        assert max(_wrapped_lines(cell, widths[name]) for cell in table[name]) <= lines, name
    # what the wide table's own columns held is in the cells
    assert any(" · own sentence" in cell for cell in table["figure"])
    assert any(" · inferred (context)" in cell for cell in table["figure"])
    assert all(cell[:10].count(".") == 2 and cell[10:13] == " · " for cell in table["article"])
    assert any("Taza Kazakstan" in cell for cell in table["item"])  # a metric's label
    assert any("primeminister.kz — " in cell for cell in table["article"])  # a publisher whole


def test_the_overviews_newest_figures_at_a_900_px_window_are_a_static_table_of_every_cell(
    sample_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Overview's grid at a 900 px window showed the figure, item, period and article, the
    rest past its edge, and rows as tall as the tallest cell. Now three columns, in a static table
    whose rows are each as tall as their own cells; the wider window keeps its grid."""
    app = _at_room(sample_store, monkeypatch, "", ROOM_900)
    assert not [grid for grid in app.dataframe if "figure" in grid.value.columns]
    (table,) = app.table
    shown = table.value
    assert list(shown.columns) == ["figure · period", "item · metric · place", "date · article"]
    assert any("inflation" in cell and "Inflation" in cell for cell in shown["item · metric · place"])
    assert all(cell.count(" · ") >= 1 for cell in shown["figure · period"])
    assert not any(cell.endswith("…") for column in shown.columns for cell in shown[column])
    wide = _at_room(sample_store, monkeypatch, "", 960)
    assert not wide.table and "period basis" in wide.dataframe[-1].value.columns


def test_one_tall_cell_does_not_set_the_height_of_every_row_of_a_narrow_grid() -> None:
    from dashboard.components import NARROW_COLUMNS, narrow_lines

    columns = {name: {**column, "width": 120} for name, column in NARROW_COLUMNS.items()}
    short = {"figure": "5 % · 2025", "item": "inflation", "article": "24.01.2025 · A title"}
    tall = {**short, "item": " ".join(["state scholarships: resident doctors"] * 6)}
    assert narrow_lines(pd.DataFrame([short] * 19 + [tall]), columns) == 4
    assert narrow_lines(pd.DataFrame([short] * 5 + [tall] * 5), columns) == 7


def test_the_period_comparisons_period_labels_stand_level_and_apart_at_a_900_px_window(
    sample_store: Path,
) -> None:
    """At a 900 px window "latest full month<br>01.02.2026–28.02.2026" and "month before<br>
    01.01.2026–31.01.2026" were slanted by Plotly, over each other and cut at the chart's foot."""
    from dashboard import charts
    from dashboard.bar_labels import NARROWEST_PLOT
    from dashboard.fact_figures import text_width
    from dashboard.figures import PANEL_GAP
    from dashboard.queries import Filters, Store

    (comparison,) = [
        c
        for c in charts.readership(Store.open(sample_store), Filters())
        if c.name == "readership-period-comparison"
    ]
    figure = comparison.figure
    layout = figure.layout
    assert layout.xaxis.tickangle == 0 and layout.xaxis2.tickangle == 0
    plot = NARROWEST_PLOT - layout.margin.l - (layout.margin.r or 0)
    per_bar = plot * (1 - PANEL_GAP) / 2 / len(figure.data[0].x)  # a category's room in its panel
    for label in figure.data[0].x:
        size = layout.xaxis.tickfont.size or 12
        assert max(text_width(line) for line in label.split("<br>")) * size / 12 + 4 < per_bar, label
    assert layout.margin.b >= 15 * max(label.count("<br>") + 1 for label in figure.data[0].x)


def test_a_scholarship_bars_category_is_whole_over_its_bar(sample_store: Path) -> None:
    """Scholarships' bars wrote "resident doctors and master's students of medical…" and "students
    of technical and… (working qualifications)" over their bars (whole in the table below)."""
    from dashboard import charts
    from dashboard.queries import Filters, Store

    (chart,) = charts.scholarships(Store.open(sample_store), Filters())
    notes = [note.text.replace("<br>", " ") for note in chart.figure.layout.annotations]
    for category in chart.data["category"]:
        assert category in notes, (category, notes)
    assert not [note for note in notes if "…" in note]
    bar = chart.figure.data[0]
    pitch = (
        chart.figure.layout.height - chart.figure.layout.margin.t - chart.figure.layout.margin.b - 12
    ) / len(bar.y)
    assert bar.width * pitch >= 25  # the bar as thick as a one-line label's row gives it


def test_an_articles_one_capture_is_ticked_at_its_time_and_its_count_written() -> None:
    """The mixed store's Russian articles have one capture each: the view chart drew a lone dot
    over the top gridline, its count only in the hover, on an axis ticked "12:00 Nov 27 … 00:00
    Nov 29", times around it nothing was read at."""
    from dashboard.figures import views_history

    capture = pd.Timestamp(2026, 11, 28, 10, 52)
    history = pd.DataFrame({"observed_at": [capture, capture], "views": [8712, 8650],
                            "placement": ["main", "related"], "page_id": ["a", "b"]})  # fmt: skip
    figure = views_history(history)
    line = figure.data[0]
    assert list(line.text) == ["8,712"] and "text" in line.mode
    assert figure.data[1].text is None  # a lower count of the same capture: its hover
    assert [pd.Timestamp(tick) for tick in figure.layout.xaxis.tickvals] == [capture]
    assert list(figure.layout.xaxis.ticktext) == ["28.11.2026 10:52"]
    assert figure.data[0].hovertemplate.endswith("(%{customdata})<extra></extra>")


def test_an_articles_figures_at_a_900_px_window_hold_every_column_in_sight(
    sample_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An article's figures grid at a 900 px window showed figure, item, period and kind, its
    "as written", period basis, place and metric past the window's edge."""
    app = _at_room(sample_store, monkeypatch, "app_pages/articles.py", ROOM_900)
    app.text_input(key="articles_text").input("National Fund").run()
    grid = app.dataframe[1]  # the list, then the first article's figures
    columns = json.loads(grid.proto.columns)
    table = grid.value
    assert [columns[name]["label"] for name in table.columns] == [
        "figure · period",
        "item · metric · place",
        "as written",
    ]
    assert sum(columns[name]["width"] for name in table.columns) + 48 <= ROOM_900 - 4
    assert all(" · " in cell for cell in table["figure"])  # each with its period


def _unlabelled_under_a_chart() -> None:
    import pandas as pd

    from dashboard.components import unlabelled_table

    unlabelled_table(
        pd.DataFrame(
            {"figure": ["7.8 M", "8.4 M"], "period": ["2021", "2026"], "kind": ["actual", "plan"],
             "counts": ["participants", "participants"], "period basis": ["own sentence", "inferred (context)"],
             "article": ["21.01.2025 · primeminister.kz — Taza Kazakhstan: record results"] * 2}
        )
    )  # fmt: skip


@pytest.mark.parametrize("room", [ROOM_900, 960])
def test_the_figures_a_chart_leaves_unlabelled_are_in_sight_at_a_900_px_window(room: int) -> None:
    """Taza's unlabelled figures (synthetic store) at a 900 px window: the grid scrolled sideways,
    each figure's period basis and article past the window's edge."""
    from dashboard.table_room import ROOM

    app = AppTest.from_function(_unlabelled_under_a_chart)
    app.session_state[ROOM] = room
    app.run()
    assert not app.exception
    if room == 960:  # a wide window keeps the grid
        assert not app.table and list(app.dataframe[0].value.columns)[-1] == "article"
        return
    assert not app.dataframe
    shown = app.table[0].value
    assert list(shown.columns) == ["figure · period", "counts", "article"]
    assert list(shown["figure · period"]) == [
        "7.8 M · 2021 · own sentence",
        "plan: 8.4 M · 2026 · inferred (context)",
    ]
