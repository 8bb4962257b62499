"""Ranked lists of articles (most read, views per day, growth, views at an age): equal values in
one order every run, the newer article first, and a cut inside a tie said in the chart."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from dashboard import charts
from dashboard import queries as q
from dashboard.queries import Filters, Store

TIED_VIEWS = 1204


@pytest.fixture()
def tied_store(sample_store: Path, tmp_path: Path) -> Path:
    """The sample with every article but the three most read at TIED_VIEWS views."""
    db = tmp_path / "tied.duckdb"
    shutil.copy(sample_store, db)
    with duckdb.connect(str(db)) as con:
        con.execute(
            "UPDATE latest_views SET views = ? WHERE article_id NOT IN "
            "(SELECT article_id FROM latest_views ORDER BY views DESC LIMIT 3)",
            [TIED_VIEWS],
        )
    return db


def _tied(db: Path) -> pd.DataFrame:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(
            "SELECT article_id, published_at FROM latest_views WHERE views = ? ORDER BY published_at DESC",
            [TIED_VIEWS],
        ).df()


def test_equal_view_counts_are_listed_newer_first_and_the_cut_keeps_the_newest(tied_store: Path) -> None:
    store, tied = Store.open(tied_store), _tied(tied_store)
    assert len(tied) > 7 and tied["published_at"].nunique() == len(tied)  # the fixture ties with room to cut
    top = q.readership(store, Filters(), limit=10)
    shown = top[top["views"] == TIED_VIEWS]
    assert len(shown) == 7
    assert list(shown["article_id"]) == list(tied["article_id"][:7])  # the seven newest, newest first
    assert q.readership(store, Filters(), limit=10).equals(top)  # the same list on a second read


def test_the_most_read_chart_says_how_many_equal_articles_its_cut_leaves_out(tied_store: Path) -> None:
    store, tied = Store.open(tied_store), _tied(tied_store)
    left_out = len(tied) - 7
    assert (
        q.ties_past_cut(store, Filters(), q.readership(store, Filters(), limit=10), "views", 10) == left_out
    )
    (most_read,) = charts.overview(store, Filters())
    assert f"{left_out} more articles have {TIED_VIEWS:,} views, as many as the last one shown" in (
        most_read.figure.layout.title.text
    )
    views = [c for c in charts.readership(store, Filters()) if c.name == "readership-views"][0]
    assert "more article" not in views.figure.layout.title.text  # 25 places: the whole tie is listed


def test_a_list_that_ends_on_a_value_no_left_out_article_shares_says_nothing(sample_store: Path) -> None:
    store = Store.open(sample_store)
    top = q.readership(store, Filters(), limit=5)
    assert q.ties_past_cut(store, Filters(), top, "views", 5) == 0
    assert "more article" not in charts.overview(store, Filters())[0].figure.layout.title.text


def test_a_list_counted_with_its_ties_answers_from_its_own_column() -> None:
    # views at an age and the last day's growth count the articles sharing a value before the cut
    ranked = pd.DataFrame({"views_at_age": [90.0, 40.0, 40.0], "tied": [1, 5, 5]})
    assert q.ties_past_cut(Store("unused"), Filters(), ranked, "views_at_age", 3) == 3
    assert q.ties_past_cut(Store("unused"), Filters(), ranked, "views_at_age", 4) == 0  # not cut
