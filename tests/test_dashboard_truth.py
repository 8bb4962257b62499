"""What the charts and tables may show: one mark per reported fact, rates only where they mean
something, gains only between captures, and tables without "None"/"nan"."""

from __future__ import annotations

import shutil
from datetime import date, datetime, timedelta
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest
from streamlit.testing.v1 import AppTest

from dashboard import charts, figures
from dashboard import format as fmt
from dashboard import queries as q
from dashboard.chart import Chart
from dashboard.fact_figures import placed as place
from dashboard.queries import Filters, Store
from etl.pipeline.refresh import refresh
from tests.conftest import DISAGREEING_FIGURES
from tests.test_mixed_language import mixed_store  # noqa: F401  (the store fixture)

APP = str(Path(__file__).resolve().parent.parent / "dashboard" / "app.py")


@pytest.fixture()
def store(sample_store: Path) -> Store:
    return Store.open(sample_store)


def _chart(store: Store, name: str) -> Chart:
    (chart,) = [c for c in charts.all_charts(store, Filters()) if c.name == name]
    return chart


def test_astana_hub_companies_and_foreign_ones_are_two_marks_at_their_own_values(store: Store) -> None:
    figure = _chart(store, "astana-hub-companies").figure
    marks = [(trace.name, list(trace.y)) for trace in figure.data]
    assert sorted(y for _, (y,) in marks) == [400, 1500]  # not one bar of 1,900
    assert len({name for name, _ in marks}) == 2  # told apart: companies vs foreign participants
    assert figure.layout.barmode is None


def test_trees_planted_2021_2024_keeps_each_reported_figure_as_its_own_span(store: Store) -> None:
    chart = _chart(store, "taza-trees-planted")
    # A span trace holds start, middle, end and a gap per fact.
    spans = [(t.x[n], t.y[n], t.x[n + 2]) for t in chart.figure.data if t.mode == "lines+markers+text"
             for n in range(0, len(t.x), 4)]  # fmt: skip
    values = sorted(
        y for start, y, end in spans if start.startswith("2021-01-01") and end.startswith("2025-01-01")
    )
    assert values == [1.1e6, 1.2e7, 1.1e9]  # three facts, never 1.1 B + 12 M + 1.1 M
    assert len(spans) == len(chart.data) - 1  # every fact but the target is its own span
    target = [t for t in chart.figure.data if t.marker.symbol == "star"]
    assert [(t.x[0][:10], t.y[0]) for t in target] == [("2027-12-31", 2e9)]  # at its deadline
    assert chart.figure.layout.yaxis.type == "log"  # 1.1 M and 2 B on one axis, both visible
    assert chart.figure.layout.yaxis.title.text.endswith("(log scale)")  # its equal steps are tenfold


def test_a_log_axis_writes_its_powers_of_ten_as_the_marks_labels_write_figures(store: Store) -> None:
    # review13: Plotly's own log ticks read "1000" under "10k" (Taza events) and "1M" beside
    # mark labels such as "1.1 M"; the ticks are powers of ten written as figures are
    axis = _chart(store, "taza-trees-planted").figure.layout.yaxis
    labels = dict(zip(axis.tickvals, axis.ticktext, strict=True))
    assert labels[1e6] == "1 M" and labels[1e9] == "1 B"  # as "1.1 M" and "1.1 B" are labelled
    assert list(axis.ticktext) == [
        fmt.figure(value, "count") for value in axis.tickvals
    ]  # "1,000", not "1000"
    assert all(value == 10 ** round(np.log10(value)) for value in axis.tickvals)  # no 2, 3, 4 … between


def test_a_series_of_one_fact_is_a_card_with_its_sentence_and_source(store: Store) -> None:
    venture = _chart(store, "venture-fund-target-usd")
    assert venture.card and len(venture.data) == 1
    fact = venture.data.iloc[0]
    assert "Venture Fund" in fact["sentence"] and fact["source"] == "primeminister.kz"
    text = venture.figure.layout.annotations[0].text
    assert "$1,000,000,000" in text and "by 2025" in text and "URL not recorded" in text
    assert not venture.figure.layout.xaxis.visible  # no axis to zoom into


def test_a_downloaded_fact_card_writes_the_figure_as_the_app_card_does_with_the_exact_value_below(
    store: Store,
) -> None:
    """The app's card says "$1 B" (dash18); its PNG/SVG said "$1,000,000,000" in large type."""
    text = _chart(store, "venture-fund-target-usd").figure.layout.annotations[0].text
    headline, exact = text.split("<br>")[:2]
    assert headline == "<span style='font-size:26px'><b>$1 B</b></span>"
    assert exact == "<span style='font-size:12px'>exactly $1,000,000,000</span>"


def test_a_downloaded_fact_card_whose_figure_is_short_writes_it_once() -> None:
    row = pd.Series({"value": 24.0, "unit": "%", "qualifier": None, "is_change": False, "kind": "actual",
                     "period_start": date(2024, 1, 1), "period_end": date(2024, 6, 30), "sentence": "It rose.",
                     "title": "A story", "published_at": datetime(2024, 7, 1), "source": None})  # fmt: skip
    text = figures.metric_series(pd.DataFrame([row]), "Growth").layout.annotations[0].text
    assert "exactly" not in text and text.count("24 %") == 1


def test_page_text_in_chart_labels_is_escaped_for_plotly() -> None:
    frame = pd.DataFrame({"title": ["<a href='http://x'>A</a>", "<a href='http://x'>A</a>"], "views": [5, 3]})
    figure = figures.top_articles(frame)
    labels = list(figure.data[0].y)
    assert all("<a" not in label and "&lt;a" in label for label in labels)
    assert len(set(labels)) == 2  # same title twice: two bars, not one on top of the other


def test_a_most_read_bar_says_the_articles_age_at_its_count_and_when_it_was_counted() -> None:
    # The dev store's most-read were 14-month-old stories (~185,000) above March's (~68,000): a
    # count with no age read as the more-read story
    frame = pd.DataFrame({"title": ["Old story", "New story"], "views": [185_000, 68_000],
                          "days_since_publication": [444.2, 0.25],
                          "published_at": pd.to_datetime(["2025-01-21 13:26", "2026-04-10 06:00"]),
                          "observed_at": pd.to_datetime(["2026-04-10 12:00", "2026-04-10 12:00"])})  # fmt: skip
    bars = figures.top_articles(frame).data[0]
    assert list(bars.text) == ["68,000 · 6 h old", "185,000 · 444 days old"]  # largest on top
    assert "published 21.01.2025 13:26, counted 10.04.2026 12:00 (Kazakhstan time)" in bars.hovertext[1]
    # the top bar is the oldest story's count, not "the most-read story": the title says so
    title = figures.top_articles(frame).layout.title.text
    assert not title.startswith("Most-read")
    assert "<sup>Not a most-read ranking: counted from 6 h to 444 days after publication" in title


