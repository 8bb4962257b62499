"""The ktpulse CLI on a real store: tables list/show/export, store errors, KTPULSE_DB."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pytest
from typer.testing import CliRunner

from dashboard.cli import app

runner = CliRunner()


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
@pytest.mark.parametrize(
    "table", ["articles", "view_snapshots", "pages", "article_topics", "readership_latest"]
)
def test_tables_export_writes_every_row(sample_store: Path, tmp_path: Path, table: str, fmt: str) -> None:
    out = tmp_path / f"{table}.{fmt}"
    result = runner.invoke(
        app, ["tables", "export", table, "--format", fmt, "-o", str(out), "--db", str(sample_store)]
    )
    assert result.exit_code == 0, result.output
    frame = pd.read_csv(out) if fmt == "csv" else pd.read_parquet(out)  # pyarrow comes with streamlit
    with duckdb.connect(str(sample_store), read_only=True) as con:
        expected = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    assert len(frame) == expected


def test_export_of_unknown_table_lists_the_tables(sample_store: Path, tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["tables", "export", "nope", "-o", str(tmp_path / "x.csv"), "--db", str(sample_store)]
    )
    assert result.exit_code == 2
    assert "no table 'nope'" in result.output and "articles" in result.output


def test_export_rejects_unknown_format(sample_store: Path, tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        [
            "tables",
            "export",
            "articles",
            "--format",
            "xlsx",
            "-o",
            str(tmp_path / "x"),
            "--db",
            str(sample_store),
        ],
    )
    assert result.exit_code == 2


def test_tables_list_counts_rows_and_honours_ktpulse_db(sample_store: Path, monkeypatch) -> None:
    monkeypatch.setenv("KTPULSE_DB", str(sample_store))
    result = runner.invoke(app, ["tables", "list"])
    assert result.exit_code == 0, result.output
    line = next(item for item in result.output.splitlines() if " view_snapshots " in item)
    assert "17" in line


def test_tables_show_prints_rows(sample_store: Path) -> None:
    result = runner.invoke(
        app, ["tables", "show", "readership_latest", "--limit", "3", "--db", str(sample_store)]
    )
    assert result.exit_code == 0
    assert "199501" in result.output  # the top article's latest count


def test_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["tables", "list", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 3
    assert "no store at" in result.output


def test_store_locked_by_another_process_is_a_clear_error(tmp_path: Path) -> None:
    import subprocess
    import sys
    import time

    db = tmp_path / "locked.duckdb"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb,time; c=duckdb.connect({str(db)!r}); print('ok', flush=True); time.sleep(30)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ok"
        page = tmp_path / "p.txt"
        page.write_text("01.02.2025, 10:00 5\nTitle\nBody.\n")
        started = time.monotonic()
        result = runner.invoke(app, ["refresh", str(page), "--db", str(db)])
        assert result.exit_code == 3, result.output
        assert "store error" in result.output and str(db) in result.output
        assert time.monotonic() - started < 20
    finally:
        holder.kill()
