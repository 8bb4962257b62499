"""Kazakh 'more than' with the counted noun in the ablative between the figure and the verb
("20,5 млн адамнан асты": exceeded 20.5 million people). Only the bare form ("210 мыңнан асты")
was read; the dev store's Overview showed the population headline as a flat "20.5 M". Sentences
of our own; the figures are those reported at
https://kaz.zakon.kz/kogam-tynysy/6077508-azastan-khalyny-sany-205-million-adamnan-asty.html"""

from __future__ import annotations

from datetime import date

import pytest

from tests.kk_probe_reading import by_value


@pytest.mark.parametrize(
    ("body", "value", "qualifier"),
    [
        ("Қазақстан тұрғындарының саны 20,5 млн адамнан асты.", 20_500_000.0, "more than"),
        ("Жоба құны 5 млрд теңгеден астам болды.", 5e9, "more than"),
        ("Биыл 300 гектардан артық жерге көшет егілді.", 300.0, "more than"),
        # no verb of exceeding after the ablative: a starting point, no qualifier
        ("Бағасы 500 теңгеден 700 теңгеге дейін өсті.", 500.0, None),
    ],
)
def test_an_ablative_noun_before_exceeding_is_more_than(
    body: str, value: float, qualifier: str | None
) -> None:
    assert by_value(body, date(2026, 3, 2))[value].qualifier == qualifier
