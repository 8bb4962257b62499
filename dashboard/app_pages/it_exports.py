"""IT exports: export volume and growth, targets with progress, Astana Hub, venture fund."""

import pandas as pd
import streamlit as st

from dashboard import charts
from dashboard.components import fill_chart_files, no_data, progress_section, require_store, show_chart

store, filters = st.session_state["store"], st.session_state["filters"]
st.title("IT services exports")
st.caption(
    "Each reported figure is drawn once at its own value: a line spans its period, a star marks a target at its "
    "deadline; a plan, target or forecast is dotted with a hollow marker, an actual solid and filled. A faded "
    'mark, "(period inferred)", has a period its own sentence does not write (taken from the headline, an '
    "earlier sentence or the publication day), which is wrong far more often."
)

if require_store(store):
    page_charts = charts.it_exports(store, filters)
    if not no_data(
        pd.concat([c.data for c in page_charts[1:]]), "No IT export figure matches these filters."
    ):
        progress_section(page_charts[0], "the")
        for chart in page_charts[1:]:
            if not chart.data.empty:
                show_chart(chart)

# the image buttons drawn "being made" get their files, in this page (its widgets keep their ids)
fill_chart_files()
