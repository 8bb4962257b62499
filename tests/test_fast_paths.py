"""The extractor's fast paths answer exactly what the general path answers: they exist only to
make extraction faster (docs/benchmarks.md), never to change a figure."""

from __future__ import annotations

import json
import re
from datetime import date
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl.extract import carried_spans, context, languages, mentions, numbers, periods

REALWORLD = Path(__file__).parent / "realworld"
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _dev_texts(language: str) -> list[str]:
    """Every line of a dev set's article bodies and headlines (never the unseen set)."""
    lines = []
    for path in sorted((REALWORLD / language).glob("*.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        lines += [article.get("title", ""), *article.get("body", "").split("\n")]
    return [line for line in lines if line]


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


_TWINS = [
    *zip([p for p, _ in periods._YEARLESS], [p for p, _ in periods._YEARLESS_ASCII], strict=True),
    (periods._ANY_MONTH, periods._ANY_MONTH_ASCII),
    (periods._RELATIVE, periods._relative_in_ascii(tuple(range(len(periods._RELATIVE_PATTERNS))))),
    (periods._RELATIVE_WORDS, periods._RELATIVE_WORDS_ASCII),
    (periods._ANY_YEAR, periods._ANY_YEAR_ASCII),
]
# Printable ASCII built from the period phrases' own words, so that the patterns match often.
PERIOD_WORDS = st.sampled_from(
    ["since", "the", "beginning", "start", "of", "this", "year", "by", "end", "first", "half", "Q2", "third",
     "quarter", "six", "months", "between", "and", "until", "Sept.", "October", "May", "Jan", "1", "23", "2025",
     "-", "already", "so far", "now", "today", "last", "next", "years", "over", "in", "for", ",", ".", "  "]
)  # fmt: skip
ASCII_TEXT = st.lists(
    st.one_of(PERIOD_WORDS, st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=5)),
    max_size=25,
).map(" ".join)


def test_ascii_twins_match_as_the_unicode_patterns_on_the_dev_sentences() -> None:
    texts = [t for t in _dev_texts("en") if periods._printable_ascii(t)]
    assert len(texts) > 100
    for unicode_pattern, ascii_pattern in _TWINS:
        for text in texts:
            assert _matches(ascii_pattern, text) == _matches(unicode_pattern, text), (unicode_pattern, text)


@SETTINGS
@given(ASCII_TEXT)
def test_ascii_twins_match_as_the_unicode_patterns_on_any_printable_ascii(text: str) -> None:
    assert periods._printable_ascii(text)
    for unicode_pattern, ascii_pattern in _TWINS:
        assert _matches(ascii_pattern, text) == _matches(unicode_pattern, text), unicode_pattern


# Printable ASCII with the typographic marks English news carries ("2021–2025", "“Astana”").
MARKED_TEXT = st.lists(
    st.one_of(PERIOD_WORDS, st.sampled_from(list(periods._TYPOGRAPHIC_MARKS)),
              st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=5)),
    max_size=25,
).map(" ".join)  # fmt: skip


@SETTINGS
@given(MARKED_TEXT)
def test_ascii_twins_match_as_the_unicode_patterns_on_ascii_with_typographic_marks(text: str) -> None:
    assert periods._printable_ascii(text)
    for unicode_pattern, ascii_pattern in _TWINS:
        assert _matches(ascii_pattern, text) == _matches(unicode_pattern, text), unicode_pattern
    _gate_words_hold(text)
    _relative_needs_hold(text)
    _relative_scan_holds(text)


def _periods_read_both_ways(text: str) -> None:
    """find_periods on the ASCII twins and gates answers as on the Unicode patterns alone."""
    fast = periods.find_periods(text, date(2025, 5, 20), 2025)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            periods, "_printable_ascii", lambda sentence: sentence.isascii() and sentence.isprintable()
        )
        assert fast == periods.find_periods(text, date(2025, 5, 20), 2025), text


@SETTINGS
@given(MARKED_TEXT)
def test_periods_of_ascii_with_typographic_marks_are_those_the_unicode_patterns_find(text: str) -> None:
    _periods_read_both_ways(text)


def test_periods_of_ascii_with_typographic_marks_are_those_the_unicode_patterns_find_on_the_dev_sentences() -> (
    None
):
    texts = [t for t in _dev_texts("en") if not t.isascii() and periods._printable_ascii(t)]
    texts += ["In January–March 2025 and in H1, output rose 5% “this year” from May 1–15.",
              "Sept. – Oct. last year’s harvest, since the start of the year, 1–5 June"]  # fmt: skip
    assert len(texts) > 20
    for text in texts:
        _periods_read_both_ways(text)


def test_typographic_marks_have_no_word_digit_space_or_case_form() -> None:
    for mark in periods._TYPOGRAPHIC_MARKS:
        assert not re.match(r"[\w\s]", mark) and mark.lower() == mark.upper() == mark.casefold() == mark
        assert periods._printable_ascii(f"In January{mark}March 2025, output rose{mark} 5%")
    assert not periods._printable_ascii("In January–March\u00a02025")  # a Unicode-only space


def test_text_with_unicode_only_spaces_or_letters_takes_the_unicode_patterns() -> None:
    # "\x1c" is a space only to Unicode; "ſ" matches "s" only case-insensitively in Unicode
    for text in ("in the first\x1chalf of the year", "ſince the start of the year", "in the first\thalf"):
        assert not periods._printable_ascii(text)


@SETTINGS
@given(
    st.lists(st.sampled_from([", ", "; ", ": ", " - ", " – ", " — ", ",", "-", " ", "a", "—", ";"])).map(
        "".join
    )
)
def test_clause_starts_after_the_mark_that_ends_last(text: str) -> None:
    ends = [text.rfind(mark) + len(mark) for mark in context._CLAUSE_MARKS if mark in text]
    marked = context._UP_TO_LAST_CLAUSE_MARK.match(text)
    assert (marked.end() if marked else 0) == max(ends, default=0)


@SETTINGS
@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x2FFF), max_size=60))
def test_cyrillic_count_by_utf8_lead_bytes_counts_what_the_regex_finds(text: str) -> None:
    assert languages._cyrillic_count(text) == len(languages._CYRILLIC.findall(text))


def test_cyrillic_count_covers_the_whole_block_and_nothing_beside_it() -> None:
    every = "".join(map(chr, range(0x20, 0x3000))) + "\ud800"
    assert languages._cyrillic_count(every) == len(languages._CYRILLIC.findall(every)) == 256


# the month gates' least: a whole month word, two for a span from one month to another
_MONTH_WORDS_NEEDED = {"month": 1, "since": 1, "month_words": 2}


def _gate_words_hold(text: str) -> None:
    for pattern, kind in periods._YEARLESS_ASCII:
        words = periods._GATE_WORDS.get(kind)
        if words and pattern.search(text):
            assert any(word in text.lower() for word in words), (kind, text)
        needed = _MONTH_WORDS_NEEDED.get(periods._GATE[kind], 0)
        if needed and pattern.search(text):
            assert len(periods._MONTH_WORD_LOWER.findall(text.lower())) >= needed, (kind, text)


def test_every_yearless_match_holds_one_of_its_gate_words_on_the_dev_sentences() -> None:
    texts = [t for t in _dev_texts("en") if periods._printable_ascii(t)]
    texts += ["since the start of the year", "by year-end", "between 1 May and 3 June", "by Sept.",
              "the first two weeks of March", "January-March", "Oct. 1-5"]  # fmt: skip
    for text in texts:
        _gate_words_hold(text)


