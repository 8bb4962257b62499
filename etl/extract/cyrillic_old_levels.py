"""The old level of a Russian or Kazakh change ("с 6,4 до 10 млн", "62 771 теңгеден 77 951 теңгеге"):
which figure before a new level is the level it moved from, and the year or kind that old level takes."""

from __future__ import annotations

import re
from datetime import date

from etl.extract.cyrillic_shared_cues import _KK_INSTEAD, _RU_FLOW_NOUN
from etl.extract.indicator_record import Indicator
from etl.extract.records import replace

# The old level of a change: "с 6,4 до 10 млн", "1 066 мың тоннадан 1 416 мың тоннаға"
_LEVEL_FROM = re.compile(r"(?:\b(?:с|со|от)\s+\S+(?:\s\d{3})*(?:\s\S+)?|(?:дан|ден|тан|тен|нан|нен))$")

# "44 532 теңгеден 77 951 теңгеге дейін белгіленді", "... дейін сараланады": a range set for the
# period, both ends its own, no old level and a new one
_KK_SET_RANGE = re.compile(r"\s+дейін\s+(?:белгілен|саралан|құбыл|ауытқ|тағайындал)\w*", re.I)


def _levels_before(
    indicators: list[Indicator], first_index: int, published: date, lead: str = ""
) -> list[Indicator]:
    """'32,8%-ға артып, 1 066 мың тоннадан 1 416 мың тоннаға жетті' in a Sept-Nov report: the old
    level of an outcome is the same months a year before (not the level at the start of a span
    running until now). `lead` is the lead of the list the sentence is a member of ("Поставки
    выросли:\n— в Узбекистан — с 250 тыс. до 327 тыс. тонн": the flow is named there)."""
    flow_lead = bool(lead) and _RU_FLOW_NOUN.search(lead) is not None
    shifted = list(indicators)
    for index, indicator in enumerate(indicators):
        ahead = _kk_old_level_of_own_year_ahead(indicators, first_index, index, published)
        if ahead is not None:
            # "кірістері 2026 жылғы 10,7 трлн теңгеден 2028 жылы 13,3 трлн теңгеге дейін өседі": the old
            # level keeps its own year ahead and is foreseen as the new one is, not the level now
            shifted[index] = replace(indicator, kind=ahead)
            continue
        coming = _coming_new_level(indicators, index, published) or _ru_old_level_of_year_ahead(
            indicators, first_index, index, published
        )
        if coming:
            # "поднимает стоимость с 4,24 до 4,69 тенге" from next January, "вместо 3109,22 тенге ...
            # будут платить 4159,59 тенге": the old level is what is paid now, not the new one's span
            shifted[index] = replace(indicator, period_start=published, period_end=published, kind="actual")
            continue
        if indicator.role != "from" or indicator.partner is None:
            continue
        partner = indicators[indicator.partner - first_index]
        first, last = indicator.period_start, indicator.period_end
        if (
            partner.kind == "actual" and first and last and first < last and first.year == last.year
            and _LEVEL_FROM.search(indicator.sentence, 0, indicator.start_char - indicator.sentence_start + len(indicator.surface))
            and (last != published or flow_lead or _RU_FLOW_NOUN.search(indicator.sentence))
            and (first, last) == (partner.period_start, partner.period_end)
            and not _KK_SET_RANGE.match(partner.sentence, partner.end_char - partner.sentence_start)
            and not _RU_SPREAD_FROM.search(indicator.sentence, 0, indicator.start_char - indicator.sentence_start)
        ):  # fmt: skip
            try:
                shifted[index] = replace(indicator, period_start=first.replace(year=first.year - 1),
                                         period_end=last.replace(year=last.year - 1))  # fmt: skip
            except ValueError:  # 29 February
                continue
        elif (
            partner.kind == "actual" and first is not None and last is None
            and (first.month, first.day) == (1, 1) and (partner.period_start, partner.period_end) == (first, None)
            and (_KK_OLD_LEVEL.search(indicator.surface) or _ru_old_level(indicator))
        ):  # fmt: skip
            # "1 қаңтардан бастап ... 62 771 теңгеден 69 049 теңгеге дейін көтерілді", "С 1 января
            # пособие увеличено с 65% до 70%": the level the new one replaced from New Year's day
            # was last year's
            shifted[index] = replace(indicator, period_start=date(first.year - 1, 1, 1),
                                     period_end=date(first.year - 1, 12, 31))  # fmt: skip
        elif _kk_old_level_since_year(indicator, partner, published):
            # "2019 жылдан бері ... үш есе өсіп, 1 трлн теңгеден 3 трлн теңгеге жетті": the level the
            # change set out from is the level of the year it is counted from, not the span since (+fs39kk)
            assert first is not None
            shifted[index] = replace(indicator, period_start=first, period_end=date(first.year, 12, 31))
    return shifted


# "2019 жылдан бері", "2019-жылдан бері": a span counted from a year on
_KK_SINCE_YEAR_BEFORE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})(?:\s*|-)жыл(?:дан|ден)\s+бері(?!\w)", re.I)


def _kk_old_level_since_year(old: Indicator, new: Indicator, published: date) -> bool:
    """True for a Kazakh old level ("1 трлн теңгеден") dated by a "since <year>" span named before it in its
    sentence, whose new level stands at publication: the old one is that year's."""
    first, last = old.period_start, old.period_end
    if (
        first is None
        or last != published
        or (first.month, first.day) != (1, 1)
        or first.year >= published.year
    ):
        return False
    named = list(_KK_SINCE_YEAR_BEFORE.finditer(old.sentence, 0, old.start_char - old.sentence_start))
    since = named[-1] if named else None
    return (
        since is not None and int(since["y"]) == first.year
        and old.kind == new.kind == "actual" and not old.is_change
        and _KK_OLD_LEVEL.search(old.surface) is not None
        and (new.period_start, new.period_end) == (published, published)
    )  # fmt: skip


