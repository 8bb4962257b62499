"""Whether a Russian or Kazakh sentence takes the scope carried from the sentences before it: a
paragraph break, a look back, a flow that goes on, a present tense, a deadline gone by or still
ahead, the years of a document named before, a short event that frames nothing after it."""

from __future__ import annotations

import re
from datetime import date, timedelta

from etl.extract.cyrillic_kinds import clause_span, find_cues
from etl.extract.cyrillic_numbers import CyrillicSentence, Figure, Reader
from etl.extract.cyrillic_report_span import _closes, _is_day, _is_span
from etl.extract.cyrillic_shared_cues import (
    _FLOW_DONE,
    _KK_PAYMENT_SIZES,
    _PAST_CUE,
    _RU_SPAN_FLOW,
    _SET_ASIDE,
    _STATUS_DAY_REACH,
)
from etl.extract.indicator_record import Indicator
from etl.extract.kk_predicate import read_predicate
from etl.extract.periods import Period
from etl.extract.records import replace
from etl.extract.ru_documents import document_taken_up
from etl.extract.ru_tense import clause_tenses

# the adverb alone ("биылғы мол өнім", this year's harvest, names the year's own figures)
_KK_BARE_THIS_YEAR = re.compile(r"биыл", re.I)


def _kk_bare_this_year_within(text: str, stated: list[Period], scope: Period | None) -> bool:
    """Whether a sentence names only this year by the bare adverb ("биыл") while the scope is a report
    of whole months within that year, over and no whole year (not a day, nor a span to a day). Not
    "Биыл төлем мөлшері ... белгіленген": the sizes of a payment are set for the year (+fs33kk)."""
    if _KK_PAYMENT_SIZES.search(text):
        return False
    if scope is None or scope.period_start is None or scope.period_end is None or scope.is_deadline:
        return False
    whole = (scope.period_start.month, scope.period_start.day, scope.period_end.month, scope.period_end.day)
    return (
        scope.period_start.year == scope.period_end.year
        and whole != (1, 1, 12, 31)
        and scope.period_start.day == 1
        and (scope.period_end + timedelta(days=1)).day == 1
        and all(
            _KK_BARE_THIS_YEAR.fullmatch(text, p.start, p.end) is not None
            and p.period_start == date(scope.period_start.year, 1, 1)
            and p.period_end == date(scope.period_start.year, 12, 31)
            for p in stated
        )
    )


def _kk_deadline_reached(stated: list[Period], reached: dict[date, date], published: date) -> list[Period]:
    """A deadline gone by that the sentence's actual figure was read as done within frames what is told
    after it as the figure's own span: '2023 жылдың соңына қарай ... 4303 нысан тіркелген. Ең көп
    орындар ... шоғырланған' (that year's last day), 'Биыл 1 тамызға дейін 45 шақырым жол жөнделді.
    Жөндеуге 6,4 млрд теңге жұмсалды' (from 1 January to that day). A year-end just over (within a
    month, as a status day would be) stays as it was read: what is told after it holds now ("...
    584 мыңға жетті.\n Мұнда 110 мың адам айналысады", told on 20 January)."""
    moved = []
    for p in stated:
        start = reached.get(p.period_end) if p.is_deadline and p.period_end is not None else None
        if (
            start is not None
            and p.period_end is not None
            and p.period_end < published
            and (start < p.period_end or (published - p.period_end).days > _STATUS_DAY_REACH)
        ):
            # (a day's deadline sets no scene as the end of a term; read as a span done, it does)
            p = replace(p, period_start=start, is_deadline=False, sets_scene=True)
        moved.append(p)
    return moved


def _narrows_running_span(scope: Period | None, report_span: Period | None, published: date) -> bool:
    """A span from the same first day as the report's count up to publication that ends before it."""
    return (
        scope is not None and report_span is not None and scope is not report_span
        and report_span.period_end == published and report_span.period_start is not None
        and scope.period_start == report_span.period_start
        and scope.period_end is not None and scope.period_end < published
    )  # fmt: skip


