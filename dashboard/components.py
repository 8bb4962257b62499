"""Rendering helpers shared by the pages: a chart with its downloads, empty-state notes."""

from __future__ import annotations

import contextlib
import hashlib
import html
import math
import re
import threading
from collections.abc import Callable, Sequence

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard import chart_files, on_screen
from dashboard import format as fmt
from dashboard import queries as q
from dashboard.chart import Chart
from dashboard.chart_files import ImagesNotReady, chart_file, figure_key, page_file
from dashboard.charts import MAX_FACTS_PER_CHART
from dashboard.export import BrowserUnavailable, charts_zip
from dashboard.fact_figures import (
    INFERRED_SUFFIX,
    as_written,
    basis_text,
    inferred,
    item_words,
    named_item,
)
from dashboard.grid_font import CELL_PADDING, cell_text_width, text_advance
from dashboard.progress import has_bar, no_actual_words
from dashboard.progress_reasons import NO_BAR, no_bar_table
from dashboard.queries import Filters, Store, store_exists_message
from dashboard.sidebar import in_force
from dashboard.table_room import table_room
from etl.store.spreadsheet import spreadsheet_csv

# The Plotly toolbar's camera button downloads a PNG of the chart as shown.
PLOTLY_CONFIG = {"displaylogo": False, "toImageButtonOptions": {"format": "png", "scale": 2}}


def figure_bytes(figure: go.Figure, fmt: str) -> bytes:
    """PNG/SVG through kaleido (Debian's chromium) or standalone HTML with plotly.js inlined,
    made once for the figure (dashboard.chart_files)."""
    return chart_file(figure, fmt)


# The sign of an image made when pressed, on its button and the caption saying why: Streamlit's
# own icon font (an emoji hourglass drew as an empty box in a Chromium without emoji fonts).
NOT_READY = ":material/hourglass_top:"

# A chart's files (chart_files.FORMATS) under its buttons: label, file suffix, MIME type
CHART_FILE_BUTTONS = (
    ("PNG", "png", "image/png"),
    ("SVG", "svg", "image/svg+xml"),
    ("HTML", "html", "text/html"),
)


def show_chart(chart: Chart) -> None:
    """The chart (a fact card when it holds one fact), then buttons to download it as PNG,
    SVG, standalone HTML and its data as CSV.

    Every file is made with the page, so a button keeps its file across the page's runs and no
    press is lost (dashboard.chart_files: the images, once a figure, by its JSON). An image the
    image browser cannot make with the page (not started, or starting past chart_files.START_WAIT)
    is made when pressed, and the buttons say so: such a press may need repeating if the page was
    running again, better than a page held up by a stuck browser.

    Images not made yet do not hold the page's charts up: they are asked of the image browser at
    once (chart_files.prefetch), their buttons drawn as "being made" (disabled: no press to lose),
    and filled with the files when the page has drawn everything else (fill_chart_files, called
    by the app after the page). A first visit of Readership waited for its images chart by chart."""
    if chart.card:
        fact_card(chart.title, chart.data.iloc[0])
    else:  # its title as page text, which wraps where Plotly's would be cut (dashboard.on_screen)
        title = on_screen.title_html(chart.figure)
        if title:
            st.html(title)
        st.plotly_chart(chart.screen_figure, config=PLOTLY_CONFIG, key=f"chart-{chart.name}")
    columns = st.columns(4)
    figure, key = chart.figure, figure_key(chart.figure)
    slots = [column.empty() for column in columns[:3]]
    # the data made with the page, so a press during a rerun is kept (see table_downloads)
    columns[3].download_button(
        "⬇ CSV data", data=spreadsheet_csv(chart.data), file_name=f"{chart.name}.csv", mime="text/csv",
        key=f"download-{chart.name}-csv", on_click="ignore",
    )  # fmt: skip
    note = st.empty()  # why the images are made when pressed, when they are
    if chart_files.started() and not all(
        chart_files.is_kept(figure, suffix, key) for suffix in ("png", "svg")
    ):
        chart_files.prefetch(figure, key)
        for slot, (label, suffix, _mime) in zip(slots, CHART_FILE_BUTTONS, strict=True):
            if suffix == "html":
                continue  # made here and now (plotly.js inlined): no browser to wait for
            slot.button(label, icon=BEING_MADE, disabled=True, key=f"making-{chart.name}-{suffix}",
                        help="Being made with the page: its download follows in a moment")  # fmt: skip
        _image_buttons(chart, key, [slots[2]], note, only=("html",))
        _deferred().append((chart, key, slots, note))
    else:
        _image_buttons(chart, key, slots, note)
    if not chart.card and chart.unlabelled is not None and not chart.unlabelled.empty:
        unlabelled_table(chart.unlabelled)


# The sign of a button whose file is being made with the page (Streamlit's icon font, as NOT_READY).
BEING_MADE = ":material/progress_activity:"
# The charts of the script run in this thread whose image buttons wait for fill_chart_files.
_pending = threading.local()


def _deferred() -> list:
    if not hasattr(_pending, "charts"):
        _pending.charts = []
    return _pending.charts


def forget_chart_files() -> None:
    """Start a run's page with no buttons waiting (a run stopped for a rerun left its own)."""
    _pending.charts = []


def fill_chart_files() -> None:
    """Give the image buttons drawn "being made" on this run's page their files (or, past the
    image browser's bounds, the made-when-pressed buttons), in the page's order."""
    waiting, _pending.charts = _deferred(), []
    if waiting:  # a browser still starting when the charts were drawn: ask for them all once it is ready
        with contextlib.suppress(ImagesNotReady, BrowserUnavailable):
            chart_files.wait_ready(chart_files.page_wait())
        for chart, key, _slots, _note in waiting:
            chart_files.prefetch(chart.figure, key)
    for chart, key, slots, note in waiting:
        _image_buttons(chart, key, slots[:2], note, only=("png", "svg"))


