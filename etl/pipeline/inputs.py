"""Finding raw inputs on disk and reading them with their capture time (IO edge)."""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from etl.sites.model import KZ_TIME
from etl.transform.article_meta import SIDECAR_SUFFIX, ArticleMeta
from etl.transform.ingest import RawInput, input_sha

# .mht/.mhtml: a page saved as a web archive (etl/sites/mhtml.py unwraps it).
PAGE_SUFFIXES = {".txt", ".html", ".htm", ".mht", ".mhtml"}
# A page kept compressed (`page.html.gz`) is read too: decoding unpacks it.
COMPRESSED_SUFFIX = ".gz"
# A fetched page X.html has its fetch record beside it as X.html.fetch.json.
FETCH_RECORD_SUFFIX = ".fetch.json"


def to_local(moment: datetime) -> datetime:
    """A zone-aware moment as naive Kazakhstan local time; naive moments are taken as local."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(KZ_TIME).replace(tzinfo=None)


def kazakhstan_now() -> datetime:
    """Now, to the second, as naive Kazakhstan local time: the zone of every time the store keeps
    (schema.sql), refresh and ingestion times too, whatever the refreshing machine's own zone.
    The tz database gives the offset of the day (UTC+5 since 1 March 2024, UTC+6 before)."""
    return to_local(datetime.now(UTC)).replace(microsecond=0)


def find_page_files(
    paths: Iterable[Path], problems: list[tuple[str, str]] | None = None, others: list[str] | None = None
) -> Iterator[Path]:
    """Page files under the given paths, sorted: .txt/.html/.htm/.mht/.mhtml (also gzip-compressed, `.gz`)
    and any file with a metadata sidecar; files named explicitly are always taken. Hidden files
    and folders are skipped.

    Nothing is passed over without a word: a folder that cannot be listed, or a symbolic link
    that leads back to a folder above it, is added to `problems` as (path, reason); a link with
    a page's name that leads nowhere is yielded, so reading it reports why. The other files of
    the folders (not fetch records or sidecars) are added to `others`."""
    found_problems: list[tuple[str, str]] = [] if problems is None else problems
    for path in paths:
        if path.is_dir():
            yield from sorted(_page_files_under(path, found_problems, others))
        else:
            yield path


def _page_files_under(
    root: Path, problems: list[tuple[str, str]], others: list[str] | None
) -> Iterator[Path]:
    def unlisted(error: OSError) -> None:
        problems.append(
            (str(error.filename), f"cannot read folder: {error.strerror or error}; its files not read")
        )

    searched = {os.path.realpath(root)}
    for folder, folders, names in os.walk(root, onerror=unlisted, followlinks=True):
        here = os.path.realpath(folder)
        kept = []
        for name in sorted(folders):
            if name.startswith("."):
                continue
            target = os.path.realpath(Path(folder, name))
            if target in searched:  # a link to a folder searched already (or being searched)
                if here == target or here.startswith(target + os.sep):
                    problems.append(
                        (
                            str(Path(folder, name)),
                            f"symbolic link loop: leads back to {target}; not searched again",
                        )
                    )
                continue
            searched.add(target)
            kept.append(name)
        folders[:] = kept
        for name in names:
            page = Path(folder, name)
            if name.startswith("."):
                continue
            if is_page_name(page) or sidecar_path(page).is_file():
                yield page
            elif not name.endswith((FETCH_RECORD_SUFFIX, SIDECAR_SUFFIX)) and others is not None:
                others.append(str(page))


def unreadable_reason(path: Path, error: OSError) -> str:
    """Why a file cannot be read, for the report: the system's reason, and where a symbolic link
    leads when the file is one (to a file that is gone, or round in a loop)."""
    reason = f"cannot read file: {error.strerror or error}"
    try:
        target = path.readlink()
    except OSError:  # not a link (or not one that can be read): the system's reason is all
        return reason
    if error.errno == errno.ELOOP:
        return f"cannot read file: a symbolic link loop ({path.name} -> {target} leads round to itself)"
    if not path.exists():
        return reason + f" (a symbolic link to {target}, which does not exist)"
    return reason + f" (a symbolic link to {target})"


def is_page_name(path: Path) -> bool:
    """A page's name: .txt, .html, .htm, .mht or .mhtml (any case), or one of them compressed (`.html.gz`)."""
    suffixes = [suffix.lower() for suffix in path.suffixes[-2:]]
    if suffixes and suffixes[-1] == COMPRESSED_SUFFIX:
        suffixes.pop()
        return bool(suffixes) and suffixes[-1] in PAGE_SUFFIXES
    return bool(suffixes) and suffixes[-1] in PAGE_SUFFIXES


def read_fetch_record(path: Path) -> dict | None:
    """The fetch record written beside a fetched page, if any and if readable."""
    record, _ = _fetch_record(path)
    return record


def _fetch_record(path: Path) -> tuple[dict | None, str | None]:
    """(the fetch record beside the page, None) or (None, what is wrong with the record there);
    (None, None) when there is none."""
    record_path = path.with_name(path.name + FETCH_RECORD_SUFFIX)
    if not record_path.is_file():
        return None, None
    try:
        record = json.loads(record_path.read_text(encoding="utf-8"))
    except OSError as error:
        return None, f"cannot be read ({error.strerror or error})"
    except ValueError as error:
        return None, f"is no valid JSON ({error})"
    if not isinstance(record, dict):
        return None, "is no JSON object"
    return record, None


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
    record, option, mtime. A fetch record that is there but cannot be used is said in the
    page's warnings (its capture time and URL would otherwise be lost without a word)."""
    raw, sidecar = path.read_bytes(), read_sidecar(path)
    record, problem = _fetch_record(path)
    url = record.get("url") if record and isinstance(record.get("url"), str) else None
    if record is not None:
        fetched_at = record.get("fetched_at")
        try:
            fetched = datetime.fromisoformat(str(fetched_at))
            return RawInput(str(path), raw, to_local(fetched), "fetch", url, sidecar)
        except ValueError:
            problem = f"has no readable fetched_at ({str(fetched_at)[:40]!r})"
    notes: tuple[str, ...] = ()
    if problem is not None:
        fallback = "--observed-at" if observed_at is not None else "the file's modification time"
        notes = (
            f"fetch record {path.name + FETCH_RECORD_SUFFIX} {problem}: capture time taken from {fallback}"
            + ("" if url else ", no URL stored"),
        )
    if observed_at is not None:
        return RawInput(str(path), raw, to_local(observed_at), "option", url, sidecar, notes)
    mtime = datetime.fromtimestamp(path.stat().st_mtime, KZ_TIME).replace(tzinfo=None)
    return RawInput(str(path), raw, mtime.replace(microsecond=0), "mtime", url, sidecar, notes)
