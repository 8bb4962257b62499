"""The app's query cache: every query of dashboard.queries through `st.cache_data`.

Kept apart from queries.py so that export, report and benchmarks run the same SQL without
Streamlit. The store version is part of the key, so a refresh shows at the next rerun."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import charts, queries
from dashboard.chart import Chart
from dashboard.queries import Filters, Store


@st.cache_data(show_spinner=False, max_entries=512)
def cached_query(path: str, version: str, sql: str, params: tuple) -> pd.DataFrame:
    return queries.query(path, sql, params)


# Built charts are shared, not copied, between sessions (cache_resource): pages only draw them.
@st.cache_resource(show_spinner=False, max_entries=64)
def cached_charts(_build: charts.PageBuilder, name: str, store: Store, filters: Filters) -> list[Chart]:
    return _build(store, filters)


def _chart_runner(build: charts.PageBuilder, store: Store, filters: Filters) -> list[Chart]:
    return cached_charts(build, build.__qualname__, store, filters)


def install_cache() -> None:
    """Route the query layer and chart building through the caches (called once per script run
    by app.py); the store version is in both keys."""
    queries.use_runner(cached_query)
    charts.use_chart_runner(_chart_runner)