@SETTINGS
@given(ASCII_TEXT)
def test_every_yearless_match_holds_one_of_its_gate_words(text: str) -> None:
    _gate_words_hold(text)


def _relative_needs_hold(text: str) -> None:
    for pattern, kind in periods._RELATIVE_PATTERNS:
        words = periods._RELATIVE_NEEDS.get(kind)
        if words and pattern.search(text):
            assert any(word in text.lower() for word in words), (kind, text)


def test_every_relative_match_holds_one_of_its_needed_words_on_the_dev_sentences() -> None:
    for text in [t for t in _dev_texts("en") if periods._printable_ascii(t)]:
        _relative_needs_hold(text)


@SETTINGS
@given(ASCII_TEXT)
def test_every_relative_match_holds_one_of_its_needed_words(text: str) -> None:
    _relative_needs_hold(text)


@SETTINGS
@given(ASCII_TEXT)
def test_the_relative_scan_of_the_needed_patterns_finds_what_the_full_scan_finds(text: str) -> None:
    _relative_scan_holds(text)


def _relative_scan_holds(text: str) -> None:
    lower = text.lower()
    needs = periods._RELATIVE_NEEDS
    needed = tuple(
        i
        for i, (_, kind) in enumerate(periods._RELATIVE_PATTERNS)
        if any(w in lower for w in needs.get(kind, ("",)))
    )
    # the word -> patterns table answers as the per-pattern test
    assert periods._needed_relative(lower) == needed
    found = [(m.span(), m.lastgroup) for m in periods._relative_in_ascii(needed).finditer(text)]
    assert found == [(m.span(), m.lastgroup) for m in periods._RELATIVE.finditer(text)]
    assert [(m.span(), m.lastgroup) for m in periods._relative_matches(text, needed)] == found


NUMBER_TEXT = st.lists(
    st.one_of(
        st.sampled_from(["Eleven", "twelve", "fifteen", "canteen", "TWENTY", "forty-two", "party", "safety", "plenty",
                         "one", "7", "6.2", " million", "Thousand", "billion", "trillions", "tons", "-", "  "]),
        st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=4),
    ),
    max_size=12,
).map(" ".join)  # fmt: skip


@SETTINGS
@given(NUMBER_TEXT)
def test_number_word_hint_halves_answer_as_the_whole_hint(text: str) -> None:
    assert numbers._may_hold_number_words(text) == bool(numbers._WORD_HINT.search(text))


def test_number_word_hint_halves_answer_as_the_whole_hint_on_the_dev_sentences() -> None:
    texts = [t for t in _dev_texts("en") if t.isascii()]
    assert any(numbers._WORD_HINT.search(t) for t in texts)
    for text in texts:
        assert numbers._may_hold_number_words(text) == bool(numbers._WORD_HINT.search(text)), text


GLUED_TEXT = st.lists(
    st.one_of(
        st.sampled_from(["FY2024", "9M25", "1H2025", "Q3", "3Q", "M", "H", "F", "Y", "fy2024", "9m25", "7", " "]),
        st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=0x4FF), max_size=4),
    ),
    max_size=12,
).map("".join)  # fmt: skip


@SETTINGS
@given(GLUED_TEXT)
def test_the_glued_code_letters_let_every_glued_code_through(text: str) -> None:
    assert periods._may_be_glued(text) == bool(periods._GLUED_HINT.search(text))


def test_the_glued_code_letters_let_every_glued_code_through_on_the_dev_sentences() -> None:
    # the dev sets hold no glued code: two lines of our own that do
    own = ["Net profit for 9M25 rose 12%, after 4.1 billion in FY2024.", "В 1H2025 выручка выросла на 8%."]
    texts = _dev_texts("en") + _dev_texts("ru") + _dev_texts("kk") + own
    assert all(periods._may_be_glued(t) for t in own)
    for text in texts:
        assert periods._may_be_glued(text) == bool(periods._GLUED_HINT.search(text)), text


class _EveryWord:
    """A word set holding every word: find_cues then takes its general path for each word."""

    def __contains__(self, word: object) -> bool:
        return True


CUE_TEXT = st.lists(
    st.sampled_from(["The", "goal", "of", "the", "project", "is", "had", "already", "fallen", "been", "built",
                     "will", "also", "rise", "plans", "target", "range", "exceeding", "bringing", "its", "total",
                     "to", "reach", "are", "is", "set", "make", "it", "possible", "in", "pipeline", "provided",
                     "for", "expects", "May", "may", "raised", "forecast", "than", "12", "tons", ",", "were",
                     "intend", "bring", "up", "by", "carrying", "must", "be", "finished", "have", "access",
                     "decided", "down", "$5", "should", "harvest"]),
    max_size=30,
).map(" ".join)  # fmt: skip


def _general_cues(text: str) -> list[context.Cue]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(context, "_ACTIVE_WORDS", _EveryWord())
        return context.find_cues(text)


def test_cue_words_skipped_by_the_fast_path_give_the_cues_of_the_general_path() -> None:
    texts = _dev_texts("en")
    assert sum(1 for t in texts if context.find_cues(t)) > 100
    for text in texts:
        assert context.find_cues(text) == _general_cues(text), text


