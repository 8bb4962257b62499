"""Kazakh periods seen wrong on real stored news pages (round real29kk: periods carried from the
lead or from earlier sentences, and read at the publication day), in sentences of our own.

Labelled by tests/realworld/FORMAT.md:
  1. "Жыл басынан бүгінгі күнге дейін": the year so far, from 1 January to publication (was the day
     of publication alone: "бүгінгі күнге дейін" won over the year's start).
  2. "Өткен жылы егілген күздік дақылды орып алған ..." (a year before publication opening a
     participle attribute of an object or a place): it dates the sowing, not the harvest the article
     goes on with; the sentences after it no longer take that year.
  3. "бағдарлама басталған 2 жыл ішінде": the years since something began, counted back from
     publication like "соңғы 2 жылда" (was the day of publication).
  4. "жалпы жыл бойы" after "қаңтар-қараша": the whole year whose part was told, and "Бұл көрсеткіш
     ..." after it goes on with the whole year (was January to November).
  5. "болжамды егіс алқабы 252 мың гектарды құрайды": the projected sown area or crop is the year's
     (had no period), as the Russian "прогнозная уборочная площадь".
  6. "күзгі егіс жұмыстарында", "көктемгі егіс кезінде": the sowing season of the year (was the year
     carried from the sentence before, or none); "көктемгі егіске" (for the sowing) is left as it was.
  7. A start still ahead ("24 мамырынан бастап ... болмақ") no longer frames the present states told
     after the text has named the present ("Күні бүгінге дейін ...").
  8. "Машина жасауда – 36%, ... 64% орнықты өсім тіркеліп отыр" after "Биыл ... өсті": growth
     registered so far is the span's, not a state on the day of publication.
  9. "Ауыл аудан орталығынан 145 шақырым жерде" (how far a place lies, no verb) under a carried "биыл":
     the distance as it is at publication.
 10. "Көктемгі егіске 35 мыңға жуық техника әзірленді", "... шаруашылықтар тартылған" under a carried year:
     what is made ready or drawn in for the sowing stands on the day told (as dev h17-kk-02 is labelled).
 11. "Бүгінде ... шешіліп келеді. Алдағы уақытта тағы 8 үй салынады": a sentence opening on the time ahead
     does not take the present of the sentence before (a plan with no date has no period).
"""

from __future__ import annotations

from datetime import date

from etl.extract.indicator_record import Indicator
from tests.figure_lookup import figure_by_surface, span


def _find(text: str, surface: str, published: date) -> Indicator:
    return figure_by_surface(text, surface, published, language="kk")


# 1. the year so far, closed by today


def test_year_start_to_today_is_year_to_date() -> None:
    text = "Жыл басынан бүгінгі күнге дейін ауданда 18,6 мың бас ірі қара бірдейлендірілді."
    published = date(2025, 8, 20)
    assert span(_find(text, "18,6 мың", published)) == (date(2025, 1, 1), published)


def test_year_start_to_now_with_bugin_ge_is_year_to_date() -> None:
    text = "Жыл басынан бүгінге дейін облыста 2 340 жаңа кәсіпорын тіркелді."
    published = date(2024, 6, 14)
    assert span(_find(text, "2 340", published)) == (date(2024, 1, 1), published)


def test_today_alone_stays_the_day() -> None:
    text = "Бүгінгі күнге дейін қалада 940 пәтер тұрғындарға берілді."
    published = date(2024, 6, 14)
    assert span(_find(text, "940", published)) == (published, published)


# 2. a past year in a participle attribute carries nothing


def test_sowing_last_year_does_not_date_this_years_harvest() -> None:
    text = (
        "Алдымен өткен жылы себілген күздік бидайды жинап алған диқандар жақсы өнім алды.\n"
        "Жаздық бидай егілген 41 200 гектардан гектарына 9,4 центнерден өнім алынды. "
        "Қоймаларға 38 700 тонна дән құйылды."
    )
    published = date(2022, 9, 28)
    for surface in ("41 200 гектардан", "9,4 центнерден", "38 700 тонна"):
        assert span(_find(text, surface, published))[0] != date(2021, 1, 1)


def test_a_greenhouse_built_last_year_does_not_date_its_crop() -> None:
    text = (
        "Өткен жылы салынған жылыжайды аралап көрген әкімге диқандар алғыс айтты. "
        "Жылыжайдан 45 тонна қияр жиналды."
    )
    published = date(2025, 3, 12)
    assert span(_find(text, "45 тонна", published))[0] != date(2024, 1, 1)


def test_a_plant_launched_in_a_month_still_dates_since_the_launch() -> None:
    # "... іске қосылған шыны зауыты тұрақты жұмыс істеп тұр" names the subject, not an object
    text = (
        "Облыста 2022 жылдың мамырында іске қосылған цемент зауыты тұрақты жұмыс істеп тұр.\n"
        "Іске қосылған сәттен бері зауыт 640 мың тонна өнім шығарды."
    )
    published = date(2023, 11, 2)
    assert span(_find(text, "640 мың тонна", published)) == (date(2022, 5, 1), published)


