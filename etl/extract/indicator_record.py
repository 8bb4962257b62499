"""The record of one reported figure, as every reader (English, Russian, Kazakh, tables) gives it
and the store keeps it: value, unit, item, period, kind and the sentence with its offsets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from etl.extract.records import quick_init
from etl.extract.units import UnitCode


@quick_init
@dataclass(frozen=True)
class Indicator:
    """One reported figure. Offsets are into the article body; `sentence` is verbatim."""

    value: float
    unit: UnitCode  # KZT, USD, percent, tonne, hectare, count, times... (etl/extract/units.py)
    item: str  # what is counted or measured; "" when the text does not say
    qualifier: str | None  # 'more than', 'about', 'up to', 'at least', 'almost', 'less than'
    period_start: date | None
    period_end: date | None
    kind: str  # 'actual' | 'target' | 'plan' | 'forecast'
    is_change: bool  # a change ("grew by", "a 27.4% rise"), not a level
    sentence: str
    sentence_start: int
    start_char: int
    end_char: int
    surface: str
    role: str | None = None  # 'from'/'to' of a change, 'low'/'high' of a range
    partner: int | None = None  # index (in the returned list) of the other end of a change/range
    place: str | None = None  # the region, city or district it is about (places.py); None: national
    direction: str | None = None  # a change's way, 'up' or 'down'; None for a level or when unsaid
