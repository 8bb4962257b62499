"""CLI output a person can read (issue 13 §5), and image export failing fast without a browser (§4)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dashboard.cli import app
from tests.conftest import ROOT

runner = CliRunner()
KTPULSE = Path(sys.executable).with_name("ktpulse")


def _show(store: Path, *args: str, columns: int = 80):
    return runner.invoke(app, ["tables", "show", *args, "--db", str(store)], env={"COLUMNS": str(columns)})


def test_a_wide_table_at_80_columns_reads_as_records_with_every_column_named(sample_store: Path) -> None:
    result = _show(sample_store, "indicators", "--limit", "3")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert max(len(line) for line in lines) <= 80
    for column in ("indicator_id", "sentence", "surface", "metric_id", "topics"):
        assert sum(line.startswith(column + " ") for line in lines) == 3
    surfaces = [line.split(None, 1)[1] for line in lines if line.startswith("surface ")]
    assert all(surfaces) and not any(set(s) <= {"…", " "} for s in surfaces)
    assert "nan" not in result.output.split() and "None" not in result.output.split()
    assert sum(line.startswith("── row ") for line in lines) == 3


def test_null_is_shown_empty(sample_store: Path) -> None:
    result = _show(sample_store, "indicators", "--columns", "surface,qualifier,role", "--limit", "20")
    assert result.exit_code == 0, result.output
    assert "nan" not in result.output and "None" not in result.output
    # a row with no qualifier and no role: its surface, then two empty cells
    assert re.search(r"│ \S+\s+│\s+│\s+│", result.output)


def test_chosen_columns_that_fit_show_as_a_grid_with_headers(sample_store: Path) -> None:
    result = _show(sample_store, "readership_latest", "--columns", "views,views_rank", "--limit", "3")
    assert result.exit_code == 0, result.output
    assert "views_rank" in result.output.splitlines()[1] and "199501" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["indicators", "--limit", "-1"], "Invalid value for '--limit'"),
        (["indicators", "--limit", "many"], "Invalid value for '--limit'"),
        (
            ["indicators", "--columns", "surface,nope"],
            "no column 'nope' in indicators; columns: indicator_id",
        ),
        (["indicators", "--layout", "grid"], "--layout must be one of auto, table, records"),
        (["nope"], "no table 'nope'"),
    ],
)
def test_bad_options_are_usage_errors(sample_store: Path, args: list[str], message: str) -> None:
    result = _show(sample_store, *args, columns=200)
    assert result.exit_code == 2
    assert message in result.output


def test_limit_zero_shows_no_rows(sample_store: Path) -> None:
    result = _show(sample_store, "indicators", "--limit", "0")
    assert result.exit_code == 0 and "── row" not in result.output


def test_eval_help_names_a_gold_file_that_exists() -> None:
    result = runner.invoke(app, ["eval", "--help"], env={"COLUMNS": "200"})
    named = re.findall(r"[\w./*-]+\.gold\.json", result.output)
    assert named and all((ROOT / path).is_file() for path in named), named


def test_export_accepts_the_apps_url_name_of_a_page(sample_store: Path, tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["export", "charts", "--out", str(tmp_path), "--format", "html", "--page", "it-exports",
              "--db", str(sample_store)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    written = list(tmp_path.rglob("*.html"))
    assert written and all("it" in path.parent.name for path in written)


def _ktpulse(*args: str, env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([KTPULSE, *args], capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})})  # fmt: skip


def test_export_and_report_print_no_streamlit_runtime_warning(sample_store: Path, tmp_path: Path) -> None:
    report = _ktpulse("report", "--out", str(tmp_path / "r.html"), "--db", str(sample_store))
    export = _ktpulse(
        "export", "charts", "--out", str(tmp_path), "--format", "html", "--db", str(sample_store)
    )
    for result in (report, export):
        assert result.returncode == 0, result.stderr
        assert "No runtime found" not in result.stderr and "ScriptRunContext" not in result.stderr


@pytest.fixture()
def fake_browsers(tmp_path: Path) -> dict[str, str]:
    hangs = tmp_path / "hangs"
    hangs.write_text("#!/bin/sh\nsleep 600\n")
    other = tmp_path / "other"
    other.write_text("#!/bin/sh\necho 'Some editor 1.0'\n")
    for script in (hangs, other):
        script.chmod(0o755)
    return {"missing": str(tmp_path / "no-such-chromium"), "hangs": str(hangs), "other": str(other)}


@pytest.mark.parametrize(
    ("browser", "message"),
    [
        ("missing", "no browser at {path} (BROWSER_PATH)"),
        ("hangs", "{path} (BROWSER_PATH) did not answer `--version` within 10 s"),
        ("other", "{path} (BROWSER_PATH) is not Chrome or Chromium"),
    ],
)
def test_export_without_a_working_browser_fails_fast_saying_why(
    sample_store: Path, tmp_path: Path, fake_browsers: dict[str, str], browser: str, message: str
) -> None:
    path = fake_browsers[browser]
    started = time.monotonic()
    result = _ktpulse("export", "charts", "--out", str(tmp_path / "out"), "--format", "png",
                      "--db", str(sample_store), env={"BROWSER_PATH": path, "COLUMNS": "400"}, timeout=60)  # fmt: skip
    assert time.monotonic() - started < 30
    assert result.returncode == 3
    assert message.format(path=path) in result.stderr and "make browser" in result.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").rglob("*.png"))
