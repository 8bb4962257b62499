"""Blue/green publishing: the store link, the standby's catch-up, and its fallbacks."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

import etl.store.derived
from bench.synthetic_pages import generate
from etl.extract.topics import DEFAULT_TAXONOMY
from etl.pipeline.refresh import refresh
from etl.store import database, migrations, publish
from etl.store.migrations import SCHEMA_VERSION
from etl.store.publish import live_slot, slot_paths, standby_slot, unfinished_marker
from etl.store.standby import TABLES, StandbyDiverged, catch_up
from tests.conftest import SAMPLE_OBSERVED_AT, SAMPLE_PAGE

# Every column but the ones that name the run or the moment of writing.
CONTENT = dict.fromkeys(TABLES, "*") | {
    "pages": "* EXCLUDE (run_id, ingested_at)",
    "refresh_runs": "count(*)",
}


def _contents(db: Path) -> dict[str, list[tuple]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {table: con.execute(f"SELECT {columns} FROM {table} ORDER BY ALL").fetchall()
                for table, columns in CONTENT.items()}  # fmt: skip


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("pages")
    generate(folder, articles=120, per_page=10, seed=11)
    return sorted(folder.iterdir())


@pytest.fixture()
def copies(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Path, Path]]:
    """Every whole-store copy a refresh makes."""
    made: list[tuple[Path, Path]] = []
    real_copy = publish._copy

    def counting(source: Path, target: Path) -> None:
        made.append((source, target))
        real_copy(source, target)

    monkeypatch.setattr(publish, "_copy", counting)
    return made


def test_the_store_is_a_link_to_one_slot_and_the_first_build_makes_the_standby(
    tmp_path: Path, copies: list
) -> None:
    db = tmp_path / "s.duckdb"
    refresh(db, [SAMPLE_PAGE], observed_at=SAMPLE_OBSERVED_AT)
    blue, green = slot_paths(db)
    assert db.is_symlink() and live_slot(db) == blue
    assert standby_slot(db) == green and green.exists()
    assert copies == [(blue, green)]
    assert not unfinished_marker(blue).exists() and not unfinished_marker(green).exists()
    assert _contents(blue) == _contents(green)


def test_steady_refreshes_alternate_slots_without_copying_the_store(
    tmp_path: Path, pages: list[Path], copies: list
) -> None:
    db = tmp_path / "s.duckdb"
    refresh(db, [SAMPLE_PAGE], observed_at=SAMPLE_OBSERVED_AT)
    copies.clear()
    lives = []
    for page in pages[:5]:
        refresh(db, [page], observed_at=SAMPLE_OBSERVED_AT)
        lives.append(live_slot(db).name)
    assert copies == []  # each standby was caught up, not copied
    assert lives == ["s.duckdb.green", "s.duckdb.blue"] * 2 + ["s.duckdb.green"]
    with duckdb.connect(str(db), read_only=True) as con:
        assert database.scalar(con, "SELECT count(*) FROM pages") == 6
        assert database.scalar(con, "SELECT count(*) FROM refresh_runs") == 6


def test_a_caught_up_standby_equals_the_live_store_and_a_full_build(
    tmp_path: Path, pages: list[Path]
) -> None:
    db, once = tmp_path / "s.duckdb", tmp_path / "once.duckdb"
    refresh(db, [SAMPLE_PAGE], observed_at=SAMPLE_OBSERVED_AT)
    for start in range(0, len(pages), 5):
        refresh(db, pages[start : start + 5], observed_at=SAMPLE_OBSERVED_AT)
    standby = standby_slot(db)
    with database.connect(standby) as con:
        catch_up(con, live_slot(db))
    refresh(once, [SAMPLE_PAGE, *pages], observed_at=SAMPLE_OBSERVED_AT)
    live = _contents(db)
    assert _contents(standby) == live
    full = _contents(once)
    assert len(live["latest_views"]) > 100 and live["contradictions"]
    for table in TABLES:
        if table not in ("pages", "refresh_runs"):
            assert live[table] == full[table], table


def test_a_standby_of_a_re_derived_store_is_copied_not_caught_up(
    tmp_path: Path, pages: list[Path], copies: list
) -> None:
    db = tmp_path / "s.duckdb"
    refresh(db, [SAMPLE_PAGE], observed_at=SAMPLE_OBSERVED_AT)
    taxonomy = tmp_path / "topics.toml"
    taxonomy.write_text(
        DEFAULT_TAXONOMY.read_text(encoding="utf-8")
        + '\n[topics.trees]\nlabel = "Trees"\nkeywords = ["taza", "ecolog", "environment", "trees", "seedling"]\n',
        encoding="utf-8",
    )
    refresh(db, [pages[0]], observed_at=SAMPLE_OBSERVED_AT, taxonomy_path=taxonomy)
    with database.connect(standby_slot(db)) as con, pytest.raises(StandbyDiverged, match="re-derived"):
        catch_up(con, live_slot(db))
    copies.clear()
    refresh(db, [pages[1]], observed_at=SAMPLE_OBSERVED_AT, taxonomy_path=taxonomy)
    assert len(copies) == 1
    with duckdb.connect(str(db), read_only=True) as con:
        assert database.scalar(con, "SELECT count(*) FROM article_topics WHERE topic = 'trees'") > 0
        assert database.scalar(con, "SELECT count(*) FROM pages") == 3


def test_a_reader_holding_the_standby_makes_the_refresh_copy_it(
    tmp_path: Path, pages: list[Path], copies: list
) -> None:
    db = tmp_path / "s.duckdb"
    refresh(db, [SAMPLE_PAGE], observed_at=SAMPLE_OBSERVED_AT)
    held = standby_slot(db)
    reader = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb,sys; c=duckdb.connect({str(held)!r}, read_only=True); "
         "print(c.execute('SELECT count(*) FROM pages').fetchall()[0][0], flush=True); sys.stdin.readline()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert reader.stdout.readline().strip() == "1"
        copies.clear()
        summary = refresh(db, [pages[0]], observed_at=SAMPLE_OBSERVED_AT)
    finally:
        reader.kill()
    assert summary.files_ingested == 1 and len(copies) == 1
    assert live_slot(db) == held
    with duckdb.connect(str(db), read_only=True) as con:
        assert database.scalar(con, "SELECT count(*) FROM pages") == 2


# Everything a store holds, as it is: every column of every table (run ids, write times too),
# and every table's and view's definition (constraints included).
def _everything(db: Path) -> dict[str, list[tuple]]:
    with duckdb.connect(str(db), read_only=True) as con:
        held = {table: con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall() for table in TABLES}
        held["definitions"] = con.execute(
            "SELECT sql FROM duckdb_tables() UNION ALL SELECT sql FROM duckdb_views() WHERE NOT internal ORDER BY 1"
        ).fetchall()
    return held


@pytest.fixture()
def compactions(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, list[tuple]]]:
    """What each standby held just before a publish compacted it (at any size: these stores
    are a few MiB)."""
    monkeypatch.setattr(publish, "COMPACT_FREE_BYTES", 0)
    held: list[dict[str, list[tuple]]] = []
    real_compact = publish._compact

    def keeping(slot: Path) -> None:
        held.append(_everything(slot))
        real_compact(slot)

    monkeypatch.setattr(publish, "_compact", keeping)
    return held


def _bump_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(etl.store.derived, "EXTRACTOR_VERSION", "a later extractor")


def test_a_re_extraction_publishes_a_compact_store_holding_exactly_what_it_held(
    tmp_path: Path, pages: list[Path], compactions: list, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "s.duckdb"
    refresh(db, [SAMPLE_PAGE, *pages], observed_at=SAMPLE_OBSERVED_AT)
    built = live_slot(db).stat().st_size
    assert compactions == []  # a first build leaves no dead space
    _bump_extractor(monkeypatch)
    summary = refresh(db, [SAMPLE_PAGE, *pages], observed_at=SAMPLE_OBSERVED_AT)
    assert summary.reextracted > 100 and len(compactions) == 1
    assert _everything(live_slot(db)) == compactions[0]
    assert publish.free_space(live_slot(db))[1] == 0
    assert live_slot(db).stat().st_size <= built  # the same data takes no more room than at first


def test_without_compaction_a_re_extraction_leaves_the_store_larger(
    tmp_path: Path, pages: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the compaction is for: the same run, publishing its standby as it was written."""
    monkeypatch.setattr(publish, "COMPACT_FREE_SHARE", 1.1)  # never reached
    db = tmp_path / "s.duckdb"
    refresh(db, [SAMPLE_PAGE, *pages], observed_at=SAMPLE_OBSERVED_AT)
    built = live_slot(db).stat().st_size
    _bump_extractor(monkeypatch)
    refresh(db, [SAMPLE_PAGE, *pages], observed_at=SAMPLE_OBSERVED_AT)
    assert live_slot(db).stat().st_size > built * 1.2
    size, free = publish.free_space(live_slot(db))
    assert free >= 0.2 * size


