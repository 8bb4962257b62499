"""Scholarship amounts given as list items fall into one series per student group whatever the
language, while labels that name a narrower or a combined group keep their own words."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.catalog import group_named_by, load_catalog
from etl.transform.ingest import INDICATOR_COLUMNS, figure_rows

CATALOG = load_catalog()
SCHOLARSHIPS = next(metric for metric in CATALOG if metric.metric_id == "scholarship.monthly_amount")
SURFACE, METRIC, CATEGORY = (INDICATOR_COLUMNS.index(c) for c in ("surface", "metric_id", "category"))


@pytest.mark.parametrize(
    ("label", "group"),
    [
        ("master's students", "master's students"),
        ("for master’s students", "master's students"),
        ("магистрантов", "master's students"),
        ("магистрантам", "master's students"),
        ("магистранттарға", "master's students"),
        ("докторанттарға", "doctoral students"),
        ("doctoral students, including health care", "doctoral students"),
        ("студентам колледжей", "college students"),
        ("interns", "interns"),
        ("интерндерге", "interns"),
        ("резидентам", "medical residents"),
    ],
)
def test_a_label_that_is_just_a_group_is_that_group(label: str, group: str) -> None:
    assert group_named_by(SCHOLARSHIPS.groups, label) == group


@pytest.mark.parametrize(
    "label",
    [
        "students of technical and vocational education (working qualifications)",
        "students of pedagogical and medical specialities",
        "resident doctors and master's students of medical specialities",
        "магистрантам медицинских специальностей",
        "стипендиатам программы «Болашак»",
    ],
)
def test_a_narrower_or_combined_label_keeps_its_words(label: str) -> None:
    assert group_named_by(SCHOLARSHIPS.groups, label) is None


LISTS = {
    "en": (
        "Scholarships go up from January",
        "From January the monthly state scholarships will be:\n"
        "- for master's students - 118,500 tenge;\n- for interns - 96,200 tenge.",
    ),
    "ru": (
        "Стипендии вырастут с января",
        "С 1 января размеры государственных стипендий составят:\n"
        "- для магистрантов — 118 500 тенге;\n- для интернов — 96 200 тенге.",
    ),
    "kk": (
        "Шәкіртақы қаңтардан өседі",
        "1 қаңтардан бастап мемлекеттік шәкіртақы мөлшері:\n"
        "- магистранттарға – 118 500 теңге;\n- интерндерге – 96 200 теңге.",
    ),
}


@pytest.mark.parametrize("language", sorted(LISTS))
def test_one_list_in_three_languages_gives_the_same_categories(language: str) -> None:
    title, text = LISTS[language]
    rows = figure_rows("fixture", title, text, date(2025, 12, 20), CATALOG)
    mapped = {row[CATEGORY] for row in rows if row[METRIC] == "scholarship.monthly_amount"}
    assert mapped == {"master's students", "interns"}, [(r[SURFACE], r[METRIC], r[CATEGORY]) for r in rows]


def test_students_of_other_fields_are_not_the_group_named_before_them() -> None:
    # "басқа бағыттар бойынша білім алатындар" (those studying in other fields) are no future teachers
    text = (
        "Қыркүйектен бастап педагогика мамандығында оқитын студенттер 58 мың теңгеден астам, басқа бағыттар "
        "бойынша білім алатындар 37 мың теңгеге жуық шәкіртақы алады."
    )
    rows = figure_rows("fixture", "Шәкіртақы өседі", text, date(2022, 8, 10), CATALOG)
    mapped = {row[SURFACE]: row[CATEGORY] for row in rows if row[METRIC] == "scholarship.monthly_amount"}
    assert mapped == {"58 мың теңгеден": "teacher-training students", "37 мың теңгеге": None}, mapped
