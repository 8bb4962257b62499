"""English progress figures: the day of "As of August 8, ...", what is done so far or up to a
day, the part of a plan done, and a measure's cost in its year."""

from __future__ import annotations

import re
from datetime import date
from typing import cast

from etl.extract import context as ctx
from etl.extract.indicator_record import Indicator
from etl.extract.mentions import Mention
from etl.extract.period_shapes import _is_day
from etl.extract.periods import Period
from etl.extract.reading_state import _Scope, _SentenceFacts
from etl.extract.records import replace
from etl.extract.units import CURRENCIES

_AHEAD_KINDS = {"plan", "forecast", "target"}
# A sentence that breaks down a sum named before ("The additional revenue comprises ...", "This
# amount includes ..."): a demonstrative or "additional/extra/remaining", then a verb of consisting
_PARTS_OF_EARLIER = re.compile(
    r"(?:(?:The|This|That|These|Those)\s+(?:additional|extra|added|remaining)\b|(?:This|That|These|Those)\b"
    r"|The\s+(?:sum|amount|money|funds|funding|increase|rise|raise|addition)\b)[^,.;:]{0,40}?\s(?:comprises?|consists?\s+of|(?:is|are)\s+made\s+up\s+of|"
    r"includes?|breaks?\s+down\s+(?:into|as))\s"
    # "Targeted transfers account for 69 billion tenge of it": a share of the sum named before
    r"|[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,5}?\s+(?:accounts?\s+for|makes?\s+up)\s"
)
_OF_THEM_OPENING = re.compile(
    r"\s*Of\s+(?:them|these|those|this|this\s+amount|this\s+sum|the\s+total)\s*,", re.I
)
# ("Twenty-five of the 35 kilometers of new roads planned": a unit and its noun, four words)
_COUNTED_WHOLE_BEFORE = re.compile(r"\bof\s+(?:the\s+|all\s+)?\d[\d,.]*\s+(?:[a-z-]+\s+){1,4}$")
_OF_A_WHOLE = re.compile(r"\s+of\s")  # "accounts for 40% of all loans granted": a share of a whole it names
_STATUS_OPENING = re.compile(r"As\s+(?:of|at)\s", re.I)


def _status_day(text: str, periods: list[Period]) -> Period | None:
    """The day of a sentence opening "As of August 8, ...": where things stood that day."""
    first = periods[0] if periods else None
    if first is None or first.start > 6 or not _is_day(first) or not _STATUS_OPENING.match(text):
        return None
    return first


def _status_over(facts: _SentenceFacts, index: int, own: Period, day: Period) -> bool:
    """A span named later in a sentence opening with a status day that holds the day and is not the
    figure's own ("... had used 47% of the funds set aside for the programme in 2016"): it dates
    the funds, the figure is the state at the day ("As of October 1, exports in January-September
    reached ..." keeps its span, which ends before the day)."""
    first, last = own.period_start, own.period_end
    return (
        own is not day
        and not own.is_comparison
        and facts.attached.get(index) is not own
        and first is not None
        and last is not None
        and first < cast(date, day.period_start) <= last
        and facts.mentions[index].start > day.end
    )


# "have been commissioned this year", "were built in 2023": a span just after a verb of done work
_DONE_VERB_BEFORE = re.compile(
    r"\b(?:has|have|had|was|were)\s+(?:already\s+)?(?:been\s+)?(?:[a-z]+ed|built|sown|grown|made|paid|spent|sold)"
    r"(?:\s+[a-z]+){0,3}\s+$",  # ("commissioned throughout the country this year")
    re.I,
)


def _done_up_to_day(text: str, span: Period, day: Period) -> Period | None:
    """'As of today, 66,014 flats have been commissioned this year': the span a verb of done work
    names, counted from its start up to the status day."""
    if span.is_comparison or not _DONE_VERB_BEFORE.search(text, max(0, span.start - 48), span.start):
        return None
    return replace(span, period_end=day.period_start)


