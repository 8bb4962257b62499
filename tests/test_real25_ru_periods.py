"""Periods seen on real stored Russian pages (round real25), in sentences of our own.
Labelled by tests/realworld/FORMAT.md:
  1. "в позапрошлом учебном году" is the school year before the last one (1 September to 31 May),
     not the publication day; "в прошлом учебном году" keeps the last one;
  2. a sentence with no figure telling a payment made from a day of this year ("С 1 января 2020 года
     семьям выплачивается пособие.") dates the amounts told next ("Его размеры составляют ...") from
     that day on (in force), not the months reported before it; a count since that day keeps its span;
  3. a harvest area expected or planned with no period ("Прогнозная уборочная площадь составляет 16
     млн га") is this year's, as a harvest expected in tonnes is; an area counted now stays at the day
     told, and a harvest of a year ahead ("под урожай следующего года") is not made this year's;
  4. the rates listed under a lead naming payment sizes ("Размеры выплат зависят от числа детей:") are
     in force at publication, not over a year-to-date span carried from before; the members of other
     lists, and rates under a span already over, keep the span;
  5. a sentence opened by a total ("В целом", "Всего", "В общей сложности") with no period of its own,
     after the last days' work ("За последнюю неделю ..."), tells the tally so far: at publication, not
     the week's; a total with a span of its own, or after a year-to-date span, keeps its span.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface
from tests.figure_lookup import span as _span


@pytest.mark.parametrize(
    ("text", "published", "surface", "expected"),
    [
        (
            "В позапрошлом учебном году в области открыли 17 новых школ.",
            date(2024, 11, 12),
            "17",
            (date(2022, 9, 1), date(2023, 5, 31)),
        ),
        (
            "В позапрошлом учебном году гранты получили 3 400 выпускников колледжей.",
            date(2021, 7, 20),
            "3 400",
            (date(2019, 9, 1), date(2020, 5, 31)),
        ),
        (
            "В позапрошлом учебном году на питание школьников направили 2,6 млрд тенге.",
            date(2019, 3, 4),
            "2,6 млрд тенге",
            (date(2016, 9, 1), date(2017, 5, 31)),
        ),
        # look-alike: the last school year keeps its reading
        (
            "В прошлом учебном году в области открыли 9 новых школ.",
            date(2024, 11, 12),
            "9",
            (date(2023, 9, 1), date(2024, 5, 31)),
        ),
    ],
)
def test_school_year_before_last(
    text: str, published: date, surface: str, expected: tuple[date, date]
) -> None:
    assert _span(figure_by_surface(text, surface, published)) == expected


_MONTHS = "За январь-апрель 2020 года пособие получили 380 тысяч семей. "
_SINCE_JAN = (date(2020, 1, 1), None)


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            _MONTHS + "С 1 января 2020 года многодетным семьям выплачивается пособие. "
            "Его размеры составляют от 42 500 тенге до 70 800 тенге.",
            "70 800 тенге",
            _SINCE_JAN,
        ),
        (
            _MONTHS
            + "С 1 января 2020 года пособие по уходу за ребенком назначается всем работающим матерям. "
            "Его размер составляет 40% дохода.",
            "40%",
            _SINCE_JAN,
        ),
        (
            _MONTHS + "С 1 января 2020 года семьям с низким доходом выплачиваются пособия. "
            "Их размер составляет 21 000 тенге на человека.",
            "21 000 тенге",
            _SINCE_JAN,
        ),
        # look-alikes: the months reported and a count since the day keep their spans
        (
            _MONTHS + "С 1 января 2020 года многодетным семьям выплачивается пособие.",
            "380 тысяч",
            (date(2020, 1, 1), date(2020, 4, 30)),
        ),
        (
            _MONTHS + "С 1 января 2020 года пособие получили 500 семей.",
            "500",
            (date(2020, 1, 1), date(2020, 5, 20)),
        ),
    ],
)
def test_payment_paid_from_a_day(text: str, surface: str, expected: tuple[date, date | None]) -> None:
    assert _span(figure_by_surface(text, surface, date(2020, 5, 20))) == expected


_THIS_YEAR = (date(2023, 1, 1), date(2023, 12, 31))


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Прогнозная уборочная площадь зерновых составляет около 15,9 млн га.", "15,9 млн га", _THIS_YEAR),
        (
            "Планируемая уборочная площадь в области составляет 4,1 млн гектаров.",
            "4,1 млн гектаров",
            _THIS_YEAR,
        ),
        ("Урожай ожидается с площади 12,3 млн га, сообщили в министерстве.", "12,3 млн га", _THIS_YEAR),
        # look-alikes
        ("Уборочная площадь составляет 16 млн га.", "16 млн га", (date(2023, 9, 5), date(2023, 9, 5))),
        ("Под урожай следующего года планируется засеять 3 млн га.", "3 млн га", (None, None)),
        ("Урожай следующего года прогнозируется на уровне 20 млн тонн.", "20 млн тонн", (None, None)),
    ],
)
def test_harvest_area_expected_is_this_years(
    text: str, surface: str, expected: tuple[date | None, date | None]
) -> None:
    assert _span(figure_by_surface(text, surface, date(2023, 9, 5))) == expected


_YTD = "С начала года пособие получили 310 тысяч семей. "
_JUNE_10 = date(2023, 6, 10)


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            _YTD + "Размеры выплат зависят от числа детей:\n- на четверых детей – 54 100 тенге;\n"
            "- на пятерых детей – 67 600 тенге.",
            "67 600 тенге",
            (_JUNE_10, _JUNE_10),
        ),
        (
            _YTD + "Размер пособия по уходу за ребенком:\n- на первого ребенка – 5,76 МРП;\n"
            "- на второго ребенка – 6,81 МРП.",
            "5,76 МРП",
            (_JUNE_10, _JUNE_10),
        ),
        (
            _YTD + "Напомним, размеры пенсионных выплат такие:\n- минимальная – 53 076 тенге;\n"
            "- базовая – 22 400 тенге.",
            "22 400 тенге",
            (_JUNE_10, _JUNE_10),
        ),
        # look-alikes: a list of counts, and rates under months already over, keep their spans
        (
            _YTD + "Получатели по регионам:\n- Алматы – 52 тысячи семей;\n- Шымкент – 41 тысяча семей.",
            "41 тысяча",
            (date(2023, 1, 1), _JUNE_10),
        ),
        (
            "За январь-май 2023 года пособие получили 290 тысяч семей. Размеры выплат зависят от числа детей:\n"
            "- на четверых детей – 54 100 тенге;\n- на пятерых детей – 67 600 тенге.",
            "54 100 тенге",
            (date(2023, 1, 1), date(2023, 5, 31)),
        ),
    ],
)
def test_rates_listed_stand_at_publication(text: str, surface: str, expected: tuple[date, date]) -> None:
    assert _span(figure_by_surface(text, surface, _JUNE_10)) == expected


_WEEK = "За последнюю неделю в области отремонтировали 35 км дорог. "
_SEPT_20 = date(2024, 9, 20)


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (_WEEK + "В целом, по графику заменено 14 котлов в школах.", "14", (_SEPT_20, _SEPT_20)),
        (_WEEK + "Всего готовы к зиме 620 объектов образования.", "620", (_SEPT_20, _SEPT_20)),
        (_WEEK + "В общей сложности обновлено 210 км водопроводных сетей.", "210 км", (_SEPT_20, _SEPT_20)),
        # look-alikes: the week's own figure, a total with its own span, a total after a year to date
        (_WEEK + "В целом, по графику заменено 14 котлов в школах.", "35 км", (date(2024, 9, 13), _SEPT_20)),
        (_WEEK + "Всего с начала года отремонтировали 410 км.", "410 км", (date(2024, 1, 1), _SEPT_20)),
        (
            "С начала года в области отремонтировали 35 км дорог. Всего заменено 14 котлов.",
            "14",
            (date(2024, 1, 1), _SEPT_20),
        ),
    ],
)
def test_total_after_the_last_days(text: str, surface: str, expected: tuple[date, date]) -> None:
    assert _span(figure_by_surface(text, surface, _SEPT_20)) == expected