def _class_test_sentences() -> list[str]:
    """Every sentence the English rule tests are written with: a rule keyed on a word the fast
    path skips fails here even when the dev texts never use the word so."""
    import ast

    found = []
    for path in sorted(Path(__file__).parent.glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.isascii():
                text = node.value
                if len(text) > 25 and text.count(" ") >= 4 and text[:1].isupper():
                    found.append(text)
    return found


def test_cue_words_skipped_by_the_fast_path_give_the_cues_of_the_general_path_on_the_tests_sentences() -> (
    None
):
    texts = _class_test_sentences()
    assert len(texts) > 500
    for text in texts:
        assert context.find_cues(text) == _general_cues(text), text


@SETTINGS
@given(CUE_TEXT)
def test_cue_words_skipped_by_the_fast_path_give_the_cues_of_the_general_path_on_any_text(text: str) -> None:
    assert context.find_cues(text) == _general_cues(text)


@cache
def _cyrillic_tables() -> list[tuple[str, re.Pattern[str]]]:
    from etl.extract import cyrillic_periods
    from etl.extract.cyrillic import LANGUAGE_DATA
    from etl.extract.cyrillic_numbers import _ONE_SCALE, reader_for

    numbers = [
        (f"number words {data.code}", p)
        for data in LANGUAGE_DATA.values()
        for reader in [reader_for(data)]
        for p in (reader.number_word, reader.multiplier, _ONE_SCALE, reader.half_scale)
    ] + [
        (f"qualifier {data.code}", p)
        for data in LANGUAGE_DATA.values()
        for p, _ in reader_for(data).qualifiers
    ]
    numbers += _sentence_scans()
    return [
        (kind, p) for data in LANGUAGE_DATA.values() for kind, p in cyrillic_periods._patterns(data)
    ] + numbers


def _sentence_scans() -> list[tuple[str, re.Pattern[str]]]:
    """The whole-sentence scans that gated_search spares most sentences."""
    from etl.extract import cyrillic, cyrillic_sentence_figures, cyrillic_shared_cues, ru_projects
    from etl.extract.cyrillic_numbers import reader_for

    scans = [
        (name, getattr(module, name))
        for module, name in (
            (cyrillic, "_REPORTING_PERIOD"),
            (cyrillic_shared_cues, "_SET_ASIDE"),
            (cyrillic_sentence_figures, "_RESPECTIVELY"),
            (cyrillic_shared_cues, "_KK_UNDER_WAY"),
        )
    ]
    scans.append(("_WEEKLY", ru_projects._WEEKLY))
    for data in cyrillic.LANGUAGE_DATA.values():
        scans += [
            (f"total {data.code}", reader_for(data).total),
            (f"habitual {data.code}", reader_for(data).habitual),
        ]
    return scans


def test_a_gated_search_finds_what_the_search_finds() -> None:
    from etl.extract import cyrillic, cyrillic_sentence_figures, cyrillic_shared_cues, ru_projects
    from etl.extract.cyrillic_numbers import reader_for
    from etl.extract.literal_gates import gated_search, literal_gate

    cues, figures = cyrillic_shared_cues, cyrillic_sentence_figures
    pairs = [(cues._SET_ASIDE, cues._SET_ASIDE_GATE), (figures._RESPECTIVELY, figures._RESPECTIVELY_GATE),
             (cyrillic._REPORTING_PERIOD, cyrillic._REPORTING_PERIOD_GATE),
             (cues._KK_UNDER_WAY, cues._KK_UNDER_WAY_GATE), (ru_projects._WEEKLY, ru_projects._WEEKLY_GATE)]  # fmt: skip
    for data in cyrillic.LANGUAGE_DATA.values():
        reader = reader_for(data)
        pairs += [(reader.total, reader.total_gate), (reader.habitual, reader.habitual_gate)]
    assert all(gate == literal_gate(pattern) for pattern, gate in pairs)
    found = 0
    for text in _dev_texts("ru") + _dev_texts("kk") + ["ᲀыделено 5 млрд", "ВСЕГО 12"]:
        for pattern, gate in pairs:
            expected = pattern.search(text)
            got = gated_search(pattern, gate, text)
            assert (got and (got.span(), got.group(0))) == (expected and (expected.span(), expected.group(0)))
            found += expected is not None
    assert found > 100


def test_the_number_word_scans_are_gated_by_their_own_patterns_gates() -> None:
    from etl.extract.cyrillic import LANGUAGE_DATA
    from etl.extract.cyrillic_numbers import _ONE_SCALE, reader_for
    from etl.extract.literal_gates import (
        alternative_gates,
        holds_all,
        holds_some,
        literal_gate,
        literal_gates,
        plain_lower,
    )

    for data in LANGUAGE_DATA.values():
        reader = reader_for(data)
        # (read from the patterns as written: the twins behind their first characters have one gate more)
        for gates, pattern in (
            (reader.number_word_gates[0], reader.number_word),
            (reader.number_word_gates[1], reader.multiplier),
            (reader.half_scale_gates, reader.half_scale),
        ):
            assert set(gates) <= set(literal_gates(pattern))
        assert reader.one_scale_gates is not None and reader.one_scale_gates == alternative_gates(_ONE_SCALE)
        assert all(reader.number_word_gates) and reader.half_scale_gates
        # (and each qualifier pattern by its own, on the window it is tried on)
        assert reader.qualifier_gates == [literal_gate(p) for p, _ in reader.qualifiers]
        # a sentence whose gates are closed holds no match of the pattern
        closed = 0
        for text in _dev_texts(data.code):
            lower = plain_lower(text)
            for pattern, holds in (
                (reader.number_word, holds_all(reader.number_word_gates[0], lower)),
                (reader.multiplier, holds_all(reader.number_word_gates[1], lower)),
                (reader.half_scale, holds_all(reader.half_scale_gates, lower)),
                (_ONE_SCALE, holds_some(reader.one_scale_gates, lower)),
            ):
                closed += not holds
                assert holds or pattern.search(text) is None, (pattern.pattern[:40], text)
        assert closed > 1000


def test_alternative_gates_are_every_gate_of_each_alternative() -> None:
    from etl.extract.literal_gates import alternative_gates, holds_some

    alternatives = alternative_gates(re.compile(r"(?=[ао])(?:(?<!\w)он\s+(?:бір|екі)|около\s+\d+)", re.I))
    assert alternatives == ((("он",), ("бір", "екі")), (("около",),))
    assert not holds_some(alternatives, "5 тонн груза")  # "он" alone opens no alternative
    assert holds_some(alternatives, "он екі ауыл") and holds_some(alternatives, "около 5")
    assert holds_some(alternatives, None)
    assert alternative_gates(re.compile(r"a(?:b|c)")) is None  # not one alternation
    assert holds_some(alternative_gates(re.compile(r"\d+|x")), "abc")  # an alternative with no gate


def test_literal_gates_name_the_words_every_match_needs() -> None:
    from etl.extract.literal_gates import literal_gate

    assert literal_gate(re.compile(r"\bfoo\s+bar|baz")) in {("bar", "baz"), ("baz", "foo")}
    assert literal_gate(re.compile(r"(?:x)?Полугоди\w*", re.I)) == ("полугоди",)
    assert literal_gate(re.compile(r"(?:ab)+c?")) == ("ab",)
    assert literal_gate(re.compile(r"(?!abc)d(?=ef)")) == ("ef",)
    assert literal_gate(re.compile(r"a*|b")) is None  # one alternative needs nothing
    assert literal_gate(re.compile("İl", re.I)) == ("l",)  # "İ" matches "i", but lower-cases to two
    assert literal_gate(re.compile(r"\d+\s+")) is None
    # a small class of plain letters spells the run each way ("май", "мая", "мае", not just "ма")
    assert literal_gate(re.compile(r"ма[йяе]\w*", re.I)) == ("мае", "май", "мая")
    assert literal_gate(re.compile(r"[Ii]n", re.I)) == ("in",)
    assert literal_gate(re.compile(r"a[^b]c")) == ("a",)  # a negated class ends the run
    assert literal_gate(re.compile(r"x[a-d]yz")) == ("yz",)  # so does a range
    # every period table of the Cyrillic reader: most patterns get a gate
    gates = [literal_gate(p) for _, p in _cyrillic_tables()]
    assert sum(gate is not None for gate in gates) > 0.8 * len(gates)


def test_on_plain_text_a_case_insensitive_literal_matches_exactly_its_lower_cased_form() -> None:
    from etl.extract.literal_gates import PLAIN_TEXT, literal_gate

    plain = [chr(c) for c in range(0x3000) if PLAIN_TEXT.fullmatch(chr(c))]
    assert len(plain) > 300
    literals = {ch for _, p in _cyrillic_tables() for lit in literal_gate(p) or () for ch in lit}
    assert literals <= set(plain)  # a gate is made of plain characters only
    assert all(len(text_char.lower()) == 1 for text_char in plain)
    for case in plain:  # every character a gate may hold, against every character of plain text
        insensitive = re.compile(re.escape(case), re.I)
        for text_char in plain:
            same = text_char.lower() == case.lower()
            assert bool(insensitive.fullmatch(text_char)) == same, (text_char, case)


def test_text_with_letters_that_fold_into_others_is_always_scanned() -> None:
    from etl.extract.literal_gates import literal_gate, may_match, plain_lower

    pattern = re.compile(r"\bв\s+2024", re.I)
    text = "ᲀ 2024"  # the rounded ve matches "в" case-insensitively, though lower() keeps it
    assert pattern.search(text) and plain_lower(text) is None
    assert may_match(literal_gate(pattern), plain_lower(text))


@cache
def _gated_tables() -> list[tuple[str, re.Pattern[str], tuple[tuple[str, ...], ...]]]:
    from etl.extract.literal_gates import literal_gates

    return [(kind, pattern, literal_gates(pattern)) for kind, pattern in _cyrillic_tables()]


@cache
def _gate_indexes():  # -> (GateIndex.of the tables, each pattern's most selective gate, their GateIndex)
    from etl.extract.literal_gates import GateIndex, literal_gate

    patterns = [pattern for _, pattern, _ in _gated_tables()]
    best = [literal_gate(pattern) for pattern in patterns]
    return GateIndex.of(patterns), best, GateIndex(best)


def _gates_hold(texts: list[str]) -> int:
    from etl.extract.literal_gates import may_match, plain_lower

    index, best, opened_by_one = _gate_indexes()
    closed = 0
    for text in texts:
        lower = plain_lower(text)
        # the index opens exactly the patterns all of whose gates are open, in table order; without
        # the further gates, those whose most selective gate is
        assert index.open(lower) == tuple(
            i for i, (_, _, gates) in enumerate(_gated_tables()) if all(may_match(g, lower) for g in gates)
        )
        assert opened_by_one.open(lower) == tuple(i for i, gate in enumerate(best) if may_match(gate, lower))
        for kind, pattern, gates in _gated_tables():
            if not all(may_match(gate, lower) for gate in gates):
                closed += 1
                assert pattern.search(text) is None, (kind, text)
    return closed


def test_a_pattern_whose_gate_is_closed_finds_nothing_on_the_dev_sentences() -> None:
    for language in ("ru", "kk"):
        assert _gates_hold(_dev_texts(language)) > 1000


CYRILLIC_TEXT = st.lists(
    st.one_of(
        st.sampled_from(["за", "9", "месяцев", "2025", "года", "прошлого", "с", "начала", "по", "итогам", "января",
                         "Жыл", "басынан", "бері", "биыл", "былтырғы", "дәл", "осы", "кезеңде", "қаңтар-тамыз",
                         "айларында", "2024-2025", "жылдардың", "күзгі-қысқы", "I", "ſ", "ᲀ", "—", "«", "»"]),
        st.text(alphabet=st.characters(min_codepoint=0x400, max_codepoint=0x4FF), max_size=4),
    ),
    max_size=14,
).map(" ".join)  # fmt: skip


@SETTINGS
@given(CYRILLIC_TEXT)
def test_a_pattern_whose_gate_is_closed_finds_nothing(text: str) -> None:
    _gates_hold([text])


@SETTINGS
@given(
    st.lists(st.lists(st.sampled_from(["год", "года", "году", "прош", "прошлого", "прошедш", "ai", "aib", "b"]),
                      max_size=4).map(lambda g: tuple(g) or None), min_size=1, max_size=6),
    st.text(alphabet="годаупрошлеaib ", max_size=30),
)  # fmt: skip
def test_the_gate_forest_opens_what_each_gate_opens(gates: list[tuple[str, ...] | None], lower: str) -> None:
    # nested ("год" in "года") and alike-opening ("прошлого", "прошедш") literals, each tested only
    # under the one it contains or the letters it opens with
    from etl.extract.literal_gates import GateIndex, may_match

    assert GateIndex(gates).open(lower) == tuple(i for i, gate in enumerate(gates) if may_match(gate, lower))


def _may_hold_period_as_one_scan(text: str) -> None:
    from etl.extract import cyrillic_periods as cp
    from etl.extract.literal_gates import plain_lower

    one_scan = re.compile(r"\d|" + cp._HAS_CUE.pattern, re.I)  # the test as it was: digits and words at once
    assert cp._may_hold_period(text, plain_lower(text)) == bool(one_scan.search(text)), text


def test_the_digit_first_period_test_answers_as_one_scan_on_the_dev_sentences() -> None:
    for language in ("ru", "kk"):
        for text in _dev_texts(language):
            _may_hold_period_as_one_scan(text)


@SETTINGS
@given(CYRILLIC_TEXT)
def test_the_digit_first_period_test_answers_as_one_scan(text: str) -> None:
    _may_hold_period_as_one_scan(text)
    _may_hold_period_as_one_scan(text.upper())


def test_a_remembered_cue_kind_is_the_kind_the_stems_give(monkeypatch: pytest.MonkeyPatch) -> None:
    from etl.extract import cyrillic_numbers
    from etl.extract.cyrillic import LANGUAGE_DATA

    monkeypatch.setattr(cyrillic_numbers, "_KNOWN_WORDS", 300)  # a small memory fills up here
    for code, data in LANGUAGE_DATA.items():
        reader = cyrillic_numbers.Reader(data)
        words = [w.lower() for text in _dev_texts(code) for w in re.findall(r"[^\W\d_]+", text)]
        for word in words + words:  # the second time from memory, where remembered
            match = reader.cue.match(word)
            assert reader.cue_kind(word) == (reader.cue_kinds[str(match.lastgroup)] if match else None), word
        assert len(reader._cue_kind_of) == 300  # bounded
        assert any(reader.cue_kind(w) for w in words)
        for word in words + words:
            assert reader.is_reported_word(word) == bool(reader.reported_word.fullmatch(word)), word
        assert len(reader._reported) == 300
        assert any(reader.is_reported_word(w) for w in words)


def test_a_remembered_russian_verb_kind_is_the_kind_its_endings_give(monkeypatch: pytest.MonkeyPatch) -> None:
    from etl.extract import cyrillic_kinds

    monkeypatch.setattr(cyrillic_kinds, "_RUSSIAN_VERB_KINDS", {})
    monkeypatch.setattr(cyrillic_kinds, "_KNOWN_VERBS", 300)
    words = [w.lower() for text in _dev_texts("ru") for w in re.findall(r"[^\W\d_]+", text)]
    for word in words + words:
        assert cyrillic_kinds._russian_verb_kind(word) == cyrillic_kinds._read_russian_verb_kind(word), word
    assert len(cyrillic_kinds._RUSSIAN_VERB_KINDS) == 300
    assert {cyrillic_kinds._russian_verb_kind(w) for w in words} >= {"actual", "future", None}


def test_quick_init_builds_the_record_the_dataclass_init_builds() -> None:
    from dataclasses import FrozenInstanceError, asdict, dataclass, field, replace
    from datetime import date

    from etl.extract.records import quick_init

    @dataclass(frozen=True)
    class Plain:
        start: int
        end: int
        day: date | None
        note: str = "none"
        listed: tuple[int, ...] = ()

    @quick_init
    @dataclass(frozen=True)
    class Quick:
        start: int
        end: int
        day: date | None
        note: str = "none"
        listed: tuple[int, ...] = ()

    for args, kwargs in [((1, 2, None), {}), ((1, 2, date(2025, 1, 1), "x"), {}), ((3,), {"end": 4, "day": None, "listed": (5,)})]:  # fmt: skip
        built, expected = Quick(*args, **kwargs), Plain(*args, **kwargs)
        assert asdict(built) == asdict(expected)
        assert list(vars(built)) == list(vars(expected))  # the fields in the same order
        assert repr(built).split("(", 1)[1] == repr(expected).split("(", 1)[1]
        assert built == Quick(*args, **kwargs) and hash(built) == hash(Quick(*args, **kwargs))
        assert replace(built, start=9).start == 9 and built.start == args[0]
        with pytest.raises(FrozenInstanceError):
            built.start = 0  # type: ignore[misc]
    with pytest.raises(TypeError):
        Quick(1)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Quick(1, 2, None, "x", (), "too many")  # type: ignore[call-arg]
    with pytest.raises(TypeError):  # what it would not reproduce, it refuses

        @quick_init
        @dataclass(frozen=True)
        class WithFactory:
            listed: list[int] = field(default_factory=list)


def test_quick_replace_builds_the_record_dataclasses_replace_builds() -> None:
    import dataclasses
    from datetime import date

    from etl.extract.periods import Period
    from etl.extract.records import replace

    period = Period(3, 9, date(2025, 1, 1), date(2025, 6, 30), False, is_weak=True)
    for changes in [{}, {"start": 0}, {"period_end": None, "is_comparison": True}]:
        built, expected = replace(period, **changes), dataclasses.replace(period, **changes)
        assert built == expected and list(vars(built)) == list(vars(expected)) and type(built) is Period
        assert built is not period and period.start == 3  # a new record; the old one unchanged
    with pytest.raises(TypeError):
        replace(period, no_such_field=1)

    @dataclasses.dataclass(frozen=True)
    class Plain:  # not a quick_init record: dataclasses.replace builds it
        start: int
        listed: list[int] = dataclasses.field(default_factory=list)

    assert replace(Plain(1), start=2) == Plain(2)


def test_the_extractors_records_keep_their_fields_and_stay_frozen() -> None:
    from dataclasses import FrozenInstanceError, asdict
    from datetime import date

    from etl.extract.periods import Period

    period = Period(3, 9, date(2025, 1, 1), date(2025, 6, 30), False, is_weak=True)
    assert asdict(period) == {
        "start": 3, "end": 9, "period_start": date(2025, 1, 1), "period_end": date(2025, 6, 30),
        "is_deadline": False, "is_comparison": False, "has_year": True, "is_weak": True, "sets_scene": True,
        "flow_start": None, "same_span": False, "counted_back": False,
    }  # fmt: skip
    with pytest.raises(FrozenInstanceError):
        period.start = 0  # type: ignore[misc]


# The first-character tests in front of numbers.py's and mentions.py's matches: wherever the
# pattern matches, the test lets it through (so skipping it elsewhere changes no answer).
NUMBER_TEXT = st.lists(
    st.one_of(
        st.sampled_from(["1", "25", "300", "1,5", "12", "450", "000", ", ", " ", "\u00a0", "-", "st", "th", "nd",
                         "rd", "-hundredth", "million", "Million", "bn", "mln.", "k", "m", "tn", "thousands",
                         "\u212a", "tenge", "st.", "Kelvin"]),
        st.text(max_size=3),
    ),
    max_size=12,
).map("".join)  # fmt: skip


def _first_character_tests_let_every_match_through(text: str) -> None:
    for end in range(len(text) + 1):
        if numbers.SCALE.match(text, end):
            first = text[end + 1 : end + 2] if text[end : end + 1] in (" ", "\u00a0") else text[end : end + 1]
            assert first in numbers._SCALE_FIRST or not first.isascii(), (text, end)
        if numbers._GROUP_AFTER.match(text, end):
            following = text[end + 1 : end + 2]
            assert following.isdigit() or (following == " " and text[end : end + 1] == ","), (text, end)
        if mentions.ORDINAL_AFTER.match(text, end):
            assert text[end : end + 1] in mentions._ORDINAL_FIRST, (text, end)


@SETTINGS
@given(NUMBER_TEXT)
def test_first_character_tests_let_every_match_through(text: str) -> None:
    _first_character_tests_let_every_match_through(text)


def test_first_character_tests_let_every_match_through_on_the_dev_sentences() -> None:
    for text in _dev_texts("en"):
        _first_character_tests_let_every_match_through(text)


def _comparison_base_by_scan(sentence: str, start: int) -> bool:
    """is_comparison_base without its word test: the clause scan and the three searches."""
    before = sentence[max(0, start - 60) : start]
    cut = max((m.end() for m in periods._CLAUSE_END.finditer(before)), default=0)
    words = before[cut:]
    if periods._COMPARISON_BEFORE.search(words):
        return True
    if periods._FIRST_AFTER.match(sentence, start) and periods._BASE_VALUE_THEN_FIRST.search(words):
        return True
    lower = words.lower()
    tail = lower.rstrip()
    over_base = tail.endswith(("over", "over the", "on the")) and periods._OVER_BASE_AFTER.match(
        sentence, start
    )
    if (tail.endswith("on") or over_base) and periods._ON_BASE.search(words):
        return True
    return ("level" in lower or "record" in lower or "peak" in lower or "high" in lower) and bool(
        periods._LEVEL_BASE.search(words)
    )


COMPARISON_TEXT = st.lists(
    st.one_of(
        st.sampled_from(["than", "compared to", "against", "versus", "vs.", "relative to", "the same", "that of",
                         "from", "above the", "below", "over", "under", "up 5% on", "the level of", "record",
                         "peak", "high of", "in", "the", "2023", "152,500", "TEU", ",", "and", "on", "ON"]),
        st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=4),
    ),
    max_size=16,
).map(" ".join)  # fmt: skip


