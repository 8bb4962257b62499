"""extract_indicators: every reported figure in an article body, with its sentence and span."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import cast

from dateutil.relativedelta import relativedelta

from etl.extract import context as ctx
from etl.extract.carried_spans import Span, built_span, may_name_span, named_spans, period_taken_up, taken_up
from etl.extract.change_cues import (
    _DASH_MEMBER,
    _GAPPED_BY,
    _HABITUAL,
    _VERB_TO_LEVEL,
    _is_change,
    _since_start_told_by_when,
)
from etl.extract.clause_reading import (
    _AND_SUBJECT,
    _AWARDED_AFTER,
    _BUILDING_BEGUN_ON,
    _COMMA_NOW_BEFORE,
    _FUTURE_OR_GOAL,
    _JOINED_CLAUSE,
    _JOINED_OR_RELATIVE,
    _PART_DONE_AFTER,
    _PARTICIPLE_OPENING,
    _PLACE_OWN_BEFORE,
    _SET_ASIDE_TO_BUILD,
    _WHOLE_OF_BEFORE,
    _blanked,
    _contrast_cut,
    _coordinated_past,
    _days_reached,
    _figureless_asides,
    _length_of_a_project,
    _list_verb,
    _lives_in_a_place,
    _names_what_is_to_be_built,
    _opens_own_clause,
    _past_appositions,
    _past_aside,
    _relative_states,
    _states_own_fact,
    _verb_before_governs,
    _without_subject_relative,
    _worth_of_a_project,
)
from etl.extract.comparison_base import (
    _BASE_OR_FROM_BEFORE,
    _BREAKDOWN,
    _MAY_BREAK_DOWN,
    _OF_NAMED_WHOLE,
    _OF_THIS_OPENING,
    _WHICH_IS_BETWEEN,
    _ahead,
    _base_period,
    _bracketed_base,
    _moved_into,
    _past_base,
    _plan_span_named_last,
    _pool_figure,
    _relative_clause_head,
    _same_sum_in_another_currency,
    _told_in_past,
    _total_broken_down,
    _value_of_base,
)
from etl.extract.direction import change_direction
from etl.extract.en_tense import _VERB_WORD, _tense
from etl.extract.figure_clause import (
    _CLAUSE_MARK,
    _ROW_ASIDE,
    _clause_marks,
    _clause_span,
    _left_of,
    _right_of,
    nearest_period,
)
from etl.extract.figure_items import _item_of, _share_items_within_links
from etl.extract.figure_links import _FROM_BEFORE, _link_ranges
from etl.extract.item_roles import settle_items
from etl.extract.kind_cues import (
    _ALLOCATING,
    _ALLOTTED_AFTER,
    _APPOSITION_AFTER_STATE,
    _BUDGET,
    _BUILDING_UNDER_WAY,
    _BUILT_ALREADY,
    _CAME_IN_BEFORE,
    _COST_BEFORE,
    _COST_GATE,
    _DESIGNED_FOR,
    _DESIGNED_GATE,
    _DONE,
    _EQUIVALENT_GAP,
    _ESTIMATED_AT,
    _FOR_BEFORE,
    _FROM_DATED_AFTER,
    _GIVEN_AFTER,
    _HARM_ASSESSED,
    _IS_NOW_BEFORE,
    _JOBS_AFTER,
    _LAND_SET_ASIDE_AFTER,
    _LEVEL_BEFORE,
    _MONTH_NAMED,
    _NOW_LEVEL_BEFORE,
    _ONCE_OPENING,
    _OTHER_MATTER,
    _PART_OF_WHICH_BEFORE,
    _PERFECT_TO_BEFORE,
    _POOL_HOLDS_BEFORE,
    _PROJECT_MEASURES,
    _PROJECT_PUT_AT_BEFORE,
    _PROJECT_SCOPE_BEFORE,
    _PROJECTS_AFTER,
    _PROJECTS_WORTH_BEFORE,
    _SHARE_DONE_AFTER,
    _SPENDING_WILL_BEFORE,
    _STATE_OPENER,
    _TRUE_NUMBER_BEFORE,
    _UNDER_WAY,
    _USED_AFTER,
    _VALUED_PROJECT_AFTER,
    _WILL_CHANGE_BEFORE,
    _WORKS_DONE_IN,
    _WORTH_OR_CAPACITY_BEFORE,
    _announced_measure,
    _buildings_under_way,
    _capacity_of_unfinished,
    _done_before_plan,
    _dot_thousands,
    _in_force,
    _named_base_kind,
    _of_what_is_to_come,
    _set_payment,
    _span_ahead,
    _whole_set_aside,
    _year_under_way,
)
from etl.extract.languages import detect_language
from etl.extract.literal_gates import literal_gate, may_match, sentence_lower
from etl.extract.mentions import Mention, mentions
from etl.extract.period_index import PeriodIndex, ordered
from etl.extract.period_references import (
    _from_scope,
    _named_in,
    _respective_periods,
    _same_period,
    _since_then,
    _since_to_the_day_before,
    _since_undated,
    _this_figure,
)
from etl.extract.period_shapes import (
    _edge_year,
    _is_day,
    _month_end,
    _past_years_span,
    _plain,
    _point_or_month,
    _same_day_in,
    _scene,
    _span_a_year_before,
    _span_of,
    _whole_month,
    _within_a_month,
    _year_before,
)
from etl.extract.periods import Period, find_periods
from etl.extract.places import Figure as PlacedFigure
from etl.extract.places import article_place, dateline_end, figure_place
from etl.extract.predicate import plan_figure
from etl.extract.present_state import (
    _STOCK,
    _compared_with_a_year,
    _compound_adjective,
    _flow_of_span_over,
    _level_reached_now,
    _open_start,
    _present_state,
    _share_of_span_so_far,
    _since_levels,
    _span_or_none,
    _states_now,
    _stock_or_year,
    _wholly_ahead,
)
from etl.extract.progress_to_date import (
    _AHEAD_KINDS,
    _ALREADY,
    _COUNTED_WHOLE_BEFORE,
    _DONE_AFTER,
    _OF_A_WHOLE,
    _OF_THEM_OPENING,
    _PARTS_OF_EARLIER,
    _WHOLE_PLAN_BEFORE,
    _already_within,
    _cost_in_its_year,
    _cue_in,
    _done_of_planned,
    _done_so_far,
    _done_up_to_day,
    _holds_day,
    _plan_year,
    _progress_to_date,
    _status_day,
    _status_over,
)
from etl.extract.reading_state import _attached_periods, _Scope, _SentenceFacts, _spread_shares_its_period
from etl.extract.records import quick_init, replace
from etl.extract.sentences import Sentence, split_sentences
from etl.extract.shared_units import list_units
from etl.extract.tables import CellFigure, CellReader, PeriodReader, TableFigure, masked, read_tables
from etl.extract.unit_carrying import _carry_currency, _carry_measure, _carry_shared_unit, _exchange_rates
from etl.extract.units import CURRENCIES, UnitCode

# bump when output changes: refresh then re-extracts every article
EXTRACTOR_VERSION = (
    "4.4+ru-kk.6+en7+rk7+en8+h6+rk8+en9+kk10+en10+ru10+en11+ru11+kk11+items+ru12+en12+teu+ru13+kk12+founded"
    "+ru14+kk13+en14+cyper+en13+mult+ru15+en15+kk14+ru16+kk15+en16+kk16+ru17+en17+kk17+ru18+enk+en18+kk18+en19+ru19+rdcy+rden+ru18r+alloc+enalloc+kkpool+kr+now+qto+kindkk+kkrng+item+cm+sign+itemv+place+dir+m+p7+kkp7+ruc7+item7+rate+forms7+kkc7+to+crk8+fen8+kind8+messy8+item8+ahead+lab8+tbl9+fs31en+fs31ru+tbl10+fs31kk+real10+told9+x12+x12t+real11kk+real11ru+real11en+goals+real12ru+real13ru+real13kk+real13en+real14ru+real14kk2+real14ru2+items14+from14+real15ru+real14en+real14kk+pub14+real15kk+part14+items15+lead14+real16en+real15en+real16kk+real16ru+cat14+real17kk+real17en+real17ru+old17+items16+real18kk+real18ru+old17r+real19kk+carry18+real18en+real19ru+real19en+real20en+real20ru+real20kk+kind20en+real20ru2+real21kk+real20kk2+screen20+real21ru+real21en+real22kk+real22kk2+real22en+real22ru+kind21en+real23kk+real22ru2+real23ru+kind22en+real23en+real24en+real23enr+real24kk+real25en+real25ru"
)


@quick_init
@dataclass(frozen=True)
class Indicator:
    """One reported figure. Offsets are into the article body; `sentence` is verbatim."""

    value: float
    unit: UnitCode  # KZT, USD, percent, tonne, hectare, count, times... (etl/extract/units.py)
    item: str  # what is counted or measured; "" when the text does not say
    qualifier: str | None  # 'more than', 'about', 'up to', 'at least', 'almost', 'less than'
    period_start: date | None
    period_end: date | None
    kind: str  # 'actual' | 'target' | 'plan' | 'forecast'
    is_change: bool  # a change ("grew by", "a 27.4% rise"), not a level
    sentence: str
    sentence_start: int
    start_char: int
    end_char: int
    surface: str
    role: str | None = None  # 'from'/'to' of a change, 'low'/'high' of a range
    partner: int | None = None  # index (in the returned list) of the other end of a change/range
    place: str | None = None  # the region, city or district it is about (places.py); None: national
    direction: str | None = None  # a change's way, 'up' or 'down'; None for a level or when unsaid


def _reporting_year(current: int | None, period: Period | None, published: date) -> int | None:
    """The reporting year after the scope took `period` (see _Scope.reporting)."""
    if period is None or period.is_deadline or period.is_comparison:
        return current
    day = period.period_end or period.period_start
    if day is None or day > published:
        return current
    return day.year if current is None or day.year > current else current


def _title_scope(title: str, published: date) -> _Scope:
    found = _scene(find_periods(title, published)) if title else []
    first = found[0] if found else None
    reporting = _reporting_year(None, first, published)
    return _Scope(period=first, headline=first, lead=True, reporting=reporting, published=published)


def extract_indicators(
    body: str, published: date, title: str = "", language: str | None = None
) -> list[Indicator]:
    """Every reported figure of the body, in order. Pure: text in, records out. The headline
    (`title`) may set the period the body's figures cover when they do not repeat it.
    `language` ('en', 'ru', 'kk') is detected from the text when not given; Russian and Kazakh
    go to their own reader (etl/extract/cyrillic.py). Rows of a table are read by row and column
    (etl/extract/tables.py), the rest sentence by sentence."""
    language = language or detect_language(body)
    cell_reader, period_reader = _table_readers(language, published)
    tables = read_tables(body, cell_reader, period_reader, published)
    prose = masked(body, tables.rows)  # the rows are passed over by the sentence readers
    if language in ("ru", "kk"):
        # imported here: the Cyrillic reader builds the Indicator records this module defines
        from etl.extract.cyrillic import extract_cyrillic_indicators

        found = extract_cyrillic_indicators(prose, published, language, title)
    else:
        found = _awards_made(
            _counts_to_build(_english_indicators(prose, published, title, language), published)
        )
    # imported here: those modules build on the Indicator records this one defines
    from etl.extract.old_levels import old_and_new_levels
    from etl.extract.told_day import dated_on_the_day_told

    found = dated_on_the_day_told(old_and_new_levels(found, published, language), published, language)
    from etl.extract.plan_lead import undated_past_deeds

    found = undated_past_deeds(found, prose, title, published, language)
    return with_places(_with_table_figures(found, tables.figures), body, title, language)


def _counts_to_build(found: list[Indicator], published: date) -> list[Indicator]:
    """'600 million tenge was allocated to build 10 clinics': what money set aside is to pay for
    is planned, unless its span is over. Settled after the sentence readers, so the kind does not
    move the span the next sentences carry."""
    settled = []
    for indicator in found:
        left = indicator.start_char - indicator.sentence_start
        if (
            indicator.kind == "actual"
            and indicator.unit == "count"
            and (indicator.period_end is None or indicator.period_end >= published)
            and _SET_ASIDE_TO_BUILD.search(indicator.sentence, max(0, left - 120), left)
        ):
            indicator = replace(indicator, kind="plan")
        settled.append(indicator)
    return settled


def _awards_made(found: list[Indicator]) -> list[Indicator]:
    """'94,250 grants have been allocated for the 2024-2025 academic year' (told in August): a count of
    awards made keeps its verb's reading, actual, though the span they are for is ahead; so do the
    parts of its breakdown in the next sentence ("Of these, about 79 thousand - for bachelor's
    degree"). Settled after the sentence readers, so the span ahead is not carried on as a report's."""
    settled = list(found)
    awarded: Indicator | None = None
    for k, indicator in enumerate(found):
        apart = awarded is not None and indicator.sentence_start != awarded.sentence_start
        breakdown = apart and _BREAKDOWN_OPENING.match(indicator.sentence) is not None
        if apart and not breakdown:
            awarded = None  # the breakdown, if any, was the sentence right after
        if indicator.kind == "actual" or indicator.unit != "count":
            continue
        if _AWARDED_AFTER.match(indicator.sentence, indicator.end_char - indicator.sentence_start):
            settled[k] = replace(indicator, kind="actual")
            awarded = indicator
        elif (
            breakdown
            and awarded is not None
            and (indicator.period_start, indicator.period_end) == (awarded.period_start, awarded.period_end)
        ):
            settled[k] = replace(indicator, kind="actual")
    return settled


_BREAKDOWN_OPENING = re.compile(r"(?:Of\s+(?:these|them|this|which)|Including)\b", re.I)


def _table_readers(language: str, published: date) -> tuple[CellReader, PeriodReader]:
    """The language's own readers of a figure and of a period, for the cells of a table."""
    if language in ("ru", "kk"):
        from etl.extract.cyrillic import LANGUAGE_DATA
        from etl.extract.cyrillic_numbers import reader_for
        from etl.extract.cyrillic_periods import find_cyrillic_periods

        data = LANGUAGE_DATA[language]
        reader = reader_for(data)

        def cyrillic_cell(text: str) -> list[CellFigure]:
            return [CellFigure(f.start, f.end, f.value, f.unit, f.scaled) for f in reader.figures(text)]

        def cyrillic_period(text: str) -> tuple[date | None, date | None] | None:
            # a heading names its span bare ("9 месяцев 2024 года"): read it as after "за" too
            prefix = "за " if language == "ru" else ""
            return _widest_span([find_cyrillic_periods(t, published, data) for t in {text, prefix + text}])

        return cyrillic_cell, cyrillic_period

    def english_cell(text: str) -> list[CellFigure]:
        return [
            CellFigure(m.start, m.quantity.end, m.quantity.value, m.quantity.unit, m.quantity.scaled)
            for m in mentions(text)
        ]

    def english_period(text: str) -> tuple[date | None, date | None] | None:
        # a heading names its span bare ("Jan-Sep 2024"): read it as after "in" too
        return _widest_span([find_periods(t, published) for t in (text, f"in {text}")])

    return english_cell, english_period


def _widest_span(readings: list[list[Period]]) -> tuple[date | None, date | None] | None:
    """The span a column heading names: of the periods read, no comparison base, the one that
    covers most of the heading's words ("9 месяцев 2024 года" over its "2024 года")."""
    periods = [
        p for found in readings for p in found if not p.is_comparison and (p.period_start or p.period_end)
    ]
    if not periods:
        return None
    widest = max(periods, key=lambda p: p.end - p.start)
    return widest.period_start, widest.period_end


def _with_table_figures(found: list[Indicator], cells: list[TableFigure]) -> list[Indicator]:
    """The sentence readers' figures and the table's, in body order; partners re-pointed."""
    if not cells:
        return found
    table = [
        Indicator(
            value=cell.value,
            unit=cast(UnitCode, cell.unit or "count"),
            item=cell.item,
            qualifier=None,
            period_start=cell.period_start,
            period_end=cell.period_end,
            kind=cell.kind,
            is_change=cell.is_change,
            sentence=cell.line,
            sentence_start=cell.line_start,
            start_char=cell.start,
            end_char=cell.end,
            surface=cell.line[cell.start - cell.line_start : cell.end - cell.line_start],
        )  # fmt: skip
        for cell in cells
    ]
    order = sorted(range(len(found) + len(table)), key=lambda i: (found + table)[i].start_char)
    new_index = {old: new for new, old in enumerate(order)}
    merged = found + table
    return [
        replace(merged[old], partner=new_index[merged[old].partner])  # type: ignore[index]
        if merged[old].partner is not None
        else merged[old]
        for old in order
    ]


def _english_indicators(body: str, published: date, title: str, language: str) -> list[Indicator]:
    results: list[Indicator] = []
    scope = _title_scope(title, published)
    report_span = _span_so_far(scope.headline, published)  # "in 11 months", "January-November"
    named: dict[str, Span] = {}  # documents and works named with their years (carried_spans.py)
    works: tuple[Span, int] | None = None  # "During construction ...": its span, in its paragraph
    for sentence in split_sentences(body):
        previous = results[-1].item if results else None  # for "5 of them" opening a sentence
        if scope.resume is not None and sentence.paragraph != scope.paragraph:
            scope = _resumed(scope, sentence, published)
        before = scope
        found, scope = _sentence_indicators(sentence, published, len(results), previous, scope)
        found, works = _carried(sentence, found, named, works, published, before.year)
        found = settle_items(language, found, previous)  # no verb, time or speaker alone as an item
        found = _with_the_done_part(
            _done_beside_plan(found, sentence.text, published), sentence.text, published
        )
        if report_span is not None:
            moved = _this_year_is_the_span(found, sentence.text, report_span, published)
            whole_year = (date(published.year, 1, 1), date(published.year, 12, 31))
            if moved != found and _span_of(scope.period) == whole_year:
                # "this year 17 billion tenge were spent ... 13.9 billion out of them": the
                # sentences after it go on in the report's span, as their sentence was read, and
                # a part of its last figure ("13.9 billion of them") divides that span's figure
                last = scope.last
                if last is not None and _span_of(last) == whole_year:
                    last = replace(
                        last, period_start=report_span.period_start, period_end=report_span.period_end
                    )
                scope = replace(scope, period=report_span, last=last)
            found = moved
        elif before.lead:  # the lead sentence (or the dateline before it) may report the span
            report_span = _span_so_far(scope.period, published)
        if not found:
            scope = _moved_into_this_year(scope, sentence.text, published)
        named.update(named_spans(sentence.text))
        if scope.period is not before.period:
            scope = _day_interrupts(scope, before, sentence.paragraph, published)
        elif before.resume is not None:
            scope = replace(scope, resume=before.resume, paragraph=before.paragraph)
        results.extend(found)
    # imported here: that module builds on the Indicator records this one defines
    from etl.extract.lead_span import dated_by_a_later_span, restated_later

    results = restated_later(results, published)
    # a headline naming no period (or only the year so far) leaves the lead's figures to a later span
    headline = _title_scope(title, published).headline
    year_so_far = (date(published.year, 1, 1), published)
    if headline is None or (headline.period_start, headline.period_end) == year_so_far:
        results = dated_by_a_later_span(results, published, "en")
    return results


# How far around a figure its place is read, in its sentence and its paragraph before it: a
# figure costs the same in a short sentence and in a 250 KB line (see _LEFT_WINDOW).
_PLACE_REACH = 400


def with_places(indicators: list[Indicator], body: str, title: str, language: str) -> list[Indicator]:
    """The figures with their places (etl/extract/places.py): each read from its own sentence,
    between the figures before and after it there, then its item, then the article's one place."""
    if not indicators:
        return indicators
    lead = body[: body.find("\n") if "\n" in body[: _PLACE_REACH * 4] else _PLACE_REACH * 4]
    scope = article_place(title, lead, language)
    dateline = dateline_end(body)
    placed = []
    for index, indicator in enumerate(indicators):
        offset = indicator.sentence_start
        before = indicators[index - 1] if index else None
        after = indicators[index + 1] if index + 1 < len(indicators) else None
        start, end = indicator.start_char - offset, indicator.end_char - offset
        previous_end = before.end_char - offset if before and before.sentence_start == offset else 0
        next_start = (
            after.start_char - offset if after and after.sentence_start == offset else len(indicator.sentence)
        )
        low = max(0, start - _PLACE_REACH)
        sentence = indicator.sentence[low : end + _PLACE_REACH]
        if offset < dateline:  # the town a report was filed in is no scope of its figures
            cut = max(0, min(dateline - offset - low, len(sentence)))
            sentence = " " * cut + sentence[cut:]
        figure = PlacedFigure(
            sentence, start - low, end - low, indicator.item,
            max(0, previous_end - low), min(len(sentence), next_start - low),
        )  # fmt: skip
        place = figure_place(
            figure, language, scope, _paragraph_before(body, offset) if scope is not None else ""
        )
        placed.append(replace(indicator, place=place) if place else indicator)
    return placed


def _paragraph_before(body: str, offset: int) -> str:
    """The paragraph's text before a sentence starting at `offset` (at most _PLACE_REACH of it):
    read for a figure's place only when the article has one (see figure_place)."""
    paragraph_start = max(body.rfind("\n", max(0, offset - _PLACE_REACH), offset) + 1, offset - _PLACE_REACH)
    return body[max(0, paragraph_start) : offset]


def _moved_into_this_year(scope: _Scope, text: str, published: date) -> _Scope:
    """'The upward trend has carried into this year. In January-May, about 280,000 ...': a sentence
    with no figure that moves the story into the year under way, after a past year's figures,
    gives a yearless span after it that year."""
    if scope.period is None or scope.period.period_end is None or scope.period.period_end >= published:
        return scope
    if any(cue[2] != "actual" for cue in ctx.find_cues(text)):
        return scope  # "expects the sector to keep growing this year": an outlook, not the story's span
    periods = [p for p in find_periods(text, published, scope.year) if not p.is_comparison and not p.is_weak]
    if len(periods) != 1:
        return scope
    (period,) = periods
    first, last = period.period_start, period.period_end
    if first != date(published.year, 1, 1) or last != date(published.year, 12, 31):
        return scope
    return replace(scope, period=period, reporting=published.year)


def _span_so_far(period: Period | None, published: date) -> Period | None:
    """A span from 1 January of the publication year already over ("In January-November",
    "in ten months"), or None; not a year-to-date running to publication ("since the beginning
    of the year"), which is no span over."""
    if period is None or period.is_deadline or period.is_comparison:
        return None
    first, last = period.period_start, period.period_end
    if first != date(published.year, 1, 1) or last is None or last >= published:
        return None
    return period if last < date(published.year, 12, 31) else None


# a bare "this year" (not "so far this year", already a year-to-date; not "this year's budget")
_BARE_THIS_YEAR = re.compile(r"(?<!so far )\bthis\s+year\b(?!'s|\s+is\b|\s+will\b)", re.I)
# what holds through the year rather than what the months so far did: work or help under way,
# money set aside for the year, a budget (FORMAT.md: a plan's or forecast's "this year" keeps the year)
_THROUGH_THE_YEAR = re.compile(
    r"\b(?:being|under\s+(?:construction|way)|ongoing|allocated|earmarked|set\s+aside|provided\s+for|"
    r"budget|plann?\w*|expect\w*|will|to\s+be)\b",
    re.I,
)
_DONE_VERB = re.compile(
    r"\b(?:\w{3,}ed|was|were|had|rose|grew|fell|built|paid|sold|spent|made|took|won)\b", re.I
)


def _this_year_is_the_span(
    found: list[Indicator], text: str, span: Period, published: date
) -> list[Indicator]:
    """Under a headline or lead reporting a span from 1 January already over, a bare "this year"
    for what was done ("own revenues reached 207 billion tenge this year") is that span, not the
    whole year (FORMAT.md)."""
    if not found or not _BARE_THIS_YEAR.search(text) or _THROUGH_THE_YEAR.search(text):
        return found
    if not _DONE_VERB.search(text) or any(cue[2] != "actual" for cue in ctx.find_cues(text)):
        return found
    year = (date(published.year, 1, 1), date(published.year, 12, 31))
    return [
        replace(i, period_start=span.period_start, period_end=span.period_end)
        if i.kind == "actual" and (i.period_start, i.period_end) == year
        else i
        for i in found
    ]


# what the done part brought or holds, hung on it: "..., creating more than 18,000 jobs", "with 3,500 seats"
_DONE_PART_LINK = re.compile(
    r"^[^,;:.]*,\s*(?:creating|providing|adding)\s+(?:[\w-]+\s+){0,3}$|^\s+(?:[\w-]+\s+){0,2}(?:with|for)\s+$"
    r"|^\s*,\s*or\s+$",  # "536 km, or 99% of the plan, have ...": the same part as a share
    re.I,
)


_ALREADY_DONE_AFTER = re.compile(r"[^;.]*?\b(?:have|has)\s+(?:already|so\s+far)\s+been\s+\w+ed\b", re.I)


def _done_beside_plan(found: list[Indicator], text: str, published: date) -> list[Indicator]:
    """'541 km of networks are to be repaired; 536 km, or 99% of the plan, have already been
    repaired': the part of this year's plan told done beside it, in the plan's unit, runs from
    1 January to publication (FORMAT.md), as "16 of them" does (_done_of_planned)."""
    year_end = date(published.year, 12, 31)
    moved = list(found)
    for n, done in enumerate(found):
        plan = next((p for p in reversed(found[:n]) if p.kind == "plan" and p.unit == done.unit), None)
        if (
            plan is None or plan.period_end != year_end
            or plan.period_start not in (None, date(published.year, 1, 1))
            or done.kind != "actual" or (done.period_start, done.period_end) != (published, published)
            or ";" not in text[plan.end_char - plan.sentence_start : done.start_char - done.sentence_start]
            or not _ALREADY_DONE_AFTER.match(text, done.end_char - done.sentence_start)
        ):  # fmt: skip
            continue
        moved[n] = replace(done, period_start=date(published.year, 1, 1))
    return moved


def _with_the_done_part(found: list[Indicator], text: str, published: date) -> list[Indicator]:
    """'So far, 147 of them have been completed, creating more than 18,000 jobs': what the done part
    of this year's plan created or holds is counted over the same span (FORMAT.md), not today."""
    year_to_date = (date(published.year, 1, 1), published)
    moved = list(found)
    for n in range(1, len(found)):
        done, then = moved[n - 1], found[n]
        if (
            (done.period_start, done.period_end) != year_to_date or done.kind != "actual"
            or then.kind != "actual" or (then.period_start, then.period_end) != (published, published)
            or done.sentence_start != then.sentence_start
        ):  # fmt: skip
            continue
        between = text[done.end_char - done.sentence_start : then.start_char - then.sentence_start]
        if _DONE_PART_LINK.match(between):
            moved[n] = replace(then, period_start=year_to_date[0], period_end=published)
    return moved


def _carried(
    sentence: Sentence,
    found: list[Indicator],
    named: dict[str, Span],
    works: tuple[Span, int] | None,
    published: date,
    year: int | None,
) -> tuple[list[Indicator], tuple[Span, int] | None]:
    """A sentence with no period of its own that refers back to a plan or works named with their
    years ("The plan provides for 42 reservoirs" after "the plan for 2024-2028") takes their span.
    After "During construction ...", the undated done figures of the rest of its paragraph ("3,000
    builders took part") are the construction's too."""
    if works is not None and works[1] != sentence.paragraph:
        works = None
    # one scan of the sentence spares each figure its search for the works' years
    if found and may_name_span(sentence.text):
        described = [built_span(sentence.text, i.end_char - i.sentence_start) for i in found]
    else:
        described = []
    if any(described):
        # "The 836-kilometre line, built in 2022-2025, will ...": the size of finished works is
        # what was built over their years, whatever the sentence's verb says of their effect
        found = [
            replace(i, period_start=span[0], period_end=span[1], kind="actual") if span else i
            for i, span in zip(found, described, strict=True)
        ]
    if not found or not (named or works):
        return found, works
    clause_span = period_taken_up(sentence.text, named)
    if clause_span is not None and not any(
        not p.is_comparison and not p.is_weak and p.start >= clause_span[1]
        for p in find_periods(sentence.text, published, year)
    ):
        # "..., and up to 300,000 jobs will be created over the programme period": that clause only
        (first, last), clause_start = clause_span
        return [
            replace(i, period_start=first, period_end=last)
            if i.start_char - i.sentence_start >= clause_start
            else i
            for i in found
        ], works
    if any(not p.is_comparison and not p.is_weak for p in find_periods(sentence.text, published, year)):
        return found, None
    span = taken_up(sentence.text, named)
    if span is not None:
        if span == named.get("works"):
            works = (span, sentence.paragraph)
        return [replace(i, period_start=span[0], period_end=span[1]) for i in found], works
    if works is not None:
        first, last = works[0]
        return [
            replace(i, period_start=first, period_end=last)
            if i.kind == "actual" and i.period_start is None and i.period_end is None
            else i
            for i in found
        ], works
    return found, works


def _resumed(scope: _Scope, sentence: Sentence, published: date) -> _Scope:
    """A new paragraph goes back to the span a day interrupted, unless it compares with a day
    ("Compared with July 1 last year, the population grew by ...": still a stock at the day)."""
    periods = find_periods(sentence.text, published, scope.year)
    if any(p.is_comparison and _is_day(p) for p in periods):
        return replace(scope, paragraph=sentence.paragraph)
    return replace(scope, period=scope.resume, resume=None)


def _last_stretch_of(inner: Period | None, outer: Period | None) -> bool:
    """`inner` is a later, shorter span ending on the day `outer` ends (a month of a run of months)."""
    if inner is None or outer is None or _is_day(inner) or outer.is_deadline:
        return False
    first, last = inner.period_start, inner.period_end
    return (
        first is not None
        and last is not None
        and outer.period_start is not None
        and first > outer.period_start
        and last == outer.period_end
    )


def _day_interrupts(scope: _Scope, before: _Scope, paragraph: int, published: date) -> _Scope:
    """A sentence moved the scope: to a day after a span, remember the span to resume it at
    the next paragraph; to anything else, forget what was remembered. The report's own day
    ("to date", "so far") is its present, which later paragraphs stay in."""
    if scope.period is not None and scope.period.period_start == published:
        return replace(scope, resume=None)
    if _is_day(scope.period) and before.period is not None and not _is_day(before.period):
        return replace(scope, resume=before.period, paragraph=paragraph)
    if _last_stretch_of(scope.period, before.period):
        # "in the first five months ... Prices fell by 3.5% over the month of May.": the report's
        # last month is an aside, and the next paragraph's exports are the five months' again
        return replace(scope, resume=before.period, paragraph=paragraph)
    if _is_day(scope.period) and before.resume is not None:
        return replace(scope, resume=before.resume, paragraph=paragraph)
    return replace(scope, resume=None)


# A list's lead sentence is read once for all its items, not once per item (results not mutated).
@lru_cache(maxsize=64)
def _lead_periods(lead: str, published: date, year: int | None) -> list[Period]:
    return find_periods(lead, published, year)


@lru_cache(maxsize=64)
@lru_cache(maxsize=64)
def _lead_cues(lead: str) -> list[ctx.Cue]:
    # "Stocks will last until spring. As of January 19, 850,000 tonnes were in storage:": the
    # sentence that gives the list's total is its lead; a cue of an earlier sentence is not the
    # breakdown's ("The ministry plans 20 schools this year. They include:" keeps the plan)
    last = split_sentences(lead)[-1].text if ". " in lead else lead
    return ctx.find_cues(last if last != lead and mentions(last) else lead)


def _sentence_indicators(
    sentence: Sentence, published: date, first_index: int, previous_item: str | None, scope: _Scope
) -> tuple[list[Indicator], _Scope]:
    text = sentence.text
    found = mentions(text)
    periods = find_periods(text, published, scope.year) if found or _may_set_scope(text) else []
    if scope.last is not None and found:
        periods = _same_period(text, periods, scope.last, scope.period)
        periods = _this_figure(text, periods, scope.last)
    if found and "the " in text and (scope.headline is not None or scope.period is not None):
        periods = _report_span(text, periods, scope)
    if found and "then" in text:
        named = scope.named or _named_in(scope.before, published, scope.year)
        periods = _since_then(text, periods, named, published)
    if found and "ince " in text:
        periods = _since_undated(text, periods, published)
    if found and any(p.same_span for p in periods):
        periods = _own_same_spans(text, periods, scope.period)
    asides = _figureless_asides(text, found) if found and ", " in text else []
    if asides:
        periods = [p for p in periods if not any(a <= p.start and p.end <= b for a, b in asides)]
    if found and any(p.is_deadline for p in periods):
        periods = _days_reached(text, periods, published)
    if not found:
        return [], _next_scope(scope, sentence, periods, [], [], published=published)
    _carry_currency(text, found, scope.currency)
    _carry_shared_unit(text, found)
    if len(found) > 1:
        _carry_measure(text, found)
    for index, unit in list_units(text, [m.quantity for m in found]).items():
        found[index].quantity = replace(found[index].quantity, unit=cast(UnitCode, unit))
    _exchange_rates(text, found)
    links = _link_ranges(text, found)
    marks = _clause_marks(text)
    clauses = [_clause_span(text, m.start, m.quantity.end, marks) for m in found]
    facts = _SentenceFacts(
        text=text,
        mentions=found,
        periods=periods,
        lead_periods=_lead_periods(sentence.lead, published, scope.year) if sentence.lead else [],
        # Cues after the last figure's clause can change no figure's kind.
        cues=ctx.find_cues(_blanked(text, asides)[: _past_appositions(text, clauses[-1])[1]]),
        lead_cues=_lead_cues(sentence.lead) if sentence.lead else [],
        roles={i: (role_i, j) for i, j, role_i, _ in links} | {j: (role_j, i) for i, j, _, role_j in links},
    )
    facts.attached = _spread_shares_its_period(_attached_periods(text, found, periods), links)
    facts.old_levels = _old_levels(text, found, facts.attached) if facts.attached else set()
    plain = _plain(periods)
    if plain and ordered(plain):  # (no periods: the scan of none is the cheapest)
        taken = {id(p) for p in facts.attached.values()}
        facts.dating = (
            PeriodIndex(plain, taken),
            PeriodIndex([p for p in plain if not p.is_weak], taken),
            taken,
        )
    facts.scope = scope.period
    facts.published = published
    facts.clauses = clauses
    facts.asides = ", wh" in text or ", with " in text
    indicators: list[Indicator] = []
    previous_verb_change = False
    previous_change_share = False  # the figure before was a change in percent ("growth of 3.3%")
    previous_present = False  # the previous figure stated a present level
    previous_kind: str | None = None  # the previous figure's kind as its words gave it
    own_periods: list[Period | None] = []
    bases: list[bool] = []  # "against 2.3 million ...": a comparison's base, not what the sentence reports
    # where "Of these, ...", "including" end; the substring test spares most sentences the search
    breakdowns = [m.end() for m in _BREAKDOWN.finditer(text)] if _MAY_BREAK_DOWN.search(text) else []
    if scope.status is None and (opening := _OF_THIS_OPENING.match(text)):
        breakdowns.insert(0, opening.end())
    respective = _respective_periods(text, found, periods, scope.listed) if "respectively" in text else None
    that_month = _that_month(text, scope.last)
    # substring tests spare most sentences the searches of the rules that need these words
    to_date = (
        bool(periods)
        and ("already" in text or "far" in text or "date" in text or "oday" in text)
        and (_progress_to_date(text, periods, published))
    )
    may_base = (
        "rom " in text or "ompared" in text or "gainst" in text or "ersus" in text or "vs" in text.lower()
    )
    may_end = "ended " in text or "closed " in text or "finished " in text
    status_day = _status_day(text, periods) if text[:3] in ("As ", "AS ") else None
    parts_of_earlier = scope.last_kind in _AHEAD_KINDS and bool(_PARTS_OF_EARLIER.match(text))
    # "95,000 grants will be awarded. Of them, 40,000 are for engineering": a verbless part of a
    # planned or forecast total keeps its kind, when the sentence has no cue of its own ("Of this,
    # 236 billion tenge, or 47%, has been disbursed" is done)
    of_them_earlier = scope.last_kind in _AHEAD_KINDS and bool(_OF_THEM_OPENING.match(text))
    moved_spans: dict[int, Period] = {}  # an estimate's yearless span moved into this year (below)
    for index, mention in enumerate(found):
        quantity = mention.quantity
        previous_end = found[index - 1].quantity.end if index else None
        (item, inherited), (as_read, read_inherited) = _item_of(
            sentence, mention, previous_item, previous_end
        )
        qualifier, verb_change = ctx.qualifier_and_change(
            _left_of(text, mention.start), _right_of(text, quantity.end), quantity.unit
        )
        # whether a figure is a change is read from the words as they stand, the predicate's verb
        # included ("is expected to rise to"): the item shown drops it (+itemv), the reading does not;
        # "fell by 22.7%, from 578 to 447": the ends of a from-to are the old and new levels
        is_change = facts.roles.get(index, (None, None))[0] not in ("from", "to") and _is_change(
            as_read, read_inherited, verb_change, previous_verb_change, text, previous_end, mention
        )
        if (
            not is_change
            and previous_change_share
            and quantity.unit == "percent"
            and previous_end is not None
            and _DASH_MEMBER.fullmatch(text, previous_end, mention.start)
        ):
            # "the growth amounted to 3.3%, including in food production - 3.6%, pharmaceuticals -
            # 40%": a dashed breakdown of a change gives each part's change
            is_change = True
        # "rose by 17.5%, cars by 16.3%, textiles by 9.4%": each gapped member passes the verb on
        gapped = (
            previous_verb_change
            and previous_end is not None
            and bool(_GAPPED_BY.fullmatch(text, previous_end, mention.start))
        )
        if inherited and quantity.unit not in {"percent", "percentage_point"}:
            item = ctx.CHANGE_NOUN.sub("", item).strip().removeprefix("of ").strip()
        own = respective[index] if respective else _own_period(facts, index)
        if status_day is not None and own is not None and _status_over(facts, index, own, status_day):
            # "As of August 8, the government had used 47% of the funds for 2016"; but "As of today,
            # 66,000 flats have been commissioned this year": done this year, counted up to the day
            own = _done_up_to_day(text, own, status_day) or status_day
        if own is None and that_month is not None:
            own = replace(that_month, start=mention.start, end=quantity.end)
        if (own is None or own.is_weak) and "th" in text:
            own = _that_time(facts, index) or own
        done_already = (
            own is not None and own.is_weak and own.period_start == published
            and _ALREADY.fullmatch(text, own.start, own.end) is not None
        )  # fmt: skip
        if done_already:
            own = _already_within(facts, mention, cast(Period, own), published)
            own = _done_of_planned(text, mention, own, scope, published)
        period = _stock_or_year(
            text, facts.clauses[index], mention, own or _from_scope(facts, index, scope.period)
        )
        whole_of_part = own is None and _whole_of_part_in(facts, index, period)
        if whole_of_part:
            # "Overall, in 2023 ... 3,600 km will be built, of which 856 km this year": a whole whose
            # part alone takes the span carried is longer than that span, untold
            period = None
        period = _since_levels(facts, index, period, scope.period)
        period = _cost_in_its_year(text, facts.clauses[index], mention, period)
        if (
            may_base
            and own is None
            and period is not None
            and index not in facts.roles
            and _undated_base_before(text, found, index)
            and not _TIME_WORDS_AFTER.match(text, quantity.end)
        ):
            # "In 2023 ... Excise duties made up 4.4%, down from 5.1%": an undated base under the
            # article's span is that span a year before, as it is under the sentence's own
            period = _span_a_year_before(period) or period
        if is_change and own is not None and period is own:
            period = _since_to_the_day_before(text, own, scope, published)
        if own is not None and own.is_weak and _open_start(scope.period, published):
            period = scope.period  # "now amounts to 35,596 tenge" in a report on rates set from Jan. 1
        kind = _kind_of(facts, index, own, previous_kind, published)
        if done_already and kind != "actual" and not _cue_in(facts.cues, facts.clauses[index]):
            kind = "actual"  # "intends to plant 195,000 trees, and 128,000 of them are already in the ground"
        if (
            kind == "actual"
            and own is None
            and (parts_of_earlier or (of_them_earlier and not facts.cues))
            and (not _OF_A_WHOLE.match(text, quantity.end) or _OF_NAMED_WHOLE.match(text, quantity.end))
        ):
            # "The additional revenue comprises 58.4 billion tenge in taxes, ...": the earlier sum's kind
            kind = cast(str, scope.last_kind)
        if (
            kind in ("plan", "forecast")
            and previous_kind in ("plan", "forecast")
            and kind != previous_kind
            and _PART_OF_WHICH_BEFORE.search(text, max(0, mention.start - 36), mention.start)
        ):
            # "shipments projected at 5.2 million tons, of which 4.2 million tons will pass ...",
            # "a budget of up to 1.5 trillion tenge, of which 1.3 trillion is expected to come from
            # private money": a part has its total's kind
            kind = previous_kind
        if (
            kind == "actual"
            and own is not None
            and not done_already  # "... this year, and 128,000 of them are already in the ground": its part done
            and own.end <= facts.clauses[index][0]
            and any(
                text.rfind(", ", 0, own.start) <= cue[0] < facts.clauses[index][0] and cue[2] != "actual"
                for cue in facts.cues
            )
            and _JOINED_CLAUSE.match(text, facts.clauses[index][0])
            and _states_own_fact(facts, facts.clauses[index])
        ):
            # "28 projects are to be implemented this year, and the pool includes 69 projects":
            # the plan's year is not the stated fact's
            own = None
            period = _stock_or_year(
                text, facts.clauses[index], mention, _from_scope(facts, index, scope.period)
            )
        if kind == "forecast" and own is not None and own.is_weak and scope.period is not None:
            # "forecasts now put the average yield at 15.7 centners": "now" dates the forecast, the
            # figure is the article's span
            period = _ahead(_from_scope(facts, index, scope.period), scope.headline, published, scope.ahead)
        # "expected to double by 2029, from 490,000 tons in 2023 to 1 million tons": a past base
        # (below) or a starting level turns actual, the figures after it keep the sentence's forecast
        if kind == "actual" and index in facts.roles and facts.roles[index][0] == "from":
            previous_kind = _kind_of(facts, index, own, previous_kind, published, False)
        else:
            previous_kind = kind
        if (
            (is_change or _VERB_TO_LEVEL.search(text, max(0, mention.start - 48), mention.start))
            and own is not None
            and own is period
            and _to_date_of(scope.period, own)
        ):
            # "In January-August output grew 3.4% ... By the end of September, it is expected to grow
            # by 10.9%": growth since the start of the report's span (and "to rise to 3.7 trillion",
            # the level that growth comes to)
            period = replace(own, period_start=cast(Period, scope.period).period_start, is_deadline=False)
        if is_change and period is not None and _point_or_month(period):
            # the words between this figure's neighbours say whether its change is year-on-year
            clause = facts.clauses[index]
            near = (
                max(clause[0], found[index - 1].quantity.end if index else 0),
                min(clause[1], found[index + 1].start if index + 1 < len(found) else len(text)),
            )
            period = _change_to_point(text, near, period)
        if kind != "actual" and (
            _past_base(text, mention, period, published) or _told_in_past(facts, index, own, published)
        ):
            kind = "actual"
        elif (
            kind == "actual"
            and _wholly_ahead(own, published)
            and not _compound_adjective(text, mention)
            and not _COMMA_NOW_BEFORE.search(text, max(0, mention.start - 24), mention.start)
        ):
            # "will be launched, bringing investment to 7 trillion tenge by 2027": no outcome yet
            kind = next(
                # (a goal subject's cue, "The target is to ...", is a target)
                (
                    "target" if c[2] == ctx.GOAL else c[2]
                    for c in reversed(facts.cues)
                    if c[1] <= mention.start and c[2] != "actual"
                ),
                # "the budget shrinks to 426 billion tenge in 2025": a budget line ahead is a plan,
                # as is a sum fixed for a span ahead ("the pension for 2026 has been set at")
                "plan"
                if _BUDGET.search(text, 0, mention.start)
                or plan_figure(text, facts.clauses[index], mention.start, quantity.end)
                # "next year the region opens 12 clinics", "for 2026, 45 billion has been allocated":
                # what an act ahead does or sets aside is planned; a level it comes to is a goal
                or (
                    quantity.unit not in ("percent", "percentage_point")  # a share is a level
                    and not _LEVEL_BEFORE.search(text, max(0, mention.start - 40), mention.start)
                )
                else "target",
            )
        if (
            kind in ("actual", "target")
            and "estimated" in text
            and quantity.unit not in CURRENCIES  # what work ahead is estimated to cost is a plan (below)
            and _ESTIMATED_AT.search(text, max(0, mention.start - 40), mention.start)
        ):
            # "Demand until the harvest, in January-April, is estimated at 1.5 million tonnes",
            # "next year's crop is estimated at 17 million": an estimate of a span not over yet is
            # a forecast; a yearless span it names is this year's, not the year the text looked back on
            ahead = _span_ahead(text, own, published)
            if ahead is not None:
                moved_spans[id(own)] = ahead
                own = period = ahead
            if own is not None and own.period_end is not None and own.period_end > published:
                kind = previous_kind = "forecast"
        elif own is not None and id(own) in moved_spans:
            own = period = moved_spans[id(own)]  # "..., including 954,000 tonnes for urban areas"
        if (
            kind != "actual"
            and ("ing " in text or "ed " in text)
            and _done_before_plan(text, facts, index, period, published)
        ):
            # "will allocate 2.41 trillion in 2026, after directing 2.35 trillion last year", "having
            # laid 35 km in 2024", "which allowed 3 million m2 to be commissioned": what a clause of
            # its own says was done is not the plan beside it
            kind = previous_kind = "actual"
        aside = own is None and period is not None and _OTHER_MATTER.match(text) is not None
        if (
            kind == "actual"
            and (
                own is None
                # "30 billion tenge, which has been allotted earlier this year": set aside for the year
                or (_year_under_way(own, published) and _GIVEN_AFTER.match(text, quantity.end) is not None)
                # "ordered to allocate 10 billion tenge ... in the next three years", "Kazakhstan
                # allocated 194.3 billion tenge to the programme in 2018" told that September: set
                # aside for a span ahead or for the year under way, not yet spent (FORMAT.md)
                or (
                    (
                        _year_under_way(own, published)
                        or (own.period_start is not None and own.period_start >= published)
                    )
                    and _ALLOCATING.search(text, max(0, mention.start - 80), mention.start) is not None
                    and not _WORKS_DONE_IN.search(text)
                    # "63 projects have been approved, and 22 of them have already received 89.4 billion":
                    # money already received is done, whatever was approved before it
                    and not _CAME_IN_BEFORE.search(text, max(0, mention.start - 48), mention.start)
                )
            )
            and quantity.unit in CURRENCIES
            and (
                period is None
                or period.period_start == published
                or _year_under_way(period, published)
                # "budget funds were reallocated: 30 billion tenge for ..." in a report on next year's budget
                or (period.period_start is not None and period.period_start > published)
                or aside
            )
            and (
                _ALLOCATING.search(text, 0, mention.start)
                or (_GIVEN_AFTER.match(text, quantity.end) and not _WORKS_DONE_IN.search(text))
            )
            # "Of the 300 billion allocated, 210 billion has been used": the part used is done
            and not _USED_AFTER.match(text, quantity.end)
        ):
            # "the Prime Minister approved 3.4 billion tenge from the reserve for ...", "signed an
            # order releasing 9 billion tenge to build ...": money set aside for work ahead, with
            # no span of its own, is a budget line
            kind = "plan"
            previous_kind = kind  # its breakdown's parts follow it
            if aside:
                # "Separately, the government has allocated 1.7 billion tenge to repair ...", "Earlier,
                # the Government allocated 10 billion tenge for ...": another matter, not the span before
                period = None
        if kind == "actual" and _whole_set_aside(text, mention.start, quantity.end):
            # "Of the 300 billion tenge allocated, 210 billion has been used": the whole set aside,
            # against the part used, is money not yet spent (FORMAT.md)
            kind = "plan"
        if kind == "actual" and "the " in text:
            # "21.7 million tons were threshed instead of the planned 19.5 million", "above the targeted
            # 3 million": the figure an outcome is set against, named by its adjective, is that plan,
            # goal or outlook ("The planned 40 schools were built" is no such base and keeps its verb)
            kind = _named_base_kind(text, mention.start) or kind
        if (
            kind == "actual"
            and (period is None or period.period_end is None or period.period_end >= published)
            and _announced_measure(text, facts.clauses[index], mention, scope.before, indicators)
        ):
            # "Pupils will receive free meals starting this year. The new measure covers 25,000
            # children, and 12 billion tenge has been allocated to pay for it": a measure not yet
            # in force, its beneficiaries and the money set aside for it are planned
            kind = previous_kind = "plan"
        if kind == "actual" and _of_what_is_to_come(text, quantity.unit, scope.before):
            # "A new industrial park will be built near the city. Its area is 120 hectares.", "The region
            # has drawn up a plan for 2026. It includes 14 new schools": the size of what is still to be
            # built, or what a plan just named holds, is planned
            kind = previous_kind = "plan"
        if (
            kind == "actual"
            # substring tests spare most sentences the searches ("plan", "budget", "set at", "fixed at")
            and ("lan" in text or "udget" in text or "d at " in text or "t at " in text)
            and plan_figure(text, facts.clauses[index], mention.start, quantity.end)
            and not _in_force(own, published)
        ):
            # "the revenue plan for 2025 has been raised by 99 billion tenge", "the revised budget
            # amounts to 1.3 trillion": the figures of a plan; its breakdown's parts follow it
            kind = previous_kind = "plan"
        if (
            kind == "actual"
            and own is not None
            and (
                quantity.unit in CURRENCIES
                or (quantity.unit in (None, "count") and _ALLOTTED_AFTER.match(text, quantity.end))
            )
            and _year_under_way(own, published)
            and _FOR_BEFORE.search(text, max(0, own.start - 12), own.start)
            and _ALLOCATING.search(text, facts.clauses[index][0], mention.start)
        ):
            # "has allocated 96,000 university grants for this year's admissions", "approved 40 billion
            # tenge for 2025": what is set aside for the year under way is a budget line, not yet used
            # ("In 2024 the city allocated 19.8 billion tenge" is done)
            kind = previous_kind = "plan"
        if (
            kind == "actual"
            and own is None
            and facts.clauses[index][0] == 0
            and _ONCE_OPENING.match(text)
            and mention.start < facts.clauses[index][1] <= text.find(" will ", facts.clauses[index][1])
        ):
            # "Once all 655 facilities are open, a million residents will have access ...": work
            # whose completion the future clause waits for is still planned
            kind = "plan"
        if (
            kind == "forecast"
            and quantity.unit in CURRENCIES
            and _SPENDING_WILL_BEFORE.search(text, max(0, mention.start - 120), mention.start)
        ):
            # "investment by the operators in the link will exceed 23 billion tenge", "this year the
            # company's financing will exceed 700 billion tenge": what someone will spend is a plan,
            # not an outlook for a market
            kind = "plan"
            previous_kind = kind  # its breakdown's parts follow it
        if (
            kind == "actual"
            and quantity.unit in CURRENCIES
            and (period is None or period.period_end is None or period.period_end >= published)
            and may_match(_COST_GATE, sentence_lower(text))  # no scan where the sentence lacks its words
            and _COST_BEFORE.search(text, max(0, mention.start - 64), mention.start)
            # (not "the damage from the floods is estimated at": an assessment of what happened)
            and not _HARM_ASSESSED.search(text, max(0, mention.start - 64), mention.start)
        ):
            # "the total cost is estimated at 1.1 trillion tenge", "the agreement is worth 239
            # billion tenge", "a project for 2024-2027 with a budget of up to 1.5 trillion": what
            # work still to be done will cost is planned spending
            kind = "plan"
            previous_kind = kind  # its breakdown's parts follow it
        if (
            kind == "actual"
            and own is None
            and ("roj" in text or "rogram" in text)
            and _PROJECT_SCOPE_BEFORE.search(text, 0, mention.start)
        ):
            # "The project covers 5,000 km of water pipelines, 2,800 km of sewers ...": the scope of
            # a project is the work it is to do ("the project covered 300 km" is done)
            kind = "plan"
        if (
            kind == "forecast"
            and is_change
            and own is not None
            and own.period_start is not None
            and own.period_end is None
            and _MONTH_NAMED.search(text, own.start, own.end)
            and _WILL_CHANGE_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        ):
            # "From July 1, basic pensions will rise by 8.5%": a change set to take effect on a day is
            # a scheduled act, not an expected outcome ("output will grow by 5% in 2026" stays one)
            kind = "plan"
        if (
            kind == "actual"
            and own is None
            and _PERFECT_TO_BEFORE.search(text, max(0, mention.start - 60), mention.start)
            and _FROM_DATED_AFTER.match(text, quantity.end)
        ):
            # "The shortage of doctors has fallen to 3,600 from 4,400 in 2021": the level a change
            # from a dated past level has reached stands at the report, whatever span the lead named
            period = Period(mention.start, quantity.end, published, published, False)
        pool_state = False  # a project pool's worth, dated at the report: no plan year ahead replaces it
        if (
            (kind == "actual" or (kind == "plan" and own is None))
            and "roject" in text
            and _UNDER_WAY.search(text)
            and (
                (quantity.unit in _PROJECT_MEASURES and _PROJECTS_WORTH_BEFORE.search(text, 0, mention.start))
                or (quantity.unit in (None, "count") and _JOBS_AFTER.match(text, quantity.end))
            )
            and not _DONE.search(text, facts.clauses[index][0], mention.start)
            and not _DONE.search(text, quantity.end, facts.clauses[index][1])
        ):
            # "is working on 13 projects worth 337 billion tenge", "the pool comprises 46 projects worth
            # 1.1 trillion", "projects ... creating 3,400 jobs are being developed": what projects under
            # way or in a pool are worth, hold or will employ is not yet spent, built or created
            # ("projects worth $217 million have already been completed" is done); undated, they are
            # the pool's as it stands at the report
            kind = "plan"
            previous_kind = kind
            if own is None:
                period = Period(mention.start, quantity.end, published, published, False)
                pool_state = True
        holds = (
            _POOL_HOLDS_BEFORE.search(
                text, _relative_clause_head(text, facts.clauses[index][0]), mention.start
            )
            if not is_change
            and quantity.unit in (None, "count")
            and _PROJECTS_AFTER.match(text, quantity.end)
            else None
        )
        if (
            kind in ("plan", "forecast", "actual")
            and holds is not None
            # (a span naming the pool itself, "a pool for 2025-2027, which includes 128 projects", is
            # the pool's years, not a date of its count)
            and (own is None or own.period_start is None or own.end <= holds.end())
        ):
            # "the portfolio contains 207 projects worth 3.7 trillion tenge to be carried out until 2030",
            # "an investment pool, which includes 128 projects": how many projects a pool holds is a
            # present state; the plan after it is theirs
            kind = "actual"
            period = Period(mention.start, quantity.end, published, published, False)
        if (
            kind in ("plan", "actual")
            and not is_change
            and quantity.unit in (None, "count")
            and ("being" in text or "under" in text or "progress" in text or "ongoing" in text)
            and _buildings_under_way(text, mention.start, quantity.end)
        ):
            # "10 schools for 6,900 pupils are being built", "Construction of 19 schools is under way"
            # (FORMAT.md): how many buildings are under construction or repair is a present state, dated
            # at the report unless the sentence names its own span; their places stay planned, and
            # "12 schools were built" / "will build 12 schools" keep their readings
            kind = previous_kind = "actual"
            if (
                own is None or own.period_start is None or own.is_weak
            ):  # (weak: "this summer", when works run)
                period = Period(mention.start, quantity.end, published, published, False)
        if (
            (kind == "actual" or (kind == "plan" and own is None))
            and quantity.unit not in (None, "count", "percent")
            and (
                "being" in text
                or "under" in text
                or "onstruct" in text
                or "laying" in text
                or "building" in text
                or "begun" in text
                or "started" in text
                or "stage" in text
                or "phase" in text
            )
            and _WORTH_OR_CAPACITY_BEFORE.search(text, max(0, mention.start - 40), mention.start)
            and _BUILDING_UNDER_WAY.search(text)
            and not _BUILT_ALREADY.search(text, facts.clauses[index][0], facts.clauses[index][1])
        ):
            # "crews are laying a network costing 583 million tenge", "construction of a plant with a
            # capacity of 500,000 tons a year has begun": what a building under way costs or will hold
            # is not yet spent or built (FORMAT.md); undated, its worth is the project's as it stands
            # at the report, as a pool's is
            kind = previous_kind = "plan"
            if own is None and quantity.unit in CURRENCIES:
                period = Period(mention.start, quantity.end, published, published, False)
                pool_state = True
        if (
            kind == "actual"
            and quantity.unit in (None, "count")
            and ("%" in text or "percent" in text)
            and _capacity_of_unfinished(text, mention.start, quantity.end)
        ):
            # "a school for 624 places is 16% ready": what a building not yet finished will hold is
            # not yet built (FORMAT.md: capacity of buildings under way is plan)
            kind = "plan"
        if (
            kind in ("plan", "target")
            and quantity.unit == "percent"
            and _SHARE_DONE_AFTER.match(text, quantity.end)
            and _IS_NOW_BEFORE.search(text, max(0, mention.start - 24), mention.start)
        ):
            # "construction for the annual plan of the Program is 111% complete": how far a plan is
            # done is an outcome measured now, whatever plan word names it
            kind = "actual"
        if (
            kind == "actual"
            and not is_change
            and quantity.unit not in (None, "count", "percent")
            and may_match(_DESIGNED_GATE, sentence_lower(text))
            and _DESIGNED_FOR.search(text, facts.clauses[index][0], mention.start)
            and not _BUILT_ALREADY.search(text, facts.clauses[index][0], facts.clauses[index][1])
        ):
            # "the plant is designed for a capacity of 240 MW": what a building is designed to hold or
            # yield is not yet built (FORMAT.md), as "will have" is a design
            kind = previous_kind = "plan"
        if (
            kind == "actual"
            and not is_change
            and quantity.unit not in (None, "count", "percent", *CURRENCIES)
            and (valued := _VALUED_PROJECT_AFTER.match(text, quantity.end))
            and not _BUILT_ALREADY.search(text, facts.clauses[index][0], facts.clauses[index][1])
        ):
            # "the 360 MW station in Semey was put at 518 billion tenge": the size of a project whose
            # worth is an estimate is that project's, not yet built (as the worth itself is plan); no
            # plan year ahead dates it: undated, "is valued" tells the project as it stands at the
            # report, "was put at" an estimate of no time
            kind = previous_kind = "plan"
            pool_state = True
            if own is None:
                present = valued["verb"].split()[0].lower() in ("is", "are", "has", "have")
                period = Period(mention.start, quantity.end, published, published, False) if present else None
        if (
            kind == "actual"
            and not is_change
            and quantity.unit in CURRENCIES
            and _PROJECT_PUT_AT_BEFORE.search(
                text, max(facts.clauses[index][0], mention.start - 90), mention.start
            )
            and not _BUILT_ALREADY.search(text, facts.clauses[index][0], facts.clauses[index][1])
        ):
            # "the Kokshetau plant was estimated at 389 billion tenge": the worth put on a project,
            # with nothing said to be spent, is plan (FORMAT.md: money not yet spent); an estimate
            # names no span, and a plan's span named before (its equipment "due in 2027") is not its
            kind = previous_kind = "plan"
            if own is None or (own.period_start is None and own.period_end is None):
                period = None
                pool_state = True
        if (
            kind == "actual"
            and quantity.unit in ("hectare", "km2", "m2")
            and (own is None or own.period_start is None)
            and _LAND_SET_ASIDE_AFTER.match(text, quantity.end)
        ):
            # "227 hectares have been allocated for the station": land set aside is how things stand
            # at the report (a present state, FORMAT.md), not an act of the article's span
            period = Period(mention.start, quantity.end, published, published, False)
        if (
            kind == "actual"
            and _past_deadline(period, published)
            and (is_change or quantity.unit != "percent")
            and not _STOCK.search(text, 0, quantity.end)
            and not _level_told_after(text, mention, period)
        ):
            period = _year_reached(period)  # a level such as a share or a stock stays at the deadline
        elif (
            may_end
            and kind == "actual"
            and period is not None
            and period.period_start is not None
            and period.period_end is not None
            and period.period_start < period.period_end
            and _ended_at(text, mention, quantity.unit)
        ):
            # "the dollar lost 1.3% and ended the period at 518.14 tenge", "closed the year at": the
            # level on the span's last day
            period = replace(period, period_start=period.period_end, is_deadline=False)
        elif kind == "actual" and (
            _stock_reached(text, mention, period, published)
            or (
                period is not None
                and period.is_deadline
                and period.period_start is None
                and period.period_end is not None
                and period.period_end < published
                and _level_told_after(text, mention, period)
            )
        ):
            # "reserves climbed to $44.2 billion by the end of November 2024": the stock on that day
            period = replace(
                cast(Period, period), period_start=cast(Period, period).period_end, is_deadline=False
            )
            own = period if own is not None else None  # the day frames what follows, as "as of" would
        if (
            own is None
            and kind == "actual"
            and _looked_back(scope)
            and _perfect_near(text, facts.clauses[index], mention)
        ):
            # "Last year the region built 13 schools. ... 19,506 tons of waste have been collected":
            # a present perfect is the report's span again, not the year looked back on
            period = scope.headline
        if (
            own is None
            and kind == "actual"
            and status_day is None
            and scope.status is not None
            and _holds_day(period, scope.status)
            and _done_so_far(text, _past_appositions(text, facts.clauses[index]), mention)
        ):
            # "As of August 8, the government had used 47% of the funds. ... Of this, 236 billion
            # tenge has been disbursed": progress told after a status day stands at that day
            period = replace(scope.status, start=mention.start, end=quantity.end)
        if (
            to_date
            and (own is None or own.is_weak)
            and _WHOLE_PLAN_BEFORE.search(text, max(0, mention.start - 40), mention.start)
            and not _DONE_AFTER.match(text, quantity.end)
        ):
            # "received 72 billion tenge, or 78% of the 93 billion tenge", "the seed requirement of
            # 2.4 million tonnes was covered, with 99% already procured": the whole that progress to
            # date is measured against is what was planned for the year
            kind = previous_kind = "plan"
            period = _plan_year(facts, mention, published)
        elif (
            to_date
            and kind in ("plan", "target")
            and (own is None or (own.is_weak and own.period_start == published))
            and (period is None or period.period_start == published)
            and _progress_to_date(text, periods, published, facts.clauses[index])
        ):
            # "541 km are to be repaired; 536 km have already been repaired", "have so far taken
            # 453,000 tonnes, while the plan for the year is 1.5 million": the whole plan beside
            # the progress to date is the year's
            period = _plan_year(facts, mention, published)
        if own is None and kind != "actual" and not pool_state and not whole_of_part:
            period = _ahead(period, scope.headline, published, scope.ahead)
            period = _plan_span_named_last(period, scope)
        elif own is None and _deadline_ahead(period, published):
            # "plans to finish 188 more by the end of 2025" ... "174 health workers have been
            # deployed": what already happened is counted up to the report, not to the deadline
            period = replace(cast(Period, period), period_end=published)
        if (
            kind in ("plan", "forecast")
            and period is not None
            and period.period_start is not None
            and period.period_end is None
            and not period.is_deadline
            and _set_payment(text, mention.start, quantity.end, quantity.unit, is_change)
        ):
            # "From January 1 the birth allowance will rise to 164,350 tenge", "the minimum pension
            # will be 35,596 tenge": a payment set by law from a day is no outlook but a rule, in
            # force (actual) once that day has come, scheduled (plan) before it (FORMAT.md)
            kind = "actual" if period.period_start <= published else "plan"
        if (
            period is None
            and kind == "actual"
            and (
                _PERFECT.search(
                    text, max(facts.clauses[index][0], mention.start - _PERFECT_REACH), mention.start
                )
                or _PERFECT_AFTER.match(
                    text, quantity.end, min(facts.clauses[index][1], quantity.end + _PERFECT_REACH)
                )
            )
        ):
            # "Farmers have gathered 20.1 million tons" in an article with no period: the total so far;
            # "4,521 families whose homes were damaged have so far received": the subject of one
            period = Period(mention.start, quantity.end, published, published, False)
        if (
            indicators
            and text.find("(", found[index - 1].quantity.end, mention.start) != -1
            and _EQUIVALENT_GAP.fullmatch(text, found[index - 1].quantity.end, mention.start)
        ):
            kind = indicators[
                -1
            ].kind  # "23 billion tenge (US$50.8 million)": the same sum in another currency
        if (
            period is None
            and own is None
            and indicators
            and (indicators[-1].period_start or indicators[-1].period_end)
            and text.find(", with ", found[index - 1].quantity.end, mention.start) != -1
        ):
            # "Farmers have gathered 20.1 million tons, with harvesting completed on 99.5% of the
            # area": an attendant "with" clause stands when its main clause does
            period = Period(
                mention.start, quantity.end, indicators[-1].period_start, indicators[-1].period_end, False
            )
        elif (
            own is not None
            and indicators
            and own.end <= found[index - 1].start
            and text.find(", with ", found[index - 1].quantity.end, mention.start) != -1
            and any(
                found[index - 1].quantity.end <= p.start < mention.start and not p.is_comparison
                for p in facts.periods
            )
        ):
            # "In October he said the region intends to attract 720 billion in 2025, with private
            # money making up 70%": the attendant clause takes its main figure's period, not the
            # sentence's opening date of the speech
            period = Period(
                mention.start, quantity.end, indicators[-1].period_start, indicators[-1].period_end, False
            )
        if (
            indicators
            and index > 0
            and _span_or_none(period)
            and indicators[-1].period_start is not None
            and _WHICH_IS_BETWEEN.fullmatch(text, found[index - 1].quantity.end, mention.start)
        ):
            # "The industrial sector has grown 3.1 percent, which is 331.6 billion tenge": the same
            # figure told in another measure, at the period of the one it restates
            period = Period(
                mention.start, quantity.end, indicators[-1].period_start, indicators[-1].period_end, False
            )
            own = period
        total = _total_broken_down(text, breakdowns, mention, indicators, scope.last) if own is None else None
        if total is not None:
            # "Of them, 320 are in manufacturing": a part has the period of the total it divides
            period, present = replace(total, start=mention.start, end=quantity.end), False
        elif own is None and kind == "actual" and not is_change and _span_or_none(period):
            tense = _present_state(text, facts.clauses[index], mention)
            if tense is None and not indicators and _APPOSITION_AFTER_STATE.search(text, 0, mention.start):
                # "Almaty is home to the largest group, 50 companies": a verbless apposition
                # to a present clause before it takes its tense
                tense = _present_state(text, (0, facts.clauses[index][1]), mention)
            # a clause without a verb ("..., home to eight million people, or 41%") follows the figure before
            present = tense == "present" or (tense is None and previous_present)
            if present and _compared_with_a_year(facts, index):
                present = (
                    False  # "The number is 22,600, or 5.6%, higher than in 2019": the span's, not today's
                )
            if present and _share_of_span_so_far(text, facts.clauses[index], mention, period, published):
                present = False
            if present and _flow_of_span_over(text, facts.clauses[index], mention, period, published):
                present = False
            if not present and _level_reached_now(text, facts.clauses[index], mention, period, published):
                present = True  # "The city's population reached 1.4 million": the level now, not the span's
            if present and status_day is not None and status_day.end <= mention.start:
                # "As of September 19, farmers have harvested 6.9 million ha, which is 40% of the
                # planted area": a state told of the sentence's status day is that day's
                period = replace(status_day, start=mention.start, end=quantity.end)
            elif present:
                period = Period(mention.start, quantity.end, published, published, False)
        else:
            present = False
        if (
            own is not None
            and kind == "actual"
            and not is_change
            and own.end <= facts.clauses[index][0]
            and _JOINED_OR_RELATIVE.match(text, facts.clauses[index][0])
            and _states_now(text, facts.clauses[index], mention)
            # ("As of September 19, ... 6.9 million ha, which is 40% of the area": the status day's)
            and not (status_day is not None and own.start == status_day.start)
        ):
            # "Exports grew 10% in 2024, while the country's share of the market is 3%", "the plant,
            # which employs 2,000 people, produced ...": a present state in a clause of its own is
            # not dated by the other clause's period
            period = Period(mention.start, quantity.end, published, published, False)
            present = True
        if (
            kind == "actual"
            and own is None
            and period is not None
            and period.period_start is not None
            and period.period_start > published
            and not is_change
            and quantity.unit != "times"
            and facts.roles.get(index, (None, None))[0] != "from"  # an old level keeps its own dating
            and _PERFECT_AROUND.search(text, *facts.clauses[index])
        ):
            # "In 2025, another 1,900 km are to be repaired. The share of roads in good condition has
            # reached 82%": a plan's year ahead does not date what has already happened; that
            # stands at the report
            period = Period(mention.start, quantity.end, published, published, False)
        if (
            kind == "actual"
            and not is_change
            and text[:1] in "SLPNRCT"
            and (opener := _STATE_OPENER.match(text)) is not None
            and quantity.end < opener.end()
        ):
            # "Set at 2,260 metres above sea level, Shymbulak was rebuilt in 2011": where a place
            # lies or how far it stretches is a standing state, not the main clause's year
            period = Period(mention.start, quantity.end, published, published, False)
            present = True
        if (
            kind == "actual"
            and indicators
            and (indicators[-1].period_start or indicators[-1].period_end)
            and "number" in text
            and _TRUE_NUMBER_BEFORE.search(text, max(0, mention.start - 60), mention.start)
        ):
            # "registered 500,000 patients at the end of 2024, and doctors believe the true number
            # is closer to 800,000": another estimate of the same count, at the same date
            period = Period(
                mention.start, quantity.end, indicators[-1].period_start, indicators[-1].period_end, False
            )
        if kind == "actual" and (
            _NOW_LEVEL_BEFORE.search(text, max(0, mention.start - 40), mention.start)
            # "was done for 56% on 1 September, now 73%, in October planned to reach 100%"
            or _COMMA_NOW_BEFORE.search(text, max(0, mention.start - 24), mention.start)
        ):
            # "has increased by 9% since January and is now 139,000 tenge": the level "now" names is
            # today's, whatever span the change beside it took, and no change itself
            period = Period(mention.start, quantity.end, published, published, False)
            is_change = False
        if "(" in text or "month" in text or "year later" in text:
            period = _comparison_side(text, mention, period, periods, scope.period)
        if period is not None and " end of the " in text and not is_change:
            period = _at_span_end(text, facts.clauses[index], period)
        if kind == "forecast" and "roject" in text and (own is None or own.period_start is None):
            pooled = _pool_figure(text, mention, facts.clauses[index][0])
            if pooled is not None:
                # "the pool includes 67 projects worth 726.7 billion tenge that are expected to create
                # 4,600 jobs": FORMAT.md's pool rule, not the cue word: how many projects there are is
                # actual, their worth and the jobs they will create are plan, all as the pool stands
                kind = previous_kind = pooled
                period = Period(mention.start, quantity.end, published, published, False)
        previous_present = present
        own_periods.append(own)
        bases.append(bool(_BASE_OR_FROM_BEFORE.search(text, max(0, mention.start - 24), mention.start)))
        role, partner = facts.roles.get(index, (None, None))
        indicators.append(
            Indicator(
                value=_dot_thousands(text, mention) or quantity.value,
                unit=quantity.unit or "count",
                item=item,
                qualifier=qualifier,
                period_start=period.period_start if period else None,
                period_end=period.period_end if period else None,
                kind=kind,
                is_change=is_change,
                sentence=text,
                sentence_start=sentence.start,
                start_char=sentence.start + mention.start,
                end_char=sentence.start + quantity.end,
                surface=text[mention.start : quantity.end],
                role=role,
                partner=first_index + partner if partner is not None else None,
                direction=change_direction("en", text, mention.start, quantity.end) if is_change else None,
            )
        )
        # "tomatoes – by 2.9-3.5 percent, onion – by 3.5 percent": a range's high end passes the verb on
        previous_item, previous_verb_change = (
            item,
            verb_change or gapped or (previous_verb_change and role == "high"),
        )
        previous_change_share = is_change and quantity.unit == "percent"
    currency = next(
        (m.quantity.unit for m in reversed(found) if m.quantity.unit in CURRENCIES), scope.currency
    )
    next_scope = _next_scope(scope, sentence, periods, indicators, own_periods, currency, bases, published)
    if own_periods and own_periods[0] is None:
        indicators = _total_as_its_part(text, indicators)
    if len(indicators) > 1 and " of them " in text:
        indicators = _total_before_its_part(text, indicators, own_periods, published)
    if len(indicators) > 2 and " from " in text:
        indicators = _change_over_dated_levels(text, found, indicators, own_periods)
    if len(indicators) > 1 and " from " in text and may_match(_REVISED_GATE, sentence_lower(text)):
        indicators = _revised_old_levels(text, indicators, first_index)
    if "urrent " in text or "today" in text or "present " in text or "year's" in text or "year’s" in text:
        indicators = _named_levels(text, indicators, published)
    return _share_items_within_links(indicators, first_index), next_scope


# "increase transit from today's 18 million tons to 33 million in 2020", "raise the share from the
# current 31% to 38.5%": the old level named as today's is how things stand at publication
_NOW_BEFORE = re.compile(
    r"\bfrom\s+(?:the\s+)?(?:today['’]s|current|present|existing)\s+(?:level\s+of\s+)?(?:about\s+|some\s+)?(?:US\$|\$|₸)?$",
    re.I,
)
# "36% smaller than last year's 20.6 million tonnes", "up from last year's 17.2 million tons":
# a level named as last year's is that year's outcome, whatever the sentence expects of this one
_LAST_YEARS_BEFORE = re.compile(
    r"\b(?:last|the\s+previous|the\s+past)\s+year['’]s\s+(?:record\s+|level\s+of\s+)?"
    r"(?:(?:about|some|nearly|almost|over|more\s+than)\s+)?(?:US\$|\$|₸)?$",
    re.I,
)


def _named_levels(text: str, indicators: list[Indicator], published: date) -> list[Indicator]:
    """A level the sentence names as today's ("from the current 31%": actual, at publication;
    FORMAT.md: a present state) or as last year's (actual, the year before publication)."""
    named = []
    for i in indicators:
        start = i.start_char - i.sentence_start
        if _NOW_BEFORE.search(text, max(0, start - 48), start):
            i = replace(i, kind="actual", period_start=published, period_end=published)
        elif _LAST_YEARS_BEFORE.search(text, max(0, start - 48), start):
            year = published.year - 1
            i = replace(i, kind="actual", period_start=date(year, 1, 1), period_end=date(year, 12, 31))
        named.append(i)
    return named


# "revised the inflation outlook from 7.5% to 8-9% for 2024", "raised its growth forecast for 2025
# from 4.1% to 4.8%": the old level of a revised outlook, goal or plan, not a past outcome
_REVISED_FROM_BEFORE = re.compile(
    r"\b(?:revis|rais|lower|cut|upgrad|downgrad|improv|worsen|adjust|increas|reduc|lift|trimm?)\w*\s+"
    r"(?:[\w’'-]+\s+){0,4}?(?P<noun>forecasts?|outlooks?|estimates?|projections?|guidance|targets?|plans?)\b"
    r"[^.;]{0,60}?\bfrom\s+(?:(?:about|around|some|nearly)\s+)?(?:US\$|\$|₸)?$",
    re.I,
)
_REVISED_GATE = literal_gate(_REVISED_FROM_BEFORE)
_REVISED_NOUN_KIND = {"target": "target", "plan": "plan"}


def _revised_old_levels(text: str, indicators: list[Indicator], first_index: int) -> list[Indicator]:
    """The "from" level of a revised outlook, goal or plan has the kind the noun names and the
    span of the level it was revised to."""
    revised = list(indicators)
    for position, indicator in enumerate(indicators):
        if indicator.role != "from" or indicator.partner is None:
            continue
        start = indicator.start_char - indicator.sentence_start
        match = _REVISED_FROM_BEFORE.search(text, max(0, start - 160), start)
        partner = indicator.partner - first_index
        if match is None or not 0 <= partner < len(indicators):
            continue
        new_level = indicators[partner]
        kind = _REVISED_NOUN_KIND.get(match["noun"].lower().rstrip("s"), "forecast")
        revised[position] = replace(
            indicator, kind=kind, period_start=new_level.period_start, period_end=new_level.period_end
        )
    return revised


# "grew 30%, from", "has grown 1.7 times in recent years, from": a change whose levels follow
_CHANGE_THEN_FROM = re.compile(r",?\s+(?:[a-z]+,?\s+){0,4}?from\s+(?:about\s+|some\s+|nearly\s+)?", re.I)
# "... tons in 2018 to 7,400 tons", "... in 2019 and 9,400 tons": the next level of the same series
_NEXT_LEVEL = re.compile(r"\s+in\s+(?:19|20)\d\d,?\s+(?:to|and|,)\s+(?:about\s+|some\s+|nearly\s+)?", re.I)


def _change_over_dated_levels(
    text: str, found: list[Mention], indicators: list[Indicator], own_periods: list[Period | None]
) -> list[Indicator]:
    """'Output grew 30%, from 100 tons in 2019 to 130 tons in 2023': a change with no period of
    its own spans the years of the levels it is measured between, from the first to the last."""
    result = list(indicators)
    for index in range(len(found) - 2):
        change, own = indicators[index], own_periods[index]
        if change.unit not in ("percent", "times") or (own is not None and not own.is_weak):
            continue
        if not _CHANGE_THEN_FROM.fullmatch(text, found[index].quantity.end, found[index + 1].start):
            continue
        first = last = index + 1
        while (
            last + 1 < len(found)
            and indicators[last + 1].unit == indicators[first].unit
            and _NEXT_LEVEL.fullmatch(text, found[last].quantity.end, found[last + 1].start)
        ):
            last += 1
        start, end = indicators[first].period_start, indicators[last].period_end
        if last == first or start is None or end is None or end.year <= start.year:
            continue
        result[index] = replace(change, period_start=start, period_end=end)
    return result


def _total_as_its_part(text: str, indicators: list[Indicator]) -> list[Indicator]:
    """'Of the country's 77 generating companies, 19 have worn equipment': a total opening a
    breakdown with no period of its own counts at the date of its part (here the present)."""
    if len(indicators) < 2:
        return indicators
    total, part = indicators[0], indicators[1]
    offset = total.start_char - total.sentence_start
    if offset >= 40 or not _OF_TOTAL_OPENING.fullmatch(text, 0, offset) or total.kind != part.kind:
        return indicators
    return [replace(total, period_start=part.period_start, period_end=part.period_end), *indicators[1:]]


# between a total and the part that follows it: "63 projects have been approved, and 22 of them ..."
_PART_FOLLOWS = re.compile(r"[^.;:,]*,\s+(?:and\s+|while\s+)?$")
_OF_THEM = re.compile(r"\s+of\s+them\s")


def _total_before_its_part(
    text: str, indicators: list[Indicator], own: list[Period | None], published: date
) -> list[Indicator]:
    """'63 projects have been approved, and 22 of them have already received funds': a total with no
    period of its own, told in the perfect, counts up to the same day as its part done so far."""
    result = list(indicators)
    for index in range(len(indicators) - 1):
        total, part = indicators[index], indicators[index + 1]
        total_end, part_start = total.end_char - total.sentence_start, part.start_char - part.sentence_start
        part_end = part.end_char - part.sentence_start
        if (
            own[index] is None
            and total.kind == part.kind == "actual"
            and part.period_start == part.period_end == published
            and total.period_start is not None
            and total.period_end is not None
            and total.period_start < published <= total.period_end
            and _PART_FOLLOWS.fullmatch(text, total_end, part_start)
            and _OF_THEM.match(text, part_end)
            and _PERFECT_AROUND.search(text, total_end, part_start)
        ):
            result[index] = replace(total, period_start=published, period_end=published)
    return result


# "GDP grew by 9.3% over the period", "3,600 were without work during the quarter": the span the
# report covers, named by its kind, not "the period of 2024" or "the quarter when ..."
_REPORT_SPAN = re.compile(
    r"\b(?:over|in|during|for)\s+the\s+(?:(?:reporting\s+)?(?P<period>period)|(?P<quarter>quarter)|(?P<half>half[-\s]year))\b"
    r"(?!\s+(?:of|from|to|between|when|since|under|in\s+which|ending|ended|that|before|after)\b)",
    re.I,
)

_REPORT_SPAN_GATE = literal_gate(_REPORT_SPAN)  # no scan where the sentence lacks its words


def _report_span(text: str, periods: list[Period], scope: _Scope) -> list[Period]:
    """'over the period', 'during the quarter': the headline's span (else the scope's), when it is
    a span of that kind already over at publication; the narrative may have looked back since
    ("A year earlier ...")."""
    match = _REPORT_SPAN.search(text) if may_match(_REPORT_SPAN_GATE, sentence_lower(text)) else None
    if match is None or any(p.start < match.end() and match.start() < p.end for p in periods):
        return periods
    for span in (scope.headline, scope.period):
        if span is None or span.period_start is None or span.period_end is None or span.is_comparison:
            continue
        months = (
            (span.period_end.year - span.period_start.year) * 12
            + span.period_end.month
            - span.period_start.month
            + 1
        )
        fits = months == 3 if match["quarter"] else months == 6 if match["half"] else months >= 1
        if (
            fits and span.period_start < span.period_end and span.period_start.day == 1
            and (scope.published is None or span.period_end < scope.published)  # not a span to date
        ):  # fmt: skip
            found = replace(span, start=match.start(), end=match.end(), is_weak=False, is_deadline=False)
            return sorted([*periods, found], key=lambda p: p.start)
        break  # the headline's span decides when it is one; the scope only when the headline has none
    return periods


# What makes "the same period of 2024" a base rather than the period of its own clause.
# ("This figure exceeds the same period of 2023 by 10.2 percent": a verb of comparing is one too)
_COMPARING = re.compile(
    r"\d|\b(?:than|compared|against|versus|vs|relative|from|on|over|up|down|above|below"
    r"|(?:exceed|surpass|outpac|outstrip)\w*)\b",
    re.I,
)


# "and 41.3 percent " before "a year ago": a list member that is a figure alone
_DATED_MEMBER = re.compile(r"(?:and\s+)?(?:US\$|\$|₸)?\d[\d.,]*\s*(?:%|percent|per\s+cent)\s+", re.I)


def _own_same_spans(text: str, periods: list[Period], scope: Period | None) -> list[Period]:
    """'In the same period of 2024, shipments were 4.8 million tons', 'A year earlier, they were
    ...': with no figure or comparing word before it in its clause, the phrase dates its clause,
    as the article's span moved into that year."""
    marks = [m.end() for m in _CLAUSE_MARK.finditer(text)]
    if "(" in text:  # "(in the same period of 2024 – 1.1 trillion tenge)": a row aside opens a clause
        marks = sorted(marks + [aside.start() + 2 for aside in _ROW_ASIDE.finditer(text)])
    own: list[Period] = []
    for period in periods:
        if period.same_span:
            before = bisect_right(marks, period.start)
            clause_start = marks[before - 1] if before else 0
            named = [p for p in own if not p.same_span and not p.is_comparison and not p.is_weak]
            if not _COMPARING.search(text, clause_start, period.start):
                # "In January–October 2025, ... (in the same period of 2024 – 1.1 trillion)": the
                # span the sentence itself named before it, else the article's
                period = _moved_into(named[-1] if named else scope, period, text)
            elif named and before and _DATED_MEMBER.fullmatch(text, clause_start, period.start):
                # "42.8% in February 2017, 42.5% in January 2017, and 41.3% a year ago": the last
                # member of a list of figures each with its own period; a year before the latest
                latest = max(named, key=lambda p: p.period_end or date.min)
                period = _moved_into(latest, period, text)
            else:  # "down 2.1% from the same period last year": the base
                period = replace(period, is_comparison=True)
        own.append(period)
    return own


_DATELINE_DAY = (
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
    r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)(?:,?\s+(?:19|20)\d\d)?"
)
# "ASTANA.", "ASTANA, Kazakhstan, January 1." (the wire's town, country and day), or a dateline the
# splitter cut in two ("Astana." then "June 5."): the lead is the sentence after it
_DATELINE = re.compile(
    rf"[A-Z][A-Z-]+(?:\s+[A-Z][A-Z-]+)*(?:,\s+[A-Z][a-z]+)?(?:,?\s+{_DATELINE_DAY})?[.,]?"
    rf"|[A-Z][a-z]+(?:-[A-Z][a-z]+)?\.|{_DATELINE_DAY}\."
)
_SCOPE_WORDS = re.compile(r"\d{4}|\b(?:year|half|quarter|months)\b", re.I)
# "The governor reported on the results for January-August.": a yearless span of months names the
# report's span as well ("In March, the minister visited the plant." sets none)
_MONTH_SPAN_WORDS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s?(?:[-–—]|\s(?:up\s+)?to\s|\still\s|\sthrough\s)\s?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    re.I,
)


