"""Every exported chart, drawn by plotly.js in Chromium, checked from plotly.js's own computed
layout (`gd._fullLayout`, `gd._fullData`): one mark per fact, nothing stacked but counts, no
axis zoomed into nonsense. On the sample store and on a store of several varied pages."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pandas as pd
import pytest
from playwright.sync_api import Page, sync_playwright
from typer.testing import CliRunner

from bench.synthetic_pages import PageWriter
from dashboard.cli import app
from etl.pipeline.refresh import refresh
from tests.conftest import SAMPLE_OBSERVED_AT, SAMPLE_PAGE
from tests.streamlit_server import launch_chromium

DAY_MS = 86_400_000
MIN_VALUE_SPAN = 1e-4  # a value axis spans at least 0.01 % of its largest value

# What plotly.js computed for the chart in the page: its axes (type and linearised range),
# its bar traces (orientation and positions), its barmode and the figure's own meta.
READ_LAYOUT = """() => {
    const gd = document.querySelector('.plotly-graph-div');
    const layout = gd._fullLayout;
    const axes = Object.keys(layout).filter(k => /^[xy]axis\\d*$/.test(k)).map(k => {
        const ax = layout[k];
        return {name: k, type: ax.type, visible: ax.visible, range: ax.range.map(v => ax.r2l(v))};
    });
    const bars = gd._fullData.filter(t => t.type === 'bar' && t.visible !== false).map(t => ({
        name: t.name, orientation: t.orientation,
        positions: (t.orientation === 'h' ? t.y : t.x).map(v => String(v)),
    }));
    const lines = gd._fullData.filter(t => t.type === 'scatter' && t.mode && t.mode.includes('lines')).map(t => ({
        name: t.name, dash: t.line.dash, opacity: t.opacity, kind: (t.legendgroup || '').split('|')[1] || null,
    }));
    const faded = gd._fullData.filter(t => t.type === 'scatter' && t.opacity < 1).map(t => t.name);
    return {axes, bars, lines, faded, barmode: layout.barmode, meta: layout.meta || null, traces: gd._fullData.length};
}"""


def _problems(name: str, drawn: dict) -> list[str]:
    problems = []
    counts = (drawn["meta"] or {}).get("chart") == "counts"
    for bar in drawn["bars"]:
        repeated = {p for p in bar["positions"] if bar["positions"].count(p) > 1}
        if repeated and not counts:
            problems.append(f"{name}: two bars of series {bar['name']!r} at {sorted(repeated)[:3]}")
    if drawn["bars"] and drawn["barmode"] in ("stack", "relative") and not counts:
        problems.append(f"{name}: a value chart with barmode {drawn['barmode']}")
    # A span whose period its sentence does not state is faded, and only such a span; a plan's,
    # a target's or a forecast's is dotted, and only such a span.
    problems += [
        f"{name}: span {line['name']!r} drawn with opacity {line.get('opacity')}"
        for line in drawn.get("lines", [])
        if (line.get("opacity", 1) < 1) != line["name"].endswith(("(period inferred)", "(undated)"))
    ]
    problems += [
        f"{name}: span {line['name']!r} of kind {line.get('kind')} drawn {line['dash']}"
        for line in drawn.get("lines", [])
        if line.get("kind") and (line["dash"] == "dot") != (line["kind"] != "actual")
    ]
    for axis in drawn["axes"]:
        if not axis["visible"]:
            continue
        low, high = axis["range"]
        if axis["type"] == "date" and abs(high - low) < DAY_MS:
            problems.append(f"{name}: {axis['name']} spans {abs(high - low) / 3.6e6:.3f} hours")
        if axis["type"] == "log":
            low, high = 10**low, 10**high
        if axis["type"] in ("linear", "log") and abs(high - low) < MIN_VALUE_SPAN * max(abs(low), abs(high)):
            problems.append(f"{name}: {axis['name']} runs from {low!r} to {high!r}")
    return problems


def _check_exported_charts(db: Path, out: Path) -> tuple[list[str], dict[str, int]]:
    result = CliRunner().invoke(
        app, ["export", "charts", "--format", "html", "--out", str(out), "--db", str(db)]
    )
    assert result.exit_code == 0, result.output
    files = sorted(out.rglob("*.html"))
    assert files
    problems: list[str] = []
    seen = {"charts": 0, "date axes": 0, "value axes": 0, "bar series": 0, "faded marks": 0}
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page: Page = browser.new_page()
        for file in files:
            page.goto(file.as_uri())
            page.wait_for_function("() => document.querySelector('.plotly-graph-div')?._fullLayout")
            drawn = page.evaluate(READ_LAYOUT)
            problems += _problems(file.stem, drawn)
            seen["charts"] += 1
            visible = [a for a in drawn["axes"] if a["visible"]]
            seen["date axes"] += sum(a["type"] == "date" for a in visible)
            seen["value axes"] += sum(a["type"] in ("linear", "log") for a in visible)
            seen["bar series"] += len(drawn["bars"])
            seen["faded marks"] += len(drawn["faded"])
        browser.close()
    return problems, seen


@pytest.fixture(scope="module")
def varied_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample page and five synthetic pages (varied figures and periods, the same facts
    reported in several articles), captured at three different times (growth between them)."""
    folder = tmp_path_factory.mktemp("varied")
    db = folder / "store.duckdb"
    inbox = folder / "pages"
    inbox.mkdir()
    shutil.copy(SAMPLE_PAGE, inbox / SAMPLE_PAGE.name)
    assert refresh(db, [inbox], observed_at=SAMPLE_OBSERVED_AT).exit_code == 0
    writer = PageWriter(seed=3)
    for capture in range(3):
        when = datetime(2025, 1, 20, 9) + timedelta(days=capture * 3)
        for number in range(2):
            text = writer.page(100 * capture + 10 * number, 8, when - timedelta(hours=number * 5))
            (inbox / f"synthetic_{capture}_{number}.txt").write_text(text, encoding="utf-8")
        assert refresh(db, [inbox], observed_at=when + timedelta(days=1)).exit_code == 0
    return db


