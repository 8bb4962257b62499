"""Kazakh kinds seen wrong on real stored news pages (round kind25kk: wages, the budget, harvests,
sowing, industrial projects, energy; 2014-2026), in sentences of our own.

Labelled by tests/realworld/FORMAT.md:
  1. an amount beyond (or short of) the planned figure ("бұл жоспарланған көрсеткіштен 4 млрд теңгеге
     артық") sets the outcome against the plan: it and the outcome are what happened.
  2. "жүзеге асыру ескерілген", a deed provided for, is a plan as "көзделген" is.
  3. "мақсаттағы" / "мақсатындағы" (of a use: "тағамдық мақсаттағы бидай") is an attribute, no goal.
  4. "қажетті" before an amount ("жұмыстарына қажетті 350 тонна жанармаймен қамтамасыз етілді") is an
     attribute of the thing needed, no plan of its own.
  5. "жеткізді" after a clause told as what someone said ("... қамтылатындығын жеткізді") conveys: the
     clause's "will be" is the plan, as before "хабарлады"; "200 тонна сүт жеткізді" still delivers.
  6. "өтеді" after a place ("алқапта өтеді", "Астанада өтеді") will take place, a plan ahead; "жұмысқа
     орналасады" (will take up jobs) is the aorist ahead, not a past.
  7. works under way ("құны 120 млрд теңгенің 18 жобасы жүзеге асырылуда") after a deadline told before
     set no goal by it: their worth is planned, their count is how things stand.
  8. a wire's dateline ("АСТАНА, 3 сәуір – Sputnik.") names the day the news was sent, no scene for
     the sentence after it: a raise ahead stays a plan.
  9. "егер ... N теңге болса, енді ... M теңге алатын болады": the "if" half set against what comes
     "from now on" is the level now, actual at publication.
 10. a part of a forecast whole opening the next sentence ("Оның 30 млн тоннасы экспортталады") is
     forecast with it, though told in the aorist; a part of a plan stays planned.
 11. what a sector's output will do ("цемент өндірісі ... 3-4 пайызға өспек", "мұнай өндіру көлемі ...
     жетеді") is an expected outcome, a forecast, as for the economy and prices; under a plan word, or
     told as what "we" mean to do ("... ұлғайтпақпыз"), or a building to go up ("салынбақ"), it is a plan.
"""

from __future__ import annotations

from datetime import date

from tests.figure_lookup import figure_by_surface, span

P = date(2024, 4, 3)


def _kind(text: str, surface: str, published: date = P, language: str = "kk") -> str:
    return figure_by_surface(text, surface, published, language=language).kind


# 1. an outcome set against the planned figure


def test_an_amount_beyond_the_planned_figure_is_what_happened() -> None:
    text = (
        "2023 жылы облыс бюджетіне 52,4 млрд теңге түсті, бұл жоспарланған көрсеткіштен 4 млрд теңгеге артық."
    )
    assert _kind(text, "52,4 млрд теңге") == "actual"
    assert _kind(text, "4 млрд теңгеге") == "actual"
    text = "Былтыр сүт өндірісі жоспарланған деңгейден 12 мың тоннаға кем болды."
    assert _kind(text, "12 мың тоннаға") == "actual"


def test_an_amount_beyond_last_year_under_a_plan_stays_planned() -> None:
    # (the base is last year's figure, the verb is the plan's)
    text = (
        "Биыл бюджетке 60 млрд теңге түсуі жоспарланған, бұл өткен жылғы көрсеткіштен 6 млрд теңгеге артық."
    )
    assert _kind(text, "60 млрд теңге") == "plan"
    assert _kind(text, "6 млрд теңгеге") == "plan"


# 2. a deed provided for


def test_a_deed_provided_for_is_planned() -> None:
    text = "Өзге салаларда 11 жобаны жүзеге асыру ескерілген."
    assert _kind(text, "11", date(2025, 2, 1)) == "plan"
    text = "Ауданда 4 мектеп салу ескерілген."
    assert _kind(text, "4", date(2025, 2, 1)) == "plan"


# 3. a purpose as an attribute


