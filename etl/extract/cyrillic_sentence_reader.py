"""The figures of one Russian or Kazakh sentence, as Indicators: each figure's unit, item, kind,
change and period, read from the sentence with the scope, lead and list carried from before it
(extract_cyrillic_indicators in cyrillic.py walks an article's sentences and calls this for each)."""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date
from typing import cast

from etl.extract.cyrillic_changes import _is_change, _ru_lead_state_cues
from etl.extract.cyrillic_clause_time import (
    _anothers_clause,
    _kk_clause_run_on,
    _kk_clause_time,
    _kk_long_since,
    _kk_month_end_done,
    _kk_part_list,
    _kk_without_next_figures,
    _ru_long_since,
    _ru_since_day_done,
    _ru_since_year,
    _several_years,
    _told_before,
    kk_clause_told_done,
    kk_dearer_than_a_base_kind,
)
from etl.extract.cyrillic_figure_period import (
    _base_before,
    _base_period,
    _link_ranges,
    _period_for,
    _ru_last_year_value,
    _then_named,
    _year_before,
)
from etl.extract.cyrillic_figure_roles import (
    _after_purpose,
    _capacity,
    _for_span,
    _kk_project_worth,
    _level_reached_now,
    _project_stake,
    _purpose_level,
    _ru_world_stock_share,
)
from etl.extract.cyrillic_inherited_scope import _ru_state_by_past_deadline
from etl.extract.cyrillic_item_names import (
    _bracket_item,
    _dash_after_item,
    _dash_item,
    _item,
    _kk_name_before_bracket,
    _list_item,
    _qualifier,
    _subject_item,
)
from etl.extract.cyrillic_item_verbs import trim_open_end
from etl.extract.cyrillic_kinds import (
    KIND_ORDER,
    clause_span,
    economy_subject,
    find_cues,
    kind_of,
    kk_own_clause,
    ru_attributive_outweighed,
    ru_outside_relative,
    ru_programme_whole,
    ru_share_base,
    whole_set_aside,
)
from etl.extract.cyrillic_numbers import CyrillicSentence, Figure, Reader
from etl.extract.cyrillic_old_levels import _levels_before
from etl.extract.cyrillic_periods import kk_current_then
from etl.extract.cyrillic_plan_parts import _told_in_past
from etl.extract.cyrillic_reader_patterns import (
    _ALLOCATED,
    _ALLOCATING_NOUN_AFTER,
    _ALLOCATING_NOUN_BEFORE,
    _BARE_BASE,
    _BARE_BASE_GATE,
    _BUDGET,
    _BUDGET_SPENT,
    _COST,
    _DESIGN_CAPACITY_BEFORE,
    _DONE_PARTICIPLE,
    _FORMERLY,
    _HANDLES,
    _INTEND_TO,
    _JOBS_TO_CREATE,
    _KK_A_YEAR,
    _KK_AFTER_DONE,
    _KK_AHEAD_CLAUSE,
    _KK_AHEAD_WORDS,
    _KK_ALLOTTED_END,
    _KK_AORIST_END,
    _KK_AT_LEAST_BEFORE,
    _KK_BARE_DAY,
    _KK_BASE_BEFORE_LEVEL,
    _KK_BEFORE_YEAR,
    _KK_BUT_CLAUSE,
    _KK_CAPACITY_AFTER,
    _KK_CAPACITY_AFTER_GATE,
    _KK_COST_ESTIMATED,
    _KK_COUNT_OF_DEEDS,
    _KK_DESIGN,
    _KK_FIELD_TALLY,
    _KK_FINANCE,
    _KK_FOR_A_SEASON,
    _KK_FROM_NOW_ON,
    _KK_IN_CONDITION,
    _KK_IN_PLAN_PHRASE,
    _KK_IN_PLAN_PHRASE_GATE,
    _KK_LIST_OF_THINGS,
    _KK_MAKING_AFTER,
    _KK_MUST_END,
    _KK_PART_BEFORE,
    _KK_PART_SPENT,
    _KK_PART_SUFFIX,
    _KK_PAST_ATTRIBUTE_AFTER,
    _KK_PAST_END,
    _KK_PER_UNIT,
    _KK_PERFECT_END,
    _KK_PLANNED_BEFORE,
    _KK_PLANNED_BEFORE_GATE,
    _KK_POOL_REACH,
    _KK_PROJECTS_GOING_ON,
    _KK_REMAINING_BEFORE,
    _KK_REQUEST_AFTER,
    _KK_REVISED_BEFORE,
    _KK_SHARE_SUBJECT,
    _KK_SIZE_AFTER,
    _KK_SIZE_STANDS,
    _KK_SIZE_STANDS_GATE,
    _KK_STILL_GOING_END,
    _KK_STOCK_IS,
    _KK_TERM_OF_THINGS,
    _KK_THEIR,
    _KK_THIS_YEARS_DAY_BY,
    _KK_TO_BUILD,
    _KK_TO_START,
    _KK_WORK_BEGUN,
    _KK_WORK_BEGUN_GATE,
    _KK_WORKS_AFTER,
    _KK_WORKS_DONE_ATTRIBUTE_AFTER,
    _KK_WORTH_AFTER,
    _KK_WORTH_BEFORE,
    _KK_WORTH_BEFORE_GATE,
    _KK_YEAR_END_BY,
    _KK_YEARLY_BEFORE,
    _KK_YEARS_COUNTED,
    _KK_YEARS_COUNTED_GATE,
    _NOW_LEVEL_BEFORE,
    _OLD_LEVEL_YEAR_GAP,
    _PART_BEFORE,
    _PART_OF,
    _PART_OF_YEAR_BARE,
    _PERIOD_CLAUSE_MARKS,
    _PLANS_HEAD,
    _PLANS_HEAD_GATE,
    _PREPARING,
    _PRESENT_STATE,
    _PRESENT_STOCK,
    _PROJECT_COUNT,
    _RELATIVE_OPEN,
    _RU_BROUGHT_TO_BEFORE,
    _RU_BUDGET_STANDS,
    _RU_BUILT,
    _RU_DESIGNED_FOR,
    _RU_EXISTING_BEFORE,
    _RU_FROM_WORD,
    _RU_FUNDING_KEPT,
    _RU_IF_DONE_OPENING,
    _RU_NEED_ESTIMATED,
    _RU_NEED_TOLD,
    _RU_OUTCOME_LEVEL_FORESEEN,
    _RU_PART_AMONG,
    _RU_PAST_LEVEL_BRACKET,
    _RU_PLAN_HOLDS,
    _RU_PLANNING_WORD,
    _RU_RATE_IN_FORCE,
    _RU_REACH_LEVEL,
    _RU_REVISED_FROM,
    _RU_SIZE_ESTIMATED,
    _RU_SIZE_OF_BUILDING,
    _RU_SIZE_OF_NEXT_BUILDING,
    _RU_SOON,
    _RU_TO_OR_BY,
    _RU_WORTH_AHEAD_ESTIMATED,
    _RU_YEAR_CLOSES_BRACKET,
    _SIZE_UNITS,
    _SPENT_WORD,
    _UP_TO_NEW_LEVEL,
    _WORKS_COSTED,
    _YEAR_RESULTS_BARE,
    _YEAR_WORD,
    _YEARLY,
)
from etl.extract.cyrillic_report_span import _barely_begun, _is_span
from etl.extract.cyrillic_scope_carry import _opens, _ru_aside_period, _ru_planned_today
from etl.extract.cyrillic_shared_cues import (
    _ATTACHED_GAP,
    _JOBS_AFTER,
    _JOBS_AFTER_GATE,
    _KK_ALLOCATED,
    _KK_CHANGE_THERE_IS,
    _KK_DATIVE,
    _KK_INSTEAD,
    _KK_POOL,
    _KK_PROJECTS_DONE,
    _KK_PURPOSE_AFTER,
    _KK_PURPOSE_AFTER_GATE,
    _KK_SOWN,
    _KK_SPENT,
    _KK_THEIR_OPENING,
    _KK_UNDER_WAY,
    _KK_UNDER_WAY_GATE,
    _KK_WHEN,
    _KK_WHEN_GATE,
    _MONEY,
    _OWN_AFTER,
    _PROJECTS_HELD,
    _RU_FLOW_NOUN,
    _RU_FORMER_BRACKET,
    _RUSSIAN_PAST_TENSE,
    match_in,
    search_in,
)
from etl.extract.cyrillic_standing import (
    _across_contrast,
    _present_clause,
    _ru_done_under_span_ahead,
    _ru_labelled_bracket_state,
    _ru_rule_in_force,
    _ru_told_at_school_year_start,
    _spans_now,
    _states_now,
    _strategy_level,
    _told_as_standing,
    kk_monthly_rate_now,
    kk_rate_size_now,
    ru_at_work_now,
    ru_done_of_plan_label,
)
from etl.extract.dash_labels import dash_label
from etl.extract.direction import change_direction
from etl.extract.indicator_record import Indicator
from etl.extract.kk_clause_reading import (
    _kk_allocated_unspent,
    _kk_done_in_clause,
    _kk_goes_on_after_now,
    _kk_going_on,
    _kk_listed_after_now,
    _kk_part_of_a_plan,
    _kk_reported_that,
    _kk_school_year_at_hand,
    _kk_told_done,
    kk_school_year_open,
    kk_under_way,
)
from etl.extract.kk_converb_clauses import (
    _converb_kind,
    _kk_converb_chain,
    _kk_deed_member_kind,
    _kk_list_predicate,
)
from etl.extract.kk_predicate import ends_conditional, kk_rate_paid, kk_share_standing, read_predicate
from etl.extract.kk_sentence_figures import _kk_dash_range_items
from etl.extract.literal_gates import gated_search
from etl.extract.periods import Period
from etl.extract.records import replace
from etl.extract.ru_tense import clause_tenses
from etl.extract.units import CURRENCIES, UnitCode

# "программа строительства", "программе по строительству", "план модернизации": a programme of works,
# then the count or the worth told right after the works ("... 350 поликлиник стоимостью ")
_RU_PROGRAMME_OF_WORKS = re.compile(
    r"(?<!\w)(?:программ|план|проект)\w*\s+(?:по\s+)?(?:строительств|возведени|реконструкци|модернизаци|ремонт"
    r"|капремонт|открыти|созданию|создания)\w*\s+(?:(?:еще|около|более|свыше|порядка)\s+)?"
    r"(?:\d[\d\s,]*\s*[^\W\d]+(?:\s+[^\W\d]+)?\s+стоимостью\s+(?:(?:около|более|свыше|порядка)\s+)?)?$",
    re.I,
)


def _ru_programme_works(text: str, start: int) -> bool:
    return _RU_PROGRAMME_OF_WORKS.search(text, max(0, start - 100), start) is not None


# a clause opening on "причем" ("and of them", "moreover") before its figure
_RU_AND_OF_THEM_OPENS = re.compile(r"\s*прич[её]м\s+(?:[^\W\d]+\s+){0,2}$", re.I)
# "... из них – молодые казахстанцы": what those counted are, a noun after the dash (not "– в селах")
_RU_WHO_THEY_ARE = re.compile(
    r"\s*из\s+них\s+[–—-]\s+(?!(?:в|во|на|для|по|за|под|при|к|ко|с|со|у|из|до|от)\s)[^\W\d]", re.I
)


