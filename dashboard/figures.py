"""One function per chart: DataFrame in, Plotly figure out. Used by the pages, by
`ktpulse export charts` and by the HTML report alike, so a chart is fixed once."""

from __future__ import annotations

import html
import textwrap
from datetime import timedelta

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
from plotly.subplots import make_subplots

from dashboard import bar_labels, fact_figures, on_screen
from dashboard import format as fmt
from dashboard.comparison_periods import HALVES, LATEST, MONTHS, WEEKS
from dashboard.fact_figures import text_width
from dashboard.progress import has_bar, no_actual_words
from dashboard.progress_reasons import no_bar_figure

KIND_COLOURS = {"actual": "#2a9d8f", "target": "#e76f51", "plan": "#e9c46a", "forecast": "#8ab17d"}
# One template object, set once: naming a template per figure made Plotly deep-copy the
# default one and then the named one into every figure (~30 ms each, 9 figures a page).
TEMPLATE = pio.templates["plotly_white"]
pio.templates.default = "plotly_white"
PANEL_GAP = 0.2  # of the plot's width, between the period comparison's two panels
LAYOUT = dict(template=TEMPLATE, margin=dict(l=10, r=10, t=50, b=10), height=420, font=dict(size=13))


def label_margin(labels: list[str]) -> int:
    """A left margin that fits the longest of these category labels (fact_figures.text_width)."""
    return int(max((text_width(label) for label in labels), default=0)) + 18


def _short(text: str, width: int = 60) -> str:
    """`text` cut to `width` characters at a word's end (never "IT servic…"), keeping a closing
    '(…)' whole, or its last part after a comma when it is long: the period of a target's label
    ('… Aral Sea bed (area, 2021–2024)') says which target it is."""
    if len(text) <= width:
        return text
    tail = text[text.rindex(" (") :] if text.endswith(")") and " (" in text else ""
    if len(tail) > width // 2 and ", " in tail:  # '(exports of IT services, by 2026)': its period whole
        tail = tail[tail.rindex(", ") :]
    if not tail or len(tail) > width // 2:
        tail = ""
    return _words_within(text[: len(text) - len(tail)], width - 1 - len(tail)) + "…" + tail


def _words_within(text: str, width: int) -> str:
    """The whole words of `text` that fit in `width` characters (a word longer than that: cut)."""
    head = text[: width + 1]
    if len(text) > width and " " in head:
        head = head[: head.rindex(" ")]
    return head[:width].rstrip(" ,:;(")


def _unique_labels(labels: list[str], published: list | None = None, width: int | None = 60) -> list[str]:
    """Axis labels, shortened to `width` characters (None: whole) and escaped (page text is never
    markup), made unique: Plotly puts bars with the same category label at the same position, on
    top of each other. Articles of one headline (two stories of a day under one title) are told apart by their publication time
    when it is given ("… (10.03.2026 19:41)"), else numbered."""
    shorts = [fact_figures.plain(_short(str(label), width) if width else str(label)) for label in labels]
    if published is not None:
        repeated = {short for short in shorts if shorts.count(short) > 1}
        shorts = [
            f"{short} ({pd.Timestamp(when):%d.%m.%Y %H:%M})"
            if short in repeated and pd.notna(when)
            else short
            for short, when in zip(shorts, published, strict=True)
        ]
    seen: dict[str, int] = {}
    unique = []
    for short in shorts:
        seen[short] = seen.get(short, 0) + 1
        unique.append(short if seen[short] == 1 else f"{short} ({seen[short]})")
    return unique


def _empty(title: str, message: str = "No data for these filters") -> go.Figure:
    figure = go.Figure(layout=dict(title=title, **LAYOUT))
    figure.add_annotation(
        text=message, showarrow=False, font=dict(size=16), xref="paper", yref="paper", x=0.5, y=0.5
    )
    figure.update_xaxes(visible=False)
    figure.update_yaxes(visible=False)
    return figure


def _hbar(frame: pd.DataFrame, label: str, value: str, title: str, text: list[str], colour: str,
          details: list[str] | None = None, whole: bool = False) -> go.Figure:  # fmt: skip
    """Ranked bars, the first on top; `details` (one per row) follow each bar's label in its hover;
    `whole`: each label over its bar whole, in lines (a category names what is counted: "resident
    doctors and master's students of medical…" lost its last word), not cut at 60 characters."""
    ordered = frame.iloc[::-1]  # largest on top
    hover = [fact_figures.plain(v, 90) for v in ordered[label]]
    if details is not None:
        hover = [f"{h}<br>{d}" for h, d in zip(hover, details[::-1], strict=True)]
    published = list(ordered["published_at"]) if "published_at" in ordered else None
    labels = _unique_labels(list(ordered[label]), published)
    figure = go.Figure(
        go.Bar(
            x=ordered[value],
            y=labels,
            orientation="h",
            text=text[::-1],
            textposition="auto",
            marker_color=colour,
            hovertext=hover,
            hovertemplate="%{hovertext}<br>%{text}<extra></extra>",
        )  # fmt: skip
    )
    figure.update_layout(title=title, **{k: v for k, v in LAYOUT.items() if k != "height"})
    figure.update_layout(margin=dict(b=38))  # the value ticks below
    above = (
        [bar_labels.wrapped(text) for text in _unique_labels(list(ordered[label]), published, None)]
        if whole
        else labels
    )
    return bar_labels.fit_bars(figure, above)  # labels above the bars, texts with room


