"""One function per chart: DataFrame in, Plotly figure out. Used by the pages, by
`ktpulse export charts` and by the HTML report alike, so a chart is fixed once."""

from __future__ import annotations

from datetime import timedelta

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from dashboard import format as fmt

KIND_COLOURS = {"actual": "#2a9d8f", "target": "#e76f51", "plan": "#e9c46a", "forecast": "#8ab17d"}
# One template object, set once: naming a template per figure made Plotly deep-copy the
# default one and then the named one into every figure (~30 ms each, 9 figures a page).
TEMPLATE = pio.templates["plotly_white"]
pio.templates.default = "plotly_white"
LAYOUT = dict(template=TEMPLATE, margin=dict(l=10, r=10, t=50, b=10), height=420, font=dict(size=13))


def _short(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _empty(title: str, message: str = "No data for these filters") -> go.Figure:
    figure = go.Figure(layout=dict(title=title, **LAYOUT))
    figure.add_annotation(
        text=message, showarrow=False, font=dict(size=16), xref="paper", yref="paper", x=0.5, y=0.5
    )
    figure.update_xaxes(visible=False)
    figure.update_yaxes(visible=False)
    return figure


def _hbar(frame: pd.DataFrame, label: str, value: str, title: str, text: list[str], colour: str) -> go.Figure:
    ordered = frame.iloc[::-1]  # largest on top
    figure = go.Figure(
        go.Bar(
            x=ordered[value],
            y=[_short(v) for v in ordered[label]],
            orientation="h",
            text=text[::-1],
            textposition="auto",
            marker_color=colour,
            hovertext=ordered[label],
            hovertemplate="%{hovertext}<br>%{text}<extra></extra>",
        )  # fmt: skip
    )
    figure.update_layout(
        title=title,
        height=max(320, 28 * len(frame) + 120),
        **{k: v for k, v in LAYOUT.items() if k != "height"},
    )
    return figure


def top_articles(frame: pd.DataFrame) -> go.Figure:
    """Views per article at its latest snapshot, most read first."""
    title = "Most-read articles (views at the latest snapshot)"
    if frame.empty:
        return _empty(title)
    return _hbar(frame, "title", "views", title, [fmt.views(v) for v in frame["views"]], "#264653")


def views_per_day(frame: pd.DataFrame) -> go.Figure:
    """Views per day since publication, at the latest snapshot."""
    title = "Views per day since publication"
    if frame.empty:
        return _empty(title)
    ordered = frame.sort_values("views_per_day", ascending=False)
    return _hbar(
        ordered,
        "title",
        "views_per_day",
        title,
        [f"{v:,.0f}/day" for v in ordered["views_per_day"]],
        "#2a9d8f",
    )


def readership_growth(frame: pd.DataFrame) -> go.Figure:
    """Per article, the most views gained between two consecutive snapshots."""
    title = "Largest gain between two snapshots, per article"
    if frame.empty:
        return _empty(title, "Growth needs two snapshots of one article")
    return _hbar(frame, "title", "views_gained", title, [f"{v:+,}" for v in frame["views_gained"]], "#e9c46a")


def views_by(frame: pd.DataFrame, dimension: str) -> go.Figure:
    """Total latest views by topic or by source."""
    title = f"Views by {dimension}"
    if frame.empty:
        return _empty(title)
    text = [f"{fmt.views(v)} · {n} articles" for v, n in zip(frame["views"], frame["articles"], strict=True)]
    return _hbar(frame, dimension, "views", title, text, "#457b9d")


def period_comparison(frame: pd.DataFrame) -> go.Figure:
    """Views of articles published in the chosen period against the previous one."""
    title = "Chosen period against the previous period of the same length"
    if frame.empty:
        return _empty(title, "Choose a date range to compare")
    labels = [f"{row.period}: {row.date_from:%d %b %Y}–{row.date_to:%d %b %Y}" for row in frame.itertuples()]
    figure = go.Figure(
        [
            go.Bar(
                name="views",
                x=labels,
                y=frame["views"],
                text=[fmt.views(v) for v in frame["views"]],
                marker_color="#264653",
            ),
            go.Bar(
                name="articles",
                x=labels,
                y=frame["articles"],
                text=frame["articles"],
                yaxis="y2",
                marker_color="#e9c46a",
            ),
        ]
    )
    figure.update_layout(
        title=title, barmode="group", yaxis=dict(title="views"),
        yaxis2=dict(title="articles", overlaying="y", side="right", showgrid=False), **LAYOUT,
    )  # fmt: skip
    return figure


def metric_series(frame: pd.DataFrame, title: str) -> go.Figure:
    """A metric's values on a time axis: each bar spans its period (2019–2023 is five years
    wide, 2024 one), targets and open-ended figures are markers at their date."""
    if frame.empty:
        return _empty(title)
    figure = go.Figure()
    unit = frame["unit"].iloc[0]
    for kind, group in frame.groupby("kind", sort=False):
        spans = group[group["period_start"].notna() & group["period_end"].notna()]
        points = group.drop(spans.index)
        if not spans.empty:
            starts = pd.to_datetime(spans["period_start"])
            ends = pd.to_datetime(spans["period_end"]) + timedelta(days=1)
            figure.add_bar(
                x=starts + (ends - starts) / 2, y=spans["value"], width=(ends - starts).dt.total_seconds() * 1000 * 0.9,
                name=kind, marker_color=KIND_COLOURS.get(kind, "#999"), opacity=0.75,  # disagreeing figures overlap
                text=[f"{fmt.figure(v, unit)} · {fmt.period(s, e)}" for v, s, e in
                      zip(spans["value"], spans["period_start"], spans["period_end"], strict=True)],
                textposition="outside", hovertemplate="%{text}<extra>" + kind + "</extra>",
            )  # fmt: skip
        if not points.empty:
            when = pd.to_datetime(
                points["period_end"].fillna(points["period_start"]).fillna(points["first_published_at"])
            )
            figure.add_scatter(
                x=when, y=points["value"], mode="markers+text", name=f"{kind} (date)",
                marker=dict(symbol="diamond", size=14, color=KIND_COLOURS.get(kind, "#999")),
                text=[f"{fmt.figure(v, unit)} {fmt.period(s, e)}" for v, s, e in
                      zip(points["value"], points["period_start"], points["period_end"], strict=True)],
                textposition="top center",
            )  # fmt: skip
    figure.update_layout(
        title=title, xaxis=dict(type="date", title="period"), yaxis=dict(title=unit), **LAYOUT
    )
    return figure


def target_progress(frame: pd.DataFrame, title: str) -> go.Figure:
    """Progress towards each target: the reported actual as a share of the target."""
    if frame.empty:
        return _empty(title, "No target with a comparable actual figure")
    text = [
        f"{p:.0%} · {fmt.figure(a, u)} of {fmt.figure(t, u)}"
        for p, a, t, u in zip(frame["progress"], frame["actual"], frame["target"], frame["unit"], strict=True)
    ]
    figure = go.Figure(
        go.Bar(
            x=frame["progress"] * 100,
            y=frame["label"],
            orientation="h",
            text=text,
            textposition="auto",
            marker_color="#e76f51",
        )
    )
    figure.add_vline(x=100, line_dash="dash", line_color="#264653")
    figure.update_layout(
        title=title,
        xaxis=dict(title="% of target", range=[0, max(110, float(frame["progress"].max()) * 105)]),
        **LAYOUT,
    )
    return figure


def scholarships(frame: pd.DataFrame) -> go.Figure:
    """Monthly state scholarship per student category, in tenge, sorted."""
    title = "Monthly state scholarship by student category (₸)"
    if frame.empty:
        return _empty(title)
    ordered = frame.sort_values("value", ascending=False)
    effective = ordered["period_start"].dropna()
    if not effective.empty:
        title += f", from {effective.min():%B %Y}"
    return _hbar(
        ordered, "category", "value", title, [fmt.figure(v, "KZT") for v in ordered["value"]], "#264653"
    )


def figures_by_unit(frame: pd.DataFrame) -> go.Figure:
    """How many figures of each unit and kind the current selection holds."""
    title = "Figures by unit and kind"
    if frame.empty:
        return _empty(title)
    counts = frame.groupby(["unit", "kind"]).size().reset_index(name="figures")
    figure = go.Figure()
    for kind, group in counts.groupby("kind"):
        figure.add_bar(
            x=group["unit"], y=group["figures"], name=kind, marker_color=KIND_COLOURS.get(kind, "#999")
        )
    figure.update_layout(title=title, barmode="stack", **LAYOUT)
    return figure


def views_history(frame: pd.DataFrame, title: str = "View counts over time") -> go.Figure:
    """Every view-count snapshot of one article."""
    if frame.empty:
        return _empty(title, "No view count was printed for this article")
    figure = go.Figure(
        go.Scatter(
            x=frame["observed_at"],
            y=frame["views"],
            mode="lines+markers",
            text=frame["placement"],
            hovertemplate="%{x}: %{y:,} views (%{text})<extra></extra>",
        )  # fmt: skip
    )
    figure.update_layout(title=title, yaxis=dict(title="views"), **LAYOUT)
    return figure
