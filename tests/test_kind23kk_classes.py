"""Kazakh kinds seen wrong on real stored news pages (round kind23kk: water supply, tourism, harvest,
energy, national projects, schools; 2013-2026), in sentences of our own.

Labelled by tests/realworld/FORMAT.md:
  1. the first half of a pair ending on "болса" with a span of its own up to publication ("Соңғы 6 айда
     ... 4,2 миллион болса, жыл қорытындысы бойынша ... жетуі мүмкін") is what happened, not the other
     half's forecast.
  2. a sentence with no verb at all ("Атап айтқанда қалаларда – 97%, ауылдарда – 89%") right after a
     plan goes on with that plan; one that names "now" or has a verb of its own does not.
  3. "болып табылады" is the bookish "is", a state, not a deed ahead.
  4. what the economy, prices, the population or the visitors' count will do ("ЖІӨ 4,5%-ға өседі",
     "туристер саны ... жетеді") is a forecast; a raise decided ("жалақысы ... өседі") or a price
     raised ("бағасы ... көтеріледі", a passive) stays a plan.
  5. a list of deeds told as verbal nouns under one "көзделіп отыр" ("... ауылды жаңғырту, ... үй
     пайдалануға беру, ... 90%-ын жеткізу көзделіп отыр"): each deed is planned; the level a member
     brings things to stays a goal.
  6. money allocated to a project, whole and parts ("жобасына 5 трлн теңге, оның ішінде ... 3 трлн
     теңге, ал ... 600 млрд теңге бөлінді"), is set aside for works not told done, a plan; a
     contrast with ", ал" and no "оның ішінде" keeps its halves apart.
  7. "нысанды тапсырамыз" (we will hand it over) sets no task; the sum of works done, told in a
     relative clause ("95 млн теңгеге жөндеу жүргізілген мектеп"), is actual.
  8. an intention with a person ending ("салмақпыз", "арттырмақпыз"), a reported "-етіндігін" and the
     design worth of what is to be built, after "Мамандардың есептеуінше," are plans.
  9. a growth noun amounting to a multiplier ("оның өсімі үш есе болды") is a change, as it is for a share.
 10. works told in a converb ("... 54 нысан құрылысын жүргізіп,") before the verb "межеленіп отыр" are a
     step, planned: the verb is no goal noun ("Межеге сәйкес ..." is one).
"""

from __future__ import annotations

from datetime import date

from tests.figure_lookup import figure_by_surface

P = date(2023, 3, 14)


def _kind(text: str, surface: str, published: date = P) -> str:
    return figure_by_surface(text, surface, published, language="kk").kind


# 1. the first half of a pair, up to publication


def test_a_half_ending_on_bolsa_over_the_last_months_is_what_happened() -> None:
    text = (
        "Соңғы 6 айда облыстағы демалыс орындарына 4,2 миллион адам келсе, жыл қорытындысы бойынша бұл "
        "көрсеткіш 7 миллионға жетуі мүмкін."
    )
    assert _kind(text, "4,2 миллион") == "actual"
    assert _kind(text, "7 миллионға") == "forecast"
    text = "Соңғы 9 айда кірістер 310 млрд теңге болса, жыл соңына дейін 420 млрд теңгеге жетуі мүмкін."
    assert _kind(text, "310 млрд теңге") == "actual"


def test_a_half_with_no_span_of_its_own_keeps_the_other_half_reading() -> None:
    # (a condition, not a time gone by: "if the yield is so much")
    text = "Орташа өнімділік гектарына 300 центнер болса, 450 мың тонна қызылша жинау жоспарланып отыр."
    assert _kind(text, "300 центнер") != "actual"


# 2. a verbless sentence after a plan


def test_a_verbless_breakdown_after_a_plan_goes_on_with_it() -> None:
    text = (
        "Биыл тағы 150 мың адамды таза сумен қамту жоспарланған. Бұл дегеніміз – облыс халқының 93%-ы. "
        "Атап айтқанда қалаларда – 97%, ауылдарда – 89%."
    )
    assert _kind(text, "97%") == "plan"
    assert _kind(text, "89%") == "plan"


def test_a_sentence_naming_now_or_with_a_verb_of_its_own_keeps_its_reading() -> None:
    text = "Биыл тағы 150 мың адамды таза сумен қамту жоспарланған. Қазір қалаларда – 96%, ауылдарда – 85%."
    assert _kind(text, "96%") == "actual"
    text = "Биыл тағы 150 мың адамды таза сумен қамту жоспарланған. Былтыр қалаларда 95%-ға жетті."
    assert _kind(text, "95%-ға") == "actual"


# 3. the bookish "is"


def test_bolyp_tabylady_is_a_state_not_a_plan() -> None:
    text = "Өткен жылы 8,7 млн адам елімізде бір түннен артық болған болып табылады."
    assert _kind(text, "8,7 млн", date(2024, 2, 1)) == "actual"
    text = "Облыстағы ең ірі жұмыс беруші 1 500 адамды жұмыспен қамтитын комбинат болып табылады."
    assert _kind(text, "1 500") == "actual"


# 4. outcomes nobody schedules