@SETTINGS
@given(COMPARISON_TEXT)
def test_the_word_test_before_a_base_answers_as_the_searches(text: str) -> None:
    for start in range(len(text) + 1):
        assert periods.is_comparison_base(text, start) == _comparison_base_by_scan(text, start), (text, start)


def test_the_word_test_before_a_base_answers_as_the_searches_on_the_dev_sentences() -> None:
    for text in _dev_texts("en"):
        for year in periods._ANY_YEAR.finditer(text):
            assert periods.is_comparison_base(text, year.start()) == _comparison_base_by_scan(
                text, year.start()
            )


# Year spans written the ways the carried-span patterns read them, among other words
SPAN_WORDS = st.sampled_from(
    ["plan for 2024 - 2028", "built in 2022–2025", "plan", "Programme", "strategy", "roadmap", "for", "the", "water", "sector", "built", "LAID", "over",
     "in", "2024-2028", "2022 – 2025", "2021—2030", "2019-2018", "1024-2028", "٢٠٢٤-٢٠٢٨", "2024-", "-2028", ","]
)  # fmt: skip


def _span_gate_holds(text: str) -> None:
    for pattern in (carried_spans._NAMED_DOCUMENT, carried_spans._NAMED_WORKS):
        if pattern.search(text):
            assert carried_spans.may_name_span(text), text  # named_spans and built_span read these two