def _may_set_scope(text: str) -> bool:
    return bool(_SCOPE_WORDS.search(text)) or (
        _REPORT_GATE.search(text) is not None and _MONTH_SPAN_WORDS.search(text) is not None
    )


def _next_scope(
    scope: _Scope,
    sentence: Sentence,
    periods: list[Period],
    indicators: list[Indicator],
    own: list[Period | None],
    currency: UnitCode | None = None,
    bases: list[bool] | None = None,
    published: date | None = None,
) -> _Scope:
    """The scope after a sentence (see _moved_scope), with the sentence's last dated phrase."""
    # "took effect on April 1, and applications are now accepted. Since then, ...": the event's day,
    # not "now"
    named = next((p for p in reversed(periods) if (p.period_start or p.period_end) and not p.is_weak), None)
    moved = _moved_scope(scope, sentence, periods, indicators, own, currency, bases, published, named)
    status = _status_day(sentence.text, periods) if sentence.text[:3] in ("As ", "AS ") else None
    if status is None and _span_of(moved.period) == _span_of(scope.period):
        status = scope.status  # the status day holds until the narrative moves to another span
    last_kind = indicators[-1].kind if indicators else scope.last_kind
    reporting = scope.reporting
    if published is not None and moved.period is not scope.period:
        reporting = _reporting_year(reporting, moved.period, published)
    return replace(
        moved,
        before=sentence.text,
        status=status,
        last_kind=last_kind,
        reporting=reporting,
        published=scope.published,
    )


