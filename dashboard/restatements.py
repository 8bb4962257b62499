"""One figure reported twice is one mark: a report whose period is only inferred (or unstated)
folds into a report of the same figure whose sentence states a period holding it.

"1,500 participants" dated at its publication day, 5 Feb 2025, and "1,500 participants in
February 2025" are one figure: drawn apart they were two marks a few pixels from each other,
their labels ("1,500 · 5 Feb 2025", "1,500 · Feb 2025") over each other. So does a total whose
sentence names no first day ("since the campaign began, 183 events", by the day it was told) into
one of the same figure to the same day that names it ("since 2019, 183 campaigns", 2019–that day):
one total told twice, drawn as "183 · by 15 Apr 2025" beside "183 · 2019–15 Apr 2025". Figures
that differ in anything but the period (value, unit, qualifier, kind, way, place, what they are
about) stay apart, and so do other stated periods: each is what its sentence says (`reported_apart`
names a figure drawn at more than one)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pandas as pd

from dashboard import format as fmt

# What must be equal for two reports to be one figure (besides the period).
SAME_FIGURE = ("about", "kind", "value", "unit", "qualifier", "is_change", "direction", "place")


def _keys(facts: pd.DataFrame) -> list[tuple]:
    """Each row's SAME_FIGURE values ('' for a missing one or column), in order, read column by
    column: a row-wise apply over a series page's wide frames was most of `reported_apart`'s time."""
    columns = [
        [value if not pd.isna(value) else "" for value in facts[column].tolist()]
        if column in facts
        else [""] * len(facts)
        for column in SAME_FIGURE
    ]
    return list(zip(*columns, strict=True)) if len(facts) else []


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


def _no_first_day(row: pd.Series) -> bool:
    """A period that ends on a day and names no first one ("since the campaign began": by then)."""
    return bool(pd.isna(row["period_start"]) and pd.notna(row["period_end"]))


def _same_end_named_start(stated: pd.Series, other: pd.Series) -> bool:
    """Whether the stated report names a first day and ends where the other, which names none, does."""
    return bool(pd.notna(stated["period_start"]) and stated["period_end"] == other["period_end"])


def _report(row: pd.Series) -> str:
    """'05.02.2025 · Kazakhstan Today (its period inferred)': the folded report, for the hover."""
    published = "" if pd.isna(row.get("published_at")) else f"{row['published_at']:%d.%m.%Y}"
    if row["undated"]:
        how = "no period stated"
    elif row["inferred"]:
        how = "its period inferred"
    else:
        how = f"{fmt.period(row['period_start'], row['period_end'])}: no first day named"
    return (
        " · ".join(part for part in (published, fmt.named_publisher(row.get("source"))) if part) + f" ({how})"
    )


def _fold(facts: pd.DataFrame, restates: Callable[[pd.Series, pd.Series], bool]) -> pd.DataFrame:
    """`facts` less each report that `restates(home, report)` says restates another one of the
    same figure (`_keys`), whose `sources` count it and whose `also_reported` names it. A report
    that a later one restates is kept: no figure is folded into a report that is itself folded."""
    keys = dict(zip(facts.index, _keys(facts), strict=True))
    sources = facts.get("sources", pd.Series(1, index=facts.index)).astype(int).copy()
    also: dict[object, list[str]] = {
        index: [text] for index, text in facts.get("also_reported", pd.Series(dtype=object)).items() if text
    }
    dropped: list[object] = []
    # each row read once, as a dict: a `.loc` Series of a wide row per candidate was most of the fold
    rows = dict(zip(facts.index, facts.to_dict("records"), strict=True))
    for index, row in rows.items():
        home = next((other for other, key in keys.items() if key == keys[index] and other != index
                     and other not in dropped and restates(rows[other], row)), None)  # fmt: skip
        if home is None:
            continue
        sources[home] += int(sources[index])
        also.setdefault(home, []).extend([_report(row), *also.pop(index, [])])
        dropped.append(index)
    if not dropped:
        return facts
    out = facts.drop(index=dropped).assign(sources=sources.drop(index=dropped))
    return out.assign(also_reported=["; ".join(also.get(index, [])) for index in out.index])


def _restates_stated(stated: pd.Series, other: pd.Series) -> bool:
    """An inferred or undated report restating a stated one whose period holds it."""
    return bool(
        (other["inferred"] or other["undated"])
        and not (stated["inferred"] or stated["undated"])
        and _holds(stated, other)
    )


def _restates_with_first_day(named: pd.Series, other: pd.Series) -> bool:
    """A total naming no first day restating one to the same day that names it, found as directly
    (a stated one into a stated one; an inferred one into either)."""
    return bool(
        _no_first_day(other)
        and not named["undated"]
        and (other["inferred"] or not named["inferred"])
        and _same_end_named_start(named, other)
    )


def folded(facts: pd.DataFrame) -> pd.DataFrame:
    """`facts` (placed, with `about`) less each inferred or undated report that restates a stated
    one, then each one naming no first day that restates one to the same day naming it; the
    report kept counts them in `sources` and names them in `also_reported` (see the module)."""
    if facts.empty:
        return facts
    return _fold(_fold(facts, _restates_stated), _restates_with_first_day)


def _period_words(row: pd.Series) -> str:
    """'2024', '1 Jan 2019–15 Apr 2025', '2025 (inferred)', 'undated': a report's period as drawn."""
    if row["undated"]:
        return "undated"
    return fmt.period(row["period_start"], row["period_end"]) + (" (inferred)" if row["inferred"] else "")


# What `reported_apart` reads of a report: iterrows over a wide frame's rows cost more than the rest
_APART_COLUMNS = (*SAME_FIGURE, "period_start", "period_end", "undated", "inferred")


def reported_apart(facts: pd.DataFrame) -> list[str]:
    """One line per figure `facts` (folded) still draws at more than one period, its periods as
    drawn, earliest end first: "183 (events): 2024; 1 Jan 2019–15 Apr 2025". Its reports date it differently, so it is
    drawn at each, as each dates it (never added, none dropped); the line tells a reader that the
    marks are one number, which may be one figure dated two ways."""
    lines = []
    rows_of: dict[tuple, list[int]] = {}  # each figure's rows, figures in order of first row
    for position, key in enumerate(_keys(facts)):
        rows_of.setdefault(key, []).append(position)
    for positions in rows_of.values():
        if len(positions) < 2:  # one report, one period: most figures, and no line
            continue
        group = facts.iloc[positions][[column for column in _APART_COLUMNS if column in facts]]
        in_time = group.sort_values(["period_end", "period_start"], na_position="last", kind="stable")
        periods = list(dict.fromkeys(_period_words(row) for _, row in in_time.iterrows()))
        if len(periods) < 2:
            continue
        row = group.iloc[0]
        figure = fmt.reported(row["value"], row["unit"], row.get("qualifier"), row.get("is_change"),
                              row.get("direction"), compact=abs(row["value"]) >= 1e6)  # fmt: skip
        about = f" ({row['about']})" if isinstance(row.get("about"), str) and row["about"] else ""
        lines.append(f"{figure}{about}: {'; '.join(periods)}")
    return lines
