"""The place a figure is about (etl/extract/places.py), in English, Russian and Kazakh.

Our own sentences, each with the place we read in it before the reader ran. A region, a city
or a district is named in the figure's words, its item or the article's headline; the country,
a shipment's destination, an institution named after a city, a dateline and a headline naming
two regions leave a figure national (None).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from etl.config_files import ConfigError
from etl.extract.indicators import extract_indicators
from etl.extract.places import load_places, place_mentions

P = date(2025, 10, 14)


def places(body: str, language: str, title: str = "") -> dict[str, str | None]:
    return {f.surface: f.place for f in extract_indicators(body, P, title, language)}


def place_of(body: str, surface: str, language: str, title: str = "") -> str | None:
    """The place of the figure written at `surface` (the figure's own surface may be shorter: "14")."""
    start = body.index(surface)
    found = [f for f in extract_indicators(body, P, title, language) if f.start_char <= start < f.end_char]
    assert found, f"{surface!r} not extracted"
    return found[0].place


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        ("Industrial output in Kostanay region rose to 2.1 trillion tenge in January-June.", "2.1 trillion tenge",
         "Kostanay region"),
        ("Shymkent attracted 450 billion tenge of investment in the first half of the year.", "450 billion tenge",
         "Shymkent"),
        ("Almaty welcomed 1.2 million tourists this summer.", "1.2 million", "Almaty"),
        ("Almaty region welcomed 2.3 million tourists this summer.", "2.3 million", "Almaty region"),
        ("The Mangistau oblast harvested 14,000 tonnes of melons.", "14,000 tonnes", "Mangystau region"),
        ("A new bridge of 340 metres was opened in Ili district.", "340 metres", "Ili district"),
        ("The Kostanay regional akimat reported 5,400 new jobs.", "5,400", "Kostanay region"),
        ("Annual inflation stood at 13.1% in Karaganda and at 12.4% in Pavlodar.", "13.1%", "Karaganda"),
        ("Annual inflation stood at 13.1% in Karaganda and at 12.4% in Pavlodar.", "12.4%", "Pavlodar"),
        # the subject's place, not where the goods went
        ("Kostanay region shipped 300,000 tonnes of flour to Almaty region.", "300,000 tonnes", "Kostanay region"),
        ("Exports of flour to Almaty region reached 300,000 tonnes.", "300,000 tonnes", None),
        ("Flour production in Almaty region reached 300,000 tonnes.", "300,000 tonnes", "Almaty region"),
        ("Trade between Kazakhstan and Uzbekistan reached $4.5 billion in 2024.", "$4.5 billion", None),
        ("Astana Hub residents exported IT services worth $300 million.", "$300 million", None),
        ("Passenger traffic at Almaty International Airport rose to 9 million.", "9 million", None),
        ("The copper company will spend $5 million on cleaning up Lake Balkhash.", "$5 million", None),
        ("8 schools for 4,200 pupils are being built in Turkistan region this year.", "8 schools",
         "Turkistan region"),
        # a place named for another clause is not the figure's
        ("The port could serve travellers from 12 cities in Iran and Russia, he said, calling for a ferry line to Aktau.",
         "12 cities", None),
        # one place before a figure and the country after it: the later figure is the country's
        ("Akmola region harvested 5.1 million tonnes of grain, while Kazakhstan as a whole gathered 26 million tonnes.",
         "26 million tonnes", None),
        ("Akmola region harvested 5.1 million tonnes of grain, while Kazakhstan as a whole gathered 26 million tonnes.",
         "5.1 million tonnes", "Akmola region"),
    ],
)  # fmt: skip
def test_english_figure_is_placed_by_its_own_words(body: str, surface: str, expected: str | None) -> None:
    assert place_of(body, surface, "en") == expected


