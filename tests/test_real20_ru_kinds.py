"""Kinds seen on real stored Russian pages (round real20ru2: roads, housing programmes, schools,
water supply, energy projects, budgets, 2013-2026), in sentences of our own. Labelled by
tests/realworld/FORMAT.md:
  1. a capitalised part of a name a hyphen joins on ("трассы Талдыкорган-Ушарал") is a name, not a
     past verb in "-ал" that makes the length of a planned repair actual;
  2. money "выделяется" (being given) for building, and money "для реализации N проектов", are a
     plan; so is money a past decision or promise binds one to give ("решил направить");
  3. the flats a block under way or to come will hold ("строят 5 домов - 640 квартир", "дома на 96
     квартир") are its capacity, a plan; the count of blocks under way is a present state;
  4. a year's "г." before a word no name is ends the sentence, and a short adjective of a state
     ("доступны") tells the present: the plan of the sentence before does not carry onto it;
  5. an outlook in a relative clause ("..., реализация которых позволит ...") is not the kind of the
     count outside it;
  6. "предоставят", "прекратят": the prefix "пре-" makes a perfective future too;
  7. the size of a project whose building has begun, told in the next sentence ("Данный проект
     протяженностью 120 км"), is a plan;
  8. a state in the present "к концу 2024 года", told after that day, is where things stood, not a
     goal; the level "Для достижения 95% ..." names is the goal;
  9. participles joined by "и" after one "будут" share it;
 10. the whole of a part, named with a participle after it ("6 из 9 поликлиник, запланированных на
     2026 год"), is the plan.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface
from tests.figure_lookup import span as _span

P = date(2025, 8, 12)
TODAY = (P, P)


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        # 1. hyphen-joined names
        (
            "Также намечено завершить реконструкцию трассы Талдыкорган-Карабулак-Ушарал длиной 48 км.",
            "48 км",
            "plan",
        ),
        (
            "Кроме того, планируется закончить ремонт участка Аягоз-Бахтыбай-Жанатал протяженностью 12 км.",
            "12 км",
            "plan",
        ),
        ("Дорогу Алматы-Текели протяженностью 40 км сдали в прошлом году.", "40 км", "actual"),
        # 2. money being given, for projects, or bound by a decision
        (
            "Дополнительно 900 млн тенге выделяется из областного бюджета на строительство котельной.",
            "900 млн тенге",
            "plan",
        ),
        (
            "Для реализации 14 проектов по водоснабжению из местного бюджета выделено 4,3 млрд тенге.",
            "4,3 млрд тенге",
            "plan",
        ),
        ("Акимат решил направить на ремонт школ 1,2 млрд тенге.", "1,2 млрд тенге", "plan"),
        ("Фонд пообещал выделить 300 млн тенге на новые автобусы.", "300 млн тенге", "plan"),
        ("В 2023 году для реализации 14 проектов было выделено 4,3 млрд тенге.", "4,3 млрд тенге", "actual"),
        # 3. flats of blocks under way or to come
        ("Сейчас в Актобе строят 5 домов - 640 квартир.", "640", "plan"),
        ("Сейчас в Актобе строят 5 домов - 640 квартир.", "5", "actual"),
        ("В селах района возводятся два дома на 96 квартир.", "96", "plan"),
        ("Выделено 2 млрд тенге на строительство арендного дома на 120 квартир.", "120", "plan"),
        ("В прошлом месяце в Кокшетау сдан дом на 120 квартир.", "120", "actual"),
        ("В микрорайоне стоят 12 домов - 900 квартир.", "900", "actual"),
        # 4. a year's "г." ending the sentence; "доступны"
        (
            "Еще 12 сел планируется подключить к водопроводу в 2026 г. Среди 300 сел района вода подается в 288.",
            "288",
            "actual",
        ),
        (
            "В 2026 году планируется подключить еще 12 поселков. Услуги связи доступны в 412 поселках области.",
            "412",
            "actual",
        ),
        # (what a plan named before holds is the plan: "Он включает ...")
        ("Область утвердила план на 2027 год. Он включает 9 детских садов.", "9", "plan"),
        # 5. an outlook in a relative clause
        (
            "В районе 9 проектов по газификации, реализация которых позволит подключить новые дома.",
            "9",
            "actual",
        ),
        ("Реализуются 9 проектов, которые позволят подключить 4 000 домов.", "4 000", "forecast"),
        # 6. "пре-" futures
        ("В апреле очередникам предоставят 240 квартир.", "240", "plan"),
        ("Власти прекратят выдачу 300 лицензий.", "300", "plan"),
        # 7. the size of a project begun, told next
        (
            "В области начато строительство новой трассы. Данный проект протяженностью 120 км соединит два района.",
            "120 км",
            "plan",
        ),
        (
            "В 2020 году трасса была построена. Данный проект протяженностью 120 км соединил два района.",
            "120 км",
            "actual",
        ),
        # 8. a state by a day gone; the level a purpose names
        (
            "По данным министерства, к концу 2024 года 98,1% сельских жителей имеют доступ к интернету.",
            "98,1%",
            "actual",
        ),
        ("К концу 2027 года доля сельских жителей с интернетом должна достичь 99%.", "99%", "target"),
        ("Для достижения 95% охвата к 2027 году построят 30 водопроводов.", "95%", "target"),
        ("Для достижения 95% охвата к 2027 году построят 30 водопроводов.", "30", "plan"),
        # 9. participles joined by "и" after "будут"
        ("На эти деньги будут заменены 14 котлов и отремонтированы 6 котельных.", "6", "plan"),
        ("В прошлом году заменены 14 котлов и отремонтированы 6 котельных.", "6", "actual"),
        # 10. the whole of a part, with the participle after it
        ("Начато строительство 6 из 9 поликлиник, запланированных на 2026 год.", "9", "plan"),
        ("Открыто 6 из 9 поликлиник района.", "9", "actual"),
    ],
)
def test_real20_ru_kind(text: str, surface: str, kind: str) -> None:
    assert figure_by_surface(text, surface, P, language="ru").kind == kind


def test_real20_ru_future_month_ahead() -> None:
    """ "В апреле ... предоставят" told in February is the coming April, not last year's."""
    figure = figure_by_surface(
        "В апреле очередникам предоставят 240 квартир.", "240", date(2025, 2, 20), language="ru"
    )
    assert _span(figure) == (date(2025, 4, 1), date(2025, 4, 30))


