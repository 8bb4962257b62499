"""The period one Russian or Kazakh figure is read at: the stated period that belongs to it (not to a
neighbour across a contrast or a bracket), "then" pointing back to a period named before, the base
period of a change and the year before; and the from-to ranges ("с 6,4 до 10 млн", "3-5%") whose
first end borrows the second's scale and unit."""

from __future__ import annotations

import re
from contextlib import suppress
from datetime import date

from etl.extract.cyrillic_numbers import Figure, Reader
from etl.extract.cyrillic_shared_cues import (
    _ATTACHED_GAP,
    _BASE_HEDGE,
    _KK_ATTRIBUTIVE,
    _OWN_AFTER,
    _STATE_REACH,
    _THEN_INSIDE,
)
from etl.extract.figure_clause import nearest_period
from etl.extract.indicator_record import Indicator
from etl.extract.languages import KAZAKH_LETTERS
from etl.extract.literal_gates import literal_gate, may_match, sentence_lower
from etl.extract.periods import Period
from etl.extract.records import replace
from etl.extract.units import CURRENCIES

_RANGE_DASH = re.compile(r"^\s?[-–—−]\s?$")  # ("5,5−5,7%": a minus sign as the range dash)
# "с 373,19 тыс. тонн в 2021 году до 426,09 тыс. тонн": each end may carry its own year
# (the old level's own date may stand between: "с 373 тыс. в 2021 году до", "с 3,2 тыс. км в начале года до")
_RANGE_TO = re.compile(
    r"^(?:\s+(?:в\s+(?:19|20)\d{2}(?:-м|\s*г(?:од[ау]?|\.))?\s+"
    r"|(?:в\s+начале|на\s+начало)\s+(?:этого\s+|текущего\s+)?года\s+"
    # "с 50,3 тыс. тонн за январь–сентябрь прошлого года до 51,9 тыс. тонн", "в прошлом году": the old
    # level's span in other words (+ps43ru)
    r"|(?:в|во|за)\s+(?:[^\W\d]+[\s–—-]*){1,4}?(?:(?:19|20)\d{2}(?:-го|-м)?\s*)?(?:года|году|г\.)\s+)?"
    # "со 149 416 тенге, которые выплачиваются сейчас, до 164 350 тенге": an aside on the old level
    r"|,\s+(?:котор\w+|что)\s[^,;\d]{0,60},\s+)(?:до|по)\s+$",
    re.I,
)
_RANGE_FROM = re.compile(
    r"(?:\bот|\bс|\bсо)\s+(?:нынешних\s+|текущих\s+|прежних\s+)?$", re.I
)  # "с нынешних 85 тыс. до"
_RU_FROM_SPREAD = re.compile(r"\bот\s+$", re.I)
_KK_YEAR_BETWEEN = re.compile(r"\s+(?:19|20)\d{2}\s*жыл(?:ы|ғы)\s+")  # "... тоннадан 2022 жылы 426 ..."
_KK_FROM_TO = re.compile(r"^-?(?:дан|ден|тан|тен|нан|нен)\s+$")

_BASE_BETWEEN = re.compile(r"\b(?:против|вместо|чем|по\s+сравнению|салыстырғанда|қарағанда)\b", re.I)
# ("... тиісті кезеңімен салыстырғанда (18770,7 млн теңге)": the Kazakh comparison word may stand between)
_BASE_GAP = re.compile(r"\s*(?:(?:салыстырғанда|қарағанда)\s*(?=\())?\(?\s*")
_BASE_BEFORE = re.compile(
    # not "более чем 369 тыс.", "свыше чем": a qualifier, no base; nor "причем 6 сдадут" ("причём": and
    # of them), a word ending in "-чем"
    r"(?:против|вместо|(?<!более\s)(?<!менее\s)(?<!больше\s)(?<!меньше\s)(?<!\w)чем|с\s+нынешних|с\s+текущих)\s+$"
    r"|вместо\s+(?:нынешних|текущих|прежних)\s+$"
    rf"|(?<!\w)(?:против|вместо)\s+{_BASE_HEDGE}$",
    re.I,
)
_BASE_GATE = literal_gate(_BASE_BEFORE)  # no scan of a figure's left where the sentence lacks its words


