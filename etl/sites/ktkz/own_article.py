"""Which entry of a page is the page's own article, by the title its head declares.

The page parser takes the first stamped entry for the page's own article, as kt.kz prints it.
A page saved with a column of stamped headlines before the article (a news feed, a ticker)
had its first headline taken for it: that headline, with no body, got the page's address, and
the article itself was stored as a plain listing. The head's og:title or <title> names it."""

from __future__ import annotations

import re

# What separates a site's name from the title in a <title>: "Title - Kazakhstan Today".
_SITE_SEPARATOR = re.compile(r"\s+[-–—|:]{1,2}\s+")
# Quotes, dashes and spaces a head and a page may write differently.
_ALIKE = str.maketrans(
    {"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"', "–": "-", "—": "-", "\u00a0": " "}
)


def _normal(title: str) -> str:
    return " ".join(title.translate(_ALIKE).casefold().split()).strip(" .!?")


def declared_forms(declared: str) -> set[str]:
    """The declared title, and what is left of it on either side of each separator (one side
    is the site's name, and the title may hold a dash of its own)."""
    forms = {_normal(declared)}
    for separator in _SITE_SEPARATOR.finditer(declared):
        forms |= {_normal(declared[: separator.start()]), _normal(declared[separator.end() :])}
    return {form for form in forms if form}


def own_entry(declared: str, titles: list[str], bodies: list[bool]) -> int | None:
    """The index of the entry the declared title names, when it is not the first entry and the
    first does not bear it: one with a body, else the first that bears it. None when none does
    (a head naming only the site) or the first entry is the one."""
    forms = declared_forms(declared)
    named = [index for index, title in enumerate(titles) if _normal(title) in forms]
    if not named or 0 in named:
        return None
    with_body = [index for index in named if bodies[index]]
    return (with_body or named)[0]
