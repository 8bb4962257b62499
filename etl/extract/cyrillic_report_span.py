"""Whether a Russian or Kazakh period is a day, a span or this year so far: the shape of a stated
period, the report's own span (year to date, the year's start), and whether a date is the day the
news was told or the month its data cover."""

from __future__ import annotations

import re
from datetime import date, timedelta

from etl.extract.cyrillic_kinds import clause_span, find_cues
from etl.extract.cyrillic_numbers import Figure, Reader
from etl.extract.cyrillic_shared_cues import (
    _ANY_DIGIT,
    _KK_UNDER_WAY,
    _KK_UNDER_WAY_GATE,
    _PAST_CUE,
    _SET_ASIDE,
    _SET_ASIDE_GATE,
)
from etl.extract.indicator_record import Indicator
from etl.extract.kk_predicate import kk_told_done
from etl.extract.literal_gates import gated_search
from etl.extract.periods import Period
from etl.extract.records import replace
from etl.extract.ru_projects import _UNDER_WAY
from etl.extract.ru_tense import clause_tenses

# what may stand around a date that is a sentence of its own: "5 марта.", "(12 мая 2019 года)"
_BARE_DATE_REST = re.compile(r"[\s.,;:()\-–—]*")
# a wire's dateline: the town in capitals before its day, the wire's name after it
_WIRE_TOWN = re.compile(r"\s*[А-ЯЁӘҒҚҢӨҰҮҺІ][А-ЯЁӘҒҚҢӨҰҮҺІ-]+(?:\s+[А-ЯЁӘҒҚҢӨҰҮҺІ][А-ЯЁӘҒҚҢӨҰҮҺІ-]+)?,\s+")
_WIRE_NAME = re.compile(r"\s*(?:[-–—]\s*[^\W\d_]+(?:\s+[^\W\d_]+)?)?\s*\.?\s*")


def _bare_date(text: str, period: Period) -> bool:
    """A sentence that is nothing but a day ("Алматы. 5 марта. Центр информации.": a dateline's
    date, split off as a sentence of its own) dates no figure and sets no scene."""
    return (
        period.period_start is not None
        and period.period_start == period.period_end
        and (
            _BARE_DATE_REST.fullmatch(text[: period.start]) is not None
            and _BARE_DATE_REST.fullmatch(text[period.end :]) is not None
            # "АСТАНА, 1 наурыз – Sputnik.": a wire's town in capitals, its day and its name
            or _WIRE_TOWN.fullmatch(text[: period.start]) is not None
            and _WIRE_NAME.fullmatch(text[period.end :]) is not None
        )
    )


def _is_day(period: Period | None) -> bool:
    return period is not None and period.period_start is not None and period.period_start == period.period_end


def _closes(day: Period | None, span: Period | None) -> bool:
    """True for the span's first or last day or the day after it: "на 1 января 2024 года" under
    2024, "на конец 2016 года" under 2016, "на 1 июля" after January to June (a snapshot of where
    the span began or ended, not a new scene)."""
    if day is None or span is None or day.period_start is None or span.period_end is None:
        return False
    first = day.period_start
    return first == span.period_start or span.period_end <= first <= span.period_end + timedelta(days=1)


def _is_span(period: Period | None) -> bool:
    """A closed span of more than one day that is no deadline."""
    return (
        period is not None and not period.is_deadline and period.period_start is not None
        and period.period_end is not None and period.period_start < period.period_end
    )  # fmt: skip


def _barely_begun(period: Period | None, published: date) -> bool:
    """A span of which less than a sixth has passed at publication: in late January, "2026 жылы
    ... алқабы 15,9 млн гектарды құрайды" is what the year is to total, not a state already reached."""
    if period is None or period.is_weak or period.period_start is None or period.period_end is None:
        return False
    first, last = period.period_start, period.period_end
    return first < published < last and (published - first).days * 6 < (last - first).days


