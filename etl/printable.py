"""Names and page text made safe to print on one line: a file name or URL is data, never layout."""

from __future__ import annotations


def printable(text: object) -> str:
    """The text with every character that is not printable (newline, tab, escape sequences, bidi
    and zero-width marks) written as its Python escape, as repr() does: a file name with a newline
    stays one line, so it cannot forge a line of a log."""
    text = str(text)
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() else repr(char)[1:-1] for char in text)
