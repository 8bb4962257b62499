"""The amount a change replaces, told right beside the new one, in English, Russian and Kazakh.

FORMAT.md: in "from X to Y" X is the old level, actual; a payment or rate in force is actual at
publication. Three ways of telling the two amounts side by side leave no "from ... to" for the
readers of a change to link, so the old amount took the new one's date and kind:

- "Y instead of X", "Y вместо X", "X-тің орнына Y": X is replaced by a coming Y, so X is what is
  paid now (actual at publication), not a level of Y's date;
- "Y (now X)", "Y (сейчас X)", "Y (қазір X)": X is now; Y, which the sentence told as now too,
  is the coming amount (plan, undated unless the sentence dates it);
- "Y (previously X)", "Y (ранее X)", "Y (бұрын X)", "Y (was X)", "Y (было X)": X is former, actual; in force now when Y is
  still to come, else of no day the text names (FORMAT.md: null).

And the old level of a linked "from X to Y" still to come that took Y's date is in force now, as is
its sum in another currency bracketed after it ("20 949 теңгеден (54 доллар) 26 186 теңгеге").

Pure: a list of a body's records in, the same list with those records settled out.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from etl.extract.indicator_record import Indicator
from etl.extract.records import replace
from etl.extract.units import CURRENCIES

_COMING = ("plan", "forecast", "target")
_ABLATIVES = ("дан", "ден", "тан", "тен", "нан", "нен")
_DASH = r"\s*(?:[:–—-]\s*)?"
_SIGN = r"(?:US\$|\$|₸|KZT\s)?"

# what stands between the new amount and the old one it replaces (the old one after it)
_INSTEAD = {
    "en": re.compile(
        rf"\s+instead\s+of\s+(?:the\s+)?(?:current\s+|present\s+|previous\s+|today's\s+)?{_SIGN}$", re.I
    ),
    "ru": re.compile(r"\s+вместо\s+(?:нынешних\s+|текущих\s+|прежних\s+|действующих\s+)?$", re.I),
}
# Kazakh names the replaced amount first, in the genitive, before "орнына" ("41 898 теңгенің орнына
# бакалаврлар 47 135 теңге алады"); a few words may stand before the new amount, no clause break
_KK_INSTEAD_AFTER = re.compile(r"\s+орнына\s+(?:[^\W\d]+\s+){0,4}$", re.I)
_KK_GENITIVE = re.compile(r"(?:ның|нің|дың|дің|тың|тің)$", re.I)
# an amount now, in brackets right after the one the sentence tells
_NOW = {
    "en": re.compile(rf"\s*\(\s*(?:now|currently|at\s+present|today){_DASH}{_SIGN}$", re.I),
    "ru": re.compile(rf"\s*\(\s*(?:сейчас|сегодня|в\s+настоящее\s+время|ныне|пока){_DASH}$", re.I),
    "kk": re.compile(rf"\s*\(\s*(?:қазір|қазіргі\s+(?:кезде|уақытта|таңда)|бүгін){_DASH}$", re.I),
}
# a former amount, in brackets or after a comma right after the one the sentence tells; "was",
# "было" only in brackets ("32 681 тенге (было 21 787 тенге)"): after a comma they may open a clause
_FORMER = {
    "en": re.compile(
        rf"\s*(?:[(,]\s*(?:previously|formerly|earlier|before)|\(\s*(?:was|were)){_DASH}{_SIGN}$", re.I
    ),
    "ru": re.compile(rf"\s*(?:[(,]\s*(?:ранее|раньше|прежде)|\(\s*(?:было|была|был|были)){_DASH}$", re.I),
    "kk": re.compile(rf"\s*[(,]\s*(?:бұрын|бұған\s+дейін){_DASH}$", re.I),
}
_CONVERSION = re.compile(r"\s*\(\s*(?:US\$|\$)?")
_PLANNED = re.compile(r"plann|target|запланир|планов|жоспар|межел", re.I)  # "instead of the planned"
# "17 million sq m instead of 15.2 million previously planned": the replaced amount is the plan
# before, named so after it, not an amount in force now
_PLANNED_AFTER = re.compile(
    r"\s+(?:[^\W\d]+\s+){0,2}?(?:(?:previously|originally|initially|earlier|first)\s+)?"
    r"(?:planned|envisaged|scheduled|targeted|foreseen|intended)\b",
    re.I,
)


def old_and_new_levels(found: list[Indicator], published: date, language: str) -> list[Indicator]:
    """The records of `found` with each old amount told beside its new one ("instead of", "now",
    "previously") given the old amount's own reading, and a new amount told "(now X)" its coming one."""
    settled = [_held_before(_in_force_before(i, found, published), found, published) for i in found]
    if language == "en":
        settled = [_told_as_former(_undated_start_of_a_goal(i, found, published)) for i in settled]
    for k in range(len(found) - 1):
        first, second = settled[k], settled[k + 1]
        if first.sentence_start != second.sentence_start:
            continue
        between = first.sentence[
            first.end_char - first.sentence_start : second.start_char - second.sentence_start
        ]
        if (
            first.role == "from"
            and _CONVERSION.fullmatch(between)
            and {first.unit, second.unit} <= CURRENCIES
        ):
            # "20 949 теңгеден (54 доллар)": the old level's sum in another currency is the old level
            settled[k + 1] = replace(
                second, kind=first.kind, period_start=first.period_start, period_end=first.period_end
            )
            continue
        if first.unit != second.unit or _PLANNED.search(between):
            continue  # "instead of the planned 19.5 million": the plan an outcome is set against
        instead = _INSTEAD.get(language)
        if instead is not None and instead.search(between):
            if _PLANNED_AFTER.match(second.sentence, second.end_char - second.sentence_start):
                continue
            settled[k + 1] = _replaced(second, first, published)
        elif language == "kk" and _KK_GENITIVE.search(first.surface) and _KK_INSTEAD_AFTER.fullmatch(between):
            settled[k] = _replaced(first, second, published)
        elif language in _NOW and _NOW[language].search(between):
            settled[k], settled[k + 1] = _coming_beside_now(first, published), _now(second, first, published)
        elif language in _FORMER and _FORMER[language].search(between):
            settled[k + 1] = _former(second, first, published)
    return settled


