"""The dashboard's query layer on the sample store: each query against a plain recomputation."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pytest

from dashboard import format as fmt
from dashboard import queries as q
from dashboard.queries import Filters, Store
from tests.conftest import DISAGREEING_FIGURES


@pytest.fixture()
def store(sample_store: Path) -> Store:
    return Store.open(sample_store)


def _sql(store: Store, sql: str) -> list[tuple]:
    with duckdb.connect(store.path, read_only=True) as con:
        return con.execute(sql).fetchall()


def test_readership_top_rows_follow_the_chosen_order(store: Store) -> None:
    by_views = q.readership(store, Filters(), limit=5)
    by_pace = q.readership(store, Filters(), limit=5, order_by="views_per_day")
    assert list(by_views["views"]) == sorted(by_views["views"], reverse=True)
    assert list(by_pace["views_per_day"]) == sorted(by_pace["views_per_day"], reverse=True)
    everything = q.readership(store, Filters())
    assert len(everything) == 15  # 16 articles, one never printed with a count
    assert by_pace.iloc[0]["views_per_day"] == everything["views_per_day"].max()
    assert list(by_views["views"]) == sorted(everything["views"], reverse=True)[:5]
    with pytest.raises(ValueError, match="order_by"):
        q.readership(store, Filters(), order_by="title")


def test_source_and_topic_filters_select_the_same_figures_as_a_join(store: Store) -> None:
    filters = Filters(sources=("primeminister.kz",), topics=("ecology",))
    expected = _sql(
        store,
        "SELECT count(*) FROM indicators i JOIN articles a USING (article_id) "
        "WHERE a.source = 'primeminister.kz' "
        "AND a.article_id IN (SELECT article_id FROM article_topics WHERE topic = 'ecology')",
    )[0][0]
    assert expected > 10
    assert q.headline_counts(store, filters)["indicators"] == expected
    assert len(q.indicators(store, filters)) == expected


def test_several_topics_select_the_articles_tagged_with_any_of_them(store: Store) -> None:
    filters = Filters(topics=("justice", "foreign"))
    tagged = "SELECT article_id FROM article_topics WHERE topic IN ('justice', 'foreign')"
    expected_articles = {a for (a,) in _sql(store, f"SELECT DISTINCT article_id FROM ({tagged})")}
    expected_read = {
        a for (a,) in _sql(store, f"SELECT article_id FROM latest_views WHERE article_id IN ({tagged})")
    }
    assert len(expected_articles) >= 4 and len(expected_read) >= 4
    assert set(q.articles(store, filters)["article_id"]) == expected_articles
    assert set(q.readership(store, filters)["article_id"]) == expected_read
    assert set(q.readership(store, Filters(topics=("justice",)))["article_id"]) < expected_read


def test_metric_values_of_several_prefixes_is_the_union_of_each(store: Store) -> None:
    both = q.metric_values(store, Filters(), ("it.", "astana_hub."))
    one, other = q.metric_values(store, Filters(), "it."), q.metric_values(store, Filters(), "astana_hub.")
    assert len(one) and len(other) and len(both) == len(one) + len(other)
    top = q.metric_values(store, Filters(), "", most_reported=3)
    everything = q.metric_values(store, Filters(), "")
    assert len(top) == 3
    assert sorted(top["sources"], reverse=True) == sorted(everything["sources"], reverse=True)[:3]


def test_contradictions_are_the_most_divergent_first_and_counted_whole(disagreeing_store: Path) -> None:
    store = Store.open(disagreeing_store)
    total = q.contradiction_count(store)
    top = q.contradictions(store, limit=2)
    everything = q.contradictions(store, limit=100)
    assert total == len(everything) >= DISAGREEING_FIGURES and len(top) == 2
    assert list(top["ratio"]) == sorted(everything["ratio"], reverse=True)[:2]


def test_newest_figures_and_articles_are_newest_first(store: Store) -> None:
    figures = q.newest_figures(store, Filters(), limit=5)
    assert figures["metric_id"].notna().all()
    assert list(figures["published_at"]) == sorted(figures["published_at"], reverse=True)
    newest = _sql(store, "SELECT max(published_at) FROM indicators WHERE metric_id IS NOT NULL")[0][0]
    assert figures.iloc[0]["published_at"] == newest
    listed = q.articles(store, Filters(), limit=16)
    assert list(listed["published_at"]) == sorted(listed["published_at"], reverse=True)
    assert listed["has_body"].sum() == 9  # as many as the sample has bodies


def test_growth_is_each_articles_largest_gain_between_consecutive_snapshots(tmp_path: Path) -> None:
    from datetime import datetime

    from etl.pipeline.refresh import refresh

    db = tmp_path / "s.duckdb"
    counts = {"X": (50, 80, 200), "Y": (10, 15, 16)}
    for day in range(3):
        page = tmp_path / f"day{day}.txt"
        listing = "".join(f"01.02.2025, 10:00 {views[day]}\nStory {name}\n" for name, views in counts.items())
        page.write_text(listing + ("01.02.2025, 11:00 7\nStory Z\n" if day == 0 else ""), encoding="utf-8")
        refresh(db, [page], observed_at=datetime(2025, 2, 2 + day, 12, 0))
    store = Store.open(db)
    growth = q.readership_growth(store, Filters())
    assert list(zip(growth["title"], growth["previous_views"], growth["views"], growth["views_gained"],
                    growth["hours_between"], strict=True)) == [("Story X", 80, 200, 120, 24.0), ("Story Y", 10, 15, 5, 24.0)]  # fmt: skip
    every_pair = _sql(
        store, "SELECT article_id, max(views_gained) FROM readership_growth GROUP BY 1 ORDER BY 2 DESC"
    )
    assert [gain for _, gain in every_pair] == list(growth["views_gained"])


def test_unfiltered_metric_values_read_from_kept_facts_equal_the_live_aggregate(
    store: Store, monkeypatch
) -> None:
    kept = q.metric_values(store, Filters(), "")
    monkeypatch.setattr(q, "_covers_every_article", lambda *_: False)
    live = q.metric_values(store, Filters(), "")
    assert len(kept) > 40
    assert kept.to_dict("records") == live.to_dict("records")


@pytest.mark.parametrize("typed", ["%", "_", "5%", "% of"])
def test_search_boxes_find_percent_and_underscore_literally(store: Store, typed: str) -> None:
    figures = q.indicators(store, Filters(), q.FigureCriteria(text=typed))
    found = set(figures["indicator_id"])
    expected = {
        figure
        for figure, item, sentence in _sql(store, "SELECT indicator_id, item, sentence FROM indicators")
        if typed.lower() in (item or "").lower() or typed.lower() in sentence.lower()
    }
    assert found == expected
    articles = set(q.articles(store, Filters(), text=typed)["article_id"])
    expected_articles = {
        article
        for article, title, body in _sql(store, "SELECT article_id, title, body FROM articles")
        if typed.lower() in title.lower() or typed.lower() in (body or "").lower()
    }
    assert articles == expected_articles


def test_the_percent_search_is_not_a_wildcard_that_matches_everything(store: Store) -> None:
    assert (
        0
        < len(q.indicators(store, Filters(), q.FigureCriteria(text="%")))
        < len(q.indicators(store, Filters()))
    )
    assert q.articles(store, Filters(), text="_").empty  # no kt.kz text has an underscore


def test_one_connection_serves_a_run_and_leaves_no_slot_held(tmp_path: Path) -> None:
    from datetime import datetime

    from etl.pipeline.refresh import refresh

    db = tmp_path / "s.duckdb"
    page = tmp_path / "one.txt"
    page.write_text("01.02.2025, 10:00 50\nStory X\nBody with 17 enterprises.\n", encoding="utf-8")
    refresh(db, [page], observed_at=datetime(2025, 2, 3, 12, 0))
    store = Store.open(db)
    with q.one_connection():
        first = q.readership(store, Filters())
        with q.one_connection():  # nested blocks share the outer one's connection
            second = q.headline_counts(store, Filters())
        (shared,) = q._held.connections.values()
    with pytest.raises(duckdb.ConnectionException):  # closed with the block
        shared.execute("SELECT 1")
    assert first["views"].tolist() == [50] and second["articles"] == 1
    # Two more refreshes write both slots in turn: neither may still be open in this process.
    # (Counts that grow: a fall is warned of as damaged input, and the run would exit 1.)
    for day in (4, 5):
        (tmp_path / "one.txt").write_text(f"01.02.2025, 10:00 {day + 2}0\nStory X\n", encoding="utf-8")
        assert refresh(db, [page], observed_at=datetime(2025, 2, day, 12, 0)).exit_code == 0
    assert q.readership(Store.open(db), Filters())["views"].tolist() == [70]


def test_explorer_choices_of_figures_that_map_to_no_metric_are_empty_lists(
    store: Store, tmp_path: Path
) -> None:
    # a store whose figures are all outside the catalog: no metric to offer, not a failure
    copy = tmp_path / "unmapped.duckdb"
    copy.write_bytes(Path(store.path).read_bytes())
    with duckdb.connect(str(copy)) as con:
        con.execute("UPDATE indicators SET metric_id = NULL")
    choices = q.indicator_choices(Store(str(copy), "unmapped"))
    assert choices["metrics"] == []
    assert choices["units"] and choices["kinds"]


def test_every_period_year_the_explorer_offers_is_in_order_and_can_be_chosen(store: Store) -> None:
    # a year as the query gave it (numpy) was refused as a parameter: choosing any year crashed the page
    years = q.indicator_choices(store)["years"]
    assert years and years == sorted(years)
    for year in years:
        found = q.indicators(store, Filters(), q.FigureCriteria(year=year))
        dated = found["period_end"].fillna(found["period_start"])  # an open end is dated by its start
        assert len(found) and all(day.year == year for day in dated)


def test_a_series_page_reads_only_the_date_bounds_to_know_its_filters_cover_every_article(
    sample_store: Path,
) -> None:
    """Whether the filters leave every article in needs the store's first and last day only;
    it ran the sidebar's four queries (every source, every language) three times a page."""
    from datetime import date

    from dashboard import charts
    from dashboard.queries import Filters, Store, _uncached, use_runner

    seen: list[str] = []

    def counting(path: str, version: str, sql: str, params: tuple) -> pd.DataFrame:
        seen.append(sql)
        return _uncached(path, version, sql, params)

    use_runner(counting)
    try:
        store = Store.open(sample_store)
        charts.taza(store, Filters(date_from=date(2000, 1, 1), date_to=date(2100, 1, 1)))
        charts.taza(store, Filters())
    finally:
        use_runner(_uncached)
    assert not [sql for sql in seen if "DISTINCT coalesce(source" in sql or "FROM topics" in sql]