def note_ties(figure: go.Figure, tied: int, same: str) -> go.Figure:
    """A ranked list's figure with a subtitle when its cut leaves out `tied` articles equal to its
    last place ('3 more articles have 1,204 views'; `same`: 'have 1,204 views'): a cut inside a
    tie is never silent, and which of the equals are shown is said (the newer first)."""
    if tied <= 0:
        return figure
    verb = same.replace("have ", "has ", 1) if tied == 1 else same
    note = f"{fmt.plural(tied, 'more article')} {verb}, as many as the last one shown (equal values: newest first)"
    figure.update_layout(title=f"{figure.layout.title.text}<br><sup>{html.escape(note)}</sup>")
    return bar_labels.with_top(figure, (figure.layout.margin.t or LAYOUT["margin"]["t"]) + 26)


def captured_days(observed: pd.Series) -> str:
    """The days a list's counts were captured, in Kazakhstan time: "captured 11.04.2026" or
    "captured 10.04.2026–11.04.2026"."""
    days = pd.to_datetime(observed).dropna()
    if days.empty:
        return "capture time not recorded"
    first, last = days.min(), days.max()
    span = f"{first:%d.%m.%Y}" if first.date() == last.date() else f"{first:%d.%m.%Y}–{last:%d.%m.%Y}"
    return f"captured {span}, {fmt.KZ_WORDS}"


# Not "Most-read articles": a journalist quoted the top bar as "the most-read story" where it was
# the oldest story counted, 444 days after publication against 3 weeks for the next.
TOP_COUNTS_TITLE = "Highest view counts"


def unequal_ages_note(days: pd.Series) -> str:
    """'Not a most-read ranking: counted from 21 to 473 days after publication; …' when a list's
    counts were taken at ages a day or more apart, else ''."""
    known = pd.to_numeric(days, errors="coerce").dropna()
    if known.empty or known.max() - known.min() < 1:
        return ""
    return (f"Not a most-read ranking: counted from {_age(known.min()).removesuffix(' old')} to "
            f"{_age(known.max()).removesuffix(' old')} after publication, and an older story had longer to gather views")  # fmt: skip


def top_articles(frame: pd.DataFrame) -> go.Figure:
    """Views per article at its latest snapshot, highest first; the title says on which days
    those snapshots were taken (beside "Latest refresh: 27.11.2026" a count captured in April read
    as today's) and, when the counts were taken at unequal ages, that this is no most-read ranking."""
    title = f"{TOP_COUNTS_TITLE} (views at the latest snapshot)"
    if frame.empty:
        return _empty(title)
    if "observed_at" in frame:
        title = f"{TOP_COUNTS_TITLE} (views at the latest snapshot, {captured_days(frame['observed_at'])})"
    if "days_since_publication" in frame and unequal_ages_note(frame["days_since_publication"]):
        title += f"<br><sup>{html.escape(unequal_ages_note(frame['days_since_publication']))}</sup>"
    # A count is the article's at its age then: an old story's lead over this month's is mostly
    # its age, so each bar says it (and the hover when it was published and counted).
    if not {"days_since_publication", "published_at", "observed_at"} <= set(frame.columns):
        return _hbar(frame, "title", "views", title, [fmt.views(v) for v in frame["views"]], "#264653")
    text = [
        f"{fmt.views(v)} · {_age(d)}"
        for v, d in zip(frame["views"], frame["days_since_publication"], strict=True)
    ]
    details = [f"published {_when(p)}, counted {_when(o)} ({fmt.KZ_WORDS})"
               for p, o in zip(frame["published_at"], frame["observed_at"], strict=True)]  # fmt: skip
    figure = _hbar(frame, "title", "views", title, text, "#264653", details)
    if "<br>" in title:  # room for the subtitle
        bar_labels.with_top(figure, LAYOUT["margin"]["t"] + 26)
    return figure


def _when(moment: object) -> str:
    return (
        "at an unknown time"
        if moment is None or pd.isna(moment)
        else f"{pd.Timestamp(moment):%d.%m.%Y %H:%M}"
    )


def _age(days: float | None) -> str:
    """An article's age at its count: '444 days old', '1 day old', '5 h old' (under a day)."""
    if days is None or pd.isna(days):
        return "age unknown"
    if days < 1:
        return f"{days * 24:.0f} h old"
    return f"{days:,.0f} day{'s' if round(days) != 1 else ''} old"


def views_per_day(frame: pd.DataFrame) -> go.Figure:
    """Views per day since publication at the latest snapshot, for articles at least a day old
    then (a younger article's count is not a daily rate)."""
    title = "Views per day since publication (articles at least a day old at their latest snapshot)"
    frame = frame[frame["views_per_day"].notna()] if not frame.empty else frame
    if frame.empty:
        return _empty(title, "No article was a day old at its latest snapshot")
    # stable: equal rates keep the query's order (the newer first)
    ordered = frame.sort_values("views_per_day", ascending=False, kind="stable")
    text = [
        f"{fmt.per_day(v)}/day · {d:,.1f} days"
        for v, d in zip(ordered["views_per_day"], ordered["days_since_publication"], strict=True)
    ]
    return _hbar(ordered, "title", "views_per_day", title, text, "#2a9d8f")


