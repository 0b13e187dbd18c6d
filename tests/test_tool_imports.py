"""The benchmarks and scripts import the app inside functions, where no test runs them: a
module moved or a name renamed broke `benchmarks/run.py --quick` in CI once. Every
`from app… import name` there must still resolve."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
TOOLS = sorted([*REPO.glob("benchmarks/*.py"), *REPO.glob("scripts/*.py")])


def _app_imports(path: Path) -> list[tuple[int, str, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "app":
            found += [(node.lineno, node.module or "", alias.name) for alias in node.names]
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name, "") for a in node.names if a.name.startswith("app.")]
    return found


@pytest.mark.parametrize("path", TOOLS, ids=lambda p: p.relative_to(REPO).as_posix())
def test_what_the_tools_import_from_the_app_exists(path: Path) -> None:
    missing = []
    for line, module, name in _app_imports(path):
        try:
            imported = importlib.import_module(module)
        except ImportError:
            missing.append(f"{line}: {module}")
            continue
        if name and not hasattr(imported, name):
            try:
                importlib.import_module(f"{module}.{name}")
            except ImportError:
                missing.append(f"{line}: {module}.{name}")
    assert missing == []


def test_the_tools_are_looked_at() -> None:
    assert any(p.name == "run.py" for p in TOOLS)
    assert any(_app_imports(p) for p in TOOLS)
