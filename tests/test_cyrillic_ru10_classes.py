"""Russian period and kind classes of the h10 blind set (extractor +ru10): each phrasing with
sentences of our own and a look-alike that must not be read the same way."""

from __future__ import annotations

from datetime import date

from tests.test_cyrillic_rk7_classes import _found, _span

PUBLISHED = date(2025, 11, 20)
TODAY = (PUBLISHED, PUBLISHED)
NINE_MONTHS = (date(2025, 1, 1), date(2025, 9, 30))
LEAD = "За девять месяцев 2025 года заводы выпустили 5 млн тонн стали. "


def _kind(found: dict[float, tuple], value: float) -> str:
    return str(found[value][2])


# --- the present goes on after "Сегодня ...", "Сейчас ..." ----------------------------------------


def test_present_after_a_sentence_on_today_is_dated_today() -> None:
    body = (
        LEAD
        + "Сегодня в отрасли работают 20 заводов. На заказы отвечают 7 тыс. операторов, из них 300 – ночные."
    )
    found = _found(body, "ru", PUBLISHED)
    assert _span(found, 5e6) == NINE_MONTHS
    assert _span(found, 7000) == TODAY
    assert _span(found, 300) == TODAY


def test_a_past_verb_or_a_new_paragraph_after_today_keeps_the_lead() -> None:
    past = _found(
        LEAD + "Сейчас в отрасли работают 20 заводов. Они выпустили 3 млн тонн проката.", "ru", PUBLISHED
    )
    assert _span(past, 3e6) == NINE_MONTHS
    paragraph = _found(
        LEAD + "Сегодня в отрасли 20 заводов.\nНа экспорт приходится 45% выпуска.", "ru", PUBLISHED
    )
    assert _span(paragraph, 45) == NINE_MONTHS
    # no word of today before: the present under the report's span tells that span's share
    plain = _found(LEAD + "На экспорт приходится 40% выпуска.", "ru", PUBLISHED)
    assert _span(plain, 40) == NINE_MONTHS


# --- a look back to an older span says nothing of the present -------------------------------------


def test_present_after_a_look_back_is_dated_today() -> None:
    published = date(2019, 8, 1)
    body = (
        "В первом полугодии 2019 года добыто 10 тыс. тонн урана. "
        "За девять месяцев 2018 года было извлечено 16 тыс. тонн. "
        "Страна обеспечивает около 40% мировой добычи, а компании принадлежит 62% рудников."
    )
    found = _found(body, "ru", published)
    assert _span(found, 16000) == (date(2018, 1, 1), date(2018, 9, 30))
    assert _span(found, 40) == (published, published)
    assert _span(found, 62) == (published, published)


def test_a_share_of_the_looked_back_figure_stays_in_its_span() -> None:
    published = date(2019, 8, 1)
    body = (
        "В первом полугодии 2019 года добыто 10 тыс. тонн урана. В 2018 году было получено 21 тыс. тонн. "
        "На экспорт приходится 90% этого объема."
    )
    assert _span(_found(body, "ru", published), 90) == (date(2018, 1, 1), date(2018, 12, 31))


# --- a plant's capacity is how it stands now ------------------------------------------------------


def test_capacity_is_dated_at_publication() -> None:
    body = (
        LEAD
        + "Мощности комбината позволяют выпускать до 9 млн тонн металла в год, в том числе 2 млн тонн проката. "
        "В марте в Темиртау заработал цех мощностью 400 тыс. тонн в год."
    )
    found = _found(body, "ru", PUBLISHED)
    assert _span(found, 9e6) == TODAY
    assert _span(found, 2e6) == TODAY  # the part of the capacity before it
    assert _span(found, 400000) == TODAY  # the month dates the opening, not the size


