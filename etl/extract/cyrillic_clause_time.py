"""The time of one clause of a Russian or Kazakh sentence: a period told in an earlier clause or
another figure's, a start already past ("с 22 ноября 2021 года", "2019 жылдан бері"), a month's end,
and the Kazakh clause that holds now ("отыр", "бар") or borrows the next clause's verb."""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date

from etl.extract.cyrillic_kinds import clause_span
from etl.extract.cyrillic_numbers import Figure
from etl.extract.cyrillic_report_span import _month_last_day
from etl.extract.cyrillic_shared_cues import (
    _ANY_DIGIT,
    _KK_CHANGE_THERE_IS,
    _KK_CONVERB,
    _KK_PURPOSE_AFTER,
    _KK_PURPOSE_AFTER_GATE,
    _KK_SOWN,
    _KK_THEIR_OPENING,
    _KK_UNDER_WAY,
    _KK_WHEN,
    _KK_WHEN_GATE,
    _PART_WORD,
    _PART_WORD_GATE,
    _STATUS_DAY_REACH,
    match_in,
    search_in,
)
from etl.extract.dash_labels import dash_label
from etl.extract.kk_predicate import (
    ClausePredicate,
    ends_conditional,
    kk_habitual_present,
    kk_rate_in_force,
    read_predicate,
)
from etl.extract.literal_gates import literal_gate
from etl.extract.periods import Period
from etl.extract.records import replace
from etl.extract.ru_tense import clause_tenses

# between a Kazakh period and the figure it stands before: "желтоқсанда 3%-ға", "мамырда шамамен 40"
_KK_BEFORE_ITS_FIGURE = re.compile(r"\s+(?:шамамен\s+|жуық\s+|тағы\s+)?")


def _kk_without_next_figures(
    text: str, periods: list[Period], figure: Figure, later: list[int]
) -> list[Period]:
    """A Kazakh period stands before its figure: in "Былтыр қарашада 5%-дан желтоқсанда 3%-ға дейін"
    the month right before the later figure is that figure's, not the one just before it (kept when
    the figure has no other period of its own before it)."""
    theirs = [
        p
        for p in periods
        if p.start >= figure.end
        and not p.is_weak
        and any(s >= p.end and _KK_BEFORE_ITS_FIGURE.fullmatch(text, p.end, s) for s in later)
    ]
    if theirs and any(p.end <= figure.start and not p.is_weak for p in periods):
        return [p for p in periods if p not in theirs]
    return periods


def _several_years(period: Period) -> bool:
    first, last = period.period_start, period.period_end
    return first is not None and last is not None and last.year > first.year and not period.is_deadline


def _anothers_clause(
    text: str,
    period: Period,
    figure: Figure,
    clause: tuple[int, int],
    starts: list[int],
    before: bool = False,
) -> bool:
    """True for a period in a clause after the figure's (before it, with `before`) that holds a figure
    of its own: "достигло 4 млн, а после окота 2026 года может приблизиться к 5 млн" dates only 5 млн.
    (`starts`: where the sentence's figures start, in order: counted by bisection.)"""
    if (period.end > clause[0]) if before else (period.start < clause[1]):
        return False
    other = clause_span(text, period.start, period.end)
    if not before and _LEVEL_GOES_ON.match(text, other[0]):
        return False  # "выросло на 5%, до 3 млн голов в 2024 году": the same change goes on
    inside = bisect_left(starts, other[1]) - bisect_left(starts, other[0])
    return inside > (1 if other[0] <= figure.start < other[1] else 0)


_LEVEL_GOES_ON = re.compile(r"\s*(?:до|к|дейін)\s", re.I)


def _told_before(text: str, period: Period | None, clause: tuple[int, int]) -> bool:
    """True for a period in an earlier clause of the sentence whose own verb is past or a short
    participle: "В 2024 году завод модернизировали, и он выпускает 600 вагонов в год" (the year
    dates the deed, not the clause after it)."""
    if period is None or period.end > clause[0]:
        return False
    own = clause_span(text, period.start, period.end)
    if own[1] > clause[0]:
        return False
    tenses = {tense for _, tense in clause_tenses(text, own[0], own[1])}
    return bool(tenses & {"past", "done"}) and "present" not in tenses


# "мамыр айының соңына дейін" with no year: a month-end deadline
_KK_MONTH_END_BARE = re.compile(r"(?<!\d\s)[^\W\d_]+(?:\s+айының)?\s+соңына\s+(?:дейін|қарай)", re.I)


def _kk_long_since(text: str, period: Period, published: date) -> bool:
    """A span from a day of an earlier year up to the report ("2019 жылдан бері", "соңғы бес жылда");
    not a start a rule runs from ("2024 жылдан бастап ... 80%-ға дейін көтерілді": in force since then)."""
    return (
        not period.is_deadline and period.period_start is not None and period.period_end == published
        and period.period_start.year < published.year
        and "бастап" not in text[period.start : period.end + 8].lower()
    )  # fmt: skip


# a start day told with "с"/"начиная с": "с 22 ноября 2021 года", "со 2 марта"
_RU_FROM_DAY = re.compile(r"(?:с|со|начиная\s+с)\s+\d{1,2}\s", re.I)


