"""The features of bench/present_state.py (the learned present-state experiment, docs/extraction.md):
what each figure is described by, read without scikit-learn."""

from datetime import date

from bench.present_state import features
from etl.extract.indicators import extract_indicators

PUBLISHED = date(2025, 10, 14)


def _features_of(body: str, surface: str, language: str, title: str = "") -> list[str]:
    found = extract_indicators(body, PUBLISHED, title=title, language=language)
    hit = next(f for f in found if f.surface.startswith(surface))
    return features(hit, body, PUBLISHED, language, title)


def test_english_present_state_after_a_dated_lead_is_marked_carried_or_present_without_a_time_of_its_own():
    body = "In January-September 2025, exports reached $5 billion.\nThe sector accounts for 40% of jobs."
    out = _features_of(body, "40%", "en")
    assert "no_clause_time" in out and "en_present" in out and "lang=en" in out
    assert "w=accounts" in out and "para=1" in out and "first_in_paragraph" in out


def test_a_figure_with_its_own_year_has_a_clause_time_and_is_not_carried():
    out = _features_of("Exports reached $5 billion in 2024.", "$5 billion", "en")
    assert "clause_time" in out and "carried" not in out and "rp=span" in out and "rp_over" in out


def test_russian_clause_words_are_cut_to_five_letter_stems_with_the_verbs_tense():
    out = _features_of("В настоящее время в области работают 120 предприятий.", "120", "ru")
    assert "w=работ" in out and "ru_present" in out


def test_kazakh_clause_predicate_is_read_as_a_stative_aorist():
    out = _features_of("Қазір өңірде 45 кәсіпорын жұмыс істейді.", "45", "kk")
    assert {"kk_c_aorist", "kk_c_stative", "w=істей", "lang=kk"} <= set(out)