def _image_buttons(chart: Chart, key: str, slots: list, note: object, only: tuple[str, ...] = ()) -> None:
    """The chart's PNG, SVG and HTML download buttons (those of `only`, when given) in their
    `slots` (placeholders, in CHART_FILE_BUTTONS' order), and in `note` why images are made when
    pressed, when they are."""
    figure = chart.figure
    pressed: list[str] = []  # why the images are made when pressed, once (their buttons: NOT_READY, not ⬇)
    buttons = [button for button in CHART_FILE_BUTTONS if not only or button[1] in only]
    for slot, (label, suffix, mime) in zip(slots, buttons, strict=True):
        data: bytes | Callable[[], bytes]
        try:
            data, failure, reason = page_file(figure, suffix, key), None, None
        except BrowserUnavailable as error:  # said on the button, never a press that gives nothing
            data, failure, reason = b"", str(error), None
        except ImagesNotReady as error:  # made when pressed, and said so
            data, failure, reason = _made_when_pressed(figure, suffix, key), None, str(error)
            pressed[:] = [reason]
        slot.download_button(
            label if reason else f"⬇ {label}", icon=NOT_READY if reason else None, data=data,
            file_name=f"{chart.name}.{suffix}", mime=mime, key=f"download-{chart.name}-{suffix}",
            on_click="ignore", disabled=failure is not None,
            help=(f"No {label} can be made here: {failure}" if failure
                  else f"Not made with the page: {reason}. Made when pressed; a press while the page redraws can give nothing: press again" if reason
                  else None),
        )  # fmt: skip
    if pressed:
        note.caption(  # type: ignore[attr-defined]
            f"{NOT_READY} PNG and SVG are not ready with this page ({pressed[0]}): they are made when pressed, "
            "and a press while the page redraws can give nothing. Press again, or reload the page."
        )


def _made_when_pressed(figure: go.Figure, fmt: str, key: str) -> Callable[[], bytes]:
    """The image made when its button is pressed (chart_files.chart_file: it starts the image
    browser if need be and waits for it within bounds)."""
    return lambda: chart_file(figure, fmt, key)


def every_chart_download(charts: Sequence[Chart], name: str, what: str) -> None:
    """One button for every chart of `charts` at once, each as show_chart's buttons give it (PNG,
    SVG, HTML, CSV data) in a ZIP: for a page that draws one chart at a time (tabs), whose other
    charts have no buttons until opened. `what`: the charts in words, for the button.

    The ZIP takes seconds (its charts' images), too long to make with every page: a first button
    makes it (a press of an ordinary button is kept through a rerun, a download made when pressed
    was not: dashboard.chart_files), then its download button holds its bytes. A ZIP made once
    for the same charts is offered at once."""
    charts = list(charts)
    # each chart by its name and data, which its figure is drawn from: its figure's own key would
    # draw the seven series the Taza page leaves undrawn (chart.DrawnOnUse) at every run
    keys = tuple(chart.name + hashlib.sha256(spreadsheet_csv(chart.data)).hexdigest() for chart in charts)
    made = f"chart-zip-{name}"
    ready = _zips.get(made)
    if ready is None or ready[0] != keys:
        if not st.button(f"Make a ZIP of {what[0].lower()}{what[1:]} (PNG, SVG, HTML and CSV data of each)",
                         key=f"make-{name}-zip",
                         help="Its images take a few seconds; a button to download the ZIP follows"):  # fmt: skip
            return
        try:
            with st.spinner(f"Making {len(charts)} charts' files…"):
                data = charts_zip(charts, files=lambda chart, fmt: chart_file(chart.figure, fmt))
        except BrowserUnavailable as error:
            st.warning(f"No ZIP of the charts' images can be made here: {error}")
            return
        except ImagesNotReady as error:
            st.warning(f"The ZIP could not be made now: {error}. Press its button again in a moment.")
            return
        ready = _zips[made] = (keys, data)
    st.download_button(
        f"⬇ {what} (ZIP: PNG, SVG, HTML and CSV data of each)", data=ready[1],
        file_name=f"{name}.zip", mime="application/zip", key=f"download-{name}-zip", on_click="ignore",
    )  # fmt: skip


# The last ZIP made of each every_chart_download button, by its charts' figure keys (one a
# button: a ZIP holds a dozen MB).
_zips: dict[str, tuple[tuple[str, ...], bytes]] = {}


def unlabelled_table(table: pd.DataFrame) -> None:
    """Under a fact chart, the figures it draws without a label, so none is readable only by
    hovering its mark; every row in sight, none behind a scroll bar."""
    st.caption(
        f"{fmt.plural(len(table), 'figure')} of the chart {'has' if len(table) == 1 else 'have'} no label "
        "there (it would cover another label or mark); from the top of the chart down:"
    )
    if too_narrow(UNLABELLED_COLUMNS, table, table_room()):
        # a 900 px window: the grid scrolled sideways, period basis and article past its edge; three
        # columns in a static table, each row as tall as its own cells
        st.table(narrow_unlabelled(table), hide_index=True)
        return
    row_height = wrapped_row_height(table, UNLABELLED_COLUMNS)
    st.dataframe(table, hide_index=True, width="stretch", column_config=UNLABELLED_COLUMNS, row_height=row_height,
                 height=wrapped_table_height(len(table), most=MAX_FACTS_PER_CHART, row_height=row_height))  # fmt: skip


def narrow_unlabelled(table: pd.DataFrame) -> pd.DataFrame:
    """The unlabelled figures (fact_figures.unlabelled) in three columns for a narrow window:
    "plan: 8.4 M · 2026 · own sentence" (the kind when not an actual), what it counts, the article."""
    figures = [
        _joined(figure if kind == "actual" else f"{kind}: {figure}", period, basis)
        for figure, kind, period, basis in zip(
            table["figure"], table["kind"], table["period"], table["period basis"], strict=True
        )
    ]
    return pd.DataFrame(
        {"figure · period": figures, "counts": list(table["counts"]), "article": list(table["article"])}
    )


