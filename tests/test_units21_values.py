"""Values and units as real pages write them (round units21), in sentences of our own.

A wrong value or unit is the worst thing a chart shows: a yield drawn as tonnes, "94, 6%" drawn as
94 and 6, a rate cut of "25 basis points" drawn as a count of 25. Each case names the figure by its
surface and the value and unit it must have; the look-alikes keep their old reading.
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
        # yields: centners a hectare however written; tonnes a hectare are ten centners
        ("Barley gave 17.4 q/ha across the district in 2024.", "17.4 q/ha", 17.4, "centner_per_hectare"),
        ("Rice farms reported 4.6 t/ha on the delta in 2024.", "4.6 t/ha", 46.0, "centner_per_hectare"),
        ("Maize brought 9 tonnes per hectare in 2024.", "9 tonnes per hectare", 90.0, "centner_per_hectare"),
        ("Oats yielded 21 hundred kg per hectare in 2024.", "21 hundred kg per hectare", 21.0, "centner_per_hectare"),
        # a decimal with a stray space after its comma is one number
        ("Attendance stood at 87, 3% of capacity in 2024.", "87, 3%", 87.3, "percent"),
        ("Доля охвата составила 61, 8% в 2024 году.", "61, 8%", 61.8, "percent"),
        ("Жұмыспен қамту деңгейі 2024 жылы 72, 4% болды.", "72, 4%", 72.4, "percent"),
        # a trillion written "tln", glued to the currency code
        ("Outlays for the programme reached KZT2.7tln in 2024.", "KZT2.7tln", 2.7e12, "KZT"),
        # the ones after a scale word with the unit on them: the parts as written, summed
        ("Wheat was sown on 3 mln 150 hectares in 2024.", "3 mln 150 hectares", 3_000_150.0, "hectare"),
        # monthly calculation indices and basis points: measures of their own, never counts
        ("The penalty for littering is 30 MRP since 2024.", "30 MRP", 30.0, "other"),
        ("The regulator lifted the rate by 75 basis points in 2024.", "75 basis points", 0.75, "percentage_point"),
        ("Регулятор повысил ставку на 75 базисных пунктов в 2024 году.", "75 базисных пунктов", 0.75,
         "percentage_point"),
        ("Ұлттық банк мөлшерлемені 2024 жылы 25 базистік тармаққа көтерді.", "25 базистік тармаққа", 0.25,
         "percentage_point"),
        # a multiplier told before its number, or with a half after it
        ("Freight grew by a factor of 3.5 in 2024.", "3.5", 3.5, "times"),
        ("Шикізат экспорты 2024 жылы 3 жарым есеге өсті.", "3 жарым есеге", 3.5, "times"),
        # square metres as housing news says them
        ("The city commissioned 40 thousand squares of housing in 2024.", "40 thousand squares", 40_000.0, "m2"),
        ("Builders handed over 31,000 sq of rental housing in 2024.", "31,000 sq", 31_000.0, "m2"),
        # a compound measure without its joining "о"
        ("Пробег составил 8 млн вагон-километров в 2024 году.", "8 млн вагон-километров", 8e6, "other"),
        # speeds and engine sizes are measures, not lengths or counts (a fine's speed band is no
        # figure at all since units22: tests/test_units22_values.py)
        ("Trains slowed to 40 km/h on the bridge in 2024.", "40 km/h", 40.0, "other"),
        ("The fee for engines up to 1,500 cc rose in 2024.", "1,500 cc", 1500.0, "other"),
        # an amount before the sentence's first currency takes that currency
        ("The akimat sent 80 million to parks in 2024, after KZT 3 billion to schools.", "80 million", 8e7, "KZT"),
        # a unit glued to a scale's dot
        ("Тыңайтқыш тасымалы 2024 жылы 3,6 млн.тонна болды.", "3,6 млн.тонна", 3.6e6, "tonne"),
        ("За год перевезено 1,9 млн.тонн зерна в 2024 году.", "1,9 млн.тонн", 1.9e6, "tonne"),
        # an amount in a list after a currency, with the list's year after it
        ("На дороги выделено 7 млрд тенге, на парки – 2 млрд, на школы – 4,5 млрд в 2024 году.", "4,5 млрд",
         4.5e9, "KZT"),
    ],
)  # fmt: skip
def test_value_and_unit_as_written(text: str, surface: str, value: float, unit: str) -> None:
    figure = figure_by_surface(text, surface, _DAY)
    assert (figure.value, figure.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("text", "not_figures"),
    [
        # a repeat in a span of time, the rooms of a flat, a house number, a day in a bracket, a
        # birth order, and durations with a word between
        ("Автобус теперь ходит 3 раза в неделю с 2024 года.", ["3", "3 раза"]),
        ("The akimat handed out 64 2-room flats in 2024.", ["2"]),
        ("The clinic at 17 Satpayev Street admitted 900 patients in 2024.", ["17"]),
        ("The plant shipped its first 400 tonnes (September 12) in 2024.", ["12"]),
        ("Отбасыларға 1, 2, 4-балаға 2024 жылы жәрдемақы төленді.", ["1", "2", "4"]),
        ("Over 7 recent years the fleet doubled.", ["7"]),
        # the one unit of money a ratio is told for
        ("Private investors added KZT 6 for every KZT 1 of grants in 2024.", ["KZT 1"]),
        ("The scheme matched savings at KZT 1 to KZT 4 in 2024.", ["KZT 1"]),
        # the members of a list before an age or an ordinal are ages and ordinals too
        ("60 және 65 жастан асқан 400 тұрғынға 2024 жылы көмек берілді.", ["60", "65"]),
        ("Выплата на 1, 2 и 3-го ребенка в 2024 году выросла до 60 тыс. тенге.", ["1", "2", "3"]),
        ("Отбасыларға 3 және одан көп балаға 2024 жылы 90 мың теңге төленді.", ["3"]),
    ],
)
def test_numbers_that_are_no_figures(text: str, not_figures: list[str]) -> None:
    assert not set(not_figures) & set(_surfaces(text))


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        # look-alikes that keep their reading
        ("In 2024, 6% of residents moved to the capital.", "6%", 6.0, "percent"),
        ("Output grew 5, 6 and 7% in three years.", "7%", 7.0, "percent"),
        ("Exports grew 3 times in 2024.", "3 times", 3.0, "times"),
        ("В 2024 году выпуск вырос в 2 раза.", "2 раза", 2.0, "times"),
        ("Harvest reached 2 million tonnes in 2024.", "2 million tonnes", 2e6, "tonne"),
        ("There were 2 million 500 thousand visitors in 2024.", "2 million 500 thousand", 2.5e6, "count"),
        ("The firm will hire 500 next year.", "500", 500.0, "count"),
        ("The road runs 240 km from the city.", "240 km", 240.0, "km"),
        ("The town has 12 squares and 40 parks.", "12", 12.0, "count"),
        (
            "The number of users rose to 23 million, bringing KZT 5 billion in 2024.",
            "23 million",
            2.3e7,
            "count",
        ),
        (
            "The city had 2 million residents and a budget of KZT 40 billion in 2024.",
            "2 million",
            2e6,
            "count",
        ),
        ("Payments use a correction factor of 1.3 since 2024.", "1.3", 1.3, "other"),
        ("Өнімділік 2024 жылы гектарына 12 центнер болды.", "12 центнер", 12.0, "centner_per_hectare"),
        ("В 2024 году сдано 40, 25 и 12 домов за 3 года.", "40", 40.0, "count"),
        ("Bus tickets rose from KZT 1 to KZT 3 in 2024.", "KZT 1", 1.0, "KZT"),
        ("The fare is KZT 1 per km since 2024.", "KZT 1", 1.0, "KZT"),
        ("Ауданда 2024 жылы 15 және 20 мектеп салынды.", "15", 15.0, "count"),
    ],
)
def test_look_alikes_keep_their_reading(text: str, surface: str, value: float, unit: str) -> None:
    figure = figure_by_surface(text, surface, _DAY)
    assert (figure.value, figure.unit) == (pytest.approx(value), unit)
