"""The scholarships page says what its bars show and how its dates differ, the explorer's chart
counts every figure its filters match, and a fact card cites an article of unknown publisher:
AppTest over real stores."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from dashboard import queries as q
from dashboard.components import cite_text
from etl.pipeline.refresh import refresh
from tests.apptest_page import app_on_page as _app
from tests.conftest import SAMPLE_OBSERVED_AT

# Articles written for this test: (file, first line, title, body).
ARTICLES = [
    ("a.txt", "20.08.2022, 10:00 50", "Scholarships to rise from September 1",
     "From Sept. 1, bachelor's students will receive a scholarship of KZT 40,000 a month, while doctoral "
     "students will get KZT 160,000."),
    # the same category and date as the first article, another amount: reports that disagree
    ("b.txt", "25.08.2022, 10:00 40", "Doctoral scholarship to rise from September 1",
     "From September 1, 2022, doctoral students will receive a scholarship of KZT 180,000 a month."),
    # a ceiling for honours students, the newest date
    ("c.txt", "15.06.2024, 10:00 30", "Scholarships for honours students",
     "From September 1, 2024, honours master's students will receive up to KZT 130,000 a month in scholarship."),
    # no student group named
    ("d.txt", "01.08.2023, 10:00 20", "Scholarships to rise in September",
     "From September 1, 2023, the scholarship will rise to KZT 45,000 a month."),
    # no date: the amount stands at the day the article was published
    ("e.txt", "10.05.2024, 10:00 30", "How much students are paid",
     "Master's students receive a scholarship of KZT 100,000 a month."),
]  # fmt: skip


@pytest.fixture(scope="module")
def scholarship_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("scholarships")
    for name, stamp, title, body in ARTICLES:
        (folder / name).write_text(f"{stamp}\n{title}\n{body}\n", encoding="utf-8")
    db = folder / "ktpulse.duckdb"
    refresh(db, [folder], observed_at=SAMPLE_OBSERVED_AT)
    return db


def test_scholarship_bars_keep_qualifiers_and_the_caption_says_what_they_show(
    scholarship_store: Path, monkeypatch
) -> None:
    app = _app(scholarship_store, monkeypatch, "app_pages/scholarships.py")
    caption = app.caption[0].value
    # the bars are the newest date's one category; the four others only earlier dates have
    assert "newest date reported (planned from 01 September 2024), 1 of 5 student categories" in caption
    assert all(
        group in caption
        for group in ("bachelor's students", "doctoral students", "master's students,", "unspecified group")
    )
    table = app.table[0].value  # (a static table since dash21: its cells wrap at a 900 px window)
    assert [amount.replace("\u00a0", " ") for amount in table["monthly amount"]] == ["up to 130,000 ₸"]
    assert json.loads(app.get("plotly_chart")[0].proto.spec)["data"][0]["text"] == ["up to 130,000 ₸"]


def test_scholarship_table_lists_categories_in_the_bars_order(sample_store: Path, monkeypatch) -> None:
    # a reader compares bar and row: the table's rows go top down as the bars, largest first
    app = _app(sample_store, monkeypatch, "app_pages/scholarships.py")
    bars = json.loads(app.get("plotly_chart")[0].proto.spec)["data"][0]
    rows = [amount.replace("\u00a0", " ") for amount in app.table[0].value["monthly amount"]]
    assert len(rows) > 2 and rows == bars["text"][::-1]  # Plotly draws the first category lowest


def test_scholarship_changes_name_a_missing_group_tell_dates_apart_and_flag_disagreement(
    scholarship_store: Path, monkeypatch
) -> None:
    app = _app(scholarship_store, monkeypatch, "app_pages/scholarships.py")
    bars, table = app.table  # the bars' amounts, then the changes between dates
    changes = table.value.map(lambda cell: cell.replace("\u00a0", " "))
    changes.index = [c.replace("\u00a0", " ") for c in changes.index]
    assert "unspecified group" in changes.index and not {"nan", "None", ""} & set(changes.index)
    # an amount without a date is as of the day its article was published, not "from May 2024"
    assert "as of 10 May 2024 (publication date)" in changes.columns
    assert not any(column.startswith("from May 2024") for column in changes.columns)
    assert changes.loc["doctoral students", "from Sep 2022"] == "160,000 ₸ / 180,000 ₸ ⚠ reports disagree"
    (warning,) = app.warning
    assert "doctoral students, from Sep 2022: 160,000 ₸ and 180,000 ₸" in warning.value
    # the flagged contradictions follow another rule: the warning says which, so a count of none
    # on the overview does not read as a denial of it
    assert "flagged contradictions" in warning.value and "word their item alike" in warning.value


def test_scholarship_changes_show_the_newest_dates_and_export_every_one(
    scholarship_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store of many years gave the changes table hundreds of dates (tens of thousands of pixels
    wide, seconds to draw): the page shows the newest, says how many are left out, and the CSV
    holds every date."""
    from dashboard import charts

    every = _app(scholarship_store, monkeypatch, "app_pages/scholarships.py").table[1].value
    # the store's dates, newest first (dash24): oldest first, the newest stood past a 900 px
    # window's edge, behind a sideways scroll
    assert list(every.columns) == ["from Sep 2024", "as of 10 May 2024 (publication date)", "from Sep 2023",
                                   "from Sep 2022"]  # fmt: skip
    monkeypatch.setattr(charts, "NEWEST_DATES_SHOWN", 2)
    app = _app(scholarship_store, monkeypatch, "app_pages/scholarships.py")
    _, table = app.table
    assert list(table.value.columns) == list(every.columns[:2])
    earlier = len(every.columns) - 2
    assert any(
        f"The 2 newest of {len(every.columns)} dates; the {earlier} earlier" in c.value for c in app.caption
    )
    (button,) = [b for b in app.get("download_button") if b.proto.label == "⬇ CSV of every date"]
    # an undated column stays last, after the newest dates, not first as the dates turn round
    undated = pd.DataFrame([["1", "2", "3"]], columns=["from Sep 2022", "from Sep 2023", charts.UNDATED])
    assert list(charts.newest_dates(undated).columns) == ["from Sep 2023", "from Sep 2022", charts.UNDATED]
    assert list(charts.newest_dates(undated, most=1).columns) == ["from Sep 2023", charts.UNDATED]
    # the warning names the first disagreements and counts the rest
    assert charts.listed(["a", "b", "c"], most=2) == "a; b; and 1 more"
    assert charts.listed(["a", "b"], most=2) == "a; b"