def _holds_day(period: Period | None, day: Period) -> bool:
    """A span (not a day) that holds the day."""
    return (
        period is not None
        and period.period_start is not None
        and period.period_end is not None
        and period.period_start < cast(date, day.period_start) <= period.period_end
    )


# a perfect of doing, next to the figure: "has been disbursed", "had been provided", "have used"
_DONE_SO_FAR = re.compile(
    r"\b(?:has|have|had)\s+(?:already\s+|so\s+far\s+)?(?:been\s+)?(?:[a-z]+ed|paid|spent|made|built|given|sent)\b"
)
_DONE_REACH = 80


def _done_so_far(text: str, clause: tuple[int, int], mention: Mention) -> bool:
    return bool(
        _DONE_SO_FAR.search(text, max(clause[0], mention.start - _DONE_REACH), mention.start)
        or _DONE_SO_FAR.search(text, mention.quantity.end, min(clause[1], mention.quantity.end + _DONE_REACH))
    )


def _cue_in(cues: list[ctx.Cue], clause: tuple[int, int]) -> bool:
    return any(clause[0] <= cue[0] < clause[1] for cue in cues)


_ALREADY = re.compile(r"already|so\s+far|to\s+date", re.I)  # not "now", "still": where things stand today


# what a share of progress is measured against: "78% of the 93 billion", "the requirement of 2.4 million"
_WHOLE_PLAN_BEFORE = re.compile(
    r"(?:%|\bpercent)\s+of\s+the\s+(?:planned\s+|allocated\s+|annual\s+)?$"
    r"|\b(?:requirement|requirements|need|needs|quota)\s+(?:for\s+the\s+year\s+)?(?:of|is|stands\s+at)\s+$",
    re.I,
)
# "40% of the 2 million tonnes harvested": a whole already done, not a plan
_DONE_AFTER = re.compile(
    r"(?:\s+(?!(?:was|were|is|are|has|have|had|been|be)\b)[a-z]+)?\s+"
    r"(?:(?!(?:planned|allocated|earmarked|provided|envisaged|needed|required)\b)[a-z]+ed|grown|sown|made|built|"
    r"sold|paid|spent|brought|bought)\b",
    re.I,
)


_TO_DATE = re.compile(r"already|so\s+far|to\s+date|as\s+of\s+today", re.I)


def _progress_to_date(
    text: str, periods: list[Period], published: date, outside: tuple[int, int] | None = None
) -> bool:
    """The sentence counts progress up to the report ("already", "so far", "to date"), outside
    the clause `outside` when given."""
    return any(
        p.is_weak and p.period_start == published and _TO_DATE.fullmatch(text, p.start, p.end)
        and (outside is None or not outside[0] <= p.start < outside[1])
        for p in periods
    )  # fmt: skip


def _plan_year(facts: _SentenceFacts, mention: Mention, published: date) -> Period:
    """The year a plan beside progress to date covers: the scope's when it is the year under way,
    else the publication year."""
    scope = facts.scope
    if (
        scope is not None and scope.period_start is not None and scope.period_end is not None
        and scope.period_start <= published <= scope.period_end
        and (scope.period_start.month, scope.period_start.day, scope.period_end.month, scope.period_end.day)
        == (1, 1, 12, 31)
    ):  # fmt: skip
        first, last = scope.period_start, scope.period_end
    else:
        first, last = date(published.year, 1, 1), date(published.year, 12, 31)
    return Period(mention.start, mention.quantity.end, first, last, False)


def _already_within(facts: _SentenceFacts, mention: Mention, already: Period, published: date) -> Period:
    """'This year they intend to buy 400 buses, of which 170 have already been delivered': what is
    done already within a span the sentence named before is counted from its start up to the
    report (the span itself when it is over: "In 2024 ..., and 93% have already been eliminated")."""
    spans = [
        p for p in facts.periods
        if not p.is_comparison and not p.is_weak and not p.is_deadline and p.end <= mention.start
        and p.period_start is not None and p.period_end is not None and p.period_start < p.period_end
    ]  # fmt: skip
    if not spans:
        return already
    span = spans[-1]
    if cast(date, span.period_start) > published:
        return already
    return replace(span, period_end=min(cast(date, span.period_end), published))