def test_real20_ru_year_abbreviation_before_a_name_keeps_the_sentence() -> None:
    """ "В 2024 г. Казахстан экспортировал ...": a name after the year's "г." goes on in the sentence."""
    figure = figure_by_surface(
        "В 2024 г. Казахстан экспортировал 9 млн тонн зерна.", "9 млн тонн", P, language="ru"
    )
    assert _span(figure) == (date(2024, 1, 1), date(2024, 12, 31))
    assert figure.kind == "actual"


def test_real20_ru_present_state_after_plan_is_today() -> None:
    figure = figure_by_surface(
        "Еще 12 сел планируется подключить к водопроводу в 2026 г. Среди 300 сел района вода подается в 288.",
        "288",
        P,
        language="ru",
    )
    assert _span(figure) == TODAY


LAW_THEN_LIST = (
    "Рост связан с законом о бюджете, который 9 декабря 2025 года подписал Президент.\n"
    "С 1 января 2026 года действуют такие размеры выплат:\n"
    "- базовая пенсия — 36 100 тенге;\n"
    "- пособие по уходу — 48 200 тенге;\n"
    "Минимальная зарплата не изменилась и составляет 85 000 тенге."
)


@pytest.mark.parametrize("surface", ["36 100 тенге", "48 200 тенге", "85 000 тенге"])
def test_real20_ru_list_lead_start_dates_its_rates(surface: str) -> None:
    """The day a law was signed, told in a relative clause ("который 9 декабря 2025 года подписал"),
    dates nothing after it; the list's lead "С 1 января 2026 года ...:" dates the rates it lists."""
    figure = figure_by_surface(LAW_THEN_LIST, surface, date(2026, 1, 3), language="ru")
    assert _span(figure) == (date(2026, 1, 1), None)


