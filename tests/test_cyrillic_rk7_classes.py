"""Russian and Kazakh period and kind classes of the h5/hx blind sets (extractor +rk7): each
phrasing with sentences of our own and a look-alike that must not be read the same way."""

from __future__ import annotations

from datetime import date

from etl.extract.indicators import extract_indicators

Span = tuple[date | None, date | None]


def _found(body: str, language: str, published: date, title: str = "") -> dict[float, tuple]:
    """value -> (period start, period end, kind) of every figure of the body."""
    return {
        round(i.value, 6): (i.period_start, i.period_end, i.kind)
        for i in extract_indicators(body, published, title, language)
    }


def _span(found: dict[float, tuple], value: float) -> Span:
    return found[value][0], found[value][1]


# --- the first week of a span or a month --------------------------------------------------------


def test_first_week_of_the_span_in_scope_and_its_list() -> None:
    body = (
        "С 10 по 25 марта в области проходит акция «Внимание, дети».\n"
        "За первую неделю акции инспекторы выявили 740 нарушений. В их числе:\n"
        "- 38 водителей ехали без прав;\n- 91 не пристегнулись."
    )
    found = _found(body, "ru", date(2025, 3, 26))
    week = (date(2025, 3, 10), date(2025, 3, 16))
    assert _span(found, 740) == week
    assert _span(found, 38) == week and _span(found, 91) == week


def test_first_week_of_a_month_and_a_plain_week_look_alike() -> None:
    found = _found(
        "В первую неделю октября в аэропорту обслужили 52 тыс. пассажиров.", "ru", date(2025, 11, 3)
    )
    assert _span(found, 52000) == (date(2025, 10, 1), date(2025, 10, 7))
    # "за неделю" with no span named: no first week of anything
    plain = _found("За неделю в аэропорту обслужили 48 тыс. пассажиров.", "ru", date(2025, 11, 3))
    assert _span(plain, 48000) != (date(2025, 10, 1), date(2025, 10, 7))


def test_kazakh_first_week_of_the_campaign() -> None:
    body = "Акция 1-20 мамыр аралығында өтеді. Акцияның алғашқы аптасында 126 жүргізуші ұсталды."
    found = _found(body, "kk", date(2025, 5, 21))
    assert _span(found, 126) == (date(2025, 5, 1), date(2025, 5, 7))


# --- the last month, up to publication ----------------------------------------------------------


def test_kazakh_last_month_frames_the_quote_after_it() -> None:
    published = date(2025, 9, 24)
    body = (
        "Жарты жылда 12 мың апат тіркелді. «Соңғы бір айдың ішінде ғана 31 адам қаза тапты. "
        "Түркістан облысында 9 адам мерт болды», – деді депутат."
    )
    found = _found(body, "kk", published, "Алты айда 12 мың жол апаты тіркелді")
    last_month = (date(2025, 8, 24), published)
    assert _span(found, 31) == last_month and _span(found, 9) == last_month
    assert _span(found, 12000) == (date(2025, 1, 1), date(2025, 6, 30))


def test_russian_last_week_and_the_eleven_months_look_alike() -> None:
    published = date(2025, 12, 10)
    found = _found("За последнюю неделю цены на бензин выросли на 1,4%.", "ru", published)
    assert _span(found, 1.4) == (date(2025, 12, 3), published)
    # "соңғы 11 айда" is still the months of the year so far, not a rolling span
    months = _found("Соңғы 11 айда 4,2 млн тонна жүк тасылды.", "kk", published)
    assert _span(months, 4.2e6) == (date(2025, 1, 1), date(2025, 11, 30))


# --- a season of a named year -------------------------------------------------------------------


