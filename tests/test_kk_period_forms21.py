"""Kazakh period forms, sentences of our own in the shapes of regional reporting (FORMAT.md).

What is set aside, needed, asked or meant for a seasonal campaign ("көктемгі егіс науқанына ...
   бөлінді", "Күзгі жиын-терімге ... өтінім берді", "күзгі науқанға арналған"): the campaign's season
   (FORMAT.md: a spring campaign is March to May, an autumn one September to November). Read as the
   whole year before cyrillic_periods' "sowing_season" took the dative with these words. Look-alike:
   machinery made ready for the campaign is a state on the day told.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface, span

Span = tuple[date | None, date | None]


def _day(day: date) -> Span:
    return day, day


_SEASON: list[tuple[str, str, date, Span]] = [
    # what is set aside for the campaign: its season
    (
        "Биыл көктемгі егіс науқанына 52 мың тонна жанармай бөлінді.",
        "52 мың тонна",
        date(2025, 4, 10),
        (date(2025, 3, 1), date(2025, 5, 31)),
    ),
    (
        "Облыс шаруаларына күзгі егін жинау науқанына 18 мың тонна дизель отыны бөлінеді.",
        "18 мың тонна",
        date(2024, 8, 20),
        (date(2024, 9, 1), date(2024, 11, 30)),
    ),
    (
        "Былтырғы көктемгі егіс науқанына 30 мың тонна тұқым бөлінген.",
        "30 мың тонна",
        date(2025, 1, 15),
        (date(2024, 3, 1), date(2024, 5, 31)),
    ),
    # asked and meant for it
    (
        "Күзгі жиын-терімге 140 шаруашылық 2 100 тонна отынға өтінім берді.",
        "2 100 тонна",
        date(2025, 10, 5),
        (date(2025, 9, 1), date(2025, 11, 30)),
    ),
    (
        "Күзгі науқанға арналған 4 800 тонна отын аудандарға жөнелтілді.",
        "4 800 тонна",
        date(2025, 10, 5),
        (date(2025, 9, 1), date(2025, 11, 30)),
    ),
    # what it needs (read so before)
    (
        "Көктемгі науқанға 12 мың тонна тұқым қажет.",
        "12 мың тонна",
        date(2024, 3, 5),
        (date(2024, 3, 1), date(2024, 5, 31)),
    ),
    # look-alike: machinery made ready for it is a state on the day told
    (
        "Облыста көктемгі егіске 6 мыңға жуық техника әзірленді.",
        "6 мыңға",
        date(2024, 3, 5),
        _day(date(2024, 3, 5)),
    ),
]


@pytest.mark.parametrize(("text", "surface", "published", "expected"), _SEASON, ids=[c[1] for c in _SEASON])
def test_campaign_season(text: str, surface: str, published: date, expected: Span) -> None:
    assert span(figure_by_surface(text, surface, published, language="kk")) == expected
