"""bench/held_out_halves.py: the split of the held-out sets and its per-half tally."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.held_out_halves import compare, half_of


@pytest.mark.parametrize(
    ("name", "half"),
    [
        ("h7-en-01-gas", "A"),
        ("h43-kk-10-x", "A"),
        ("h9-ru-02-y", "B"),
        ("h44-en-11-z", "B"),
        ("h70-kk-01", "B"),
    ],
)
def test_half_of_a_batch(name: str, half: str) -> None:
    assert half_of(name) == half


def _figure(language: str, half: str, period_ok: bool, kind_ok: bool, reading: list, sentence: str) -> dict:
    return {
        "language": language,
        "half": half,
        "period_ok": period_ok,
        "kind_ok": kind_ok,
        "reading": reading,
        "sentence": sentence,
        "surface": "12",
    }


def _write(path: Path, figures: dict, period: float) -> Path:
    summary = {f"ru {h}": {"period": period, "kind": 0.9} for h in ("A", "B")}
    path.write_text(json.dumps({"summary": summary, "figures": figures}), encoding="utf-8")
    return path


def test_compare_counts_gains_and_losses_per_half_and_never_shows_b(tmp_path: Path, capsys) -> None:
    before = _write(
        tmp_path / "before.json",
        {
            "h7-ru-01|5": _figure("ru", "A", False, True, ["2024", "actual"], "sentence of A"),
            "h9-ru-01|8": _figure("ru", "B", True, True, ["2024", "plan"], "sentence of B"),
            "h9-ru-02|3": _figure("ru", "B", False, False, ["2023", "plan"], "another of B"),
        },
        0.5,
    )
    after = _write(
        tmp_path / "after.json",
        {
            "h7-ru-01|5": _figure("ru", "A", True, True, ["2025", "actual"], "sentence of A"),
            "h9-ru-01|8": _figure("ru", "B", False, True, ["2025", "plan"], "sentence of B"),
            "h9-ru-02|3": _figure("ru", "B", False, False, ["2022", "plan"], "another of B"),
        },
        0.6,
    )
    compare(before, after, show_a=True)
    out = capsys.readouterr().out
    assert "ru A: period +1 / -0" in out
    assert "ru B: period +0 / -1" in out and "2 readings moved" in out
    assert "sentence of A" in out
    assert "of B" not in out  # the test half's sentences stay unread