@pytest.mark.parametrize("width", [1280, 1600])
def test_scholarship_changes_rows_are_one_line_high_unless_reports_disagree(
    scholarship_store: Path, width: int
) -> None:
    """A grid gave every row the height the disagreement cell needs (four lines); in a real
    browser each row is as high as its own cells: one line, an amount and a category never broken,
    and the row that says two reports disagree whole, never cut at its column's end."""
    from playwright.sync_api import sync_playwright

    from tests.streamlit_server import launch_chromium, serve_dashboard

    with serve_dashboard(scholarship_store) as base, sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = browser.new_page(viewport={"width": width, "height": 1000})
        page.goto(f"{base}/scholarships")
        rows = page.locator("[data-testid='stTable']").last.locator("tbody tr")  # the changes table
        rows.first.wait_for(timeout=60_000)
        heights = {row.inner_text(): row.bounding_box()["height"] for row in rows.all()}  # type: ignore[index]
        line = min(heights.values())
        browser.close()
    assert line < 45, heights  # one line of the table's text and its padding
    assert len(heights) == 5, heights
    for text, height in heights.items():
        if "reports disagree" not in text:
            assert height == pytest.approx(line, abs=2), heights
        else:
            assert height < 2.6 * line, heights


def _count(db: Path, where: str = "TRUE") -> int:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(f"SELECT count(*) FROM indicators WHERE {where}").fetchone()[0]


def test_figure_counts_count_every_match_not_the_tables_newest(sample_store: Path) -> None:
    store = q.Store.open(sample_store)
    shown = q.indicators(store, q.Filters(), limit=5)
    counts = q.figure_counts(store, q.Filters())
    assert len(shown) == 5 and counts["figures"].sum() == _count(sample_store) > 5
    percent = q.figure_counts(store, q.Filters(), q.FigureCriteria(units=("percent",), kinds=("actual",)))
    assert set(percent["unit"]) == {"percent"} and set(percent["kind"]) == {"actual"}
    assert percent["figures"].sum() == _count(sample_store, "unit = 'percent' AND kind = 'actual'")


def test_explorer_chart_follows_the_explorers_own_filters(sample_store: Path, monkeypatch) -> None:
    app = _app(sample_store, monkeypatch, "app_pages/explorer.py")

    def title() -> str:  # a chart's title is page text above it since dash21
        return " ".join(element.proto.body for element in app.get("html"))

    assert f"all {_count(sample_store):,} figures matching" in title()
    app.multiselect(key="explorer_units").select("percent").run()
    spec = app.get("plotly_chart")[0].proto.spec
    percent = _count(sample_store, "unit = 'percent'")
    assert f"all {percent:,} figures matching" in title()
    # units in words on the axis: '%' for percent, 'number' for counts
    assert '"y":["%"' in spec.replace(" ", "") and '"y":["number"' not in spec.replace(" ", "")
    assert app.caption[0].value.startswith(f"{percent:,} figure")