def test_a_missing_publisher_has_one_name_in_the_chart_the_sidebar_and_its_filter(store: Store) -> None:
    """'Views by source' said 'unknown' where the tables and cards say 'unknown publisher'."""
    (unnamed,) = _sql(store, "SELECT count(*) FROM latest_views WHERE source IS NULL")[0]
    assert unnamed > 0  # the sample page lists articles that name no publisher
    by_source = q.readership_by(store, Filters(), "source")
    assert fmt.UNKNOWN_PUBLISHER in set(by_source["source"]) and "unknown" not in set(by_source["source"])
    assert fmt.UNKNOWN_PUBLISHER in q.filter_choices(store)["sources"]
    chosen = q.readership_by(store, Filters(sources=(fmt.UNKNOWN_PUBLISHER,)), "source")
    assert list(chosen["source"]) == [fmt.UNKNOWN_PUBLISHER] and int(chosen["articles"].iloc[0]) == unnamed


@pytest.fixture()
def restated_elsewhere(sample_store: Path, tmp_path: Path) -> tuple[Store, str]:
    """The sample store with the country's reserves in dollars reported again, by the same
    number, in three other articles: once as itself, once in percent, once as Almaty's."""
    db = tmp_path / "ktpulse.duckdb"
    db.write_bytes(sample_store.read_bytes())
    with duckdb.connect(str(db)) as con:
        figure, article = con.execute(
            "SELECT indicator_id, article_id FROM indicators WHERE metric_id = 'nbk.reserves_usd' "
            "AND unit = 'USD' AND place IS NULL ORDER BY indicator_id LIMIT 1"
        ).fetchone()
        others = [row[0] for row in con.execute(
            "SELECT article_id FROM articles WHERE article_id <> ? ORDER BY article_id LIMIT 3", [article]
        ).fetchall()]  # fmt: skip
        for other, changed in zip(others, ("", ", 'percent' AS unit", ", 'Almaty' AS place"), strict=True):
            con.execute(
                f"INSERT INTO indicators BY NAME SELECT * REPLACE (indicator_id || '-' || ? AS indicator_id, "
                f"? AS article_id{changed}) FROM indicators WHERE indicator_id = ?",
                [other, other, figure],
            )
    return Store.open(db), figure


