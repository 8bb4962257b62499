"""Targets that have no progress bar, and why: the table a page lists instead of a chart of
reasons over an empty axis (dash18), and whose CSV it offers in the chart's place."""

from __future__ import annotations

import pandas as pd

from dashboard.fact_figures import item_words
from dashboard.progress import no_actual_words

PART_OF_YEAR_WORDS = "only part of a year is reported inside its span, which is no share of a year's figure"


def why_no_bar(row: pd.Series) -> str:
    """Why a progress row has no bar: no actual of its item for its measure, or only part of a
    year's figure for a year's target (the words of `components.progress_line`)."""
    if pd.isna(row["actual"]):
        return no_actual_words(row.get("measure"), item_words(row.get("item"), row.get("item_as_written")))
    return PART_OF_YEAR_WORDS


def _texts(progress: pd.DataFrame, column: str) -> pd.Series:
    """A text column, missing values (or the column itself, in a store without bases) as ''."""
    if column not in progress:
        return pd.Series("", index=progress.index)
    return progress[column].map(lambda value: value if isinstance(value, str) else "")


def _exact(values: pd.Series) -> pd.Series:
    """Figures as a spreadsheet reads them exactly: whole ones without a trailing '.0'."""
    known = values.dropna()
    return values.astype("Int64") if (known == known.round()).all() else values


def no_bar_table(progress: pd.DataFrame) -> pd.DataFrame:
    """One row per target, the columns of its line in the list: the target (metric, item and
    deadline), its value exact (a number, with its unit) and how its period was found, the actual
    there is (part of a year's: "more than", a number) with its period, and why there is no progress. `progress`: a
    progress chart's data (`progress.progress_to_targets` with its bases in words)."""
    return pd.DataFrame(
        {
            "target": progress["label"],
            "target value": _exact(progress["target"]),
            "unit": progress["unit"],
            "target period basis": _texts(progress, "target_period_basis"),
            "actual qualifier": _texts(progress, "actual_qualifier"),
            "actual": _exact(progress["actual"]),
            "actual period": _texts(progress, "actual_period"),
            "actual period basis": _texts(progress, "actual_period_basis"),
            "why no progress": [why_no_bar(row) for _, row in progress.iterrows()],
        }
    )
