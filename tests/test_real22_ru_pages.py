"""Periods seen on real stored Russian pages (round real22: statistics releases, regional reports),
in sentences of our own. Labelled by tests/realworld/FORMAT.md:
  1. a span told with its base of the same span after it ("За январь-март 2025 года по сравнению с
     аналогичным периодом прошлого года ...", "В январе-октябре ... по сравнению с соответствующим
     периодом 2023 года ...") is the figures' own span and frames the sentences after it, as the
     Kazakh twin does since real20kk2; a look back told before a period still takes it along;
  2. a deadline still ahead ("До конца года планируется ввести еще 4 объекта") carried from a plan's
     sentence into a deed told in the past after it ("Валовой выпуск составил 98,4 млрд тенге") under a
     report of a span from 1 January already over is the report's span, not the publication day; told
     as the plan's fruit ("Благодаря этому создано 2 тысячи рабочих мест") it is the done part of this
     year's plan, 1 January to publication; a plan or a state now after it keeps its reading;
  3. "на сей день" is today, as "на сегодняшний день";
  4. what a list is made of, told in the present ("В перечень входит 19 наименований"), stands now
     even under a span up to now (a week of price changes), as "работают" already did under a span over;
  5. a rent or fee told in the present or with no verb ("Арендная плата составляет 52 тенге за
     квадратный метр в месяц", "За двухкомнатную – оплата 6 100 тенге в месяц") after a year long past
     is in force now; told in the past ("составила") it keeps the year, and a wage ("заработная плата
     составляет ... в месяц") keeps the span reported;
  6. "за два месяца" ("двух месяцев") in a headline or lead is January and February, as "за три
     месяца" already was, and frames the figures after it; "два месяца назад" is no span;
  7. "годом ранее" after "В мае уже 40% ..." is May a year back: "уже" after a span named is no day
     of its own ("На сегодняшний день ... против ... годом ранее" and "Уже собрано ... годом ранее"
     still count back from the day).
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


NINE_MONTHS = (date(2024, 1, 1), date(2024, 9, 30))
P2 = date(2024, 10, 17)
_LEAD = "На заседании акимата подвели итоги развития области за девять месяцев текущего года. "
_PLAN = "До конца года планируется ввести еще 4 объекта на 6,2 млрд тенге. "


@pytest.mark.parametrize(
    ("text", "surface", "expected", "kind"),
    [
        (
            _LEAD + _PLAN + "Валовой выпуск продукции составил 98,4 млрд тенге.",
            "98,4 млрд тенге",
            NINE_MONTHS,
            "actual",
        ),
        (_LEAD + _PLAN + "Собрано 2,1 млн тонн зерна.", "2,1 млн тонн", NINE_MONTHS, "actual"),
        (
            _LEAD + _PLAN + "Благодаря этому создано 2 тысячи рабочих мест.",
            "2 тысячи",
            (date(2024, 1, 1), P2),
            "actual",
        ),
        # look-alikes: the plan itself, a plan after it, a state now, a day of its own
        (_LEAD + _PLAN + "Валовой выпуск составил 98,4 млрд тенге.", "4", (None, date(2024, 12, 31)), "plan"),
        (_LEAD + _PLAN + "Также будет создано 300 рабочих мест.", "300", (None, date(2024, 12, 31)), "plan"),
        (_LEAD + _PLAN + "Уровень безработицы составляет 4,7%.", "4,7%", (P2, P2), "actual"),
        (_LEAD + _PLAN + "На сей день убрано 96% площадей.", "96%", (P2, P2), "actual"),
    ],
)
def test_deed_after_a_deadline_ahead(
    text: str, surface: str, expected: tuple[date | None, date | None], kind: str
) -> None:
    figure = figure_by_surface(text, surface, P2)
    assert (_span(figure), figure.kind) == (expected, kind)


def test_on_this_very_day_is_today() -> None:
    # (read as a period, the words leave the item)
    figure = figure_by_surface("На сей день скошено 94% посевов.", "94%", P2)
    assert _span(figure) == (P2, P2)
    assert "сей" not in (figure.item or "")


P3 = date(2025, 10, 24)


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            "Как сообщают статистики, за прошедшую неделю подорожали: рис на 1,1%, соль на 0,6%.\n"
            "В перечень социально значимых товаров входит 19 наименований.",
            "19",
            (P3, P3),
        ),
        (
            "За минувшую неделю цены выросли на 0,3%. В корзину входят 23 позиции.",
            "23",
            (P3, P3),
        ),
        (
            "В 2021 году арендные квартиры получили 30 семей. Арендная плата составляет 52 тенге за квадратный "
            "метр в месяц.",
            "52 тенге",
            (P3, P3),
        ),
        (
            "В 2022 году ключи вручили 14 семьям. За однокомнатную квартиру – оплата 4 100 тенге в месяц.",
            "4 100 тенге",
            (P3, P3),
        ),
        (
            "В 2021 году арендные квартиры получили 30 семей. Плата за двухкомнатную составляет 7 100 тенге в "
            "месяц.",
            "7 100 тенге",
            (P3, P3),
        ),
        # look-alikes: the week's own changes, a rent of the past, a wage of the quarter
        (
            "За минувшую неделю цены выросли на 0,3%. В корзину входят 23 позиции.",
            "0,3%",
            (date(2025, 10, 17), P3),
        ),
        (
            "В 2021 году арендная плата составила 40 тенге за квадратный метр в месяц.",
            "40 тенге",
            (date(2021, 1, 1), date(2021, 12, 31)),
        ),
        (
            "Во втором квартале 2025 года зарплаты выросли на 9%. Заработная плата составляет в среднем 410 тыс. "
            "тенге в месяц.",
            "410 тыс. тенге",
            (date(2025, 4, 1), date(2025, 6, 30)),
        ),
    ],
)
def test_states_and_rents_now(text: str, surface: str, expected: tuple[date, date]) -> None:
    assert _span(figure_by_surface(text, surface, P3)) == expected


P4 = date(2025, 3, 20)
JAN_FEB = (date(2025, 1, 1), date(2025, 2, 28))


@pytest.mark.parametrize(
    ("text", "title", "surface", "expected"),
    [
        (
            "Общая площадь нового жилья составила 1,7 млн кв. м.",
            "В стране за два месяца сдали 3 тыс. домов",
            "1,7 млн кв. м.",
            JAN_FEB,
        ),
        (
            "За два месяца в области собрали 12 млрд тенге налогов. Из них 5 млрд тенге – НДС.",
            "",
            "5 млрд тенге",
            JAN_FEB,
        ),
        ("По итогам двух месяцев 2025 года экспорт вырос на 3%.", "", "3%", JAN_FEB),
        # look-alikes
        ("Два месяца назад цена составляла 300 тенге. Сейчас – 340 тенге.", "", "340 тенге", (P4, P4)),
    ],
)
def test_two_months_from_january(text: str, title: str, surface: str, expected: tuple[date, date]) -> None:
    assert _span(figure_by_surface(text, surface, P4, title=title)) == expected


P5 = date(2024, 6, 26)


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            "В мае уже 42% продаж приходилось на продукты, против 37% годом ранее.",
            "37%",
            (date(2023, 5, 1), date(2023, 5, 31)),
        ),
        (
            "В апреле уже 18% поездок оплачено картой против 11% за аналогичный период годом ранее.",
            "11%",
            (date(2023, 4, 1), date(2023, 4, 30)),
        ),
        # look-alikes
        (
            "На сегодняшний день намолочено 11 млн тонн против 9 млн тонн годом ранее.",
            "9 млн тонн",
            (date(2023, 6, 26), date(2023, 6, 26)),
        ),
        (
            "Уже намолочено 11 млн тонн против 9 млн тонн годом ранее.",
            "9 млн тонн",
            (date(2023, 6, 26), date(2023, 6, 26)),
        ),
    ],
)
def test_already_after_a_month_is_no_day(text: str, surface: str, expected: tuple[date, date]) -> None:
    assert _span(figure_by_surface(text, surface, P5)) == expected
