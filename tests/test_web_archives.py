"""Pages saved as web archives (MHTML, `.mht`/`.mhtml`) are read like the HTML they hold: its
transfer encoding undone, its charset honoured, its address kept; a damaged archive says what."""

from __future__ import annotations

import base64
import quopri
from pathlib import Path

import duckdb
import pytest

from etl.errors import PageFormatError
from etl.pipeline.refresh import refresh
from etl.sites import parse
from tests.conftest import SAMPLE_OBSERVED_AT

SAMPLE_HTML = (Path(__file__).parent / "fixtures" / "kt_page_sample.html").read_bytes()
URL = "https://kt.kz/eng/economy/sample_page"
BOUNDARY = "----MultipartBoundary--k7Q----"


def _part(body: bytes, content_type: str, transfer: str) -> bytes:
    encoded = quopri.encodestring(body) if transfer == "quoted-printable" else base64.encodebytes(body)
    return (
        f"--{BOUNDARY}\r\nContent-Type: {content_type}\r\nContent-Transfer-Encoding: {transfer}\r\n"
        f"Content-Location: {URL}\r\n\r\n"
    ).encode() + encoded.replace(b"\n", b"\r\n")


def web_archive(
    html: bytes,
    content_type: str = "text/html",
    transfer: str = "quoted-printable",
    others: tuple[bytes, ...] = (),
    closed: bool = True,
) -> bytes:
    """An archive as a browser saves one: headers, the page's part, then its images."""
    head = (
        f"From: <Saved by Blink>\r\nSnapshot-Content-Location: {URL}\r\nSubject: A page\r\n"
        f'MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n'
        f'\tboundary="{BOUNDARY}"\r\n\r\n\r\n'
    ).encode()
    parts = [_part(html, content_type, transfer), *others]
    return head + b"\r\n".join(parts) + (f"\r\n--{BOUNDARY}--\r\n".encode() if closed else b"")


PNG = _part(b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "image/png", "base64")


def _listings(raw: bytes) -> list[tuple]:
    return [(a.published_at, a.views, a.title, a.placement, a.body) for a in parse(raw).page.listings]


@pytest.mark.parametrize("transfer", ["quoted-printable", "base64"])
def test_a_web_archive_reads_as_the_page_it_holds(transfer: str) -> None:
    """An .mht page was named an unsupported file and not read."""
    parsed = parse(web_archive(SAMPLE_HTML, transfer=transfer, others=(PNG,)))
    assert _listings(web_archive(SAMPLE_HTML, transfer=transfer)) == _listings(SAMPLE_HTML)
    assert (parsed.encoding, parsed.url, parsed.page.warnings) == ("mhtml+utf-8", URL, ())


RUSSIAN_PAGE = (
    "<html><body><div>23.12.2024, 09:42 183916</div><h2>Бектенов представил нового вице-министра</h2>"
    "<p>Новый вице-министр национальной экономики приступил к работе.</p></body></html>"
)


def test_the_charset_the_archive_declares_for_its_page_is_honoured() -> None:
    """KOI8-R bytes guessed as cp1251 are Cyrillic letters all the same, wrong ones."""
    parsed = parse(web_archive(RUSSIAN_PAGE.encode("koi8-r"), 'text/html; charset="koi8-r"', "base64"))
    assert parsed.encoding == "mhtml+koi8-r"
    assert parsed.page.listings[0].title == "Бектенов представил нового вице-министра"


@pytest.mark.parametrize(
    ("charset", "note"),
    [
        (
            "x-unknown-9",
            "the archived page declares charset 'x-unknown-9', which no codec knows: read as utf-8",
        ),
        ("euc-jp", "the archived page declares charset 'euc-jp' but byte"),
    ],
)
def test_a_charset_that_does_not_fit_is_said_and_the_encoding_guessed(charset: str, note: str) -> None:
    parsed = parse(web_archive(SAMPLE_HTML, f'text/html; charset="{charset}"'))
    assert parsed.page.warnings[0].startswith(note)
    assert _listings(web_archive(SAMPLE_HTML, f'text/html; charset="{charset}"')) == _listings(SAMPLE_HTML)


