"""decode_page: the encodings kt.kz pages come in, and specific reasons for bytes that aren't text."""

from __future__ import annotations

import bz2
import codecs
import gzip
import io
import lzma
import zipfile
import zlib

import pytest

from etl.errors import PageFormatError
from etl.sites.decoding import decode_page, decode_with_notes

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
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file: a PNG image, not a page"),
        (b"\x01\x00" * 40, "binary file: contains NUL bytes"),
        (bytes(range(1, 31)) * 20, "binary file: decodes as"),
        (TEXT.encode("utf-8") + b"\xff\xfe broken", "wrong encoding: invalid UTF-8 at byte"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "wrong encoding: UTF-16 byte-order mark"),
        (b"Abc \x98 def", "wrong encoding: not UTF-8, UTF-8 with BOM, UTF-16 or cp1251"),
    ],
)
def test_bad_bytes_are_rejected_with_a_specific_reason(raw: bytes, reason: str) -> None:
    with pytest.raises(PageFormatError, match=reason):
        decode_page(raw)


RU = "08.12.2025, 17:45 51234\nГлава государства подписал закон о бюджете\nТекст.\n"


@pytest.mark.parametrize(
    ("raw", "text", "encoding", "note"),
    [
        (
            TEXT.encode("utf-8")[:-2] + "ә".encode()[:1],
            TEXT[:-2],
            "utf-8",
            "truncated file: ends in the middle of a UTF-8 character",
        ),
        (TEXT.encode("utf-16-le"), TEXT, "utf-16-le", "UTF-16 without a byte-order mark"),
        (RU.encode("utf-16-be"), RU, "utf-16-be", "UTF-16 without a byte-order mark"),
        (  # one stray NUL in a page-sized text (a whole page is hundreds of KB)
            (TEXT + "More text.\n" * 20).encode().replace(b"inflation", b"infla\x00tion"),
            TEXT + "More text.\n" * 20,
            "utf-8",
            "1 NUL byte(s) in the text removed (first at byte 45)",
        ),
        (RU.encode().decode("latin-1").encode(), RU, "utf-8", "mojibake repaired"),
        (RU.encode().decode("cp1251").encode("utf-8"), None, "utf-8", None),  # no mojibake pairs: left alone
    ],
)
def test_damage_that_can_be_undone_is_undone_and_noted(
    raw: bytes, text: str | None, encoding: str, note: str | None
) -> None:
    decoded = decode_with_notes(raw)
    assert decoded.encoding == encoding
    if text is not None:
        assert decoded.text == text
    if note is None:
        assert decoded.notes == ()
    else:
        (said,) = decoded.notes
        assert said.startswith(note)


def test_genuine_accents_and_cyrillic_are_never_taken_for_mojibake() -> None:
    for text in ("Café Olzhas, naïve résumé, Ã la carte — Ä Ö Ü", RU, TEXT):
        assert decode_with_notes(text.encode()).text == text


def test_a_latin_1_file_is_not_read_as_cyrillic() -> None:
    text = "24.01.2025, 19:16 144911\nCafé owners in Almaty expect a naïve rush, says the ministry\nBody.\n"
    decoded = decode_with_notes(text.encode("latin-1"))
    assert (decoded.text, decoded.encoding) == (text, "cp1252")
    (note,) = decoded.notes
    assert note.startswith("Latin-1/cp1252 file")
    russian = "24.01.2025, 19:16 144911\nКазахстан: кафе в Алматы, CNN и BBC\nТекст.\n"
    assert decode_with_notes(russian.encode("cp1251")).encoding == "cp1251"  # Latin words apart are fine


def test_a_gzip_compressed_page_is_unpacked_and_its_encoding_says_so() -> None:
    """A page saved still gzip-compressed (a downloader that kept the transfer encoding, a .gz
    copy) was rejected as a binary file; it is the page, compressed."""
    import gzip

    for raw, encoding in ((TEXT.encode("utf-8"), "gzip+utf-8"), (TEXT.encode("utf-16"), "gzip+utf-16")):
        decoded = decode_with_notes(gzip.compress(raw))
        assert (decoded.text, decoded.encoding, decoded.notes) == (TEXT, encoding, ())