# "1,342 of these apartments", "18 of them": a part of a set the text named before
_PART_OF_NAMED_AFTER = re.compile(r"\s+of\s+(?:them|these|those)\b", re.I)


def _done_of_planned(text: str, mention: Mention, already: Period, scope: _Scope, published: date) -> Period:
    """'The city is to hand over 2,900 flats this year. So far, 1,100 of them have been delivered':
    the done part of a plan the previous sentence set for a span under way runs from that span's
    start to the report, as when one sentence says both (_already_within)."""
    plan = scope.last
    if (
        plan is not None and plan.period_start is None and plan.period_end == date(published.year, 12, 31)
    ):  # "190 projects are to be commissioned by the year-end": this year's plan, from 1 January (FORMAT.md)
        plan = replace(plan, period_start=date(published.year, 1, 1), is_deadline=False)
    if (
        not already.is_weak or scope.last_kind != "plan" or plan is None
        or plan.period_start is None or plan.period_end is None or plan.is_deadline
        or not plan.period_start < published <= plan.period_end
        or not _part_of_planned(text, mention, scope)
        or _WHOLE_OF_A_PROJECT.search(scope.before) is not None
        # ("655 facilities are to open in 2023-2024. Funding has so far been released for 99 of them":
        # a plan of several years is a project's whole, not this year's plan; its part so far is now)
        or plan.period_start.year != plan.period_end.year
    ):  # fmt: skip
        return already
    return replace(already, period_start=plan.period_start, is_weak=False)


# "The project provides for 655 facilities in all. To date, 102 of them have been finished": the
# whole of a project of many years, as "102 of the 655 facilities" is (_same_things_as_planned), not
# this year's plan (+ps41en)
_WHOLE_OF_A_PROJECT = re.compile(
    # (not "In all, 190 projects are to be commissioned by the year-end": this year's plan)
    r"\b(?:national\s+)?(?:project|programme|program)\s+(?:provides|envisages|calls)\s+for\b",
    re.I,
)
# "Of them, 16 have already been launched": the part named before its figure, told as done
_PART_OF_NAMED_BEFORE = re.compile(r"\bof\s+(?:them|these|those)\s*,?\s*$", re.I)
_HAVE_DONE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:have|has|had)\b", re.I)


def _part_of_planned(text: str, mention: Mention, scope: _Scope) -> bool:
    """The figure is a part of what the plan before it counts: "1,100 of them", or "Of them, 16
    have already been launched" (not a state: "Of these, 61 schools are already in operation")."""
    end = mention.quantity.end
    return (
        bool(_PART_OF_NAMED_AFTER.match(text, end))
        or (
            _PART_OF_NAMED_BEFORE.search(text, max(0, mention.start - 16), mention.start) is not None
            and _HAVE_DONE_AFTER.match(text, end) is not None
        )
        or _same_things_as_planned(text, mention, scope)
    )


# the noun a figure counts, after its unit: "514 substations", "22.7 thousand km of lines"
_COUNTED_NOUN_AFTER = re.compile(r"\s+(?:of\s+)?([a-z][a-z-]{3,})\b(?:\s+([a-z][a-z-]{3,})\b)?", re.I)
_COUNTED_WHOLE_BEFORE_FIGURE = re.compile(r"\bof\s+(?:the|all|a\s+total\s+of)\s+$", re.I)
# (told active, "grid companies have so far repaired 514 substations", or as a state of work done,
# "17 boilers are already back from repair", as well as passive, +ps41en)
_PERFECT_DONE = re.compile(
    r"\b(?:has|have)\s+(?:already\s+|so\s+far\s+)?(?:been\s+)?(?:[a-z]+ed|(?:re)?built|made|done)\b"
    r"|\b(?:is|are)\s+already\s+(?:back\s+from\s+(?:repairs?|overhauls?|maintenance)|(?:completed|finished|done|"
    r"repaired|overhauled|rebuilt)\b)",
    re.I,
)