def test_most_read_says_when_its_counts_were_captured(store: Store) -> None:
    # beside "Latest refresh: 27.11.2026" the dev store's counts, captured 10–11 April, read as today's
    top = q.readership(store, Filters(), limit=10)
    title = figures.top_articles(top).layout.title.text
    assert title.startswith("Highest view counts (views at the latest snapshot, captured ")
    days = sorted({f"{moment:%d.%m.%Y}" for moment in top["observed_at"]})
    assert days[0] in title and days[-1] in title and "Kazakhstan time" in title
    two_days = pd.DataFrame(
        {
            "title": ["A", "B"],
            "views": [5, 3],
            "observed_at": pd.to_datetime(["2026-04-10 12:00", "2026-04-11 12:00"]),
        }
    )
    assert (
        "captured 10.04.2026–11.04.2026, Kazakhstan time)" in figures.top_articles(two_days).layout.title.text
    )


def test_views_per_day_leave_out_articles_under_a_day_old(store: Store) -> None:
    ranked = q.readership(store, Filters(), order_by="views_per_day")
    everything = q.readership(store, Filters())
    young = everything[everything["days_since_publication"] < 1]
    assert len(young) == q.readership_younger_than_a_day(store, Filters()) == 2
    assert set(ranked["article_id"]).isdisjoint(young["article_id"])
    assert young["views_per_day"].isna().all()  # no rate shown for them anywhere
    assert (ranked["days_since_publication"] >= 1).all() and len(ranked) == len(everything) - 2


def test_two_counts_of_one_capture_are_not_a_gain_and_no_gain_means_no_chart(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    page = tmp_path / "one.txt"
    # Story X twice on one page (a block and the Most viewed list) with two counts: one capture.
    page.write_text(
        "01.02.2025, 10:00 50\nStory X\nMost viewed\n01.02.2025, 10:00 90Story X\n", encoding="utf-8"
    )
    refresh(db, [page], observed_at=datetime(2025, 2, 3, 12, 0))
    store = Store.open(db)
    assert q.readership(store, Filters())["views"].tolist() == [90]
    assert q.readership_growth(store, Filters()).empty
    assert "readership-growth" not in [c.name for c in charts.readership(store, Filters())]
    # The next capture counts 100: a gain of 10 over the first capture's highest count (90), even
    # though the two counts of the first capture differ by more (40).
    later = tmp_path / "two.txt"
    later.write_text("01.02.2025, 10:00 100\nStory X\n", encoding="utf-8")
    refresh(db, [later], observed_at=datetime(2025, 2, 4, 12, 0))
    growth = q.readership_growth(Store.open(db), Filters())
    assert growth[["previous_views", "views", "hours_between"]].values.tolist() == [[90, 100, 24.0]]


def test_the_whole_store_compares_its_latest_full_week_with_the_week_before_not_a_period_never_stored(
    store: Store,
) -> None:
    # The default range is the whole store, so the previous period of its length lies wholly before
    # its first article: a comparison with nothing read. The sample's 43 days (23.12.2024–03.02.2025)
    # hold no two full months: its latest full week is set against the week before, both read.
    (comparison,) = [
        c for c in charts.readership(store, Filters()) if c.name == "readership-period-comparison"
    ]
    data = comparison.data
    assert data["period"].tolist() == ["latest full week", "week before"]
    assert [(f"{a:%d.%m}", f"{b:%d.%m}") for a, b in zip(data["date_from"], data["date_to"], strict=True)] == [
        ("27.01", "02.02"), ("20.01", "26.01")]  # fmt: skip
    assert data["stored"].tolist() == ["whole", "whole"]
    assert data["articles"].min() > 0 and all(None not in trace.y for trace in comparison.figure.data)
    assert not [a for a in comparison.figure.layout.annotations if a.text == "not in the store"]
    title = comparison.figure.layout.title.text
    assert comparison.title == "The week of 27.01.2025 against the week of 20.01.2025"
    assert title.startswith(comparison.title) and "the store's first article" in title
    assert "latest full week (Monday to Sunday) of the chosen period against the week before" in title
    assert comparison.figure.layout.barmode != "stack" and len(comparison.figure.data) == 2
    # latest counts at unequal ages: the panel says so, or fewer views would read as fewer readers
    assert any(
        a.text.replace("<br>", " ") == "Views (latest counts, at unequal ages)"
        for a in comparison.figure.layout.annotations
    )


def test_the_period_comparisons_panel_titles_do_not_run_into_each_other_at_900_px(store: Store) -> None:
    # dash24: at a 900 px window "Articles with a view count" ran into "Views (latest counts, at
    # unequal ages)": each title's half must end before the panels' centres meet
    from dashboard.bar_labels import NARROWEST_PLOT
    from dashboard.fact_figures import text_width

    (comparison,) = [
        c for c in charts.readership(store, Filters()) if c.name == "readership-period-comparison"
    ]
    layout = comparison.figure.layout
    titles = [a for a in layout.annotations if a.yref == "paper" and a.y == 1.0]
    assert len(titles) == 2

    def widest(title: go.layout.Annotation) -> float:  # px of its longest line at its font
        size = title.font.size or 16
        return max(text_width(line) * size / 12 for line in title.text.split("<br>"))

    plot = NARROWEST_PLOT - layout.margin.l - (layout.margin.r or 0)
    apart = abs(titles[1].x - titles[0].x) * plot  # between the panels' centres
    assert (widest(titles[0]) + widest(titles[1])) / 2 + 8 < apart, [t.text for t in titles]


def test_the_period_comparisons_views_ticks_stand_clear_of_the_articles_panel_at_900_px(store: Store) -> None:
    # dash26: at a 900 px window the views panel's "1.5 M" (sample) and "200,000" (mixed store)
    # were drawn against the articles panel's last bar, Plotly's gap a tenth of the plot (~33 px)
    from dashboard.bar_labels import NARROWEST_PLOT
    from dashboard.fact_figures import text_width

    (comparison,) = [
        c for c in charts.readership(store, Filters()) if c.name == "readership-period-comparison"
    ]
    layout = comparison.figure.layout
    plot = NARROWEST_PLOT - layout.margin.l - (layout.margin.r or 0)
    gap = (layout.xaxis2.domain[0] - layout.xaxis.domain[1]) * plot
    widest = max(text_width(text) for text in layout.yaxis2.ticktext) * (layout.font.size or 12) / 12
    for views in ("200,000", "750,000"):  # the widest ticks a views axis below a million writes
        assert text_width(views) * (layout.font.size or 12) / 12 + 12 < gap, (views, gap)
    assert widest + 12 < gap, (list(layout.yaxis2.ticktext), gap)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        # 2008–2026 over a store that thins out into the past: the latest full month, not halves of
        # 2008–2017 (16 articles) and 2017–2026 (626); March 2026 ends after the range does
        (
            "2008-12-19",
            "2026-03-20",
            [("latest full month", "2026-02-01", "2026-02-28"), ("month before", "2026-01-01", "2026-01-31")],
        ),
        (
            "2026-01-01",
            "2026-02-28",
            [("latest full month", "2026-02-01", "2026-02-28"), ("month before", "2026-01-01", "2026-01-31")],
        ),
        # January starts after the range does: no two full months, so weeks (Monday to Sunday)
        (
            "2026-01-02",
            "2026-02-28",
            [("latest full week", "2026-02-16", "2026-02-22"), ("week before", "2026-02-09", "2026-02-15")],
        ),
        # under two full weeks: its halves, the first of an odd number of days in neither
        (
            "2026-02-01",
            "2026-02-11",
            [("later half", "2026-02-07", "2026-02-11"), ("earlier half", "2026-02-02", "2026-02-06")],
        ),
    ],
)
def test_the_default_comparison_is_of_the_latest_full_calendar_periods(
    start: str, end: str, expected: list
) -> None:
    from dashboard.comparison_periods import default_comparison

    periods = default_comparison(date.fromisoformat(start), date.fromisoformat(end))
    assert periods is not None
    assert [(p.label, p.first.isoformat(), p.last.isoformat()) for p in periods] == [
        tuple(e) for e in expected
    ]
    assert default_comparison(date(2026, 2, 1), date(2026, 2, 1)) is None  # one day: nothing to compare


