"""The crawl's TOML configuration: seeds, article URL pattern, revisit ages and politeness bounds.

Validated on load; every problem names the file, the entry and what is wrong with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from etl.config_files import ConfigError, load_toml, require

SEED_KINDS = ("index", "feed", "sitemap")
_DURATION = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([smhd])\s*")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
DEFAULT_AGES = ("1h", "3h", "12h", "1d", "3d", "7d", "30d")


@dataclass(frozen=True)
class Seed:
    """A page the crawl reads for links: a section index page, an RSS/Atom feed or a sitemap."""

    url: str
    kind: str  # one of SEED_KINDS


@dataclass(frozen=True)
class CrawlConfig:
    seeds: tuple[Seed, ...]
    article_pattern: re.Pattern[str]  # searched in a URL's path: which links are articles
    revisit_ages: tuple[float, ...]  # seconds after publication, increasing
    discover_every: float  # seconds between two reads of the same seed
    allowed_hosts: tuple[str, ...]
    delay: float  # seconds between two requests
    max_pages: int  # requests per run, seeds included
    run_deadline: float  # seconds: no request starts after this
    timeout: float  # seconds per request
    retries: int  # per URL within a run
    max_failures: int  # runs in a row a URL may fail before it is given up
    sitemap_children: int  # of a sitemap index, how many of the newest child sitemaps are read


def parse_duration(text: str) -> float:
    """'90s', '30m', '2h', '1d' -> seconds; ValueError otherwise."""
    match = _DURATION.fullmatch(text.lower()) if isinstance(text, str) else None
    if not match or float(match.group(1)) <= 0:
        raise ValueError(f"not a duration: {text!r} (use e.g. 90s, 30m, 2h, 1d)")
    return float(match.group(1)) * _UNITS[match.group(2)]


def _duration(path: Path, entry: str, value: Any) -> float:
    try:
        return parse_duration(value)
    except ValueError as error:
        raise ConfigError(path, f"entry '{entry}': {error}") from None


def _number(path: Path, entry: str, value: Any, kind: type, allow_zero: bool = False) -> Any:
    """A non-negative int (or int/float when kind is float), positive unless allow_zero."""
    accepted = (int, float) if kind is float else (int,)
    if isinstance(value, bool) or not isinstance(value, accepted):
        raise ConfigError(path, f"entry '{entry}': must be a number ({kind.__name__}), got {value!r}")
    if value < 0 or (value == 0 and not allow_zero):
        raise ConfigError(
            path, f"entry '{entry}': must be {'0 or more' if allow_zero else 'positive'}, got {value!r}"
        )
    return kind(value)


def _seeds(path: Path, entries: Any) -> tuple[Seed, ...]:
    require(path, "seeds", entries, list, "the seeds ([[seeds]] tables)")
    seeds = []
    for number, entry in enumerate(entries, start=1):
        name = f"seeds[{number}]"
        require(path, name, entry, dict, "a seed")
        url = require(path, f"{name}.url", entry.get("url"), str, "the URL")
        kind = entry.get("kind", "index")
        if kind not in SEED_KINDS:
            raise ConfigError(path, f"entry '{name}.kind': {kind!r} is not one of {', '.join(SEED_KINDS)}")
        if not url.startswith(("http://", "https://")):
            raise ConfigError(path, f"entry '{name}.url': not an http(s) URL: {url!r}")
        seeds.append(Seed(url, kind))
    if not seeds:
        raise ConfigError(path, "entry 'seeds': at least one seed is needed")
    return tuple(seeds)


def load_crawl_config(path: Path) -> CrawlConfig:
    """The validated configuration, or ConfigError naming the file, the entry and the problem."""
    data = load_toml(path)
    crawl = data.get("crawl", {})
    require(path, "crawl", crawl, dict, "the [crawl] section")
    pattern_text = require(
        path, "crawl.article_pattern", crawl.get("article_pattern", r"/news/"), str, "the pattern"
    )
    try:
        pattern = re.compile(pattern_text)
    except re.error as error:
        raise ConfigError(path, f"entry 'crawl.article_pattern': not a regular expression: {error}") from None
    ages_text = crawl.get("revisit_ages", list(DEFAULT_AGES))
    require(path, "crawl.revisit_ages", ages_text, list, "the ages")
    ages = tuple(_duration(path, f"crawl.revisit_ages[{i}]", age) for i, age in enumerate(ages_text, 1))
    if list(ages) != sorted(set(ages)):
        raise ConfigError(path, f"entry 'crawl.revisit_ages': ages must increase, got {ages_text!r}")
    hosts = crawl.get("allowed_hosts", ["kt.kz", "www.kt.kz"])
    require(path, "crawl.allowed_hosts", hosts, list, "the hosts")
    for number, host in enumerate(hosts, start=1):
        require(path, f"crawl.allowed_hosts[{number}]", host, str, "a host")
    return CrawlConfig(
        seeds=_seeds(path, data.get("seeds")),
        article_pattern=pattern,
        revisit_ages=ages,
        discover_every=_duration(path, "crawl.discover_every", crawl.get("discover_every", "30m")),
        allowed_hosts=tuple(host.lower() for host in hosts),
        delay=_number(path, "crawl.delay", crawl.get("delay", 2.0), float, allow_zero=True),
        max_pages=_number(path, "crawl.max_pages", crawl.get("max_pages", 500), int),
        run_deadline=_duration(path, "crawl.run_deadline", crawl.get("run_deadline", "25m")),
        timeout=_number(path, "crawl.timeout", crawl.get("timeout", 30.0), float),
        retries=_number(path, "crawl.retries", crawl.get("retries", 2), int, allow_zero=True),
        max_failures=_number(path, "crawl.max_failures", crawl.get("max_failures", 3), int),
        sitemap_children=_number(path, "crawl.sitemap_children", crawl.get("sitemap_children", 2), int),
    )
