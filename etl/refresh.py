"""`ktpulse refresh`: ingest new raw inputs in one transaction and publish the store atomically."""

from __future__ import annotations

import multiprocessing
import uuid
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from itertools import islice
from pathlib import Path

import duckdb
import pandas as pd

from etl import store
from etl.catalog import DEFAULT_CATALOG, load_catalog
from etl.derived import (
    CATALOG_META_KEY,
    TAXONOMY_META_KEY,
    current_recipe,
    rebuild_contradictions,
    sync_catalog,
    sync_extractor,
    sync_taxonomy,
    write_indicator_rows,
)
from etl.identity import content_id
from etl.ingest import ParsedInput, ParsedListing, parse_input
from etl.inputs import find_page_files, read_input, to_local
from etl.publish import building_copy, refresh_lock
from etl.topics import DEFAULT_TAXONOMY, load_taxonomy

CHUNK_FILES = 200  # parsed pages written at a time, to bound memory


@dataclass
class RefreshSummary:
    run_id: str
    files_seen: int = 0
    files_ingested: int = 0
    files_skipped: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (location, reason)
    unreadable: list[tuple[str, str]] = field(default_factory=list)
    articles_added: int = 0
    articles_updated: int = 0
    snapshots_added: int = 0
    indicators_added: int = 0
    retagged: int = 0  # articles re-tagged because the taxonomy changed
    reextracted: int = 0  # articles re-extracted because the extractor changed
    remapped: int = 0  # indicators re-mapped because the metric catalog changed

    @property
    def exit_code(self) -> int:
        """0 all good; 1 some inputs were rejected or unreadable (the rest was ingested)."""
        return 1 if self.rejected or self.unreadable else 0


@dataclass
class _ArticleRow:
    article_id: str
    published_at: datetime
    time_known: bool
    title: str
    source: str | None
    source_via: str | None
    image_credit: str | None
    body: str | None
    url: str | None
    first_page_id: str
    body_page_id: str | None
    topics: tuple = ()
    indicators: tuple = ()


def _merge_listing(rows: dict[str, _ArticleRow], parsed: ParsedInput, item: ParsedListing) -> None:
    """Fold one sighting into the batch's article rows: bodies and full stamps win."""
    listing = item.listing
    url = parsed.url if listing.placement == "main" else None
    row = rows.get(item.article_id)
    if row is None:
        rows[item.article_id] = _ArticleRow(
            item.article_id,
            listing.published_at,
            listing.time_known,
            listing.title,
            listing.source,
            listing.source_via,
            listing.image_credit,
            listing.body,
            url,
            parsed.page_id,
            parsed.page_id if listing.body else None,
            item.topics,
            item.indicators,
        )
        return
    if listing.body and not row.body:
        row.body, row.body_page_id, row.topics = listing.body, parsed.page_id, item.topics
        row.indicators = item.indicators
        row.source, row.source_via = listing.source, listing.source_via
        row.image_credit = listing.image_credit or row.image_credit
    if listing.time_known and not row.time_known:
        row.published_at, row.time_known = listing.published_at, True
    row.url = row.url or url


