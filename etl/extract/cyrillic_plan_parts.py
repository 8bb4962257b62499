"""Plans and their done parts in Russian and Kazakh: a plan or outlook its sentence leaves undated,
the worth or size of what is still to be built, money allocated ahead, the part of this year's plan
already done, the parts of a planned total, and the kind a list's lead gives its members."""

from __future__ import annotations

import re
from datetime import date

from etl.extract.allocations import (
    added_to_amended_budget,
    allocated_for_span_over,
    allocated_unspent,
    allotted_for_campaign,
)
from etl.extract.cyrillic_kinds import KIND_ORDER, KK_HARVEST_AHEAD, clause_span, find_cues, whole_set_aside
from etl.extract.cyrillic_numbers import CyrillicSentence, Reader
from etl.extract.cyrillic_shared_cues import _MONEY, sentence_holds
from etl.extract.indicator_record import Indicator
from etl.extract.kk_predicate import read_predicate
from etl.extract.kk_sentence_figures import _kk_own_clause_goes_on
from etl.extract.literal_gates import gated_search, literal_gate
from etl.extract.periods import Period
from etl.extract.records import replace
from etl.extract.ru_projects import (
    MONEY,
    done_of_plan,
    estimated_outcome,
    project_plan,
    remainder_at,
    schedule_now,
    told_done,
    told_in_past,
)
from etl.extract.ru_tense import clause_tenses
from etl.extract.units import CURRENCIES


def _of_list_kind(found: list[Indicator], list_kind: str) -> list[Indicator]:
    """The members of a list under a lead of plans or outlooks take the lead's kind; the old level of
    a change among them ("бакалаврам – с 41 898 тенге до 47 135 тенге") is what holds now (FORMAT.md:
    "from X to Y", X actual)."""
    return [replace(i, kind=list_kind) if i.kind == "actual" and i.role != "from" else i for i in found]


# "Наиболее крупные - фабрика производительностью 5 млн тонн в год, ...", "Крупнейшие из них –": the
# largest of the projects just counted, named with no verb of their own (+kind25ru)
_RU_LARGEST_OPENING = re.compile(
    r"\s*(?:наиболее\s+крупн\w+|крупнейш\w+|самые\s+крупн\w+)(?:\s+из\s+них)?(?:\s+(?:проект|объект)\w*)?\s*[-–—:]",
    re.I,
)


# a list's lead sharing amounts of money or work out: "Основные расходы распределены так:", "объемы
# посадок распределены следующим образом:" (not awards: "Магистерские гранты распределены так:" counts
# grants given, FORMAT.md)
_RU_SHARED_OUT_LEAD = re.compile(
    r"(?<!\w)(?:расход|средств|финансировани|ассигновани|объ[её]м)\w*\s+(?:[^\W\d]+\s+){0,2}?"
    r"распредел\w+\s+(?:так|следующим\s+образом)\s*:\s*$",
    re.I,
)


def largest_of_plan(
    reader: Reader, text: str, found: list[Indicator], lead_kind: str | None
) -> list[Indicator]:
    """'До конца года планируется запуск 34 проектов. Наиболее крупные – фабрика мощностью 5 млн тонн в
    год, ...': the largest of the projects a plan or outlook just counted, told with no verb, are of
    its kind (their capacity is what they will have)."""
    if (
        lead_kind not in ("plan", "forecast")
        or not _RU_LARGEST_OPENING.match(text)
        or find_cues(reader, text)
    ):
        return found
    return _of_list_kind(found, lead_kind)


# a member's label before its dash: "– местные исполнительные органы – 1,5 млрд саженцев;"
_RU_MEMBER_LABEL = re.compile(r"\s*[–—-]\s*[^\d–—:;]{2,160}?\s[–—]\s")


def _ru_labelled_share(reader: Reader, text: str) -> bool:
    """A list member that names a share and its amounts with no verb of its own: a label, a dash, and
    nothing after it that tells a kind or a present ('органы', 'охрана' before the dash only look
    like verbs)."""
    label = _RU_MEMBER_LABEL.match(text)
    if label is None:
        return False
    rest = text[label.end() :]
    return not find_cues(reader, rest) and not reader.present.search(rest)


def _ru_shares_of_what_is_ahead(found: list[Indicator], published: date) -> list[Indicator]:
    """'Основные расходы распределены так:\n– содержание фонда – 23,4 млрд тенге в этом году и 72,5
    млрд тенге за три года;': the shares of amounts set out for a span not yet over are plan (FORMAT.md:
    money allocated for the year under way or later); shares of a span already over stay as read (+fs35ru)."""
    return [
        replace(i, kind="plan")
        if i.kind == "actual" and i.role != "from" and i.period_end is not None and i.period_end > published
        else i
        for i in found
    ]


def _still_ahead(period: Period, published: date) -> bool:
    return period.period_end is not None and period.period_end > published


def _starts_ahead(period: Period, published: date) -> bool:
    return not period.is_weak and period.period_start is not None and period.period_start > published


def _ru_plans_ahead(
    sentence: CyrillicSentence,
    found: list[Indicator],
    carried: Period,
    stated: list[Period],
    headline: Period | None,
    ahead: Period | None,
    published: date,
    starts_ahead: Period | None = None,
) -> list[Indicator]:
    """'В 2024 году регион экспортировал 2 млн тонн. Аграрии рассчитывают нарастить экспорт до 2,5 млн
    тонн': a plan or target its sentence leaves undated is not about a span carried from before
    that is already over. It takes the headline's period if that is still ahead, else the last
    period still ahead the article named, else none (as English does, comparison_base._ahead). Not a
    forecast: Russian reports estimate a span just over ("инвестиции, по оценке, составят ..."
    for the seven months reported), not a plan beside that span's outcome ("при плане"), and not one
    told in the past ("должны были сдать", "планировалось"): that was the span's plan."""
    span = (carried.period_start, carried.period_end)
    if carried.period_end is None or carried.period_end > published:
        return _ru_future_past_running(sentence, found, carried, stated, starts_ahead, published)
    if any((p.period_start, p.period_end) == span for p in stated):
        return found  # the sentence names that span itself
    if any(i.kind == "actual" and (i.period_start, i.period_end) == span for i in found):
        return found  # "проведен на 2 365 тыс. га при плане 1 921 тыс. га": the span's own plan, beside its outcome
    target = headline if headline is not None and _still_ahead(headline, published) else ahead
    return [
        replace(
            i,
            period_start=target.period_start if target else None,
            period_end=target.period_end if target else None,
        )
        if i.kind in ("plan", "target")
        and (i.period_start, i.period_end) == span
        and not _told_in_past(sentence.text, i.start_char - sentence.start, i.end_char - sentence.start)
        and not _KK_PLAN_TOLD_PAST.search(sentence.text)
        else i
        for i in found
    ]


