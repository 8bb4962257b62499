"""Each dashboard page's queries on a store of synthetic articles, timed server-side.

Builds the store through the real pipeline (synthetic pages -> `refresh`) unless it exists,
then runs every query a page makes, uncached, and prints the median of several runs: wall time,
and the process's CPU time, which other sessions' load moves far less.

    python bench/dashboard_queries.py [--articles 100000] [--db build/bench/synthetic.duckdb] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic_pages import generate  # noqa: E402

from dashboard import charts  # noqa: E402
from dashboard import queries as q  # noqa: E402
from dashboard.chart import Chart  # noqa: E402
from dashboard.charts_age import readership_ages  # noqa: E402
from dashboard.progress import has_bar  # noqa: E402
from dashboard.queries import Filters, Store  # noqa: E402
from etl.pipeline.refresh import refresh  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def page_queries(store: Store, filters: Filters) -> dict[str, Callable[[], object]]:
    """Everything each page asks the query layer for on its first render."""

    def overview() -> None:
        q.headline_counts(store, filters)
        q.newest_figures(store, filters)
        charts.overview(store, filters)

    def readership() -> None:
        charts.readership(store, filters)

    def explorer() -> None:
        q.indicator_choices(store)
        found = q.indicators(store, filters)
        first = found.iloc[0]["indicator_id"]
        q.indicator_detail(store, first)
        q.same_fact_elsewhere(store, first)
        charts.explorer(store, filters)
        q.contradictions(store)

    def articles() -> None:
        found = q.articles(store, filters)
        first = found.iloc[0]["article_id"]
        for lookup in (q.article, q.article_topics, q.article_views, q.article_indicators):
            lookup(store, first)

    def drawn(built: list[Chart], series: int | None) -> None:
        """Read the figures a series page draws, as their charts build them on first read: the
        progress chart's when some target has a bar (else the page lists them in words), and the
        first `series` series charts with data (None: every one)."""
        progress, *rest = built
        if not progress.data.empty and has_bar(progress.data).any():
            progress.figure  # noqa: B018
        for chart in [c for c in rest if not c.data.empty][:series]:
            chart.figure  # noqa: B018

    return {
        "sidebar": lambda: q.filter_choices(store),
        "overview": overview,
        "readership": readership,
        "read_at_ages": lambda: readership_ages(store, filters),
        "taza": lambda: drawn(charts.taza(store, filters), 1),  # its open tab's series only
        "scholarships": lambda: charts.scholarships(store, filters),
        "it_exports": lambda: drawn(charts.it_exports(store, filters), None),  # every series at once
        "explorer": explorer,
        "articles": articles,
    }


def build(db: Path, articles: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        pages = generate(Path(folder), articles)
        generated = time.perf_counter()
        summary = refresh(db, [Path(folder)], workers=os.cpu_count() or 1)
        done = time.perf_counter()
    print(f"built {db}: {pages} pages, {summary.articles_added} articles, {summary.indicators_added} indicators; "
          f"generation {generated - started:.1f} s, refresh {done - generated:.1f} s "
          f"({summary.articles_added / (done - generated):,.0f} articles/s on {os.cpu_count()} cores)")  # fmt: skip


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--articles", type=int, default=100_000)
    options.add_argument("--db", type=Path, default=ROOT / "build" / "bench" / "synthetic.duckdb")
    options.add_argument("--runs", type=int, default=5)
    args = options.parse_args()
    if not args.db.exists():
        build(args.db, args.articles)
    store = Store.open(args.db)
    counts = q.query(
        store.path, "SELECT (SELECT count(*) FROM articles) a, (SELECT count(*) FROM indicators) i"
    )
    print(f"store: {counts.iloc[0]['a']:,} articles, {counts.iloc[0]['i']:,} indicators")
    bounds = q.filter_choices(store)
    for label, filters in (("all dates", Filters(bounds["first"], bounds["last"])),
                           ("one topic", Filters(bounds["first"], bounds["last"], topics=("ecology",)))):  # fmt: skip
        print(f"-- filters: {label}")
        for page, run in page_queries(store, filters).items():
            times, cpu = [], []
            for _ in range(args.runs):
                started, started_cpu = time.perf_counter(), time.process_time()
                run()
                times.append(time.perf_counter() - started)
                cpu.append(time.process_time() - started_cpu)
            # CPU of this process (DuckDB's threads included) moves far less with other sessions' load
            print(f"{page:>13}: median {statistics.median(times) * 1000:7.0f} ms  (max {max(times) * 1000:.0f} ms)"
                  f"  CPU median {statistics.median(cpu) * 1000:7.0f} ms")  # fmt: skip


if __name__ == "__main__":
    main()
