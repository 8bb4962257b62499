"""Whether a Russian or Kazakh figure is a level standing at publication rather than the figure of a
span: a present tense or state in its clause, a rule in force, a share of what was done, a plan
borrowed across a contrast or from a strategy document."""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date

from etl.extract.cyrillic_kinds import RU_RULE_BOUND_BEFORE, WAITING_IN_LINE_PATTERN, clause_span
from etl.extract.cyrillic_numbers import Figure, Reader
from etl.extract.cyrillic_report_span import _is_span
from etl.extract.cyrillic_shared_cues import (
    _BY_BEFORE,
    _KK_CHANGE_THERE_IS,
    _PART_WORD,
    _PART_WORD_GATE,
    _PAST_CUE,
    _RU_DONE_WORD,
    _RUSSIAN_PAST_TENSE,
    _SHARE_OF_BEFORE,
    _STATE_REACH,
    _THUS,
    search_in,
)
from etl.extract.indicator_record import Indicator
from etl.extract.literal_gates import literal_gate
from etl.extract.periods import Period
from etl.extract.records import replace
from etl.extract.ru_tense import clause_tenses
from etl.extract.units import CURRENCIES

# ", тогда как ...", ", а ...": a contrast opens a clause of its own (not "а также", "а именно")
_CONTRAST_MARK = re.compile(
    r",\s+(?:тогда\s+как|в\s+то\s+время\s+как|а(?!\s+(?:также|именно|значит)\b)|но)\s", re.I
)
# the present of an imperfective verb ("превышает", "прибавляет", "работают"): what is, not what will be
_PRESENT_VERB = re.compile(r"\b\w{3,}(?:ает|яет|еет|ует|ают|яют|еют|уют)(?:ся)?\b", re.I)


def _across_contrast(
    reader: Reader, text: str, cues: list[tuple[int, str]], clause: tuple[int, int], start: int
) -> bool:
    """True when a figure with no cue of its own borrowed a plan or forecast from across a contrast
    while its own side has a verb in the present: 'свободная емкость превышает 14,3 млрд кубометров,
    тогда как приток ожидается в пределах 9-13 млрд'. Russian only (a Kazakh verb ends its clause)."""
    if reader.language.code != "ru" or any(clause[0] <= p < clause[1] for p, _ in cues):
        return False
    marks = [m.start() for m in _CONTRAST_MARK.finditer(text)]
    if not marks:
        return False
    side_start = max((m for m in marks if m < start), default=0)
    side_end = min((m for m in marks if m > start), default=len(text))
    if any(side_start <= p < side_end and k != "actual" for p, k in cues):
        return False
    return bool(_PRESENT_VERB.search(text, side_start, side_end))


# A strategy document ("Концепция развития ... предусматривает рост мощностей до 39 млн тонн",
# "тұжырымдамасы бойынша ... тозуын 45%-ға дейін азайту көзделген") sets the levels to reach: goals
_STRATEGY = re.compile(r"(?<!\w)(?:концепци|стратеги|тұжырымдама)\w*", re.I)
_LEVEL_BEFORE = re.compile(r"(?<!\w)до\s+(?:[^\W\d]+\s+)?$", re.I)  # "до 39 млн", "до уровня 40%"
_LEVEL_AFTER = re.compile(r"\S*\s+дейін(?!\w)", re.I)  # "45%-ға дейін"


def _strategy_level(text: str, figure: Figure) -> bool:
    """A level to reach ("до 39 млн тонн", "45%-ға дейін") in a sentence that names a strategy document."""
    return bool(
        _STRATEGY.search(text, 0, figure.start)
        and (
            _LEVEL_BEFORE.search(text, max(0, figure.start - 20), figure.start)
            or _LEVEL_AFTER.match(text, figure.end)
        )
    )


def _spans_now(scope: Period | None, published: date) -> bool:
    """A span of more than a day that runs at publication ("с начала года", "в 2022-2026 годах")."""
    return (
        scope is not None and scope.period_start is not None and scope.period_end is not None
        and scope.period_start < published <= scope.period_end
    )  # fmt: skip


# present verbs of who or what is there, no work done over a span: "трудятся", "проживают",
# "функционируют", "насчитывается" (not "ведется", "строится", "реализуется"; "учатся" in what
# was built this year stays the year's, tests/test_cyrillic_periods_kinds.py)
_RU_STATE_VERB = re.compile(
    r"(?<!\w)(?:трудят?ся|трудится|проживаю?т|функционирую?т|действую?т|"
    r"насчитываю?т?ся|числят?ся|работаю?т|"
    # "проходят дуальное обучение", "проходит службу": who is in training or service now
    r"проход(?:ят|ит)\s+(?:[^\W\d]+\s+)?(?:обучение|практику|лечение|службу|стажировку))(?!\w)",
    re.I,
)


