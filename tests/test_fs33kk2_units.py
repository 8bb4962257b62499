"""Kazakh units found at the second pass over h32/h33 (fs33kk2): freight work in tonne-kilometres and
containers in twenty-foot equivalents. Our own sentences; look-alikes keep their tonnes and counts.
Every case marked "was" below was read wrong before +fs33kk2."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators

_DAY = date(2025, 6, 10)


def _units(body: str) -> dict[str, tuple[str, float]]:
    return {i.surface: (i.unit, i.value) for i in extract_indicators(body, _DAY, language="kk")}


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was tonne: the compound measure cut at its hyphen
        (
            "Бес айда жүк айналымы 118 млрд тонна-километрге жетті.",
            "118 млрд тонна-километрге",
            ("tonne_km", 1.18e11),
        ),
        ("Өткен жылы тасымал 3,2 млрд тонна-километр болды.", "3,2 млрд тонна-километр", ("tonne_km", 3.2e9)),
        ("Көрсеткіш 41 млн тонна-км-ге өсті.", "41 млн тонна-км-ге", ("tonne_km", 4.1e7)),
        # was count: the container unit in capitals unknown
        ("Порт биыл 250 мың ЖФЭ-ге дейін контейнер өңдейді.", "250 мың ЖФЭ-ге", ("other", 2.5e5)),
        ("Терминал арқылы 96 мың ЖФЭ контейнер өтті.", "96 мың ЖФЭ", ("other", 9.6e4)),
        ("Контейнер тасымалы 1,1 млн TEU болды.", "1,1 млн TEU", ("other", 1.1e6)),
        # look-alikes: plain tonnes and a count stay as they were
        ("Бес айда 118 млрд тонна жүк тасылды.", "118 млрд тонна", ("tonne", 1.18e11)),
        ("Станцияға 40 тоннадан астам жүк келді.", "40 тоннадан", ("tonne", 40.0)),
        ("Бес айда 250 мың контейнер өтті.", "250 мың", ("count", 2.5e5)),
    ],
)
def test_kk_freight_units(body: str, surface: str, expected: tuple[str, float]) -> None:
    assert _units(body)[surface] == expected


# --- the season's field work a future passive draws in: for that season ---------------------------------

_MARCH = date(2025, 3, 20)
_LEAD = "Биыл облыста 500 мың гектар егіледі. "


def _periods(body: str) -> dict[str, tuple[date | None, date | None, str]]:
    return {
        i.surface: (i.period_start, i.period_end, i.kind)
        for i in extract_indicators(body, _MARCH, language="kk")
    }


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was the lead's year: the machinery the spring work will draw in is for the spring
        (
            _LEAD + "Көктемгі дала жұмыстарына 9 мыңнан астам техника жұмылдырылады.",
            "9 мыңнан",
            (date(2025, 3, 1), date(2025, 5, 31), "plan"),
        ),
        (
            _LEAD + "Көктемгі дала жұмыстарына 4,2 мың трактор тартылады.",
            "4,2 мың",
            (date(2025, 3, 1), date(2025, 5, 31), "plan"),
        ),
        (
            _LEAD + "Күзгі дала жұмыстарына 3 мың комбайн дайындалады.",
            "3 мың",
            (date(2025, 9, 1), date(2025, 11, 30), "plan"),
        ),
        # look-alikes: drawn in already (a past verb), and money allotted, keep their readings
        (
            _LEAD + "Көктемгі дала жұмыстарына 9 мыңнан астам техника жұмылдырылды.",
            "9 мыңнан",
            (None, None, "actual"),
        ),
        (
            _LEAD + "Көктемгі дала жұмыстарына 12 млрд теңге бөлінді.",
            "12 млрд теңге",
            (date(2025, 1, 1), date(2025, 12, 31), "plan"),
        ),
    ],
)
def test_kk_field_work_ahead_is_the_season(
    body: str, surface: str, expected: tuple[date | None, date | None, str]
) -> None:
    assert _periods(body)[surface] == expected