def _ru_done_back_in_report(
    sentence: CyrillicSentence, found: list[Indicator], scope: Period, report_span: Period
) -> list[Indicator]:
    """'За девять месяцев 2025 года построили 1,2 млн кв. м. ... \n В 2023 году ввели 0,9 млн. \n
    Отремонтировано 140 км дорог': after a look back to a span that ended before the one the
    article reports on, a figure told only by a short participle (what stands done, the Russian
    perfect) in a later paragraph than the look back is the report's span again, as English reads
    a present perfect after a look back (figure_period._looked_back). In the look back's own paragraph
    ("В 2018 году построено 10 школ. Отремонтировано 5 больниц") it goes on with that year."""
    span = (scope.period_start, scope.period_end)
    moved = []
    for i in found:
        if i.kind == "actual" and (i.period_start, i.period_end) == span:
            clause = clause_span(sentence.text, i.start_char - sentence.start, i.end_char - sentence.start)
            tenses = {t for _, t in clause_tenses(sentence.text, clause[0], clause[1])}
            if tenses == {"done"}:
                i = replace(i, period_start=report_span.period_start, period_end=report_span.period_end)
        moved.append(i)
    return moved


def _ru_done_under_deadline_ahead(
    sentence: CyrillicSentence, found: list[Indicator], scope: Period, report_span: Period, published: date
) -> list[Indicator]:
    """'Итоги за 9 месяцев текущего года. До конца года планируется завершить еще 5 проектов. Валовая
    продукция составила 153,8 млрд тенге': a deadline still ahead, carried from a plan's sentence, is
    that plan's; a deed told in the past after it goes on with the report's span already over (from
    1 January of the year of publication), not the publication day. A deed told as the plan's fruit
    ("Благодаря этому создано 18 тысяч рабочих мест") is the done part of this year's plan, from
    1 January to publication (FORMAT.md). A present state ("составляет") and a plan keep their readings."""
    if not (
        scope.is_deadline and scope.period_end is not None and scope.period_end > published
        and report_span.period_start == date(published.year, 1, 1)
        and report_span.period_end is not None and report_span.period_end < published
        and not report_span.is_deadline
    ):  # fmt: skip
        return found
    moved = []
    for i in found:
        if i.kind == "actual" and i.period_start == i.period_end == published:
            clause = clause_span(sentence.text, i.start_char - sentence.start, i.end_char - sentence.start)
            tenses = {t for _, t in clause_tenses(sentence.text, clause[0], clause[1])}
            if tenses and tenses <= {"past", "done"}:
                end = published if _RU_PLANS_FRUIT.match(sentence.text) else report_span.period_end
                i = replace(i, period_start=report_span.period_start, period_end=end)
        moved.append(i)
    return moved


def _ru_deed_after_plan_ahead(
    text: str, scope: Period, scope_bare: bool, published: date, scope_text: str
) -> bool:
    """'В ноябре месяце планируется приобрести автомобиль. Для 4 школ приобретены 50 компьютеров': a
    period wholly ahead, named by a sentence with no figure, dates that plan only; a deed told done
    after it (a past or short participle, nothing ahead) is no part of it and stands as told, at the
    report. (Only after a plan told as such: "по проекту бюджета на 2026-2028 годы. ... запущена программа
    на 8 трлн" is a document's years, whose money keeps them.)"""
    if not (
        scope_bare and not scope.is_deadline and scope.period_start is not None
        and scope.period_end is not None  # (not a change from a day ahead, "С 1 января ... подорожает")
        and scope.period_start > published and _RU_AHEAD_WORDS.search(scope_text) is not None
    ):  # fmt: skip
        return False
    if _RU_AHEAD_WORDS.search(text) or _SET_ASIDE.search(text) or _RU_POINTS_BACK.search(text):
        return False  # ("На это выделено 900 млн": money set aside for the plan is the plan's)
    tenses = {t for _, t in clause_tenses(text, 0, len(text))}
    return bool(tenses) and tenses <= {"past", "done"}