def _states_now(
    reader: Reader,
    text: str,
    figure: Figure,
    clause: tuple[int, int],
    cues: list[tuple[int, str]],
    scope: Period | None,
    previous_present: bool,
    published: date,
) -> bool:
    """A figure the sentence leaves undated, under a scope that is a span or a deadline, in a clause
    whose verb states how things stand now ("закупочная цена составляет 40 тыс. тенге", "на полях
    работают 113 комбайнов", "есепте 15 134 науқас тұр") and that tells nothing done or planned (no
    cue); a clause without a verb ("(4,6%)") follows the figure before it."""
    if reader.language.code == "ru" and _THUS["ru"].match(text):
        return False  # "Таким образом, связью пользуются 92%": the result of the span before, restated
    if (
        previous_present and reader.language.code == "ru"
        and _RU_DASH_MEMBER.search(text, max(0, figure.start - 60), figure.start)
    ):  # fmt: skip
        # "Тариф составляет 18,4 тенге, за 1 кг сжиженного — 148,75 тенге": a verbless member after a
        # comma shares the present of the figure before it, under a span over too
        return True
    if (
        previous_present and reader.language.code == "ru"
        and _RU_BARE_MEMBER_OPEN.search(text, max(0, figure.start - 8), figure.start)
        and not clause_tenses(text, figure.end, min(clause[1], figure.end + 80))
    ):  # fmt: skip
        # "На полях работают 29 комбайнов, 86 тракторов и 42 машины": a count listed after the one
        # the verb governs, with no verb of its own, shares its present (not a year carried before)
        return True
    if reader.language.code == "ru" and _ru_standing_size_dash(text, figure, clause, scope):
        return True
    # the words around the figure in its clause, a bounded window (linear in a sentence of thousands)
    clause = (max(clause[0], figure.start - _STATE_REACH), min(clause[1], figure.end + _STATE_REACH))
    # "с 1 января 2026 года вырастут на 12%. Протяженность сетей составляет 83 тыс. км": what stands
    # now, told after a change from a day ahead, is today's, not the rate to come
    ahead = (
        scope is not None and scope.period_end is None and scope.period_start is not None
        and scope.period_start > published and reader.language.code == "ru"
        and search_in(_EXISTS_NOW, _EXISTS_NOW_GATE, text, clause[0], clause[1]) is not None
    )  # fmt: skip
    if (
        scope is None or (scope.period_end is None and not ahead) or scope.period_start == scope.period_end
        or (
            scope.period_end is not None and scope.period_end < published and reader.language.code == "ru"
            # "Парк компании насчитывает 52 тыс. вагонов": what exists is counted now, whatever span
            and not search_in(_EXISTS_NOW, _EXISTS_NOW_GATE, text, clause[0], clause[1])
            and not _RU_LAW_RATE.search(text, clause[0], clause[1])
        )
        or search_in(_PART_WORD, _PART_WORD_GATE, text, clause[0], clause[1])
    ):  # fmt: skip
        # a day ("на 1 октября") or an open start keeps its date; under a span already over the
        # Russian present tells that span's figures ("на оптовую торговлю приходится 66,4%" in
        # January-September; a Kazakh "бар", "тұр" is no such present); a part ("оның ішінде 450
        # мың ерікті бар") is its total's
        return False
    if (
        reader.language.code == "ru" and figure.unit in ("percent", "percentage_point", "times")
        and _BY_BEFORE.search(text, max(clause[0], figure.start - 16), figure.start)
    ):  # fmt: skip
        # "..., что на 35% превышает прошлогодний объем": a change against a base, over the span in scope
        return False
    if reader.language.code == "kk" and _KK_CHANGE_THERE_IS.match(text, figure.end):
        return False  # "... салыстырғанда 14,6 пайызға өсім бар": a change of the span, no state now
    if reader.language.code == "ru" and _RU_CHANGE_SUBJECT.search(text, clause[0], figure.start):
        return False  # "В этом году привлечено 411 млрд. Рост составляет 14,6%": the span's change
    if reader.language.code == "ru" and _ru_share_of_what_was_done(text, figure, clause):
        # "На Астану приходится 40% всех выданных займов" under "с начала года": a share of what the
        # span counted is that span's, as English reads "accounts for 40% of all loans granted"
        return False
    kazakh = reader.language.code == "kk"
    first = bisect_left(cues, (clause[0], ""))
    own = cues[first : bisect_left(cues, (clause[1], ""))]
    if kazakh and own and all(_KK_NEGATIVE_STATE.match(text, position) for position, _ in own):
        return True  # "ауырғандар балалардың 20%-ынан аспайды": what is not so now, a state of today
    if any(
        kind not in ("actual", "state") or kazakh or _RUSSIAN_PAST_TENSE.match(text, position)
        for position, kind in own
    ):
        return False  # (a Russian "-ен(а)" ending is as often a noun, "цена", as a participle)
    return (
        bool(reader.present.search(text, clause[0], clause[1]))
        or (previous_present and not _ANY_LETTERS.search(text, clause[0], clause[1]))
        or _ru_verbless_aside_of_present(reader, text, figure, cues)
        or _ru_after_colon_of_present(reader, text, figure, clause, cues)
    )


