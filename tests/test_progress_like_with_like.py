"""Progress to a target compares like with like: a target of a year's level ("$1 billion of IT
exports by 2026") only with a full calendar year's figure, never with part of a year (the dev
store's first half of 2024, $306 M, read as 31 % of a yearly billion) nor a total of several
years; a total over a span that names its first day (2 billion trees planted 2021–2027) only
with the running total from that day, never one year's planting."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from dashboard import components, figures
from dashboard import queries as q
from dashboard.progress import progress_to_targets
from etl.extract.catalog import load_yearly_targets
from etl.store import database
from etl.store.derived import rebuild_metric_tables
from etl.transform.ingest import INDICATOR_COLUMNS

_PERIODS = {"by 2026": (None, "2026-12-31"), "2021–2027": ("2021-01-01", "2027-12-31"), "H1 2024": ("2024-01-01", "2024-06-30"),
            "2023": ("2023-01-01", "2023-12-31"), "2024": ("2024-01-01", "2024-12-31"),
            "2021–2024": ("2021-01-01", "2024-12-31"), "2022–2024": ("2022-01-01", "2024-12-31")}  # fmt: skip
EXPORTS = ("it.exports_usd", "it.exports_target_usd")


def _report(n: int, metric: str, value: float, period: str, item: str, kind: str = "actual") -> dict:
    start, end = _PERIODS[period]
    return dict(
        indicator_id=f"a{n}-0", article_id=f"a{n}", value=value, unit="USD" if metric in EXPORTS else "count",
        item=item, qualifier=None, period_start=pd.Timestamp(start).date() if start else None,
        period_end=pd.Timestamp(end).date(), kind=kind, is_change=False, role=None, linked_indicator_id=None,
        sentence=f"Report {n}.", sentence_start=0, start_char=0, end_char=3, surface=str(value), metric_id=metric,
        category=None, period_basis="sentence", direction=None, published_at=pd.Timestamp("2025-01-10"), topics=[],
        place=None,
    )  # fmt: skip


def _bars(tmp_path: Path, prefix: str, *reports: dict) -> pd.DataFrame:
    db = tmp_path / "store.duckdb"
    con = database.connect(db)
    try:
        for metric in {report["metric_id"] for report in reports}:
            con.execute("INSERT INTO metrics VALUES (?, ?, 'digital', 'USD')", [metric, metric])
        frame = pd.DataFrame(list(reports))
        database.insert_frame(con, "indicators", frame, [*INDICATOR_COLUMNS, "published_at", "topics"])
        rebuild_metric_tables(con)
    finally:
        con.close()
    return progress_to_targets(q.target_progress_inputs(q.Store.open(db), q.Filters(), (prefix,)))


def _exports(tmp_path: Path, *actuals: tuple[float, str]) -> dict:
    target = _report(0, "it.exports_target_usd", 1e9, "by 2026", "level of IT exports", kind="target")
    reports = [
        _report(n + 1, "it.exports_usd", v, period, "exports of IT services")
        for n, (v, period) in enumerate(actuals)
    ]
    (bar,) = _bars(tmp_path, "it.", target, *reports).to_dict("records")
    return bar


def test_the_catalog_names_it_exports_a_yearly_target() -> None:
    assert "it.exports_target_usd" in load_yearly_targets()
    assert "taza.trees_planted" not in load_yearly_targets()


def test_a_yearly_target_is_no_share_of_part_of_a_years_figure(tmp_path: Path) -> None:
    bar = _exports(tmp_path, (3.06e8, "H1 2024"))
    # shown for what it is, with no share: a half year against a year's level
    assert (bar["actual"], bar["actual_period"], bar["part_of_year"]) == (3.06e8, "H1 2024", True)
    assert pd.isna(bar["progress"])
    line = components.progress_line(pd.Series(bar), "the")
    assert "only part of a year is reported" in line and "%" not in line and "H1 2024" in line
    chart = figures.target_progress(pd.DataFrame([bar]), "IT exports")
    # no bar: since dash20 the chart of a page with no bar is the page's list, as a table
    (table,) = chart.data
    assert table.type == "table"
    why = " ".join(table.cells.values[-1]).replace("<br>", " ")
    assert "only part of a year is reported" in why
    assert "$306 M" in " ".join(table.cells.values[2]) and "H1 2024" in " ".join(table.cells.values[2])


def test_a_yearly_target_is_measured_by_the_latest_full_year(tmp_path: Path) -> None:
    bar = _exports(tmp_path, (3.06e8, "H1 2024"), (4.0e8, "2023"), (5.0e8, "2024"))
    assert (bar["actual"], bar["actual_period"], bar["part_of_year"]) == (5e8, "2024", False)
    assert bar["progress"] == pytest.approx(0.5)


def test_a_yearly_target_is_no_share_of_a_total_of_several_years(tmp_path: Path) -> None:
    bar = _exports(tmp_path, (1.4e9, "2021–2024"))
    assert pd.isna(bar["actual"]) and pd.isna(bar["progress"])
    assert "no full-year actual of exports of IT services" in components.progress_line(pd.Series(bar))


def test_a_yearly_target_beside_a_full_years_forecast_says_no_full_year_actual(tmp_path: Path) -> None:
    # the dev store's "$500 M by 2025" said "no full year's figure" beside a forecast for all of 2025
    target = _report(0, "it.exports_target_usd", 1e9, "by 2026", "level of IT exports", kind="target")
    forecast = _report(1, "it.exports_usd", 1e9, "2024", "exports of IT services", kind="forecast")
    (bar,) = _bars(tmp_path, "it.", target, forecast).to_dict("records")
    line = components.progress_line(pd.Series(bar))
    assert pd.isna(bar["actual"]) and "no full-year actual of exports of IT services" in line


def _trees(tmp_path: Path, *actuals: tuple[float, str]) -> dict:
    target = _report(0, "taza.trees_planted", 2e9, "2021–2027", "trees", kind="target")
    reports = [
        _report(n + 1, "taza.trees_planted", v, period, "trees") for n, (v, period) in enumerate(actuals)
    ]
    (bar,) = _bars(tmp_path, "taza.", target, *reports).to_dict("records")
    return bar


def test_a_total_from_its_first_day_is_measured_by_the_running_total_since_then(tmp_path: Path) -> None:
    # one year's planting, or a total from a later year, is no share of a 2021–2027 total
    bar = _trees(tmp_path, (3e8, "2024"), (9e8, "2022–2024"))
    assert pd.isna(bar["actual"]) and pd.isna(bar["progress"])
    assert "no running total of trees from the target's first day" in components.progress_line(pd.Series(bar))
    bar = _trees(tmp_path / "second", (3e8, "2024"), (1.1e9, "2021–2024"))
    assert (bar["actual"], bar["actual_period"], bar["progress"]) == (1.1e9, "2021–2024", pytest.approx(0.55))


def test_a_percentage_target_is_never_said_to_lack_a_running_total(tmp_path: Path) -> None:
    # an inflation target of 5 % for 2025 with no 2025 rate: the bar said "no running total of
    # inflation from the target's first day is reported"; a rate is never a running total (dash29)
    target = {**_report(0, "macro.inflation", 5.0, "2024", "inflation", kind="target"), "unit": "percent"}
    earlier = {**_report(1, "macro.inflation", 8.6, "2023", "inflation"), "unit": "percent"}
    (bar,) = _bars(tmp_path, "macro.", target, earlier).to_dict("records")
    line = components.progress_line(pd.Series(bar))
    assert pd.isna(bar["actual"]) and "running total" not in line, line
    assert (
        "no percentage for its item (“inflation”) is reported for a period from the target's first day"
        in line
    )
    (table,) = figures.target_progress(pd.DataFrame([bar]), "Inflation").data  # no bar: the page's list
    why = " ".join(table.cells.values[-1]).replace("<br>", " ")
    assert "running total" not in why and "no percentage for" in why, why
