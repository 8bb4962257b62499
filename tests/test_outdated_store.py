"""A store made by an older ktpulse (a lower schema version) is named as such by the app and the
CLI's readers, with the command that migrates it, instead of failing on a missing column."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
from typer.testing import CliRunner

from dashboard.cli import app
from dashboard.queries import Store, store_exists_message
from etl.store.migrations import SCHEMA_VERSION, VERSION_KEY


def _one_version_behind(sample_store: Path, tmp_path: Path) -> Path:
    db = tmp_path / "old.duckdb"
    shutil.copy(Path(sample_store).resolve(), db)
    with duckdb.connect(str(db)) as con:
        con.execute("UPDATE meta SET value = ? WHERE key = ?", [str(SCHEMA_VERSION - 1), VERSION_KEY])
    return db


def test_an_older_store_is_named_with_the_command_that_migrates_it(
    sample_store: Path, tmp_path: Path
) -> None:
    db = _one_version_behind(sample_store, tmp_path)
    message = store_exists_message(Store.open(db))
    assert message and "older ktpulse" in message and "ktpulse refresh --db" in message
    assert store_exists_message(Store.open(sample_store)) is None
    result = CliRunner().invoke(app, ["report", "--db", str(db), "--out", str(tmp_path / "r.html")])
    assert result.exit_code != 0 and "older ktpulse" in result.output
    assert not (tmp_path / "r.html").exists()