def test_the_year_span_gate_never_blocks_a_named_span_on_the_dev_sentences() -> None:
    texts = _dev_texts("en") + ["the comprehensive plan for the water sector for 2024-2028", "built in 2022 – 2025",
                                "a Strategy for 2021—2030", "the line, LAID over 2019 -2023,"]  # fmt: skip
    assert any(carried_spans.named_spans(text) for text in texts)
    for text in texts:
        _span_gate_holds(text)


@SETTINGS
@given(st.lists(st.one_of(SPAN_WORDS, st.text(max_size=5)), max_size=12).map(" ".join))
def test_the_year_span_gate_never_blocks_a_named_span(text: str) -> None:
    _span_gate_holds(text)


def _english_gated() -> list[re.Pattern[str]]:
    from etl.extract import article_scope, clause_reading, kind_cues, predicate, present_state, unit_carrying

    return [predicate._FIXED_AT, predicate._PLAN_REVISED, predicate._PLAN_SUBJECT, predicate._EXECUTED,
            present_state._RULE_CAP_BEFORE, present_state._REPORTED_THAT, mentions._AGE_BEFORE, kind_cues._COST_BEFORE,
            kind_cues._DESIGNED_FOR, unit_carrying._RATIO_BEFORE, unit_carrying._DOLLAR_PRICED,
            clause_reading._PROJECT_WORTH, article_scope._REPORT_SPAN]  # fmt: skip


