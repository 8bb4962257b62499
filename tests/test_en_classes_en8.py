"""English phrasing classes of extractor +en8 (kinds and the periods left over), each on
sentences of our own with look-alikes that must keep their old reading."""

from __future__ import annotations

from datetime import date

import pytest

from etl.extract.indicators import Indicator, extract_indicators

PUBLISHED = date(2025, 7, 19)
D = date


def _read(body: str, title: str = "", published: date = PUBLISHED) -> list[Indicator]:
    return extract_indicators(body, published, title=title, language="en")


def _by_surface(body: str, title: str = "", published: date = PUBLISHED) -> dict[str, Indicator]:
    return {i.surface: i for i in _read(body, title, published)}


# --- Periods -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "part",
    ["the first quarter of this year", "the first quarter of the current year", "the first six months of this year"],
)
def test_a_part_of_this_year_is_the_publication_years_after_a_look_back(part: str) -> None:
    found = _by_surface(f"Last year the park sold 820,000 tickets. In {part} it sold 190,000 tickets.")
    assert found["190,000"].period_start == D(2025, 1, 1)
    assert found["820,000"].period_start == D(2024, 1, 1)


def test_a_part_of_the_year_keeps_the_year_in_scope() -> None:
    # "of the year" names no year: the one the article speaks of
    found = _by_surface("Last year the park sold 820,000 tickets. In the first quarter of the year it sold 190,000.")
    assert found["190,000"].period_start == D(2024, 1, 1)


@pytest.mark.parametrize("span", ["the first six months of 2023", "the first half of 2023", "six months of 2023"])
def test_a_base_value_in_the_first_months_of_a_year_is_that_span(span: str) -> None:
    found = _by_surface(
        f"Anglers caught 51 thousand tonnes in January-June, against 47 thousand tonnes in {span}.",
        title="Catch grows in first half of 2024",
        published=D(2024, 8, 1),
    )
    base = found["47 thousand tonnes"]
    assert (base.period_start, base.period_end) == (D(2023, 1, 1), D(2023, 6, 30))
    assert found["51 thousand tonnes"].period_start == D(2024, 1, 1)


def test_the_first_months_of_a_year_still_date_a_figure_before_them() -> None:
    found = _by_surface("Output grew by 12.4% in the first seven months of 2024 to 66 billion tenge.", published=D(2024, 9, 1))
    assert (found["66 billion tenge"].period_start, found["66 billion tenge"].period_end) == (D(2024, 1, 1), D(2024, 7, 31))