def _moved_scope(
    scope: _Scope,
    sentence: Sentence,
    periods: list[Period],
    indicators: list[Indicator],
    own: list[Period | None],
    currency: UnitCode | None = None,
    bases: list[bool] | None = None,
    published: date | None = None,
    named: Period | None = None,
) -> _Scope:
    """The scope after a sentence, `named` its last dated phrase. A period that opens the
    sentence (or stands in the body's first sentence) sets the scene for what follows, unless it
    dates only forecasts or targets; elsewhere the period of an actual figure moves the scope on,
    never back in time ("65 % of the housing built in the whole of 2022" does not make what
    follows a 2022 figure)."""
    if scope.lead and _DATELINE.fullmatch(sentence.text):
        return replace(scope, named=named)  # "ASTANA.": the lead is the sentence after it
    currency = currency or scope.currency
    dated = [
        i
        for i, base in zip(indicators, bases or [False] * len(indicators), strict=True)
        if (i.period_start or i.period_end) and not base
    ]
    last = Period(0, 0, dated[-1].period_start, dated[-1].period_end, False) if dated else scope.last
    listed = tuple(dated)
    ahead = scope.ahead
    if published is not None and periods:
        # a start still ahead counts too ("new scholarships from 1 September 2024. Master's
        # students will receive ..."), as a Russian or Kazakh lead's "с 1 сентября" does
        ahead = next(
            (
                # ("... GDP growth to 3.1% at the end of 2021. Inflation is forecast at 4-6%": the
                # year the forecast before was read as, not the year's last day)
                _flow_as_read(p, indicators, ("actual", "plan", "forecast", "target"))
                for p in reversed(_scene(periods))
                if (p.period_end or p.period_start or published) > published
            ),
            ahead,
        )
    candidates = [p for p in _plain(periods) if p.sets_scene and not p.same_span]
    opening = [p for p in candidates if _opens(sentence.text, p)]
    if not indicators and _REPORT_GATE.search(sentence.text):
        # "He reported on the main results of the company's activity in 2022.", "presented a report
        # on the Government's work in the past 7 months of 2017": a figureless sentence naming the
        # span whose results a report gives sets it, wherever it stands, and before the day the
        # report was given ("On September 23 the governor reported on the results for January-August.")
        results = [
            p for p in candidates if _RESULTS_OF_BEFORE.search(sentence.text, max(0, p.start - 80), p.start)
        ]
        opening = results + [p for p in opening if p not in results]
    if scope.lead:
        # the lead's other periods, but not an old level's: "grown from 65,000 in 2020 to 88,000 in 2022"
        old = {
            id(p)
            for i, p in zip(indicators, own, strict=True)
            if p is not None and _is_old_level(sentence.text, i.start_char - sentence.start)
        }
        opening += [p for p in candidates if not _opens(sentence.text, p) and id(p) not in old]
    # "11 regions grew in 11 months of 2016, compared to 8 regions last year": a base value's
    # period is no span the next sentences report in (2016's is, and what follows is 2016's too)
    base_flags = bases or [False] * len(indicators)
    actual_periods = [
        p
        for i, p, base in zip(indicators, own, base_flags, strict=True)
        if p is not None and i.kind == "actual" and not base
    ]
    scene_periods = [
        p
        for i, p, base in zip(indicators, own, base_flags, strict=True)
        if p is not None and i.kind in ("actual", "plan") and not base
    ]
    for period in opening:
        if _open_after_span(period, scope.period):
            continue  # "From January 1, the minimum wage is ...": a rate's start, not the report's new span
        if not indicators and published is not None and _wholly_ahead(period, published):
            continue  # "The scheme will be revised next year.": what is ahead dates later plans via `ahead`
        if (not indicators and not period.is_deadline) or any(p is period for p in scene_periods):
            if published is not None and _read_as_year_reached(period, indicators, published):
                # "By the end of 2024, traffic saw a 10% uptick. Over this period, 1.08 billion
                # tons were carried": the year its figures were read as, not its last day
                period = _year_reached(period) or period
            return _Scope(
                _flow_as_read(period, indicators),
                currency,
                last,
                scope.headline,
                listed=listed,
                ahead=ahead,
                named=named,
            )  # a figureless "By the end of the year, ..." sets none
    for period in reversed(actual_periods):
        if _WHERE_CLAUSE_BEFORE.search(sentence.text, max(0, period.start - 120), period.start):
            continue  # "..., where 40 breakdowns occurred over the past two years": an aside's span
        if (
            not period.is_deadline
            and not period.is_weak
            and (period.sets_scene or period.period_end != published)  # "grown by 91% in a year"
            # "cut emissions by 20% within the next five years": a span from the report on is the
            # clause's own act ahead, not a narrative span the next sentences report in
            and not (
                published is not None and period.period_start == published and period.period_end != published
            )
            and not _day_closing_span(period, scope.period)
            and (
                _not_earlier(period, scope.period, published)
                or _flow_after_stock(period, scope.period, actual_periods)
                or _earlier_report_span(sentence.text, period, own, indicators)
                or _months_to_the_month(period, scope.period)
            )
        ):
            period = _flow_as_read(period, indicators)
            return _Scope(period, currency, last, scope.headline, listed=listed, ahead=ahead, named=named)
    return _Scope(scope.period, currency, last, scope.headline, listed=listed, ahead=ahead, named=named)