_RU_MORE_OF_SPAN = re.compile(r"(?<!\w)(?:еще|ещё|также|тоже)(?!\w)", re.I)


def _ru_future_past_running(
    sentence: CyrillicSentence,
    found: list[Indicator],
    carried: Period,
    stated: list[Period],
    starts_ahead: Period | None,
    published: date,
) -> list[Indicator]:
    """'С 1 января 2026 года пособия вырастут. В 2025 году пенсионер получал 171 588 тенге. После
    индексации сумма вырастет до 192 816 тенге': a plan told in the future after a sentence about a
    span already begun (this year, told in the past) is no plan of that span but of the time ahead the
    article named before, a start after publication ("с 1 января 2026 года", "с нового года")."""
    if (
        starts_ahead is None or carried.period_start is None or carried.period_start > published
        or any(not p.is_weak for p in stated)
    ):  # fmt: skip
        return found
    span = (carried.period_start, carried.period_end)
    moved = []
    for i in found:
        if i.kind in ("plan", "target") and (i.period_start, i.period_end) == span:
            start, end = i.start_char - sentence.start, i.end_char - sentence.start
            clause = clause_span(sentence.text, start, end)
            tenses = {t for _, t in clause_tenses(sentence.text, clause[0], clause[1])}
            # (a plan's kind is its verb's future; "еще 5 школ будут сданы" goes on with the span)
            if not tenses & {"past", "done"} and not _RU_MORE_OF_SPAN.search(
                sentence.text, clause[0], clause[1]
            ):
                i = replace(i, period_start=starts_ahead.period_start, period_end=starts_ahead.period_end)
        moved.append(i)
    return moved


# a Kazakh plan told as the span's own, in the past: "салу жоспарланған болатын", "көзделген еді"
_KK_PLAN_TOLD_PAST = re.compile(r"(?<!\w)[^\W\d_]+(?:ған|ген|қан|кен)\s+(?:болатын|еді)(?!\w)", re.I)


def _told_in_past(text: str, start: int, end: int) -> bool:
    """The figure's clause has a verb in the past tense (ru_tense)."""
    clause = clause_span(text, start, end)
    return any(tense == "past" for _, tense in clause_tenses(text, clause[0], clause[1]))


# a sentence opening on the size of a thing named before it: "Его площадь —", "Оның аумағы —", "Данный
# проект протяженностью 896 км обеспечит ..."
_ITS_SIZE_OPENING = {
    "ru": re.compile(
        r"^\s*(?:(?:Его|Ее|Её|Их)\s+(?:общая\s+|проектная\s+)?(?:площадь|протяж[её]нность|длина|мощность)"
        r"|(?:Данный|Этот|Новый)\s+(?:проект|объект|участок|маршрут)\s+(?:общей\s+)?"
        r"(?:площадью|протяж[её]нностью|длиной|мощностью))(?!\w)",
        re.I,
    ),
    "kk": re.compile(r"^\s*(?:Оның|Олардың)\s+(?:жалпы\s+)?(?:аумағы|ауданы|ұзындығы|қуаты)(?!\w)", re.I),
}
# a sentence opening on the seats of the buildings told before: "Жалпы орын саны – 7400", "Общее число мест – 7400"
_SEATS_OPENING = {
    "ru": re.compile(r"^\s*(?:Общее\s+)?(?:число|количество)\s+(?:ученических\s+)?мест(?!\w)", re.I),
    "kk": re.compile(r"^\s*(?:Жалпы\s+)?(?:оқушы\s+)?орын(?:дар)?\s+саны(?!\w)", re.I),
}
# the sentence before says the thing is to be built, opened or is being built
_TO_BE_BUILT_BEFORE = {
    "ru": re.compile(
        r"(?<!\w)(?:построят|возведут|появ(?:ится|ятся)|откро(?:ется|ются)|будет\s+(?:построен|возведен|открыт)\w*"
        r"|будут\s+(?:построены|возведены|открыты)|строится|строятся|строящ\w+|планиру\w+\s+(?:построить|возвести)"
        # ("дан старт строительству дороги", "начато строительство": works begun, not yet done)
        r"|дан\s+старт\s+строительств\w*|(?:начат[оа]?|началось|стартовал[оа]?)\s+строительств\w*)",
        re.I,
    ),
    "kk": re.compile(
        # ("салмақпыз", "салмақшы": we mean to build; "салмақ" alone is a weight)
        r"(?<!\w)(?:салынады|салынбақ|салынатын\s+болады|тұрғызылады|ашылады|ашылмақ|салынып\s+жатыр"
        r"|салмақ(?:шы|пыз|шымыз)"
        r"|салу\s+(?:жоспарлан|көзделі?)\w*"
        # ("станцияның іргетасы қаланды", "құрылысы басталды": works begun, not yet done; +fs39kk)
        r"|іргетасы\s+қаланды|іргетасын\s+қалады|құрылысы\s+басталды)",
        re.I,
    ),
}
_CYRILLIC_SIZE_UNITS = frozenset(("hectare", "km", "km2", "m2", "m3", "metre", "MW", "GW"))
# "Он мектептің жалпы құны 34,7 млрд теңгені құрайды", "Жобаның құны –", "Жобаның инвестиция көлемі ..."
# (+fs39kk): a Kazakh sentence opening on
# the worth of a thing named before it (then its money is planned too, as its size is)
# ("Біздің есептеуімізше, оның жобалық құны": after a reckoning's "-ша/-ше", the design worth too)
_KK_ITS_WORTH_OPENING = re.compile(
    r"^\s*(?:(?:[^\W\d]+\s+)?[^\W\d]+(?:ша|ше),?\s+)?(?:[^\W\d]+\s+)?[^\W\d]+(?:ның|нің|дың|дің|тың|тің)\s+"
    r"(?:(?:жалпы\s+)?(?:сметалық\s+|жобалық\s+)?құны|инвестиция(?:лар)?\s+көлемі|инвестициясы)(?!\w)",
    re.I,
)
_KK_ITS_WORTH_OPENING_GATE = literal_gate(_KK_ITS_WORTH_OPENING)