def test_a_previous_period_partly_before_the_stores_first_article_is_hatched_and_one_day_is_not_split(
    store: Store, sample_store: Path, monkeypatch
) -> None:
    first = q.filter_choices(store)["first"]
    part = Filters(
        first + timedelta(days=5), first + timedelta(days=30)
    )  # previous: 26 days, 21 before the store
    (partly,) = [c for c in charts.readership(store, part) if c.name == "readership-period-comparison"]
    assert partly.data["period"].tolist() == ["current", "previous"]
    assert partly.data["stored"].tolist() == ["whole", "part"]
    assert [list(t.marker.pattern.shape) for t in partly.figure.data] == [["", "/"]] * 2
    # the store's first day alone: nothing before it, nothing to split, so no comparison chart
    one_day = Filters(first, first)
    assert "readership-period-comparison" not in [c.name for c in charts.readership(store, one_day)]
    # the page's cards show no change against a period the store does not hold, and say what the
    # chart compares instead
    monkeypatch.setenv("KTPULSE_DB", str(sample_store))
    app = AppTest.from_file(APP, default_timeout=60)
    app.run()
    app.switch_page("app_pages/readership.py").run()
    cards = {metric.label: metric for metric in app.metric}
    views = cards["Latest views"]  # (dash21: "Views (latest counts)" was cut at a 900 px window)
    assert not views.delta and "not all in the store" in views.help and "latest full month" in views.help


def test_contradictions_follow_the_sidebar_filters(disagreeing_store: Path) -> None:
    store = Store.open(disagreeing_store)
    everything = q.contradictions(store)
    assert len(everything) == q.contradiction_count(store) >= DISAGREEING_FIGURES
    justice = Filters(topics=("justice",))
    assert q.contradiction_count(store, justice) == len(q.contradictions(store, justice)) == 0
    ecology = Filters(topics=("ecology",))
    assert 0 < q.contradiction_count(store, ecology) <= len(everything)
    assert q.headline_counts(store, justice)["contradictions"] == 0


@pytest.mark.parametrize(
    ("count", "expected"), [(1, "1 article"), (2, "2 articles"), (1234, "1,234 articles")]
)
def test_plural(count: int, expected: str) -> None:
    assert fmt.plural(count, "article") == expected


def test_no_table_cell_reads_none_or_nan_and_metrics_show_labels(sample_store: Path, monkeypatch) -> None:
    monkeypatch.setenv("KTPULSE_DB", str(sample_store))
    app = AppTest.from_file(APP, default_timeout=60)
    app.run()
    for page in ("overview", "explorer", "articles", "scholarships"):
        app.switch_page(f"app_pages/{page}.py").run()
        assert not app.exception, [e.message for e in app.exception]
        for table in app.dataframe:
            cells = table.value.astype(str).to_numpy().ravel().tolist()
            assert not {"None", "nan", "NaN", "NaT", "<NA>"} & set(cells), page
            if "metric" in table.value:
                assert not table.value["metric"].str.contains(r"^[a-z_]+\.[a-z_]+$").any(), page


def test_a_fetched_article_links_to_its_original_and_cites_it(tmp_path: Path, monkeypatch) -> None:
    import json
    import shutil

    from tests.conftest import SAMPLE_PAGE

    page = tmp_path / "fetched.txt"
    shutil.copy(SAMPLE_PAGE, page)
    url = "https://www.kt.kz/eng/government/olzhas_bektenov_introduces_new_deputy_minister.html"
    (tmp_path / "fetched.txt.fetch.json").write_text(
        json.dumps({"url": url, "fetched_at": "2025-02-03T18:00:00+05:00"})
    )
    db = tmp_path / "store.duckdb"
    refresh(db, [page])
    monkeypatch.setenv("KTPULSE_DB", str(db))
    app = AppTest.from_file(APP, default_timeout=60)
    app.run()
    app.switch_page("app_pages/articles.py").run()
    app.text_input(key="articles_text").input("Deputy Minister").run()
    assert app.dataframe[0].value["original"].tolist() == [url]
    buttons = [element.proto.url for element in app.get("link_button")]
    assert buttons == [url]
    (cite,) = [code.value for code in app.code]
    assert "Olzhas Bektenov introduces new Deputy Minister" in cite and f"URL: {url}" in cite
    assert "publisher: primeminister.kz" in cite and "23.12.2024 09:42" in cite


def test_a_series_with_more_facts_than_a_chart_draws_says_so_in_its_title(store: Store, monkeypatch) -> None:
    """The cut is made in the query (a large store has hundreds of thousands of facts): each
    series keeps its most-reported facts, and its title says how many it has in all."""
    every = q.metric_values(store, Filters(), "taza.")
    counts = every["metric_id"].value_counts()
    assert counts["taza.trees_planted"] > 2  # the sample has more trees facts than the cut below
    monkeypatch.setattr(charts, "MAX_FACTS_PER_CHART", 2)
    build_uncached = charts.taza.__wrapped__  # type: ignore[attr-defined]  # an app test may have set a cache
    drawn = {chart.name: chart for chart in build_uncached(store, Filters())}
    for metrics, _, name in charts.TAZA_METRICS:
        in_all = int(counts.get(metrics[0], 0))
        chart = drawn[name]
        assert len(chart.data) == min(in_all, 2), name
        assert (f"the 2 most-reported of {in_all} facts" in chart.title) == (in_all > 2), chart.title
        if in_all:
            kept_sources = sorted(chart.data["sources"], reverse=True)
            most = sorted(every.loc[every["metric_id"] == metrics[0], "sources"], reverse=True)[:2]
            assert kept_sources == most and chart.data["sentence"].notna().all()