def test_a_yearly_amount_told_in_the_past_or_seats_built_keep_their_span() -> None:
    past = _found(LEAD + "Прокатный стан в среднем выпускал 800 тыс. тонн в год.", "ru", PUBLISHED)
    assert _span(past, 800000) == NINE_MONTHS
    seats = _found("В 2025 году построено 30 школ. Школы рассчитаны на 25 тыс. мест.", "ru", PUBLISHED)
    assert _span(seats, 25000) == (date(2025, 1, 1), date(2025, 12, 31))


# --- "в текущем году" with a present verb: a rate of the whole year --------------------------------


def test_rate_this_year_keeps_the_year_under_a_months_lead() -> None:
    published = date(2026, 2, 12)
    body = (
        "В январе 2026 года пособия получили 164 тыс. человек. "
        "Размер пособия в текущем году зависит от числа детей:\n"
        "на первого ребенка – 24 912 тенге;\nна второго – 29 453 тенге."
    )
    found = _found(body, "ru", published)
    assert _span(found, 164000) == (date(2026, 1, 1), date(2026, 1, 31))
    assert _span(found, 24912) == (date(2026, 1, 1), date(2026, 12, 31))
    assert _span(found, 29453) == (date(2026, 1, 1), date(2026, 12, 31))


def test_this_year_with_a_past_verb_is_the_months_so_far() -> None:
    published = date(2026, 2, 12)
    body = "В январе 2026 года пособия получили 164 тыс. человек. В этом году на выплаты ушло 4,2 млрд тенге."
    assert _span(_found(body, "ru", published), 4.2e9) == (date(2026, 1, 1), date(2026, 1, 31))


# --- the founding year of the subject dates no figure ---------------------------------------------


def test_opening_year_of_the_subject_is_no_period() -> None:
    body = (
        "За январь-октябрь 2025 года порты перевалили 5,2 млн тонн грузов. "
        "Терминал, открытый в 2018 году, обработал 1,1 млн тонн зерна. "
        "Построенный в 2020 году элеватор принял 300 тыс. тонн."
    )
    found = _found(body, "ru", PUBLISHED)
    ten_months = (date(2025, 1, 1), date(2025, 10, 31))
    assert _span(found, 1.1e6) == ten_months
    assert _span(found, 300000) == ten_months


def test_a_predicate_built_in_a_year_keeps_that_year() -> None:
    found = _found(
        "За январь-октябрь 2025 года введено 40 школ. В 2024 году построено 140 школ.", "ru", PUBLISHED
    )
    assert _span(found, 140) == (date(2024, 1, 1), date(2024, 12, 31))


# --- "по итогам всего года", "планирует довести до" ------------------------------------------------


def test_whole_year_results_plan_is_the_year_and_a_plan() -> None:
    published = date(2019, 8, 1)
    body = "В первом полугодии 2019 года добыто 10 тыс. тонн урана. По итогам всего года компания планирует довести добычу до 22 тыс. тонн."
    found = _found(body, "ru", published)
    assert _span(found, 22000) == (date(2019, 1, 1), date(2019, 12, 31))
    assert _kind(found, 22000) == "plan"


def test_intending_to_bring_a_level_stays_a_goal() -> None:
    found = _found(
        "К 2029 году министерство намерено довести число туристов до 11 млн человек.", "ru", PUBLISHED
    )
    assert _kind(found, 11e6) == "target"
    expects = _found(
        "К 2029 году министерство рассчитывает довести число туристов до 12 млн человек.", "ru", PUBLISHED
    )
    assert _kind(expects, 12e6) == "target"


# --- the level now beside a goal ------------------------------------------------------------------


def test_level_now_beside_a_goal_is_actual_and_the_goal_a_target() -> None:
    found = _found(
        "Объем торговли сейчас превышает 28 млрд долларов, а ближайшая цель двух стран – выйти на уровень 30 млрд.",
        "ru",
        PUBLISHED,
    )
    assert _kind(found, 28e9) == "actual"
    assert _kind(found, 30e9) == "target"
    assert _span(found, 28e9) == TODAY


