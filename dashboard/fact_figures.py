"""Figures of reported facts (metric series): one mark per fact, never a sum of facts.

A fact is one reported figure with its period, kind, item and the report it is shown with. A period is a
span from its first to its last day, a point in time a point, a target a mark at its
deadline; a series with one fact is a fact card, not a chart."""

from __future__ import annotations

import functools
import html
import itertools
import re
import textwrap
from datetime import timedelta

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard import format as fmt
from dashboard.restatements import folded, reported_apart
from etl.extract.catalog import (
    item_name,
    load_catalog,
    load_item_names,
    load_level_metrics,
    load_progress_items,
    load_series_items,
)
from etl.extract.units import NAMES

KIND_SYMBOLS = {"actual": "circle", "target": "star", "plan": "square", "forecast": "triangle-up"}
PALETTE = ("#264653", "#e76f51", "#2a9d8f", "#8338ec", "#e9c46a", "#457b9d", "#d62828", "#6a994e")
# Value labels are written on the chart only where they do not cover one another nor run past
# the plot's edges (the rest are in the hover and the table under the chart), judged on a plot
# this narrow: a 900 px window beside the sidebar (wider only helps). Judged at a 1280 px window
# (640 px), labels near an edge ran off the plot at 900 px ("more than 10.4 M · by 11 O") and
# one ran into the value ticks ("500400 · 21 Jan 2025").
LABEL_PLOT_WIDTH = 330  # px
LABEL_HEIGHT = 19  # px, a 12 px label's line with room above and below
LABEL_GAP = 4  # px either side of a label
MIN_DATE_PADDING = timedelta(days=45)  # the date axis is never narrower than this either side
# Marks within this many days of each other (Astana Hub's two counts of 21 Jan 2025) get an axis of
# days, ticked at their own days only: padded to months either side, the axis ticked "Dec 15 …
# Feb 23" around two marks of one day, a span nobody reported.
SHORT_SERIES = timedelta(days=45)
SHORT_PADDING = timedelta(days=3)  # either side of a short series' marks, at the least
MOST_DAY_TICKS = 6
# Periods not written in the figure's own sentence (taken from the headline, lead or an earlier
# sentence, or the publication day) are right far less often than written ones: drawn faded
# (FADED_OPACITY), and named so in the legend and hover.
INFERRED_BASES = ("context", "publication")
INFERRED_SUFFIX = " (period inferred)"


def inferred(basis: object) -> bool:
    """Whether a period basis, as stored ('context') or in words (a chart's data), is inferred."""
    return isinstance(basis, str) and any(basis in (code, fmt.period_basis(code)) for code in INFERRED_BASES)


# Plotly grows a margin that is too small for the tick labels, axis titles or legend, and then
# draws the whole chart again: half of a chart's drawing time in the browser. Margins that
# already fit, estimated from the text, spare that second drawing; Plotly still grows one that
# comes out short, so a label is never cut.
_NARROW, _WIDE = set("iljft.,:;'!|()[] rI"), set("mwMW")


def text_width(text: str) -> float:
    """About how many pixels `text` takes as a 12 px tick label (a little more, not less)."""
    plain = html.unescape(text)
    return 1.06 * sum(3.3 if c in _NARROW else 9.5 if c in _WIDE else 7.4 if c.isupper() else 6.2 if c.isdigit() else 6.0
                      for c in plain)  # fmt: skip


def plain(text: object, width: int | None = None) -> str:
    """Page text for a Plotly label or hover: escaped, so a title's `<a href>` or `<b>` shows as
    written instead of becoming a link or bold (Plotly reads a subset of HTML)."""
    if text is None or (not isinstance(text, str) and pd.isna(text)):
        return ""
    lines = textwrap.wrap(str(text), width) if width else [str(text)]
    return "<br>".join(html.escape(line, quote=False) for line in lines)


@functools.cache
def _item_names() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return load_item_names()


def item_in_english(item: object) -> str:
    """The catalog's English name of the item a sentence names ("көшет" -> "seedlings"), else the
    item as written ('' when none)."""
    if not isinstance(item, str) or not item:
        return ""
    return item_name(_item_names(), item) or item


# Words that count or measure without saying what ("their number stood at 4,800", "the share"):
# as an item they name nothing, and "number" reads as the unit code of a count.
_NO_ITEM = frozenset({"number", "numbers", "count", "amount", "total", "figure", "share", "level", "volume",
                      "rate", "количество", "число", "объем", "объём", "доля", "саны", "көлемі", "үлесі"})  # fmt: skip


def named_item(item: object) -> str:
    """The item a sentence names, as written, or '' when there is none or it is only a word for
    a quantity or a unit's name (no item to show: the card says 'item: not named')."""
    if not isinstance(item, str) or not item.strip():
        return ""
    folded = item.strip().casefold()
    return "" if folded in _NO_ITEM or folded in {name.casefold() for name in NAMES.values()} else item


def item_label(item: object) -> str:
    """The item as the app may name it in its own words (a legend entry, a bar's label): the
    catalog's English name, else '' (the caller names the metric instead). An item's words as
    written are the sentence's, in its language and often a fragment ("Күзде", "President
    Kassym-Jomart Tokayev"): provenance for the hover and the tables, never a series' name."""
    if not isinstance(item, str) or not item:
        return ""
    return item_name(_item_names(), item) or ""


