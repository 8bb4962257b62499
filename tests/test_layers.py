"""The architecture as a test: imports point down the layers, and etl never imports dashboard."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Highest first. A module may import its own layer and any layer below it, never one above.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("dashboard",),
    ("etl.cli", "etl.evaluation"),
    ("etl.pipeline",),
    ("etl.store",),
    ("etl.transform",),
    ("etl.sites", "etl.extract"),
    ("etl.errors", "etl.identity", "etl.config_files", "etl"),
)
SIDEWAYS_FORBIDDEN = {("etl.sites", "etl.extract"), ("etl.extract", "etl.sites")}


def _layer_of(module: str) -> tuple[int, str]:
    best: tuple[int, str] | None = None
    for rank, prefixes in enumerate(LAYERS):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and (
                best is None or len(prefix) > len(best[1])
            ):
                best = (rank, prefix)
    if best is None:
        raise AssertionError(f"{module} is in no layer: add it to LAYERS")
    return best


def _modules() -> list[tuple[str, Path]]:
    found = []
    for package in ("etl", "dashboard"):
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found.append((".".join(parts), path))
    return found


def _imports(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            names += [f"{node.module}.{alias.name}" for alias in node.names]
    return [name for name in names if name.split(".")[0] in ("etl", "dashboard")]


def _upward_imports() -> list[str]:
    bad = []
    for module, path in _modules():
        rank, own = _layer_of(module)
        for imported in _imports(path):
            if imported in ("etl", "dashboard"):
                continue
            target_rank, target = _layer_of(imported)
            if target_rank < rank or (own, target) in SIDEWAYS_FORBIDDEN:
                bad.append(f"{module} imports {imported} ({target} is not below {own})")
    return sorted(set(bad))


def test_every_import_points_down_the_layers() -> None:
    assert _upward_imports() == []


def test_the_layer_check_catches_an_upward_import(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = tmp_path / "etl" / "extract"
    fake.mkdir(parents=True)
    (fake / "leak.py").write_text("from etl.store import database\nfrom dashboard import queries\n")
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    assert _upward_imports() == [
        "etl.extract.leak imports dashboard.queries (dashboard is not below etl.extract)",
        "etl.extract.leak imports etl.store (etl.store is not below etl.extract)",
        "etl.extract.leak imports etl.store.database (etl.store is not below etl.extract)",
    ]


def test_the_etl_command_line_loads_no_streamlit() -> None:
    code = "import etl.cli, dashboard.cli, dashboard.export, sys; assert 'streamlit' not in sys.modules, 'streamlit loaded'"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
