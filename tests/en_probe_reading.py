"""How the English round probes (tests/test_en15..17_classes.py) read their paragraphs: each
expected figure, found by the start of its surface in order, against its period and kind."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from etl.extract.indicators import extract_indicators

Span = tuple[date | None, date | None]
Expected = Sequence[tuple[str, Span, str]]


def misses(body: str, expected: Expected, published: date) -> list[str]:
    """The expected figures the extractor reads otherwise (empty when all are right)."""
    found = list(extract_indicators(body, published, title="", language="en"))
    wrong = []
    for surface, period, kind in expected:
        hit = next((i for i in found if i.surface.startswith(surface)), None)
        if hit is None:
            wrong.append(f"{surface}: not read")
            continue
        found.remove(hit)
        got = ((hit.period_start, hit.period_end), hit.kind)
        if got != (period, kind):
            wrong.append(f"{surface}: {got} != {(period, kind)}")
    return wrong


def units_of(body: str, surface: str, published: date) -> list[str]:
    """The units of the figures whose surface starts with `surface`."""
    return [
        i.unit
        for i in extract_indicators(body, published, title="", language="en")
        if i.surface.startswith(surface)
    ]