def item_words(english: object, written: object) -> str:
    """A target's item inside the app's English prose ('no actual of … reported'): its catalog
    name ('trees'), else its words as written, quoted as the sentence's ('its item (“көгал
    алаңы”)'), else 'this item'."""
    if isinstance(english, str) and english:
        return english
    if isinstance(written, str) and written:
        return f"its item (“{written}”)"
    return "this item"


def item_family(item: object) -> str:
    """What a report counts, as far as its item's wording tells, the same in any language: the
    catalog's English name of the item ("деревьев" and "trees" -> "trees"), else its own words
    casefolded without punctuation, as contradictions compare items ('' when it names none).
    Two reports of different families may count different things (seedlings, trees)."""
    return " ".join(re.findall(r"[^\W_]+", item_in_english(item).casefold()))


@functools.cache
def _progress_items() -> dict[str, str]:
    return load_progress_items()


def progress_family(item: object) -> str:
    """What a report measures toward a target: its `item_family`, or the item whose target it
    also measures by the catalog's [progress_items] (seedlings planted toward "2 billion trees")."""
    family = item_family(item)
    return _progress_items().get(family, family)


@functools.cache
def _series_items() -> dict[str, str]:
    return load_series_items()


def _one_measure(items: pd.Series, metrics: pd.Series) -> pd.Series:
    """Item names with the catalog's [series_items] members named as their head item, per metric,
    where that metric's facts include the head item or the metric counts by it ("people" as
    "participants" beside "participants", or on the participants' own chart, which read "people ·
    actual" over the sample's 2.4 M; a population's people stay "people")."""
    groups = _series_items()
    present = set(zip(metrics, items, strict=True))
    head = items.map(lambda name: groups.get(name, name))
    merge = pd.Series(
        [(m, named) in present or metrics_own_item(m, named) for m, named in zip(metrics, head, strict=True)],
        index=items.index,
    )
    return items.where(~merge, head)


# A series' name for the facts whose item the catalog does not name, beside ones it does.
OTHER_ITEMS = "other items"


@functools.cache
def _metric_items() -> dict[str, tuple[re.Pattern[str], ...]]:
    return {
        metric.metric_id: tuple(words for words in (metric.items, metric.subjects) if words is not None)
        for metric in load_catalog()
    }


def metrics_own_item(metric_id: object, item: object) -> bool:
    """Whether the item is one of the words its metric counts by (its catalog `items` or
    `subjects`: "компаний" for Astana Hub's participant companies, "exports" for IT exports):
    what the metric itself counts, so its series is the metric's, named in English by its
    label, not filed under OTHER_ITEMS."""
    lists = _metric_items().get(metric_id, ()) if isinstance(metric_id, str) else ()
    return isinstance(item, str) and any(words.search(item) for words in lists)


def counts_one_thing(metric_id: object) -> bool:
    """Whether the catalog defines the metric with no words it counts by (no `items` nor
    `subjects`): saxaul on the Aral seabed, a venture fund's target. Each of its figures counts
    that one thing, whatever its sentence calls it ("area", "seabed with saxaul plantations")."""
    return isinstance(metric_id, str) and _metric_items().get(metric_id) == ()


def _names_what_its_metric_counts(item: pd.Series, metrics: pd.Series) -> pd.Series:
    """Item names ('' for none) with a name the metric does not count by dropped (''): the fact is
    then the metric's, named by its label (a metric the catalog does not define keeps them).
    "rubbish dumps" are named "rubbish" by the catalog, but
    a chart of dumps identified, or of the share of dumps eliminated, counts dumps: "rubbish ·
    actual" named something the chart does not show."""
    known = _metric_items()  # a metric the catalog does not define keeps its items' names
    return pd.Series(
        [name if name in ("", OTHER_ITEMS) or metric not in known or metrics_own_item(metric, name) else ""
         for metric, name in zip(metrics, item, strict=True)],
        index=item.index,
    )  # fmt: skip


def _own_words_named_alike(item: pd.Series, own: pd.Series, metrics: pd.Series) -> pd.Series:
    """Item names with a metric's own words that the catalog does not name ("activities",
    "акций": '') named as the one item of that metric's facts that the catalog names and the
    metric also counts by ("events"), so one series has one legend name, not "events" beside
    "Taza Kazakstan: events held". With several such names (participants, volunteers) which one
    is meant is unknown: they keep the metric's label."""
    names: dict[object, set[str]] = {}
    for metric, name, counted in zip(metrics, item, own, strict=True):
        if counted and name not in ("", OTHER_ITEMS):
            names.setdefault(metric, set()).add(name)
    single = {metric: next(iter(found)) for metric, found in names.items() if len(found) == 1}
    return pd.Series(
        [single.get(metric, name) if counted and name == "" else name
         for metric, name, counted in zip(metrics, item, own, strict=True)],
        index=item.index,
    )  # fmt: skip


