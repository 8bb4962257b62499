"""extract_cyrillic_indicators: the figures of a Russian or Kazakh article body, as Indicators.

Same records and provenance as the English extractor (etl/extract/indicators.py): value, unit,
period, kind, change, the verbatim sentence and offsets into the body. The period a sentence
does not state comes from the sentences before it, then from the headline, as for English."""

from __future__ import annotations

import re
import sys
from datetime import date

from etl.extract.cyrillic_changes import (
    _kk_change_lead,
    _kk_dashed_percents,
    _kk_list_changes,
    _kk_ranking_goes_on,
)
from etl.extract.cyrillic_figure_period import (
    _last_told,
)
from etl.extract.cyrillic_figure_roles import ru_upkeep_counts, ru_yearly_bound
from etl.extract.cyrillic_inherited_scope import (
    _far_short_span,
    _kk_bare_this_year_within,
    _kk_deadline_reached,
    _kk_deed_after_plan_for_year,
    _kk_done_not_ahead,
    _kk_week_left_behind,
    _later_paragraph,
    _looks_back,
    _narrows_running_span,
    _paragraph_opened_on_the_present,
    _ru_deed_after_outlook_for_year,
    _ru_deed_after_plan_ahead,
    _ru_document_years,
    _ru_done_back_in_report,
    _ru_done_under_deadline_ahead,
    _ru_event_day_ahead,
    _ru_flow_goes_on,
    _ru_now_of_change_ahead,
    _ru_share_base,
    _ru_state_past_plan_ahead,
    _ru_stock_day_before,
    _tells_present,
    _verbless_goes_on,
    ru_year_so_far_past_stock_day,
)
from etl.extract.cyrillic_item_names import bare_dated_members
from etl.extract.cyrillic_kinds import (
    find_cues,
    ru_restated_in_currency,
)
from etl.extract.cyrillic_numbers import (
    Figure,
    Reader,
    reader_for,
    split_cyrillic_sentences,
)
from etl.extract.cyrillic_periods import find_cyrillic_periods
from etl.extract.cyrillic_plan_parts import (
    _RU_SHARED_OUT_LEAD,
    _allocations_planned,
    _done_of_year_plan,
    _done_so_far,
    _done_under_plan_years,
    _kk_done_of_year_plan,
    _kk_harvest_of_the_year,
    _kk_plan_counted_by_field,
    _kk_verbless_member,
    _of_list_kind,
    _parts_of_a_plan,
    _planned_for_the_year,
    _plans_kept_apart,
    _projects_planned,
    _ru_change_of_allotted,
    _ru_harvest_outlook_year,
    _ru_labelled_share,
    _ru_lead_cue_kind,
    _ru_plans_ahead,
    _ru_shares_of_what_is_ahead,
    _ru_verbless_member,
    _size_of_what_is_to_come,
    _starts_ahead,
    _still_ahead,
    _this_years_plan,
    kk_done_before_more_by_year_end,
    largest_of_plan,
    ru_done_before_more_by_year_end,
)
from etl.extract.cyrillic_report_span import (
    _actual_span,
    _as_period,
    _bare_date,
    _closes,
    _data_month,
    _inside_period,
    _is_day,
    _is_reporting_date,
    _is_span,
    _is_this_year,
    _kk_this_year_same_months,
    _report_scope,
    _span_end,
    _year_start_closed,
    _year_to_date,
    kk_meeting_day_recalled,
    kk_that_year_named_before,
    ru_tally_from_named_start,
    ru_whole_of_part_told,
    ru_whole_years,
    ru_years_named_before,
)
from etl.extract.cyrillic_scope_carry import (
    _is_comparison,
    _part_after_source,
    _scope_after,
    ru_told_now_leaves_span,
)
from etl.extract.cyrillic_sentence_figures import (
    _RU_LAID_IN,
    _RU_LAID_IN_GATE,
    _from_a_start,
    _implied_change,
    _month_of_a_stock,
    _rates_stand_now,
    _respectively,
    _ru_average_beside_now,
    _ru_before_current_amount,
    _ru_bracketed_former,
    _ru_change_beside_level_now,
    _ru_current_amount,
    _ru_from_day_goes_on,
    _ru_month_to_day,
    _ru_old_level_before_start,
    _ru_part_allotted_of_a_plan,
    _ru_part_of_the_whole,
    _ru_share_of_the_figure,
    _ru_since_to_level,
    _ru_stock_laid_in,
    _ru_year_to_day,
    _running_total,
    _tally_after_last_days,
    money_paid_since_year_start,
)
from etl.extract.cyrillic_sentence_reader import _sentence_indicators
from etl.extract.cyrillic_shared_cues import (
    _ANY_DIGIT,
    _BARE_SCALED_END,
    _FLOW_DONE,
    _RU_SPAN_FLOW,
    _SET_ASIDE,
    _SET_ASIDE_GATE,
    _SHARE_OF_BEFORE,
    _THEN_INSIDE,
    _THUS,
    sentence_holds,
)
from etl.extract.cyrillic_standing import _ru_monthly_fee_now
from etl.extract.cyrillic_unit_sharing import (
    _bare_range_before_amount,
    _currency_terms_units,
    _former_level_units,
    _list_member_units,
    _ratio_units,
    _shared_rates,
    _shared_scaled_units,
    _units_after_bracket,
)
from etl.extract.direction import Direction
from etl.extract.first_chars import gate_namespace
from etl.extract.indicator_record import Indicator
from etl.extract.item_roles import settle_items
from etl.extract.kk_clause_reading import (
    _kk_done_in_report_span,
    _kk_ends_in_past,
    _kk_recalled_before,
    _kk_stock_now,
    kk_capacity_after_opening,
    kk_state_after_event_day,
    kk_state_under_plan_ahead,
)
from etl.extract.kk_list_members import kk_members_share_last_verb, kk_parts_after_colon
from etl.extract.kk_predicate import kk_tells_plan
from etl.extract.kk_sentence_figures import (
    _kk_added_item,
    _kk_among_those_counted,
    _kk_bracket_year_same_span,
    _kk_brackets_alike,
    _kk_change_drawn_over_span,
    _kk_change_of_the_told,
    _kk_change_over_this_span,
    _kk_doers_now,
    _kk_done_of_a_plan,
    _kk_done_part_beside_plan,
    _kk_done_part_so_far,
    _kk_named_still_to_build,
    _kk_now_in_force,
    _kk_old_level_instead,
    _kk_part_of_a_days_whole,
    _kk_part_of_done_whole,
    _kk_part_of_forecast,
    _kk_part_of_standing_whole,
    _kk_parts_under_way,
    _kk_past_base_stands,
    _kk_plan_restated,
    _kk_planned_base,
    _kk_planned_whole_again,
    _kk_provision_and_parts,
    _kk_rate_in_force,
    _kk_rate_told_in_force,
    _kk_residents_now,
    _kk_rise_to_above_level,
    _kk_share_reached_since,
    _kk_since_to_level,
    _kk_span_edges,
    _kk_that_is,
    _kk_total_brought_to,
    kk_parts_summing_to_stock,
)
from etl.extract.kk_works_ahead import (
    kk_capacity_of_plant_ahead,
    kk_size_of_works_told_next,
    kk_staff_a_work_will_employ,
    kk_what_projects_allow,
    kk_what_works_deliver_once_done,
)
from etl.extract.languages.kk import KAZAKH
from etl.extract.languages.ru import RUSSIAN
from etl.extract.lead_span import dated_by_a_later_span
from etl.extract.literal_gates import gated_search, literal_gate
from etl.extract.periods import Period
from etl.extract.records import replace
from etl.extract.ru_documents import named_documents
from etl.extract.ru_parts_of_total import ru_parts_of_total_before, ru_share_of_plan_before
from etl.extract.ru_span_edges import ru_span_edges
from etl.extract.section_headings import is_place_heading
from etl.extract.sentences import LIST_ITEM
from etl.extract.shared_units import list_units, member_units, twin_units
from etl.extract.units import CURRENCIES

LANGUAGE_DATA = {"ru": RUSSIAN, "kk": KAZAKH}


