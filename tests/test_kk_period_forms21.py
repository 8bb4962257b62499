"""Kazakh period forms, sentences of our own in the shapes of regional reporting (FORMAT.md).

1. Deeds done and states standing under a year that only a plan or an outlook has named: the
   headline or the lead plans the year under way ("биыл ... егіледі", "... деп күтілуде"), and a
   later sentence with no period of its own tells what has been made ready, gathered or reached. That
   is where things stand at the report (a present state with no date of its own; a running total
   told so far), not the whole year. Read as the whole year before
   plan_year_deeds.kk_deeds_under_a_plan_year. Look-alikes keep the year: money spent (the year's
   budget), a sentence naming "биыл" itself, a plan told after, a change, and an article whose
   year is the report's (its headline tells the year's deeds done).
2. What is set aside, needed, asked or meant for a seasonal campaign ("көктемгі егіс науқанына ...
   бөлінді", "Күзгі жиын-терімге ... өтінім берді", "күзгі науқанға арналған"): the campaign's season
   (FORMAT.md: a spring campaign is March to May, an autumn one September to November). Read as the
   whole year before cyrillic_periods' "sowing_season" took the dative with these words. Look-alike:
   machinery made ready for the campaign is a state on the day told.
3. A price's rise since the year's start ("жыл басынан бері 3,9%-ға өсті", "жыл басынан бергі өсім – 2,7%")
   in a report of a month's or months' prices already over: from 1 January to the end of that report,
   as FORMAT.md runs "since" beside a level dated before publication to that level's date. Read as
   running to publication before kk_sentence_figures._kk_since_to_level took the year's start.
   Look-alikes keep publication: a flow or a change of a flow since the year's start (FORMAT.md: a
   written year-to-date runs to publication), and a price rise told with no report month.
4. What is under construction now or what there is, told in a later paragraph than a plan's year
   wholly ahead ("... 2027 жылы аяқтау жоспарланған.\n Ауданда 37 мектеп салынуда", "... 3 рентген
   аппараты бар"): how things stand at publication (FORMAT.md: a present-tense state with no date of
   its own; things under construction are counted as a present state). Read as the plan's year before
   kk_clause_reading.kk_state_under_plan_ahead. Look-alikes keep the plan's year: money set aside for it,
   what a project will allow, the aorist (it tells the time ahead as well, as in
   tests/test_kk_p7_classes.py), a state in the plan's own paragraph, a deed still to come.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface, span

Span = tuple[date | None, date | None]


def _year(year: int) -> Span:
    return date(year, 1, 1), date(year, 12, 31)


def _day(day: date) -> Span:
    return day, day


# (headline, body, surface, published, expected span)
_PLAN_YEAR: list[tuple[str, str, str, date, Span]] = [
    # made ready for the season, in a later paragraph: where things stand at the report
    (
        "Павлодар облысында биыл 640 мың гектарға бидай себіледі",
        "Облыс әкімдігінің хабарлауынша, биыл 1,2 млн гектарға егін егу жоспарланған.\n"
        "Келесі маусымға 52 мың гектар сүдігер жыртылған. Тұқымның 96 пайызы сапалы деп танылды.",
        "52 мың гектар",
        date(2025, 3, 12),
        _day(date(2025, 3, 12)),
    ),
    (
        "Павлодар облысында биыл 640 мың гектарға бидай себіледі",
        "Облыс әкімдігінің хабарлауынша, биыл 1,2 млн гектарға егін егу жоспарланған.\n"
        "Келесі маусымға 52 мың гектар сүдігер жыртылған. Тұқымның 96 пайызы сапалы деп танылды.",
        "96 пайызы",
        date(2025, 3, 12),
        _day(date(2025, 3, 12)),
    ),
    # a state standing ("дайын тұр"), and a level reached ("жетті")
    (
        "Қостанай облысында биыл 5 млн гектарға егін егіледі",
        "Басқарма мәліметінше, биыл дәнді дақылдар 3,9 млн гектарға орналастырылмақ.\n"
        "Техниканың 88 пайызы дайын тұр. Жөнделген комбайндар саны 2 300-ге жетті.",
        "88 пайызы",
        date(2024, 2, 20),
        _day(date(2024, 2, 20)),
    ),
    (
        "Қостанай облысында биыл 5 млн гектарға егін егіледі",
        "Басқарма мәліметінше, биыл дәнді дақылдар 3,9 млн гектарға орналастырылмақ.\n"
        "Техниканың 88 пайызы дайын тұр. Жөнделген комбайндар саны 2 300-ге жетті.",
        "2 300-ге",
        date(2024, 2, 20),
        _day(date(2024, 2, 20)),
    ),
    # a harvest gathered so far under the year's outlook, and a list member with no verb after it
    (
        "Елде 7 млн тоннадан астам астық бастырылды",
        "Бүгінгі таңда 4,1 млн гектар алқаптың егіні орылды.\n"
        "Министрліктің мәліметінше, биыл астық түсімі 17 млн тоннадан асады деп болжанып отыр.\n"
        "Бұған қоса, диқандар 412 мың тонна зығыр жинап алды. Көкөніс түсімі 1,6 млн тоннаға жетті:\n"
        "– қызылша – 143 мың тонна;\n– қияр – 57 мың тонна.",
        "412 мың тонна",
        date(2024, 9, 6),
        _day(date(2024, 9, 6)),
    ),
    (
        "Елде 7 млн тоннадан астам астық бастырылды",
        "Бүгінгі таңда 4,1 млн гектар алқаптың егіні орылды.\n"
        "Министрліктің мәліметінше, биыл астық түсімі 17 млн тоннадан асады деп болжанып отыр.\n"
        "Бұған қоса, диқандар 412 мың тонна зығыр жинап алды. Көкөніс түсімі 1,6 млн тоннаға жетті:\n"
        "– қызылша – 143 мың тонна;\n– қияр – 57 мың тонна.",
        "143 мың тонна",
        date(2024, 9, 6),
        _day(date(2024, 9, 6)),
    ),
    # look-alikes that keep the year. The plan itself:
    (
        "Павлодар облысында биыл 640 мың гектарға бидай себіледі",
        "Облыс әкімдігінің хабарлауынша, биыл 1,2 млн гектарға егін егу жоспарланған.\n"
        "Келесі маусымға 52 мың гектар сүдігер жыртылған. Тұқымның 96 пайызы сапалы деп танылды.",
        "1,2 млн гектарға",
        date(2025, 3, 12),
        _year(2025),
    ),
    # money spent: the year's budget
    (
        "Жамбыл облысында биыл 40 шақырым жылу желісі жаңартылады",
        "Биыл өңірде 40 шақырым жылу желісін жаңарту көзделген.\n"
        "Тараз қаласындағы желілерді жөндеуге 812 млн теңге жұмсалды.",
        "812 млн теңге",
        date(2025, 8, 14),
        _year(2025),
    ),
    # a sentence that names "биыл" itself: a deed of the year (FORMAT.md)
    (
        "Жамбыл облысында биыл 40 шақырым жылу желісі жаңартылады",
        "Биыл өңірде 40 шақырым жылу желісін жаңарту көзделген.\nБиыл 17 шақырым желі ауыстырылды.",
        "17 шақырым",
        date(2025, 8, 14),
        _year(2025),
    ),
    # a plan told after: the year's plan
    (
        "Жамбыл облысында биыл 40 шақырым жылу желісі жаңартылады",
        "Биыл өңірде 40 шақырым жылу желісін жаңарту көзделген.\nТағы 9 қазандық жөнделеді.",
        "9",
        date(2025, 8, 14),
        _year(2025),
    ),
    # a headline that tells the year's deeds done: the year is the report's, a deed after it stays there
    (
        "Биыл облыста 45 мектеп жөнделді",
        "Биыл облыста 45 мектеп күрделі жөндеуден өтті.\nСондай-ақ 30 шақырым жаяу жүргіншілер жолы төселді.",
        "30 шақырым",
        date(2023, 10, 2),
        _year(2023),
    ),
]

_SEASON: list[tuple[str, str, date, Span]] = [
    # what is set aside for the campaign: its season
    (
        "Биыл көктемгі егіс науқанына 52 мың тонна жанармай бөлінді.",
        "52 мың тонна",
        date(2025, 4, 10),
        (date(2025, 3, 1), date(2025, 5, 31)),
    ),
    (
        "Облыс шаруаларына күзгі егін жинау науқанына 18 мың тонна дизель отыны бөлінеді.",
        "18 мың тонна",
        date(2024, 8, 20),
        (date(2024, 9, 1), date(2024, 11, 30)),
    ),
    (
        "Былтырғы көктемгі егіс науқанына 30 мың тонна тұқым бөлінген.",
        "30 мың тонна",
        date(2025, 1, 15),
        (date(2024, 3, 1), date(2024, 5, 31)),
    ),
    # asked and meant for it
    (
        "Күзгі жиын-терімге 140 шаруашылық 2 100 тонна отынға өтінім берді.",
        "2 100 тонна",
        date(2025, 10, 5),
        (date(2025, 9, 1), date(2025, 11, 30)),
    ),
    (
        "Күзгі науқанға арналған 4 800 тонна отын аудандарға жөнелтілді.",
        "4 800 тонна",
        date(2025, 10, 5),
        (date(2025, 9, 1), date(2025, 11, 30)),
    ),
    # what it needs (read so before)
    (
        "Көктемгі науқанға 12 мың тонна тұқым қажет.",
        "12 мың тонна",
        date(2024, 3, 5),
        (date(2024, 3, 1), date(2024, 5, 31)),
    ),
    # look-alike: machinery made ready for it is a state on the day told
    (
        "Облыста көктемгі егіске 6 мыңға жуық техника әзірленді.",
        "6 мыңға",
        date(2024, 3, 5),
        _day(date(2024, 3, 5)),
    ),
]


@pytest.mark.parametrize(
    ("title", "body", "surface", "published", "expected"),
    _PLAN_YEAR,
    ids=[f"{c[2]}:{c[1][-40:]}" for c in _PLAN_YEAR],
)
def test_deeds_under_a_plan_year(
    title: str, body: str, surface: str, published: date, expected: Span
) -> None:
    assert span(figure_by_surface(body, surface, published, title=title, language="kk")) == expected


@pytest.mark.parametrize(("text", "surface", "published", "expected"), _SEASON, ids=[c[1] for c in _SEASON])
def test_campaign_season(text: str, surface: str, published: date, expected: Span) -> None:
    assert span(figure_by_surface(text, surface, published, language="kk")) == expected


# (text, surface, published, expected span)
_SINCE_YEAR_START: list[tuple[str, str, date, Span]] = [
    (
        "Қазан айында облыста тұтыну бағаларының индексі 100,6% болды. Жыл басынан бері тауарлар 7,2%-ға қымбаттады.",
        "7,2%-ға",
        date(2025, 11, 5),
        (date(2025, 1, 1), date(2025, 10, 31)),
    ),
    (
        "Шымкентте қыркүйекте шаршы метр 412 300 теңгеге бағаланды, мұнда баға жыл басынан бері 3,9%-ға өсті.",
        "3,9%-ға",
        date(2025, 10, 8),
        (date(2025, 1, 1), date(2025, 9, 30)),
    ),
    (
        "Биылғы тоғыз айда Өскеменде шаршы метрдің орташа құны 301 200 теңгеге жетті. "
        "Семейде шаршы метр 265 400 теңгеге бағаланады, жыл басынан бергі өсім – 2,7%.",
        "2,7%",
        date(2025, 10, 15),
        (date(2025, 1, 1), date(2025, 9, 30)),
    ),
    (
        "Азық-түлік бағасы қарашада 0,8%-ға өсті, ал жыл басынан бері 9,4%-ға қымбаттады.",
        "9,4%-ға",
        date(2025, 12, 3),
        (date(2025, 1, 1), date(2025, 11, 30)),
    ),
    # look-alikes: a flow, a change of a flow, a price rise with no report month: up to publication
    (
        "Биылғы он айда облыста 1,2 трлн теңгенің өнімі өндірілді. Жыл басынан бері 310 мың тонна ет сатылды.",
        "310 мың тонна",
        date(2025, 11, 20),
        (date(2025, 1, 1), date(2025, 11, 20)),
    ),
    (
        "Тоғыз айда өнеркәсіп өндірісі 6%-ға өсті. Жыл басынан бері экспорт 12%-ға артты.",
        "12%-ға",
        date(2025, 10, 20),
        (date(2025, 1, 1), date(2025, 10, 20)),
    ),
    (
        "Жыл басынан бері жанармай 11%-ға қымбаттады.",
        "11%-ға",
        date(2025, 6, 20),
        (date(2025, 1, 1), date(2025, 6, 20)),
    ),
    # the months counted from January are those months
    (
        "Жыл басынан бергі тоғыз айда баға 5,1%-ға өсті.",
        "5,1%-ға",
        date(2025, 10, 20),
        (date(2025, 1, 1), date(2025, 9, 30)),
    ),
]


@pytest.mark.parametrize(
    ("text", "surface", "published", "expected"), _SINCE_YEAR_START, ids=[c[1] for c in _SINCE_YEAR_START]
)
def test_price_rise_since_the_year_start(text: str, surface: str, published: date, expected: Span) -> None:
    assert span(figure_by_surface(text, surface, published, language="kk")) == expected


_PLAN_AHEAD = "Облыс орталығындағы көпбейінді аурухананың құрылысын 2027 жылы аяқтау жоспарланған.\n"
_MAY_14 = date(2025, 5, 14)

# (text, surface, expected span), published 14 May 2025
_STATE_UNDER_PLAN_AHEAD: list[tuple[str, str, Span]] = [
    (_PLAN_AHEAD + "Ауданда 37 мектеп салынуда.", "37", _day(_MAY_14)),
    (_PLAN_AHEAD + "Қалада 5 жаңа балабақша бой көтеруде.", "5", _day(_MAY_14)),
    (_PLAN_AHEAD + "Қалалық емханада 3 рентген аппараты бар.", "3", _day(_MAY_14)),
    (_PLAN_AHEAD + "Өңірде 14 жол учаскесінде жөндеу жүріп жатыр.", "14", _day(_MAY_14)),
    # look-alikes: the plan's year
    (_PLAN_AHEAD + "Оған 4,2 млрд теңге бағытталып отыр.", "4,2 млрд теңге", _year(2027)),
    (_PLAN_AHEAD + "Жоба 300 жұмыс орнын ашуға мүмкіндік береді.", "300", _year(2027)),
    (_PLAN_AHEAD.strip() + " Онда 640 дәрігер еңбек етеді.", "640", _year(2027)),
    (_PLAN_AHEAD + "Тағы 8 мектеп салынады.", "8", _year(2027)),
    (_PLAN_AHEAD + "Ауруханада 640 дәрігер еңбек етеді.", "640", _year(2027)),
]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    _STATE_UNDER_PLAN_AHEAD,
    ids=[c[0][-40:] for c in _STATE_UNDER_PLAN_AHEAD],
)
def test_state_under_a_plan_year_ahead(text: str, surface: str, expected: Span) -> None:
    assert span(figure_by_surface(text, surface, _MAY_14, language="kk")) == expected
