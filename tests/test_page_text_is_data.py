"""Page text and file names are data, never markup or formulas: CSV for spreadsheets
neutralises formulas (Parquet stays exact), and printed names keep every character on one line."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from typer.testing import CliRunner

from etl.cli import app
from etl.printable import printable
from etl.store.spreadsheet import spreadsheet_csv

HOSTILE_CELLS = [
    '=HYPERLINK("http://example.invalid/x","click")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1",
    "\r=1",
]
PLAIN_CELLS = ["Astana", "", "5 = five", "e-mail", "'quoted"]


@pytest.fixture()
def hostile_store(tmp_path: Path) -> Path:
    """A store file with one table of text, numbers and lists, some text opening like formulas."""
    db = tmp_path / "hostile.duckdb"
    with duckdb.connect(str(db)) as con:
        con.execute("CREATE TABLE cells (label VARCHAR, value DOUBLE, tags VARCHAR[])")
        rows = [(cell, -float(n) - 0.5, [cell]) for n, cell in enumerate(HOSTILE_CELLS + PLAIN_CELLS)]
        con.executemany("INSERT INTO cells VALUES (?, ?, ?)", rows + [(None, None, None)])
    return db


def _export(db: Path, out: Path, fmt: str) -> None:
    result = CliRunner().invoke(
        app, ["tables", "export", "cells", "--format", fmt, "-o", str(out), "--db", str(db)]
    )
    assert result.exit_code == 0, result.output


def test_csv_export_neutralises_formula_cells_and_keeps_numbers(hostile_store: Path, tmp_path: Path) -> None:
    _export(hostile_store, tmp_path / "cells.csv", "csv")
    with (tmp_path / "cells.csv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    labels = [row["label"] for row in rows]
    assert labels == ["'" + cell for cell in HOSTILE_CELLS] + PLAIN_CELLS + [""]
    assert [row["value"] for row in rows][:3] == ["-0.5", "-1.5", "-2.5"]  # numbers stay numbers


def test_parquet_export_stays_exact(hostile_store: Path, tmp_path: Path) -> None:
    _export(hostile_store, tmp_path / "cells.parquet", "parquet")
    frame = pd.read_parquet(tmp_path / "cells.parquet")
    assert list(frame["label"][: len(HOSTILE_CELLS)]) == HOSTILE_CELLS


def test_the_dashboards_csv_data_is_neutralised_the_same_way() -> None:
    frame = pd.DataFrame({"label": HOSTILE_CELLS + PLAIN_CELLS, "value": range(-5, 6)})
    read_back = pd.read_csv(
        pd.io.common.BytesIO(spreadsheet_csv(frame)), keep_default_na=False, dtype={"label": str}
    )
    assert list(read_back["label"]) == ["'" + cell for cell in HOSTILE_CELLS] + PLAIN_CELLS
    assert list(read_back["value"]) == list(range(-5, 6))
    assert list(frame["label"]) == HOSTILE_CELLS + PLAIN_CELLS  # the shown frame is untouched


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("plain.txt", "plain.txt"),
        ("x[/bold].txt", "x[/bold].txt"),
        ("two\nlines.txt", "two\\nlines.txt"),
        ("esc\x1b[31m.txt", "esc\\x1b[31m.txt"),
        ("bidi\u202etxt.exe", "bidi\\u202etxt.exe"),
        ("Қазақ.txt", "Қазақ.txt"),
    ],
)
def test_printable_escapes_control_characters_only(text: str, printed: str) -> None:
    assert printable(text) == printed


@pytest.fixture()
def hostile_names(tmp_path: Path) -> Path:
    """Two junk pages whose paths carry Rich markup (folder `x[`, file `bold].txt`) and a forged log line."""
    folder = tmp_path / "raw"
    (folder / "x[").mkdir(parents=True)
    (folder / "x[" / "bold].txt").write_text("not a page\n")
    (folder / "a\n2026-01-01 00:00:00,000 INFO refresh ok.txt").write_text("no stamp here\n")
    return folder


def test_refresh_prints_markup_and_newlines_in_names_as_they_are(hostile_names: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["refresh", str(hostile_names), "--db", str(tmp_path / "s.duckdb")])
    assert result.exit_code == 1, result.output  # rejected pages, not a crash after the commit
    assert f"rejected {hostile_names}/x[/bold].txt: " in result.output
    assert f"rejected {hostile_names}/a\\n2026-01-01 00:00:00,000 INFO refresh ok.txt: " in result.output
    assert not any(line.startswith("2026-01-01") for line in result.output.splitlines())


def test_the_schedule_log_keeps_one_line_per_event(hostile_names: Path, tmp_path: Path) -> None:
    log = tmp_path / "schedule.log"
    result = CliRunner().invoke(app, ["schedule", str(hostile_names), "--every", "1s", "--runs", "1",
                                      "--db", str(tmp_path / "s.duckdb"), "--log-file", str(log)])  # fmt: skip
    assert result.exit_code == 1, result.output
    lines = log.read_text(encoding="utf-8").splitlines()
    assert all(re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} (INFO|WARNING) ", line) for line in lines), (
        lines
    )
    assert sum("INFO refresh ok.txt" in line for line in lines) == 1  # inside its escaped name, not a line
    assert any(f" WARNING rejected {hostile_names}/x[/bold].txt: " in line for line in lines), lines


def test_fetch_prints_a_url_with_markup_as_it_is(tmp_path: Path) -> None:
    url = "http://example.invalid/news[/bold]/[red]x"
    result = CliRunner().invoke(app, ["fetch", url, "--out", str(tmp_path), "--delay", "0"])
    assert result.exit_code == 1
    assert f"refused {url} host example.invalid is not on the allow-list" in result.output
