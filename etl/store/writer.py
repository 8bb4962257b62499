"""Writing parsed pages into an open store: articles merged, listings, topics and figures."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

import duckdb
import pandas as pd

from etl.extract.topics import Taxonomy, classify
from etl.store import database
from etl.store.derived import write_indicator_rows
from etl.store.stamp_clashes import StampClashes
from etl.store.view_drops import ViewDrops
from etl.transform.ingest import ParsedInput, ParsedListing


@dataclass
class RefreshSummary:
    """What a refresh did, keeping apart what is new (pages never read before, and what they
    brought) from what was only read or derived again (a new parser, extractor, taxonomy or
    catalog): a user must be able to tell new articles from reprocessed ones."""

    run_id: str
    files_seen: int = 0
    files_ingested: int = 0  # new files: content the store had not read before
    files_skipped: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (location, reason)
    unreadable: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (location, what was not stored)
    # (location, which story) for each sighting found to be a known story stamped at a new minute
    restamped: list[tuple[str, str]] = field(default_factory=list)
    mtime_capture: list[str] = field(default_factory=list)  # pages with views, captured at their file's mtime
    not_pages: list[str] = field(default_factory=list)  # other files in the folders searched (not read)
    # files of this run holding the same bytes as an earlier one of it, read once: (file, the one read)
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    articles_added: int = 0  # articles the store did not hold, listed by a new file
    articles_updated: int = 0  # stored articles a new file completed (body, full time, url, credit)
    snapshots_added: int = 0  # view counts of new files
    indicators_added: int = 0  # figures of the new articles and of bodies new files brought
    retagged: int = 0  # articles re-tagged because the taxonomy changed
    reextracted: int = 0  # articles re-extracted because the extractor changed
    indicators_reextracted: int = 0  # the figures that re-extraction wrote
    remapped: int = 0  # indicators re-mapped because the metric catalog changed
    contradictions_recomputed: bool = False  # every pair flagged again: the contradiction rule changed
    reread: list[str] = field(default_factory=list)  # known files read again because the parser changed
    # of those, files read again because a refresh before schema step 18 merged two stories on them
    stories_reread: list[str] = field(default_factory=list)
    articles_reread: int = 0  # articles the files read again list (as the new parser reads them)
    articles_first_read: int = 0  # of those, articles the store did not hold: the older parser missed them
    indicators_reread: int = 0  # figures written for articles whose body came from a file read again
    parsed_earlier_gone: int = 0  # stored pages of an older parser whose files are gone (rows kept)
    articles_dropped: int = 0  # articles only re-read files listed, which the new parser does not give

    @property
    def exit_code(self) -> int:
        """0 all good; 1 some inputs were rejected or unreadable, or some ingested page had
        parts that could not be read (the rest was ingested)."""
        return 1 if self.rejected or self.unreadable or self.warnings else 0


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
    language: str | None = None
    source_credit: str | None = None

    @property
    def topic_ids(self) -> list[str]:
        """The `topics` column: topic ids, sorted."""
        return sorted(t.topic for t in self.topics)


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
            listing.language,
            listing.source_credit,
        )
        return
    if listing.body and (not row.body or completes(listing.body, row.body)):
        row.body, row.body_page_id, row.topics = listing.body, parsed.page_id, item.topics
        row.indicators = item.indicators
        row.source, row.source_via, row.source_credit = (
            listing.source,
            listing.source_via,
            listing.source_credit,
        )
        row.image_credit = listing.image_credit or row.image_credit
        row.language = listing.language or row.language
    if listing.time_known and not row.time_known:
        row.published_at, row.time_known = listing.published_at, True
    row.url = row.url or url


def completes(body: str, cut: str) -> bool:
    """Whether `body` is the whole of a body that `cut` is the start of (a page cut short)."""
    return len(body) > len(cut) and body.startswith(cut)


def _adds_to(row: _ArticleRow, stored: dict[str, list[bool]]) -> bool:
    """Whether this sighting of a stored article brings what it lacks (body, time, url, credit)."""
    if row.article_id not in stored:
        return False
    has_body, time_known, has_url, has_credit = stored[row.article_id]
    return bool(
        (row.body and not has_body)
        or (row.time_known and not time_known)
        or (row.url and not has_url)
        or (row.image_credit and not has_credit)
    )


class Refresher:
    """Writes parsed inputs into an open store; the caller owns the transaction."""

    def __init__(self, con: duckdb.DuckDBPyConnection, summary: RefreshSummary, now: datetime) -> None:
        self.con = con
        self.summary = summary
        self.now = now  # the pages' ingested_at, in the zone the run records (refresh_runs.time_zone)
        self.changed_articles: list[str] = []  # articles whose figures were (re)written
        # Re-reading files (the parser changed): the articles their old rows listed, those
        # that only they listed (removed, re-created by the new reading if it still gives
        # them), and those whose stored body one of them gave (replaced by a new reading).
        self.forgotten: set[str] = set()
        self.read_again: set[str] = set()  # their page ids: their view counts are not new snapshots
        self.orphaned: set[str] = set()
        self.stale_bodies: set[str] = set()
        self.reread_listed: set[str] = set()  # articles the files read again list now
        # Articles new to the store that only files read again listed so far: counted as new
        # (articles_added) if a new file lists them too, else as first read by the new parser.
        self.first_read: set[str] = set()

    def forget_pages(self, page_ids: list[str]) -> None:
        """Remove what these pages produced before their files are read again: their page and
        listing rows, the articles no other page lists (with topics, figures, latest views);
        articles another page lists keep their row, and a body read from one of these pages
        is replaced when the new reading gives one (see stale_bodies)."""
        if not page_ids:
            return
        con, of_pages = self.con, "page_id = ANY(?::VARCHAR[])"
        listed = [
            a
            for (a,) in con.execute(
                f"SELECT DISTINCT article_id FROM page_listings WHERE {of_pages}", [page_ids]
            ).fetchall()
        ]
        for table in ("page_listings", "pages"):
            con.execute(f"DELETE FROM {table} WHERE {of_pages}", [page_ids])
        kept = {
            a
            for (a,) in con.execute(
                "SELECT DISTINCT article_id FROM page_listings WHERE article_id = ANY(?::VARCHAR[])", [listed]
            ).fetchall()
        }
        orphaned = [a for a in listed if a not in kept]
        for table in ("articles", "article_topics", "indicators", "latest_views"):
            con.execute(f"DELETE FROM {table} WHERE article_id = ANY(?::VARCHAR[])", [orphaned])
        self.stale_bodies = {
            a
            for (a,) in con.execute(
                "SELECT article_id FROM articles WHERE article_id = ANY(?::VARCHAR[]) "
                "AND body_page_id = ANY(?::VARCHAR[])",
                [list(kept), page_ids],
            ).fetchall()
        }
        self.forgotten, self.orphaned, self.read_again = set(listed), set(orphaned), set(page_ids)

    def keep_pages(self, page_ids: list[str], published: str) -> list[str]:
        """Put back, exactly as the published store holds them, the rows of pages forgotten for
        a re-read that then failed: their page and listing rows, and the articles (with topics
        and figures) that went with them and that no new reading re-created. The articles put
        back, whose figures the caller may re-extract."""
        if not page_ids:
            return []
        con, of_pages = self.con, "page_id = ANY(?::VARCHAR[])"
        con.execute(f"ATTACH '{published.replace(chr(39), chr(39) * 2)}' AS published (READ_ONLY)")
        try:
            for table in ("pages", "page_listings"):
                con.execute(
                    f"INSERT INTO {table} BY NAME SELECT * FROM published.{table} WHERE {of_pages}",
                    [page_ids],
                )
            missing = [
                a
                for (a,) in con.execute(
                    f"SELECT DISTINCT article_id FROM published.page_listings WHERE {of_pages} "
                    "AND article_id NOT IN (SELECT article_id FROM articles)",
                    [page_ids],
                ).fetchall()
            ]
            for table in ("articles", "article_topics", "indicators"):
                con.execute(
                    f"INSERT INTO {table} BY NAME SELECT * FROM published.{table} "
                    "WHERE article_id = ANY(?::VARCHAR[])",
                    [missing],
                )
        finally:
            con.execute("DETACH published")
        # Bodies these pages gave stay theirs: they were not read again.
        self.stale_bodies -= {
            a
            for (a,) in con.execute(
                "SELECT article_id FROM articles WHERE body_page_id = ANY(?::VARCHAR[])", [page_ids]
            ).fetchall()
        }
        self.orphaned -= set(missing)
        self.read_again -= set(page_ids)
        self.changed_articles += missing
        return missing

    def finish_rereading(self, taxonomy: Taxonomy) -> None:
        """After the files were read again: a body whose page was read again and gave it to no
        article of that id (the new reading titles it differently, so it went to another id)
        goes, or its figures would count twice; then latest views of every article the old
        rows listed, and the summary's counts of what the files read again gave."""
        self.summary.articles_reread = len(self.reread_listed)
        self.summary.articles_first_read = len(self.first_read)
        if not self.forgotten:
            return
        self._drop_bodies_not_read_again(taxonomy)
        self._update_latest_views(sorted(self.forgotten))
        back = {
            a
            for (a,) in self.con.execute(
                "SELECT article_id FROM articles WHERE article_id = ANY(?::VARCHAR[])",
                [sorted(self.orphaned)],
            ).fetchall()
        }
        self.summary.articles_dropped += len(self.orphaned - back)

    def _drop_bodies_not_read_again(self, taxonomy: Taxonomy) -> None:
        """Stale bodies whose page was read again (a file that could not be read keeps them)
        become listing-only rows: no body, publisher, credit or figures; topics by title."""
        dropped = self.con.execute(
            "SELECT article_id, title FROM articles WHERE article_id = ANY(?::VARCHAR[]) "
            "AND body_page_id IN (SELECT page_id FROM pages)",
            [sorted(self.stale_bodies)],
        ).fetchall()
        if not dropped:
            return
        ids = [article for article, _ in dropped]
        for table in ("article_topics", "indicators"):
            self.con.execute(f"DELETE FROM {table} WHERE article_id = ANY(?::VARCHAR[])", [ids])
        topics = [
            (article, s.topic, s.score) for article, title in dropped for s in classify(taxonomy, title, None)
        ]
        frame = pd.DataFrame(topics, columns=["article_id", "topic", "score"])
        database.insert_frame(self.con, "article_topics", frame, list(frame.columns))
        self.con.execute(
            "UPDATE articles SET body = NULL, body_page_id = NULL, source = NULL, source_via = NULL, "
            "source_credit = NULL, image_credit = NULL, topics = coalesce((SELECT list(t.topic ORDER BY t.topic) FROM article_topics t "
            "WHERE t.article_id = articles.article_id), []) WHERE article_id = ANY(?::VARCHAR[])",
            [ids],
        )
        self.stale_bodies -= set(ids)
        self.changed_articles += ids  # their figures left their metric groups

    def write(self, parsed_inputs: list[ParsedInput]) -> None:
        pages: list[dict] = []
        listings: list[tuple] = []
        rows: dict[str, _ArticleRow] = {}
        from_new_files: set[str] = set()  # articles listed by a file not read before
        clashes = StampClashes(self.con, self._stamped_times(parsed_inputs))
        drops = ViewDrops(
            self.con, sorted({i.article_id for parsed in parsed_inputs for i in parsed.listings})
        )
        for parsed in parsed_inputs:
            foreign: frozenset[int] = frozenset()  # sightings of another story under an article's id
            if parsed.ok:
                parsed, foreign, clashed, restamps = clashes.sort(parsed)
                if found := clashed + drops.check(parsed):
                    parsed = replace(parsed, warnings=parsed.warnings + found)
                self.summary.restamped += [(parsed.location, note) for note in restamps]
            pages.append(self._page_row(parsed))
            read_again = parsed.page_id in self.read_again
            if parsed.observed_at_source == "mtime" and any(
                i.listing.views is not None for i in parsed.listings
            ):
                self.summary.mtime_capture.append(parsed.location)  # its views per day count from that time
            if not parsed.ok:
                self.summary.rejected.append((parsed.location, parsed.error or ""))
                continue
            if not read_again:  # a file read again is counted in summary.reread
                self.summary.files_ingested += 1
            self.summary.warnings += [(parsed.location, warning) for warning in parsed.warnings]
            for item in parsed.listings:
                if item.listing.position not in foreign:
                    _merge_listing(rows, parsed, item)
                (self.reread_listed if read_again else from_new_files).add(item.article_id)
                listings.append(
                    (
                        parsed.page_id,
                        item.listing.position,
                        item.article_id,
                        item.listing.placement,
                        item.listing.views,
                    )
                )
        database.insert_frame(self.con, "pages", pd.DataFrame(pages), list(pages[0]) if pages else [])
        listing_frame = pd.DataFrame(
            listings, columns=["page_id", "position", "article_id", "placement", "views"]
        ).astype({"views": "Int64"})
        database.insert_frame(self.con, "page_listings", listing_frame, list(listing_frame.columns))
        new_pages = ~listing_frame["page_id"].isin(self.read_again)
        self.summary.snapshots_added += int((listing_frame["views"].notna() & new_pages).sum())
        self._write_articles(list(rows.values()), from_new_files)
        self._update_latest_views(list(rows))

    def _stamped_times(self, parsed_inputs: list[ParsedInput]) -> dict[str, datetime]:
        """The stored publication minute of the batch's articles whose stamp had its time."""
        ids = sorted({item.article_id for parsed in parsed_inputs for item in parsed.listings})
        return dict(
            self.con.execute(
                "SELECT article_id, published_at FROM articles WHERE time_known AND article_id = ANY(?::VARCHAR[])",
                [ids],
            ).fetchall()
        )

    def _update_latest_views(self, article_ids: list[str]) -> None:
        """Recompute latest_views for the articles these pages list: a new snapshot, or a
        publication time or source learnt from a later page, changes their row."""
        if not article_ids:
            return
        listed = "article_id = ANY(?::VARCHAR[])"
        self.con.execute(f"DELETE FROM latest_views WHERE {listed}", [article_ids])
        self.con.execute(database.LATEST_VIEWS_OF.format(where=listed), [article_ids, article_ids])

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
            "warnings": list(parsed.warnings),
            "run_id": self.summary.run_id,
            "ingested_at": self.now,
        }

    def _write_articles(self, rows: list[_ArticleRow], from_new_files: set[str]) -> None:
        """Insert the articles the store lacks and complete the stored ones; count each as new
        or updated only when a new file lists it (what files read again give is counted apart)."""
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
            "language",
            "source_credit",
        ]
        frame = pd.DataFrame([[getattr(r, c) for c in columns] for r in rows], columns=columns)
        frame["topics"] = [r.topic_ids for r in rows]
        columns.append("topics")
        # What is stored of the batch's articles, read from narrow columns only (body_page_id is
        # set exactly when a body was read: reading bodies here dominated a large build).
        stored = {
            article_id: flags
            for article_id, *flags in self.con.execute(
                "SELECT article_id, body_page_id IS NOT NULL, time_known, url IS NOT NULL, "
                "image_credit IS NOT NULL FROM articles WHERE article_id = ANY(?::VARCHAR[])",
                [list(frame["article_id"])],
            ).fetchall()
        }
        # A body a cut page gave gives way to the whole of it, read from another page.
        self.stale_bodies |= self._cut_bodies_completed(frame)
        for article in self.stale_bodies & stored.keys():
            stored[article][0] = False  # its body, from an older parser's reading, gives way
        new = frame[~frame["article_id"].isin(stored.keys())]
        database.insert_frame(self.con, "articles", new, columns)
        completed = {
            r.article_id for r in rows if r.article_id in stored and r.body and not stored[r.article_id][0]
        }
        self._update_existing(
            frame[frame["article_id"].isin({r.article_id for r in rows if _adds_to(r, stored)})]
        )
        added = set(new["article_id"])
        # An article re-created by a re-read (its older reading removed just before) is not new.
        first_seen = added - self.orphaned
        self.first_read |= first_seen - from_new_files
        now_listed_by_new = self.first_read & from_new_files  # first read by a re-read in an earlier batch
        self.first_read -= now_listed_by_new
        self.summary.articles_added += len(first_seen & from_new_files) + len(now_listed_by_new)
        self.summary.articles_updated += sum(
            _adds_to(r, stored) and r.article_id in from_new_files for r in rows
        )
        self._write_derived(
            [r for r in rows if r.article_id in added],
            [r for r in rows if r.article_id in completed],
            from_new_files,
        )

    def _cut_bodies_completed(self, frame: pd.DataFrame) -> set[str]:
        """Stored bodies that this batch gives whole: the stored one came from a page with
        warnings (cut short, damaged) and the new one begins with it and goes on. Only pages
        with warnings are compared, so a revisit of clean pages reads no stored body."""
        bodies = frame.loc[frame["body"].notna(), ["article_id", "body"]]
        if bodies.empty:
            return set()
        self.con.register("_bodies", bodies)
        try:
            rows = self.con.execute(
                "SELECT a.article_id FROM articles a JOIN pages p ON p.page_id = a.body_page_id "
                "JOIN _bodies b ON b.article_id = a.article_id "
                "WHERE len(p.warnings) > 0 AND length(b.body) > length(a.body) AND starts_with(b.body, a.body)"
            ).fetchall()
        finally:
            database.unregister(self.con, "_bodies")
        return {article for (article,) in rows}

    def _update_existing(self, frame: pd.DataFrame) -> None:
        """Fill in what an earlier page lacked: body, full time, url. Never overwrite."""
        if frame.empty:
            return
        self.changed_articles += list(frame["article_id"])  # a new time moves their facts' first report
        replaced = sorted(self.stale_bodies & set(frame.loc[frame["body"].notna(), "article_id"]))
        if replaced:  # a newer reading of the page its body came from: what came with that body goes
            self.con.execute(
                "UPDATE articles SET body = NULL, body_page_id = NULL, source = NULL, source_via = NULL, "
                "source_credit = NULL, image_credit = NULL WHERE article_id = ANY(?::VARCHAR[])",
                [replaced],
            )
            self.stale_bodies -= set(replaced)
        self.con.register("_known", database.typed_rows(self.con, "articles", frame, list(frame.columns)))
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
                    source_credit = CASE WHEN articles.body IS NULL AND k.body IS NOT NULL
                                         THEN k.source_credit ELSE articles.source_credit END,
                    topics = CASE WHEN articles.body IS NULL AND k.body IS NOT NULL
                                  THEN k.topics ELSE articles.topics END,
                    language = CASE WHEN articles.body IS NULL AND k.body IS NOT NULL
                                    THEN k.language ELSE coalesce(articles.language, k.language) END,
                    image_credit = coalesce(articles.image_credit, k.image_credit),
                    published_at = CASE WHEN NOT articles.time_known AND k.time_known
                                        THEN k.published_at ELSE articles.published_at END,
                    time_known = articles.time_known OR k.time_known,
                    url = coalesce(articles.url, k.url)
                FROM _known k
                WHERE articles.article_id = k.article_id AND articles.article_id = ANY(?::VARCHAR[])
                  AND ((articles.body IS NULL AND k.body IS NOT NULL)
                       OR (NOT articles.time_known AND k.time_known)
                       OR (articles.url IS NULL AND k.url IS NOT NULL)
                       OR (articles.image_credit IS NULL AND k.image_credit IS NOT NULL))
                """,
                [list(frame["article_id"])],
            )
            # indicators carry their article's publication time: follow a time learnt later
            self.con.execute(
                "UPDATE indicators SET published_at = a.published_at FROM articles a "
                "WHERE indicators.article_id = a.article_id AND indicators.article_id = ANY(?::VARCHAR[]) "
                "AND a.article_id = ANY(?::VARCHAR[]) AND indicators.published_at IS DISTINCT FROM a.published_at",
                [list(frame["article_id"])] * 2,
            )
        finally:
            database.unregister(self.con, "_known")

    def _write_derived(
        self, new: list[_ArticleRow], gained_body: list[_ArticleRow], from_new_files: set[str]
    ) -> None:
        """Topics and indicators of new articles and of articles whose body just arrived (whose
        listing-only rows are replaced; new articles have none, so no scan for them)."""
        if gained_body:
            ids = [r.article_id for r in gained_body]
            for table in ("article_topics", "indicators"):
                self.con.execute(f"DELETE FROM {table} WHERE article_id = ANY(?::VARCHAR[])", [ids])
        rows = new + gained_body
        if not rows:
            return
        topic_rows = [(r.article_id, t.topic, t.score) for r in rows for t in r.topics]
        frame = pd.DataFrame(topic_rows, columns=["article_id", "topic", "score"])
        database.insert_frame(self.con, "article_topics", frame, list(frame.columns))
        indicator_rows = [row for r in rows for row in r.indicators]
        write_indicator_rows(
            self.con,
            indicator_rows,
            {r.article_id: r.published_at for r in rows},
            {r.article_id: r.topic_ids for r in rows},
        )
        self.changed_articles += [r.article_id for r in rows if r.indicators]
        for r in rows:
            # Figures come from the body: new when the file that gave it is new (no body: when a
            # new file lists the article).
            from_new = (
                r.body_page_id not in self.read_again if r.body_page_id else r.article_id in from_new_files
            )
            if from_new:
                self.summary.indicators_added += len(r.indicators)
            else:
                self.summary.indicators_reread += len(r.indicators)
