"""Units a Russian or Kazakh figure takes from its neighbours: the unit a list written one member a
line leaves out, the one unit of a sentence's amounts of the same scale, a former level's unit from
the figure before its bracket, the unit written after a bracket for the amounts on either side of its
opening, a rate's "на 100 тыс." for a count of the same noun, a ratio named before its number, and
the currency "в долларовом выражении" names."""

from __future__ import annotations

import re

from etl.extract.currency_terms import currency_in_terms
from etl.extract.cyrillic_numbers import CyrillicSentence, Figure, Reader
from etl.extract.cyrillic_shared_cues import _BARE_SCALED_END, _RU_FORMER_BRACKET
from etl.extract.records import replace
from etl.extract.shared_units import list_runs, list_scales, member_units

# "34 немесе тіпті 35 млрд долларға", "34 или 35 млрд долларов": two alternatives, one scale and unit
# ("34, тіпті, 35 миллиард доллар", "34, а то и 35 млрд": a second guess, even higher)
_OR_BETWEEN = re.compile(
    r"\s+(?:или|либо|немесе|не)\s+(?:даже\s+|тіпті\s+)?|,\s+(?:тіпті|даже|а\s+то\s+и),?\s+", re.I
)
# "13,7 млн из 30,9 млн гектаров", "13,7 из 15 млн гектаров": a part told before the whole it is of, the
# unit and scale written on the whole only (+ps42ru)
_PART_OF_WHOLE = re.compile(r"\s+из\s+(?:(?:около|более|свыше|почти|порядка)\s+)?", re.I)
# "6,3 млрд долларов, из них около 210 млн", "30 млрд тенге, в том числе 12 млрд", "оның ішінде
# 12 млрд": a part of the sentence's sum is of its unit at any scale, whatever word follows
_PART_OF_SUM_BEFORE = re.compile(
    r"(?<!\w)(?:из\s+(?:них|которых)|в\s+том\s+числе|оның\s+ішінде)\s+"
    r"(?:(?:около|более|свыше|почти|порядка|шамамен)\s+)?$",
    re.I,
)


# "212,1 млрд тенге против 108,5 млрд за первое полугодие 2022 года": the base a level is set against
# right after it, at the level's scale, is in the level's unit (+ps41ru)
_AGAINST_BEFORE = re.compile(r"(?<!\w)против\s+(?:(?:около|более|свыше|почти|порядка)\s+)?$", re.I)


def _scale(figure: Figure) -> float:
    return float(f"{figure.value / figure.raw:.9g}") if figure.raw else 1.0  # 35.2e6 / 35.2 is not 1e6


def _list_member_units(
    reader: Reader, body: str, sentences: list[CyrillicSentence]
) -> dict[tuple[int, int], tuple[str, float]]:
    """{(sentence start, figure start): (unit, scale)} for the amounts of a list written one member a
    line that leave out the list's unit ("питание — 760,6 млн тенге;\nпокупки — 578,8 млн;"):
    shared_units.member_units on each list's sentences."""
    carried: dict[tuple[int, int], tuple[str, float]] = {}
    for run in list_runs(body):
        members = [s for s in sentences if any(a <= s.start < b for a, b in run)]
        figures = [reader.figures(s.text) for s in members]
        for (m, n), shared in member_units([s.text for s in members], figures).items():
            carried[members[m].start, figures[m][n].start] = shared
    return carried