def _ru_long_since(text: str, period: Period, published: date) -> bool:
    """A span from an earlier year up to the report ("за последние пять лет", "с 2019 года"); not a
    start a rule runs from ("начиная с 2024 года", "с 1 января 2024 года": in force since then)."""
    return (
        not period.is_deadline and period.period_start is not None and period.period_end == published
        and period.period_start.year < published.year
        and "начиная" not in text[max(0, period.start - 10) : period.end].lower()
        and not _RU_FROM_DAY.match(text, period.start, period.end)
    )  # fmt: skip


# "с 2019 года", "с 2019-го": a start year alone
_RU_SINCE_YEAR = re.compile(r"(?:с|со)\s+((?:19|20)\d{2})(?:-го)?\s*(?:года|г\.)?", re.I)


def _ru_since_year(text: str, period: Period, published: date) -> int | None:
    """The year of a span "с 2019 года" up to the report, else None."""
    if not _ru_long_since(text, period, published):
        return None
    found = _RU_SINCE_YEAR.fullmatch(text, period.start, period.end)
    return int(found.group(1)) if found else None


def _ru_since_day_done(text: str, period: Period, clause: tuple[int, int], published: date) -> Period:
    """ "С 22 ноября 2021 года ревакцинацию получили 280 тыс. человек": deeds done since a day already
    past, told in the past or by a short participle, run up to the report, as "с 2019 года построено"
    and "с марта" do (FORMAT.md "since"); a rule or level in force from that day ("с 1 января пособие
    составляет ...", "... повышено на 7%" is a change from then) keeps its start only."""
    if (
        period.is_deadline or period.period_end is not None or period.period_start is None
        or period.period_start > published
        or not _RU_FROM_DAY.match(text, period.start, period.end)
    ):  # fmt: skip
        return period
    # (from the day's own clause on: "..., – это 59% от подлежащего" shares the deed told before it)
    tenses = {tense for _, tense in clause_tenses(text, min(period.start, clause[0]), clause[1])}
    if not tenses & {"past", "done"} or tenses & {"present", "copula", "future"}:
        return period
    if _RU_CHANGED_BY_OR_TO.search(text, min(period.start, clause[0]), clause[1]) and not (
        "done" not in tenses and _RU_ALREADY.search(text, period.end, clause[1])
    ):
        # "с 1 января пенсии повышены на 7%", "зарплата повышена до 60 тыс.", "установлена на уровне
        # 85 000 тенге": a change, a new level or a rate that took effect that day ("С 1 января лук уже
        # стал дороже на 5,4%": "уже" with a verb of its own, no short participle, tells a drift
        # gathered since the day, up to the report)
        return period
    return replace(period, period_end=published)


# "уже" after a start day: what has gathered since it so far
_RU_ALREADY = re.compile(r"(?<!\w)уже(?!\w)", re.I)


# a change or a level reached told by "на"/"до" and a figure ("повышены на 7%", "повышена до 60 тыс."),
# a rate set ("установлена на уровне", "в размере")
# (a sum after "на" is what the deeds came to: "выдано 1200 кредитов на 5 млрд тенге")
_RU_CHANGED_BY_OR_TO = re.compile(
    r"(?<!\w)(?:на\s+(?:более\s+|почти\s+|около\s+)?\d[\d\s,.]*\s*(?:%|процент|раз)|до\s+(?:\d|более\s+\d)"
    r"|на\s+уровне|в\s+размере|установлен\w*)",
    re.I,
)


def _kk_month_end_done(text: str, period: Period, clause: tuple[int, int], published: date) -> Period:
    """'Мамыр айының соңына дейін 85 шақырым жол пайдалануға берілді' in June: a month-end with no
    year whose month is over this year, in a clause told in the past, is this year's (a deadline
    ahead, next year's May, is for what is still to be done: "... салынады")."""
    end = period.period_end
    if (
        not period.is_deadline or period.period_start is not None or end is None
        or end.year != published.year + 1 or end.month >= published.month
        or not _KK_MONTH_END_BARE.fullmatch(text, period.start, period.end)
        or not _kk_told_in_past(text, clause)
    ):  # fmt: skip
        return period
    return replace(period, period_end=_month_last_day(published.year, end.month))


# a condition opening the sentence: "Жұмыс сәтті аяқталған жағдайда, ..."
_KK_IN_CASE = re.compile(r"[^\W\d_]{2,}(?:ған|ген|қан|кен|са|се)\s+жағдайда\s*,", re.I)
_KK_IN_CASE_GATE = literal_gate(_KK_IN_CASE)


# a clause with no verb on the size of what stands: "станциялардың белгіленген қуаты 4 200 МВт",
# "жол ақысы 120 теңге" (the kk12 sizes, "ауданы", "ұзындығы", "қуаты", "тозуы", with a seat count
# and a fare)
_KK_STANDING_SIZE_BEFORE = re.compile(
    r"(?<!\w)(?:ауданы|ұзындығы|қуаты|тозуы|сыйымдылығы|ақысы|халқы)\s+(?:[^\W\d_]+\s+)?$", re.I
)


