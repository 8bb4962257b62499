"""Value ticks read as the page's figures ("9,000", "1.2 M"), on every chart; and a list's
publication time is never cut (dash23)."""

from __future__ import annotations

import re
from pathlib import Path

import plotly.graph_objects as go

from dashboard import charts
from dashboard.article_list import ARTICLE_COLUMNS
from dashboard.chart import Chart
from dashboard.components import grid_text_width
from dashboard.queries import Filters, Store
from dashboard.value_ticks import _axis_values, nice_ticks, written_ticks

# A number of four or more digits without its thousands separator, or Plotly's "10k" / "1M"
_UNWRITTEN = re.compile(r"^-?\d{4,}|^-?[\d.]+[kMGB]$")


def _value_axes(figure: go.Figure) -> list[tuple[str, go.layout.XAxis | go.layout.YAxis]]:
    named = {key for key in figure.layout.to_plotly_json() if key[:5] in ("xaxis", "yaxis")}
    return [(name, figure.layout[name]) for name in sorted(named | {"xaxis", "yaxis"})]


def test_a_bar_chart_of_thousands_writes_its_ticks_with_separators_and_millions_compact() -> None:
    figure = go.Figure(go.Bar(x=["a", "b"], y=[9036, 2_400_000]))
    written_ticks(figure)
    assert figure.layout.xaxis.tickvals is None  # categories are left alone
    text = list(figure.layout.yaxis.ticktext)
    assert text[0] == "0" and "1 M" in text and "2 M" in text
    small = written_ticks(go.Figure(go.Bar(x=[9036], y=["a"], orientation="h")))
    assert "8,000" in small.layout.xaxis.ticktext


def test_dates_and_log_axes_keep_their_own_ticks() -> None:
    figure = go.Figure(go.Scatter(x=["2025-01-01", "2025-02-01"], y=[10, 20_000]))
    figure.update_yaxes(type="log", tickvals=[10, 100], ticktext=["10", "100"])
    written_ticks(figure)
    assert figure.layout.xaxis.tickvals is None and list(figure.layout.yaxis.ticktext) == ["10", "100"]


def test_nice_ticks_cover_the_range_in_round_steps() -> None:
    assert nice_ticks(0, 9500) == [0, 2000, 4000, 6000, 8000, 10000]
    assert nice_ticks(-3, 5)[0] <= -3 and nice_ticks(-3, 5)[-1] >= 5


def test_every_chart_of_the_sample_writes_its_value_ticks_as_the_page_does(sample_store: Path) -> None:
    drawn = [chart for chart in charts.all_charts(Store.open(sample_store), Filters()) if not chart.card]
    assert drawn
    for chart in drawn:
        for name, axis in _value_axes(chart.figure):
            shown = axis.visible is not False and axis.showticklabels is not False
            numbers, _ = _axis_values(chart.figure, name)
            if not shown or axis.type in ("date", "category", "log") or numbers.empty:
                continue  # no value axis: dates or categories
            assert axis.ticktext is not None, (chart.name, "Plotly's own ticks")
            assert not [t for t in axis.ticktext if _UNWRITTEN.match(t)], (chart.name, axis.ticktext)


def test_a_chart_made_anywhere_gets_written_ticks() -> None:
    chart = Chart("x", "p", "t", go.Figure(go.Bar(x=["a"], y=[12_000])), data=None)  # type: ignore[arg-type]
    assert "10,000" in chart.figure.layout.yaxis.ticktext


def test_the_articles_list_shows_a_publication_time_whole() -> None:
    # "03.02.2025 17" at a 900 px window: the column was 84 px for a 16-character time
    assert ARTICLE_COLUMNS["published"]["width"] >= grid_text_width("03.02.2025 17:00")


def test_one_axis_reads_in_one_style_compact_when_any_tick_is() -> None:
    # dash24: "750,000" beside "1 M" on one axis; thousands whole only where no tick is a million
    figure = written_ticks(go.Figure(go.Bar(x=["a", "b"], y=[300_000, 1_100_000])))
    text = list(figure.layout.yaxis.ticktext)
    assert text == ["0", "0.25 M", "0.5 M", "0.75 M", "1 M", "1.25 M"]
    billions = written_ticks(go.Figure(go.Bar(x=["a"], y=[1_400_000_000]))).layout.yaxis.ticktext
    assert list(billions)[:4] == ["0", "500 M", "1 B", "1.5 B"]  # each compact, as the page writes them
    assert "8,000" in written_ticks(go.Figure(go.Bar(x=["a"], y=[9036]))).layout.yaxis.ticktext
