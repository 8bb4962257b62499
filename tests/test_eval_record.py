"""`ktpulse eval --set DIR --record FILE`: the record only rises on the same set, and is replaced
when the set itself changed (other articles or facts)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer

from etl.cli import _raise_record

OLD = {"f1": 0.99, "period": 0.95, "kind": 0.96, "articles": 10, "facts": 100}


def _record(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))["en"]


def test_a_drop_on_the_same_set_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "best.json"
    path.write_text(json.dumps({"en": OLD}), encoding="utf-8")
    with pytest.raises(typer.Exit):
        _raise_record(path, "en", OLD | {"period": 0.90})
    assert _record(path) == OLD
    _raise_record(path, "en", OLD | {"period": 0.97})
    assert _record(path)["period"] == 0.97


def test_a_changed_set_replaces_the_record(tmp_path: Path) -> None:
    path = tmp_path / "best.json"
    path.write_text(json.dumps({"en": OLD}), encoding="utf-8")
    bigger = OLD | {"period": 0.90, "articles": 20, "facts": 230}
    _raise_record(path, "en", bigger)
    assert _record(path) == bigger


def test_an_unseen_set_records_under_its_own_key(tmp_path: Path) -> None:
    import shutil

    from typer.testing import CliRunner

    from etl.cli import app

    article = next((Path(__file__).parent / "realworld" / "en").glob("*.json"))
    unseen = tmp_path / "unseen" / "en"
    unseen.mkdir(parents=True)
    shutil.copy(article, unseen / article.name)
    path = tmp_path / "best.json"
    path.write_text(json.dumps({"en": OLD}), encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "--set", str(unseen), "--record", str(path)])
    assert result.exit_code == 0, result.output
    recorded = json.loads(path.read_text(encoding="utf-8"))
    assert recorded["en"] == OLD  # the development set's record is left alone
    assert recorded["unseen-en"]["articles"] == 1