def _same_things_as_planned(text: str, mention: Mention, scope: _Scope) -> bool:
    """'This year the grid companies plan to overhaul 567 substations. To date, 514 substations have
    been repaired.': a done perfect counting the things that the sentence just before, all of it
    this year's plan, counted is the done part of that plan, with no "of them" written (+fs39en).
    Not after a project of many years ("provides for 655 facilities" under a year-end deadline) nor
    after a sentence that also tells a deed ("105 schools were commissioned last year, and 112
    more are to open this year. To date, 61 schools have been built with returned assets")."""
    if _COUNTED_WHOLE_BEFORE_FIGURE.search(text, max(0, mention.start - 12), mention.start):
        return False  # "102 of the 655 facilities have been completed": the whole, not the part done
    published = scope.published
    year = (date(published.year, 1, 1), date(published.year, 12, 31)) if published else None
    return (
        bool(scope.listed)
        and all(i.kind == "plan" and (i.period_start, i.period_end) == year for i in scope.listed)
        and _PERFECT_DONE.search(text) is not None
        and _counts_what_is_named(text, mention.quantity.end, scope.before)
    )


def _counts_what_is_named(text: str, end: int, other: str) -> bool:
    """The noun counted after the figure ending at text[end] ("514 substations", "22,700 km of
    transmission lines": either of its first two words) is named in `other` too."""
    noun = _COUNTED_NOUN_AFTER.match(text, end)
    if noun is None:
        return False
    words = [noun.group(1)] + ([noun.group(2)] if noun.group(2) else [])
    return any(re.search(rf"\b{re.escape(word)}\b", other, re.I) is not None for word in words)


def done_before_the_years_plan(found: list[Indicator], published: date) -> list[Indicator]:
    """'Grid companies have so far repaired 514 substations. Their plan for the year is to overhaul
    567 substations.': the done part told first and this year's plan for the same things in the very
    next sentence is that plan's done part, from 1 January to the report, as in the other order
    (_same_things_as_planned, +ps41en)."""
    year = (date(published.year, 1, 1), date(published.year, 12, 31))
    sentences: list[list[int]] = []
    for n, indicator in enumerate(found):
        if sentences and found[sentences[-1][0]].sentence_start == indicator.sentence_start:
            sentences[-1].append(n)
        else:
            sentences.append([n])
    moved = list(found)
    for done, plan in zip(sentences, sentences[1:], strict=False):
        first, then = found[done[0]], found[plan[0]]
        gap = then.sentence_start - (first.sentence_start + len(first.sentence))
        if (
            not 0 <= gap <= 2
            or any(
                found[n].kind != "plan" or (found[n].period_start, found[n].period_end) != year for n in plan
            )
            or any(found[n].kind != "actual" for n in done)  # "..., and 28 more will be erected"
            or not _ALREADY.search(first.sentence)
        ):
            continue
        for n in done:
            part = found[n]
            end = part.end_char - part.sentence_start
            if (
                (part.period_start, part.period_end) == (published, published)
                and _told_done(part.sentence, part.start_char - part.sentence_start, end)
                and (
                    _counts_what_is_named(part.sentence, end, then.sentence)
                    or _same_measure(part, found, plan)
                )
            ):
                moved[n] = replace(part, period_start=year[0])
    return moved


# the figure after a plan's is a part of it: "..., of which 16 have been launched", "28 of them";
# or the plan's figure is the whole a sentence opens with: "Of the 40 schools scheduled for this year"
_PART_OF_PLAN_BETWEEN = re.compile(r"\bof\s+(?:them|these|those|which)\b", re.I)
_WHOLE_OPENING = re.compile(r"\s*(?:Out\s+)?of\s+(?:the\s+)?$", re.I)