# "Общая протяженность дорожной сети области — 6 183 км", "Совокупная мощность заводов – до 4,7 млн
# тонн": the size of what stands, told with a dash and no verb (the zero present), opening its sentence
# (not the length of what a span built: "Протяженность построенных сетей — 48 км")
_RU_STANDING_SIZE_DASH = re.compile(
    r"^\s*(?:[^\W\d]+(?:ая|ий|яя)\s+)?(?P<size>(?:протяж[её]нност|мощност|вместимост|[её]мкост)\w*)"
    r"(?:\s+(?![^\W\d]+(?:нн|т)(?:ых|ой|ого|ые|ый|ая)(?!\w))[^\W\d]+){0,5}\s+[—–]\s+"
    r"(?:(?:до|около|почти|более|свыше|порядка)\s+)?$",
    re.I,
)

# a stock as a whole: a network or system, a place's whole, or many of a kind (a genitive plural)
_RU_STOCK_WORDS = re.compile(  # (read after the size's noun)
    r"(?<!\w)(?:сет(?:ь|и|ей)|систем\w*|област\w*|регион\w*|стран\w*|город\w*|район\w*)(?!\w)"
    r"|[^\W\d]{3,}(?:ов|ев|ей|ий)(?!\w)",
    re.I,
)
_RU_NEW_WORD = re.compile(r"(?<!\w)(?:нов|построенн|введ[её]нн|открыт)\w*", re.I)


def _ru_standing_size_dash(text: str, figure: Figure, clause: tuple[int, int], scope: Period | None) -> bool:
    """A standing size told verblessly after a dash at the sentence's opening, under a span already
    carried in: the network's length or the plants' capacity as they stand at publication (FORMAT.md:
    a present state with no date of its own), not the span's (a day keeps its date)."""
    opening = _RU_STANDING_SIZE_DASH.match(text[: figure.start])
    return (
        scope is not None and scope.period_start != scope.period_end and opening is not None
        # the whole stock of a place or kind ("дорожной сети области", "заводов", "электростанций"), not
        # the one new thing the sentence before told built or opened ("новых сетей", "трассы", "арены")
        and _RU_STOCK_WORDS.search(opening.group(), opening.end("size")) is not None
        and _RU_NEW_WORD.search(opening.group()) is None
    )  # fmt: skip


# a list member opened by a comma or "и" right before its figure
_RU_BARE_MEMBER_OPEN = re.compile(r"(?:,|\sи|\sиз)\s+(?:(?:почти|около|более|свыше)\s+)?$", re.I)


# ", доход которых ниже 35%", ", определённую на уровне 35%": a relative clause or a participle
# hung on the noun before it
_RU_ATTACHED_ASIDE = re.compile(
    r",\s+(?:[^\W\d_]+\s+)?(?:котор\w+|[^\W\d_]{3,}(?:енн|ённ|анн|янн)(?:ый|ая|ое|ые|ого|ой|ую|ых|ым|ом))(?!\w)",
    re.I,
)


def _ru_verbless_aside_of_present(
    reader: Reader, text: str, figure: Figure, cues: list[tuple[int, str]]
) -> bool:
    """A Russian figure in a relative or participle aside with no verb of its own, hung on a main
    clause told in the present ("Помощь назначается гражданам, доход которых ниже 35% медианного
    дохода"): a rule or state of now, as its main clause (not the year a budget line before named)."""
    if reader.language.code != "ru":
        return False
    asides = list(_RU_ATTACHED_ASIDE.finditer(text, max(0, figure.start - 120), figure.start))
    aside = asides[-1] if asides else None  # the nearest aside before the figure
    if (
        aside is None
        or clause_tenses(text, aside.start(), figure.start)
        or "," in text[aside.end() : figure.start]
    ):
        return False
    main = clause_span(text, aside.start() - 1, aside.start())
    return _present_clause(reader, text, (main[0], aside.start()), cues)


def _ru_after_colon_of_present(
    reader: Reader, text: str, figure: Figure, clause: tuple[int, int], cues: list[tuple[int, str]]
) -> bool:
    """'Условия по займам являются выгодными: 2,5% на 5-7 лет': a verbless figure after a colon spells
    out a clause told in the present before it, a state of now (not the year a budget line named)."""
    if reader.language.code != "ru":
        return False
    colon = text.rfind(":", max(0, figure.start - 40), figure.start)
    if colon < 0 or clause_tenses(text, colon + 1, clause[1]):
        return False
    main = clause_span(text, colon - 1, colon)
    return _present_clause(reader, text, (main[0], colon), cues)


def _ru_done_under_span_ahead(
    reader: Reader,
    text: str,
    clause: tuple[int, int],
    cues: list[tuple[int, str]],
    scope: Period | None,
    published: date,
) -> bool:
    """True for a Russian clause telling a deed done, with no cue of plan or forecast of its own,
    under a carried span that opens at publication and runs ahead ("в ближайшие три года")."""
    if reader.language.code != "ru" or scope is None or scope.is_deadline:
        return False
    if scope.period_start is None or scope.period_end is None:
        return False
    if scope.period_start != published or scope.period_end <= published:
        # (a budget's years ahead, "на 2026-2028 годы ... Субвенции увеличены на 17,5 млрд", keep
        # what was changed in them: a plan of those years)
        return False
    own = [kind for position, kind in cues if clause[0] <= position < clause[1]]
    return all(kind == "actual" for kind in own) and bool(_RU_DONE_WORD.search(text, clause[0], clause[1]))


