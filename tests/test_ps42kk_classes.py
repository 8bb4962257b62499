"""Kazakh mechanisms the second rewrites p42 (the d39 articles told in other words again) found read by
the original's wording only (ps42kk). Our own sentences, labelled by tests/realworld/FORMAT.md; each
mechanism keeps look-alikes that must keep their reading. Every case marked "was" was read wrong before
+ps42kk."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators
from tests.figure_lookup import Reading
from tests.figure_lookup import kk_reading as _reading


def _surfaces(body: str, published: date) -> list[str]:
    return [i.surface for i in extract_indicators(body, published, language="kk")]


_PUB = date(2026, 4, 8)
_YEAR = (date(2026, 1, 1), date(2026, 12, 31))
_TODAY = (_PUB, _PUB)
_MARCH = (date(2026, 3, 1), date(2026, 3, 31))


# --- the parts of a standing whole told as a sentence with no verb that ends on the figure ---------------


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was today: the whole "... алқап 3,2 миллион гектар." has no dash and no verb
        (
            "Биыл облыста егін егілетін алқап 3,2 миллион гектар. Соның 2,1 миллион гектарын бидай алып "
            "жатыр, арпа алқабы 600 мың гектарға жетеді.",
            "2,1 миллион",
            (*_YEAR, "actual"),
        ),
        # was plan: "жетеді" amounts to, a part of the standing whole
        (
            "Биыл облыста егін егілетін алқап 3,2 миллион гектар. Соның 2,1 миллион гектарын бидай алып "
            "жатыр, арпа алқабы 600 мың гектарға жетеді.",
            "600 мың",
            (*_YEAR, "actual"),
        ),
        (
            "Ағымдағы жылы суармалы жердің көлемі 1,8 миллион гектар. Оның 900 мың гектары мақта алқабына "
            "жетеді.",
            "900 мың",
            (*_YEAR, "actual"),
        ),
        # look-alike: the whole ends on a verb still to come, its part keeps the plan
        (
            "Биыл облыста 3,2 миллион гектар жерге егін егіледі. Соның 600 мың гектары арпаға жетеді.",
            "600 мың",
            (*_YEAR, "plan"),
        ),
    ],
)
def test_a_part_of_a_verbless_whole_stands_with_it(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, date(2026, 9, 20), surface) == (
        *expected[:2],
        expected[2],
    )


# --- a price adjective set against a base is a change of the span told, not a state today -------------


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was today: "қымбат" with the base it is set against
        (
            "Наурызда елде жылдық инфляция 9,1%-ға жетті. Коммуналдық қызметтер бір жыл бұрынғыдан 12,4%-ға "
            "қымбат.",
            "12,4%",
            (*_MARCH, "actual"),
        ),
        (
            "Наурызда елде жылдық инфляция 9,1%-ға жетті. Көкөніс былтырғыдан 3,5%-ға арзан.",
            "3,5%",
            (*_MARCH, "actual"),
        ),
        (
            "Наурызда елде жылдық инфляция 9,1%-ға жетті. Нан өткен жылмен салыстырғанда 6,2%-ға қымбат.",
            "6,2%",
            (*_MARCH, "actual"),
        ),
        # was plan (with the span fixed): an aorist of the clause before cues no plan of the adjective
        (
            "Наурызда елде жылдық инфляция 9,1%-ға жетті. Пәтер жалдағанда айына орташа 150 мың теңге "
            "төленеді, бұл бір жыл бұрынғыдан 8%-ға қымбат.",
            "8%",
            (*_MARCH, "actual"),
        ),
        # was plan: "жоғары" as "қымбат", beside a level that is
        (
            "Наурызда елде жылдық инфляция 9,1%-ға жетті. Пәтер жалдағанда айына орташа 150 мың теңге "
            "төленеді, бұл бір жыл бұрынғыдан 8%-ға жоғары.",
            "8%",
            (*_MARCH, "actual"),
        ),
        # look-alikes: the change an outlook or a plan brings keeps its kind
        (
            "Жыл соңына дейін экспорт 5 млн тоннаға жетеді деп күтілуде, бұл былтырғыдан 20%-ға көп.",
            "20%",
            (None, date(2026, 12, 31), "forecast"),
        ),
        (
            "Келесі жылы жол ақысы 200 теңге болады, бұл биылғыдан 10%-ға қымбат.",
            "10%",
            (date(2027, 1, 1), date(2027, 12, 31), "plan"),
        ),
        # look-alikes: no base, the price now; a base after "Бүгінде", today's level beside it
        (
            "Наурызда елде жылдық инфляция 9,1%-ға жетті. Қант 18 пайызға қымбат.",
            "18 пайыз",
            (*_TODAY, "actual"),
        ),
        (
            "Наурызда баға 1,2 пайызға өсті. Бүгінде бір келі еттің орташа бағасы 3 900 теңге, бұл өткен "
            "жылмен салыстырғанда 11 пайызға қымбат.",
            "11 пайыз",
            (*_TODAY, "actual"),
        ),
    ],
)
def test_a_price_dearer_than_a_base_takes_the_span_told(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _PUB, surface) == expected


# --- a part of this year's planned whole, named by its year ------------------------------------------------

_PROJECTS = (
    "Биыл облыста 80 жобаны іске асыру көзделген. Олар 5 мыңға жуық жұмыс орнын ашады деп күтілуде. "
    "Өткен жылы 75 жоба іске қосылды. "
)


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was actual: "Биылғы жобалардың" is the 80 projects planned
        (
            _PROJECTS + "Биылғы жобалардың басым бөлігі – 52-сі – агроөнеркәсіпке тиесілі.",
            "52",
            (*_YEAR, "plan"),
        ),
        (_PROJECTS + "Ағымдағы жылғы жобалардың 30-ы өңдеу өнеркәсібіне тиесілі.", "30", (*_YEAR, "plan")),
        # look-alike: a part told done keeps its deed
        (_PROJECTS + "Биылғы жобалардың 12-сі іске қосылды.", "12", (*_YEAR, "actual")),
        # look-alike: "Олардың" after last year's count is last year's
        (
            _PROJECTS + "Олардың 40-ы өңдеу өнеркәсібіне тиесілі.",
            "40",
            (date(2025, 1, 1), date(2025, 12, 31), "actual"),
        ),
    ],
)
def test_a_part_of_this_years_planned_whole_is_planned(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _PUB, surface) == expected


def test_a_part_of_what_is_under_way_keeps_its_reading() -> None:
    # "Құрылысы жүріп жатқан үйлердің 85-і": the houses under way now, no produce of a deed done
    body = (
        "Облыста жыл соңына дейін 150 үй пайдалануға беріледі. Қазір 200 үйдің құрылысы жүріп жатыр.\n"
        "Құрылысы жүріп жатқан үйлердің 85-і бюджет қаражатына салынуда."
    )
    assert _reading(body, _PUB, "85") == (*_TODAY, "actual")


# --- the capacity of work begun, told as what it is designed for --------------------------------------------


@pytest.mark.parametrize(
    ("body", "surface", "kind"),
    [
        # was actual: "қуатқа есептелген", "қуатты" (the original: "қуаты ... болатын")
        (
            "Жамбыл облысында 2 сәуірде 150 мегаватт қуатқа есептелген жел электр станциясының құрылысы "
            "басталды.",
            "150 мегаватт",
            "plan",
        ),
        ("Ауданда 50 МВт қуатты күн станциясының іргетасы қаланды.", "50 МВт", "plan"),
        # was actual today: seats "есептелген" (designed for) as "арналған"
        ("Қалада 1 200 орынға есептелген мектеп салынып жатыр.", "1 200", "plan"),
        ("Қалада 1 200 оқушыға есептелген мектептің құрылысы басталды.", "1 200", "plan"),
        # look-alike: the plant is running, its capacity stands
        ("Ауданда 100 мегаватт қуатқа есептелген станция іске қосылды.", "100 мегаватт", "actual"),
        # look-alikes: a school under way, told as before; the count of plants under way stands now
        ("Қалада 1 200 орынға арналған мектеп салынып жатыр.", "1 200", "plan"),
        ("Облыста қазір 6 күн станциясы салынып жатыр.", "6", "actual"),
    ],
)
def test_the_capacity_of_work_begun_is_planned(body: str, surface: str, kind: str) -> None:
    assert _reading(body, _PUB, surface)[2] == kind


# --- "all of them" is no total so far -------------------------------------------------------------------------


def test_all_of_them_is_no_running_total() -> None:
    # was [None, today]: "Олардың барлығы" (all of them) read as "барлығы" (in all) before a figure
    body = (
        "Бүгін кезекте тұрған 40 отбасы жаңа үйге кірді. Олардың барлығы көп балалы отбасылар, пәтерлер "
        "5 үйден берілді."
    )
    assert _reading(body, _PUB, "5") == (*_TODAY, "actual")


# --- things provided for, listed with what stands today -------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was plan over the year: beds provided for, after clauses of what there is now
        (
            "Биыл денсаулық сақтауға 40 млрд теңге бөлінді. Қазір ауданда 4 емхана бар, 12 фельдшерлік пункт "
            "жұмыс істейді, науқастарға 260 төсек қарастырылған.",
            "260",
            (*_TODAY, "actual"),
        ),
        (
            "Биыл денсаулық сақтауға 40 млрд теңге бөлінді. Ауданда 4 емхана бар, балаларға 120 орын "
            "қарастырылған.",
            "120",
            (*_TODAY, "actual"),
        ),
        # look-alikes: money provided for stays a plan; beds of what is to be built stay planned
        (
            "Биыл денсаулық сақтауға 40 млрд теңге бөлінді. Ауданда 4 емхана бар, оларға 3 млрд теңге "
            "қарастырылған.",
            "3 млрд",
            (*_YEAR, "plan"),
        ),
    ],
)
def test_things_provided_for_beside_a_state_now_stand_now(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _PUB, surface) == expected


def test_beds_of_what_is_to_be_built_stay_planned() -> None:
    body = "Биыл денсаулық сақтауға 40 млрд теңге бөлінді. Ауданда 4 емхана салынады, оларда 260 төсек қарастырылған."
    assert _reading(body, _PUB, "260")[2] == "plan"


# --- a level one must reach, with the dative verbal noun ----------------------------------------------------


@pytest.mark.parametrize(
    ("body", "surface", "kind"),
    [
        # was plan: "жетуге тиіс" says the same must as "жетуі тиіс"
        ("2030 жылға қарай астық экспорты 12 миллион тоннаға жетуге тиіс.", "12 миллион", "target"),
        ("Өңдеу өнеркәсібінің үлесі 2029 жылға дейін 15 пайыздан асуға тиіс.", "15 пайыз", "target"),
        # was plan: a share owed, a level that must be, an arrival, with the dative too
        ("Кәсіпорын табысының 3 пайызын қорға аударуға тиіс.", "3 пайыз", "target"),
        ("Зауыттың қуаты жылына 200 мың тонна болуға тиіс.", "200 мың", "target"),
        ("Биыл өңірге 500 мың турист келуге тиіс.", "500 мың", "target"),
        # look-alikes: the possessive form as before; a deed owed stays a plan
        ("2030 жылға қарай астық экспорты 12 миллион тоннаға жетуі тиіс.", "12 миллион", "target"),
        ("Жыл соңына дейін 9 жаңа ұшақ жеткізілуге тиіс.", "9", "plan"),
        ("2030 жылға дейін облыста 5 мектеп салынуға тиіс.", "5", "plan"),
    ],
)
def test_a_level_one_must_reach_is_a_goal(body: str, surface: str, kind: str) -> None:
    assert _reading(body, _PUB, surface)[2] == kind


# --- a window of years from a start year, its subject between --------------------------------------------------


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was [2024, open]: "2024 жылдан бастап жалақы үш жыл бойы"
        (
            "2024 жылдан бастап мұғалімдердің жалақысы үш жыл бойы кезең-кезеңімен көтеріледі: ол "
            "орташа жалақының 150 пайызына жетуге тиіс.",
            "150 пайыз",
            (date(2024, 1, 1), date(2026, 12, 31), "target"),
        ),
        # look-alike: the window told right after the start, as before
        (
            "2024 жылдан бастап үш жыл бойы мұғалімдердің жалақысы кезең-кезеңімен көтеріледі: ол "
            "орташа жалақының 150 пайызына жетуі тиіс.",
            "150 пайыз",
            (date(2024, 1, 1), date(2026, 12, 31), "target"),
        ),
    ],
)
def test_a_window_of_years_with_its_subject_between(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _PUB, surface) == expected


# --- a rule for each unit, told in the aorist, holds now ------------------------------------------------------------


def test_a_rule_for_each_unit_holds_now() -> None:
    # was the carried window: "әр қосымша бала үшін ... қосылады" is a rule in force
    body = (
        "2023 жылдан бастап бес жыл бойы жәрдемақы кезең-кезеңімен өсіріледі.\n"
        "Отбасындағы әр қосымша бала үшін төлемге тағы 5 пайыз қосылады."
    )
    assert _reading(body, _PUB, "5 пайыз") == (*_TODAY, "actual")


def test_a_rule_ahead_for_each_unit_keeps_its_year() -> None:
    # look-alike: "келесі жылы" gives the sentence a time of its own
    body = "Келесі жылы әр қосымша бала үшін төлемге тағы 5 пайыз қосылады."
    assert _reading(body, _PUB, "5 пайыз")[:2] == (date(2027, 1, 1), date(2027, 12, 31))


# --- Kazakh counts written in words beyond ten ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "surface", "value"),
    [
        # were missed or read short
        ("Ауылда жиырма үш отбасы жаңа үйге көшті.", "жиырма үш", 23),
        ("Мұнда елу екі тұрғын тұрақты жұмысқа орналасты.", "елу екі", 52),
        ("Ақсу ауылында жүз орындық балабақша ашылды.", "жүз", 100),
        ("Жаңа мектеп жүз баланы қабылдайды.", "жүз", 100),
        ("Жиырма екі мың адам шеруге қатысты.", "Жиырма екі мың", 22000),
        ("Өткен жылы он бес мың адам жұмысқа орналасты.", "он бес мың", 15000),
        ("Өнім көлемі қырық пайызға өсті.", "қырық пайыз", 40),
        # look-alikes as before
        ("Ауылда екі жүз орындық мектеп ашылды.", "екі жүз", 200),
    ],
)
def test_a_count_written_in_words(body: str, surface: str, value: float) -> None:
    found = [i for i in extract_indicators(body, _PUB, language="kk") if i.surface.startswith(surface)]
    assert found, _surfaces(body, _PUB)
    assert found[0].value == value


@pytest.mark.parametrize(
    "body",
    [
        "Жауын жиырма бес күннен астам толастамады.",  # a span of days
        "Отыз бес жастағы дәрігер марапатталды.",  # an age
        "Ол бетін жүз рет жуды.",  # a bare "жүз" before a repeat
        "Оның жүзі жарқырап тұр.",  # a face
        "Бірінші тоқсан қорытындысы шықты.",  # a quarter
        "Жуырда тағы бірнеше жүз адам баспаналы болады.",  # several hundred
    ],
)
def test_number_word_look_alikes_are_no_figures(body: str) -> None:
    assert _surfaces(body, _PUB) == []
