"""Whether a Russian or Kazakh figure is a change ("вырос на 5%", "5%-ға өсті") rather than a level:
the change words around it, change nouns of a list's members, Kazakh dashed percents; and the
leads of a list, which tell the direction of the changes after them and lend them their cues."""

from __future__ import annotations

import re

from etl.extract.cyrillic_kinds import clause_span, find_cues
from etl.extract.cyrillic_numbers import DIVISION_LEAD, Figure, Reader
from etl.extract.cyrillic_shared_cues import (
    _KK_ABLATIVE_END,
    _KK_DATIVE,
    _KK_PAYMENT_SIZES,
    _RU_DONE_WORD,
    sentence_holds,
)
from etl.extract.direction import Direction, change_direction
from etl.extract.indicator_record import Indicator
from etl.extract.literal_gates import literal_gate
from etl.extract.records import replace
from etl.extract.ru_tense import clause_tenses

# the old and the new level right after a multiplier: "в 2 раза с 269 до 532", "в 1,3 раза, со 180 до 234"
_RU_FROM_TO_AFTER = re.compile(r"\s*,?\s*(?:со?|от)\s+\d[\d\s,]*(?:\s+[^\W\d]+)?\s+до\s+\d", re.I)


def _is_change(reader: Reader, text: str, figure: Figure, clause: tuple[int, int]) -> bool:
    if figure.unit in ("percent", "percentage_point") and _SIGNED_SHARE.search(
        text, max(0, figure.start - 48), figure.start + 1
    ):
        return True  # "(+26%)", "плюс 30%": a share with a written sign is a change
    if (
        figure.unit == "percent"
        and figure.value < 100
        and _change_noun_amounts(reader.language.code, text, figure, clause)
    ):
        return True
    if (
        figure.unit == "times"
        and reader.language.code == "kk"
        and _change_noun_amounts("kk", text, figure, clause)
    ):
        return True  # "оның өсімі екі есе болды": the noun of a growth amounting to a multiplier
    if reader.language.code == "ru":
        left = text[clause[0] : figure.start]
        # ("На 5,6% вырос", "сокращение на более чем 2 млн га")
        by = re.search(r"\bна\s+(?:более\s+(?:чем\s+)?|почти\s+|около\s+)?$", left, re.I)
        shared = _RU_SHARED_BY.search(text, max(0, figure.start - 80), figure.start)
        if (
            shared is not None and _RU_MEMBER_END.match(text, figure.end)
            and reader.change.search(text, max(0, shared.start() - 80), shared.start())
        ):  # fmt: skip
            # "сократились на 5,7% и 5,1% соответственно", "выросли на 5,7%, 5,1% и 3%": the later
            # members share the first one's "на" and its verb of change
            return True
        return (
            bool(by and reader.change.search(left))
            or bool(
                figure.unit in ("percent", "times")
                and re.match(r"\s+(?:больше|меньше|выше|ниже)\b", text[figure.end :])
            )
            or (figure.unit == "times" and bool(reader.change.search(left)))  # "выросло в семь раз"
            # "по молоку в 2 раза с 269 до 532 хозяйств": a multiplier with the old and new level after it
            or (figure.unit == "times" and bool(_RU_FROM_TO_AFTER.match(text, figure.end)))
            # "в 10 раз увеличилась погрузка", "На 5,6% вырос экспорт": the verb of change right after
            or (
                (figure.unit == "times" or bool(by))
                and bool(_RU_SPACE.match(text, figure.end))
                and bool(reader.change.match(text, figure.end + 1))
            )
            # "на 200 тонн меньше, чем годом ранее", "стало больше на 2,7%": a difference told with a
            # comparative is a change whatever its unit
            or bool(by and _RU_COMPARATIVE_AFTER.match(text, figure.end, clause[1]))
            # "на 15,1%, или 897,7 млрд тенге больше": the same difference told twice, its comparative
            # after the second
            or bool(by and _RU_OR_THEN_COMPARATIVE.match(text, figure.end, figure.end + 80))
            or bool(
                _RU_BY_FIGURE_OR.search(text, max(0, figure.start - 40), figure.start)
                and _RU_COMPARATIVE_AFTER.match(text, figure.end, figure.end + 40)
            )
            or bool(by and _RU_CHANGED.search(left))  # "изменился на 0,4%": a change of no stated way
            # "превышает прошлогодний показатель на 4%", "удалось на 10,2% перевыполнить план": a level
            # told against a base or a plan by so much, a difference
            # ("превосходит и его — на 12% по объему и на 17% по стоимости": across a dash, +ps43ru)
            or bool(by and _RU_EXCEEDED.search(text, opened_by_dash(text, clause[0]), figure.start))
            or bool(by and _RU_EXCEEDED.match(text, figure.end + 1) and _RU_SPACE.match(text, figure.end))
            # "и на 11,3% – чем год назад": the comparative left out before its "чем"
            or bool(by and _RU_BY_THAN.match(text, figure.end, clause[1] + 8))
            # "(прирост - 37%)", "рост – 12%": a change noun labelling the share after its dash
            or bool(
                figure.unit in ("percent", "percentage_point")
                and _RU_CHANGE_NOUN_DASH.search(text, max(0, figure.start - 24), figure.start)
            )
            or bool(sentence_holds(_RU_COMPARATIVE_BY_GATE, text) and _RU_COMPARATIVE_BY.search(left))
            or _ru_change_noun_member(reader, text, figure)
            # "лошадей увеличилось на 6,9%, верблюдов — на 6,3%", "в Узбекистан — рост на 31%,
            # Азербайджан — в 2 раза": the verb left out after a dash ("в" only before a multiplier)
            or bool(
                _RU_GAPPED_BY.search(text, max(0, figure.start - 16), figure.start)
                and (figure.unit == "times" or not text[: figure.start].rstrip().endswith(("в", "В")))
                and (
                    reader.change.search(text, 0, clause[0])
                    # "Мука стала дешевле на 9,2%, рис — на 6,5%": the comparative told before
                    or _RU_COMPARATIVE_BY_FIGURE.search(text, 0, clause[0])
                )
            )
        )
    right = text[figure.end : clause[1]]
    glued = text[figure.start : figure.end]
    if figure.unit in ("percent", "percentage_point") and _KK_CHANGE_NOUN_BRACKET.search(
        text, max(0, figure.start - 24), figure.start
    ):
        return True  # "1 млн құлын (өсім 8,8%)": a change noun labelling the share in brackets
    if figure.unit == "times":  # "екі есеге артты", "үш есеге жуық көп"
        return bool(
            _KK_TIMES_CHANGE.match(right) or _kk_change_member(text, figure)
        ) or _kk_dative_list_changed(reader, text, figure)
    if _kk_by_comparative(text, figure) or _kk_change_member(text, figure):
        return True
    # a count whose noun takes the dative, before a verb of change: "160 мың басқа көбейді", "19 793
    # адамға көбейген", "300 мыңнан астам адамға көбейген", "4,0 мың адамға немесе 5,0%-ға артып"
    shared = _KK_SHARED_TAIL.match(text, figure.end) if _KK_BARE_NUMBER.fullmatch(glued) else None
    if shared is not None and (
        reader.change.match(text, shared.end()) or _KK_BY_COMPARATIVE.match(text, shared.end() - 1)
    ):
        return True  # "24,8 және 14,2%-ға өсті", "28, 26 және 25 пайызға артады", "15–20 пайызға үлкен"
    counted = _KK_COUNT_NOUN_DATIVE.match(text, figure.end) if figure.unit in (None, "count") else None
    if counted is not None and reader.change.match(text, counted.end()):
        return True
    if (
        figure.unit == "percent" and _KK_LABEL_DASH.search(text, max(0, figure.start - 4), figure.start)
        and (members := _KK_MEMBERS_THEN.match(text, figure.end)) is not None
        and reader.change.match(text, members.end())
    ):  # fmt: skip
        # "азық-түлік тауарларына – 20,5%, ... ақылы қызметтерге 16,2% өсті", "шай – 36,3, ... сүт өнімдері
        # – 26,4% қымбаттаған": a member after its label's dash shares the list's verb of change
        return True
    if (
        figure.unit == "percent" and figure.value < 100 and _KK_PERCENT_SPACE.match(text, figure.end)
        and reader.change.match(text, figure.end + 1)
    ):  # fmt: skip
        return True  # "бағалар кей көкөністерге 2,9% төмендеді": a share right before its verb of change
    counted = _KK_COUNTED_DATIVE.match(text, figure.end) if figure.unit in (None, "count") else None
    if counted is not None and reader.change.match(text, counted.end()):
        return True  # "2022 жылмен салыстырғанда 159 оқушыға артты": by so many of the things counted
    # the figure in the dative, glued ("22,2%-ға") or on its unit ("148 мың тоннаға"), before a verb of change
    if not _KK_DATIVE.search(glued):
        return False
    if reader.change.match(right.strip()) or right.strip().startswith("өзгер"):
        return True
    restated = _KK_RESTATEMENT_AFTER.match(text, figure.end) if figure.unit == "percent" else None
    if restated is not None and reader.change.match(text[restated.end() : clause[1]].strip()):
        return True  # "0,3 пайызға немесе 86 мың тоннаға өсті": the share before the amount it comes to
    # "қой 4,8%-ға 19,5 млн дейін ұлғайды": the level reached between the change and its verb
    reached = _KK_LEVEL_REACHED.match(text, figure.end)
    if reached is not None and reader.change.match(text, reached.end()):
        return True
    # "бағасы бір айда қымбаттады, бірден 42,6%-ға.": a share in the dative closing the sentence after
    # its change's verb
    if (
        figure.unit == "percent"
        and _KK_SENTENCE_CLOSE.match(text, figure.end)
        and _KK_CHANGE_WORD.search(text, max(0, figure.start - 120), figure.start)
    ):
        return True
    aside = _BRACKET_AFTER.match(text, figure.end)
    if aside is not None and reader.change.match(text, aside.end()):
        return True  # "28,8%-ға (139 мың тоннадан 179 мың тоннаға дейін) артқан": the verb past the bracket
    aside = _KK_THAT_IS_CONVERB.match(text, figure.end)
    if aside is not None and reader.change.match(text, aside.end()):
        return True  # "8%-ға, яғни инфляциядан 1%-ға оза отырып өсті": the verb past the "that is" aside
    return _kk_dative_list_changed(reader, text, figure)


