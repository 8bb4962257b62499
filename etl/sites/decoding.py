"""Raw bytes -> text, trying the encodings kt.kz pages have been seen in.

Damage that can be undone is undone and said (a note for the page's warnings): a file cut in the
middle of a UTF-8 character is read up to the cut, stray NUL bytes in UTF-8 text are dropped,
UTF-8 text that was once read as Latin-1/cp1252 and saved again (mojibake) is restored."""

from __future__ import annotations

import codecs
import re
import zlib
from dataclasses import dataclass

from etl.errors import PageFormatError
from etl.sites.file_kinds import kind_of_non_page
from etl.sites.lost_letters import lost_letters_note
from etl.sites.mhtml import looks_like_mhtml, unpack_mhtml

# Tried in order: UTF-8 (with or without BOM), UTF-16 (with BOM, or without one when its NUL
# bytes say which byte order), then cp1251, last because it decodes almost any byte string (and
# cp1252 when what cp1251 reads is Latin words with Cyrillic letters inside them).
# A share of control characters above this means the bytes are not text in that encoding.
MAX_CONTROL_SHARE = 0.01
# At most this share of NUL bytes in otherwise valid UTF-8 text is damage, not a binary file.
MAX_STRAY_NUL_SHARE = 0.01
# UTF-16 without a byte-order mark: nearly all its NUL bytes fall on one parity (the high byte
# of ASCII characters), which a binary file's do not.
UTF16_NUL_PARITY = 0.95
# ... and they are many: every space, digit and Latin letter has one (a few stray NULs are damage).
UTF16_MIN_NUL_SHARE = 0.05

# A gzip-compressed page (saved by a downloader that kept the transfer encoding, or a .gz copy)
# is unpacked first, to at most this many bytes: a larger one is a compression bomb, not a page.
MAX_GUNZIPPED_BYTES = 64_000_000
GZIP_MAGIC = b"\x1f\x8b"
# A zlib stream (a page kept with the `Content-Encoding: deflate` it was sent in): 'x' and a byte
# that makes the two a multiple of 31: the three zlib writes at its fastest, default and best
# levels, which no text opens with (its fourth, 'x^', can open text, and is rare).
ZLIB_HEADERS = (b"\x78\x01", b"\x78\x9c", b"\x78\xda")

# The charset an HTML or XML page declares (`<meta charset=…>`, `http-equiv` content, `<?xml …
# encoding=…?>`), honoured for bytes that are not UTF-8: KOI8-R or ISO-8859-5 read as cp1251 are
# Cyrillic letters all the same, wrong ones, with nothing to show it. Latin-1/cp1252 declarations
# are left to the check below, since old Cyrillic pages often declared Latin-1 wrongly.
_DECLARED_CHARSET = re.compile(
    rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]{0,100}?encoding\s*=\s*[\"']([A-Za-z0-9_.:-]+)",
    re.I,
)
_LEFT_TO_GUESS = frozenset(
    ["ascii", "latin-1", "iso8859-1", "cp1252", "utf-8", "utf-16", "utf-16-le", "utf-16-be"]
)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
# A UTF-8 lead byte read as Latin-1/cp1252, then a continuation byte read the same way.
_MOJIBAKE_PAIR = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122]"
)
MIN_MOJIBAKE_PAIRS = 3
_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile("[A-Za-z]")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    notes: tuple[str, ...] = ()  # damage repaired while decoding, for the page's warnings
    url: str | None = None  # where a web archive (MHTML) says the page was saved from


def _looks_like_text(text: str) -> bool:
    if not text:
        return False
    return len(_CONTROL.findall(text)) / len(text) <= MAX_CONTROL_SHARE


def decode_page(raw: bytes) -> tuple[str, str]:
    """(text, encoding used); PageFormatError naming the problem when none fits. See
    decode_with_notes for what was repaired on the way."""
    decoded = decode_with_notes(raw)
    return decoded.text, decoded.encoding


def decode_with_notes(raw: bytes) -> Decoded:
    """The text, the encoding used and what damage was repaired; PageFormatError naming the
    problem when no encoding fits. A gzip file or zlib stream is unpacked and a web archive (MHTML)
    unwrapped first: the encoding then says so ('gzip+utf-8', 'deflate+utf-8', 'mhtml+windows-1251').
    A file whose first bytes say it is no page (an archive, an image, a PDF) is rejected naming it."""
    prefix, url, charset = "", None, None
    notes: tuple[str, ...] = ()
    if raw.startswith(GZIP_MAGIC):  # a compressed page is no damage: its encoding says so
        raw, notes = _gunzip(raw)
        prefix = "gzip+"
    elif raw.startswith(ZLIB_HEADERS):
        raw, notes = _gunzip(raw, zlib.MAX_WBITS, "deflate (zlib) stream")
        prefix = "deflate+"
    if (kind := kind_of_non_page(raw)) is not None:
        raise PageFormatError(kind)
    if looks_like_mhtml(raw):
        archived = unpack_mhtml(raw)
        raw, charset, url = archived.html, archived.charset, archived.url
        prefix, notes = prefix + "mhtml+", (*notes, *archived.notes)
    inner = _decode_as_declared(raw, charset) if charset else _decode(raw)
    decoded = Decoded(inner.text, prefix + inner.encoding, (*notes, *inner.notes), url)
    repaired = _undo_mojibake(decoded.text)
    if repaired is not None:
        note = "mojibake repaired: UTF-8 text had been read as Latin-1/cp1252 and saved again ('Ð°' for 'а')"
        decoded = Decoded(repaired, decoded.encoding, (*decoded.notes, note), url)
    lost = lost_letters_note(decoded.text)  # damage no decoding undoes: said, the text kept
    return decoded if lost is None else Decoded(decoded.text, decoded.encoding, (*decoded.notes, lost), url)


