"""extract_indicators: every reported figure in an article body, with its sentence and span."""

from __future__ import annotations

import re
from datetime import date
from typing import cast

from etl.extract import context as ctx
from etl.extract.article_scope import (
    _PLACE_REACH,
    _carried,
    _day_interrupts,
    _done_beside_plan,
    _lead_cues,
    _lead_periods,
    _may_set_scope,
    _moved_into_this_year,
    _next_scope,
    _own_same_spans,
    _paragraph_before,
    _report_span,
    _resumed,
    _span_so_far,
    _this_year_is_the_span,
    _title_scope,
    _with_the_done_part,
    lead_span_so_far,
)
from etl.extract.carried_spans import Span, named_spans
from etl.extract.change_cues import (
    _DASH_MEMBER,
    _GAPPED_BY,
    _VERB_TO_LEVEL,
    _is_change,
)
from etl.extract.clause_reading import (
    _AWARDED_AFTER,
    _COMMA_NOW_BEFORE,
    _JOINED_CLAUSE,
    _JOINED_OR_RELATIVE,
    _MONEY_NEEDED_AFTER,
    _SET_ASIDE_TO_BUILD,
    _SET_ASIDE_TO_BUILD_HOLDING,
    _blanked,
    _cost_of_work_to_come,
    _days_reached,
    _figureless_asides,
    _lives_in_a_place,
    _past_appositions,
    _states_own_fact,
)
from etl.extract.comparison_base import (
    _BASE_OR_FROM_BEFORE,
    _BREAKDOWN,
    _MAY_BREAK_DOWN,
    _OF_NAMED_WHOLE,
    _OF_THEM_AFTER,
    _OF_THIS_OPENING,
    _PARTS_OPENING,
    _WHICH_IS_BETWEEN,
    _ahead,
    _past_base,
    _plan_span_named_last,
    _pool_figure,
    _relative_clause_head,
    _told_in_past,
    _total_broken_down,
)
from etl.extract.cyrillic import LANGUAGE_DATA, extract_cyrillic_indicators
from etl.extract.cyrillic_numbers import reader_for
from etl.extract.cyrillic_periods import find_cyrillic_periods
from etl.extract.direction import change_direction
from etl.extract.en_tense import told_ahead_only
from etl.extract.figure_clause import (
    _clause_marks,
    _clause_span,
    _left_of,
    _right_of,
)
from etl.extract.figure_items import _item_of, _share_items_within_links
from etl.extract.figure_kind import _DUTY_TO_PAY_BEFORE, _kind_of
from etl.extract.figure_links import _link_ranges
from etl.extract.figure_period import (
    _PASSIVE_PERFECT_FROM,
    _PERFECT,
    _PERFECT_AFTER,
    _PERFECT_AROUND,
    _PERFECT_REACH,
    _TIME_WORDS_AFTER,
    _at_span_end,
    _change_to_point,
    _comparison_side,
    _deadline_ahead,
    _ended_at,
    _level_told_after,
    _looked_back,
    _old_levels,
    _own_period,
    _past_deadline,
    _perfect_near,
    _stock_reached,
    _that_month,
    _that_time,
    _to_date_of,
    _undated_base_before,
    _whole_of_part_in,
    _year_reached,
    perfect_deed_near,
)
from etl.extract.indicator_record import Indicator
from etl.extract.item_roles import settle_items
from etl.extract.kind_cues import (
    _ALLOCATING,
    _ALLOTTED_AFTER,
    _APPOSITION_AFTER_STATE,
    _BUDGET,
    _BUILDING_UNDER_WAY,
    _BUILT_ALREADY,
    _BUILT_SIZE_UNITS,
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
    _FUTURE_AFTER_CONDITION,
    _GIVEN_AFTER,
    _HARM_ASSESSED,
    _HELD_AFTER,
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
    _SAID_TO_BE_EXPECTED,
    _SHARE_DONE_AFTER,
    _SPENDING_WILL_BEFORE,
    _STATE_OPENER,
    _TRUE_NUMBER_BEFORE,
    _UNDER_WAY,
    _USED_AFTER,
    _VALUED_PROJECT_AFTER,
    _WILL_CHANGE_BEFORE,
    _WORKS_DONE_IN,
    _WORKS_FUNDED_BETWEEN,
    _WORTH_OR_CAPACITY_BEFORE,
    _announced_measure,
    _buildings_under_way,
    _capacity_of_buildings_under_way,
    _capacity_of_unfinished,
    _done_before_plan,
    _dot_thousands,
    _funds_drawn_for_works,
    _glued_size_of_a_thing,
    _in_force,
    _named_base_kind,
    _of_what_is_to_come,
    _output_of_projects_in_preparation,
    _rate_set_now,
    _set_aside_by_an_act,
    _set_for_a_span_ahead,
    _set_payment,
    _share_of_a_planned_whole,
    _share_of_the_figure_before,
    _span_ahead,
    _whole_set_aside,
    _year_under_way,
    payment_will_change,
)
from etl.extract.languages import detect_language
from etl.extract.literal_gates import may_match, sentence_lower
from etl.extract.mentions import Mention, mentions
from etl.extract.numbers import HALF_MULTIPLIERS
from etl.extract.period_index import PeriodIndex, ordered
from etl.extract.period_references import (
    _as_of_same_date,
    _from_same_date,
    _from_scope,
    _named_in,
    _respective_periods,
    _same_period,
    _since_then,
    _since_to_the_day_before,
    _since_undated,
    _that_period,
    _this_figure,
    since_event_in_year,
)
from etl.extract.period_shapes import (
    _is_day,
    _plain,
    _point_or_month,
    _span_a_year_before,
    _span_of,
)
from etl.extract.periods import Period, find_periods, opens_on_span_over_this_year
from etl.extract.places import Figure as PlacedFigure
from etl.extract.places import article_place, dateline_end, figure_place
from etl.extract.plan_year_deeds import (
    kk_deeds_under_a_plan_year,
    names_a_period,
    present_deeds_under_a_plan_year,
)
from etl.extract.predicate import plan_figure
from etl.extract.present_state import (
    _AND_THE_OF,
    _STOCK,
    _allowed_by_a_rule,
    _apposed_tense,
    _compared_with_a_year,
    _compound_adjective,
    _current_level,
    _flow_of_span_over,
    _level_raised_by_then,
    _level_reached_now,
    _level_reported_now,
    _open_start,
    _present_state,
    _share_of_span_so_far,
    _since_levels,
    _span_or_none,
    _states_now,
    _stock_or_year,
    _wholly_ahead,
    held_with_the_things_before,
    year_back_change_beside,
)
from etl.extract.progress_to_date import (
    _AHEAD_KINDS,
    _ALREADY,
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
    done_before_the_years_plan,
    done_part_in_the_years_plan,
)
from etl.extract.reading_state import _attached_periods, _Scope, _SentenceFacts, _spread_shares_its_period
from etl.extract.records import replace
from etl.extract.sentence_passes import (
    _REVISED_GATE,
    _change_over_dated_levels,
    _members_of_a_breakdown,
    _named_levels,
    _revised_old_levels,
    _total_as_its_part,
    _total_before_its_part,
)
from etl.extract.sentences import Sentence, split_sentences
from etl.extract.shared_units import list_units
from etl.extract.tables import CellFigure, CellReader, PeriodReader, TableFigure, masked, read_tables
from etl.extract.unit_carrying import (
    _carry_currency,
    _carry_list_scale,
    _carry_measure,
    _carry_named_terms,
    _carry_shared_unit,
    _exchange_rates,
)
from etl.extract.units import CURRENCIES, UnitCode