# machinery, farms or people made ready or drawn in for the sowing: "көктемгі егіске ... техника
# әзірленді", "көктемгі егіске ... шаруашылықтар тартылған"
_KK_FOR_SOWING = re.compile(r"(?<!\w)(?:көктемгі|күзгі)\s+егіс(?:ке|\s+жұмыстарына)(?!\w)", re.I)
# (the verb that ends the sentence, a list's members before it sharing it)
_KK_MADE_READY = re.compile(r"(?<!\w)(?:әзірлен|дайындал|тартыл|жұмылдырыл)(?:ді|ды|ген|ған)[.!]?\s*$", re.I)
# "... 145 шақырым жерде", "... 30 км қашықтықта": the place lies so far away
_KK_DISTANCE_AWAY = re.compile(r"\s+(?:жер(?:де|ге)|қашықтық(?:та|қа))(?!\w)", re.I)
# "Алматыдан Алакөлге дейін шамамен 670 шақырым": the way from one place to another, as it lies today
_KK_FROM_TO_BEFORE = re.compile(
    r"[^\W\d_]{2,}(?:дан|ден|тан|тен|нан|нен)\s+[^\W\d_]{2,}(?:ға|ге|қа|ке|а|е)\s+дейін\s+(?:[^\W\d_]+\s+)?$",
    re.I,
)

# a height, depth or width named before a figure ("биіктігі 30 метр", "тереңдігі 7,5 метр") and the
# participle "which is" after its unit ("... метр болатын нысан")
_KK_DIMENSION_BEFORE = re.compile(r"(?<!\w)(?:биіктігі|тереңдігі|диаметрі|ені)\s+(?:[^\W\d_]+\s+)?$", re.I)
_KK_BEING_AFTER = re.compile(r"(?:-?[^\W\d_]*)?\s+(?:[^\W\d_]+\s+)?болатын(?!\w)", re.I)


# growth or a fall "registered" or "seen" in the present: "өсім тіркеліп отыр", "төмендеу байқалуда"
_KK_CHANGE_REGISTERED = re.compile(
    r"(?<!\w)(?:өсім|өсу|азаю|төмендеу|ұлғаю|кему|құлдырау)\w{0,2}\s+"
    r"(?:тіркел|байқал)(?:іп\s+(?:отыр|келеді|жатыр)|уде)(?!\w)",
    re.I,
)


def _kk_clause_time(
    text: str,
    figure: Figure,
    clause: tuple[int, int],
    cues: list[tuple[int, str]],
    scope: Period | None,
    periods: list[Period],
    published: date,
    bare_deadline: bool = False,
    scope_far: bool = False,
    moved_on: bool = False,
) -> str | None:
    """'now' for a Kazakh figure with no time phrase in its clause, under a span carried from the lead
    or a sentence before, whose clause-final predicate (kk_predicate) tells a state that holds now
    ("бар", "жұмыс істейді", "істеп тұр", "сақтай алады", "шоғырланған") or, once the span is over, a
    present that is no future ("қатынайды", "жұмсайды", "іске асырылуда"): the state at publication
    (FORMAT.md), not the span's; 'ahead' for a deed still to come ("ашады") under a span over, which
    cannot lie in it. A past ("өсті"), a copula that reports the span's level ("құрайды", "жетеді"), a
    plan, goal or outlook in the clause, and a stock day ("1 қазандағы жағдай бойынша") keep the span."""
    over = scope is not None and scope.period_end is not None and scope.period_end <= published
    today = scope is not None and scope.period_start == scope.period_end == published
    holds = _kk_holds_now(
        text, figure, clause, cues, scope, periods, over, bare_deadline, today, published, scope_far, moved_on
    )
    if holds is None:
        return None
    return "now" if holds else "ahead"


# "оның", "олардың": of it, of them (a total told before); a part's figure bears its possessive ending
# (right before the first part's figure: not "Оның дерегінше", by his account)
_KK_OF_TOTAL = re.compile(r"(?<!\w)(?:оның|олардың)\s+(?:шамамен\s+|жуық\s+)?\d", re.I)
_KK_PART_ENDING = re.compile(r"(?:мыңы|[-–]?(?:ы|і|сы|сі|еуі|уы|уі))$", re.I)


# "көш бастап тұр", "көшбасшы", "бірінші орында тұр": who leads a ranking
_KK_LEADS_RANKING = re.compile(r"(?<!\w)(?:көш\s+бастап|көшбасшы\w*|бірінші\s+орын(?:да|ға))(?!\w)", re.I)


def _kk_part_of_its_total(text: str, figure: Figure, clause: tuple[int, int]) -> bool:
    """ "Оның 34 мыңы шұғыл шақыртулар болса, 22 мыңы 4-санатқа жатады": a part of a total told before,
    in a later clause of the sentence opened by "оның", is counted over the total's span, whatever its
    verb ("жатады", belongs to, is no state now) (+fs30kk)."""
    return (
        clause[0] > 0
        and _KK_OF_TOTAL.search(text, 0, clause[0]) is not None
        and _KK_PART_ENDING.search(text, figure.start, figure.end) is not None
    )


