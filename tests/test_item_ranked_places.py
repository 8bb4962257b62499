"""A ranking of places, each with its figure in brackets (+items16, etl/extract/ranked_places.py):
every member is the list's one measure at its own place, so its item names both, not the place
alone ("Павлодарской"), nor the lead's words with the place ("Рост зафиксирован также в
Костанайской"). The measure is the lead's noun phrase without its verb and ranking words, a Kazakh
list's closing noun, or the measure told before when the lead names nothing. The sentences are our
own."""

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
        # the lead names the measure before its verb; ranking words ("Самая высокая") are no part of it
        ("ru", "Самая высокая рождаемость – в Туркестанской (24,1 на 1000 жителей), Мангистауской (22,8) и "
         "Жамбылской (21,5) областях.", "22,8", "рождаемость в Мангистауской области"),
        ("ru", "Самая высокая рождаемость – в Туркестанской (24,1 на 1000 жителей), Мангистауской (22,8) и "
         "Жамбылской (21,5) областях.", "24,1 на 1000 жителей", "рождаемость в Туркестанской области"),
        # the lead's verb first: the noun after it names the measure; the members share the first's "в"
        ("ru", "Дешевле всего обходится аренда офисов в Таразе (2100 тенге) и Семее (2300 тенге).", "2300 тенге",
         "аренда офисов в Семее"),
        # Kazakh: the list closes on its measure and the region's plural noun
        ("kk", "Керісінше, Павлодар (3,1%), Ақтөбе (2,2%) және Атырау (1,4%) облыстарында егін шығымы азайды.",
         "2,2%", "егін шығымы Ақтөбе облысында"),
        ("kk", "Керісінше, Павлодар (3,1%), Ақтөбе (2,2%) және Атырау (1,4%) облыстарында егін шығымы азайды.",
         "3,1%", "егін шығымы Павлодар облысында"),
        # a Kazakh lead's ranking words ("ең жылдам") go; so does the first member's name from the others
        ("kk", "Сүт өндірісі ең жылдам Абай облысында (7%), Ақмола облысында (5,5%) және Қостанай облысында "
         "(4%) өсті.", "5,5%", "Сүт өндірісі Ақмола облысында"),
        ("kk", "Сүт өндірісі ең жылдам Абай облысында (7%), Ақмола облысында (5,5%) және Қостанай облысында "
         "(4%) өсті.", "7%", "Сүт өндірісі Абай облысында"),
        # English: the lead's subject before its verb, each member's region with its noun
        ("en", "Hospital beds per capita are highest in the Pavlodar region (68.2), the city of Astana (61.5) "
         "and the Kostanay region (60.9).", "61.5", "Hospital beds per capita, city of Astana"),
        ("en", "Rainfall was heaviest in the north. The lowest totals were in Turkestan (12,400), Kyzylorda "
         "(11,800) and Mangystau (9,600) regions.", "11,800", "totals, Kyzylorda region"),
        # a measure told only before a colon, the members after their dashes
        ("en", "Retail sales rose fastest in: Aktobe – 11%, Pavlodar – 9% and Taraz – 7%.", "9%",
         "Retail sales, Pavlodar"),
        # a lead that names where the members are ("в пяти регионах"): the figure before it names the measure
        ("ru", "Рост тарифов превысил 8% в пяти регионах: в Костанайской (8,7%), Павлодарской (8,4%) и "
         "Абайской (8,1%).", "8,7%", "Рост тарифов в Костанайской"),
        ("ru", "Рост тарифов превысил 8% в пяти регионах: в Костанайской (8,7%), Павлодарской (8,4%) и "
         "Абайской (8,1%).", "8,4%", "Рост тарифов в Павлодарской"),
        # members the reader lent the item told before the sentence ("regions last year") take the lead's
        ("en", "Output rose in 9 regions, against 6 regions last year. The fastest growth, the ministry said, "
         "was seen in Pavlodar region - 5.1%, Aktobe region - 4.4% and Atyrau region - 3.9%.", "4.4%",
         "growth, Aktobe region"),
        # a lead that names nothing ("Следом идут"): the measure of the figure told before the list
        ("ru", "Больше всего квартир сдано в Астане – 1 250. Следом идут Алматы (1 010) и Шымкент (870).",
         "870", "квартир Шымкент"),
    ],
)  # fmt: skip
def test_member_of_a_ranking_takes_the_lists_measure(
    language: str, text: str, surface: str, item: str
) -> None:
    assert _items(text, language)[surface] == item


@pytest.mark.parametrize(
    ("language", "text", "surface", "item"),
    [
        # a member that names its own measure keeps it
        ("kk", "Өңірлерде бағалар Маңғыстау облысында (+9,1%), Атырау облысында (+8,7%) көбірек өсті, ал "
         "жалақы Түркістан облысында (+12%) артты.", "12%", "жалақы Түркістан облысында"),
        # one bracketed place is no ranking
        ("ru", "Инфляция в Атырау (11,2%) оказалась выше средней.", "11,2%", "Инфляция в Атырау"),
        # a bracket after a figure is its aside, not a member's
        ("en", "Exports reached $4.1 billion (up 8%) and imports $3.2 billion (up 5%).", "$3.2 billion",
         "imports"),
    ],
)  # fmt: skip
def test_items_that_are_no_ranking_member_keep_their_reading(
    language: str, text: str, surface: str, item: str
) -> None:
    assert _items(text, language)[surface] == item
