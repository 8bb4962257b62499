"""Kazakh periods carried from context, seen wrong on real stored news pages (round real20kk2:
school years, tourism and accommodation statistics, regional economy reports, heating-season coal),
in sentences of our own.

Labelled by tests/realworld/FORMAT.md ("the period may come from the headline, lead or an earlier
sentence"; "a figure's comparison base is NOT its period"; a stock at a date is that day):
  1. a span followed by its base of the same span ("2018 жылдың қорытындысы бойынша өткен жылғы
     тиісті кезеңмен салыстырғанда ...") was read as a look back, so it set no scene: the figures told
     after it stood at publication. It is the figures' own span and frames what follows.
  2. the school year just over named as the last one ("өткен оқу жылында") dated its own sentence only;
     like a numbered school year over, it frames the sentences after it.
  3. "оқу жылының басында" / "оқу жылының соңында" (at the start / end of the school year) were no
     period: the first (1 September) or last (31 May) school day, a stock's day.
  4. "2022 жылғы сәйкес кезең бойынша өсім 12,6%" took the base year as its own period: the growth is
     reckoned by that year's same span; the figure keeps the span carried.
  5. "былтырғы жылдың тиісті кезеңімен" was last year whole and read as the figure's own, so the change
     and the next sentence's "бұл кезеңде" took last year; it is the same span a year back, and its
     level in brackets after "салыстырғанда (...)" is that span's.
  6. a level reached "by the end of" a year long over, told in the perfect ("2023 жылдың соңына қарай
     ... 4303 нысан тіркелген"), was a deadline, and the stocks after it stood at publication: it is
     that year's last day, and frames what follows (a year-end just over keeps its reading).
  7. "экономика және бюджеттік жоспарлау басқармасының басшысы" (an office's name) was a plan cue: the
     figure it introduced became a plan with no period.
  8. "алдағы 5 жыл көлемінде" (over the next five years) was no period, so a target told after it "5
     жылда" (in five years) counted five years back from the year carried; it is the five years ahead.
  9. a Kazakh compound whose last part has no scale word ("9 мың 300 тонна", "847 млн 640 мың 500
     теңге") was read as two figures (9 000 and 300 tonnes).
 10. "2016 жылдың 4 тамызына дейінгі мәліметтер бойынша" (by the data up to 4 August) was a deadline,
     and the yields told after it stood at publication: it is the data's day, a stock's day, and it
     frames the figures after it.
 11. "2018 жылдың қаңтар мен желтоқсан айлары арасындағы" (between January and December, said with
     "арасы") was January alone; and "7 мың 200-ге жуық" (the ones with a case ending) was two figures.
 12. "бағдарлама индикаторларының 6 айлық орындалуы" (the six-month results of a programme's
     indicators) was no period, so the figures after it took the programme's years (2016-2020): a
     count of months before a report's noun is the months from January.
 13. "Биыл 1 тамызға дейін ... жөнделді" (this year up to a day gone by, the adverb apart from the
     day) was a deadline: what was done runs from 1 January to that day, as "биылғы 1 тамызға дейін"
     already did, and that span frames a deed told after it ("Жөндеуге ... жұмсалды").
 14. "2025 жылдың алғашқы жартыжылдығында" (the first half, "the first" in the possessive) was the
     whole year, and the figures after it took the year.
 15. "Былтырғы 9 айда ... тартылса, биыл бұл көрсеткіш ... жетті": "биыл" set against last year's
     months from January was the whole year (and framed the next sentence so); it is the same months
     this year, when they are over at publication.
 16. "Салыстырмалы түрде, былтыр 1,9 млн тонна жиналған" (for comparison, opening a sentence) was no
     look back: last year whole became the scene, and the yield told in the next paragraph took it.
 17. "Бұл туралы 15 қазанда өткен брифингте ... айтты" (the day of the briefing where the news was
     told, in a sentence with no figure) became the scene: the flows after it, of the headline's nine
     months, were dated that day.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.cyrillic import LANGUAGE_DATA
from etl.extract.cyrillic_periods import find_cyrillic_periods
from etl.extract.indicator_record import Indicator
from etl.extract.indicators import extract_indicators


def _all(text: str, published: date, title: str = "") -> list[Indicator]:
    return extract_indicators(text, published, title=title, language="kk")


def _find(text: str, surface: str, published: date, title: str = "") -> Indicator:
    found = [i for i in _all(text, published, title) if i.surface == surface]
    assert found, f"no figure written {surface!r}"
    return found[0]


def _span(indicator: Indicator) -> tuple[date | None, date | None]:
    return indicator.period_start, indicator.period_end


# 1. a span told with its base of the same span frames the sentences after it


@pytest.mark.parametrize(
    ("text", "surface", "published", "span"),
    [
        (
            "2024 жылдың қорытындысы бойынша өткен жылғы тиісті кезеңмен салыстырғанда келушілер саны "
            "6,2% көбейді. Қонақүйлер 41 200 адамға қызмет көрсетті.",
            "41 200",
            date(2025, 2, 14),
            (date(2024, 1, 1), date(2024, 12, 31)),
        ),
        (
            "2025 жылдың қаңтар-наурызында өткен жылдың сәйкес кезеңімен салыстырғанда өнеркәсіп "
            "өндірісі 4,1%-ға өсті. Өңдеу өнеркәсібінде 860 млрд теңгенің өнімі өндірілді.",
            "860 млрд теңгенің",
            date(2025, 5, 6),
            (date(2025, 1, 1), date(2025, 3, 31)),
        ),
        (
            "Биылғы қаңтар-маусымда өткен жылғы ұқсас кезеңмен салыстырғанда жүк тасымалы 3%-ға артты. "
            "Теміржолмен 48 млн тонна жүк тасылды.",
            "48 млн тонна",
            date(2025, 7, 18),
            (date(2025, 1, 1), date(2025, 6, 30)),
        ),
    ],
)
def test_a_span_told_with_its_same_span_base_frames_what_follows(
    text: str, surface: str, published: date, span: tuple[date, date]
) -> None:
    assert _span(_find(text, surface, published)) == span


def test_a_look_back_before_a_period_still_takes_it_along() -> None:
    # "Бір жыл бұрын, 2024 жылдың қаңтарында": the look back comes first, the month is the base's
    text = (
        "Қаңтарда 5,1 мың пәтер тапсырылды. Бір жыл бұрын, 2024 жылдың қаңтарында 4,2 мың пәтер тапсырылған."
    )
    found = _find(text, "4,2 мың", date(2025, 2, 10))
    assert _span(found) == (date(2024, 1, 1), date(2024, 1, 31))


# 2. the school year just over frames what follows


@pytest.mark.parametrize(
    ("text", "surface", "published", "span"),
    [
        (
            "Айта кетейік, өткен оқу жылында қалада 19 мектеп пайдалануға берілген болатын. Олар 52 мың "
            "оқушы орнын қамтыды.",
            "52 мың",
            date(2025, 9, 2),
            (date(2024, 9, 1), date(2025, 5, 31)),
        ),
        (
            "Өткен оқу жылында облыста 14 балабақша ашылды. Оларға 3 200 бала қабылданды.",
            "3 200",
            date(2025, 10, 8),
            (date(2024, 9, 1), date(2025, 5, 31)),
        ),
    ],
)
def test_the_last_school_year_frames_what_follows(
    text: str, surface: str, published: date, span: tuple[date, date]
) -> None:
    assert _span(_find(text, surface, published)) == span


def test_a_new_school_year_still_dates_its_own_clause_only() -> None:
    text = "Жаңа оқу жылында 11 мектеп ашылды. Қазір қалада 74 мың оқушы орны бар."
    assert _span(_find(text, "74 мың", date(2025, 10, 8))) == (date(2025, 10, 8), date(2025, 10, 8))


# 3. the first and the last school day


@pytest.mark.parametrize(
    ("text", "surface", "published", "day"),
    [
        ("Оқу жылының басында қалада 215 мектеп жұмыс істейді.", "215", date(2025, 8, 21), date(2025, 9, 1)),
        ("Оқу жылының соңында 9 мектеп үш ауысыммен оқыды.", "9", date(2025, 8, 21), date(2025, 5, 31)),
        ("Өткен оқу жылының соңында 6 мектеп апатты деп танылды.", "6", date(2025, 8, 21), date(2025, 5, 31)),
        ("Оқу жылының басында облыста 640 мектеп болды.", "640", date(2025, 11, 3), date(2025, 9, 1)),
        ("Оқу жылының соңында 700 мектеп болады деп күтілуде.", "700", date(2025, 11, 3), date(2026, 5, 31)),
    ],
)
def test_the_start_or_end_of_a_school_year_is_its_day(
    text: str, surface: str, published: date, day: date
) -> None:
    assert _span(_find(text, surface, published)) == (day, day)


def test_a_stock_at_the_school_years_end_gone_by_frames_the_next_sentence() -> None:
    text = "Оқу жылының соңында қалада 12 мектеп апатты болды. Орын тапшылығы 18 400 оқушы орнын құрады."
    assert _span(_find(text, "18 400", date(2025, 8, 21))) == (date(2025, 5, 31), date(2025, 5, 31))


def test_by_the_school_years_end_stays_a_deadline() -> None:
    text = "Оқу жылының соңына дейін 4 мектеп салынады."
    assert _span(_find(text, "4", date(2025, 11, 3))) == (None, date(2026, 5, 31))


# 4. "сәйкес кезең бойынша": a base


def test_growth_reckoned_by_a_years_same_span_keeps_the_span_carried() -> None:
    text = (
        "Былтырғы қаңтар-қыркүйекте курорттарға 2 млн 140 мың адам барған. Яғни, 2023 жылғы сәйкес кезең "
        "бойынша өсім 9,4%-ға артты."
    )
    found = _find(text, "9,4%-ға", date(2025, 2, 3))
    assert _span(found) == (date(2024, 1, 1), date(2024, 9, 30))


# 5. "былтырғы жылдың тиісті кезеңімен": the same span a year back


def test_last_years_same_span_is_a_base_and_its_bracketed_level_is_that_span() -> None:
    text = (
        "Осы жылдың төрт айында ауданда 8 420 млн теңгенің өнімі өндіріліп, ол былтырғы жылдың тиісті "
        "кезеңімен салыстырғанда (8 105,3 млн теңге) 3,9 пайызға өскен. Ал бұл кезеңде өнеркәсіп көлемі "
        "2 310,5 млн теңгені құрады."
    )
    published = date(2025, 5, 22)
    four_months = (date(2025, 1, 1), date(2025, 4, 30))
    assert _span(_find(text, "3,9 пайызға", published)) == four_months
    assert _span(_find(text, "2 310,5 млн теңгені", published)) == four_months
    assert _span(_find(text, "8 105,3 млн теңге", published)) == (date(2024, 1, 1), date(2024, 4, 30))


def test_last_year_told_in_its_own_clause_stays_last_year() -> None:
    text = "Былтырғы жылы ауданда 7 900 млн теңгенің өнімі өндірілген."
    assert _span(_find(text, "7 900 млн теңгенің", date(2025, 5, 22))) == (
        date(2024, 1, 1),
        date(2024, 12, 31),
    )


# 6. a level reached by a year-end long over


def test_a_level_by_a_year_end_long_over_is_that_day_and_frames_what_follows() -> None:
    text = (
        "2023 жылдың соңына қарай облыста 612 орналастыру орны тіркелген. Олардың көбі Бурабай "
        "ауданында (218) және Көкшетауда (97) шоғырланған."
    )
    published = date(2024, 9, 10)
    year_end = (date(2023, 12, 31), date(2023, 12, 31))
    assert _span(_find(text, "612", published)) == year_end
    assert _span(_find(text, "218", published)) == year_end


def test_a_year_end_just_over_still_leaves_what_goes_on_now() -> None:
    text = "2024 жылдың соңына қарай спортпен айналысатындар саны 610 мыңға жетті.\nМұнда 96 мың адам шұғылданады."
    assert _span(_find(text, "96 мың", date(2025, 1, 20))) == (date(2025, 1, 20), date(2025, 1, 20))


def test_a_plan_by_a_year_end_stays_a_deadline() -> None:
    text = "2026 жылдың соңына қарай облыста 700 орналастыру орны ашылуы көзделген."
    assert _span(_find(text, "700", date(2025, 9, 10))) == (None, date(2026, 12, 31))


# 7. a planning office's name is no plan


def test_a_planning_offices_name_is_no_plan_cue() -> None:
    text = (
        "Облыста жыл басынан бергі тоғыз айдың қорытындысы қаралды. Экономика және бюджеттік жоспарлау "
        "басқармасының басшысы атап өткендей, құрылыс жұмыстарының көлемі 108,2 пайызға тең."
    )
    found = _find(text, "108,2 пайызға", date(2025, 10, 24))
    assert found.kind == "actual"
    assert _span(found) == (date(2025, 1, 1), date(2025, 9, 30))


def test_planning_as_a_deed_still_reads_a_plan() -> None:
    assert _find("Биыл 14 нысан салуды жоспарлау керек.", "14", date(2025, 3, 3)).kind != "actual"


# 8. the next five years named before a target "in five years"


def test_a_target_in_five_years_after_the_next_five_years_is_ahead() -> None:
    text = (
        "Министр биылғы жолдауда алдағы 5 жыл көлемінде өңдеуді дамыту қажеттігін айтты. Өңделген "
        "өнім экспортын 5 жылда 2 есеге көбейту міндеті қойылды."
    )
    published = date(2025, 3, 4)
    found = _find(text, "2 есеге", published)
    assert _span(found) == (published, date(2030, 3, 4))


def test_the_last_five_years_still_count_back() -> None:
    found = _find("Соңғы 5 жылда экспорт 2 есеге көбейді.", "2 есеге", date(2025, 3, 4))
    assert _span(found) == (date(2020, 3, 4), date(2025, 3, 4))


# 9. compounds whose last part has no scale word


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("Ауылға қыста 6 мың 450 тонна көмір қажет.", "6 мың 450 тонна", 6450, "tonne"),
        (
            "Фермерлерге 312 млн 708 мың 250 теңге субсидия төленді.",
            "312 млн 708 мың 250 теңге",
            312708250,
            "KZT",
        ),
        ("Биыл 14 мың 60 адам жұмысқа орналасты.", "14 мың 60", 14060, "count"),
    ],
)
def test_a_kazakh_compound_ends_on_its_units(text: str, surface: str, value: float, unit: str) -> None:
    found = _all(text, date(2025, 9, 20))
    assert [(i.surface, i.value, i.unit) for i in found] == [(surface, value, unit)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Облыста 5 мың адам 15 қаңтарда тіркелді.", [5000]),
        ("Жоспар 2 мың тонна, ол 30 пайызға орындалды.", [2000, 30]),
    ],
)
def test_numbers_after_thousands_of_their_own_stay_apart(text: str, values: list[float]) -> None:
    assert [i.value for i in _all(text, date(2025, 9, 20))] == values


# 10. the data as of a day


def test_data_up_to_a_day_is_that_day_and_frames_what_follows() -> None:
    text = (
        "2025 жылдың 12 тамызына дейінгі мәліметтер бойынша Жамбыл облысында өнімділік гектарына 18,6 "
        "центнерді құрайды. Түркістан облысында өнімділік гектарына 21,3 центнер. Бүгінгі күні елде 2,4 "
        "млн тонна астық бастырылды."
    )
    published = date(2025, 8, 14)
    day = (date(2025, 8, 12), date(2025, 8, 12))
    assert _span(_find(text, "18,6 центнерді", published)) == day
    assert _span(_find(text, "21,3 центнер", published)) == day
    assert _span(_find(text, "2,4 млн тонна", published)) == (published, published)


def test_a_deadline_day_with_no_data_word_stays_a_deadline() -> None:
    text = "2025 жылдың 1 қазанына дейін 300 мың гектар жиналуы тиіс."
    assert _span(_find(text, "300 мың гектар", date(2025, 8, 14))) == (None, date(2025, 10, 1))


# 11. "... айлары арасындағы"; the ones of a compound with a case ending


def test_months_between_said_with_arasy_are_the_span() -> None:
    text = "2024 жылдың қаңтар мен маусым айлары арасындағы табиғи өсім 1 240 адамды құрады."
    assert _span(_find(text, "1 240", date(2024, 8, 1))) == (date(2024, 1, 1), date(2024, 6, 30))


def test_the_ones_of_a_compound_may_carry_a_case_ending() -> None:
    found = _all("Былтыр ауданда 4 мың 600-ге жуық бала дүниеге келген.", date(2025, 2, 1))
    assert [(i.surface, i.value) for i in found] == [("4 мың 600-ге", 4600)]


# 12. "N айлық" before a report's noun


def test_a_six_month_report_frames_the_figures_after_it() -> None:
    text = (
        "Кеңесте облыстың 2021-2025 жылдарға арналған даму жоспары индикаторларының 6 айлық орындалуы "
        "қаралды. «Облысқа 212,4 млрд теңге инвестиция тартылып, 2024 жылдың тиісті кезеңінен 18 пайызға "
        "артты», – деді басқарма басшысы."
    )
    assert _span(_find(text, "212,4 млрд теңге", date(2025, 7, 21))) == (date(2025, 1, 1), date(2025, 6, 30))


@pytest.mark.parametrize(
    "text",
    ["Жұмысшыларға 3 айлық жалақысы бірден төленді.", "Оларға 6 айлық оқу курсы ұйымдастырылды."],
)
def test_months_of_pay_or_a_course_are_no_period(text: str) -> None:
    assert find_cyrillic_periods(text, date(2025, 7, 21), LANGUAGE_DATA["kk"]) == []


# 13. this year up to a day gone by


def test_this_year_up_to_a_day_gone_by_runs_from_january_and_frames_what_follows() -> None:
    text = "Биыл 1 шілдеге дейін ауданда 38 шақырым жол жөнделді. Жөндеуге 5,2 млрд теңге жұмсалды."
    published = date(2025, 7, 14)
    span = (date(2025, 1, 1), date(2025, 7, 1))
    assert _span(_find(text, "38 шақырым", published)) == span
    assert _span(_find(text, "5,2 млрд теңге", published)) == span


def test_this_year_up_to_a_day_ahead_stays_a_deadline() -> None:
    found = _find("Биыл 1 қазанға дейін ауданда 38 шақырым жол жөнделеді.", "38 шақырым", date(2025, 7, 14))
    assert _span(found) == (None, date(2025, 10, 1))


def test_a_present_state_after_a_span_up_to_a_day_holds_now() -> None:
    text = "Биыл 1 шілдеге дейін ауданда 38 шақырым жол жөнделді. Қазір ауданда 1 900 шақырым жол бар."
    published = date(2025, 7, 14)
    assert _span(_find(text, "1 900 шақырым", published)) == (published, published)


# 14. "алғашқы жартыжылдығында"


def test_the_first_half_named_alghashqy_in_the_possessive_is_the_half() -> None:
    text = (
        "2025 жылдың алғашқы жартыжылдығында 2024 жылмен салыстырғанда өнеркәсіп өндірісі 3,7%-ға өсті. "
        "Өңдеу өнеркәсібінде 640 млрд теңгенің өнімі өндірілді."
    )
    published = date(2025, 7, 22)
    half = (date(2025, 1, 1), date(2025, 6, 30))
    assert _span(_find(text, "3,7%-ға", published)) == half
    assert _span(_find(text, "640 млрд теңгенің", published)) == half


# 15. "биыл" set against last year's months


def test_this_year_set_against_last_years_months_is_the_same_months() -> None:
    text = (
        "Өткен жылдың 8 айында облысқа 96 мың турист келсе, биыл бұл көрсеткіш 118 мыңға жетті. "
        "Олардың 21 мыңы шетелдіктер."
    )
    published = date(2025, 9, 25)
    months = (date(2025, 1, 1), date(2025, 8, 31))
    assert _span(_find(text, "96 мың", published)) == (date(2024, 1, 1), date(2024, 8, 31))
    assert _span(_find(text, "118 мыңға", published)) == months
    assert _span(_find(text, "21 мыңы", published)) == months


def test_this_year_set_against_last_year_whole_stays_the_year() -> None:
    text = "Өткен жылы облысқа 96 мың турист келсе, биыл бұл көрсеткіш 118 мыңға жетті."
    assert _span(_find(text, "118 мыңға", date(2025, 9, 25))) == (date(2025, 1, 1), date(2025, 12, 31))


def test_this_year_against_months_not_yet_over_stays_the_year() -> None:
    text = "Өткен жылдың 9 айында 410 млрд теңге тартылса, биыл 520 млрд теңге тартылады деп күтілуде."
    assert _span(_find(text, "520 млрд теңге", date(2025, 5, 20))) == (date(2025, 1, 1), date(2025, 12, 31))


# 16. "Салыстырмалы түрде," opening a sentence is a comparison


def test_a_comparison_opened_by_salystyrmaly_turde_is_a_look_back() -> None:
    text = (
        "Биыл 10 айда облыста 1,7 млн тонна астық жиналды.\nСалыстырмалы түрде, былтыр 1,4 млн тонна "
        "жиналған.\nОрташа өнімділік гектарына 13,8 центнер болды."
    )
    published = date(2025, 11, 12)
    ten_months = (date(2025, 1, 1), date(2025, 10, 31))
    assert _span(_find(text, "1,4 млн тонна", published)) == (date(2024, 1, 1), date(2024, 10, 31))
    assert _span(_find(text, "13,8 центнер", published)) == ten_months


def test_relatively_few_is_no_comparison_opening() -> None:
    text = "Биыл 10 айда облыста 1,7 млн тонна астық жиналды. Бұл салыстырмалы түрде 12 пайызға аз."
    assert _span(_find(text, "12 пайызға", date(2025, 11, 12))) == (date(2025, 1, 1), date(2025, 10, 31))


# 17. the day of a briefing named in a sentence with no figure


def test_the_day_of_a_briefing_frames_none_of_the_figures_after_it() -> None:
    text = (
        "Бұл туралы 14 қазанда өткен брифингте басқарма басшысы айтты. Сүт өндірісі 186 мың тоннаға "
        "жетті. Облыста 40 сүт зауыты жұмыс істейді."
    )
    published = date(2025, 10, 16)
    title = "Облыста 9 айда 52 мың тонна ет өндірілді"
    assert _span(_find(text, "186 мың тоннаға", published, title)) == (date(2025, 1, 1), date(2025, 9, 30))
    assert _span(_find(text, "40", published, title)) == (published, published)


def test_a_briefing_day_beside_a_figure_still_dates_it() -> None:
    text = "14 қазанда өткен брифингте басқарма басшысы облыста 40 сүт зауыты бар екенін айтты."
    assert _span(_find(text, "40", date(2025, 10, 16))) == (date(2025, 10, 14), date(2025, 10, 14))
