"""The layers hold: import-linter's contracts (pyproject.toml) and one QApplication.

`lint-imports` checks what imports what (ui -> export -> scene | io -> model, no Qt in
model and io); it cannot see calls, so an AST walk finds every place that makes a Qt
application object: only app/ui/application.py may (cli.py delegates to it, for the
window and for `export`).
"""

from __future__ import annotations

import ast
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

APPLICATION_CLASSES = frozenset({"QApplication", "QGuiApplication", "QCoreApplication"})
# the one module that makes the QApplication (for the window and the command-line export)
MAKES_THE_APPLICATION = {"app/ui/application.py"}
LINT = "from importlinter.cli import lint_imports_command; lint_imports_command()"


def application_constructions(source: str) -> list[int]:
    """Lines that construct a Qt application object (by any name it was imported as) or
    define a subclass of one."""
    tree = ast.parse(source)
    names = set(APPLICATION_CLASSES)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            names |= {a.asname for a in node.names if a.name in APPLICATION_CLASSES and a.asname}

    def is_application(expr: ast.expr) -> bool:
        if isinstance(expr, ast.Name):
            return expr.id in names
        return isinstance(expr, ast.Attribute) and expr.attr in APPLICATION_CLASSES

    made = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and is_application(n.func)]
    subclassed = [
        n
        for n in ast.walk(tree)
        if isinstance(n, ast.ClassDef) and any(is_application(b) for b in n.bases)
    ]
    return sorted(n.lineno for n in [*made, *subclassed])


def test_only_one_module_makes_the_qapplication() -> None:
    found = {}
    for path in sorted((REPO / "app").rglob("*.py")):
        lines = application_constructions(path.read_text(encoding="utf-8"))
        if lines:
            found[path.relative_to(REPO).as_posix()] = lines
    assert set(found) == MAKES_THE_APPLICATION, found
    assert len(found["app/ui/application.py"]) == 1  # and it makes one


def test_the_walk_sees_every_way_of_making_one() -> None:
    source = """
from PySide6 import QtWidgets
from PySide6.QtGui import QGuiApplication as G
from PySide6.QtWidgets import QApplication
app = QApplication.instance() or QApplication([])
other = QtWidgets.QApplication([])
gui = G([])
class Mine(QtWidgets.QCoreApplication): pass
QApplication.setApplicationName("x")
"""
    assert application_constructions(source) == [5, 6, 7, 8]


def _lint(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", LINT, "--no-cache", "--no-logo"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
    )


needs_import_linter = pytest.mark.skipif(
    importlib.util.find_spec("importlinter") is None, reason="import-linter is not installed"
)


@needs_import_linter
def test_import_contracts_hold() -> None:
    done = _lint(REPO)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


@needs_import_linter
def test_the_contracts_catch_a_scene_module_reading_files(tmp_path: Path) -> None:
    """The contracts are not vacuous: the break issue 21 found (the plate style importing
    io) fails them again, and so does Qt in the model."""
    shutil.copytree(REPO / "app", tmp_path / "app", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tmp_path)
    style = tmp_path / "app" / "scene" / "style.py"
    style.write_text(style.read_text(encoding="utf-8") + "\nimport app.io.paths\n", "utf-8")
    model = tmp_path / "app" / "model" / "dates.py"
    model.write_text(model.read_text(encoding="utf-8") + "\nimport PySide6.QtCore\n", "utf-8")
    done = _lint(tmp_path)
    assert done.returncode != 0
    assert "app.scene.style -> app.io.paths" in done.stdout
    assert "app.model.dates -> PySide6" in done.stdout
