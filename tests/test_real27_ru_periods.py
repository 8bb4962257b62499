"""Periods seen on real stored Russian pages (round real27), in sentences of our own.
Labelled by tests/realworld/FORMAT.md:
  1. a change told with "уже" and a verb of its own after a start day already past ("С 1 января лук
     уже стал дороже на 5,4%", "со 2 марта бензин уже подорожал на 12%") is a drift gathered since
     that day, up to the report (FORMAT "since"), not a level in force from that day on; a change
     with no "уже", or "уже" with a short participle ("пенсии уже повышены на 7%": a rule that took
     effect that day), keeps its start only;
  2. the lines of a list after its lead's colon go on with the lead's own day even when they carry no
     bullet ("Средняя цена на 10 января:\nмасло – 907 тенге за литр;\nлук – 131 тенге"), after a
     figureless caption naming the span that day closes ("за период с 4 по 10 января"): the day, not the
     span; a paragraph that is no list member (no colon or semicolon before it) still goes back to the span;
  3. a month with no year in a sentence telling a plan only ("В ноябре месяце планируется приобрести
     автобус" told in August) is the month ahead, not last year's; and a period wholly ahead named by a
     sentence with no figure dates that plan only: a deed told done after it ("Для школ приобретены 50
     компьютеров") stands as told, at the report, while money set aside for it ("На это выделено ...")
     and what is still ahead keep the plan's period;
  4. work under way "this year" ("В этом году в области строится 59 школ", "ведется строительство")
     after a span from 1 January already over ("за 7 месяцев") is the whole year's, as the Kazakh
     progressive is; what was done this year ("построено") keeps the months so far;
  5. "на эту же дату в прошлом году", "В прошлом году на эту дату", "к этому времени в прошлом году" with
     no stock day or span in view (after "на сегодняшний день") are the report's day a year back, not
     the whole of last year; after a stock day they are that day a year back, after a span that span.
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
            "С 1 января 2023 года гречка уже стала дороже на 4,2%, мука – на 2%.",
            date(2023, 1, 13),
            "4,2%",
            (date(2023, 1, 1), date(2023, 1, 13)),
        ),
        (
            "С 1 января 2023 года гречка уже стала дороже на 4,2%, мука – на 2%.",
            date(2023, 1, 13),
            "2%",
            (date(2023, 1, 1), date(2023, 1, 13)),
        ),
        (
            "Со 2 марта 2022 года дизельное топливо в области уже подорожало на 12%.",
            date(2022, 5, 20),
            "12%",
            (date(2022, 3, 2), date(2022, 5, 20)),
        ),
        (
            "С 1 июля цены на сахар в магазинах района уже выросли на 9%.",
            date(2024, 8, 5),
            "9%",
            (date(2024, 7, 1), date(2024, 8, 5)),
        ),
        # look-alikes: no "уже", or "уже" with a short participle, is a change in force from the day
        (
            "С 1 июля зарплаты медиков выросли на 20%.",
            date(2024, 8, 5),
            "20%",
            (date(2024, 7, 1), None),
        ),
        (
            "С 1 января пенсии уже повышены на 7%.",
            date(2023, 1, 13),
            "7%",
            (date(2023, 1, 1), None),
        ),
    ],
)
def test_drift_since_a_day_runs_to_the_report(
    text: str, published: date, surface: str, expected: tuple[date, date | None]
) -> None:
    assert _span(figure_by_surface(text, surface, published, language="ru")) == expected


def test_flow_after_a_stock_day_goes_back_to_the_span() -> None:
    # look-alike: a paragraph with no colon or semicolon before it is no list member
    text = (
        "За январь-сентябрь 2024 года в районе произвели 41 тыс. тонн мяса.\n\n"
        "На 1 октября поголовье скота составило 380 тыс. голов.\n\nПроизводство молока достигло 120 тыс. тонн."
    )
    assert _span(figure_by_surface(text, "120 тыс. тонн", date(2024, 11, 12), language="ru")) == (
        date(2024, 1, 1),
        date(2024, 9, 30),
    )


_CAPTION = "Изменение цен за неделю с 3 по 9 марта.\n\n"


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            _CAPTION
            + "Средние цены на 9 марта 2024 года:\n\nгречка – 540 тенге за килограмм;\nрис – 610 тенге.",
            "540 тенге",
            (date(2024, 3, 9), date(2024, 3, 9)),
        ),
        (
            _CAPTION
            + "Средние цены на 9 марта 2024 года:\n\nгречка – 540 тенге за килограмм;\nрис – 610 тенге.",
            "610 тенге",
            (date(2024, 3, 9), date(2024, 3, 9)),
        ),
        (
            _CAPTION
            + "Стоимость на 9 марта:\nбензин АИ-92 – 205 тенге за литр;\nдизель – 295 тенге за литр.",
            "295 тенге",
            (date(2024, 3, 9), date(2024, 3, 9)),
        ),
        # look-alike: bulleted members already kept the day
        (
            _CAPTION
            + "Средние цены на 9 марта 2024 года:\n\n• гречка – 540 тенге за килограмм;\n• рис – 610 тенге.",
            "610 тенге",
            (date(2024, 3, 9), date(2024, 3, 9)),
        ),
    ],
)
def test_unbulleted_list_keeps_its_leads_day(text: str, surface: str, expected: tuple[date, date]) -> None:
    assert _span(figure_by_surface(text, surface, date(2024, 3, 12), language="ru")) == expected


_AUG_16 = date(2020, 8, 16)


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            "В декабре месяце планируется закупить 4 автобуса для района.",
            "4",
            (date(2020, 12, 1), date(2020, 12, 31)),
        ),
        ("В октябре запланировано открытие 2 детских садов.", "2", (date(2020, 10, 1), date(2020, 10, 31))),
        (
            "В декабре месяце планируется закупить автобус. Для больницы приобретены 3 аппарата УЗИ.",
            "3",
            (_AUG_16, _AUG_16),
        ),
        (
            "В 2021 году планируется построить спортзал. В районе отремонтировано 14 км улиц.",
            "14 км",
            (_AUG_16, _AUG_16),
        ),
        (
            "В декабре месяце планируется закупить автобус. На это выделено 30 млн тенге.",
            "30 млн тенге",
            (date(2020, 12, 1), date(2020, 12, 31)),
        ),
        (
            "Для школы была куплена машина, в декабре месяце планируется закупить автобус. "
            "Для больницы приобретены 3 аппарата УЗИ.",
            "3",
            (_AUG_16, _AUG_16),
        ),
        # look-alikes: a month told done is last year's; money set aside for the plan and what is told
        # ahead keep the plan's period
        ("В октябре купили 2 трактора.", "2", (date(2019, 10, 1), date(2019, 10, 31))),
        (
            "В 2021 году планируется построить спортзал. На это выделено 400 млн тенге.",
            "400 млн тенге",
            (date(2021, 1, 1), date(2021, 12, 31)),
        ),
        (
            "В 2021 году планируется построить спортзал. Он будет рассчитан на 300 мест.",
            "300",
            (date(2021, 1, 1), date(2021, 12, 31)),
        ),
    ],
)
def test_plan_ahead_dates_its_plan_only(text: str, surface: str, expected: tuple[date, date]) -> None:
    assert _span(figure_by_surface(text, surface, _AUG_16, language="ru")) == expected


_SEVEN_MONTHS = "За 7 месяцев в районе сдано 6 домов. "


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            _SEVEN_MONTHS + "В этом году в области строится 41 школа.",
            "41",
            (date(2022, 1, 1), date(2022, 12, 31)),
        ),
        (
            _SEVEN_MONTHS + "В этом году в городе ведется строительство 9 поликлиник.",
            "9",
            (date(2022, 1, 1), date(2022, 12, 31)),
        ),
        # look-alike: a deed done this year is of the months so far
        (
            _SEVEN_MONTHS + "В этом году в области построено 41 школа.",
            "41",
            (date(2022, 1, 1), date(2022, 7, 31)),
        ),
    ],
)
def test_under_way_this_year_is_the_year(text: str, surface: str, expected: tuple[date, date]) -> None:
    assert _span(figure_by_surface(text, surface, date(2022, 10, 14), language="ru")) == expected


_HARVEST_NOW = "На сегодняшний день намолочено 18 млн тонн зерна.\n"


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            _HARVEST_NOW + "На эту же дату в прошлом году было собрано 16 млн тонн.",
            "16 млн тонн",
            (date(2021, 9, 29),) * 2,
        ),
        (
            _HARVEST_NOW + "В прошлом году на эту дату было собрано 16 млн тонн.",
            "16 млн тонн",
            (date(2021, 9, 29),) * 2,
        ),
        (
            "На 28 сентября намолочено 18 млн тонн зерна.\nНа эту же дату прошлого года было собрано 16 млн тонн.",
            "16 млн тонн",
            (date(2021, 9, 28),) * 2,
        ),
        # look-alike: after a span from 1 January, the same span a year back
        (
            "С начала года в область прибыло 90 тыс. туристов. К этому времени в прошлом году их было 70 тыс.",
            "70 тыс.",
            (date(2021, 1, 1), date(2021, 9, 29)),
        ),
    ],
)
def test_same_day_last_year(text: str, surface: str, expected: tuple[date, date]) -> None:
    assert _span(figure_by_surface(text, surface, date(2022, 9, 29), language="ru")) == expected