def test_english_headline_naming_one_region_places_figures_whose_sentence_names_none() -> None:
    body = (
        "Builders commissioned 1,200 homes since January, the regional akimat said.\n"
        "Nationwide, 15,000 homes were commissioned over the same months."
    )
    title = "Zhambyl region: 1,200 homes commissioned since January"
    assert place_of(body, "1,200 homes", "en", title) == "Zhambyl region"
    assert place_of(body, "15,000 homes", "en", title) is None


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # a national report filed in Astana: the dateline is not its scope
        ("Grain harvest tops 22 million tonnes", "ASTANA. Farmers have threshed 22 million tonnes of grain, the ministry said."),
        ("Grain harvest tops 22 million tonnes", "Astana. Farmers have threshed 22 million tonnes of grain, the ministry said."),
        # a meeting's venue
        ("Investment forum opens in Astana", "Investors signed agreements worth $2 billion on the first day."),
        # two regions named together
        ("Canals relined in Turkistan and Zhambyl regions", "Workers relined 120 km of canals this year."),
        # the headline names the country as well
        ("Kazakhstan's grain output up, Kostanay region leads", "Farmers have threshed 22 million tonnes of grain."),
    ],
)  # fmt: skip
def test_english_article_without_one_place_leaves_its_figures_national(title: str, body: str) -> None:
    assert set(places(body, "en", title).values()) == {None}


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        ("В Карагандинской области за девять месяцев построено 410 тыс. кв. м жилья.", "410 тыс. кв. м",
         "Karaganda region"),
        ("В ВКО собрали 1,1 млн тонн зерна.", "1,1 млн тонн", "East Kazakhstan region"),
        ("Объем производства муки в Алматинской области составил 12 тыс. тонн.", "12 тыс. тонн", "Almaty region"),
        ("Экспорт муки в Алматинскую область составил 12 тыс. тонн.", "12 тыс. тонн", None),
        ("Товарооборот Казахстана и Узбекистана достиг 4,5 млрд долларов.", "4,5 млрд долларов", None),
        ("В области Абай запущено 14 новых производств.", "14 новых производств", "Abai region"),
        ("Средняя зарплата в Шымкенте составила 310 тыс. тенге, в Астане — 520 тыс. тенге.", "310 тыс. тенге",
         "Shymkent"),
        ("Средняя зарплата в Шымкенте составила 310 тыс. тенге, в Астане — 520 тыс. тенге.", "520 тыс. тенге",
         "Astana"),
        ("В Илийском районе открыли 3 новые школы.", "3 новые школы", "Илийский район"),
        ("Число резидентов Astana Hub выросло до 1500 компаний.", "1500 компаний", None),
    ],
)  # fmt: skip
def test_russian_figure_is_placed_by_its_own_words(body: str, surface: str, expected: str | None) -> None:
    assert place_of(body, surface, "ru") == expected


def test_russian_national_report_datelined_astana_stays_national() -> None:
    body = "АСТАНА. Годовая инфляция в октябре составила 11,2%, сообщили в Нацбанке."
    assert set(places(body, "ru", title="Годовая инфляция замедлилась до 11,2%").values()) == {None}


def test_russian_headline_city_places_figures_until_its_paragraph_turns_to_the_country() -> None:
    body = (
        "С начала года жилищную помощь получили 530 семей.\n"
        "В стране изменили правила расчета. Теперь на одного человека учитывают 18 кв. м площади."
    )
    title = "В Павлодаре жилищную помощь получили 530 семей"
    assert place_of(body, "530 семей", "ru", title) == "Pavlodar"
    assert place_of(body, "18 кв. м", "ru", title) is None


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        ("Қарағанды облысында биыл 1,2 млн шаршы метр тұрғын үй салынды.", "1,2 млн шаршы метр", "Karaganda region"),
        ("Қарағандыда 300 автобус жолаушы тасиды.", "300 автобус", "Karaganda"),
        ("Алматы облысына жыл басынан бері 2,2 млн турист келді.", "2,2 млн", "Almaty region"),
        ("Алматы облысына 50 мың тонна ұн жеткізілді.", "50 мың тонна", None),
        ("Қазақстан мен Өзбекстан арасындағы тауар айналымы 4,5 млрд долларға жетті.", "4,5 млрд долларға", None),
        ("ШҚО-да 900 мың тонна астық жиналды.", "900 мың тонна", "East Kazakhstan region"),
        ("Түркістан мен Жамбыл облыстарында 120 шақырым канал жөнделді.", "120 шақырым", None),
        ("Елордада биыл 14 жаңа мектеп ашылады.", "14 жаңа мектеп", "Astana"),
        ("Іле ауданында 3 жаңа мектеп салынды.", "3 жаңа мектеп", "Іле ауданы"),
    ],
)  # fmt: skip
def test_kazakh_figure_is_placed_by_its_own_words(body: str, surface: str, expected: str | None) -> None:
    assert place_of(body, surface, "kk") == expected


def test_kazakh_national_report_datelined_astana_stays_national() -> None:
    body = "Астана. 5 қараша. Жылдық инфляция қазан айында 11,2% болды."
    assert set(places(body, "kk", title="Инфляция 11,2 пайызға дейін баяулады").values()) == {None}


def test_kazakh_headline_region_places_a_figure_whose_sentence_names_none() -> None:
    body = "Жыл басынан бері өңірге 640 млрд теңге инвестиция тартылды."
    assert (
        place_of(body, "640 млрд теңге", "kk", title="Жамбыл облысы инвестиция тарту бойынша алда")
        == "Zhambyl region"
    )


def test_abbreviations_are_read_in_either_cyrillic_edition_but_not_inside_words() -> None:
    assert [m.name for m in place_mentions("в СКО и ЗКО", "ru")] == [
        "North Kazakhstan region",
        "West Kazakhstan region",
    ]
    assert place_mentions("ВСКОРЕ", "ru") == []


def test_place_table_entry_without_a_name_is_rejected_with_the_file(tmp_path: Path) -> None:
    table = tmp_path / "places.toml"
    table.write_text('[[place]]\nen = ["Aktau"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="place\\[0\\].name"):
        load_places(table)