def _kk_done_past(text: str, start: int, end: int) -> bool:
    """The clause ends on a finite past ("таңдады", "келді"), not a participle or the present."""
    predicate = read_predicate(text, start, end)
    return (
        predicate is not None
        and predicate.tense == "past"
        and not predicate.word.lower().endswith(("ған", "ген", "қан", "кен"))
    )


def _kk_holds_now(
    text: str,
    figure: Figure,
    clause: tuple[int, int],
    cues: list[tuple[int, str]],
    scope: Period | None,
    periods: list[Period],
    over: bool,
    bare_deadline: bool = False,
    today: bool = False,
    published: date | None = None,
    scope_far: bool = False,
    moved_on: bool = False,
) -> bool | None:
    """True for a state now, False for a deed to come under a span over, None to keep the span."""
    if scope is None:
        return None
    # a stock day keeps its date (today, carried from the sentence before, is read on); in a later
    # paragraph than the one that named it, and a month or more before the report (a status day just
    # before it, "22 қыркүйектегі жағдай бойынша", is the report's own now: what goes on stays dated by it),
    # only a state that holds now is read on (below)
    day = scope.period_start == scope.period_end and not today
    if day and not (
        moved_on and published is not None and scope.period_start is not None
        and (published - scope.period_start).days > _STATUS_DAY_REACH
    ):  # fmt: skip
        return None
    if scope.period_start is None and not scope.is_deadline:
        return None  # (an open start, "... дейін" as no deadline: its own reading)
    if any(clause[0] <= p.start < clause[1] for p in periods) or search_in(
        _PART_WORD, _PART_WORD_GATE, text, clause[0], clause[1]
    ):
        return None  # (a part, "оның ішінде", is its total's)
    if over and _kk_part_of_its_total(text, figure, clause):
        return None
    if over and _KK_LEADS_RANKING.search(text, 0, figure.start):
        # "Шақырту саны бойынша Алматы қаласы көш бастап тұр – 5800": the place a measure of the span
        # puts one in, not a state now (+fs30kk)
        return None
    if (
        figure.unit in (None, "count")
        and _KK_FOR_SOWING.search(text, 0, figure.start)
        and _KK_MADE_READY.search(text, figure.end)
        and not any(clause[0] <= p < clause[1] and k in ("plan", "forecast", "target") for p, k in cues)
    ):
        # "Облыста көктемгі егіске 35 мыңға жуық техника әзірленді" under "биыл": what is made ready or
        # drawn in for the sowing is a state on the day told (dev h17-kk-02), not the year's flow
        return True
    if _KK_SOWN.search(text, clause[0], clause[1]) or search_in(
        _KK_WHEN, _KK_WHEN_GATE, text, clause[0], clause[1]
    ):
        return None  # a sown area is the season's; "іске қосылғанда": when a thing to come is running
    if search_in(_KK_IN_CASE, _KK_IN_CASE_GATE, text, 0, clause[0] + 1):
        return None  # "Жұмыс аяқталған жағдайда, ... 1370 абонент алады": what follows if it is done, to come
    if (
        over
        and match_in(_KK_PURPOSE_AFTER, _KK_PURPOSE_AFTER_GATE, text, figure.end)
        and not _kk_done_past(text, figure.end, clause[1])
    ):
        # "Қалған 14 үйдің құрылысын жүргізу үшін ... әзірленуде": the things a purpose aims at are still to
        # come, whatever goes on now for them (not the state of the present verb after; not "90 мыңға жуық
        # жолаушы ауысып отыру үшін елорданы таңдады": a deed done in the span, its purpose no time; +fs39kk)
        return False
    predicate = read_predicate(text, figure.end, clause[1])
    if _KK_CONVERB.search(text, clause[0], clause[1]) and text.startswith(",", clause[1]):
        # "98 пайызын қайта өңдеп, ... сатып алады": a converb has the next clause's verb as its own
        following = clause_span(text, clause[1] + 2, clause[1] + 3)
        predicate = read_predicate(text, following[0], following[1]) or predicate
    elif predicate is not None and predicate.tense == "nominal" and not predicate.stative:
        # "28 нысанның, ... 4 үйдің құрылысы жүргізілуде", "35-і ... арқылы, 5-еуі ... бой көтеруде": a
        # member of a gapped list has no verb of its own, the one ending the list is its verb too
        predicate = _kk_gapped_verb(text, clause) or predicate
        if predicate.tense == "nominal" and text.startswith(")", clause[1]):
            # "Түркістан (74 адам) мен Жамбыл (52 адам) облыстары алдыңғы қатарда тұр": a figure in
            # brackets beside a name has the verb of the clause the brackets stand in
            outer = clause_span(text, figure.start, figure.end, _NO_BRACKET_MARKS)
            predicate = read_predicate(text, clause[1] + 1, outer[1]) or predicate
    elif predicate is None and text.startswith(")", clause[1]) and text.startswith("(", clause[0] - 1):
        # "бұл қызметті аудандық (166) және қалалық (75) ауруханалар атқарады": a figure alone in brackets
        # has the verb of the clause the brackets stand in, when it tells what is done as a rule; a place
        # in a ranking, "Атырау (13,5%) ... облыстары бар/тұр", stays the span's (+fs30kk)
        outer = clause_span(text, figure.start, figure.end, _NO_BRACKET_MARKS)
        outer_verb = read_predicate(text, clause[1] + 1, outer[1])
        if outer_verb is not None and outer_verb.tense == "aorist" and not outer_verb.stative:
            predicate = outer_verb
    elif predicate is None:
        # "ірі қара саны 4%-ке, жылқы саны 8,8%-ке артып отыр": a member that ends on its figure shares
        # the verb that ends the list, as one that ends on a noun does
        predicate = _kk_gapped_verb(text, clause)
    if (
        predicate is not None
        and predicate.tense == "existential"
        and _KK_CHANGE_THERE_IS.match(text, figure.end)
    ):
        return None  # "... салыстырғанда 14,6 пайызға өсім бар": a change of the span in scope, no state now
    if predicate is not None and _KK_CHANGE_REGISTERED.search(
        text, max(clause[0], predicate.start - 40), predicate.end
    ):
        # "Машина жасауда – 36%, ... 64% орнықты өсім тіркеліп отыр" after "Биыл ... өсті": growth seen so
        # far is counted over the span in scope, not a state on the day of publication
        return None
    if day:
        # "2022 жылдың соңына қарай олардың саны 584 мыңға жетті.\n Мұнда 110 мың адам айналысады": who is
        # engaged, told after the paragraph of another measure's day, is how things stand now, as an
        # English present clause is whatever day the account named before
        return (
            True
            if predicate is not None and predicate.stative and not predicate.planning
            and not any(clause[0] <= p < clause[1] and k in ("plan", "forecast", "target") for p, k in cues)
            else None
        )  # fmt: skip
    if predicate is not None and kk_rate_in_force(text, clause[0], figure.start, predicate):
        return True  # "әр балаға ай сайын 1,5 АЕК ... төлем қарастырылған": a rate in force (FORMAT.md)
    if predicate is not None and _kk_provided_among_standing(text, figure, clause, predicate):
        return True
    if predicate is None or (
        # "Облыс халқы 1,1 млн адам.": the word after the figure is its noun, the clause has no verb
        predicate.tense == "nominal"
        and not predicate.stative
        and not text[figure.end : predicate.start].strip(" -")
    ):  # the figure ends its clause: a clause with no verb
        sized = (
            (
                _KK_STANDING_SIZE_BEFORE.search(text, max(clause[0], figure.start - 40), figure.start)
                is not None
                # "Ауыл аудан орталығынан 145 шақырым жерде": how far a place lies, as it lies today
                or figure.unit == "km"
                and (
                    _KK_DISTANCE_AWAY.match(text, figure.end) is not None
                    or _KK_FROM_TO_BEFORE.search(text, max(clause[0], figure.start - 60), figure.start)
                    is not None
                )
            )
            and not _KK_THEIR_OPENING.match(text, clause[0])
            and not any(clause[0] <= p < clause[1] for p, _ in cues)
        )
        return True if sized or _kk_after_present_clause(text, clause, figure.start, cues) else None
    if (
        bare_deadline
        and scope.period_start is None
        and predicate.tense == "aorist"
        and not predicate.planning
        # (not a passive one, "Облыста 20 мектеп салынады": work still to be done, as under a span)
        and not predicate.passive
    ):
        # "... 2050 жылға дейін дамыту стратегиясын әзірлеп жатыр. «... 40 пайызын Қазақстан береді»":
        # a present told under the horizon of a document or an instruction with no figure of its own
        # is how things stand now (FORMAT.md); not "2030 жылға дейін 20 мектеп салынады. Олар 12 мың
        # оқушыны қабылдайды", the deadline of the figures it dates
        return True
    if (
        predicate.tense in ("past", "perfect", "existential")
        and _KK_DIMENSION_BEFORE.search(text, max(clause[0], figure.start - 24), figure.start)
        and _KK_BEING_AFTER.match(text, figure.end)
        and not any(clause[0] <= p < clause[1] and k in ("plan", "forecast", "target") for p, k in cues)
    ):  # fmt: skip
        # "Биіктігі 30 метр болатын мұнара пайдалануға берілді": the height or depth of a thing that stands,
        # an attribute told beside what was done with it, is its size today (not a measure of work, as a
        # length or an area repaired may be)
        return True
    if (
        scope_far and predicate.copular and predicate.tense == "aorist" and figure.unit in (None, "count")
        and published is not None and scope.period_start is not None and scope.period_start > published
        and not any(clause[0] <= p < clause[1] for p, _ in cues if not predicate.start <= p < predicate.end)
    ):  # fmt: skip
        # "Үш күн бойы жол ақысы алынбайды.\n Аудан халқы 86 мың адамды құрайды": a count told with the
        # present copula after a paragraph break is how many there are today, not a level in the days ahead
        return True
    if (
        predicate.copular and predicate.tense == "aorist" and not over and not predicate.planning
        and scope.period_end is not None and published is not None and scope.period_start is not None
        and scope.period_start <= published
        and not any(clause[0] <= p < clause[1] for p, _ in cues if not predicate.start <= p < predicate.end)
        and _KK_PRICE_BEFORE.search(text, max(clause[0], figure.start - 60), figure.start) is not None
    ):  # fmt: skip
        # "Биыл ... отын бөлінді. Оның орташа бағасы литріне 204 теңгені құрайды": a price, fare or tariff
        # told with the present copula under a span still running is the price now (FORMAT.md's present
        # rates), as the Russian "составляет" reads there; a share ("70 пайызын құрайды") stays the span's
        return True
    if predicate.copular or predicate.planning:
        return None
    if figure.unit not in (None, "count") and _KK_UNDER_WAY.search(text, clause[0], clause[1]):
        return None  # the size of what is being built is planned, of its span (FORMAT.md)
    if any(
        clause[0] <= p < clause[1] and k in ("plan", "forecast", "target")
        and not (predicate.tense in ("aorist", "future", "ability") and predicate.start <= p < predicate.end)
        for p, k in cues
    ):  # fmt: skip
        # (the cue an aorist or an ability gave, read as a plan or an outlook, is what is read here;
        # a progressive of planning, "жоспарлануда", is a plan)
        return None
    # (a span wholly ahead set in an earlier paragraph frames no state told after the break in the
    # aorist or with "бар": "5-7 сәуірде жол ақысы алынбайды.\n Қалада 6 автобус қызмет көрсетеді"
    # counts the buses of today; a progressive, "44,5 млрд доллар бағытталып отыр", is work going on)
    ahead = (
        published is not None and scope.period_start is not None and scope.period_start > published
        and not (scope_far and predicate.tense in ("aorist", "existential"))
    )  # fmt: skip
    if (
        predicate.tense == "progressive" and scope.period_start is None and scope.is_deadline
        and published is not None and (scope.period_end or published) >= published
        and figure.unit in (None, "count")
    ):  # fmt: skip
        # "Жыл соңына дейін 156 үй беріледі. ... үйлердің 85-і бюджет қаражатына салынуда": how many
        # are under way is counted now (FORMAT.md), not a goal for the deadline carried from the lead
        return True
    if predicate.stative and not ahead and not _kk_dearer_than_a_base(text, clause, figure.start, predicate):
        # (not under a span wholly ahead, "Келесі жылы мектеп салынады. Онда 580 бала білім алады":
        # who will be there once it stands)
        return True
    if scope.period_end is not None and kk_habitual_present(text, clause[0], figure.start, predicate):
        # (not under a start only, "1 қаңтардан бастап ... айына 71 240 теңге алады": in force since then)
        return True  # "Жыл сайын 110 млн тонна көмір өндіріледі": a rate that holds now, span or deadline
    if not over:
        return None
    if predicate.tense == "future":
        return False
    # (not a passive aorist, "салынады", "беріледі": work still to be done)
    if predicate.tense == "aorist" and not predicate.passive or predicate.tense == "progressive":
        return True
    return None


