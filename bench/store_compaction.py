"""Store file size through re-derivations: a first build, an extractor bump, a parser bump.

    python bench/store_compaction.py --articles 100000 [--work build/bench/compaction]

A re-extraction deletes and re-inserts every figure, a parser re-read every page's rows; DuckDB
does not shrink a file, so unless a publish compacts the standby it carries the dead space on.
Prints, after each step, the live slot's size, its free blocks (DuckDB's own count), both
slots' sizes, the step's time, and the size of a fresh copy of the live store (the floor).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import duckdb  # noqa: E402
from synthetic_pages import PageWriter, generate  # noqa: E402

import etl.store.derived  # noqa: E402
from etl.pipeline.refresh import refresh  # noqa: E402
from etl.store import publish  # noqa: E402

MIB = 2**20


def _fresh_copy_size(live: Path, scratch: Path) -> int:
    """Bytes of a copy of `live` written afresh by DuckDB: what the store takes without dead space."""
    scratch.unlink(missing_ok=True)
    with duckdb.connect() as con:
        con.execute(f"ATTACH '{live}' AS live_store (READ_ONLY)")
        con.execute(f"ATTACH '{scratch}' AS fresh_store")
        con.execute("COPY FROM DATABASE live_store TO fresh_store")
    size = scratch.stat().st_size
    scratch.unlink()
    return size


def _report(step: str, db: Path, seconds: float, scratch: Path) -> None:
    live = publish.live_slot(db)
    assert live is not None
    with duckdb.connect(str(live), read_only=True) as con:
        total, free = con.execute("SELECT total_blocks, free_blocks FROM pragma_database_size()").fetchall()[
            0
        ]
    slots = sum(slot.stat().st_size for slot in publish.slot_paths(db) if slot.exists())
    print(
        f"{step:<34} {seconds:7.1f} s  live {live.stat().st_size / MIB:8.1f} MiB "
        f"({free:,} of {total:,} blocks free)  both slots {slots / MIB:8.1f} MiB  "
        f"fresh copy {_fresh_copy_size(live, scratch) / MIB:8.1f} MiB",
        flush=True,
    )


def _timed_compactions() -> list[float]:
    """Seconds of every compaction a publish makes (when this version of publish has them)."""
    spent: list[float] = []
    compact = getattr(publish, "_compact", None)
    if compact is None:
        return spent

    def timed(*args, **kwargs):  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        try:
            return compact(*args, **kwargs)
        finally:
            spent.append(time.perf_counter() - started)

    publish._compact = timed  # type: ignore[attr-defined]
    return spent


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--articles", type=int, default=100_000)
    options.add_argument("--work", type=Path, default=Path("build/bench/compaction"))
    options.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = options.parse_args()
    if args.work.exists():
        shutil.rmtree(args.work)
    pages_dir, db, scratch = args.work / "pages", args.work / "store.duckdb", args.work / "fresh.duckdb"
    pages = generate(pages_dir, args.articles)
    print(f"{pages:,} pages, {args.articles:,} articles; {args.workers} workers")
    compactions = _timed_compactions()

    def step(name: str) -> None:
        started = time.perf_counter()
        summary = refresh(db, [pages_dir], workers=args.workers)
        _report(name, db, time.perf_counter() - started, scratch)
        if compactions:
            print(f"{'':<34} compactions so far: " + ", ".join(f"{s:.1f} s" for s in compactions))
        assert summary.exit_code == 0

    step("first build")
    etl.store.derived.EXTRACTOR_VERSION += "-bench"  # type: ignore[attr-defined]
    step("extractor bump (re-extract)")
    etl.store.derived.PARSER_VERSION += "-bench"  # type: ignore[attr-defined]
    step("parser bump (re-read)")
    etl.store.derived.EXTRACTOR_VERSION += "-again"  # type: ignore[attr-defined]
    etl.store.derived.PARSER_VERSION += "-again"  # type: ignore[attr-defined]
    step("parser and extractor bump together")
    incoming = args.work / "incoming"
    incoming.mkdir()
    (incoming / "new.txt").write_text(PageWriter(seed=99).page(10**9, 10, datetime(2026, 1, 5, 9)))
    started = time.perf_counter()
    refresh(db, [incoming], workers=1)
    _report("one new page after", db, time.perf_counter() - started, scratch)


if __name__ == "__main__":
    main()