def test_real20_ru_list_lead_start_after_a_year_scope() -> None:
    text = LAW_THEN_LIST.replace("который 9 декабря 2025 года подписал Президент", "принятым в 2025 году")
    figure = figure_by_surface(text, "36 100 тенге", date(2026, 1, 3), language="ru")
    assert _span(figure) == (date(2026, 1, 1), None)


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        # the gap there is now, named as what a project will close
        ("Новая ТЭЦ позволит закрыть имеющийся дефицит в объеме 400 млн кВтч.", "400 млн кВтч", "actual"),
        ("Подстанция покроет существующий дефицит мощности в 120 МВт.", "120 МВт", "actual"),
        ("Новая ТЭЦ позволит выработать 400 млн кВтч.", "400 млн кВтч", "forecast"),
        # the share a purpose aims at
        ("Акимат принимает меры для обеспечения сел 100%-ным доступом к связи.", "100%", "target"),
        ("Для обеспечения 500 семей жильем выделено 2 млрд тенге.", "500", "actual"),
    ],
)
def test_real20_ru_kind_now_and_aim(text: str, surface: str, kind: str) -> None:
    assert figure_by_surface(text, surface, P, language="ru").kind == kind


def test_real20_ru_old_level_keeps_its_own_year() -> None:
    """ "выросла с 95,1% в 2020 году до 98,6%": 2020 is the old level's; the new one is not a year
    earlier or later than it says."""
    text = "Сейчас обеспеченность водой выросла с 95,1% в 2020 году до 98,6%."
    assert _span(figure_by_surface(text, "95,1%", P, language="ru")) == (date(2020, 1, 1), date(2020, 12, 31))
    assert _span(figure_by_surface(text, "98,6%", P, language="ru")) != (date(2020, 1, 1), date(2020, 12, 31))


@pytest.mark.parametrize(
    ("text", "surface", "is_change"),
    [
        ("Жителей ежегодно становится больше на 180 тыс., прирост в среднем 0,9%.", "0,9%", True),
        ("Прирост выпуска в среднем составляет 2,3%.", "2,3%", True),
        ("Снижение ставки до 12% обсуждают.", "12%", False),
    ],
)
def test_real20_ru_change_noun_before_amount(text: str, surface: str, is_change: bool) -> None:
    assert figure_by_surface(text, surface, P, language="ru").is_change is is_change


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        # a one-word name in quotes is no past verb in "-ла": the plan word before it decides
        (
            "Планируется открытие детского сада в микрорайоне «Самал» Алатауского района на 240 мест.",
            "240",
            "plan",
        ),
        (
            "Планируется открытие школы в поселке «Арал» Кармакшинского района на 600 мест.",
            "600",
            "plan",
        ),
        ("«Открыли 3 школы», – сказал аким.", "3", "actual"),
        # two capacities told with one noun, of buildings under way
        ("Два детских сада (на 160 и 240 мест) строятся в Талгаре.", "160", "plan"),
        # a decision to give money for building, and the capacity of what it builds
        (
            "Принято решение о выделении 1,8 млрд тенге на строительство в Сатпаеве детского сада на 200 мест.",
            "1,8 млрд тенге",
            "plan",
        ),
        (
            "Принято решение о выделении 1,8 млрд тенге на строительство в Сатпаеве детского сада на 200 мест.",
            "200",
            "plan",
        ),
        ("В Сатпаеве работает детский сад на 200 мест.", "200", "actual"),
    ],
)
def test_real20_ru_kind_names_and_capacities(text: str, surface: str, kind: str) -> None:
    assert figure_by_surface(text, surface, P, language="ru").kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "За три года в области планируется построить 18 поликлиник.",
        "18 поликлиник планируется построить за 3 года.",
        "В течение трех лет будут построены 18 поликлиник.",
    ],
)
def test_real20_ru_years_ahead_of_a_plan(text: str) -> None:
    """ "за три года" of a plan with no run of years named before it: the three years from publication."""
    figure = figure_by_surface(text, "18", P, language="ru")
    assert _span(figure) == (P, date(2028, 8, 12))


