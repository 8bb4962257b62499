"""Periods and units seen on real stored Russian pages (round real23), in sentences of our own.
Labelled by tests/realworld/FORMAT.md:
  1. a second change told with its comparative left out and its base in the genitive after a dash
     ("на 4 200 тенге больше показателя марта и на 9 900 тенге – апреля прошлого года") is the
     figure's own span, not the base's month; a dash before a period with a preposition of its own
     ("– в апреле") is left as it was;
  2. a stray dot after a full scale word before its currency ("412,7 миллиардов. тенге") keeps the
     currency: money, not a count; a sentence's end after the scale word stays a sentence's end;
  3. running metres ("185 п.м.", "пог. м", "погонных метров") are metres, not a count;
  4. a part of a whole counted "из N" and restated as its share after "или" ("из 7 402 или 42%") is a
     count, not a share; alternatives ("на 5 или 6%") still share the percent;
  5. a list's lead is the sentence its colon ends: a modal in the sentence before it in the same
     paragraph ("На пособие могут претендовать семьи. Размеры выплат зависят от числа детей:") makes
     no outlook of the rates listed.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface
from tests.figure_lookup import span as _span

APRIL_2019 = (date(2019, 4, 1), date(2019, 4, 30))
_WAGE = (
    "Средняя зарплата в апреле 2019 года составила 161 300 тенге, что на 4 200 тенге больше показателя "
    "марта 2019 года и на 9 900 тенге – апреля прошлого года."
)


@pytest.mark.parametrize(
    ("text", "published", "surface", "expected"),
    [
        (_WAGE, date(2019, 5, 24), "9 900 тенге", APRIL_2019),
        (_WAGE, date(2019, 5, 24), "4 200 тенге", APRIL_2019),
        (_WAGE, date(2019, 5, 24), "161 300 тенге", APRIL_2019),
        (
            "Пенсии в июле 2018 года выросли на 3,1% к июню и на 7,4% – июля 2017 года.",
            date(2018, 8, 20),
            "7,4%",
            (date(2018, 7, 1), date(2018, 7, 31)),
        ),
        (
            "Цена бензина в октябре 2022 года составила 215 тенге за литр, на 18 тенге – сентября того же года.",
            date(2022, 11, 9),
            "18 тенге",
            (date(2022, 10, 1), date(2022, 10, 31)),
        ),
    ],
)
def test_change_with_its_base_after_a_dash(
    text: str, published: date, surface: str, expected: tuple[date, date]
) -> None:
    figure = figure_by_surface(text, surface, published)
    assert _span(figure) == expected


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        (
            "В Карту включены 38 проектов на сумму 412,7 миллиардов. тенге.",
            "412,7 миллиардов. тенге",
            412.7e9,
            "KZT",
        ),
        ("Всего привлечено 2,4 миллиона. долларов инвестиций.", "2,4 миллиона. долларов", 2.4e6, "USD"),
        ("На ремонт школ направлено 86 миллионов. тенге.", "86 миллионов. тенге", 86e6, "KZT"),
        # look-alike: the scale word ends the sentence
        (
            "Население города достигло 1,2 миллиона. Тенге на жильё выделено больше.",
            "1,2 миллиона",
            1.2e6,
            "count",
        ),
    ],
)
def test_stray_dot_after_a_scale_word(text: str, surface: str, value: float, unit: str) -> None:
    figure = figure_by_surface(text, surface, date(2018, 3, 14))
    assert (figure.value, figure.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("В микрорайоне заменено 185 п.м. бордюров.", "185 п.м.", 185.0),
        ("Проложено 1 240 пог. м водопровода.", "1 240 пог. м", 1240.0),
        ("Установлено 640 погонных метров ограждения.", "640 погонных метров", 640.0),
    ],
)
def test_running_metres(text: str, surface: str, value: float) -> None:
    figure = figure_by_surface(text, surface, date(2021, 9, 2))
    assert (figure.value, figure.unit) == (value, "metre")


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        # 4. a part of a whole counted "из N", restated as its share after "или": counts, not shares
        ("К зиме готово 3 118 котельных из 7 402 или 42%.", "7 402", "count"),
        ("К зиме готово 3 118 котельных из 7 402 или 42%.", "3 118", "count"),
        ("Из 58 школ района к отоплению подключены 41 или 70,7%.", "41", "count"),
        ("В Темиртау из 130 соцобъектов подключено 52 или 40%.", "52", "count"),
        # look-alikes: alternatives of one unit, and no whole counted before
        ("Тарифы могут вырасти на 5 или 6%.", "5", "percent"),
        ("Из них 12 или 15% пришлось на село.", "12", "percent"),
    ],
)
def test_part_of_a_whole_restated_as_a_share(text: str, surface: str, unit: str) -> None:
    figure = figure_by_surface(text, surface, date(2024, 10, 3))
    assert figure.unit == unit


_MODAL_THEN_LEAD = (
    "Право на выплату могут получить семьи с тремя детьми. Размеры выплаты зависят от числа детей:\n"
    "- с тремя детьми – 41 200 тенге;\n"
    "- с четырьмя детьми – 52 900 тенге."
)


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        (_MODAL_THEN_LEAD, "41 200 тенге", "actual"),
        (_MODAL_THEN_LEAD, "52 900 тенге", "actual"),
        # look-alikes: a lead of plans, and a division lead, keep their reading
        (
            "Работы идут по графику. В следующем году планируется построить:\n- школ – 12;\n- больниц – 4.",
            "12",
            "plan",
        ),
        (
            "Ожидается, что урожай составит 17 млн тонн. По культурам прогноз распределится так:\n"
            "- пшеница – 12 млн тонн;\n- ячмень – 3 млн тонн.",
            "12 млн тонн",
            "forecast",
        ),
    ],
)
def test_list_lead_is_the_sentence_the_colon_ends(text: str, surface: str, kind: str) -> None:
    figure = figure_by_surface(text, surface, date(2023, 5, 10))
    assert figure.kind == kind