# "..., биыл бұл көрсеткіш 520 млрд теңгеге жетті": this year's level of the measure just told
_KK_THIS_MEASURE_AFTER = re.compile(r"\s+(?:[^\W\d]+\s+)?(?:бұл|осы)\s+көрсеткіш", re.I)
# "... тартылса, биыл ...": the clause before set against this year's
_KK_CONDITIONAL_BEFORE = re.compile(r"[^\W\d]+(?:са|се)\s*,\s*(?:ал\s+)?$", re.I)


def _kk_this_year_same_months(stated: list[Period], text: str, published: date) -> list[Period]:
    """'Былтырғы 9 айда 410 млрд теңге инвестиция тартылса, биыл бұл көрсеткіш 520 млрд теңгеге жетті':
    "биыл" set against last year's months from January is the same months this year, not the
    whole year (when they are over at publication)."""
    moved = list(stated)
    for n, p in enumerate(stated):
        if n == 0 or not _is_this_year(p, text, published):
            continue
        before = stated[n - 1]
        if (
            before.period_start != date(published.year - 1, 1, 1)
            or before.period_end is None
            or before.period_end >= date(published.year - 1, 12, 31)
            or not (
                _KK_THIS_MEASURE_AFTER.match(text, p.end)
                or _KK_CONDITIONAL_BEFORE.search(text, max(0, p.start - 40), p.start)
            )
        ):
            continue
        end = _month_last_day(published.year, before.period_end.month)
        if end < published:
            moved[n] = replace(p, period_start=date(published.year, 1, 1), period_end=end)
    return moved


def _is_this_year(period: Period, text: str, published: date) -> bool:
    """'Биыл', 'в этом году': the publication year, written in words."""
    return (period.period_start, period.period_end) == (
        date(published.year, 1, 1),
        date(published.year, 12, 31),
    ) and not _ANY_DIGIT.search(text, period.start, period.end)


def _report_scope(report_span: Period | None, scope: Period) -> Period:
    """The scope a bare "this year" is read against: the report's first span when the scope has
    since moved on to the whole year it lies in (a plan or budget for the year named after it), or
    to a part of the report's span ("Биылғы жазғы маусымда ..." after a January-September lead)."""
    if report_span is None or report_span.period_end is None or scope.period_end is None:
        return scope
    if (
        report_span.period_start is not None and scope.period_start is not None and not report_span.is_deadline
        and (report_span.period_start.month, report_span.period_start.day) == (1, 1)
        and (report_span.period_end.month, report_span.period_end.day) == (12, 31)
        and report_span.period_start.year == report_span.period_end.year == scope.period_start.year
        and scope.period_end < report_span.period_end
    ):  # fmt: skip
        # "Облыстың жалпы өнімі биыл 1 трлн теңгеден асады. ... 11 айдың қорытындысы бойынша ... 924 млрд
        # теңгеге жетті. Биыл 7 млн тонна астық жиналды": a report opened on the whole year keeps a bare
        # "this year" the year, though months so far were told since (FORMAT.md: only a headline or lead
        # on a span from 1 January narrows it) (+fs42kk)
        return report_span
    if (
        report_span.period_start == scope.period_start
        and report_span.period_end < scope.period_end and scope.period_end.month == 12 and scope.period_end.day == 31
    ):  # fmt: skip
        return report_span
    if (
        report_span.period_start is not None and scope.period_start is not None and not scope.is_deadline
        and report_span.period_start < scope.period_start and scope.period_end <= report_span.period_end
    ):  # fmt: skip
        return report_span
    return scope


def _in_this_years_clause(position: int, text: str, stated: list[Period], published: date) -> bool:
    """Whether a cue stands in the clause of the sentence's "this year" (all of the sentence when none
    is found): '«В этом году страну посетили 800 тысяч, а до конца года мы ожидаем 1,4 млн»' tells the
    months so far in its first clause whatever the second expects (+fs35ru)."""
    this_year = [p for p in stated if _is_this_year(p, text, published)]
    if not this_year:
        return True
    return any(
        (clause := clause_span(text, p.start, p.end, _CONTRAST_MARKS))[0] <= position < clause[1]
        for p in this_year
    )


