"""Kazakh kind and period classes of the kk11 round (extractor +kk11): each phrasing with sentences
of our own and a look-alike that must not be read the same way."""

from __future__ import annotations

from datetime import date

from tests.test_cyrillic_rk7_classes import _found, _span


def _kind(found: dict[float, tuple], value: float) -> str:
    return str(found[value][2])


# --- "N-тоқсанның қорытындысы бойынша": the results up to that quarter's end, from January -------


def test_quarter_results_run_from_january() -> None:
    published = date(2025, 11, 14)
    found = _found(
        "Үшінші тоқсанның қорытындысы бойынша өңірде 12,4 мың жаңа жұмыс орны ашылды.", "kk", published
    )
    assert _span(found, 12_400) == (date(2025, 1, 1), date(2025, 9, 30))
    first = _found(
        "2024 жылғы екінші тоқсанның қорытындысында экспорт 3,2 млрд долларды құрады.", "kk", published
    )
    assert _span(first, 3.2e9) == (date(2024, 1, 1), date(2024, 6, 30))
    # look-alike: the quarter itself, with no results phrase, is its three months
    bare = _found("Үшінші тоқсанда өңірде 12,4 мың жаңа жұмыс орны ашылды.", "kk", published)
    assert _span(bare, 12_400) == (date(2025, 7, 1), date(2025, 9, 30))


# --- the old level of a revised forecast or plan is that forecast's or plan's ------------------


def test_the_old_level_of_a_revised_forecast_is_a_forecast() -> None:
    published = date(2025, 6, 20)
    found = _found("Ұлттық банк биылғы инфляция болжамын 8,5%-дан 10%-ға дейін көтерді.", "kk", published)
    assert _kind(found, 8.5) == "forecast"
    assert _kind(found, 10) == "forecast"
    plan = _found(
        "Министрлік биылғы астық экспортының жоспарын 8 млн тоннадан 9,5 млн тоннаға дейін ұлғайтты.",
        "kk",
        published,
    )
    assert _kind(plan, 8e6) == "plan"
    assert _kind(plan, 9.5e6) == "plan"
    # the subject of a passive revision, a range's high end with a change word before it
    ranges = _found("Келесі жылғы өсім болжамы да 3-4%-дан 4,5-5%-ға дейін жақсартылды.", "kk", published)
    assert [_kind(ranges, v) for v in (3, 4, 4.5, 5)] == ["forecast"] * 4
    # look-alikes: a level raised from one value to another, and a plan named with "бойынша", keep
    # the old level as it stands
    rate = _found("Банк базалық мөлшерлемені 15,25%-дан 16,5%-ға дейін көтерді.", "kk", published)
    assert _kind(rate, 15.25) == "actual"
    by_plan = _found(
        "Жоспар бойынша биыл өндіріс 100 мың тоннадан 120 мың тоннаға дейін артады.", "kk", published
    )
    assert _kind(by_plan, 100_000) == "actual"


# --- a total a participle calls planned -------------------------------------------------------


def test_a_total_qualified_as_planned_is_a_plan_its_part_an_outcome() -> None:
    published = date(2025, 11, 20)
    found = _found("Биыл жөнделуі тиіс 48 мектептің 40-ында жұмыс аяқталды.", "kk", published)
    assert _kind(found, 48) == "plan"
    assert _kind(found, 40) == "actual"
    planned = _found(
        "Облыста жоспарланған 1 200 гектар орманның 950 гектарына көшет отырғызылды.", "kk", published
    )
    assert _kind(planned, 1200) == "plan"
    assert _kind(planned, 950) == "actual"
    opening = _found("Биыл ашылатын 6 балабақшаның 2-еуі дайын.", "kk", published)
    assert _kind(opening, 6) == "plan"
    assert _kind(opening, 2) == "actual"
    opened = _found("Былтыр ашылған 6 балабақшаның 2-еуі ауылда.", "kk", published)
    assert _kind(opened, 6) == "actual"
    # look-alikes: no participle before the figure; a finite "тиіс" after it; a level to reach stays a goal
    plain = _found("Облыста 1 200 гектар орманға көшет отырғызылды.", "kk", published)
    assert _kind(plain, 1200) == "actual"
    level = _found("Егіс алқабы 101 мың гектарға жетуі тиіс.", "kk", published)
    assert _kind(level, 101_000) == "target"


