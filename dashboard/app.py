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

# (file in app_pages/, title, icon, URL path); the first is the default page, served at "/".
PAGES = (
    ("overview.py", "Overview", ":material/home:", "overview"),
    ("readership.py", "Readership", ":material/visibility:", "readership"),
    ("taza.py", "Taza Kazakstan", ":material/park:", "taza"),
    ("scholarships.py", "Scholarships", ":material/school:", "scholarships"),
    ("it_exports.py", "IT exports", ":material/computer:", "it-exports"),
    ("explorer.py", "Indicator explorer", ":material/search:", "explorer"),
    ("articles.py", "Articles", ":material/article:", "articles"),
)
navigation = st.navigation(
    [
        st.Page(PAGES_DIR / file, title=title, icon=icon, url_path=path, default=number == 0)
        for number, (file, title, icon, path) in enumerate(PAGES)
    ]
)
navigation.run()
