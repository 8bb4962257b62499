"""Grammar coverage of English period phrases and period-carrying structures: every probe of the
battery (tests/period_forms_battery_en.py, our own phrases and short texts labelled by
tests/realworld/FORMAT.md for a publication date of 20 November 2025 before any reader ran),
opening a sentence and told after its figure, must give its figure the labelled period; every
labelled figure of the short texts must take its (often carried) period. Forms still read
otherwise are marked (strict), so a change to either shows; and the pass counts per family may
not fall below those recorded. Run `python -m tests.period_forms_probe --en` for the counts."""

from __future__ import annotations

import pytest

from tests.period_forms_battery_en import TEXTS, Probe
from tests.period_forms_probe_en import (
    _opens_with,
    all_probes,
    english_counts,
    figure_reading,
    sentence,
)

# Probes whose label the readers do not give yet, with why (the sentence as the battery makes it)
_LEFT: dict[str, str] = {
    "In recent years the region has produced 12,500 tons of milk.": "a present perfect total is dated at the report (FORMAT leaves 'in recent years' open)",
    "The region has produced 12,500 tons of milk in recent years.": "a present perfect total is dated at the report (FORMAT leaves 'in recent years' open)",
    "Over the years the region has produced 12,500 tons of milk.": "a present perfect total is dated at the report (FORMAT leaves 'over the years' open)",
    "The region has produced 12,500 tons of milk over the years.": "a present perfect total is dated at the report (FORMAT leaves 'over the years' open)",
    "By October 1 the herd numbered 12,500 head.": "'by' a day stays a deadline unless a pluperfect tells a level reached",
    "The herd numbered 12,500 head by October 1.": "'by' a day stays a deadline unless a pluperfect tells a level reached",
    "In MY2024/25 the country exported 12,500 tons of grain.": "'MY' glued to a split year is left unread",
    "The country exported 12,500 tons of grain in MY2024/25.": "'MY' glued to a split year is left unread",
    "As of the first of October the herd numbered 12,500 head.": "a day in words ('the first of October')",
    "The herd numbered 12,500 head as of the first of October.": "a day in words ('the first of October')",
    "From 1 July the allowance will be 12,500 tenge.": "a yearless start is the nearest such day (en18's convention), here the July gone by",
    "The allowance will be 12,500 tenge from 1 July.": "a yearless start is the nearest such day (en18's convention), here the July gone by",
    "During the year the region produced 12,500 tons of milk.": "'during the year' with no year in scope is left unread",
    "The region produced 12,500 tons of milk during the year.": "'during the year' with no year in scope is left unread",
}
# Text figures (headline, figure) whose label the readers do not give yet
_LEFT_IN_TEXTS: dict[tuple[str, str], str] = {
    (
        "Road repairs",
        "870",
    ): "'So far, 870 km' after this year's plan of km: no 'of them' ties it to the plan",
    ("Small business", "4.1"): "a present state after a stock day keeps the day",
}

# Right answers per family when this test was written (figure level, texts by structure): a
# change may raise them (then raise these), never lower them
_RECORDED_FIGURE = {
    "academic": 26, "comparison": 98, "days": 26, "deadline": 52, "fiscal": 14, "half": 42, "heating": 12,
    "marketing": 14, "month": 26, "month_range": 54, "n_months": 46, "plan_year": 36, "quarter": 52,
    "quarter_span": 18, "relative_year": 22, "rolling_next": 30, "rolling_past": 36, "season": 44, "since": 24,
    "so_far": 6, "start": 34, "stock_date": 76, "today": 13, "twelve_months": 20, "vague": 0, "year": 29,
    "year_range": 36, "ytd": 36, "ALL": 922,
}  # fmt: skip
_RECORDED_TEXT = {
    "base": 30, "breakdown": 11, "deadline": 2, "forecast_after": 6, "headline_span": 22, "lead_span": 17, "list": 7,
    "look_back": 3, "own_span": 23, "paragraph": 11, "past_report": 3, "plan_after": 26, "present_state": 31,
    "quote": 6, "respectively": 2, "season": 7, "season_since": 4, "since": 3, "so_far": 8, "stock_then_flow": 9,
    "two_periods": 39, "ALL": 270,
}  # fmt: skip


def _probe_params() -> list[object]:
    params: list[object] = []
    for probe in all_probes():
        text = sentence(probe)
        reason = _LEFT.get(text)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(probe, id=f"{probe[0]}:{text[:56]}", marks=marks))
    return params


@pytest.mark.parametrize("probe", _probe_params())
def test_the_figure_takes_the_phrase_period(probe: Probe) -> None:
    assert figure_reading(probe) == (probe[3], probe[4])


def _text_params() -> list[object]:
    params: list[object] = []
    for number, (structure, title, body, figures) in enumerate(TEXTS):
        for key, start, end in figures:
            reason = _LEFT_IN_TEXTS.get((title, key))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            params.append(
                pytest.param(title, body, key, (start, end), id=f"{structure}{number}:{key}", marks=marks)
            )
    return params


@pytest.mark.parametrize(("title", "body", "key", "want"), _text_params())
def test_a_text_figure_takes_its_period(title: str, body: str, key: str, want: tuple[object, object]) -> None:
    from etl.extract.indicators import extract_indicators
    from tests.period_forms_battery_en import PUBLISHED

    found = [
        f
        for f in extract_indicators(body, PUBLISHED, title=title, language="en")
        if _opens_with(f.surface, key)
    ]
    assert found
    assert (found[0].period_start, found[0].period_end) == want


def test_the_pass_counts_do_not_fall_below_those_recorded() -> None:
    counts = english_counts()
    for level, recorded in (("figure", _RECORDED_FIGURE), ("text", _RECORDED_TEXT)):
        for family, right in recorded.items():
            assert counts[level][family]["right"] >= right, (level, family)


def test_the_battery_is_several_hundred_probes() -> None:
    """The battery is a grammar, not a handful of cases: a trimmed battery would pass the ratchet."""
    assert len(all_probes()) >= 900
    assert sum(len(figures) for *_, figures in TEXTS) >= 270