def _base_before(text: str, start: int) -> bool:
    """A comparison's base word right before the figure at `start` ("против 5,1%", "чем в 2023")."""
    return may_match(_BASE_GATE, sentence_lower(text)) and bool(
        _BASE_BEFORE.search(text, max(0, start - 24), start)
    )


def _then_named(
    reader: Reader, text: str, figure: Figure, clause: tuple[int, int], periods: list[Period]
) -> Period | None:
    """'бұл 2023 жылғы көрсеткіштен 45%-ға көп: ол кезде 14 510 шетелдік келген': "then" before a
    figure in its clause points to the period named before it, even a comparison's."""
    # (a bounded look-back: a sentence of thousands of figures stays linear)
    reach = max(clause[0], figure.start - _STATE_REACH)
    then = max(_THEN_INSIDE[reader.language.code].finditer(text, reach, figure.start), default=None, key=_at)
    if then is None:
        return None
    named = [p for p in periods if p.end <= then.start() and (p.period_start or p.period_end)]
    if not named:
        return None
    last = max(named, key=lambda p: p.end)
    start = last.period_start
    if (
        start is not None
        and (start.month, start.day) == (1, 1)
        and _SINCE_YEAR.search(text, last.start, last.end)
    ):
        # "2019 жылдан бері ... үш есеге ұлғайды: ол кезде 1 триллион теңге болса, биыл ...": "then" of a
        # span since a year is that year, where the span set out (+ps41kk)
        return replace(last, period_end=date(start.year, 12, 31), is_comparison=False)
    return replace(last, is_comparison=False)


# a span since a year: "2019 жылдан бері", "с 2019 года"
_SINCE_YEAR = re.compile(r"\d{4}(?:\s*|-)жылдан\s+бері$|^(?:с|со)\s+\d{4}\s+год", re.I)


def _at(match: re.Match[str]) -> int:
    return match.start()


_NEXT_TO = re.compile(r"\s+(?:[^\W\d]+\s+)?")

_MORE_OR_LESS = re.compile(r"\S*\s+(?:көп|аз|жоғары|төмен|артық|кем)\b", re.I)
_CLAUSE_BREAK = re.compile(r"[,;:]\s|\s[—–]\s")


_KK_SPREAD_AFTER = re.compile(r"\s+дейінгі(?!\w)", re.I)
_KK_DEPENDING_BEFORE = re.compile(r"(?<!\w)байланысты\s+$", re.I)  # "санына байланысты 100-ден"


