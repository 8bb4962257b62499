"""Targets that have no progress bar, and why: the table a page lists instead of a chart of
reasons over an empty axis (dash18), whose CSV it offers in the chart's place, and the same
list as the figure `export charts` and the report write there (dash20)."""

from __future__ import annotations

import textwrap

import pandas as pd
import plotly.graph_objects as go

from dashboard import format as fmt
from dashboard.fact_figures import INFERRED_SUFFIX, inferred, item_words
from dashboard.progress import no_actual_words

PART_OF_YEAR_WORDS = "only part of a year is reported inside its span, which is no share of a year's figure"
# What the page says above the list, and the listed figure under its title.
NO_BAR = (
    "No target here has an actual to measure it by, so there is no progress chart (it would be an empty axis); "
    "each target and why:"
)
# Characters per line of the listed figure's columns (target, its value, the actual, why): a
# table cell does not wrap by itself in an image.
_COLUMN_CHARACTERS = (44, 22, 30, 44)


def why_no_bar(row: pd.Series) -> str:
    """Why a progress row has no bar: no actual of its item for its measure, or only part of a
    year's figure for a year's target (the words of `components.progress_line`)."""
    if pd.isna(row["actual"]):
        return no_actual_words(
            row.get("measure"), item_words(row.get("item"), row.get("item_as_written")), row.get("unit")
        )
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


def _wrapped(text: str, width: int) -> str:
    return "<br>".join(textwrap.wrap(text, width)) or "—"


def _actual_text(row: pd.Series) -> str:
    """The actual there is ("$306 M for H1 2024 (period inferred)"), or "none reported"."""
    if pd.isna(row["actual"]):
        return "none reported"
    shown = fmt.qualified(row.get("actual_qualifier"), fmt.figure(row["actual"], row["unit"]))
    period = row.get("actual_period")
    suffix = INFERRED_SUFFIX if inferred(row.get("actual_period_basis")) else ""
    return f"{shown} for {period}{suffix}" if isinstance(period, str) and period else shown + suffix


def no_bar_figure(progress: pd.DataFrame, title: str) -> go.Figure:
    """The no-bar list as a figure (a table: target, its value, the actual there is, why no
    progress), for a download read on its own: where the page lists the targets, the export wrote
    grey reasons over an empty 0–100 axis. Values compact as the page's list writes them;
    `progress`: a progress chart's data (`progress.progress_to_targets`, bases as codes or words)."""
    columns = [
        [str(label) for label in progress["label"]],
        [
            fmt.figure(t, u) + (INFERRED_SUFFIX if inferred(b) else "")
            for t, u, b in zip(
                progress["target"],
                progress["unit"],
                progress.get("target_period_basis", [None] * len(progress)),
                strict=True,
            )
        ],  # fmt: skip
        [_actual_text(row) for _, row in progress.iterrows()],
        [why_no_bar(row) for _, row in progress.iterrows()],
    ]
    cells = [
        [_wrapped(text, width) for text in column]
        for column, width in zip(columns, _COLUMN_CHARACTERS, strict=True)
    ]
    lines = [max(cell.count("<br>") + 1 for cell in row) for row in zip(*cells, strict=True)]
    figure = go.Figure(
        go.Table(
            columnwidth=list(_COLUMN_CHARACTERS),
            header=dict(values=["target", "target value", "actual reported", "why no progress"], align="left",
                        fill_color="#e9ecef", font=dict(size=13)),
            cells=dict(values=cells, align="left", fill_color="white", font=dict(size=13), height=22),
        )
    )  # fmt: skip
    figure.update_layout(
        title=f"{title}<br><sup>{_wrapped(NO_BAR, 140)}</sup>",
        margin=dict(l=10, r=10, t=90, b=10),
        height=150 + 22 * sum(lines) + 12 * len(lines),
        font=dict(size=13),
    )
    return figure