def readership_growth(frame: pd.DataFrame) -> go.Figure:
    """Per article, the most views gained between two captures taken at different times."""
    title = "Largest gain between two captures, per article"
    if frame.empty:
        return _empty(title, "No article gained views between two captures")
    text = [
        f"{g:+,} in {h:,.0f} h" for g, h in zip(frame["views_gained"], frame["hours_between"], strict=True)
    ]
    return _hbar(frame, "title", "views_gained", title, text, "#e9c46a")


def views_by(frame: pd.DataFrame, dimension: str) -> go.Figure:
    """Total latest views by topic or by source. By topic, an article with several topics
    counts in each (the title says so)."""
    title = f"Views by {dimension}"
    if dimension == "topic":
        title += (
            "<br><sup>An article with several topics counts in each, so the bars can add up to more than the total;"
            f" articles with none are under “{fmt.NO_TOPIC}”</sup>"
        )
    if frame.empty:
        return _empty(title)
    if dimension == "source":  # the articles naming no publisher: said so, as the Sources filter says it
        frame = frame.assign(source=[fmt.source_label(s) for s in frame["source"]])
        if (frame["source"] == fmt.NO_PUBLISHER_NAMED).any():
            title += f"<br><sup>“{fmt.NO_PUBLISHER_NAMED}”: {fmt.NO_PUBLISHER_HELP}</sup>"
    text = [
        f"{fmt.views(v)} · {fmt.plural(int(n), 'article')}"
        for v, n in zip(frame["views"], frame["articles"], strict=True)
    ]
    return bar_labels.with_top(_hbar(frame, dimension, "views", title, text, "#457b9d"), 80)


# Why the chart compares the two periods it does (dashboard.comparison_periods), by the latest's label.
_WHY_CHOSEN = {
    MONTHS[0]: "The latest full month of the chosen period against the month before",
    WEEKS[0]: "The latest full week (Monday to Sunday) of the chosen period against the week before: it holds no two full months",
    HALVES[0]: "The chosen period's later half against its earlier half: it holds no two full weeks",
}  # fmt: skip


def comparison_title(frame: pd.DataFrame) -> str:
    """The period comparison's title: what is set against what ("February 2026 against January
    2026", "the week of 27.01.2025 against the week before"), or the chosen period against the
    previous one."""
    latest = frame["period"].iloc[0] if not frame.empty else "current"
    if latest == MONTHS[0]:
        return f"{frame['date_from'].iloc[0]:%B %Y} against {frame['date_from'].iloc[1]:%B %Y}"
    if latest == WEEKS[0]:
        return (f"The week of {frame['date_from'].iloc[0]:%d.%m.%Y} against the week of "
                f"{frame['date_from'].iloc[1]:%d.%m.%Y}")  # fmt: skip
    if latest == HALVES[0]:
        return "The chosen period's later half against its earlier half"
    return "Chosen period against the previous period of the same length"