# --- "-атынын ескертті": a warning about what will be done is reported like "хабарлады" -------


def test_a_warning_reports_what_will_be_done() -> None:
    published = date(2026, 2, 4)
    found = _found("Министрлік ауылдарға 40 жаңа жедел жәрдем көлігі берілетінін ескертті.", "kk", published)
    assert _kind(found, 40) == "plan"
    threshold = _found(
        "Үкімет экспорт 300 мың тоннаға жеткенде квота енгізу мүмкіндігін қарастыратынын ескерткен.",
        "kk",
        published,
    )
    assert _kind(threshold, 300_000) == "plan"
    # look-alike: what it warned had been done
    done = _found(
        "Министрлік өткен жылы ауылдарға 40 жаңа жедел жәрдем көлігі берілгенін ескертті.", "kk", published
    )
    assert _kind(done, 40) == "actual"


# --- a converb clause takes the next clause's verb --------------------------------------------


def test_a_converb_clause_shares_the_next_verb() -> None:
    published = date(2026, 1, 27)
    found = _found(
        "Қарақұмық егісі биыл 10 мың гектарға артып, 101 мың гектарға жетуі тиіс.", "kk", published
    )
    assert _kind(found, 10_000) == "plan"  # the step toward the goal
    assert _kind(found, 101_000) == "target"  # the level to reach
    aim = _found(
        "Келесі жылы алаңды тағы 35 гектарға ұлғайтып, үлесті 70 пайызға жеткізуді көздеп отырмыз.",
        "kk",
        published,
    )
    assert _kind(aim, 35) == "plan"
    later = _found("Өңірде биыл 5 мектеп салынып, 2 мыңнан астам оқушы орны ашылады.", "kk", published)
    assert _kind(later, 5) == "plan"
    # look-alikes: under a goal named in the sentence the step is part of the goal; the same chain
    # in the past is what was done
    goal = _found("Мақсат – экспортты 20%-ға арттырып, 5 млрд долларға жеткізу.", "kk", published)
    assert _kind(goal, 20) == "target"
    past = _found("Өткен жылы 5 мектеп салынып, 2 мыңнан астам оқушы орны ашылды.", "kk", published)
    assert _kind(past, 5) == "actual"
    assert _kind(past, 2000) == "actual"


# --- a figure inside a purpose phrase ("... үшін") is the work the money is for ----------------


def test_the_work_a_purpose_phrase_names_is_planned() -> None:
    published = date(2025, 8, 8)
    found = _found("Биыл 12 ауылды ауызсумен қамту үшін 4,2 млрд теңге бөлінді.", "kk", published)
    assert _kind(found, 12) == "plan"
    assert _kind(found, 4.2e9) == "plan"  # set aside for work not yet done (FORMAT.md, allocated money)
    # look-alikes: money spent on the work (done); work in a year already over; the same villages
    # reached, "бұл үшін" after them
    spent = _found("Биыл 12 ауылды ауызсумен қамту үшін 4,2 млрд теңге жұмсалды.", "kk", published)
    assert _kind(spent, 12) == "actual"
    assert _kind(spent, 4.2e9) == "actual"
    past = _found("Өткен жылы 40 шақырым жолды жөндеу үшін 6 млрд теңге жұмсалды.", "kk", published)
    assert _kind(past, 40) == "actual"
    reached = _found("Биыл 12 ауылға ауызсу жеткізілді, бұл үшін 4,2 млрд теңге жұмсалды.", "kk", published)
    assert _kind(reached, 12) == "actual"


# --- "X-дан өтеді": will undergo; "арқылы өтеді": passes through, a state -----------------------


def test_undergoing_is_ahead_passing_through_is_a_state() -> None:
    published = date(2025, 8, 8)
    found = _found("Бұдан бөлек, 14 бу қазандығы жөндеуден өтеді.", "kk", published)
    assert _kind(found, 14) == "plan"
    passing = _found("Облыс аумағы арқылы 4 халықаралық автожол өтеді.", "kk", published)
    assert _kind(passing, 4) == "actual"


# --- "арналған": what a thing is for is no event ---------------------------------------------


