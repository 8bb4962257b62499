"""ktpulse installed as a user would (not editable) runs outside the source tree, and the CLI
imports where there is no fcntl (issue 13 §4)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import duckdb
import pytest

from tests.conftest import ROOT, SAMPLE_PAGE

TAXONOMY = """
[settings]
title_weight = 3
min_score = 3
min_share = 0.25

[topics.glaciers]
label = "Glaciers"
keywords = ["glacier"]
"""
CATALOG = """
[metrics.inflation]
label = "Inflation"
topic = "glaciers"
unit = "percent"
items = ["inflation"]
"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A venv with ktpulse installed from a copy of the source (a wheel build, not editable),
    its dependencies taken from the project's venv so no index is needed; its bin folder."""
    base = tmp_path_factory.mktemp("install")
    source = base / "src"
    for part in ("etl", "dashboard"):
        shutil.copytree(ROOT / part, source / part, ignore=shutil.ignore_patterns("__pycache__"))
    for part in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / part, source / part)
    venv = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    purelib = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             check=True, capture_output=True, text=True).stdout.strip()  # fmt: skip
    # The project's packages as a plain path entry: its editable finder (a .pth hook) stays out.
    Path(purelib, "_project_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps",
         "--no-build-isolation", "--no-index", str(source)],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    return venv / "bin"


def _run(command: list, cwd: Path) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "KTPULSE_DB")}
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_the_installed_package_is_not_the_source_tree(installed: Path, tmp_path: Path) -> None:
    found = _run([installed / "python", "-c", "import etl, dashboard; print(etl.__file__, dashboard.__file__)"],
                 tmp_path)  # fmt: skip
    assert found.returncode == 0, found.stderr
    assert str(ROOT) not in found.stdout and str(installed.parent) in found.stdout


def test_refresh_of_the_sample_in_an_empty_folder(installed: Path, tmp_path: Path) -> None:
    shutil.copy(SAMPLE_PAGE, tmp_path / "page.txt")
    result = _run([installed / "ktpulse", "refresh", "page.txt", "--db", "s.duckdb",
                   "--observed-at", "2025-02-03T18:00", "--workers", "1"], tmp_path)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "16 new articles" in result.stdout
    with duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM metrics").fetchone()[0] > 0  # the shipped catalog
        assert con.execute("SELECT count(DISTINCT topic) FROM article_topics").fetchone()[0] > 3
    listed = _run([installed / "ktpulse", "tables", "list", "--db", "s.duckdb"], tmp_path)
    assert listed.returncode == 0 and "indicators" in listed.stdout


def test_taxonomy_and_catalog_overrides(installed: Path, tmp_path: Path) -> None:
    shutil.copy(SAMPLE_PAGE, tmp_path / "page.txt")
    (tmp_path / "topics.toml").write_text(TAXONOMY, encoding="utf-8")
    (tmp_path / "metrics.toml").write_text(CATALOG, encoding="utf-8")
    result = _run([installed / "ktpulse", "refresh", "page.txt", "--db", "s.duckdb", "--workers", "1",
                   "--taxonomy", "topics.toml", "--catalog", "metrics.toml"], tmp_path)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    with duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True) as con:
        assert con.execute("SELECT DISTINCT topic FROM article_topics").fetchall() == [("glaciers",)]
        assert con.execute("SELECT metric_id FROM metrics").fetchall() == [("inflation",)]
    missing = _run([installed / "ktpulse", "refresh", "page.txt", "--db", "t.duckdb", "--taxonomy", "nope.toml"],
                   tmp_path)  # fmt: skip
    assert missing.returncode == 3 and "nope.toml: file not found" in missing.stderr


def test_the_cli_imports_and_locks_without_fcntl(tmp_path: Path) -> None:
    """As on Windows, where there is no fcntl module."""
    script = (
        "import sys, warnings; sys.modules['fcntl'] = None; warnings.simplefilter('ignore')\n"
        "import dashboard.cli\n"
        "from pathlib import Path\n"
        "from etl.store.publish import RefreshLocked, refresh_lock\n"
        f"store = Path({str(tmp_path / 's.duckdb')!r})\n"
        "with refresh_lock(store):\n"
        "    try:\n"
        "        with refresh_lock(store): print('not locked')\n"
        "    except RefreshLocked: print('locked')\n"
    )
    result = _run([sys.executable, "-c", script], tmp_path)
    assert (result.returncode, result.stdout.strip()) == (0, "locked"), result.stderr
