"""The item a Russian or Kazakh figure counts: the noun phrase after or before it, the subject of
its verb, a list member's label after a dash or in brackets; and the figure's qualifier ("более",
"до", "шамамен": more than, up to, about)."""

from __future__ import annotations

import re
from datetime import date

from etl.extract.cyrillic_changes import _kk_by_comparative
from etl.extract.cyrillic_item_verbs import (
    drop_kk_predicate,
    drop_ru_predicate,
    is_kk_finite,
    is_ru_noun,
    is_ru_verb,
    noun_words_ru,
)
from etl.extract.cyrillic_numbers import CyrillicSentence, Figure, Reader
from etl.extract.cyrillic_periods import find_cyrillic_periods
from etl.extract.dash_labels import (
    bracket_label,
    dash_label,
    kk_label_in_item,
    label_after,
    ru_label_in_item,
    without_noted,
)
from etl.extract.indicator_record import Indicator
from etl.extract.item_cleaning import where_only
from etl.extract.item_place import noun_first
from etl.extract.literal_gates import may_match, sentence_lower
from etl.extract.periods import Period
from etl.extract.records import replace
from etl.extract.ru_tense import word_tense
from etl.extract.speed_bands import band_end_before

_ITEM_STOP = re.compile(r"[,.;:()«»\"—–]")

# Words at the edge of an item that say what happened to it, not what it is: a Russian past or
# present verb, a short participle, a qualifier or preposition left before the figure ("экспорт
# IT-услуг достиг [500 млн долларов]", "собрано более [1,6 млн тонн]")
# A past in -л/-ла/-ло/-ли has a vowel before its л, but for the verbs whose stem ends in a
# consonant ("выросла", "достигла", "прошло"); a genitive complement that ends alike ("стекла",
# "масла", "металла", "отрасли") is a noun and stays with its head ("Выпуск стекла").
_RU_ITEM_TAIL = re.compile(
    r"(?:[^\W\d_]+[аеёиоуыэюя](?:л|ла|ло|ли)"
    r"|[^\W\d_]*(?:рос|нес|нёс|вез|вёз|мог|лег|лёг|стиг|ш|сох|мерз|гас)(?:ла|ло|ли)"
    r"|[^\W\d_]{2,}(?:лся|лась|лось|лись)|достиг\w*|[^\W\d_]{3,}(?:ет|ит|ют|ят|ется|ится|ются|ятся)"
    r"|[^\W\d_]{3,}(?:ано|ено|ото|ыто|ато)|более|менее|свыше|около|почти|порядка|примерно|чуть|немногим|до|на|в|с|по|уже"
    r"|всего|также|из|них|которых)",
    re.I,
)


_PREPOSITION_BEFORE = re.compile(r"(?<!\w)(?:в|во|за|на|с|со|к|по|до)\s+$", re.I)


_WORD_REST = re.compile(r"[^\W\d_]+")


def _glued_ending(text: str, end: int) -> int:
    """The length of the rest of a word a figure's surface ends inside ("млн|нан"), 0 when it
    ends at a word's edge."""
    if end == 0 or not text[end - 1 : end].isalpha():
        return 0
    rest = _WORD_REST.match(text, end)
    return rest.end() - end if rest else 0