@pytest.mark.parametrize(
    ("size_mib", "free_mib", "worth"),
    [
        (1500, 700, True),  # a large store re-extracted: nearly half of it dead
        (225, 62, True),  # a 160 MiB store re-read and re-extracted (measured)
        (2000, 150, False),  # a large store's ordinary churn: a small share of it
        (60, 15, False),
        (20, 7, False),  # a small store after a one-page refresh: a third free, but a few MiB
    ],
)
def test_a_standby_is_compacted_when_its_dead_space_is_both_large_and_a_large_share(
    size_mib: int, free_mib: int, worth: bool
) -> None:
    assert publish.worth_compacting(size_mib * 2**20, free_mib * 2**20) is worth


def test_the_dashboard_reads_the_published_store_while_a_compacting_refresh_runs(
    tmp_path: Path, pages: list[Path], compactions: list, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "s.duckdb"
    refresh(db, [SAMPLE_PAGE, *pages], observed_at=SAMPLE_OBSERVED_AT)
    reader = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb,sys; c=duckdb.connect({str(db)!r}, read_only=True); q='SELECT value FROM meta WHERE key = \\'extractor_version\\''\n"
         "for _ in sys.stdin: print(c.execute(q).fetchall()[0][0], flush=True)"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        reader.stdin.write("\n")
        reader.stdin.flush()
        before = reader.stdout.readline().strip()
        _bump_extractor(monkeypatch)
        refresh(db, [SAMPLE_PAGE, *pages], observed_at=SAMPLE_OBSERVED_AT)
        reader.stdin.write("\n")
        reader.stdin.flush()
        during = reader.stdout.readline().strip()  # the slot it opened, untouched by the refresh
    finally:
        reader.kill()
    assert len(compactions) == 1 and before == during != "a later extractor"
    with duckdb.connect(str(db), read_only=True) as con:  # a new reader opens the new store
        assert database.get_meta(con, "extractor_version") == "a later extractor"


def test_a_plain_store_file_from_an_earlier_version_becomes_a_slot(tmp_path: Path, pages: list[Path]) -> None:
    made = tmp_path / "made.duckdb"
    refresh(made, [SAMPLE_PAGE], observed_at=SAMPLE_OBSERVED_AT)
    db = tmp_path / "old.duckdb"
    shutil.copyfile(live_slot(made), db)  # a plain file, as earlier versions left it
    before = _contents(db)
    refresh(db, [pages[0]], observed_at=SAMPLE_OBSERVED_AT)
    assert db.is_symlink()
    after = _contents(db)
    assert len(after["pages"]) == len(before["pages"]) + 1
    assert all(row in after["articles"] for row in before["articles"])  # rows hold lists: no set()
    refresh(db, [pages[1]], observed_at=SAMPLE_OBSERVED_AT)
    assert len(_contents(db)["pages"]) == len(before["pages"]) + 2


# What a store made before places lacks (migration step _figures_carry_place).
_BEFORE_PLACES = (
    "; ALTER TABLE indicators DROP COLUMN place; ALTER TABLE metric_facts DROP COLUMN place"
    "; ALTER TABLE contradictions DROP COLUMN place"
    # a store before places predates directions too
    "; ALTER TABLE indicators DROP COLUMN direction; ALTER TABLE metric_facts DROP COLUMN direction"
)


def _older_store(tmp_path: Path, sql: str) -> tuple[Path, dict[str, list[tuple]]]:
    """A plain store file of the sample as an earlier version left it (`sql` undoes what came
    since), and what the current version stores for the sample."""
    db = tmp_path / "s.duckdb"
    refresh(db, [SAMPLE_PAGE], observed_at=SAMPLE_OBSERVED_AT)
    old = tmp_path / "old.duckdb"
    shutil.copyfile(live_slot(db), old)
    with duckdb.connect(str(old)) as con:
        con.execute("DELETE FROM meta WHERE key = 'schema_version'")  # made before versions existed
        con.execute(sql)
    return old, _contents(db)


def test_a_store_made_before_latest_views_gets_it_filled(tmp_path: Path) -> None:
    old, expected = _older_store(
        tmp_path,
        "DROP VIEW readership_by_source; DROP VIEW readership_by_topic; DROP VIEW readership_latest; "
        "DROP TABLE latest_views",
    )
    database.connect(old).close()
    assert _contents(old)["latest_views"] == expected["latest_views"]
    assert len(expected["latest_views"]) == 15  # 16 articles, one listed without a count


def test_a_store_whose_latest_views_lack_captures_gets_them_from_its_snapshots(tmp_path: Path) -> None:
    old, expected = _older_store(
        tmp_path,
        "ALTER TABLE latest_views DROP COLUMN captures; ALTER TABLE latest_views DROP COLUMN time_known",
    )
    step = migrations.MIGRATIONS.index(migrations._latest_views_keep_captures)  # the version before it
    with duckdb.connect(str(old)) as con:
        con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(step)])
    database.connect(old).close()
    assert _contents(old)["latest_views"] == expected["latest_views"]
    with duckdb.connect(str(old), read_only=True) as con:
        # one capture per time the sample was seen, even for the article it lists twice
        assert con.execute("SELECT DISTINCT len(captures) FROM latest_views").fetchall() == [(1,)]
        assert con.execute(
            "SELECT count(*) FROM latest_views WHERE captures[1].views <> views"
        ).fetchone() == (0,)