def test_what_a_part_is_for_takes_the_plan_of_its_total() -> None:
    published = date(2026, 2, 5)
    found = _found(
        "Министрлік 48 бөлімше ашуды жоспарлаған еді, оның 30-ға жуығы балаларға арналған.", "kk", published
    )
    assert _kind(found, 30) == "plan"
    # look-alike: the part of a total already opened
    opened = _found("Өткен жылы 48 бөлімше ашылды, оның 30-ы балаларға арналған.", "kk", published)
    assert _kind(opened, 30) == "actual"


# --- "арқасында": an outlook, the verb after it decides ---------------------------------------


def test_thanks_to_is_an_outlook_its_verb_decides() -> None:
    published = date(2026, 2, 20)
    ahead = _found(
        "Соның арқасында 12 ауылдағы 9 мыңнан астам адам табиғи газға қол жеткізеді.", "kk", published
    )
    assert _kind(ahead, 9000) == "forecast"
    grows = _found("Жаңа жүйенің арқасында суармалы жер 3 мың гектарға ұлғаяды.", "kk", published)
    assert _kind(grows, 3000) == "forecast"
    # look-alike: a result already had, told by a past verb after a converb
    had = _found(
        "Жаңа тетіктің арқасында жыл басынан бері 14 млрд теңге үнемделіп, ол мектептерге жұмсалды.",
        "kk",
        published,
    )
    assert _kind(had, 14e9) == "actual"


# --- a stock named with a dash, a present state with no date: the state at publication ---------


def test_a_stock_named_with_a_dash_is_the_stock_now() -> None:
    published = date(2025, 8, 26)
    title = "Жеті айда 61,4 млн тонна көмір өндірілді"
    found = _found("Қоймалардағы көмірдің жалпы қоры – 512 мың тонна.", "kk", published, title)
    assert _span(found, 512_000) == (published, published)
    # look-alike: a change of the stock over the span in scope is that span's
    change = _found("Облыстың астық қоры 1,2 млн тоннаға азайды.", "kk", published, title)
    assert _span(change, 1.2e6) == (date(2025, 1, 1), date(2025, 7, 31))


def test_an_undated_present_state_is_the_state_at_publication() -> None:
    published = date(2025, 9, 3)
    found = _found(
        "– 1,8 млрд теңге ауылдарға су жүйесін салуға арналған. Бұл ауылдарда 2,3 мыңнан астам адам тұрады;",
        "kk",
        published,
    )
    assert _span(found, 2300) == (published, published)
    # look-alike: a past count with no date is no state of today
    past = _found(
        "– 1,8 млрд теңге ауылдарға су жүйесін салуға арналған. Бұл ауылдарда 2,3 мыңнан астам адам тексерілді.",
        "kk",
        published,
    )
    assert _span(past, 2300) == (None, None)


# --- "2020 жылы іске қосылған зауыт": a year right before the participle describes the subject ---


def test_a_year_on_a_participle_describes_its_subject_a_relative_year_with_words_between_does_not() -> None:
    published = date(2025, 7, 15)
    found = _found("2020 жылы іске қосылған зауыт биыл 40 мың тонна өнім шығарды.", "kk", published)
    assert _span(found, 40_000) == (date(2025, 1, 1), date(2025, 12, 31))
    # "last year ... commissioned housing": what was commissioned last year, a flow of that year
    housing = _found(
        "Өткен жылы елімізде пайдалануға берілген тұрғын үй көлемі 15,4 млн шаршы метрге жетті.",
        "kk",
        published,
    )
    assert _span(housing, 15_400_000) == (date(2024, 1, 1), date(2024, 12, 31))
    # look-alikes: the year dates a count of what was built then
    built = _found("Былтыр облыста салынған 12 мектептің 3-еуі ауылда.", "kk", published)
    assert _span(built, 12) == (date(2024, 1, 1), date(2024, 12, 31))
    plain = _found("Былтыр облыста 12 мектеп салынған.", "kk", published)
    assert _span(plain, 12) == (date(2024, 1, 1), date(2024, 12, 31))


# --- work under way: its capacity and worth are planned, its count stands; the year is the year's --