def test_summer_of_a_year_and_the_bare_season_look_alike() -> None:
    published = date(2026, 1, 27)
    found = _found("Летом 2026 года перевозчики организуют 17 дополнительных рейсов.", "ru", published)
    assert found[17] == (date(2026, 6, 1), date(2026, 8, 31), "plan")  # a span ahead: no outcome
    kk = _found("2026 жылдың жазында 14 қосымша рейс ашылады.", "kk", published)
    assert _span(kk, 14) == (date(2026, 6, 1), date(2026, 8, 31))
    # "Оның ішінде көктемде ...": one part of the year's plan, dated by the year as before
    body = "Биыл 90 мың гектарға ағаш отырғызу жоспарлануда. Оның ішінде көктемде 35 мың гектарға көшет егу көзделген."
    assert _span(_found(body, "kk", date(2022, 3, 1)), 35000) == (date(2022, 1, 1), date(2022, 12, 31))


# --- "по 6 ноября того же года" -----------------------------------------------------------------


def test_end_of_a_span_in_the_same_year_as_its_start() -> None:
    published = date(2025, 11, 19)
    body = "С начала 2023 года по 6 ноября того же года в стране выявлено 9 412 случаев кори."
    assert _span(_found(body, "ru", published), 9412) == (date(2023, 1, 1), date(2023, 11, 6))
    plain = "С начала года по 6 ноября в стране выявлено 2 104 случая кори."
    assert _span(_found(plain, "ru", published), 2104) == (date(2025, 1, 1), date(2025, 11, 6))


# --- comparison bases ---------------------------------------------------------------------------


def test_compared_with_a_month_is_no_start() -> None:
    body = "Только за май 2023 года, по сравнению с апрелем, аренда подорожала на 1,1%."
    assert _span(_found(body, "ru", date(2025, 6, 1)), 1.1) == (date(2023, 5, 1), date(2023, 5, 31))


def test_compared_with_last_years_month_is_the_base() -> None:
    body = "В октябре 2025 года метро перевезло 3,4 млн пассажиров. По сравнению с октябрём прошлого года поток вырос на 18%."
    found = _found(body, "ru", date(2025, 11, 20))
    assert _span(found, 18) == (date(2025, 10, 1), date(2025, 10, 31))
    # "С октября прошлого года": a start, not a base
    since = _found("С октября прошлого года метро перевезло 41 млн пассажиров.", "ru", date(2025, 11, 20))
    assert _span(since, 41e6) == (date(2024, 10, 1), date(2025, 11, 20))


def test_exceeds_the_level_of_a_year_is_a_base() -> None:
    body = "В прошлом году хозяйства вырастили 7,2 тыс. тонн рыбы, что на 14% превышает уровень 2021 года."
    found = _found(body, "ru", date(2023, 3, 1))
    assert _span(found, 14) == (date(2022, 1, 1), date(2022, 12, 31))
    # "в 2021 году" after the figure, no comparison: its own year
    own = _found("Рост на 14% был зафиксирован в 2021 году.", "ru", date(2023, 3, 1))
    assert _span(own, 14) == (date(2021, 1, 1), date(2021, 12, 31))


# --- the same months a year before: a look back, not a new scene --------------------------------


def test_kazakh_first_quarter_a_year_before_does_not_move_the_scope() -> None:
    published = date(2023, 7, 10)
    body = (
        "2023 жылдың қаңтар-наурыз айларында елге 231 мың турист келді. "
        "2022 жылдың алғашқы тоқсанында елге 98 мың турист келген болатын.\n"
        "Ішкі туристер саны 17%-ға өсті."
    )
    found = _found(body, "kk", published, "Бірінші тоқсанда туристер саны артты")
    assert _span(found, 98000) == (date(2022, 1, 1), date(2022, 3, 31))
    assert _span(found, 17) == (date(2023, 1, 1), date(2023, 3, 31))


def test_a_whole_year_before_a_whole_year_still_sets_the_scene() -> None:
    # a history told year by year: the earlier whole year frames what follows it
    body = "В 2024 году построено 40 школ. В 2023 году построено 35 школ. Из них 12 — в сёлах."
    found = _found(body, "ru", date(2025, 2, 1))
    assert _span(found, 12) == (date(2023, 1, 1), date(2023, 12, 31))