def extract_cyrillic_indicators(
    body: str, published: date, language: str, title: str = ""
) -> list[Indicator]:
    """Every reported figure of a Russian ('ru') or Kazakh ('kk') body, in order. Pure."""
    data = LANGUAGE_DATA[language]
    reader = reader_for(data)
    results: list[Indicator] = []
    # (not a headline's weak "уже", "сегодня": "намолотили уже 20 млн тонн" names no span the body
    # reports, and the lead's stock day "на 30 сентября" dates its figures)
    title_periods = [
        p
        for p in find_cyrillic_periods(title, published, data)
        if (p.period_start or p.period_end) and not p.is_weak
    ]
    scope: Period | None = title_periods[0] if title_periods else None
    report_span = scope  # the span the article reports on: the first one it names
    # the scope came from a headline or sentence with no figure of its own ("Президент ... ұлттық
    # жобасын 20 наурызға дейін бекітуді тапсырды", "2050 жылға дейін дамыту стратегиясы"): the
    # horizon of a document or an instruction, not the time of the figures told after it
    scope_bare = scope is not None and not _ANY_DIGIT.search(title[: scope.start] + title[scope.end :])
    scope_set_at = 0  # where the sentence that set the scope starts in the body (0: the headline)
    last: Period | None = None  # the period of the previous sentence's last figure
    # "Численность населения на 1 июля ...": a stock's date frames its paragraph only, then the
    # span it interrupted (the headline's half year, "по итогам 2016 года") comes back
    interrupted: Period | None = None
    previous_end = 0
    mentioned: Period | None = None  # the previous sentence's last period, whether it set the scene or not
    mentioned_bare = False  # the sentence that named `mentioned` had no figure of its own
    compared, then, previous_start = False, False, 0  # the previous sentence opened a comparison
    told_today = False  # the previous sentence named the present ("Сегодня ...", "Сейчас ...")
    head_count_day: date | None = (
        None  # the day of the last Russian head count of people ("проживают 20 млн")
    )
    parts_list = False  # the sentences before opened a list of parts of their figure ("из которых:")
    now_scene = False  # kk: a stock told "now" set the scene, and no period was named since
    # ru: a sentence told "now" ("В настоящее время ...", "На сегодня ...") left a span already over
    # behind, and no period was named since
    ru_now_scene = False
    fee_now = False  # ru: the sentence before told a fee per month in force now
    # the span of the last actual flow reported, and whether the scope since came from a sentence of
    # money set aside or planned only: "за этот период", "осы кезеңде" then mean the span reported
    reported: Period | None = None
    scope_by_plan = False
    scope_by_goal = (
        False  # (Russian) ... and its figures were all goals ("Целевой показатель на текущий год")
    )
    scope_set_at = 0  # where the sentence that set the scope starts in the body
    # (Russian) the scope is the day before publication on which its sentence says news was told
    # ("6 октября в коммунальных службах сообщили, что ...")
    scope_told_day = False
    since_before: Period | None = None
    # (Russian) the spans told by the last sentence with figures and by the one before it in its
    # paragraph, and by the last one alone: what "за этот период" may point back at
    spans_told: tuple[list[tuple[date, date]], list[tuple[date, date]]] = ([], [])
    spans_told_before: list[tuple[date, date]] = []
    spans_told_at = 0  # where the last sentence with such figures starts
    year_plan = 0  # > 0: one of the last two sentences planned work for the year of publication
    planned = False  # the sentence's figures were money set aside or planned only
    rate_before = False  # the previous sentence gave a rate per 1 000 / 100 000 people
    list_kind: str | None = None  # the kind a Kazakh list's lead gives its items
    list_change: Direction | None = None  # the way of the change a Kazakh list's lead names
    rates_lead = False  # (Russian) the list's lead names the sizes of payments, with no period of its own
    laid_in_list = False  # (Russian) the list's lead tells a supply laid in ("заготовлено:")
    shared_out_list = False  # (Russian) the list's lead shares amounts out ("расходы распределены так:")
    # (Russian) the year up to a stock day (day, first, last) a change of the sentence was read over
    # ("на 9 апреля за год подорожала капуста: ... на 26,2%"), and the one a list's lead hands its members
    year_moved: tuple[date, date, date] | None = None
    list_year: tuple[date, date, date] | None = None
    years_named: Period | None = None  # (Russian) the last run of whole years named ("на 2024–2026 годы")
    # (Russian) the last period named that is not over at publication, and the headline's: what an
    # undated plan or outlook is about once the account has moved into the past
    ahead: Period | None = next((p for p in reversed(title_periods) if _still_ahead(p, published)), None)
    headline = scope
    # (Russian) the last period named that begins after publication ("с 1 января 2026 года")
    starts_ahead: Period | None = next(
        (p for p in reversed(title_periods) if _starts_ahead(p, published)), None
    )
    documents: dict[str, tuple[date, date]] = {}  # (Russian) documents named with their years
    sentences = split_cyrillic_sentences(body)
    in_lists = _list_member_units(reader, body, sentences)
    # the scope the lead had set when the first line naming a place alone opened a section
    before_sections: Period | None = None
    sections_seen = False
    for sentence in sentences:
        year_plan = max(0, year_plan - 1)
        fee_before, fee_now = fee_now, False
        if _own_line(body, sentence.start, sentence.text) and is_place_heading(sentence.text, language):
            # "Астана\n ... 1 қазан күні ... .\n Алматы\n Алматыда зейнеткерлер саны – 258 897": one
            # place's period does not date the next place's section
            if not sections_seen:
                sections_seen, before_sections = True, scope
            scope, last, mentioned, interrupted = before_sections, None, None, None
            told_today = now_scene = False
        lead_kind = results[-1].kind if results else None  # the last figure's before this sentence
        if (
            interrupted is not None
            and "\n" in body[previous_end : sentence.start]
            # "на 1 января 2026 года портфель составлял ... .\n Долги 31-60 дней составляют ...": a
            # paragraph that goes on with stocks in the present stays at the stock's date
            and not (
                _STOCK_PRESENT[language].search(sentence.text)
                and not any(kind == "actual" for _, kind in find_cues(reader, sentence.text))
            )
            # "К 1 января численность достигла 20 млн.\n Разбивка выглядит так:\n - горожане – 12,4 млн":
            # a line with no figure waits, and a list's members go on with what led them in (bulleted, or
            # lines after a lead's colon or a member's semicolon: "на 10 января:\n масло – 907 тенге;")
            and not (
                language == "ru"
                and (
                    not _ANY_DIGIT.search(sentence.text)
                    or _RU_BULLET.match(sentence.text)
                    or body[: sentence.start].rstrip().endswith((":", ";"))
                )
            )
        ):
            if _ru_flow_goes_on(language, sentence.text, interrupted, scope):
                interrupted = None
            else:
                scope, interrupted = interrupted, None
        previous_end = sentence.start + len(sentence.text)
        # (a figureless lead, "Далее в списке:", hands on the year of the sentence just before it)
        year_before, year_moved = year_moved, None
        then = False
        reached: dict[date, date] = {}  # the spans (end: start) this sentence's actual figures cover
        planned = goal_set = False
        went_on_today = False  # the sentence went on with the present the one before named
        tally_so_far = False  # kk: a deed told after a plan for the year under way is a tally so far
        head_count_again = False  # a head count of people back at the stock day a span broke into
        # "Есепті кезеңде", "за отчетный период": the span the report is about, not the last one named
        reporting = (
            report_span is not None
            and gated_search(_REPORTING_PERIOD, _REPORTING_PERIOD_GATE, sentence.text) is not None
        )
        # "С начала года по 1 ноября выплатили 27 млрд. В этом году предусмотрено 98 млрд. За этот
        # период ...": the span of the payments, not the year of the budget
        # "Численность на 1 января 2018 года ... . Число родившихся за 2017 год ... .\n Естественный прирост за
        # данный период ...": a period pointed at is no day; the span last reported, not the stock's date
        this_period = (
            (scope_by_plan or _is_day(scope))
            and reported is not None
            and bool(_THIS_PERIOD.search(sentence.text))
        )
        periods = [
            p
            for p in find_cyrillic_periods(
                sentence.text,
                published,
                data,
                report_span
                if reporting
                else reported
                if this_period
                else since_before
                if since_before is not None and language == "ru" and _RU_THIS_SAME.search(sentence.text)
                else mentioned
                if mentioned is not None and language == "kk" and _KK_SINCE_THEN_OPENING.match(sentence.text)
                else mentioned
                if language == "kk" and kk_that_year_named_before(sentence.text, mentioned)
                else scope,
            )
            if not (
                _is_reporting_date(reader, sentence.text, p)
                and not kk_meeting_day_recalled(reader, sentence.text, p)
            )
            and not _data_month(language, sentence.text, p, scope)
            and not (
                language == "ru"
                and (founded := _FOUNDED_BEFORE.search(sentence.text, max(0, p.start - 40), p.start))
                # (but "Построенные в 2024 году 15 школ": the participle's things are the figure's, so
                # its year dates the count; +pb44ru)
                and not (
                    founded["ending"].lower() in ("ые", "ых") and _COUNT_NEXT.match(sentence.text, p.end)
                )
            )
            and not _ru_share_base(language, sentence.text, p)
            and not _bare_date(sentence.text, p)
            # "өткен жылдан қалған 250,7 мың тонна мал азығы бар": where a stock is left over from, no
            # time of the figure (the stock is counted as the sentence tells it)
            and not (language == "kk" and _KK_LEFT_FROM_AFTER.match(sentence.text, p.end))
        ]
        if language == "ru" and not reporting and not this_period:
            periods = ru_whole_of_part_told(sentence.text, periods, spans_told)
        if language == "ru" and _later_paragraph(body, scope_set_at, sentence.start):
            stock_left = _paragraph_opened_on_the_present(body, sentence.start, results, published)
            periods = ru_year_so_far_past_stock_day(sentence.text, periods, scope, stock_left, published)
        that_day = (
            gated_search(_KK_THAT_DAY, _KK_THAT_DAY_GATE, sentence.text)
            if language == "kk" and not periods
            else None
        )
        if that_day is not None:
            # "1 қарашадағы жағдай бойынша ... . Сол күнгі есеппен орташа мөлшері 120 873 теңге болды": the
            # day just named, not the span of the lead
            day = mentioned if _is_day(mentioned) else last if _is_day(last) else None
            if day is not None:
                periods = [replace(day, start=that_day.start(), end=that_day.end(), is_weak=False)]
        these_years = (
            gated_search(_KK_THESE_YEARS, _KK_THESE_YEARS_GATE, sentence.text)
            if language == "kk" and not periods
            else None
        )
        if these_years is not None:
            # "2015-2017 жылдары ... . Оның ... 2017 жылы ... . Осы үш жылда 44 мектеп салу көзделіп отыр": the
            # run of that many years named before, not the last year of it (+fs30kk)
            years = _YEAR_COUNT_WORDS.get(these_years["n"].lower()) or int(these_years["n"])
            named = next(
                (
                    p
                    for p in (scope, report_span, mentioned)
                    if p is not None and years > 0 and ru_whole_years(p) == years
                ),
                None,
            )
            if named is not None:
                periods = [replace(named, start=these_years.start(), end=these_years.end(), is_weak=False)]
        named_again = (
            _kk_things_named_before(sentence.text, results) if language == "kk" and not periods else None
        )
        if named_again is not None and named_again.period_start is not None:
            # "78 219 грант бөлінді (2024-2025 оқу жылы) ... Биылғы конкурсқа ... .\n Осы гранттарды
            # иеленгендердің арасында ... 412 жетім бала": the things pointed back at are those of the
            # figure that counted them, at its period, not the last one named (+fs30kk)
            opening = _KK_THESE_THINGS.match(sentence.text)
            assert opening is not None
            periods = [
                Period(
                    opening.start("noun"),
                    opening.end(),
                    named_again.period_start,
                    named_again.period_end,
                    False,
                )
            ]
        figures = [f for f in reader.figures(sentence.text) if not _inside_period(f, periods)]
        if figures and len(sentence.text) <= _DATELINE_LENGTH:
            # "Тамыздың 23-і.": a dateline's day split off as a sentence of its own is no figure either
            datelines = [
                p
                for p in find_cyrillic_periods(sentence.text, published, reader.language)
                if _bare_date(sentence.text, p)
            ]
            figures = [f for f in figures if not _inside_period(f, datelines)]
        for index, unit in list_units(sentence.text, figures).items():
            figures[index] = replace(figures[index], unit=unit)
        if language == "kk":
            for index, unit in twin_units(sentence.text, figures).items():
                figures[index] = replace(figures[index], unit=unit)
        figures = _currency_terms_units(sentence.text, figures)  # before the sentence's one unit is shared
        figures = _shared_scaled_units(sentence.text, figures)
        figures = _former_level_units(sentence.text, figures)
        figures = _units_after_bracket(reader, sentence.text, figures)
        figures = _bare_range_before_amount(sentence.text, figures)
        figures = _ratio_units(sentence.text, figures)
        if language == "kk":
            figures = _kk_dashed_percents(reader, sentence.text, figures)
        # the members of a list that leave out its unit: one member a line (in_lists), or in the sentence
        # ("на питание — 760,6 млн тенге; на покупки — 578,8; ...")
        in_sentence = member_units([sentence.text], [figures], inline=True)
        figures = [
            replace(f, unit=carried[0], value=f.value * carried[1], scaled=True)
            if f.unit is None
            and (carried := in_lists.get((sentence.start, f.start)) or in_sentence.get((0, n))) is not None
            else f
            for n, f in enumerate(figures)
        ]
        figures = _shared_rates(sentence.text, figures)
        if (
            results
            and results[-1].unit == "other"
            and (
                _RATE_SURFACE.search(results[-1].surface)
                # "Түркістанда 1000 тұрғынға шаққанда 25,14 ... . Маңғыстауда бұл көрсеткіш 24,64-ке, ...
                # 23,78-ге тең": the same rate's figure elsewhere (the base was named one sentence back)
                or (rate_before and language == "kk" and _SAME_MEASURE.search(sentence.text))
            )
        ):
            # "... 26 родившихся на 1000 жителей. Далее следуют Туркестанская область с показателем
            # 25,46 и Шымкент – 24,70": bare decimals going on with the rate just given
            figures = [
                replace(f, unit="other")
                if f.unit is None
                and not f.scaled
                and f.raw != int(f.raw)
                and (_BARE_SCALED_END.match(sentence.text, f.end) or (rate_before and language == "kk"))
                else f
                for f in figures
            ]
        rate_before = bool(reader.rate_bases(sentence.text))
        bases = [p for p in periods if _is_comparison(reader, sentence.text, p, published)]
        stated = _year_start_closed([p for p in periods if not any(p is b for b in bases)], published)
        if language == "ru" and _ru_now_of_change_ahead(sentence.text, stated, scope, published):
            stated = []
        if language == "ru":
            stated = ru_years_named_before(sentence.text, stated, years_named)
            years_named = next((p for p in reversed(stated) if ru_whole_years(p) >= 2), years_named)
        if language == "kk":
            stated = _kk_this_year_same_months(stated, sentence.text, published)
        if scope is not None and any(_is_this_year(p, sentence.text, published) for p in stated):
            # the span the headline or lead reported decides, though a plan for the year named since
            # ("К концу года ... планируется") moved the scope on (FORMAT.md: "in that report")
            stated = _year_to_date(
                reader, stated, _report_scope(report_span, scope), sentence.text, published,
                past_lead="\n" in body[: sentence.start],
            )  # fmt: skip
        if (
            language == "kk"
            and not stated
            and _kk_week_left_behind(body, scope_set_at, sentence.start, sentence.text, scope, published)
        ):
            # the week's increments are behind: what is told from here on is the total so far
            scope, scope_set_at = Period(0, 0, published, published, False), sentence.start
        if figures:
            # "Оның ішінде ...", "Из них ...": the parts of the total just given share its period
            # "В Алматы этот показатель ...", "Шығыс Қазақстанда бұл көрсеткіш ...": the same measure, same period
            breakdown = (
                not stated
                and last is not None
                and bool(
                    # (also after the source that opens the sentence: "Министрліктің дерегінше, оның ...")
                    reader.breakdown.match(sentence.text.lstrip())
                    or _part_after_source(reader, sentence.text.lstrip())
                    or reader.same_measure.search(sentence.text)
                )
            )
            # "5010 семей ... . В них проживают 28 018 человек", "Среди них 83 тыс. врачей": who is in
            # the things just counted (not "потратят 2 млрд на поликлиники. В них работают ...": those
            # were not counted) is counted with them, though told in the present
            among = (
                language == "ru" and not stated and last is not None and bool(results)
                and (
                    results[-1].unit == "count" and _RU_AMONG_OPENING.match(sentence.text) is not None
                    or _RU_TOTAL_HOLDS.match(sentence.text) is not None
                )
            )  # fmt: skip
            # "..., из которых:\n базовая пенсия — 60 005 тенге,\n солидарная — 132 811 тенге.": the
            # members of a list of parts opened after a figure share that figure's period
            breakdown = breakdown or among or (parts_list and not stated and last is not None)
            # "Установлен с 1 января 2024 года. Тогда повышение ... затронуло 1,8 млн": that date
            then = (
                not stated
                and mentioned is not None
                and bool(_THEN[language].match(sentence.text) or _THEN_INSIDE[language].search(sentence.text))
            )
            # "Соңғы екі жылда ... 60 жоба жүзеге асырылды. Нәтижесінде 65 ауыл ... қол жеткізді": what came
            # of deeds over a span counted back to the report (a span that sets no scene) shares that span
            then = then or (
                language == "kk" and not stated and mentioned is not None
                and mentioned.period_end == published
                and mentioned.period_start is not None and mentioned.period_start < published
                and _KK_AS_A_RESULT.match(sentence.text) is not None
            )  # fmt: skip
            # "Соңғы он жылда мектеп желісі едәуір өзгерген. Қаладағы мектептер 536-ға көбейсе, ...": a span
            # counted back to the report, named with no figure of its own, opens the changes told next in its
            # paragraph (+fs35kk)
            then = then or (
                language == "kk" and not stated and mentioned is not None and mentioned_bare
                and mentioned.period_end == published
                and mentioned.period_start is not None and mentioned.period_start < published
                and "\n" not in body[previous_start : sentence.start]
                and bool(figures)
                and reader.change.search(sentence.text) is not None
            )  # fmt: skip
            # "Для сравнения: в апреле 2022 года ... . При этом за год ... подорожало на 27,7%": the
            # comparison goes on in its paragraph
            then = then or (
                not stated and mentioned is not None and compared
                and "\n" not in body[previous_start:sentence.start]
                and bool(
                    _GOES_ON[language].match(sentence.text)
                    # "... При урожайности 13,5 ц/га было получено ...": told in the past, still then
                    or (language == "ru" and _RU_PAST_AUX.search(sentence.text))
                )
            )  # fmt: skip
            inherits = mentioned if then else last if breakdown else scope
            head_count_again = (
                language == "ru" and not breakdown and not then and not stated
                and (
                    _is_day(interrupted) and _is_span(scope) and _closes(interrupted, scope)
                    # ("на сегодняшний день живет 20,3 млн ... за январь прирост 14 тыс. ... из всего
                    # населения 12,8 млн — городские": a head count told at a day after the span's end)
                    or inherits is scope and _is_span(scope) and head_count_day is not None
                    and scope is not None and scope.period_end is not None and scope.period_end < head_count_day
                )
                and gated_search(_RU_HEAD_COUNT, _RU_HEAD_COUNT_GATE, sentence.text) is not None
                and _RU_HEADS_FLOW.search(sentence.text) is None
            )  # fmt: skip
            if head_count_again:
                # "На 1 июля проживали 20,2 млн. За полгода население увеличилось на 126 тыс. Городских –
                # 12,6 млн": how many people there are, by group or place, is a head count of the stock
                # day again, not the half-year's flow (+real29ru)
                inherits = (
                    interrupted
                    if _is_day(interrupted) and _closes(interrupted, scope)
                    else Period(0, 0, head_count_day, head_count_day, False)
                )
            elif (
                language == "ru" and not breakdown
                and (
                    (
                        told_today and "\n" not in body[previous_start : sentence.start]
                        and _tells_present(reader, sentence.text, stated, figures, so_far=True)
                    )
                    # "В работе сейчас 102 проекта. ... Кроме того, в списке 7 туристических проектов", "Сейчас
                    # работают 12 400 врачей. Они распределяются так:\n• терапевты — 3 150;": what goes on with
                    # no verb and no period of its own, in its paragraph or as the members of a list its lead
                    # opens, is the present named (a breakdown of the total told now)
                    or (
                        not stated
                        and (
                            (told_today or ru_now_scene) and "\n" not in body[previous_start : sentence.start]
                            or told_today and body[: sentence.start].rstrip().endswith((":", ";"))
                        )
                        and _ru_verbless_goes_on(reader, sentence.text)
                    )
                    or (
                        _looks_back(scope, report_span, published)
                        and not _SHARE_OF_BEFORE.search(sentence.text)
                        and _tells_present(reader, sentence.text, stated, figures)
                    )
                    # "С января по октябрь перевезли 19,5 млн пассажиров. \n В настоящее время действует
                    # 205 маршрутов. \n Перевозки выполняют 30 компаний, в распоряжении которых 1405
                    # автобусов": the present named goes on in later paragraphs, whatever the span before
                    # (not a share, "На экспорт приходится 45% выпуска": of what the span counted, the span's)
                    or (
                        ru_now_scene and _tells_present(reader, sentence.text, stated, figures)
                        and not any(f.unit in ("percent", "percentage_point") for f in figures)
                    )
                    # "6 октября в коммунальных службах сообщили, что ... охвачено 750 домов. \n По данным
                    # управления, в области работают 23 котельные": the day of telling dates what was
                    # told then, not a present state told in a later paragraph (FORMAT.md; +fs35ru)
                    # (but "Об этом 19 августа сообщил министр.\n По словам министра, длина сети составляет
                    # 16 тыс. км": the sentence right after the telling, going on with the teller's words, is
                    # what was told that day, FORMAT.md)
                    or (
                        scope_told_day and inherits is scope
                        and _later_paragraph(body, scope_set_at, sentence.start)
                        and _tells_present(reader, sentence.text, stated, figures, so_far=True)
                        and not (previous_start == scope_set_at and _RU_TELLERS_WORDS.match(sentence.text))
                    )
                    # "В следующем году предстоит высадить 208 млн сеянцев. \n ... Площадь лесного фонда
                    # составляет 30,9 млн гектаров": a state told in the present in a later paragraph is
                    # how things stand now, not the plan's year ahead (+fs39ru)
                    or (
                        inherits is scope and _ru_state_past_plan_ahead(scope, published)
                        and _later_paragraph(body, scope_set_at, sentence.start)
                        and _tells_present(reader, sentence.text, stated, figures)
                    )
                    # "Учебный год начнется 2 сентября ... . Ограничение касается школ, в которых учатся
                    # свыше 4 000 детей": a day ahead dates an event; a state told in the present is now
                    or (
                        inherits is scope and _ru_event_day_ahead(scope, published)
                        and _tells_present(reader, sentence.text, stated, figures)
                    )
                    # "По состоянию на 23 июля ТЭЦ готовы на 47%. \n Теплом область обеспечивают 3 ТЭЦ": a
                    # stock's day dates what was counted at it; a state told in the present in a later
                    # paragraph is how things stand now (FORMAT.md; +fs40ru)
                    or (
                        inherits is scope and _ru_stock_day_before(scope, published)
                        and _later_paragraph(body, scope_set_at, sentence.start)
                        and _paragraph_opened_on_the_present(body, sentence.start, results, published)
                        and _tells_present(reader, sentence.text, stated, figures)
                    )
                    # "По состоянию на 9 апреля ... . \n Мониторинг цен на 19 товаров ведется еженедельно": a
                    # practice told as a habit in a later paragraph goes on now, not on the day counted
                    or (
                        gated_search(_RU_HABIT, _RU_HABIT_GATE, sentence.text) is not None
                        and _later_paragraph(body, scope_set_at, sentence.start)
                        and _tells_present(reader, sentence.text, stated, figures, so_far=True)
                    )
                )
            ):  # fmt: skip
                # "Сегодня служба состоит из 20 станций. На вызовы выезжают 1 618 бригад": the present
                # goes on; after a look back ("за девять месяцев 2018 года ...") "на него приходится
                # около 40%" is how things stand now, not that old span's
                inherits = Period(0, 0, published, published, False)
            elif (
                language == "kk" and not stated and inherits is scope
                and (
                    _later_paragraph(body, scope_set_at, sentence.start)
                    and kk_state_after_event_day(sentence.text, sentences, scope_set_at, scope, published)
                    or kk_capacity_after_opening(sentence.text, sentences, scope_set_at, scope, published)
                    # (nor does a plan's year wholly ahead date a state told in a later paragraph)
                    or _later_paragraph(body, scope_set_at, sentence.start)
                    and _ru_state_past_plan_ahead(scope, published)
                    and kk_state_under_plan_ahead(sentence.text)
                )
            ):  # fmt: skip
                # (the past day of an event the article opened with dates no state told after it)
                inherits = Period(0, 0, published, published, False)
            elif (
                # (a breakdown too: "Бұл жұмыстардың" after a sentence whose figures were today's or none)
                language == "kk" and not stated
                # (not a deed told in the passive simple past after a stock told "now" under a span: "Қазір
                # облыста 310 мың бас мал бар. Облыста 12,5 мың тонна сүт өндірілді" is the span's flow)
                and not (now_scene and _is_span(scope) and _kk_ends_in_past(sentence.text))
                # (nor one opening on the time ahead: "Бүгінде ... шешіліп келеді. Алдағы уақытта тағы 8 үй
                # салынады" is no state of today)
                and not _KK_AHEAD_OPENING.match(sentence.text)
                # (nor a plan told under a plan's span: "Биыл ... жөндеу көзделген. Қазіргі уақытта ...
                # жөнделіп жатыр. Мәселен, ... жөндеу жоспарланған" is that span's plan)
                and not (scope_by_plan and kk_tells_plan(sentence.text))
                and (
                    told_today and "\n" not in body[previous_start : sentence.start]
                    # (not a share, "Келушілердің 40 пайызы ...": of what a span counted, that span's;
                    # nor a part, "Олардың 12 мыңы ...", which is its whole's)
                    or now_scene and not breakdown
                    and not any(f.unit in ("percent", "percentage_point") for f in figures)
                    # ("Бүгінде елде 4,3 млн жылқы бар. ... оның 10 пайыздан астамы Түркістан облысында": a
                    # share of the stock told now is now, whatever span came before)
                    or now_scene and _KK_ITS_SHARE.search(sentence.text) is not None
                )
            ):  # fmt: skip
                # "Қазіргі таңда ... 10 полигон қалпына келтіріліп жатыр. Бұл жұмыстардың жалпы құны – 537,7
                # млн теңге": the present the sentence before named goes on in its paragraph
                inherits = Period(0, 0, published, published, False)
            elif (
                language == "ru" and not breakdown and not then
                and _is_day(interrupted) and _is_span(scope) and _closes(interrupted, scope)
                and _tells_present(reader, sentence.text, stated, figures)
            ):  # fmt: skip
                # "На 1 октября население – 20,4 млн. С начала года оно выросло на 180 тыс. Городское
                # население составляет 63%": a stock told in the present is the stock day's again
                inherits = interrupted
            elif (
                not breakdown and not then and not stated
                and _is_day(scope) and _is_span(interrupted) and _closes(scope, interrupted)
                and (
                    _FLOW_DONE.search(sentence.text) if language == "ru"
                    # "1 тамызда мал басы 4%-ға көбейді. ... 115 мың бұзау алынды": a deed told in the
                    # passive simple past is the span's flow
                    else _kk_ends_in_past(sentence.text)
                )
            ):  # fmt: skip
                # "Поголовье скота на 1 октября составило 8,9 млн голов. Производство мяса достигло 1,6
                # млн тонн": a flow is no stock of that day, it is the span's the day closes
                inherits = interrupted
            elif (
                language == "ru" and not breakdown and not then and not stated
                and _is_day(scope) and _is_span(reported) and _closes(scope, reported)
                and _RU_SPAN_FLOW.search(sentence.text, 0, figures[0].start)
            ):  # fmt: skip
                # "На 1 января 2023 года – 19,77 млн. Прирост за год – 262 тыс. ... В Астане прирост
                # составил 58,7 тыс.": growth counted after the year's is that year's too, not the day's
                # (not "горожане – 12,4 млн (прирост – 1,9%)": a stock named first is the day's)
                inherits = reported
            if (
                not stated and inherits is not None and _RECALL[language].match(sentence.text)
                and (
                    (inherits.period_start or date.min) > published
                    # (or a deadline not passed: "Оставшиеся 10 объектов должны ввести до конца года. ...
                    # Ранее сообщалось, что открыто 660 отделений")
                    or (inherits.is_deadline and inherits.period_end is not None and inherits.period_end >= published)
                )
            ):  # fmt: skip
                # "Еске салсақ, зауыттың құрылысына 42 млрд теңге инвестиция тартылған" after next year's
                # plans: a reminder of what was done, not a part of the time ahead
                inherits = None
            # "Бүгінге дейін ... 22,7 млн тонна астық құйылды. Биыл 16 млн гектар жинау жоспарланған. ...\n
            # Шаруалар 1,7 млн тонна майлы дақыл жинап алды": a deed after a plan for the year, in a report
            # opened on a tally to date, is a tally so far (the ones after it in turn go on with it)
            tally_so_far = (
                language == "kk" and not stated and scope is not None and scope_by_plan
                and told_today and _later_paragraph(body, scope_set_at, sentence.start)
                and bool(results) and results[0].period_start == results[0].period_end == published
                and _kk_deed_after_plan_for_year(sentence.text, scope, published)
            )  # fmt: skip
            if (
                language == "ru" and not stated and scope is not None and inherits is scope
                and _ru_deed_after_plan_ahead(
                    sentence.text, scope, scope_bare, published, body[scope_set_at : sentence.start]
                )
            ) or (tally_so_far and inherits is scope):  # fmt: skip
                inherits = Period(0, 0, published, published, False)
            elif (
                language == "ru" and not stated and scope is not None and inherits is scope and scope_by_plan
                and report_span is not None and _later_paragraph(body, scope_set_at, sentence.start)
                and _ru_deed_after_outlook_for_year(
                    reader, sentence.text, scope, report_span, published, scope_by_goal
                )
            ):  # fmt: skip
                inherits = report_span
            # "Қазір ең арзан ет Таразда. Келісі 1297 теңгеден сатылып жатыр. Одан кейін Петропавл 1303
            # теңге.": a present that went on in this sentence goes on into the next of its paragraph
            went_on_today = (
                not stated and told_today
                and (
                    "\n" not in body[previous_start : sentence.start]
                    or (language == "ru" and body[: sentence.start].rstrip().endswith((":", ";")))
                )
                and inherits is not None and inherits.period_start == inherits.period_end == published
                and not (language == "kk" and _kk_ends_in_past(sentence.text))
            )  # fmt: skip
            went_on_today = went_on_today or tally_so_far
            found = _sentence_indicators(
                reader,
                sentence,
                figures,
                stated,
                inherits,
                published,
                len(results),
                bases,
                bare_deadline=inherits is scope and scope_bare,
                among=among,
                scope_far=_far_short_span(body, scope_set_at, sentence.start, scope, sentence.text),
                moved_on=inherits is scope and _later_paragraph(body, scope_set_at, sentence.start),
            )
            found = _size_of_what_is_to_come(language, sentence, found, body[: sentence.start])
            # "По годам объемы выглядят так:" then "2021 год – 101 тыс. га;": the lead names the member
            found = bare_dated_members(reader, body, sentence, found, published)
            if language == "kk" and not any(not p.is_weak for p in stated):
                found = _kk_provision_and_parts(sentence.text, found, published)
                found = _kk_done_not_ahead(sentence.text, found, published)
                found = _kk_harvest_of_the_year(sentence, found, published)
            if language == "kk":
                found = _kk_done_of_year_plan(
                    sentence, found, published, year_plan > 0, results[-1] if results else None
                )
                found = _kk_since_to_level(
                    sentence, found, stated, published, results[-1] if results else None
                )
            if language == "ru":
                found = _projects_planned(sentence, found, published, body[: sentence.start])
                found = _planned_for_the_year(sentence, found, published)
                found = _done_of_year_plan(sentence, found, year_plan > 0, published)
                found = _plans_kept_apart(reader, sentence, found, stated, published)
                found = _done_so_far(sentence, found, published)
                found = _ru_harvest_outlook_year(sentence, found, published)
                found = _running_total(sentence.text, found, report_span)
                found = _implied_change(sentence, found)
                before_year = found
                found = _ru_year_to_day(sentence, found, published)
                year_moved = _year_moved_to_day(before_year, found)
                found = _ru_month_to_day(sentence, found, published)
                found = _ru_change_beside_level_now(sentence, found, published)
                found = _ru_since_to_level(sentence, found, published)
                found = _ru_from_day_goes_on(
                    sentence, found, bool(stated), published, results[-1] if results else None
                )
                found = _ru_average_beside_now(sentence.text, sentence.start, found, published)
                bounded = ru_yearly_bound(sentence.text, sentence.start, found)
                if bounded != found:
                    # "План текущего года – 2 млн кв. м, введено 1,4 млн": the plan the label makes has its
                    # done part (+pb44ru)
                    bounded = _done_of_year_plan(sentence, bounded, year_plan > 0, published)
                found = bounded
                if scope_bare and "\n" not in body[scope_set_at : sentence.start]:
                    found = ru_tally_from_named_start(sentence.text, found, scope, stated, published)
                if not any(not p.is_weak for p in stated):
                    found = ru_parts_of_total_before(sentence.text, found, inherits, results)
                    found = ru_share_of_plan_before(sentence.text, found, results[-1] if results else None)
                found = _ru_current_amount(sentence, found, scope)
                found = money_paid_since_year_start(sentence, found, stated, published, "ru")
                if inherits is not None and inherits is scope and not any(not p.is_weak for p in stated):
                    found = _ru_document_years(sentence.text, found, inherits, documents)
                if (
                    scope is not None
                    and inherits is scope
                    and not breakdown
                    and report_span is not None
                    and _looks_back(scope, report_span, published)
                    and _later_paragraph(body, scope_set_at, sentence.start)
                ):
                    found = _ru_done_back_in_report(sentence, found, scope, report_span)
                if inherits is not None and inherits is scope and report_span is not None and not stated:
                    found = _ru_done_under_deadline_ahead(sentence, found, scope, report_span, published)
                if inherits is not None and inherits is scope:
                    # (only after a sentence that told what happened in the carried span: not a
                    # programme's years, "за пять лет нацпроект должен привлечь ... . Средства направят ...")
                    told_in_span = (
                        bool(results)
                        and results[-1].kind == "actual"
                        and (
                            (results[-1].period_start, results[-1].period_end)
                            == (inherits.period_start, inherits.period_end)
                        )
                    )
                    found = _ru_plans_ahead(
                        sentence, found, inherits, stated, headline, ahead, published,
                        starts_ahead if told_in_span else None,
                    )  # fmt: skip
                if (
                    scope_by_plan and inherits is scope and "\n" in body[scope_set_at : sentence.start]
                    # (not a figure naming the plan's years itself: "– 72,5 млрд тенге за три года" +fs35ru)
                    and not any(not p.is_weak for p in stated)
                ):  # fmt: skip
                    # (in a later paragraph than the plan's: the account has moved on from it)
                    found = _done_under_plan_years(found, scope, published)
                found = _ru_stock_laid_in(
                    sentence.text,
                    found,
                    stated,
                    published,
                    laid_in_list,
                    title + "\n" + body[: sentence.start],
                )
            elif language == "kk" and inherits is not None and inherits is scope:
                # (the Russian rule for Kazakh: "Алдағы уақытта 300 автобус сатып алу жоспарланып отыр"
                # after a span already over is no plan of that span)
                found = _ru_plans_ahead(sentence, found, inherits, stated, headline, ahead, published)
                found = _kk_done_in_report_span(sentence.text, found, scope, report_span, published)
            found = _from_a_start(sentence.text, found, stated, published, len(results))
            if language == "ru":
                found = _ru_old_level_before_start(found, published, len(results))
                found = ru_span_edges(sentence.text, found, published)
            found = _ru_bracketed_former(sentence, found)  # (Kazakh too, +ps41kk)
            if language == "kk":
                found = _kk_that_is(sentence.text, found, stated)
                found = _kk_brackets_alike(sentence.text, found)
                found = _kk_bracket_year_same_span(sentence.text, found, published)
                found = _kk_rise_to_above_level(sentence.text, found, results[-1] if results else None)
                found = _kk_planned_base(reader, sentence.text, found)
                found = _kk_residents_now(sentence, found, published)
                found = _kk_total_brought_to(sentence, found, stated, published)
                found = _kk_share_reached_since(found, stated, published)
                if breakdown and not stated:
                    found = _kk_part_of_a_days_whole(sentence.text, found, last, published)
                found = _kk_among_those_counted(sentence, found)
                found = _kk_rate_in_force(sentence, found, published)
                found = _kk_rate_told_in_force(sentence.text, found, published, stated)
                found = _kk_doers_now(sentence, found, published)
                found = _kk_named_still_to_build(
                    sentence.text, found, body[previous_start : sentence.start], stated
                )
                found = kk_what_projects_allow(sentence.text, found, body[previous_start : sentence.start])
                found = kk_staff_a_work_will_employ(sentence.text, found)
                found = kk_what_works_deliver_once_done(sentence.text, found)
                found = kk_capacity_of_plant_ahead(
                    sentence.text, found, body[previous_start : sentence.start]
                )
                found = kk_size_of_works_told_next(
                    sentence.text, found, body[previous_start : sentence.start], bool(stated)
                )
                found = _ru_year_to_day(sentence, found, published, "kk")
                found = money_paid_since_year_start(sentence, found, stated, published, "kk")
                found = _kk_old_level_instead(
                    sentence.text, found, results[-1] if results else None, published, results
                )
            found = _respectively(sentence.text, found)
            if language == "ru":
                found = _ru_share_of_the_figure(sentence, _ru_part_of_the_whole(sentence, found))
                found = _ru_part_allotted_of_a_plan(sentence, found)
            found = _allocations_planned(language, sentence, found, published, body[: sentence.start], body)
            if language == "ru":
                found = _ru_change_of_allotted(sentence.text, found, results[-1] if results else None)
            if breakdown and results and results[-1].kind != "actual":
                found = _parts_of_a_plan(reader, sentence.text, found, results[-1].kind)
                if language == "kk" and results[-1].kind == "plan":
                    found = _kk_done_of_a_plan(sentence.text, found, published)
                    found = _kk_parts_under_way(sentence.text, found, published)
            if found and results and language == "kk" and results[-1].kind == "plan":
                found = _kk_done_part_so_far(sentence.text, found, results[-1], published)
            if language == "kk" and len(found) > 1 and results:
                found = _kk_planned_whole_again(sentence.text, found, results)
            if language == "kk" and len(found) > 1:
                found = _kk_done_part_beside_plan(sentence.text, found, published)
            if found and results and language == "kk" and not stated and results[-1].kind != "actual":
                found = _kk_added_item(sentence.text, found, results[-1].kind)
            if found and results and language == "kk" and not stated:
                found = _kk_plan_counted_by_field(sentence.text, found, results)
            if found and results and language == "kk":
                found = _kk_change_over_this_span(sentence.text, found, results, stated)
                found = _kk_part_of_done_whole(sentence.text, found, results, bool(stated))
            if len(found) > 1 and language == "ru":
                found = ru_restated_in_currency(sentence.text, found, sentence.start)
            if found and language == "kk":
                found = _kk_span_edges(sentence.text, found, results[-1] if results else None, published)
                found = _kk_change_drawn_over_span(sentence.text, found)
                found = _kk_past_base_stands(sentence.text, found, published)
                if not stated:
                    found = _kk_now_in_force(sentence.text, found, results, published)
            if found and results and language == "kk" and results[-1].kind != "actual":
                found = _kk_change_of_the_told(sentence.text, found, results[-1])
            if found and results and language == "kk" and results[-1].kind in ("plan", "forecast"):
                found = _kk_plan_restated(sentence.text, found, results[-1].kind)
                found = _kk_part_of_forecast(sentence.text, found, results[-1])
            if found and results and language == "kk" and results[-1].kind == "actual":
                found = _kk_part_of_standing_whole(sentence.text, found, results[-1])
            if language == "kk":
                found = kk_members_share_last_verb(reader, sentence.text, found)
                found = kk_parts_after_colon(reader, sentence.text, found)
            if (
                found and results and not stated and results[-1].kind == "actual"
                and "\n" not in body[previous_start : sentence.start]
                and _ELLIPTIC_SENTENCE.match(sentence.text)
                and not head_count_again  # ("Городских жителей – 12,5 млн": the stock day's, not the flow's)
            ):  # fmt: skip
                # "С начала года произведено 120 тыс. тонн молока. Мяса — 41 тыс. тонн": a sentence of
                # nothing but a name, a dash and a figure goes on with the figure before it
                told_before = results[-1]
                found = [
                    replace(i, period_start=told_before.period_start, period_end=told_before.period_end)
                    if i.kind == "actual" and not i.is_change
                    else i
                    for i in found
                ]
            if found and language == "ru" and not stated and _RU_TOTAL_OPENING.match(sentence.text):
                # "За последнюю неделю отремонтировано 120 км. В целом проведен ремонт на 6 энергоблоках":
                # a total told after the last days' work is the tally so far, not the week's
                found = _tally_after_last_days(found, published)
            if found and language == "ru" and inherits is not None and inherits is scope and scope_bare:
                # (a year named only by a sentence with no figure: "В 2023 году дома не строились")
                found = _ru_monthly_fee_now(
                    sentence.text, sentence.start, found, scope, published, fee_before=fee_before
                )
            fee_now = any(
                i.unit in CURRENCIES and i.period_start == i.period_end == published and i.kind == "actual"
                for i in found
            ) and (fee_before or bool(_RU_PER_MONTH.search(sentence.text)))
            if found and results and language == "ru":
                found = _verbless_goes_on(reader, sentence.text, found, results[-1], published)
                found = _month_of_a_stock(sentence.text, found, results[-1])
            if found and results and language == "kk" and "\n" not in body[previous_start : sentence.start]:
                # (within a paragraph: a verbless line after a break may head something else)
                found = _verbless_goes_on(reader, sentence.text, found, results[-1], published)
            if results and results[-1].kind == "forecast" and _THUS[language].match(sentence.text):
                # "... күтілуде. Демек тапшылық шамамен 1,025 ГВт болады": what follows from a forecast
                found = [replace(i, kind="forecast") if i.kind == "plan" else i for i in found]
            item = _KK_LIST_ITEM.match(sentence.text) if list_kind is not None and language == "kk" else None
            if item is not None and not any(p >= item.end() for p, _ in find_cues(reader, sentence.text)):
                # "Жаңа жобалар салалар бойынша былай бөлінеді:\n агроөнеркәсіп кешені – 9;": the items of a
                # list under a lead of plans or outlooks are of the lead's kind, not the default actual
                # (a verb after the figure tells its own; the name before the dash tells none: "зауыты")
                found = _of_list_kind(found, str(list_kind))
                if list_kind == "plan":
                    # "Жыл соңына дейінгі жөндеу жоспары:\n• энергия блоктары – 10;": a deadline carried from a
                    # lead of plans makes no goal of its members (FORMAT.md: bullet lists under a planning
                    # lead are plan) (+fs35kk)
                    found = [replace(i, kind="plan") if i.kind == "target" else i for i in found]
            if language == "ru" and results:
                found = largest_of_plan(reader, sentence.text, found, results[-1].kind)
            if list_kind is not None and language == "ru" and _ru_verbless_member(reader, sentence.text):
                # "Необходимо реализовать ещё 61 проект:\nвосемь проектов на сумму 200 млрд тенге за счёт
                # займов;": a member with no verb of its own is of its lead's kind
                found = _of_list_kind(found, str(list_kind))
            if shared_out_list and _ru_labelled_share(reader, sentence.text):
                found = _ru_shares_of_what_is_ahead(found, published)
            if rates_lead and (
                _ru_verbless_member(reader, sentence.text)
                if language == "ru"
                else _kk_verbless_member(reader, sentence.text)
            ):
                # "С начала года пособие получили ... . Размеры выплат зависят от числа детей:\n- с
                # четырьмя детьми – 55 304 тенге;": rates in force stand at publication, not over the
                # span counted to it
                found = _rates_stand_now(found, published, past_span=language == "kk")
            if list_year is not None and language == "ru" and LIST_ITEM.match(sentence.text):
                # "Далее в списке:\n— рис — плюс 23,3%, до 497 тенге за кг;": a member's change at the
                # stock day covers the year its lead's change did (+fs33ru2)
                found = _changes_over_lead_year(found, list_year)
            if list_change is not None and language == "kk" and _KK_LIST_ITEM.match(sentence.text):
                found = _kk_list_changes(found, list_change)
            if results and language == "kk" and _KK_RANKING_GOES_ON.match(sentence.text):
                found = _kk_ranking_goes_on(sentence.text, found, results[-1], sentence.start)
            if (
                named_again is not None
                and named_again.kind == "actual"
                and not any(
                    kind in ("plan", "target", "forecast") for _, kind in find_cues(reader, sentence.text)
                )
            ):
                # (what was awarded for a school year still to begin, counted again: done, as its count
                # was, not a plan for the time ahead)
                found = [
                    replace(i, kind="actual") if i.period_start == named_again.period_start else i
                    for i in found
                ]

            if language == "ru":
                found = ru_upkeep_counts(sentence.text, found, published, sentence.start)
            found = settle_items(language, found, results[-1].item if results else None)  # (item_roles.py)
            results.extend(found)
            # (what its actual figures cover and the spans it names: "из них 15 — в 2024 году" may be read
            # as its total's years, the year is still the part told)
            told_here = [
                (i.period_start, i.period_end)
                for i in found
                if i.kind == "actual" and i.period_start is not None and i.period_end is not None
            ] + [
                (p.period_start, p.period_end)
                for p in stated
                if p.period_start is not None and p.period_end is not None and not p.is_deadline
            ]
            if told_here:
                # (a paragraph that opens on a span of its own starts afresh: "В 2021 году торговля составила
                # ... .\n За десять месяцев 2021 года ... . Экспорт за этот период ...": the ten months)
                same_paragraph = "\n" not in body[spans_told_at : sentence.start]
                spans_told = (told_here, spans_told_before if same_paragraph else [])
                spans_told_before, spans_told_at = told_here, sentence.start
            if (
                language == "ru" and found and gated_search(_RU_HEAD_COUNT, _RU_HEAD_COUNT_GATE, sentence.text) is not None
                and _RU_HEADS_FLOW.search(sentence.text) is None
                and len({(i.period_start, i.period_end) for i in found}) == 1
                and found[0].period_start is not None and found[0].period_start == found[0].period_end
            ):  # fmt: skip
                head_count_day = found[0].period_start
            # (a plan frames the next two sentences: "На 2025 год запланирован ремонт ... .\nСейчас
            # работы идут на ... . Ремонт уже завершен на ...")
            # (a plan whose year is only carried over from before, "В рамках нацпроекта планируется
            # построить 655 ..." after "... в этом году", may be a multi-year programme's: it frames nothing)
            year_plan = (
                3
                if (
                    any(p.period_start or p.period_end == date(published.year, 12, 31) for p in stated)
                    and any(_this_years_plan(i, published) for i in found)
                )
                # ("В 2025 году предусмотрен ремонт 63 котлов. ...\n «По сетям запланирован ремонт 17 тыс.
                # км. Отремонтированы уже 16 тыс. км»": more of the year's plan while it still frames, +fs35ru)
                or (
                    language == "ru" and year_plan > 0 and not stated and bool(found)
                    and all(_this_years_plan(i, published) for i in found)
                )
                else year_plan
            )  # fmt: skip
            last = _last_told(found)
            reached = {
                i.period_end: i.period_start for i in found
                if i.kind == "actual" and i.period_end is not None and i.period_start is not None
            }  # fmt: skip
            planned = bool(found) and (
                bool(gated_search(_SET_ASIDE, _SET_ASIDE_GATE, sentence.text))
                or all(i.kind != "actual" for i in found)
            )
            goal_set = bool(found) and all(i.kind == "target" for i in found)
            if not planned:
                # (the latest span told: "..., что на 11,4% меньше, чем за тот же период 2021 года (375,9
                # тыс.)" reports January-October 2022, not the base year's months)
                spans = [i for i in found if _actual_span(i)]
                reported = _as_period(max(reversed(spans), key=_span_end)) if spans else reported
        if (
            scope_by_plan and not figures
            and any(kind in ("plan", "target", "forecast") for _, kind in find_cues(reader, sentence.text))
        ):  # fmt: skip
            scope_set_at = sentence.start  # "Комплексный план рассчитан на тот же период": still the plan
        ahead = next((p for p in reversed(stated) if _still_ahead(p, published) and not p.is_weak), ahead)
        starts_ahead = next((p for p in reversed(stated) if _starts_ahead(p, published)), starts_ahead)
        if language == "ru":
            documents.update(named_documents(sentence.text))
        mentioned_bare = bool(stated) and not figures if stated else mentioned_bare and then
        mentioned = stated[-1] if stated else mentioned if then else None
        # a sentence with figures that opens a list of parts, and the members running on after it
        parts_list = (
            (bool(figures) and bool(gated_search(_PARTS_LIST_OPENS, _PARTS_LIST_OPENS_GATE, sentence.text)))
            # "Больше всего очередников:" then "- в Туркестанской области – 68 329;": a figureless lead
            # ranking those just counted opens a list of their parts (+real29ru)
            or (not figures and not stated and bool(_RU_RANKING_LIST_OPENS.match(sentence.text.lstrip())))
            or (parts_list and not stated and sentence.text.rstrip()[-1:] in (",", ";"))
        )
        if (
            language == "ru" and told_today and not figures and not stated
            and sentence.text.rstrip().endswith(":") and "\n" not in body[previous_start : sentence.start]
        ):  # fmt: skip
            # ("Сейчас работают 12 400 врачей. Они распределяются так:": the present goes on into the list)
            went_on_today = True
        # "Сегодня ...", "На сегодня ..." and no other period ("уже" goes with a past as often)
        told_today = (
            bool(stated)
            and all(
                p.is_weak
                and p.period_start == p.period_end == published
                and sentence.text[p.start : p.end].lower() != "уже"
                for p in stated
            )
        ) or went_on_today
        ru_now_scene = language == "ru" and (
            (ru_now_scene and not stated)
            or (
                told_today and bool(figures) and scope is not None
                and (
                    (_is_span(scope) and scope.period_end is not None and scope.period_end < published)
                    or _starts_ahead(scope, published)
                )
            )
        )  # fmt: skip
        # "Қазір шаруашылықтарда 4 млн жылқы бар.\n Оның 10 пайызы ... тиесілі": a stock told as it is now
        # sets the scene for the sentences after it, across a paragraph, until a period is named
        now_scene = language == "kk" and (
            (now_scene and not stated and not (_is_span(scope) and _kk_ends_in_past(sentence.text)))
            or (told_today and bool(figures) and _kk_stock_now(sentence.text, found, published))
        )
        compared = (
            bool(
                sentence_holds(_COMPARE_OPENING_GATES[language], sentence.text)
                and _COMPARE_OPENING[language].match(sentence.text)
            )
            # a paragraph opened by a look back ("В прошлом году на эту дату ...") compares as well
            or (
                language == "ru"
                and "\n" in body[max(0, sentence.start - 2) : sentence.start + 1]
                and bool(_RU_LOOK_BACK_OPENING.match(sentence.text))
            )
            or (compared and then)
        )
        previous_start = sentence.start
        # a sentence ending on a colon opens a list: its items take the kind of the lead before it
        # (kept while the items run on, each ending on ";"); a Russian lead with figures of its own
        # ("Необходимо реализовать ещё 61 проект на 878 млрд тенге:") gives its own kind
        if (
            shared_out_list
            and body[: sentence.start].rstrip(" ").endswith("\n")
            and not LIST_ITEM.match(sentence.text)
        ):
            shared_out_list = False  # (a member may run on past a stop in its line: its list goes on)
        if sentence.text.rstrip().endswith(":"):
            opening_kind = (
                (results[-1].kind if figures and results else _ru_lead_cue_kind(reader, sentence.text))
                if language == "ru"
                else lead_kind
            )
            list_kind = opening_kind if opening_kind in ("plan", "forecast", "target") else None
            list_change = _kk_change_lead(sentence.text) if language == "kk" else None
            list_year = (year_moved or (None if figures else year_before)) if language == "ru" else None
            rates_lead = not stated and _RATES_LEAD[language].search(sentence.text) is not None
            laid_in_list = (
                language == "ru"
                and not stated
                and gated_search(_RU_LAID_IN, _RU_LAID_IN_GATE, sentence.text) is not None
            )
            shared_out_list = (
                language == "ru" and not figures and bool(_RU_SHARED_OUT_LEAD.search(sentence.text))
            )
        elif not sentence.text.rstrip().endswith(";"):
            list_kind, list_change, laid_in_list, list_year = None, None, False, None
            # (Kazakh members often end on a stop: "- 1-бала – 22 648 тг." goes on with its lead)
            rates_lead = rates_lead and language == "kk" and LIST_ITEM.match(sentence.text) is not None
        # "..., который ведется с 2022 года, ... сэкономила 108 млрд. Еще 20,1 млрд за этот же период":
        # a span up to now named in the sentence before (no scene of its own) is what "этот же" points at
        since_before = next(
            (
                p
                for p in reversed(stated)
                if p.period_end == published and p.period_start not in (None, published)
            ),
            None,
        )
        if stated and not figures:
            # "жыл қорытындысы бойынша берілетін бонустар": a period inside a participle's phrase
            # describes a noun, and with no figure of its own it frames nothing
            stated = [p for p in stated if not _KK_PARTICIPLE_AFTER.match(sentence.text, p.end)]
        if stated and language == "kk" and _kk_recalled_before(sentence.text, stated, scope):
            # "Өткен жылдың үшінші тоқсанында жалақы 204,3 мың теңге болған еді": the level the
            # report is set against, recalled; the sentences after it go on with the report's span
            stated = []
        if (
            language == "ru" and told_today and figures and _is_day(scope)
            and scope is not None and scope.period_start is not None and scope.period_start < published
        ):  # fmt: skip
            # "Обеспеченность на начало августа составляет 93%. На текущий момент поставлено 40% ...
            # По котлам выполнено 65%": told now, the article has left the earlier stock day
            scope, scope_set_at = None, sentence.start
        if (
            language == "ru"
            and told_today
            and ru_told_now_leaves_span(sentence.text, bool(figures), scope, published)
        ):
            # "Темпы за последнюю неделю ускорились ... . На сегодня, помимо зерна, собраны:\n• 3 млн тонн
            # масличных;": a tally told now leaves the span before; what follows is today's (+fs38ru, +ps43ru)
            scope, scope_set_at = None, sentence.start
        if (
            language == "kk" and told_today and scope is not None and scope.period_end is None
            and _starts_ahead(scope, published)
        ):  # fmt: skip
            # "2025 жылдың 24 мамырынан бастап ... жауапты болмақ. Күні бүгінге дейін ... 31 116 адам кезекте
            # тұр. ... Өңделген кезек саны 16 751 құрайды": once the present is named, a start still ahead
            # no longer frames the states told after it
            scope, scope_set_at = None, sentence.start
        if stated and language == "kk":
            stated = _kk_deadline_reached(stated, reached, published)
        if (
            stated
            and language == "kk"
            and not figures
            and _kk_bare_this_year_within(sentence.text, stated, scope)
        ):
            # "Мамыр айында баға өсті. ... Биыл өңірлер арасында баға жарысқа түскендей. Павлодарда ...
            # 179 250 теңгені құрады": a bare "биыл" with no figure of its own holds the month in view
            # (a span within this year), it does not widen the scene to the whole year
            stated = []
        if stated and language == "ru":
            stated = _ru_before_current_amount(sentence.text, stated, [f.start for f in figures])
        if stated:
            first = figures[0].start if figures else len(sentence.text)
            before = scope
            scope = _scope_after(stated, scope, published, sentence.text, first)
            report_span = report_span or scope
            if _narrows_running_span(scope, report_span, published) or (
                _is_day(report_span) and _is_span(scope) and _closes(report_span, scope)
            ):
                # headline "с начала года", lead "за январь-март 2022 года": the months the figures
                # cover are the span reported ("За отчётный период экспортировано ..."), not the
                # headline's loose count to the day of publication; nor the headline's stock day
                # ("Число казахстанцев на 1 января 2024 года") when the span it closes is named
                report_span = scope
            if scope is not before:
                scope_set_at = sentence.start
                scope_by_plan = planned
                scope_by_goal = goal_set
                scope_told_day = (
                    language == "ru" and _is_day(scope) and scope is not None
                    and scope.period_start is not None and scope.period_start < published
                    and _told_on_the_day(reader, sentence.text, stated, scope, figures)
                    # (not a stock's day, "по состоянию на 24 октября ..., сообщили": that day's state)
                    and not any(
                        _STATUS_DAY.match(sentence.text[max(0, d.start - 20) : d.end].lower())
                        for d in stated if d.period_start == scope.period_start
                    )
                )  # fmt: skip
                scope_set_at = sentence.start
                scope_bare = not figures
                # (and the other way round: "С начала года ..." after "На 1 октября ...")
                related = (_is_day(scope) and _is_span(before) and _closes(scope, before)) or (
                    _is_day(before) and _is_span(scope) and _closes(before, scope)
                )
                # (the same span named again, "За полгода родилось ...", keeps the stock day it broke into)
                same_again = (
                    scope is not None and before is not None
                    and (scope.period_start, scope.period_end) == (before.period_start, before.period_end)
                )  # fmt: skip
                # (a bare "биыл" after a year so far: the report's span comes back with the next
                # paragraph, "Жыл басынан бері ... экспортталды.\n Биыл ... өнім жинады.\n Күріштен бөлек
                # ... балық жіберілді" (+fs30kk))
                related = related or (
                    language == "kk" and _kk_whole_year_after_year_so_far(before, scope, published)
                )
                if related and scope is not None and scope.sets_scene:
                    interrupted = before
                elif not same_again:
                    interrupted = None
    # (a headline's "с начала года" names no span of its own either: the months the release covers)
    if all((p.period_start, p.period_end) == (date(published.year, 1, 1), published) for p in title_periods):
        results = dated_by_a_later_span(results, published, language)
    if language == "kk":
        results = kk_done_before_more_by_year_end(results, published)
        results = kk_parts_summing_to_stock(results)
    else:
        results = ru_done_before_more_by_year_end(results, published)
    return results


