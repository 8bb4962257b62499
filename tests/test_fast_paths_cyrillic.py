"""The Russian and Kazakh path's fast paths answer exactly what the general path answers: they
exist only to make extraction faster (docs/benchmarks.md), never to change a figure."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl.extract import first_chars, kk_predicate
from etl.extract.indicators import extract_indicators

REALWORLD = Path(__file__).parent / "realworld"
SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _dev_lines(language: str) -> list[str]:
    """Every line of a dev set's article bodies and headlines (never the unseen set)."""
    lines = []
    for path in sorted((REALWORLD / language).glob("*.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        lines += [article.get("title", ""), *article.get("body", "").split("\n")]
    return [line for line in lines if line]


def _found(match: re.Match[str] | None) -> tuple[tuple[int, int], tuple[str | None, ...]] | None:
    return None if match is None else (match.span(), match.groups())


_END_PATTERNS = [kk_predicate._LAST_WORD, kk_predicate._WORD_BEFORE]
# Kazakh words, hyphens, digits, spaces and the marks the patterns skip or stop at
CLAUSE_TEXT = st.lists(
    st.sampled_from(
        ["құрады", "өскен", "жыл", "Астана-Алматы", "-", " ", "  ", ".", ",", "»", "«", "(", ")", "'", "2025",
         "5", "%", "\n", "\xa0", "ə", "x", "_", "а", "пайызға", "жүріп", "жатыр", ":", "!"]
    ),
    max_size=30,
).map("".join)  # fmt: skip


@SETTINGS
@given(CLAUSE_TEXT, st.integers(0, 40), st.integers(0, 40))
def test_search_at_end_finds_what_the_whole_search_finds(text: str, start: int, cut: int) -> None:
    end = max(start, len(text) - cut)
    for pattern in _END_PATTERNS:
        fast = kk_predicate._search_at_end(pattern, text, start, end)
        assert _found(fast) == _found(pattern.search(text, start, end)), (pattern, text, start, end)


def test_search_at_end_on_the_dev_clauses() -> None:
    lines = _dev_lines("kk") + _dev_lines("ru")
    assert len(lines) > 500
    for text in lines:
        ends = sorted({len(text), *(m.start() for m in re.finditer(r"[,;:.]", text))})
        for end in ends:
            for start in (0, end // 3):
                for pattern in _END_PATTERNS:
                    fast = kk_predicate._search_at_end(pattern, text, start, end)
                    assert _found(fast) == _found(pattern.search(text, start, end)), (text, start, end)


def test_remembered_predicates_are_fresh_readings() -> None:
    for text in _dev_lines("kk")[:400]:
        assert kk_predicate.read_predicate(text, 0, len(text)) == kk_predicate.read_predicate.__wrapped__(
            text, 0, len(text)
        )


def _twins() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """Every pattern of the Russian and Kazakh path put behind its first characters, with its twin
    (the readers and period tables are made by a first extraction)."""
    for language in ("ru", "kk"):
        extract_indicators("В 2025 году выпуск вырос на 5%.", date(2025, 6, 1), language=language)
    return [(pattern, twin) for pattern, twin in first_chars._TWINS.items() if twin is not pattern]


def _every_match(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_gated_twins_find_what_the_patterns_find_on_the_dev_sentences() -> None:
    twins = _twins()
    assert len(twins) > 300  # the module patterns, the readers' and the period tables'
    lines = (_dev_lines("ru") + _dev_lines("kk"))[::4]  # (every line: a minute of CPU)
    for pattern, twin in twins:
        assert twin.flags == pattern.flags and twin.groupindex == pattern.groupindex, pattern.pattern
        for text in lines:
            assert _every_match(twin, text) == _every_match(pattern, text), (pattern.pattern, text)


def test_gated_twins_match_where_the_patterns_match() -> None:
    lines = (_dev_lines("ru") + _dev_lines("kk"))[::60]
    for pattern, twin in _twins():
        for text in lines:
            for position in range(0, len(text), 3):
                assert _found(twin.match(text, position)) == _found(pattern.match(text, position))


@pytest.mark.parametrize(
    ("source", "flags", "gate"),
    [
        (r"(?<!\w)(?:один|два)", re.I, "(?=[од])"),
        (r"(?<![\d.,])\d+|(?<=\s)[а-я]", 0, r"(?=[\dа-я])"),
        (r"(?<!\w)(?:x?y|z)", 0, r"(?=[xyz])"),
        (r"(?<!\w)(?:x?y|[^\s,]z)", 0, None),  # too many first characters to pay
        (r"(?<!\w)\s+к", 0, None),
        (r"(?<!\w)a*", 0, None),  # may match the empty string
        (r"(?<!\w).b", 0, None),  # any character
        (r"(?<!\w)(?i:a)b", 0, None),  # flags of its own inside
        (r"(a)\1", 0, "(?=[a])"),
    ],
)
def test_first_char_gate(source: str, flags: int, gate: str | None) -> None:
    assert first_chars.first_char_gate(re.compile(source, flags)) == gate


ODD_TEXT = st.text(alphabet="адоОДxyzabAB1 ,.-İıſКk\u212a\n_", max_size=30)


@SETTINGS
@given(ODD_TEXT)
def test_gated_patterns_on_odd_text(text: str) -> None:
    for source, flags in [
        (r"(?<!\w)(?:один|два|ok|ſ)", re.I),
        (r"(?<![\d.,])\d+|(?<=\s)[а-я]", re.I),
        (r"(?<!\w)(?:x?y|z+x)", 0),
        (r"(?<!\w)(?:İ|k|[a-c]+)", re.I),
        (r"\b(?:is|k)\b", re.I | re.ASCII),
    ]:
        pattern = re.compile(source, flags)
        twin = first_chars.gated(pattern)
        assert twin is not pattern
        assert _every_match(twin, text) == _every_match(pattern, text), (source, text)