def _item(
    reader: Reader,
    text: str,
    figure: Figure,
    clause: tuple[int, int],
    periods: list[Period],
    previous_end: int = 0,
    earlier: tuple[tuple[int, int], ...] = (),
) -> str:
    """What the figure counts or measures, in the text's words: the words after a bare count,
    else the words before the figure in its clause and the noun right after its unit. Period
    phrases ("2024 жылы", "в 2024 году") and the verb at the item's edge are left out, so one
    series reads the same in every article: "IT-қызметтер экспорты", not "2024 жылы
    IT-қызметтер экспорты жетті"."""
    # (the rest of a word the figure ends inside is its scale word's case ending, "4,5 млн[нан] аса
    # көшет": part of the figure, not what it counts)
    end = figure.end + _glued_ending(text, figure.end)
    window = text[end : end + 60]
    # a period phrase after the noun ends it ("метров жилья [за первые 11 месяцев]")
    dated = min((p.start for p in periods if end < p.start < end + 60), default=None)
    if dated is not None:
        window = window[: dated - end]
    stop = _ITEM_STOP.search(window)
    to_stop = window[: stop.start() if stop else len(window)].split()
    clause_ends = bool(to_stop) and ((stop is not None and len(to_stop) <= 3) or end + 60 >= len(text))
    after_words = to_stop[:3]
    lone_word_after = clause_ends and len(after_words) == 1
    amounted = False  # "халқы 1,2 млн адамды құрады": the subject is the measure, the object its counter
    reached = False  # "туристер саны 1,13 млн адамға жетті": likewise, the dative its counter
    if reader.language.code == "kk" and clause_ends and len(after_words) > 1:
        amounted = _KK_AMOUNTED.fullmatch(after_words[-1].strip(",.;:")) is not None
        reached = _KK_REACHED.fullmatch(after_words[-1].strip(',.;:»"')) is not None
        after_words = after_words[:-1]  # "45 мектеп салынды": the clause's last word is its verb
    elif reader.language.code == "kk" and lone_word_after and is_kk_finite(after_words[0]):
        after_words = []  # "саны 3 018-ге жетті", "басы 210 мыңнан асты": the lone word is the verb
    # another figure after this one ("с 12 тысяч [до 30 тысяч человек]", "12 мыңнан [30 мыңға]") is
    # the other end of a range: its words, scale word and all, are not this figure's noun
    other = next((i for i, w in enumerate(after_words) if w[:1].isdigit()), None)
    if other is not None:
        after_words = after_words[:other]
        while after_words and after_words[-1].casefold() in _RANGE_LINKS:
            after_words.pop()
    if reader.language.code == "ru" and figure.unit is not None:
        # the noun right after the unit ("тонн [отходов]"), not another figure ("от 125 [до 330 млн]")
        # nor a phrase of its own ("61% [против 58%]"); after a bare count, a verb may say what the
        # counted did ("40 [не пропустили пешеходов]") and stays
        after_words = noun_words_ru(after_words)
    if reader.language.code == "kk":
        after_words = drop_kk_predicate(after_words)  # "ет өндірісі [512 мың тонна] болған", "мыңнан асады"
    after = " ".join(after_words)
    counter = bool(after_words) and (
        (amounted and _KK_ACCUSATIVE.fullmatch(after_words[-1]) is not None)
        or (reached and len(after_words) == 1 and _KK_DATIVE_NOUN.fullmatch(after_words[0]) is not None)
    )
    if figure.unit is None and after and not counter:
        return after
    # (Russian) the words of another figure before this one in its clause name that figure ("руды
    # продано 69,9 тыс. тонн на $5,4 млн"): this one's are those after it, else the caller's
    # fallback, the figure before's item; Kazakh puts the words a figure shares after both
    start = max(clause[0], previous_end) if reader.language.code == "ru" else clause[0]
    if reader.language.code == "ru" and "км" in text:
        start = band_end_before(text, start, figure.start)  # a fine's speed band before the figure
    if start > clause[0] and _RU_BASE_BETWEEN.match(text, start):
        return ""  # "15,1% против [14,4%] годом ранее", "с 3 до [1,4]": the same thing's other level
    before_text = text[start : figure.start]
    for other_start, other_end in earlier:  # (Kazakh) the other end of a range before this one
        first, last = max(other_start, start) - start, min(other_end, figure.start) - start
        if first < last:
            before_text = before_text[:first] + " " * (last - first) + before_text[last:]
    for period in periods:  # blank the period phrases of the clause, with a preposition before one
        lead = _PREPOSITION_BEFORE.search(text, max(start, period.start - 4), period.start)
        first = max(lead.start() if lead else period.start, start) - start
        last = min(period.end, figure.start) - start
        if first < last:
            before_text = before_text[:first] + " " * (last - first) + before_text[last:]
    words = before_text.split()[-6:]
    if reader.language.code == "ru":
        done = next((w for w in reversed(words) if _RU_DONE.fullmatch(w)), None)
        while words and _RU_ITEM_TAIL.fullmatch(words[-1]) and not is_ru_noun(words[-1]):
            words.pop()
        words = drop_ru_predicate(
            words, bool(after)
        )  # "должны сокращать расходы бюджета" -> "расходы бюджета"
        if not words and done and not after:
            return done  # "высажено [270 млн]": what was done names the figure, as the labels write it
    elif reader.language.code == "kk":
        if lone_word_after and not (after_words and _kk_listed_noun(window, stop, after_words[0])):
            # "... экспорты 500 млн АҚШ долларына жетті": the one word after the unit is the verb
            after = "" if words else after
        words = drop_kk_predicate(words)
    if counter and words:
        after = ""  # "халқы [1,2 млн] адамды құрады": the counter says what is counted, the subject names it
    moved = noun_first(reader.language.code, words, after)  # "в Северном Арале вылов рыбы": the noun first
    if moved:
        return moved
    before = " ".join(words).strip(" -–—")
    if reader.language.code == "ru" and not before and not after:
        # "Объем работ увеличился на 12,3%, услуги связи – на 8,5%": a series that leaves out its
        # verb names each member before the dash
        gapped = _RU_GAPPED_NAME.search(text, max(0, figure.start - 64), figure.start)
        if (
            gapped is not None
            and not any(gapped.start("name") <= p.start < figure.start for p in periods)
            # (not "Таджикистан, напротив, немного сократил закупки — до 64,8 тыс.": a verb is there)
            and not any(word_tense(w.lower()) for w in gapped.group("name").split())
        ):
            return gapped.group("name")
    if (
        reader.language.code == "ru"
        and not before
        and not after
        and _RU_FIGURE_OPENS.fullmatch(text, 0, figure.start) is not None
    ):
        # "48,9 млрд тенге достигло финансирование программы", "На 21,3% подорожали продукты": a
        # figure opening its sentence before the verb names the subject told after the verb
        subject = _ru_subject_after_verb(window, stop)
        if subject:
            return subject
    # "собрано более [1,6 млн тонн] отходов"; "" when the clause held nothing but a predicate
    # ("составили около", "құрады"): the caller then takes the sentence's subject
    return f"{before} {after}".strip()


