"""Kazakh mechanisms found at first sight of the blind set h30 (fs30kk). Our own sentences, labelled
by tests/realworld/FORMAT.md; each mechanism keeps look-alikes that must keep their reading.
Every case marked "was" below was read wrong before +fs30kk."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators

Reading = tuple[date | None, date | None, str]


def _read(body: str, published: date, title: str = "") -> dict[str, Reading]:
    return {
        i.surface: (i.period_start, i.period_end, i.kind)
        for i in extract_indicators(body, published, title=title, language="kk")
    }


# --- "жылдың соңғы екі күнінде": the year's last N days ---------------------------------------------

_JAN = date(2025, 1, 3)


@pytest.mark.parametrize(
    ("body", "published", "surface", "period"),
    [
        # was: the whole of 2024
        (
            "Өткен жылдың соңғы үш күнінде қалада 1 200 жол апаты тіркелді.",
            _JAN,
            "1 200",
            (date(2024, 12, 29), date(2024, 12, 31)),
        ),
        (
            "2023 жылдың соңғы екі күнінде әуежай 14 мың жолаушыға қызмет көрсетті.",
            date(2024, 3, 10),
            "14 мың",
            (date(2023, 12, 30), date(2023, 12, 31)),
        ),
        # a bare year told in January is the one just over; told in December, this one
        (
            "Жылдың соңғы бес күнінде дүкендерге 40 мың сатып алушы келді.",
            _JAN,
            "40 мың",
            (date(2024, 12, 27), date(2024, 12, 31)),
        ),
        (
            "Жылдың соңғы бес күнінде дүкендерге 40 мың сатып алушы келді.",
            date(2025, 12, 31),
            "40 мың",
            (date(2025, 12, 27), date(2025, 12, 31)),
        ),
        # look-alike: last year with no days keeps the whole year
        ("Өткен жылы қалада 1 200 жол апаты тіркелді.", _JAN, "1 200", (date(2024, 1, 1), date(2024, 12, 31))),
    ],
)
def test_last_days_of_a_year(body: str, published: date, surface: str, period: tuple[date, date]) -> None:
    assert _read(body, published)[surface][:2] == period


def test_last_days_carried_to_the_parts_after_them() -> None:
    # was: the lead's whole year, and the next paragraph dated 31 December by the headline's year end
    found = _read(
        "Өткен жылдың соңғы екі күнінде өрт сөндірушілерге 3 400 хабарлама келіп түсті.\n"
        "Ақтөбе облысынан 600-ден астам, Атыраудан 450-ден астам хабарлама тіркелді.",
        _JAN,
        title="Жыл соңындағы екі күнде өрт сөндірушілерге 3 400 хабарлама түсті",
    )
    two_days = (date(2024, 12, 30), date(2024, 12, 31))
    assert found["3 400"][:2] == two_days
    assert found["600-ден"][:2] == two_days
    assert found["450-ден"][:2] == two_days


# --- "4-санатқа", "1-3 шұғыл санаттағы": a category's number is no figure ----------------------------


@pytest.mark.parametrize(
    ("body", "kept", "dropped"),
    [
        # was: "2" read as a count
        ("Түскен өтініштердің 12 мыңы 2-санатқа жатады.", ["12 мыңы"], ["2"]),
        # was: "1" and "2" read as counts
        ("Шақыртулардың 900-і 1-2 жедел санаттағы шақыртулар болды.", ["900-і"], ["1", "2"]),
        ("3-санаттағы жолдардың 40 шақырымы жөнделді.", ["40 шақырымы"], ["3"]),
        # look-alikes: a number of categories is a count; school grades stay labels as before
        ("Өтінімдер 3 санат бойынша қабылданды, барлығы 70 өтінім түсті.", ["3", "70"], []),
        ("1-4 сынып оқушыларына 12 мың кітап берілді.", ["12 мың"], ["1", "4"]),
    ],
)
def test_category_numbers_are_labels(body: str, kept: list[str], dropped: list[str]) -> None:
    found = _read(body, _JAN)
    for surface in kept:
        assert surface in found, f"{surface!r} not in {list(found)}"
    for surface in dropped:
        assert surface not in found, f"{surface!r} read as a figure"