_WHERE_CLAUSE_BEFORE = re.compile(r",\s+(?:where|when)\s[^,;]*$", re.I)
# ("led the country in the main macroeconomic indicators in January this year": the indicators
# the next sentences give; "reported on the plans for 2025" names what is to come, no results)
_RESULTS_OF_BEFORE = re.compile(
    # ("The indicator achieved over 9 months of the current year ...": the singular, as translated)
    r"\b(?:results\s+(?:of|for)|report(?:s|ed)?\s+on|briefed\s+(?:[\w-]+\s+){0,4}?on|indicators?)\b"
    r"(?:(?!\b(?:plans?|prospects|tasks|goals|targets|outlook|forecasts?)\b)[^.;,]){0,70}$",
    re.I,
)
_REPORT_GATE = re.compile(r"esults |report|briefed|indicator")


def _flow_as_read(
    period: Period, indicators: list[Indicator], kinds: tuple[str, ...] = ("actual",)
) -> Period:
    """'At the end of the first half of 2023, GRP amounted to ...': the half its actual figures
    (or figures of `kinds`) were read as (_stock_or_year), not its last day, is what the next
    sentences report in."""
    start = period.flow_start
    if start is None or not any(
        i.kind in kinds and i.period_start == start and i.period_end == period.period_end for i in indicators
    ):
        return period
    return replace(period, period_start=start, flow_start=None)