def test_a_use_named_as_an_attribute_sets_no_goal() -> None:
    text = "Элеваторларға түскен дәннің 64%-ы тағамдық мақсаттағы бидай."
    assert _kind(text, "64%-ы", date(2025, 10, 20)) == "actual"
    text = "Ауданда ауыл шаруашылығы мақсатындағы 12 мың гектар жер игерілмей жатыр."
    assert _kind(text, "12 мың гектар", date(2025, 10, 20)) == "actual"


def test_a_goal_noun_still_sets_a_goal() -> None:
    text = "Мақсат – 2027 жылға қарай ауыл тұрғындарының 95%-ын ауыз сумен қамту."
    assert _kind(text, "95%-ын", date(2025, 10, 20)) == "target"


# 4. what was needed, as an attribute


def test_an_amount_of_what_was_needed_is_no_plan() -> None:
    text = "Шаруашылықтар көктемгі жұмыстарға қажетті 350 тонна жанармай, 2 мың тонна дизель отынымен қамтамасыз етілді."
    assert _kind(text, "350 тонна", date(2023, 6, 1)) == "actual"
    assert _kind(text, "2 мың тонна", date(2023, 6, 1)) == "actual"


def test_what_is_needed_still_plans() -> None:
    text = "Жөндеу жұмыстарына тағы 2 млрд теңге қажет."
    assert _kind(text, "2 млрд теңге", date(2023, 6, 1)) != "actual"


# 5. a clause conveyed


def test_what_an_official_conveyed_will_be_is_planned() -> None:
    text = "Әкім жеке инвестициялар 95 млрд теңгеден асып, 1,5 мыңнан аса адам жұмыспен қамтылатындығын жеткізді."
    assert _kind(text, "95 млрд теңгеден", date(2023, 2, 15)) == "plan"
    assert _kind(text, "1,5 мыңнан", date(2023, 2, 15)) == "plan"
    text = "Министр биыл 6 аурухана салынатынын жеткізді."
    assert _kind(text, "6", date(2023, 2, 15)) == "plan"


def test_what_was_delivered_or_told_done_is_actual() -> None:
    text = "Шаруа қожалықтары өңдеу зауытына 240 тонна сүт жеткізді."
    assert _kind(text, "240 тонна", date(2023, 2, 15)) == "actual"
    text = "Әкім өткен жылы 7 мектеп салынғанын жеткізді."
    assert _kind(text, "7", date(2023, 2, 15)) == "actual"


# 6. aorists ahead


def test_a_campaign_that_will_take_place_on_an_area_is_planned() -> None:
    text = "Биыл егіс науқаны 1 млн 420 мың гектар алқапта өтеді."
    assert _kind(text, "1 млн 420 мың гектар", date(2024, 4, 20)) == "plan"


def test_a_debt_repaid_stays_done() -> None:
    text = "Кәсіпорын өткен жылы 3 млрд теңге қарызын өтеді."
    assert _kind(text, "3 млрд теңге", date(2024, 4, 20)) == "actual"


def test_people_who_will_take_up_jobs_are_planned_and_those_who_did_are_actual() -> None:
    text = "Жаңа зауытта 800 адам тұрақты жұмысқа орналасады."
    assert _kind(text, "800", date(2024, 4, 20)) == "plan"
    text = "Былтыр 800 адам тұрақты жұмысқа орналасты."
    assert _kind(text, "800", date(2024, 4, 20)) == "actual"


# 7. works under way after a deadline told before


def test_works_under_way_after_a_deadline_set_no_goal() -> None:
    text = (
        "Жыл соңына дейін 5 жобаны пайдалануға беру көзделген.\n"
        "Облыста жалпы құны 120 млрд теңгенің 18 жобасы жүзеге асырылуда."
    )
    published = date(2015, 10, 5)
    worth = figure_by_surface(text, "120 млрд теңгенің", published, language="kk")
    assert worth.kind == "plan"
    assert span(worth) == (published, published)
    assert _kind(text, "18", published) == "actual"
    assert _kind(text, "5", published) == "plan"