# ", яғни инфляциядан 2%-ға оза отырып" (that is, outrunning ... by): an aside told in a converb between a
# list's last share and its verb of change (the share in it is a difference of its own, read apart)
_KK_THAT_IS_CONVERB = re.compile(r"\s*,\s+яғни\s+(?:[^.;,]|,(?=\d)){0,80}?[^\W\d]+[аеыі]\s+отырып\s+", re.I)


def _kk_dative_list_changed(reader: Reader, text: str, figure: Figure) -> bool:
    """'сусындар 9,2%-ға, химия өнеркәсібі 8,1%-ға, дайын металл бұйымдары 12,8%-ға өскен': a list of
    datives sharing the last one's verb of change; every clause between holds one, or a multiplier
    ("Өзбекстанға — 32,8%-ға, Қырғызстанға — 2 есе, Ауғанстанға — 28,8%-ға артқан"; the last clause is
    the subject of the figure with the verb). Brackets beside the members ("32,8%-ға (1 066 мың
    тоннадан 1 416 мың тоннаға дейін)") are passed over."""
    bare_bracket = False
    if "(" in text:
        bare = _BRACKETED.sub(lambda bracket: " " * len(bracket.group()), text)
        if bare[figure.start : figure.end] == text[figure.start : figure.end]:
            text, bare_bracket = bare, True
    # (the "that is" aside before the verb, blanked as a bracket is: "8,5%-ға, яғни ... оза отырып өсті")
    text = _KK_THAT_IS_CONVERB.sub(lambda aside: " " * len(aside.group()), text)
    last = _KK_LIST_VERB.search(text, figure.end)
    if last is None or not reader.change.match(text, last.end()):
        return False
    if figure.unit != "percent" and _KK_RESTATED_SHARE.search(text, max(0, figure.start - 24), figure.start):
        return False
    restated = _KK_RESTATEMENT_AFTER.match(text, figure.end) if figure.unit == "percent" else None
    between = text[restated.end() if restated is not None else figure.end : last.start()]
    return (
        bool(between.strip())
        and between.lstrip()[:1] in ",;"
        and all(
            _KK_DATIVE_FIGURE.search(part)
            # "4 пайызға, (7,4 млн басқа), жылқы 6,8 пайызға ...": a bracket between commas, passed over
            or (bare_bracket and not part.strip())
            or _KK_MULTIPLIER_MEMBER.search(part)
            or _KK_BARE_MEMBER.search(part)
            for part in re.split(r"[,;](?!\d)", between)[1:-1]
        )
    )


