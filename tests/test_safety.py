"""Safety under faults: readers during a refresh, kill -9 mid-refresh, overlapping refreshes."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from bench.synthetic_pages import generate
from etl.cli import app
from etl.pipeline.refresh import refresh
from etl.store.publish import live_slot, refresh_lock, standby_slot, unfinished_marker
from tests.conftest import SAMPLE_OBSERVED_AT, SAMPLE_PAGE

COUNTS = (
    "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM pages), (SELECT count(*) FROM indicators)"
)


def _counts(db: Path) -> tuple:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(COUNTS).fetchall()[0]


@pytest.fixture()
def published(tmp_path: Path) -> Path:
    """A store holding the sample: the 'last completed refresh'."""
    db = tmp_path / "store.duckdb"
    refresh(db, [SAMPLE_PAGE], observed_at=SAMPLE_OBSERVED_AT)
    return db


@pytest.fixture(scope="module")
def big_batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("synthetic")
    generate(folder, articles=4000, per_page=10, seed=7)
    return folder


def _start_refresh(db: Path, folder: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "etl.cli", "refresh", str(folder), "--db", str(db), "--workers", "1"],
        cwd=Path(__file__).resolve().parent.parent, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )  # fmt: skip


def test_readers_keep_answering_from_the_published_store_during_a_refresh(
    published: Path, big_batch: Path
) -> None:
    before = _counts(published)
    writer = _start_refresh(published, big_batch)
    answers = []
    while writer.poll() is None:
        answers.append(_counts(published))  # a fresh read-only connection each time, as the dashboard does
        time.sleep(0.05)
    assert writer.returncode == 0, writer.stdout.read().decode()
    after = _counts(published)
    assert len(answers) > 5
    assert set(answers) <= {before, after}  # never an error, never a half-written state
    assert after[0] == before[0] + 4000


def test_an_open_reader_never_blocks_a_refresh(published: Path, big_batch: Path) -> None:
    reader = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb,sys; c=duckdb.connect({str(published)!r}, read_only=True); "
         "print(c.execute('SELECT count(*) FROM articles').fetchall()[0][0], flush=True); sys.stdin.readline(); "
         "print(c.execute('SELECT count(*) FROM articles').fetchall()[0][0], flush=True)"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert reader.stdout.readline().strip() == "16"
        summary = refresh(published, [big_batch])
        assert summary.articles_added == 4000
        reader.stdin.write("\n")
        reader.stdin.flush()
        assert reader.stdout.readline().strip() == "16"  # its open connection still sees its snapshot
    finally:
        reader.kill()
    assert _counts(published)[0] == 4016


@pytest.mark.parametrize("delay", [0.0, 0.3, 1.0, 2.0])
def test_kill_9_mid_refresh_leaves_the_last_completed_store_and_the_next_refresh_completes(
    published: Path, big_batch: Path, delay: float
) -> None:
    before = _counts(published)
    writer = _start_refresh(published, big_batch)
    unfinished = unfinished_marker(standby_slot(published))
    deadline = time.monotonic() + 30
    while not unfinished.exists() and writer.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(delay)
    if writer.poll() is not None:
        pytest.fail(f"refresh finished before it could be killed ({delay} s): make the batch bigger")
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()
    assert _counts(published) == before
    summary = refresh(published, [big_batch])
    assert summary.articles_added == 4000
    assert _counts(published)[0] == before[0] + 4000
    assert not unfinished.exists() and not unfinished_marker(live_slot(published)).exists()


def test_a_second_refresh_while_one_runs_exits_with_a_clear_message(published: Path, tmp_path: Path) -> None:
    shutil.copy(SAMPLE_PAGE, tmp_path / "page.txt")
    with refresh_lock(published):
        result = CliRunner().invoke(app, ["refresh", str(tmp_path / "page.txt"), "--db", str(published)])
    assert result.exit_code == 4
    assert "another refresh of" in result.output and "is running" in result.output


def test_rerun_with_nothing_new_does_not_rewrite_the_store(published: Path) -> None:
    stamp = published.stat().st_mtime_ns
    refresh(published, [SAMPLE_PAGE], observed_at=SAMPLE_OBSERVED_AT)
    assert published.stat().st_mtime_ns == stamp
