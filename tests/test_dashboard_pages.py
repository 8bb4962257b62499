"""Every dashboard page under streamlit.testing's AppTest, on the sample store and on none."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard import format as fmt
from dashboard.charts import TAZA_METRICS
from etl.pipeline.refresh import refresh
from tests.conftest import SAMPLE_PAGE

APP = str(Path(__file__).resolve().parent.parent / "dashboard" / "app.py")
PAGES = {
    "app_pages/overview.py": ("Kazakhstan Today at a glance", 1),
    "app_pages/readership.py": (
        "Readership",
        6,
    ),  # no growth chart (one capture); at equal ages only the last day (one capture: no 24 h/7 d values, no curve)
    "app_pages/taza.py": ("Taza Kazakstan", 2),  # progress, then the chosen one of eight series
    "app_pages/scholarships.py": ("State scholarships", 1),
    # no target has a bar (its reasons listed, no empty chart), two series, two fact cards
    "app_pages/it_exports.py": ("IT services exports", 2),
    "app_pages/explorer.py": ("Indicator explorer", 1),
    "app_pages/articles.py": ("Articles", 0),  # the newest article has no view count: a note, no chart
}


def _app(db: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setenv("KTPULSE_DB", str(db))
    app = AppTest.from_file(APP, default_timeout=60)
    app.run()
    return app


@pytest.mark.parametrize(("page", "expected"), PAGES.items(), ids=list(PAGES))
def test_page_renders_its_charts_without_exception(
    sample_store: Path, monkeypatch, page: str, expected
) -> None:
    title, charts = expected
    app = _app(sample_store, monkeypatch)
    app.switch_page(page).run()
    assert not app.exception, [e.message for e in app.exception]
    assert app.title[0].value == title
    assert len(app.get("plotly_chart")) == charts


def test_readership_says_there_is_no_story_to_chart_against_age_rather_than_asking_to_choose(
    sample_store: Path, monkeypatch
) -> None:
    app = _app(sample_store, monkeypatch)  # one capture: no story has three snapshots
    app.switch_page("app_pages/readership.py").run()
    notes = [info.value for info in app.info]
    assert any(note.startswith("No story has been captured at three or more times") for note in notes)
    assert not any("Choose" in note for note in notes)
    assert not [box for box in app.multiselect if box.label.startswith("Stories for the views-against-age")]


def test_overview_cards_show_the_sample_counts(sample_store: Path, monkeypatch) -> None:
    app = _app(sample_store, monkeypatch)
    cards = {metric.label: metric.value for metric in app.metric}
    assert cards["Articles"] == "16"
    assert cards["Pages ingested"] == "1"
    # no two of the sample's reports cannot both hold (seedlings against trees, or two lower
    # bounds, are not contradictions)
    assert cards["Flagged contradictions"] == "0"
    assert int(cards["Reported figures"]) > 100


def test_overview_newest_figures_say_they_are_only_the_tracked_metrics_and_how_many_of_all(
    sample_store: Path, monkeypatch
) -> None:
    with duckdb.connect(str(sample_store), read_only=True) as con:
        reported, tracked = con.execute("SELECT count(*), count(metric_id) FROM indicators").fetchone()
    assert 0 < tracked < reported  # the table is drawn from a part of the figures only
    app = _app(sample_store, monkeypatch)
    assert "Newest figures of the tracked metrics" in [header.value for header in app.subheader]
    assert f"({tracked:,} of the {reported:,} reported figures)" in " ".join(c.value for c in app.caption)


def test_scholarships_page_lists_eight_categories_with_amounts(sample_store: Path, monkeypatch) -> None:
    app = _app(sample_store, monkeypatch)
    app.switch_page("app_pages/scholarships.py").run()
    table = app.table[0].value  # a static table since dash21 (the category its index)
    assert len(table) == 8
    amounts = {
        category.replace("\u00a0", " "): amount.replace("\u00a0", " ")
        for category, amount in zip(table.index, table["monthly amount"], strict=True)
    }
    assert amounts["master's students"] == "117,098 ₸"
    assert amounts["doctoral students"] == "262,500 ₸"
    assert "planned from 01 September 2025" in app.caption[0].value  # announced in January: not yet paid
    assert set(table["kind"]) == {"plan"}


def test_it_page_states_the_one_billion_target_is_a_years_and_only_half_a_year_is_reported(
    sample_store: Path, monkeypatch
) -> None:
    app = _app(sample_store, monkeypatch)
    app.switch_page("app_pages/it_exports.py").run()
    text = " ".join(m.value for m in app.markdown)
    # a year's exports against the first half of 2024: said, with no share (it read "31%")
    assert (
        "target \\$1 B for a year; only part of a year is reported inside its span, \\$306 M for H1 2024"
        in text
    )
    assert "31%" not in text
    # Single-fact series are fact cards: value, kind and period, item, then the cite block.
    cards = {metric.label: metric.value for metric in app.metric}
    # "growth ... amounted to 24%": a rise, shown with its way
    # compact as its progress line writes it ("target $1 B"), in full in the card's help
    assert cards["actual (change) · H1 2024"] == "▲ +24 %" and cards["target · by 2025"] == "$1 B"
    helps = {metric.label: metric.proto.help for metric in app.metric}
    assert helps["target · by 2025"] == "Exactly \\$1,000,000,000"
    cites = [code.value for code in app.code]
    assert any("growth of exports of IT services amounted to 24%" in cite for cite in cites)
    assert all("publisher: primeminister.kz" in cite for cite in cites)


def test_a_progress_section_with_no_bar_lists_each_target_and_why_instead_of_an_empty_chart(
    sample_store: Path, monkeypatch
) -> None:
    """The sample's IT targets have no bar (no venture fund actual; half a year's exports for a
    year's target): the chart was grey reasons over an empty 0-100 axis; the page lists them."""
    from dashboard.components import NO_BAR

    app = _app(sample_store, monkeypatch)
    app.switch_page("app_pages/it_exports.py").run()
    assert NO_BAR in [caption.value for caption in app.caption]
    assert not any("progress to targets" in chart.proto.spec for chart in app.get("plotly_chart"))
    listed = [m.value for m in app.markdown if m.value.startswith("- **")]
    assert len(listed) == 2 and all(line.endswith("so there is no progress to show") for line in listed)