def _link_ranges(text: str, figures: list[Figure]) -> dict[int, tuple[str, int]]:
    """'с 6,4 до 10 млн', '3-5%', '110%-ынан 118%-ына': the first end borrows the second's scale
    and unit when it has none of its own. Returns index -> (role, partner)."""
    roles: dict[int, tuple[str, int]] = {}
    for i in range(len(figures) - 1):
        first, second = figures[i], figures[i + 1]
        between = text[first.end : second.start]
        # "20 949 теңгеден (54 доллар) 26 186 теңгеге дейін": the old level's sum in another currency,
        # in brackets, stands between the two ends
        converted = _converted(text, figures, i)
        if converted is not None:
            second, between = figures[i + 2], text[converted : figures[i + 2].start]
        if _MORE_OR_LESS.match(text, second.end) and not _RANGE_DASH.match(between):
            continue  # "48,4 мыңнан 7,2%-ға аз": a level and how much more or less ("10-15 пайызға аз": a range)
        if first.unit is not None and second.unit is not None and first.unit != second.unit:
            continue  # "литрі 254 теңгеден 22,9 мың тонна": a price and an amount, no range, no range
        if first.unit in ("percent", "percentage_point") and second.unit is None and second.scaled:
            continue  # "безработица 4,9% – 450,3 тыс. человек": a rate, then the same level in people
        if _RANGE_DASH.match(between) and not (
            _KK_ABLATIVE_END_OF.search(text, first.start, first.end)
            and _KK_DATIVE_END_OF.search(text, second.start, second.end)
        ):
            role = ("low", "high")
        elif _RANGE_DASH.match(between):
            role = ("from", "to")  # "20 949 теңгеден - 26 186 теңгеге": an old level and a new one
        elif (
            _RANGE_TO.match(between)
            and _RANGE_FROM.search(text[max(0, first.start - 18) : first.start])
            or _KK_FROM_TO.match(between)
            # "1 066 мың тоннадан 1 416 мың тоннаға", not "12,5%, бұл былтырғыдан 3 ..." across a clause
            or (
                re.search(r"(?:дан|ден|тан|тен|нан|нен)\s+$", text[first.start : first.end] + between)
                and not _CLAUSE_BREAK.search(text, first.end, second.start)
                # the first level's own ablative, not a source named between ("3 бу қазандығын ...
                # Үкімет резервінен 2,5 млрд теңге")
                and len(between.split()) <= 1
            )
            # "2021 жылғы 373,2 мың тоннадан 2022 жылы 426,1 мың тоннаға": the new level's own year between
            or (
                re.search(r"(?:дан|ден|тан|тен|нан|нен)$", text[first.start : first.end]) is not None
                and _KK_YEAR_BETWEEN.fullmatch(between) is not None
            )
        ):
            # "4%-дан 6%-ға дейінгі дәліз", "30%-дан 40%-ға дейінгі бөлігі": an attributive "дейінгі"
            # names a spread (a corridor, a share between two bounds), not an old level and a new one
            # "составляет от 300 до 350 единиц", "вырастут от 10 до 15%": a Russian "от ... до" bounds a
            # spread too (the old level and the new are told "с ... до")
            spread = (
                _KK_SPREAD_AFTER.match(text, second.end)
                or _RU_FROM_SPREAD.search(text, max(0, first.start - 18), first.start)
                # "адамдар санына байланысты 26 818 теңгеден 65 797 теңгеге дейін": by the number of
                # dependants, the bounds of one scale, not an old amount and a new one
                or _KK_DEPENDING_BEFORE.search(text, max(0, first.start - 24), first.start)
            )
            role = ("low", "high") if spread else ("from", "to")
        else:
            continue
        if first.unit is None and second.unit is not None:
            first.unit = second.unit
            if not first.scaled and not second.scaled and second.raw and second.value != second.raw:
                # "10-30 см", "20-40 мм": the low end borrows the unit in its measure too (0,1 m, not 10 m)
                # (+fs33kk)
                first.value = first.raw * (second.value / second.raw)
        # "с 2,4 до 2,3 млн тонн": a fall keeps the scale too, but not "с 1200 до 1,1 тыс." (no
        # level drops tenfold or more with its unit still left to borrow)
        if second.scaled and not first.scaled and first.raw < 10 * second.raw:
            first.value = first.raw * (second.value / second.raw if second.raw else 1.0)
            first.scaled = True
        j = i + 2 if converted is not None else i + 1
        roles[i], roles[j] = (role[0], j), (role[1], i)
    return roles


_KK_ABLATIVE_END_OF = re.compile(r"[^\W\d]-?(?:дан|ден|тан|тен|нан|нен)$", re.I)  # "теңгеден", not "5-тен"
_KK_DATIVE_END_OF = re.compile(r"[^\W\d]-?(?:ға|ге|қа|ке|на|не)$", re.I)
_CONVERTED = re.compile(r"\s*\(\s*")
_CONVERTED_END = re.compile(r"\s*\)")


def _converted(text: str, figures: list[Figure], i: int) -> int | None:
    """Where the text goes on after a sum in another currency bracketed right after figure i
    ("20 949 теңгеден (54 доллар) - 26 186 теңгеге"), when a figure of i's currency follows it;
    else None."""
    if i + 2 >= len(figures):
        return None
    first, aside, after = figures[i], figures[i + 1], figures[i + 2]
    if first.unit not in CURRENCIES or aside.unit not in CURRENCIES or aside.unit == first.unit:
        return None
    if after.unit not in (None, first.unit) or not _CONVERTED.fullmatch(text, first.end, aside.start):
        return None
    closed = _CONVERTED_END.match(text, aside.end)
    return closed.end() if closed is not None else None


