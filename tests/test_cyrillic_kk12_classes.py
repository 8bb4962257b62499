"""Kazakh period and kind classes from a probe of short articles of our own in the shapes of stored
Kazakh news pages (industry, farming, trade, transport, energy, tourism, schools, health, social
payments, housing, ecology, budget, investment, jobs, herds), labelled per tests/realworld/FORMAT.md
before the extractor ran on them (extractor +kk12); each class with look-alikes that must not be
read the same way."""

from __future__ import annotations

from datetime import date

from tests.test_cyrillic_rk7_classes import _found, _span


def _kind(found: dict[float, tuple], value: float) -> str:
    return str(found[value][2])


# --- under a span up to the report ("Жыл басынан бері"), the present states what there is today ---


def test_present_state_under_a_span_up_to_the_report_is_today() -> None:
    published = date(2025, 7, 15)
    found = _found(
        "Жыл басынан бері облыста 12 мыңнан астам адам профилактикалық тексеруден өтті. Өңірде 45 "
        "аурухана мен 210 емхана жұмыс істейді.",
        "kk",
        published,
    )
    assert _span(found, 12_000) == (date(2025, 1, 1), published)
    assert _span(found, 45) == (published, published)
    assert _span(found, 210) == (published, published)
    lives = _found(
        "Жыл басынан бері ауылға 300 отбасы көшіп келді. Қазір ауылда 4,2 мың адам тұрады.", "kk", published
    )
    assert _span(lives, 4_200) == (published, published)


def test_a_deed_under_a_span_up_to_the_report_keeps_the_span() -> None:
    # look-alike: a past deed in the second sentence is the span's, not a state of today
    published = date(2025, 7, 15)
    found = _found(
        "Жыл басынан бері облыста 12 мың адам тексеруден өтті. Өңірде 45 аурухана жөнделді.", "kk", published
    )
    assert _span(found, 45) == (date(2025, 1, 1), published)


# --- the size of what stands ("ауданы", "ұзындығы", "қуаты", "тозуы" ... "құрайды") is today's -----


def test_size_of_what_stands_under_a_past_year_is_today() -> None:
    published = date(2025, 6, 5)
    found = _found(
        "Өткен жылы облыста 2,5 млн түп ағаш отырғызылды. Орман қоры алқабының ауданы 1,8 млн "
        "гектарды құрайды.",
        "kk",
        published,
    )
    assert _span(found, 2_500_000) == (date(2024, 1, 1), date(2024, 12, 31))
    assert _span(found, 1_800_000) == (published, published)
    roads = _found(
        "Қаңтар-сәуір айларында 120 шақырым жол жөнделді. Облыстағы жергілікті жолдардың жалпы "
        "ұзындығы 9,4 мың шақырымға жетеді, олардың тозуы 48%-дан асады.",
        "kk",
        published,
    )
    assert _span(roads, 120) == (date(2025, 1, 1), date(2025, 4, 30))
    assert _span(roads, 9_400) == (published, published)
    assert _span(roads, 48) == (published, published)


def test_sown_area_and_a_past_size_keep_the_span() -> None:
    published = date(2025, 6, 5)
    # look-alike: a sown area told in the present is the season's, not a standing size
    sown = _found(
        "Өткен жылы облыста 1,7 млн тонна астық жиналды. Егіс алқабының ауданы 1,2 млн гектарды құрайды.",
        "kk",
        published,
    )
    assert _span(sown, 1_200_000) == (date(2024, 1, 1), date(2024, 12, 31))
    # look-alike: the size reached in the past tense ("жетті") is the span's
    past = _found(
        "Өткен жылы 120 шақырым жол салынды. Облыстағы жолдардың ұзындығы 9,4 мың шақырымға жетті.",
        "kk",
        published,
    )
    assert _span(past, 9_400) == (date(2024, 1, 1), date(2024, 12, 31))


# --- "ашады": the jobs projects will open are planned ------------------------------------------