# "basic pensions, which previously comprised 15,274 tenge (US$44.75) or 54 percent of ...": an amount
# whose own verb says it was so before, up to the figure in its clause (no comma: "which previously
# employed 500, now employs 800" leaves the 800 to the clause of its own)
_FORMER_VERB_BEFORE = re.compile(
    r"\b(?:previously|formerly)\s+(?:[a-z]+\s+){1,2}(?:(?:[^\s;,]|,(?=\d))+\s+){0,8}?(?:[^\s;,]|,(?=\d))*$",
    re.I,
)
# a year or a month named in the sentence: the former amount may be dated by it
_NAMED_TIME = re.compile(
    r"\b(?:1[89]|20)\d\d\b|\b(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|year|month|quarter)\b",
    re.I,
)


def _told_as_former(indicator: Indicator) -> Indicator:
    """'Basic pensions, which previously comprised 15,274 tenge or 54 percent of the minimum': an
    amount told as what it was before, in a sentence naming no time, stood at a time the text does
    not name (FORMAT.md: null), not in the span the headline or lead carried on (it took the July
    a change took effect in). Kept as read when the sentence names a year or month of its own."""
    if indicator.kind != "actual" or indicator.period_start is None and indicator.period_end is None:
        return indicator
    at = indicator.start_char - indicator.sentence_start
    if not _FORMER_VERB_BEFORE.search(indicator.sentence, max(0, at - 64), at):
        return indicator
    if _NAMED_TIME.search(indicator.sentence):
        return indicator
    return replace(indicator, period_start=None, period_end=None)


def _span(indicator: Indicator) -> tuple[date | None, date | None]:
    return indicator.period_start, indicator.period_end


def _coming(indicator: Indicator, published: date) -> bool:
    """A new amount still to come: told as a plan or outlook, or set from a day after publication."""
    return indicator.kind in _COMING or (
        indicator.period_start is not None and indicator.period_start > published
    )


