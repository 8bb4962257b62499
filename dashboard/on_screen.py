"""A chart as a page draws it: its title as page text above the figure, which wraps at any
window width, and without the title lines the page already says in words above the chart.

Plotly never wraps a title: at a 900 px window (a chart about 440 px wide) "Highest view counts
(views at the latest snapshot, captured 10…" and every subtitle under it were cut at the
chart's edge. Exports keep the figure whole (dashboard.export, components.figure_bytes): an image
has no page around it, so it needs its title and every subtitle to stand alone."""

from __future__ import annotations

import re

import plotly.graph_objects as go

# layout.meta key: subtitle lines (as in the title, escaped) that a page says above the chart
SAID_ON_PAGE = "said_on_page"
# Room left above the plot once the title is out: a bar label or a mark's label above the top row.
_TOP = 24
# ... and above a chart whose subplot titles sit over the plot (the period comparison)
_TOP_SUBPLOT_TITLES = 44
_TAG = re.compile(r"<[^>]+>")


def said_on_page(figure: go.Figure) -> list[str]:
    """The title's subtitle lines the page says in words elsewhere (layout.meta), as written."""
    meta = figure.layout.meta
    lines = meta.get(SAID_ON_PAGE) if isinstance(meta, dict) else None
    return list(lines) if isinstance(lines, (list, tuple)) else []


def title_lines(figure: go.Figure) -> list[str]:
    """The title's lines as page text (HTML-escaped, tags dropped), the title first, then each
    subtitle the page does not already say above the chart."""
    text = figure.layout.title.text or ""
    if not text:
        return []
    repeated = set(said_on_page(figure))
    first, *subtitles = text.split("<br>")
    return [
        line for line in (_bare(first), *(_bare(s) for s in subtitles if _bare(s) not in repeated)) if line
    ]


def _bare(line: str) -> str:
    return _TAG.sub("", line).strip()


def title_html(figure: go.Figure) -> str:
    """The title lines as a block of page HTML: the title bold, its subtitles small below it.
    The lines hold escaped text only (page text is never markup)."""
    lines = title_lines(figure)
    if not lines:
        return ""
    subtitles = "".join(f'<div style="font-size:0.85rem;color:#495057">{line}</div>' for line in lines[1:])
    return (
        f'<div style="margin-bottom:-0.5rem"><div style="font-weight:600">{lines[0]}</div>{subtitles}</div>'
    )


def screen_figure(figure: go.Figure) -> go.Figure:
    """A copy of `figure` without its title, its top margin cut to what the plot needs and its
    height by as much, so the plot keeps its own height (a legend hung under it stays put)."""
    if not figure.layout.title.text:
        return figure
    shown = go.Figure(figure)
    top = shown.layout.margin.t if shown.layout.margin.t is not None else 100
    subplot_titles = any(
        annotation.yref == "paper" and (annotation.y or 0) >= 1 for annotation in shown.layout.annotations
    )
    room = _TOP_SUBPLOT_TITLES if subplot_titles else _TOP
    cut = max(0, int(top) - room)
    shown.update_layout(title_text="", margin_t=top - cut)
    if shown.layout.height:
        shown.update_layout(height=int(shown.layout.height) - cut)
    return shown
