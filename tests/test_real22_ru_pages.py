"""Periods seen on real stored Russian pages (round real22: statistics releases, regional reports),
in sentences of our own. Labelled by tests/realworld/FORMAT.md:
  1. a span told with its base of the same span after it ("За январь-март 2025 года по сравнению с
     аналогичным периодом прошлого года ...", "В январе-октябре ... по сравнению с соответствующим
     периодом 2023 года ...") is the figures' own span and frames the sentences after it, as the
     Kazakh twin does since real20kk2; a look back told before a period still takes it along.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface
from tests.figure_lookup import span as _span

Q1 = (date(2025, 1, 1), date(2025, 3, 31))
TEN_MONTHS_2024 = (date(2024, 1, 1), date(2024, 10, 31))


@pytest.mark.parametrize(
    ("text", "published", "surface", "expected"),
    [
        # 1. the period opens the release and frames what follows
        (
            "За январь-март 2025 года по сравнению с аналогичным периодом прошлого года выпуск "
            "продукции вырос на 4,8%. Добыча нефти составила 23 млн тонн.",
            date(2025, 4, 18),
            "23 млн тонн",
            Q1,
        ),
        (
            "За январь-март 2025 года по сравнению с аналогичным периодом прошлого года выпуск "
            "продукции вырос на 4,8%. Добыча нефти составила 23 млн тонн.",
            date(2025, 4, 18),
            "4,8%",
            Q1,
        ),
        (
            "В январе-октябре 2024 года по сравнению с соответствующим периодом 2023 года объем "
            "строительных работ увеличился на 9,6%. Введено в эксплуатацию 15,1 млн кв. метров жилья.",
            date(2024, 11, 15),
            "15,1 млн кв. метров",
            TEN_MONTHS_2024,
        ),
        (
            "В январе-марте 2025 года в сравнении с тем же периодом прошлого года грузооборот "
            "вырос на 3%. Перевезено 98 млн тонн грузов. Пассажирооборот снизился на 1,2%.",
            date(2025, 4, 20),
            "1,2%",
            Q1,
        ),
        # look-alikes: a base told before the period still takes the period along
        (
            "Выпуск вырос на 5%. Для сравнения, за аналогичный период прошлого года, в январе-марте "
            "2024 года, рост составлял 2%.",
            date(2025, 4, 18),
            "2%",
            (date(2024, 1, 1), date(2024, 3, 31)),
        ),
        # ... and a sentence after a plain period keeps it
        (
            "За январь-март 2025 года выпуск продукции вырос на 4,8%. Добыча нефти составила 23 млн тонн.",
            date(2025, 4, 18),
            "23 млн тонн",
            Q1,
        ),
    ],
)
def test_same_span_base_after_the_period(
    text: str, published: date, surface: str, expected: tuple[date, date]
) -> None:
    figure = figure_by_surface(text, surface, published)
    assert _span(figure) == expected