def test_exported_charts_of_the_sample_store_are_honest(sample_store: Path, tmp_path: Path) -> None:
    problems, seen = _check_exported_charts(sample_store, tmp_path)
    assert not problems, problems
    assert seen["charts"] >= 20 and seen["date axes"] >= 8 and seen["bar series"] >= 5, seen
    # the sample's "more than 15 thousand events", told as done under a plan year: no period stated (+carry18)
    assert seen["faded marks"] >= 1, seen


def test_exported_charts_of_varied_pages_are_honest(varied_store: Path, tmp_path: Path) -> None:
    problems, seen = _check_exported_charts(varied_store, tmp_path)
    assert not problems, problems
    assert seen["charts"] >= 20 and seen["date axes"] >= 8 and seen["bar series"] >= 5, seen


def test_the_checks_catch_a_stacked_sum_and_a_zoomed_axis() -> None:
    """The checks themselves: the old Astana Hub chart (two facts stacked in one series) and
    the old venture-fund chart (one fact, axes zoomed to a billionth and a millisecond)."""
    stacked = {"meta": None, "barmode": "stack", "axes": [],
               "bars": [{"name": "actual", "orientation": "v", "positions": ["2025-01-21", "2025-01-21"]}]}  # fmt: skip
    zoomed = {"meta": None, "barmode": "group", "bars": [], "axes": [
        {"name": "xaxis", "type": "date", "visible": True, "range": [1.7356895999995e12, 1.7356896000005e12]},
        {"name": "yaxis", "type": "linear", "visible": True, "range": [999_999_999.0, 1_000_000_001.0]}]}  # fmt: skip
    assert len(_problems("astana", stacked)) == 2
    assert len(_problems("venture", zoomed)) == 2
    solid = {"meta": None, "barmode": "group", "bars": [], "axes": [],
             "lines": [{"name": "events · actual (period inferred)", "dash": "solid", "opacity": 1, "kind": "actual"},
                       {"name": "events · actual", "dash": "solid", "opacity": 0.45, "kind": "actual"},
                       {"name": "events · plan", "dash": "solid", "opacity": 1, "kind": "plan"},
                       {"name": "events · actual", "dash": "dot", "opacity": 1, "kind": "actual"}]}  # fmt: skip
    # a basis ignored, a stated span faded, a plan drawn as an actual, an actual as a plan
    assert len(_problems("events", solid)) == 4


