"""Progress to targets measures a target by the actual an analyst would: one inside the target's
span; when its reports cannot all hold, the latest reported (never the largest, never a sum),
with the range they span shown on the bar and in words; when they can (lower bounds, counts of
differently worded items), the tightest of them."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from dashboard import charts
from dashboard.chart import Chart
from dashboard.queries import Filters, Store
from etl.store.derived import rebuild_metric_tables
from tests.test_mixed_language import mixed_store  # noqa: F401  (the store fixture)

# the sample's "more than 15 thousand events" (21 January 2025; undated since +carry18: past work told
# under the lead's plan year)
EVENTS_15000 = "metric_id = 'taza.events' AND value = 15000"


@pytest.fixture()
def events_store(mixed_store: Path, tmp_path: Path) -> Path:  # noqa: F811
    """The mixed store with synthetic reports of Taza events, copied from the 15,000 events
    (published 21 Jan 2025; "more than 15,000"): a target of 40,000 for 2025; for 2025 itself
    exactly 12,000 published ten days later and exactly 18,000 ten days earlier (12,000 cannot hold
    with either other, so all three are flagged as contradicting); and a 2024–2025 total of 30,000, which reaches
    back before the target's year. Each copy writes its period in its own sentence; the 15,000 is
    given 2025 as an inferred year (the extractor leaves it undated since +carry18), and only facts
    of a written period are flagged as contradicting."""
    db = tmp_path / "ktpulse.duckdb"
    shutil.copy(mixed_store, db)
    with duckdb.connect(str(db)) as con:
        (template,) = con.execute(f"SELECT indicator_id FROM indicators WHERE {EVENTS_15000}").fetchone()
        # the template itself a report of 2025 whose year is inferred, not written
        con.execute(
            "UPDATE indicators SET period_start = DATE '2025-01-01', period_end = DATE '2025-12-31', "
            "period_basis = 'context' WHERE indicator_id = ?",
            [template],
        )

        def copy(
            suffix: str, value: float, days: int, kind: str = "actual", start: str = "2025-01-01"
        ) -> None:
            con.execute(
                "INSERT INTO indicators SELECT * REPLACE (? AS indicator_id, ? AS value, ? AS kind, "
                "published_at + to_days(?) AS published_at, CAST(? AS DATE) AS period_start, "
                "DATE '2025-12-31' AS period_end, "
                "NULL AS qualifier, sentence_start + ? AS sentence_start, 'sentence' AS period_basis) "
                "FROM indicators WHERE indicator_id = ?",
                # another sentence start: reports of one sentence are never compared
                [f"{template}-{suffix}", value, kind, days, start, 1000 + days, template],
            )

        copy("target", 40_000, 0, kind="target")
        copy("later", 12_000, 10)
        copy("earlier", 18_000, -10)
        copy("two-years", 30_000, 20, start="2024-01-01")
        rebuild_metric_tables(con)
    return db


def _events_bar(db: Path) -> tuple[Chart, dict]:
    (progress, *_) = charts.taza(Store.open(db), Filters())
    (events,) = progress.data[progress.data["metric_id"] == "taza.events"].to_dict("records")
    return progress, events


def test_the_latest_report_of_the_targets_own_period_is_the_actual_not_the_largest(
    events_store: Path,
) -> None:
    _, events = _events_bar(events_store)
    assert events["actual_period"] == "2025"  # not the 2024–2025 total: it counts a year before the target's
    assert events["actual"] == 12_000  # published last; the largest, 18,000, was published first
    assert events["progress"] == pytest.approx(12_000 / 40_000)
    assert (events["actual_low"], events["actual_high"], events["disagreeing_actuals"]) == (12_000, 18_000, 3)


def test_the_bar_shows_the_range_the_reports_span(events_store: Path) -> None:
    progress, _ = _events_bar(events_store)
    (bar,) = progress.figure.data
    (text,) = [t for t in bar.text if "of 40,000" in t or "of 40 K" in t]
    assert "reports range 12" in text and "18" in text.split("reports range")[1]
    # a whisker from 30% to 45% of the target: one line and its two end ticks, under the bar
    whisker = [(s.x0, s.x1) for s in progress.figure.layout.shapes if s.type == "line" and s.y0 == s.y1]
    assert (pytest.approx(30.0), pytest.approx(45.0)) in [(x0, x1) for x0, x1 in whisker]
    assert "whisker" in progress.figure.layout.title.text


def test_a_bar_whose_reports_agree_has_no_whisker(events_store: Path) -> None:
    progress, _ = _events_bar(events_store)
    saxaul = progress.data[progress.data["metric_id"] == "taza.saxaul_hectares"].iloc[0]
    assert saxaul["disagreeing_actuals"] == 0
    (bar,) = progress.figure.data
    assert not any(
        "reports range" in t for t, label in zip(bar.text, bar.y, strict=True) if "saxaul" in label
    )


def test_an_actual_after_the_targets_deadline_is_not_progress_to_it(events_store: Path) -> None:
    with duckdb.connect(str(events_store)) as con:
        con.execute("UPDATE indicators SET period_end = DATE '2025-06-30' WHERE kind = 'target' AND "
                    "metric_id = 'taza.events'")  # fmt: skip
        rebuild_metric_tables(con)
    (progress, *_) = charts.taza(Store.open(events_store), Filters())
    # every 2025 actual ends after 30 June, and 2024's 183 events lie before the target's year:
    # the target is listed without an actual or a share, never with another period's figure
    (events,) = progress.data[progress.data["metric_id"] == "taza.events"].to_dict("records")
    assert pd.isna(events["actual"]) and pd.isna(events["progress"]) and events["actual_period"] == ""


# --- which actual a bar pairs with a target: small stores of synthetic reports -------------

TREES = "taza.trees_planted"
_PERIODS = {"2021–2024": ("2021-01-01", "2024-12-31"), "2024": ("2024-01-01", "2024-12-31"),
            "2025": ("2025-01-01", "2025-12-31"), "H1 2025": ("2025-01-01", "2025-06-30"),
            "by 2025": (None, "2025-12-31"), "by 2027": (None, "2027-12-31"),
            "2021–2025": ("2021-01-01", "2025-12-31"), "2021–2027": ("2021-01-01", "2027-12-31"),
            "2023–2027": ("2023-01-01", "2027-12-31"), "2019–2023": ("2019-01-01", "2023-12-31"),
            "by 2030": (None, "2030-12-31")}  # fmt: skip


def _report(n: int, value: float, item: str, period: str, kind: str = "actual", qualifier: str | None = None,
            published: str = "2025-01-10", basis: str = "sentence", place: str | None = None) -> dict:  # fmt: skip
    """One mapped report of trees planted, alone in its own article (`place`: a region's; None: national)."""
    start, end = _PERIODS[period]
    return dict(
        indicator_id=f"a{n}-0", article_id=f"a{n}", value=value, unit="count", item=item, qualifier=qualifier,
        period_start=pd.Timestamp(start).date() if start else None, period_end=pd.Timestamp(end).date(),
        kind=kind, is_change=False, role=None, linked_indicator_id=None, sentence=f"Report {n}.",
        sentence_start=0, start_char=0, end_char=3, surface=str(value), metric_id=TREES, category=None,
        period_basis=basis, direction=None, published_at=pd.Timestamp(published), topics=[], place=place,
    )  # fmt: skip


def _bars(tmp_path: Path, *reports: dict) -> pd.DataFrame:
    """The progress rows of a fresh store holding these reports, as the Taza page reads them."""
    from dashboard import queries as q
    from dashboard.progress import progress_to_targets
    from etl.store import database
    from etl.transform.ingest import INDICATOR_COLUMNS

    db = tmp_path / "store.duckdb"
    con = database.connect(db)
    try:
        con.execute("INSERT INTO metrics VALUES (?, 'Trees planted', 'ecology', 'count')", [TREES])
        for metric in {r["metric_id"] for r in reports} - {TREES}:
            con.execute(
                "INSERT INTO metrics VALUES (?, 'Saxaul on the Aral seabed', 'ecology', 'hectare')", [metric]
            )
        frame = pd.DataFrame(list(reports))
        database.insert_frame(con, "indicators", frame, [*INDICATOR_COLUMNS, "published_at", "topics"])
        rebuild_metric_tables(con)
    finally:
        con.close()
    return progress_to_targets(q.target_progress_inputs(Store.open(db), Filters(), ("taza.",)))


def test_a_target_is_compared_only_with_an_actual_of_its_item(tmp_path: Path) -> None:
    (bar,) = _bars(
        tmp_path,
        _report(1, 2e9, "trees", "by 2027", kind="target"),
        _report(2, 1.5e9, "shrubs", "2021–2024"),  # more of the span, but another item
        _report(3, 9e8, "hectares of forest", "2021–2024"),
        _report(4, 4e8, "trees", "2024"),
    ).to_dict("records")
    assert (bar["item"], bar["actual"], bar["actual_period"]) == ("trees", 4e8, "2024")
    assert bar["label"] == "Trees planted (trees, by 2027)"


def test_an_item_worded_in_another_language_pairs_with_its_target(tmp_path: Path) -> None:
    (bar,) = _bars(
        tmp_path,
        _report(1, 2e9, "trees", "by 2027", kind="target"),
        _report(2, 5e8, "деревьев", "2024"),  # trees, in Russian
        _report(3, 9e8, "бұталар", "2021–2024"),  # shrubs, in Kazakh: not trees
    ).to_dict("records")
    assert (bar["actual"], bar["actual_period"]) == (5e8, "2024")


def test_seedlings_planted_measure_a_target_of_trees_and_say_so(tmp_path: Path) -> None:
    # the catalog's [progress_items]: the ministry reports a tree target's progress in seedlings
    from dashboard import figures
    from dashboard.components import progress_line

    bars = _bars(
        tmp_path,
        _report(1, 2e9, "trees", "by 2027", kind="target"),
        _report(2, 1.5e9, "саженцев", "2021–2024"),  # seedlings, in Russian: covers most of the span
        _report(3, 4e8, "trees", "2024"),
    )
    (bar,) = bars.to_dict("records")
    assert (bar["item"], bar["actual"], bar["actual_item"], bar["progress"]) == (
        "trees",
        1.5e9,
        "seedlings",
        0.75,
    )
    line = progress_line(pd.Series(bar))
    assert "1.5 B seedlings reported for 2021–2024" in line
    # the choice is said where the bar is read: in its line, its text, its hover and the chart's title
    assert "seedlings are counted toward the trees target" in line
    chart = figures.target_progress(bars, "Progress")
    assert "1.5 B seedlings of 2 B trees" in chart.data[0].text[0]
    assert "seedlings counted toward the trees target" in chart.data[0].hovertext[0]
    assert "Seedlings counted toward the trees target" in chart.layout.title.text
    # a bar of the target's own item says nothing of the kind
    (own,) = _bars(
        tmp_path / "own",
        _report(1, 2e9, "trees", "by 2027", kind="target"),
        _report(2, 1.5e9, "trees", "2021–2024"),
    ).to_dict("records")
    assert "counted toward" not in progress_line(pd.Series(own))
    assert "counted toward" not in figures.target_progress(pd.DataFrame([own]), "Progress").layout.title.text


def test_a_target_no_actual_of_its_item_pairs_with_says_so(tmp_path: Path) -> None:
    from dashboard import figures
    from dashboard.components import progress_line

    bars = _bars(
        tmp_path,
        _report(1, 1e8, "shrubs", "by 2025", kind="target"),
        _report(2, 1.5e8, "trees", "H1 2025"),  # inside the span, but trees are not shrubs
    )
    (bar,) = bars.to_dict("records")
    assert pd.isna(bar["actual"]) and pd.isna(bar["progress"]) and bar["actual_period"] == ""
    line = progress_line(pd.Series(bar))
    # "shrubs" is not in the catalog's [item_names]: quoted as its sentence words it, not an English name
    assert "no actual of its item (“shrubs”)" in line and "%" not in line and "150" not in line
    # no bar at all: the chart is the page's list as a table (dash20), never an empty axis
    (table,) = figures.target_progress(bars, "Progress").data
    why = " ".join(table.cells.values[3]).replace("<br>", " ")
    assert table.type == "table" and "no actual of its item (“shrubs”)" in why
    # beside a target with a bar, it keeps its row, in words, where its bar would start
    figure = figures.target_progress(
        pd.concat([bars, bars.assign(label="Other", actual=5e7, progress=0.5)], ignore_index=True), "Progress"
    )
    assert list(figure.data[0].text)[0] == ""  # no bar, no share
    assert "no actual of this item" in figure.layout.annotations[0].text  # on the chart: no room for quotes
    assert "no actual of its item (“shrubs”)" in figure.data[0].hovertext[0]


def test_a_target_worded_two_ways_is_one_bar_when_one_wording_has_an_actual(tmp_path: Path) -> None:
    bars = _bars(
        tmp_path,
        _report(1, 2e9, "trees", "by 2027", kind="target"),
        _report(2, 2e9, "green spaces", "by 2027", kind="target"),  # the same target, reworded
        _report(3, 1.1e9, "trees", "2021–2024", qualifier="more than"),
    )
    assert bars[["item", "actual"]].to_dict("records") == [{"item": "trees", "actual": 1.1e9}]


def test_a_total_covering_more_of_the_span_wins_over_a_later_part_period(tmp_path: Path) -> None:
    # the 2021–2024 reports cannot all hold (exactly 900 M, published later, against more than
    # 1.1 B): the latest of them, with their range; never the later but shorter first half of 2025
    (bar,) = _bars(
        tmp_path,
        _report(1, 2e9, "trees", "by 2027", kind="target"),
        _report(2, 1.1e9, "trees", "2021–2024", qualifier="more than", published="2025-01-10"),
        _report(3, 9e8, "trees", "2021–2024", published="2025-03-01"),
        _report(4, 1.5e8, "trees", "H1 2025", published="2025-07-10"),
    ).to_dict("records")
    assert (bar["actual_period"], bar["actual"], bar["progress"]) == ("2021–2024", 9e8, pytest.approx(0.45))
    assert (bar["disagreeing_actuals"], bar["actual_low"], bar["actual_high"]) == (2, 9e8, 1.1e9)


def test_of_periods_covering_as_much_of_the_span_the_latest_wins(tmp_path: Path) -> None:
    # 2024 has a day more than 2025, not more of the span
    (bar,) = _bars(
        tmp_path,
        _report(1, 2e9, "trees", "by 2027", kind="target"),
        _report(2, 3e8, "trees", "2024"),
        _report(3, 2.5e8, "trees", "2025"),
    ).to_dict("records")
    assert (bar["actual_period"], bar["actual"]) == ("2025", 2.5e8)


@pytest.mark.parametrize(
    ("start", "end", "months"),
    [("2024-01-01", "2024-12-31", 12), ("2025-01-01", "2025-12-31", 12), ("2025-01-01", "2025-06-30", 6),
     ("2021-01-01", "2024-12-31", 48), ("2025-01-21", "2025-01-21", 1), (None, "2025-03-31", 1)],
)  # fmt: skip
def test_months_covered(start: str | None, end: str, months: int) -> None:
    from dashboard.progress import months_covered

    got = months_covered(
        pd.Series([pd.Timestamp(start) if start else pd.NaT]), pd.Series([pd.Timestamp(end)])
    )
    assert list(got) == [months]


def test_a_bar_whose_period_has_a_flagged_pair_of_its_item_notes_the_disagreement(events_store: Path) -> None:
    # every pair the explorer flags (one item wording) makes the bar of that item and period say
    # that its reports cannot all hold
    from dashboard.fact_figures import item_family
    from dashboard.format import period

    with duckdb.connect(str(events_store), read_only=True) as con:
        pairs = con.execute(
            "SELECT c.metric_id, c.period_start, c.period_end, i.item FROM contradictions c "
            "JOIN indicators i ON i.indicator_id = c.indicator_id_a WHERE c.kind = 'actual'"
        ).fetchall()
    flagged = {(metric, period(start, end), item_family(item)) for metric, start, end, item in pairs}
    progress, _ = _events_bar(events_store)
    noted = [
        bar["disagreeing_actuals"] >= 2
        for bar in progress.data.to_dict("records")
        if (bar["metric_id"].replace("_target", ""), bar["actual_period"], item_family(bar["item"]))
        in flagged
    ]
    assert noted and all(noted)


@pytest.mark.parametrize(
    ("fraction", "shown"),
    [(0.0037, "under 1%"), (0.0, "0%"), (0.005, "under 1%"), (0.45, "45%"), (1.5, "150%")],
)
def test_a_small_share_of_a_target_never_reads_as_none(fraction: float, shown: str) -> None:
    from dashboard import format as fmt

    assert fmt.share(fraction) == shown


def test_the_it_target_in_english_is_measured_by_the_kazakh_report_of_its_item(mixed_store: Path) -> None:  # noqa: F811
    # 'level of IT exports' (the target) and 'IT-қызметтер экспорты' (the 2024 actual) are one
    # item in [item_names]; the whole of 2024 covers more of the span than the first half of 2024
    store = Store.open(mixed_store)
    (bar,) = (
        charts.it_exports(store, Filters())[0]
        .data.query("metric_id == 'it.exports_target_usd'")
        .to_dict("records")
    )
    assert (bar["item"], bar["actual"], bar["actual_period"]) == ("exports of IT services", 5e8, "2024")
    with duckdb.connect(str(mixed_store), read_only=True) as con:
        (language,) = con.execute(
            "SELECT a.language FROM indicators i JOIN articles a USING (article_id) WHERE i.indicator_id = ?",
            [bar["actual_indicator_id"]],
        ).fetchone()
    assert language == "kk"


def test_a_period_written_in_its_sentence_wins_over_a_longer_inferred_one(tmp_path: Path) -> None:
    # "about 1.6 million seedlings" under a span carried from elsewhere is no measure of how much
    # of the target's span it covers; the whole of 2024, written in its sentence, is
    (bar,) = _bars(
        tmp_path,
        _report(1, 2e9, "trees", "by 2027", kind="target"),
        _report(2, 1.6e6, "trees", "2021–2024", basis="context"),
        _report(3, 4e8, "trees", "2024"),
    ).to_dict("records")
    assert (bar["actual"], bar["actual_period"]) == (4e8, "2024")
    # with no period written anywhere, coverage decides as before
    (bar,) = _bars(
        tmp_path / "second",
        _report(1, 2e9, "trees", "by 2027", kind="target"),
        _report(2, 1.6e6, "trees", "2021–2024", basis="context"),
        _report(3, 4e8, "trees", "2024", basis="context"),
    ).to_dict("records")
    assert bar["actual_period"] == "2021–2024"


def test_a_negative_target_or_actual_has_no_share_and_its_bar_text_gives_both_figures(tmp_path: Path) -> None:
    from dashboard import figures

    frame = _bars(
        tmp_path,
        _report(1, -3.0, "trees", "by 2027", kind="target"),
        _report(2, -1.2, "trees", "2024"),
    )
    (bar,) = frame.to_dict("records")
    assert (bar["actual"], bar["target"]) == (-1.2, -3.0) and pd.isna(bar["progress"])
    (text,) = figures.target_progress(frame, "Trees").data[0].text
    assert text.startswith("-1.2 of -3") and "nan" not in text


def test_a_national_target_is_never_measured_by_a_regions_actual(tmp_path: Path) -> None:
    # the country's 2 billion trees by 2027 against one region's 1.2 million planted in 2024:
    # the region's figure is inside the span and of the same item, and still no progress
    bars = _bars(
        tmp_path,
        _report(1, 2e9, "trees", "by 2027", kind="target"),
        _report(2, 1.2e6, "trees", "2024", place="Mangystau region"),
    )
    (bar,) = bars.to_dict("records")
    assert pd.isna(bar["actual"]) and pd.isna(bar["progress"]) and pd.isna(bar["place"])


def test_a_regions_target_is_measured_by_that_regions_actual_only(tmp_path: Path) -> None:
    bars = _bars(
        tmp_path,
        _report(1, 2e9, "trees", "by 2027", kind="target"),
        _report(2, 4e8, "trees", "2024"),  # the country's
        _report(3, 5e6, "trees", "by 2027", kind="target", place="Mangystau region"),
        _report(4, 1.2e6, "trees", "2024", place="Mangystau region"),
        _report(5, 3e6, "trees", "2024", place="Zhambyl region"),  # another region's: no bar of its own
    )
    by_place = {
        bar["place"] if isinstance(bar["place"], str) else None: bar for bar in bars.to_dict("records")
    }
    assert set(by_place) == {None, "Mangystau region"}
    assert (by_place[None]["actual"], by_place["Mangystau region"]["actual"]) == (4e8, 1.2e6)
    assert by_place["Mangystau region"]["label"] == "Trees planted (trees, by 2027), Mangystau region"


def test_one_target_reported_under_a_stated_and_an_inferred_period_is_one_bar(tmp_path: Path) -> None:
    # "2 billion trees by 2027" in its sentence, and the same 2 billion under a span carried from a
    # headline: one target, its other report in the hover, never a second bar of other progress
    frame = _bars(
        tmp_path,
        _report(1, 2e9, "trees", "2025", kind="target", basis="context"),
        _report(4, 2e9, "trees", "2025", kind="target", basis="context"),
        _report(2, 2e9, "trees", "by 2027", kind="target"),
        _report(3, 4e8, "trees", "2024"),
    )
    (bar,) = frame.to_dict("records")
    assert bar["label"].endswith("(trees, by 2027)") and bar["also_reported"] == ["2025 (period inferred)"]
    from dashboard import figures

    (hover,) = figures.target_progress(frame, "Trees").data[0].hovertext
    assert "other reports of the same target: 2025 (period inferred)" in hover
    from dashboard.components import progress_line

    assert "other reports of the same target: 2025 (period inferred)" in progress_line(
        next(frame.itertuples())
    )
    # and in the chart's own words, for a download read without the line above it or a hover
    title = figures.target_progress(frame, "Trees").layout.title.text
    assert (
        "<sup>Trees planted (trees, by 2027): other reports of the same target: 2025 (period inferred)</sup>"
        in title
    )


def test_a_targets_inferred_period_is_labelled_so_and_stated_targets_of_one_value_stay_apart(
    tmp_path: Path,
) -> None:
    (bar,) = _bars(
        tmp_path,
        _report(1, 2e9, "trees", "by 2027", kind="target", basis="context"),
        _report(2, 4e8, "trees", "2024"),
    ).to_dict("records")
    assert bar["label"].endswith("(trees, by 2027, period inferred)")


@pytest.mark.parametrize(("first", "then"), [("by 2025", "by 2027"), ("by 2027", "by 2025")])
def test_a_total_target_whose_deadline_moves_is_one_bar_at_the_latest_reports_deadline(
    tmp_path: Path, first: str, then: str
) -> None:
    # "2 billion trees by 2025" in one sentence, later "by 2027" (or back): one target whose
    # deadline moved, not two bars reading the same share from the same actual
    (bar,) = _bars(
        tmp_path,
        _report(1, 2e9, "trees", first, kind="target", published="2025-01-10"),
        _report(2, 2e9, "trees", then, kind="target", published="2025-11-15"),
        _report(3, 4e8, "trees", "2024"),
    ).to_dict("records")
    assert bar["label"].endswith(f"(trees, {then})")
    assert bar["also_reported"] == [f"{first} (an earlier report, 10 Jan 2025)"]


def test_a_moved_deadline_whose_later_report_names_no_first_day_keeps_the_earlier_ones_start(
    tmp_path: Path,
) -> None:
    # "2 billion trees in 2021–2025", later "by 2027": one target whose deadline moved, not two
    # bars; the later report does not say when it began, the earlier does, so the bar is measured
    # by the running total from 2021, never by the 2019–2023 figure that covers more months
    (bar,) = _bars(
        tmp_path,
        _report(1, 2e9, "trees", "2021–2025", kind="target", published="2025-01-10"),
        _report(2, 2e9, "trees", "by 2027", kind="target", published="2025-11-15"),
        _report(3, 3e8, "trees", "2019–2023"),
        _report(4, 1.5e9, "trees", "2021–2024"),
    ).to_dict("records")
    assert bar["label"].endswith("(trees, by 2027)")
    assert bar["actual"] == 1.5e9 and bar["actual_period"] == "2021–2024"
    assert bar["also_reported"] == [
        "2021–2025 (an earlier report, 10 Jan 2025; the bar counts from its first day)"
    ]


def test_targets_of_one_value_whose_spans_start_on_different_days_stay_two_bars(tmp_path: Path) -> None:
    # 2021–2025 and 2023–2027 are two spans, not one deadline moved: neither names the other
    bars = _bars(
        tmp_path,
        _report(1, 2e9, "trees", "2021–2025", kind="target", published="2025-01-10"),
        _report(2, 2e9, "trees", "2023–2027", kind="target", published="2025-11-15"),
        _report(3, 1.5e9, "trees", "2021–2024"),
    ).to_dict("records")
    assert [b["label"].rsplit("(", 1)[1] for b in bars] == ["trees, 2021–2025)", "trees, 2023–2027)"]
    assert [b["also_reported"] for b in bars] == [[], []]
    assert [b["actual"] for b in bars][0] == 1.5e9 and pd.isna(bars[1]["actual"])


def test_an_earlier_report_is_named_by_the_bar_it_folded_into_not_by_another_start(tmp_path: Path) -> None:
    # 2021–2025 then 2021–2027 (the deadline moved), and a more-reported "by 2027": one target,
    # every earlier report named on its one bar, none left out
    (bar,) = _bars(
        tmp_path,
        _report(1, 2e9, "trees", "2021–2025", kind="target", published="2024-01-10"),
        _report(2, 2e9, "trees", "2021–2027", kind="target", published="2024-06-10"),
        _report(3, 2e9, "trees", "by 2027", kind="target", published="2025-11-15"),
        _report(5, 2e9, "trees", "by 2027", kind="target", published="2025-11-16"),
        _report(4, 1.5e9, "trees", "2021–2024"),
    ).to_dict("records")
    assert bar["label"].endswith("(trees, by 2027)") and bar["actual"] == 1.5e9
    assert sorted(bar["also_reported"]) == [
        "2021–2025 (an earlier report, 10 Jan 2024; the bar counts from its first day)",
        "2021–2027 (an earlier report, 10 Jun 2024; the bar counts from its first day)",
    ]


def test_the_words_of_a_metric_that_counts_one_thing_are_one_item_toward_its_target(tmp_path: Path) -> None:
    # saxaul on the Aral seabed counts one thing, whatever a sentence calls it ("area", "seabed with
    # saxaul plantations"): "1.1 M ha in 2021–2024" and later "1.1 M ha by 2030" are one target
    # whose deadline moved, measured by the 475,000 ha of 2021–2024, not a second bar saying that
    # no actual of its item ("seabed with saxaul plantations") is reported
    saxaul = "taza.saxaul_hectares"

    def hectares(report: dict) -> dict:
        return {**report, "metric_id": saxaul, "unit": "hectare"}

    (bar,) = _bars(
        tmp_path,
        hectares(_report(1, 1.1e6, "area", "2021–2024", kind="target", published="2025-01-21")),
        hectares(_report(2, 475_000, "area", "2021–2024", published="2025-01-21")),
        hectares(
            _report(
                3, 1.1e6, "seabed with saxaul plantations", "by 2030", kind="target", published="2025-07-14"
            )
        ),
    ).to_dict("records")
    assert bar["label"].endswith("(by 2030)") and bar["actual"] == 475_000
    assert bar["also_reported"] == [
        "2021–2024 (an earlier report, 21 Jan 2025; the bar counts from its first day)"
    ]


def test_a_target_of_a_metric_counting_one_thing_with_no_actual_quotes_no_item(tmp_path: Path) -> None:
    # "seabed" of "1.1 M ha of the seabed by 2030" is the sentence's word, not an item an actual lacks
    from dashboard.components import progress_line

    target = _report(1, 1.1e6, "seabed", "by 2030", kind="target")
    frame = _bars(tmp_path, {**target, "metric_id": "taza.saxaul_hectares", "unit": "hectare"})
    line = progress_line(next(frame.itertuples()))
    assert "“seabed”" not in line and "no actual of this item is reported" in line


def test_a_bar_says_which_period_its_actual_covers(tmp_path: Path) -> None:
    # review13: a downloaded image has neither the line above the chart nor the hover, and
    # "55% · 1.1 B of 2 B" beside "(by 2027)" read as progress today
    from dashboard import figures

    bars = _bars(
        tmp_path,
        _report(1, 2e9, "trees", "by 2027", kind="target"),
        _report(2, 1.1e9, "trees", "2021–2024"),
    )
    (text,) = figures.target_progress(bars, "Progress").data[0].text
    assert text == "55% · 1.1 B of 2 B · reported for 2021–2024"


def test_bars_run_from_the_top_in_the_order_their_lines_and_csv_rows_are_listed(events_store: Path) -> None:
    # review13: Plotly draws a horizontal bar chart's first category at the bottom, so the lines
    # above the chart (and the CSV) named the bottom bar first
    progress, _ = _events_bar(events_store)
    assert progress.figure.layout.yaxis.autorange == "reversed"
    # the whisker still hangs under its own bar: on a downward axis, a higher category number
    events_row = list(progress.data["metric_id"]).index("taza.events")
    whisker = [s for s in progress.figure.layout.shapes if s.type == "line" and s.y0 == s.y1]
    assert whisker and all(events_row < s.y0 < events_row + 0.5 for s in whisker)
