"""Files that are no page, known by their first bytes: archives, images, documents, databases.

Such a file was rejected as 'binary file: contains NUL bytes' (or, with no NUL in its first
bytes, as text in the wrong encoding), which does not say what it is nor what to do with it.
Knowing the kind lets the message say: a ZIP archive is unpacked and its pages given instead."""

from __future__ import annotations

# (first bytes, what the file is, what to do); the first match wins.
_SIGNATURES: tuple[tuple[bytes, str, str], ...] = (
    (
        b"PK\x03\x04",
        "a ZIP archive (or a .docx/.xlsx/.epub, which are ZIP files)",
        "unpack it and give the pages inside",
    ),
    (b"PK\x05\x06", "an empty ZIP archive", "it holds no page"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive", "unpack it and give the pages inside"),
    (b"Rar!\x1a\x07", "a RAR archive", "unpack it and give the pages inside"),
    (b"\xfd7zXZ\x00", "an xz-compressed file", "unpack it (unxz) and give the page"),
    (b"\x28\xb5\x2f\xfd", "a Zstandard-compressed file", "unpack it (unzstd) and give the page"),
    (b"%PDF-", "a PDF document", "save the article as HTML or text instead"),
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "an old Microsoft Office document (.doc/.xls)",
        "save it as HTML or text",
    ),
    (b"\x89PNG\r\n\x1a\n", "a PNG image", "save the page's text or HTML instead"),
    (b"\xff\xd8\xff", "a JPEG image", "save the page's text or HTML instead"),
    (b"GIF87a", "a GIF image", "save the page's text or HTML instead"),
    (b"GIF89a", "a GIF image", "save the page's text or HTML instead"),
    (b"SQLite format 3\x00", "an SQLite database", "it is no page"),
)
# bzip2 opens with 'BZh' and its block size, a digit 1-9, then a block's own magic (pi's digits).
_BZIP2 = b"BZh"
_BZIP2_BLOCK = b"\x31\x41\x59\x26\x53\x59"


def kind_of_non_page(raw: bytes) -> str | None:
    """'binary file: <what it is>, not a page: <what to do>' when the first bytes name a kind of
    file that is no page (an archive, an image, a PDF...), or when the file holds nothing but NUL
    bytes; None otherwise."""
    for signature, kind, action in _SIGNATURES:
        if raw.startswith(signature):
            return f"binary file: {kind}, not a page: {action}"
    if raw.startswith(_BZIP2) and raw[4:10] == _BZIP2_BLOCK:
        return "binary file: a bzip2-compressed file, not a page: unpack it (bunzip2) and give the page"
    if raw.startswith(b"RIFF") and raw[8:12] == b"WEBP":
        return "binary file: a WebP image, not a page: save the page's text or HTML instead"
    if raw and not raw.strip(b"\x00"):
        return (
            f"binary file: nothing but NUL bytes ({len(raw):,}), not a page: a file made but never "
            "written (a download or copy that did not finish?)"
        )
    return None
