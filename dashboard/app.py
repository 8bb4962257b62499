"""ktpulse dashboard: `streamlit run dashboard/app.py` (or `ktpulse dashboard`).

Reads the store named by KTPULSE_DB (default data/ktpulse.duckdb), read-only."""

from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

# `streamlit run dashboard/app.py` puts dashboard/ on sys.path, not the project root.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dashboard.queries import Store  # noqa: E402
from dashboard.sidebar import sidebar_filters  # noqa: E402

# Not "pages/": Streamlit would also serve a folder of that name as old-style pages.
PAGES_DIR = Path(__file__).resolve().parent / "app_pages"

st.set_page_config(page_title="ktpulse · Kazakhstan Today", page_icon=":material/monitoring:", layout="wide")
store = Store.open()
st.session_state["store"] = store
st.session_state["filters"] = sidebar_filters(store)

navigation = st.navigation(
    [
        st.Page(
            PAGES_DIR / "overview.py",
            title="Overview",
            icon=":material/home:",
            url_path="overview",
            default=True,
        ),
        st.Page(
            PAGES_DIR / "readership.py",
            title="Readership",
            icon=":material/visibility:",
            url_path="readership",
        ),
        st.Page(PAGES_DIR / "taza.py", title="Taza Kazakstan", icon=":material/park:", url_path="taza"),
        st.Page(
            PAGES_DIR / "scholarships.py",
            title="Scholarships",
            icon=":material/school:",
            url_path="scholarships",
        ),
        st.Page(
            PAGES_DIR / "it_exports.py", title="IT exports", icon=":material/computer:", url_path="it-exports"
        ),
        st.Page(
            PAGES_DIR / "explorer.py",
            title="Indicator explorer",
            icon=":material/search:",
            url_path="explorer",
        ),
        st.Page(PAGES_DIR / "articles.py", title="Articles", icon=":material/article:", url_path="articles"),
    ]
)
navigation.run()
