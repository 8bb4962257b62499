"""Kazakh periods from the publication day and carried from context seen wrong on real stored news
pages (round real26kk), in sentences of our own.

Labelled by tests/realworld/FORMAT.md:
  1. a quarter written "3 тоқсаны" after its year (the hyphen left out) was no period, and its digit
     was read as a count of 3; "І-тоқсанында" (the Roman numeral with a hyphen) was no quarter either.
  2. "1 қазан 2025 жылдағы жағдай бойынша" (day, month, then year) was the whole year: the day.
  3. "1 қазан күні ... қарастырылған" told on 30 September was last year's 1 October: a plan's bare
     day and month is the coming one, as a plan's bare month already was.
  4. in a round-up of places, each under a line naming it ("Астана", "Алматы", "Шымкент"), one
     place's day or "Биыл" dated the next place's figures: a line naming a place alone stops the
     period carried from context, which goes back to what the lead had set.
  5. payment sizes listed under "Жәрдемақы мөлшері:" after a year-to-date total took the total's
     span: rates in force stand at publication (as the Russian "Размеры выплат:" list already did).
  6. "392 мың шаршы метр ... берілді, жыл соңына дейін бұл көрсеткішті 400 мыңға жеткіземіз": the
     level so far, to be raised by the year's end, is the done part of the year: 1 January to publication.
"""

from __future__ import annotations

from datetime import date

from etl.extract.indicators import Indicator
from tests.figure_lookup import figure_by_surface, span, surfaces


def _find(text: str, surface: str, published: date, title: str = "") -> Indicator:
    return figure_by_surface(text, surface, published, title=title, language="kk")


def _surfaces(text: str, published: date) -> list[str]:
    return surfaces(text, published, language="kk")


# 1. quarters


def test_quarter_digit_without_hyphen_after_its_year() -> None:
    text = "2024 жылдың 2 тоқсаны бойынша ауданда орташа жалақы 312 мың теңгені құрады."
    assert span(_find(text, "312 мың теңгені", date(2024, 10, 5))) == (date(2024, 4, 1), date(2024, 6, 30))


def test_quarter_digit_without_hyphen_is_no_count() -> None:
    text = "2024 жылдың 3 тоқсанында облыста 1 250 шағын кәсіпорын тіркелді."
    assert "3" not in _surfaces(text, date(2024, 11, 5))
    assert span(_find(text, "1 250", date(2024, 11, 5))) == (date(2024, 7, 1), date(2024, 9, 30))


def test_roman_quarter_with_hyphen() -> None:
    text = "Ағымдағы жылдың ІІ-тоқсанында өңірге 48 млрд теңге инвестиция тартылды."
    assert span(_find(text, "48 млрд теңге", date(2023, 8, 1))) == (date(2023, 4, 1), date(2023, 6, 30))


def test_roman_quarter_with_hyphen_kazakh_letter_i() -> None:
    text = "Биылғы жылдың І-тоқсанында сүт өндірісі 62 мың тоннаға жетті."
    assert span(_find(text, "62 мың тоннаға", date(2022, 5, 10))) == (date(2022, 1, 1), date(2022, 3, 31))


def test_digit_quarters_without_a_year_keep_their_reading() -> None:
    # no year before the digit: "соңғы 2 тоқсанда" is no quarter's number
    text = "Соңғы 2 тоқсанда өңірде 14 жаңа цех ашылды."
    assert span(_find(text, "14", date(2024, 10, 5))) != (date(2024, 4, 1), date(2024, 6, 30))


def test_quarter_with_hyphen_keeps_its_reading() -> None:
    text = "2024 жылдың 3-тоқсанында облыста 1 250 шағын кәсіпорын тіркелді."
    assert span(_find(text, "1 250", date(2024, 11, 5))) == (date(2024, 7, 1), date(2024, 9, 30))


# 2. day, month, then year


def test_day_month_then_year_as_of() -> None:
    text = "1 шілде 2024 жылдағы жағдай бойынша ауданда 8 400 жұмыссыз тіркелген."
    assert span(_find(text, "8 400", date(2024, 7, 20))) == (date(2024, 7, 1), date(2024, 7, 1))


def test_day_month_then_year_in_a_list_lead() -> None:
    text = "1 сәуір 2023 жылғы жағдай бойынша:\n- мүгедектігі бар балалар саны – 12,4 мың адам."
    assert span(_find(text, "12,4 мың", date(2023, 4, 18))) == (date(2023, 4, 1), date(2023, 4, 1))


def test_year_first_day_keeps_its_reading() -> None:
    text = "2024 жылғы 1 шілдедегі жағдай бойынша ауданда 8 400 жұмыссыз тіркелген."
    assert span(_find(text, "8 400", date(2024, 7, 20))) == (date(2024, 7, 1), date(2024, 7, 1))


# 3. a plan's bare day and month is the coming one


def test_planned_day_just_ahead() -> None:
    text = "1 қазан күні қарттарға 3 АЕК көлемінде біржолғы көмек қарастырылған."
    assert span(_find(text, "3 АЕК", date(2024, 9, 28))) == (date(2024, 10, 1), date(2024, 10, 1))


