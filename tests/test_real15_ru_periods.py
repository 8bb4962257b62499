"""Period and value classes seen on real stored Russian pages (round real15: periods carried from
the headline, the lead or the sentences before, comparison bases, and numbers read as figures), in
sentences of our own. Labelled by tests/realworld/FORMAT.md:
  1. "за предыдущие четыре года" is rolling, up to publication, as "за последние";
  2. "по итогам текущего года" in a report on the first half is the whole year, not the half;
  3. "Среднемесячный уровень 2023-го – 60%": that year's own level, not a base; "превысило уровень
     2023 года" stays a base;
  4. "по сравнению со II кварталом": the base written with "со" (the paragraph keeps its quarter);
  5. a span before the scope's told with the imperfective past of a level ("В IV кв. 2023 года число
     безработных составляло ...") is a base, not the scene of the next paragraph;
  6. "с ростом от 0,5 до 20%": a spread over regions, not an old level and a new one;
  7. headline "с начала года" and the lead's undated figures: the span the release names a few
     sentences on; the span's months in an earlier year ("Для сравнения, в январе-мае 2024 - 30%")
     between them are a base and keep their year; "в январе-мае 2014 - 30%" with its noun left out;
  8. "в конце первой декады марта" a day, "во второй декаде июня" its days; "за неполные два месяца"
     the year so far;
  9. values: "6-процентного роста" a percent; "20 миллионов 112 тысяч 405 человек" one number; "47 с
     небольшим тысяч" a scaled number; "АИ-92/93" a fuel's code; "4 окт (Рейтер)" a dateline's
     day; "стоимость 1 кг" and "на 1 тыс. населения" the unit a price or rate is for.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicator_record import Indicator
from etl.extract.indicators import extract_indicators
from tests.figure_lookup import figure_by_surface
from tests.figure_lookup import span as _span

P = date(2025, 9, 20)


def _by_surface(text: str, surface: str, published: date = P, title: str = "") -> Indicator:
    return figure_by_surface(text, surface, published, title, None)


_HALF_YEAR_REPORT = (
    "Аким рассказал депутатам об итогах первого полугодия текущего года. Валовой продукт района вырос "
    "на 3,8%. Уверен, по итогам текущего года мы обеспечим рост экономики на 4,5%."
)
_QUARTER_BASE = (
    "В III квартале 2025 года безработных было 452 тыс. человек. По сравнению со II кварталом их число "
    "снизилось на 2%. Из них 31% – молодёжь до 35 лет."
)
_EARLIER_LEVEL = (
    "Во II квартале 2025 года экспорт области составил 9,1 млрд долларов. В I квартале 2025 года экспорт "
    "составлял 8,4 млрд долларов.\n"
    "Больше всего вывезли металлов: 6,2 млрд долларов."
)
_EARLIER_TOLD_DONE = (
    "Во II квартале 2025 года экспорт области составил 9,1 млрд долларов. В I квартале 2025 года экспорт "
    "составил 8,4 млрд долларов.\n"
    "Больше всего вывезли металлов: 6,2 млрд долларов."
)
_SPREAD = (
    "С января по июль в стране ввели 7,9 млн кв. м жилья. В 12 регионах динамика положительная с ростом "
    "от 0,5 до 20%."
)
_HEADLINE_SO_FAR = "Сколько мяса произвели в Казахстане с начала года"
_LEAD_SO_FAR = (
    "В Костанайской области забой скота вырос на 12%. По данным статистиков, в январе–июле 2025 года в "
    "стране произведено 480 тыс. тонн мяса."
)
_LEAD_OWN_SO_FAR = (
    "С начала года забой скота в области вырос на 12%. По данным статистиков, в январе–июле 2025 года в "
    "стране произведено 480 тыс. тонн мяса."
)
_LEAD_WITH_BASE = (
    "На долю Астаны пришлось 44% всего ввода жилья. Для сравнения, в январе-июле 2024 - 38%.\n"
    "За январь-июль 2025 года в стране введено 8,2 млн кв. м жилья."
)


@pytest.mark.parametrize(
    ("text", "surface", "published", "span"),
    [
        # 1. the years before now, rolling
        ("За предыдущие пять лет в районе открыто 14 школ.", "14", P, (date(2020, 9, 20), P)),
        ("За предыдущие три года в области построено 40 мостов.", "40", P, (date(2022, 9, 20), P)),
        ("За последние три года в области построено 40 мостов.", "40", P, (date(2022, 9, 20), P)),
        # 2. the year's results, a whole year (the half's own figure keeps the half)
        (_HALF_YEAR_REPORT, "4,5%", date(2025, 7, 20), (date(2025, 1, 1), date(2025, 12, 31))),
        (_HALF_YEAR_REPORT, "3,8%", date(2025, 7, 20), (date(2025, 1, 1), date(2025, 6, 30))),
        # 3. a level named by its year
        ("Среднемесячный уровень 2024-го – 55%.", "55%", P, (date(2024, 1, 1), date(2024, 12, 31))),
        ("Средний уровень 2024 года составлял 55%.", "55%", P, (date(2024, 1, 1), date(2024, 12, 31))),
        # 4. "со II кварталом" is the base; the paragraph stays in the third quarter
        (_QUARTER_BASE, "2%", P, (date(2025, 7, 1), date(2025, 9, 30))),
        (_QUARTER_BASE, "31%", P, (date(2025, 7, 1), date(2025, 9, 30))),
        # 5. an earlier quarter's level told with "составлял" is a base, no scene
        (_EARLIER_LEVEL, "8,4 млрд долларов", P, (date(2025, 1, 1), date(2025, 3, 31))),
        (_EARLIER_LEVEL, "6,2 млрд долларов", P, (date(2025, 4, 1), date(2025, 6, 30))),
        # (told with the perfective "составил", the earlier quarter still sets the scene)
        (_EARLIER_TOLD_DONE, "6,2 млрд долларов", P, (date(2025, 1, 1), date(2025, 3, 31))),
        # 6. a spread's low end is the same span's
        (_SPREAD, "0,5", date(2025, 8, 22), (date(2025, 1, 1), date(2025, 7, 31))),
        (
            "С января по июль производство выросло с 5 до 7 млн тонн.",
            "5",
            date(2025, 8, 22),
            (date(2024, 1, 1), date(2024, 7, 31)),
        ),
        # 7. a headline's "с начала года": the months the release names
        (_LEAD_SO_FAR, "12%", date(2025, 8, 20), (date(2025, 1, 1), date(2025, 7, 31))),
        (_LEAD_OWN_SO_FAR, "12%", date(2025, 8, 20), (date(2025, 1, 1), date(2025, 8, 20))),
        (_LEAD_WITH_BASE, "44%", date(2025, 8, 20), (date(2025, 1, 1), date(2025, 7, 31))),
        (_LEAD_WITH_BASE, "38%", date(2025, 8, 20), (date(2024, 1, 1), date(2024, 7, 31))),
        (
            "Для сравнения, в январе-мае 2014 - 30%.",
            "30%",
            date(2015, 7, 10),
            (date(2014, 1, 1), date(2014, 5, 31)),
        ),
        # 8. a decade of a month; the year so far
        (
            "В конце второй декады мая запасы зерна составили 1,2 млн тонн.",
            "1,2 млн тонн",
            P,
            (date(2025, 5, 20), date(2025, 5, 20)),
        ),
        (
            "В первой декаде июня цены на овощи выросли на 1,5%.",
            "1,5%",
            P,
            (date(2025, 6, 1), date(2025, 6, 10)),
        ),
        (
            "В последней декаде апреля цены на овощи выросли на 1,5%.",
            "1,5%",
            P,
            (date(2025, 4, 21), date(2025, 4, 30)),
        ),
        (
            "За неполные два месяца года в области родилось 3 100 детей.",
            "3 100",
            date(2025, 2, 26),
            (date(2025, 1, 1), date(2025, 2, 26)),
        ),
    ],
)
def test_period(text: str, surface: str, published: date, span: tuple[date, date]) -> None:
    title = _HEADLINE_SO_FAR if text in (_LEAD_SO_FAR, _LEAD_OWN_SO_FAR) else ""
    assert _span(_by_surface(text, surface, published, title)) == span


def test_level_surpassed_stays_a_base() -> None:
    figure = _by_surface("Производство превысило уровень 2024 года на 6%.", "6%")
    assert _span(figure) != (date(2024, 1, 1), date(2024, 12, 31))


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("Наша цель – достичь 5-процентного роста выпуска в этом году.", "5-процентного", 5.0, "percent"),
        (
            "Население страны достигло 20 миллионов 112 тысяч 405 человек.",
            "20 миллионов 112 тысяч 405",
            20_112_405.0,
            "count",
        ),
        ("На 1 июля в области жили 1 млн 243 тыс. 118 человек.", "1 млн 243 тыс. 118", 1_243_118.0, "count"),
        (
            "За год сдано 47 с небольшим тысяч квадратных метров жилья.",
            "47 с небольшим тысяч квадратных метров",
            47_000.0,
            "m2",
        ),
    ],
)
def test_value(text: str, surface: str, value: float, unit: str) -> None:
    figure = _by_surface(text, surface)
    assert (figure.value, figure.unit) == (value, unit)


def test_ones_after_thousands_need_a_stop_or_the_noun_counted() -> None:
    found = extract_indicators("Выделено 2 млн 300 тыс. 15 семьям.", P)
    assert [i.surface for i in found][:1] == ["2 млн 300 тыс."]


@pytest.mark.parametrize(
    ("text", "not_a_figure"),
    [
        ("Дизельное топливо подешевело, а бензин АИ-92/93 подорожал на 4%.", "93"),
        ("АЛМАТЫ, 4 окт (Рейтер) - Экспорт пшеницы вырос на 11%.", "4"),
        ("Стоимость 1 кг баранины выросла до 4 800 тенге.", "1 кг"),
        ("Цена за 1 литр молока составила 520 тенге.", "1 литр"),
        ("Рождаемость составила 18,2 на 1 тыс. населения.", "1 тыс."),
    ],
)
def test_not_a_figure(text: str, not_a_figure: str) -> None:
    assert not_a_figure not in [i.surface for i in extract_indicators(text, P)]


def test_one_unit_sold_stays_a_figure() -> None:
    assert "1 кг" in [i.surface for i in extract_indicators("На аукционе продано 1 кг золота.", P)]
