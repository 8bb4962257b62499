"""`ktpulse refresh`: ingest new raw inputs in one transaction and publish the store atomically."""

from __future__ import annotations

import uuid
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import partial
from itertools import islice
from multiprocessing.pool import Pool
from pathlib import Path

import duckdb

from etl.extract.catalog import DEFAULT_CATALOG, ItemNames, Metric, load_catalog, load_item_names
from etl.extract.topics import DEFAULT_TAXONOMY, Taxonomy, load_taxonomy
from etl.pipeline.inputs import (
    find_page_files,
    input_digest,
    kazakhstan_now,
    read_input,
    to_local,
    unreadable_reason,
)
from etl.pipeline.workers import OverTimeLimit, start_pool, time_limit
from etl.sites.model import KZ_TIME
from etl.store import database
from etl.store.derived import (
    CATALOG_META_KEY,
    EXTRACTOR_META_KEY,
    PARSER_META_KEY,
    TAXONOMY_META_KEY,
    UNREAD_BY_PARSER_META_KEY,
    contradiction_rule_changed,
    current_recipe,
    extract_articles,
    extractor_changed,
    fold_source_spellings,
    rebuild_metric_tables,
    sync_catalog,
    sync_extractor,
    sync_taxonomy,
)
from etl.store.merged_stories import MergedStories, gone_warning, merged_stories
from etl.store.migrations import MERGED_STORIES_STEP, schema_version
from etl.store.publish import refresh_lock, standby_store
from etl.store.writer import Refresher, RefreshSummary
from etl.transform.ingest import ParsedInput, parse_input

CHUNK_FILES = 200  # parsed pages written at a time, to bound memory
KEPT = "; kept as read by the older parser; read again next time"  # a failed re-read loses nothing
_RETRIED = ("; not read, tried again on the next refresh", "; not stored, tried again on the next refresh")


def with_kept(reason: str) -> str:
    """A failed re-read's reason: what happened, then that the older rows stay (not also the
    budget's "not stored, tried again", which says the same of a new file)."""
    for tail in _RETRIED:
        reason = reason.removesuffix(tail)
    return reason + KEPT


@dataclass(frozen=True)
class FileBudget:
    """What one input may cost. A file past either limit is reported with the reason and not
    stored (so it is tried again by the next refresh); the batch goes on without it.

    A kt.kz page is ~300 KB and parses in milliseconds; the limits stop hostile or broken files."""

    max_bytes: int = 20_000_000  # checked before the file is read
    seconds: float | None = 30.0  # to decode, parse, tag and extract one file; None: no limit

    def too_large(self, size: int) -> str:
        return (
            f"over the per-file budget: {size:,} bytes, more than {self.max_bytes:,} (--max-file-bytes); "
            "not read, tried again on the next refresh"
        )

    def too_slow(self) -> str:
        return (
            f"over the per-file budget: not parsed within {self.seconds:g} s (--file-timeout); "
            "not stored, tried again on the next refresh"
        )


def _counted(number: int, noun: str) -> str:
    return f"{number} {noun if number == 1 else noun + 's'}"


def why_reread(summary: RefreshSummary) -> str:
    """Why the known files were read again: the parser changed, or an older refresh merged two
    stories of one date and title on them (schema step 18), or both."""
    merged = len(summary.stories_reread)
    if not merged:
        return "parser changed"
    stories = "an older refresh merged two stories of one date and title"
    if merged == len(summary.reread):
        return stories + " on them"
    return f"parser changed; {merged} of them as {stories} on them"


