"""Kazakh periods in the figure's own sentence and at the publication day seen wrong on real stored
news pages (round real22kk2: the leftovers of real20kk2 and real21kk), in sentences of our own.

Labelled by tests/realworld/FORMAT.md:
  1. "Өткен аптада" (last week) was no period and its figures stood at publication: the calendar
     week before the week of publication, as the English "last week"; it dates its own clause only.
  2. a holiday named as the day ("Астана күнінде 1000 бала дүниеге келді", told days after) was
     dated at publication: the holiday's own day, the last one reached.
  3. "бес жыл ішінде" closed the years in view where "жеті жыл ішінде" was no period: any count does,
     beside a deed gone by; a term of a task or of what is to come has no start told, so no period.
  4. "баға жылдың басынан 2,4% жоғарылады" ("бері" left out) stood at publication: since 1 January.
  5. "жаз бастала" (as summer began) was no period: since the summer's first day, as "жаз басталғалы".
  6. "Бір айда (2021 жылғы қаңтар-ақпан)" was January-February: the change is February's, on January.
  7. a bare "Биыл" in a sentence with no figure after a month's report ("Мамыр айында ...") widened
     the scene to the whole year: the month in view holds.
  8. "2023 жылдың сәуір айының қорытындысы бойынша" lost its year (April of the publication year).
  9. a base told right before the old level mid-sentence ("жалақы 2021 жылдың IV тоқсанымен
     салыстырғанда 391,4 мың теңгеден ...") left the old level a year before the new one: the base's.
"""

from __future__ import annotations

from datetime import date

from etl.extract.indicator_record import Indicator
from etl.extract.indicators import extract_indicators
from tests.figure_lookup import span

P = date(2024, 9, 24)  # a Tuesday


def _all(text: str, published: date = P, title: str = "") -> list[Indicator]:
    return extract_indicators(text, published, title=title, language="kk")


def _find(text: str, surface: str, published: date = P, title: str = "") -> Indicator:
    found = [i for i in _all(text, published, title) if i.surface == surface]
    assert found, [(i.surface, i.period_start, i.period_end) for i in _all(text, published, title)]
    return found[0]


LAST_WEEK = (date(2024, 9, 16), date(2024, 9, 22))

# 1. last week


def test_last_week_is_the_calendar_week_before() -> None:
    assert span(_find("Өткен аптада ауданда 85 тонна сүт өндірілді.", "85 тонна")) == LAST_WEEK


def test_last_week_within() -> None:
    assert span(_find("Өткен апта ішінде қалада 340 пәтер сатылды.", "340")) == LAST_WEEK


def test_last_week_told_mid_sentence() -> None:
    text = "Қостанай облысында өткен аптада 12 мың гектар жерге күздік бидай егілді."
    assert span(_find(text, "12 мың гектар")) == LAST_WEEK


def test_the_week_up_to_the_report_keeps_its_reading() -> None:
    text = "Соңғы аптада қант бағасы 2,1 пайызға өсті."
    assert span(_find(text, "2,1 пайызға")) == (date(2024, 9, 17), P)


def test_last_week_sets_no_scene() -> None:
    text = "Өткен аптада әкім шаруалармен кездесті. Облыста 40 мың тонна астық қоймаға құйылды."
    assert span(_find(text, "40 мың тонна")) != LAST_WEEK


# 2. a holiday named as the day


def test_capital_day_told_after_it() -> None:
    text = "Астана күнінде елордада 412 сәби дүниеге келді."
    assert span(_find(text, "412", published=date(2024, 7, 9))) == (date(2024, 7, 6), date(2024, 7, 6))


def test_independence_day_told_after_it() -> None:
    text = "Тәуелсіздік күнінде облыс бойынша 96 неке тіркелді."
    assert span(_find(text, "96", published=date(2023, 12, 20))) == (date(2023, 12, 16), date(2023, 12, 16))


def test_a_holiday_not_yet_reached_this_year_is_last_years() -> None:
    text = "Жеңіс күні мерекесінде қалада 1 500 ардагерге сыйлық табысталды."
    found = _find(text, "1 500", published=date(2024, 4, 10))
    assert span(found) == (date(2023, 5, 9), date(2023, 5, 9))


def test_a_deed_for_a_holiday_is_not_dated_by_it() -> None:
    text = "Тәуелсіздік күніне орай 50 отбасы жаңа пәтердің кілтін алды."
    found = _find(text, "50", published=date(2023, 12, 20))
    assert span(found) != (date(2023, 12, 16), date(2023, 12, 16))


def test_the_eve_of_a_holiday_is_not_the_holiday() -> None:
    text = "Астана күні қарсаңында 30 көпқабатты үй пайдалануға берілді."
    found = _find(text, "30", published=date(2024, 7, 9))
    assert span(found) != (date(2024, 7, 6), date(2024, 7, 6))


# 3. a term of years with no start


def test_seven_years_beside_a_deed_close_the_year_in_view() -> None:
    text = "Биыл ауданда 6 мектеп пайдалануға берілді. Жеті жыл ішінде 64 мектеп салынды."
    assert span(_find(text, "64")) == (date(2018, 1, 1), date(2024, 12, 31))


def test_eight_years_in_the_perfect() -> None:
    text = "Биыл облыста 9 аурухана ашылды. Сегіз жылда 41 емхана салынған."
    assert span(_find(text, "41")) == (date(2017, 1, 1), date(2024, 12, 31))