def _borrowed(old: Indicator, new: Indicator, published: date) -> bool:
    """The old amount has no date of its own: it took the new one's, today's, or none."""
    return _span(old) in (_span(new), (published, published), (None, None))


def _replaced(old: Indicator, new: Indicator, published: date) -> Indicator:
    """'47 135 тенге вместо 41 898 тенге' from September: the replaced amount is the one paid now."""
    if not _coming(new, published):
        return old  # "harvested 21.7 million tons instead of 19.5 million": a past outcome, as read
    if not _borrowed(old, new, published):
        return replace(old, kind="actual")  # "instead of 41,898 tenge in 2023": its own date
    return replace(old, kind="actual", period_start=published, period_end=published)


def _now(current: Indicator, told: Indicator, published: date) -> Indicator:
    """'(қазір 86 987 теңге)': the amount now, actual at publication unless dated otherwise."""
    if not _borrowed(current, told, published):
        return current
    return replace(current, kind="actual", period_start=published, period_end=published)


def _coming_beside_now(told: Indicator, published: date) -> Indicator:
    """'Магистранттарға – 97 024 теңге (қазір 86 987 теңге)': the amount told beside today's is not
    today's; with no date of its own it is the coming one, of no day the text names."""
    if _span(told) not in ((published, published), (None, None)):
        return told  # "в 2010 году – 12 (сейчас 20)": a level of its own time
    return replace(
        told, kind="plan" if told.kind == "actual" else told.kind, period_start=None, period_end=None
    )


def _former(old: Indicator, new: Indicator, published: date) -> Indicator:
    """'97 024 тенге (ранее 86 987 тенге)': the former amount is actual; it is in force now while the
    new one is still to come, else it stood at a time the text does not name."""
    if not _borrowed(old, new, published):
        return replace(old, kind="actual")
    if _coming(new, published):
        return replace(old, kind="actual", period_start=published, period_end=published)
    return replace(old, kind="actual", period_start=None, period_end=None)


def _in_force_before(old: Indicator, found: list[Indicator], published: date) -> Indicator:
    """'will rise from 81,998 tenge to 102,498 tenge in January' told in December: the old level of
    a change still to come is the one in force now, not of the new level's date (a percent aside:
    "10 пайыздан 30 пайызға дейін көтеріледі" is a spread of rises as often)."""
    if old.role != "from" or old.partner is None or old.unit == "percent" or old.partner >= len(found):
        return old
    new = found[old.partner]
    if _span(old) != _span(new) or _span(new) == (None, None):
        return old
    ahead = new.period_start is not None and new.period_start > published
    # "Как повысят стипендию в 2024 году: магистрам – с 97 024 до 107 061 тенге": a planned rise in
    # the year under way leaves the old level where it stands now too (not a spread "от 100 до 400")
    # (not a goal or outlook revised, "lowered its harvest target from 20 to 18 million tons this
    # year": its old level is the old goal, of the same kind and span)
    planned = (
        new.kind in _COMING
        and _OLD_LEVEL_WORDS.search(_before(old)) is not None
        and _REVISED.search(old.sentence) is None
    )
    if not (ahead or planned):
        return old
    return replace(old, kind="actual", period_start=published, period_end=published)


def _undated_start_of_a_goal(old: Indicator, found: list[Indicator], published: date) -> Indicator:
    """'It aims to raise fish output from 9,000 tons to 270,000 tons by 2030', '- raising the number
    of sheep from 20.2 million to 28 million head' under 'By 2030 the plan envisages:': the old level
    of a change aimed at a deadline ahead, in a sentence naming no period of its own, is of no day
    the text names (FORMAT.md: null, as the dev labels read it), not a year carried from the
    paragraphs before (English)."""
    if old.role != "from" or old.partner is None or old.partner >= len(found) or old.kind != "actual":
        return old
    new = found[old.partner]
    ahead = new.period_end is not None and new.period_end > published and new.period_start is None
    if not (new.kind in _COMING and ahead) or _span(old) in ((published, published), (None, None)):
        return old
    from etl.extract.periods import find_periods  # (the English period reader)

    if any(p.period_start or p.period_end for p in find_periods(old.sentence, published, published.year)
           if not (p.period_start is None and p.period_end == new.period_end)):  # fmt: skip
        return old  # "from 82 thousand tons last year to 165 thousand": the old level's own year
    return replace(old, period_start=None, period_end=None)