# ", то есть поставки выросли": the conclusion of a comparison (not "35 млрд долларов, то есть 17 трлн
# тенге", the same value restated)
_THAT_IS = re.compile(
    r",\s+(?:то\s+есть|т\.\s?е\.|а\s+значит)\s+(?:[^\W\d]+\s+){0,5}?"
    r"(?:вырос|выросл|возросл|увеличил|снизил|сократил|уменьшил|упал|прибавил|прирос)\w*"
    # "..., яғни өсім 31%-ды құрады", "яғни көлем 5%-ға азайды": the change drawn from the two levels
    r"|,\s+яғни\s+(?:[^\W\d]+\s+){0,3}?(?:өсім|өсті|артты|азайды|қысқарды|төмендеді|ұлғайды|көбейді)\w*",
    re.I,
)
# Kazakh puts the verb after the figure: ", яғни көрсеткіш [үш еседен астам] өсті" (+ps43kk)
_KK_THAT_IS_OPEN = re.compile(r",\s+яғни\s+(?:[^\W\d]+\s+){0,3}$", re.I)
_KK_CHANGE_AFTER = re.compile(
    r"(?:\s+[^\W\d]+){0,2}?\s+(?:өсті|артты|азайды|қысқарды|төмендеді|ұлғайды|көбейді|өскен|артқан|азайған)(?!\w)",
    re.I,
)


def _kk_that_is_change(text: str, after_period: int, start: int, end: int) -> bool:
    """'Өткен жылдың дәл осы кезеңінде ... 77 645 адам болған, яғни көрсеткіш үш еседен астам өсті': the
    change drawn from the two levels, told with its verb after the figure, is not of the look back."""
    return bool(_KK_THAT_IS_OPEN.search(text, after_period, start)) and bool(
        _KK_CHANGE_AFTER.match(text, end)
    )


# a clause set against the one before it ("..., а ...", "..., тогда как ...", "..., ал ..."; also
# after a dash closing an aside: "... – бұл 5,3%-ға көп – ал тек қазанның өзінде – 130 млрд")
_LATER_CONTRAST = re.compile(
    r"(?:,|\s[—–])\s+(?:тогда\s+как|в\s+то\s+время\s+как|а(?!\s+(?:также|именно|значит)\b)|но|ал|бірақ|алайда)\s",
    re.I,
)


def _after_contrast(text: str, clause: tuple[int, int], end: int, period_start: int) -> bool:
    """The period stands in a later clause set against the figure's ("..., а ...", "..., ал ...").
    A dash does not close the figure's clause, so a contrast after one counts inside it too:
    "– бұл 5,3%-ға көп – ал тек қазанның өзінде – 130 млрд"."""
    if period_start <= end:
        return False
    contrast = _LATER_CONTRAST.search(text, end, period_start)
    return contrast is not None and (period_start >= clause[1] or contrast.group()[0] != ",")


# "..., чтобы достичь плановых показателей к концу года": a purpose clause after the figure's
_RU_PURPOSE_AFTER = re.compile(r"[,;]\s+(?:(?:для\s+того|с\s+тем)\s*,?\s+)?чтобы\s", re.I)
_CLAUSE_END = re.compile(r"[,;:.!?]\s|[.!?]?$")


# a consequence clause: ", что уже создало", ", что уже позволило"
_RU_THAT_ALREADY_DID = re.compile(r"[\s,]*что\s+уже\s+[^\W\d]+(?:ло|ли|ла|л)(?!\w)", re.I)
_RU_ALREADY = re.compile(r"\s*уже\s*", re.I)
# the present, not "уже": "сейчас", "в настоящее время", "на сегодня", "ныне", "теперь"
_RU_NOW = re.compile(
    r"\s*(?:сейчас|теперь|ныне|в\s+настоящее\s+время|на\s+сегодня(?:шний\s+день)?|на\s+данный\s+момент)\s*",
    re.I,
)
_RU_AND_NOW_BEFORE = re.compile(r"(?:\s|,)(?:и|а)\s+$", re.I)


def _later_goals_deadline(text: str, clause: tuple[int, int], end: int, period: Period) -> bool:
    """A deadline after the figure that belongs to a later goal, not to the figure (+real29ru): "Охват
    составляет 81%, к концу года он должен достичь 90%" (the later clause has a figure of its own
    after the deadline); "(охват – 74,1%) ... усилить работу, чтобы достичь плановых показателей к
    концу года" (a purpose clause). The figure keeps the reading of its own clause."""
    if period.period_start is not None or period.period_end is None or period.start < max(end, clause[1]):
        return False
    if _RU_PURPOSE_AFTER.search(text, end, period.start):
        return True
    closing = _CLAUSE_END.search(text, period.end)
    return closing is not None and bool(_DIGIT_IN.search(text, period.end, closing.start()))


