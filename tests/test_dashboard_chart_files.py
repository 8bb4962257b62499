"""A chart's downloads keep their file across the page's runs (dash27).

A PNG, SVG or HTML button made its file when pressed (Streamlit's callable `data`): its file id
was new at every run and the id a press sent was dropped when the next run ended, so a press
while the page ran again (the table-room measure reruns a page just opened in a new browser)
gave nothing: 2 to 4 presses in 10 on a first visit in Chromium. Files are now made with the
page, once a figure (dashboard.chart_files); the Taza ZIP, seconds long, is made on a press of
an ordinary button, which a rerun keeps.

The image browser must never hold a page or a test up (dash28: dash27's tests stalled for minutes,
and kaleido's own sync server waits for ever on a browser that never starts): it starts only for a
reader's browser (AppTest has none, so these tests start it themselves when they need images), and
a page whose images it cannot make in time offers them made when pressed, saying so."""

from __future__ import annotations

import asyncio
import io
import threading
import time
import zipfile
from collections import OrderedDict
from collections.abc import Iterator
from pathlib import Path

import plotly.graph_objects as go
import pytest
from streamlit.testing.v1 import AppTest

from dashboard import chart_files, charts
from dashboard.components import NOT_READY
from dashboard.export import charts_zip
from dashboard.queries import Filters, Store
from tests.apptest_page import app_on_page

CHART_LABELS = {"⬇ PNG", "⬇ SVG", "⬇ HTML", "⬇ CSV data"}


@pytest.fixture
def image_browser() -> Iterator[None]:
    """The image browser, started and ready, as a reader's first page starts it (dashboard/app.py)."""
    chart_files.start()
    chart_files.wait_ready(120)
    yield


def _as_a_fresh_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """No image browser and no image made yet (the ones of earlier tests forgotten)."""
    chart_files.stop()
    monkeypatch.setattr(chart_files, "_kept", {fmt: OrderedDict() for fmt in chart_files.FORMATS})


def _files(app: AppTest, labels: set[str]) -> dict[str, str]:
    """Each download button's file as the browser gets it: a URL, never a file made when pressed."""
    buttons = [button.proto for button in app.get("download_button") if button.proto.label in labels]
    assert {button.label for button in buttons} >= labels & {"⬇ PNG", "⬇ SVG", "⬇ HTML"}
    assert not any(button.deferred_file_id for button in buttons), "a file made when pressed"
    return {button.id: button.url for button in buttons}


@pytest.mark.parametrize(
    "page",
    ["app_pages/scholarships.py", "app_pages/it_exports.py", "app_pages/overview.py", "app_pages/taza.py",
     "app_pages/readership.py", "app_pages/explorer.py"],
)  # fmt: skip
def test_a_charts_image_and_page_downloads_keep_their_file_across_a_rerun(
    sample_store: Path, monkeypatch: pytest.MonkeyPatch, page: str, image_browser: None
) -> None:
    app = app_on_page(sample_store, monkeypatch, page)
    first = _files(app, CHART_LABELS)
    app.run()
    assert _files(app, CHART_LABELS) == first and first and all(first.values())


def test_a_figures_files_are_made_once_and_are_what_their_format_says(sample_store: Path) -> None:
    chart = next(c for c in charts.scholarships(Store.open(sample_store), Filters()) if c.figure.data)
    png = chart_files.chart_file(chart.figure, "png")
    assert png.startswith(b"\x89PNG")
    assert chart_files.chart_file(chart.figure, "svg").lstrip().startswith(b"<svg")
    assert b"<html" in chart_files.chart_file(chart.figure, "html")[:200]
    same = go.Figure(chart.figure.to_dict())  # the same figure, built anew (another session's)
    assert chart_files.is_kept(same, "png")
    assert chart_files.chart_file(same, "png") is png  # kept, not made again


