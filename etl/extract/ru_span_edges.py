"""Russian levels at the edges of a span of past years: "С 2020 по 2024 год экспорт вырос с 1,2 млрд до
2,1 млрд долларов", "За 2019–2024 годы экспорт почти удвоился и достиг 2,1 млрд долларов". The change
covers the whole span, but the level it rose from stood in the span's first year and the level it
reached in its last, as the Kazakh reader already reads "2020-2024 жылдары ... 1,2 млрд доллардан 2,1 млрд
долларға дейін" (kk_sentence_figures._kk_span_edges)."""

from __future__ import annotations

import re
from datetime import date

from etl.extract.cyrillic_periods import RU_CHANGE_TOLD
from etl.extract.indicator_record import Indicator
from etl.extract.period_shapes import _past_years_span
from etl.extract.periods import Period
from etl.extract.records import replace

# the level a change has reached, the verb just before the figure: "и достиг 2,1 млрд", "достигла
# почти 40%", "составив 12 тыс."
_RU_LEVEL_REACHED_BEFORE = re.compile(
    r"\b(?:достиг(?:ла|ло|ли)?|достигнув|составив|и\s+составил[аои]?)\s+(?:(?:почти|около|более|свыше|порядка|примерно)\s+)?$",
    re.I,
)
# a total over the years keeps them: "в общей сложности составил", "всего достигли"
_RU_TOTAL_BEFORE = re.compile(
    r"\b(?:всего|в\s+общей\s+сложности|в\s+сумме|суммарно|общий|общая|общее)\b", re.I
)


def _whole_year(indicator: Indicator, year: int) -> Indicator:
    return replace(indicator, period_start=date(year, 1, 1), period_end=date(year, 12, 31))


def _years_to_this_one(span: tuple[date | None, date | None], published: date) -> tuple[int, int] | None:
    """The first and last year of whole years ending with the publication year's, else None."""
    first, last = span
    if first is None or last is None or first.year >= last.year or last.year != published.year:
        return None
    if (first.month, first.day, last.month, last.day) != (1, 1, 12, 31):
        return None
    return first.year, last.year


def ru_span_edges(text: str, found: list[Indicator], published: date) -> list[Indicator]:
    """The old and new level of a change over years already past (or up to this one) take the span's first
    and last year;
    a level reached after a change told over them takes the last."""
    offset = found[0].sentence_start if found else 0
    moved = list(found)
    for n, indicator in enumerate(found):
        span = (indicator.period_start, indicator.period_end)
        years = _past_years_span(Period(0, 0, span[0], span[1], False), published)
        if indicator.kind != "actual" or indicator.is_change or indicator.unit == "times":
            continue
        start = indicator.start_char - offset
        if indicator.role in ("from", "to") and years is None:
            # "За 2020–2025 годы ... со 115 млрд до 262 млрд тенге" in November 2025: the years run up to
            # this one, whose level the new one is
            years = _years_to_this_one(span, published)
        if years is None:
            continue
        if indicator.role in ("from", "to"):
            other = "to" if indicator.role == "from" else "from"
            pair = [i for i in found if i is not indicator and i.role == other]
            if pair and all((i.period_start, i.period_end) == span for i in pair):
                moved[n] = _whole_year(indicator, years[0] if indicator.role == "from" else years[1])
            continue
        change_before = any(
            (i.is_change or i.unit == "times" or i.value == 0) and i.start_char < indicator.start_char
            and (i.period_start, i.period_end) == span
            for i in found
        ) or RU_CHANGE_TOLD.search(text, 0, start) is not None  # fmt: skip
        if (
            indicator.role is None
            and change_before
            and _RU_LEVEL_REACHED_BEFORE.search(text, max(0, start - 32), start)
            and not _RU_TOTAL_BEFORE.search(text, 0, start)
        ):
            moved[n] = _whole_year(indicator, years[1])
    return moved
