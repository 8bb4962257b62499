"""A ranking of places whose members stand after a dash, each with its former value in brackets
("Tajikistan — 19% (22.4%), and Kyrgyzstan — 16% (12.9%)"): the bracket no longer cuts the list,
and the bracketed value is the member's measure at the same place (+items21,
ranked_places._NEXT_MEMBER / _bracketed_after). Before, the last members and the bracketed values
read the place alone. The sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from tests.figure_lookup import figure_by_surface

PUBLISHED = date(2019, 9, 19)

EN = (
    "This season Kazakhstan will supply about 30% of the wheat bought by Uzbekistan (34.1% a season "
    "earlier), Tajikistan — 19% (22.4%), and Kyrgyzstan — 16% (12.9%), the analyst said."
)
RU = "Наибольший рост цен отмечен в Костанае — 14,1% (в прошлом году 9,8%) и Павлодаре — 12,3% (8,7%)."


@pytest.mark.parametrize(
    ("text", "surface", "item"),
    [
        (EN, "22.4%", "wheat, Tajikistan"),
        (EN, "16%", "wheat, Kyrgyzstan"),
        (EN, "12.9%", "wheat, Kyrgyzstan"),
        (RU, "12,3%", "рост цен в Павлодаре"),
        (RU, "8,7%", "рост цен в Павлодаре"),
        # a former value with words of its own in the bracket: the ranking's measure, no ranking word
        (RU, "9,8%", "рост цен в Костанае"),
        # look-alike: a member's own figure read as before
        (EN, "19%", "wheat, Tajikistan"),
    ],
)  # fmt: skip
def test_former_values_and_members_after_them(text: str, surface: str, item: str) -> None:
    assert figure_by_surface(text, surface, PUBLISHED).item == item
