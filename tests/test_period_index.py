"""The per-sentence indexes (clause marks, PeriodIndex) answer exactly what a scan of the whole
sentence answers: they exist only to make a long sentence linear."""

from __future__ import annotations

import random
from datetime import date

from etl.extract.figure_clause import _clause_marks, _clause_span, nearest_period
from etl.extract.period_index import PeriodIndex, ordered
from etl.extract.periods import Period


def _scanned_clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause as the extractor found it before the index: rfind/find over the sentence."""
    clause_start = max(text.rfind(", ", 0, start), text.rfind("; ", 0, start)) + 1
    ends = [i for i in (text.find(", ", end), text.find("; ", end)) if i != -1]
    return clause_start, min(ends) if ends else len(text)


def test_clause_span_by_bisection_matches_the_scan() -> None:
    chooser = random.Random(3)
    for _ in range(2000):
        text = "".join(chooser.choice(["a", " ", ",", ";", ", ", "; ", "7"]) for _ in range(40))
        marks = _clause_marks(text)
        start = chooser.randrange(0, len(text))
        end = chooser.randrange(start + 1, len(text) + 1)
        assert _clause_span(text, start, end, marks) == _scanned_clause(text, start, end), (text, start, end)


def _random_periods(chooser: random.Random) -> list[Period]:
    periods, position = [], chooser.randrange(0, 5)
    for _ in range(chooser.randrange(0, 8)):
        length = chooser.randrange(1, 6)
        day = date(2024, 1, 1)
        periods.append(Period(position, position + length, day, day, False, is_weak=chooser.random() < 0.3))
        position += length + chooser.randrange(0, 6)
    return periods


def test_nearest_period_matches_the_scan() -> None:
    chooser = random.Random(5)
    checked = 0
    for _ in range(3000):
        periods = _random_periods(chooser)
        assert ordered(periods)
        taken = {id(p) for p in periods if chooser.random() < 0.3}
        clause_start = chooser.randrange(0, 40)
        clause = (clause_start, clause_start + chooser.randrange(0, 30))
        start = chooser.randrange(0, 50)
        end = start + chooser.randrange(1, 4)
        free = [p for p in periods if id(p) not in taken]
        expected = nearest_period(free or periods, clause, start, end)
        index = PeriodIndex(periods, taken)
        skip = (lambda p, taken=taken: id(p) in taken) if index.free_count else (lambda p: False)
        assert index.nearest(clause, start, end, skip) is expected, (periods, taken, clause, start, end)
        checked += expected is not None
    assert checked > 1000  # most draws have an answer to compare, not only None


def test_overlapping_periods_are_not_ordered() -> None:
    day = date(2024, 1, 1)
    assert not ordered([Period(0, 10, day, day, False), Period(5, 12, day, day, False)])
    assert not ordered([Period(3, 3, day, day, False)])