def test_last_years_output_as_subject_still_carries() -> None:
    # the participle's noun is what the sentence counts: its year goes on in the next sentence
    text = "Өткен жылы өндірілген сүт көлемі 412 мың тоннаға жетті. Оның 35 пайызы қайта өңделді."
    published = date(2025, 3, 12)
    assert span(_find(text, "35 пайызы", published)) == (date(2024, 1, 1), date(2024, 12, 31))


def test_a_year_told_of_a_deed_still_carries() -> None:
    text = "Өткен жылы облыста 26 мектеп салынды. Оларда 9 800 оқушы орын бар."
    published = date(2025, 3, 12)
    assert span(_find(text, "26", published)) == (date(2024, 1, 1), date(2024, 12, 31))


def test_this_years_campaign_in_an_attribute_keeps_its_year() -> None:
    # "Биыл басталған науқанда ...": the campaign of the year frames what it brings
    text = "Биыл басталған егін жинау науқанында диқандар белсенді. Облыста 2,4 млн тонна астық жиналды."
    published = date(2025, 9, 30)
    assert span(_find(text, "2,4 млн тонна", published)) != (published, published)


# 3. the years since something began


def test_years_since_a_programme_began_count_back_from_publication() -> None:
    text = "Бағдарлама басталған 3 жыл ішінде өңірде 1,9 млн шаршы метр тұрғын үй пайдалануға берілді."
    published = date(2019, 11, 5)
    assert span(_find(text, "1,9 млн шаршы метр", published)) == (date(2016, 11, 5), published)


def test_years_since_a_law_was_adopted_in_words() -> None:
    text = "Заң қабылданған бес жылда 340 әлеуметтік кәсіпорын ашылды."
    published = date(2024, 4, 2)
    assert span(_find(text, "340", published)) == (date(2019, 4, 2), published)


def test_last_years_still_count_back() -> None:
    text = "Соңғы 3 жыл ішінде өңірде 1,9 млн шаршы метр тұрғын үй салынды."
    published = date(2019, 11, 5)
    assert span(_find(text, "1,9 млн шаршы метр", published)) == (date(2016, 11, 5), published)


# 4. the whole year after a part of it


def test_whole_year_after_eleven_months() -> None:
    text = (
        "2018 жылдың қаңтар-қараша айларында облыста 198 мың шаршы метр тұрғын үй берілді. "
        "Ал жалпы жыл бойы 224 мың шаршы метрге жуық баспана пайдалануға берілді. "
        "Бұл 2017 жылмен салыстырғанда 4,2 пайызға көп."
    )
    published = date(2019, 1, 15)
    assert span(_find(text, "198 мың шаршы метр", published)) == (date(2018, 1, 1), date(2018, 11, 30))
    assert span(_find(text, "224 мың шаршы метрге", published)) == (date(2018, 1, 1), date(2018, 12, 31))
    assert span(_find(text, "4,2 пайызға", published)) == (date(2018, 1, 1), date(2018, 12, 31))


def test_whole_year_with_no_part_before_in_january_is_last_year() -> None:
    text = "Жалпы жыл бойы қалада 16 жаңа балабақша ашылды."
    published = date(2024, 1, 20)
    assert span(_find(text, "16", published)) == (date(2023, 1, 1), date(2023, 12, 31))


# 5. the projected sown area or crop


def test_projected_sown_area_is_the_year() -> None:
    text = "Ауданда болжамды егіс алқабы 310 мың гектарды құрайды."
    published = date(2024, 4, 20)
    assert span(_find(text, "310 мың гектарды", published)) == (date(2024, 1, 1), date(2024, 12, 31))


def test_projected_gross_crop_is_the_year() -> None:
    text = "Облыста дәнді дақылдардың болжамды жалпы түсімі 2,9 млн тоннаны құрайды."
    published = date(2023, 8, 9)
    assert span(_find(text, "2,9 млн тоннаны", published)) == (date(2023, 1, 1), date(2023, 12, 31))


def test_projected_budget_is_left_alone() -> None:
    text = "Болжамды бюджет 46 млрд теңгені құрайды."
    found = _find(text, "46 млрд теңгені", date(2024, 4, 20))
    assert span(found) == (None, None)


# 6. the sowing season


def test_tractors_in_the_autumn_sowing_works_are_the_autumn() -> None:
    text = (
        "2024 жылға 40 мың гектар күздік дақыл егу жоспарланған. "
        "Күзгі егіс жұмыстарында ауданның 312 тракторы пайдаланылды."
    )
    published = date(2024, 10, 21)
    assert span(_find(text, "312", published)) == (date(2024, 9, 1), date(2024, 11, 30))


def test_spring_sowing_told_in_february_is_the_coming_spring() -> None:
    text = "Көктемгі егіс кезінде 8 мың тонна жанар-жағармай жұмсалады."
    published = date(2025, 2, 11)
    assert span(_find(text, "8 мың тонна", published)) == (date(2025, 3, 1), date(2025, 5, 31))


