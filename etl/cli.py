"""The `ktpulse` command line: thin wiring from options to the modules that do the work."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import Annotated

import duckdb
import typer
from dateutil import parser as date_parser
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from etl.config_files import ConfigError
from etl.extract.catalog import DEFAULT_CATALOG
from etl.extract.topics import DEFAULT_TAXONOMY
from etl.pipeline.refresh import FileBudget, describe_refresh, refresh, why_reread
from etl.printable import printable
from etl.store import database
from etl.store.publish import PublishRefused, RefreshLocked
from etl.store.spreadsheet import spreadsheet_select
from etl.store.writer import RefreshSummary

app = typer.Typer(
    help="ktpulse: Kazakhstan Today news -> tidy tables, figures and charts.", no_args_is_help=True
)
tables_app = typer.Typer(help="List, show and export the store's tables.", no_args_is_help=True)
app.add_typer(tables_app, name="tables")
console = Console(soft_wrap=True)  # no wrapping: summaries are grepped in logs
err_console = Console(stderr=True, soft_wrap=True)

# Exit codes (README "Exit codes"): 0 ok, 1 some inputs rejected (RefreshSummary.exit_code),
# 2 usage, 3 store/config error, 4 another refresh of the store is running.
EXIT_USAGE, EXIT_STORE, EXIT_LOCKED = 2, 3, 4
DEFAULT_RAW_DIR = Path("data") / "raw"

DbOption = Annotated[
    Path | None,
    typer.Option("--db", help="DuckDB store [default: $KTPULSE_DB or data/ktpulse.duckdb]"),
]


def shown(value: object) -> str:
    """A name, URL or message as printed: control characters escaped (one line stays one line)
    and Rich markup escaped (`x[/bold].txt` prints as itself instead of crashing)."""
    # The space keeps escape() from doubling a trailing backslash: nothing here is followed by a tag.
    return escape(printable(value) + " ")[:-1]


def _db(db: Path | None) -> Path:
    return db or database.default_db_path()


def _parse_moment(value: str) -> datetime:
    try:
        return date_parser.isoparse(value)
    except ValueError:
        try:
            return date_parser.parse(value, dayfirst=True)
        except (ValueError, OverflowError):
            raise typer.BadParameter(f"not a date and time: {value!r}") from None


@app.command("refresh")
def refresh_command(
    paths: Annotated[list[Path] | None, typer.Argument(help="Files or folders [default: data/raw/]")] = None,
    db: DbOption = None,
    observed_at: Annotated[
        str | None,
        typer.Option(
            help="Capture time of the given files (ISO 8601; no zone = Kazakhstan "
            "time). Default: the fetch record, else the file's modification time."
        ),
    ] = None,
    workers: Annotated[int, typer.Option(help="Parser processes")] = max(1, os.cpu_count() or 1),
    taxonomy: Annotated[
        Path | None, typer.Option(help="Topic taxonomy TOML [default: the one shipped with ktpulse]")
    ] = None,
    catalog: Annotated[
        Path | None, typer.Option(help="Metric catalog TOML [default: the one shipped with ktpulse]")
    ] = None,
    max_file_bytes: Annotated[
        int, typer.Option("--max-file-bytes", min=1, help="Larger files are reported and not read")
    ] = FileBudget.max_bytes,
    file_timeout: Annotated[
        float | None,
        typer.Option("--file-timeout", min=0.1, help="Seconds to parse one file; past it, reported"),
    ] = FileBudget.seconds,
) -> None:
    """Ingest every new or changed raw page; unchanged inputs are skipped. A changed taxonomy
    or catalog re-tags or re-maps what is stored."""
    targets = paths or [DEFAULT_RAW_DIR]
    # A symbolic link that leads nowhere (or round in a loop) is there: reading it says why it fails.
    missing = [str(p) for p in targets if not p.exists() and not p.is_symlink()]
    if missing:
        err_console.print(f"[red]error:[/] no such file or folder: {', '.join(shown(p) for p in missing)}")
        raise typer.Exit(EXIT_USAGE)
    moment = _parse_moment(observed_at) if observed_at else None
    _run_refresh(
        _db(db), targets, moment, workers, taxonomy, catalog, FileBudget(max_file_bytes, file_timeout)
    )


def _run_refresh(
    db_path: Path,
    targets: list[Path],
    moment: datetime | None,
    workers: int,
    taxonomy: Path | None = None,
    catalog: Path | None = None,
    budget: FileBudget | None = None,
) -> None:
    """Refresh with a progress bar, print the summary, exit with its code."""
    try:
        with Progress(
            TextColumn("refresh"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err_console,
            transient=True,
        ) as progress:
            task = progress.add_task("files", total=None)
            summary = refresh(
                db_path,
                targets,
                moment,
                taxonomy_path=taxonomy or DEFAULT_TAXONOMY,
                catalog_path=catalog or DEFAULT_CATALOG,
                workers=workers,
                on_progress=lambda done, total: progress.update(task, completed=done, total=total),
                budget=budget or FileBudget(),
            )
    except ConfigError as error:
        err_console.print(f"[red]configuration error:[/] {shown(error)}")
        raise typer.Exit(EXIT_STORE) from None
    except RefreshLocked as error:
        err_console.print(f"[yellow]skipped:[/] {shown(error)}")
        raise typer.Exit(EXIT_LOCKED) from None
    except (duckdb.Error, OSError, PublishRefused) as error:
        # Reading the inputs reports its own OSErrors per file: one that reaches here is the
        # store's (a full disk, a slot that cannot be written), and the run was not published.
        err_console.print(
            f"[red]store error[/] ({shown(db_path)}): {shown(error)}; nothing of this run was published "
            "(the store still holds the last completed refresh)"
        )
        raise typer.Exit(EXIT_STORE) from None
    _print_summary(summary)
    raise typer.Exit(summary.exit_code)


@app.command("add")
def add_command(
    file: Annotated[Path, typer.Argument(help="An article file (text or HTML) without a kt.kz stamp line")],
    published: Annotated[str, typer.Option(help="Publication date, YYYY-MM-DD")],
    time: Annotated[str | None, typer.Option(help="Publication time, HH:MM (Kazakhstan time)")] = None,
    title: Annotated[
        str | None, typer.Option(help="Title [default: the file's first line, or HTML <h1>]")
    ] = None,
    url: Annotated[str | None, typer.Option(help="Where the article was published")] = None,
    source: Annotated[str | None, typer.Option(help="Original publisher, e.g. Kazinform")] = None,
    db: DbOption = None,
) -> None:
    """Ingest one article file with its metadata given by hand: writes FILE.meta.json beside it
    (which later refreshes read) and refreshes that file."""
    from etl.pipeline.inputs import sidecar_path, write_sidecar
    from etl.transform.article_meta import article_meta

    if not file.is_file():
        err_console.print(f"[red]error:[/] no such file: {file}")
        raise typer.Exit(EXIT_USAGE)
    try:
        meta = article_meta(published, time, title, url, source)
    except ValueError as error:
        err_console.print(f"[red]error:[/] --{error}")
        raise typer.Exit(EXIT_USAGE) from None
    replaced = sidecar_path(file).exists()
    sidecar = write_sidecar(file, meta)
    console.print(f"{'replaced' if replaced else 'wrote'} {sidecar}")
    _run_refresh(_db(db), [file], None, 1)


def _print_summary(summary: RefreshSummary) -> None:
    console.print(describe_refresh(summary))
    if summary.reread:
        names = ", ".join(summary.reread[:5]) + (", ..." if len(summary.reread) > 5 else "")
        err_console.print(
            f"[blue]note:[/] {len(summary.reread)} file(s) read again ({why_reread(summary)}), what they "
            f"gave before replaced (pages of run {summary.run_id} in the store name them all): {shown(names)}"
        )
    for location, reason in summary.rejected:
        err_console.print(f"[yellow]rejected[/] {shown(location)}: {shown(reason)}")
    for location, reason in summary.unreadable:
        err_console.print(f"[yellow]unreadable[/] {shown(location)}: {shown(reason)}")
    if summary.not_pages:
        names = ", ".join(summary.not_pages[:5]) + (", ..." if len(summary.not_pages) > 5 else "")
        err_console.print(
            f"[blue]note:[/] {len(summary.not_pages)} other file(s) in the folders are no page by their name "
            f"(.txt, .html, .htm, .mht, .mhtml, or one of them .gz) and were not read (name a file to read it): {shown(names)}"
        )
    if summary.duplicates:
        pairs = [f"{copy} (same as {first})" for copy, first in summary.duplicates]
        names = ", ".join(pairs[:5]) + (", ..." if len(pairs) > 5 else "")
        err_console.print(
            f"[blue]note:[/] {len(pairs)} file(s) hold the same bytes as another file of this run, which was "
            f"read for them (counted as unchanged): {shown(names)}"
        )
    if summary.mtime_capture:
        names = ", ".join(summary.mtime_capture[:5]) + (", ..." if len(summary.mtime_capture) > 5 else "")
        err_console.print(
            f"[blue]note:[/] capture time of {len(summary.mtime_capture)} page(s) with view counts taken from "
            f"the file's modification time (no usable fetch record, no --observed-at), which views per day are "
            f"counted to: {shown(names)}"
        )
    for location, note in summary.restamped:
        err_console.print(f"[blue]note:[/] {shown(location)}: {shown(note)}")  # page text, not markup
    for location, warning in summary.warnings:
        err_console.print(f"[yellow]warning[/] {shown(location)}: {shown(warning)}")  # page text, not markup


def _open_read_only(db: Path | None) -> duckdb.DuckDBPyConnection:
    path = _db(db)
    if not path.exists():
        err_console.print(f"[red]error:[/] no store at {shown(path)}: run `ktpulse refresh` first")
        raise typer.Exit(EXIT_STORE)
    try:
        return database.connect(path, read_only=True)
    except duckdb.Error as error:
        err_console.print(f"[red]store error[/] ({shown(path)}): {shown(error)}")
        raise typer.Exit(EXIT_STORE) from None


def _check_table(con: duckdb.DuckDBPyConnection, name: str) -> None:
    names = database.table_names(con)
    if name not in names:
        err_console.print(f"[red]error:[/] no table {shown(repr(name))}; tables: {shown(', '.join(names))}")
        raise typer.Exit(EXIT_USAGE)


@tables_app.command("list")
def tables_list(db: DbOption = None) -> None:
    """Every table and view with its row count."""
    con = _open_read_only(db)
    table = Table("table", "rows")
    for name in database.table_names(con):
        count = database.scalar(con, f'SELECT count(*) FROM "{name}"')
        table.add_row(name, str(count))
    console.print(table)


@tables_app.command("show")
def tables_show(
    name: str,
    db: DbOption = None,
    limit: Annotated[int, typer.Option(min=0, help="Rows to show")] = 20,
    columns: Annotated[
        str | None, typer.Option(help="Only these columns, comma-separated (e.g. title,views)")
    ] = None,
    layout: Annotated[
        str, typer.Option(help="auto (a grid when it fits the terminal, else records), table or records")
    ] = "auto",
) -> None:
    """The first rows of a table or view; NULL is shown empty."""
    from etl.table_view import LAYOUTS, render

    if layout not in LAYOUTS:
        err_console.print(f"[red]error:[/] --layout must be one of {', '.join(LAYOUTS)}, not {layout!r}")
        raise typer.Exit(EXIT_USAGE)
    con = _open_read_only(db)
    _check_table(con, name)
    available = [
        column for (column,) in con.execute(f'SELECT column_name FROM (DESCRIBE "{name}")').fetchall()
    ]
    chosen = [c.strip() for c in columns.split(",") if c.strip()] if columns is not None else available
    unknown = [c for c in chosen if c not in available]
    if unknown or not chosen:
        err_console.print(
            f"[red]error:[/] no column {', '.join(map(repr, unknown)) or 'given'} in {name}; "
            f"columns: {', '.join(available)}"
        )
        raise typer.Exit(EXIT_USAGE)
    selected = ", ".join(f'"{c}"' for c in chosen)
    rows = con.execute(f'SELECT {selected} FROM "{name}" LIMIT ?', [limit]).fetchall()
    for renderable in render(chosen, rows, console.width, layout):
        console.print(renderable, markup=False, highlight=False)


@tables_app.command("export")
def tables_export(
    name: str,
    output: Annotated[Path, typer.Option("-o", "--output", help="File to write")],
    fmt: Annotated[str, typer.Option("--format", help="csv or parquet")] = "csv",
    db: DbOption = None,
) -> None:
    """Write a whole table or view to CSV (safe to open in a spreadsheet) or Parquet (exact)."""
    if fmt not in ("csv", "parquet"):
        err_console.print(f"[red]error:[/] --format must be csv or parquet, not {shown(repr(fmt))}")
        raise typer.Exit(EXIT_USAGE)
    con = _open_read_only(db)
    _check_table(con, name)
    output.parent.mkdir(parents=True, exist_ok=True)
    target = str(output).replace("'", "''")
    relation = f'"{name}"'
    if fmt == "csv":  # for spreadsheets: formula-like text cells get a leading apostrophe
        con.execute(f"COPY ({spreadsheet_select(con, relation)}) TO '{target}' (FORMAT csv, HEADER)")
    else:  # Parquet keeps every value exactly
        con.execute(f"COPY (SELECT * FROM {relation}) TO '{target}' (FORMAT parquet)")
    count = database.scalar(con, f'SELECT count(*) FROM "{name}"')
    console.print(f"wrote {count} rows of {shown(name)} to {shown(output)}")


@app.command("eval")
def eval_command(
    gold: Annotated[
        Path | None,
        typer.Option(
            help="Gold file: the figures each article should yield, e.g. tests/fixtures/kt_page_sample.gold.json"
        ),
    ] = None,
    page: Annotated[
        Path | None, typer.Option(help="Score the extractor on this page file instead of the store")
    ] = None,
    eval_set: Annotated[
        Path | None,
        typer.Option("--set", help="Folder of labelled articles (one JSON each, evalsets/FORMAT.md)"),
    ] = None,
    explain: Annotated[
        bool, typer.Option("--explain", help="With --set: every figure's fate, and why numbers were skipped")
    ] = False,
    record: Annotated[
        Path | None,
        typer.Option(help="With --set: raise the figures recorded in this file (tests/realworld/best.json)"),
    ] = None,
    db: DbOption = None,
) -> None:
    """Precision, recall and F1 against gold: the sample gold file (--gold) or an eval set (--set)."""
    if eval_set is not None:
        _eval_set(eval_set, explain, record)
        return
    if gold is None:
        err_console.print("[red]error:[/] give --gold FILE (with --page or a store) or --set FOLDER")
        raise typer.Exit(EXIT_USAGE)
    from etl.evaluation import evaluate, page_extractor

    try:
        gold_data = load_gold(gold)
    except ConfigError as error:
        err_console.print(f"[red]error:[/] {shown(error)}")
        raise typer.Exit(EXIT_USAGE) from None
    if page is not None:
        if not page.exists():
            err_console.print(f"[red]error:[/] no such page file: {shown(page)}")
            raise typer.Exit(EXIT_USAGE)
        from etl.errors import PageFormatError
        from etl.sites import parse

        try:
            report = evaluate(gold_data, page_extractor(parse(page.read_bytes()).page))
        except PageFormatError as error:
            err_console.print(f"[red]error:[/] {shown(page)}: {shown(error.reason)}")
            raise typer.Exit(EXIT_USAGE) from None
    else:
        report = evaluate(gold_data, store_extractor(_open_read_only(db)))
    _print_eval(report)


def load_gold(path: Path) -> dict:
    """The sample gold file, read and checked."""
    import json

    from etl.evaluation import check_gold

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(path, "file not found") from None
    except ValueError as error:
        raise ConfigError(path, f"not valid JSON: {error}") from None
    return check_gold(data, str(path))


def store_extractor(con: duckdb.DuckDBPyConnection):
    """An `extract` over the indicators already in a store (what the product holds)."""
    from etl.identity import article_id

    def extract(published_at: datetime, title: str) -> list[tuple[float, str]] | None:
        identity = article_id(published_at, title)
        if not database.scalar(con, "SELECT body IS NOT NULL FROM articles WHERE article_id = ?", [identity]):
            return None
        rows = con.execute("SELECT value, unit FROM indicators WHERE article_id = ?", [identity]).fetchall()
        return [(float(value), unit) for value, unit in rows]

    return extract


def read_eval_set(folder: Path) -> tuple[list, list[str]]:
    """(articles, problems) of a folder of labelled articles: a bad file is named, not fatal."""
    import json

    from etl.evaluation import eval_article

    articles, problems = [], []
    for path in sorted(folder.glob("*.json")):
        try:
            articles.append(eval_article(json.loads(path.read_text(encoding="utf-8")), path.name))
        except ValueError as error:
            problems.append(f"{path}: not valid JSON: {error}")
        except ConfigError as error:
            problems.append(str(error))
    return articles, problems


def _eval_set(folder: Path, explain: bool, record: Path | None) -> None:
    from etl.evaluation import score_set

    if not folder.is_dir():
        err_console.print(f"[red]error:[/] no such folder: {folder}")
        raise typer.Exit(EXIT_USAGE)
    articles, problems = read_eval_set(folder)
    for problem in problems:
        err_console.print(f"[yellow]skipped[/] {problem}")
    if not articles:
        err_console.print(f"[red]error:[/] no labelled articles (*.json) in {folder}")
        raise typer.Exit(EXIT_USAGE)
    report = score_set(articles)
    if explain:
        _print_explanations(report)
    _print_set_report(report)
    if record is not None:
        # an unseen set (tests/realworld/unseen/<lang>) has its own record, apart from the dev set's
        key = (
            f"unseen-{articles[0].language}"
            if folder.resolve().parent.name == "unseen"
            else articles[0].language
        )
        _raise_record(record, key, report.figures())
    raise typer.Exit(1 if problems else 0)


def _print_explanations(report) -> None:
    from etl.extract.mentions import skipped_numbers

    for score in report.articles:
        article = score.article
        console.print(f"\n[bold]{article.name}[/] {article.title}")
        for result in score.results:
            gold = result.gold
            label = f"{gold.surface!r} = {gold.value:g} {gold.unit}" + (
                " (optional)" if gold.optional else ""
            )
            if result.found is None:
                console.print(f"  [red]{result.errors[0]}[/] {label}")
                continue
            found = result.found
            period = f"{found.period_start}..{found.period_end}"
            verdict = "; ".join(result.errors) or "ok"
            colour = "green" if not result.errors else "yellow"
            console.print(f"  [{colour}]{verdict}[/] {label}: period {period}, {found.kind}"
                          + (f" (gold {gold.period[0]}..{gold.period[1]}, {gold.kind})" if result.errors
                             and gold.period else f" (gold {gold.kind})" if result.errors else ""))  # fmt: skip
        for found, kind in score.false_hits:
            console.print(f"  [red]{kind}[/] {found.surface!r} read as {found.value:g} {found.unit}")
        for start, end, reason in skipped_numbers(article.body):
            console.print(f"  [dim]skipped {article.body[start:end]!r}: {reason}[/]")


def _print_set_report(report) -> None:
    table = Table("article", "gold", "found", "P", "R", "F1", "period ok", "kind ok")
    for score in report.articles:
        matched = [r for r in score.results if r.found is not None and not r.gold.optional]
        with_period = [r for r in matched if r.gold.period is not None]
        period_ok = sum(1 for r in with_period if not any(e.startswith("wrong period") for e in r.errors))
        kind_ok = sum(1 for r in matched if not any(e.startswith("wrong kind") for e in r.errors))
        precision = score.true_positives / score.extracted_scored if score.extracted_scored else 1.0
        recall = score.true_positives / score.required if score.required else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        table.add_row(
            score.article.name[:40], str(score.required), str(score.true_positives), f"{precision:.3f}",
            f"{recall:.3f}", f"{f1:.3f}", f"{period_ok}/{len(with_period)}", f"{kind_ok}/{len(matched)}",
        )  # fmt: skip
    console.print(table)
    errors = Table("error class", "count")
    for name, count in sorted(report.error_counts().items(), key=lambda item: (-item[1], item[0])):
        errors.add_row(name, str(count))
    console.print(errors)
    matched = report.matched()
    console.print(
        f"period exact {report.period_accuracy:.1%} (of {report.period_scored} found figures with a gold "
        f"period); kind {report.kind_accuracy:.1%} (of {len(matched)} found figures)"
    )
    # how far each way of deciding a period can be trusted (etl/extract/period_basis.py)
    console.print(
        "period exact by basis: "
        + "; ".join(
            f"{basis} {right}/{scored}" + (f" = {right / scored:.1%}" if scored else "")
            for basis, (right, scored) in report.period_by_basis().items()
        )
    )
    console.print(str(report.item_score()))  # not in the ratchet: items are read, not yet held
    console.print(
        f"overall: precision {report.precision:.3f}, recall {report.recall:.3f}, F1 {report.f1:.3f} "
        f"({len(matched)} of {report._sum('required')} gold figures found in {len(report.articles)} articles)"
    )


def _raise_record(path: Path, language: str, figures: dict[str, float]) -> None:
    """Write this set's figures (key: its language, or "unseen-<language>") into the record when none of F1, period, kind dropped, or
    when the set itself changed (other articles or facts): the old record scored other text."""
    import json

    best = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    old = best.get(language, {})
    same_set = all(old.get(size) == figures.get(size) for size in ("articles", "facts"))
    dropped = [name for name in ("f1", "period", "kind") if figures[name] < old.get(name, 0.0) - 0.001]
    if old and not same_set:
        console.print(
            f"the set changed ({old.get('articles')} -> {figures.get('articles')} articles, "
            f"{old.get('facts')} -> {figures.get('facts')} facts): its figures replace the record"
        )
    elif dropped:
        err_console.print(f"[red]not recorded:[/] {', '.join(dropped)} below the record {old}")
        raise typer.Exit(1)
    best[language] = figures
    path.write_text(json.dumps(best, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    console.print(f"recorded {language}: {figures} in {path}")


def _print_eval(report) -> None:
    table = Table("article", "P", "R", "F1", "misses", "false hits")
    for score in report.articles:
        title = shown(f"{score.stamp} {score.title[:50]}" + ("" if score.found else " [not found]"))
        table.add_row(
            title, f"{score.precision:.3f}", f"{score.recall:.3f}", f"{score.f1:.3f}",
            ", ".join(f"{v:g} {u}" for v, u in score.misses),
            ", ".join(f"{v:g} {u}" for v, u in score.false_hits),
        )  # fmt: skip
    console.print(table)
    console.print(
        f"overall: precision {report.precision:.3f}, recall {report.recall:.3f}, F1 {report.f1:.3f} "
        f"({report.true_positives} of {sum(a.required for a in report.articles)} gold figures found)"
    )


@app.command("fetch")
def fetch_command(
    urls: Annotated[list[str] | None, typer.Argument(help="Page URLs")] = None,
    urls_file: Annotated[Path | None, typer.Option("--urls", help="File with one URL per line")] = None,
    out: Annotated[Path, typer.Option(help="Where raw pages are kept")] = DEFAULT_RAW_DIR,
    delay: Annotated[float, typer.Option(help="Seconds between requests")] = 2.0,
    allow_host: Annotated[
        list[str] | None, typer.Option("--allow-host", help="Allowed host (repeat); default kt.kz, www.kt.kz")
    ] = None,
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", min=1, help="Largest answer read per URL; past it the URL fails")
    ] = 20_000_000,
    deadline: Annotated[
        float, typer.Option(min=0.1, help="Seconds per URL, retries and redirects included")
    ] = 120.0,
) -> None:
    """Download pages politely into data/raw/, each with a fetch record (URL, time, ETag).

    Every redirect hop must stay on the allow-list; robots.txt is honoured."""
    from etl.pipeline.fetch import DEFAULT_ALLOWED_HOSTS, Fetcher, read_url_file

    targets = list(urls or [])
    if urls_file is not None:
        if not urls_file.exists():
            err_console.print(f"[red]error:[/] no such URL file: {shown(urls_file)}")
            raise typer.Exit(EXIT_USAGE)
        targets += read_url_file(urls_file)
    if not targets:
        err_console.print("[red]error:[/] give URLs or --urls FILE")
        raise typer.Exit(EXIT_USAGE)
    fetcher = Fetcher(out, allowed_hosts=tuple(allow_host or DEFAULT_ALLOWED_HOSTS), delay=delay,
                      max_bytes=max_bytes, deadline=deadline)  # fmt: skip

    def show(result) -> None:
        colour = {"saved": "green", "unchanged": "blue"}.get(result.status, "yellow")
        console.print(f"[{colour}]{result.status}[/] {shown(result.url)} {shown(result.detail)}")

    try:
        summary = fetcher.fetch_all(targets, show)
    finally:
        fetcher.close()
    console.print(f"fetch: {summary.count('saved')} saved, {summary.count('unchanged')} unchanged, "
                  f"{summary.count('failed')} failed, {summary.count('refused')} refused")  # fmt: skip
    raise typer.Exit(summary.exit_code)


@app.command("schedule")
def schedule_command(
    paths: Annotated[list[Path] | None, typer.Argument(help="Files or folders [default: data/raw/]")] = None,
    every: Annotated[str, typer.Option(help="Interval: 90s, 30m, 2h, 1d")] = "30m",
    fetch: Annotated[
        Path | None, typer.Option("--fetch", help="URL file to fetch before each refresh")
    ] = None,
    crawl: Annotated[
        Path | None,
        typer.Option("--crawl", help="Crawl config to run before each refresh (see `ktpulse crawl`)"),
    ] = None,
    runs: Annotated[int | None, typer.Option(help="Stop after this many runs [default: never]")] = None,
    delay: Annotated[float, typer.Option(help="Seconds between fetch requests")] = 2.0,
    raw: Annotated[Path, typer.Option(help="Where fetched pages are kept")] = DEFAULT_RAW_DIR,
    allow_host: Annotated[
        list[str] | None, typer.Option("--allow-host", help="Allowed host (repeat); default kt.kz, www.kt.kz")
    ] = None,
    log_file: Annotated[Path | None, typer.Option(help="Also log to this file [default: STORE.log]")] = None,
    db: DbOption = None,
) -> None:
    """Crawl or fetch (when given) then refresh, every interval; each run is logged."""
    import logging

    from etl.pipeline.fetch import DEFAULT_ALLOWED_HOSTS
    from etl.pipeline.schedule import parse_interval, run_once, run_schedule

    try:
        seconds = parse_interval(every)
    except ValueError as error:
        err_console.print(f"[red]error:[/] {shown(error)}")
        raise typer.Exit(EXIT_USAGE) from None
    crawl_config = _crawl_config(crawl) if crawl is not None else None
    store_path = _db(db)
    log_path = log_file or store_path.with_name(store_path.name + ".log")
    log_path.parent.mkdir(parents=True, exist_ok=True)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s",
                        handlers=[logging.StreamHandler(), logging.FileHandler(log_path)], force=True)  # fmt: skip
    raw.mkdir(parents=True, exist_ok=True)
    targets = paths or [raw]
    hosts = tuple(allow_host or DEFAULT_ALLOWED_HOSTS)
    code = run_schedule(
        seconds, runs, lambda: run_once(store_path, targets, fetch, raw, delay, hosts, crawl_config)
    )
    raise typer.Exit(code)


def _crawl_config(path: Path):
    from etl.pipeline.crawl_config import load_crawl_config

    try:
        return load_crawl_config(path)
    except ConfigError as error:
        err_console.print(f"[red]configuration error:[/] {error}")
        raise typer.Exit(EXIT_USAGE) from None


@app.command("crawl")
def crawl_command(
    config: Annotated[
        Path | None,
        typer.Option(help="Crawl config (TOML) [default: the shipped etl/pipeline/defaults/crawl.toml]"),
    ] = None,
    raw: Annotated[Path, typer.Option(help="Where fetched pages are kept")] = DEFAULT_RAW_DIR,
    then_refresh: Annotated[
        bool,
        typer.Option("--refresh/--no-refresh", help="Refresh the store from the raw folder after the crawl"),
    ] = True,
    db: DbOption = None,
) -> None:
    """Find new articles from the seeds, fetch the articles due for a revisit, then refresh."""
    from etl.pipeline.crawl import DEFAULT_CRAWL_CONFIG, describe, run_crawl

    settings = _crawl_config(config or DEFAULT_CRAWL_CONFIG)
    summary = run_crawl(settings, _db(db), raw)
    for url, reason in summary.failed + summary.refused:
        err_console.print(
            f"[yellow]{'refused' if (url, reason) in summary.refused else 'failed'}[/] {shown(url)}: {shown(reason)}"
        )
    console.print(describe(summary))
    code = summary.exit_code
    if then_refresh and raw.exists():
        try:
            refresh_command([raw], db=db, observed_at=None, workers=max(1, os.cpu_count() or 1))
        except typer.Exit as finished:  # the worse of the two exit codes
            code = max(code, finished.exit_code)
    raise typer.Exit(code)


def main() -> None:
    """The ETL commands alone; the installed `ktpulse` adds the dashboard's (dashboard.cli)."""
    app()


if __name__ == "__main__":
    main()