def _told_on_the_day(
    reader: Reader, text: str, stated: list[Period], scope: Period, figures: list[Figure]
) -> bool:
    """The day dates the telling: a reporting verb follows it before any figure ("6 октября в
    коммунальных службах сообщили, что ..."). "11 октября приняли участие 610 тысяч человек,
    сообщили в министерстве" dates the event and its figures, and a later paragraph's deed of that
    event ("В ходе акции высажено 180 тысяч деревьев") goes on with it."""
    for day in (d for d in stated if d.period_start == scope.period_start):
        verb = reader.reported_word.search(text, day.end)
        if verb is not None and not any(day.end <= f.start < verb.start() for f in figures):
            return True
    return False


# "на 24 октября", "по состоянию на": the day a stock stands at, not only the day news was told
_STATUS_DAY = re.compile(r".*(?<!\w)(?:на|к)\s+\d", re.S)


# "оның 10 пайызы", "оның 10 пайыздан астамы": a share of the whole just told
_KK_ITS_SHARE = re.compile(r"(?<!\w)оның\s+(?:[^\W\d]+\s+)?\d[\d\s,]*(?:%|\s*пайыз)", re.I)


# a list's lead of payment sizes: "Размеры выплат зависят от количества детей:", "размер пособия:"
_RU_RATES_LEAD = re.compile(
    r"(?<!\w)размер\w*\s+(?:[^\W\d]+\s+){0,2}?(?:выплат|пособи|пенси|стипенди)\w*", re.I
)
# "Жәрдемақы мөлшері:", "Әлеуметтік ... азаматтарға арналған жәрдемақы:": a lead naming the sizes of
# payments, or the payment itself, right before its colon; "Жәрдемақы мөлшері баланың туу кезегіне
# байланысты:" (the sizes depend on ..., as the Russian "Размеры выплат зависят от ...:")
_KK_RATES_LEAD = re.compile(
    r"(?<!\w)(?:мөлшер\w*|(?:жәрдемақы|төлем|зейнетақы|стипендия)\w*)\s*(?:(?:келесідей|мынадай|былай)\s*)?:\s*$"
    r"|(?<!\w)(?:жәрдемақы|төлем|зейнетақы|стипендия|өтемақы)\w*\s+мөлшер\w*(?:\s+[^\W\d]+){1,5}?\s+"
    r"(?:байланысты|тәуелді)\s*:\s*$",
    re.I,
)
_RATES_LEAD = {"ru": _RU_RATES_LEAD, "kk": _KK_RATES_LEAD}