def _shared_scaled_units(text: str, figures: list[Figure]) -> list[Figure]:
    """'на здравоохранение — 18,3 млрд тенге, на социальное обеспечение — 32,6 млрд, на культуру —
    14,7 млрд, на спорт — 27,2 млрд тенге', '2023 жылы – 17,8 млн, 2024 жылы – 19,1 млн шаршы метр':
    a scaled amount with no unit and no noun after it takes the one unit of the sentence's amounts
    of the same scale ("1,4 млрд саженцев", a count with its noun, does not; nor "20 млн" beside
    "25 трлн тенге"), and a part of an earlier sum ("из них 210 млн") its unit at any scale. And '34 или 35 млрд долларов': the first alternative takes the second's scale
    and unit, as the bare members of a list take its last one's ("368,7 и 322,2 тыс. тонн"), and so does a
    part told before its whole ("13,7 млн из 30,9 млн гектаров")."""
    figures = list(figures)
    for i in range(len(figures) - 1):
        first, second = figures[i], figures[i + 1]
        if (
            first.unit is None and not first.scaled and second.scaled and second.unit is not None
            and first.raw < second.raw
            and (_OR_BETWEEN.fullmatch(text, first.end, second.start) or _PART_OF_WHOLE.fullmatch(text, first.end, second.start))
        ):  # fmt: skip
            figures[i] = replace(first, value=first.raw * _scale(second), unit=second.unit, scaled=True)
        elif (
            first.unit is None and first.scaled and second.unit is not None and first.value <= second.value
            and _PART_OF_WHOLE.fullmatch(text, first.end, second.start)
        ):  # fmt: skip
            # "покрыто лишь 13,7 млн из 30,9 млн гектаров": a part of the whole after it, in its unit
            figures[i] = replace(first, unit=second.unit)
    # "368,7 и 322,2 тыс. тонн", "1,5, 2 және 3 млрд теңге": a list's bare members in its last one's scale
    for n, (shared, scale) in list_scales(text, figures, [_scale(f) for f in figures]).items():
        figures[n] = replace(figures[n], value=figures[n].raw * scale, unit=shared, scaled=True)
    with_unit = [f for f in figures if f.scaled and f.unit is not None]
    if len({f.unit for f in with_unit}) != 1:
        return figures
    unit, scales = with_unit[0].unit, {_scale(f) for f in with_unit}
    return [
        replace(f, unit=unit)
        if f.scaled
        and f.unit is None
        and (
            (_scale(f) in scales and _BARE_SCALED_END.match(text, f.end))
            # the part follows its sum ("около 1,8 млн граждан, в том числе 350 тыс. работников"
            # is a part of the citizens, not of the tenge before them)
            or (
                n > 0
                and figures[n - 1].unit == unit
                and figures[n - 1].scaled
                and _PART_OF_SUM_BEFORE.search(text, max(0, f.start - 40), f.start)
            )
            or _base_against_level(text, figures, n)
        )
        else f
        for n, f in enumerate(figures)
    ]


def _base_against_level(text: str, figures: list[Figure], n: int) -> bool:
    """True for a bare scaled figure told "против" right after a level of the same scale with a unit
    ("212,1 млрд тенге против 108,5 млрд годом ранее"), whatever words follow it."""
    if n == 0:
        return False
    level, base = figures[n - 1], figures[n]
    return (
        level.unit is not None and level.scaled and _scale(level) == _scale(base)
        and _AGAINST_BEFORE.search(text, max(level.end, base.start - 24), base.start) is not None
        and not _DIGIT.search(text, level.end, base.start)
    )  # fmt: skip


def _former_level_units(text: str, figures: list[Figure]) -> list[Figure]:
    """'98,6 тенге за кубометр (прежде - 103,52)': a bare number in a bracket that gives the former
    level takes the unit and scale of the figure just before the bracket."""
    figures = list(figures)
    for n in range(1, len(figures)):
        bare, before = figures[n], figures[n - 1]
        if (
            bare.unit is None and not bare.scaled and before.unit is not None
            and _RU_FORMER_BRACKET.search(text, max(0, bare.start - 16), bare.start)
            and "(" not in text[before.end : text.rfind("(", 0, bare.start)]
            and _RU_BRACKET_CLOSES.match(text, bare.end)
        ):  # fmt: skip
            figures[n] = replace(
                bare, value=bare.raw * _scale(before), unit=before.unit, scaled=before.scaled
            )
    return figures


_RU_BRACKET_CLOSES = re.compile(r"\s*\)")
# a bracket right after a figure, closed within a short aside with no bracket inside it
_ASIDE = re.compile(r"\s?\(([^()]{1,80})\)\s?")
_DIGIT = re.compile(r"\d")


# "с 41 898 до 47 135, отличникам – до 54 205 тенге": a range of bare amounts whose list line writes
# its currency only on the amount after it
_RANGE_OPENS = re.compile(r"(?<!\w)(?:с|от)\s+$", re.I)
_RANGE_TO = re.compile(r"\s+до\s+", re.I)
_CURRENCY_CODES = frozenset({"KZT", "USD", "EUR", "RUB", "CNY", "GBP"})


def _digits(figure: Figure) -> int:
    return len(str(int(figure.raw)))


def _bare_range_before_amount(text: str, figures: list[Figure]) -> list[Figure]:
    """'с 41 898 до 47 135, отличникам – до 54 205 тенге': both ends of a range of bare amounts of four
    digits or more, with no noun after it, take the currency of the next amount of the sentence
    when that amount has as many digits (not "с 1 200 до 1 500 человек": a noun follows)."""
    figures = list(figures)
    for n in range(len(figures) - 2):
        low, high = figures[n], figures[n + 1]
        if (
            low.unit is None and high.unit is None and not low.scaled and not high.scaled
            and low.raw >= 1000 and high.raw >= 1000
            and _RANGE_OPENS.search(text, max(0, low.start - 4), low.start)
            and _RANGE_TO.fullmatch(text, low.end, high.start)
            and _BARE_SCALED_END.match(text, high.end)
        ):  # fmt: skip
            amount = next((f for f in figures[n + 2 :] if f.unit is not None), None)
            if (
                amount is not None
                and amount.unit in _CURRENCY_CODES
                and not amount.scaled
                and (_digits(amount) == _digits(high))
            ):
                figures[n] = replace(low, unit=amount.unit)
                figures[n + 1] = replace(high, unit=amount.unit)
    return figures


