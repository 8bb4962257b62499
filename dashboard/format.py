"""Figures for people: '117,098 ₸', '$306 M', '6.2 M people', '91 %'."""

from __future__ import annotations

import math
import textwrap
from datetime import UTC, date, timedelta
from zoneinfo import ZoneInfo

import pandas as pd

from etl.extract.period_basis import BASIS_LABELS
from etl.extract.units import CURRENCIES, DISPLAY, DISPLAY_BEFORE, NAMES
from etl.sites.model import KZ_TIME

KZ_WORDS = "Kazakhstan time"
NO_TOPIC = "no topic"  # readership's bar of the articles the taxonomy gave no topic
UNKNOWN_PUBLISHER = "unknown publisher"  # the stored group (queries, the store's view, the CSVs)
# ... and as a reader sees that group (Readership's views by source, the sidebar's Sources filter,
# the filters in force): "unknown publisher" read as a publisher of that name, or one the store
# failed to read, where these are the articles whose page names no publisher at all.
NO_PUBLISHER_NAMED = "no publisher named"
NO_PUBLISHER_HELP = "articles whose page names no publisher"
# The extractor's "other" holds units it has no code for (Gcal/h, kV, "per 1,000 people", MCI): the
# number alone ("480") would be quoted without its unit, so the figure points to its sentence.
OTHER_UNIT = "other"
OTHER_UNIT_NOTE = "(unit as in the sentence)"
OTHER_UNIT_NAME = "other units (as in the sentence)"


def publisher(value: object) -> str:
    """An article's publisher as shown, or 'unknown publisher': a chart frame or table holds a
    missing one as NaN or None, which must not show as a name or an empty field after ' · '."""
    return value if isinstance(value, str) and value else UNKNOWN_PUBLISHER


def source_label(value: object) -> str:
    """A source as a chart's bar or a filter's option names it: the articles naming none as
    NO_PUBLISHER_NAMED, every other as stored."""
    return NO_PUBLISHER_NAMED if value == UNKNOWN_PUBLISHER else str(value)


def named_publisher(value: object) -> str | None:
    """An article's publisher when one is named, else None: a line about an article (its cell, its
    heading's line, a hover, a citation) says nothing of a missing one. "unknown publisher —"
    took a line of a 116 px article cell for each of the mixed store's Russian articles, none of
    which names one. The queries name a missing one as fmt.publisher does, so that is none too."""
    return value if isinstance(value, str) and value and value != UNKNOWN_PUBLISHER else None


_SCALES = ((1e12, "T"), (1e9, "B"), (1e6, "M"))


def _number(value: float, compact: bool) -> str:
    """'6.2 M', '839.5 M', '1.01 B' when compact and a million or more, else '48,650', '8.6' or
    '0.025' (every decimal written).

    Thousands stay whole ('1,126 t', not '1.1 K t'), and a compact figure keeps up to four
    significant digits, so what was reported is not rounded away on screen."""
    if compact:
        for threshold, suffix in _SCALES:
            if abs(value) >= threshold:
                scaled = value / threshold
                whole_digits = len(str(int(abs(scaled))))
                digits = min(2, max(0, 4 - whole_digits))
                text = f"{scaled:,.{digits}f}"
                return (text.rstrip("0").rstrip(".") if "." in text else text) + f" {suffix}"
    if value == int(value):
        return f"{int(value):,}"
    # as many decimals as the figure was written with (a float of a written number holds no more
    # than six): two cut "0,025 Gcal" to "0.03" and "1.125 %" to "1.12"
    return f"{value:,.6f}".rstrip("0").rstrip(".")


def figure(value: float | None, unit: str | None, item: str | None = None, compact: bool = True) -> str:
    """One figure with its unit; counts name what they count when `item` is given.

    Amounts in tenge stay exact below a million ('117,098 ₸'), since people compare them
    to the tenge; larger amounts go compact ('3.4 T ₸').
    """
    if value is None or _missing(value):
        return "–"
    unit = unit or "count"
    sign = DISPLAY.get(unit, unit)
    if unit in DISPLAY_BEFORE:
        return f"{sign}{_number(value, compact)}".replace(f"{sign}-", f"-{sign}")
    if unit in CURRENCIES:
        return f"{_number(value, compact and abs(value) >= 1e6)} {sign}"
    if unit == "count":
        text = _number(value, compact)
        return f"{text} {item}" if isinstance(item, str) and item else text
    if unit == OTHER_UNIT:
        return f"{_number(value, compact)} {OTHER_UNIT_NOTE}"
    return f"{_number(value, compact)} {sign}".rstrip()


