"""Russian and Kazakh lists of amounts whose later members leave out the unit the list writes once
(shared_units.member_units), in sentences of our own: one member a line or inside one sentence; and
the look-alikes that keep their own reading (a count with its noun, a sum beside a count, a list of
two units)."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators
from etl.extract.shared_units import list_runs

PUBLISHED = date(2025, 9, 2)


def _read(body: str, language: str) -> list[tuple[float, str]]:
    return [(round(i.value, 3), i.unit) for i in extract_indicators(body, PUBLISHED, "", language)]


def test_members_one_a_line_take_the_lists_unit() -> None:
    body = (
        "За полугодие бюджет района потратил 3,1 млрд тенге. Средства распределились так:\n"
        "ремонт дорог — 912,3 млн тенге;\n"
        "освещение улиц — 247,6 млн;\n"
        "озеленение — 88,1 млн;\n"
        "детские площадки — 41,9 млн тенге."
    )
    assert _read(body, "ru")[1:] == [
        (912_300_000.0, "KZT"), (247_600_000.0, "KZT"), (88_100_000.0, "KZT"), (41_900_000.0, "KZT"),
    ]  # fmt: skip


def test_bulleted_kazakh_members_take_the_unit_and_a_bare_one_the_scale_too() -> None:
    body = "Қаражат былай жұмсалды:\n– жол жөндеуге – 912,3 млн теңге;\n– жарықтандыруға – 247,6 млн;\n– көгалдандыруға – 88,1."
    assert _read(body, "kk") == [(912_300_000.0, "KZT"), (247_600_000.0, "KZT"), (88_100_000.0, "KZT")]


def test_members_inside_one_sentence_after_their_dash() -> None:
    body = "Из них на ремонт дорог — 912,3 млн тенге; на освещение — 247,6; на озеленение — 88,1."
    assert _read(body, "ru") == [(912_300_000.0, "KZT"), (247_600_000.0, "KZT"), (88_100_000.0, "KZT")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a count with its noun stays a count
        (
            "Итоги года:\nпшеница — 12,4 млн тонн;\nячмень — 3,2 млн;\nфермеры — 1,1 млн человек.",
            [(12_400_000.0, "tonne"), (3_200_000.0, "tonne"), (1_100_000.0, "count")],
        ),
        # a count beside a sum in one sentence, no dash before it
        (
            "В мае пособие получали 84,2 тысячи, им выплатили 2,9 млрд тенге.",
            [(84_200.0, "count"), (2_900_000_000.0, "KZT")],
        ),
        # a list of two units: none is shared
        (
            "Итоги года:\nзерно — 12,4 млн тонн;\nэкспорт — 3,2 млрд долларов;\nимпорт — 1,1 млрд.",
            [(12_400_000.0, "tonne"), (3_200_000_000.0, "USD"), (1_100_000_000.0, "count")],
        ),
        # a member of another scale than the amounts with the unit
        (
            "Область в цифрах:\nнаселение — 2,1 млн;\nбюджет — 1,4 трлн тенге.",
            [(2_100_000.0, "count"), (1_400_000_000_000.0, "KZT")],
        ),
        # a bare member before any amount with the unit, or of a thousand and more, is left alone
        (
            "Итоги года:\nшколы — 12;\nбольницы — 4,5 млрд тенге;\nучастки — 2500.",
            [(12.0, "count"), (4_500_000_000.0, "KZT"), (2500.0, "count")],
        ),
    ],
)
def test_look_alikes_keep_their_own_reading(body: str, expected: list) -> None:
    assert _read(body, "ru") == expected


def test_list_runs_are_lines_ending_with_semicolons_or_bullets() -> None:
    body = "Лид:\nа — 1;\nб — 2.\nТекст.\n- в\n- г\nКонец."
    assert [[body[a:b] for a, b in run] for run in list_runs(body)] == [["а — 1;", "б — 2."], ["- в", "- г"]]
