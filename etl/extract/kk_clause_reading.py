"""What a Kazakh clause or sentence tells of its figures: done in the report's span or within the clause,
going on, a stock now, money allocated but not yet spent, a school year at hand, a part of a plan,
or only recalled or reported from before."""

from __future__ import annotations

import re
from datetime import date, timedelta

from etl.extract.cyrillic_numbers import CyrillicSentence, Figure
from etl.extract.cyrillic_report_span import _barely_begun
from etl.extract.cyrillic_shared_cues import _KK_ALLOCATED, _KK_SPENT
from etl.extract.indicator_record import Indicator
from etl.extract.kk_predicate import ClausePredicate, read_predicate
from etl.extract.periods import Period
from etl.extract.records import replace
from etl.extract.sentences import LIST_ITEM


def _kk_ends_in_past(text: str) -> bool:
    """A Kazakh sentence whose last predicate is a passive simple past ("өндірілді", "салынды"): a deed
    done to things (not a level reached, "мал басы 150 мыңнан асты", which a "now" scene still dates)."""
    predicate = read_predicate(text, 0, len(text))
    return predicate is not None and predicate.tense == "past" and predicate.passive


# the past copula closing a Kazakh sentence: "болған еді", "құлдырап кеткен еді", "290 мың теңге еді"
_KK_RECALLED_END = re.compile(r"(?<!\w)еді[\s.,;!?»\"')]*$", re.I)
_KK_LAST_YEAR_WORD = re.compile(r"(?<!\w)(?:өткен\s+жыл|былтыр|алдыңғы\s+жыл)", re.I)


def _kk_recalled_before(text: str, stated: list[Period], scope: Period | None) -> bool:
    """A Kazakh sentence closed by the past copula "еді" that names last year ("Өткен жылдың үшінші
    тоқсанында ... болған еді", "Былтыр қарашада ... кеткен еді"), all its periods ending before the
    span the article reports on: a level recalled for comparison, which sets no scene for what
    follows (a dated source, "2025 жылғы сәуірдегі мәліметінше, ол кезде ... қосылған еді", does)."""
    if scope is None or scope.period_start is None or not _KK_RECALLED_END.search(text):
        return False
    first = scope.period_start
    return all(
        p.period_end is not None and p.period_end < first and _KK_LAST_YEAR_WORD.match(text, p.start)
        for p in stated
    )


def _kk_done_in_report_span(
    text: str, found: list[Indicator], scope: Period | None, report_span: Period | None, published: date
) -> list[Indicator]:
    """A level told reached in the simple past ("құрады", "жетті") in early January cannot be of the
    year just begun: in "2016 жылы ... . 2017 жылы зауыттың құрылысы жүріп жатыр. Ауыл
    шаруашылығының жалпы көлемі 399,9 млрд теңгені құрады" (told on 10 January 2017), carried over
    from the sentence naming 2017, it is the total of the year before, which the report is about
    (a deed, "құжаттама дайындалды", may be of the days since New Year and keeps its reading)."""
    if (
        scope is None
        or report_span is None
        or not _barely_begun(scope, published)
        or not _whole_year(scope, published.year)
        or not _whole_year(report_span, published.year - 1)
    ):
        return found
    predicate = read_predicate(text, 0, len(text))
    if predicate is None or predicate.tense != "past" or not predicate.copular:
        return found
    return [
        replace(i, period_start=report_span.period_start, period_end=report_span.period_end)
        if i.kind == "actual" and (i.period_start, i.period_end) == (scope.period_start, scope.period_end)
        else i
        for i in found
    ]


def _whole_year(period: Period, year: int) -> bool:
    return (period.period_start, period.period_end) == (date(year, 1, 1), date(year, 12, 31))


# what a building is meant for, a capacity that stands: "4 мың оқушыға есептелген", "300 орынға арналған"
_KK_MEANT_FOR = frozenset(("есептелген", "арналған"))
# an event of a past day, not a stock counted on it ("1 қазандағы жағдай бойынша ...": that day's state)
_KK_STOCK_DAY = re.compile(r"(?<!\w)(?:жағдай\s+бойынша|мәлімет\w*\s+бойынша|дере[кг]\w*\s+бойынша)", re.I)


