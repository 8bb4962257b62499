"""Frames reach the store with the table's declared types, whatever rows DuckDB would sample."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from etl.pipeline.refresh import refresh
from etl.store import database

ENTRIES = 5_000
TAGGED_TITLE = "Astana Hub opens a new IT park for startups"


def _page(tagged_at: int) -> str:
    """A listing page of ENTRIES neutral entries with one title the taxonomy tags at `tagged_at`."""
    lines = []
    for number in range(ENTRIES):
        title = TAGGED_TITLE if number == tagged_at else f"Weather report number {number} for the regions"
        lines += [f"01.02.2025, {number // 60 % 24:02d}:{number % 60:02d} {100 + number}", title, ""]
    return "\n".join(lines)


@pytest.mark.parametrize("position", [0, ENTRIES // 2, ENTRIES - 1])
def test_one_tagged_article_among_thousands_is_stored_at_any_position(tmp_path: Path, position: int) -> None:
    page = tmp_path / "page.txt"
    page.write_text(_page(position), encoding="utf-8")
    summary = refresh(tmp_path / "s.duckdb", [page], observed_at=datetime(2025, 2, 3, 18, 0))
    assert summary.exit_code == 0 and summary.articles_added == ENTRIES
    with duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True) as con:
        tagged = con.execute("SELECT title, topics FROM articles WHERE len(topics) > 0").fetchall()
        listed = con.execute("SELECT topics FROM latest_views WHERE len(topics) > 0").fetchall()
    assert tagged == [(TAGGED_TITLE, ["digital"])]
    assert listed == [(["digital"],)]


@pytest.mark.parametrize("position", [0, 2_500, 4_999, 199_999])
def test_insert_frame_types_a_list_column_from_the_table_not_a_sample(position: int) -> None:
    rows = max(ENTRIES, position + 1)
    con = duckdb.connect()
    con.execute("CREATE TABLE t (id VARCHAR, n BIGINT, seen TIMESTAMP, topics VARCHAR[])")
    topics: list[list[str]] = [[] for _ in range(rows)]
    topics[position] = ["digital", "economy"]
    frame = pd.DataFrame(
        {"id": [str(i) for i in range(rows)], "n": pd.array([None] * rows, dtype="Int64"),
         "seen": [None] * rows, "topics": topics}
    )  # fmt: skip
    database.insert_frame(con, "t", frame, ["id", "n", "seen", "topics"])
    assert con.execute("SELECT id, topics FROM t WHERE len(topics) > 0").fetchall() == [
        (str(position), ["digital", "economy"])
    ]
    assert con.execute("SELECT count(*) FROM t WHERE n IS NULL AND seen IS NULL").fetchone() == (rows,)


def test_a_failed_insert_inside_a_transaction_reports_its_own_cause() -> None:
    """Not DuckDB's "Current transaction is aborted" from the clean-up after it."""
    con = duckdb.connect()
    con.execute("CREATE TABLE t (id VARCHAR NOT NULL, topics VARCHAR[])")
    con.execute("BEGIN TRANSACTION")
    frame = pd.DataFrame({"id": ["a", None], "topics": [[], ["x"]]})
    with pytest.raises(duckdb.Error) as raised:
        database.insert_frame(con, "t", frame, ["id", "topics"])
    assert "NOT NULL" in str(raised.value) and "aborted" not in str(raised.value)
    con.execute("ROLLBACK")