def describe_refresh(summary: RefreshSummary) -> str:
    """One line for the console and the log: what is new (files not read before, and what they
    brought), then, apart, what was only read or derived again and why."""
    line = (
        f"refresh {summary.run_id}: {summary.files_seen} files seen, {summary.files_ingested} ingested, "
        f"{summary.files_skipped} unchanged (skipped), {len(summary.rejected)} rejected; "
        f"{_counted(summary.articles_added, 'new article')}, {_counted(summary.snapshots_added, 'view snapshot')}, "
        f"{_counted(summary.indicators_added, 'new indicator')}; "
        f"{_counted(summary.articles_updated, 'stored article')} updated by new pages"
    )
    if summary.warnings:
        line += f"; {len(summary.warnings)} warnings (damaged pages: what was repaired, or not stored)"
    if summary.restamped:
        line += (
            f"; {_counted(len(summary.restamped), 'sighting')} of a story stamped again at a new minute, "
            "found by its title and text (its count is that story's)"
        )
    again = []
    if summary.reread:
        first = (
            f", {summary.articles_first_read} of them not read before" if summary.articles_first_read else ""
        )
        dropped = (
            f", {_counted(summary.articles_dropped, 'article')} no longer read from them removed"
            if summary.articles_dropped
            else ""
        )
        again.append(
            f"re-read {_counted(len(summary.reread), 'known file')} ({why_reread(summary)}): "
            f"{_counted(summary.articles_reread, 'article')} on them{first}{dropped}, "
            f"{_counted(summary.indicators_reread, 'indicator')} from their bodies"
        )
    if summary.reextracted:
        again.append(
            f"re-extracted {_counted(summary.reextracted, 'article')} (extractor changed): "
            f"{_counted(summary.indicators_reextracted, 'indicator')}"
        )
    if summary.retagged:
        again.append(f"re-tagged {_counted(summary.retagged, 'article')} (taxonomy changed)")
    if summary.remapped:
        again.append(f"re-mapped {_counted(summary.remapped, 'indicator')} (metric catalog changed)")
    if summary.contradictions_recomputed:
        again.append("contradictions recomputed (their rule changed)")
    if again:
        line += "; reprocessed, not new: " + "; ".join(again)
    if summary.parsed_earlier_gone:
        line += (
            f"; {summary.parsed_earlier_gone} stored pages parsed by an older parser whose files are gone "
            "(their rows kept as they were)"
        )
    return line


def _log_run(con: duckdb.DuckDBPyConnection, summary: RefreshSummary, started: datetime) -> None:
    con.execute(
        "INSERT INTO refresh_runs (run_id, started_at, finished_at, files_seen, files_ingested, files_skipped, "
        "files_rejected, articles_added, articles_updated, snapshots_added, warnings, time_zone) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            summary.run_id,
            started,
            kazakhstan_now(),
            summary.files_seen,
            summary.files_ingested,
            summary.files_skipped,
            len(summary.rejected),
            summary.articles_added,
            summary.articles_updated,
            summary.snapshots_added,
            len(summary.warnings),
            KZ_TIME.key,  # the run's times, and its pages' ingested_at, are Kazakhstan time
        ],
    )


@dataclass(frozen=True)
class _Input:
    """A raw file to read; a file read again (the parser changed) keeps its stored capture time
    and its source, so its view snapshots stay where they were in time."""

    path: Path
    captured: tuple[datetime, str] | None = None
    page_id: str | None = None  # of the stored page it is read again for


@dataclass
class _Pending:
    files: list[_Input]  # inputs whose content the published store has not seen, or must read again
    config_changed: (
        bool  # taxonomy, catalog, extractor, parser or schema differ from what the store was built with
    )
    reread: list[str] = field(default_factory=list)  # page ids whose files are read again by this parser
    # page ids this parser has still to read: their files are on disk but over budget or unreadable
    unread: list[str] = field(default_factory=list)
    reextract: bool = False  # the stored figures came from another extractor
    # page ids read again because a refresh before schema step 18 merged two stories on them
    merged: frozenset[str] = frozenset()


def _stored_pages(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str, datetime, str]]:
    """sha256 -> (location, observed_at, observed_at_source) of every stored page."""
    rows = con.execute("SELECT sha256, location, observed_at, observed_at_source FROM pages").fetchall()
    return {sha: (location, observed, source) for sha, location, observed, source in rows}


def _digest_within_budget(path: Path, summary: RefreshSummary, budget: FileBudget) -> str | None:
    """The file's content id, or None (reported) when it is too large or cannot be read."""
    try:
        size = path.stat().st_size
        if size > budget.max_bytes:
            summary.unreadable.append((str(path), budget.too_large(size)))
            return None
        return input_digest(path)
    except OSError as error:
        summary.unreadable.append((str(path), unreadable_reason(path, error)))
        return None


def _say_kept(summary: RefreshSummary, location: str) -> None:
    """Add to the report of a stored page's file that was not read that its rows are kept."""
    summary.unreadable = [
        (where, with_kept(reason) if where == location else reason) for where, reason in summary.unreadable
    ]


