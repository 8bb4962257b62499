"""Every chart of every page: its data from the query layer and its figure function.

Pages render these; `ktpulse export charts` and the report export the same objects."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, replace

import pandas as pd
import plotly.graph_objects as go

from dashboard import figures
from dashboard import format as fmt
from dashboard import queries as q
from dashboard.chart import Chart, DrawnOnUse
from dashboard.charts_age import readership_ages
from dashboard.pages import PAGES, page_named
from dashboard.progress import progress_to_targets, with_progress_bases
from dashboard.queries import Filters, Store

# (metrics drawn together, chart title, chart name) per chart of a page.
TAZA_METRICS = (
    (("taza.participants",), "Participants", "taza-participants"),
    (("taza.waste_collected_tonnes",), "Waste collected", "taza-waste-collected-tonnes"),
    (("taza.trees_planted",), "Trees and seedlings planted", "taza-trees-planted"),
    (("taza.events",), "Events held", "taza-events"),
    (("taza.dumps_identified",), "Illegal dumps identified", "taza-dumps-identified"),
    (("taza.dumps_eliminated_pct",), "Identified dumps eliminated", "taza-dumps-eliminated-pct"),
    (("taza.forest_planting_hectares",), "Area planted with forest", "taza-forest-planting-hectares"),
    (("taza.saxaul_hectares",), "Saxaul plantations on the Aral Sea bed", "taza-saxaul-hectares"),
)
IT_METRICS = (
    (("it.exports_usd", "it.exports_target_usd"), "IT services exports and target", "it-exports-usd"),
    (("it.exports_growth_pct",), "IT services exports: growth", "it-exports-growth-pct"),
    (
        ("astana_hub.companies", "astana_hub.foreign_companies"),
        "Astana Hub participant companies",
        "astana-hub-companies",
    ),
    (("venture.fund_target_usd",), "Venture fund: target volume", "venture-fund-target-usd"),
)


# How a page's charts are built: directly (export, report, benchmarks), or through the app's
# cache (dashboard/data.py), keyed on the store version and the filters, since building Plotly
# figures was most of a warm page's time. Callers must not modify the charts they get.
PageBuilder = Callable[[Store, Filters], list[Chart]]
ChartRunner = Callable[[PageBuilder, Store, Filters], list[Chart]]
_chart_runner: ChartRunner = lambda build, store, filters: build(store, filters)  # noqa: E731


def use_chart_runner(runner: ChartRunner) -> None:
    """Route every page's chart building through `runner` (the app's cache)."""
    global _chart_runner
    _chart_runner = runner


def _through_runner(build: PageBuilder) -> PageBuilder:
    @functools.wraps(build)
    def built(store: Store, filters: Filters) -> list[Chart]:
        return list(_chart_runner(build, store, filters))

    return built


@_through_runner
def overview(store: Store, filters: Filters) -> list[Chart]:
    top = q.readership(store, filters, limit=10)
    figure = _ties_noted(store, filters, figures.top_articles(top), top, "views", 10)
    # The report has the readership page's longer list of the same articles.
    return [Chart("overview-most-read", "overview", figures.TOP_COUNTS_TITLE, figure, top, in_report=False)]


# How a ranked list's value reads after "3 more articles …" (figures.note_ties).
_SAME_VALUE = {
    "views": lambda v: f"have {fmt.views(v)} views",
    "views_per_day": lambda v: f"have {fmt.per_day(v)} views per day",
    "views_gained": lambda v: f"gained {int(v):+,} views",
}


def _ties_noted(store: Store, filters: Filters, figure: go.Figure, ranked: pd.DataFrame, value: str,
                limit: int) -> go.Figure:  # fmt: skip
    """A ranked list's figure noting the articles its cut leaves out with its last place's value."""
    tied = q.ties_past_cut(store, filters, ranked, value, limit)
    return figures.note_ties(figure, tied, _SAME_VALUE[value](ranked[value].iloc[-1])) if tied else figure


def _with_default_period(store: Store, filters: Filters) -> Filters:
    """The filters with a date range: the chosen one, else every stored day (the sidebar's
    default), so the period comparison is drawn for that default and never left empty."""
    if filters.date_from and filters.date_to:
        return filters
    bounds = q.date_bounds(store)
    return replace(
        filters, date_from=filters.date_from or bounds["first"], date_to=filters.date_to or bounds["last"]
    )


# Articles in each of the readership page's ranked lists.
LIST_LENGTH = 25


@_through_runner
def readership(store: Store, filters: Filters) -> list[Chart]:
    """Views, views per day (articles a day old or more), growth between captures (only when
    some article gained views between two captures), by topic, by source, and the chosen
    period against the previous one."""
    latest = q.readership(store, filters, limit=LIST_LENGTH)
    fastest = q.readership(store, filters, limit=LIST_LENGTH, order_by="views_per_day")
    growth = q.readership_growth(store, filters, limit=LIST_LENGTH)
    by_topic = q.readership_by(store, filters, "topic")
    by_source = q.readership_by(store, filters, "source")
    comparison = q.readership_comparison(store, _with_default_period(store, filters))
    charts = [
        Chart("readership-views", "readership", "Views per article",
              _ties_noted(store, filters, figures.top_articles(latest), latest, "views", LIST_LENGTH), latest),
        Chart("readership-views-per-day", "readership", "Views per day", _ties_noted(
            store, filters, figures.views_per_day(fastest), fastest, "views_per_day", LIST_LENGTH), fastest),
        Chart("readership-growth", "readership", "Growth between captures", _ties_noted(
            store, filters, figures.readership_growth(growth), growth, "views_gained", LIST_LENGTH), growth),
        Chart("readership-by-topic", "readership", "Views by topic", figures.views_by(by_topic, "topic"), by_topic),
        Chart("readership-by-source", "readership", "Views by source", figures.views_by(by_source, "source"), by_source),
        Chart("readership-period-comparison", "readership", figures.comparison_title(comparison),
              figures.period_comparison(comparison), comparison),
    ]  # fmt: skip
    # No chart of nothing: growth needs two captures, views per day a day of age.
    return [chart for chart in charts if not chart.data.empty]


# Marks per series chart (the most-reported facts): the browser's drawing time grows with them.
MAX_FACTS_PER_CHART = 40


def _series_page(
    store: Store,
    prefixes: tuple[str, ...],
    filters: Filters,
    groups: tuple,
    page: str,
    prefix: str,
    progress_title: str,
) -> list[Chart]:
    """A progress-to-targets chart, then one series chart per group of metrics, each with its
    MAX_FACTS_PER_CHART most-reported facts. Only the facts drawn are read, with their
    provenance (sentence and article), and of the rest only what progress needs: reading every
    fact of a large store was most of the page's time.

    A series chart draws the country's facts only, and its title says how many of a region's
    or a city's it leaves to the explorer: one line through Shymkent's 13.2%, the country's
    12.6% and Astana's 13.0% would read as a trend that no one reported, and a line per place
    would be a handful of lone points (regional figures are reported now and then)."""
    progress = progress_to_targets(q.target_progress_inputs(store, filters, prefixes))
    shown = q.metric_values(store, filters, prefixes, most_reported=MAX_FACTS_PER_CHART, provenance=False,
                            series={name: metrics for metrics, _, name in groups}, national_only=True)  # fmt: skip
    placed = q.placed_facts(store, filters, prefixes)
    # How the periods were found, for the facts drawn and the bars' targets and actuals: one read
    ids = [*progress["target_indicator_id"], *progress["actual_indicator_id"], *shown.get("indicator_id", [])]
    bases = q.fact_bases(store, [i for i in ids if isinstance(i, str)], filters) if ids else pd.DataFrame()
    progress = with_progress_bases(progress, bases)
    shown = q.with_provenance(store, shown, filters, bases)
    # built when first drawn or exported: with no bar to draw the page lists the targets in words
    # and never reads it (components.progress_section)
    draw_progress = functools.partial(_no_unlabelled, figures.target_progress, progress, progress_title)
    charts: list[Chart] = [DrawnOnUse(f"{prefix}-progress-to-targets", page, "Progress to targets",
                                      basis_in_words(progress, ("target_period_basis", "actual_period_basis")),
                                      draw_progress)]  # reads the basis codes  # fmt: skip
    for metrics, title, name in groups:
        subset, in_all = shown, 0  # (no store, no rows)
        if "series" in shown:
            subset = shown[shown["series"] == name].drop(columns=["series", "series_facts"])
            in_all = int(shown.loc[shown["series"] == name, "series_facts"].max()) if len(subset) else 0
        if len(subset) < in_all:  # never a silent cut: the title says what is left out
            title = f"{title} (the {len(subset)} most-reported of {in_all} facts; the explorer lists all)"
        regional = sum(placed.get(metric, 0) for metric in metrics)
        if regional:
            title = (
                f"{title}, national figures ({fmt.plural(regional, 'regional or city fact')} in the explorer)"
            )
        subset, title = _levels_apart(subset, title)
        # built when first drawn or exported: the Taza page draws one of its eight series at a time
        draw = functools.partial(figures.metric_series_and_unlabelled, subset, title)  # reads the basis codes
        charts.append(DrawnOnUse(name, page, title, basis_in_words(subset), draw, card=len(subset) == 1))
    return charts


def _no_unlabelled(build: Callable[..., go.Figure], *args: object) -> tuple[go.Figure, None]:
    """A figure drawn with no table of unlabelled figures under it, as a DrawnOnUse draws."""
    return build(*args), None


def _levels_apart(facts: pd.DataFrame, title: str) -> tuple[pd.DataFrame, str]:
    """A series holding both levels and changes ("grew by 500") draws its levels only: a change
    on a level's axis would read as a level. The title says how many changes are left to the
    explorer. A series of changes only is drawn as changes (falls below zero)."""
    if "is_change" not in facts or facts.empty:
        return facts, title
    changes = facts["is_change"].fillna(False).astype(bool)
    if changes.all() or not changes.any():
        return facts, title
    count = int(changes.sum())
    return (
        facts[~changes],
        f"{title} ({count} change figure{'s' if count > 1 else ''} not drawn on these levels; the explorer lists them)",
    )


def basis_in_words(frame: pd.DataFrame, columns: tuple[str, ...] = ("period_basis",)) -> pd.DataFrame:
    """A chart's data (its CSV) saying in words how each figure's period was decided."""
    return frame.assign(**{column: [fmt.period_basis(basis) for basis in frame[column]]
                           for column in columns if column in frame})  # fmt: skip


@_through_runner
def taza(store: Store, filters: Filters) -> list[Chart]:
    return _series_page(
        store, ("taza.",), filters, TAZA_METRICS, "taza", "taza", "Taza Kazakstan: progress to targets"
    )


# A scholarship figure whose sentence names no student group: shown under this name, never as
# "nan" or "None".
UNSPECIFIED_GROUP = "unspecified group"


def with_named_groups(values: pd.DataFrame) -> pd.DataFrame:
    """Scholarship facts with every missing category named UNSPECIFIED_GROUP."""
    if values.empty or "category" not in values:
        return values
    missing = values["category"].isna() | (values["category"].astype(str).str.strip() == "")
    return values.assign(category=values["category"].where(~missing, UNSPECIFIED_GROUP))


@_through_runner
def scholarships(store: Store, filters: Filters) -> list[Chart]:
    """The amounts of the newest date reported (one bar per category of that date); the other
    dates' amounts are in `scholarship_changes`."""
    values = with_named_groups(
        q.metric_values(store, filters, "scholarship.monthly_amount", provenance=False)
    )
    latest = values
    if not values.empty:
        newest = values["period_start"].dropna().max() if values["period_start"].notna().any() else None
        latest = values[values["period_start"] == newest] if newest is not None else values
    latest = q.with_provenance(store, latest, filters)  # for the amounts shown only
    return [Chart("scholarships-monthly-amount", "scholarships", "Monthly amount by category",
                  figures.scholarships(latest), basis_in_words(latest))]  # fmt: skip