def kk_state_after_event_day(
    text: str, sentences: list[CyrillicSentence], day_set_at: int, day: Period | None, published: date
) -> bool:
    """'Астанада 1 қыркүйекте 15 жаңа мектеп ашылды. ...\n Білім ордасы 4 мың оқушыға есептелген': a
    state told in a later paragraph with no date of its own (the aorist, "бар", "жұмыс істейді", or what
    a building is meant for) is how things stand at publication, not on the day of the event the
    article opened with (FORMAT.md: a present-tense state with no date of its own; +fs40kk). A stock
    counted on that day ("1 қыркүйектегі жағдай бойынша ...") still dates the states after it."""
    if (
        day is None
        or day.period_start is None
        or day.period_start != day.period_end
        or day.period_start >= published
    ):
        return False
    day_sentence = next((s.text for s in sentences if s.start == day_set_at), "")
    if _KK_STOCK_DAY.search(day_sentence) is not None:
        return False
    day_predicate = read_predicate(day_sentence, 0, len(day_sentence))
    if day_predicate is None or day_predicate.tense != "past":
        return False  # (the day's own sentence tells a deed done that day)
    predicate = read_predicate(text, 0, len(text))
    if predicate is None:
        return False
    return (
        predicate.stative
        # (not the passive aorist of a deed still to come: "... емхана ашылады")
        or (predicate.tense == "aorist" and not predicate.planning and not predicate.passive)
        or predicate.word.lower() in _KK_MEANT_FOR
        or _kk_level_now(text, predicate)
    )


_KK_MONEY_WORD = re.compile(r"(?<!\w)(?:теңге|доллар|еуро|рубль)\w*", re.I)


def kk_state_under_plan_ahead(text: str) -> bool:
    """'Қалған 67 нысанның құрылысы 2025 жылға ауысады. ...\n Денсаулық сақтау саласында 94 нысан салынуда.
    ... Өңірде 8 әкімшілік ғимарат бой көтеруде': what is under construction now, or what there is
    ("бар"), told in a later paragraph than a plan's year wholly ahead, is how things stand at
    publication, not the plan's time (FORMAT.md: a present-tense state with no date of its own; things
    under construction are counted as a present state). The Kazakh reading of the Russian +fs39ru. Not
    the aorist, which tells the time ahead as well ("Келесі жылы ... мектеп салынады. ...\n Мектепте 600
    бала білім алады" is the plan's school, tests/test_kk_p7_classes.py), nor money set aside for the plan
    ("... 44,5 млрд доллар бағытталып отыр")."""
    predicate = read_predicate(text, 0, len(text))
    if predicate is None or predicate.planning or _KK_MONEY_WORD.search(text):
        return False
    return predicate.tense in ("progressive", "existential")


def kk_capacity_after_opening(
    text: str, sentences: list[CyrillicSentence], day_set_at: int, scope: Period | None, published: date
) -> bool:
    """'Желтоқсанда ... жаңа мектеп есігін ашты. Ғимарат екі ауысымда 4 мың оқушыға есептелген': what a
    building opened on a past day or in a month is meant for, told right after, is how it stands at
    publication, not the time of the opening (FORMAT.md: a present state with no date of its own; +fs41kk)."""
    if (
        scope is None
        or scope.period_start is None
        or scope.period_end is None
        or scope.period_start >= published
        or (scope.period_end - scope.period_start).days > 31
    ):
        return False
    predicate = read_predicate(text, 0, len(text))
    if predicate is None or predicate.word.lower() not in _KK_MEANT_FOR or _KK_MONEY_WORD.search(text):
        return False  # (money "арналған" is set aside for a purpose: a plan of its own time)
    day_sentence = next((s.text for s in sentences if s.start == day_set_at), "")
    day_predicate = read_predicate(day_sentence, 0, len(day_sentence))
    return day_predicate is not None and day_predicate.tense == "past"


# what a thing sells at, a habit, not a deed ahead: "майдың литрі 750 теңгеден сатылады"
_KK_SOLD_AT = re.compile(r"(?<!\w)(?:сатылады|саудаланады|сатылып\s+жүр)", re.I)
# "бағасы 90 теңге деп көрсетілген": a level written up somewhere, as it stands
_KK_WRITTEN_AS = re.compile(r"(?<!\w)деп\s+(?:көрсетілген|жазылған|белгіленген)(?!\w)", re.I)
# the new level of a change, "... 260 теңгеге дейін шарықтады", "380 теңгеге дейін түсті": a level reached
_KK_LEVEL_REACHED = re.compile(
    r"\d[\d\s,]*\s*(?:[^\W\d]+\s+)?[^\W\d]*(?:ға|ге|қа|ке|а|е)\s+дейін(?!\w)", re.I
)