def _pending_work(
    db_path: Path, files: list[Path], recipe: dict[str, str], summary: RefreshSummary, budget: FileBudget
) -> _Pending:
    """What this refresh has to do, read from the published store without writing anything.

    When the store's pages were parsed by another parser version, every stored page whose file
    is still on disk (given to this run, or at its stored location) is read again; the others
    keep their rows and are counted in the summary. So are the pages whose re-read failed in an
    earlier run (they kept the older rows), and, once, when the store is brought to schema step
    18, the pages listing an article an older refresh merged another story into
    (etl/store/merged_stories.py; one whose file is gone is named in a warning). Pages read
    again go first, in the order they were captured, as the store was first built."""
    known: set[str] = set()
    stored_pages: dict[str, tuple[str, datetime, str]] = {}  # read only when some page is re-read
    stored: dict[str, str] = {}
    outdated = False
    reparse_all, still = False, set()
    merged = MergedStories({}, {})
    if db_path.exists():
        with database.connect(db_path, read_only=True) as con:
            if "pages" in database.table_names(con):
                known = database.known_hashes(con)
                stored = dict(con.execute("SELECT key, value FROM meta").fetchall())
                outdated = database.outdated(con)
                reparse_all = bool(known) and stored.get(PARSER_META_KEY) != recipe[PARSER_META_KEY]
                still = set((stored.get(UNREAD_BY_PARSER_META_KEY) or "").split())
                if (schema_version(con) or 0) < MERGED_STORIES_STEP:
                    merged = merged_stories(con)
                if reparse_all or still or merged.pages:
                    stored_pages = _stored_pages(con)

    def reparse(sha: str) -> bool:
        return reparse_all or sha[:16] in still or sha[:16] in merged.pages

    def gone(sha: str, location: str) -> None:
        """A stored page that cannot be read again: its rows are kept, and a merge said."""
        if sha[:16] in merged.pages:
            summary.warnings.append((location, gone_warning(merged.pages[sha[:16]][1])))
        if reparse_all or sha[:16] in still:
            summary.parsed_earlier_gone += 1

    seen: dict[str, Path] = {}  # content id -> the first file of this run that holds it
    pending, reread, unread = [], [], set()
    for path in files:
        sha = _digest_within_budget(path, summary, budget)
        if sha is None:
            unread.add(str(path))
            continue
        if sha in seen and seen[sha] != path:  # a copy: its bytes are read once, and it is named
            summary.duplicates.append((str(path), str(seen[sha])))
        if sha in seen or (sha in known and not reparse(sha)):
            summary.files_skipped += 1
            continue
        seen[sha] = path
        if sha in known:  # (re-read: its stored row was read above)
            _, observed, source = stored_pages[sha]
            pending.append(_Input(path, (observed, source), sha[:16]))
            reread.append(sha)
        else:
            pending.append(_Input(path))
    not_read = []  # on disk, over budget or unreadable (reported): read again next time
    for sha, (location, observed, source) in stored_pages.items():
        if sha in seen or not reparse(sha):
            continue
        if location in unread:  # given to this run, and reported already
            not_read.append(sha)
            _say_kept(summary, location)
        elif not Path(location).is_file():
            gone(sha, location)
        elif (digest := _digest_within_budget(Path(location), summary, budget)) is None:
            not_read.append(sha)
            _say_kept(summary, location)
        elif digest == sha:
            pending.append(_Input(Path(location), (observed, source), sha[:16]))
            reread.append(sha)
        else:  # another file now: the stored page's content is gone
            gone(sha, location)
    changed = outdated or any(stored.get(key) != value for key, value in recipe.items())
    changed = changed or {sha[:16] for sha in not_read} != still  # the list of pages still to read changes
    reextract = bool(known) and stored.get(EXTRACTOR_META_KEY) != recipe[EXTRACTOR_META_KEY]
    # re-reads first, oldest capture first (the order a store is built in), then new files as given
    pending.sort(
        key=lambda item: (item.captured is None, item.captured[0] if item.captured else datetime.min)
    )
    return _Pending(
        pending,
        changed,
        [sha[:16] for sha in reread],
        [sha[:16] for sha in not_read],
        reextract,
        frozenset(sha[:16] for sha in reread if sha[:16] in merged.pages),
    )


