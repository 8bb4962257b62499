"""Readership's views against age drew several stories on one spot: on the synthetic store five
stories, each captured once 3.9 years after publication with 299,386 to 299,795 views, read as
one marker (dash28). A ring with their count marks such a spot, its hover lists each story with
its own count and age, and no story's mark moves off its true values (dash29)."""

from __future__ import annotations

import pandas as pd

from dashboard import figures_age


def _curves(rows: list[tuple[str, float, int]]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "title": [title for title, _, _ in rows],
            "age_hours": [age for _, age, _ in rows],
            "views": [views for _, _, views in rows],
            "observed_at": pd.to_datetime(["2026-11-28 10:00"] * len(rows)),
        }
    )


FIVE_ON_ONE_SPOT = [
    ("Kazakhstan’s population stands at 20,286,084 on January 1", 34162.05, 299795),
    ("Measures to prepare for IX Asian Winter Games considered", 34163.44, 299726),
    ("Taza Kazakstan: record results of environmental action in 2024", 34236.27, 299520),
    ("Taza like, Ayala and other projects to promote environmental culture", 34203.90, 299663),
    ("UAE is a key partner of Kazakhstan in Arab world, says Tokayev", 34060.94, 299386),
]


def test_five_stories_on_one_spot_are_marked_as_five_and_listed_each_at_its_own_values() -> None:
    frame = _curves([*FIVE_ON_ONE_SPOT, ("A story of its own", 30.0, 1200)])
    figure = figures_age.views_against_age(frame)
    (ring,) = [trace for trace in figure.data if trace.text is not None]
    assert list(ring.text) == ["5 stories"]
    hover = ring.hovertext[0]
    assert hover.startswith("5 stories on this spot")
    for title, _, views in FIVE_ON_ONE_SPOT:
        assert title[:30] in hover and f"{views:,} views" in hover, (title, hover)
    assert "A story of its own" not in hover
    assert "that many stories are drawn on one spot" in figure.layout.title.text
    # every story's own mark at its true age and count
    drawn = {trace.name: (list(trace.x), list(trace.y)) for trace in figure.data if trace is not ring}
    for title, age, views in [*FIVE_ON_ONE_SPOT, ("A story of its own", 30.0, 1200)]:
        ((name, values),) = [(n, v) for n, v in drawn.items() if title.startswith(n.rstrip("…"))]
        assert values == ([age], [views]), (name, values)


def test_spots_whose_rings_would_overlap_are_one_ring() -> None:
    """Seen on a store of three captures of the sample pages: three spots of two stories each, 3-6 %
    of the views axis apart, drew three rings whose '2 stories' labels lay on top of each other."""
    pairs = [
        ("Story A", 16_400.0, 199_501), ("Story B", 16_410.0, 199_300),
        ("Story C", 16_420.0, 193_400), ("Story D", 16_425.0, 193_200),
        ("Story E", 16_430.0, 182_200), ("Story F", 16_435.0, 182_000),
        ("Story far away", 40.0, 1_000), ("Story also far", 41.0, 1_010),
    ]  # fmt: skip
    figure = figures_age.views_against_age(_curves(pairs))
    (rings,) = [trace for trace in figure.data if trace.text is not None]
    assert sorted(rings.text) == ["2 stories", "6 stories"]


def test_stories_apart_and_one_storys_own_snapshots_get_no_ring() -> None:
    apart = _curves(
        [("First story", 24.0, 1000), ("Second story", 168.0, 5000), ("Second story", 169.0, 5003)]
    )
    figure = figures_age.views_against_age(apart)
    assert not [trace for trace in figure.data if trace.text is not None]
    assert "one spot" not in figure.layout.title.text


def test_a_story_printed_several_times_in_one_capture_is_no_curve(tmp_path, monkeypatch) -> None:
    """The synthetic store's stories, each printed three to seven times ("Most viewed" lists) on
    pages of one capture, were offered for the curve as having "3 or more snapshots" and drawn as
    one mark each at one age: a curve needs three capture times (dash29)."""
    import sys
    from pathlib import Path

    from dashboard import queries as q
    from etl.pipeline.refresh import refresh
    from tests.apptest_page import app_on_page

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from synthetic_pages import generate

    generate(tmp_path / "pages", 60)
    db = tmp_path / "store.duckdb"
    refresh(db, [tmp_path / "pages"])
    store = q.Store.open(db)
    counted = q.run(store, "SELECT max(snapshots) AS most, max(len(captures)) AS times FROM latest_views", [])
    assert int(counted["most"].iloc[0]) >= 3 and int(counted["times"].iloc[0]) == 1  # the case itself
    assert q.age_curve_choices(store, q.Filters()).empty
    app = app_on_page(db, monkeypatch, "app_pages/readership.py")
    assert any(
        note.value.startswith("No story has been captured at three or more times") for note in app.info
    )