def test_machinery_made_ready_for_the_spring_sowing_is_no_season() -> None:
    # "көктемгі егіске" (for the sowing): what is made ready for it stands on the day told
    text = "Облыста көктемгі егіске 21 мыңға жуық техника әзірленді."
    published = date(2025, 4, 4)
    assert span(_find(text, "21 мыңға", published)) != (date(2025, 3, 1), date(2025, 5, 31))


# 7. a start still ahead, then the present named


def test_present_named_ends_a_start_ahead() -> None:
    text = (
        "2025 жылдың 1 шілдесінен бастап кезекті «Отбасы банкі» жүргізбек. "
        "Күні бүгінге дейін облыста 12 400 адам кезекте тұр.\n"
        "Әкімдіктер 1 шілдеге дейін тізімді тексеруі керек. Қазіргі таңда 6 ауданда жұмыс аяқталған.\n"
        "Тексерілген өтінімдер саны 7 310 құрайды."
    )
    published = date(2025, 5, 6)
    assert span(_find(text, "7 310", published)) == (published, published)


def test_a_start_ahead_still_dates_the_rates_told_after_it() -> None:
    text = (
        "2026 жылғы 1 қаңтардан бастап жаңа мөлшерлер енгізіледі. Ең төменгі жалақы 95 000 теңгені құрайды."
    )
    published = date(2025, 11, 20)
    assert span(_find(text, "95 000 теңгені", published))[0] == date(2026, 1, 1)


# 8. growth registered so far


def test_growth_registered_now_after_this_year_takes_the_year() -> None:
    text = (
        "Биыл өңдеу өнеркәсібі 4,8%-ке өсті. Машина жасауда – 21%, "
        "жиһаз өндірісінде 17% тұрақты өсім тіркеліп отыр."
    )
    published = date(2024, 5, 16)
    for surface in ("21%", "17%"):
        assert span(_find(text, surface, published)) == (date(2024, 1, 1), date(2024, 12, 31))


def test_a_state_told_now_after_this_year_is_still_now() -> None:
    text = "Биыл өңдеу өнеркәсібі 4,8%-ке өсті. Қазір облыста 640 кәсіпорын жұмыс істеп тұр."
    published = date(2024, 5, 16)
    assert span(_find(text, "640", published)) == (published, published)


# 9. how far a place lies


def test_distance_of_a_village_is_how_it_lies_now() -> None:
    text = "Биыл ауылдағы 54 үй газға қосылды.\nАуыл аудан орталығынан 112 шақырым жерде."
    published = date(2025, 9, 16)
    assert span(_find(text, "112 шақырым", published)) == (published, published)


def test_pipe_laid_this_year_keeps_the_year() -> None:
    text = "Биыл ауылға дейін 37 шақырым газ құбыры тартылды."
    published = date(2025, 9, 16)
    assert span(_find(text, "37 шақырым", published)) == (date(2025, 1, 1), date(2025, 12, 31))


# 10. made ready or drawn in for the sowing


def test_machinery_made_ready_for_the_sowing_stands_on_the_day() -> None:
    text = "Биыл облыста 4,6 млн гектарға дән себіледі. Көктемгі егіске 12 мыңға жуық техника әзірленді."
    published = date(2024, 4, 9)
    assert span(_find(text, "12 мыңға", published)) == (published, published)


def test_farms_drawn_into_the_sowing_listed_share_the_verb() -> None:
    text = (
        "2024 жылға 30 мың гектар күздік бидай егу жоспарланған.\n"
        "Көктемгі егіске ауданның 140 астық, сонымен қатар 52 көкөніс шаруашылығы тартылған."
    )
    published = date(2024, 4, 20)
    for surface in ("140", "52"):
        assert span(_find(text, surface, published)) == (published, published)


def test_fuel_allotted_for_the_sowing_keeps_the_year() -> None:
    text = "Биыл көктемгі егіске 22 мың тонна дизель отыны бөлінді."
    published = date(2024, 4, 9)
    assert span(_find(text, "22 мың тонна", published)) == (date(2024, 1, 1), date(2024, 12, 31))


# 11. the time ahead after a sentence told now


def test_houses_to_be_built_ahead_are_no_state_of_today() -> None:
    text = "Бүгінде қалада баспана мәселесі шешіліп келеді. Алдағы уақытта тағы 12 үй салынады."
    published = date(2022, 3, 26)
    assert span(_find(text, "12", published)) != (published, published)


def test_a_plan_opening_on_later_is_no_state_of_today() -> None:
    text = "Қазір ауданда 14 мектеп жұмыс істейді. Болашақта тағы 3 мектеп салу көзделген."
    published = date(2024, 9, 2)
    assert span(_find(text, "3", published)) != (published, published)


def test_a_state_after_a_sentence_told_now_is_still_now() -> None:
    text = "Бүгінде қалада баспана мәселесі шешіліп келеді. Қалада тағы 12 үй салынып жатыр."
    published = date(2022, 3, 26)
    assert span(_find(text, "12", published)) == (published, published)