# a base a price is set against, before the figure: "бір жыл бұрынғыдан", "былтырғыдан", "өткен жылдың
# сәуірінен", "өткен жылмен салыстырғанда", "... қарағанда"
_KK_PRICE_BASE = re.compile(
    r"(?<!\w)(?:[^\W\d]+(?:ғы|гі|қы|кі)(?:дан|ден|тан|тен|нан|нен)|салыстырғанда|қарағанда)(?!\w)"
    r"|(?<!\w)(?:жыл|ай)\w*\s+[^\W\d]+(?:нан|нен|дан|ден|тан|тен)(?!\w)",
    re.I,
)


def kk_dearer_than_a_base_kind(
    text: str, clause: tuple[int, int], figure: Figure, kind: str, beside: str | None
) -> str:
    """'... айына 1 714 теңге төленеді, бұл бір жыл бұрынғыдан 10,7%-ға қымбат / жоғары': a change
    against its base ending on an adjective, with no cue of its own, is of the kind of the level told
    beside it (`beside`, the sentence's figure before): what is, when that level is (+ps42kk), not the
    plan an aorist of that clause cues; the change a plan or an outlook brings ("... 5 млн тоннаға
    жетеді деп күтілуде, бұл былтырғыдан 20%-ға көп") keeps the kind it was read with."""
    if beside != "actual":
        return kind
    predicate = read_predicate(text, figure.end, clause[1])
    if kind == "actual" or predicate is None or predicate.tense != "nominal":
        return kind
    if (
        predicate.word.lower() not in _KK_COMPARED
        or _KK_PRICE_BASE.search(text, clause[0], figure.start) is None
    ):
        return kind
    return "actual"


