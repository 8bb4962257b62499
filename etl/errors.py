"""Errors that carry a reason a person can act on."""

from __future__ import annotations


class PageFormatError(ValueError):
    """Raised by the pure parsers: the text is not a kt.kz page we can read, and why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class NoStampError(PageFormatError):
    """The text has no kt.kz listing stamp: an article file that needs its metadata given."""