def _english_gates_hold(text: str) -> int:
    from etl.extract.literal_gates import literal_gate, may_match, sentence_lower

    closed = 0
    for pattern in _english_gated():
        gate = literal_gate(pattern)
        assert gate is not None, pattern  # a pattern with no gate would be scanned always
        if not may_match(gate, sentence_lower(text)):
            closed += 1
            assert pattern.search(text) is None, (pattern.pattern, text)
    return closed


def test_english_figure_gates_never_block_a_match_on_the_dev_sentences() -> None:
    texts = _dev_texts("en") + ["the budget was revised and now amounts to", "set at 5 billion",
                                "must not exceed 10%", "children aged 6 to 10", "the plan was fulfilled",
                                "the study found that 23%", "The revised budget amounts to",
                                "the plant is Designed for 240 MW", "the exchange rate was 518 tenge",
                                "a ratio of 1.5", "the total cost is estimated at"]  # fmt: skip
    assert sum(_english_gates_hold(text) for text in texts) > 1000  # the gates do close


ENGLISH_WORDS = st.sampled_from(
    ["the", "budget", "Budget", "was", "revised", "set", "FIXED", "at", "must", "not", "exceed", "higher", "than",
     "aged", "under", "children", "found", "that", "spent", "came", "in", "plan", "raised", "by", "to", "ſet",
     "K", "İ", "$", "₸", "5", ",", "  ", "designed for", "the dollar", "exchange rate", "ratio", "estimated at",
     "worth", "project", "Valued at", "costing", "over the", "period", "Quarter", "half-year"]
)  # fmt: skip


@SETTINGS
@given(st.lists(st.one_of(ENGLISH_WORDS, st.text(max_size=4)), max_size=14).map(" ".join))
def test_english_figure_gates_never_block_a_match(text: str) -> None:
    _english_gates_hold(text)


# The look-aheads put before the costliest relative patterns only repeat what follows them: the
# patterns without them find the same.
_UNGUARDED = {"(?=for\\s)": "", "(?=annual)": "", "(?=\\b\\w)": ""}


def _unguarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    text = pattern.pattern
    for guard, nothing in _UNGUARDED.items():
        text = text.replace(guard, nothing)
    return re.compile(text, pattern.flags)


_MONTH_WORD_ASCII = re.compile(periods._MONTH_WORD_LOWER.pattern, re.I | re.ASCII)


def _relative_guards_hold(text: str) -> None:
    for pattern, kind in periods._RELATIVE_PATTERNS:
        assert _matches(pattern, text) == _matches(_unguarded(pattern), text), (kind, text)
    for lower_twin, ascii_twin in ((periods._RELATIVE_WORDS_LOWER, periods._RELATIVE_WORDS_ASCII),
                                   (periods._MONTH_WORD_LOWER, _MONTH_WORD_ASCII)):  # fmt: skip
        assert (lower_twin.search(text.lower()) is None) == (ascii_twin.search(text) is None), text


def test_guarded_relative_patterns_answer_as_before_on_the_dev_sentences() -> None:
    assert sum(_unguarded(p).pattern != p.pattern for p, _ in periods._RELATIVE_PATTERNS) == 2
    for text in [t for t in _dev_texts("en") if periods._printable_ascii(t)]:
        _relative_guards_hold(text)
    _relative_guards_hold(
        "74% of the annual plan is met; 1,200 out of 6,000 for the year, from the new school year"
    )


@SETTINGS
@given(st.lists(st.one_of(PERIOD_WORDS, st.sampled_from(
    ["annual", "plan", "is", "school", "academic", "new", "the", "6,000", "million", "for", "FOR", "of", "Annual",
     "by", "starting", "from", "with", "%", "MAY", "Dec.", "marching", "Q3", "H1"]))).map(" ".join))  # fmt: skip
def test_guarded_relative_patterns_and_the_lower_cased_word_test_answer_as_before(text: str) -> None:
    _relative_guards_hold(text)


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(["2024", "-", "–", "—", " ", "2028", "\u0661\u0662\u0663\u0664"]),
                          st.text(max_size=3)), max_size=10).map("".join))  # fmt: skip
def test_the_dash_test_before_the_span_of_years_scan_never_blocks_a_match(text: str) -> None:
    assert carried_spans.may_name_span(text) == (carried_spans._MAY_NAME_SPAN.search(text) is not None)


def test_a_pattern_opens_a_word_only_when_every_path_starts_one() -> None:
    from etl.extract.literal_gates import opens_a_word

    opening = [r"\bfoo", r"(?<=% )in", r"(?:\bthe\s+)?\bx", r"\b\d+", r"\b[a-z]", r"\b(?:a|b)c", r"(?<!x)\by"]
    not_opening = [
        r"foo",
        r"(?<=\d)in",
        r"\b(?:a|%)",
        r"(?:the\s+)?\bx",
        r"\b[^a]",
        r"\b.",
        r"\b(?:a|b)?",
        r"x*\by",
    ]
    assert all(opens_a_word(re.compile(p, re.I)) for p in opening)
    assert not any(opens_a_word(re.compile(p, re.I)) for p in not_opening)
    assert all(periods._RELATIVE_OPENS_A_WORD)  # else the relative scan falls back to the whole scan


def _word_start_scan_holds(text: str) -> None:
    from etl.extract.literal_gates import at_word_starts

    every = periods._relative_in_ascii(tuple(range(len(periods._RELATIVE_PATTERNS))))
    assert [(m.span(), m.lastgroup) for m in at_word_starts(every).finditer(text)] == [
        (m.span(), m.lastgroup) for m in every.finditer(text)
    ], text
    # (the needed patterns' alternation names fewer groups: the ones that took part are compared)
    indexes = periods._needed_relative(text.lower())
    assert [_taking_part(m) for m in periods._relative_matches(text, indexes)] == [
        _taking_part(m) for m in periods._RELATIVE.finditer(text)
    ], text


def _taking_part(match: re.Match[str]) -> tuple[tuple[int, int], str | None, dict[str, str]]:
    return match.span(), match.lastgroup, {k: v for k, v in match.groupdict().items() if v is not None}


def test_the_relative_scan_at_word_starts_finds_what_the_whole_scan_finds_on_the_dev_sentences() -> None:
    for text in [t for t in _dev_texts("en") if periods._printable_ascii(t)]:
        _word_start_scan_holds(text)


