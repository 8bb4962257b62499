"""The sidebar's filters: date range, topics, sources, languages. Declared in the entry file, so they
are drawn on every page and keep their values across page switches."""

from __future__ import annotations

from datetime import date

import streamlit as st

from dashboard import format as fmt
from dashboard import queries as q
from dashboard.queries import Filters, Store

LANGUAGE_NAMES = {"en": "English", "ru": "Russian", "kk": "Kazakh"}


def _follow_new_bounds(bounds: tuple[date, date]) -> None:
    """Keep the date range on 'everything' when a refresh widens the store, unless the user
    chose a range of their own."""
    previous = st.session_state.get("filter_dates_bounds")
    if "filter_dates" not in st.session_state or (
        previous != bounds and tuple(st.session_state["filter_dates"]) == previous
    ):
        st.session_state["filter_dates"] = bounds
    st.session_state["filter_dates_bounds"] = bounds


def sidebar_filters(store: Store) -> Filters:
    """Draw the filters and return what they select (no filter when the store is empty)."""
    choices = q.filter_choices(store)
    st.sidebar.header("Filters")
    first, last = choices["first"], choices["last"]
    date_from = date_to = None
    if first is not None and last is not None:
        _follow_new_bounds((first, last))
        # The picker's bounds take in the store's own dates (a 1998 archive story, a damaged
        # stamp years ahead): a default outside them stops every page.
        picked = st.sidebar.date_input(
            "Published between", min_value=min(first, date(2000, 1, 1)), max_value=max(last, date(2100, 1, 1)),
            key="filter_dates", format="DD.MM.YYYY",
        )  # fmt: skip
        if isinstance(picked, tuple) and len(picked) == 2:
            date_from, date_to = picked
        elif isinstance(picked, tuple) and len(picked) == 1:
            date_from = date_to = picked[0]
    topic_labels = choices["topics"]
    st.session_state["filter_topic_labels"] = topic_labels  # for empty states that name the filters
    topics = st.sidebar.multiselect(
        "Topics",
        options=list(topic_labels),
        format_func=lambda t: topic_labels.get(t, t),
        key="filter_topics",
    )
    sources = st.sidebar.multiselect(
        "Sources",
        options=choices["sources"],
        format_func=fmt.source_label,
        key="filter_sources",
        help=f"The article's publisher; “{fmt.NO_PUBLISHER_NAMED}”: {fmt.NO_PUBLISHER_HELP}",
    )
    languages = st.sidebar.multiselect(
        "Languages",
        options=choices["languages"],
        format_func=lambda code: LANGUAGE_NAMES.get(code, code),
        key="filter_languages",
    )
    st.sidebar.caption(f"Store: `{store.path}`")
    return Filters(date_from, date_to, tuple(topics), tuple(sources), tuple(languages))


def in_force(
    filters: Filters, bounds: tuple[date, date] | None, topic_labels: dict[str, str] | None = None
) -> list[str]:
    """The sidebar's filters that narrow the store, in words ('published 01.01.2025–31.01.2025',
    'sources: Kazinform'); a date range equal to the store's `bounds` narrows nothing."""
    shown: list[str] = []
    dates = (filters.date_from, filters.date_to)
    if filters.date_from is not None and (bounds is None or dates != tuple(bounds)):
        start, end = dates
        shown.append(
            f"published {start:%d.%m.%Y}–{end:%d.%m.%Y}"
            if end and end != start
            else f"published {start:%d.%m.%Y}"
        )
    if filters.topics:
        labels = topic_labels or {}
        shown.append("topics: " + ", ".join(labels.get(t, t) for t in filters.topics))
    if filters.sources:
        shown.append("sources: " + ", ".join(fmt.source_label(s) for s in filters.sources))
    if filters.languages:
        shown.append("languages: " + ", ".join(LANGUAGE_NAMES.get(code, code) for code in filters.languages))
    return shown
