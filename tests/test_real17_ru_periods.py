"""Period, kind and unit classes seen on real stored Russian pages (round real17: harvests,
industrial zones, housing, energy, pensions, tariffs, 2009-2026), in sentences of our own. Labelled
by tests/realworld/FORMAT.md:
  1. a participle aside telling when a place was founded, opened or built ("В зоне «Кайрат»,
     открытой в прошлом году, ...") dates the place, not the figures outside it, nor the sentences
     after it; a participle after no place ("Объем жилья, введенного в 2024 году, ...") still dates
     its figure;
  2. "С тех пор прошло немало времени" is time gone by, the span of no figure: a later "в этом году"
     of a deed done stays the whole year, not the months so far;
  3. "прошлогодний рубеж в шесть миллионов тонн", "прошлогодний урожай в 17 млн тонн": last year's
     whole outcome, and what was (actual) even under an outlook; a base against which a forecast is
     told ("составит 90 тыс. тонн против прошлогодних 83,8 тыс.") is what was, too;
  4. units: "123 млрд кВт⋅ч" (the dot operator), "кВт.ч" are kilowatt-hours, not kilowatts.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicator_record import Indicator
from etl.extract.indicators import extract_indicators
from tests.figure_lookup import figure_by_surface
from tests.figure_lookup import span as _span

P = date(2025, 11, 20)
TODAY = (P, P)
LAST_YEAR = (date(2024, 1, 1), date(2024, 12, 31))
THIS_YEAR = (date(2025, 1, 1), date(2025, 12, 31))


def _by_surface(text: str, surface: str, published: date = P) -> Indicator:
    return figure_by_surface(text, surface, published)


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # 1. the founding of a place in a participle aside dates the place only
        (
            "В технопарке «Алатау», открытом в прошлом году, ведут работы на 23 объектах.",
            "23",
            TODAY,
        ),
        (
            "В селе, основанном в 1928 году, действуют 3 школы.",
            "3",
            TODAY,
        ),
        (
            "На заводе, построенном в 2019 году, трудятся 640 человек, а мощность цеха доведут до "
            "12 тыс. тонн.",
            "640",
            TODAY,
        ),
        (
            "В индустриальной зоне, созданной в прошлом году, уже строят 11 предприятий.\nДоля "
            "малого бизнеса в экономике города достигла 38,2%.",
            "38,2%",
            TODAY,
        ),
        # look-alikes: a participle after no place dates what it counts; a span of the sentence's
        # own stays
        (
            "Объем жилья, введенного в прошлом году, составил 1,4 млн кв. метров.",
            "1,4 млн кв. метров",
            LAST_YEAR,
        ),
        (
            "В прошлом году в зоне, открытой в 2019 году, запустили 6 проектов.",
            "6",
            LAST_YEAR,
        ),
        # 2. time gone by is no span
        (
            "В июле на совещании обсудили подготовку к уборке урожая текущего года. С тех пор прошло "
            "немало времени, и уборка уже началась.\nВ целом посевы в этом году заняли 412,6 тысячи "
            "гектаров.",
            "412,6 тысячи гектаров",
            THIS_YEAR,
        ),
        (
            "В июле обсудили подготовку к жатве текущего года. С тех пор прошли три недели.\nВ этом "
            "году аграрии засеяли 96 тыс. гектаров.",
            "96 тыс. гектаров",
            THIS_YEAR,
        ),
        # look-alike: "с тех пор" as a span still runs from the period before up to now
        (
            "В 2021 году в районе открыли первый детский сад. С тех пор построено еще 14 садов.",
            "14",
            (date(2021, 1, 1), P),
        ),
        # 3. last year's mark passed
        (
            "Аграрии уверены, что урожай позволит превысить прошлогодний рубеж в шесть миллионов тонн.",
            "шесть миллионов тонн",
            LAST_YEAR,
        ),
        (
            "Ожидается, что сбор превысит прошлогодний урожай в 2,3 млн тонн.",
            "2,3 млн тонн",
            LAST_YEAR,
        ),
    ],
)
def test_real17_ru_period(text: str, surface: str, expected: tuple[date | None, date | None]) -> None:
    assert _span(_by_surface(text, surface)) == expected


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        # 3. the base of an outlook, in a time gone by, is what was
        (
            "Аграрии уверены, что урожай позволит превысить прошлогодний рубеж в шесть миллионов тонн.",
            "шесть миллионов тонн",
            "actual",
        ),
        ("Ожидается, что сбор превысит прошлогодний урожай в 2,3 млн тонн.", "2,3 млн тонн", "actual"),
        (
            "Ожидается, что сбор составит 90 тыс. тонн против прошлогодних 83,8 тыс. тонн.",
            "83,8 тыс. тонн",
            "actual",
        ),
        # look-alikes: the outlook itself keeps its kind
        (
            "Ожидается, что сбор составит 90 тыс. тонн против прошлогодних 83,8 тыс. тонн.",
            "90 тыс. тонн",
            "forecast",
        ),
        (
            "Аграрии уверены, что урожай превысит прошлогодний уровень и составит 7 млн тонн.",
            "7 млн тонн",
            "forecast",
        ),
    ],
)
def test_real17_ru_kind(text: str, surface: str, kind: str) -> None:
    assert _by_surface(text, surface).kind == kind


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("Выработка электроэнергии в стране составила 123 млрд кВт⋅ч.", "123 млрд кВт⋅ч", 123e9, "kWh"),
        ("Станция выработала 4,5 млн кВт.ч за месяц.", "4,5 млн кВт.ч", 4.5e6, "kWh"),
        ("Солнечная станция дала 40 МВт∙ч за сутки.", "40 МВт∙ч", 40e3, "kWh"),
        # look-alikes: a power in kilowatts, and one at a sentence's end, stay power
        ("Мощность установки составляет 50 кВт.", "50 кВт", 0.05, "MW"),
        ("Мощность установки — 50 кВт. Что дальше, решат позже.", "50 кВт", 0.05, "MW"),
    ],
)
def test_real17_ru_energy_units(text: str, surface: str, value: float, unit: str) -> None:
    figure = _by_surface(text, surface)
    assert (figure.value, figure.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("text", "surface", "published", "expected"),
    [
        # 5. told now, the article leaves an earlier stock day
        (
            "Запас угля на начало августа составляет 88%. На текущий момент завезено 35% годовой "
            "потребности.\nРемонт сетей идет по графику. По котлам выполнено 70% работ.",
            "70%",
            date(2025, 8, 14),
            (date(2025, 8, 14), date(2025, 8, 14)),
        ),
        # look-alikes: with no "now" between, the stock day carries; the stock's own figure keeps it
        (
            "Запас угля на начало августа составляет 88%.\nРемонт сетей идет по графику. По котлам "
            "выполнено 70% работ.",
            "70%",
            date(2025, 8, 14),
            (date(2025, 8, 1), date(2025, 8, 1)),
        ),
        (
            "Запас угля на начало августа составляет 88%. На текущий момент завезено 35% годовой "
            "потребности.",
            "88%",
            date(2025, 8, 14),
            (date(2025, 8, 1), date(2025, 8, 1)),
        ),
        # 6. a harvest planned or expected with no period of its own is this year's
        (
            "Урожай зерновых в зачетном весе прогнозируется на уровне 21 млн тонн.",
            "21 млн тонн",
            date(2019, 9, 10),
            (date(2019, 1, 1), date(2019, 12, 31)),
        ),
        (
            "По итогам жатвы аграрии области планируют намолотить более 4 млн тонн зерна.",
            "4 млн тонн",
            date(2023, 9, 5),
            (date(2023, 1, 1), date(2023, 12, 31)),
        ),
        # look-alikes: a deadline keeps its own; an outlook of no harvest keeps none
        (
            "До 2030 года валовой сбор зерна планируют довести до 28 млн тонн.",
            "28 млн тонн",
            date(2023, 9, 5),
            (None, date(2030, 12, 31)),
        ),
        (
            "Ожидается, что отгрузка угля составит 3 млн тонн.",
            "3 млн тонн",
            date(2023, 9, 5),
            (None, None),
        ),
    ],
)
def test_real17_ru_now_and_harvest_periods(
    text: str, surface: str, published: date, expected: tuple[date | None, date | None]
) -> None:
    assert _span(_by_surface(text, surface, published)) == expected


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        # 7. the active "оценивает" is an estimate, as the passive: ahead a forecast, over what was
        (
            "Министерство оценивает экспорт зерна в 2019-2020 маркетинговом году в 9 млн тонн.",
            "9 млн тонн",
            "forecast",
        ),
        ("Специалисты оценивают ущерб от паводка прошлого года в 4 млрд тенге.", "4 млрд тенге", "actual"),
    ],
)
def test_real17_ru_estimate_kind(text: str, surface: str, kind: str) -> None:
    assert _by_surface(text, surface, date(2019, 9, 10)).kind == kind


@pytest.mark.parametrize(
    ("text", "surface", "is_change"),
    [
        # 8. a multiplier after a dash in a sentence of growth, its verb left out, is a change
        ("Экспорт вырос по всем направлениям: в Узбекистан — на 24%, в Грузию — в 3 раза.", "3 раза", True),
        # a signed share after a level in the same brackets is a change, as "(-3,3%)" is
        ("Дороже всего вода в Актау (210,5 тг, -4%) и Атырау (98,2 тг, +2,5%).", "-4%", True),
        ("Дороже всего вода в Актау (210,5 тг, -4%) и Атырау (98,2 тг, +2,5%).", "2,5%", True),
        # look-alikes: "в" before a year after a dash is no multiplier; the bracket's level stays one
        ("Экспорт вырос на 5%: в Китай — в 2025 году 300 тыс. тонн.", "300 тыс. тонн", False),
        ("Дороже всего вода в Актау (210,5 тг, -4%) и Атырау (98,2 тг, +2,5%).", "210,5 тг", False),
    ],
)
def test_real17_ru_change_flags(text: str, surface: str, is_change: bool) -> None:
    assert _by_surface(text, surface, date(2025, 10, 7)).is_change is is_change


@pytest.mark.parametrize(
    ("text", "surface", "kind", "expected"),
    [
        # 9. the first person plural of a perfective is what we will do; "обновится" is ahead
        (
            "В текущем году мы пополним городской автопарк на 250 автобусов.",
            "250",
            "plan",
            (date(2025, 1, 1), date(2025, 12, 31)),
        ),
        ("В следующем году откроем 9 поликлиник.", "9", "plan", (date(2026, 1, 1), date(2026, 12, 31))),
        # ... "в дальнейшем" names no span, not the deadline of the sentence before
        (
            "До конца года на линии выйдут 80 электробусов.\nВ дальнейшем парк обновится на 60%.",
            "60%",
            "plan",
            (None, None),
        ),
        # look-alikes: the past of the same verbs is done
        ("В текущем году мы пополнили автопарк на 250 автобусов.", "250", "actual", THIS_YEAR),
        # 10. a level told in a relative clause after a goal is the level elsewhere now
        (
            "Наша задача — поднять долю до 60%, как в городах, где этот показатель составляет 75%.",
            "75%",
            "actual",
            TODAY,
        ),
        # look-alikes: the goal keeps its kind; a relative clause's own future keeps its plan
        (
            "Наша задача — поднять долю до 60%, как в городах, где этот показатель составляет 75%.",
            "60%",
            "target",
            (None, None),
        ),
        (
            "Задача — довести охват до 90% в селах, где он составит 60% к 2027 году.",
            "60%",
            "plan",
            (None, date(2027, 12, 31)),
        ),
    ],
)
def test_real17_ru_kind_and_period(
    text: str, surface: str, kind: str, expected: tuple[date | None, date | None]
) -> None:
    figure = _by_surface(text, surface)
    assert (figure.kind, _span(figure)) == (kind, expected)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        # 11. "от ... до" bounds a spread: both ends read alike (the old and new levels are "с ... до")
        (
            "Важная задача — обновление парка, которое в среднем составляет от 200 до 260 автобусов в год.",
            ("actual", TODAY),
            ("actual", TODAY),
        ),
        (
            "Запуск терминала позволит снизить расходы перевозчиков от 12 до 20%.",
            ("forecast", (None, None)),
            ("forecast", (None, None)),
        ),
    ],
)
def test_real17_ru_spread_ends_read_alike(
    text: str,
    low: tuple[str, tuple[date | None, date | None]],
    high: tuple[str, tuple[date | None, date | None]],
) -> None:
    found = [i for i in extract_indicators(text, P) if i.role in ("low", "high")]
    assert [(i.role, i.kind, _span(i)) for i in found] == [("low", *low), ("high", *high)]


def test_real17_ru_from_to_with_s_stays_a_change_of_level() -> None:
    """Look-alike: "с ... до" is the old level and the new one."""
    found = extract_indicators("Тариф вырос с 80 до 95 тенге.", P)
    assert [i.role for i in found] == ["from", "to"]


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        # 12. the tens written as words, and a ten with its unit word, are read whole
        ("Уборка охватила около семидесяти процентов площадей.", "семидесяти процентов", 70, "percent"),
        ("Доля экспорта составила тридцать два процента.", "тридцать два процента", 32, "percent"),
        ("Фермеры собрали сорок пять тысяч тонн зерна.", "сорок пять тысяч тонн", 45_000, "tonne"),
        # look-alike: a ten before a counted noun is no figure of its own; a bare unit word stays
        ("Доля выросла на пять процентов.", "пять процентов", 5, "percent"),
    ],
)
def test_real17_ru_tens_in_words(text: str, surface: str, value: float, unit: str) -> None:
    figure = _by_surface(text, surface)
    assert (figure.value, figure.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("text", "surface", "is_change"),
    [
        # 13. the later members of "на X% и Y%" share the "на" and the verb of change
        ("Тарифы на газ и свет за год снизились на 4,2% и 3,9% соответственно.", "3,9%", True),
        ("Цены на мясо, молоко и хлеб выросли на 6,1%, 4,4% и 2%.", "4,4%", True),
        ("Цены на мясо, молоко и хлеб выросли на 6,1%, 4,4% и 2%.", "2%", True),
        # look-alikes: a share told after the change in its own clause stays a level
        ("Безработица снизилась на 0,3%, и 4,7% — ее нынешний уровень.", "4,7%", False),
        ("Экспорт вырос на 8%, а доля Китая составила 31%.", "31%", False),
    ],
)
def test_real17_ru_shared_by(text: str, surface: str, is_change: bool) -> None:
    assert _by_surface(text, surface).is_change is is_change


@pytest.mark.parametrize(
    ("text", "surface", "kind", "expected"),
    [
        # 14. the old level of a change ahead from a start carried from the sentence before is now
        (
            "С 1 января 2026 года базовая пенсия составит 40 100 тенге. Ее верхний предел будет "
            "поднят со 112% до 119%.",
            "112%",
            "actual",
            TODAY,
        ),
        # look-alikes: the new level keeps the start; a start in the same sentence reads alike
        (
            "С 1 января 2026 года базовая пенсия составит 40 100 тенге. Ее верхний предел будет "
            "поднят со 112% до 119%.",
            "119%",
            "plan",
            (date(2026, 1, 1), None),
        ),
        (
            "С 1 января 2026 года тариф вырастет с 80 до 95 тенге.",
            "80",
            "actual",
            TODAY,
        ),
    ],
)
def test_real17_ru_old_level_before_start(
    text: str, surface: str, kind: str, expected: tuple[date | None, date | None]
) -> None:
    figure = _by_surface(text, surface)
    assert (figure.kind, _span(figure)) == (kind, expected)