# --- periods not written in the figure's own sentence -------------------------------------

FACT_CHART_PAGES = ("taza", "scholarships", "it_exports", "explorer")


def _facts(bases: list[str | None]) -> pd.DataFrame:
    """Facts of one metric, one per basis: yearly spans 2021, 2022, ... with values 10, 20, ..."""
    rows = [
        dict(metric_id="taza.events", label="Events", category=None, item="events", kind="actual",
             is_change=False, period_start=pd.Timestamp(2021 + n, 1, 1), period_end=pd.Timestamp(2021 + n, 12, 31),
             value=10.0 * (n + 1), unit="count", sources=1, first_published_at=pd.Timestamp(2025, 1, 10),
             sentence=f"Sentence {n}.", title="A title", published_at=pd.Timestamp(2025, 1, 10),
             source="kt.kz", period_basis=basis)
        for n, basis in enumerate(bases)
    ]  # fmt: skip
    return pd.DataFrame(rows)


def _traces(figure) -> dict[str, list]:
    """Legend name -> the traces of that legend group (a variant's spans and points)."""
    traces: dict[str, list] = {}
    for trace in figure.data:
        traces.setdefault(trace.legendgroup, []).append(trace)
    return {group[0].name: group for group in traces.values()}


def test_a_hover_or_card_says_nothing_of_a_missing_publisher_and_no_unit_word_as_its_item() -> None:
    """In a chart frame a missing publisher is NaN, which `or` took for a name: the hover ended in
    '10.01.2025 · '; then it said 'unknown publisher', which tells a reader nothing (dash26).
    'their number stood at 4,800' names no item: 'item: number' read as a unit."""
    facts = _facts(["sentence", "sentence"]).assign(source=float("nan"), item=["number", "events"])
    hovers = [
        text for trace in figures.metric_series(facts, "Events").data for text in trace.hovertext if text
    ]
    assert hovers and all(text.endswith("published 10.01.2025") for text in hovers)
    assert not any("item: number" in text for text in hovers) and any(
        "item: events" in text for text in hovers
    )
    card = figures.metric_series(facts.iloc[:1], "Events").layout.annotations[0].text
    assert "published 10.01.2025 · URL not recorded" in card and "item: number" not in card


def test_a_legend_names_an_item_its_metric_counts_by_by_the_metrics_english_name() -> None:
    """'компаний' is what Astana Hub's metric counts: its legend is the metric's label, not
    'other items'; beside 'participants' (the one item the catalog names that the metric counts
    by) it is that series, named so."""
    facts = _facts(["sentence", "context", "sentence"]).assign(
        metric_id="astana_hub.companies", label="Astana Hub: participant companies",
        item=["participants", "компаний", "технопарк"])  # fmt: skip
    names = {trace.name for trace in figures.metric_series(facts, "Astana Hub").data}
    assert "participants · actual (period inferred)" in names
    assert "participants · actual" in names and "other items · actual" in names  # a word it does not count by
    alone = {trace.name for trace in figures.metric_series(facts.iloc[1:], "Astana Hub").data}
    assert "Astana Hub: participant companies · actual (period inferred)" in alone
    # a metric whose figures must measure its subject ("export"): the item "exports" is the metric's own
    exports = _facts(["sentence", "sentence"]).assign(
        metric_id="it.exports_usd", label="IT services exports: volume", item=["exports of IT services", "exports"])  # fmt: skip
    alone = exports.assign(item="exports")
    names = {trace.name for trace in figures.metric_series(alone, "IT").data}
    assert names == {"IT services exports: volume · actual"}
    # beside the item the catalog names, the same series under that name
    names = {trace.name for trace in figures.metric_series(exports, "IT").data}
    assert names == {"exports of IT services · actual"}


def test_one_series_has_one_legend_name_whether_its_item_is_named_by_the_catalog_or_the_metric() -> None:
    """'activities' and 'акций' are what the events metric counts, the catalog names neither; beside
    'events' the legend named one series twice: 'events · actual' and 'Events · actual'."""
    facts = _facts(["sentence"] * 4).assign(
        item=["events", "activities", "экологических акций", "мероприятий"]
    )
    legend = [trace.name for trace in figures.metric_series(facts, "Events").data if trace.showlegend]
    assert legend == ["events · actual"]
    # two names the catalog gives that the metric counts by: which one is meant is unknown, so
    # "citizens" is named by the metric's own English word for it, never "Participants" beside
    # "participants" (one name twice, as the trees chart's "green plants" read as its total)
    people = _facts(["sentence"] * 3).assign(metric_id="taza.participants", label="Participants",
                                             item=["participants", "volunteers", "citizens"])  # fmt: skip
    legend = [trace.name for trace in figures.metric_series(people, "People").data if trace.showlegend]
    assert sorted(legend) == ["citizens · actual", "participants · actual", "volunteers · actual"]


def test_a_period_not_in_the_figures_own_sentence_is_drawn_faded_and_said_so() -> None:
    figure = figures.metric_series(_facts(["sentence", "context", "publication", None]), "Events")
    traces = _traces(figure)
    assert set(traces) == {"events · actual", "events · actual (period inferred)"}
    (stated,), (inferred,) = traces["events · actual"], traces["events · actual (period inferred)"]
    # inferred by opacity, the line's dash is the kind's (an actual's solid)
    assert stated.opacity == 1 and inferred.opacity < 1
    assert stated.line.dash == inferred.line.dash == "solid"
    # spans of 2021 and 2024 (stated, and stored before bases) solid; 2022 and 2023 dashed
    assert sorted(y for y in stated.y if y is not None) == [10, 10, 10, 40, 40, 40]
    assert sorted(y for y in inferred.y if y is not None) == [20, 20, 20, 30, 30, 30]
    hovers = {text for text in inferred.hovertext if text}
    assert any("period 2022 · from the headline or an earlier sentence" in text for text in hovers)
    assert any("period 2023 · publication date" in text for text in hovers)
    assert any("period 2021 · in its sentence" in text for text in stated.hovertext)
    assert sum(trace.showlegend for trace in figure.data) == 2  # one legend entry each
    assert "faded: period inferred" in figure.layout.legend.title.text


def test_the_basis_changes_the_chart_so_ignoring_it_would_fail() -> None:
    stated = figures.metric_series(_facts(["sentence", "sentence"]), "Events")
    mixed = figures.metric_series(_facts(["sentence", "context"]), "Events")
    assert [t.opacity for t in stated.data] == [1]
    assert [t.opacity < 1 for t in mixed.data] == [False, True]