@SETTINGS
@given(ASCII_TEXT)
def test_the_relative_scan_at_word_starts_finds_what_the_whole_scan_finds(text: str) -> None:
    _word_start_scan_holds(text)


@SETTINGS
@given(st.lists(st.sampled_from(["Q", "H", "q", "h", "1", "3", "5", " ", "-", "a", "_", "in"])).map("".join))
def test_the_capital_letter_test_before_the_part_code_scan_never_blocks_a_match(text: str) -> None:
    may_hold = "Q" in text or "H" in text
    assert may_hold or periods._PART_CODE.search(text) is None


def test_openings_are_the_strings_every_match_opens_with() -> None:
    from etl.extract.literal_gates import openings

    assert openings(re.compile(r"\bAbai\s+x|\b(?:[Rr]egion|Oblast)\s+of"), 3) == {"Aba", "Reg", "reg", "Obl"}
    assert openings(re.compile(r"(?<![\w-])(?:[Сс]толиц\w*)"), 3) == {"Сто", "сто"}
    assert openings(re.compile(r"(?:x|)y"), 3) == {"xy", "y"}  # an empty alternative: what follows opens
    assert openings(re.compile(r"a(?:b|)"), 3) == {"a"}  # nothing certain after "a"
    assert openings(re.compile(r"ab[^c]d"), 3) == {"ab"}  # a negated class ends the opening
    assert openings(re.compile(r"\w+"), 3) is None  # any word character may open it
    assert openings(re.compile(r"(?i:ab)c"), 3) is None  # so may either case
    assert openings(re.compile(r"ab", re.I), 3) is None


def _bare_place_patterns(monkeypatch: pytest.MonkeyPatch) -> dict[str, re.Pattern[str]]:
    from etl.extract import places

    with monkeypatch.context() as patched:
        patched.setattr(places, "_gated_by_openings", lambda pattern: pattern)
        return places.load_places().patterns


def _same_place_matches(bare: dict[str, re.Pattern[str]], texts: list[str]) -> int:
    from etl.extract.places import default_places

    found = 0
    for language, pattern in default_places().patterns.items():
        assert pattern.pattern != bare[language].pattern  # every language's forms have openings
        for text in texts:
            expected = [(m.span(), m.lastgroup) for m in bare[language].finditer(text)]
            assert [(m.span(), m.lastgroup) for m in pattern.finditer(text)] == expected, (language, text)
            found += len(expected)
    return found


def test_the_place_patterns_behind_their_openings_find_what_they_find_bare_on_the_dev_texts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = _dev_texts("en") + _dev_texts("ru") + _dev_texts("kk")
    assert _same_place_matches(_bare_place_patterns(monkeypatch), texts) > 1000


PLACE_TEXT = st.lists(
    st.sampled_from(["Almaty", "Astana", "region", "Region", "of", "the", "capital", "East", "Kazakhstan", "Abai",
                     "Алматы", "Алматинской", "области", "облысы", "Астанада", "Шымкент", "ВКО", "district", "-",
                     "’s", "Aktau", "Hub", "Ak", "Al", ",", "Кар", "Қарағанды", "Туркестанской"]),
    max_size=12,
).map(" ".join)  # fmt: skip


@SETTINGS
@given(st.lists(PLACE_TEXT, min_size=1, max_size=5))
def test_the_place_patterns_behind_their_openings_find_what_they_find_bare(texts: list[str]) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        _same_place_matches(_bare_place_patterns(monkeypatch), texts)


def _literals(items) -> list[str]:  # items: an sre_parse.SubPattern
    from re import _constants as sre  # type: ignore[attr-defined]

    found = []
    for op, argument in items:
        if op is sre.LITERAL:
            found.append(chr(argument))
        elif op is sre.IN:
            found += [chr(value) for kind, value in argument if kind is sre.LITERAL]
        elif op is sre.BRANCH:
            found += [c for alternative in argument[1] for c in _literals(alternative)]
        elif op is sre.SUBPATTERN:
            found += _literals(argument[-1])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            found += _literals(argument[2])
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            found += _literals(argument[1])
    return found


def _direction_twins() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    from etl.extract import direction

    pairs = [(direction._WORDS[language], direction._WORDS_LOWER[language]) for language in direction._WORDS]
    return [*pairs, (direction._CLAUSE_END, direction._CLAUSE_END_LOWER)]


def test_the_direction_words_read_in_lower_case_are_written_in_lower_case() -> None:
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    for insensitive, twin in _direction_twins():
        assert insensitive.flags & re.I and not twin.flags & re.I and twin.pattern == insensitive.pattern
        literals = _literals(sre_parse.parse(twin.pattern, twin.flags))
        assert literals and all(c == c.lower() for c in literals), twin.pattern


def _twins_agree(texts: list[str]) -> int:
    from etl.extract.literal_gates import plain_lower

    found = 0
    for text in texts:
        lower = plain_lower(text)
        if lower is None:
            continue
        for insensitive, twin in _direction_twins():
            expected = [(m.span(), m.lastgroup) for m in insensitive.finditer(text)]
            assert [(m.span(), m.lastgroup) for m in twin.finditer(lower)] == expected, text
            found += len(expected)
    return found


def test_the_direction_words_read_in_the_lower_cased_text_are_found_as_in_the_text_on_the_dev_texts() -> None:
    assert _twins_agree(_dev_texts("en") + _dev_texts("ru") + _dev_texts("kk")) > 1000


DIRECTION_TEXT = st.lists(
    st.sampled_from(["Rose", "FELL", "up", "Down", "MORE", "than", "Increased", "by", "5%", ",", " - ", "while",
                     "Выросли", "СНИЗИЛСЯ", "больше", "Өсті", "АЗАЙДЫ", "кем", "ЗАТО", "ал", "тогда как", "x"]),
    max_size=12,
).map(" ".join)  # fmt: skip


@SETTINGS
@given(DIRECTION_TEXT)
def test_the_direction_words_read_in_the_lower_cased_text_are_found_as_in_the_text(text: str) -> None:
    _twins_agree([text])


def test_every_district_match_holds_its_languages_district_word() -> None:
    from etl.extract.places import _DISTRICT, _DISTRICT_WORD

    texts = _dev_texts("en") + _dev_texts("ru") + _dev_texts("kk")
    found = 0
    for language, pattern in _DISTRICT.items():
        assert not pattern.flags & re.I  # the word is looked for as written
        for text in texts:
            for match in pattern.finditer(text):
                assert _DISTRICT_WORD[language] in match.group(0)
                found += 1
    assert found > 20


def test_a_dashed_member_needs_an_en_or_em_dash_in_its_sentence() -> None:
    """dash_label answers None at once for a sentence with neither dash: every match of the dash it
    looks for holds one of them (a hyphen, a minus or a range, opens no member: FORMAT.md)."""
    from etl.extract import dash_labels
    from etl.extract.literal_gates import literal_gate

    assert set(literal_gate(dash_labels._DASH_BEFORE) or ()) == {"–", "—"}
    assert dash_labels.dash_label("угля – 101,6%", 7) == (0, 4)
    assert dash_labels.dash_label("угля - 101,6%", 7) is None


