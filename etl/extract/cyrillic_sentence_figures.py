"""Rules that re-read the figures of one Russian (or Kazakh) sentence together once each is read:
"соответственно", a part named after its whole, a former amount in brackets, a start phrase under a
plan, a running total, a stock's month, a change beside a level (a year to a day, "чем годом ранее",
"с 2014 года"), and figures carried from the last days that stand at publication."""

from __future__ import annotations

import re
from datetime import date, timedelta

from etl.extract.cyrillic_changes import opened_by_dash
from etl.extract.cyrillic_kinds import clause_span
from etl.extract.cyrillic_numbers import CyrillicSentence
from etl.extract.cyrillic_report_span import _is_span
from etl.extract.indicator_record import Indicator
from etl.extract.literal_gates import gated_search, literal_gate
from etl.extract.periods import Period
from etl.extract.records import replace
from etl.extract.units import CURRENCIES


def _tally_after_last_days(found: list[Indicator], published: date) -> list[Indicator]:
    """Actual figures carried from the last days up to publication (a week, a month) stand at publication."""
    return [
        replace(i, period_start=published, period_end=published)
        if i.kind == "actual" and not i.is_change and i.period_end == published
        and i.period_start is not None and 0 < (published - i.period_start).days <= 31
        else i
        for i in found
    ]  # fmt: skip


def _rates_stand_now(found: list[Indicator], published: date, past_span: bool = False) -> list[Indicator]:
    """Actual levels carried from a span counted up to publication stand at publication instead;
    with `past_span`, those carried from a span already over too ("Оның ішінде қыркүйек айында ...
    алды. Жәрдемақы мөлшері ... байланысты:": the month's payments do not date the sizes in force)."""
    return [
        replace(i, period_start=published, period_end=published)
        if i.kind == "actual" and not i.is_change
        and (i.period_end == published or (past_span and i.period_end is not None and i.period_end < published))
        and i.period_start is not None and i.period_start < published
        else i
        for i in found
    ]  # fmt: skip


_RESPECTIVELY = re.compile(r"(?<!\w)(?:соответственно|тиісінше)(?!\w)", re.I)
_RESPECTIVELY_GATE = literal_gate(_RESPECTIVELY)  # (gated_search: literal_gates.py)


def _respectively(text: str, found: list[Indicator]) -> list[Indicator]:
    """'В 2023 и 2024 годах построено 40 и 45 школ соответственно', '2023-2025 жылдары тиісінше 40, 45
    және 50 мектеп': as many figures of one unit as the span has years, each its own year in order."""
    if not gated_search(_RESPECTIVELY, _RESPECTIVELY_GATE, text):
        return found
    moved = list(found)
    spans = {(i.period_start, i.period_end) for i in found if i.role is None}
    for first, last in spans:
        if first is None or last is None or (first.month, first.day, last.month, last.day) != (1, 1, 12, 31):
            continue
        years = last.year - first.year + 1
        shared = [
            n
            for n, i in enumerate(found)
            if i.role is None and (i.period_start, i.period_end) == (first, last)
        ]
        if years < 2 or len(shared) != years or len({found[n].unit for n in shared}) != 1:
            continue
        for year, n in zip(range(first.year, last.year + 1), shared, strict=True):
            moved[n] = replace(found[n], period_start=date(year, 1, 1), period_end=date(year, 12, 31))
    return moved


# ", включая 6,9 тыс. граждан", ", в том числе 26 157 жилых": the part of the figure just before it
_RU_PART_BETWEEN = re.compile(
    r"^\s*[^\W\d]*\.?\s*[^\W\d]*,\s+(?:включая|в\s+том\s+числе|в\s+т\.\s?ч\.|из\s+(?:них|которых))\s+$", re.I
)


def _ru_part_of_the_whole(sentence: CyrillicSentence, found: list[Indicator]) -> list[Indicator]:
    """'В очереди находятся 20,2 тыс. человек, включая 6,9 тыс. граждан из уязвимых категорий': a part
    named right after its whole, in the same unit and of the same kind, shares the whole's period (not
    "планируется отремонтировать 320 км, из них 214 км уже отремонтированы": a part done of a plan)."""
    moved = list(found)
    for n in range(1, len(found)):
        whole, part = moved[n - 1], found[n]
        between = sentence.text[whole.end_char - sentence.start : part.start_char - sentence.start]
        if (
            part.unit == whole.unit and part.kind == whole.kind and not part.is_change
            and _RU_PART_BETWEEN.match(between)
            # (not "Теперь в районе 41 школа, из них 3 построили в 2024 году": a part with a year of its own)
            and not _YEAR_WRITTEN.search(sentence.text, part.end_char - sentence.start, _clause_end(sentence, part))
        ):  # fmt: skip
            moved[n] = replace(part, period_start=whole.period_start, period_end=whole.period_end)
    return moved


