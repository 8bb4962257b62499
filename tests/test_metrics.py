"""Indicators in the store: metric mapping, repeats counted once, contradictions, re-mapping."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import duckdb
import pytest

from etl.config_files import ConfigError
from etl.extract.catalog import DEFAULT_CATALOG, FigureFacts, load_catalog, map_metric
from etl.pipeline.refresh import refresh
from etl.store import derived
from tests.conftest import SAMPLE_OBSERVED_AT, SAMPLE_PAGE


def _query(db: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_every_stored_figure_keeps_its_article_and_exact_sentence(sample_store: Path) -> None:
    rows = _query(
        sample_store,
        "SELECT i.sentence, i.sentence_start, i.start_char, i.end_char, i.surface, a.body "
        "FROM indicators i JOIN articles a USING (article_id)",
    )
    assert len(rows) > 100
    for sentence, sentence_start, start, end, surface, body in rows:
        assert body[sentence_start : sentence_start + len(sentence)] == sentence
        assert body[start:end] == surface
        assert sentence_start <= start < end <= sentence_start + len(sentence)


def test_repeated_2024_taza_totals_are_one_fact_with_two_sources(sample_store: Path) -> None:
    rows = _query(
        sample_store,
        "SELECT metric_id, value, sources, mentions FROM metric_values "
        "WHERE period_start = DATE '2024-01-01' AND period_end = DATE '2024-12-31' "
        "AND metric_id IN ('taza.participants', 'taza.waste_collected_tonnes') ORDER BY 1",
    )
    assert rows == [("taza.participants", 6_200_000, 2, 2), ("taza.waste_collected_tonnes", 1_100_000, 2, 2)]


def test_taza_totals_of_2019_2023_are_a_span_not_a_year(sample_store: Path) -> None:
    rows = _query(
        sample_store,
        "SELECT metric_id, value FROM metric_values WHERE period_start = DATE '2019-01-01' "
        "AND period_end = DATE '2023-12-31' ORDER BY 1",
    )
    assert rows == [
        ("taza.participants", 2_400_000),
        ("taza.trees_planted", 2_500_000),
        ("taza.waste_collected_tonnes", 900_000),
    ]


def test_headline_targets_have_kind_target_and_their_deadline(sample_store: Path) -> None:
    rows = _query(
        sample_store,
        "SELECT metric_id, value, period_start, period_end, sources FROM metric_values WHERE kind = 'target' "
        "AND metric_id IN ('taza.trees_planted', 'it.exports_target_usd') ORDER BY 1",
    )
    assert rows == [
        ("it.exports_target_usd", 1e9, None, date(2026, 12, 31), 1),
        ("taza.trees_planted", 2e9, None, date(2027, 12, 31), 2),
    ]


def test_eight_scholarship_categories_from_september_2025(sample_store: Path) -> None:
    rows = _query(
        sample_store,
        "SELECT category, value, period_start, period_end, kind FROM metric_values "
        "WHERE metric_id = 'scholarship.monthly_amount' ORDER BY value DESC",
    )
    assert len(rows) == 8
    assert rows[0][:2] == ("doctoral students", 262_500)  # "including Health Care" only widens it
    assert ("master's students", 117_098) in [r[:2] for r in rows]
    assert {r[2:] for r in rows} == {(date(2025, 9, 1), None, "plan")}


def test_it_exports_series(sample_store: Path) -> None:
    rows = dict(
        _query(
            sample_store,
            "SELECT metric_id, value FROM metric_values WHERE metric_id LIKE 'it.%' OR metric_id LIKE 'astana%'",
        )
    )
    assert rows == {
        "it.exports_growth_pct": 24,
        "it.exports_usd": 306e6,
        "it.exports_target_usd": 1e9,
        "astana_hub.companies": 1500,
        "astana_hub.foreign_companies": 400,
    }


def test_seedlings_and_trees_are_not_flagged_against_each_other(sample_store: Path) -> None:
    # "1.1 million seedlings" and "over 1.1 billion trees" for 2021-2024 count different things
    # (and the second is only a lower bound): both facts are stored, no contradiction is flagged
    facts = _query(
        sample_store,
        "SELECT value FROM metric_facts WHERE metric_id = 'taza.trees_planted' "
        "AND period_start = DATE '2021-01-01' AND period_end = DATE '2024-12-31' ORDER BY value",
    )
    assert (1.1e6,) in facts and (1.1e9,) in facts
    rows = _query(
        sample_store,
        "SELECT count(*) FROM contradictions WHERE metric_id = 'taza.trees_planted' "
        "AND period_start = DATE '2021-01-01' AND period_end = DATE '2024-12-31'",
    )
    assert rows == [(0,)]


def test_no_contradiction_between_a_figure_and_its_repeat(sample_store: Path) -> None:
    rows = _query(sample_store, "SELECT count(*) FROM contradictions WHERE abs(value_a - value_b) < 1")
    assert rows == [(0,)]


def _facts(**overrides) -> FigureFacts:
    base = dict(
        unit="count",
        item="people",
        kind="actual",
        is_change=False,
        sentence="In 2024 the Taza Kazakstan action covered 6.2 million people.",
        offset=40,
        title="T",
    )
    return FigureFacts(**(base | overrides))  # fmt: skip


def test_mapping_needs_unit_item_phrase_and_context() -> None:
    catalog = load_catalog()
    assert map_metric(catalog, _facts()) == ("taza.participants", None)
    assert map_metric(catalog, _facts(unit="tonne")) is None
    assert map_metric(catalog, _facts(sentence="The concert covered 6.2 million people.")) is None


def test_company_figure_in_a_continuing_sentence_is_not_a_national_series() -> None:
    catalog = load_catalog()
    facts = _facts(item="green plants", sentence="Also last year, about 2 million green plants were planted.",
                   offset=22, title="Taza Kazakstan action")  # fmt: skip
    assert map_metric(catalog, facts) == ("taza.trees_planted", None)
    company = FigureFacts(**(facts.__dict__ | {"previous_sentence": "ERG implemented 97 social projects."}))
    assert map_metric(catalog, company) is None


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("metrics = 1", "entry 'metrics'"),
        ('[metrics.x]\nlabel = "X"\ntopic = "t"\n', "entry 'metrics.x.unit'"),
        ('[metrics.x]\nlabel = "X"\ntopic = "t"\nunit = "count"\nkinds = ["guess"]\n', "metrics.x.kinds"),
        ('[metrics.x]\nlabel = "X"\ntopic = "t"\nunit = "count"\nitems = []\n', "metrics.x.items"),
        ('[metrics.x]\nlabel = "X"\ntopic = "t"\nunit = "count"\ncolour = "red"\n', "unknown keys"),
        (
            '[metrics.x]\nlabel = "X"\ntopic = "t"\nunit = "count"\nregional_headlines = "yes"\n',
            "metrics.x.regional_headlines",
        ),
        (
            '[scope]\nlocal = ["village"]\nnational = ["nationwide"]\ncountry = []\n[metrics.x]\nlabel = "X"\n'
            'topic = "t"\nunit = "count"\n',
            "scope.country",
        ),
    ],
)
def test_invalid_catalog_names_file_entry_and_problem(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "metrics.toml"
    path.write_text(content)
    with pytest.raises(ConfigError, match=problem) as raised:
        load_catalog(path)
    assert str(path) in str(raised.value)


def test_editing_the_catalog_remaps_stored_indicators(tmp_path: Path) -> None:
    catalog = tmp_path / "metrics.toml"
    shutil.copy(DEFAULT_CATALOG, catalog)
    shutil.copy(SAMPLE_PAGE, tmp_path / "page.txt")
    db = tmp_path / "s.duckdb"
    refresh(db, [tmp_path], observed_at=SAMPLE_OBSERVED_AT, catalog_path=catalog)
    catalog.write_text(
        '[metrics."courts.acts_upheld_pct"]\nlabel = "Judicial acts upheld"\ntopic = "justice"\n'
        'unit = "percent"\nitems = ["judicial acts"]\n' + catalog.read_text()
    )
    summary = refresh(db, [tmp_path], observed_at=SAMPLE_OBSERVED_AT, catalog_path=catalog)
    assert summary.remapped > 100 and summary.files_ingested == 0
    assert _query(db, "SELECT value FROM metric_values WHERE metric_id = 'courts.acts_upheld_pct'") == [
        (98.9,)
    ]
    assert _query(db, "SELECT label FROM metrics WHERE metric_id = 'courts.acts_upheld_pct'") == [
        ("Judicial acts upheld",)
    ]


def test_new_mapping_rules_version_remaps_stored_indicators(tmp_path: Path, monkeypatch) -> None:
    """A change to the matching code, with the catalog file unchanged, re-maps what is stored."""
    shutil.copy(SAMPLE_PAGE, tmp_path / "page.txt")
    db = tmp_path / "s.duckdb"
    refresh(db, [tmp_path], observed_at=SAMPLE_OBSERVED_AT)
    assert refresh(db, [tmp_path], observed_at=SAMPLE_OBSERVED_AT).remapped == 0
    monkeypatch.setattr(derived, "MAPPING_RULES_VERSION", derived.MAPPING_RULES_VERSION + ".next")
    summary = refresh(db, [tmp_path], observed_at=SAMPLE_OBSERVED_AT)
    assert summary.remapped > 100 and summary.files_ingested == 0


def test_new_extractor_version_reextracts_stored_bodies(tmp_path: Path, monkeypatch) -> None:
    shutil.copy(SAMPLE_PAGE, tmp_path / "page.txt")
    db = tmp_path / "s.duckdb"
    refresh(db, [tmp_path], observed_at=SAMPLE_OBSERVED_AT)
    before = _query(db, "SELECT count(*) FROM indicators")
    with duckdb.connect(str(db)) as con:
        con.execute("DELETE FROM indicators WHERE unit = 'KZT'")
    import etl.store.derived

    monkeypatch.setattr(etl.store.derived, "EXTRACTOR_VERSION", "test-next")
    summary = refresh(db, [tmp_path], observed_at=SAMPLE_OBSERVED_AT)
    assert summary.reextracted == 9
    assert _query(db, "SELECT count(*) FROM indicators") == before


def test_the_pronoun_it_is_not_the_it_sector() -> None:
    # a fish-farming plan's export revenue, after "will make it possible", is no IT exports target
    catalog = load_catalog()
    fish = _facts(unit="USD", item="export revenue", kind="plan", offset=32,
                  sentence="Export revenue is expected to reach 330 million US dollars by 2030.",
                  previous_sentence="The programme will make it possible to triple the catch.",
                  title="Fish farming to grow thirtyfold")  # fmt: skip
    assert map_metric(catalog, fish) is None
    it_sector = FigureFacts(**(fish.__dict__ | {"title": "IT services exports to grow"}))
    assert map_metric(catalog, it_sector) == ("it.exports_target_usd", None)
    russian = FigureFacts(**(fish.__dict__ | {"title": "Экспорт ИТ-услуг вырастет", "previous_sentence": ""}))
    assert map_metric(catalog, russian) == ("it.exports_target_usd", None)
