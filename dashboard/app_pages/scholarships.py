"""Scholarships: monthly amount per student category, with its effective date and changes."""

import pandas as pd
import streamlit as st

from dashboard import charts, figures
from dashboard import format as fmt
from dashboard import queries as q
from dashboard.components import fill_chart_files, no_data, require_store, show_chart, text_or_blank
from etl.store.spreadsheet import spreadsheet_csv

store, filters = st.session_state["store"], st.session_state["filters"]
# characters of a category's line in the tables: at 36 the bars' table ran past a 900 px
# window's edge and hid its sources
CATEGORY_LINE = 28


def _unbroken(cell: str) -> str:
    """A cell whose amounts ("up to 123,120 ₸") are never broken over two lines (no-break spaces);
    only between two disagreeing amounts and before "⚠ reports disagree" may the line break."""
    amounts, flag, note = cell.partition(" ⚠")
    return " / ".join(amount.replace(" ", "\u00a0") for amount in amounts.split(" / ")) + flag + note


st.title("State scholarships")

if require_store(store):
    (chart,) = charts.scholarships(store, filters)
    if not no_data(chart.data, unfiltered="No scholarship amount has been reported in the store yet."):
        every_date = q.metric_values(store, filters, "scholarship.monthly_amount")
        changes = charts.scholarship_changes(every_date)
        effective = chart.data["period_start"].dropna()
        shown = sorted(set(chart.data["category"]))
        # announced for a later date: planned, not yet paid
        when = "planned from" if (chart.data["kind"] == "plan").all() else "effective from"
        # the bars are one date's amounts: say which, and which categories only other dates have
        st.caption(
            "Bars: the amounts of the newest date reported"
            + (f" ({when} {effective.min():%d %B %Y})" if not effective.empty else "")
            + f", {len(shown)} of {fmt.plural(len(changes.categories), 'student category', 'student categories')}"
            + "; amounts per month in tenge."
            + (f" Reported only for earlier dates (table below): {', '.join(c for c in changes.categories if c not in shown)}."
               if len(changes.categories) > len(shown) else "")
        )  # fmt: skip
        show_chart(chart)
        bars = figures.scholarships_in_bar_order(chart.data)  # row by row as the bars, top down
        # a static table, as the changes below: its cells wrap in a 900 px window, where the grid
        # sized the category to its longest one and left every amount past the window's edge
        table = pd.DataFrame({"monthly amount": [_unbroken(fmt.qualified(q_, fmt.figure(v, "KZT"))) for q_, v in
                                                 zip(bars["qualifier"], bars["value"], strict=True)],
                              "kind": list(bars["kind"]),
                              "period found": [fmt.period_basis_short_of_words(b) for b in bars["period_basis"]],
                              "sources": list(bars["sources"])},
                             index=pd.Index([fmt.unbroken_lines(c, CATEGORY_LINE) for c in text_or_blank(bars["category"])],
                                            name="category"))  # fmt: skip
        st.table(table)
        if len(changes.table.columns) > 1 or changes.disagreements:
            st.subheader("Changes between effective dates", anchor=False)
            st.caption("Newest date first. “from”: the date an amount takes effect; “as of”: the day an article "
                       "reported an amount as standing, which is not a date it took effect (often only the day it "
                       "was published).")  # fmt: skip
            # a static table: each row as high as its own cells (one line, the row with "150,000 ₸ /
            # 195,000 ₸ ⚠ reports disagree" two), headers wrapping whole, columns sized to their text;
            # a grid's one row height for every row made each row four lines high
            shown = charts.newest_dates(changes.table).map(_unbroken)
            dates = [column for column in changes.table.columns if column != charts.UNDATED]
            newest = [column for column in shown.columns if column != charts.UNDATED]
            earlier = len(dates) - len(newest)
            if earlier:
                st.caption(f"The {len(newest)} newest of {len(dates)} dates; the {earlier} "
                           "earlier ones are in the CSV of every date below (oldest first).")  # fmt: skip
            # a long category in lines: unbroken, "students of technical and vocational education
            # (working qualifications)" ran past its column and was cut at the table's edge
            shown.index = [fmt.unbroken_lines(category, CATEGORY_LINE) for category in shown.index]
            shown.index.name = changes.table.index.name
            st.table(shown)
            st.download_button(
                "⬇ CSV of every date", data=lambda: spreadsheet_csv(changes.table.reset_index()),
                file_name="scholarship-changes.csv", mime="text/csv", key="download-scholarship-changes-csv",
                on_click="ignore",
            )  # fmt: skip
            if changes.disagreements:
                # not the explorer's flagged contradictions, which pair only reports that word their
                # item alike: say so, or "0 contradictions" elsewhere reads as a denial of these
                st.warning("Reports disagree on one category and date (read both sentences in the explorer): "
                           + charts.listed(changes.disagreements) + ". These are grouped by student category; the "
                           "flagged contradictions (overview, explorer) compare only reports that word their item "
                           "alike, so they may not count these.")  # fmt: skip

# the image buttons drawn "being made" get their files, in this page (its widgets keep their ids)
fill_chart_files()