def _metrics_english_words(
    item: pd.Series, written: pd.Series, own: pd.Series, metrics: pd.Series
) -> pd.Series:
    """Item names with a fact the metric counts by its own English words ("green plants"), still
    unnamed beside items the catalog names, named by those words of the catalog: under the
    metric's label ("Taza Kazakstan: trees and seedlings planted") 2.5 M green plants read as
    the total of the trees and seedlings drawn beside it. The catalog keeps them apart from
    trees and seedlings in series ([progress_items] merges items for progress bars only).
    Words in another script stay under the label: no legend is named in the sentence's language."""
    lists = _metric_items()

    def english(metric: object, words: object) -> str:
        patterns = lists.get(metric, ()) if isinstance(metric, str) else ()
        found = [
            m.group(0) for pattern in patterns if isinstance(words, str) and (m := pattern.search(words))
        ]
        return found[0].casefold() if found and found[0].isascii() else ""

    return pd.Series(
        [english(metric, words) or name if counted and name == "" else name
         for metric, name, words, counted in zip(metrics, item, written, own, strict=True)],
        index=item.index,
    )  # fmt: skip


def fact_key(frame: pd.DataFrame) -> pd.Series:
    """What a fact is about, to tell facts apart: the metric's label (when a chart draws several
    metrics), the category when the metric has categories, and the item the sentence names by
    the catalog's English name (item_names), so one item in three languages is one colour and
    one legend entry. An item the catalog does not name is the metric's (or OTHER_ITEMS beside
    named ones, unless the metric counts by its words): its words as written stay in the hover,
    never a legend's English."""
    several_metrics = frame["metric_id"].nunique() > 1
    category = frame["category"].fillna("").astype(str)
    item = frame["item"].map(item_label) if "item" in frame else pd.Series("", index=frame.index)
    item = _one_measure(item, frame["metric_id"])
    item = _names_what_its_metric_counts(item, frame["metric_id"])
    named = (
        frame.assign(_item=item)
        .groupby("metric_id", dropna=False)["_item"]
        .transform(lambda items: (items != "").any())
    )
    own = pd.Series(
        [metrics_own_item(m, i) for m, i in zip(frame["metric_id"], frame.get("item", item), strict=True)],
        index=frame.index,
    )
    item = item.where((item != "") | ~named | own, OTHER_ITEMS)
    item = _own_words_named_alike(item, own, frame["metric_id"])
    named_beside = item.groupby(frame["metric_id"]).transform(lambda items: (items != "").any())
    item = _metrics_english_words(item, frame.get("item", item), own & named_beside, frame["metric_id"])
    if several_metrics:
        # beside its label, a metric's one item says nothing more ("IT services exports: volume
        # (exports of IT services)"); items name entries only where a metric's facts differ in them
        kinds = item.groupby(frame["metric_id"]).transform("nunique")
        item = item.where(kinds > 1, "")

    def about(label: str, category: str, item: str) -> str:
        detail = " · ".join(part for part in (category, item) if part)
        if several_metrics:
            return f"{label} ({detail})" if detail else label
        return detail or label

    return pd.Series(
        [about(*parts) for parts in zip(frame["label"].astype(str), category, item, strict=True)],
        index=frame.index,
    )


@functools.cache
def _level_metrics() -> frozenset[str]:
    return load_level_metrics()


def placed(frame: pd.DataFrame) -> pd.DataFrame:
    """Each fact's place on the time axis: `start`/`end` (end exclusive) for a period, `at` for
    a point. A target or an open-ended 'by' figure sits at its deadline, a 'from' figure at its
    start, a figure without a period at the date it was first reported (flagged). A level at a
    moment (the catalog's [levels]: "increased to 2,000 last year") sits at its period's end: a
    line across the year read as 2,000 all year, over a lower count of its February."""
    out = frame.copy()
    start = pd.to_datetime(out["period_start"])
    end = pd.to_datetime(out["period_end"])
    level = out["metric_id"].isin(_level_metrics()) if "metric_id" in out else False
    spans = start.notna() & end.notna() & (start < end) & (out["kind"] != "target") & ~level
    out["is_span"] = spans
    out["level_at_end"] = level & start.notna() & end.notna() & (start < end)
    out["start"] = start.where(spans)
    out["end"] = (end + timedelta(days=1)).where(spans)
    reported = pd.to_datetime(out["first_published_at"]).dt.normalize()
    out["at"] = end.fillna(start).fillna(reported).where(~spans)
    basis = out["period_basis"] if "period_basis" in out else pd.Series(None, index=out.index, dtype=object)
    # A target whose sentence writes no deadline, dated only by the year or day it was published
    # ("Мемлекет басшысы ... 2 млрд ағаш отырғызуды тапсырғаны белгілі" after "биыл ..."), has no
    # deadline to draw: undated, at the day first reported, never a star at that year's end.
    guessed_deadline = (
        (out["kind"] == "target")
        & basis.isin(INFERRED_BASES)
        & end.dt.year.eq(reported.dt.year)
        & (start.isna() | start.dt.year.eq(reported.dt.year))
    )
    out.loc[guessed_deadline, "at"] = reported[guessed_deadline]
    out["undated"] = (start.isna() & end.isna()) | guessed_deadline
    out["inferred"] = basis.isin(INFERRED_BASES) & ~out["undated"]
    return out


def plotted(frame: pd.DataFrame) -> pd.Series:
    """Each fact's height on a value axis: its value, a fall below zero (values are stored
    unsigned, their way in `direction`), so a fall never reads as a rise."""
    if "is_change" not in frame or "direction" not in frame:
        return frame["value"]
    falls = frame["is_change"].fillna(False).astype(bool) & (frame["direction"] == "down")
    return frame["value"].where(~falls, -frame["value"].abs())