def test_the_same_fact_elsewhere_is_of_the_same_unit_and_place(restated_elsewhere: tuple[Store, str]) -> None:
    store, figure = restated_elsewhere
    with duckdb.connect(store.path, read_only=True) as con:
        copies = dict(con.execute("SELECT indicator_id, coalesce(place, unit) FROM indicators "
                                  "WHERE indicator_id LIKE ? || '-%'", [figure]).fetchall())  # fmt: skip
    assert sorted(copies.values()) == ["Almaty", "USD", "percent"]
    elsewhere = q.same_fact_elsewhere(store, figure)
    # the same number in percent, or Almaty's, is not the country's reserves in dollars reported again
    assert [copies[i] for i in elsewhere["indicator_id"]] == ["USD"]


def test_the_articles_naming_no_publisher_are_named_so_on_the_chart_and_in_the_filter(
    store: Store, sample_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Readership's "Views by source" had an "unknown publisher" bar, as if a publisher of that
    name (or one the store failed to read): it is the articles whose page names none, and the
    bar, its chart's note, the Sources filter's option and the filters in force say so alike (dash29)."""
    from dashboard import figures
    from dashboard.sidebar import in_force
    from tests.apptest_page import app_on_page

    chart = figures.views_by(q.readership_by(store, Filters(), "source"), "source")
    labels = [str(label) for trace in chart.data for label in trace.y]
    assert fmt.NO_PUBLISHER_NAMED in labels and fmt.UNKNOWN_PUBLISHER not in labels, labels
    assert f"{fmt.NO_PUBLISHER_NAMED}”: articles whose page names no publisher" in chart.layout.title.text
    chosen = Filters(sources=(fmt.UNKNOWN_PUBLISHER,))
    assert in_force(chosen, None) == [f"sources: {fmt.NO_PUBLISHER_NAMED}"]
    app = app_on_page(sample_store, monkeypatch, "app_pages/readership.py")
    (sources,) = [box for box in app.sidebar.multiselect if box.label == "Sources"]
    assert fmt.NO_PUBLISHER_NAMED in sources.options and fmt.UNKNOWN_PUBLISHER not in sources.options
    sources.select(fmt.UNKNOWN_PUBLISHER).run()  # the value chosen is still the stored group
    assert not app.exception and app.session_state["filters"].sources == (fmt.UNKNOWN_PUBLISHER,)
    listed = app_on_page(sample_store, monkeypatch, "app_pages/articles.py").dataframe[0].value["source"]
    assert fmt.NO_PUBLISHER_NAMED in set(listed) and fmt.UNKNOWN_PUBLISHER not in set(listed)
