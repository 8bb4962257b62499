"""Grammar coverage of the structures that carry or set a period across sentences: the carry
battery (tests/carry_forms_battery.py, our own short texts labelled by tests/realworld/FORMAT.md
before any reader ran on them) read by the figure reader. A ratchet: the count of figures given
their labelled period may not drop below the recorded one. Run
`python -m tests.period_forms_probe --carry --list` for the count by structure and the misses."""

from __future__ import annotations

import pytest

from tests.period_forms_probe import carry_counts

# figures right when this was recorded (+crk8), of 1550 a language; raise it when a change reads more
_RECORDED = {"ru": 1550, "kk": 1550}


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_carry_battery_does_not_lose_figures(language: str) -> None:
    counts = carry_counts(language)
    right = counts["ALL"]["right"]
    lost = {
        structure: f"{c['right']}/{sum(c.values())}"
        for structure, c in counts.items()
        if structure != "ALL" and c["right"] < sum(c.values())
    }
    assert right >= _RECORDED[language], f"{language}: {right} < {_RECORDED[language]}; short: {lost}"
