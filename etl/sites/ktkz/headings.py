"""The words kt.kz prints around its articles, per edition (English, Russian, Kazakh).

The Russian and Kazakh headings of the related and Most-read blocks are assumed from the
editions' layout (no stored copy shows them for certain): they are data, so a page with other
headings is read by passing its own `Headings` to `parse_page`. Stored kt.kz/rus copies do show
the share line, as 'Рассказать друзьям'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# "Астана. 8 декабря. KAZAKHSTAN TODAY - ": place, date and agency opening the body.
DATELINE = re.compile(
    r"^(?P<place>[^\W\d][\w’'\- ]{1,40}?)\.\s+\d{1,2}\s+[^\W\d]+\.?\s+KAZAKHSTAN\s+TODAY\s*[-–—]\s*",
)


@dataclass(frozen=True)
class Headings:
    """Lines that open a block or carry page furniture, compared case-folded."""

    related: frozenset[str]
    most_viewed: frozenset[str]
    tell_a_friend: frozenset[str]
    photo_prefixes: tuple[str, ...]  # "Фото: akorda.kz" -> the image credit "akorda.kz"


DEFAULT_HEADINGS = Headings(
    related=frozenset(
        {"relevant news", "related news", "read also",  # en
         "читайте также", "похожие новости", "по теме", "еще по теме",  # ru
         "тағы оқыңыз", "ұқсас жаңалықтар", "тақырып бойынша"}  # kk
    ),
    most_viewed=frozenset(
        {"most viewed", "most read", "popular",
         "самое читаемое", "самые читаемые", "популярное", "самое популярное",
         "көп оқылғандар", "ең көп оқылған", "танымал"}
    ),
    tell_a_friend=frozenset({"tell a friend", "рассказать другу", "рассказать друзьям", "досыңызбен бөлісіңіз"}),
    photo_prefixes=("images |", "фото:", "фото |", "сурет:", "фото/сурет:"),
)  # fmt: skip


def photo_credit(line: str, headings: Headings = DEFAULT_HEADINGS) -> str | None:
    """The credit of an image-credit line ('Фото: akorda.kz' -> 'akorda.kz'); None for other lines.
    An empty credit ('Фото:', or the label alone, as kt.kz/eng prints a bare 'Images') gives ''."""
    lowered = line.casefold()
    for prefix in headings.photo_prefixes:
        if lowered.startswith(prefix):
            return line[len(prefix) :].strip()
        if lowered.rstrip(" |:") == prefix.rstrip(" |:"):
            return ""
    return None


def dateline_place(body: str) -> str | None:
    """'Астана. 8 декабря. KAZAKHSTAN TODAY - ...' -> 'Астана'; None when the body opens otherwise."""
    match = DATELINE.match(body)
    return match["place"].strip() if match else None


def dateline_length(body: str) -> int:
    """How many characters of the body the dateline takes (0 without one)."""
    match = DATELINE.match(body)
    return match.end() if match else 0
