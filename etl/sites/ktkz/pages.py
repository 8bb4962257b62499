"""A kt.kz text page -> Page: the main article, related news, plain listings, Most viewed.

Nothing that looks like a listing is dropped without a word: a stamp that cannot be read, a
stamp with no title, text ignored before a stamp, a body cut mid-sentence each become one of
the Page's warnings, with the line number, and the rest of the page is read as usual."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from etl.errors import NoStampError, PageFormatError
from etl.sites.html import CELL_SEPARATOR, LONGEST_CELL
from etl.sites.ktkz.headings import DATELINE, DEFAULT_HEADINGS, Headings, dateline_place, photo_credit
from etl.sites.ktkz.most_viewed import parse_most_viewed
from etl.sites.ktkz.own_article import own_entry
from etl.sites.ktkz.sources import find_credit
from etl.sites.ktkz.stamp_forms import stamp_problem
from etl.sites.ktkz.stamps import (
    INLINE_STAMP,
    Stamp,
    clean_line,
    join_split_stamp,
    looks_like_stamp,
    parse_prefixed_stamp,
    parse_stamp_line,
    with_count_line,
)
from etl.sites.model import Listing, Page

# Page furniture that can follow the Most viewed block (an HTML page's footer).
_FOOTER = re.compile(r"^\s*(?:©|\(c\)\s|copyright\b|all rights reserved)", re.I)
# A page whose first 40 lines carry no stamp is some other document, not a kt.kz page.
STAMP_SEARCH_LINES = 40
# A "title" longer than this is a paragraph: the article's real title is missing.
MAX_TITLE_CHARS = 300
# A line this long before the first stamp is an article's paragraph, not page furniture.
PARAGRAPH_CHARS = 200
# A line this long with stamps inside it (two or more) is a page run together (its line breaks
# lost), not a paragraph that quotes a date and time.
RUN_ON_CHARS = 1000
_SENTENCE_END = re.compile(r"[.!?…][\"'»”’)\]]*$")
# A line opening with a date: after a copyright line, a stamp too damaged (or cut) to read.
_DATE_FIRST = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2,4}\b")
# The label a stored copy of a page opens with: "date 2026-03-04 ...".
COPY_LABEL = re.compile(r"date (?P<date>\d{4}-\d{2}-\d{2})\b")


def is_copyright_line(line: str) -> bool:
    lowered = line.casefold()
    return "may not be reproduced" in lowered or "copyright of materials" in lowered


@dataclass
class _Draft:
    """An article while its lines are being read."""

    stamp: Stamp
    title: str
    placement: str
    position: int
    image_credit: str | None = None
    subtitle: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    closed: bool = False  # the copyright line was seen: later lines are page furniture

    def to_listing(self) -> Listing:
        if self.subtitle is None and len(self.paragraphs) > 1 and _opens_with_dateline(self.paragraphs):
            self.subtitle = self.paragraphs.pop(0)  # the line between the title and the dateline
        credit = find_credit(self.paragraphs)
        body = "\n".join(self.paragraphs) if self.paragraphs else None
        return Listing(
            published_at=self.stamp.published_at,
            time_known=self.stamp.time_known,
            views=self.stamp.views,
            title=self.title,
            placement=self.placement,
            position=self.position,
            image_credit=self.image_credit,
            body=body,
            source=credit.source,
            source_via=credit.via,
            source_credit=credit.credited,
            subtitle=self.subtitle,
            dateline=dateline_place(body) if body else None,
        )


def _opens_with_dateline(paragraphs: list[str]) -> bool:
    """The second paragraph opens with the dateline and the first does not: the first is a subtitle."""
    return dateline_place(paragraphs[0]) is None and dateline_place(paragraphs[1]) is not None


def _next_content_line(lines: list[str], start: int) -> int | None:
    for index in range(start, len(lines)):
        if lines[index]:
            return index
    return None


@dataclass(frozen=True)
class _StampAt:
    stamp: Stamp
    next_index: int  # the line after the stamp (two lines on when it was broken over two)
    prefix: str | None = None  # text before the stamp, ignored


def _stamp_at(lines: list[str], index: int, prefixed: bool = True) -> _StampAt | None:
    """The stamp starting at lines[index] (cleaned lines), however a copy damaged it; with
    `prefixed` False, not one with text before it."""
    found = _stamp_lines_at(lines, index, prefixed)
    if found is None or found.stamp.views is not None:
        return found
    count = _next_content_line(lines, found.next_index)  # `DD.MM.YYYY, HH:MM` / `VIEWS`
    counted = with_count_line(found.stamp, lines[count]) if count is not None else None
    return _StampAt(counted, count + 1, found.prefix) if counted is not None and count is not None else found


def _stamp_lines_at(lines: list[str], index: int, prefixed: bool) -> _StampAt | None:
    line = lines[index]
    following = _next_content_line(lines, index + 1)
    stamp = parse_stamp_line(line)
    if stamp is not None and not stamp.time_known and following is not None:
        joined = join_split_stamp(line, lines[following])  # `DD.MM.YYYY` / `HH:MM VIEWS`
        if joined is not None:
            return _StampAt(joined, following + 1)
    if stamp is not None:
        return _StampAt(stamp, index + 1)
    if line.endswith(",") and following is not None:
        joined = join_split_stamp(line, lines[following])  # `DD.MM.YYYY,` / `HH:MM VIEWS`
        if joined is not None:
            return _StampAt(joined, following + 1)
    labelled = parse_prefixed_stamp(line) if prefixed else None
    if labelled is not None:
        return _StampAt(labelled[1], index + 1, labelled[0])
    return None


def _check_is_kt_page(lines: list[str]) -> None:
    head = [index for index, line in enumerate(lines) if line][:STAMP_SEARCH_LINES]
    if not head:
        raise PageFormatError("empty page: no text at all")
    if not any(_stamp_at(lines, index) for index in head):
        damaged = next((index for index in head if looks_like_stamp(lines[index])), None)
        if damaged is not None:
            raise PageFormatError(
                f"no readable kt.kz listing stamp: line {damaged + 1} looks like one ({_quote(lines[damaged])}) "
                f"but {stamp_problem(lines[damaged])}"
            )
        run_on = next((index for index in head if len(lines[index]) >= RUN_ON_CHARS), None)
        stamps = INLINE_STAMP.findall(lines[run_on], 0, 100_000) if run_on is not None else []
        if run_on is not None and len(stamps) >= 2:  # one may be a date the text quotes
            first = INLINE_STAMP.search(lines[run_on])
            raise PageFormatError(
                f"line {run_on + 1} is one {len(lines[run_on]):,}-character line with {len(stamps)} listing stamps "
                f"inside it (the first {first.group(0) if first else ''!r}): a copy that lost its line breaks? "
                "Its titles and bodies cannot be told apart; not read"
            )
        raise NoStampError(
            f"no kt.kz listing stamp (DD.MM.YYYY, HH:MM) in the first {STAMP_SEARCH_LINES} lines"
            + _stampless_copy_note([lines[index] for index in head])
        )


def _stampless_copy_note(head: list[str]) -> str:
    """What a stored copy without a stamp still says of its date: the copy's own label is when it
    was stored (days after publication in the stored kt.kz copies), the dateline the day published."""
    label = COPY_LABEL.match(head[0])
    if label is None:
        return ""
    note = f": a stored copy whose stamp was not kept (its 'date {label['date']}' label is when it was stored, not published"
    dateline = next((found for found in map(DATELINE.match, head) if found), None)
    if dateline is not None:
        return note + f"; its dateline reads {_quote(dateline.group(0).strip(' -–—'))})"
    return note + ")"


def _glued_heading(headings: Headings) -> re.Pattern[str]:
    """A block heading glued onto the end of a sentence (a copy that lost the line break), with
    nothing or a stamp after it: 'Kazakhstan Today. Most viewed 03.02.2025, 17:36...'."""
    names = "|".join(
        re.escape(name) for name in sorted(headings.related | headings.most_viewed, key=len, reverse=True)
    )
    return re.compile(
        rf"(?P<before>.*[.!?…»”\"')])\s+(?P<heading>{names})(?:\s+(?P<after>\d{{2}}\.\d{{2}}\.\d{{4}}.*))?",
        re.I,
    )


def _split_glued_headings(lines: list[str], headings: Headings) -> tuple[list[str], list[int]]:
    """The lines with each glued block heading (and a stamp glued after it) on lines of their
    own, and each line's number in the page as given (for warnings)."""
    glued = _glued_heading(headings)
    split: list[str] = []
    numbers: list[int] = []
    for number, line in enumerate(lines, 1):
        match = glued.fullmatch(line) if len(line) < 100_000 else None
        pieces = [match["before"], match["heading"], match["after"] or ""] if match else [line]
        split += pieces
        numbers += [number] * len(pieces)
    return split, numbers


