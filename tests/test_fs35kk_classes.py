"""Kazakh mechanisms found at first sight of the blind sets h34 and h35 (fs35kk). Our own sentences,
labelled by tests/realworld/FORMAT.md; each mechanism keeps look-alikes that must keep their reading.
Every case marked "was" below was read wrong before +fs35kk."""

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


def _day(published: date) -> tuple[date, date]:
    return published, published


# --- "N қазандық" is N boiler houses, not the day N October ---------------------------------------

_SEP = date(2025, 9, 10)


@pytest.mark.parametrize(
    ("body", "surface", "period"),
    [
        # was: "12 қазандық" skipped as a date, the turbines dated 12 October 2024
        ("Ауданда 12 қазандық пен 7 турбина жөндеуден өтті.", "12 қазандық", _day(_SEP)),
        ("Ауданда 12 қазандық пен 7 турбина жөндеуден өтті.", "7 турбина", _day(_SEP)),
        ("Қазір 24 қазандықта жөндеу жүріп жатыр, 6 турбина дайын.", "24 қазандықта", _day(_SEP)),
        ("Қазір 24 қазандықта жөндеу жүріп жатыр, 6 турбина дайын.", "6 турбина", _day(_SEP)),
        ("Кентте №3 қазандықтың дайындығы 64%-ды құрап отыр.", "64%-ды", _day(_SEP)),
        # look-alikes: a day in October keeps its date
        (
            "Жылыту маусымы 15 қазанда басталады, оған дейін 30 үй қосылады.",
            "30",
            (date(2025, 10, 15), date(2025, 10, 15)),
        ),
        ("2024 жылғы 1 қазандағы жағдай бойынша 410 мектеп жұмыс істеді.", "410", (date(2024, 10, 1),) * 2),
    ],
)
def test_boiler_houses_are_no_october_day(body: str, surface: str, period: tuple[date, date]) -> None:
    found = _read(body, _SEP)
    hits = [s for s in found if surface.startswith(s)]
    assert hits, f"no {surface!r} in {list(found)}"
    assert found[hits[0]][:2] == period


# --- "бір маусымда" is one season, "жаз бойы" all summer ------------------------------------------

_JULY = date(2024, 7, 3)


def test_one_season_is_no_june() -> None:
    # was: June 2024 for the capacity, then carried to the distance after it
    found = _read(
        "Демалыс аймағы бір маусымда 900 мың адамды қабылдай алады. Қаладан жағаға дейін 410 шақырым.",
        _JULY,
    )
    assert found["900 мың"][:2] == _day(_JULY)
    assert found["410 шақырым"][:2] == _day(_JULY)
    assert _read("Әр маусымда 200 мың турист келеді.", _JULY)["200 мың"][:2] == _day(_JULY)


def test_june_keeps_its_month() -> None:
    found = _read("2024 жылғы маусымда 35 мың турист келді.", _JULY)
    assert found["35 мың"][:2] == (date(2024, 6, 1), date(2024, 6, 30))


def test_all_summer_is_the_summer() -> None:
    published = date(2025, 9, 12)
    summer = (date(2025, 6, 1), date(2025, 8, 31))
    # was: publication day (and the boilers lost)
    found = _read("Жаз бойы облыста 3 энергоблок пен 11 қазандық жөнделді.", published)
    assert found["3"][:2] == summer
    assert found["11"][:2] == summer
    last = _read("Өткен жаз бойы 46 шақырым жол жөнделді.", published)
    assert last["46 шақырым"][:2] == (date(2024, 6, 1), date(2024, 8, 31))
    # look-alike: "бойы" of a length is no season
    length = _read("Жолдың бойы 46 шақырымды құрайды.", published)
    assert length["46 шақырымды"][:2] == _day(published)


# --- "X айының басынан бері": from that month's first day to the report ---------------------------