def test_taza_makes_its_zip_of_every_series_on_a_press_and_keeps_it(
    sample_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = app_on_page(sample_store, monkeypatch, "app_pages/taza.py")
    series = [c for c in charts.taza(Store.open(sample_store), Filters())[1:] if not c.data.empty]
    label = f"⬇ Every series below, {len(series)} charts (ZIP: PNG, SVG, HTML and CSV data of each)"
    assert len(app.get("plotly_chart")) == 2  # still one tab drawn
    if label not in [button.label for button in app.get("download_button")]:  # not made in this process yet
        app.button(key="make-taza-series-zip").click().run()
    (zipped,) = [b.proto for b in app.get("download_button") if b.proto.label == label]
    assert zipped.url and not zipped.deferred_file_id
    app.run()  # a rerun (the measure's) keeps the file a press may be fetching
    assert [b.proto.url for b in app.get("download_button") if b.proto.label == label] == [zipped.url]
    assert not [b for b in app.get("button") if b.proto.id.endswith("make-taza-series-zip")]


def test_a_zip_of_charts_holds_each_charts_files_and_data(sample_store: Path) -> None:
    series = [c for c in charts.taza(Store.open(sample_store), Filters())[1:] if not c.data.empty]
    with zipfile.ZipFile(io.BytesIO(charts_zip(series, formats=("html",)))) as archive:
        names = set(archive.namelist())
    assert names == {f"taza/{c.name}.{suffix}" for c in series for suffix in ("html", "csv")}
    made = charts_zip(series, files=lambda chart, fmt: chart_files.chart_file(chart.figure, fmt))
    with zipfile.ZipFile(io.BytesIO(made)) as archive:
        assert set(archive.namelist()) == {
            f"taza/{c.name}.{suffix}" for c in series for suffix in ("png", "svg", "html", "csv")
        }
        assert archive.read(f"taza/{series[0].name}.png").startswith(b"\x89PNG")


def test_apptest_starts_no_image_browser_and_its_page_says_images_are_made_when_pressed(
    sample_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _as_a_fresh_process(monkeypatch)
    app = app_on_page(sample_store, monkeypatch, "app_pages/scholarships.py")
    assert not chart_files.started()  # no reader's browser asked for the page: nothing started
    images = [b.proto for b in app.get("download_button") if b.proto.label in ("PNG", "SVG")]
    assert len(images) == 2 and all(b.icon == NOT_READY and b.deferred_file_id for b in images)
    assert all("the image browser is not started" in b.help for b in images)


def test_an_image_browser_that_never_starts_holds_no_page_up(
    sample_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """kaleido's browser stuck at its start, its thread blocked for good: the page still renders
    within the page's bound (START_WAIT, here 2 s), every chart and its buttons, the HTML and CSV
    made, the images made when pressed and the page saying why; a press waits a bounded time."""
    _as_a_fresh_process(monkeypatch)
    release = threading.Event()

    async def never_opens(renderer: object) -> None:
        release.wait(600)  # blocks the renderer's loop, as a browser start that hangs would

    monkeypatch.setattr(chart_files, "_open_kaleido", never_opens)
    monkeypatch.setattr(chart_files, "START_WAIT", 2.0)
    monkeypatch.setattr(chart_files, "PRESS_WAIT", 1.0)
    chart_files.start()  # as a reader's first page does (AppTest has no browser to ask for it)
    try:
        began = time.monotonic()
        app = app_on_page(sample_store, monkeypatch, "app_pages/scholarships.py")
        assert time.monotonic() - began < 45  # the page's own time: not the browser's (for ever)
        assert len(app.get("plotly_chart")) == 1
        buttons = {b.proto.label: b.proto for b in app.get("download_button")}
        assert buttons["⬇ HTML"].url and buttons["⬇ CSV data"].url  # made with the page, no browser needed
        for label in ("PNG", "SVG"):  # not "⬇ PNG": made when pressed
            assert buttons[label].icon == NOT_READY
            assert buttons[label].deferred_file_id and not buttons[label].disabled
            assert "the image browser has been starting for" in buttons[label].help
        (said,) = [
            c.value for c in app.caption if c.value.startswith(f"{NOT_READY} PNG and SVG are not ready")
        ]
        assert "made when pressed" in said and "Press again" in said
        chart = next(c for c in charts.scholarships(Store.open(sample_store), Filters()) if c.figure.data)
        began = time.monotonic()
        with pytest.raises(chart_files.ImagesNotReady, match="starting for"):  # a press: bounded too
            chart_files.chart_file(chart.figure, "png", "a key no image is kept under")
        assert time.monotonic() - began < 10
    finally:
        release.set()
        chart_files.stop()


def test_an_image_that_never_comes_holds_no_page_up(monkeypatch: pytest.MonkeyPatch) -> None:
    """The browser started, then stuck on an image: the wait ends at IMAGE_SECONDS, the browser is
    ended, and the next image starts one anew."""
    chart_files.stop()
    chart_files.start()
    chart_files.wait_ready(120)
    renderer = chart_files._renderer
    assert renderer is not None and renderer.kaleido is not None

    async def never_draws(*args: object, **kwargs: object) -> bytes:
        await asyncio.sleep(600)
        return b""

    monkeypatch.setattr(renderer.kaleido, "calc_fig", never_draws)
    monkeypatch.setattr(chart_files, "IMAGE_SECONDS", 1.0)
    figure = go.Figure(go.Bar(x=["a", "b"], y=[1, 2]))
    began = time.monotonic()
    with pytest.raises(chart_files.ImagesNotReady, match="took over 1 s"):
        chart_files.chart_file(figure, "svg", "a key for a figure never drawn")
    assert time.monotonic() - began < 5 and chart_files._renderer is None
    assert chart_files.chart_file(figure, "svg", "the same figure, drawn").lstrip().startswith(b"<svg")
    assert chart_files._renderer is not renderer  # a new browser made it


_EXIT_WITH_A_CLOSED_LOG = """
import io, logging, sys
sys.path.insert(0, sys.argv[1])
stream = io.StringIO()  # a root handler at INFO, as `ktpulse schedule` configures one
logging.basicConfig(level=logging.INFO, handlers=[logging.StreamHandler(stream)], force=True)
from dashboard import chart_files
chart_files.start()
chart_files.wait_ready(60)
logging.getLogger("choreographer.browser_async").warning("a real warning of the browser library")
print(stream.getvalue(), end="")
stream.close()  # closed by the exit, as pytest closes its captured streams
"""


def test_the_image_browser_ends_without_a_logging_traceback_yet_its_warnings_pass(tmp_path: Path) -> None:
    """A test run ended in "--- Logging error ---" tracebacks ("Message: 'shutil.rmtree worked.'"):
    the image browser's library narrates its close at INFO, and a root logger at INFO (the
    schedule command's, set in an earlier test) wrote to a stream closed by then. Its INFO and
    DEBUG lines are not ours to print; a warning still reaches the root's handlers (dash29)."""
    import subprocess
    import sys

    script = tmp_path / "exit.py"
    script.write_text(_EXIT_WITH_A_CLOSED_LOG)
    root = str(Path(__file__).resolve().parent.parent)
    done = subprocess.run([sys.executable, str(script), root], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Logging error" not in done.stderr and "rmtree" not in done.stderr, done.stderr[-2000:]
    assert "a real warning of the browser library" in done.stdout, done.stdout


def test_a_pages_charts_are_all_drawn_before_it_waits_for_their_images(
    sample_store: Path, monkeypatch: pytest.MonkeyPatch, image_browser: None
) -> None:
    """A first visit of Readership drew one chart, waited for its PNG and SVG, then the next:
    about 4 s of a loaded machine's 5 before its last chart (dash29). Now every chart is drawn
    first, its images asked of the image browser at once, and their buttons filled at the page's
    end, each holding its file."""
    import streamlit as st

    from dashboard import components

    monkeypatch.setattr(chart_files, "_kept", {fmt: OrderedDict() for fmt in chart_files.FORMATS})
    events: list[str] = []
    drawn, made = st.plotly_chart, components.page_file

    def drawing(*args: object, **kwargs: object) -> object:
        events.append("chart")
        return drawn(*args, **kwargs)

    def making(figure: go.Figure, fmt: str, key: str) -> bytes:
        if fmt != "html":
            events.append("image")
        return made(figure, fmt, key)

    monkeypatch.setattr(st, "plotly_chart", drawing)
    monkeypatch.setattr(components, "page_file", making)
    monkeypatch.setenv("KTPULSE_DB", str(sample_store))
    app = AppTest.from_file(str(Path(components.__file__).parent / "app.py"), default_timeout=60)
    app.run()  # the Overview, the default page
    events.clear()
    app.switch_page("app_pages/readership.py").run()
    assert not app.exception, [e.message for e in app.exception]
    assert events.count("chart") >= 3 and "image" in events, events
    assert events.index("image") > len(events) - 1 - events[::-1].index("chart"), events
    _files(app, CHART_LABELS)  # every button holds its file, none made when pressed
