"""Kazakh kinds and periods seen wrong on real stored news pages (round real20kk: pensions under a
budget law, harvest tallies, herds, regional programmes, housing, water pipes), in sentences of our own.

Labelled by tests/realworld/FORMAT.md:
  1. the years of a quoted law's name ('"2024-2026 жылдарға арналған ... бюджет туралы" заңға сәйкес')
     dated the figures of that sentence and the next; the law names no period of theirs. A source
     opening ("... заңға сәйкес,") before a from-day start lets that start open the sentence, and
     "санына байланысты N-нан M-ге дейін" is a spread, not an old amount and a new one.
  2. an ability in a clause joined by "және" ("... 6,2 км құрайды және ... мүмкіндік береді") made the
     length before it a forecast; the present verb keeps its own clause.
  3. an aorist set against what is to come (", болашақта ...") was a plan; it is what is so now. The
     clause of what is to come takes no year from the clause before nor a year gone by carried.
  4. an aorist before "деген сөз" ("... жұмыс орны ашылады деген сөз") was read actual; it is a plan.
  5. the worth of projects told as being carried out ("жоба жүзеге асырылуда, олардың құны ...") was
     actual; it is plan, undated: as the projects stand now.
  6. a field campaign's total ("Барлығы ... астық бастырылды") ran from no start; it is the state at
     publication.
  7. a projected figure with a past copula ("болжамды ... түсімі ... құраған") was actual; a forecast.
  8. shares in a list with bracketed levels ("4 пайызға, (7,4 млн басқа), жылқы 6,8 пайызға ...
     көбейген") missed the list's verb of change.
  9. a share of a herd under a year-to-date span carried from the output before took that span.
 10. the count of a list drawn up ("мерзімі 2030 жылға дейін болатын 145 жобаның тізбесі әзірленді")
     was a plan to the deadline; it is a state now.
 11. a term of years with no start ("жеті жыл ішінде") took the headline's "биыл".
 12. money given "жобаларын жүзеге асыруға" was read as spent; it is for works not said to be done.
 13. "ш/м" is the square metre; "1 пәтердің жалпы ауданы 82,5" names the one thing measured.
 14. a clause after a condition ("... аяқталған жағдайда, 1370 абонент алады") under a "now" scene was a
     state now; it is what is to come.
 15. a day with no year in a quote ('«... 1 қыркүйек күні ... пайдалануға беріледі», деді әкім') told in
     August was read by the saying "деді" as the September gone by; the quote's own verb decides.
 16. "9 мың 300 тонна" was two figures, 9 000 and 300 tonnes; the ones after "мың" are one number.
 17. a year-like size ("1920 орындық 4 мектеп", "школа на 2000 мест") was dropped as a year.
 18. "құрылысы бітеді" (will be finished) had no kind cue and a deadline made the seats a goal; and
     the seats of buildings told before ("Жалпы орын саны – 7400") were a goal; both plans.
 19. a planning office's name ("бюджеттік жоспарлау басқармасының басшысы") made a plan of its figure.
 20. a quarter a task is meant for ("IV тоқсанға арналған міндеттер" told in October) was last year's
     and set the scene for the nine months' figures after it.
 21. "тамыз айынан бастап" (the month with "айы") was no period; "төмендеді" (a -де stem's past) was
     read under "Нәтижесінде" as an aorist ahead, a forecast.
"""

from __future__ import annotations

from datetime import date

from etl.extract.indicator_record import Indicator
from etl.extract.indicators import extract_indicators
from tests.figure_lookup import figure_by_surface, span

P = date(2024, 1, 15)


def _all(text: str, published: date = P, title: str = "") -> list[Indicator]:
    return extract_indicators(text, published, title=title, language="kk")


def _find(text: str, surface: str, published: date = P, title: str = "") -> Indicator:
    return figure_by_surface(text, surface, published, title, language="kk")


# 1. a law's name in quotes


def test_the_years_of_a_quoted_budget_law_date_neither_its_sentence_nor_the_next() -> None:
    text = (
        '"2024-2026 жылдарға арналған республикалық бюджет туралы" заңға сәйкес, 2024 жылғы 1 қаңтардан '
        "бастап балаға берілетін жәрдемақы 8 пайызға өсті. Базалық зейнетақы 6 пайызға артты, оның ең "
        "төменгі мөлшері 22 500 теңге болды."
    )
    assert span(_find(text, "8 пайызға")) == (date(2024, 1, 1), None)
    assert span(_find(text, "6 пайызға")) == (date(2024, 1, 1), None)
    assert span(_find(text, "22 500 теңге")) == (date(2024, 1, 1), None)


