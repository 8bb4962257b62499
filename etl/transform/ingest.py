"""Pure per-input work: bytes -> decoded, parsed, tagged records with their figures (runs in a pool)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import PurePath

from etl.errors import NoStampError, PageFormatError
from etl.extract.catalog import FigureFacts, Metric, map_metric
from etl.extract.cyrillic_numbers import split_cyrillic_sentences
from etl.extract.indicator_record import Indicator
from etl.extract.indicators import extract_indicators
from etl.extract.languages import detect_language, language_from_url
from etl.extract.period_basis import period_basis
from etl.extract.sentences import split_sentences
from etl.extract.topics import Taxonomy, TopicScore, classify
from etl.identity import article_id, content_id
from etl.sites import parse
from etl.sites.article_file import html_title, parse_article
from etl.sites.decoding import decode_with_notes
from etl.sites.html import html_notes, html_to_text, looks_like_html
from etl.sites.model import Listing, Page
from etl.transform.article_meta import SIDECAR_SUFFIX, ArticleMeta, parse_sidecar

INDICATOR_COLUMNS = (
    "indicator_id", "article_id", "value", "unit", "item", "qualifier", "period_start", "period_end",
    "kind", "is_change", "role", "linked_indicator_id", "sentence", "sentence_start", "start_char",
    "end_char", "surface", "metric_id", "category", "period_basis", "place", "direction",
)  # fmt: skip
# What a figure stores of its sentence: the whole sentence up to this length (the longest real
# sentences of the sample are just under 400 characters), else a window this long around it.
# A page that is one endless "sentence" would otherwise store that sentence once per figure.
SENTENCE_WINDOW = 400


@dataclass(frozen=True)
class RawInput:
    """One raw file's bytes and where/when it was captured."""

    location: str
    raw: bytes
    observed_at: datetime  # local Kazakhstan time, naive
    observed_at_source: str  # 'fetch' | 'option' | 'mtime'
    url: str | None = None
    sidecar: bytes | None = None  # the FILE.meta.json beside it: an article file's metadata
    notes: tuple[str, ...] = ()  # what was wrong beside the file (a damaged fetch record), for its warnings


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
    warnings: tuple[str, ...] = ()  # what looked like a listing but was not stored (Page.warnings)

    @property
    def ok(self) -> bool:
        return self.error is None


# What a rejection for a missing stamp adds: how to give the date by hand.
NO_STAMP_HINT = "; give `ktpulse add FILE --published YYYY-MM-DD` or a FILE.meta.json sidecar"


def input_sha(raw: bytes, sidecar: bytes | None = None) -> str:
    """The input's content id: its bytes, and its sidecar's when it has one (so a file
    rejected for want of a date is read again once its metadata is given)."""
    return content_id(
        raw if sidecar is None else raw + b"\n\x00" + SIDECAR_SUFFIX.encode() + b"\x00\n" + sidecar
    )


def indicator_id(article: str, indicator: Indicator) -> str:
    return f"{article}-{indicator.start_char:06d}"


class PreviousSentences:
    """The sentence before any position of a body, from one split of the body (not one per figure).

    The English splitter ends a sentence only before a Latin capital, so in a Russian or Kazakh
    body its "sentence" is a whole paragraph: the text before a Cyrillic figure was the paragraph
    before its own, never the sentences before it in its own paragraph ("Қысқа уақытта IT
    экспортының көлемі бес есе өсті. Мемлекет басшысы ... бұл көрсеткішті 500 млн долларға
    жеткізуді тапсырды"). There it is now that paragraph and those sentences (split as the extractor
    splits them, `split_cyrillic_sentences`): the context read before is kept, the sentence just
    before is added."""

    def __init__(self, body: str, language: str | None = None) -> None:
        self._body = body
        self._starts = [sentence.start for sentence in split_sentences(body)]
        cyrillic = (language or detect_language(body)) in ("ru", "kk")
        self._own_starts = [sentence.start for sentence in split_cyrillic_sentences(body)] if cyrillic else []

    def before(self, position: int) -> str:
        """The sentence before the one that holds `position` ('' in the body's first sentence);
        in a Cyrillic body, the paragraph before and this paragraph's sentences before it."""
        index = bisect_right(self._starts, position) - 1
        if not self._own_starts:
            if index <= 0:
                return ""
            # Up to where this sentence starts: a closing quote after the full stop belongs to it.
            return self._body[self._starts[index - 1] : self._starts[index]].strip()
        own = bisect_right(self._own_starts, position) - 1
        end = self._own_starts[own] if own >= 0 else 0
        begin = self._starts[index - 1] if index > 0 else (self._starts[0] if self._starts else 0)
        return self._body[begin:end].strip() if end > begin else ""


