"""The Russian and Kazakh reader: numbers, units, what is never a figure, periods and kinds.
Texts are written for these tests, in the editions' style."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators
from etl.extract.languages import detect_language, language_from_url

PUBLISHED = date(2025, 10, 20)


def _figures(body: str, language: str, title: str = "") -> list[tuple[float, str]]:
    return [(round(i.value, 6), i.unit) for i in extract_indicators(body, PUBLISHED, title, language)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Объем составил 44,5 млрд тенге.", [(44.5e9, "KZT")]),
        ("Население достигло 18 304 112 человек.", [(18304112, "count")]),
        ("Расходы заложены на уровне 7 трлн 300 млрд тенге.", [(7.3e12, "KZT")]),
        ("Поголовье выросло с 6,4 до 10 млн голов.", [(6.4e6, "count"), (10e6, "count")]),
        ("Ставка составит 3-5% годовых.", [(3, "percent"), (5, "percent")]),
        ("На ремонт ушло около полутора миллиардов тенге.", [(1.5e9, "KZT")]),
        ("Собрано полмиллиона тонн зерна.", [(5e5, "tonne")]),
        ("Экспорт вырос на 12 процентов и достиг 1,3 млрд долларов США.", [(12, "percent"), (1.3e9, "USD")]),
        ("Выручка за год составила $1,3 млрд.", [(1.3e9, "USD")]),
        (
            "Убрано 1,7 млн гектаров, урожайность 16,2 ц/га.",
            [(1.7e6, "hectare"), (16.2, "centner_per_hectare")],
        ),
        ("Сдано 13,5 млн кв. м жилья и 3,25 тыс. км дорог.", [(13.5e6, "m2"), (3250, "km")]),
        ("Выработка составила 3,7 млрд кВт·ч.", [(3.7e9, "kWh")]),
        ("Введено 1,3 ГВт и 622 МВт мощностей.", [(1.3, "GW"), (622, "MW")]),
    ],
)
def test_russian_numbers_scales_and_units(body: str, expected: list) -> None:
    assert _figures(body, "ru") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Экспорт 4 млн 75 мың тоннаға жетті.", [(4075000, "tonne")]),
        ("Өнім 15%-ке өсті.", [(15, "percent")]),
        ("Қатысушылар 3 000-ға дейін көбейді.", [(3000, "count")]),
        ("Бидай 12,2 млн гектардан орылды.", [(12.2e6, "hectare")]),
        ("Олардың саны 150-ден асады.", [(150, "count")]),
        ("Табыс 2 трлн теңгеге жетті.", [(2e12, "KZT")]),
        ("Экспорт 1 млрд АҚШ долларына жетті.", [(1e9, "USD")]),
        ("Халық саны бір жарым миллион адамға жетті.", [(1.5e6, "count")]),
        ("Жалпы ішкі өнім 0,7 пайыздық тармаққа жеделдеді.", [(0.7, "percentage_point")]),
    ],
)
def test_kazakh_numbers_with_glued_case_endings(body: str, expected: list) -> None:
    assert _figures(body, "kk") == expected


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("Астана. 8 декабря. KAZAKHSTAN TODAY - Закон подписан 7 января.", "ru"),
        ("Программа стартует 1-го сентября 2026 года.", "ru"),
        ("Право на выплату получат граждане с 60 лет.", "ru"),
        ("Оператор запустил сеть 5G в 2024 году.", "ru"),
        ("Согласно статье 12 закона № 45, порядок изменен.", "ru"),
        ("Второй этап займет 5 недель.", "ru"),
        ("Кататься на катке можно будет ежедневно с 10 утра.", "ru"),  # a time of day
        ("Ярмарка работает до 11 вечера.", "ru"),
        ("2026 жылы жоба басталады.", "kk"),
        ("2027-ші жылы құрылыс аяқталады.", "kk"),
        ("Астана. 20 қаңтар. KAZAKHSTAN TODAY - Жиын 3 жыл бұрын өтті.", "kk"),
        ("Заң 1 қыркүйектен бастап күшіне енеді.", "kk"),
    ],
)
def test_dates_years_ages_ordinals_and_numbering_are_never_figures(body: str, language: str) -> None:
    assert _figures(body, language) == []


def test_periods_of_russian_sentences_and_the_article_scope() -> None:
    body = (
        "За 9 месяцев 2025 года экспорт составил 1,2 млрд долларов. "
        "Импорт за тот же период достиг 900 млн долларов.\n"
        "В первом полугодии 2024 года добыто 45 млн тонн. "
        "С 1 января 2026 года пособие вырастет до 4 325 тенге. "
        "До 2029 года планируется отремонтировать 10 тыс. км дорог. "
        "В январе-сентябре 2025 года построено 112 школ."
    )
    found = {
        i.value: (i.period_start, i.period_end, i.kind) for i in extract_indicators(body, PUBLISHED, "", "ru")
    }
    assert found[1.2e9] == (date(2025, 1, 1), date(2025, 9, 30), "actual")
    assert found[9e8] == (date(2025, 1, 1), date(2025, 9, 30), "actual")  # inherited from the sentence before
    assert found[45e6][:2] == (date(2024, 1, 1), date(2024, 6, 30))
    assert found[4325] == (date(2026, 1, 1), None, "plan")
    assert found[10000] == (None, date(2029, 12, 31), "plan")
    assert found[112][:2] == (date(2025, 1, 1), date(2025, 9, 30))


def test_periods_and_kinds_of_kazakh_sentences() -> None:
    body = (
        "2024 жылы 162 мектеп салынды. 2025 жылдың 9 айында экспорт 3,1 млн тоннаға жетті. "
        "2027 жылға дейін 1 млрд долларға жеткізу міндеті қойылды. "
        "Биыл астық өнімі 24 млн тонна болады деп күтілуде."
    )
    found = {
        i.value: (i.period_start, i.period_end, i.kind) for i in extract_indicators(body, PUBLISHED, "", "kk")
    }
    assert found[162] == (date(2024, 1, 1), date(2024, 12, 31), "actual")
    assert found[3.1e6] == (date(2025, 1, 1), date(2025, 9, 30), "actual")
    assert found[1e9] == (None, date(2027, 12, 31), "target")
    assert found[24e6] == (date(2025, 1, 1), date(2025, 12, 31), "forecast")


def test_comparison_base_is_not_the_period() -> None:
    body = "В 2025 году сдано 13,5 млн кв. м, что на 10% больше уровня 2024 года."
    periods = {i.value: i.period_start for i in extract_indicators(body, PUBLISHED, "", "ru")}
    assert periods == {13.5e6: date(2025, 1, 1), 10: date(2025, 1, 1)}


def test_offsets_point_at_the_figure_in_the_body() -> None:
    body = "Астана. 8 декабря. KAZAKHSTAN TODAY - Субвенции увеличены на 17,5 млрд тенге.\nЕще 28,5 млрд тенге направят."
    for figure in extract_indicators(body, PUBLISHED, "", "ru"):
        assert body[figure.start_char : figure.end_char] == figure.surface
        assert body[figure.sentence_start :].startswith(figure.sentence)
    assert [f.surface for f in extract_indicators(body, PUBLISHED)] == ["17,5 млрд тенге", "28,5 млрд тенге"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Глава государства подписал закон о бюджете на три года.", "ru"),
        ("В рамках акции «Таза Қазақстан» на субботники вышли 610 тысяч человек.", "ru"),
        ("Мемлекет басшысы үш жылдық бюджет туралы заңға қол қойды.", "kk"),
        ("Ел қамбасына 27 млн тонна астық құйылды және экспорт өсті.", "kk"),
        ("The President signed the law on the three-year budget.", "en"),
    ],
)
def test_language_from_the_text(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_language_from_the_url_path() -> None:
    assert language_from_url("https://www.kt.kz/rus/economy/some-article") == "ru"
    assert language_from_url("https://www.kt.kz/kaz/society/some-article") == "kk"
    assert language_from_url("https://www.kt.kz/eng/politics/some-article") == "en"
    assert language_from_url("https://www.kt.kz/some-article") is None
    assert language_from_url(None) is None


@pytest.mark.parametrize(
    ("sentence", "language", "span"),
    [
        ("В 2025-м году выпуск составил 12 млн тонн.", "ru", (date(2025, 1, 1), date(2025, 12, 31))),
        ("За сентябрь 2025 года цены выросли на 1,2%.", "ru", (date(2025, 9, 1), date(2025, 9, 30))),
        ("По итогам года экспорт составил 3 млрд долларов.", "ru", (date(2025, 1, 1), date(2025, 12, 31))),
        ("С начала года поступило 40 млрд тенге.", "ru", (date(2025, 1, 1), PUBLISHED)),
        ("За последние три года построено 500 школ.", "ru", (PUBLISHED.replace(year=2022), PUBLISHED)),
        ("2027-ші жылы 30 мектеп салынады.", "kk", (date(2027, 1, 1), date(2027, 12, 31))),
        ("Жыл басынан бері 2,5 млн тонна жүк тасымалданды.", "kk", (date(2025, 1, 1), PUBLISHED)),
        ("Биыл 19,2 млн шаршы метр тұрғын үй салынады.", "kk", (date(2025, 1, 1), date(2025, 12, 31))),
    ],
)
def test_period_phrases(sentence: str, language: str, span: tuple) -> None:
    [figure] = extract_indicators(sentence, PUBLISHED, "", language)
    assert (figure.period_start, figure.period_end) == span


@pytest.mark.parametrize(
    ("body", "language", "expected"),
    [
        ("Число участников выросло до 2 000 компаний.", "ru", [(2000, "count")]),  # spaced: no year
        ("Сдано 13,5 млн кв. метров жилья.", "ru", [(13.5e6, "m2")]),
        ("Рождаемость составила 25,05 на 1000 жителей.", "ru", [(25.05, "other")]),
        ("В столице живут 1 612 512 жителей.", "ru", [(1612512, "count")]),
        ("2025 жылдың 10 айында 14,6 млн шаршы метр баспана тапсырылды.", "kk", [(14.6e6, "m2")]),
        ("Үкімет 11 айдың қорытындысын қарады.", "kk", []),
    ],
)
def test_counts_rates_and_numbers_inside_period_phrases(body: str, language: str, expected: list) -> None:
    assert _figures(body, language) == expected
