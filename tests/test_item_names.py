"""One item in three languages is one series in a chart: the catalog's [item_names] give it one
English name, so one colour and one legend entry, while hover and sentence keep the words."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from dashboard import charts, fact_figures
from dashboard.queries import Filters, Store
from etl.extract.catalog import item_name, load_item_names
from tests.test_mixed_language import mixed_store  # noqa: F401  (the store fixture)


def test_items_in_any_language_get_the_catalogs_english_name() -> None:
    names = load_item_names()
    assert (
        item_name(names, "көшет")
        == item_name(names, "саженцев")
        == item_name(names, "seedlings")
        == "seedlings"
    )
    assert item_name(names, "деревьев") == item_name(names, "ағаш") == "trees"
    assert item_name(names, "IT-қызметтер экспорты") == item_name(names, "exports of IT services")
    assert item_name(names, "trees and seedlings") is None  # two items: its words are kept
    assert item_name(names, "area") is None


def _facts(items: list[str]) -> pd.DataFrame:
    n = len(items)
    return pd.DataFrame(
        dict(metric_id=["taza.trees_planted"] * n, label=["Trees"] * n, category=[None] * n, kind=["actual"] * n,
             is_change=[False] * n, period_start=pd.to_datetime(["2024-01-01"] * n),
             period_end=pd.to_datetime(["2024-12-31"] * n), value=[3e6 + k for k in range(n)], unit=["count"] * n,
             sources=[1] * n, first_published_at=pd.to_datetime(["2025-01-21"] * n), item=items,
             sentence=[f"sentence {k}" for k in range(n)], period_basis=["sentence"] * n)
    )  # fmt: skip


def test_one_item_in_two_languages_is_one_colour_and_one_english_legend_entry() -> None:
    figure = fact_figures.fact_series(
        _facts(["seedlings", "көшет", "trees"]), "Trees", dict(margin=dict(t=50))
    )
    legend = [trace.name for trace in figure.data if trace.showlegend]
    assert legend == ["seedlings · actual", "trees · actual"]  # not a third entry "көшет · actual"
    colours = {trace.name: trace.line.color for trace in figure.data}
    assert len(set(colours.values())) == 2
    hovers = [text for trace in figure.data for text in trace.hovertext if text]
    assert any("item: көшет (seedlings)" in text for text in hovers)  # the words as written stay
    assert any("item: seedlings<br>" in text for text in hovers)  # no name repeated after English words


def test_the_mixed_stores_trees_chart_draws_the_kazakh_seedlings_with_the_english_ones(
    mixed_store: Path,  # noqa: F811
) -> None:
    (chart,) = [c for c in charts.taza(Store.open(mixed_store), Filters()) if c.name == "taza-trees-planted"]
    legend = [trace.name for trace in chart.figure.data if trace.showlegend]
    assert not any("көшет" in name for name in legend) and "seedlings · actual" in legend
    assert "көшет" in set(chart.data["item"])  # the data (CSV) keeps the item as written


def test_progress_items_name_only_items_the_catalog_knows(tmp_path: Path) -> None:
    from etl.config_files import ConfigError
    from etl.extract.catalog import load_progress_items

    assert load_progress_items()["seedlings"] == load_progress_items()["trees"] == "trees"
    catalog = tmp_path / "metrics.toml"
    catalog.write_text('[item_names]\n"trees" = ["trees"]\n\n[progress_items]\n"trees" = ["shrubs"]\n')
    with pytest.raises(ConfigError, match="shrubs"):
        load_progress_items(catalog)


def test_negative_values_are_drawn_signed_on_a_linear_axis_through_a_marked_zero() -> None:
    facts = _facts(["Caspian level", "Caspian level", "Caspian level"]).assign(
        value=[-28.5, -29.1, 1500.0], unit=["metre"] * 3
    )
    figure = fact_figures.fact_series(facts, "Caspian", dict(margin=dict(t=50)))
    drawn = [y for trace in figure.data for y in trace.y if y is not None]
    assert min(drawn) == -29.1  # as written, never an absolute value
    assert figure.layout.yaxis.type != "log" and figure.layout.yaxis.rangemode == "tozero"
    assert figure.layout.yaxis.zeroline and figure.layout.yaxis.zerolinecolor == "#6c757d"
    labels = [text for trace in figure.data for text in trace.text if text.strip()]
    assert any(text.startswith("-28.5 m") for text in labels)


def test_an_item_the_catalog_does_not_name_is_never_a_legend_entry_in_its_own_words() -> None:
    # the extractor's item is the sentence's words ("Күзде" is "in autumn", "100 млн" a figure):
    # provenance for the hover, not an English series name
    figure = fact_figures.fact_series(
        _facts(["Күзде", "деревья высаживали на площади", "President Kassym-Jomart Tokayev", "trees"]),
        "Trees",
        dict(margin=dict(t=50)),
    )
    legend = [trace.name for trace in figure.data if trace.showlegend]
    assert legend == [f"{fact_figures.OTHER_ITEMS} · actual", "trees · actual"]
    hovers = [text for trace in figure.data for text in trace.hovertext if text]
    assert any("item: Күзде" in text for text in hovers)  # the words as written stay in the hover
    alone = fact_figures.fact_series(_facts(["экспорт услуг", "Күзде"]), "Trees", dict(margin=dict(t=50)))
    assert [trace.name for trace in alone.data if trace.showlegend] == ["Trees · actual"]  # the metric's name


def test_green_plants_beside_trees_and_seedlings_are_their_own_series_not_the_metrics_total() -> None:
    # the sample's "2.5 million green plants" (2019–2023): a word the metric counts by that
    # [item_names] does not name. Under the metric's label "Taza Kazakstan: trees and seedlings
    # planted" it read as the total of the trees and seedlings drawn beside it.
    facts = _facts(["green plants", "trees", "seedlings"]).assign(
        label="Taza Kazakstan: trees and seedlings planted")  # fmt: skip
    assert _legend(facts) == ["green plants · actual", "trees · actual", "seedlings · actual"]
    # alone it is what the metric counts (its label), and Russian words never name a legend
    assert _legend(facts.iloc[:1]) == ["Taza Kazakstan: trees and seedlings planted · actual"]
    assert not any("кустарник" in name for name in _legend(_facts(["кустарников", "trees"])))


def test_a_progress_bar_is_labelled_by_the_catalogs_item_name_or_none() -> None:
    from dashboard.progress import _label

    assert _label(
        "Saxaul", "министрлік Аралдың құрғаған түбіндегі жерге сексеуіл", None, date(2030, 12, 31)
    ) == ("Saxaul (by 2030)")
    assert _label("Trees planted", "деревьев", None, date(2027, 12, 31)) == "Trees planted (trees, by 2027)"


def test_people_who_took_part_are_the_participants_of_a_chart_that_has_participants() -> None:
    # "10.4 million people took part" and "6.2 million participants": one measure, one legend entry
    facts = _facts(["people", "участников", "адам"]).assign(
        metric_id="taza.participants", label="Participants"
    )
    figure = fact_figures.fact_series(facts, "Participants", dict(margin=dict(t=50)))
    assert [trace.name for trace in figure.data if trace.showlegend] == ["participants · actual"]
    hovers = [text for trace in figure.data for text in trace.hovertext if text]
    assert any("item: people<br>" in text for text in hovers)  # the words as written stay
    # people alone (or beside participants of another metric) stay people
    alone = fact_figures.fact_key(
        _facts(["people", "адам"]).assign(metric_id="population", label="Population")
    )
    assert set(alone) == {"people"}
    two = pd.concat([_facts(["people", "volunteers"]).assign(metric_id="population", label="Population"),
                     _facts(["participants"]).assign(metric_id="taza.participants", label="Participants")])  # fmt: skip
    # (beside its label, a metric's one item says nothing more: "Participants", not "… (participants)")
    assert list(fact_figures.fact_key(two)) == [
        "Population (people)",
        "Population (volunteers)",
        "Participants",
    ]


def test_people_alone_on_the_participants_chart_are_its_participants() -> None:
    # the sample's participants chart holds only "2.4 million people" and "6.2 million people": its
    # legend read "people · actual" where the dev store's (with "participants" beside) reads
    # "participants · actual" for the same figures
    facts = _facts(["people", "people"]).assign(metric_id="taza.participants", label="Participants")
    figure = fact_figures.fact_series(facts, "Participants", dict(margin=dict(t=50)))
    assert [trace.name for trace in figure.data if trace.showlegend] == ["participants · actual"]
    hovers = [text for trace in figure.data for text in trace.hovertext if text]
    assert all("item: people<br>" in text for text in hovers)  # the words as written stay
    # rubbish alone on the waste chart is its waste; a metric that does not count by the head
    # item keeps the member's name
    waste = _facts(["rubbish"]).assign(metric_id="taza.waste_collected_tonnes", label="Waste")
    assert list(fact_figures.fact_key(waste)) == ["waste"]
    alone = _facts(["people"]).assign(metric_id="population", label="Population")
    assert list(fact_figures.fact_key(alone)) == ["people"]


def _legend(facts: pd.DataFrame) -> list[str]:
    figure = fact_figures.fact_series(facts, "A chart", dict(margin=dict(t=50)))
    return [trace.name for trace in figure.data if trace.showlegend]


def test_a_legend_never_names_an_item_its_metric_does_not_count() -> None:
    # the dev store's dumps: "illegal accumulations of rubbish" is "rubbish" to the catalog, but the
    # chart counts dumps (and the share eliminated counts none of the catalog's items): the
    # legend read "rubbish · actual"
    dumps = _facts(["illegal accumulations of rubbish", "sites"]).assign(
        metric_id="taza.dumps_identified", label="Taza Kazakstan: illegal dumps identified")  # fmt: skip
    assert _legend(dumps) == ["Taza Kazakstan: illegal dumps identified · actual"]
    eliminated = _facts(["rubbish", "стихийных"]).assign(
        metric_id="taza.dumps_eliminated_pct", label="Taza Kazakstan: share of identified dumps eliminated")  # fmt: skip
    assert _legend(eliminated) == ["Taza Kazakstan: share of identified dumps eliminated · actual"]
    assert not any("rubbish" in text for text in fact_figures.fact_key(eliminated))
    # a name the metric counts by stays: trees beside seedlings
    assert sorted(_legend(_facts(["trees", "саженцев"]))) == ["seedlings · actual", "trees · actual"]


def test_rubbish_collected_is_the_waste_collected_of_a_chart_of_waste() -> None:
    # "collected 900 thousand tonnes of rubbish" beside "1.1 million tonnes of waste": one measure
    waste = _facts(["rubbish", "waste", "отходов"]).assign(
        metric_id="taza.waste_collected_tonnes", label="Taza Kazakstan: waste collected")  # fmt: skip
    assert _legend(waste) == ["waste · actual"]


def test_a_chart_of_several_metrics_names_an_item_only_where_a_metrics_facts_differ_in_it() -> None:
    # "IT services exports: volume (exports of IT services) · actual" said the metric twice
    facts = _facts(["exports of IT services", "IT-қызметтер экспорты", "exports of IT services"]).assign(
        metric_id=["it.exports_usd", "it.exports_usd", "it.exports_target_usd"],
        label=["IT services exports: volume"] * 2 + ["IT services exports: target"],
        kind=["actual", "actual", "target"])  # fmt: skip
    assert sorted(_legend(facts)) == ["IT services exports: target", "IT services exports: volume · actual"]
    hub = _facts(["participants", "participants"]).assign(
        metric_id=["astana_hub.companies", "astana_hub.foreign_companies"],
        label=["Astana Hub: participant companies", "Astana Hub: foreign participant companies"])  # fmt: skip
    assert sorted(_legend(hub)) == ["Astana Hub: foreign participant companies · actual",
                                    "Astana Hub: participant companies · actual"]  # fmt: skip
