"""Work a page's charts need is done once, and only for what is drawn: a series page's figures are
built when drawn or exported, not all at once (the Taza page builds eight series charts and its open
tab draws one; the other seven figures were most of a cold visit's server time), a chart the page
does not draw (an equal-ages chart with no data, a progress chart with no bar) builds no figure
unless exported, a chart's figure as the page draws it is made once, not at every run, and the
Readership page's note and equal-ages lists share their queries. What is built later is what an
eager build gave."""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit as st

from dashboard import charts, charts_age, figures, figures_age, on_screen
from dashboard import queries as q
from dashboard.chart import Chart
from dashboard.progress import has_bar
from dashboard.queries import Filters, Store
from dashboard.value_ticks import written_ticks
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


def _counting(monkeypatch: pytest.MonkeyPatch, module: object, names: tuple[str, ...]) -> list[tuple]:
    """(name, arguments) of each of `module`'s figure builders called from now on, in order."""
    calls: list[tuple] = []
    for name in names:
        build = getattr(module, name)

        def counted(*args, _name=name, _build=build):  # type: ignore[no-untyped-def]
            calls.append((_name, args))
            return _build(*args)

        monkeypatch.setattr(module, name, counted)
    return calls


def test_the_readership_page_builds_no_figure_for_an_equal_ages_chart_it_does_not_draw(
    sample_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = _counting(monkeypatch, figures_age, ("views_at_age", "views_against_age", "fastest_growing"))
    app = _app(sample_store, monkeypatch)
    app.switch_page("app_pages/readership.py").run()
    assert not app.exception, [e.message for e in app.exception]
    # one capture: nothing at 24 h or 7 d, no curve; the last day's growth is drawn
    assert [name for name, _ in built] == ["fastest_growing"]
    ages = charts_age.readership_ages(Store.open(sample_store), Filters())
    assert [chart.name for chart in ages if chart.data.empty] == [
        "readership-views-at-24h", "readership-views-at-168h", "readership-views-against-age"
    ]  # fmt: skip
    # read (an export), each is what an eager build gave, its title the figure's
    at_24h = ages[0]
    assert at_24h.title == at_24h.figure.layout.title.text == "Views 24 hours after publication"
    assert at_24h.figure.to_json() == written_ticks(figures_age.views_at_age(at_24h.data, 24)).to_json()
    assert ages[2].figure.to_json() == written_ticks(figures_age.views_against_age(ages[2].data)).to_json()


def test_the_it_exports_page_builds_no_progress_figure_when_no_target_has_a_bar(
    sample_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    eager_build = figures.target_progress
    built = _counting(monkeypatch, figures, ("target_progress",))
    st.cache_resource.clear()  # charts built by an earlier test would hold their figures already
    app = _app(sample_store, monkeypatch)
    app.switch_page("app_pages/it_exports.py").run()
    assert not app.exception, [e.message for e in app.exception]
    progress = charts.it_exports(Store.open(sample_store), Filters())[0]
    assert not progress.data.empty and not has_bar(progress.data).any()  # the page lists its targets in words
    assert built == []
    app.switch_page("app_pages/taza.py").run()  # Taza's targets have bars: its progress chart is drawn
    assert [name for name, _ in built] == ["target_progress"]
    built.clear()
    figure = progress.figure  # read (an export): what an eager build of the same frame gives
    assert [name for name, _ in built] == ["target_progress"]
    assert figure.to_json() == written_ticks(eager_build(*built[0][1])).to_json()


def test_the_readership_pages_ranking_note_reads_the_equal_ages_lists_own_queries(
    sample_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    limits: list[int] = []
    views_at_age = q.views_at_age

    def counted(store, filters, hours, limit=20):  # type: ignore[no-untyped-def]
        limits.append(limit)
        return views_at_age(store, filters, hours, limit=limit)

    monkeypatch.setattr(q, "views_at_age", counted)
    app = _app(sample_store, monkeypatch)  # the Overview says the note too
    app.switch_page("app_pages/readership.py").run()
    assert not app.exception, [e.message for e in app.exception]
    # one query per age in the app's cache, not a second one with LIMIT 1 for the note
    assert limits and set(limits) == {charts_age.AGE_LIST_LENGTH}
