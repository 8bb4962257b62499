"""Readership: views per article, per day, growth, by topic and source, against the previous period."""

import streamlit as st

from dashboard import charts, charts_age
from dashboard import format as fmt
from dashboard import queries as q
from dashboard.components import fill_chart_files, no_data, require_store, show_chart

# Where the curve has no story to choose from (not where none was chosen).
NO_CURVE_STORIES = (
    "No story has been captured at three or more times yet, so there is no curve to draw: a crawl (`ktpulse crawl`) "
    "revisits each story at set ages."
)

store, filters = st.session_state["store"], st.session_state["filters"]
st.title("Readership")
st.caption(
    "View counts as kt.kz printed them when each page was captured; an article's latest count is the highest "
    "count of its latest capture. Views per day divide it by the article's age at that capture, for articles "
    "at least a day old then."
)

if require_store(store):
    totals = q.readership_totals(store, filters)
    if not totals.empty:
        current, previous = totals.iloc[0], totals.iloc[1]
        # A change only against a previous period the store covers whole: before its first
        # article there are no counts, and a zero there would show as growth.
        compared = current["stored"] == previous["stored"] == "whole"
        first = previous["stored_from"]
        unknown = (f"No change shown: the previous period ({previous['date_from']:%d.%m.%Y}–"
                   f"{previous['date_to']:%d.%m.%Y}) is not all in the store"
                   + (f", whose first article is of {first:%d.%m.%Y}" if first == first and first else "")
                   + ("; the chart below compares two periods of its own: its latest full month and the month "
                      "before, or in a shorter period its latest full week and the week before, else its halves"
                      if previous["stored"] == "none" else "")
                   ) if not compared else None  # fmt: skip
        # Each article's latest count, taken at whatever age it was captured: the difference
        # says how the two periods' stored articles compare, not that readership grew, so it is
        # shown in grey and the equal-age charts below are pointed to.
        unequal = (
            "Counts are each article's latest capture, at whatever age it was captured, so the two "
            "periods' articles were not counted at the same age: compare stories at equal ages below."
        )
        # Labels and values short enough for a card at a 900 px window (~150 px): longer ones were
        # cut ("Articles with a vi…", "24,171…"); the help says them in full.
        cards = st.columns(3)
        cards[0].metric("Articles counted", f"{int(current['articles']):,}",
                        help=" ".join(part for part in ("Articles with a view count.", unknown) if part),
                        delta=f"{int(current['articles'] - previous['articles']):+,} vs previous period" if compared
                        else None, delta_color="off")  # fmt: skip
        cards[1].metric("Latest views", fmt.card_count(current["views"]),
                        help=f"Exactly {fmt.views(current['views'])} views, each article's latest count. "
                        + (unknown or unequal),
                        delta=f"{int(current['views'] - previous['views']):+,} vs previous period's articles"
                        if compared else None, delta_color="off")  # fmt: skip
        per_day = current["mean_views_per_day"]
        cards[2].metric("Mean views per day", fmt.per_day(per_day),
                        help="Over the articles at least a day old at their latest snapshot")  # fmt: skip
        guessed = q.readership_capture_from_file_time(store, filters)
        if guessed:
            st.warning(
                f"Capture time unknown for {fmt.plural(guessed, 'article')}: it was taken from the page file's "
                "modification time (no fetch record and no `--observed-at`), so their ages and views per day count "
                "from that time, which may be long after kt.kz printed the count. Refresh with `--observed-at` to "
                "set it."
            )
    page_charts = {chart.name: chart for chart in charts.readership(store, filters)}
    if not no_data(page_charts["readership-views"].data if "readership-views" in page_charts else None):
        younger = q.readership_younger_than_a_day(store, filters)
        for name, chart in page_charts.items():
            show_chart(chart)
            if name == "readership-views":
                st.caption(charts_age.fair_ranking_note(store, filters))
            if name == "readership-views-per-day" and younger:
                st.caption(f"Left out: {fmt.plural(younger, 'article')} under a day old at the latest snapshot "
                           "(a count after a few hours is not a daily rate).")  # fmt: skip
            if name == "readership-by-source" and "readership-period-comparison" not in page_charts:
                st.info("No period comparison: nothing before the chosen period is in the store, and the part "
                        "of it that is holds a single day, too short to split in two.")  # fmt: skip
            if name == "readership-views" and "readership-growth" not in page_charts:
                st.info("No growth chart: no article gained views between two captures taken at different "
                        "times. Refresh with a later copy of a page to see growth.")  # fmt: skip

st.header("Readership at equal ages")
st.caption(
    "Stories compared at the same age: views 24 hours and 7 days after publication, read from a snapshot "
    "taken at that age or interpolated between the real snapshots either side of it (lighter, hatched "
    "bars); a story without snapshots on both sides is left out, never extrapolated. The age curve's markers "
    "are the snapshots. The last day's gain starts from the count at the day's start (interpolated: lighter "
    "bar) or from 0 for a story published within the day. A crawl (`ktpulse crawl`) revisits each story at "
    "set ages, which is what fills these charts."
)
if require_store(store):
    choices = q.age_curve_choices(store, filters)
    titles = dict(zip(choices["article_id"], choices["title"], strict=True))
    # a choice only when there is one to make: with no story to choose, the chart says there is none
    chosen = st.multiselect(
        "Stories for the views-against-age curve (those captured at 3 or more times)",
        options=list(titles),
        default=charts_age.default_curve_articles(store, filters),
        format_func=lambda article: titles.get(article, article),
    ) if titles else []  # fmt: skip
    for chart in charts_age.readership_ages(store, filters, chosen):
        if chart.data.empty:  # say what is missing instead of drawing an empty frame
            st.subheader(chart.title, anchor=False)
            note = (
                NO_CURVE_STORIES
                if chart.name == "readership-views-against-age" and not titles
                else chart.note
            )
            st.info(note or charts_age.EMPTY_NOTES.get(chart.name, "Nothing to draw for these filters yet."))
        else:
            show_chart(chart)

# the image buttons drawn "being made" get their files, in this page (its widgets keep their ids)
fill_chart_files()