# --- the month data were compiled in, under a span ending that month -----------------------------


def test_data_of_the_last_month_of_the_scope_are_the_scope() -> None:
    published = date(2025, 12, 2)
    body = (
        "Жиында өңірдің жыл басынан бергі он айдағы дамуы талқыланды. "
        "Статистика басқармасының қазан айындағы деректері бойынша өнеркәсіп өсімі 104,2 пайызды құрады."
    )
    found = _found(body, "kk", published, "Облысқа он айда 640 млрд теңге инвестиция тартылды")
    assert _span(found, 104.2) == (date(2025, 1, 1), date(2025, 10, 31))
    ru = _found(
        "По оперативным данным за октябрь рост промышленности составил 3,9%.",
        "ru",
        published,
        "За десять месяцев промышленность региона выросла",
    )
    assert _span(ru, 3.9) == (date(2025, 1, 1), date(2025, 10, 31))


def test_data_of_a_month_without_such_a_scope_stay_the_month() -> None:
    published = date(2025, 12, 2)
    found = _found("Қазан айындағы деректер бойынша инфляция 12,6 пайыз болды.", "kk", published)
    assert _span(found, 12.6) == (date(2025, 10, 1), date(2025, 10, 31))
    # under a whole year the October data are October's
    ru = _found("По данным за октябрь инфляция составила 12,6%.", "ru", published, "Итоги 2025 года")
    assert _span(ru, 12.6) == (date(2025, 10, 1), date(2025, 10, 31))


# --- kinds: plans and expected results ----------------------------------------------------------


def test_scheduled_this_year_under_a_months_scope_is_a_plan_for_the_year() -> None:
    published = date(2025, 10, 3)
    body = (
        "За январь–август в области произвели продукции на 2,9 трлн тенге. "
        "В текущем году в регионе намечено реализовать 31 инвестиционный проект стоимостью 210 млрд тенге."
    )
    found = _found(body, "ru", published, "Итоги восьми месяцев")
    assert found[31] == (date(2025, 1, 1), date(2025, 12, 31), "plan")
    assert found[2.9e12][2] == "actual"


def test_will_allow_is_an_expected_result_and_allowed_is_an_outcome() -> None:
    published = date(2025, 10, 3)
    ahead = _found("Реализация проектов позволит создать 18 тыс. рабочих мест.", "ru", published)
    assert ahead[18000][2] == "forecast"
    done = _found("В прошлом году запуск завода позволил создать 1 200 рабочих мест.", "ru", published)
    assert done[1200][2] == "actual"


def test_perfective_futures_of_scheduled_work_are_plans() -> None:
    found = _found("Всего до 2030 года обновят порядка 640 вагонов.", "ru", date(2026, 1, 27))
    assert found[640] == (None, date(2030, 12, 31), "plan")


def test_a_past_participle_under_its_own_deadline_years_ahead_is_a_plan() -> None:
    published = date(2025, 10, 3)
    found = _found(
        "На период до 2030 года сформирован пул из 96 проектов на 3,1 трлн тенге.", "ru", published
    )
    # how many projects the pool holds is its state now; what they are worth is plan (FORMAT.md)
    assert found[96] == (published, published, "actual") and found[3.1e12][2] == "plan"
    # a deadline already past is what was done by then
    past = _found("К 2020 году в области было построено 314 школ.", "ru", published)
    assert past[314][2] == "actual"
    # "уже" beside a goal year: the present state
    now = _found("До 2030 года уже модернизировано 57 котельных.", "ru", published)
    assert now[57][2] == "actual"


