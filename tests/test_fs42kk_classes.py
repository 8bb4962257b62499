"""Kazakh mechanisms the first sight of the fresh set d42 found read wrong (fs42kk). Our own sentences,
labelled by tests/realworld/FORMAT.md; each mechanism keeps look-alikes that must keep their reading.
Every case marked "was" was read wrong before +fs42kk."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators

Reading = tuple[date | None, date | None, str]


def _found(body: str, published: date) -> dict[str, tuple[date | None, date | None, str, str]]:
    return {
        i.surface: (i.period_start, i.period_end, i.kind, i.unit)
        for i in extract_indicators(body, published, language="kk")
    }


def _reading(body: str, published: date, surface: str) -> Reading:
    found = _found(body, published)
    hits = [s for s in found if s.startswith(surface)]
    assert hits, f"no {surface!r} in {list(found)}"
    return found[hits[0]][:3]


def _unit(body: str, published: date, surface: str) -> str:
    found = _found(body, published)
    hits = [s for s in found if s.startswith(surface)]
    assert hits, f"no {surface!r} in {list(found)}"
    return found[hits[0]][3]


_PUB = date(2024, 6, 10)


def _year(y: int) -> tuple[date, date]:
    return date(y, 1, 1), date(y, 12, 31)


_GREW = "2018–2022 жылдары облыстағы сүт өндірісі 1,5 есеге артып, 420 мың тоннаға жетті."
_CARRIED = (
    "Зерттеу бойынша 2015–2020 жылдары жолаушылар саны 30%-ға өсіп, 12 млн адамға жеткен. Осы кезеңде "
    "әуе тасымалы 2 есе ұлғайып, 5 млн жолаушыны құраған."
)


# --- a change over years already past: the level reached is the last year's, the old level the first's ----


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        (_GREW, "420 мың", (*_year(2022), "actual")),  # was 2018-2022
        (
            "2019–2023 жылдары елден шикізат экспорты екі есе ұлғайып, 3,4 млрд долларды құрады.",
            "3,4 млрд",
            (*_year(2023), "actual"),
        ),  # was 2019-2023
        (
            "2016–2020 жылдары ауыл тұрғындарының үлесі 42%-дан 39%-ға дейін азайған.",
            "42%",
            (*_year(2016), "actual"),
        ),
        (
            "2016–2020 жылдары ауыл тұрғындарының үлесі 42%-дан 39%-ға дейін азайған.",
            "39%",
            (*_year(2020), "actual"),
        ),
        (_CARRIED, "12 млн", (*_year(2020), "actual")),  # the noun between the level and "жеткен"
        (_CARRIED, "5 млн", (*_year(2020), "actual")),  # the span carried by "Осы кезеңде"
        # a part of the level reached, told next, is of the same last year
        (_GREW + " Оның 300 мың тоннасы ірі фермаларға тиесілі.", "300 мың", (*_year(2022), "actual")),
        # look-alikes: the change covers the whole span; a total with no change before it keeps the span;
        # a span still ahead is no past span
        (_GREW, "1,5 есеге", (date(2018, 1, 1), date(2022, 12, 31), "actual")),
        (_CARRIED, "2 есе", (date(2015, 1, 1), date(2020, 12, 31), "actual")),
        (
            "2019–2023 жылдары инвестиция 30%-ға өсіп, жалпы 5 трлн теңгені құрады.",
            "5 трлн",
            (date(2019, 1, 1), date(2023, 12, 31), "actual"),
        ),  # a total over the years keeps them
        (
            "2018–2022 жылдары облыста 420 мың тонна сүт өндірілді.",
            "420 мың",
            (date(2018, 1, 1), date(2022, 12, 31), "actual"),
        ),
        (
            "2024–2026 жылдары сүт өндірісі 1,5 есеге артып, 500 мың тоннаға жетеді.",
            "500 мың",
            (date(2024, 1, 1), date(2026, 12, 31), "plan"),
        ),
    ],
)
def test_level_reached_over_past_years(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _PUB, surface) == expected


# --- a test score in points is a measure ("other"), not a count; "бала", "балабақша", "бал ара" stay words --


@pytest.mark.parametrize(
    ("body", "surface", "unit"),
    [
        ("Биыл 12 түлек 140 балл жинады.", "140", "other"),  # was count
        ("Ең жоғары 125 балды үш оқушы алды.", "125", "other"),  # was count
        ("Биыл 3 мың талапкер 100 балдан жоғары нәтиже көрсетті.", "100", "other"),  # was count
        ("Биыл ауданда 30 балабақша ашылды.", "30", "count"),
        ("Жаңа мектепке 500 бала барады.", "500", "count"),
        ("Ауданда 200 бал ара ұясы бар.", "200", "count"),
    ],
)
def test_score_points_are_other(body: str, surface: str, unit: str) -> None:
    assert _unit(body, _PUB, surface) == unit


# --- an exam taken ("тапсырған", "тапсырып") is done, not a task set; a deed set as a task stays a target --


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        ("Биыл 95 мың түлек ҰБТ тапсырған.", "95 мың", (*_year(2024), "actual")),  # was target
        (
            "Биыл 40 мың студент емтихан тапсырып, 35 мыңы сессияны жапты.",
            "40 мың",
            (*_year(2024), "actual"),
        ),  # was target
        (
            "Биыл тестке 181 мыңнан астам адам қатысып, оны 326 мың рет тапсырған.",
            "326 мың",
            (*_year(2024), "actual"),
        ),  # was target
        (
            "Президент 2030 жылға дейін 200 мектеп салуды тапсырған.",
            "200",
            (None, date(2030, 12, 31), "target"),
        ),
    ],
)
def test_exam_taken_is_done(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _PUB, surface) == expected


# --- kinds: the seats of a building a share done is still built; what is planned to be so; a change that
# --- must be made; a utility brought to villages --------------------------------------------------------

_DEC = date(2025, 12, 5)


@pytest.mark.parametrize(
    ("body", "surface", "kind"),
    [
        ("Қалада 300 орындық мектептің құрылысы 60%-ға аяқталды.", "300", "plan"),  # was actual
        ("Ауданда 150 орындық балабақшаның құрылысы 75 пайызға дайын.", "150", "plan"),  # was actual
        ("Жаңа зауытта 400 адам жұмыс істейді деп жоспарланған.", "400", "plan"),  # was actual
        ("Кешенде 2 мың орын болады деп жоспарлануда.", "2 мың", "plan"),  # a plan before, a plan now
        ("Алдағы үш жылда экспортты екі есеге арттыруымыз керек.", "екі есеге", "target"),  # was plan
        ("Жыл соңына дейін шығынды 20%-ға азайту тиіс.", "20%", "target"),  # was plan
        ("Келесі жылы тағы 40 ауылға газ жеткізу көзделіп отыр.", "40", "plan"),  # was target
        # look-alikes: the share done stands; works to be built must go up (a plan); a level to bring
        # up to stays a goal; a plain duty to build stays a plan
        ("Қалада 300 орындық мектептің құрылысы 60%-ға аяқталды.", "60%", "actual"),
        ("Жоспарға сәйкес ауылдарда 120 медициналық пункт бой көтеруі керек.", "120", "plan"),
        ("2027 жылға қарай ауыз сумен қамтуды 100%-ға дейін жеткізу көзделген.", "100%", "target"),
        ("Биыл 300 мектеп салу керек.", "300", "plan"),
        ("Ауданда 3 мың адам жұмыс істейді.", "3 мың", "actual"),
    ],
)
def test_kinds_of_works_and_musts(body: str, surface: str, kind: str) -> None:
    assert _reading(body, _DEC, surface)[2] == kind


# --- a change drawn (", яғни") from a rise over several years; a forecast that is only the base; a past base --

_LEAD = "2025 жылдың тоғыз айында өңірге 350 мыңнан астам турист келді. "
_P25 = date(2025, 12, 23)


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        (
            _LEAD + "Соңғы үш жылда экспорт 40 мың тоннадан 52 мың тоннаға дейін, яғни 30%-ға артты.",
            "30%",
            (date(2022, 12, 23), _P25, "actual"),
        ),  # was the lead's nine months
        (
            _LEAD + "Соңғы бес жылда жолаушылар саны 600 мыңнан 1 млн адамға дейін, яғни 66%-ға өсті.",
            "66%",
            (date(2020, 12, 23), _P25, "actual"),
        ),  # was the lead's nine months
        # look-alike: a rise between two single years keeps the new level's year
        (
            _LEAD + "Былтыр экспорт 40 мың тоннадан 52 мың тоннаға дейін, яғни 30%-ға артты.",
            "30%",
            (*_year(2024), "actual"),
        ),
        # the base of a plan, a level of a year over, is actual (was plan)
        (
            "Биыл жол жөндеуге 50 млрд теңге бөлінеді. Бұл 2024 жылғы 40 млрд теңгеден 25%-ға көп.",
            "40 млрд",
            (*_year(2024), "actual"),
        ),
        (
            "Биыл 12 мектеп салу жоспарланған. Бұл былтырғы 8 мектептен 4-ке көп.",
            "8",
            (*_year(2024), "actual"),
        ),
        # look-alikes: the plan and its change keep their kind; a goal named as the base keeps its own
        (
            "Биыл жол жөндеуге 50 млрд теңге бөлінеді. Бұл 2024 жылғы 40 млрд теңгеден 25%-ға көп.",
            "25%",
            (*_year(2025), "plan"),
        ),
    ],
)
def test_change_drawn_and_past_base(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _P25, surface) == expected


@pytest.mark.parametrize(
    ("body", "surface", "kind"),
    [
        (
            "Жалақы 12%-ға өсті, бұл болжамды деңгейден 3 пайыздық тармаққа жоғары.",
            "3 пайыздық",
            "actual",
        ),  # was forecast
        (
            "Ынтымақты зейнетақы 8,5%-ға ұлғайды. Бұл болжамды инфляциядан 2 пайыздық тармаққа артық.",
            "2 пайыздық",
            "actual",
        ),
        # look-alikes: the forecast level itself stays a forecast
        ("Болжамды инфляция 2025 жылы 6,5% болады.", "6,5%", "forecast"),
        ("Биыл болжамды жалпы түсім 18 млн тоннаны құрайды.", "18 млн", "forecast"),
    ],
)
def test_forecast_base_is_not_the_figures_kind(body: str, surface: str, kind: str) -> None:
    assert _reading(body, date(2025, 1, 6), surface)[2] == kind


# --- "енді" (now): a level in force after a change already made, not part of a goal told before ----------

_RAISED = "2025 жылғы 1 қаңтардан бастап жәрдемақылар 6,5%-ға көбейді. 2027 жылға қарай зейнетақы 120%-ға дейін жеткізілуі тиіс. "
_NO_START = "Биыл жәрдемақылар көбейді. 2027 жылға қарай зейнетақы 120%-ға дейін жеткізілуі тиіс. "


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        (
            _RAISED + "Мәселен, біржолғы жәрдемақы енді 149 416 теңге болады.",
            "149 416",
            (date(2025, 1, 1), None, "actual"),
        ),
        (
            _RAISED + "Күтім бойынша жәрдемақы енді 60 мың теңге болады.",
            "60 мың",
            (date(2025, 1, 1), None, "actual"),
        ),  # was the goal's deadline, plan
        (
            _NO_START + "Жәрдемақы енді 60 мың теңге болады.",
            "60 мың",
            (date(2025, 1, 6), date(2025, 1, 6), "actual"),
        ),
        # look-alikes: the goal itself; a plan of its own after "енді"
        (
            _RAISED + "Мәселен, біржолғы жәрдемақы енді 149 416 теңге болады.",
            "120%",
            (None, date(2027, 12, 31), "target"),
        ),
        (
            "Жыл соңына дейін 30 ауылға газ тарту көзделген. Енді тағы 20 ауыл газға қосылады.",
            "20",
            (None, date(2025, 12, 31), "plan"),
        ),
    ],
)
def test_now_in_force_after_a_change(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, date(2025, 1, 6), surface) == expected


# --- a report opened on the whole year: a bare "биыл" told after months so far is still the year ---------

_YEAR_LEAD = "Облыста өнеркәсіп өнімі биыл 2 трлн теңгеден асады деп күтілуде. "


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        (
            _YEAR_LEAD
            + "10 айдың қорытындысы бойынша өнім 1,6 трлн теңгеге жетті. Биыл 40 жаңа кәсіпорын ашылды.",
            "40",
            (*_year(2025), "actual"),
        ),  # was January-October
        (
            _YEAR_LEAD
            + "Қазан айының соңына дейін 1,6 трлн теңгенің өнімі өндірілді. Биыл 3 млн тонна көмір өндірілді.",
            "3 млн",
            (*_year(2025), "actual"),
        ),  # a span to a day, read so before too
        # look-alikes: the months keep their span; a lead on months from January narrows a bare "биыл"
        (
            _YEAR_LEAD
            + "10 айдың қорытындысы бойынша өнім 1,6 трлн теңгеге жетті. Биыл 40 жаңа кәсіпорын ашылды.",
            "1,6 трлн",
            (date(2025, 1, 1), date(2025, 10, 31), "actual"),
        ),
        (
            "Облыста биыл 10 айда 1,6 трлн теңгенің өнімі өндірілді. Биыл 3 млн тонна көмір өндірілді.",
            "3 млн",
            (date(2025, 1, 1), date(2025, 10, 31), "actual"),
        ),
    ],
)
def test_year_report_keeps_bare_this_year(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, date(2025, 12, 23), surface) == expected


# --- a year in a bracket beside a figure of some months or days: the same span in that year -------------


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        (
            "Биылғы 1–20 тамыз аралығында 600 мың тонна жүк тасылды. Оның 210 мың тоннасы экспортқа кетті "
            "(2024 жылы – 180 мың тонна).",
            "180 мың",
            (date(2024, 8, 1), date(2024, 8, 20), "actual"),
        ),  # was the whole of 2024
        (
            "Биыл наурыз айында 45 мың турист келді (2024 жылы – 38 мың турист).",
            "38 мың",
            (date(2024, 3, 1), date(2024, 3, 31), "actual"),
        ),
        # look-alikes: the figure's own span; a bracket beside a whole year keeps the whole year
        (
            "Биылғы 1–20 тамыз аралығында 600 мың тонна жүк тасылды. Оның 210 мың тоннасы экспортқа кетті "
            "(2024 жылы – 180 мың тонна).",
            "210 мың",
            (date(2025, 8, 1), date(2025, 8, 20), "actual"),
        ),
        ("Биыл 500 мың тонна ет өндірілді (2024 жылы – 480 мың тонна).", "480 мың", (*_year(2024), "actual")),
        # a span still running at publication keeps the year named (real14kk)
        (
            "Жыл басынан бері ет өндірісі өсті: сиыр еті — 240 мың тонна (2024 жылы — 230 мың тонна).",
            "230 мың",
            (*_year(2024), "actual"),
        ),
    ],
)
def test_bracket_year_same_span(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, date(2025, 9, 27), surface) == expected