def tint(colour: str, share: float = 0.6) -> str:
    """`colour` (#rrggbb) mixed with `share` of white: the lighter fill of an inferred mark."""
    red, green, blue = (int(colour[n : n + 2], 16) for n in (1, 3, 5))
    return "#" + "".join(f"{round(c + (255 - c) * share):02x}" for c in (red, green, blue))


def as_written(row: pd.Series, compact: bool = False) -> str:
    """A fact's value in full with the qualifier of the report it is shown with, and a change's
    way: 'more than 15,000', '▼ −9.1 %'; `compact` as chart labels write it ('$1 B'), which a
    card or a table under a chart uses so that a page writes one figure one way."""
    return fmt.reported(
        row["value"],
        row["unit"],
        row.get("qualifier"),
        row.get("is_change"),
        row.get("direction"),
        compact=compact,
    )


def basis_text(row: pd.Series) -> str:
    """How a fact's period was found, from its most direct report, and by how many of its
    reports when not all: 'in its sentence (1 of 3 reports)'; '' when the store recorded none."""
    basis = fmt.period_basis(row.get("period_basis"))
    mentions, direct = row.get("mentions"), row.get("basis_mentions")
    if basis and not pd.isna(mentions) and not pd.isna(direct) and direct < mentions:
        basis += f" ({int(direct)} of {int(mentions)} reports)"
    return basis


def period_text(row: pd.Series) -> str:
    """A fact's period and how it was found: 'period 2025 · from the headline or an earlier
    sentence'; the period alone when the store recorded no basis."""
    period = fmt.period(row["period_start"], row["period_end"])
    basis = basis_text(row)
    return f"period {period}" + (f" · {basis}" if basis else "")


def _english_name(item: object) -> str:
    """' (seedlings)' after an item written otherwise ('көшет'), else ''."""
    english = item_in_english(item)
    return f" ({html.escape(english, quote=False)})" if english and english != item else ""


def _publisher(row: pd.Series) -> str:
    """The article's publisher, or '' when it names none (fmt.named_publisher): in a chart frame a
    missing one is NaN (which `or` takes for a name), and a hover or card must not end in an empty
    field after ' · ' (the callers join only the parts that say something)."""
    return plain(fmt.named_publisher(row.get("source")) or "")


def _hover(row: pd.Series, unit: str) -> str:
    period = (
        "no period stated (drawn at the date it was first reported)" if row["undated"] else period_text(row)
    ) + (" · a level: drawn at the end of its period" if row.get("level_at_end") else "")
    kind = fmt.kind(row["kind"], row.get("is_change"))
    # "published": a bare date under the title read as one more period (a 2025 figure of an article
    # of 21.01.2025 is worth checking against its sentence)
    published = "" if pd.isna(row.get("published_at")) else f"published {row['published_at']:%d.%m.%Y}"
    lines = [
        f"<b>{html.escape(as_written(row))}</b> · {html.escape(period)} · {kind}",
        named_item(row.get("item")) and f"item: {plain(row.get('item'))}" + _english_name(row.get("item")),
        plain(row.get("sentence"), 90),
        f"{plain(row.get('title'), 90)}<br>"
        + " · ".join(part for part in (published, _publisher(row)) if part)
        + (f" · {int(row['sources'])} articles" if row.get("sources", 1) > 1 else ""),
        row.get("also_reported") and f"also reported {plain(row['also_reported'])}",
    ]
    return "<br>".join(line for line in lines if line)


def _value_axis(values: pd.Series) -> dict:
    """Linear from zero (never zoomed into a sliver), or logarithmic when the facts span more
    than two orders of magnitude, so a 1.1 M next to a 2 B is still seen; never logarithmic with a
    value at or below zero, which is drawn where it is, below a marked zero."""
    positive = values[values > 0]
    if len(positive) == len(values) and positive.max() / positive.min() > 100:
        # powers of ten only (no crowd of 2, 3, 4 … minor labels), written as the marks' labels
        # write figures: Plotly's own read "1000" under "10k" and "1M" beside a "1.1 M t" label
        low, high = int(np.floor(np.log10(positive.min()))) - 1, int(np.ceil(np.log10(positive.max()))) + 1
        ticks = [10.0**power for power in range(low, high + 1)]
        return dict(type="log", tickvals=ticks, ticktext=[fmt.figure(tick, "count") for tick in ticks])
    if (values < 0).any():
        # signed values ("−28.5 m", "-3.3 %") are drawn as written, the axis through zero marked
        # (the template's zero line is as pale as the grid)
        return dict(rangemode="tozero", zeroline=True, zerolinecolor="#6c757d", zerolinewidth=1)
    return dict(rangemode="tozero")


def _moments(placed_facts: pd.DataFrame) -> pd.Series:
    return pd.concat([placed_facts["start"], placed_facts["end"], placed_facts["at"]]).dropna()


def _date_range(placed_facts: pd.DataFrame) -> list[pd.Timestamp]:
    moments = _moments(placed_facts)
    first, last = moments.min(), moments.max()
    if last - first < SHORT_SERIES:  # a few days of marks: an axis of days (_date_ticks)
        padding = max(SHORT_PADDING, (last - first) * 0.25)
    else:
        padding = max(MIN_DATE_PADDING, (last - first) * 0.12)  # room for the label of a mark at either end
    return [first - padding, last + padding]