def test_a_progress_list_with_no_bar_downloads_as_csv_with_its_values_exact(
    sample_store: Path, monkeypatch
) -> None:
    """Every chart exports: dash18's list in the chart's place had no download at all."""
    from dashboard import charts
    from dashboard.progress_reasons import no_bar_table
    from dashboard.queries import Filters, Store
    from etl.store.spreadsheet import spreadsheet_csv

    app = _app(sample_store, monkeypatch)
    app.switch_page("app_pages/it_exports.py").run()
    buttons = [b for b in app.get("download_button") if b.proto.label == "⬇ CSV of this list"]
    assert len(buttons) == 1
    progress = charts.it_exports(Store.open(sample_store), Filters())[0].data
    rows = spreadsheet_csv(no_bar_table(progress)).decode().splitlines()
    assert rows[0] == (
        "target,target value,unit,target period basis,actual qualifier,actual,actual period,"
        "actual period basis,why no progress"
    )
    # the list's $1 B and $306 M in full, as the list words them otherwise
    assert sorted(rows[1:]) == [
        '"IT services exports: target (exports of IT services, by 2026)",1000000000,USD,in its sentence,,306000000,'
        "H1 2024,in its sentence,\"only part of a year is reported inside its span, which is no share of a year's "
        'figure"',
        "Venture fund: target volume (by 2025),1000000000,USD,in its sentence,,,,,no actual of this item is "
        "reported inside the target's span",
    ]


def test_taza_page_states_progress_and_flags_the_disagreement(sample_store: Path, monkeypatch) -> None:
    app = _app(sample_store, monkeypatch)
    app.switch_page("app_pages/taza.py").run()
    text = " ".join(m.value for m in app.markdown)
    assert "1.1 B reported for 2021–2024, 55% of 2 B" in text
    # 1.1 million seedlings and more than 12 million and 1.1 billion trees for 2021–2024 can all
    # hold: different items, and lower bounds
    assert "cannot all hold" not in text and "different figures" not in text
    # Each series a choice of a row that wraps (tabs scrolled sideways at 900 px); only the chosen one is drawn.
    assert app.radio[0].options == [title for _, title, _ in TAZA_METRICS]
    # (a chart's title is page text above it since dash21: the chart is known by its key)
    assert app.get("plotly_chart")[1].proto.id.endswith("chart-taza-participants")
    app.session_state["taza_series"] = "Trees and seedlings planted"
    app.run()
    assert len(app.get("plotly_chart")) == 2 and app.get("plotly_chart")[1].proto.id.endswith(
        "chart-taza-trees-planted"
    )