# a sentence opened by a total: "В целом, ...", "Всего ...", "В общей сложности ..."
_RU_TOTAL_OPENING = re.compile(r"\s*(?:в\s+целом|всего|в\s+общей\s+сложности)(?!\w)", re.I)


_RU_BULLET = re.compile(r"\s*[-–—•]\s")
_RU_PER_MONTH = re.compile(r"(?<!\w)(?:в\s+месяц|ежемесячно)(?!\w)", re.I)
# a sentence ending on a colon after the word that opens a list of parts of its figure
# a head count of people by group or place ("городских", "женщин", "в городе проживают"), and the
# words of a flow that would make it the span's ("родилось", "прирост", "сальдо миграции")
_RU_HEAD_COUNT = re.compile(
    r"(?<!\w)(?:городск(?:ие|их|ое|ого)|сельск(?:ие|их|ое|ого)|женщин|мужчин|густонаселенн\w*|прожива(?:ет|ют|ли|л[аои]?)|жив(?:ет|ут)|"
    r"численност\w*\s+(?:населени|жител)\w*)(?!\w)",
    re.I,
)
_RU_HEAD_COUNT_GATE = literal_gate(_RU_HEAD_COUNT)
_RU_HEADS_FLOW = re.compile(
    r"(?<!\w)(?:увелич|сократ|уменьш|вырос|снизил|прирост|убыл|родил|рожд|умер|смерт|сальдо|прибы|выбы|мигра)\w*",
    re.I,
)
_RU_RANKING_LIST_OPENS = re.compile(r"(?:больше|меньше)\s+всего\s[^.;:]{0,80}:\s*$", re.I)
_PARTS_LIST_OPENS = re.compile(
    r"(?<!\w)(?:из\s+(?:них|которых)|в\s+том\s+числе|включая|в\s+т\.\s?ч\.|оның\s+ішінде)\s*:\s*$", re.I
)
_PARTS_LIST_OPENS_GATE = literal_gate(_PARTS_LIST_OPENS)


