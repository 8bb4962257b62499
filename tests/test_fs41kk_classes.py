"""Kazakh mechanisms found at first sight of the fresh development set d41 (fs41kk). Our own sentences,
labelled by tests/realworld/FORMAT.md; each mechanism keeps look-alikes that must keep their reading.
Every case marked "was" below was read wrong before +fs41kk."""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import Reading
from tests.figure_lookup import kk_reading as _reading

_PUB = date(2025, 10, 14)
_NOW = (_PUB, _PUB, "actual")


def _day(month: int, day: int) -> Reading:
    return (date(2025, month, day), date(2025, month, day), "actual")


# --- a meeting day recalled further on frames the report told at it ---------------------------------

_LEAD = "Павлодарда жылу маусымы басталды. Бұл туралы облыс әкімі 10 қазанда өз парақшасында жазды.\n"


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was: the lead's day (10 October) carried past the recalled meeting
        (
            _LEAD + "Еске салсақ, 2 қазанда өткен Үкімет отырысында вице-министр дайындықты баяндаған еді. "
            "Оның айтуынша, жылу көздерінің дайындығы 88 пайызға жеткен.",
            "88",
            _day(10, 2),
        ),
        (
            _LEAD + "Айта кетейік, 30 қыркүйекте өткен жиында энергетика басқармасының басшысы есеп берді. "
            "Басқарма дерегінше, қазандықтардың 76 пайызы іске қосылуға әзір.",
            "76",
            _day(9, 30),
        ),
        # "Сол күні" after the recalled meeting: that meeting's day
        (
            _LEAD + "Еске сала кетейік, 2 қазанда өткен брифингте министр дайындық туралы айтқан еді. "
            "Сол күні елдегі 9 мың қазандық дайын тұрды.",
            "9 мың",
            _day(10, 2),
        ),
        # kept: the day the article's own news was told frames nothing after it
        (
            "Бұл туралы 10 қазанда өткен брифингте әкім мәлім етті. Қазір қалада 120 қазандық жұмыс істейді.",
            "120",
            _NOW,
        ),
    ],
)
def test_a_recalled_meeting_day_frames_its_report(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _PUB, surface) == expected


# --- a past event day carried to levels told in later paragraphs ------------------------------------

_MARKET = "Шымкентте 5 қазанда базарда қызанақтың келісі 300 теңгеден сатылды.\n"


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was: 5 October, the day of the anecdote the article opened with
        (_MARKET + "Қарақұмықтың келісі дүкендерде 540 теңге.", "540", _NOW),
        (_MARKET + "Сүттің литрі дүкендерде 460 теңгеден сатылады.", "460", _NOW),
        (_MARKET + "Соңғы апталарда жұмыртқаның оны 650 теңгеден 720 теңгеге дейін қымбаттады.", "720", _NOW),
        (_MARKET + "Баға тақтасында ұнның бағасы 280 теңге деп көрсетілген.", "280", _NOW),
        # kept: the day's own sentence, and a deed done in the passive past, keep the day
        (_MARKET, "300", _day(10, 5)),
        (_MARKET + "Сол базарда 40 тонна көкөніс сатылды.", "40", _day(10, 5)),
        # kept: a list's members go on with their lead's day
        (
            "Бюро дерегінше, 7 қазанда орташа бағалар мынадай болды:\n– қант – келісіне 410 теңге;\n"
            "– күріш – келісіне 520 теңге.",
            "520",
            _day(10, 7),
        ),
    ],
)
def test_a_level_after_a_past_event_day_is_now(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _PUB, surface) == expected


# --- "Сол жылы" after a sentence that only looked back: the year it named ---------------------------