def _crowded_series(n: int) -> pd.DataFrame:
    """n reported facts of one metric, a few hundred thousand to two billion (a log axis), over
    2019-2026: the shape of the trees series, many facts at nearby values and dates."""
    values = [2e9, 1.5e9, 1.45e9, 1.4e9, 1.37e9, 1.2e9, 839.5e6, 372.7e6, 370e6, 282e6, 160e6, 138e6,
              100e6, 8e6, 5e6, 2.4e6, 2.0e6, 1.6e6, 6e5, 3e5, 180e3, 120e3, 74.1e3, 60e3][:n]  # fmt: skip
    years = [2019 + k % 8 for k in range(n)]
    return pd.DataFrame(
        dict(metric_id=["taza.trees_planted"] * n, label=["Trees"] * n, category=[None] * n,
             kind=["actual"] * n, is_change=[False] * n,
             period_start=pd.to_datetime([f"{y}-01-01" for y in years]),
             period_end=pd.to_datetime([f"{y}-12-31" for y in years]), value=values, unit=["count"] * n,
             sources=[1] * n, first_published_at=pd.to_datetime([f"{y + 1}-01-20" for y in years]),
             item=["trees" if k % 2 else "seedlings" for k in range(n)],
             sentence=[f"sentence {k}" for k in range(n)], period_basis=["sentence"] * n)
    )  # fmt: skip


def test_a_crowded_fact_series_gets_room_to_label_most_of_its_facts() -> None:
    """24 facts on a log axis were drawn in a chart sized for a few (9 labels here, 10 of the 24
    trees facts of the review store), the rest left to the hover; a taller chart for many facts
    draws most of them (label_placed still never draws two over each other)."""
    from dashboard.fact_figures import fact_series
    from dashboard.figures import LAYOUT

    figure = fact_series(_crowded_series(24), "Trees", LAYOUT)
    labelled = sum(1 for trace in figure.data for text in trace.text if text and text.strip())
    assert figure.layout.yaxis.type == "log"
    assert labelled > 24 / 2, labelled  # 9 in a chart of the fewer facts' height
    few = fact_series(_crowded_series(4), "Trees", LAYOUT)
    assert few.layout.height < figure.layout.height <= 1000


def test_the_legend_hangs_the_same_distance_under_a_short_and_a_tall_fact_chart() -> None:
    """The legend's offset was a share of the plot's height, so a chart made taller for many facts
    would leave a wide gap above its legend."""
    from dashboard.fact_figures import fact_series
    from dashboard.figures import LAYOUT

    gaps = []
    for n in (4, 24):
        layout = fact_series(_crowded_series(n), "Trees", LAYOUT).layout
        plot = layout.height - layout.margin.t - layout.margin.b
        gaps.append(-layout.legend.y * plot)
    assert gaps[0] == pytest.approx(gaps[1], abs=2) and 50 < gaps[0] < 100, gaps


def _twice_crowded() -> pd.DataFrame:
    """The 24 crowded facts beside 24 more of the other item, 8 % above them: 48 marks too close
    to all be labelled (the dev store's trees chart leaves 13 of its 30 unlabelled)."""
    each = _crowded_series(24)
    others = each.assign(value=(each["value"] * 1.08).round(), sentence=each["sentence"] + " again",
                         item=each["item"].map({"trees": "seedlings"}).fillna("trees"))  # fmt: skip
    return pd.concat([each, others], ignore_index=True)


def test_every_figure_a_crowded_chart_leaves_unlabelled_is_listed_under_it() -> None:
    """A crowded series left some values in the hover only; each figure without a label is
    listed as written, one row per mark, never summed."""
    from collections import Counter

    from dashboard import format as fmt
    from dashboard.fact_figures import fact_series, unlabelled
    from dashboard.figures import LAYOUT

    facts = _twice_crowded()
    figure = fact_series(facts, "Trees", LAYOUT)
    # a mark is its hover (a span's three points share one); labelled when any of its points is
    labelled: dict[str, bool] = {}
    for trace in figure.data:
        for text, hover in zip(trace.text, trace.hovertext, strict=True):
            if hover:
                labelled[hover] = labelled.get(hover, False) or bool(text.strip())
    hover_only = Counter(
        hover.split("</b>")[0].removeprefix("<b>") for hover, shown in labelled.items() if not shown
    )
    table = unlabelled(facts)
    assert len(labelled) == len(facts) and 0 < len(table) < len(facts)
    # written as the chart's labels write them ("1.45 B"), the hover giving them in full
    assert Counter(table["figure"]) == Counter(
        fmt.figure(float(h.replace(",", "")), "count") for h in hover_only.elements()
    )
    assert list(table.columns) == ["figure", "period", "kind", "counts", "period basis", "article"]
    values = table["figure"].map(_compact_value)
    assert values.is_monotonic_decreasing  # top of the chart first