def test_a_plan_target_or_forecast_is_dotted_and_hollow_and_the_legend_says_so() -> None:
    facts = _facts(["sentence", "sentence", "context", "sentence"])
    facts["kind"] = ["actual", "plan", "target", "forecast"]
    figure = figures.metric_series(facts, "Events")
    traces = _traces(figure)
    (actual,) = traces["events · actual"]
    assert actual.line.dash == "solid" and actual.marker.color != "white"
    for name in ("events · plan", "events · target (period inferred)", "events · forecast"):
        (trace,) = traces[name]
        assert trace.line.dash == "dot" and trace.marker.color == "white", name
        assert trace.marker.line.color == actual.line.color  # one item, one colour
    assert traces["events · target (period inferred)"][0].opacity < 1  # both encodings at once
    key = figure.layout.legend.title.text
    assert "solid, filled: actual" in key and "dotted line, hollow marker: forecast or plan or target" in key


def test_a_legend_never_repeats_the_kind_its_metric_already_names() -> None:
    facts = _facts(["sentence", "sentence", "sentence"])
    facts["metric_id"] = ["it.exports_usd", "it.exports_target_usd", "it.exports_target_usd"]
    facts["label"] = ["IT services exports", "IT services exports: target", "IT services exports: target"]
    facts["kind"] = ["actual", "target", "target"]
    names = {trace.name for trace in figures.metric_series(facts, "IT").data}
    # ("events" is no word IT exports count by, nor does one item beside a label say more: no item)
    assert names == {"IT services exports · actual", "IT services exports: target"}


def test_an_undated_fact_is_faded_and_not_called_inferred() -> None:
    facts = _facts(["sentence", "none"])
    facts.loc[1, ["period_start", "period_end"]] = None
    traces = _traces(figures.metric_series(facts, "Events"))
    assert set(traces) == {"events · actual", "events · actual (undated)"}
    assert traces["events · actual (undated)"][0].opacity < 1


def test_the_sample_store_draws_its_undated_taza_event_faded(store: Store) -> None:
    # "more than 15 thousand events", a deed told in the past under the plan year 2025 of its lead:
    # no period stated (+carry18), drawn faded at the day it was first reported
    chart = _chart(store, "taza-events")
    undated = chart.data[chart.data["period_basis"] == fmt.period_basis("none")]
    assert list(undated["value"]) == [15000.0]
    faded = [trace for trace in chart.figure.data if trace.opacity < 1]
    assert [{y for y in trace.y if y is not None} for trace in faded] == [{15000.0}]
    assert [trace.name for trace in faded] == ["events · actual (undated)"]


def test_an_undated_fact_is_hovered_with_its_sentence_and_the_day_its_article_was_published(
    store: Store,
) -> None:
    # "more than 15 thousand events", from an article of 21 January 2025 that tells what was done
    # before it: the hover lets a reader see the sentence, that no period is stated, and the day
    (events,) = [t for t in _chart(store, "taza-events").figure.data if 15000.0 in t.y]
    (hover,) = {text for text in events.hovertext if text}
    assert "no period stated (drawn at the date it was first reported)" in hover
    assert "The Minister also spoke about the organisation of more than 15 thousand events" in hover
    assert "published 21.01.2025 · primeminister.kz" in hover


def test_a_fact_is_labelled_with_its_sentences_qualifier(store: Store) -> None:
    # "more than 15 thousand events": never a bare 15,000 on the chart, in its hover or above the progress bars
    (events,) = [t for t in _chart(store, "taza-events").figure.data if 15000.0 in t.y]
    assert "more than 15,000 · undated" in events.text
    assert all(text.startswith("<b>more than 15,000</b>") for text in events.hovertext if text)
    progress = _chart(store, "taza-progress-to-targets")
    trees = progress.data[progress.data["metric_id"] == "taza.trees_planted"].iloc[0]
    assert trees["actual_qualifier"] == "more than"  # "over 1.1 billion trees"
    assert any(text.startswith("55% · more than 1.1 B of 2 B") for text in progress.figure.data[0].text)


def test_a_long_target_label_is_cut_in_its_name_never_in_its_period(store: Store) -> None:
    progress = _chart(store, "taza-progress-to-targets")
    saxaul = [label for label in progress.figure.data[0].y if "saxaul" in label]
    # which target: its period ("area", the sentence's word for its item, is no catalog item name)
    assert saxaul == ["Greening: saxaul plantations on the dried Aral… (2021–2024)"]


def test_every_fact_chart_exports_each_figures_period_basis_in_words(store: Store) -> None:
    words = {fmt.period_basis(basis) for basis in ("sentence", "publication", "context", "none")}
    fact_charts = [
        chart for page in FACT_CHART_PAGES for chart in charts.all_charts(store, Filters(), page)
        if "progress-to-targets" not in chart.name
    ]  # fmt: skip
    assert len(fact_charts) >= 12
    for chart in fact_charts:
        assert "period_basis" in chart.data, chart.name
        assert set(chart.data["period_basis"]) <= words, (chart.name, set(chart.data["period_basis"]))


def test_the_fact_card_says_how_its_period_was_found(store: Store) -> None:
    text = _chart(store, "venture-fund-target-usd").figure.layout.annotations[0].text
    assert "period by 2025 · in its sentence" in text
    card = figures.metric_series(_facts(["context"]), "Events").layout.annotations[0].text
    assert "period 2021 · from the headline or an earlier sentence" in card


def test_scholarship_amounts_and_explorer_counts_hatch_inferred_periods(store: Store) -> None:
    bar = _chart(store, "scholarships-monthly-amount").figure.data[0]
    data = _chart(store, "scholarships-monthly-amount").data
    # amounts announced for September: plans, as the title says
    assert (
        ", planned from September 2025"
        in _chart(store, "scholarships-monthly-amount").figure.layout.title.text
    )
    inferred = data["period_basis"] == fmt.period_basis("context")
    assert inferred.any()  # the sample's amounts take their year from an earlier sentence
    assert list(bar.marker.pattern.shape) == ["/" if flag else "" for flag in inferred.iloc[::-1]]
    assert all(
        "(period inferred)" in text
        for text, flag in zip(bar.hovertext, inferred.iloc[::-1], strict=True)
        if flag
    )
    counts = _chart(store, "explorer-figures-by-unit").figure
    names = {trace.name: trace.marker.pattern.shape for trace in counts.data}
    assert names["actual"] == "" and names["actual (period inferred)"] == "/"


