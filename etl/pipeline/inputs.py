"""Finding raw inputs on disk and reading them with their capture time (IO edge)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from etl.transform.ingest import RawInput

KZ_TIME = ZoneInfo("Asia/Almaty")
PAGE_SUFFIXES = {".txt", ".html", ".htm"}
# A fetched page X.html has its fetch record beside it as X.html.fetch.json.
FETCH_RECORD_SUFFIX = ".fetch.json"


def to_local(moment: datetime) -> datetime:
    """A zone-aware moment as naive Kazakhstan local time; naive moments are taken as local."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(KZ_TIME).replace(tzinfo=None)


def find_page_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Page files under the given paths, sorted; files named explicitly are always taken."""
    for path in paths:
        if path.is_dir():
            found = (
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in PAGE_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            yield from sorted(found)
        else:
            yield path


def read_fetch_record(path: Path) -> dict | None:
    """The fetch record written beside a fetched page, if any and if readable."""
    record_path = path.with_name(path.name + FETCH_RECORD_SUFFIX)
    if not record_path.is_file():
        return None
    try:
        record = json.loads(record_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return record if isinstance(record, dict) else None


def read_input(path: Path, observed_at: datetime | None = None) -> RawInput:
    """Read one file (OSError propagates) with its capture time: fetch record, option, mtime."""
    raw = path.read_bytes()
    record = read_fetch_record(path)
    if record and record.get("fetched_at"):
        try:
            fetched = datetime.fromisoformat(str(record["fetched_at"]))
            return RawInput(str(path), raw, to_local(fetched), "fetch", record.get("url"))
        except ValueError:
            pass  # an unreadable record falls back to the option or mtime
    if observed_at is not None:
        return RawInput(str(path), raw, to_local(observed_at), "option")
    mtime = datetime.fromtimestamp(path.stat().st_mtime, KZ_TIME).replace(tzinfo=None)
    return RawInput(str(path), raw, mtime.replace(microsecond=0), "mtime")
