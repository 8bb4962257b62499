"""Rendering helpers shared by the pages: a chart with its downloads, empty-state notes."""

from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard.charts import Chart
from dashboard.queries import Store, store_exists_message
from etl.store.spreadsheet import spreadsheet_csv

# The Plotly toolbar's camera button downloads a PNG of the chart as shown.
PLOTLY_CONFIG = {"displaylogo": False, "toImageButtonOptions": {"format": "png", "scale": 2}}


def figure_bytes(figure: go.Figure, fmt: str) -> bytes:
    """PNG/SVG through kaleido (Debian's chromium) or standalone HTML with plotly.js inlined."""
    if fmt == "html":
        return figure.to_html(include_plotlyjs=True, full_html=True).encode("utf-8")
    return figure.to_image(
        format=fmt, width=1100, height=figure.layout.height or 500, scale=2 if fmt == "png" else 1
    )


def show_chart(chart: Chart) -> None:
    """The chart, then buttons to download it as PNG, SVG, standalone HTML and its data as CSV.

    Images are made only when their button is pressed (kaleido starts a browser)."""
    st.plotly_chart(chart.figure, config=PLOTLY_CONFIG, key=f"chart-{chart.name}")
    columns = st.columns(4)
    downloads = (
        ("PNG", lambda: figure_bytes(chart.figure, "png"), "png", "image/png"),
        ("SVG", lambda: figure_bytes(chart.figure, "svg"), "svg", "image/svg+xml"),
        ("HTML", lambda: figure_bytes(chart.figure, "html"), "html", "text/html"),
        ("CSV data", lambda: spreadsheet_csv(chart.data), "csv", "text/csv"),
    )
    for column, (label, data, suffix, mime) in zip(columns, downloads, strict=True):
        column.download_button(
            f"⬇ {label}", data=data, file_name=f"{chart.name}.{suffix}", mime=mime,
            key=f"download-{chart.name}-{suffix}", on_click="ignore",
        )  # fmt: skip


def require_store(store: Store) -> bool:
    """False (after telling the user what to do) when there is no store to read."""
    message = store_exists_message(store)
    if message:
        st.info(message)
        return False
    return True


def no_data(frame: pd.DataFrame, message: str = "Nothing matches these filters. Widen the date range or clear "
            "the topic and source filters in the sidebar.") -> bool:  # fmt: skip
    """True (after saying so) when a frame is empty."""
    if frame is None or frame.empty:
        st.info(message)
        return True
    return False


def highlighted_sentence(sentence: str, start: int, end: int) -> str:
    """The sentence as escaped text with the figure marked; page text is never raw HTML."""
    return (
        html.escape(sentence[:start])
        + "<mark><b>" + html.escape(sentence[start:end]) + "</b></mark>"
        + html.escape(sentence[end:])
    )  # fmt: skip