def test_a_quoted_budget_law_alone_leaves_its_figure_undated_by_its_years() -> None:
    text = (
        '"2024-2026 жылдарға арналған республикалық бюджет туралы" заңға сәйкес, стипендия 12 пайызға өсті.'
    )
    assert span(_find(text, "12 пайызға")) != (date(2024, 1, 1), date(2026, 12, 31))


def test_a_quoted_programme_name_with_years_still_dates_its_plan() -> None:
    text = "«Ауыл – Ел бесігі» жобасы аясында 2024-2026 жылдары 120 ауылда жол жөнделеді."
    assert span(_find(text, "120")) == (date(2024, 1, 1), date(2026, 12, 31))


def test_the_bounds_by_the_number_of_dependants_are_a_spread_of_one_time() -> None:
    text = (
        "2024 жылғы 1 қаңтардан бастап жәрдемақы мөлшері отбасындағы балалар санына байланысты "
        "31 200 теңгеден 74 900 теңгеге дейін болды."
    )
    low, high = _find(text, "31 200 теңгеден"), _find(text, "74 900 теңгеге")
    assert span(low) == span(high) == (date(2024, 1, 1), None)


# 2. an ability after "және"


def test_a_length_told_in_the_present_before_an_ability_is_actual_now() -> None:
    text = "Жаңа желінің ұзындығы 6,2 км құрайды және ауылдың 340 тұрғынын газбен қамтуға мүмкіндік береді."
    length = _find(text, "6,2 км")
    assert (length.kind, span(length)) == ("actual", (P, P))


def test_a_capacity_before_an_ability_to_create_jobs_is_actual_now() -> None:
    text = "Цехтың қуаты 12 мың тонна құрайды және ол 150 жұмыс орнын ашуға мүмкіндік береді."
    assert _find(text, "12 мың тонна").kind == "actual"


def test_what_an_ability_itself_brings_stays_a_forecast() -> None:
    text = "Жаңа зауыт өнім көлемін 30 мың тоннаға арттыруға мүмкіндік береді."
    assert _find(text, "30 мың тоннаға").kind == "forecast"


def test_two_levels_under_one_expected_stay_forecasts() -> None:
    text = "Өнім көлемі 4 пайызға өседі және 900 млрд теңгеге жетеді деп күтілуде."
    assert _find(text, "4 пайызға").kind == "forecast"
    assert _find(text, "900 млрд теңгеге").kind == "forecast"


# 3. the aorist against ", болашақта"


def test_an_aorist_set_against_the_future_is_the_state_now() -> None:
    text = "Ауданда жылына 12 400 тонна жүгері өсіріледі, болашақта бұл көлемді 20 мың тоннаға жеткізу көзделуде."
    now = _find(text, "12 400 тонна")
    assert (now.kind, span(now)) == ("actual", (P, P))
    assert _find(text, "20 мың тоннаға").kind in ("plan", "target")


def test_an_aorist_of_a_year_named_before_the_future_stays_a_plan() -> None:
    text = "Биыл ауданда 18 мың тонна сүт өндіріледі, болашақта оны 25 мың тоннаға жеткізу көзделуде."
    assert _find(text, "18 мың тонна").kind == "plan"


def test_the_clause_of_what_is_to_come_takes_no_year_of_the_clause_before() -> None:
    text = (
        "Биыл ауданда 7 мың тонна ет өндірілді, алдағы уақытта бұл көлемді 10 мың тоннаға жеткізу көзделуде."
    )
    assert span(_find(text, "7 мың тонна")) == (date(2024, 1, 1), date(2024, 12, 31))
    assert span(_find(text, "10 мың тоннаға")) == (None, None)


def test_the_future_after_a_past_year_takes_no_year_carried() -> None:
    text = (
        "2022 жылы өңірде 31 мың тонна балық ауланды. Сондай-ақ өңірде 14 мың тонна балық өңделеді, "
        "болашақта бұл көрсеткішті 40 мың тоннаға жеткізу көзделуде."
    )
    assert _find(text, "14 мың тонна").kind == "actual"
    assert span(_find(text, "40 мың тоннаға")) == (None, None)


# 4. "деген сөз"


