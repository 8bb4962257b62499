"""Kazakh classes of round kk18: classes that recur across the blind sets (h14-h22 adjudications), tested on
probe sentences of our own (other topics and wordings), each figure labelled per tests/realworld/FORMAT.md
before the extractor ran:
 1 a rate per 1 000 / 100 000 people is unit "other" and its base is no figure, also when "шаққанда" is left
   out ("(1000 адамға 11,52)") and when a later sentence gives the same rate elsewhere ("бұл көрсеткіш
   24,6-ға тең"); a count of people after the dative ("1000 адамға пәтер берілді") stays a count.
"""

from __future__ import annotations

from datetime import date as d

import pytest

from etl.extract.indicators import extract_indicators

PUB = d(2025, 3, 1)

_RATE_ON = (
    "Ақтөбе облысында әр 1000 тұрғынға шаққанда 21,7 нәресте туылды. Атырауда бұл көрсеткіш 24,6-ға, "
    "Жамбылда 22,9-ға тең болды."
)
# (body, value, kind, unit): the figure must be found with this kind and unit
FOUND: list[tuple[str, float, str, str]] = [
    ("Аурушаңдық ең жоғары өңірлер – Павлодар (1000 адамға 9,84) және Абай (9,12) облыстары.", 9.84, "actual",
     "other"),
    ("Аурушаңдық ең жоғары өңірлер – Павлодар (1000 адамға 9,84) және Абай (9,12) облыстары.", 9.12, "actual",
     "other"),
    ("Былтыр Маңғыстауда 100 мың тұрғынға 38,5 жағдай тіркелді.", 38.5, "actual", "other"),
    (_RATE_ON, 21.7, "actual", "other"),
    (_RATE_ON, 24.6, "actual", "other"),
    (_RATE_ON, 22.9, "actual", "other"),
    # look-alikes: a count of people given something, and a later sentence with no rate before it
    ("Былтыр қалада 1000 адамға пәтер берілді.", 1000, "actual", "count"),
    ("Былтыр облыста 1 000 отбасыға баспана берілді. Бұл көрсеткіш 12,5%-ға артық.", 1000, "actual", "count"),
]  # fmt: skip

# (body, value): a number that must not be listed as a figure
NOT_FIGURES: list[tuple[str, float]] = [
    ("Аурушаңдық ең жоғары өңірлер – Павлодар (1000 адамға 9,84) және Абай (9,12) облыстары.", 1000),
    ("Былтыр Маңғыстауда 100 мың тұрғынға 38,5 жағдай тіркелді.", 100_000),
]


@pytest.mark.parametrize(("body", "value", "kind", "unit"), FOUND)
def test_kk18_probe_figure(body: str, value: float, kind: str, unit: str) -> None:
    found = {round(i.value, 6): i for i in extract_indicators(body, PUB, "", "kk")}
    assert value in found, sorted(found)
    assert (found[value].kind, found[value].unit) == (kind, unit)


@pytest.mark.parametrize(("body", "value"), NOT_FIGURES)
def test_kk18_probe_not_a_figure(body: str, value: float) -> None:
    assert value not in {round(i.value, 6) for i in extract_indicators(body, PUB, "", "kk")}