def _kk_deed_after_plan_for_year(text: str, scope: Period, published: date) -> bool:
    """'Бүгінге дейін 22,7 млн тонна астық құйылды. Биыл 16 млн гектар жинау жоспарланған. ...\n Шаруалар
    1,7 млн тонна майлы дақыл жинап алды': a year under way named by a plan, carried into a later paragraph
    of a report told as of today, frames no deed told done there; the deed is a tally so far, at the
    report (FORMAT.md: a running total told to date) (+fs33kk)."""
    if scope.is_deadline or scope.period_start is None or scope.period_end is None:
        return False
    if not scope.period_start <= published < scope.period_end:
        return False
    predicate = read_predicate(text, 0, len(text))
    # (a deed done, "жинап алды", "жиналды"; or a state it leaves, "... жетті, өнімділігі 306,7 центнерді
    # құрап отыр"; not what is to come, nor money set aside for the plan)
    told_done = predicate is not None and (predicate.tense in ("past", "perfect") or predicate.stative)
    return told_done and not _SET_ASIDE.search(text)


def _ru_deed_after_outlook_for_year(
    reader: Reader, text: str, scope: Period, report_span: Period | None, published: date, goal: bool = False
) -> bool:
    """'По итогам прошлого года ... . В текущем году ожидается ввод еще 28 проектов. ...\n Отдельно
    доложили: субъекты МСБ произвели продукции на 864,9 млрд тенге': a plan or outlook for the year
    under way, carried into a later paragraph, frames no deed told done there; the deed is the
    report's, the year already over that the article opened on (+fs35ru), or, after a `goal` for the
    year under way, the months of that year already over that it opened on (+fs30ru)."""
    if (
        report_span is None or report_span.period_end is None or report_span.period_start is None
        or scope.is_deadline or scope.period_start is None or scope.period_end is None
        or not scope.period_start <= published < scope.period_end
        or not (
            report_span.period_end < min(published, scope.period_start)
            # or, after a goal for the year, the months of that very year already over ("С января по ноябрь
            # ... введено ... . Целевой показатель на текущий год ... .\n Объем работ увеличился на 14,7%":
            # FORMAT.md's bare "this year" in a report on a span from 1 January is that span; not a plan
            # "к концу года ... планируется увеличить", after which a year's budget stays the year's; +fs30ru)
            or goal and scope.period_start.year == scope.period_end.year
            and report_span.period_start == scope.period_start
            and report_span.period_end < min(published, scope.period_end)
        )
    ):  # fmt: skip
        return False
    if _RU_AHEAD_WORDS.search(text) or _SET_ASIDE.search(text):
        return False
    if any(kind not in ("actual", "state") for _, kind in find_cues(reader, text)):
        return False
    tenses = {t for _, t in clause_tenses(text, 0, len(text))}
    return bool(tenses) and tenses <= {"past", "done"}


# a word pointing back at what was just told: "на это", "эти цели", "данный объект", "его"
_RU_POINTS_BACK = re.compile(
    r"(?<!\w)(?:эт(?:о|и|от|а|ого|ой|их|им|ом|у)|данн\w+|него|неё|нее|них)(?!\w)", re.I
)
# words that put a deed ahead even beside a past form ("будут приобретены", "планируется")
_RU_AHEAD_WORDS = re.compile(
    r"(?<!\w)(?:будет|будут|планиру\w+|запланирован\w*|предстоит|намечен\w*)(?!\w)", re.I
)


# "Благодаря этому ...", "В результате ...": a sentence telling what the plan before it brought
_RU_PLANS_FRUIT = re.compile(
    r"\s*(?:Благодаря\s+(?:этому|им|ним|чему)|В\s+результате(?:\s+этого)?)(?!\w)", re.I
)