def test_a_fact_card_of_an_article_without_a_publisher_cites_it_without_one() -> None:
    # a one-fact series (a card) reads its row from a chart frame, where a missing publisher is NaN
    # (not 'nan'); "publisher: unknown publisher" told a reader nothing (dash26)
    text = cite_text("A sentence.", "A title", pd.Timestamp(2025, 1, 2, 10), float("nan"), float("nan"), None)
    assert "A title. Kazakhstan Today (kt.kz), 02.01.2025 10:00.\n" in text
    assert "publisher" not in text and "via" not in text and "nan" not in text


def test_a_long_category_of_the_changes_table_breaks_between_lines_never_past_its_column() -> None:
    """Every category was one unbreakable line: 'students of technical and vocational education
    (working qualifications)' ran past its column and was cut at the table's edge."""
    from dashboard import format as fmt

    long = fmt.unbroken_lines("students of technical and vocational education (working qualifications)", 36)
    assert (
        long
        == "students\u00a0of\u00a0technical\u00a0and\u00a0vocational education\u00a0(working\u00a0qualifications)"
    )
    assert fmt.unbroken_lines("master's students (honours)", 36) == "master's\u00a0students\u00a0(honours)"
    assert fmt.unbroken_lines("unspecified group", 36) == "unspecified\u00a0group"
    # a browser breaks after a hyphen, even inside no-break spaces
    assert "post\u2011secondary" in fmt.unbroken_lines(
        "students of secondary technical and post-secondary education", 36
    )


def test_also_reported_counts_other_articles_not_their_reports(
    sample_store: Path, tmp_path: Path, monkeypatch
) -> None:
    """The sample's dollar figures of the reserves sentence, each written twice by one older
    article, were 'also reported in 2 other articles'; the table under it keeps both reports."""
    db = tmp_path / "ktpulse.duckdb"
    db.write_bytes(sample_store.read_bytes())
    with duckdb.connect(str(db)) as con:
        other, published = con.execute(
            "SELECT article_id, published_at FROM articles ORDER BY published_at LIMIT 1"
        ).fetchone()
        for copy in ("a", "b"):
            con.execute(
                "INSERT INTO indicators BY NAME SELECT * REPLACE (indicator_id || ? AS indicator_id, ? AS article_id, "
                "?::TIMESTAMP AS published_at) FROM indicators WHERE unit = 'USD' AND sentence LIKE '%gold and forex%'",
                [f"-{copy}", other, published],
            )  # fmt: skip
    app = _app(db, monkeypatch, "app_pages/explorer.py")
    app.text_input(key="explorer_text").set_value("gold and forex reserves")
    app.multiselect(key="explorer_units").select("USD").run()
    assert not app.exception, [e.message for e in app.exception]
    assert "Also reported in 1 other article:" in [t.value for t in app.text]
    assert len(app.dataframe[1].value) >= 2  # every report of it, a row each


def test_the_scholarship_amounts_table_fits_a_900_px_window(sample_store: Path) -> None:
    """dash24: its categories in lines of 36 characters and its period basis in words ("from the
    headline or an earlier sentence") pushed the sources column past a 900 px window's edge."""
    from playwright.sync_api import sync_playwright

    from tests.streamlit_server import launch_chromium, serve_dashboard

    with serve_dashboard(sample_store) as base, sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        page = browser.new_page(viewport={"width": 900, "height": 1000})
        page.goto(f"{base}/scholarships")
        table = page.locator("[data-testid='stTable']").first
        table.locator("tbody tr").first.wait_for(timeout=60_000)
        page.wait_for_timeout(500)
        widths = table.evaluate(
            "t => [...t.querySelectorAll('div')].map(d => [d.scrollWidth, d.clientWidth])"
        )
        headers = table.locator("thead th").all_inner_texts()
        browser.close()
    assert any("sources" in h for h in headers), headers
    assert all(scroll <= client + 1 for scroll, client in widths), widths


def test_the_explorers_filters_say_any_where_nothing_is_chosen(sample_store: Path, monkeypatch) -> None:
    # "Choose options" read "Choose opti" in the Kind box at a 900 px window; the year's box says "any"
    app = _app(sample_store, monkeypatch, "app_pages/explorer.py")
    boxes = {box.key: box.proto.placeholder for box in app.multiselect if box.key.startswith("explorer_")}
    assert boxes == {"explorer_kinds": "any", "explorer_units": "any", "explorer_places": "any"}
    assert app.selectbox(key="explorer_year").value == "any"
