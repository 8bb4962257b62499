"""The dataset of bench/frame_model.py (the learned frame decision experiment, docs/extraction.md):
which figures are rows, their candidate spans, their features and writer-set groups. scikit-learn
is not needed here: only the CV imports it."""

from datetime import date

from bench.frame_model import Row, _written, candidate_features, group_of, outcomes, rows_of, shape, timing
from tests.test_carry_study import _article  # one article of golds, as the carry study's tests build it

PUBLISHED = date(2025, 10, 14)
NINE_MONTHS = (date(2025, 1, 1), date(2025, 9, 30))


def test_writer_sets_are_the_file_name_prefix_and_the_plain_files_one_group():
    assert group_of("h22-kk-01-astyk.json") == "h22"
    assert group_of("hx-en-03-roads.json") == "hx"
    assert group_of("h2-ru-10-x.json") == "h2"
    assert group_of("en-001-growth.json") == group_of("kk-014-x.json") == "plain"


def test_span_shapes_and_how_they_stand_to_publication():
    assert shape(NINE_MONTHS, PUBLISHED) == "ytd"
    assert shape((date(2024, 1, 1), date(2024, 12, 31)), PUBLISHED) == "year"
    assert shape((date(2024, 1, 1), date(2026, 12, 31)), PUBLISHED) == "years"
    assert shape((PUBLISHED, PUBLISHED), PUBLISHED) == "day"
    assert shape((date(2025, 7, 1), date(2025, 9, 30)), PUBLISHED) == "quarter"
    assert shape(None, PUBLISHED) == "none"
    assert timing((date(2025, 1, 1), date(2025, 12, 31)), PUBLISHED) == "running"
    assert timing(NINE_MONTHS, PUBLISHED) == "ended_this_year"
    assert timing((date(2024, 1, 1), date(2024, 12, 31)), PUBLISHED) == "ended_last_year"
    assert timing((date(2026, 1, 1), date(2026, 12, 31)), PUBLISHED) == "ahead"


def test_carried_and_present_figures_are_rows_with_their_candidates_and_a_sentences_own_period_is_not():
    body = (
        "In January-September 2025, exports reached $5 billion. Imports amounted to $3 billion in total.\n"
        "The sector accounts for 40% of jobs."
    )
    article = _article(body, [("$5 billion", 5e9, "USD", NINE_MONTHS), ("$3 billion", 3e9, "USD", NINE_MONTHS),
                              ("40%", 40, "percent", (PUBLISHED, PUBLISHED))])  # fmt: skip
    rows = {r.surface: r for r in rows_of(article)}
    assert set(rows) == {"$3 billion", "40%"}  # the first figure's sentence states its period
    imports, share = rows["$3 billion"], rows["40%"]
    nine = tuple(d.isoformat() for d in NINE_MONTHS)
    assert imports.basis == "context" and imports.group == "h5"
    assert imports.candidates["prev"] == imports.candidates["lead"] == nine
    assert imports.right("rules") and imports.right("prev") and not imports.right("pub")
    assert imports.features["s_total"] == "True" and imports.features["distance"] == "1"
    assert imports.features["prev_shape"] == "ytd" and imports.features["prev_timing"] == "ended_this_year"
    assert share.basis == "publication" and share.right("pub") and share.features["tense"] == "state"
    assert share.features["same_paragraph"] == "False" and share.features["first_in_paragraph"] == "True"


def test_a_figure_with_a_null_gold_period_is_no_row():
    body = "In January-September 2025, exports reached $5 billion. The plan envisages 12 new plants."
    article = _article(body, [("$5 billion", 5e9, "USD", NINE_MONTHS), ("12 new plants", 12, "count", None)])
    assert [r.surface for r in rows_of(article)] == []


def _row(candidates: dict) -> Row:
    features = dict.fromkeys(("lang", "tense", "unit_class", "kind", "change", "distance", "same_paragraph", "first_in_paragraph", "weak", "prev_shape", "prev_timing", "lead_timing", "prev_is_lead", "s_total", "s_compare", "s_now", "s_since", "s_annual", "s_plan", "s_stock", "s_flow", "n_now", "n_stock", "n_flow", "n_total", "paragraph", "month", "sent_names_comparison", "last_is_lead"), "x")  # fmt: skip
    return Row("h5", "a", "ru", "1", 0, ("2025-01-01", "2025-09-30"), candidates, features, "context")


def test_distinct_spans_pool_their_candidates_and_the_rules_can_be_hidden_from_the_model():
    nine, day = ("2025-01-01", "2025-09-30"), ("2025-10-14", "2025-10-14")
    row = _row({"rules": nine, "prev": nine, "lead": nine, "pub": day, "headline": None})
    spans = row.spans()
    assert spans == {nine: ["rules", "lead", "prev"], day: ["pub"]}
    seen = candidate_features(row, spans[nine], with_rules=True)
    hidden = candidate_features(row, spans[nine], with_rules=False)
    assert "src=rules" in seen and "src=rules" not in hidden and "src=prev|lang=ru" in hidden
    # a span only the rules give is still a candidate, marked as such when the rules are hidden
    assert "src=only_rules" in candidate_features(row, ["rules"], with_rules=False)


def test_an_override_needs_the_margin_and_counts_what_it_fixes_and_breaks():
    nine, day = ("2025-01-01", "2025-09-30"), ("2025-10-14", "2025-10-14")
    carried = _row({"rules": nine, "prev": nine, "pub": day})  # gold is the nine months
    rows = [carried, carried]
    # the model prefers the publication day, 0.4 and 0.1 surer than the rules' span
    predictions = [(day, 0.9, 0.5), (day, 0.6, 0.5)]
    tally = outcomes(rows, predictions, margin=0.3)["h5"]["ru"]
    assert (tally.n, tally.right_rules, tally.right_model) == (2, 2, 0)
    assert (tally.right_override, tally.fixed, tally.broken) == (1, 0, 1)


def test_forward_training_order_puts_the_first_sets_together_and_the_plain_files_first():
    assert _written("plain") < _written("h2") == _written("h4") == _written("hx") < _written("h5")
    assert _written("h10") < _written("h22")
