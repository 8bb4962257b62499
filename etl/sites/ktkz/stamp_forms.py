"""Stamps written another way than kt.kz prints them, rewritten to its own `DD.MM.YYYY, HH:MM VIEWS`.

Copies and exports write the same stamp otherwise: an ISO stamp (`2024-12-23 09:42`,
`2024-12-23T09:42:00+05:00`), a two-digit year (`23.12.24 09:42`), slashes (`23/12/2024`), a
labelled count (`Просмотров: 183916`, `Views: 1 204`, `Қаралым: 532`, `1 204 views`). Each is
read when it can mean one moment only; one that cannot (`05/06/2024`: the 5th of June or the 6th of
May?) is left as written, and `stamp_problem` says what keeps it from being read."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

from etl.sites.model import KZ_TIME

MAX_OFFSET_HOURS = 14  # the widest offset any zone has (Kiribati, UTC+14)
_TIME = r"(?P<H>\d{1,2}):(?P<M>\d{2})(?::\d{2}(?:\.\d{1,6})?)?"
_SEPARATOR = r"(?:,\s?|\s+|\s*\|\s*)"
# An ISO stamp with an offset is brought to Kazakhstan time, in which kt.kz prints its stamps.
_ISO = re.compile(
    rf"(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}})(?:T|{_SEPARATOR}){_TIME}(?P<zone>Z|[+-]\d{{2}}:?\d{{2}})?"
)
# A two-digit year: kt.kz's news are all of this century, so '24' is 2024. The time may be glued
# on ('23.12.2409:42'): the year is two digits, so where the time starts is plain.
_SHORT_YEAR = re.compile(rf"(?P<d>\d{{2}})\.(?P<m>\d{{2}})\.(?P<yy>\d{{2}})(?:{_SEPARATOR})?{_TIME}")
_SLASHED = re.compile(rf"(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/(?P<y>\d{{4}}),?(?:{_SEPARATOR}|T)?{_TIME}")
_OTHER_FORMS = (_ISO, _SHORT_YEAR, _SLASHED)
# A stamp as kt.kz prints it, up to its time (or its date, when it has none).
_KT_HEAD = re.compile(r"\d{2}\.\d{2}\.\d{4}(?:(?:,\s?|\s+|\s*\|\s*)?\d{1,2}:\d{2}(?::\d{2})?)?")
# At most this much text before a stamp (a label, junk of a copied line), as for kt.kz's own.
_PREFIX_CHARS = 40
# Where a stamp after such a prefix ends at the latest ('2024-12-23T09:42:00.000000+05:00' is 32):
# a body line is searched no further, however long it is.
_SEARCHED_CHARS = _PREFIX_CHARS + 45

# The words a page labels its count with, before it ("Просмотров: 183916", "Views: 1 204",
# "Қаралым: 532", an eye) or after it ("1 204 views", "183 916 просмотров").
_LABEL_BEFORE = (
    r"(?:views?|viewed|просмотр\w*|просм\.|қаралым\w*|қаралды|көрілім\w*|көрсетілім\w*|"
    r"\N{EYE}\ufe0f?|\N{EYES})"
)
_LABEL_AFTER = r"(?:views?|просмотр\w*|қаралым\w*|рет)"
_NUMBER = r"(?P<count>\d[\d\s,.]*?)"
_LABELLED_COUNTS = tuple(
    re.compile(pattern, re.I)
    for pattern in (
        # a label, then digits or a short token that is no count ("Views: n/a", "-5", "1.2K": kept
        # as printed, and said)
        rf"(?:[|·•,]\s*)?{_LABEL_BEFORE}\s*:?\s*(?P<count>\d[\d\s,.]*?|\S{{1,20}})(?:\s*{_LABEL_AFTER})?\.?",
        rf"(?:[|·•,]\s*)?{_NUMBER}\s*{_LABEL_AFTER}\.?",  # "1 204 views"
        rf"[|·•]\s*{_NUMBER}",  # the count in an element of its own, after a bar or a bullet
    )
)


def _first_other_form(line: str) -> re.Match[str] | None:
    """The first stamp in another form that starts the line or follows a short prefix."""
    found = [
        match
        for form in _OTHER_FORMS
        if (match := form.search(line, 0, _SEARCHED_CHARS)) is not None
        and match.start() <= _PREFIX_CHARS
        and not line[match.start() - 1 : match.start()].isdigit()
    ]
    return min(found, key=lambda match: match.start(), default=None)


def _moment(match: re.Match[str]) -> datetime | None:
    """The local moment an other-form stamp names; None when it names none or is ambiguous."""
    groups = match.groupdict()
    if "yy" in groups:
        day, month, year = int(groups["d"]), int(groups["m"]), 2000 + int(groups["yy"])
    elif "a" in groups:
        order = _slash_order(int(groups["a"]), int(groups["b"]))
        if order is None:
            return None
        day, month = order
        year = int(groups["y"])
    else:
        day, month, year = int(groups["d"]), int(groups["m"]), int(groups["y"])
    try:
        moment = datetime(year, month, day, int(groups["H"]), int(groups["M"]))
    except ValueError:
        return None
    zone = groups.get("zone")
    if not zone:
        return moment
    offset = _offset(zone)
    if offset is None:
        return None
    try:
        return moment.replace(tzinfo=offset).astimezone(KZ_TIME).replace(tzinfo=None)
    except OverflowError:  # the first or last day datetime holds, moved out of its range
        return None


def _offset(zone: str) -> timezone | None:
    """The zone of an ISO offset ('Z', '+05:00', '-0300'); None for one no place has."""
    if zone == "Z":
        return UTC
    digits = zone[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:])
    if hours > MAX_OFFSET_HOURS or minutes >= 60:
        return None
    delta = timedelta(hours=hours, minutes=minutes)
    return timezone(delta if zone[0] == "+" else -delta)


def _slash_order(first: int, second: int) -> tuple[int, int] | None:
    """(day, month) of `first/second/year`: day first as kt.kz writes it, month first only when
    the first cannot be a month; None when both readings are dates (and differ)."""
    if first == second or first > 12 >= second:
        return first, second
    if second > 12 >= first:
        return second, first
    return None


def _kt_form(moment: datetime) -> str:
    return f"{moment:%d.%m.%Y, %H:%M}"


def _bare_count(text: str) -> str | None:
    """The count of a labelled count ('Views: 1 204' -> '1 204'), None when the text is none."""
    stripped = text.strip()
    for pattern in _LABELLED_COUNTS:
        match = pattern.fullmatch(stripped)
        if match is not None:
            return match["count"].strip()
    return None


def _plain_count(rest: str) -> str:
    """What follows a stamp's time or date, with a labelled count as a bare one."""
    count = _bare_count(rest)
    return rest if count is None else " " + count


