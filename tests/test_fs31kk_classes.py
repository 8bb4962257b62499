"""Kazakh mechanisms found at first sight of a fresh development set (fs31kk). Our own sentences,
labelled by tests/realworld/FORMAT.md; each mechanism keeps look-alikes that must keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators

_PUBLISHED = date(2025, 9, 15)


def _read(
    body: str, published: date = _PUBLISHED, title: str = ""
) -> dict[str, tuple[date | None, date | None, str]]:
    return {
        i.surface: (i.period_start, i.period_end, i.kind)
        for i in extract_indicators(body, published, title=title, language="kk")
    }


def _in_order(body: str) -> list[tuple[str, date | None, date | None, str]]:
    return [
        (i.surface, i.period_start, i.period_end, i.kind)
        for i in extract_indicators(body, _PUBLISHED, language="kk")
    ]


# --- a bare "биыл" told in the simple past under a lead span already over: that span -------------

_JAN_AUG = (date(2025, 1, 1), date(2025, 8, 31))


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        (
            "Қаңтар-тамыз айларында облыста 1,2 млн тонна көмір өндірілді. "
            "Биыл кәсіпорындар 300 мың тонна көмірді экспортқа жөнелтті.",
            "300 мың тонна",
        ),
        (
            "Сегіз айда өңірге 450 мың турист келді. Биыл кемпингтер 35 мыңнан астам демалушыны қабылдады.",
            "35 мыңнан",
        ),
        # a contrast of two halves, the past verb ending the second, inside a quote
        (
            "Жыл басынан бергі сегіз айда өңірге 450 мың турист келді. «Биыл жастар арасындағы сапарлар "
            "саны 9 пайызға, ал отбасылық сапарлар 14 пайызға көбейді», – деді басқарма басшысы.",
            "14 пайызға",
        ),
        # a season named in between is a part of the report's span, not a new report
        (
            "Қаңтар-тамыз айларында өңірге 450 мың турист келді. Жазғы маусымда көлдер жағасында 200 мың "
            "адам демалды. Биыл ұлттық саябақтар 80 мыңнан астам келушіні қабылдады.",
            "80 мыңнан",
        ),
    ],
)
def test_this_year_told_done_under_a_lead_span_already_over_is_that_span(body: str, surface: str) -> None:
    assert _read(body)[surface] == (*_JAN_AUG, "actual")


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        # the aorist: what the parks take in through the year, not the months gone by
        (
            "Сегіз айда өңірге 450 мың турист келді. Биыл ұлттық саябақтар 80 мыңға дейін келушіні қабылдайды.",
            "80 мыңға",
        ),
        # no verb tells the months gone by
        (
            "Сегіз айда өңірге 450 мың турист келді. Басқарма мұны биыл сапарлардың 9 пайызға "
            "арзандауымен түсіндіреді.",
            "9 пайызға",
        ),
    ],
)
def test_this_year_not_told_done_keeps_the_year(body: str, surface: str) -> None:
    assert _read(body)[surface][:2] == (date(2025, 1, 1), date(2025, 12, 31))


# --- "қазіргі" naming who the subject is now in a clause told "ол кезде" (then): the time told before


@pytest.mark.parametrize(
    ("body", "surface", "span"),
    [
        (
            "2022 жылғы қазанда бидай бағасы тоннасына 95 мың теңге болды. "
            "Қазіргі экспорттаушылар сол кезде 12 пайыз үлесті иеленген.",
            "12 пайыз",
            (date(2022, 10, 1), date(2022, 10, 31)),
        ),
        (
            "2024 жылғы наурызда жұмыссыздық 4,8% болды. "
            "Ал қазіргі көшбасшы өңірлерде ол кезде бұл көрсеткіш 3,1% деңгейінде тұрған.",
            "3,1%",
            (date(2024, 3, 1), date(2024, 3, 31)),
        ),
    ],
)
def test_current_subject_told_then_takes_the_time_told_before(
    body: str, surface: str, span: tuple[date, date]
) -> None:
    assert _read(body)[surface][:2] == span


def test_now_set_against_then_keeps_today() -> None:
    read = _read(
        "2023 жылы өңірде 14 мектеп жөнделді. Ол кезде 10 мектеп апатты болса, қазір 25 мектеп жаңартылған."
    )
    assert read["25"][:2] == (_PUBLISHED, _PUBLISHED)


# --- the places of buildings under way, "N оқушы орнына арналған": planned, their count stands now


@pytest.mark.parametrize(
    ("body", "places", "count"),
    [
        ("Облыста 4 800 оқушы орнына арналған 6 мектеп салынып жатыр.", "4 800", "6"),
        ("Қалада 1 200 бала орнына арналған 9 балабақшаның құрылысы жүріп жатыр.", "1 200", "9"),
    ],
)
def test_places_of_buildings_under_way_are_planned(body: str, places: str, count: str) -> None:
    read = _read(body)
    assert read[places][2] == "plan"
    assert read[count] == (_PUBLISHED, _PUBLISHED, "actual")


def test_places_of_buildings_opened_are_actual() -> None:
    assert _read("Биыл 600 оқушы орнына арналған 2 мектеп пайдалануға берілді.")["600"][2] == "actual"


# --- "алдағы N жылға": money or work for the coming N years, rolling from publication ---------------


@pytest.mark.parametrize(
    ("body", "surface", "years"),
    [
        (
            "Соңғы екі жылда жол жөндеуге 30 млрд теңге жұмсалды, алдағы үш жылға 90 млрд теңге бөлінбек.",
            "90 млрд теңге",
            3,
        ),
        ("Алдағы төрт жылға жылу желілерін жаңартуға 120 млрд теңге қарастырылған.", "120 млрд теңге", 4),
    ],
)
def test_money_for_the_coming_years_runs_from_publication(body: str, surface: str, years: int) -> None:
    read = _read(body)
    assert read[surface] == (_PUBLISHED, _PUBLISHED.replace(year=_PUBLISHED.year + years), "plan")


# --- a first person's past ("бердік", "салдық") ends its clause done, whatever the next clause plans


@pytest.mark.parametrize(
    ("body", "done", "planned"),
    [
        (
            "Соңғы үш жылда суармалы жерлерге 48 млрд теңге бердік, алдағы үш жылға 150 млрд теңге бөлінбек.",
            "48 млрд теңге",
            "150 млрд теңге",
        ),
        ("Былтыр ауылдарға 12 мектеп салдық, биыл тағы 15 мектеп салу жоспарланған.", "12", "15"),
        (
            "Өткен жылы жол жөндеуге 40 млрд теңге жұмсадық, келесі жылы 60 млрд теңге бөлінеді.",
            "40 млрд теңге",
            "60 млрд теңге",
        ),
    ],
)
def test_we_did_is_done_beside_a_plan(body: str, done: str, planned: str) -> None:
    read = _read(body)
    assert (read[done][2], read[planned][2]) == ("actual", "plan")


def test_adjective_in_dyq_is_no_deed() -> None:
    # "қоғамдық" ends like "бердік" but is an adjective: the plan of the sentence stands
    assert _read("Биыл 25 қоғамдық кеңістікті абаттандыру жоспарланған.")["25"][2] == "plan"


# --- a span from publication on ("алдағы үш жылға") does not hold back a year told after it --------


@pytest.mark.parametrize(
    "opening",
    [
        "Алдағы үш жылға жылу желілеріне 80 млрд теңге бөлінбек.",
        "Алдағы бес жылда өңірде 30 жаңа қазандық салынады.",
    ],
)
def test_years_told_after_a_span_ahead_frame_what_follows(opening: str) -> None:
    body = (
        opening + " 2022 жылы желілердің тозуы 68 пайыз болса, 2024 жылы ол 61 пайызға дейін төмендеді. "
        "Осылайша тозу 7 пайыздық тармаққа азайды."
    )
    assert _read(body)["7 пайыздық тармаққа"][:2] == (date(2024, 1, 1), date(2024, 12, 31))


# --- how many of a planned total are under way: counted now, actual ------------------------------

_DEC = date(2024, 12, 10)


@pytest.mark.parametrize(
    ("body", "part"),
    [
        (
            "Ұлттық жоба аясында 217 мектеп салу жоспарланған. Олардың 90-ы ауылдық жерлерде салынып жатыр.",
            "90-ы",
        ),
        (
            "Биыл 105 мектеп пайдалануға берілді. Бағдарлама бойынша 300 аурухана салу жоспарланған. "
            "Олардың 40 пайыздан астамы аудан орталықтарында бой көтеріп жатыр.",
            "40 пайыздан",
        ),
        ("Биыл 60 көпір жөндеу жоспарланған. Олардың 25-інде жұмыс жүргізілуде.", "25-інде"),
    ],
)
def test_part_of_a_plan_under_way_is_counted_now(body: str, part: str) -> None:
    assert _read(body, _DEC)[part] == (_DEC, _DEC, "actual")


def test_part_of_a_plan_still_to_come_stays_planned() -> None:
    read = _read("Биыл 60 көпір жөндеу жоспарланған. Олардың 25-і келесі жылы жөнделеді.", _DEC)
    assert read["25-і"][2] == "plan"


# --- the whole of a part, the same figure as a plan named before: that plan again ---------------


@pytest.mark.parametrize(
    ("body", "whole", "part"),
    [
        (
            "Биыл облыста 20 мектепті күрделі жөндеу жоспарланған. Қазірге дейін 20 мектептің 12-сі жөнделді.",
            "20",
            "12-сі",
        ),
        (
            "Биыл 45 шақырым жолды жөндеу көзделген. Жыл басынан бері 45 шақырымның 30 шақырымы жөндеуден өтті.",
            "45 шақырымның",
            "30 шақырымы",
        ),
    ],
)
def test_whole_of_a_part_repeating_a_plan_is_that_plan(body: str, whole: str, part: str) -> None:
    read = _in_order(body)
    assert read[-2] == (whole, date(2025, 1, 1), date(2025, 12, 31), "plan")
    assert read[-1][0] == part and read[-1][3] == "actual"


@pytest.mark.parametrize(
    "body",
    [
        "Облыстағы 120 мектептің 80-і жөнделді.",
        "Биыл 20 мектепті жөндеу жоспарланған. Облыстағы 120 мектептің 80-і жылумен толық қамтылды.",
    ],
)
def test_whole_of_a_part_not_planned_before_is_actual(body: str) -> None:
    assert _read(body)["120"][2] == "actual"


# --- "жоспардағы N", "жоспарлы N" (the N in the plan), set against the outcome: the plan ----------


@pytest.mark.parametrize(
    ("body", "planned", "done"),
    [
        (
            "Өткен жылы жоспардағы 120 шақырымның орнына 150 шақырым жол жөнделді.",
            "120 шақырымның",
            "150 шақырым",
        ),
        (
            "Былтыр жоспарлы 300 мың тоннаның орнына 280 мың тонна астық жиналды.",
            "300 мың тоннаның",
            "280 мың тонна",
        ),
    ],
)
def test_figure_in_the_plan_set_against_the_outcome_is_planned(body: str, planned: str, done: str) -> None:
    read = _read(body)
    assert (read[planned][2], read[done][2]) == ("plan", "actual")
    assert read[planned][:2] == read[done][:2] == (date(2024, 1, 1), date(2024, 12, 31))


# --- "әзірленіп, ... жіберілді": prepared, then the next deed done; a sum asked for is planned -----

_JAN = date(2025, 1, 28)


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        ("Облыстағы 6 мектептің жобасы әзірленіп, мемлекеттік сараптамаға жіберілді.", "6"),
        ("Ауданаралық 12 емхананың құжаттамасы әзірленіп, құрылыс басқармасына тапсырылды.", "12"),
    ],
)
def test_prepared_then_sent_is_done(body: str, surface: str) -> None:
    assert _read(body, _JAN)[surface][2] == "actual"


def test_still_being_prepared_stays_planned() -> None:
    read = _read("Биыл 15 гектарлық тәлімбақтың жобасы әзірленіп, құдық қазу жұмыстары жүргізілуде.", _JAN)
    assert read["15 гектарлық"][2] == "plan"


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        ("Әкімдік жаңа көпірге 3,5 млрд теңгеге бюджеттік өтінім берді.", "3,5 млрд теңгеге"),
        ("Жобаның сметасы жасалып, 800 млн теңгеге өтінім жолданды.", "800 млн теңгеге"),
    ],
)
def test_sum_a_request_is_made_for_is_planned(body: str, surface: str) -> None:
    assert _read(body, _JAN)[surface][2] == "plan"


def test_count_of_requests_is_no_sum() -> None:
    assert _read("Кәсіпкерлер 1 200 өтінім берді.", _JAN)["1 200"][2] == "actual"


# --- "N-ға дейін азайту көзделген": a level a programme foresees bringing a measure to is its goal --


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        ("2030 жылға қарай су құбырларындағы шығынды 18%-ға дейін азайту көзделген.", "18%-ға"),
        (
            "Жоспар бойынша 2028 жылға қарай электр желілерінің тозуын қазіргі 62 пайыздан 40 пайызға "
            "дейін төмендету көзделген.",
            "40 пайызға",
        ),
    ],
)
def test_level_to_bring_a_measure_to_is_a_goal(body: str, surface: str) -> None:
    assert _read(body)[surface][2] == "target"


def test_change_by_an_amount_foreseen_stays_a_plan() -> None:
    assert _read("Биыл су шығынын 10 пайызға азайту көзделген.")["10 пайызға"][2] == "plan"


# --- "қазандық" (a boiler house) is no month: a list member keeps its own noun --------------------


def test_boiler_house_is_no_month_word() -> None:
    found = extract_indicators(
        "Биыл 12 энергоблокты, 57 қазандық пен 41 турбинаны жөндеу жоспарланған.", _PUBLISHED, language="kk"
    )
    assert [i.item for i in found][1] == "қазандық"


# --- "Атырау (13,5%)": a figure alone in brackets after a name is that name's --------------------


def test_bracketed_figure_after_a_name_is_that_names() -> None:
    found = extract_indicators(
        "Жұмыссыздық деңгейі бойынша Маңғыстау (5,1%), Жамбыл (4,9%) және Түркістан облысы (4,8%) алда.",
        _PUBLISHED,
        language="kk",
    )
    # (+items16: the ranking's measure, told in its lead, goes beside each name; ranked_places.py)
    assert [i.item for i in found][1:] == [
        "Жұмыссыздық деңгейі Жамбыл",
        "Жұмыссыздық деңгейі Түркістан облысы",
    ]
