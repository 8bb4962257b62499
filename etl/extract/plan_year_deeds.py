"""English deeds told in the present perfect under a year that only plans have dated (+fs39en).

"Construction of 355 clinics is set to start this year. ... Regional akimats have provided
co-financing for 551 facilities; contracts have been signed for 441": the lead's "this year"
dates a plan, and the article carries it on; the later sentences, with no period of their own,
tell where things stand at the report (FORMAT.md: a present state with no date of its own), not
deeds of the whole year. Once an actual figure of the article has been dated that year, the year
is the report's span and the carried reading stands. The Kazakh reading of the same form is
kk_deeds_under_a_plan_year."""

from __future__ import annotations

import re
from datetime import date

from etl.extract.cyrillic_periods import find_cyrillic_periods
from etl.extract.indicator_record import Indicator
from etl.extract.kk_predicate import read_predicate
from etl.extract.languages.kk import KAZAKH
from etl.extract.periods import find_periods
from etl.extract.records import replace
from etl.extract.units import CURRENCIES

# "have provided co-financing for", "contracts have been signed for", "have been launched for another"
_PERFECT_BEFORE = re.compile(
    r"\b(?:has|have)\s+(?:already\s+)?(?:been\s+)?(?:[a-z]+ed|signed|built|begun|made|done|given)\b"
    r"[^.;:]{0,60}$",
    re.I,
)


def present_deeds_under_a_plan_year(found: list[Indicator], published: date) -> list[Indicator]:
    year = (date(published.year, 1, 1), date(published.year, 12, 31))
    planned = False  # a plan dated the year under way was told before
    settled: list[Indicator] = []
    for indicator in found:
        span = (indicator.period_start, indicator.period_end)
        if span == year and indicator.kind == "actual":
            if not planned or names_a_period(indicator.sentence, published) or not _perfect_deed(indicator):
                return settled + found[len(settled) :]  # the year is the report's: nothing moves
            indicator = replace(indicator, period_start=published, period_end=published)
        elif span == year and indicator.kind == "plan":
            planned = True
        settled.append(indicator)
    return settled


def names_a_period(sentence: str, published: date) -> bool:
    """The sentence names a period of its own (a figure without one carries the article's)."""
    return any(p.period_start or p.period_end for p in find_periods(sentence, published, published.year))


def _perfect_deed(indicator: Indicator) -> bool:
    left = indicator.start_char - indicator.sentence_start
    return (
        not indicator.is_change
        and _PERFECT_BEFORE.search(indicator.sentence, max(0, left - 120), left) is not None
    )


# Kazakh: the clause marks a sentence's predicates end at (a comma, a semicolon, a spaced dash, a colon)
_KK_CLAUSE_END = re.compile(r",\s|;\s|\s[—–]\s|:\s")
# the headline's predicate tells the year ahead: the aorist of a deed or change to come ("егіледі",
# "жүргізіледі"), a future or an intent ("салынбақ")
_KK_AHEAD_TENSES = ("aorist", "future", "intent")
_KK_SIMPLE_PAST = re.compile(r"(?:ды|ді|ты|ті)$")
# a passive converb before an auxiliary: "жаңартылып (жатыр)", "салынып (жатыр)"
_KK_PASSIVE_CONVERB = re.compile(r"(?:[ыі][лн]|[аеә][лн])[ыі]п(?!\w)", re.I)