def _ru_document_years(
    text: str, found: list[Indicator], carried: Period, documents: dict[str, tuple[date, date]]
) -> list[Indicator]:
    """'... комплексный план на 2024–2028 годы. В 2025 году вложили 90 млрд. \n План предусматривает
    строительство 42 водохранилищ': a sentence with no period of its own that opens with a document
    named before with its years, as the subject laying out its content, gives its figures those
    years, not the span carried from the sentence before (ru_documents.py; English: carried_spans)."""
    span = document_taken_up(text, documents)
    if span is None:
        return found
    carried_span = (carried.period_start, carried.period_end)
    return [
        replace(i, period_start=span[0], period_end=span[1])
        if (i.period_start, i.period_end) == carried_span
        else i
        for i in found
    ]


def _later_paragraph(body: str, set_at: int, start: int) -> bool:
    """True when the sentence at `start` stands in a later paragraph than the one whose sentence at
    `set_at` set the scope (a headline's or the body's first sentence's scope: the lead paragraph,
    which restates or opens it)."""
    return "\n" in body[set_at:start]


def _ru_flow_goes_on(language: str, text: str, day: Period | None, span: Period | None) -> bool:
    """'На 1 октября население – 20,2 млн. ... За девять месяцев родились 278 тыс. детей.\n Таким
    образом, естественный прирост – 179 тыс.': a new paragraph counting a flow goes on with the span
    the stock's day closes, not back at that day."""
    return (
        language == "ru"
        and _is_day(day) and _is_span(span) and _closes(day, span)
        and bool(_RU_SPAN_FLOW.search(text) or _FLOW_DONE.search(text))
    )  # fmt: skip


# "40% от всех перевезенных с начала года": the period after "от всех ..." is the whole the share
# is taken of, not the share's own span
_RU_SHARE_BASE = re.compile(r"%\s+от\s+(?:всех|всего|общего|общей|общих)\s+(?:[^\W\d]+\s+){0,3}$", re.I)


# "К сентябрю прошлого года прибавка составила ...", "к уровню прошлого года": what a change is
# measured against, not the change's span (not "к концу прошлого года", a date)
_RU_BASE_TO = re.compile(
    r"(?<!\w)к\s+(?:январю|февралю|марту|апрелю|маю|июню|июлю|августу|сентябрю|октябрю|ноябрю|декабрю|"
    r"уровню|показателю|аналогичному\s+периоду)\s+$",
    re.I,
)


def _ru_share_base(language: str, text: str, period: Period) -> bool:
    """True for a Russian period that is the base of a share or a change, not the figure's span."""
    return language == "ru" and (
        bool(_RU_SHARE_BASE.search(text, max(0, period.start - 60), period.start))
        or bool(_RU_BASE_TO.search(text, max(0, period.start - 40), period.start))
    )


def _looks_back(scope: Period | None, report_span: Period | None, published: date) -> bool:
    """True when the scope ended before the span the article reports on began ("В первом полугодии
    2019 года ... . За девять месяцев 2018 года ..."): a look back, which tells nothing of the present.
    (Not before a plan's span ahead: "В 2026 году выделят ... . В 2025 году ..." is the base year.)"""
    # (not "С начала года" up to the day before "На 1 октября": the span that leads to that stock)
    return (
        scope is not None and report_span is not None and scope.period_end is not None
        and report_span.period_start is not None
        and scope.period_end + timedelta(days=1) < report_span.period_start <= published
    )  # fmt: skip


def _ru_state_past_plan_ahead(scope: Period | None, published: date) -> bool:
    """True when the scope is a span wholly ahead of publication ("в следующем году", "в 2027 году"):
    a plan's time, which tells nothing of how things stand now. (Not a start with no end, "С 1
    января 2016 года тарифы растут ...": what "поднимает" tells in the present is what starts then.)"""
    return (
        scope is not None and scope.period_start is not None and scope.period_end is not None
        and not scope.is_deadline and scope.period_start > published
    )  # fmt: skip