def test_jobs_projects_will_open_are_planned() -> None:
    published = date(2025, 8, 20)
    found = _found(
        "Жеті айдың қорытындысы бойынша облысқа 520 млрд теңге инвестиция тартылды. Жобалар 4 мыңнан "
        "астам жұмыс орнын ашады.",
        "kk",
        published,
    )
    assert _kind(found, 520e9) == "actual"
    assert _kind(found, 4_000) == "plan"
    # look-alike: the jobs opened ("ашты", past) are done
    done = _found("Жеті айда жобалар 4 мыңнан астам жұмыс орнын ашты.", "kk", published)
    assert _kind(done, 4_000) == "actual"


# --- "Жыл бойы" opening a sentence: the whole of this year --------------------------------------


def test_over_the_year_opening_a_sentence_is_this_year() -> None:
    published = date(2025, 4, 10)
    found = _found(
        "Бірінші тоқсанда бюджетке 4,1 трлн теңге салық түсті. Жыл бойы бюджет кірісі 21 трлн теңгеге "
        "жетеді деп күтілуде.",
        "kk",
        published,
    )
    assert _span(found, 21e12) == (date(2025, 1, 1), date(2025, 12, 31))
    assert _kind(found, 21e12) == "forecast"


def test_year_round_inside_a_sentence_is_no_year() -> None:
    # look-alike: "жыл бойы" inside a clause is year-round (a capacity), not this year
    published = date(2025, 4, 10)
    found = _found(
        "Кешен іске қосылғанда жыл бойы 240 мың тонна көкөніс өсіруге мүмкіндік береді.", "kk", published
    )
    assert _span(found, 240_000) == (None, None)


# --- who works and where things are ("еңбек етеді", "... орналасқан") under a span already over ----


def test_who_works_and_where_things_are_is_today() -> None:
    published = date(2025, 5, 12)
    found = _found(
        "Өткен жылы облыс ауруханаларында 180 мың науқас ем алды. Өңірде 6,4 мың дәрігер еңбек етеді.",
        "kk",
        published,
    )
    assert _span(found, 180_000) == (date(2024, 1, 1), date(2024, 12, 31))
    assert _span(found, 6_400) == (published, published)
    located = _found(
        "Қаңтар-сәуір айларында 1,9 трлн теңгенің өнімі өндірілді. Өңірде 12 индустриялық аймақ бар, "
        "онда 140 кәсіпорын орналасқан.",
        "kk",
        published,
    )
    assert _span(located, 140) == (published, published)


def test_put_up_somewhere_keeps_the_span() -> None:
    # look-alike: "орындарына орналасқан" (were put up at) after a dative is a deed of the span
    published = date(2025, 1, 24)
    found = _found(
        "2024 жылғы қаңтар-қыркүйекте облысқа 500 мың турист келді. Олардың 128,6 мыңы демалыс "
        "орындарына орналасқан.",
        "kk",
        published,
    )
    assert _span(found, 128_600) == (date(2024, 1, 1), date(2024, 9, 30))


# --- "150 жас маман": young people counted, not an age ------------------------------------------


def test_young_specialists_are_counted() -> None:
    published = date(2025, 3, 5)
    found = _found("Биыл ауылдық жерлерге 150 жас маман жіберу көзделген.", "kk", published)
    assert _span(found, 150) == (date(2025, 1, 1), date(2025, 12, 31))
    assert _kind(found, 150) == "plan"
    # look-alike: an age is no figure
    age = _found("Биыл 60 жасқа толған 1 200 адамға жәрдемақы төленді.", "kk", published)
    assert 60 not in age and 1_200 in age


# --- a month-end with no year, over this year, in a clause told in the past ---------------------


def test_month_end_done_in_the_past_is_this_year() -> None:
    published = date(2025, 6, 25)
    found = _found("Мамыр айының соңына дейін 85 шақырым жол пайдалануға берілді.", "kk", published)
    assert _span(found, 85) == (None, date(2025, 5, 31))
    assert _kind(found, 85) == "actual"
    # look-alike: the aorist ("салынады", a future) keeps the deadline ahead, next year's May
    ahead = _found("Мамыр айының соңына дейін 85 шақырым жол салынады.", "kk", published)
    assert _span(ahead, 85) == (None, date(2026, 5, 31))
    assert _kind(ahead, 85) == "plan"