def _read_as_year_reached(period: Period, indicators: list[Indicator], published: date) -> bool:
    """A past year-end deadline whose actual figures were dated its whole year (_year_reached)."""
    if not _past_deadline(period, published) or period.period_end is None:
        return False
    first = date(period.period_end.year, 1, 1)
    return any(
        i.kind == "actual" and i.period_start == first and i.period_end == period.period_end
        for i in indicators
    )


def _is_old_level(text: str, start: int) -> bool:
    return bool(_FROM_BEFORE.search(text, max(0, start - 16), start))


def _open_after_span(period: Period, current: Period | None) -> bool:
    """True for a start without an end ("from January 1, 2025") when the scope is a span."""
    return (
        period.period_end is None
        and current is not None
        and current.period_start is not None
        and current.period_end is not None
        and current.period_start < current.period_end
    )


_THIRD_WORD = re.compile(r"\s*\S+\s+\S+\s+\S")


# "For the whole of 2023, ...", "Over the full year 2023, ...": the words that say the span is
# whole open the sentence with the period
_WHOLE_OF = re.compile(r"\b(?:the\s+)?(?:whole|full|entire)\s+(?:(?:calendar\s+)?year\s+)?(?:of\s+)?$", re.I)


# "At the end of two months of this year, ..." (a rendering of "по итогам двух месяцев"): the
# words that close the span open the sentence with it
_AT_THE_END_OF = re.compile(r"\b(?:at|by)\s+the\s+end\s+of\s+(?:the\s+)?$", re.I)