def test_the_apps_fact_cards_and_scholarship_table_say_how_periods_were_found(
    sample_store: Path, monkeypatch
) -> None:
    monkeypatch.setenv("KTPULSE_DB", str(sample_store))
    app = AppTest.from_file(APP, default_timeout=60)
    app.run()
    app.switch_page("app_pages/it_exports.py").run()
    assert not app.exception, [e.message for e in app.exception]
    # the growth and venture-fund cards: their periods are written in their sentences
    assert [t.value for t in app.text].count("period: in its sentence") == 2
    app.switch_page("app_pages/scholarships.py").run()
    table = app.table[0]  # the bars' amounts, a static table since dash21
    # short, as every table's period basis: the words wrapped to five lines a row at 900 px
    assert set(table.value["period found"]) == {fmt.period_basis_short("context")}


# --- a fact reported by several articles: its most direct report decides -------------------


@pytest.fixture()
def restated_store(mixed_store: Path, tmp_path: Path) -> Path:  # noqa: F811
    """The mixed store, but the 1.1 M tonnes of waste in 2024 (three reports) has its period
    written in its own sentence by its last report only, and the 1.1 B trees of 2021-2024 (the
    actual progress to 2 B is read from) has its period from the headline."""
    db = tmp_path / "ktpulse.duckdb"
    shutil.copy(mixed_store, db)
    with duckdb.connect(str(db)) as con:
        waste = "metric_id = 'taza.waste_collected_tonnes' AND value = 1.1e6 AND year(period_end) = 2024"
        reports = [
            row[0]
            for row in con.execute(f"SELECT indicator_id FROM indicators WHERE {waste} ORDER BY 1").fetchall()
        ]
        assert len(reports) == 3
        con.execute(f"UPDATE indicators SET period_basis = 'context' WHERE {waste}")
        con.execute("UPDATE indicators SET period_basis = 'sentence' WHERE indicator_id = ?", [reports[-1]])
        con.execute("UPDATE indicators SET period_basis = 'context' WHERE metric_id = 'taza.trees_planted' "
                    "AND value = 1.1e9 AND period_start = DATE '2021-01-01'")  # fmt: skip
    return db


def _waste_traces(store: Store, filters: Filters) -> tuple[Chart, list]:
    (chart,) = [c for c in charts.taza(store, filters) if c.name == "taza-waste-collected-tonnes"]
    return chart, [t for t in chart.figure.data if 1.1e6 in t.y]


def test_a_fact_whose_period_one_report_writes_in_its_sentence_is_not_inferred(restated_store: Path) -> None:
    store = Store.open(restated_store)
    chart, traces = _waste_traces(store, Filters())
    assert [t.opacity for t in traces] == [1]  # the first report's headline period does not decide
    assert not any("(period inferred)" in t.name for t in traces)
    (fact,) = chart.data[chart.data["value"] == 1.1e6].itertuples()
    assert fact.period_basis == fmt.period_basis("sentence") and (fact.basis_mentions, fact.mentions) == (
        1,
        3,
    )
    # the fact is shown with the report that writes its period: its sentence, in hover and CSV
    stating = q.run(
        store, "SELECT sentence FROM indicators WHERE indicator_id = ?", [fact.basis_indicator_id]
    )
    assert fact.sentence == stating.iloc[0]["sentence"] and fact.basis_indicator_id != fact.indicator_id
    # (the 1.1 M t marks: the chart's rubbish, 900,000 t, is the same series of waste collected)
    hovers = [text for t in traces for y, text in zip(t.y, t.hovertext, strict=True) if text and y == 1.1e6]
    assert hovers and all("period 2024 · in its sentence (1 of 3 reports)" in text for text in hovers)


def test_the_most_direct_basis_is_read_among_the_filtered_articles_only(restated_store: Path) -> None:
    store = Store.open(restated_store)
    stating = q.run(store, "SELECT a.language FROM indicators i JOIN articles a USING (article_id) "
                           "WHERE i.metric_id = 'taza.waste_collected_tonnes' AND i.period_basis = 'sentence' "
                           "AND i.value = 1.1e6")  # fmt: skip
    others = tuple(sorted({"en", "ru", "kk"} - set(stating["language"])))
    _, traces = _waste_traces(store, Filters(languages=others))
    assert traces and all(t.opacity < 1 and t.name.endswith("(period inferred)") for t in traces)


def test_progress_bars_mark_an_actual_whose_period_is_inferred(restated_store: Path) -> None:
    (progress, *_) = charts.taza(Store.open(restated_store), Filters())
    trees = progress.data[progress.data["metric_id"] == "taza.trees_planted"].iloc[0]
    assert trees["actual"] == 1.1e9
    assert trees["actual_period_basis"] == fmt.period_basis("context")
    assert trees["target_period_basis"] == fmt.period_basis("sentence")
    bar = progress.figure.data[0]
    shapes = dict(zip(bar.y, bar.marker.pattern.shape, strict=True))
    texts = dict(zip(bar.y, bar.text, strict=True))
    (trees_label,) = [label for label in shapes if "trees" in label]
    assert shapes[trees_label] == "/" and "actual: period inferred" in texts[trees_label]
    assert all(shape == "" for label, shape in shapes.items() if label != trees_label)
    assert "Hatched" in progress.figure.layout.title.text


def test_progress_bars_hatch_an_inferred_target_and_leave_stated_ones_plain() -> None:
    frame = pd.DataFrame(
        dict(label=["A (by 2026)", "B (by 2027)"], unit=["USD", "USD"], target=[1e9, 2e9], actual=[5e8, 1e9],
             actual_period=["2024", "2024"], progress=[0.5, 0.5], target_period_basis=["publication", "sentence"],
             actual_period_basis=["sentence", "sentence"])
    )  # fmt: skip
    (bar,) = figures.target_progress(frame, "Progress").data
    assert list(bar.marker.pattern.shape) == ["/", ""]
    assert "target: period inferred" in bar.text[0] and "inferred" not in bar.text[1]
    plain = figures.target_progress(frame.assign(target_period_basis="sentence"), "Progress")
    assert plain.data[0].marker.pattern.shape is None and "Hatched" not in plain.layout.title.text


def test_the_taza_trees_bar_has_no_disagreement_note_when_its_reports_can_all_hold(store: Store) -> None:
    # more than 12 million and more than 1.1 billion trees for 2021–2024 (and 1.1 million
    # seedlings, another item): none rules another out, so no "figures cannot all hold" note
    progress = _chart(store, "taza-progress-to-targets").data
    (trees,) = progress[progress["metric_id"] == "taza.trees_planted"].to_dict("records")
    assert (trees["actual"], trees["actual_period"], trees["disagreeing_actuals"]) == (1.1e9, "2021–2024", 0)
    facts = _sql_store(store, "SELECT count(*) FROM metric_facts WHERE metric_id = 'taza.trees_planted' "
                              "AND period_start = DATE '2021-01-01' AND period_end = DATE '2024-12-31'")  # fmt: skip
    assert facts >= 3


