"""Raw bytes -> text, trying the encodings kt.kz pages have been seen in."""

from __future__ import annotations

import codecs
import re

from etl.errors import PageFormatError

# Tried in order: UTF-8 (with or without BOM), UTF-16 (with BOM), then cp1251, last
# because it decodes almost any byte string.
# A share of control characters above this means the bytes are not text in that encoding.
MAX_CONTROL_SHARE = 0.01


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def _looks_like_text(text: str) -> bool:
    if not text:
        return False
    return len(_CONTROL.findall(text)) / len(text) <= MAX_CONTROL_SHARE


def decode_page(raw: bytes) -> tuple[str, str]:
    """(text, encoding used); PageFormatError naming the problem when none fits."""
    if not raw.strip():
        raise PageFormatError("empty file: no bytes of text")
    has_utf16_bom = raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if b"\x00" in raw and not has_utf16_bom:
        raise PageFormatError("binary file: contains NUL bytes and no UTF-16 byte-order mark")
    try:
        return _checked(raw.decode("utf-8-sig"), "utf-8-sig" if raw.startswith(codecs.BOM_UTF8) else "utf-8")
    except UnicodeDecodeError as error:
        utf8_error = error
    if has_utf16_bom:
        try:
            return _checked(raw.decode("utf-16"), "utf-16")
        except UnicodeDecodeError as error:
            raise PageFormatError(
                f"wrong encoding: UTF-16 byte-order mark but invalid UTF-16 ({error.reason})"
            ) from None
    if utf8_error.reason == "unexpected end of data" and utf8_error.end >= len(raw):
        raise PageFormatError("truncated file: ends in the middle of a UTF-8 character")
    partly_utf8 = any(ord(ch) > 127 and ch != "\ufffd" for ch in raw.decode("utf-8", errors="replace"))
    if partly_utf8:
        # Valid multi-byte UTF-8 beside invalid bytes: a damaged file, not a cp1251 one.
        raise PageFormatError(
            f"wrong encoding: invalid UTF-8 at byte {utf8_error.start} in an otherwise UTF-8 file"
        )
    try:
        return _checked(raw.decode("cp1251"), "cp1251")
    except UnicodeDecodeError as error:
        raise PageFormatError(
            f"wrong encoding: not UTF-8, UTF-8 with BOM, UTF-16 or cp1251 (byte {error.start})"
        ) from None


def _checked(text: str, encoding: str) -> tuple[str, str]:
    if not _looks_like_text(text):
        raise PageFormatError(f"binary file: decodes as {encoding} but is mostly control characters")
    return text, encoding