def test_explorer_shows_the_sentence_with_the_figure_marked_and_escaped(
    sample_store: Path, monkeypatch
) -> None:
    app = _app(sample_store, monkeypatch)
    app.switch_page("app_pages/explorer.py").run()
    marked = [element.proto.body for element in app.get("html")]
    assert any("<mark><b>" in body for body in marked)
    # The contradictions tab is built only once it is opened.
    assert "apart" not in " ".join(t.value for t in app.text)
    app.session_state["explorer_tab"] = "Flagged contradictions"
    app.run()
    flagged = " ".join(t.value for t in app.text)
    assert "apart" not in flagged  # 1.1 million seedlings against over 1.1 billion trees: not flagged
    assert "No contradiction flagged among these articles" in " ".join(i.value for i in app.info)


def test_topic_filter_applies_across_pages(sample_store: Path, monkeypatch) -> None:
    app = _app(sample_store, monkeypatch)
    app.sidebar.multiselect(key="filter_topics").select("justice").run()
    assert {m.label: m.value for m in app.metric}["Articles"] == "1"
    app.switch_page("app_pages/articles.py").run()
    assert app.sidebar.multiselect(key="filter_topics").value == ["justice"]
    assert len(app.dataframe[0].value) == 1


def test_filter_with_no_data_shows_a_message_not_a_traceback(sample_store: Path, monkeypatch) -> None:
    app = _app(sample_store, monkeypatch)
    app.sidebar.multiselect(key="filter_topics").select("sport").run()  # one listing-only article, no figures
    for page in PAGES:
        app.switch_page(page).run()
        assert not app.exception, (page, [e.message for e in app.exception])
    # every empty state names the filter in force, never one the user did not touch
    for page in ("app_pages/scholarships.py", "app_pages/overview.py"):  # (one article, no figures)
        app.switch_page(page).run()
        notes = [i.value for i in app.info]
        assert notes and all("topics: Sport" in note for note in notes), (page, notes)
        assert not any("date range" in note or "source" in note or "mapped" in note for note in notes)


def test_the_explorers_empty_state_names_its_own_filters_not_the_untouched_sidebar(
    sample_store: Path, monkeypatch
) -> None:
    app = _app(sample_store, monkeypatch)
    app.switch_page("app_pages/explorer.py").run()
    app.text_input(key="explorer_text").input("no such words anywhere").run()
    app.checkbox(key="explorer_stated").check().run()
    (note,) = [i.value for i in app.info]
    assert "search “no such words anywhere”" in note and "own sentence only" in note
    assert "sidebar" not in note


def test_the_overview_with_nothing_in_its_dates_says_so_not_that_nothing_is_mapped(
    sample_store: Path, monkeypatch
) -> None:
    from datetime import date

    app = _app(sample_store, monkeypatch)
    app.sidebar.date_input(key="filter_dates").set_value((date(2001, 1, 1), date(2001, 1, 2))).run()
    notes = [i.value for i in app.info]
    assert notes and all("published 01.01.2001–02.01.2001" in note for note in notes), notes
    assert not any("mapped" in note for note in notes)


def test_explorer_units_are_offered_by_their_names_and_filter_by_their_codes(
    sample_store: Path, monkeypatch
) -> None:
    app = _app(sample_store, monkeypatch)
    app.switch_page("app_pages/explorer.py").run()
    units = app.multiselect(key="explorer_units")
    assert "tenge (₸)" in units.options and "KZT" not in units.options
    units.select("KZT").run()
    assert set(app.dataframe[0].value["figure"].str.endswith("₸")) == {True}


@pytest.mark.parametrize("page", list(PAGES))
def test_every_page_explains_a_missing_store(tmp_path: Path, monkeypatch, page: str) -> None:
    app = _app(tmp_path / "absent.duckdb", monkeypatch)
    app.switch_page(page).run()
    assert not app.exception, [e.message for e in app.exception]
    assert any("Run `ktpulse refresh data/`" in info.value for info in app.info)


