"""One number its articles date differently (the dev store's Taza events, seen by dash19): 183
"since the campaign began" (Russian, 15 Apr 2025), 183 "since 2019" (English, the same day) and
"in 2024 … from 62 to 183" (21 Jan 2025) were three marks with nothing saying they are one number.
The first two are one total told twice and are drawn once with both sources; the 2024 report dates
it otherwise, so it keeps its own mark and the chart says the number is drawn at two periods."""

from __future__ import annotations

import pandas as pd

from dashboard.fact_figures import fact_series
from dashboard.figures import LAYOUT


def _events(rows: list[tuple[float, str | None, str | None, str, str]]) -> pd.DataFrame:
    """Taza events: (value, period start, period end, period basis, published)."""
    n = len(rows)
    return pd.DataFrame(
        dict(metric_id=["taza.events"] * n, label=["Taza Kazakstan: events held"] * n, category=[None] * n,
             kind=["actual"] * n, is_change=[False] * n, direction=[None] * n,
             period_start=pd.to_datetime([r[1] for r in rows]), period_end=pd.to_datetime([r[2] for r in rows]),
             value=[r[0] for r in rows], unit=["count"] * n, place=[None] * n, qualifier=[None] * n,
             sources=[1] * n, first_published_at=pd.to_datetime([r[4] for r in rows]),
             published_at=pd.to_datetime([r[4] for r in rows]), item=["events"] * n,
             sentence=[f"sentence {k}" for k in range(n)], title=[f"article {k}" for k in range(n)],
             source=[None] * n, period_basis=[r[3] for r in rows])
    )  # fmt: skip


SINCE_START = (183.0, None, "2025-04-15", "sentence", "2025-04-15 13:04")
SINCE_2019 = (183.0, "2019-01-01", "2025-04-15", "sentence", "2025-04-15 08:15")
IN_2024 = (183.0, "2024-01-01", "2024-12-31", "sentence", "2025-01-21 15:21")


def _marks(figure) -> list[str]:  # type: ignore[no-untyped-def]
    """Each mark's hover (a span's start, middle and end are one mark: its distinct hovers)."""
    return list(dict.fromkeys(h for trace in figure.data for h in trace.hovertext if h))


def test_a_total_naming_no_first_day_is_drawn_once_with_the_report_to_the_same_day_naming_it() -> None:
    figure = fact_series(_events([SINCE_START, SINCE_2019]), "Events held", LAYOUT)
    (mark,) = _marks(figure)  # was two: "183 · by 15 Apr 2025" beside "183 · 1 Jan 2019–15 Apr 2025"
    assert "1 Jan 2019–15 Apr 2025" in mark and "2 articles" in mark
    assert "also reported 15.04.2025 (by 15 Apr 2025: no first day named)" in mark
    assert "One figure reported" not in figure.layout.title.text  # one period left: nothing to say


def test_totals_naming_no_first_day_stay_apart_from_a_report_ending_another_day_or_worth_less() -> None:
    other_day = (183.0, "2019-01-01", "2025-03-31", "sentence", "2025-04-01 10:00")
    assert len(_marks(fact_series(_events([SINCE_START, other_day]), "Events held", LAYOUT))) == 2
    # a period its sentence states is not folded into one only inferred
    inferred_home = (183.0, "2019-01-01", "2025-04-15", "context", "2025-04-15 08:15")
    assert len(_marks(fact_series(_events([SINCE_START, inferred_home]), "Events held", LAYOUT))) == 2
    other_value = (184.0, "2019-01-01", "2025-04-15", "sentence", "2025-04-15 08:15")
    assert len(_marks(fact_series(_events([SINCE_START, other_value]), "Events held", LAYOUT))) == 2


def test_one_number_drawn_at_two_periods_is_named_under_the_title_in_every_download() -> None:
    figure = fact_series(_events([SINCE_START, SINCE_2019, IN_2024]), "Events held", LAYOUT)
    assert len(_marks(figure)) == 2  # each period as its articles date it: never added, none dropped
    title = figure.layout.title.text
    assert title.startswith("Events held<br><sup>One figure reported for more than one period")
    assert title.endswith("<br><sup>183 (events): 2024; 1 Jan 2019–15 Apr 2025</sup>")
    # the plot keeps its height: the two subtitle lines are added above it
    plain = fact_series(_events([SINCE_2019]), "Events held", LAYOUT)
    assert figure.layout.height - figure.layout.margin.t == plain.layout.height - plain.layout.margin.t