def _opens(text: str, period: Period) -> bool:
    """At most two words stand before the period (words saying it is whole or that close it not
    counted)."""
    start = period.start
    if (whole := _WHOLE_OF.search(text, max(0, start - 30), start)) is not None:
        start = whole.start()
    elif (closing := _AT_THE_END_OF.search(text, max(0, start - 20), start)) is not None:
        start = closing.start()
    return not _THIRD_WORD.match(text, 0, start)


def _flow_after_stock(period: Period, current: Period | None, actual: list[Period]) -> bool:
    """'As of January 1, children made up 29.9% ... SMEs produced 26.5 trillion tenge last year.
    Small enterprises accounted for 68.7% of the total': after a stock's day, a sentence whose
    every actual figure is dated by one earlier span (a year's or a quarter's flow) moves the
    narrative to that span; a day is no span that an earlier one would step back from."""
    return (
        _is_day(current)
        and period.period_start is not None
        and period.period_end is not None
        and period.period_start < period.period_end
        and all(p is period for p in actual)
    )


def _earlier_report_span(text: str, period: Period, own: list[Period | None], found: list[Indicator]) -> bool:
    """'Meanwhile, industrial output amounted to 46.4 trillion tenge (about $102.5 billion) from
    January through December 2023. Compared to 2022, it grew by 4.3 percent': a span of months
    written out with its year, dating every actual figure of its sentence, is an earlier report
    the narrative now gives, as a statistics release lays out last year after this year's months
    ("65% of the housing built in the whole of 2022" dates its figure alone: not every figure's)."""
    return (
        period.has_year
        and period.period_start is not None
        and period.period_end is not None
        and period.period_start < period.period_end
        and not period.is_comparison
        and _MONTH_SPAN_WORDS.search(text, period.start, period.end) is not None
        # every figure its own ("2.3% fewer than in January-June 2021 (1,688)" dates a base only)
        and all(p is period for i, p in zip(found, own, strict=True) if i.kind == "actual")
    )


def _months_to_the_month(period: Period, current: Period | None) -> bool:
    """ "In August 26 million tons were carried ... The volume for January-July was 145.9 million":
    the months of the year up to the month just told are the report's span again, not a look back."""
    if current is None or period.period_start is None or period.period_end is None:
        return False
    first, last = current.period_start, current.period_end
    return (
        first is not None
        and last is not None
        and first.day == 1
        and last == first + relativedelta(months=1) - timedelta(days=1)
        and (period.period_start.month, period.period_start.day) == (1, 1)
        and period.period_start.year == first.year
        and period.period_end == first - timedelta(days=1)
    )


def _day_closing_span(period: Period, current: Period | None) -> bool:
    """'For January-August 2020 ... The number of firms as of Sep. 1, 2020, amounted to 51,086':
    a stock's day within the report's span or the day right after it is the span's status day,
    no new span for the flows told after it."""
    day, first, last = period.period_start, *(_span_of(current) or (None, None))
    return (
        day is not None
        and day == period.period_end
        and first is not None
        and last is not None
        and first < last
        and first <= day <= last + timedelta(days=1)
    )


def _not_earlier(period: Period, current: Period | None, published: date | None = None) -> bool:
    if current is None:
        return True
    if (
        current.is_deadline
        and published is not None
        and current.period_end is not None
        and current.period_end > published
    ):  # a deadline still ahead ("... Harvest by Year-End" in a headline) is no span the narrative
        # reports in: "The harvest reached 808 million tons in 2022. China led with ..." is 2022's
        # ("By the end of November, 6.3 million tons had been shipped" is the span so far: kept)
        return True
    new_end, old_start = period.period_end or period.period_start, current.period_start or current.period_end
    return new_end is None or old_start is None or new_end >= old_start


