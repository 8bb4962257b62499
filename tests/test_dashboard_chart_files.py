"""A chart's downloads keep their file across the page's runs (dash27).

A PNG, SVG or HTML button made its file when pressed (Streamlit's callable `data`): its file id
was new at every run and the id a press sent was dropped when the next run ended, so a press
while the page ran again (the table-room measure reruns a page just opened in a new browser)
gave nothing: 2 to 4 presses in 10 on a first visit in Chromium. Files are now made with the
page, once a figure (dashboard.chart_files); the Taza ZIP, seconds long, is made on a press of
an ordinary button, which a rerun keeps."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import plotly.graph_objects as go
import pytest
from streamlit.testing.v1 import AppTest

from dashboard import chart_files, charts
from dashboard.export import charts_zip
from dashboard.queries import Filters, Store
from tests.apptest_page import app_on_page

CHART_LABELS = {"⬇ PNG", "⬇ SVG", "⬇ HTML", "⬇ CSV data"}


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
    sample_store: Path, monkeypatch: pytest.MonkeyPatch, page: str
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