# "прирост составил от 0,1% до 0,6%", "цены снизились – от 0,1% до 0,8%", "колеблется от 3 до 5 дней": a
# spread over regions or items in the same span, both ends its own (not an old level and a new one,
# which Russian writes "с X до Y"); "в 14 регионах динамика положительная с ростом от 0,5 до 20%": a
# noun of change before "от" spreads too
_RU_SPREAD_FROM = re.compile(
    r"(?:(?<!\w)(?:составил|составля|составит|колебл|варьир|разнил|рост|прирост|снижени|увеличени|"
    r"уменьшени|падени)\w*|\s[–—]|(?<!\w)в\s+пределах)\s+от\s+$",
    re.I,
)


_RU_INSTEAD_BEFORE = re.compile(r"(?<!\w)вместо\s+(?:нынешних\s+|текущих\s+|прежних\s+)?$", re.I)


def _ru_old_level(indicator: Indicator) -> bool:
    """A Russian old level, "с 65%" before "до 70%" (not a spread "составил от 0,1% до 0,6%")."""
    at = indicator.start_char - indicator.sentence_start
    return bool(
        re.search(r"(?<!\w)со?\s+$", indicator.sentence[max(0, at - 4) : at])
        and not _RU_SPREAD_FROM.search(indicator.sentence, 0, at)
    )


def _ru_old_level_of_year_ahead(
    indicators: list[Indicator], first_index: int, index: int, published: date
) -> bool:
    """'по итогам 2026 года уровень газификации вырастет с 62,4% до 64,3%' told in February 2026: the
    old level of a rise still to come in the year under way is where things stand now, not a level of
    that year (the new one keeps the year); so is the old level of a rise in a year ahead or by a
    deadline ahead ("В 2019 году доля увеличится с 94% до 95%" told in 2018, "к 2025 году"). Kazakh too:
    "биыл тозу деңгейі 61 пайыздан 59 пайызға дейін төмендейді" (the ablative old level, +fs40kk)."""
    old = indicators[index]
    if old.role != "from" or old.partner is None or not 0 <= old.partner - first_index < len(indicators):
        return False
    new = indicators[old.partner - first_index]
    first, last = old.period_start, old.period_end
    return (
        new.role == "to" and new.kind in ("plan", "forecast", "target")
        and last is not None and published < last
        and (first, last) == (new.period_start, new.period_end)
        # (Kazakh: not the old level of a forecast or plan revised, "болжамын 8,5%-дан 10%-ға дейін көтерді")
        and (_ru_old_level(old) or (old.kind == "actual" and _KK_OLD_LEVEL.search(old.surface) is not None))
    )  # fmt: skip


def _kk_old_level_of_own_year_ahead(
    indicators: list[Indicator], first_index: int, index: int, published: date
) -> str | None:
    """The kind of the new level ('forecast', 'plan') for a Kazakh old level dated by a year of its own
    still ahead, other than the new level's ("2026 жылғы 10,7 трлн теңгеден 2028 жылы 13,3 трлн теңгеге"):
    None for any other amount."""
    old = indicators[index]
    if old.role != "from" or old.partner is None or not 0 <= old.partner - first_index < len(indicators):
        return None
    new = indicators[old.partner - first_index]
    first, last = old.period_start, old.period_end
    if first is None or last is None or first.year != last.year or first <= published:
        return None
    if not (
        old.kind == "actual" and new.kind in ("plan", "forecast", "target")
        and (first, last) != (new.period_start, new.period_end)
        and _KK_OLD_LEVEL.search(old.surface)
        and re.search(rf"(?<!\w){first.year}\s+жылғы\s+$", old.sentence[: old.start_char - old.sentence_start])
    ):  # fmt: skip
        return None
    return new.kind


def _coming_new_level(indicators: list[Indicator], index: int, published: date) -> bool:
    """True for an old level ("с 4,24 до 4,69 тенге", "вместо 3109,22 тенге ... 4159,59"; Kazakh "76 950
    теңгеден 86 987 теңгеге", "172 500 теңгенің орнына") that took the span of a new level starting after
    publication: the old one is the level in force now."""
    indicator = indicators[index]
    first = indicator.period_start
    if first is None or first <= published or indicator.unit == "percent":
        return False
    at = indicator.start_char - indicator.sentence_start
    if indicator.role == "from" and _KK_OLD_LEVEL.search(indicator.surface):
        # (Kazakh: "шәкіртақы 76 950 теңгеден 86 987 теңгеге көтеріледі" from next September)
        return indicator.partner is not None
    if indicator.role == "from":
        return not _RU_SPREAD_FROM.search(indicator.sentence, 0, at) and bool(
            re.search(r"(?<!\w)со?\s+$", indicator.sentence[max(0, at - 4) : at])
        )
    if not (
        _RU_INSTEAD_BEFORE.search(indicator.sentence, max(0, at - 24), at)
        # "172 500 теңгенің орнына ... 195 000 теңге болмақ": the level a coming one replaces
        or _KK_INSTEAD.match(indicator.sentence, at)
    ):
        return False
    # the new level after it in the same sentence, with the same coming span
    return any(
        other.sentence_start == indicator.sentence_start and other.start_char > indicator.start_char
        and (other.period_start, other.period_end) == (first, indicator.period_end) and other.unit == indicator.unit
        for other in indicators[index + 1 :]
    )  # fmt: skip


# a Kazakh old level, its surface in the ablative: "62 771 теңгеден", "5%-дан"
_KK_OLD_LEVEL = re.compile(r"(?:дан|ден|тан|тен|нан|нен)$", re.I)
