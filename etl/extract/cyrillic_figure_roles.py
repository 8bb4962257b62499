"""What one Russian or Kazakh figure stands for in its clause: the level a purpose clause aims at, a
plant's capacity, the worth or stake of projects not yet spent, what is meant for a span ("на 2025
год"), a level reached now, a share of the world's reserves."""

from __future__ import annotations

import re
from datetime import date

from etl.extract.cyrillic_numbers import Figure, Reader
from etl.extract.cyrillic_shared_cues import (
    _BY_BEFORE,
    _JOBS_AFTER,
    _JOBS_AFTER_GATE,
    _KK_POOL,
    _KK_PROJECTS_DONE,
    _KK_SPENT,
    _MONEY,
    _PART_WORD,
    _PART_WORD_GATE,
    _PROJECTS_HELD,
    _STATE_REACH,
    _THUS,
    match_in,
    search_in,
)
from etl.extract.cyrillic_standing import _spans_now
from etl.extract.indicator_record import Indicator
from etl.extract.literal_gates import literal_gate
from etl.extract.periods import Period
from etl.extract.records import replace

# an attribute of a plant's size: "мощностью до 100 вагонов", "рассчитанный на выпуск 6 тыс. вагонов"
# (not "школы рассчитаны на 206 тыс. мест": the seats of what was built in the span)
_CAPACITY_BEFORE = re.compile(
    r"(?<!\w)(?:мощность\w*|рассчитанн?\w*\s+на\s+(?:выпуск|производство|переработку|обработку))"
    r"\s+(?:до|около|свыше|более|порядка|почти)?\s*$",
    re.I,
)
_CAPACITY_BEFORE_GATE = literal_gate(_CAPACITY_BEFORE)
# a place's population named as its attribute: "город-спутник Косшы с населением свыше 100 тыс. человек"
# is how many live there now, under a span carried in (a sentence's own year, "В 2018 году газ подвели к 20
# селам с населением 50 тыс. человек", keeps it: tests/test_real20_ru_kinds.py; +fs41ru)
_POPULATION_ATTRIBUTE_BEFORE = re.compile(
    r"(?<!\w)с\s+(?:общей\s+)?(?:населением|численностью\s+(?:населения|жителей))"
    r"\s+(?:до|около|свыше|более|порядка|почти|примерно)?\s*$",
    re.I,
)
_PER_YEAR = re.compile(r"[^,;.()]*?(?<!\w)в\s+год(?!\w)", re.I)  # "... 12 млн тонн грузов в год"
# ("способны принять": the same capacity told by the adjective of ability, +fs41ru)
_CAN_TAKE = re.compile(
    r"(?<!\w)(?:мо(?:жет|гут)|способ(?:ен|на|но|ны))\s+(?:одновременно\s+)?(?:принять|принимать|вместить|вмещать|хранить|обрабатывать|"
    r"перерабатывать|выпускать|производить|обслуживать|пропускать)(?!\w)",
    re.I,
)
# what a store or plant is built to hold, said of its capacity right before the figure: "Мощности
# зернохранилищ рассчитаны на 757,3 тыс. тонн", "емкость хранилища рассчитана на 40 тыс. тонн" (not "школы
# рассчитаны на 206 тыс. мест": the seats of what was built in the span; +fs41ru)
_CAPACITY_DESIGNED_FOR = re.compile(
    r"(?<!\w)(?:мощност|вместимост|[её]мкост)\w*\s[^\d.;:]{0,60}?(?<!\w)рассчитан[аоы]?\s+на\s+"
    r"(?:до|около|свыше|более|порядка|почти)?\s*$",
    re.I,
)
# the goods after an amount, up to its verb: "250 тыс. тонн| зерна |способны принять"
_TAKEN_AMOUNT_END = re.compile(
    r"(?:\s+[^\W\d]+){0,2}?\s+(?=(?:мо(?:жет|гут)|способ(?:ен|на|но|ны))\s)|", re.I
)
_CAN_DO = re.compile(r"(?<!\w)(?:мощност|позволя|способе?н|рассчитан)\w*", re.I)  # "способен", "способны"