def test_a_goal_in_the_figures_own_clause_stays_a_goal() -> None:
    found = _found("Сейчас цель страны – довести товарооборот до 30 млрд долларов.", "ru", PUBLISHED)
    assert _kind(found, 30e9) == "target"


# --- a present state verb ("держится", "занято") ------------------------------------------------------


def test_present_state_verbs_are_dated_today() -> None:
    body = (
        "В прошлом году отрасль выпустила продукции на 600 млрд тенге. В отрасли работают 60 предприятий, "
        "где занято более 8 тыс. человек. "
    )
    found = _found(body, "ru", PUBLISHED)
    assert _span(found, 6e11) == (date(2024, 1, 1), date(2024, 12, 31))
    assert _span(found, 8000) == TODAY
    price = _found(
        "В этом году ожидается собрать 2,7 млн тонн картофеля. Цена на поле держится на уровне 120 тенге за килограмм.",
        "ru",
        PUBLISHED,
    )
    assert _span(price, 120) == TODAY
    assert _span(price, 2.7e6) == (date(2025, 1, 1), date(2025, 12, 31))


# --- a verbless sentence goes on with the plan before it ------------------------------------------


def test_verbless_breakdown_goes_on_with_the_plan() -> None:
    published = date(2026, 2, 26)
    body = (
        "В 2026 году фонд намерен потратить на закуп услуг 2,7 трлн тенге. "
        "Крупнейший бюджет у Алматы – 341,3 млрд тенге. Ставка взноса составляет 5%."
    )
    found = _found(body, "ru", published)
    assert _kind(found, 2.7e12) == "plan"
    assert _kind(found, 341.3e9) == "plan"
    assert _kind(found, 5) == "actual"  # a present verb tells what is


def test_verbless_sentence_after_an_outcome_stays_an_outcome() -> None:
    body = "В 2024 году фонд потратил на закуп услуг 2,4 трлн тенге. Крупнейший бюджет у Алматы – 300 млрд тенге."
    assert _kind(_found(body, "ru", PUBLISHED), 300e9) == "actual"


# --- the heating season -----------------------------------------------------------------------------


def test_heating_season_is_october_to_april() -> None:
    # the heating season runs October to April (FORMAT.md); the autumn-winter period, October to March
    found = _found(
        "В отопительный сезон 2025–2026 годов станции сожгли 12 млн тонн угля.", "ru", date(2026, 5, 10)
    )
    assert _span(found, 12e6) == (date(2025, 10, 1), date(2026, 4, 30))
    autumn_winter = _found(
        "В осенне-зимний период 2025–2026 годов станции сожгли 11 млн тонн угля.", "ru", date(2026, 5, 10)
    )
    assert _span(autumn_winter, 11e6) == (date(2025, 10, 1), date(2026, 3, 31))
    # preparing for it is no span of the season
    before = _found(
        "На подготовку к отопительному сезону в 2025 году направили 5 млрд тенге.", "ru", PUBLISHED
    )
    assert _span(before, 5e9) == (date(2025, 1, 1), date(2025, 12, 31))


# --- a part of the money just given ---------------------------------------------------------------


def test_part_of_the_money_takes_its_totals_span() -> None:
    published = date(2026, 2, 10)
    body = (
        "В прошлом году импорт составил 3,7 млрд кВт·ч. За последние три года в отрасль направлено 1,2 трлн тенге. "
        "Однако большая часть средств — 800 млрд тенге — ушла на ремонт."
    )
    three_years = (date(2023, 2, 10), published)
    found = _found(body, "ru", published)
    assert _span(found, 1.2e12) == three_years
    assert _span(found, 800e9) == three_years
    # a new statement on a part of something else keeps the article's span
    market = _found(
        "За первое полугодие 2023 года рынок вырос до 470 млрд тенге, годом ранее – 300 млрд тенге. "
        "Основная часть рынка сосредоточена в Алматы: на город пришлось 60% услуг.",
        "ru",
        date(2023, 8, 1),
    )
    assert _span(market, 60) == (date(2023, 1, 1), date(2023, 6, 30))