# a list member told as a label and a dash after a comma: ", за 1 кг сжиженного — ", ", в ЗКО – "
# (the comma a word's, not a decimal one: "с 256,6 млрд тенге – 148 млрд" is a whole and its part)
_RU_DASH_MEMBER = re.compile(r"(?<!\d)[,;]\s+(?:а\s+|и\s+)?(?:[\w.]+\s+){1,5}[—–-]\s*$")


# after a share: what was done over the span, a participle of doing ("всех выданных займов", "от
# всего введенного", "построенного жилья"): after "всех/всего/от", or right after the figure with a
# verb's prefix (not an adjective in -ственн-: "отечественной продукции", "государственного жилья")
_RU_SHARE_VERB = re.compile(r"(?<!\w)(?:приход(?:ится|ятся)|составля(?:ет|ют)|доля|долю)(?!\w)", re.I)
_RU_OF_WHAT_WAS_DONE = re.compile(
    r"\s*(?:%\s*)?(?:"
    r"(?:от\s+)?(?:всех|всего|всей|общего|общей|общих)\s+(?:(?:объема|числа|количества|площади|суммы)\s+)?"
    r"(?:[^\W\d]+\s+)?[^\W\d]+(?:енн|анн|ённ|нн|т)(?:ых|ого|ой|ые|ое|ая)"
    r"|(?:вы|по|пере|за|вве|при|про|со|от|на|до|из|у)[^\W\d]*(?<!ств)(?:енн|анн|ённ)(?:ых|ого|ой)"
    r")(?!\w)",
    re.I,
)


def _ru_share_of_what_was_done(text: str, figure: Figure, clause: tuple[int, int]) -> bool:
    """A share ("приходится", "составляет", "доля") of a whole counted by what was done ("всех
    выданных займов"), read in the figure's clause."""
    return bool(
        _RU_SHARE_VERB.search(
            text, max(clause[0], figure.start - _STATE_REACH), min(clause[1], figure.end + 40)
        )
        and _RU_OF_WHAT_WAS_DONE.match(text, figure.end, clause[1])
    )


# a mean is taken over a span: "в среднем 766 тыс. тенге получают горняки" is that span's figure
_AVERAGE = re.compile(r"(?<!\w)(?:в\s+среднем|средн\w+)(?!\w)", re.I)
# a ranking ("Самой популярной маркой остается Toyota с 25 тыс.", "чаще всего ..."): the first of
# the units the span's report compares, that span's figure
_RANKING = re.compile(
    # (any comparative before "всего" ranks: "сильнее всего загрязняет", "активнее всего", "выше всего"; +fs41ru)
    r"(?<!\w)(?:сам(?:ый|ая|ое|ые|ой|ого|ую|ым|ыми|ых)|[^\W\d]{2,}(?:ее|ше|же|ще|ле)\s+всего|наибол\w+|наимен\w+|"
    r"лидер\w*|перв(?:ое|ую)\s+мест\w*)(?!\w)",
    re.I,
)
_RANKING_GATE = literal_gate(_RANKING)

# a rule's condition opening the sentence: "Если стаж ...", "За каждый год сверх 10 лет ...", "При стаже
# 20 лет и более ...", "При наличии ..."
_RU_RULE_OPEN = re.compile(
    r"\s*(?:(?:так|например|к\s+примеру),\s+)?"  # "Так, при стаже 20 лет ...": a worked example of it (+fs39ru)
    r"(?:если|за\s+кажд\w+|при\s+(?P<size>стаже|наличии|условии|доходе|заработной|зарплате)"
    # "К примеру, человек с 20-летним стажем получит 90%": the length of service told with "с" (+ps41ru)
    r"|(?:[^\W\d]+\s+){0,2}?с\s+(?:[\w-]+\s+){0,2}?(?P<with>стажем|доходом|зарплатой))(?!\w)",
    re.I,
)


def _ru_rule_in_force(language: str, text: str, published: date, carried: Period | None) -> bool:
    """True for a Russian sentence laying out a rule ("Если ..., выплата составляет 70%", "При стаже
    20 лет выплата увеличивается на 2%") told in the present with no past, participle or future, under
    a span or day carried from before that ended by publication or runs at it."""
    opening = _RU_RULE_OPEN.match(text) if language == "ru" and carried is not None else None
    if opening is None or carried is None:
        return False
    # (a span still running counts too: "с 2023 по 2027 год поэтапно повышаются ... . Если стаж не превышает
    # 10 лет, размер ... равен 70%" is the rule in force now, FORMAT.md; +fs30ru)
    if carried.period_end is None or (
        carried.period_end >= published
        and not (carried.period_start is not None and carried.period_start < published)
    ):
        return False
    tenses = {tense for _, tense in clause_tenses(text, 0, len(text))}
    # "Так, при стаже 20 лет выплата составит 90%": what a payment comes to at a given length of
    # service or income is the rule's outcome, told in the future too (not "если ... будет
    # реализовано", a plan's condition; nor "при условии", a plan's too)
    ruled = (
        {"future"}
        if opening.group("size") in ("стаже", "доходе", "заработной", "зарплате") or opening.group("with")
        else set()
    )
    return bool(tenses) and not tenses & ({"past", "done", "future"} - ruled)


