"""Scholarships: monthly amount per student category, with its effective date and changes."""

import pandas as pd
import streamlit as st

from dashboard import charts
from dashboard import format as fmt
from dashboard import queries as q
from dashboard.components import no_data, require_store, show_chart, text_or_blank

store, filters = st.session_state["store"], st.session_state["filters"]
st.title("State scholarships")

if require_store(store):
    (chart,) = charts.scholarships(store, filters)
    if not no_data(chart.data, "No scholarship amount matches these filters."):
        effective = chart.data["period_start"].dropna()
        # announced for a later date: planned, not yet paid
        when = "planned from" if (chart.data["kind"] == "plan").all() else "effective from"
        st.caption(f"{fmt.plural(len(chart.data), 'student category', 'student categories')}; amounts per month in tenge"
                   + (f", {when} {effective.min():%d %B %Y}." if not effective.empty else "."))  # fmt: skip
        show_chart(chart)
        table = pd.DataFrame({"category": text_or_blank(chart.data["category"]),
                              "monthly amount": [fmt.figure(v, "KZT") for v in chart.data["value"]],
                              "kind": chart.data["kind"],
                              "period found": text_or_blank(chart.data["period_basis"]),
                              "sources": chart.data["sources"]}).sort_values("category")  # fmt: skip
        st.dataframe(table, hide_index=True, width="stretch")
        every_date = q.metric_values(store, filters, "scholarship.monthly_amount", provenance=False)
        if every_date["period_start"].nunique() > 1:
            st.subheader("Changes between effective dates", anchor=False)
            changes = every_date.assign(category=text_or_blank(every_date["category"])).pivot_table(
                index="category", columns="period_start", values="value", aggfunc="max"
            )
            # Amounts as written; a category without a figure at a date is an empty cell, not "nan".
            shown = changes.apply(lambda column: [fmt.figure(v, "KZT") if v == v else "" for v in column])
            shown.columns = [
                f"from {fmt.period(c, None)[5:]}" if c == c else "no date" for c in changes.columns
            ]
            st.dataframe(shown, width="stretch")