_KK_MEMBER_END = re.compile(r"\s*(?:[,;]|\s+және\b)")


def _kk_dashed_percents(reader: Reader, text: str, figures: list[Figure]) -> list[Figure]:
    """'азық-түлік тауарларына – 20,5%, азық-түлік емес тауарларға – 19,1, ақылы қызметтерге 16,2% өсті',
    'өндіріс көлемі – 13, ал құрылыс саласыныкі 6 пайызға өскен': a bare number after its label's dash,
    ending its member, before a later member in percent and a verb of change, is a percent too."""
    read = list(figures)
    for index, figure in enumerate(figures):
        if (
            figure.unit is None and not figure.scaled and 0 < figure.value < 100
            and (
                _KK_LABEL_DASH.search(text, max(0, figure.start - 4), figure.start)
                # "қырыққабат бір аптада 4,5, жұмыртқа құны 1,6 пайызға өскен": a fraction after its
                # label's words, the next member a share in the dative right before the verb of change
                or _KK_FRACTION_MEMBER.fullmatch(text, figure.start, figure.end) is not None
                and (after := _KK_NEXT_SHARE.match(text, figure.end)) is not None
                and reader.change.match(text, after.end()) is not None
            )
            and _KK_MEMBER_END.match(text, figure.end)
            and any(later.unit == "percent" for later in figures[index + 1 :])
            and reader.change.search(text, figure.end)
        ):  # fmt: skip
            read[index] = replace(figure, unit="percent")
    return read


_KK_PERCENT_SPACE = re.compile(r"(?<=%) ")
_KK_FRACTION_MEMBER = re.compile(r"\d{1,2},\d+")  # "4,5": no count is told with a fraction
# the next member, a share in the dative, and the space before its verb: ", жұмыртқа құны 1,6 пайызға "
_KK_NEXT_SHARE = re.compile(
    r",\s+(?:[^\W\d][\w-]*\s+){1,3}\d+(?:,\d+)?\s*(?:%-?|\s+пайыз)(?:ға|ге)\s+(?:[^\W\d]+\s+)?", re.I
)
_KK_LABEL_DASH = re.compile(r"[^\W\d]\s*[-–—]\s*$")
# the further members of a list after a figure ("%, азық-түлік емес тауарларға – 19,1, ақылы қызметтерге
# 16,2%"), up to the word after the last one
_KK_MEMBERS_THEN = re.compile(
    r"(?:\s*(?:,|\s және)\s*(?:[^\W\d][\w-]*\s+){0,5}?[^\W\d][\w-]*\s*[-–—]?\s*\d+(?:,\d+)?\s*(?:%|\s+пайыз(?=\w*\s))?(?:-?\w+)?)*\s+",
    re.I,
)
_KK_COUNTED_DATIVE = re.compile(r"\s+[^\W\d]+(?:ға|ге|қа|ке)\s+")
_BRACKETED = re.compile(r"\([^()]*\)")
_BRACKET_AFTER = re.compile(r"\s*\([^()]*\)\s*")
_KK_MULTIPLIER_MEMBER = re.compile(r"(?:\d[\d,.]*|екі|үш|төрт|бес)\s+есе(?:ге)?\s*$", re.I)