def require_store(store: Store) -> bool:
    """False (after telling the user what to do) when there is no store to read."""
    message = store_exists_message(store)
    if message:
        st.info(message)
        return False
    return True


def nothing_matches(
    own: Sequence[str] = (), unfiltered: str = "The store holds nothing to show here yet."
) -> str:
    """Why a page shows nothing: the filters in force, this page's own (`own`, in words) and the
    sidebar's, or `unfiltered` (the real reason) when none narrows the store."""
    filters = st.session_state.get("filters")
    sidebar = (
        in_force(
            filters, st.session_state.get("filter_dates_bounds"), st.session_state.get("filter_topic_labels")
        )
        if isinstance(filters, Filters)
        else []
    )
    parts = ([f"this page's filters ({'; '.join(own)})"] if own else []) + (
        [f"the sidebar's filters ({'; '.join(sidebar)})"] if sidebar else []
    )
    if not parts:
        return unfiltered
    return f"Nothing matches {' and '.join(parts)}. Clear or widen {'it' if len(own) + len(sidebar) == 1 else 'them'}."


def no_data(frame: pd.DataFrame | None, message: str | None = None, own: Sequence[str] = (),
            unfiltered: str = "The store holds nothing to show here yet.") -> bool:  # fmt: skip
    """True (after saying why: `message`, else the filters in force, see nothing_matches) when a
    frame is empty."""
    if frame is None or frame.empty:
        st.info(message or nothing_matches(own, unfiltered))
        return True
    return False


def highlighted_sentence(sentence: str, start: int, end: int) -> str:
    """The sentence as escaped text with the figure marked; page text is never raw HTML."""
    return (
        html.escape(sentence[:start])
        + "<mark><b>" + html.escape(sentence[start:end]) + "</b></mark>"
        + html.escape(sentence[end:])
    )  # fmt: skip


def _date(value: object, pattern: str = "%d.%m.%Y") -> str:
    return "" if value is None or pd.isna(value) else format(value, pattern)


def cite_text(sentence: str | None, title: str, published: object, publisher: str | None,
              via: str | None, url: str | None) -> str:  # fmt: skip
    """A citation to paste: the sentence, then the article's title, date, publisher (when it names
    one: "publisher: unknown publisher" told a reader nothing) and URL."""
    lines = [f"“{sentence}”"] if isinstance(sentence, str) and sentence else []
    named = fmt.named_publisher(publisher)
    credit = " ".join(
        part
        for part in (
            f"publisher: {named}" if named else "",
            f"via {via}" if isinstance(via, str) and via else "",
        )
        if part
    )
    lines.append(
        f"{title}. Kazakhstan Today (kt.kz), {_date(published, '%d.%m.%Y %H:%M')}"
        + (f"; {credit}" if credit else "")
        + "."
    )
    lines.append(f"URL: {url}" if url else "URL: not recorded (the page was read from a saved copy)")
    return "\n".join(lines)


def cite_block(sentence: str | None, title: str, published: object, publisher: str | None,
               via: str | None, url: str | None) -> None:  # fmt: skip
    """The link to the original article (when its URL is known) and a cite block whose copy
    button copies it in one click. Page text is shown as text, never as Markdown."""
    if url and web_address(url):
        st.link_button("Open the original article", url)
    st.code(cite_text(sentence, title, published, publisher, via, url), language=None, wrap_lines=True)


def figure_detail(store: Store, indicator_id: str) -> None:
    """One figure under a table of figures: as its sentence tells it, with its period, how the
    period was found, kind, place and metric, then the sentence with the figure marked and a
    cite block."""
    detail = q.indicator_detail(store, indicator_id).iloc[0]
    period = fmt.period(detail["period_start"], detail["period_end"])
    # "no period stated" says itself; a store from before bases has none to show
    if detail["period_basis"] in ("sentence", "publication", "context"):
        period += f" ({fmt.period_basis(detail['period_basis'])})"
    # "up to 44 m", "▼ −9.1 %", as the table and the sentence say, never a bare "44 m"
    shown = fmt.reported(detail["value"], detail["unit"], detail["qualifier"], detail["is_change"],
                         detail.get("direction"), detail["item"])  # fmt: skip
    kind = fmt.kind(detail["kind"], detail["is_change"])
    if isinstance(detail.get("place"), str):
        kind += f" · {detail['place']}"
    st.text(f"{shown} · {period} · {kind}"
            + (f" · metric: {detail['label']}" if isinstance(detail["label"], str) else ""))  # fmt: skip
    offset = int(detail["start_char"] - detail["sentence_start"])
    st.html(
        f"<blockquote>{highlighted_sentence(detail['sentence'], offset, offset + len(detail['surface']))}</blockquote>"
    )
    cite_block(detail["sentence"], detail["title"], detail["article_published_at"], detail["source"],
               detail["source_via"], detail["url"] if isinstance(detail["url"], str) else None)  # fmt: skip


def fact_card(title: str, fact: pd.Series) -> None:
    """One reported fact: value, period, kind and item, then its sentence and where it was read."""
    with st.container(border=True):
        st.subheader(title, anchor=False)
        kind = fmt.kind(fact["kind"], fact.get("is_change"))
        # compact as the page's charts and progress lines write it ("$1 B"), in full in its help
        exact = as_written(fact)
        shown = as_written(fact, compact=True)
        st.metric(
            f"{kind} · {fmt.period(fact['period_start'], fact['period_end'])}",
            shown,
            help=f"Exactly {exact}".replace("$", "\\$") if exact != shown else None,
        )
        item = named_item(fact.get("item"))
        st.text(f"item: {item}" if item else "item: not named")
        basis = basis_text(fact)
        if basis:  # a period not written in the sentence is right far less often: say how it was found
            st.text(f"period: {basis}")
        sources = int(fact.get("sources") or 1)
        if sources > 1:
            # (a chart's data holds the basis in words)
            shown_id, stated = (
                fact.get("basis_indicator_id"),
                fact.get("period_basis") in ("sentence", fmt.period_basis("sentence")),
            )
            later = isinstance(shown_id, str) and shown_id != fact.get("indicator_id")
            shown = ("the first report" if not later else "the earliest report that writes its period in its own sentence"
                     if stated else "the earliest report with the most direct period")  # fmt: skip
            st.caption(f"Reported in {fmt.plural(sources, 'article')}; {shown}:")
        cite_block(fact.get("sentence"), fact.get("title") or "", fact.get("published_at"), fact.get("source"),
                   fact.get("source_via"), fact.get("url") if isinstance(fact.get("url"), str) else None)  # fmt: skip