def test_real20_ru_years_span_closing_named_years() -> None:
    text = "В 2026–2028 годах будет выделено 15 млрд тенге. Всего за три года будет построено 40 школ."
    assert _span(figure_by_surface(text, "40", P, language="ru")) == (date(2026, 1, 1), date(2028, 12, 31))


def test_real20_ru_raise_from_new_year_dates_the_list_after_a_heading() -> None:
    """A heading "с начала года" with no figure, then "Также с 1 января увеличены размеры пособий. В
    частности:": the raise's day dates the list; the old amount of "выросло со X до Y" is last year's."""
    text = (
        "Выплаты с начала года\n"
        "Также с 1 января повышены размеры социальных пособий. В частности:\n"
        "- пособие по уходу выросло с 52 100 до 57 300 тенге,\n"
        "- пособие многодетным — с 64 000 до 70 400 тенге."
    )
    published = date(2026, 1, 4)
    new = figure_by_surface(text, "57 300 тенге", published, language="ru")
    old = figure_by_surface(text, "52 100", published, language="ru")
    assert _span(new) == (date(2026, 1, 1), None)
    assert _span(old) == (date(2025, 1, 1), date(2025, 12, 31))


RATES_LIST = (
    "С 1 января 2026 года действуют новые размеры:\n"
    "- базовая пенсия — 36 100 тенге (32 800 тенге);\n"
    "- прожиточный минимум — 50 900 тенге (46 300 тенге);"
)


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("36 100 тенге", (date(2026, 1, 1), None)),
        ("32 800 тенге", (date(2025, 1, 1), date(2025, 12, 31))),
        ("46 300 тенге", (date(2025, 1, 1), date(2025, 12, 31))),
    ],
)
def test_real20_ru_bracketed_former_amount(surface: str, expected: tuple[date | None, date | None]) -> None:
    """An amount alone in brackets after one in force from New Year's day is the one it replaced."""
    assert _span(figure_by_surface(RATES_LIST, surface, date(2026, 1, 3), language="ru")) == expected


@pytest.mark.parametrize(
    ("text", "surface", "kind", "span"),
    [
        (
            "До конца года газ подведут к 60 селам численностью 210 тыс. человек.",
            "210 тыс.",
            "actual",
            TODAY,
        ),
        (
            "Новый водовод позволит подать воду в 14 сел с населением 36 тысяч человек.",
            "36 тысяч",
            "actual",
            TODAY,
        ),
        (
            "В 2018 году газ подвели к 20 селам с населением 50 тыс. человек.",
            "50 тыс.",
            "actual",
            (date(2018, 1, 1), date(2018, 12, 31)),
        ),
    ],
)
def test_real20_ru_residents_of_planned_places_live_there_now(
    text: str, surface: str, kind: str, span: tuple[date | None, date | None]
) -> None:
    figure = figure_by_surface(text, surface, P, language="ru")
    assert (figure.kind, _span(figure)) == (kind, span)


BUDGET_AHEAD = (
    "Областной бюджет на 2027 год определён в объеме 512,4 млрд тенге. "
    "Так, на социальную сферу направили 301,7 млрд тенге. Из них на образование — 240,2 млрд тенге."
)


@pytest.mark.parametrize("surface", ["301,7 млрд тенге", "240,2 млрд тенге"])
def test_real20_ru_money_a_budget_ahead_directs_is_planned(surface: str) -> None:
    """Money "направили" under a budget for a year ahead is set aside for that year, a plan of it
    (it was read as a deed with no date)."""
    figure = figure_by_surface(BUDGET_AHEAD, surface, P, language="ru")
    assert (figure.kind, _span(figure)) == ("plan", (date(2027, 1, 1), date(2027, 12, 31)))


def test_real20_ru_past_level_under_a_plan_year_keeps_its_reading() -> None:
    """The rule it refines: a level told in the past under a plan year ahead is no plan of it."""
    text = "В следующем году намерены закупить 40 автобусов. Наполняемость салонов составляла 60%."
    figure = figure_by_surface(text, "60%", P, language="ru")
    assert figure.kind == "actual"