# "на 9 млн тонн сырой нефти больше", "на 730 тысяч больше": the comparative past the figure's noun
_RU_COMPARATIVE_AFTER = re.compile(
    r"(?:\s+[^\W\d]+){0,3}?\s+(?:больше|меньше|выше|ниже|дороже|дешевле)\b", re.I
)
# ("выше прошлогоднего на 2 млн тонн": the base named between the comparative and its amount)
_RU_COMPARATIVE_BY = re.compile(
    # (not "Выше всего цены на 10 видов товаров", "Больше всех": the most, no difference)
    r"(?<!\w)(?:больше|меньше|выше|ниже|дороже|дешевле)(?!\s+вс(?:его|ех)(?!\w))(?:\s+[^\W\d]+){0,3}\s+на\s+"
    r"(?:почти\s+|около\s+|более\s+чем\s+)?$",
    re.I,
)
_RU_COMPARATIVE_BY_GATE = literal_gate(_RU_COMPARATIVE_BY)
_RU_OR_THEN_COMPARATIVE = re.compile(
    r"\s*,?\s+или\s+(?:почти\s+|около\s+|более\s+)?\d[\d\s]*(?:,\d+)?\s?%?" + _RU_COMPARATIVE_AFTER.pattern,
    re.I,
)
_RU_BY_FIGURE_OR = re.compile(
    r"(?<!\w)на\s+\d[\d\s]*(?:,\d+)?\s?%?\s*,?\s+или\s+(?:почти\s+|около\s+|более\s+)?$", re.I
)
_RU_COMPARATIVE_BY_FIGURE = re.compile(_RU_COMPARATIVE_BY.pattern.removesuffix("$") + r"\d", re.I)
_RU_CHANGED = re.compile(r"(?<!\w)измени\w*", re.I)
_RU_EXCEEDED = re.compile(
    r"(?<!\w)(?:превы[сш]\w*|перевыполн\w*|превзо[шй]\w*|превосход\w*|отста(?:л|ет|ют)\w*)", re.I
)
_RU_BY_THAN = re.compile(r"\s*[–—-]?\s*,?\s*чем(?!\w)", re.I)
_KK_CHANGE_NOUN_BRACKET = re.compile(
    r"\(\s*(?:өсім|өсімі|төмендеу|төмендеуі|азаю|азаюы|ұлғаю|ұлғаюы)\s*[-–—:]?\s*$", re.I
)
_RU_CHANGE_NOUN_DASH = re.compile(
    r"(?<!\w)(?:при)?(?:рост|снижение|падение|сокращение|увеличение|уменьшение)\s*[-–—:]\s*$", re.I
)
# "рост составил 12,5%", "снижение составило 16%", "өсім 6,5% болды", "өсім 31%-ды құрады": a change
# named by its noun, amounting to the share. 100% and more is the index form ("рост составил 104,8%",
# "өсім 103,6 пайызды құрады": the level against a base of 100), a level.
_RU_CHANGE_NOUN_HEAD = (
    # (a year between: "рост к 2020 году составил 2%", "прирост в 2023 году составил")
    r"(?:(?<!\w)(?:прирост|рост|снижение|падение|сокращение|увеличение|уменьшение|спад)\w*(?:\s+(?:[^\s\d]+|(?:19|20)\d\d)){0,5}?"
    # ("прирост в среднем составляет 1,2%": the rate of a change told in the present)
    r"\s+(?:составил[аоие]?|составля(?:ет|ют))\s+(?:почти\s+|около\s+|более\s+)?"
    # "..., прирост в среднем 1,2%", "прирост 1,2%": the noun of a change right before its amount
    r"|(?<!\w)(?:прирост|рост|снижение|падение|спад)(?:\s+в\s+среднем)?\s+(?:почти\s+|около\s+|более\s+)?)"
)
_RU_CHANGE_NOUN_AMOUNTS = re.compile(_RU_CHANGE_NOUN_HEAD + "$", re.I)
# (also the verbal nouns: "бағасының өсуі 5,8%-ды құрады", "азаю 7,2 пайызды құрайды")
_KK_CHANGE_NOUN_BEFORE = re.compile(
    r"(?<!\w)(?:өсім(?!дік)|өсу|төмендеу|азаю|ұлғаю|қысқару|көбею)\w*(?:\s+[^\s\d]+){0,2}?\s+$", re.I
)
_KK_AMOUNTS_AFTER = re.compile(r"(?:-\w+)?\s+(?:\w+\s+)?(?:болды|құрады|болған|құраған|құрайды)", re.I)