def refresh(
    db_path: Path,
    paths: list[Path],
    observed_at: datetime | None = None,
    taxonomy_path: Path = DEFAULT_TAXONOMY,
    catalog_path: Path = DEFAULT_CATALOG,
    workers: int = 1,
    on_progress: Callable[[int, int], None] | None = None,
    budget: FileBudget | None = None,
) -> RefreshSummary:
    """Ingest every new raw input under `paths` and publish the result atomically.

    Inputs whose content was ingested (or rejected) before are skipped, so re-running on the
    same inputs changes nothing (the store file is not even rewritten) -- unless the store was
    parsed by another PARSER_VERSION: then every stored page whose file is still on disk is read
    again and what it produced is replaced (article ids and capture times kept); one whose new
    reading fails keeps its older rows and is read again by the next refresh. Bad inputs are
    recorded as rejected; the rest goes on. A file past its budget (size, parse time) is
    reported and left out. All writes land on the standby copy of the store, which is
    published only when complete (etl/publish.py). Parser processes die with this one.
    """
    budget = budget or FileBudget()
    taxonomy = load_taxonomy(taxonomy_path)
    catalog = load_catalog(catalog_path)
    recipe = current_recipe(taxonomy_path, catalog_path)
    summary = RefreshSummary(run_id=uuid.uuid4().hex[:12])
    started = kazakhstan_now()
    # A file named and also found in a folder given is one file: read (or reported) once.
    files = list(dict.fromkeys(find_page_files(paths, summary.unreadable, summary.not_pages)))
    named = {str(path) for path in files}
    summary.not_pages = [other for other in summary.not_pages if other not in named]
    summary.files_seen = len(files)
    local_observed = to_local(observed_at) if observed_at else None
    settings = ParseSettings(local_observed, taxonomy, catalog, budget)
    run = Run(settings, recipe, summary, started, on_progress, db_path, load_item_names(catalog_path))
    with refresh_lock(db_path):
        pending = _pending_work(db_path, files, recipe, summary, budget)
        if not pending.files and not pending.config_changed:
            return summary
        # Forked before any store is opened: the children never inherit a DuckDB connection.
        pool = None
        # Re-extracting a store's bodies is worth the workers too, even when no file is new.
        if workers > 1 and (len(pending.files) > 1 or pending.reextract):
            pool = start_pool(workers, _init_worker, (settings,))
        try:
            with standby_store(db_path) as con:
                _write_run(con, pool, pending, run)
        finally:
            if pool:
                pool.terminate()
    return summary


@dataclass(frozen=True)
class ParseSettings:
    """What every input of a run is parsed with (sent once to each worker)."""

    observed_at: datetime | None  # --observed-at, local time; else each file's own capture time
    taxonomy: Taxonomy
    catalog: tuple[Metric, ...]
    budget: FileBudget


@dataclass(frozen=True)
class Run:
    """One refresh run: how its inputs are parsed, what derived data is made with, the summary
    it fills in, when it started, and whom to tell of its progress."""

    settings: ParseSettings
    recipe: dict[str, str]
    summary: RefreshSummary
    started: datetime
    on_progress: Callable[[int, int], None] | None = None
    published: Path | None = None  # the published store: what a failed re-read keeps is read from it
    item_names: ItemNames | None = None  # the catalog's [item_names]: one item in every language


# Set once per worker process (Pool initializer), so tasks carry only a path.
_WORKER_SETTINGS: list[ParseSettings] = []
# Pages parsed ahead of the writer at most: bounds memory when parsing outruns writing (a
# parsed page is ~30 KB). Two batches, so workers keep parsing while a batch is written.
PARSE_AHEAD = 2 * CHUNK_FILES


def _init_worker(settings: ParseSettings) -> None:
    _WORKER_SETTINGS[:] = [settings]


def _parse_in_worker(item: _Input) -> ParsedInput | tuple[str, str]:
    return _parse_path(item, _WORKER_SETTINGS[0])


def _bounded_imap(pool, function, items: list, ahead: int) -> Iterator:
    """pool.imap, in order, with at most `ahead` tasks queued or finished but unread."""
    pending: deque = deque()
    source = iter(items)
    for item in islice(source, ahead):
        pending.append(pool.apply_async(function, (item,)))
    while pending:
        result = pending.popleft().get()
        following = next(source, None)
        if following is not None:
            pending.append(pool.apply_async(function, (following,)))
        yield result


def _parse_path(item: _Input, settings: ParseSettings) -> ParsedInput | tuple[str, str]:
    """Read (the IO edge, in the worker) and parse one input within its time budget;
    (location, reason) if unreadable or over budget."""
    try:
        raw = read_input(item.path, settings.observed_at)
    except OSError as error:
        return str(item.path), unreadable_reason(item.path, error)
    if item.captured:
        raw = replace(raw, observed_at=item.captured[0], observed_at_source=item.captured[1])
    try:
        with time_limit(settings.budget.seconds):
            return parse_input(raw, settings.taxonomy, settings.catalog)
    except OverTimeLimit:
        return str(item.path), settings.budget.too_slow()