@dataclass(frozen=True)
class ScholarshipChanges:
    """Every reported amount per student category (rows) and date (columns), as written."""

    table: pd.DataFrame  # cells: "up to 54,205 ₸"; two amounts that disagree: both, flagged
    disagreements: list[str]  # "doctoral students, from Sep 2022: 150,000 ₸ and 195,000 ₸"
    categories: list[str]  # every category with an amount at some date


UNDATED = "no date"  # the changes table's column of amounts reported with no date


def _date_column(start: object, end: object, basis: object) -> str:
    """A column of the changes table: 'from Sep 2022' for an amount that takes effect on a date;
    'as of 15 Jun 2024' for one reported as standing on a day, which is no date it took effect
    (often only the day the article was published: then it says so)."""
    if start is None or start != start:
        return UNDATED
    if end is None or end != end:
        return f"from {fmt.period(start, None)[5:]}"
    if pd.Timestamp(start) == pd.Timestamp(end):
        return f"as of {pd.Timestamp(start):%d %b %Y}" + (
            " (publication date)" if basis == "publication" else ""
        )
    return fmt.period(start, end)


def scholarship_changes(values: pd.DataFrame) -> ScholarshipChanges:
    """The changes table of scholarship facts (`metric_values` rows with their basis and
    qualifier): a category's amounts at each date, and the dates where reports disagree."""
    if values.empty:
        return ScholarshipChanges(pd.DataFrame(), [], [])
    values = with_named_groups(values)
    basis = values["period_basis"] if "period_basis" in values else pd.Series(None, index=values.index)
    qualifier = values["qualifier"] if "qualifier" in values else pd.Series(None, index=values.index)
    facts = values.assign(
        column=[
            _date_column(s, e, b)
            for s, e, b in zip(values["period_start"], values["period_end"], basis, strict=True)
        ],
        shown=[
            fmt.qualified(q_, fmt.figure(v, "KZT")) for q_, v in zip(qualifier, values["value"], strict=True)
        ],
        order=pd.to_datetime(values["period_start"]).fillna(pd.Timestamp.max),
    ).sort_values(["order", "value"])
    disagreements, cells = [], {}
    for (category, column), group in facts.groupby(["category", "column"], sort=False):
        amounts = list(dict.fromkeys(group["shown"]))
        cells[(category, column)] = " / ".join(amounts) + (" ⚠ reports disagree" if len(amounts) > 1 else "")
        if len(amounts) > 1:
            disagreements.append(f"{category}, {column}: {' and '.join(amounts)}")
    columns = list(dict.fromkeys(facts["column"]))
    categories = sorted(set(facts["category"]))
    table = pd.DataFrame(
        [[cells.get((category, column), "") for column in columns] for category in categories],
        index=pd.Index(categories, name="category"),
        columns=columns,
    )
    return ScholarshipChanges(table, disagreements, categories)