def _bracket_host(text: str, figure: Figure, clause: tuple[int, int]) -> tuple[int, int]:
    """The clause a bare bracketed figure stands in: "Жители остаются довольны работой (91%)" has
    its verb outside the bracket, whose own clause is the figure alone."""
    if text[clause[0] : figure.start].strip() != "(" and not text[: clause[0]].endswith("("):
        return clause
    if text[figure.end : clause[1]].strip(" )") or clause[0] < 2:
        return clause
    opening = text.rfind("(", 0, figure.start)
    return clause_span(text, opening - 1, opening) if opening > 0 else clause


def _dash_host(text: str, figure: Figure, clause: tuple[int, int]) -> tuple[int, int]:
    """The clause a figure right after a dash names the amount of: "семьи получают ежемесячную
    выплату — 1,5 МРП на каждого ребенка" has its verb before the dash, whose own clause after it is
    the figure and its noun alone (+fs38ru)."""
    head = text[clause[0] : figure.start]
    if head.strip() or clause[0] < 3 or text[: clause[0]].rstrip()[-1:] not in ("—", "–"):
        return clause
    dash = text.rfind(text[: clause[0]].rstrip()[-1], 0, clause[0])
    before = clause_span(text, dash - 2, dash - 1)
    return (before[0], clause[1])


def _told_as_standing(
    reader: Reader,
    text: str,
    figure: Figure,
    clause: tuple[int, int],
    cues: list[tuple[int, str]],
    carried: Period | None,
    published: date,
    moved_on: bool = False,
) -> bool:
    """True for a Russian figure that carries a span over by publication ("В 2024 году ...", "за
    девять месяцев 2025 года" in October) from another sentence or clause, when the
    grammar of its own clause tells the present: a verb in the present that is no report's
    copula ("работают", "включает", "проводится", "ждут"; not "составляет", "приходится"), no past,
    short participle or future beside it (ru_tense), no plan, outlook or past among its cues, no
    change ("растет на 5%" tells the span's change), mean or ranking, and no part of a total ("из них")."""
    if reader.language.code != "ru" or carried is None or not _is_span(carried):
        return False
    if _THUS["ru"].match(text):
        # "Таким образом, регулярно тренируются 41,4% жителей": a consequence of the sentence before,
        # its present tells that span's result, not how things stand now
        return False
    clause = _dash_host(text, figure, _bracket_host(text, figure, clause))
    low, high = max(clause[0], figure.start - _STATE_REACH), min(clause[1], figure.end + _STATE_REACH)
    if (
        (carried.period_end or published) >= published
        and not moved_on
        and not _RU_STATE_VERB.search(text, low, high)
    ):
        # (a span still running, "в 2025 году" in August, keeps its work under way in the paragraph
        # that named it: "ремонт ведется на 7 тыс. км" is the year's programme; "в городе трудятся
        # 1 260 врачей" is how things stand. A later paragraph that names no period has moved on
        # from that account, and its present verb tells the present, as in English)
        return False
    if (
        search_in(_PART_WORD, _PART_WORD_GATE, text, low, high)
        or _SHARE_OF_BEFORE.search(text, low, high)
        or reader.change.search(text, low, high)
        or _AVERAGE.search(text, low, high)
        or search_in(_RANKING, _RANKING_GATE, text, low, high)
        or (figure.unit == "percent" and _BY_BEFORE.search(text, max(low, figure.start - 16), figure.start))
        or any(
            low <= position < high
            and (kind not in ("actual", "state") or _RUSSIAN_PAST_TENSE.match(text, position))
            for position, kind in cues
        )
    ):
        return False
    tenses = {tense for _, tense in clause_tenses(text, low, high)}
    # ("... но не может быть ниже 70% прожиточного минимума": a rule's bound, in force now; +fs38ru)
    return tenses == {"present"} or (
        not tenses and RU_RULE_BOUND_BEFORE.search(text, low, figure.start) is not None
    )