# "... 380 тыс. кв. метров жилья, что составляет 94,7% к объему прошлого года", "..., или 45% от плана":
# a share that restates the figure just before it (a few words of its item between)
_RU_SHARE_RESTATED = re.compile(
    r"^\s*(?:[^\W\d]+\.?\s*){0,4},\s+(?:что\s+(?:составляет|составит|составляют|составят)|или)\s+"
    r"(?:около\s+|почти\s+|более\s+|свыше\s+|порядка\s+)?$",
    re.I,
)


# "масличные займут 224 тыс. га, из них под подсолнечник отведено 207 тыс. га": a part set aside
# ("отведено", "выделено", "предусмотрено") of a planned whole, the allotting verb between them
_RU_PART_ALLOTTED = re.compile(
    r"^\s*(?:[^\W\d]+\.?\s*){0,3},\s+(?:из\s+(?:них|которых)|в\s+том\s+числе|в\s+т\.\s?ч\.)\s+"
    r"(?:[^\W\d]+\s+){0,4}?(?:отвед|выдел|предусмотр|запланир|зарезервир)\w*\s+"
    r"(?:около\s+|почти\s+|более\s+|свыше\s+|порядка\s+)?$",
    re.I,
)


def _ru_part_allotted_of_a_plan(sentence: CyrillicSentence, found: list[Indicator]) -> list[Indicator]:
    """'Масличные займут 224,5 тыс. га, из них под подсолнечник отведено 207 тыс. га': a part set aside
    out of a planned whole, in its unit, is a part of the plan, of its kind and period (FORMAT.md: set
    aside, not yet used; "из них уже засеяно" is a part done and keeps its reading; +fs42ru)."""
    moved = list(found)
    for n in range(1, len(found)):
        whole, part = moved[n - 1], found[n]
        between = sentence.text[whole.end_char - sentence.start : part.start_char - sentence.start]
        if (
            part.unit == whole.unit and not part.is_change and part.kind == "actual"
            and whole.kind in ("plan", "forecast", "target") and _RU_PART_ALLOTTED.match(between)
        ):  # fmt: skip
            moved[n] = replace(
                part, kind="plan", period_start=whole.period_start, period_end=whole.period_end
            )
    return moved


def _running_total_shared_now(whole: Indicator, share: Indicator) -> bool:
    """'С начала года отремонтировано 120 км дорог, что составляет 80% от плана': a done total of a span
    running to publication, restated as a share the present copula read as a state of that day; the
    share is of the same span (+pb44ru)."""
    return (
        whole.kind == "actual"
        and whole.period_start is not None
        and whole.period_end is not None
        and whole.period_start < whole.period_end
        and share.period_start == share.period_end == whole.period_end
    )


def _ru_share_of_the_figure(sentence: CyrillicSentence, found: list[Indicator]) -> list[Indicator]:
    """'В этом году должно быть введено 380 тыс. кв. м жилья, что составляет 94,7% к объему прошлого
    года': a share restating a planned, expected or aimed-at figure right before it is told of that
    figure, so it takes its period and kind (the present "составляет" tells no state now; +fs42ru)."""
    moved = list(found)
    for n in range(1, len(found)):
        whole, share = moved[n - 1], found[n]
        between = sentence.text[whole.end_char - sentence.start : share.start_char - sentence.start]
        if (
            share.unit == "percent" and whole.unit != "percent" and not share.is_change
            and (whole.kind in ("plan", "forecast", "target") or _running_total_shared_now(whole, share))
            and share.kind == "actual"
            and _RU_SHARE_RESTATED.match(between)
        ):  # fmt: skip
            moved[n] = replace(
                share, kind=whole.kind, period_start=whole.period_start, period_end=whole.period_end
            )
    return moved


def _clause_end(sentence: CyrillicSentence, figure: Indicator) -> int:
    return clause_span(sentence.text, figure.start_char - sentence.start, figure.end_char - sentence.start)[1]


# A start phrase, "с 2026 года", "с января", "начиная с 1 июля", "2024 жылдан бастап", "қаңтардан
# бастап" (not "бері": since): read as "since" it runs to publication; the reader cannot tell
_YEAR_WRITTEN = re.compile(r"(?:19|20)\d{2}")
_START_PHRASE = re.compile(r"^(?:начиная\s+)?с\s+(?!тех\b|того\b|момента\b)|\bбастап$", re.I)
# "с начала года", "жыл басынан бастап": a span counted up to now, not the start of what is ahead
_SINCE_YEAR_START = re.compile(r"(?<!\w)(?:начала|басынан)(?!\w)", re.I)