def _date_ticks(placed_facts: pd.DataFrame) -> dict:
    """The date axis's ticks of a short series (its marks within SHORT_SERIES): at the marks' own
    days only ("21 Jan 2025", as the labels write a day), so the axis names no day nothing was
    reported for; {} (Plotly's own ticks) for a longer one."""
    moments = _moments(placed_facts)
    days = sorted({pd.Timestamp(moment).normalize() for moment in moments})
    if not days or days[-1] - days[0] >= SHORT_SERIES or len(days) > MOST_DAY_TICKS:
        return {}
    return dict(tickvals=days, ticktext=[fmt.period(day, day) for day in days])


# Where a point's label stands for its anchor (label_placed): over it, ending at it, starting at it
_POINT_LABEL_SIDES = {"middle": "center", "end": "left", "start": "right"}


def _marks(group: pd.DataFrame, labelled: bool) -> dict[str, list]:
    """The points of one trace: a span is its start, middle (where its label usually sits) and end,
    then a gap (None), so one trace draws many separate spans; a point is one point. A fact's
    label is drawn when `label_placed` chose it (`label_shown`, `label_below`), a span's over its
    middle or ending at its end or starting at its start (`label_anchor`); `labelled`: some
    label of the chart is drawn."""
    marks: dict[str, list] = {"x": [], "y": [], "text": [], "hovertext": [], "size": [], "opacity": [],
                              "textposition": []}  # fmt: skip
    # rows as dicts: iterrows made a Series of every wide row (sentence, title, provenance)
    for row in group.to_dict("records"):
        unit = row["unit"]
        text = row["label_text"] if row["label_shown"] else ""
        anchor = row.get("label_anchor", "middle")
        side = "bottom" if row["label_below"] else "top"
        hover = _hover(row, unit)
        if row.get("drawn_y", row["y"]) != row["y"]:
            hover += "<br>drawn just under its value: another figure's line lies over this one's period"
        if row["is_span"]:
            middle = row["start"] + (row["end"] - row["start"]) / 2
            # the middle's marker is as large as the ends' but unseen (opacity 0): Plotly sets a
            # label off its point by the marker's size, and at none the line struck it through
            points = [(row["start"], text if anchor == "start" else "", 10, 1.0, f"{side} right"),
                      (middle, text if anchor == "middle" else "", 10, 0.0, f"{side} center"),
                      (row["end"], text if anchor == "end" else "", 10, 1.0, f"{side} left"),
                      (None, "", 0, 0.0, f"{side} center")]  # fmt: skip
        else:
            points = [(row["at"], text, 12, 1.0, f"{side} {_POINT_LABEL_SIDES.get(anchor, 'center')}")]
        for x, label_text, size, seen, position in points:
            marks["x"].append(None if x is None else x.isoformat())  # strings: Plotly checks them fast
            marks["y"].append(None if x is None else row.get("drawn_y", row["y"]))
            # " ", not "", for a mark without a label: plotly.js 4.2 (Streamlit's) drops other
            # labels of a trace whose texts are partly empty strings
            marks["text"].append(label_text or (" " if labelled and x is not None else ""))
            marks["hovertext"].append("" if x is None else hover)
            marks["size"].append(size)
            marks["opacity"].append(seen)
            marks["textposition"].append(position)
    return marks


def _label_text(row: pd.Series) -> str:
    """'more than 15,000 · 2025': the value as its sentence says it ("▼ −9.1 %"), and its period."""
    label = fmt.reported(row["value"], row["unit"], row.get("qualifier"), row.get("is_change"), row.get("direction"),
                         compact=abs(row["value"]) >= 1e6)  # fmt: skip
    when = "undated" if row["undated"] else fmt.period(row["period_start"], row["period_end"])
    return f"{label} · {when}"


LANE_STEP = 7  # px (a line is 6 wide): a span whose line another span's covers is drawn this much lower
COVERED = 4  # px: lines of spans closer than this hide most of one another; farther, both show


def _lane_steps(
    is_span: pd.Series, start: pd.Series, end: pd.Series, y: pd.Series, values: pd.Series
) -> pd.Series:
    """How many lanes under its value each span is drawn (0 for most): a span over part of a
    longer one at the same value ('6.2 M · 2024' inside 'more than 6.2 M · 2019–Apr 2025') lay
    under its line, unseen; the longer keeps its place, the shorter steps down until its line is
    clear. Only a span of the very same value steps: two different values drawn close together
    keep their own heights, the axis reading them as written. Pixels as `label_placed` estimates
    them; the hover keeps the value as reported."""
    steps = pd.Series(0, index=is_span.index)
    taken: list[tuple[float, float, float, float]] = []
    for index in (end - start)[is_span.astype(bool)].sort_values(ascending=False, kind="stable").index:
        while any(s < end[index] and start[index] < e and value == values[index]
                  and abs(level - (y[index] - steps[index] * LANE_STEP)) < COVERED
                  for s, e, level, value in taken):  # fmt: skip
            steps[index] += 1
        taken.append((start[index], end[index], y[index] - steps[index] * LANE_STEP, values[index]))
    return steps