def inferred_note(basis: object) -> str:
    """' (period inferred)' after a figure whose period its own sentence does not write, else ''."""
    return INFERRED_SUFFIX if inferred(basis) else ""


def progress_line(row: object, target_word: str = "") -> str:
    """A progress bar in words (markdown): the actual with its qualifier and period, its share of
    the target, inferred periods, and, when the reports of that period disagree, their range and
    which one the bar shows. `row`: a row of `progress.progress_to_targets` with its bases."""
    get = row._asdict().get if hasattr(row, "_asdict") else row.get  # type: ignore[attr-defined]
    unit = get("unit")
    target = f"{target_word} " if target_word else ""
    if pd.isna(get("actual")):  # said plainly: no figure of another item stands in for it
        item = item_words(get("item"), get("item_as_written"))
        line = (f"**{get('label')}**: target {fmt.figure(get('target'), unit)}{inferred_note(get('target_period_basis'))}; "
                f"{no_actual_words(get('measure'), item, unit)}, so there is no progress to show")  # fmt: skip
        return line.replace("$", "\\$")
    if get("part_of_year"):  # a year's level is no share of part of a year's figure
        line = (f"**{get('label')}**: target {fmt.figure(get('target'), unit)} for a year"
                f"{inferred_note(get('target_period_basis'))}; only part of a year is reported inside its span, "
                f"{fmt.qualified(get('actual_qualifier'), fmt.figure(get('actual'), unit))} for {get('actual_period')}"
                f"{inferred_note(get('actual_period_basis'))}, which is no share of a year's figure, so there is no "
                "progress to show")  # fmt: skip
        return line.replace("$", "\\$")
    spread = ""
    if get("disagreeing_actuals", 1) > 1:
        spread = (f" ({get('disagreeing_actuals')} figures reported for {get('actual_period')} cannot all hold, from "
                  f"{fmt.figure(get('actual_low'), unit)} to {fmt.figure(get('actual_high'), unit)}; the bar "
                  "shows the latest report, its whisker the range: see them in the indicator explorer)")  # fmt: skip
    # the actual's own item when it is another that measures the target ("1.5 B seedlings")
    actual_item = get("actual_item")
    measured = (
        f" {actual_item}" if isinstance(actual_item, str) and actual_item not in ("", get("item")) else ""
    )
    # said in words: counting another item toward the target is the catalog's choice ([progress_items])
    toward = (
        f"; {actual_item} are counted toward the {get('item')} target, as progress on it is reported in them"
        if measured and isinstance(get("item"), str) and get("item")
        else ""
    )
    # the same target's other reports (an earlier deadline, an inferred period): one bar, none hidden
    also = get("also_reported")
    also = f"; other reports of the same target: {', '.join(also)}" if isinstance(also, list) and also else ""
    line = (f"**{get('label')}**: {fmt.qualified(get('actual_qualifier'), fmt.figure(get('actual'), unit))}{measured} "
            f"reported for {get('actual_period')}{inferred_note(get('actual_period_basis'))}, "
            f"{fmt.share(get('progress'))} of {target}{fmt.figure(get('target'), unit)}"
            f"{' target' if target_word else ''}{inferred_note(get('target_period_basis'))}{spread}{toward}{also}")  # fmt: skip
    return line.replace("$", "\\$")


def progress_section(chart: Chart, target_word: str = "") -> None:
    """Progress to targets: each target in words (progress_line), then its chart when some row
    has a bar; when none has, the words alone, as a list of what each target lacks: a chart of
    reasons over an empty 0–100 axis draws nothing a reader looks for."""
    progress = chart.data
    if progress.empty:
        st.caption(NO_TARGET)
        return
    drawn = bool(has_bar(progress).any())
    if not drawn:
        st.caption(NO_BAR)
    for row in progress.itertuples():
        st.markdown(("" if drawn else "- ") + progress_line(row, target_word))
    if drawn:
        show_chart(chart)
        return
    # every chart exports: the list in its place does, as CSV with its values exact
    st.download_button(
        "⬇ CSV of this list", data=spreadsheet_csv(no_bar_table(progress)), file_name=f"{chart.name}.csv",
        mime="text/csv", key=f"download-{chart.name}-csv", on_click="ignore",
    )  # fmt: skip


def text_or_blank(column: pd.Series) -> pd.Series:
    """A text column for a table: missing values as empty cells, never "None" or "nan"."""
    return column.astype(object).where(column.notna(), "").astype(str)


def web_address(url: object) -> str | None:
    """The URL when it is an http(s) address (a link may open it), else None."""
    return url if isinstance(url, str) and url.startswith(("http://", "https://")) else None


def link_column(urls: pd.Series) -> pd.Series:
    """A table column of links to the originals: the URL where known, else an empty cell."""
    return urls.map(lambda url: web_address(url) or "")


