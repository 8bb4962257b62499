"""Extractor defects a user saw on the Taza, Scholarships and IT topic pages (+screen20), in new
sentences of our own, with look-alikes that keep their reading. Labelled by
tests/realworld/FORMAT.md:
  1. a past "from X to Y" whose new level is dated only by the day of publication or of the change:
     the old level held before that day, not on it (no day the text names: null);
  2. "Y (было X)" / "Y (was X)" beside "(бұрын X)": X is the former amount;
  3. the date of a legal act ("постановление ... от 2008 года", "a decree of 2008") dates no figure;
  4. a proposal ("предлагается повысить до", "it is proposed", "ұсынылады") is a plan;
  5. "2 жарым миллион", "2 с половиной миллиона", "2 and a half million" are 2.5 million;
  6. "1млн. 414 тыс. тонн": the dot of a scale word inside a compound ends no sentence;
  7. "2000 people" / "2000 человек" / "2000 адам": a four-digit number before a counted noun is a count.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import Indicator, extract_indicators
from tests.figure_lookup import figure_by_surface, span

JUNE = date(2024, 6, 15)
SEPT = date(2021, 9, 2)
Span = tuple[date | None, date | None]


def _reading(text: str, surface: str, published: date) -> tuple[str, Span]:
    figure: Indicator = figure_by_surface(text, surface, published)
    return figure.kind, span(figure)


@pytest.mark.parametrize(
    ("text", "surface", "published", "expected"),
    [
        # 2. "(было X)", "(was X)" after the amount told: X is the former amount
        (
            "Студенты колледжей получают 32 681 тенге (было 21 787 тенге).",
            "21 787 тенге",
            JUNE,
            ("actual", (None, None)),
        ),
        (
            "С 1 сентября студенты колледжей будут получать 32 681 тенге (было 21 787 тенге).",
            "21 787 тенге",
            JUNE,
            ("actual", (JUNE, JUNE)),
        ),
        (
            "From 1 September college students will be paid 32,681 tenge (was 21,787 tenge).",
            "21,787 tenge",
            JUNE,
            ("actual", (JUNE, JUNE)),
        ),
        (
            "College students are now paid 32,681 tenge a month (was 21,787 tenge).",
            "21,787 tenge",
            JUNE,
            ("actual", (None, None)),
        ),
        (
            "1 қыркүйектен бастап колледж студенттері 32 681 теңге алады (бұрын 21 787 теңге).",
            "21 787 теңге",
            JUNE,
            ("actual", (JUNE, JUNE)),
        ),
        # look-alike: "было" after a comma opens a clause of its own year
        (
            "В 2023 году в районе собрали 12 тонн мусора, было вывезено 10 тонн.",
            "10 тонн",
            JUNE,
            ("actual", (date(2023, 1, 1), date(2023, 12, 31))),
        ),
    ],
)
def test_old_and_new_amounts(text: str, surface: str, published: date, expected: tuple[str, Span]) -> None:
    assert _reading(text, surface, published) == expected


@pytest.mark.parametrize(
    ("text", "language", "surface", "value"),
    [
        # 5. a half between the whole number and its scale word
        ("Сенбілікке 2 жарым миллион адам қатысты.", "kk", "2 жарым миллион", 2_500_000),
        ("Сенбілікке 3 жарым млн адам қатысты.", "kk", "3 жарым млн", 3_500_000),
        ("В субботниках участвовали 2 с половиной миллиона человек.", "ru", "2 с половиной миллиона", 2_500_000),
        ("Some 2 and a half million people joined the clean-ups.", "en", "2 and a half million", 2_500_000),
        # look-alikes read as before
        ("Сенбілікке бір жарым миллион адам қатысты.", "kk", "бір жарым миллион", 1_500_000),
        ("В субботниках участвовали полтора миллиона человек.", "ru", "полтора миллиона", 1_500_000),
        ("Some two and a half million people joined the clean-ups.", "en", "two and a half million", 2_500_000),
    ],
)
def test_a_half_before_the_scale_word(text: str, language: str, surface: str, value: float) -> None:
    assert figure_by_surface(text, surface, JUNE, language=language).value == value


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Сенбілік 2 жарым сағатқа созылды, оған 300 адам қатысты.", "kk"),
        ("Субботник длился 2 с половиной часа, в нём участвовали 300 человек.", "ru"),
    ],
)
def test_a_half_hour_is_no_figure(text: str, language: str) -> None:
    assert [i.surface for i in extract_indicators(text, JUNE, language=language)] == ["300"]