# what may stand before a figure that opens its sentence: a preposition, a hedge, a list's dash
_RU_FIGURE_OPENS = re.compile(
    r"\s*(?:[-–—•]\s*)?(?:(?:на|до|около|почти|более|свыше|порядка|примерно|лишь|всего|уже)\s+){0,2}", re.I
)


def _ru_subject_after_verb(window: str, stop: re.Match[str] | None) -> str:
    """'... достигло [финансирование программы]': after a figure that opens its sentence, the words
    after its verb up to the clause's end (up to three, no verb or figure among them); "" when no
    verb follows the figure right away."""
    words = window[: stop.start() if stop else len(window)].split()
    if not words or not is_ru_verb(words[0]):
        return ""
    subject = noun_words_ru(words[1:])
    return " ".join(subject[:4]) if subject and subject[0][:1].isalpha() else ""


# a member of a series with its verb left out, after a comma: ", услуги связи – на 8,5%", ", молока – на 3%"
_RU_GAPPED_NAME = re.compile(
    r"[,;]\s+(?P<name>[^\W\d_][^\W\d_]*(?:\s+[^\W\d_]+){0,3})\s+[–—]\s+(?:на|до)\s+"
    r"(?:(?:около|почти|более|свыше|порядка)\s+)?$",
    re.I,
)