def _kk_level_now(text: str, predicate: ClausePredicate) -> bool:
    """A level told with no date of its own in a later paragraph than a past event day: a price or level
    told with no verb ("Күріштің келісі 600 теңге"), what a thing sells at ("... 750 теңгеден сатылады"), a
    level written up ("... 90 теңге деп көрсетілген"), or the new level a change reached in the simple past
    ("қант 500 теңгеден 380 теңгеге дейін түсті"): how things stand at publication (+fs41kk). A deed done
    ("... 300 адам жұмысқа алынды") is no level and keeps the day."""
    if predicate.tense == "nominal":
        # (not a list's member, "– күріш – килограмына 376 теңге;", which goes on with its lead's day)
        return LIST_ITEM.match(text) is None
    if _KK_SOLD_AT.search(text) or _KK_WRITTEN_AS.search(text):
        return True
    return predicate.tense == "past" and not predicate.passive and _KK_LEVEL_REACHED.search(text) is not None


def _kk_stock_now(text: str, found: list[Indicator], published: date) -> bool:
    """A Kazakh sentence that tells what there is now: its figures all actual and dated today, and its
    last clause ending on "бар" or a state ("Қазір шаруашылықтарда 4 млн жылқы бар")."""
    if not found or any(
        i.kind != "actual" or i.period_start != published or i.period_end != published for i in found
    ):
        return False
    predicate = read_predicate(text, 0, len(text))
    return predicate is not None and predicate.stative


def _kk_allocated_unspent(text: str, clause: tuple[int, int], period: Period | None, published: date) -> bool:
    """Kazakh money allocated ("бөлінген", "қарастырылған", not the simple past "бөлінді") for work
    due by a deadline not reached at publication, with no word that it was spent ("игерілді",
    "жұмсалды"): planned spending."""
    if (
        period is None
        or period.period_end is None
        or period.period_end <= published
        or not (period.is_deadline or period.period_start is None)  # (a deadline carried has no start)
    ):
        return False  # (money given in a year under way, "биыл ... бөлінді", is an outcome told)
    predicate = read_predicate(text, clause[0], clause[1])
    if predicate is None or predicate.tense == "past":
        return False  # "... 15 млрд теңге бөлінді": handed over, told as done
    return bool(_KK_ALLOCATED.search(text, clause[0], clause[1])) and not _KK_SPENT.search(
        text, clause[0], clause[1]
    )


def _kk_told_done(text: str, clause: tuple[int, int], figure_end: int) -> bool:
    """A Kazakh clause ending on a past or a perfect ("көбейді", "көбейген") that governs the figure:
    what has happened. A verbal noun between them ("22 мектеп салу туралы ұсыныс қолдау тапты") governs
    the figure itself, and the past is the proposal's, not the building's."""
    predicate = read_predicate(text, clause[0], clause[1])
    if predicate is None or predicate.tense not in ("past", "perfect") or predicate.passive:
        return False
    return _KK_VERBAL_NOUN.search(text, figure_end, predicate.start) is None


# a verbal noun, in any case: "салу", "салуды", "салуға", "жеткізуді", "арттыру туралы"
_KK_VERBAL_NOUN = re.compile(r"(?<!\w)[^\W\d_]{3,}[уү](?:ды|ді|ға|ге|ы|і|ын|ін|да|де|ға)?(?!\w)", re.I)


def _kk_school_year_at_hand(period: Period, published: date) -> bool:
    """A school year (1 September to 31 May) that opens within a month of publication."""
    first, last = period.period_start, period.period_end
    return (
        first is not None and last is not None and (first.month, first.day) == (9, 1)
        and (last.year, last.month, last.day) == (first.year + 1, 5, 31)
        and published < first <= published + timedelta(days=31)
    )  # fmt: skip


def kk_school_year_open(period: Period | None, published: date) -> bool:
    """A school year (1 September to 31 May) already open at publication or opening within a month of it
    (+k21kk)."""
    if period is None:
        return False
    first, last = period.period_start, period.period_end
    return (
        first is not None and last is not None and (first.month, first.day) == (9, 1)
        and (last.year, last.month, last.day) == (first.year + 1, 5, 31)
        and first - timedelta(days=31) <= published <= last
    )  # fmt: skip


def _kk_done_in_clause(text: str, clause: tuple[int, int]) -> bool:
    """A Kazakh clause ending on a simple past or a perfect, active or passive ("қабылданды",
    "тіркелген", "жетті"); a clause with no verb of its own (a bracket, "облысында (44 мың), ...
    тіркелген"; a dash after the verb, "... көрсеткішке жетті – 219 мың бала") takes the sentence's
    last verb, else the one before it."""
    for span in ((clause[0], clause[1]), (0, len(text)), (0, clause[0])):
        predicate = read_predicate(text, *span)
        if predicate is not None and predicate.tense != "nominal":
            return predicate.tense in ("past", "perfect")
    return False


