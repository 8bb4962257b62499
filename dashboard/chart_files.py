"""A chart's files as its page's buttons give them (PNG, SVG, standalone HTML), made with the page
and kept for the figure: the same figure, in any session, is made once.

A download button whose file is made when pressed (Streamlit's callable `data`) gets a new file
id at every run of the page, and the id a press sends is dropped when the next run ends: a press
while the page runs again (the table-room measure reruns every page just opened in a new
browser, dashboard/table_room.py) gave nothing, 2 to 4 presses in 10 on a first visit in
Chromium (docs/dashboard.md). A button holding its bytes keeps one id (Streamlit's is a hash of
them) and its file outlives a run, as the CSVs already were (dashboard/table_downloads.py).

Images need a browser (kaleido drives Chromium): one is kept for the server's life, ~0.2-0.3 s an
image, and a figure's files are kept by a hash of its JSON, so a page shown again (a rerun,
another session, the same filters) makes nothing. The browser must never hold a page or a test
up: it starts in a thread of its own (started when a reader's browser first asks for a page,
never in AppTest, which has none), every wait on it has a bound, and a page whose images it
cannot make in time offers them made when pressed, saying so (ImagesNotReady). Not kaleido's
sync server: its calls wait with no bound (a browser that never starts held a caller, and
the process's exit, for ever), and export.write_charts stops it when a CLI export ends."""

from __future__ import annotations

import asyncio
import atexit
import concurrent.futures
import contextlib
import functools
import hashlib
import json
import threading
import time
from collections import OrderedDict
from typing import Any

import kaleido
import plotly.graph_objects as go
from plotly.utils import PlotlyJSONEncoder

from dashboard.export import BrowserUnavailable, chart_browser

FORMATS = ("png", "svg", "html")
# Files kept: a standalone HTML holds plotly.js (~4.8 MB), an image 10 kB to 1 MB.
_MOST_KEPT = {"html": 24, "png": 200, "svg": 200}
_kept: dict[str, OrderedDict[str, bytes]] = {fmt: OrderedDict() for fmt in FORMATS}
_kept_lock = threading.Lock()

# The bounds on every wait for the image browser (seconds). A page waits for a starting browser
# until START_WAIT after its start (3 to 5 s under load), no longer, then offers its images made
# when pressed; a press waits PRESS_WAIT. One image past IMAGE_SECONDS, or a start past
# STUCK_SECONDS, means the browser is stuck: it is ended and started anew when next asked.
START_WAIT = 15.0
PRESS_WAIT = 30.0
IMAGE_SECONDS = 20.0
STUCK_SECONDS = 60.0
CLOSE_SECONDS = 5.0


class ImagesNotReady(RuntimeError):
    """The image browser cannot make an image now (starting, or started anew after a stall):
    the image is offered made when pressed. Its message says why, for the button."""


# The keys of the figures seen last, by identity: the app's chart cache hands the same figure to
# every run, and hashing its JSON again took 5 to 50 ms a chart a run (the figure is kept here
# with its key, so its id is not another's).
_keys: OrderedDict[int, tuple[go.Figure, str]] = OrderedDict()


def figure_key(figure: go.Figure) -> str:
    """The figure's identity: a hash of its JSON, keys sorted (the same chart of the same data,
    built again in another order, hashes alike). Takes _kept_lock: never call it holding it."""
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


async def _open_kaleido(renderer: _Renderer) -> kaleido.Kaleido:
    """kaleido's browser (Debian's chromium, checked first: export.chart_browser), opened with one
    tab. The renderer holds it before it opens, so that a stuck start can still be ended."""
    browser = kaleido.Kaleido(n=1, path=chart_browser())
    renderer.kaleido = browser
    await browser.open()
    return browser