def _sql_store(store: Store, sql: str) -> int:
    with duckdb.connect(store.path, read_only=True) as con:
        return int(con.execute(sql).fetchone()[0])


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("2025-01-01", "2025-06-10", "1 Jan–10 Jun 2025"),  # "since the start of the year", to 10 June
        ("2025-01-01", "2025-06-30", "H1 2025"),
        ("2025-01-01", "2025-04-21", "1 Jan–21 Apr 2025"),
        ("2025-01-01", "2025-04-30", "Jan–Apr 2025"),
        ("2025-09-01", "2025-10-08", "1 Sep–8 Oct 2025"),
        ("2024-02-01", "2024-02-29", "Feb 2024"),
        ("2024-09-01", "2025-08-31", "Sep 2024–Aug 2025"),
        ("2024-01-01", "2025-06-10", "1 Jan 2024–10 Jun 2025"),
        ("2021-01-01", "2025-12-31", "2021–2025"),
        (None, "2025-06-10", "by 10 Jun 2025"),
        (None, "2025-06-30", "by Jun 2025"),
        ("2025-09-15", None, "from 15 Sep 2025"),
    ],
)
def test_a_period_is_named_no_wider_than_it_runs(start: str | None, end: str | None, expected: str) -> None:
    day = lambda text: None if text is None else pd.Timestamp(text).date()  # noqa: E731
    assert fmt.period(day(start), day(end)) == expected


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        (1126, "tonne", "1,126 t"),  # thousands stay whole, not "1.1 K t"
        (48650, "count", "48,650"),
        (839.5e6, "count", "839.5 M"),
        (1.0118e9, "count", "1.01 B"),  # not "1.0 B"
        (6.2e6, "count", "6.2 M"),
        (2e9, "count", "2 B"),
        (306e6, "USD", "$306 M"),
    ],
)
def test_a_compact_figure_keeps_what_was_reported(value: float, unit: str, expected: str) -> None:
    assert fmt.figure(value, unit) == expected


def test_a_slow_articles_views_per_day_are_not_shown_as_none() -> None:
    assert (fmt.per_day(0.38), fmt.per_day(9.96), fmt.per_day(1240.4), fmt.per_day(None)) == (
        "0.38",
        "10.0",
        "1,240",
        "–",
    )


def test_slow_rates_that_differ_are_labelled_apart() -> None:
    """Bars of 0.38 to 0.44 views a day once all read '0.4/day'."""
    rates = [0.38, 0.40, 0.41, 0.44, 0.044, 0.0051]
    assert len({fmt.per_day(r) for r in rates}) == len(rates)
    assert fmt.per_day(0.044) == "0.044"
    assert (fmt.per_day(2.54), fmt.per_day(12_345.6)) == ("2.5", "12,346")  # big rates stay compact


def test_views_by_topic_keep_articles_with_no_topic(sample_store: Path, tmp_path: Path) -> None:
    copy = tmp_path / "untagged.duckdb"
    shutil.copy(sample_store, copy)
    with duckdb.connect(str(copy)) as con:  # two articles the taxonomy gave no topic
        con.execute(
            "UPDATE latest_views SET topics = [] WHERE article_id IN "
            "(SELECT article_id FROM latest_views ORDER BY views DESC LIMIT 2)"
        )
    store = Store.open(copy)
    by_topic = q.readership_by(store, Filters(), "topic")
    untagged = q.run(
        store, "SELECT count(*) AS n, sum(views) AS v FROM latest_views WHERE len(topics) = 0", []
    )
    row = by_topic[by_topic["topic"] == fmt.NO_TOPIC]
    assert (int(row["articles"].iloc[0]), row["views"].iloc[0]) == (2, untagged.iloc[0]["v"])
    total = q.run(store, "SELECT sum(views) AS v FROM latest_views", [])["v"].iloc[0]
    assert by_topic["views"].sum() >= total  # every article counted at least once


def test_figures_by_unit_name_units_in_words_not_codes() -> None:
    counts = pd.DataFrame(
        {
            "unit": ["percentage_point", "m2", "KZT"],
            "kind": ["actual"] * 3,
            "period_basis": ["sentence"] * 3,
            "figures": [2, 3, 4],
        }
    )
    figure = figures.figures_by_unit(counts)
    (trace,) = figure.data
    assert sorted(trace.y) == sorted(["percentage points", "m²", "tenge (₸)"])
    # one bar a unit, the most used on top (a horizontal axis lists its first category lowest)
    assert list(figure.layout.yaxis.categoryarray) == ["percentage points", "m²", "tenge (₸)"]
    assert [a.text for a in figure.layout.annotations] == [
        "2",
        "3",
        "4",
    ]  # each unit's count at its bar's end


def test_figures_by_unit_hover_names_unit_kind_and_count() -> None:
    # Plotly's default hover on a horizontal bar read "(8, %)" beside the kind's name
    counts = pd.DataFrame(
        {"unit": ["percent", "percent"], "kind": ["actual", "actual"], "period_basis": ["sentence", "context"],
         "figures": [1, 8]}
    )  # fmt: skip
    figure = figures.figures_by_unit(counts)
    hovers = sorted(
        trace.hovertemplate.replace("%{y}", y).replace("%{customdata}", shown)
        for trace in figure.data
        for y, shown in zip(trace.y, trace.customdata, strict=True)
    )
    assert hovers == [
        "% · actual (period inferred): 8 figures<extra></extra>",
        "% · actual: 1 figure<extra></extra>",
    ]


def test_labels_of_close_facts_are_never_drawn_over_each_other() -> None:
    # five figures of one year a hair apart: written on the chart they would cover one another
    facts = _facts(["sentence"] * 5)
    facts["period_start"], facts["period_end"] = pd.Timestamp(2024, 1, 1), pd.Timestamp(2024, 12, 31)
    facts["value"] = [1000.0, 1010.0, 1020.0, 1030.0, 1040.0]
    facts = pd.concat([facts, _facts(["sentence"]).assign(period_start=pd.Timestamp(2026, 1, 1),
                                                          period_end=pd.Timestamp(2026, 12, 31), value=10.0)])  # fmt: skip
    figure = figures.metric_series(facts.reset_index(drop=True), "Events")
    written = [text for trace in figure.data for text in trace.text if text and text.strip()]
    assert 1 <= sum(text.endswith("· 2024") for text in written) <= 2  # the rest in the hover only
    assert "10 · 2026" in written  # a series' latest is labelled first
    hovers = [text for trace in figure.data for text in trace.hovertext if text]
    assert all(any(f"<b>{value:,}</b>" in h for h in hovers) for value in (1000, 1010, 1020, 1030, 1040))
    # facts far apart keep every label
    apart = figures.metric_series(_facts(["sentence"] * 4), "Events")
    assert sum(bool(t.strip()) for trace in apart.data for t in trace.text if t) == 4