def _period_for(
    periods: list[Period],
    clause: tuple[int, int],
    start: int,
    end: int,
    text: str,
    later: list[int] | None = None,
    current: re.Pattern[str] | None = None,
) -> Period | None:
    """The period phrase in the figure's clause nearest to it, else the nearest before it in the
    sentence, else the first after it. A phrase after a comparison is its base's: in
    "вырастет до 4 325 тенге против 3 932 тенге в 2025 году" the year dates 3 932 only. A phrase
    standing right after a later figure (`later`: their ends) is that figure's, while another is
    left: "до 12,6% после 12,9% в сентябре"."""
    periods = [
        p
        for p in periods
        if (p.start < start or not _BASE_BETWEEN.search(text, end, p.start))
        # "достигло 4 млн, а после окота 2026 года может приблизиться к 5 млн": the contrast's own year
        and not _after_contrast(text, clause, end, p.start)
        and not _later_goals_deadline(text, clause, end, p)
        # "Годом ранее экспорт составлял 603 тонны, то есть поставки выросли в 2,5 раза": a look back
        # does not reach the clause that draws the conclusion for now
        and not (
            not p.sets_scene
            and not p.is_weak
            and p.end <= start
            and (_THAT_IS.search(text, p.end, start) or _kk_that_is_change(text, p.end, start, end))
        )
        and _in_same_brackets(text, p.start, start, p.end)
        # "составил 107,1%, тогда как годом ранее ... 107,3%": a look back dates its own clause on
        and (p.sets_scene or p.is_weak or p.start < clause[1])
    ]
    # "В прошлом году, после засухи 2023 года, собрали 18 млн тонн": a year describing a noun in
    # another clause yields to the sentence's period of time
    # ("наурыз айында инфляция биылға белгіленген 4-6% дәлізден асып, 6,4%-ке дейін көтерілген": "биылға"
    # is the year a Kazakh participle sets the band for, not the time of the figure in the next clause)
    attributes = [
        p for p in periods
        if not clause[0] <= p.start < clause[1]
        and (
            _YEAR_OF_NOUN.fullmatch(text, p.start, p.end) and _NOUN_BEFORE.search(text, max(0, p.start - 32), p.start)
            or _KK_PERIOD_SET_FOR.match(text, p.end)
        )
    ]  # fmt: skip
    if attributes and any(not p.is_weak and p not in attributes for p in periods):
        periods = [p for p in periods if p not in attributes]
    own = [
        p
        for p in periods
        if not any(_ATTACHED_GAP.fullmatch(text, e, p.start) for e in later or [] if e <= p.start)
    ]
    periods = own if any(not p.is_weak for p in own) or not periods else periods
    # "қазіргі 50,7%-дан 2028 жылға қарай 33%-ға дейін": the present word right before a figure is its
    right_before = [
        p
        for p in periods
        if p.is_weak and p.end <= start and _NEXT_TO.fullmatch(text, p.end, start)
        and current is not None and current.fullmatch(text, p.start, p.end)
    ]  # fmt: skip
    if right_before:
        return right_before[-1]
    strong = [p for p in periods if not p.is_weak]
    # "с 3 500 тенге, действовавших в 2025 году, до 3 900 тенге": a participle aside right after the
    # figure and its noun is said of it, so its time is the figure's
    said_of = [p for p in strong if p.start > end and _RU_PARTICIPLE_AFTER.fullmatch(text, end, p.start)]
    # ... unless the clause names a time of its own before the figure and the figure is no old level
    # left ("В январе–сентябре 2025 года трудоустроены 12 тыс. человек, потерявших в 2024 году работу":
    # the aside tells who they are, the span is the figure's; "На 2026 год ... увеличена с 3 500 тенге,
    # действовавших в 2025 году" is the level left)
    if (
        said_of and not _RU_FROM_BEFORE.search(text, max(0, start - 4), start)
        and any(p.end <= start and p not in said_of for p in strong)
    ):  # fmt: skip
        said_of = []
    if said_of:
        return said_of[0]
    # "с 61,4 тыс. мест в 2018–2019 учебном году до 16,9 тыс. мест в 2024–2025": "в ..." right
    # after the figure and its noun is the figure's own, whatever stands before it
    own_after = [p for p in strong if p.start > end and _OWN_AFTER.fullmatch(text, end, p.start)]
    if own_after:
        return own_after[0]
    if any(clause[0] <= p.start and p.end <= clause[1] for p in strong):
        now_after = [
            p for p in periods
            if p.is_weak and clause[0] <= p.start and p.end <= start and _RU_NOW.fullmatch(text, p.start, p.end)
            and not any(q.end > p.start and q.start < start for q in strong)
        ]  # fmt: skip
        if now_after and _RU_AND_NOW_BEFORE.search(
            text, max(0, now_after[-1].start - 6), now_after[-1].start
        ):
            # "За последний год транзит удвоился и сейчас составляет 1,5 млн тонн": "и сейчас" after the
            # span's deed opens a second predicate on how things stand now
            return now_after[-1]
        return nearest_period(strong, clause, start, end)
    # "уже", "сейчас", "қазір" date the figures of their own clause, and yield to a period named there
    weak = [p for p in periods if p.is_weak and clause[0] <= p.start and p.end <= clause[1]]
    source_day = [p for p in strong if p.end <= clause[0] and _ru_source_data_day(text, p)]
    if weak and source_day:
        # "По данным управления на 27 февраля, новоселье уже справили 485 семей": the day the source's
        # data stand at dates the running total the sentence gives, "уже" or not (+fs40ru)
        return source_day[-1]
    opened_before_source = [
        p for p in strong if p.end <= clause[0] and _RU_SOURCE_INSERT.fullmatch(text, p.end, clause[0])
    ]
    if weak and opened_before_source and not KAZAKH_LETTERS.intersection(text):  # (a Russian sentence)
        # "С 2021 по 2025 год, по информации министерства, посажено уже 1,5 млрд": a source's words or an
        # aside set in with commas part no clauses; the span told before them is the figure's, "уже" or not
        return opened_before_source[-1]
    if strong and _RU_THAT_ALREADY_DID.match(text, clause[0]):
        # "За девять месяцев запущен 41 проект, что уже создало 5 322 рабочих места" (+real29ru): what
        # the deed told before has already brought about is of that deed's span, not of publication
        weak = [p for p in weak if not _RU_ALREADY.fullmatch(text, p.start, p.end)]
    return nearest_period(weak or strong, clause, start, end)  # then as in English