# --- the condition things are in ("... жағдайда", no verb) is today's --------------------------


def test_condition_with_no_verb_is_today() -> None:
    published = date(2025, 6, 25)
    found = _found(
        "Биыл облыста 620 шақырым жол жөндеу жоспарланған. Жергілікті жолдардың 78%-ы жақсы және "
        "қанағаттанарлық жағдайда.",
        "kk",
        published,
    )
    assert _span(found, 620) == (date(2025, 1, 1), date(2025, 12, 31))
    assert _span(found, 78) == (published, published)
    assert _kind(found, 78) == "actual"
    schools = _found("2024 жылы 30 мектеп салынды. Мектептердің 3%-ы апатты жағдайда.", "kk", published)
    assert _span(schools, 3) == (published, published)


def test_left_in_a_condition_keeps_the_span() -> None:
    # look-alike: "қиын жағдайда қалды" (were left in hardship) is a deed of the year before
    published = date(2025, 6, 25)
    found = _found("2024 жылы 30 мектеп салынды. 120 отбасы қиын жағдайда қалды.", "kk", published)
    assert _span(found, 120) == (date(2024, 1, 1), date(2024, 12, 31))


# --- "Тамыз айының қорытындысы бойынша": that month's results ------------------------------------


def test_month_results_are_that_month() -> None:
    published = date(2025, 9, 15)
    found = _found(
        "Тамыз айының қорытындысы бойынша жылдық инфляция 12,2%-ды құрады. Бір айда азық-түлік бағасы "
        "0,9%-ға өсті.",
        "kk",
        published,
    )
    assert _span(found, 12.2) == (date(2025, 8, 1), date(2025, 8, 31))
    assert _span(found, 0.9) == (date(2025, 8, 1), date(2025, 8, 31))
    genitive = _found("Қазанның қорытындысында экспорт 1,2 млрд долларды құрады.", "kk", date(2025, 11, 25))
    assert _span(genitive, 1.2e9) == (date(2025, 10, 1), date(2025, 10, 31))


def test_a_seasons_results_are_no_month() -> None:
    # look-alike: "жылыту маусымының" (the heating season's, a possessive) is not June
    published = date(2025, 11, 25)
    found = _found("Жылыту маусымының қорытындысы бойынша 12 мың тонна көмір жағылды.", "kk", published)
    assert found[12_000][0] is None or found[12_000][0].month != 6


# --- "Екі айда": January and February, as "2 айда" ---------------------------------------------


def test_two_months_in_words() -> None:
    published = date(2025, 3, 3)
    found = _found(
        "Ақпан айында республикада 9,8 мың неке тіркелді. Екі айда 18,4 мың нәресте дүниеге келді.",
        "kk",
        published,
    )
    assert _span(found, 9_800) == (date(2025, 2, 1), date(2025, 2, 28))
    assert _span(found, 18_400) == (date(2025, 1, 1), date(2025, 2, 28))
    # look-alike: "екінші" (second) is a part word, "Екінші тоқсанда" the quarter
    quarter = _found("Екінші тоқсанда 18,4 мың нәресте дүниеге келді.", "kk", date(2025, 7, 10))
    assert _span(quarter, 18_400) == (date(2025, 4, 1), date(2025, 6, 30))


# --- the size of what stands under a year under way, and "жетеді" of a size ---------------------