# a purpose clause: "чтобы <verb> ... до N" (not "достаточно, чтобы": what something suffices for)
_RU_PURPOSE = re.compile(r"(?<!\w)(?<!достаточно,\s)чтобы\s+[^,;:.!?]*?\sдо\s+$", re.I)
_RU_FOR_ENSURING = re.compile(r"(?<!\w)(?:для|с\s+целью)\s+обеспечения\s+(?:[^\W\d]+\s+){0,3}?$", re.I)
# "Для достижения 100% показателя к 2025 году выделено ...", "с целью достижения уровня в 95%": the level
# the money or work is for
_RU_FOR_REACHING = re.compile(
    r"(?<!\w)(?:для|с\s+целью)\s+достижения\s+(?:[^\W\d]+\s+){0,3}?(?:в\s+|до\s+)?$", re.I
)
# "<object> N-ға / N есеге <change>-у үшін": a change or level a verbal noun of purpose names
_KK_PURPOSE_CHANGE = re.compile(
    r"[^\s,;:.]*\s+(?:[^\W\d_]+\s+){0,2}?(?:арттыр|ұлғайт|көбейт|азайт|қысқарт|төмендет|жеткіз|көтер|өсір)[уы]\s+үшін(?!\w)",
    re.I,
)
# a counted noun in the dative up to which a purpose brings a measure: "1800 отбасына дейін қысқарту үшін"
_KK_COUNTED_UP_TO = re.compile(
    r"\s+[^\W\d_]+(?:ға|ге|қа|ке|на|не)\s+дейін\s+(?:[^\W\d_]+\s+){0,2}?"
    r"(?:арттыр|ұлғайт|көбейт|азайт|қысқарт|төмендет|жеткіз|көтер|өсір)[уы]\s+үшін(?!\w)",
    re.I,
)
_KK_LEVEL_CASE = re.compile(r"(?:%?-?(?:ға|ге|қа|ке|на|не)|\s+(?:пайызға|есеге|есе))(?!\w)", re.I)


# the end of a purpose clause before the main one: "Чтобы ..., " opening the sentence, "... үшін"
_RU_PURPOSE_OPENING = re.compile(r"^\s*(?:Для\s+того,?\s+)?[Чч]тобы\s+[^,;:.!?]+,\s", re.I)
_KK_PURPOSE_END = re.compile(r"(?<!\w)[^\W\d_]{2,}[уү]\s+үшін\s", re.I)


def _after_purpose(language: str, text: str, start: int) -> bool:
    """The figure at start stands in the main clause after a purpose clause."""
    if language == "ru":
        opening = _RU_PURPOSE_OPENING.match(text)
        return opening is not None and opening.end() <= start
    return any(m.end() <= start for m in _KK_PURPOSE_END.finditer(text, 0, start))


def _purpose_level(language: str, text: str, start: int, end: int) -> bool:
    """The figure is the level or change a purpose clause aims at: Russian "чтобы ... до N", Kazakh
    "N-ға / N есеге арттыру үшін"."""
    # (a plain substring test first: most sentences have no purpose clause at all)
    if language == "ru":
        if "достижения" in text and _RU_FOR_REACHING.search(text, max(0, start - 60), start):
            return True
        if (
            "обеспечения" in text and ("%" in text[start:end] or "процент" in text[start:end])
            and _RU_FOR_ENSURING.search(text, max(0, start - 60), start)
        ):  # fmt: skip
            return True  # "меры для обеспечения населения 100%-ным доступом к воде": the share aimed at
        return ("чтобы" in text or "Чтобы" in text) and _RU_PURPOSE.search(
            text, max(0, start - 120), start
        ) is not None
    if language != "kk" or "үшін" not in text:
        return False
    if _KK_COUNTED_UP_TO.match(text, end) is not None:
        return True  # "кезекті 1800 отбасына дейін қысқарту үшін": the level a count is to be brought to
    level = _KK_LEVEL_CASE.match(text, end) or _KK_LEVEL_CASE.search(text, max(start, end - 4), end)
    return (
        level is not None
        and _KK_PURPOSE_CHANGE.match(text, level.end() if level.end() > end else end) is not None
    )


