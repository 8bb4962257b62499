"""Every stored time is Kazakhstan time, refresh and ingestion times too, and every time shown
says so. Refresh times were the refreshing machine's own clock, and the Overview gave their
Kazakhstan hour by taking that clock to be the dashboard's: a store refreshed on a machine in
another zone showed the wrong hour."""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from dashboard import format as fmt
from etl.pipeline.refresh import refresh
from etl.sites.model import KZ_TIME
from etl.store import database, migrations
from tests.conftest import SAMPLE_OBSERVED_AT, SAMPLE_PAGE
from tests.test_dashboard_pages import _app


@pytest.fixture()
def machine_in_new_york() -> Iterator[None]:
    """This process's local zone set to New York's (UTC-5 in winter), as on a refreshing machine there."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_a_refresh_time_is_given_in_kazakhstan_time_with_utc_beside_it() -> None:
    moment = datetime(2026, 11, 27, 9, 50, 6)  # as stored: Kazakhstan time
    assert fmt.refresh_time(moment, "Asia/Almaty") == "27.11.2026 09:50 Kazakhstan time (04:50 UTC)"
    early = pd.Timestamp("2026-11-28 02:15")  # the day before in UTC
    assert fmt.refresh_time(early, "Asia/Almaty") == "28.11.2026 02:15 Kazakhstan time (27.11.2026 21:15 UTC)"
    # before 1 March 2024 Kazakhstan time was UTC+6: the tz database's offset of the day, not a fixed +5
    assert fmt.refresh_time(datetime(2024, 2, 1, 12, 0), "Asia/Almaty").endswith("(06:00 UTC)")
    assert fmt.refresh_time(moment, "Asia/Almaty", short=True) == "27.11.2026 09:50"


def test_a_refresh_time_whose_zone_was_never_recorded_is_not_shifted_by_a_guess() -> None:
    moment = datetime(2026, 11, 27, 4, 50)
    assert fmt.refresh_time(moment, None) == (
        "27.11.2026 04:50 by the refreshing machine's clock (its zone was not recorded)"
    )
    assert fmt.refresh_time(moment, float("nan"), short=True) == "27.11.2026 04:50 (zone not recorded)"


def test_refresh_keeps_its_times_in_kazakhstan_time_whatever_the_machines_zone(
    tmp_path: Path, machine_in_new_york: None
) -> None:
    db = tmp_path / "s.duckdb"
    refresh(db, [SAMPLE_PAGE], observed_at=SAMPLE_OBSERVED_AT)
    kazakhstan_now = datetime.now(UTC).astimezone(KZ_TIME).replace(tzinfo=None)
    with duckdb.connect(str(db), read_only=True) as con:
        ((started, finished, zone),) = con.execute(
            "SELECT started_at, finished_at, time_zone FROM refresh_runs"
        ).fetchall()
        ingested = {moment for (moment,) in con.execute("SELECT ingested_at FROM pages").fetchall()}
    assert zone == "Asia/Almaty"
    # New York's clock is ten hours behind Kazakhstan's: stored as read, it would be far off
    for moment in (started, finished, *ingested):
        assert abs(moment - kazakhstan_now) < timedelta(minutes=5), moment


def test_runs_before_zones_were_recorded_keep_their_times_and_say_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "old.duckdb"  # a plain file, as the version before time_zone left it
    with database.connect(db) as con:
        con.execute("ALTER TABLE refresh_runs DROP COLUMN time_zone")
        step = migrations.MIGRATIONS.index(migrations._runs_name_their_time_zone)
        con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(step)])
        # a run of the old code: the machine's clock, read as local, hours "later" than any new run
        con.execute(
            "INSERT INTO refresh_runs (run_id, started_at, finished_at, files_seen, files_ingested, files_skipped, "
            "files_rejected, articles_added, articles_updated, snapshots_added) "
            "VALUES ('old', '2099-01-01 10:00', '2099-01-01 10:05', 1, 1, 0, 0, 0, 0, 0)"
        )
    refresh(db, [SAMPLE_PAGE], observed_at=SAMPLE_OBSERVED_AT)
    with duckdb.connect(str(db), read_only=True) as con:
        zones = dict(con.execute("SELECT run_id, time_zone FROM refresh_runs").fetchall())
    assert zones.pop("old") is None and set(zones.values()) == {"Asia/Almaty"}
    # the latest refresh is the new run, which recorded its zone, not the old clock's later reading
    app = _app(db, monkeypatch)
    latest = next(caption.value for caption in app.caption if caption.value.startswith("Latest refresh"))
    assert "2099" not in latest and re.search(r"Kazakhstan time \(.*UTC\)$", latest), latest


def test_the_overview_gives_the_latest_refresh_in_kazakhstan_time(
    sample_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _app(sample_store, monkeypatch)
    refresh_line = next(
        caption.value for caption in app.caption if caption.value.startswith("Latest refresh")
    )
    stamp = r"\d\d\.\d\d\.\d{4} \d\d:\d\d"
    assert re.fullmatch(
        rf"Latest refresh: {stamp} Kazakhstan time \((\d\d:\d\d|{stamp}) UTC\)", refresh_line
    ), refresh_line


def test_capture_times_on_the_readership_charts_say_kazakhstan_time() -> None:
    from dashboard.figures import views_history

    snapshots = pd.DataFrame(dict(observed_at=pd.to_datetime(["2026-04-10 12:00", "2026-04-11 12:00"]),
                                  views=[10, 20], placement=["main", "main"], page_id=["a", "b"]))  # fmt: skip
    figure = views_history(snapshots)
    assert "Kazakhstan time" in figure.layout.xaxis.title.text
    assert all("Kazakhstan time" in trace.hovertemplate for trace in figure.data)
