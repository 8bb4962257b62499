"""The `ktpulse` console script: the ETL commands of etl.cli plus the ones that need the dashboard
(serve it, export its charts, build the report). The dashboard sits above etl, so these live here."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from etl.cli import EXIT_STORE, EXIT_USAGE, DbOption, _db, app, console, err_console

export_app = typer.Typer(help="Export the dashboard's charts.", no_args_is_help=True)
app.add_typer(export_app, name="export")


@app.command("dashboard")
def dashboard_command(
    db: DbOption = None,
    port: Annotated[int, typer.Option(help="Port to serve on")] = 8501,
    headless: Annotated[bool, typer.Option(help="Do not try to open a browser")] = True,
) -> None:
    """Serve the Streamlit dashboard over the store (read-only)."""
    import subprocess
    import sys

    app_file = Path(__file__).resolve().with_name("app.py")
    # The link, not its target: a refresh re-points it at the other slot (blue/green).
    env = dict(os.environ, KTPULSE_DB=str(_db(db).absolute()))
    # A product, not a dev server: the viewer toolbar has no "Deploy" button.
    command = [sys.executable, "-m", "streamlit", "run", str(app_file), "--server.port", str(port),
               "--server.headless", str(headless).lower(), "--browser.gatherUsageStats", "false",
               "--client.toolbarMode", "viewer"]  # fmt: skip
    console.print(f"serving {env['KTPULSE_DB']} on http://localhost:{port}")
    raise typer.Exit(subprocess.call(command, env=env))


def _dashboard_inputs(db: Path | None):
    from dashboard.queries import Filters, Store, store_exists_message

    path = _db(db)
    if not path.exists():
        err_console.print(f"[red]error:[/] no store at {path}: run `ktpulse refresh` first")
        raise typer.Exit(EXIT_STORE)
    store = Store.open(path)
    message = store_exists_message(store)
    if message:  # e.g. a store made by an older version, not migrated yet
        err_console.print(f"[red]error:[/] {message.replace('`', '')}")
        raise typer.Exit(EXIT_STORE)
    return store, Filters()


@export_app.command("charts")
def export_charts(
    out: Annotated[Path, typer.Option("--out", help="Folder to write into (one subfolder per page)")],
    fmt: Annotated[str, typer.Option("--format", help="png, svg, pdf or html")] = "png",
    page: Annotated[str | None, typer.Option(help="Only this dashboard page (e.g. taza)")] = None,
    db: DbOption = None,
) -> None:
    """Every dashboard chart as files, from the same figure functions as the app."""
    from dashboard.charts import all_charts
    from dashboard.export import FORMATS, BrowserUnavailable, chart_browser, write_charts
    from dashboard.pages import page_named

    if fmt not in FORMATS:
        err_console.print(f"[red]error:[/] --format must be one of {', '.join(FORMATS)}, not {fmt!r}")
        raise typer.Exit(EXIT_USAGE)
    if page is not None:
        try:
            page_named(page)
        except KeyError as error:
            err_console.print(f"[red]error:[/] {error.args[0]}")
            raise typer.Exit(EXIT_USAGE) from None
    store, filters = _dashboard_inputs(db)
    try:
        if fmt != "html":
            chart_browser()  # before any chart is drawn: a missing browser fails in seconds
    except BrowserUnavailable as error:
        err_console.print(f"[red]error:[/] {fmt} images need a browser: {error}")
        raise typer.Exit(EXIT_STORE) from None
    charts = all_charts(store, filters, page)
    with Progress(TextColumn(f"export {fmt}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err_console) as progress:  # fmt: skip
        task = progress.add_task("charts", total=len(charts))
        paths = write_charts(charts, out, fmt, lambda done, total: progress.update(task, completed=done))
    console.print(f"wrote {len(paths)} charts to {out}")


@app.command("report")
def report_command(
    out: Annotated[Path, typer.Option("--out", help="HTML file to write")] = Path("report.html"),
    db: DbOption = None,
) -> None:
    """One self-contained HTML file with every chart and the key tables."""
    from dashboard.export import build_report

    store, filters = _dashboard_inputs(db)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(build_report(store, filters), encoding="utf-8")
    console.print(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB)")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
