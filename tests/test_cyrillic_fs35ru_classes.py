"""Russian period and kind classes found at first sight of the blind sets h34 and h35 (extractor
+fs35ru): sentences of our own, labelled per tests/realworld/FORMAT.md, several per class, with
look-alikes that must keep their old reading. Every class below was read wrong before +fs35ru."""

from __future__ import annotations

import pytest

from tests.test_cyrillic_ru11_classes import _check

CASES = [
    # --- a day of telling dates what was told then, not a present state of a later paragraph ------
    pytest.param(
        "2025-11-12",
        (
            "11 ноября в городском акимате сообщили, что к отоплению подключено 640 жилых домов.\n"
            "По данным областного управления, в регионе действуют 17 котельных. Протяженность "
            "тепловых сетей составляет 212 км."
        ),
        {
            640: (("2025-11-11", "2025-11-11"), "actual"),
            17: (("2025-11-12", "2025-11-12"), "actual"),
            212: (("2025-11-12", "2025-11-12"), "actual"),
        },
        id="told_day_stops_at_later_paragraph",
    ),
    pytest.param(
        "2025-03-06",
        (
            "3 марта на брифинге глава управления рассказал, что готовы 45 единиц техники.\n"
            "В районе работают 9 школ, износ сетей колеблется от 40 до 60%."
        ),
        {
            45: (("2025-03-03", "2025-03-03"), "actual"),
            9: (("2025-03-06", "2025-03-06"), "actual"),
            40: (("2025-03-06", "2025-03-06"), "actual"),
            60: (("2025-03-06", "2025-03-06"), "actual"),
        },
        id="told_day_present_in_next_paragraph",
    ),
    # look-alike: a stock's day told "по состоянию на" keeps dating the stocks after it
    pytest.param(
        "2025-10-25",
        (
            "По состоянию на 23 октября обмолочено 97% площадей, сообщили в министерстве.\n"
            "Уборка подсолнечника проведена на 210 тыс. гектаров, что составляет 71% площадей."
        ),
        {
            97: (("2025-10-23", "2025-10-23"), "actual"),
            210000: (("2025-10-23", "2025-10-23"), "actual"),
            71: (("2025-10-23", "2025-10-23"), "actual"),
        },
        id="status_day_keeps_later_paragraph",
    ),
    # look-alike: a later paragraph's figure with a period of its own keeps it
    pytest.param(
        "2025-03-06",
        (
            "3 марта глава управления сообщил, что в районе действуют 14 котельных.\n"
            "В 2024 году в районе построено 5 котельных."
        ),
        {14: (("2025-03-03", "2025-03-03"), "actual"), 5: (("2024-01-01", "2024-12-31"), "actual")},
        id="told_day_later_paragraph_own_year_kept",
    ),
]


@pytest.mark.parametrize(("published", "body", "gold"), CASES)
def test_fs35ru_classes(published: str, body: str, gold: dict[float, tuple[object, str]]) -> None:
    _check(published, body, gold)