def _size_of_what_is_to_come(
    language: str, sentence: CyrillicSentence, found: list[Indicator], before: str
) -> list[Indicator]:
    """'Рядом с городом построят индустриальный парк. Его площадь — 120 гектаров', '... парк салынады.
    Оның аумағы — 120 гектар': the size of what the sentence before says is still to be built is a plan;
    so is its worth in Kazakh ('... 10 мектеп салынбақ. Он мектептің жалпы құны 34,7 млрд теңгені құрайды')."""
    worth = (
        language == "kk"
        and sentence_holds(_KK_ITS_WORTH_OPENING_GATE, sentence.text)
        and bool(_KK_ITS_WORTH_OPENING.match(sentence.text))
    )
    seats = bool(_SEATS_OPENING[language].match(sentence.text))
    if not found or not (worth or seats or _ITS_SIZE_OPENING[language].match(sentence.text)):
        return found
    last = before[-300:]
    cut = max(last.rfind(". ", 0, len(last) - 2), last.rfind("\n", 0, len(last) - 2))
    if not _TO_BE_BUILT_BEFORE[language].search(last[cut + 1 :]):
        return found
    units = _CYRILLIC_SIZE_UNITS | CURRENCIES if worth else _CYRILLIC_SIZE_UNITS
    if seats:
        # "... 18 мектеп салынады. Жалпы орын саны – 7400": the seats of what is to be built, planned (not a
        # goal the deadline carried would make of a sentence with no verb)
        return [
            replace(i, kind="plan") if i.kind in ("actual", "target") and i.unit == "count" else i
            for i in found
        ]
    return [replace(i, kind="plan") if i.kind == "actual" and i.unit in units else i for i in found]


def _projects_planned(
    sentence: CyrillicSentence, found: list[Indicator], published: date, before: str
) -> list[Indicator]:
    """The worth, capacity or size of a project not yet built is a plan (ru_projects.py); a plan
    has no date of the present state it was read as, unless the sentence counts the things under
    way today before it ("строятся 217 школ на 460 тыс. мест": the pool as it stands, FORMAT.md)."""
    planned: list[Indicator] = []
    for i in found:
        start, end = i.start_char - sentence.start, i.end_char - sentence.start
        if i.kind == "actual" and project_plan(
            sentence.text, start, end, i.unit, i.period_end, published, before
        ):
            today = i.period_start == i.period_end == published
            counted_today = today and any(
                j.unit == "count" and j.kind == "actual" and j.end_char <= i.start_char
                and j.period_start == j.period_end == published
                for j in planned
            )  # fmt: skip
            undated = today and not counted_today
            i = replace(i, kind="plan", period_start=None if undated else i.period_start,
                        period_end=None if undated else i.period_end)  # fmt: skip
        planned.append(i)
    return planned


def _allocations_planned(
    language: str,
    sentence: CyrillicSentence,
    found: list[Indicator],
    published: date,
    before: str,
    body: str = "",
) -> list[Indicator]:
    """Money allocated for the year under way or a later one, or Kazakh money given for works with no
    period of its own, is a plan (allocations.py, FORMAT.md); the latter takes no period."""
    end = sentence.start + len(sentence.text)
    after = body[end : end + 300]  # what the article goes on to tell ("В результате ...")
    planned: list[Indicator] = []
    for i in found:
        if i.is_change and planned and _changes_planned_amount(language, sentence.text, planned[-1], i):
            # "в этом году выделено почти 400 млрд тенге, что на 20% больше, чем в прошлом году": the change
            # of money set aside is told of the plan, not of money spent (+fs35ru)
            planned.append(replace(i, kind="plan"))
            continue
        if i.kind == "plan" and allocated_for_span_over(
            language, sentence.text, i.start_char - sentence.start, i.end_char - sentence.start, i.unit,
            (i.period_start, i.period_end), published,
        ):  # fmt: skip
            planned.append(replace(i, kind="actual"))  # set aside for a span now over: what it had
            continue
        if i.kind == "actual":
            start, end = i.start_char - sentence.start, i.end_char - sentence.start
            added = added_to_amended_budget(
                language, sentence.text, i.unit, (i.period_start, i.period_end), published, before
            )
            if added:
                # the amended budget is this year's: the money added is set aside for it ("added": a change of it)
                year = date(published.year, 1, 1), date(published.year, 12, 31)
                changed = i.is_change or added == "added"
                planned.append(
                    replace(i, kind="plan", is_change=changed, period_start=year[0], period_end=year[1])
                )
                continue
            how = allocated_unspent(
                language,
                sentence.text,
                start,
                end,
                i.unit,
                (i.period_start, i.period_end),
                published,
                before,
                after,
            )
            if how == "year" or allotted_for_campaign(
                language, sentence.text, start, end, i.unit, (i.period_start, i.period_end), published, before
            ):
                i = replace(i, kind="plan")  # (fuel for a harvest still running: set aside too)
            elif how == "year_named":
                year = date(published.year, 1, 1), date(published.year, 12, 31)
                i = replace(i, kind="plan", period_start=year[0], period_end=year[1])
            elif how == "works":
                i = replace(i, kind="plan", period_start=None, period_end=None)
        planned.append(i)
    return planned


# ", что на 20% больше": a change told of the amount just before it
_RU_WHICH_IS_BY = re.compile(r"[^\d.;:]{0,12},\s*(?:что|это)\s+(?:на|в)\s+$", re.I)


def _changes_planned_amount(language: str, text: str, before: Indicator, change: Indicator) -> bool:
    """The change right after an amount set aside, tied to it by ", что на"."""
    return (
        language == "ru" and change.kind == "actual" and before.kind == "plan" and before.unit in _MONEY
        and (change.period_start, change.period_end) == (before.period_start, before.period_end)
        and _RU_WHICH_IS_BY.fullmatch(
            text, before.end_char - before.sentence_start, change.start_char - change.sentence_start
        ) is not None
    )  # fmt: skip


