"""Kazakh period and kind classes of the h10 blind set (extractor +kk10): each phrasing with
sentences of our own and a look-alike that must not be read the same way."""

from __future__ import annotations

from datetime import date

from tests.test_cyrillic_rk7_classes import _found, _span


def _kind(found: dict[float, tuple], value: float) -> str:
    return str(found[value][2])


YEAR_2025 = (date(2025, 1, 1), date(2025, 12, 31))
YEAR_2024 = (date(2024, 1, 1), date(2024, 12, 31))


# --- a relative year in the figure's own clause beats a look back in a later clause ---------------


def test_last_year_in_its_own_clause_is_not_turned_into_a_look_back() -> None:
    published = date(2026, 2, 3)
    body = (
        "Өткен жылы облыста 8,4 млн тонна көмір өндірілді, ал 2024 жылы бұл көрсеткіш 7,9 млн тонна "
        "болған, яғни өсім 6%-ды құрады. Оның ішінде 5,1 млн тонна көмір экспортқа жөнелтілді."
    )
    found = _found(body, "kk", published, "Өткен жылы көмір өндіру артты")
    assert _span(found, 8_400_000) == YEAR_2025
    assert _span(found, 7_900_000) == YEAR_2024
    assert _span(found, 6) == YEAR_2025  # "яғни өсім": the change drawn from both levels is the new one's
    assert _span(found, 5_100_000) == YEAR_2025  # the part of this year's total
    # look-alike: the look back opens the sentence, so last year's level is a look back to the year before
    back = _found(
        "Былтыр бұл көрсеткіш 7,9 млн тонна болған.", "kk", published, "2025 жылы көмір өндіру артты"
    )
    assert _span(back, 7_900_000) == YEAR_2024


def test_a_year_named_with_its_months_in_the_locative_is_one_span() -> None:
    published = date(2018, 11, 20)
    found = _found(
        "Он айда 4,2 млн жолаушы тасымалданды (2017 жылы 10 айда – 3,8 млн адам).", "kk", published
    )
    assert _span(found, 3_800_000) == (date(2017, 1, 1), date(2017, 10, 31))


# --- "маусым": June beside a day, a year or "айы", else a season ----------------------------------


def test_a_qualified_season_is_no_june() -> None:
    published = date(2026, 2, 12)
    body = (
        "Министрліктің дерегінше, 1 қыркүйектен басталған эпидемиялық маусымда тұмаудың 41 200 жағдайы "
        "тіркелді. Зертханада 2 750 жағдай расталды."
    )
    found = _found(body, "kk", published, "Эпидемиялық маусымда тұмау азайды")
    assert _span(found, 41_200) == (date(2025, 9, 1), published)
    assert _span(found, 2_750) == (date(2025, 9, 1), published)  # the season frames what follows
    heating = _found("Жылыту маусымында қалаға 620 мың тонна көмір керек.", "kk", date(2025, 9, 5))
    assert heating[620_000][0] != date(2025, 6, 1)
    tourist = _found("Туристік маусымда демалыс аймағына 85 мың адам келді.", "kk", date(2025, 9, 5))
    assert tourist[85_000][0] != date(2025, 6, 1)


def test_june_with_a_day_a_year_or_its_month_word_stays_june() -> None:
    published = date(2025, 9, 5)
    month = _found("Маусым айында облысқа 12 мың турист келді.", "kk", published)
    assert _span(month, 12_000) == (date(2025, 6, 1), date(2025, 6, 30))
    dated = _found("2025 жылғы маусымда 7 жаңа мектеп ашылды.", "kk", published)
    assert _span(dated, 7) == (date(2025, 6, 1), date(2025, 6, 30))
    bare = _found("Маусымда 340 тонна жүк тасылды.", "kk", published)
    assert _span(bare, 340) == (date(2025, 6, 1), date(2025, 6, 30))
    # a verbal noun before it is no season's name ("жылыту маусымында" would take the possessive)
    verbal = _found("Жөндеуді аяқтау маусымда болды, оған 2 млрд теңге жұмсалды.", "kk", published)
    assert _span(verbal, 2e9) == (date(2025, 6, 1), date(2025, 6, 30))


# --- the year a thing was opened or built dates no figure ------------------------------------------