# a rate the law sets, in force now whatever span was reported before it: "Величина прожиточного
# минимума составляет 60 878 тенге", "МРП составляет 3 932 тенге", "минимальная зарплата составляет
# 85 тыс." (under a change ahead, "С 1 января пенсии вырастут. Минимальная пенсия составляет ...", the
# level to come: not read here)
# ("Черта бедности составляет 35% медианного дохода", "порог ... определяется на уровне": the poverty line
# the law sets, in other words than the original's, +ps43ru)
_RU_LAW_RATE = re.compile(
    r"(?:прожиточн\w*\s+минимум|МРП|месячн\w*\s+расч[её]тн\w*\s+показател|минимальн\w*\s+(?:заработн|зарплат|размер|пенси)"
    r"|черт[аыу]\s+бедности|порог\w*\s+бедности)\w*"
    r"\s[^\d.;]{0,60}?(?<!\w)(?:составля(?:ет|ют)|определя(?:ется|ются)|устанавлива(?:ется|ются))",
    re.I,
)
# a change as the subject before a figure: "Рост составляет 14,6%", "прирост к прошлому году — 5%"
_RU_CHANGE_SUBJECT = re.compile(
    r"(?<!\w)(?:рост|прирост|снижение|увеличение|сокращение|уменьшение|падение)(?:а|ом|е)?(?!\w)", re.I
)

# verbs of what exists and is counted as it stands: a stock, not a flow of the span in scope (not the
# statistical passive "птицы насчитывается 48,5 млн голов", the count the span's report gives)
_EXISTS_NOW = re.compile(
    r"(?<!\w)(?:насчитыва(?:ет|ют)|функциониру(?:ет|ют)|действу(?:ет|ют)|прожива(?:ет|ют)|"
    r"эксплуатиру(?:ется|ются)|состо(?:ит|ят)\s+на\s+учете|име(?:ется|ются)|наход(?:ится|ятся)|"
    r"держ(?:ится|атся)\s+на\s+уровне|пользу(?:ется|ются)|расположен[оыа]?|знач(?:ится|атся)|"
    r"хран(?:ится|ятся)|нужда(?:ется|ются)|не\s+хвата(?:ет|ют)|курсиру(?:ет|ют)|(?<!\bто\s)есть|"
    r"име(?:ет|ют)|располага(?:ет|ют)|состо(?:ит|ят)\s+из|"
    rf"{WAITING_IN_LINE_PATTERN}|"
    # "в очереди на жилье стоят 38 тыс. человек": a queue as it stands
    r"(?:сто|состо)(?:ит|ят)\s+в\s+очеред\w*|в\s+очеред\w*\s+(?:[^\W\d]+\s+){0,3}(?:сто|состо)(?:ит|ят)|"
    # "В регионе реализуются 38 инвестиционных проектов": how many are under way now (FORMAT.md)
    r"реализу(?:ется|ются)\s+[^.;]{0,30}?(?<!\w)(?:инвест)?проект\w*|"
    # the size of what stands: "Протяженность сетей составляет 83 тыс. км", "Износ сетей достигает 57%"
    # (and what a herd, a workforce or a fleet counts, and a tariff or price in force: "Поголовье скота
    # составляет 310 тыс. голов", "Тариф ... составляет 32 тенге"; "ё" as often written as "е")
    r"(?:протяж[её]нност|износ|площад|мощност|охват|поголов|численност|автопарк|тариф|расценк)\w*"
    r"\s[^\d.;]{0,60}?(?<!\w)(?:составля|достига|превыша)(?:ет|ют)|"
    # a subsidy or rate per unit in force: "Субсидия на литр молока составляет 25 тенге"
    r"(?:субсиди|норматив|ставк)\w*\s+(?:на|за)\s+(?:1\s+|один\s+|одну\s+)?"
    r"(?:литр|килограмм|кг|тонн|голов|гектар|га|квадратн)\w*[^\d.;]{0,40}?(?<!\w)составля(?:ет|ют)|"
    # a price as it stands: "Проезд стоит 150 тенге" (the verb right before its figure)
    r"сто(?:ит|ят)(?=\s+(?:от\s+|до\s+|около\s+|порядка\s+|более\s+|менее\s+|свыше\s+)?\d)|"
    r"(?:число|количество)\s+(?:[^\s\d]+\s+){0,3}превыша(?:ет|ют)|"
    # "В отрасли насчитывается 9 перевозчиков" (not a herd's head count, "птицы насчитывается
    # 48,5 млн голов": the statistics of the span's end)
    r"насчитыва(?:ется|ются)(?![^.;]{0,40}голов))(?!\w)",
    re.I,
)
_EXISTS_NOW_GATE = literal_gate(_EXISTS_NOW)
# "аспайды", "жетпейді" (not "көбейді", increased: the past of "көбей-", kk_predicate._VOWEL_STEM_PAST)
_KK_NEGATIVE_STATE = re.compile(r"(?!көбейд[ыі](?!\w))[^\W\d_]{2,}[мбп][аеә]йд[ыі](?!\w)", re.I)


def _present_clause(reader: Reader, text: str, clause: tuple[int, int], cues: list[tuple[int, str]]) -> bool:
    """A Russian clause with a present verb and no past, plan or outlook among its cues."""
    return bool(reader.present.search(text, clause[0], clause[1])) and all(
        kind in ("actual", "state") and not (kind == "actual" and _PAST_CUE.match(text, position))
        for position, kind in cues
        if clause[0] <= position < clause[1]
    )


_ANY_LETTERS = re.compile(r"[^\W\d_]{4,}")  # a word long enough to be a verb