# "с повышающим коэффициентом 1,3", "коэффициенті 1,5 болады": a ratio named before its bare number
# (unit_carrying._RATIO_BEFORE reads "a coefficient of 1.3" so in English)
_RATIO_BEFORE = re.compile(
    r"(?<!\w)(?:коэффициент\w*|коэффиц\.|мультипликатор\w*)\s+(?:(?:равн\w*|равен|составит|составляет|в|на|—|–|-)\s+)?"
    r"(?:(?:около|порядка|шамамен)\s+)?$",
    re.I,
)


# "1,3 коэффициенті қолданылады": the Kazakh word after the number
_RATIO_AFTER = re.compile(r"\s+(?:коэффициент\w*|мультипликатор\w*)", re.I)


def _ratio_units(text: str, figures: list[Figure]) -> list[Figure]:
    """A bare number right after "коэффициент" (or before it) is a ratio ("other"), no count."""
    if "оэффициент" not in text and "ультипликатор" not in text:
        return figures
    return [
        replace(f, unit="other")
        if f.unit is None
        and not f.scaled
        and (_RATIO_BEFORE.search(text, max(0, f.start - 48), f.start) or _RATIO_AFTER.match(text, f.end))
        else f
        for f in figures
    ]


def _currency_terms_units(text: str, figures: list[Figure]) -> list[Figure]:
    """'долларға шаққанда 22,5 млрд', 'в долларовом выражении – 22,5 млрд': a bare scaled amount takes
    the currency the phrase beside it names (currency_terms.py)."""
    return [
        replace(f, unit=named)
        if f.unit is None and f.scaled and (named := currency_in_terms(text, f.start, f.end)) is not None
        else f
        for f in figures
    ]


def _units_after_bracket(reader: Reader, text: str, figures: list[Figure]) -> list[Figure]:
    """'32 681 (қазір 21 787) теңге', '26 186 (жиырма алты мың ...) теңге': the unit written after a
    bracket is the unit of the figure just before the bracket and of the bare figure that closes it
    (the old amount and the new); a bracket with no digits spells out the figure before it, so the
    number words inside are no figures of their own."""
    figures = list(figures)
    dropped: set[int] = set()
    for n, first in enumerate(figures):
        aside = _ASIDE.match(text, first.end) if first.unit is None else None
        unit = reader.unit.match(text, aside.end()) if aside is not None else None
        if aside is None or unit is None:
            continue
        code, factor = reader.unit_codes[str(unit.lastgroup)]
        if code in ("times", "other"):
            continue
        figures[n] = replace(first, unit=code, value=first.value * factor)
        inside = [m for m in range(n + 1, len(figures)) if aside.start(1) <= figures[m].start < aside.end(1)]
        if not _DIGIT.search(aside.group(1)):
            dropped.update(inside)  # the amount in words, said again
            continue
        for m in inside:
            bare = figures[m]
            if bare.unit is None and not text[bare.end : aside.end(1)].strip():
                scale = _scale(first) if not bare.scaled else 1.0
                figures[m] = replace(bare, unit=code, value=bare.value * scale * factor, scaled=first.scaled)
    return [f for n, f in enumerate(figures) if n not in dropped]


def _shared_rates(text: str, figures: list[Figure]) -> list[Figure]:
    """'52,2 случая на 100 тыс. населения, а в 2022-м — уже 36,5 случая', 'с 3 случаев до 1,4 случая
    на 100 тыс.': a count of the noun a rate of the sentence counts is that rate too."""
    nouns = {
        word.group(1)[:5].lower()
        for f in figures
        if f.unit == "other" and (word := _RATE_NOUN.match(text, f.start))
    }
    if not nouns:
        return figures
    return [
        replace(f, unit="other")
        if f.unit is None and (word := _NOUN_AFTER.match(text, f.end)) and word.group(1)[:5].lower() in nouns
        else f
        for f in figures
    ]


_RATE_NOUN = re.compile(r"[\d\s,.]+\s([^\W\d]{4,})\s+на\s+\d", re.I)  # "52,2 случая на 100 тыс."
_NOUN_AFTER = re.compile(r"\s+([^\W\d]{4,})")