def test_a_damaged_or_cut_archive_is_read_as_far_as_it_goes_and_says_so() -> None:
    broken = web_archive(SAMPLE_HTML, transfer="base64").replace(b"PCFET0NU", b"PCF!ET0NU", 1)
    assert (
        parse(broken)
        .page.warnings[0]
        .startswith("MHTML web archive: its HTML part's base64 is damaged (InvalidBase64")
    )
    cut = web_archive(SAMPLE_HTML[: len(SAMPLE_HTML) * 3 // 4], closed=False)
    warnings = parse(cut).page.warnings
    assert (
        warnings[0]
        == "truncated MHTML web archive: its HTML part has no closing boundary; read up to the cut"
    )
    assert not any(
        "closing boundary" in w
        for w in parse(web_archive(SAMPLE_HTML, others=(PNG,), closed=False)).page.warnings
    )


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (
            web_archive(b"\x89PNG", "image/png", "base64"),
            "MHTML web archive with no text/html part (its parts: image/png)",
        ),
        (web_archive(b"   \r\n"), "MHTML web archive whose HTML part is empty"),
    ],
)
def test_an_archive_without_a_page_is_rejected_with_its_reason(raw: bytes, reason: str) -> None:
    with pytest.raises(PageFormatError) as error:
        parse(raw)
    assert error.value.reason == reason


def test_refresh_reads_mht_and_mhtml_files_and_keeps_the_archived_address(tmp_path: Path) -> None:
    (tmp_path / "page.mht").write_bytes(web_archive(SAMPLE_HTML))
    (tmp_path / "copy.MHTML").write_bytes(web_archive(SAMPLE_HTML, transfer="base64", others=(PNG,)))
    (tmp_path / "empty.mhtml").write_bytes(web_archive(b"\x89PNG", "image/png", "base64"))
    summary = refresh(tmp_path / "s.duckdb", [tmp_path], observed_at=SAMPLE_OBSERVED_AT, workers=1)
    assert (summary.files_ingested, summary.not_pages, summary.warnings) == (2, [], [])
    ((where, reason),) = summary.rejected
    assert (Path(where).name, reason) == (
        "empty.mhtml",
        "MHTML web archive with no text/html part (its parts: image/png)",
    )
    with duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True) as con:
        rows = con.execute("SELECT encoding, url FROM pages WHERE status = 'ok' ORDER BY location").fetchall()
    assert rows == [("mhtml+utf-8", URL), ("mhtml+utf-8", URL)]


def _base64_lines(raw: bytes) -> tuple[list[bytes], int]:
    """The archive's lines and the index of its HTML part's sixth base64 line (all full width)."""
    lines = raw.split(b"\r\n")
    return lines, [n for n, line in enumerate(lines) if len(line) == 76][5]


@pytest.mark.parametrize(("change", "width"), [(lambda line: line[:-1], 75), (lambda line: line + b"A", 77),
                                               (lambda line: line[:10] + b"!" + line[11:], 75)])  # fmt: skip
def test_base64_broken_inside_the_page_is_rejected_naming_the_encoding_and_the_file(
    tmp_path: Path, change, width: int
) -> None:
    """One character lost, added or replaced by a stray one shifts every group after it: the page
    decodes to noise, which was rejected as 'wrong encoding' or 'no listing stamp'."""
    lines, broken = _base64_lines(web_archive(SAMPLE_HTML, transfer="base64"))
    lines[broken] = change(lines[broken])
    (tmp_path / "saved.mhtml").write_bytes(b"\r\n".join(lines))
    summary = refresh(tmp_path / "s.duckdb", [tmp_path], observed_at=SAMPLE_OBSERVED_AT, workers=1)
    ((where, reason),) = summary.rejected
    assert Path(where).name == "saved.mhtml"
    # the sixth line of the part's body, counted as a reader of the part would
    assert reason.startswith("MHTML web archive with broken base64 in its HTML part: line 6 of ")
    assert f"has {width} characters where the others have 76 (one lost or added)" in reason


def test_base64_cut_mid_group_is_read_up_to_the_cut() -> None:
    """A file cut where its base64 leaves one character of a group was decoded by nobody (the
    stdlib hands back the base64 text itself), then rejected as having no listing stamp."""
    whole = web_archive(SAMPLE_HTML, transfer="base64", closed=False)
    lines, line = _base64_lines(whole)
    cut = b"\r\n".join(lines[: line + 200]) + b"\r\n" + lines[line + 200][:1]
    parsed = parse(cut)
    assert parsed.page.listings[0].title == parse(SAMPLE_HTML).page.listings[0].title
    assert "truncated MHTML web archive: its HTML part has no closing boundary; read up to the cut" in (
        parsed.page.warnings
    )