def _not_a_title(line: str, headings: Headings) -> str | None:
    """What the line after a stamp is, when it cannot be the article's title."""
    lowered = line.casefold()
    if parse_stamp_line(line) is not None or looks_like_stamp(line):
        return "another stamp"
    if lowered in headings.most_viewed or lowered in headings.related:
        return f"the {line!r} heading"
    if photo_credit(line, headings) is not None or lowered in headings.tell_a_friend:
        return f"{line[:40]!r}, which follows a title"
    if is_copyright_line(line):
        return "the copyright line"
    if len(line) > MAX_TITLE_CHARS:
        return f"a {len(line):,}-character paragraph"
    return None


# The first paragraph of a body, not a title, when it ends a sentence and is at least this long.
FIRST_PARAGRAPH_CHARS = 80
# A title printed above its stamp has at least this many words (a menu item, "News", has one).
MIN_TITLE_WORDS = 3


def _opens_body(line: str, headings: Headings) -> bool:
    """Whether the line after a stamp is the start of a body, not a title: a photo credit, the
    share line, or a paragraph (long, or ending a sentence: kt.kz titles end without a full stop)."""
    if photo_credit(line, headings) is not None or line.casefold() in headings.tell_a_friend:
        return True
    return len(line) > MAX_TITLE_CHARS or (
        len(line) >= FIRST_PARAGRAPH_CHARS
        and _SENTENCE_END.search(line) is not None
        and line.rstrip("\"'»”’)]")[-1] in ".…"
    )


