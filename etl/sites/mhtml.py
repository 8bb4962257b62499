"""A page saved as a web archive (MHTML: `.mht`, `.mhtml`) -> the bytes of its HTML document.

A browser's "save as web archive" wraps the page in a MIME message: headers, then the HTML and
every image and style sheet as parts, each in its own transfer encoding (quoted-printable,
base64) and maybe charset. The stdlib's `email` package reads it; the page is the root part
(the `start` the message names, else its first text/html part), which is then read like any
HTML page. Damage is said: a base64 body that is broken, a root part cut short, a declared
charset no codec knows or the bytes do not fit."""

from __future__ import annotations

import base64
import email
import email.message
import re
from collections import Counter
from dataclasses import dataclass

from etl.errors import PageFormatError

# A MIME message opens with header lines ("From: <Saved by Blink>", "MIME-Version: 1.0") and
# declares a multipart body or an HTML one; an HTML or text page never opens like that.
_HEADER_START = re.compile(rb"\s*[A-Za-z][A-Za-z0-9-]*:[ \t]")
_MIME_TYPE = re.compile(rb"^content-type:\s*(?:multipart/related|text/html)\b", re.I | re.M)
_HEADER_BYTES = 8192
# Not of base64's alphabet: a stray one is skipped (the stdlib does too), padding comes off the end.
_NOT_BASE64 = re.compile(rb"[^A-Za-z0-9+/]")
# The stdlib's word for a base64 body whose characters do not come in fours: one was lost or
# added, so what it decodes after that point is shifted noise, not the page.
_MISALIGNED = {"InvalidBase64PaddingDefect", "InvalidBase64LengthDefect"}


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
    html = part.get_payload(decode=True)  # records the body's damage in part.defects
    encoding = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
    if encoding == "base64" and _MISALIGNED & {type(defect).__name__ for defect in part.defects}:
        html = _realigned_base64(part)
    if not isinstance(html, bytes) or not html.strip():
        raise PageFormatError("MHTML web archive whose HTML part is empty")
    notes = []
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


def _realigned_base64(part: email.message.Message) -> bytes:
    """A base64 body whose characters do not come in fours, decoded as far as it is whole: cut
    short at its end, the complete groups before the cut; PageFormatError naming the line when a
    character was lost or added inside it (browsers wrap base64 in lines of one width, so the
    line of another width is where it broke, and all after it would decode to noise)."""
    body = str(part.get_payload()).encode("ascii", "surrogateescape")
    lines = [_NOT_BASE64.sub(b"", line.split(b"=")[0]) for line in body.splitlines()]
    lines = [line for line in lines if line]
    if len(lines) > 1:
        width = Counter(len(line) for line in lines[:-1]).most_common(1)[0][0]
        for number, line in enumerate(lines[:-1], start=1):
            if len(line) != width:
                raise PageFormatError(
                    f"MHTML web archive with broken base64 in its HTML part: line {number} of {len(lines)} "
                    f"has {len(line)} characters where the others have {width} (one lost or added), "
                    "so everything after it decodes to noise; not read"
                )
    joined = b"".join(lines)
    return base64.b64decode(joined[: len(joined) - len(joined) % 4])