def period_comparison(frame: pd.DataFrame) -> go.Figure:
    """Articles and views of the chosen period next to the previous period of the same
    length, each quantity on its own axis (side by side, nothing hidden behind another bar). A
    period before the store's first article has no bar and says so (its zero is not a count);
    one partly before it is hatched. A frame of two periods of the chosen one (its latest full
    month and the month before, ...: queries.readership_comparison) is titled by them, saying why."""
    title = "Chosen period against the previous period of the same length"
    if frame.empty:
        return _empty(title, "Choose a date range to compare")
    stored = frame["stored"] if "stored" in frame else pd.Series("whole", index=frame.index)
    first = frame["stored_from"].iloc[0] if "stored_from" in frame else None
    chosen = frame["period"].iloc[0] in LATEST  # no previous period in the store: two of its own
    if chosen:
        title = comparison_title(frame)
        if first is not None and not pd.isna(first):
            title += (f"<br><sup>{_WHY_CHOSEN[frame['period'].iloc[0]]}.<br>Nothing before {first:%d.%m.%Y} (the "
                      "store's first article) is in the store, so the chosen period has no previous one")  # fmt: skip
            left_out = frame["date_from"].iloc[1] - pd.Timedelta(days=1)  # halves of an odd number of days
            if frame["period"].iloc[0] == HALVES[0] and left_out >= pd.Timestamp(first):
                title += f"; {left_out:%d.%m.%Y} is in neither half"
            title += "</sup>"
    # In short lines, level: at a 900 px window a panel's two bars have ~85 px each, and
    # "latest full month<br>01.02.2026–28.02.2026" was slanted by Plotly, the two labels over
    # each other and cut at the chart's foot.
    labels = [
        "<br>".join(textwrap.wrap(str(row.period), 11))
        + f"<br>{row.date_from:%d.%m.%Y}–<br>{row.date_to:%d.%m.%Y}"
        for row in frame.itertuples()
    ]
    colours = ["#264653" if p == "current" or p in LATEST else "#a8dadc" for p in frame["period"]]
    pattern = dict(shape=["/" if s == "part" else "" for s in stored], fillmode="overlay", fgcolor="white")
    # Each article's latest count, whatever its age then: the earlier period's articles had
    # longer to gather views, so a fall in views is no fall in readership by itself (the
    # cards' help says so at length; the panel's title must fit half the chart's width: in one
    # line each, the two ran into each other at a 900 px window, so each is two short lines).
    # The panels a fifth of the plot apart: at Plotly's tenth (about 35 px at a 900 px window) the
    # views panel's ticks ("200,000", "1.5 M") were drawn against the articles panel's last bar.
    figure = make_subplots(
        rows=1, cols=2, subplot_titles=("Articles with<br>a view count",
                                        "Views (latest counts,<br>at unequal ages)"),
        horizontal_spacing=PANEL_GAP,
    )  # fmt: skip
    for col, column, show in ((1, "articles", lambda n: f"{int(n):,}"), (2, "views", fmt.views)):
        text = [
            "" if s == "none" else show(n) + (" (part of the period)" if s == "part" else "")
            for n, s in zip(frame[column], stored, strict=True)
        ]
        values = [None if s == "none" else n for n, s in zip(frame[column], stored, strict=True)]
        figure.add_bar(x=labels, y=values, text=text, marker_color=colours, marker_pattern=pattern,
                       showlegend=False, row=1, col=col)  # fmt: skip
        for label, s in zip(labels, stored, strict=True):
            if s == "none":  # no bar to carry the text: written at the axis
                figure.add_annotation(x=label, y=0, text="not in the store", showarrow=False, yanchor="bottom",
                                      font=dict(color="#6c757d"), row=1, col=col)  # fmt: skip
    figure.update_traces(textposition="outside", cliponaxis=False)
    figure.update_yaxes(rangemode="tozero")  # ticks: value_ticks, as every chart's
    figure.update_yaxes(range=[0, max(1, float(frame["articles"].max())) * 1.2], row=1, col=1)
    figure.update_yaxes(range=[0, max(1, float(frame["views"].max())) * 1.2], row=1, col=2)
    if not chosen and (stored != "whole").any() and first is not None and not pd.isna(first):
        title += (f"<br><sup>The store's first article is of {first:%d.%m.%Y}: a period before it is not "
                  "in the store (no bar), one partly before it is hatched</sup>")  # fmt: skip
    figure.update_layout(title=title, **LAYOUT)
    figure.update_xaxes(tickangle=0, tickfont=dict(size=11))  # "27.01.2025–" in a bar's ~66 px
    lines = max(label.count("<br>") + 1 for label in labels)
    # a three-line title; the period labels' lines below
    figure.update_layout(margin=dict(l=60, t=150, b=16 + 15 * lines))
    return figure


def metric_series(frame: pd.DataFrame, title: str) -> go.Figure:
    """A metric series: a fact card when it holds one fact, else every fact its own mark
    (dashboard.fact_figures)."""
    if frame.empty:
        return _empty(title)
    if len(frame) == 1:
        return fact_figures.fact_card(frame.iloc[0], title, LAYOUT)
    return fact_figures.fact_series(frame, title, LAYOUT)


def metric_series_and_unlabelled(frame: pd.DataFrame, title: str) -> tuple[go.Figure, pd.DataFrame]:
    """metric_series and metric_series_unlabelled of one frame, its labels placed once."""
    if len(frame) < 2:
        return metric_series(frame, title), pd.DataFrame()
    return fact_figures.series_and_unlabelled(frame, title, LAYOUT)


def metric_series_unlabelled(frame: pd.DataFrame) -> pd.DataFrame:
    """The figures metric_series draws without a label (fact_figures.unlabelled); none for a card."""
    if len(frame) < 2:
        return pd.DataFrame()
    return fact_figures.unlabelled(frame)


def _reported_range(row: pd.Series) -> str:
    """'reports range 1.1 M–1.1 B' when the reports of a bar's actual period disagree, else ''."""
    low, high = row.get("actual_low"), row.get("actual_high")
    if pd.isna(low) or pd.isna(high) or low == high:
        return ""
    return f"reports range {fmt.figure(low, row['unit'])}–{fmt.figure(high, row['unit'])}"


def _item_words(row: pd.Series, quoted: bool = True) -> str:
    """'trees' for a progress row's item; when the catalog names none, its words as written
    quoted (`quoted`: the hover; a line on the chart is too short for a sentence's words), else
    'this item'."""
    return fact_figures.item_words(row.get("item"), row.get("item_as_written") if quoted else None)


def _measured_words(row: pd.Series) -> str:
    """' seedlings' when a bar's actual counts another item than its target names (one the
    catalog's [progress_items] lets measure it), else ''."""
    actual_item, item = row.get("actual_item"), row.get("item")
    return f" {actual_item}" if isinstance(actual_item, str) and actual_item and actual_item != item else ""


