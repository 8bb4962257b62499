"""Kazakh kinds seen wrong on real stored news pages (round real23kk: the leftovers of real22kk and
pages on water and gas supply, health building, sport and roads), in sentences of our own.

Labelled by tests/realworld/FORMAT.md:
  1. the old level of a from-to pair dated by a year of its own still ahead ("2027 жылғы 6,2 трлн
     теңгеден 2029 жылы 8,1 трлн теңгеге дейін өседі") is foreseen as the new level is and keeps its
     own year; it was read as the level now, actual at publication. An old level that took the new
     one's span ("2026 жылы ... 41 200 теңгеден 45 300 теңгеге көтеріледі") stays the level now.
  2. a sentence opened by "Яғни" (that is) telling again, in the present or to come, a plan just told
     ("Биыл 60 емхана салу жоспарлануда. Яғни 300 мың тұрғын үшін жағдай жасалуда") is of that kind;
     one told in the past, or after a deed done, keeps its own reading.
  3. an instruction told fulfilled ("Президенттің тапсырмасы толық орындалып, 4 200 ауыл ... қамтамасыз
     етіліп отыр") sets no target: the level is the one now; an instruction still to be carried out
     ("тапсырмасы бойынша ... қамтамасыз етілуі тиіс") keeps it.
  4. money given "to start" the work ("құрылысты бастау үшін 420 млн теңге бөлінді") is for work not
     yet done, a plan; so is the worth of the project in that sentence. Money for work told finished
     stays actual.
  5. the length of road repair going on ("380 шақырым жол жөнделіп жатыр", and after a converb's comma,
     "жөндеуден өтіп, қайта жаңғыртылып жатыр") is the size of works under way, a plan (FORMAT.md:
     projects under way); the length repaired, or a count of roads, keeps its reading.
  6. the beds of a hospital whose building is being finished ("250 төсек-орынға арналған аурухананың
     құрылысы аяқталып жатыр", "аяқталуда") are the capacity of work under way, a plan; once it is
     finished, or working, they are actual.
"""

from __future__ import annotations

from datetime import date

from etl.extract.indicator_record import Indicator
from etl.extract.indicators import extract_indicators
from tests.figure_lookup import figure_by_surface

P = date(2025, 9, 11)


def _all(text: str, published: date = P, title: str = "") -> list[Indicator]:
    return extract_indicators(text, published, title=title, language="kk")


def _find(text: str, surface: str, published: date = P, title: str = "") -> Indicator:
    return figure_by_surface(text, surface, published, title, language="kk")


# 1. an old level dated by its own year ahead


def test_an_old_level_of_its_own_year_ahead_is_foreseen_with_its_year() -> None:
    text = "Болжамға сәйкес, облыс бюджетінің кірістері 2027 жылғы 6,2 трлн теңгеден 2029 жылы 8,1 трлн теңгеге дейін өседі."
    old = _find(text, "6,2 трлн теңгеден")
    assert old.kind == "forecast"
    assert (old.period_start, old.period_end) == (date(2027, 1, 1), date(2027, 12, 31))
    assert _find(text, "8,1 трлн теңгеге").kind == "forecast"
    text = "Болжам бойынша экспорт 2026 жылғы 4 млрд доллардан 2028 жылы 6 млрд долларға дейін артады."
    old = _find(text, "4 млрд доллардан")
    assert old.kind == "forecast"
    assert old.period_start == date(2026, 1, 1)


def test_an_old_level_taking_the_new_ones_span_or_a_past_year_keeps_its_reading() -> None:
    text = "2026 жылы шәкіртақы 41 200 теңгеден 45 300 теңгеге көтеріледі."
    old = _find(text, "41 200 теңгеден")
    assert old.kind == "actual"
    assert old.period_start == P
    text = "Кірістер 2024 жылғы 5 трлн теңгеден 2028 жылы 8 трлн теңгеге дейін өседі."
    old = _find(text, "5 трлн теңгеден")
    assert old.kind == "actual"
    assert old.period_start == date(2024, 1, 1)


# 2. a plan told again after "Яғни"


def test_a_plan_told_again_after_that_is_keeps_its_kind() -> None:
    text = "Биыл 60 емхана салу жоспарлануда. Яғни 300 мың тұрғын үшін жайлы жағдай жасалуда."
    assert _find(text, "60").kind == "plan"
    assert _find(text, "300 мың").kind == "plan"
    text = "Келесі жылы 14 су құбыры тартылады. Демек 25 мың адам үшін таза су көзі ашылуда."
    assert _find(text, "25 мың").kind == "plan"