# the money of the year under way named as the subject of a change: "в нынешнем году объем
# финансирования увеличен на 4 млрд", "в этом году ..., а выделенная сумма на 20% превышает прошлогоднюю"
_RU_FUNDING_SUBJECT = re.compile(
    r"(?<!\w)(?:выделенн\w+\s+(?:сумм|средств)\w*|объ[её]м\w*\s+(?:бюджетного\s+)?финансировани\w*)", re.I
)
_RU_THIS_YEAR = re.compile(r"(?<!\w)в\s+(?:этом|нынешнем|текущем)\s+году(?!\w)", re.I)
# the money set being changed by whoever sets it, a short passive participle ("увеличен", "сокращено",
# "урезан") or set beside last year's ("превышает"); not a volume that grew by itself ("объем
# финансирования МСБ банками вырос на 18%", "сократился на 15%", "оказалась на 30% меньше")
_RU_SET_CHANGE = re.compile(
    r"(?<!\w)(?:(?:увелич|уменьш|сокращ|повыш|сниж|нарощ|расшир)[её]н|урезан|превыша\w*)(?:[аоы]|ная|ное|ные|ный)?(?!\w)",
    re.I,
)
_RU_BUDGET_MONEY = re.compile(r"(?<!\w)(?:бюджетн|выделенн)", re.I)
_RU_OTHER_YEAR = re.compile(r"(?<!\w)(?:(?:19|20)\d\d\s+год|прошл\w+\s+год|позапрошл\w+\s+год)", re.I)


def _ru_set_changed(text: str, subject: re.Match[str], end: int) -> bool:
    """True when text[subject.end():end], after the money's name, tells it set anew: a short passive
    participle of change or "превышает"; or, the money named being the budget's or that set aside, any
    change in a sentence naming no other year ("В этом году выделенная сумма на 20% меньше
    прошлогодней", "В текущем году объем бюджетного финансирования программы вырос на 18%"; not
    "Выделенная сумма в 2023 году оказалась на 30% меньше запрошенной", nor "объем финансирования МСБ
    банками вырос на 18%", lending that grew by itself)."""
    if _RU_SET_CHANGE.search(text, subject.end(), end) is not None:
        return True
    return (
        _RU_BUDGET_MONEY.search(subject.group()) is not None and _RU_OTHER_YEAR.search(text, 0, end) is None
    )


_RU_SPENT_WORD = re.compile(r"(?<!\w)(?:освоен|израсходова|потрачен|выплачен|использова)\w*", re.I)
# a sentence that opens on "Это" and tells how much more or less than a year before: "Это почти в два
# раза больше, чем годом ранее", "Это на 12% больше, чем в прошлом году"
_RU_THIS_IS_MORE = re.compile(r"\s*Это\s+(?:(?:почти|примерно|более\s+чем|около|на|в)\s+)*$", re.I)


def _ru_change_of_allotted(text: str, found: list[Indicator], told: Indicator | None) -> list[Indicator]:
    """A change of the money set aside for the year under way is told of the plan (FORMAT.md: money
    allocated for the year under way is plan), as "выделено 400 млрд, что на 20% больше" already was:
    its subject names that money ("в нынешнем году объем финансирования увеличен на 4 млрд", "в этом году
    ..., а выделенная сумма на 20% превышает прошлогоднюю"), or a sentence opening on "Это" compares the
    planned amount just told with a year before ("... выделено 556,6 млн тенге. Это почти в два раза
    больше, чем годом ранее")."""
    result = []
    for i in found:
        start = i.start_char - i.sentence_start
        if i.is_change and i.kind == "actual" and i.unit in (*_MONEY, "percent", "times"):
            subject = _RU_FUNDING_SUBJECT.search(text, 0, start)
            if (
                subject is not None and _RU_THIS_YEAR.search(text) is not None
                and clause_span(text, subject.start(), subject.end())[0] <= start
                and _RU_SPENT_WORD.search(text, subject.start()) is None
                and _ru_set_changed(text, subject, clause_span(text, start, start + 1)[1])
            ) or (
                told is not None and told.kind == "plan" and told.unit in _MONEY
                and _RU_THIS_IS_MORE.fullmatch(text, 0, start) is not None
            ):  # fmt: skip
                i = replace(i, kind="plan")
        result.append(i)
    return result


# "30 объектов, 28 из которых уже сданы", "уже введены 12": the part done so far, with no date of
# its own, is counted at publication
_DONE_SO_FAR_AFTER = re.compile(
    r"\s*(?:из\s+(?:них|которых)\s+)?уже\s+[^\W\d]+(?:ны|но|на|ен|ан)(?!\w)", re.I
)
_DONE_SO_FAR_BEFORE = re.compile(r"(?<!\w)уже\s+[^\W\d]+(?:ны|но|на|ен|ан)\s+$", re.I)


def _done_under_plan_years(found: list[Indicator], scope: Period | None, published: date) -> list[Indicator]:
    """'На 2025–2027 годы запланированы 7 проектов ... . На карту нанесено более 70 объектов': what
    is done, under the years of a plan still running that only a plan sentence named, is how
    things stand at publication, not an outcome of the plan's years."""
    if (
        scope is None or scope.period_start is None or scope.period_end is None
        or scope.period_start.year == scope.period_end.year or scope.period_end <= published
    ):  # fmt: skip
        return found
    return [
        replace(i, period_start=published, period_end=published)
        if i.kind == "actual" and (i.period_start, i.period_end) == (scope.period_start, scope.period_end)
        else i
        for i in found
    ]


def _done_so_far(sentence: CyrillicSentence, found: list[Indicator], published: date) -> list[Indicator]:
    """An undated actual figure told as done "уже" (a short participle) stands at publication."""
    done = []
    for i in found:
        start, end = i.start_char - sentence.start, i.end_char - sentence.start
        if (
            i.kind == "actual" and i.period_start is None and i.period_end is None
            and (_DONE_SO_FAR_AFTER.match(sentence.text, end)
                 or _DONE_SO_FAR_BEFORE.search(sentence.text, max(0, start - 40), start))
        ):  # fmt: skip
            i = replace(i, period_start=published, period_end=published)
        done.append(i)
    return done


# a harvest's outcome: "урожай зерновых", "валовой сбор", "намолотить", "собрать ... зерна"
_RU_HARVEST_WORD = re.compile(
    r"(?<!\w)(?:урожа\w*|(?:валов\w+\s+)?сбор(?:а|е|ом)?|намолот\w*|уборочн\w+)(?!\w)|(?<!\w)собрать\s+(?:\S+\s+){0,3}?зерн",
    re.I,
)
_RU_HARVEST_WORD_GATE = literal_gate(_RU_HARVEST_WORD)