def test_planned_day_just_ahead_with_locative() -> None:
    text = "15 желтоқсанда 200 отбасына пәтер кілті табысталады деп жоспарланған."
    assert span(_find(text, "200", date(2024, 12, 2))) == (date(2024, 12, 15), date(2024, 12, 15))


def test_past_day_of_a_deed_keeps_its_reading() -> None:
    text = "1 қазан күні қарттарға 3 АЕК көлемінде біржолғы көмек берілді."
    assert span(_find(text, "3 АЕК", date(2024, 10, 3))) == (date(2024, 10, 1), date(2024, 10, 1))


def test_day_gone_by_this_year_keeps_its_reading() -> None:
    # the day of the data, already past this year, is not moved to next year
    text = "Су басқармасының 3 наурыздағы мәліметінше, ауданда 420 шақырым су құбыры пайдаланылады."
    assert span(_find(text, "420 шақырым", date(2024, 3, 12))) == (date(2024, 3, 3), date(2024, 3, 3))


# 4. a line naming a place alone stops the carried period


ROUND_UP = (
    "Астана\n"
    "1 қазан күні елордада 80 мыңнан астам зейнеткерге біржолғы төлем беріледі.\n"
    "Қарағанды облысы\n"
    "Өңірде зейнетақы алушылар саны – 186 мың адам.\n"
    "Түркістан облысы\n"
    "Биыл 9 мыңнан астам қарт әлеуметтік көмек алды.\n"
    "Павлодар облысы\n"
    "Облыста 75 жастан асқан 14 200 зейнеткерге 5 АЕК көлемінде көмек беріледі."
)


def test_place_heading_stops_a_day_carried_from_the_place_before() -> None:
    assert span(_find(ROUND_UP, "186 мың", date(2024, 9, 25))) == (date(2024, 9, 25), date(2024, 9, 25))


def test_place_heading_stops_this_year_carried_from_the_place_before() -> None:
    assert span(_find(ROUND_UP, "14 200", date(2024, 9, 25))) != (date(2024, 1, 1), date(2024, 12, 31))


def test_a_places_own_period_stays() -> None:
    assert span(_find(ROUND_UP, "9 мыңнан", date(2024, 9, 25))) == (date(2024, 1, 1), date(2024, 12, 31))


def test_place_heading_goes_back_to_the_leads_span() -> None:
    text = (
        "2024 жылдың 9 айында өңірлерде тұрғын үй құрылысы өсті.\n"
        "Алматы облысы\n"
        "Облыста 3 мыңға жуық пәтер бар, олар 10 пайызға көбейді.\n"
        "Жамбыл облысы\n"
        "Өңірде 1,2 мың пәтер пайдалануға берілді."
    )
    assert span(_find(text, "1,2 мың", date(2024, 10, 20))) == (date(2024, 1, 1), date(2024, 9, 30))


def test_a_sentence_naming_a_place_is_no_heading() -> None:
    # a whole sentence that opens with a place goes on with the period before it
    text = "2024 жылдың 9 айында облыста 540 пәтер салынды.\nАлматы облысында 320 пәтер салынды."
    assert span(_find(text, "320", date(2024, 10, 20))) == (date(2024, 1, 1), date(2024, 9, 30))


# 5. payment sizes listed after a year-to-date total


def test_payment_sizes_listed_after_a_year_to_date_total() -> None:
    text = (
        "Жыл басынан бері 41 мың отбасы көпбалалы отбасыларға арналған жәрдемақы алды.\n"
        "Жәрдемақы мөлшері:\n"
        "- төрт баласы бар отбасыларға – 63 000 теңге.\n"
        "- бес баласы бар отбасыларға – 78 750 теңге."
    )
    published = date(2024, 8, 14)
    assert span(_find(text, "63 000 теңге", published)) == (published, published)
    assert span(_find(text, "78 750 теңге", published)) == (published, published)
    assert span(_find(text, "41 мың", published)) == (date(2024, 1, 1), published)


def test_payment_named_as_the_lead() -> None:
    text = (
        "Жыл басынан бері 12 мың адам төлем алды.\nЖұмыссыздық бойынша төлем:\n- ең төменгі – 42 500 теңге."
    )
    published = date(2024, 8, 14)
    assert span(_find(text, "42 500 теңге", published)) == (published, published)


def test_members_with_their_own_verb_keep_the_span() -> None:
    text = (
        "Жыл басынан бері 41 мың отбасы жәрдемақы алды.\n"
        "Жәрдемақы мөлшері:\n"
        "- жыл басынан бері бұл көмекке 5,2 млрд теңге жұмсалды."
    )
    published = date(2024, 8, 14)
    assert span(_find(text, "5,2 млрд теңге", published)) == (date(2024, 1, 1), published)


# 6. the level so far, to be raised by the year's end


def test_level_so_far_raised_by_year_end() -> None:
    text = (
        "Облыста барлығы 512 мың шаршы метр тұрғын үй пайдалануға берілді, жыл соңына дейін бұл "
        "көрсеткішті 600 мың шаршы метрге жеткіземіз."
    )
    published = date(2024, 11, 12)
    assert span(_find(text, "512 мың шаршы метр", published)) == (date(2024, 1, 1), published)