def counted_toward(frame: pd.DataFrame) -> list[str]:
    """'seedlings counted toward the trees target' for each item a bar counts toward a target
    worded as another (the catalog's [progress_items]: a deliberate choice, said on the chart)."""
    pairs = []
    for _, row in frame.iterrows():
        if _measured_words(row) and isinstance(row.get("item"), str) and row.get("item"):
            pair = f"{row['actual_item']} counted toward the {row['item']} target"
            if pair not in pairs:
                pairs.append(pair)
    return pairs


BAR_PX = 26  # a progress bar's thickness
# Characters per subtitle line under a progress chart's title: a longer one runs off an image.
SUBTITLE_CHARACTERS = 150


def other_reports_lines(frame: pd.DataFrame) -> list[str]:
    """The subtitle lines (escaped) naming each bar's other reports of the same target, "Trees
    planted (trees, by 2027): other reports of the same target: 2025 (period inferred)", wrapped."""
    lines = []
    for label, also in zip(frame["label"], frame.get("also_reported", [None] * len(frame)), strict=True):
        if isinstance(also, list) and also:
            text = f"{label}: other reports of the same target: {', '.join(also)}"
            lines += [html.escape(part) for part in textwrap.wrap(text, SUBTITLE_CHARACTERS)]
    return lines