# a fee or payment per month right after its amount: "4 638 тенге в месяц", "тенге ежемесячно"
_RU_PER_MONTH_AFTER = re.compile(r"\s*(?:в\s+месяц|ежемесячно)(?!\w)", re.I)


def _ru_monthly_fee_now(
    text: str,
    start: int,
    found: list[Indicator],
    carried: Period | None,
    published: date,
    fee_before: bool = False,
) -> list[Indicator]:
    """'В 2023 году дома для очередников не строились. За однокомнатную квартиру оплата 4 638 тенге в
    месяц': a sum per month in a sentence with no verb, under this year named only by a sentence with
    no figure (a span still running), is a fee in force at publication, not the year's; a sum told
    with its verb ("семья получает 63 030 тенге в месяц") keeps the span, as the dev labels read it.
    With `fee_before` (the sentence before told such a fee: "За двухкомнатную — 6 957 тенге") a verbless
    sum goes on with it though "в месяц" is not repeated."""
    if (
        carried is None
        or not _is_span(carried)
        or carried.period_end is None
        or carried.period_end < published
    ):
        return found
    span = (carried.period_start, carried.period_end)
    moved = []
    for i in found:
        at, end = i.start_char - start, i.end_char - start
        if (
            i.kind == "actual" and not i.is_change and i.unit in CURRENCIES
            and (i.period_start, i.period_end) == span
            and (fee_before or _RU_PER_MONTH_AFTER.match(text, end))
            and not clause_tenses(text, *clause_span(text, at, end))
            and not clause_tenses(text, 0, len(text))
        ):  # fmt: skip
            i = replace(i, period_start=published, period_end=published)
        moved.append(i)
    return moved


# the size of a payment, a pension or a grant as the subject, told in the present: "Жәрдемақы мөлшері
# 95 400 теңгені құрайды", "Зейнетақының ең төменгі мөлшері ... құрайды" (not "орташа мөлшері", an
# average of what the span paid)
_KK_RATE_SIZE_NOW = re.compile(
    r"(?<!\w)(?:жәрдемақы|зейнетақы|стипендия|төлем|көмек|өтемақы)\w*\s+(?:(?:ең\s+)?(?:төменгі|жоғары)\s+)?"
    r"мөлшері(?!\w)[^\d.;]{0,30}$",
    re.I,
)
_KK_PRESENT_COPULA = re.compile(r"(?:\s*[^\W\d]+)?\s+(?:құрайды|тең)(?!\w)\s*[.;]?\s*$", re.I)


def kk_rate_size_now(language: str, text: str, figure: Figure, clause: tuple[int, int]) -> bool:
    """'Жәрдемақы мөлшері 95 400 теңгені құрайды' after "Жыл басынан бері ... тағайындалды": the size
    of a payment told in the present is the rate in force at publication (FORMAT.md), not the
    year-to-date span of what was paid, as the list "Жәрдемақы мөлшері:" already is."""
    return (
        language == "kk"
        and _KK_RATE_SIZE_NOW.search(text, max(clause[0], figure.start - 80), figure.start) is not None
        and _KK_PRESENT_COPULA.match(text, figure.end, clause[1]) is not None
    )


# "Ай сайынғы бала күтімі жәрдемақысы бірінші балаға 22 648 теңге, ... 34 995 теңгені құрайды": a
# monthly payment as the subject, the sentence closed by a present copula, so much per recipient
_KK_MONTHLY_PAYMENT_SUBJECT = re.compile(
    r"\s*ай\s+сайынғы\s+(?:[^\W\d]+\s+){0,4}?(?:жәрдемақы|зейнетақы|стипендия|төлем|өтемақы)\w*\s", re.I
)
_KK_SENTENCE_COPULA = re.compile(r"(?<!\w)(?:құрайды|тең|болады)\s*[.;]?\s*$", re.I)
_KK_PER_RECIPIENT = re.compile(r"(?<!\w)[^\W\d]+(?:ға|ге|қа|ке)\s+$", re.I)


def kk_monthly_rate_now(language: str, text: str, figure: Figure) -> bool:
    """A monthly payment's size per recipient, told in the present ("Ай сайынғы ... жәрдемақысы бірінші
    балаға 22 648 теңге ... құрайды"), is the rate in force at publication (FORMAT.md), not the month
    carried from the payments counted before it."""
    return (
        language == "kk"
        and figure.unit == "KZT"
        and _KK_MONTHLY_PAYMENT_SUBJECT.match(text) is not None
        and _KK_SENTENCE_COPULA.search(text) is not None
        and _KK_PER_RECIPIENT.search(text, max(0, figure.start - 30), figure.start) is not None
    )


# "(охват – 74,1%", ", открыто от плана мест – 0%)": a label of a level reached and a dash right
# before the figure (not "(мощность – 1200 мест)": the size of what is to be built)
_RU_BRACKET_LABEL_BEFORE = re.compile(
    r"(?:\(|,\s)\s*(?:охват|уров|дол[яи]|износ|обеспеченност|выполнен|открыт|исполнен|освоен|безработиц|инфляци)"
    r"[^()\d,;]{0,60}?\s[—–-]\s*$",
    re.I,
)