# bump when output changes: refresh then re-extracts every article
EXTRACTOR_VERSION = (
    "4.4+ru-kk.6+en7+rk7+en8+h6+rk8+en9+kk10+en10+ru10+en11+ru11+kk11+items+ru12+en12+teu+ru13+kk12+founded"
    "+ru14+kk13+en14+cyper+en13+mult+ru15+en15+kk14+ru16+kk15+en16+kk16+ru17+en17+kk17+ru18+enk+en18+kk18+en19+ru19+rdcy+rden+ru18r+alloc+enalloc+kkpool+kr+now+qto+kindkk+kkrng+item+cm+sign+itemv+place+dir+m+p7+kkp7+ruc7+item7+rate+forms7+kkc7+to+crk8+fen8+kind8+messy8+item8+ahead+lab8+tbl9+fs31en+fs31ru+tbl10+fs31kk+real10+told9+x12+x12t+real11kk+real11ru+real11en+goals+real12ru+real13ru+real13kk+real13en+real14ru+real14kk2+real14ru2+items14+from14+real15ru+real14en+real14kk+pub14+real15kk+part14+items15+lead14+real16en+real15en+real16kk+real16ru+cat14+real17kk+real17en+real17ru+old17+items16+real18kk+real18ru+old17r+real19kk+carry18+real18en+real19ru+real19en+real20en+real20ru+real20kk+kind20en+real20ru2+real21kk+real20kk2+screen20+real21ru+real21en+real22kk+real22kk2+real22en+real22ru+kind21en+real23kk+real22ru2+real23ru+kind22en+real23en+real24en+real23enr+real24kk+real25en+real25ru+kind23kk+kind23en+real26en+real26kk+real26ru+kind23ru+items21+real27en+units21+units22+kind23rf+real27ru+kind24en+real28en+real27kk+items22+units22r+real29ru+kind25en+units23+real29kk+kind25ru+kind25kk+fs35kk+fs35en+fs35ru+fs35en2+fs35kk2+fs33en+fs33kk+fs33ru+fs33kk2+fs33en2+fs33ru2+fs35rf+fs30en+fs30kk+fs30ru+fs38en+fs38kk+fs38ru"
    "+fs30kk2+fs38rk+fs39en+fs39ru+fs39kk+kkpo+rk2+fs40kk+ps41kk+ps41en+ps41ru+fs40ru+fs40en+ps43en+stg+ps43kk+ps43ru+fs41kk+fs41ru+fs41en+ps42en+ps42kk+ps42ru+fs42en+fs42ru+fs42kk+tdpp+s19+s20+s21+s22"
)