def test_a_refresh_shows_up_without_restarting(tmp_path: Path, monkeypatch) -> None:
    from etl.pipeline.refresh import refresh
    from tests.conftest import SAMPLE_OBSERVED_AT, SAMPLE_PAGE

    db = tmp_path / "live.duckdb"
    (tmp_path / "one.txt").write_text("01.02.2025, 10:00 5\nFirst title\nBody with 17 enterprises.\n")
    refresh(db, [tmp_path / "one.txt"], observed_at=SAMPLE_OBSERVED_AT)
    app = _app(db, monkeypatch)
    assert {m.label: m.value for m in app.metric}["Articles"] == "1"
    refresh(db, [SAMPLE_PAGE], observed_at=SAMPLE_OBSERVED_AT)
    app.run()
    assert {m.label: m.value for m in app.metric}["Articles"] == "17"


def test_explorer_basis_column_fits_its_width_and_the_detail_keeps_qualifier_and_change(
    sample_store: Path, monkeypatch
) -> None:
    from dashboard import format as fmt
    from dashboard.fact_figures import text_width

    app = _app(sample_store, monkeypatch)
    app.switch_page("app_pages/explorer.py").run()
    shown = set(app.dataframe[0].value["period basis"])
    assert shown and shown <= set(fmt.BASIS_SHORT.values())  # never the cut "from the headline or…"
    # the grid's 14 px text and its cell padding, against text_width's 12 px estimate: each label
    # in two lines of the column's wrapped rows, broken at a space outside its parenthesis
    # ("inferred" / "(pub. date)"), never inside a word
    lines = [re.split(r" (?![^(]*\))", label) for label in fmt.BASIS_SHORT.values()]
    assert all(len(parts) <= 2 for parts in lines)
    assert all(text_width(part) * 14 / 12 + 16 <= fmt.BASIS_COLUMN_WIDTH for parts in lines for part in parts)
    # the selected figure's line says it as its sentence does: "more than 88", a change as a change
    app.text_input(key="explorer_text").input("higher education institutions").run()
    assert app.text[0].value.startswith("more than 88 higher education institutions · ")
    app.text_input(key="explorer_text").input("growth of exports of IT services").run()
    assert app.text[0].value.startswith("▲ +24 % · H1 2024 (in its sentence) · actual (change)")


def test_overview_newest_figures_say_changes_qualifiers_and_inferred_periods(
    sample_store: Path, monkeypatch
) -> None:
    from dashboard import format as fmt

    app = _app(sample_store, monkeypatch)
    table = app.dataframe[0].value
    # a value and its unit on one line (dash26): "+7.5" / "%" read as a figure without its unit
    assert "▲ more than +7.5\u00a0%" in set(table["figure"])
    rows = dict(zip(table["figure"].str.replace("\u00a0", " "), table.to_dict("records"), strict=True))
    # "grew by 4.5 billion US dollars or over 7.5%": rises, not the fund's size (an actual: no kind
    # before it), and a target says so in its cell, as no kind column fits a 900 px window (dash24)
    assert "▲ +$4.5 B" in rows and "▲ more than +7.5 %" in rows and "kind" not in table.columns
    assert rows["target: 5 %"]["item"] == "inflation rate"
    assert set(table["period basis"]) <= set(fmt.BASIS_SHORT.values())
    assert fmt.BASIS_SHORT["context"] in set(
        table["period basis"]
    )  # the scholarships' year is the headline's


def test_an_articles_figures_say_changes_qualifiers_and_inferred_periods(
    sample_store: Path, monkeypatch
) -> None:
    from dashboard import format as fmt

    app = _app(sample_store, monkeypatch)
    app.switch_page("app_pages/articles.py").run()
    app.text_input(key="articles_text").input("National Fund").run()
    figures = app.dataframe[1].value  # the article's figures, under the list of articles
    figures["figure"] = figures["figure"].str.replace("\u00a0", " ")  # a value glued to its unit
    rows = dict(zip(figures["figure"], figures["kind"], strict=True))
    assert rows["▲ more than +7.5 %"] == rows["▲ +$4.5 B"] == "actual (change)"
    # "as written" keeps the qualifier the figure has
    written = dict(zip(figures["figure"], figures["as written"], strict=True))
    assert written["▲ more than +7.5 %"].startswith("more than ")
    # the list's long titles and publishers wrap in their rows, never cut at a column's end
    from dashboard.components import WRAPPED_ROW_HEIGHT

    assert app.dataframe[0].proto.row_height == WRAPPED_ROW_HEIGHT
    assert set(figures["period basis"]) <= set(fmt.BASIS_SHORT.values())