# A change's way, read at a glance and kept when copied: an arrow, then the signed figure.
_ARROWS = {"up": ("▲", "+"), "down": ("▼", "−")}


def change(
    value: float | None,
    unit: str | None,
    direction: object,
    qualifier: object = None,
    item: str | None = None,
    compact: bool = True,
) -> str:
    """A change figure with its way: '▲ +24.6 %', '▼ −9.1 %', '▼ about −$3.4 B', '▲ 2.5 ×' (a
    multiplier takes no sign); 'change of 9.1 %' when the text does not say which way."""
    if value is None or _missing(value):
        return "–"
    way = _ARROWS.get(direction) if isinstance(direction, str) else None
    if way is None:
        return f"change of {qualified(qualifier, figure(value, unit, item, compact))}"
    arrow, sign = way
    shown = figure(abs(value), unit, item, compact)
    if unit != "times":
        shown = sign + shown
    return f"{arrow} {qualified(qualifier, shown)}"


def reported(
    value: float | None,
    unit: str | None,
    qualifier: object = None,
    is_change: object = False,
    direction: object = None,
    item: str | None = None,
    compact: bool = True,
) -> str:
    """A reported figure as its sentence tells it: a level with its qualifier ('more than 88'),
    a change with its way (change())."""
    if is_change is True or (not _missing(is_change) and bool(is_change)):
        return change(value, unit, direction, qualifier, item, compact)
    return qualified(qualifier, figure(value, unit, item, compact))


def reported_column(frame: pd.DataFrame, with_item: bool = False, compact: bool = True) -> list[str]:
    """reported() for every row of a frame of figures (value, unit, qualifier, is_change and,
    in a store from before directions, maybe no direction column)."""
    missing = pd.Series(None, index=frame.index, dtype=object)
    columns = (
        frame["value"], frame["unit"], frame.get("qualifier", missing), frame.get("is_change", missing),
        frame.get("direction", missing), frame["item"] if with_item and "item" in frame else missing,
    )  # fmt: skip
    return [
        reported(v, u, q, c, d, i if isinstance(i, str) else None, compact)
        for v, u, q, c, d, i in zip(*columns, strict=True)
    ]


def with_kind(figures: list[str], kinds: pd.Series) -> list[str]:
    """Each figure with its kind before it unless it is an actual ("target: 5 %", "plan: 262,500
    ₸"): a table at a 900 px window has room for the figure, its item, period and source, not a
    kind column beside them, and "5 % · inflation rate · 2025" without it reads as the rate."""
    return [
        figure if _missing(kind_name) or kind_name == "actual" else f"{kind_name}: {figure}"
        for figure, kind_name in zip(figures, kinds, strict=True)
    ]


def kind(kind_name: object, is_change: object) -> str:
    """'actual', or 'actual (change)' for a change (whose figure shows its way)."""
    name = "" if _missing(kind_name) else str(kind_name)
    return name + (" (change)" if not _missing(is_change) and bool(is_change) else "")


def share(fraction: float) -> str:
    """A share of a target in whole percent; 'under 1%' for a share that rounds to 0% but is not
    nothing (1.1 M of 300 M), so a small actual never reads as none."""
    shown = f"{fraction:.0%}"
    return "under 1%" if fraction > 0 and shown == "0%" else shown


def qualified(qualifier: object, figure_text: str) -> str:
    """A figure as its sentence qualifies it: 'more than 88', 'up to 44 m'; as is without one."""
    return f"{qualifier} {figure_text}" if isinstance(qualifier, str) and qualifier else figure_text


def unit_name(unit: str | None) -> str:
    """An axis title for a unit: 'tonnes', 'US dollars ($)', '%'; never the bare word 'other'."""
    if unit == OTHER_UNIT:
        return OTHER_UNIT_NAME
    return NAMES.get(unit or "count", unit or "number")


def views(value: float | None) -> str:
    """A view count: '199,501'."""
    if value is None or _missing(value):
        return "–"
    return f"{int(value):,}"


