"""Blue/green publishing: a refresh writes a standby copy of the store and swaps it in atomically.

DuckDB lets one process write a file and blocks every other process, readers included, while
it does. So the published store is never opened for writing. The store path is a symbolic
link to one of two slot files, `<store>.blue` and `<store>.green`: readers open the link (the
live slot); a refresh brings the other slot (the standby, one run behind) up to date from the
live one (etl/standby.py), writes its run there, and re-points the link with `os.replace`.
Copying a large store on every refresh was what made a one-page refresh slow; the standby is
copied whole only when it is missing, was left half-written, is held open by a reader, or
the live store was re-derived (new taxonomy, catalog or extractor).

DuckDB never shrinks a file: the blocks of deleted rows stay in it, free for later writes. A
run that rewrites most rows (a re-extraction, a re-read by a new parser) leaves the standby
nearly twice its data's size, and the next refresh would copy that to the other slot. So a
standby whose file is largely free blocks is rewritten compact before it is published (the
dashboard reads the live slot meanwhile).

An open dashboard keeps reading the slot it opened until its next query; a refresh killed at
any moment leaves the link on the last completed refresh (the standby carries a marker until
it is published, so the next refresh copies it afresh). A lock file keeps two refreshes from
overlapping. A store that is a plain file (made by an earlier version) becomes a slot.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import duckdb
from filelock import FileLock, Timeout

from etl.store import database
from etl.store.standby import StandbyDiverged, catch_up

SLOT_SUFFIXES = (".blue", ".green")
UNFINISHED_SUFFIX = ".unfinished"  # marks a standby slot whose writes may be incomplete
LOCK_SUFFIX = ".lock"
COMPACTING_SUFFIX = ".compacting"
# A standby is rewritten compact before it is published when its free blocks are at least this
# share of its file and this many bytes. A run that rewrites most rows leaves a quarter to a
# half of the file free (measured: docs/benchmarks.md); a small store's one-page refresh can
# leave a third of it free, but a few MiB: not worth rewriting the file each time for.
COMPACT_FREE_SHARE = 0.2
COMPACT_FREE_BYTES = 16 * 2**20


class RefreshLocked(RuntimeError):
    """Another refresh of the same store is running."""


class PublishRefused(RuntimeError):
    """The standby slot is not fit to publish (a write-ahead log left, a compact copy that does
    not hold the same rows): the link stays on the last completed refresh."""


@contextmanager
def refresh_lock(db_path: Path) -> Iterator[None]:
    """Hold `<store>.lock` for the refresh, or raise RefreshLocked at once. A portable lock
    (filelock: flock on POSIX, msvcrt on Windows) that the OS releases when its holder dies."""
    lock_path = db_path.with_name(db_path.name + LOCK_SUFFIX)
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(lock_path), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        raise RefreshLocked(f"another refresh of {db_path} is running (it holds {lock_path})") from None
    try:
        yield
    finally:
        lock.release()


def slot_paths(db_path: Path) -> tuple[Path, Path]:
    return tuple(db_path.with_name(db_path.name + suffix) for suffix in SLOT_SUFFIXES)  # type: ignore[return-value]


def live_slot(db_path: Path) -> Path | None:
    """The slot the store link points at; None when there is no store or it is a plain file."""
    if not db_path.is_symlink():
        return None
    return db_path.with_name(str(db_path.readlink()))


def standby_slot(db_path: Path) -> Path:
    blue, green = slot_paths(db_path)
    return green if live_slot(db_path) == blue else blue


def unfinished_marker(slot: Path) -> Path:
    return slot.with_name(slot.name + UNFINISHED_SUFFIX)


def _remove(path: Path) -> None:
    for candidate in (path, path.with_name(path.name + ".wal")):
        candidate.unlink(missing_ok=True)


def _sync_directory(directory: Path) -> None:
    handle = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(handle)  # the rename itself survives a power cut
    finally:
        os.close(handle)


def _copy(source: Path, target: Path) -> None:
    """Copy a store file to a new file (a new inode: a reader holding the old one keeps it);
    a reflink (instant) where the file system offers one."""
    partial = target.with_name(target.name + ".copying")
    try:
        subprocess.run(["cp", "--reflink=auto", str(source), str(partial)], check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError):
        try:
            shutil.copyfile(source, partial)
        except OSError:
            partial.unlink(missing_ok=True)  # a full disk must not keep the half copy's space
            raise
    target.with_name(target.name + ".wal").unlink(missing_ok=True)
    partial.replace(target)


def _fold_in_wal(path: Path) -> None:
    """A store left with a write-ahead log (by an older, in-place refresh) is checkpointed
    first, so a copy of the file holds everything it committed."""
    if path.with_name(path.name + ".wal").exists():
        with duckdb.connect(str(path)) as con:
            con.execute("CHECKPOINT")


def free_space(path: Path) -> tuple[int, int]:
    """(bytes, free bytes) of a closed store file's blocks. Free blocks are space DuckDB freed
    (deleted and rewritten rows) and keeps in the file, which it never shrinks."""
    with duckdb.connect(str(path), read_only=True) as con:
        size, total, free = con.execute(
            "SELECT block_size, total_blocks, free_blocks FROM pragma_database_size()"
        ).fetchall()[0]
    return size * total, size * free


def worth_compacting(size: int, free: int) -> bool:
    return free >= COMPACT_FREE_BYTES and free >= COMPACT_FREE_SHARE * size


def _row_counts(con: duckdb.DuckDBPyConnection, name: str) -> dict[str, int]:
    """Rows of every table of the attached store `name`."""
    tables = con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = ? ORDER BY 1", [name]
    ).fetchall()
    return {t: con.execute(f'SELECT count(*) FROM {name}."{t}"').fetchall()[0][0] for (t,) in tables}


def _compact(slot: Path) -> None:
    """Rewrite a closed store file without its dead space: a fresh file, into which DuckDB
    copies every table (with its constraints), view and row, replaces it once the row counts
    match. Ids, capture times, view history and meta are copied as they are."""
    fresh = slot.with_name(slot.name + COMPACTING_SUFFIX)
    _remove(fresh)
    spill = slot.with_name(slot.name + COMPACTING_SUFFIX + ".tmp")
    with duckdb.connect(
        config={"memory_limit": database.memory_limit(), "temp_directory": str(spill)}
    ) as con:
        con.execute(f"ATTACH '{_quoted(slot)}' AS ktpulse_worn (READ_ONLY)")
        con.execute(f"ATTACH '{_quoted(fresh)}' AS ktpulse_compact")
        con.execute("COPY FROM DATABASE ktpulse_worn TO ktpulse_compact")
        worn, compact = _row_counts(con, "ktpulse_worn"), _row_counts(con, "ktpulse_compact")
        con.execute("DETACH ktpulse_compact")  # checkpoints it: nothing left in a write-ahead log
    shutil.rmtree(spill, ignore_errors=True)
    if worn != compact or fresh.with_name(fresh.name + ".wal").exists():
        _remove(fresh)
        raise PublishRefused(f"the compact copy of {slot} does not hold what it holds; not publishing it")
    fresh.replace(slot)


def _quoted(path: Path) -> str:
    return str(path).replace("'", "''")


def _point_link(db_path: Path, slot: Path) -> None:
    """Re-point the store link at `slot` in one atomic rename."""
    link = db_path.with_name(db_path.name + ".link")
    link.unlink(missing_ok=True)
    link.symlink_to(slot.name)
    link.replace(db_path)
    _sync_directory(db_path.parent)


def _adopt_plain_file(db_path: Path) -> None:
    """A store made before slots existed becomes the blue slot, the link pointing at it."""
    blue, _ = slot_paths(db_path)
    _fold_in_wal(db_path)
    _remove(blue)
    os.link(db_path, blue)
    _point_link(db_path, blue)


def _open_standby(db_path: Path, standby: Path) -> duckdb.DuckDBPyConnection | None:
    """The standby, caught up with the live slot and opened for writing; None when the caller
    must start from a fresh copy instead."""
    live = live_slot(db_path)
    marker = unfinished_marker(standby)
    if live is None or not standby.exists() or marker.exists():
        return None
    marker.touch()  # from here until it is published, the standby may be half-written
    try:
        con = database.connect(standby)
    except duckdb.IOException:
        return None  # a reader still holds it (it was live a run ago)
    try:
        catch_up(con, live)
    except StandbyDiverged:
        con.close()
        return None
    return con


@contextmanager
def standby_store(db_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """The standby slot, holding everything the live store holds, opened for writing; it is
    published (the link re-pointed at it) if the block succeeds."""
    if db_path.exists() and not db_path.is_symlink():
        _adopt_plain_file(db_path)
    standby = standby_slot(db_path)
    marker = unfinished_marker(standby)
    con = _open_standby(db_path, standby)
    if con is None:
        marker.touch()
        _remove(standby)
        live = live_slot(db_path)
        if live is not None:
            _copy(live, standby)
        con = database.connect(standby)
    try:
        yield con
    finally:
        con.close()
    if standby.with_name(standby.name + ".wal").exists():
        raise PublishRefused(f"{standby} still has a write-ahead log after closing; not publishing it")
    if worth_compacting(*free_space(standby)):
        _compact(standby)  # or the dead space is published, and copied on to the other slot
    _point_link(db_path, standby)
    marker.unlink(missing_ok=True)
    previous = standby_slot(db_path)
    if not previous.exists():
        # The first build makes the standby now, not in the next refresh; if it cannot (a full
        # disk), the run is published all the same and the next refresh makes the missing slot.
        with suppress(OSError):
            _copy(standby, previous)
