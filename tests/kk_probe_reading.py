"""How the Kazakh probes (tests/test_kk14_classes.py, tests/test_kk15_classes.py, tests/test_probe_forms_kk.py) are built
and read: one pytest case per expected figure of a probe paragraph, a strict xfail where a reading
is left for later, and the figures of a text by value or by surface."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

import pytest

from etl.extract.indicator_record import Indicator
from etl.extract.indicators import extract_indicators

Reading = tuple[date | None, date | None, str]  # period start, period end, kind


def probe_cases(probes: Sequence[tuple], left: Mapping[tuple[str, float], str]) -> list[object]:
    """(title, body, published, value, reading, unit) per expected figure; a figure whose
    paragraph starts with a key's head and has its value is a strict xfail with its reason."""
    cases: list[object] = []
    for cls, title, body, pub, expected, units in probes:
        for value, reading in expected.items():
            reason = next(
                (why for (head, v), why in left.items() if body.startswith(head) and v == value), None
            )
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            cases.append(
                pytest.param(
                    title,
                    body,
                    pub,
                    value,
                    reading,
                    units.get(value),
                    marks=marks,
                    id=f"c{cls}-{value:g}-{body[:18]}",
                )
            )
    return cases


def by_value(body: str, published: date, title: str = "") -> dict[float, Indicator]:
    """The Kazakh figures of a text, by value (rounded, so 1.2e9 and 1200000000.0 meet)."""
    return {round(i.value, 6): i for i in extract_indicators(body, published, title, "kk")}


def check_probe(
    title: str, body: str, published: date, value: float, label: Reading, unit: str | None
) -> None:
    """One case of probe_cases: the figure of that value reads as labelled (and has its unit, if given)."""
    indicator = by_value(body, published, title)[round(value, 6)]
    assert (indicator.period_start, indicator.period_end, indicator.kind) == label
    if unit is not None:
        assert indicator.unit == unit


def read(body: str, published: date, title: str = "") -> dict[float, Reading]:
    """The period and kind of each Kazakh figure of a text, by value."""
    return {
        value: (i.period_start, i.period_end, i.kind) for value, i in by_value(body, published, title).items()
    }


def by_surface(text: str, surface: str, published: date) -> Indicator:
    """The first Kazakh figure of a text written as `surface` (the test fails naming what was found)."""
    found = [i for i in extract_indicators(text, published, language="kk") if i.surface == surface]
    assert found, (
        f"no figure {surface!r} in {[i.surface for i in extract_indicators(text, published, language='kk')]}"
    )
    return found[0]
