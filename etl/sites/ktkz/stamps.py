"""Listing stamps: `DD.MM.YYYY, HH:MM VIEWS`, `DD.MM.YYYY, HH:MM`, `DD.MM.YYYY`.

Copies made in a browser damage them: invisible characters (a byte-order mark mid-line,
zero-width or no-break spaces), a label or other text before the date, a stamp broken over
two lines, a view count that is no count. Those are read here; what still cannot be read is
recognised as stamp-like, so the page parser can say so instead of taking it for body text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from etl.sites.ktkz.stamp_forms import canonical_stamp, plain_count_line

# Day and month are always two digits on kt.kz, which is what lets a stamp glued to a
# title ending in digits ("on January 131.01.2025") be split at the right place.
_DATE = r"(?P<d>\d{2})\.(?P<m>\d{2})\.(?P<y>\d{4})"
# kt.kz prints `DD.MM.YYYY, HH:MM`; an HTML page that puts the date and the time in two elements
# gives them with a space or a bar between, or none (`23.12.202409:42`: the year is four digits,
# so where the time starts is plain), and a `<time>` element may add seconds (not kept).
_TIME = r"(?:(?:,\s?|\s+|\s*\|\s*)?(?P<H>\d{1,2}):(?P<M>\d{2})(?::\d{2})?)"
_VIEWS = r"(?P<views>\d+)"
# More views than one news article could have: a damaged count, which would not fit the store.
MAX_VIEWS = 1_000_000_000

# After a time the count may come glued on (`09:42183916`, an HTML page's time and count in two
# elements with no space between): the minutes are always two digits, so where it starts is
# plain. After a date alone a space is needed, or the count would run into the year.
LINE_STAMP = re.compile(rf"{_DATE}(?:{_TIME}\s*{_VIEWS}?|\s+(?P<date_views>\d+))?")
# Inside the run-together "Most viewed" block a stamp always carries its time; the view
# count follows after one space and the title follows with no separator at all.
# A count in digit groups ("26 421") is read whole when the title is glued to its end, as it is
# there; with a space after the groups, "5 300 schools" may be the count 5 and a title.
INLINE_STAMP = re.compile(rf"{_DATE}{_TIME}(?: (?P<views>\d{{1,3}}(?:[ ,]\d{{3}})+(?=[^\d\s,])|\d+))?")
# A full stamp whose count is written another way: digit groups ("183 916", "183,916"), or
# one short token with a digit or a dash that is no count ("-183916", "1.2K", "n/a", "—"); a
# word after a date and time may be body text, so it is not read as one. The date and time stand.
ODD_COUNT_STAMP = re.compile(
    rf"{_DATE}{_TIME}\s*(?P<count>\d{{1,3}}(?:[ ,.]\d{{3}})+|(?=\S*[\d/?\-−–—])\S{{1,20}})"
)
# Text before a stamp that carries its time: a label or other junk of a copied line, at most
# 40 characters, not ending in a digit (which would be part of the date).
PREFIXED_STAMP = re.compile(rf"(?P<prefix>.{{1,40}}?)(?<!\d)\s*{_DATE}{_TIME}(?:\s+{_VIEWS})?")
# The two halves of a stamp broken over two lines: `DD.MM.YYYY,` then `HH:MM [VIEWS]`.
DATE_PART = re.compile(rf"{_DATE},?")
TIME_PART = re.compile(r"(?P<H>\d{1,2}):(?P<M>\d{2})(?:\s+(?P<views>\d+))?")
# What a person would take for a stamp: a date (dotted, slashed or ISO) and a time, short text
# before, a count after.
STAMP_LIKE = re.compile(
    r".{0,40}\b(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}),?(?:\s*|T)\d{1,2}[:.]\d{2}\b"
    r"(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?[\s\d]{0,12}"
)
_INVISIBLE = re.compile("[\ufeff\u200b\u200c\u200d\u2060\u00ad]")
# No-break, figure, thin, hair and other typographic spaces (Russian copies group digits with
# thin ones: "183\u2009916"), and tabs.
_ODD_SPACE = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")
# A view count printed alone on the line after its stamp (an HTML page that puts the count in
# its own block): digits, or digit groups.
COUNT_LINE = re.compile(r"\d+|\d{1,3}(?:[ ,.]\d{3})+")


@dataclass(frozen=True)
class Stamp:
    published_at: datetime
    time_known: bool
    views: int | None
    odd_count: str | None = None  # the count as printed, when it is no believable count (views None)

    def count_problem(self) -> str | None:
        """What is wrong with the printed count, for a warning; None when it was read."""
        if self.odd_count is None:
            return None
        return f"view count {self.odd_count!r} is not a believable count of views: stored without one"


def stamp_from_match(match: re.Match[str]) -> Stamp | None:
    """Build a Stamp from a LINE_STAMP/INLINE_STAMP match; None if it is no real date."""
    hour, minute = match.group("H"), match.group("M")
    try:
        published_at = datetime(
            int(match.group("y")),
            int(match.group("m")),
            int(match.group("d")),
            int(hour or 0),
            int(minute or 0),
        )
    except ValueError:
        return None
    views = match.groupdict().get("views") or match.groupdict().get("date_views")
    views = re.sub(r"[ ,]", "", views) if views is not None else None  # digit groups (inline stamps)
    if views is not None and int(views) > MAX_VIEWS:
        return Stamp(published_at, hour is not None, None, views)
    return Stamp(published_at, hour is not None, int(views) if views is not None else None)


def _odd_count_stamp(line: str) -> Stamp | None:
    """A full stamp followed by a count written in digit groups (read) or that is no count at
    all (kept as printed, views None)."""
    match = ODD_COUNT_STAMP.fullmatch(line)
    if match is None:
        return None
    stamp = stamp_from_match(match)
    if stamp is None:
        return None
    count = match.group("count")
    digits = re.sub(r"[ ,.]", "", count)
    if digits.isdigit() and digits != count and int(digits) <= MAX_VIEWS:
        return Stamp(stamp.published_at, True, int(digits))
    return Stamp(stamp.published_at, True, None, count)


def clean_line(line: str) -> str:
    """A line without invisible characters, odd spaces as plain ones, stripped."""
    return _ODD_SPACE.sub(" ", _INVISIBLE.sub("", line)).strip()


def parse_stamp_line(line: str) -> Stamp | None:
    """The stamp a whole line consists of, or None when the line is anything else."""
    cleaned = canonical_stamp(clean_line(line))
    match = LINE_STAMP.fullmatch(cleaned)
    return stamp_from_match(match) if match else _odd_count_stamp(cleaned)


def parse_prefixed_stamp(line: str) -> tuple[str, Stamp] | None:
    """(the text before it, the stamp) for a line that ends in a full stamp (date and time)
    after a short text; None otherwise."""
    match = PREFIXED_STAMP.fullmatch(canonical_stamp(clean_line(line)))
    stamp = stamp_from_match(match) if match else None
    return (match.group("prefix").strip(), stamp) if match and stamp else None


def join_split_stamp(date_line: str, time_line: str) -> Stamp | None:
    """The stamp of `DD.MM.YYYY,` on one line and `HH:MM [VIEWS]` on the next, or None."""
    date_match, time_match = (
        DATE_PART.fullmatch(clean_line(date_line)),
        TIME_PART.fullmatch(clean_line(time_line)),
    )
    if not (date_match and time_match):
        return None
    return parse_stamp_line(f"{date_match.group(0).rstrip(',')}, {time_match.group(0)}")


def with_count_line(stamp: Stamp, line: str) -> Stamp | None:
    """A full stamp that printed no count, with the count on the next line: the stamp with that
    count, or None when the line is no count (it is the title)."""
    cleaned = plain_count_line(clean_line(line))
    if (
        not stamp.time_known
        or stamp.views is not None
        or stamp.odd_count
        or not COUNT_LINE.fullmatch(cleaned)
    ):
        return None
    views = int(re.sub(r"[ ,.]", "", cleaned))
    return Stamp(stamp.published_at, True, views) if views <= MAX_VIEWS else None


def looks_like_stamp(line: str) -> bool:
    """Whether a person would read the line as a listing stamp (a date with a time)."""
    return STAMP_LIKE.fullmatch(canonical_stamp(clean_line(line))) is not None
