"""Defect classes seen on real stored Russian news pages (round real11), in sentences of our own.

Labelled by tests/realworld/FORMAT.md:
  1. a number word with its scale and a digit part after it ("четыре триллиона 200 миллиардов тенге")
     is one amount, as "851 миллиард 300 миллионов" is;
  2. "1 кв. м" / "1 кв. км" is an area, not the first quarter ("кв." alone is);
  3. "за полгода" is the report's half year, as "за полугодие" (not "за полгода до ...");
  4. "с ноября 2025 по февраль 2026 года": a span across the new year, each end with its year;
  5. "рост к 2020 году составил 3%" told after 2020: 2020 is the base of a change, not a deadline;
  6. a change told "рост ... к 2020 году составил", "На 4,2% вырос ...", "в 8 раз увеличилась";
  7. units: "квадратов" of housing are square metres; a bullet member whose change follows in brackets
     ("— Абай — 310 тыс. (+4,1%);") takes the list's unit; a range "4,5−4,9%" written with a minus sign;
  8. item edges: "Если", "чуть", "немногим" open no item; a member "Актобе (плюс 1,1%)" is named by
     the word before its bracket;
  9. a verb of reporting after the figures ("..., передает агентство") tells no present state;
  10. "ниже показателя за аналогичный период прошлого года": a base after "за" is a comparison;
  11. the members of a list of parts opened "..., из которых:" share the period of the figure before;
  12. a paragraph opened "В прошлом году на эту дату ..." goes on in its next sentence told in the past;
  13. a list lead "Как сообщает бюро, рост ... произошел в ...:" names its members by its subject only;
  14. "(—37,5 %)": an em dash glued to the digits inside a bracket is a minus, and the share a change.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicator_record import Indicator
from etl.extract.indicators import extract_indicators

P = date(2025, 11, 21)


def _all(text: str, published: date = P) -> list[Indicator]:
    return extract_indicators(text, published)


def _by_surface(text: str, surface: str, published: date = P) -> Indicator:
    found = [i for i in _all(text, published) if i.surface == surface]
    assert found, f"no figure {surface!r} in {[i.surface for i in _all(text, published)]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Валовой продукт региона достиг четырех триллионов 200 миллиардов тенге.",
         "четырех триллионов 200 миллиардов тенге", 4.2e12),
        ("За год область получила два миллиарда 450 миллионов тенге инвестиций.",
         "два миллиарда 450 миллионов тенге", 2.45e9),
        ("Облыстың жалпы өнімі екі триллион 300 миллиард теңгеге жетті.",
         "екі триллион 300 миллиард теңгеге", 2.3e12),
        # look-alike: the digit compound keeps its reading
        ("Расходы составили 612 миллиардов 800 миллионов тенге.", "612 миллиардов 800 миллионов тенге", 6.128e11),
    ],
)  # fmt: skip
def test_number_word_with_a_digit_part_is_one_amount(text: str, surface: str, value: float) -> None:
    figure = _by_surface(text, surface)
    assert figure.value == pytest.approx(value)
    assert figure.unit == "KZT"


def test_a_number_word_then_a_separate_amount_stays_two() -> None:
    found = _all("Выделено три миллиарда тенге, 200 миллионов из них ушло на ремонт дорог.")
    assert [f.value for f in found] == [pytest.approx(3e9), pytest.approx(2e8)]


def test_square_metre_is_no_quarter() -> None:
    text = (
        "По итогам 2024 года в стране ввели 17,1 млн кв. м жилья. Средняя стоимость строительства "
        "1 кв. м составила 182,5 тыс. тенге, больше всего – в Астане."
    )
    cost = _by_surface(text, "182,5 тыс. тенге", date(2025, 2, 14))
    assert (cost.period_start, cost.period_end) == (date(2024, 1, 1), date(2024, 12, 31))
    density = _by_surface("На 1 кв. км в городе приходится 2,4 тыс. человек.", "2,4 тыс.")
    assert density.period_start == P
    # look-alike: "1 кв." alone is the first quarter
    quarter = _by_surface("За 1 кв. 2025 года выпуск вырос на 3,4%.", "3,4%")
    assert (quarter.period_start, quarter.period_end) == (date(2025, 1, 1), date(2025, 3, 31))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("За полгода в области ввели 640 тыс. кв. м жилья.", (date(2025, 1, 1), date(2025, 6, 30))),
        ("По итогам полгода экспорт зерна вырос на 7,3%.", (date(2025, 1, 1), date(2025, 6, 30))),
    ],
)
def test_za_polgoda_is_the_first_half(text: str, span: tuple[date, date]) -> None:
    figure = _all(text, date(2025, 7, 24))[0]
    assert (figure.period_start, figure.period_end) == span


def test_za_polgoda_do_is_no_half_year() -> None:
    figure = _all("За полгода до запуска завод нанял 240 человек.", date(2025, 7, 24))[0]
    assert (figure.period_start, figure.period_end) != (date(2025, 1, 1), date(2025, 6, 30))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("С ноября 2025 по февраль 2026 года нехватка мощности составит около 0,7 ГВт.",
         (date(2025, 11, 1), date(2026, 2, 28))),
        ("С 15 октября 2025 года по 15 апреля 2026 года тепло получат 42 тыс. квартир.",
         (date(2025, 10, 15), date(2026, 4, 15))),
    ],
)  # fmt: skip
def test_month_span_across_the_new_year(text: str, span: tuple[date, date]) -> None:
    figure = _all(text, date(2025, 10, 1))[0]
    assert (figure.period_start, figure.period_end) == span


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("По итогам 2024 года отгружено 61 млн тонн руды, рост к 2023 году составил 3%.", "3%"),
        ("В 2024 году собрано 18 млн тонн зерна, прирост к 2023 году – 4,5%.", "4,5%"),
    ],
)
def test_change_against_a_past_year_is_no_deadline(text: str, surface: str) -> None:
    figure = _by_surface(text, surface, date(2025, 2, 1))
    assert (figure.period_start, figure.period_end) == (date(2024, 1, 1), date(2024, 12, 31))


def test_growth_by_a_future_year_stays_a_deadline() -> None:
    figure = _by_surface("Рост выпуска к 2030 году составит 25%.", "25%")
    assert figure.period_end == date(2030, 12, 31)
    assert figure.kind != "actual"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("В 2024 году рост к 2023 году составил 2,8%.", "2,8%"),
        ("На 4,2% вырос вывоз металла и достиг 9 млн тонн.", "4,2%"),
        ("По району в 8 раз увеличился ввод школ.", "8 раз"),
    ],
)
def test_change_told_before_or_around_its_verb(text: str, surface: str) -> None:
    assert _by_surface(text, surface).is_change


def test_share_after_na_is_no_change() -> None:
    assert not _by_surface("На 5% семей приходится треть доходов.", "5%").is_change


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("В Таразе ввели 215 тыс. квадратов жилья.", "215 тыс. квадратов"),
        ("Из них 4,1 млн квадратов пришлось на многоэтажки.", "4,1 млн квадратов"),
    ],
)
def test_kvadratov_are_square_metres(text: str, surface: str) -> None:
    assert _by_surface(text, surface).unit == "m2"


def test_bullet_member_with_its_change_in_brackets_takes_the_list_unit() -> None:
    text = (
        "Ввод жилья за семь месяцев по регионам:\n"
        "— Абай — 31,5 тыс. кв. м (+4,1%);\n"
        "— Жетысу — 88 тыс. (+3,9%);\n"
        "— Астана — около 1,3 млн кв. м (−0,4%)."
    )
    assert _by_surface(text, "88 тыс.").unit == "m2"


def test_range_written_with_a_minus_sign_shares_its_unit() -> None:
    found = _all("Нацбанк ожидает, что к концу года инфляция составит 8,5−9,5%.")
    assert [(f.value, f.unit) for f in found] == [(8.5, "percent"), (9.5, "percent")]


@pytest.mark.parametrize(
    ("text", "surface", "item"),
    [
        ("Если в 2020 году фонд оплаты труда составлял 12 млрд тенге, то сейчас – 30 млрд тенге.",
         "12 млрд тенге", "фонд оплаты труда"),
        ("Ввод по районам:\n— Илийский — 120 тыс. кв. м (+2%);\n— Талгарский — чуть более 1 млн кв. м (+5%).",
         "1 млн кв. м", "Талгарский"),
    ],
)  # fmt: skip
def test_function_words_open_no_item(text: str, surface: str, item: str) -> None:
    assert _by_surface(text, surface).item == item


def test_bracket_member_with_sign_word_is_named_by_the_word_before() -> None:
    figure = _by_surface("Цены выросли в Семее (плюс 0,9%), Уральске (сразу плюс 1,3%).", "1,3%")
    assert "Уральске" in figure.item


@pytest.mark.parametrize("tail", ["передает агентство", "сообщает пресс-служба министерства"])
def test_a_verb_of_reporting_tells_no_present_state(tail: str) -> None:
    # (under a headline of the present, "уже", the present verb of reporting took the figure to publication)
    text = f"На 1 октября убрано 9,4 млн га. Собрано 14 млн тонн зерна, {tail}."
    found = extract_indicators(text, date(2025, 10, 6), title="В стране собрали уже 14 млн тонн зерна")
    figure = next(f for f in found if f.surface == "14 млн тонн")
    assert (figure.period_start, figure.period_end) == (date(2025, 10, 1), date(2025, 10, 1))


def test_a_present_state_after_a_stock_date_keeps_the_present() -> None:
    text = "На 1 октября убрано 9,4 млн га. Сейчас на элеваторах хранится 3 млн тонн зерна."
    figure = _by_surface(text, "3 млн тонн", date(2025, 10, 6))
    assert figure.period_start == date(2025, 10, 6)


def test_a_base_after_za_is_a_comparison_not_the_figures_period() -> None:
    text = (
        "Выработка на 1 ноября текущего года составила 91,2 млрд кВтч. Потребление составило 90,5 млрд "
        "кВтч – что на 2,1% выше показателя за аналогичный период прошлого года."
    )
    figure = _by_surface(text, "2,1%")
    assert (figure.period_start, figure.period_end) == (date(2025, 11, 1), date(2025, 11, 1))
    # look-alike: a period of its own after "за" keeps its reading
    level = _by_surface("Уровень безработицы за 2024 год составил 4,7%.", "4,7%")
    assert (level.period_start, level.period_end) == (date(2024, 1, 1), date(2024, 12, 31))


def test_members_of_a_list_of_parts_share_the_period_of_the_figure_before() -> None:
    text = (
        "В 2025 году семья получала пособия на 96 400 тенге, включая:\n"
        "на первого ребенка — 41 200 тенге,\n"
        "на второго — 55 200 тенге.\n"
        "После индексации с 1 января 2026 года выплата выросла до 106 000 тенге, из которых:\n"
        "на первого ребенка — 45 300 тенге,\n"
        "на второго — 60 700 тенге."
    )
    found = extract_indicators(text, date(2026, 1, 12))
    new = next(f for f in found if f.surface == "45 300 тенге")
    old = next(f for f in found if f.surface == "41 200 тенге")
    assert new.period_start == date(2026, 1, 1)
    assert (old.period_start, old.period_end) == (date(2025, 1, 1), date(2025, 12, 31))


def test_a_paragraph_opened_by_a_look_back_goes_on_in_the_past() -> None:
    text = (
        "На 10 сентября обмолочено 6,2 млн тонн зерна.\n"
        "В прошлом году на эту дату уборка была выполнена на 21,4%. При урожайности 12,1 ц/га было "
        "собрано 4,1 млн тонн."
    )
    then = _by_surface(text, "4,1 млн тонн", date(2025, 9, 12))
    assert (then.period_start, then.period_end) == (date(2024, 9, 10), date(2024, 9, 10))
    # look-alike: a present told after it is now
    now = _by_surface(
        "На 10 сентября обмолочено 6,2 млн тонн зерна.\n"
        "В прошлом году на эту дату уборка была выполнена на 21,4%. Сейчас убрано 38% площадей.",
        "38%",
        date(2025, 9, 12),
    )
    assert now.period_start == date(2025, 9, 12)


def test_a_list_leads_source_and_verb_are_no_part_of_its_members_items() -> None:
    text = (
        "За полгода в стране ввели 7,1 млн кв. м жилья.\n"
        "Как сообщает Бюро нацстатистики, рост ввода произошел в трех регионах:\n"
        "— Абай — 140 тыс. кв. м (+12,2%);\n"
        "— Жетысу — 96 тыс. кв. м (+8,4%);"
    )
    assert _by_surface(text, "96 тыс. кв. м", date(2025, 7, 20)).item == "рост ввода: Жетысу"
    # look-alike: a lead without a source or a verb of its own keeps its words
    plain = "Размеры стипендий с 1 сентября составят:\n- для магистрантов — 117 000 тенге;\n- для докторантов — 190 000 тенге."
    assert _by_surface(plain, "190 000 тенге", date(2025, 8, 1)).item == "Размеры стипендий: докторантов"


def test_an_em_dash_glued_inside_a_bracket_is_a_minus_and_a_change() -> None:
    text = "Ввод жилья снизился в регионах:\n— Улытау — 18,2 тыс. кв. м (—37,5 %);\n— Жетысу — 91 тыс. кв. м (—2,6 %)."
    figure = _by_surface(text, "—37,5 %")
    assert (figure.value, figure.is_change) == (-37.5, True)
    # look-alike: an em dash glued to a count at a line's start is a bullet
    bullet = _by_surface("Из них построено:\n—20 115 индивидуальных домов.", "20 115")
    assert bullet.value == 20115