def test_a_present_verb_across_a_contrast_keeps_its_own_kind() -> None:
    published = date(2026, 2, 18)
    body = "Свободная емкость водохранилищ превышает 12,8 млрд кубометров, тогда как приток ожидается на уровне 10,4 млрд кубометров."
    found = _found(body, "ru", published)
    assert found[12.8e9][2] == "actual" and found[10.4e9][2] == "forecast"
    transit = _found(
        "На 2026 год прогнозируется 331 млн тонн, а транзит ежегодно прибавляет около 17%.", "ru", published
    )
    assert transit[331e6][2] == "forecast" and transit[17][2] == "actual"
    # no verb of its own on the other side: the forecast frames both
    both = _found(
        "Ожидается, что урожай составит 21 млн тонн, а экспорт — 9 млн тонн.", "ru", date(2025, 8, 1)
    )
    assert both[21e6][2] == "forecast" and both[9e6][2] == "forecast"


def test_kazakh_came_for_a_purpose_is_no_goal() -> None:
    published = date(2023, 7, 10)
    body = "Келген шетелдіктердің 104 мыңнан астамы жеке мақсатпен, 118 мыңы іскерлік мақсатпен келген."
    found = _found(body, "kk", published)
    assert found[104000][2] == "actual" and found[118000][2] == "actual"
    goal = _found("Басты мақсат – 2029 жылға дейін туристер санын 2 млн адамға жеткізу.", "kk", published)
    assert goal[2e6][2] == "target"


# --- Kazakh: plans met, reported plans, prices --------------------------------------------------


def test_kazakh_plans_fully_met_and_a_share_of_the_plan_are_outcomes() -> None:
    published = date(2025, 12, 4)
    body = "Еске сала кетейік, 2021 жылы 124 млн түп ағаш отырғызылып, жылдық жоспарлар толық орындалған болатын."
    assert _found(body, "kk", published)[124e6][2] == "actual"
    share = "Тұрғындар 231 мың тонна көмір түсіріп алды, бұл олар үшін белгіленген жоспардың 57 пайызы."
    found = _found(share, "kk", published)
    assert found[231000][2] == "actual" and found[57][2] == "actual"
    # the plan itself stays one
    plan = _found("Биыл 350 млн ағаш отырғызу жоспарланған.", "kk", published)
    assert plan[350e6][2] == "plan"


def test_kazakh_first_of_two_reported_future_clauses_is_a_plan() -> None:
    body = "Министр 2029 жылға дейін тағы 4 мың шақырым жол жөнделетінін, осылайша міндет толық орындалатынын айтты."
    assert _found(body, "kk", date(2026, 3, 3))[4000][2] == "plan"


def test_kazakh_price_is_a_present_state() -> None:
    published = date(2025, 9, 5)
    found = _found("Көмірдің бір тоннасы 12 800 теңгеден 14 500 теңгеге дейін бағаланады.", "kk", published)
    assert found[14500] == (published, published, "actual")
    # a future verb of paying stays a plan
    paid = _found("Жәрдемақы 2026 жылдан бастап 45 000 теңгеге дейін төленеді.", "kk", published)
    assert paid[45000][2] == "plan"


# --- numbers that are no figures, and counts that look like years -------------------------------


def test_both_ends_of_a_span_of_days_are_durations() -> None:
    body = (
        "На займы с задержкой от 1 до 30 дней приходится 84 млрд тенге, на долги 31-60 дней — 41 млрд тенге."
    )
    values = set(_found(body, "ru", date(2026, 2, 16)))
    assert values == {84e9, 41e9}
    # a range of counts is still two figures
    counts = set(_found("В отрядах от 12 до 30 человек.", "ru", date(2026, 2, 16)))
    assert counts == {12, 30}


def test_a_count_near_2000_after_more_than_is_no_year() -> None:
    found = _found("За неделю полицейские выявили более 2000 нарушений.", "ru", date(2025, 9, 27))
    assert 2000 in found
    years = _found("Около 2000 года в районе было 7 школ.", "ru", date(2025, 9, 27))
    assert 2000 not in years and 7 in years


# --- a comparison told over more than one sentence ----------------------------------------------