def _part_of_year_before(scope: Period | None, published: date) -> bool:
    """The span in view is months of the year before publication from January, short of the whole."""
    return (
        scope is not None and scope.period_start is not None and scope.period_end is not None
        and scope.period_start.year == scope.period_end.year == published.year - 1
        and (scope.period_start.month, scope.period_start.day) == (1, 1)
        and (scope.period_end.month, scope.period_end.day) != (12, 31)
    )  # fmt: skip


# "Мемлекет басшысының тапсырмасына сәйкес", "Президенттің тапсырмасы бойынша": under a task set
# a level in the "if" half, ending on "болса" right after the figure and its noun ("35 596 теңге болса"), no
# change ("20%-ға артса")
_KK_FIGURE_IN_OTHER_HALF = re.compile(r"[^:;.]*\d")
_KK_LEVEL_IF = re.compile(r"\d[^\d,]{0,24}?\s(?:[^\W\d_]+\s+)?болса\s*$", re.I)
_KK_UNDER_INSTRUCTION = re.compile(r"(?<!\w)(?:тапсырмасына\s+сәйкес|тапсырмасы\s+бойынша)(?!\w)", re.I)


def _sentence_indicators(
    reader: Reader,
    sentence: CyrillicSentence,
    figures: list[Figure],
    periods: list[Period],
    scope: Period | None,
    published: date,
    first_index: int,
    bases: list[Period] | None = None,
    bare_deadline: bool = False,
    among: bool = False,
    scope_far: bool = False,
    moved_on: bool = False,
) -> list[Indicator]:
    text = sentence.text
    roles = _link_ranges(text, figures)
    cues = find_cues(reader, text)
    lead_cues = _ru_lead_state_cues(reader, sentence.lead) if sentence.lead else []
    lead_kind = max((k for _, k in lead_cues), key=lambda k: KIND_ORDER[k], default=None)
    indicators: list[Indicator] = []
    first_total = gated_search(
        reader.total, reader.total_gate, text
    )  # "всего", "барлығы" before a figure: a total so far
    ends = [f.end for f in figures]
    starts = [f.start for f in figures]
    previous_present = False  # the sentence's figure before stated a present level
    dated_now: set[int] = set()  # (Kazakh) figures with "қазір" before them in their clause
    for index, figure in enumerate(figures):
        clause = clause_span(text, figure.start, figure.end)
        # a later figure right before a period phrase: only the nearest end before each phrase can
        # be attached to it (the gap is blanks and commas), found by bisection, not a list per figure
        nearest = (bisect_right(ends, p.start) for p in periods)
        later = [ends[j - 1] for j in nearest if j - 1 > index]
        own_periods = [
            p for p in periods
            if not _anothers_clause(text, p, figure, clause, starts)
            and not (reader.language.code == "ru" and _ru_aside_period(text, p, figure))
        ]  # fmt: skip
        if reader.language.code == "kk":
            own_periods = _kk_without_next_figures(text, own_periods, figure, starts[index + 1 :])
            # "Биыл 40 мың тонна ..., болашақта 60 мың тоннаға жеткізу көзделуде": a clause opening on
            # what is to come is not dated by the period of the clause before it
            own_periods = [p for p in own_periods if not _KK_AHEAD_CLAUSE.search(text, p.end, figure.start)]
        period = _period_for(own_periods, clause_span(text, figure.start, figure.end, _PERIOD_CLAUSE_MARKS),
                             figure.start, figure.end, text, later, reader.current)  # fmt: skip
        role, partner = roles.get(index, (None, None))
        if role is None and (period is None or period.start > figure.end):
            # "выросли на 14%: с 373,19 тыс. тонн в 2021 году до 426,09 тыс. тонн в 2022-м": the change
            # is the new level's, not the old one's (a year in the from-to's clause, which holds
            # figures of its own, is not this figure's own period, but it dates the change)
            to = next((figures[j] for j, (r, _) in roles.items() if r == "to" and j > index), None)
            own = next(
                (
                    p for p in periods
                    if to is not None and (
                        p.start >= to.end
                        and (_ATTACHED_GAP.fullmatch(text, to.end, p.start) or _OWN_AFTER.fullmatch(text, to.end, p.start))
                        # "2022 жылы 426,1 мың тоннаға": the Kazakh year before its level
                        or p.end <= to.start and p.start > figure.end and _ATTACHED_GAP.fullmatch(text, p.end, to.start)
                    )
                ),
                None,
            )  # fmt: skip
            period = own or period
        # "против 50-60 в прошлом году": a range's high end is the base its low end is
        low = figures[partner] if role == "high" and partner is not None else figure
        base = _base_period(text, low, clause, bases or [])
        period = base or period
        if base is None and search_in(
            _BARE_BASE, _BARE_BASE_GATE, text, max(0, figure.start - 24), figure.start
        ):
            own = period or scope
            period = _year_before(own, published) or period
        # "от 62 до 183 в 2024 году": a year after both ends dates the new value (not "с 373 тыс. тонн в
        # 2021 году до 426 тыс.", the old level's own year)
        level_before = (
            role == "from" and period is not None and partner is not None
            and period.start > figures[partner].start
        )  # fmt: skip
        if level_before:
            period = None  # "от 62 до 183 в 2024 году": the year dates the new value
        opening = [
            b
            for b in bases or []
            if b.end <= figure.start
            and (
                _opens(text, b)
                # "Елордада жалақы 2021 жылдың IV тоқсанымен салыстырғанда 391,4 мың теңгеден ...": a
                # Kazakh base told right before the old level is that level's, wherever it stands
                or (
                    reader.language.code == "kk"
                    and _KK_BASE_BEFORE_LEVEL.fullmatch(text, b.end, figure.start)
                )
            )
        ]
        if role == "from" and base is None and opening:
            # "III тоқсанмен салыстырғанда ... 390 328 теңгеден 434 982 теңгеге дейін өсті": the old level is the base's
            period, level_before = replace(opening[0], is_comparison=False), False
        if not level_before and (period is None or not clause[0] <= period.start < clause[1]):
            period = _then_named(reader, text, figure, clause, [*periods, *(bases or [])]) or period
        if role == "from" and _NOW_LEVEL_BEFORE.search(text, max(0, figure.start - 12), figure.start):
            # "увеличить с 2026 года с нынешних 85 тыс. до 110 тыс.": the level now
            period, level_before = Period(0, 0, published, published, False), False
        if (
            role == "to" and partner is not None and period is not None and period.period_start is not None
            and period.period_start == period.period_end and (period.period_start.month, period.period_start.day) == (1, 1)
            and figures[partner].end <= period.start and period.end <= figure.start
        ):  # fmt: skip
            # "выросла с 3,2 тыс. км в начале года до 5,2 тыс. км": the old level's date is the year's
            # start, the new level stands at the year's end (today, while the year runs)
            day = min(date(period.period_start.year, 12, 31), published)
            period = replace(period, period_start=day, period_end=day)
        if (
            role == "to" and partner is not None and period is not None and not period.is_comparison
            and period.period_start != period.period_end  # (a day, "в начале года", has its own reading above)
            and figures[partner].end <= period.start and period.end <= figure.start
            and _OLD_LEVEL_YEAR_GAP.fullmatch(text, figures[partner].end, period.start)
            and _UP_TO_NEW_LEVEL.fullmatch(text, period.end, figure.start)
        ):  # fmt: skip
            # "возросла с 97,2% в 2019 году до 99,3%": the year told right after the old level is its own,
            # not the new level's (which goes on with the sentences around it)
            period = None
        inherited = period is None and not level_before
        listed_now = False  # a Kazakh list item after a figure "қазір" dated today
        size_now = False  # the size of what stands, told in the present, dated today
        holds_now = False  # a Kazakh clause whose predicate tells a state at publication
        building_size = False  # the size, seats or worth of Kazakh work under way: planned, even "now"
        # "Олардың 40 пайызы ауылда тұрады" opening a sentence: a part of what the sentence before
        # counted, of its time, whatever its verb (in the same sentence the part takes its whole's below)
        # "Оның ішінде 18 тұрғын үй (1048 пәтер), 26 коммерциялық үй ... бар": every member of a list the
        # part words open, up to the list's one verb, is a part too, of the time of its whole
        part_list = inherited and reader.language.code == "kk" and _kk_part_list(text, figure.start)
        part_opening = (
            inherited and reader.language.code == "kk" and not indicators
            and _KK_PART_BEFORE.search(text, max(0, figure.start - 24), figure.start) is not None
        ) or part_list or (
            # "5010 семей ... . В них проживают 28 018 человек": who is in the total just counted is
            # counted when it was, though told in the present
            inherited and among
        )  # fmt: skip
        opening_now = (
            next(
                (
                    p
                    for p in periods
                    if p.is_weak and p.period_start == p.period_end == published and _opens(text, p)
                ),
                None,
            )
            if inherited and reader.language.code == "ru"
            else None
        )
        if opening_now is not None:
            # "На сегодня акиматы передали банку 13 393 квартиры: 8 846 из них ..., 4 547 — для продажи": a
            # present that opens the sentence dates its later clauses too, not the span carried (+fs30ru)
            period, inherited = opening_now, False
        if inherited:
            period = scope
            if (
                reader.language.code == "kk" and scope is not None and scope.period_end is not None
                and scope.period_end < published and _KK_AHEAD_CLAUSE.search(text, 0, figure.start)
            ):  # fmt: skip
                # "2017 жылы ... 29 323 тоннаға жеткен. ... сүт өндіріледі, болашақта ... 92 875 тоннаға
                # жеткізу көзделуде": what is to come takes no year gone by from the sentences before
                period = None
            if reader.language.code == "kk" and search_in(
                _KK_YEARS_COUNTED, _KK_YEARS_COUNTED_GATE, text, clause[0], figure.start
            ):
                # "Мемлекет басшысы ... жеті жыл ішінде 111 млн шаршы метр ... салу жөнінде тапсырма берген":
                # a term of years of its own, from a start not told, is no year carried from the headline
                period = None
            if _ru_done_under_span_ahead(reader, text, clause, cues, scope, published):
                # "В ближайшие три года дефицит может достичь 400 тысяч. ... В Астане построены 75
                # школ": what is done stands at publication, not in the span still ahead
                period = Period(0, 0, published, published, False)
            said = _kk_list_predicate(reader, text, clause, cues)
            # "сейчас ..." before the figure in its clause; "вместо нынешних" after it names the base
            now = reader.now.search(text, clause[0], figure.start)
            if (
                now is not None
                and reader.language.code == "kk"
                and kk_current_then(text, now.start(), now.end())
            ):
                now = None  # "Қазіргі көшбасшылар ол кезде ... тұрған": who they are now, not when
            listed_now = (
                now is None and reader.language.code == "kk" and index > 0 and bool(indicators)
                and (index - 1) in dated_now
                and (
                    _kk_listed_after_now(text, figures[index - 1], clause, indicators[-1], published)
                    or _kk_goes_on_after_now(text, figure, clause, indicators[-1], published)
                )
            )  # fmt: skip
            if listed_now:
                # "қазір ... 26 қалалық, 10 саяжай және 7 қала маңы бағыты бойынша": a list under one "қазір"
                period = Period(0, 0, published, published, False)
            elif now and (
                scope is None
                or scope.period_end is None
                or scope.is_deadline
                # "қазір", "бүгінде" in a Kazakh clause with no date of its own: today, whatever came before
                or reader.language.code == "kk"
            ):
                period = Period(now.start(), now.end(), published, published, False)
            elif (
                not periods and scope is not None and scope.period_end is not None
                and (_is_span(scope) or scope.is_deadline)
                and not part_opening
                # (not "14,6 пайызға өсім бар": "there is growth", a change of the span, no stock)
                and not _KK_CHANGE_THERE_IS.match(text, figure.end)
                and (
                    # (a span up to now too: "За неделю подорожали: ... . В перечень входит 19 наименований")
                    scope.period_end <= published
                    and _PRESENT_STATE[reader.language.code].search(text, *said)
                    # "Всего насчитывается 172 месторождения" under a year not yet over, or under a
                    # deadline named before: what there is now
                    or scope.period_end > published
                    and _PRESENT_STOCK[reader.language.code].search(text, *said)
                    # "Площадь осушенного дна оценивается в 6 млн гектаров" after a goal "до 2025 года":
                    # the size of what is, now (a cost estimated is a plan's; under a span ahead, "дефицит
                    # оценивается в 0,9 ГВт", an outlook of that span)
                    or scope.is_deadline and scope.period_end > published and reader.language.code == "ru"
                    and _RU_SIZE_ESTIMATED.search(text, *clause) is not None and figure.unit not in _MONEY
                    and _COST.search(text, clause[0], figure.start) is None
                    and _WORKS_COSTED.search(text, clause[0], figure.start) is None
                )
            ):  # fmt: skip
                # "В 2019 году выловили ... . В отрасли работают 11 тыс. человек": who works there now
                period = Period(0, 0, published, published, False)
            elif (
                not periods
                and reader.language.code == "kk"
                and scope is not None
                and _KK_IN_CONDITION.match(text, figure.end, clause[1])
            ):
                # "Жолдардың 78%-ы жақсы жағдайда", "мектептердің 3%-ы апатты жағдайда": the state things
                # are in, a clause with no verb, is today's whatever the sentence before was dated
                period = Period(0, 0, published, published, False)
            elif (
                not periods and reader.language.code == "kk" and _is_span(scope) and scope is not None
                and scope.period_end is not None
                and (size := search_in(_KK_SIZE_STANDS, _KK_SIZE_STANDS_GATE, text, clause[0], clause[1])) is not None
                and not _KK_SOWN.search(text, clause[0], clause[1])
                and not _KK_COUNT_OF_DEEDS.search(text, clause[0], clause[1])
                # (under a year under way, with no other plan in the sentence, and not the size of the
                # things just counted: "Биыл 3 станция салынады. Олардың қуаты 500 МВт-ты құрайды")
                and (
                    scope.period_end <= published
                    or all(k in ("actual", "state") for p, k in cues if not size.start() <= p < size.end())
                    and not _KK_THEIR.search(text, max(clause[0], size.start() - 24), size.start())
                )
            ):  # fmt: skip
                # "Өткен жылы ... . Орман қоры алқабының ауданы 1,8 млн гектарды құрайды", "Биыл ...
                # жөнделді. Жолдардың ұзындығы 11 мың шақырымды құрайды": the size of what stands,
                # told in the present, is today's, not a figure of the span
                period, size_now = Period(0, 0, published, published, False), True
            elif (
                not periods and reader.language.code == "kk" and _is_span(scope) and scope is not None
                and scope.period_end == published
                # "Жыл басынан бері ... . Өңірде 45 аурухана жұмыс істейді": a span up to the
                # report, the present states what there is today (as under a span already over)
                and (_PRESENT_STATE["kk"].search(text, *said) or _PRESENT_STOCK["kk"].search(text, *said))
            ):  # fmt: skip
                period = Period(0, 0, published, published, False)
            elif (
                not periods
                and reader.language.code == "kk"
                and _KK_STOCK_IS.search(text, max(0, clause[0] - 24), figure.start)
            ):
                # "сату орындарындағы көмірдің жалпы қоры – 434 мың тонна" under "Жеті айда": a stock
                # named without a verb is the stock now, not a flow of the span
                period = Period(0, 0, published, published, False)
            elif (
                reader.language.code == "kk"
                and not part_opening
                and (
                    reading := _kk_clause_time(
                        text,
                        figure,
                        clause,
                        cues,
                        scope,
                        periods,
                        published,
                        bare_deadline,
                        scope_far,
                        moved_on,
                    )
                )
            ):
                # "Қазір өңірде 1 618 бригада жұмыс істейді", "... деңгейінде тұр" under a span carried from
                # the lead: the clause's own predicate tells how things stand as the text is written (or,
                # "олар 7 мың жұмыс орнын ашады" under a span over, a deed still to come, planned now)
                period, holds_now = Period(0, 0, published, published, False), reading == "now"
        if (
            indicators
            and (
                (
                    _PART_OF[reader.language.code].match(text, figure.end)
                    or _PART_BEFORE[reader.language.code].search(text, max(0, figure.start - 40), figure.start)
                    or reader.language.code == "ru"
                    and _RU_PART_AMONG.search(text, max(0, figure.start - 40), figure.start)
                    and (indicators[-1].kind == "actual" or not reader.now.search(text, clause[0], clause[1]))
                )
                and (inherited or (period is not None and period.is_weak))
                # "кезекте 20,2 мың адам бар, олардың 6,9 мыңы ...": the part named before the figure
                # (not "оның 102 төсегі қазірдің өзінде ...": a part with a date of its own)
                or inherited
                and reader.language.code == "kk"
                and (
                    _KK_PART_BEFORE.search(text, max(0, figure.start - 24), figure.start)
                    # "..., олардың жалпы құны 95 млрд теңге": a clause with no verb on what the figure
                    # before counted tells of the same things at the same time
                    or _KK_THEIR_OPENING.match(text, clause[0])
                    and read_predicate(text, figure.end, clause[1]) is None
                )
            )
        ):  # fmt: skip
            # "32 водителя были пьяны, причём 5 из них уже лишались прав": a part of the figure before
            whole = indicators[-1]
            period = Period(0, 0, whole.period_start, whole.period_end, False)
        if (
            inherited and reader.language.code == "kk" and index > 0 and indicators
            and _KK_PART_SUFFIX.search(text, figures[index - 1].start, figures[index - 1].end)
            and _KK_PART_SUFFIX.search(text, figure.start, figure.end)
            and _KK_PART_BEFORE.search(text, max(0, figures[index - 1].start - 24), figures[index - 1].start)
        ):  # fmt: skip
            # "оның 26 666-сы мемлекеттік, 3 190-ы жекеменшік мектептерге барады": parts listed after
            # "оның" share the first part's time
            period = Period(0, 0, indicators[-1].period_start, indicators[-1].period_end, False)
        # "былтыр 2 556 ... тіркелді, ал есепте 15 134 науқас тұр": a period from a clause before, which
        # holds a figure of its own, is that figure's; a present state in this clause is today's
        borrowed = (
            period is not None and not inherited and period.end <= clause[0]
            and _anothers_clause(text, period, figure, clause, starts, before=True)
        )  # fmt: skip
        stands = (inherited or borrowed) and _states_now(
            reader, text, figure, clause, cues, scope if inherited else period, previous_present, published
        )
        if (
            reader.language.code == "kk" and borrowed and not stands and scope is not None
            and period is not None and _KK_BUT_CLAUSE.match(text, clause[0])
            and _narrower_within(period, scope)
        ):  # fmt: skip
            # "2024-2025 жылдары 369 мектеп ... . Оның 217-сі биыл берілуі тиіс, ал 163 мектеп ауылда бой
            # көтереді": a clause set against another's own year, with none of its own, is of the span
            # carried in, not of that year (FORMAT.md: each clause has its own year) (+fs35kk)
            period, borrowed = scope, False

        if (
            not stands and not inherited and period is not None and period.end <= clause[0]
            and reader.language.code == "ru" and _RELATIVE_OPEN.match(text, clause[0])
            and _present_clause(reader, text, clause, cues)
        ):  # fmt: skip
            # "в 2025 году не распределялись, в городе, где жилья ждут более 90 тыс. человек": a
            # relative clause in the present tells how things stand now, not the main clause's year
            stands = True
        if (
            not stands
            # (a sentence with a date of its own elsewhere, "...: на конец 2016 года она составила ...",
            # is about that date, whichever clause holds it)
            and ((inherited and all(p.is_weak for p in periods)) or borrowed or _told_before(text, period, clause))
            and _told_as_standing(
                reader, text, figure, clause, cues, scope if inherited else period, published,
                moved_on=moved_on and inherited,
            )
        ):  # fmt: skip
            # "В прошлом году ... выполнила 1,2 млн вызовов. На линию выезжают 420 машин": a clause
            # with no date of its own, told in the present by a verb that is no report's copula,
            # states how things stand at publication, not the span carried from before
            stands = True
        rule_in_force = (
            not stands and inherited and _ru_rule_in_force(reader.language.code, text, published, scope)
        )
        if rule_in_force:
            # "Если стаж ... составляет 10 лет и менее, пенсия равна 70% прожиточного минимума": a rule
            # of payment, in force now, not the stock day carried from the figures before
            stands = True
        if (
            not stands and inherited and _spans_now(scope, published)
            and kk_rate_size_now(reader.language.code, text, figure, clause)
        ):  # fmt: skip
            stands = True  # "Жәрдемақы мөлшері 95 400 теңгені құрайды" under "жыл басынан бері": now
        if not stands and inherited and kk_monthly_rate_now(reader.language.code, text, figure):
            stands = True  # "Ай сайынғы ... жәрдемақысы бірінші балаға 22 648 теңгені құрайды": now
        if (
            not stands
            and inherited
            and ru_at_work_now(reader.language.code, text, figure, clause, scope, published)
        ):
            stands = True  # "В уборке задействованы 9,3 тыс. тракторов" under "в этом году": at work now
        if not stands and inherited and _ru_world_stock_share(reader.language.code, text, figure):
            stands = True  # "на него приходится 41% мировых запасов хрома": a share of a stock, now
        if (
            not stands and inherited and reader.language.code == "kk" and _spans_now(scope, published)
            and scope is not None and scope.period_end == published and _KK_SHARE_SUBJECT.match(text)
        ):  # fmt: skip
            # "Асыл тұқымды ірі қара малдың үлесі 18,7% (197,8 мың бас), қой - 23,2% ... болғанын" after
            # "жыл басынан бері ... өндірді": a share of the herd is how it stands, not the output's span
            stands = True
        if (
            not stands
            and inherited
            and _level_reached_now(reader, text, figure, clause, cues, scope, published)
        ):
            # "Численность населения достигла 1,4 млн": a level as it stands, not the span's flow
            stands = True
        if stands and (part_opening and reader.language.code == "ru" or part_list):
            stands = False  # (see part_opening)
        previous_present = stands
        if reader.language.code == "kk" and not inherited and period is not None:
            period = _kk_month_end_done(text, period, clause, published)
            if role == "to" and partner is not None and _kk_long_since(text, period, published):
                # "Соңғы бес жылда ұйымдар саны 10 650-ден 11 909-ға дейін көбейген": the level a change
                # over a span from an earlier year up to the report came to is where things stand now,
                # as English reads "since 2014 ... grew from 21.7 to 28.9" (present_state._since_levels)
                period = Period(period.start, period.end, published, published, False)
        if reader.language.code == "ru" and not inherited and period is not None:
            period = _ru_since_day_done(text, period, clause, published)
            if role == "to" and partner is not None and _ru_long_since(text, period, published):
                # "За последние пять лет субсидии сократились с 3,4 млрд до 654 млн тенге": where the
                # change over a span up to the report came to is where things stand now (as in Kazakh)
                period = Period(period.start, period.end, published, published, False)
            elif role == "from" and partner is not None and (year := _ru_since_year(text, period, published)):
                # "С 2019 года число садов выросло с 10 650 до 12 тысяч": the old level is that year's
                period = Period(period.start, period.end, date(year, 1, 1), date(year, 12, 31), False)
        # (a Russian deadline carried from another sentence sets no goal of its own: "... планируют
        # ввести до конца года. Из них 3218 – коммерческое жилье" goes on with what was told there)
        deadline = (
            period is not None
            and period.is_deadline
            and not stands
            and not (inherited and reader.language.code == "ru")
            and not _ru_state_by_past_deadline(reader, text, clause, period, published)
            # ("... 2014 жылдың аяғына дейін ... беру көзделген. ... құны 185 млрд теңгенің 24 жобасы жүзеге
            # асырылуда": works going on now set no goal by the deadline told before)
            and not (
                inherited and reader.language.code == "kk" and kk_under_way(text, (figure.end, clause[1]))
            )
        )
        kind = kind_of(
            ru_outside_relative(text, cues, clause) if reader.language.code == "ru" else cues,
            kk_own_clause(text, cues, clause, figure.end) if reader.language.code == "kk" else clause,
            figure.start,
            figure.end,
            deadline,
            lead_kind,
            reader.language.code == "kk",
        )
        if (
            reader.language.code == "kk" and kind == "actual" and period is not None and period.is_deadline
            and _KK_TERM_OF_THINGS.fullmatch(text, period.end, figure.start)
            and _KK_LIST_OF_THINGS.match(text, figure.end)
        ):  # fmt: skip
            # "мерзімі 2030 жылға дейін болатын 145 жобаның тізбесі әзірленді": the deadline is the
            # projects' term, an attribute; their count in the list drawn up is how things stand now
            period = Period(0, 0, published, published, False)
        if (
            reader.language.code == "ru" and kind != "actual"
            and _RU_AND_OF_THEM_OPENS.match(text, clause[0], figure.start) is not None
            and _RU_WHO_THEY_ARE.match(text, figure.end) is not None
            and not any(clause[0] <= p < clause[1] for p, _ in cues)
        ):  # fmt: skip
            # "..., причем 73% из них – молодые казахстанцы": who those just named are, a state, with no verb
            # of plan or outlook, borrows none from the clause before ("причем 6 сдадут" has its own; "причем
            # 8 из них – в селах", where the planned part goes, stays the plan's)
            kind = "actual"
        if reader.language.code == "ru" and ru_attributive_outweighed(
            text, cues, clause, figure.start, figure.end
        ):
            kind = (
                "actual"  # "запланированные 60 проектов были реализованы": the predicate, not the attribute
            )
        past_base = base or (
            period if period is not None and _ru_last_year_value(text, period, figure) else None
        )
        if (
            reader.language.code == "ru" and past_base is not None and kind in ("plan", "target", "forecast")
            and past_base.period_end is not None and past_base.period_end < published and not past_base.is_deadline
        ):  # fmt: skip
            # "урожай превысит прошлогодний рубеж в 6 млн тонн", "составит 90 тыс. против прошлогодних
            # 83,8 тыс.": the base compared with, in a time gone by, is what was, not the outlook
            kind = "actual"
        if reader.language.code == "kk":
            kind = (
                _converb_kind(reader, text, cues, clause) or _kk_deed_member_kind(text, cues, clause) or kind
            )
            if (
                kind == "plan" and deadline and _KK_UNDER_INSTRUCTION.search(text, 0, figure.start) is not None
            ):  # fmt: skip
                # "Мемлекет басшысының тапсырмасына сәйкес ... 2027 жылға қарай ... 120%-ына жеткізіледі": a
                # level by a deadline under a task set is a goal (FORMAT.md: a word of aim), as the dev set
                # reads it throughout; not "тапсырмасымен" (by the instruction, for this year) (+k21kk)
                kind = "target"
            if (
                kind in ("plan", "target", "forecast") and not inherited and period is not None
                and period.period_end is not None and period.period_end <= published
                and clause[0] <= period.start < clause[1] and ends_conditional(text, clause[0], clause[1])
                and not any(clause[0] <= p < clause[1] for p, _ in cues)
            ):  # fmt: skip
                # "былтыр 1 283 отбасы қамтылса, биыл 1 400 отбасын қамту көзделіп отыр": the half with a
                # past time of its own and no cue is what happened, not the other half's plan; so is a
                # span up to publication ("Соңғы 9 айда 6,5 млн болса, жыл соңында 8 млн-ға жетуі мүмкін")
                kind = "actual"
            if (
                kind in ("plan", "target", "forecast") and period is not None
                and period.period_start is not None and period.period_end is not None
                and ends_conditional(text, clause[0], clause[1])
                and not any(clause[0] <= p < clause[1] for p, _ in cues)
                and (
                    # "Петропавлда баға 27%-ға өссе, үштікті Қарағанды түйіндейді" in a report on a month gone
                    # by: the half of the pair told in the span carried in, over by publication, is what
                    # happened (not a pair of parts, "70%-ы ... жөнелтілсе, 30%-ы ... экспортталады": the other
                    # half, with a figure of its own, tells the time of both)
                    inherited and not period.is_deadline and period.period_end < published
                    and _KK_FIGURE_IN_OTHER_HALF.match(text, clause[1]) is None
                    # "Егер 2026 жылы ол 35 596 теңге болса, 2030 жылға қарай ... артады" (told in 2026): the
                    # level of a year under way set against one ahead is the level in force (+k22kk)
                    or not inherited and not period.is_deadline and clause[0] <= period.start < clause[1]
                    and period.period_start <= published <= period.period_end
                    and _KK_LEVEL_IF.search(text, clause[0], clause[1]) is not None
                )
            ):  # fmt: skip
                kind = "actual"
            if (
                kind in ("plan", "target", "forecast") and (period is None or inherited)
                and ends_conditional(text, clause[0], clause[1])
                and not any(clause[0] <= p < clause[1] for p, _ in cues)
                and _KK_FROM_NOW_ON.match(text, clause[1])
            ):  # fmt: skip
                # "егер бас маманның жалақысы 84 мың теңге болса, енді ол 100 мың теңге алатын болады": the
                # level of the "if" half set against what comes "from now on" is the level now
                kind = "actual"
                period = Period(0, 0, published, published, False)
            if (
                kind == "plan" and period is not None and not period.is_deadline
                and period.period_end is not None and period.period_end <= published
                and _kk_reported_that(text, clause)
            ):  # fmt: skip
                # "соңғы он жылда ... уранның 80-90 пайызы 10 елдің үлесіне тиетінін атап өтті": a
                # reported "-атынын" of a time already over tells how things went, not a plan
                kind = "actual"

        if (
            reader.language.code == "kk" and kind in ("plan", "target", "forecast")
            and period is not None and period.period_end is not None and period.period_end < published
            and not period.is_deadline and not inherited and clause[0] <= period.start and period.end <= figure.start
            and (attribute := _KK_PAST_ATTRIBUTE_AFTER.match(text, figure.end)) is not None
            and attribute.group("participle").lower() != "арналған"  # "250 адамға арналған": what it is for
        ):  # fmt: skip
            # "Өткен жылы 1,2 млн тонна өнім шығарған компания ... жоспарлап отыр": a past participle after
            # the figure qualifies the next noun, a relative clause of what was done in a time gone by
            kind = "actual"
        if (
            reader.language.code == "kk" and kind in ("plan", "target", "forecast") and (period is None or inherited)
            and _KK_WORKS_DONE_ATTRIBUTE_AFTER.match(text, figure.end)
        ):  # fmt: skip
            # "123 млн теңгеге күрделі жөндеу жүргізілген мектептің мердігері ... тапсырамыз деп": the sum of
            # works done, told in a relative clause, not the sentence's plan
            kind = "actual"
        if holds_now:
            kind = "actual"  # (no plan, goal or outlook in the clause: what is, however the sentence goes on)
        if reader.language.code == "kk" and not any(clause[0] <= p < clause[1] for p, _ in cues):
            kind = kk_dearer_than_a_base_kind(
                text, clause, figure, kind, indicators[-1].kind if indicators else None
            )
        size_verb = (
            search_in(_KK_SIZE_STANDS, _KK_SIZE_STANDS_GATE, text, clause[0], clause[1]) if size_now else None
        )
        if (
            size_verb is not None and kind in ("plan", "forecast")
            and all(size_verb.start() <= p < size_verb.end() for p, _ in cues)
        ):  # fmt: skip
            # "ауданы 52 млн шаршы метрге жетеді": what the size comes to now, not a level ahead
            kind = "actual"
        if (
            reader.language.code == "kk"
            and (
                kind == "actual"
                # "... тапсырылады. 440,7 шақырым жолға жөндеу жұмыстары жүргізіліп жатыр": a deadline carried
                # from the sentence before, with no goal word here, makes no goal of the work going on
                or kind == "target" and inherited and deadline and not any(k == "target" for _, k in cues)
            )
            and gated_search(_KK_UNDER_WAY, _KK_UNDER_WAY_GATE, text)
            and (
                match_in(_KK_CAPACITY_AFTER, _KK_CAPACITY_AFTER_GATE, text, figure.end) or search_in(_KK_WORTH_BEFORE, _KK_WORTH_BEFORE_GATE, text, clause[0], figure.start)
                # "1 млрд 623 млн теңгеге денсаулық сақтау нысандары салынып жатыр": what is built for so much
                or figure.unit in _MONEY and _KK_DATIVE.search(text, figure.start, figure.end) is not None
                # "Қазір 120 мың шаршы метр үйдің құрылысы жүріп жатыр": the size of what is being built
                or figure.unit in _SIZE_UNITS and _KK_UNDER_WAY.search(text, *_kk_clause_run_on(text, figure, clause))
            )
        ):  # fmt: skip
            # "7 020 орындық 13 мектеп салынып жатыр": the capacity of work under way is planned, the
            # count of it stands now (FORMAT: projects under way)
            kind, building_size = "plan", True
        if (
            reader.language.code == "kk" and kind == "actual"
            and (figure.unit != "count" or match_in(_KK_CAPACITY_AFTER, _KK_CAPACITY_AFTER_GATE, text, figure.end))
            and (work_begun := gated_search(_KK_WORK_BEGUN, _KK_WORK_BEGUN_GATE, text)) is not None
            and figure.end <= work_begun.start()
            and (
                match_in(_KK_CAPACITY_AFTER, _KK_CAPACITY_AFTER_GATE, text, figure.end) or search_in(_KK_WORTH_BEFORE, _KK_WORTH_BEFORE_GATE, text, clause[0], figure.start)
                or _KK_WORTH_AFTER.match(text, figure.end)
                or _KK_YEARLY_BEFORE.search(text, max(0, figure.start - 24), figure.start)
                or figure.unit not in CURRENCIES and _KK_MAKING_AFTER.match(text, figure.end, work_begun.start())
            )
        ):  # fmt: skip
            # "753 млрд теңге болатын 14 жобаның құрылысы басталып жатыр", "жылына 3 млн тонна ...
            # өңдейтін жобаны бастады", "құны 1 трлн теңгеден асатын жобалар жинақталды": the worth and
            # capacity of work begun are still to be spent and built, a plan; how many there are stands
            kind, building_size = "plan", True
        if (
            reader.language.code == "kk" and kind == "actual" and match_in(_KK_CAPACITY_AFTER, _KK_CAPACITY_AFTER_GATE, text, figure.end)
            and _KK_TO_BUILD.search(text, figure.end, clause[1])
        ):  # fmt: skip
            kind = "plan"  # "100 орындық мекеме салуға ... бөлінген": the size of a place still to be built
        if (
            reader.language.code == "kk" and kind == "actual" and figure.unit in CURRENCIES
            and _KK_REQUEST_AFTER.match(text, figure.end)
        ):  # fmt: skip
            kind = "plan"  # "24 млрд теңгеге бюджеттік өтінім дайындалды": money asked for, not yet given
        purpose = reader.language.code == "kk" and (
            match_in(_KK_PURPOSE_AFTER, _KK_PURPOSE_AFTER_GATE, text, figure.end)
            or (figure.unit in _SIZE_UNITS and _KK_WORKS_AFTER.match(text, figure.end))
        )
        if (
            purpose and purpose.end() <= clause[1] and kind == "actual"
            and not (period is not None and period.period_end is not None and period.period_end < published)
            and _KK_ALLOCATED.search(text, purpose.end())
        ):  # fmt: skip
            # "3 бу қазандығын жаңғыртуды аяқтау үшін ... бөлінген": the work money is set aside for
            # (not "... үшін 4,2 млрд теңге жұмсалды": money spent on it, the work done)
            kind = "plan"
        # "76,1% от запланированных на год 650 тыс. кв. м": the plan's or goal's whole, whatever "уже" dates
        share_base = (
            ru_share_base(text, figure.start) if kind == "actual" and reader.language.code == "ru" else None
        )
        kind = share_base or kind
        planned = reader.language.code == "kk" and search_in(
            _KK_PLANNED_BEFORE, _KK_PLANNED_BEFORE_GATE, text, clause[0], figure.start
        )
        if kind == "actual" and (
            whole_set_aside(reader.language.code, text, figure.start, figure.end)
            or (reader.language.code == "ru" and ru_programme_whole(text, figure.start, figure.end))
        ):
            # "Из выделенных 300 млрд тенге освоено 210 млрд", "Вместо запланированных 40 школ построено
            # 32", "Бөлінген 300 млрд теңгенің 210 млрд теңгесі игерілді": the whole set aside or planned,
            # against the part done, is the plan (FORMAT.md); the part keeps its verb's kind
            kind = "plan"
        if planned and kind == "actual" and not reader.level_verb.fullmatch(planned.group("noun") or ""):
            # "салынуы тиіс 655 нысанның 646-сы дайын", "жоспарланған 370 млн көшеттің ...": the total
            # a participle calls planned is the plan; the part the final verb reports is the outcome
            kind = "plan"
        if (
            kind == "plan"
            and reader.language.code == "kk"
            and kk_rate_paid(text, clause, figure.start, figure.end)
        ):
            kind = "actual"  # "әр балаға 4 АЕК мөлшерінде есептеледі": a rate in force (FORMAT.md)
        if (
            kind == "plan" and reader.language.code == "kk"
            and not any(clause[0] <= p < figure.start for p, _ in cues)
            and kk_share_standing(text, clause, figure.start, figure.end)
        ):  # fmt: skip
            kind = "actual"  # "өнімнің 70%-ы ішкі нарыққа жөнелтіледі": how a whole is divided now
            if inherited:
                # (so at publication, not in the span or month carried from the lead: FORMAT.md's
                # present state)
                period = Period(0, 0, published, published, False)
        if (
            reader.language.code == "ru" and kind in ("plan", "forecast")
            and _RU_EXISTING_BEFORE.search(text, max(clause[0], figure.start - 80), figure.start)
        ):  # fmt: skip
            # "проект позволит покрыть имеющийся дефицит в объеме 700 млн кВтч": the gap there is now
            kind = "actual"
            if period is None or inherited or period.is_deadline:
                period = Period(0, 0, published, published, False)
        if kind in ("plan", "forecast", "actual") and _purpose_level(
            reader.language.code, text, figure.start, figure.end
        ):
            # "Чтобы снизить потери с 50% до 25%, ...", "Өндірісті 1,5 есеге арттыру үшін ...": the level a
            # purpose clause names is the goal the work serves, not the work (its means keep their kind)
            kind = "target"
        elif (
            kind == "target" and deadline
            and not any(clause[0] <= p < clause[1] for p, _ in cues)
            and _after_purpose(reader.language.code, text, figure.start)
        ):  # fmt: skip
            # "Чтобы сократить очередь до 1800 семей к 2027 году, город построит 3500 квартир", "... қысқарту
            # үшін қала 3500 пәтер салады": the means of a goal, after its purpose clause, are planned work;
            # the deadline is the goal's
            kind = "plan"
        if (
            kind == "actual" and reader.language.code == "ru"
            and ("строительств" in text or "возведени" in text)  # (a substring first: most sentences have neither)
            and (
                _RU_SIZE_OF_BUILDING.search(text, max(0, figure.start - 90), figure.start)
                or _RU_SIZE_OF_NEXT_BUILDING.search(text, max(0, figure.start - 200), figure.start)
            )
            and not _RU_BUILT.search(text)
        ):  # fmt: skip
            # "рассмотрены предложения, в том числе строительство установок мощностью 500 МВт", "Работы по
            # возведению энергоисточника мощностью 480 Гкал/ч начались": the size of what a construction
            # named as a noun will give is planned, whatever verb tells of the decision or the start
            kind = "plan"
        if (
            (kind in ("plan", "forecast") or kind == "target" and any(k == "target" and p >= clause[1] for p, k in cues))
            and reader.language.code == "ru" and not deadline and not share_base
            and _present_clause(reader, text, clause, cues)
            and not any(clause[0] <= p < clause[1] for p, _ in cues)
        ):  # fmt: skip
            # "В регионе реализуются 57 проектов ..., которые создадут 8 тыс. рабочих мест": a clause
            # in the present, with no cue of its own, tells what is, not the next clause's plan (nor
            # its goal: "Охват составляет 81%, к концу года он должен достичь 90%"; +real29ru)
            kind = "state"
        if reader.language.code == "ru" and kind in ("forecast", "plan", "actual"):
            if (
                kind != "plan"
                and search_in(_PLANS_HEAD, _PLANS_HEAD_GATE, text, max(0, clause[0] - 60), clause[0])
                and not any(clause[0] <= p < figure.start for p, _ in cues)
            ):
                kind = "plan"  # "В планах – строительство 45 км газопроводов, что позволит ...": the plan's
            elif kind in ("forecast", "plan") and (
                _INTEND_TO.search(text, clause[0], figure.start)
                # (and what the level foreseen comes to, after it: "..., то есть примерно вдвое")
                or (figure.unit != "count" and _RU_OUTCOME_LEVEL_FORESEEN.search(text, 0, figure.start))
                or (
                    kind == "plan"
                    and _RU_REACH_LEVEL.search(text, clause[0], figure.start)
                    and not _RU_PLANNING_WORD.search(text, clause[0], figure.start)
                )
            ):
                kind = "target"
            elif (
                kind == "forecast"
                and (jobs := _JOBS_TO_CREATE.search(text, max(clause[0], figure.start - 60), figure.start))
                and match_in(_JOBS_AFTER, _JOBS_AFTER_GATE, text, figure.end)
                # of work the sentence schedules ("будут запущены 12 из них, что позволит создать ..."; not
                # "Реализация проектов позволит создать 18 тыс. рабочих мест", an expected result)
                and any(k == "plan" and p < jobs.start() for p, k in cues)
            ):
                kind = "plan"
        if (
            kind in ("actual", "estimate", "plan") and reader.language.code == "ru" and figure.unit in _MONEY
            and (
                kind != "plan" and _RU_NEED_ESTIMATED.search(text, clause[0], figure.start)
                or _RU_NEED_TOLD.search(text, 0, figure.start)
            )
        ):  # fmt: skip
            # "министр оценивала потребность в средствах на строительство ... в 200 млрд тенге": the money
            # a need is estimated at is what is expected to be needed, whenever the estimate was told
            kind = "forecast"
        if kind == "estimate":  # "дефицит оценивается в 0,9 ГВт": of a span not yet over, a forecast
            kind = (
                "forecast" if period is not None and (period.period_end or date.min) > published else "actual"
            )
            if (
                (
                    _COST.search(text, clause[0], figure.start)
                    # "проект оценивается в 76,8 млн тенге": what works are estimated to cost
                    or (figure.unit in _MONEY and _WORKS_COSTED.search(text, clause[0], figure.start))
                    # "объем вложений оценивается в 45 млрд", "завод, который будет ..., оценивается в"
                    or (figure.unit in _MONEY and _RU_WORTH_AHEAD_ESTIMATED.search(text, 0, figure.start))
                )
                and not _RUSSIAN_PAST_TENSE.search(text, clause[0], clause[1])
                and not _DONE_PARTICIPLE.search(text, clause[0], figure.start)  # "построенных заводов"
            ):
                # "стоимость проекта оценивается в 300 млрд тенге": planned spending, under a span
                # already over too (the works' cost is no figure of that span)
                if (
                    kind == "actual"
                    and inherited
                    and period is not None
                    and (period.period_end or published) < published
                ):
                    period = None
                kind = "plan"
        if (
            reader.language.code == "kk" and kind in ("plan", "forecast") and inherited and period is not None
            and period.period_start is not None and period.period_start == period.period_end
            and period.period_start < published
            and (copula := read_predicate(text, figure.end, clause[1])) is not None
            and copula.copular and copula.tense == "aorist"
            # (not "Жоба біткен соң ... 5 131 гектарға жетеді", "іске қосылғанда": once a thing to come is done)
            and not search_in(_KK_WHEN, _KK_WHEN_GATE, text, clause[0], clause[1])
            and not _KK_AFTER_DONE.search(text, clause[0], figure.start)
        ):  # fmt: skip
            # "1 қаңтардағы жағдай бойынша 2 319 жылыжай есепке алынған. Олардың жалпы ауданы 12,1 мың
            # шаршы метрге жетеді": the level of what was counted on a day gone by, not an outlook
            kind = "actual"
        if (
            reader.language.code == "kk" and kind in ("state", "actual")
            and search_in(_KK_WORTH_BEFORE, _KK_WORTH_BEFORE_GATE, text, clause[0], figure.start)
            and _KK_COST_ESTIMATED.match(text, figure.end)
        ):  # fmt: skip
            kind = "plan"  # "жаңа көпірдің құны 24 млрд теңге деп бағаланады": planned spending, as "стоимость оценивается"
        if kind == "actual" and (
            _DESIGN_CAPACITY_BEFORE[reader.language.code].search(
                text, max(0, figure.start - 70), figure.start
            )
            or figure.unit in _MONEY
            and (
                _ALLOCATING_NOUN_BEFORE.search(text, max(clause[0], figure.start - 40), figure.start)
                if reader.language.code == "ru"
                else _ALLOCATING_NOUN_AFTER.match(text, figure.end)
            )
            and not _SPENT_WORD[reader.language.code].search(text, clause[0], clause[1])
        ):
            # "Проектная мощность станции — 300 МВт", "жобалық қуаты — 300 МВт": a design figure;
            # "одобрило выделение 12 млрд тенге", "12 млрд теңге бөлуді мақұлдады": money to be allocated
            kind = "plan"
        if (
            reader.language.code == "kk" and kind == "actual"
            and match_in(_KK_IN_PLAN_PHRASE, _KK_IN_PLAN_PHRASE_GATE, text, figure.end)
        ):  # fmt: skip
            # "Биылғы 40 мектеп салу жоспары 90%-ға орындалды": the figure of the plan, not how far it was met
            kind = "plan"
        if (
            kind in ("plan", "target", "forecast") and (period is None or period.is_deadline)
            and _ru_labelled_bracket_state(reader.language.code, text, figure, cues) is not None
        ):  # fmt: skip
            # "Акимам Абайской (охват – 71,2%) ... нужно ускорить работу, чтобы ...": the region's level as
            # it stands, set in brackets beside the call to act (+real29ru)
            kind, period = "actual", Period(0, 0, published, published, False)
        if (
            kind in ("actual", "state") and reader.language.code == "ru" and ru_done_of_plan_label(text, figure.start)
            and (period is None or period.is_weak or _whole_year_of(period, published) or period.period_start == published)
        ):  # fmt: skip
            # "(охват – 71,2%, открыто от плана мест – 0%)": the done part of this year's plan (+kind25ru)
            period = Period(0, 0, date(published.year, 1, 1), published, False)
        if kind == "state":  # "70%-ын құрайды": what is, unless the period lies ahead
            undated = period is None or period.period_start is None and period.period_end is None
            if undated and reader.language.code == "kk" and _PRESENT_STOCK["kk"].search(text, *clause):
                # "Бұл ауылдарда 1,7 мың адам тұрады" with no date anywhere: who lives there now
                period = Period(0, 0, published, published, False)
            ahead = period is not None and (period.period_start or date.min) > published
            # (not a rate in tenge for one person, "биыл ЕТЖ 85 000 теңгені құрайды": in force already)
            rate = figure.unit == "KZT" and figure.value < 1e6
            begun = reader.language.code == "kk" and not rate and _barely_begun(period, published)
            if (
                (ahead or begun) and reader.language.code == "kk" and kk_school_year_open(period, published)
                # (a year not yet open named in the sentence itself, "жаңа оқу жылында ... 3 млн 900 мың
                # бала оқиды" on 31 August, is the year's to come; carried from before, it dates a state)
                and (inherited or not ahead)
                and (verb := read_predicate(text, clause[0], clause[1])) is not None and verb.stative
            ):  # fmt: skip
                # "2025-2026 оқу жылында өңірде 157 мектеп жұмыс істейді, оларда 213 662 оқушы білім алады"
                # in September, or "Оларда 74 мыңнан астам оқушы білім алады" in the last days of August
                # under the year told before: how things stand, a present state, not what the year is to
                # total (+k21kk); carried from before, dated at the report as any present state with no
                # date of its own (FORMAT.md), not over the school year told before
                ahead = begun = False
                if inherited:
                    period = Period(0, 0, published, published, False)
            kind = "plan" if ahead or begun else "actual"
        now_at = reader.now.search(text, clause[0], figure.start)
        present = now_at and (period is None or period.is_weak) or listed_now
        # "Сегодня необходимо реализовать ещё 61 проект", "На сегодня планируется открыть 5 школ": a
        # plan told today is still a plan; "сейчас" only dates it
        planned_today = now_at is not None and _ru_planned_today(reader, text, now_at.end(), figure.start)
        if present:
            dated_now.add(index)
        # "болжамын 7,5%-дан 8-9%-ға дейін көтерген": the old level of a revised forecast is one
        revised = (
            role == "from" and reader.language.code == "kk" and kind != "actual"
            and bool(_KK_REVISED_BEFORE.search(text, clause[0], figure.start))
        ) or (
            # "повысил прогноз инфляции с 8% до 9,5%": the old figure of a revised forecast or plan is one too
            role == "from" and reader.language.code == "ru" and kind != "actual"
            and bool(reader.revision.search(text, clause[0], figure.start))
            and bool(_RU_REVISED_FROM.search(text, max(clause[0], figure.start - 80), figure.start))
        )  # fmt: skip
        if (
            (role == "from" and reader.change.search(text, 0, figure.start) and not revised)
            or (role == "from" and reader.language.code == "kk" and not revised)
            # "позволит перерабатывать ... больше – с 18,4 млн до 27,4 млн тонн": the old level of a from-to
            # pair is where things stand, whatever verb tells the move (not the old figure of a forecast or
            # plan revised: "повысил прогноз с 7,5% до 8%")
            or (
                role == "from"
                and reader.language.code == "ru"
                and _RU_FROM_WORD.search(text, max(0, figure.start - 6), figure.start) is not None
                and not _RU_REVISED_FROM.search(text, max(0, figure.start - 80), figure.start)
            )
            or _base_before(text, figure.start)
            or (
                present
                and kind in ("plan", "forecast")
                and not share_base
                and not _PREPARING.search(text, figure.end, clause[1])
                and not building_size
                and not planned_today
                # (not "На сегодня из 40 запланированных объектов введено 25": the planned whole; +pb44ru)
                and not whole_set_aside(reader.language.code, text, figure.start, figure.end)
            )
            # "сейчас превышает 28 млрд долларов, а цель – выйти на 30 млрд": the level now, not the goal
            or (
                present
                and kind == "target"
                and not share_base
                and reader.language.code == "ru"
                and not any(clause[0] <= p < clause[1] for p, _ in cues)
            )
        ):  # "Қазір олар 31 423 теңге алса": what is paid now, whatever comes next
            kind = "actual"  # "с нынешних 32 360 тенге", "76 950 теңгеден 86 987 теңгеге": the level before
        elif (
            kind == "actual" and period is not None and (period.period_start or date.min) > published
            and not (stands and period.period_end is None)  # (what stands now after "с 1 января 2026 года ...")
            # ("В 2026 году планируется подключить 12 поселков. Связь доступна в 412": a state now, told in
            # the present by no report's copula, not a plan of the year carried; a sum, or the capacity of
            # a unit "готовят к реконструкции", stays the year's)
            and not (
                stands and inherited and reader.language.code == "ru" and figure.unit in (None, "count", "percent")
                and "copula" not in {tense for _, tense in clause_tenses(text, clause[0], clause[1])}
                # (not "план на 2026 год. Он включает 14 новых школ": what the plan holds is the plan)
                and not _RU_PLAN_HOLDS.search(text)
            )
            # (not "2025-2026 оқу жылында 310 мың оқушы қабылданып отыр" days before it: going on already)
            and not (reader.language.code == "kk" and _kk_going_on(text, clause))
            # (nor "Оларда 74 мың оқушы білім алады" days before it, the year carried from before: a state
            # told in the present, +k21kk)
            and not (
                reader.language.code == "kk" and inherited and kk_school_year_open(period, published)
                and (verb := read_predicate(text, clause[0], clause[1])) is not None and verb.stative
            )
            # (not a Kazakh past or perfect of its own clause under a span carried from the headline:
            # "Былтырғымен салыстырғанда мектептер саны 10-ға көбейген" in a report on the coming school year)
            and not (inherited and reader.language.code == "kk" and _kk_told_done(text, clause, figure.end))
            # (nor one ending on a simple past, passive too: "соңғы уақытта ... 3 000-ға жуық бала
            # қабылданды", "100 орындық перзентхана ашылды", what happened, whatever year ahead was read
            # for it; money set aside or a plan told in the past still looks ahead, +k21kk)
            # (not a part named, "Оның ішінде 4 жатақханасы ... берілді": the done part of a plan, read after)
            and not (
                reader.language.code == "kk" and kk_clause_told_done(text, clause, figure.end)
                and not _kk_part_of_a_plan(text, figure.end)
            )
            # (not "Жаңа 2024-2025 оқу жылында 351 мың бала 1-сыныпқа қабылданды" told in August: done in
            # the days before the school year it is for)
            and not (
                reader.language.code == "kk" and figure.unit not in _MONEY
                and _kk_school_year_at_hand(period, published) and _kk_done_in_clause(text, clause)
                # (a part of a plan told before, "Оның ішінде 4 жатақханасы ... берілді", is the done part;
                # not a part of a deed told done just before it, "... қабылданды және оның 70 пайызы")
                and not _kk_part_of_a_plan(text, figure.end)
            )
            and not (
                reader.language.code == "ru" and figure.unit not in _MONEY
                and _kk_school_year_at_hand(period, published)
                and _ru_told_at_school_year_start(text, clause, cues)
            )
        ):  # fmt: skip
            # a figure for a period still ahead is no outcome: "на 2026 год выделено"; what the economy
            # will do then is an outlook ("Инфляция в 2026 году замедлится до 6%")
            economy = reader.language.code == "ru" and economy_subject(text, clause[0], figure.start)
            kind = "forecast" if economy else "plan"
        elif (
            kind == "actual" and reader.language.code == "ru" and period is not None
            and figure.unit in _MONEY and period.period_start is not None and period.period_end is not None
            and period.period_start <= published < period.period_end
            and (
                _for_span(text, period)
                # "Бюджет отрасли в этом году составляет 102 млрд тенге": the year's budget, told as it stands
                or _RU_BUDGET_STANDS.search(text, clause[0], figure.start) is not None
            )
            and (
                _ALLOCATED.search(text, clause[0], clause[1])
                # "Бюджет города на 2025 год составляет 690 млрд тенге": the budget of the year under way
                # (not "исполнение бюджета ... составило": what of it was spent)
                or (
                    _BUDGET.search(text, clause[0], figure.start) is not None
                    and not _BUDGET_SPENT.search(text, clause[0], clause[1])
                )
            )
        ):  # fmt: skip
            kind = "plan"  # "На 2025 год на ремонт школ выделено 90 млрд" in February: money for the year under way
        elif (
            kind == "actual" and reader.language.code == "ru" and period is not None
            and figure.unit in _MONEY and period.period_end is not None and period.period_end >= published
            and (period.period_start is None or period.period_start <= published or period.is_deadline)
            # (the amount may follow a dash: "сохранен на уровне прошлого года – 20 млрд тенге")
            and _RU_FUNDING_KEPT.search(text, max(0, figure.start - 120), figure.start) is not None
        ):  # fmt: skip
            # "В этом году объем финансирования сохранен на уровне 20 млрд тенге" (+real29ru): the money
            # set for the year under way, kept as it was, is a plan like money allocated for it
            kind = "plan"
        elif (
            kind == "actual" and not inherited and period is not None and period.is_deadline
            and period.period_end is not None and period.period_end.year > published.year
            and not reader.now.search(text, clause[0], clause[1])
        ):  # fmt: skip
            if (
                reader.language.code == "ru"
                and _PROJECT_COUNT.match(text, figure.end)
                and _PROJECTS_HELD.search(text)
            ):
                # "На период до 2030 года сформирован пул из 120 проектов": how many there are is a
                # present state (FORMAT.md), the span is the pool's horizon
                period = Period(0, 0, published, published, False)
            elif not (
                reader.language.code == "ru"
                and any(k == "actual" and clause[0] <= p < clause[1] for p, k in cues)
            ):
                # (not a deed its own clause tells done: "к концу июня ставки выросли до 15%", "Под урожай
                # 2026 года засыпано 2 млн тонн семян"; FORMAT.md: "by 2023 the number had fallen to 3,900")
                kind = "plan"  # "до 2030 года ... будет создано 300 мест": work still ahead
        elif kind in ("plan", "forecast") and _across_contrast(reader, text, cues, clause, figure.start):
            kind = "actual"  # "..., тогда как приток ожидается ...": the other side's verb is not this one's
        if (
            reader.language.code == "ru" and kind in ("target", "forecast") and not inherited
            and period is not None and period.is_deadline and (period.period_end or date.min) > published
            and _PROJECT_COUNT.match(text, figure.end) and _PROJECTS_HELD.search(text, clause[0], clause[1])
            and not any(clause[0] <= p < figure.start for p, _ in cues)
        ):  # fmt: skip
            # "Инвестиционный портфель до 2027 года включает 70 проектов, их реализация позволит ...", "В
            # портфеле до 2028 года 30 проектов": how many a portfolio holds is a present state (FORMAT.md);
            # the deadline is its horizon and the outcome verb after it is the projects' result
            kind, period = "actual", Period(0, 0, published, published, False)
        if (
            # (an undated planned worth too: "в работе находятся 99 проектов стоимостью 152 млрд": as they stand)
            (
                kind in ("actual", "forecast")
                or (kind == "plan" and period is None and figure.unit in _MONEY)
                # "В портфеле до 2028 года 30 проектов на 1,2 трлн тенге": a pool's worth is no goal
                or (kind == "target" and not any(clause[0] <= p < clause[1] for p, _ in cues))
            )
            and reader.language.code == "ru"
            and _project_stake(text, figure, clause)
        ):
            # "реализуется 81 проект мощностью 15 ГВт и стоимостью 13 трлн тенге", "их реализация позволит
            # создать 20 тыс. рабочих мест": what projects under way are worth, will produce or employ is
            # plan until the text says it is done (FORMAT.md); undated, of the projects as they stand now
            kind = "plan"
            if period is None or inherited:
                period = Period(0, 0, published, published, False)
        if reader.language.code == "ru" and kind == "actual" and _ru_programme_works(text, figure.start):
            # "приступило к программе строительства 350 поликлиник стоимостью 360 млрд тенге": the works
            # a programme of building is to do, and their worth, are its plan (as in English)
            kind = "plan"
        if (
            reader.language.code == "kk" and kind == "actual" and figure.unit in _MONEY
            and _kk_project_worth(text, figure, clause)
            and (
                # a part of it spent told after it ("..., оның 4,4 млрд теңгесі игерілді"): the rest is not
                _KK_PART_SPENT.search(text, figure.end)
                # projects for a span still running ("2025-2027 жылдарға ... 128 жоба енгізілді")
                # (a span, not the lead's deadline: "жыл аяғына дейін ... салу жоспарланып отыр" then a
                # clinic already opened, whose cost was spent)
                or period is not None and not period.is_deadline and period.period_start is not None
                and period.period_end is not None and period.period_end > published
                # projects told as being carried out ("26 жоба жүзеге асырылуда, олардың құны – 315 млрд")
                or _KK_PROJECTS_GOING_ON.search(text) is not None
                # money told given to start the work ("құрылысты бастау үшін 550 млн теңге бөлініп отыр")
                or _KK_TO_START.search(text) is not None
            )
        ):  # fmt: skip
            # "жалпы құны 2,6 трлн теңгені құрайтын 128 жоба", "Жобаның жалпы құны – 5,8 млрд теңге":
            # what projects are worth is plan until the text says it is spent; their count stays actual
            kind = "plan"
            if _KK_PROJECTS_GOING_ON.search(text) and (period is None or inherited):
                period = Period(0, 0, published, published, False)  # undated: as the projects stand now
        if (
            reader.language.code == "kk" and kind == "actual" and figure.unit in _MONEY
            and _KK_POOL.search(text, figure.end, min(len(text), figure.end + _KK_POOL_REACH))
            and not _KK_SPENT.search(text, clause[0], clause[1]) and not _KK_PROJECTS_DONE.search(text)
            and not _KK_FINANCE.search(text)  # (a pension fund's or a bank's portfolio is what it holds)
        ):  # fmt: skip
            # "құны 605,5 млрд теңге болатын 48 жобадан тұратын пул жасақталды", "940 млрд теңгелік
            # инвестициялық пул": the worth of a pool or portfolio is plan, as FORMAT.md says of projects
            kind = "plan"
        if (
            kind in ("plan", "forecast", "target") and not inherited and period is not None
            and period.period_start is not None and period.period_start.year == published.year - 1
            and _YEAR_RESULTS_BARE.fullmatch(text, period.start, period.end)
            # (not the results of a year the sentence named before them: "2022 жылдың тоғыз айында ...,
            # жыл қорытындысы бойынша ... 8 миллионға жуықтауы мүмкін" is 2022's; +fs41kk)
            and str(period.period_start.year) not in text[: period.start]
            # (nor while the account is of that year's months so far, "За 11 месяцев 2022 года ... По
            # итогам года ожидается 10,8 млн" in January: the year whose full count is still to come)
            and not _part_of_year_before(scope, published)
        ):  # fmt: skip
            # "По итогам года уровень газификации достигнет 92%" in February: the year under way
            period = replace(
                period, period_start=date(published.year, 1, 1), period_end=date(published.year, 12, 31)
            )
        if (
            kind in ("plan", "forecast", "target") and not inherited and period is not None
            and period.period_start is not None and period.period_end is not None
            and period.period_end < published and period.period_start.year == period.period_end.year
            # (not a plan told in the past, "В феврале жилье планировалось вручить еще 200 семьям" told in
            # March: that February's plan; +fs40ru)
            and not (reader.language.code == "ru" and _told_in_past(text, figure.start, figure.end))
            and (
                (
                    (
                        period.period_start.month == period.period_end.month
                        # "мамыр, маусым және шілде айларында ... ұлғайтылады" told in April: the coming ones
                        or reader.language.code == "kk"
                    )
                    and (
                        not _YEAR_WORD.search(text, period.start, period.end)
                        # "1 қазан күні ... көмек қарастырылған" told on 30 September: the digits are
                        # the day's, not a year's, so the coming 1 October
                        # (a day already gone by this year, "14 қарашадағы мәліметінше", stays)
                        or reader.language.code == "kk"
                        and period.period_start == period.period_end
                        and period.period_start.year == published.year - 1
                        and _KK_BARE_DAY.fullmatch(text, period.start, period.end) is not None
                    )
                )
                # "Во втором полугодии будут сданы 14 школ" in July: this year's, not last year's
                or (
                    period.period_end.year == published.year - 1
                    and period.period_end.month - period.period_start.month < 6
                    and _PART_OF_YEAR_BARE.fullmatch(text, period.start, period.end) is not None
                )
            )
        ):  # fmt: skip
            # "терминалды жаңарту шілдеде аяқталып, ... ұлғаймақ" told in February: next July
            period = replace(period, period_start=period.period_start.replace(year=period.period_start.year + 1),
                             period_end=period.period_end.replace(year=period.period_end.year + 1))  # fmt: skip
        if (
            kind == "plan" and period is not None and period.period_end is None and not period.is_deadline
            and period.period_start is not None and period.period_start <= published
        ):  # fmt: skip
            # "2026 жылғы 1 қаңтардан бастап ... айына 46 783 теңге алады" told in March: a rate in force
            kind = "actual"
        if (
            kind == "actual" and not inherited and period is not None and period.is_deadline
            and period.period_end is not None and _KK_BEFORE_YEAR.fullmatch(text, period.start, period.end)
        ):  # fmt: skip
            # "2023 жылға дейін ... 30 мың гектарға ұлғайса": what was done before that year began
            period = replace(period, period_end=date(period.period_end.year - 1, 12, 31))
        if (
            reader.language.code == "kk" and kind == "actual" and figure.unit in _MONEY
            and _kk_allocated_unspent(text, clause, period, published)
        ):  # fmt: skip
            kind = "plan"  # "Бұл мақсатқа 5,6 млрд теңге бөлінген" for work due by the year's end (FORMAT.md)
        if (
            reader.language.code == "kk" and kind == "actual" and figure.unit in _MONEY
            and _KK_REMAINING_BEFORE.search(text, clause[0], figure.start)
            and _KK_STILL_GOING_END.search(text, figure.end, clause[1])
        ):  # fmt: skip
            # "Қалған 5 млн 600 мың теңге бойынша конкурстық рәсімдер өтуде": the rest of the money, what
            # is still being tendered or to be spent, is not yet used (FORMAT.md: allocated, unspent)
            kind = "plan"
        if (
            reader.language.code == "kk" and kind == "actual"
            and (period is None or (period.period_end or date.max) >= published)
            and _KK_FOR_A_SEASON.search(text, clause[0], figure.start)
            and _KK_ALLOTTED_END.search(text, figure.end, clause[1])
        ):  # fmt: skip
            # "Егіс науқанына 380 мың тонна отын бөлінді": set aside for a span not over, or one the text
            # does not date (FORMAT.md)
            kind = "plan"
        if reader.language.code == "kk" and kind == "forecast" and _KK_SIZE_AFTER.match(text, figure.end):
            # "250 адамға арналған емхана іске қосылады деп күтілуде": the size of a building not yet in
            # service is planned (FORMAT.md); the outlook is of its opening
            kind = "plan"
        if (
            reader.language.code == "kk" and kind == "plan"
            and _KK_AT_LEAST_BEFORE.search(text, max(clause[0], figure.start - 12), figure.start)
            and _KK_MUST_END.search(text, figure.end, clause[1])
        ):  # fmt: skip
            kind = "target"  # "жыл сайын кемінде 10 мектеп берілуі керек": at least so many must, a goal
        if inherited and kind == "actual" and any(p.is_weak and p.end <= figure.start for p in periods):
            period = None  # "На сегодня она выполнена на 46,4%, или на 51,5 млн кв. м": the same present
        if kind == "actual" and (period is None or (inherited and period.is_deadline)):
            # a state reported without a date, or under a deadline ("до конца года ... создано"): today's;
            # a total ("барлығы ... отырғызылды", "всего ... построено"): all so far
            total = first_total is not None and first_total.end() <= figure.start
            # (not under "Бүгінгі күні", "На сегодня" before it: a total told as of today is today's
            # state, as the figure the phrase dated first, FORMAT.md)
            total = total and not any(
                p.is_weak and p.period_start == p.period_end == published and p.end <= figure.start
                for p in periods
            )
            if total and reader.language.code == "ru" and first_total is not None:
                # "Всего в городе насчитывается 1400 многоэтажек, так что охвачено 12%": a total told
                # in the present, and a clause after it, stand now; "всего построено" is all so far
                told = {tense for _, tense in clause_tenses(text, clause[0], clause[1])}
                total = first_total.start() >= clause[0] and not told & {"present", "copula"}
                # ("217 школ, рассчитанных в общей сложности на 460 тысяч мест": the sum of what they are
                # designed for, no tally so far; +fs30ru)
                total = total and not _RU_DESIGNED_FOR.search(text, clause[0], figure.start)
            if total and reader.language.code == "kk" and _KK_FIELD_TALLY.search(text, figure.end, clause[1]):
                # "Барлығы 15 млн тонна астық бастырылды": a field campaign's running total, the state at
                # publication (FORMAT.md), not all since a start the text never names
                total = False
            period = Period(0, 0, None if total else published, published, False)
        reached = (
            inherited and role == "to" and _spans_now(scope, published) and reader.change.search(text)
            and not _RU_FLOW_NOUN.search(text, 0, figure.start)  # a flow's new level is the span's volume
        ) or (
            # "за последние три года вложено 1 трлн. Это позволило поднять скорость до 94 Мбит/с": the level
            # a deed of a span running now has brought something to is today's (+fs30ru)
            inherited and reader.language.code == "ru" and _spans_now(scope, published)
            and _RU_BROUGHT_TO_BEFORE.search(text, max(0, figure.start - 90), figure.start) is not None
        )  # fmt: skip
        if (
            kind == "actual"
            and reader.language.code == "ru"
            and _capacity(reader, text, figure, clause, inherited)
        ):
            # "завод мощностью до 100 вагонов в год", "мощности позволяют обрабатывать 12 млн тонн в
            # год": what a plant can do is how it stands now, not the output of the span in scope
            stands = True
        if rule_in_force and kind in ("plan", "forecast"):
            kind = "actual"  # "Так, при стаже 20 лет выплата составит 90%": the rule's outcome, in force now
        if kind == "actual" and (stands or reached):
            # "Уровень безработицы составляет 4,1%" under "с начала года": how things stand now; "сократилось
            # с 351 до 340" under a span running now: the level the change has reached is today's
            period = Period(0, 0, published, published, False)
        if (
            kind == "forecast" and reader.language.code == "ru" and role != "from"
            and _YEARLY.search(text, clause[0], clause[1]) and _HANDLES.search(text, clause[0], clause[1])
        ):  # fmt: skip
            # "терминал сможет обрабатывать до 240 тыс. контейнеров в год", "позволит ежегодно
            # перерабатывать на 9 млн тонн больше": the design capacity of work planned, as "will have"
            kind = "plan"
        # (also when a cue already read the level as a goal: "предусматривает рост экспорта до", +fs40ru)
        if kind in ("plan", "target") and _strategy_level(text, figure):
            kind = "target"
            if period is not None and _several_years(period):
                period = replace(period, period_start=None, is_deadline=True)  # reached by the span's end
        chain = _kk_converb_chain(text, clause) if reader.language.code == "kk" else clause
        if (
            reader.language.code == "kk" and kind == "plan"
            and (
                figure.unit in ("KZT", "USD", "percent") and _KK_PER_UNIT.search(text, clause[0], clause[1])
                # "Зауыт жылына 6 млн тонна мұнай өңдейді": what a plant handles a year in the aorist, with no
                # date, no plan word and nothing being built or opened, is its rate now (a converb chain,
                # "күніне 10 дана өндіріліп, ... жасалады", is one clause with the last verb's tense)
                or period is None and _KK_A_YEAR.search(text, chain[0], chain[1])
                and not _KK_UNDER_WAY.search(text) and not _KK_DESIGN.search(text)
                and not _KK_WORK_BEGUN.search(text)  # ("... өңдейтін жобаны бастады": no aorist, begun)
            )
            and _KK_AORIST_END.search(text, chain[0], chain[1])
            and not _KK_AHEAD_WORDS.search(text)
            and (period is None or period.period_start is None or period.period_start <= published)
        ):  # fmt: skip
            # "бір шаршы метр үшін айына орташа 1 714 теңге төленеді", "бір тәуліктік баға 5 мың
            # теңгеден басталады": a price or rate per unit in the aorist is what holds now, not a plan
            kind = "actual"
            if period is None or period.is_deadline or period.period_start is None:
                period = Period(0, 0, published, published, False)
        if (
            reader.language.code == "kk" and kind == "actual" and not inherited and period is not None
            and period.is_deadline and period.period_end is not None and period.period_end < published
            and _KK_YEAR_END_BY.search(text, period.start, period.end)
            and (_KK_PAST_END.search(text, clause[0], clause[1]) or _KK_PERFECT_END.search(text, clause[0], clause[1]))
        ):  # fmt: skip
            # "2022 жылдың соңына қарай олардың саны 584 мыңға жетті": a level reached by a year-end gone
            # by, told in the past, stood on that day; no deadline (so "... 4303 нысан тіркелген", the
            # perfect of a source's count)
            period = replace(period, period_start=period.period_end, is_deadline=False)
        if (
            reader.language.code == "kk" and kind == "actual" and not inherited and period is not None
            and period.is_deadline and period.period_end is not None and period.period_end <= published
            and _KK_THIS_YEARS_DAY_BY.match(text, period.start, period.end)
            and _KK_PAST_END.search(text, *_kk_converb_chain(text, clause))
        ):  # fmt: skip
            # "биылғы 1 қазанға дейін жалпы өнім көлемі 240,5 млрд теңгеге жетіп, 5,8 пайызға артты":
            # what was done this year up to a day gone by runs from 1 January, like "Жыл басынан 1
            # қазанға дейін" (a plan's "биылғы 1 қазанға дейін" stays a deadline)
            period = replace(period, period_start=date(period.period_end.year, 1, 1), is_deadline=False)
        if (
            kind in ("plan", "forecast", "target")
            and reader.language.code == "kk"
            and _KK_INSTEAD.match(text, figure.start)
            # (not "Жоспарланған 40 мектептің орнына": the plan the outcome fell short of)
            and not search_in(_KK_PLANNED_BEFORE, _KK_PLANNED_BEFORE_GATE, text, clause[0], figure.start)
        ):
            kind = "actual"  # "172 500 теңгенің орнына ... 195 000 теңге болмақ": the level replaced, as it stands
        if (
            kind in ("plan", "forecast", "target") and reader.language.code == "ru"
            and period is not None and period.period_end is not None and period.period_end < published
            and _RU_PAST_LEVEL_BRACKET.fullmatch(text, text.rfind("(", 0, figure.start) + 1, figure.start) is not None
            and _RU_YEAR_CLOSES_BRACKET.match(text, figure.end) is not None
        ):  # fmt: skip
            # "увеличится до 90% в 2021 году (89% в 2020 году)": the level of a year gone by, given
            # beside the outlook for comparison, is what was
            kind = "actual"
        if (
            kind == "plan" and reader.language.code == "ru" and figure.unit in ("percent", "other")
            and (period is None or period.period_start is None or period.period_start <= published)
            and _RU_RATE_IN_FORCE.search(text, clause[0], figure.start) is not None
        ):  # fmt: skip
            # "Система страхования предусматривает субсидирование премий в размере 50%", "предусмотрены
            # ежемесячные выплаты в размере 1,5 МРП": a rate a rule in force provides for is what holds
            # now (FORMAT.md), not a plan, nor the year a budget line before it named
            kind = "actual"
            in_force_now = period is None or period.is_weak or inherited
            period = Period(0, 0, published, published, False) if in_force_now else period
        if (
            period is not None and period.period_start == period.period_end == published
            and (
                _FORMERLY[reader.language.code].search(text, clause[0], figure.start)
                # "98,6 тенге (ранее – 103,52 тенге)": the dash in the bracket opens no new state
                or _RU_FORMER_BRACKET.search(text, max(0, figure.start - 16), figure.start)
            )
        ):  # fmt: skip
            # "Если раньше в районе проживало 400 тыс. человек, то теперь 100 тыс.", "Бұрын ауылда 12
            # мектеп болған": a level told as a former one is no state at publication, and no day of
            # it is named (FORMAT.md: no way to tell the period)
            period = None
        if (
            inherited and kind in ("plan", "forecast", "target") and reader.language.code == "ru"
            and _RU_SOON.search(text, clause[0], figure.start)
        ):  # fmt: skip
            # "В этом году открыто 12 предприятий. В ближайшее время будет реализовано 90 проектов":
            # what is to be done soon names no span; the year carried is the deeds' before it
            period = None
        unit = cast(UnitCode, figure.unit or "count")  # the language tables map onto units.py's codes
        # "32 360 теңгеден 35 596 теңгеге ұлғайды": the dative end of a from-to is the new level
        is_change = role != "to" and _is_change(reader, text, figure, clause)
        if role == "high" and partner is not None and not is_change:
            # "вырастет на 1-3 процента": the high end of a range of changes is a change as its low end
            is_change = _is_change(reader, text, figures[partner], clause)
        if (
            kind == "plan" and reader.language.code == "ru"
            and (role == "to" or is_change or _RU_TO_OR_BY.search(text, max(0, figure.start - 12), figure.start))
            and (condition := _RU_IF_DONE_OPENING.match(text)) is not None and condition.end() <= figure.start
            # (not "При реализации проекта планируется построить дорогу до 40 км": a plan said outright)
            and not _RU_PLANNING_WORD.search(text, condition.end(), clause[1])
        ):  # fmt: skip
            # "Если все намеченное будет реализовано, мощность увеличится с 8 542 до 12 717 МВт, то есть
            # на 49%": the level or change the plans are to bring is an outcome expected (FORMAT.md)
            kind = "forecast"
        own_item = trim_open_end(
            _item(
                reader,
                text,
                figure,
                clause,
                periods,
                figures[index - 1].end if index else 0,
                tuple((f.start, f.end) for f in figures[:index]) if reader.language.code == "kk" else (),
            ),
            reader.language.code,
        )
        indicators.append(
            Indicator(
                value=figure.value,
                unit=unit,
                item=_list_item(reader, sentence, figure, published)
                or _dash_item(
                    reader,
                    text,
                    figure,
                    periods,
                    own_item,
                    indicators[-1].item if indicators else "",
                    bool(index) and dash_label(text, figures[index - 1].start) is None,
                )
                or _dash_after_item(reader, text, figure, indicators[-1].item if indicators else "")
                or _bracket_item(reader, text, figure)
                or own_item
                or (_kk_name_before_bracket(text, clause, figure) if reader.language.code == "kk" else "")
                or _subject_item(reader, text, indicators, figures, periods, text[clause[0] : figure.start]),
                qualifier=_qualifier(reader, text, figure),
                period_start=period.period_start if period else None,
                period_end=period.period_end if period else None,
                kind=kind,
                is_change=is_change,
                sentence=text,
                sentence_start=sentence.start,
                start_char=sentence.start + figure.start,
                end_char=sentence.start + figure.end,
                surface=text[figure.start : figure.end],
                role=role,
                partner=first_index + partner if partner is not None else None,
                direction=change_direction(reader.language.code, text, figure.start, figure.end)
                if is_change
                else None,
            )
        )
    leveled = _levels_before(indicators, first_index, published, sentence.lead or "")
    return _kk_dash_range_items(leveled, first_index) if reader.language.code == "kk" else leveled


def _whole_year_of(period: Period, published: date) -> bool:
    """The period is the whole year of publication."""
    return period.period_start == date(published.year, 1, 1) and period.period_end == date(
        published.year, 12, 31
    )


def _narrower_within(period: Period, scope: Period) -> bool:
    """The period is a year of the several years the scope spans ("биыл" of "2024-2025 жылдары"), not
    the scope itself nor a day told within it."""
    first, last, start, end = period.period_start, period.period_end, scope.period_start, scope.period_end
    if first is None or last is None or start is None or end is None or end.year == start.year:
        return False
    return start <= first and last <= end and (first.month, first.day, last.month, last.day) == (1, 1, 12, 31)