# a span the sentence names itself: a year, a month, a quarter, "за полугодие", "с начала года"
_RU_OWN_SPAN_WORDS = re.compile(
    r"(?:19|20)\d\d|(?<!\w)(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр|"
    r"квартал|полугоди|месяц|с\s+начала)\w*",
    re.I,
)
_RU_YEAR_AHEAD_WORDS = re.compile(r"(?<!\w)(?:будущ|следующ|предстоящ)\w*\s+год\w*", re.I)


def _part_of_year_carried(text: str, indicator: Indicator, published: date) -> bool:
    """A span of this year already over that the sentence does not name itself, carried from a report
    ("за первое полугодие ... . Валовой сбор ... ожидается на уровне 2,1 млн тонн"; +fs40ru)."""
    return (
        indicator.period_start == date(published.year, 1, 1)
        and indicator.period_end is not None and indicator.period_end < published
        and not _RU_OWN_SPAN_WORDS.search(text)
    )  # fmt: skip


def _ru_harvest_outlook_year(
    sentence: CyrillicSentence, found: list[Indicator], published: date
) -> list[Indicator]:
    """A harvest planned or expected with no period of its own or carried ("урожай зерновых
    прогнозируется на уровне 22-23 млн тонн", "по итогам уборочной кампании планируют намолотить 6
    млн тонн", "прогнозная уборочная площадь составляет 16 млн га") is this year's: a harvest is
    gathered within the calendar year it is told in, and so is the area it is gathered from."""
    # ("под урожай следующего года": a harvest of a year ahead the period reader leaves unread)
    if not gated_search(
        _RU_HARVEST_WORD, _RU_HARVEST_WORD_GATE, sentence.text
    ) or _RU_YEAR_AHEAD_WORDS.search(sentence.text):
        return found
    return [
        replace(i, period_start=date(published.year, 1, 1), period_end=date(published.year, 12, 31))
        if i.kind in ("plan", "forecast")
        and (
            (i.period_start is None and i.period_end is None)
            or _part_of_year_carried(sentence.text, i, published)
        )
        and i.unit in ("tonne", "hectare")
        and not i.is_change
        else i
        for i in found
    ]


def _year_end(published: date) -> date:
    return date(published.year, 12, 31)


def _this_years_plan(indicator: Indicator, published: date) -> bool:
    """A plan for the year of publication: for the year, or "до конца года" (a deadline at its end)."""
    return (
        indicator.kind == "plan"
        and indicator.period_start in (date(published.year, 1, 1), None)
        and indicator.period_end == date(published.year, 12, 31)
    )


_RU_PART_OF = re.compile(r"\s+из\s+$", re.I)


def _part_of_year_plan_after(
    sentence: CyrillicSentence, part: Indicator, found: list[Indicator], published: date
) -> bool:
    """'Объявлен конкурс на строительство 10 из 13 школ, запланированных на 2025 год': a part done,
    told against this year's plan right after it ("N из M"), is the plan's done part."""
    start, end = part.start_char - sentence.start, part.end_char - sentence.start
    if part.kind != "actual" and not told_done(sentence.text, start, end):
        return False  # "Построят 3 из 7 школ, запланированных на 2025 год": a part still to come
    following = next((j for j in found if j.start_char >= part.end_char), None)
    return (
        following is not None
        and _this_years_plan(following, published)
        and _RU_PART_OF.fullmatch(
            " " + sentence.text[part.end_char - sentence.start : following.start_char - sentence.start]
        )
        is not None
    )


# "запланированных на год", "предусмотренных на год": planned for the year the report is in
_RU_PLANNED_FOR_THE_YEAR = re.compile(
    r"(?<!\w)(?:запланированн|предусмотренн|намеченн|планируем)\w*\s+на\s+год(?!\w)", re.I
)


def _planned_for_the_year(
    sentence: CyrillicSentence, found: list[Indicator], published: date
) -> list[Indicator]:
    """'Из 40 запланированных на год объектов введено 25': a whole planned "на год" with no year of its
    own, or only the day the sentence is told, is this year's plan (as "годовой план"; +pb44ru)."""
    text = sentence.text
    moved = []
    for i in found:
        start, end = i.start_char - sentence.start, i.end_char - sentence.start
        if (
            i.kind == "plan"
            and (i.period_start, i.period_end) in ((None, None), (published, published))
            and whole_set_aside("ru", text, start, end)
            and (
                _RU_PLANNED_FOR_THE_YEAR.search(text, max(0, start - 40), start) is not None
                or _RU_PLANNED_FOR_THE_YEAR.search(text, end, end + 60) is not None
            )
        ):
            i = replace(i, period_start=date(published.year, 1, 1), period_end=date(published.year, 12, 31))
        moved.append(i)
    return moved


def _done_of_year_plan_whole_before(
    sentence: CyrillicSentence, part: Indicator, found: list[Indicator], published: date
) -> bool:
    """'Из запланированных на этот год 120 проектов реализовано 80': a part told done against this
    year's planned whole named before it ("из запланированных ...", `whole_set_aside`) is the plan's
    done part, from 1 January to publication (FORMAT.md), with no "уже" needed (+pb44ru)."""
    start, end = part.start_char - sentence.start, part.end_char - sentence.start
    if part.kind != "actual" or part.is_change or not told_done(sentence.text, start, end):
        return False
    year = (date(published.year, 1, 1), _year_end(published))
    return any(
        j.end_char <= part.start_char
        and j.unit == part.unit
        and _this_years_plan(j, published)
        and (
            whole_set_aside("ru", sentence.text, j.start_char - sentence.start, j.end_char - sentence.start)
            # "В этом году необходимо отремонтировать 60 школ, работы завершены в 45": the same count
            # told done after this year's plan in the same sentence, with no year of its own
            or (
                (part.period_start, part.period_end) in (year, (published, published))
                and not _YEAR_NUMBER.search(sentence.text, j.end_char - sentence.start, end)
            )
        )
        for j in found
    )


_YEAR_NUMBER = re.compile(r"(?:19|20)\d{2}|прошл\w+\s+год|следующ\w+\s+год", re.I)