# "Прирост цен составил 1,7%, на продтовары - по 0,9%, на услуги – 0,6%": the members after a dash share
# the change the noun before them amounts to (the noun and its "составил" before the first figure)
_RU_CHANGE_NOUN_TOLD = re.compile(_RU_CHANGE_NOUN_HEAD + r"\d", re.I)
_RU_DASH_EACH = re.compile(r"(?:[—–]|\s-)\s*(?:по\s+)?$")
# the member's label opens with a preposition ("на услуги –", "в промышленности –", "по области –"); a
# noun of its own ("безработица – 4,7%", "доля импорта – 40%") names another measure, a level
_RU_MEMBER_LABEL = re.compile(r"\s*(?:а\s+|и\s+)?(?:на|в|во|по|у|для|среди)\s", re.I)
_RU_OWN_MEASURE = re.compile(r"(?<!\w)(?:дол[яиюе]|удельн\w*|уров\w+|индекс\w*)(?!\w)", re.I)


def _ru_change_noun_member(reader: Reader, text: str, figure: Figure) -> bool:
    if figure.unit != "percent" or not 0 < figure.value < 100:
        return False
    dashed = bool(_RU_DASH_EACH.search(text, max(0, figure.start - 8), figure.start))
    if not dashed and not _RU_BY_BEFORE.search(text, max(0, figure.start - 24), figure.start):
        return False
    opened = max(text.rfind(", ", 0, figure.start), text.rfind("; ", 0, figure.start))
    if opened < 0 or figure.start - opened > 90:
        return False
    head = text[:opened]
    if not (_RU_CHANGE_NOUN_TOLD.search(head) or (_RU_BY_FIGURE.search(head) and reader.change.search(head))):
        return False
    if _RU_OWN_MEASURE.search(text, opened, figure.start):
        return False
    if dashed:
        return bool(_RU_MEMBER_LABEL.match(text, opened + 1))
    # "Отмечен рост перевозок автомобилями на 1,3%, трубопроводами на 15,9%": a member with its own
    # "на" and no verb of its own ("тариф установлен на 10%" has one)
    return not clause_tenses(text, opened, figure.start) and not _RU_DONE_WORD.search(
        text, opened, figure.start
    )


_RU_BY_BEFORE = re.compile(r"(?<!\w)на\s+(?:почти\s+|около\s+|более\s+)?$", re.I)
# "выросли на 1,1%": the first member told with its "на" and verb of change
_RU_BY_FIGURE = re.compile(r"(?<!\w)на\s+(?:почти\s+|около\s+|более\s+)?\d[\d\s]*(?:,\d+)?\s?%", re.I)


def _change_noun_amounts(language: str, text: str, figure: Figure, clause: tuple[int, int]) -> bool:
    if language == "ru":
        return bool(_RU_CHANGE_NOUN_AMOUNTS.search(text, clause[0], figure.start))
    return bool(
        _KK_CHANGE_NOUN_BEFORE.search(text, max(clause[0], figure.start - 60), figure.start)
        and _KK_AMOUNTS_AFTER.match(text, figure.end)
    )


