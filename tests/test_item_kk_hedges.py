"""Kazakh items without the hedges of their value or the source and date they are told by
(+items16, item_roles.settle_item): "240 мың гектардан астам жерге" leaves "астам" (more than) in
the item once the figure is taken out, "1 қазандағы жағдай бойынша" (as of 1 October) leaves
"жағдай бойынша"; neither is a word of what is counted, and both read as raw words on a chart
legend ("ел бойынша астам қалдық"). A place before "бойынша" is the figure's scope and stays, and
"жағдайы бойынша" (in the case of) names a benefit's ground. The sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators

PUBLISHED = date(2025, 11, 10)


def _items(text: str) -> dict[str, str]:
    return {i.surface: i.item for i in extract_indicators(text, PUBLISHED, "", "kk")}


@pytest.mark.parametrize(
    ("text", "surface", "item"),
    [
        # a hedge of the value, wherever the figure left it
        ("Биыл облыста 240 мың гектардан астам жерге бидай себілді.", "240 мың гектардан", "облыстағы жерге"),
        ("Өткен жылы елде 3 млн тоннаға жуық көкөніс жиналды.", "3 млн тоннаға", "елде көкөніс"),
        ("Қалада күн сайын шамамен 900 тонна тұрмыстық қалдық шығарылады.", "900 тонна",
         "Қаладағы күн сайын тұрмыстық қалдық"),
        ("Былтыр ел бойынша 4 млн тоннадан астам қалдық жиналды.", "4 млн тоннадан", "ел бойынша қалдық"),
        # a date's "жағдай бойынша" (as of) opening the item
        ("2025 жылғы 1 қазандағы жағдай бойынша елдегі көпбалалы аналар саны 410 мың адамды құрады.", "410 мың",
         "елдегі көпбалалы аналар саны"),
    ],
)  # fmt: skip
def test_kazakh_item_leaves_out_hedges_and_sources(text: str, surface: str, item: str) -> None:
    assert _items(text)[surface] == item


@pytest.mark.parametrize(
    ("text", "surface", "item"),
    [
        # "жағдайы бойынша" (in the case of) is part of the benefit's name
        ("Асыраушысынан айырылу жағдайы бойынша жәрдемақы алушылар саны 280 мыңға жетті.", "280 мыңға",
         "айырылу жағдайы бойынша жәрдемақы алушылар саны"),
        # a measure named again after the date still takes the measure told before
        ("2025 жылғы 1 қазандағы жағдай бойынша елдегі көпбалалы аналар саны 410 мың адамды құрады. Салыстыру "
         "үшін, 1 қыркүйектегі жағдай бойынша олардың саны 405 мың адам болған.", "405 мың",
         "елдегі көпбалалы аналар саны"),
    ],
)  # fmt: skip
def test_kazakh_item_keeps_a_ground_and_a_measure_named_again(text: str, surface: str, item: str) -> None:
    assert _items(text)[surface] == item