def _phrases(language: str) -> list[str]:
    """Runs of one to four words of a dev set's lines: items of every shape, places among them."""
    words = [w for text in _dev_texts(language)[:120] for w in text.split()]
    return [" ".join(words[i : i + n]) for n in (1, 2, 3, 4) for i in range(0, len(words) - n, 7)]


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_remembered_item_readings_are_the_readings_made_afresh(language: str) -> None:
    """_unplaced and counter_only, remembered for the last few items, answer as a fresh reading,
    and a remembered list of words is a tuple no caller can change under the next one."""
    from etl.extract import item_cleaning

    phrases = _phrases(language)
    for phrase in phrases + phrases[:50]:  # the last ones again, from memory
        for origins in (False, True):
            words, named = item_cleaning._unplaced(phrase, language, origins)
            assert isinstance(words, tuple)
            assert (words, named) == item_cleaning._unplaced.__wrapped__(phrase, language, origins), phrase
        counter_only = item_cleaning.counter_only
        assert counter_only(phrase, language) == counter_only.__wrapped__(phrase, language), phrase
    assert any(item_cleaning._unplaced(p, language)[1] for p in phrases)  # places were read


def _word_number_spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@SETTINGS
@given(NUMBER_TEXT)
def test_the_number_word_scan_of_lower_cased_ascii_finds_what_the_case_insensitive_scan_finds(
    text: str,
) -> None:
    assert _word_number_spans(numbers._WORD_NUMBER_LOWER, text.lower()) == _word_number_spans(
        numbers.WORD_NUMBER, text
    )


def test_the_number_word_scan_of_lower_cased_ascii_finds_what_the_case_insensitive_scan_finds_on_the_dev_sentences() -> (
    None
):
    texts = [t for t in _dev_texts("en") if t.isascii()]
    assert sum(bool(numbers.WORD_NUMBER.search(t)) for t in texts) > 20
    for text in texts:
        assert _word_number_spans(numbers._WORD_NUMBER_LOWER, text.lower()) == _word_number_spans(
            numbers.WORD_NUMBER, text
        ), text


ACT_TEXT = st.lists(
    st.one_of(
        st.sampled_from(["the", "a", "Decree", "decrees", "LAW", "order", "Resolution", "No.", "5", "of", "dated",
                         "2008", "signed on", "issued on", "government", "ordinance", "regulations", "act", "  "]),
        st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=0x17F), max_size=4),
    ),
    max_size=14,
).map(" ".join)  # fmt: skip


def _act_searches(sentence: str, start: int, end: int) -> bool:
    """names_a_legal_act's English answer without its gate: both searches, always made."""
    from etl.extract import legal_acts

    before = sentence[max(0, start - legal_acts._REACH) : start]
    return legal_acts._EN_ACT_BEFORE.search(before) is not None or (
        legal_acts._EN_ACT_AFTER.match(sentence, end) is not None
        and legal_acts._EN_DETERMINER_BEFORE.search(before) is not None
    )


@SETTINGS
@given(ACT_TEXT, st.integers(0, 80), st.integers(0, 8))
def test_the_act_noun_gate_never_hides_a_legal_act(text: str, start: int, length: int) -> None:
    from etl.extract.legal_acts import names_a_legal_act

    start = min(start, len(text))
    end = min(len(text), start + length)
    assert names_a_legal_act(text, start, end, "en") == _act_searches(text, start, end)


def test_the_act_noun_gate_never_hides_a_legal_act_on_the_dev_sentences() -> None:
    from etl.extract.legal_acts import names_a_legal_act

    named = ["The amounts are set by a government decree of 2008.", "Under the 2021 law, 5% is paid."]
    acts = 0
    for text in _dev_texts("en") + named:
        for year in re.finditer(r"\d{4}", text):
            expected = _act_searches(text, year.start(), year.end())
            acts += expected
            assert names_a_legal_act(text, year.start(), year.end(), "en") == expected, text
    assert acts == 2  # (the dev sentences date no act: the two written here open the gate)


def _period_readings(text: str, published: date) -> list[list[periods.Period]]:
    """find_periods of the text with no year in scope, the publication year's, another year's, and
    its days of telling."""
    return [
        periods.find_periods(text, published),
        periods.find_periods(text, published, published.year),
        periods.find_periods(text, published, published.year - 1),
        periods.find_periods(text, published, reporting_days=True),
    ]


def test_remembered_period_readings_are_the_readings_made_afresh() -> None:
    """find_periods answers from its last readings (periods._phrases_read) as from a fresh one, and
    hands each caller a list of its own."""
    published = date(2025, 6, 15)
    texts = [t for t in _dev_texts("en") if len(t) < 600][:400]
    remembered = [_period_readings(t, published) for t in texts + texts[-20:]]  # the last ones again
    periods._phrases_read.cache_clear()
    fresh = []
    for text in texts + texts[-20:]:
        fresh.append(_period_readings(text, published))
        periods._phrases_read.cache_clear()
    assert remembered == fresh
    first, second = periods.find_periods(texts[0], published), periods.find_periods(texts[0], published)
    assert first == second and first is not second


def _phrases_with_no_year_in_scope(text: str, published: date) -> tuple[str, tuple[periods.Period, ...]]:
    return periods._phrases_read.__wrapped__(text, published, None)  # type: ignore[arg-type]


def test_no_year_in_scope_reads_as_the_publication_year_on_the_dev_sentences() -> None:
    """find_periods asks for one reading with no year in scope and with the publication year's: the
    reader falls back to published.year wherever it reads the year in scope."""
    for published in (date(2025, 1, 10), date(2025, 12, 28)):
        for text in _dev_texts("en"):
            assert _phrases_with_no_year_in_scope(text, published) == periods._phrases_read.__wrapped__(
                text, published, published.year
            ), text


@SETTINGS
@given(ASCII_TEXT, st.sampled_from([date(2025, 1, 10), date(2025, 6, 15), date(2025, 12, 28)]))
def test_no_year_in_scope_reads_as_the_publication_year(text: str, published: date) -> None:
    assert _phrases_with_no_year_in_scope(text, published) == periods._phrases_read.__wrapped__(
        text, published, published.year
    )


def _works_gates_hold(text: str) -> None:
    from etl.extract import figure_kind

    patterns = (
        figure_kind._TO_BE_BUILT_AFTER,
        figure_kind._WORKS_A_PLAN_SETS_OUT_BEFORE,
        figure_kind._BUILDING_BEGUN_ON,
    )
    gates = figure_kind._works_may_match(text)
    # (where a figure may start or end: at a digit or currency sign, after a digit, at the end)
    figures = [i for i, c in enumerate(text) if c.isdigit() or c in "$₸"]
    for position in sorted({*figures, *(i + 1 for i in figures), len(text)}):
        for pattern, open_gate in zip(patterns, gates, strict=True):
            if pattern.match(text, position) or pattern.search(text, 0, position):
                assert open_gate, (pattern.pattern[:40], text)


def test_a_sentence_the_works_gates_close_holds_no_match_of_their_patterns() -> None:
    texts = [t for t in _dev_texts("en") if "construct" in t or "built" in t or "plan" in t]
    texts += [
        "a 1 GW plant, which is to be built in Zhetysu",
        "approved a roadmap for the construction of 100 new landfills",
        "Construction has begun on a 20,000-km network",
        "Repair Started on a 5 km road; a Plan For The Renovation Of 3 schools",
    ]
    for text in texts:
        _works_gates_hold(text)


@SETTINGS
@given(ASCII_TEXT)
def test_the_works_gates_never_close_on_a_match(text: str) -> None:
    _works_gates_hold(text)