_RU_SPACE = re.compile(r" ")
# (a hyphen typed for the dash: "объем торговли - на 15%"; a bracket: "в Астане (на 44,9%)")
# the members after the first of "на 5,7% и 5,1%", "на 5,7%, 5,1% и 3%": one "на" for them all
_RU_SHARED_BY = re.compile(
    r"(?<!\w)на\s+\d[\d\s]*(?:,\d+)?\s?%(?:\s*,\s*\d[\d\s]*(?:,\d+)?\s?%)*\s*(?:,|\s(?:и|или))\s+$", re.I
)
# what may follow a member of such a list: the next member, "соответственно", the end
_RU_MEMBER_END = re.compile(r"\s*(?:,|\sи|\sили)\s+\d|\s+соответственно|\s*(?:[.;)]|$)", re.I)
# ("– сразу на 5,9%", "— еще на 2%": an adverb of degree before the "на")
_RU_GAPPED_BY = re.compile(
    r"(?:[—–]|\s-|\()\s*(?:(?:сразу|ещ[её]|лишь|всего)\s+)?(?:на|в)\s+(?:почти\s+|около\s+|более\s+чем\s+)?$",
    re.I,
)
# "(+26%)", "плюс 30%"; "(−42,3%)", its minus the figure's own first character
# ("(104,8 тг, -5%)": the signed share after a level in the same brackets)
_SIGNED_SHARE = re.compile(
    r"(?:\(\s*|(?<!\S))(?:\+|плюс\s+)\d$|\(\s*[-−–—]$|\([^()]{1,30}\d[^()\d]{0,12},\s*[-−+]\d?$", re.I
)
# the next dative figure before a verb ("12,8%-ға өскен"), ending a list of datives
_KK_LIST_VERB = re.compile(
    # (a later member's unit word is read too: "4 пайызға, жылқы 6,8 пайызға, ... 3,5 пайызға көбейген")
    # (and a scale word before it: "немесе 86 мың тоннаға өсті")
    r"\d[\d\s,.]*(?:%|\s*(?:(?:мың|млн|млрд|трлн)\.?\s+)?[^\W\d]+)?-{0,2}(?:ға|ге|қа|ке)\s+(?=\S)"
    r"(?![^.]*?\d[\d\s,.]*(?:%|\s*(?:(?:мың|млн|млрд|трлн)\.?\s+)?[^\W\d]+)?-?(?:ға|ге|қа|ке)[\s,;])",
    re.I,
)
# a member whose case the list's last one carries: "жұмыртқа 4,5, ал картоп бағасы 3,5 пайызға өскен"
_KK_BARE_MEMBER = re.compile(r"[^\W\d]\s+\d+(?:,\d+)?\s*$")
# (a scale word before the unit too: "яғни 223 мың тоннаға", "немесе 501,4 мың тоннаға")
_KK_DATIVE_FIGURE = re.compile(
    r"\d[\d\s,.]*(?:%|\s*(?:(?:мың|млн|млрд|трлн)\.?\s+)?[^\W\d]+)?-?(?:ға|ге|қа|ке)\b", re.I
)
# an amount restating the share in the dative just before it: "16 пайызға, яғни 223 мың тоннаға",
# "5 пайызға немесе 501,4 мың тоннаға" (the level it came to, or the change in tonnes: its own verb
# decides, not the list of shares it stands in)
_KK_RESTATED_SHARE = re.compile(r"\d(?:%|\s*пайыз)-?(?:ға|ге)\s*,?\s+(?:яғни|немесе|[–—-])\s+$", re.I)
# that amount, read from the share: the list goes on after it
_KK_RESTATEMENT_AFTER = re.compile(
    r"\s*,?\s+(?:яғни|немесе|[–—-])\s+\d[\d\s,.]*(?:(?:мың|млн|млрд|трлн)\.?\s+)?[^\W\d]+(?:ға|ге|қа|ке)(?=[\s,;])",
    re.I,
)
# "58 тоннаға аз", "23 тоннаға немесе 11,8%-ға көп", "500 мың тоннаға жуық артық алынды": a figure in the
# dative before a comparative told of the subject is the difference, a change (the ablative, "5%-дан аз",
# is "less than"); a comparative before a noun ("10 пайызға аз жүкпен") qualifies that noun, no change
_KK_BY_COMPARATIVE = re.compile(
    r"(?:,?\s+(?:немесе|яғни)\s+(?:\S+\s+){0,2}?\S+)?\s+(?:(?:жуық|шамасында|дерлік)\s+)?"
    r"(?:аз|кем|көп|артық|жоғары|төмен|үлкен|қымбат|арзан)"
    r"(?:\s*(?:[.,;:!?()]|$)|\s+бол\w*|\s+\w+(?:ды|ді|ты|ті|ған|ген|қан|кен|ып|іп|ады|еді|ейді|айды|мақ|мек)(?!\w))",
    re.I,
)
# the base of a comparison in the ablative right before a figure with no case: "былтырғы сәйкес
# кезеңнен 19,3% жоғары", "бір жыл бұрынғыдан 19,5% көп", "көрсеткіштен 63 мың гектар артық"
_KK_ABLATIVE_BASE_BEFORE = re.compile(r"(?<!\d)[^\W\d]{3,}(?:нан|нен|дан|ден|тан|тен)\s+$", re.I)


def _kk_by_comparative(text: str, figure: Figure) -> bool:
    if not _KK_BY_COMPARATIVE.match(text, figure.end):
        return False
    if _KK_DATIVE.search(text, figure.start, figure.end):
        return True
    glued = text[figure.start : figure.end]
    return not _KK_ABLATIVE_END.search(glued) and bool(
        _KK_ABLATIVE_BASE_BEFORE.search(text, max(0, figure.start - 40), figure.start)
    )


# A Kazakh change word: a verb of growth or fall in any form, or its noun ("өсім", "төмендеуі"); not
# "өсіру" (to grow crops), "өсімдік" (a plant), nor the comparatives "жоғары", "көп" (a level's rank)
_KK_CHANGE_WORD = re.compile(
    r"(?<!\w)(?:өс(?!ір|імдік)|арт(?!ық|ыл|тыр)|ұлға|көбей|азай|азаю|төменде|қысқар|кеми|кемі|құлдыра|"
    r"қымбатта|арзанда)\w*",
    re.I,
)
# a share alone in brackets after its label ("Жамбыл (11,1%)", "Шымкент қаласында (44,5%-ға)"), or
# after the change's own noun ("1 млн құлын (өсім 8,8%)")
# (a span before the share too: "пияз (бір айда 25,2 пайызға)")
_KK_BRACKETED = re.compile(
    r"\(\s*(?:(?:бір|соңғы|өткен)\s+(?:айда|аптада|жылда|тоқсанда)\s+)?(?:(?P<noun>өсім|төмендеу|азаю|ұлғаю)\s+)?$",
    re.I,
)
_KK_BRACKET_CLOSE = re.compile(r"\s*\)")
# a list member after a dash ("Алматы қаласында күрт азайды – 34,6%-ға, Ұлытау облысында – 29,6%-ға",
# "Петропавлда да өсті – 27%"), and a list opened by a colon ("өсім былай бөлінеді: металлургия – 11%;")
_KK_AFTER_DASH = re.compile(r"\s[–—-]\s*$")
# a share with no case before the change's verb or noun: "8,8% азайды", "4,1% төмендеу тіркелді",
# "индекстің 8,9% төмендеуіне"
_KK_BARE_BEFORE_CHANGE = re.compile(
    r"\s+(?:(?:жуық|шамасында|дерлік)\s+)?(?:өсті|өскен|артты|артқан|азайды|азайған|төмендеді|төмендеген|"
    r"төмендеу\w*|қысқарды|қысқарған|ұлғайды|ұлғайған|көбейді|көбейген|қымбаттады|қымбаттаған|арзандады|"
    r"арзандаған)(?!\w)",
    re.I,
)


