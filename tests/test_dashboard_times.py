"""Refresh times are the refreshing machine's clock, article and capture times Kazakhstan time:
every time shown says which (the Overview's 'Latest refresh 27.11.2026 04:50' was UTC beside
article times in Kazakhstan time, with no word of either)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pandas as pd
import pytest

from dashboard import format as fmt
from tests.test_dashboard_pages import _app


def test_a_refresh_time_names_its_zone_and_gives_kazakhstan_time() -> None:
    moment = datetime(2026, 11, 27, 4, 50, 6)
    assert fmt.clock_time(moment, UTC) == "27.11.2026 04:50 UTC (09:50 Kazakhstan time)"
    late = pd.Timestamp("2026-11-27 21:15")  # the next day in Kazakhstan
    assert fmt.clock_time(late, UTC) == "27.11.2026 21:15 UTC (28.11.2026 02:15 Kazakhstan time)"
    assert fmt.clock_time(moment, ZoneInfo("Asia/Almaty")) == "27.11.2026 04:50 Kazakhstan time"
    assert fmt.clock_zone(UTC) == "UTC"


def test_the_overview_says_whose_clock_its_latest_refresh_is(
    sample_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _app(sample_store, monkeypatch)
    refresh = next(caption.value for caption in app.caption if caption.value.startswith("Latest refresh"))
    stamp = r"\d\d\.\d\d\.\d{4} \d\d:\d\d"
    # this machine's zone named, with Kazakhstan time beside it, or Kazakhstan time itself
    told = rf"Latest refresh: {stamp} (\S+ \((\d\d:\d\d|{stamp}) Kazakhstan time\)|Kazakhstan time)"
    assert re.fullmatch(told, refresh), refresh


def test_capture_times_on_the_readership_charts_say_kazakhstan_time() -> None:
    from dashboard.figures import views_history

    snapshots = pd.DataFrame(dict(observed_at=pd.to_datetime(["2026-04-10 12:00", "2026-04-11 12:00"]),
                                  views=[10, 20], placement=["main", "main"], page_id=["a", "b"]))  # fmt: skip
    figure = views_history(snapshots)
    assert "Kazakhstan time" in figure.layout.xaxis.title.text
    assert all("Kazakhstan time" in trace.hovertemplate for trace in figure.data)