def _kk_listed_noun(window: str, stop: re.Match[str] | None, word: str) -> bool:
    """'428 мың тонна қырыққабат, 1 017 мың тонна пияз ... жиналды': a lone word after the unit that
    a comma ends, no verb or converb, is the member's noun in a list whose verb comes at its end."""
    return (
        stop is not None
        and window[stop.start()] == ","
        and not is_kk_finite(word)
        and _KK_CASE_OR_CONVERB.search(word) is None
    )


# the endings of a case (the dative, locative, ablative, instrumental, accusative, genitive), of a
# converb ("артып", "көбейіп"), a conditional ("өссе") or a predicate adjective ("тиесілі"): a word so
# ended after the unit is no list member's bare noun
_KK_CASE_OR_CONVERB = re.compile(
    r"(?:[ғгқк][ае]|[дт][ае]|[дтн][ае]н|[мбп]ен|[дтн][ыі]|[дтн][ыі]ң|[ыі]п|[ауеюи]п|с[ае]|л[ыі])$", re.I
)


# the words that link a range's ends ("с 12 тысяч до 30 тысяч", "12 мыңнан 30 мыңға дейін")
_RANGE_LINKS = frozenset("до по и или – - — дейін және немесе".split())
# (Kazakh) "құрады" and its forms: "X amounted to N [counter]", the measure is the subject
_KK_AMOUNTED = re.compile(r"құра(?:ды|йды|ған|мақ|йтын|п)", re.I)
_KK_ACCUSATIVE = re.compile(r"[^\W\d_]+(?:ды|ді|ты|ті|ны|ні)", re.I)
# "жетті", "жеткен", "асты": a count reaching a level, told with its counter in the dative
_KK_REACHED = re.compile(r"(?:жет|ас)(?:ті|еді|кен|ып|ты|ады|қан)", re.I)
_KK_DATIVE_NOUN = re.compile(r"[^\W\d_]{2,}(?:ға|ге|қа|ке)", re.I)
# a neuter short participle: "высажено", "очищено", "отремонтировано"
_RU_DONE = re.compile(r"[^\W\d_]{3,}(?:ано|ено|ото|ыто|ято)", re.I)
# What may open a sentence before its subject: a connective or a source ("Кроме того,", "По данным
# бюро,", "Министрдің айтуынша,")
_OPENING_ASIDE = re.compile(
    r"\s*(?:кроме\s+того|при\s+этом|между\s+тем|в\s+частности|в\s+целом|таким\s+образом"
    r"|(?:по|согласно)\s+(?:\w+\s+){0,2}(?:словам|данным|информации|мнению|оценке|сведениям)"
    r"|как\s+(?:сообщ|отмет|отмеч|рассказ|поясн|сказ|подчерк|уточн)\w*|сонымен\s+қатар|атап\s+айтқанда|бұдан\s+бөлек"
    r"|(?:[^\W\d_]+\s+){0,4}?(?:айтуынша|сөзінше|мәліметінше|дерегінше|хабарлауынша)"
    r"|(?:[^\W\d_]+\s+){1,3}?(?:мәліметіне|дерегіне|деректеріне)\s+сәйкес)[^,]*,\s*",
    re.I,
)


_RU_BASE_BETWEEN = re.compile(r"\s*(?:против|по\s+сравнению|в\s+сравнении|до|[-–—])(?!\w)", re.I)


# "Атырау (13,5%)", "Солтүстік Қазақстан (9,4%)": a name (capitalised words) right before a bracket
# (with the noun of a place after it: "Маңғыстау облысы (9,4%)")
_KK_NAME_BEFORE_BRACKET = re.compile(
    r"(?<![\w-])((?:[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*\s+){0,2}[А-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*(?:\s+(?:облысы|қаласы|ауданы))?)\s*\(\s*$"
)


def _kk_name_before_bracket(text: str, clause: tuple[int, int], figure: Figure) -> str:
    """'Ақмола (13,8%), Атырау (13,5%) ... облыстары': a figure alone in brackets after a name is that
    name's (a place in a ranking), not the first member's; "" when no name stands before the bracket."""
    if clause[0] == 0 or text[clause[0] - 1] != "(" or text[clause[0] : figure.start].strip():
        return ""
    name = _KK_NAME_BEFORE_BRACKET.search(text, max(0, clause[0] - 60), clause[0])
    return name.group(1) if name else ""