def test_a_comparison_goes_on_in_its_paragraph() -> None:
    published = date(2024, 6, 10)
    title = "Цены на жильё в мае"
    body = (
        "В мае 2024 года квадратный метр стоил в среднем 540 000 тенге.\n"
        "Для сравнения: два года назад, в мае 2022 года, метр стоил 431 000 тенге. "
        "При этом за год аренда подорожала на 19,4%."
    )
    found = _found(body, "ru", published, title)
    may_2022 = (date(2022, 5, 1), date(2022, 5, 31))
    assert _span(found, 431000) == may_2022 and _span(found, 19.4) == may_2022


def test_after_the_comparison_the_article_scope_comes_back() -> None:
    published = date(2024, 6, 10)
    may_2024 = (date(2024, 5, 1), date(2024, 5, 31))
    # a new paragraph, or a sentence that does not say it goes on: the article's own month
    body = (
        "В мае 2024 года квадратный метр стоил в среднем 540 000 тенге.\n"
        "Для сравнения: в мае 2022 года метр стоил 431 000 тенге.\n"
        "При этом аренда подорожала на 6,2%. Ипотека подешевела на 1,3%."
    )
    found = _found(body, "ru", published, "Цены на жильё в мае")
    assert _span(found, 6.2) == may_2024 and _span(found, 1.3) == may_2024
    same_paragraph = (
        "В мае 2024 года квадратный метр стоил в среднем 540 000 тенге. "
        "Для сравнения: в мае 2022 года метр стоил 431 000 тенге. Аренда подорожала на 6,2%."
    )
    assert _span(_found(same_paragraph, "ru", published, "Цены на жильё в мае"), 6.2) == may_2024


# --- who works or operates now, in a report on a year already over -----------------------------


def test_a_present_state_verb_under_a_past_year_is_a_level_at_publication() -> None:
    published = date(2020, 3, 5)
    body = (
        "В 2019 году в водоемах выловили 41 тыс. тонн рыбы. "
        "По словам министра, рыбоводством занимаются 174 хозяйства, где работают более 900 человек."
    )
    found = _found(body, "ru", published)
    assert _span(found, 174) == (published, published) and _span(found, 900) == (published, published)
    assert _span(found, 41000) == (date(2019, 1, 1), date(2019, 12, 31))


def test_a_past_verb_or_a_stock_date_keeps_the_scope() -> None:
    published = date(2020, 3, 5)
    body = "В 2019 году в водоемах выловили 41 тыс. тонн рыбы. Хозяйства вырастили 6,2 тыс. тонн."
    assert _span(_found(body, "ru", published), 6200) == (date(2019, 1, 1), date(2019, 12, 31))
    # under a stock's date the present tense is of that date
    stock = "На 1 января 2020 года в области 312 школ. В них обучаются 95 тыс. детей."
    assert _span(_found(stock, "ru", published), 95000) == (date(2020, 1, 1), date(2020, 1, 1))


# --- Kazakh: since something began; a price beside an amount -----------------------------------


def test_kazakh_since_the_season_began_without_beri() -> None:
    published = date(2024, 6, 3)
    body = "2023 жылы 13 млрд текше метр су жұмсалды. Су тасқыны кезеңі басталғалы көлге 2,9 млрд текше метр су жіберілді."
    found = _found(body, "kk", published)
    assert _span(found, 2.9e9) == (None, published)
    assert _span(found, 13e9) == (date(2023, 1, 1), date(2023, 12, 31))


def test_kazakh_price_and_amount_are_no_from_to() -> None:
    published = date(2025, 9, 24)
    body = "Биыл шаруашылықтарға литрі 251 теңгеден 21,7 мың тонна дизель отыны бөлінді."
    found = _found(body, "kk", published)
    assert _span(found, 251) == (date(2025, 1, 1), date(2025, 12, 31))
    # a level and the new level of the same unit still are
    rise = _found(
        "Өнім 1 012 мың тоннадан 1 388 мың тоннаға жетті.", "kk", published, "Тоғыз айда өнім артты"
    )
    assert _span(rise, 1012000) == (date(2024, 1, 1), date(2024, 9, 30))


