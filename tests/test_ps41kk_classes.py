"""Kazakh mechanisms the rewrites p41 (the d39 articles told in other words) found read by their
wording only (ps41kk). Our own sentences, labelled by tests/realworld/FORMAT.md; each mechanism keeps
look-alikes that must keep their reading. Every case marked "was" was read wrong before +ps41kk."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators
from tests.figure_lookup import Reading
from tests.figure_lookup import kk_reading as _reading

_PUB = date(2026, 3, 10)
_YEAR = (date(2026, 1, 1), date(2026, 12, 31))
_TODAY = (_PUB, _PUB)
_PLAN = "Облыста биыл 60 инвестициялық жобаны іске асыру көзделген. "

# --- the parts of a planned total, told in other words than a list under a lead -----------------------


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was actual: "жүзеге асады", the intransitive twin of "жүзеге асырылады", will come about
        (_PLAN + "Агроөнеркәсіпте 18 жоба, туризмде 7 жоба жүзеге асады.", "18", (*_YEAR, "plan")),
        (_PLAN + "Көлік саласында 11 жоба іске асады.", "11", (*_YEAR, "plan")),
        # was actual today: "өңдеуде (12)" is the locative of a verbal noun naming a field, no verb going on
        (
            _PLAN + "Олардың көбі металл өңдеуде (12 жоба) және азық-түлік шығаруда (9).",
            "9",
            (*_YEAR, "plan"),
        ),
        # was actual today: counts by field ending on "бар" that fit within the planned count
        (_PLAN + "Жеңіл өнеркәсіпте 8, химияда 6, энергетикада 5 жоба бар.", "8", (*_YEAR, "plan")),
        (_PLAN + "Жеңіл өнеркәсіпте 8, химияда 6, энергетикада 5 жоба бар.", "5", (*_YEAR, "plan")),
        # was actual: "тағы N" adds more of the plan, across a paragraph break, in a verbless clause
        (
            _PLAN
            + "Олардың 40-ы өңдеу өнеркәсібінде жүзеге асырылады.\nҚалған салаларға тағы 20 жоба тиесілі: "
            "энергетикада – 12, тау-кенде – 8.",
            "12",
            (*_YEAR, "plan"),
        ),
        # look-alikes that keep their reading
        ("Өнім көлемі биыл 12 мың тоннадан асады.", "12 мың", (*_YEAR, "actual")),
        ("Зауыт қазір жылына 40 мың тонна өнім шығаруда.", "40 мың", (*_TODAY, "actual")),
        (_PLAN + "Қалада 120, ауылдарда 90 кәсіпорын бар.", "120", (*_TODAY, "actual")),
        ("Биыл 3 мектеп салынады. Қалада 12, ауылда 30 мектеп бар.", "12", (*_TODAY, "actual")),
        (
            _PLAN + "«Тағы 7 ауылда жол жөнделіп жатыр», – деді басқарма басшысы.",
            "7",
            (*_TODAY, "actual"),
        ),
        (
            "Облыста биыл 60 жаңа мектеп салу жоспарланған. Бүгінде тағы 7 мектеп пайдалануға берілді.",
            "7",
            (date(2026, 1, 1), _PUB, "actual"),
        ),
    ],
)
def test_parts_of_a_planned_total(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _PUB, surface) == expected


# --- a window of so many years from a start year, told with "бері" as with "бастап" ---------------

_JAN = date(2026, 1, 5)


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was 2022-01-01..2026-01-05 (read as "since 2022" up to the day of telling)
        (
            "Жалақы 2022 жылдан бері төрт жыл бойы кезең-кезеңімен көтеріліп келеді: ол орташа жалақының 80 "
            "пайызына жетуі тиіс.",
            "80",
            (date(2022, 1, 1), date(2025, 12, 31), "target"),
        ),
        (
            "2024 жылдан бері үш жыл ішінде стипендия 30 пайызға өсуі тиіс.",
            "30",
            (date(2024, 1, 1), date(2026, 12, 31), "target"),
        ),
        # look-alikes: "since" with no count of years runs to the day of telling
        ("2022 жылдан бері жалақы 45 пайызға өсті.", "45", (date(2022, 1, 1), _JAN, "actual")),
        (
            "Жалақы 2022 жылдан бастап төрт жыл бойы көтеріліп келеді: ол орташа жалақының 80 пайызына жетуі тиіс.",
            "80",
            (date(2022, 1, 1), date(2025, 12, 31), "target"),
        ),
    ],
)
def test_years_window_from_a_start(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _JAN, surface) == expected


# --- "биылғы маусым" bare: this year's season, not June ---------------------------------------------

_OCT = date(2023, 10, 17)
_YEAR_23 = (date(2023, 1, 1), date(2023, 12, 31))
_JUNE_23 = (date(2023, 6, 1), date(2023, 6, 30))


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was June: the season as the subject, with no case ending, no day and no "айы"
        (
            "«Биылғы маусым малшыларға жеңіл болмады. Жайылымдағы шөп көпжылдық орташа деңгейден екі есеге жуық аз болды», – "
            "деді басқарма басшысы.",
            "екі есеге",
            (*_YEAR_23, "actual"),
        ),
        # look-alikes: June with a case ending or "айы" stays June
        ("Биылғы маусымда облысқа 40 мың турист келді.", "40 мың", (*_JUNE_23, "actual")),
        ("Биылғы маусым айында облысқа 40 мың турист келді.", "40 мың", (*_JUNE_23, "actual")),
    ],
)
def test_bare_season_of_the_year(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _OCT, surface) == expected


# --- the parts of a whole that stands, opened by "Соның", the whole told with no verb ---------------

_WHOLE = "Облыста биыл егін жиналатын алқаптың жалпы көлемі – 5 миллион гектар. "


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was plan: "жетеді" of a part of a whole told with a dash and no verb
        (_WHOLE + "Соның 3,2 миллион гектары – бидай, ал арпа егілген жер 900 мың гектарға жетеді.", "900 мың",
         (*_YEAR_23, "actual")),
        # was the day of telling: a part told in the present stands at its whole's span
        (_WHOLE + "Соның 3,2 миллион гектарын бидай алып жатыр, ал арпа алқабы 900 мың гектарға жетеді.", "3,2",
         (*_YEAR_23, "actual")),
        # look-alike: a level still to reach, after a whole that is no standing level, stays a plan
        ("Облыста биыл 5 миллион гектар жерге егін егу жоспарланған. Соның 3,2 миллион гектары – бидай, ал "
         "арпа алқабы 900 мың гектарға жетеді.", "900 мың", (*_YEAR_23, "plan")),
    ],
)  # fmt: skip
def test_part_of_a_standing_whole(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _OCT, surface) == expected


# --- "ол кезде" (then) after a span since a year: that year --------------------------------------------

_NOV = date(2025, 11, 27)


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was 2020-01-01..2025-11-27: "then" of a span since 2020 is 2020, where it set out
        (
            "2020 жылдан бері облыстағы кәсіпкерлер саны екі есеге өсті: ол кезде 40 мың кәсіпкер болса, биыл "
            "80 мыңға жетті.",
            "40 мың",
            (date(2020, 1, 1), date(2020, 12, 31), "actual"),
        ),
        (
            "2018 жылдан бері жол жөндеуге бөлінетін қаржы үш есеге артты: сол кезде ол 12 млрд теңге болатын.",
            "12 млрд",
            (date(2018, 1, 1), date(2018, 12, 31), "actual"),
        ),
        # look-alikes: the span itself, and "then" after a plain year, keep their reading
        (
            "2020 жылдан бері облыстағы кәсіпкерлер саны екі есеге өсті: ол кезде 40 мың кәсіпкер болса, биыл "
            "80 мыңға жетті.",
            "екі есеге",
            (date(2020, 1, 1), _NOV, "actual"),
        ),
        (
            "Бұл 2023 жылғы көрсеткіштен 45 пайызға көп: ол кезде 14 510 турист келген.",
            "14 510",
            (date(2023, 1, 1), date(2023, 12, 31), "actual"),
        ),
    ],
)
def test_then_of_a_span_since_a_year(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _NOV, surface) == expected


# --- the amount a New Year's one replaced, in a bracket, told with "бұрын" (formerly) -----------------


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was no period: "(бұрын N болатын)" after the amount in force from 1 January is last year's
        (
            "1 қаңтардан бастап шәкіртақы 52 372 теңгені құрады (бұрын 47 611 теңге болатын).",
            "47 611",
            (date(2025, 1, 1), date(2025, 12, 31), "actual"),
        ),
        (
            "1 қаңтардан бастап жәрдемақы ең төменгі күнкөріс деңгейінің 60 пайызы (бұрын 55 пайыз еді).",
            "55",
            (date(2025, 1, 1), date(2025, 12, 31), "actual"),
        ),
        # look-alikes: the amount in force keeps its start; a bracket of another unit is no former amount
        (
            "1 қаңтардан бастап шәкіртақы 52 372 теңгені құрады (бұрын 47 611 теңге болатын).",
            "52 372",
            (date(2026, 1, 1), None, "actual"),
        ),
    ],
)
def test_former_amount_in_brackets(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _JAN, surface) == expected


# --- the jobs planned projects will create, told "пайда болады" after "арқасында" ---------------------


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was forecast: jobs that come of the projects just planned are plan (FORMAT.md)
        (_PLAN + "Олардың арқасында шамамен 4 мың жұмыс орны пайда болады.", "4 мың", (*_YEAR, "plan")),
        (_PLAN + "Соның нәтижесінде 2,5 мың жаңа жұмыс орны ашылады.", "2,5 мың", (*_YEAR, "plan")),
        # look-alikes: a level guessed at ("шамамен ... болады"), an outcome after an outlook word and jobs
        # expected in so many words keep their forecast
        ("Биыл пәтердің орташа құны шамамен 400 мың теңге болады.", "400 мың", (*_YEAR, "forecast")),
        (_PLAN + "Соның арқасында өңірдің өнеркәсіп өндірісі 12 пайызға өседі.", "12", (*_YEAR, "forecast")),
        (_PLAN + "Олардың арқасында 4 мың жұмыс орны ашылады деп күтілуде.", "4 мың", (*_YEAR, "forecast")),
    ],
)
def test_jobs_the_projects_create(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _PUB, surface) == expected


# --- hundreds written as a word after a number: "төрт жүзі" ----------------------------------------------


def test_hundreds_as_a_word() -> None:
    pub = date(2024, 6, 3)
    body = "Биыл 2 000 жалдамалы пәтер бөлу жоспарланған. Соның төрт жүзі жетім балаларға тиесілі болмақ."
    found = {i.surface: i for i in extract_indicators(body, pub, language="kk")}
    # was missed: hundreds as a word, possessive, the part of the planned total
    assert found["төрт жүзі"].value == 400
    assert (found["төрт жүзі"].period_start, found["төрт жүзі"].kind) == (date(2024, 1, 1), "plan")
    assert extract_indicators("Ауылда 3 жүз адам тұрады.", pub, language="kk")[0].value == 300
    # look-alikes: "жүзеге асады" is no hundred; a compound this reader does not add up is left alone
    # rather than read short ("екі жүз мың" is no 200)
    assert [i.value for i in extract_indicators("Облыста 12 жоба жүзеге асады.", pub, language="kk")] == [12]
    assert [
        i.value for i in extract_indicators("Ауылда екі жүз мың тонна астық жиналды.", pub, language="kk")
    ] == []
    assert [i.value for i in extract_indicators("Ауылда екі жүз елу адам тұрады.", pub, language="kk")] == []


# --- a change "over this period": the span of the change told last -------------------------------------


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was 2025 (the year of the level told beside the first change)
        (
            "2020 жылдан бері өңірге салынған инвестиция екі есеге артты: ол кезде 200 млрд теңге болса, биыл "
            "400 млрд теңгеге жетті. Облыс әкімі мұны жаңа зауыттармен байланыстырды. Осы кезеңде кәсіпорындар "
            "саны 30 пайызға көбейген.",
            "30",
            (date(2020, 1, 1), _NOV, "actual"),
        ),
        # look-alikes: a period of its own named beside it, and no change, keep their reading
        (
            "2020 жылдан бері өңірге салынған инвестиция екі есеге артты. Осы кезеңде 2024 жылы кәсіпорындар "
            "саны 30 пайызға көбейген.",
            "30",
            (date(2024, 1, 1), date(2024, 12, 31), "actual"),
        ),
    ],
)
def test_change_over_this_span(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _NOV, surface) == expected


# --- a part of the produce a deed gave, named by that deed's participle, sentences later ----------------


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was the year the quote between named: the part is counted with its whole, today
        (
            "Облыс диқандары бүгінге дейін 3,2 миллион тонна астық бастырды.\n«Биылғы маусым оңай болған жоқ», – "
            "деді әкім.\nЖиналған астықтың 2,1 миллион тоннасы – бидай.",
            "2,1",
            (_OCT, _OCT, "actual"),
        ),
        # look-alikes: a part bigger than any whole told before, and a part with a period of its own
        (
            "Облыс диқандары бүгінге дейін 3,2 миллион тонна астық бастырды.\n«Биылғы маусым оңай болған жоқ», – "
            "деді әкім.\nЖиналған астықтың 5 миллион тоннасы – бидай.",
            "5",
            (*_YEAR_23, "actual"),
        ),
        (
            "Облыс диқандары бүгінге дейін 3,2 миллион тонна астық бастырды.\n2022 жылы жиналған астықтың 2,1 "
            "миллион тоннасы бидай болды.",
            "2,1",
            (date(2022, 1, 1), date(2022, 12, 31), "actual"),
        ),
    ],
)
def test_part_of_a_done_whole(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _OCT, surface) == expected