def target_progress(frame: pd.DataFrame, title: str) -> go.Figure:
    """Progress towards each target: the reported actual as a share of the target. A bar whose
    actual's or target's period is not written in its own sentence is hatched, and its text and
    hover say which (as the fact charts set such figures apart). When the reports of the actual's
    period disagree, a whisker spans the lowest to the highest and the text gives that range: the
    bar is one report (the latest), not the only one. A target no actual of its item pairs with
    has no bar: its row says so in words, never borrowing another item's figure."""
    if frame.empty:
        return _empty(title, "No target with a deadline reported for these filters")
    if not has_bar(frame).any():  # the page's list, never grey reasons over an empty 0–100 axis
        return no_bar_figure(frame, title).update_layout(template=TEMPLATE)  # the house one, as every figure
    # no bar: no actual, or only part of a year's figure for a year's target (no share of it)
    part = [bool(flag) for flag in frame.get("part_of_year", [False] * len(frame))]
    missing = [gone or partly for gone, partly in zip(frame["actual"].isna(), part, strict=True)]
    flags = [
        [fact_figures.inferred(row.get(f"{side}_period_basis")) for side in ("actual", "target")]
        for _, row in frame.iterrows()
    ]
    notes = [" and ".join(side for side, flag in zip(("actual", "target"), pair, strict=True) if flag)
             for pair in flags]  # fmt: skip
    ranges = [
        _reported_range(row) if not gone else ""
        for gone, (_, row) in zip(missing, frame.iterrows(), strict=True)
    ]
    measured = [_measured_words(row) for _, row in frame.iterrows()]
    # The actual's period on the bar, as the line above the chart gives it: a downloaded image has
    # no line and no hover, and "43% … (by 2030)" read as progress today, not as of 2021–2024.
    text = [
        "" if gone else ("" if pd.isna(p) else f"{fmt.share(p)} · ")
        + f"{fmt.qualified(qualifier, fmt.figure(a, u))}{words} of {fmt.figure(t, u)}"
        + (f" {item}" if words and isinstance(item, str) and item else "")
        + (f" · reported for {period}" if isinstance(period, str) and period else "")
        + (f" · {note}: period inferred" if note else "") + (f" · {spread}" if spread else "")
        for p, a, t, u, note, qualifier, spread, gone, words, item, period in zip(
            frame["progress"], frame["actual"], frame["target"], frame["unit"], notes,
            frame.get("actual_qualifier", [None] * len(frame)), ranges, missing, measured,
            frame.get("item", [None] * len(frame)), frame.get("actual_period", [None] * len(frame)), strict=True)
    ]  # fmt: skip
    hover = [
        f"{fact_figures.plain(label, 90)}<br>" + (
            f"only part of a year reported: {html.escape(fmt.figure(a, u))} for {html.escape(str(period))}, "
            "no share of a year's target" if partly else
            f"{html.escape(no_actual_words(row.get('measure'), _item_words(row), row.get('unit')), quote=False)}" if gone else f"actual {html.escape(fmt.figure(a, u))}{html.escape(_measured_words(row))} "
            f"for {html.escape(str(period))}")
        + (f"<br>{html.escape(row['actual_item'])} counted toward the {html.escape(_item_words(row))} target"
           if _measured_words(row) and not gone else "")
        + (f" (the latest report)<br>{html.escape(spread)} for that period" if spread else "")
        + "".join(f"<br>{side} period: {html.escape(fmt.period_basis(row.get(f'{side}_period_basis')))}"
                  for side in ("actual", "target") if fmt.period_basis(row.get(f"{side}_period_basis")))
        + (f"<br>other reports of the same target: {html.escape(', '.join(row['also_reported']))}"
           if isinstance(row.get("also_reported"), list) and row["also_reported"] else "")
        for label, a, u, period, spread, gone, partly, (_, row) in zip(
            frame["label"], frame["actual"], frame["unit"], frame["actual_period"], ranges, missing, part,
            frame.iterrows(), strict=True)
    ]  # fmt: skip
    labels = _unique_labels(list(frame["label"]))
    shares = [
        "" if gone or pd.isna(p) else fmt.share(p) for p, gone in zip(frame["progress"], missing, strict=True)
    ]
    bar = go.Bar(
        x=frame["progress"] * 100,
        y=labels,
        orientation="h",
        text=text,  # written above the bar with its label (bar_labels): beside a short bar it ran off the plot
        customdata=shares,
        texttemplate="%{customdata}",
        marker_color="#e76f51",
        hovertext=hover,
        hovertemplate="%{hovertext}<extra></extra>",
    )
    figure = go.Figure(bar)
    # the grey notes, added in one assignment: add_annotation re-validated every earlier one at each call
    grey: list[dict] = []
    for n, (_, row) in enumerate(frame.iterrows()):
        if missing[n]:  # in grey where its bar would start: no figure to compare, not zero progress
            lacking = (
                f"only part of a year reported ({html.escape(fmt.figure(row['actual'], row['unit']))} for "
                f"{html.escape(str(row['actual_period']))}) · a year's target"
                if part[n]
                else f"{html.escape(no_actual_words(row.get('measure'), _item_words(row, quoted=False), row.get('unit')), quote=False)} · target"
            )
            grey.append(dict(
                x=0, y=n, xref="paper", yref="y", xanchor="left", showarrow=False, font=dict(color="#6c757d"),
                align="left", text=bar_labels.wrapped(f"{lacking} {html.escape(fmt.figure(row['target'], row['unit']))}"),
            ))  # fmt: skip
    if grey:  # an empty list would write an empty one into the figure
        figure.layout.annotations = tuple(grey)
    reach = (frame["progress"] * 100).fillna(0)
    # Each bar's label and its words above it (a line each, wrapped to fit a 900 px window), the
    # bar BAR_PX thick under them, a whisker's room below it: rows as high as the fullest one.
    # The label whole, wrapped, not the axis's category cut to 60 characters: "Greening: saxaul
    # plantations on the dried Aral… (2021–2024)" lost the target's words on the chart while the
    # line above it gave them whole.
    whole = _unique_labels(list(frame["label"]), width=None)
    above = [
        "<br>".join(f"<b>{line}</b>" for line in bar_labels.wrapped(label).split("<br>"))
        + (f"<br>{bar_labels.wrapped(words.removeprefix(f'{share} · '))}" if words else "")
        for label, words, share in zip(whole, text, shares, strict=True)  # the share is on the bar
    ]
    pitch = max(label.count("<br>") + 1 for label in above) * bar_labels.LABEL_LINE + BAR_PX + 18
    thickness = BAR_PX / pitch
    if any(ranges):
        # The reports' range as a thin whisker just under its bar (never through the bar's text);
        # a bar is category n on the axis, `thickness` wide.
        share = 100 / frame["target"].where(frame["target"] > 0)
        for n, (low, high) in enumerate(
            zip(frame["actual_low"] * share, frame["actual_high"] * share, strict=True)
        ):
            if not ranges[n] or pd.isna(low) or pd.isna(high):
                continue
            line = dict(type="line", xref="x", yref="y", line=dict(color="#264653", width=1.5))
            # the axis runs downward (first row on top), so "under" is a higher category number
            under = n + thickness / 2 + 5 / pitch
            figure.add_shape(**line, x0=low, x1=high, y0=under, y1=under)
            for end in (low, high):
                figure.add_shape(**line, x0=end, x1=end, y0=under + 3 / pitch, y1=under - 3 / pitch)
            reach.iloc[n] = max(reach.iloc[n], high)
        title += "<br><sup>A whisker under a bar spans the values the reports of its actual's period disagree on</sup>"
    # The same target's other reports, as the line above the chart says them: a downloaded image
    # has no line and no hover, and one bar read as the target's only report. The page, which
    # says them in that line, does not say them again over its chart (dashboard.on_screen).
    restated = other_reports_lines(frame.loc[[not gone for gone in missing]]) + [
        f"{html.escape(pair.capitalize())}: progress on it is reported in them"
        for pair in counted_toward(frame.loc[[not gone for gone in missing]])
    ]
    for subtitle in restated:
        title += f"<br><sup>{subtitle}</sup>"
    if any(notes):
        figure.data[0].marker.pattern = dict(shape=["/" if note else "" for note in notes], fillmode="overlay",
                                             fgcolor="white", fgopacity=0.45)  # fmt: skip
        title += (
            "<br><sup>Hatched: the actual's or the target's period is not written in its own sentence</sup>"
        )
    figure.add_vline(x=100, line_dash="dash", line_color="#264653")
    subtitles = title.count("<br>")
    top, bottom = 50 + 22 * subtitles, 66  # a title of one line and its subtitles; ticks and axis title below
    height = pitch * len(frame) + top + bottom
    positions, end = bar_labels.text_positions(list((frame["progress"] * 100).fillna(0)), shares)
    figure.data[0].update(width=thickness, textposition=positions)
    figure.update_layout(
        # hung from the top (a multi-line title is placed by its first line): centred in a margin of several subtitles, it ran into the first bar
        title=dict(text=title, yref="container", y=1 - 32 / height, yanchor="top"),
        xaxis=dict(title="% of target", range=[0, max(110, float(reach.max()) * 1.05, end)]),
        # the first row on top, as the lines above the chart and the CSV list them (Plotly draws
        # a horizontal bar chart's first category at the bottom: line and bar ran opposite ways)
        yaxis=dict(autorange="reversed"),
        meta={on_screen.SAID_ON_PAGE: restated},
        **{**LAYOUT, "height": height},
    )
    figure.update_layout(margin=dict(l=10, b=bottom, t=top))
    bar_labels.labels_above(figure, above, downward=True, thickness=thickness)
    return figure


