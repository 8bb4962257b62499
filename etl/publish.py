"""Build-then-publish: a refresh writes a copy of the store and swaps it in atomically.

DuckDB lets one process write a file and blocks every other process, readers included, while
it does. So the published store is never opened for writing: a refresh copies it to
`<store>.building`, writes there in one transaction, and `os.replace`s it over the store.
An open dashboard keeps reading the old file until its next query; a refresh killed at any
moment leaves the published store as the last completed refresh left it, and the next
refresh starts over from it. A lock file keeps two refreshes from overlapping.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

BUILDING_SUFFIX = ".building"
LOCK_SUFFIX = ".lock"


class RefreshLocked(RuntimeError):
    """Another refresh of the same store is running."""


@contextmanager
def refresh_lock(db_path: Path) -> Iterator[None]:
    """Hold `<store>.lock` for the refresh, or raise RefreshLocked at once."""
    lock_path = db_path.with_name(db_path.name + LOCK_SUFFIX)
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with lock_path.open("a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise RefreshLocked(f"another refresh of {db_path} is running (it holds {lock_path})") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _remove(path: Path) -> None:
    for candidate in (path, path.with_name(path.name + ".wal")):
        candidate.unlink(missing_ok=True)


def _copy(source: Path, target: Path) -> None:
    """Copy a store file; a reflink (instant) where the file system offers one."""
    try:
        subprocess.run(["cp", "--reflink=auto", str(source), str(target)], check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError):
        shutil.copyfile(source, target)


def _fold_in_wal(db_path: Path) -> None:
    """A store left with a write-ahead log (by an older, in-place refresh) is checkpointed
    first, so the copy holds everything it committed."""
    if db_path.with_name(db_path.name + ".wal").exists():
        with duckdb.connect(str(db_path)) as con:
            con.execute("CHECKPOINT")


@contextmanager
def building_copy(db_path: Path) -> Iterator[Path]:
    """A fresh copy of the published store to write; published atomically if the block succeeds."""
    building = db_path.with_name(db_path.name + BUILDING_SUFFIX)
    _remove(building)  # what a killed refresh left behind
    if db_path.exists():
        _fold_in_wal(db_path)
        _copy(db_path, building)
    try:
        yield building
    except BaseException:
        _remove(building)
        raise
    if building.with_name(building.name + ".wal").exists():
        raise RuntimeError(f"{building} still has a write-ahead log after closing; not publishing it")
    os.replace(building, db_path)
    directory = os.open(db_path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)  # the rename itself survives a power cut
    finally:
        os.close(directory)