def test_the_capacity_of_work_under_way_is_planned_its_count_stands() -> None:
    published = date(2019, 10, 8)
    title = "Шымкентте тоғыз айда 3 900 орындық 4 мектеп пайдалануға берілді"
    found = _found("Биыл қалада жалпы 5 400 орындық 9 мектеп салынып жатыр.", "kk", published, title)
    assert _kind(found, 5400) == "plan"
    assert _kind(found, 9) == "actual"
    assert _span(found, 9) == (date(2019, 1, 1), date(2019, 12, 31))  # this year's building, not nine months
    later = _found(
        "Биыл облыста 7 спорт кешені салынып жатыр, олардың жалпы құны 14 млрд теңге.", "kk", published, title
    )
    assert _kind(later, 7) == "actual"
    assert _kind(later, 14e9) == "plan"  # the worth named in a later clause
    worth = _found("Ауданда жалпы құны 4,5 млрд теңге болатын 3 нысан салынуда.", "kk", published)
    assert _kind(worth, 4.5e9) == "plan"
    assert _kind(worth, 3) == "actual"
    # look-alike: schools already built this year, under the nine months, are those months' outcome
    built = _found("Биыл қалада 2 400 орындық 5 мектеп салынды.", "kk", published, title)
    assert _kind(built, 2400) == "actual"
    assert _span(built, 5) == (date(2019, 1, 1), date(2019, 9, 30))


def test_this_year_without_a_verb_of_the_months_past_is_the_year() -> None:
    published = date(2025, 11, 25)
    title = "Жыл басынан бері жәрдемақыларға 540 млрд теңге төленді"
    lead = "Жыл басынан бері отбасыларға 540 млрд теңге төленді. "
    found = _found(
        lead + "Министрлік шығындардың артуын биыл базалық зейнетақының 4,8%-ға көтерілуімен байланыстырады.",
        "kk",
        published,
        title,
    )
    assert _span(found, 4.8) == (date(2025, 1, 1), date(2025, 12, 31))
    # look-alike: a past verb reports the months of the span in scope
    past = _found(lead + "Биыл жәрдемақы алушылар саны 4,8%-ға көбейді.", "kk", published, title)
    assert _span(past, 4.8) == (date(2025, 1, 1), published)


# --- "мүмкін болды": it proved possible, an outcome; a bare "мүмкін" stays an outlook ------------


def test_what_proved_possible_is_done() -> None:
    published = date(2022, 8, 28)
    found = _found("Өткен жылы сүт экспортын 12%-ға арттыру мүмкін болды.", "kk", published)
    assert _kind(found, 12) == "actual"
    # look-alike: what may be possible ahead
    ahead = _found("Келесі жылы импортқа тәуелділікті 30%-ға дейін төмендету мүмкін.", "kk", published)
    assert _kind(ahead, 30) == "forecast"


# --- a level guessed at ("шамасында болады") and access to be gained ("қол жеткізеді"): forecasts --


def test_an_approximate_future_level_is_a_forecast() -> None:
    published = date(2026, 2, 10)
    found = _found(
        "Бұл бағыттарға субсидия бөлініп, билеттің орташа құны 18 мың теңге шамасында болады.",
        "kk",
        published,
    )
    assert _kind(found, 18_000) == "forecast"
    must = _found("Есептеулер бойынша ЕТЖ орта есеппен шамамен 95 мың теңге болуы керек.", "kk", published)
    assert _kind(must, 95_000) == "forecast"
    # look-alikes: a level set by law; an approximate count of work scheduled
    set_level = _found("Келесі жылы ең төменгі жалақы 90 мың теңге болады.", "kk", published)
    assert _kind(set_level, 90_000) == "plan"
    scheduled = _found("Биыл шамамен 200 мектеп салынады.", "kk", published)
    assert _kind(scheduled, 200) == "plan"


def test_access_to_be_gained_is_an_outcome_expected() -> None:
    published = date(2025, 12, 25)
    found = _found("Сондай-ақ 3 млн-нан астам ауыл тұрғыны сапалы ауызсуға қол жеткізеді.", "kk", published)
    assert _kind(found, 3e6) == "forecast"
    # look-alike: access gained last year
    past = _found("Өткен жылы 3 млн-нан астам ауыл тұрғыны сапалы ауызсуға қол жеткізді.", "kk", published)
    assert _kind(past, 3e6) == "actual"