def _write_run(con: duckdb.DuckDBPyConnection, pool: Pool | None, pending: _Pending, run: Run) -> None:
    """Every write of the run, on the standby store.

    The run is atomic because the standby is published whole or not at all (etl/publish.py);
    so batches are committed as they go, which keeps DuckDB from holding a large run's
    uncommitted rows in memory. Workers read and parse pages (a stream of paths in, records
    out) while this process writes the previous batch, so parsing and writing overlap."""
    summary, taxonomy, catalog, on_progress = (
        run.summary,
        run.settings.taxonomy,
        run.settings.catalog,
        run.on_progress,
    )
    try:
        con.execute("BEGIN TRANSACTION")
        mapper = partial(pool.imap, chunksize=16) if pool else map
        # Flagged by another contradiction rule: every pair is recomputed below (a new store has none).
        summary.contradictions_recomputed = contradiction_rule_changed(con) and bool(
            database.scalar(con, "SELECT count(*) FROM (SELECT 1 FROM indicators LIMIT 1)")
        )
        summary.retagged = sync_taxonomy(con, taxonomy, run.recipe[TAXONOMY_META_KEY])
        new_extractor = extractor_changed(con)
        # Pages read again below replace their own articles' figures: those are not extracted twice.
        summary.reextracted = sync_extractor(con, catalog, mapper, pending.reread)
        if summary.reextracted:  # it rewrote every figure: all there are now came from it
            (summary.indicators_reextracted,) = con.execute("SELECT count(*) FROM indicators").fetchall()[0]
        summary.remapped = sync_catalog(con, catalog, run.recipe[CATALOG_META_KEY])
        writer = Refresher(con, summary, kazakhstan_now())
        # What the files read again produced goes first, so their new reading replaces it.
        rereading = {str(item.path): item.page_id for item in pending.files if item.page_id}
        # Pages the older parser could read: a rejection by this one must not replace their rows
        # (one it rejected too has nothing to lose, and its new rejection replaces it).
        rejected_before = {
            page
            for (page,) in con.execute(
                "SELECT page_id FROM pages WHERE status = 'rejected' AND page_id = ANY(?::VARCHAR[])",
                [pending.reread],
            ).fetchall()
        }
        read_before = {location for location, page in rereading.items() if page not in rejected_before}
        writer.forget_pages(pending.reread)
        failed: list[str] = []  # page ids whose re-read failed: their older rows are put back
        files = pending.files
        parse = partial(_parse_path, settings=run.settings)
        results = _bounded_imap(pool, _parse_in_worker, files, PARSE_AHEAD) if pool else map(parse, files)
        batch: list[ParsedInput] = []
        for done, result in enumerate(results, 1):
            if isinstance(result, tuple):
                location, reason = result
                if location in rereading:
                    failed.append(rereading[location])
                    reason = with_kept(reason)
                summary.unreadable.append((location, reason))
            elif not result.ok and result.location in read_before:
                failed.append(rereading[result.location])
                summary.rejected.append((result.location, with_kept(result.error or "")))
            else:
                if result.location in rereading:
                    summary.reread.append(result.location)
                    if rereading[result.location] in pending.merged:
                        summary.stories_reread.append(result.location)
                batch.append(result)
            if len(batch) >= CHUNK_FILES or done == len(files):
                writer.write(batch)
                con.execute("COMMIT")
                con.execute("BEGIN TRANSACTION")
                batch = []
                if on_progress:
                    on_progress(done, len(files))
        writer.write(batch)
        if failed and run.published:
            kept = writer.keep_pages(failed, str(run.published))
            if kept and (new_extractor or summary.remapped):  # their figures, as the others' are now
                extract_articles(con, catalog, kept)
                if new_extractor:
                    summary.reextracted += len(kept)
                    summary.indicators_reextracted += int(
                        database.scalar(
                            con,
                            "SELECT count(*) FROM indicators WHERE article_id = ANY(?::VARCHAR[])",
                            [kept],
                        )
                    )  # type: ignore[call-overload]
        writer.finish_rereading(taxonomy)
        fold_source_spellings(con)  # a new spelling of a known publisher joins (or names) its series
        database.set_meta(con, PARSER_META_KEY, run.recipe[PARSER_META_KEY])
        database.set_meta(con, UNREAD_BY_PARSER_META_KEY, " ".join(sorted([*failed, *pending.unread])))
        if summary.reextracted or summary.remapped or pending.reread or contradiction_rule_changed(con):
            rebuild_metric_tables(con, item_names=run.item_names)
        elif writer.changed_articles:
            rebuild_metric_tables(con, writer.changed_articles, run.item_names)
        if (
            summary.files_ingested
            or summary.reread
            or summary.rejected
            or summary.retagged
            or summary.reextracted
            or summary.remapped
            or summary.contradictions_recomputed
        ):
            _log_run(con, summary, run.started)  # a run that changed nothing leaves no row
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