def scholarships_in_bar_order(frame: pd.DataFrame) -> pd.DataFrame:
    """Scholarship amounts in the order their bars are drawn from the top, the largest first: the
    page's table lists them so, and a reader compares bar and row."""
    return frame.sort_values("value", ascending=False, kind="stable")


def scholarships(frame: pd.DataFrame) -> go.Figure:
    """Monthly state scholarship per student category, in tenge, sorted; an amount as its
    sentence qualifies it ("up to"), and two amounts of one category flagged as disagreeing."""
    title = "Monthly state scholarship by student category (₸)"
    if frame.empty:
        return _empty(title)
    ordered = scholarships_in_bar_order(frame)
    effective = ordered["period_start"].dropna()
    # amounts announced for a later date are plans, not amounts paid: the title says so
    planned = "planned " if (ordered["kind"] == "plan").all() else ""
    if not effective.empty:
        title += f", {planned}from {effective.min():%B %Y}"
    # "up to 54,205 ₸" as its sentence says: a ceiling is not the amount every student gets
    qualifiers = ordered["qualifier"] if "qualifier" in ordered else [None] * len(ordered)
    text = [fmt.qualified(q, fmt.figure(v, "KZT")) + (f" ({k})" if k != "actual" and not planned else "")
            for q, v, k in zip(qualifiers, ordered["value"], ordered["kind"], strict=True)]  # fmt: skip
    # two amounts of one category for one date: both drawn, each saying the reports disagree
    repeated = ordered["category"].duplicated(keep=False)
    text = [f"{t} · reports disagree" if flag else t for t, flag in zip(text, repeated, strict=True)]
    figure = _hbar(ordered, "category", "value", title, text, "#264653", whole=True)
    # An amount whose period its sentence does not state: a hatched bar, and the hover says how
    # the period was found.
    bar = figure.data[0]
    shown = ordered.iloc[::-1]  # as _hbar draws them
    inferred = (
        list(shown["period_basis"].isin(fact_figures.INFERRED_BASES)) if "period_basis" in shown else []
    )
    if any(inferred):
        bar.marker.pattern = dict(shape=["/" if flag else "" for flag in inferred], fillmode="overlay",
                                  fgcolor="white", fgopacity=0.45)  # fmt: skip
        bar.hovertext = [
            f"{hover}<br>{html.escape(fact_figures.period_text(row))}"
            + (" (period inferred)" if flag else "")
            for hover, flag, (_, row) in zip(bar.hovertext, inferred, shown.iterrows(), strict=True)
        ]
        figure.update_layout(
            title=title + "<br><sup>Hatched: period not written in the figure's own sentence</sup>"
        )
        bar_labels.with_top(figure, 80)
    return figure