def label_placed(
    facts: pd.DataFrame, dates: list[pd.Timestamp], value_axis: dict, height: int
) -> pd.DataFrame:
    """`facts` (placed, with `y` and `about`) with the label each is written with (`label_text`),
    whether it is drawn (`label_shown`) and below its mark rather than above (`label_below`).
    Labels are placed in order of what a reader looks for first: each legend entry's latest fact
    (the one whose period ends last), then its largest, then the most-reported of the rest, a
    period its sentence states before an inferred one; each above its mark, else below, and only
    where it overlaps no label already placed (estimated in pixels on a narrow plot). A label
    that fits nowhere is left to the hover: never two labels drawn over each other."""
    out = facts.assign(label_text=[_label_text(row) for row in facts.to_dict("records")])
    when = out["at"].fillna(out["start"] + (out["end"] - out["start"]) / 2)
    first, last = dates
    x = (when - first) / (last - first) * LABEL_PLOT_WIDTH
    plot_height = (
        height - 50 - (LEGEND_DROP + 22 + 29 * 2)
    )  # the title's margin above, the legend's below (fact_series)
    values = out["y"].astype(float)
    if value_axis.get("type") == "log":
        low, high = np.log10(values.min()) - 0.3, np.log10(values.max()) + 0.3
        y = (np.log10(values) - low) / (high - low) * plot_height
    else:
        low, high = min(0.0, values.min()), max(0.0, values.max()) * 1.05
        y = (values - low) / ((high - low) or 1) * plot_height
    # A legend entry's latest is the fact whose period ends last, not whose middle is latest: a
    # report for Jan 2024 to Jul 2025 is newer than one for Jan to Jun 2025 (and was unlabelled).
    ends = out["at"].fillna(out["end"])
    doubtful = out.get("inferred", False) | out.get("undated", False)
    entries = [out["about"], out["kind"], doubtful]
    rank = pd.Series(2, index=out.index)
    rank[out.index.isin(values.groupby(entries).idxmax())] = 1
    rank[out.index.isin(ends.groupby(entries).idxmax())] = 0
    order = (
        out.assign(_rank=rank, _doubtful=doubtful, _sources=out.get("sources", 1))
        .sort_values(["_rank", "_doubtful", "_sources"], ascending=[True, True, False], kind="stable")
        .index
    )
    # the marks are in the way too: a point its marker, a span its line
    start = ((out["start"] - first) / (last - first) * LABEL_PLOT_WIDTH).fillna(x - 6)
    end = ((out["end"] - first) / (last - first) * LABEL_PLOT_WIDTH).fillna(x + 6)
    step = _lane_steps(out["is_span"], start, end, y, values)
    y = y - step * LANE_STEP
    if value_axis.get("type") == "log":
        drawn = 10 ** (low + y / plot_height * (high - low))
    else:
        drawn = low + y / plot_height * ((high - low) or 1)
    out = out.assign(drawn_y=values.where(step == 0, drawn))
    boxes = [(s, e, v - 6, v + 6) for s, e, v in zip(start, end, y, strict=True)]
    shown, below = pd.Series(False, index=out.index), pd.Series(False, index=out.index)
    anchor = pd.Series("middle", index=out.index)
    for index in order:
        width = text_width(out.at[index, "label_text"]) + 2 * LABEL_GAP
        # a span's label over its middle, else ending at its end or starting at its start,
        # where a neighbour's mark may leave room
        lefts = {"middle": x[index] - width / 2}
        if out.at[index, "is_span"]:
            lefts |= {"end": end[index] - width, "start": start[index]}
        else:  # a point near the plot's edge: its label ending or starting at it, inside the plot
            lefts |= {"end": x[index] - width, "start": x[index]}
        for (at, left), under in itertools.product(lefts.items(), (False, True)):
            bottom = y[index] - 7 - LABEL_HEIGHT if under else y[index] + 7
            box = (left, left + width, bottom, bottom + LABEL_HEIGHT)
            if under and bottom < 0:  # under the plot: over the date ticks
                continue
            if box[0] < 0 or box[1] > LABEL_PLOT_WIDTH:  # past the plot's edge: cut, or over the ticks
                continue
            if not any(box[0] < b[1] and b[0] < box[1] and box[2] < b[3] and b[2] < box[3] for b in boxes):
                boxes.append(box)
                shown[index], below[index], anchor[index] = True, under, at
                break
    return out.assign(label_shown=shown, label_below=below, label_anchor=anchor)


FADED_OPACITY = 0.45  # a mark whose period is inferred or undated
LEGEND_DROP = 72  # px from the plot's foot to the legend: the date ticks and the axis title
FACT_ROOM = 26  # px of chart height per fact beyond the smallest chart: a label's line and a gap


def _kind_words(about: str, kind: str) -> str:
    """A legend entry's kind: 'target', or '' when what it is about already says it ('IT services
    exports: target' is no 'target · target')."""
    return "" if re.search(rf"\b{re.escape(kind)}\b", about, re.IGNORECASE) else kind


def _legend_key(facts: pd.DataFrame) -> str:
    """The legend's title: how the marks of the kinds and periods drawn are told apart."""
    keys = []
    if (facts["kind"] != "actual").any():
        keys.append("dotted line, hollow marker: " + " or ".join(sorted(set(facts["kind"]) - {"actual"})))
    if (facts["kind"] == "actual").any() and keys:
        keys.insert(0, "solid, filled: actual")
    if facts["inferred"].any() or facts["undated"].any():
        keys.append("faded: period inferred or undated")
    return " · ".join(keys)