# where a sentence turns to another clause of its own: ", а ...", ", но ...", "; " (not a comma alone:
# "в этом году нацпарки, по прогнозу, примут" is one clause)
_CONTRAST_MARKS = re.compile(r",\s+(?:а|но|однако|тогда\s+как)\s|;", re.I)


def _year_to_date(
    reader: Reader, stated: list[Period], scope: Period, text: str, published: date, past_lead: bool = False
) -> list[Period]:
    """Under a headline or lead 'Жарты жылда', 'Жеті айда', 'за 9 месяцев' (a span from 1 January
    already over), 'Биыл ... өндірілді' reports the same months, not the whole year; a plan or
    forecast for this year ('в этом году планируется') keeps the year."""
    first, last = scope.period_start, scope.period_end
    if (
        past_lead
        and reader.language.code == "kk"
        and first == date(published.year, 1, 1)
        and last == published
    ):
        # "Жыл басынан бері ... экспортталды.\n Биыл ... 470 мың тонна өнім жинады": a year so far runs to
        # publication, it is not over, so a bare "биыл" in a paragraph after the lead's is the whole year
        # (FORMAT.md's "this year" for something done); in the lead's own paragraph it goes on with the
        # report ("Биыл жәрдемақы алушылар саны 4,8%-ға көбейді", kk11) (+fs30kk)
        return stated
    if (
        first != date(published.year, 1, 1) or last is None or scope.is_deadline
        or last >= date(published.year, 12, 31) or last > published
        or any(
            kind != "actual" and _in_this_years_clause(position, text, stated, published)
            for position, kind in find_cues(reader, text)
        )
        or _rate_this_year(reader, text)
        # "В этом году на программу выделено 98 млрд", "Биыл бюджеттен 98 млрд теңге бөлінген": money set
        # aside for the year is the year's, not the months so far
        or gated_search(_SET_ASIDE, _SET_ASIDE_GATE, text)
        # "Биыл 13 мектеп салынып жатыр": work under way this year is the year's, not the months past;
        # "биыл ... 6,5%-ға көтерілуімен түсіндіреді": no verb tells the months past either (but
        # "биыл ... келушіні қабылдады", "биыл ... 25 пайызға өсті": a simple past does)
        # ("В этом году в области строится 59 школ": the Russian progressive of building, likewise)
        or (reader.language.code == "ru" and _UNDER_WAY.search(text) is not None)
        or (
            reader.language.code == "kk"
            and (
                gated_search(_KK_UNDER_WAY, _KK_UNDER_WAY_GATE, text)
                or (not find_cues(reader, text) and not _kk_this_year_done(stated, text, published))
            )
        )
    ):  # fmt: skip
        return stated
    return [
        replace(p, period_start=first, period_end=last)
        if _is_this_year(p, text, published) and not _RU_YEARS_RESULTS.match(text, p.start, p.end)
        else p
        for p in stated
    ]


# "Уверен, по итогам текущего года мы обеспечим рост": the year's results are the whole year's, even
# in a report on its first half (the months so far are no "итоги года")
_RU_YEARS_RESULTS = re.compile(r"\s*по\s+(?:итогам|результатам)\s", re.I)


_LATEST_DATA_LAG = 62  # days: a report's months end at most about two months before it is published


def _year_start_closed(stated: list[Period], published: date) -> list[Period]:
    """'2021 жылдың алғашқы он айында ... жыл басынан бері 202,9 мың адамға артып', 'За январь-октябрь
    ... с начала года выросло': beside a span from the same 1 January that closed before publication,
    "since the start of the year" names that span (the months the statistics cover), not the days
    up to publication."""
    closed = [
        p for p in stated
        if p.period_start is not None and p.period_end is not None and p.period_start.month == p.period_start.day == 1
        and p.period_start < p.period_end < published and not p.is_weak
        # (the last months the statistics cover, not a part told beside the total: "С начала года
        # привлечено 410 млрд, за январь-март — 120 млрд" in November)
        and (published - p.period_end).days <= _LATEST_DATA_LAG
    ]  # fmt: skip
    if not closed:
        return stated
    return [
        replace(p, period_end=span.period_end)
        if p.period_end == published and p.period_start is not None and p.period_start.month == p.period_start.day == 1
        and (span := next((c for c in closed if c.period_start == p.period_start), None)) is not None
        else p
        for p in stated
    ]  # fmt: skip


