"""One chart as every page, export and report hands it on: its name, page, title, Plotly figure
and the data it draws, or the card or note shown in its place."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

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
