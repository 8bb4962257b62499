"""Listing stamps: `DD.MM.YYYY, HH:MM VIEWS`, `DD.MM.YYYY, HH:MM`, `DD.MM.YYYY`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

# Day and month are always two digits on kt.kz, which is what lets a stamp glued to a
# title ending in digits ("on January 131.01.2025") be split at the right place.
_DATE = r"(?P<d>\d{2})\.(?P<m>\d{2})\.(?P<y>\d{4})"
_TIME = r"(?:,\s?(?P<H>\d{1,2}):(?P<M>\d{2}))"
_VIEWS = r"(?P<views>\d+)"

LINE_STAMP = re.compile(rf"{_DATE}{_TIME}?(?:\s+{_VIEWS})?")
# Inside the run-together "Most viewed" block a stamp always carries its time; the view
# count follows after one space and the title follows with no separator at all.
INLINE_STAMP = re.compile(rf"{_DATE}{_TIME}(?: {_VIEWS})?")


@dataclass(frozen=True)
class Stamp:
    published_at: datetime
    time_known: bool
    views: int | None


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
    views = match.group("views")
    return Stamp(published_at, hour is not None, int(views) if views is not None else None)


def parse_stamp_line(line: str) -> Stamp | None:
    """The stamp a whole line consists of, or None when the line is anything else."""
    match = LINE_STAMP.fullmatch(line.strip())
    return stamp_from_match(match) if match else None