# --- under "На сегодня ...": what stands done is today's ------------------------------------------


def test_state_reached_after_a_sentence_on_today() -> None:
    published = date(2025, 9, 23)
    body = (
        "Общая площадь уборки в этом году составляет 23 млн гектаров. "
        "На сегодня зерновые обмолочены на 10 млн га. В закрома засыпано 15 млн тонн зерна."
    )
    found = _found(body, "ru", published)
    assert _span(found, 15e6) == (published, published)
    # any present verb goes on with today ("стоят")
    queue = _found(
        "На сегодняшний день ипотекой охвачено 50 тыс. семей. Еще 20 тыс. семей стоят в очереди.",
        "ru",
        published,
    )
    assert _span(queue, 20000) == (published, published)
    # "уже" with a past verb sets no frame of today
    started = _found("В этом году акции уже стартовали на юге. Проведено 11 мероприятий.", "ru", published)
    assert _span(started, 11) == (date(2025, 1, 1), date(2025, 12, 31))


# --- last year's same months ----------------------------------------------------------------------


def test_same_period_last_year_told_with_the_year_first() -> None:
    published = date(2025, 10, 20)
    body = (
        "За январь-сентябрь 2025 года введено 12 млн кв. м жилья, тогда как в прошлом году за тот же период "
        "было введено 11 млн кв. м. За этот период выдано 5 тыс. ипотек."
    )
    found = _found(body, "ru", published)
    assert _span(found, 11e6) == (date(2024, 1, 1), date(2024, 9, 30))
    assert _span(found, 5000) == (date(2025, 1, 1), date(2025, 9, 30))


# --- a year describing a noun in another clause ---------------------------------------------------


def test_year_of_a_noun_in_an_aside_yields_to_the_sentences_period() -> None:
    published = date(2025, 10, 20)
    aside = _found("В прошлом году, после засухи 2023 года, фермеры собрали 18 млн тонн.", "ru", published)
    assert _span(aside, 18e6) == (date(2024, 1, 1), date(2024, 12, 31))
    # in the figure's own clause it is the figure's: the crop of that year
    own = _found("Фермеры собрали 18,5 млн тонн урожая 2023 года.", "ru", published)
    assert _span(own, 18.5e6) == (date(2023, 1, 1), date(2023, 12, 31))


# --- the design capacity of planned work is a plan ------------------------------------------------


def test_future_capacity_is_planned() -> None:
    found = _found(
        "После реконструкции терминал сможет обрабатывать до 300 тыс. контейнеров в год.", "ru", PUBLISHED
    )
    assert _kind(found, 300000) == "plan"
    more = _found(
        "Новый завод позволит ежегодно выпускать на 40 тыс. тонн удобрений больше.", "ru", PUBLISHED
    )
    assert _kind(more, 40000) == "plan"


def test_expected_demand_per_year_stays_a_forecast() -> None:
    found = _found("Ожидается, что спрос на уголь составит 3 млн тонн в год.", "ru", PUBLISHED)
    assert _kind(found, 3e6) == "forecast"
    grows = _found("Турпоток может вырасти до 5 млн человек в год.", "ru", PUBLISHED)
    assert _kind(grows, 5e6) == "forecast"


# --- a relative clause in the present beside a year ------------------------------------------------


def test_relative_clause_in_the_present_is_today() -> None:
    published = date(2025, 12, 19)
    found = _found(
        "В 2025 году квартиры не распределялись в городе, где жилья ждут более 90 тыс. человек.",
        "ru",
        published,
    )
    assert _span(found, 90000) == (published, published)
    # a relative clause in the past is the main clause's year
    past = _found("В 2024 году построили 40 школ, которые приняли 30 тыс. учеников.", "ru", published)
    assert _span(past, 30000) == (date(2024, 1, 1), date(2024, 12, 31))


# --- school grades are no counts --------------------------------------------------------------------


