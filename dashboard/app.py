"""ktpulse dashboard: `streamlit run dashboard/app.py` (or `ktpulse dashboard`).

Reads the store named by KTPULSE_DB (default data/ktpulse.duckdb), read-only."""

from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

# `streamlit run dashboard/app.py` puts dashboard/ on sys.path, not the project root.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dashboard import chart_files  # noqa: E402
from dashboard.components import fill_chart_files, forget_chart_files  # noqa: E402
from dashboard.data import install_cache  # noqa: E402
from dashboard.pages import PAGES  # noqa: E402
from dashboard.queries import Store, one_connection  # noqa: E402
from dashboard.sidebar import sidebar_filters  # noqa: E402
from dashboard.table_room import measure_table_room  # noqa: E402

# Not "pages/": Streamlit would also serve a folder of that name as old-style pages.
PAGES_DIR = Path(__file__).resolve().parent / "app_pages"
DEFAULT_PAGE_RESERVED_PATH = "index"

st.set_page_config(page_title="ktpulse · Kazakhstan Today", page_icon=":material/monitoring:", layout="wide")
install_cache()
if st.context.headers:  # a reader's browser asked for the page (AppTest has none, nor a bare run)
    chart_files.start()  # at once: the image browser starts in the background, once a server
with one_connection():  # the run's uncached queries share one connection, closed when it ends
    store = Store.open()
    st.session_state["store"] = store
    st.session_state["filters"] = sidebar_filters(store)

    home = PAGES[0]
    navigation = st.navigation(
        [
            st.Page(
                PAGES_DIR / page.file,
                title=page.title,
                icon=page.icon,
                # Streamlit serves the default page at "/" only, yet it still reserves a pathname:
                # one nobody types, so that the page's own (/overview) can go to its hidden twin.
                url_path=DEFAULT_PAGE_RESERVED_PATH if n == 0 else page.url_path,
                default=n == 0,
            )
            for n, page in enumerate(PAGES)
        ]
        # The default page at its own URL too, as every other page has one (a link or a bookmark
        # to /overview was "Page not found"); hidden, so the menu lists it once.
        + [
            st.Page(
                PAGES_DIR / home.file,
                title=home.title,
                icon=home.icon,
                url_path=home.url_path,
                visibility="hidden",
            )  # fmt: skip
        ]
    )
    # after st.navigation: a rerun the measure asks for must know the page it reruns
    measure_table_room()  # the pages' tables give their spare room to the column that needs it
    forget_chart_files()
    navigation.run()
    fill_chart_files()  # a page that left buttons "being made" (each page fills its own at its end)