def _kk_change_member(text: str, figure: Figure) -> bool:
    """A Kazakh share whose change is told by the sentence around it, not by a verb right after it:
    a share alone in brackets or after a dash in a sentence of growth or fall ("Жамбыл (11,1%), Абай
    (9,4%) ... өсім байқалды"; "күрт азайды – 34,6%-ға, Ұлытау облысында – 29,6%-ға"), or a bare
    share before the change's verb ("8,8% азайды"). A bracketed share in a sentence with no change
    word is a level ("Ақмола (13,8%), Атырау (13,5%)" of inflation, "сауда (17%)" of a total)."""
    if figure.unit == "percent" and figure.value < 0 and _kk_change_word_outside_brackets(text):
        return True  # "құлдырау байқалды, мұнда көрсеткіштер тиісінше -3,3% және -4,4% болды"
    if figure.unit not in ("percent", "times") or (figure.unit == "percent" and figure.value >= 100):
        return False  # (an index, "107,8%", is a level against 100)
    if figure.unit == "percent" and _KK_BARE_BEFORE_CHANGE.match(text, figure.end):
        return True
    before = text[max(0, figure.start - 24) : figure.start]
    bracket = _KK_BRACKETED.search(before)
    if bracket is not None:
        if not _KK_BRACKET_CLOSE.match(text, figure.end):
            return False
        return bool(bracket.group("noun")) or _kk_change_word_outside_brackets(text)
    if figure.unit == "times":
        return False  # (a multiplier after a dash is read by its own verb)
    if _kk_in_list_of_shares(text, figure):
        return True
    if _KK_AFTER_DASH.search(before):
        head = text[: figure.start]
        opened = head.rfind(":")
        # the words before the list's colon, or the sentence so far (a verb ahead of the dash)
        told = head[:opened] if opened >= 0 else head
        return bool(_KK_CHANGE_WORD.search(told)) and not _KK_SHARE_OF_WHOLE.search(told)
    return False


def _kk_in_list_of_shares(text: str, figure: Figure) -> bool:
    """A share with no case in a list whose last member, in the dative, has the verb of change:
    "қырыққабат 49,5%, қант – 34,3%, картоп – 14,6%-ға қымбаттады" (every member between a share)."""
    if not _KK_LIST_GAP.match(text, figure.end):
        return False
    last = _KK_LIST_VERB.search(text, figure.end)
    if last is None or not _KK_CHANGE_WORD.match(text, last.end()):
        return False
    between = text[figure.end : last.start()]
    return all(_KK_SHARE.search(part) for part in re.split(r"[,;](?!\d)", between)[1:-1])


_KK_LIST_GAP = re.compile(r"\s*[,;]\s")
_KK_SHARE = re.compile(r"\d\s*(?:%|пайыз)")


def _kk_change_lead(lead: str) -> Direction | None:
    """The way of the change a list's lead names ("Басқа салалардағы өсім былай бөлінеді:", "өсімді
    негізінен төрт бағыт қамтамасыз етті:"); None when it names none or speaks of shares of a whole."""
    words = lead.rstrip().rstrip(":")
    if not _KK_CHANGE_WORD.search(words) or _KK_SHARE_OF_WHOLE.search(words):
        return None
    return change_direction("kk", words, len(words), len(words))


def _kk_list_changes(found: list[Indicator], way: Direction) -> list[Indicator]:
    """The items of a list under a lead of growth or fall ("металлургия – 11%;", "қант – 4,5 есе."):
    a share below 100 or a multiplier is the lead's change (an amount or an index is a level)."""
    return [
        replace(i, is_change=True, direction=way)
        if not i.is_change
        and i.role is None
        and (i.unit == "times" or (i.unit == "percent" and abs(i.value) < 100))
        else i
        for i in found
    ]


def _kk_ranking_goes_on(text: str, found: list[Indicator], leader: Indicator, offset: int) -> list[Indicator]:
    """The bracketed shares of a sentence that goes on with a ranking ("ең жоғары өсім Қостанай
    облысында тіркелген – 24%. Одан кейінгі орындарда Қызылорда (20,2%) ... тұр") are what the
    leader was: changes of its way after a leader that is one, levels after a level (inflation)."""
    if not leader.is_change or leader.unit != "percent":
        return found
    return [
        replace(i, is_change=True, direction=leader.direction)
        if not i.is_change and i.unit == "percent" and text[: i.start_char - offset].rstrip().endswith("(")
        else i
        for i in found
    ]