# "Порт, открытый в 2018 году, обработал ...": the year an attribute (a long participle) gives the
# subject's coming to be dates no figure (not "построено в 2024 году 140 школ", the predicate's year)
# after a period in the ablative: "(өткен жылдан) қалған", "(былтырдан) ауысқан", "(2016 жылдан) өткен"
# (left over, carried over: "27 нысан, оның 17-сі 2016 жылдан өткен" are this year's, begun before)
_KK_LEFT_FROM_AFTER = re.compile(
    r"(?<=[нд][аеә]н)\s+(?:қалған|қалды|қалып|ауысқан|ауыспалы|өткен)(?!\w)", re.I
)
_FOUNDED_BEFORE = re.compile(
    r"(?<!\w)(?:открыт|построенн|основанн|созданн|возвед[её]нн|сданн|учрежд[её]нн|введ[её]нн)"
    r"(?P<ending>ый|ая|ое|ые|ого|ому|ом|ой|ую|ых|ым|ыми)(?:\s+(?:ещ[её]|еще|уже))?\s+в\s+$",
    re.I,
)
# a count right after the participle's time: "Построенные в 2024 году 15 школ"
_COUNT_NEXT = re.compile(r"\s*(?:году|г\.)?\s+\d")


_RU_AMONG_OPENING = re.compile(r"\s*(?:В|Среди)\s+них\b")
# "В эту цифру входят 254 тыс. контейнеров", "В этот объем вошли ...": what the total just given holds,
# of any unit, counted when the total was
_RU_TOTAL_HOLDS = re.compile(
    r"\s*В\s+(?:эту|этот|это|данную|данный|указанную|указанный)\s+(?:цифру|сумму|объ[её]м|число|количество)"
    r"\s+(?:входят|входит|вошли|вошло|вошла|вошел|вошёл|включены|включено|включен[аы]?)(?!\w)",
    re.I,
)
_REPORTING_PERIOD = re.compile(r"\b(?:отч[её]тн\w+\s+период\w*|есепті\s+кезең\w*)", re.I)
# the scans of whole sentences below run only where the sentence holds a word they need
_REPORTING_PERIOD_GATE = literal_gate(_REPORTING_PERIOD)
# "Еске салайық", "Еске салсақ", "Еске сала кетейік": a reminder of what came before
_KK_RECALL = re.compile(r"\s*Еске\s+сал\w*", re.I)
# a reminder of what was told before: "Еске салсақ", "Ранее сообщалось", "Напомним"
_RECALL = {
    "kk": _KK_RECALL,
    "ru": re.compile(r"\s*(?:Напомним|Ранее\s+(?:сообщалось|мы\s+(?:писали|сообщали)))(?!\w)", re.I),
}
# "Тогда ...", "Ол кезде ...": at the time the sentence before named
_THEN = {
    "ru": re.compile(r"\s*(?:Тогда|В\s+то\s+время|На\s+тот\s+момент)\b"),
    # "Соның арқасында", "Осының нәтижесінде": what came of the sentence before, at its time
    "kk": re.compile(r"\s*(?:(?:Ол|Сол)\s+(?:кезде|уақытта)|(?:Соның|Осының)\s+(?:арқасында|нәтижесінде))\b"),
}


