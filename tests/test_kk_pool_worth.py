"""Kazakh pool worth (labels round): the worth of a pool or portfolio of projects is plan, how many
projects it holds a present state (tests/realworld/FORMAT.md). Our own sentences, labelled before the
extractor was run on them; look-alikes: the part of a pool already launched, a pension fund's portfolio."""

from datetime import date

import pytest

from etl.extract.cyrillic import extract_cyrillic_indicators

PUBLISHED = date(2025, 10, 1)

# (body, surface, kind)
PROBES = [
    ("Облыста құны 300 млрд теңге болатын 25 жобадан тұратын инвестициялық пул қалыптастырылды.",
     "300 млрд теңге", "plan"),
    ("Өңірде жалпы құны 2 млрд доллардан асатын инвестициялық портфель жинақталған.", "2 млрд доллардан", "plan"),
    ("Қалада 120 млрд теңгелік инвестициялық пул жасақталды.", "120 млрд теңгелік", "plan"),
    # look-alikes
    ("Пулға енген жобалардың 8-і іске қосылды, олардың құны 40 млрд теңге болды.", "40 млрд теңге", "actual"),
    ("Зейнетақы қорының инвестициялық портфелі 23 трлн теңгеге жетті.", "23 трлн теңгеге", "actual"),
    ("Бірыңғай жинақтаушы зейнетақы қоры 23 трлн теңгелік портфельді басқарады.", "23 трлн теңгелік", "actual"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "surface", "kind"), PROBES)
def test_kk_pool_worth(body: str, surface: str, kind: str) -> None:
    found = {i.surface: i for i in extract_cyrillic_indicators(body, PUBLISHED, "kk")}
    assert surface in found, sorted(found)
    assert found[surface].kind == kind
