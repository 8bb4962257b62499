"""Stable ids: the same article gets the same id on every page and in every run."""

from __future__ import annotations

import hashlib
import unicodedata
from datetime import datetime

# Typographic variants kt.kz uses interchangeably for the same title.
_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})


def normalise_title(title: str) -> str:
    """Case-, quote- and spacing-insensitive form of a title."""
    folded = unicodedata.normalize("NFKC", title).translate(_FOLD).casefold()
    return " ".join(folded.split())


def article_id(published_at: datetime, title: str) -> str:
    """16 hex digits from the publication *date* and the normalised title.

    The date, not the minute, so that a date-only stamp and a full stamp of the same
    article agree.
    """
    key = f"{published_at:%Y-%m-%d}|{normalise_title(title)}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def story_id(published_at: datetime, title: str) -> str:
    """16 hex digits from the publication *minute* and the normalised title: the id of a second
    story of one day under one title, which its minute tells apart from the story read first
    (that one keeps `article_id`; etl/store/stamp_clashes.py)."""
    key = f"{published_at:%Y-%m-%d %H:%M}|{normalise_title(title)}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def content_id(raw: bytes) -> str:
    """The full SHA-256 of a raw input; its first 16 hex digits are the page id."""
    return hashlib.sha256(raw).hexdigest()