def done_part_in_the_years_plan(found: list[Indicator], published: date) -> list[Indicator]:
    """'Of the 40 schools scheduled for this year, 28 have been commissioned', 'This year 40 schools
    are planned; 28 of them have been built', 'The annual plan provides for 2,500 flats, and 1,900
    have been handed over so far': the done part of this year's plan told in the plan's own sentence
    runs from 1 January to the report (FORMAT.md), not the whole year nor the day; the part is the
    next figure, of the plan's unit, told done by a perfect, and named a part ("of them", "of
    which", "Of the N ...") or done so far ("already", "so far", "to date") (+pb44en)."""
    year = (date(published.year, 1, 1), date(published.year, 12, 31))
    moved = list(found)
    for n, (plan, part) in enumerate(zip(found, found[1:], strict=False), start=1):
        if (
            plan.sentence_start != part.sentence_start
            or plan.kind != "plan"
            or (plan.period_start, plan.period_end) != year
            or part.kind != "actual"
            or (part.period_start, part.period_end) not in (year, (published, published))
            or part.unit != plan.unit
            or published >= year[1]
        ):
            continue
        text, base = part.sentence, part.sentence_start
        start, end = part.start_char - base, part.end_char - base
        between = text[plan.end_char - base : start]
        named_part = (
            _PART_OF_PLAN_BETWEEN.search(between) is not None
            or _PART_OF_NAMED_AFTER.match(text, end) is not None
            or _WHOLE_OPENING.fullmatch(text, 0, plan.start_char - base) is not None
            or _ALREADY.search(text, plan.end_char - base) is not None
        )
        spent = _DONE_SO_FAR.search(text, end, min(len(text), end + 40))  # "has been spent", "paid"
        told = _told_done(text, start, end) or (spent is not None and "," not in text[end : spent.start()])
        if named_part and told:
            moved[n] = replace(part, period_start=year[0], period_end=published)
    return moved


# another state told between a verb of done work and a figure: "while work is under way on 5 units"
_OTHER_STATE = re.compile(r"\b(?:while|whereas|but|currently|now|under\s+way|going\s+on)\b|;", re.I)


def _told_done(text: str, start: int, end: int) -> bool:
    """The figure at text[start:end] is what a verb of done work counts: the verb before it with no
    other state told between, or right after it in its clause ("514 substations have been repaired")."""
    before = list(_PERFECT_DONE.finditer(text, max(0, start - 160), start))
    if before and not _OTHER_STATE.search(text, before[-1].end(), start):
        return True
    after = _PERFECT_DONE.search(text, end, min(len(text), end + 80))
    return after is not None and not re.search(r"[,;]", text[end : after.start()])


def _same_measure(part: Indicator, found: list[Indicator], plan: list[int]) -> bool:
    """A length, area or weight measured in the unit of a figure of the plan ("22,700 km of lines"
    beside "25,300 km of lines")."""
    return part.unit not in ("count", "percent") and any(found[n].unit == part.unit for n in plan)


# "which will cost 63.5 billion", "at a total cost of", "requiring": the money a measure takes
_MEASURE_COST_BEFORE = re.compile(
    r"\b(?:(?:will|would)\s+cost|costing|requiring|at\s+a\s+(?:total\s+)?cost\s+of)\s+"
    r"(?:(?:about|around|some|nearly|almost|over|roughly)\s+)?(?:US\$|\$|₸|KZT\s*)?$",
    re.I,
)
_PER_YEAR_AFTER = re.compile(r"\s+(?:a|per|each)\s+year\b|\s+annually\b", re.I)


def _cost_in_its_year(
    text: str, clause: tuple[int, int], mention: Mention, period: Period | None
) -> Period | None:
    """'From April 1 salaries are to rise by 10%, which will cost 63.5 billion tenge': the cost of
    a measure starting on a day is a budget amount for that year, not a span with no end (a cost
    "a year" stays a rate from the start on)."""
    quantity = mention.quantity
    if (
        period is None or period.period_start is None or period.period_end is not None
        or quantity.unit not in CURRENCIES
        or not _MEASURE_COST_BEFORE.search(text, max(clause[0], mention.start - 48), mention.start)
        or _PER_YEAR_AFTER.match(text, quantity.end)
    ):  # fmt: skip
        return period
    year = period.period_start.year
    return replace(period, period_start=date(year, 1, 1), period_end=date(year, 12, 31), is_deadline=False)
