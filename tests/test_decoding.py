"""decode_page: the encodings kt.kz pages come in, and specific reasons for bytes that aren't text."""

from __future__ import annotations

import codecs

import pytest

from etl.errors import PageFormatError
from etl.sites.decoding import decode_page

TEXT = "24.01.2025, 19:16 144911\nKazakhstan’s inflation — Қазақстан\nBody.\n"


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (TEXT.replace("’", "'").replace(" — Қазақстан", " — Казахстан").encode("cp1251"), "cp1251"),
    ],
)
def test_supported_encodings_decode_to_the_same_text(raw: bytes, encoding: str) -> None:
    text, used = decode_page(raw)
    assert used == encoding
    assert text.startswith("24.01.2025, 19:16 144911\n")
    assert not text.startswith("\ufeff")


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file: contains NUL bytes"),
        (bytes(range(1, 31)) * 20, "binary file: decodes as"),
        (TEXT.encode("utf-8")[:-2] + "ә".encode()[:1], "truncated file"),
        (TEXT.encode("utf-8") + b"\xff\xfe broken", "wrong encoding: invalid UTF-8 at byte"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "wrong encoding: UTF-16 byte-order mark"),
        (b"Abc \x98 def", "wrong encoding: not UTF-8, UTF-8 with BOM, UTF-16 or cp1251"),
    ],
)
def test_bad_bytes_are_rejected_with_a_specific_reason(raw: bytes, reason: str) -> None:
    with pytest.raises(PageFormatError, match=reason):
        decode_page(raw)