_FOR_BEFORE = re.compile(r"(?<!\w)на\s+$", re.I)

# what a project is worth, can produce or employ: "стоимостью", "на сумму", "мощностью", "рабочих мест"
_STAKE_BEFORE = re.compile(
    r"(?:стоимост\w*|на\s+сумму|мощност\w*|объем\w*\s+инвестиций|инвестиций\s+на|проект\w*\s+на)"
    r"(?:\s+(?:свыше|более|около|порядка|почти|до|в))?\s*$",
    re.I,
)
# "проекты рассчитаны на создание 2 400 рабочих мест": the jobs they are designed to create
# "протяженностью (свыше) 1,08 тыс. км": the length of what is named before
_LENGTH_BEFORE = re.compile(r"протяженност\w*\s+(?:свыше\s+|более\s+|около\s+|порядка\s+)?$", re.I)
# building told as going on: "продолжается строительство", "ведется строительство", "идет строительство"
_BUILDING_GOES_ON = re.compile(
    r"(?<!\w)(?:продолжается|ведется|ведётся|идет|идёт)\s+(?:и\s+)?(?:строительство|реконструкция)(?!\w)",
    re.I,
)
# work on bringing things in told as going on: "Правительство ведет работу по вводу ... мощностью 26 ГВт",
# "ведется работа по строительству" (+fs30ru)
_WORK_GOES_ON = re.compile(
    r"(?<!\w)(?:вед[её]т|ведут|вед[её]тся|ведутся)\s+(?:[^\W\d]+\s+)?работ[ауы]?\s+по\s+"
    r"(?:вводу|строительству|созданию|запуску|возведению|реконструкции|модернизации)(?!\w)",
    re.I,
)
# jobs told as the people who will work: "обеспечить работой 5,5 тысячи человек", "трудоустроить"
_EMPLOYED_BEFORE = re.compile(
    r"(?<!\w)(?:обеспечить|обеспечит|обеспечат)\s+работой\s+(?:[^\W\d]+\s+)?$|(?<!\w)трудоустроить\s+(?:[^\W\d]+\s+)?$",
    re.I,
)
_EMPLOYED_BEFORE_GATE = literal_gate(_EMPLOYED_BEFORE)
# a sentence opening on the carrying out of what was just counted: "Их реализация позволит ..."
_THEIR_REALIZATION = re.compile(r"\s*(?:их|его)\s+реализаци\w+\s+(?:[^\W\d]+\s+)?позвол", re.I)
_DESIGNED_TO_CREATE = re.compile(r"(?<!\w)рассчитан\w*\s+на\s+создание\s+(?:[^\W\d]+\s+){0,2}$", re.I)
# done: "уже профинансированы на 89,4 млрд", "освоено", "вложено", "инвестировано", "создано"
_STAKE_DONE = re.compile(
    # (not "будут запущены", "должны быть введены": work ahead, said in the passive)
    r"\b(?<!будут\s)(?<!будет\s)(?<!быть\s)(?:уже|профинансирован\w*|освоен\w*|вложен\w*|инвестирован\w*|создан[оаы]?|введен\w*|введён\w*|"
    r"запущен\w*|завершен\w*|завершён\w*)\b",
    re.I,
)

# A share of the world's reserves ("41% мировых запасов", "5,6% мировых резервов цинка"): a
# stock told with no date of its own stands at publication, unlike a share of a flow reported for
# the lead's span ("на Китай приходится 40% экспорта"), which the copula "приходится" carries.
_RU_STOCK_NOUN = re.compile(r"(?<!\w)(?:запас|резерв|месторожден)\w*", re.I)
_RU_WORLD_AFTER = re.compile(
    r"\s*(?:от\s+)?(?:(?:всех|всего|общих)\s+)?(?:(?:обще)?миров\w*|мире)(?!\w)", re.I
)


