"""Reads the kind-form battery (tests/kind_forms_battery.py) and tells, per language and form
family, how many probes the extractor gives the labelled kind, another kind, or no figure at all.
Run: python -m tests.kind_forms_probe [--list]"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict

from etl.extract.indicators import extract_indicators
from tests.kind_forms_battery import BATTERY, PUBLISHED, Probe


def figure_kind(language: str, probe: Probe) -> str | None:
    """The kind the extractor gives the probe's figure (the first whose surface starts with the
    probe's figure words), or None when it reads no such figure."""
    title = probe[4] if len(probe) > 4 else ""
    for found in extract_indicators(probe[1], PUBLISHED, title=title, language=language):
        if found.surface.startswith(probe[2]):
            return found.kind
    return None


def verdict(probe: Probe, read: str | None) -> str:
    if read is None:
        return "missed"
    return "right" if read == probe[3] else "wrong"


def counts(language: str) -> dict[str, Counter[str]]:
    by_family: dict[str, Counter[str]] = defaultdict(Counter)
    for probe in BATTERY[language]:
        result = verdict(probe, figure_kind(language, probe))
        by_family[probe[0]][result] += 1
        by_family["ALL"][result] += 1
    return by_family


def main() -> None:
    listing = "--list" in sys.argv
    for language, probes in BATTERY.items():
        by_family: dict[str, Counter[str]] = defaultdict(Counter)
        for probe in probes:
            read = figure_kind(language, probe)
            result = verdict(probe, read)
            by_family[probe[0]][result] += 1
            by_family["ALL"][result] += 1
            if listing and result != "right":
                text = probe[1].replace("\n", " / ")
                print(f"  {language} {probe[0]} {result}: {text!r} [{probe[2]}] -> {read} (want {probe[3]})")
        print(f"{language}:")
        for family, tally in by_family.items():
            total = sum(tally.values())
            print(
                f"  {family:14} right {tally['right']:3}/{total:<3} wrong {tally['wrong']:3} missed {tally['missed']:3}"
            )


if __name__ == "__main__":
    main()