def _reads_as_title(line: str, headings: Headings) -> bool:
    """Whether a line before a stamp can be the title printed above it: a few words, no full stop
    or clause mark at its end, and none of the page's furniture, headings, stamps or table rows."""
    lowered = line.casefold()
    return (
        len(line.split()) >= MIN_TITLE_WORDS
        and len(line) < PARAGRAPH_CHARS
        and line.rstrip("\"'»”’)]")[-1:] not in {".", "…", ",", ";", ":", "-", "–", "—"}
        and CELL_SEPARATOR not in line
        and lowered not in headings.related | headings.most_viewed | headings.tell_a_friend
        and photo_credit(line, headings) is None
        and not is_copyright_line(line)
        and not looks_like_stamp(line)
        and _DATE_IN_LINE.search(line) is None
        and COPY_LABEL.match(line) is None
        and dateline_place(line) is None
    )


def _quote(line: str, limit: int = 60) -> str:
    return repr(line if len(line) <= limit else line[: limit - 1] + "…")


class _Reader:
    """Reads cleaned lines into drafts, the Most viewed block, and warnings."""

    def __init__(self, lines: list[str], headings: Headings, own_title: str | None = None) -> None:
        self.lines, self.numbers = _split_glued_headings(lines, headings)
        self.headings = headings
        self.own_title = own_title  # the title the page's head declares (og:title, <title>)
        self.drafts: list[_Draft] = []
        self.most_viewed: list[Listing] = []
        self.warnings: list[str] = []
        self.section = "main"
        self.skipping: str | None = None  # why the lines now read are not stored
        self.skipped = 0
        self.unread_before: list[str] = []  # lines before the first stamp
        self.positions = 0  # entries read so far, in page order
        # The line read just before, and where it went ('before' the first stamp, an article's
        # 'body', page 'furniture' after a copyright line): the title, in the layout that prints it above its stamp
        self.above: tuple[str, str] | None = None

    def read(self) -> None:
        index = 0
        while index < len(self.lines):
            line = self.lines[index]
            number = self.numbers[index]
            index += 1
            if not line:
                continue
            above, self.above = self.above, None
            lowered = line.casefold()
            if lowered in self.headings.related:
                self._end_skip()
                self.section = "related"
                continue
            if lowered in self.headings.most_viewed:
                self._end_skip()
                index = self._read_most_viewed(index)
                continue
            # Inside an article's body, a line with text before a date and time is body text.
            between = self._between_articles()
            found = _stamp_at(self.lines, index - 1, prefixed=between)
            if found is not None and not between and self._date_in_body(found.stamp):
                found = None
            if found is not None:
                self._end_skip()
                index = self._start_entry(found, number, above)
                continue
            if between and looks_like_stamp(line):
                self._end_skip()
                self.skipping = (
                    f"line {number}: {_quote(line)} looks like a listing stamp but {stamp_problem(line)}: "
                    "entry not stored"
                )
                continue
            self._add(line, number)
        self._end_skip()
        self._claim_own_article()
        self._check_unread_before()
        self._check_bodies()

    def _claim_own_article(self) -> None:
        """The entry the page's head names is the page's own article, not a headline printed
        before it (see etl/sites/ktkz/own_article.py)."""
        if self.own_title is None or not self.drafts or self.drafts[0].placement != "main":
            return
        titles, bodies = [d.title for d in self.drafts], [bool(d.paragraphs) for d in self.drafts]
        index = own_entry(self.own_title, titles, bodies)
        if index is not None:
            self.drafts[0].placement, self.drafts[index].placement = "listing", "main"

    def _read_most_viewed(self, start: int) -> int:
        """Read the Most viewed block from lines[start]; the index to read on from. The block
        runs to the footer, or to a line that opens an article (a stamp alone on its line, a
        title after it): what follows is not a Most viewed entry (pages joined into one file)."""
        end = start
        while end < len(self.lines) and not _FOOTER.match(self.lines[end]) and not self._opens_article(end):
            end += 1
        listings, warnings = parse_most_viewed("\n".join(self.lines[start:end]), self.positions)
        self.most_viewed += listings
        self.positions += len(listings)
        self.warnings += warnings
        if end < len(self.lines) and not _FOOTER.match(self.lines[end]):
            self.warnings.append(
                f"line {self.numbers[end]}: articles after the Most viewed block (pages joined into one file?): "
                "read as listings"
            )
            self.section = "listing"
            return end
        return len(self.lines)

    def _opens_article(self, index: int) -> bool:
        if parse_stamp_line(self.lines[index]) is None:
            return False
        title = _next_content_line(self.lines, index + 1)
        return title is not None and _not_a_title(self.lines[title], self.headings) is None

    def _date_in_body(self, stamp: Stamp) -> bool:
        """A date without a time inside the body of an article whose stamp has its time: a date
        of the text (a table's date column, a schedule), not the next entry's stamp, since a
        page prints its stamps one way."""
        return not stamp.time_known and self.drafts[-1].stamp.time_known

    def _between_articles(self) -> bool:
        """Whether the next line should open an article: no body is being read (none yet, or
        the last one ended with its copyright line, or the last entry is a bare listing)."""
        return not self.drafts or self.drafts[-1].closed or not self.drafts[-1].paragraphs

    def _add(self, line: str, number: int) -> None:
        if self.skipping is not None:
            self.skipped += 1
        elif not self.drafts:
            self.unread_before.append(line)
            self.above = (line, "before")
        elif not self.drafts[-1].closed:
            _add_line(self.drafts[-1], line, self.headings)
            if self.drafts[-1].paragraphs[-1:] == [line]:
                self.above = (line, "body")
        elif len(line) >= PARAGRAPH_CHARS or INLINE_STAMP.search(line) or _DATE_FIRST.match(line):
            # After a copyright line comes page furniture, never a paragraph or a stamp.
            self.skipping = (
                f"line {number}: text after an article's copyright line ({_quote(line)}), "
                "an entry whose stamp could not be read?: not stored"
            )
        else:
            self.above = (line, "furniture")

    def _start_entry(self, found: _StampAt, number: int, above: tuple[str, str] | None = None) -> int:
        """Open the article whose stamp is on line `number`; the index to read on from. `above`
        is the line read before the stamp and where it went (see _title_from_above)."""
        title_index = _next_content_line(self.lines, found.next_index)
        if title_index is None:
            self.warnings.append(
                f"line {number}: listing stamp at the end of the page with no title (page cut short?): entry not stored"
            )
            return len(self.lines)
        title = self.lines[title_index]
        body_index = title_index + 1
        if (title_above := self._title_from_above(above, title)) is not None:
            title, body_index = title_above, title_index
        problem = None if title_above else _not_a_title(title, self.headings)
        if problem is not None:
            self.skipping = (
                f"line {number}: listing stamp with no title (the next line is {problem}): entry not stored"
            )
            return title_index  # that line is read again: it may open the next entry
        if found.prefix and not (number == 1 and COPY_LABEL.fullmatch(found.prefix.strip(" \ufeff"))):
            # A stored copy's own "date YYYY-MM-DD" label on its first line is the storing
            # tool's, not the page's: nothing of the page is ignored, so no warning.
            self.warnings.append(
                f"line {number}: text before the listing stamp ignored ({_quote(found.prefix)})"
            )
        if (problem := found.stamp.count_problem()) is not None:
            self.warnings.append(f"line {number}: {problem}")
        placement = self.section if self.section != "main" or self.drafts else "main"
        if placement == "main" and (self.drafts or self._unread_paragraph() is not None):
            # A paragraph before the first stamp is the page's own article, unread (a copy that
            # opens mid-article, a stamp too damaged to read): the first stamped entry is some
            # other listing, not the page's article, which its URL would otherwise be pinned to.
            placement = "listing"
        self.drafts.append(_Draft(found.stamp, title, placement, self.positions))
        self.positions += 1
        if self.section == "main":
            self.section = "listing"
        return body_index

    def _title_from_above(self, above: tuple[str, str] | None, after: str) -> str | None:
        """The title printed above its stamp, as kt.kz/eng did in 2021-2022 (`Title` / stamp /
        `Images | credit` or the first paragraph): when the line after the stamp opens a body and
        the line before reads as a title, that line is taken back from where it was read (the
        text before the first stamp, the previous article's last paragraph, page furniture).
        Else None: the title is the line after the stamp, as kt.kz prints it now."""
        if (
            above is None
            or not _opens_body(after, self.headings)
            or not _reads_as_title(above[0], self.headings)
        ):
            return None
        line, where = above
        if where == "before":
            self.unread_before.pop()
        elif where == "body":
            self.drafts[-1].paragraphs.pop()
        return line

    def _end_skip(self) -> None:
        if self.skipping is None:
            return
        lost = f"; {self.skipped} line(s) after it not stored" if self.skipped else ""
        self.warnings.append(self.skipping + lost)
        self.skipping, self.skipped = None, 0

    def _unread_paragraph(self) -> str | None:
        """The first article-length line read before the first stamp, if any."""
        return next((line for line in self.unread_before if len(line) >= PARAGRAPH_CHARS), None)

    def _check_unread_before(self) -> None:
        paragraph = self._unread_paragraph()
        if paragraph is not None:
            demoted = " (so no entry is stored as the page's own article)" if self.drafts else ""
            self.warnings.append(
                f"{len(self.unread_before)} line(s) before the first listing stamp not read, among them a "
                f"{len(paragraph):,}-character paragraph ({_quote(paragraph)}): an article whose stamp could not be read?"
                + demoted
            )

    def _check_bodies(self) -> None:
        main = self.drafts[0] if self.drafts and self.drafts[0].placement == "main" else None
        if main is not None and not main.paragraphs and any(draft.paragraphs for draft in self.drafts[1:]):
            # An index page's entries have no bodies; a page whose other entries have theirs lost its own.
            self.warnings.append(
                f"{_quote(main.title)}: the page's own article has no body, though other entries on the page "
                "have theirs: its text missing from this copy? (stored without one)"
            )
        for draft in self.drafts:
            if draft.paragraphs and not draft.closed and not _SENTENCE_END.search(draft.paragraphs[-1]):
                self.warnings.append(
                    f"{_quote(draft.title)}: body ends mid-sentence ({_quote(draft.paragraphs[-1][-40:])}) "
                    "with no copyright line after it: the page may be cut short (body stored as read)"
                )


