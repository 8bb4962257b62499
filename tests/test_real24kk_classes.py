"""Kazakh figures seen wrong on real stored news pages (round real24kk: the leftovers of real23kk), in
sentences of our own.

Labelled by tests/realworld/FORMAT.md:
  1. thousands grouped by commas with a decimal after them ("3,518,4 млн. теңге") or two groups at
     least ("1,250,000 теңге") are one number; they were split into two figures ("3,518" and
     "4 млн. теңге"). One comma alone ("3,5 млн") stays a decimal comma, and a list of small numbers
     ("2,3,4 сынып") is no number.
  2. money given for works, whose verb and purpose come after a list of places joined by commas
     ("1,2 млрд теңге Ақсу, Ертіс аудандарының 6 ауылында, сондай-ақ Май ауданында ... салуға бөлінді"),
     is a plan as it is with one place: the list's commas do not end the money's clause. A comma after
     the money's own verb ("бөлінді, Ақтөбеде ...") still ends it, and money spent stays actual.
  3. a plan named as the subject of a copula ("жылдық жоспар 12,4 млн шаршы метрді құрайды", "Биылғы
     жоспары 300 мың тонна болады", "2023 жылы жоспар 9 млн шаршы метр болды") gives the plan's size, a
     plan; it was read as a level reached. How far a plan was met ("Жоспардың орындалуы 97 пайызды
     құрайды", "Жоспар 97 пайызға орындалып, ... болды") stays actual.
  4. money allocated or provided for ("бөлінген", "қарастырылды") under years from the one under way on
     ("2025-2027 жылдары ...", told in 2025, carried from the sentence before) is set aside, a plan; under
     years wholly past ("2022-2023 жылдары ... бөлінді") it stays actual.
  5. the number of a session, convocation or sitting ("кезекті 14-сессиясы", "7-шақырылым", "31-отырысында")
     is a label, no figure; a count of sessions ("Биыл 9 сессия өтті") stays one.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicator_record import Indicator
from etl.extract.indicators import extract_indicators

P = date(2025, 9, 11)


def _all(text: str, published: date = P) -> list[Indicator]:
    return extract_indicators(text, published, language="kk")


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Жобаның жалпы құны 3,518,4 млн. теңгені құрайды.", "3,518,4 млн. теңгені", 3_518_400_000),
        ("Нысанның құны 1,250,000 теңге болды.", "1,250,000 теңге", 1_250_000),
        ("Құрылысқа 12,300,75 мың теңге жұмсалды.", "12,300,75 мың теңге", 12_300_750),
        ("Жөндеуге 4,120,000,5 теңге бөлінді.", "4,120,000,5 теңге", 4_120_000.5),
        # one comma: a decimal, as before
        ("Жобаға 3,5 млн теңге бөлінді.", "3,5 млн теңге", 3_500_000),
        ("Жобаға 3,518 млрд теңге бөлінді.", "3,518 млрд теңге", 3_518_000_000),
    ],
)
def test_comma_grouped_thousands_are_one_number(text: str, surface: str, value: float) -> None:
    found = _all(text)
    assert [i.surface for i in found] == [surface]
    assert found[0].value == pytest.approx(value)


def test_a_list_of_small_numbers_is_no_grouped_number() -> None:
    found = _all("Ауылда 2,3,4 сынып оқушыларына 450 орындық мектеп салынды.")
    assert 450 in [i.value for i in found]
    assert all(i.value <= 450 for i in found)  # (how the small ones read is not this test's matter)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Оның 1,2 млрд теңгесі Ақсу, Ертіс аудандарының 6 ауылында, сондай-ақ Май ауданында су құбырын "
            "салуға бөлінді.",
            "1,2 млрд теңгесі",
        ),
        (
            "Облысқа 900 млн теңге Шемонаиха, Глубокое аудандарындағы мектептерді жөндеуге бағытталды.",
            "900 млн теңге",
        ),
        (
            "Қаржының 3 млрд теңгесі Қарасу, Әулиекөл, Қостанай аудандарында жол жаңғыртуға бөлінді.",
            "3 млрд теңгесі",
        ),
    ],
)
def test_money_for_works_after_a_list_of_places_is_a_plan(text: str, surface: str) -> None:
    found = [i for i in _all(text) if i.surface == surface]
    assert found and found[0].kind == "plan"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # the money's own verb before the comma: its clause ends there
        (
            "Ауданға 700 млн теңге бөлінді, Ақтөбе қаласында мектеп салуға тағы қаражат керек.",
            "700 млн теңге",
        ),
        # spent, not set aside
        ("Облысқа 1 млрд теңге Ақсу, Ертіс аудандарындағы мектептерді жөндеуге жұмсалды.", "1 млрд теңге"),
    ],
)
def test_money_before_a_comma_of_its_own_or_spent_stays_actual(text: str, surface: str) -> None:
    found = [i for i in _all(text) if i.surface == surface]
    assert found and found[0].kind == "actual"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Бұл ретте 2025 жылға арналған жылдық жоспар 12,4 млн шаршы метрді құрайды.",
            "12,4 млн шаршы метрді",
        ),
        ("Облыстың биылғы жоспары 300 мың тонна болады.", "300 мың тонна"),
        ("2023 жылы жоспар 9 млн шаршы метр болды.", "9 млн шаршы метр"),
        ("Ауданның жоспарлы көрсеткіші 1 200 бас мал құрайды.", "1 200"),
    ],
)
def test_a_plan_as_the_subject_of_a_copula_is_a_plan(text: str, surface: str) -> None:
    found = [i for i in _all(text) if i.surface == surface]
    assert found and found[0].kind == "plan"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Жоспардың орындалуы 97 пайызды құрайды.", "97 пайызды"),
        ("Жоспар 97 пайызға орындалып, өнім 280 мың тонна болды.", "280 мың тонна"),
        ("Өткен жылы егістік 400 мың гектар болды.", "400 мың гектар"),
        # the plan in a clause of its own, the deed's figure after the comma
        (
            "2023 жылы жоспар 8,2 млн шаршы метр болса, нақты көрсеткіш 9,6 млн шаршы метрді құрады.",
            "9,6 млн шаршы метрді",
        ),
    ],
)
def test_a_plan_met_or_no_plan_stays_actual(text: str, surface: str) -> None:
    found = [i for i in _all(text) if i.surface == surface]
    assert found and found[0].kind == "actual"


@pytest.mark.parametrize(
    "text",
    [
        "Басқарма 2025-2027 жылдары бюджет қаражаты қайда жұмсалатынын айтты. Денсаулық саласына 3,6 млрд "
        "теңге қарастырылды.",
        "Басқарма 2025-2027 жылдары бюджет қаражаты қайда жұмсалатынын айтты. Мәдениет саласына 3,6 млрд "
        "теңге бөлінген.",
        "Облыста 2025-2026 жылдары спорт нысандарына 3,6 млрд теңге бөлінді.",
    ],
)
def test_money_set_aside_for_years_from_this_one_on_is_a_plan(text: str) -> None:
    found = [i for i in _all(text) if i.unit == "KZT"]
    assert found and found[0].kind == "plan"


def test_money_allocated_for_past_years_stays_actual() -> None:
    found = [
        i
        for i in _all("Облыста 2022-2023 жылдары спорт нысандарына 3,6 млрд теңге бөлінді.")
        if i.unit == "KZT"
    ]
    assert found and found[0].kind == "actual"


def test_a_session_number_is_no_figure() -> None:
    found = _all(
        "Аудандық мәслихаттың кезекті 14-сессиясы өтті. 7-шақырылым депутаттары 31-отырысында 6 мәселе қарады."
    )
    assert [i.surface for i in found] == ["6"]
    assert [i.value for i in _all("Биыл 9 сессия өтті.")] == [9]
