"""A chart's files as its page's buttons give them (PNG, SVG, standalone HTML), made with the page
and kept for the figure: the same figure, in any session, is made once.

A download button whose file is made when pressed (Streamlit's callable `data`) gets a new file
id at every run of the page, and the id a press sends is dropped when the next run ends: a press
while the page runs again (the table-room measure reruns every page just opened in a new
browser, dashboard/table_room.py) gave nothing, 2 to 4 presses in 10 on a first visit in
Chromium (docs/dashboard.md). A button holding its bytes keeps one id (Streamlit's is a hash of
them) and its file outlives a run, as the CSVs already were (dashboard/table_downloads.py).

Made with the page, each image would start a browser (kaleido, ~3 s); one browser is kept for
the server's life (kaleido's sync server), ~0.2–0.3 s an image, and a figure's files are kept by
a hash of its JSON, so a page shown again (a rerun, another session, the same filters) makes
nothing. A figure the page has not built (the Taza tabs not open) is built only for the ZIP,
which is made on a press of its own (components.every_chart_download)."""

from __future__ import annotations

import contextlib
import hashlib
import json
import threading
import warnings
from collections import OrderedDict

import kaleido
import plotly.graph_objects as go
from plotly.utils import PlotlyJSONEncoder

from dashboard.export import BrowserUnavailable, chart_browser

FORMATS = ("png", "svg", "html")
# Files kept: a standalone HTML holds plotly.js (~4.8 MB), an image 10 kB to 1 MB.
_MOST_KEPT = {"html": 24, "png": 200, "svg": 200}
_kept: dict[str, OrderedDict[str, bytes]] = {fmt: OrderedDict() for fmt in FORMATS}
_kept_lock = threading.Lock()
# kaleido's sync server answers one caller at a time: its queue hands results back in order,
# and two sessions' images asked at once could each get the other's.
_browser_lock = threading.Lock()
_browser_failure: BrowserUnavailable | None = None


# The keys of the figures seen last, by identity: the app's chart cache hands the same figure to
# every run, and hashing its JSON again took 5 to 50 ms a chart a run (the figure is kept here
# with its key, so its id is not another's).
_keys: OrderedDict[int, tuple[go.Figure, str]] = OrderedDict()


def figure_key(figure: go.Figure) -> str:
    """The figure's identity: a hash of its JSON, keys sorted (the same chart of the same data,
    built again in another order, hashes alike)."""
    with _kept_lock:
        seen = _keys.get(id(figure))
        if seen is not None and seen[0] is figure:
            _keys.move_to_end(id(figure))
            return seen[1]
    text = json.dumps(figure.to_plotly_json(), cls=PlotlyJSONEncoder, sort_keys=True)
    key = hashlib.sha256(text.encode("utf-8")).hexdigest()
    with _kept_lock:
        _keys[id(figure)] = (figure, key)
        while len(_keys) > _MOST_KEPT["png"]:
            _keys.popitem(last=False)
    return key


def _start_browser() -> None:
    """kaleido's browser, started once for the server's life (callers hold _browser_lock)."""
    global _browser_failure
    if _browser_failure is not None:
        raise _browser_failure
    if not kaleido._sync_server.GlobalKaleidoServer().is_running():  # noqa: SLF001
        try:
            kaleido.start_sync_server(path=chart_browser(), silence_warnings=True)
        except BrowserUnavailable as error:  # said once, then at once on every page
            _browser_failure = error
            raise


def warm_up() -> None:
    """Start the browser in the background (the server's first page would wait 3 to 5 s for it)."""

    def start() -> None:
        with _browser_lock, contextlib.suppress(BrowserUnavailable):
            _start_browser()

    threading.Thread(target=start, name="ktpulse-kaleido-start", daemon=True).start()


def _image(figure: go.Figure, fmt: str) -> bytes:
    with _browser_lock:
        _start_browser()
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="The kopts argument is ignored")
            return figure.to_image(
                format=fmt, width=1100, height=figure.layout.height or 500, scale=2 if fmt == "png" else 1
            )


def chart_file(figure: go.Figure, fmt: str, key: str | None = None) -> bytes:
    """`figure` as a PNG or SVG (kaleido, Debian's chromium) or a standalone HTML page (plotly.js
    inlined), made once for its JSON (`key`: figure_key, when the caller has it).
    BrowserUnavailable when no browser can make images."""
    key = key or figure_key(figure)
    kept = _kept[fmt]
    with _kept_lock:
        if key in kept:
            kept.move_to_end(key)
            return kept[key]
    if fmt == "html":
        data = figure.to_html(include_plotlyjs=True, full_html=True).encode("utf-8")
    else:
        data = _image(figure, fmt)
    with _kept_lock:
        kept[key] = data
        while len(kept) > _MOST_KEPT[fmt]:
            kept.popitem(last=False)
    return data


def is_kept(figure: go.Figure, fmt: str, key: str | None = None) -> bool:
    """Whether the figure's file is made already (a page shown before)."""
    with _kept_lock:
        return (key or figure_key(figure)) in _kept[fmt]
