"""Article URLs from the crawl's seeds: section index pages, RSS/Atom feeds and sitemaps (pure).

URLs are normalised with courlan (made for crawl frontiers: lower-cased host, tracking
parameters and fragments dropped, non-page files filtered), then kept only when the host is on
the allow-list and the path matches the configured article pattern.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from calendar import timegm
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit, urlunsplit

import feedparser
from courlan import check_url

from etl.errors import PageFormatError
from etl.sites.decoding import decode_page

_SITEMAP_NS = re.compile(r"^\{[^}]*\}")


@dataclass(frozen=True)
class Found:
    """A URL a seed pointed at, with its publication time when the seed told it (Unix seconds)."""

    url: str
    published_at: float | None = None


def normalise_url(url: str, allowed_hosts: tuple[str, ...]) -> str | None:
    """The canonical form of a URL on an allowed host, or None for anything else."""
    checked = check_url(url, strict=True)
    if checked is None:
        return None
    parts = urlsplit(checked[0])
    if (parts.hostname or "").lower() not in allowed_hosts:
        return None
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path or "/", parts.query, ""))


def _articles(found: list[Found], pattern: re.Pattern[str], allowed_hosts: tuple[str, ...]) -> list[Found]:
    kept: dict[str, Found] = {}
    for item in found:
        url = normalise_url(item.url, allowed_hosts)
        if url and pattern.search(urlsplit(url).path) and url not in kept:
            kept[url] = Found(url, item.published_at)
    return list(kept.values())


class _LinkCollector(HTMLParser):
    """Every <a href> of a page, in one pass of the stdlib's parser (linear in the page's size)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.hrefs.append(href)


def links_in_page(
    markup: bytes, base_url: str, pattern: re.Pattern[str], allowed_hosts: tuple[str, ...]
) -> list[Found]:
    """Article links of an HTML page, in page order, each once."""
    try:
        text, _ = decode_page(markup)
    except PageFormatError:  # not text: no links
        return []
    collector = _LinkCollector()
    collector.feed(text)
    collector.close()
    return _articles(
        [Found(urljoin(base_url, href.strip())) for href in collector.hrefs], pattern, allowed_hosts
    )


def entries_in_feed(content: bytes, pattern: re.Pattern[str], allowed_hosts: tuple[str, ...]) -> list[Found]:
    """Article links of an RSS or Atom feed, with the publication time each entry gives."""
    feed = feedparser.parse(content)
    found = []
    for entry in feed.entries:
        moment = entry.get("published_parsed") or entry.get("updated_parsed")
        if entry.get("link"):
            found.append(Found(entry["link"], float(timegm(moment)) if moment else None))
    return _articles(found, pattern, allowed_hosts)


@dataclass(frozen=True)
class Sitemap:
    """A sitemap's article URLs, or, for a sitemap index, its child sitemaps (newest first)."""

    articles: list[Found]
    children: list[str]


def read_sitemap(content: bytes, pattern: re.Pattern[str], allowed_hosts: tuple[str, ...]) -> Sitemap:
    """Parse a sitemap or sitemap index; ValueError when it is not XML."""
    try:
        root = ElementTree.fromstring(content)
    except ElementTree.ParseError as error:
        raise ValueError(f"not a sitemap: {error}") from None
    entries = []
    for element in root:
        fields = {_SITEMAP_NS.sub("", child.tag): (child.text or "").strip() for child in element}
        if fields.get("loc"):
            entries.append((fields.get("lastmod", ""), fields["loc"]))
    if _SITEMAP_NS.sub("", root.tag) == "sitemapindex":
        children = [normalise_url(loc, allowed_hosts) for _, loc in sorted(entries, reverse=True)]
        return Sitemap([], [url for url in children if url])
    return Sitemap(_articles([Found(loc) for _, loc in entries], pattern, allowed_hosts), [])
