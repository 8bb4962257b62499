"""Period and value classes seen on real stored Russian pages (round real16: health, schools, social
payments, tariffs, tourism, air transport), in sentences of our own. Labelled by
tests/realworld/FORMAT.md:
  1. "На начало (текущего) года ..." is a stock's day the next sentences count on, as "На 1 января"
     is; "в начале года" stays a contrast with now;
  2. "улучшив результат I полугодия 2017 года на 26%", "(+11% к показателю первых шести месяцев 2017
     года)": the result bettered and the level a change is told against are bases, the change is
     the span's in scope;
  3. "В настоящий момент средний счет — 237 тенге" under months already over is today's;
  4. a verbless member after a comma ("Тариф составляет 18,4 тенге, за 1 кг сжиженного — 148,75
     тенге") shares the present of the figure before it;
  5. "стало максимумом за всю историю наблюдений с 1980 года": the record's yardstick, no span
     from 1980;
  6. a deed done ("В Астане построены 75 школ") under a carried span that opens at publication and
     runs ahead ("В ближайшие три года ...") stands at publication; plans keep the span;
  7. values: "798 тысяч 576 пассажиров", "14 тысячи 353 рейсов" are one number each.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicator_record import Indicator
from etl.extract.indicators import extract_indicators
from tests.figure_lookup import figure_by_surface
from tests.figure_lookup import span as _span

P = date(2024, 5, 14)


def _by_surface(text: str, surface: str, published: date = P) -> Indicator:
    return figure_by_surface(text, surface, published)


JAN1 = (date(2024, 1, 1), date(2024, 1, 1))
TODAY = (P, P)


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # 1. a stock day told with "на начало года" carries to the next sentences
        (
            "На начало текущего года в области работали 412 аптек. Больше всего аптек находилось в "
            "областном центре — 180.",
            "180",
            JAN1,
        ),
        (
            "На начало года в стране числилось 57,4 тыс. врачей.\nБольше всего врачей числилось в "
            "Астане: 9,2 тыс.",
            "9,2 тыс.",
            JAN1,
        ),
        (
            "По состоянию на начало года в городе было 96 детских садов. Из них частных садов было 41.",
            "41",
            JAN1,
        ),
        # look-alike: "в начале года" is a contrast with now, the present after it is today's
        (
            "В начале года литр молока стоил 410 тенге. Сейчас литр стоит 455 тенге.",
            "455 тенге",
            TODAY,
        ),
        # the stock day itself, as before
        (
            "На начало текущего года в области работали 412 аптек.",
            "412",
            JAN1,
        ),
    ],
)
def test_a_stock_day_on_the_years_start_carries(text: str, surface: str, expected: tuple[date, date]) -> None:
    assert _span(_by_surface(text, surface)) == expected


H1_2018 = (date(2018, 1, 1), date(2018, 6, 30))


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            "В январе-июне 2018 года вокзал принял 412 тыс. пассажиров, улучшив результат I полугодия "
            "2017 года на 14%.",
            "14%",
            H1_2018,
        ),
        (
            "В первом полугодии 2018 года отправлено 2 180 поездов (+6% к показателю первых шести "
            "месяцев 2017 года).",
            "6%",
            H1_2018,
        ),
        (
            "В первом полугодии 2018 года выпуск вырос на 3% к результату I полугодия 2017 года.",
            "3%",
            H1_2018,
        ),
        # look-alike: the genitive months with no base before them are the span itself
        (
            "Итоги первых шести месяцев 2018 года: перевезено 5,2 млн тонн грузов.",
            "5,2 млн тонн",
            H1_2018,
        ),
    ],
)
def test_a_result_bettered_is_a_base(text: str, surface: str, expected: tuple[date, date]) -> None:
    assert _span(_by_surface(text, surface, date(2018, 7, 12))) == expected


D = date(2017, 12, 20)
JAN_NOV = (date(2017, 1, 1), date(2017, 11, 30))


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # 3. "в настоящий момент", "в данный момент": now
        (
            "За 11 месяцев плата за холодную воду выросла на 7,2%. В настоящий момент средний счет — 96 "
            "тенге.",
            "96 тенге",
            (D, D),
        ),
        (
            "За январь-ноябрь 2017 года цены на уголь выросли на 4%. В данный момент тонна угля — 14 тыс. "
            "тенге.",
            "14 тыс. тенге",
            (D, D),
        ),
        # 4. a verbless member after a present figure
        (
            "За январь-ноябрь 2017 года тарифы на тепло выросли на 9%. Тариф составляет 3,1 тыс. тенге, "
            "для предприятий — 4,6 тыс. тенге.",
            "4,6 тыс. тенге",
            (D, D),
        ),
        (
            "За 11 месяцев 2017 года доходы выросли на 6%. Прожиточный минимум составляет 24 тыс. тенге, "
            "в Алматы — 27 тыс. тенге, в Атырау – 26 тыс. тенге.",
            "26 тыс. тенге",
            (D, D),
        ),
        # look-alikes: the members of a span's flow keep the span; a whole's part after a decimal
        # comma keeps the whole's reading
        (
            "За январь-ноябрь 2017 года введено 9,4 тыс. кв. м жилья, в Таразе — 4,1 тыс. кв. м.",
            "4,1 тыс. кв. м.",
            JAN_NOV,
        ),
        (
            "За январь-ноябрь 2017 года тарифы выросли на 9%. Доля тепла составляет 40%, воды — 22%.",
            "9%",
            JAN_NOV,
        ),
        (
            "За январь-ноябрь 2017 года область получила 256,6 млрд тенге – 148 млрд по линии страхования.",
            "148 млрд",
            JAN_NOV,
        ),
    ],
)
def test_a_present_now_under_months_over(text: str, surface: str, expected: tuple[date, date]) -> None:
    assert _span(_by_surface(text, surface, D)) == expected


Y2025 = (date(2025, 1, 1), date(2025, 12, 31))


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            "По итогам 2025 года введено 48 тыс. мест в детских садах, что в 2,4 раза превышает объем "
            "предыдущего года и стало максимумом за всю историю наблюдений с 1991 года.",
            "2,4 раза",
            Y2025,
        ),
        (
            "В 2025 году построено 63 моста, их число выросло в 1,8 раза и стало рекордным за всю историю "
            "с 1995 года.",
            "1,8 раза",
            Y2025,
        ),
    ],
)
def test_a_record_over_the_whole_history_is_no_span(
    text: str, surface: str, expected: tuple[date, date]
) -> None:
    assert _span(_by_surface(text, surface, date(2026, 1, 20))) == expected


def test_a_span_since_a_year_keeps_its_reading() -> None:
    figure = _by_surface("С 1991 года в области построено 312 школ.", "312", date(2026, 1, 20))
    assert _span(figure) == (date(1991, 1, 1), date(2026, 1, 20))


T = date(2025, 12, 10)
AHEAD = (T, date(2028, 12, 10))


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            "В ближайшие три года нехватка мест в поликлиниках может достичь 30 тысяч. Конечно, работа "
            "идет. В Шымкенте построены 12 поликлиник.",
            "12",
            (T, T),
        ),
        (
            "В ближайшие три года потребность в жилье может вырасти до 2 млн кв. м. В городе уже сдали 14 "
            "домов.",
            "14",
            (T, T),
        ),
        # look-alikes: plans under the span ahead keep it
        (
            "В ближайшие три года планируется построить 90 поликлиник. Из них 20 будут в Алматы.",
            "20",
            AHEAD,
        ),
        (
            "В ближайшие три года планируется построить 90 поликлиник. В Шымкенте построят 12 поликлиник.",
            "12",
            AHEAD,
        ),
    ],
)
def test_a_deed_done_under_a_span_ahead_stands_now(
    text: str, surface: str, expected: tuple[date, date]
) -> None:
    assert _span(_by_surface(text, surface, T)) == expected


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Вокзал принял 612 тысяч 48 пассажиров.", "612 тысяч 48", 612_048),
        ("Выполнено 11 тысячи 207 рейсов.", "11 тысячи 207", 11_207),
        ("Назначено 3 тысячи 15 пособий.", "3 тысячи 15", 3_015),
    ],
)
def test_ones_after_thousands_in_full(text: str, surface: str, value: float) -> None:
    assert _by_surface(text, surface).value == value


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        # look-alikes: a day, a scale of its own, the shortened "тыс." keep two figures
        ("Выплату в 50 тысяч 15 апреля получили 300 семей.", {"50 тысяч"}),
        ("Выделено 20 тысяч 300 млн тенге.", {"20 тысяч", "300 млн тенге"}),
        ("Построено 5 тыс. 200 домов.", {"5 тыс.", "200"}),
    ],
)
def test_ones_after_thousands_look_alikes(text: str, surfaces: set[str]) -> None:
    found = {i.surface for i in extract_indicators(text, P)}
    assert surfaces <= found


def test_a_change_made_to_years_ahead_stays_their_plan() -> None:
    text = (
        "Президент подписал закон о бюджете на 2026-2028 годы. Трансферты районам увеличены на 9,2 млрд "
        "тенге."
    )
    figure = _by_surface(text, "9,2 млрд тенге", T)
    assert figure.period_start is not None and figure.period_start.year == 2026


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # 8. a plan "soon" names no span; the year the deeds before it carry is not its
        (
            "В этом году в районе открыто 7 цехов. В ближайшее время будет запущено 25 проектов.",
            "25",
            (None, None),
        ),
        (
            "С начала года в городе отремонтировано 40 км дорог. В скором времени планируется "
            "отремонтировать еще 15 км.",
            "15 км",
            (None, None),
        ),
        # look-alikes: a plan with its own year keeps it; a deed done keeps the year carried
        (
            "В этом году в районе открыто 7 цехов. В ближайшее время, в 2026 году, запустят 25 проектов.",
            "25",
            (date(2026, 1, 1), date(2026, 12, 31)),
        ),
        (
            "В этом году в районе открыто 7 цехов. Еще 3 цеха открыли в мае.",
            "3",
            (date(2024, 5, 1), date(2024, 5, 31)),
        ),
    ],
)
def test_a_plan_told_soon_has_no_span(
    text: str, surface: str, expected: tuple[date | None, date | None]
) -> None:
    assert _span(_by_surface(text, surface)) == expected


N = date(2025, 11, 21)


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # 9. a bare "за N месяцев" whose January-to-month span ended long before publication: the
        # months up to now (no release of January-April comes out in November)
        (
            "По итогам пересмотра тарифов за четыре месяца сэкономлено 84 млн тенге.",
            "84 млн тенге",
            (date(2025, 7, 21), N),
        ),
        (
            "За 3 месяца работы нового диспетчерского центра обработано 12 тыс. вызовов.",
            "12 тыс.",
            (date(2025, 8, 21), N),
        ),
        # look-alikes: the year said, a recent release, the year's start named
        (
            "За четыре месяца этого года сэкономлено 84 млн тенге.",
            "84 млн тенге",
            (date(2025, 1, 1), date(2025, 4, 30)),
        ),
        (
            "За десять месяцев сэкономлено 84 млн тенге.",
            "84 млн тенге",
            (date(2025, 1, 1), date(2025, 10, 31)),
        ),
        (
            "С начала года за четыре месяца сэкономлено 84 млн тенге.",
            "84 млн тенге",
            (date(2025, 1, 1), date(2025, 4, 30)),
        ),
    ],
)
def test_months_long_over_are_the_months_to_now(text: str, surface: str, expected: tuple[date, date]) -> None:
    assert _span(_by_surface(text, surface, N)) == expected
