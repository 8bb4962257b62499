"""Topics: every sample article's tags, taxonomy validation, re-tagging when the file changes."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from etl.config_files import ConfigError
from etl.extract.topics import DEFAULT_TAXONOMY, classify, load_taxonomy
from etl.pipeline.refresh import refresh
from etl.sites.ktkz.pages import parse_page
from tests.conftest import SAMPLE_OBSERVED_AT, SAMPLE_PAGE

# (title prefix, topics it must have, topics it must not have)
EXPECTED = [
    ("Olzhas Bektenov introduces", {"government", "economy"}, {"ecology", "sport"}),
    ("Kazakhstan’s inflation hits", {"economy"}, {"ecology", "education"}),
    ("Improving transparency of scholarship", {"education"}, {"ecology", "justice"}),
    ("Taza like, Ayala", {"ecology"}, {"economy", "justice"}),
    ("President Tokayev meets with Supreme Court", {"justice"}, {"ecology", "economy"}),
    ("Taza Kazakstan action: Amendments", {"ecology", "industry"}, {"justice", "sport"}),
    ("Taza Kazakstan: record results", {"ecology"}, {"justice", "sport", "demography"}),
    ("Prime Minister instructs to support domestic developers", {"digital"}, {"ecology"}),
    ("Implementation of Taza Kazakhstan", {"ecology"}, {"justice", "sport"}),
    ("Kazakhstan and Iran", {"foreign"}, {"ecology"}),
    ("Kazakhstan and Bulgaria", {"foreign", "economy"}, {"ecology"}),
    ("Kazakhstan’s population", {"demography"}, {"ecology"}),
    ("Bogdanovich Glacier", {"tourism"}, {"economy"}),
    ("UAE is a key partner", {"foreign"}, {"ecology"}),
    ("Measures to prepare for IX Asian Winter Games", {"sport"}, {"ecology"}),
    ("New Ambassador of Austria", {"foreign"}, {"economy"}),
]


@pytest.mark.parametrize(("prefix", "wanted", "unwanted"), EXPECTED, ids=[e[0][:30] for e in EXPECTED])
def test_sample_article_topics(sample_text: str, prefix: str, wanted: set, unwanted: set) -> None:
    taxonomy = load_taxonomy()
    sightings = [item for item in parse_page(sample_text).listings if item.title.startswith(prefix)]
    listing = min(sightings, key=lambda item: item.body is None)  # the sighting with a body, if any
    topics = {score.topic for score in classify(taxonomy, listing.title, listing.body)}
    assert wanted <= topics, topics
    assert not (unwanted & topics), topics


def test_every_sample_article_in_the_store_has_a_topic(sample_store: Path) -> None:
    with duckdb.connect(str(sample_store), read_only=True) as con:
        untagged = con.execute(
            "SELECT title FROM articles WHERE article_id NOT IN (SELECT article_id FROM article_topics)"
        ).fetchall()
        labels = con.execute("SELECT count(*) FROM topics").fetchone()[0]
    assert untagged == []
    assert labels >= 11


def test_short_keywords_match_whole_words_only(tmp_path: Path) -> None:
    path = tmp_path / "t.toml"
    path.write_text('[topics.industry]\nlabel = "Industry"\nkeywords = ["erg"]\n[settings]\nmin_score = 1\n')
    taxonomy = load_taxonomy(path)
    assert classify(taxonomy, "ERG plants trees", None)[0].topic == "industry"
    assert classify(taxonomy, "Energy prices", None) == []


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("topics = [", "invalid TOML"),
        ("[settings]\nmin_score = 1\n", "entry 'topics'"),
        ('[topics.x]\nkeywords = ["a"]\n', "entry 'topics.x.label'"),
        ('[topics.x]\nlabel = "X"\nkeywords = []\n', "entry 'topics.x.keywords'"),
        ('[topics.x]\nlabel = "X"\nkeywords = "abc"\n', "entry 'topics.x.keywords'"),
    ],
)
def test_invalid_taxonomy_names_file_entry_and_problem(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "topics.toml"
    path.write_text(content)
    with pytest.raises(ConfigError, match=problem) as raised:
        load_taxonomy(path)
    assert str(path) in str(raised.value)


def test_editing_the_taxonomy_retags_every_article_at_next_refresh(tmp_path: Path) -> None:
    taxonomy = tmp_path / "topics.toml"
    shutil.copy(DEFAULT_TAXONOMY, taxonomy)
    shutil.copy(SAMPLE_PAGE, tmp_path / "page.txt")
    db = tmp_path / "s.duckdb"
    refresh(db, [tmp_path], observed_at=SAMPLE_OBSERVED_AT, taxonomy_path=taxonomy)
    taxonomy.write_text(
        taxonomy.read_text() + '\n[topics.glaciers]\nlabel = "Glaciers"\nkeywords = ["glacier"]\n'
    )
    summary = refresh(db, [tmp_path], observed_at=SAMPLE_OBSERVED_AT, taxonomy_path=taxonomy)
    assert summary.retagged == 16
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(
            "SELECT a.title FROM article_topics t JOIN articles a USING (article_id) WHERE topic = 'glaciers'"
        ).fetchall()
    assert rows == [("Bogdanovich Glacier, Oktyabrskaya Cave In Almaty Mountains",)]
