"""The real-world eval set as a ratchet: the extractor may not score below the recorded best.

tests/realworld/<lang>/*.json are hand-labelled articles (format: evalsets FORMAT.md, the
scorer: etl/evaluation.py); tests/realworld/best.json holds the best F1, period and kind
accuracy reached per language. To raise the record after an improvement:

    ktpulse eval --set tests/realworld/en --record tests/realworld/best.json
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from etl.cli import read_eval_set
from etl.evaluation import score_set

REALWORLD = Path(__file__).resolve().parent / "realworld"
BEST_FILE = REALWORLD / "best.json"
SLACK = 0.001  # float noise, not a licence to regress
LANGUAGES = sorted(p.name for p in REALWORLD.iterdir() if p.is_dir() and any(p.glob("*.json")))


def test_every_language_with_articles_has_a_record() -> None:
    best = json.loads(BEST_FILE.read_text(encoding="utf-8"))
    assert LANGUAGES, "no labelled articles under tests/realworld/<lang>/"
    missing = [lang for lang in LANGUAGES if lang not in best]
    assert not missing, (
        f"no record for {missing} in {BEST_FILE}: run "
        f"`ktpulse eval --set tests/realworld/{missing[0]} --record tests/realworld/best.json`"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_extractor_does_not_score_below_the_record(language: str) -> None:
    articles, problems = read_eval_set(REALWORLD / language)
    assert not problems, problems  # every label file must be readable and its surfaces found
    assert all(a.language == language for a in articles)
    figures = score_set(articles).figures()
    best = json.loads(BEST_FILE.read_text(encoding="utf-8"))[language]
    dropped = {
        name: (figures[name], best[name])
        for name in ("f1", "period", "kind")
        if figures[name] < best[name] - SLACK
    }
    assert not dropped, (
        f"{language}: below the recorded best (now, record): {dropped}. Find the cause with "
        f"`ktpulse eval --set tests/realworld/{language} --explain`. If the set itself changed, re-record with "
        f"`ktpulse eval --set tests/realworld/{language} --record tests/realworld/best.json`."
    )
    # A score above the record is welcome: raise the record with the command above.


# Articles written by someone who never saw the extractor's code or its development set, kept
# apart so that their figures say how it does on text it was not tuned on (docs/benchmarks.md).
# Developing against them spends them: add new unseen articles instead.
UNSEEN = REALWORLD / "unseen"
UNSEEN_LANGUAGES = sorted(
    p.name for p in UNSEEN.glob("*") if p.is_dir() and any(p.glob("*.json"))
)  # glob: a clone without the folder has none


@pytest.mark.parametrize("language", UNSEEN_LANGUAGES)
def test_extractor_does_not_score_below_the_record_on_unseen_articles(language: str) -> None:
    articles, problems = read_eval_set(UNSEEN / language)
    assert not problems, problems
    figures = score_set(articles).figures()
    best = json.loads(BEST_FILE.read_text(encoding="utf-8"))[f"unseen-{language}"]
    dropped = {
        name: (figures[name], best[name])
        for name in ("f1", "period", "kind")
        if figures[name] < best[name] - SLACK
    }
    assert not dropped, f"unseen {language}: below the record (now, record): {dropped}"