def _subject_item(
    reader: Reader,
    text: str,
    indicators: list[Indicator],
    figures: list[Figure],
    periods: list[Period],
    before: str,
) -> str:
    """The item of a figure whose clause names nothing but its predicate ("..., составили около 2
    трлн", "..., 4,5 млн тоннаны құрады"): the item of the sentence's figure before it, else the
    words opening the sentence up to its first figure or comma (a source such as "По данным
    бюро," passed over), without dates and verbs, else the clause's words `before` the figure
    without the predicate they open (Russian) or close (Kazakh) with."""
    if indicators and indicators[-1].item:
        return indicators[-1].item
    end = min([f.start for f in figures] + [len(text)])
    aside = _OPENING_ASIDE.match(text)
    begin = aside.end() if aside and aside.end() < end else 0
    comma = text.find(",", begin, end)
    stop = comma if comma >= 0 else end
    chars = list(text[begin:stop])
    for period in periods:
        for at in range(max(period.start, begin), min(period.end, stop)):
            chars[at - begin] = " "
    for words in ("".join(chars).split()[:6], before.split()[-6:]):
        if reader.language.code == "ru":
            while words and _RU_ITEM_TAIL.fullmatch(words[-1]) and not is_ru_noun(words[-1]):
                words.pop()
            words = drop_ru_predicate(words)
        else:
            words = drop_kk_predicate(words)
        if words:
            return " ".join(words).strip(" -–—")
    return ""


_ITEM_LABEL = re.compile(r"^\s*(?:[-–—•*]|\d{1,2}[.)])\s+(?:для\s+)?(?P<label>[^\d:]+?)\s*[-–—:]\s*$")


def _list_item(reader: Reader, sentence: CyrillicSentence, figure: Figure, published: date) -> str | None:
    """'- для магистрантов — 117 098 тенге;' under 'Размеры стипендий с 1 сентября составят:'
    -> 'Размеры стипендий: магистрантов' (the lead's words without its dates and verb)."""
    if sentence.lead is None:
        return None
    label = _ITEM_LABEL.match(sentence.text[: figure.start])
    if label is None:
        return dated_member_item(reader, sentence.lead, sentence.text[: figure.start], published)
    subject = " ".join(_lead_words(reader, sentence.lead, published, whole=False)[:3])
    return f"{subject}: {label['label'].strip()}" if subject else label["label"].strip()


def dated_member_item(reader: Reader, lead: str, before: str, published: date) -> str | None:
    """The item of a list member that only says when ('- 2026 жылы – 6,83 трлн теңге', '2021 год –
    101 тыс. га'; `before` is the member's text before its figure): the subject of the lead that
    introduces the list, whole ('Шығындар көлемі мынадай болады:' -> 'Шығындар көлемі', 'Расходы
    областного бюджета на дороги составят:' -> 'Расходы областного бюджета на дороги'). None for a
    member that names a part of its own."""
    dated = _DATED_LABEL.match(before)
    if dated is None or _names_more_than_time(dated["label"], reader, published):
        return None
    words = _lead_words(reader, lead, published, whole=True)
    if len(words) == 1 and _MEASURE_WORD.fullmatch(words[0]):
        return None  # "По годам объемы выглядят так:": the volumes of what was told before, not here
    if reader.language.code == "kk":  # the subject closes before "мынадай болады", "төмендегідей"
        frame = next((n for n, w in enumerate(words) if _KK_LIST_FRAME.fullmatch(w.casefold())), None)
        words = words[:frame] if frame is not None else words
        return " ".join(words[-_DATED_SUBJECT_WORDS:]) or None
    return " ".join(words[:_DATED_SUBJECT_WORDS]) or None


