"""Defect classes seen on real stored Russian news pages (round real12: wage, tourism and
investment releases), in sentences of our own. Labelled by tests/realworld/FORMAT.md:
  1. "к соответствующему кварталу 2022 года", "по сравнению с соответствующим кварталом прошлого
     года": the same quarter (half year, month) a year back is a comparison base, as "аналогичный
     период" is; the figure keeps the quarter in view;
  2. "выплат по итогам года", "премии по итогам года": a kind of pay, not the span of the figures
     after it;
  3. "чем было в первом квартале": the base told with a past copula is still a comparison;
  4. a change with its comparative left out ("и на 9,4% – чем год назад") or labelled by a change
     noun before a dash ("(прирост - 37%)"), after a hyphen typed for the dash ("объем торговли -
     на 15%") or in a bracket ("в Астане (на 44,9%)") is a change;
  5. "4,9% – 450,3 тыс. человек": a rate, then the same level in people, is no range (the rate
     does not take the thousands);
  6. "в четвёртом квартале" with the letter ё is the fourth quarter;
  7. "наименьшим значением с начала независимости": a record's yardstick, no span from then on;
  8. "мы смогли обеспечить рост на 3,2%", "удалось достичь": a goal reached, an actual;
  9. "достигнут темп роста 7,1%": the short participle (reached), not "they will reach";
  10. "Задача поставлена, чтобы экономика росла на 7%": a past form after "чтобы" is a wish, and
      the goal's "поставлена" no deed: a target;
  11. "двумя годами ранее", "три года назад", "пять лет назад": the span in view that many years
      back (left by +real11ru).
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicator_record import Indicator
from etl.extract.indicators import extract_indicators

P = date(2025, 8, 20)
Q2 = (date(2025, 4, 1), date(2025, 6, 30))
Q3_2024 = (date(2024, 7, 1), date(2024, 9, 30))


def _by_surface(text: str, surface: str, published: date = P) -> Indicator:
    found = [i for i in extract_indicators(text, published) if i.surface == surface]
    assert found, f"no figure {surface!r} in {[i.surface for i in extract_indicators(text, published)]}"
    return found[0]


def _span(figure: Indicator) -> tuple[date | None, date | None]:
    return figure.period_start, figure.period_end


@pytest.mark.parametrize(
    ("text", "surface", "span"),
    [
        ("Во втором квартале 2025 года средний доход работника составил 401 200 тенге. "
         "Рост к соответствующему кварталу 2024 года составил 12%.", "12%", Q2),
        ("Во втором квартале 2025 года средний доход работника составил 401 200 тенге. "
         "По сравнению с соответствующим кварталом 2024 года доход вырос на 8,4%.", "8,4%", Q2),
        ("Во втором квартале 2025 года средний доход работника составил 401 200 тенге. "
         "Индекс дохода к соответствующему кварталу прошлого года составил 106,3%.", "106,3%", Q2),
        # the next sentence keeps the quarter, not the base's year
        ("Во втором квартале 2025 года средний доход работника составил 401 200 тенге. "
         "Индекс дохода к соответствующему кварталу прошлого года составил 106,3%. "
         "Меньше всего получали работники гостиниц – 210,5 тыс. тенге.", "210,5 тыс. тенге", Q2),
        ("В третьем квартале 2024 года выпуск достиг 88 млрд тенге, что на 3,1% больше "
         "аналогичного квартала 2023 года.", "3,1%", Q3_2024),
        # look-alike: "период" keeps its reading
        ("Во втором квартале 2025 года средний доход работника составил 401 200 тенге. "
         "Рост к аналогичному периоду 2024 года составил 12%.", "12%", Q2),
    ],
)  # fmt: skip
def test_the_same_quarter_a_year_back_is_a_comparison_base(
    text: str, surface: str, span: tuple[date, date]
) -> None:
    assert _span(_by_surface(text, surface)) == span


def test_a_base_quarter_read_alone_is_that_quarter() -> None:
    text = "Во втором квартале 2025 года доход составил 401 200 тенге против 356 000 тенге в соответствующем квартале 2024 года."
    assert _span(_by_surface(text, "356 000 тенге")) == (date(2024, 4, 1), date(2024, 6, 30))


@pytest.mark.parametrize(
    ("text", "surface", "span"),
    [
        ("В третьем квартале 2024 года средний доход составил 390 000 тенге.\n\n"
         "Рост дохода в третьем квартале объясняется выплатой премий по итогам года.\n\n"
         "В Атырауской области доход составил 640 100 тенге.", "640 100 тенге", Q3_2024),
        ("В третьем квартале 2024 года средний доход составил 390 000 тенге. "
         "Часть роста дали бонусы по итогам года. В Актобе доход составил 402 000 тенге.",
         "402 000 тенге", Q3_2024),
    ],
)  # fmt: skip
def test_pay_named_for_the_year_end_sets_no_period(text: str, surface: str, span: tuple[date, date]) -> None:
    assert _span(_by_surface(text, surface, date(2024, 11, 20))) == span


def test_year_results_still_date_a_figure() -> None:
    # look-alike: "по итогам года" of a report keeps its reading
    figure = _by_surface(
        "По итогам года экспорт составил 81 млрд долларов.", "81 млрд долларов", date(2025, 12, 20)
    )
    assert _span(figure) == (date(2025, 1, 1), date(2025, 12, 31))


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Во втором квартале 2025 года выпуск составил 120 млрд тенге. Это на 4% больше, чем было "
         "в первом квартале, и на 9,4% – чем год назад.", "9,4%"),
        ("Во втором квартале 2025 года выпуск составил 120 млрд тенге. Это на 4% больше, чем было "
         "в первом квартале.", "4%"),
        ("Во втором квартале 2025 года выпуск составил 120 млрд тенге, что на 2,5% меньше, чем было "
         "в первом квартале.", "2,5%"),
    ],
)  # fmt: skip
def test_a_base_with_a_past_copula_is_a_comparison(text: str, surface: str) -> None:
    figure = _by_surface(text, surface)
    assert _span(figure) == Q2
    assert figure.is_change


@pytest.mark.parametrize(
    ("text", "surface", "change"),
    [
        ("За январь–июнь 2025 года приехало 412,3 тыс. гостей, на 60 тыс. больше, чем годом ранее "
         "(прирост - 17%).", "17%", True),
        ("За январь–июнь 2025 года приехало 412,3 тыс. гостей; снижение – 4,2%.", "4,2%", True),
        # look-alikes: a share after a dash with no change noun, and "на ... , чем" far from the figure
        ("За январь–июнь 2025 года доля гостей из Китая – 17%.", "17%", False),
        ("Во втором квартале 2025 года доля экспорта достигла 31% против 28% годом ранее.", "31%", False),
    ],
)  # fmt: skip
def test_a_change_named_before_its_dash(text: str, surface: str, change: bool) -> None:
    assert _by_surface(text, surface).is_change is change


@pytest.mark.parametrize(
    ("text", "surface", "change"),
    [
        ("В 2024 году число фирм выросло на 4%, оборот торговли - на 11%.", "11%", True),
        ("В 2024 году больше всего выпуск вырос в Шымкенте (на 31,5%), меньше всего – в Таразе.",
         "31,5%", True),
        # look-alike: a bracket with "на" and no change in view
        ("В 2024 году доля импорта (на 40%) состояла из техники.", "40%", False),
    ],
)  # fmt: skip
def test_a_gapped_change_after_a_hyphen_or_in_a_bracket(text: str, surface: str, change: bool) -> None:
    assert _by_surface(text, surface).is_change is change


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("Уровень безработицы во втором квартале 2025 года составил 4,6% – 438,2 тыс. человек.",
         "4,6%", 4.6, "percent"),
        ("Уровень безработицы во втором квартале 2025 года составил 4,6% – 438,2 тыс. человек.",
         "438,2 тыс.", 438_200.0, "count"),
        # look-alikes: a range keeps its shared unit and scale
        ("Ставка во втором квартале 2025 года составила 5–7%.", "5", 5.0, "percent"),
        ("Во втором квартале 2025 года выпуск вырос с 2,4 до 2,9 млн тонн.", "2,4", 2_400_000.0, "tonne"),
    ],
)  # fmt: skip
def test_a_rate_then_its_people_is_no_range(text: str, surface: str, value: float, unit: str) -> None:
    figure = _by_surface(text, surface)
    assert (figure.value, figure.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    "text",
    [
        "В четвёртом квартале 2024 года занятых было 9,1 млн человек, на 0,8% больше за год.",
        "За четвёртый квартал 2024 года занятых было 9,1 млн человек.",
        "В четвертом квартале 2024 года занятых было 9,1 млн человек.",
    ],
)
def test_the_fourth_quarter_with_yo(text: str) -> None:
    figure = _by_surface(text, "9,1 млн", date(2025, 2, 20))
    assert _span(figure) == (date(2024, 10, 1), date(2024, 12, 31))


@pytest.mark.parametrize(
    "text",
    [
        "В 2024 году безработица снизилась до 4,6% и стала наименьшей с начала независимости. "
        "Число безработных сократилось на 5 тысяч человек.",
        "В 2024 году добыча дошла до 90 млн тонн – максимум с момента открытия месторождения. "
        "Занятых стало меньше на 5 тысяч человек.",
    ],
)
def test_a_record_since_names_no_span(text: str) -> None:
    figure = _by_surface(text, "5 тысяч", date(2025, 4, 3))
    assert _span(figure) == (date(2024, 1, 1), date(2024, 12, 31))


def test_a_span_since_a_start_keeps_its_reading() -> None:
    figure = _by_surface("С начала реализации программы построено 120 школ.", "120", date(2025, 4, 3))
    assert figure.period_start is None and figure.period_end == date(2025, 4, 3)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("В прошлом году мы смогли обеспечить рост экономики на 4,1%.", "actual"),
        ("В 2024 году региону удалось достичь роста выпуска на 4,1%.", "actual"),
        ("В прошлом году отрасль сумела обеспечить рост на 4,1%.", "actual"),
        # look-alikes: a goal still ahead
        ("В 2026 году необходимо обеспечить рост экономики на 4,1%.", "target"),
        ("В 2026 году мы сможем обеспечить рост экономики на 4,1%.", "target"),
    ],
)  # fmt: skip
def test_a_goal_managed_is_done(text: str, kind: str) -> None:
    assert _by_surface(text, "4,1%").kind == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("В 2024 году по стране достигнут темп роста экономики 4,8%.", "actual"),
        ("В 2024 году в регионе достигнут рекордный уровень охвата 4,8%.", "actual"),
        # look-alike: the future plural keeps its reading
        ("К 2027 году регионы достигнут уровня газификации 4,8%.", "plan"),
    ],
)  # fmt: skip
def test_reached_as_a_short_participle(text: str, kind: str) -> None:
    assert _by_surface(text, "4,8%").kind == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("«Задача поставлена, чтобы выпуск в этом году рос на 4,8%», – сказал министр.", "target"),
        ("Поставлена задача, чтобы экспорт вырос на 4,8% в 2026 году.", "target"),
        ("Президент поставил задачу, чтобы экономика росла на 4,8%.", "target"),
        # look-alikes: the deed of the main clause keeps its reading
        ("Чтобы цены не росли, в 2024 году закупили 4,8 тыс. тонн сахара.", "actual"),
        ("В 2024 году, чтобы снизить цены, закупили 4,8 тыс. тонн сахара.", "actual"),
    ],
)  # fmt: skip
def test_a_past_form_after_so_that_is_a_wish(text: str, kind: str) -> None:
    found = [i for i in extract_indicators(text, P) if i.surface.startswith("4,8")]
    assert found and found[0].kind == kind


@pytest.mark.parametrize(
    ("text", "surface", "span"),
    [
        ("В 2024 году сбор составил 26 млн тонн. Двумя годами ранее он составлял 19 млн тонн.",
         "19 млн тонн", (date(2022, 1, 1), date(2022, 12, 31))),
        ("За полугодие 2024 года выпуск достиг 26 млн тонн, тремя годами ранее – 19 млн тонн.",
         "19 млн тонн", (date(2021, 1, 1), date(2021, 6, 30))),
        ("Три года назад в очереди на жилье стояли 52 тысячи человек.",
         "52 тысячи", (date(2022, 1, 1), date(2022, 12, 31))),
        # look-alikes: one year back keeps its reading, and the sentence after a look back is not dated by it
        ("В 2024 году сбор составил 26 млн тонн. Годом ранее он составлял 19 млн тонн.",
         "19 млн тонн", (date(2023, 1, 1), date(2023, 12, 31))),
        ("Пять лет назад в городе было 40 тысяч очередников. Сейчас их 12 тысяч.",
         "12 тысяч", (date(2025, 8, 20), date(2025, 8, 20))),
    ],
)  # fmt: skip
def test_years_back_by_count(text: str, surface: str, span: tuple[date, date]) -> None:
    assert _span(_by_surface(text, surface)) == span
