"""The old and the new amount of a change, in English, Russian and Kazakh (+old17), in sentences of
our own modelled on real scholarship pages. Labelled by tests/realworld/FORMAT.md ("from X to Y":
X is the old level, actual; a payment or rate in force is actual at publication):
  1. "Y instead of X" / "Y вместо X" / "X-тің орнына Y" with Y still to come: X is paid now;
  2. "Y (now X)" / "(сейчас X)" / "(қазір X)": X is today's, Y the coming amount (no date named);
  3. "Y (previously X)" / "(ранее X)" / "(бұрын X)": X is former, in force now while Y is to come;
  4. a sum in another currency bracketed after the old level ("20 949 теңгеден (54 доллар) -
     26 186 теңгеге") neither unlinks the change nor takes the new level's date;
  5. the old level in a list of rises under a planning lead, or of a rise planned for the year under
     way, is actual now, not of the lead's kind or the new level's year;
  6. Kazakh "5 жыл бұрын" is five years back, "жыл аяқталғанша" a deadline at the year's end.
Look-alikes keep their reading: an outcome set against the planned amount, a past outcome beside
what it replaced, a level of its own year beside "(сейчас 20)", a dashed range of bare numbers.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicator_record import Indicator
from tests.figure_lookup import figure_by_surface, span

JUNE = date(2024, 6, 15)
JULY = date(2023, 7, 20)
DEC = date(2019, 12, 11)
AUG = date(2022, 8, 10)
Span = tuple[date | None, date | None]


def _reading(text: str, surface: str, published: date) -> tuple[str, Span]:
    figure: Indicator = figure_by_surface(text, surface, published)
    return figure.kind, span(figure)


@pytest.mark.parametrize(
    ("text", "surface", "published", "expected"),
    [
        # 1. the amount replaced by one still to come is the one paid now
        (
            "From September, bachelor students will receive 47,135 tenge instead of 41,898 tenge.",
            "41,898 tenge",
            JUNE,
            ("actual", (JUNE, JUNE)),
        ),
        (
            "Undergraduates will be paid 47,135 tenge a month instead of 41,898 tenge.",
            "41,898 tenge",
            JUNE,
            ("actual", (JUNE, JUNE)),
        ),
        (
            "С 1 сентября бакалавры будут получать 47 135 тенге вместо 41 898 тенге.",
            "41 898 тенге",
            JUNE,
            ("actual", (JUNE, JUNE)),
        ),
        (
            "С 1 сентября бакалавры будут получать 47 135 тенге вместо 41 898 тенге.",
            "47 135 тенге",
            JUNE,
            ("plan", (date(2024, 9, 1), None)),
        ),
        (
            "1 қыркүйектен бастап бакалаврлар 41 898 теңгенің орнына 47 135 теңге алады.",
            "41 898 теңгенің",
            JUNE,
            ("actual", (JUNE, JUNE)),
        ),
        # look-alikes: the plan an outcome is set against, a past outcome beside what it replaced
        (
            "This year farmers threshed 21.7 million tons instead of the planned 19.5 million tons.",
            "19.5 million tons",
            JUNE,
            ("plan", (date(2024, 1, 1), date(2024, 12, 31))),
        ),
        (
            "В прошлом году в области построили 12 школ вместо 10.",
            "10",
            JUNE,
            ("actual", (date(2023, 1, 1), date(2023, 12, 31))),
        ),
        (
            "Өткен жылы облыста 10 мектептің орнына 12 мектеп салынды.",
            "10",
            JUNE,
            ("actual", (date(2023, 1, 1), date(2023, 12, 31))),
        ),
    ],
)
def test_an_amount_replaced_by_one_to_come_is_paid_now(
    text: str, surface: str, published: date, expected: tuple[str, Span]
) -> None:
    assert _reading(text, surface, published) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # 2. the amount in brackets after "now" is today's; the one told beside it is to come
        (
            "The scholarship rules will change.\nMaster's students will get 97,024 tenge (now 86,987 tenge).",
            "86,987 tenge",
            ("actual", (JULY, JULY)),
        ),
        (
            "The scholarship rules will change.\nMaster's students will get 97,024 tenge (now 86,987 tenge).",
            "97,024 tenge",
            ("plan", (None, None)),
        ),
        (
            "Правила выплаты стипендий изменятся.\nМагистрантам – 97 024 тенге (сейчас 86 987 тенге);",
            "97 024 тенге",
            ("plan", (None, None)),
        ),
        (
            "Правила выплаты стипендий изменятся.\nМагистрантам – 97 024 тенге (сейчас 86 987 тенге);",
            "86 987 тенге",
            ("actual", (JULY, JULY)),
        ),
        (
            "Шәкіртақы ережелері өзгереді.\nМагистранттарға – 97 024 теңге (қазір 86 987 теңге);",
            "97 024 теңге",
            ("plan", (None, None)),
        ),
        (
            "Шәкіртақы ережелері өзгереді.\nДокторанттарға – 217 500 теңге (қазір 195 000 теңге);",
            "195 000 теңге",
            ("actual", (JULY, JULY)),
        ),
        # look-alike: a level of its own year beside today's keeps its year
        (
            "В 2010 году в районе было 12 школ (сейчас 20).",
            "12",
            ("actual", (date(2010, 1, 1), date(2010, 12, 31))),
        ),
        # 3. a former amount beside one still to come is in force now
        (
            "The monthly scholarship will be 97,024 tenge, previously 86,987 tenge.",
            "86,987 tenge",
            ("actual", (JULY, JULY)),
        ),
        (
            "Стипендия магистрантов составит 97 024 тенге (ранее 86 987 тенге).",
            "86 987 тенге",
            ("actual", (JULY, JULY)),
        ),
        (
            "Магистранттардың шәкіртақысы 97 024 теңге болады (бұрын 86 987 теңге).",
            "86 987 теңге",
            ("actual", (JULY, JULY)),
        ),
        # ...and beside a past one, it stood at a time the text does not name (FORMAT.md: null)
        (
            "В 2023 году стипендия составила 97 024 тенге (ранее 86 987 тенге).",
            "86 987 тенге",
            ("actual", (None, None)),
        ),
    ],
)
def test_an_amount_told_now_or_previously_beside_another(
    text: str, surface: str, expected: tuple[str, Span]
) -> None:
    assert _reading(text, surface, JULY) == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # 4. a bracketed sum in another currency between the ends of a coming rise
        (
            "С 2020 года стипендия вырастет с 20 949 тенге (54 доллара) до 26 186 тенге (67 долларов).",
            "20 949 тенге",
            ("actual", (DEC, DEC)),
        ),
        (
            "С 2020 года стипендия вырастет с 20 949 тенге (54 доллара) до 26 186 тенге (67 долларов).",
            "54 доллара",
            ("actual", (DEC, DEC)),
        ),
        (
            "С 2020 года стипендия вырастет с 20 949 тенге (54 доллара) до 26 186 тенге (67 долларов).",
            "26 186 тенге",
            ("plan", (date(2020, 1, 1), None)),
        ),
        (
            "2020 жылдан бастап шәкіртақы бакалаврлар үшін 20 949 теңгеден (54 доллар) - 26 186 теңгеге "
            "(67 доллар) өседі.",
            "20 949 теңгеден",
            ("actual", (DEC, DEC)),
        ),
        (
            "2020 жылдан бастап шәкіртақы бакалаврлар үшін 20 949 теңгеден (54 доллар) - 26 186 теңгеге "
            "(67 доллар) өседі.",
            "67 доллар",
            ("plan", (date(2020, 1, 1), None)),
        ),
        (
            "The monthly grant for doctoral students will rise from 81,998 tenge ($210) to 102,498 tenge "
            "($263) in January.",
            "81,998 tenge",
            ("actual", (DEC, DEC)),
        ),
        (
            "The monthly grant for doctoral students will rise from 81,998 tenge ($210) to 102,498 tenge "
            "($263) in January.",
            "$210",
            ("actual", (DEC, DEC)),
        ),
    ],
)
def test_a_sum_in_another_currency_between_the_ends_of_a_rise(
    text: str, surface: str, expected: tuple[str, Span]
) -> None:
    assert _reading(text, surface, DEC) == expected


def test_a_dashed_range_of_bare_numbers_stays_a_range() -> None:
    low = figure_by_surface("Жалақы 10-15 пайызға өседі.", "10", DEC)
    assert (low.role, low.is_change) == ("low", True)
    price = figure_by_surface("Бағасы 300 - 350 теңге.", "300", DEC)
    assert price.role == "low"


def test_the_old_level_of_a_rise_planned_for_the_year_under_way_stands_now() -> None:
    text = (
        "Как повысят стипендию студентам в 2024 году:\n- магистрам – с 97 024 до 107 061 тенге, отличникам – "
        "до 123 120 тенге,"
    )
    assert _reading(text, "97 024", JUNE) == ("actual", (JUNE, JUNE))
    assert _reading(text, "107 061 тенге", JUNE) == ("plan", (date(2024, 1, 1), date(2024, 12, 31)))
    # look-alike: a spread of sizes, both ends of their own time
    spread = "В этом году откроются клубы. Вместимость новых учреждений составит от 100 до 400 человек."
    assert _reading(spread, "100", JUNE) == _reading(spread, "400", JUNE)


def test_a_plan_revised_keeps_its_old_level_a_plan_while_a_planned_rise_does_not() -> None:
    """'Жоспарын 8 млн тоннадан 9,5 млн тоннаға дейін ұлғайтты': the old figure is the old plan (the
    rule for planned rises took the noun 'жоспар' for the verb; test_cyrillic_kk11_classes caught it)."""
    revised = "Министрлік биылғы ет экспортының жоспарын 40 мың тоннадан 55 мың тоннаға дейін ұлғайтты."
    assert _reading(revised, "40 мың тоннадан", JUNE)[0] == "plan"
    english = "The ministry raised this year's export plan from 40,000 to 55,000 tonnes."
    assert _reading(english, "40,000", JUNE)[0] == "plan"
    # look-alike: the verb of a planned rise leaves the old level standing now
    verb = "В 2024 году планируется повысить пособие с 20 500 до 23 000 тенге."
    assert _reading(verb, "20 500", JUNE) == ("actual", (JUNE, JUNE))


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            "Предусмотрено следующее повышение стипендий:\n- бакалаврам - с 41 898 тенге до 47 135 тенге;\n"
            "- магистрантам - с 97 024 тенге до 107 061 тенге.",
            "97 024 тенге",
            ("actual", (JUNE, JUNE)),
        ),
        (
            "Предусмотрено следующее повышение стипендий:\n- бакалаврам - с 41 898 тенге до 47 135 тенге;\n"
            "- магистрантам - с 97 024 тенге до 107 061 тенге.",
            "107 061 тенге",
            ("plan", (None, None)),
        ),
    ],
)
def test_the_old_level_in_a_list_of_planned_rises_is_actual(
    text: str, surface: str, expected: tuple[str, Span]
) -> None:
    assert _reading(text, surface, JUNE) == expected


@pytest.mark.parametrize(
    ("text", "surface", "published", "expected"),
    [
        # 6. "N жыл бұрын": the year so many back, as "пять лет назад" and "five years ago"
        (
            "Магистранттар 5 жыл бұрын 53 530 теңге алса, енді 86 987 теңге алады.",
            "53 530 теңге",
            AUG,
            (date(2017, 1, 1), date(2017, 12, 31)),
        ),
        (
            "Магистранттар 5 жыл бұрын 53 530 теңге алса, енді 86 987 теңге алады.",
            "86 987 теңге",
            AUG,
            (AUG, AUG),
        ),
        (
            "Пять лет назад магистранты получали 53 530 тенге, сейчас – 86 987 тенге.",
            "53 530 тенге",
            AUG,
            (date(2017, 1, 1), date(2017, 12, 31)),
        ),
        # look-alike: a programme begun five years ago does not date what was done under it
        (
            "Бес жыл бұрын басталған бағдарлама аясында 120 мектеп салынды.",
            "120",
            AUG,
            (None, AUG),
        ),
        # "until the year is over": a deadline at the year's end, as "до конца года", "by the end of the year"
        (
            "Мемлекет басшысы жыл аяқталғанша IT экспортын 500 млн долларға жеткізуді тапсырды.",
            "500 млн долларға",
            JUNE,
            (None, date(2024, 12, 31)),
        ),
        (
            "Жыл аяқталғанға дейін облыста 40 мектеп салынады.",
            "40",
            JUNE,
            (None, date(2024, 12, 31)),
        ),
        (
            "Президент поручил до конца года довести экспорт IT-услуг до 500 млн долларов.",
            "500 млн долларов",
            JUNE,
            (None, date(2024, 12, 31)),
        ),
        (
            "The President set the task of raising IT exports to $500 million by the end of the year.",
            "$500 million",
            JUNE,
            (None, date(2024, 12, 31)),
        ),
    ],
)
def test_kazakh_years_back_and_the_years_end(
    text: str, surface: str, published: date, expected: Span
) -> None:
    assert span(figure_by_surface(text, surface, published)) == expected
