"""Lists of numbers: a unit written once after the list belongs to every member; numbers
joined by hyphens in threes ("7-20-25") are a name, not figures."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators

PUBLISHED = date(2025, 8, 1)


def units(text: str, language: str) -> list[tuple[float, str]]:
    return [(i.value, i.unit) for i in extract_indicators(text, PUBLISHED, language=language)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Teachers' pay will rise by 28, 26 and 20 percent, depending on their category."),
        ("en", "Shares of 12, 9, and 7 percent went to the three northern regions."),
        ("ru", "Зарплаты педагогов вырастут на 28, 26 и 20% в зависимости от категории."),
        ("kk", "Педагогтердің жалақысы санатына қарай 28, 26 және 20 пайызға өседі."),
    ],
)
def test_a_unit_after_a_list_is_every_members_unit(language: str, text: str) -> None:
    assert {unit for _, unit in units(text, language)} == {"percent"}


def test_a_comma_and_after_one_number_joins_clauses_not_list_members() -> None:
    found = units("In 2024 inspectors found around 4,800 dumps, and 93% have already been cleared.", "en")
    assert (4800, "count") in found and (93, "percent") in found


def test_a_counted_noun_ends_the_list() -> None:
    found = units("The region built 15 schools, 20 and 30 percent more than planned.", "en")
    assert found[0] == (15, "count")


def test_a_list_ending_in_a_scaled_amount_is_left_alone() -> None:
    # "1.5, 2 and 3 billion tenge": the bare numbers would need the scale as well as the unit
    found = units("Grants will grow to 1.5, 2 and 3 billion tenge over three years.", "en")
    assert (3e9, "KZT") in found and all(unit != "KZT" for value, unit in found if value < 1e3)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Under the 7-20-25 programme, 2,591 mortgage loans were issued."),
        ("ru", "По программе «7-20-25» выдано 2 591 ипотечный заем."),
        ("kk", "«7-20-25» бағдарламасы бойынша 2 591 ипотекалық қарыз берілді."),
    ],
)
def test_numbers_joined_by_hyphens_name_a_programme_not_figures(language: str, text: str) -> None:
    assert units(text, language) == [(2591, "count")]


@pytest.mark.parametrize(
    ("language", "text"), [("en", "Prices rose 10-15% in 2024."), ("ru", "Цены выросли на 10-15%.")]
)
def test_a_two_number_range_is_still_two_figures(language: str, text: str) -> None:
    assert units(text, language) == [(10, "percent"), (15, "percent")]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("kk", "Туу коэффициенті 1000 тұрғынға шаққанда 22,55-ті құрады.", [(22.55, "other")]),
        ("ru", "Коэффициент рождаемости в расчете на 1000 человек составил 22,55.", [(22.55, "other")]),
        # the count of births after the rate is above the base: a count, not a rate
        (
            "ru",
            "На 1000 жителей пришлось 22,55 рождения, всего родилось 216 200 детей.",
            [(22.55, "other"), (216200, "count")],
        ),
    ],
)
def test_a_rate_base_written_before_the_rate_is_no_figure(language: str, text: str, expected: list) -> None:
    assert units(text, language) == expected