# The noun of a level: what a thing stands at, not what flowed over a span ("доля", "уровень",
# "численность", "поголовье", "запасы", "охват"; "үлесі", "деңгейі", "халық саны", "мал басы", "қоры").
# A flow ("объем производства", "экспорт", "доходы", "өндіріс көлемі") has none of them.
_LEVEL_NOUN = {
    "ru": re.compile(
        r"(?<!\w)(?:дол[яиюе]|уровень|уровня|численност\w*|поголовь\w*|запас\w*|охват\w*|"
        r"обеспеченност\w*|износ\w*|населени\w*)(?!\w)",
        re.I,
    ),
    "kk": re.compile(
        r"(?<!\w)(?:үлес\w*|деңгей\w*|(?:халқ|халық|тұрғын)\w*\s+саны\w*|мал\s+басы\w*|қоры\w*|"
        r"қамту\w*|қамтылу\w*|тозу\w*)(?!\w)",
        re.I,
    ),
}
# the verb that tells where a level stands: a reach, past or present ("достиг", "достигает", "выросла
# до", "жетті", "жетеді"), the Kazakh present copula "құрайды" and estimate "деп бағаланады"; not a
# past copula ("составила", "құрады"), which reports the span's figure. (The Russian "составляет"
# is left to _states_now: a share "составляет" after a sentence of plans cost unseen periods, ru18.)
_LEVEL_VERB = {
    "ru": re.compile(r"(?<!\w)(?:достиг\w*|достига(?:ет|ют))(?!\w)", re.I),
    "kk": re.compile(r"(?<!\w)(?:жетті|жетеді|жеткен|құрайды|бағаланады)(?!\w)", re.I),
}
# "выросла до 91%", "сократилось до 4,7%": the figure is the level a change came to
_RU_UP_TO = re.compile(r"(?<!\w)до\s+(?:(?:почти|около|более|свыше|порядка|рекордных)\s+)?$", re.I)


def _level_reached_now(
    reader: Reader,
    text: str,
    figure: Figure,
    clause: tuple[int, int],
    cues: list[tuple[int, str]],
    scope: Period | None,
    published: date,
) -> bool:
    """A figure its sentence leaves undated, under a span carried from before that runs at
    publication, whose clause names a level ("доля", "численность", "үлесі") before it and says where
    the level stands ("достигла", "выросла до", "жетті", "құрайды"): the level as of
    now, not a flow over the span; a plan, outlook or part of a total in the clause is not."""
    language = reader.language.code
    if language not in _LEVEL_NOUN or not _spans_now(scope, published) or _THUS[language].match(text):
        return False
    low = max(clause[0], figure.start - _STATE_REACH)
    if not _LEVEL_NOUN[language].search(text, low, figure.start):
        return False
    reach = _LEVEL_VERB[language].search(text, low, min(clause[1], figure.end + _STATE_REACH))
    if reach is None and not (
        language == "ru" and _RU_UP_TO.search(text, max(low, figure.start - 24), figure.start)
        and reader.change.search(text, low, figure.start)
    ):  # fmt: skip
        return False
    if search_in(_PART_WORD, _PART_WORD_GATE, text, low, figure.end) or (
        language == "ru" and _BY_BEFORE.search(text, max(low, figure.start - 16), figure.start)
    ):
        return False  # a part of a total; "выросла на 5%": a change over the span, not a level
    return all(not low <= position < clause[1] or kind in ("actual", "state") for position, kind in cues)


# "5,6% мировых резервов цинка и 2,4% свинца": the second share of a pair reads as the first
_RU_WORLD_PAIR = re.compile(r"%\s*(?:от\s+)?(?:мирово\w*|мировых)\s+(?:[^\W\d]+\s+){1,4}(?:и|,)\s+$", re.I)


def _ru_world_stock_share(language: str, text: str, figure: Figure) -> bool:
    return (
        language == "ru" and figure.unit == "percent" and bool(_RU_STOCK_NOUN.search(text))
        and bool(_RU_WORLD_AFTER.match(text, figure.end)
                 or _RU_WORLD_PAIR.search(text, max(0, figure.start - 80), figure.start))
    )  # fmt: skip