def _kk_going_on(text: str, clause: tuple[int, int]) -> bool:
    """A Kazakh clause ending on an action going on now ("қабылданып отыр", "жүріп жатыр")."""
    predicate = read_predicate(text, clause[0], clause[1])
    return predicate is not None and predicate.tense == "progressive" and predicate.word in ("отыр", "жатыр")


def kk_under_way(text: str, clause: tuple[int, int]) -> bool:
    """A Kazakh clause ending on work under way, in any form of the progressive ("жүзеге асырылуда",
    "салынып жатыр")."""
    predicate = read_predicate(text, clause[0], clause[1])
    return predicate is not None and predicate.tense == "progressive"


def _kk_listed_after_now(
    text: str, before: Figure, clause: tuple[int, int], previous: Indicator, published: date
) -> bool:
    """A Kazakh figure that goes on a list whose figure before was dated today by a present word
    ("қазір ... 26 қалалық, 10 саяжай және 7 ... тасымалданады"): no verb between the two, so
    one clause-final verb and one "қазір" for the list."""
    if previous.period_start != published or previous.period_end != published:
        return False
    predicate = read_predicate(text, before.end, clause[0])
    return predicate is None or predicate.tense == "nominal" and not predicate.stative


def _kk_goes_on_after_now(
    text: str, figure: Figure, clause: tuple[int, int], previous: Indicator, published: date
) -> bool:
    """A Kazakh clause going on now (a progressive, "... дамытып жүр") right after a clause whose figure
    "қазір" dated today ("Қазір жобаға 135 балабақша қатысып отыр, олардағы 7 мыңнан астам бала ...
    дамытып жүр"): the sentence's one "қазір" dates both, not a span carried from before (+fs38kk)."""
    if previous.period_start != published or previous.period_end != published:
        return False
    predicate = read_predicate(text, figure.end, clause[1])
    return predicate is not None and predicate.tense == "progressive" and not predicate.planning


# a participle "-атын/-етін" in the accusative before a verb of saying: "тиетінін атап өтті"
_KK_REPORTED_THAT = re.compile(
    r"[^\W\d_]{2,}(?:атын|етін|йтын|йтін)(?:ын|ін)\s+(?:айтты|хабарлады|мәлімдеді|атап\s+өтті|жеткізді|"
    r"айтқан|хабарлаған|атап\s+өткен)(?!\w)",
    re.I,
)


def _kk_reported_that(text: str, clause: tuple[int, int]) -> bool:
    """A Kazakh clause that reports what someone said goes on ("... тиетінін атап өтті"), with no
    word of planning of its own ("жоспар", "көзде", "мақсат")."""
    return bool(_KK_REPORTED_THAT.search(text, clause[0], clause[1])) and not _KK_PLAN_WORD.search(
        text, clause[0], clause[1]
    )


_KK_PLAN_WORD = re.compile(r"(?<!\w)(?:жоспар|көзде|мақсат|меже|салын|құрылыс)\w*", re.I)


# "олардың 47-сі", "соның 33 мың тоннасы", "оның 12-сі": a part of what was just named
# (not its size or worth, "Оның мөлшері 3 АЕК-тен ...", "олардың жалпы құны ...": the whole's measure)
def _kk_part_of_a_plan(text: str, end: int) -> bool:
    """A part named before `end` ("Оның ішінде 4 жатақханасы"), not of a deed told done right before it
    in the same sentence ("351 мың бала қабылданды және оның 70 пайызы ... ниет білдірді")."""
    part = _KK_PART_OF.search(text, 0, end)
    return part is not None and _KK_DONE_THEN_PART.search(text, 0, part.start()) is None


# a simple past deed, then "және" or a comma, right before the part: the whole is a deed done
_KK_DONE_THEN_PART = re.compile(r"[^\W\d]{3,}(?:ды|ді|ты|ті)\s*(?:,|\s+және)\s+$", re.I)
_KK_PART_OF = re.compile(
    r"(?<!\w)(?:оның|олардың|соның|солардың)\s+"
    r"(?!(?:жалпы\s+)?(?:мөлшері|құны|сомасы|көлемі|ауданы|ұзындығы|қуаты|бағасы)(?!\w))(?:[^\W\d]+\s+){0,2}?\d",
    re.I,
)
