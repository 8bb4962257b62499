"""Russian classes found on the fresh set d40 at first sight (extractor +fs40ru): sentences of our
own, labelled per tests/realworld/FORMAT.md, with look-alikes that keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators

PUBLISHED = date(2026, 2, 3)


def _read(text: str, published: date = PUBLISHED) -> list[tuple[str, float, str | None]]:
    return [(i.surface, i.value, i.unit) for i in extract_indicators(text, published, language="ru")]


# --- a rate per a base written in full, "на 100 тысяч населения": one figure, unit other ----------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Смертность от инсульта сейчас держится на уровне 48,7 случая на 100 тысяч населения.",
            [("48,7 случая на 100 тысяч населения", 48.7, "other")],
        ),
        (
            "Заболеваемость корью выросла до 21,4 на 100 тысяч человек.",
            [("21,4 на 100 тысяч человек", 21.4, "other")],
        ),
        (
            "Рождаемость в области составила 17,9 на 1 тысячу жителей.",
            [("17,9 на 1 тысячу жителей", 17.9, "other")],
        ),
        (
            "Обеспеченность врачами – 31,2 на 10 тысяч населения.",
            [("31,2 на 10 тысяч населения", 31.2, "other")],
        ),
        # look-alikes: a head count of a hundred thousand is a count, not a rate's base
        ("В новом микрорайоне будут жить 100 тысяч человек.", [("100 тысяч", 100000.0, "count")]),
        ("Скрининг прошли 100 тысяч жителей области.", [("100 тысяч", 100000.0, "count")]),
    ],
)
def test_rate_per_base_written_in_full(text: str, want: list[tuple[str, float, str]]) -> None:
    assert _read(text) == want