# "link", not "original": the header fits the column the cells' "open" needs.
ORIGINAL_LINK = st.column_config.LinkColumn(
    "link",
    display_text="open",
    width=44,
    help="The original article on the web, where its URL is known",
)
# A table's period basis column (fmt.period_basis_short), with the full words in its help.
BASIS_COLUMN = st.column_config.TextColumn(
    "period basis",
    width=fmt.BASIS_COLUMN_WIDTH,
    help="Where the period was read. own sentence: the figure's own sentence writes it. "
    "inferred (context): taken from the headline, the lead or an earlier sentence. "
    "inferred (pub. date): no period written, dated at the publication day (a present state). "
    "not stated: no period. Inferred periods are wrong far more often.",
)
# Tables of figures must show every column at a 1280 px window, which leaves ~800 px for a
# table: too few for eight or nine columns of one line each (the explorer's ran to ~1,070 px and
# hid its article and link). Their rows are four lines high, so a cell wraps (the grid wraps
# only in rows above 64 px), and their columns narrow; a wider window stretches them.
# A series page whose filters match no target: say why there is no progress chart.
NO_TARGET = "No target among the figures these filters match, so there is no progress to targets to show."
WRAPPED_ROW_HEIGHT = 76  # four lines of the grid's text
ITEM_WIDTH, ITEM_HELP = 110, "What the figure counts, in its sentence's words"
FIGURE_COLUMNS = {
    "figure": st.column_config.TextColumn("figure", width=84),  # "more than 1,500,000 t" in two lines
    "as written": st.column_config.TextColumn("as written", width=96),
    "item": st.column_config.TextColumn("item", width=ITEM_WIDTH, help=ITEM_HELP),
    "place": st.column_config.TextColumn(
        "place",
        width=64,
        help="The region, city or district the figure is about; blank: national or not stated",
    ),
    "kind": st.column_config.TextColumn("kind", width=74),  # "actual (change)" in two lines
    "period": st.column_config.TextColumn("period", width=76),
    "period basis": BASIS_COLUMN,
    "metric": st.column_config.TextColumn("metric", width=88),
    # a date, not its text: a header click on "24.01.2025" text sorted by the day of the month
    "published": st.column_config.DatetimeColumn("published", format="DD.MM.YYYY", width=80),
    "article": st.column_config.TextColumn("article", width=190),
    "original": ORIGINAL_LINK,
}
# The figures a fact chart leaves unlabelled: every column in sight at a 1280 px window.
UNLABELLED_COLUMNS = {
    "figure": st.column_config.TextColumn(
        "figure",
        width=96,
        help="As the chart's labels write it (2 B is 2,000,000,000); its mark's hover gives it in full",
    ),
    "period": st.column_config.TextColumn("period", width=96),
    "kind": FIGURE_COLUMNS["kind"],
    "counts": st.column_config.TextColumn(
        "counts", width=120, help="The chart's legend entry: what it counts"
    ),
    "period basis": BASIS_COLUMN,
    "article": st.column_config.TextColumn("article", width=330, help="Published, publisher and title"),
}
# A figures table's figure with its kind (fmt.with_kind), where no kind column fits beside it.
FIGURE_WITH_KIND = st.column_config.TextColumn(
    "figure",
    width=84,
    help="A target, plan or forecast says so before its value; a figure without a word is an actual. "
    "A change shows its way (▲ rise, ▼ fall).",
)
# The Overview's newest figures: the day in its own column (the grid shows a line break inside a
# cell as a space), the title in the room the article's cell had left it. The figure, its item,
# period and article come first: at a 900 px window (a table ~438 px wide) they are what is in
# sight, the rest past its edge.
OVERVIEW_FIGURE_COLUMNS = {
    **FIGURE_COLUMNS,
    "figure": FIGURE_WITH_KIND,
    "published": st.column_config.DatetimeColumn("published", format="DD.MM.YYYY", width=84),
    "article": st.column_config.TextColumn("article", width=146),
}
# A word of the item column is never broken: a Kazakh noun with its endings runs to 15 letters
# or more ("қатысушылары" broke after "қатысушыл" in an 84 px column). text_width estimates 12 px
# text; the grid's is 14 px, and its cell has 8 px of padding each side.
# A table's width at a 1280 px window (sidebar open; measured 820 px, less its borders) and the
# row-selection checkboxes' column (46 px measured).
_CELL_PADDING, TABLE_ROOM_1280, _CHECKBOXES = CELL_PADDING, 812, 48
# A table's width at a 900 px window (measured 438 px in Chromium, dash24): a figures table's
# figure, item, period and article, the articles list's time and title, end within it.
TABLE_ROOM_900 = 438
CHECKBOXES = _CHECKBOXES


def grid_text_width(word: str) -> int:
    """How many pixels a word takes in a table cell, its padding included: the grid's font's
    advances, measured in Chromium (dashboard.grid_font), never less than the grid draws it."""
    return cell_text_width(word)


# A figures table's first columns (figure, item, period, article or kind) are what a 900 px window shows.
IN_SIGHT_AT_900 = 4


def item_fitted(columns: dict, table: pd.DataFrame, selectable: bool = False) -> dict:
    """`columns` with the item column of `table` as wide as its longest word, as far as the
    room the table's other columns leave allows: at 1280 px for all of them, at 900 px for the
    first four (IN_SIGHT_AT_900). A word longer than that breaks over lines, rather than pushing
    the last columns (the article) out of the window: a Russian compound ("проектно-сметных")
    pushed the explorer's article column past a 900 px window's edge."""
    needed = max(
        (
            grid_text_width(_line_word(word, n == 0))
            for item in table["item"]
            if isinstance(item, str)
            for n, word in enumerate(item.split())
        ),
        default=0,
    )
    checkboxes = _CHECKBOXES if selectable else 0
    others = sum(columns[name]["width"] for name in table.columns if name != "item" and name in columns)
    in_sight = [name for name in table.columns[:IN_SIGHT_AT_900] if name != "item" and name in columns]
    room = min(
        TABLE_ROOM_1280 - others - checkboxes,
        TABLE_ROOM_900 - sum(columns[name]["width"] for name in in_sight) - checkboxes,
    )
    width = min(needed, room)
    # wider still, within the room, where an item would wrap past a row's most lines and be cut
    # (the Overview's "state scholarships: resident doctors and master's students of medical
    # specialities" lost its last word at 110 px)
    items = [item for item in table["item"] if isinstance(item, str) and item]
    while width < room and any(_wrapped_lines(item, max(width, ITEM_WIDTH)) > _MOST_LINES for item in items):
        width = min(max(width, ITEM_WIDTH) + 4, room)
    if width <= ITEM_WIDTH:
        return columns
    return {**columns, "item": st.column_config.TextColumn("item", width=width, help=ITEM_HELP)}