class _Renderer:
    """One kaleido browser on an event loop in a daemon thread of its own. Callers never wait on
    it without a bound: ready (an Event) and each image (a future) are waited with timeouts."""

    def __init__(self) -> None:
        self.started_at = time.monotonic()
        self.loop = asyncio.new_event_loop()
        self.ready = threading.Event()
        self.failure: BaseException | None = None
        self.kaleido: kaleido.Kaleido | None = None
        self.thread = threading.Thread(target=self._run, name="ktpulse-chart-images", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        try:
            self.loop.run_until_complete(_open_kaleido(self))
        except BaseException as error:  # noqa: BLE001 - said on the buttons, never raised in a page
            self.failure = error
            return
        _stop_before_its_files_go()
        self.ready.set()
        self.loop.run_forever()  # images asked from other threads, until close() stops it

    def state(self) -> str | None:
        """None when images can be made, else why not, in words for a button."""
        if self.ready.is_set():
            return None
        if self.failure is not None:
            return f"the image browser did not start ({type(self.failure).__name__}: {self.failure})"
        return f"the image browser has been starting for {time.monotonic() - self.started_at:.0f} s"

    def submit(
        self, figure: dict[str, Any], fmt: str, width: int, height: int, scale: int
    ) -> concurrent.futures.Future:
        """The image asked of the browser, not waited for: its future."""
        assert self.kaleido is not None
        opts = {"format": fmt, "width": width, "height": height, "scale": scale}
        return asyncio.run_coroutine_threadsafe(self.kaleido.calc_fig(figure, opts=opts), self.loop)

    def close(self) -> None:
        """End the browser, waiting CLOSE_SECONDS at most for kaleido's own close, then end its
        process; the loop's thread is a daemon, so even a stuck one does not hold the exit."""
        browser = self.kaleido
        if browser is not None and self.ready.is_set() and self.loop.is_running():
            closing = asyncio.run_coroutine_threadsafe(browser.close(), self.loop)
            with contextlib.suppress(Exception):
                closing.result(timeout=CLOSE_SECONDS)
        process = getattr(browser, "subprocess", None)
        if process is not None and process.poll() is None:
            process.terminate()  # choreographer's wrapper ends its chromium on SIGTERM
            try:
                process.wait(timeout=CLOSE_SECONDS)
            except Exception:  # noqa: BLE001
                process.kill()
        if self.loop.is_running():
            self.loop.call_soon_threadsafe(self.loop.stop)


_renderer: _Renderer | None = None
_renderer_lock = threading.Lock()


def start() -> None:
    """Start the image browser in the background unless started (returns at once). A start that
    failed for want of a browser (BrowserUnavailable) is not tried again; one that failed
    otherwise or is stuck (STUCK_SECONDS) is ended and tried anew."""
    global _renderer
    with _renderer_lock:
        renderer = _renderer
        if renderer is not None:
            if renderer.ready.is_set() or isinstance(renderer.failure, BrowserUnavailable):
                return
            if time.monotonic() - renderer.started_at < STUCK_SECONDS:
                return
            threading.Thread(target=renderer.close, name="ktpulse-chart-images-close", daemon=True).start()
        _renderer = _Renderer()


def stop() -> None:
    """End the image browser (at the process's exit, or a test's end), bounded by CLOSE_SECONDS."""
    global _renderer
    with _renderer_lock:
        renderer, _renderer = _renderer, None
    if renderer is not None:
        renderer.close()


atexit.register(stop)  # a browser still starting at the exit is ended too


def _stop_before_its_files_go() -> None:
    """At the exit, end the browser before its profile and page folders are removed: those are
    removed by finalizers made when it opened, and exit functions run last registered first
    (removed under a browser still writing, Python printed "Directory not empty" at the exit)."""
    global _stop_registered
    with _renderer_lock:
        if not _stop_registered:
            atexit.register(stop)
            _stop_registered = True


_stop_registered = False


def started() -> bool:
    """Whether the image browser has been asked to start (a page does not start it)."""
    return _renderer is not None


def wait_ready(wait: float) -> None:
    """Wait at most `wait` seconds for the image browser (started by now, see start): at once
    when ready; BrowserUnavailable when there is no browser to start; ImagesNotReady saying why
    otherwise."""
    renderer = _renderer
    if renderer is None:
        raise ImagesNotReady("the image browser is not started")
    if not renderer.ready.wait(timeout=max(0.0, wait)):
        if isinstance(renderer.failure, BrowserUnavailable):
            raise renderer.failure
        raise ImagesNotReady(renderer.state() or "the image browser is not ready")


def page_wait() -> float:
    """How long a page may still wait for the image browser: until START_WAIT after its start."""
    renderer = _renderer
    if renderer is None or renderer.failure is not None:
        return 0.0
    return max(0.0, renderer.started_at + START_WAIT - time.monotonic())


# Images asked of the browser before a page waits for them (prefetch), by format and figure key,
# with the renderer asked: a page's images are made while the rest of it is drawn.
_making: dict[tuple[str, str], tuple[_Renderer, concurrent.futures.Future]] = {}


def _submit(renderer: _Renderer, figure: go.Figure, fmt: str) -> concurrent.futures.Future:
    return renderer.submit(
        figure.to_dict(), fmt, width=1100, height=figure.layout.height or 500, scale=2 if fmt == "png" else 1
    )


def prefetch(figure: go.Figure, key: str, formats: tuple[str, ...] = ("png", "svg")) -> None:
    """Ask the image browser for the figure's images not made yet, without waiting (a later
    chart_file or page_file waits for them, within its bounds); nothing when the browser is not
    ready (the page's wait for it is then page_file's)."""
    renderer = _renderer
    if renderer is None or not renderer.ready.is_set():
        return
    for fmt in formats:
        with _kept_lock:
            if key in _kept[fmt] or (fmt, key) in _making:
                continue
            future = _submit(renderer, figure, fmt)
            _making[(fmt, key)] = (renderer, future)
        future.add_done_callback(functools.partial(_keep_made, fmt, key))


def _keep_made(fmt: str, key: str, future: concurrent.futures.Future) -> None:
    """A prefetched image, once made, is kept as chart_file keeps it (none waits for it then)."""
    with _kept_lock:
        _making.pop((fmt, key), None)
        if future.cancelled() or future.exception() is not None:
            return
        _keep(fmt, key, future.result())


def _keep(fmt: str, key: str, data: bytes) -> None:
    """Keep a made file (call holding _kept_lock), the oldest past _MOST_KEPT dropped."""
    kept = _kept[fmt]
    kept[key] = data
    kept.move_to_end(key)
    while len(kept) > _MOST_KEPT[fmt]:
        kept.popitem(last=False)


def _image(figure: go.Figure, fmt: str, wait: float, key: str | None = None) -> bytes:
    global _renderer
    with _kept_lock:
        asked = _making.pop((fmt, key), None) if key is not None else None
    if asked is not None and asked[0] is _renderer:
        renderer, future = asked
    else:
        if asked is not None:  # asked of a browser since ended
            asked[1].cancel()
        wait_ready(wait)
        current = _renderer
        if current is None or not current.ready.is_set():  # stopped meanwhile
            raise ImagesNotReady("the image browser was stopped")
        renderer, future = current, _submit(current, figure, fmt)
    try:
        return future.result(timeout=IMAGE_SECONDS)
    except concurrent.futures.TimeoutError:
        future.cancel()
        with _renderer_lock:  # stuck: ended, and started anew by the next start()
            if _renderer is renderer:
                _renderer = None
        threading.Thread(target=renderer.close, name="ktpulse-chart-images-close", daemon=True).start()
        raise ImagesNotReady(
            f"an image took over {IMAGE_SECONDS:.0f} s; the image browser is started anew"
        ) from None


def chart_file(figure: go.Figure, fmt: str, key: str | None = None, wait: float | None = None) -> bytes:
    """`figure` as a PNG or SVG (kaleido, Debian's chromium) or a standalone HTML page (plotly.js
    inlined), made once for its JSON (`key`: figure_key, when the caller has it).

    An image not made yet starts the image browser if need be and waits at most `wait` seconds
    for it (PRESS_WAIT unless said; ImagesNotReady past that), IMAGE_SECONDS for the image;
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
        start()
        data = _image(figure, fmt, PRESS_WAIT if wait is None else wait, key)
    with _kept_lock:
        _keep(fmt, key, data)
    return data


def page_file(figure: go.Figure, fmt: str, key: str) -> bytes:
    """The file a page's button holds: chart_file, but never starting the image browser (the app
    starts it for a reader's browser, dashboard/app.py) and waiting for it only until START_WAIT
    after its start. ImagesNotReady when the image cannot be made with the page."""
    with _kept_lock:
        data = _kept[fmt].get(key)
    if data is not None or fmt == "html":
        return data if data is not None else chart_file(figure, fmt, key)
    if not started():
        raise ImagesNotReady("the image browser is not started")
    return chart_file(figure, fmt, key, wait=page_wait())


def is_kept(figure: go.Figure, fmt: str, key: str | None = None) -> bool:
    """Whether the figure's file is made already (a page shown before)."""
    key = key or figure_key(figure)  # outside the lock: figure_key takes it
    with _kept_lock:
        return key in _kept[fmt]