def test_five_years_ahead_have_no_start() -> None:
    text = "Биыл ауданда 6 мектеп ашылды. Бес жыл ішінде тағы 30 мектеп салынады."
    assert span(_find(text, "30")) == (None, None)


def test_a_tasks_term_has_no_start() -> None:
    text = "Биыл облыста 80 шақырым жол жөнделді. Үкіметке бес жыл ішінде 900 шақырым жол салу тапсырылды."
    assert span(_find(text, "900 шақырым"))[0] != date(2020, 1, 1)


def test_three_years_beside_a_deed_keep_their_reading() -> None:
    text = "Биыл облыста 14 мектеп ашылды. Үш жылдың ішінде 48 мектеп салынды."
    assert span(_find(text, "48")) == (date(2022, 1, 1), date(2024, 12, 31))


# 4. since the year's start, "бері" left out


def test_since_the_years_start_without_beri() -> None:
    text = "Шымкентте пәтер бағасы жылдың басынан 3,2% жоғарылады."
    assert span(_find(text, "3,2%")) == (date(2024, 1, 1), P)


def test_since_the_years_start_with_beri_keeps_its_reading() -> None:
    text = "Шымкентте пәтер бағасы жылдың басынан бері 3,2% жоғарылады."
    assert span(_find(text, "3,2%")) == (date(2024, 1, 1), P)


def test_the_years_start_before_a_day_keeps_its_reading() -> None:
    text = "Жыл басынан 1 қыркүйекке дейін облыста 45 шақырым жол жөнделді."
    assert span(_find(text, "45 шақырым")) == (date(2024, 1, 1), date(2024, 9, 1))


# 5. as the summer began


def test_as_summer_began() -> None:
    text = "Жаз бастала көлге келген демалушылар саны екі есе артқан."
    assert span(_find(text, "екі есе", published=date(2024, 8, 5))) == (date(2024, 6, 1), date(2024, 8, 5))


# 6. a month on the month before, named in brackets


def test_one_month_with_its_two_months_in_brackets() -> None:
    text = "Бір айда (2024 жылғы шілде-тамыз) жаңа пәтерлер бағасы 0,9%-ға өсті. Орташа баға 401 250 теңгені құрады."
    found = _all(text)
    assert [span(i) for i in found] == [(date(2024, 8, 1), date(2024, 8, 31))] * 2


def test_two_months_without_one_month_keep_their_span() -> None:
    text = "2024 жылғы шілде-тамызда облыста 120 пәтер сатылды."
    assert span(_find(text, "120")) == (date(2024, 7, 1), date(2024, 8, 31))


# 7. a bare "биыл" with no figure after a month's report


def test_a_bare_this_year_keeps_the_month_in_view() -> None:
    text = (
        "Тамыз айында облыста жалдау ақысы өсті. Биыл қалалар арасында баға бәсекесі күшейді. "
        "Ақтөбеде шаршы метр 2 950 теңгені құрады."
    )
    assert span(_find(text, "2 950 теңгені")) == (date(2024, 8, 1), date(2024, 8, 31))


def test_this_year_with_its_own_figure_keeps_the_year() -> None:
    text = "Тамыз айында облыста жалдау ақысы өсті. Биыл қалада 14 тұрғын үй салынды."
    assert span(_find(text, "14")) == (date(2024, 1, 1), date(2024, 12, 31))


def test_a_bare_this_year_after_last_years_month_moves_on() -> None:
    text = (
        "Өткен жылы тамызда жалдау ақысы өскен еді. Биыл қалалар арасында баға бәсекесі күшейді. "
        "Ақтөбеде 16 тұрғын үй салынды."
    )
    assert span(_find(text, "16")) == (date(2024, 1, 1), date(2024, 12, 31))


# 8. a month's results with the year named before it


def test_a_months_results_keep_the_year_before_them() -> None:
    text = "2023 жылдың наурыз айының қорытындысы бойынша бір жылда нан 14,2% қымбаттаған."
    assert span(_find(text, "14,2%")) == (date(2023, 3, 1), date(2023, 3, 31))


def test_last_years_month_results() -> None:
    text = "Өткен жылдың қазан айының қорытындысы бойынша сүт 9,6% қымбаттаған."
    assert span(_find(text, "9,6%")) == (date(2023, 10, 1), date(2023, 10, 31))


def test_a_months_results_without_a_year_keep_their_reading() -> None:
    text = "Тамыз айының қорытындысы бойынша сүт 9,6% қымбаттаған."
    assert span(_find(text, "9,6%")) == (date(2024, 8, 1), date(2024, 8, 31))


# 9. a base right before the old level


def test_a_base_right_before_the_old_level_dates_it() -> None:
    text = (
        "2022 жылдың бірінші тоқсанында жалақы өсті. Ақтауда орташа жалақы 2021 жылдың IV тоқсанымен "
        "салыстырғанда 402,3 мың теңгеден 388,1 мың теңгеге дейін төмендеді."
    )
    old = _find(text, "402,3 мың теңгеден", published=date(2022, 5, 20))
    assert span(old) == (date(2021, 10, 1), date(2021, 12, 31))


def test_a_base_opening_the_sentence_keeps_its_reading() -> None:
    text = "III тоқсанмен салыстырғанда облыста орташа жалақы 310 мың теңгеден 334 мың теңгеге дейін өсті."
    old = _find(text, "310 мың теңгеден", published=date(2024, 2, 20))
    assert span(old) == (date(2023, 7, 1), date(2023, 9, 30))
