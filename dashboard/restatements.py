"""One figure reported twice is one mark: a report whose period is only inferred (or unstated)
folds into a report of the same figure whose sentence states a period holding it.

"1,500 participants" dated at its publication day, 5 Feb 2025, and "1,500 participants in
February 2025" are one figure: drawn apart they were two marks a few pixels from each other,
their labels ("1,500 · 5 Feb 2025", "1,500 · Feb 2025") over each other. Figures that differ in
anything but the period (value, unit, qualifier, kind, way, place, what they are about) stay
apart, and so do two stated periods: each is what its sentence says."""

from __future__ import annotations

from datetime import timedelta

import pandas as pd

from dashboard import format as fmt

# What must be equal for two reports to be one figure (besides the period).
SAME_FIGURE = ("about", "kind", "value", "unit", "qualifier", "is_change", "direction", "place")


def _key(row: pd.Series) -> tuple:
    return tuple("" if pd.isna(value := row.get(column)) else value for column in SAME_FIGURE)


def _period(row: pd.Series) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """A report's period as a span (end exclusive), also a level's drawn at its end ('1,500 in
    February': its February holds a report of 5 Feb); None for a day."""
    if row["is_span"]:
        return row["start"], row["end"]
    if row.get("level_at_end"):
        return pd.Timestamp(row["period_start"]), pd.Timestamp(row["period_end"]) + timedelta(days=1)
    return None


def _holds(stated: pd.Series, other: pd.Series) -> bool:
    """Whether the stated report's period holds the other's (a span or a day)."""
    holding, held = _period(stated), _period(other)
    if holding is not None:
        if held is not None:
            return bool(holding[0] <= held[0] and held[1] <= holding[1])
        return bool(holding[0] <= other["at"] < holding[1])
    return held is None and stated["at"] == other["at"]


def _report(row: pd.Series) -> str:
    """'05.02.2025 · Kazakhstan Today (its period inferred)': the folded report, for the hover."""
    published = "" if pd.isna(row.get("published_at")) else f"{row['published_at']:%d.%m.%Y}"
    return " · ".join(part for part in (published, fmt.publisher(row.get("source"))) if part) + (
        " (no period stated)" if row["undated"] else " (its period inferred)"
    )


def folded(facts: pd.DataFrame) -> pd.DataFrame:
    """`facts` (placed, with `about`) less each inferred or undated report that restates a stated
    one, whose `sources` count it and whose `also_reported` names it (see the module)."""
    if facts.empty:
        return facts
    doubtful = facts["inferred"] | facts["undated"]
    stated = {index: _key(row) for index, row in facts[~doubtful].iterrows()}
    sources = facts.get("sources", pd.Series(1, index=facts.index)).astype(int).copy()
    also: dict[object, list[str]] = {}
    dropped = []
    for index, row in facts[doubtful].iterrows():
        key = _key(row)
        home = next((s for s, k in stated.items() if k == key and _holds(facts.loc[s], row)), None)
        if home is not None:
            sources[home] += int(row.get("sources", 1))
            also.setdefault(home, []).append(_report(row))
            dropped.append(index)
    if not dropped:
        return facts
    out = facts.drop(index=dropped).assign(sources=sources.drop(index=dropped))
    return out.assign(also_reported=["; ".join(also.get(index, [])) for index in out.index])