def _lead_words(reader: Reader, lead: str, published: date, whole: bool) -> list[str]:
    """The words of a list's lead that name what its members are of: its last sentence without a
    source aside, dates, cue words and (in Russian) the verb and what follows it. A member's lead
    (`whole` False) also loses its prepositions ("Цены на бензин" -> "Цены бензин"), the member
    adding its own; a whole legend keeps them ("на дороги")."""
    # a lead of several sentences ("Годовая инфляция ... достигла 12,6%. ... стали регионы:"): its last
    # introduces the list
    lead = re.split(r"(?<=[.!?])\s+(?=[А-ЯЁӘҒҚҢӨҰҮҺІ«\"])", lead.strip())[-1]
    # ("Как сообщает Бюро нацстатистики, снижение ... произошло в областях:": the source is no subject)
    aside = _OPENING_ASIDE.match(lead)
    lead = lead[aside.end() :] if aside and aside.end() < len(lead) else lead
    for period in reversed(find_cyrillic_periods(lead, published, reader.language)):
        lead = lead[: period.start] + lead[period.end :]
    lead = _BY_TIME.sub("", lead)  # "По годам площади выглядят так:": the members are the years
    words = [
        w
        for w in re.findall(r"[^\W\d_][\w-]*", lead)
        if not any(w.lower().startswith(c) for c, _ in reader.cues)
    ]
    dropped = {"бастап", "жылғы"} if whole else {"бастап", "с", "со", "по", "в", "на", "до", "жылғы"}
    words = [w for w in words if w.lower() not in dropped]
    if reader.language.code == "ru":  # "снижение объёмов произошло в ...": the subject ends at its verb
        verb_at = next(
            (
                n
                for n, w in enumerate(words)
                if is_ru_verb(w)
                # (a preposition the whole legend keeps is no tail: "на дороги")
                or (_RU_ITEM_TAIL.fullmatch(w) and not is_ru_noun(w) and not (whole and len(w) <= 2))
            ),
            None,
        )
        words = words[:verb_at] if verb_at else words
    return words


def bare_dated_members(
    reader: Reader, body: str, sentence: CyrillicSentence, found: list[Indicator], published: date
) -> list[Indicator]:
    """Figures of a line that only says when ("2021 год – 101 тыс. га;", its bullet dropped) under a
    line ending in ":" ("По годам объемы выглядят так:"), the lines between being such members too,
    take the lead's subject as their item (`dated_member_item`); other figures are kept as found."""
    line_start = body.rfind("\n", 0, sentence.start) + 1
    if sentence.lead is not None or body[line_start : sentence.start].strip() or not found:
        return found
    lead = _bare_list_lead(body, line_start)
    if lead is None:
        return found
    named = []
    for indicator in found:
        before = body[sentence.start : indicator.start_char]
        item = dated_member_item(reader, lead, before, published)
        named.append(replace(indicator, item=item) if item else indicator)
    return named


# a line that is a dated member without its bullet: its date, a dash and its figure
_BARE_DATED_LINE = re.compile(r"^\s*(?:[-–—•*]\s+)?(?:[^\W\d_]+\s+)?\d{4}[^:\n]{0,25}?\s[-–—]\s*\d")


def _bare_list_lead(body: str, line_start: int) -> str | None:
    """The line ending in ":" above the dated member starting at `line_start`, with only dated
    members between them; None when there is none."""
    end = line_start - 1
    while end > 0:
        start = body.rfind("\n", 0, end) + 1
        line = body[start:end].strip()
        if line.endswith(":"):
            return line
        if not _BARE_DATED_LINE.match(line):
            return None
        end = start - 1
    return None


