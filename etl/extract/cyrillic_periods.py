"""Period phrases of Russian and Kazakh sentences ("за 9 месяцев 2025 года", "2027 жылға дейін")."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from dateutil.relativedelta import relativedelta

from etl.extract.languages import LanguageData
from etl.extract.periods import Period

# A match's named groups: each resolver reads the groups its own pattern always fills (and
# adds the values it derives), so they are not typed one by one.
Groups = dict[str, Any]

_Y = r"(?<!\d)(?P<y>(?:19|20)\d{2})(?!\d)"
_Y2 = r"(?P<y2>(?:19|20)\d{2}|\d{2})(?!\d)"
_N_MONTHS = {
    "трех": 3, "трёх": 3, "три": 3, "шести": 6, "шесть": 6, "девяти": 9, "девять": 9, "восьми": 8, "семи": 7,
    "десяти": 10, "одиннадцати": 11, "пяти": 5, "четырех": 4, "двенадцати": 12, "үш": 3, "алты": 6,
    "тоғыз": 9, "сегіз": 8, "жеті": 7, "он": 10, "он бір": 11, "бес": 5, "төрт": 4, "он екі": 12,
}  # fmt: skip
_PARTS = {
    "перв": 1, "i": 1, "втор": 2, "ii": 2, "трет": 3, "iii": 3, "четверт": 4, "iv": 4,
    "бірінші": 1, "екінші": 2, "үшінші": 3, "төртінші": 4,
}  # fmt: skip
_NUMBER_WORDS = "|".join(sorted(_N_MONTHS, key=len, reverse=True))
_PART_WORDS = r"перв\w*|втор\w*|трет\w*|четверт\w*|I{1,3}V?|IV|бірінші|екінші|үшінші|төртінші"


def _month_pattern(language: LanguageData, name: str) -> str:
    return f"(?P<{name}>" + "|".join(language.months) + r")\w*"


def _patterns(language: LanguageData) -> list[tuple[str, re.Pattern[str]]]:
    m, m1 = _month_pattern(language, "m"), _month_pattern(language, "m1")
    day = r"(?P<d>\d{1,2})(?:-го|-ші|-шы)?"
    flags = re.I
    if language.code == "ru":
        yw = r"\s*(?:год\w*|г\.|гг\.)"
        year_opt = rf"(?:\s+{_Y}{yw})?"
        table = [
            ("range", rf"\bс\s+{_Y}\s+по\s+{_Y2}{yw}"),
            ("range", rf"{_Y}\s*[-–—]\s*{_Y2}{yw}"),
            ("months_of", rf"\bза\s+(?:первые\s+)?(?P<n>\d{{1,2}}|{_NUMBER_WORDS})\s+месяц\w*{year_opt}"),
            ("half", rf"\b(?:в|за)?\s*(?P<p>перв\w*|втор\w*|I{{1,2}})\s+полугоди\w*{year_opt}"),
            ("quarter", rf"\b(?:в|за)?\s*(?P<p>{_PART_WORDS})\s+квартал\w*{year_opt}"),
            ("month_range", rf"\b(?:в|за)?\s*{m1}\s*[-–—]\s*{m}{year_opt}"),
            ("from_day", rf"\b(?:с|со|начиная\s+с)\s+{day}\s+{m}{year_opt}"),
            ("as_of", rf"\b(?:на|по\s+состоянию\s+на|на\s+начало)\s+{day}\s+{m}{year_opt}"),
            ("deadline", rf"\b(?:до|к)\s+(?:концу\s+|конца\s+)?(?:{m}\s+)?{_Y}{yw}"),
            ("deadline_this_year", r"\bдо\s+конца\s+(?:этого\s+|текущего\s+)?года\b"),
            ("since", rf"\b(?:с|начиная\s+с)\s+{_Y}{yw}"),
            ("since_year_start", r"\bс\s+начала\s+(?:этого\s+|текущего\s+)?года\b"),
            ("since_start", r"\bс\s+момента\s+\w+"),
            ("day", rf"\b{day}\s+{m}{year_opt}"),
            ("month", rf"\b(?:в|за)\s+{m}{year_opt}"),
            ("last_year_month", rf"\b(?:в|за)\s+{m}\s+(?:прошлого|минувшего)\s+года"),
            ("since_month", rf"\bс\s+{m}(?!\s+\d)(?!\s+по)"),
            ("year", rf"{_Y}(?:-?(?:м|го|й))?{yw}"),
            ("month", rf"\b{m}\s+{_Y}{yw}"),
            ("year_results", r"\bпо\s+итогам\s+(?:прошлого\s+|минувшего\s+|этого\s+|текущего\s+)?года\b"),
            ("this_year", r"\b(?:в\s+этом|в\s+текущем|в\s+нынешнем)\s+году\b|\b(?:этого|текущего)\s+года\b"),
            ("last_year", r"\b(?:в\s+прошлом|в\s+минувшем)\s+году\b|\b(?:прошлого|минувшего)\s+года\b"
                          r"|\bгодом\s+ранее\b|\bза\s+прошлый\s+год\b"),
            ("next_year", r"\b(?:в|на)\s+(?:следующ|будущ)\w+\s+год\w*"),
            ("last_years", r"\bза\s+последние\s+(?P<n>\d{1,2}|два|три|пять|десять)\s+(?:года|лет)\b"),
            ("next_years", r"\bв\s+ближайшие\s+(?P<n>\d{1,2}|три|пять|десять)\s+лет\b"),
            ("today", r"\b(?:сегодня|на\s+сегодняшний\s+день|в\s+настоящее\s+время|сейчас|на\s+данный\s+момент)\b"),
        ]  # fmt: skip
    else:
        yw = r"\s*(?:жыл\w*|ж\.)"
        table = [
            ("range", rf"{_Y}\s*[-–—]\s*{_Y2}{yw}"),
            ("months_of", rf"{_Y}\s*жылдың\s+(?:алғашқы\s+)?(?P<n>\d{{1,2}}|{_NUMBER_WORDS})\s+ай\w*"),
            ("month_range", rf"(?:{_Y}\s*(?:жылдың|жылғы)\s+)?{m1}\s*[-–—]\s*{m}"),
            ("half", rf"(?:{_Y}\s*жылдың\s+)?(?P<p>бірінші|екінші)\s+(?:жартыжылдығ|жарты\s*жылдығ|жартысын)\w*"),
            ("quarter", rf"(?:{_Y}\s*жылдың\s+)?(?P<p>{_PART_WORDS})\s+тоқсан\w*"),
            ("from_day", rf"(?:{_Y}\s*(?:жылдың|жылғы)\s+)?{day}\s+{m}\s+бастап"),
            ("deadline_day", rf"(?:{_Y}\s*(?:жылдың|жылғы)\s+)?{day}\s+{m}\s+дейін"),
            ("day", rf"(?:{_Y}\s*(?:жылдың|жылғы)\s+)?{day}\s+{m}"),
            ("deadline", rf"{_Y}\s*(?:жылға|жылдың\s+соңына)\s+дейін"),
            ("since", rf"{_Y}\s*жылдан\s+(?:бері|бастап)"),
            ("month", rf"{_Y}\s*(?:жылдың|жылғы)\s+{m}"),
            ("last_year_month", rf"(?:өткен\s+жылдың|былтырғы)\s+{m}"),
            ("since_month", rf"{m}\s+бері"),
            ("year", rf"{_Y}(?:-?(?:ші|шы|інші|ыншы))?{yw}"),
            ("deadline_this_year", r"\bжыл\s+соңына\s+дейін\b"),
            ("since_year_start", r"\bжыл\s+басынан\s+бері\b"),
            ("year_results", r"\bжыл\s+қорытындысы\s+бойынша\b"),
            ("this_year", r"\bбиыл\w*|\bағымдағы\s+жыл\w*"),
            ("last_year", r"\bбылтыр\w*|\bөткен\s+жыл\w*"),
            ("next_year", r"\bкелесі\s+жыл\w*"),
            ("from_next_year", r"\bжаңа\s+жылдан(?:\s+бастап)?"),
            ("today", r"\b(?:қазір|қазіргі\s+таңда|бүгінде|бүгінгі\s+таңда|осы\s+уақытқа\s+дейін)\b"),
        ]  # fmt: skip
    return [(kind, re.compile(pattern, flags)) for kind, pattern in table]


_CACHE: dict[str, list[tuple[str, re.Pattern[str]]]] = {}


def _month_index(language: LanguageData, word: str) -> int:
    lowered = word.lower()
    for number, stem in enumerate(language.months, start=1):
        if re.match(stem, lowered):
            return number
    raise ValueError(word)


def _month_end(year: int, month: int) -> date:
    return date(year, month, 1) + relativedelta(months=1, days=-1)


def _year_of(groups: Groups, published: date, month: int | None = None) -> int:
    """The stated year, else the publication year (the year before for a month not yet reached)."""
    if groups.get("y"):
        return int(groups["y"])
    if month is not None and month > published.month:
        return published.year - 1
    return published.year


def _resolve(
    kind: str, groups: Groups, published: date, language: LanguageData
) -> tuple[date | None, date | None, bool] | None:
    year = published.year
    if kind == "range":
        first, last = int(groups["y"]), groups["y2"]
        last_year = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
        return (date(first, 1, 1), date(last_year, 12, 31), False) if last_year >= first else None
    if kind == "months_of":
        count = _N_MONTHS.get(groups["n"].lower()) or int(groups["n"])
        if not 1 <= count <= 12:
            return None
        year = _year_of(groups, published, count)
        return date(year, 1, 1), _month_end(year, count), False
    if kind in ("half", "quarter"):
        word = groups["p"].lower()
        part = next((v for k, v in _PARTS.items() if word.startswith(k) or word == k), None)
        if part is None:
            return None
        first, last = ((part - 1) * 6 + 1, part * 6) if kind == "half" else ((part - 1) * 3 + 1, part * 3)
        year = _year_of(groups, published, last)
        return date(year, first, 1), _month_end(year, last), False
    if kind == "month_range":
        first, last = _month_index(language, groups["m1"]), _month_index(language, groups["m"])
        year = _year_of(groups, published, last)
        return date(year, first, 1), _month_end(year, last), False
    if kind in ("from_day", "as_of", "day", "deadline_day"):
        month = _month_index(language, groups["m"])
        # a start or due date without a year lies ahead ("с 1 сентября"); a reported day behind
        ahead = kind in ("from_day", "deadline_day") and not groups.get("y")
        try:
            day = date(
                published.year if ahead else _year_of(groups, published, month), month, int(groups["d"])
            )
        except ValueError:
            return None
        if kind == "from_day":
            return day, None, False
        if kind == "deadline_day":
            return None, day, True
        return day, day, False
    if kind == "deadline":
        end_year = int(groups["y"])
        if groups.get("m"):
            return None, _month_end(end_year, _month_index(language, groups["m"])), True
        return None, date(end_year, 12, 31), True
    if kind == "deadline_this_year":
        return None, date(year, 12, 31), True
    if kind == "since":
        return date(int(groups["y"]), 1, 1), published, False
    if kind == "since_year_start":
        return date(year, 1, 1), published, False
    if kind == "since_start":
        return None, published, False
    if kind == "month":
        month = _month_index(language, groups["m"])
        month_year = _year_of(groups, published, month)
        return date(month_year, month, 1), _month_end(month_year, month), False
    if kind == "last_year_month":
        month = _month_index(language, groups["m"])
        return date(year - 1, month, 1), _month_end(year - 1, month), False
    if kind == "since_month":  # "қыркүйектен бері", "с сентября": a month ahead is a start
        month = _month_index(language, groups["m"])
        if month > published.month:
            return date(year, month, 1), None, False
        return date(year, month, 1), published, False
    if kind == "year":
        return date(int(groups["y"]), 1, 1), date(int(groups["y"]), 12, 31), False
    if kind == "year_results":  # "по итогам года" early in a year sums up the year before
        text = " ".join(v for v in groups.values() if v)
        last = published.month <= 2 or "прошл" in text or "минувш" in text
        result_year = year - 1 if last else year
        return date(result_year, 1, 1), date(result_year, 12, 31), False
    if kind == "this_year":
        return date(year, 1, 1), date(year, 12, 31), False
    if kind == "last_year":
        return date(year - 1, 1, 1), date(year - 1, 12, 31), False
    if kind == "next_year":
        return date(year + 1, 1, 1), date(year + 1, 12, 31), False
    if kind == "from_next_year":
        return date(year + 1, 1, 1), None, False
    if kind == "last_years":  # "за последние три года": the last whole calendar years
        count = {"два": 2, "три": 3, "пять": 5, "десять": 10}.get(groups["n"]) or int(groups["n"])
        return date(year - count, 1, 1), date(year - 1, 12, 31), False
    if kind == "next_years":
        count = {"три": 3, "пять": 5, "десять": 10}.get(groups["n"]) or int(groups["n"])
        return published, published + relativedelta(years=count, days=-1), False
    return published, published, False  # today


_HAS_CUE = re.compile(
    r"\d|год|году|года|месяц|квартал|полугод|сегодня|сейчас|настоящ|момент|жыл|биыл|былтыр|қазір|бүгін|тоқсан|"
    r"жарты|итог|начал",
    re.I,
)


def find_cyrillic_periods(sentence: str, published: date, language: LanguageData) -> list[Period]:
    """Every period phrase of a Russian or Kazakh sentence, earliest first, none overlapping
    (a longer phrase wins over one inside it: "за 9 месяцев 2025 года" over "2025 года")."""
    if not _HAS_CUE.search(sentence):
        return []
    patterns = _CACHE.get(language.code)
    if patterns is None:
        patterns = _CACHE[language.code] = _patterns(language)
    found: list[tuple[int, int, str, Groups]] = [
        (match.start(), match.end(), kind, match.groupdict() | {"_text": match.group(0)})
        for kind, pattern in patterns
        for match in pattern.finditer(sentence)
    ]
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    periods: list[Period] = []
    taken: list[tuple[int, int]] = []
    for start, end, kind, groups in sorted(found, key=lambda f: -(f[1] - f[0])):
        if any(start < b and a < end for a, b in taken):
            continue
        resolved = _resolve(kind, groups, published, language)
        if resolved is None:
            continue
        taken.append((start, end))
        periods.append(Period(start, end, *resolved))
    return sorted(periods, key=lambda p: p.start)