def test_an_articles_topics_say_what_their_numbers_are(sample_store: Path, monkeypatch) -> None:
    # "Topics: Foreign relations (0.63)" read as a probability or a share: it is a keyword match
    app = _app(sample_store, monkeypatch)
    app.switch_page("app_pages/articles.py").run()
    (line,) = [text.value for text in app.text if text.value.startswith("Topics: ")]
    assert re.fullmatch(
        r"Topics: [^()]+ \(keyword match [01]\.\d\d of 1\)(, [^()]+ \(keyword match [01]\.\d\d of 1\))*", line
    ), line


def test_the_explorers_year_filter_says_it_is_the_year_a_period_ends(sample_store: Path, monkeypatch) -> None:
    # "Period year" 2021 silently left out the 2021–2024 totals (they are listed under 2024)
    app = _app(sample_store, monkeypatch)
    app.switch_page("app_pages/explorer.py").run()
    year = app.selectbox(key="explorer_year")
    assert year.label == "Period ends in"
    assert "2021–2024 total is listed under 2024" in year.help
    year.set_value(2024).run()
    periods = {
        period.replace("– ", "–") for period in app.dataframe[0].value["period"]
    }  # (broken after a dash)
    assert "2021–2024" in periods and "2024" in periods


def test_contradictions_say_what_each_figure_counts_as_its_sentence_qualifies_it(
    disagreeing_store: Path, monkeypatch
) -> None:
    app = _app(disagreeing_store, monkeypatch)
    app.switch_page("app_pages/explorer.py").run()
    app.session_state["explorer_tab"] = "Flagged contradictions"
    app.run()
    labels = [metric.label for metric in app.metric]
    # each side names what its figure counts: the same item on both sides of a flagged pair
    assert labels and all(label.startswith("reported: ") for label in labels)
    assert labels[0::2] == labels[1::2]
    assert "period: in its sentence" in [t.value for t in app.text]
    assert "cannot both hold" in app.caption[0].value


@pytest.mark.parametrize(
    ("page", "title", "body"),
    [
        ("app_pages/taza.py", "Taza Kazakstan: 2 million people joined clean-ups",
         "In 2024, more than 2 million people took part in Taza Kazakstan clean-ups."),
        ("app_pages/it_exports.py", "IT services exports grew",
         "In 2024, exports of IT services reached $700 million."),
    ],
)  # fmt: skip
def test_a_series_page_without_a_target_says_why_there_is_no_progress(
    tmp_path: Path, monkeypatch, page: str, title: str, body: str
) -> None:
    """The progress chart was left out without a word when the filters matched no target."""
    from dashboard.components import NO_TARGET
    from etl.pipeline.refresh import refresh
    from tests.conftest import SAMPLE_OBSERVED_AT

    (tmp_path / "a.txt").write_text(f"20.01.2025, 10:00 50\n{title}\n{body}\n", encoding="utf-8")
    db = tmp_path / "ktpulse.duckdb"
    refresh(db, [tmp_path], observed_at=SAMPLE_OBSERVED_AT)
    app = _app(db, monkeypatch)
    app.switch_page(page).run()
    assert not app.exception, [e.message for e in app.exception]
    assert NO_TARGET in [caption.value for caption in app.caption]


def test_overview_figures_read_in_english_with_the_item_as_written_in_its_own_column(
    sample_store: Path, monkeypatch
) -> None:
    """The figure column read '20.5 M адамнан': the value in English glued to the sentence's
    noun, whose long Kazakh forms then broke mid-word in the narrow figure column."""
    import json

    from dashboard.components import grid_text_width

    app = _app(sample_store, monkeypatch)
    table = app.dataframe[0].value
    counted = table[table["item"] != ""]
    assert len(counted) >= 3
    for figure, item in zip(counted["figure"], counted["item"], strict=True):
        assert item not in figure
    # the item column holds its longest word on one line
    config = json.loads(app.dataframe[0].proto.columns)
    widths = {key: column.get("width") for key, column in config.items()}
    assert widths["item"] >= max(grid_text_width(w) for item in counted["item"] for w in item.split())


