"""A module that binds one top-level name twice silently drops the first binding: every use,
before or after, reads the last one (a regex rebound under the same name changed which words a
rule read, unnoticed, until this test). Each module-level name is bound once."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted(p for folder in ("etl", "dashboard") for p in (ROOT / folder).rglob("*.py"))


def _top_level_names(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names.append(node.target.id)
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_each_module_level_name_is_bound_once(path: Path) -> None:
    counts = Counter(_top_level_names(ast.parse(path.read_text(encoding="utf-8"))))
    assert [name for name, n in counts.items() if n > 1] == []


def test_the_check_sees_a_rebinding() -> None:
    tree = ast.parse("import re\n_A = re.compile('x')\ndef f(): pass\n_A = re.compile('y')\n")
    assert Counter(_top_level_names(tree))["_A"] == 2