def _kk_this_year_done(stated: list[Period], text: str, published: date) -> bool:
    """'Биыл ... қабылдады': the clause after the sentence's "биыл" ends on a simple past."""
    return any(_is_this_year(p, text, published) and kk_told_done(text, p.end) for p in stated)


def _actual_span(indicator: Indicator) -> bool:
    first, last = indicator.period_start, indicator.period_end
    return indicator.kind == "actual" and first is not None and last is not None and first < last


def _span_end(indicator: Indicator) -> date:
    return indicator.period_end or date.min


def _as_period(indicator: Indicator) -> Period:
    return Period(0, 0, indicator.period_start, indicator.period_end, False)


def _rate_this_year(reader: Reader, text: str) -> bool:
    """'Сумма пособия в текущем году зависит от ...', 'в этом году выплачивается 38 МРП': a Russian
    present with no past tells what holds through the year (a rate), not what the months so far did."""
    return (
        reader.language.code == "ru" and bool(reader.present.search(text))
        and not any(kind == "actual" and _PAST_CUE.match(text, position) for position, kind in find_cues(reader, text))
    )  # fmt: skip


def _is_reporting_date(reader: Reader, text: str, period: Period) -> bool:
    """'сообщили 13 ноября', '13 қарашада хабарлады': the day a thing was said dates no figure
    (a present state told that day is moved to it afterwards, told_day.py)."""
    return is_day_told(reader, text, period) or (
        _day_or_month(period) and bool(_DOCUMENT_DATE.match(text, period.end))
    )  # "постановлением от 12 мая 2025 года № 345"


# "Бұл туралы 15 қазанда өткен брифингте ... айтты": the day of the meeting where what the article
# reports was told, in a sentence with no figure of its own (it frames none of the figures after it;
# with figures beside it, the day is read as before)
_KK_MEETING_HELD_AFTER = re.compile(
    r"\s+өткен\s+(?:[^\W\d]+\s+){0,3}?(?:брифинг|жиын|отырыс|кеңес|конференция|мәжіліс|форум|сессия|кездесу)",
    re.I,
)


# "Еске салсақ, ...", "Еске сала кетейік, ...", "Айта кетейік, ...": the article goes back to an earlier event
_KK_RECALL_OPENING = re.compile(r"\s*(?:Еске\s+сал\w*|Айта\s+кет\w*)(?:\s+кетейік)?\s*,", re.I)


def kk_meeting_day_recalled(reader: Reader, text: str, period: Period) -> bool:
    """'Еске салсақ, 26 тамызда өткен Үкімет отырысында министр ... баяндаған еді': a meeting day recalled
    further on opens a report of its own (what the minister said there, "Сол күні ..."), so it frames the
    sentences after it, unlike "Бұл туралы 15 қазанда өткен брифингте ... айтты", the day the article's
    own news was told (FORMAT.md: the figures of the next sentence go on with what was told then; +fs41kk)."""
    return (
        reader.language.code == "kk"
        and _KK_RECALL_OPENING.match(text) is not None
        and _day_or_month(period)
        and _KK_MEETING_HELD_AFTER.match(text, period.end) is not None
    )


# "Сол жылы ...", "Айта кету керек, сол жылы ...": the opening of a sentence, after a short aside
_KK_THAT_YEAR_OPENING = re.compile(r"\s*(?:[^\W\d]+(?:\s+[^\W\d]+){0,2},\s+)?Сол\s+жыл(?:ы|ғы)(?!\w)", re.I)


def kk_that_year_named_before(text: str, named: Period | None) -> bool:
    """'Салыстыру үшін, 2020 жылы ... болған. Сол жылы шығарындылар 2,5 млн тоннаны құрады': "Сол жылы"
    opening a sentence is the year the sentence before named, even when that sentence only looked back
    and left the article's scene (this year) in place (+fs41kk)."""
    return (
        named is not None
        and named.period_start is not None
        and (named.period_start.month, named.period_start.day) == (1, 1)
        and _KK_THAT_YEAR_OPENING.match(text) is not None
    )