def _own_period(facts: _SentenceFacts, index: int) -> Period | None:
    """The period the sentence (or its list's lead) gives the figure, comparison bases aside."""
    mention = facts.mentions[index]
    clause = _past_aside(facts.text, facts.clauses[index]) if facts.asides else facts.clauses[index]
    period = facts.attached.get(index) or _not_anothers(facts, index, _clause_period(facts, clause, mention))
    period = _since_start_told_by_when(facts, mention, period)
    if (
        period is not None
        and period.start >= clause[1]
        and _HABITUAL.search(facts.text, clause[0], mention.start)
    ):
        # "The country usually exports 6-7 million tons, but last year was a record": a habit, which
        # the later clause's year does not date
        period = None
    if period is not None and period.is_weak and _belongs_to_next(facts, index, period):
        period = None  # "grew to two million and now operates 25 flights": "now" is the 25's
    if period is not None and period.is_weak and _weak_in_a_later_clause(facts, index, period):
        # "brought in 786 bln, with the rest from passengers, which still make up": not the 786's
        period = None
    if period is not None and _opens_next_pair(facts, index, period):
        period = _period_before(facts, mention.start) or period
    if period is not None and _in_anothers_bracket(facts, index, period):
        period = _period_before(facts, mention.start)
    if period is None and facts.lead_periods:
        plain = _plain(facts.lead_periods)
        period = plain[-1] if plain else None
    if period is None:
        period = _result_deadline(facts, clause) or _level_clause_period(facts, clause)
    if period is None and mention.start < 16 and _OF_TOTAL_OPENING.fullmatch(facts.text, 0, mention.start):
        # "Of the 1,200 households, 310 received aid in November": the total of the breakdown
        # after it counts over the same span
        period = next((p for p in facts.periods if not p.is_comparison and not p.is_weak), None)
    base = _base_period(facts, index, clause) or _value_of_base(facts, index) or _bracketed_base(facts, index)
    if base is None and _same_sum_in_another_currency(facts, index):
        # "compared to 2022 (20.7 trillion tenge, or about $46 billion)": the dollars are the
        # base's own sum told again, so they are dated as the base is
        before = index - 1
        base = (
            _base_period(facts, before, facts.clauses[before])
            or _value_of_base(facts, before)
            or _bracketed_base(facts, before)
        )
    if base is not None:
        return base
    role, partner = facts.roles.get(index, (None, None))
    if period is not None and id(period) in facts.old_levels and facts.attached.get(index) is not period:
        # "from 57% in 2022 to 52%": 2022 dates the old level, the new one is the article's; but
        # "21.6 trillion in 2023, up 4.1% from 20.7 trillion in 2022, while exports came to $25.3
        # billion": the change and what follows are the year the sentence reported before the base
        return _reported_before(facts, mention.start)
    if (
        role is None
        and period is not None
        and facts.attached.get(index) is None
        and _undated_base_before(facts.text, facts.mentions, index)
    ):
        return _span_a_year_before(period) or period  # "5.2 million tons in 2023, up from 4.8 million"
    if (
        role in ("from", "to")
        and period is not None
        and partner is not None
        and facts.attached.get(index) is None
        and (years := _past_years_span(period, facts.published)) is not None
        and (partner > index) == (role == "from")
    ):
        # "Between 2006 and 2021, GDP per capita rose from 548,912 to 791,285 tenge": the old level
        # stood in the span's first year, the new one in its last
        return _edge_year(period, years[0] if role == "from" else years[1])
    if (
        role == "from"
        and period is not None
        and partner is not None
        and partner > index  # "to 2.8 million, up from 1.5 million in 2022": the year is the old level's
        and not (period.start < facts.mentions[partner].start and mention.start < period.end)
    ):
        # "from 62 to 183 in 2024": 2024 dates the new value, not the old one; "last week prices
        # went from 170 to 270 tenge": a rise within a week or a month starts in it; "the rate grew
        # from 9.75 to 10.25 percent on Jan. 25": the old level stood before that day, untold
        return _year_before(period) or (
            period if _within_a_month(period) and period.period_start != period.period_end else None
        )
    return period


_OF_WHICH_PART = re.compile(r",\s+(?:of\s+(?:which|whom|them)|out\s+of\s+which)\s", re.I)


def _whole_of_part_in(facts: _SentenceFacts, index: int, period: Period | None) -> bool:
    """After the figure come ", of which", a later figure and then a span of the same dates as
    `period` (the part's own)."""
    if period is None or period.period_start is None:
        return False
    end = facts.mentions[index].quantity.end
    link = _OF_WHICH_PART.search(facts.text, end, facts.clauses[index][1] + 16)
    if link is None or not any(other.start >= link.end() for other in facts.mentions[index + 1 :]):
        return False
    return any(
        p.start > link.end()
        and not p.is_comparison
        and (p.period_start, p.period_end) == (period.period_start, period.period_end)
        for p in facts.periods
    )


# "by 2022 the wage will increase by 20 percent and by 2025 – by two times": a period right after
# "and" that another figure follows opens the next pair, not the figure before it
_AND_BETWEEN = re.compile(r",?\s+and\s+(?:(?:in|by|for|during|until|till)\s+)?", re.I)


def _opens_next_pair(facts: _SentenceFacts, index: int, period: Period) -> bool:
    mention = facts.mentions[index]
    following = facts.mentions[index + 1] if index + 1 < len(facts.mentions) else None
    return (
        following is not None
        and period.start >= mention.quantity.end
        and following.start >= period.end
        and _AND_BETWEEN.fullmatch(facts.text, mention.quantity.end, period.start) is not None
    )


def _in_anothers_bracket(facts: _SentenceFacts, index: int, period: Period) -> bool:
    """'is expected to reach 16.5 billion cubic meters this year (in 2019 consumption made 16.3
    billion)': a period inside a bracket that holds a figure of its own dates that figure, not
    the one outside the bracket."""
    text, mention = facts.text, facts.mentions[index]
    if period.start <= mention.start or "(" not in text:
        return False
    opening = text.rfind("(", 0, period.start)
    if opening == -1 or opening < mention.quantity.end or ")" in text[opening : period.start]:
        return False
    closing = text.find(")", period.end)
    closing = len(text) if closing == -1 else closing
    return any(
        opening < other.start < closing for number, other in enumerate(facts.mentions) if number != index
    )


def _period_before(facts: _SentenceFacts, start: int) -> Period | None:
    """The last period of the sentence before `start` that may date a figure (no base, no 'now')."""
    before = [p for p in facts.periods if p.end <= start and not p.is_comparison and not p.is_weak]
    return before[-1] if before else None


# ", lifting coverage to at least 95% by 2026": a clause of the result, right after the act's
_RESULT_CLAUSE = re.compile(
    r",\s+(?:thus\s+)?(?:raising|lifting|bringing|increasing|taking|pushing|expanding)\s[^.;:]{0,80}?$", re.I
)


def _result_deadline(facts: _SentenceFacts, clause: tuple[int, int]) -> Period | None:
    """'About 1.5 million residents are to be insured, lifting coverage to 95% by 2026': an undated
    act takes the deadline of the result clause that follows it, not a year from another sentence."""
    for period in facts.periods:
        if period.start < clause[1]:
            continue
        if (
            period.is_deadline
            and not period.is_comparison
            and _RESULT_CLAUSE.search(facts.text, clause[1], period.start)
        ):
            return period
        return None  # only the first period after the clause
    return None


# "Exports grew by 12 percent, reaching 3.4 million tons in 2022": the clause of the level the
# change came to, right after it, dates the change too
_LEVEL_CLAUSE = re.compile(
    r",\s+(?:reaching|amounting\s+to|totall?ing|to\s+reach|standing\s+at)\s(?:[^.;:,]|(?<=\d)[.,](?=\d)){0,80}?$",
    re.I,
)


def _level_clause_period(facts: _SentenceFacts, clause: tuple[int, int]) -> Period | None:
    """An undated figure takes the period of the level clause that follows it (see _LEVEL_CLAUSE)."""
    for period in facts.periods:
        if period.start < clause[1]:
            continue
        if (
            not period.is_comparison
            and not period.is_weak
            and not period.is_deadline
            and _LEVEL_CLAUSE.search(facts.text, clause[1], period.start)
        ):
            return period
        return None  # only the first period after the clause
    return None


# The perfect verb stands just before the figure ("have gathered 20.1 million tons"): a bounded
# look-back keeps a sentence of thousands of figures linear.
_PERFECT_REACH = 80
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:already\s+|so\s+far\s+)?(?!been\b)[a-z]+(?:ed|en|wn|ht|lt)\b")
_PERFECT_AROUND = re.compile(
    r"\b(?:has|have)\s+(?:already\s+|so\s+far\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ht|lt)\b"
)


def _perfect_near(text: str, clause: tuple[int, int], mention: Mention) -> bool:
    """A present perfect in the figure's clause, just before or after it."""
    start, end = (
        max(clause[0], mention.start - _PERFECT_REACH),
        min(clause[1], mention.quantity.end + _PERFECT_REACH),
    )
    return "ha" in text[start:end] and bool(_PERFECT_AROUND.search(text, start, end))


def _looked_back(scope: _Scope) -> bool:
    """The narrative moved to a span that ended before the headline's began."""
    current, headline = scope.period, scope.headline
    return (
        current is not None
        and headline is not None
        and current.period_end is not None
        and headline.period_start is not None
        and current.period_end < headline.period_start
    )


# the figure's noun phrase (a relative clause included), then its perfect verb
_PERFECT_AFTER = re.compile(
    r"(?:\s+(?!(?:has|have)\b)[\w’'-]+){0,10}?\s+(?:has|have)\s+(?:already\s+|so\s+far\s+)?(?!been\b)[a-z]+(?:ed|en|wn|ht|lt)\b"
)
_OF_TOTAL_OPENING = re.compile(
    r"\s*(?:Out\s+)?[Oo]f\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+|all\s+)?(?:[\w-]+['’]s\s+)?(?:US\$|\$|₸)?"
)  # "Of the 1,200 households", "Of the country's 77 companies"
_UNDATED_BASE_BEFORE = re.compile(
    r"\b(?:up\s+from|down\s+from|compared\s+(?:to|with)|against|versus|vs\.?)\s+(?:the\s+)?(?:US\$|\$|₸)?$",
    re.I,
)


def _undated_base_before(text: str, found: list[Mention], index: int) -> bool:
    """The figure is the base of a comparison with no date of its own ("up from 4.8 million").
    "against" compares only after a figure it is set against ("1.2 trillion, against 1 trillion");
    "vaccines against 22 diseases" names what they act on."""
    start = found[index].start
    match = _UNDATED_BASE_BEFORE.search(text, max(0, start - 24), start)
    return match is not None and (index > 0 or not match.group(0).lower().startswith("against"))


_ENDED_AT_BEFORE = re.compile(
    r"\b(?:ended|closed|finished)\s+(?P<span>the\s+(?:period|year|month|week|quarter|half|day|session)\s+)?at\s+"
    r"(?:US\$|\$|₸)?$",
    re.I,
)
_QUOTED_LEVELS = {"KZT/USD", "percent", "other"}  # rates, shares and index points "close at" a level


def _ended_at(text: str, mention: Mention, unit: str | None) -> bool:
    """'ended the period at 518.14 tenge', 'the index closed at 5,610 points': a level on the last
    day of the span (a count needs the span named: "the campaign ended at 40 schools" is no level)."""
    ended = _ENDED_AT_BEFORE.search(text, max(0, mention.start - 48), mention.start)
    return ended is not None and (ended["span"] is not None or unit in _QUOTED_LEVELS)


# "against 11.9% the year before last", "versus 40 in the previous quarter": a base dated in words
_TIME_WORDS_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:in|on|at|during|over|for|the|a|last|this|previous|earlier|ago|year|month|quarter)\b",
    re.I,
)


_OVER_THE_YEAR = re.compile(
    r"\b(?:over\s+the\s+(?:past\s+)?year|year[-\s]on[-\s]year|annually|in\s+annual\s+terms|on\s+an\s+annual\s+basis"
    r"|over\s+(?:the\s+)?(?:past\s+)?(?:12|twelve)\s+months|annual\s+growth)\b",
    re.I,
)


# "904,000 tenge at the end of the month": the last day of the month (quarter, half) the figure
# is in, a stock on a day, not the whole span
_END_OF_THAT_SPAN = re.compile(
    r"\b(?:at|as\s+of|as\s+at|by)\s+the\s+end\s+of\s+the\s+(?:month|quarter|half[-\s]year|reporting\s+period)\b",
    re.I,
)


def _at_span_end(text: str, clause: tuple[int, int], period: Period) -> Period:
    """The day a stock stood on when its clause says "at the end of the month" of its span."""
    first, last = period.period_start, period.period_end
    if first is None or last is None or first == last or (last - first).days > 190:
        return period
    if not _END_OF_THAT_SPAN.search(text, *clause):
        return period
    return replace(period, period_start=last, is_deadline=False)


_YEAR_ON_YEAR_ONLY = re.compile(r"year[-\s]on[-\s]year", re.I)


def _to_date_of(scope: Period | None, deadline: Period) -> bool:
    """A deadline later in the year of a span that starts on January 1 ("by the end of September"
    in a report on January-August)."""
    if scope is None or scope.period_start is None or scope.period_end is None:
        return False
    end = deadline.period_end
    return (
        deadline.period_start is None
        and end is not None
        and (scope.period_start.month, scope.period_start.day) == (1, 1)
        and scope.period_start.year == end.year
        and scope.period_end < end
    )


def _change_to_point(text: str, clause: tuple[int, int], period: Period) -> Period:
    """'reached 41.5 trillion as of the end of 2024, up 18% over the year': a change up to a day
    covers the twelve months that end there (to June 30 for "as of July 1")."""
    first, last = period.period_start, period.period_end
    if first is None or last is None or not _OVER_THE_YEAR.search(text, *clause):
        return period
    if first == last:
        if _YEAR_ON_YEAR_ONLY.fullmatch(_OVER_THE_YEAR.search(text, *clause).group(0)):  # type: ignore[union-attr]
            # "5.7 trillion at the end of July, up 16.4% year on year": the year-earlier level is
            # the base, not the span; the change is dated at the level's day (FORMAT.md, h14, h21)
            return period
        end = first - timedelta(days=1) if first.day == 1 else first
    elif first.day == 1 and last == _month_end(first) and _STOCK.search(text, 0, clause[0] + 1):
        end = last  # "assets grew 33.5% year-on-year" in June: a stock's twelve months to June 30
    else:
        return period  # "output grew 5% year-on-year in June": June against June
    start = _same_day_in(end, end.year - 1) + timedelta(days=1)
    return replace(period, period_start=start, period_end=end)


_THAT_MONTH = re.compile(r"\bthat\s+month\b", re.I)


def _that_month(text: str, last: Period | None) -> Period | None:
    """'rose to 106.2 points that month': the month of the last dated figure before it."""
    if last is None or "month" not in text or not _THAT_MONTH.search(text):
        return None
    day = last.period_end or last.period_start
    if day is None or (last.period_start is not None and last.period_start.month != day.month):
        return None  # the last figure covers several months: "that month" is not one of them
    return Period(0, 0, day.replace(day=1), _month_end(day), False)


def _deadline_ahead(period: Period | None, published: date) -> bool:
    return (
        period is not None
        and period.period_start is None
        and period.period_end is not None
        and period.period_end > published
    )


def _past_deadline(period: Period | None, published: date) -> bool:
    """A deadline at a year's end already past: "by the end of 2018"."""
    if period is None or not period.is_deadline or period.period_start is not None:
        return False
    end = period.period_end
    return end is not None and end < published and (end.month, end.day) == (12, 31)


def _reached_by(
    facts: _SentenceFacts, clause: tuple[int, int], mention: Mention, period: Period | None, published: date
) -> bool:
    """A deadline already past with a past verb before the figure ("climbed to $44.2 billion by the
    end of November 2024"): what was reached by then, not a goal."""
    if period is None or period.period_end is None or period.period_end >= published:
        return False
    words = _VERB_WORD.findall(facts.text, max(clause[0], mention.start - 80), mention.start)[-8:]
    if _tense(words, nearest_last=True) == "past" or any(w.lower() in _SIMPLE_PASTS for w in words):
        return True
    if period.end <= mention.start and _WHEN_CLAUSE_AFTER.match(facts.text, period.end):
        return True  # "slid until 1999, when it bottomed out at 85,872": what stood then, no goal
    # "More than four million people, or 27.4%, were engaged in sport by the end of 2016": the
    # past level told after the figure, before the deadline, and no goal word between
    return _level_told_after(facts.text, mention, period)


_WHEN_CLAUSE_AFTER = re.compile(r",?\s+when\s", re.I)
# "..., were regularly engaged", "made up 15.3%": a past level told after its figure (its verb
# within a few words), with no goal or future word ("were to be engaged") before the deadline
_LEVEL_VERB_AFTER = re.compile(
    r"(?:\s+[a-z’'-]+){0,3}?,?\s+(?:was|were|stood|numbered|totall?ed|amounted|made\s+up)\b(?!\s+to\b)",
    re.I,
)


def _level_told_after(text: str, mention: Mention, period: Period | None) -> bool:
    """A deadline already past whose figure a past copula follows, after any apposition of the
    figure ("four million people, or 27.4% of the population, were ..."): a level reached."""
    if period is None:
        return False
    end = mention.quantity.end
    stop = period.start if period.start >= end else len(text)
    aside = re.match(r"[^,;()]{0,40},\s+or\s+[^,;()]{0,60},", text[end:stop])
    at = end + aside.end() - 1 if aside else end
    told = _LEVEL_VERB_AFTER.match(text, at)
    return told is not None and not _FUTURE_OR_GOAL.search(text, told.end(), stop)


# Simple pasts that are no participle: "rose to", "grew to", "fell to", "hit"; "by the end of 2024
# the sector saw a 10 percent uptick"
_SIMPLE_PASTS = {"rose", "grew", "fell", "went", "hit", "stood", "came", "saw"}


