"""Period, kind, change and value classes seen on real stored Russian pages (round real18: inflation,
fuel and power tariffs, social assistance, harvests, housing, airports, 2003-2025), in sentences of
our own. Labelled by tests/realworld/FORMAT.md:
  1. a month's level named by its adjective, then its value ("выше сентябрьского показателя в
     13,6%") is that month's, not the month of the sentence;
  2. "всего за месяц подорожали" is "in just a month", no total so far: a lead dated only by the
     next sentence's month takes that month, and so does a lead ending on the reporter's present
     ("..., сообщает агентство");
  3. a figure in a verbless relative or participle aside hung on a clause told in the present
     ("Помощь назначается семьям, доход которых ниже 35%") is a rule of now, not the year a budget
     line before it named;
  4. a payment a rule provides for in a short participle ("предусмотрены выплаты в размере 1,5 МРП")
     is a rate in force: actual at publication, as "предусматривает ... в размере" was; "станет",
     "станут" are the future, as "будет" ("газ станет доступен 8,7 тысячи абонентов" is no state now);
     "цены", "смены", "стены" are nouns, not short participles of a deed ("повышение цены на 5
     тенге ожидается" is a forecast);
  5. change verbs "подскочили на", "подняла цену на" mark changes;
  6. values: "четырёх тысяч" (the spelling with ё) is read; the one unit a tariff is for ("за 1
     кВт·ч", "за 1 кВт/час", "за 1 кубометр") is no figure;
  7. a marketing year told as over with no years of its own ("Завершился маркетинговый год",
     "по итогам завершившегося маркетингового года") is the last one ended by publication (1 July
     to 30 June), not the calendar year of the report;
  8. a former level in a bracket ("98,6 тенге (прежде - 103,52)", "(ранее – 103,52 тенге)") takes the
     unit and scale of the figure before it, and no period: it is not the level at publication.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface
from tests.figure_lookup import span as _span

P = date(2025, 11, 20)
TODAY = (P, P)
THIS_YEAR = (date(2025, 1, 1), date(2025, 12, 31))
OCTOBER = (date(2025, 10, 1), date(2025, 10, 31))
SEPTEMBER = (date(2025, 9, 1), date(2025, 9, 30))


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # 1. a month's level named by its adjective, then its value
        (
            "В октябре тарифы на связь выросли на 9,1% в годовом выражении, что выше сентябрьского "
            "показателя в 8,4%.",
            "8,4%",
            SEPTEMBER,
        ),
        (
            "В октябре аренда жилья подорожала на 2,2% против сентябрьского уровня в 1,7%.",
            "1,7%",
            SEPTEMBER,
        ),
        # look-alikes: the change itself keeps its month; a country's adjective names no month
        (
            "В октябре тарифы на связь выросли на 9,1% в годовом выражении, что выше сентябрьского "
            "показателя в 8,4%.",
            "9,1%",
            OCTOBER,
        ),
        (
            "В октябре рост цен составил 3%, что выше казахстанского показателя в 2%.",
            "2%",
            OCTOBER,
        ),
        # 2. "всего за месяц" is a span, no total: the lead takes the month the next sentence names
        (
            "Цены на овощи снова поползли вверх. Всего за месяц овощи подорожали на 3,4%.\n"
            "По данным статистиков, за октябрь цены на фрукты повысились на 1,2%.",
            "3,4%",
            OCTOBER,
        ),
        (
            "Крупы за месяц подорожали на 1,9%, сообщает местный портал.\n"
            "По данным статистиков, за октябрь цены на хлеб повысились на 0,8%.",
            "1,9%",
            OCTOBER,
        ),
        # look-alike: a total so far keeps its reading
        (
            "Всего с начала года в области построено 14 школ.",
            "14",
            (date(2025, 1, 1), P),
        ),
        # 3. a verbless aside of a clause told in the present, after a budget line for the year
        (
            "На текущий год на выплаты в бюджете заложено 48 млрд тенге. Пособие назначается "
            "семьям, доход которых ниже 40% среднего по региону.",
            "40%",
            TODAY,
        ),
        (
            "На этот год на программу предусмотрено 12 млрд тенге. Льгота полагается пенсионерам, "
            "стаж которых больше 25 лет, и распространяется на жильё, площадь которого не превышает "
            "порог, установленный на уровне 60 кв. м на человека.",
            "60 кв. м",
            TODAY,
        ),
        # look-alikes: an aside told in the past keeps the year; the budget line keeps its year
        (
            "В 2024 году пособие получили семьи, доход которых был ниже 40% среднего.",
            "40%",
            (date(2024, 1, 1), date(2024, 12, 31)),
        ),
        (
            "На текущий год на выплаты в бюджете заложено 48 млрд тенге. Пособие назначается "
            "семьям, доход которых ниже 40% среднего по региону.",
            "48 млрд тенге",
            THIS_YEAR,
        ),
    ],
)
def test_real18_ru_period(text: str, surface: str, expected: tuple[date | None, date | None]) -> None:
    assert _span(figure_by_surface(text, surface, P)) == expected


MY_2024_25 = (date(2024, 7, 1), date(2025, 6, 30))


@pytest.mark.parametrize(
    ("text", "surface", "published", "expected"),
    [
        # 7. a marketing year told as over, with no years of its own: the last one ended by publication
        (
            "Завершился маркетинговый год. Экспорт пшеницы за сезон составил 7,6 млн тонн.",
            "7,6 млн тонн",
            date(2025, 7, 14),
            MY_2024_25,
        ),
        (
            "По итогам завершившегося маркетингового года вывоз муки достиг 2,3 млн тонн, из них 41% "
            "пришелся на Афганистан.",
            "41%",
            date(2025, 9, 2),
            MY_2024_25,
        ),
        (
            "Маркетинговый год завершился, отгрузки ячменя составили 1,2 млн тонн.",
            "1,2 млн тонн",
            date(2025, 8, 5),
            MY_2024_25,
        ),
        # told before 30 June, the last one over is the year before
        (
            "Завершился маркетинговый год, экспорт составил 9,1 млн тонн.",
            "9,1 млн тонн",
            date(2025, 5, 20),
            (date(2023, 7, 1), date(2024, 6, 30)),
        ),
        # look-alikes: a marketing year with its own years, and one still ending, keep their readings
        (
            "Завершился 2023/2024 маркетинговый год, экспорт составил 9,1 млн тонн.",
            "9,1 млн тонн",
            date(2025, 7, 14),
            (date(2023, 7, 1), date(2024, 6, 30)),
        ),
    ],
)
def test_real18_ru_marketing_year_over(
    text: str, surface: str, published: date, expected: tuple[date | None, date | None]
) -> None:
    assert _span(figure_by_surface(text, surface, published)) == expected


@pytest.mark.parametrize(
    ("text", "surface", "kind", "expected"),
    [
        # 4. a payment a rule provides for, told with the short participle
        (
            "На текущий год на программу выделено 30 млрд тенге. Кроме того, предусмотрены "
            "ежемесячные доплаты детям из многодетных семей в возрасте от 1 до 6 лет в размере "
            "2 МРП на каждого ребёнка.",
            "2 МРП",
            "actual",
            TODAY,
        ),
        (
            "Для фермеров предусмотрено возмещение затрат в размере 50%.",
            "50%",
            "actual",
            TODAY,
        ),
        # 4b. the future of "стать" is ahead, as "будет" (not what stands now)
        (
            "После пуска станции тепло станет доступно 6,2 тысячи квартир.",
            "6,2 тысячи",
            "plan",
            (None, None),
        ),
        (
            "К зиме число подключённых домов станет 1 450.",
            "1 450",
            "plan",
            (None, None),
        ),
        # 4c. "цены", "смены" are nouns, no short participle of a deed done
        (
            "Повышение цены на сжиженный газ на 7 тенге ожидается с января.",
            "7 тенге",
            "forecast",
            (date(2026, 1, 1), None),
        ),
        (
            "Рост цены на проезд на 20 тенге предполагается для пригородных маршрутов.",
            "20 тенге",
            "forecast",
            (None, None),
        ),
        (
            "Цены на дизельное топливо снижены на 3 тенге.",
            "3 тенге",
            "actual",
            TODAY,
        ),
        # look-alikes: money set aside in the same words stays a plan; a rate from next year too
        (
            "На строительство моста предусмотрено финансирование в размере 7 млрд тенге.",
            "7 млрд тенге",
            "plan",
            (None, None),
        ),
        (
            "В 2026 году предусмотрены доплаты в размере 3 МРП.",
            "3 МРП",
            "plan",
            (date(2026, 1, 1), date(2026, 12, 31)),
        ),
    ],
)
def test_real18_ru_rate_in_force_and_future(
    text: str, surface: str, kind: str, expected: tuple[date | None, date | None]
) -> None:
    figure = figure_by_surface(text, surface, P)
    assert (figure.kind, _span(figure)) == (kind, expected)


@pytest.mark.parametrize(
    ("text", "surface", "is_change"),
    [
        # 5. verbs of a jump or a raise
        ("В ноябре цены на авиабилеты подскочили на 11,5%.", "11,5%", True),
        ("Сеть заправок подняла цену на дизельное топливо на 4 тенге.", "4 тенге", True),
        ("Одна из АЗС подняла стоимость газа сразу на 2 тенге, до 95 тенге за литр.", "2 тенге", True),
        # look-alikes: the new price, and a count beside "подняли вопрос"
        ("Одна из АЗС подняла стоимость газа сразу на 2 тенге, до 95 тенге за литр.", "95 тенге", False),
        ("На встрече жители подняли вопрос о 12 аварийных домах.", "12", False),
    ],
)
def test_real18_ru_change_verbs(text: str, surface: str, is_change: bool) -> None:
    assert figure_by_surface(text, surface, P).is_change is is_change


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        # 6. "четырёх" with ё
        (
            "В хозяйстве засеяли более четырёх тысяч гектаров ячменя.",
            "четырёх тысяч гектаров",
            4000,
            "hectare",
        ),
        ("Фермеры заготовили около четырёх тысяч тонн сена.", "четырёх тысяч тонн", 4000, "tonne"),
    ],
)
def test_real18_ru_number_words_with_yo(text: str, surface: str, value: float, unit: str) -> None:
    figure = figure_by_surface(text, surface, P)
    assert (figure.value, figure.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # 6. the one unit a tariff is for is no figure; the tariff and other sizes are
        ("Для населения тариф составляет 21,5 тенге за 1 кВт·ч.", ["21,5 тенге"]),
        ("С 1 марта действует тариф 18,7 тенге за 1 кВт/час с учетом НДС.", ["18,7 тенге"]),
        ("Горячая вода обходится в 260 тенге за 1 кубометр.", ["260 тенге"]),
        ("Стоимость 1 кв. м жилья в городе достигла 540 тыс. тенге.", ["540 тыс. тенге"]),
        # look-alikes: a size of one unit that is no price base, and a thousand tonnes
        ("Мощность новой солнечной станции составит 1 МВт.", ["1 МВт"]),
        ("Хозяйство продало за 1 000 тонн пшеницы 90 млн тенге.", ["1 000 тонн", "90 млн тенге"]),
    ],
)
def test_real18_ru_unit_of_a_tariff(text: str, kept: list[str]) -> None:
    from etl.extract.indicators import extract_indicators

    assert [f.surface for f in extract_indicators(text, P)] == kept


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        # 8. a former level in a bracket: the unit and scale of the figure before it, no period
        ("Холодная вода теперь стоит 112,4 тенге за кубометр (прежде - 118,9).", "118,9", 118.9, "KZT"),
        ("Проезд в автобусе подорожал до 150 тенге (раньше 120).", "120", 120.0, "KZT"),
        ("Фонд премий составил 2,4 млрд тенге (ранее – 2,1).", "2,1", 2.1e9, "KZT"),
        ("Тариф на отопление составляет 265 тенге (ранее – 248 тенге).", "248 тенге", 248.0, "KZT"),
    ],
)
def test_real18_ru_former_level_in_brackets(text: str, surface: str, value: float, unit: str) -> None:
    figure = figure_by_surface(text, surface, P)
    assert (figure.value, figure.unit, _span(figure)) == (value, unit, (None, None))


@pytest.mark.parametrize(
    ("text", "surface", "unit", "expected"),
    [
        # look-alikes: a bracket with its own day keeps it; a count in a bracket after no "прежде"
        (
            "Тариф составляет 98,6 тенге (на 1 июня – 103,52 тенге).",
            "103,52 тенге",
            "KZT",
            (date(2025, 6, 1),) * 2,
        ),
        ("Тариф составляет 98,6 тенге (в 12 районах).", "12", "count", TODAY),
    ],
)
def test_real18_ru_brackets_without_a_former_level(
    text: str, surface: str, unit: str, expected: tuple[date | None, date | None]
) -> None:
    figure = figure_by_surface(text, surface, P)
    assert (figure.unit, _span(figure)) == (unit, expected)
