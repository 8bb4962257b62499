"""Kazakh kinds seen wrong on real stored news pages (round real16kk), in sentences of our own.

Labelled by tests/realworld/FORMAT.md (projects under way: how many there are is actual, their worth,
capacity and size are plan; published Thursday 12 June 2025 unless a case says):
  1. work begun or gathered ("құрылысы басталып жатыр", "құрылысын бастады / бастаған", "жобаны
     бастады", "жобалар жинақталды"): the worth told before the projects ("... теңге болатын 9
     жобаның", "құны ... теңгеден асатын жобалар"), a plant's yearly output ("жылына 2 млн тонна",
     what it will make, "... шығаратын") were read as done; the count of projects stays actual.
  2. flats told as a size of houses under way ("3100 пәтерлі 54 үйдің құрылысы жүргізілуде").
  3. a quoted sentence whose last verb stands before its attribution ("... құрылады», – деді ол",
     "... іске қосады, — деді ол", "... іске қосамыз”, – дейді ол"): no verb was read, the kind fell
     to the sentence before; the active aorist of a deed ("қосады", "ашады", "бөледі") and the first
     person aorist ("саламыз") are deeds to come.
  4. "мүмкіндік берді, — деді ол": the past after "мүмкіндік" was lost before the attribution.
  5. "құрылысқа қажетті сұраныстың 80 пайызын қамтамасыз етеді": "қажетті" qualifying a noun is no plan.
     (A count the purpose clause brings a measure down to, "900 отбасына дейін азайту үшін", stays
     the goal once the main verb "салады" is read.)
  6. a deadline carried from the sentence before makes no goal of work going on ("... жыл соңына
     дейін тапсырылады. 210 шақырым жолға жөндеу жүргізіліп жатыр").
  7. categories of births in other endings ("1, 2, 3 бала туғанда", "10 баласы барларға") are no
     figures, as "бала туған кезде" and "баласы бар" already were (+real15kk).
  8. money "Бұл үшін ... бөлінді" after a sentence of works still to come ("... жүргізіледі") is a plan
     (FORMAT.md: money for work not said to be done); "биыл ... бөлінсе" is money set aside for the year.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicator_record import Indicator
from etl.extract.indicators import extract_indicators

P = date(2025, 6, 12)


def _find(text: str, surface: str, published: date = P) -> Indicator:
    found = [i for i in extract_indicators(text, published, language="kk") if i.surface == surface]
    assert found, f"no figure written {surface!r}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        # 1. work begun or gathered: worth and capacity planned, the count stands
        ("Облыста 412 млрд теңге болатын 9 ірі жобаның құрылысы басталып жатыр.", "412 млрд теңге", "plan"),
        ("Облыста 412 млрд теңге болатын 9 ірі жобаның құрылысы басталып жатыр.", "9", "actual"),
        ("Аймақта жалпы құны 600 млрд теңгеден асатын жобалар жинақталды.", "600 млрд теңгеден", "plan"),
        ("Серіктестік қуаты жылына 2 млн тонна дәнді өңдейтін жобаны бастады.", "2 млн тонна", "plan"),
        (
            "Компания жылына 500 мың тонна қызылша өңдеп, 60 мың тонна қант шығаратын зауыттың құрылысын бастаған.",
            "60 мың тонна",
            "plan",
        ),
        ("Ауданда құны 45 млрд теңге болатын жылыжайдың құрылысы басталды.", "45 млрд теңге", "plan"),
        # 2. flats of houses under way
        ("Қалада 3100 пәтерлі 54 үйдің құрылысы жүргізілуде.", "3100", "plan"),
        ("Қалада 3100 пәтерлі 54 үйдің құрылысы жүргізілуде.", "54", "actual"),
        # 3. a quoted sentence closed before its attribution
        ("«Өңірде құны 70 млрд теңгеден асатын 6 кәсіпорын құрылады», – деді ол.", "6", "plan"),
        (
            "«Өңірде құны 70 млрд теңгеден асатын 6 кәсіпорын құрылады», – деді ол.",
            "70 млрд теңгеден",
            "plan",
        ),
        (
            "Келесі жылы 240 млн доллар салып, цехты іске қосамыз”, – дейді директор.",
            "240 млн доллар",
            "plan",
        ),
        ("Биыл ауданда 3 мектеп саламыз, — деді әкім.", "3", "plan"),
        # (the level a purpose clause names stays the goal once the main verb is read: "... салады")
        (
            "Кезекті 2028 жылға қарай 900 отбасына дейін азайту үшін әкімдік 1200 пәтер салады.",
            "900",
            "target",
        ),
        (
            "Кезекті 2028 жылға қарай 900 отбасына дейін азайту үшін әкімдік 1200 пәтер салады.",
            "1200",
            "plan",
        ),
        # 4. the past after "мүмкіндік" before the attribution
        ("Бұл 2 мыңнан астам жұмыс орнын ашуға мүмкіндік берді, — деді әкім.", "2 мыңнан", "actual"),
        # 5. "қажетті" as an attribute
        (
            "Зауыт жылына 40 млн кірпіш шығарып, құрылысқа қажетті сұраныстың 80 пайызын қамтамасыз етеді.",
            "80 пайызын",
            "actual",
        ),
    ],
)
def test_kinds_of_work_begun_and_quoted_deeds(text: str, surface: str, kind: str) -> None:
    assert _find(text, surface).kind == kind


def test_the_yearly_output_launched_in_a_quote_is_planned() -> None:
    text = (
        "Серіктестік жылына 300 мың тонна тыңайтқыш өндіретін цехтың бірінші кезеңін іске қосады, — деді ол."
    )
    assert _find(text, "300 мың тонна").kind == "plan"


def test_a_carried_deadline_makes_no_goal_of_work_going_on() -> None:
    text = (
        "Облыста жыл соңына дейін 40 үй тапсырылады. "
        "Сонымен қатар 210 шақырым жолға орташа жөндеу жұмыстары жүргізіліп жатыр."
    )
    assert _find(text, "210 шақырым").kind == "plan"
    assert _find(text, "40").kind == "plan"


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        # look-alikes that keep their reading
        ("Өткен жылы 60 пәтерлі үй пайдалануға берілді.", "60", "actual"),  # built, not under way
        ("Зауыт жылына 5 млн тонна мұнай өңдейді.", "5 млн тонна", "actual"),  # a plant's rate now
        ("Әр тұрғын күніне орта есеппен 1 килограмм қоқыс шығарады.", "1 килограмм", "actual"),  # habitual
        ("Биыл 120 млрд теңге инвестиция тартылды, жобалар жинақталды.", "120 млрд теңге", "actual"),
        ("Бұл жұмыстар 2,5 мың адамды жұмыспен қамтыды, — деді әкім.", "2,5 мың", "actual"),
        ("Зауыт жасады 4 мың дана, — деді ол.", "4 мың", "actual"),
    ],
)
def test_look_alikes_keep_their_kind(text: str, surface: str, kind: str) -> None:
    assert _find(text, surface).kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "Жаңа жылдан бастап 1, 2, 3 бала туғанда берілетін жәрдемақы 150 000 теңгеге дейін өседі.",
        "4 және одан да көп бала туғанда төленетін жәрдемақы 250 000 теңгеге жетеді.",
        "Көпбалалы отбасыларға жәрдемақы: 10 баласы барларға – 160 000 теңге.",
    ],
)
def test_categories_of_births_in_other_endings_are_no_figures(text: str) -> None:
    # (FORMAT.md: categories of families are no figures; +real15kk read "туған кезде", "баласы бар")
    values = [i.value for i in extract_indicators(text, P, language="kk")]
    assert all(v >= 1000 for v in values), values


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        # 8. money for works the sentence before says are still to come, and "бөлінсе"
        (
            "Қаладағы балабақшаларда күрделі жөндеу жұмыстары кесте бойынша жүргізіледі. "
            "Бұл үшін облыс бюджетінен 640 миллион теңге бөлінді.",
            "640 миллион теңге",
            "plan",
        ),
        (
            "Биыл ауылдарды абаттандыруға 8 миллиард теңге бөлінсе, оның 600 миллионы саябақтарға тиесілі.",
            "8 миллиард теңге",
            "plan",
        ),
        # (look-alikes: the works told as done keep the money spent; a past year keeps it done)
        (
            "Қаладағы балабақшаларда күрделі жөндеу жұмыстары жүргізілді. "
            "Бұл үшін облыс бюджетінен 640 миллион теңге бөлінді.",
            "640 миллион теңге",
            "actual",
        ),
        (
            "Былтыр ауылдарды абаттандыруға 8 миллиард теңге бөлінсе, биыл бұл сома артты.",
            "8 миллиард теңге",
            "actual",
        ),
    ],
)
def test_money_allocated_for_works_to_come(text: str, surface: str, kind: str) -> None:
    assert _find(text, surface).kind == kind
