"""Amounts seen on real stored English news pages (round real23en), in sentences of our own.

"KZT 301 bln 800 mln" (a currency written before a scaled number, a smaller scaled one after it with
no unit of its own) is one amount, as "301 bln 800 mln tenge" already was; it was read as KZT 301
billion and a count of 800 million. Look-alikes: a first part that is not whole at its scale
("$1.2 billion 300 million more") and two amounts split by a comma stay two figures.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators


def _figures(text: str) -> list[tuple[float, str | None]]:
    return [(r.value, r.unit) for r in extract_indicators(text, date(2015, 8, 25))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last year the district's budget reached KZT 412 bln 600 mln.", [(412.6e9, "KZT")]),
        ("The city will hand about KZT 9 bln 250 mln to the national budget.", [(9.25e9, "KZT")]),
        ("Farm subsidies came to KZT 3 bln 40 mln in 2014.", [(3.04e9, "KZT")]),
        # look-alikes
        ("Sales were $1.2 billion 300 million more than planned.", [(1.2e9, "USD"), (300e6, "USD")]),
        ("The fund paid KZT 12 bln, 400 mln of it to farmers.", [(12e9, "KZT"), (400e6, "KZT")]),
        ("The region got 56 bln 700 mln tenge.", [(56.7e9, "KZT")]),
    ],
)
def test_currency_led_compound_amount(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _figures(text) == expected