def _stock_reached(text: str, mention: Mention, period: Period | None, published: date) -> bool:
    """A stock ("reserves", "deposits") reached by a day already past: a level on that day."""
    return (
        period is not None
        and period.is_deadline
        and period.period_start is None
        and period.period_end is not None
        and period.period_end < published
        and bool(_STOCK.search(text, 0, mention.quantity.end))
    )


def _year_reached(period: Period | None) -> Period | None:
    """'By the end of 2018, exports had reached $15.7 billion': a deadline already past, for what
    happened, is the result of that year (see _past_deadline)."""
    if period is None or period.period_end is None:
        return period
    return replace(period, period_start=date(period.period_end.year, 1, 1), is_deadline=False)


def _belongs_to_next(facts: _SentenceFacts, index: int, period: Period) -> bool:
    """A 'now'/'already' after the figure with another figure after it in the clause."""
    following = facts.mentions[index + 1] if index + 1 < len(facts.mentions) else None
    # "and now operates 25 flights", "14,417 have been resolved and 302 are still being reviewed":
    # the next figure, before or after the word, is the one it speaks of
    return (
        period.start >= facts.mentions[index].quantity.end
        and following is not None
        and following.start < facts.clauses[index][1]
        # "61 schools with 74,400 places are already in operation", "644 flights a week now
        # operated on 51 routes": one subject, one "already"
        and bool(
            _JOINED.search(facts.text, facts.mentions[index].quantity.end, min(period.start, following.start))
        )
        # "591,000 tons of coal and 54,000 tons of fuel oil are already stored up": two subjects of
        # one verb, which comes after both
        and not (
            following.start < period.start
            and _NOUNS_JOINED.fullmatch(facts.text, facts.mentions[index].quantity.end, following.start)
        )
    )


_JOINED = re.compile(r"\b(?:and|while|whereas|but)\b")
# " of coal and ", " of heating oil and about ": only nouns between two figures joined by "and"
_NOUNS_JOINED = re.compile(
    r"\s+(?:of\s+)?(?!(?:is|are|was|were|has|have|had|will|be|been)\b)(?:[a-z-]+\s+){0,3}and\s+"
    r"(?:(?:about|some|over|nearly|almost|more\s+than)\s+)?",
    re.I,
)
# a relative or contrasting clause after the figure's own: its "still"/"already"/"now" is its own
_RELATIVE_AFTER_FIGURE = re.compile(r",\s+(which|who|whose|where|while|whereas|but)\b", re.I)


def _weak_in_a_later_clause(facts: _SentenceFacts, index: int, period: Period) -> bool:
    """A 'still'/'already'/'now' in a relative or contrasting clause after the figure's clause."""
    end = facts.clauses[index][1]
    if period.start < end:
        return False
    relative = _RELATIVE_AFTER_FIGURE.search(facts.text, end - 1, period.start)
    if relative is None:
        return False
    # "Astana accounts for 7 of them, which are now under construction": a "which" right after the
    # figure's own few words speaks of what the figure counts, and its "now" dates the figure
    # ("Wheat made up 1.5 million tons, which is now a record": a past figure judged today, no)
    return not (
        relative.start() <= end
        and relative.group(1).lower() in ("which", "who")
        and end - facts.mentions[index].quantity.end <= _OWN_WORDS_REACH
        and _PRESENT_STATE_VERB.search(facts.text, facts.clauses[index][0], facts.mentions[index].start)
    )


_OWN_WORDS_REACH = 24  # "7 of them", "12 new schools": the figure's counted words before its clause ends
_PRESENT_STATE_VERB = re.compile(
    r"\b(?:is|are|has|have|accounts?\s+for|holds?|counts?|includes?|numbers?|comprises?|makes?\s+up|stands?"
    r"|remains?|operates?|owns?)\b",
    re.I,
)


# "..., and 460 had already been opened at that time / by then": the day or span named before
_THAT_TIME = re.compile(
    r"\b(?:at\s+that\s+(?:time|point|date)|by\s+(?:then|that\s+(?:time|point|date)))\b", re.I
)


def _that_time(facts: _SentenceFacts, index: int) -> Period | None:
    """'As of June, 91.3 billion had been spent, and 460 facilities had already been opened at that
    time': a figure whose clause points back to a time takes the last period its sentence named before
    it (None when it named none: the words may point to an earlier sentence)."""
    mention = facts.mentions[index]
    clause = facts.clauses[index]
    if not _THAT_TIME.search(facts.text, clause[0], clause[1]):
        return None
    before = [
        p for p in facts.periods
        if p.end <= mention.start and not p.is_comparison and not p.is_weak and p.period_end is not None
    ]  # fmt: skip
    return replace(before[-1], start=mention.start, end=mention.quantity.end) if before else None


def _reported_before(facts: _SentenceFacts, start: int) -> Period | None:
    """The last period before `start` that dates a level the sentence reports (attached to a
    figure, neither an old level's nor a comparison's nor "now"): None when there is none."""
    levels = {id(p) for p in facts.attached.values()} - facts.old_levels
    before = [
        p for p in facts.periods
        if p.end <= start and id(p) in levels and not p.is_comparison and not p.is_weak
    ]  # fmt: skip
    return before[-1] if before else None


def _old_levels(text: str, found: list[Mention], attached: dict[int, Period]) -> set[int]:
    """Ids of the periods standing right after a figure that follows 'from' ("from 57% in 2022")."""
    return {
        id(period)
        for other, period in attached.items()
        if _FROM_BEFORE.search(text, max(0, found[other].start - 16), found[other].start)
    }


def _not_anothers(facts: _SentenceFacts, index: int, period: Period | None) -> Period | None:
    """None for a period found after the figure's clause in a clause that holds a figure of its
    own: "Output reached 5.2 million tons, while in 2022 it was 4.8 million" dates only 4.8."""
    clause = facts.clauses[index]
    if period is None or period.start < clause[1]:
        return period
    for other, (start, end) in enumerate(facts.clauses):
        if other != index and start <= period.start and period.end <= end:
            # "adding 100 MW at a cost of 140 billion tenge by 2028, while ... by 2030": the
            # figure's own clause names a period, though one that stands after another figure
            own = [p for p in _scene(facts.periods) if clause[0] <= p.start and p.end <= clause[1]]
            return nearest_period(
                own, clause, facts.mentions[index].start, facts.mentions[index].quantity.end
            )
    return period


def _clause_period(facts: _SentenceFacts, clause: tuple[int, int], mention: Mention) -> Period | None:
    """The period of a figure no period stands right after: the nearest in its clause, else
    before it, else after it; one attached to another figure only when no other is left."""
    if facts.dating is None:
        return _clause_period_by_scan(facts, clause, mention)
    every, strong, taken = facts.dating
    low, high = every.in_span(*clause)
    strong_low, strong_high = strong.in_span(*clause)
    has_weak = high - low > strong_high - strong_low
    # "already" yields to a period named beside it
    pool = strong if (strong_high > strong_low or not has_weak) and strong.periods else every
    if pool.free_count:
        return pool.nearest(clause, mention.start, mention.quantity.end, lambda p: id(p) in taken)
    return pool.nearest(clause, mention.start, mention.quantity.end, lambda p: False)


def _clause_period_by_scan(facts: _SentenceFacts, clause: tuple[int, int], mention: Mention) -> Period | None:
    plain = _plain(facts.periods)
    if not plain:
        return None  # most sentences: no period to choose from
    others = {id(p) for p in facts.attached.values()}
    if any(not p.is_weak and p.start >= clause[0] and p.end <= clause[1] for p in plain) or not any(
        p.is_weak and p.start >= clause[0] and p.end <= clause[1] for p in plain
    ):
        plain = [p for p in plain if not p.is_weak] or plain
    free = [p for p in plain if id(p) not in others]
    return nearest_period(free or plain, clause, mention.start, mention.quantity.end)


# "0.4% a month earlier", "(4.6% a month before)": the figure is the month before its sentence's
_MONTH_BACK_AFTER = re.compile(
    r"\s*\)?\s*(?:a|one)\s+month\s+(?:earlier|before|ago)\b|\s+(?:in|for)\s+the\s+previous\s+month\b", re.I
)
_MONTH_BACK_BEFORE = re.compile(r"[;,]\s+(?:a|one)\s+month\s+(?:earlier|before),?\s+(?:by\s+|at\s+)?$", re.I)
_YEAR_ON_AFTER = re.compile(r"(?:\s+[a-z-]+){0,2}\s+(?:a|one)\s+year\s+later\b", re.I)
_YEAR_BACK_AFTER = re.compile(r"\s+(?:a|one)\s+year\s+(?:earlier|before|ago)\s*\)", re.I)


def _month_a_year_before(period: Period) -> Period | None:
    """A whole month moved a year back: "in October ... (X a year earlier)"."""
    if not _whole_month(period):
        return None
    first, last = cast(date, period.period_start), cast(date, period.period_end)
    return replace(
        period, period_start=first.replace(year=first.year - 1), period_end=_same_day_in(last, last.year - 1)
    )


# "(13.8% in June)": a bracketed figure followed by its own period and the bracket's end
_IN_BEFORE_PERIOD = re.compile(r"\s*(?:in|for|at)?\s*", re.I)


def _comparison_side(
    text: str, mention: Mention, period: Period | None, periods: list[Period], scene: Period | None
) -> Period | None:
    """The other side of a comparison gives the figure no period of its own: "X, against Y a
    month earlier" and "X (Y a month before)" date Y a month before X; "X year on year (Y in
    June)" and "X (Y in June), while Z ..." date only Y by the bracket's month, X and Z keep the
    sentence's scene. Pure: returns the figure's period, changed or not."""
    end = mention.quantity.end
    if (
        period is not None
        and _whole_month(period)
        and (
            _MONTH_BACK_AFTER.match(text, end)
            # "rose by 0.8%; a month earlier, by 0.6%": the look back told before its figure
            or _MONTH_BACK_BEFORE.search(text, max(0, mention.start - 32), mention.start)
        )
    ):
        first = cast(date, period.period_start)
        back_end = first - timedelta(days=1)
        return replace(period, period_start=back_end.replace(day=1), period_end=back_end, is_comparison=False)
    if (
        period is not None and period.period_start is not None and period.period_end is not None
        # (the span named before it: not "a year later, in 2024", the figure's own year after it)
        and period.end <= mention.start and _YEAR_ON_AFTER.match(text, end)
    ):  # fmt: skip
        # "396 thousand tonnes in 2023 and 412 thousand tonnes a year later": the span before it, a year on
        first, last = period.period_start, period.period_end
        return replace(
            period,
            period_start=_same_day_in(first, first.year + 1),
            period_end=_same_day_in(last, last.year + 1),
        )
    opened = text.rfind("(", 0, mention.start)
    inside = opened >= 0 and text.find(")", opened, mention.start) < 0
    if inside and period is not None and _YEAR_BACK_AFTER.match(text, end):
        # "was 38.2% (36.9% a year earlier)": the bracket's figure is the sentence's span a year before
        back = _span_a_year_before(period) or _month_a_year_before(period)
        if back is not None:
            return replace(back, is_comparison=False)
    if inside:
        # the bracket's own period right after its figure: "(13.8% in June)"
        for own in periods:
            if (
                own.start >= end
                and not own.is_comparison
                and _IN_BEFORE_PERIOD.fullmatch(text, end, own.start)
                and text[own.end : own.end + 1] == ")"
            ):
                return Period(mention.start, end, own.period_start, own.period_end, False)
        return period
    if period is None or scene is None or scene.period_start is None or all(p is not period for p in periods):
        return period
    if _BASE_OR_FROM_BEFORE.search(text, max(0, mention.start - 24), mention.start):
        return period  # "up from 0.1%": a base keeps the period its comparison gave it
    left = text.rfind("(", 0, period.start)
    if left < 0 or text.find(")", left, period.start) >= 0 or text.find(")", period.end) < 0:
        return period  # the period is not in a bracket (the figure is outside any: see above)
    if not any(c.isdigit() for c in text[left : period.start]):
        return period  # "(in June)": a bracket that dates the figure itself
    return Period(mention.start, end, scene.period_start, scene.period_end, False)


_CHANGE_VERB = re.compile(
    r"\b(?:ris(?:e|es|ing)|rose|rais(?:e|es|ed|ing)|increas\w*|decreas\w*|grow\w*|grew|fall\w*|fell|drop\w*|"
    r"declin\w*|reduc\w*|cut\w*|mov(?:e|es|ed)|went|go(?:es)?\s+(?:up|down)|shrink\w*|climb\w*|jump\w*"
    r"|expand\w*|boost\w*)\b",
    re.I,
)


def _kind_of(
    facts: _SentenceFacts,
    index: int,
    period: Period | None,
    previous_kind: str | None,
    published: date,
    as_level: bool = True,
) -> str:
    mention = facts.mentions[index]
    if (
        as_level
        and facts.roles.get(index, (None,))[0] == "from"
        and _CHANGE_VERB.search(facts.text, 0, mention.start)
    ):
        return "actual"  # "will rise from 10.9% to 16.1%": the starting level is where things stand
    clause = _past_appositions(facts.text, facts.clauses[index], facts.asides)
    joined = facts.text.rfind(" and ", clause[0], mention.start)
    if (
        joined != -1
        and _AND_SUBJECT.fullmatch(facts.text, joined, mention.start)
        and any(clause[0] <= cue[0] < joined for cue in facts.cues)
        and any(
            mention.quantity.end <= cue[0] < clause[1] and cue[3] and facts.text[cue[0] : cue[1]] != "being"
            for cue in facts.cues
        )
    ):
        # "financing will exceed 700 billion tenge and about 2.2 million square metres are to be
        # commissioned": after "and" a new subject has a verb of its own
        clause = (joined + 1, clause[1])
    elif joined != -1 and _coordinated_past(facts, clause, joined, mention):
        clause = (joined, clause[1])
    clause = _contrast_cut(facts.text, clause, mention)
    if _COMMA_NOW_BEFORE.search(facts.text, max(0, mention.start - 24), mention.start):
        return "actual"  # "was done for 56%, now 73%, in October planned to reach 100%": the level now
    if _WHOLE_OF_BEFORE.search(
        facts.text, max(0, mention.start - 8), mention.start
    ) and _PART_DONE_AFTER.match(facts.text, mention.quantity.end):
        return "plan"  # "of 444,000, 249,000 new jobs have already been created": the whole planned
    listed = _list_verb(facts, clause, mention)
    if listed is not None:
        return listed
    if (
        previous_kind is not None
        and previous_kind != "actual"
        and _PARTICIPLE_OPENING.match(facts.text, clause[0])
        and _lives_in_a_place(facts.text, mention)
        and _PLACE_OWN_BEFORE.search(facts.text, max(0, mention.start - 40), mention.start)
    ):
        return "actual"  # "..., ensuring care for the city's 200,000 residents": the people there now
    if (
        previous_kind is not None
        and _PARTICIPLE_OPENING.match(facts.text, clause[0])
        and facts.text[: clause[0]].endswith(",")
        and not any(clause[0] <= cue[0] < clause[1] for cue in facts.cues)
    ):
        # "467 had been completed, giving 80,000 residents access", "will lay 200 km of pipes,
        # connecting 30 villages": a participle clause with no cue tells the result of the clause
        # it hangs on, with that clause's kind
        return previous_kind
    cues = facts.cues
    if " of " in facts.text:
        # "96 of the 188 measures scheduled so far have been completed": the participle dates the
        # whole counted against (188), not the part before it
        end = mention.quantity.end
        cues = [
            c for c in cues
            if not (c[0] >= end and facts.text.endswith("ed", c[0], c[1])
                    and _COUNTED_WHOLE_BEFORE.search(facts.text, max(end, c[0] - 48), c[0]))
        ]  # fmt: skip
    cues = _without_subject_relative(facts.text, cues, clause, mention)
    if _verb_before_governs(facts.text, cues, clause, mention):
        return "actual"
    kind = ctx.kind_of(
        cues,
        clause,
        (mention.start, mention.quantity.end),
        bool(period and period.is_deadline) and not _reached_by(facts, clause, mention, period, published),
        previous_kind,
        facts.lead_cues,
    )
    if (
        kind != "actual"
        and _opens_own_clause(facts.text, clause[0])
        and _states_own_fact(facts, clause, mention)
    ):
        return "actual"
    if kind != "actual" and _relative_states(facts, clause, mention):
        return "actual"
    if kind == "actual" and (_worth_of_a_project(facts, mention) or _length_of_a_project(facts, mention)):
        return "plan"
    if kind == "actual" and _names_what_is_to_be_built(facts.text, facts.clauses[index], mention):
        return "plan"
    if kind == "actual" and _BUILDING_BEGUN_ON.search(facts.text, max(0, mention.start - 80), mention.start):
        return "plan"  # "Construction has begun on a 20,000-km network": the size of what is being built
    if kind in ("plan", "forecast") and _lives_in_a_place(facts.text, mention):
        return "actual"
    return kind