def test_an_aorist_before_degen_soz_is_a_plan() -> None:
    text = "Яғни алдағы бес жылда өңірде 40 жаңа кәсіпорын ашылып, 5 000 жұмыс орны құрылады деген сөз."
    assert _find(text, "40").kind == "plan"
    assert _find(text, "5 000").kind == "plan"


def test_a_past_before_degen_soz_stays_actual() -> None:
    text = "Былтыр өңірде 3 200 жұмыс орны ашылды деген сөз."
    assert _find(text, "3 200").kind == "actual"


# 5. the worth of projects under way


def test_the_worth_of_projects_being_carried_out_is_plan_now() -> None:
    text = "Арнайы экономикалық аймақта 14 жоба жүзеге асырылуда, олардың құны – 182 млрд теңге."
    worth = _find(text, "182 млрд теңге")
    assert (worth.kind, span(worth)) == ("plan", (P, P))
    assert _find(text, "14").kind == "actual"


def test_the_worth_before_projects_being_carried_out_is_plan() -> None:
    text = "Өңірде құны 96 млрд теңге болатын 9 инвестициялық жоба іске асырылуда."
    assert _find(text, "96 млрд теңге").kind == "plan"


def test_the_worth_of_projects_carried_out_last_year_stays_actual() -> None:
    text = "Өткен жылы құны 58 млрд теңге болатын 11 жоба іске асырылды."
    assert _find(text, "58 млрд теңге").kind == "actual"


# 6. a campaign's running total


def test_a_harvest_total_is_the_state_at_publication() -> None:
    text = "Барлығы 8,4 млн тонна астық бастырылды. Соның ішінде 6,1 млн тонна бидай жиналды."
    assert span(_find(text, "8,4 млн тонна")) == (P, P)
    assert span(_find(text, "6,1 млн тонна")) == (P, P)


def test_a_total_of_trees_planted_stays_all_so_far() -> None:
    text = "Барлығы 1,6 млн түп ағаш отырғызылды."
    assert span(_find(text, "1,6 млн")) == (None, P)


# 7. a projected figure


def test_a_projected_yield_with_a_past_copula_is_a_forecast() -> None:
    text = "Әкімдіктердің дерегінше, майлы дақылдардың болжамды жалпы түсімі 2,3 млн тоннаны құраған."
    assert _find(text, "2,3 млн тоннаны").kind == "forecast"


def test_the_actual_beside_a_projected_level_stays_actual() -> None:
    text = "2023 жылы болжамды өсім 5 пайыз болса, нақты өсім 4,2 пайызды құрады."
    assert _find(text, "5 пайыз").kind == "forecast"
    assert _find(text, "4,2 пайызды").kind == "actual"


# 8. shares in a list with bracketed levels


def test_each_share_of_a_list_with_bracketed_levels_is_a_change() -> None:
    text = (
        "Ірі қара саны 3 пайызға, (8,1 млн басқа), жылқы 5,4 пайызға (3,9 млн басқа), "
        "түйе 2,2 пайызға (260 мың басқа) көбейген."
    )
    for surface in ("3 пайызға", "5,4 пайызға", "2,2 пайызға"):
        assert _find(text, surface).is_change, surface
    assert not _find(text, "8,1 млн").is_change


# 9. a share of a herd under a year-to-date span


def test_a_share_of_the_herd_after_a_year_to_date_output_is_the_state_now() -> None:
    text = (
        "Фермерлер жыл басынан бері 96,2 мың тонна ет өндірді. Асыл тұқымды ірі қара малдың үлесі "
        "21,4% (88,6 мың бас) болғанын атап өткен жөн."
    )
    assert span(_find(text, "96,2 мың тонна")) == (date(2024, 1, 1), P)
    assert span(_find(text, "21,4%")) == (P, P)
    assert span(_find(text, "88,6 мың")) == (P, P)


def test_a_share_of_the_output_keeps_the_span_of_the_output() -> None:
    text = "Жыл басынан бері өнім көлемі 320 млрд теңгені құрады. Шағын бизнес үлесі 28 пайыз болды."
    assert span(_find(text, "28 пайыз")) == (date(2024, 1, 1), P)


# 10. a list drawn up


def test_the_count_of_a_list_of_projects_drawn_up_is_a_state_now() -> None:
    text = "Іске асыру мерзімі 2029 жылға дейін болатын 88 жобаның тізбесі әзірленді."
    count = _find(text, "88")
    assert (count.kind, span(count)) == ("actual", (P, P))