# words one of which a sentence about buildings under way holds ("are being built", "under
# construction", "crews are building 191 houses"): no pattern scan without one
_UNDER_WAY_WORDS = (
    "being",
    "under",
    "progress",
    "ongoing",
    "building",
    "constructing",
    "repairing",
    "renovating",
)


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
        found = extract_cyrillic_indicators(prose, published, language, title)
        if language == "kk":
            found = kk_deeds_under_a_plan_year(found, prose, title, published)
    else:
        found = _awards_made(
            _counts_to_build(_english_indicators(prose, published, title, language), published)
        )
        found = done_before_the_years_plan(present_deeds_under_a_plan_year(found, published), published)
        found = done_part_in_the_years_plan(found, published)
    # imported here: those modules build on the Indicator records this one defines
    from etl.extract.old_levels import old_and_new_levels
    from etl.extract.told_day import dated_on_the_day_told, present_changes_going_on

    # each sentence's days of telling, read once for the two told-day passes (about 2 of 3 asks repeat)
    days_told: dict[str, frozenset[date]] = {}
    found = dated_on_the_day_told(
        old_and_new_levels(found, published, language), published, language, days_told
    )
    if language not in ("ru", "kk"):
        found = held_with_the_things_before(
            present_changes_going_on(found, prose, published, days_told), published
        )
    from etl.extract.plan_lead import undated_past_deeds

    found = undated_past_deeds(found, prose, title, published, language)
    return with_places(_with_table_figures(found, tables.figures), body, title, language)


