"""Picking the due URLs from a crawl frontier of 1,000,000 known URLs.

Fills a frontier file the way a long crawl leaves it (most articles done, a share on their
revisit schedule, a few new ones due now), then times `Frontier.due` for one run's worth of
URLs, several times, and prints the median.

    python bench/frontier.py [--urls 1000000] [--limit 500] [--runs 7]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from etl.pipeline.frontier import Frontier

DAY = 86400.0


def fill(frontier: Frontier, count: int, now: float) -> int:
    """`count` article URLs over two years; returns how many are due at `now`."""
    rng = random.Random(14)
    rows = []
    for number in range(count):
        published = now - rng.uniform(0, 730) * DAY
        age = now - published
        # Past 30 days the schedule is done; else the next revisit is in the coming days, or overdue.
        due = None if age > 30 * DAY else now + rng.uniform(-0.1, 7) * DAY
        rows.append(
            (f"https://www.kt.kz/eng/news/article-{number}.html", "article", published, due, published)
        )
    frontier.con.executemany(
        "INSERT INTO urls (url, kind, first_seen, next_due, published_at) VALUES (?, ?, ?, ?, ?)", rows
    )
    frontier.con.commit()
    return frontier.con.execute("SELECT count(*) FROM urls WHERE next_due <= ?", [now]).fetchone()[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--urls", type=int, default=1_000_000)
    parser.add_argument("--limit", type=int, default=500, help="URLs one run takes (max_pages)")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    now = time.time()
    with tempfile.TemporaryDirectory() as folder:
        frontier = Frontier(Path(folder) / "bench.frontier.db")
        started = time.perf_counter()
        due_now = fill(frontier, args.urls, now)
        print(f"filled {args.urls:,} URLs in {time.perf_counter() - started:.1f} s; {due_now:,} due now")
        frontier.close()
        timings = []
        for _ in range(args.runs):  # a fresh connection each time, as each crawl run opens the file
            frontier = Frontier(Path(folder) / "bench.frontier.db")
            started = time.perf_counter()
            picked = frontier.due(now, ("article",), limit=args.limit)
            timings.append(time.perf_counter() - started)
            frontier.close()
        print(
            f"due URLs from {args.urls:,}: {len(picked)} picked (limit {args.limit}); "
            f"median {statistics.median(timings) * 1000:.1f} ms, max {max(timings) * 1000:.1f} ms "
            f"over {args.runs} runs (target <= 1000 ms)"
        )


if __name__ == "__main__":
    main()
