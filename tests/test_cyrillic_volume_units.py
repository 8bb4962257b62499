"""Russian and Kazakh measures that were read as bare counts: barrels and test or quake scores
("other", as FORMAT.md and the Kazakh reader have them) and cubic kilometres (cubic metres by the
billion). Sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators

PUBLISHED = date(2025, 2, 10)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "ru",
            "Запасы месторождения оцениваются в 38 млрд баррелей нефти.",
            ("38 млрд баррелей", 38e9, "other"),
        ),
        ("ru", "Добыча держится на уровне 1,2 млн баррелей в сутки.", ("1,2 млн баррелей", 1.2e6, "other")),
        (
            "ru",
            "Водохранилище вмещает 50 кубических километров воды.",
            ("50 кубических километров", 50e9, "m3"),
        ),
        ("ru", "Сток реки сократился до 3 куб. км за сезон.", ("3 куб. км", 3e9, "m3")),
        (
            "ru",
            "Проходной балл на педагогические специальности составил 90 баллов.",
            ("90 баллов", 90.0, "other"),
        ),
        ("kk", "Су қоймасы 50 текше шақырым су сыйғызады.", ("50 текше шақырым", 50e9, "m3")),
        ("kk", "Өзенге 1,2 текше километр су жіберілді.", ("1,2 текше километр", 1.2e9, "m3")),
    ],
)
def test_measure_is_read(language: str, text: str, expected: tuple[str, float, str]) -> None:
    found = [(i.surface, i.value, i.unit) for i in extract_indicators(text, PUBLISHED, language=language)]
    assert expected in found


def test_cubic_metres_stay_cubic_metres() -> None:
    found = extract_indicators("Подано 200 тыс. кубометров воды.", PUBLISHED, language="ru")
    assert [(i.value, i.unit) for i in found] == [(200_000.0, "m3")]