def test_what_the_economy_prices_people_or_visitors_will_do_is_a_forecast() -> None:
    assert _kind("Биыл ЖІӨ 4,5%-ға өседі.", "4,5%-ға") == "forecast"
    assert _kind("Келесі жылы инфляция 8%-ға дейін баяулайды.", "8%-ға") == "forecast"
    assert _kind("2025 жылы туристер саны 11 млн адамға жетеді.", "11 млн") == "forecast"
    assert _kind("Биыл, яғни 2019 жылы, туристер саны 3-4 пайызға артады.", "4 пайызға") == "forecast"
    assert _kind("Жыл соңына дейін халық саны 19,8 млн адамға жетеді.", "19,8 млн") == "forecast"


def test_a_raise_decided_or_a_price_raised_stays_a_plan() -> None:
    assert _kind("Қыркүйектен бастап 80 мың мұғалімнің жалақысы 25 пайызға өседі.", "25 пайызға") == "plan"
    assert _kind("Келесі айдан бастап газ бағасы 7%-ға көтеріледі.", "7%-ға") == "plan"
    assert _kind("Бұл жобалар 2 мың жұмыс орнын ашады.", "2 мың") == "plan"


# 5. a list of deeds under one predicate


def test_deeds_listed_as_verbal_nouns_under_one_plan_verb_are_planned() -> None:
    text = (
        "Бағдарлама бойынша 2027 жылдың соңына дейін 1 200 ауылды жаңғырту, 40 млн шаршы метр тұрғын үй "
        "пайдалануға беру, жергілікті жолдардың 90%-ын жақсы жағдайға жеткізу көзделіп отыр."
    )
    assert _kind(text, "1 200") == "plan"
    assert _kind(text, "40 млн шаршы метр") == "plan"
    assert _kind(text, "90%-ын") == "target"


# 6. a whole allocated and its parts


def test_a_whole_allocated_to_a_project_and_its_parts_are_set_aside() -> None:
    text = (
        "Өңірлік ұлттық жобасына 5 трлн теңге, оның ішінде республикалық бюджеттен 3 трлн теңге, ал "
        "жергілікті бюджеттен 600 млрд теңге қаражат бөлінді."
    )
    assert _kind(text, "5 трлн теңге") == "plan"
    assert _kind(text, "3 трлн теңге") == "plan"
    assert _kind(text, "600 млрд теңге") == "plan"


def test_a_contrast_with_al_keeps_its_halves_apart() -> None:
    text = "Оның 14-і 61,2 млрд теңгеге қаржыландырылды, ал жалпы 130 млрд теңге қарастырылған."
    assert _kind(text, "61,2 млрд теңгеге") == "actual"
    assert _kind(text, "130 млрд теңге") == "plan"


# 7. handing over, and works done told in a relative clause


def test_works_done_in_a_relative_clause_are_actual_and_handing_over_sets_no_task() -> None:
    text = "Ал 95 млн теңгеге күрделі жөндеу жүргізілген №12 мектептің мердігері нысанды тапсырамыз деп асығып жатыр."
    assert _kind(text, "95 млн теңгеге", date(2016, 8, 24)) == "actual"
    text = "Ауылда 1,4 млрд теңгеге салынған мектепке 250 оқушы барады."
    assert _kind(text, "1,4 млрд теңгеге") == "actual"
    # (a building still to be put up keeps its plan)
    assert _kind("Келесі жылы 3 млрд теңгеге салынатын емхана ашылады.", "3 млрд теңгеге") == "plan"


# 8. intentions, reported futures and the worth of what is to be built


def test_intentions_with_a_person_ending_and_reported_futures_are_plans() -> None:
    text = "Біз 15 су қоймасын салудың арқасында су қорын 1,2 млрд текше метрге арттырмақпыз."
    assert _kind(text, "1,2 млрд текше метрге") == "plan"
    text = "Министр жыл соңына дейін 30 көпір жөндеуден өтетіндігін айтты."
    assert _kind(text, "30") == "plan"


def test_the_design_worth_of_what_we_mean_to_build_is_planned() -> None:
    text = (
        "Алдағы жылдары 15 су қоймасын салмақпыз. Мамандардың есептеуінше, оның жобалық құны 41 млрд "
        "теңгені құрайды."
    )
    assert _kind(text, "41 млрд теңгені", date(2018, 5, 3)) == "plan"


# 9. a growth noun amounting to a multiplier


def test_a_growth_noun_amounting_to_a_multiplier_is_a_change() -> None:
    text = "Жыл басынан бері салаға 96 млрд теңге инвестиция тартылып, оның өсімі үш есе болды."
    assert figure_by_surface(text, "үш есе", P, language="kk").is_change
    assert figure_by_surface("Экспорт өсімі 1,5 есені құрады.", "1,5 есені", P, language="kk").is_change
    # (a level of its own after no change noun stays no change: "96 млрд теңге")
    assert not figure_by_surface(text, "96 млрд теңге", P, language="kk").is_change


# 10. a step told in a converb before "межеленіп отыр"


def test_works_told_in_a_converb_before_a_milestone_verb_are_planned() -> None:
    text = (
        "Облыстық бюджеттен қаралған 9,8 млрд теңгеге 54 нысан құрылысын жүргізіп, оның ішінде биыл 20 "
        "нысанды пайдалануға беру межеленіп отыр."
    )
    assert _kind(text, "9,8 млрд теңгеге") == "plan"
    assert _kind(text, "54") == "plan"
    assert _kind(text, "20") == "target"
    # (under a goal noun the step is a goal too)
    text = "Межеге сәйкес биыл өнімді 10%-ға арттырып, 40 млрд теңгеге жеткізу көзделген."
    assert _kind(text, "10%-ға") == "target"
