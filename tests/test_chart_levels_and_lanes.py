"""Series charts: a level at a moment is a point at its date, and a span that another covers
stays visible (seen on the dev store's Astana Hub and Taza participants charts)."""

from __future__ import annotations

import pandas as pd

from dashboard.fact_figures import fact_series, placed
from dashboard.figures import LAYOUT


def _facts(metric: str, rows: list[tuple[float, str | None, str, str | None]]) -> pd.DataFrame:
    """One metric's actual facts: (value, period start, period end, qualifier)."""
    n = len(rows)
    return pd.DataFrame(
        dict(metric_id=[metric] * n, label=["Series"] * n, category=[None] * n, kind=["actual"] * n,
             is_change=[False] * n, period_start=pd.to_datetime([r[1] for r in rows]),
             period_end=pd.to_datetime([r[2] for r in rows]), value=[r[0] for r in rows], unit=["count"] * n,
             qualifier=[r[3] for r in rows], sources=[1] * n,
             first_published_at=pd.to_datetime(["2025-06-01"] * n), item=[None] * n,
             sentence=[f"sentence {k}" for k in range(n)], period_basis=["sentence"] * n)
    )  # fmt: skip


HUB = [(2000.0, "2025-01-01", "2025-12-31", None), (1500.0, "2025-02-01", "2025-02-28", None),
       (1500.0, "2025-01-21", "2025-01-21", "more than")]  # fmt: skip


def test_a_level_reported_for_a_year_is_a_point_at_the_years_end() -> None:
    """'Participants increased to 2,000 last year' was a line across all of 2025, over the
    1,500 of its February, as if there were 2,000 all year: a count of what there is on a day
    (the catalog's [levels]) is a point at its period's end."""
    facts = placed(_facts("astana_hub.companies", HUB))
    assert not facts["is_span"].any()
    assert list(facts["at"]) == list(pd.to_datetime(["2025-12-31", "2025-02-28", "2025-01-21"]))
    figure = fact_series(_facts("astana_hub.companies", HUB), "Hub", LAYOUT)
    assert all(trace.mode == "markers+text" for trace in figure.data)
    hovers = [h for trace in figure.data for h in trace.hovertext if "2,000" in h]
    assert hovers and all("drawn at the end of its period" in h for h in hovers)


def test_a_total_over_a_period_stays_a_span() -> None:
    """Participants of a campaign over a year are a total over it, not a level: still a line."""
    assert placed(_facts("taza.participants", HUB[:1]))["is_span"].all()


TAZA = [(6.2e6, "2019-01-01", "2025-04-15", "more than"), (6.2e6, "2024-01-01", "2024-12-31", None),
        (2.4e6, "2019-01-01", "2023-12-31", None), (10.4e6, "2024-01-01", "2025-10-08", "more than")]  # fmt: skip


def _span_heights(figure) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Each span's drawn height by the first words of its hover."""
    return {
        hover.split("</b>")[0].removeprefix("<b>") + hover.split(" · ")[1]: y
        for trace in figure.data
        for y, hover in zip(trace.y, trace.hovertext, strict=True)
        if hover and trace.mode.startswith("lines")
    }


def test_a_span_inside_a_longer_one_at_the_same_value_is_drawn_apart_and_labelled() -> None:
    """'6.2 M · 2024' lay under the line of 'more than 6.2 M · 1 Jan 2019–15 Apr 2025', its label
    under that line: the shorter span is drawn a lane under it, its hover saying why, and keeps
    its label (or is listed under the chart)."""
    from dashboard.fact_figures import unlabelled

    figure = fact_series(_facts("taza.participants", TAZA), "Participants", LAYOUT)
    heights = _span_heights(figure)
    long, short = heights["more than 6,200,000period 1 Jan 2019–15 Apr 2025"], heights["6,200,000period 2024"]
    assert long == 6.2e6 and 5.9e6 < short < 6.2e6, heights
    assert heights["2,400,000period 2019–2023"] == 2.4e6  # nothing over it: at its value
    hovers = [h for trace in figure.data for h in trace.hovertext if h.startswith("<b>6,200,000</b>")]
    assert hovers and all("drawn just under its value" in h for h in hovers)
    labels = [t for trace in figure.data for t in trace.text if t.strip()]
    listed = set(unlabelled(_facts("taza.participants", TAZA))["figure"])
    assert any(t.startswith("6.2 M · 2024") for t in labels) or "6.2 M" in listed


def test_only_a_span_whose_line_is_mostly_hidden_steps_a_lane() -> None:
    """Spans 5 px apart both show (a line is 6 px wide): stepping them too drifted the trees
    chart's crowd near 1.5 B up to four lanes from their values; a span at the same height and of the
    same value steps."""
    from dashboard.fact_figures import _lane_steps

    index = pd.RangeIndex(3)
    spans = pd.Series([True, True, True], index=index)
    start, end = pd.Series([0.0, 10.0, 20.0], index=index), pd.Series([300.0, 200.0, 100.0], index=index)
    heights = pd.Series([100.0, 105.0, 100.0], index=index)
    values = pd.Series([6.2e6, 6.5e6, 6.2e6], index=index)
    assert list(_lane_steps(spans, start, end, heights, values)) == [0, 0, 1]
    # two different values drawn at one height keep it: the axis reads each as written
    assert list(
        _lane_steps(spans, start, end, heights, values.replace(6.2e6, 6.1e6).where(index < 2, 6.2e6))
    ) == [0, 0, 0]
