"""Work a page's charts need is done once, and only for what is drawn: a series page's figures are
built when drawn or exported, not all at once (the Taza page builds eight series charts and its open
tab draws one; the other seven figures were most of a cold visit's server time), and a chart's
figure as the page draws it is made once, not at every run. What is built later is what an eager
build gave."""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit as st

from dashboard import charts, figures, on_screen
from dashboard.chart import Chart
from dashboard.queries import Filters, Store
from tests.test_dashboard_pages import _app


@pytest.fixture()
def drawings(monkeypatch: pytest.MonkeyPatch) -> list[tuple]:
    """The arguments of every series figure built from now on."""
    calls: list[tuple] = []
    build = figures.metric_series_and_unlabelled

    def counted(frame, title):  # type: ignore[no-untyped-def]
        calls.append((frame, title))
        return build(frame, title)

    monkeypatch.setattr(figures, "metric_series_and_unlabelled", counted)
    return calls


def test_a_series_figure_is_built_when_first_read_and_once(sample_store: Path, drawings: list[tuple]) -> None:
    built = charts.taza(Store.open(sample_store), Filters())
    assert not drawings  # eight series charts, no figure yet
    trees = next(chart for chart in built if chart.name == "taza-trees-planted")
    figure, unlabelled = trees.figure, trees.unlabelled
    assert len(drawings) == 1 and trees.figure is figure  # kept, not built again
    # what a Chart built at once from the same facts holds, ticks written alike
    eager_figure, eager_unlabelled = figures.metric_series_and_unlabelled(*drawings[0])
    eager = Chart(trees.name, trees.page, trees.title, eager_figure, trees.data, unlabelled=eager_unlabelled)
    assert figure.to_json() == eager.figure.to_json()
    assert unlabelled is not None and eager.unlabelled is not None and unlabelled.equals(eager.unlabelled)


def test_the_taza_page_builds_the_open_tabs_series_figure_only(
    sample_store: Path, monkeypatch: pytest.MonkeyPatch, drawings: list[tuple]
) -> None:
    st.cache_resource.clear()  # charts built by an earlier test would hold their figures already
    app = _app(sample_store, monkeypatch)
    app.switch_page("app_pages/taza.py").run()
    assert not app.exception, [e.message for e in app.exception]
    assert [title for _, title in drawings] == ["Participants"]  # the open tab's; seven more were built
    app.session_state["taza_series"] = "Trees and seedlings planted"
    app.run()
    assert [title for _, title in drawings] == ["Participants", "Trees and seedlings planted"]


def test_a_charts_screen_figure_is_made_once_and_as_on_screen_makes_it(sample_store: Path) -> None:
    progress = charts.taza(Store.open(sample_store), Filters())[0]
    assert progress.screen_figure is progress.screen_figure
    assert progress.screen_figure.to_json() == on_screen.screen_figure(progress.figure).to_json()


def test_a_warm_run_draws_the_cached_charts_without_making_their_screen_figures_again(
    sample_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[str] = []
    make = on_screen.screen_figure

    def counted(figure):  # type: ignore[no-untyped-def]
        made.append(figure.layout.title.text)
        return make(figure)

    monkeypatch.setattr(on_screen, "screen_figure", counted)
    st.cache_resource.clear()
    app = _app(sample_store, monkeypatch)  # lands on the Overview
    made.clear()
    app.switch_page("app_pages/taza.py").run()
    drawn = len(made)
    assert drawn == len(app.get("plotly_chart")) == 2  # progress and the open tab's series
    app.run()  # the same charts, from the cache
    assert not app.exception and len(app.get("plotly_chart")) == 2 and len(made) == drawn