# "Астанаға ... барлық тұрғын үйдің 15,4%-ы тиесілі, Алматыға – 11,2%-ы": shares of a whole
_KK_SHARE_OF_WHOLE = re.compile(r"(?<!\w)(?:үлес\w*|тиесілі)", re.I)


def _kk_change_word_outside_brackets(text: str) -> bool:
    """A change word in the sentence, outside brackets (a bracket's own words name no change)."""
    return bool(_KK_CHANGE_WORD.search(re.sub(r"\([^()]*\)", " ", text)))


# the dative noun a count counts, and what may stand before the verb ("астам адамға немесе 5,0%-ға")
_KK_COUNT_NOUN_DATIVE = re.compile(
    r"\s+(?:(?:астам|жуық)\s+)?[^\W\d]{2,}(?:ға|ге|қа|ке)(?:,?\s+немесе\s+\S+)?\s+(?:(?:жуық|астам)\s+)?(?=\S)",
    re.I,
)
# a bare number sharing the last member's unit and case: "24,8 және 14,2%-ға өсті", "28, 26 және 25
# пайызға артады", "15–20 пайызға үлкен"
_KK_BARE_NUMBER = re.compile(r"\d+(?:[ \u00a0]\d{3})*(?:,\d+)?")
_KK_SHARED_TAIL = re.compile(
    r"(?:\s*,\s+\d+(?:,\d+)?)*\s*(?:,\s+|\s+(?:және|мен|бен|пен|немесе)\s+|[–-])\d+(?:,\d+)?\s*(?:%|пайыз)-?"
    r"(?:ға|ге|қа|ке)\s+(?:жуық\s+)?",  # (not "3-4%-ға дейін": a level reached)
    re.I,
)
# a level reached told between a change and its verb: "4,8%-ға 19,5 млн дейін", "10,5%-ға 3,8 млн басқа дейін"
_KK_LEVEL_REACHED = re.compile(r"\s+\d[\d\s]*(?:,\d+)?\s*(?:[^\W\d]+\s+){0,2}?дейін\s+", re.I)
# the sentence (or a bracket) closes right after the figure
_KK_SENTENCE_CLOSE = re.compile(r"\s*(?:[.!;]|$)")
# a Kazakh multiplier's change or comparison follows it, past "about" and "over": "есеге жуық артты", "есе көп"
_KK_TIMES_CHANGE = re.compile(
    r"\s+(?:(?:жуық|астам|дерлік|шамасында)\s+)?(?:көп|аз|жоғары|төмен|арт|өс|көбей|ұлға|қысқар|азай)", re.I
)


def _kk_lead_cues(cues: list[tuple[int, str]], lead: str) -> list[tuple[int, str]]:
    """A list lead that divides a total told before it ("... деп күтілуде. Экспорт бағыттар бойынша
    былай бөлінеді:"): "бөлінеді" there is "is divided", no allocation; the total's words decide."""
    division = DIVISION_LEAD.search(lead)
    return cues if division is None else [(p, k) for p, k in cues if p < division.start()]


_LEAD_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[А-ЯЁӘҒҚҢӨҰҮҺІ«\"])")


def _ru_lead_state_cues(reader: Reader, lead: str) -> list[tuple[int, str]]:
    """The cues of a list's lead paragraph; a Russian lead whose last sentence tells a present of its
    own ("На пособие могут претендовать семьи. Размеры выплат зависят от числа детей:") takes none from
    the sentences before it: the rates listed are in force, no outlook of the modal before. A Kazakh
    lead whose last sentence names the sizes of a payment ("Оны ... отбасылар алады. Биыл төлем мөлшері
    былай белгіленген:") takes none from before it either: the aorist of who receives it is no plan of
    the rates (FORMAT.md: a rate in force is actual) (+fs33kk)."""
    cues = _kk_lead_cues(find_cues(reader, lead), lead)
    last = max((m.end() for m in _LEAD_SENTENCE_BREAK.finditer(lead)), default=0)
    if reader.language.code == "kk":
        if last and _KK_PAYMENT_SIZES.search(lead, last):
            return [(p, k) for p, k in cues if p >= last]
        return cues
    if reader.language.code != "ru":
        return cues
    cued = {position for position, _ in cues}
    if last and (
        any(p >= last and k in ("actual", "state") for p, k in cues)
        or any(m.start() >= last and m.start() not in cued for m in reader.present.finditer(lead))
    ):
        return [(p, k) for p, k in cues if p >= last]
    return cues


_DASH_BEFORE = re.compile(r"\s[—–-]\s*$")


def opened_by_dash(text: str, start: int) -> int:
    """Where the Russian clause opened at `start` begins once a dash is read as no clause end: "нынешний
    импорт превосходит и его — на 12%" goes on with the clause before the dash (+ps43ru)."""
    if not _DASH_BEFORE.search(text, max(0, start - 4), start):
        return start
    return clause_span(text, max(0, start - 4), max(0, start - 3))[0]
