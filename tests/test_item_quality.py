"""The item score of `ktpulse eval` (etl/item_quality.py) and the English items it measures:
an item is the measured noun phrase, never the verb that reports it (etl/extract/item_verbs.py)."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.cyrillic_item_verbs import trim_open_end
from etl.extract.indicators import extract_indicators
from etl.item_quality import is_verbal, item_score, word_f1

PUBLISHED = date(2026, 5, 12)


def test_word_f1_compares_content_words_by_a_crude_stem() -> None:
    assert word_f1("the exports of wool", "wool export", "en") == 1.0
    assert word_f1("экспорта шерсти", "экспорт шерсти в Китай", "ru") == pytest.approx(0.8)
    assert word_f1("grow", "wool exports", "en") == 0.0
    assert word_f1("", "wool exports", "en") == 0.0


@pytest.mark.parametrize(
    ("item", "language", "verbal"),
    [
        ("to reach", "en", True),
        ("will grow", "en", True),
        ("lift exports of wool", "en", True),
        ("wool exports", "en", False),
        ("planned wool exports", "en", False),  # an adjective the gold writes too
        ("увеличить экспорт шерсти", "ru", True),
        ("составит", "ru", True),
        ("не менее", "ru", True),
        ("получатели пособий", "ru", False),
        ("квартал", "ru", False),
        ("собрано шерсти", "ru", False),  # a neuter short participle names what was done
        ("жүн экспорты өсті", "kk", False),  # a past in -ті is also a possessive noun: not read
        ("жүн экспорты артады", "kk", True),
        ("жүн экспорты", "kk", False),
    ],
)
def test_verbal_items_open_with_a_verb_or_particle(item: str, language: str, verbal: bool) -> None:
    assert is_verbal(item, language) is verbal


def test_item_score_leaves_out_figures_without_a_gold_item() -> None:
    score = item_score([("wool exports", "wool exports"), ("", "wool output"), ("grow", "")], "en")
    assert score.scored == 2
    assert score.f1 == pytest.approx(0.5)
    assert score.empty == pytest.approx(0.5)
    assert score.verbal == 0.0


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Wool output is expected to grow by 12% next year.", "Wool output"),
        ("Honey sales should climb to 4,000 tons by 2028.", "Honey sales"),
        ("The region will also receive 3.2 billion tenge next year.", "region"),
        ("The plan aims to lift exports of apricots to $90 million by 2029.", "exports of apricots"),
        ("New pumps were installed, bringing water losses down to 14%.", "water losses"),
        ("The town council intends to spend another 2.4 billion tenge on parks.", "town council"),
        ("Park spending will rise to 2.4 billion tenge.", "Park spending"),
    ],
)
def test_an_english_item_is_the_noun_phrase_not_its_verb(text: str, item: str) -> None:
    (indicator,) = extract_indicators(text, PUBLISHED)
    assert indicator.item == item


def test_a_count_followed_by_its_verb_takes_the_total_it_is_part_of() -> None:
    found = extract_indicators("The valley has 40 farms, of which 12 grow apricots.", PUBLISHED)
    assert [i.item for i in found] == ["farms", "farms"]


# Russian and Kazakh items without their predicate (etl/extract/cyrillic_item_verbs.py)
CYRILLIC_PUBLISHED = date(2025, 2, 1)


@pytest.mark.parametrize(
    ("language", "sentence", "surface", "item"),
    [
        ("ru", "Согласно плану, к 2027 году предприятия должны увеличить выпуск шерсти до 12 тыс. тонн.",
         "12 тыс. тонн", "выпуск шерсти"),
        ("ru", "До 2028 года предстоит отремонтировать около 900 км оросительных каналов.", "900 км",
         "оросительных каналов"),
        ("ru", "Доходы фермерских хозяйств, по оценке министерства, составили около 40 млрд тенге.",
         "40 млрд тенге", "Доходы фермерских хозяйств"),
        ("ru", "По данным ведомства, ремонт дорог обойдется в 12 млрд тенге.", "12 млрд тенге", "ремонт дорог"),
        ("ru", "Инвестиционный потенциал оценивается в 3 млрд долларов.", "3 млрд долларов",
         "Инвестиционный потенциал"),
        ("ru", "Продано 12 тыс. тонн шерсти на 30 млн долларов.", "30 млн долларов", "шерсти"),
        ("kk", "Жүн өндірісі 8%-ға артып, 3,1 мың тоннаны құрады.", "3,1 мың тоннаны", "Жүн өндірісі"),
        ("kk", "Былтыр бал өндірісі 4 мың тонна болған еді.", "4 мың тонна", "бал өндірісі"),
        ("kk", "Қазір өңірдегі фермерлер саны 12 мыңнан асады.", "12 мыңнан", "өңірдегі фермерлер саны"),
        ("kk", "Жеңіл өнеркәсіп 12%-ға өсті.", "12%-ға", "Жеңіл өнеркәсіп"),  # "-іп" of a noun, not a converb
    ],
)  # fmt: skip
def test_a_cyrillic_item_is_the_noun_phrase_not_its_predicate(
    language: str, sentence: str, surface: str, item: str
) -> None:
    found = {i.surface: i.item for i in extract_indicators(sentence, CYRILLIC_PUBLISHED, "", language)}
    assert found[surface] == item


def test_a_base_after_versus_shares_the_item_of_the_level_it_is_compared_with() -> None:
    found = extract_indicators(
        "Доля сельских школ составила 61% против 58% годом ранее.", CYRILLIC_PUBLISHED, "", "ru"
    )
    assert [i.item for i in found] == ["Доля сельских школ"] * 2


def test_a_neuter_short_participle_names_what_was_done_when_nothing_else_does() -> None:
    (indicator,) = extract_indicators("В прошлом году высажено 40 тыс.", CYRILLIC_PUBLISHED, "", "ru")
    assert indicator.item == "высажено"


@pytest.mark.parametrize(
    ("language", "item", "trimmed"),
    [
        ("ru", "потери воды при транспортировке до", "потери воды при транспортировке"),
        ("ru", "площадь теплиц в области и", "площадь теплиц в области"),
        ("ru", "средства на ремонт", "средства на ремонт"),  # a purpose phrase is the item's own
        ("kk", "туристер ағыны шамамен", "туристер ағыны"),
    ],
)
def test_an_item_does_not_end_on_a_word_the_clause_left_hanging(
    language: str, item: str, trimmed: str
) -> None:
    assert trim_open_end(item, language) == trimmed