# "открыто от плана мест – 0%", "выполнено от годового плана – 64%": the part of the year's plan done
# so far, labelled right before the figure (+kind25ru)
_RU_DONE_OF_PLAN_LABEL = re.compile(
    r"(?<!\w)(?:выполнен|открыт|исполнен|освоен|введен|введён|построен|сдан)[оаы]?\s+от\s+(?:годового\s+)?плана"
    r"(?:\s+[^\W\d]+){0,2}\s*[—–-]\s*$",
    re.I,
)
_RU_DONE_OF_PLAN_LABEL_GATE = literal_gate(_RU_DONE_OF_PLAN_LABEL)


def ru_done_of_plan_label(text: str, start: int) -> bool:
    """The Russian figure at start is labelled the done part of a plan ("открыто от плана – 0%"):
    FORMAT.md's part of this year's plan already done runs from 1 January to publication."""
    return (
        search_in(_RU_DONE_OF_PLAN_LABEL, _RU_DONE_OF_PLAN_LABEL_GATE, text, max(0, start - 60), start)
        is not None
    )


def _ru_labelled_bracket_state(
    language: str, text: str, figure: Figure, cues: list[tuple[int, str]]
) -> tuple[int, int] | None:
    """The brackets around a Russian figure told as a label and its value, with no kind cue of their
    own (+real29ru): "Акимам Улытауской (охват – 74,1%) ... нужно усилить работу, чтобы ..." gives
    how things stand in that region, not the sentence's plan or goal. None when it is not so."""
    if language != "ru":
        return None
    opening = text.rfind("(", 0, figure.start)
    if opening < 0 or ")" in text[opening : figure.start]:
        return None
    closing = text.find(")", figure.end)
    if closing < 0 or "(" in text[figure.end : closing]:
        return None
    if not _RU_BRACKET_LABEL_BEFORE.search(text, opening, figure.start):
        return None
    if any(opening < position < closing for position, _ in cues):
        return None
    # (not "Планируется построить 5 школ (мощность – 1200 мест)": the size of what a plan told before
    # the brackets is to build; the call to act must come after them)
    if any(
        position < opening and kind in ("plan", "target", "forecast", "future") for position, kind in cues
    ):
        return None
    return opening, closing


def _ru_told_at_school_year_start(text: str, clause: tuple[int, int], cues: list[tuple[int, str]]) -> bool:
    """'В 2023–2024 учебном году в первые классы зачислены 382 тыс. детей', 'новый учебный год
    начинают 3,9 млн школьников' told days before 1 September: a Russian clause told done or going
    on (a short participle, a past, a present) and nothing planned or expected in it is what stands as
    the school year opens, not a plan (the Kazakh reader reads "қабылданды" so; +fs38ru)."""
    tenses = {tense for _, tense in clause_tenses(text, clause[0], clause[1])}
    if not tenses and clause[0] > 1 and _RU_PART_OPENING.match(text, clause[0]):
        # "... начинают около 3,9 млн школьников, в том числе порядка 382 тыс. первоклассников": a verbless
        # part goes with the verb of the clause it is a part of (+ps43ru)
        clause = (clause_span(text, clause[0] - 2, clause[0] - 1)[0], clause[0])
        tenses = {tense for _, tense in clause_tenses(text, clause[0], clause[1])}
    return (
        bool(tenses) and tenses <= {"done", "past", "present", "copula"}
        and not any(clause[0] <= p < clause[1] and kind != "actual" for p, kind in cues)
    )  # fmt: skip


_RU_PART_OPENING = re.compile(r"[\s,]*(?:в\s+том\s+числе|из\s+них|включая|среди\s+них)(?!\w)", re.I)


# a short participle of what is at work now, not of a deed done: "В уборке задействованы 9,3 тыс.
# тракторов", "в отрасли заняты 48 тыс. человек" ("построены", "введены" tell work done in the span)
_RU_AT_WORK = re.compile(r"(?<!\w)(?:задействован[аоы]?|занят[аоы]?)(?!\w)", re.I)
_RU_TENSE_AUXILIARY = re.compile(r"(?<!\w)(?:был[аои]?|будут|будет)(?!\w)", re.I)


def ru_at_work_now(
    language: str, text: str, figure: Figure, clause: tuple[int, int], scope: Period | None, published: date
) -> bool:
    """A Russian figure under a span carried in and still running at publication ("в этом году",
    "с начала года"), in a clause that says it is at work ("задействованы", "заняты") with no "были"
    or "будут" beside it: what is deployed now, the state at publication (FORMAT.md), not the span's
    flow; machines and people counted, not land (+fs41ru)."""
    if language != "ru" or figure.unit not in (None, "count") or not _spans_now(scope, published):
        return False  # (land "занято" under a crop, "ими занято 83,4 тыс. гектаров", is the season's sowing)
    low, high = max(clause[0], figure.start - _STATE_REACH), min(clause[1], figure.end + _STATE_REACH)
    return bool(_RU_AT_WORK.search(text, low, high)) and not _RU_TENSE_AUXILIARY.search(text, low, high)