def test_a_cut_gzip_stream_is_read_up_to_the_cut_and_a_damaged_or_huge_one_rejected(monkeypatch) -> None:
    import gzip

    from etl.sites import decoding

    packed = gzip.compress((TEXT + "More text on the page.\n" * 2000).encode())
    cut = decode_with_notes(packed[: len(packed) // 2])
    assert cut.text.startswith(TEXT)
    (note,) = cut.notes
    assert note.startswith("truncated gzip file: its stream stops after")
    with pytest.raises(PageFormatError, match="damaged gzip file"):
        decode_page(packed[:10] + b"not deflate data at all")
    monkeypatch.setattr(decoding, "MAX_GUNZIPPED_BYTES", 1000)
    with pytest.raises(PageFormatError, match="gzip file unpacking to more than 1,000 bytes"):
        decode_page(packed)


@pytest.mark.parametrize(
    ("declared", "codec"), [("koi8-r", "koi8-r"), ("ISO-8859-5", "iso8859-5"), ("cp866", "cp866")]
)
def test_a_cyrillic_charset_the_markup_declares_is_honoured(declared: str, codec: str) -> None:
    """KOI8-R (or ISO-8859-5) bytes read as cp1251 are Cyrillic letters all the same, wrong ones,
    or were rejected as 'invalid UTF-8 in an otherwise UTF-8 file'; the page says its charset."""
    for head in (
        f'<meta charset="{declared}">',
        f'<meta http-equiv="Content-Type" content="text/html; charset={declared}">',
    ):
        page = f"<html><head>{head}</head><body><p>{RU}</p></body></html>"
        decoded = decode_with_notes(page.encode(codec))
        assert (decoded.text, decoded.encoding, decoded.notes) == (page, codec, ())


def test_a_latin_1_declaration_on_cyrillic_bytes_is_not_trusted() -> None:
    """Old Cyrillic pages often declared Latin-1 wrongly: that case stays with the cp1251 check."""
    page = f'<html><head><meta charset="iso-8859-1"></head><body><p>{RU}</p></body></html>'
    assert decode_page(page.encode("cp1251")) == (page, "cp1251")


def _zip(member: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("page.html", member)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (_zip(TEXT.encode()), "binary file: a ZIP archive .*unpack it and give the pages inside"),
        (gzip.compress(_zip(TEXT.encode())), "binary file: a ZIP archive"),
        (bz2.compress(TEXT.encode()), "binary file: a bzip2-compressed file.*bunzip2"),
        (lzma.compress(TEXT.encode()), "binary file: an xz-compressed file"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file: a PDF document"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "binary file: a JPEG image"),
        (b"GIF89a\x01\x00\x01\x00", "binary file: a GIF image"),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "binary file: a WebP image"),
        (b"\x00" * 4096, r"binary file: nothing but NUL bytes \(4,096\).*never written"),
    ],
)
def test_files_that_are_no_page_are_named_by_their_kind(raw: bytes, reason: str) -> None:
    """They were 'binary file: contains NUL bytes', or for a PDF or JPEG with no NUL early on,
    text 'in the wrong encoding': nothing said what the file was or what to do with it."""
    with pytest.raises(PageFormatError, match=reason):
        decode_page(raw)


def test_a_page_kept_as_a_zlib_stream_is_unpacked() -> None:
    """A page saved with the `Content-Encoding: deflate` it was sent in (a zlib stream) was
    rejected as a binary file or decoded to noise."""
    decoded = decode_with_notes(zlib.compress(TEXT.encode()))
    assert (decoded.text, decoded.encoding, decoded.notes) == (TEXT, "deflate+utf-8", ())
    cut = decode_with_notes(zlib.compress(TEXT.encode() * 50)[:60])
    assert cut.notes and cut.notes[0].startswith("truncated deflate (zlib) stream")


@pytest.mark.parametrize("text", ["BZh words at the start", "x marks the spot", "GIF87 is a format name"])
def test_text_opening_like_a_signature_is_still_text(text: str) -> None:
    assert decode_page(text.encode()) == (text, "utf-8")


RU_PAGE = (
    RU
    + "Астана. 8 декабря. KAZAKHSTAN TODAY - Закон вступает в силу с 1 января. Об этом сообщили в Акорде.\n"
)


def test_a_koi8r_file_without_a_declared_charset_is_read_as_koi8r() -> None:
    """It was read as cp1251 and stored as Cyrillic gibberish ('зМБЧБ ЗПУХДБТУФЧБ' for 'Глава
    государства'), with nothing to show it: every byte is a letter in both."""
    decoded = decode_with_notes(RU_PAGE.encode("koi8-r"))
    assert (decoded.text, decoded.encoding) == (RU_PAGE, "koi8-r")
    assert decoded.notes and decoded.notes[0].startswith("KOI8-R file (no charset declared)")


@pytest.mark.parametrize(
    "text", [RU, RU.upper(), "08.12.2025, 17:45 51234\nНОВОСТИ ДНЯ. Иван ПЕТРОВ сказал.\n"]
)
def test_cp1251_text_in_capitals_is_not_taken_for_koi8r(text: str) -> None:
    assert decode_page(text.encode("cp1251")) == (text, "cp1251")


KK_PAGE = "05.01.2025, 16:20 7400\nОблыста 5 жаңа балабақша ашылды\nОларға 1,2 млрд теңге жұмсалды.\n"


def test_a_kazakh_page_saved_in_cp1251_says_its_words_lost_letters() -> None:
    """cp1251 has no ң, қ, ұ...: the editor wrote '?' for each ('жа?а балаба?ша'), and the page
    was stored so with no word of it."""
    decoded = decode_with_notes(KK_PAGE.encode("cp1251", errors="replace"))
    assert decoded.text == KK_PAGE.encode("cp1251", errors="replace").decode("cp1251")
    (note,) = decoded.notes
    assert note.startswith("5 word(s) have '?' or '\ufffd' in place of a letter (the first 'жа?а')")


@pytest.mark.parametrize(
    "text",
    [KK_PAGE, "08.12.2025, 17:45 5\nЧто дальше? Куда?\nВопрос?Ответ на сайте?\n", "Ask? Why?it is\n"],
)
def test_question_marks_of_the_text_are_no_lost_letters(text: str) -> None:
    assert decode_with_notes(text.encode()).notes == ()
