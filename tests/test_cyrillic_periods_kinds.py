"""Periods and kinds of Russian and Kazakh figures, class by class: each phrase with a look-alike
that must not be read the same way. Sentences written for these tests, in the editions' style."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators

PUBLISHED = date(2025, 10, 20)
Span = tuple[date | None, date | None]


def _found(body: str, language: str, title: str = "", published: date = PUBLISHED) -> dict:
    """value -> (period start, period end, kind) of every figure of the body."""
    return {
        round(i.value, 6): (i.period_start, i.period_end, i.kind)
        for i in extract_indicators(body, published, title, language)
    }


def _span(body: str, language: str, value: float, published: date = PUBLISHED) -> Span:
    start, end, _ = _found(body, language, published=published)[value]
    return start, end


Y2024 = (date(2024, 1, 1), date(2024, 12, 31))
Y2025 = (date(2025, 1, 1), date(2025, 12, 31))
JAN_SEP_2025 = (date(2025, 1, 1), date(2025, 9, 30))
TODAY = (PUBLISHED, PUBLISHED)


@pytest.mark.parametrize(
    ("sentence", "value", "span"),
    [
        ("В 2024 году экспорт зерна составил 11 млн тонн.", 11e6, Y2024),
        ("За 9 месяцев 2025 года выпуск стали вырос на 4,1%.", 4.1, JAN_SEP_2025),
        ("По итогам 9 месяцев 2025 года грузооборот превысил 300 млрд тонно-км.", 300e9, JAN_SEP_2025),
        ("За январь–сентябрь 2025 года перевезено 12 млн тонн грузов.", 12e6, JAN_SEP_2025),
        ("В январе-сентябре перевезено 12 млн тонн грузов.", 12e6, JAN_SEP_2025),
        ("В первом полугодии добыто 45 млн тонн нефти.", 45e6, (date(2025, 1, 1), date(2025, 6, 30))),
        ("Во II квартале 2021 года ВВП вырос на 3,2%.", 3.2, (date(2021, 4, 1), date(2021, 6, 30))),
        ("Во 2-м квартале 2025 года ВВП вырос на 6,2%.", 6.2, (date(2025, 4, 1), date(2025, 6, 30))),
        ("В 1-м полугодии добыто 45 млн тонн нефти.", 45e6, (date(2025, 1, 1), date(2025, 6, 30))),
        ("По итогам 2024 года прибыль банков составила 2 трлн тенге.", 2e12, Y2024),
        ("По итогам сентября инфляция замедлилась до 12,9%.", 12.9, (date(2025, 9, 1), date(2025, 9, 30))),
        ("С начала года в бюджет поступило 40 млрд тенге.", 40e9, (date(2025, 1, 1), PUBLISHED)),
        ("На 1 октября 2025 года численность населения составила 20,4 млн человек.", 20.4e6,
         (date(2025, 10, 1), date(2025, 10, 1))),
        ("По состоянию на 1 января в стране было зарегистрировано 2,1 млн предприятий.", 2.1e6,
         (date(2025, 1, 1), date(2025, 1, 1))),
        ("С 1 сентября 2025 года стипендия составит 62 000 тенге.", 62000, (date(2025, 9, 1), None)),
        ("Начиная с 2026 года добыча составит 100 млн тонн в год.", 100e6, (date(2026, 1, 1), None)),
        ("До 2027 года планируется построить 300 школ.", 300, (None, date(2027, 12, 31))),
        ("К 2030 году мощность станций достигнет 14 ГВт.", 14, (None, date(2030, 12, 31))),
        ("На 2025–2027 годы на эти цели предусмотрено 1,2 трлн тенге.", 1.2e12,
         (date(2025, 1, 1), date(2027, 12, 31))),
        ("В этом году собрано 27 млн тонн зерна.", 27e6, Y2025),
        ("В прошлом году собрано 26 млн тонн зерна.", 26e6, Y2024),
        ("С октября 2025 года по март 2026 года дефицит может достичь 0,9 ГВт.", 0.9,
         (date(2025, 10, 1), date(2026, 3, 31))),
        ("Проект стартовал в 2024 году. С тех пор обучение прошли 5 000 человек.", 5000,
         (date(2024, 1, 1), PUBLISHED)),
        ("С начала кампании к уборке присоединились 6 000 волонтеров.", 6000, (None, PUBLISHED)),
        ("За 9 месяцев прошлого года перевезено 11 млн тонн грузов.", 11e6, (date(2024, 1, 1), date(2024, 9, 30))),
        ("В первом полугодии текущего года добыто 45 млн тонн нефти.", 45e6, (date(2025, 1, 1), date(2025, 6, 30))),
        ("С января по август экспорт вырос на 5%.", 5, (date(2025, 1, 1), date(2025, 8, 31))),
        ("На конец 2024 года вклады населения составили 20 трлн тенге.", 20e12, (date(2024, 12, 31), date(2024, 12, 31))),
        ("По итогам прошлого года экспорт составил 3 млрд долларов.", 3e9, Y2024),
    ],
)  # fmt: skip
def test_russian_period_phrases(sentence: str, value: float, span: Span) -> None:
    assert _span(sentence, "ru", value) == span


def test_russian_year_in_a_phrase_without_one_is_the_publication_year_or_the_last() -> None:
    # in a January report "в январе-ноябре" is last year's
    assert _span("В январе-ноябре экспорт вырос на 7%.", "ru", 7, date(2026, 1, 12)) == (
        date(2025, 1, 1),
        date(2025, 11, 30),
    )


def test_russian_comparison_base_takes_the_base_period_and_the_figure_keeps_its_own() -> None:
    body = (
        "За январь-ноябрь 2025 года хозяйства произвели 1 021,6 тыс. тонн мяса. "
        "Говядины получено 358,8 тыс. тонн против 351,4 тыс. тонн за тот же период 2024 года, "
        "баранины — 111,8 тыс. тонн. Производство молока выросло на 5% по сравнению с аналогичным "
        "периодом 2024 года. Экспорт мяса на 12 тыс. тонн больше, чем в 2021 году."
    )
    found = _found(body, "ru", published=date(2025, 12, 15))
    jan_nov_2025, jan_nov_2024 = (
        (date(2025, 1, 1), date(2025, 11, 30)),
        (date(2024, 1, 1), date(2024, 11, 30)),
    )
    assert found[358800][:2] == jan_nov_2025
    assert found[351400][:2] == jan_nov_2024  # the base value takes the base period
    assert found[111800][:2] == jan_nov_2025  # the scope does not move to the base year
    assert found[5][:2] == jan_nov_2025
    assert found[12000][:2] == jan_nov_2025


def test_russian_year_earlier_dates_its_own_value_and_does_not_set_the_scope() -> None:
    body = (
        "В 2025 году выпуск достиг 650 тыс. тонн против 609,8 тыс. годом ранее. "
        "Средняя урожайность в этом году составила 17 ц/га, тогда как годом ранее она была на уровне 16,2 ц/га. "
        "Экспорт составил 9 млн тонн."
    )
    found = _found(body, "ru")
    assert found[650000][:2] == Y2025
    assert found[609800][:2] == Y2024
    assert found[17][:2] == Y2025
    assert found[16.2][:2] == Y2024
    assert found[9e6][:2] == Y2025


def test_russian_month_earlier_looks_back_without_moving_the_scope() -> None:
    body = (
        "В октябре годовая инфляция составила 12,6%. Месяцем ранее, по итогам сентября, показатель "
        "составлял 12,9%. В Алматы инфляция оказалась самой низкой — 11,2%."
    )
    found = _found(body, "ru", published=date(2025, 11, 5))
    october, september = (date(2025, 10, 1), date(2025, 10, 31)), (date(2025, 9, 1), date(2025, 9, 30))
    assert found[12.6][:2] == october
    assert found[12.9][:2] == september
    assert found[11.2][:2] == october


def test_reporting_dates_and_the_dateline_date_no_figure() -> None:
    body = (
        "Астана. 8 декабря. KAZAKHSTAN TODAY - В 2025 году в стране построено 120 школ. "
        "Как сообщили 13 ноября в министерстве, в них учатся 90 тыс. детей."
    )
    found = _found(body, "ru", published=date(2025, 12, 8))
    assert found[120][:2] == Y2025
    assert found[90000][:2] == Y2025  # the article's year, not 13 November


def test_headline_and_lead_scope_carries_and_each_clause_has_its_own_year() -> None:
    found = _found(
        "Экспорт составил 1,2 млрд долларов. В 2024 году построено 140 школ, а в 2025 году будет построено 95.",
        "ru",
        title="За 9 месяцев 2025 года экспорт вырос на 10%",
    )
    assert found[1.2e9] == (*JAN_SEP_2025, "actual")
    assert found[140] == (*Y2024, "actual")
    assert found[95] == (*Y2025, "plan")


def test_already_and_now_date_their_clause_and_yield_to_a_period_beside_them() -> None:
    found = _found(
        "Сейчас в технопарке работают 2 000 компаний, а до 2026 года их станет 3 000. "
        "Уже в этом году должны заработать объекты на 622 МВт. "
        "На сегодня программа выполнена на 46,4%, или на 51,5 млн кв. м.",
        "ru",
    )
    assert found[2000] == (*TODAY, "actual")
    assert found[3000][:2] == (None, date(2026, 12, 31))
    assert found[622] == (*Y2025, "plan")
    assert found[51.5e6] == (*TODAY, "actual")


def test_a_period_in_brackets_dates_only_the_bracket() -> None:
    found = _found("В 2026 году пенсия увеличится до 69 049 тенге (в текущем году — 62 771 тенге).", "ru")
    assert found[69049][:2] == (date(2026, 1, 1), date(2026, 12, 31))
    assert found[62771][:2] == Y2025


@pytest.mark.parametrize(
    ("sentence", "value", "kind"),
    [
        ("В 2026 году планируется построить 300 школ.", 300, "plan"),
        ("На эти цели предусмотрено 1,2 трлн тенге.", 1.2e12, "plan"),
        ("В 2026 году будет построено 95 школ.", 95, "plan"),
        ("В 2026 году будут введены 2 700 МВт мощностей.", 2700, "plan"),
        ("Ожидается, что урожай составит 24 млн тонн.", 24e6, "forecast"),
        ("По прогнозу, ВВП вырастет на 5%.", 5, "forecast"),
        ("По итогам года, как ожидается, ВРП составит 34 млрд долларов.", 34e9, "forecast"),
        ("Пиковая нагрузка может достичь 17,6 ГВт.", 17.6, "forecast"),
        ("Цель — довести долю обрабатывающей промышленности до 15%.", 15, "target"),
        ("Задача — увеличить экспорт до 1 млрд долларов.", 1e9, "target"),
        ("Приток инвестиций в этом году должен составить 25,5 млрд долларов.", 25.5e9, "target"),
        ("Министерство намерено открыть 50 центров.", 50, "plan"),
        ("В этом году заработают 190 индустриальных проектов.", 190, "plan"),
        ("Регионы должны ввести 15 млн кв. м жилья.", 15e6, "plan"),
        ("План на текущий год установлен на уровне 96,2 млн тонн.", 96.2e6, "plan"),
        ("Удобрений получено 1,7 млн тонн, что составляет 89% от плана.", 89, "actual"),
        ("В 2024 году экспорт составил 3 млрд долларов.", 3e9, "actual"),
        ("В 2024 году численность скота достигла 8,3 млн голов.", 8.3e6, "actual"),
        ("В 2024 году поголовье выросло на 2,7%.", 2.7, "actual"),
        ("План 2024 года перевыполнен на 6,1 млн кв. м.", 6.1e6, "actual"),
        ("В 2024 году в строй введено 36,9 млн кв. м при плане 30,8 млн кв. м.", 36.9e6, "actual"),
        ("В 2024 году в строй введено 36,9 млн кв. м при плане 30,8 млн кв. м.", 30.8e6, "plan"),
        ("Будущим педагогам будут платить 75 600 тенге вместо нынешних 67 200 тенге.", 67200, "actual"),
        ("Ежемесячно стране может не хватать от 125 до 330 млн кВт·ч.", 125e6, "forecast"),
        ("Пособие вырастет с 3 932 до 4 325 тенге.", 3932, "actual"),
        ("На 2026 год на эти цели выделено 120 млрд тенге.", 120e9, "plan"),
        ("В 2024 году на эти цели выделено 100 млрд тенге.", 100e9, "actual"),
    ],
)
def test_russian_kinds(sentence: str, value: float, kind: str) -> None:
    assert _found(sentence, "ru")[value][2] == kind


@pytest.mark.parametrize(
    ("sentence", "value", "span"),
    [
        ("2024 жылы елде 162 мектеп салынды.", 162, Y2024),
        ("2025 жылдың 9 айында экспорт 3,1 млн тоннаға жетті.", 3.1e6, JAN_SEP_2025),
        ("Қаңтар-қыркүйек айларында 12 млн тонна жүк тасымалданды.", 12e6, JAN_SEP_2025),
        ("Жыл басынан бері 2,5 млн тонна жүк тасымалданды.", 2.5e6, (date(2025, 1, 1), PUBLISHED)),
        ("2027 жылға дейін 300 мектеп салынады.", 300, (None, date(2027, 12, 31))),
        ("2030 жылға қарай қуат 14 ГВт-қа жетеді деп күтілуде.", 14, (None, date(2030, 12, 31))),
        ("1 қазандағы жағдай бойынша халық саны 20,4 млн адамды құрады.", 20.4e6,
         (date(2025, 10, 1), date(2025, 10, 1))),
        ("Өткен жылы 26 млн тонна астық жиналды.", 26e6, Y2024),
        ("Былтыр 26 млн тонна астық жиналды.", 26e6, Y2024),
        ("Биыл 19,2 млн шаршы метр тұрғын үй салынады.", 19.2e6, Y2025),
        ("2024 жылғы көрсеткіш 2,7 млн тонна болды.", 2.7e6, Y2024),
        ("Соңғы 9 айда өнеркәсіп өндірісі 6,4%-ға өсті.", 6.4, JAN_SEP_2025),
        ("Қыркүйекте инфляция 12,9%-ды құрады.", 12.9, (date(2025, 9, 1), date(2025, 9, 30))),
        ("Жыл басында өңірде 29 инвестициялық жоба жүзеге асырылып жатты.", 29, (date(2025, 1, 1), date(2025, 1, 1))),
        ("2025 жылғы қыркүйектен бастап 27 қарашаға дейін 3,1 млн тонна астық экспортталды.", 3.1e6,
         (date(2025, 9, 1), date(2025, 11, 27))),
        ("2026 жылғы 1 қаңтардан бастап жәрдемақы 10%-ға көбейеді.", 10, (date(2026, 1, 1), None)),
        ("Жыл соңына дейінгі жоспар – 19,2 млн шаршы метр.", 19.2e6, (None, date(2025, 12, 31))),
        ("2025 жылғы бірінші жартыжылдықтың қорытындысы бойынша құрылыс көлемі 3,3 трлн теңгеге жетті.", 3.3e12,
         (date(2025, 1, 1), date(2025, 6, 30))),
        ("2024 жылдың ІІ тоқсанында экспорт 9%-ға өсті.", 9, (date(2024, 4, 1), date(2024, 6, 30))),
        ("2025 жылдың 2-тоқсанында ЖІӨ 6,2%-ға өсті.", 6.2, (date(2025, 4, 1), date(2025, 6, 30))),
        ("Өткен жылдың 9 айында экспорт 2,9 млн тоннаға жетті.", 2.9e6, (date(2024, 1, 1), date(2024, 9, 30))),
        ("Ағымдағы жылдың қаңтар-тамыз айларында 12 млн тонна жүк тасымалданды.", 12e6,
         (date(2025, 1, 1), date(2025, 8, 31))),
        ("Биылғы қаңтар-тамызда 140 мектеп салынды.", 140, (date(2025, 1, 1), date(2025, 8, 31))),
    ],
)  # fmt: skip
def test_kazakh_period_phrases(sentence: str, value: float, span: Span) -> None:
    assert _span(sentence, "kk", value) == span


def test_kazakh_comparison_base_is_no_period_and_no_scope() -> None:
    body = (
        "2025 жылдың 9 айында экспорт 3,1 млн тоннаға жетті. "
        "Бұл өткен жылдың сәйкес кезеңімен салыстырғанда 12%-ға көп. "
        "Бидай өнімі 2023 жылмен салыстырғанда 0,5 млн тоннаға артты. "
        "Салыстыру үшін, былтырғы дәл осы кезеңде 2,7 млн тонна астық жөнелтілген. "
        "Өзбекстанға 1 416 мың тонна астық жеткізілді."
    )
    found = _found(body, "kk")
    assert found[12][:2] == JAN_SEP_2025
    assert found[0.5e6][:2] == JAN_SEP_2025
    assert found[2.7e6][:2] == (date(2024, 1, 1), date(2024, 9, 30))  # the same months a year before
    assert found[1.416e6][:2] == JAN_SEP_2025  # the look back set no scope


def test_kazakh_now_dates_its_clause_only() -> None:
    found = _found(
        "Тәуелділік қазіргі 50,7%-дан 2028 жылға қарай 33%-ға дейін төмендейді. "
        "Қазір олар ай сайын 31 423 теңге алады, ал 2026 жылы бұл сома 36 660 теңгеге жетеді.",
        "kk",
    )
    assert found[50.7] == (*TODAY, "actual")
    assert found[33][:2] == (None, date(2028, 12, 31))
    assert found[31423] == (*TODAY, "actual")
    assert found[36660] == (date(2026, 1, 1), date(2026, 12, 31), "plan")


@pytest.mark.parametrize(
    ("sentence", "value", "kind"),
    [
        ("2026 жылы 40 мектеп салу жоспарлануда.", 40, "plan"),
        ("2026 жылы 40 мектеп салу жоспарланып отыр.", 40, "plan"),
        ("Биыл астық өнімі 24 млн тонна болады деп күтілуде.", 24e6, "forecast"),
        ("Болжам бойынша ЖІӨ 5%-ға өседі.", 5, "forecast"),
        ("Мақсат – экспортты 1 млрд долларға жеткізу.", 1e9, "target"),
        ("2027 жылға дейін 1 млрд долларға жеткізу міндеті қойылды.", 1e9, "target"),
        ("2026 жылы 50 мектеп салынады.", 50, "plan"),
        ("2026 жылы 19,2 млн шаршы метр баспана тапсырылады.", 19.2e6, "plan"),
        ("2026 жылы жобалар 896 шақырым жолда жүзеге асырылады.", 896, "plan"),
        ("2026 жылы жұмыстар 208 шақырымдық учаскеде жалғасады.", 208, "plan"),
        ("Құрылыс 2026 жылы 12 нысанда аяқтайды.", 12, "plan"),
        ("2025 жылдың 10 айында 14,6 млн шаршы метр баспана тапсырылды.", 14.6e6, "actual"),
        ("2025 жылы 646 нысан салынды.", 646, "actual"),
        ("Өнеркәсіп 8,7%-ға, құрылыс 12,8%-ға өскен.", 8.7, "actual"),
        ("Қазіргі таңда 5 мың шақырым жол жөндеуден өтті.", 5000, "actual"),
        ("Көлік вице-министрі Мақсат Қалиақпаров 2025 жылы 11 мың шақырым жол жөнделгенін айтты.", 11000, "actual"),
        ("Жыл сайын елде 4,5 млн тонна қалдық түзіледі.", 4.5e6, "actual"),
        ("Тамақ өнімдерін өндіру 2025 жылы 8,7%-ға өсті.", 8.7, "actual"),
        ("2025 жылы құрылыс көлемі жоспардан 85,3 млрд теңгеге артық болды.", 85.3e9, "actual"),
        ("Сол кезде 2025 жылға арналған жоспар 19,2 млн шаршы метр деп белгіленген.", 19.2e6, "plan"),
    ],
)  # fmt: skip
def test_kazakh_kinds(sentence: str, value: float, kind: str) -> None:
    assert _found(sentence, "kk")[value][2] == kind


def test_a_revised_forecast_stays_a_forecast_and_a_fulfilled_plan_is_an_outcome() -> None:
    ru = _found(
        "Нацбанк повысил прогноз инфляции на 2025 год с 7,5% до 8,5%. План 2024 года перевыполнен на 6,1 млн кв. м.",
        "ru",
    )
    assert ru[8.5] == (*Y2025, "forecast")
    assert ru[6.1e6][2] == "actual"
    kk = _found(
        "Реттеуші 2024 жылға арналған инфляция болжамын 8-9%-ға дейін көтерген. 2024 жылы инфляция 8,6%-ға жетті.",
        "kk",
    )
    assert kk[9] == (*Y2024, "forecast")
    assert kk[8.6] == (*Y2024, "actual")


def test_kazakh_comparative_with_an_earlier_years_level_is_no_period() -> None:
    found = _found(
        "2014 жылдың I тоқсанында 51,1 млрд теңгенің өнімі шығарылды, бұл 2013 жылғы көрсеткіштен 34,5%-ға жоғары.",
        "kk",
    )
    assert found[34.5][:2] == (date(2014, 1, 1), date(2014, 3, 31))


def test_old_level_of_an_outcome_is_the_same_months_a_year_before() -> None:
    body = (
        "2025 жылғы қыркүйектен бастап 27 қарашаға дейін 3,1 млн тонна астық экспортталды. "
        "Өзбекстанға тасымал 32,8%-ға артып, 1 066 мың тоннадан 1 416 мың тоннаға жетті."
    )
    found = _found(body, "kk", published=date(2025, 12, 1))
    assert found[1.066e6][:2] == (date(2024, 9, 1), date(2024, 11, 27))
    assert found[1.416e6][:2] == (date(2025, 9, 1), date(2025, 11, 27))
    # a level set for the future keeps its own period: "will rise from ... to ..." is no outcome
    plan = _found("2026 жылы жәрдемақы 63 030 теңгеден 69 330 теңгеге жетеді.", "kk")
    assert plan[69330] == (date(2026, 1, 1), date(2026, 12, 31), "plan")
    # "... бұрынғы деңгейден 3,9%-ға жоғары" compares, it names no old level
    level = _found(
        "2025 жылы тұрғын үй 16,9 млн шаршы метрді құрады, бұл бір жыл бұрынғы деңгейден 3,9%-ға жоғары.",
        "kk",
    )
    assert level[16.9e6][:2] == Y2025


@pytest.mark.parametrize(
    ("sentence", "language", "value", "kind"),
    [
        ("Министрліктің есебінше, 2030 жылы 1 млн тұрғын қосымша қамтылады.", "kk", 1e6, "forecast"),
        ("Біздің есебімізше, тәуелділік қазіргі 50,7%-дан 2028 жылға қарай 33%-ға дейін төмендейді.", "kk", 33,
         "forecast"),
        ("Біздің есебімізше, тәуелділік қазіргі 50,7%-дан 2028 жылға қарай 33%-ға дейін төмендейді.", "kk", 50.7,
         "actual"),
        ("Вице-министр 2026 жылы 11 мың шақырым жол жөнделетінін хабарлады.", "kk", 11000, "plan"),
        ("Ведомство 2025 жылға қарай инфляцияны 4%-ға дейін төмендету міндетін орындай алмайтынын мойындады.",
         "kk", 4, "target"),
        ("Бағдарламаға жалпы 185 млрд теңге қарастырылған.", "kk", 185e9, "plan"),
        ("Елдегі жұмыссыздық деңгейі 4,7%-ды құрайды.", "kk", 4.7, "actual"),
        ("2026 жылғы 1 қаңтардан бастап базалық зейнетақы күнкөріс деңгейінің 70%-ын құрайды.", "kk", 70, "plan"),
        ("Болжам бойынша кіріс 2028 жылы 18,7 трлн теңгені құрайды.", "kk", 18.7e12, "forecast"),
        ("Бағдарламаны іске асыру мақсатында 2024 жылы 50 млрд теңге бөлінді.", "kk", 50e9, "actual"),
        ("2029 жылға қарай экспорт 1 млрд долларға жетуі тиіс.", "kk", 1e9, "target"),
        ("2026 жылы 655 нысан салынуы тиіс.", "kk", 655, "plan"),
        ("2030 жылға дейінгі меже – 10 мың шақырым жол.", "kk", 10000, "target"),
        ("В планах ведомства — открыть 50 центров.", "ru", 50, "plan"),
        ("Ориентир на 2026 год — 6% роста ВВП.", "ru", 6, "target"),
        ("По оценке министерства, в 2026 году урожай составит 24 млн тонн.", "ru", 24e6, "forecast"),
        ("По оценке Бюро статистики, в 2025 году ВВП вырос на 6,5%.", "ru", 6.5, "actual"),
    ],
)  # fmt: skip
def test_estimates_and_reported_intentions(sentence: str, language: str, value: float, kind: str) -> None:
    assert _found(sentence, language)[value][2] == kind


def test_kazakh_year_results_and_start_of_year_contrast() -> None:
    found = _found(
        "Жыл басында өңірде 29 жоба жүзеге асырылып жатса, қазір олардың саны 97-ге жетті. "
        "Инвестиция көлемі 3,5 трлн теңгеге жетті. "
        "Жыл қорытындысында 5 млн шаршы метр тұрғын үй салынады деп күтілуде.",
        "kk",
    )
    assert found[5e6] == (*Y2025, "forecast")
    assert found[29][:2] == (date(2025, 1, 1), date(2025, 1, 1))
    assert found[97][:2] == TODAY
    assert found[3.5e12][:2] == TODAY  # the start of the year was a contrast, not the article's period


def test_a_count_of_years_closes_the_run_of_years_just_named() -> None:
    found = _found(
        "В 2026 году на эти цели предусмотрено 1,8 трлн тенге, в 2027 году — 3,2 трлн, а в 2028 году — 4,1 трлн. "
        "Всего за три года регионы получат 9,1 трлн тенге. План на текущий год установлен на уровне 96,2 млн тонн.",
        "ru",
    )
    assert found[9.1e12][:2] == (date(2026, 1, 1), date(2028, 12, 31))
    assert found[96.2e6] == (*Y2025, "plan")
    # without a run of years before it, "за три года" names no period of its own
    assert _found("За три года построено 633 объекта.", "ru")[633][:2] == TODAY


@pytest.mark.parametrize(
    ("sentence", "language", "spans"),
    [
        # a document's date is no period
        ("Согласно постановлению от 12 мая 2025 года № 345, на программу выделено 50 млрд тенге.", "ru",
         {50e9: TODAY}),
        ("2025 жылғы 12 мамырдағы № 345 қаулымен бағдарламаға 50 млрд теңге бөлінді.", "kk", {50e9: TODAY}),
        # "уже" yields to the year of its clause; "current" right before a figure does not
        ("Если в 2023 году было выдано 120 тыс. кредитов, то в 2024 году — уже 150 тыс.", "ru",
         {120000: (date(2023, 1, 1), date(2023, 12, 31)), 150000: Y2024}),
        # a period right after a later figure is that figure's while another is left
        ("Годовая инфляция в октябре замедлилась до 12,6% после 12,9% в сентябре.", "ru",
         {12.6: (date(2025, 10, 1), date(2025, 10, 31)), 12.9: (date(2025, 9, 1), date(2025, 9, 30))}),
        ("Поголовье выросло на 5%, до 3 млн голов в 2024 году.", "ru", {5: Y2024, 3e6: Y2024}),
        ("Қазандағы жылдық инфляция 12,6%-ға дейін баяулады, қыркүйекте бұл көрсеткіш 12,9% болған.", "kk",
         {12.6: (date(2025, 10, 1), date(2025, 10, 31)), 12.9: (date(2025, 9, 1), date(2025, 9, 30))}),
        ("Ожидается, что к концу года объем кредитования превысит 40 трлн тенге.", "ru",
         {40e12: (None, date(2025, 12, 31))}),
    ],
)  # fmt: skip
def test_document_dates_attached_periods_and_already(sentence: str, language: str, spans: dict) -> None:
    found = _found(sentence, language)
    assert {value: found[value][:2] for value in spans} == spans


# Issue 12, second round: the classes a blind set showed (sentences written for these tests).
NOV = date(2025, 11, 20)


@pytest.mark.parametrize(
    ("sentence", "language", "value", "span"),
    [
        ("С начала 2025 года в области введено 1,4 млн кв. м жилья.", "ru", 1.4e6, (date(2025, 1, 1), NOV)),
        ("С начала 2024 года сюда вложено 90 млрд тенге.", "ru", 90e9, (date(2024, 1, 1), NOV)),
        ("С начала реализации проекта построено 40 школ.", "ru", 40, (None, NOV)),  # not a year
        ("2025 жылдың басынан бері 4,2 млн тонна астық экспортталды.", "kk", 4.2e6, (date(2025, 1, 1), NOV)),
        ("Жыл басынан бастап 80 мектеп салынды.", "kk", 80, (date(2025, 1, 1), NOV)),
        ("2025 жылы 80 мектеп салынды.", "kk", 80, Y2025),  # the year alone
        ("2024 жылдан бері 300 мектеп салынды.", "kk", 300, (date(2024, 1, 1), NOV)),
        (
            "2024-2025 жылдардың күзгі-қысқы кезеңінде 12 млрд кВт/сағат электр энергиясы өндірілді.",
            "kk",
            12e9,
            (date(2024, 10, 1), date(2025, 3, 31)),
        ),
        (
            "В осенне-зимний период 2024-2025 годов выработано 11 млрд кВт·ч.",
            "ru",
            11e9,
            (date(2024, 10, 1), date(2025, 3, 31)),
        ),
        ("2024-2025 жылдары 12 млрд теңге бөлінді.", "kk", 12e9, (date(2024, 1, 1), date(2025, 12, 31))),
        (
            "2021 жылдан 2025 жылға дейін жыл сайын 3 млн ағаш отырғызу жоспарланған.",
            "kk",
            3e6,
            (date(2021, 1, 1), date(2025, 12, 31)),
        ),
        ("Өткен 3 жылда 10,3 млн ағаш отырғызылды.", "kk", 10.3e6, (NOV.replace(year=2022), NOV)),  # rolling
        (
            "По итогам января-октября выпуск превысил 24 трлн тенге.",
            "ru",
            24e12,
            (date(2025, 1, 1), date(2025, 10, 31)),
        ),
        (
            "За семь месяцев выпуск составил 16 трлн тенге.",
            "ru",
            16e12,
            (date(2025, 1, 1), date(2025, 7, 31)),
        ),
    ],
)
def test_starts_of_years_seasons_and_runs_of_years(
    sentence: str, language: str, value: float, span: Span
) -> None:
    assert _span(sentence, language, value, published=NOV) == span


def test_a_look_back_dates_its_own_figures_and_sets_no_scope() -> None:
    body = (
        "За девять месяцев 2025 года ВВП вырос на 6,3%. Для сравнения: в первом полугодии 2022 года этот "
        "показатель равнялся 3,4%. Промышленность выросла на 7,1%. "
        "В рознице индекс составил 107,1%, тогда как годом ранее он находился на уровне 107,3%."
    )
    found = _found(body, "ru", published=NOV)
    assert found[3.4][:2] == (date(2022, 1, 1), date(2022, 6, 30))
    assert found[7.1][:2] == JAN_SEP_2025  # the look back set no scope
    assert found[107.1][:2] == JAN_SEP_2025  # the later clause's look back does not reach back
    assert found[107.3][:2] == (date(2024, 1, 1), date(2024, 9, 30))  # the same months a year before
    kk = _found(
        "Биыл 9 айда 120 мың тонна ет өндірілді. Былтыр бұл көрсеткіш 110 мың тонна болған. "
        "Сүт өндірісі 5%-ға артты. Былтыр 50 мектеп салынды.",
        "kk",
        published=NOV,
    )
    assert kk[110000][:2] == (date(2024, 1, 1), date(2024, 9, 30))
    assert kk[5][:2] == JAN_SEP_2025
    assert kk[50][:2] == Y2024  # no look-back words: last year as a whole


def test_bases_are_the_scopes_span_a_year_before() -> None:
    found = _found(
        "В первом полугодии 2025 года добыто 45 млн тонн угля, за аналогичный период прошлого года — 43 млн "
        "тонн. Нефти добыто 48 млн тонн против 46 млн тонн. Годом ранее экспорт составлял 20 млн тонн.",
        "ru",
        published=NOV,
    )
    first_half_2024 = (date(2024, 1, 1), date(2024, 6, 30))
    assert found[43e6][:2] == first_half_2024
    assert found[48e6][:2] == (date(2025, 1, 1), date(2025, 6, 30))
    assert found[46e6][:2] == first_half_2024
    assert found[20e6][:2] == first_half_2024
    # a base with its own period keeps it; a current level after "с нынешних" is no base of last year
    other = _found("В октябре инфляция составила 12,6% против 12,9% в сентябре.", "ru", published=NOV)
    assert other[12.9][:2] == (date(2025, 9, 1), date(2025, 9, 30))


def test_a_past_start_date_and_breakdowns_keep_the_lead_period() -> None:
    found = _found(
        "Средняя зарплата в первом квартале 2023 года составила 320 000 тенге. С 1 января 2023 года "
        "минимальная зарплата установлена на уровне 70 000 тенге. В финансовом секторе зарплата составила "
        "600 000 тенге.",
        "ru",
        published=date(2023, 5, 15),
    )
    q1 = (date(2023, 1, 1), date(2023, 3, 31))
    assert found[70000][:2] == (date(2023, 1, 1), None)
    assert found[600000][:2] == q1
    # a start still ahead sets the scene for the rates under it
    ahead = _found(
        "С 1 января 2026 года стипендия составит 62 000 тенге. Магистранты получат 90 000 тенге.", "ru"
    )
    assert ahead[90000][:2] == (date(2026, 1, 1), None)
    kk = _found(
        "Қазіргі таңда 35,4 мың гектарға 100 млн дана ағаш отырғызылды. Оның ішінде жасыл белдеуде 2 700 "
        "гектарға 5 млн көшет егілді. Экспорт 5%-ға өсті.",
        "kk",
        title="Биыл ағаш отырғызу жалғасады",
    )
    assert kk[5e6][:2] == TODAY  # a breakdown shares its total's date
    assert kk[5][:2] == Y2025  # a sentence without the breakdown words keeps the scope
    stock = _found(
        "На 1 ноября 2025 года зарегистрировано 500 тыс. предприятий. Из них 300 тыс. малые.", "ru"
    )
    assert stock[300000][:2] == (date(2025, 11, 1), date(2025, 11, 1))


def test_totals_so_far_units_and_kinds() -> None:
    kk = _found("Барлығы 1,2 млн ағаш отырғызылды. Саябақта 300 ағаш бар.", "kk", published=NOV)
    assert kk[1.2e6][:2] == (None, NOV)
    assert kk[300][:2] == (NOV, NOV)  # a stock without a total word is today's
    units = {
        i.surface: i.unit
        for i in extract_indicators(
            "Өндіріс 1,5 млрд кВт/сағатқа жетті. Айыппұл 50 АЕК болды. Тұтыну 3 млрд кВт·сағ болды.",
            NOV,
            "",
            "kk",
        )
    }
    assert units == {"1,5 млрд кВт/сағатқа": "kWh", "50 АЕК": "other", "3 млрд кВт·сағ": "kWh"}
    ru = {
        i.surface: i.unit
        for i in extract_indicators("Штраф составляет 10 МРП, выработка 2 млрд кВт/ч.", NOV, "", "ru")
    }
    assert ru == {"10 МРП": "other", "2 млрд кВт/ч": "kWh"}


def test_the_same_measure_elsewhere_and_a_this_sentence_take_the_last_figures_period() -> None:
    kk = _found(
        "Қыркүйектен бері Ақмола облысында 3,4 млн көшет отырғызылды. Павлодар облысында бұл көрсеткіш 540 мың "
        "түпке жетті. Жыл басынан бері 4 500 адам жұмысқа орналасты. Бұл былтырғы көрсеткіштен 12%-ға көп.",
        "kk",
        title="Биыл көгалдандыру жалғасады",
        published=NOV,
    )
    assert kk[540000][:2] == (date(2025, 9, 1), NOV)
    assert kk[12][:2] == (date(2025, 1, 1), NOV)
    ru = _found(
        "С начала года трудоустроено 4 500 человек. Это на 12% больше, чем годом ранее. "
        "В Алматы этот показатель составил 900 человек. Экспорт вырос на 3%.",
        "ru",
        title="За 9 месяцев 2025 года занятость выросла",
        published=NOV,
    )
    assert ru[12][:2] == (date(2025, 1, 1), NOV)
    assert ru[900][:2] == (date(2025, 1, 1), NOV)
    assert ru[3][:2] == JAN_SEP_2025  # a sentence that names no measure keeps the headline's span
    peak = _found(
        "13 желтоқсанда тұтыну 17 500 МВт-қа жетті, бұл былтырғы ең жоғары көрсеткіштен 400 МВт-қа көп.",
        "kk",
        published=date(2025, 12, 20),
    )
    assert peak[400][:2] == (date(2025, 12, 13), date(2025, 12, 13))  # last year's peak is the base


def test_since_the_year_a_campaign_began_and_kazakh_next_year_and_will_be_under_a_forecast() -> None:
    kk = _found(
        "2024 жылы басталған акцияға осы уақытқа дейін 10 млн адам қатысты. 2024 жылы 5 млн адам қатысты.",
        "kk",
        published=NOV,
    )
    assert kk[10e6][:2] == (date(2024, 1, 1), NOV)
    assert kk[5e6][:2] == Y2024
    ru = _found("В акции, стартовавшей в 2024 году, приняли участие 10 млн человек.", "ru", published=NOV)
    assert ru[10e6][:2] == (date(2024, 1, 1), NOV)
    assert _found("Алдағы жылы 12 мектеп салу жоспарлануда.", "kk")[12] == (
        date(2026, 1, 1),
        date(2026, 12, 31),
        "plan",
    )
    assert _found("Алдағы жылдары 12 мектеп салынады.", "kk")[12][:2] != (
        date(2026, 1, 1),
        date(2026, 12, 31),
    )
    assert _found("Министрліктің болжамы бойынша экспорт 10 млн тонна болмақ.", "kk")[10e6][2] == "forecast"
    assert _found("Келесі жылы экспорт 10 млн тонна болмақ.", "kk")[10e6][2] == "plan"


def test_seasons_are_not_the_preparation_for_them_and_contrasts_with_last_year_set_no_scope() -> None:
    season = (date(2024, 10, 1), date(2025, 3, 31))
    assert (
        _span("2024-2025 жылдардағы күзгі-қысқы кезеңде 12 млрд кВт/сағат өндірілді.", "kk", 12e9, NOV)
        == season
    )
    assert _span("Күзгі-қысқы кезеңге дайындық аясында 500 км желі жөнделді.", "kk", 500, NOV) == (NOV, NOV)
    assert _span("Перед осенне-зимним периодом отремонтировано 500 км сетей.", "ru", 500, NOV) == (NOV, NOV)
    assert _span("К осенне-зимнему периоду отремонтировано 500 км сетей.", "ru", 500, NOV) == (NOV, NOV)
    assert _span("Бағдарлама басталғалы бері 1 200 отбасы баспаналы болды.", "kk", 1200, NOV) == (None, NOV)
    assert _span("Жыл басынан бергі кезеңде 4 500 адам жұмысқа орналасты.", "kk", 4500, NOV) == (
        date(2025, 1, 1),
        NOV,
    )
    ru = _found(
        "В январе-сентябре индекс составил 107,1%, тогда как в прошлом году он был 107,3%. Услуги подорожали "
        "на 5%. Согласно плану, в 2026 году выделят 1,8 трлн тенге, в 2027 году — 3,2 трлн, а в 2028 году — 4 "
        "трлн тенге.",
        "ru",
        published=NOV,
    )
    assert ru[107.1][:2] == JAN_SEP_2025
    assert ru[107.3][:2] == Y2024
    assert ru[5][:2] == JAN_SEP_2025
    assert ru[4e12][:2] == (date(2028, 1, 1), date(2028, 12, 31))  # a list of years, no contrast
    kk = _found(
        "Биыл 9 айда 120 мың тонна ет өндірілді, ал былтыр 110 мың тонна. Сүт 5%-ға артты.",
        "kk",
        published=NOV,
    )
    assert kk[110000][:2] == Y2024
    assert kk[5][:2] == JAN_SEP_2025


def test_a_lead_since_the_start_of_the_year_carries_and_a_later_one_does_not() -> None:
    lead = _found(
        "Жыл басынан бері облыста 4 500 адам жұмысқа орналасты. Жастар үлесі 40%-ды құрады.",
        "kk",
        published=NOV,
    )
    assert lead[40][:2] == (date(2025, 1, 1), NOV)
    later = _found(
        "За девять месяцев выпуск вырос на 6,3%. С начала года в области трудоустроено 4 500 человек. "
        "Экспорт составил 2 млрд долларов.",
        "ru",
        published=NOV,
    )
    assert later[4500][:2] == (date(2025, 1, 1), NOV)
    assert later[2e9][:2] == JAN_SEP_2025  # the since-span measures its own figure only


@pytest.mark.parametrize(
    ("sentence", "value", "kind"),
    [
        ("Өндірісті 2026 жылы 100 мың тоннаға жеткізу жоспарлануда.", 100000, "plan"),
        ("Жоспар бойынша экспорт көлемін 2 млрд долларға жеткізу көзделген.", 2e9, "plan"),
        ("Министрліктің болжамы бойынша экспорт 10 млн тонна болмақ.", 10e6, "forecast"),
        # look-alikes: a goal or a task frames the same level as a target
        ("Мақсат – 2029 жылға қарай экспортты 5 млрд долларға жеткізу.", 5e9, "target"),
        ("Тапсырма бойынша экспортты 5 млрд долларға жеткізу көзделген.", 5e9, "target"),
        ("Экспортты 5 млрд долларға жеткізу міндеті қойылды.", 5e9, "target"),
    ],
)
def test_kazakh_planned_levels_are_plans_unless_a_goal_frames_them(
    sentence: str, value: float, kind: str
) -> None:
    assert _found(sentence, "kk")[value][2] == kind


def test_by_this_time_last_year_is_the_span_in_scope_a_year_before() -> None:
    published = date(2025, 11, 14)
    kk = _found(
        "Жыл басынан бері 12,1 млн шаршы метр тұрғын үй салынды. Былтыр осы уақытта 10,5 млн шаршы метр "
        "салынған еді. Былтыр барлығы 18 млн шаршы метр салынды.",
        "kk",
        published=published,
    )
    assert kk[10.5e6][:2] == (date(2024, 1, 1), date(2024, 11, 14))
    assert kk[18e6][:2] == Y2024  # last year as a whole
    ru = _found(
        "С начала года введено 12,1 млн кв. м жилья. К этому времени в прошлом году было введено 10,5 млн кв. м.",
        "ru",
        published=published,
    )
    assert ru[10.5e6][:2] == (date(2024, 1, 1), date(2024, 11, 14))


JUL = date(2025, 7, 20)
H1_2025 = (date(2025, 1, 1), date(2025, 6, 30))


@pytest.mark.parametrize(
    ("sentence", "language", "value", "span"),
    [
        # between two dates or two months
        ("Биыл 1 маусым мен 15 шілде аралығында 40 мың турист келді.", "kk", 40e3,
         (date(2025, 6, 1), date(2025, 7, 15))),
        ("Қаңтар мен маусым аралығында 52 мың тонна ет өндірілді.", "kk", 52e3, H1_2025),
        ("Наурыз бен мамыр айлары аралығында 3 мың үй салынды.", "kk", 3e3,
         (date(2025, 3, 1), date(2025, 5, 31))),
        # days of one month, a Kazakh from-to without 'бастап', since a month
        ("Биыл 1-15 шілде аралығында 41 мың турист келді.", "kk", 41e3, (date(2025, 7, 1), date(2025, 7, 15))),
        ("С 1 по 15 июля курорты приняли 42 тыс. туристов.", "ru", 42e3, (date(2025, 7, 1), date(2025, 7, 15))),
        ("1 маусымнан 15 шілдеге дейін 43 мың турист келді.", "kk", 43e3, (date(2025, 6, 1), date(2025, 7, 15))),
        ("Маусым айынан бері 44 мың турист келді.", "kk", 44e3, (date(2025, 6, 1), JUL)),
        # look-alikes: a range of figures before a unit is no day range; a due date alone is a deadline
        ("Курорты приняли 12-15 тыс. туристов в июле.", "ru", 15e3, (date(2025, 7, 1), date(2025, 7, 31))),
        ("15 шілдеге дейін 45 мың турист келеді.", "kk", 45e3, (None, date(2025, 7, 15))),
        # look-alike: two months joined by 'мен' without 'аралығында' are two months, no span
        ("Маусымда 40 мың, шілдеде 45 мың турист келді.", "kk", 45e3, (date(2025, 7, 1), date(2025, 7, 31))),
        # the first half, in words
        ("Алғашқы жартыжылдықта 1,2 млн тонна астық экспортталды.", "kk", 1.2e6, H1_2025),
        ("Жарты жылда 800 мың адам жұмысқа орналасты.", "kk", 800e3, H1_2025),
        ("Биылғы жарты жылдықта 14 мың шағын кәсіпорын ашылды.", "kk", 14e3, H1_2025),
        ("Жарты жылдың қорытындысы бойынша 9 мың үй салынды.", "kk", 9e3, H1_2025),
        # look-alikes: the coming six months are no first half; nor is 'once every half year'
        ("Алдағы жарты жылда 5 мың үй салынады.", "kk", 5e3, (None, None)),
        ("Жарты жылда бір рет 6 мың теңге төленеді.", "kk", 6e3, (None, None)),
        # since a season began
        ("Жаз басталғалы 2,4 млн турист келді.", "kk", 2.4e6, (date(2025, 6, 1), JUL)),
        ("С начала лета курорты приняли 2,4 млн туристов.", "ru", 2.4e6, (date(2025, 6, 1), JUL)),
        # marketing years: July to June
        ("В 2021/22 маркетинговом году экспорт пшеницы составил 6,1 млн тонн.", "ru", 6.1e6,
         (date(2021, 7, 1), date(2022, 6, 30))),
        ("В сезоне 2021/22 экспорт ячменя составил 1,1 млн тонн.", "ru", 1.1e6,
         (date(2021, 7, 1), date(2022, 6, 30))),
        ("2021/2022 маркетингтік жылы 6,1 млн тонна бидай экспортталды.", "kk", 6.1e6,
         (date(2021, 7, 1), date(2022, 6, 30))),
        # look-alike: a run of years with 'годы' is the calendar years
        ("В 2021-2022 годах экспорт составил 12 млн тонн.", "ru", 12e6, (date(2021, 1, 1), date(2022, 12, 31))),
    ],
)  # fmt: skip
def test_spans_between_dates_half_years_seasons_and_marketing_years(
    sentence: str, language: str, value: float, span: Span
) -> None:
    assert _span(sentence, language, value, published=JUL) == span


def test_half_year_lead_look_back_and_from_to() -> None:
    found = _found(
        "Биыл алғашқы жартыжылдықта 2,1 трлн теңгенің өнімі өндірілді, бұл былтырғы дәл осы кезеңнен 3,2%-ға көп.\n"
        "2024 жылдың дәл осы аралығында ет өндірісі 500 мың тонна болған еді.\n"
        "Сүт өндірісі 600 мың тоннадан 640 мың тоннаға дейін өсті.",
        "kk",
        published=JUL,
    )
    assert found[2.1e12][:2] == H1_2025
    assert found[3.2][:2] == H1_2025  # the ablative same-span phrase is its base, not its period
    assert found[500e3][:2] == (date(2024, 1, 1), date(2024, 6, 30))  # the look back dates its own figure
    assert found[640e3][:2] == H1_2025  # and sets no scope for the next sentence
    assert found[600e3][:2] == (date(2024, 1, 1), date(2024, 6, 30))  # the level before: a year back
    # look-alike: the same span named as the period itself (locative) dates the figure
    looked = _found("2024 жылдың дәл осы кезеңінде 500 мың тонна ет өндірілді.", "kk", published=JUL)
    assert looked[500e3][:2] == (date(2024, 1, 1), date(2024, 12, 31))


@pytest.mark.parametrize(
    ("sentence", "language", "value", "kind"),
    [
        ("Егіс 23 млн гектар алқапта жүргізіліп, жоспар 100,8%-ға орындалды.", "kk", 100.8, "actual"),
        ("Егіс 23 млн гектар алқапта жүргізіліп, жоспар 100,8%-ға орындалды.", "kk", 23e6, "actual"),
        ("Инвестиция 436 млрд теңге болды, бұл жоспардың 102,6%-ы.", "kk", 102.6, "actual"),
        ("План по вводу жилья выполнен на 104%.", "ru", 104, "actual"),
        # look-alikes: the plan itself is a plan
        ("Жоспар бойынша 30 мың үй салынады.", "kk", 30e3, "plan"),
        ("Жыл соңына дейін 5 мың үй салу жоспарда бар.", "kk", 5e3, "plan"),
        # a 'что' clause under a forecast or plan word
        ("Ожидается, что в этом году аграрии намолотят 26,5 млн тонн зерна.", "ru", 26.5e6, "forecast"),
        ("Ожидается, что газ получат 32 тыс. жителей.", "ru", 32e3, "forecast"),
        # look-alike: a plain past in the same frame stays an outcome
        ("Ожидается, что рост продолжится, а в прошлом году собрали 20 млн тонн.", "ru", 20e6, "actual"),
        # 'планирует довести до': a plan (FORMAT.md's "is planned", as "plans to raise output to";
        # +ru10), 'намерено довести до': a goal's level; 'может достичь': a forecast
        ("Министерство планирует довести экспорт до 11 млн тонн.", "ru", 11e6, "plan"),
        ("Министерство намерено довести экспорт до 11 млн тонн.", "ru", 11e6, "target"),
        ("Нагрузка может достичь 17,6 гигаватта.", "ru", 17.6, "forecast"),
    ],
)
def test_plan_fulfilment_that_clauses_and_levels_to_reach(
    sentence: str, language: str, value: float, kind: str
) -> None:
    assert _found(sentence, language, published=JUL)[value][2] == kind


def test_this_year_under_a_year_to_date_headline_is_those_months() -> None:
    published = date(2025, 9, 10)
    found = extract_indicators(
        "Биыл Алматыға 900 мың турист келді. Биыл 1 млн турист келеді деп күтілуде.",
        published,
        "Сегіз айда Алматыға 900 мың турист келді",
        "kk",
    )
    spans = {i.value: (i.period_start, i.period_end, i.kind) for i in found}
    assert spans[900e3] == (date(2025, 1, 1), date(2025, 8, 31), "actual")
    # look-alike: what is expected this year is the whole year
    assert spans[1e6] == (date(2025, 1, 1), date(2025, 12, 31), "forecast")
    half = _found("Биыл елде 1,2 млн тонна ет өндірілді.", "kk", "Жарты жылда ет өндірісі артты", published)
    assert half[1.2e6][:2] == H1_2025
    # look-alike: without a narrower headline 'Биыл' is the year
    assert _span("Биыл елде 1,2 млн тонна ет өндірілді.", "kk", 1.2e6, published) == Y2025


def test_a_figures_own_past_start_is_not_the_headlines_future_year() -> None:
    ru = extract_indicators(
        "С 1 января 2024 года МЗП составляет 85 тыс. тенге.",
        date(2025, 10, 20),
        "МЗП в 2026 году сохранится",
        "ru",
    )
    assert (ru[0].period_start, ru[0].period_end, ru[0].kind) == (date(2024, 1, 1), None, "actual")
    kk = extract_indicators(
        "2023 жылдан бері жәрдемақы 70 мың теңге болып келеді. Келесі жылы ол 80 мың теңгеге жетеді.",
        date(2025, 8, 10),
        "Келесі жылы жәрдемақы өседі",
        "kk",
    )
    assert (kk[0].period_start, kk[0].period_end, kk[0].kind) == (
        date(2023, 1, 1),
        date(2025, 8, 10),
        "actual",
    )
    assert (kk[1].period_start, kk[1].kind) == (date(2026, 1, 1), "plan")


def test_forecast_clauses_bases_than_last_year_and_relative_marketing_years() -> None:
    published = date(2025, 9, 10)
    kk = _found(
        "Биыл 8 айда 2,5 млн тонна астық жиналды, ал жыл соңына дейін 20 млн тонна болады деп күтілуде.",
        "kk",
        published=published,
    )
    assert kk[2.5e6] == (date(2025, 1, 1), date(2025, 8, 31), "actual")  # the passive past before the comma
    assert kk[20e6] == (None, date(2025, 12, 31), "forecast")
    rate = _found(
        "Жыл қорытындысы бойынша инфляция 12,5% болады деп күтілуде, бұл былтырғыдан 3 пайыздық тармаққа жоғары.",
        "kk",
        published=published,
    )
    assert rate[12.5] == (*Y2025, "forecast")  # no 'from ... to' across the clause
    assert rate[3][:2] == Y2025  # 'былтырғыдан': than last year, a base
    # look-alike: last year's own figure
    assert _span("Былтыр инфляция 9,5% болды.", "kk", 9.5, published) == Y2024
    ru = _found(
        "В текущем маркетинговом году экспорт составит 10 млн тонн. В прошлом маркетинговом году он составил "
        "12 млн тонн.",
        "ru",
        published=published,
    )
    assert ru[10e6][:2] == (date(2025, 7, 1), date(2026, 6, 30))
    assert ru[12e6][:2] == (date(2024, 7, 1), date(2025, 6, 30))
    spring = _found(
        "В текущем маркетинговом году экспорт составил 9 млн тонн.", "ru", published=date(2025, 3, 1)
    )
    assert spring[9e6][:2] == (date(2024, 7, 1), date(2025, 6, 30))


def test_a_month_of_last_year_after_a_comparison_is_the_base() -> None:
    published = date(2025, 11, 14)
    found = _found(
        "В январе-октябре 2025 года добыто 90 млн тонн. Только в октябре добыто 9,8 млн тонн, это на 2% больше "
        "показателя октября прошлого года.",
        "ru",
        published=published,
    )
    october = (date(2025, 10, 1), date(2025, 10, 31))
    assert found[9.8e6][:2] == october
    assert found[2][:2] == october  # 'показателя октября прошлого года' is the base
    # look-alike: last year's month as the period itself
    assert _span("В октябре прошлого года добыто 8 млн тонн.", "ru", 8e6, published) == (
        date(2024, 10, 1),
        date(2024, 10, 31),
    )


def test_since_a_month_of_last_year() -> None:
    published = date(2025, 11, 14)
    assert _span("С октября прошлого года добыто 9 млн тонн.", "ru", 9e6, published) == (
        date(2024, 10, 1),
        published,
    )
    assert _span("Өткен жылдың қазан айынан бері 9 млн тонна өндірілді.", "kk", 9e6, published) == (
        date(2024, 10, 1),
        published,
    )
    # look-alike: a month alone is this year's
    assert _span("С сентября добыто 7 млн тонн.", "ru", 7e6, published) == (date(2025, 9, 1), published)


def test_a_comparison_with_a_quarter_named_after_po_sravneniyu_s_is_no_scope() -> None:
    body = (
        "Во втором квартале 2025 года розничный оборот составил 9,3 трлн тенге. "
        "По сравнению с первым кварталом он вырос на 2,2%. В Караганде оборот достиг 0,4 трлн тенге."
    )
    q2 = (date(2025, 4, 1), date(2025, 6, 30))
    assert _span(body, "ru", 2.2) == q2
    assert _span(body, "ru", 0.4e12) == q2
    # look-alike: the quarter itself, not a comparison, does set the scene
    other = "Во втором квартале 2025 года оборот составил 9,3 трлн тенге. В первом квартале он достиг 8,8 трлн тенге."
    assert _span(other, "ru", 8.8e12) == (date(2025, 1, 1), date(2025, 3, 31))


def test_kazakh_base_value_beside_its_span_takes_the_span_and_is_no_scope() -> None:
    body = (
        "Биылғы екінші тоқсанда инфляция 8,1% болды, ал былтырғы екінші тоқсандағы 9,6%-бен салыстырғанда "
        "ол баяулады. Азық-түлік бағасы 7,4%-ға өсті."
    )
    q2_2025, q2_2024 = (date(2025, 4, 1), date(2025, 6, 30)), (date(2024, 4, 1), date(2024, 6, 30))
    assert _span(body, "kk", 9.6) == q2_2024
    assert _span(body, "kk", 7.4) == q2_2025
    # an attributive span before a level in the ablative and "аз/көп": the base, no scope
    base = (
        "2025 жылғы қаңтар-наурызда 52,3 мың неке тіркелді. Бұл 2024 жылғы қаңтар-наурыздағы "
        "55,1 мыңнан 5,1%-ға аз. Ажырасу саны 11,2 мыңға жетті."
    )
    q1_2025, q1_2024 = (date(2025, 1, 1), date(2025, 3, 31)), (date(2024, 1, 1), date(2024, 3, 31))
    assert _span(base, "kk", 55.1e3) == q1_2024
    assert _span(base, "kk", 5.1) == q1_2025
    assert _span(base, "kk", 11.2e3) == q1_2025
    # look-alike: "өткен жылғыдан 12%-ға жоғары" - the span in the ablative is the base, 12% this span's
    ablative = "2025 жылғы қаңтар-наурызда 2,1 млн тонна жүк тиелді, бұл өткен жылғыдан 12%-ға жоғары."
    assert _span(ablative, "kk", 12) == q1_2025


def test_kazakh_a_year_ago_looks_back_and_past_years_are_no_last_year() -> None:
    body = "2025 жылғы қаңтар-маусымда туу коэффициенті 1000 адамға шаққанда 20,4 болды, бір жыл бұрын ол 21,1 еді."
    assert _span(body, "kk", 21.1) == (date(2024, 1, 1), date(2024, 6, 30))
    assert _span(body, "kk", 20.4) == (date(2025, 1, 1), date(2025, 6, 30))
    stock = "Биыл 17 млн тонна астық жиналды. Өткен жылдардан қалған 2 млн тонна қор бар. Экспорт 6 млн тоннаға жетеді."
    assert _span(stock, "kk", 6e6) == Y2025


def test_a_stock_date_at_a_spans_end_frames_its_paragraph_only() -> None:
    title = "Итоги 2024 года в энергетике"
    body = (
        "По итогам 2024 года выработка ГЭС выросла на 6%. На конец 2024 года мощность ГЭС составила 2,9 ГВт, "
        "а ВЭС - 1,4 ГВт.\nСолнечные станции выработали 1,7 млрд кВт·ч, что на 9% больше, чем годом ранее."
    )
    found = _found(body, "ru", title)
    assert found[2.9][:2] == (date(2024, 12, 31), date(2024, 12, 31))
    assert found[1.4][:2] == (date(2024, 12, 31), date(2024, 12, 31))
    assert found[1.7e9][:2] == Y2024
    # look-alike: in the same paragraph the stock's date still holds
    same = body.replace("\n", " В Алматы мощность ГЭС составила 0,2 ГВт. ", 1)
    assert _found(same, "ru", title)[0.2][:2] == (date(2024, 12, 31), date(2024, 12, 31))
    # look-alike: a date apart from the span in scope is a new scene and carries on
    apart = (
        "В 2023 году потребление выросло на 2%. Пик нагрузки 12 декабря 2024 года составил 16,6 ГВт.\n"
        "Дефицит мощности достиг 1,3 ГВт."
    )
    assert _found(apart, "ru", published=date(2025, 2, 1))[1.3][:2] == (
        date(2024, 12, 12),
        date(2024, 12, 12),
    )


def test_the_end_of_a_term_dates_no_figure_after_it() -> None:
    body = (
        "Банк 20 октября открыл прием заявок на льготные кредиты. Прием продлится до 15 декабря 2025 года "
        "включительно. Ставка по кредиту составляет 6%."
    )
    start, end, kind = _found(body, "ru")[6]
    assert (start, end, kind) == (PUBLISHED, PUBLISHED, "actual")
    # look-alike: a date reported as a day of its own still dates the figure after it
    day = "На 15 сентября 2025 года выдано 1 200 кредитов. Средняя ставка составляет 6%."
    assert _span(day, "ru", 6) == (date(2025, 9, 15), date(2025, 9, 15))


def test_kazakh_half_of_a_year_and_a_span_across_two_years() -> None:
    half = "2024 жылдың алғашқы жартысында экспорт 18,2 млрд долларға жетті."
    assert _span(half, "kk", 18.2e9) == (date(2024, 1, 1), date(2024, 6, 30))
    second = "2024 жылдың екінші жартысында экспорт 19,4 млрд долларға жетті."
    assert _span(second, "kk", 19.4e9) == (date(2024, 7, 1), date(2024, 12, 31))
    # look-alike: "жартысы" as a share of something is no half year
    share = "2024 жылы өнімнің жартысы, яғни 3,1 млн тонна экспортталды."
    assert _span(share, "kk", 3.1e6) == Y2024
    across = "2025 жылғы қарашадан 2026 жылғы ақпанға дейін тапшылық 1,2 ГВт болады деп күтіледі."
    assert _span(across, "kk", 1.2) == (date(2025, 11, 1), date(2026, 2, 28))
    # look-alike: one year named for both ends
    one = "2025 жылғы наурыздан маусымға дейін 4,5 млн тонна жүк тасымалданды."
    assert _span(one, "kk", 4.5e6) == (date(2025, 3, 1), date(2025, 6, 30))


def test_russian_seasons_looked_back_on_and_a_year_without_its_noun() -> None:
    body = (
        "В 2023/24 маркетинговом году экспорт муки составил 2,1 млн тонн против 2,4 млн тонн сезоном ранее. "
        "За сентябрь–октябрь 2024 года отгружено 410 тыс. тонн, на 8% больше, чем за тот же период "
        "предыдущего сезона (380 тыс. тонн)."
    )
    found = _found(body, "ru", published=date(2024, 11, 20))
    assert found[2.4e6][:2] == (date(2022, 7, 1), date(2023, 6, 30))
    assert found[2.1e6][:2] == (date(2023, 7, 1), date(2024, 6, 30))
    assert found[380e3][:2] == (date(2023, 9, 1), date(2023, 10, 31))
    assert found[410e3][:2] == (date(2024, 9, 1), date(2024, 10, 31))
    pair = "Выпуск вырос на 9%: с 120 тыс. тонн в 2023 году до 131 тыс. тонн в 2024-м."
    found = _found(pair, "ru")
    assert found[131e3][:2] == Y2024
    assert found[120e3][:2] == (date(2023, 1, 1), date(2023, 12, 31))
    # each end of a change between school years has its own school year (1 September to 31 May,
    # FORMAT.md), not the one named first
    school = "Дефицит мест сократился с 40 тыс. в 2020–2021 учебном году до 12 тыс. в 2024–2025 учебном году."
    found = _found(school, "ru")
    assert found[12e3][:2] == (date(2024, 9, 1), date(2025, 5, 31))
    assert found[40e3][:2] == (date(2020, 9, 1), date(2021, 5, 31))


def test_a_span_from_mid_year_opening_a_sentence_does_not_frame_the_next() -> None:
    body = (
        "В этом году посевы зерновых заняли 300 тыс. га. С августа, когда началась уборка, в полях "
        "работают 900 комбайнов. Всего планируется собрать 650 тыс. тонн зерна."
    )
    assert _span(body, "ru", 650e3) == Y2025
    # look-alike: "С начала года" opening a sentence under the year does frame what follows
    ytd = "В этом году посевы заняли 300 тыс. га. С начала года экспорт составил 2 млн тонн. Из них 1,2 млн тонн - пшеница."
    assert _span(ytd, "ru", 1.2e6) == (date(2025, 1, 1), PUBLISHED)


def test_russian_before_a_month_is_a_deadline_on_its_eve() -> None:
    body = "До декабря должны открыться еще 14 школ на 9 800 мест."
    start, end, kind = _found(body, "ru")[14]
    assert (start, end, kind) == (None, date(2025, 11, 30), "plan")
    # look-alike: "до декабря прошлого года" names last year's month, no deadline ahead
    past = "С января до декабря прошлого года открылись 14 школ."
    assert _found(past, "ru")[14][1] != date(2025, 11, 30)
    # a month already past is next year's
    ahead = "До марта должны открыться еще 6 школ."
    assert _found(ahead, "ru")[6][:2] == (None, date(2026, 2, 28))


def test_kazakh_share_of_an_earlier_level_is_a_base_and_a_tally_since_last_year() -> None:
    body = (
        "Биылғы тоғыз айда 12,4 млн тонна астық экспортталды. Теңіз арқылы 2,1 млн тонна жөнелтілді: бұл "
        "жоспардың 104%-ын, ал 2024 жылғы деңгейдің 91%-ын құрайды. Бұл былтырғы сәйкес кезеңнің 97%-ы."
    )
    found = _found(body, "kk")
    assert found[2.1e6][:2] == JAN_SEP_2025
    assert found[104][:2] == JAN_SEP_2025
    assert found[97][:2] == JAN_SEP_2025
    # look-alike: a year in the locative dates its own figure
    own = "Биылғы тоғыз айда 12,4 млн тонна астық экспортталды. 2024 жылы бұл көрсеткіш 10,1 млн тонна болды."
    assert _found(own, "kk")[10.1e6][:2] == Y2024
    tally = (
        "Министрлік 2030 жылға дейін 2 млн гектарға орман отырғызуды жоспарлап отыр. "
        "Өткен жылдан бері 140 мың гектарға көшет отырғызылды. Жұмысқа 3 мыңға жуық адам тартылды."
    )
    found = _found(tally, "kk")
    assert found[140e3][:2] == (date(2024, 1, 1), PUBLISHED)
    assert found[3e3] == (date(2024, 1, 1), PUBLISHED, "actual")


def test_kazakh_old_level_after_an_opening_comparison_and_a_period_describing_a_noun() -> None:
    body = (
        "2025 жылдың II тоқсанында орташа зейнетақы 152 400 теңгеге жетті. I тоқсанмен салыстырғанда ол "
        "148 900 теңгеден 152 400 теңгеге дейін өсті. Мамандар мұны жыл басында жүргізілетін индексациямен "
        "түсіндіреді. Өңірлер арасында ең жоғары өсім Атырауда тіркелді (+4,1%)."
    )
    found = _found(body, "kk")
    assert found[148900][:2] == (date(2025, 1, 1), date(2025, 3, 31))
    assert found[4.1][:2] == (date(2025, 4, 1), date(2025, 6, 30))
    # look-alike: a sentence whose period is not inside a participle's phrase does frame what follows
    framed = (
        "2025 жылдың II тоқсанында орташа зейнетақы 152 400 теңгеге жетті. 2024 жылы индексация "
        "екі рет жүргізілді. Атырауда өсім 4,1% болды."
    )
    assert _found(framed, "kk")[4.1][:2] == Y2024


def test_kazakh_needs_and_respectively_are_no_plan() -> None:
    body = "Биылғы жеті айда 3,2 млн тонна көмір халықтың қажеттіліктеріне жөнелтілді."
    assert _found(body, "kk")[3.2e6][2] == "actual"
    each = "2024 жылы Астана мен Алматыда жұмыссыздық тиісінше 4,1% және 4,6% болды."
    assert _found(each, "kk")[4.1][2] == "actual"
    # look-alikes: "қажет" and "тиіс" themselves still mark what is to be done
    need = "2026 жылы жолдарды жөндеуге 40 млрд теңге қажет."
    assert _found(need, "kk")[40e9][2] == "plan"
    must = "2026 жылы 12 мектеп салынуы тиіс."
    assert _found(must, "kk")[12][2] in ("plan", "target")


def test_since_new_year_under_a_stock_date_runs_until_that_date() -> None:
    body = (
        "На 1 сентября 2025 года в стране проживали 20 400 000 человек. С начала года население выросло "
        "на 120 500 человек. Естественный прирост составил 110 300 человек.\n"
        "В Алматы живут 2 330 000 человек."
    )
    found = _found(body, "ru")
    jan_aug = (date(2025, 1, 1), date(2025, 8, 31))
    assert found[120500][:2] == jan_aug
    assert found[110300][:2] == jan_aug
    assert found[2330000][:2] == (date(2025, 9, 1), date(2025, 9, 1))
    # look-alike: without a stock date, "с начала года" runs until publication
    alone = "С начала года население выросло на 120 500 человек."
    assert _found(alone, "ru")[120500][:2] == (date(2025, 1, 1), PUBLISHED)


def test_russian_month_results_compared_with_last_year_and_a_stock_at_a_months_end() -> None:
    body = (
        "В сентябре выплавлено 410 тыс. тонн стали. Это на 3,1% ниже результата сентября прошлого года "
        "(423 тыс. тонн). Выпуск проката составил 215 тыс. тонн: плюс 4,4% к сентябрю 2024 года."
    )
    found = _found(body, "ru")
    sep = (date(2025, 9, 1), date(2025, 9, 30))
    assert found[3.1][:2] == sep
    assert found[4.4][:2] == sep
    assert found[423e3][:2] == (date(2024, 9, 1), date(2024, 9, 30))
    # look-alike: "К 2024 году ... до 4 800" opening a sentence is a deadline, not a base
    by = "К 2024 году число свалок сократилось до 4 800."
    assert _found(by, "ru")[4800][:2] == (None, date(2024, 12, 31))
    stock = "По состоянию на конец июня работали 4 120 гостиниц."
    assert _found(stock, "ru")[4120][:2] == (date(2025, 6, 30), date(2025, 6, 30))


def test_then_refers_to_the_date_just_named() -> None:
    body = (
        "В 2026 году пособие составит 48 000 тенге. Нынешний размер действует с 1 июля 2024 года. "
        "Тогда выплату получили около 310 тыс. семей."
    )
    assert _found(body, "ru")[310e3] == (date(2024, 7, 1), None, "actual")
    kk = (
        "2026 жылы жәрдемақы 48 000 теңге болады. Қазіргі мөлшер 2024 жылғы 1 шілдеден бастап қолданылады. "
        "Ол кезде төлемді 310 мыңға жуық отбасы алды."
    )
    assert _found(kk, "kk")[310e3] == (date(2024, 7, 1), None, "actual")
    # look-alike: a sentence opening otherwise keeps the article's scope
    other = body.replace("Тогда выплату", "Выплату")
    assert _found(other, "ru")[310e3][:2] != (date(2024, 7, 1), None)


def test_kazakh_heating_is_no_year_and_a_month_alone_in_the_genitive() -> None:
    body = (
        "Биылғы жеті айда 60 млн тонна көмір өндірілді. Алдағы жылыту маусымына дайындық жүріп жатыр. "
        "Бүгінге дейін 2,4 млн тонна көмір жеткізілді."
    )
    assert _found(body, "kk")[2.4e6][:2] == TODAY
    # look-alike: "алдағы жылы" is next year
    ahead = "Алдағы жылы 2,4 млн тонна көмір экспортталады."
    assert _found(ahead, "kk")[2.4e6][:2] == (date(2026, 1, 1), date(2026, 12, 31))
    month = (
        "Биылғы қаңтар-қыркүйекте 210 мың адам жәрдемақы алды. Тек қыркүйек айының өзінде 24,5 мың адам алды."
    )
    assert _found(month, "kk")[24.5e3][:2] == (date(2025, 9, 1), date(2025, 9, 30))


def test_russian_a_plans_own_amount_verb_keeps_it_a_plan() -> None:
    body = "В этом году собрано 21 млн тонн зерна, тогда как план составлял 19 млн тонн."
    found = _found(body, "ru")
    assert found[19e6][2] == "plan"
    assert found[21e6][2] == "actual"
    goal = "Обучение прошли 640 человек, хотя целевой показатель предусматривал 500 человек."
    assert _found(goal, "ru")[500][2] == "target"
    # look-alike: the verb with no plan before it is an outcome
    assert _found("Урожай составил 19 млн тонн.", "ru")[19e6][2] == "actual"


def test_russian_past_of_go_verbs_and_short_participles_in_yo_are_outcomes() -> None:
    body = "В 2025 году обучение прошли 812 учителей, хотя целевой показатель предусматривал 600 человек."
    assert _found(body, "ru")[812][2] == "actual"
    done = "В 2025 году ремонт проведён на 1 240 км дорог при плане 1 100 км."
    assert _found(done, "ru")[1240][2] == "actual"
    # look-alike: a verb inside a relative clause says nothing of the figure's kind
    term = "Реализуется программа посадки 3 млрд деревьев, срок которой продлён до конца 2028 года."
    assert _found(term, "ru")[3e9][2] == "target"


def test_kazakh_past_of_a_y_stem_and_a_result_expected_thanks_to_a_plan() -> None:
    body = "Биыл облыс диқандары қамбаға 4,2 миллион тонна астық құйды."
    assert _found(body, "kk")[4.2e6][2] == "actual"
    # look-alike: the aorist of a vowel stem is still what will be done
    will = "Биыл облыс 3 мың гектар жерді суаруды аяқтайды."
    assert _found(will, "kk")[3e3][2] == "plan"
    thanks = "Министрлік биыл 30 жоба іске асыруды жоспарлап отыр. Соның арқасында 25 мың адам газға қол жеткізеді."
    assert _found(thanks, "kk")[25e3][2] == "forecast"
    # look-alike: thanks to a project, a past result is an outcome
    past = "Былтыр жоба іске асты. Соның арқасында 25 мың адам газға қосылды."
    assert _found(past, "kk")[25e3][2] == "actual"


def test_kazakh_start_from_a_month_named_by_a_verbal_noun() -> None:
    body = (
        "Жалақыны қыркүйектен бастап көтеру ұсынылған еді. Кейін Үкімет өсімді тамыздан бастауды шешті. "
        "Осылайша 300 мыңға жуық қызметкердің жалақысы өседі."
    )
    start, end, _ = _found(body, "kk", published=date(2025, 6, 10))[300e3]
    assert (start, end) == (date(2025, 8, 1), None)
    # look-alike: a month with no start word is just that month
    month = "Тамызда 300 мыңға жуық қызметкер жалақы алды."
    assert _found(month, "kk", published=date(2025, 9, 10))[300e3][:2] == (
        date(2025, 8, 1),
        date(2025, 8, 31),
    )
