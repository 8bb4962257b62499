"""The charts of readership at equal ages (Readership page): their data and figures, as `Chart`s."""

from __future__ import annotations

import functools
from collections.abc import Callable

import pandas as pd
import plotly.graph_objects as go

from dashboard import figures_age
from dashboard import format as fmt
from dashboard import queries as q
from dashboard.chart import Chart, DrawnOnUse
from dashboard.figures import note_ties
from dashboard.queries import Filters, Store

EQUAL_AGES_HOURS = (24, 24 * 7)
CURVE_DEFAULT_ARTICLES = 5
AGE_LIST_LENGTH = 20  # stories in each views-at-an-age list
GROWING_LIST_LENGTH = 15  # stories in the last day's growth list
# What the page says where a chart has nothing to draw (never an empty frame).
EMPTY_NOTES = {
    **{
        f"readership-views-at-{hours}h": f"No story has snapshots on both sides of {figures_age.age_label(hours)} "
        "after publication yet: a value is read or interpolated from real snapshots, never extrapolated."
        for hours in EQUAL_AGES_HOURS
    },
    "readership-views-against-age": "Choose stories captured at three or more times to draw their curves.",
    "readership-fastest-growing-day": "No story gained views in the last day of the store's captures.",
}


def fair_ranking_note(store: Store, filters: Filters) -> str:
    """What a page says under its highest view counts: where the fair ranking is (stories at
    equal ages), or that the store holds none, so no count there names "the most-read story"."""
    # the lists' own query (limit and all): in the app's cache, the page's charts read the same result
    ranked = [
        hours
        for hours in EQUAL_AGES_HOURS
        if not q.views_at_age(store, filters, hours, limit=AGE_LIST_LENGTH).empty
    ]
    if ranked:
        at = " and ".join(figures_age.age_label(hours) for hours in ranked)
        return ("These counts were taken at unequal ages, so they rank no story as the most-read: compare "
                f"stories at equal ages on the Readership page, views {at} after publication.")  # fmt: skip
    return (
        "These counts were taken at unequal ages, so they rank no story as the most-read, and this store holds "
        "no ranking at equal ages: no story has snapshots on both sides of 24 hours or 7 days after publication "
        "(a crawl, `ktpulse crawl`, revisits stories at set ages). Views per day on the Readership page divide "
        "each count by the story's age at it, a rate, not a count at one age."
    )


def default_curve_articles(store: Store, filters: Filters) -> list[str]:
    """The most-read articles with several snapshots: the curves shown before any choice."""
    return list(q.age_curve_choices(store, filters)["article_id"][:CURVE_DEFAULT_ARTICLES])


def readership_ages(store: Store, filters: Filters, curve_articles: list[str] | None = None) -> list[Chart]:
    """Views at 24 h and 7 d, the views-against-age curve of the chosen articles, the last day's growth.

    Built at every run of the page (the chosen stories are part of them), so a chart with no data,
    which the page replaces with a note, builds its figure only when an export reads it."""
    page = "readership"
    charts = []
    for hours in EQUAL_AGES_HOURS:
        frame = q.views_at_age(store, filters, hours, limit=AGE_LIST_LENGTH)
        name = f"readership-views-at-{hours}h"
        if frame.empty:
            charts.append(_on_use(name, figures_age.views_at_age_title(hours), frame,
                                  functools.partial(figures_age.views_at_age, frame, hours)))  # fmt: skip
            continue
        figure = note_ties(figures_age.views_at_age(frame, hours),
                           q.ties_past_cut(store, filters, frame, "views_at_age", AGE_LIST_LENGTH),
                           f"have {fmt.views(frame['views_at_age'].iloc[-1])} views at that age")  # fmt: skip
        charts.append(Chart(name, page, figure.layout.title.text, figure, frame))
    chosen = default_curve_articles(store, filters) if curve_articles is None else curve_articles
    curve = q.views_by_age(store, chosen)
    name, title = "readership-views-against-age", "Views against age"
    if curve.empty:
        charts.append(_on_use(name, title, curve, functools.partial(figures_age.views_against_age, curve)))
    else:
        charts.append(Chart(name, page, title, figures_age.views_against_age(curve), curve))
    growth = q.fastest_growing(store, filters, limit=GROWING_LIST_LENGTH)

    def growing() -> go.Figure:
        figure = figures_age.fastest_growing(growth)
        if growth.empty:
            return figure
        return note_ties(figure, q.ties_past_cut(store, filters, growth, "views_gained", GROWING_LIST_LENGTH),
                         f"gained {fmt.views(growth['views_gained'].iloc[-1])} views")  # fmt: skip

    name, title = "readership-fastest-growing-day", "Fastest-growing stories"
    if _same_as_largest_gains(store, filters, growth):  # drawn as the largest gains: not drawn twice
        charts.append(_on_use(name, title, growth.iloc[0:0], growing, note=same_list_note(growth)))
    elif growth.empty:
        charts.append(_on_use(name, title, growth, growing))
    else:
        charts.append(Chart(name, page, title, growing(), growth))
    return charts


def _on_use(name: str, title: str, data: pd.DataFrame, figure: Callable[[], go.Figure],
            note: str | None = None) -> Chart:  # fmt: skip
    """An equal-ages chart the page does not draw (no data: it says why), its figure built when read."""
    return DrawnOnUse(name, "readership", title, data, lambda: (figure(), None), note=note)


def _same_as_largest_gains(store: Store, filters: Filters, growth: pd.DataFrame) -> bool:
    """Whether the last day's growth list is the page's "largest gain between two captures" list
    over again (the same stories, gains and order), as when the store holds two captures a day
    apart: one list drawn twice under two names reads as two findings."""
    if growth.empty:
        return False
    largest = q.readership_growth(store, filters, limit=len(growth))
    if len(largest) != len(growth):
        return False
    return list(zip(largest["article_id"], largest["views_gained"], strict=True)) == list(
        zip(growth["article_id"], growth["views_gained"], strict=True)
    )


def same_list_note(growth: pd.DataFrame) -> str:
    """What the page says instead of a last day's growth list that repeats the largest gains."""
    since, until = pd.Timestamp(growth["since"].iloc[0]), pd.Timestamp(growth["until"].max())
    return (
        f"The last day's growth ({since:%d %b %H:%M} – {until:%d %b %H:%M}, {fmt.KZ_WORDS}) is not drawn: its "
        "stories and gains are those of “Largest gain between two captures” above (each story's largest gain "
        "between two captures is its gain over this day). With captures inside the day (`ktpulse crawl`) the two "
        "lists differ: the largest gain between any two captures, and what each story gained over the last day."
    )