def test_a_list_after_a_deadline_still_takes_it() -> None:
    # (no verb of its own: it goes on with the deadline's plan)
    text = "Жыл соңына дейін 40 шақырым жол жөндеу жоспарланған.\nОның ішінде аудандарда – 25 шақырым."
    assert _kind(text, "25 шақырым", date(2015, 10, 5)) != "actual"


# 8. a wire's dateline


def test_a_wire_dateline_sets_no_scene_for_a_raise_ahead() -> None:
    text = "АСТАНА, 3 сәуір – Sputnik. Елде 64 мың дәрігердің жалақысы орташа есеппен 20%-ке өседі."
    assert _kind(text, "64 мың") == "plan"
    assert _kind(text, "20%-ке") == "plan"
    text = "АЛМАТЫ, 3 апреля – Sputnik. В Казахстане зарплата 64 тысяч врачей вырастет на 20%."
    assert _kind(text, "64 тысяч", language="ru") == "plan"


def test_a_deed_after_a_wire_dateline_stays_done() -> None:
    text = "АСТАНА, 3 сәуір – Sputnik. Елде наурызда 64 мың тонна астық экспортталды."
    assert _kind(text, "64 мың тонна") == "actual"


# 9. the "if" half against what comes from now on


def test_the_level_before_a_raise_from_now_on_is_the_level_now() -> None:
    text = "Мысалы, егер жетекші маманның жалақысы 120 мың теңге болса, енді ол 150 мың теңге алатын болады."
    level = figure_by_surface(text, "120 мың теңге", P, language="kk")
    assert level.kind == "actual"
    assert span(level) == (P, P)
    assert _kind(text, "150 мың теңге") == "plan"


def test_a_condition_without_from_now_on_keeps_the_other_half() -> None:
    text = "Гектарына 350 центнер болса, 18 мың тонна қызылша алынады."
    assert _kind(text, "350 центнер") != "actual"


# 10. a part of a forecast whole


def test_a_part_of_a_forecast_whole_told_in_the_aorist_is_forecast() -> None:
    text = (
        "Биыл көмір өндіру көлемі 115 млн тоннаға жетеді деп болжануда. Оның 30 млн тоннасы экспортталады. "
        "Ресейге – 22 млн тонна."
    )
    published = date(2021, 10, 1)
    assert _kind(text, "115 млн тоннаға", published) == "forecast"
    assert _kind(text, "30 млн тоннасы", published) == "forecast"
    assert _kind(text, "22 млн тонна", published) == "forecast"


def test_a_part_of_a_plan_stays_planned() -> None:
    text = "Биыл 115 млн тонна көмір өндіру жоспарлануда. Оның 30 млн тоннасы экспортталады."
    assert _kind(text, "30 млн тоннасы", date(2021, 10, 1)) == "plan"


# 11. an outcome told with the intention form, a sector's output as the subject


def test_a_sectors_output_told_ahead_is_a_forecast() -> None:
    published = date(2022, 9, 1)
    text = "Мамандардың айтуынша, цемент өндірісі алдағы жылдары жылына 3-4 пайызға өспек."
    assert _kind(text, "4 пайызға", published) == "forecast"
    text = "2030 жылы елдегі мұнай өндіру көлемі 110 млн тоннаға жетеді."
    assert _kind(text, "110 млн тоннаға", published) == "forecast"


def test_output_under_a_plan_and_intentions_of_doers_stay_planned() -> None:
    published = date(2022, 9, 1)
    text = "Жоспарға сәйкес келесі жылы мұнай өндіру көлемі 92 млн тоннаға жетеді."
    assert _kind(text, "92 млн тоннаға", published) == "plan"
    text = "Биыл мұнай өндіру көлемі 88 млн тонна болады деп жоспарланып отыр."
    assert _kind(text, "88 млн тонна", published) == "plan"
    text = "Біз осы 15 су қоймасын салудың арқасында 1,2 млрд текше метрге су қорын ұлғайтпақпыз."
    assert _kind(text, "1,2 млрд текше метрге", published) == "plan"
    text = "Келесі жылы ауданда 3 мектеп салынбақ."
    assert _kind(text, "3", published) == "plan"
