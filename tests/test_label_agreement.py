"""bench/label_agreement.py: blanked copies hide what a labeller decides; agreement counts differences."""

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest

from bench.label_agreement import agreement, blank

ROOT = Path(__file__).resolve().parent.parent
FILE = next(iter(sorted((ROOT / "tests/realworld/ru").glob("d39-ru-01-*.json"))))


def test_blanked_copies_keep_what_finds_a_figure_and_lose_its_labels(tmp_path: Path) -> None:
    blank([FILE], tmp_path)
    copy = json.loads((tmp_path / FILE.name).read_text(encoding="utf-8"))
    original = json.loads(FILE.read_text(encoding="utf-8"))
    assert "modelled_on" not in copy and copy["body"] == original["body"]
    for mine, theirs in zip(copy["figures"], original["figures"], strict=True):
        assert (mine["period"], mine["kind"], mine["item"]) == (None, None, None)
        assert (mine["surface"], mine["value"], mine["unit"]) == (
            theirs["surface"],
            theirs["value"],
            theirs["unit"],
        )


def test_agreement_counts_each_period_and_kind_the_second_labeller_changed(tmp_path: Path) -> None:
    shutil.copy(FILE, tmp_path / FILE.name)
    assert agreement([FILE], tmp_path)["period agree"] == agreement([FILE], tmp_path)["period"]
    data = json.loads(FILE.read_text(encoding="utf-8"))
    dated = next(f for f in data["figures"] if f["period"] is not None)
    dated["period"] = ["1999-01-01", "1999-12-31"]
    dated["kind"] = "forecast" if dated["kind"] != "forecast" else "actual"
    (tmp_path / FILE.name).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    counts = agreement([FILE], tmp_path)
    assert counts["period"] - counts["period agree"] == 1
    assert counts["kind"] - counts["kind agree"] == 1


def test_a_file_without_second_labels_is_named_and_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = next(f for f in sorted(FILE.parent.glob("*.json")) if f != FILE)
    shutil.copy(FILE, tmp_path / FILE.name)  # the second labeller returned one file of two
    counts = agreement([FILE, other], tmp_path)
    assert counts["files left out"] == 1
    assert counts == agreement([FILE], tmp_path) + Counter({"files left out": 1})
    assert other.name in capsys.readouterr().err
