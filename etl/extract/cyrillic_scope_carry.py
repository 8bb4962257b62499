"""Whether a period a Russian or Kazakh sentence states carries over as the scope of the sentences
after it, and whether it is only a comparison base ("по сравнению с 2023 годом") that carries nothing."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import cast

from etl.extract.cyrillic_numbers import Figure, Reader
from etl.extract.cyrillic_report_span import _is_day, _is_span
from etl.extract.cyrillic_shared_cues import (
    _ANY_DIGIT,
    _KK_ABLATIVE_END,
    _KK_ATTRIBUTIVE,
    match_in,
    sentence_holds,
)
from etl.extract.literal_gates import literal_gate
from etl.extract.periods import Period
from etl.extract.ru_aspect import imperfective_past_participle
from etl.extract.ru_tense import clause_tenses

# "плюс 14,8% |к сентябрю 2024 года", "рост |к 2020 году составил 2%": a change right before its base
_CHANGE_BEFORE = re.compile(
    r"(?:\d\s*(?:%|процент\w*|п\.\s?п\.)?|(?<!\w)(?:рост|прирост|снижение|увеличение|сокращение|спад|падение))\s*$",
    re.I,
)


def _scope_after(
    stated: list[Period], scope: Period | None, published: date, text: str = "", first_figure: int = 0
) -> Period | None:
    """The period later sentences inherit: the sentence's last stated one, but not a "since ..."
    span ("с начала года": one figure's measure), not the present or a look back ("сейчас",
    "годом ранее"), and, unless it opens the sentence, not one earlier than the scope ("65% of
    what was built in 2022" does not make what follows a 2022 figure)."""
    spans = [
        p
        for p in stated
        if p.sets_scene
        and (
            not (p.period_end == published and p.period_start not in (None, published))
            or p.counted_back
            # "С начала года ..." opening an article: what follows is counted over the same span
            # (not "С июля, когда стартовала жатва, ...": a span from mid-year is one measure's)
            or (_opens(text, p) and (scope is None or _within_year(p, scope) and _from_new_year(p)))
            or (_opens(text, p) and _kk_year_so_far_over_wider(text, p, scope, published))
            # "Комитет подсчитал, как изменились цены с начала текущего года": a sentence with no figure
            # and nothing framed yet names the span the article reports, wherever the words stand
            or (
                scope is None
                and first_figure >= len(text)
                and _from_new_year(p)
                and _RU_SINCE_START_WORDS.match(text, p.start) is not None
            )
            # "Соңғы бір айдың ішінде ...", "За последнюю неделю ...": the last days, told on
            or (_opens(text, p) and p.period_start is not None and (published - p.period_start).days <= 31)
            # "1 қыркүйектен басталған эпидемиялық маусымда ...": the season the article reports on so far
            or _SEASON_STARTED.search(text, p.start, p.end) is not None
            # "Прием заявок был начат 1 октября 2025 года. На сегодня подано ...": what the campaign
            # has come to since the day it began
            or _RU_CAMPAIGN_STARTED.search(text, p.start, p.end) is not None
        )
        # "С 1 января 2023 года минимальная зарплата ...": a start already past is that rule's date
        # (but "2026 жылғы 1 қаңтардан бастап ... жәрдемақы өсті" opening an article with no span yet:
        # the rates told after it are in force from that day on)
        and not (
            p.period_end is None
            and p.period_start is not None
            and p.period_start <= published
            and not (
                _opens(text, p)
                and p.period_start.year == published.year
                and (scope is None or _kk_start_within_window(text, p, scope))
            )
            # ("С 1 января 2026 года установлены следующие размеры показателей:": a list's lead dates the
            # rates it lists, whatever span came before)
            and not (
                _opens(text, p)
                and p.period_start.year == published.year
                and (
                    _RU_LIST_LEAD_END.search(text)
                    # ("Также с 1 января увеличены размеры пособий. В частности:": the raise the list goes on with)
                    or (first_figure >= len(text) and _RU_RATES_RAISED.search(text) is not None)
                )
            )
        )
        # a period before every figure of its sentence frames them ("..., 2021 жылы ... 138 млн")
        and (_opens(text, p) or p.end <= first_figure or _not_earlier(p, scope, published))
        # "2022 жылдың алғашқы тоқсанында ... келген болатын" under 2023's first quarter: the same
        # months a year before are a look back, not a new scene
        and not _year_earlier(p, scope)
        # "Безработных в I кв. 2024 года – 452 669. В IV кв. 2023 года их число составляло 445 886.\n В
        # Алматы – 53,3 тыс.": a span before the scope's, told with the imperfective past of a level
        # left behind, is the base the news is measured against, not a new scene (not "В 2017 году
        # ... составляла 52,2, а в 2022-м — 36,5": a history's steps, more than one span told)
        and not (len(stated) == 1 and _earlier_level_told(p, scope, text))
        # "С 1 июня по 23 июля ... 250 тыс. ... В прошлом году этот же показатель составлял 77%.\n Число
        # туристов из Монголии выросло ...": last year named beside part of this one is a look back
        # (but "Санатории по итогам прошлого года обслужили ...": the year's results reported, a new scene
        # after a lead on this year's month, not a comparison; +fs30ru)
        and not (
            _RU_LAST_YEAR_WORDS.search(text, p.start, p.end)
            and _whole_year_before_part(p, scope)
            and not _RU_RESULTS_OF.search(text, max(0, p.start - 12), p.end)
        )
        and not _ru_start_month(text, p)
        # "..., где в 2023 году произошло 40 аварий": the span of an aside in a relative clause dates
        # that clause only, not the sentences after it (English: _WHERE_CLAUSE_BEFORE)
        and not _RU_WHERE_CLAUSE_BEFORE.search(text, max(0, p.start - 120), p.start)
        and not (_is_day(p) and _RU_WHICH_CLAUSE_BEFORE.search(text, max(0, p.start - 60), p.start))
        # "рост возобновился после «коронакризисного» 2020-го, когда ...": the year a change is told
        # after is a point looked back to, not the scene of the sentences that follow
        and not (
            text[p.start : p.start + 1].isdigit()
            and _RU_AFTER_POINT.search(text, max(0, p.start - 48), p.start)
        )
        # "(62 771 тенге в 2025 году)", ", который в 2025 году был равен 110%,": a year beside a figure
        # of an aside is that figure's comparison
        and ru_aside(text, p) is None
        and not _kk_attribute_of_earlier_year(text, p, published)
    ]
    if not spans and scope is not None and scope.is_deadline:
        # "2030 жылға дейін ... міндетін қойған. ... өткен жылдан бері 1,4 млн тонна жиналды": a tally
        # so far ends the frame of a goal ahead
        spans = [
            p for p in stated if p.sets_scene and p.period_end == published and p.period_start is not None
        ]
    told_before = [p for p in stated if not p.is_weak]
    if told_before and (now := _RU_THEN_NOW.search(text, told_before[-1].end)) is not None:
        # "Если в первом квартале открыто 117 садов, то сейчас 308": the span is the look back a
        # figure of now is set against; what follows goes on from now (+real29ru)
        # (set apart by `sets_scene`: a day that closes the span before it hands that span back at the
        # next paragraph, but this present is no stock day of that span)
        return Period(now.start(), now.end(), published, published, False, sets_scene=False)
    return spans[-1] if spans else scope


# ", то сейчас ...", ", а сейчас ...", ", а на сегодня ...": the sentence ends on how things stand now
_RU_THEN_NOW = re.compile(
    r",\s+(?:то|а)\s+(?:сейчас|теперь|ныне|на\s+сегодня(?:шний\s+день)?|в\s+настоящее\s+время)(?!\w)", re.I
)


# Kazakh: a period opening a participle attribute whose noun stands in an oblique case, the object or
# place of another deed ("өткен жылы егілген күздік дақылды орып алған шаруалар ...": last year dates
# the sowing, not the harvest the article goes on with). A participle's noun as subject ("2023 жылы
# берілген тұрғын үй көлемі артты") is what the sentence counts, and its period carries.
_KK_ATTRIBUTE_CLAUSE_AFTER = re.compile(
    r"\s+(?:[^\W\d]+\s+)?[^\W\d]+(?:ған|ген|қан|кен)\s+(?:[^\W\d]+\s+){0,3}?"
    # the object of a converb or participle after it ("дақылды орып алған", "жылыжайды аралап"), the
    # accusative after a consonant ("зауыты", "саны" are possessives; "тұрақты жұмыс" no deed)
    r"(?:[^\W\d]*[бвгғджзйклмнңпрстфхцчшщ](?:ды|ді|ты|ті)\s+[^\W\d]+(?:ып|іп|п|ған|ген|қан|кен)(?!\w)"
    # or a place or source in the locative or ablative ("жылыжайдан", "зауытта")
    r"|[^\W\d]+(?:нда|нде|да|де|та|те|дан|ден|тан|тен|нан|нен)\s+(?=[^\W\d]))",
    re.I,
)


def _kk_attribute_of_earlier_year(text: str, period: Period, published: date) -> bool:
    """A year before publication's that opens a participle attribute of an object or a place: it tells
    when the thing was sown, built or opened, not the time of the deed the sentence goes on with ("Биыл
    басталған науқанда ..." is left: the campaign of this year frames what it brings)."""
    return (
        period.period_end is not None
        and period.period_end.year < published.year
        and _KK_ATTRIBUTE_CLAUSE_AFTER.match(text, period.end) is not None
    )


# Russian: a month that only dates a start, "Жатва стартовала в июле", "в июне начался сезон"
_RU_STARTED_BEFORE = re.compile(
    r"(?<!\w)(?:стартова|началась|начался|началось|начались|запущен|открыл(?:ась|ся|ось|ись))\w*\s+(?:в\s+)?$",
    re.I,
)
_RU_STARTED_AFTER = re.compile(r"\s+(?:стартова\w*|началась|начался|началось|начались)(?!\w)", re.I)


# "после 2020 года", "после «коронакризисного» 2020-го", "после кризисного 2015-го" (a year: not
# "После корректировки расписаний за четыре месяца ...")
_RU_AFTER_POINT = re.compile(r"(?<!\w)после\s+(?:[«\"]?[^\W\d]+[»\"]?\s+){0,2}$", re.I)
_RU_WHERE_CLAUSE_BEFORE = re.compile(r",\s+(?:где|когда|куда|в\s+котор\w+|на\s+котор\w+)\s[^,;]*$", re.I)
# ", который 8 декабря 2025 года подписал глава государства": the day of a deed told of a noun, in a
# relative clause with no figure, dates no sentence after it
_RU_WHICH_CLAUSE_BEFORE = re.compile(r",\s+котор(?:ый|ая|ое|ые|ого|ую)\s[^,;\d]*$", re.I)
# a figureless lead of a list: "... установлены следующие размеры:"
_RU_LIST_LEAD_END = re.compile(r":\s*$")
# rates or payments raised or set from a day: "увеличены размеры пособий", "повышены тарифы"; or paid
# from it on ("выплачивается пособие", "пособие ... назначается": its amounts told next stand from that day)
_RU_RATES_RAISED = re.compile(
    r"(?<!\w)(?:увеличен[аоы]?|повышен[аоы]?|проиндексирован[аоы]?|установлен[аоы]?|"
    r"выплачива(?:ется|ются)|назнача(?:ется|ются))\s+"
    r"(?:[^\W\d]+\s+){0,2}?(?:размер|ставк|тариф|пособи|выплат|пенси|зарплат|МРП)\w*"
    r"|(?<!\w)(?:пособи|выплат|пенси)\w*\s+(?:[^\W\d]+\s+){0,4}?(?:выплачива|назнача)(?:ется|ются)(?!\w)",
    re.I,
)
# a relative clause or brackets before a period: ", который в 2025 году", "(62 771 тенге в 2025 году"
_RU_ASIDE_BEFORE = re.compile(r",\s+(?:где|когда|куда|(?:в\s+|на\s+)?котор\w+)\s[^,;]*$|\([^()]*$", re.I)


_ASIDE_END = re.compile(r"[,;](?:\s|$)|\)|\.(?:\s|$)")  # (not the comma of "3,1")


def _ru_aside_of_figure(text: str, period: Period) -> tuple[int, int] | None:
    """Where a relative clause or brackets holding the period and a figure of their own run: "который
    в 2025 году был равен 110%", "(62 771 тенге в 2025 году)". (An aside with no figure may date what
    follows: "анализу, который ведется с 2022 года, область сэкономила 108 млрд".)"""
    aside = _RU_ASIDE_BEFORE.search(text, max(0, period.start - 120), period.start)
    if aside is None:
        return None
    close = _ASIDE_END.search(text, period.end)
    end = close.start() if close else len(text)
    own = _ANY_DIGIT.search(text[aside.start() : period.start] + " " + text[period.end : end])
    if own is None:
        return None
    if text[aside.start()] == ",":
        # "Инвестиции, которые в январе–октябре достигли 640 млрд, выросли на 7%": a main clause told in
        # the past goes on in the aside's span; "..., который в 2025 году был равен 110%, поднимется
        # до 118%" tells of another time
        after = _ASIDE_END.search(text, end + 1)
        main = clause_tenses(text, end, after.start() if after else len(text))
        if any(tense in ("past", "done") for _, tense in main):
            return None
    return aside.start(), end


def _ru_aside_period(text: str, period: Period, figure: Figure) -> bool:
    """A period in a relative clause or brackets with a figure of its own, the figure standing outside:
    "Максимальный размер, который в 2025 году был равен 110%, поднимется до 118%" dates 110%, not 118%;
    so does the birth of a place in a participle aside ("В зоне, открытой в прошлом году, ведут
    работы на 19 проектах": the 19 are now). A participle aside right after a figure is said of that
    figure, which keeps its period ("с 3 500 тенге, действовавших в 2025 году, до 3 900 тенге")."""
    aside = ru_aside(text, period)
    if aside is None or not (figure.start >= aside[1] or figure.end <= aside[0]):
        return False
    return not (
        figure.end <= aside[0] and _RU_PARTICIPLE_ASIDE_OPEN.match(text, aside[0])
        and _RU_SAID_OF_GAP.fullmatch(text, figure.end, aside[0])
    )  # fmt: skip


@lru_cache(maxsize=32)
def ru_aside(text: str, period: Period) -> tuple[int, int] | None:
    """Where the aside holding the period runs (_ru_aside_of_figure, _ru_participle_aside, else
    _ru_founding_aside), or None.
    The same for every figure of the sentence and for the scene the period sets after it: read once
    (a pure reading of the two, so remembering a few cannot go stale)."""
    return (
        _ru_aside_of_figure(text, period)
        or _ru_participle_aside(text, period)
        or _ru_founding_aside(text, period)
    )


# ", составлявшая в прошлом году 105% прожиточного минимума,", ", действовавших в 2025 году,",
# ", обслуживший в 2024 году 3,2 млн пассажиров,": an active past participle set off by commas
_RU_PARTICIPLE_ASIDE_BEFORE = re.compile(
    r",\s+(?P<word>[а-яё]+вш(?:ий|ая|ее|ие|его|ей|их|им|ими|ую|ем))\s[^,;()]*$", re.I
)
_RU_PARTICIPLE_ASIDE_OPEN = re.compile(r",\s+[а-яё]+вш", re.I)
# what stands between a figure and the participle aside said of it: its unit or counted noun only
_RU_SAID_OF_GAP = re.compile(r"(?:\s*[^\W\d]+\.?){0,2}\s*")


def _ru_participle_aside(text: str, period: Period) -> tuple[int, int] | None:
    """Where an active past participle aside holding the period runs, when it tells a former state
    that the main clause does not go on in: the participle is imperfective and the main clause sets a
    new level ("составлявшая в прошлом году 105%, поднята до 112%": was, and is no longer; not
    "принимавший в 2024 году рейсы 40 авиакомпаний, обслужил 8 млн": a deed of that year), or the
    main clause after it tells no past
    ("Аэропорт, обслуживший в 2024 году 3,2 млн пассажиров, намерен увеличить ..."). ("Инвестиции,
    составившие в январе–октябре 640 млрд, выросли на 7%": the main clause goes on in that span.)"""
    aside = _RU_PARTICIPLE_ASIDE_BEFORE.search(text, max(0, period.start - 80), period.start)
    if aside is None:
        return None
    close = _ASIDE_END.search(text, period.end)
    end = close.start() if close else len(text)
    after = _ASIDE_END.search(text, end + 1)
    main = {tense for _, tense in clause_tenses(text, end, after.start() if after else len(text))}
    # an imperfective aside is a former state only against a new level set ("поднята до 112%"): a main
    # clause told in the active past goes on in its span ("Завод, работавший в 2024 году на полную
    # мощность, выпустил 50 тыс. тонн")
    if "past" in main or ("done" in main and not imperfective_past_participle(aside["word"])):
        return None
    return aside.start(), end


# "В зоне «Кайрат», открытой в прошлом году,", "на заводе, построенном в 2019 году,": a participle
# of founding after a place tells when the place began (not "Объем жилья, введенного в 2024 году,
# составил ...", whose participle, after no place, tells what the figure counts)
_RU_FOUNDING_ASIDE_BEFORE = re.compile(
    r"(?<!\w)(?:в|во|на)\s+[^,;.()]{1,60},\s+(?:открыт|создан|построен|основан|запущен|образован|учрежд[её]н)"
    r"\w*\s[^,;()]*$",
    re.I,
)


def _ru_founding_aside(text: str, period: Period) -> tuple[int, int] | None:
    """Where a participle aside telling when a place was founded, opened or built runs, when the
    period is in it: the aside dates the place, not the figures outside it, nor what follows."""
    aside = _RU_FOUNDING_ASIDE_BEFORE.search(text, max(0, period.start - 120), period.start)
    if aside is None:
        return None
    close = _ASIDE_END.search(text, period.end)
    start = text.index(",", aside.start())
    return start, close.start() if close else len(text)


def _ru_start_month(text: str, period: Period) -> bool:
    """True for a month named as when an activity began ("Жатва стартовала в июле"): it dates the
    start, not a scene, so year totals and tallies told after it keep their own span."""
    start, end = period.period_start, period.period_end
    if start is None or end is None or start.month != end.month or (end - start).days < 27:
        return False
    head = text[max(0, period.start - 30) : period.start]
    return (
        _RU_STARTED_BEFORE.search(head) is not None or _RU_STARTED_AFTER.match(text, period.end) is not None
    )


# "составлял", "составляло", "насчитывалось": the imperfective past of a level then
_RU_LEVEL_THEN = re.compile(r"(?<!\w)(?:составлял[аои]?|насчитывал[аои]?с[ья])(?!\w)", re.I)


def _earlier_level_told(period: Period, scope: Period | None, text: str) -> bool:
    """True when `period` is a span ended before the scope's began, and its sentence tells a level
    in the imperfective past ("В IV кв. 2023 года число безработных составляло 445 886 человек")."""
    if scope is None or not _is_span(scope) or not _is_span(period):
        return False
    return cast(date, period.period_end) < cast(date, scope.period_start) and bool(
        _RU_LEVEL_THEN.search(text)
    )


def _year_earlier(period: Period, scope: Period | None) -> bool:
    """True when `period` is the scope's months of one year moved a year back (the scope being
    part of a year: a whole year before a whole year is as likely the next step of a history)."""
    if scope is None or not _is_span(scope) or not _is_span(period):
        return False
    first, last = cast(date, scope.period_start), cast(date, scope.period_end)
    if first.year != last.year or (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):
        return False
    try:
        return (period.period_start, period.period_end) == (
            first.replace(year=first.year - 1),
            last.replace(year=last.year - 1),
        )
    except ValueError:  # 29 February
        return False


_RU_LAST_YEAR_WORDS = re.compile(r"(?<!\w)(?:прошл|минувш|ушедш|предыдущ)\w*\s+год", re.I)
# "по итогам прошлого года": the results of a year reported
_RU_RESULTS_OF = re.compile(r"(?<!\w)по\s+итогам\s+(?:прошл|минувш|ушедш|предыдущ)\w*\s+год", re.I)


def _whole_year_before_part(period: Period, scope: Period | None) -> bool:
    """True when `period` is the whole year before the one the scope, a part of a year, lies in."""
    if scope is None or not _is_span(scope) or not _is_span(period):
        return False
    first, last = cast(date, scope.period_start), cast(date, scope.period_end)
    if first.year != last.year or (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):
        return False
    return (period.period_start, period.period_end) == (
        date(first.year - 1, 1, 1),
        date(first.year - 1, 12, 31),
    )


_RU_SINCE_START_WORDS = re.compile(r"с\s+начала\s", re.I)


# a Kazakh start: "1 қаңтардан бастап", "2026 жылғы 1 қаңтардан бастап"
_KK_FROM_DAY = re.compile(r"(?:нан|нен|тан|тен|дан|ден)\s+бастап(?!\w)", re.I)


def _kk_start_within_window(text: str, start: Period, scope: Period) -> bool:
    """True for a Kazakh start ("1 қаңтардан бастап") that falls in a scope of several years ("2023
    жылдан бастап бес жыл ішінде ... көтеріліп келеді"): opening a later sentence ("Осылайша, 1
    қаңтардан бастап ... 35 596 теңгені құрайды"), it is that window's step now in force, the scene
    of the levels told after it (+fs39kk). (Russian "С 1 января 2025 года" under "с 2023 по 2027 год"
    is left as it was: dev h33-ru-01 dates a standing rule after it at publication.)"""
    first, last, day = scope.period_start, scope.period_end, start.period_start
    return bool(
        first and last and day and first.year < last.year and first <= day <= last
        and _KK_FROM_DAY.search(text, start.start, start.end + 16)
    )  # fmt: skip


# "жыл басынан бері", "жылдың басынан бері", "биылғы жылдың басынан бері": this year so far
_KK_YEAR_SO_FAR = re.compile(r"(?<!\w)(?:биылғы\s+)?жыл(?:дың)?\s+басынан\s+бері(?!\w)", re.I)


def _kk_year_so_far_over_wider(text: str, span: Period, scope: Period | None, published: date) -> bool:
    """True for a Kazakh "Жыл басынан бері ..." opening a sentence under a scope that does not lie within
    this year so far: several years "since 2021", or a school year still to come ("Жаңа 2025-2026 оқу
    жылында ... күтілуде. Жыл басынан бері ... сынақтан өтті. «... 461 мың ваучер берілді»"). The
    tally told next counts over the year so far, as a reporter reads it, not over the wider frame
    (+fs40kk)."""
    if scope is None or scope.period_start is None or span.period_start is None:
        return False
    if not (_from_new_year(span) and span.period_end == published):
        return False
    wider = scope.period_start < span.period_start or scope.period_end is None or scope.period_end > published
    return wider and _KK_YEAR_SO_FAR.search(text, span.start, span.end + 8) is not None


def _from_new_year(period: Period) -> bool:
    return period.period_start is not None and (period.period_start.month, period.period_start.day) == (1, 1)


def _within_year(period: Period, scope: Period) -> bool:
    """True when the scope is the whole year `period` lies in (a headline's "биыл", "в 2025 году")."""
    first, last = scope.period_start, scope.period_end
    return bool(
        first and last and period.period_start and (first.month, first.day, last.month, last.day) == (1, 1, 12, 31)
        and first.year == last.year == period.period_start.year
    )  # fmt: skip


# a plan or outlook told as the predicate ("планируется", "необходимо", "предусмотрено"; not the
# attribute "из запланированных 120 объектов", which names a plan's size beside what is done)
_RU_PLAN_PREDICATE = re.compile(
    r"(?<!\w)(?:планиру(?:ется|ются|ет|ют)|запланирован[оаы]?|предусмотрен[оаы]?|предусматрива(?:ется|ются)"
    r"|необходимо|предстоит|намерен[аы]?|ожида(?:ется|ются))(?!\w)",
    re.I,
)


def _ru_planned_today(reader: Reader, text: str, after_now: int, figure_start: int) -> bool:
    """'Сегодня необходимо реализовать ещё 61 проект': a plan predicate between "сегодня" and the
    figure; the plan is told today, it is no state of today."""
    return (
        reader.language.code == "ru" and _RU_PLAN_PREDICATE.search(text, after_now, figure_start) is not None
    )


_SEASON_STARTED = re.compile(r"(?:нан|нен|тан|тен|дан|ден)\s+басталған$", re.I)
# the verb inside a Russian "started_day" period (cyrillic_periods): "Прием заявок был начат 1 октября"
_RU_CAMPAIGN_STARTED = re.compile(
    r"\s(?:стартовал[аои]?|начал(?:ся|ась|ось|ись)|(?:был[аои]?\s+)?(?:начат|запущен)[аоы]?)\s+\d", re.I
)
_THIRD_WORD = re.compile(r"\s*\S+\s+\S+\s+\S")


def _opens(text: str, period: Period) -> bool:
    """At most two words stand before the period in its sentence, after a Russian source that may
    open it ("По информации ведомства, с января 2026 года выплачено ...")."""
    source = (
        _RU_SOURCE_OPENING.match(text, 0, period.start)
        if sentence_holds(_RU_SOURCE_OPENING_GATE, text)
        else None
    )
    return not _THIRD_WORD.match(text, source.end() if source else 0, period.start)


# a source opening a Russian sentence before its subject (the Russian sources of _OPENING_ASIDE)
_RU_SOURCE_OPENING = re.compile(
    r"\s*(?:(?:по|согласно)\s+(?:\w+\s+){0,2}(?:словам|данным|информации|мнению|оценке|сведениям)"
    r"|как\s+(?:сообщ|отмет|отмеч|рассказ|поясн|сказ|подчерк|уточн)\w*)[^,]*,\s*"
    # Kazakh: '"... бюджет туралы" заңға сәйкес, 2020 жылғы 1 қаңтардан бастап ...', "Министрліктің дерегінше, ..."
    r"|[^,.]{0,160}?(?<!\w)(?:сәйкес|мәліметінше|дерегінше|мәлімдеуінше|хабарлауынша)\s*,\s*"
    # ("... компаниясының дерегі бойынша, жыл басынан бері ...": a source told with "бойынша", +fs40kk)
    r"|[^,.]{0,160}?(?<!\w)(?:дерегі|деректері|мәліметі|мәліметтері|ақпараты)\s+бойынша\s*,\s*",
    re.I,
)
_RU_SOURCE_OPENING_GATE = literal_gate(_RU_SOURCE_OPENING)


# a Kazakh speaker opening the sentence: "Басқарма басшысының айтуынша, ...", "Министрдің сөзінше, ..."
_KK_SAYS_OPENING = re.compile(r"[^,.]{0,120}?(?<!\w)(?:айтуынша|сөзінше)\s*,\s*", re.I)
_KK_SAYS_OPENING_GATE = literal_gate(_KK_SAYS_OPENING)


def _part_after_source(reader: Reader, text: str) -> bool:
    """A part of the total just given, told after the source that opens the sentence ("Министрліктің
    дерегінше, оның 3,7 мың шақырымы ...", "По данным ведомства, из них ..."); not a bare "this" ("...
    мәліметінше, бұл білім ордалары 22 мың оқушыға арналады": the things again, not a part) (+fs38kk)."""
    source = (_RU_SOURCE_OPENING.match(text) if sentence_holds(_RU_SOURCE_OPENING_GATE, text) else None) or (
        _KK_SAYS_OPENING.match(text) if sentence_holds(_KK_SAYS_OPENING_GATE, text) else None
    )
    part = reader.breakdown.match(text, source.end()) if source else None
    return part is not None and part.group(0).strip().lower() not in ("бұл", "это")


def _not_earlier(period: Period, current: Period | None, published: date) -> bool:
    """True unless `period` ends before the scope begins; a scope still ahead ("начиная с 2026
    года", "алдағы үш жылға": from publication on) gives way to any period reported after it."""
    if current is None or current.period_start is None or current.period_start > published:
        return True
    if (
        current.period_start == published
        and current.period_end is not None
        and current.period_end > published
    ):
        return True
    new_end, old_start = period.period_end or period.period_start, current.period_start or current.period_end
    return new_end is None or old_start is None or new_end >= old_start


# "уровень 2023 года – 60%", "уровень прошлого года составлял 5%": the nominative level named by its
# span, then its value (not "выше уровня 2023 года", "к уровню", "на уровне": a base)
_RU_LEVEL_OF = re.compile(r"(?<!\w)уровень\s+$", re.I)
_RU_LEVEL_VALUE = re.compile(
    r"\s*(?:[–—-]|составля?л[аои]?|был[аои]?)\s+(?:около\s+|порядка\s+|более\s+|менее\s+)?[+-]?\d", re.I
)


def _is_comparison(reader: Reader, text: str, period: Period, published: date | None = None) -> bool:
    """'по сравнению с 2024 годом', 'өткен жылмен салыстырғанда': a comparison base, not a period."""
    if (
        published is not None and period.is_deadline and period.period_end is not None
        and period.period_end < published and text[period.start : period.start + 3].lstrip().startswith(("к ", "К "))
        and _CHANGE_BEFORE.search(text, max(0, period.start - 12), period.start)
    ):  # fmt: skip
        return True  # "плюс 14,8% к сентябрю 2024 года": no deadline already past, the base of a change
    if reader.language.code == "kk":  # "өткен жылдың сәйкес кезеңімен салыстырғанда"
        # "былтырғы дәл осы кезеңнен 3,2%-ға көп": a same-span phrase in the ablative is the base
        return bool(
            _kk_compared_next(text, period)
            or _KK_ABLATIVE_SPAN.search(text, period.start, period.end)
            # "өткен жылы 2022 жылғы деңгейде қалып": at that year's level, the base of what stayed
            # (so "былтырғы деңгейде қалды": it stayed at last year's level)
            or (
                text.endswith(("жылғы", "былтырғы"), period.start, period.end)
                and bool(_KK_LEVEL_AT.match(text, period.end))
            )
            # "2023 жылдан 12%-ға артық": than that year; "былтырғы қаңтар-наурыздан 5,7 млрд теңгеге
            # артық": than those months (a span in the ablative, then how much more or less)
            or (
                bool(
                    _KK_ABLATIVE_END.search(text, period.start, period.end)
                    or _KK_WITH_SPAN.search(text, period.start, period.end)
                )
                and bool(_KK_MORE_THAN.match(text, period.end))
            )
            # "2013 жылғы қаңтар-сәуірдегі 48,4 мыңнан 7,2%-ға аз": that span's level is the base
            or (
                _KK_ATTRIBUTIVE.search(text, period.start, period.end)
                and bool(_KK_BASE_VALUE.match(text, period.end) or _KK_FROM_LEVEL.match(text, period.end))
            )
        )
    # a phrase may begin with the space before it ("с| первым кварталом"): the words before include it
    opened = (
        period.start + len(text[period.start : period.end]) - len(text[period.start : period.end].lstrip())
    )
    before = text[max(0, opened - 48) : opened]
    if (
        _SINCE_WHEN.match(text, period.end) and not _COMPARED_WITH.search(before)
        # (not "больше прошлогоднего результата, когда их насчитали 292 тысячи": last year's mark whose
        # value the "when" clause tells is the base; +fs30ru)
        and not _RU_LAST_YEARS_MARK.match(text, period.start, period.end)
    ):  # fmt: skip
        return False  # "впервые с 2021 года, когда ... подскочило на 51,2%": that year's own figures
    if _RU_WITH_OPENING.match(text, period.start, period.end) and _RU_COMPARED_WORD.search(before):
        return True  # "По сравнению с 1 января 2017 года ... увеличилась": the period took the "с" in
    if _is_day(period) and _ru_by_day(before, _day_behind(text, period, published)):
        return False  # "К 1 января 2024 года численность достигла ...": a stock's day, not a base
    if _RU_LEVEL_OF.search(before) and _RU_LEVEL_VALUE.match(text, period.end):
        return False  # "Среднемесячный уровень 2023-го – 60%": that year's own level, told with its value
    if _RU_LAST_YEARS.match(text, period.start, period.end) and _RU_RECORD_OVER.search(
        text, max(0, opened - 60), opened
    ):
        # "собрал рекордный за последние 10 лет урожай", "рекорды по отгрузке зерна за последние три
        # года": the years a record is measured against, not the span of the figure
        return True
    # "против 351,4 тыс. тонн за тот же период 2024 года": the period of the value compared with
    # "превзошел итог всего рекордного прошлого года": the level surpassed is the base
    return bool(
        reader.comparison.search(before[-30:])
        # "осталась на августовском уровне": the month whose level held is the base, not the span
        or (reader.language.code == "ru" and _RU_MONTH_LEVEL.match(text, period.start, period.end + 12))
        or _AFTER_BASE_VALUE.search(before)
        or _BEATS_RESULT.search(before)
        or _SURPASSED.search(before)
        # "по сравнению с «допандемийным» 2019 годом": the base's year after a word or two of its own
        or bool(_COMPARED_WITH_WORDS.search(before))
        # "на 15,1% больше расходов 2025 года", "ниже показателя прошлого года": the span in the
        # genitive of the thing a comparative measures against (not "больше всего в 2025 году")
        or (
            reader.language.code == "ru"
            and bool(_RU_COMPARATIVE_OF.search(before) or _RU_CHANGE_DASH_OF.search(before))
            and not _RU_PREPOSITION_OPENING.match(text, opened, period.end)
        )
    )


_RU_COMPARATIVE_OF = re.compile(
    r"(?<!\w)(?:больше|меньше|выше|ниже|дороже|дешевле)\s+(?!(?:всего|всех)\s)(?:[^\W\d]+\s+){1,2}$", re.I
)
# "больше показателя апреля и на 10 600 тенге – мая прошлого года": a second change told with its
# comparative left out, its base in the genitive after a dash
_RU_CHANGE_DASH_OF = re.compile(r"(?<!\w)на\s+\d[\d\s,.]*%?(?:\s*[^\W\d]+\.?){0,2}\s*[—–-]\s*$", re.I)
_RU_PREPOSITION_OPENING = re.compile(r"(?:в|во|за|на|с|со|к|по|до|от)\s", re.I)


_SURPASSED = re.compile(
    r"(?<!\w)(?:превы[сш]|превзо[шй]|опереди|уступи)\w*\s+(?!(?:в|во|за|по|на|к|с)\s)(?:[^\W\d]+\s+){1,3}$",
    re.I,
)
_SINCE_WHEN = re.compile(r",\s+когда\b", re.I)
_RU_LAST_YEARS_MARK = re.compile(r"\s*прошлогодн", re.I)
_RU_MONTH_LEVEL = re.compile(r"\s*[^\W\d]+(?:ск|ьск)(?:ом|ого|ий|ему)\s+уровн", re.I)
_COMPARED_WITH = re.compile(r"(?:сравнению|сравнении)\s+со?\s*$", re.I)
_RU_WITH_OPENING = re.compile(r"\s*со?\s", re.I)
_RU_COMPARED_WORD = re.compile(r"(?:сравнению|сравнении)\s*$", re.I)
_RU_LAST_YEARS = re.compile(r"\s*(?:за\s+|в\s+)?последн\w+\s", re.I)
# a record's word shortly before "за последние N лет": "рекордный", "рекорды по отгрузке зерна и муки"
_RU_RECORD_OVER = re.compile(
    r"(?<!\w)(?:рекорд|максимальн|минимальн|наибольш|наименьш|впервые)\w*(?:\s+[^\W\d]+){0,6}\s+$", re.I
)
# "к" opening the sentence or a clause before a day: by that day (a base "к" follows its change,
# "выросло на 5% к 1 января")
_RU_BY_DAY_OPENING = re.compile(r"(?:^|[.,;:]\s+)к\s+$", re.I)
# "к" after other words of its clause: "собрали 20 млн тонн к 30 сентября" is a total by that day as
# "К 30 сентября собрали" is; a change told in the clause before it makes the day its base ("выросло
# на 5% к 1 января", "прирост ... к 1 октября прошлого года", "в 1,5 раза больше, чем к 1 июля")
_RU_BY_DAY_AFTER_WORDS = re.compile(r"(?<!\w)к\s+$", re.I)
_RU_CLAUSE_OPENING = re.compile(r".*(?:^|[.;:,]\s|\s[—–-]\s)", re.S)
_RU_CHANGE_IN_CLAUSE = re.compile(
    r"%|(?<!\w)раз(?:а)?(?!\w)|процент"
    r"|(?<!\w)(?:рост|прирост|сниж|увелич|сокра[щт]|спад|паден|упал|измен|вырос|подорож|подешев|прибав|"
    r"больше|меньше|выше|ниже|чем|против|"
    r"сравн|относительно|отношени|уровн|показател|результат)\w*",
    re.I,
)


def _day_behind(text: str, period: Period, published: date | None) -> bool:
    """A day already come this year, or a day whose year is written: no yearless day read back into
    last year ("соберут 20 млн тонн к 1 декабря", told in October, is a day still ahead)."""
    if published is None or period.period_start is None or period.period_start > published:
        return False
    return period.period_start.year == published.year or bool(
        _YEAR_DIGITS.search(text, period.start, period.end)
    )


_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")


def _ru_by_day(before: str, behind: bool) -> bool:
    """'К 1 января ...' opening its sentence or clause, or 'к' after words of a clause that tells no
    change nor comparison, the day behind: the day a stock or a running total stood at, not a base."""
    if _RU_BY_DAY_OPENING.search(before):
        return True
    if not behind or not _RU_BY_DAY_AFTER_WORDS.search(before):
        return False
    opening = _RU_CLAUSE_OPENING.match(before)
    clause = before[opening.end() if opening else 0 :]
    return not _RU_CHANGE_IN_CLAUSE.search(clause)


_COMPARED_WITH_WORDS = re.compile(r"(?:сравнению|сравнении)\s+со?\s+(?:[«\"]?[^\W\d]+[»\"]?\s+){1,2}$", re.I)

# "рынок превзошел итог всего рекордного прошлого года на 1,2%": the result beaten is the base
_BEATS_RESULT = re.compile(
    r"(?<!\w)(?:превзош|превыси|превыша|обогна)\w*\s+(?:итог|показател|результат|уровень)\w*(?:\s+[^\W\d]+){0,3}\s+$",
    re.I,
)
_AFTER_BASE_VALUE = re.compile(r"(?<!\w)(?:против|вместо)\s+(?:(?!,\s)[^;:—–()]){1,40}$", re.I)


# the words of "the same span" in Kazakh: "сәйкес кезең", "дәл осындай кезең", "тиісті кезең"
_KK_SAME_WORDS = r"дәл|тура|сол|осы|осындай|сәйкес|сәйкесінше|тиісті|ұқсас"
_KK_COMPARISON_AFTER = re.compile(
    r"\S*(?:\s+(?:[^\s,.;:]|[,.](?=\d))+){0,2}?\s+(?:салыстыр(?:ғанда|ып|а)|қарағанда)"  # "4,9%-бен салыстырғанда", "наурызбен салыстырып"
    r"|\S*(?:\s+[^\s,.;:]+){0,2}?\s+(?:көрсеткіш|деңгей|кезең|мөлшер|көлем)\w*(?:тен|ден|нен|нан|тан|дан|тің|дің|нің)\b"  # "2013 жылғы көрсеткіштен ... жоғары", "2015 жылғы көлемнен"
    # "былтырғы алғашқы жарты жылдағы көлемнен 4,6% көп": three words of the base's own span after an
    # attributive ("былтырғы", "2023 жылғы"; not the adverb "Былтыр жалпы өндірілген ет көлемінен 12%-ы
    # экспортталды", the figure's own year), the ablative only (not "2027 жылға дейін бұл шек күнкөріс деңгейінің 120%-ына": the subsistence level, a measure)
    r"|(?<=ғы|гі|қы|кі)(?P<attributive_base>(?:\s+[^\s,.;:]+){3}\s+(?<!күнкөріс\s)(?:көрсеткіш|деңгей|көлем)\w*(?:тен|ден|нен|нан|тан|дан)\s+\d)"
    # "2013 жылдың сәйкесінше кезеңімен 34,5%-ға жоғары", "өткен жылдың дәл осындай кезеңімен": the same
    # span a year before, in the instrumental or the dative, with no comparison word after it
    rf"|\S*(?:\s+(?:{_KK_SAME_WORDS})){{1,2}}\s+кезең\w*?(?:мен|не|ге)\b"
    # "2022 жылғы сәйкес кезең бойынша өсім 12,6%": growth reckoned by that year's same span
    rf"|\S*(?:\s+(?:{_KK_SAME_WORDS})){{1,2}}\s+кезең(?:і)?\s+бойынша(?!\w)"
    # "өсуі 2022 жылғы көрсеткіштерге 130%-ды құрады": that year's figures in the dative, then the share
    r"|\S*\s+көрсеткіш\w*(?:ге|ке)\s+(?=\d)"
)
_KK_COMPARISON_AFTER_GATE = literal_gate(_KK_COMPARISON_AFTER)


# a year named in the gap before the comparison word is the base itself: "Биыл өткен жылға қарағанда"
# (not the half-year the base is told over: "былтырғы алғашқы жарты жылдағы көлемнен")
_KK_YEAR_IN_GAP = re.compile(r"(?<!\w)(?<!жарты\s)(?:жыл|былтыр)\w*", re.I)
# so is a month after a month: "Маусымда мамырмен салыстырғанда" (June against May: June is the figure's
# own; not "2024 жылдың сәйкес айымен": a year's same month is the base)
_KK_MONTH_WORD = re.compile(
    r"(?<!\w)(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан(?!дық|дығ)|қараша|желтоқсан)\w*",
    re.I,
)


def _kk_compared_next(text: str, period: Period) -> bool:
    """'өткен жылмен салыстырғанда', '2023 жылғы көрсеткіштен': the comparison word follows the period,
    with no other year between ("Биыл өткен жылға қарағанда 12%-ға көп": "биыл" is the figure's own)."""
    compared = match_in(_KK_COMPARISON_AFTER, _KK_COMPARISON_AFTER_GATE, text, period.end, period.end + 60)
    if compared is None:
        return False
    gap = period.end
    own_noun = _KK_YEAR_NOUN_NEXT.match(text, gap)
    if own_noun is not None and _KK_ATTRIBUTIVE.search(text, period.start, period.end):
        gap = own_noun.end()  # "былтырғы жылмен салыстырғанда": the attributive's own noun, no other year
    month_against_month = _KK_MONTH_WORD.search(text, period.start, period.end) is not None
    if month_against_month and _KK_MONTH_WORD.search(text, gap, compared.end()):
        return False
    return not _KK_YEAR_IN_GAP.search(text, gap, compared.end())


_KK_YEAR_NOUN_NEXT = re.compile(r"\s+жыл\w*", re.I)


_KK_MORE_THAN = re.compile(
    r"\s+\d[\d\s]*(?:[,.]\d+)?(?:\s+(?:мың|млн|млрд|трлн)\.?)?\s*(?:%|пайыз\w*|есе)?-?\w*\s+"
    r"(?:көп|аз|жоғары|төмен|артық|кем)\b",
    re.I,
)
# "2013 жылдың сәйкес кезеңімен 34,5%-ға жоғары": a span in the instrumental, then how much more or
# less (no "салыстырғанда" written) is the base
_KK_WITH_SPAN = re.compile(r"(?:кезең|аралығ|аралық|тоқсан)\w*(?:мен|бен|пен)$", re.I)
# (and a level, figure, volume or amount in the dative, instrumental or locative: "былтырғы деңгейге
# жетті", "былтырғы көрсеткішпен бірдей болды", "2022 жылғы көлемде сақталды"; the nominative,
# "былтырғы көрсеткіш 45 млрд теңгені құрады", is that year's own figure)
_KK_LEVEL_AT = re.compile(
    r"\s+(?:деңгей|көрсеткіш|көлем|мөлшер)(?:і|ы)?(?:ге|ке|ға|қа|не|на|мен|бен|пен|нен|де|да|те|та|нде|нда)(?!\w)",
    re.I,
)

_KK_BASE_VALUE = re.compile(
    r"\s+\d[\d\s]*(?:[,.]\d+)?(?:\s+(?:мың|млн|млрд|трлн))?(?:\s+[^\W\d]+)?(?:дан|ден|тан|тен|нан|нен)\s+"
    r"\d[\d,.]*\s*(?:%|пайыз|есе)?-?\S*\s+(?:көп|аз|жоғары|төмен|артық|кем)\b",
    re.I,
)  # "... 48,4 мыңнан 7,2%-ға аз": a level in the ablative, then how much more or less

# "сәуірдегі 13,5%-дан 13,9%-ға дейін үдеді": the attributive dates the old level only, the new one
# is the time the sentence reports
_KK_FROM_LEVEL = re.compile(
    # (a share of a measure in the possessive: "күнкөріс деңгейінің былтырғы 65%-ынан 70%-ына дейін")
    r"\s+\d[\d\s]*(?:[,.]\d+)?(?:\s+(?:мың|млн|млрд|трлн))?\s*(?:%|пайыз\w*|[^\W\d]+)?-?(?:ы|і)?(?:дан|ден|тан|тен|нан|нен)\s+"
    r"\d[\d\s]*(?:[,.]\d+)?(?:\s+(?:мың|млн|млрд|трлн))?\s*(?:%|пайыз|[^\W\d]+)?-?(?:ы|і)?(?:ға|ге|қа|ке|на|не)(?!\w)",
    re.I,
)

_KK_ABLATIVE_SPAN = re.compile(
    r"(?:кезең|аралық|аралығ)\w*(?:нен|нан|тен|тан|ден|дан|нің|ның)$|(?:былтыр|былтырғы|биылғы|жылғы)дан$"
    rf"|(?<!\w)(?:{_KK_SAME_WORDS})\s+кезең\w*?(?:мен|не|ге)$"  # "2018 жылдың сәйкес кезеңімен 103%"
    r"|(?:дағы|дегі|тағы|тегі)(?:дан|ден|нан|нен|тан|тен)$",  # "қыркүйектегіден 2%-ға аз": than in September
    re.I,
)  # "былтырғы сәйкес кезеңнің 103%-ы": a share of that span's level  # "былтырғы дәл осы кезеңнен 3,2%-ға көп", "былтырғыдан 3 пайыздық тармаққа жоғары": than that span


def ru_told_now_leaves_span(text: str, has_figures: bool, scope: Period | None, published: date) -> bool:
    """A Russian sentence told now ("на сегодня", "к настоящему времени") that leaves the span in scope:
    what it and the sentences after it tally are today's. A list's lead with no figure of its own
    ("На сегодня, помимо зерна, собраны:\\n• 3 млн тонн масличных;", +fs38ru), or the same tally told in a
    running sentence under a span still running ("Всего в текущем году ... 16 млн гектаров. ...
    Масличных к настоящему времени собрано 3 млн тонн. ... Лука накопано 1 млн тонн", +ps43ru)."""
    if not _is_span(scope) or scope is None or scope.period_end is None:
        return False
    if not has_figures:
        return _RU_LIST_LEAD_END.search(text) is not None
    return (
        scope.period_start is not None and scope.period_start <= published <= scope.period_end
        and _RU_ELIDED_MEMBER.search(text) is not None
    )  # fmt: skip


# the same list told in prose: a member whose verb is left out after a dash ("собрано 3 млн тонн,
# картофеля — 2,9 млн тонн"); a single told-now figure ("Теперь на нее приходится 55%", "из них на
# сегодня убрано 64%") leaves the scene as it was
_RU_ELIDED_MEMBER = re.compile(
    r"\d[^,;]*,\s+(?:а\s+)?[^\W\d][^,;—–\d]{0,40}?\s[—–-]\s*(?:около\s+|порядка\s+|свыше\s+|более\s+)?\d"
)