def test_this_year_so_far_raised_by_year_end() -> None:
    text = "Биыл 18 мектеп жөнделді, жыл соңына дейін бұл көрсеткішті 25-ке жеткіземіз."
    published = date(2024, 11, 12)
    assert span(_find(text, "18", published)) == (date(2024, 1, 1), published)


def test_this_year_without_a_year_end_goal_keeps_the_whole_year() -> None:
    text = "Биыл 18 мектеп жөнделді, келесі жылы 25 мектепті жөндеу жоспарланып отыр."
    published = date(2024, 11, 12)
    assert span(_find(text, "18", published)) == (date(2024, 1, 1), date(2024, 12, 31))


# 7. "Алдыңғы жылы": the year before the one in view


def test_the_year_before_the_one_in_view() -> None:
    text = "Былтыр облыс кәсіпорындарының кірісі 1,4 трлн теңгеге жетті. Алдыңғы жылы бұл көрсеткіш 1,1 трлн теңге болған."
    assert span(_find(text, "1,1 трлн теңге", date(2019, 4, 2))) == (date(2017, 1, 1), date(2017, 12, 31))


def test_the_year_before_a_named_year() -> None:
    text = "2021 жылы ауданда 140 үй салынды, ал алдыңғы жылы 96 үй салынған."
    assert span(_find(text, "96", date(2022, 5, 5))) == (date(2020, 1, 1), date(2020, 12, 31))


def test_a_base_of_the_year_before_keeps_the_span_in_view() -> None:
    text = "Былтыр тасымалданған 2,1 млрд тонна жүк алдыңғы жылдан 4,2 пайызға көп."
    assert span(_find(text, "4,2 пайызға", date(2019, 4, 2))) == (date(2018, 1, 1), date(2018, 12, 31))


# 8. "Нәтижесінде" after deeds over a span counted back to the report


def test_as_a_result_of_deeds_over_the_last_years() -> None:
    text = (
        "Соңғы үш жылда су құбырларын салуға 9 млрд теңге жұмсалды. "
        "Нәтижесінде 40 ауылдың 12 мыңнан астам тұрғыны таза суға қол жеткізді."
    )
    published = date(2024, 6, 5)
    assert span(_find(text, "12 мыңнан", published)) == (date(2021, 6, 5), published)


def test_as_a_result_after_a_report_with_a_base_keeps_the_report_span() -> None:
    text = (
        "2014 жылғы қаңтар-наурызда облыста 6,1 мың адам қайтыс болды (бір жыл бұрын – 6,4 мың). "
        "Нәтижесінде табиғи өсім 9,2 мың адамға жетті."
    )
    assert span(_find(text, "9,2 мың", date(2014, 5, 10))) == (date(2014, 1, 1), date(2014, 3, 31))


# 9. "since" beside a level dated before publication runs to that level's date


def test_since_beside_a_level_in_the_sentence_before() -> None:
    text = (
        "Автобуспен 2023 жылы 24,6 млн жолаушы жүрген. "
        "2022 жылмен салыстырғанда көрсеткіш 12,4%, ал 2019 жылдан бері 38,5% өсті."
    )
    found = _find(text, "38,5%", date(2024, 3, 5))
    assert span(found) == (date(2019, 1, 1), date(2023, 12, 31))


def test_since_and_the_level_reached_in_one_sentence() -> None:
    text = "2023 жылы әуе жолаушылары 2019 жылдан бері 46,2% өсіп, 11,8 млн адамға жетті."
    published = date(2024, 3, 5)
    assert span(_find(text, "46,2%", published)) == (date(2019, 1, 1), date(2023, 12, 31))
    assert span(_find(text, "11,8 млн", published)) == (date(2023, 1, 1), date(2023, 12, 31))


def test_since_with_no_earlier_level_runs_to_publication() -> None:
    text = "2019 жылдан бері ауданда мектептер саны 20%-ға артты."
    published = date(2024, 3, 5)
    assert span(_find(text, "20%-ға", published)) == (date(2019, 1, 1), published)


def test_a_running_total_since_a_year_keeps_its_reading() -> None:
    text = "2023 жылы 5 мектеп салынды, ал 2019 жылдан бері барлығы 30 мектеп салынды."
    published = date(2024, 3, 5)
    assert span(_find(text, "30", published)) == (date(2019, 1, 1), published)


# 10. the coming school year by its other name, "оқу маусымы"


def test_the_coming_study_season_is_the_school_year() -> None:
    text = "Алдағы оқу маусымында аудан мектептеріне 12 мың оқушы барады."
    assert span(_find(text, "12 мың", date(2022, 8, 18))) == (date(2022, 9, 1), date(2023, 5, 31))


def test_a_study_season_with_no_word_saying_which_is_no_school_year() -> None:
    text = "Оқу маусымында колледжде 640 студент тәжірибеден өтті."
    assert span(_find(text, "640", date(2022, 8, 18))) != (date(2022, 9, 1), date(2023, 5, 31))
