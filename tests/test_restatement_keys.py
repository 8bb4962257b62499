"""The column-wise figure keys of `dashboard.restatements` (dash22, for speed) are the row-wise
ones they replaced: a missing value or column reads '', rows keep their order, and a figure
reported once at one period gives no "reported apart" line while one at two periods does."""

import numpy as np
import pandas as pd

from dashboard.restatements import SAME_FIGURE, _keys, reported_apart


def _row_wise(facts: pd.DataFrame) -> list[tuple]:
    """The keys as `facts.apply(_key, axis=1)` made them before dash22."""
    return [
        tuple("" if pd.isna(value := row.get(column)) else value for column in SAME_FIGURE)
        for _, row in facts.iterrows()
    ]


def _facts() -> pd.DataFrame:
    day = pd.Timestamp
    return pd.DataFrame(
        {
            "about": ["events", "events", "events", "trees"],
            "kind": ["actual", "actual", "actual", "target"],
            "value": [183.0, 183.0, 40.0, 1e9],
            "unit": ["count", "count", "count", "count"],
            "qualifier": [None, np.nan, "more than", None],
            "is_change": [False, False, False, False],
            # no "direction" column: read as '' like a missing value
            "place": [None, None, None, None],
            "period_start": [day("2024-01-01"), day("2019-01-01"), day("2024-01-01"), pd.NaT],
            "period_end": [day("2024-12-31"), day("2025-04-15"), day("2024-12-31"), day("2027-12-31")],
            "undated": [False, False, False, False],
            "inferred": [False, False, False, False],
            "sentence": ["a", "b", "c", "d"],  # wide columns the keys never read
        },
        index=[7, 3, 9, 1],
    )


def test_keys_are_the_row_wise_ones() -> None:
    facts = _facts()
    assert _keys(facts) == _row_wise(facts)
    assert _keys(facts.iloc[:0]) == []


def test_one_figure_at_two_periods_is_named_once_and_a_lone_report_not_at_all() -> None:
    lines = reported_apart(_facts())
    assert lines == ["183 (events): 2024; 1 Jan 2019–15 Apr 2025"]
