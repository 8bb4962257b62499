"""Multipliers written as words ("fourfold", "four times more", "twice the 2020 level", "в семь раз",
"вдвое", "екі есеге") are figures with unit times (tests/realworld/FORMAT.md, "Multipliers written as
words"); repeats ("eight times a year", "два раза в год", "екі рет") and verbs ("double", "удвоить",
"екі еселенді") are not read. Our own sentences, in the shapes of kt.kz, Kazinform and Astana Times
reports; the expected figures were written down before the extractor read them."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators

PUBLISHED = date(2025, 6, 1)

# (language, sentence, [(surface, value)] of its multipliers; [] for a sentence that holds none)
CASES = [
    (
        "en",
        "Rail freight to Kyrgyzstan grew almost fourfold over the past three years, the ministry said.",
        [("fourfold", 4)],
    ),
    (
        "en",
        "In January-May, household appliance output rose four times compared with the same period last year.",
        [("four", 4)],
    ),
    (
        "en",
        "Trade with Turkmenistan reached $410 million in 2022, almost twice the 2021 level.",
        [("twice", 2)],
    ),
    ("en", "The region now has twice as many tourist beds as it had five years ago.", [("twice", 2)]),
    ("en", "Honey exports increased three times in 2024 and reached 1,900 tons.", [("three", 3)]),
    (
        "en",
        "Investment in the sector grew one and a half times in the first half of 2025.",
        [("one and a half", 1.5)],
    ),
    ("en", "The number of foreign students has increased tenfold since 2015.", [("tenfold", 10)]),
    (
        "en",
        "Wagon production was up two and a half times year-on-year in the first quarter.",
        [("two and a half", 2.5)],
    ),
    ("en", "The government plans to increase fish farming thirtyfold by 2030.", [("thirtyfold", 30)]),
    ("en", "Grain shipments to China have grown five-fold since 2021.", [("five", 5)]),
    ("en", "The volume of e-commerce was seven times higher than in 2019.", [("seven", 7)]),
    ("en", "The Monetary Policy Committee meets eight times a year to set the base rate.", []),
    ("en", "Patients must take the medicine two times a day for a week.", []),
    ("en", "Buses on the new route will run twice a week starting in March.", []),
    ("en", "In Samar district hail fell twice during the season.", []),
    ("en", "The champion has won the tournament three times.", []),
    ("en", "The third phase of the project will double the plant's capacity.", []),
    ("en", "The payment will be made in two times, in March and in June.", []),
    ("en", "The programme aims to increase transit air traffic by four times by 2030.", [("four", 4)]),
    ("en", "Flights to Tashkent were increased to three times a week in April.", []),
    ("en", "Seasonal flights to Podgorica will operate thrice a week.", []),
    ("ru", "Число предприятий, которые помогают колледжам, выросло в семь раз.", [("в семь раз", 7)]),
    ("ru", "На отдельных станциях тариф может вырасти сразу в пять раз.", [("в пять раз", 5)]),
    ("ru", "Это почти в пять раз больше, чем годом ранее.", [("в пять раз", 5)]),
    ("ru", "Ветровые станции выработали 262 млн кВт·ч – вдвое больше, чем годом ранее.", [("вдвое", 2)]),
    ("ru", "За пять лет объем экономики вырос более чем в два раза.", [("в два раза", 2)]),
    ("ru", "Экспорт муки в Афганистан сократился втрое по сравнению с 2021 годом.", [("втрое", 3)]),
    (
        "ru",
        "В 2024 году пасеки региона получили 2 898,5 тонны меда, в полтора раза больше, чем годом ранее.",
        [("в полтора раза", 1.5)],
    ),
    (
        "ru",
        "Поставки в Кыргызстан увеличились в три раза, в Азербайджан – в четыре раза.",
        [("в три раза", 3), ("в четыре раза", 4)],
    ),
    (
        "ru",
        "Пропускная способность пункта пропуска вырастет вчетверо после реконструкции.",
        [("вчетверо", 4)],
    ),
    ("ru", "Выпуск бытовой техники увеличился в десять раз за январь-апрель.", [("в десять раз", 10)]),
    ("ru", "Комиссия собирается дважды в год, весной и осенью.", []),
    ("ru", "Автобусы ходят три раза в день.", []),
    ("ru", "Спортсмен пять раз становился чемпионом Азии.", []),
    ("ru", "Решение принимали два раза: в марте и в июне.", []),
    ("ru", "В следующем году правительство намерено удвоить объем инвестиций.", []),
    ("ru", "Второй раз подряд урожай превысил прошлогодний.", []),
    ("kk", "Қырғызстанға астық жеткізілімі екі есеге артты.", [("екі есеге", 2)]),
    ("kk", "Соңғы үш жылда Қытайға экспорт бес есе өсті.", [("бес есе", 5)]),
    ("kk", "Бұл былтырғыдан үш есеге жуық көп.", [("үш есеге", 3)]),
    ("kk", "Шетелдік туристер саны төрт есе көбейді.", [("төрт есе", 4)]),
    ("kk", "Өнім көлемі бір жарым есеге ұлғайды.", [("бір жарым есеге", 1.5)]),
    ("kk", "Инвестиция көлемі өткен жылмен салыстырғанда екі еседен астам артты.", [("екі еседен", 2)]),
    ("kk", "Тауар айналымы он есе өсті.", [("он есе", 10)]),
    ("kk", "Жол апаттары саны жарты есеге азайды.", [("жарты есеге", 0.5)]),
    (
        "kk",
        "Иранға жөнелтілген астық жеті есеге артып, Әзербайжанға сегіз есеге артты.",
        [("жеті есеге", 7), ("сегіз есеге", 8)],
    ),
    ("kk", "Комиссия жылына екі рет жиналады.", []),
    ("kk", "Ол чемпионатта үш рет жеңіске жетті.", []),
    ("kk", "Өндіріс көлемі екі еселенді.", []),
    ("kk", "Автобустар күніне бес рет қатынайды.", []),
    ("kk", "Екінші кезеңде тағы екі мектеп салынады.", []),
    ("kk", "Бағдарлама аясында жыл сайын он мың маман даярланады.", []),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_word_multipliers(language: str, text: str, expected: list[tuple[str, float]]) -> None:
    found = extract_indicators(text, PUBLISHED, language=language)
    times = sorted((f.start_char, f.value) for f in found if f.unit == "times")
    wanted = sorted((text.index(surface), float(value)) for surface, value in expected)
    assert [value for _, value in times] == [value for _, value in wanted]
    for (start, _), (surface_start, _), (surface, _) in zip(
        times, wanted, sorted(expected, key=lambda e: text.index(e[0])), strict=True
    ):
        assert surface_start <= start < surface_start + len(surface)  # the figure stands on its surface


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Rail freight to Kyrgyzstan grew almost fourfold over the past three years."),
        ("en", "The volume of e-commerce was seven times higher than in 2019."),
        ("ru", "Число предприятий, которые помогают колледжам, выросло в семь раз."),
        ("ru", "Это почти в пять раз больше, чем годом ранее."),
        ("kk", "Қырғызстанға астық жеткізілімі екі есеге артты."),
        ("kk", "Бұл былтырғыдан үш есеге жуық көп."),
    ],
)
def test_a_multiplier_after_a_change_or_before_more_is_a_change(language: str, text: str) -> None:
    [figure] = [f for f in extract_indicators(text, PUBLISHED, language=language) if f.unit == "times"]
    assert figure.is_change


def test_a_multiplier_of_a_year_s_level_dates_its_own_year_not_the_base() -> None:
    text = "For comparison, in 2021 trade stood at $254.3 million, almost twice the 2020 level."
    [figure] = [f for f in extract_indicators(text, PUBLISHED, language="en") if f.unit == "times"]
    assert (figure.value, figure.period_start, figure.period_end) == (
        2.0,
        date(2021, 1, 1),
        date(2021, 12, 31),
    )


def test_digits_and_words_give_the_same_figure() -> None:
    for words, digits, language in [
        ("Exports grew four times in 2024.", "Exports grew 4 times in 2024.", "en"),
        ("Экспорт в 2024 году вырос в пять раз.", "Экспорт в 2024 году вырос в 5 раз.", "ru"),
        ("2024 жылы экспорт үш есе өсті.", "2024 жылы экспорт 3 есе өсті.", "kk"),
    ]:
        spoken = [
            (f.value, f.unit, f.period_start, f.period_end, f.kind)
            for f in extract_indicators(words, PUBLISHED, language=language)
        ]
        written = [
            (f.value, f.unit, f.period_start, f.period_end, f.kind)
            for f in extract_indicators(digits, PUBLISHED, language=language)
        ]
        assert spoken == written and spoken
