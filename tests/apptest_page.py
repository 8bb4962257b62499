"""The dashboard run in Streamlit's AppTest on one page of a given store, for the page tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parent.parent / "dashboard" / "app.py")


def app_on_page(db: Path, monkeypatch: pytest.MonkeyPatch, page: str) -> AppTest:
    """The app over `db`, switched to `page` (e.g. "app_pages/articles.py"), run without an exception."""
    monkeypatch.setenv("KTPULSE_DB", str(db))
    app = AppTest.from_file(APP, default_timeout=60)
    app.run()
    app.switch_page(page).run()
    assert not app.exception, [e.message for e in app.exception]
    return app
