"""The app's query cache: every query of dashboard.queries through `st.cache_data`.

Kept apart from queries.py so that export, report and benchmarks run the same SQL without
Streamlit. The store version is part of the key, so a refresh shows at the next rerun."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import queries


@st.cache_data(show_spinner=False, max_entries=512)
def cached_query(path: str, version: str, sql: str, params: tuple) -> pd.DataFrame:
    return queries.query(path, sql, params)


def install_cache() -> None:
    """Route the query layer through the cache (called once per script run by app.py)."""
    queries.use_runner(cached_query)
