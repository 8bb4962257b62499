"""Kazakh defect classes seen on real stored news pages (round real11kk), in sentences of our own.

Labelled by tests/realworld/FORMAT.md (published Thursday 12 June 2025):
  1. the year a figure is told in, right before a comparison base ("Биыл өткен жылға қарағанда
     9%-ға көп", "2023 жылы былтырмен салыстырғанда"), is the figure's own: only the base phrase next
     to "қарағанда / салыстырғанда" is the base (the year was lost and the figure dated today).
  2. energy spelt out, "киловат/сағат", "киловатт сағат", is kWh, not a count.
  3. money allocated this year told in a subordinate form ("бөлінгенімен", "бөлінгеніне
     қарамастан") is set aside, a plan, like "бөлінді"; the length of the works it is for
     ("40 шақырым жолды жөндеуге ... бөлінді") is a plan too.
  4. a bracketed breakdown after a Kazakh past verb ("... пайдалануға берілді (2023 жылы 5,1 млн
     шаршы метр ...)") does not hide the verb: the figures are what was done, not the plan a
     participle before them named ("жоспарланған 9 млн шаршы метрдің орнына").
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicator_record import Indicator
from tests.kk_probe_reading import by_surface

P = date(2025, 6, 12)
YEAR_2025 = (date(2025, 1, 1), date(2025, 12, 31))
YEAR_2024 = (date(2024, 1, 1), date(2024, 12, 31))
TODAY = (P, P)


def _by_surface(text: str, surface: str) -> Indicator:
    return by_surface(text, surface, P)


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        ("Биыл өткен жылға қарағанда 9 пайызға көп жүгері жиналды.", "9 пайызға", YEAR_2025),
        ("Биыл былтырға қарағанда ауданда 4,2 пайызға көбірек сүт өндірілді.", "4,2 пайызға", YEAR_2025),
        ("2024 жылы өткен жылмен салыстырғанда 15 пайызға көп турист келді.", "15 пайызға", YEAR_2024),
        ("Биыл 2024 жылға қарағанда облыста 6 пайызға көп пәтер салынды.", "6 пайызға", YEAR_2025),
        # look-alikes: a base with no year of the figure's own before it keeps its reading
        ("Сүт өндірісі өткен жылмен салыстырғанда 3 пайызға өсті.", "3 пайызға", TODAY),
        (
            "Мамырда өнім өткен жылдың сәйкес кезеңімен салыстырғанда 8 пайызға өсті.",
            "8 пайызға",
            (date(2025, 5, 1), date(2025, 5, 31)),
        ),
    ],
)
def test_own_year_before_a_comparison_base(text: str, surface: str, period: tuple[date, date]) -> None:
    found = _by_surface(text, surface)
    assert (found.period_start, found.period_end) == period


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Станциялар биыл 41 млрд киловат/сағат электр өндірді.", "41 млрд киловат/сағат", 41e9),
        ("Күн станциясы жылына 120 млн киловатт сағат қуат береді.", "120 млн киловатт сағат", 120e6),
        ("Облыс 2 млрд киловатт-сағат электр тұтынды.", "2 млрд киловатт-сағат", 2e9),
        ("Өндіріс 3,5 млрд кВт/сағ болды.", "3,5 млрд кВт/сағ", 3.5e9),  # look-alike already read
    ],
)
def test_energy_spelt_out_is_kwh(text: str, surface: str, value: float) -> None:
    found = _by_surface(text, surface)
    assert (found.unit, found.value) == ("kWh", value)


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        (
            "Биыл ауданда 40 шақырым жолды жөндеуге 3,1 млрд теңге бөлінгенімен, жұмыс әлі басталған жоқ.",
            "3,1 млрд теңге",
            "plan",
        ),
        (
            "Биыл ауданда 40 шақырым жолды жөндеуге 3,1 млрд теңге бөлінгенімен, жұмыс әлі басталған жоқ.",
            "40 шақырым",
            "plan",
        ),
        (
            "Биыл ауылда мектеп салуға 900 млн теңге бөлінгеніне қарамастан, мердігер табылмады.",
            "900 млн теңге",
            "plan",
        ),
        ("Биыл облыста 25 шақырым көшені жаңғыртуға 1,4 млрд теңге бөлінді.", "25 шақырым", "plan"),
        # look-alikes: money spent, a past year, and works told as done keep "actual"
        ("Биыл облыста 25 шақырым жол жөнделді, оған 1,4 млрд теңге жұмсалды.", "25 шақырым", "actual"),
        ("Биыл облыста 25 шақырым жол жөнделді, оған 1,4 млрд теңге жұмсалды.", "1,4 млрд теңге", "actual"),
        ("2023 жылы 30 шақырым жолды жөндеуге 2 млрд теңге бөлінді.", "2 млрд теңге", "actual"),
        ("2023 жылы 30 шақырым жолды жөндеуге 2 млрд теңге бөлінді.", "30 шақырым", "actual"),
        # a count of the projects the money is for is what there is, not a plan
        ("Биыл қордан 14 жобаны іске асыруға 6 млрд теңге бөлінді.", "14", "actual"),
    ],
)
def test_money_allocated_this_year_in_a_subordinate_form(text: str, surface: str, kind: str) -> None:
    assert _by_surface(text, surface).kind == kind


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        (
            "Жоспарланған 9 млн шаршы метрдің орнына 10,2 млн шаршы метр тұрғын үй пайдалануға берілді "
            "(2023 жылы 5,1 млн шаршы метр және 2024 жылы 5,1 млн шаршы метр).",
            "10,2 млн шаршы метр",
            "actual",
        ),
        (
            "Екі жылда жоспарланған 700 шақырымның орнына 760 шақырым жол салынды (2023 жылы 380 шақырым).",
            "380 шақырым",
            "actual",
        ),
        (
            "Жоспарланған 50 мектептің орнына 56 мектеп ашылды (оның 20-сы ауылда).",
            "56",
            "actual",
        ),
        # look-alikes: the planned whole stays a plan; an accusative noun before a bracket is no verb
        (
            "Жоспарланған 9 млн шаршы метрдің орнына 10,2 млн шаршы метр тұрғын үй пайдалануға берілді "
            "(2023 жылы 5,1 млн шаршы метр).",
            "9 млн шаршы метрдің",
            "plan",
        ),
        ("Биыл облыста 40 мектепті (оның ішінде 12 жаңа) жөндеу жоспарланған.", "40", "plan"),
    ],
)
def test_verb_before_a_closing_bracket(text: str, surface: str, kind: str) -> None:
    assert _by_surface(text, surface).kind == kind


@pytest.mark.parametrize(
    ("text", "surface", "word"),
    [
        # 5. a list "N тонна X, M тонна Y ... жиналды": the bare noun after each unit names the member
        (
            "Ауданда 310 ц/га өнімділікпен 52 мың тонна қырыққабат, 18 мың тонна сәбіз жиналды.",
            "52 мың тонна",
            "қырыққабат",
        ),
        ("Облыста 120 мың тонна бидай, 40 мың тонна арпа бастырылды.", "120 мың тонна", "бидай"),
        ("Шаруалар 7 мың тонна пияз, 3 мың тонна қызылша өндірді.", "7 мың тонна", "пияз"),
        # look-alikes: a verb, a conditional or a predicate adjective before a comma stays out
        ("Өнім 2 трлн теңге немесе 4,1%-ға өссе, сауда 3%-ға артты.", "2 трлн теңге", "Өнім"),
        ("Салынған үйдің 14,2%-ы Астанаға тиесілі, Алматыға – 9,8%-ы.", "14,2%-ы", "үйдің"),
        ("Экспорты 500 млн АҚШ долларына жетті, бұл былтырғыдан көп.", "500 млн АҚШ долларына", "Экспорты"),
    ],
)
def test_bare_noun_after_the_unit_in_a_list(text: str, surface: str, word: str) -> None:
    item = _by_surface(text, surface).item
    assert word in item.split(), item
    assert not {"жетті", "өссе", "тиесілі"} & set(item.split()), item


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        # 6. "Бас жоспар" is a city's master plan, a document: no plan cue for the figure
        (
            "Құрылыс көлемінің 31%-ға азаюы қаланың Бас жоспарында жер учаскелерінің жоқтығынан болды.",
            "31%-ға",
            "actual",
        ),
        ("Ауданның бас жоспарын жаңарту кезінде 14 ауылдың шекарасы нақтыланды.", "14", "actual"),
        # look-alikes: a plan told by its own verb stays a plan
        ("Қаланың бас жоспарына сәйкес 2030 жылға дейін 40 мектеп салу жоспарланған.", "40", "plan"),
        ("Биыл 25 шақырым жол салу жоспарда бар.", "25 шақырым", "plan"),
    ],
)
def test_master_plan_is_no_plan_cue(text: str, surface: str, kind: str) -> None:
    assert _by_surface(text, surface).kind == kind


@pytest.mark.parametrize(
    ("text", "surface", "item"),
    [
        # 7. a bracketed member whose sign is written as a word names the words before the bracket
        (
            "Бағаның ең көп өсуі Атырау облысында (плюс 19,3%) және Астанада (плюс 17,1%) байқалды.",
            "19,3%",
            "Атырау облысында",
        ),
        (
            "Бағаның ең көп өсуі Атырау облысында (плюс 19,3%) және Астанада (плюс 17,1%) байқалды.",
            "17,1%",
            "Астанада",
        ),
        # look-alike: the sign as a symbol, already read
        ("Бағаның ең көп өсуі Атырау облысында (+19,3%) байқалды.", "19,3%", "Атырау облысында"),
    ],
)
def test_bracket_member_with_a_sign_word(text: str, surface: str, item: str) -> None:
    found = _by_surface(text, surface)
    assert item in found.item and "плюс" not in found.item.split(), found.item