def test_that_is_after_a_deed_or_in_the_past_keeps_its_own_reading() -> None:
    text = "Биыл 60 емхана салынды. Яғни 300 мың тұрғын үшін жағдай жасалуда."
    assert _find(text, "300 мың").kind == "actual"
    text = "Биыл 60 емхана салу жоспарланған. Яғни 300 мың тұрғын үшін жағдай жасалды."
    assert _find(text, "300 мың").kind == "actual"
    text = "Биыл 60 емхана салу жоспарланған. Облыста қазір 300 мың тұрғын тұрады."
    assert _find(text, "300 мың").kind == "actual"


# 3. an instruction told fulfilled


def test_an_instruction_fulfilled_sets_no_target() -> None:
    text = "Президенттің тапсырмасы толық орындалып, облыстағы 4 200 ауыл ауыз сумен 100% қамтамасыз етіліп отыр."
    assert _find(text, "4 200").kind == "actual"
    assert _find(text, "100%").kind == "actual"
    text = "Үкіметтің тапсырмасы орындалып, 1 350 ауыл газбен қамтылды."
    assert _find(text, "1 350").kind == "actual"


def test_an_instruction_still_to_be_carried_out_keeps_its_target() -> None:
    text = "Президенттің тапсырмасы бойынша 4 200 ауыл ауыз сумен қамтамасыз етілуі тиіс."
    assert _find(text, "4 200").kind == "target"
    text = "Тапсырма орындалуы үшін 2027 жылға дейін 1 350 ауыл газбен қамтылуы керек."
    assert _find(text, "1 350").kind != "actual"


# 4. money and worth of work still to be started


def test_money_given_to_start_the_work_is_planned() -> None:
    published = date(2021, 3, 2)
    text = "Құрылысты бастау үшін облыстық бюджеттен 420 млн теңге бөлінді."
    assert _find(text, "420 млн теңге", published).kind == "plan"
    text = "Жобаның жалпы құны 3,1 млрд теңге болса, құрылысты бастау үшін 420 млн теңге бөлініп отыр."
    assert _find(text, "3,1 млрд теңге", published).kind == "plan"
    assert _find(text, "420 млн теңге", published).kind == "plan"


def test_money_for_work_told_finished_or_a_bare_worth_stays_actual() -> None:
    published = date(2021, 3, 2)
    text = "Былтыр 12 мектеп жөнделді. Жөндеуге 420 млн теңге жұмсалды."
    assert _find(text, "420 млн теңге", published).kind == "actual"
    text = "Жобаның жалпы құны 3,1 млрд теңге."
    assert _find(text, "3,1 млрд теңге", published).kind == "actual"


# 5. the length of road repair going on


def test_the_length_of_road_repair_going_on_is_planned() -> None:
    published = date(2024, 5, 20)
    text = "Облыста 380 шақырым жол жөнделіп жатыр."
    assert _find(text, "380 шақырым", published).kind == "plan"
    text = "Министрліктің дерегінше, 9 мың шақырым автожол жөндеуден өтіп, қайта жаңғыртылып жатыр."
    assert _find(text, "9 мың шақырым", published).kind == "plan"


def test_the_length_of_road_repaired_or_the_count_of_roads_stays_actual() -> None:
    published = date(2024, 5, 20)
    text = "Былтыр облыста 380 шақырым жол жөнделді."
    assert _find(text, "380 шақырым", published).kind == "actual"
    text = "Облыста 14 жол жөнделіп жатыр."
    assert _find(text, "14", published).kind == "actual"
    text = "Жол 380 шақырымға созылып, үш ауданды басып өтеді."
    assert _find(text, "380 шақырымға", published).kind != "plan"


# 6. the beds of a hospital whose building is being finished


def test_the_beds_of_a_hospital_being_finished_are_planned() -> None:
    published = date(2016, 10, 3)
    text = "Қалада 250 төсек-орынға арналған аурухананың құрылысы аяқталып жатыр."
    assert _find(text, "250", published).kind == "plan"
    text = "Ауданда 120 орындық мектептің құрылысы аяқталуда."
    assert _find(text, "120", published).kind == "plan"


def test_the_beds_of_a_hospital_finished_stay_actual() -> None:
    published = date(2016, 10, 3)
    text = "Қалада 250 төсек-орынға арналған аурухананың құрылысы аяқталды."
    assert _find(text, "250", published).kind == "actual"
    text = "Облыста 250 төсек-орынға арналған аурухана жұмыс істейді."
    assert _find(text, "250", published).kind == "actual"


def test_the_term_of_carrying_out_an_instruction_keeps_its_target() -> None:
    text = (
        "Президент жүктеген 3 млрд ағаш отырғызу тапсырмасының орындалу мерзімі 2028 жылға дейін ұзартылды."
    )
    assert _find(text, "3 млрд").kind == "target"