def _counts_to_build(found: list[Indicator], published: date) -> list[Indicator]:
    """'600 million tenge was allocated to build 10 clinics', '69.4 billion tenge to rebuild 107 km
    of networks': what money set aside or needed is to pay for (how many, how long, how large) is
    planned, unless its own span is over; so is the money a work still needs ("125.6 billion tenge is
    needed to build"). Settled after the sentence readers, so the kind does not move the span the
    next sentences carry."""
    settled = []
    for indicator in found:
        left = indicator.start_char - indicator.sentence_start
        right = indicator.end_char - indicator.sentence_start
        # (the words first: the span test reads the sentence's periods again, and few figures get past
        # the words)
        if (
            indicator.kind == "actual"
            and (
                (
                    indicator.unit not in CURRENCIES
                    and indicator.unit not in ("percent", "percentage_point", "times")
                    and (
                        _SET_ASIDE_TO_BUILD.search(indicator.sentence, max(0, left - 120), left)
                        or (
                            _HELD_AFTER.match(indicator.sentence, right)
                            and _SET_ASIDE_TO_BUILD_HOLDING.search(
                                indicator.sentence, max(0, left - 160), left
                            )
                        )
                    )
                )
                or (indicator.unit in CURRENCIES and _MONEY_NEEDED_AFTER.match(indicator.sentence, right))
            )
            and (
                indicator.period_end is None
                or indicator.period_end >= published
                # ("Earlier, 2.6 billion was allocated for building a 100-bed centre" under a carried
                # span already over: the span is the article's, the centre is still to be built)
                or (indicator.unit not in CURRENCIES and not names_a_period(indicator.sentence, published))
            )
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


def _starting_level_of_a_change_ahead(facts: _SentenceFacts, index: int) -> bool:
    """ "is expected to climb from 16 to 42", "plans to raise the share from 60% to 75%": the level a
    change still ahead starts from is where things stand at the report."""
    if facts.roles.get(index, (None, None))[0] != "from":
        return False
    start = facts.clauses[index][0]
    # (a goal's old level keeps no period: tests/test_fs40en_classes.py)
    return any(
        start <= cue[0] < facts.mentions[index].start and cue[2] in ("plan", "forecast") for cue in facts.cues
    )


def _past_months_of_the_report(own: Period, scope: Period | None, published: date) -> bool:
    """A rolling "past N months" up to publication under an article span from 1 January of N months."""
    if scope is None or scope.period_start is None or scope.period_end is None or own.period_start is None:
        return False
    if own.period_end != published or own.period_start.day != published.day:
        return False
    months = (published.year - own.period_start.year) * 12 + published.month - own.period_start.month
    return (
        scope.period_start == date(scope.period_end.year, 1, 1)
        and scope.period_end.month == months
        and scope.period_end.year in (published.year, published.year - 1)
    )


_PAST_MONTHS = re.compile(r"(?:\w+\s+)?the\s+(?:past|last)\s+\w+\s+months\b", re.I)
_SO_FAR_WORDS = re.compile(r"\b(?:so\s+far|to\s+date|already)\b", re.I)


def _project_years_ahead(own: Period, published: date) -> bool:
    """A span of several years of its own, ending after the report."""
    return (
        own.period_start is not None
        and own.period_end is not None
        and not own.is_deadline
        and own.period_start.year < own.period_end.year
        and own.period_end > published
    )


# a list's lead telling in the present what a whole is made of: "The specialised network serving them
# consists of:", "The region's fleet includes:" (its items are how things stand now)
_LEAD_HOLDS_NOW = re.compile(
    r"\b(?:consists?\s+of|includes|comprises|is\s+made\s+up\s+of|there\s+are|numbers|counts)\s*(?:the\s+following\s*)?:\s*$",
    re.I,
)
_BREAKDOWN_OPENING = re.compile(r"(?:Of\s+(?:these|them|this|which)|Including)\b", re.I)


def _table_readers(language: str, published: date) -> tuple[CellReader, PeriodReader]:
    """The language's own readers of a figure and of a period, for the cells of a table."""
    if language in ("ru", "kk"):
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
    title_scope = _title_scope(title, published)  # read once: the loop starts from it, the end reads it
    scope = title_scope
    report_span = _span_so_far(scope.headline, published)  # "in 11 months", "January-November"
    named: dict[str, Span] = {}  # documents and works named with their years (carried_spans.py)
    works: tuple[Span, int] | None = None  # "During construction ...": its span, in its paragraph
    for sentence in split_sentences(body):
        previous = results[-1].item if results else None  # for "5 of them" opening a sentence
        if scope.resume is not None and sentence.paragraph != scope.paragraph:
            scope = _resumed(scope, sentence, published)
        before = scope
        found, scope = _sentence_indicators(sentence, published, len(results), previous, scope)
        found, works = _carried(sentence, found, named, works, published, before.year, before.before)
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
            report_span = lead_span_so_far(scope.period, sentence.text, published)
        if not found:
            scope = _moved_into_this_year(scope, sentence.text, published)
        named.update(named_spans(sentence.text))
        if scope.period is not before.period:
            scope = _day_interrupts(scope, before, sentence.paragraph, published)
        elif before.resume is not None or (before.paragraph >= 0 and _is_day(scope.period)):
            # (the paragraph that set the day is kept while the day holds: "reached 28.6% as of
            # December 2025" in the lead, then "has approved a pool of 94 projects" two paragraphs on)
            scope = replace(scope, resume=before.resume, paragraph=before.paragraph)
        results.extend(found)
    # imported here: that module builds on the Indicator records this one defines
    from etl.extract.lead_span import dated_by_a_later_span, restated_later

    results = restated_later(results, published)
    # a headline naming no period (or only the year so far) leaves the lead's figures to a later span
    headline = title_scope.headline
    year_so_far = (date(published.year, 1, 1), published)
    if headline is None or (headline.period_start, headline.period_end) == year_so_far:
        results = dated_by_a_later_span(results, published, "en")
    return results


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


# "has dropped from 45% to ", "has dropped from 45% to 39%, and that of poultry from 51% to ": the new
# level of a change in the perfect, or of a gapped second pair of the same change
_PERFECT_FROM_TO_BEFORE = re.compile(
    r"\b(?:has|have)\s+(?:now\s+)?(?:fallen|dropped|declined|decreased|risen|grown|increased|climbed|shrunk)\s+"
    r"from\s+[^,;]{1,30}?\s+to\s+(?:[^,;]{1,30}?,\s+and\s+(?:that|those)\s+of\s+[a-z\s]{1,30}?from\s+[^,;]{1,30}?\s+to\s+)?"
    r"(?:(?:about|around|nearly|almost|over)\s+)?(?:US\$|\$|₸)?$",
    re.I,
)
# "for the purpose", "for these purposes": what the sentence before named (the money of the sentence
# that says so, whichever clause)
_FOR_THAT_PURPOSE = re.compile(r"\bfor\s+(?:the|this|that|these|those)\s+purposes?\b", re.I)


def _sentence_periods(
    text: str, found: list[Mention], scope: _Scope, published: date
) -> tuple[list[Period], list[tuple[int, int]]]:
    """The periods a sentence names, with those it names by reference to the scope ("over the
    same period", "since then") read, and its figureless asides (dropped from the periods)."""
    year = scope.year
    if (
        year is not None
        and year < published.year
        and (told_ahead_only(text) or opens_on_span_over_this_year(text, published))
    ):
        # ("Last year ... . In the second half of the year the firm will invest"; "Last year ... . In
        # January-June, sales grew by 23%", told in August)
        year = published.year
    periods = find_periods(text, published, year) if found or _may_set_scope(text) else []
    if scope.last is not None and found:
        periods = _same_period(text, periods, scope.last, scope.period)
        periods = _as_of_same_date(text, periods, scope.as_of)
        periods = _from_same_date(text, periods, scope.opened)
        periods = _this_figure(text, periods, scope.last)
    if found and ("hat " in text or "same " in text):  # "that period", "the same horizon"
        periods = _that_period(text, periods, scope.before, published, scope.year)
    if found and "the " in text and (scope.headline is not None or scope.period is not None):
        periods = _report_span(text, periods, scope)
    if found and "then" in text:
        named = scope.named or _named_in(scope.before, published, scope.year)
        periods = _since_then(text, periods, named, published)
    if found and "ince " in text:
        periods = since_event_in_year(text, _since_undated(text, periods, published), published)
    if found and any(p.same_span for p in periods):
        periods = _own_same_spans(text, periods, scope.period)
    asides = _figureless_asides(text, found) if found and ", " in text else []
    if asides:
        periods = [p for p in periods if not any(a <= p.start and p.end <= b for a, b in asides)]
    if found and any(p.is_deadline for p in periods):
        periods = _days_reached(text, periods, published)
    return periods, asides


def _settle_units(text: str, found: list[Mention], currency: UnitCode | None) -> None:
    """Each figure's unit where its words leave it unsaid: the scope's currency, a list's shared
    unit or measure, an exchange rate (in place, as the carrying readers do)."""
    _carry_named_terms(text, found)
    _carry_currency(text, found, currency)
    _carry_shared_unit(text, found)
    if len(found) > 1:
        _carry_list_scale(text, found)
        _carry_measure(text, found)
    for index, unit in list_units(text, [m.quantity for m in found]).items():
        found[index].quantity = replace(found[index].quantity, unit=cast(UnitCode, unit))
    _exchange_rates(text, found)


# "with a capacity of", "a length of about": the size of one thing named before its figure
_SIZE_OF_A_THING_BEFORE = re.compile(
    r"\b(?:a|an|the|its|their|total)\s+(?:design\s+|installed\s+|total\s+|combined\s+)?(?:capacity|length|area)\s+of\s+"
    r"(?:(?:about|around|over|some|nearly|almost|approximately|up\s+to|more\s+than)\s+)?$",
    re.I,
)
# a plant being prepared or built, then the words of its size: "is preparing a new solar plant whose
# first stage may reach ", "are building a wind farm that will have a capacity of "
_PLANT_IN_THE_WORKS_BEFORE = re.compile(
    r"\b(?:preparing|building|constructing|designing|developing)\s+(?:a|an|the)\s+(?:new\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:plant|station|farm|park)\s+(?:whose|that|which)\b[^.;,]{0,60}$",
    re.I,
)
# "compared with ", "against ", "up from ": the level a figure before is set against
_COMPARED_WITH_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|against|versus|(?:up|down)\s+from)\s+(?:(?:about|around|nearly|almost)\s+)?(?:US\$|\$|₸)?$",
    re.I,
)
# ", while", ", whereas", ", but", "; ": what follows tells another part of its own
_CONTRAST_AFTER = re.compile(r",\s+(?:while|whereas|but)\b|;\s")