# "с" right before a figure: the level a change starts from ("увеличена с 3 500 тенге")
_RU_FROM_BEFORE = re.compile(r"(?<!\w)с\s+$", re.I)
# the figure's noun (if any), a comma and an active past participle, then the period:
# "3 500 тенге, действовавших в 2025 году", "610 тенге, действовавших в прошлом году"
_RU_PARTICIPLE_AFTER = re.compile(
    r"(?:\s*[^\W\d]+\.?){0,2}\s*,\s+[а-яё]+вш[а-яё]*\s+(?:[^\W\d,;()]+\s+){0,2}", re.I
)


# a sentence opened on a source's data: "По данным управления жилья на 27 февраля,", "Согласно
# сведениям акимата на 1 октября,"
_RU_SOURCE_DATA_OPENING = re.compile(
    r"\s*(?:по\s+(?:данным|информации|сведениям)|согласно\s+(?:данным|информации|сведениям))(?!\w)[^,.;:]*?"
    r"(?:(?:на|по\s+состоянию\s+на)\s+)?$",
    re.I,
)


# a source's words set in between commas: ", по информации министерства,", ", как сообщили в акимате,"
# ... or a when-clause of the span ("В 2023 году, когда проект стартовал, уже работали 40 клиник"), or any
# aside with no verb nor number of its own: "несмотря на засуху", "по поручению Президента",
# "к слову"; or none ("За пять лет, с 2021 по 2025 год, посажено уже ...": the span closes the opening)
_RU_SOURCE_INSERT = re.compile(
    r"\s*,\s*(?:(?:по\s+(?:данным|информации|сведениям|словам|подсчетам|подсчётам|оценкам)|согласно\s+[^\W\d]+"
    r"|как\s+(?:сообщ|отмет|рассказ|уточн|говор|сказа)\w*|когда)(?!\w)[^,.;:]*,\s*"
    r"|(?:(?:несмотря\s+на|благодаря|по|при|вопреки|в\s+частности|в\s+целом|к\s+слову|кстати|впрочем|напомним)(?!\w)"
    r"(?:\s+(?![^\W\d]+(?:л|ли|ла|ло|ет|ют|ит|ят)(?!\w))[^\W\d]+){0,4},\s*)?)",
    re.I,
)


