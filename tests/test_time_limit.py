"""The per-file time limit holds even when its first alarm is lost, and ends with its block."""

from __future__ import annotations

import signal
import time

import pytest

from etl.pipeline.workers import OverTimeLimit, time_limit


def _busy(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_a_block_past_its_limit_is_stopped() -> None:
    started = time.monotonic()
    with pytest.raises(OverTimeLimit), time_limit(0.1):
        _busy(5)
    assert time.monotonic() - started < 2


def test_an_alarm_swallowed_inside_the_block_is_followed_by_another() -> None:
    """As when the first alarm lands in a gc callback, which prints the exception and drops it."""
    swallowed = 0
    with pytest.raises(OverTimeLimit), time_limit(0.1):
        end = time.monotonic() + 5
        while time.monotonic() < end:
            try:
                _busy(5)
            except OverTimeLimit:
                swallowed += 1
                if swallowed > 1:
                    raise
    assert swallowed == 2


def test_no_alarm_outlives_its_block() -> None:
    before = signal.getsignal(signal.SIGALRM)
    with time_limit(0.05):
        pass
    _busy(0.3)  # an alarm still armed would raise here
    assert signal.getsignal(signal.SIGALRM) is before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
