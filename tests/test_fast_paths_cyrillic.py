"""The Russian and Kazakh path's fast paths answer exactly what the general path answers: they
exist only to make extraction faster (docs/benchmarks.md), never to change a figure."""

from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl.extract import kk_predicate

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