_KK_AS_A_RESULT = re.compile(r"\s*Нәтижесінде(?!\w)")
# "2018 жылдан бері ... . Содан бері ...": since the time the sentence before named last, not the
# article's scene (FORMAT.md: "since" runs from the start it points at to publication)
_KK_SINCE_THEN_OPENING = re.compile(r"\s*(?:Содан|Сол\s+кезден|Сол\s+уақыттан)\s+бері(?!\w)", re.I)


# a practice told as a habit: "ведется еженедельно", "проводится ежедневно" (+fs39ru)
_RU_HABIT = re.compile(r"(?<!\w)(?:еженедельно|ежедневно|на\s+постоянной\s+основе)(?!\w)", re.I)
_RU_HABIT_GATE = literal_gate(_RU_HABIT)
# a stock told in the present: "приходится", "составляют" (no past "составил" in the sentence)
_STOCK_PRESENT = {
    "ru": re.compile(
        r"(?<!\w)(?:приходится|приходятся|составля(?:ет|ют)|насчитыва(?:ется|ются))(?!\w)", re.I
    ),
    "kk": re.compile(r"(?!)"),
}
# "Для сравнения: ...", "Салыстыру үшін ...": a sentence on another time to compare with
_COMPARE_OPENING = {
    "ru": re.compile(r"\s*Для\s+сравнения\b", re.I),
    "kk": re.compile(r"\s*(?:Салыстыру\s+үшін\b|Салыстырмалы\s+түрде\s*,)", re.I),
}
_COMPARE_OPENING_GATES = {code: literal_gate(p) for code, p in _COMPARE_OPENING.items()}
_RU_LOOK_BACK_OPENING = re.compile(r"\s*(?:В\s+прошлом\s+году|Годом\s+ранее|Год\s+назад)\b", re.I)
_RU_PAST_AUX = re.compile(r"(?<!\w)(?:был|была|было|были)\s+[^\W\d]+(?:ан|ен|ят|ит|ыт)[аоы]?(?!\w)", re.I)
# "При этом ...", "Также ...", "Ал ...": the same account goes on
# "Кроме того, ...", "Также ...": a sentence going on with the one before
_RU_ALSO_OPENING = re.compile(r"\s*(?:Кроме\s+того|Также|Помимо\s+этого)\b", re.I)


