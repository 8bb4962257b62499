"""ETL at scale: full build, one-page incremental refresh, page query times, chart export, peak RSS.

    python bench/etl_scale.py --articles 1000000 [--work build/bench/scale] [--skip-export]

Generates synthetic kt.kz pages (bench/synthetic_pages.py), builds a store with `refresh` on
all cores, then refreshes one new page into it, times every dashboard page's queries and
exports every chart, and prints the figures and the peak resident memory of the whole run.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dashboard_queries import page_queries  # noqa: E402
from synthetic_pages import PageWriter, generate  # noqa: E402

from dashboard import queries as q  # noqa: E402
from dashboard.charts import all_charts  # noqa: E402
from dashboard.export import write_charts  # noqa: E402
from dashboard.queries import Filters, Store  # noqa: E402
from etl.pipeline.refresh import refresh  # noqa: E402


def peak_rss_mib() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest child (workers, browser), MiB."""
    return (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)  # fmt: skip


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--articles", type=int, default=1_000_000)
    options.add_argument("--work", type=Path, default=Path("build/bench/scale"))
    options.add_argument("--runs", type=int, default=3)
    options.add_argument("--skip-export", action="store_true")
    args = options.parse_args()
    if args.work.exists():
        shutil.rmtree(args.work)
    pages_dir, db = args.work / "pages", args.work / "store.duckdb"
    workers = os.cpu_count() or 1

    started = time.perf_counter()
    pages = generate(pages_dir, args.articles)
    print(f"generated {pages:,} pages ({args.articles:,} articles) in {time.perf_counter() - started:.0f} s")

    started = time.perf_counter()
    summary = refresh(db, [pages_dir], workers=workers)
    build = time.perf_counter() - started
    print(f"full build: {summary.articles_added:,} articles, {summary.snapshots_added:,} snapshots, "
          f"{summary.indicators_added:,} indicators in {build:.0f} s = {summary.articles_added / build:,.0f} articles/s "
          f"on {workers} cores; store {db.stat().st_size / 2**30:.2f} GiB")  # fmt: skip

    one_page = args.work / "incoming"
    one_page.mkdir()
    writer = PageWriter(seed=99)
    (one_page / "new.txt").write_text(writer.page(10**9, 10, __import__("datetime").datetime(2026, 1, 5, 9)))
    times = []
    for attempt in range(args.runs):
        (one_page / "new.txt").write_text(
            writer.page(10**9 + attempt * 10, 10, __import__("datetime").datetime(2026, 1, 5, 9 + attempt))
        )
        started = time.perf_counter()
        incremental = refresh(db, [one_page], workers=1)
        times.append(time.perf_counter() - started)
        assert incremental.files_ingested == 1
    print(f"incremental refresh of one page: median {statistics.median(times):.2f} s (runs: "
          + ", ".join(f"{t:.2f}" for t in times) + ")")  # fmt: skip

    store = Store.open(db)
    bounds = q.filter_choices(store)
    filters = Filters(bounds["first"], bounds["last"])
    one_topic = Filters(bounds["first"], bounds["last"], topics=("ecology",))
    for page, run in page_queries(store, filters).items():
        durations = []
        for _ in range(args.runs):
            started = time.perf_counter()
            run()
            durations.append(time.perf_counter() - started)
        print(
            f"page queries {page:>12}: median {statistics.median(durations) * 1000:6.0f} ms (all dates)",
            end="",
        )
        topic_run = page_queries(store, one_topic)[page]
        durations = []
        for _ in range(args.runs):
            started = time.perf_counter()
            topic_run()
            durations.append(time.perf_counter() - started)
        print(f", {statistics.median(durations) * 1000:6.0f} ms (one topic)")

    if not args.skip_export:
        charts = all_charts(store, filters)
        started = time.perf_counter()
        write_charts(charts, args.work / "charts", "png")
        print(f"export of all {len(charts)} charts as PNG: {time.perf_counter() - started:.1f} s")
    own, child = peak_rss_mib()
    print(f"peak RSS: {own:,.0f} MiB (this process), {child:,.0f} MiB (largest child process)")


if __name__ == "__main__":
    main()
