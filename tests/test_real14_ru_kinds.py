"""Kind and value classes seen on real stored Russian news pages (round real14ru2: akimat,
ministry and budget pages, 2016-2025), in sentences of our own. Labelled by
tests/realworld/FORMAT.md:
  1. "Сегодня необходимо реализовать ещё 40 проектов", "Сейчас планируется открыть 5 школ": a plan
     predicate after "сегодня/сейчас" keeps the plan ("сегодня" only dates the telling);
  2. the members of a list opened by a planning or outlook lead ("Необходимо построить ещё 20
     школ:", "По итогам года ожидается рост по отраслям:") that tell no verb of their own are of
     the lead's kind; a lead that tells a deed or only looks like a verb ("выглядят так:") gives none;
  3. "поручил выделить 200 млрд тенге", "поручаю направить", "Президентом поручено выделить":
     money ordered to be allocated is a plan ("поручил сократить на 20%" stays a goal, and "По
     поручению Главы государства строятся 40 школ" tells no goal);
  4. the worth of works or projects under way told with "на" ("продолжается ремонт на сумму 2 млрд",
     "реализуется 12 проектов на 90 млрд") and the seats of schools under construction ("на 900
     ученических мест") are a plan; goods named in a bracket after the figure ("(стекло, ...)")
     are no past;
  5. "необходимое оборудование" is no plan cue (only the predicate "необходимо" is);
  6. "тысячах", "миллионах", "миллионом": every case of a scale word scales its number;
  7. a site name opening with digits ("передает 24.kz") is no figure;
  8. "За счет этого доля вырастет на 1-3%": what follows from what was told is an outlook, and the
     range's high end is a change as its low end;
  9. "(89% в 2020 году)" beside an outlook: the level of a year gone by is what was;
  10. "Бюджет отрасли в этом году составляет 90 млрд тенге": the budget of the year under way is a plan;
  11. "Система предусматривает субсидирование премий в размере 50%": a rate a rule in force
      provides for is what holds at publication;
  12. "простых", "электростанции": a change stem ("рост") inside another word tells no change
      ("нарастили" is a change verb of its own);
  13. "на один процентный пункт": a number word before "процентный пункт" is points; "четыре с
      половиной миллиона" is 4.5 million;
  14. "В базовом сценарии инфляция снизится до 4%": a scenario's outcome is a forecast; "таргет"
      is a goal;
  15. "Реальный рост ВВП составит 4%", "Инфляция в 2026 году замедлится до 6%": what the economy
      as a whole will do is a forecast ("дефицит бюджета составит" stays a plan);
  16. "На 75% эту задачу уже выполнили": how far a goal was met is a deed ("выполнил задачу –
      снизить на 25%" keeps the goal's level);
  17. a Russian deadline carried from another sentence sets no goal for a figure told later
      ("Ранее сообщалось, что открыто 660 отделений" after "до конца года");
  18. "Реализуется 26 инвестиционных проектов на общую сумму 12,7 млрд" (words between the count
      and "проектов") and "на реализацию 65 проектов выделено 18 млрд" (not "за три года") are plans.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicator_record import Indicator
from etl.extract.indicators import extract_indicators
from tests.figure_lookup import figure_by_surface
from tests.figure_lookup import span as _span

P = date(2024, 5, 14)
TODAY = (P, P)
YEAR = (date(2024, 1, 1), date(2024, 12, 31))


def _by_surface(text: str, surface: str, published: date = P) -> Indicator:
    return figure_by_surface(text, surface, published, "", None)


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        # 1. a plan told today
        ("Сегодня необходимо реализовать ещё 40 проектов на сумму 310 млрд тенге.", "40", "plan"),
        ("Сегодня необходимо реализовать ещё 40 проектов на сумму 310 млрд тенге.", "310 млрд тенге", "plan"),
        ("На сегодня планируется открыть 5 поликлиник.", "5", "plan"),
        ("Сейчас предстоит отремонтировать 120 км дорог.", "120 км", "plan"),
        # look-alikes: what stands today, and a plan's size named beside what is done
        ("Сегодня в районе работают 14 котельных.", "14", "actual"),
        ("На сегодня из запланированных 120 объектов введено 80.", "80", "actual"),
        # 2. members of a list under a planning or outlook lead
        (
            "В области необходимо построить ещё 20 школ:\nшесть школ на сумму около 30 млрд тенге за счёт займов;\n"
            "восемь школ за счёт местного бюджета на сумму 25 млрд тенге.",
            "30 млрд тенге",
            "plan",
        ),
        (
            "В области необходимо построить ещё 20 школ:\nшесть школ на сумму около 30 млрд тенге за счёт займов;\n"
            "восемь школ за счёт местного бюджета на сумму 25 млрд тенге.",
            "25 млрд тенге",
            "plan",
        ),
        ("По итогам года ожидается рост по отраслям:\nстроительство – 8%;\nторговля – 5%.", "8%", "forecast"),
        ("По итогам года ожидается рост по отраслям:\nстроительство – 8%;\nторговля – 5%.", "5%", "forecast"),
        # look-alikes: a lead of deeds, a lead that only looks like a verb, a member with its own past
        (
            "В прошлом году построено 20 школ:\nшесть школ на сумму 30 млрд тенге за счёт займов;\n"
            "восемь школ на сумму 25 млрд тенге.",
            "30 млрд тенге",
            "actual",
        ),
        (
            "По годам объемы выглядят так:\n2021 год – 101 тыс. га;\n2022 год – 250 тыс. га.",
            "250 тыс. га",
            "actual",
        ),
        ("В области работают 40 школ:\nв городе – 25;\nв сёлах – 15.", "25", "actual"),
        # 3. money ordered to be allocated
        (
            "Глава государства поручил выделить 200 млрд тенге на строительство арендного жилья.",
            "200 млрд тенге",
            "plan",
        ),
        (
            "«Поручаю направить 64 млрд тенге на поддержку застройщиков», – сказал Президент.",
            "64 млрд тенге",
            "plan",
        ),
        ("Президентом поручено выделить 41 млрд тенге на кредитное жилье.", "41 млрд тенге", "plan"),
        # look-alikes: an order of a level is a goal; work under way by order is a state
        ("Правительство поручило сократить выбросы на 20% до конца 2027 года.", "20%", "target"),
        ("По поручению Главы государства в регионах строятся 40 школ.", "40", "actual"),
        # 4. the worth of works and projects under way, seats of schools being built
        (
            "В 52 школах продолжается капитальный ремонт на сумму более 2,1 млрд тенге.",
            "2,1 млрд тенге",
            "plan",
        ),
        (
            "К настоящему времени реализуется 12 проектов стройиндустрии на 90 млрд тг (кирпич, стекло, плитка).",
            "90 млрд тг",
            "plan",
        ),
        ("В этом году в области ведется строительство 11 школ на 7300 ученических мест.", "7300", "plan"),
        ("Ведутся работы на 14 объектах на сумму 3 млрд тенге.", "3 млрд тенге", "plan"),
        # look-alikes: bought already; done in a past year; the count of projects
        ("Закуплено оборудование на сумму 2 млрд тенге, продолжается ремонт.", "2 млрд тенге", "actual"),
        ("В 2023 году реализовано 33 проекта на 178 млрд тенге.", "178 млрд тенге", "actual"),
        ("К настоящему времени реализуется 12 проектов стройиндустрии на 90 млрд тг.", "12", "actual"),
        # 5. "необходимое" names what is needed, no plan
        ("В прошлом году приобретено необходимое оборудование для 62 сельских школ.", "62", "actual"),
        # 8. an outcome of what was told
        ("За счет этого доля дорог в хорошем состоянии вырастет на 1-3 процента.", "3 процента", "forecast"),
        ("За счет средств бюджета будет построено 12 школ.", "12", "plan"),
        # 9. a past year's level in a bracket beside an outlook
        (
            "В результате доля дорог в хорошем состоянии увеличится до 91% в 2025 году (87% в 2023 году).",
            "87%",
            "actual",
        ),
        ("Экспорт вырастет до 12 млн тонн в 2026 году (13 млн тонн в 2027 году).", "13 млн тонн", "plan"),
        # 10. the budget of the year under way
        (
            "Бюджет дорожной отрасли по всем программам в этом году составляет 90 миллиардов тенге.",
            "90 миллиардов тенге",
            "plan",
        ),
        ("В прошлом году бюджет района составлял 50 млрд тенге.", "50 млрд тенге", "actual"),
        ("Исполнение бюджета в этом году составляет 40 млрд тенге.", "40 млрд тенге", "actual"),
        # 11. a rate in force
        (
            "Система страхования предусматривает субсидирование страховых премий в размере 50%.",
            "50%",
            "actual",
        ),
        ("Программа предусматривает строительство 12 школ.", "12", "plan"),
        # 14. a scenario's outcome, a target
        ("В базовом сценарии годовая инфляция снизится до 5,5% к концу 2025 года.", "5,5%", "forecast"),
        ("Объявленный правительством 6%-ный таргет роста экономики требует инвестиций.", "6%", "target"),
        # 15. the economy as a whole ahead
        ("Реальный рост ВВП в 2025–2027 годах составит порядка 4,1%.", "4,1%", "forecast"),
        ("Годовая инфляция в 2025 году замедлится до 7%.", "7%", "forecast"),
        ("Объем ВРП области составит 3 трлн тенге.", "3 трлн тенге", "forecast"),
        ("Дефицит бюджета в 2025 году составит 2,5% ВВП.", "2,5%", "plan"),
        ("На 2025 год на ремонт школ выделено 90 млрд тенге.", "90 млрд тенге", "plan"),
        ("Инфляция в прошлом году замедлилась до 8,6%.", "8,6%", "actual"),
        # 18. projects under way, money for projects
        (
            "Реализуется 26 инвестиционных проектов на общую сумму 12,7 млрд тенге, создано 936 рабочих мест.",
            "12,7 млрд тенге",
            "plan",
        ),
        ("По программе на реализацию 65 проектов выделено 18 млрд тенге.", "18 млрд тенге", "plan"),
        (
            "В целом за три года на реализацию 82 проектов выделено 77,2 млрд тенге.",
            "77,2 млрд тенге",
            "actual",
        ),
        (
            "Реализуется 26 инвестиционных проектов на общую сумму 12,7 млрд тенге, создано 936 рабочих мест.",
            "936",
            "actual",
        ),
        # 16. how far a goal was met
        ("На 75% эту задачу уже выполнили.", "75%", "actual"),
        ("Страна выполнила задачу – снизить смертность на 25% к 2025 году.", "25%", "target"),
    ],
)
def test_kind(text: str, surface: str, kind: str) -> None:
    assert _by_surface(text, surface).kind == kind


def test_ordered_money_has_no_period_of_telling() -> None:
    """An order to allocate dates nothing: the money is not a state of the day it was ordered."""
    figure = _by_surface("Президентом поручено выделить 41 млрд тенге на кредитное жилье.", "41 млрд тенге")
    assert _span(figure) == (None, None)


def test_rate_in_force_stands_at_publication() -> None:
    figure = _by_surface(
        "Система страхования предусматривает субсидирование страховых премий в размере 50%.", "50%"
    )
    assert _span(figure) == TODAY


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        # 6. every case of a scale word
        (
            "Кормовые культуры будут засеяны на 188 тысячах гектаров.",
            "188 тысячах гектаров",
            188_000,
            "hectare",
        ),
        ("Речь идет о 2 миллионах тонн зерна.", "2 миллионах тонн", 2_000_000, "tonne"),
        ("Фонд с 1 миллиардом тенге активов открыт в мае.", "1 миллиардом тенге", 1e9, "KZT"),
        # 13. points told with a number word
        ("Регулятор поднял ставку на один процентный пункт.", "один процентный пункт", 1, "percentage_point"),
        ("Ставку снизили на два процента.", "два процента", 2, "percent"),
        # "с половиной" after a number word
        (
            "Охват превысит четыре с половиной миллиона человек.",
            "четыре с половиной миллиона",
            4_500_000,
            "count",
        ),
        ("Цены выросли в два с половиной раза.", "два с половиной раза", 2.5, "times"),
        ("Посевы размещены на 22 тысячах гектаров.", "22 тысячах гектаров", 22_000, "hectare"),
    ],
)
def test_scale_cases(text: str, surface: str, value: float, unit: str) -> None:
    figure = _by_surface(text, surface)
    assert (figure.value, figure.unit) == (value, unit)


@pytest.mark.parametrize(
    "text",
    [
        # 7. a site named with digits is no figure
        "Почти 30 млрд тенге будет вложено в экономику города, передает 24.kz.",
        "По данным 365info.kz, цены выросли на 12,5%.",
    ],
)
def test_site_names_are_no_figures(text: str) -> None:
    surfaces = [i.surface for i in extract_indicators(text, P)]
    assert not any(s in ("24", "365") for s in surfaces), surfaces


@pytest.mark.parametrize(
    ("text", "surface", "change"),
    [
        # 8. the high end of a range of changes
        ("За счет этого доля дорог в хорошем состоянии вырастет на 1-3 процента.", "3 процента", True),
        ("Цены выросли на 1-3%.", "3%", True),
        ("Зарплаты составляют 200-300 тысяч тенге.", "300 тысяч тенге", False),
        # 12. "рост" inside "простых" is no change
        (
            "В рамках программы «Экономика простых вещей» реализуется 33 проекта на 178 млрд тг.",
            "178 млрд тг.",
            False,
        ),
        ("Экспорт вырос на 5%, а импорт — на 3%.", "3%", True),
        ("Солнечные электростанции нарастили выработку на 85%.", "85%", True),
        ("Документ предусматривает возведение солнечной электростанции на 0,3 ГВт.", "0,3 ГВт", False),
    ],
)
def test_change(text: str, surface: str, change: bool) -> None:
    assert _by_surface(text, surface).is_change is change


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        # 17. a deadline carried from the sentence before sets no goal
        (
            "До конца года в области откроют 12 амбулаторий. Ранее сообщалось, что в поликлиниках открыто "
            "660 отделений неотложной помощи.",
            "660",
            "actual",
        ),
        (
            "Регулятор ждет инфляцию в 5,5% к концу 2025 года. Банк объявил о повышении ставки до 16,5%.",
            "16,5%",
            "actual",
        ),
        # look-alike: a deadline in the figure's own sentence with no cue stays a goal
        ("Доля сельских дорог в хорошем состоянии к 2027 году – 80%.", "80%", "target"),
    ],
)
def test_carried_deadline(text: str, surface: str, kind: str) -> None:
    assert _by_surface(text, surface, date(2024, 9, 10)).kind == kind
