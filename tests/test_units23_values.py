"""Values and units as real pages write them (round units23), in sentences of our own.

The forms units22 and the real-page rounds left: a tenge sign typed as the letter T, "1 trillion 360
million" (a slipped "billion"), a list's bare members before its scaled last one, a list's dash typed
glued to the digits, "21pct", square metres with a capital M after "sq.", programme names in quotes;
and what this round's pages showed: a level index after a glued list dash, coefficients, "2-х кратном",
"келінің", a year span's two-digit end, a Russian list's numbering split off as a sentence. Each case names the figure by its surface; the look-alikes keep
their reading.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface, surfaces

_DAY = date(2025, 10, 14)


def _surfaces(text: str) -> list[str]:
    return surfaces(text, _DAY)


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        # a tenge sign typed as a capital T before an amount with its scale
        ("State revenue came to T12.4 trillion in 2024.", "T12.4 trillion", 12.4e12, "KZT"),
        ("Farm loans reached T318 billion in 2024.", "T318 billion", 318e9, "KZT"),
        ("The plant is worth T7.5 bln since 2024.", "T7.5 bln", 7.5e9, "KZT"),
        # "1 trillion 360 million": a compound's "billion" slipped into "million" in translation
        ("The regions got 2 trillion 450 million tenge in 2024.", "2 trillion 450 million tenge", 2.45e12, "KZT"),
        ("The fund spent T1 trillion 120 million in 2024.", "T1 trillion 120 million", 1.12e12, "KZT"),
        # a list's bare members take the scale and unit of its last one
        ("Farms gathered 412.5 and 389.1 thousand tons of oats and rye in 2024.", "412.5", 412.5e3, "tonne"),
        ("Mines gave 8.2, 9.4 and 10.1 million tonnes in 2022-2024.", "8.2", 8.2e6, "tonne"),
        ("Mines gave 8.2, 9.4 and 10.1 million tonnes in 2022-2024.", "9.4", 9.4e6, "tonne"),
        ("The towns got 2.5 or 3 billion tenge in 2024.", "2.5", 2.5e9, "KZT"),
        ("В 2024 году собрали 412,5 и 389,1 тыс. тонн овса и ржи.", "412,5", 412.5e3, "tonne"),
        ("Аудандарға 2024 жылы 1,5, 2 және 3 млрд теңге бөлінді.", "1,5", 1.5e9, "KZT"),
        ("2024 жылы 412,5 және 389,1 мың тонна сұлы жиналды.", "412,5", 412.5e3, "tonne"),
        # a list's dash typed glued to the digits is no minus where the other members' dashes are spaced
        ("Herds in 2024: camels - 4.1 thousand, goats -88.3 thousand, sheep - 20.5 thousand.",
         "88.3 thousand", 88.3e3, "count"),
        ("Поголовье в 2024 году: верблюды – 4,1 тыс. голов, козы -88,3 тыс. голов.", "88,3 тыс.", 88.3e3, "count"),
        ("Мал басы 2024 жылы: түйе – 4,1 мың, ешкі -88,3 мың бас.", "88,3 мың", 88.3e3, "count"),
        # "pct" glued to the digits
        ("Wages grew 14pct in 2024.", "14pct", 14.0, "percent"),
        ("The bank put its rate at 15.25pct in 2024.", "15.25pct", 15.25, "percent"),
        # square metres with a capital M after "sq." (and the sentence does not end at "sq.")
        ("In 2024, 212.4 thousand sq. M. of homes were built.", "212.4 thousand sq. M.", 212.4e3, "m2"),
        ("В 2024 году сдано 212,4 тыс. кв. М. жилья.", "212,4 тыс. кв. М.", 212.4e3, "m2"),
        ("Gas sales reached 9.1 bln cu. M. in 2024.", "9.1 bln cu. M.", 9.1e9, "m3"),
        # from this round's pages: a level of half or more after a list's glued dash is no fall
        ("Herd index in 2024: Abai region – 101.2%, Ulytau – 97.5%, Turkistan region -93%.", "93%", 93.0, "percent"),
        # a ratio named before (or, in Kazakh, after) its bare number
        ("Сверх нормы с 2025 года платят с повышающим коэффициентом 1,4.", "1,4", 1.4, "other"),
        ("В 2025 году коэффициент равен 1,7.", "1,7", 1.7, "other"),
        ("2025 жылдан бастап нормадан тыс көлемге 1,4 коэффициенті қолданылады.", "1,4", 1.4, "other"),
        # a multiplier written as an adjective
        ("С 2025 года тариф выше в 2-х кратном размере.", "2-х кратном", 2.0, "times"),
        ("В 2025 году сбор вырос в 3-кратном размере.", "3-кратном", 3.0, "times"),
        # a flow is a rate with no code of its own, no volume
        ("The pumping station is rated at 12,000 cubic metres per hour since 2024.",
         "12,000 cubic metres per hour", 12000.0, "other"),
        ("The dam will pass 450 m3/s of water in 2025.", "450 m3/s", 450.0, "other"),
        ("В 2025 году из водохранилища будут сбрасывать до 150 кубометров воды в секунду.",
         "150 кубометров воды в секунду", 150.0, "other"),
        # a sum told again in another money: the currency the phrase names, not the article's tenge
        ("Retail sales hit 9.4 trillion tenge in 2024, or about 19.6 billion in dollar terms.",
         "19.6 billion", 19.6e9, "USD"),
        ("In dollar terms, retail sales reached 19.6 billion in 2024.", "19.6 billion", 19.6e9, "USD"),
        ("Розничная торговля в 2024 году превысила 9,4 трлн тенге, в долларовом выражении – 19,6 млрд.",
         "19,6 млрд.", 19.6e9, "USD"),
        ("Бөлшек сауда 2024 жылы 9,4 трлн теңгеден асты, долларға шаққанда 19,6 млрд шамасында.",
         "19,6 млрд", 19.6e9, "USD"),
        # a list member's own label between it and the member whose measure it leaves out
        ("Offices took 412.6 thousand square meters, retail space 208.4 thousand and farms 9,100 square meters.",
         "208.4 thousand", 208.4e3, "m2"),
        # a part of a sum whose verb follows it takes the sentence's money of the same scale
        ("В 2024 году поступило 512,3 млрд тенге. Из них 401,2 млрд пришлось на республиканский бюджет, "
         "111,1 млрд тенге – на местный.", "401,2 млрд", 401.2e9, "KZT"),
        # figures missed before: a small number word before a measure, one of a scale told alone
        ("К 2050 году уровень озера может упасть еще на три метра.", "три метра", 3.0, "metre"),
        ("В 2024 году фермер засеял четыре гектара.", "четыре гектара", 4.0, "hectare"),
        ("2024 жылы шаруа екі гектар жерге егін екті.", "екі гектар", 2.0, "hectare"),
        ("В 2024 году гости оставляли почти миллион тенге за поездку.", "миллион тенге", 1e6, "KZT"),
        ("Проект на миллион долларов обсуждали в 2024 году.", "миллион долларов", 1e6, "USD"),
        # a spoken kilogram with its genitive ending
        ("Балықшылар 2022 жылы 240 келінің үстінде балық аулады.", "240 келінің", 240.0, "kg"),
    ],
)  # fmt: skip
def test_value_and_unit_as_written(text: str, surface: str, value: float, unit: str) -> None:
    figure = figure_by_surface(text, surface, _DAY)
    assert (figure.value, figure.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("text", "not_figures"),
    [
        # a number naming a programme or project in quotes
        ('The "250 parks" programme went on in 2024.', ["250"]),
        ('Under the "500 clinics" project, 41 clinics opened in 2024.', ["500"]),
        ('Under the initiative "300 Bridges", 12 bridges were built in 2024.', ["300"]),
        ("В рамках проекта «250 парков» в 2024 году открыли 14 парков.", ["250"]),
        ("«250 саябақ» жобасы бойынша 2024 жылы 14 саябақ ашылды.", ["250"]),
        # the second year of a span cut to two digits
        ("For the period of 2018-19, the flock grew by 42.6 thousand heads.", ["19"]),
        ("The 2023/24 season brought 17.1 million tons of grain.", ["24"]),
        # the one unit a price is told for, in words
        ("В 2024 году стоимость одной тонны угля выросла до 21 000 тенге.", ["одной тонны"]),
        ("2024 жылы көмірдің бір тоннасы 21 000 теңге болды.", ["бір тоннасы"]),
        # a list's numbering before a sentence of the paragraph
        ("1. Установить изъятия на 2026 год в сумме 512 300 тысяч тенге.", ["1"]),
    ],
)  # fmt: skip
def test_numbers_that_are_no_figures(text: str, not_figures: list[str]) -> None:
    assert not set(not_figures) & set(_surfaces(text))


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        # look-alikes that keep their reading
        ("The T34 tank museum got 120 visitors in 2024.", "120", 120.0, "count"),
        ("VAT receipts reached KZT 3.1 trillion in 2024.", "KZT 3.1 trillion", 3.1e12, "KZT"),
        ("The fund spent 1 trillion 120 million 300 thousand tenge in 2024.",
         "1 trillion 120 million 300 thousand tenge", 1.0001203e12, "KZT"),
        ("Exports reached 2 billion 450 million dollars in 2024.", "2 billion 450 million dollars", 2.45e9, "USD"),
        ("The firm hired 250 and spent 3 million tenge in 2024.", "250", 250.0, "count"),
        ("In 2024, 12 schools opened, and 3 billion tenge was spent.", "12", 12.0, "count"),
        ("The towns got 250 and 3 billion tenge in 2024.", "250", 250.0, "count"),
        ("Growth in 2024: industry - 2.1%, building -3.4%.", "-3.4%", -3.4, "percent"),
        ("Weather on Monday: Astana - 5 degrees, Almaty -3 degrees.", "-3 degrees", -3.0, "celsius"),
        ("The net balance was -12.5 thousand in 2024.", "-12.5 thousand", -12.5e3, "count"),
        ("Поголовье в 2024 году: верблюды -4,1 тыс. голов.", "-4,1 тыс.", -4.1e3, "count"),
        ('He said "we built 100 schools" in 2024.', "100", 100.0, "count"),
        ("В 2024 году открыли 14 парков «Жасыл ел».", "14", 14.0, "count"),
        ("Output in 2024: mining - 2.1%, building -12.5%.", "-12.5%", -12.5, "percent"),
        ("In 2016-45 counties, 30 firms opened.", "30", 30.0, "count"),
        ("2022 жылы 100 келісім жасалды.", "100", 100.0, "count"),
        ("В 2025 году коэффициент рождаемости 2,9 ребенка.", "2,9", 2.9, "count"),
        ("Паркинг: 1. Установить 40 мест в 2026 году.", "40", 40.0, "count"),
        ("Exports reached 2,345 thousand tons in 2024, employing 5.1 thousand people.", "5.1 thousand", 5.1e3, "count"),
        ("Output was 12.3 thousand tons, with revenues of 4.5 thousand in 2024.", "4.5 thousand", 4.5e3, "count"),
        ("Из них в 2024 году 2,1 млн пришлось на сельских жителей, а 3,5 млн человек – на городских.",
         "2,1 млн", 2.1e6, "count"),
        ("В 2024 году выдали 21 миллион тенге кредитов.", "21 миллион тенге", 21e6, "KZT"),
        ("В 2024 году фонд выдал один миллион тенге.", "один миллион тенге", 1e6, "KZT"),
        ("2024 жылы 2 жарым миллион адам вакцина алды.", "2 жарым миллион", 2.5e6, "count"),
        ("Gas output reached 16.5 bln cubic metres in 2024.", "16.5 bln cubic metres", 16.5e9, "m3"),
        ("В 2024 году израсходовано 300 м3 за месяц.", "300 м3", 300.0, "m3"),
        ("Retail sales hit 9.4 trillion tenge in 2024, up 5% in dollars.", "9.4 trillion tenge", 9.4e12, "KZT"),
    ],
)  # fmt: skip
def test_look_alikes_keep_their_reading(text: str, surface: str, value: float, unit: str) -> None:
    figure = figure_by_surface(text, surface, _DAY)
    assert (figure.value, figure.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        # what early figures say will be is a forecast; a past verb keeps its actual
        ("По предварительным данным, в 2025 году из водохранилища будут сбрасывать 180 кубометров воды в секунду.",
         "180 кубометров воды в секунду", "forecast"),
        ("По предварительным данным, в 2024 году собрано 20 млн тонн зерна.", "20 млн тонн", "actual"),
    ],
)  # fmt: skip
def test_preliminary_data_ahead(text: str, surface: str, kind: str) -> None:
    assert figure_by_surface(text, surface, _DAY).kind == kind


@pytest.mark.parametrize(
    ("text", "surface", "item"),
    [
        # a count of people named only by its verb takes the verb's group
        ("В 2024 году трудоустроено 3 500 человек.", "3 500", "трудоустроенные"),
        ("In 2024, the plant employed 1,200 people.", "1,200", "employees"),
        ("The new plant will hire about 300 people in 2026.", "300", "employees"),
        # ... a group the text names keeps its name
        ("The firm hires 40 workers every year since 2020.", "40", "workers"),
        # a fine's speed band, no figure, still ends the words before the fine (as its figures did)
        ("За превышение скорости на 20-40 км/ч штраф составит 10 МРП с 2025 года.", "10 МРП", "штраф"),
        ("С 2025 года при превышении на 60 км/ч и более штраф составит 40 МРП.", "40 МРП", "штраф"),
        # a speed told as a fact is no band
        ("Средняя скорость поездов выросла до 90 км/ч в 2024 году.", "90 км/ч", "Средняя скорость поездов"),
    ],
)  # fmt: skip
def test_people_named_by_their_verb(text: str, surface: str, item: str) -> None:
    assert figure_by_surface(text, surface, _DAY).item == item