# a level set anew by a decision: "повышена", "снижен", "проиндексирована", "көтерілді", "төмендетілді"
# (not a count that grew over the span: "С 2019 года число участников выросло с 12 до 30 тыс.")
_SET_ANEW = re.compile(
    r"(?<!\w)(?:(?:повыш|пониж|сниж|увелич|уменьш|сокращ|подня|установл)ен[аоы]?|проиндексирован[аоы]?|"
    r"(?:көтерілді|төмендетілді|арттырылды|ұлғайтылды|азайтылды|белгіленді))(?!\w)",
    re.I,
)


# "— 35 596 тенге (32 360 тенге);": an amount alone in brackets right after another in the same unit
# (and "formerly" told in the bracket: "118 пайызы (бұрын 110 пайыз болатын)", "(ранее – 110%)", the
# Kazakh copula before it: "52 372 теңгені құрады (бұрын ...)", +ps41kk)
_RU_BRACKET_OPEN = re.compile(
    r"\s*(?:(?:құрады|құрайды|болды|болады)\s*)?\(\s*(?:(?:бұрын|ранее|было)\s*[–—-]?\s*)?", re.I
)
_RU_BRACKET_CLOSE = re.compile(r"\s*(?:(?:болатын|болған|еді)\s*)?\)", re.I)


def _ru_bracketed_former(sentence: CyrillicSentence, found: list[Indicator]) -> list[Indicator]:
    """'С 1 января 2026 года установлены размеры: ... — 35 596 тенге (32 360 тенге);': an amount alone
    in brackets after the amount in force from a New Year's day is the one it replaced, last year's; so
    in Kazakh, and with "formerly" in the bracket ("118 пайызы (бұрын 110 пайыз болатын)", +ps41kk),
    which leaves the old amount no period of its own."""
    settled = list(found)
    text, base = sentence.text, sentence.start
    for n in range(1, len(found)):
        new, old = found[n - 1], found[n]
        first = new.period_start
        if (
            old.unit != new.unit or first is None or new.period_end is not None
            or (first.month, first.day) != (1, 1)
            or (old.period_start, old.period_end) not in ((first, None), (None, None))
            or not _RU_BRACKET_OPEN.fullmatch(text, new.end_char - base, old.start_char - base)
            or not _RU_BRACKET_CLOSE.match(text, old.end_char - base)
        ):  # fmt: skip
            continue
        settled[n] = replace(
            old, period_start=date(first.year - 1, 1, 1), period_end=date(first.year - 1, 12, 31)
        )
    return settled


def _ru_old_level_before_start(found: list[Indicator], published: date, offset: int) -> list[Indicator]:
    """The old level of a change ahead from a start carried from the sentence before is the level
    now ("С 1 января 2026 года ... . Максимальный размер будет увеличен со 110% до 118%": 110% is
    today's, as "увеличится с 3 932 до 4 325 тенге" after its own start reads), not a level from it."""
    moved = list(found)
    for n, old in enumerate(found):
        new = (
            found[old.partner - offset]
            if old.partner is not None and 0 <= old.partner - offset < len(found)
            else None
        )
        if (
            old.role == "from" and new is not None and new.role == "to"
            and new.kind in ("plan", "forecast", "target") and old.period_end is None
            and old.period_start is not None and old.period_start > published
            and (old.period_start, old.period_end) == (new.period_start, new.period_end)
        ):  # fmt: skip
            moved[n] = replace(old, kind="actual", period_start=published, period_end=published)
    return moved


def _outlook_of_the_year(
    found: list[Indicator], year_to_date: list[Period], published: date
) -> list[Indicator]:
    """'С начала года создано 11 тысяч рабочих мест, в целом ожидается 13 тысяч', 'Жыл басынан бері ...
    барлығы 13 мың күтілуде': a plan, outlook or goal beside the year counted so far, with no period of
    its own, is for the whole year (FORMAT.md: "expected this year" with no "by"), not the part gone by."""
    spans = {
        (p.period_start, p.period_end) for p in year_to_date if p.period_start == date(published.year, 1, 1)
    }
    return [
        replace(i, period_start=date(published.year, 1, 1), period_end=date(published.year, 12, 31))
        if i.kind in ("plan", "forecast", "target")
        and i.role is None
        and (i.period_start, i.period_end) in spans
        else i
        for i in found
    ]