def _compact_value(text: str) -> float:
    """'1.45 B' -> 1.45e9, '74,100' -> 74100.0: a compact figure read back, to check an order."""
    number, _, scale = text.partition(" ")
    return float(number.replace(",", "")) * {"": 1, "M": 1e6, "B": 1e9}[scale]


def test_a_table_under_a_chart_writes_its_figures_as_the_charts_labels_do() -> None:
    """Taza's unlabelled tables wrote "2,000,000,000" where the chart's labels say "2 B": one
    page writes one figure one way (the exact value is in its mark's hover)."""
    from dashboard.fact_figures import unlabelled

    table = unlabelled(_twice_crowded())
    assert not table["figure"].str.contains(r"\d{1,3},\d{3},\d{3}").any(), list(table["figure"])
    assert table["figure"].str.endswith((" B", " M")).any()


def _crowded_chart_app() -> None:
    """A page showing the 48-fact trees chart as the Taza page shows a series (AppTest runs it)."""
    from dashboard import figures
    from dashboard.chart import Chart
    from dashboard.components import show_chart
    from tests.test_chart_layout import _twice_crowded

    facts = _twice_crowded()
    show_chart(Chart("taza-trees-planted", "taza", "Trees", figures.metric_series(facts, "Trees"), facts,
                     unlabelled=figures.metric_series_unlabelled(facts)))  # fmt: skip


def test_a_series_chart_lists_its_unlabelled_figures_in_a_table_under_it() -> None:
    from streamlit.testing.v1 import AppTest

    app = AppTest.from_function(_crowded_chart_app, default_timeout=60).run()
    assert not app.exception
    (table,) = app.dataframe
    # (the first caption may be the image buttons' note: AppTest starts no image browser)
    assert any(
        c.value.startswith(f"{len(table.value)} figures of the chart have no label there")
        for c in app.caption
    )
    assert len(table.value) > 0 and table.value["figure"].str.match(r"^[\d,.]+( [MB])?$").all()


@pytest.mark.parametrize(
    ("label", "shown"),
    [
        ("IT services exports: target (exports of IT services, by 2026)",
         "IT services exports: target (exports of IT…, by 2026)"),
        ("Greening: saxaul plantations on the dried Aral Sea bed (2021–2024)",
         "Greening: saxaul plantations on the dried Aral… (2021–2024)"),
        ("Taza Kazakstan: trees and seedlings planted (trees, by 2027)",
         "Taza Kazakstan: trees and seedlings planted (trees, by 2027)"),
    ],
)  # fmt: skip
def test_a_long_bar_label_is_shortened_at_a_words_end_keeping_its_period(label: str, shown: str) -> None:
    from dashboard.figures import _short

    assert _short(label) == shown


def test_a_views_history_legend_stands_below_its_axis_title_at_a_900_px_window(tmp_path: Path) -> None:
    """dash24: at a 900 px window (a chart ~440 px wide) the legend, at y=-0.2, was drawn over
    "captured (Kazakhstan time)", which the date axis's two-line ticks push down."""
    from dashboard.figures import views_history

    first, second = pd.Timestamp(2025, 2, 3, 12), pd.Timestamp(2025, 2, 4, 12)
    history = pd.DataFrame({"observed_at": [first, first, second], "views": [900, 8800, 9100],
                            "placement": ["main", "related", "main"], "page_id": ["a", "b", "c"]})  # fmt: skip
    figure = views_history(history)
    figure.update_layout(width=440)
    page_file = tmp_path / "views.html"
    figure.write_html(page_file, include_plotlyjs=True, full_html=True)
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = browser.new_page(viewport={"width": 500, "height": 700})
        page.goto(page_file.as_uri())
        page.wait_for_selector(".legend", state="attached", timeout=30_000)
        boxes = page.evaluate("""() => ['.g-xtitle', '.legend'].map(s => {
            const r = document.querySelector(s).getBoundingClientRect(); return [r.top, r.bottom]; })""")
        browser.close()
    (title_top, title_bottom), (legend_top, legend_bottom) = boxes
    assert title_bottom <= legend_top, boxes
