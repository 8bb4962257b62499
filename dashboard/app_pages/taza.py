"""Taza Kazakstan: the campaign's metric series, actual against target, periods on a time axis."""

import pandas as pd
import streamlit as st

from dashboard import charts
from dashboard.components import (
    every_chart_download,
    fill_chart_files,
    no_data,
    progress_section,
    require_store,
    show_chart,
)

store, filters = st.session_state["store"], st.session_state["filters"]
st.title("Taza Kazakstan")
st.caption(
    "Figures reported for the national clean-up and greening campaign, each drawn once at its own value: "
    "a figure for a period is a line from its first to its last day (2019–2023 spans five years), a figure "
    "for a day is a dot, a target a star at its deadline; a plan, target or forecast is dotted with a hollow "
    "marker, an actual solid and filled; a faded mark has no period stated (drawn at the date it was first "
    'reported) or, "(period inferred)", a period its own sentence does not write (taken from the headline, an '
    "earlier sentence or the publication day), which is wrong far more often. Colours tell what a figure "
    "counts (the item its sentence names). Hover a "
    "mark for its sentence and article. Figures are never added together. Choose a series below."
)

if require_store(store):
    page_charts = charts.taza(store, filters)
    if not no_data(pd.concat([c.data for c in page_charts[1:]]) if page_charts else pd.DataFrame(),
                   "No Taza Kazakstan figure matches these filters."):  # fmt: skip
        progress_section(page_charts[0])
        # One series at a time: only the chosen one is built and drawn (the eight series charts
        # together took the browser a second). Chosen with a row of buttons that wraps: in tabs the
        # row scrolled sideways at a 900 px window, the later series behind an arrow ("Events he›").
        series = [chart for chart in page_charts[1:] if not chart.data.empty]
        titles = {name: title for _, title, name in charts.TAZA_METRICS}
        # the series not drawn have no buttons (they are not built): all of them at once here
        every_chart_download(series, "taza-series", f"Every series below, {len(series)} charts")
        chosen = st.radio(
            "Series", [titles[chart.name] for chart in series], horizontal=True, key="taza_series"
        )
        show_chart(next(chart for chart in series if titles[chart.name] == chosen))

# the image buttons drawn "being made" get their files, in this page (its widgets keep their ids)
fill_chart_files()
