"""`ktpulse eval`: the scorer's rules, and the extractor's score on the shared gold file."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from etl.cli import app
from etl.evaluation import evaluate, page_extractor, score_article
from etl.sites.ktkz.pages import parse_page
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
    report = evaluate(gold, page_extractor(parse_page(sample_text)))
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


def _indicator(
    value: float, unit: str, start: int, end: int, period=(None, None), kind="actual", sentence=""
):
    from etl.extract.indicator_record import Indicator

    return Indicator(value, unit, "", None, *period, kind, False, sentence, 0, start, end, "", None, None)


def test_eval_set_scoring_matches_by_place_first_and_classifies_errors() -> None:
    from datetime import date

    from etl.evaluation import eval_article, score_eval_article

    body = (
        "Exports reached 5 billion tenge in 2024, 2 billion tenge more than in 2021. Plans: 5 billion tenge."
    )
    data = {
        "language": "en", "published": "2025-03-01", "title": "t", "body": body,
        "figures": [
            {"surface": "5 billion tenge", "occurrence": 2, "value": 5e9, "unit": "KZT",
             "period": ["2026-01-01", "2026-12-31"], "kind": "plan"},
            {"surface": "5 billion tenge", "value": 5e9, "unit": "KZT",
             "period": ["2024-01-01", "2024-12-31"], "kind": "actual"},
            {"surface": "2 billion tenge", "value": 2e9, "unit": "KZT",
             "period": ["2024-01-01", "2024-12-31"], "kind": "actual", "is_change": True},
        ],
    }  # fmt: skip
    article = eval_article(data, "x.json")
    first, second = body.index("5 billion"), body.rindex("5 billion")
    change = body.index("2 billion")
    found = [
        _indicator(5e9, "KZT", first, first + 15, (date(2024, 1, 1), date(2024, 12, 31))),
        _indicator(2e9, "KZT", change, change + 15, (date(2021, 1, 1), date(2021, 12, 31)), sentence=body),
        _indicator(5e9, "KZT", second, second + 15, kind="plan"),
        _indicator(7, "count", 0, 3),
    ]
    score = score_eval_article(article, found)
    later, earlier, base = score.results
    assert earlier.found is found[0] and earlier.errors == ()  # matched at its own place, not the first 5 bn
    assert later.found is found[2] and later.errors == ("wrong period: no period",)
    assert base.errors == ("wrong period: comparison base",)
    assert [kind for _, kind in score.false_hits] == ["false hit"]
    assert (score.true_positives, score.required, score.extracted_scored) == (3, 3, 4)


def test_eval_set_label_whose_surface_is_not_in_the_body_is_named() -> None:
    import pytest

    from etl.config_files import ConfigError
    from etl.evaluation import eval_article

    data = {"language": "en", "published": "2025-03-01", "title": "t", "body": "Output grew 5%.",
            "figures": [{"surface": "6%", "value": 6, "unit": "percent", "period": None, "kind": "actual"}]}  # fmt: skip
    with pytest.raises(ConfigError, match=r"bad\.json figures\[0\]: surface '6%'"):
        eval_article(data, "bad.json")


def test_cli_eval_set_prints_error_classes_and_explains_skips(tmp_path: Path) -> None:
    import json

    body = "In 2024, 12 schools were built. On 5 May 2025 the akim opened 3 more."
    figures = [{"surface": "12 schools", "value": 12, "unit": "count", "period": ["2024-01-01", "2024-12-31"],
                "kind": "actual"}]  # fmt: skip
    article = {
        "language": "en",
        "published": "2025-06-01",
        "title": "Schools",
        "body": body,
        "figures": figures,
    }
    (tmp_path / "en-001.json").write_text(json.dumps(article))
    result = CliRunner().invoke(app, ["eval", "--set", str(tmp_path), "--explain"])
    assert result.exit_code == 0, result.output
    assert "skipped '5': day of a date" in result.output
    assert "false hit" in result.output  # "3 more"
    assert result.output.strip().splitlines()[-1].startswith("overall: precision 0.500, recall 1.000")


def test_cli_eval_reads_an_html_page_as_refresh_does() -> None:
    """One parse(raw) for both: the HTML capture of the sample scores as its text capture."""
    html_page = Path(__file__).parent / "fixtures" / "kt_page_sample.html"
    runner = CliRunner()
    on_html = runner.invoke(app, ["eval", "--gold", str(GOLD_FILE), "--page", str(html_page)])
    on_text = runner.invoke(app, ["eval", "--gold", str(GOLD_FILE), "--page", str(SAMPLE_PAGE)])
    assert on_html.exit_code == 0, on_html.output
    assert on_html.output.strip().splitlines()[-1] == on_text.output.strip().splitlines()[-1]
