"""A real dashboard server for browser tests and the screenshot script: `ktpulse dashboard`
started as a user starts it, and Debian's Chromium driven by Playwright."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import Browser, Playwright

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
# Without the background-networking flags Chromium keeps dialling out on a closed network.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]  # fmt: skip


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def serve_dashboard(db: Path, timeout: float = 90) -> Iterator[str]:
    """`ktpulse dashboard --db DB` on a free port; yields its base URL. The server runs in its own
    process group, which is ended on exit (the CLI's Streamlit child with it)."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "dashboard.cli", "dashboard", "--db", str(db), "--port", str(port)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True,
        env=dict(os.environ, STREAMLIT_SERVER_ADDRESS="127.0.0.1"),
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                if urllib.request.urlopen(f"{base}/_stcore/health", timeout=2).read() == b"ok":
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(
                        f"dashboard did not start: {process.stdout.read().decode()[-2000:]}"  # type: ignore[union-attr]
                    ) from None
                time.sleep(0.5)
        yield base
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
            # the CLI ends at once; its Streamlit child (and the image browser it started, which it
            # ends at its exit) must end too, with its output pipe still open: Streamlit writes
            # "Stopping..." as it stops, and with no reader left it never stopped, server and browser
            # left running after the test
            deadline = time.monotonic() + 20
            while _group_alive(process.pid) and time.monotonic() < deadline:
                time.sleep(0.2)
            if _group_alive(process.pid):
                os.killpg(process.pid, signal.SIGKILL)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        process.stdout.close()  # type: ignore[union-attr]


def _group_alive(group: int) -> bool:
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    return True


def launch_chromium(playwright: Playwright) -> Browser:
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
