"""Parser processes that cannot outlive the refresh or stall it: a time limit per input, and
workers that die with their parent (a worker left behind would keep the store's lock open)."""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from multiprocessing.pool import Pool

_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
_PARENT_POLL_SECONDS = 1.0


class OverTimeLimit(BaseException):
    """Raised inside a parse that ran past its time limit.

    A BaseException, like KeyboardInterrupt, so the parsers' `except Exception` (which turns
    a parser bug into a rejection) does not swallow it."""


REPEAT = 0.1  # seconds between alarms once a time limit has passed


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise OverTimeLimit in the block after `seconds` (SIGALRM; main thread of a POSIX process).

    Where no alarm can be set (another thread, no SIGALRM) the block runs without a limit."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if seconds is None or not usable:
        yield
        return

    armed = True

    def expire(signum: int, frame: object) -> None:
        if armed:
            raise OverTimeLimit

    previous = signal.signal(signal.SIGALRM, expire)
    # Fired again every REPEAT seconds until the block ends: an exception raised while a gc
    # callback runs (hypothesis installs one) is printed and dropped, and a single alarm lost
    # that way would leave the parse unlimited.
    signal.setitimer(signal.ITIMER_REAL, seconds, REPEAT)
    try:
        yield
    finally:
        while True:  # an alarm landing here, before it is disarmed, is caught and the disarming retried
            try:
                armed = False
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, previous)
                break
            except OverTimeLimit:
                continue


def die_with_parent(parent_pid: int) -> None:
    """End this process when `parent_pid` ends, even by kill -9: the kernel's parent-death
    signal on Linux, a watching thread elsewhere."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    else:
        threading.Thread(target=_watch_parent, args=(parent_pid,), daemon=True).start()
    if os.getppid() != parent_pid:  # the parent died before the signal was armed
        os._exit(1)


def _watch_parent(parent_pid: int) -> None:
    while os.getppid() == parent_pid:
        time.sleep(_PARENT_POLL_SECONDS)
    os._exit(1)


def _start_worker(parent_pid: int, initializer: Callable[..., None], args: tuple) -> None:
    die_with_parent(parent_pid)
    initializer(*args)


def start_pool(workers: int, initializer: Callable[..., None], args: tuple) -> Pool:
    """A fork pool whose workers run `initializer(*args)` and die with this process."""
    return multiprocessing.get_context("fork").Pool(workers, _start_worker, (os.getpid(), initializer, args))
