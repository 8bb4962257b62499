"""Items that stand for something told elsewhere (+items14, item_roles.py): a measure named again
("этот показатель", "бұл көрсеткіш", "their number") takes the thing named before it; a count
of people ("человек", "адам", "people") takes who they are when its clause says it; a level told
as "a record" takes what set it. Look-alikes keep their own reading. The sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators

PUBLISHED = date(2025, 4, 10)


def _items(text: str, language: str) -> dict[str, str]:
    return {i.surface: i.item for i in extract_indicators(text, PUBLISHED, "", language)}


@pytest.mark.parametrize(
    ("language", "text", "surface", "item"),
    [
        # a demonstrative with a measure noun in the next sentence
        ("ru", "Переработка молока в регионе достигла 310 тыс. тонн. Годом ранее этот показатель составлял 280 тыс. тонн.",
         "280 тыс. тонн", "Переработка молока в регионе"),
        ("ru", "Уровень износа тепловых сетей составляет 61%. В 2020 году данный показатель был равен 66%.",
         "66%", "Уровень износа тепловых сетей"),
        ("kk", "Жүгері егісі биыл 48 мың гектар болды. Өткен жылы бұл көрсеткіш 41 мың гектар болған.",
         "41 мың гектар", "Жүгері егісі"),
        ("kk", "Облыстағы балабақшаларға 52 мың бала барады. Бес жыл бұрын олардың саны 37 мыңнан аспаған.",
         "37 мыңнан", "бала"),
        ("en", "The region counted 1,240 small dairy farms in 2022. By 2024 their number had dropped to 1,090.",
         "1,090", "small dairy farms"),
        ("en", "Rail wagon orders totalled 3,200 last year. The figure is 8% above the year before.", "8%",
         "Rail wagon orders"),
        # the place a figure keeps of its own goes beside the measure named before it
        ("kk", "Атырау облысында азық-түлік бағасы 9,1%-ға өсті, ал Ақмола облысында бұл көрсеткіш 6,4% болды.",
         "6,4%", "азық-түлік бағасы Ақмола облысында"),
    ],
)  # fmt: skip
def test_a_measure_named_again_takes_the_thing_named_before(
    language: str, text: str, surface: str, item: str
) -> None:
    assert _items(text, language)[surface] == item


@pytest.mark.parametrize(
    ("language", "text", "surface", "item"),
    [
        # a measure noun with a complement of its own names its thing
        ("ru", "Уровень безработицы снизился до 4,6%. Число вакансий выросло до 21 тыс.", "21 тыс.", "Число вакансий"),
        ("kk", "Көктемгі егіс 20 мың гектар болды. Туристер саны 1,2 млн адамға жетті.", "1,2 млн", "Туристер саны"),
        ("en", "Exports rose to 14,000 tons. The number of buyers reached 320.", "320", "number of buyers"),
        # a possessive whose owner is in its own clause does not point back past the sentence
        ("en", "Card payments rose to 4.1 trillion tenge. The ministry plans to set up a startup fund, bringing "
         "its volume to $300 million by 2027.", "$300 million", "volume"),
        ("ru", "Экспорт мяса составил 40 тыс. тонн. Правительство создаст аграрный фонд, доведя его объем до "
         "50 млрд тенге.", "50 млрд тенге", "доведя его объем"),
        ("kk", "Көмір экспорты 30 млн тонна болды. Астық тасымалы күрт өсті: оның көлемі 6,2 млн тоннаға жетті.",
         "6,2 млн тоннаға", "көлемі"),
    ],
)  # fmt: skip
def test_a_measure_with_its_own_complement_is_left_alone(
    language: str, text: str, surface: str, item: str
) -> None:
    assert _items(text, language)[surface] == item


@pytest.mark.parametrize(
    ("language", "text", "surface", "item"),
    [
        # who the people are is the subject a level of people is told of
        ("en", "The region's rural population stood at 612,000 people at the start of the year.", "612,000",
         "region's rural population"),
        ("en", "The district's population is 48,300 people.", "48,300", "district's population"),
        ("ru", "Численность занятых в строительстве составила 95 тыс. человек.", "95 тыс.",
         "Численность занятых в строительстве"),
        ("ru", "Посетителей зоопарка насчитали 140 тыс. человек.", "140 тыс.", "Посетителей зоопарка"),
        ("kk", "Облыстағы зейнеткерлер саны 210 мың адамды құрады.", "210 мың", "Облыстағы зейнеткерлер саны"),
        ("kk", "Жәрдемақы алушылар 64 мың адам болды.", "64 мың", "Жәрдемақы алушылар"),
        # a count of people that goes on from the count before it counts the same people
        ("kk", "Келушілер 4,1 мың адамнан 5,2 мың адамға дейін көбейді.", "5,2 мың", "Келушілер"),
        ("kk", "Қалаға келген туристер саны 2021 жылы 1,1 млн адам болса, 2024 жылы 1,9 млн адамға жетті.",
         "1,9 млн", "Қалаға келген туристер саны"),
        ("en", "Over the year the district's population grew by 3,400 people, reaching 151,200.", "151,200",
         "district's population"),
    ],
)  # fmt: skip
def test_a_count_of_people_takes_who_they_are(language: str, text: str, surface: str, item: str) -> None:
    assert _items(text, language)[surface] == item


@pytest.mark.parametrize(
    ("language", "text", "surface", "item"),
    [
        # a clause that names nobody keeps the counter: a place, a time, a verb or another count is not who
        # (a verb of a listed group names them since +items22: "проживают" -> "жители", people_groups.py)
        ("ru", "В трех поселках отдыхали 4 200 человек.", "4 200", "человек"),
        ("ru", "Этой весной в горы поднялись 3 тыс. человек.", "3 тыс.", "человек"),
        ("ru", "За лето посетителей зоопарка насчитали 140 тыс. человек.", "140 тыс.", "человек"),
        ("kk", "Ауданға 900 адам келді.", "900", "адам"),
        # a subject that acts on the people is not who they are; nor is a figure of another thing before
        ("en", "Spring clean-up drives in the regions drew 1.4 million people.", "1.4 million", "people"),
        ("en", "The district built 12 water projects worth 9 billion tenge, which gave 41,000 people clean water.",
         "41,000", "people clean water"),
        ("en", "Pensions were paid to 2.3 million people in May, and survivor allowances to 180,000 people.",
         "180,000", "people"),
        # a rate of people ("в сутки") is a capacity, not a count of people
        ("ru", "Новый вокзал рассчитан на 6 тыс. человек в сутки.", "6 тыс.", "человек в сутки"),
    ],
)  # fmt: skip
def test_a_count_of_people_whose_clause_names_nobody_keeps_its_counter(
    language: str, text: str, surface: str, item: str
) -> None:
    assert _items(text, language)[surface] == item


@pytest.mark.parametrize(
    ("text", "surface", "item"),
    [
        ("Wheat exports hit a record 11.2 million tons last season.", "11.2 million tons", "Wheat exports"),
        ("Card payments in the region reached a record 3.1 trillion tenge.", "3.1 trillion tenge",
         "Card payments in the region"),
        # a counted noun after the record is the item already
        ("Regional airports served a record 9.4 million passengers in 2024.", "9.4 million", "passengers"),
        ("Mobile payments in the country reached an all-time high of 42 trillion tenge.", "42 trillion tenge",
         "Mobile payments in the country"),
    ],
)  # fmt: skip
def test_a_record_level_is_of_what_set_it(text: str, surface: str, item: str) -> None:
    assert _items(text, "en")[surface] == item


@pytest.mark.parametrize(
    ("language", "text", "surface", "item"),
    [
        # a count of people whose clause names the measure again takes the measure named before,
        # with its own place
        ("ru", "Число пассажиров пригородных поездов достигло 9,2 млн человек. В Карагандинской области этот "
         "показатель составил 1,1 млн человек.", "1,1 млн", "Число пассажиров пригородных поездов В Карагандинской области"),
        # a noun ending like a past verb ("число") is the subject, not a predicate
        ("ru", "В 2023 году число зрителей театров составило 2,6 млн человек.", "2,6 млн", "число зрителей театров"),
    ],
)  # fmt: skip
def test_a_count_of_people_told_of_a_measure(language: str, text: str, surface: str, item: str) -> None:
    assert _items(text, language)[surface] == item


@pytest.mark.parametrize(
    ("text", "surface", "item"),
    [
        # a level verb's conditional closes its clause before the next one: it is the verb, not the item
        ("Қой басы 19,5 млн-ға жетсе, ешкі саны 2,4 млн болды.", "19,5 млн-ға", "Қой басы"),
        ("Ауылдағы оқушылар саны 310 мыңға жетсе, қалада 520 мың болды.", "310 мыңға", "Ауылдағы оқушылар саны"),
        # the conditional of a verb that is no level's keeps its clause's reading
        ("Биыл бидай егісі 12 млн гектар болса, арпа 2,1 млн гектар болды.", "2,1 млн гектар", "арпа"),
    ],
)  # fmt: skip
def test_a_kazakh_conditional_verb_is_no_item(text: str, surface: str, item: str) -> None:
    assert _items(text, "kk")[surface] == item


@pytest.mark.parametrize(
    ("text", "surface", "item"),
    [
        # (English) a count of people whose clause names nobody before it: what they did or are,
        # told right after the count, up to the clause's end or a conjunction
        ("About 42,000 people travelled on the new ferry line in its first season.", "42,000",
         "people travelled on the new ferry line"),
        ("Some 1,300 people will work at the cement plant once it opens.", "1,300", "people will work at the cement plant"),
        ("More than 9,000 people visited the fair and bought local goods.", "9,000", "people visited the fair"),
        # a relative clause or no predicate keeps the counter
        ("Clean-up campaigns covered 2.1 million people who collected 90,000 tons of waste.", "2.1 million", "people"),
        ("The stadium can seat 30,000 people.", "30,000", "people"),
    ],
)  # fmt: skip
def test_an_english_count_of_people_says_what_they_did(text: str, surface: str, item: str) -> None:
    assert _items(text, "en")[surface] == item