def _from_a_start(
    text: str, found: list[Indicator], stated: list[Period], published: date, offset: int
) -> list[Indicator]:
    """A start phrase under a plan, outlook or goal ("с 2026 года включат 1 млн граждан", "2026
    жылдан бастап 1 млн азамат қосылады") is the start of what is ahead: no end yet (FORMAT's "from
    September 1"). A level raised or cut from a start ("С 2024 года доля повышена с 50% до 80%",
    "2024 жылдан бастап ... 50%-дан 80%-ға дейін көтерілді") is in force from it, so the new level has
    no end and the old one stood until the day before."""
    year_to_date = [p for p in stated if _SINCE_YEAR_START.search(text, p.start, p.end)]
    if year_to_date:
        found = _outlook_of_the_year(found, year_to_date, published)
    starts = {
        p.period_start: not _YEAR_WRITTEN.search(text, p.start, p.end)
        for p in stated
        if p.period_start is not None
        and p.period_start < published
        and p.period_end in (published, None)
        and not p.is_comparison
        and _START_PHRASE.search(text[p.start : p.end].strip())
        and not _SINCE_YEAR_START.search(text, p.start, p.end)
    }
    if not starts:
        return found
    moved = list(found)
    for n, i in enumerate(found):
        if i.period_start not in starts or i.period_end not in (published, None):
            continue
        if i.kind in ("plan", "forecast", "target") and i.role is None:
            first = i.period_start
            if starts[first] and first.month < published.month and i.period_end == published:
                # "с января ... могут вырасти" told in December, read as "since": a month gone by this
                # year is next year's (a start the reader already left open, "с 1 сентября", is kept)
                first = first.replace(year=first.year + 1)
            moved[n] = replace(i, period_start=first, period_end=None)
        elif (
            i.role == "to"
            and i.partner is not None
            and _SET_ANEW.search(text)
            and 0 <= i.partner - offset < len(found)
        ):
            old = found[i.partner - offset]
            if (
                i.period_end is not None and old.role == "from"
                and old.period_start == i.period_start and old.period_end == published
            ):  # fmt: skip
                moved[n] = replace(i, period_end=None)
                moved[i.partner - offset] = replace(
                    old, period_start=None, period_end=i.period_start - timedelta(days=1)
                )
    return moved


# Russian: a tally up to a day named before, "По состоянию на 6 декабря ... . К тому моменту ...
# получили": a running total. (Not "на сегодня собрано": the dev labels read that as the day's state.)
_RU_SO_FAR = re.compile(r"(?<!\w)к\s+(?:тому|этому)\s+(?:моменту|времени|дню|числу)(?!\w)", re.I)
_RU_SO_FAR_GATE = literal_gate(_RU_SO_FAR)
# ... of a flow done (harvested, received, paid, sown), not a stock that stands on that day
_RU_FLOW_DONE = re.compile(
    r"(?<!\w)(?:(?:у|со|за|на|вы|при|от|пере)?(?:бран|молоч|сеян|готовлен|везен|гружен|дан|плачен|числен|"
    r"получен|привит|вакцинирован)\w*[оаы]|получил[аио]?|собрали|убрали|выплатили|перечислили|"
    r"обмолотили|засеяли|заготовили)(?!\w)",
    re.I,
)


def _running_total(text: str, found: list[Indicator], report_span: Period | None) -> list[Indicator]:
    """'К тому моменту ... получили 6,7 млрд', 'к этому времени выплачено': what was done up to
    that day counts from the start of the span the article reports on (of that year; else from
    1 January), not on the single day."""
    if not (gated_search(_RU_SO_FAR, _RU_SO_FAR_GATE, text) and _RU_FLOW_DONE.search(text)):
        return found
    totals = []
    for i in found:
        day = i.period_start
        if i.kind == "actual" and day is not None and day == i.period_end:
            first = date(day.year, 1, 1)
            if (
                report_span is not None and report_span.period_start is not None
                and report_span.period_start.year == day.year and report_span.period_start < day
                and (report_span.period_end is None or day <= report_span.period_end)
            ):  # fmt: skip
                first = report_span.period_start
            i = replace(i, period_start=first)
        totals.append(i)
    return totals


# Russian: "этот показатель", "этот объем": the measure just given, told again
_RU_THIS_MEASURE = re.compile(r"(?<!\w)(?:этот|данный)\s+(?:показатель|объ[её]м|уровень|остаток)(?!\w)", re.I)


def _month_of_a_stock(text: str, found: list[Indicator], before: Indicator) -> list[Indicator]:
    """'на 1 июля превысил 3,9 трлн. Для сравнения: в январе этот показатель составлял 3,3 трлн': the
    same stock at a month with no day is the stock on that month's first day (FORMAT), not a flow
    over the month."""
    if not (before.period_start is not None and before.period_start == before.period_end):
        return found
    if not _RU_THIS_MEASURE.search(text):
        return found
    stocks = []
    for i in found:
        first, last = i.period_start, i.period_end
        if (
            i.kind == "actual" and first is not None and last is not None and first.day == 1
            and first.month == last.month and first.year == last.year and last.day >= 28
            and i.unit == before.unit
        ):  # fmt: skip
            i = replace(i, period_end=first)
        stocks.append(i)
    return stocks


