"""Exporting the dashboard's charts as files, and the self-contained HTML report."""

from __future__ import annotations

import html
import io
import logging
import os
import re
import subprocess
import tempfile
import warnings
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import kaleido
import pandas as pd
import plotly.io as pio

from dashboard.chart import Chart
from dashboard.charts import all_charts
from dashboard.pages import page_named
from dashboard.queries import Filters, Store
from etl.store.spreadsheet import spreadsheet_csv

# kaleido and its browser library (choreographer, the browser's own output as "browser_proc")
# narrate their work at INFO and DEBUG ("Closing browser.", "shutil.rmtree worked."). Under a root
# logger at INFO (`ktpulse schedule` sets one, and so the test run that calls it) that narration
# went to its handlers, and at the exit, its stream closed, printed a "--- Logging error ---"
# traceback for each line. Only their warnings and errors are ours to see: those still pass.
QUIET_LOGGERS = ("kaleido", "choreographer", "browser_proc")
for _name in QUIET_LOGGERS:
    logging.getLogger(_name).setLevel(logging.WARNING)

FORMATS = ("png", "svg", "pdf", "html")
# A browser that does not print its version within this time would not render charts either.
BROWSER_CHECK_SECONDS = 10


class BrowserUnavailable(RuntimeError):
    """No working Chrome or Chromium for kaleido: static images cannot be made."""


def chart_browser() -> str:
    """The Chrome/Chromium kaleido would start (BROWSER_PATH, else the usual places), checked
    to answer `--version` within seconds: a wrong path fails here, at once, instead of kaleido
    waiting for a browser that never starts. BrowserUnavailable says what to do."""
    from choreographer.browsers.chromium import Chromium

    remedy = "install Debian's chromium (`make browser`) or set BROWSER_PATH; --format html needs no browser"
    path = Chromium.find_browser(skip_local=False)
    named = " (BROWSER_PATH)" if os.environ.get("BROWSER_PATH") else ""
    if not path:
        raise BrowserUnavailable(f"no Chrome or Chromium found: {remedy}")
    if not Path(path).is_file() or not os.access(path, os.X_OK):
        raise BrowserUnavailable(f"no browser at {path}{named}: {remedy}")
    try:
        answer = subprocess.run(
            [path, "--version"], capture_output=True, text=True, timeout=BROWSER_CHECK_SECONDS
        )
    except subprocess.TimeoutExpired:
        raise BrowserUnavailable(
            f"{path}{named} did not answer `--version` within {BROWSER_CHECK_SECONDS} s: {remedy}"
        ) from None
    except OSError as error:
        raise BrowserUnavailable(
            f"{path}{named} cannot be run ({error.strerror or error}): {remedy}"
        ) from None
    version = answer.stdout.strip()
    if answer.returncode != 0 or not re.search(r"chrom", version, re.I):
        raise BrowserUnavailable(
            f"{path}{named} is not Chrome or Chromium (`--version`: {version[:80]!r}): {remedy}"
        )
    return path


