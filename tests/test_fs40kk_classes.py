"""Kazakh mechanisms found at first sight of the fresh development set d40 (fs40kk). Our own sentences,
labelled by tests/realworld/FORMAT.md; each mechanism keeps look-alikes that must keep their reading.
Every case marked "was" below was read wrong before +fs40kk."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators

Reading = tuple[date | None, date | None, str]


def _read(body: str, published: date, title: str = "") -> dict[str, Reading]:
    return {
        i.surface: (i.period_start, i.period_end, i.kind)
        for i in extract_indicators(body, published, title=title, language="kk")
    }


def _reading(body: str, published: date, surface: str, title: str = "") -> Reading:
    found = _read(body, published, title)
    hits = [s for s in found if s.startswith(surface)]
    assert hits, f"no {surface!r} in {list(found)}"
    return found[hits[0]]


_OCT = date(2025, 10, 20)
_BY_YEAR_END = (None, date(2025, 12, 31))

# --- the first person plural aorist of a two-letter stem: what we will do ---------------------------


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was: target (a deadline with no plan word read as a goal)
        ("Жыл соңына дейін тағы 6 емхана ашамыз.", "6", (*_BY_YEAR_END, "plan")),
        ("Жыл соңына дейін ауданға 12 жаңа автобус аламыз.", "12", (*_BY_YEAR_END, "plan")),
        ("Жыл аяғына дейін саябаққа 3 мың көшет егеміз, – деді әкім.", "3 мың", (*_BY_YEAR_END, "plan")),
        # look-alikes: a longer stem keeps its plan, a goal word keeps its goal
        ("Жыл соңына дейін тағы 6 мектеп саламыз.", "6", (*_BY_YEAR_END, "plan")),
        (
            "Жыл соңына дейін көшет санын 11 мыңға жеткізу мақсаты қойылды.",
            "11 мыңға",
            (*_BY_YEAR_END, "target"),
        ),
    ],
)
def test_we_will_of_a_short_stem_is_a_plan(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _OCT, surface) == expected


# --- "жеткізуші": a supply line or a supplier, no level to bring something to -----------------------


@pytest.mark.parametrize(
    ("body", "surface", "kind"),
    [
        # was: target ("жеткізу" read inside "жеткізуші")
        ("Мердігер ұзындығы 42 шақырым болатын жеткізуші газ құбырын салды.", "42 шақырым", "actual"),
        ("Жеткізуші компания ауылға 60 тонна көмір әкелді.", "60 тонна", "actual"),
        ("Өңірде 14 жеткізуші желі тартылды.", "14", "actual"),
        # look-alike: bringing a level up to a mark stays a goal
        ("Жыл соңына дейін газдандыру деңгейін 70 пайызға жеткізу мақсаты қойылды.", "70 пайызға", "target"),
    ],
)
def test_a_supplier_is_no_goal(body: str, surface: str, kind: str) -> None:
    assert _reading(body, _OCT, surface)[2] == kind


# --- "Жыл басынан бері" opening a sentence under a wider frame sets the scene ------------------------

_SEP = date(2024, 9, 20)
_SO_FAR = (date(2024, 1, 1), _SEP)
_SINCE_2021 = "Министрліктің мәліметінше, 2021 жылдан бері ауылдарға газ тарту көлемі 4 есе өскен.\n"


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was: 2021-01-01..publication (the since-span of the paragraph before kept as the scene)
        (
            _SINCE_2021 + "Жыл басынан бері 42 ауыл газға қосылды. Осы кезеңде 18 жаңа қазандық салынды.",
            "18",
            (*_SO_FAR, "actual"),
        ),
        (
            _SINCE_2021 + "Басқарманың дерегі бойынша, жыл басынан бері 42 ауыл газға қосылды. "
            "Тұрғындарға 900 жаңа есептегіш орнатылды.",
            "900",
            (*_SO_FAR, "actual"),
        ),
        # (a school year still to come named before: the tally after "Жыл басынан бері" is this year's)
        (
            "Жаңа 2024-2025 оқу жылында мектептерде 40 мың бала оқиды деп күтілуде.\n"
            "Жылдың басынан бері жоба 12 ауданда сынақтан өтті. «Сынақ кезеңінде 5 мың ваучер берілді», – деді министр.",
            "5 мың",
            (*_SO_FAR, "actual"),
        ),
        # look-alikes: the wider frame stays where no year so far opens the sentence
        (
            _SINCE_2021 + "Осы кезеңде 18 жаңа қазандық салынды.",
            "18",
            (date(2021, 1, 1), _SEP, "actual"),
        ),
        # (and the year so far that does open one is read as before)
        (
            _SINCE_2021 + "Жыл басынан бері 42 ауыл газға қосылды.",
            "42",
            (*_SO_FAR, "actual"),
        ),
    ],
)
def test_year_so_far_opening_sets_the_scene(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _SEP, surface) == expected


# --- a total the year's additions bring a stock to is the stock now ----------------------------------

_THIS_YEAR = (date(2025, 1, 1), date(2025, 12, 31))


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was: the whole year carried from the sentence of the additions
        (
            "Биыл ауданда 7 ауыл таза суға қосылды. Осылайша сумен қамтылған ауылдардың жалпы саны 41-ге жетті.",
            "41-ге",
            (_OCT, _OCT, "actual"),
        ),
        (
            "Биыл облыста 120 шақырым жол жөнделді. Нәтижесінде жақсы күйдегі жолдардың жалпы ұзындығы "
            "3 400 шақырымға жетті.",
            "3 400",
            (_OCT, _OCT, "actual"),
        ),
        # look-alikes: the additions keep their year; a total volume (often a flow) keeps the year too
        (
            "Биыл ауданда 7 ауыл таза суға қосылды. Осылайша сумен қамтылған ауылдардың жалпы саны 41-ге жетті.",
            "7",
            (*_THIS_YEAR, "actual"),
        ),
        (
            "Биыл облыста 2,1 млн тонна астық жиналды. Нәтижесінде астықтың жалпы көлемі 2,4 млн тоннаға жетті.",
            "2,4 млн",
            (*_THIS_YEAR, "actual"),
        ),
    ],
)
def test_total_brought_to_is_the_stock_now(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _OCT, surface) == expected


# --- this year's count told right before "another N by the year's end" is the done part --------------

_SO_FAR_OCT = (date(2025, 1, 1), _OCT)


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was: the whole year (a deed "биыл" done), not the part done so far
        (
            "Облыста биыл 14 жаңа мектеп пайдалануға берілді. Жыл соңына дейін тағы 5 мектеп ашылады.",
            "14",
            (*_SO_FAR_OCT, "actual"),
        ),
        (
            "Ақмола облысында биыл газға қосылған ауылдардың саны 30-ға жетті. Жыл соңына дейін тағы 4 ауылға "
            "газ беріледі.",
            "30-ға",
            (*_SO_FAR_OCT, "actual"),
        ),
        # look-alikes: money keeps its year; a count not right before, or of another unit, keeps it too
        (
            "Облыста биыл жол жөндеуге 12 млрд теңге жұмсалды. Жыл соңына дейін тағы 3 млрд теңге бөлінеді.",
            "12 млрд",
            (*_THIS_YEAR, "actual"),
        ),
        (
            "Облыста биыл 14 жаңа мектеп пайдалануға берілді. Олардың барлығы заманауи талапқа сай.\n"
            "Жыл соңына дейін тағы 5 мектеп ашылады.",
            "14",
            (*_THIS_YEAR, "actual"),
        ),
        (
            "Облыста биыл 140 шақырым жол жөнделді. Жыл соңына дейін тағы 5 көпір салынады.",
            "140 шақырым",
            (*_THIS_YEAR, "actual"),
        ),
    ],
)
def test_done_before_more_by_year_end(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _OCT, surface) == expected


# --- the old level of a Kazakh change still to come this year is the level now ----------------------

_JAN = date(2026, 1, 30)
_YEAR_2026 = (date(2026, 1, 1), date(2026, 12, 31))


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was: the year of the change ahead given to the level it sets out from
        (
            "Биыл елдегі ЖЭО-лардың тозуы 58 пайыздан 55 пайызға дейін азаяды деп күтілуде.",
            "58 пайыздан",
            (_JAN, _JAN, "actual"),
        ),
        (
            "Ведомство 2026 жылы 12 энергоблокты жөндейді.\nЖөндеу нәтижесінде тозу деңгейі 64 пайыздан "
            "60 пайызға дейін төмендейді.",
            "64 пайыздан",
            (_JAN, _JAN, "actual"),
        ),
        # look-alikes: the new level keeps the year ahead; an old level with a year of its own keeps it
        # (money already read so before, by another rule)
        (
            "2026 жылы орташа жалақы 150 мың теңгеден 170 мың теңгеге дейін өседі.",
            "150 мың",
            (_JAN, _JAN, "actual"),
        ),
        (
            "Биыл елдегі ЖЭО-лардың тозуы 58 пайыздан 55 пайызға дейін азаяды деп күтілуде.",
            "55 пайызға",
            (*_YEAR_2026, "forecast"),
        ),
        (
            "Бюджет кірістері 2027 жылғы 10,7 трлн теңгеден 2028 жылы 13,3 трлн теңгеге дейін өседі.",
            "10,7 трлн",
            (date(2027, 1, 1), date(2027, 12, 31), "plan"),
        ),
        # (the old level of a forecast revised is that forecast's: dev and kk11 tests keep it so)
        (
            "Ведомство биылғы өсім болжамын 4 пайыздан 5 пайызға дейін көтерді.",
            "4 пайыздан",
            (*_YEAR_2026, "forecast"),
        ),
        (
            "Өткен жылы тозу деңгейі 63 пайыздан 61 пайызға дейін төмендеді.",
            "61 пайызға",
            (date(2025, 1, 1), date(2025, 12, 31), "actual"),
        ),
    ],
)
def test_old_level_of_a_change_ahead_is_now(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _JAN, surface) == expected


# --- a state in a later paragraph is not dated by the day of the event the article opened with --------

_SEP3 = date(2024, 9, 3)
_SEP2 = date(2024, 9, 2)
_OPENED = "Қарағандыда 2 қыркүйекте 6 жаңа балабақша ашылды. Салтанатқа әкім қатысты.\n"


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was: 2 September (the event day carried to what stands now)
        (_OPENED + "Балабақшалардың әрқайсысы 320 орынға есептелген.", "320", (_SEP3, _SEP3, "actual")),
        (_OPENED + "Қалада барлығы 210 балабақша жұмыс істейді.", "210", (_SEP3, _SEP3, "actual")),
        (_OPENED + "Жаңа нысандар 4 ескі балабақшаның мәселесін шешеді.", "4", (_SEP3, _SEP3, "actual")),
        # look-alikes: a deed of that day, a stock counted on that day, a state in the same paragraph
        (_OPENED + "Сол күні оларға 1 900 бала барды.", "1 900", (_SEP2, _SEP2, "actual")),
        (
            "2 қыркүйектегі жағдай бойынша қалада 6 жаңа балабақша ашылды.\n"
            "Қалада барлығы 210 балабақша жұмыс істейді.",
            "210",
            (_SEP2, _SEP2, "actual"),
        ),
        (
            "Қарағандыда 2 қыркүйекте 6 жаңа балабақша ашылды. Қалада барлығы 210 балабақша жұмыс істейді.",
            "210",
            (_SEP2, _SEP2, "actual"),
        ),
        (_OPENED + "Жыл соңына дейін тағы 3 балабақша ашылады.", "3", (None, date(2024, 12, 31), "plan")),
    ],
)
def test_state_after_an_event_day_is_now(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _SEP3, surface) == expected


# --- a share reached under a span "since" an earlier year is the level now ------------------------------

_JAN13 = date(2026, 1, 13)
_SINCE_2022 = "Вице-министрдің айтуынша, 2022 жылдан бері өңірде 40 жаңа мектеп салынды. "


@pytest.mark.parametrize(
    ("body", "surface", "expected", "title"),
    [
        # was: 2022-01-01..publication (the span of what was built given to the level it reached)
        (
            "Барлық ауыл ғаламторға 100 пайыз қосылды.",
            "100 пайыз",
            (_JAN13, _JAN13, "actual"),
            "Ауылдардың бәрі ғаламторға қосылды: 2022 жылдан бері 90 млрд теңге бөлінген",
        ),
        # look-alikes: what was done over the span keeps it, and so do how far a plan was met and a change
        # (a headline with a figure, or a span named in the body, frames no such level: already so before)
        (
            "Облыста ауылдардың газбен қамтылуы 60 пайызға жетті.",
            "60 пайызға",
            (_JAN13, _JAN13, "actual"),
            "Облыста 2022 жылдан бері 300 ауыл газға қосылды",
        ),
        (
            _SINCE_2022 + "Ауылдардың газбен қамтылуы 60 пайызға жетті.",
            "60 пайызға",
            (_JAN13, _JAN13, "actual"),
            "",
        ),
        (
            _SINCE_2022 + "Ауылдардың газбен қамтылуы 60 пайызға жетті.",
            "40",
            (date(2022, 1, 1), _JAN13, "actual"),
            "",
        ),
        (
            _SINCE_2022 + "Жоспар 95 пайызға орындалды.",
            "95 пайызға",
            (date(2022, 1, 1), _JAN13, "actual"),
            "",
        ),
        (
            _SINCE_2022 + "Оқушы орындарының саны 30 пайызға артты.",
            "30 пайызға",
            (date(2022, 1, 1), _JAN13, "actual"),
            "",
        ),
    ],
)
def test_share_reached_since_a_year_is_now(body: str, surface: str, expected: Reading, title: str) -> None:
    assert _reading(body, _JAN13, surface, title) == expected


# --- counts in the next sentences that add up to a stock counted on a day are its parts --------------

_GAS_TITLE = "Елді мекендер газбен қамтылды: 2020 жылдан бері 300 млрд теңге бөлінген"
_NOW_412 = "«Қазір облыстағы 412 ауыл газбен қамтамасыз етілген», – деді әкім.\n"
_SINCE_2020 = (date(2020, 1, 1), _JAN13, "actual")


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was: 2020-01-01..publication (the headline's span carried past the stock they add up to)
        (
            _NOW_412
            + "Ауылдардың 300-і магистральдық желіге қосылған. Тағы 112 ауыл сұйытылған газбен қамтылған.",
            "300-і",
            (_JAN13, _JAN13, "actual"),
        ),
        (
            _NOW_412
            + "Ауылдардың 300-і магистральдық желіге қосылған. Тағы 112 ауыл сұйытылған газбен қамтылған.",
            "112",
            (_JAN13, _JAN13, "actual"),
        ),
        # look-alikes: counts that do not add up keep the span; parts with years of their own keep them
        (
            _NOW_412
            + "Ауылдардың 300-і магистральдық желіге қосылған. Тағы 100 ауыл сұйытылған газбен қамтылған.",
            "100",
            _SINCE_2020,
        ),
        (
            _NOW_412 + "2024 жылы 300 ауыл желіге қосылған. 2025 жылы 112 ауыл қосылды.",
            "112",
            (date(2025, 1, 1), date(2025, 12, 31), "actual"),
        ),
    ],
)
def test_parts_adding_up_to_a_stock_take_its_day(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _JAN13, surface, _GAS_TITLE) == expected
