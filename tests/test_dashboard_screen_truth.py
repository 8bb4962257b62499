"""What the screen shows, checked where a reader saw it wrong (dash28b): a short series' date
axis, whole target labels over progress bars, and figures tables at a 900 px window."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from tests.apptest_page import app_on_page


def _spec(app: AppTest, name: str) -> dict:
    """The figure of the page's chart named `name` (dashboard.charts)."""
    charts = app.get("plotly_chart")
    found = [json.loads(chart.proto.spec) for chart in charts if chart.proto.id.endswith(f"chart-{name}")]
    assert found, [chart.proto.id for chart in charts]
    return found[0]


def test_two_figures_of_one_day_are_drawn_on_an_axis_of_days_ticked_at_that_day(
    sample_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """IT exports' Astana Hub chart: 'more than 1,500' and '400' companies, both of 21 Jan 2025,
    were drawn on an axis padded 45 days a side and ticked Dec 15 … Feb 23: a span of three
    months that nobody reported."""
    app = app_on_page(sample_store, monkeypatch, "app_pages/it_exports.py")
    axis = _spec(app, "astana-hub-companies")["layout"]["xaxis"]
    first, last = (pd.Timestamp(end) for end in axis["range"])
    assert last - first <= pd.Timedelta(days=7), axis["range"]
    assert axis["ticktext"] == ["21 Jan 2025"]
    assert [pd.Timestamp(tick) for tick in axis["tickvals"]] == [pd.Timestamp("2025-01-21")]


def test_a_progress_bars_target_label_is_whole_on_the_chart(
    sample_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Taza's progress chart wrote "Greening: saxaul plantations on the dried Aral… (2021–2024)"
    over its bar, the target's words cut, while the line above the chart gave them whole."""
    app = app_on_page(sample_store, monkeypatch, "app_pages/taza.py")
    layout = _spec(app, "taza-progress-to-targets")["layout"]
    labels = [note["text"] for note in layout["annotations"] if "saxaul" in note["text"]]
    assert len(labels) == 1
    words = labels[0].split("<br>" + "475,000")[0].replace("<b>", "").replace("</b>", "").replace("<br>", " ")
    assert words == "Greening: saxaul plantations on the dried Aral Sea bed (2021–2024)"
    assert "…" not in labels[0]
