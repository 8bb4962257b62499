"""Indicator explorer: every figure, filterable; one figure in its sentence, its sources; contradictions."""

import pandas as pd
import streamlit as st

from dashboard import charts
from dashboard import format as fmt
from dashboard import queries as q
from dashboard.components import (
    FIGURE_COLUMNS,
    FIGURE_WITH_KIND,
    WRAPPED_ROW_HEIGHT,
    cite_block,
    dash_breaks,
    figure_cells,
    figure_detail,
    fill_chart_files,
    item_fitted,
    link_column,
    narrow_figures,
    narrow_lines,
    no_data,
    period_cells,
    require_store,
    show_chart,
    spare_room_to,
    text_or_blank,
    too_narrow,
    within_lines,
    word_fitted,
    wrapped_row_height,
    wrapped_table_height,
)
from dashboard.table_downloads import figure_data, grid_with_download
from dashboard.table_room import table_room

store, filters = st.session_state["store"], st.session_state["filters"]
NATIONAL = "national or not stated"
ANY_YEAR = "any"  # the year's choice of every year, and the other filters' word for none chosen
st.title("Indicator explorer")

ARTICLE_WIDTH = 116
# Every column readable at a 1280 px window (components.FIGURE_COLUMNS); the article column
# holds its publisher and title ("Kazinform — Title"), and the selected figure's sentence and
# cite block follow.
COLUMNS = {
    **FIGURE_COLUMNS,
    "figure": FIGURE_WITH_KIND,
    # 116 px: with the row's checkbox, the figure, item and period, it ends at a 900 px window's
    # edge (a table ~438 px wide); a wider window stretches it
    "article": st.column_config.TextColumn(
        "article",
        width=ARTICLE_WIDTH,
        help="Publisher (where named) and title (a long one ends in …). Select a row for the figure's sentence, its cite "
        "block with the whole title and the other articles reporting it, under the table",
    ),
}

# The other reports of a figure: their sentences read in wrapped rows beside their articles.
ELSEWHERE_COLUMNS = {
    "published": FIGURE_COLUMNS["published"],
    "article": st.column_config.TextColumn("article", width=150),
    "source": st.column_config.TextColumn("source", width=110),
    "period basis": st.column_config.TextColumn("period basis", width=110),  # in full words here
    "sentence": st.column_config.TextColumn("sentence", width=320),
}

# the other reports' CSV: each with its sentence, article and URL (the figure is the selected one's)
ELSEWHERE_HELP = (
    "Each other report of the figure: its sentence, how its period was found, article, publisher and URL"
)