def test_a_store_made_before_metric_facts_is_migrated_by_a_refresh_with_nothing_new(tmp_path: Path) -> None:
    old, expected = _older_store(tmp_path, "DROP TABLE metric_facts")
    summary = refresh(old, [SAMPLE_PAGE], observed_at=SAMPLE_OBSERVED_AT)
    assert summary.files_skipped == 1 and summary.remapped > 100
    assert len(expected["metric_facts"]) > 40 and _contents(old)["metric_facts"] == expected["metric_facts"]


def test_a_store_whose_facts_lack_their_first_report_gets_it_from_the_indicators(tmp_path: Path) -> None:
    old, expected = _older_store(
        tmp_path,
        "; ".join(
            f"ALTER TABLE metric_facts DROP COLUMN {column}"
            # a store before first reports predates directions too
            for column in ("direction", "article_id", "item", "surface", "sentence")
        ),
    )
    database.connect(old).close()
    assert _contents(old)["metric_facts"] == expected["metric_facts"]
    assert all(
        row[-2] for row in expected["metric_facts"]
    )  # every fact has its sentence (before its direction)


def test_a_store_made_before_topic_lists_is_migrated_by_a_refresh_with_nothing_new(tmp_path: Path) -> None:
    old, expected = _older_store(
        tmp_path,
        "; ".join(f"ALTER TABLE {t} DROP COLUMN topics" for t in ("articles", "latest_views", "indicators"))
        # a store before topic lists predates languages, period bases, source credits and places too
        + "; ALTER TABLE articles DROP COLUMN language; ALTER TABLE indicators DROP COLUMN period_basis"
        + "; ALTER TABLE articles DROP COLUMN source_credit"
        + _BEFORE_PLACES,
    )
    summary = refresh(old, [SAMPLE_PAGE], observed_at=SAMPLE_OBSERVED_AT)
    assert summary.files_skipped == 1
    migrated = _contents(old)
    for table in ("articles", "latest_views", "indicators"):
        assert migrated[table] == expected[table], table
    assert sum("ecology" in row[-1] for row in expected["latest_views"]) > 3  # the lists are filled