def test_an_item_column_widens_to_its_longest_word_within_a_1280_and_a_900_px_window() -> None:
    import pandas as pd

    from dashboard.components import (
        FIGURE_COLUMNS,
        ITEM_WIDTH,
        OVERVIEW_FIGURE_COLUMNS,
        TABLE_ROOM_900,
        TABLE_ROOM_1280,
        grid_text_width,
        item_fitted,
    )

    def table(*items: str, columns: tuple[str, ...] = ("figure", "period", "article")) -> pd.DataFrame:
        return pd.DataFrame({"figure": "", "item": list(items), **dict.fromkeys(columns[1:], "")})

    assert item_fitted(FIGURE_COLUMNS, table("participants", "")) is FIGURE_COLUMNS
    word = "кәсіпкерлердің"  # a noun with its plural and genitive endings
    widened = item_fitted(OVERVIEW_FIGURE_COLUMNS, table(f"{word} саны", "адамнан"))
    assert widened["item"]["width"] >= grid_text_width(word) > ITEM_WIDTH
    # a longer word (a Russian compound, "проектно-сметных") breaks over lines: the figure,
    # item, period and article stay within a 900 px window (dash24 pushed the article past it)
    long_word = "кәсіпкерлеріміздің"
    fitted = item_fitted(OVERVIEW_FIGURE_COLUMNS, table(long_word))
    assert sum(fitted[name]["width"] for name in ("figure", "item", "period", "article")) <= TABLE_ROOM_900
    # a table with no room to spare keeps its columns in the window and lets the word break
    full = ("figure", "place", "kind", "period", "period basis", "metric", "article")
    crowded = item_fitted(FIGURE_COLUMNS, table(long_word, columns=full), selectable=True)
    assert sum(crowded[name]["width"] for name in ("item", *full)) <= TABLE_ROOM_1280


def test_the_articles_list_counts_every_match_though_it_lists_the_newest(
    sample_store: Path, monkeypatch
) -> None:
    """Past the list's limit the caption read '500 articles (the newest 500)': the list's length
    as the number of matching articles."""
    from dashboard import queries

    real = queries.articles
    monkeypatch.setattr(
        queries, "articles", lambda store, filters, text="", limit=5: real(store, filters, text, limit)
    )
    app = _app(sample_store, monkeypatch)
    app.switch_page("app_pages/articles.py").run()
    assert not app.exception, [e.message for e in app.exception]
    assert app.caption[0].value.startswith(
        "16 articles; the table lists the newest 5; times are Kazakhstan time"
    )
    assert len(app.dataframe[0].value) == 5


def test_the_articles_list_sorts_by_date_and_views_and_says_when_its_counts_were_printed(
    sample_store: Path, monkeypatch
) -> None:
    """Dates and views were text: sorted by a header click they ran by the day of the month
    ('03.02.2025' before '23.12.2024') and by first digit ('9,291' above '55,905'); and a count
    said nothing of when kt.kz printed it."""
    app = _app(sample_store, monkeypatch)
    app.switch_page("app_pages/articles.py").run()
    listed = app.dataframe[0].value
    assert pd.api.types.is_datetime64_any_dtype(listed["published"])
    assert pd.api.types.is_integer_dtype(listed["views"])
    assert listed["published"].is_monotonic_decreasing  # newest first, as the caption says
    # the sample's articles were all counted at its one capture
    caption = app.caption[0].value
    assert caption.endswith(
        "views: each article's count as kt.kz printed it at its latest capture, at 03.02.2025 18:00"
    )