def _capacity(reader: Reader, text: str, figure: Figure, clause: tuple[int, int], inherited: bool) -> bool:
    """A plant's capacity: named as its attribute ("мощностью до 100 вагонов", whatever date the
    clause gives its opening), or, with no period of its own, a yearly amount it can handle or
    handles now ("позволяют обрабатывать 12 млн тонн в год"; not "очищалось 1,5 тыс. км в год")."""
    if search_in(_CAPACITY_BEFORE, _CAPACITY_BEFORE_GATE, text, max(0, figure.start - 48), figure.start):
        return True
    if inherited and _POPULATION_ATTRIBUTE_BEFORE.search(text, max(0, figure.start - 48), figure.start):
        return True
    if inherited and _CAN_TAKE.search(text, clause[0], figure.start):
        return True  # "элеваторы могут принять 20 млн тонн": what they can take now
    goods = _TAKEN_AMOUNT_END.match(text, figure.end)  # (never None: the pattern may match empty)
    if inherited and goods is not None and _CAN_TAKE.match(text, goods.end()):
        return True  # "еще 250 тыс. тонн зерна способны принять мельницы": the amount before its verb
    if inherited and _CAPACITY_DESIGNED_FOR.search(text, max(clause[0], figure.start - 90), figure.start):
        return True  # "Мощности зернохранилищ рассчитаны на 757,3 тыс. тонн": what they hold now
    if not inherited or not _PER_YEAR.match(text, figure.end, clause[1]):
        return False
    return bool(
        _CAN_DO.search(text, clause[0], clause[1]) or reader.present.search(text, clause[0], clause[1])
    )


# the worth named before the sum: "жалпы құны 5,8 млрд", "Жобаның жалпы құны – 5,8 млрд", "құны шамамен"
_KK_WORTH_NAMED = re.compile(r"(?<!\w)құны\s*(?:[—–-]\s*)?(?:шамамен\s+|кем\s+дегенде\s+)?$", re.I)
# what projects are: a project, a pool or portfolio, a plant or works being built
# (a pool or portfolio has its own rule: the labels round set its worth to plan in every dev file)
_KK_PROJECT_NOUN = re.compile(r"(?<!\w)(?:жоба|инвестициялық\s+бастама)\w*", re.I)


def _kk_project_worth(text: str, figure: Figure, clause: tuple[int, int]) -> bool:
    """True for the worth of Kazakh projects, a pool or a portfolio, said in a clause that tells
    none of it spent (FORMAT.md: the worth of projects is plan, their count a present state)."""
    # (the window, not the clause: a dash "құны – 5,8 млрд" ends a clause)
    if not _KK_WORTH_NAMED.search(text, max(0, figure.start - 30), figure.start):
        return False
    return (
        bool(_KK_PROJECT_NOUN.search(text))
        and not _KK_POOL.search(text)
        and not _KK_SPENT.search(text, clause[0], clause[1])
        and not _KK_PROJECTS_DONE.search(text)
    )


def _project_stake(text: str, figure: Figure, clause: tuple[int, int]) -> bool:
    """True for the worth, capacity or jobs of projects under way or in a pool, in a sentence
    that says no part of it is done."""
    # the figure's own words first: a window around it costs less than the sentence's
    worth = (figure.unit in _MONEY or figure.unit in ("MW", "GW")) and _STAKE_BEFORE.search(
        text, max(0, figure.start - 40), figure.start
    )
    # ("Продолжается строительство магистралей общей протяженностью 1,08 тыс. км": the size of what
    # is under construction, +fs35ru)
    if (
        figure.unit == "km" and _LENGTH_BEFORE.search(text, max(0, figure.start - 40), figure.start)
        and _BUILDING_GOES_ON.search(text) and not _STAKE_DONE.search(text)
    ):  # fmt: skip
        return True
    jobs = match_in(_JOBS_AFTER, _JOBS_AFTER_GATE, text, figure.end) or search_in(
        _EMPLOYED_BEFORE, _EMPLOYED_BEFORE_GATE, text, max(0, figure.start - 40), figure.start
    )
    if not (worth or jobs):
        return False
    designed = not worth and _DESIGNED_TO_CREATE.search(text, max(0, figure.start - 60), figure.start)
    # ("Всего пул включает 69 производств. Их реализация позволит обеспечить работой 5,5 тысячи человек":
    # the projects held were counted in the sentence before, +fs35ru)
    held = (
        _PROJECTS_HELD.search(text)
        or (not worth and _THEIR_REALIZATION.match(text))
        # (the capacity of what work going on is to bring in: +fs30ru)
        or (worth and figure.unit in ("MW", "GW") and _WORK_GOES_ON.search(text))
    )
    return bool(designed or held) and not _STAKE_DONE.search(text)