# the adjectives a change set against its base ends on: dearer, cheaper, higher, lower, more, less
_KK_COMPARED = frozenset(("қымбат", "арзан", "жоғары", "төмен", "көп", "аз", "артық", "кем"))


def _kk_dearer_than_a_base(
    text: str, clause: tuple[int, int], figure_start: int, predicate: ClausePredicate
) -> bool:
    """'Ақылы қызметтер бағасы бір жыл бұрынғыдан 15,7%-ға қымбат': a price adjective ("қымбат",
    "арзан") with the base it is set against is a change against that base, which takes the period of
    the level it is told beside (FORMAT.md's year-on-year rule), as "қымбаттады" does: no state now of
    its own (+ps42kk). Alone ("қант 18 пайызға қымбат" after "Бүгінде ...") it stays the price now."""
    return (
        predicate.tense == "nominal"
        and predicate.word.lower() in ("қымбат", "арзан")
        and _KK_PRICE_BASE.search(text, clause[0], figure_start) is not None
    )


# a price, fare, tariff or interest rate named before its figure
_KK_PRICE_BEFORE = re.compile(r"(?<!\w)(?:баға(?:сы)?|тарифі|ақысы|мөлшерлемесі)(?!\w)", re.I)
_KK_CLAUSE_MARK_END = " ,;:–—-"
# a rate per so many ("шаққанда") or a mean ("орташа", "орта есеппен"): a measure over a span, no state
_KK_OVER_A_SPAN = re.compile(r"(?<!\w)(?:шаққанда|орташа|орта\s+есеппен)(?!\w)", re.I)