NEWEST_DATES_SHOWN = 8  # dates (columns) of the changes table on screen; its CSV holds every date
DISAGREEMENTS_LISTED = 10  # disagreements named in the page's warning; the CSV flags every one


def newest_dates(table: pd.DataFrame, most: int | None = None) -> pd.DataFrame:
    """The changes table's newest `most` dates, newest first (its columns run oldest first,
    undated last): a store of many years gave it hundreds of dates, a table tens of thousands of
    pixels wide that took seconds to draw and that no one reads on screen; and oldest first, the
    newest stood past a 900 px window's edge, behind a sideways scroll."""
    most = NEWEST_DATES_SHOWN if most is None else most
    # the undated column stays last: turned round with the dates, "no date" led a table the page
    # captions "Newest date first"
    dated = [column for column in table.columns if column != UNDATED]
    undated = [UNDATED] if UNDATED in table.columns else []
    return table[dated[::-1][:most] + undated]


def listed(items: list[str], most: int = DISAGREEMENTS_LISTED) -> str:
    """The first `most` items joined, and how many more there are."""
    shown = "; ".join(items[:most])
    return shown if len(items) <= most else f"{shown}; and {len(items) - most} more"


@_through_runner
def it_exports(store: Store, filters: Filters) -> list[Chart]:
    return _series_page(store, ("it.", "astana_hub.", "venture."), filters, IT_METRICS, "it_exports", "it",
                        "IT exports: progress to targets")  # fmt: skip


