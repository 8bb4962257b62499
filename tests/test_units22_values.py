"""Values and units as real pages write them (round units22), in sentences of our own.

The forms earlier rounds left: a currency after a bracket, a numeral's case ending before its unit,
a number word before a measure, tonne- and passenger-kilometres in short, a ranking's size and an age
read as counts, a total named again ("Of 85, ..."), a ratio of money, the bounds of a fine's speed
bands; and from the pages read: kilowatts, "km / h", a range of bare amounts before the list line's
currency, the one unit a price is told for, a numbering word before a quoted number. Each case names the figure by its surface; the look-alikes keep their reading.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.catalog import load_catalog
from etl.transform.ingest import INDICATOR_COLUMNS, figure_rows
from tests.figure_lookup import figure_by_surface, surfaces

_DAY = date(2025, 10, 14)


def _surfaces(text: str) -> list[str]:
    return surfaces(text, _DAY)


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        # the currency after a bracket is the amount's before it and the bare amount that closes it
        ("Биыл колледж шәкіртақысы 45 120 (бұрын 30 080) теңге болды.", "45 120", 45120.0, "KZT"),
        ("Биыл колледж шәкіртақысы 45 120 (бұрын 30 080) теңге болды.", "30 080", 30080.0, "KZT"),
        ("Стипендия колледжа в 2024 году — 38 500 (ранее 29 700) тенге.", "29 700", 29700.0, "KZT"),
        ("Стипендия колледжа в 2024 году — 38 500 (ранее 29 700) тенге.", "38 500", 38500.0, "KZT"),
        ("Шәкіртақы 2024 жылы 52 310 (елу екі мың үш жүз он) теңге болды.", "52 310", 52310.0, "KZT"),
        # a Russian numeral's case ending, then its unit
        ("Жители вывезли более 30-ти тонн веток в 2024 году.", "30-ти тонн", 30.0, "tonne"),
        ("Тариф вырос на 5-ти процентов в 2024 году.", "5-ти процентов", 5.0, "percent"),
        # a number word before a measure
        ("The new station will add more than one gigawatt by 2028.", "one gigawatt", 1.0, "GW"),
        ("The farm planted three hectares of orchards in 2024.", "three hectares", 3.0, "hectare"),
        ("The apiary produced two tons of honey in 2024.", "two tons", 2.0, "tonne"),
        # tonne- and passenger-kilometres written short
        ("Freight turnover hit 180 billion t-km in 2024.", "180 billion t-km", 1.8e11, "tonne_km"),
        ("Passenger turnover hit 9 billion p-km in 2024.", "9 billion p-km", 9e9, "other"),
        # a ratio of money to its one unit: a multiplier, no sum
        ("Each grant drew KZT 1 to KZT 6 of private money in 2024.", "KZT 6", 6.0, "times"),
        ("The fund returns KZT 4 for every KZT 1 of subsidy since 2024.", "KZT 4", 4.0, "times"),
        # kilowatts are thousandths of a megawatt; a speed with spaces round its slash is a speed
        ("The register lists plants of over 250 kW since 2024.", "250 kW", 0.25, "MW"),
        ("A 40 kilowatt array opened in 2024.", "40 kilowatt", 0.04, "MW"),
        # a range of bare amounts takes the currency the list line writes after it
        ("Пособие в 2024 году: семьям с 52 300 до 58 900, вдовам – до 61 400 тенге.", "52 300", 52300.0, "KZT"),
        ("Пособие в 2024 году: семьям с 52 300 до 58 900, вдовам – до 61 400 тенге.", "58 900", 58900.0, "KZT"),
    ],
)  # fmt: skip
def test_value_and_unit_as_written(text: str, surface: str, value: float, unit: str) -> None:
    figure = figure_by_surface(text, surface, _DAY)
    assert (figure.value, figure.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("text", "not_figures"),
    [
        # an amount spelled out in a bracket is the same amount said again
        ("Шәкіртақы 2024 жылы 52 310 (елу екі мың үш жүз он) теңге болды.", ["екі мың", "мың"]),
        ("Стипендия составит 41 200 (сорок одна тысяча двести) тенге в 2024 году.", ["одна тысяча"]),
        # the size of a ranking, an age
        ("Kazakhstan joined the top 5 flour exporters in 2024.", ["5"]),
        ("The country entered the TOP-20 of the index in 2024.", ["20"]),
        ("Residents over the age of 21 got 30,000 tenge in 2024.", ["21"]),
        ("From the age of 16, pupils may work since 2024.", ["16"]),
        # a total named again to take a part of it in money (a count of the same thing after it,
        # "of 380,000, 150,000 new jobs", keeps the whole: test_real20en_kinds)
        ("Of 120, KZT 45 billion went to roads in 2024.", ["120"]),
        # the bounds of a fine's speed bands, also in a list line with no verb
        ("Drivers going 20 to 40 km/h over the limit pay 10 MRP since 2024.", ["20", "40 km/h"]),
        ("From 10 to 20 km/h - 5 MCI (18,460 tenge).", ["10", "20 km/h"]),
        ("From 60 and more km/h - 40 MCI since 2024.", ["60"]),
        ("За превышение скорости на 40-60 км/ч штраф составит 20 МРП с 2024 года.", ["40", "60 км/ч"]),
        ("от 60 и более км/ч - 40 МРП (147 680 тенге).", ["60"]),
        ("Жылдамдықты сағатына 40-тан 60 км-ге дейін асырғаны үшін 20 АЕК айыппұл салынады.", ["40-тан", "60 км-ге"]),
        ("The permissible limit is 10 km / h over, then a fine of 5 MCI applies.", ["10 km", "10 km / h"]),
        # a numbering word before a quoted number
        ("В закон добавили пункт «4-2» о штрафе 15 МРП в 2024 году.", ["4"]),
        # the one unit a price is told for
        ("The price of one tonne of barley reached KZT 95,000 in 2024.", ["one tonne"]),
        ("The price of 1 tonne of barley reached KZT 95,000 in 2024.", ["1 tonne"]),
        ("Growers get KZT 7,000 for one hectare of sown wheat in 2024.", ["one hectare"]),
        ("One tonne of coal now costs KZT 21,000 since 2024.", ["One tonne"]),
    ],
)  # fmt: skip
def test_numbers_that_are_no_figures(text: str, not_figures: list[str]) -> None:
    assert not set(not_figures) & set(_surfaces(text))


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        # look-alikes that keep their reading
        ("Шәкіртақы 2024 жылы 45 120 теңге болды (30 080 студентке).", "30 080", 30080.0, "count"),
        ("В городе 1 200 (из них 300 новых) автобусов в 2024 году.", "1 200", 1200.0, "count"),
        ("Жители собрали 30 тонн веток в 2024 году.", "30 тонн", 30.0, "tonne"),
        ("В 4-х районах построили 12 школ в 2024 году.", "12", 12.0, "count"),
        ("The farm has three tractors and 40 cows in 2024.", "40", 40.0, "count"),
        ("The station has a capacity of 50 MW and used 300 kWh in 2024.", "300 kWh", 300.0, "kWh"),
        ("Output reached 5 billion kilowatt-hours in 2024.", "5 billion kilowatt-hours", 5e9, "kWh"),
        ("The 20 t truck carried 300 tonnes in 2024.", "300 tonnes", 300.0, "tonne"),
        ("The top official said 400 jobs were created in 2024.", "400", 400.0, "count"),
        ("The average age of 120 buses fell in 2024.", "120", 120.0, "count"),
        ("Of 85 projects, 32 were finished in 2024.", "85", 85.0, "count"),
        ("Fares rose from KZT 1 to KZT 3 in 2024.", "KZT 3", 3.0, "KZT"),
        ("The average train speed rose to 90 km/h in 2024.", "90 km/h", 90.0, "other"),
        ("Средняя скорость поездов выросла до 90 км/ч в 2024 году.", "90 км/ч", 90.0, "other"),
        ("Выплаты выросли с 1 200 до 1 500 человек в 2024 году, на 60 000 тенге.", "1 200", 1200.0, "count"),
        ("Each family got 1 hectare and KZT 40,000 in 2024.", "1 hectare", 1.0, "hectare"),
    ],
)  # fmt: skip
def test_look_alikes_keep_their_reading(text: str, surface: str, value: float, unit: str) -> None:
    figure = figure_by_surface(text, surface, _DAY)
    assert (figure.value, figure.unit) == (pytest.approx(value), unit)


def test_bracketed_scholarship_amounts_reach_their_series() -> None:
    """The amounts on either side of a bracket before "теңге" are tenge, so the catalog maps them."""
    surface, metric = INDICATOR_COLUMNS.index("surface"), INDICATOR_COLUMNS.index("metric_id")
    text = "Біліктілігі бар колледж студенттерінің шәкіртақысы 44 210 (қазір 33 150) теңге болады."
    rows = figure_rows("units22", "Колледж шәкіртақысы өседі", text, date(2025, 6, 1), load_catalog())
    mapped = {row[surface]: row[metric] for row in rows}
    assert mapped == {"44 210": "scholarship.monthly_amount", "33 150": "scholarship.monthly_amount"}