_SPRING = date(2024, 4, 10)
_Y2021 = (date(2021, 1, 1), date(2021, 12, 31), "actual")


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was: this year, the scene the article stood in before the look back
        (
            "Биыл облыста 12 кәсіпорын тексерілді.\nСалыстыру үшін, 2021 жылы 30 кәсіпорын тексерілген еді. "
            "Сол жылы айыппұлдар 80 млн теңгеге жетті.",
            "80",
            _Y2021,
        ),
        (
            "Биыл облыста 12 кәсіпорын тексерілді.\nСалыстыру үшін, 2021 жылдың қорытындысы бойынша 30 "
            "кәсіпорын тексерілген. Айта кету керек, сол жылы 5 кәсіпорын жабылды.",
            "5",
            _Y2021,
        ),
        # kept: a "сол жылы" after a sentence with no year of its own stays with the scene
        (
            "2023 жылы облыста 12 кәсіпорын тексерілді. Олардың 4-еуі айыппұл төледі. Сол жылы 9 "
            "кәсіпорын ашылды.",
            "9",
            (date(2023, 1, 1), date(2023, 12, 31), "actual"),
        ),
    ],
)
def test_that_year_is_the_year_named_before(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _SPRING, surface) == expected


# --- the year's results after months of a year already over -----------------------------------------

_FEB = date(2024, 2, 12)
_Y2023 = (date(2023, 1, 1), date(2023, 12, 31), "forecast")


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was: the year under way (2024), or its first nine months
        (
            "2023 жылдың сегіз айында өңірге 300 мың турист келді, жыл қорытындысы бойынша олардың саны 450 "
            "мыңға жетуі мүмкін.",
            "450",
            _Y2023,
        ),
        (
            "Туризм саласы өсіп келеді.\n2023 жылдың тоғыз айында өңірге 300 мың турист келді. Он айда 320 "
            "мың шетелдік келсе, жыл соңында олардың саны 400 мыңға жетеді деп күтілуде.",
            "400",
            _Y2023,
        ),
        # kept: the year's results told with no year before them early in a year: the year under way
        (
            "Жыл қорытындысы бойынша өңірге 500 мың турист келуі мүмкін.",
            "500",
            (date(2024, 1, 1), date(2024, 12, 31), "forecast"),
        ),
    ],
)
def test_year_results_after_months_of_a_past_year(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _FEB, surface) == expected


# --- since a school year began: from its 1 September up to the report ---------------------------------

_DEC = date(2025, 12, 5)


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was: an open start (None .. publication)
        (
            "Облыста 2025-2026 оқу жылы басталғалы бері 7 жаңа мектеп ашылды.",
            "7",
            (date(2025, 9, 1), _DEC, "actual"),
        ),
        (
            "Жаңа оқу жылы басталғаннан бері қалада 12 балабақша ашылды.",
            "12",
            (date(2025, 9, 1), _DEC, "actual"),
        ),
        # kept: a school year named whole, and the eve of its first day
        ("2025-2026 оқу жылында 7 жаңа мектеп ашылады.", "7", (date(2025, 9, 1), date(2026, 5, 31), "plan")),
    ],
)
def test_since_a_school_year_began(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _DEC, surface) == expected


# --- what a building opened on a past day or in a month is meant for, told right after -----------------

_OPENED = "8 қазанда ауылда жаңа мектеп ашылды. "
_DEC10 = date(2025, 12, 10)
_OCT8 = (date(2025, 10, 8), date(2025, 10, 8), "actual")


@pytest.mark.parametrize(
    ("body", "surface", "expected"),
    [
        # was: the day (or month) of the opening
        (_OPENED + "Мектеп екі ауысымда 600 оқушыға есептелген.", "600", (_DEC10, _DEC10, "actual")),
        (
            "Желтоқсанда Үшқоңыр ауылында жаңа балабақша есігін ашты. Ғимарат 280 орынға арналған.",
            "280",
            (_DEC10, _DEC10, "actual"),
        ),
        # kept: money set aside for a purpose, and a deed told right after the opening
        (_OPENED + "Жабдық алуға 120 млн теңге арналған.", "120", _OCT8),
        (_OPENED + "Мектепке 40 мұғалім жұмысқа алынды.", "40", _OCT8),
    ],
)
def test_capacity_after_an_opening_is_now(body: str, surface: str, expected: Reading) -> None:
    assert _reading(body, _DEC10, surface) == expected
