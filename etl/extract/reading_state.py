"""The state an English sentence is read in: what the article said before it (_Scope) and the
sentence's own facts (_SentenceFacts), with the periods attached right after a figure."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date

from etl.extract import context as ctx
from etl.extract.indicator_record import Indicator
from etl.extract.mentions import Mention
from etl.extract.period_index import PeriodIndex
from etl.extract.periods import Period
from etl.extract.records import quick_init
from etl.extract.units import UnitCode


@quick_init
@dataclass(frozen=True)
class _Scope:
    """What the article said before a sentence that the sentence may leave unsaid: the period its
    narrative is in (set by the headline, the lead, then each sentence reporting actual figures
    in a period of its own) and the currency of the last amount, for "12.1 trillion" after tenge."""

    period: Period | None = None
    currency: UnitCode | None = None
    last: Period | None = None  # the period the previous sentence's last figure had: "over the same period"
    headline: Period | None = None  # the headline's period, which the narrative may have left
    lead: bool = False  # the next sentence is the lead: nothing but a dateline ("ASTANA.") read so far
    # the periods of the previous sentence's dated figures, for "..., respectively" after them
    listed: tuple[Indicator, ...] = ()
    # a day ("As of July 1, the population stood at ...") dates its own paragraph only; at the
    # next paragraph the narrative's span it interrupted (January-June) is the scope again
    resume: Period | None = None
    paragraph: int = -1  # the paragraph that set the day
    # the last period named that is not over at publication ("expects growth this year"), for a
    # forecast or plan left undated once the narrative's span is over
    ahead: Period | None = None
    # the previous sentence's last dated phrase, a base or an event's date included ("subsidies
    # introduced in 2014 ..."): the start of "since then"
    named: Period | None = None
    # the previous sentence, read for "since then" only when it was not read for periods (no figure)
    before: str = ""
    # the day of the last sentence opening "As of August 8, ...": later progress in the perfect
    # ("has been disbursed", "had been provided by the same date") stands at that day
    status: Period | None = None
    # the kind of the last figure read, however many figureless sentences since: "The additional
    # revenue comprises ..." breaks down a planned sum named before
    last_kind: str | None = None
    # the year the report is about: set by the first period the scope takes that is not ahead of
    # publication (headline, lead, ...), then moved on only to later ones. A look-back ("Back in
    # 2014 there were 661") may date what follows, but a date without a year stays in this year
    reporting: int | None = None
    published: date | None = None
    # the last day named "as of" anywhere in a sentence ("were receiving benefits as of December 1"):
    # what a later "As of the same date" names
    as_of: Period | None = None
    # the last open start named ("will be 70,000 tenge from January 1, 2024"): a later "from the
    # same date" names it
    opened: Period | None = None

    @property
    def year(self) -> int | None:
        """The year a phrase without one takes ("in September", "As of September 1", "in the first
        half of the year"): the scope's, unless the scope lies ahead of the report (a plan's span
        "for 2017-2031", a deadline) or in a year before the reporting year (a look-back, a base's
        year that dated a sentence): then the reporting year."""
        if self.period is None:
            return self.reporting
        day = self.period.period_end or self.period.period_start
        if day is None or (self.published is not None and day > self.published):
            return self.reporting
        if self.reporting is not None and day.year < self.reporting:
            return self.reporting
        return day.year


@dataclass
class _SentenceFacts:
    """What every figure of one sentence is read against."""

    text: str
    mentions: list[Mention]
    periods: list[Period]  # the sentence's own, comparison bases marked
    lead_periods: list[Period]  # of the list's lead sentence, for list items
    cues: list[ctx.Cue]
    lead_cues: list[ctx.Cue]
    roles: dict[int, tuple[str, int]]
    attached: dict[int, Period] = field(default_factory=dict)  # mention index -> the period right after it
    old_levels: set[int] = field(default_factory=set)  # ids of attached periods that date a 'from' level
    scope: Period | None = None  # the article's period before this sentence
    published: date | None = None
    clauses: list[tuple[int, int]] = field(default_factory=list)  # each mention's clause span
    # the dating periods indexed (all, and those not weak) with the ids of the attached ones;
    # None when the periods overlap and each figure scans them all instead
    dating: tuple[PeriodIndex, PeriodIndex, set[int]] | None = None
    asides: bool = False  # the sentence may hold a "which"/"with" aside (see _past_aside)
    # a list item under a lead that tells in the present what a whole holds ("The network consists of:")
    lead_states_now: bool = False


# Between a figure and a period that is its own: "88,000 in 2022", "27.7 trillion tenge, in 2026".
_ATTACHED_GAP = re.compile(
    r"[\s,]*(?:(?:in|for|during|over|at|through)\s+(?:the\s+)?(?:whole\s+of\s+|full\s+year\s+|entire\s+)?)?"
    # "9,100 complaints in 2025", "5 million tons of grain in 2024": the counted noun, then the period
    r"|\s+(?:(?!(?:is|are|was|were|will|would|has|have|had|and|or|but|while|which|that|than|from|to|by|with|"
    r"compared|against|versus|up|down)\b)[A-Za-z’'-]+\s+){1,4}(?:in|during|for|over)\s+(?:the\s+)?",
    re.I,
)
# "12 schools by 2025 and 30 kindergartens by 2027": a deadline right after the counted noun is the
# count's own, as "in 2025" after it is (the second count took the first deadline of its clause)
_COUNTED_NOUN_GAP = re.compile(
    r"\s+(?:(?!(?:is|are|was|were|will|would|has|have|had|and|or|but|while|which|that|than|from|to|by|with|"
    r"compared|against|versus|up|down|of|per)\b)[A-Za-z’'-]+\s+){1,3}",
    re.I,
)


def _gap_attaches(text: str, end: int, period: Period) -> bool:
    if _ATTACHED_GAP.fullmatch(text, end, period.start):
        return True
    return (
        period.is_deadline
        and text.startswith("by ", period.start)
        and _COUNTED_NOUN_GAP.fullmatch(text, end, period.start) is not None
    )


def _attached_periods(text: str, found: list[Mention], periods: list[Period]) -> dict[int, Period]:
    """Mention index -> the period standing right after it: the first period after the figure
    that is no comparison base, when only _ATTACHED_GAP's words lie between."""
    attached = {}
    starts = [p.start for p in periods]
    if starts != sorted(starts):  # find_periods gives them earliest first; never seen otherwise
        return _attached_by_scan(text, found, periods)
    following = [len(periods)] * (len(periods) + 1)  # index -> the first non-comparison from it on
    for index in range(len(periods) - 1, -1, -1):
        following[index] = following[index + 1] if periods[index].is_comparison else index
    for index, mention in enumerate(found):
        first = following[bisect_left(starts, mention.quantity.end)]
        if (
            first < len(periods)
            and _gap_attaches(text, mention.quantity.end, periods[first])
            and not _ROW_LABEL.match(text, periods[first].end)
        ):
            attached[index] = periods[first]
    return attached


def _spread_shares_its_period(
    attached: dict[int, Period], links: list[tuple[int, int, str, str]]
) -> dict[int, Period]:
    """The period right after a spread's high end dates its low end too ("9.0%–11.0% this year
    before slowing in 2021": the 9.0% does not fall to the later clause's year)."""
    for low, high, role_low, role_high in links:
        if (role_low, role_high) == ("low", "high") and high in attached and low not in attached:
            attached[low] = attached[high]
    return attached


# "in 2022 – 95 billion, in 2023 – 310 billion": a period with a dash or colon and a figure after
# it labels that figure, not the one before it
_ROW_LABEL = re.compile(r"\s*[-–—:]\s*\d")


def _attached_by_scan(text: str, found: list[Mention], periods: list[Period]) -> dict[int, Period]:
    attached = {}
    for index, mention in enumerate(found):
        for period in periods:
            if period.start >= mention.quantity.end and not period.is_comparison:
                if _gap_attaches(text, mention.quantity.end, period) and not _ROW_LABEL.match(
                    text, period.end
                ):
                    attached[index] = period
                break
    return attached
