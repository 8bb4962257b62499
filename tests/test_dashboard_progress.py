"""Progress to targets measures a target by the actual an analyst would: one inside the target's
span; when its reports cannot all hold, the latest reported (never the largest, never a sum),
with the range they span shown on the bar and in words; when they can (lower bounds, counts of
differently worded items), the tightest of them."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from dashboard import charts
from dashboard.queries import Filters, Store
from etl.store.derived import rebuild_metric_tables
from tests.test_mixed_language import mixed_store  # noqa: F401  (the store fixture)

EVENTS_2025 = "metric_id = 'taza.events' AND value = 15000 AND year(period_end) = 2025"


@pytest.fixture()
def events_store(mixed_store: Path, tmp_path: Path) -> Path:  # noqa: F811
    """The mixed store with synthetic reports of Taza events, copied from the 15,000 events of
    2025 (published 21 Jan 2025; "more than 15,000"): a target of 40,000 for 2025; for 2025 itself
    exactly 12,000 published ten days later and exactly 18,000 ten days earlier (12,000 cannot hold
    with either other, so all three are flagged as contradicting); and a 2024–2025 total of 30,000, which reaches
    back before the target's year."""
    db = tmp_path / "ktpulse.duckdb"
    shutil.copy(mixed_store, db)
    with duckdb.connect(str(db)) as con:
        (template,) = con.execute(f"SELECT indicator_id FROM indicators WHERE {EVENTS_2025}").fetchone()

        def copy(
            suffix: str, value: float, days: int, kind: str = "actual", start: str = "2025-01-01"
        ) -> None:
            con.execute(
                "INSERT INTO indicators SELECT * REPLACE (? AS indicator_id, ? AS value, ? AS kind, "
                "published_at + to_days(?) AS published_at, CAST(? AS DATE) AS period_start, "
                "NULL AS qualifier, sentence_start + ? AS sentence_start) "
                "FROM indicators WHERE indicator_id = ?",
                # another sentence start: reports of one sentence are never compared
                [f"{template}-{suffix}", value, kind, days, start, 1000 + days, template],
            )

        copy("target", 40_000, 0, kind="target")
        copy("later", 12_000, 10)
        copy("earlier", 18_000, -10)
        copy("two-years", 30_000, 20, start="2024-01-01")
        rebuild_metric_tables(con)
    return db


def _events_bar(db: Path) -> tuple[charts.Chart, dict]:
    (progress, *_) = charts.taza(Store.open(db), Filters())
    (events,) = progress.data[progress.data["metric_id"] == "taza.events"].to_dict("records")
    return progress, events


def test_the_latest_report_of_the_targets_own_period_is_the_actual_not_the_largest(
    events_store: Path,
) -> None:
    _, events = _events_bar(events_store)
    assert events["actual_period"] == "2025"  # not the 2024–2025 total: it counts a year before the target's
    assert events["actual"] == 12_000  # published last; the largest, 18,000, was published first
    assert events["progress"] == pytest.approx(12_000 / 40_000)
    assert (events["actual_low"], events["actual_high"], events["disagreeing_actuals"]) == (12_000, 18_000, 3)


def test_the_bar_shows_the_range_the_reports_span(events_store: Path) -> None:
    progress, _ = _events_bar(events_store)
    (bar,) = progress.figure.data
    (text,) = [t for t in bar.text if "of 40,000" in t or "of 40 K" in t]
    assert "reports range 12" in text and "18" in text.split("reports range")[1]
    # a whisker from 30% to 45% of the target: one line and its two end ticks, under the bar
    whisker = [(s.x0, s.x1) for s in progress.figure.layout.shapes if s.type == "line" and s.y0 == s.y1]
    assert (pytest.approx(30.0), pytest.approx(45.0)) in [(x0, x1) for x0, x1 in whisker]
    assert "whisker" in progress.figure.layout.title.text


def test_a_bar_whose_reports_agree_has_no_whisker(events_store: Path) -> None:
    progress, _ = _events_bar(events_store)
    saxaul = progress.data[progress.data["metric_id"] == "taza.saxaul_hectares"].iloc[0]
    assert saxaul["disagreeing_actuals"] == 0
    (bar,) = progress.figure.data
    assert not any(
        "reports range" in t for t, label in zip(bar.text, bar.y, strict=True) if "saxaul" in label
    )


def test_an_actual_after_the_targets_deadline_is_not_progress_to_it(events_store: Path) -> None:
    with duckdb.connect(str(events_store)) as con:
        con.execute("UPDATE indicators SET period_end = DATE '2025-06-30' WHERE kind = 'target' AND "
                    "metric_id = 'taza.events'")  # fmt: skip
        rebuild_metric_tables(con)
    (progress, *_) = charts.taza(Store.open(events_store), Filters())
    # every 2025 actual ends after 30 June, and 2024's 183 events lie before the target's year
    assert "taza.events" not in set(progress.data["metric_id"])