def sentence_window(
    sentence: str, sentence_start: int, start: int, end: int, limit: int = SENTENCE_WINDOW
) -> tuple[str, int]:
    """What a figure at body offsets [start, end) stores of its sentence, and that text's offset in
    the body: the whole sentence when it is at most `limit` characters long, else at most `limit`
    characters around the figure, cut at spaces. The text is always body[offset:offset + len]."""
    if len(sentence) <= limit:
        return sentence, sentence_start
    first, last = start - sentence_start, end - sentence_start  # the figure within the sentence
    low = max(0, first - max(0, limit - (last - first)) // 2)
    high = min(len(sentence), max(low + limit, last))
    low = max(0, min(low, high - limit, first))
    if low > 0:  # begin after a space, not inside a word
        space = sentence.find(" ", low, first)
        low = space + 1 if space != -1 else low
    if high < len(sentence):
        space = sentence.rfind(" ", last, high)
        high = space if space != -1 else high
    high = max(last, low + len(sentence[low:high].rstrip()))
    return sentence[low:high], sentence_start + low


def figure_rows(
    article: str,
    title: str,
    body: str | None,
    published: date,
    catalog: tuple[Metric, ...],
    language: str | None = None,
) -> tuple[tuple, ...]:
    """The indicators table rows of one article body, mapped onto the metric catalog. The
    language ('en', 'ru', 'kk') is detected from the body when not given.

    Each row keeps its sentence (or a window of it, see sentence_window) with the offset of that
    text in the body, so body[sentence_start:][:len(sentence)] == sentence and the figure lies in it,
    and how its period was decided (etl/extract/period_basis.py), read from the whole sentence.
    """
    if not body:
        return ()
    language = language or detect_language(body)
    found = extract_indicators(body, published, title=title, language=language)
    if not found:
        return ()
    previous = PreviousSentences(body, language)
    rows = []
    for indicator in found:
        sentence, sentence_start = sentence_window(
            indicator.sentence, indicator.sentence_start, indicator.start_char, indicator.end_char
        )
        facts = FigureFacts(
            indicator.unit, indicator.item, indicator.kind, indicator.is_change, sentence,
            indicator.start_char - sentence_start, title, previous.before(indicator.start_char), indicator.place,
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
                sentence,
                sentence_start,
                indicator.start_char,
                indicator.end_char,
                indicator.surface,
                metric_id,
                category,
                period_basis(indicator, published, language),
                indicator.place,
                indicator.direction,
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
    sha = input_sha(raw.raw, raw.sidecar)
    encoding: str | None = None
    listings: tuple[ParsedListing, ...] = ()
    error: str | None = None
    warnings: tuple[str, ...] = ()
    url = raw.url
    try:
        if raw.sidecar is not None:
            decoded = decode_with_notes(raw.raw)
            encoding = decoded.encoding
            meta = parse_sidecar(raw.sidecar, PurePath(raw.location).name + SIDECAR_SUFFIX)
            url = meta.url or url
            page = _article_page(decoded.text, meta)
            page = replace(page, warnings=decoded.notes + page.warnings)
        else:
            parsed_page = parse(raw.raw)
            page, encoding = parsed_page.page, parsed_page.encoding
            # a fetch record's address first, else the one a web archive names
            url = url or parsed_page.url
        parsed = []
        url_language = language_from_url(url)  # the sidecar's URL too, as `ktpulse add --url` gives it
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
        late = (
            _published_after_capture(page, raw) if raw.sidecar is None else ()
        )  # an added file has no views
        listings, warnings = tuple(parsed), raw.notes + page.warnings + late
    except NoStampError as failure:
        error = failure.reason + NO_STAMP_HINT
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
        url=url,
        encoding=encoding,
        listings=listings,
        error=error,
        warnings=warnings,
    )


# A stamp later than the page's capture by more than this is wrong, or the capture time is.
CAPTURE_SLACK = timedelta(hours=1)
_CAPTURE_SOURCES = {
    "fetch": "its fetch record",
    "option": "--observed-at",
    "mtime": "the file's modification time",
}


def _published_after_capture(page: Page, raw: RawInput) -> tuple[str, ...]:
    """A warning when articles are stamped after the page was captured: a page cannot list an
    article before it is published, so the stamps are damaged or the capture time is wrong (the
    articles are stored as read; a count gets no age). One warning per page, naming the latest."""
    late = sorted(
        {
            (item.published_at, item.title)
            for item in page.listings
            if item.published_at > raw.observed_at + CAPTURE_SLACK
        }
    )
    if not late:
        return ()
    published, title = late[-1]
    source = _CAPTURE_SOURCES.get(raw.observed_at_source, raw.observed_at_source)
    which = (
        f"{title[:60]!r}: stamped"
        if len(late) == 1
        else f"{len(late)} articles stamped, the latest {title[:60]!r}"
    )
    return (
        f"{which} {published:%d.%m.%Y %H:%M}, after the page was captured ({raw.observed_at:%Y-%m-%d %H:%M}, "
        f"from {source}): a damaged stamp or a wrong capture time? (stored as read)",
    )


def _article_page(text: str, meta: ArticleMeta) -> Page:
    """An article file read with its given metadata (an HTML file's title from its heading)."""
    title = meta.title
    notes: tuple[str, ...] = ()
    if looks_like_html(text):
        title = title or html_title(text)
        notes = html_notes(text)
        text = html_to_text(text)
    page = parse_article(text, meta.published_at, meta.time is not None, title, meta.source)
    return replace(page, warnings=notes + page.warnings)
