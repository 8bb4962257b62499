"""`ktpulse eval`: the scorer's rules, and the extractor's score on the shared gold file."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from etl.cli import app
from etl.evaluation import evaluate, page_extractor, score_article
from tests.conftest import GOLD_FILE, SAMPLE_PAGE


def test_each_gold_item_matches_one_extracted_item_within_half_a_percent() -> None:
    score = score_article(
        "s", "t",
        extracted=[(100.4, "count"), (100.0, "count"), (5, "percent"), (2, "count")],
        required=[(100, "count"), (100, "count"), (5, "KZT")],
        optional=[(2, "count")],
    )  # fmt: skip
    assert score.true_positives == 2
    assert score.misses == [(5, "KZT")]
    assert score.false_hits == [(5, "percent")]  # the optional (2, count) counts neither way
    assert (round(score.precision, 3), round(score.recall, 3)) == (0.667, 0.667)


def test_extractor_f1_on_the_shared_gold_file_is_at_least_095(gold: dict, sample_text: str) -> None:
    report = evaluate(gold, page_extractor(sample_text))
    assert all(score.found for score in report.articles)
    assert report.f1 >= 0.95, [(a.title, a.misses, a.false_hits) for a in report.articles]
    assert report.recall >= 0.95


def test_cli_eval_on_the_store_and_on_a_page(sample_store: Path) -> None:
    runner = CliRunner()
    on_store = runner.invoke(app, ["eval", "--gold", str(GOLD_FILE), "--db", str(sample_store)])
    on_page = runner.invoke(app, ["eval", "--gold", str(GOLD_FILE), "--page", str(SAMPLE_PAGE)])
    assert on_store.exit_code == on_page.exit_code == 0, on_store.output
    last_line = on_store.output.strip().splitlines()[-1]
    assert last_line.startswith("overall: precision") and "F1" in last_line
    assert last_line == on_page.output.strip().splitlines()[-1]


def test_cli_eval_bad_gold_file_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "gold.json"
    bad.write_text("{not json")
    result = CliRunner().invoke(app, ["eval", "--gold", str(bad), "--page", str(SAMPLE_PAGE)])
    assert result.exit_code == 2
    assert "not valid JSON" in result.output and str(bad) in result.output
