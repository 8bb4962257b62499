"""Metadata given by hand for an article file without a kt.kz stamp: `ktpulse add` options or
the FILE.meta.json sidecar that `refresh` reads beside FILE (pure: bytes in, record out)."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from datetime import date, datetime, time
from urllib.parse import urlsplit

from etl.errors import PageFormatError

SIDECAR_SUFFIX = ".meta.json"  # story.txt -> story.txt.meta.json
KEYS = ("published", "time", "title", "url", "source")
_TIME = re.compile(r"(?P<H>\d{1,2}):(?P<M>\d{2})")


@dataclass(frozen=True)
class ArticleMeta:
    published: date
    time: time | None = None  # None: the time of day is unknown (published_at is midnight)
    title: str | None = None  # None: the file's first line (an HTML file's <h1> or <title>)
    url: str | None = None
    source: str | None = None  # the original publisher (Kazinform, Akorda, primeminister.kz...)

    @property
    def published_at(self) -> datetime:
        return datetime.combine(self.published, self.time or time(0, 0))

    def to_json(self) -> str:
        """The sidecar's text: the given keys only, dates in ISO form."""
        fields = {key: value for key, value in asdict(self).items() if value is not None}
        fields["published"] = self.published.isoformat()
        if self.time is not None:
            fields["time"] = f"{self.time:%H:%M}"
        return json.dumps(fields, ensure_ascii=False, indent=2) + "\n"


def article_meta(
    published: str,
    time_of_day: str | None = None,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
) -> ArticleMeta:
    """Validated metadata; ValueError saying which value is wrong and what is expected."""
    try:
        moment = datetime.fromisoformat(published.strip())
    except ValueError:
        raise ValueError(f"published: {published!r} is not a date (YYYY-MM-DD)") from None
    at = moment.time() if "T" in published or " " in published.strip() else None
    if time_of_day is not None:
        match = _TIME.fullmatch(time_of_day.strip())
        if not match or int(match["H"]) > 23 or int(match["M"]) > 59:
            raise ValueError(f"time: {time_of_day!r} is not a time of day (HH:MM)")
        at = time(int(match["H"]), int(match["M"]))
    if url is not None and (urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).netloc):
        raise ValueError(f"url: {url!r} is not an http(s) address")
    for name, value in (("title", title), ("source", source)):
        if value is not None and not value.strip():
            raise ValueError(f"{name}: empty")
    return ArticleMeta(moment.date(), at, title and title.strip(), url, source and source.strip())  # fmt: skip


def parse_sidecar(raw: bytes, name: str) -> ArticleMeta:
    """The metadata of a sidecar file's bytes; PageFormatError naming the file and the problem."""
    try:
        fields = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as error:
        raise PageFormatError(f"{name}: not a JSON file ({error})") from None
    if not isinstance(fields, dict):
        raise PageFormatError(f"{name}: expected a JSON object with keys {', '.join(KEYS)}")
    unknown = sorted(set(fields) - set(KEYS))
    if unknown:
        raise PageFormatError(f"{name}: unknown key(s) {', '.join(unknown)}; the keys are {', '.join(KEYS)}")
    if not isinstance(fields.get("published"), str):
        raise PageFormatError(f'{name}: no "published" date (YYYY-MM-DD)')
    if any(not isinstance(value, str) for value in fields.values()):
        raise PageFormatError(f"{name}: every value must be a string")
    try:
        return article_meta(
            fields["published"],
            fields.get("time"),
            fields.get("title"),
            fields.get("url"),
            fields.get("source"),
        )
    except ValueError as error:
        raise PageFormatError(f"{name}: {error}") from None
