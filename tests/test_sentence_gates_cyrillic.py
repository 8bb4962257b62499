"""The literal tests put before the Russian and Kazakh path's scans (sp44cy, docs/benchmarks.md) only
spare scans that find nothing: on every dev line, a sentence the gate shuts holds no match, and a word
a cheap ending test turns away is one the word pattern does not match."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from etl.extract import (
    cyrillic,
    cyrillic_changes,
    cyrillic_clause_time,
    cyrillic_figure_roles,
    cyrillic_kinds,
    cyrillic_numbers,
    cyrillic_periods,
    cyrillic_plan_parts,
    cyrillic_reader_patterns,
    cyrillic_scope_carry,
    cyrillic_sentence_figures,
    cyrillic_shared_cues,
    cyrillic_standing,
    kk_sentence_figures,
    ru_documents,
    ru_projects,
)
from etl.extract.cyrillic_shared_cues import sentence_holds
from etl.extract.literal_gates import Gate

REALWORLD = Path(__file__).parent / "realworld"

# (pattern, its gate) of each scan put behind a gate
GATED: list[tuple[re.Pattern[str], Gate]] = [
    (cyrillic._RU_HEAD_COUNT, cyrillic._RU_HEAD_COUNT_GATE),
    (cyrillic._RU_HABIT, cyrillic._RU_HABIT_GATE),
    (cyrillic._PARTS_LIST_OPENS, cyrillic._PARTS_LIST_OPENS_GATE),
    (cyrillic._KK_THAT_DAY, cyrillic._KK_THAT_DAY_GATE),
    (cyrillic._KK_THESE_YEARS, cyrillic._KK_THESE_YEARS_GATE),
    *((cyrillic._COMPARE_OPENING[code], cyrillic._COMPARE_OPENING_GATES[code]) for code in ("ru", "kk")),
    (cyrillic_sentence_figures._RU_CURRENT_AMOUNT, cyrillic_sentence_figures._RU_CURRENT_AMOUNT_GATE),
    (cyrillic_sentence_figures._RU_SO_FAR, cyrillic_sentence_figures._RU_SO_FAR_GATE),
    (cyrillic_sentence_figures._RU_OVER_THE_MONTH, cyrillic_sentence_figures._RU_OVER_THE_MONTH_GATE),
    (cyrillic_sentence_figures._RU_LAID_IN, cyrillic_sentence_figures._RU_LAID_IN_GATE),
    *(
        (
            cyrillic_sentence_figures._SINCE_YEAR_START_WORDS[code],
            cyrillic_sentence_figures._SINCE_YEAR_START_GATES[code],
        )
        for code in ("ru", "kk")
    ),
    (cyrillic_plan_parts._RU_HARVEST_WORD, cyrillic_plan_parts._RU_HARVEST_WORD_GATE),
    (cyrillic_plan_parts._KK_ITS_WORTH_OPENING, cyrillic_plan_parts._KK_ITS_WORTH_OPENING_GATE),
    (kk_sentence_figures._KK_PLAN_MET, kk_sentence_figures._KK_PLAN_MET_GATE),
    (kk_sentence_figures._KK_PROVIDED_IF, kk_sentence_figures._KK_PROVIDED_IF_GATE),
    (kk_sentence_figures._KK_OVER_THIS_SPAN, kk_sentence_figures._KK_OVER_THIS_SPAN_GATE),
    (kk_sentence_figures._KK_SINCE_YEAR, kk_sentence_figures._KK_SINCE_YEAR_GATE),
    (kk_sentence_figures._KK_NOW_ON, kk_sentence_figures._KK_NOW_ON_GATE),
    (cyrillic_periods._KK_THEN, cyrillic_periods._KK_THEN_GATE),
    (cyrillic_periods._KAZANDYK, cyrillic_periods._KAZANDYK_GATE),
    (cyrillic_changes._RU_COMPARATIVE_BY, cyrillic_changes._RU_COMPARATIVE_BY_GATE),
    (cyrillic_scope_carry._RU_SOURCE_OPENING, cyrillic_scope_carry._RU_SOURCE_OPENING_GATE),
    (cyrillic_scope_carry._KK_SAYS_OPENING, cyrillic_scope_carry._KK_SAYS_OPENING_GATE),
    (ru_documents._NAMED, ru_documents._NAMED_GATE),
    (ru_projects._CAPACITY_BEFORE, ru_projects._CAPACITY_BEFORE_GATE),
    (ru_projects._COST_BEFORE, ru_projects._COST_BEFORE_GATE),
    (ru_projects._WORTH_ON_BEFORE, ru_projects._WORTH_ON_BEFORE_GATE),
    (ru_projects._REMAINDER, ru_projects._REMAINDER_GATE),
    # (window scans: the gate read in the whole sentence)
    (cyrillic_standing._RU_DONE_OF_PLAN_LABEL, cyrillic_standing._RU_DONE_OF_PLAN_LABEL_GATE),
    (cyrillic_standing._EXISTS_NOW, cyrillic_standing._EXISTS_NOW_GATE),
    (cyrillic_standing._RANKING, cyrillic_standing._RANKING_GATE),
    (cyrillic_kinds._RU_WHOLE_BEFORE, cyrillic_kinds._RU_WHOLE_BEFORE_GATE),
    (cyrillic_kinds._RU_SHARE_BASE_BEFORE, cyrillic_kinds._RU_SHARE_BASE_BEFORE_GATE),
    (cyrillic_kinds._KK_WHOLE_BEFORE, cyrillic_kinds._KK_WHOLE_BEFORE_GATE),
    (ru_projects._BY_ESTIMATE, ru_projects._BY_ESTIMATE_GATE),
    (ru_projects._RANGE_HIGH, ru_projects._RANGE_HIGH_GATE),
    (ru_projects._DESIGNED_FOR, ru_projects._DESIGNED_FOR_GATE),
    (cyrillic_figure_roles._CAPACITY_BEFORE, cyrillic_figure_roles._CAPACITY_BEFORE_GATE),
    (cyrillic_figure_roles._EMPLOYED_BEFORE, cyrillic_figure_roles._EMPLOYED_BEFORE_GATE),
    (cyrillic_figure_roles._RU_YEARLY_BOUND_BEFORE, cyrillic_figure_roles._RU_YEARLY_BOUND_BEFORE_GATE),
    (cyrillic_numbers._SITE_NAME, cyrillic_numbers._SITE_NAME_GATE),
    (cyrillic_numbers._A_LITTLE_OVER, cyrillic_numbers._A_LITTLE_OVER_GATE),
    (cyrillic_clause_time._KK_IN_CASE, cyrillic_clause_time._KK_IN_CASE_GATE),
    (cyrillic_scope_carry._KK_COMPARISON_AFTER, cyrillic_scope_carry._KK_COMPARISON_AFTER_GATE),
    (cyrillic_shared_cues._PART_WORD, cyrillic_shared_cues._PART_WORD_GATE),
    (cyrillic_shared_cues._JOBS_AFTER, cyrillic_shared_cues._JOBS_AFTER_GATE),
    (cyrillic_shared_cues._KK_PURPOSE_AFTER, cyrillic_shared_cues._KK_PURPOSE_AFTER_GATE),
    (cyrillic_shared_cues._KK_WHEN, cyrillic_shared_cues._KK_WHEN_GATE),
    (cyrillic_reader_patterns._PLANS_HEAD, cyrillic_reader_patterns._PLANS_HEAD_GATE),
    (cyrillic_reader_patterns._BARE_BASE, cyrillic_reader_patterns._BARE_BASE_GATE),
    (cyrillic_reader_patterns._KK_SIZE_STANDS, cyrillic_reader_patterns._KK_SIZE_STANDS_GATE),
    (cyrillic_reader_patterns._KK_IN_PLAN_PHRASE, cyrillic_reader_patterns._KK_IN_PLAN_PHRASE_GATE),
    (cyrillic_reader_patterns._KK_PLANNED_BEFORE, cyrillic_reader_patterns._KK_PLANNED_BEFORE_GATE),
    (cyrillic_reader_patterns._KK_CAPACITY_AFTER, cyrillic_reader_patterns._KK_CAPACITY_AFTER_GATE),
    (cyrillic_reader_patterns._KK_WORTH_BEFORE, cyrillic_reader_patterns._KK_WORTH_BEFORE_GATE),
    (cyrillic_reader_patterns._KK_YEARS_COUNTED, cyrillic_reader_patterns._KK_YEARS_COUNTED_GATE),
]


def _dev_lines() -> list[str]:
    """Every line of the Russian and Kazakh dev sets' bodies and headlines (never the unseen set)."""
    lines = []
    for language in ("ru", "kk"):
        for path in sorted((REALWORLD / language).glob("*.json")):
            article = json.loads(path.read_text(encoding="utf-8"))
            lines += [article.get("title", ""), *article.get("body", "").split("\n")]
    return [line for line in lines if line]


