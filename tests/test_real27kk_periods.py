"""Kazakh periods seen wrong on real stored news pages (round real27kk, the leftovers of real26kk
and kind23kk), in sentences of our own.

Labelled by tests/realworld/FORMAT.md:
  1. "тәуелсіздік алғалы бері алғаш рет", "2015 жылдан бері алғаш рет": the yardstick of a record,
     not the span the figure covers (as the Russian "впервые с ...").
  2. "қыркүйек-наурыз айларында": months that run over New Year start in the year before the end
     month (the span ended before it started).
  3. "бір жарым жыл бұрын", "жарты жыл бұрын": the month that many months back, not publication.
  4. "Жәрдемақы мөлшері 95 400 теңгені құрайды" after a year-to-date total: the size of a payment
     told in the present is the rate in force at publication, not the span carried.
  5. "4,5 айлық есептік көрсеткіш мөлшерінде" (a sum in monthly calculation indices) was read as the
     first five months of the year.
  6. "9 мамырға орай" (on the occasion of a holiday) dated the sentences after it: a holiday a payment
     is made for dates no figure told after it.
  7. "Қарашаға қарай ... бір айда 12,8% қымбаттады" (towards a month gone by or under way) was dated at
     publication: that month; towards a month ahead, a deadline (as "1 тамызға қарай").
  8. "Бүгінде елде 4,3 млн жылқы бар." then a paragraph "... оның 10 пайыздан астамы Түркістан облысында"
     took the year "Биылғы жылы" set before: a share of the stock told now is now.
"""

from __future__ import annotations

from datetime import date

from etl.extract.indicator_record import Indicator
from tests.figure_lookup import figure_by_surface, span


def _find(text: str, surface: str, published: date) -> Indicator:
    return figure_by_surface(text, surface, published, language="kk")


# 1. a record's yardstick


def test_first_time_since_independence_is_no_span() -> None:
    text = "Теміржол жүк тасымалы тәуелсіздік алғалы бері алғаш рет 300 млн тоннадан асты."
    published = date(2024, 12, 25)
    assert span(_find(text, "300 млн тоннадан", published)) != (date(1991, 12, 16), published)


def test_first_time_since_a_year_is_no_span_nor_that_year() -> None:
    text = "2012 жылдан бері алғаш рет облыста жұмыссыздық деңгейі 4,1 пайызға дейін төмендеді."
    found = span(_find(text, "4,1 пайызға", date(2024, 3, 1)))
    assert found[0] != date(2012, 1, 1)


def test_first_time_in_thirty_years_with_a_word_between() -> None:
    text = (
        "2000 жылдан бері тұңғыш емес, бірақ 2010 жылдан бері алғаш рет астық экспорты 12 млн тоннаға жетті."
    )
    assert span(_find(text, "12 млн тоннаға", date(2023, 7, 1)))[0] != date(2010, 1, 1)


def test_since_independence_without_a_record_keeps_its_span() -> None:
    text = "Тәуелсіздік алғалы бері ауданда 64 мектеп салынды."
    published = date(2024, 12, 25)
    assert span(_find(text, "64", published)) == (date(1991, 12, 16), published)


def test_since_a_year_without_a_record_keeps_its_span() -> None:
    text = "2019 жылдан бері өңірде 1 450 шақырым жол жөнделді."
    published = date(2024, 5, 2)
    assert span(_find(text, "1 450 шақырым", published)) == (date(2019, 1, 1), published)


# 2. months over New Year


def test_month_range_over_new_year() -> None:
    text = "Қыркүйек-наурыз айларында тұрғындарға 310 мың тонна көмір жеткізілді."
    assert span(_find(text, "310 мың тонна", date(2025, 5, 20))) == (date(2024, 9, 1), date(2025, 3, 31))


def test_month_range_over_new_year_october_to_april() -> None:
    text = "Қазан-сәуір айларында жылу станциясы 1,2 млн гигакалория жылу берді."
    assert span(_find(text, "1,2 млн", date(2025, 6, 3))) == (date(2024, 10, 1), date(2025, 4, 30))


