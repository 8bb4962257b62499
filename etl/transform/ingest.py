"""Pure per-input work: bytes -> decoded, parsed, tagged records with their figures (runs in a pool)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from etl.errors import PageFormatError
from etl.extract.catalog import FigureFacts, Metric, map_metric
from etl.extract.indicators import Indicator, extract_indicators
from etl.extract.languages import detect_language, language_from_url
from etl.extract.sentences import previous_sentence
from etl.extract.topics import Taxonomy, TopicScore, classify
from etl.identity import article_id, content_id
from etl.sites import parse
from etl.sites.model import Listing

INDICATOR_COLUMNS = (
    "indicator_id", "article_id", "value", "unit", "item", "qualifier", "period_start", "period_end",
    "kind", "is_change", "role", "linked_indicator_id", "sentence", "sentence_start", "start_char",
    "end_char", "surface", "metric_id", "category",
)  # fmt: skip


@dataclass(frozen=True)
class RawInput:
    """One raw file's bytes and where/when it was captured."""

    location: str
    raw: bytes
    observed_at: datetime  # local Kazakhstan time, naive
    observed_at_source: str  # 'fetch' | 'option' | 'mtime'
    url: str | None = None


@dataclass(frozen=True)
class ParsedListing:
    article_id: str
    listing: Listing
    topics: tuple[TopicScore, ...]
    indicators: tuple[tuple, ...]  # rows in INDICATOR_COLUMNS order; empty without a body


@dataclass(frozen=True)
class ParsedInput:
    """One raw input after the pure stage: either listings or the reason it was rejected."""

    page_id: str
    sha256: str
    location: str
    observed_at_source: str
    observed_at: datetime
    url: str | None
    encoding: str | None
    listings: tuple[ParsedListing, ...]
    error: str | None

    @property
    def ok(self) -> bool:
        return self.error is None


def indicator_id(article: str, indicator: Indicator) -> str:
    return f"{article}-{indicator.start_char:06d}"


def figure_rows(
    article: str,
    title: str,
    body: str | None,
    published: date,
    catalog: tuple[Metric, ...],
    language: str | None = None,
) -> tuple[tuple, ...]:
    """The indicators table rows of one article body, mapped onto the metric catalog. The
    language ('en', 'ru', 'kk') is detected from the body when not given."""
    if not body:
        return ()
    found = extract_indicators(body, published, title=title, language=language)
    rows = []
    for indicator in found:
        facts = FigureFacts(
            indicator.unit, indicator.item, indicator.kind, indicator.is_change, indicator.sentence,
            indicator.start_char - indicator.sentence_start, title,
            previous_sentence(body, indicator.sentence_start),
        )  # fmt: skip
        metric_id, category = map_metric(catalog, facts) or (None, None)
        linked = indicator_id(article, found[indicator.partner]) if indicator.partner is not None else None
        rows.append(
            (
                indicator_id(article, indicator),
                article,
                indicator.value,
                indicator.unit,
                indicator.item,
                indicator.qualifier,
                indicator.period_start,
                indicator.period_end,
                indicator.kind,
                indicator.is_change,
                indicator.role,
                linked,
                indicator.sentence,
                indicator.sentence_start,
                indicator.start_char,
                indicator.end_char,
                indicator.surface,
                metric_id,
                category,
            )  # fmt: skip
        )
    return tuple(rows)


def article_language(listing: Listing, url_language: str | None) -> str:
    """The URL's edition (kt.kz/rus, /kaz, /eng) for the page's own article, else the text's."""
    if url_language and listing.placement == "main":
        return url_language
    return detect_language(listing.title + "\n" + (listing.body or ""))


def parse_input(raw: RawInput, taxonomy: Taxonomy, catalog: tuple[Metric, ...]) -> ParsedInput:
    """Decode, parse, tag and extract one input. Never raises: any failure becomes `error`."""
    sha = content_id(raw.raw)
    encoding: str | None = None
    listings: tuple[ParsedListing, ...] = ()
    error: str | None = None
    try:
        parsed_page = parse(raw.raw)
        page, encoding = parsed_page.page, parsed_page.encoding
        parsed = []
        url_language = language_from_url(raw.url)
        for listing in page.listings:
            identity = article_id(listing.published_at, listing.title)
            listing = replace(listing, language=article_language(listing, url_language))
            parsed.append(
                ParsedListing(
                    identity,
                    listing,
                    tuple(classify(taxonomy, listing.title, listing.body)),
                    figure_rows(
                        identity,
                        listing.title,
                        listing.body,
                        listing.published_at.date(),
                        catalog,
                        listing.language,
                    ),
                )
            )
        listings = tuple(parsed)
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
