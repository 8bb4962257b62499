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
    figure.update_layout(
        title=title, legend=dict(orientation="h", y=-0.2),
        xaxis=dict(title="age at capture (log scale)", type="log", tickvals=list(AGE_TICKS),
                   ticktext=list(AGE_TICKS.values()), range=age_range(frame["age_hours"])),
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
