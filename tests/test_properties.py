"""Property-based: arbitrary text never makes the parser or the extractor raise anything but
the documented PageFormatError."""

from __future__ import annotations

import re
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl.errors import PageFormatError
from etl.extract.indicators import extract_indicators
from etl.extract.keywords import WHOLE_WORD_MAX, compile_keywords
from etl.extract.topics import load_taxonomy
from etl.sites.decoding import decode_page
from etl.sites.ktkz.pages import parse_page

# Text built from the page format's own pieces, so that the parser's branches are reached.
PIECES = st.sampled_from(
    ["21.01.2025, 13:26 199501", "30.05.2024", "03.02.2025, 17:36", "Tell a friend", "Images | Akorda",
     "relevant news", "Most viewed", "This information may not be reproduced without reference to Kazakhstan Today.",
     "- for master's students - 117,098 tenge;", "From September 2025, the amounts will be as follows:",
     "In 2024, 6.2 million people took part.", "on January 131.01.2025, 20:32 9291Next", "$306 million", "8,6%",
     "from 62 to 183", "by 2027", "‘38’", "+7 (727) 244-72-52", "", " ", "\t", "1.", "(", "%", "₸", "2021-2024"]
)  # fmt: skip
PAGE_TEXT = st.lists(st.one_of(PIECES, st.text(max_size=40)), max_size=30).map("\n".join)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(PAGE_TEXT)
def test_parse_page_raises_only_page_format_error(text: str) -> None:
    try:
        page = parse_page(text)
    except PageFormatError as error:
        assert error.reason
        return
    for listing in page.listings:
        assert listing.title.strip()
        assert listing.placement in {"main", "related", "listing", "most_viewed"}


@SETTINGS
@given(st.one_of(PAGE_TEXT, st.text(max_size=400)))
def test_extractor_never_raises_and_spans_point_at_their_surface(text: str) -> None:
    for indicator in extract_indicators(text, date(2025, 1, 21)):
        assert text[indicator.start_char : indicator.end_char] == indicator.surface
        assert text[indicator.sentence_start :].startswith(indicator.sentence)
        assert indicator.kind in {"actual", "target", "plan", "forecast"}
        assert indicator.value == indicator.value  # not NaN


@SETTINGS
@given(st.binary(max_size=300))
def test_decoding_arbitrary_bytes_raises_only_page_format_error(raw: bytes) -> None:
    try:
        text, encoding = decode_page(raw)
    except PageFormatError as error:
        assert error.reason
        return
    assert isinstance(text, str) and encoding in {
        "utf-8",
        "utf-8-sig",
        "utf-16",
        "utf-16-le",
        "utf-16-be",
        "cp1251",
        "cp1252",
    }


def _flat_alternation(keywords: list[str]) -> re.Pattern[str]:
    """The plain form of the keyword pattern: every keyword, longest first, each anchored at a
    word start (and, when short, at a word end)."""
    words = sorted({k.strip().casefold() for k in keywords}, key=len, reverse=True)
    return re.compile("|".join(rf"\b{re.escape(w)}\b" if len(w) <= WHOLE_WORD_MAX else rf"\b{re.escape(w)}"
                               for w in words))  # fmt: skip


TAXONOMY_WORDS = sorted({k for topic in load_taxonomy().topics for k in topic.keywords})
KEYWORD_TEXT = st.lists(
    st.one_of(st.sampled_from(TAXONOMY_WORDS), st.text(alphabet="aceilnorstxz -'’.", max_size=6)), max_size=12
).map("".join)


@SETTINGS
@given(KEYWORD_TEXT)
def test_keyword_trie_finds_what_a_flat_alternation_finds(text: str) -> None:
    assert compile_keywords(TAXONOMY_WORDS).findall(text) == _flat_alternation(TAXONOMY_WORDS).findall(text)


@SETTINGS
@given(st.data())
def test_keyword_trie_matches_flat_alternation_on_any_keywords(data: st.DataObject) -> None:
    keywords = data.draw(
        st.lists(st.text(alphabet="ab -", min_size=1, max_size=7).filter(str.strip), min_size=1)
    )
    # Keywords that are prefixes of others: where the longest one must win.
    keywords += [k[:n] for k in keywords for n in (3, 4, 5) if k[:n].strip()]
    text = data.draw(
        st.lists(st.one_of(st.sampled_from(keywords), st.text(alphabet="ab -x", max_size=3))).map("".join)
    )
    assert compile_keywords(keywords).findall(text) == _flat_alternation(keywords).findall(text)