# "... до 3,7 трлн тенге, что соответствует росту на 6,5%": the change a level implies is told with
# it, so it takes that level's kind and span (a planned level, a planned growth)
_IMPLIED_CHANGE = re.compile(
    r"(?<!\w)что\s+соответствует\s+(?:рост|увеличени|прирост|снижени|сокращени|падени)\w*\s+(?:на\s+)?"
    r"(?:[^\W\d]+\s+){0,2}$",
    re.I,
)


def _implied_change(sentence: CyrillicSentence, found: list[Indicator]) -> list[Indicator]:
    changed: list[Indicator] = []
    for i in found:
        start = i.start_char - sentence.start
        if changed and _IMPLIED_CHANGE.search(sentence.text, max(0, start - 60), start):
            level = changed[-1]
            i = replace(i, kind=level.kind, period_start=level.period_start, period_end=level.period_end)
        changed.append(i)
    return changed


# "за год", "за последний год", "за минувшие двенадцать месяцев": a change worded as a span of a
# year (not "в годовом выражении", "годом ранее", "к прошлому году": a comparison, whose change keeps
# the level's day; not "за год до ...", a time before something)
_RU_OVER_THE_YEAR = re.compile(
    r"(?<!\w)за\s+(?:(?:последн|прошедш|минувш)(?:ий|ие)\s+)?(?:год|12\s+месяцев|двенадцать\s+месяцев)"
    r"(?!\w)(?!\s+до\b)",
    re.I,
)


_RU_GROWTH_NOUN = re.compile(r"(?<!\w)(?:прирост|рост|увеличени|убыль|снижени|сокращени)\w*", re.I)


# the same in Kazakh: "бір жыл ішінде", "жыл ішінде", "соңғы бір жылда", "соңғы 12 айда" (not "бір
# жыл бұрын", "a year earlier": a comparison)
_KK_OVER_THE_YEAR = re.compile(
    r"(?<!\w)(?:(?:бір\s+)?жыл\s+ішінде|соңғы\s+(?:бір\s+)?жылда|(?:соңғы\s+)?(?:12|он\s+екі)\s+ай(?:да|ішінде))(?!\w)",
    re.I,
)


def _over_the_year_in_clause(text: str, clause: tuple[int, int], over_the_year: re.Pattern[str]) -> bool:
    """The year's span in the figure's clause, or in the lead its clause explains after a colon ("за год
    подорожала капуста: ее цена выросла на 26,2%"): the colon opens the same change's detail."""
    if over_the_year.search(text, clause[0], clause[1]):
        return True
    before = text[: clause[0]].rstrip()
    if not before.endswith(":"):
        return False
    colon = len(before) - 1
    lead = clause_span(text, colon, colon)
    return bool(over_the_year.search(text, lead[0], colon))


def _ru_year_to_day(
    sentence: CyrillicSentence, found: list[Indicator], published: date, language: str = "ru"
) -> list[Indicator]:
    """'На 1 апреля 2025 года депозиты составили 40 трлн тенге, увеличившись за год на 8%': a change
    worded as a span of a year beside a stock at a day covers the twelve months up to that day (to
    31 March for "на 1 апреля"; a population at 1 January 2021 "за год увеличилась" is 2020's),
    FORMAT.md; English reads "over the year" so (figure_period._change_to_point). A change dated at
    publication (a present state) is left alone: the rolling spans up to the report have their own
    convention. Kazakh too ("... 310 мың басты құрады, бір жыл ішінде 4%-ға өсті")."""
    over_the_year = _KK_OVER_THE_YEAR if language == "kk" else _RU_OVER_THE_YEAR
    if not over_the_year.search(sentence.text):
        return found
    moved = []
    for i in found:
        day = i.period_start
        start = i.start_char - sentence.start
        clause = clause_span(sentence.text, start, i.end_char - sentence.start)
        if (
            # ("Общий прирост населения за год составил 261 тыс.": a growth told as its own count)
            (i.is_change or (language == "ru" and _RU_GROWTH_NOUN.search(sentence.text, clause[0], clause[1])))
            and day is not None and day == i.period_end and day != published
            and _over_the_year_in_clause(sentence.text, clause, over_the_year)
        ):  # fmt: skip
            end = day - timedelta(days=1)  # "на 9 апреля": the twelve months before that day (FORMAT.md)
            first = (
                date(end.year - 1, 2, 28)
                if (end.month, end.day) == (2, 29)
                else end.replace(year=end.year - 1)
            )
            i = replace(i, period_start=first + timedelta(days=1), period_end=end)
        moved.append(i)
    return moved