def _ru_source_data_day(text: str, period: Period) -> bool:
    """The day a source's data stand at, named in the sentence's opening clause ("По данным ... на 27
    февраля,")."""
    return (
        period.period_start is not None and period.period_start == period.period_end
        and _RU_SOURCE_DATA_OPENING.match(text, 0, period.start) is not None
    )  # fmt: skip


# "биылға белгіленген", "2025 жылға бекітілген": a period a Kazakh participle sets something for
_KK_PERIOD_SET_FOR = re.compile(r"\s+(?:белгіленген|бекітілген|жоспарланған|көзделген)(?!\w)", re.I)
# a genitive year: "засухи 2023 года"
_YEAR_OF_NOUN = re.compile(r"(?:19|20)\d{2}(?:-го)?\s*(?:года|г\.)", re.I)
# a noun before it, not a preposition or a word of a period phrase ("по итогам 2023 года")
_NOUN_BEFORE = re.compile(
    r"(?<!\w)(?!(?:начала|конца|итогам|течение|середины|половины|состоянию|период\w*|концу|начало)\s)"
    r"[^\W\d]{3,}\s+$",
    re.I,
)


def _in_same_brackets(text: str, period_start: int, figure_start: int, period_end: int | None = None) -> bool:
    """'увеличится до 69 049 тенге (в текущем году — 62 771 тенге)': a period in brackets dates
    only what stands in the same brackets. Brackets holding nothing but the period label the
    figure's sentence: 'Облыста 412 мың тонна сүт өндірілді (2025 жылғы қаңтар-қазан).', 'По данным
    (январь–сентябрь 2025 г.), в области произвели ...'."""
    opened = text.rfind("(", 0, period_start)
    if opened == -1 or text.find(")", opened, period_start) != -1:
        return True  # the period is not inside brackets
    closed = text.find(")", period_start)
    rest = (
        ""
        if period_end is None or closed == -1
        else text[opened + 1 : period_start] + text[period_end:closed]
    )
    if (
        period_end is not None and closed != -1 and not opened < figure_start < closed
        # (or a source's data at that day: "(данные управления на 1 ноября 2025 года)",
        # "(басқармасының 1 қарашадағы деректері)", no figure of its own)
        # ("(1991-2015 ж.ж.)", "(2011–2015 гг.)": the year word's abbreviation left after the period)
        and (not rest.strip(" .,;жгЖГ") or (_BRACKET_DATA.search(rest) and not _DIGIT_IN.search(rest)))
    ):  # fmt: skip
        return True
    return opened < figure_start and (closed == -1 or figure_start < closed)


_BRACKET_DATA = re.compile(r"(?<!\w)(?:данн|сведени|деректер|мәлімет)\w*", re.I)
_DIGIT_IN = re.compile(r"\d")
_AGAINST_BEFORE = re.compile(r"против\s+$", re.I)
# "больше прошлогоднего показателя, который составлял 83,8 тыс. тонн", "... уровня в 83,8": the
# base named, then its own value in a relative clause or after "в"
_RU_BASE_TOLD_AFTER = re.compile(
    r",?\s+(?:котор\w+\s+(?:составлял|был|достигал)\w*|в|когда(?:\s+[^\W\d]+){1,3}?)\s+(?:около\s+|более\s+|почти\s+)?",
    re.I,
)