def _ru_verbless_goes_on(reader: Reader, text: str) -> bool:
    """A Russian sentence or list member with no verb cue, no present verb and no change: a list member
    ("• хирурги — 1 870;") or a sentence opening on "Кроме того", "Также" ("Кроме того, в списке 7
    туристических проектов")."""
    return (
        (_RU_BULLET.match(text) is not None or _RU_ALSO_OPENING.match(text) is not None)
        and not find_cues(reader, text)
        and reader.present.search(text) is None
        and reader.change.search(text) is None
        and _RU_ANY_VERB_ENDING.search(text) is None
    )


# a past or a participle ("запущено", "открыли", "завершен"): a verb the cue words may not name
_RU_ANY_VERB_ENDING = re.compile(
    r"(?<!\w)[^\W\d_]{3,}(?:ено|ано|ято|ито|ыто|ли|ла|лось|лись|ется|ются|ит|ат|ят)(?!\w)", re.I
)


_GOES_ON = {
    "ru": re.compile(r"\s*(?:При\s+этом|Также|Кроме\s+того|Тогда\s+же)\b"),
    "kk": re.compile(r"\s*(?:Ал|Сонымен\s+қатар|Сондай-ақ)\b"),
}


_RATE_SURFACE = re.compile(r"\sна\s+\d", re.I)  # "26 родившихся на 1000 жителей"
_SAME_MEASURE = re.compile(r"\b(?:бұл|осы|аталған)\s+көрсеткіш", re.I)  # "this indicator"


