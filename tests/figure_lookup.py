"""One figure of a text found by its surface, for the real-page round tests: the first figure the
extractor reads whose surface is exactly `surface`, or a failure that lists the surfaces it read."""

from __future__ import annotations

from datetime import date

from etl.extract.indicator_record import Indicator
from etl.extract.indicators import extract_indicators


def figure_by_surface(
    text: str, surface: str, published: date, title: str = "", language: str | None = None
) -> Indicator:
    found = extract_indicators(text, published, title=title, language=language)
    hits = [i for i in found if i.surface == surface]
    assert hits, f"no figure {surface!r} in {[i.surface for i in found]}"
    return hits[0]


def surfaces(text: str, published: date, language: str | None = None) -> list[str]:
    """The surface of every figure the extractor reads in `text`, in order."""
    return [i.surface for i in extract_indicators(text, published, language=language)]


def span(figure: Indicator) -> tuple[date | None, date | None]:
    return figure.period_start, figure.period_end


# A figure's reading as the round tests compare it: its period's first and last day and its kind.
Reading = tuple[date | None, date | None, str]


def readings(text: str, published: date, language: str | None = None, title: str = "") -> dict[str, Reading]:
    """Each surface's reading, in the order surfaces are first read (a surface read twice keeps its
    last figure's reading)."""
    return {
        i.surface: (i.period_start, i.period_end, i.kind)
        for i in extract_indicators(text, published, title=title, language=language)
    }


def reading(
    text: str, surface: str, published: date, language: str | None = None, title: str = ""
) -> Reading:
    """The reading of the first surface that starts with `surface`, or a failure that lists them."""
    found = readings(text, published, language, title)
    hits = [s for s in found if s.startswith(surface)]
    assert hits, f"no {surface!r} in {list(found)}"
    return found[hits[0]]


def kk_reading(body: str, published: date, surface: str) -> Reading:
    """reading() of a Kazakh text, its arguments in the order the Kazakh round tests pass them."""
    return reading(body, surface, published, language="kk")