def word_fitted(columns: dict, table: pd.DataFrame, name: str, selectable: bool = False) -> dict:
    """`columns` with column `name` of `table` as wide as its longest word, as far as the room a
    1280 px window's table leaves beside the other columns: the grid breaks a wider word anywhere
    (the metric "State scholarship: monthly amount…" read "scholarship" / ":" in its 88 px)."""
    if name not in columns or name not in table:
        return columns
    needed = max(
        (
            grid_text_width(_line_word(word, n == 0))
            for text in table[name]
            if isinstance(text, str)
            for n, word in enumerate(text.split())
        ),
        default=0,
    )
    others = sum(columns[other]["width"] for other in table.columns if other != name and other in columns)
    width = min(needed, TABLE_ROOM_1280 - others - (_CHECKBOXES if selectable else 0))
    if width <= columns[name]["width"]:
        return columns
    return {**columns, name: {**columns[name], "width": width}}


def spare_room_to(
    columns: dict, table: pd.DataFrame, name: str, room: int | None, selectable: bool = False
) -> dict:
    """`columns` with the room the table's columns leave in a table `room` pixels wide
    (table_room.table_room; None: as it is) given to its text columns, `name` last: a grid
    stretches every column alike, and at 1400 px the explorer's article column stayed 116 px
    wide, titles in seven lines, while its dates gained as much room.

    Every row is as tall as the table's tallest cell (the grid has one row height), so the room
    first widens the columns whose cells set that height, as far as it takes every row a line
    lower (fewest_lines), and the rest goes to `name`: at 1400 px the Overview's rows were seven
    lines high for one item ("state scholarships: resident doctors and master's students of
    medical specialities" in 110 px) while its article column held each title in two."""
    if room is None or name not in columns:
        return columns
    widths = {column: int(columns[column]["width"]) for column in table.columns if column in columns}
    spare = room - sum(widths.values()) - (_CHECKBOXES if selectable else 0)
    if spare <= 0:
        return columns
    wider = fewest_lines(columns, table, spare)
    wider[name] = wider.get(name, widths[name]) + spare - sum(wider[c] - widths[c] for c in wider)
    return {**columns, **{column: {**columns[column], "width": width} for column, width in wider.items()}}


def _text_cells(columns: dict, table: pd.DataFrame) -> dict[str, list[str]]:
    """The distinct texts of each column of `table` that wraps (a text column with a width)."""
    return {
        column: sorted({cell for cell in table[column] if isinstance(cell, str) and cell})
        for column in table.columns
        if column in columns
        and columns[column].get("width")
        and columns[column].get("type_config", {}).get("type") == "text"
    }


def _lines_in(cells: list[str], width: int) -> int:
    return max((min(_wrapped_lines(cell, width), _MOST_LINES) for cell in cells), default=1)


def fewest_lines(columns: dict, table: pd.DataFrame, spare: int) -> dict[str, int]:
    """The text columns of `table` to widen, and their widths, so that its tallest cell takes
    the fewest lines `spare` pixels more allow (a row is four lines at the least); {} when no
    widening takes a line off."""
    cells = _text_cells(columns, table)
    widths = {column: int(columns[column]["width"]) for column in cells}
    now = max((_lines_in(texts, widths[column]) for column, texts in cells.items()), default=4)
    for lines in range(4, now):
        needed: dict[str, int] = {}
        for column, texts in cells.items():
            low, high = widths[column], widths[column] + spare  # the narrowest width that holds `lines`
            if _lines_in(texts, high) > lines:
                break
            if _lines_in(texts, low) > lines:
                while high - low > 1:
                    middle = (low + high) // 2
                    low, high = (low, middle) if _lines_in(texts, middle) <= lines else (middle, high)
                needed[column] = high
        else:
            if sum(needed[column] - widths[column] for column in needed) <= spare:
                return needed
    return {}


# The Overview's rejected and damaged files: the reason, often a long one quoting the page's
# line, wraps in the widest column rather than being cut at the table's edge.
PROBLEM_COLUMNS = {
    "ingested": st.column_config.TextColumn("ingested", width=120),
    "problem": st.column_config.TextColumn(
        "problem",
        width=72,
        help="rejected: nothing of the file stored; damaged: stored with what the warning says",
    ),
    "location": st.column_config.TextColumn("location", width=170),
    "reason": st.column_config.TextColumn("reason", width=420, help="Why, with the page's line where known"),
}


_LINE_HEIGHT, _MOST_LINES = 18, 7  # one line of the grid's text (four and the padding: 76 px)


def _wrapped_lines(text: str, width: int) -> int:
    """How many lines a cell's text wraps to in a column `width` pixels wide (words kept whole
    where they fit, a longer word broken), as the grid does it: a line's words and the spaces
    between them, by the font's advances (dashboard.grid_font), never rounded up word by word.
    The grid measures a line after the first with the space it broke at in front of it (its
    splitMultilineText): "resident doctors", 95.9 px, took a line of 98 px of text alone and
    not after "scholarships:" (" resident doctors", 98.7 px)."""
    room = max(width - _CELL_PADDING, 1)
    space = text_advance(" ")
    lines = 0
    for paragraph in text.split("\n"):
        lines += 1
        used = 0.0
        for word in paragraph.split():
            needed = text_advance(word)
            if used and used + space + needed > room:
                lines += 1
                used = space  # the space broken at leads the new line
            elif used:
                used += space
            if used + needed > room:  # a word wider than its line breaks over lines of its own
                lines += math.ceil((used + needed) / room) - 1
                needed = (used + needed) % room
                used = 0.0
            used += needed
    return lines


