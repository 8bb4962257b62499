"""The rows of bench/carry_study.py (the study of the frame a figure takes when its sentence names
no period, docs/extraction.md): which figures it takes, their candidates and features."""

from datetime import date

from bench.carry_study import Policy, Row, rows_of, split_of
from etl.evaluation import EvalArticle, GoldFigure

PUBLISHED = date(2025, 10, 14)
NINE_MONTHS = (date(2025, 1, 1), date(2025, 9, 30))


def _article(body: str, golds: list[tuple[str, float, str, tuple | None]], language: str = "en",
             title: str = "", name: str = "h5-en-01-test.json") -> EvalArticle:  # fmt: skip
    figures = []
    for surface, value, unit, period in golds:
        at = body.index(surface)
        figures.append(
            GoldFigure(value, unit, at, at + len(surface), surface, "", period, "actual", False, False)
        )
    return EvalArticle(name, language, PUBLISHED, title, body, tuple(figures))


def test_only_figures_whose_sentence_names_no_period_are_rows_with_the_leads_period_as_candidate():
    body = (
        "In January-September 2025, exports reached $5 billion. Imports amounted to $3 billion.\n"
        "The sector accounts for 40% of jobs."
    )
    article = _article(body, [("$5 billion", 5e9, "USD", NINE_MONTHS), ("$3 billion", 3e9, "USD", NINE_MONTHS),
                              ("40%", 40, "percent", (PUBLISHED, PUBLISHED))])  # fmt: skip
    rows = {r.surface: r for r in rows_of(article)}
    assert set(rows) == {"$3 billion", "40%"}  # the lead's figure names its own period
    imports, share = rows["$3 billion"], rows["40%"]
    assert imports.candidates["lead"] == imports.candidates["prev"] == NINE_MONTHS
    assert imports.distance == "1" and imports.last_is_lead and imports.same_paragraph
    assert imports.right("extractor") and imports.right("prev") and not imports.right("pub")
    assert share.distance == "2" and not share.same_paragraph and share.tense == "state"
    assert share.right("pub") and share.source == "pub" and share.unit_class == "rate"


def test_a_part_of_the_leads_span_named_later_is_inside_it_and_a_comparison_base_names_no_period():
    body = (
        "In January-September 2025, output reached 120 tons. In the first half, it was 70 tons. "
        "Exports came to 30 tons, against 25 tons in 2024."
    )
    half = (date(2025, 1, 1), date(2025, 6, 30))
    article = _article(body, [("120 tons", 120, "tonne", NINE_MONTHS), ("70 tons", 70, "tonne", half),
                              ("30 tons", 30, "tonne", NINE_MONTHS)])  # fmt: skip
    (row,) = [r for r in rows_of(article) if r.surface == "30 tons"]
    assert row.candidates["prev"] == half and row.prev_in_lead == "inside"
    assert row.right("lead") and not row.right("prev")


def test_russian_figures_get_the_headlines_period_and_a_tense_from_the_russian_reader():
    body = "В 2024 году построено 140 школ. Еще 95 школ строятся."
    year = (date(2024, 1, 1), date(2024, 12, 31))
    article = _article(body, [("140 школ", 140, "count", year), ("95 школ", 95, "count", (PUBLISHED, PUBLISHED))],
                       language="ru", title="Школы в 2024 году")  # fmt: skip
    (row,) = rows_of(article)
    assert row.surface == "95 школ" and row.candidates["headline"] == year and row.tense == "present"


def test_the_newest_blind_sets_are_the_test_split():
    assert split_of("h20-en-03-x.json") == split_of("h22-kk-09-x.json") == "test"
    assert (
        split_of("h18-ru-07-x.json") == split_of("en-001-x.json") == split_of("hx-en-01-x.json") == "design"
    )


def test_an_override_that_dates_a_null_gold_figure_counts_as_a_break():
    def row(gold: tuple | None, extracted: tuple | None) -> Row:
        candidates = {"headline": None, "lead": NINE_MONTHS, "prev": None, "prev_first": None, "para": None,
                      "pub": (PUBLISHED, PUBLISHED), "null": None}  # fmt: skip
        return Row(
            "en", "design", "a", "1", gold, extracted, candidates, "ahead", "flow", "1", True, True, False
        )

    tally = Policy("en", (("tense", "ahead"),), "lead").gain([row(None, None), row(NINE_MONTHS, None)])
    assert (tally.fixed, tally.broken, tally.null_fixed, tally.null_broken, tally.net) == (1, 0, 0, 1, 0)