def card_count(value: float) -> str:
    """A count on a card: whole up to six digits ('643', '815,203'), compact from a million
    ('24.17 M'): a card a 900 px window gives ~150 px cut '24,171,234' to '24,171…', which read as
    twenty-four thousand. The card's help gives it whole."""
    return figure(value, "count") if abs(value) >= 1e6 else f"{int(value):,}"


def per_day(value: float | None) -> str:
    """Views per day: whole from ten ('1,240'), one decimal from one ('2.5'), two significant
    digits below one ('0.38', '0.044'), so a slow article's rate never reads as none and slow
    articles' bars (0.38 and 0.44 a day) are not all labelled alike."""
    if value is None or _missing(value):
        return "–"
    if value >= 10:
        return f"{value:,.0f}"
    if value >= 1 or value <= 0:
        return f"{value:.1f}"
    return f"{value:.{1 - math.floor(math.log10(value))}f}"


def _missing(value: object) -> bool:
    """None, NaN, NaT and pandas' NA alike."""
    return value is None or bool(pd.isna(value))


def _as_date(value: object) -> date | None:
    """A date from a date, a pandas Timestamp, or None/NaT (no date)."""
    if _missing(value):
        return None
    return value.date() if hasattr(value, "date") and callable(value.date) else value  # type: ignore[return-value]


def period(start: object, end: object) -> str:
    """'2024', '2019–2023', 'H1 2024', 'Jan–Apr 2025', 'from Sep 2025', 'by 2027', '21 Jan 2025';
    a span that stops within a month is named to the day ('1 Jan–10 Jun 2025'), never as the
    whole months or half-year it did not cover."""
    start, end = _as_date(start), _as_date(end)
    if start is None or end is None:
        if end is not None:
            return f"by {_month_or_year(end, last=True)}"
        if start is not None:
            return f"from {_month_or_year(start, last=False)}"
        return "no period stated"
    if start == end:
        return f"{start.day} {start:%b %Y}"
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    if start.day == 1 and _last_of_month(end):
        if start.year != end.year:
            return f"{start:%b %Y}–{end:%b %Y}"
        if (start.month, end.month) == (1, 6):
            return f"H1 {start.year}"
        if (start.month, end.month) == (7, 12):
            return f"H2 {start.year}"
        return f"{start:%b}–{end:%b %Y}" if start.month != end.month else f"{start:%b %Y}"
    if start.year == end.year:
        return f"{start.day} {start:%b}–{end.day} {end:%b %Y}"
    return f"{start.day} {start:%b %Y}–{end.day} {end:%b %Y}"


def _last_of_month(day: date) -> bool:
    return (day + timedelta(days=1)).day == 1


# The same in a table column's width (BASIS_COLUMN_WIDTH px: the longest word group of each,
# "inferred" over "(pub. date)", in rows that wrap, with the grid's padding); the column's help
# gives the full words.
BASIS_COLUMN_WIDTH = 84
BASIS_SHORT = {
    "sentence": "own sentence",
    "context": "inferred (context)",
    "publication": "inferred (pub. date)",
    "none": "not stated",
}


def period_basis_short(basis: object) -> str:
    """`period_basis` short enough for a table column: 'own sentence', 'inferred (context)'."""
    return "" if _missing(basis) else BASIS_SHORT.get(str(basis), str(basis))


def period_basis_short_of_words(words: object) -> str:
    """`period_basis_short` of a basis already in words (a chart's data, `period_basis`): a
    table's 'inferred (context)' for 'from the headline or an earlier sentence'."""
    codes = {label: code for code, label in BASIS_LABELS.items()}
    return period_basis_short(codes.get(str(words), words))


def period_basis(basis: object) -> str:
    """How a figure's period was decided, in words ('in its sentence', 'publication date'...);
    '' for a figure stored before bases were recorded."""
    return "" if _missing(basis) else BASIS_LABELS.get(str(basis), str(basis))


def _month_or_year(day: date, last: bool) -> str:
    """A span's open end: the year or month when the day is its edge, else the day itself."""
    if last and (day.month, day.day) == (12, 31) or not last and (day.month, day.day) == (1, 1):
        return str(day.year)
    if _last_of_month(day) if last else day.day == 1:
        return f"{day:%b %Y}"
    return f"{day.day} {day:%b %Y}"