def canonical_stamp(line: str) -> str:
    """The (cleaned) line with a stamp written another way as kt.kz prints it, and its labelled
    count as a bare one; any other line as it is. Only what a stamp parser reads is rewritten:
    bodies keep their text."""
    other = _first_other_form(line)
    if other is not None:
        moment = _moment(other)
        if moment is None:
            return line  # no date, or an ambiguous one: stamp_problem says which
        return line[: other.start()] + _kt_form(moment) + _plain_count(line[other.end() :])
    head = _KT_HEAD.search(line, 0, _SEARCHED_CHARS)
    if head is None or head.start() > _PREFIX_CHARS or line[head.start() - 1 : head.start()].isdigit():
        return line
    return line[: head.end()] + _plain_count(line[head.end() :])


# In the run-together Most viewed block: a kt.kz stamp's time, then a labelled count.
_LABELLED_IN_BLOCK = re.compile(
    rf"(?P<stamp>\d{{2}}\.\d{{2}}\.\d{{4}}(?:,\s?|\s+)?\d{{1,2}}:\d{{2}})\s*(?:[|·•]\s*)?{_LABEL_BEFORE}\s*:?\s*"
    r"(?P<count>\d{1,3}(?:[ ,]\d{3})+|\d+)",
    re.I,
)
# A date and a time left inside a Most viewed title: a stamp that could not be read.
STAMP_IN_TEXT = re.compile(
    r"\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s*\d{1,2}:\d{2}|\d{4}-\d{1,2}-\d{1,2}(?:T|,?\s*)\d{1,2}:\d{2}"
)


def canonical_stamps_in(text: str) -> str:
    """Running text (the Most viewed block) with every stamp written another way that names one
    moment as kt.kz prints it, and labelled counts after a stamp as bare ones. A stamp glued
    after a digit is left: where it starts is not plain."""

    def kt_form(match: re.Match[str]) -> str:
        if match.start() and text[match.start() - 1].isdigit():
            return match.group(0)
        moment = _moment(match)
        return match.group(0) if moment is None else _kt_form(moment)

    for form in _OTHER_FORMS:
        text = form.sub(kt_form, text)
    return _LABELLED_IN_BLOCK.sub(r"\g<stamp> \g<count>", text)


def plain_count_line(line: str) -> str:
    """A count printed alone on a line with its label ('Просмотров: 183916') as a bare one."""
    return _bare_count(line) or line


def stamp_problem(line: str) -> str:
    """Why a stamp-like line is no readable stamp, for a warning."""
    other = _first_other_form(line)
    if other is not None and "a" in other.groupdict():
        first, second = int(other["a"]), int(other["b"])
        if first <= 12 and second <= 12 and first != second:
            return (
                f"its date {other.group(0).split()[0].rstrip(',')!r} is ambiguous (day/month or month/day: "
                f"{first:02d}.{second:02d} or {second:02d}.{first:02d})"
            )
    if other is not None and other.groupdict().get("zone") and _offset(other["zone"]) is None:
        return f"its time zone offset {other['zone']!r} is no real one"
    return "is no real date and time"