def test_things_to_be_built_by_a_deadline_stay_a_plan() -> None:
    text = "2029 жылға дейін салынатын 60 мектептің 9-ы биыл пайдалануға берілді."
    planned = _find(text, "60")
    assert (planned.kind, span(planned)) == ("plan", (None, date(2029, 12, 31)))


# 11. a term of years


def test_a_term_of_years_takes_no_year_from_the_headline() -> None:
    text = "Мемлекет басшысы Үкіметке алты жыл ішінде 2 000 шақырым жол салу жөнінде тапсырма берген."
    road = _find(text, "2 000 шақырым", title="Биыл қанша жол салынатыны белгілі болды")
    assert span(road) == (None, None)


def test_the_headline_year_still_dates_a_sentence_without_a_term() -> None:
    text = "Облыста 240 шақырым жол жөнделеді."
    road = _find(text, "240 шақырым", title="Биыл облыста жол жөнделеді")
    assert span(road) == (date(2024, 1, 1), date(2024, 12, 31))


# 12. money to carry out projects


def test_money_given_to_carry_out_projects_is_a_plan() -> None:
    text = "Төрт кәріз нысанын салу жобаларын жүзеге асыруға республикалық бюджеттен 3,4 млрд теңге бөлінді."
    assert _find(text, "3,4 млрд теңге").kind == "plan"


def test_money_given_for_projects_carried_out_and_finished_stays_actual() -> None:
    text = "Жобаларды іске асыруға 1,2 млрд теңге бөлінді, барлық нысандар пайдалануға берілді."
    assert _find(text, "1,2 млрд теңге").kind == "actual"


# 13. the square metre with a slash, the one thing measured


def test_the_square_metre_with_a_slash() -> None:
    found = _find("Әр пәтердің ауданы 64,8 ш/м құрайды.", "64,8 ш/м")
    assert (found.unit, found.value) == ("m2", 64.8)


def test_one_thing_a_measure_is_told_for_is_no_figure() -> None:
    surfaces = [
        i.surface for i in _all("Құны 14,2 млн теңге болатын 1 пәтердің жалпы ауданы 70,5 ш.м құрайды.")
    ]
    assert "1" not in surfaces
    assert "70,5 ш.м" in surfaces


def test_one_building_begun_is_still_counted() -> None:
    assert [i.value for i in _all("Ауданда 1 мектептің құрылысы басталды.")] == [1.0]


# 14. a condition


def test_what_follows_a_condition_is_to_come_under_a_now_scene() -> None:
    text = (
        "Әкімдік су құбырын былтыр тартуға уәде берген еді, бірақ мердігер үлгермеді. Қазір құрылыс қайта "
        "басталды, алайда тапсыру мерзімі тағы шегерілді. Ауылды 1 қыркүйекке дейін ауыз сумен қамтамасыз "
        "ету жоспарлануда. Жұмыс уақтылы аяқталған жағдайда, таза суды 860 абонент алады."
    )
    subscribers = _find(text, "860", date(2024, 7, 10))
    assert (subscribers.kind, span(subscribers)) == ("plan", (None, date(2024, 9, 1)))


def test_a_present_state_after_now_without_a_condition_stays_actual() -> None:
    text = "Қазір құрылыс қайта жанданды. Ауылда 860 абонент тұрады."
    assert _find(text, "860", date(2024, 7, 10)).kind == "actual"


# 15. a day in a quote


def test_a_day_in_a_quote_is_read_by_the_quotes_own_verb() -> None:
    text = "«Ал, 1 қыркүйек күні ауданда барлығы 3 мектеп пайдалануға беріледі», деді әкім."
    schools = _find(text, "3", date(2023, 8, 24))
    assert span(schools) == (date(2023, 9, 1), date(2023, 9, 1))


def test_a_day_gone_by_in_a_quote_told_in_the_past_stays_gone_by() -> None:
    text = "«1 шілде күні ауданда 2 мектеп пайдалануға берілді», деді әкім."
    assert span(_find(text, "2", date(2023, 8, 24))) == (date(2023, 7, 1), date(2023, 7, 1))


# 16. the ones after "мың"


def test_the_ones_after_myn_are_one_number_with_its_unit() -> None:
    found = _find("Ауданға қыста 6 мың 450 тонна көмір қажет.", "6 мың 450 тонна")
    assert (found.value, found.unit) == (6450.0, "tonne")


def test_the_ones_after_myn_before_the_thing_counted() -> None:
    assert _find("Шаруашылықта 3 мың 120 бас ірі қара бар.", "3 мың 120").value == 3120.0


