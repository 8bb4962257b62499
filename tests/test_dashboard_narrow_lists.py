"""The lists at a 900 px window (dash29): the Articles list scrolled sideways (its source, views
and text past the window's edge), and the Overview's narrow table of figures could not be
sorted (a static table has no header to click)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard import queries as q
from dashboard.components import CHECKBOXES, NEWEST_ORDERS, newest_order
from dashboard.queries import Filters, Store
from tests.test_dashboard_screen_truth import ROOM_900, _at_room


def _widths(grid: object) -> dict[str, int]:
    config = json.loads(grid.proto.columns)  # type: ignore[attr-defined]
    return {name: column.get("width") for name, column in config.items() if name != "_index"}


def test_the_articles_list_at_a_900_px_window_fits_it_sorted_by_time_and_views_with_every_cell(
    sample_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _at_room(sample_store, monkeypatch, "app_pages/articles.py", ROOM_900)
    grid = app.dataframe[0]
    table, widths = grid.value, _widths(grid)
    assert list(table.columns) == ["published", "article", "views"], list(table.columns)
    assert CHECKBOXES + sum(widths.values()) <= ROOM_900 - 4, widths  # no sideways scroll
    # a header click sorts them as what they are: a time and a count
    assert pd.api.types.is_datetime64_any_dtype(table["published"])
    assert pd.api.types.is_integer_dtype(table["views"]) and table["views"].notna().any()
    # nothing of the wide list's row is lost but its link (in the selected row's cite block)
    for cell in table["article"]:
        assert "English" in cell and "figure" in cell, cell
        assert cell.endswith(("full text", "listing only")), cell
    assert table["article"].str.contains("Kazinform|Akorda|primeminister.kz", regex=True).any()
    # a wider window keeps a column each
    wide = _at_room(sample_store, monkeypatch, "app_pages/articles.py", 820).dataframe[0].value
    assert {"source", "views", "text", "lang", "figures"} <= set(wide.columns)


def test_the_overviews_narrow_figures_can_be_ordered_by_a_control_above_them(
    sample_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _at_room(sample_store, monkeypatch, "", ROOM_900)
    order = app.selectbox(key="newest_figures_order")
    assert list(order.options) == list(NEWEST_ORDERS) and order.value == "newest published first"

    shown = app.table[-1].value
    days = pd.to_datetime(shown["date · article"].str[:10], format="%d.%m.%Y")
    assert list(days) == sorted(days, reverse=True)  # as queried: newest published first
    order.set_value("metric (A–Z)").run()
    assert not app.exception
    by_metric = newest_order(q.newest_figures(Store.open(sample_store), Filters()), "metric (A–Z)")
    assert by_metric != sorted(by_metric)  # the sample's order changes
    assert app.table[-1].value.equals(shown.iloc[by_metric].reset_index(drop=True))
    metrics = [cell.split(" · ")[1] for cell in app.table[-1].value["item · metric · place"]]
    assert metrics == sorted(metrics, key=str.casefold), metrics


def test_a_narrow_tables_orders_keep_ties_and_put_blanks_last() -> None:
    figures = pd.DataFrame(
        {
            "published_at": pd.to_datetime(["2025-03-01", "2025-01-01", "2025-02-01", "2025-01-01"]),
            "period_start": pd.to_datetime(["2024-01-01", None, "2025-09-01", "2025-01-01"]),
            "period_end": pd.to_datetime(["2024-12-31", None, None, "2025-12-31"]),
            "label": ["Inflation", "GDP", "", "gold reserves"],
            "place": ["", "Almaty", "", "Astana"],
        }
    )
    assert newest_order(figures, "newest published first") == [0, 1, 2, 3]
    assert newest_order(figures, "oldest published first") == [1, 3, 2, 0]
    # an open span ("from Sep 2025") by its start; no period last
    assert newest_order(figures, "latest period first") == [3, 2, 0, 1]
    assert newest_order(figures, "metric (A–Z)") == [1, 3, 0, 2]
    assert newest_order(figures, "place (A–Z)") == [1, 3, 0, 2]


def test_no_order_control_where_the_grid_sorts_by_its_headers(
    sample_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app: AppTest = _at_room(sample_store, monkeypatch, "", 820)
    assert not [box for box in app.selectbox if box.key == "newest_figures_order"]
