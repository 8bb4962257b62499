"""Frozen records that the pure parsers return and the store writes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

# The zone of every stamp kt.kz prints and of every capture time stored: Kazakhstan's.
KZ_TIME = ZoneInfo("Asia/Almaty")
PLACEMENTS = ("main", "related", "listing", "most_viewed")


@dataclass(frozen=True)
class Listing:
    """One appearance of an article on a page, with whatever the page showed of it."""

    published_at: datetime  # local Asia/Almaty time exactly as printed (naive)
    time_known: bool  # False for date-only stamps, where published_at is midnight
    views: int | None  # None when the page printed no view count
    title: str
    placement: str  # one of PLACEMENTS
    position: int  # 0-based order of appearance on the page
    image_credit: str | None = None
    body: str | None = None  # paragraphs joined by "\n"; None for listing-only entries
    source: str | None = None  # original publisher named by the body (Akorda, primeminister.kz...)
    source_via: str | None = None  # agency that relayed it ("Kazinform News Agency cites Akorda")
    source_credit: str | None = None  # the publisher's name as the body wrote it (provenance of `source`)
    subtitle: str | None = None  # the line printed between the title and the photo credit/body
    dateline: str | None = None  # the place of the body's dateline ("Астана. 8 декабря. KAZAKHSTAN TODAY - ")
    language: str | None = None  # 'en' | 'ru' | 'kk', detected from the text (set by ingest)


@dataclass(frozen=True)
class Page:
    """Everything a raw page holds, in page order."""

    listings: tuple[Listing, ...]
    warnings: tuple[str, ...] = ()  # what looked like a listing but was not read, and where
