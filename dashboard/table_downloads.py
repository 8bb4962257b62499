"""A table's download as a program reads it, whatever its screen shows.

The grid's own "Download as CSV" writes its cells as shown: a figure as "target: 5 %" (its kind
folded into its text at a 900 px window), a period as "2021–2024", an article as "Kazinform —
Title". A spreadsheet or a script needs the value as a number and the unit, kind, period's first
and last day, item, sentence and URL each in a column of its own. A table of the page is drawn
with its grid's button hidden and a button of ours under it that writes those columns.

A CSV is made with the page, not when its button is pressed (here, and a chart's "CSV data"): a
button whose data is made when pressed gets a new id at every run, and a press during a run (the
table-room measure reruns a page just shown in a new browser) was lost, 1 press in 8 to 10 in
Chromium. Made with the page, the same rows keep the same file across runs; they are few (a
table lists 500 at most), so it takes milliseconds."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from etl.store.spreadsheet import spreadsheet_csv

# A figure's columns, in this order, as far as a table's frame holds them (names as the store's,
# so a CSV of one page's table reads as another's and as `ktpulse tables` exports).
FIGURE_DATA_COLUMNS = (
    "indicator_id", "value", "unit", "qualifier", "kind", "is_change", "direction", "item", "category",
    "place", "period_start", "period_end", "period_basis", "metric_id", "label", "surface", "sentence",
    "published_at", "source", "title", "url", "article_id",
)  # fmt: skip
# as a reader of the CSV knows them: "label" is the metric's name, "surface" the figure as written
_RENAMED = {"label": "metric", "surface": "as_written"}
# The grid's toolbar button, as Streamlit labels it (checked in a real browser: test_dashboard_downloads).
FIGURES_HELP = (
    "Each figure with the columns a program needs: its value as a number, unit, kind, qualifier, "
    "the period's first and last day, the item, sentence, article and URL"
)
GRID_DOWNLOAD = 'button[aria-label="Download as CSV"]'


def figure_data(frame: pd.DataFrame, **more: object) -> pd.DataFrame:
    """The figures of `frame` (a query's rows, one per figure) in their machine-readable columns:
    value a number, dates as dates, every text as stored. `more`: columns the frame lacks that
    hold one value for every row (an article's own figures: its title and URL)."""
    data = frame.assign(**{name: value for name, value in more.items() if name not in frame})
    return data[[name for name in FIGURE_DATA_COLUMNS if name in data]].rename(columns=_RENAMED)


def grid_with_download(
    key: str, data: Callable[[], pd.DataFrame], file_name: str, help: str = FIGURES_HELP
) -> DeltaGenerator:
    """A container to draw a table's grid in, its own CSV button hidden, followed by a button
    for `data()` as CSV. Draw the grid inside the returned container.

    The CSV is made with the page (see the module's note), not when pressed."""
    # scoped to this container (its key is its class): other tables keep their button
    st.html(f"<style>.st-key-{key} {GRID_DOWNLOAD} {{display: none}}</style>")
    holder = st.container(key=key)
    st.download_button(
        "⬇ CSV of this table", data=spreadsheet_csv(data()), file_name=file_name, mime="text/csv",
        key=f"download-{key}-csv", on_click="ignore", help=help,
    )  # fmt: skip
    return holder