def _ru_event_day_ahead(scope: Period | None, published: date) -> bool:
    """True when the scope is one day after publication ("начнется 2 сентября" told on 1 September):
    the date of an event to come, which tells nothing of how things stand now."""
    return (
        scope is not None and scope.period_start is not None and scope.period_start == scope.period_end
        and not scope.is_deadline and scope.period_start > published
    )  # fmt: skip


def _ru_stock_day_before(scope: Period | None, published: date) -> bool:
    """True when the scope is one day before publication ("По состоянию на 23 июля ..." told on 24
    July): the day a stock was counted at, which dates that stock, not every state told after it."""
    return (
        scope is not None and scope.period_start is not None and scope.period_start == scope.period_end
        and not scope.is_deadline and scope.period_start < published
    )  # fmt: skip


def _paragraph_opened_on_the_present(body: str, start: int, found: list[Indicator], published: date) -> bool:
    """True when the sentence at `start` follows, in its own paragraph, sentences that hold no figure
    or only figures of publication day ("Ход работ на брифинге представил заместитель ... . Теплом
    область обеспечивают 3 ТЭЦ. Протяженность сетей составляет 1 017 км"): the paragraph opened on
    something new, not on the tally before it."""
    paragraph = body.rfind("\n", 0, start) + 1
    return bool(body[paragraph:start].strip()) and all(
        i.period_start == i.period_end == published for i in found if paragraph <= i.start_char < start
    )


_RU_SINCE_YEAR_START = re.compile(r"с\s+начала\s+(?:этого\s+|текущего\s+)?года(?!\w)", re.I)


def ru_year_so_far_past_stock_day(
    text: str, periods: list[Period], scope: Period | None, stock_left: bool, published: date
) -> list[Period]:
    """'По состоянию на 23 июля ТЭЦ готовы на 47%. \n «...», – пояснил он. С начала года отремонтировано
    199 км': once a later paragraph has opened on something new, "с начала года" runs to publication
    (FORMAT.md), not up to the stock's day named in an earlier paragraph (`stock_left`)."""
    if not stock_left or scope is None or not _ru_stock_day_before(scope, published):
        return periods
    stock_day = scope.period_start
    return [
        replace(p, period_end=published)
        if p.period_start == date(published.year, 1, 1)
        and p.period_end is not None and stock_day is not None and p.period_end <= stock_day
        and _RU_SINCE_YEAR_START.match(text, p.start) is not None
        else p
        for p in periods
    ]  # fmt: skip


# a short passive participle, what stands done ("засыпано", "убраны", "обмолочено")
_SHORT_PARTICIPLE = re.compile(r"(?<!\w)[^\W\d_]{3,}(?:ано|ено|ёно|ято|ыто|аны|ены|ёны|яты|ыты)(?!\w)", re.I)
# any third person of the present ("стоят", "ждет"; a perfective future reads alike, and its
# plan or outlook cue is what rules it out)
_ANY_PRESENT = re.compile(r"(?<!\w)[^\W\d_]{2,}(?:ит|ят|ет|ут|ют|ится|ятся|ется|ются)(?!\w)", re.I)


def _tells_present(
    reader: Reader, text: str, stated: list[Period], figures: list[Figure], so_far: bool = False
) -> bool:
    """A Russian sentence told in the present ("выезжают", "приходится", "принадлежит"; with `so_far`
    also a state reached, "засыпано 15,5 млн тонн") with no past, plan or outlook and no period of
    its own before its last figure's clause ends."""
    if not figures or not (
        reader.present.search(text)
        or (so_far and (_SHORT_PARTICIPLE.search(text) or _ANY_PRESENT.search(text)))
        # "Сейчас в 36 селах нет получателей. Больше всего таких сел в районе Байтерек – 11": a
        # verbless sentence about the things just named goes on in the present named
        or (so_far and _RU_SUCH.search(text) and not find_cues(reader, text))
    ):
        return False
    last = clause_span(text, figures[-1].start, figures[-1].end)[1]
    if any(not p.is_weak and p.start < last for p in stated):
        return False
    return all(
        kind in ("actual", "state") and not (kind == "actual" and _PAST_CUE.match(text, position))
        for position, kind in find_cues(reader, text)
    )