def _done_of_year_plan(
    sentence: CyrillicSentence, found: list[Indicator], year_plan: bool, published: date
) -> list[Indicator]:
    """'На 2025 год запланирован ремонт 10 энергоблоков. Ремонт уже завершен на 4': the part of this
    year's plan already done is actual from the year's start to publication (FORMAT.md)."""
    done: list[Indicator] = []
    for i in found:
        start, end = i.start_char - sentence.start, i.end_char - sentence.start
        if (
            (year_plan or any(_this_years_plan(j, published) and j.end_char <= i.start_char for j in found))
            and i.unit not in MONEY  # (money of the plan paid out so far is a stock of today: h14 labels)
            # (or read at the whole year the plan's own words name: "из выделенных на текущий год 100 млрд
            # тенге на сегодня освоено 51%")
            and (
                i.kind == "plan" or (i.kind == "actual" and i.period_end in (published, _year_end(published)))
            )
            and done_of_plan(sentence.text, start, end)
            # (not the planned whole the done part is told against: "Уже введены 5 из 12 объектов,
            # запланированных на этот год")
            and not (i.kind == "plan" and whole_set_aside("ru", sentence.text, start, end))
            # (not a running total since a start of its own: "Прием заявок был начат 1 октября 2025 года.
            # На сегодня подано 446 заявок" keeps its campaign's start)
            and not (
                i.period_start is not None
                and i.period_start < published
                and i.period_end == published
                and i.period_start != date(published.year, 1, 1)
            )  # fmt: skip
        ) or (
            i.unit not in MONEY
            and (
                _part_of_year_plan_after(sentence, i, found, published)
                or _done_of_year_plan_whole_before(sentence, i, found, published)
            )
        ):
            i = replace(i, kind="actual", period_start=date(published.year, 1, 1), period_end=published)
        elif done and _carries_done_part(sentence, done[-1], i, published):
            i = replace(i, period_start=date(published.year, 1, 1), period_end=published)
        done.append(i)
    return done


# "Қазіргі таңда", "Қазірдің өзінде", "Бүгінгі таңда": already, at the report (the done part's marker)
_KK_ALREADY = re.compile(
    # ("қазірге дейін", "бүгінге дейін", "осы уақытқа дейін": so far, the same marker, +pb44kk)
    r"(?<!\w)(?:қазірдің\s+өзінде|қазіргі\s+(?:таңда|кезде|уақытта)|бүгінгі\s+(?:таңда|күні)|бүгінде|әзірге"
    r"|(?:қазірге|бүгінге|бүгінгі\s+күнге|осы\s+уақытқа)\s+дейін)(?!\w)",
    re.I,
)


# "болжамды егіс алқабы", "болжамды жалпы түсімі": the projected sown area or crop of the season
_KK_PROJECTED_HARVEST = re.compile(
    r"(?<!\w)болжамды\s+(?:жалпы\s+)?(?:егіс|егістік|түсім|астық|дән|өнімділі)\w*(?!\w)", re.I
)


def _kk_harvest_of_the_year(
    sentence: CyrillicSentence, found: list[Indicator], published: date
) -> list[Indicator]:
    """ "Жалпы жиналатын астық 16 млн тоннаны құрайды" while the harvest runs: the crop expected is the
    year's (FORMAT.md: a level expected this year is the whole year), not a state of the report's day.
    So is the projected area sown or crop ("болжамды егіс алқабы 252 мың гектарды құрайды"), as the
    Russian "прогнозная уборочная площадь" (`_ru_harvest_outlook_year`)."""
    text = sentence.text
    year = (date(published.year, 1, 1), date(published.year, 12, 31))
    return [
        replace(i, period_start=year[0], period_end=year[1])
        if i.kind == "forecast"
        and (i.period_start, i.period_end) in ((published, published), (None, None))
        and (
            KK_HARVEST_AHEAD.search(text, 0, i.start_char - sentence.start)
            or _KK_PROJECTED_HARVEST.search(text, 0, i.start_char - sentence.start)
        )
        else i
        for i in found
    ]


# ", жыл соңына дейін бұл көрсеткішті ... жеткіземіз": the level told before, to be raised by the year's end
_KK_RAISED_BY_YEAR_END = re.compile(
    r",\s+(?:ал\s+)?(?:жыл(?:дың)?|биылғы\s+жыл(?:дың)?)\s+(?:соңына|аяғына)\s+(?:дейін|қарай)\s+"
    r"(?:бұл|осы)\s+(?:көрсеткішті|көлемді|межені)(?!\w)",
    re.I,
)
# a sentence opening on a part of the figures before: "Оның ішінде", "Соның ішінде", "Олардың ішінде"
_KK_PART_OPENS = re.compile(r"\s*(?:оның|соның|олардың)\s+ішінде(?!\w)", re.I)


def _kk_done_of_year_plan(
    sentence: CyrillicSentence,
    found: list[Indicator],
    published: date,
    year_plan: bool,
    before: Indicator | None,
) -> list[Indicator]:
    """ "Биыл ... 6 жобаны іске қосу жоспарлануда. Қазіргі таңда 2 жоба іске қосылып, 36 жұмыс орны
    құрылды": after a plan for the year of publication, the part told as already done (an "already"
    word before the figures, the sentence ending in the past) is actual from the year's start to
    publication, as the Russian "уже завершен на 4" (FORMAT.md); so is the part of it the next
    sentence opens on ("Оның ішінде ... 5 млн көшет егілді"). Money stays today's stock (h14)."""
    text = sentence.text
    year_to_date = {"period_start": date(published.year, 1, 1), "period_end": published}
    raised = _KK_RAISED_BY_YEAR_END.search(text)
    if raised is not None:
        # "392,3 мың шаршы метр тұрғын үй пайдалануға берілді, жыл соңына дейін бұл көрсеткішті 400 мың
        # шаршы метрге жеткіземіз": the level so far, to be raised by the year's end, is the done part
        found = [
            replace(i, **year_to_date)
            if i.start_char - sentence.start < raised.start()
            and i.unit not in MONEY
            and i.kind == "actual"
            and (
                (i.period_end == published and i.period_start in (published, None))
                # ("Биыл ... берілді, жыл соңына дейін бұл көрсеткішті ...": this year's so far, too)
                or (i.period_start, i.period_end)
                == (date(published.year, 1, 1), date(published.year, 12, 31))
            )
            else i
            for i in found
        ]
    already = _KK_ALREADY.search(text) if year_plan else None
    if already is None and (so_far := _KK_ALREADY.search(text)) is not None:
        # "Жыл соңына дейін 30 мектеп салу көзделген, қазірге дейін оның 18-і пайдалануға берілді": the
        # year's plan told earlier in the same sentence frames its done part too (+pb44kk)
        plan_before = any(
            _this_years_plan(j, published) and j.end_char - sentence.start <= so_far.start() for j in found
        )
        already = so_far if plan_before else None
    if already is None and before is not None and before.kind == "actual":
        part_of_done = (before.period_start, before.period_end) == tuple(year_to_date.values())
        already = _KK_PART_OPENS.match(text) if part_of_done else None
    predicate = read_predicate(text, 0, len(text))
    if already is None or predicate is None or predicate.tense not in ("past", "perfect"):
        return found
    return [
        replace(i, kind="actual", **year_to_date)
        if i.start_char - sentence.start > already.start()
        and i.unit not in MONEY
        and i.kind in ("plan", "target", "actual")
        and i.period_end == published
        and i.period_start in (published, None)
        # ("Қазіргі таңда 2 энергоблокта жұмыс жүріп жатыр, ал бір турбинаның жөндеуі аяқталды": work
        # going on now is no done part, +fs38kk)
        and not _kk_own_clause_goes_on(text, i.start_char - sentence.start, i.end_char - sentence.start)
        else i
        for i in found
    ]