# "за месяц": a change worded as a span of a month (not "за месяц до ...", a time before something;
# "за последний месяц" is a period phrase of its own, the rolling month up to publication)
_RU_OVER_THE_MONTH = re.compile(r"(?<!\w)за\s+месяц(?!\w)(?!\s+до\b)", re.I)
_RU_OVER_THE_MONTH_GATE = literal_gate(_RU_OVER_THE_MONTH)


def _ru_month_to_day(sentence: CyrillicSentence, found: list[Indicator], published: date) -> list[Indicator]:
    """'На 1 ноября пособие получают 175,4 тыс., за месяц их число выросло на 20 тыс.': a change worded
    as a month's span beside a stock on a month's first day covers the month before that day, as a
    year's does the twelve months (_ru_year_to_day); a change dated at publication is left alone."""
    if not gated_search(_RU_OVER_THE_MONTH, _RU_OVER_THE_MONTH_GATE, sentence.text):
        return found
    moved = []
    for i in found:
        day = i.period_start
        clause = clause_span(sentence.text, i.start_char - sentence.start, i.end_char - sentence.start)
        if (
            i.is_change and day is not None and day == i.period_end and day.day == 1 and day != published
            and _RU_OVER_THE_MONTH.search(sentence.text, clause[0], clause[1])
        ):  # fmt: skip
            end = day - timedelta(days=1)
            i = replace(i, period_start=end.replace(day=1), period_end=end)
        moved.append(i)
    return moved


# "22,6 тыс. компаний, что на 5,6% больше, чем годом ранее": a change told right after a level as
# its comparison with an earlier one ("что/это на X больше", "превышает ... на X")
_RU_COMPARED_OPENING = re.compile(
    r"^(?:\s*(?:тыс\.|млн|млрд|[^\W\d]+)){0,3}\s*[,–—-]\s*(?:что|это)\s+(?:на\s+)?(?:(?:почти|около|более|порядка)\s+)?$",
    re.I,
)
_RU_COMPARED_AFTER = re.compile(
    r"\s*(?:%|п\.\s*п\.|тыс\.|млн|млрд|[^\W\d]+\s+){0,3}?\s*(?:больше|меньше|выше|ниже)(?!\w)", re.I
)


def _ru_change_beside_level_now(
    sentence: CyrillicSentence, found: list[Indicator], published: date
) -> list[Indicator]:
    """'Всего в регионе действуют 22,6 тыс. компаний, что на 5,6% больше, чем годом ранее': a change
    worded as a comparison with an earlier level takes the period of the level it is told beside
    (FORMAT.md), here the state at publication, not the span carried from before."""
    moved = list(found)
    for n in range(1, len(found)):
        level, change = moved[n - 1], found[n]
        if (
            not change.is_change
            or level.is_change
            or (level.period_start, level.period_end) != (published, published)
            or (change.period_start, change.period_end) == (published, published)
        ):
            continue
        between = sentence.text[level.end_char - sentence.start : change.start_char - sentence.start]
        if _RU_COMPARED_OPENING.match(between) and _RU_COMPARED_AFTER.match(
            sentence.text, change.end_char - sentence.start
        ):
            moved[n] = replace(change, period_start=published, period_end=published)
    return moved


# ", а с 2014 года он увеличился": a "since" told right after a level's clause, of that level's thing
_RU_SINCE_NEXT_CLAUSE = re.compile(
    r"[^,;.]*[,;]\s+(?:а|и|при\s+этом)\s+с\s+(?:19|20)\d{2}(?:-го|\s+г(?:ода|\.))?\s", re.I
)


def _ru_since_to_level(
    sentence: CyrillicSentence, found: list[Indicator], published: date
) -> list[Indicator]:
    """'В 2024 году транзит составил 27,4 млн тонн, а с 2014 года он увеличился вдвое': "since" beside a
    level dated before publication runs to that level's date, not to publication (FORMAT.md)."""
    moved = list(found)
    for n in range(1, len(found)):
        level, change = moved[n - 1], found[n]
        if (
            level.is_change or level.kind != "actual" or change.kind != "actual"
            or level.period_end is None or level.period_end >= published
            or change.period_end != published or change.period_start is None
            or change.period_start >= (level.period_start or level.period_end)
        ):  # fmt: skip
            continue
        between = sentence.text[level.end_char - sentence.start : change.start_char - sentence.start]
        if _RU_SINCE_NEXT_CLAUSE.match(between):
            moved[n] = replace(change, period_end=level.period_end)
    return moved