def test_month_range_over_new_year_from_a_named_year() -> None:
    text = "2023 жылдың қазан-наурыз айларында 95 мың тонна отын сатылды."
    assert span(_find(text, "95 мың тонна", date(2024, 6, 3))) == (date(2023, 10, 1), date(2024, 3, 31))


def test_month_range_within_a_year_keeps_its_reading() -> None:
    text = "Наурыз-мамыр айларында 45 мың гектарға егін егілді."
    assert span(_find(text, "45 мың гектарға", date(2025, 6, 10))) == (date(2025, 3, 1), date(2025, 5, 31))


# 3. a year and a half ago


def test_a_year_and_a_half_ago() -> None:
    text = "Бір жарым жыл бұрын бұл көрсеткіш 40 пайыз болған."
    assert span(_find(text, "40 пайыз", date(2025, 5, 20))) == (date(2023, 11, 1), date(2023, 11, 30))


def test_half_a_year_ago() -> None:
    text = "Жарты жыл бұрын бір литр сүттің бағасы 480 теңге еді."
    assert span(_find(text, "480 теңге", date(2025, 5, 20))) == (date(2024, 11, 1), date(2024, 11, 30))


def test_two_and_a_half_years_ago() -> None:
    text = "Екі жарым жыл бұрын зауытта 210 адам жұмыс істеген."
    assert span(_find(text, "210", date(2025, 5, 20))) == (date(2022, 11, 1), date(2022, 11, 30))


def test_a_year_and_a_half_ago_does_not_date_the_next_sentence() -> None:
    text = "Бір жарым жыл бұрын бұл көрсеткіш 40 пайыз болған. Қазір ол 55 пайызға жетті."
    published = date(2025, 5, 20)
    assert span(_find(text, "55 пайызға", published)) == (published, published)


# 4. a payment's size under a year-to-date span


def test_payment_size_in_the_present_stands_at_publication() -> None:
    text = (
        "Жыл басынан бері облыста 1 200 отбасына бала күтіміне арналған жәрдемақы тағайындалды. "
        "Жәрдемақы мөлшері 95 400 теңгені құрайды."
    )
    published = date(2025, 6, 10)
    assert span(_find(text, "95 400 теңгені", published)) == (published, published)
    assert span(_find(text, "1 200", published)) == (date(2025, 1, 1), published)


def test_lowest_pension_size_stands_at_publication() -> None:
    text = (
        "Жыл басынан бері 6 800 адамға зейнетақы тағайындалды. "
        "Зейнетақының ең төменгі мөлшері 62 771 теңгені құрайды."
    )
    published = date(2025, 4, 15)
    assert span(_find(text, "62 771 теңгені", published)) == (published, published)


def test_average_size_paid_keeps_the_span() -> None:
    text = "Жыл басынан бері 3 400 зейнеткерге көмек көрсетілді. Көмектің орташа мөлшері 41 000 теңге болды."
    published = date(2025, 6, 10)
    assert span(_find(text, "41 000 теңге", published)) == (date(2025, 1, 1), published)


def test_total_sum_paid_keeps_the_span() -> None:
    text = "Жыл басынан бері 800 отбасына төлем жасалды. Төлемнің жалпы сомасы 2,4 млрд теңгені құрайды."
    published = date(2025, 6, 10)
    assert span(_find(text, "2,4 млрд теңгені", published)) == (date(2025, 1, 1), published)


# 5. monthly calculation indices are no months


def test_mrp_with_a_decimal_is_no_months() -> None:
    text = "Мұқтаж отбасыларға 4,5 айлық есептік көрсеткіш мөлшерінде, яғни 17 694 теңге көмек қарастырылған."
    assert span(_find(text, "17 694 теңге", date(2025, 10, 16)))[1] != date(2025, 5, 31)


