"""Readership at equal ages: views at 24 h / 7 d, the views-against-age curve, the last day's growth."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from dashboard import queries as q
from dashboard.queries import Filters, Store
from etl.pipeline.inputs import KZ_TIME
from etl.pipeline.refresh import refresh
from tests.fake_ktkz import FakeArticle, FakeSite, SimClock, write_capture

T0 = datetime(2025, 4, 1, 3, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)
# article number -> capture ages in hours (published at T0 + number days)
CAPTURES = {
    1: (1, 12, 25, 192),  # 24 h and 7 d inside the captures: interpolated
    2: (1, 20),  # never reached 24 h: left out, not extrapolated
    3: (0.5, 24, 30),  # a capture exactly at 24 h
}


@pytest.fixture(scope="module")
def age_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Store, FakeSite]:
    folder = tmp_path_factory.mktemp("age_store")
    articles = [FakeArticle(n, "eng", T0 + timedelta(days=n), "index") for n in CAPTURES]
    site = FakeSite(SimClock(T0), articles, related=False)
    for article in articles:
        for hours in CAPTURES[article.number]:
            write_capture(site, article, article.published_at + hours * HOUR, folder / "raw")
    db = folder / "ktpulse.duckdb"
    assert refresh(db, [folder / "raw"]).exit_code == 0
    return Store.open(db), site


def by_number(frame, site: FakeSite, column: str) -> dict[int, object]:
    titles = {a.title: a.number for a in site.articles}
    return {titles[row.title]: getattr(row, column) for row in frame.itertuples()}


def test_views_at_24_hours_are_interpolated_between_real_snapshots_and_never_extrapolated(age_store) -> None:
    store, site = age_store
    frame = q.views_at_age(store, Filters(), 24)
    views, interpolated = by_number(frame, site, "views_at_age"), by_number(frame, site, "interpolated")
    first = site.articles[0]
    before, after = first.views(first.published_at + 12 * HOUR), first.views(first.published_at + 25 * HOUR)
    assert views[1] == round(before + (after - before) * 12 / 13) and interpolated[1]
    assert 2 not in views, "an article last seen at 20 h has no 24 h count"
    third = site.articles[2]
    assert views[3] == third.views(third.published_at + 24 * HOUR) and not interpolated[3]


def test_views_at_7_days_need_a_snapshot_past_7_days(age_store) -> None:
    store, site = age_store
    frame = q.views_at_age(store, Filters(), 24 * 7)
    assert set(by_number(frame, site, "views_at_age")) == {1}


def test_views_by_age_gives_each_capture_with_its_age(age_store) -> None:
    store, site = age_store
    choices = q.age_curve_choices(store, Filters(), min_snapshots=3)
    assert set(by_number(choices, site, "snapshots")) == {1, 3}
    frame = q.views_by_age(store, list(choices["article_id"]))
    ages = sorted(round(h, 2) for h in frame[frame["title"] == site.articles[0].title]["age_hours"])
    assert ages == [1, 12, 25, 192]


def test_fastest_growing_of_the_last_day_counts_from_the_day_start_or_publication(age_store) -> None:
    store, site = age_store
    frame = q.fastest_growing(store, Filters())
    # The store's last capture is article 1 at 192 h (T0 + 1 d + 192 h); article 3's captures end
    # at T0 + 3 d + 30 h, days earlier: only article 1 was captured within the last day, and it
    # has no capture before the day's start other than at 25 h, so its start is interpolated.
    gained = by_number(frame, site, "views_gained")
    first = site.articles[0]
    since = first.published_at + 168 * HOUR
    before, after = first.views(first.published_at + 25 * HOUR), first.views(first.published_at + 192 * HOUR)
    at_start = before + (after - before) * (168 - 25) / (192 - 25)
    assert set(gained) == {1}
    assert gained[1] == round(after - at_start)
    assert by_number(frame, site, "start_from")[1] == "interpolated"
    assert frame["since"].iloc[0] == since.astimezone(KZ_TIME).replace(tzinfo=None)


def test_the_last_days_growth_is_drawn_where_it_differs_from_the_largest_gains(age_store) -> None:
    from dashboard.charts_age import readership_ages

    store, _ = age_store
    # article 1's largest gain is its 25 h to 192 h step; the last day holds only part of it
    (day,) = [c for c in readership_ages(store, Filters()) if c.name == "readership-fastest-growing-day"]
    assert not day.data.empty and day.note is None


def test_two_captures_a_day_apart_show_one_growth_list_and_say_why(tmp_path) -> None:
    from dashboard.charts import readership
    from dashboard.charts_age import readership_ages

    db = tmp_path / "s.duckdb"
    for day, (x, y) in ((3, (50, 40)), (4, (90, 45))):
        page = tmp_path / f"{day}.txt"
        page.write_text(f"01.02.2025, 10:00 {x}\nStory X\n01.02.2025, 11:00 {y}\nStory Y\n", encoding="utf-8")
        refresh(db, [page], observed_at=datetime(2025, 2, day, 12, 0))
    store = Store.open(db)
    (largest,) = [c for c in readership(store, Filters()) if c.name == "readership-growth"]
    assert largest.data["views_gained"].tolist() == [40, 5]
    # the last day's list was the same two stories and gains under a second title
    (day,) = [c for c in readership_ages(store, Filters()) if c.name == "readership-fastest-growing-day"]
    assert day.data.empty
    assert day.note is not None and "“Largest gain between two captures” above" in day.note
    assert "03 Feb 12:00 – 04 Feb 12:00, Kazakhstan time" in day.note


def test_a_gain_per_day_is_never_extrapolated_from_a_few_hours(tmp_path) -> None:
    db = tmp_path / "s.duckdb"
    for hour, views in ((9, 50), (12, 80)):
        page = tmp_path / f"{hour}.txt"
        page.write_text(f"01.02.2025, 08:00 {views}\nStory X\n", encoding="utf-8")
        refresh(db, [page], observed_at=datetime(2025, 2, 1, hour, 0))
    growth = q.readership_growth(Store.open(db), Filters())
    assert growth["views_gained"].tolist() == [30] and growth["hours_between"].tolist() == [3.0]
    assert growth["views_gained_per_day"].isna().all()  # not 240 a day


def test_exported_readership_charts_include_the_equal_ages_charts_that_have_data(age_store) -> None:
    from dashboard.charts import all_charts
    from dashboard.charts_age import readership_ages

    store, _ = age_store
    names = [chart.name for chart in all_charts(store, Filters(), "readership")]
    age_names = {chart.name: chart.data.empty for chart in readership_ages(store, Filters())}
    assert "readership-views-at-24h" in names and "readership-views-against-age" in names
    assert all((name in names) == (not empty) for name, empty in age_names.items()), (names, age_names)
    assert len(names) == len(set(names)), "no chart twice"


def test_two_stories_with_one_headline_get_two_bars() -> None:
    import pandas as pd

    from dashboard import figures_age

    at = pd.Timestamp("2025-01-21 09:00")
    frame = pd.DataFrame(
        {"article_id": ["a", "b"], "title": ["Exchange rates", "Exchange rates"],
         "published_at": [at, at], "views_at_age": [900.0, 700.0], "interpolated": [False, True],
         "before_at": [at, at], "before_views": [900, 650], "after_at": [at, at], "after_views": [900, 750]}
    )  # fmt: skip
    figure = figures_age.views_at_age(frame, 24)
    labels = [label for trace in figure.data for label in trace.y]
    assert len(labels) == 2 and len(set(labels)) == 2, labels


def test_the_age_axis_names_ages_of_months_and_years_not_only_up_to_30_days() -> None:
    """A story captured three years after publication was drawn far right of the axis' last tick
    (30 d), with no age under it."""
    import pandas as pd

    from dashboard.figures_age import views_against_age

    ages = [28_900.0, 28_924.0]  # hours: about 3.3 years
    frame = pd.DataFrame({"title": ["An old story"] * 2, "age_hours": ages, "views": [30_000, 31_000],
                          "observed_at": pd.to_datetime(["2026-03-21 09:00", "2026-03-22 09:00"])})  # fmt: skip
    axis = views_against_age(frame).layout.xaxis
    shown = [(tick, text) for tick, text in zip(axis.tickvals, axis.ticktext, strict=True) if tick > 720]
    assert shown and any(tick <= min(ages) for tick, _ in shown), shown  # a tick left of the marks, past 30 d
    assert (dict(shown)[26280], dict(shown)[8760]) == ("3 y", "1 y")


@pytest.mark.parametrize("ages", [[28_900.0, 28_924.0], [30.0, 31.5], [0.5, 0.7], [700.0, 30_000.0]])
def test_the_age_axis_always_shows_two_named_ages_around_its_marks(ages: list[float]) -> None:
    """Two snapshots a day apart of a story three years old (the dev store's 'Он айда …' under a
    Kazakh filter) filled the log axis with that one day: no tick inside it, no age to read."""
    import math

    import pandas as pd

    from dashboard.figures_age import views_against_age

    frame = pd.DataFrame({"title": ["A story"] * 2, "age_hours": ages, "views": [59_051, 67_945],
                          "observed_at": pd.to_datetime(["2026-04-10 12:00", "2026-04-11 12:00"])})  # fmt: skip
    axis = views_against_age(frame).layout.xaxis
    low, high = axis.range
    assert low <= math.log10(min(ages)) and math.log10(max(ages)) <= high  # every mark drawn
    named = [
        text
        for tick, text in zip(axis.tickvals, axis.ticktext, strict=True)
        if low <= math.log10(tick) <= high
    ]
    assert len(named) >= 2 or max(ages) < 1, named  # under an hour old: no named age below it


def test_the_highest_counts_point_to_the_equal_age_ranking_where_the_store_has_one(
    age_store, tmp_path
) -> None:
    """A journalist quoted the top bar of the latest counts as "the most-read story": the page says
    these counts rank no story and where the fair ranking is, or that the store holds none."""
    from dashboard.charts_age import fair_ranking_note

    store, _ = age_store
    crawled = fair_ranking_note(store, Filters())
    assert "rank no story as the most-read" in crawled
    assert "views 24 hours and 7 days after publication" in crawled
    page = tmp_path / "one.txt"
    page.write_text("01.02.2025, 10:00 50\nStory X\n", encoding="utf-8")
    refresh(tmp_path / "one.duckdb", [page], observed_at=datetime(2025, 2, 9, 12, 0))
    once = fair_ranking_note(Store.open(tmp_path / "one.duckdb"), Filters())
    assert "this store holds no ranking at equal ages" in once
