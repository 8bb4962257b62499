"""Kazakh mechanisms the rewrites p43 (the d38 articles told in other words) found read by their
wording only (ps43kk). Our own sentences, labelled by tests/realworld/FORMAT.md; each mechanism keeps
look-alikes that must keep their reading. Every case marked "was" was read wrong before +ps43kk."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators
from tests.figure_lookup import Reading
from tests.figure_lookup import kk_reading as _reading

_PUB = date(2025, 6, 10)
_DEC31_2024 = (date(2024, 12, 31), date(2024, 12, 31))

# --- a year's end said with "аяғы" as with "соңы" ------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "published", "surface", "expected"),
    [
        # was the whole year: "2024 жылдың аяғында" is that year's last day, as "2024 жылдың соңында"
        (
            "2024 жылдың аяғында облыстағы мектептердің 82 пайызы жөнделген еді.",
            _PUB,
            "82",
            (*_DEC31_2024, "actual"),
        ),
        # was the whole past year: "былтырғы жылдың аяғында" names the past year as "өткен жылдың" does
        (
            "Былтырғы жылдың аяғында көпірлердің 64 пайызы жарамды күйде болды.",
            _PUB,
            "64",
            (*_DEC31_2024, "actual"),
        ),
        (
            "Өткен жылдың аяғындағы дерек бойынша ауылдардың 71 пайызы интернетке қосылған.",
            _PUB,
            "71",
            (*_DEC31_2024, "actual"),
        ),
        # was the year's first day: "жыл аяғында" after a past year's start, the end of that year
        (
            "Су құбырларының тозуы 2024 жылдың басында 58 пайыз болса, жыл аяғында 55 пайызға түсті.",
            _PUB,
            "55",
            (*_DEC31_2024, "actual"),
        ),
        # look-alikes that keep their reading: the end already read with "соңы", a deadline ahead
        (
            "2024 жылдың соңында облыстағы мектептердің 82 пайызы жөнделген еді.",
            _PUB,
            "82",
            (*_DEC31_2024, "actual"),
        ),
        ("Жыл аяғына дейін 40 мектеп жөнделеді.", _PUB, "40", (None, date(2025, 12, 31), "plan")),
    ],
)
def test_year_end_said_with_ayagy(body: str, published: date, surface: str, expected: Reading) -> None:
    assert _reading(body, published, surface) == expected


# --- a span between two days of two months joined by a dash ---------------------------------------------

_JUL = date(2023, 7, 27)


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was the last day only: "1 маусым – 23 шілде аралығында" spans as "1 маусым мен 23 шілде аралығында"
        (
            "1 маусым – 23 шілде аралығында облыс қонақүйлеріне 48 200 турист орналасты.",
            "48 200",
            (date(2023, 6, 1), date(2023, 7, 23), "actual"),
        ),
        # (a month range with a dash was read right before)
        (
            "Наурыз—мамыр аралығында 310 шақырым жол жөнделді.",
            "310",
            (date(2023, 3, 1), date(2023, 5, 31), "actual"),
        ),
        # look-alikes that keep their reading
        (
            "1 маусым мен 23 шілде аралығында облыс қонақүйлеріне 48 200 турист орналасты.",
            "48 200",
            (date(2023, 6, 1), date(2023, 7, 23), "actual"),
        ),
        (
            "14-21 шілде аралығында бағалар 0,4 пайызға өсті.",
            "0,4",
            (date(2023, 7, 14), date(2023, 7, 21), "actual"),
        ),
    ],
)
def test_span_of_two_days_joined_by_dash(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _JUL, surface) == expected


# --- a yield's "ц" alone, the hectare told before it ------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        # was a count: the short centner with no "/га" after it
        ("Қызылшаның әр гектарынан орта есеппен 412,6 ц өнім алынды.", "412,6"),
        ("Жүгері 96 мың тонна жиналды (гектарынан 58,4 ц).", "58,4"),
        # look-alikes that keep their reading
        ("Жүгері 96 мың тонна жиналды (58,4 ц/га).", "58,4"),
        ("Жүгері гектарына 58,4 центнерден түсім берді.", "58,4"),
    ],
)
def test_short_centner_alone_is_a_yield(body: str, surface: str) -> None:
    found = {i.surface.split()[0]: i.unit for i in extract_indicators(body, date(2025, 9, 20), language="kk")}
    assert found[surface] == "centner_per_hectare"


# --- a week before the day in scope ---------------------------------------------------------------------

_FEB = date(2024, 3, 2)


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was the day in scope: "бір апта бұрынғы деректерде" is a week before it, as "неделей ранее"
        (
            "28 ақпандағы мониторинг бойынша ұнның келісі 310 теңге тұрды. Бір апта бұрынғы деректерде "
            "қарақұмық 720 теңге болған.",
            "720",
            (date(2024, 2, 21), date(2024, 2, 21), "actual"),
        ),
        (
            "28 ақпандағы мониторинг бойынша ұнның келісі 310 теңге тұрды. Бір апта бұрын жұмыртқаның "
            "оны 690 теңге еді.",
            "690",
            (date(2024, 2, 21), date(2024, 2, 21), "actual"),
        ),
        # look-alike that keeps its reading: the day in scope itself
        (
            "28 ақпандағы мониторинг бойынша ұнның келісі 310 теңге тұрды.",
            "310",
            (date(2024, 2, 28), date(2024, 2, 28), "actual"),
        ),
    ],
)
def test_a_week_before_the_day_in_scope(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _FEB, surface) == expected


# --- a bare year's end after a past year named in the same sentence ---------------------------------------

_NOV = date(2025, 11, 25)


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was this year's end: the year named earlier in a sentence told in the past owns the bare end
        (
            "2024 жылы облысқа 3,2 млрд теңге бөлініп, су құбырымен қамтуды жыл аяғына дейін 91 пайызға "
            "жеткізу міндеті қойылды.",
            "91",
            (None, date(2024, 12, 31), "target"),
        ),
        (
            "2023 жылы ауылдардың интернетпен қамтылуын жыл соңына дейін 85 пайызға көтеру міндеті қойылған еді.",
            "85",
            (None, date(2023, 12, 31), "target"),
        ),
        # look-alikes that keep their reading: this year named, or a deed still ahead of last year's deed
        (
            "Биыл су құбырымен қамтуды жыл соңына дейін 91 пайызға жеткізу көзделген.",
            "91",
            (None, date(2025, 12, 31), "target"),
        ),
        (
            "2024 жылы 40 ауыл газға қосылды, жыл соңына дейін тағы 12 ауыл қосылады.",
            "12",
            (None, date(2025, 12, 31), "plan"),
        ),
    ],
)
def test_bare_year_end_of_a_named_past_year(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _NOV, surface) == expected


# --- "қол жеткізу" (gaining access) as the object of an ability: an outcome expected, no level set --------


@pytest.mark.parametrize(
    ("body", "surface", "kind"),
    [
        # was target: "жеткізу" read as bringing a level to a goal
        (
            "Жаңа су құбыры 45 мыңнан астам тұрғынның таза суға қол жеткізуіне мүмкіндік бермек.",
            "45",
            "forecast",
        ),
        ("Бұл жоба 8 мың отбасының интернетке қол жеткізуге мүмкіндік береді.", "8", "forecast"),
        # look-alikes that keep their reading: the ability told with "қамтамасыз ету", a level to bring to
        (
            "Жаңа су құбыры 45 мыңнан астам тұрғынды таза сумен қамтамасыз етуге мүмкіндік береді.",
            "45",
            "forecast",
        ),
        ("2030 жылға қарай газдандыру деңгейін 80 пайызға жеткізу көзделген.", "80", "target"),
    ],
)
def test_access_gained_by_an_ability(body: str, surface: str, kind: str) -> None:
    assert _reading(body, _NOV, surface)[2] == kind


# --- buildings still to be built, named one by one after the sentence that says so ------------------------

_STILL = "Салынуы тиіс тағы екі мектептің жобалық-сметалық құжаттары сараптамадан өтті. "


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was actual: "Олардың қатарында ... бар" names them as "Олар – ..." does
        (
            _STILL + "Олардың қатарында 600 оқушыға арналған мектеп және 300 орындық мектеп бар.",
            "600",
            (None, None, "plan"),
        ),
        (_STILL + "Олардың арасында 900 оқушыға арналған мектеп бар.", "900", (None, None, "plan")),
        # was actual too: the dash form after "салынуы тиіс ... құжаттары" (d38 wrote "құжаттамасы")
        # (then a look-alike that keeps its reading: "among them" with nothing still to build)
        (_STILL + "Олар – 600 оқушыға арналған мектеп және 300 орындық мектеп.", "600", (None, None, "plan")),
        (
            "Ауданда 14 мәдениет нысаны жұмыс істейді. Олардың қатарында 3 кітапхана бар.",
            "3",
            (date(2026, 2, 20), date(2026, 2, 20), "actual"),
        ),
    ],
)
def test_named_still_to_build(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, date(2026, 2, 20), surface) == expected


# --- a new level in force, then the old one in a clause of its own past year ------------------------------

_JAN = date(2026, 1, 20)
_FROM_JAN = (
    "2025 жылы стипендияларға 96,4 миллиард теңге жұмсалды.\n"
    "Биылғы 1 қаңтардан бастап стипендиялар 15 пайызға өсті. "
)


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was last year's plan: the new level took the old one's year from the clause after it
        (
            _FROM_JAN
            + "Енді оқуға түскенде студентке 58 400 теңге төленеді, ал 2025 жылы бұл сома 50 800 теңге болатын.",
            "58 400",
            (date(2026, 1, 1), None, "actual"),
        ),
        (
            _FROM_JAN
            + "Енді оқуға түскенде студентке 58 400 теңге төленеді, ал 2025 жылы бұл сома 50 800 теңге болатын.",
            "50 800",
            (date(2025, 1, 1), date(2025, 12, 31), "actual"),
        ),
        (
            _FROM_JAN
            + "Магистранттарға да сол күннен бастап 71 200 теңге төленеді, былтыр – 61 900 теңге төленген.",
            "71 200",
            (date(2026, 1, 1), None, "actual"),
        ),
        # look-alike that keeps its reading: d38's order, the old level first with "орнына"
        (
            "2026 жылғы 1 қаңтардан бастап студенттерге 58 400 теңге төленеді. Магистранттарға 2025 жылғы "
            "61 900 теңгенің орнына 71 200 теңге төленеді.",
            "71 200",
            (date(2026, 1, 1), None, "actual"),
        ),
    ],
)
def test_new_level_then_old_in_its_year(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _JAN, surface) == expected


# --- ", яғни ... N есе өсті": the change drawn from two levels, its verb after the figure -------------------


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was the look back's span: the change is of the span in view, not of last year's
        (
            "1 маусым мен 31 шілде аралығында шипажайларда 84 мың адам демалды. Өткен жылдың дәл осы кезеңінде "
            "олардың саны 41 мың болған, яғни көрсеткіш екі еседен астам өсті.",
            "екі есе",
            (date(2023, 6, 1), date(2023, 7, 31), "actual"),
        ),
        # look-alike that keeps its reading: the old level itself stays in the look back
        (
            "1 маусым мен 31 шілде аралығында шипажайларда 84 мың адам демалды. Өткен жылдың дәл осы кезеңінде "
            "олардың саны 41 мың болған, яғни көрсеткіш екі еседен астам өсті.",
            "41 мың",
            (date(2022, 6, 1), date(2022, 7, 31), "actual"),
        ),
    ],
)
def test_that_is_change_after_a_look_back(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, date(2023, 8, 10), surface) == expected


# --- a plan told after a sentence about the present, under a plan's span ----------------------------------

_PLAN_YEAR = "Биыл қалада 14 мектепті күрделі жөндеу көзделген. Қазіргі уақытта 6 мектеп жөнделіп жатыр. "


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was the day of telling: the present the sentence before named does not go on into a plan
        (
            _PLAN_YEAR + "Мәселен, Әуезов ауданында 3 мектепті жөндеу жоспарланған.",
            "3",
            (date(2026, 1, 1), date(2026, 12, 31), "plan"),
        ),
        (
            _PLAN_YEAR + "Атап айтқанда, орталықта 2 мектеп пен 1 лицейді жаңарту көзделіп отыр.",
            "2",
            (date(2026, 1, 1), date(2026, 12, 31), "plan"),
        ),
        # look-alikes that keep their reading: a state that goes on with the present; a plan with no
        # plan's span before it (the day it is told)
        (
            _PLAN_YEAR + "Олардың 4-еуі орталықта орналасқан.",
            "4",
            (date(2026, 3, 10), date(2026, 3, 10), "actual"),
        ),
        (
            "Қазір мектеп үш ауысыммен жұмыс істеп тұр. Жаңа ғимаратқа 900 оқушыны көшіру жоспарланып отыр.",
            "900",
            (date(2026, 3, 10), date(2026, 3, 10), "plan"),
        ),
    ],
)
def test_plan_after_the_present_under_a_plan(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, date(2026, 3, 10), surface) == expected


# --- "has managed to" in a sentence opened on the source whose data stand at a day told before ------------

_SEP = date(2025, 9, 12)
_DATA_DAY = "Облыста 10 қыркүйектегі жағдай бойынша 1,2 миллион тонна астық бастырылды. "


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was the day of publication: "үлгерген" is done by the day the data stand at
        (
            _DATA_DAY + "Басқарманың жедел дерегінше, орақ 640 мың гектарда өтіп үлгерген.",
            "640",
            (date(2025, 9, 10), date(2025, 9, 10), "actual"),
        ),
        (
            _DATA_DAY + "Министрлік мәліметінше, шаруалар 85 мың тонна картоп жинап үлгерді.",
            "85",
            (date(2025, 9, 10), date(2025, 9, 10), "actual"),
        ),
        # look-alikes that keep their reading: no source opening the sentence; no data day before it
        (
            _DATA_DAY + "Қазір орақ 640 мың гектарда өтіп үлгерген.",
            "640",
            (_SEP, _SEP, "actual"),
        ),
        (
            "Басқарманың жедел дерегінше, орақ 640 мың гектарда өтіп үлгерген.",
            "640",
            (_SEP, _SEP, "actual"),
        ),
    ],
)
def test_managed_by_the_data_day(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _SEP, surface) == expected