def test_an_opening_year_describes_its_subject_and_frames_nothing() -> None:
    published = date(2025, 10, 30)
    body = (
        "Қалдықтың бәрі 2019 жылы ашылған сұрыптау зауытына жөнелтіледі.\nҚоқыстың құрамы мынадай:\n"
        "- пластик – 11,5%;\n- шыны – 8,2%."
    )
    found = _found(body, "kk", published)
    assert _span(found, 11.5) == (published, published)
    assert _span(found, 8.2) == (published, published)
    built = _found("2020 жылы салынған мектепте 1 200 оқушы оқиды.", "kk", published)
    assert built[1200][0] != date(2020, 1, 1)
    # look-alike: a year with a figure of its own before the verb is that figure's year
    year = _found("2020 жылы облыста 14 мектеп салынған.", "kk", published)
    assert _span(year, 14) == (date(2020, 1, 1), date(2020, 12, 31))
    # look-alike: a count of what was opened that year takes the year
    opened = _found("2024 жылы ашылған 12 мектептің бәрі ауылда.", "kk", published)
    assert _span(opened, 12) == YEAR_2024


# --- a school year, and what stands now under a year not yet over ------------------------------------


def test_school_year_runs_from_september_to_may() -> None:
    published = date(2023, 8, 11)
    found = _found("Жаңа оқу жылында мектептерде 640 бала оқи бастайды.", "kk", published)
    assert _span(found, 640) == (date(2023, 9, 1), date(2024, 5, 31))
    span = _found("2024-2025 оқу жылында 52 жаңа мектеп ашылды.", "kk", date(2025, 6, 10))
    assert _span(span, 52) == (date(2024, 9, 1), date(2025, 5, 31))
    # look-alike: "... оқу жылынан бастап" is a start only
    start = _found("Жаңа оқу жылынан бастап 48 мың студенттің шәкіртақысы өседі.", "kk", date(2022, 5, 24))
    assert _span(start, 48_000) == (date(2022, 9, 1), None)


def test_what_there_is_now_under_a_year_not_over_is_dated_at_publication() -> None:
    published = date(2023, 8, 11)
    body = "Биыл облыста 5 мектеп жабылады. Сонымен бірге 90 ауылда мектеп жоқ, онда 740 бала тұрады."
    found = _found(body, "kk", published)
    assert _span(found, 90) == (published, published)
    assert _span(found, 740) == (published, published)
    # look-alike: what is done in the year keeps the year
    done = _found("Биыл облыста 5 мектеп жабылады. Сонымен бірге 90 ауылға жол салынды.", "kk", published)
    assert _span(done, 90) == (date(2023, 1, 1), date(2023, 12, 31))


# --- parts of a total, a stock at a year's end ---------------------------------------------------------


def test_a_part_counted_straight_after_its_total_takes_its_date() -> None:
    published = date(2026, 1, 17)
    body = "Қазір облыста 380 мектеп бар. Олардың 212-сі ауылдық жерлерде орналасқан."
    found = _found(body, "kk", published, "Биыл 4 жаңа мектеп ашылады")
    assert _span(found, 212) == (published, published)
    queue = _found(
        "Қазір кезекте 18,4 мың адам тұр. Қалада кезекте 9,2 мың адам бар, олардың 3,1 мыңы көпбалалы "
        "отбасылар.",
        "kk",
        published,
        "2025 жылы 500 пәтер салынды",
    )
    assert _span(queue, 3_100) == (published, published)


def test_end_of_a_named_year_is_its_last_day() -> None:
    published = date(2026, 1, 17)
    found = _found("2024 жылдың соңында облыста 412 қонақ үй тіркелген.", "kk", published)
    assert _span(found, 412) == (date(2024, 12, 31), date(2024, 12, 31))
    last = _found("Өткен жылдың соңында банктерде 9,3 трлн теңге салым болған.", "kk", published)
    assert _span(last, 9.3e12) == (date(2025, 12, 31), date(2025, 12, 31))
    # look-alike: "жыл соңына дейін" is a deadline, not the day
    due = _found("Жыл соңына дейін 30 шақырым жол жөнделеді.", "kk", date(2025, 5, 4))
    assert _span(due, 30) == (None, date(2025, 12, 31))


# --- the months so far, "бұл мақсатқа" ----------------------------------------------------------------