class Refresher:
    """Writes parsed inputs into an open store; the caller owns the transaction."""

    def __init__(self, con: duckdb.DuckDBPyConnection, summary: RefreshSummary) -> None:
        self.con = con
        self.summary = summary
        self.now = datetime.now().replace(microsecond=0)
        self.changed_articles: list[str] = []  # articles whose figures were (re)written

    def write(self, parsed_inputs: list[ParsedInput]) -> None:
        pages, listings, rows = [], [], {}
        for parsed in parsed_inputs:
            pages.append(self._page_row(parsed))
            if not parsed.ok:
                self.summary.rejected.append((parsed.location, parsed.error or ""))
                continue
            self.summary.files_ingested += 1
            for item in parsed.listings:
                _merge_listing(rows, parsed, item)
                listings.append(
                    (
                        parsed.page_id,
                        item.listing.position,
                        item.article_id,
                        item.listing.placement,
                        item.listing.views,
                    )
                )
        store.insert_frame(self.con, "pages", pd.DataFrame(pages), list(pages[0]) if pages else [])
        listing_frame = pd.DataFrame(
            listings, columns=["page_id", "position", "article_id", "placement", "views"]
        ).astype({"views": "Int64"})
        store.insert_frame(self.con, "page_listings", listing_frame, list(listing_frame.columns))
        self.summary.snapshots_added += int(listing_frame["views"].notna().sum())
        self._write_articles(list(rows.values()))

    def _page_row(self, parsed: ParsedInput) -> dict:
        return {
            "page_id": parsed.page_id,
            "location": parsed.location,
            "sha256": parsed.sha256,
            "observed_at": parsed.observed_at,
            "observed_at_source": parsed.observed_at_source,
            "url": parsed.url,
            "encoding": parsed.encoding,
            "status": "ok" if parsed.ok else "rejected",
            "error": parsed.error,
            "listings": len(parsed.listings),
            "run_id": self.summary.run_id,
            "ingested_at": self.now,
        }

    def _write_articles(self, rows: list[_ArticleRow]) -> None:
        if not rows:
            return
        columns = [
            "article_id",
            "published_at",
            "time_known",
            "title",
            "source",
            "source_via",
            "image_credit",
            "body",
            "url",
            "first_page_id",
            "body_page_id",
        ]
        frame = pd.DataFrame([[getattr(r, c) for c in columns] for r in rows], columns=columns)
        self.con.register("_batch", frame)
        try:
            existing = dict(
                self.con.execute(
                    "SELECT a.article_id, a.body IS NOT NULL FROM articles a JOIN _batch b USING (article_id)"
                ).fetchall()
            )
        finally:
            self.con.unregister("_batch")
        new = frame[~frame["article_id"].isin(existing.keys())]
        store.insert_frame(self.con, "articles", new, columns)
        gained_body = frame[
            frame["article_id"].isin([k for k, has_body in existing.items() if not has_body])
            & frame["body"].notna()
        ]
        self._update_existing(frame[frame["article_id"].isin(existing.keys())])
        self.summary.articles_added += len(new)
        self.summary.articles_updated += len(gained_body)
        retag = set(new["article_id"]) | set(gained_body["article_id"])
        self._write_derived([r for r in rows if r.article_id in retag])

    def _update_existing(self, frame: pd.DataFrame) -> None:
        """Fill in what an earlier page lacked: body, full time, url. Never overwrite."""
        if frame.empty:
            return
        self.con.register("_known", frame)
        try:
            self.con.execute(
                """
                UPDATE articles SET
                    body = coalesce(articles.body, k.body),
                    body_page_id = CASE WHEN articles.body IS NULL AND k.body IS NOT NULL
                                        THEN k.body_page_id ELSE articles.body_page_id END,
                    source = CASE WHEN articles.body IS NULL AND k.body IS NOT NULL
                                  THEN k.source ELSE articles.source END,
                    source_via = CASE WHEN articles.body IS NULL AND k.body IS NOT NULL
                                      THEN k.source_via ELSE articles.source_via END,
                    image_credit = coalesce(articles.image_credit, k.image_credit),
                    published_at = CASE WHEN NOT articles.time_known AND k.time_known
                                        THEN k.published_at ELSE articles.published_at END,
                    time_known = articles.time_known OR k.time_known,
                    url = coalesce(articles.url, k.url)
                FROM _known k
                WHERE articles.article_id = k.article_id
                  AND ((articles.body IS NULL AND k.body IS NOT NULL)
                       OR (NOT articles.time_known AND k.time_known)
                       OR (articles.url IS NULL AND k.url IS NOT NULL)
                       OR (articles.image_credit IS NULL AND k.image_credit IS NOT NULL))
                """
            )
        finally:
            self.con.unregister("_known")

    def _write_derived(self, rows: list[_ArticleRow]) -> None:
        """Topics and indicators of new articles and of articles whose body just arrived."""
        if not rows:
            return
        ids = pd.DataFrame({"article_id": [r.article_id for r in rows]})
        self.con.register("_retag", ids)
        try:
            for table in ("article_topics", "indicators"):
                self.con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT article_id FROM _retag)")
        finally:
            self.con.unregister("_retag")
        topic_rows = [(r.article_id, t.topic, t.score) for r in rows for t in r.topics]
        frame = pd.DataFrame(topic_rows, columns=["article_id", "topic", "score"])
        store.insert_frame(self.con, "article_topics", frame, list(frame.columns))
        indicator_rows = [row for r in rows for row in r.indicators]
        write_indicator_rows(self.con, indicator_rows)
        self.changed_articles += [r.article_id for r in rows if r.indicators]
        self.summary.indicators_added += len(indicator_rows)


def _log_run(con: duckdb.DuckDBPyConnection, summary: RefreshSummary, started: datetime) -> None:
    con.execute(
        "INSERT INTO refresh_runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            summary.run_id,
            started,
            datetime.now().replace(microsecond=0),
            summary.files_seen,
            summary.files_ingested,
            summary.files_skipped,
            len(summary.rejected),
            summary.articles_added,
            summary.articles_updated,
            summary.snapshots_added,
        ],
    )


@dataclass
class _Pending:
    files: list[Path]  # inputs whose content the published store has not seen
    config_changed: bool  # taxonomy, catalog or extractor differ from what the store was built with


def _pending_work(
    db_path: Path, files: list[Path], recipe: dict[str, str], summary: RefreshSummary
) -> _Pending:
    """What this refresh has to do, read from the published store without writing anything."""
    seen: set[str] = set()
    stored: dict[str, str] = {}
    if db_path.exists():
        with store.connect(db_path, read_only=True) as con:
            if "pages" in store.table_names(con):
                seen = store.known_hashes(con)
                stored = dict(con.execute("SELECT key, value FROM meta").fetchall())
    pending = []
    for path in files:
        try:
            sha = content_id(path.read_bytes())
        except OSError as error:
            summary.unreadable.append((str(path), f"cannot read file: {error.strerror or error}"))
            continue
        if sha in seen:
            summary.files_skipped += 1
            continue
        seen.add(sha)
        pending.append(path)
    return _Pending(pending, any(stored.get(key) != value for key, value in recipe.items()))


