"""Kazakh mechanisms found at first sight of a fresh development set (fs31kk). Our own sentences,
labelled by tests/realworld/FORMAT.md; each mechanism keeps look-alikes that must keep their reading."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import extract_indicators

_PUBLISHED = date(2025, 9, 15)


def _read(body: str, published: date = _PUBLISHED, title: str = "") -> dict[str, tuple[date | None, date | None, str]]:
    return {
        i.surface: (i.period_start, i.period_end, i.kind)
        for i in extract_indicators(body, published, title=title, language="kk")
    }


# --- a bare "биыл" told in the simple past under a lead span already over: that span -------------

_JAN_AUG = (date(2025, 1, 1), date(2025, 8, 31))


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        (
            "Қаңтар-тамыз айларында облыста 1,2 млн тонна көмір өндірілді. "
            "Биыл кәсіпорындар 300 мың тонна көмірді экспортқа жөнелтті.",
            "300 мың тонна",
        ),
        (
            "Сегіз айда өңірге 450 мың турист келді. Биыл кемпингтер 35 мыңнан астам демалушыны қабылдады.",
            "35 мыңнан",
        ),
        # a contrast of two halves, the past verb ending the second, inside a quote
        (
            "Жыл басынан бергі сегіз айда өңірге 450 мың турист келді. «Биыл жастар арасындағы сапарлар "
            "саны 9 пайызға, ал отбасылық сапарлар 14 пайызға көбейді», – деді басқарма басшысы.",
            "14 пайызға",
        ),
        # a season named in between is a part of the report's span, not a new report
        (
            "Қаңтар-тамыз айларында өңірге 450 мың турист келді. Жазғы маусымда көлдер жағасында 200 мың "
            "адам демалды. Биыл ұлттық саябақтар 80 мыңнан астам келушіні қабылдады.",
            "80 мыңнан",
        ),
    ],
)
def test_this_year_told_done_under_a_lead_span_already_over_is_that_span(body: str, surface: str) -> None:
    assert _read(body)[surface] == (*_JAN_AUG, "actual")


@pytest.mark.parametrize(
    ("body", "surface"),
    [
        # the aorist: what the parks take in through the year, not the months gone by
        (
            "Сегіз айда өңірге 450 мың турист келді. Биыл ұлттық саябақтар 80 мыңға дейін келушіні қабылдайды.",
            "80 мыңға",
        ),
        # no verb tells the months gone by
        (
            "Сегіз айда өңірге 450 мың турист келді. Басқарма мұны биыл сапарлардың 9 пайызға "
            "арзандауымен түсіндіреді.",
            "9 пайызға",
        ),
    ],
)
def test_this_year_not_told_done_keeps_the_year(body: str, surface: str) -> None:
    assert _read(body)[surface][:2] == (date(2025, 1, 1), date(2025, 12, 31))
