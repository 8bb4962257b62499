"""An item names the thing counted or measured, never a word with another part in the sentence:
the change's verb or comparison, a time phrase, the speaker, a function word (item_roles.py).
The sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators
from etl.extract.item_cleaning import settle_item

PUBLISHED = date(2025, 2, 1)


def _items(sentence: str, language: str) -> dict[str, str]:
    return {i.surface: i.item for i in extract_indicators(sentence, PUBLISHED, "", language)}


@pytest.mark.parametrize(
    ("language", "sentence", "surface", "item"),
    [
        # a change told beside a level is of the level's thing
        ("en", "Cement output totalled 8.1 million tons in 2024, an increase of 6%.", "6%", "Cement output"),
        ("ru", "Добыча угля достигла 51 млн тонн, увеличившись на 3%.", "3%", "Добыча угля"),
        ("ru", "Выпуск цемента в 2024 году составил 8,1 млн тонн – на 6% больше, чем годом ранее.", "6%",
         "Выпуск цемента"),
        ("kk", "Ұн экспорты 420 млн долларға жетіп, жыл ішінде 9%-ға өсті.", "9%-ға", "Ұн экспорты"),
        ("kk", "Цемент өндірісі 2024 жылы 8,1 млн тоннаға жетті, бұл өткен жылмен салыстырғанда 6%-ға көп.",
         "6%-ға", "Цемент өндірісі"),
        # a change in a sentence of its own that points back ("This is", "Это", "Бұл")
        ("en", "Wheat shipments abroad came to 9.4 million tons. That is a rise of 14% on the previous season.",
         "14%", "Wheat shipments abroad"),
        ("ru", "Экспорт пшеницы составил 9,4 млн тонн. Это на 14% больше, чем в прошлом сезоне.", "14%",
         "Экспорт пшеницы"),
        ("kk", "Бидай экспорты 9,4 млн тонна болды. Бұл өткен маусымнан 14%-ға жоғары.", "14%-ға",
         "Бидай экспорты"),
        # a pronoun standing for the level's thing
        ("ru", "Выпуск цемента в марте составил 12 тыс. тонн: за месяц он сократился на 4%.", "4%",
         "Выпуск цемента"),
    ],
)  # fmt: skip
def test_a_change_is_of_the_thing_that_changed(language: str, sentence: str, surface: str, item: str) -> None:
    assert _items(sentence, language)[surface] == item


@pytest.mark.parametrize(
    ("language", "sentence", "surface", "item"),
    [
        ("en", "Energy Minister Arman Bekov said spending on grid repairs would reach 300 billion tenge.",
         "300 billion tenge", "spending"),
        ("en", "The Deputy Prime Minister expects tourist arrivals to reach 12 million next year.", "12 million",
         "tourist arrivals"),
        ("ru", "Ранее министр энергетики Арман Беков назвал объем ремонта сетей – 300 млрд тенге.",
         "300 млрд тенге", "объем ремонта сетей"),
        ("kk", "Энергетика министрі Арман Беков желілерді жөндеуге 300 млрд теңге бөлінетінін айтты.",
         "300 млрд теңге", "желілерді жөндеуге"),
        ("kk", "Жиында әкім тартылған инвестиция көлемі 2 трлн теңгеге жеткенін хабарлады.", "2 трлн теңгеге",
         "тартылған инвестиция көлемі"),
    ],
)  # fmt: skip
def test_the_speaker_is_no_item(language: str, sentence: str, surface: str, item: str) -> None:
    assert _items(sentence, language)[surface] == item


def test_a_time_phrase_in_the_subject_is_read_past() -> None:
    assert _items("Coal mining over the same period reached 51 million tons.", "en")["51 million tons"] == (
        "Coal mining"
    )


@pytest.mark.parametrize(
    ("language", "item", "settled"),
    [
        # nothing but a change, a comparison, a time phrase, a speaker or a function word: hollow
        ("en", "increase", ""),
        ("en", "previous year's level", ""),
        ("en", "Agriculture Minister Dana Orazova said", ""),
        ("ru", "больше прошлогоднего показателя", ""),
        ("ru", "По сравнению с январем – мартом", ""),
        ("ru", "показатель вырос", ""),
        ("ru", "он составит", ""),
        ("kk", "бұл 2023 жылғы деңгейден", ""),
        ("kk", "яғни өсім", ""),
        ("kk", "+", ""),
        # the edges go, the thing stays
        ("ru", "рост перевалки угля тогда", "рост перевалки угля"),
        ("kk", "келушілер саны өткен жылмен салыстырғанда", "келушілер саны"),
        ("kk", "министрі Дана Оразова астық өндірісі ұлғайғанын", "астық өндірісі"),
        ("kk", "Әкімнің сөзінше жаңа су құбыры", "жаңа су құбыры"),
        ("kk", "жалпы құны болатын", "жалпы құны"),
        # what only looks like those words stays: a rate's time, a level named by its measure, a purpose,
        # an adjective in a participle's form, a title inside a noun phrase
        ("ru", "контейнеров в год", "контейнеров в год"),
        ("en", "trading days", "trading days"),
        ("kk", "жұмыссыздық деңгейі", "жұмыссыздық деңгейі"),
        ("ru", "На выплаты пособий", "На выплаты пособий"),
        ("kk", "жаңартылатын энергия көздері", "жаңартылатын энергия көздері"),
        ("kk", "Президенттің бағдарламасындағы меже", "Президенттің бағдарламасындағы меже"),
    ],
)  # fmt: skip
def test_settle_item(language: str, item: str, settled: str) -> None:
    assert settle_item(item, language) == settled


def test_a_rate_word_before_a_subject_stays_in_its_item() -> None:
    # monthly and annual inflation are different measures: the series tell them apart by the item
    found = extract_indicators(
        "Monthly inflation stood at 0.7%, against 0.4% a month earlier.", date(2025, 6, 1)
    )
    assert [f.item for f in found] == ["Monthly inflation", "Monthly inflation"]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("kk", "Магистранттардың шәкіртақысы 15%-ға артып, 76 950 теңгеден 86 987 теңгеге көтеріледі."),
        ("ru", "Стипендия магистранта увеличится с 97 024 тенге до 107 061 тенге."),
        ("en", "Exports rose from $2.1 billion to $3.4 billion."),
    ],
)
def test_the_new_level_of_a_change_has_the_item_of_its_old_level(language: str, sentence: str) -> None:
    # not the old level's unit ("теңгеден") read as the words before the new one
    *_, old, new = extract_indicators(sentence, date(2022, 6, 15), "", language)
    assert (old.role, new.role) == ("from", "to") and new.item == old.item != ""


@pytest.mark.parametrize(
    ("language", "text", "surface", "item"),
    [
        # a place alone in a list is where the measure told before was taken (+item8)
        ("en", "Grain exports rose 12% in 2024. Akmola region added 9.5%, Pavlodar region 7.1% and Almaty 4.2%.",
         "7.1%", "Grain exports, Pavlodar region"),
        ("en", "Grain exports rose 12% in 2024. Akmola region added 9.5%, Pavlodar region 7.1% and Almaty 4.2%.",
         "4.2%", "Grain exports, Almaty"),
        ("kk", "Астық экспорты 2024 жылы 12%-ға өсті. Ақмола облысында 9,5%-ға, Павлодар облысында 7,1%-ға артты.",
         "7,1%-ға", "Астық экспорты Павлодар облысында"),
    ],
)  # fmt: skip
def test_a_place_alone_takes_the_measure_told_before(
    language: str, text: str, surface: str, item: str
) -> None:
    assert _items(text, language)[surface] == item


@pytest.mark.parametrize(
    ("language", "item", "settled"),
    [
        # scale words, Roman ordinals and leftover units name nothing (+item8)
        ("ru", "тысяч", ""),
        ("kk", "мыңға", ""),
        ("en", "thousand tons and horse meat", "horse meat"),
        ("kk", "III тоқсанмен салыстырғанда медианалық жалақы", "медианалық жалақы"),
        ("ru", "из них", ""),
        ("kk", "олардың саны", ""),
        ("ru", "голов", ""),
    ],
)
def test_words_that_name_nothing_are_settled_away(language: str, item: str, settled: str) -> None:
    assert settle_item(item, language) == settled


@pytest.mark.parametrize(
    ("text", "surface", "item"),
    [
        # a bare measure noun takes the thing it is of, told before "with ... capacity of" or "will cost" (+item8)
        ("Three solar parks with a combined capacity of 240 MW were connected to the grid.", "240 MW",
         "capacity of solar parks"),
        ("The new bypass road will cost 57 billion tenge.", "57 billion tenge", "cost of new bypass road"),
        # a unit before "at a cost of" is no owner
        ("The station is adding 100 MW at a cost of 90 billion tenge.", "90 billion tenge", "cost"),
    ],
)  # fmt: skip
def test_a_bare_measure_takes_what_it_is_of(text: str, surface: str, item: str) -> None:
    assert _items(text, "en")[surface] == item


@pytest.mark.parametrize(
    ("language", "text", "surface", "item"),
    [
        # a figure in brackets is the value of the noun phrase before them (+item8)
        ("en", "Almaty had the most registered job seekers (48,100), followed by Shymkent (39,800).", "48,100",
         "job seekers"),
        # an empty Russian item is hollow: a part "of them" refers back to the total
        # (a noun after the dash names the part: "Из них 300 тыс. – экспорт" is "экспорт", test_real10_classes)
        ("ru", "Выпуск муки составил 1,2 млн тонн. Из них 300 тыс. – на внутренний рынок.", "300 тыс.", "Выпуск муки"),
    ],
)  # fmt: skip
def test_a_figure_with_no_words_of_its_own_reads_back(
    language: str, text: str, surface: str, item: str
) -> None:
    assert _items(text, language)[surface] == item
