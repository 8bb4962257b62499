"""Russian parts of a total told before: a sentence that opens on the total ("Из общего числа ...",
"Из них ...") names parts of a figure counted earlier, so they cover that figure's period, not the
last period a list in between named; and a share told in the present of money planned just before is
a share of that plan (+fs30ru)."""

from __future__ import annotations

import re

from etl.extract.allocations import MONEY
from etl.extract.indicator_record import Indicator
from etl.extract.periods import Period
from etl.extract.records import replace

# the sentence opens on the total: "Из общего числа", "Из этого количества", "Из них", "Из их числа"
_RU_OF_THE_TOTAL = re.compile(
    r"\s*(?:Из|Среди)\s+(?:(?:общего|этого|указанного)\s+(?:числа|количества)|них|их\s+числа)(?!\w)",
    re.I,
)


def ru_parts_of_total_before(
    text: str, found: list[Indicator], carried: Period | None, earlier: list[Indicator]
) -> list[Indicator]:
    """'За 2023–2025 годы построено 655 объектов. ... в 2024-м — 361, в текущем году — еще 195.\\n Из
    общего числа 226 появились в селах ..., а 419 построены взамен ...': the parts take the period of the
    latest earlier figure of their unit large enough to hold them all (their sum), the total they split;
    a sentence with a period of its own, or with no such total before, keeps its reading. With no such
    opening, two or more parts that add up to the latest earlier figure of their unit split it as well:
    "С начала года на пенсии ушло 395,2 млрд тенге. Солидарные потребовали 263,9 млрд, базовые – 131,3
    млрд" (+ps42ru)."""
    if carried is None:
        return found
    opened = _RU_OF_THE_TOTAL.match(text) is not None
    carried_span = (carried.period_start, carried.period_end)
    parts = [
        i for i in found
        if (i.period_start, i.period_end) == carried_span and i.kind == "actual" and not i.is_change
    ]  # fmt: skip
    if not parts or len({i.unit for i in parts}) != 1 or not (opened or len(parts) >= 2):
        return found
    whole = sum(i.value for i in parts)
    if not opened:
        latest = next((i for i in reversed(earlier) if i.unit == parts[0].unit), None)
        if latest is None or not _adds_up(whole, latest):
            return found
    total = next(
        (
            i for i in reversed(earlier)
            if i.unit == parts[0].unit and i.kind == "actual" and not i.is_change and i.value >= whole
        ),
        None,
    )  # fmt: skip
    if total is None or (total.period_start, total.period_end) == carried_span:
        return found
    return [
        replace(i, period_start=total.period_start, period_end=total.period_end) if i in parts else i
        for i in found
    ]


def _adds_up(whole: float, total: Indicator) -> bool:
    """The parts' sum is the total, as far as rounding its last digit goes, and the total is a level told."""
    return total.kind == "actual" and not total.is_change and abs(total.value - whole) <= 0.005 * total.value


# a share told in the present: "на них приходится", "на долю ... приходятся"
_RU_SHARE_VERB = re.compile(r"(?<!\w)приход(?:ится|ятся)(?!\w)", re.I)


def ru_share_of_plan_before(text: str, found: list[Indicator], before: Indicator | None) -> list[Indicator]:
    """'Доходы бюджета в 2025 году составят 606,8 млрд тенге. ... неналоговые — 22,2 млрд тенге.\n Основу
    доходной части формируют трансферты: на них приходится 495,3 млрд тенге, то есть более 80% всех
    поступлений': a share told in the present, with no period of its own, right after money planned is a
    share of that plan, of its kind and period (FORMAT.md: money not yet spent is plan)."""
    if before is None or before.kind != "plan" or before.unit not in MONEY or not _RU_SHARE_VERB.search(text):
        return found
    return [
        replace(i, kind="plan", period_start=before.period_start, period_end=before.period_end)
        if i.kind == "actual" and i.unit in (before.unit, "percent")
        else i
        for i in found
    ]