def test_since_start_of_month() -> None:
    published = date(2024, 5, 20)
    may = (date(2024, 5, 1), published)
    # was: the whole of 2024 carried from "Биыл"
    found = _read(
        "Биыл 900 мың гектарға дақыл егу жоспарланған. Мамыр айының басынан бері 210 мың гектарға "
        "тұқым себілді. Оның ішінде 80 мың гектарға арпа егілді.",
        published,
    )
    assert found["900 мың гектарға"][:2] == (date(2024, 1, 1), date(2024, 12, 31))
    assert found["210 мың гектарға"][:2] == may
    assert found["80 мың гектарға"][:2] == may
    march = _read("Наурыздың басынан бері 45 мың тонна сүт өндірілді.", published)
    assert march["45 мың тонна"][:2] == (date(2024, 3, 1), published)
    # look-alike: the year's start keeps its reading
    year = _read("Жыл басынан бері 45 мың тонна сүт өндірілді.", published)
    assert year["45 мың тонна"][:2] == (date(2024, 1, 1), published)


# --- a last week's increment frames its own paragraph, not the running total after it -------------

_OCT = date(2025, 10, 22)
_WEEK = (date(2025, 10, 15), _OCT)


def test_week_total_in_all_is_today() -> None:
    found = _read(
        "Соңғы аптада тағы екі қазандық жөнделді. Сонымен қатар 8 қосалқы станция жаңартылды. "
        "Жалпы алғанда 14 энергоблок пен 40 қазандық жөнделген.",
        _OCT,
    )
    assert found["8"][:2] == _WEEK  # the week's increment goes on
    # was: the week for the total
    assert found["14"][:2] == _day(_OCT)
    assert found["40"][:2] == _day(_OCT)


def test_week_change_then_new_paragraph_list() -> None:
    found = _read(
        "Бүгінге дейін 18 млн тонна астық жиналды. Соңғы бір аптада жиналған астық 1,2 млн тоннаға артты.\n"
        "Бұдан бөлек шаруалар мына өнімдерді жинады:\n– картоп – 1,9 млн тонна;\n– көкөніс – 2,4 млн тонна.",
        _OCT,
    )
    assert found["1,2 млн тоннаға"][:2] == _WEEK
    # was: the week carried past the paragraph break
    assert found["1,9 млн тонна"][:2] == _day(_OCT)
    assert found["2,4 млн тонна"][:2] == _day(_OCT)


def test_month_span_still_carries_over_paragraph() -> None:
    # look-alike: a span longer than a week keeps carrying (FORMAT.md: the period from an earlier sentence)
    published = date(2024, 5, 20)
    found = _read(
        "Мамыр айының басынан бері 210 мың гектарға тұқым себілді.\nОның ішінде 80 мың гектарға арпа егілді.",
        published,
    )
    assert found["80 мың гектарға"][:2] == (date(2024, 5, 1), published)


# --- "Жаңа жылдан бастап" told in January: the new year just begun --------------------------------


def test_new_year_told_in_january() -> None:
    published = date(2026, 1, 9)
    # was: 1 January 2027, a plan, carried from the headline to every bullet
    found = _read(
        "Мемлекеттік жәрдемақылар 8%-ға өсті. Мысалы:\n• бала күтіміне берілетін жәрдемақы 58 200 теңге болды;\n"
        "• асыраушысынан айырылғандарға 71 400 теңге төленеді.",
        published,
        title="Жаңа жылдан бастап жәрдемақылар 8%-ға өсті",
    )
    assert found["58 200 теңге"] == (date(2026, 1, 1), None, "actual")
    assert found["71 400 теңге"] == (date(2026, 1, 1), None, "actual")


def test_new_year_told_in_december_is_the_next() -> None:
    found = _read("Жаңа жылдан бастап жәрдемақы 8%-ға өседі.", date(2025, 12, 20))
    assert found["8%-ға"][:2] == (date(2026, 1, 1), None)
    following = _read("Келесі жылдан бастап жәрдемақы 8%-ға өседі.", date(2026, 1, 9))
    assert following["8%-ға"][:2] == (date(2027, 1, 1), None)


# --- kinds: a habit each day, a share of a goal met ------------------------------

_NOV = date(2025, 11, 5)