def explorer_counts(store: Store, filters: Filters, criteria: q.FigureCriteria = q.ANY_FIGURE) -> Chart:
    """Figures by unit and kind, counted over every figure the explorer's filters match (its
    table lists the newest of them): one aggregate query, never a capped list of figures."""
    counts = q.figure_counts(store, filters, criteria)
    figure = figures.figures_by_unit(counts)  # reads the basis codes
    return Chart(
        "explorer-figures-by-unit", "explorer", "Figures by unit and kind", figure, basis_in_words(counts)
    )


@_through_runner
def explorer(store: Store, filters: Filters) -> list[Chart]:
    """The explorer's chart with none of its own filters chosen (export, report)."""
    return [explorer_counts(store, filters)]


# The chart builders of the registry's pages (dashboard/pages.py); the articles page has none.
BUILDERS: dict[str, Callable[[Store, Filters], list[Chart]]] = {
    "overview": overview,
    "readership": readership,
    "taza": taza,
    "scholarships": scholarships,
    "it_exports": it_exports,
    "explorer": explorer,
}
CHART_PAGES = tuple(page.name for page in PAGES if page.name in BUILDERS)  # in the app's order


def _page_charts(store: Store, filters: Filters, name: str) -> list[Chart]:
    """A page's charts as exported: the readership page's equal-ages charts follow its own, with
    the app's default choice of stories; one with nothing to draw is left out, never exported empty."""
    built = BUILDERS[name](store, filters)
    if name == "readership":
        built += [chart for chart in readership_ages(store, filters) if not chart.data.empty]
    return built


def all_charts(store: Store, filters: Filters, page: str | None = None) -> list[Chart]:
    """Every chart (or one page's, by name or URL path), in the app's page order."""
    wanted = None if page is None else page_named(page).name
    return [
        chart
        for name in CHART_PAGES
        if wanted in (None, name)
        for chart in _page_charts(store, filters, name)
    ]