def _held_before(old: Indicator, found: list[Indicator], published: date) -> Indicator:
    """'Стипендия бакалавров увеличилась с 26 186 тенге до 31 423 тенге' told on 2 September: the new
    level is today's (or of another day told), the old one held before, on no day the text names (FORMAT.md: "X: actual at
    the earlier period if stated"); with the day of the change named ("с 1 июля 2025 года тариф
    повышен с 80 до 92 тенге") it held up to the day before. It took the new one's date, so one
    category had two amounts on one day. A past year ("в 2021 году
    повысили с ... до ...") is read by the readers: the old level in the year before."""
    if old.role != "from" or old.partner is None or old.partner >= len(found) or old.unit == "percent":
        return old
    new = found[old.partner]
    if (old.kind, new.kind) != ("actual", "actual") or _span(old) != _span(new):
        return old  # (not "жоспарланған 90 мың тоннадан ... өсті": the plan a result rose from)
    if _OLD_LEVEL_WORDS.search(_before(old)) is None:
        return old
    if _CHANGED.search(old.sentence) is None:
        return old  # "бір тоннасы 13 500 теңгеден 15 000 теңгеге дейін бағаланады": a spread of prices now
    start, end = _span(new)
    if start is None or start > published:
        return old
    if end is None:  # "с 1 июля ... повышен": in force up to the day before the one named
        return replace(old, period_start=None, period_end=start - timedelta(days=1))
    if end == start:  # a level told as of a day (the report's or another): changed on some day before
        return replace(old, period_start=None, period_end=None)
    return old


# a verb of a change done ("rose", "увеличилась", "өсті"; not a spread, "2 гектардан 4 гектарға дейін")
_CHANGED = re.compile(
    r"(?<!\w)(?:(?:rose|risen|raised|increased|grew|grown|climbed|jumped|expanded|lifted|hiked|fell|fallen|dropped"
    r"|declined|decreased|cut|reduced|lowered|shrank|shrunk)(?!\w)"
    r"|(?:вырос|выросл|увеличил|увеличен|повысил|повышен|поднял|подняли|возрос|снизил|снижен|сократил|сокращен"
    r"|уменьшил|уменьшен|подорожал|подешевел|расширил|расширен)\w*"
    r"|(?:өс|арт|көбей|ұлғай|көтеріл|азай|төменде|қысқар|кемі)(?:ті|ды|ді|кен|қан|ген|ған|іп|ып|п)(?:ін|ын|і|ы)?(?!\w))",
    re.I,
)


# the word that makes a figure the old level of a change, right before it ("с 41 898 до", "from
# 41,898 to"), or its Kazakh ablative ending ("41 898 теңгеден")
_OLD_LEVEL_WORDS = re.compile(
    rf"(?:(?<!\w)(?:с|со|from)\s+(?:US\$|\$)?$)|(?:{'|'.join(_ABLATIVES)})\s*$", re.I
)


# (a plan as a noun revised, "жоспарын 8 млн тоннадан ... ұлғайтты", "план ... с 8 до 9,5", not the
# verb of a planned rise, "жоспарлануда", "планируется", "plans to")
_REVISED = re.compile(
    r"\b(?:targets?|forecasts?|outlooks?|goals?|projections?|estimates?)\b|прогноз|ориентир|болжам|межел"
    r"|\bplans?\b(?!\s+to\b)|(?<!\w)план(?!ир)|жоспар(?!ла)",
    re.I,
)


def _before(indicator: Indicator) -> str:
    """The sentence up to the end of the figure's numeral words, for a look at the word before it."""
    at = indicator.start_char - indicator.sentence_start
    surface = indicator.surface
    return indicator.sentence[max(0, at - 8) : at] if not surface.endswith(_ABLATIVES) else surface
