"""Reads the period-phrase battery (tests/period_forms_battery.py) and tells, per language and
form family, how many phrases the Cyrillic period reader and the figure reader get exactly right,
get wrong or miss; for English (tests/period_forms_battery_en.py) also how many figures of the short
texts take their carried period, by structure; with --carry, the ru/kk carry-structure battery
(tests/carry_forms_battery.py), and with --messy, the messy-structure battery
(tests/messy_forms_battery.py, en/ru/kk): per language and structure, how many of its figures get
their labelled period. Run: python -m tests.period_forms_probe [--list] [--en | --carry | --messy]
(--en: English only)"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from datetime import date

from etl.extract.cyrillic_periods import find_cyrillic_periods
from etl.extract.indicators import extract_indicators
from etl.extract.languages.kk import KAZAKH
from etl.extract.languages.ru import RUSSIAN
from tests import carry_forms_battery as carry
from tests import messy_forms_battery as messy
from tests.period_forms_battery import FRAMES, KK, PUBLISHED, RU, Probe
from tests.period_forms_probe_en import english_counts

LANGUAGE = {"ru": RUSSIAN, "kk": KAZAKH}
Span = tuple[date | None, date | None]


def sentence_of(language: str, probe: Probe) -> str:
    return FRAMES[language][probe[2]].format(p=probe[1])


def moved(probe: Probe) -> Probe | None:
    """The probe with its phrase inside the sentence rather than opening it (flows and stocks)."""
    if probe[2] not in ("flow", "stock"):
        return None
    phrase = probe[1].rstrip(",")
    return (probe[0], phrase[0].lower() + phrase[1:], probe[2] + "_after", probe[3], probe[4])


def phrase_reading(language: str, probe: Probe) -> Span | None:
    """The dates of the first period phrase the reader finds over the probe's phrase."""
    sentence = sentence_of(language, probe)
    for period in find_cyrillic_periods(sentence, PUBLISHED, LANGUAGE[language]):
        at = sentence.find(probe[1])
        if at <= period.start < at + len(probe[1]) and (period.period_start or period.period_end):
            return (period.period_start, period.period_end)
    return None


def figure_reading(language: str, probe: Probe) -> Span | None:
    """The period of the sentence's one figure."""
    for found in extract_indicators(sentence_of(language, probe), PUBLISHED, language=language):
        if found.surface[:2] in ("12", "14"):
            return (found.period_start, found.period_end)
    return None


def verdict(expected: Span, read: Span | None) -> str:
    if read is None or read == (None, None):
        return "missed"
    return "right" if read == expected else "wrong"


def _marked(marks: dict[str, str], probe: Probe) -> str | None:
    """A probe's mark: its phrase as listed, or listed with "!" when it opens its sentence."""
    phrase = probe[1].rstrip(",").capitalize()
    return marks.get(phrase) or (marks.get(phrase + "!") if probe[1][:1].isupper() else None)


def probe_params(
    language: str, level: str, debatable: dict[str, str], figure_only: dict[str, str]
) -> list[object]:
    """The battery's probes of one language, opening and inside a sentence, as pytest params:
    a debatable label (or an unread form) and, at the figure level, a phrase the figure does not
    take are strict expected failures, so that a change to either shows."""
    import pytest  # only the tests need it; `python -m tests.period_forms_probe` runs without

    probes = RU if language == "ru" else KK
    params: list[object] = []
    for probe in [*probes, *(m for m in map(moved, probes) if m is not None)]:
        reason = _marked(debatable, probe) or (_marked(figure_only, probe) if level == "figure" else None)
        params.append(
            pytest.param(
                probe,
                id=f"{probe[0]}:{sentence_of(language, probe)[:48]}",
                marks=[pytest.mark.xfail(strict=True, reason=reason)] if reason else [],
            )
        )
    return params


def carry_readings(
    language: str, probe: carry.Probe, published: date = carry.PUBLISHED
) -> list[tuple[carry.Check, Span | None]]:
    """Each checked figure of a carry (or messy) probe with the period the figure reader gives it
    (None: no figure read there)."""
    _, title, body, checks = probe
    found = extract_indicators(body, published, title=title, language=language)
    readings: list[tuple[carry.Check, Span | None]] = []
    for check in checks:
        at = body.find(check[0])
        hit = next(
            (f for f in found if f.start_char <= at < f.end_char or at <= f.start_char < at + len(check[0])),
            None,
        )
        readings.append((check, None if hit is None else (hit.period_start, hit.period_end)))
    return readings


def carry_verdict(check: carry.Check, read: Span | None) -> str:
    if read is None:
        return "missed"
    return "right" if read == (check[1], check[2]) else "wrong"


def battery_right(language: str, battery: str) -> tuple[int, dict[str, str]]:
    """Figures of a text battery (carry or messy) read right, and the structures short of all
    right with their counts: what a battery's ratchet test asserts and reports."""
    counts = carry_counts(language, battery=battery)
    short = {
        structure: f"{c['right']}/{sum(c.values())}"
        for structure, c in counts.items()
        if structure != "ALL" and c["right"] < sum(c.values())
    }
    return counts["ALL"]["right"], short


def carry_counts(language: str, listing: bool = False, battery: str = "carry") -> dict[str, Counter[str]]:
    """Right / wrong / missed figures of the carry (or messy) battery per structure (and ALL)."""
    by_structure: dict[str, Counter[str]] = defaultdict(Counter)
    if battery == "messy":
        probes, published = messy.BATTERY[language], messy.PUBLISHED
    else:
        probes, published = (carry.RU if language == "ru" else carry.KK), carry.PUBLISHED
    for probe in probes:
        for check, read in carry_readings(language, probe, published):
            result = carry_verdict(check, read)
            by_structure[probe[0]][result] += 1
            by_structure["ALL"][result] += 1
            if listing and result != "right":
                print(f"  {language} {probe[0]} {result}: {check[0]!r} -> {read} (want {check[1:]})")
                print(f"      {probe[1]} || {probe[2]!r}")
    return by_structure


def main() -> None:
    listing = "--list" in sys.argv
    battery = "messy" if "--messy" in sys.argv else "carry" if "--carry" in sys.argv else ""
    if battery:
        for language in ("en", "ru", "kk") if battery == "messy" else ("ru", "kk"):
            counts = carry_counts(language, listing, battery)
            print(f"{language} {battery} (figures):")
            for structure, c in sorted(counts.items()):
                print(
                    f"  {structure:16} right {c['right']:3}/{sum(c.values()):<3} wrong {c['wrong']:3} "
                    f"missed {c['missed']:3}"
                )
        return
    english_counts(listing, show=True)
    if "--en" in sys.argv:
        return
    for language, phrases in (("ru", RU), ("kk", KK)):
        for level, reader in (("phrase", phrase_reading), ("figure", figure_reading)):
            by_family: dict[str, Counter[str]] = defaultdict(Counter)
            probes = list(phrases) + [m for m in map(moved, phrases) if m is not None]
            for probe in probes:
                expected = (probe[3], probe[4])
                read = reader(language, probe)
                result = verdict(expected, read)
                by_family[probe[0]][result] += 1
                by_family["ALL"][result] += 1
                if listing and result != "right":
                    print(
                        f"  {language} {level} {result}: {sentence_of(language, probe)!r} -> {read} (want {expected})"
                    )
            print(f"{language} {level}:")
            for family, counts in by_family.items():
                total = sum(counts.values())
                print(
                    f"  {family:14} right {counts['right']:3}/{total:<3} wrong {counts['wrong']:3} "
                    f"missed {counts['missed']:3}"
                )


if __name__ == "__main__":
    main()
