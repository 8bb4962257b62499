"""A wrapped table's rows are tall enough that no cell is cut at its row's foot: the Overview's
long scholarship items and metrics ("State scholarship: monthly amount per student category")
lost their last words at the grid's fixed four lines."""

from __future__ import annotations

import pandas as pd

from dashboard.components import FIGURE_COLUMNS, WRAPPED_ROW_HEIGHT, item_fitted, wrapped_row_height


def _table(item: str, metric: str) -> pd.DataFrame:
    return pd.DataFrame(
        {"figure": ["262,500 ₸"], "item": [item], "metric": [metric], "article": ["24.01.2025\nTitle"]}
    )


def test_short_cells_keep_four_lines() -> None:
    table = _table("inflation", "Inflation (annual)")
    assert wrapped_row_height(table, item_fitted(FIGURE_COLUMNS, table)) == WRAPPED_ROW_HEIGHT


def test_a_cell_of_more_lines_makes_the_rows_taller() -> None:
    table = _table(
        "state scholarships: resident doctors and master's students of medical specialities",
        "State scholarship: monthly amount per student category",
    )
    height = wrapped_row_height(table, item_fitted(FIGURE_COLUMNS, table))
    # the metric alone takes five lines of its 88 px column, the item six or more of its own
    assert height >= WRAPPED_ROW_HEIGHT + 2 * 18


def test_a_word_wider_than_its_column_counts_its_broken_lines_and_the_height_is_capped() -> None:
    table = _table("x", "Ж" * 400)
    assert wrapped_row_height(table, FIGURE_COLUMNS) == WRAPPED_ROW_HEIGHT + 3 * 18  # seven lines at most