_DATELINE_LENGTH = 40  # a sentence no longer than this may be a dateline's day alone


# "за этот период", "за указанный период", "осы кезеңде", "аталған кезеңде": the span just reported
_RU_THIS_SAME = re.compile(
    r"(?<!\w)за\s+(?:этот\s+же\s+(?:период|срок)|это(?:\s+же)?\s+время|то\s+же\s+время)(?!\w)", re.I
)
_THIS_PERIOD = re.compile(
    r"(?<!\w)(?:(?:за|в)\s+(?:этот|данный|указанный|рассматриваемый)\s+(?:период|срок)|(?:осы|аталған)\s+(?:кезең|мерзім)\w*)(?!\w)",
    re.I,
)


# a sentence opening on the time ahead: "Алдағы уақытта ...", "Болашақта ...", "Ал келешекте ..."
_KK_AHEAD_OPENING = re.compile(r"\s*(?:Ал\s+)?(?:болашақта|келешекте|алдағы\s+уақытта)(?!\w)", re.I)

_KK_PARTICIPLE_AFTER = re.compile(r"\s+[^\W\d]+(?:атын|етін|йтын|йтін)(?!\w)")


# "Одан кейінгі орындарда ...", "Жетісудан кейінгі орында ...": a ranking goes on from the sentence before
# "По словам министра, ...", "По его словам, ...": the words of the one who told the news just before
_RU_TELLERS_WORDS = re.compile(
    r"\s*По\s+(?:(?:его|её|ее|их)\s+словам|словам\s+(?:(?:первого\s+)?(?:вице-|зам)?министра|"
    r"замминистра|акима|главы\s+(?:ведомства|министерства|региона|области|города|района|правительства)|"
    r"(?:первого\s+)?(?:заместителя|руководителя|председателя|начальника)))(?!\w)",
    re.I,
)

_KK_RANKING_GOES_ON = re.compile(
    r"\s*(?:Одан|Бұдан|[^\W\d]+(?:дан|ден|тан|тен|нан|нен))\s+кейінгі\s+орын", re.I
)


# "Мяса — 41 тыс. тонн.", "Ет – 41 мың тонна.": a name (a word or a few), a dash, one figure and its
# unit words, and nothing else (no verb, no period, no second clause)
_ELLIPTIC_SENTENCE = re.compile(
    r"\s*[^\W\d_]+(?:[\s-][^\W\d_]+){0,2}\s+[—–-]\s+(?:около\s+|более\s+|шамамен\s+)?"
    r"\d[\d\s,.]*(?:\s*%|(?:\s+[^\W\d_]+\.?){0,3})\s*[.;]?\s*$",
    re.I,
)


# "Сол күнгі есеппен", "осы күнгі жағдай бойынша", "сол күні": the day the sentence before named
_KK_THAT_DAY = re.compile(r"(?<!\w)(?:сол|осы|бұл)\s+(?:күнгі|күні|күнге)(?!\w)", re.I)
_KK_THAT_DAY_GATE = literal_gate(_KK_THAT_DAY)
# "Осы үш жылда", "аталған бес жыл ішінде": the run of years just named
_KK_THESE_YEARS = re.compile(
    r"(?<!\w)(?:осы|сол|аталған|бұл)\s+(?P<n>[2-9]|екі|үш|төрт|бес|алты|жеті)\s+жыл(?:да|ында|\s+ішінде|дың\s+ішінде)(?!\w)",
    re.I,
)
_KK_THESE_YEARS_GATE = literal_gate(_KK_THESE_YEARS)
_YEAR_COUNT_WORDS = {"екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7}


# "Осы гранттарды ...", "Аталған мектептерде ...": a sentence opening on things named before
_KK_THESE_THINGS = re.compile(r"\s*(?:Осы|Аталған)\s+(?P<noun>[^\W\d_]{5,})", re.I)


def _kk_things_named_before(text: str, results: list[Indicator]) -> Indicator | None:
    """The last figure before whose sentence names the things a sentence opening "Осы <noun>" points
    back at (the noun's first five letters, as a word's start), when it is not the last figure's."""
    opening = _KK_THESE_THINGS.match(text)
    if opening is None or not results:
        return None
    stem = re.compile(r"(?<!\w)" + re.escape(opening["noun"][:5].lower()))
    named = next((i for i in reversed(results) if stem.search(i.sentence.lower())), None)
    if named is None or named.sentence == results[-1].sentence:
        return None
    return named


def _kk_whole_year_after_year_so_far(before: Period | None, scope: Period | None, published: date) -> bool:
    """Whether the scope moved from this year so far (1 January to publication) to the whole year."""
    year_start, year_end = date(published.year, 1, 1), date(published.year, 12, 31)
    return (
        before is not None and scope is not None and not before.is_deadline
        and (before.period_start, before.period_end) == (year_start, published)
        and (scope.period_start, scope.period_end) == (year_start, year_end)
    )  # fmt: skip


# an item of a list: "– «Шалқия» фабрикасы – 414,7 млрд теңге;", "туризм – 1;" (a name, a dash, the figure)
# (a label may open on its own figure, a size the member counts: "– 300 орындық – 11 мектеп;" (+fs33kk))
_KK_LIST_ITEM = re.compile(
    r"\s*(?:[–—•-]\s*)?(?:\d[\d ]*\s*)?[^\d.:;]{2,90}?\s[–—-]\s*(?:шамамен\s+)?\d", re.I
)


def _own_line(body: str, start: int, text: str) -> bool:
    """True when the sentence is the whole of its line (a heading, not a sentence among others)."""
    line_start = body.rfind("\n", 0, start) + 1
    line_end = body.find("\n", start)
    line = body[line_start : len(body) if line_end < 0 else line_end]
    return line.strip() == text.strip()


def _gate_cyrillic_modules() -> None:
    """The compiled patterns of the Russian and Kazakh modules, all imported by now, put behind
    their first characters (etl/extract/first_chars.py): the same matches for less scanning."""
    for name, module in list(sys.modules.items()):
        if _CYRILLIC_MODULE.fullmatch(name) and module is not None:
            gate_namespace(vars(module))


_CYRILLIC_MODULE = re.compile(r"etl\.extract\.(?:cyrillic\w*|kk_\w+|ru_\w+)")
_gate_cyrillic_modules()


def _year_moved_to_day(before: list[Indicator], after: list[Indicator]) -> tuple[date, date, date] | None:
    """(day, first, last) when _ru_year_to_day read a change of the sentence over the year up to a day."""
    for old, new in zip(before, after, strict=True):
        if (
            old.period_start is not None and new.period_start is not None and new.period_end is not None
            and (old.period_start, old.period_end) != (new.period_start, new.period_end)
        ):  # fmt: skip
            return old.period_start, new.period_start, new.period_end
    return None


def _changes_over_lead_year(found: list[Indicator], year: tuple[date, date, date]) -> list[Indicator]:
    """A list member's change dated at the lead's stock day takes the lead change's year."""
    day, first, last = year
    return [
        replace(i, period_start=first, period_end=last)
        if i.is_change and i.period_start == i.period_end == day
        else i
        for i in found
    ]