def _line_word(word: str, first: bool) -> str:
    """A word as the grid measures it at a line's start: after the first, with its space."""
    return word if first else " " + word


# A hyphen or dash between two letters or digits of one word: a line may break after it
_DASH_INSIDE = re.compile(r"(?<=\w[-–])(?=\w)")


def dash_breaks(text: str, width: int) -> str:
    """`text` with a space after each hyphen or dash inside a word wider than a column `width`
    pixels wide, so that the word breaks there: the grid breaks a line only at a space, and cut
    "2026–2028" into "2026–202" / "8" and "проектно-сметных" into "проектно-смет" / "ных"."""
    return " ".join(
        _DASH_INSIDE.sub(" ", word) if grid_text_width(_line_word(word, n == 0)) > width else word
        for n, word in enumerate(text.split(" "))
    )


# A figure's last number and the unit words after it ("+7.5 %", "1.8 T ₸", "34 B m³")
_NUMBER_AND_UNIT = re.compile(r"\S*\d\S*(?: [^\s\d]+)+$")
NO_BREAK_SPACE = "\u00a0"  # the grid breaks a line at a space only, never at this one


def figure_cells(texts: Sequence[str], width: int) -> list[str]:
    """A figures table's figure column with each value and its unit kept on one line where they
    fit a column `width` pixels wide: "▲ more than +7.5" / "%" and "about 1.8 T" / "₸" read as a
    figure without its unit at a 900 px window."""
    cells = []
    for text in texts:
        found = _NUMBER_AND_UNIT.search(text)
        glued = found.group(0).replace(" ", NO_BREAK_SPACE) if found else ""
        fits = found is not None and grid_text_width(glued) <= width
        cells.append(text[: found.start()] + glued if found is not None and fits else text)
    return cells


def _word_cut(words: list[str], width: int) -> str | None:
    """The words up to the first one wider than a line of a column `width` pixels wide, that one
    shortened to the letters that fit with "…" (None when every word fits a line): the grid breaks
    such a word anywhere, and "инвестпроекто" / "в" read as two words, the second a preposition."""
    for n, word in enumerate(words):
        if grid_text_width(_line_word(word, n == 0)) > width:
            letters = max(
                (
                    k
                    for k in range(len(word) + 1)
                    if grid_text_width(_line_word(word[:k] + "…", n == 0)) <= width
                ),
                default=0,
            )
            return " ".join([*words[:n], word[:letters].rstrip(" —-–,:;") + "…"])
    return None


def within_lines(text: str, width: int, lines: int = _MOST_LINES) -> str:
    """`text` as it fits `lines` lines of a column `width` pixels wide, broken between words only:
    whole, or its first words and "…", so a cut cell says it is cut (the grid cuts a taller cell at
    its row's foot without a mark, mid-title). A compound wider than the column breaks after its
    hyphen (dash_breaks); a word wider still ends the text, cut to a line with "…" (_word_cut)."""
    text = dash_breaks(text, width)
    words = text.split(" ")
    cut = _word_cut(words, width)
    if cut is not None:
        text, words = cut, cut.split(" ")
    if _wrapped_lines(text, width) <= lines:
        return text
    low, high = 0, len(words)  # the most words that fit with the ellipsis: low fits, high does not
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (
            (middle, high)
            if _wrapped_lines(" ".join(words[:middle]) + "…", width) <= lines
            else (low, middle)
        )
    if low == 0:  # a first word longer than the lines: as many of its letters as fit
        low = max(n for n in range(len(words[0]) + 1) if _wrapped_lines(words[0][:n] + "…", width) <= lines)
        return words[0][:low] + "…"
    return " ".join(words[:low]).rstrip(" —-–,:;…") + "…"


def period_cells(starts: pd.Series, ends: pd.Series, width: int | None = None) -> list[str]:
    """A figures table's periods (fmt.period), a span wider than its column (76 px) broken after
    its dash: the grid cut "2026–2028" into "2026–202" and "8", and a span whose parts fit, broken
    only between words, read "Sep" / "2025–Mar" / "2026"."""
    room = width or int(FIGURE_COLUMNS["period"]["width"] or 0)
    periods = [fmt.period(start, end) for start, end in zip(starts, ends, strict=True)]
    return [_DASH_INSIDE.sub(" ", period) if grid_text_width(period) > room else period for period in periods]


def wrapped_row_height(table: pd.DataFrame, columns: dict) -> int:
    """A row height at which no cell of `table` is cut at its row's foot: four lines, or as many
    as its longest cell wraps to in `columns`' widths (up to seven, then it is cut: rare)."""
    lines = 4
    for name in table.columns:
        config = columns.get(name)
        if not config or not config.get("width"):
            continue
        for cell in table[name]:
            if isinstance(cell, str) and cell:
                lines = max(lines, min(_wrapped_lines(cell, int(config["width"])), _MOST_LINES))
    return WRAPPED_ROW_HEIGHT + (lines - 4) * _LINE_HEIGHT


def wrapped_table_height(rows: int, most: int = 8, row_height: int = WRAPPED_ROW_HEIGHT) -> int:
    """A wrapped table's height in pixels: its rows up to `most` (then it scrolls), and its header."""
    return row_height * min(max(rows, 1), most) + 38