# "Жыл соңына дейін тағы 6 елді мекенге газ беріледі": more of the same still to come this year
_KK_MORE_BY_YEAR_END = re.compile(
    r"\s*(?:биылғы\s+)?жыл(?:дың)?\s+(?:соңына|аяғына)\s+(?:дейін|қарай)\s+(?:тағы|тағы\s+да|қосымша)(?!\w)",
    re.I,
)


def kk_done_before_more_by_year_end(results: list[Indicator], published: date) -> list[Indicator]:
    """'Биыл газға қосылған ауылдардың саны 22-ге жетті. Жыл соңына дейін тағы 6 елді мекенге газ
    беріледі': a count of this year's deeds told right before "another N by the year's end" is the part
    of the year's plan done so far, counted from 1 January to publication (FORMAT.md), not the whole year
    (+fs40kk). Only the sentence just before, its predicate in the past, counting the same unit (not money,
    which h14 labels keep as told)."""
    year = (date(published.year, 1, 1), date(published.year, 12, 31))
    redated: dict[int, Indicator] = {}
    for more in results:
        if not (
            more.kind == "plan" and more.period_end == year[1] and more.period_start in (None, year[0])
            and _KK_MORE_BY_YEAR_END.match(more.sentence) is not None
        ):  # fmt: skip
            continue
        before = [
            (n, i) for n, i in enumerate(results)
            if i.sentence_start < more.sentence_start
            and 0 <= more.sentence_start - (i.sentence_start + len(i.sentence)) <= 2
        ]  # fmt: skip
        if not before:
            continue
        predicate = read_predicate(before[0][1].sentence, 0, len(before[0][1].sentence))
        if predicate is None or predicate.tense != "past":
            continue
        for n, i in before:
            if (
                i.kind == "actual" and not i.is_change and i.unit == more.unit and i.unit not in MONEY
                and (i.period_start, i.period_end) == year
            ):  # fmt: skip
                redated[n] = replace(i, period_start=year[0], period_end=published)
    return [redated.get(n, i) for n, i in enumerate(results)]


# ", до конца года их число должно дойти до 245", ", а до конца года ожидается поставка еще 386 машин":
# the rest of this year's plan, told after a count already done
_RU_MORE_BY_YEAR_END = re.compile(
    r"[^\d.;]{0,60}?,\s+(?:а\s+|и\s+)?до\s+конца\s+(?:текущего\s+|этого\s+)?года\s+(?:[^\W\d]+\s+){0,4}?"
    r"(?:ожида\w*|планиру\w*|запланирова\w*|предстоит|должн\w*|будет|будут|намечен\w*)(?!\w)",
    re.I,
)
_RU_ALREADY = re.compile(
    r"(?<!\w)(?:уже|на\s+сегодня|на\s+сегодняшний\s+день|на\s+текущий\s+момент)(?!\w)", re.I
)


def ru_done_before_more_by_year_end(results: list[Indicator], published: date) -> list[Indicator]:
    """'По программе лизинга приобретена 421 единица техники, а до конца года ожидается поставка еще 386
    машин', 'отремонтированы 127 школ, до конца года их число должно дойти до 245': a count told done
    right before the rest of this year's plan in its sentence is the part of the year's plan done so
    far, from 1 January to publication (FORMAT.md), not the day nor the whole year (as the Kazakh
    reader has it across two sentences). Not money (the h14 labels keep it as told), nor a running
    total told "уже" or "на сегодня" (a project's whole of several years, counted now)."""
    year = (date(published.year, 1, 1), date(published.year, 12, 31))
    redated: list[Indicator] = []
    for i in results:
        local = i.end_char - i.sentence_start
        if (
            i.kind == "actual" and not i.is_change and i.unit not in MONEY and i.unit not in ("percent", "times")
            and (i.period_start, i.period_end) in (year, (published, published))
            and _RU_MORE_BY_YEAR_END.match(i.sentence, local) is not None
            and not _RU_ALREADY.search(i.sentence, 0, local)
            and any(tense in ("past", "done") for _, tense in clause_tenses(i.sentence, 0, local))
        ):  # fmt: skip
            i = replace(i, period_start=year[0], period_end=published)
        redated.append(i)
    return redated


# what the done part holds or brought: "сданы четыре общежития на 3 528 мест", "..., создано 18 тыс. мест"
_RU_DONE_PART_LINK = re.compile(
    r"^\s*(?:[^\W\d_]+\s+){0,2}(?:на|с)\s+$|^\s*(?:[^\W\d_]+\s*){0,3}?,\s*(?:создано|создан[оы]?|открыто)\s+"
    r"(?:(?:более|около|свыше|почти)\s+)?$",
    re.I,
)


def _carries_done_part(sentence: CyrillicSentence, done: Indicator, then: Indicator, published: date) -> bool:
    """The figure right after the done part of this year's plan, hung on it (its places, the jobs it
    created), is counted over the same span, not today."""
    year_to_date = (date(published.year, 1, 1), published)
    if (done.period_start, done.period_end) != year_to_date or done.kind != "actual":
        return False
    if then.kind != "actual" or (then.period_start, then.period_end) != (published, published):
        return False
    between = sentence.text[done.end_char - sentence.start : then.start_char - sentence.start]
    return bool(_RU_DONE_PART_LINK.match(between))


