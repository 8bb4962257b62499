"""What a page saved from a browser says of itself in its head: its address and its title.

A page fetched by `ktpulse fetch` has its address in its fetch record and a web archive (MHTML)
in its headers; a page saved by hand ("Save page as", curl -o) has neither, but its markup
still names it: the `<link rel="canonical">` and `<meta property="og:url">` a news site prints
for the article, and the `<!-- saved from url=(NNNN)… -->` mark browsers leave. Without it the
article was stored with no URL and its edition (kt.kz/rus, /kaz) guessed from its text alone.
Its `og:title` (else `<title>`) names the page's own article among the entries it lists."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import urlsplit

# The head holds them; a page whose head is larger than this is not searched further.
HEAD_CHARS = 64_000
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->", re.I)
_TAG = re.compile(r"<(?:link|meta)\b[^>]*>", re.I)
_TITLE = re.compile(r"<title\b[^>]*>([^<]{1,1000})</title\s*>", re.I)
_ATTRIBUTE = re.compile(r"""([a-z:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.I)
# An article's address: its last path segment names one story (`..._1377931230.html`,
# `/6015850-title.html`, `..._a3882555`), where a section's or the home page's does not.
_ARTICLE_SEGMENT = re.compile(r"\.s?html?$|\d{5}", re.I)


def _attributes(tag: str) -> dict[str, str]:
    # one of the three value groups matched (double-quoted, single-quoted, bare); the others are ''
    return {name.lower(): unescape("".join(values)) for name, *values in _ATTRIBUTE.findall(tag)}


def saved_page_url(markup: str) -> str | None:
    """The article address the page's markup names (canonical link, then og:url, then the
    browser's 'saved from' mark), or None when it names none, or only a section or home page
    (whose address is not its first listing's)."""
    head = markup[:HEAD_CHARS]
    found: dict[str, str] = {}
    for tag in _TAG.findall(head):
        attributes = _attributes(tag)
        if "canonical" in attributes.get("rel", "").lower().split():
            found.setdefault("canonical", attributes.get("href", ""))
        elif attributes.get("property", attributes.get("name", "")).lower() == "og:url":
            found.setdefault("og", attributes.get("content", ""))
    saved = _SAVED_FROM.search(head)
    if saved:
        found["saved"] = unescape(saved.group(1))
    for key in ("canonical", "og", "saved"):
        if _is_article_address(found.get(key, "")):
            return found[key].strip()
    return None


def _is_article_address(url: str) -> bool:
    parts = urlsplit(url.strip())
    segment = parts.path.rstrip("/").rsplit("/", 1)[-1] if not parts.path.endswith("/") else ""
    return parts.scheme in ("http", "https") and bool(parts.netloc) and bool(_ARTICLE_SEGMENT.search(segment))


def declared_title(markup: str) -> str | None:
    """The title the page's head gives its own article: its og:title, else its <title> (which
    may carry the site's name: see etl/sites/ktkz/own_article.py); None when it gives none."""
    head = markup[:HEAD_CHARS]
    for tag in _TAG.findall(head):
        attributes = _attributes(tag)
        if attributes.get("property", attributes.get("name", "")).lower() == "og:title":
            title = " ".join(attributes.get("content", "").split())
            if title:
                return title
    found = _TITLE.search(head)
    title = " ".join(unescape(found.group(1)).split()) if found else ""
    return title or None