def _cue_before_a_contrast(text: str, cues: list[ctx.Cue], end: int) -> bool:
    """A kind cue in the sentence before the first contrast after the figure ending at `end`."""
    contrast = _CONTRAST_AFTER.search(text, end)
    limit = contrast.start() if contrast else len(text)
    return any(cue[0] < limit for cue in cues)


def _sentence_indicators(
    sentence: Sentence, published: date, first_index: int, previous_item: str | None, scope: _Scope
) -> tuple[list[Indicator], _Scope]:
    text = sentence.text
    found = mentions(text)
    periods, asides = _sentence_periods(text, found, scope, published)
    if not found:
        return [], _next_scope(scope, sentence, periods, [], [], published=published)
    _settle_units(text, found, scope.currency)
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
        lead_states_now=bool(sentence.lead and _LEAD_HOLDS_NOW.search(sentence.lead)),
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
    current_before = False  # the previous figure was a level the text calls current
    previous_kind: str | None = None  # the previous figure's kind as its words gave it
    own_periods: list[Period | None] = []
    bases: list[bool] = []  # "against 2.3 million ...": a comparison's base, not what the sentence reports
    # where "Of these, ...", "including" end; the substring test spares most sentences the search
    breakdowns = [m.end() for m in _BREAKDOWN.finditer(text)] if _MAY_BREAK_DOWN.search(text) else []
    if scope.status is None and (
        opening := _OF_THIS_OPENING.match(text)
        # ("13 projects worth 337 billion, to create 3,400 jobs. They include a plant to make 70,000
        # cars": the members of a plan, not the parts of a whole told done, keep their own reading)
        or (_PARTS_OPENING.match(text) if scope.last_kind == "actual" else None)
    ):
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
    # "1.6 trillion tenge in pensions has been paid since January. Of this amount, 506 billion has
    # been allocated for basic pensions": a share of money told paid out is paid out too
    of_this_done = scope.last_kind == "actual" and bool(_OF_THIS_OPENING.match(text))
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
        if (
            quantity.unit == "times"
            and " ".join(text[mention.start : quantity.end].lower().split()) in HALF_MULTIPLIERS
        ):
            is_change = True  # "must be cut by half": the multiplier of a cut is its change (FORMAT.md)
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
        if (
            own is not None
            and period is not own
            and indicators
            and indicators[-1].period_start is not None
            and indicators[-1].period_start == indicators[-1].period_end
            and _COMPARED_WITH_BEFORE.search(text, max(0, mention.start - 32), mention.start)
        ):
            # "reached 28.6% as of December 2025, compared with 25.9% at the end of 2024": the level
            # a stock at a day is set against is a stock too, at the day the year ended
            period = own
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
        if (
            own is not None
            and own is period
            and _PAST_MONTHS.match(text, own.start)
            and _past_months_of_the_report(own, scope.period, published)
        ):
            # "In January-October industry grew 6.3%. Over the past ten months, ...": the months of
            # the report the article opened with, not ten months rolled back from the day it came out
            period = replace(cast(Period, scope.period), start=own.start, end=own.end)
        if own is not None and own.is_weak and _open_start(scope.period, published):
            period = scope.period  # "now amounts to 35,596 tenge" in a report on rates set from Jan. 1
        kind = _kind_of(facts, index, own, previous_kind, published)
        if (
            kind == "actual"
            and own is not None
            and _project_years_ahead(own, published)
            and not _cue_in(facts.cues, facts.clauses[index])
            and not _SO_FAR_WORDS.search(text)
            and quantity.unit in _BUILT_SIZE_UNITS
        ):
            # "Bakhty – Ayagoz, 295 km (2025–2027)": the size of a work whose years run on past the
            # report, with no verb of its own, is what the project is to build (FORMAT.md: plan)
            kind = "plan"
        if done_already and kind != "actual" and not _cue_in(facts.cues, facts.clauses[index]):
            kind = "actual"  # "intends to plant 195,000 trees, and 128,000 of them are already in the ground"
        if (
            kind == "actual"
            and own is None
            and (
                parts_of_earlier
                or (of_them_earlier and not _cue_before_a_contrast(text, facts.cues, quantity.end))
            )
            and (not _OF_A_WHOLE.match(text, quantity.end) or _OF_NAMED_WHOLE.match(text, quantity.end))
        ):
            # "The additional revenue comprises 58.4 billion tenge in taxes, ...": the earlier sum's kind
            # ("Of this amount, 6.8 billion comes under the programme, while 2.6 billion has been
            # spent": a deed told past a contrast leaves this part the whole's)
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
            own is not None
            and own is period
            and _to_date_of(scope.period, own)  # (the cheap tests first: few figures pass them)
            and (is_change or _VERB_TO_LEVEL.search(text, max(0, mention.start - 48), mention.start))
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
                    and (
                        not _LEVEL_BEFORE.search(text, max(0, mention.start - 40), mention.start)
                        # "a wind farm with a capacity of one gigawatt, whose construction is slated
                        # for 2025": the size of a thing to be built, not a level aimed at
                        or _SIZE_OF_A_THING_BEFORE.search(text, max(0, mention.start - 40), mention.start)
                    )
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
                or (
                    _set_aside_by_an_act(own, text, mention.start, published)
                    and not _WORKS_DONE_IN.search(text)
                )
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
                or (
                    own is not None
                    and period is own
                    and _set_aside_by_an_act(own, text, mention.start, published)
                )
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
        if (
            kind == "actual"
            and previous_end is not None
            and indicators
            and indicators[-1].kind == "plan"
            and found[index - 1].quantity.unit in CURRENCIES
            and " of " in text
            and _WORKS_FUNDED_BETWEEN.fullmatch(text, previous_end, mention.start)
        ):
            # "37bn tenge has been allocated for the repair of 705km of roads": the works money set
            # aside pays for are still to be done, as the money is still to be spent (FORMAT.md)
            kind = "plan"
        if (
            kind == "forecast"
            and quantity.unit in _PROJECT_MEASURES
            and "roject" in text
            and _PROJECTS_WORTH_BEFORE.search(text, max(0, mention.start - 100), mention.start)
            and not any(cue[2] == "forecast" and cue[1] <= mention.start for cue in facts.cues)
        ):
            # "The projects worth KZT1.1 trillion will create 17,000 jobs": the outcome the verb after
            # it foresees is the jobs; what the projects are worth is money still to be spent (plan)
            kind = previous_kind = "plan"
        if (
            kind == "actual"
            and (scope.last_kind in _AHEAD_KINDS or any(cue[2] in _AHEAD_KINDS for cue in facts.cues))
            and _cost_of_work_to_come(facts, mention)
        ):
            # "they will start building a dormitory. Its project cost is 718 million tenge": what work
            # still to come costs is not yet spent (FORMAT.md); after a deed told done it stays actual
            kind = previous_kind = "plan"
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
            and not of_this_done
            and _announced_measure(text, facts.clauses[index], mention, scope.before, indicators)
        ):
            # "Pupils will receive free meals starting this year. The new measure covers 25,000
            # children, and 12 billion tenge has been allocated to pay for it": a measure not yet
            # in force, its beneficiaries and the money set aside for it are planned
            kind = previous_kind = "plan"
        if kind == "forecast" and _share_of_a_planned_whole(
            text, mention.start, quantity.unit, scope.last_kind
        ):
            kind = "plan"
        if (
            kind == "actual"
            and scope.last_kind in _AHEAD_KINDS
            and _share_of_the_figure_before(text, mention.start, quantity.unit)
        ):
            # "The budget for 2025 is planned at 540 billion. This constitutes almost 11% of all
            # spending": the share of the planned sum told before it is planned too
            kind = scope.last_kind
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
            and not _rate_set_now(text, mention.start, own, published)
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
            and mention.start < facts.clauses[index][1]
            and _FUTURE_AFTER_CONDITION.search(text, facts.clauses[index][1]) is not None
        ):
            # "Once all 655 facilities are open, a million residents will have access ..." (or "are
            # expected to get", +fs35en): work whose completion the future clause waits for is still planned
            kind = "plan"
        if (
            kind == "forecast"
            and quantity.unit in CURRENCIES
            and _SPENDING_WILL_BEFORE.search(text, max(0, mention.start - 120), mention.start)
            and not ctx.believed_before(text, mention.start)
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
            and ("roj" in text or "rogram" in text)
            and (scope_verb := _PROJECT_SCOPE_BEFORE.search(text, 0, mention.start)) is not None
            and (own is None or own.end <= scope_verb.start("verb"))
        ):
            # "The project covers 5,000 km of water pipelines, 2,800 km of sewers ...": the scope of
            # a project is the work it is to do ("the project covered 300 km" is done); a date told
            # before the verb ("approved on December 25") is the project's, not its works'
            kind = "plan"
            if own is not None:
                period = None
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
            kind == "forecast"
            and payment_will_change(text, facts.clauses[index], mention.start)
            and not _SAID_TO_BE_EXPECTED.search(text)
        ):
            # "Scholarships will grow twofold in 2025", "the minimum wage will rise to 85,000 tenge":
            # a payment the state sets, raised on a schedule, is a scheduled act (plan), as one raised
            # from a named day already was above; what output or prices will do stays an outlook (+fs41en)
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
        elif (
            kind == "actual"
            and own is None
            and not is_change
            and period is not None
            and period.period_end is not None
            # a year gone by (not the report's own months: "In January-July ... has grown from 18
            # to 26 percent" is of those months)
            and period.period_end.year < published.year
            and _PERFECT_FROM_TO_BEFORE.search(text, max(0, mention.start - 90), mention.start)
        ):
            # "Investment grew by 67% in 2022. ... The share of imported milk has dropped from 45% to
            # 39%, and that of poultry from 51% to 32%": the level a change in the perfect has come
            # to stands at the report, not in the past year carried (+fs30en)
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
            and any(word in text for word in _UNDER_WAY_WORDS)
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
                or "began" in text
                or "started" in text
                or "stage" in text
                or "phase" in text
                or "working" in text
            )
            and (
                _WORTH_OR_CAPACITY_BEFORE.search(text, max(0, mention.start - 40), mention.start)
                or _glued_size_of_a_thing(text, mention.start, quantity.end)
                or _funds_drawn_for_works(text, mention.start, quantity.end)
            )
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
            kind in ("actual", "plan")
            and quantity.unit in (None, "count")
            and not is_change
            and _capacity_of_buildings_under_way(text, mention.start, quantity.end)
        ):
            # "Construction of 24 facilities is under way, including 14 schools for 5,600 pupils": the
            # buildings are counted now, the places they will hold are still to come (FORMAT.md); dated
            # as the buildings are, at the report, as a pool's worth is
            kind = previous_kind = "plan"
            if own is None:
                pool_state = True
                period = Period(mention.start, quantity.end, published, published, False)
        if (
            kind == "forecast"
            and quantity.unit in ("MW", "GW")
            and not is_change
            and _PLANT_IN_THE_WORKS_BEFORE.search(text, 0, mention.start)
        ):
            # "The region is preparing a new solar plant whose first stage may reach 100 megawatts":
            # the size of a plant being prepared or built, not an outcome foreseen (FORMAT.md: the
            # capacity of works under way is plan)
            kind = previous_kind = "plan"
        if (
            kind == "plan"
            and own is None
            and quantity.unit in (None, "count")
            and not is_change
            and _output_of_projects_in_preparation(text, mention.start)
        ):
            pool_state = True
            period = Period(mention.start, quantity.end, published, published, False)
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
            and kind == "plan"
            and scope.named is not None
            and not scope.named.is_deadline
            and scope.named.period_start is not None
            and scope.named.period_end is not None
            and _FOR_THAT_PURPOSE.search(text)
        ):
            # "The remaining water projects are to be finished this year. The budget has set aside 147
            # billion tenge for the purpose": money for what the sentence before dated is of its
            # period, not the lead's next year (+fs30en)
            period = replace(scope.named, start=mention.start, end=quantity.end)
        if (
            own is None
            and kind == "actual"
            and not is_change
            and _is_day(scope.period)
            and scope.paragraph >= 0
            and sentence.paragraph != scope.paragraph
            and perfect_deed_near(text, facts.clauses[index], mention)
        ):
            # "As of April 1, the city had 8,400 electric cars. \n The corporation has set aside 311
            # plots": a deed in the perfect in a later paragraph stands at the report, not at the
            # stock's day (+fs30en)
            period = Period(mention.start, quantity.end, published, published, False)
        elif (
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
                kind == "actual"
                and not is_change
                and _level_reported_now(text, facts.clauses[index], mention)
            ):
                # "... by 2030" ... "High figures are also reported in Stepnogorsk (82%)": a level now
                period = Period(mention.start, quantity.end, published, published, False)
        if (
            kind == "actual"
            and not is_change
            and _set_for_a_span_ahead(period, text, mention.start, published)
        ):
            kind = "plan"
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
                or (
                    facts.roles.get(index, (None, None))[0] == "to"
                    and _PASSIVE_PERFECT_FROM.search(
                        text, max(facts.clauses[index][0], mention.start - _PERFECT_REACH), mention.start
                    )
                )
            )
        ):
            # "Farmers have gathered 20.1 million tons" in an article with no period: the total so far;
            # "4,521 families whose homes were damaged have so far received": the subject of one
            period = Period(mention.start, quantity.end, published, published, False)
        if (
            period is None
            and is_change
            and indicators
            and not indicators[-1].is_change
            and indicators[-1].period_start is not None
            and year_back_change_beside(text, found[index - 1].quantity.end, mention)
        ):
            # "Installed capacity has reached 2,500 MW, almost 19% more than a year earlier": the
            # change against a year before is the level's, dated at the report with it
            period = Period(
                mention.start, quantity.end, indicators[-1].period_start, indicators[-1].period_end, False
            )
        same_sum: Indicator | None = None
        if (
            indicators
            and text.find("(", found[index - 1].quantity.end, mention.start) != -1
            and _EQUIVALENT_GAP.fullmatch(text, found[index - 1].quantity.end, mention.start)
        ):
            kind = indicators[
                -1
            ].kind  # "23 billion tenge (US$50.8 million)": the same sum in another currency
            if quantity.unit in CURRENCIES and indicators[-1].unit in CURRENCIES:
                same_sum = indicators[-1]
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
            if (
                tense is None
                and not indicators
                and (apposed := _APPOSITION_AFTER_STATE.search(text, 0, mention.start))
            ):
                # "Almaty is home to the largest group, 50 companies": a verbless apposition
                # to a present clause before it takes its tense
                tense = _apposed_tense(text, facts.clauses[index], mention, apposed.end())
            # a clause without a verb ("..., home to eight million people, or 41%") follows the figure before
            present = (
                tense == "present"
                or (
                    tense is None
                    and (
                        previous_present
                        or (facts.lead_states_now and not facts.lead_periods and period is None)
                    )
                )
                or _starting_level_of_a_change_ahead(facts, index)
            )
            if present and _compared_with_a_year(facts, index):
                present = (
                    False  # "The number is 22,600, or 5.6%, higher than in 2019": the span's, not today's
                )
            if present and _share_of_span_so_far(text, facts.clauses[index], mention, period, published):
                present = False
            if present and _flow_of_span_over(text, facts.clauses[index], mention, period, published):
                present = False
            if present and _OF_THEM_AFTER.match(text, quantity.end):
                # "The GRP, 55 percent of which is accounted for by small firms, reached 6 trillion
                # in 2018": a share of the whole the sentence dates is of that date
                dating = [p for p in periods if not (p.is_comparison or p.is_deadline)]
                if len(dating) == 1 and dating[0].period_start is not None:
                    period, present = replace(dating[0], start=mention.start, end=quantity.end), False
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
            and own.period_end == published
            and own.end < mention.start
            and _level_raised_by_then(text, own.end, mention.start, own, published)
        ):
            # "1 trillion tenge has been invested over the past three years, raising the average
            # speed to 94 Mbps": the level the span's acts brought a measure to stands at its end,
            # the report (+fs38en)
            period = Period(mention.start, quantity.end, published, published, False)
            present = True
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
        if own is None and kind == "actual" and not is_change and _allowed_by_a_rule(text, mention):
            period = Period(mention.start, quantity.end, published, published, False)
            present = True
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
        if (
            kind == "actual"
            and own is None
            and not is_change
            and "current" in text
            and _current_level(
                text, mention, found[index - 1].quantity.end if index else facts.clauses[index][0]
            )
        ):
            # "well above the current average monthly income of 224,000 tenge and the average salary
            # of 423,000 tenge": a level the text calls current is today's, whatever span the
            # sentence carries (FORMAT.md's "currently") (+fs41en)
            period = Period(mention.start, quantity.end, published, published, False)
            current_before = True
        elif not (
            current_before and _AND_THE_OF.fullmatch(text, found[index - 1].quantity.end, mention.start)
        ):
            current_before = False
        else:
            period = Period(mention.start, quantity.end, published, published, False)
        if (
            kind == "actual"
            and own is None
            and not is_change
            and _DUTY_TO_PAY_BEFORE.search(
                text, max(facts.clauses[index][0], mention.start - 60), mention.start
            )
        ):
            # "parents must contribute at least 12 MCI a year": what a scheme in force requires holds
            # at publication, not over the span the article carries (+fs41en)
            period = Period(mention.start, quantity.end, published, published, False)
        if (
            kind == "actual"
            and (period is None or (period.period_start is None and period.period_end is None))
            and not is_change
            and _lives_in_a_place(text, mention)
        ):
            # "full access for the town's more than 18,000 residents": the people a place has, told
            # with no date, are its people at publication (FORMAT.md's present state, +fs41en)
            period = Period(mention.start, quantity.end, published, published, False)
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
        if same_sum is not None:
            # the same sum in another currency is of the same date, however its tenge was dated
            # ("projects worth 430 billion tenge (US$963.7 million) are under way": today's pool)
            period = Period(mention.start, quantity.end, same_sum.period_start, same_sum.period_end, False)
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
    if len(indicators) > 2 and ":" in text:
        indicators = _members_of_a_breakdown(text, indicators)
    if len(indicators) > 2 and " from " in text:
        indicators = _change_over_dated_levels(text, found, indicators, own_periods)
    if len(indicators) > 1 and " from " in text and may_match(_REVISED_GATE, sentence_lower(text)):
        indicators = _revised_old_levels(text, indicators, first_index)
    if "urrent " in text or "today" in text or "present " in text or "year's" in text or "year’s" in text:
        indicators = _named_levels(text, indicators, published)
    return _share_items_within_links(indicators, first_index), next_scope
