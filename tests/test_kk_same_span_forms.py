"""Kazakh comparisons in the forms of statistics reporting, sentences of our own (published 10 January
2023; FORMAT.md: a comparison base is not the figure's period, and a base value told as "the same span of
<year>" is that span of that year). Read wrong before this file: the attributive "2021 жылғы осы кезеңде"
(read as the whole of 2021) and "2021 жылғы көлемнен ... көп" (the change read as 2021's)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface, span

PUBLISHED = date(2023, 1, 10)
M11_22 = (date(2022, 1, 1), date(2022, 11, 30))

CASES = [
    # a base value "of the same span of <year>": those months of that year
    (
        "2022 жылдың он бір айында ішкі рейстерде 7 миллион жолаушы тасымалданды (2021 жылғы осы кезеңде – 6,9 "
        "миллион, 2020 жылғы осы кезеңде – 4,1 миллион).",
        {"6,9 миллион": (date(2021, 1, 1), date(2021, 11, 30)), "4,1 миллион": (date(2020, 1, 1), date(2020, 11, 30)), "7 миллион": M11_22},
    ),
    (
        "2022 жылдың он бір айында 540 мың тонна жүк тиелді, ал 2021 жылғы сәйкес кезеңде – 498 мың тонна.",
        {"498 мың тонна": (date(2021, 1, 1), date(2021, 11, 30))},
    ),
    # a change against a year's volume is the figure's own span's
    (
        "2022 жылы облыста 40 мың тонна ет өндірілді. Бұл 2021 жылғы көлемнен 1,5 есе көп.",
        {"1,5 есе": (date(2022, 1, 1), date(2022, 12, 31))},
    ),
    (
        "2022 жылғы желтоқсанда 12 мың тонна жүк тасылды, бұл 2021 жылғы желтоқсандағы көлемнен 11,2%-ға көп.",
        {"11,2%-ға": (date(2022, 12, 1), date(2022, 12, 31))},
    ),
    # look-alikes kept: a year's volume named as a figure of that year stays that year's
    (
        "2021 жылғы көлем 26 мың тонна болды.",
        {"26 мың тонна": (date(2021, 1, 1), date(2021, 12, 31))},
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_same_span_and_volume_bases(text: str, expected: dict[str, tuple[date, date]]) -> None:
    assert {s: span(figure_by_surface(text, s, PUBLISHED, language="kk")) for s in expected} == expected


# "the year's results" foreseen in January, in an account of the months of the year before: that year
_YEAR_RESULTS = [
    ("kk", "2022 жылдың он бір айында 7 миллион жолаушы тасымалданды. Жыл қорытындысы бойынша жолаушылар саны 10,8 "
           "миллионға жетеді деп күтілуде.", "10,8 миллионға", (date(2022, 1, 1), date(2022, 12, 31))),
    ("ru", "За одиннадцать месяцев 2022 года перевезено 7 млн пассажиров. По итогам года ожидается 10,8 млн "
           "пассажиров.", "10,8 млн", (date(2022, 1, 1), date(2022, 12, 31))),
    # after a whole year told, the year's results foreseen are the year under way
    ("ru", "В 2022 году перевезено 7 млн пассажиров. По итогам года ожидается 10,8 млн пассажиров.", "10,8 млн",
     (date(2023, 1, 1), date(2023, 12, 31))),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "surface", "expected"), _YEAR_RESULTS)
def test_year_results_foreseen_after_months_of_the_year_before(
    language: str, text: str, surface: str, expected: tuple[date, date]
) -> None:
    assert span(figure_by_surface(text, surface, PUBLISHED, language=language)) == expected
