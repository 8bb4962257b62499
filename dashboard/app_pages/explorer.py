"""Indicator explorer: every figure, filterable; one figure in its sentence, its sources; contradictions."""

import pandas as pd
import streamlit as st

from dashboard import charts
from dashboard import format as fmt
from dashboard import queries as q
from dashboard.components import highlighted_sentence, no_data, require_store, show_chart

store, filters = st.session_state["store"], st.session_state["filters"]
st.title("Indicator explorer")

if require_store(store):
    figures_tab, contradictions_tab = st.tabs(["Figures", "Flagged contradictions"])
    with figures_tab:
        choices = q.indicator_choices(store)
        columns = st.columns(4)
        units = columns[0].multiselect("Unit", choices["units"], key="explorer_units")
        kinds = columns[1].multiselect("Kind", choices["kinds"], key="explorer_kinds")
        year = columns[2].selectbox("Period year", [None] + choices["years"], key="explorer_year",
                                    format_func=lambda y: "any" if y is None else str(y))  # fmt: skip
        text = columns[3].text_input("Search item and sentence", key="explorer_text")
        found = q.indicators(store, filters, tuple(units), tuple(kinds), year, text.strip())
        if not no_data(found):
            st.caption(f"{len(found):,} figures" + (" (first 2,000)" if len(found) == 2000 else ""))
            table = pd.DataFrame(
                {
                    "figure": [fmt.figure(v, u) for v, u in zip(found["value"], found["unit"], strict=True)],
                    "item": found["item"],
                    "qualifier": found["qualifier"].fillna(""),
                    "kind": found["kind"] + found["is_change"].map({True: " (change)", False: ""}),
                    "period": [
                        fmt.period(s, e)
                        for s, e in zip(found["period_start"], found["period_end"], strict=True)
                    ],
                    "metric": found["metric_id"].fillna(""),
                    "published": found["published_at"].dt.strftime("%d.%m.%Y"),
                    "source": found["source"],
                    "article": found["title"],
                }
            )
            picked = st.dataframe(table, hide_index=True, width="stretch", on_select="rerun",
                                  selection_mode="single-row", key="explorer_table")  # fmt: skip
            rows = picked.selection.rows if picked and picked.selection else []
            indicator_id = found.iloc[rows[0]]["indicator_id"] if rows else found.iloc[0]["indicator_id"]
            detail = q.indicator_detail(store, indicator_id).iloc[0]
            st.subheader(f"{fmt.figure(detail['value'], detail['unit'], detail['item'])} · "
                         f"{fmt.period(detail['period_start'], detail['period_end'])} · {detail['kind']}")  # fmt: skip
            offset = int(detail["start_char"] - detail["sentence_start"])
            st.html(
                f"<blockquote>{highlighted_sentence(detail['sentence'], offset, offset + len(detail['surface']))}</blockquote>"
            )
            source = detail["source"] or "unknown"
            via = f" via {detail['source_via']}" if detail["source_via"] else ""
            st.text(f"{detail['title']}\n{detail['published_at']:%d.%m.%Y %H:%M} · publisher: {source}{via}"
                    + (f" · metric: {detail['metric_id']}" if detail["metric_id"] else ""))  # fmt: skip
            elsewhere = q.same_fact_elsewhere(store, indicator_id)
            if not elsewhere.empty:
                st.markdown(f"**Also reported in {len(elsewhere)} other article(s):**")
                st.dataframe(
                    elsewhere[["published_at", "title", "source", "sentence"]],
                    hide_index=True,
                    width="stretch",
                )
            for chart in charts.explorer(store, filters):
                show_chart(chart)
    with contradictions_tab:
        flagged = q.contradictions(store)
        if not no_data(
            flagged, "No contradiction flagged: no two figures for the same metric and period disagree."
        ):
            total = q.contradiction_count(store)
            shown = (
                f"The {len(flagged):,} most divergent of {total:,} pairs" if total > len(flagged) else "Pairs"
            )
            st.caption(f"{shown} of figures for the same metric, kind and period that differ by more than 0.5 %. "
                       "They may be different programmes described alike, or a misprint: read both sentences.")  # fmt: skip
            for row in flagged.itertuples():
                with st.container(border=True):
                    st.markdown(f"**{row.label}** · {fmt.period(row.period_start, row.period_end)} · {row.kind} · "
                                f"{row.ratio:,.1f}× apart".replace("$", "\\$"))  # fmt: skip
                    left, right = st.columns(2)
                    for column, value, title, published, sentence in (
                        (left, row.value_a, row.title_a, row.published_a, row.sentence_a),
                        (right, row.value_b, row.title_b, row.published_b, row.sentence_b),
                    ):
                        column.metric(title[:80], fmt.figure(value, row.unit))
                        column.text(f"{published:%d.%m.%Y} · {sentence}")