def refresh(
    db_path: Path,
    paths: list[Path],
    observed_at: datetime | None = None,
    taxonomy_path: Path = DEFAULT_TAXONOMY,
    catalog_path: Path = DEFAULT_CATALOG,
    workers: int = 1,
    on_progress: Callable[[int, int], None] | None = None,
) -> RefreshSummary:
    """Ingest every new raw input under `paths` and publish the result atomically.

    Inputs whose content was ingested (or rejected) before are skipped, so re-running on the
    same inputs changes nothing (the store file is not even rewritten). Bad inputs are
    recorded as rejected; the rest goes on. All writes land in one transaction on a copy of
    the store that replaces it only when complete (etl/publish.py).
    """
    taxonomy = load_taxonomy(taxonomy_path)
    catalog = load_catalog(catalog_path)
    recipe = current_recipe(taxonomy_path, catalog_path)
    summary = RefreshSummary(run_id=uuid.uuid4().hex[:12])
    started = datetime.now().replace(microsecond=0)
    files = list(find_page_files(paths))
    summary.files_seen = len(files)
    local_observed = to_local(observed_at) if observed_at else None
    with refresh_lock(db_path):
        pending = _pending_work(db_path, files, recipe, summary)
        if not pending.files and not pending.config_changed:
            return summary
        with building_copy(db_path) as building:
            _write_run(building, pending.files, local_observed, taxonomy, catalog, recipe, workers, summary,
                       started, on_progress)  # fmt: skip
    return summary


# Set once per worker process (Pool initializer), so tasks carry only a path.
_WORKER_CONTEXT: dict[str, object] = {}
# Pages parsed ahead of the writer at most: bounds memory when parsing outruns writing.
PARSE_AHEAD = 64


def _init_worker(observed_at: datetime | None, taxonomy, catalog) -> None:
    _WORKER_CONTEXT.update(observed_at=observed_at, taxonomy=taxonomy, catalog=catalog)


def _parse_in_worker(path: Path) -> ParsedInput | tuple[str, str]:
    return _parse_path(path, **_WORKER_CONTEXT)  # type: ignore[arg-type]


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


def _parse_path(path: Path, observed_at: datetime | None, taxonomy, catalog) -> ParsedInput | tuple[str, str]:
    """Read (the IO edge, in the worker) and parse one input; (location, reason) if unreadable."""
    try:
        raw = read_input(path, observed_at)
    except OSError as error:
        return str(path), f"cannot read file: {error.strerror or error}"
    return parse_input(raw, taxonomy, catalog)


def _write_run(
    building: Path,
    files: list[Path],
    observed_at: datetime | None,
    taxonomy,
    catalog,
    recipe: dict[str, str],
    workers: int,
    summary: RefreshSummary,
    started: datetime,
    on_progress: Callable[[int, int], None] | None,
) -> None:
    """Every write of the run, on the building copy.

    The run is atomic because the copy is published whole or not at all (etl/publish.py); so
    batches are committed as they go, which keeps DuckDB from holding a large run's uncommitted
    rows in memory. Workers read and parse pages (a stream of paths in, records out) while this
    process writes the previous batch, so parsing and writing overlap."""
    # Forked before the store is opened: the children never inherit a DuckDB connection.
    pool = None
    if workers > 1 and len(files) > 1:
        pool = multiprocessing.get_context("fork").Pool(
            workers, _init_worker, (observed_at, taxonomy, catalog)
        )
    con = store.connect(building)
    try:
        con.execute("BEGIN TRANSACTION")
        mapper = partial(pool.imap, chunksize=16) if pool else map
        summary.retagged = sync_taxonomy(con, taxonomy, recipe[TAXONOMY_META_KEY])
        summary.reextracted = sync_extractor(con, catalog, mapper)
        summary.remapped = sync_catalog(con, catalog, recipe[CATALOG_META_KEY])
        writer = Refresher(con, summary)
        parse = partial(_parse_path, observed_at=observed_at, taxonomy=taxonomy, catalog=catalog)
        results = _bounded_imap(pool, _parse_in_worker, files, PARSE_AHEAD) if pool else map(parse, files)
        batch: list[ParsedInput] = []
        done = 0
        for result in results:
            done += 1
            if isinstance(result, tuple):
                summary.unreadable.append(result)
            else:
                batch.append(result)
            if len(batch) >= CHUNK_FILES or done == len(files):
                writer.write(batch)
                con.execute("COMMIT")
                con.execute("BEGIN TRANSACTION")
                batch = []
                if on_progress:
                    on_progress(done, len(files))
        writer.write(batch)
        if summary.reextracted or summary.remapped:
            rebuild_contradictions(con)
        elif writer.changed_articles:
            rebuild_contradictions(con, writer.changed_articles)
        if (
            summary.files_ingested
            or summary.rejected
            or summary.retagged
            or summary.reextracted
            or summary.remapped
        ):
            _log_run(con, summary, started)  # a run that changed nothing leaves no row
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    finally:
        if pool:
            pool.terminate()
        con.close()