def test_a_store_made_before_source_credits_keeps_its_names_as_their_credit(tmp_path: Path) -> None:
    # the sample credits each publisher by its one name: the stored name is the credit as written
    old, expected = _older_store(tmp_path, "ALTER TABLE articles DROP COLUMN source_credit")
    database.connect(old).close()
    assert _contents(old)["articles"] == expected["articles"]
    with duckdb.connect(str(old), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles WHERE source_credit IS NOT NULL").fetchone()[0] > 3


def test_a_store_made_before_period_bases_gets_them_by_a_refresh_with_nothing_new(tmp_path: Path) -> None:
    # (a store before period bases predates places too)
    old, expected = _older_store(tmp_path, "ALTER TABLE indicators DROP COLUMN period_basis" + _BEFORE_PLACES)
    step = migrations.MIGRATIONS.index(migrations._indicators_carry_period_basis)  # the version before it
    with duckdb.connect(str(old)) as con:
        con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(step)])
    summary = refresh(old, [SAMPLE_PAGE], observed_at=SAMPLE_OBSERVED_AT)
    assert summary.files_skipped == 1
    assert _contents(old)["indicators"] == expected["indicators"]
    with duckdb.connect(str(old), read_only=True) as con:
        bases = dict(con.execute("SELECT period_basis, count(*) FROM indicators GROUP BY 1").fetchall())
    # every figure has a basis, and the sample's figures are dated more than one way
    assert None not in bases and set(bases) <= {"sentence", "publication", "context", "none"}
    assert bases.get("sentence", 0) > 0 and bases.get("context", 0) > 0