def fact_series_height(facts: int, entries: int) -> int:
    """A fact chart's height in pixels: room for the legend's rows, and a taller plot for many
    facts, so that a crowded series (two dozen on a log axis) gets its marks apart and most of
    its labels drawn instead of left to the hover; at most 1,000 px, about a window's height."""
    return min(max(480 + 22 * min(entries * 2, 10), 300 + FACT_ROOM * facts), 1000)


def _laid_out(frame: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """The facts as their series chart draws them (placed, what each is about, one mark per figure
    reported twice, each label decided by label_placed), and the chart's height."""
    facts = placed(frame)
    facts["y"] = plotted(facts)
    facts["about"] = fact_key(facts)
    facts = folded(facts)  # one figure reported twice, one mark
    facts["shape"] = facts["is_span"].map({True: "span", False: "point"}).where(~facts["undated"], "undated")
    facts["variant"] = (
        facts["inferred"].map({True: INFERRED_SUFFIX, False: ""}).where(~facts["undated"], " (undated)")
    )
    height = fact_series_height(len(facts), facts["about"].nunique())
    return label_placed(facts, _date_range(facts), _value_axis(facts["y"]), height), height


def _unlabelled_row(row: pd.Series) -> dict[str, str]:
    published = "" if pd.isna(row.get("published_at")) else f"{row['published_at']:%d.%m.%Y}"
    more = int(row.get("sources", 1)) - 1
    return {
        "figure": as_written(row, compact=True),  # as the chart's labels write it ("2 B")
        "period": "undated" if row["undated"] else fmt.period(row["period_start"], row["period_end"]),
        "kind": fmt.kind(row["kind"], row.get("is_change")),
        "counts": plain(row["about"]),
        "period basis": fmt.period_basis_short(row.get("period_basis")),
        "article": " · ".join(part for part in (published, _publisher(row)) if part)
        + f" — {plain(row.get('title'))}"
        + (f" (and {fmt.plural(more, 'more article')})" if more > 0 else ""),
    }


def unlabelled(frame: pd.DataFrame) -> pd.DataFrame:
    """The figures fact_series draws without a label (it would cover another label or a mark), to
    read them under the chart without hovering: each as written with its period, kind, what it
    counts, how its period was found and its article, from the top of the chart down. Each is
    one mark's figure, never a sum."""
    return _unlabelled_of(_laid_out(frame)[0])


def series_and_unlabelled(frame: pd.DataFrame, title: str, layout: dict) -> tuple[go.Figure, pd.DataFrame]:
    """fact_series and unlabelled of one frame, its labels placed once: placing them was a third
    of a series page's time, and the two had each placed them."""
    facts, height = _laid_out(frame)
    return _series_figure(facts, height, title, layout), _unlabelled_of(facts)


def _unlabelled_of(facts: pd.DataFrame) -> pd.DataFrame:
    hidden = facts[~facts["label_shown"]].sort_values(["y", "end", "at"], ascending=False, na_position="last")
    columns = ["figure", "period", "kind", "counts", "period basis", "article"]
    return pd.DataFrame([_unlabelled_row(row) for _, row in hidden.iterrows()], columns=columns)


def fact_series(frame: pd.DataFrame, title: str, layout: dict) -> go.Figure:
    """Every fact its own mark at its own value: a period a horizontal span, a point in time a
    marker, a target a star at its deadline. Colour tells what the fact is about (metric,
    category, item), the marker its kind; the hover gives the sentence and the article. One
    trace per legend entry (what, kind, shape), so hundreds of facts draw quickly."""
    return _series_figure(*_laid_out(frame), title, layout)


def _series_figure(facts: pd.DataFrame, height: int, title: str, layout: dict) -> go.Figure:
    """fact_series of facts laid out by _laid_out, at its height."""
    colours = {key: PALETTE[n % len(PALETTE)] for n, key in enumerate(dict.fromkeys(facts["about"]))}
    labelled = bool(facts["label_shown"].any())
    # a chart of changes (the series page draws levels and changes apart): falls below the zero line
    changes = bool(facts["is_change"].fillna(False).astype(bool).all()) if "is_change" in facts else False
    figure = go.Figure()
    shown: set[tuple[str, str, str]] = set()
    # One legend entry per what, kind and variant (period in the sentence, inferred, undated);
    # a variant's spans and points are two traces of one legend group.
    for (about, kind, variant, shape), group in facts.groupby(
        ["about", "kind", "variant", "shape"], sort=False
    ):
        colour = colours[about]
        marks = _marks(group, labelled)
        # Two encodings that never share a channel: what kind of figure it is by the line's dash and
        # the marker's fill (an actual solid and filled; a plan, target or forecast dotted and
        # hollow), how sure its period is by opacity (faded: inferred or undated, see the legend).
        planned = kind != "actual"
        faded = variant != ""
        figure.add_scatter(
            x=marks["x"], y=marks["y"], text=marks["text"], hovertext=marks["hovertext"], hoverinfo="text",
            textposition=marks["textposition"], cliponaxis=False,  # a label above the highest mark stays whole
            mode="lines+markers+text" if shape == "span" else "markers+text",
            line=dict(width=4 if planned else 6, color=colour, dash="dot" if planned else "solid"),
            opacity=FADED_OPACITY if faded else 1.0,
            connectgaps=False, name=" · ".join(part for part in (plain(about), _kind_words(about, kind)) if part) + variant,
            legendgroup=f"{about}|{kind}|{variant}", showlegend=(about, kind, variant) not in shown,
            marker=dict(symbol=KIND_SYMBOLS.get(kind, "circle"), size=marks["size"], opacity=marks["opacity"],
                        color="white" if planned else colour,
                        line=dict(width=2 if planned else 1, color=colour if planned else "white")),
        )  # fmt: skip
        shown.add((about, kind, variant))
    notes = _reported_apart_note(facts)
    value_axis = _value_axis(facts["y"])
    # Room for the value ticks and title on the left, and below for the date ticks, the axis
    # title and the legend, which hangs a fixed distance under the plot (a share of the plot's
    # height left a gap that grew with a tall chart): its key line, then its rows of entries.
    entries = [trace.name for trace in figure.data if trace.showlegend]
    rows = 1 + int(sum(40 + text_width(name) for name in entries) // 850)
    bottom = LEGEND_DROP + 22 + 29 * rows
    top = layout["margin"]["t"] + SUBTITLE_LINE * notes.count("<br>")
    # One update_layout: each validates what it is given, a second one was a fifth of the chart's time
    figure.update_layout(
        title=title + notes,
        xaxis=dict(type="date", title="period (a line spans it; a marker is a date or a deadline)",
                   range=_date_range(facts), **_date_ticks(facts)),
        # a log axis says so, as the age chart's does: its equal steps are tenfold ones
        yaxis=dict(title=fmt.unit_name(facts["unit"].iloc[0]) + (" (change)" if changes else "")
                   + (" (log scale)" if value_axis.get("type") == "log" else ""),
                   **value_axis, **({"zeroline": True, "zerolinewidth": 2, "zerolinecolor": "#6c757d"} if changes else {})),
        legend=dict(orientation="h", yanchor="top", x=0, title=dict(text=_legend_key(facts), side="top"),
                    y=-LEGEND_DROP / (height - layout["margin"]["t"] - bottom)),
        hovermode="closest",
        **{**layout, "height": height + top - layout["margin"]["t"],  # the plot keeps its height under the notes
           "margin": {**layout["margin"], "l": 82, "b": bottom, "t": top}},
    )  # fmt: skip
    return figure


SUBTITLE_LINE = 18  # px: a <sup> line under a chart's title
MOST_APART = 3  # figures named under a chart's title as drawn at more than one period


def _reported_apart_note(facts: pd.DataFrame) -> str:
    """Subtitle lines (for the screen and every download) naming each figure drawn at more than
    one period ("183 (events): 2024; 1 Jan 2019–15 Apr 2025"): three reports of one 183 drew three
    marks with nothing to say they are one number dated differently by its articles."""
    lines = reported_apart(facts)
    if not lines:
        return ""
    shown = lines[:MOST_APART] + ([f"and {fmt.plural(len(lines) - MOST_APART, 'more figure')}"]
                                  if len(lines) > MOST_APART else [])  # fmt: skip
    head = "One figure reported for more than one period, drawn at each as its reports date it (never added):"
    return "".join(f"<br><sup>{html.escape(line)}</sup>" for line in (head, *shown))


def fact_card(row: pd.Series, title: str, layout: dict) -> go.Figure:
    """One fact as a card (for export and the report; the app draws it with Streamlit):
    value as the app's card writes it ('$1 B', then 'exactly $1,000,000,000' when that differs),
    period, kind, item, sentence, article, publisher and link."""
    published = "" if pd.isna(row.get("published_at")) else f"published {row['published_at']:%d.%m.%Y}"
    # the figure as the app's card writes it ("$1 B"), the exact value on a line of its own below
    exact, shown = as_written(row), as_written(row, compact=True)
    lines = [
        f"<span style='font-size:26px'><b>{html.escape(shown)}</b></span>",
        *([f"<span style='font-size:12px'>exactly {html.escape(exact)}</span>"] if exact != shown else []),
        f"{html.escape(period_text(row))} · {fmt.kind(row['kind'], row.get('is_change'))}"
        # the item as its sentence words it, quoted as the hover does: not an English label
        + (
            f" · item: {plain(row.get('item'))}{_english_name(row.get('item'))}"
            if named_item(row.get("item"))
            else ""
        ),
        "",
        f"“{plain(row.get('sentence'), 100)}”",
        "",
        f"{plain(row.get('title'), 100)}",
        " · ".join(part for part in (published, _publisher(row)) if part)
        + (f" · {plain(row['url'])}" if isinstance(row.get("url"), str) else " · URL not recorded"),
    ]
    figure = go.Figure(layout=dict(title=title, meta={"chart": "card"}, **{**layout, "height": 340}))
    figure.add_annotation(
        text="<br>".join(lines), showarrow=False, xref="paper", yref="paper", x=0, y=1, xanchor="left",
        yanchor="top", align="left", font=dict(size=14),
    )  # fmt: skip
    figure.update_xaxes(visible=False)
    figure.update_yaxes(visible=False)
    return figure