def figures_by_unit(counts: pd.DataFrame) -> go.Figure:
    """How many figures of each unit and kind the current selection holds (`queries.figure_counts`
    rows: unit, kind, period_basis as a code or in words, figures), all of them: the title says
    how many. One bar a unit, the most used on top, its count written at its end: two dozen
    units under vertical bars had their names slanted over each other, and a unit of a handful
    of figures a bar too short to see."""
    title = "Figures by unit and kind"
    if counts.empty or not counts["figures"].sum():
        return _empty(title)
    title += f" (all {fmt.plural(int(counts['figures'].sum()), 'figure')} matching the filters)"
    inferred = (
        counts["period_basis"].map(fact_figures.inferred).map({True: fact_figures.INFERRED_SUFFIX, False: ""})
    )
    # the unit in words ('percentage points', 'm²'), as axis titles name it, not its code
    counts = counts.assign(variant=inferred, unit=counts["unit"].map(fmt.unit_name))
    counts = counts.groupby(["unit", "kind", "variant"], as_index=False)["figures"].sum()
    totals = counts.groupby("unit")["figures"].sum().sort_values(kind="stable")  # the largest drawn on top
    figure = go.Figure()
    # Figures whose period their sentence does not state: a hatched bar of their own
    for (kind, variant), group in counts.groupby(["kind", "variant"]):
        figure.add_bar(
            y=group["unit"], x=group["figures"], orientation="h", name=f"{kind}{variant}",
            marker_color=KIND_COLOURS.get(kind, "#999"),
            marker_pattern=dict(shape="/" if variant else "", fillmode="overlay", fgcolor="white"),
            # Plotly's own hover read "(8, %)" beside the kind: the unit and count unnamed
            customdata=[fmt.plural(int(n), "figure") for n in group["figures"]],
            hovertemplate=f"%{{y}} · {kind}{variant}: %{{customdata}}<extra></extra>",
        )  # fmt: skip
    if len(totals):  # in one assignment: add_annotation re-validated every earlier one at each call
        figure.layout.annotations = tuple(
            dict(x=total, y=unit, text=f"{total:,}", showarrow=False, xanchor="left", xshift=4)
            for unit, total in totals.items()
        )
    # The units on the left, the count ticks below and the legend of kinds under them, two entries
    # a row: on the right it took 200 of a 900 px window's ~440 px and left the bars 50. The axis
    # runs far enough for each count written after its bar to end inside the plot at that window.
    left = label_margin(list(totals.index))
    plot = bar_labels.NARROWEST_PLOT - left
    end = max(float(total) / max(0.2, 1 - (text_width(f"{total:,}") + 12) / plot) for total in totals)
    rows = -(-len(figure.data) // 2)
    bottom = 64 + 22 * rows
    # Counts of figures add up, so they may stack; values of reported figures never do.
    figure.update_layout(
        title=title, barmode="stack", meta={"chart": "counts"}, xaxis=dict(title="figures", range=[0, end]),
        yaxis=dict(categoryorder="array", categoryarray=list(totals.index)),
        legend=dict(orientation="h", yref="container", y=0, yanchor="bottom", xref="container", x=0, entrywidth=160),
        **{**LAYOUT, "height": 24 * len(totals) + 60 + bottom},
    )  # fmt: skip
    figure.update_layout(margin=dict(l=left, b=bottom, r=20))
    return figure


# kt.kz's words for where a count was printed (etl.sites.model.PLACEMENTS), for the hover
PLACEMENT_WORDS = {"main": "on its own page", "related": "in a related list", "listing": "in a listing",
                   "most_viewed": "in Most viewed"}  # fmt: skip


MOST_WRITTEN_COUNTS = 12  # a view history's captures whose counts are written over their markers


def views_history(frame: pd.DataFrame, title: str = "View counts over time") -> go.Figure:
    """Every view-count snapshot of one article: a line through each capture's highest count (the
    count the other pages use), and any lower count printed at the same capture as a hollow
    marker of its own. One line through all of them ran down and up again inside one capture (an
    "N" from a stale listing, or another story stored under the same title), a fall no count had."""
    if frame.empty:
        return _empty(title, "No view count was printed for this article")
    frame = frame.assign(observed_at=pd.to_datetime(frame["observed_at"]))
    highest = frame.loc[frame.groupby("observed_at")["views"].idxmax()].sort_values("observed_at")
    others = frame.drop(index=highest.index)
    figure = go.Figure()
    for counts, name, mode, marker in (
        (highest, "highest count of each capture", "lines+markers", dict(size=7)),
        (others, "another count printed at the same capture", "markers",
         dict(size=9, symbol="circle-open", line=dict(width=2))),
    ):  # fmt: skip
        if counts.empty:
            continue
        # each capture's highest count written over its marker when they are few: a lone capture's
        # dot stood over the top gridline with its count only in the hover
        written = mode != "markers" and len(counts) <= MOST_WRITTEN_COUNTS
        figure.add_scatter(
            x=counts["observed_at"], y=counts["views"], mode=mode + ("+text" if written else ""), name=name,
            marker=marker, line=dict(color="#264653"), customdata=[PLACEMENT_WORDS.get(p, str(p)) for p in counts["placement"]],
            text=[f"{int(v):,}" for v in counts["views"]] if written else None, textposition="top center",
            cliponaxis=False, hovertemplate=f"%{{x}} {fmt.KZ_WORDS}: %{{y:,}} views (%{{customdata}})<extra></extra>",
        )  # fmt: skip
    # Never zoomed under a day: one capture (or several on one day) gets a day either side.
    first, last = frame["observed_at"].min(), frame["observed_at"].max()
    padding = max(timedelta(days=1), (last - first) * 0.05)
    # captures of one day are ticked at their own times only: Plotly's ticks of a day either side
    # ("12:00 Nov 27 … 00:00 Nov 29") named times around a single capture that nothing was read at
    moments = sorted(set(frame["observed_at"]))
    ticks = (
        dict(tickvals=moments, ticktext=[f"{moment:%d.%m.%Y %H:%M}" for moment in moments])
        if last - first < timedelta(days=1) and len(moments) <= 3
        else {}
    )
    if not others.empty:
        title += ("<br><sup>Some captures printed more than one count: the line joins each capture's "
                  "highest, the hollow markers are the others</sup>")  # fmt: skip
    figure.update_layout(
        title=title, xaxis=dict(type="date", range=[first - padding, last + padding], title=f"captured ({fmt.KZ_WORDS})", **ticks),
        yaxis=dict(title="views", rangemode="tozero"), showlegend=not others.empty,
        # below the axis title, which a date axis's two-line ticks push down: at -0.2 the two overlapped
        legend=dict(orientation="h", y=-0.34, yanchor="top"), **LAYOUT,
    )  # fmt: skip
    return figure