def test_nine_months_results_and_a_purpose_named_before() -> None:
    published = date(2025, 11, 25)
    found = _found(
        "Тоғыз айдың қорытындысында бұл мақсатқа бюджеттен 312,4 млрд теңге жұмсалған.", "kk", published
    )
    assert _span(found, 312.4e9) == (date(2025, 1, 1), date(2025, 9, 30))
    assert _kind(found, 312.4e9) == "actual"
    # look-alike: a goal that is named
    goal = _found("Мақсат – 2030 жылға қарай өңдеу үлесін 40%-ға жеткізу.", "kk", published)
    assert _kind(goal, 40) == "target"


# --- kinds: work being prepared is planned ---------------------------------------------------------------


def test_projects_being_prepared_are_planned_even_now() -> None:
    published = date(2026, 1, 17)
    found = _found(
        "Қазір жалпы құны 24 млрд теңге болатын тағы 11 инвестициялық жоба әзірленіп жатыр.", "kk", published
    )
    assert _kind(found, 24e9) == "plan"
    assert _kind(found, 11) == "plan"
    designed = _found("Ауданда 3 жаңа су құбыры жобалануда.", "kk", published)
    assert _kind(designed, 3) == "plan"
    # look-alike: what was prepared is done
    done = _found("Өткен жылы 11 инвестициялық жоба әзірленді.", "kk", published)
    assert _kind(done, 11) == "actual"


def test_what_a_barely_begun_year_amounts_to_is_planned() -> None:
    published = date(2026, 1, 27)
    body = "2026 жылы егіс алқабы 23,8 млн гектар болады деп жоспарланып отыр. Арпа алқабы 2,6 млн гектарды құрайды."
    found = _found(body, "kk", published)
    assert _kind(found, 2_600_000) == "plan"
    # look-alike: late in the year the same verb states where things stand
    late = _found(
        "2025 жылы егіс алқабы 23,6 млн гектар болды. Арпа алқабы 2,6 млн гектарды құрайды.",
        "kk",
        date(2025, 10, 2),
    )
    assert _kind(late, 2_600_000) == "actual"


def test_this_year_in_words_beats_a_year_in_the_contrasting_clause() -> None:
    published = date(2025, 10, 1)
    found = _found(
        "Осы жылы облыста 530 тонна балық ауланды, ал 2024 жылы 410 тонна ауланған.", "kk", published
    )
    assert _span(found, 530) == YEAR_2025
    assert _span(found, 410) == YEAR_2024
    since = _found(
        "Жыл басынан бері 320 пәтер салынды, ал 2024 жылы бұл көрсеткіш 290 пәтер болған.", "kk", published
    )
    assert _span(since, 320) == (date(2025, 1, 1), published)
    assert _span(since, 290) == YEAR_2024


def test_a_bare_year_end_is_a_deadline_or_early_in_a_year_the_last_ones_day() -> None:
    due = _found("Жыл соңында апатты мектептер саны 12-ге азаяды.", "kk", date(2025, 10, 15))
    assert _span(due, 12) == (None, date(2025, 12, 31))
    stock = _found("Жыл соңындағы несие қоржыны 4,5 трлн теңге болды.", "kk", date(2026, 1, 20))
    assert _span(stock, 4.5e12) == (date(2025, 12, 31), date(2025, 12, 31))
    # look-alike: early in a year the locative tells what was done at the end of the year reported on
    done = _found(
        "Өткен жылы ауданда 410 пәтер салынды. Жыл соңында 60 пәтерлі үйдің кілті табысталды.",
        "kk",
        date(2026, 1, 20),
    )
    assert _span(done, 60) == YEAR_2025


def test_a_past_verb_before_a_contrast_keeps_its_clause_done() -> None:
    published = date(2025, 11, 20)
    found = _found(
        "Былтыр облысқа 750 мың турист келді, ал биыл 820 мыңнан асады деп күтілуде.", "kk", published
    )
    assert _kind(found, 750_000) == "actual"
    assert _kind(found, 820_000) == "forecast"
    # look-alike: nouns listed before a comma are no verbs ("жолды, ... үйді")
    listed = _found("Биыл 12 шақырым жолды, 40 үйді жөндеу жоспарлануда.", "kk", published)
    assert _kind(listed, 12) == "plan"