def _for_span(text: str, period: Period) -> bool:
    """'на 2025 год', 'на текущий год': what is meant for that span, not what it saw."""
    own = text[period.start : period.end].lstrip().lower()
    return own.startswith("на ") or bool(_FOR_BEFORE.search(text, max(0, period.start - 4), period.start))


# money's purpose naming what it keeps going: "на работу 30 подведомственных учреждений", "на содержание 12 парков"
_RU_UPKEEP_OF_BEFORE = re.compile(
    r"(?<!\w)на\s+(?:работу|содержание|обслуживание|деятельность|функционирование)\s+(?:более\s+|около\s+|свыше\s+)?$",
    re.I,
)


def ru_upkeep_counts(
    text: str, found: list[Indicator], published: date, sentence_start: int
) -> list[Indicator]:
    """'Средства пойдут на работу 30 подведомственных учреждений': what money keeps going exists already,
    so how many there are is a count at publication (FORMAT.md: how many there are is a present state),
    not a plan of the money's years (+fs30ru)."""
    return [
        replace(i, kind="actual", period_start=published, period_end=published)
        if i.unit == "count" and i.kind == "plan"
        and _RU_UPKEEP_OF_BEFORE.search(text, max(0, i.start_char - sentence_start - 40), i.start_char - sentence_start)
        else i
        for i in found
    ]  # fmt: skip


# "при годовом лимите 909,3 тыс. тонн", "при годовой квоте", "годовой план – 1,2 млн тонн": a yearly
# ceiling or plan beside what a part of that year brought
_RU_YEARLY_BOUND_BEFORE = re.compile(
    r"(?<!\w)(?:годов(?:ой|ом|ого|ым|ая|ую)\s+(?P<what>лимит|квот|норматив|норм|план)\w*"
    # the same bound told "план на год", "лимит на текущий год", "план текущего года" (+pb44ru)
    r"|(?P<on_year>лимит|квот|план)\w*\s+"
    r"(?:на\s+(?:(?:текущий|этот|нынешний)\s+)?год|(?:текущего|этого|нынешнего)\s+года))"
    r"\s*(?:[-–—:]\s*|в\s+(?:размере\s+)?|составля\w+\s+|(?:около|порядка|более|свыше)\s+)*$",
    re.I,
)
_RU_YEARLY_BOUND_BEFORE_GATE = literal_gate(_RU_YEARLY_BOUND_BEFORE)


def ru_yearly_bound(text: str, text_start: int, found: list[Indicator]) -> list[Indicator]:
    """'В первом полугодии предприятия выбросили 350,65 тыс. тонн при годовом лимите 909,3 тыс. тонн':
    a yearly limit or quota is a target of the whole year the sentence's span lies in, a yearly plan
    that year's plan; not the span's outcome (+fs40ru)."""
    bounds = []
    for i in found:
        start = i.start_char - text_start
        bound = search_in(
            _RU_YEARLY_BOUND_BEFORE, _RU_YEARLY_BOUND_BEFORE_GATE, text, max(0, start - 50), start
        )
        first, last = i.period_start, i.period_end
        if (
            bound is not None
            and not i.is_change
            and first is not None
            and last is not None
            and first.year == last.year
        ):
            i = replace(
                i,
                kind="plan" if (bound["what"] or bound["on_year"]).lower() == "план" else "target",
                period_start=date(first.year, 1, 1),
                period_end=date(first.year, 12, 31),
            )
        bounds.append(i)
    return bounds
