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


def test_an_item_of_more_lines_than_a_row_holds_widens_its_column_within_a_900_px_window() -> None:
    from dashboard.components import OVERVIEW_FIGURE_COLUMNS, TABLE_ROOM_900, _wrapped_lines

    item = "state scholarships: resident doctors and master's students of medical specialities"
    table = pd.DataFrame(
        {"figure": ["134,664 ₸"], "item": [item], "period": ["from Sep 2025"], "article": ["T"]}
    )
    # at 110 px it took eight lines, and the grid cut "specialities" at the row's seventh (dash24)
    columns = item_fitted(OVERVIEW_FIGURE_COLUMNS, table)
    assert _wrapped_lines(item, columns["item"]["width"]) <= 7
    assert sum(columns[name]["width"] for name in table.columns) <= TABLE_ROOM_900


def test_a_title_longer_than_a_rows_lines_ends_in_an_ellipsis_the_grid_does_not_draw() -> None:
    from dashboard.components import _wrapped_lines, within_lines

    title = (
        "primeminister.kz — Taza Kazakstan action: Amendments made to the Standard rules for the improvement"
    )
    assert within_lines("Kazinform — Short title", 116) == "Kazinform — Short title"
    cut = within_lines(title, 116)
    assert _wrapped_lines(title, 116) > 7 >= _wrapped_lines(cut, 116)
    assert cut.endswith("…") and title.startswith(cut[:-1])
    word = within_lines("Ж" * 400, 116)  # one word longer than the lines: its letters, cut
    assert word.startswith("ЖЖ") and word.endswith("…") and _wrapped_lines(word, 116) <= 7