def _kk_provided_among_standing(
    text: str, figure: Figure, clause: tuple[int, int], predicate: ClausePredicate
) -> bool:
    """'Бүгінде елде 26 орталық бар, 2 169 пункт жұмыс істейді, науқастарға 3 523 төсек қарастырылған':
    things (beds, places, not money) "provided for" in a clause after one that ends on a state now are
    a provision in force, listed with what stands today (FORMAT.md: a rate in force even when worded
    "қарастырылған"; money provided for, a sum set aside, stays a plan) (+ps42kk)."""
    if predicate.word != "қарастырылған" or figure.unit not in (None, "count") or clause[0] == 0:
        return False
    last = len(text[: clause[0]].rstrip(_KK_CLAUSE_MARK_END)) - 1
    if last <= 0 or text[last + 1 : clause[0]].strip() != ",":
        return False
    before = clause_span(text, last, last)
    standing = read_predicate(text, before[0], before[1])
    return standing is not None and standing.stative and not standing.planning


def _kk_after_present_clause(
    text: str, clause: tuple[int, int], figure_start: int, cues: list[tuple[int, str]]
) -> bool:
    """'Маңғыстау облысы артта қалып отыр – онда көрсеткіш 62%': a clause with no verb and no cue
    right after a clause of the sentence that ends on a state that holds now ("отыр", "бар", "жұмыс
    істейді") goes on in that present, as English reads a verbless clause after a present one
    (indicators: previous_present, _APPOSITION_AFTER_STATE). Not a list member right after its label
    ("металл кендерін өндіруде – 107,8%"): the word before the dash names the part, no predicate."""
    if clause[0] == 0 or any(clause[0] <= p < clause[1] for p, _ in cues):
        return False
    if dash_label(text, figure_start) is not None:
        return False
    if _KK_OVER_A_SPAN.search(text, clause[0], clause[1]):
        return (
            False  # "– 100 мың тірі туғанға шаққанда 10,3 жағдай": a rate or a mean is measured over a span
        )
    if text.startswith(",", clause[1]):
        following = clause_span(text, clause[1] + 2, clause[1] + 3)
        if _ANY_DIGIT.search(text, following[0], following[1]):
            return (
                False  # "... айлығы 28, 26 және 25 пайызға артады": a list member, the list's verb is its own
            )
    last = len(text[: clause[0]].rstrip(_KK_CLAUSE_MARK_END)) - 1
    if last <= 0:
        return False
    before = clause_span(text, last, last)
    predicate = read_predicate(text, before[0], before[1])
    return predicate is not None and predicate.stative and not predicate.planning


_NO_BRACKET_MARKS = re.compile(r",\s|;\s|\s[—–]\s|:\s")  # clause marks, brackets left inside


_KK_PART_LIST_OPENING = re.compile(r"\s*(?:Оның|Соның|Олардың)\s+ішінде\S*\s", re.I)


def _kk_part_list(text: str, start: int) -> bool:
    """True when a Kazakh sentence opens on "Оның ішінде" and every clause before the one at `start`
    is a member with no verb of its own ("Оның ішінде 18 үй (1048 пәтер), 26 үй ..."): the list goes on."""
    opening = _KK_PART_LIST_OPENING.match(text)
    if opening is None or start <= opening.end():
        return False
    position = opening.end()
    while (clause := clause_span(text, position, position + 1, _NO_BRACKET_MARKS))[1] < start:
        predicate = read_predicate(text, clause[0], clause[1])
        if predicate is not None and predicate.tense != "nominal":
            return False
        position = clause[1] + 1
    return True


def _kk_clause_run_on(text: str, figure: Figure, clause: tuple[int, int]) -> tuple[int, int]:
    """The figure's clause, run on past a bracket that opens right after it ("жалпы ауданы 119,3 мың
    шаршы метр (1328 пәтер) 23 үй салынып жатыр": the verb after the brackets is the size's too), or
    past a comma after a converb ("12 мың шақырым жол жөндеуден өтіп, қайта жаңғыртылып жатыр": the
    converb's clause goes on to the verb it leans on)."""
    if text.startswith(",", clause[1]) and (
        _KK_CONVERB_BEFORE_COMMA.search(text, clause[0], clause[1])
        or _KK_THAT_IS_AFTER.match(text, clause[1])
    ):
        # (and past ", яғни": "109,8 мың шаршы метр, яғни 570 үй салынып жатыр", the size and the count of
        # the same works, whose verb ends the second)
        return clause[0], clause_span(text, clause[1] + 1, clause[1] + 1)[1]
    if not text.startswith("(", clause[1]):
        return clause
    return clause_span(text, figure.start, figure.end, _NO_BRACKET_MARKS)