def is_day_told(reader: Reader, text: str, period: Period) -> bool:
    """The period is the day (or month) on which the sentence's content was said."""
    return _day_or_month(period) and bool(
        reader.reported_before.search(text, max(0, period.start - 32), period.start)
        or reader.reported_after.match(text, period.end)
        or (
            reader.language.code == "kk"
            and _KK_MEETING_HELD_AFTER.match(text, period.end) is not None
            and not _ANY_DIGIT.search(text[: period.start] + text[period.end :])
        )
    )


def _day_or_month(period: Period) -> bool:
    """A day or a month: "сообщили 13 ноября", "в январе Глава государства указывал"."""
    first, last = period.period_start, period.period_end
    return first is not None and last is not None and (last - first).days <= 31


# "қазан айындағы деректері бойынша", "по данным за октябрь": the month the data were compiled
_DATA_AFTER = {
    "kk": re.compile(r"\s+(?:[^\W\d]+\s+){0,2}?(?:деректер|мәлімет)\w*\s+(?:бойынша|қарағанда)", re.I),
    "ru": re.compile(r"(?!)"),
}
_DATA_BEFORE = {
    "kk": re.compile(r"(?!)"),
    "ru": re.compile(r"\bпо\s+(?:[^\W\d]+\s+){0,2}?(?:данным|сведениям)\s+(?:[^\W\d]+\s+){0,2}?$", re.I),
}


def _data_month(language: str, text: str, period: Period, scope: Period | None) -> bool:
    """'Қазан айындағы деректері бойынша өсім 103,6 пайызды құрады' under a lead of January to
    October: the data are those of the months so far, compiled in October; the month is no span
    of its own. Only when the scope ends with that month and began before it."""
    first, last = period.period_start, period.period_end
    if (
        scope is None or first is None or last is None or scope.period_start is None
        or scope.period_end != last or not scope.period_start < first or first.day != 1
        or (last - first).days > 31
    ):  # fmt: skip
        return False
    return bool(
        _DATA_AFTER[language].match(text, period.end)
        or _DATA_BEFORE[language].search(text, max(0, period.start - 60), period.start)
    )


def _inside_period(figure: Figure, periods: list[Period]) -> bool:
    """A bare number inside a period phrase is part of it: "за 9 месяцев", "10 айында"."""
    return figure.unit is None and not figure.scaled and any(p.start <= figure.start < p.end for p in periods)


_DOCUMENT_DATE = re.compile(r"\s*(?:[^\W\d]+\s+)?№")


