"""Finding raw inputs on disk and reading them with their capture time (IO edge)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from etl.transform.article_meta import SIDECAR_SUFFIX, ArticleMeta
from etl.transform.ingest import RawInput, input_sha

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
    """Page files under the given paths, sorted: .txt/.html/.htm and any file with a metadata
    sidecar; files named explicitly are always taken."""
    for path in paths:
        if path.is_dir():
            found = (
                p
                for p in path.rglob("*")
                if p.is_file()
                and (p.suffix.lower() in PAGE_SUFFIXES or sidecar_path(p).is_file())
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


def sidecar_path(path: Path) -> Path:
    """Where an article file's metadata is kept: story.txt -> story.txt.meta.json."""
    return path.with_name(path.name + SIDECAR_SUFFIX)


def read_sidecar(path: Path) -> bytes | None:
    """The bytes of the file's metadata sidecar, if it has one (OSError propagates)."""
    sidecar = sidecar_path(path)
    return sidecar.read_bytes() if sidecar.is_file() else None


def write_sidecar(path: Path, meta: ArticleMeta) -> Path:
    """Write (or replace) the metadata sidecar of an article file; its path."""
    sidecar = sidecar_path(path)
    sidecar.write_text(meta.to_json(), encoding="utf-8")
    return sidecar


def input_digest(path: Path) -> str:
    """The content id refresh records for this file: its bytes and its sidecar's."""
    return input_sha(path.read_bytes(), read_sidecar(path))


def read_input(path: Path, observed_at: datetime | None = None) -> RawInput:
    """Read one file and its sidecar (OSError propagates) with its capture time: fetch
    record, option, mtime."""
    raw, sidecar = path.read_bytes(), read_sidecar(path)
    record = read_fetch_record(path)
    if record and record.get("fetched_at"):
        try:
            fetched = datetime.fromisoformat(str(record["fetched_at"]))
            return RawInput(str(path), raw, to_local(fetched), "fetch", record.get("url"), sidecar)
        except ValueError:
            pass  # an unreadable record falls back to the option or mtime
    if observed_at is not None:
        return RawInput(str(path), raw, to_local(observed_at), "option", sidecar=sidecar)
    mtime = datetime.fromtimestamp(path.stat().st_mtime, KZ_TIME).replace(tzinfo=None)
    return RawInput(str(path), raw, mtime.replace(microsecond=0), "mtime", sidecar=sidecar)
