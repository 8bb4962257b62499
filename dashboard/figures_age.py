"""Figures of readership at equal ages: views at a set age, views against age, the last day's growth.

Every number drawn is a printed count or an interpolation between two printed counts, and an
interpolated one is drawn and labelled as such."""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go

from dashboard import bar_labels
from dashboard import format as fmt
from dashboard.figures import LAYOUT, _empty, _short, _unique_labels

MEASURED, INTERPOLATED = "#264653", "#8ab0c0"
# Up to years: a story captured long after publication (an archive crawl) was drawn past the last
# tick, 30 d, with no age on the axis under it.
AGE_TICKS = {1: "1 h", 3: "3 h", 12: "12 h", 24: "1 d", 72: "3 d", 168: "7 d", 720: "30 d", 2160: "90 d",
             8760: "1 y", 26280: "3 y", 87600: "10 y"}  # fmt: skip


def age_label(hours: float) -> str:
    """24 -> '24 hours', 168 -> '7 days'."""
    if hours >= 48 and hours % 24 == 0:
        days = int(hours // 24)
        return f"{days} day" + ("s" if days > 1 else "")
    return f"{hours:g} hours"


def views_at_age_title(hours: float) -> str:
    return f"Views {age_label(hours)} after publication"


def views_at_age(frame: pd.DataFrame, hours: float) -> go.Figure:
    """Views `hours` after publication, most first; interpolated counts in a lighter colour."""
    title = views_at_age_title(hours)
    if frame.empty:
        return _empty(
            title, f"No article has snapshots on both sides of {age_label(hours)} after publication"
        )
    ordered = frame.iloc[::-1]  # largest on top
    # two stories with one headline must not share a bar slot
    published = list(ordered["published_at"]) if "published_at" in ordered else None
    labels = pd.Series(_unique_labels(list(ordered["title"]), published), index=ordered.index)
    figure = go.Figure()
    for interpolated, name, colour in ((False, "a snapshot at that age", MEASURED),
                                       (True, "interpolated between two snapshots", INTERPOLATED)):  # fmt: skip
        part = ordered[ordered["interpolated"] == interpolated]
        if part.empty:
            continue
        between = [
            f"between {fmt.views(b)} at {pd.Timestamp(bt):%d %b %H:%M} and {fmt.views(a)} at {pd.Timestamp(at):%d %b %H:%M}"
            if interpolated
            else f"snapshot at {pd.Timestamp(bt):%d %b %H:%M}"
            for b, bt, a, at in zip(part["before_views"], part["before_at"], part["after_views"], part["after_at"], strict=True)
        ]  # fmt: skip
        figure.add_trace(
            go.Bar(
                x=part["views_at_age"], y=list(labels[part.index]), orientation="h", name=name,
                marker_color=colour, marker_pattern_shape="/" if interpolated else "",
                text=[fmt.views(v) + (" (interpolated)" if interpolated else "") for v in part["views_at_age"]],
                textposition="auto", hovertext=[f"{t}<br>{w}" for t, w in zip(part["title"], between, strict=True)],
                hovertemplate="%{hovertext}<extra></extra>",
            )
        )  # fmt: skip
    figure.update_layout(
        title=title, height=max(320, 28 * len(frame) + 140), barmode="overlay", showlegend=True,
        yaxis=dict(categoryorder="array", categoryarray=list(labels)),
        xaxis=dict(title="views", rangemode="tozero"), legend=dict(orientation="h", yref="container", y=0, yanchor="bottom"),
        **{k: v for k, v in LAYOUT.items() if k != "height"},
    )  # fmt: skip
    figure.update_layout(margin=dict(b=90))
    return bar_labels.fit_bars(figure, list(labels))  # labels above the bars, texts with room


def age_range(ages: pd.Series) -> list[float]:
    """The age axis' range (log10 of hours): the ages drawn, widened to the nearest named age
    below and above them, so at least two ticks name it. Snapshots a day apart of a story three
    years old filled the whole axis with no tick inside it: a line over no stated age."""
    positive = ages[ages > 0]
    if positive.empty:
        return [0.0, math.log10(max(AGE_TICKS))]
    low, high = float(positive.min()), float(positive.max())
    low = max((tick for tick in AGE_TICKS if tick <= low), default=low)
    high = min((tick for tick in AGE_TICKS if tick >= high), default=high)
    return [math.log10(low) - 0.05, math.log10(high) + 0.05]


# Two marks closer than this share of each axis are drawn on one spot (6 px marks on a plot
# ~450 px wide and ~280 px high at a 900 px window).
SPOT_X, SPOT_Y = 0.015, 0.025


def shared_spots(frame: pd.DataFrame, x_range: list[float]) -> list[pd.DataFrame]:
    """The snapshots of `frame` (title, age_hours, views) drawn on one spot by two or more
    stories: marks within SPOT_X of the log age axis `x_range` and SPOT_Y of the views axis (from
    zero) of the spot's first mark, spots whose rings would overlap drawn as one. Each spot's rows,
    most stories first."""
    drawn = frame[frame["age_hours"] > 0]
    if drawn.empty:
        return []
    span = max(x_range[1] - x_range[0], 1e-9)
    top = max(float(drawn["views"].max()), 1.0)
    xs = (drawn["age_hours"].map(math.log10) - x_range[0]) / span
    ys = drawn["views"].astype(float) / top
    spots: list[list[int]] = []
    anchors: list[tuple[float, float]] = []
    for row, x, y in sorted(zip(range(len(drawn)), xs, ys, strict=True), key=lambda item: (item[1], item[2])):
        for n, (ax, ay) in enumerate(anchors):
            if abs(x - ax) <= SPOT_X and abs(y - ay) <= SPOT_Y:
                spots[n].append(row)
                break
        else:
            anchors.append((x, y))
            spots.append([row])
    shared = [
        (anchor, rows)
        for anchor, rows in zip(anchors, spots, strict=True)
        if drawn.iloc[rows]["title"].nunique() > 1
    ]
    merged = [drawn.iloc[rows] for rows in _rings_apart(shared)]
    return sorted(merged, key=lambda spot: -spot["title"].nunique())


# Rings closer than this share of each axis would overlap, and their count labels with them (a ring
# is up to 34 px across, a label ~14 px high, on a plot ~280 px high): drawn as one ring counting all
RING_X, RING_Y = 4 * SPOT_X, 4 * SPOT_Y


def _rings_apart(shared: list[tuple[tuple[float, float], list[int]]]) -> list[list[int]]:
    """The rows of each ring to draw: spots whose anchors lie within RING_X and RING_Y of each
    other, directly or through others, are one ring (seen: three rings of '2 stories' 3-6 % apart
    in views, their labels on top of each other)."""
    rings = [([anchor], list(rows)) for anchor, rows in shared]
    merged = True
    while merged:
        merged = False
        for n, (anchors, rows) in enumerate(rings):
            near = next(
                (
                    m for m in range(n + 1, len(rings))
                    if any(abs(a[0] - b[0]) <= RING_X and abs(a[1] - b[1]) <= RING_Y for a in anchors for b in rings[m][0])
                ),
                None,
            )  # fmt: skip
            if near is not None:
                other = rings.pop(near)
                rings[n] = (anchors + other[0], rows + other[1])
                merged = True
                break
    return [rows for _, rows in rings]


def _age_words(hours: float) -> str:
    """An age at capture in words a reader reads: '5.2 h', '3 d', '3.9 y'."""
    if hours < 48:
        return f"{hours:,.1f} h"
    if hours < 24 * 730:
        return f"{hours / 24:,.0f} d"
    return f"{hours / 24:,.0f} d ({hours / 8760:,.1f} y)"


def _spot_hover(spot: pd.DataFrame) -> str:
    """A shared spot's hover: how many stories, then each with its own age and count."""
    lines = [
        f"{_short(row.title, 60)}: {row.views:,} views at {_age_words(row.age_hours)}"
        for row in spot.sort_values("views", ascending=False).itertuples()
    ]
    return f"{spot['title'].nunique()} stories on this spot:<br>" + "<br>".join(lines)


def views_against_age(frame: pd.DataFrame) -> go.Figure:
    """Each chosen article's counts against its age at capture; markers are the snapshots."""
    title = "Views against age since publication"
    if frame.empty:
        return _empty(title, "Choose articles with several snapshots")
    figure = go.Figure()
    for article_title, part in frame.groupby("title", sort=False):
        figure.add_trace(
            go.Scatter(
                x=part["age_hours"], y=part["views"], mode="lines+markers", name=_short(article_title, 50),
                customdata=part["observed_at"].dt.strftime("%d %b %Y %H:%M"),
                hovertemplate=f"{_short(article_title, 70)}<br>%{{x:.1f}} h after publication "
                f"(captured %{{customdata}} {fmt.KZ_WORDS}): %{{y:,}} views<extra></extra>",
            )
        )  # fmt: skip
    x_range = age_range(frame["age_hours"])
    spots = shared_spots(frame, x_range)
    if spots:
        # several stories drawn on one spot (the synthetic store's five, 3.9 years old with ~299,700
        # views, read as one marker): a ring with their count over them, its hover listing each;
        # every story's own marker stays at its true age and count
        figure.add_trace(
            go.Scatter(
                x=[spot["age_hours"].median() for spot in spots], y=[spot["views"].median() for spot in spots],
                mode="markers+text", name="several stories on one spot (hover the ring)", cliponaxis=False,
                marker=dict(symbol="circle-open", size=[min(14 + 3 * spot["title"].nunique(), 34) for spot in spots],
                            color="#222", line=dict(width=2)),
                text=[f"{spot['title'].nunique()} stories" for spot in spots], textposition="middle right",
                hovertext=[_spot_hover(spot) for spot in spots], hovertemplate="%{hovertext}<extra></extra>",
            )
        )  # fmt: skip
        title += (
            "<br><sup>A ring with a number: that many stories are drawn on one spot (their counts and ages"
            " differ by less than the marks' size); hover it for each</sup>"
        )
    figure.update_layout(
        title=title, legend=dict(orientation="h", y=-0.2),
        xaxis=dict(title="age at capture (log scale)", type="log", tickvals=list(AGE_TICKS),
                   ticktext=list(AGE_TICKS.values()), range=x_range),
        yaxis=dict(title="views", rangemode="tozero"), **LAYOUT,
    )  # fmt: skip
    figure.update_layout(margin=dict(l=82, b=132))  # value ticks and title; age ticks, title and legend below
    return figure


def fastest_growing(frame: pd.DataFrame) -> go.Figure:
    """Views gained in the store's last day, most first, with where each start count came from."""
    title = "Fastest-growing stories of the last day (views gained)"
    if frame.empty:
        return _empty(title, "No article has counts on both sides of the day's start")
    since, until = pd.Timestamp(frame["since"].iloc[0]), pd.Timestamp(frame["until"].max())
    ordered = frame.iloc[::-1]
    # two stories with one headline: two bars, told apart by their publication time
    labels = _unique_labels(
        list(ordered["title"]), list(ordered["published_at"]) if "published_at" in ordered else None
    )
    notes = {"published within the day": "all its views: published within the day",
             "snapshot": "from a snapshot at the day's start",
             "interpolated": "start count interpolated between snapshots"}  # fmt: skip
    figure = go.Figure(
        go.Bar(
            x=ordered["views_gained"], y=labels, orientation="h",
            marker_color=[INTERPOLATED if s == "interpolated" else MEASURED for s in ordered["start_from"]],
            text=[f"+{fmt.views(g)}" for g in ordered["views_gained"]], textposition="auto",
            hovertext=[f"{t}<br>{fmt.views(a)} → {fmt.views(v)} (to {pd.Timestamp(u):%d %b %H:%M}); {notes[s]}"
                       for t, a, v, u, s in zip(ordered["title"], ordered["views_at_start"], ordered["views"],
                                                ordered["until"], ordered["start_from"], strict=True)],
            hovertemplate="%{hovertext}<extra></extra>",
        )
    )  # fmt: skip
    figure.update_layout(
        title=f"{title}: {since:%d %b %H:%M} – {until:%d %b %H:%M} ({fmt.KZ_WORDS})", height=max(320, 28 * len(frame) + 120),
        xaxis=dict(title="views gained", rangemode="tozero"),
        **{k: v for k, v in LAYOUT.items() if k != "height"},
    )  # fmt: skip
    figure.update_layout(margin=dict(b=66))
    return bar_labels.fit_bars(figure, labels)  # labels above the bars, texts with room
