"""Horizontal bars readable at any window from 900 px: each bar's label stands above it across
the plot's whole width, and the text beside a bar always has room before the plot's edge.

Labels on the left took up to 370 px of a chart about 440 px wide at a 900 px window (the
sidebar open): the bars had 70 px, and "43% · 475,000 ha of 1.1 M ha · reported for 2021–2024"
beside a short one was cut at the plot's edge ("… reported for 2021–202")."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

import plotly.graph_objects as go

from dashboard.fact_figures import text_width

# The plot's width at a 900 px window with the sidebar open (a chart ~440 px wide, less its
# margins): the narrowest the pages are checked at. Wider windows only give a text more room.
NARROWEST_PLOT = 400
# Bars take this share of their row; the rest, above each bar, holds its label.
BAR_THICKNESS = 0.55
LABEL_LINE = 17  # px: one line of a label above its bar
_FONT = 13  # px: the bars' text (figures.LAYOUT's font)
_PAD = 6  # px: between a bar's end and its text, inside or out
# Characters per line of a label above its bar: ~360 px of 12 px text, within NARROWEST_PLOT
LABEL_CHARACTERS = 58


def wrapped(text: str, width: int = LABEL_CHARACTERS) -> str:
    """`text` (escaped page text) in lines of at most `width` characters joined by <br>, broken
    at a ' · ' where it can be, else between words."""
    lines: list[str] = []
    for part in text.split(" · "):
        if lines and len(lines[-1]) + 3 + len(part) <= width:
            lines[-1] += " · " + part
        else:
            lines += textwrap.wrap(part, width) or [""]
    return "<br>".join(lines)


def _width(text: str) -> float:
    """Pixels of a bar's text at its font: its longest line."""
    return max(text_width(line) for line in text.split("<br>")) * _FONT / 12


def text_positions(values: Sequence[float], texts: Sequence[str], narrowest: int = NARROWEST_PLOT
                   ) -> tuple[list[str], float]:  # fmt: skip
    """Where each bar's text goes ('inside' when it fits in its bar, else 'outside') and the value
    axis's end, so that at a plot `narrowest` px wide every outside text ends before the plot's
    edge: the axis is stretched (from zero, never zoomed) until it does."""
    top = max((float(v) for v in values if v == v), default=0.0) or 1.0
    for step in range(80):
        end = top * (1.05 + 0.05 * step)
        positions = []
        for value, text in zip(values, texts, strict=True):
            bar = (float(value) if value == value else 0.0) / end * narrowest
            needed = _width(text) + _PAD if text else 0
            positions.append("inside" if needed and needed <= bar - _PAD else "outside")
            if positions[-1] == "outside" and max(bar, 0) + needed > narrowest:
                break
        else:
            return positions, end
    return ["auto"] * len(values), top * 1.05


def labels_above(figure: go.Figure, labels: Sequence[str], downward: bool = False,
                 thickness: float = BAR_THICKNESS) -> None:  # fmt: skip
    """Each bar's label (escaped text, <br> between lines) written just above its bar from the
    plot's left edge, the axis's own labels hidden. `labels` in the order of the category axis
    (its first is category 0); `downward`: the axis is reversed (its first row on top);
    `thickness`: the bars' share of their rows."""
    figure.update_yaxes(showticklabels=False)
    edge = -thickness / 2 if downward else thickness / 2  # a bar's upper edge, from its centre
    if not labels:  # no empty list written into the figure
        return
    # all in one assignment: add_annotation re-validated every earlier annotation at each call
    figure.layout.annotations = (*figure.layout.annotations, *(
        dict(x=0, xref="paper", xanchor="left", y=n + edge, yref="y", yanchor="bottom", showarrow=False,
             text=label, align="left", font=dict(size=12, color="#495057"))
        for n, label in enumerate(labels)
    ))  # fmt: skip


ROW = 46  # px a bar's row: its label line above it and the bar


def fit_bars(figure: go.Figure, labels: Sequence[str], downward: bool = False, row: int = ROW) -> go.Figure:
    """`figure`'s horizontal bars made readable at NARROWEST_PLOT: labels above the bars (the
    category axis's labels, in its order), each text inside its bar or beside it with room to
    end before the plot's edge, a left margin of a few pixels, and a height of `row` px a bar
    plus the figure's top and bottom margins. Call it once the margins are set."""
    bars = [trace for trace in figure.data if trace.type == "bar"]
    values = [float(v) for trace in bars for v in trace.x]
    texts = [
        str(t or "")
        for trace in bars
        for t in (trace.text if trace.text is not None else [""] * len(trace.x))
    ]
    positions, end = text_positions(values, texts)
    # a label of several lines (<br>) makes every row as much taller, its bar as thick as before
    pitch = row + LABEL_LINE * (max((label.count("<br>") for label in labels), default=0))
    thickness = BAR_THICKNESS * row / pitch
    for trace in bars:
        trace.update(width=thickness, textposition=positions[: len(trace.x)])
        positions = positions[len(trace.x) :]
    if all(v >= 0 for v in values if v == v):  # from zero, stretched only to give a text room
        figure.update_xaxes(range=[0, end], autorange=False)
    labels_above(figure, labels, downward, thickness)
    margin = figure.layout.margin
    figure.update_layout(
        margin=dict(l=10), height=pitch * len(labels) + (margin.t or 0) + (margin.b or 0) + 12
    )
    return figure


def with_top(figure: go.Figure, top: int) -> go.Figure:
    """`figure` with a top margin of `top` px (room for subtitles) and its height grown or cut
    by as much, so its bars keep their rows."""
    before = figure.layout.margin.t or 0
    figure.update_layout(margin=dict(t=top), height=(figure.layout.height or 420) + top - before)
    return figure
