"""Pure per-input work: bytes -> decoded, parsed, topic-tagged records (runs in a pool)."""

from __future__ import annotations

from dataclasses import dataclass

from etl.decoding import decode_page
from etl.errors import PageFormatError
from etl.identity import article_id, content_id
from etl.inputs import RawInput
from etl.model import Listing
from etl.pages import parse_page
from etl.topics import Taxonomy, TopicScore, classify


@dataclass(frozen=True)
class ParsedListing:
    article_id: str
    listing: Listing
    topics: tuple[TopicScore, ...]


@dataclass(frozen=True)
class ParsedInput:
    """One raw input after the pure stage: either listings or the reason it was rejected."""

    page_id: str
    sha256: str
    location: str
    observed_at_source: str
    observed_at: object  # datetime; kept loose so the record stays picklable and simple
    url: str | None
    encoding: str | None
    listings: tuple[ParsedListing, ...]
    error: str | None

    @property
    def ok(self) -> bool:
        return self.error is None


def parse_input(raw: RawInput, taxonomy: Taxonomy) -> ParsedInput:
    """Decode, parse and tag one input. Never raises: any failure becomes `error`."""
    sha = content_id(raw.raw)
    encoding: str | None = None
    listings: tuple[ParsedListing, ...] = ()
    error: str | None = None
    try:
        text, encoding = decode_page(raw.raw)
        page = parse_page(text)
        listings = tuple(
            ParsedListing(
                article_id(listing.published_at, listing.title),
                listing,
                tuple(classify(taxonomy, listing.title, listing.body)),
            )
            for listing in page.listings
        )
    except PageFormatError as failure:
        error = failure.reason
    except Exception as failure:  # a parser bug must not stop the batch; it is reported
        error = f"internal parser error ({type(failure).__name__}: {failure})"
    return ParsedInput(
        page_id=sha[:16],
        sha256=sha,
        location=raw.location,
        observed_at_source=raw.observed_at_source,
        observed_at=raw.observed_at,
        url=raw.url,
        encoding=encoding,
        listings=listings,
        error=error,
    )