def test_how_many_there_are_in_a_year_under_way_is_now() -> None:
    published = date(2025, 12, 23)
    body = (
        "В 2025 году добыча нефти составит 96 млн тонн. Всего в стране насчитывается около 168 месторождений."
    )
    found = _found(body, "ru", published)
    assert _span(found, 168) == (published, published)
    # under months already over, the count is of that span's end, as the statistics give it
    months = "За январь–ноябрь поголовье овец выросло на 3%. Птицы насчитывается 47,2 млн голов."
    assert _span(_found(months, "ru", published), 47.2e6) == (date(2025, 1, 1), date(2025, 11, 30))


# --- a stock's date over the paragraphs that go on with stocks ----------------------------------


def test_a_stock_date_holds_while_the_next_paragraph_tells_stocks_in_the_present() -> None:
    published = date(2026, 2, 16)
    body = (
        "По итогам 2025 года портфель ломбардов уменьшился на 2,4%.\n"
        "На 1 января 2026 года портфель составлял 412 млрд тенге, из них 61 млрд тенге просрочено.\n"
        "Долги с просрочкой свыше 90 дней составляют 23 млрд тенге, на остальные приходится 38 млрд тенге."
    )
    found = _found(body, "ru", published)
    day = (date(2026, 1, 1), date(2026, 1, 1))
    assert _span(found, 23e9) == day and _span(found, 38e9) == day
    assert _span(found, 2.4) == (date(2025, 1, 1), date(2025, 12, 31))


def test_after_a_stock_date_a_paragraph_of_what_happened_is_the_span_again() -> None:
    published = date(2025, 8, 20)
    body = (
        "В первом полугодии 2025 года население выросло на 0,6%.\n"
        "На 1 июля 2025 года численность населения составила 20,4 млн человек.\n"
        "За полугодие родилось 171 тыс. детей, из них 88 тыс. мальчиков."
    )
    found = _found(body, "ru", published)
    assert _span(found, 171000) == (date(2025, 1, 1), date(2025, 6, 30))
    no_own = (
        "В первом полугодии 2025 года население выросло на 0,6%.\n"
        "На 1 июля 2025 года численность населения составила 20,4 млн человек.\n"
        "В регионах родилось 171 тыс. детей."
    )
    assert _span(_found(no_own, "ru", published), 171000) == (date(2025, 1, 1), date(2025, 6, 30))


def test_is_estimated_at_is_a_forecast_for_a_span_not_over_and_a_level_after() -> None:
    published = date(2025, 10, 20)
    body = "С октября 2025 года по март 2026 года ожидается дефицит. Дефицит мощности оценивается в 1,1 ГВт."
    assert _found(body, "ru", published)[1.1][2] == "forecast"
    reserves = _found("Запасы меди оцениваются в 41 млн тонн.", "ru", published)
    assert reserves[41e6][2] == "actual"
    # the past tense is what was estimated then
    past = _found("В 2023 году ущерб оценивался в 12 млрд тенге.", "ru", published)
    assert past[12e9][2] == "actual"


def test_a_part_of_the_figure_before_shares_its_period() -> None:
    published = date(2025, 9, 27)
    body = "За первую неделю сентября 41 водитель был пьян, причём 7 из них уже лишались прав."
    found = _found(body, "ru", published)
    assert _span(found, 7) == _span(found, 41) == (date(2025, 9, 1), date(2025, 9, 7))
    # "уже" with no whole before it is the present
    alone = _found("Уже 7 водителей лишились прав.", "ru", published)
    assert _span(alone, 7) == (published, published)


def test_expects_to_bring_to_a_level_is_a_goal() -> None:
    found = _found(
        "К 2029 году министерство рассчитывает довести число туристов до 12 млн человек.",
        "ru",
        date(2024, 11, 5),
    )
    assert found[12e6][2] == "target"
    expects = _found(
        "Министерство рассчитывает, что число туристов достигнет 12 млн человек.", "ru", date(2024, 11, 5)
    )
    assert expects[12e6][2] == "forecast"