# "Максимальная поднята со 105% до 110%": a short past passive of a raise or a cut, the same deed told
# of the next thing (not "выплачена", "построена": a deed of its own)
_RU_RAISED_TOO = re.compile(
    r"(?<!\w)(?:поднят|повышен|увеличен|снижен|уменьшен|проиндексирован)[аоы]?(?!\w)", re.I
)


def _ru_from_day_goes_on(
    sentence: CyrillicSentence,
    found: list[Indicator],
    has_period: bool,
    published: date,
    before: Indicator | None,
) -> list[Indicator]:
    """'С 1 января 2025 года минимальная пенсия увеличена с 65% до 70% — до 32 360 тенге. Максимальная
    поднята со 105% до 110% и составляет 50 851 тенге': a sentence with no period of its own telling the
    same raise as the one before, which ran from a day on, runs from that day too (not publication)."""
    if (
        has_period or before is None or before.period_start is None or before.period_end is not None
        or before.kind != "actual" or not _RU_RAISED_TOO.search(sentence.text)
    ):  # fmt: skip
        return found
    return [
        replace(i, period_start=before.period_start, period_end=None)
        if i.kind == "actual" and i.period_start == i.period_end == published
        else i
        for i in found
    ]


# "..., что ниже среднего показателя по стране (Казахстан — 4,6%)", "при среднем по стране 4,6%": the
# average the figure before is set against
_RU_AVERAGE_SET_AGAINST = re.compile(
    r"(?<!\w)(?:ниже|выше|больше|меньше|против|при)\s+(?:[^\W\d]+\s+){0,2}?средн\w+", re.I
)


def _ru_average_beside_now(text: str, start: int, found: list[Indicator], published: date) -> list[Indicator]:
    """'Уровень безработицы составляет 4,1%, что ниже среднего показателя по стране (Казахстан — 4,6%)':
    the average a level of today is set against, in the same unit, is of today too, not the span
    carried from before (a year-to-date count two sentences back)."""
    moved = list(found)
    for n, i in enumerate(found):
        if i.kind != "actual" or i.is_change or i.period_start == i.period_end == published:
            continue
        now = next(
            (
                j
                for j in reversed(found[:n])
                if j.kind == "actual" and not j.is_change and j.unit == i.unit
                and j.period_start == j.period_end == published
            ),
            None,
        )  # fmt: skip
        if now is not None and _RU_AVERAGE_SET_AGAINST.search(
            text, now.end_char - start, i.start_char - start
        ):
            moved[n] = replace(i, period_start=published, period_end=published)
    return moved


# a supply laid in: "накоплено 5 млн тонн угля", "заготовлено:" (a list of feed), "засыпано", "завезено"
_RU_LAID_IN = re.compile(r"(?<!\w)(?:накоплен|заготовлен|засыпан|завезен|завезён)[оаы]?(?!\w)", re.I)
_RU_LAID_IN_GATE = literal_gate(_RU_LAID_IN)
# what it is laid in for: the cold season ahead ("подготовка к зиме", "к зимовке скота", "к
# отопительному сезону", "к осенне-зимнему периоду")
_RU_FOR_COLD_SEASON = re.compile(
    r"(?<!\w)к\s+(?:предстоящ\w+\s+)?(?:зим[еу]|зимовк\w+|отопительн\w+\s+сезон\w*|осенне-зимн\w+\s+период\w*)(?!\w)",
    re.I,
)


def _ru_stock_laid_in(
    text: str,
    found: list[Indicator],
    stated: list[Period],
    published: date,
    lead_laid_in: bool,
    told_before: str,
) -> list[Indicator]:
    """'Подготовка к зиме ... На складах накоплено 5 млн тонн угля – на 4% больше, чем годом ранее',
    'к зимовке ... заготовлено:\n– 35,2 млн тонн сена, или 143,9% от плана;': a supply laid in for the
    cold season ahead, told with no period of its own, is the stock at publication (FORMAT.md: a running
    total with no start), not the span or plan year carried from before (+fs35ru)."""
    if any(not p.is_weak for p in stated) or not (
        lead_laid_in or gated_search(_RU_LAID_IN, _RU_LAID_IN_GATE, text)
    ):
        return found
    if not _RU_FOR_COLD_SEASON.search(told_before):
        return found
    return [
        replace(i, period_start=published, period_end=published) if i.kind == "actual" else i for i in found
    ]