def test_each_day_comes_about_now() -> None:
    # was: a forecast with no period ("болады" read as "will be")
    found = _read("Қалада күн сайын шамамен 900 тонна тұрмыстық қалдық пайда болады.", _NOV)
    assert found["900 тонна"] == (_NOV, _NOV, "actual")
    # look-alike: a year ahead keeps its plan
    ahead = _read("Келесі жылы 900 тонна қалдық пайда болады.", _NOV)
    assert ahead["900 тонна"][2] != "actual"


def test_share_of_goal_met_is_actual() -> None:
    # was: target
    found = _read("Былтыр 800 мың көшет отырғызылды, бұл межелі көлемнің 64%-ы.", _NOV)
    assert found["64%-ы"][2] == "actual"
    # look-alike: the goal itself stays a goal
    goal = _read("Межелі көрсеткіш – 3 млн көшет.", _NOV)
    assert goal["3 млн"][2] == "target"


# --- a span counted back, named with no figure, opens the changes told next ----------------------


def test_span_counted_back_opens_changes() -> None:
    published = date(2024, 6, 3)
    decade = (date(2014, 6, 3), published)
    # was: publication (or the span carried from before)
    found = _read(
        "Соңғы он жылда ауруханалар желісі айтарлықтай өзгерді. Қалалық емханалар саны 48-ге көбейсе, "
        "ауылдық фельдшерлік пункттер 112-ге азайған.",
        published,
    )
    assert found["48-ге"][:2] == decade
    assert found["112-ге"][:2] == decade
    # look-alikes: a new paragraph, or a state told now, keep their reading
    apart = _read("Соңғы он жылда желі өзгерді.\nЕмханалар саны 48-ге көбейді.", published)
    assert apart["48-ге"][:2] == _day(published)
    now = _read("Соңғы он жылда желі өзгерді. Қазір облыста 310 емхана бар.", published)
    assert now["310"][:2] == _day(published)


# --- ", ал ..." set against a clause's own year takes the span carried in ------------------------


def test_but_clause_takes_the_carried_years() -> None:
    published = date(2024, 10, 2)
    two_years = (date(2024, 1, 1), date(2025, 12, 31))
    # was: 2024, the first clause's "биыл"
    found = _read(
        "2024-2025 жылдары облыста 58 спорт кешенін салу көзделген. Оның 31-і биыл ашылуы тиіс, "
        "ал 27 кешен аудан орталықтарында бой көтереді.",
        published,
    )
    assert found["31-і"][:2] == (date(2024, 1, 1), date(2024, 12, 31))
    assert found["27"][:2] == two_years
    # look-alikes: a clause with its own year keeps it; a state set against a past year is today's
    own = _read(
        "2024-2025 жылдары 58 кешен салу көзделген. Оның 31-і биыл ашылуы тиіс, ал 27-сі келесі жылы ашылады.",
        published,
    )
    assert own["27-сі"][:2] == (date(2025, 1, 1), date(2025, 12, 31))
    state = _read("Былтыр 1 240 науқас тіркелді, ал қазір есепте 9 830 науқас тұр.", published)
    assert state["9 830"][:2] == _day(published)


# --- a list under a lead of plans: a deadline carried from the lead makes no goal ---------------


def test_plan_list_with_deadline_stays_plan() -> None:
    published = date(2025, 9, 18)
    # was: target
    found = _read(
        "Жыл соңына дейін 14 мектеп күрделі жөндеуден өтеді. Жыл соңына дейінгі жөндеу жоспары:\n"
        "• мектептер – 14;\n• емханалар – 9;\n• балабақшалар – 22.",
        published,
    )
    assert [found[s][2] for s in ("9", "22")] == ["plan", "plan"]
    assert found["9"][:2] == (None, date(2025, 12, 31))
    # look-alike: a list after a goal keeps the goal
    goal = _read(
        "2030 жылға дейін ауылдардың 95%-ы интернетпен қамтылуы тиіс. Өңірлер бойынша межелер:\n"
        "• Абай облысы – 93%;\n• Жетісу облысы – 91%.",
        published,
    )
    assert goal["93%"][2] == "target"