def test_kazakh_at_a_years_level_is_a_base() -> None:
    published = date(2024, 2, 1)
    body = "Өндіріс көлемі өткен жылы 2021 жылғы деңгейде қалып, 108,4 млрд кВт/сағат болды."
    assert _span(_found(body, "kk", published), 108.4e9) == (date(2023, 1, 1), date(2023, 12, 31))
    own = _found("2021 жылғы өндіріс 108,4 млрд кВт/сағат болды.", "kk", published)
    assert _span(own, 108.4e9) == (date(2021, 1, 1), date(2021, 12, 31))


# --- the parts of a planned total ---------------------------------------------------------------


def test_the_parts_of_a_planned_total_are_planned() -> None:
    published = date(2025, 8, 12)
    body = (
        "До сентября должны заработать еще 17 общежитий на 4 100 мест. Из них 9 общежитий на 2 870 мест "
        "предназначены для студентов вузов, а восемь на 1 230 мест – для колледжей."
    )
    found = _found(body, "ru", published)
    assert found[2870][2] == "plan" and found[1230][2] == "plan"
    # parts told as done stay outcomes
    done = (
        "До сентября должны заработать еще 17 общежитий на 4 100 мест. Из них 9 общежитий на 2 870 мест "
        "уже сдали в эксплуатацию."
    )
    assert _found(done, "ru", published)[2870][2] == "actual"


def test_kazakh_parts_of_a_planned_total() -> None:
    published = date(2025, 3, 1)
    body = "Биыл 278 млн ағаш отырғызу жоспарлануда. Оның ішінде 108 млн көшет көктемде егіледі."
    assert _found(body, "kk", published)[108e6][2] == "plan"
    done = "Биыл 278 млн ағаш отырғызу жоспарлануда. Оның ішінде 108 млн көшет отырғызылды."
    assert _found(done, "kk", published)[108e6][2] == "actual"


def test_must_be_brought_to_a_level_is_a_goal() -> None:
    published = date(2025, 11, 19)
    body = "По поручению Президента минимальная пенсия должна быть доведена до 65% прожиточного минимума, а максимальная – до 110%."
    found = _found(body, "ru", published)
    assert found[65][2] == "target" and found[110][2] == "target"
    # "был доведен": what was reached
    done = _found("В 2024 году минимальный размер был доведен до 60% прожиточного минимума.", "ru", published)
    assert done[60][2] == "actual"


def test_kazakh_rose_is_a_past_not_a_passive_aorist() -> None:
    published = date(2025, 6, 5)
    body = "Жүк тасымалы 5,1 млн тонна болып, өткен жылғыдан 47%-ға жоғарылады."
    assert _found(body, "kk", published)[47][2] == "actual"
    # the passive aorist of the same shape stays a plan
    built = _found("Келесі жылы 12 мектеп салынады.", "kk", published)
    assert built[12][2] == "plan"


def test_what_follows_from_a_forecast_is_a_forecast() -> None:
    published = date(2024, 9, 1)
    body = "Қыста ең жоғары жүктеме 17,9 ГВт болады деп күтілуде. Демек тапшылық шамамен 1,2 ГВт болады."
    assert _found(body, "kk", published)[1.2][2] == "forecast"
    # after an outcome, the same verb is a plan
    plan = "Былтыр 12 станция салынды. Демек биыл тағы 3 станция салынады."
    assert _found(plan, "kk", published)[3][2] == "plan"


