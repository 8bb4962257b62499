"""A page saved as a web archive (MHTML: `.mht`, `.mhtml`) -> the bytes of its HTML document.

A browser's "save as web archive" wraps the page in a MIME message: headers, then the HTML and
every image and style sheet as parts, each in its own transfer encoding (quoted-printable,
base64) and maybe charset. The stdlib's `email` package reads it; the page is the root part
(the `start` the message names, else its first text/html part), which is then read like any
HTML page. Damage is said: a base64 body that is broken, a root part cut short, a declared
charset no codec knows or the bytes do not fit."""

from __future__ import annotations

import email
import email.message
import re
from dataclasses import dataclass

from etl.errors import PageFormatError

# A MIME message opens with header lines ("From: <Saved by Blink>", "MIME-Version: 1.0") and
# declares a multipart body or an HTML one; an HTML or text page never opens like that.
_HEADER_START = re.compile(rb"\s*[A-Za-z][A-Za-z0-9-]*:[ \t]")
_MIME_TYPE = re.compile(rb"^content-type:\s*(?:multipart/related|text/html)\b", re.I | re.M)
_HEADER_BYTES = 8192


@dataclass(frozen=True)
class ArchivedPage:
    html: bytes  # the root HTML part, its transfer encoding undone
    charset: str | None  # the charset its part declares, if any
    url: str | None  # where the archive says the page was saved from
    notes: tuple[str, ...] = ()  # damage read around, for the page's warnings


def looks_like_mhtml(raw: bytes) -> bool:
    """Whether the bytes are a MIME message holding a page (a web archive)."""
    head = raw[:_HEADER_BYTES]
    header_end = re.search(rb"\r?\n\r?\n", head)
    headers = head[: header_end.start()] if header_end else head
    return _HEADER_START.match(head) is not None and _MIME_TYPE.search(headers) is not None


def _root_part(message: email.message.Message) -> tuple[email.message.Message, bool] | None:
    """The page's part and whether it is the archive's last part (the one a cut file loses)."""
    parts = [part for part in message.walk() if not part.is_multipart()]
    start = message.get_param("start")
    named = [part for part in parts if isinstance(start, str) and part.get("Content-ID") == start]
    html = named or [part for part in parts if part.get_content_type() == "text/html"]
    if not html:
        return None
    return html[0], html[0] is parts[-1]


def unpack_mhtml(raw: bytes) -> ArchivedPage:
    """The HTML document of a web archive, its declared charset and its address;
    PageFormatError when the archive holds no HTML part."""
    message = email.message_from_bytes(raw)
    found = _root_part(message)
    if found is None:
        kinds = sorted({part.get_content_type() for part in message.walk() if not part.is_multipart()})
        raise PageFormatError(
            "MHTML web archive with no text/html part"
            + (f" (its parts: {', '.join(kinds)})" if kinds else "")
        )
    part, last = found
    html = part.get_payload(decode=True)
    if not isinstance(html, bytes) or not html.strip():
        raise PageFormatError("MHTML web archive whose HTML part is empty")
    notes = []
    encoding = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
    if part.defects:
        names = ", ".join(sorted({type(defect).__name__ for defect in part.defects}))
        notes.append(
            f"MHTML web archive: its HTML part's {encoding or 'body'} is damaged ({names}); read as decoded"
        )
    if last and any(type(defect).__name__ == "CloseBoundaryNotFoundDefect" for defect in message.defects):
        notes.append("truncated MHTML web archive: its HTML part has no closing boundary; read up to the cut")
    url = (
        message.get("Snapshot-Content-Location")
        or part.get("Content-Location")
        or message.get("Content-Location")
    )
    return ArchivedPage(html, part.get_content_charset(), str(url).strip() if url else None, tuple(notes))