def plural(count: int, noun: str, plural_form: str | None = None) -> str:
    """'1 article', '2 articles', '1,234 figures'."""
    return f"{count:,} {noun if count == 1 else plural_form or noun + 's'}"


def damaged_pages(warnings: int, damaged: int) -> str:
    """The Overview's count of damaged pages: '1 warning: 1 ingested page was damaged (…)', where
    it read '1 warnings: 1 ingested pages were damaged'."""
    was = "was" if damaged == 1 else "were"
    return (
        f"{plural(warnings, 'warning')}: {plural(damaged, 'ingested page')} {was} damaged "
        "(what was repaired, or not stored)"
    )


def topics_line(topics: list[str], scores: list[float]) -> str:
    """An article's topics with what their numbers are: "Topics: Industry (keyword match 0.84 of
    1)". A bare "Industry (0.84)" read as a probability or a share; it is how strongly the
    taxonomy's keywords hit (etl/extract/topics.py), best first."""
    return "Topics: " + ", ".join(
        f"{topic} (keyword match {score:.2f} of 1)" for topic, score in zip(topics, scores, strict=True)
    )


def newest_figures_note(tracked: int, reported: int) -> str:
    """The line under the Overview's newest figures: they are drawn only from the figures of the
    catalog's metrics, so the newest figure reported may be elsewhere (the explorer lists all)."""
    return (f"Only figures of a metric the catalog tracks ({tracked:,} of the {plural(reported, 'reported figure')}), "
            "newest article first; the Indicator explorer lists every figure.")  # fmt: skip


def explorer_filters(units: object, kinds: object, year: object, places: object, text: str, stated_only: bool,
                     national: str) -> list[str]:  # fmt: skip
    """The explorer's own filters in force, in words, for its empty state: 'unit: tenge (₸)',
    'search “wheat”'. `national` names the place None (the country, or no place stated)."""
    shown = []
    if units:
        shown.append("unit: " + ", ".join(unit_name(u) for u in units))  # type: ignore[attr-defined]
    if kinds:
        shown.append("kind: " + ", ".join(map(str, kinds)))  # type: ignore[call-overload]
    if year is not None:
        shown.append(f"period year {year}")
    if places:
        shown.append("place: " + ", ".join(national if p is None else str(p) for p in places))  # type: ignore[attr-defined]
    if text:
        shown.append(f"search \u201c{text}\u201d")
    if stated_only:
        shown.append("periods stated in the figure's own sentence only")
    return shown


def unbroken_lines(text: str, width: int) -> str:
    """`text` with no-break spaces (and hyphens) inside lines of at most `width` characters and ordinary ones
    between them: a short name ("master's students (honours)") is never broken, a long one
    breaks only there, rather than running past its column and being cut at the table's edge."""
    lines = textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) or [text]
    # no-break hyphens too: a browser breaks "post-secondary" after its hyphen
    return " ".join(line.replace(" ", "\u00a0").replace("-", "\u2011") for line in lines)


def refresh_time(moment: object, time_zone: object, short: bool = False) -> str:
    """A time a refresh recorded (a run's finish, a page's ingestion) as its run recorded it. In
    Kazakhstan time, with UTC beside it, when the run named its zone (refresh_runs.time_zone,
    'Asia/Almaty'): '27.11.2026 11:10 Kazakhstan time (06:10 UTC)'; `short`, for a column that
    names the zone: '27.11.2026 11:10'. A run before zones were recorded kept the refreshing
    machine's own clock, which need not be this one's: its time is given as read and said to be
    that, never shifted by a guessed offset."""
    naive = pd.Timestamp(moment).to_pydatetime().replace(tzinfo=None)
    if not isinstance(time_zone, str) or not time_zone:
        return f"{naive:%d.%m.%Y %H:%M} " + (
            "(zone not recorded)"
            if short
            else "by the refreshing machine's clock (its zone was not recorded)"
        )
    there = naive.replace(tzinfo=ZoneInfo(time_zone)).astimezone(KZ_TIME)
    if short:
        return f"{there:%d.%m.%Y %H:%M}"
    utc = there.astimezone(UTC)
    shown = f"{utc:%H:%M}" if utc.date() == there.date() else f"{utc:%d.%m.%Y %H:%M}"
    return f"{there:%d.%m.%Y %H:%M} {KZ_WORDS} ({shown} UTC)"