if require_store(store):
    # Only the open tab is built (on_change="rerun"): the contradictions tab's fifty pairs of
    # sentences and cite blocks took the browser longer to lay out than the whole Figures tab.
    figures_tab, contradictions_tab = st.tabs(["Figures", "Flagged contradictions"], on_change="rerun",
                                              key="explorer_tab")  # fmt: skip
    if figures_tab.open:
        with figures_tab:
            choices = q.indicator_choices(store)
            # Two rows: five filters in one left a chosen value two letters of a chip at a 1280 px
            # window ("to…", "ty reg…"); the unit's and the place's names are the longest, so they
            # share a row of their own. The year's box is wide enough for "2024" at a 900 px window
            # (at 0.7 it showed "an" of "any").
            top, bottom = st.columns([2, 1.2, 1]), st.columns(2)
            text = top[0].text_input("Search item and sentence", key="explorer_text")
            # "any", as the year's box says, where "Choose options" read "Choose opti" at a 900 px window
            kinds = top[1].multiselect("Kind", choices["kinds"], key="explorer_kinds", placeholder=ANY_YEAR)
            # The year a period ends in: "Period year" 2021 left out every 2021–2024 total unsaid
            # (484 of the dev store's figures span years)
            # "any" a choice of its own and the box required, so it has no clear button: after a
            # rerun it drew one beside "any", leaving a chosen "2024" 20 px of a 900 px window's box
            # (and cleared, the box showed nothing, not "any")
            chosen_year = top[2].selectbox("Period ends in", [ANY_YEAR] + choices["years"], key="explorer_year",
                                           format_func=str,
                                           help="The year the figure's period ends in (or starts in, when it names no "
                                                "end): a 2021–2024 total is listed under 2024, not under 2021")  # fmt: skip
            year = None if chosen_year == ANY_YEAR else chosen_year
            # units by their names, as the chart and table say them ("tenge (₸)"), so typing one finds it
            units = bottom[0].multiselect(
                "Unit",
                choices["units"],
                key="explorer_units",
                format_func=fmt.unit_name,
                placeholder=ANY_YEAR,
            )
            # None: the country's figures (and those whose sentence names no place)
            places = bottom[1].multiselect("Place", [None, *choices["places"]], key="explorer_places", placeholder=ANY_YEAR,
                                           format_func=lambda p: NATIONAL if p is None else p)  # fmt: skip
            # a period written in the figure's own sentence is far more often right than one carried
            # from the headline or an earlier sentence (docs/extraction.md)
            stated_only = st.checkbox("Periods stated in the figure's own sentence only", key="explorer_stated",
                                      help="Leave out figures whose period was taken from the headline, an "
                                           "earlier sentence or the publication date, or is not stated")  # fmt: skip
            chosen = q.FigureCriteria(
                tuple(units), tuple(kinds), year, text.strip(), stated_only, tuple(places)
            )
            found = q.indicators(store, filters, chosen)
            counted = charts.explorer_counts(store, filters, chosen)
            own = fmt.explorer_filters(units, kinds, year, places, text.strip(), stated_only, NATIONAL)
            if not no_data(found, own=own, unfiltered="The store holds no reported figure yet."):
                total = int(counted.data["figures"].sum()) if len(counted.data) else len(found)
                # the table lists the newest; the chart below counts every match
                st.caption(
                    fmt.plural(total, "figure")
                    + (f"; the table lists the newest {len(found):,}" if total > len(found) else "")
                )
                table = pd.DataFrame(
                    {
                        # "more than 88", "▼ −9.1 %": the qualifier and a change's way read with the figure
                        # its kind too ("target: 5 %"): the figure, item, period and article are
                        # what a 900 px window shows of the table, with no room for a kind column
                        "figure": fmt.with_kind(fmt.reported_column(found), found["kind"]),
                        "item": text_or_blank(found["item"]),
                        "period": period_cells(
                            found["period_start"], found["period_end"]
                        ),  # broken after a dash
                        # one wrapped cell, the publisher, then the title: the grid shows a line
                        # break inside a cell as a space (the publisher read into the title). The
                        # day in a column of its own, after it: in the cell, at the 120 px a 900
                        # px window leaves, it pushed a long title past the row's seven lines.
                        # The title alone when no publisher is named ("unknown publisher —" took
                        # two of the seven lines of every such cell)
                        "article": [
                            f"{source} — {title}" if source else title
                            for source, title in zip(
                                map(fmt.named_publisher, found["source"]),
                                text_or_blank(found["title"]),
                                strict=True,
                            )
                        ],
                        "published": pd.to_datetime(found["published_at"]),
                        "period basis": [fmt.period_basis_short(b) for b in found["period_basis"]],
                        "place": text_or_blank(found["place"]),
                        "metric": text_or_blank(found["label"]),
                        "original": link_column(found["url"]),
                    }
                )
                if not table["original"].any():
                    table = table.drop(columns="original")  # no URL known: no column of empty cells
                # the article takes the room a wider window leaves (the grid would share it out
                # among every column alike)
                fitted = word_fitted(
                    item_fitted(COLUMNS, table, selectable=True), table, "metric", selectable=True
                )
                room = table_room()
                if too_narrow(fitted, table, room, selectable=True):
                    # a 900 px window: three columns holding every cell (components.narrow_figures)
                    # in rows as tall as nine in ten of them need (narrow_lines), not as the tallest
                    # cell; a taller cell ends in "…", whole in the selected row's lines under the table
                    table, columns = narrow_figures(table.drop(columns="original", errors="ignore"),
                                                    int(room or 0), selectable=True)  # fmt: skip
                    lines = narrow_lines(table, columns)
                    for name in table.columns:
                        table[name] = [
                            within_lines(cell, columns[name]["width"], lines) for cell in table[name]
                        ]
                else:
                    columns = spare_room_to(fitted, table, "article", room, selectable=True)
                    # a long title ends in "…" where the row's lines end: the grid cut it mid-title
                    # without a mark; the selected row's cite block gives it whole
                    table["article"] = [
                        within_lines(article, columns["article"]["width"]) for article in table["article"]
                    ]
                    # a compound wider than the item column breaks after its hyphen, not mid-word
                    table["item"] = [dash_breaks(item, columns["item"]["width"]) for item in table["item"]]
                    # a value keeps its unit on its line
                    table["figure"] = figure_cells(list(table["figure"]), columns["figure"]["width"])
                row_height = wrapped_row_height(table, columns)  # a long item or title shown whole, not cut
                # its CSV as a program reads it: the value a number, the kind and unit in columns of their own
                with grid_with_download(
                    "explorer_figures", lambda: figure_data(found), "explorer-figures.csv"
                ):
                    picked = st.dataframe(table, hide_index=True, width="stretch", on_select="rerun", column_config=columns,
                                          row_height=row_height, height=wrapped_table_height(len(table), row_height=row_height),
                                          selection_mode="single-row", key="explorer_table")  # fmt: skip
                rows = picked.selection.rows if picked and picked.selection else []
                indicator_id = found.iloc[rows[0]]["indicator_id"] if rows else found.iloc[0]["indicator_id"]
                figure_detail(store, indicator_id)
                elsewhere = q.same_fact_elsewhere(store, indicator_id)
                if not elsewhere.empty:
                    # articles, not reports: one article may write the figure twice (a row each)
                    st.text(
                        f"Also reported in {fmt.plural(elsewhere['article_id'].nunique(), 'other article')}:"
                    )
                    also = grid_with_download("explorer_elsewhere", lambda: figure_data(elsewhere),
                                              "also-reported.csv", help=ELSEWHERE_HELP)  # fmt: skip
                    also.dataframe(
                        pd.DataFrame({"published": elsewhere["published_at"].dt.strftime("%d.%m.%Y"),
                                      "article": text_or_blank(elsewhere["title"]),
                                      "source": text_or_blank(elsewhere["source"]),
                                      "period basis": [fmt.period_basis(b) for b in elsewhere["period_basis"]],
                                      "sentence": text_or_blank(elsewhere["sentence"])}),
                        hide_index=True, width="stretch", column_config=ELSEWHERE_COLUMNS, row_height=WRAPPED_ROW_HEIGHT,
                        height=wrapped_table_height(len(elsewhere), most=5),
                    )  # fmt: skip
                show_chart(counted)
    if contradictions_tab.open:
        with contradictions_tab:
            flagged = q.contradictions(store, filters)
            if not no_data(
                flagged,
                "No contradiction flagged among these articles: no two reports that word their item alike (or "
                "name it alike in another language), of the same metric, place and period, rule each other out. Reports of differently worded items "
                "are not compared here, so a page that groups them (the scholarships' student categories) "
                "may still show reports that disagree.",
            ):
                total = q.contradiction_count(store, filters)
                shown = (
                    f"The {len(flagged):,} most divergent of {total:,} pairs"
                    if total > len(flagged)
                    else "Pairs"
                )
                st.caption(f"{shown} of figures for the same item, metric, kind, place and period, a period some "
                           "report of each writes in its own sentence (one taken from a headline, an earlier sentence or "
                           "the publication day may be another span), that cannot both hold "
                           "as their sentences qualify them (a figure as written allows its rounding, 'about' a "
                           "tenth either way, 'more than' and 'up to' one side only; differently worded items "
                           "are not compared, but an item the catalog names in English, Russian and Kazakh is one "
                           "item), with a report of either figure in the sidebar's selection. "
                           "They may be different programmes described alike, or a misprint: read both sentences.")  # fmt: skip
                for row in flagged.itertuples():
                    with st.container(border=True):
                        place = f"{row.place} · " if isinstance(row.place, str) else ""
                        st.text(f"{row.label} · {place}{fmt.period(row.period_start, row.period_end)} · {row.kind} · "
                                f"{row.ratio:,.1f}× apart")  # fmt: skip
                        left, right = st.columns(2)
                        for column, side in ((left, "a"), (right, "b")):
                            value, title = getattr(row, f"value_{side}"), getattr(row, f"title_{side}")
                            item, basis = getattr(row, f"item_{side}"), getattr(row, f"period_basis_{side}")
                            # what it counts and how its period was found: a year from the headline
                            # is seldom a contradiction
                            column.metric(
                                f"reported: {item}" if isinstance(item, str) and item else "reported",
                                fmt.qualified(
                                    getattr(row, f"qualifier_{side}"),
                                    fmt.figure(value, row.unit, compact=False),
                                ),
                            )
                            if fmt.period_basis(basis):
                                column.text(f"period: {fmt.period_basis(basis)}")
                            column.text(f"“{getattr(row, f'sentence_{side}')}”\n{title} · "
                                        f"{getattr(row, f'published_{side}'):%d.%m.%Y}")  # fmt: skip
                            with column.expander("Cite"):
                                url = getattr(row, f"url_{side}")
                                cite_block(getattr(row, f"sentence_{side}"), title, getattr(row, f"published_{side}"),
                                           getattr(row, f"source_{side}"), getattr(row, f"source_via_{side}"),
                                           url if isinstance(url, str) else None)  # fmt: skip

# the image buttons drawn "being made" get their files, in this page (its widgets keep their ids)
fill_chart_files()