def test_a_series_latest_line_is_labelled_even_between_close_neighbours() -> None:
    """Waste collected: the newest report, 1.4 M t for Jan 2024 to 15 Jul 2025, went unlabelled
    among 1.1 M, 1.41 M and 1.6 M t (its middle, where the label sat, was covered, and a short
    span ending earlier counted as the latest); it is labelled, ending at its end."""
    rows = [  # value, start, end, basis
        (900_000.0, "2019-01-01", "2023-12-31", "sentence"), (1_100_000.0, "2024-01-01", "2024-12-31", "sentence"),
        (4_500_000.0, "2024-01-01", "2024-12-31", "sentence"), (1_100_000.0, "2019-01-01", "2025-04-15", "context"),
        (189_000.0, "2025-01-01", "2025-06-10", "sentence"), (1_414_000.0, "2024-01-01", "2025-06-30", "context"),
        (1_400_000.0, "2024-01-01", "2025-07-15", "sentence"), (1_600_000.0, None, "2025-10-11", "context"),
        (7_600.0, "2025-01-01", "2025-12-31", "context"), (844_000.0, "2025-01-01", "2025-12-31", "context"),
    ]  # fmt: skip
    facts = pd.concat([_facts([basis]).assign(
        metric_id="taza.waste_collected_tonnes", label="Waste collected", item="waste", unit="tonne", value=value,
        period_start=pd.Timestamp(start) if start else pd.NaT, period_end=pd.Timestamp(end))
        for value, start, end, basis in rows], ignore_index=True)  # fmt: skip
    figure = figures.metric_series(facts, "Waste collected")
    written = {text: (trace.x[n], trace.textposition[n]) for trace in figure.data
               for n, text in enumerate(trace.text) if text and text.strip()}  # fmt: skip
    assert "1.4 M t · 1 Jan 2024–15 Jul 2025" in written
    x, position = written["1.4 M t · 1 Jan 2024–15 Jul 2025"]
    assert x.startswith("2025-07-16") and position.endswith("left")  # ends where the span ends


def test_a_span_label_over_its_middle_is_set_off_the_line_not_struck_through() -> None:
    """The middle point that carries a span's label had a 0.1 px marker, so Plotly wrote the
    label against the 6 px line ('almost 9 M · Jan 2024–Jun 2025' crossed out): it is as large as
    the ends' markers, and unseen."""
    figure = figures.metric_series(_facts(["sentence", "sentence"]), "Events")
    for trace in figure.data:
        labelled = [n for n, text in enumerate(trace.text) if text and text.strip()]
        for n in labelled:
            assert trace.marker.size[n] >= trace.marker.size[n - 1] and trace.marker.opacity[n] == 0
            assert trace.marker.opacity[n - 1] == 1  # the span's start is drawn
    assert sum(len([t for t in trace.text if t and t.strip()]) for trace in figure.data) == 2


def test_one_figure_reported_twice_is_one_mark_with_both_reports() -> None:
    """Astana Hub: 1,500 participants dated at the publication day (5 Feb 2025) and 1,500 for
    February 2025 were two marks a few pixels apart, their labels over each other."""
    facts = pd.concat([
        _facts(["publication"]).assign(period_start=pd.Timestamp(2025, 2, 5), period_end=pd.Timestamp(2025, 2, 5),
                                       published_at=pd.Timestamp(2025, 2, 5), source="Kazakhstan Today"),
        _facts(["sentence"]).assign(period_start=pd.Timestamp(2025, 2, 1), period_end=pd.Timestamp(2025, 2, 28)),
        _facts(["sentence"]).assign(period_start=pd.Timestamp(2025, 1, 21), period_end=pd.Timestamp(2025, 1, 21),
                                    qualifier="more than"),
        _facts(["sentence"]).assign(period_start=pd.Timestamp(2025, 2, 10), period_end=pd.Timestamp(2025, 2, 10)),
    ], ignore_index=True).assign(value=1500.0, metric_id="astana_hub.companies",
                                 label="Astana Hub: participant companies", item="participants")  # fmt: skip
    figure = figures.metric_series(facts, "Astana Hub")
    written = [text for trace in figure.data for text in trace.text if text and text.strip()]
    assert "1,500 · 5 Feb 2025" not in written and "1,500 · Feb 2025" in written
    hovers = [text for trace in figure.data for text in trace.hovertext if text and "Feb 2025 ·" in text]
    assert any("2 articles" in h and "also reported 05.02.2025 · Kazakhstan Today (its period inferred)" in h
               for h in hovers)  # fmt: skip
    # another qualifier, or another period its own sentence states: another mark
    assert "more than 1,500 · 21 Jan 2025" in written
    assert sum(1 for trace in figure.data for x in trace.x if x and x.startswith("2025-02-10")) == 1


def test_an_articles_view_line_never_runs_down_and_up_inside_one_capture() -> None:
    """Two counts printed at each of two captures (the dev store's Baiterek story: its own page
    and a related list) were one line 11,694 → 49,886 → 13,485 → 57,378, an "N" of falls no
    count had; the line joins each capture's highest, the lower counts are markers of their own."""
    first, second = pd.Timestamp(2026, 4, 10, 12), pd.Timestamp(2026, 4, 11, 12)
    history = pd.DataFrame({"observed_at": [first, first, second, second], "views": [11694, 49886, 13485, 57378],
                            "placement": ["main", "related", "main", "related"], "page_id": ["a", "b", "c", "d"]})  # fmt: skip
    line, others = figures.views_history(history).data
    assert (line.mode.removesuffix("+text"), list(line.y)) == ("lines+markers", [49886, 57378])
    assert (others.mode, list(others.y)) == ("markers", [11694, 13485])
    (alone,) = figures.views_history(history.iloc[[1, 3]]).data  # one count a capture: one line, no legend
    assert list(alone.y) == [49886, 57378]


def test_a_target_dated_only_by_its_publication_year_is_drawn_undated() -> None:
    """'Мемлекет басшысы орман қоры аумағына 2 млрд ағаш отырғызуды тапсырғаны белгілі' names no
    deadline; its period 2025 came from 'биыл' of the sentence before, the year it was published.
    The dev store drew it as a '2 B · 2025' star at the end of 2025 (a deadline nobody set)."""
    facts = _facts(["context", "context"])
    facts["kind"] = "target"
    facts["period_start"] = [pd.Timestamp(2025, 1, 1), pd.Timestamp(2021, 1, 1)]
    facts["period_end"] = [pd.Timestamp(2025, 12, 31), pd.Timestamp(2027, 12, 31)]
    placed = place(facts)
    assert list(placed["undated"]) == [True, False]  # the headline's 2027 stays a deadline (inferred)
    assert placed.loc[0, "at"] == pd.Timestamp(2025, 1, 10)  # the day first reported
    traces = _traces(figures.metric_series(facts, "Events"))
    assert "events · target (undated)" in traces
    assert all(
        "2025" not in text
        for trace in traces["events · target (undated)"]
        for text in (trace.text or [])
        if text
    )