_RU_SUCH = re.compile(r"(?<!\w)(?:таких|такие|таким|такими|этих|эти)(?!\w)", re.I)


def _ru_state_by_past_deadline(
    reader: Reader, text: str, clause: tuple[int, int], period: Period, published: date
) -> bool:
    """'к концу 2024 года 99,4% населения имеют доступ к воде' (told in 2025): a Russian state in the
    present by a day already gone is where things stood then, not a goal to reach by it."""
    return (
        reader.language.code == "ru" and period.period_end is not None and period.period_end < published
        and reader.present.search(text, clause[0], clause[1]) is not None
    )  # fmt: skip


def _kk_has_verb(text: str) -> bool:
    """Whether a Kazakh sentence ends a clause on a verb ("Атап айтқанда қалаларда - 98%, ауылдарда –
    91,8%" has none; a name or a case ending, "... делінген хабарламада", is no verb)."""
    predicate = read_predicate(text, 0, len(text))
    return predicate is not None and predicate.tense != "nominal"


def _verbless_goes_on(
    reader: Reader, text: str, found: list[Indicator], before: Indicator, published: date
) -> list[Indicator]:
    """'В 2026 году фонд намерен потратить 2,7 трлн тенге. ... Крупнейший бюджет у Алматы – 341,3
    млрд тенге': a sentence with no cue word and no present verb goes on with the plan or forecast before it, for
    the figures under the same period that has not ended yet. A Kazakh one has no verb at all ("Биыл халықтың
    95%-ын қамту жоспарланған. Атап айтқанда қалаларда - 98%, ауылдарда – 91,8%") and no "now"."""
    if before.kind not in ("plan", "forecast") or find_cues(reader, text) or reader.present.search(text):
        return found  # ("Ставка составляет 7%": a present verb tells what is)
    if reader.language.code == "kk" and (_kk_has_verb(text) or reader.now.search(text)):
        return found  # ("Қазір қалаларда 97,5%": what is now; "... 98%-ға жетті": a verb tells its own time)
    if before.period_end is not None and before.period_end < published:
        return found
    # "— минимальная пенсия составит 104 645 тенге,\n— максимальная — 238 412 тенге.": a list member
    # with its verb left out goes on with the member before it, at that one's period (undated, or a
    # deadline), not at the day of telling
    gapped = _RU_DASHED_MEMBER.match(text) is not None and before.period_start is None
    return [
        replace(i, kind=before.kind)
        if i.kind == "actual" and (i.period_start, i.period_end) == (before.period_start, before.period_end)
        else replace(i, kind=before.kind, period_start=None, period_end=before.period_end)
        # (not the old level of a rise the member tells: "- магистрантам - с 97 024 тенге до 107 061
        # тенге" stands now, at the day of telling)
        if gapped and i.kind == "actual" and i.role != "from" and i.period_start == i.period_end == published
        else i
        for i in found
    ]


_RU_DASHED_MEMBER = re.compile(r"\s*[—–-]\s")


def _kk_done_not_ahead(text: str, found: list[Indicator], published: date) -> list[Indicator]:
    """ "2026 жылға индексациялау жоспарланбаған. Жалақы 25 пайызға өсті" (told in December 2025): a
    span still to begin, carried from before, is no period of a figure the sentence tells as done in
    the simple past; it has none of its own."""
    predicate = read_predicate(text, 0, len(text))
    if predicate is None or predicate.tense != "past":
        return found
    return [
        replace(i, period_start=None, period_end=None)
        if i.kind == "actual"
        and i.period_start is not None
        and i.period_start > published
        and not _kk_awarded_for_school_year(text, i, published)
        else i
        for i in found
    ]