def test_article_cells_read_date_then_title_with_no_line_break_the_grid_would_hide(
    sample_store: Path, monkeypatch
) -> None:
    """The grid shows a line break inside a cell as a space: '24.01.2025\\nKazakhstan's inflation…'
    read as one line, the date run into the title (and the explorer's publisher into it too)."""
    from dashboard.components import OVERVIEW_FIGURE_COLUMNS, TABLE_ROOM_1280

    app = _app(sample_store, monkeypatch)
    newest = app.dataframe[0].value
    # the figure, item, period and article first: what a 900 px window shows (dash24); the day after
    assert list(newest.columns[:5]) == ["figure", "item", "period", "article", "published"]
    # a date, so its header sorts by date, not by the day of the month of its text
    assert pd.api.types.is_datetime64_any_dtype(newest["published"])
    assert not newest["article"].str.contains(r"\n|^\d\d\.\d\d\.", regex=True).any()
    assert sum(OVERVIEW_FIGURE_COLUMNS[name]["width"] for name in newest.columns) <= TABLE_ROOM_1280
    app.switch_page("app_pages/explorer.py").run()
    found = app.dataframe[0].value
    assert not found["article"].str.contains("\n").any()
    # publisher — title where a publisher is named, else the title alone; the day in its own column
    named = found["article"].str.match(r"[^—]+ — .+")
    assert named.any() and not found["article"].str.startswith(fmt.UNKNOWN_PUBLISHER).any()
    assert list(found.columns[:5]) == ["figure", "item", "period", "article", "published"]
    # a date, so its header sorts by date, not by the day of the month of its text
    assert pd.api.types.is_datetime64_any_dtype(found["published"])


def test_readership_warns_when_capture_times_are_only_file_times(
    sample_store: Path, tmp_path: Path, monkeypatch
) -> None:
    """Without a fetch record or --observed-at a page's capture time is its file's modification time,
    and views per day count from it: the page says so, naming how many articles it touches; a store
    whose capture time was given says nothing of it."""
    app = _app(sample_store, monkeypatch)
    app.switch_page("app_pages/readership.py").run()
    assert not [w for w in app.warning if w.value.startswith("Capture time unknown")]

    shutil.copy(SAMPLE_PAGE, tmp_path / SAMPLE_PAGE.name)
    guessed = tmp_path / "guessed.duckdb"
    refresh(guessed, [tmp_path / SAMPLE_PAGE.name])
    app = _app(guessed, monkeypatch)
    app.switch_page("app_pages/readership.py").run()
    warnings = [w.value for w in app.warning if w.value.startswith("Capture time unknown")]
    assert len(warnings) == 1 and "15 articles" in warnings[0], [w.value for w in app.warning]


def test_the_highest_view_counts_say_on_screen_they_rank_no_story_as_the_most_read(
    sample_store: Path, monkeypatch
) -> None:
    """The sample's counts were taken at unequal ages and it has no equal-age snapshots: under the
    chart, on Overview and Readership, the page says so instead of leaving "Most-read" to be quoted."""
    for page in ("app_pages/overview.py", "app_pages/readership.py"):
        app = _app(sample_store, monkeypatch)
        app.switch_page(page).run()
        captions = [caption.value for caption in app.caption]
        assert any("this store holds no ranking at equal ages" in caption for caption in captions), page


@pytest.mark.parametrize(
    ("page", "grid", "first", "selectable"),
    [
        ("app_pages/overview.py", 0, ("figure", "item", "period", "article"), False),
        ("app_pages/explorer.py", 0, ("figure", "item", "period", "article"), True),
        ("app_pages/articles.py", 0, ("published", "title"), True),
        ("app_pages/articles.py", 1, ("figure", "item", "period", "kind"), True),
    ],
)
def test_the_columns_a_reader_needs_first_are_in_sight_at_a_900_px_window(
    sample_store: Path, monkeypatch, page: str, grid: int, first: tuple[str, ...], selectable: bool
) -> None:
    """dash24: at a 900 px window (a table 438 px wide) the Overview showed a figure's kind and
    period basis but not its article; the explorer its place; the articles list cut its titles."""
    import json

    from dashboard.components import CHECKBOXES, TABLE_ROOM_900

    app = _app(sample_store, monkeypatch)
    app.switch_page(page).run()
    if page.endswith("articles.py"):
        app.text_input(key="articles_text").input("National Fund").run()  # an article with figures
    assert not app.exception, [e.message for e in app.exception]
    table = app.dataframe[grid]
    assert tuple(table.value.columns[: len(first)]) == first
    config = json.loads(table.proto.columns)
    widths = {key: column.get("width") for key, column in config.items()}
    used = sum(widths[name] for name in first) + (CHECKBOXES if selectable else 0)
    assert used <= TABLE_ROOM_900, widths