def write_charts(
    charts: list[Chart], out_dir: Path, fmt: str, on_progress: Callable[[int, int], None] | None = None
) -> list[Path]:
    """Write every chart to out_dir/<page>/<name>.<fmt>. Static formats go through kaleido in
    one browser session for the whole batch."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    paths = [out_dir / chart.page / f"{chart.name}.{fmt}" for chart in charts]
    for path in paths:
        path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "html":
        for number, (chart, path) in enumerate(zip(charts, paths, strict=True), start=1):
            chart.figure.write_html(path, include_plotlyjs=True, full_html=True)
            if on_progress:
                on_progress(number, len(charts))
        return paths
    # One Chromium for the whole batch: kaleido's sync server keeps it open between figures.
    kaleido.start_sync_server(path=chart_browser(), silence_warnings=True)
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings(
                "ignore", message="The kopts argument is ignored"
            )  # plotly passes defaults
            for number, (chart, path) in enumerate(zip(charts, paths, strict=True), start=1):
                pio.write_image(
                    chart.figure, path, format=fmt, width=1100, height=chart.figure.layout.height or 500
                )
                if on_progress:
                    on_progress(number, len(charts))
    finally:
        kaleido.stop_sync_server(silence_warnings=True)
    return paths


# A chart's files, as its page's buttons give them (components.show_chart): images, page, data.
ZIP_FORMATS = ("png", "svg", "html")


def charts_zip(
    charts: list[Chart],
    formats: tuple[str, ...] = ZIP_FORMATS,
    files: Callable[[Chart, str], bytes] | None = None,
) -> bytes:
    """A ZIP of every chart in each of `formats` (write_charts, or `files(chart, fmt)`: the
    dashboard's, made once a figure, dashboard.chart_files) and its data as CSV, in folders by
    page (taza/taza-participants.png, taza/taza-participants.csv): a page that draws one chart at
    a time (the Taza tabs) still exports all of them at once."""
    buffer = io.BytesIO()
    with (
        tempfile.TemporaryDirectory() as folder,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive,
    ):
        root = Path(folder)
        for fmt in formats:
            if files is None:
                for path in write_charts(charts, root, fmt):
                    archive.write(path, path.relative_to(root).as_posix())
            else:
                for chart in charts:
                    archive.writestr(f"{chart.page}/{chart.name}.{fmt}", files(chart, fmt))
        for chart in charts:
            archive.writestr(f"{chart.page}/{chart.name}.csv", spreadsheet_csv(chart.data))
    return buffer.getvalue()


def report_charts(store: Store, filters: Filters) -> list[Chart]:
    """The report's charts: every page's, in the app's order, each drawn once."""
    return [chart for chart in all_charts(store, filters) if chart.in_report]


def _table(frame: pd.DataFrame, limit: int = 20) -> str:
    if frame.empty:
        return "<p><em>No rows.</em></p>"
    return frame.head(limit).to_html(index=False, border=0, classes="data", na_rep="", escape=True)


def build_report(store: Store, filters: Filters, title: str = "ktpulse report") -> str:
    """One HTML document with every chart (plotly.js inlined once) and the key tables."""
    from dashboard import queries as q

    charts = report_charts(store, filters)
    sections: list[str] = []
    current_page = None
    for number, chart in enumerate(charts):
        if chart.page != current_page:
            current_page = chart.page
            sections.append(f"<h2>{html.escape(page_named(current_page).title)}</h2>")
        sections.append(
            chart.figure.to_html(full_html=False, include_plotlyjs=(number == 0), default_height="460px")
        )
    from dashboard import format as fmt

    def periods(frame: pd.DataFrame) -> list[str]:
        return [fmt.period(a, b) for a, b in zip(frame["period_start"], frame["period_end"], strict=True)]

    def amounts(frame: pd.DataFrame, column: str) -> list[str]:
        return [fmt.figure(v, u, compact=False) for v, u in zip(frame[column], frame["unit"], strict=True)]

    latest = q.readership(store, filters, limit=20)
    readership = pd.DataFrame() if latest.empty else pd.DataFrame(
        {"article": latest["title"], "source": latest["source"], "views": [fmt.views(v) for v in latest["views"]],
         "views per day": ["under a day old" if v != v else fmt.per_day(v) for v in latest["views_per_day"]]}
    )  # fmt: skip
    values = q.metric_values(store, filters, "", most_reported=200)
    facts = pd.DataFrame() if values.empty else pd.DataFrame(
        {"metric": values["label"], "category": values["category"].fillna(""),
         "kind": [fmt.kind(k, c) for k, c in zip(values["kind"], values["is_change"], strict=True)],
         "period": periods(values), "figure": fmt.reported_column(values, compact=False),  # "▼ −9.1 %"
         "sources": values["sources"]}
    )  # fmt: skip
    pairs = q.contradictions(store, filters)
    flagged = pd.DataFrame() if pairs.empty else pd.DataFrame(
        {"metric": pairs["label"], "period": periods(pairs), "one report": amounts(pairs, "value_a"),
         "in": pairs["title_a"], "another report": amounts(pairs, "value_b"), "in ": pairs["title_b"]}
    )  # fmt: skip
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>body{{font-family:system-ui,sans-serif;margin:2rem auto;max-width:1200px;color:#222}}
table.data{{border-collapse:collapse;font-size:.85rem;margin:1rem 0}}table.data td,table.data th{{padding:.25rem .5rem;
border-bottom:1px solid #ddd;text-align:left}}h2{{margin-top:2.5rem;border-bottom:2px solid #264653}}</style></head>
<body><h1>{html.escape(title)}</h1>
<p>Kazakhstan Today (kt.kz) readership and reported figures, from <code>{html.escape(store.path)}</code>,
generated {datetime.now():%d.%m.%Y %H:%M}. Every figure is traceable to its sentence in the store.</p>
{"".join(sections)}
<h2>Key tables</h2>
<h3>Highest view counts (latest snapshots, taken at unequal ages: no most-read ranking)</h3>{_table(readership)}
<h3>Metric facts</h3>{_table(facts, 200)}
<h3>Flagged contradictions</h3>{_table(flagged, 50)}
</body></html>"""
