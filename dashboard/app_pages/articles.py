"""Articles: search and browse; one article with its topics, view history and figures."""

import html

import pandas as pd
import streamlit as st

from dashboard import figures
from dashboard import format as fmt
from dashboard import queries as q
from dashboard.article_list import (
    ARTICLE_COLUMNS,
    ARTICLES_HELP,
    article_data,
    article_line,
    article_rows,
    narrow_article_rows,
    views_counted,
)
from dashboard.chart import Chart
from dashboard.components import (
    FIGURE_COLUMNS,
    cite_block,
    dash_breaks,
    figure_cells,
    figure_detail,
    fill_chart_files,
    item_fitted,
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
    wrapped_row_height,
    wrapped_table_height,
)
from dashboard.table_downloads import figure_data, grid_with_download
from dashboard.table_room import table_room

store, filters = st.session_state["store"], st.session_state["filters"]
st.title("Articles")

if require_store(store):
    text = st.text_input("Search titles and text", key="articles_text")
    found = q.articles(store, filters, text.strip())
    if not no_data(found):
        # the true count: "500 articles (the newest 500)" hid that more matched
        total = int(found["total"].iloc[0])
        st.caption(
            fmt.plural(total, "article")
            + (f"; the table lists the newest {len(found):,}" if total > len(found) else "")
            + f"; times are {fmt.KZ_WORDS}"
            + (f"; {counted}" if (counted := views_counted(found)) else "")
        )
        room = table_room()
        if too_narrow(ARTICLE_COLUMNS, article_rows(found), room, selectable=True):
            # a 900 px window: the time and views in columns of their own (sorted by their headers),
            # the title with the publisher, language, figures and text in one (article_list)
            table, columns = narrow_article_rows(found, int(room or 0))
        else:
            # the title takes the room a wider window leaves (the grid would share it out among every column)
            columns = spare_room_to(ARTICLE_COLUMNS, article_rows(found), "title", room, selectable=True)
            table = article_rows(found, columns["title"]["width"])
        row_height = wrapped_row_height(table, columns)  # a long title whole in its narrow column
        with grid_with_download(
            "articles_list", lambda: article_data(found), "articles.csv", help=ARTICLES_HELP
        ):
            picked = st.dataframe(table, hide_index=True, width="stretch", on_select="rerun",
                                  column_config=columns, row_height=row_height,
                                  height=wrapped_table_height(len(table), row_height=row_height),
                                  selection_mode="single-row", key="articles_table")  # fmt: skip
        rows = picked.selection.rows if picked and picked.selection else []
        article_id = found.iloc[rows[0] if rows else 0]["article_id"]
        article = q.article(store, article_id).iloc[0]
        # Page text is data, never markup: escaped HTML, since Streamlit's Markdown links a bare
        # URL even when every punctuation mark is escaped.
        st.html(f"<h2>{html.escape(article['title'])}</h2>")
        # its time, language and publisher (where named), as credited, via whom, the image's credit
        st.text(article_line(article))
        cite_block(None, article["title"], article["published_at"], article["source"], article["source_via"],
                   article["url"] if isinstance(article["url"], str) else None)  # fmt: skip
        topics = q.article_topics(store, article_id)
        if not topics.empty:
            st.text(fmt.topics_line(list(topics["topic"]), list(topics["score"])))
        history = q.article_views(store, article_id)
        if history.empty:
            st.info("No view count was printed for this article on the pages read so far.")
        else:
            show_chart(
                Chart(
                    f"article-{article_id}-views",
                    "articles",
                    "View counts",
                    figures.views_history(history),
                    history,
                )
            )
        figures_table = q.article_indicators(store, article_id)
        if not figures_table.empty:
            st.subheader(f"{fmt.plural(len(figures_table), 'reported figure')}", anchor=False)
            # "as written" keeps the qualifier ("more than 25,000"); a selected row's sentence follows
            # the figure, item, period and kind first: what a 900 px window shows of the table (the
            # article is its source); "as written" with the rest past its edge
            shown = pd.DataFrame({"figure": fmt.reported_column(figures_table),  # "up to 44 m", "▼ −9.1 %"
                              "item": text_or_blank(figures_table["item"]),
                              "period": period_cells(figures_table["period_start"], figures_table["period_end"]),  # a span broken after its dash
                              "kind": [fmt.kind(k, c) for k, c in zip(figures_table["kind"], figures_table["is_change"], strict=True)],
                              "as written": [fmt.qualified(q_, s_) for q_, s_ in zip(figures_table["qualifier"], text_or_blank(figures_table["surface"]), strict=True)],
                              "place": text_or_blank(figures_table["place"]),  # blank: national or unstated
                              "period basis": [fmt.period_basis_short(b) for b in figures_table["period_basis"]],
                              "metric": text_or_blank(figures_table["label"])})  # fmt: skip
            # its CSV as a program reads it: the value a number, the kind and unit in columns of their own
            article_figures = grid_with_download(
                f"figures_of_{article_id}",
                lambda: figure_data(figures_table, published_at=article["published_at"], source=article["source"],
                                    title=article["title"], url=article["url"], article_id=article_id),
                f"article-{article_id}-figures.csv",
            )  # fmt: skip
            # every column in sight at a 1280 px window, as in the explorer; a compound wider than
            # the item column breaks after its hyphen, and rows are as tall as their longest cell
            columns = item_fitted(FIGURE_COLUMNS, shown, selectable=True)
            room = table_room()
            if too_narrow(columns, shown, room, selectable=True):
                # a 900 px window: the figure with its kind, period and basis, then item, metric and
                # place, then the words as written, as the explorer's narrow grid (components.narrow_figures);
                # the grid scrolled sideways, "as written", basis and metric past its edge
                merged = shown.assign(figure=fmt.with_kind(list(shown["figure"]), figures_table["kind"]),
                                      article=shown["as written"])  # fmt: skip
                shown, columns = narrow_figures(merged[["figure", "item", "period", "article", "period basis",
                                                        "metric", "place"]], int(room or 0), selectable=True)  # fmt: skip
                columns["article"] = {**columns["article"], "label": "as written",
                                      "help": "The figure as its sentence writes it"}  # fmt: skip
                lines = narrow_lines(shown, columns)
                for name in shown.columns:
                    shown[name] = [within_lines(cell, columns[name]["width"], lines) for cell in shown[name]]
            else:
                shown["item"] = [dash_breaks(item, columns["item"]["width"]) for item in shown["item"]]
                shown["figure"] = figure_cells(list(shown["figure"]), columns["figure"]["width"])
            row_height = wrapped_row_height(shown, columns)
            picked_figure = article_figures.dataframe(
                shown, hide_index=True, width="stretch", column_config=columns, row_height=row_height,
                height=wrapped_table_height(len(figures_table), row_height=row_height), on_select="rerun",
                selection_mode="single-row", key=f"article_figures_{article_id}",
            )  # fmt: skip
            chosen = picked_figure.selection.rows if picked_figure and picked_figure.selection else []
            if chosen:
                figure_detail(store, figures_table.iloc[chosen[0]]["indicator_id"])
            else:
                st.caption("Select a figure's row for its sentence, with the figure marked.")
        if article["body"]:
            st.subheader("Text", anchor=False)
            for paragraph in article["body"].split("\n"):
                st.text(paragraph)
        else:
            st.info("Only a listing of this article was seen: its text is not in the store yet.")

# the image buttons drawn "being made" get their files, in this page (its widgets keep their ids)
fill_chart_files()