def test_the_years_of_independence_run_from_december_1991() -> None:
    published = date(2019, 9, 11)
    found = _found("Тәуелсіздік жылдарында елге 14 млрд доллар инвестиция тартылған.", "kk", published)
    assert _span(found, 14e9) == (date(1991, 12, 16), published)
    since = _found("Тәуелсіздік алғалы бері облыста 230 мектеп салынды.", "kk", published)
    assert _span(since, 230) == (date(1991, 12, 16), published)


def test_russian_last_year_keeps_its_clause_before_a_later_look_back() -> None:
    published = date(2026, 1, 20)
    title = "В 2025 году добыча угля выросла"
    found = _found(
        "В прошлом году добыли 90 млн тонн угля, а в 2023 году этот показатель составлял 85 млн тонн.",
        "ru",
        published,
        title,
    )
    assert _span(found, 90e6) == YEAR_2025
    assert _span(found, 85e6) == (date(2023, 1, 1), date(2023, 12, 31))
    # look-alike: a look back before last year turns it into the year before the scope
    back = _found(
        "Для сравнения, в прошлом году этот показатель составлял 85 млн тонн.", "ru", published, title
    )
    assert _span(back, 85e6) == YEAR_2024


def test_the_coming_heating_season_is_october_to_april_and_frames_nothing_after_it() -> None:
    published = date(2025, 8, 26)
    body = "Алдағы жылыту маусымында облысқа 2,1 млн тонна көмір қажет болады. Қазір қоймада 380 мың тонна көмір бар."
    found = _found(body, "kk", published)
    # the heating season runs October to April (FORMAT.md)
    assert _span(found, 2_100_000) == (date(2025, 10, 1), date(2026, 4, 30))
    assert _kind(found, 2_100_000) == "plan"
    assert _span(found, 380_000) == (published, published)


def test_year_results_of_a_named_relative_year() -> None:
    last = _found(
        "Өткен жылдың қорытындысы бойынша облыста 12 мың жұмыс орны ашылды.", "kk", date(2025, 11, 20)
    )
    assert _span(last, 12_000) == YEAR_2024
    this = _found("Ағымдағы жылдың қорытындысы бойынша 9 мың жұмыс орны ашылады.", "kk", date(2026, 1, 20))
    assert _span(this, 9_000) == (date(2026, 1, 1), date(2026, 12, 31))
    # look-alike: a bare "жыл қорытындысы" early in a year is the year just over
    bare = _found("Жыл қорытындысы бойынша 7 мың жұмыс орны ашылды.", "kk", date(2026, 1, 20))
    assert _span(bare, 7_000) == YEAR_2025


def test_a_negative_aorist_under_a_running_span_states_today() -> None:
    published = date(2026, 2, 12)
    body = (
        "1 қыркүйектен басталған эпидемиялық маусымда тұмаудың 41 200 жағдайы тіркелді. "
        "Мектептерде ауырған оқушылар сынып құрамының 15%-ынан аспайды."
    )
    found = _found(body, "kk", published)
    assert _span(found, 15) == (published, published)
    # look-alike: a past verb under the same span counts over the span
    past = _found(
        "1 қыркүйектен басталған эпидемиялық маусымда тұмаудың 41 200 жағдайы тіркелді. "
        "Ауырғандардың 15%-ы ауруханаға жатқызылды.",
        "kk",
        published,
    )
    assert _span(past, 15) == (date(2025, 9, 1), published)


def test_tiisti_as_corresponding_is_no_obligation() -> None:
    published = date(2018, 7, 2)
    found = _found(
        "Өңірде 68,6 млрд теңгенің өнімі өндірілді, бұл 2017 жылғы тиісті кезеңнен 0,5%-ға көп.",
        "kk",
        published,
    )
    assert _kind(found, 0.5) == "actual"
    # look-alike: after a verbal noun it is "due to be"
    due = _found("Келесі жылы салынуы тиісті 14 мектептің жобасы дайын.", "kk", published)
    assert _kind(due, 14) != "actual"


def test_a_rate_in_tenge_for_a_barely_begun_year_is_in_force() -> None:
    found = _found("Биыл ең төменгі жалақы 85 000 теңгені құрайды.", "kk", date(2026, 1, 20))
    assert _kind(found, 85_000) == "actual"