_MEASURE_WORD = re.compile(r"(?:объем|объём|показател|цифр|данн|көлем|көрсеткіш|сан)\w*", re.I)
_BY_TIME = re.compile(
    r"\b(?:по|в\s+разбивке\s+по)\s+(?:годам|месяцам|кварталам)\b|\bжылдар\s+бойынша\b", re.I
)
# A list member that is a date or a year and its dash, with or without its bullet ("- 2026 жылы –",
# "- в 2027 году –", "2021 год –")
_DATED_LABEL = re.compile(r"^\s*(?:[-–—•*]\s+)?(?P<label>[^:\n]{1,40}?)\s*[-–—:]\s*$")
# the Kazakh words that frame a list after its subject ("... көлемі мынадай болады:")
_KK_LIST_FRAME = re.compile(r"мынадай|төмендегідей|келесідей|былайша|болады|болмақ|құрайды|құрамақ")
# a subject that is the whole legend is longer than a member's lead (three words)
_DATED_SUBJECT_WORDS = 6


def _names_more_than_time(label: str, reader: Reader, published: date) -> bool:
    """False when the label is nothing but dates and prepositions ('2026 жылы', 'в 2027 году')."""
    if not re.search(r"\d", label):
        return True  # ("- для магистрантов –": a member's name; a date here always has its digits)
    for period in reversed(find_cyrillic_periods(label, published, reader.language)):
        label = label[: period.start] + label[period.end :]
    return bool(re.sub(r"\b(?:в|во|на|с|по|до|к)\b|[\W\d_]", "", label, flags=re.I).strip())


_RU_WHERE_LABEL = re.compile(r"(?:в|во|на|по|у|среди)\s", re.I)


def _dash_after_item(reader: Reader, text: str, figure: Figure, previous: str) -> str | None:
    """'Оның ішінде 21,1 мың – жеке үйлер': the words after the dash of a figure that opens its list
    member (dash_labels.label_after), unless they hold a verb (a clause of their own). Words that
    only say where ('из них 45 – в сельской местности') follow the item of the figure before in
    the sentence ('домов в сельской местности'), and give nothing without one."""
    span = label_after(text, figure.start, figure.end)
    if span is None:
        return None
    words = text[span[0] : span[1]].split()
    checked = words if reader.language.code == "ru" else words[-1:]
    is_verb = is_ru_verb if reader.language.code == "ru" else is_kk_finite
    if any(is_verb(w.strip(',.;:«»"()')) for w in checked):
        return None
    if reader.language.code == "ru" and _RU_WHERE_LABEL.match(text, span[0]):
        if not previous:
            return None
        # a sibling of the member before ("186 тонн ушло в Узбекистан, 176 тонн — в Турцию") is its
        # own place; a part of a total ("120 домов, из них 45 – в сельской местности") is the total's
        sibling = words[0].casefold() in (w.casefold() for w in previous.split())
        return " ".join(words) if sibling else f"{previous} {' '.join(words)}"
    return " ".join(words)


def _bracket_item(reader: Reader, text: str, figure: Figure) -> str | None:
    """'Солтүстік Қазақстан (+41,5%)', 'Астане (13,0%)': the words before the bracket the figure opens
    (dash_labels.bracket_label), unless they hold a verb."""
    span = bracket_label(text, figure.start)
    if span is None:
        return None
    words = text[span[0] : span[1]].split()
    if reader.language.code == "ru":
        words = _after_ru_verb(words)
        return " ".join(words) if words else None
    return None if is_kk_finite(words[-1].strip(',.;:«»"()')) else " ".join(words)


def _after_ru_verb(words: list[str]) -> list[str]:
    """A Russian label's words after its last verb: a clause told subject last ("В то же время
    подорожали кофе (+2,6%)") names its figure by that subject; [] when the verb ends it."""
    verbs = [i for i, w in enumerate(words) if is_ru_verb(w.strip(',.;:«»"()'))]
    return words[verbs[-1] + 1 :] if verbs else words


# a possessed amount, "20 628 млрд теңгесі": whose it is follows it
_KK_POSSESSED = re.compile(r"[^\W\d_]{3,}(?:сы|сі)$")


