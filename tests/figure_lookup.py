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
