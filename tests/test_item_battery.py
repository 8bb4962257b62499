"""The item battery (tests/item_battery.py): our own sentences, one group per class of item error,
labelled before the reader ran. Each case must read as labelled."""

from __future__ import annotations

import pytest

from tests.item_battery import CASES, Case, item_of, judge

# Cases the reader still misses, each with why (kept in the battery so the miss stays counted):
# a part "of it" ("оның 210 мың шаршы метрі ауылдық жерде") is of the total's thing; giving it the
# total's item narrowed by its own words was tried and scored 10 better, 9 worse on the dev sets
# (it drags the total's counter, "адам", "бала", into the part), so it was left out.
KNOWN_MISSES = {("kk", "function", "210 мың шаршы метрі")}


def _marked(case: Case) -> object:
    if (case.language, case.kind, case.surface) in KNOWN_MISSES:
        return pytest.param(case, marks=pytest.mark.xfail(strict=True, reason="known miss, see KNOWN_MISSES"))
    return case


@pytest.mark.parametrize(
    "case", [_marked(c) for c in CASES], ids=lambda c: f"{c.language}-{c.kind}-{c.surface}"
)
def test_item_battery(case: Case) -> None:
    item = item_of(case)
    assert item is not None, f"no figure {case.surface!r} in {case.sentence!r}"
    assert judge(case, item), f"{case.surface!r} -> {item!r} in {case.sentence!r}"