# A figures table in a window too narrow for its columns (a 900 px window: ~436 px for the
# table): the grid scrolled sideways, its published day, period basis, metric and place past the
# window's edge. Three columns then hold them all, each a word group of the cells it merges.
NARROW_COLUMNS = {
    "figure": st.column_config.TextColumn(
        "figure · period",
        width=112,
        help=f"{FIGURE_WITH_KIND['help']} Then its period and where the period was read. {BASIS_COLUMN['help']}",
    ),
    "item": st.column_config.TextColumn(
        "item · metric · place",
        width=120,  # its header whole
        help="What the figure counts, in its sentence's words; then the catalog metric it is mapped to and the "
        "place it is about, where there are",
    ),
    "article": st.column_config.TextColumn(
        "date · article",
        width=140,  # "primeminister.kz" whole
        help="The day it was published, the publisher (where named) and the title (a long one ends in …)",
    ),
}
_NARROW_PARTS = {
    "figure": ("figure", "period", "period basis"),
    "item": ("item", "metric", "place"),
    "article": ("published", "article"),
}
# A narrow grid's rows are as tall as this share of its rows need (four lines at the least, seven
# at the most): the grid has one row height, and one item of seven lines made every row seven lines
# high. A taller cell ends in "…"; the selected row's line, sentence and cite block give it whole.
NARROW_ROWS_WHOLE = 0.9


# The orders a narrow (static) table of figures can be put in, as a select above it: its rows
# as queried (newest published first), or by another column of queries.newest_figures' rows.
NEWEST_ORDERS = (
    "newest published first",
    "oldest published first",
    "latest period first",
    "metric (A–Z)",
    "place (A–Z)",
)


def newest_order(figures: pd.DataFrame, order: str) -> list[int]:
    """The positions of `figures`' rows (queries.newest_figures: published_at, period_start,
    period_end, label, place) in `order` (NEWEST_ORDERS); ties and blanks keep the queried order,
    blanks last."""
    frame = figures.reset_index(drop=True).assign(_at=range(len(figures)))
    if order == "oldest published first":
        ordered = frame.sort_values(["published_at", "_at"], ascending=[True, True], kind="stable")
    elif order == "latest period first":
        # an open span ("from Sep 2025") by its start; no period stated last
        frame = frame.assign(
            _end=pd.to_datetime(frame["period_end"]).fillna(pd.to_datetime(frame["period_start"]))
        )
        ordered = frame.sort_values(["_end", "period_start", "_at"], ascending=[False, False, True],
                                    na_position="last", kind="stable")  # fmt: skip
    elif order in ("metric (A–Z)", "place (A–Z)"):
        column = "label" if order.startswith("metric") else "place"
        words = frame[column].where(frame[column].astype(str).str.strip() != "")
        ordered = frame.assign(_by=words.str.casefold()).sort_values(
            ["_by", "_at"], na_position="last", kind="stable"
        )
    else:
        ordered = frame
    return list(ordered["_at"])


def too_narrow(columns: dict, table: pd.DataFrame, room: int | None, selectable: bool = False) -> bool:
    """Whether `table`'s columns (their widths in `columns`) are wider than a table `room` pixels
    wide (table_room.table_room; None, not measured yet: they fit), so the grid would scroll."""
    widths = sum(int(columns[name]["width"] or 0) for name in table.columns if name in columns)
    return room is not None and widths + (_CHECKBOXES if selectable else 0) > room


def _joined(*parts: object) -> str:
    return " · ".join(str(part) for part in parts if isinstance(part, str) and part.strip())


def narrow_figures(table: pd.DataFrame, room: int, selectable: bool = False) -> tuple[pd.DataFrame, dict]:
    """A figures table (the Overview's newest, the explorer's: columns figure, item, period,
    article, published, period basis, metric, place) as the three columns of NARROW_COLUMNS, the
    article's taking what `room` leaves: "target: 5 % · 2025 · own sentence", "inflation rate ·
    Inflation (annual) · Almaty", "24.01.2025 · Akorda — Title". Nothing is dropped but the link
    (the selected row's cite block gives it) and a basis "not stated" beside "no period stated"."""
    room -= _CHECKBOXES if selectable else 0
    figure, least = int(NARROW_COLUMNS["figure"]["width"] or 0), int(NARROW_COLUMNS["item"]["width"] or 0)
    article = int(NARROW_COLUMNS["article"]["width"] or 0)
    published = [
        "" if pd.isna(day) else f"{pd.Timestamp(day):%d.%m.%Y}"
        for day in table.get("published", pd.Series([None] * len(table)))
    ]
    cells = table.assign(published=published)
    cells["figure"] = figure_cells(
        [str(cell) for cell in cells["figure"]], figure
    )  # a value and its unit on a line
    if "period basis" in cells:  # "no period stated · not stated" said it twice
        cells["period basis"] = cells["period basis"].where(cells["period"] != fmt.period(None, None), "")
    # a span broken after its dash for the wide table's period column (period_cells) is whole again
    cells["period"] = [str(period).replace("– ", "–") for period in cells["period"]]
    merged = pd.DataFrame(
        {
            name: [_joined(*(row.get(part, "") for part in parts)) for row in cells.to_dict("records")]
            for name, parts in _NARROW_PARTS.items()
        }
    )
    # the item as wide as its longest word as far as the article keeps its least width; a longer
    # word breaks after its hyphen or ends the cell in "…" (within_lines)
    longest = max((grid_text_width(word) for cell in merged["item"] for word in cell.split()), default=0)
    item = max(min(longest, room - figure - article), least)
    columns = {
        **NARROW_COLUMNS,
        "item": {**NARROW_COLUMNS["item"], "width": item},
        "article": {**NARROW_COLUMNS["article"], "width": max(room - figure - item, article)},
    }
    return merged, columns


def narrow_lines(table: pd.DataFrame, columns: dict) -> int:
    """The lines of a narrow grid's rows: as many as NARROW_ROWS_WHOLE of its rows need for every
    cell whole, four at the least and seven at the most."""
    needed = sorted(
        max(_wrapped_lines(str(row[name]), int(columns[name]["width"] or 0)) for name in table.columns)
        for _, row in table.iterrows()
    )
    if not needed:
        return 4
    return min(max(needed[min(int(len(needed) * NARROW_ROWS_WHOLE), len(needed) - 1)], 4), _MOST_LINES)