# a converb ending a clause before its comma: "жөндеуден өтіп,", "аяқталып," (no case ending after it)
_KK_CONVERB_BEFORE_COMMA = re.compile(r"[^\W\d_]{2,}[ыі]п\s*$", re.I)
_KK_THAT_IS_AFTER = re.compile(r",\s*яғни\s+\d", re.I)  # ", яғни 570 үй": the same told again, counted


def _kk_gapped_verb(text: str, clause: tuple[int, int]) -> ClausePredicate | None:
    """The verb of the next clause for a Kazakh list member with none of its own: a verbless clause
    set off by a comma before a clause that has a figure of its own and ends on a verb ("28 нысанның,
    4 үйдің құрылысы жүргізілуде"). Not the first half of a pair ("400 центнер болса, ..."), which has
    its own verb, and not a clause whose next one has no figure ("42 пайызы, ... тиесілі, ..."): a
    predicate that is no verb."""
    if not _LIST_GOES_ON.match(text, clause[1]) or ends_conditional(text, clause[0], clause[1]):
        return None
    # ("ірі қара саны 4%-ке, қой саны 5,8%-ке, жылқы саны 8,8%-ке артып отыр", "ірі қара — 4%-ке,
    # жылқы – 8,8%-ке және құс – 22,9%-ке артып отыр": the list runs on over several verbless members,
    # and the names that label them, to the one that ends on the verb they all share)
    for _ in range(_GAPPED_LIST_REACH):
        mark = _LIST_GOES_ON.match(text, clause[1])
        if mark is None:
            return None
        following = clause_span(text, mark.end(), mark.end() + 1)
        if following[1] <= clause[1]:
            return None
        if not _ANY_DIGIT.search(text, following[0], following[1]):
            if not _DASH_AFTER.match(text, following[1]):
                return None  # (a clause with no figure that labels none: the list is over)
            clause = following
            continue
        predicate = read_predicate(text, following[0], following[1])
        if predicate is not None and predicate.tense != "nominal":
            return predicate
        clause = following
    return None


_LIST_GOES_ON = re.compile(r",\s|\s[—–-]\s")  # a list's members and labels are set off by commas and dashes
_DASH_AFTER = re.compile(r"\s[—–-]\s")


_GAPPED_LIST_REACH = 8  # verbless members a list may run on before the verb they share


# past verbs of money set aside, a budget approved, a sum or a plan set: what they tell is still ahead
# (FORMAT.md: money allocated for the year under way is plan), whatever the past says
_KK_SET_ASIDE_PAST = re.compile(
    r"(?:бөлін|қарастырыл|бекітіл|белгілен|бағыттал|жоспарлан|көздел|межелен|қаралд|аударыл|шешіл)\w*$", re.I
)


def kk_clause_told_done(text: str, clause: tuple[int, int], figure_end: int) -> bool:
    """'соңғы уақытта ... 3 000-ға жуық бала қабылданды', 'жалақысы 30%-ға, ... 20%-ға өсті': a clause
    (or a list member whose verb ends the list) ending on a simple past tells what happened (FORMAT.md,
    actual), not a plan, whatever deadline ahead its period was read with; money set aside, a budget
    approved or a plan told in the past are not such deeds, nor is the past of a verbal noun's holder
    ("22 мектеп салу туралы ұсыныс қолдау тапты": the proposal's, not the building's) (+k21kk)."""
    predicate = read_predicate(text, clause[0], clause[1])
    if predicate is None or predicate.tense == "nominal":
        predicate = _kk_gapped_verb(text, clause)
    return (
        predicate is not None and predicate.tense == "past" and not predicate.planning
        and not _KK_SET_ASIDE_PAST.search(predicate.word)
        and (predicate.start < figure_end or _KK_VERBAL_NOUN_BETWEEN.search(text, figure_end, predicate.start) is None)
        # (nor what "became known" will be: "3 жаңа аурухана салынатыны белгілі болды", a told future)
        and (predicate.start < figure_end or _KK_FUTURE_TOLD_BETWEEN.search(text, figure_end, predicate.start) is None)
    )  # fmt: skip


_KK_FUTURE_TOLD_BETWEEN = re.compile(r"(?<!\w)[^\W\d_]{2,}(?:атын|етін|йтын|йтін)\w*", re.I)
# a verbal noun, in any case: "салу", "салуды", "салуға", "арттыру туралы" (as kk_clause_reading reads it)
_KK_VERBAL_NOUN_BETWEEN = re.compile(r"(?<!\w)[^\W\d_]{3,}[уү](?:ды|ді|ға|ге|ы|і|ын|ін|да|де)?(?!\w)", re.I)


def _kk_told_in_past(text: str, clause: tuple[int, int]) -> bool:
    """A clause ending on a Kazakh simple past ("салынды", "берілді", "ашты"; not the aorist
    "салынады", "жасайды", a future)."""
    predicate = read_predicate(text, clause[0], clause[1])
    return predicate is not None and predicate.tense == "past"
