"""The speeds a fine is set for: "exceeding the limit by 20 to 40 km/h", "за превышение скорости от
20 до 40 км/ч", "сағатына 20-дан 40 км-ге дейін асырғаны үшін". They bound a band of the law, the
condition a fine applies to; no speed was measured, so neither end is a reported figure. A speed
told as a fact ("the average speed rose to 90 km/h") keeps its reading."""

from __future__ import annotations

import re

_SPEED = re.compile(r"km\s?/\s?h|kmph|kph|км\s?/\s?ч|км/час|км/сағ", re.I)
# "from 40 and more km/h", "от 60 и более км/ч": an open band's bound, the speed written after it
_OPEN_BOUND_AFTER = re.compile(
    r"\s+(?:and\s+(?:more|above|over)|or\s+more|и\s+(?:более|выше)|или\s+более)\s+(?:km\s?/\s?h|км\s?/\s?ч)",
    re.I,
)
_KK_PER_HOUR = re.compile(r"(?<!\w)сағатына(?!\w)", re.I)
# a fine or a penalty told in the sentence: the law's bands, also in a list line with no verb
_FINE = re.compile(r"fine|penalt|MRP|MCI|штраф|наказ|МРП|МЗП|айыппұл|АЕК", re.I)
# between a band's two ends: "to", "до", a dash, or nothing after the first end's case ("20-дан 40")
_BOUND_BETWEEN = re.compile(r"\s*(?:to|до|[-–—])?\s*", re.I)


def speed_band_bounds(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """The indices of the figures (start, end in `text`, in order) that bound a fine's speed bands:
    a speed in a sentence that tells a fine, the first end of its range and an open band's bound."""
    if not _FINE.search(text):
        return set()
    per_hour = _KK_PER_HOUR.search(text)
    bounds: set[int] = set()
    for n, (start, end) in enumerate(spans):
        surface = text[start:end]
        if (
            _SPEED.search(surface)
            or _OPEN_BOUND_AFTER.match(text, end)
            or (per_hour is not None and per_hour.end() <= start and "км" in surface)
        ):
            bounds.add(n)
            if n and _BOUND_BETWEEN.fullmatch(text, spans[n - 1][1], start):
                bounds.add(n - 1)
    return bounds


def band_end_before(text: str, start: int, end: int) -> int:
    """Where the last speed a fine's sentence writes between `start` and `end` ends ("за превышение
    скорости на 10-20 км/ч [штраф] 5 МРП"), else `start`: the band, no figure, still bounds the words
    of the figure after it, as the figures it once was did."""
    if not _FINE.search(text):
        return start
    ends = [speed.end() for speed in _SPEED.finditer(text, start, end)]
    return ends[-1] if ends else start
