"""Words that open an item but name nothing there, and the basis a figure is told on (+items21,
item_roles.settle_item / settle_items). An English adverb or particle left from the clause ("as
well as", "just", "further", "pointed out") and a Russian relative "где" go; a basis that opens the
item ("в натуральном выражении", "с учетом инфляции", "without VAT") moves after what is counted,
since it tells one series from another; an item of nothing but a basis takes its neighbour's thing
on its own basis ("... без НДС или 63,21 тенге с НДС"). The sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.item_cleaning import settle_item
from tests.figure_lookup import figure_by_surface

PUBLISHED = date(2025, 10, 1)


@pytest.mark.parametrize(
    ("item", "language", "settled"),
    [
        ("well as North Kazakhstan region", "en", "North Kazakhstan region"),
        ("just", "en", ""),
        ("further development", "en", "development"),
        ("out products", "en", "products"),
        ("где средняя пенсия", "ru", "средняя пенсия"),
        ("в натуральном выражении поставки", "ru", "поставки в натуральном выражении"),
        ("В денежном выражении экспорт угля", "ru", "экспорт угля в денежном выражении"),
        ("с учетом инфляции", "ru", ""),
        ("без НДС или с НДС", "ru", ""),
        ("in real terms output", "en", "output in real terms"),
        # look-alikes: closing the item, or inside it, the words belong to it
        ("oil well", "en", "oil well"),
        ("рост ВВП в реальном выражении", "ru", "рост ВВП в реальном выражении"),
        ("доходы с учетом инфляции", "ru", "доходы с учетом инфляции"),
        ("overall mortality", "en", "overall mortality"),
    ],
)  # fmt: skip
def test_opening_words_and_bases(item: str, language: str, settled: str) -> None:
    assert settle_item(item, language) == settled


@pytest.mark.parametrize(
    ("text", "surface", "item"),
    [
        ("Тариф для бюджетных организаций составит 56,40 тенге без НДС или 63,17 тенге с НДС за 1 кВт/ч.",
         "63,17 тенге", "Тариф для бюджетных организаций с НДС"),
        ("Тариф для бюджетных организаций составит 56,40 тенге без НДС или 63,17 тенге с НДС за 1 кВт/ч.",
         "56,40 тенге", "Тариф для бюджетных организаций без НДС"),
        # look-alike: a neighbour of nothing but a basis lends none (a with-VAT figure never reads "без НДС")
        ("Для пекарен (СХП) 28,10 тенге без НДС или 31,47 тенге с НДС за 1 кВт/ч.", "31,47 тенге",
         "без НДС или с НДС"),
        ("Зарплаты выросли в пяти областях, больше всего в Абайской, где средняя зарплата прибавила 14,2%.",
         "14,2%", "средняя зарплата"),
    ],
)  # fmt: skip
def test_items_in_sentences(text: str, surface: str, item: str) -> None:
    assert figure_by_surface(text, surface, PUBLISHED).item == item
