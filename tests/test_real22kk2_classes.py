"""Kazakh periods in the figure's own sentence and at the publication day seen wrong on real stored
news pages (round real22kk2: the leftovers of real20kk2 and real21kk), in sentences of our own.

Labelled by tests/realworld/FORMAT.md:
  1. "Өткен аптада" (last week) was no period and its figures stood at publication: the calendar
     week before the week of publication, as the English "last week"; it dates its own clause only.
  2. a holiday named as the day ("Астана күнінде 1000 бала дүниеге келді", told days after) was
     dated at publication: the holiday's own day, the last one reached.
  3. "бес жыл ішінде" closed the years in view where "жеті жыл ішінде" was no period: any count does,
     beside a deed gone by; a term of a task or of what is to come has no start told, so no period.
"""

from __future__ import annotations

from datetime import date

from etl.extract.indicators import Indicator, extract_indicators

P = date(2024, 9, 24)  # a Tuesday


def _all(text: str, published: date = P, title: str = "") -> list[Indicator]:
    return extract_indicators(text, published, title=title, language="kk")


def _find(text: str, surface: str, published: date = P, title: str = "") -> Indicator:
    found = [i for i in _all(text, published, title) if i.surface == surface]
    assert found, [(i.surface, i.period_start, i.period_end) for i in _all(text, published, title)]
    return found[0]


def _span(i: Indicator) -> tuple[date | None, date | None]:
    return i.period_start, i.period_end


LAST_WEEK = (date(2024, 9, 16), date(2024, 9, 22))

# 1. last week


def test_last_week_is_the_calendar_week_before() -> None:
    assert _span(_find("Өткен аптада ауданда 85 тонна сүт өндірілді.", "85 тонна")) == LAST_WEEK


def test_last_week_within() -> None:
    assert _span(_find("Өткен апта ішінде қалада 340 пәтер сатылды.", "340")) == LAST_WEEK


def test_last_week_told_mid_sentence() -> None:
    text = "Қостанай облысында өткен аптада 12 мың гектар жерге күздік бидай егілді."
    assert _span(_find(text, "12 мың гектар")) == LAST_WEEK


def test_the_week_up_to_the_report_keeps_its_reading() -> None:
    text = "Соңғы аптада қант бағасы 2,1 пайызға өсті."
    assert _span(_find(text, "2,1 пайызға")) == (date(2024, 9, 17), P)


def test_last_week_sets_no_scene() -> None:
    text = "Өткен аптада әкім шаруалармен кездесті. Облыста 40 мың тонна астық қоймаға құйылды."
    assert _span(_find(text, "40 мың тонна")) != LAST_WEEK


# 2. a holiday named as the day


def test_capital_day_told_after_it() -> None:
    text = "Астана күнінде елордада 412 сәби дүниеге келді."
    assert _span(_find(text, "412", published=date(2024, 7, 9))) == (date(2024, 7, 6), date(2024, 7, 6))


def test_independence_day_told_after_it() -> None:
    text = "Тәуелсіздік күнінде облыс бойынша 96 неке тіркелді."
    assert _span(_find(text, "96", published=date(2023, 12, 20))) == (date(2023, 12, 16), date(2023, 12, 16))


def test_a_holiday_not_yet_reached_this_year_is_last_years() -> None:
    text = "Жеңіс күні мерекесінде қалада 1 500 ардагерге сыйлық табысталды."
    found = _find(text, "1 500", published=date(2024, 4, 10))
    assert _span(found) == (date(2023, 5, 9), date(2023, 5, 9))


def test_a_deed_for_a_holiday_is_not_dated_by_it() -> None:
    text = "Тәуелсіздік күніне орай 50 отбасы жаңа пәтердің кілтін алды."
    found = _find(text, "50", published=date(2023, 12, 20))
    assert _span(found) != (date(2023, 12, 16), date(2023, 12, 16))


def test_the_eve_of_a_holiday_is_not_the_holiday() -> None:
    text = "Астана күні қарсаңында 30 көпқабатты үй пайдалануға берілді."
    found = _find(text, "30", published=date(2024, 7, 9))
    assert _span(found) != (date(2024, 7, 6), date(2024, 7, 6))


# 3. a term of years with no start


def test_seven_years_beside_a_deed_close_the_year_in_view() -> None:
    text = "Биыл ауданда 6 мектеп пайдалануға берілді. Жеті жыл ішінде 64 мектеп салынды."
    assert _span(_find(text, "64")) == (date(2018, 1, 1), date(2024, 12, 31))


def test_eight_years_in_the_perfect() -> None:
    text = "Биыл облыста 9 аурухана ашылды. Сегіз жылда 41 емхана салынған."
    assert _span(_find(text, "41")) == (date(2017, 1, 1), date(2024, 12, 31))


def test_five_years_ahead_have_no_start() -> None:
    text = "Биыл ауданда 6 мектеп ашылды. Бес жыл ішінде тағы 30 мектеп салынады."
    assert _span(_find(text, "30")) == (None, None)


def test_a_tasks_term_has_no_start() -> None:
    text = "Биыл облыста 80 шақырым жол жөнделді. Үкіметке бес жыл ішінде 900 шақырым жол салу тапсырылды."
    assert _span(_find(text, "900 шақырым"))[0] != date(2020, 1, 1)


def test_three_years_beside_a_deed_keep_their_reading() -> None:
    text = "Биыл облыста 14 мектеп ашылды. Үш жылдың ішінде 48 мектеп салынды."
    assert _span(_find(text, "48")) == (date(2022, 1, 1), date(2024, 12, 31))