def test_size_under_a_year_under_way_and_reaching_now() -> None:
    published = date(2025, 12, 22)
    found = _found(
        "Биыл облыста 1 200 шақырым жол жөнделді. Жергілікті жолдардың жалпы ұзындығы 11 мың "
        "шақырымды құрайды.",
        "kk",
        published,
    )
    assert _span(found, 1_200) == (date(2025, 1, 1), date(2025, 12, 31))
    assert _span(found, 11_000) == (published, published)
    reach = _found(
        "Төрт айда қалада 1,5 млн шаршы метр тұрғын үй салынды. Қаладағы тұрғын үй қорының жалпы "
        "ауданы 52 млн шаршы метрге жетеді.",
        "kk",
        date(2025, 5, 6),
    )
    assert _span(reach, 52e6) == (date(2025, 5, 6), date(2025, 5, 6))
    assert _kind(reach, 52e6) == "actual"


def test_size_of_what_is_planned_or_ahead_stays() -> None:
    published = date(2025, 12, 22)
    # look-alike: the capacity of the things just counted ("олардың қуаты") under a year under way
    theirs = _found("Биыл 3 станция салынады. Олардың қуаты 500 МВт-ты құрайды.", "kk", published)
    assert _span(theirs, 500) == (date(2025, 1, 1), date(2025, 12, 31))
    # look-alike: a length with a year ahead of its own is that year's level, planned
    ahead = _found(
        "Биыл 120 шақырым жол салынады, желінің ұзындығы 2030 жылы 12 мың шақырымға жетеді.", "kk", published
    )
    assert _span(ahead, 12_000) == (date(2030, 1, 1), date(2030, 12, 31))
    assert _kind(ahead, 12_000) == "plan"


# --- "жоспардағы көлемнен 1,5%-ға артық": beyond the planned volume, an outcome ------------------


def test_beyond_the_planned_volume_is_done() -> None:
    published = date(2025, 10, 8)
    found = _found(
        "Тоғыз айда елде 72,4 млн тонна мұнай өндірілді. Бұл жоспардағы көлемнен 1,5%-ға артық.",
        "kk",
        published,
    )
    assert _kind(found, 1.5) == "actual"
    # look-alike: a step the plan sets is planned
    step = _found("Жоспарға сәйкес өндіріс 1,5%-ға артады.", "kk", published)
    assert _kind(step, 1.5) == "plan"


# --- "міндетті" (compulsory) before a noun sets no goal ---------------------------------------


def test_compulsory_sets_no_goal() -> None:
    published = date(2025, 11, 4)
    found = _found(
        "1 қазандағы жағдай бойынша міндетті әлеуметтік медициналық сақтандыру жүйесінде 17,1 млн адам "
        "сақтандырылған.",
        "kk",
        published,
    )
    assert _kind(found, 17.1e6) == "actual"
    # look-alike: a task set ("міндеті қойылған") is a goal
    task = _found("2030 жылға дейін алқапты 500 мың гектарға жеткізу міндеті қойылған.", "kk", published)
    assert _kind(task, 500_000) == "target"


# --- how many there are ("саны ... асады/жетеді") under a span already over --------------------


def test_how_many_there_are_now() -> None:
    published = date(2025, 9, 9)
    found = _found(
        "Сегіз айда портал арқылы 42 млн электрондық қызмет көрсетілді. Порталды пайдаланушылар саны "
        "14 млн адамнан асады.",
        "kk",
        published,
    )
    assert _span(found, 42e6) == (date(2025, 1, 1), date(2025, 8, 31))
    assert _span(found, 14e6) == (published, published)
    places = _found(
        "Жаз басталғалы курортқа 600 мың адам келді. Демалыс орындарының саны 450-ге жетеді.",
        "kk",
        date(2025, 8, 25),
    )
    assert _span(places, 450) == (date(2025, 8, 25), date(2025, 8, 25))
    assert _kind(places, 450) == "actual"


def test_the_number_of_those_who_came_keeps_the_span() -> None:
    # look-alike: "келген туристер саны" counts a flow of the span
    published = date(2025, 8, 25)
    found = _found(
        "Жеті айда облыста 12 кәсіпорын ашылды. Келген туристер саны 1 млн адамнан асады.", "kk", published
    )
    assert _span(found, 1e6) == (date(2025, 1, 1), date(2025, 7, 31))
