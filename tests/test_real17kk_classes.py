"""Kazakh kinds and periods seen wrong on real stored news pages (round real17kk), in sentences of our own.

Labelled by tests/realworld/FORMAT.md (the heating season runs October to April; a plant's yearly
output and the jobs it will give once it runs are plan; published Friday 5 September 2025 unless a
case says):
  1. the heating season: what is needed "for the coming heating season" ("алдағы жылыту маусымына
     ... қажет"), a season named by its years ("2025-2026 жылдардағы жылу беру маусымына"), the one
     "under way" ("ағымдағы жылыту маусымында") and a total "since the season began" ("жылыту
     маусымы басталғаннан бастап") were dated by the span carried from the sentence before or by the
     two whole years; a stock got ready for the season now stays today's.
  2. the aorist of what a plant will do once it runs ("Зауыт іске қосылса, жылына ... шығарады",
     "іске қосылғанда ... қамтылады") and what comes "in the time ahead" ("Алдағы уақытта ... жүзеге
     асады") were read as done now, or dated by a past year carried ("құрылысы 2014 жылы басталған");
     the contrastive "-са" of a clause with its own figure keeps its reading.
  3. "жеткізу пунктіне / қашықтығына қарай": delivery named, no level to bring a measure to (a price
     range was read as a target).
  4. "X бен / пен Y теңге": the low end of a range joined by "бен" or "пен" takes the unit, as "мен".
  5. "оның 12-сі 2024 жылдан өткен": objects carried over from a year before are the plan year's
     (the year in the ablative before "өткен" is where they come from, as "қалған", "ауысқан").
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicator_record import Indicator
from etl.extract.indicators import extract_indicators

P = date(2025, 9, 5)
SEASON = (date(2025, 10, 1), date(2026, 4, 30))


def _find(text: str, surface: str, published: date = P) -> Indicator:
    found = [i for i in extract_indicators(text, published, language="kk") if i.surface == surface]
    assert found, f"no figure written {surface!r}"
    return found[0]


def _period(indicator: Indicator) -> tuple[date | None, date | None]:
    return indicator.period_start, indicator.period_end


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        (
            "Шахталар сегіз айда 70 млн тонна көмір өндірді. Алдағы жылыту маусымына облыстың көмірге "
            "қажеттілігі 820 мың тоннаны құрайды.",
            "820 мың тоннаны",
            SEASON,
        ),
        (
            "Ауданға алдағы жылыту маусымына барлығы 64 мың тонна көмір қажет.",
            "64 мың тонна",
            SEASON,
        ),
        (
            "Облыста 2025-2026 жылдардағы жылу беру маусымына жоспар бойынша 96,5 мың тонна отын қажет.",
            "96,5 мың тонна",
            SEASON,
        ),
        (
            "Ағымдағы жылыту маусымында қалалық қазандықтардың отынға қажеттілігі 2,4 млн тоннаны құрайды.",
            "2,4 млн тоннаны",
            (date(2025, 10, 1), date(2026, 4, 30)),
        ),
        (
            "Жылу беру маусымы басталғаннан бастап тұрғындарға 310 мың тонна көмір жеткізілді.",
            "310 мың тонна",
            (date(2024, 10, 1), P),
        ),
    ],
)
def test_the_heating_season_dates_what_it_needs(
    text: str, surface: str, period: tuple[date | None, date | None]
) -> None:
    assert _period(_find(text, surface)) == period


def test_a_season_begun_is_dated_from_its_first_october_in_winter() -> None:
    text = "Жылыту маусымы басталғаннан бастап өңірлерге 5,2 млн тонна көмір тасылды."
    found = _find(text, "5,2 млн тонна", date(2026, 2, 10))
    assert _period(found) == (date(2025, 10, 1), date(2026, 2, 10))


def test_a_named_season_dates_its_own_clause_not_the_prices_after_it() -> None:
    text = (
        "Облысқа 2025-2026 жылдардағы жылу беру маусымына 88 мың тонна отын қажет. "
        "Көмір бағасы 16 мың мен 24 мың теңге аралығында сатылып жатыр."
    )
    price = _find(text, "24 мың теңге")
    assert (price.kind, _period(price)) == ("actual", (P, P))


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a stock got ready for the coming season is what there is now
        ("Алдағы жылыту маусымына 45 мың тонна көмір дайындалды.", "45 мың тонна"),
        ("Бүгінгі таңда жылыту маусымына 12 мың тонна көмір жеткізілді.", "12 мың тонна"),
    ],
)
def test_a_stock_got_ready_for_the_season_stays_today(text: str, surface: str) -> None:
    assert _period(_find(text, surface)) == (P, P)


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Зауыт іске қосылса, жылына 600 мың тонна әк шығарады.", "600 мың тонна", "plan"),
        ("Кешен іске қосылғанда 320 адам тұрақты жұмыспен қамтылады.", "320", "plan"),
        (
            "Егер жоба іске қосылса, аудан бюджетіне жылына 1,5 млрд теңге салық түседі.",
            "1,5 млрд теңге",
            "plan",
        ),
        ("Алдағы уақытта құны 14 млрд теңге болатын 4 жоба жүзеге асады.", "14 млрд теңге", "plan"),
        ("Алдағы уақытта құны 14 млрд теңге болатын 4 жоба жүзеге асады.", "4", "plan"),
        # look-alikes: a past verb after the launch tells a deed; the contrastive "-са" keeps its figure's verb
        ("Зауыт іске қосылғанда 150 адам жұмысқа орналасты.", "150", "actual"),
        ("Өткен жылы 6 цех іске қосылса, биыл 9 цех іске қосылды.", "6", "actual"),
        ("Өткен жылы 6 цех іске қосылса, биыл 9 цех іске қосылды.", "9", "actual"),
    ],
)
def test_what_a_plant_will_do_once_it_runs(text: str, surface: str, kind: str) -> None:
    assert _find(text, surface).kind == kind


def test_the_time_ahead_takes_no_past_year_carried() -> None:
    text = "Зауыт құрылысы 2014 жылы басталған. Алдағы уақытта құны 9 млрд теңге болатын 2 жоба жүзеге асады."
    found = _find(text, "9 млрд теңге")
    assert (found.kind, _period(found)) == ("plan", (None, None))


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Көмір бағасы маркасына және жеткізу пунктіне қарай әртүрлі: Қаражыра көмірі – 12 500 бен "
            "14 000 теңге аралығында.",
            "14 000 теңге",
        ),
        (
            "Отын бағасы жеткізу қашықтығына сәйкес 19 мың мен 26 мың теңге аралығында сатылып жатыр.",
            "26 мың теңге",
        ),
    ],
)
def test_delivery_named_is_no_goal(text: str, surface: str) -> None:
    assert _find(text, surface).kind == "actual"


def test_bringing_a_measure_up_to_a_level_stays_a_goal_word() -> None:
    text = "Өңір өнеркәсіп өнімін 2027 жылы 900 млрд теңгеге жеткізу міндетін қойды."
    assert _find(text, "900 млрд теңгеге").kind == "target"


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Екібастұз көмірі – 12 500 бен 14 000 теңге аралығында.", "12 500", "KZT"),
        ("Сүт бағасы 420 пен 480 теңге аралығында.", "420", "KZT"),
    ],
)
def test_a_range_joined_by_ben_or_pen_shares_its_unit(text: str, surface: str, unit: str) -> None:
    assert _find(text, surface).unit == unit


def test_objects_carried_over_from_a_year_before_are_the_plan_years() -> None:
    text = (
        "2026 жылы осындай 31 нысанды салу жоспарланып отыр, оның 12-сі 2025 жылдан өткен, 19 нысан жаңадан "
        "салынбақ."
    )
    published = date(2026, 1, 14)
    assert _period(_find(text, "12-сі", published)) == (date(2026, 1, 1), date(2026, 12, 31))
    assert _period(_find(text, "19", published)) == (date(2026, 1, 1), date(2026, 12, 31))


# 6. the crop still to be gathered, told with "құрайды", is the harvest expected (a forecast); the area
#    to harvest ("жиналатын алаң") and a harvest told in the past keep their reading.
@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Биыл жалпы жиналатын астық 19 млн тоннаны құрайды.", "19 млн тоннаны", "forecast"),
        ("Облыста бастырылатын бидай көлемі 2,4 млн тоннаны құрайды.", "2,4 млн тоннаны", "forecast"),
        (
            "Жаңбырға қарамастан жалпы жиналатын астық 15 млн тоннаны (бидай 10,2 млн тонна) құрайды.",
            "10,2 млн тонна",
            "forecast",
        ),
        ("Биыл астық жиналатын алаң 16,2 млн гектарды құрайды.", "16,2 млн гектарды", "actual"),
        ("Биыл облыста 3,1 млн тонна астық жиналды.", "3,1 млн тонна", "actual"),
    ],
)
def test_the_harvest_still_to_gather_is_expected(text: str, surface: str, kind: str) -> None:
    assert _find(text, surface, date(2024, 10, 2)).kind == kind


def test_the_expected_harvest_is_the_years() -> None:
    found = _find("Биыл жалпы жиналатын астық 19 млн тоннаны құрайды.", "19 млн тоннаны", date(2024, 10, 2))
    assert _period(found) == (date(2024, 1, 1), date(2024, 12, 31))


# 7. a day or month without a year told ahead (a deed's aorist, a passive aorist, a future participle
#    right after it) is the one to come, not last year's; told in the past it stays last year's.
@pytest.mark.parametrize(
    ("text", "published", "period"),
    [
        (
            "Өңірде 1 қыркүйекте 9 жаңа мектеп есігін ашады.",
            date(2025, 8, 21),
            (date(2025, 9, 1), date(2025, 9, 1)),
        ),
        (
            "1 желтоқсанда ауданда 3 дәрігерлік амбулатория пайдалануға беріледі.",
            date(2023, 11, 15),
            (date(2023, 12, 1), date(2023, 12, 1)),
        ),
        (
            "Тамыз айында ашылатын кешеннің жобалық құны 25 млн АҚШ долларын құрайды.",
            date(2016, 6, 3),
            (date(2016, 8, 1), date(2016, 8, 31)),
        ),
        # look-alikes: done, the day gone by stays last year's
        (
            "1 қыркүйекте облыста 7 жаңа мектеп ашылды.",
            date(2025, 8, 21),
            (date(2024, 9, 1), date(2024, 9, 1)),
        ),
        (
            "Тамыз айында ашылған кешеннің жобалық құны 25 млн АҚШ долларын құрайды.",
            date(2016, 6, 3),
            (date(2015, 8, 1), date(2015, 8, 31)),
        ),
    ],
)
def test_a_day_or_month_told_ahead_is_the_one_to_come(
    text: str, published: date, period: tuple[date, date]
) -> None:
    figures = extract_indicators(text, published, language="kk")
    assert _period(figures[0]) == period


# 8. the part of this year's plan already done ("Қазіргі таңда ... іске қосылды") and the part the
#    next sentence opens on ("Оның ішінде ... егілді") are actual from 1 January to publication (FORMAT.md);
#    money stays today's, and with no plan for the year before it a done deed keeps its reading.
def test_the_done_part_of_this_years_plan_runs_from_january() -> None:
    text = (
        "Биыл облыста 12 жобаны іске қосу жоспарлануда. Қазіргі таңда 420 млн теңгеге 4 жоба іске "
        "қосылып, 85 жұмыс орны құрылды. Оның ішінде ауылдарда 30 жұмыс орны ашылды."
    )
    published = date(2024, 6, 18)
    year_to_date = (date(2024, 1, 1), published)
    for surface in ("4", "85", "30"):
        found = _find(text, surface, published)
        assert (found.kind, _period(found)) == ("actual", year_to_date), surface
    assert _period(_find(text, "420 млн теңгеге", published)) == (published, published)


def test_a_done_part_with_no_plan_for_the_year_keeps_today() -> None:
    text = "Ауданда 20 мектеп бар. Қазіргі таңда 6 мектеп жөндеуден өтті."
    published = date(2024, 6, 18)
    assert _period(_find(text, "6", published)) == (published, published)


# 9. a span still to begin, carried from the sentence before, is no period of what the next sentence
#    tells as done in the simple past ("2026 жылға ... жоспарланбаған. Жалақы 25 пайызға өсті").
def test_a_year_ahead_carried_does_not_date_a_deed_done() -> None:
    text = "2026 жылға шәкіртақыны индексациялау жоспарланбаған. Шәкіртақы 15 пайызға өсті."
    found = _find(text, "15 пайызға", date(2025, 12, 29))
    assert (found.kind, _period(found)) == ("actual", (None, None))


def test_a_plan_ahead_after_a_plan_keeps_its_year() -> None:
    text = "Келесі жылы 10 мектеп салынады. Биыл 8 мектеп салынды."
    published = date(2025, 12, 29)
    assert _period(_find(text, "10", published)) == (date(2026, 1, 1), date(2026, 12, 31))
    assert _period(_find(text, "8", published)) == (date(2025, 1, 1), date(2025, 12, 31))


def test_the_expected_harvest_under_a_today_scene_is_the_years() -> None:
    text = "Қазіргі таңда егін орағы аяқталуға жақын. Жалпы жиналатын астық 15 млн тоннаны құрайды."
    found = _find(text, "15 млн тоннаны", date(2024, 10, 2))
    assert (found.kind, _period(found)) == ("forecast", (date(2024, 1, 1), date(2024, 12, 31)))


def test_a_month_a_participle_dates_sets_no_scene() -> None:
    text = (
        "Биыл ауданда жаңа цех іске қосылмақ. Тамыз айында ашылатын цехтың жобалық құны 9 млн АҚШ долларын "
        "құрайды. Онда 120 адам жұмыспен қамтылмақ."
    )
    found = _find(text, "120", date(2016, 6, 3))
    assert _period(found) == (date(2016, 1, 1), date(2016, 12, 31))


# 10. tenge and tiyn are one amount ("17 теңге 29 тиыннан" is 17.29 tenge, not 17 tenge and a count of
#     29), and a price per unit paid or sold at in the aorist ("квт-на ... тиыннан төлейді", "килосы ...
#     теңгеден сатылады") is the price now; one from a day on ("... бастап ... төлейді") stays ahead.
@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Қалада тұрғындар квт-на 18 теңге 47 тиыннан төлейді.", "18 теңге 47 тиыннан", 18.47),
        ("Аудандарда тариф 21 теңге 05 тиыннан 17 теңге 60 тиынға түседі.", "21 теңге 05 тиыннан", 21.05),
        ("Аудандарда тариф 21 теңге 05 тиыннан 17 теңге 60 тиынға түседі.", "17 теңге 60 тиынға", 17.6),
    ],
)
def test_tenge_and_tiyn_are_one_amount(text: str, surface: str, value: float) -> None:
    found = extract_indicators(text, P, language="kk")
    assert [(i.surface, i.value, i.unit) for i in found if i.surface == surface] == [(surface, value, "KZT")]
    assert all(i.unit == "KZT" for i in found)


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Қалада тұрғындар квт-на 18 теңге 47 тиыннан төлейді.", "18 теңге 47 тиыннан", "actual"),
        ("Базарда қой етінің килосы 3 400 теңгеден сатылады.", "3 400 теңгеден", "actual"),
        ("1 қарашадан бастап тұрғындар квт-на 22 теңгеден төлейді.", "22 теңгеден", "plan"),
        ("Келесі жылдан бастап әр отбасына айына 30 мың теңгеден төленеді.", "30 мың теңгеден", "plan"),
    ],
)
def test_a_price_per_unit_paid_in_the_aorist_is_now(text: str, surface: str, kind: str) -> None:
    assert _find(text, surface).kind == kind


# 11. projects in a list formed ("... жобаның тізімі жасақталған", the perfect as "жасақталды"): their
#     worth and the jobs they are "to allow" ("ашуға мүмкіндік беретін") are plans (FORMAT.md), and money
#     being given ("жобаға 50 млрд теңге бөліп отыр", "бөлуде") is a plan with no day of its own.
@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Құны 1,4 трлн теңге болатын 17 жобаның тізімі жасақталған.", "1,4 трлн теңге", "plan"),
        ("Құны 1,4 трлн теңге болатын 17 жобаның тізімі жасақталған.", "17", "actual"),
        (
            "Облыста 6 мыңнан астам жұмыс орнын ашуға мүмкіндік беретін 19 жобаның тізімі жасақталған.",
            "6 мыңнан",
            "plan",
        ),
        ("Жаңа зауыт 300 жұмыс орнын ашуға мүмкіндік береді.", "300", "forecast"),
        ("Қытайлық инвесторлар жобаға 80 млрд теңге бөліп отыр.", "80 млрд теңге", "plan"),
        ("Жобаға облыс әкімдігі 2 млрд теңге бөлуде.", "2 млрд теңге", "plan"),
    ],
)
def test_a_list_of_projects_formed_and_money_being_given(text: str, surface: str, kind: str) -> None:
    assert _find(text, surface).kind == kind


def test_money_being_given_has_no_day_of_its_own() -> None:
    found = _find("Қытайлық инвесторлар жобаға 80 млрд теңге бөліп отыр.", "80 млрд теңге")
    assert _period(found) == (None, None)


# 12. "бүгін" inside a sentence ("... баспана бүгін пайдалануға берілді") is the report's day, as
#     "бүгінде" and "қазір" are; a span ahead carried from the sentence before does not date it.
def test_today_inside_a_sentence_is_the_report_day() -> None:
    text = (
        "Алдағы 5 жылда 1,2 миллион шаршы метр тұрғын үй салу көзделіп отыр. Құрылысы аяқталған 60 пәтерлі "
        "үй бүгін пайдалануға берілді."
    )
    published = date(2017, 7, 7)
    found = _find(text, "60", published)
    assert (found.kind, _period(found)) == ("actual", (published, published))


# 13. a bare "жыл қорытындысы бойынша" after a year the sentence has named is that year's results
#     (it was this year's); with no year before it, it stays this year's.
def test_the_year_results_of_the_year_just_named() -> None:
    text = (
        "Өткен жылы 500 мың шаршы метр тұрғын үй тапсыру жоспарланып, жыл қорытындысы бойынша 620 мың "
        "шаршы метр пайдалануға берілді."
    )
    published = date(2021, 7, 19)
    assert _period(_find(text, "620 мың шаршы метр", published)) == (date(2020, 1, 1), date(2020, 12, 31))
    alone = "Жыл қорытындысы бойынша облыста 620 мың шаршы метр тұрғын үй пайдалануға беріледі."
    assert _period(_find(alone, "620 мың шаршы метр", published)) == (date(2021, 1, 1), date(2021, 12, 31))