def _dash_item(
    reader: Reader, text: str, figure: Figure, periods: list[Period], own: str, previous: str, extend: bool
) -> str | None:
    """'угля – 101,6%', 'көмір – 101,6%': a list member's label before its dash (dash_labels), unless
    the words before the dash hold a verb or a date and are a clause or a time of their own
    ('подорожала аренда – на 5%', 'за январь–октябрь – 5%'). A count's own noun joins its label
    ('в желтой – 17 станций'); a label that only changes a word of the member before it is that
    member's item with the word changed (ru_label_in_item)."""
    span = dash_label(text, figure.start, [(p.start, p.end) for p in periods])
    if span is None or any(p.start < span[1] and span[0] < p.end for p in periods):
        return None
    if "км" in text and (band_end := band_end_before(text, span[0], span[1])) > span[0]:
        # "на 40-60 км/ч штраф – 20 МРП", "на 60 и более км/ч – 40 МРП": a fine's speed band is the
        # law's condition, no name: the words after it, else the fine named before
        span = (band_end, span[1])
        if not text[span[0] : span[1]].strip(" ,.;:–—-"):
            return previous or None
    words = text[span[0] : span[1]].split()
    if reader.language.code == "ru":
        words = without_noted(words)
    # (a Kazakh clause ends on its verb: a participle inside a label is an attribute, "жылжымайтын мүлік")
    checked = words if reader.language.code == "ru" else words[-1:]
    is_verb = is_ru_verb if reader.language.code == "ru" else is_kk_finite
    verbs = [n for n, word in enumerate(checked) if is_verb(word.strip(',.;:«»"()'))]
    if verbs and reader.language.code == "ru" and 0 < verbs[-1] < len(words) - 1:
        # "Дороже всего аренда обходится в Актау – 2400 тенге": a member's own where after its verb
        # goes beside the words before the verb, as the members after it take theirs
        head, where = words[: verbs[-1]], words[verbs[-1] + 1 :]
        if where_only(" ".join(where), "ru") and not any(is_verb(w.strip(',.;:«»"()')) for w in head):
            return " ".join(head + where)
    if verbs:
        return None  # ("прибавка оказалась скромнее – 6,2%": a clause, its last words no name)
    if reader.language.code == "ru":
        label = ru_label_in_item(words, previous, extend) or " ".join(words)
        return f"{own} {label}" if figure.unit is None and own else label
    if own and _KK_POSSESSED.search(text, figure.start, figure.end):
        return None  # "жартысына жуығы – 20 628 млрд теңгесі тау-кен өнеркәсібінің": its own words after it
    label = kk_label_in_item(words, previous) or " ".join(words)
    return f"{label} {own}" if figure.unit is None and own else label


def _qualifier(reader: Reader, text: str, figure: Figure) -> str | None:
    # 45 characters before: the patterns end at the figure, but 'до' reads back to a verb
    # ("довести уровень газификации до 62,1%")
    left_start, right_end = max(0, figure.start - 45), figure.end + 20
    left, right = text[left_start : figure.start], text[figure.end : right_end]
    by_comparative = reader.language.code == "kk" and _kk_by_comparative(text, figure)
    # a pattern is tried only on a window holding one of its words (most figures have no qualifier;
    # the 'до' pattern's look-aheads read the whole window at each position otherwise); the windows
    # lower-cased are the slices of the sentence's (plain text lower-cases letter by letter), read
    # once for all its figures (a window of a sentence that is not plain is scanned: the same answer)
    lower = sentence_lower(text)
    lower_left, lower_right = (
        (lower[left_start : figure.start], lower[figure.end : right_end])
        if lower is not None
        else (None, None)
    )
    for (pattern, name), gate in zip(reader.qualifiers, reader.qualifier_gates, strict=True):
        if pattern.pattern.startswith("^"):
            if by_comparative and name in ("less than", "more than"):
                continue  # "58 тоннаға аз", "9,6%-ға артық": by how much, a change (_is_change)
            if (
                may_match(gate, lower_right)
                and pattern.match(right)
                and not (name == "up to" and reader.range_start.search(left))
            ):
                return name
        elif may_match(gate, lower_left) and pattern.search(left):
            return name
    return None
