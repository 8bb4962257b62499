"""Contradictions are reports that cannot both hold: each figure is the interval its qualifier
allows, and only reports of the same item (as far as its wording tells), unit and period are
compared. Synthetic figures in a fresh store, through the same rebuild refresh runs."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pytest

from etl.store import database
from etl.store.derived import rebuild_metric_tables
from etl.store.facts import QUALIFIER_BOUNDS, can_both_hold, interval, interval_sql
from etl.transform.ingest import INDICATOR_COLUMNS

METRIC = "taza.trees_planted"


def _figure(n: int, value: float, item: str = "trees", qualifier: str | None = None,
            unit: str = "count", period: tuple[str, str] = ("2024-01-01", "2024-12-31"),
            place: str | None = None, basis: str = "sentence") -> dict:  # fmt: skip
    """A mapped figure alone in its own article (figures of one sentence are never compared);
    `place`: the region it is about (None: national); `basis`: how its period was found."""
    sentence = f"Figure {n} for the period."
    return dict(
        indicator_id=f"a{n}-0", article_id=f"a{n}", value=value, unit=unit, item=item, qualifier=qualifier,
        period_start=pd.Timestamp(period[0]).date(), period_end=pd.Timestamp(period[1]).date(), kind="actual",
        is_change=False, role=None, linked_indicator_id=None, sentence=sentence, sentence_start=0, start_char=0,
        end_char=3, surface=str(value), metric_id=METRIC, category=None, period_basis=basis, direction=None,
        published_at=pd.Timestamp("2025-01-10"), topics=[], place=place,
    )  # fmt: skip


def _flagged(tmp_path: Path, *figures: dict) -> list[tuple[float, float]]:
    con = database.connect(tmp_path / "store.duckdb")
    try:
        frame = pd.DataFrame(list(figures))
        database.insert_frame(con, "indicators", frame, [*INDICATOR_COLUMNS, "published_at", "topics"])
        rebuild_metric_tables(con)
        return con.execute("SELECT value_a, value_b FROM contradictions ORDER BY ALL").fetchall()
    finally:
        con.close()


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ((12e6, "more than"), (1.1e9, "more than")),  # two lower bounds
        ((12e6, "at least"), (1.1e9, None)),  # a lower bound below an exact value
        ((1.1e9, "up to"), (5e8, None)),  # a ceiling above an exact value
        ((1.1e9, "up to"), (5e8, "less than")),  # two ceilings
        ((1e6, "about"), (1.05e6, None)),  # within what 'about' allows
        ((1e6, "almost"), (9.5e5, None)),  # just under, as 'almost' says
        ((1.1e6, None), (1.102e6, None)),  # the same figure rounded differently
    ],
)
def test_reports_that_can_both_hold_are_not_flagged(tmp_path: Path, a: tuple, b: tuple) -> None:
    assert _flagged(tmp_path, _figure(1, a[0], qualifier=a[1]), _figure(2, b[0], qualifier=b[1])) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ((1.1e6, None), (1.1e9, None)),  # two exact values far apart
        ((1e6, "up to"), (3e6, None)),  # an exact value above a ceiling
        ((5e6, "more than"), (2e6, None)),  # an exact value below a lower bound
        ((1e6, "about"), (2e6, "about")),  # 'about' does not stretch to twice
        ((1e6, "less than"), (2e6, "more than")),  # bounds that do not meet
        ((1e6, "almost"), (1.2e6, None)),  # 'almost' is below its figure
    ],
)
def test_reports_that_cannot_both_hold_are_flagged(tmp_path: Path, a: tuple, b: tuple) -> None:
    flagged = _flagged(tmp_path, _figure(1, a[0], qualifier=a[1]), _figure(2, b[0], qualifier=b[1]))
    assert flagged == [tuple(sorted((a[0], b[0])))]


def test_different_items_under_one_metric_are_not_compared(tmp_path: Path) -> None:
    # seedlings against trees, Kazakh 'көшет' (seedlings) against English 'trees': different
    # things counted, or wordings nothing here can tell are the same
    figures = [_figure(1, 1.1e6, "seedlings"), _figure(2, 1.1e9, "trees"), _figure(3, 1.1e6, "көшет")]
    assert _flagged(tmp_path, *figures) == []


def test_one_item_worded_in_two_languages_is_compared(tmp_path: Path) -> None:
    # the catalog's [item_names] call 'көшет' and 'seedlings' the same item: 3 million against
    # 1.1 million cannot both hold, whatever the language of each sentence
    assert _flagged(tmp_path, _figure(1, 1.1e6, "seedlings"), _figure(2, 3e6, "көшет")) == [(1.1e6, 3e6)]
    assert _flagged(tmp_path / "second", _figure(1, 8.5e8, "экспорт IT-услуг"),
                    _figure(2, 1e9, "IT-қызметтер экспорты")) == [(8.5e8, 1e9)]  # fmt: skip
    # the Cyrillic spellings: Russian 'ИТ', Kazakh 'ІТ' in the genitive
    assert _flagged(tmp_path / "third", _figure(1, 8.5e8, "экспорт ИТ-услуг"),
                    _figure(2, 1e9, "ІТ-қызметтердің экспорты")) == [(8.5e8, 1e9)]  # fmt: skip


def test_items_are_compared_by_their_words_not_their_case_or_punctuation(tmp_path: Path) -> None:
    assert _flagged(tmp_path, _figure(1, 68, "Landfills"), _figure(2, 3827, "landfills)")) == [(68.0, 3827.0)]
    # a wording with more words may count something narrower ("monthly" lost from "inflation")
    assert (
        _flagged(tmp_path / "second", _figure(1, 0.7, "inflation"), _figure(2, 8.6, "annual inflation")) == []
    )


def test_no_item_is_compared_only_with_no_item(tmp_path: Path) -> None:
    assert _flagged(tmp_path, _figure(1, 10, ""), _figure(2, 900, "trees")) == []
    assert _flagged(tmp_path / "second", _figure(1, 10, ""), _figure(2, 900, "")) == [(10.0, 900.0)]


def test_different_units_or_periods_are_not_compared(tmp_path: Path) -> None:
    figures = [_figure(1, 10, unit="count"), _figure(2, 900, unit="hectares"),
               _figure(3, 5000, period=("2023-01-01", "2023-12-31"))]  # fmt: skip
    assert _flagged(tmp_path, *figures) == []


def test_a_fact_is_flagged_only_when_none_of_its_reports_can_hold(tmp_path: Path) -> None:
    # 1.1 billion exact in one article, 'more than 1.1 billion' in another: the fact allows
    # anything from 1.1 billion up, so 'more than 2 billion' does not contradict it
    figures = [
        _figure(1, 1.1e9),
        _figure(2, 1.1e9, qualifier="more than"),
        _figure(3, 2e9, qualifier="more than"),
    ]
    assert _flagged(tmp_path, *figures) == []


def test_one_pair_of_facts_is_one_row_whatever_the_item_wordings(tmp_path: Path) -> None:
    figures = [_figure(1, 10, "trees"), _figure(2, 10, "trees planted"), _figure(3, 900, "trees"),
               _figure(4, 900, "trees planted")]  # fmt: skip
    assert _flagged(tmp_path, *figures) == [(10.0, 900.0)]


def test_interval_of_each_qualifier() -> None:
    assert interval(100, None) == pytest.approx((99.75, 100.25))
    assert interval(100, "more than")[1] == float("inf")
    assert interval(100, "up to")[0] == float("-inf")
    assert interval(-10, "about") == pytest.approx((-11, -9))
    assert not can_both_hold(interval(100, None), interval(200, "about"))
    assert can_both_hold(interval(100, "about"), interval(109, None))


@pytest.mark.parametrize("qualifier", [*QUALIFIER_BOUNDS, "unheard of"])
@pytest.mark.parametrize("value", [250.0, -4.5])
def test_the_sql_intervals_are_the_python_ones(qualifier: str | None, value: float) -> None:
    low, high = interval_sql("v", "q")
    with duckdb.connect() as con:
        got = con.execute(
            f"SELECT {low}, {high} FROM (SELECT ?::DOUBLE AS v, ?::VARCHAR AS q)", [value, qualifier]
        )
        assert got.fetchone() == pytest.approx(interval(value, qualifier))


def test_a_regions_figure_never_contradicts_the_countrys_or_another_regions(tmp_path: Path) -> None:
    # 1.2 million trees in Mangystau region and 1.1 billion nationwide are both true
    figures = [
        _figure(1, 1.1e9),
        _figure(2, 1.2e6, place="Mangystau region"),
        _figure(3, 3e6, place="Zhambyl region"),
    ]
    assert _flagged(tmp_path, *figures) == []


def test_two_reports_for_one_region_that_cannot_both_hold_are_flagged(tmp_path: Path) -> None:
    figures = [
        _figure(1, 1.2e6, place="Mangystau region"),
        _figure(2, 2.5e6, place="Mangystau region"),
        _figure(3, 1.1e9),
    ]
    assert _flagged(tmp_path, *figures) == [(1.2e6, 2.5e6)]


@pytest.mark.parametrize(("basis_a", "basis_b"), [("context", "context"), ("sentence", "context"),
                                                  ("publication", "sentence")])  # fmt: skip
def test_a_period_no_report_writes_in_its_own_sentence_is_not_compared(
    tmp_path: Path, basis_a: str, basis_b: str
) -> None:
    # the dev store's pair: "11 events held" this year so far in the south and west (2025 from the
    # sentence before) and "more than 15 thousand events" (2025 from the article's lead): both
    # dated by inference, so nothing says they cover one span
    figures = [_figure(1, 11, "мероприятий с участием", basis=basis_a),
               _figure(2, 15000, "events", qualifier="more than", basis=basis_b)]  # fmt: skip
    assert _flagged(tmp_path, *figures) == []


def test_two_reports_whose_sentences_write_one_period_and_cannot_both_hold_are_flagged(
    tmp_path: Path,
) -> None:
    # the same pair with their periods written: the country's events of 2025 cannot be 11 and
    # more than 15 thousand; a fact is compared when any of its reports writes its period
    figures = [_figure(1, 11, "мероприятий с участием"), _figure(2, 15000, "events", qualifier="more than"),
               _figure(3, 15000, "events", qualifier="more than", basis="context")]  # fmt: skip
    assert _flagged(tmp_path, *figures) == [(11.0, 15000.0)]
    inferred_only = [_figure(1, 11, basis="context"), _figure(2, 900, basis="context"), _figure(3, 40)]
    assert _flagged(tmp_path / "second", *inferred_only) == []