def test_grade_ranges_are_no_figures() -> None:
    found = _found(
        "Питание получают 285 тыс. школьников 5–11 классов и 1,4 млн учеников 1-4 классов.", "ru", PUBLISHED
    )
    assert set(found) == {285000, 1.4e6}
    # a count of classes stays a figure
    classes = _found("В области открыли 8 классов с углубленным изучением математики.", "ru", PUBLISHED)
    assert 8 in classes


# --- the cost of work still ahead is planned spending ---------------------------------------------


def test_cost_of_work_ahead_is_planned() -> None:
    body = (
        "К 2027 году в городе появится 5 новых парков. Стоимость проекта оценивается в 300 млрд тенге. "
        "Строительство обойдется в 50 млрд тенге. На реализацию программы потребуется 1 трлн тенге."
    )
    found = _found(body, "ru", PUBLISHED)
    assert {_kind(found, v) for v in (300e9, 50e9, 1e12)} == {"plan"}
    # an estimate of something other than a cost stays a forecast
    deficit = _found("К 2027 году дефицит мощности оценивается в 1,2 ГВт.", "ru", PUBLISHED)
    assert _kind(deficit, 1.2) == "forecast"


# --- a prefixed perfective in the third person plural is a future ----------------------------------


def test_perfective_futures_are_plans() -> None:
    published = date(2026, 2, 26)
    body = "В систему дополнительно включат 1 млн граждан. В области подключат к газу 40 сел."
    found = _found(body, "ru", published)
    assert _kind(found, 1e6) == "plan"
    assert _kind(found, 40) == "plan"


def test_imperfective_presents_and_nouns_are_no_futures() -> None:
    published = date(2026, 2, 26)
    body = (
        "Сейчас предприятия производят 5 млн тонн стали в год. Фермеры содержат 40 тыс. голов скота. "
        "Доля иностранных валют в резервах составляет 30%."
    )
    found = _found(body, "ru", published)
    assert _kind(found, 5e6) == "actual"
    assert _kind(found, 40000) == "actual"
    assert _kind(found, 30) == "actual"


# --- a stock day, the span leading to it, and the stock told in the present again -----------------


def test_present_stock_after_the_span_to_a_stock_day_is_that_day() -> None:
    published = date(2025, 11, 5)
    body = (
        "По состоянию на 1 октября 2025 года численность населения составила 20,4 млн человек. "
        "С начала года население увеличилось на 180 тыс. человек. Городское население составляет 63%."
    )
    found = _found(body, "ru", published)
    assert _span(found, 180000) == (date(2025, 1, 1), date(2025, 9, 30))
    assert _span(found, 63) == (date(2025, 10, 1), date(2025, 10, 1))
    # a past verb after the span stays in it
    past = _found(body.replace("составляет 63%", "выросло на 2%"), "ru", published)
    assert _span(past, 2) == (date(2025, 1, 1), date(2025, 9, 30))


# --- what a facility can take now ------------------------------------------------------------------


def test_what_a_facility_can_take_now_is_todays_level() -> None:
    published = date(2025, 9, 10)
    body = (
        "В этом году ожидается собрать 24 млн тонн зерна. Элеваторы страны могут принять 20 млн тонн зерна."
    )
    found = _found(body, "ru", published)
    assert _span(found, 20e6) == (published, published)
    assert _kind(found, 20e6) == "actual"
    # what may happen stays an outlook
    prices = _found("В этом году цены могут вырасти на 10%.", "ru", published)
    assert _kind(prices, 10) == "forecast"


def test_a_base_year_before_a_plan_ahead_is_no_look_back() -> None:
    published = date(2025, 12, 29)
    body = "В 2026 году выделят 2 трлн тенге. В 2024 году было выделено 1,5 трлн тенге. На Алматы приходится 300 млрд тенге."
    assert _span(_found(body, "ru", published), 300e9) == (date(2024, 1, 1), date(2024, 12, 31))
