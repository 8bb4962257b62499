"""`ktpulse export charts` and `ktpulse report` on the sample store (kaleido + Debian chromium)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dashboard.charts import CHART_PAGES, all_charts
from dashboard.cli import app
from dashboard.export import report_charts
from dashboard.pages import PAGES
from dashboard.queries import Filters, Store

runner = CliRunner()


def test_chart_names_are_unique_across_pages(sample_store: Path) -> None:
    names = [chart.name for chart in all_charts(Store.open(sample_store), Filters())]
    assert len(names) == len(set(names))
    assert {chart.page for chart in all_charts(Store.open(sample_store), Filters())} == set(CHART_PAGES)


def test_every_chart_carries_the_house_template_in_its_exported_json(sample_store: Path) -> None:
    """Figures do not name the template (pio.templates.default does): what a browser, kaleido
    or an HTML export gets must still hold plotly_white's layout."""
    import plotly.io as pio

    white = pio.templates["plotly_white"].layout.to_plotly_json()
    for chart in all_charts(Store.open(sample_store), Filters()):
        assert chart.figure.to_plotly_json()["layout"]["template"]["layout"] == white, chart.name


@pytest.mark.parametrize(("fmt", "magic"), [("png", b"\x89PNG"), ("svg", b"<svg"), ("pdf", b"%PDF")])
def test_export_one_page_as_static_images(sample_store: Path, tmp_path: Path, fmt: str, magic: bytes) -> None:
    result = runner.invoke(
        app,
        [
            "export",
            "charts",
            "--format",
            fmt,
            "--out",
            str(tmp_path),
            "--page",
            "scholarships",
            "--db",
            str(sample_store),
        ],
    )
    assert result.exit_code == 0, result.output
    (image,) = (tmp_path / "scholarships").iterdir()
    assert image.name == f"scholarships-monthly-amount.{fmt}"
    assert magic in image.read_bytes()[:200]


def test_export_every_chart_as_standalone_html(sample_store: Path, tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["export", "charts", "--format", "html", "--out", str(tmp_path), "--db", str(sample_store)]
    )
    assert result.exit_code == 0, result.output
    files = sorted(tmp_path.rglob("*.html"))
    assert len(files) == len(all_charts(Store.open(sample_store), Filters()))
    assert all("plotly" in f.read_text()[:5000].lower() for f in files[:3])


def test_export_rejects_unknown_page_and_format(sample_store: Path, tmp_path: Path) -> None:
    bad_page = runner.invoke(
        app, ["export", "charts", "--out", str(tmp_path), "--page", "nope", "--db", str(sample_store)]
    )
    bad_format = runner.invoke(
        app, ["export", "charts", "--out", str(tmp_path), "--format", "gif", "--db", str(sample_store)]
    )
    assert bad_page.exit_code == bad_format.exit_code == 2
    assert "pages: overview" in bad_page.output and "png, svg, pdf, html" in bad_format.output


def test_report_is_one_self_contained_file_with_every_chart_and_tables(
    sample_store: Path, tmp_path: Path
) -> None:
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["report", "--out", str(out), "--db", str(sample_store)])
    assert result.exit_code == 0, result.output
    text = out.read_text()
    assert text.count('class="plotly-graph-div"') == len(report_charts(Store.open(sample_store), Filters()))
    assert text.count('<script type="text/javascript">/**\n* plotly.js') <= 1  # plotly.js inlined once
    assert 'src="http' not in text  # nothing fetched from the network
    assert "Flagged contradictions" in text and "State scholarship" in text and "117,098 ₸" in text


def test_report_titles_sections_as_the_app_and_draws_each_chart_once(
    sample_store: Path, tmp_path: Path
) -> None:
    out = tmp_path / "report.html"
    assert runner.invoke(app, ["report", "--out", str(out), "--db", str(sample_store)]).exit_code == 0
    text = out.read_text()
    sections = re.findall(r"<h2>(.*?)</h2>", text)
    assert {"Readership", "Taza Kazakstan", "Scholarships", "IT exports"} <= set(sections)
    assert set(sections) - {"Key tables"} <= {page.title for page in PAGES}
    assert len(sections) == len(set(sections))
    # The overview's most-read chart is the readership page's top ten: drawn once, in Readership.
    assert "Overview" not in sections
    assert text.count("Highest view counts (views at the latest snapshot,") == 1
    # its key table too: counts at unequal ages are no "most-read" list
    assert "<h3>Most-read articles</h3>" not in text
    assert "no most-read ranking)</h3>" in text
    assert "Choose a date range to compare" not in text  # drawn for the whole store by default


def test_a_progress_chart_with_no_bar_exports_the_pages_list_not_an_empty_axis(sample_store: Path) -> None:
    """The sample's IT targets have no bar: the page lists each target and why (dash18), while
    `export charts` and the report wrote grey reasons over an empty 0-100 axis (dash20)."""
    from dashboard.progress_reasons import NO_BAR

    (chart,) = [
        c for c in all_charts(Store.open(sample_store), Filters(), "it_exports") if "progress" in c.name
    ]
    (table,) = chart.figure.data
    assert table.type == "table" and not chart.figure.layout.xaxis.title.text
    assert list(table.header.values) == ["target", "target value", "actual reported", "why no progress"]
    cells = [" ".join(cell.replace("<br>", " ") for cell in column) for column in table.cells.values]
    assert "$306 M for H1 2024" in cells[2] and "none reported" in cells[2]
    assert "only part of a year is reported inside its span" in cells[3]
    assert "no actual of this item is reported inside the target's span" in cells[3]
    assert NO_BAR.split(";")[0] in chart.figure.layout.title.text.replace("<br>", " ")
