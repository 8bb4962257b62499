"""Errors that carry a reason a person can act on."""

from __future__ import annotations


class PageFormatError(ValueError):
    """Raised by the pure parsers: the text is not a kt.kz page we can read, and why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class RejectedPage(Exception):
    """A raw input that was recorded as `rejected` instead of ingested."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