# "текущий импорт", "нынешний поток", "нынешние закупки": the amount the report is about, named as
# current against an older one (not "текущий год", "нынешний момент": a time, read as a period)
_RU_CURRENT_AMOUNT = re.compile(
    r"(?<!\w)(?:текущ|нынешн)(?:ий|ая|яя|ее|ие|его|ей|ему|им|их|ую|юю|ими)\s+"
    r"(?!(?:год|месяц|момент|сезон|квартал|период|недел|день|этап)\w*)[^\W\d]{3,}",
    re.I,
)
_RU_CURRENT_AMOUNT_GATE = literal_gate(_RU_CURRENT_AMOUNT)


def _ru_current_amount(
    sentence: CyrillicSentence, found: list[Indicator], scope: Period | None
) -> list[Indicator]:
    """'... показатель января–ноября 2022 года, но и его текущий импорт превышает на 12%', 'за весь
    2022 год парк принимал 190 тыс., так что нынешний поток почти вдвое больше': a figure told of
    the current amount is of the span in scope (the report's), not of the older period named beside
    it nor the day of publication (+fs38ru)."""
    if (
        not found
        or not _is_span(scope)
        or scope is None
        or gated_search(_RU_CURRENT_AMOUNT, _RU_CURRENT_AMOUNT_GATE, sentence.text) is None
    ):
        return found
    moved = []
    for i in found:
        start = i.start_char - sentence.start
        clause = clause_span(sentence.text, start, i.end_char - sentence.start)
        # (a change against the older level only: "текущий уровень безработицы составляет 4,7%" is a
        # present state, the day of publication's)
        if (
            i.kind == "actual" and i.is_change
            and _RU_CURRENT_AMOUNT.search(sentence.text, opened_by_dash(sentence.text, clause[0]), start) is not None
        ):  # fmt: skip
            i = replace(i, period_start=scope.period_start, period_end=scope.period_end)
        moved.append(i)
    return moved


def _ru_before_current_amount(text: str, stated: list[Period], figures_at: list[int]) -> list[Period]:
    """The periods of a Russian sentence less those naming the older level a current amount is set
    against, with no figure of their own before it ("Ближе всего был показатель января–ноября 2022
    года, но и его текущий импорт превышает на 12%"): a comparison base sets no scene (+fs38ru)."""
    current = gated_search(_RU_CURRENT_AMOUNT, _RU_CURRENT_AMOUNT_GATE, text)
    if current is None or not stated or not any(f > current.start() for f in figures_at):
        return stated
    return [
        p
        for p in stated
        if not (p.end <= current.start() and not any(p.end <= f < current.start() for f in figures_at))
    ]


_SINCE_YEAR_START_WORDS = {
    "ru": re.compile(r"(?<!\w)с\s+начала\s+(?:этого\s+|текущего\s+)?года(?!\w)", re.I),
    "kk": re.compile(r"(?<!\w)жыл\s+басынан\s+бері(?!\w)", re.I),
}
_SINCE_YEAR_START_GATES = {code: literal_gate(p) for code, p in _SINCE_YEAR_START_WORDS.items()}


def money_paid_since_year_start(
    sentence: CyrillicSentence, found: list[Indicator], stated: list[Period], published: date, language: str
) -> list[Indicator]:
    """'По состоянию на 1 февраля АСП назначена 138 тыс. человек. С начала года на выплаты направлено
    2,3 млрд тенге': money paid "since the start of the year" runs to publication (FORMAT.md), though a
    stock day, a month's first day, was named before, in Russian and Kazakh ("жыл басынан бері ... төленді",
    +fs38rk; a day within a month is left as read: "С начала года по 1 октября" states its own end); a change of the
    stock told so ("С начала года население выросло на 161 тыс.") keeps the days up to that stock
    day; and so does a span the sentence names itself ("Жыл басынан бері, яғни қаңтар-қазан айларында,
    ... 96 млрд теңге") (+fs38ru)."""
    if not found or not gated_search(
        _SINCE_YEAR_START_WORDS[language], _SINCE_YEAR_START_GATES[language], sentence.text
    ):
        return found
    named_ends = {p.period_end for p in stated if not _SINCE_YEAR_START.search(sentence.text, p.start, p.end)}
    moved = []
    for i in found:
        end = i.period_end
        if (
            # (a sum paid out, not a rate per person: "пенсия с начала года составляет 32 360 тенге")
            i.unit in CURRENCIES and i.value >= 1e6 and i.kind == "actual" and not i.is_change
            and i.period_start == date(published.year, 1, 1)
            and end is not None and end < published and (end + timedelta(days=1)).day == 1
            and end not in named_ends
            and (published - end).days <= 62
        ):  # fmt: skip
            i = replace(i, period_end=published)
        moved.append(i)
    return moved
