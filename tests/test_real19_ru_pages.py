"""Change flags and periods seen on real stored Russian pages (round real19: price releases, harvest
reports, a regional GRP note, social budget lines, 2012-2026), in sentences of our own. Labelled by
tests/realworld/FORMAT.md:
  1. members after a dash ("на услуги – 0,6%", "на продукты - по 0,9%") share the change their lead
     told, by its noun ("Прирост цен составил 1,7%") or its verb ("выросли на 1,1%"); a member that
     names a measure of its own ("безработица – 4,7%", "доля сырья – 60%") stays a level;
  2. a member told by a comparative ("Мука стала дешевле на 9,2%, рис — на 6,5%") and a member with
     an adverb before its "на" ("вырос объем – сразу на 5,9%") are changes;
  3. the same difference told twice ("на 15,1%, или 897,7 млрд тенге больше расходов 2025 года"): both
     are changes, and the year of the thing compared with is the base, not the figure's period;
  4. counts listed after the one a present verb governs ("На полях работают 29 комбайнов, 86
     тракторов и 42 машины из 75 хозяйств") share its present, not a year carried from before.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface
from tests.figure_lookup import span as _span

P = date(2025, 8, 12)
TODAY = (P, P)
THIS_YEAR = (date(2025, 1, 1), date(2025, 12, 31))
NEXT_YEAR = (date(2026, 1, 1), date(2026, 12, 31))


@pytest.mark.parametrize(
    ("text", "surface", "is_change"),
    [
        # 1. members after a dash share their lead's change
        (
            "Прирост цен за квартал составил 2,4%, на продукты питания - по 1,1%, на услуги – 0,8%.",
            "1,1%",
            True,
        ),
        (
            "Прирост цен за квартал составил 2,4%, на продукты питания - по 1,1%, на услуги – 0,8%.",
            "0,8%",
            True,
        ),
        (
            "Снижение добычи за год составило 3,5%, в угольной отрасли – 5,2%, в нефтяной – 1,4%.",
            "5,2%",
            True,
        ),
        (
            "Снижение добычи за год составило 3,5%, в угольной отрасли – 5,2%, в нефтяной – 1,4%.",
            "1,4%",
            True,
        ),
        ("Цены за месяц выросли на 1,3%, на услуги связи – 0,5%.", "0,5%", True),
        # look-alikes: a member naming a measure of its own, a member in tenge
        ("Рост экспорта за год составил 7%, безработица – 4,9%.", "4,9%", False),
        ("Рост выпуска составил 3%, в структуре доля села – 20%.", "20%", False),
        ("Цены за месяц выросли на 1,3%, а доля импорта – 35%.", "35%", False),
        # 2. a comparative lead; an adverb before the member's "на"
        ("Гречка стала дешевле на 4,1%, рис — на 2,7%, пшено — на 1,9%.", "2,7%", True),
        ("Гречка стала дешевле на 4,1%, рис — на 2,7%, пшено — на 1,9%.", "1,9%", True),
        ("За полугодие заметно вырос объем строительства – сразу на 7,2%.", "7,2%", True),
        ("За полугодие заметно вырос объем строительства – еще на 7,2%.", "7,2%", True),
        # 3. the same difference told twice, its comparative after the second
        (
            "На образование в 2026 году предусмотрено 2,1 трлн тенге, что на 8,2%, или 160 млрд тенге "
            "больше расходов 2025 года.",
            "8,2%",
            True,
        ),
        (
            "На образование в 2026 году предусмотрено 2,1 трлн тенге, что на 8,2%, или 160 млрд тенге "
            "больше расходов 2025 года.",
            "160 млрд тенге",
            True,
        ),
        # members with their own "на" and no verb share the lead's change noun and its "на"
        (
            "Отмечен рост продаж в сетях на 2,1%, в рознице на 6,4%, а также на рынках на 3,8%.",
            "6,4%",
            True,
        ),
        (
            "Отмечен рост продаж в сетях на 2,1%, в рознице на 6,4%, а также на рынках на 3,8%.",
            "3,8%",
            True,
        ),
        # look-alikes: a member with a verb of its own
        ("Цены выросли на 5%, а тариф установлен на 10%.", "10%", False),
        ("Экспорт вырос на 12%, на Китай приходится 40%.", "40%", False),
        # look-alike: a share told after "или" with no comparative stays a level
        ("Выпуск составил 40 млрд тенге, или 12% всего объема области.", "12%", False),
    ],
)
def test_real19_ru_change_members(text: str, surface: str, is_change: bool) -> None:
    assert figure_by_surface(text, surface, P).is_change is is_change


def test_real19_ru_comparative_member_falls() -> None:
    figure = figure_by_surface("Гречка стала дешевле на 4,1%, рис — на 2,7%.", "2,7%", P)
    assert figure.direction == "down"


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # 3. the year of the thing compared with is the base
        (
            "На образование в 2026 году предусмотрено 2,1 трлн тенге, что на 8,2%, или 160 млрд тенге "
            "больше расходов 2025 года.",
            "160 млрд тенге",
            NEXT_YEAR,
        ),
        (
            "На культуру в 2026 году выделят 90 млрд тенге, что на 6 млрд тенге меньше затрат прошлого года.",
            "6 млрд тенге",
            NEXT_YEAR,
        ),
        # look-alike: "больше всего" ranks, and a year after its preposition is the figure's own
        (
            "Больше всего жилья в 2024 году сдали в Астане – 3,1 млн кв. м.",
            "3,1 млн кв. м.",
            (date(2024, 1, 1), date(2024, 12, 31)),
        ),
        # 4. counts listed after the one a present verb governs share its present
        (
            "В этом году засеяно 800 гектаров. На полях работают 14 комбайнов, 40 тракторов и 9 "
            "сеялок из 12 хозяйств.",
            "40",
            TODAY,
        ),
        (
            "В этом году засеяно 800 гектаров. На полях работают 14 комбайнов, 40 тракторов и 9 "
            "сеялок из 12 хозяйств.",
            "9",
            TODAY,
        ),
        (
            "В этом году засеяно 800 гектаров. На полях работают 14 комбайнов, 40 тракторов и 9 "
            "сеялок из 12 хозяйств.",
            "12",
            TODAY,
        ),
        # look-alikes: the same list after a verb of a deed keeps the year
        ("В этом году хозяйства закупили 14 комбайнов, 40 тракторов и 9 сеялок.", "40", THIS_YEAR),
        ("В этом году засеяно 800 гектаров, 300 из них пшеницей.", "800 гектаров", THIS_YEAR),
    ],
)
def test_real19_ru_period(text: str, surface: str, expected: tuple[date | None, date | None]) -> None:
    assert _span(figure_by_surface(text, surface, P)) == expected