def _month_last_day(year: int, month: int) -> date:
    return (date(year + month // 12, month % 12 + 1, 1)) - timedelta(days=1)


# a count of years or the whole span, pointing back: "за три года", "в целом за три года", "на
# трехлетку", "на весь период"
_RU_YEARS_POINTED = re.compile(
    # ("за те же три года", "за эти пять лет": the words point back at the run named before)
    r"(?<!\w)(?:(?:за|в\s+течение)\s+(?:(?:те|эти)(?:\s+же)?\s+)?(?P<n>\d|два|три|пять|двух|трех|трёх|пяти)\s+(?:года|лет)"
    r"|на\s+(?P<n2>трех|трёх|пяти)летку|(?:на|за)\s+весь\s+период)(?!\w)",
    re.I,
)
_RU_YEAR_WORDS = {"два": 2, "двух": 2, "три": 3, "трех": 3, "трёх": 3, "пять": 5, "пяти": 5}


# "за этот период", "за тот же период", "за это время": the span pointed back at (not "за тот же период
# прошлого года" or "... 2021 года": another year's)
_RU_SPAN_POINTED = re.compile(
    r"(?<!\w)за\s+(?:(?:этот|тот)(?:\s+же)?\s+период|это(?:\s+же)?\s+время|то\s+же\s+время)"
    r"(?!\s+(?:\d|прошл|минувш|предыдущ|позапрошл))(?!\w)",
    re.I,
)


def ru_whole_of_part_told(
    text: str,
    periods: list[Period],
    told: tuple[list[tuple[date, date]], list[tuple[date, date]]],
) -> list[Period]:
    """'За последние три года бюджет вырос вдвое, а в нынешнем году превысил 250 млрд. За этот период
    построено 12 школ', 'С 2011 по 2013 год ... . В 2013 году ... . ... за этот период': the span pointed
    back at, read as a span the sentence before told that lies within a wider one told with it or in
    the sentence before that (a part of it: "Только в 2013 году", "а в этом году"), is the wider span the
    part was cut from, not the part (FORMAT.md: the period may come from an earlier sentence). `told`
    holds the spans (of actual figures and named) of the last sentence with figures and of the one
    before it in the same paragraph."""
    last, before = told
    out = []
    for p in periods:
        span = (p.period_start, p.period_end)
        if (
            p.period_start is not None
            and p.period_end is not None
            and not p.is_deadline
            and span in last
            and _RU_SPAN_POINTED.fullmatch(text, p.start, p.end)
        ):
            length = p.period_end - p.period_start
            wider = [w for w in (*before, *last) if w[0] <= p.period_start <= w[1] and w[1] - w[0] > length]
            if wider:
                p = replace(p, period_start=wider[-1][0], period_end=wider[-1][1], has_year=True)
        out.append(p)
    return out


def ru_whole_years(period: Period) -> int:
    """How many whole calendar years a period spans ("на 2024–2026 годы": 3); 0 for any other shape."""
    first, last = period.period_start, period.period_end
    if (
        period.is_deadline
        or first is None
        or last is None
        or (first.month, first.day, last.month, last.day) != (1, 1, 12, 31)
    ):
        return 0
    return last.year - first.year + 1


def ru_years_named_before(text: str, stated: list[Period], named: Period | None) -> list[Period]:
    """'всего на 2024–2026 годы заложено 158,1 млрд тенге. ... – 23,4 млрд тенге в этом году и 72,5 млрд
    тенге за три года', '5 млрд тенге на трехлетку', '43,3 млрд тенге на весь период': a count of years
    as long as the run of whole years named before, or "the whole period", is that run (FORMAT.md: the
    period may come from an earlier sentence), not years counted back from the year in view (+fs35ru)."""
    years = ru_whole_years(named) if named is not None else 0
    if years < 2 or named is None:
        return stated
    out = list(stated)
    for match in _RU_YEARS_POINTED.finditer(text):
        words = (match.group("n") or match.group("n2") or "").lower()
        count = _RU_YEAR_WORDS.get(words) or (int(words) if words.isdigit() else years)
        if count != years:
            continue
        pointed = replace(named, start=match.start(), end=match.end(), is_weak=False)
        out = [p for p in out if p.end <= match.start() or p.start >= match.end()] + [pointed]
    return sorted(out, key=lambda p: p.start)


def ru_tally_from_named_start(
    text: str, found: list[Indicator], scope: Period | None, stated: list[Period], published: date
) -> list[Indicator]:
    """'Выдача ключей идет с начала года. По состоянию на 5 февраля квартиры получили 347 человек': a
    tally told done as of a day, right after a sentence with no figure that named when the activity
    started, counts from that start up to the day ("since", FORMAT.md), not that day alone (+fs40ru).
    The caller checks that the start was named by a figureless sentence of the same paragraph."""
    if scope is None or scope.period_start is None or scope.period_end != published or scope.is_deadline:
        return found
    began = scope.period_start
    days = {p.period_start for p in stated if p.period_start is not None and p.period_start == p.period_end}
    if len(days) != 1 or not began < min(days) < published:
        return found
    tenses = {tense for _, tense in clause_tenses(text, 0, len(text))}
    if not tenses or not tenses <= {"past", "done"}:
        return found  # (a stock told in the present, "на 5 февраля в очереди стоят 92 тыс.", is that day's)
    day = min(days)
    return [
        replace(i, period_start=began)
        if i.kind == "actual" and not i.is_change and i.period_start == i.period_end == day
        else i
        for i in found
    ]
