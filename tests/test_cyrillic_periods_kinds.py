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
        ("В 2024 году экспорт составил 3 млрд долларов.", 3e9, "actual"),
        ("В 2024 году численность скота достигла 8,3 млн голов.", 8.3e6, "actual"),
        ("В 2024 году поголовье выросло на 2,7%.", 2.7, "actual"),
        ("План 2024 года перевыполнен на 6,1 млн кв. м.", 6.1e6, "actual"),
        ("В 2024 году в строй введено 36,9 млн кв. м при плане 30,8 млн кв. м.", 36.9e6, "actual"),
        ("В 2024 году в строй введено 36,9 млн кв. м при плане 30,8 млн кв. м.", 30.8e6, "plan"),
        ("Будущим педагогам будут платить 75 600 тенге вместо нынешних 67 200 тенге.", 67200, "actual"),
        ("Ежемесячно стране может не хватать от 125 до 330 млн кВт·ч.", 125e6, "forecast"),
        ("Пособие вырастет с 3 932 до 4 325 тенге.", 3932, "actual"),
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
