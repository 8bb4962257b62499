"""Russian classes found on the paraphrase set p41 (each d39 article told in other words; extractor
+ps41ru): a rule that read the original's wording is widened to the mechanism. Sentences of our own,
labelled per tests/realworld/FORMAT.md, with look-alikes that keep their reading."""

from __future__ import annotations

import pytest

from tests.test_cyrillic_ru11_classes import _check

CASES = [
    # --- "за 12 месяцев" with no year is a span of a year, as "за год": the level's month ------------
    pytest.param(
        "2024-04-03",
        "",
        (
            "В марте 2024 года годовая инфляция в стране замедлилась до 8,7%. За 12 месяцев хлеб "
            "подорожал на 6,2%, а овощи – на 11,4%."
        ),
        {
            8.7: (("2024-03-01", "2024-03-31"), "actual"),
            6.2: (("2024-03-01", "2024-03-31"), "actual"),
            11.4: (("2024-03-01", "2024-03-31"), "actual"),
        },
        id="twelve_months_beside_a_month",
    ),
    pytest.param(
        "2023-09-05",
        "",
        (
            "По итогам августа 2023 года цены на платные услуги выросли на 12,1% в годовом выражении. "
            "Тарифы на газ за 12 месяцев поднялись на 9,3%."
        ),
        {
            12.1: (("2023-08-01", "2023-08-31"), "actual"),
            9.3: (("2023-08-01", "2023-08-31"), "actual"),
        },
        id="twelve_months_mid_sentence",
    ),
    # look-alikes: twelve months of a named year keep that year; "первых 12 месяцев" too
    pytest.param(
        "2024-02-10",
        "",
        "За 12 месяцев 2023 года в регионе родились 41 тыс. детей.",
        {41000: (("2023-01-01", "2023-12-31"), "actual")},
        id="twelve_months_of_a_year_kept",
    ),
    pytest.param(
        "2025-02-11",
        "",
        "За 2024 год в области зарегистрировано 9 200 браков. Число умерших за 12 месяцев составило 6 310 человек.",
        {
            9200: (("2024-01-01", "2024-12-31"), "actual"),
            6310: (("2024-01-01", "2024-12-31"), "actual"),
        },
        id="twelve_months_after_a_named_year",
    ),
]


@pytest.mark.parametrize(("published", "title", "body", "gold"), CASES)
def test_ps41ru_classes(published: str, title: str, body: str, gold: dict[float, tuple[object, str]]) -> None:
    _check(published, body, gold, title)
