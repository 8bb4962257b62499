"""`ktpulse schedule`: crawl or fetch (when asked) then refresh, on an interval, logging each run."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from pathlib import Path

from etl.pipeline.crawl import describe, run_crawl
from etl.pipeline.crawl_config import CrawlConfig
from etl.pipeline.fetch import DEFAULT_ALLOWED_HOSTS, Fetcher, read_url_file
from etl.pipeline.refresh import describe_refresh, refresh
from etl.printable import printable
from etl.store.publish import RefreshLocked

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
log = logging.getLogger("ktpulse.schedule")


def parse_interval(text: str) -> float:
    """'90s', '30m', '2h', '1d' -> seconds; ValueError naming the problem otherwise."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd])\s*", text.lower())
    if not match or float(match.group(1)) <= 0:
        raise ValueError(f"not an interval: {text!r} (use e.g. 90s, 30m, 2h, 1d)")
    return float(match.group(1)) * _UNITS[match.group(2)]


def run_once(db: Path, paths: list[Path], urls_file: Path | None, raw_dir: Path, delay: float,
             allowed_hosts: tuple[str, ...] = DEFAULT_ALLOWED_HOSTS,
             crawl: CrawlConfig | None = None) -> int:  # fmt: skip
    """One scheduled run: crawl and/or fetch, then refresh; returns the refresh's exit code (4: skipped)."""
    if crawl is not None:
        crawled = run_crawl(crawl, db, raw_dir)
        log.info("%s", describe(crawled))
        for url, reason in crawled.failed + crawled.refused:
            log.warning("crawl %s: %s", url, reason)
    if urls_file is not None:
        fetcher = Fetcher(raw_dir, allowed_hosts=allowed_hosts, delay=delay)
        try:
            fetched = fetcher.fetch_all(read_url_file(urls_file))
        finally:
            fetcher.close()
        log.info("fetch: %d saved, %d unchanged, %d failed, %d refused", fetched.count("saved"),
                 fetched.count("unchanged"), fetched.count("failed"), fetched.count("refused"))  # fmt: skip
        for result in fetched.results:
            if result.status in ("failed", "refused"):
                log.warning("fetch %s %s: %s", result.status, printable(result.url), printable(result.detail))
    try:
        summary = refresh(db, paths)
    except RefreshLocked as error:
        log.warning("refresh skipped: %s", printable(error))
        return 4
    log.info("%s", describe_refresh(summary))
    for location, reason in summary.rejected + summary.unreadable:
        log.warning("rejected %s: %s", printable(location), printable(reason))  # one name, one line
    for location, warning in summary.warnings:
        log.warning("warning %s: %s", printable(location), printable(warning))
    return summary.exit_code


def run_schedule(every: float, runs: int | None, once: Callable[[], int],
                 sleep: Callable[[float], None] = time.sleep) -> int:  # fmt: skip
    """Call `once` every `every` seconds (from start to start), `runs` times or forever."""
    done, code = 0, 0
    while runs is None or done < runs:
        started = time.monotonic()
        try:
            code = once()
        except Exception:  # one bad run must not end an unattended schedule
            log.exception("run failed")
            code = 3
        done += 1
        if runs is not None and done >= runs:
            break
        sleep(max(0.0, every - (time.monotonic() - started)))
    return code