def _decode_as_declared(raw: bytes, charset: str) -> Decoded:
    """Bytes whose web archive part declares their charset: read in it, unless it is one left to
    the guess (see _LEFT_TO_GUESS) or it does not fit (said, and guessed)."""
    try:
        codec = codecs.lookup(charset).name
    except LookupError:
        guessed = _decode(raw)
        note = f"the archived page declares charset {charset!r}, which no codec knows: read as {guessed.encoding}"
        return Decoded(guessed.text, guessed.encoding, (note, *guessed.notes))
    if codec in _LEFT_TO_GUESS:
        return _decode(raw)
    try:
        return _checked(raw.decode(codec), codec)
    except UnicodeDecodeError as error:
        guessed = _decode(raw)
        note = (
            f"the archived page declares charset {charset!r} but byte {error.start} is no {codec}: "
            f"read as {guessed.encoding}"
        )
        return Decoded(guessed.text, guessed.encoding, (note, *guessed.notes))


def _gunzip(
    raw: bytes, wbits: int = 16 + zlib.MAX_WBITS, kind: str = "gzip file"
) -> tuple[bytes, tuple[str, ...]]:
    """The unpacked bytes of a gzip file (or, with other `wbits`, a zlib stream), and a note when
    its stream was cut short (read up to the cut); PageFormatError when the stream is damaged or
    unpacks to more than MAX_GUNZIPPED_BYTES."""
    unpacker = zlib.decompressobj(wbits)
    try:
        data = unpacker.decompress(raw, MAX_GUNZIPPED_BYTES + 1)
    except zlib.error as error:
        raise PageFormatError(f"damaged {kind}: {error}") from None
    if len(data) > MAX_GUNZIPPED_BYTES:
        raise PageFormatError(
            f"{kind} unpacking to more than {MAX_GUNZIPPED_BYTES:,} bytes: a compression bomb, not a page"
        )
    if unpacker.eof:
        return data, ()
    return data, (
        f"truncated {kind}: its stream stops after {len(data):,} unpacked bytes; read up to the cut",
    )


def _decode(raw: bytes) -> Decoded:
    if not raw.strip():
        raise PageFormatError("empty file: no bytes of text")
    has_utf16_bom = raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if b"\x00" in raw and not has_utf16_bom:
        return _with_nul_bytes(raw)
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
        cut = raw[: utf8_error.start]
        try:  # the rest is whole UTF-8: the file was cut short, and what came before is kept
            decoded = _checked(
                cut.decode("utf-8-sig"), "utf-8-sig" if raw.startswith(codecs.BOM_UTF8) else "utf-8"
            )
        except (UnicodeDecodeError, PageFormatError):
            raise PageFormatError("truncated file: ends in the middle of a UTF-8 character") from None
        note = (
            f"truncated file: ends in the middle of a UTF-8 character (byte {utf8_error.start}); "
            "read up to it"
        )
        return Decoded(decoded.text, decoded.encoding, (note,))
    declared = _declared_charset(raw)
    if declared is not None:
        try:
            return _checked(raw.decode(declared), declared)
        except (UnicodeDecodeError, PageFormatError):
            pass  # declared wrongly: read as if nothing were declared
    partly_utf8 = any(ord(ch) > 127 and ch != "\ufffd" for ch in raw.decode("utf-8", errors="replace"))
    if partly_utf8:
        # Valid multi-byte UTF-8 beside invalid bytes: a damaged file, not a cp1251 one.
        raise PageFormatError(
            f"wrong encoding: invalid UTF-8 at byte {utf8_error.start} in an otherwise UTF-8 file"
        )
    try:
        decoded = _checked(raw.decode("cp1251"), "cp1251")
    except UnicodeDecodeError as error:
        raise PageFormatError(
            f"wrong encoding: not UTF-8, UTF-8 with BOM, UTF-16 or cp1251 (byte {error.start})"
        ) from None
    if _latin_words_read_as_cyrillic(decoded.text):
        latin = "".join(_latin_char(byte) for byte in raw)
        note = "Latin-1/cp1252 file: its accented letters sit inside Latin words ('Café'), not Cyrillic ones"
        return Decoded(_checked(latin, "cp1252").text, "cp1252", (note,))
    if (word := _koi8r_read_as_cp1251(decoded.text)) is not None:
        note = (
            "KOI8-R file (no charset declared): read as cp1251 its words were capitals after a small "
            f"letter ({word!r}); read as KOI8-R"
        )
        return Decoded(_checked(raw.decode("koi8-r"), "koi8-r").text, "koi8-r", (note,))
    return decoded