@pytest.fixture(scope="module")
def lines() -> list[str]:
    found = _dev_lines()
    assert len(found) > 1000
    return found


@pytest.mark.parametrize(("pattern", "gate"), GATED, ids=lambda value: str(value)[:40])
def test_a_shut_gate_means_no_match(pattern: re.Pattern[str], gate: Gate, lines: list[str]) -> None:
    assert gate is not None  # (a gate of no literals would spare nothing)
    shut = [line for line in lines if not sentence_holds(gate, line)]
    assert shut  # most lines are spared
    assert [line for line in shut if pattern.search(line)] == []


# (the word pattern, the cheap test before it in the cue loop)
WORD_TESTS: list[tuple[re.Pattern[str], object]] = [
    (cyrillic_kinds._RU_SPEECH_TAG_VERB, lambda word: word.startswith(cyrillic_kinds._RU_SPEECH_TAG_STEMS)),
    (cyrillic_kinds._KAZAKH_REPORTED_PAST, lambda word: word.endswith(("ын", "ін"))),
    (cyrillic_kinds._KAZAKH_ABOUT_TO, lambda word: word.endswith(("ғалы", "гелі", "қалы", "келі"))),
    (cyrillic_kinds._KAZAKH_WILL_THAT, lambda word: "тын" in word or "тін" in word),
]


@pytest.mark.parametrize(("pattern", "cheap"), WORD_TESTS, ids=lambda value: str(value)[:40])
def test_a_word_turned_away_has_no_match(pattern: re.Pattern[str], cheap, lines: list[str]) -> None:  # noqa: ANN001
    words = {m.group(0).lower() for line in lines for m in re.finditer(r"[^\W\d_]+", line)}
    words |= {"добавила", "кеңейгенін", "салынғалы", "жөнделетінін", "қамтылатындығын", "İlgili", "i̇ndex"}
    assert [w for w in words if not cheap(w) and (pattern.match(w) or pattern.search(w))] == []