def test_more_comparison_bases_with_a_year() -> None:
    published = date(2025, 3, 1)
    whole_2024 = (date(2024, 1, 1), date(2024, 12, 31))
    ru = _found("Экспорт превысил показатель 2023 года на 9%.", "ru", published, "Экспорт в 2024 году")
    assert _span(ru, 9) == whole_2024
    kk = _found("Экспорт 2023 жылдан 9%-ға артық.", "kk", published, "2024 жылы экспорт")
    assert _span(kk, 9) == whole_2024
    # "2023 жылдан бері": a start, not a base
    since = _found("2023 жылдан бері экспорт 9%-ға өсті.", "kk", published)
    assert _span(since, 9) == (date(2023, 1, 1), published)
    # "Показатель 2023 года": that year's own figure
    own = _found("Показатель 2023 года составил 9%.", "ru", published)
    assert _span(own, 9) == (date(2023, 1, 1), date(2023, 12, 31))


# --- units: rates per thousand, a currency written once for a list of scaled amounts -------------


def _units(body: str, language: str) -> dict[float, str]:
    return {round(i.value, 6): i.unit for i in extract_indicators(body, date(2023, 8, 11), "", language)}


def test_rates_per_thousand_with_a_noun_or_a_base_of_births() -> None:
    found = _units("Самая высокая рождаемость в области – 27 родившихся на 1000 жителей.", "ru")
    assert found == {27: "other"}  # and the base 1000 is no figure
    infant = _units("Коэффициент младенческой смертности составил 8,1 на 1000 родившихся.", "ru")
    assert infant == {8.1: "other"}
    # a count of people next to "на 1000" of something else stays a count
    plain = _units("В лагере 27 детей на 1000 квадратных метров.", "ru")
    assert plain[27] == "count"


def test_a_currency_written_once_for_a_list_of_scaled_amounts() -> None:
    body = "На здравоохранение заложено 19,1 млрд тенге, на культуру — 13,2 млрд, на спорт — 25,4 млрд тенге."
    assert _units(body, "ru") == {19.1e9: "KZT", 13.2e9: "KZT", 25.4e9: "KZT"}
    # a scaled count with its noun keeps no currency
    trees = _units("Высажено 1,3 млрд саженцев, на это направлено 5 млрд тенге.", "ru")
    assert trees[1.3e9] == "count"


def test_kazakh_places_anniversaries_and_ages_from_are_no_figures() -> None:
    assert _units("Қазақстан рейтингте 117 елдің ішінде 58-орынға көтерілді.", "kk") == {117: "count"}
    assert _units("Мұнай өндірісінің 110 жылдығына арналған жиында 12 келісім жасалды.", "kk") == {
        12: "count"
    }
    found = _units("16 және одан жоғары жастағы халықтың 63,2%-ы жұмыс істейді.", "kk")
    assert found == {63.2: "percent"}
    # a count of places or years of something is still a figure
    assert _units("Жарысқа 58 орын бөлінді.", "kk") == {58: "count"}


def test_a_unit_written_once_for_scaled_amounts_of_one_scale_and_or_alternatives() -> None:
    body = "Іс жүзінде 35,2 млн шаршы метр тұрғын үй іске қосылды: 2023 жылы – 16,9 млн, 2024 жылы – 18,3 млн шаршы метр."
    assert _units(body, "kk") == {35.2e6: "m2", 16.9e6: "m2", 18.3e6: "m2"}
    # another scale beside a currency: no currency for the count
    people = _units("Население — 21 млн, бюджет — 24 трлн тенге.", "ru")
    assert people[21e6] == "count"
    alternatives = {
        round(i.value): i.unit
        for i in extract_indicators(
            "ВРП может вырасти до 33 или даже 36 млрд долларов.", date(2025, 12, 1), "", "ru"
        )
    }
    assert alternatives == {33_000_000_000: "USD", 36_000_000_000: "USD"}


def test_a_limit_a_rule_allows_is_no_forecast() -> None:
    published = date(2025, 11, 3)
    rule = _found(
        "Сумма займа может достигать 38 млн тенге в Астане и 28 млн тенге в регионах.", "ru", published
    )
    assert rule[38e6][2] == "actual" and rule[28e6][2] == "actual"
    outlook = _found("Урожай может достичь 24 млн тонн.", "ru", published)
    assert outlook[24e6][2] == "forecast"