# KOI8-R puts the small Cyrillic letters where cp1251 has its capitals and the reverse, so a
# KOI8-R text read as cp1251 is mostly capitals, its capitalised words a small letter then
# capitals ('бЛЙН' for 'Аким'), which no Russian or Kazakh word is (a cp1251 text in capitals
# has none).
_KOI8R_CASE = re.compile("[а-яё][А-ЯЁ]{2,}")
_CYRILLIC_CAPITAL = re.compile("[А-ЯЁ]")
MIN_KOI8R_WORDS = 3
MIN_KOI8R_CAPITAL_SHARE = 0.6


def _koi8r_read_as_cp1251(text: str) -> str | None:
    """The first word that shows a cp1251 reading of the bytes to be a KOI8-R text's (see
    _KOI8R_CASE), or None when it is not one."""
    words = _KOI8R_CASE.findall(text)
    cyrillic = len(_CYRILLIC.findall(text))
    if (
        len(words) < MIN_KOI8R_WORDS
        or len(_CYRILLIC_CAPITAL.findall(text)) <= cyrillic * MIN_KOI8R_CAPITAL_SHARE
    ):
        return None
    return words[0]


def _declared_charset(raw: bytes) -> str | None:
    """The codec of the charset the page's markup declares in its first 4 KB, when it is one to
    honour (not UTF-8/16, not Latin-1/cp1252: see _LEFT_TO_GUESS) and Python knows it."""
    match = _DECLARED_CHARSET.search(raw[:4096])
    if match is None:
        return None
    try:
        codec = codecs.lookup((match.group(1) or match.group(2)).decode("ascii")).name
    except LookupError:
        return None
    return None if codec in _LEFT_TO_GUESS else codec


def _latin_words_read_as_cyrillic(text: str) -> bool:
    """Whether cp1251 made Latin text's accented letters Cyrillic ('Café' -> 'Cafй'): most words
    with a Cyrillic letter then also hold Latin ones, which Russian or Kazakh words never do."""
    cyrillic = [word for word in _WORD.findall(text) if _CYRILLIC.search(word)]
    mixed = sum(1 for word in cyrillic if _LATIN.search(word))
    return bool(cyrillic) and mixed > len(cyrillic) / 2


def _latin_char(byte: int) -> str:
    """A byte as cp1252 reads it, or as Latin-1 for the five bytes cp1252 leaves undefined."""
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


def _with_nul_bytes(raw: bytes) -> Decoded:
    """Bytes with NULs and no UTF-16 byte-order mark: UTF-16 without its mark, UTF-8 text with a
    few stray NULs (both read), or a binary file (PageFormatError)."""
    nuls = [index for index, byte in enumerate(raw) if byte == 0]
    odd = sum(index % 2 for index in nuls)
    for order, share in (("utf-16-le", odd / len(nuls)), ("utf-16-be", 1 - odd / len(nuls))):
        if len(raw) % 2 == 0 and share >= UTF16_NUL_PARITY and len(nuls) >= len(raw) * UTF16_MIN_NUL_SHARE:
            try:
                text = _checked(raw.decode(order), order).text
            except (UnicodeDecodeError, PageFormatError):
                break
            return Decoded(
                text.removeprefix("\ufeff"),
                order,
                ("UTF-16 without a byte-order mark: read as " + order.upper(),),
            )
    if len(nuls) <= len(raw) * MAX_STRAY_NUL_SHARE:
        try:
            decoded = _checked(raw.replace(b"\x00", b"").decode("utf-8-sig"), "utf-8")
        except (UnicodeDecodeError, PageFormatError):
            pass
        else:
            note = f"{len(nuls)} NUL byte(s) in the text removed (first at byte {nuls[0]})"
            return Decoded(decoded.text, decoded.encoding, (note,))
    raise PageFormatError(
        f"binary file: contains NUL bytes ({len(nuls):,}, the first at byte {nuls[0]}) and no UTF-16 byte-order mark"
    )


def _undo_mojibake(text: str) -> str | None:
    """The text before a Latin-1/cp1252 misreading of its UTF-8 bytes, or None when it shows
    none. Genuine text never round-trips: a real accent ('Café') is no valid UTF-8 sequence once
    re-encoded, and a real Cyrillic letter cannot be re-encoded at all."""
    if len(_MOJIBAKE_PAIR.findall(text)) < MIN_MOJIBAKE_PAIRS:
        return None
    data = bytearray()
    for char in text:
        try:
            data += char.encode("cp1252")
        except UnicodeEncodeError:
            if ord(char) > 0xFF:
                return None
            data.append(ord(char))  # the five bytes cp1252 leaves undefined, kept by Latin-1
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _checked(text: str, encoding: str) -> Decoded:
    if not _looks_like_text(text):
        raise PageFormatError(f"binary file: decodes as {encoding} but is mostly control characters")
    return Decoded(text, encoding)