def test_mrp_with_a_whole_number_is_no_months() -> None:
    text = "Зейнеткерлерге 5 айлық есептік көрсеткіш мөлшерінде 19 660 теңге төленеді."
    assert span(_find(text, "19 660 теңге", date(2025, 10, 16)))[1] != date(2025, 5, 31)


def test_mrp_after_a_year_is_no_months() -> None:
    text = "Өңірде 2025 жылғы 5 айлық есептік көрсеткіш есебімен 19 660 теңге көмек тағайындалды."
    assert span(_find(text, "19 660 теңге", date(2025, 10, 16)))[1] != date(2025, 5, 31)


def test_months_report_keeps_its_months() -> None:
    text = "Облыстың 9 айлық даму қорытындысы бойынша өнеркәсіп өнімі 1,4 трлн теңгеге жетті."
    assert span(_find(text, "1,4 трлн теңгеге", date(2025, 10, 16))) == (date(2025, 1, 1), date(2025, 9, 30))


# 6. a holiday named as an occasion


def test_holiday_occasion_does_not_date_the_next_sentence() -> None:
    text = "Ардагерлерге 9 мамырға орай біржолғы көмек төленді. Бұл мақсатқа облыстық бюджеттен 240 млн теңге бөлінді."
    assert span(_find(text, "240 млн теңге", date(2024, 5, 5)))[0] != date(2024, 5, 9)


def test_holiday_occasion_with_bailanysty() -> None:
    text = (
        "Республика күніне байланысты 25 қазанға орай аз қамтылған отбасыларға көмек беріледі. "
        "Бұл үшін қалалық бюджеттен 95 млн теңге қарастырылды."
    )
    assert span(_find(text, "95 млн теңге", date(2024, 10, 10)))[1] != date(2024, 10, 25)


def test_a_day_of_deeds_still_dates_the_next_sentence() -> None:
    text = "1 қыркүйекте облыста 12 жаңа мектеп ашылды. Оларда 9 600 оқушы білім алады."
    assert span(_find(text, "12", date(2024, 9, 5))) == (date(2024, 9, 1), date(2024, 9, 1))


# 7. towards a month


def test_towards_the_month_under_way_is_that_month() -> None:
    text = "Қарашаға қарай қызанақ бір айда 12,5% қымбаттады."
    assert span(_find(text, "12,5%", date(2019, 11, 20))) == (date(2019, 11, 1), date(2019, 11, 30))


def test_towards_a_month_gone_by_is_that_month() -> None:
    text = "Ақпанға қарай бензин бағасы 4 пайызға өсті."
    assert span(_find(text, "4 пайызға", date(2024, 3, 10))) == (date(2024, 2, 1), date(2024, 2, 29))


def test_towards_a_month_ahead_is_a_deadline() -> None:
    text = "Желтоқсанға қарай жаңа мектептің құрылысы 80 пайызға аяқталады."
    assert span(_find(text, "80 пайызға", date(2019, 11, 20))) == (None, date(2019, 12, 31))


def test_towards_a_season_is_no_june() -> None:
    text = "Жылыту маусымына қарай 120 қазандық жөнделді."
    assert span(_find(text, "120", date(2019, 11, 20)))[0] != date(2019, 6, 1)


# 8. a share of a stock told now


def test_share_of_a_stock_told_now_is_now() -> None:
    text = (
        "Биыл елдегі түйе басы 12 мыңға өсті. Бүгінде елде 270 мыңнан астам түйе бар.\n"
        "Министрліктің мәліметінше, оның 30 пайыздан астамы Маңғыстау облысында."
    )
    published = date(2024, 10, 22)
    assert span(_find(text, "30 пайыздан", published)) == (published, published)


def test_share_of_what_the_year_made_keeps_the_year() -> None:
    text = "Биыл облыста 12 мың тонна ет өндірілді.\nОның 40 пайызы экспортқа жөнелтілді."
    assert span(_find(text, "40 пайызы", date(2024, 10, 22))) == (date(2024, 1, 1), date(2024, 12, 31))
