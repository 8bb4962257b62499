"""Unusual but real dates reach the dashboard as they are: an archive story from before 2000 (the
date picker's old lower bound) or a damaged stamp a century ahead must not stop the pages."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from etl.pipeline.refresh import refresh
from tests.conftest import SAMPLE_OBSERVED_AT, SAMPLE_PAGE

APP = str(Path(__file__).resolve().parent.parent / "dashboard" / "app.py")


@pytest.mark.parametrize("stamp", ["23.12.1998, 09:42 0", "23.12.2101, 09:42 5"])
def test_every_page_opens_on_a_store_with_a_date_outside_2000_to_2100(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stamp: str
) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        SAMPLE_PAGE.read_text(encoding="utf-8").replace("23.12.2024, 09:42 183916", stamp), encoding="utf-8"
    )
    db = tmp_path / "s.duckdb"
    refresh(db, [page], observed_at=SAMPLE_OBSERVED_AT)
    with duckdb.connect(str(db), read_only=True) as con:
        stored = con.execute("SELECT views FROM view_snapshots WHERE placement = 'main'").fetchall()
    assert stored == [(int(stamp.split()[-1]),)]  # a count of 0 is a count
    monkeypatch.setenv("KTPULSE_DB", str(db))
    app = AppTest.from_file(APP, default_timeout=90)
    app.run()
    assert not app.exception, [e.message for e in app.exception]
    for name in ("readership", "articles", "explorer"):
        app.switch_page(f"app_pages/{name}.py").run()
        assert not app.exception, (name, [e.message for e in app.exception])