def test_a_new_store_records_the_current_schema_version_and_is_not_outdated(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    refresh(db, [SAMPLE_PAGE], observed_at=SAMPLE_OBSERVED_AT)
    with database.connect(db, read_only=True) as con:
        assert database.get_meta(con, "schema_version") == str(SCHEMA_VERSION)
        assert not database.outdated(con)


def test_a_store_one_version_behind_runs_only_the_last_step(tmp_path: Path, monkeypatch) -> None:
    old, _ = _older_store(tmp_path, "SELECT 1")
    with duckdb.connect(str(old)) as con:
        con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION - 1)])
    ran = []
    steps = tuple(
        (lambda con, n=n, step=step: (ran.append(n), step(con)))
        for n, step in enumerate(migrations.MIGRATIONS, 1)
    )
    monkeypatch.setattr(migrations, "MIGRATIONS", steps)
    with database.connect(old, read_only=True) as con:
        assert database.outdated(con)
    database.connect(old).close()
    assert ran == [SCHEMA_VERSION]
    with database.connect(old, read_only=True) as con:
        assert not database.outdated(con)


def test_a_store_made_before_places_gets_them_by_a_refresh_with_nothing_new(tmp_path: Path) -> None:
    old, expected = _older_store(tmp_path, _BEFORE_PLACES.removeprefix("; "))
    step = migrations.MIGRATIONS.index(migrations._figures_carry_place)  # the version before it
    with duckdb.connect(str(old)) as con:
        con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(step)])
    summary = refresh(old, [SAMPLE_PAGE], observed_at=SAMPLE_OBSERVED_AT)
    assert summary.files_skipped == 1
    migrated = _contents(old)
    for table in ("indicators", "metric_facts", "contradictions"):
        assert migrated[table] == expected[table], table
    with duckdb.connect(str(old), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM indicators WHERE place IS NOT NULL").fetchone()[0] > 0


def test_a_full_disk_while_copying_the_standby_is_a_store_error_that_publishes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A disk that fills while the standby is copied: exit 3 naming the store and the error (no
    traceback, no 'some inputs rejected' exit 1), no half copy left taking the space, the link
    still on the last completed run, and the next refresh (space freed) ingests the page."""
    import errno

    from typer.testing import CliRunner

    from dashboard.cli import app

    db = tmp_path / "s.duckdb"
    refresh(db, [SAMPLE_PAGE], observed_at=SAMPLE_OBSERVED_AT)
    live = live_slot(db)
    standby_slot(db).unlink()  # so the next run copies the live slot whole
    page = tmp_path / "new.txt"
    page.write_text("01.02.2025, 10:00 5\nA new title\nBody.\n", encoding="utf-8")

    def no_reflink(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EOPNOTSUPP, "no cp here")

    def filling(source: Path, target: Path) -> None:
        Path(target).write_bytes(b"\0" * 1024)
        raise OSError(errno.ENOSPC, "No space left on device", str(target))

    monkeypatch.setattr(publish.subprocess, "run", no_reflink)
    monkeypatch.setattr(publish.shutil, "copyfile", filling)
    result = CliRunner().invoke(app, ["refresh", str(page), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 3, result.output
    assert "store error" in result.output and "No space left on device" in result.output
    assert "nothing of this run was published" in result.output
    assert "Traceback" not in result.output
    assert not list(tmp_path.glob("*.copying"))
    assert live_slot(db) == live
    monkeypatch.undo()
    assert refresh(db, [page]).files_ingested == 1