def test_a_year_after_myn_is_no_part_of_the_number() -> None:
    found = _all("Биыл 45 мың 2023 жылғы деңгейден жоғары.")
    assert [i.value for i in found] == [45000.0]


# 17. a year-like size


def test_a_year_like_number_of_seats_is_a_count() -> None:
    text = "Қалған 1960 орындық 3 мектептің құрылысы келер жылы аяқталады."
    assert _find(text, "1960").value == 1960.0


def test_a_year_like_number_of_places_in_russian_is_a_count() -> None:
    found = extract_indicators("В городе построят школу на 2000 мест.", P, language="ru")
    assert [i.value for i in found] == [2000.0]


def test_a_year_before_a_noun_stays_a_year() -> None:
    assert _all("2024 жылы ауданда 5 мектеп салынды.")[0].value == 5.0


# 18. "бітеді" and the seats of what is to be built


def test_a_building_to_be_finished_by_year_end_is_a_plan() -> None:
    text = "Жыл соңына дейін әрқайсысы 600 орындық болатын екі мектептің құрылысы бітеді."
    assert _find(text, "600").kind == "plan"


def test_a_building_finished_last_year_stays_actual() -> None:
    assert _find("Былтыр 600 орындық мектептің құрылысы бітті.", "600").kind == "actual"


def test_the_seats_of_schools_to_be_built_are_planned() -> None:
    text = "Облыста 2027 жылға дейін 24 мектеп салынады. Жалпы орын саны – 9600."
    seats = _find(text, "9600")
    assert (seats.kind, span(seats)) == ("plan", (None, date(2027, 12, 31)))


def test_the_seats_of_schools_built_last_year_stay_actual() -> None:
    text = "Былтыр облыста 24 мектеп салынды. Жалпы орын саны – 9600."
    assert _find(text, "9600").kind == "actual"


def test_the_seats_of_schools_to_be_built_in_russian_are_planned() -> None:
    found = extract_indicators(
        "До 2027 года в области построят 24 школы. Общее число мест – 9600.", P, language="ru"
    )
    assert [i.kind for i in found if i.value == 9600.0] == ["plan"]


# 19. a planning office


def test_a_planning_offices_name_is_no_plan_cue() -> None:
    text = "Экономика және бюджеттік жоспарлау басқармасының басшысы атап өткендей, өнеркәсіп индексі 102,4 пайызға тең."
    assert _find(text, "102,4 пайызға").kind == "actual"


def test_a_plan_told_with_zhosparlanuda_stays_a_plan() -> None:
    assert _find("Жыл соңына дейін ауданда 7 мектеп салу жоспарлануда.", "7").kind == "plan"


# 20. a quarter a task is meant for


def test_a_quarter_tasks_are_meant_for_sets_no_scene() -> None:
    text = (
        "Жиында өңірдің 9 айдағы даму қорытындысы мен IV тоқсанға арналған міндеттер қаралды. "
        "Өнеркәсіп өнімінің көлемі 2,1% өсіммен 812,4 млрд теңгені құрады."
    )
    assert span(_find(text, "812,4 млрд теңгені", date(2023, 10, 27))) == (
        date(2023, 1, 1),
        date(2023, 9, 30),
    )


def test_a_quarter_reported_keeps_its_year() -> None:
    text = "IV тоқсанда өнеркәсіп өнімінің көлемі 240 млрд теңгені құрады."
    assert span(_find(text, "240 млрд теңгені", date(2023, 10, 27))) == (
        date(2022, 10, 1),
        date(2022, 12, 31),
    )


# 21. "айынан бастап" and a derived past


def test_a_month_named_with_ay_in_the_ablative_starts_a_span() -> None:
    text = "Тамыз айынан бастап ауданға 52 вагон көмір келді."
    assert span(_find(text, "52", date(2024, 9, 20))) == (date(2024, 8, 1), None)


def test_a_derived_past_after_an_outlook_word_is_done() -> None:
    text = "Нәтижесінде желінің тозу деңгейі 58-ден 55 пайызға дейін төмендеді."
    assert _find(text, "55 пайызға").kind == "actual"


def test_a_derived_aorist_after_an_outlook_word_stays_a_forecast() -> None:
    text = "Нәтижесінде желінің тозу деңгейі 55 пайызға дейін төмендейді."
    assert _find(text, "55 пайызға").kind == "forecast"
