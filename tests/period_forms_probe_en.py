"""Reads the English period-form battery (tests/period_forms_battery_en.py): per form family, how
many phrases the period reader (`find_periods`) and the figure reader (`extract_indicators`) get
exactly right, wrong or miss, with the phrase opening its sentence and told after the figure; and
per structure, how many figures of the short texts take their labelled (often carried) period.
Printed by `python -m tests.period_forms_probe [--en] [--list]`."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import date

from etl.extract.indicators import extract_indicators
from etl.extract.periods import find_periods
from tests.period_forms_battery_en import PROBES, PUBLISHED, TEXTS, Probe, after_sentence, moved, sentence_of

Span = tuple[date | None, date | None]


def all_probes() -> list[Probe]:
    """Every probe, opening its sentence and (where its frame has one) told after the figure;
    a phrase whose moved sentence is the same as another's ("In 2023," / "In 2023") counts once."""
    seen: set[str] = set()
    out: list[Probe] = []
    for probe in [*PROBES, *(m for m in map(moved, PROBES) if m is not None)]:
        text = sentence(probe)
        if text not in seen:
            seen.add(text)
            out.append(probe)
    return out


def sentence(probe: Probe) -> str:
    return after_sentence(probe) if probe[2].endswith("_after") else sentence_of(probe)


def phrase_reading(probe: Probe) -> Span | None:
    """The dates of the first period phrase the reader finds over the probe's phrase."""
    text = sentence(probe)
    if not probe[1]:
        return None
    at = text.lower().find(probe[1].rstrip(",").lower())
    for period in find_periods(text, PUBLISHED):
        if at <= period.start < at + len(probe[1]) and (period.period_start or period.period_end):
            return (period.period_start, period.period_end)
    return None


def figure_reading(probe: Probe) -> Span | None:
    """The period of the sentence's figure (the one opening with "12" or "14")."""
    for found in extract_indicators(sentence(probe), PUBLISHED, language="en"):
        if found.surface[:2] in ("12", "14"):
            return (found.period_start, found.period_end)
    return None


def verdict(expected: Span, read: Span | None) -> str:
    if expected == (None, None):
        return "right" if read is None or read == (None, None) else "wrong"
    if read is None or read == (None, None):
        return "missed"
    return "right" if read == expected else "wrong"


def _opens_with(surface: str, key: str) -> bool:
    return re.match(re.escape(key) + r"(?![\d]|[,.]\d)", surface) is not None


def text_readings() -> list[tuple[str, str, Span, Span | None]]:
    """(structure, figure, labelled period, read period) for every labelled figure of the texts."""
    rows = []
    for structure, title, body, figures in TEXTS:
        found = extract_indicators(body, PUBLISHED, title=title, language="en")
        for key, start, end in figures:
            match = next((f for f in found if _opens_with(f.surface, key)), None)
            read = None if match is None else (match.period_start, match.period_end)
            rows.append((structure, key + " | " + body[:60], (start, end), read))
    return rows


def english_counts(listing: bool = False, show: bool = False) -> dict[str, dict[str, Counter[str]]]:
    """Right / wrong / missed per family (phrase and figure levels) and per text structure."""
    levels: dict[str, dict[str, Counter[str]]] = {}
    probes = all_probes()
    for level, reader in (("phrase", phrase_reading), ("figure", figure_reading)):
        by_family: dict[str, Counter[str]] = defaultdict(Counter)
        for probe in probes:
            if level == "phrase" and not probe[1]:
                continue
            expected = (probe[3], probe[4])
            read = reader(probe)
            result = verdict(expected, read)
            by_family[probe[0]][result] += 1
            by_family["ALL"][result] += 1
            if listing and result != "right":
                print(f"  en {level} {result}: {sentence(probe)!r} -> {read} (want {expected})")
        levels[level] = by_family
    by_structure: dict[str, Counter[str]] = defaultdict(Counter)
    for structure, label, expected, read in text_readings():
        result = verdict(expected, read)
        by_structure[structure][result] += 1
        by_structure["ALL"][result] += 1
        if listing and result != "right":
            print(f"  en text {result}: {label!r} -> {read} (want {expected})")
    levels["text"] = by_structure
    if show:
        for level, by_family in levels.items():
            print(f"en {level}:")
            for family, counts in sorted(by_family.items(), key=lambda kv: (kv[0] == "ALL", kv[0])):
                total = sum(counts.values())
                print(
                    f"  {family:14} right {counts['right']:3}/{total:<3} wrong {counts['wrong']:3} "
                    f"missed {counts['missed']:3}"
                )
    return levels
