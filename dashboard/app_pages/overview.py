"""Overview: headline cards, the most-read articles, the newest figures."""

import pandas as pd
import streamlit as st

from dashboard import charts, charts_age
from dashboard import format as fmt
from dashboard import queries as q
from dashboard.components import (
    NEWEST_ORDERS,
    OVERVIEW_FIGURE_COLUMNS,
    PROBLEM_COLUMNS,
    dash_breaks,
    figure_cells,
    fill_chart_files,
    item_fitted,
    narrow_figures,
    newest_order,
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
st.title("Kazakhstan Today at a glance")
st.caption(
    "Readership of kt.kz stories and the figures officials report in them, each traceable to its sentence."
)

if require_store(store):
    counts = q.headline_counts(store, filters)
    # Two rows of two: four cards side by side at a 900 px window cut their labels ("Pages inge…",
    # "Flagged co…").
    cards = [*st.columns(2), *st.columns(2)]
    cards[0].metric("Articles", f"{int(counts.get('articles', 0)):,}")
    rejected = int(counts.get("pages_rejected", 0))
    # like the other cards, the pages of the sidebar's selection; a rejected page has no article
    cards[1].metric("Pages ingested", f"{int(counts.get('pages_ingested', 0)):,}",
                    help="Ingested pages that list at least one of these articles (a page lists several); "
                         f"{fmt.plural(rejected, 'page')} rejected in the whole store")  # fmt: skip
    cards[2].metric("Reported figures", f"{int(counts.get('indicators', 0)):,}")
    cards[3].metric("Flagged contradictions", f"{int(counts.get('contradictions', 0)):,}",
                    help="Pairs of reports that word their item alike (or name it alike in another language), of "
                         "the same metric, place and period (written in a sentence of each, not inferred), that "
                         "cannot both hold, with a report of either in the "
                         "sidebar's selection. Differently worded "
                         "items are not compared, so a page that groups them (the scholarships' student "
                         "categories) may show reports that disagree where this counts none")  # fmt: skip
    latest = counts.get("latest_refresh")
    # The date as a caption, not a card: a card's width cuts a timestamp to "25.11.20…".
    st.caption(
        "Latest refresh: "
        + ("none yet" if latest is None or pd.isna(latest) else fmt.refresh_time(latest, counts.get("latest_refresh_zone"))),
        help="When the latest refresh finished, in Kazakhstan time as its run recorded it (as article and capture "
        "times are, as kt.kz prints them); a refresh made before runs recorded their zone is given by its "
        "machine's own clock",
    )  # fmt: skip

    warned = q.page_warnings(store)
    if not warned.empty:
        # Nothing lost without a word: every rejected file and every damaged page, with its reason.
        # Page text inside the reasons is shown in a table, never rendered as Markdown.
        totals = q.page_warning_totals(store)  # the whole store's; the list holds the newest only
        told = []
        if totals.rejected:
            told.append(f"{fmt.plural(totals.rejected, 'file')} rejected (nothing of them stored)")
        if totals.warnings:
            told.append(fmt.damaged_pages(totals.warnings, totals.damaged))
        shown = totals.rejected + totals.warnings
        listed = "" if len(warned) >= shown else f"; the newest {len(warned):,} listed"
        with st.expander("⚠ " + "; ".join(told) + listed):
            problems = pd.DataFrame(
                {
                    "ingested": [
                        fmt.refresh_time(moment, zone, short=True)
                        for moment, zone in zip(warned["ingested_at"], warned["time_zone"], strict=True)
                    ],
                    "problem": warned["problem"],
                    "location": warned["location"],
                    "reason": warned["warning"],
                }
            )
            # rows as tall as the longest reason or location wraps to, not cut at four lines
            row_height = wrapped_row_height(problems, PROBLEM_COLUMNS)
            # Kazakhstan time, as its run recorded it (the latest refresh above)
            columns = {**PROBLEM_COLUMNS, "ingested": st.column_config.TextColumn(
                "ingested (KZ time)", width=120, help=f"{fmt.KZ_WORDS}, as its refresh recorded it; a refresh made "
                "before runs recorded their zone kept its machine's own clock, said so in the cell")}  # fmt: skip
            st.dataframe(problems, hide_index=True, width="stretch", column_config=columns,
                         row_height=row_height, height=wrapped_table_height(len(problems), row_height=row_height))  # fmt: skip

    for chart in charts.overview(store, filters):
        if not no_data(chart.data):
            show_chart(chart)
            st.caption(charts_age.fair_ranking_note(store, filters))

    # Only figures of a catalog metric are listed: without saying so, the newest of them (02.03.2026
    # in the dev store) read as the newest figure reported while later articles held others.
    st.subheader("Newest figures of the tracked metrics")
    st.caption(
        fmt.newest_figures_note(int(counts.get("metric_indicators", 0)), int(counts.get("indicators", 0)))
    )
    newest = q.newest_figures(store, filters)
    # the real reason when no filter narrows the store, else the filters in force
    if not no_data(newest, unfiltered="No figure has been mapped to a metric yet."):
        table = pd.DataFrame(
            {
                # the value and its unit in English ("20.5 M", "$1 B", "▼ −9.1 %"); what it counts,
                # as its sentence words it, in its own column
                # a target, plan or forecast says so in the figure's cell ("target: 5 %"): the
                # figure, item, period and article are what a 900 px window shows of the table
                "figure": fmt.with_kind(fmt.reported_column(newest), newest["kind"]),
                "item": text_or_blank(newest["item"]),
                "period": period_cells(newest["period_start"], newest["period_end"]),  # broken after a dash
                "article": text_or_blank(newest["title"]),
                # the day, then the title, in columns of their own: the grid shows a cell's line
                # break as a space, so "02.03.2026\nTitle" read as a title beginning with a date
                "published": pd.to_datetime(newest["published_at"]),
                "period basis": [fmt.period_basis_short(b) for b in newest["period_basis"]],
                "metric": text_or_blank(newest["label"]),
                "place": text_or_blank(newest["place"]),  # blank: national or unstated
            }
        )  # fmt: skip
        # every column in sight at a 1280 px window, as in the explorer
        # a metric's longest word whole, then the article takes the room a wider window leaves
        fitted = word_fitted(item_fitted(OVERVIEW_FIGURE_COLUMNS, table), table, "metric")
        room = table_room()
        if too_narrow(fitted, table, room):
            # A 900 px window: the grid scrolled sideways (published, period basis and metric past
            # its edge) and every row was as tall as the tallest cell. Three columns holding every
            # cell (components.narrow_figures) in a static table, each row as tall as its own cells.
            # A static table has no header to click: the order is chosen above it (dash29: it could
            # not be sorted at all).
            order = st.selectbox("Order the figures by", NEWEST_ORDERS, key="newest_figures_order",
                                 help="A wider window shows every column, each sorted by a click on its header")  # fmt: skip
            table = table.iloc[newest_order(newest, order)]
            narrow, columns = narrow_figures(table, int(room or 0))
            static = narrow.rename(columns={name: str(columns[name]["label"]) for name in narrow.columns})
            with grid_with_download("newest_figures", lambda: figure_data(newest), "newest-figures.csv"):
                st.table(static, hide_index=True)
        else:
            columns = spare_room_to(fitted, table, "article", room)
            # titles and items break between words (a long title ends in "…"), as in the explorer
            table["article"] = [
                within_lines(title, int(columns["article"]["width"] or 0)) for title in table["article"]
            ]
            table["item"] = [dash_breaks(item, int(columns["item"]["width"] or 0)) for item in table["item"]]
            table["figure"] = figure_cells(list(table["figure"]), int(columns["figure"]["width"] or 0))
            row_height = wrapped_row_height(table, columns)  # a long item or metric shown whole, not cut
            # its CSV as a program reads it: the value a number, the kind and unit in columns of their own
            with grid_with_download("newest_figures", lambda: figure_data(newest), "newest-figures.csv"):
                st.dataframe(table, hide_index=True, width="stretch", column_config=columns, row_height=row_height,
                             height=wrapped_table_height(len(table), most=len(table), row_height=row_height))  # fmt: skip

# the image buttons drawn "being made" get their files, in this page (its widgets keep their ids)
fill_chart_files()
