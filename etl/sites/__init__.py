"""Page layouts: raw page bytes -> Page (pure). One package per site layout.

`parse` is the one entry point: `refresh` (through transform/ingest.py) and `ktpulse eval
--page` both read a page through it, so a file one accepts the other accepts too.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from etl.sites.decoding import decode_with_notes
from etl.sites.html import html_notes, html_to_text, looks_like_html
from etl.sites.ktkz.pages import parse_page
from etl.sites.model import Page
from etl.sites.page_head import declared_title, saved_page_url

# Bump when what a page parses to changes (titles, bodies, placements, sources, stamps): a store
# built by another version re-reads every raw file still on disk at the next refresh.
# 2026-11-26: mid-article copies, bare 'Images' lines, Russian/Kazakh publisher credits.
# 2026-11-26b: credits kept as written (source_credit); government committees, agencies and akimats
# read by their one name.
# 2026-11-26c: a count that is no count (signed, absurd, in digit groups) no longer drops its stamp.
# 2026-11-26d: a block heading glued to the line before; articles after the Most viewed block.
# 2026-11-26e: cut files and HTML read up to the cut; UTF-16 without its mark, stray NULs, mojibake.
# 2026-11-26f: a line opening with a date after a copyright line is reported (a cut stamp).
# 2026-11-26g: a Latin-1/cp1252 file is no longer read as cp1251 (accents made Cyrillic).
# 2026-11-26h: a page whose own article lost its body (other entries kept theirs) says so.
# 2026-11-26i: publishers the Russian edition credits in Russian (People's Daily, First Credit
#   Bureau) are shown by their English names.
# 2026-11-26j: "..., the Akorda press service said (on Jan. 4)." credits a body that said it (never a
#   person); "the Finance Ministry's press service" is the ministry's; a story under the agency's own
#   dateline ("Астана. 28 января. KAZAKHSTAN TODAY –") credits Kazakhstan Today.
# 2026-11-26k: a date alone inside a body is text, not a stamp; counts grouped with thin spaces,
#   on the line after their stamp, or grouped in the Most viewed block; XHTML and HTML fragments;
#   gzip-compressed pages unpacked (they were rejected as binary); a stamp's time after a space or
#   a bar (`DD.MM.YYYY HH:MM`), or with seconds; a count glued to the time (`09:42183916`).
#   A Cyrillic charset an HTML page declares (KOI8-R, ISO-8859-5, cp866) is honoured.
# 2026-11-26l: a data table's row is one line, its cells joined by " | " (each cell was a line of
#   its own, so a figure lost its row and column); a table used for layout reads as before. A text
#   copy's row of tab-separated cells is joined the same way (a tab was read as a space).
# 2026-11-26m: stamps written another way are read (glued `23.12.202409:42`, ISO, two-digit years,
#   unambiguous slashes; an ambiguous one is named as such), and labelled view counts. Web archives
#   (.mht/.mhtml) are unwrapped and read as the HTML they hold (they were not read at all). A
#   table's cells spanning rows or columns (rowspan/colspan) are spread over the grid they cover;
#   a text copy's row opening with a tab keeps that empty first cell (a header's corner).
# 2026-11-27a: an added article's language follows the edition its sidecar's URL names (kt.kz/kaz,
#   /rus), as a fetched page's does from its fetch record (the text decided it alone).
# 2026-11-27b: a web archive whose base64 lost or gained a character is rejected naming the
#   broken line (it decoded to noise, rejected as 'wrong encoding' or 'no listing stamp'); one cut
#   inside a base64 group is read up to the cut (it was not decoded at all).
# 2026-11-27c: an HTML page cut inside a tag ('<p cla') no longer ends its body with the tag's
#   opening (said in a warning, the tag dropped). A title printed above its stamp (kt.kz/eng's
#   2021-2022 layout: `Title` / stamp / photo credit or first paragraph) is the title: the first
#   paragraph was taken for it, or, with a photo credit after the stamp, every article was dropped.
#   A file that is no page (ZIP/7z/RAR archive, bzip2/xz/zstd file, PDF, image, only NULs) is
#   rejected naming its kind and what to do; a page kept as a zlib (deflate) stream is unpacked.
#   A page saved by hand keeps the article address its markup names (canonical link, og:url, a
#   browser's 'saved from' mark; not a section's): its main article had no URL, its edition guessed.
#   A KOI8-R file with no charset declared is read as KOI8-R (cp1251 read it as gibberish Cyrillic).
#   A page run into one line (its line breaks lost) is rejected as such, not as 'no stamp'.
#   Words whose letters a save replaced by '?' or U+FFFD (Kazakh saved in cp1251) are a warning.
#   The entry an HTML page's head names (og:title, <title>) is its own article, not a stamped
#   headline printed before it (a news feed), which took its place and its address.
PARSER_VERSION = "2026-11-27c"


@dataclass(frozen=True)
class ParsedPage:
    page: Page
    encoding: str  # the encoding the bytes were decoded from
    url: str | None = None  # the address a web archive (MHTML) or a saved page's markup names


def parse(raw: bytes) -> ParsedPage:
    """Decode the bytes (UTF-8/16, cp1251; unpacked from gzip, unwrapped from a web archive),
    render HTML to lines, read the page's listings, and the address the page names for itself.

    Raises PageFormatError naming the problem (empty, binary, not a kt.kz page...); damage that
    was repaired or read around (a cut file, stray NULs, mojibake) opens the page's warnings.
    """
    decoded = decode_with_notes(raw)
    text, notes, url, own_title = decoded.text, decoded.notes, decoded.url, None
    if looks_like_html(text):
        notes += html_notes(text)
        url, own_title = url or saved_page_url(text), declared_title(text)
        text = html_to_text(text)
    page = parse_page(text, own_title=own_title)
    return ParsedPage(replace(page, warnings=notes + page.warnings), decoded.encoding, url)
