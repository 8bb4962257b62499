"""Periods, kinds and units seen on real stored Russian pages (round real21: health, schools, housing
queues, food prices, city transport, 2013-2025), in sentences of our own. Labelled by
tests/realworld/FORMAT.md:
  1. "за прошедшую/минувшую неделю" is the week up to the report, as "за последнюю неделю" already
     was; a bare "за неделю" of a weekly price report too, for its own clause only (the sentences
     after it keep their own period); "за неделю до выборов" is no span;
  2. "на первое сентября", the first day written as a word, is the stock's day, as "на 1 сентября";
  3. a data rate ("94 мегабита в секунду", a tariff "на 100 мегабит", "20 Гбит") is "other", not a count;
  4. a speech tag after the clause ("..., добавила министр", "— уточнил аким") is no past deed: the
     clause's plan keeps its kind; "добавили 12 автобусов" is still a deed;
  6. a cardinal's case ending glued by a hyphen ("4-х жилых домов", "5-ти", "7-ми", "2-ух") is the
     number, read as "5-этажный" already was; "5-х классов", "90-х годов" stay ordinals, no figure;
  7. a figure opening its sentence before the verb ("12 млрд тенге составили инвестиции в отрасль",
     "На 4,2% подорожали молочные продукты") names the subject told after the verb;
  8. "по итогам 2026 года / текущего года" before a future verb ("уровень газификации вырастет до
     64,3%") is the year's expected result, a forecast, as "в результате" is; "по итогам 2024 года
     ... составил" stays a deed, and a future verb with no such phrase keeps its plan;
  9. "год назад" after a year long past ("В 2022 году отремонтировали 610 км, год назад — 700 км, в
     этом году — 900 км") is the year before the report, not the year before 2022; "годом ранее" is
     still the year before the year named, and "год назад" beside a span of this year its span a year
     back;
 10. "поможет/помогут" before an infinitive ("поможет улучшить жизнь 58 тысяч жителей") is an
     expected result, a forecast, as "позволит" is; "помогут 300 пожилым людям" (help given) is not;
 11. a lead with no figure that names a span from 1 January anywhere in it ("Статистики подсчитали,
     как изменились цены с начала текущего года") frames the figures after it, as it did opening the
     sentence; with a frame already set, or with a figure of its own, it measures its own clause;
 12. a source opening a sentence with "Как отмечают / подчеркнули / уточнили ..., " is passed over as
     "Как сообщили ..., " was: the span after it opens the sentence and frames a list after it;
  5. "10 из 13 школ, запланированных на 2025 год": the planned whole named after its part, its
     participle after the noun, is the plan; the part done is this year's plan done so far (1 January
     to the report), actual.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators
from tests.figure_lookup import figure_by_surface
from tests.figure_lookup import span as _span

P = date(2025, 10, 24)
TODAY = (P, P)
WEEK = (date(2025, 10, 17), P)
YEAR = (date(2025, 1, 1), date(2025, 12, 31))
SO_FAR = (date(2025, 1, 1), P)


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # 1. the week up to the report
        ("За прошедшую неделю гречка подорожала на 1,4%.", "1,4%", WEEK),
        ("За минувшую неделю в области выявили 36 случаев кори.", "36", WEEK),
        ("По данным статистиков, за прошедшую неделю цены на сахар выросли на 0,3%.", "0,3%", WEEK),
        ("За неделю рост цен на продукты составил 0,4%.", "0,4%", WEEK),
        # ... a bare "за неделю" dates its own clause only
        (
            "За неделю рост цен на продукты составил 0,4%. Сильнее всего с начала года подорожал лук — на 38%.",
            "38%",
            (date(2025, 1, 1), P),
        ),
        (
            "За неделю рост цен на продукты составил 0,4%. На складах хранится 12 тыс. тонн зерна.",
            "12 тыс. тонн",
            TODAY,
        ),
        # look-alikes: the last week and the last month as before
        ("За последнюю неделю гречка подорожала на 1,4%.", "1,4%", WEEK),
        ("За последний месяц в город прибыли 900 туристов.", "900", (date(2025, 9, 24), P)),
        # 2. the first of a month written as a word
        (
            "В начале года в очереди на жилье стояли 19 тыс. человек. На первое сентября — 20 412 человек.",
            "20 412",
            (date(2025, 9, 1), date(2025, 9, 1)),
        ),
        (
            "По состоянию на первое октября в школах области учились 312 тыс. детей.",
            "312 тыс.",
            (date(2025, 10, 1), date(2025, 10, 1)),
        ),
        # look-alike: the day in digits
        (
            "На 1 сентября в очереди на жилье стояли 20 412 человек.",
            "20 412",
            (date(2025, 9, 1), date(2025, 9, 1)),
        ),
    ],
)
def test_real21_ru_periods(text: str, surface: str, expected: tuple[date | None, date | None]) -> None:
    assert _span(figure_by_surface(text, surface, P)) == expected


def test_real21_ru_week_before_a_day_is_no_span() -> None:
    # "за неделю до выборов": a week before a day, not the week up to the report
    figure = figure_by_surface("В 2024 году за неделю до выборов открыли 14 участков.", "14", P)
    assert _span(figure) == (date(2024, 1, 1), date(2024, 12, 31))


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        (
            "Скорость доступа в сельских школах достигла 94 мегабита в секунду.",
            "94 мегабита в секунду",
            "other",
        ),
        ("Провайдер подключил больницы по тарифу на 100 мегабит.", "100 мегабит", "other"),
        ("Пропускная способность канала составляет 20 Гбит.", "20 Гбит", "other"),
        ("Скорость доступа выросла до 150 мегабит в секунду.", "150 мегабит в секунду", "other"),
        # look-alikes: a speed with its slash, a count of subscribers
        ("Средняя скорость составила 60 Мбит/с.", "60 Мбит/с", "other"),
        ("К сети подключено 120 тыс. абонентов.", "120 тыс.", "count"),
    ],
)
def test_real21_ru_data_rates(text: str, surface: str, unit: str) -> None:
    assert figure_by_surface(text, surface, P).unit == unit


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        # 4. a speech tag after the clause is no deed
        (
            "На втором этапе планируется продолжить строительство и дооснащение 1,8 тыс. сельских "
            "объектов, добавила министр.",
            "1,8 тыс.",
            "plan",
        ),
        (
            "В следующем году предстоит продолжить ремонт 42 поликлиник, уточнил вице-министр.",
            "42",
            "plan",
        ),
        (
            "Планируется продолжить модернизацию 15 котельных, — пояснил аким.",
            "15",
            "plan",
        ),
        # look-alikes: the same verbs of a deed done
        ("В этом году на маршруты добавили 12 автобусов.", "12", "actual"),
        ("На линию уже вышли 30 новых автобусов, добавил аким.", "30", "actual"),
        # 5. the planned whole after its part
        ("Объявлен конкурс на строительство 10 из 13 школ, запланированных на 2025 год.", "13", "plan"),
        ("Открыты 3 из 7 амбулаторий, предусмотренных на 2025 год.", "7", "plan"),
        # look-alikes: the part; a whole with no planning word
        ("Объявлен конкурс на строительство 10 из 13 школ, запланированных на 2025 год.", "10", "actual"),
        ("Открыты 3 из 7 амбулаторий района.", "7", "actual"),
    ],
)
def test_real21_ru_kinds(text: str, surface: str, kind: str) -> None:
    assert figure_by_surface(text, surface, P).kind == kind


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # 5. the part done of this year's plan runs to the report; the whole keeps its year
        ("Объявлен конкурс на строительство 10 из 13 школ, запланированных на 2025 год.", "10", SO_FAR),
        ("Объявлен конкурс на строительство 10 из 13 школ, запланированных на 2025 год.", "13", YEAR),
        ("Открыты 3 из 7 амбулаторий, предусмотренных на 2025 год.", "3", SO_FAR),
        # look-alikes: a part still to come stays a plan of the year; a part of a plan for a year
        # already over keeps that year
        ("Построят 3 из 7 школ, запланированных на 2025 год.", "3", YEAR),
        (
            "В 2024 году открыты 3 из 7 амбулаторий, предусмотренных на 2024 год.",
            "3",
            (date(2024, 1, 1), date(2024, 12, 31)),
        ),
    ],
)
def test_real21_ru_part_of_this_years_plan(
    text: str, surface: str, expected: tuple[date | None, date | None]
) -> None:
    assert _span(figure_by_surface(text, surface, P)) == expected


def test_real21_ru_no_new_figures_from_the_rules() -> None:
    # the week and the first-day rules add no figure of their own
    text = "За неделю цены не изменились. На первое сентября данных нет."
    assert extract_indicators(text, P) == []


@pytest.mark.parametrize(
    ("text", "surface", "value", "item"),
    [
        # 6. a cardinal's case ending
        ("Завершается строительство 4-х жилых домов.", "4-х", 4, "жилых домов"),
        (
            "В селе открыли 3-х уровневый спортивный комплекс и 2-х новых амбулаторий.",
            "2-х",
            2,
            "новых амбулаторий",
        ),
        ("В районе ведется ремонт 8-ми школ.", "8-ми", 8, "школ"),
        ("Проект рассчитан на 2-ух операторов.", "2-ух", 2, "операторов"),
    ],
)
def test_real21_ru_cardinal_case_endings(text: str, surface: str, value: float, item: str) -> None:
    figure = figure_by_surface(text, surface, P)
    assert figure.value == value
    assert figure.unit == "count"
    assert figure.item == item


@pytest.mark.parametrize(
    "text",
    [
        # look-alikes: ordinals ending in "-х"
        "Учащиеся 5-х классов написали пробный тест.",
        "Студенты 2-х курсов прошли практику.",
        "Завод работал с 90-х годов.",
        "Итоги 3-х кварталов подведут позже.",
    ],
)
def test_real21_ru_ordinal_x_is_no_figure(text: str) -> None:
    assert extract_indicators(text, P) == []


@pytest.mark.parametrize(
    ("text", "surface", "item"),
    [
        # 7. the subject after the verb
        ("12 млрд тенге составили инвестиции в отрасль.", "12 млрд тенге", "инвестиции в отрасль"),
        ("На 4,2% подорожали молочные продукты с начала года.", "4,2%", "молочные продукты"),
        ("Около 3,5 тыс. человек получили жилье за год.", "3,5 тыс.", "человек получили жилье"),
        ("Более 7 млрд тенге достигло финансирование программы.", "7 млрд тенге", "финансирование программы"),
        # look-alikes: a subject before the figure; a count with its noun and verb after it, as before
        ("Инвестиции в отрасль составили 12 млрд тенге.", "12 млрд тенге", "Инвестиции в отрасль"),
        ("240 семей получили ключи от квартир.", "240", "семей получили ключи"),
    ],
)
def test_real21_ru_figure_opening_its_sentence(text: str, surface: str, item: str) -> None:
    assert figure_by_surface(text, surface, P).item == item


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        # 8. the year's expected result
        ("По итогам 2025 года уровень газификации области вырастет до 71,2%.", "71,2%", "forecast"),
        ("По итогам текущего года доля переработки увеличится до 38%.", "38%", "forecast"),
        ("По итогам года охват интернетом сел составит 96%.", "96%", "forecast"),
        # look-alikes: a past result, a future with no result phrase, a past year's result
        ("По итогам 2024 года экспорт зерна составил 11 млн тонн.", "11 млн тонн", "actual"),
        (
            "С 1 января 2026 года месячный расчетный показатель вырастет до 4 400 тенге.",
            "4 400 тенге",
            "plan",
        ),
        ("По итогам 2024 года в области открыли 16 школ.", "16", "actual"),
    ],
)
def test_real21_ru_year_result_ahead(text: str, surface: str, kind: str) -> None:
    assert figure_by_surface(text, surface, P).kind == kind


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # 9. a year ago from the report
        (
            "В 2022 году отремонтировали 610 км дорог, год назад — 700 км, в этом году — 900 км.",
            "700 км",
            (date(2024, 1, 1), date(2024, 12, 31)),
        ),
        (
            "В 2021 году в области открыли 12 школ. Год назад открыли 15 школ.",
            "15",
            (date(2024, 1, 1), date(2024, 12, 31)),
        ),
        # look-alikes: "годом ранее" from the year named; a year ago beside a span of this year
        (
            "В 2022 году отремонтировали 610 км дорог, годом ранее — 540 км.",
            "540 км",
            (date(2021, 1, 1), date(2021, 12, 31)),
        ),
        (
            "На 1 октября безработица составила 4,7%. Год назад — 4,9%.",
            "4,9%",
            (date(2024, 10, 1), date(2024, 10, 1)),
        ),
    ],
)
def test_real21_ru_a_year_ago(text: str, surface: str, expected: tuple[date | None, date | None]) -> None:
    assert _span(figure_by_surface(text, surface, P)) == expected


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        # 10. an expected result
        ("Новые котельные помогут снизить выбросы на 12%.", "12%", "forecast"),
        ("Всё это поможет улучшить условия жизни 41 тысячи сельчан.", "41 тысячи", "forecast"),
        ("Мост поможет сократить путь на 25 км.", "25 км", "forecast"),
        # look-alikes: help given to someone, help given in the past
        ("В декабре волонтеры помогут 300 пожилым людям.", "300", "plan"),
        ("В прошлом году фонд помог 1200 семьям.", "1200", "actual"),
    ],
)
def test_real21_ru_expected_help(text: str, surface: str, kind: str) -> None:
    assert figure_by_surface(text, surface, P).kind == kind


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # 11. a figureless lead's span from 1 January
        (
            "Статистики подсчитали, как изменились цены на продукты с начала текущего года.\n"
            "Так, гречка подорожала на 6,1%, а сахар подешевел на 2,2%.",
            "2,2%",
            SO_FAR,
        ),
        (
            "Цены на овощи с начала года заметно выросли.\nКартофель подорожал на 14%.",
            "14%",
            SO_FAR,
        ),
        # look-alikes: the lead with a figure of its own; a frame already set by a month
        (
            "Цены на овощи с начала года выросли на 9%.\nЗа сентябрь картофель подорожал на 4%.",
            "4%",
            (date(2025, 9, 1), date(2025, 9, 30)),
        ),
        (
            "В сентябре инфляция составила 0,8%.\nЦены на овощи с начала года заметно выросли.\n"
            "Картофель подорожал на 3%.",
            "3%",
            (date(2025, 9, 1), date(2025, 9, 30)),
        ),
    ],
)
def test_real21_ru_figureless_lead_since_new_year(
    text: str, surface: str, expected: tuple[date | None, date | None]
) -> None:
    assert _span(figure_by_surface(text, surface, P)) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # 12. a source opening the sentence
        (
            "Как отмечают статистики, за последнюю неделю подорожали:\n- гречка — на 1,3%;\n- лук — на 0,9%.",
            "0,9%",
            WEEK,
        ),
        (
            "Как подчеркнули в акимате, с начала года в области:\n- открыто 4 школы;\n- отремонтировано 17 дорог.",
            "17",
            SO_FAR,
        ),
        # look-alike: the source the rule already knew
        (
            "Как сообщили статистики, за последнюю неделю подорожали:\n- гречка — на 1,3%;\n- лук — на 0,9%.",
            "0,9%",
            WEEK,
        ),
    ],
)
def test_real21_ru_source_opening(text: str, surface: str, expected: tuple[date | None, date | None]) -> None:
    assert _span(figure_by_surface(text, surface, P)) == expected
