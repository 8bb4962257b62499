"""Kazakh mechanisms found at first sight of the fresh development set d38 (fs38kk). Our own sentences,
labelled by tests/realworld/FORMAT.md; each mechanism keeps look-alikes that must keep their reading.
Every case marked "was" below was read wrong before +fs38kk."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators
from tests.figure_lookup import Reading
from tests.figure_lookup import kk_reading as _reading

_MAY = date(2025, 5, 14)
_YEAR = (date(2025, 1, 1), date(2025, 12, 31))


# --- a part of a plan told after the source that opens its sentence -----------------------------

_PLAN = "Биыл облыста 640 шақырым жергілікті жол жөнделеді. "


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was: actual (the part word "оның" after "дерегінше," was not read as a part of the plan, and
        # a part's stative "жатады" read as a present state)
        (
            _PLAN + "Әкімдіктің дерегінше, оның 410 шақырымы аудандық маңызы бар жолдарға жатады.",
            "410",
            (*_YEAR, "plan"),
        ),
        (
            _PLAN + "Басқарманың мәліметінше, оның 420 шақырымы орташа жөндеуге жатса, қалған 220 "
            "шақырымы күрделі жөндеуге жатады.",
            "220",
            (*_YEAR, "plan"),
        ),
        (
            "Биыл 2,5 мың пәтер салынады. Басқарма басшысының айтуынша, оның 1,2 мыңы жалға берілетін "
            "тұрғын үй санатына жатады.",
            "1,2 мыңы",
            (*_YEAR, "plan"),
        ),
        # was: no period; the part of this year's plan told done runs from 1 January to publication
        (
            _PLAN + "Әкімдіктің дерегінше, оның 130 шақырымы жөнделді.",
            "130",
            (date(2025, 1, 1), _MAY, "actual"),
        ),
        # look-alikes: a part with a verb of its own to come, and "бұл" (the things again, no part)
        (
            "Биыл 36 мектеп салынады. Министрліктің хабарлауынша, олардың 21-і ауылдық жерде салынады.",
            "21-і",
            (*_YEAR, "plan"),
        ),
        (
            "Биыл 36 мектеп салынады. Министрліктің мәліметінше, бұл мектептер 21 мың оқушыға арналады.",
            "21 мың",
            (*_YEAR, "plan"),
        ),
        (
            "Облыста 640 шақырым жергілікті жол бар. Әкімдіктің дерегінше, оның 410 шақырымы асфальтталған.",
            "410",
            (_MAY, _MAY, "actual"),
        ),
    ],
)
def test_part_of_a_plan_after_a_source(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _MAY, surface) == expected


# --- money allocated for a year now over, in a clause joined to what that year aimed at ------------

_NOV = date(2025, 11, 20)
_LAST_YEAR = (date(2024, 1, 1), date(2024, 12, 31))


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was: plan (the converb borrowed the aim's "көзделген" of the next clause)
        (
            "2024 жылға облыстық бюджеттен 3,2 млрд теңге бөлініп, сумен қамту деңгейін 95%-ға жеткізу "
            "көзделген болатын.",
            "3,2 млрд",
            (*_LAST_YEAR, "actual"),
        ),
        (
            "Былтыр бұл мақсатқа 870 млн теңге бағытталып, 12 ауылға су құбырын тарту жоспарланған еді.",
            "870 млн",
            (*_LAST_YEAR, "actual"),
        ),
        # look-alikes: money for the year under way or ahead stays plan, and so does money only
        # "provided for" (қарастырылған) a past year
        (
            "2026 жылға облыстық бюджеттен 3,2 млрд теңге бөлініп, сумен қамту деңгейін 95%-ға жеткізу "
            "көзделген.",
            "3,2 млрд",
            (date(2026, 1, 1), date(2026, 12, 31), "plan"),
        ),
        (
            "Биыл облыстық бюджеттен 3,2 млрд теңге бөлініп, 40 ауылға жол салу жоспарланған.",
            "3,2 млрд",
            (date(2025, 1, 1), date(2025, 12, 31), "plan"),
        ),
    ],
)
def test_money_allocated_for_a_year_over(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _NOV, surface) == expected


# --- work going on now beside a part of the year's plan already done -------------------------------

_FEB = date(2026, 2, 3)
_PLAN_2026 = "Биыл облыста 14 энергоблок пен 40 қазандық жөндеуден өтеді. "


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was: 2026-01-01..2026-02-03 (the done part's span, from the sentence's last verb "аяқталды")
        (
            _PLAN_2026 + "Қазіргі таңда 3 энергоблокта, 7 қазандықта жұмыс жүріп жатыр, ал бір энергоблоктың "
            "жөндеуі аяқталды.",
            "3",
            (_FEB, _FEB, "actual"),
        ),
        (
            _PLAN_2026 + "Қазіргі таңда 3 энергоблокта, 7 қазандықта жұмыс жүріп жатыр, ал бір энергоблоктың "
            "жөндеуі аяқталды.",
            "7",
            (_FEB, _FEB, "actual"),
        ),
        # look-alike: the part told done is this year's so far
        (
            _PLAN_2026 + "Қазіргі таңда 3 энергоблоктың жөндеуі аяқталды.",
            "3",
            (date(2026, 1, 1), _FEB, "actual"),
        ),
    ],
)
def test_work_going_on_is_no_done_part(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _FEB, surface) == expected


# --- "Олар – ...": the buildings still to be built, named with their size --------------------------

_JUNE = date(2025, 6, 10)
_NO_PERIOD_PLAN: Reading = (None, None, "plan")


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was: actual at publication (a verbless sentence read as a present state)
        (
            "Ауданда екі мектеп салу жоспарланған. Олар: 600 орындық мектеп пен 300 орындық шағын мектеп.",
            "300",
            _NO_PERIOD_PLAN,
        ),
        (
            "Облыста тағы үш балабақшаның жобалық-сметалық құжаттамасы әзірленді. Олар – 240, 320 және 160 "
            "орынға арналған балабақшалар.",
            "320",
            _NO_PERIOD_PLAN,
        ),
        (
            "Кентте салынатын нысандардың тізімі бекітілді. Олар – 50 төсектік аурухана мен ауысымына 200 "
            "адам қабылдайтын емхана.",
            "200",
            _NO_PERIOD_PLAN,
        ),
        # was: actual in May, the month carried from the paragraph's first sentence
        (
            "Мамырда ауданда 40 орындық балабақша ашылды. Сонымен қатар салу қажет екі нысанның құжаттамасы "
            "дайын. Олар – 120 орындық балабақша және 80 орындық мектеп.",
            "80",
            _NO_PERIOD_PLAN,
        ),
        # look-alikes: buildings opened or at work keep their present reading
        (
            "Қалада екі жаңа мектеп пайдалануға берілді. Олар – 1200 және 900 орындық білім ордалары.",
            "900",
            (_JUNE, _JUNE, "actual"),
        ),
        (
            "Қалада екі ірі аурухана жұмыс істейді. Олар – 300 төсектік облыстық аурухана және 250 төсектік "
            "қалалық аурухана.",
            "250",
            (_JUNE, _JUNE, "actual"),
        ),
    ],
)
def test_named_buildings_still_to_build(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _JUNE, surface) == expected


# --- a lead's own "жыл басынан бері" is not redated by the half-year told after it ---------------

_JULY = date(2023, 7, 27)
_SO_FAR = (date(2023, 1, 1), _JULY)


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was: January to June (the later half-year span taken for the lead's)
        (
            "Жыл басынан бері Түркістан облысында 820 мың турист болды. Биылғы алғашқы жарты жылда өңірге "
            "41 мың шетелдік келген.",
            "820",
            (*_SO_FAR, "actual"),
        ),
        (
            "Жылдың басынан бері облыста 3,4 мың пәтер пайдалануға берілді. Бірінші жартыжылдықта 2,9 мың "
            "пәтер салынған.",
            "3,4",
            (*_SO_FAR, "actual"),
        ),
        # look-alikes: an undated lead takes the span told after it; the later span keeps its own
        (
            "Түркістан облысында 820 мың турист болды. Биылғы алғашқы жарты жылда өңірге 41 мың шетелдік келген.",
            "820",
            (date(2023, 1, 1), date(2023, 6, 30), "actual"),
        ),
        (
            "Жыл басынан бері Түркістан облысында 820 мың турист болды. Биылғы алғашқы жарты жылда өңірге "
            "41 мың шетелдік келген.",
            "41",
            (date(2023, 1, 1), date(2023, 6, 30), "actual"),
        ),
    ],
)
def test_lead_so_far_keeps_its_span(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _JULY, surface) == expected


# --- "2022 жылы дәл осы уақытта": the span in scope, in that year ---------------------------------


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was: the whole of 2022
        (
            "1 маусым мен 20 шілде аралығында облыстағы қонақ үйлерге 64 200 турист тоқтады. 2022 жылы дәл "
            "осы уақытта 41 300 турист тіркелген еді.",
            "41 300",
            (date(2022, 6, 1), date(2022, 7, 20), "actual"),
        ),
        (
            "1 шілдедегі жағдай бойынша облыста 12 400 бос жұмыс орны бар. 2021 жылы дәл осы уақытта 9 800 "
            "бос орын болған.",
            "9 800",
            (date(2021, 7, 1), date(2021, 7, 1), "actual"),
        ),
        # look-alikes: "былтыр дәл осы уақытта" as before, and a bare year keeps its year
        (
            "1 маусым мен 20 шілде аралығында облыстағы қонақ үйлерге 64 200 турист тоқтады. Былтыр дәл осы "
            "уақытта 41 300 турист тіркелген еді.",
            "41 300",
            (date(2022, 6, 1), date(2022, 7, 20), "actual"),
        ),
        (
            "1 маусым мен 20 шілде аралығында облыстағы қонақ үйлерге 64 200 турист тоқтады. 2022 жылы "
            "облысқа 410 мың турист келген.",
            "410",
            (date(2022, 1, 1), date(2022, 12, 31), "actual"),
        ),
    ],
)
def test_this_very_time_of_a_named_year(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _JULY, surface) == expected


# --- "жыл соңында" after a past year named in the sentence, told early in the next year -----------

_EARLY = date(2026, 2, 3)
_END_2025 = (date(2025, 12, 31), date(2025, 12, 31), "actual")


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was: the year's first day (the new level took its old level's day)
        (
            "Қарыз 2025 жылдың басындағы 84 млрд теңгеден жыл соңында 61 млрд теңгеге дейін азайды.",
            "61",
            _END_2025,
        ),
        ("Тозу деңгейі 2025 жылдың басында 64% болса, жыл соңында 58%-ға дейін төмендеді.", "58", _END_2025),
        # was: the whole year (the year-end of "Өткен жылы" went unread in February)
        ("Өткен жылы 45 нысан салынды, жыл соңында 12 нысан аяқталмай қалды.", "12", _END_2025),
        # look-alikes: the year's start keeps its day; "жыл соңында" with no past year named stays unread
        (
            "Қарыз 2025 жылдың басындағы 84 млрд теңгеден жыл соңында 61 млрд теңгеге дейін азайды.",
            "84",
            (date(2025, 1, 1), date(2025, 1, 1), "actual"),
        ),
        ("Жыл соңында облыста 30 мектеп салынды.", "30", (_EARLY, _EARLY, "actual")),
    ],
)
def test_year_end_of_the_year_named(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _EARLY, surface) == expected


# --- "Жыл қорытындысында" in an account of a past year -------------------------------------------

_APRIL = date(2025, 4, 10)
_2024 = (date(2024, 1, 1), date(2024, 12, 31), "actual")


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was: the year of publication
        (
            "Былтыр облыста 85 шақырым жол жөнделді. Жыл қорытындысында 23 шақырым жаңа жолдың құрылысы аяқталды.",
            "23",
            _2024,
        ),
        (
            "2024 жылы облыста 40 мектеп жөнделді. Жыл қорытындысында 12 мектеп пайдалануға берілді.",
            "12",
            _2024,
        ),
        # look-alikes: an account of this year keeps it, and so does last year's results named as such
        (
            "Биыл облыста 40 мектеп жөнделеді. Жыл қорытындысында 12 мектеп пайдалануға беріледі.",
            "12",
            (date(2025, 1, 1), date(2025, 12, 31), "plan"),
        ),
        ("Өткен жыл қорытындысында облыста 12 мектеп ашылды.", "12", _2024),
    ],
)
def test_year_results_of_the_past_year_told(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _APRIL, surface) == expected


# --- one "Қазір" for a sentence's clauses going on now -------------------------------------------

_AUG = date(2025, 8, 12)
_AHEAD = "Қыркүйектен бастап жаңа оқу бағдарламасы енгізіледі.\n"


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was: plan from 1 September (the start carried from the paragraph before)
        (
            _AHEAD + "Қазір облыста 48 үйірме жұмыс істейді, оларда 3 мыңнан астам оқушы білім алып жүр.",
            "3 мың",
            (_AUG, _AUG, "actual"),
        ),
        (
            _AHEAD + "Қазір бағдарламаға 60 мектеп қатысып отыр, олардағы 9 мыңға жуық бала тіл үйреніп жүр.",
            "9 мың",
            (_AUG, _AUG, "actual"),
        ),
        # look-alikes: a clause with a period and verb of its own to come keeps them
        (
            _AHEAD + "Қазір облыста 48 үйірме жұмыс істейді, ал келесі жылы оларда 5 мың оқушы білім алады.",
            "5 мың",
            (date(2026, 1, 1), date(2026, 12, 31), "plan"),
        ),
        (
            _AHEAD + "Қазір облыста 48 үйірме жұмыс істейді, оларда 3 мыңнан астам оқушы білім алып жүр.",
            "48",
            (_AUG, _AUG, "actual"),
        ),
    ],
)
def test_one_now_for_clauses_going_on(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _AUG, surface) == expected


# --- "енеді": the active "ен-" (is included), no passive deed ahead --------------------------------

_FEB_23 = date(2023, 2, 22)


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was: plan with no period (read as a passive aorist, "-н-еді")
        ("Бағдарламаның тегін дәрілер тізіміне 46 атау енеді.", "46", (_FEB_23, _FEB_23, "actual")),
        ("Қала құрамына 12 ауылдық округ енеді.", "12", (_FEB_23, _FEB_23, "actual")),
        # look-alikes: a passive "енгізіледі" and "қосылады" of a year ahead stay plans
        (
            "Келесі жылы тізбеге тағы 5 атау енгізіледі.",
            "5",
            (date(2024, 1, 1), date(2024, 12, 31), "plan"),
        ),
        ("Қала құрамына 12 ауылдық округ кіреді.", "12", (_FEB_23, _FEB_23, "actual")),
    ],
)
def test_included_is_a_state(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _FEB_23, surface) == expected


# --- "миллионнан астам" after a word: one million, read as a figure --------------------------------


def _values(body: str) -> dict[str, float]:
    return {i.surface: i.value for i in extract_indicators(body, _AUG, language="kk")}


@pytest.mark.parametrize(
    ("body", "surface", "value"),
    [
        # was: not read (only at a sentence's start or after punctuation)
        ("Жаңа оқу жылында оларда миллионнан астам бала тәрбиеленеді.", "миллионнан", 1e6),
        ("Фестивальге биыл мыңнан астам қонақ келді.", "мыңнан", 1e3),
        ("Облыс бюджетінен миллиардтан астам теңге жұмсалды.", "миллиардтан", 1e9),
        # look-alikes: a number word or digits before the scale keep the whole number
        ("Оларда бір миллионнан астам бала тәрбиеленеді.", "бір миллионнан", 1e6),
        ("Оларда 2 мыңнан астам бала бар.", "2 мыңнан", 2e3),
        ("Оларда екі мыңнан астам бала бар.", "екі мыңнан", 2e3),
    ],
)
def test_scale_word_alone_after_a_word(body: str, surface: str, value: float) -> None:
    found = _values(body)
    assert surface in found, f"no {surface!r} in {list(found)}"
    assert found[surface] == pytest.approx(value)


# --- "2025 жылғы X теңгенің орнына Y теңге": the old level keeps its year ------------------------

_JAN = date(2026, 1, 22)
_OLD_YEAR = (date(2025, 1, 1), date(2025, 12, 31), "actual")
_RAISE = "2026 жылғы 1 қаңтардан бастап ең төменгі жалақы 85 000 теңгеден 95 000 теңгеге өсті. "


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was: the old level at publication, the new one of 2025 and planned
        (
            _RAISE + "Ал мүгедектерге 2025 жылғы 40 000 теңгенің орнына 44 000 теңге төленеді.",
            "40 000",
            _OLD_YEAR,
        ),
        (
            _RAISE + "Ал мүгедектерге 2025 жылғы 40 000 теңгенің орнына 44 000 теңге төленеді.",
            "44 000",
            (date(2026, 1, 1), None, "actual"),
        ),
        (
            "2026 жылғы 1 шілдеден бастап шәкіртақы 52 000 теңгеден 60 000 теңгеге өседі. Магистранттарға "
            "2025 жылғы 70 000 теңгенің орнына 80 000 теңге төленеді.",
            "80 000",
            (date(2026, 7, 1), None, "plan"),
        ),
        # look-alikes: the ablative pair of the sentence before is read as it was
        (
            _RAISE + "Ал мүгедектерге 2025 жылғы 40 000 теңгенің орнына 44 000 теңге төленеді.",
            "85 000",
            _OLD_YEAR,
        ),
        (
            _RAISE + "Ал мүгедектерге 2025 жылғы 40 000 теңгенің орнына 44 000 теңге төленеді.",
            "95 000",
            (date(2026, 1, 1), None, "actual"),
        ),
    ],
)
def test_old_level_replaced_keeps_its_year(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _JAN, surface) == expected
