"""Periods seen on real stored Russian pages (round real26), in sentences of our own.
Labelled by tests/realworld/FORMAT.md:
  1. after a sentence told "now" ("Сейчас ...", "На сегодня ...", "В настоящее время ...") that left a
     span already over behind, a later paragraph told in the present with no period of its own goes
     on with the present (publication day), not the span before, nor a change from a day ahead ("С 1
     сентября проезд подорожает"); a flow told in the past, a price told in the future, "за этот
     период", and a paragraph with no "now" before it keep the span;
  2. the part of this year's plan done so far ("из выделенных на текущий год 100 млрд тенге на
     сегодня освоено 51%") runs from 1 January to publication even when the plan's own words
     ("на текущий год") name the whole year in the same sentence;
  3. "теперь" with a future only ("Теперь поездка будет стоить 120 тенге"), after a change from a day
     still ahead ("С 20 августа изменится тариф"), is the new level from that day on, not the day of
     telling; a present beside it ("Теперь поездка стоит 90 тенге"), or a change already made, keeps
     the day of telling;
  4. a sum per month in a sentence with no verb ("За квартиру плата 4 210 тенге в месяц"), under this
     year named only by a sentence with no figure, is a fee in force at publication; a sum told with
     its verb, or under a year whose sentence gave figures, keeps the year; verbless sums told right
     after it go on with it;
  5. an outlook or plan beside "с начала года" ("жыл басынан бастап") in its sentence, with no period of
     its own ("..., в целом ожидается 13 тысяч"), is for the whole year, not from the next 1 January on
     (the "since" phrase is no start of what is ahead); one with its own deadline keeps it;
  6. a year opening its sentence with its noun left out, before a word pointing back ("В 2017 эта
     цифра составляла 37%"), is that year, not the publication day;
  7. the average a level of today is set against ("..., что ниже среднего показателя по стране
     (Казахстан — 4,6%)", "при среднем по стране 4,6%") is of today too, not the span carried from
     before; an average beside a span's figure keeps that span;
  8. the old level of a rise in a year ahead or by a deadline ahead ("В 2019 году доля увеличится с 94%
     до 95%" told in 2018, "К 2030 году доля вырастет с 60% до 80%") is the level now, not the year's;
     an old level with a year of its own keeps it.
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
            "С января по сентябрь 2024 года автобусы области перевезли 8,2 млн пассажиров.\n"
            "Сейчас в области действуют 96 маршрутов.\n"
            "Их обслуживают 17 перевозчиков, у которых в парке 640 автобусов.",
            date(2024, 10, 22),
            "640",
            (date(2024, 10, 22), date(2024, 10, 22)),
        ),
        (
            "За девять месяцев 2023 года банки выдали жителям района 1 200 кредитов.\n"
            "На сегодня в районе открыты 14 отделений банков.\n"
            "Клиентов принимают 9 из них, в штате которых 380 сотрудников.",
            date(2023, 11, 14),
            "380",
            (date(2023, 11, 14), date(2023, 11, 14)),
        ),
        (
            "За 10 месяцев 2021 года в районе добыли 9 млн тонн угля.\n"
            "Сегодня на разрезах трудятся 2 300 человек.\n"
            "Технику обслуживают 4 ремонтных цеха, в которых 210 станков.",
            date(2021, 11, 25),
            "210",
            (date(2021, 11, 25), date(2021, 11, 25)),
        ),
        # a price change ahead ("С 1 сентября ... подорожает") is no span the present after "Сейчас" takes
        (
            "С 1 сентября проезд в автобусах города подорожает с 85 до 100 тенге.\n"
            "Сейчас средняя цена поездки по стране составляет 90 тенге.\n"
            "Самый дешевый проезд действует в Таразе, там поездка стоит 60 тенге.",
            date(2023, 8, 10),
            "60 тенге",
            (date(2023, 8, 10), date(2023, 8, 10)),
        ),
        (
            "С 1 сентября проезд в автобусах города подорожает с 85 до 100 тенге.\n"
            "На сегодня 94% пассажиров платят картой.\n"
            "Карты продают в 140 киосках города.",
            date(2023, 8, 10),
            "140",
            (date(2023, 8, 10), date(2023, 8, 10)),
        ),
        # look-alikes: a price told in the future keeps the day ahead; a flow told in the past,
        # "за этот период", and no "now" before keep the span
        (
            "С 1 сентября проезд в автобусах города подорожает с 85 до 100 тенге.\n"
            "На сегодня 94% пассажиров платят картой.\n"
            "Цена новой карты составит 450 тенге.",
            date(2023, 8, 10),
            "450 тенге",
            (date(2023, 9, 1), None),
        ),
        (
            "За девять месяцев 2025 года в области произвели 120 тонн молока.\n"
            "На сегодня в области работают 50 ферм.\n"
            "Экспорт составил 30 тонн.",
            date(2025, 11, 20),
            "30 тонн",
            (date(2025, 1, 1), date(2025, 9, 30)),
        ),
        (
            "За январь-октябрь 2025 года перевезли 19 млн пассажиров.\n"
            "Сейчас в парке 205 автобусов.\n"
            "Всего за этот период выдано 300 карт.",
            date(2025, 11, 20),
            "300",
            (date(2025, 1, 1), date(2025, 10, 31)),
        ),
        (
            "С января по сентябрь 2024 года автобусы области перевезли 8,2 млн пассажиров.\n"
            "Их обслуживали 17 перевозчиков, у которых в парке было 640 автобусов.",
            date(2024, 10, 22),
            "640",
            (date(2024, 1, 1), date(2024, 9, 30)),
        ),
    ],
)
def test_present_goes_on_after_now(
    text: str, published: date, surface: str, expected: tuple[date, date | None]
) -> None:
    assert _span(figure_by_surface(text, surface, published, language="ru")) == expected


@pytest.mark.parametrize(
    ("text", "published", "surface", "expected"),
    [
        (
            "Вице-министр сообщил, что из выделенных на текущий год 80 млрд тенге на сегодня освоено "
            "около 47%.",
            date(2023, 10, 5),
            "47%",
            (date(2023, 1, 1), date(2023, 10, 5)),
        ),
        (
            "Из 150 км дорог, запланированных к ремонту на этот год, уже отремонтировано 95 км.",
            date(2024, 9, 12),
            "95 км",
            (date(2024, 1, 1), date(2024, 9, 12)),
        ),
        (
            "В этом году планируется открыть 40 амбулаторий. В этом году уже открыли 12.",
            date(2022, 8, 3),
            "12",
            (date(2022, 1, 1), date(2022, 8, 3)),
        ),
        # look-alikes: the plan itself keeps the whole year; a deed with no "уже" keeps the year
        (
            "Вице-министр сообщил, что из выделенных на текущий год 80 млрд тенге на сегодня освоено "
            "около 47%.",
            date(2023, 10, 5),
            "80 млрд тенге",
            (date(2023, 1, 1), date(2023, 12, 31)),
        ),
        (
            "В этом году в районе открыли 12 амбулаторий.",
            date(2022, 8, 3),
            "12",
            (date(2022, 1, 1), date(2022, 12, 31)),
        ),
    ],
)
def test_done_part_of_this_years_plan(
    text: str, published: date, surface: str, expected: tuple[date, date | None]
) -> None:
    assert _span(figure_by_surface(text, surface, published, language="ru")) == expected


@pytest.mark.parametrize(
    ("text", "published", "surface", "expected"),
    [
        (
            "С 20 августа в городе изменится тариф на проезд. Теперь поездка будет стоить 130 тенге "
            "при оплате картой.",
            date(2025, 8, 18),
            "130 тенге",
            (date(2025, 8, 20), None),
        ),
        (
            "С 1 января 2026 года пособие на ребенка вырастет. Теперь семьи будут получать 47 000 "
            "тенге в месяц.",
            date(2025, 11, 3),
            "47 000 тенге",
            (date(2026, 1, 1), None),
        ),
        # look-alikes: a present beside it, and a change already made, keep the day of telling
        (
            "С 1 сентября изменится тариф на проезд. Теперь поездка стоит 90 тенге, а будет стоить 120 тенге.",
            date(2025, 8, 18),
            "90 тенге",
            (date(2025, 8, 18), date(2025, 8, 18)),
        ),
        (
            "С 1 августа проезд в автобусах подорожал. Теперь поездка стоит 110 тенге.",
            date(2025, 8, 18),
            "110 тенге",
            (date(2025, 8, 18), date(2025, 8, 18)),
        ),
    ],
)
def test_from_now_after_a_change_ahead(
    text: str, published: date, surface: str, expected: tuple[date, date | None]
) -> None:
    assert _span(figure_by_surface(text, surface, published, language="ru")) == expected


@pytest.mark.parametrize(
    ("text", "published", "surface", "expected"),
    [
        (
            "В 2023 году арендных домов для очередников в городе не строили.\n"
            "За однокомнатную квартиру в 38 квадратов плата 4 210 тенге в месяц.",
            date(2023, 9, 30),
            "4 210 тенге",
            (date(2023, 9, 30), date(2023, 9, 30)),
        ),
        (
            "В этом году новых общежитий в районе не открывали. Место в общежитии колледжа – 3 500 тенге "
            "в месяц.",
            date(2024, 10, 8),
            "3 500 тенге",
            (date(2024, 10, 8), date(2024, 10, 8)),
        ),
        # the verbless fees told next go on with it, "в месяц" not repeated
        (
            "В 2023 году арендных домов для очередников в городе не строили.\n"
            "За однокомнатную квартиру в 38 квадратов плата 4 210 тенге в месяц. "
            "За двухкомнатную квартиру площадью 52 квадрата — 6 320 тенге. Аренда трехкомнатной "
            "квартиры площадью 70 квадратов — 8 450 тенге.",
            date(2023, 9, 30),
            "8 450 тенге",
            (date(2023, 9, 30), date(2023, 9, 30)),
        ),
        # look-alikes: a sum with its verb, a year whose own sentence gave figures, and a verbless sum
        # after a sentence of the year's figures keep the year
        (
            "В 2023 году арендных домов для очередников в городе не строили.\n"
            "За однокомнатную квартиру плата 4 210 тенге в месяц. В 2023 году выдали 120 квартир. "
            "Средняя стоимость ремонта — 6 320 тенге.",
            date(2023, 9, 30),
            "6 320 тенге",
            (date(2023, 1, 1), date(2023, 12, 31)),
        ),
        (
            "В этом году многодетная семья получает 63 100 тенге в месяц. С пятью детьми – 78 900 тенге в месяц.",
            date(2024, 10, 8),
            "78 900 тенге",
            (date(2024, 1, 1), date(2024, 12, 31)),
        ),
        (
            "В 2023 году арендных домов для очередников в городе не строили.\n"
            "Жильцы платили по 4 210 тенге в месяц.",
            date(2023, 9, 30),
            "4 210 тенге",
            (date(2023, 1, 1), date(2023, 12, 31)),
        ),
    ],
)
def test_monthly_fee_in_force(
    text: str, published: date, surface: str, expected: tuple[date, date | None]
) -> None:
    assert _span(figure_by_surface(text, surface, published, language="ru")) == expected


@pytest.mark.parametrize(
    ("text", "published", "language", "surface", "expected"),
    [
        (
            "С начала года в области открыли 9 тысяч рабочих мест, в целом ожидается 12 тысяч.",
            date(2022, 8, 25),
            "ru",
            "12 тысяч",
            (date(2022, 1, 1), date(2022, 12, 31)),
        ),
        (
            "С начала года построено 640 км дорог, а всего планируется построить 900 км.",
            date(2024, 9, 2),
            "ru",
            "900 км",
            (date(2024, 1, 1), date(2024, 12, 31)),
        ),
        (
            "Жыл басынан бастап 9 мың жұмыс орны ашылды, барлығы 12 мың жұмыс орны ашылады деп күтілуде.",
            date(2022, 8, 25),
            "kk",
            "12 мың",
            (date(2022, 1, 1), date(2022, 12, 31)),
        ),
        # look-alikes: the done part keeps the span so far, a deadline of its own is kept
        (
            "С начала года в области открыли 9 тысяч рабочих мест, в целом ожидается 12 тысяч.",
            date(2022, 8, 25),
            "ru",
            "9 тысяч",
            (date(2022, 1, 1), date(2022, 8, 25)),
        ),
        (
            "С начала года построено 640 км дорог, до конца года планируется построить еще 260 км.",
            date(2024, 9, 2),
            "ru",
            "260 км",
            (None, date(2024, 12, 31)),
        ),
    ],
)
def test_outlook_beside_the_year_so_far(
    text: str, published: date, language: str, surface: str, expected: tuple[date | None, date | None]
) -> None:
    assert _span(figure_by_surface(text, surface, published, language=language)) == expected


@pytest.mark.parametrize(
    ("text", "published", "surface", "expected"),
    [
        (
            "Обеспеченность сел водой на начало 2016 года составляла 31%. В 2017 эта цифра выросла до 34%.",
            date(2018, 3, 15),
            "34%",
            (date(2017, 1, 1), date(2017, 12, 31)),
        ),
        (
            "В 2016 этот показатель составлял 12,5 тыс. тонн.",
            date(2019, 6, 4),
            "12,5 тыс. тонн",
            (date(2016, 1, 1), date(2016, 12, 31)),
        ),
        # look-alike: a present with no year keeps the publication day
        (
            "Сейчас этот показатель составляет 41%.",
            date(2018, 3, 15),
            "41%",
            (date(2018, 3, 15), date(2018, 3, 15)),
        ),
    ],
)
def test_bare_year_opening_a_sentence(
    text: str, published: date, surface: str, expected: tuple[date, date]
) -> None:
    assert _span(figure_by_surface(text, surface, published, language="ru")) == expected


@pytest.mark.parametrize(
    ("text", "published", "surface", "expected"),
    [
        (
            "С начала года в области создали 3 100 рабочих мест.\n"
            "Уровень безработицы составляет 4,3 процента, что ниже среднего показателя по стране "
            "(Казахстан — 4,7 процента).",
            date(2025, 12, 3),
            "4,7 процента",
            (date(2025, 12, 3), date(2025, 12, 3)),
        ),
        (
            "С начала года в области создали 3 100 рабочих мест. Доля бедных семей составляет 0,6%, "
            "при среднем по стране 1,2%.",
            date(2025, 12, 3),
            "1,2%",
            (date(2025, 12, 3), date(2025, 12, 3)),
        ),
        # look-alike: an average beside a span's figure keeps the span
        (
            "За девять месяцев средняя зарплата в области составила 380 тыс. тенге, что выше среднего "
            "по стране (360 тыс. тенге).",
            date(2025, 11, 14),
            "360 тыс. тенге",
            (date(2025, 1, 1), date(2025, 9, 30)),
        ),
    ],
)
def test_average_beside_a_level_of_today(
    text: str, published: date, surface: str, expected: tuple[date, date]
) -> None:
    assert _span(figure_by_surface(text, surface, published, language="ru")) == expected


@pytest.mark.parametrize(
    ("text", "published", "surface", "expected"),
    [
        (
            "Работы завершат в 2019 году. В результате доля сел с газом увеличится с 91% до 96%.",
            date(2018, 3, 15),
            "91%",
            (date(2018, 3, 15), date(2018, 3, 15)),
        ),
        (
            "К 2030 году доля возобновляемой энергии вырастет с 6% до 15%.",
            date(2023, 5, 10),
            "6%",
            (date(2023, 5, 10), date(2023, 5, 10)),
        ),
        # look-alikes: the new level keeps its year; an old level with a year of its own keeps it
        (
            "Работы завершат в 2019 году. В результате доля сел с газом увеличится с 91% до 96%.",
            date(2018, 3, 15),
            "96%",
            (date(2019, 1, 1), date(2019, 12, 31)),
        ),
        (
            "В 2026 году доходы бюджета вырастут с 11 трлн тенге в 2025 году до 14 трлн тенге.",
            date(2025, 9, 1),
            "11 трлн тенге",
            (date(2025, 1, 1), date(2025, 12, 31)),
        ),
    ],
)
def test_old_level_of_a_rise_ahead(
    text: str, published: date, surface: str, expected: tuple[date | None, date | None]
) -> None:
    assert _span(figure_by_surface(text, surface, published, language="ru")) == expected