def kk_deeds_under_a_plan_year(
    found: list[Indicator], body: str, title: str, published: date
) -> list[Indicator]:
    """Kazakh, as present_deeds_under_a_plan_year: "Ақтөбе облысында биыл 865 мың гектарға егін егіледі"
    (headline) ... "Келесі өнім үшін 283 мың гектар жер әзірленген. ... алқаптың 90 пайызы дайын тұр": the
    year under way named by a plan or outlook frames no deed told done or state told standing after it in a
    sentence with no period of its own in a later paragraph; that is where things stand at the report
    (FORMAT.md: a present state with no date of its own, a running total told so far). In the plan's own
    paragraph a deed goes on with it ("Биыл облыста 5 мектеп жабылады. Сонымен бірге 90 ауылға жол
    салынды": the year's). Once an actual figure of the article is dated that year by another reading,
    the year is the report's span and the carried reading stands."""
    year = (date(published.year, 1, 1), date(published.year, 12, 31))
    if found and _kk_past_year(found[0], published):
        # "2023 жылы 20 млн тонна астық жиналды.\n Биыл 15 млн гектар ... жоспарланған. ...\n Шаруалар 1,2 млн
        # тонна майлы дақыл жинап алды": a report opened on a past year sets this year's deeds against it,
        # year by year; they keep the year (tests/test_fs33kk_classes.py)
        return found
    planned = _kk_headline_ahead(title, published)
    planned_at = 0  # where the sentence of the last plan for the year starts (0: the headline)
    settled: list[Indicator] = []
    moved = False  # the figure before was moved to the report's day
    for indicator in found:
        span = (indicator.period_start, indicator.period_end)
        if span == year and indicator.kind == "actual":
            standing = _kk_told_standing(indicator)
            if standing is None:
                # ("– пияз – 458,3 мың тонна (407,1 ц/га);": a member with no verb goes on with the one before)
                standing = moved
            if (
                not planned or not standing
                or "\n" not in body[planned_at : indicator.sentence_start]
                or _kk_names_a_period(indicator.sentence, published)
            ):  # fmt: skip
                return settled + found[len(settled) :]
            indicator = replace(indicator, period_start=published, period_end=published)
            moved = True
        elif span == year and indicator.kind in ("plan", "forecast", "target"):
            planned, moved, planned_at = True, False, indicator.sentence_start
        settled.append(indicator)
    return settled


def _kk_past_year(indicator: Indicator, published: date) -> bool:
    """An actual figure of a whole year before the year of publication."""
    start, end = indicator.period_start, indicator.period_end
    return (
        indicator.kind == "actual" and start is not None and end is not None
        and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and end.year < published.year
    )  # fmt: skip


def _kk_headline_ahead(title: str, published: date) -> bool:
    """The headline names the year under way and tells what is to come in it."""
    if not title or not _kk_names_the_year(title, published):
        return False
    predicate = read_predicate(title, 0, len(title))
    return predicate is not None and (
        (predicate.tense in _KK_AHEAD_TENSES and not predicate.stative) or predicate.planning
    )


def _kk_names_the_year(text: str, published: date) -> bool:
    year = (date(published.year, 1, 1), date(published.year, 12, 31))
    return any((p.period_start, p.period_end) == year for p in find_cyrillic_periods(text, published, KAZAKH))


def _kk_names_a_period(sentence: str, published: date) -> bool:
    return any(
        (p.period_start or p.period_end) and not p.is_weak
        for p in find_cyrillic_periods(sentence, published, KAZAKH)
    )


def _kk_told_standing(indicator: Indicator) -> bool | None:
    """The figure's clause (or, when it has no verb, the next clause with one, else the last before it)
    tells a deed done (simple past, perfect) or a state that holds; not money, which is the year's
    budget, nor a change. None: the sentence has no verb."""
    if indicator.is_change or indicator.unit in CURRENCIES:
        return False
    text = indicator.sentence
    at = indicator.start_char - indicator.sentence_start
    ends = [m.start() for m in _KK_CLAUSE_END.finditer(text)] + [len(text)]
    starts = [0] + [m.end() for m in _KK_CLAUSE_END.finditer(text)]
    clauses = list(zip(starts, ends, strict=True))
    own = next((i for i, (s, e) in enumerate(clauses) if s <= at < e), len(clauses) - 1)
    order = clauses[own:] + clauses[:own][::-1]
    for s, e in order:
        predicate = read_predicate(text, s, e)
        if predicate is None or predicate.tense == "nominal":
            continue
        if predicate.tense == "reported":
            # ("кондициялы деп танылды": what was found, told in the simple past)
            return _KK_SIMPLE_PAST.search(predicate.word) is not None
        if predicate.planning or predicate.passive and predicate.tense == "aorist":
            return False
        if predicate.tense == "progressive" and _KK_PASSIVE_CONVERB.search(
            text, predicate.start, predicate.end
        ):
            # ("4 мың шақырым жол салынып, қайта жаңартылып жатыр": work on things going on, the year's)
            return False
        return predicate.tense in ("past", "perfect") or predicate.stative
    return None