# money directed or set aside: "направили", "выделили", "предусмотрено", "заложено"
_RU_DIRECTED = re.compile(r"(?<!\w)(?:выдел|направ|предусмотр|заложен|заложи)\w*", re.I)


def _plans_kept_apart(
    reader: Reader, sentence: CyrillicSentence, found: list[Indicator], stated: list[Period], published: date
) -> list[Indicator]:
    """A plan or a date ahead told elsewhere does not make a done figure a plan (Russian): the rest of
    a total's plan ("из 29 домов работы завершены в 20, остальные включены в план на 2026 год"), a
    lead's year ahead over a clause in the past ("в следующем году намерены приобрести ... .
    Наполняемость составляла от 40% до 60%"); and an estimate's "должны" is a forecast."""
    text = sentence.text
    if not stated and schedule_now(text):
        # a weekly schedule with no date of its own, under a span already over, runs now
        found = [
            replace(i, period_start=published, period_end=published)
            if i.kind == "actual" and i.period_start is not None and i.period_end is not None
            and i.period_start < i.period_end < published
            else i
            for i in found
        ]  # fmt: skip
    rest = remainder_at(text)
    cues = find_cues(reader, text)
    kept = []
    for i in found:
        start, end = i.start_char - sentence.start, i.end_char - sentence.start
        ahead = i.period_start is not None and i.period_start > published
        if (
            rest is not None and start < rest and i.kind != "actual"
            and not any(p.start < rest for p in stated) and not any(p < rest for p, k in cues if k != "actual")
        ):  # fmt: skip
            i = replace(i, kind="actual", period_start=published, period_end=published)
        elif (
            i.kind == "plan" and ahead and not stated and told_in_past(text, start, end)
            and not any(k != "actual" for _, k in cues)
            # (not "бюджет на 2024 год определён ... . На социальную сферу направили 250,2 млрд": money
            # the budget of a year ahead directs is set aside for that year, a plan)
            and not (i.unit in _MONEY and _RU_DIRECTED.search(text))
        ):  # fmt: skip
            i = replace(i, kind="actual", period_start=None, period_end=None)
        if i.kind in ("actual", "plan") and estimated_outcome(text, start):
            i = replace(i, kind="forecast")
        kept.append(i)
    return kept


def _ru_lead_cue_kind(reader: Reader, text: str) -> str | None:
    """The kind a Russian list lead with no figure gives its members: "По итогам года ожидается рост
    по отраслям:" a forecast; none when the lead tells a deed or a state as well."""
    cues = find_cues(reader, text)
    cued = {position for position, _ in cues}  # ("ожидается" is a cue, not a present state)
    if any(kind in ("actual", "state") for _, kind in cues) or any(
        m.start() not in cued for m in reader.present.finditer(text)
    ):
        return None
    # only a cue word of the lexicon ("ожидается", "планируется"), not a verb's guessed tense:
    # "По годам объемы выглядят так:" tells no plan
    kinds = {reader.cue_kind(m.group(0).lower()) or "" for m in re.finditer(r"[^\W\d_]+", text)}
    return max(kinds & {"plan", "forecast", "target"}, key=lambda k: KIND_ORDER[k], default=None)


def _ru_verbless_member(reader: Reader, text: str) -> bool:
    """A list member that tells no kind or tense of its own: no cue word, no present, no past."""
    if find_cues(reader, text) or reader.present.search(text):
        return False
    tenses = {tense for _, tense in clause_tenses(text, 0, len(text))}  # (ru_tense: "школ" is no past)
    return not tenses & {"past", "done"}


def _kk_verbless_member(reader: Reader, text: str) -> bool:
    """A Kazakh list member that tells no kind or tense of its own ("- 1-бала – 22 648 тг."): no cue
    word, and nothing but a noun where its verb would stand."""
    if find_cues(reader, text):
        return False
    predicate = read_predicate(text, 0, len(text))
    return predicate is None or predicate.tense == "nominal"


def _parts_of_a_plan(reader: Reader, text: str, found: list[Indicator], kind: str) -> list[Indicator]:
    """'Планируется ввести 19 общежитий. Из них 11 общежитий на 3 052 места предназначены для
    ...': the parts of a planned (expected, targeted) total are planned too, unless the breakdown
    tells what was done ('построено', 'уже сдали': a past in '-л' or 'уже')."""
    if reader.now.search(text):
        return found
    if reader.language.code == "ru" and _DONE_PAST.search(text):
        return found
    if reader.language.code == "kk" and any(k in ("actual", "state") for _, k in find_cues(reader, text)):
        return found  # what was done, or what is ("Бұл ауылдарда 1,7 мың адам тұрады")
    return [replace(i, kind=kind) if i.kind == "actual" else i for i in found]


def _kk_plan_counted_by_field(text: str, found: list[Indicator], results: list[Indicator]) -> list[Indicator]:
    """'Биыл 200 жоба іске асырылады. ... Жиһаз өндірісінде 7, машина жасауда 5, ағаш өңдеуде 4 жоба
    бар': counts of one thing by field, ending on "бар" right after a plan, that fit within a planned
    count told before are its parts, planned with it, as a list under a lead of plans is (FORMAT.md);
    a stock that outgrows the plan ("Биыл 3 мектеп салынады. Қалада 12, ауылда 30 мектеп бар") is what
    there is now (+ps41kk)."""
    predicate = read_predicate(text, 0, len(text))
    if (
        predicate is None
        or predicate.word != "бар"
        or len(found) < 2
        or not results
        or results[-1].kind != "plan"
    ):
        return found
    if any(i.unit != "count" or i.kind != "actual" or i.is_change for i in found):
        return found
    planned = [i.value for i in results[-8:] if i.kind == "plan" and i.unit == "count" and not i.is_change]
    if not planned or sum(i.value for i in found) > max(planned):
        return found
    told = results[-1]
    return [
        replace(i, kind="plan", period_start=told.period_start, period_end=told.period_end) for i in found
    ]


# a Russian past in "-л" ("ввели", "построили") or a past participle of a deed ("построено", "сдано";
# not "предназначены": what the parts are for)
_DONE_PAST = re.compile(r"\w{2,}(?:л|ла|ло|ли)(?:сь|ся)?\b|\w+(?:ено|ано|ято|ото|ыто)\b", re.I)