# "выше сентябрьского показателя в 13,6%", "против июльского уровня в 0,5%": a month's level named
# by its adjective, then its own value
_RU_MONTH_ADJECTIVE = re.compile(
    r"(?:январ|феврал|март|апрел|май|июн|июл|август|сентябр|октябр|ноябр|декабр)(?:ь|ов)?ск(?:ий|ая|ое|ие|ого|ой|ом|ую|их|им)",
    re.I,
)
_RU_MONTH_BASE_TOLD = re.compile(r"\s+(?:показател|уровн|значени)\w*" + _RU_BASE_TOLD_AFTER.pattern, re.I)


def _base_period(text: str, figure: Figure, clause: tuple[int, int], bases: list[Period]) -> Period | None:
    """'351,4 тыс. тонн за тот же период 2024 года' after 'против', '... чем в 2021 году': the base
    value of a comparison takes the comparison's period."""
    # "былтырғы бірінші тоқсандағы 4,9%-бен салыстырғанда", "сәйкес кезеңімен (127,7 мың)": the base
    # period stands right before its value
    # (not "өткен жылғыдан 54%-ға": a base in the ablative is the base itself, the figure its change)
    right_before = [
        p
        for p in bases
        if _BASE_GAP.fullmatch(text, p.end, figure.start)
        and (
            "(" in text[p.end : figure.start]
            or _KK_ATTRIBUTIVE.search(text, p.start, p.end)
            or _AGAINST_BEFORE.search(text, max(0, p.start - 8), p.start)  # "против прошлогодних 388 тыс."
        )
    ]
    if right_before:
        return replace(right_before[-1], is_comparison=False)
    told_after = [p for p in bases if _RU_BASE_TOLD_AFTER.fullmatch(text, p.end, figure.start)]
    if told_after and text[told_after[-1].start : told_after[-1].end].lower().startswith("прошлогодн"):
        return replace(told_after[-1], is_comparison=False)
    month_base = [
        p for p in bases
        if _RU_MONTH_ADJECTIVE.fullmatch(text, p.start, p.end) and _RU_MONTH_BASE_TOLD.fullmatch(text, p.end, figure.start)
    ]  # fmt: skip
    if month_base:  # "выше сентябрьского показателя в 13,6%": that month's own level
        return replace(month_base[-1], is_comparison=False)
    if not _base_before(text, figure.start):
        return None
    after = [p for p in bases if figure.end <= p.start < clause[1]]
    return replace(after[0], is_comparison=False) if after else None


def _ru_last_year_value(text: str, period: Period, figure: Figure) -> bool:
    """Last year's mark named, then its value: "прошлогодний рубеж в 6 млн тонн", "прошлогодний
    показатель, который составлял 83,8"."""
    return text[period.start : period.end].lower().startswith("прошлогодн") and bool(
        _RU_BASE_TOLD_AFTER.fullmatch(text, period.end, figure.start)
    )


def _last_told(found: list[Indicator]) -> Period | None:
    """The period a breakdown or "Это на 89,2% выше ..." after this sentence goes on from: its last
    figure's, unless that figure is only the base a year before of an earlier one ("361,5 тыс. тенге
    против 310,6 тыс. тенге годом ранее"), when the earlier figure's."""
    if not found:
        return None
    final = found[-1]
    first, last = final.period_start, final.period_end
    if first is not None and last is not None:
        for earlier in found[:-1]:
            with suppress(ValueError):  # 29 February
                if (earlier.period_start, earlier.period_end) == (
                    first.replace(year=first.year + 1),
                    last.replace(year=last.year + 1),
                ) and earlier.kind == final.kind:
                    return Period(0, 0, earlier.period_start, earlier.period_end, False)
    return Period(0, 0, first, last, False)


def _year_before(period: Period | None, published: date) -> Period | None:
    """'добыто 45 млн тонн против 43 млн тонн': a base value without a period of its own is the
    same span a year before (a span within one year that has ended; else no shift)."""
    if period is None or period.is_deadline or period.period_start is None or period.period_end is None:
        return None
    first, last = period.period_start, period.period_end
    if first.year != last.year or last > published or first == last:
        return None
    try:
        return replace(period, period_start=first.replace(year=first.year - 1),
                       period_end=last.replace(year=last.year - 1))  # fmt: skip
    except ValueError:  # 29 February
        return None
