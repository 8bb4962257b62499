"""The dashboard's query layer on the sample store: each query against a plain recomputation."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from dashboard import queries as q
from dashboard.queries import Filters, Store


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
        "WHERE coalesce(a.source, 'unknown') = 'primeminister.kz' "
        "AND a.article_id IN (SELECT article_id FROM article_topics WHERE topic = 'ecology')",
    )[0][0]
    assert expected > 10
    assert q.headline_counts(store, filters)["indicators"] == expected
    assert len(q.indicators(store, filters)) == expected


def test_metric_values_of_several_prefixes_is_the_union_of_each(store: Store) -> None:
    both = q.metric_values(store, Filters(), ("it.", "astana_hub."))
    one, other = q.metric_values(store, Filters(), "it."), q.metric_values(store, Filters(), "astana_hub.")
    assert len(one) and len(other) and len(both) == len(one) + len(other)
    top = q.metric_values(store, Filters(), "", most_reported=3)
    everything = q.metric_values(store, Filters(), "")
    assert len(top) == 3
    assert sorted(top["sources"], reverse=True) == sorted(everything["sources"], reverse=True)[:3]


def test_contradictions_are_the_most_divergent_first_and_counted_whole(store: Store) -> None:
    total = q.contradiction_count(store)
    top = q.contradictions(store, limit=2)
    everything = q.contradictions(store, limit=100)
    assert total == len(everything) == 4 and len(top) == 2
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