# "берілді", "бөлінді", "тағайындалды": given, allotted, assigned
_KK_AWARDED = re.compile(r"(?<!\w)(?:берілді|бөлінді|тағайындалды)(?!\w)", re.I)


def _kk_awarded_for_school_year(text: str, figure: Indicator, published: date) -> bool:
    """ "Жаңа 2024-2025 оқу жылында ... грант бөлінді. Магистратураға 13 113 грант берілді" (told in
    August): what was awarded for a school year about to begin is counted in that year (+fs30kk)."""
    start, end = figure.period_start, figure.period_end
    return (
        start is not None and end is not None
        and (start.month, start.day, end.month, end.day) == (9, 1, 5, 31) and end.year == start.year + 1
        and (start - published).days <= 120
        and _KK_AWARDED.search(text) is not None
    )  # fmt: skip


# "Онда", "Мұнда": there, in the thing just named (a school to be built: who will study in it)
_KK_THERE_OPENING = re.compile(r"\s*(?:Онда|Мұнда|Ондағы|Мұндағы|Ол\s+жерде)(?!\w)", re.I)


def _far_short_span(body: str, set_at: int, start: int, scope: Period | None, text: str) -> bool:
    """A scope that a paragraph break parts from the sentence and that is a short span (a holiday, a
    free-travel week: a month at most) — an event, which frames no state told after the break ("5-7
    сәуірде ... .\n Қалада 33 автобус қатынайды"). Not a year ahead, which may frame what will exist
    then ("Келесі жылы мектеп салынады.\n Мектепте 600 бала білім алады"), nor a sentence about the
    thing just named ("Онда ...")."""
    if scope is None or scope.period_start is None or scope.period_end is None:
        return False
    if (scope.period_end - scope.period_start).days > 31 or _KK_THERE_OPENING.match(text):
        return False
    return "\n" in body[set_at:start]


# "теперь": from now on, the word a change's new level is told by
_RU_FROM_NOW = re.compile(r"теперь", re.I)


def _ru_now_of_change_ahead(text: str, stated: list[Period], scope: Period | None, published: date) -> bool:
    """'С 20 августа изменится тариф. Теперь поездка будет стоить 120 тенге': "теперь" with a future,
    after a change from a day still ahead, is the new level from that day on, not the day of telling
    (a present, "Теперь поездка стоит 110 тенге", is told on the day it holds)."""
    if (
        not stated or scope is None or scope.is_weak or scope.period_start is None
        or scope.period_start <= published
    ):  # fmt: skip
        return False
    if not all(p.is_weak and _RU_FROM_NOW.fullmatch(text, p.start, p.end) for p in stated):
        return False
    return {tense for _, tense in clause_tenses(text, 0, len(text))} == {"future"}


# "жалпы алғанда": all in all, the whole so far set against the part just told
_KK_ALL_IN_ALL = re.compile(r"(?<!\w)жалпы\s+алғанда(?!\w)", re.I)


def _kk_week_left_behind(
    body: str, set_at: int, start: int, text: str, scope: Period | None, published: date
) -> bool:
    """'Соңғы бір аптада астық 1,9 млн тоннаға артқан.\n ... мына өнімдерді жинады: ...', 'Соңғы аптада тағы
    бір қазандық жөнделді. ... Жалпы алғанда 6 энергоблок ... жөнделген': the last week up to the report
    frames its own paragraph's increments; a later paragraph, or a sentence counting all in all, tells
    the running total, which stands at publication (FORMAT.md: a running total "so far") (+fs35kk)."""
    if scope is None or scope.period_start is None or scope.period_end != published:
        return False
    if not 1 <= (scope.period_end - scope.period_start).days <= 7:
        return False
    return "\n" in body[set_at:start] or _KK_ALL_IN_ALL.search(text) is not None
