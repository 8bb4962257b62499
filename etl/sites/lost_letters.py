"""Letters a copy lost before it reached us: replaced by '?' or U+FFFD inside words.

A Kazakh page saved in cp1251 (Notepad's "ANSI" on a Russian Windows) has no byte for ә, ғ, қ,
ң, ө, ұ, ү, һ, і: the editor writes '?' for each ('жа?а' for 'жаңа'); a tool that met bytes it
could not decode writes U+FFFD. Nothing can restore them, so the text is stored as read, but
the page says so: a title or a figure's word may be wrong."""

from __future__ import annotations

import re

# A '?' or U+FFFD inside a Cyrillic word: after a letter and before one, or opening a word of
# two letters more ('?аза?стан'). A question mark ends a word; it never sits inside one.
_LOST = re.compile(
    "(?<=[\u0400-\u04ff])[?\ufffd](?=[\u0400-\u04ff])|(?<![\\w?\ufffd])[?\ufffd](?=[\u0400-\u04ff]{2})"
)
_WORD_AROUND = re.compile("[\\w?\ufffd]+")
# One such word can be a typo; two or more are a save that lost its letters.
MIN_LOST_WORDS = 2


def lost_letters_note(text: str) -> str | None:
    """A warning naming how many words lost letters, with the first, or None."""
    found = list(_LOST.finditer(text))
    if not found:
        return None
    words = {word for match in found if (word := _word_at(text, match.start())) is not None}
    if len(words) < MIN_LOST_WORDS:
        return None
    first = _word_at(text, found[0].start())
    return (
        f"{len(words)} word(s) have '?' or '\ufffd' in place of a letter (the first {first!r}): the copy "
        "was saved in an encoding without those letters (Kazakh ә, қ, ң, ө, ұ, ү, і in cp1251?); "
        "stored as read, they cannot be restored"
    )


def _word_at(text: str, position: int) -> str | None:
    for word in _WORD_AROUND.finditer(text, max(0, position - 40), position + 40):
        if word.start() <= position < word.end():
            return word.group(0)
    return None
