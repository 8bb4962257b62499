"""Every chart of every page: its data from the query layer and its figure function.

Pages render these; `ktpulse export charts` and the report export the same objects."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from dashboard import figures
from dashboard import queries as q
from dashboard.queries import Filters, Store

TAZA_METRICS = (
    ("taza.participants", "Participants"),
    ("taza.waste_collected_tonnes", "Waste collected"),
    ("taza.trees_planted", "Trees and seedlings planted"),
    ("taza.events", "Events held"),
    ("taza.dumps_identified", "Illegal dumps identified"),
    ("taza.dumps_eliminated_pct", "Identified dumps eliminated"),
    ("taza.forest_planting_hectares", "Area planted with forest"),
    ("taza.saxaul_hectares", "Saxaul plantations on the Aral Sea bed"),
)
IT_METRICS = (
    (("it.exports_usd", "it.exports_target_usd"), "IT services exports and target"),
    (("it.exports_growth_pct",), "IT services exports: growth"),
    (("astana_hub.companies", "astana_hub.foreign_companies"), "Astana Hub participant companies"),
    (("venture.fund_target_usd",), "Venture fund: target volume"),
)


@dataclass(frozen=True)
class Chart:
    name: str  # file-safe and unique: "readership-views-by-topic"
    page: str
    title: str
    figure: go.Figure
    data: pd.DataFrame


def overview(store: Store, filters: Filters) -> list[Chart]:
    top = q.readership(store, filters, limit=10)
    return [Chart("overview-most-read", "overview", "Most-read articles", figures.top_articles(top), top)]


def readership(store: Store, filters: Filters) -> list[Chart]:
    latest = q.readership(store, filters, limit=25)
    growth = q.readership_growth(store, filters, limit=25)
    by_topic = q.readership_by(store, filters, "topic")
    by_source = q.readership_by(store, filters, "source")
    comparison = q.readership_totals(store, filters)
    return [
        Chart("readership-views", "readership", "Views per article", figures.top_articles(latest), latest),
        Chart(
            "readership-views-per-day", "readership", "Views per day", figures.views_per_day(latest), latest
        ),
        Chart(
            "readership-growth",
            "readership",
            "Growth between snapshots",
            figures.readership_growth(growth),
            growth,
        ),
        Chart(
            "readership-by-topic",
            "readership",
            "Views by topic",
            figures.views_by(by_topic, "topic"),
            by_topic,
        ),
        Chart(
            "readership-by-source",
            "readership",
            "Views by source",
            figures.views_by(by_source, "source"),
            by_source,
        ),
        Chart(
            "readership-period-comparison",
            "readership",
            "Against the previous period",
            figures.period_comparison(comparison),
            comparison,
        ),  # fmt: skip
    ]


def progress_to_targets(values: pd.DataFrame) -> pd.DataFrame:
    """Each target with the latest comparable actual (same metric, unit, category, period
    ending by the deadline; the widest span, then the largest value) and the share reached."""
    rows = []
    for target in values[values["kind"] == "target"].itertuples():
        if pd.isna(target.period_end):
            continue
        actuals = values[
            (values["metric_id"].str.replace("_target", "", regex=False) == target.metric_id.replace("_target", ""))
            & (values["kind"] == "actual") & (values["unit"] == target.unit) & ~values["is_change"]
            & values["period_end"].notna() & (values["period_end"] <= target.period_end)
        ]  # fmt: skip
        if actuals.empty:
            continue
        latest = actuals[actuals["period_end"] == actuals["period_end"].max()].copy()
        latest["span"] = pd.to_datetime(latest["period_end"]) - pd.to_datetime(
            latest["period_start"].fillna(latest["period_end"])
        )
        best = latest.sort_values(["span", "value"], ascending=False).iloc[0]
        rows.append(
            {
                "label": f"{target.label} ({figures.fmt.period(target.period_start, target.period_end)})",
                "metric_id": target.metric_id, "unit": target.unit, "target": target.value,
                "actual": best["value"], "actual_period": figures.fmt.period(best["period_start"], best["period_end"]),
                "progress": best["value"] / target.value if target.value else None,
                "disagreeing_actuals": int(
                    latest[(latest["period_start"] == best["period_start"])]["value"].nunique()
                ),
            }
        )  # fmt: skip
    return pd.DataFrame(rows)


def taza(store: Store, filters: Filters) -> list[Chart]:
    values = q.metric_values(store, filters, "taza.")
    charts = [
        Chart(f"taza-{metric.split('.', 1)[1].replace('_', '-')}", "taza", title,
              figures.metric_series(values[values["metric_id"] == metric] if not values.empty else values, title),
              values[values["metric_id"] == metric] if not values.empty else values)
        for metric, title in TAZA_METRICS
    ]  # fmt: skip
    progress = progress_to_targets(values) if not values.empty else pd.DataFrame()
    charts.insert(0, Chart("taza-progress-to-targets", "taza", "Progress to targets",
                           figures.target_progress(progress, "Taza Kazakstan: progress to targets"), progress))  # fmt: skip
    return charts


def scholarships(store: Store, filters: Filters) -> list[Chart]:
    values = q.metric_values(store, filters, "scholarship.monthly_amount")
    latest = values
    if not values.empty:
        newest = values["period_start"].dropna().max() if values["period_start"].notna().any() else None
        latest = values[values["period_start"] == newest] if newest is not None else values
    return [Chart("scholarships-monthly-amount", "scholarships", "Monthly amount by category",
                  figures.scholarships(latest), latest)]  # fmt: skip


def it_exports(store: Store, filters: Filters) -> list[Chart]:
    values = q.metric_values(store, filters, "")
    values = (
        values[values["metric_id"].str.startswith(("it.", "astana_hub.", "venture."))]
        if not values.empty
        else values
    )
    charts = []
    for metrics, title in IT_METRICS:
        subset = values[values["metric_id"].isin(metrics)] if not values.empty else values
        name = metrics[0].replace(".", "-").replace("_", "-")
        charts.append(Chart(name, "it_exports", title, figures.metric_series(subset, title), subset))
    progress = progress_to_targets(values) if not values.empty else pd.DataFrame()
    charts.insert(0, Chart("it-progress-to-targets", "it_exports", "Progress to targets",
                           figures.target_progress(progress, "IT exports: progress to targets"), progress))  # fmt: skip
    return charts


def explorer(store: Store, filters: Filters) -> list[Chart]:
    found = q.indicators(store, filters)
    return [
        Chart(
            "explorer-figures-by-unit",
            "explorer",
            "Figures by unit and kind",
            figures.figures_by_unit(found),
            found,
        )
    ]


PAGES: dict[str, Callable[[Store, Filters], list[Chart]]] = {
    "overview": overview,
    "readership": readership,
    "taza": taza,
    "scholarships": scholarships,
    "it_exports": it_exports,
    "explorer": explorer,
}


def all_charts(store: Store, filters: Filters, page: str | None = None) -> list[Chart]:
    """Every chart (or one page's), in page order."""
    if page is not None and page not in PAGES:
        raise KeyError(f"no page {page!r}; pages: {', '.join(PAGES)}")
    return [chart for name, build in PAGES.items() if page in (None, name) for chart in build(store, filters)]