_TAB_CELLS = re.compile(r"[ \u00a0]*\t[ \u00a0]*")  # a tab per cell: two tabs hold an empty cell
_DATE_IN_LINE = re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{2,4}\b")
_FIGURE_CELL = re.compile(r"[-−+–]?\(?\d")


def _page_line(line: str) -> str:
    """A cleaned line; a table row copied as text (cells between tabs, one cell or more after the
    first opening with a figure or year) has its cells joined as the HTML reader joins them, so
    it keeps its columns (a tab was a space: "Astana 120 135"). Lines with a date stay as they
    are: a stamp's parts may be tab-separated."""
    # A leading tab is an empty first cell: the corner over a header's row labels ("\t2023\t2024").
    inner = line.rstrip().lstrip(" \u00a0\ufeff")
    if "\t" not in inner or _DATE_IN_LINE.search(inner):
        return clean_line(line)
    cells = [clean_line(cell) for cell in _TAB_CELLS.split(inner)]
    if (
        all(len(cell) <= LONGEST_CELL for cell in cells)
        and sum(1 for cell in cells if cell) >= 2
        and any(_FIGURE_CELL.match(c) for c in cells[1:])
    ):
        return CELL_SEPARATOR.join(cells).strip()
    return clean_line(line)


def parse_page(text: str, headings: Headings = DEFAULT_HEADINGS, own_title: str | None = None) -> Page:
    """Parse a kt.kz page given as text lines (any edition: English, Russian, Kazakh); raise
    PageFormatError when it is not one, or when not one article of it could be read. `headings`
    names the block headings and furniture lines; `own_title`, the title an HTML page's head
    gives its own article, picks that article out of the entries printed before it."""
    lines = [_page_line(line) for line in text.splitlines()]
    _check_is_kt_page(lines)
    reader = _Reader(lines, headings, own_title)
    reader.read()
    if not reader.drafts and not reader.most_viewed:
        reason = "; ".join(reader.warnings) or "the stamps found have no readable article"
        raise PageFormatError(f"no article could be read: {reason}")
    listings = [draft.to_listing() for draft in reader.drafts] + reader.most_viewed
    return Page(tuple(sorted(listings, key=lambda listing: listing.position)), tuple(reader.warnings))


def _add_line(draft: _Draft, line: str, headings: Headings = DEFAULT_HEADINGS) -> None:
    credit = photo_credit(line, headings) if len(draft.paragraphs) <= 1 and draft.subtitle is None else None
    if credit is not None:
        draft.image_credit = credit or None
        if draft.paragraphs:  # a line between the title and the photo credit is the subtitle
            draft.subtitle = draft.paragraphs.pop()
    elif line.casefold() in headings.tell_a_friend:
        pass
    elif is_copyright_line(line):
        draft.closed = True
    else:
        draft.paragraphs.append(line)
