"""One chart as every page, export and report hands it on: its name, page, title, Plotly figure
and the data it draws, or the card or note shown in its place."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from dashboard import on_screen
from dashboard.value_ticks import written_ticks


@dataclass(frozen=True)
class Chart:
    name: str  # file-safe and unique: "readership-views-by-topic"
    page: str
    title: str
    figure: go.Figure
    data: pd.DataFrame
    card: bool = False  # one reported fact: the app shows it as a fact card, not a chart
    in_report: bool = True  # False when another chart of the report already shows it
    # A fact series' figures drawn without a label (theirs would cover another): listed under it
    unlabelled: pd.DataFrame | None = None
    # What the page says in its place when it draws nothing (no data): why there is no chart
    note: str | None = None

    def __post_init__(self) -> None:
        # here, so that no page, export or report shows a chart with Plotly's own "9000" ticks
        written_ticks(self.figure)

    @functools.cached_property
    def screen_figure(self) -> go.Figure:
        """The figure as a page draws it (dashboard.on_screen), made once: the app's chart cache
        hands the same Chart to every run, and copying the figure anew each time was 40 % of a
        warm Readership visit's server time. Read only, as the Chart is."""
        return on_screen.screen_figure(self.figure)


# Builds a chart's figure and its unlabelled table (None: no such table)
Drawing = Callable[[], tuple[go.Figure, pd.DataFrame | None]]


class DrawnOnUse(Chart):
    """A Chart whose figure and unlabelled table are built the first time either is read, then
    kept: the Taza page builds its eight series charts and draws the one its open tab shows, and
    the other seven figures were most of a cold visit's server time, for nothing on screen. Once
    built, it holds what a Chart built at once would hold (its ticks written the same way). A chart
    with no data is one too: the page says why in its place and never draws its figure, which
    only an export or the report reads."""

    _draw: Drawing
    _drawn: tuple[go.Figure, pd.DataFrame | None] | None
    _lock: threading.Lock

    def __init__(self, name: str, page: str, title: str, data: pd.DataFrame, draw: Drawing,
                 card: bool = False, note: str | None = None) -> None:  # fmt: skip
        # frozen as Chart is: each attribute set once, here
        for key, value in (("name", name), ("page", page), ("title", title), ("data", data), ("card", card),
                           ("note", note), ("_draw", draw), ("_drawn", None), ("_lock", threading.Lock())):  # fmt: skip
            object.__setattr__(self, key, value)

    def _drawing(self) -> tuple[go.Figure, pd.DataFrame | None]:
        # the app's chart cache shares one object between sessions: built once, by whichever asks first
        with self._lock:
            if self._drawn is None:
                figure, unlabelled = self._draw()
                drawn = (written_ticks(figure), unlabelled)
                object.__setattr__(self, "_drawn", drawn)
                return drawn
            return self._drawn

    @property
    def figure(self) -> go.Figure:
        return self._drawing()[0]

    @property
    def unlabelled(self) -> pd.DataFrame | None:
        return self._drawing()[1]
